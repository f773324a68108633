#include "operations/sql_export.h"

#include "operations/sql_operation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace noorm {

namespace {

// Counts the rows on their way to the writer.
class Counting final : public ResultSink {
public:
    Counting(ResultSink &inner, qint64 &rows) : m_inner(inner), m_rows(rows) {}
    Status started(const ScriptStart &script) override { return m_inner.started(script); }
    Status resultSet(const StatementOutcome &s) override { return m_inner.resultSet(s); }
    Status row(const QVariantList &values) override
    {
        ++m_rows;
        return m_inner.row(values);
    }
    bool takesTextRows() const override { return m_inner.takesTextRows(); }
    Status textRow(NativeRow values) override
    {
        ++m_rows;
        return m_inner.textRow(values);
    }
    Status finished(const StatementOutcome &s) override { return m_inner.finished(s); }

private:
    ResultSink &m_inner;
    qint64 &m_rows;
};

} // namespace

Result<SqlExport> exportQuery(Workspace &workspace, const ResolveRequest &config, const QString &sql, ResultFormat format,
                              const QString &file, Cancellation &cancellation, const Confirm &confirm)
{
    const QString target = QFileInfo(file).absoluteFilePath();
    const QString part = target + QStringLiteral(".part");
    FILE *out = std::fopen(QFile::encodeName(part).constData(), "wb");
    if (!out)
        return Error::io(target, QStringLiteral("cannot be written"));
    qint64 rows = 0;
    Result<SqlRun> ran = [&]() -> Result<SqlRun> {
        std::unique_ptr<ResultSink> writer = makeResultWriter(format, out);
        Counting counting(*writer, rows);
        SqlOperation operation(workspace, SqlRequest{sql, QStringLiteral("export"), config}, confirm);
        return operation.run(counting, cancellation);
    }(); // the writer flushes its last rows as it goes
    const bool closed = std::fclose(out) == 0;
    const auto discard = [&](Error error) {
        QFile::remove(part);
        return error;
    };
    if (!ran)
        return discard(ran.error());
    if (const StatementOutcome *failed = ran->outcome.failed())
        return discard(*failed->error);
    if (!closed)
        return discard(Error::io(target, QStringLiteral("could not be written completely")));
    QFile::remove(target);
    if (!QFile::rename(part, target))
        return discard(Error::io(target, QStringLiteral("cannot be replaced")));
    return SqlExport{target, rows};
}

} // namespace noorm
