#pragma once
// What the tracking tables say about a config's change sets (__noorm_change__ rows of
// change_type `change`, spec tables.md): the latest forward row of each, the whole history,
// one operation's files, and marking a forward row reverted.

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace noorm {

class Connection;

struct ChangeRecord {
    qint64 id = 0;
    QString name;
    QString direction;  // change | revert
    QString status;     // pending | success | failed | reverted | stale
    QString checksum;
    QDateTime executedAt; // UTC
    QString executedBy;
    QString cliVersion;
    QString errorMessage;
    qint64 durationMs = 0;
};

struct ChangeFileRecord {
    QString filepath;
    QString checksum;
    QString status;     // pending | success | failed | skipped
    QString errorMessage;
    QString skipReason;
    qint64 durationMs = 0;
};

class ChangeHistory {
public:
    ChangeHistory(Connection &connection, QString configName);

    // name -> its latest forward row.
    Result<QHash<QString, ChangeRecord>> latestForward();
    // name -> its latest forward row, and name -> its latest revert row, in one read.
    struct LatestRows {
        QHash<QString, ChangeRecord> forward;
        QHash<QString, ChangeRecord> revert;
    };
    Result<LatestRows> latest();
    // Every change row of the config, newest first; only `name`'s when given.
    Result<QList<ChangeRecord>> history(const QString &name = QString());
    Result<QList<ChangeFileRecord>> files(qint64 changeId);
    // UPDATEs the latest forward row of `name` to reverted.
    Status markReverted(const QString &name);

private:
    QString selectRows() const;
    Connection &m_connection;
    QString m_configName;
};

} // namespace noorm
