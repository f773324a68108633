#pragma once
// ProjectPathGuard: the one rule for every file noorm reads from a project or writes into
// it (SQL files found or named for a run, template data files, helpers and what they
// import, $.include, dry-run copies in tmp/, preview --output): the path, with every
// symbolic link resolved, must lie inside the project root. A link that stays inside the
// project is fine; one that leads out is refused, so nothing outside the project is run,
// shown in an error or a preview, or overwritten.

#include "common/result.h"

#include <QString>

namespace noorm {

class ProjectPathGuard {
public:
    // An empty root guards nothing (core used without a project).
    explicit ProjectPathGuard(const QString &projectRoot = QString());

    // Where `path` really is: absolute, every symbolic link resolved, also for a path that
    // does not exist yet (its nearest existing folder resolved, the rest appended). Empty
    // for a symbolic link loop.
    static QString resolved(const QString &path);

    // Refused when `path` resolves outside the project; the message names the path as
    // `shownAs` (the path itself when empty) and where it leads.
    Status check(const QString &path, const QString &shownAs = QString()) const;

    // For a path the user typed (run file/dir/files, --output): one outside the project is
    // the user's own choice and allowed; one inside it must not lead out through a link
    // (the link may come from a commit).
    Status checkNamedByUser(const QString &path, const QString &shownAs = QString()) const;

    // Writes `content` to `path` atomically and private (writeFileAtomically), making its
    // folders, after check(): nothing is created or written outside the project.
    Status writeFile(const QString &path, const QByteArray &content, const QString &shownAs = QString()) const;

    // `path` as the project shows it in messages: relative to the root when it lies inside
    // it, otherwise (and when relative already) as given.
    QString shown(const QString &path) const;

private:
    QString m_root;          // absolute, as given
    QString m_canonicalRoot; // symbolic links resolved
};

} // namespace noorm
