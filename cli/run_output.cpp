#include "run_output.h"

#include "exit_codes.h"

#include <QDir>
#include <QJsonArray>
#include <cstdio>

namespace noorm::cli {

QJsonObject fileJson(const FileResult &file)
{
    QJsonObject json{{QStringLiteral("filepath"), file.filepath},
                     {QStringLiteral("status"), fileStatusName(file.status)},
                     {QStringLiteral("durationMs"), file.durationMs}};
    if (!file.skipReason.isEmpty())
        json.insert(QStringLiteral("skipReason"), file.skipReason);
    if (file.error)
        json.insert(QStringLiteral("error"), file.error->toString());
    if (!file.outputPath.isEmpty())
        json.insert(QStringLiteral("outputPath"), file.outputPath);
    if (file.statementsKept > 0)
        json.insert(QStringLiteral("statementsKept"), file.statementsKept);
    return json;
}

QJsonObject reportJson(const RunReport &report)
{
    QJsonArray files;
    for (const FileResult &file : report.files)
        files.append(fileJson(file));
    return {{QStringLiteral("status"), runStatusName(report.status)},
            {QStringLiteral("filesRun"), report.filesRun},
            {QStringLiteral("filesSkipped"), report.filesSkipped},
            {QStringLiteral("filesFailed"), report.filesFailed},
            {QStringLiteral("durationMs"), report.durationMs},
            {QStringLiteral("files"), files}};
}

void ProgressLine::show(const FileProgress &p)
{
    if (!m_enabled || p.status != FileStatus::Pending)
        return;
    std::fprintf(stderr, "\r\033[K[%d/%d] %s", p.index + 1, p.total, qPrintable(Output::printable(p.displayPath)));
    std::fflush(stderr);
    m_shown = true;
}

void ProgressLine::clear()
{
    if (m_shown) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
        m_shown = false;
    }
}

void printFile(Runtime &rt, ProgressLine &progress, const FileResult &file, bool dryRun)
{
    progress.clear();
    const QString path = Output::printable(file.displayPath);
    switch (file.status) {
    case FileStatus::Success:
        rt.out.text(dryRun ? QStringLiteral("✓ %1 → %2").arg(path, Output::printable(QDir::current().relativeFilePath(file.outputPath)))
                           : QStringLiteral("✓ %1 (%2 ms)").arg(path).arg(file.durationMs));
        break;
    case FileStatus::Skipped:
        rt.out.text(QStringLiteral("- %1 skipped (%2)").arg(path, Output::printable(file.skipReason)));
        break;
    case FileStatus::Failed:
        rt.out.text(QStringLiteral("✗ %1 failed (%2 ms)").arg(path).arg(file.durationMs));
        // Why, on stderr (cli.md): `noorm run build > build.log` in CI still shows it.
        if (file.error) {
            rt.out.note(QStringLiteral("  ") + Output::printable(*file.error));
            if (const QString hint = hintText(file.error->hint); !hint.isEmpty())
                rt.out.note(QStringLiteral("  hint: ") + hint);
        }
        if (file.statementsKept > 0) // MySQL's DDL, a file of its own transactions: nothing rolled back
            rt.out.note(QStringLiteral("  %1 before it ran and %2 (not in a transaction noorm could roll back)")
                            .arg(plural(file.statementsKept, "statement", "statements"),
                                 file.statementsKept == 1 ? QStringLiteral("stays") : QStringLiteral("stay")));
        break;
    case FileStatus::Pending:
        break;
    }
}

int exitCodeFor(const std::optional<Error> &firstError)
{
    if (!firstError)
        return 0;
    return firstError->kind == ErrorKind::Cancelled ? Interrupted : ExecutionFailed;
}


} // namespace noorm::cli
