#pragma once
// Which SQL files a run takes, and in what order: every `.sql` and `.sql.tmpl` under a
// folder, ordered by relative path (the original sorts full paths with JavaScript's
// sort(), i.e. by UTF-16 code units; QString's operator< is the same order), then for a
// build filtered by settings build.include/exclude and the rules that match the config
// (the original's getEffectiveBuildPaths + filterFilesByPaths, relative to the SQL path).

#include "common/result.h"
#include "settings/rules.h"

#include <QString>
#include <QStringList>

namespace noorm {

bool isSqlFile(const QString &fileName);      // .sql or .sql.tmpl
bool isTemplateFile(const QString &fileName); // .sql.tmpl

// Absolute, cleaned paths of every SQL file under `dir`, sorted. NotFound when `dir` is
// not a folder.
Result<QStringList> discoverSqlFiles(const QString &dir);

// Keeps the files whose path relative to `baseDir` equals or lies under one of `include`
// (all files when include is empty) and under none of `exclude` (exclude wins).
QStringList filterByBuildPaths(const QStringList &files, const QString &baseDir, const BuildPaths &paths);

} // namespace noorm
