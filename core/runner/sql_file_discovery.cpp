#include "runner/sql_file_discovery.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace noorm {

bool isSqlFile(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".sql")) || isTemplateFile(fileName);
}

bool isTemplateFile(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".sql.tmpl"));
}

Result<QStringList> discoverSqlFiles(const QString &dir)
{
    const QFileInfo info(dir);
    if (!info.isDir())
        return Error::notFound(tr("SQL folder not found: %1").arg(QDir::toNativeSeparators(dir)));
    const QString root = QDir::cleanPath(info.absoluteFilePath());
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isSqlFile(it.fileName()))
            files << QDir::cleanPath(path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

namespace {

bool underPrefix(const QString &relative, const QString &prefix)
{
    return relative == prefix || (relative.startsWith(prefix) && relative.size() > prefix.size()
                                  && relative.at(prefix.size()) == QLatin1Char('/'));
}

QStringList normalized(const QStringList &patterns)
{
    QStringList out;
    for (QString p : patterns) {
        p.replace(QLatin1Char('\\'), QLatin1Char('/'));
        out << p;
    }
    return out;
}

} // namespace

QStringList filterByBuildPaths(const QStringList &files, const QString &baseDir, const BuildPaths &paths)
{
    const QDir base(baseDir);
    const QStringList include = normalized(paths.include);
    const QStringList exclude = normalized(paths.exclude);
    QStringList kept;
    for (const QString &file : files) {
        const QString relative = base.relativeFilePath(file);
        const auto matches = [&](const QString &prefix) { return underPrefix(relative, prefix); };
        const bool included = include.isEmpty() || std::any_of(include.begin(), include.end(), matches);
        const bool excluded = std::any_of(exclude.begin(), exclude.end(), matches);
        if (included && !excluded)
            kept << file;
    }
    return kept;
}

} // namespace noorm
