#include "runner/run_report.h"

namespace noorm {

QString fileStatusName(FileStatus status)
{
    switch (status) {
    case FileStatus::Pending: return QStringLiteral("pending");
    case FileStatus::Success: return QStringLiteral("success");
    case FileStatus::Failed: return QStringLiteral("failed");
    case FileStatus::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Success: return QStringLiteral("success");
    case RunStatus::Failed: return QStringLiteral("failed");
    case RunStatus::Partial: return QStringLiteral("partial");
    }
    return {};
}

} // namespace noorm

namespace noorm {

FileProgress finishedProgress(int index, int total, const FileResult &result)
{
    return {index, total, result.filepath, result.displayPath, result.status, result.durationMs, result.skipReason, result.error};
}

} // namespace noorm
