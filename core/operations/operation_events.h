#pragma once
// The original noorm's observer events (src/core/observer.ts), by name and with the same
// fields, for the operations' `event(name, data)` signal: what an SDK program written
// against the original's events listens for. Each function gives one event's data.
//   file:before, file:after, file:skip, build:start, build:complete, run:file, run:dir,
//   change:start, change:file, change:complete, lock:acquired, lock:blocked

#include "lock/lock_types.h"
#include "runner/run_report.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <utility>

namespace noorm {

using OperationEvent = std::pair<QString, QVariantMap>;

// file:before when it starts, file:skip or file:after when it ended.
OperationEvent fileEvent(const FileProgress &progress, const QString &configName);
OperationEvent buildComplete(const RunReport &report);
OperationEvent lockAcquired(const LockInfo &lock);
OperationEvent lockBlocked(const LockInfo &holder);
// change:complete: `direction` "change" or "revert".
OperationEvent changeComplete(const QString &name, const QString &direction, const RunReport &report);

} // namespace noorm
