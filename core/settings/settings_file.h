#pragma once
// SettingsFile: reads and writes .noorm/settings.yml.
//
// Reading checks the file against the original noorm's schema and reports the first
// problem with its file, line, column and dotted key. A missing or empty file means
// all defaults. Keys noorm does not know are accepted (listed in Settings::unknownKeys).
//
// Writing (save) goes through QSaveFile, so the file is replaced whole or not at all,
// and never over a file that no longer parses or changed since it was read. What a
// rewrite keeps, given that yaml-cpp itself drops comments:
//  - every key noorm does not know, at any depth, with its value;
//  - top-level sections that did not change, byte for byte (comments inside them,
//    quoting, flow style, blank lines);
//  - the comment lines and blank lines above every top-level key, and those at the
//    end of the file, even when the section below them is rewritten;
//  - a stage's, secret's or unchanged rule's unknown keys when that section is
//    rewritten; comments inside a rewritten section are lost, and it is written in
//    the original's style (4-space indent, "- " list items);
//  - the file's order of top-level keys and of stages; new sections go at the end.
// If the file cannot be cut into top-level sections this way (flow-style root,
// anchors shared across sections, ...), it is rewritten whole below its opening
// comments. Every rendered file is parsed back and compared before it is written.
// Saving also writes `schemaVersion: 1` (the v1 settings migration) when it is missing.

#include "common/result.h"
#include "settings/settings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace noorm {

class SettingsFile {
public:
    static Result<Settings> load(const QString &path);   // a missing file gives defaults
    static Result<Settings> parse(const QByteArray &yaml, const QString &fileNameForErrors);
    // Saving takes a lock file (settingsLockPath) so two processes never interleave the
    // changed-since-read check and the write; a lock held longer than `lockWaitMs` is
    // ErrorKind::LockHeld. One left by a killed process is taken over at once.
    static Status save(const QString &path, const Settings &settings, int lockWaitMs = 10'000);
    // .noorm/state/settings.yml.lock beside `path`: in the private, uncommitted folder.
    static QString settingsLockPath(const QString &path);
    // What `noorm init` writes: the original's defaults, with comments explaining each key.
    static QByteArray initialContent();
    // The settings as they would be saved (for a --dry-run edit).
    static QByteArray toYaml(const Settings &settings);
    // The effective settings (for `settings show`): every key noorm reads, defaults filled
    // in, in the initial file's order, without comments or keys noorm does not know.
    static QByteArray effectiveYaml(const Settings &settings);
    // The same effective settings as JSON (for `settings show --json`).
    static QJsonObject toJson(const Settings &settings);
};

} // namespace noorm
