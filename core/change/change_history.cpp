#include "change/change_history.h"

#include "db/connection.h"
#include "dialect/dialect.h"
#include "dialect/tracking_tables.h"

#include <QSqlQuery>

namespace noorm {

namespace {

namespace ch = tracking::change;
namespace ex = tracking::executions;

ChangeRecord recordFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), TrackingSql::parseTimestamp(q.value(5)), q.value(6).toString(), q.value(7).toString(),
            q.value(8).toString(), q.value(9).toLongLong()};
}

} // namespace

ChangeHistory::ChangeHistory(Connection &connection, QString configName)
    : m_connection(connection), m_configName(std::move(configName))
{
}

QString ChangeHistory::selectRows() const
{
    return QStringLiteral("SELECT %1, %2, %3, %4, %5, %6, %7, %8, %9, ")
               .arg(ch::id, ch::name, ch::direction, ch::status, ch::checksum, ch::executedAt, ch::executedBy,
                    ch::cliVersion, ch::errorMessage)
        + QStringLiteral("%1 FROM %2 WHERE %3 = ? AND %4 = 'change'")
              .arg(ch::durationMs, m_connection.dialect().tracking().table(ch::table), ch::configName, ch::changeType);
}

Result<QHash<QString, ChangeRecord>> ChangeHistory::latestForward()
{
    Result<LatestRows> rows = latest();
    if (!rows)
        return rows.error();
    return rows->forward;
}

Result<ChangeHistory::LatestRows> ChangeHistory::latest()
{
    Result<QSqlQuery> q = m_connection.query(selectRows() + QStringLiteral(" ORDER BY %1").arg(ch::id), {m_configName});
    if (!q)
        return q.error();
    LatestRows latest;
    while (q->next()) { // ascending ids: the last one seen per name is the latest
        ChangeRecord record = recordFrom(*q);
        (record.direction == QLatin1String("revert") ? latest.revert : latest.forward).insert(record.name, record);
    }
    return latest;
}

Result<QList<ChangeRecord>> ChangeHistory::history(const QString &name)
{
    QVariantList binds{m_configName};
    QString sql = selectRows();
    if (!name.isEmpty()) {
        sql += QStringLiteral(" AND %1 = ?").arg(ch::name);
        binds << name;
    }
    Result<QSqlQuery> q = m_connection.query(sql + QStringLiteral(" ORDER BY %1 DESC").arg(ch::id), binds);
    if (!q)
        return q.error();
    QList<ChangeRecord> rows;
    while (q->next())
        rows << recordFrom(*q);
    return rows;
}

Result<QList<ChangeFileRecord>> ChangeHistory::files(qint64 changeId)
{
    Result<QSqlQuery> q = m_connection.query(
        QStringLiteral("SELECT %1, %2, %3, %4, %5, %6 FROM %7 WHERE %8 = ? ORDER BY %9")
            .arg(ex::filepath, ex::checksum, ex::status, ex::errorMessage, ex::skipReason, ex::durationMs,
                 m_connection.dialect().tracking().table(ex::table), ex::changeId, ex::id),
        {changeId});
    if (!q)
        return q.error();
    QList<ChangeFileRecord> rows;
    while (q->next())
        rows << ChangeFileRecord{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                 q->value(3).toString(), q->value(4).toString(), q->value(5).toLongLong()};
    return rows;
}

Status ChangeHistory::markReverted(const QString &name)
{
    Result<QHash<QString, ChangeRecord>> latest = latestForward();
    if (!latest)
        return latest.error();
    const auto row = latest->constFind(name);
    if (row == latest->cend())
        return {};
    Result<QSqlQuery> q = m_connection.query(
        QStringLiteral("UPDATE %1 SET %2 = 'reverted' WHERE %3 = ?")
            .arg(m_connection.dialect().tracking().table(ch::table), ch::status, ch::id),
        {row->id});
    if (!q)
        return q.error();
    return {};
}

} // namespace noorm
