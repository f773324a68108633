#pragma once
// Change sets on disk (spec changes-runner.md, part 2): every folder under the changes path
// that holds change/ is one, ordered by name (the original scaffolds
// YYYY-MM-DD-description). change/ and revert/ hold .sql, .sql.tmpl and .txt manifests,
// run in filename order in both directions, as the original's source runs them. A manifest
// lists files to run, one path per line relative to the SQL path (# comments and blank
// lines ignored), sorted like the original sorts them; a path that leaves the project,
// also through a link, or names no file, is an error naming the manifest's line.
// A malformed folder is a diagnostic naming it, never the end of the listing.

#include "common/result.h"
#include "project/project_path_guard.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace noorm {

struct ChangeFile {
    enum class Kind { Sql, Manifest };
    QString filename;       // 001_create-users.sql
    QString path;           // absolute
    Kind kind = Kind::Sql;
    QStringList references; // a manifest's files, absolute, in run order
};

enum class ChangeDirection { Change, Revert };
QString directionName(ChangeDirection direction); // change | revert (the tracking tables' words)

// One direction's files as read once: what runs and what its rows record come from the
// same bytes, even if a file is edited meanwhile.
struct ChangeTexts {
    QHash<QString, QString> sources;   // path -> raw text of every file that runs
    QHash<QString, QString> checksums; // path -> raw-text checksum of every file that runs
    QString checksum;                  // combined, as ChangeSet::checksum
};

struct ChangeSet {
    QString name;           // the folder's name
    QString path;           // absolute
    QDate date;             // from a YYYY-MM-DD- prefix; null without one
    QString description;    // the name without the date
    QList<ChangeFile> changeFiles;
    QList<ChangeFile> revertFiles;
    bool hasChangelog = false;

    const QList<ChangeFile> &files(ChangeDirection direction) const
    {
        return direction == ChangeDirection::Change ? changeFiles : revertFiles;
    }
    // The files that run, manifests expanded, absolute, in order.
    QStringList runOrder(ChangeDirection direction) const;
    // The combined checksum the tracking tables keep for this direction: over the raw text
    // of every file, a manifest's own followed by its references' (spec tables.md §3).
    Result<QString> checksum(ChangeDirection direction) const;
    // The raw-text checksum of every file that runs: path -> checksum.
    Result<QHash<QString, QString>> fileChecksums(ChangeDirection direction) const;
    // Reads the direction's files once: their texts and both checksums.
    Result<ChangeTexts> read(ChangeDirection direction) const;
    QString changelogPath() const;
};

struct ChangeDiagnostic {
    QString folder; // the folder's name
    Error error;
};

struct ChangeDiscovery {
    QList<ChangeSet> changes;           // ordered by name
    QList<ChangeDiagnostic> diagnostics; // folders that are not valid change sets
    const ChangeSet *find(const QString &name) const;
};

class ChangeSetReader {
public:
    // `changesDir` and `sqlDir` absolute; `guard` keeps every file inside the project.
    ChangeSetReader(QString changesDir, QString sqlDir, ProjectPathGuard guard);

    // Every change set; a missing changes folder is an empty list.
    ChangeDiscovery discover() const;
    Result<ChangeSet> read(const QString &folderPath) const;

private:
    Result<QList<ChangeFile>> scan(const QString &folder, const QString &shownAs) const;
    Result<QStringList> resolveManifest(const QString &manifest, const QString &shownAs) const;

    QString m_changesDir;
    QString m_sqlDir;
    ProjectPathGuard m_guard;
};

} // namespace noorm
