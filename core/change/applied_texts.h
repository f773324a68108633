#pragma once
// AppliedTexts: the text each change file had when it ran, so a change edited after it was
// applied can be shown beside what ran (the tracking tables keep only checksums). Kept on
// this machine by checksum in .noorm/state/applied/ (private, never committed; a file's
// source, never its rendered SQL, so no secret is in it). A text this machine never ran (a
// teammate applied the change, or the original noorm) is looked for in the project's git
// history: the newest commit whose version of the file has that checksum.

#include "common/result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace noorm {

struct AppliedText {
    QString text;
    QString foundIn; // "this machine", or "git commit <short hash>"
};

class AppliedTexts {
public:
    explicit AppliedTexts(QString projectRoot);
    // The source text of files about to run (path -> text) under their checksums (path ->
    // checksum, as ChangeSet::read gives both); best effort: a full disk loses only the diff.
    void keep(const QHash<QString, QString> &sources, const QHash<QString, QString> &checksums) const;
    std::optional<AppliedText> find(const QString &path, const QString &checksum) const;
    QString folder() const;

private:
    std::optional<AppliedText> findInGit(const QString &path, const QString &checksum) const;
    QString m_root;
};

} // namespace noorm
