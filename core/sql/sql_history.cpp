#include "sql/sql_history.h"

#include "common/private_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QUuid>

#include <zlib.h>

#include <functional>

namespace noorm {

namespace {

constexpr int kLockTimeoutMs = 10000;
const QString kVersion = QStringLiteral("1.0.0");

// gzip (RFC 1952), as Node's zlib.gzip writes and gunzip reads.
Result<QByteArray> gzip(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return Error::failed(QStringLiteral("cannot start gzip"));
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))) + 32, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return Error::failed(QStringLiteral("gzip failed"));
    return out;
}

Result<QByteArray> gunzip(const QByteArray &data, const QString &file)
{
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return Error::failed(QStringLiteral("cannot start gunzip"));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    QByteArray out;
    char chunk[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(chunk);
        z.avail_out = sizeof chunk;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(chunk, qsizetype(sizeof chunk - z.avail_out));
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END)
        return Error::invalidData(QStringLiteral("%1 is not a complete gzip file").arg(file));
    return out;
}

} // namespace

QJsonObject sqlHistoryEntryJson(const SqlHistoryEntry &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("query"), e.query},
                  {QStringLiteral("executedAt"), e.executedAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("durationMs"), e.durationMs},
                  {QStringLiteral("success"), e.success}};
    if (!e.errorMessage.isEmpty())
        o.insert(QStringLiteral("errorMessage"), e.errorMessage);
    if (e.rowCount)
        o.insert(QStringLiteral("rowCount"), *e.rowCount);
    if (!e.resultsFile.isEmpty())
        o.insert(QStringLiteral("resultsFile"), e.resultsFile);
    return o;
}

namespace {

SqlHistoryEntry fromJson(const QJsonObject &o)
{
    SqlHistoryEntry e;
    e.id = o.value(QStringLiteral("id")).toString();
    e.query = o.value(QStringLiteral("query")).toString();
    e.executedAt = QDateTime::fromString(o.value(QStringLiteral("executedAt")).toString(), Qt::ISODateWithMs);
    e.durationMs = o.value(QStringLiteral("durationMs")).toInteger();
    e.success = o.value(QStringLiteral("success")).toBool();
    e.errorMessage = o.value(QStringLiteral("errorMessage")).toString();
    if (o.contains(QStringLiteral("rowCount")))
        e.rowCount = o.value(QStringLiteral("rowCount")).toInteger();
    e.resultsFile = o.value(QStringLiteral("resultsFile")).toString();
    return e;
}

// A results file named by the index: <uuid>.results.gz and nothing else, so an edited
// index cannot point noorm at another file.
bool isResultsFileName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-fA-F-]{36}\\.results\\.gz\\z"));
    return pattern.match(name).hasMatch();
}

} // namespace

SqlHistory::SqlHistory(const QString &projectRoot, const QString &configName, const Redactor &redactor)
    : m_root(projectRoot), m_config(configName), m_redactor(redactor)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]+\\z"));
    const QString folder = QDir(projectRoot).filePath(QStringLiteral(".noorm/state/history"));
    if (safe.match(configName).hasMatch()) {
        m_index = QDir(folder).filePath(configName + QStringLiteral(".json"));
        m_results = QDir(folder).filePath(configName);
    }
}

Result<QList<SqlHistoryEntry>> SqlHistory::entries(int limit) const
{
    if (m_index.isEmpty())
        return Error::invalidInput(QStringLiteral("Config name \"%1\" cannot name a history file").arg(m_config));
    QFile file(m_index);
    if (!file.exists())
        return QList<SqlHistoryEntry>();
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(m_index, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalidData(QStringLiteral("%1 is not a history file: %2").arg(m_index, parseError.errorString()));
    QList<SqlHistoryEntry> out;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("entries")).toArray()) {
        if (limit > 0 && out.size() >= limit)
            break;
        out << fromJson(v.toObject());
    }
    return out;
}

Status SqlHistory::write(const QList<SqlHistoryEntry> &entries) const
{
    QJsonArray array;
    for (const SqlHistoryEntry &e : entries)
        array.append(sqlHistoryEntryJson(e));
    const QJsonObject doc{{QStringLiteral("version"), kVersion}, {QStringLiteral("entries"), array}};
    return writeFileAtomically(m_index, QJsonDocument(doc).toJson(QJsonDocument::Indented));
}

Result<SqlHistoryEntry> SqlHistory::add(SqlHistoryEntry entry, const std::optional<SqlKeptResult> &result)
{
    if (m_index.isEmpty())
        return Error::invalidInput(QStringLiteral("Config name \"%1\" cannot name a history file").arg(m_config));
    if (Status dir = makePrivateDir(m_results); !dir)
        return dir.error();
    if (Status dir = makePrivateDir(QFileInfo(m_index).absolutePath()); !dir)
        return dir.error();
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.executedAt = QDateTime::currentDateTimeUtc();
    entry.query = m_redactor.redact(entry.query);
    entry.errorMessage = m_redactor.redact(entry.errorMessage);
    if (result && !result->rows.isEmpty()) {
        // Every kept string passes the mask: a secret selected from the database stays out of the file.
        const QJsonDocument doc(QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(result->columns)},
                                            {QStringLiteral("rows"), result->rows}});
        const QByteArray json = m_redactor.isEmpty() ? doc.toJson(QJsonDocument::Compact)
                                                     : m_redactor.redact(QString::fromUtf8(doc.toJson(QJsonDocument::Compact))).toUtf8();
        Result<QByteArray> packed = gzip(json);
        if (!packed)
            return packed.error();
        entry.resultsFile = entry.id + QStringLiteral(".results.gz");
        if (Status ok = writeFileAtomically(QDir(m_results).filePath(entry.resultsFile), *packed); !ok)
            return ok.error();
    }
    QLockFile lock(m_index + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockTimeoutMs))
        return Error::io(m_index, QStringLiteral("another noorm holds %1.lock").arg(m_index));
    Result<QList<SqlHistoryEntry>> all = entries();
    if (!all)
        return all.error();
    all->prepend(entry);
    if (Status ok = write(*all); !ok)
        return ok.error();
    return entry;
}

Result<SqlKeptResult> SqlHistory::results(const SqlHistoryEntry &entry) const
{
    if (entry.resultsFile.isEmpty() || !isResultsFileName(entry.resultsFile))
        return Error::notFound(QStringLiteral("Entry %1 kept no rows").arg(entry.id));
    const QString path = QDir(m_results).filePath(entry.resultsFile);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral("%1: %2").arg(path, file.errorString()));
    Result<QByteArray> json = gunzip(file.readAll(), path);
    if (!json)
        return json.error();
    const QJsonObject doc = QJsonDocument::fromJson(*json).object();
    SqlKeptResult kept;
    for (const QJsonValue &c : doc.value(QStringLiteral("columns")).toArray())
        kept.columns << c.toString();
    kept.rows = doc.value(QStringLiteral("rows")).toArray();
    return kept;
}

Result<SqlHistoryCleared> SqlHistory::keepOnly(const std::function<bool(const SqlHistoryEntry &)> &keep)
{
    if (m_index.isEmpty())
        return Error::invalidInput(QStringLiteral("Config name \"%1\" cannot name a history file").arg(m_config));
    if (!QFile::exists(m_index))
        return SqlHistoryCleared{};
    QLockFile lock(m_index + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockTimeoutMs))
        return Error::io(m_index, QStringLiteral("another noorm holds %1.lock").arg(m_index));
    Result<QList<SqlHistoryEntry>> all = entries();
    if (!all)
        return all.error();
    SqlHistoryCleared cleared;
    QList<SqlHistoryEntry> kept;
    for (const SqlHistoryEntry &e : std::as_const(*all)) {
        if (keep(e)) {
            kept << e;
            continue;
        }
        ++cleared.entriesRemoved;
        if (isResultsFileName(e.resultsFile) && QFile::remove(QDir(m_results).filePath(e.resultsFile)))
            ++cleared.filesRemoved;
    }
    if (Status ok = write(kept); !ok)
        return ok.error();
    return cleared;
}

Result<SqlHistoryCleared> SqlHistory::clearOlderThan(int months)
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addMonths(-months);
    return keepOnly([&](const SqlHistoryEntry &e) { return e.executedAt >= cutoff; });
}

Result<SqlHistoryCleared> SqlHistory::clearAll()
{
    Result<SqlHistoryCleared> cleared = keepOnly([](const SqlHistoryEntry &) { return false; });
    if (!cleared)
        return cleared;
    // Results files no entry names any more (left by a crash) go too.
    const QStringList stray = QDir(m_results).entryList({QStringLiteral("*.results.gz")}, QDir::Files);
    for (const QString &name : stray)
        if (QFile::remove(QDir(m_results).filePath(name)))
            ++cleared->filesRemoved;
    return cleared;
}

} // namespace noorm
