#include "operations/operation_events.h"

namespace noorm {

OperationEvent fileEvent(const FileProgress &progress, const QString &configName)
{
    if (progress.status == FileStatus::Pending)
        return {QStringLiteral("file:before"), {{QStringLiteral("filepath"), progress.filepath}, {QStringLiteral("configName"), configName}}};
    if (progress.status == FileStatus::Skipped)
        return {QStringLiteral("file:skip"), {{QStringLiteral("filepath"), progress.filepath}, {QStringLiteral("reason"), progress.skipReason}}};
    QVariantMap data{{QStringLiteral("filepath"), progress.filepath},
                     {QStringLiteral("status"), fileStatusName(progress.status)},
                     {QStringLiteral("durationMs"), progress.durationMs}};
    if (progress.error)
        data.insert(QStringLiteral("error"), progress.error->message);
    return {QStringLiteral("file:after"), data};
}

OperationEvent buildComplete(const RunReport &report)
{
    return {QStringLiteral("build:complete"),
            {{QStringLiteral("status"), runStatusName(report.status)},
             {QStringLiteral("filesRun"), report.filesRun},
             {QStringLiteral("filesSkipped"), report.filesSkipped},
             {QStringLiteral("filesFailed"), report.filesFailed},
             {QStringLiteral("durationMs"), report.durationMs}}};
}

OperationEvent lockAcquired(const LockInfo &lock)
{
    return {QStringLiteral("lock:acquired"),
            {{QStringLiteral("configName"), lock.configName}, {QStringLiteral("identity"), lock.lockedBy},
             {QStringLiteral("expiresAt"), lock.expiresAt}}};
}

OperationEvent lockBlocked(const LockInfo &holder)
{
    return {QStringLiteral("lock:blocked"),
            {{QStringLiteral("configName"), holder.configName}, {QStringLiteral("holder"), holder.lockedBy},
             {QStringLiteral("heldSince"), holder.lockedAt}}};
}

OperationEvent changeComplete(const QString &name, const QString &direction, const RunReport &report)
{
    return {QStringLiteral("change:complete"),
            {{QStringLiteral("name"), name},
             {QStringLiteral("direction"), direction},
             {QStringLiteral("status"), report.succeeded() ? QStringLiteral("success") : QStringLiteral("failed")},
             {QStringLiteral("durationMs"), report.durationMs}}};
}

} // namespace noorm
