#include "modules.h"

#include "common/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace noorm::cli {

namespace {

QStringList moduleDirs()
{
    const QString here = QCoreApplication::applicationDirPath();
    return {here, QDir::cleanPath(QDir(here).filePath(QStringLiteral(NOORM_MODULE_DIR)))};
}

} // namespace

Result<void (*)()> moduleFunction(const QString &name, const char *function)
{
    const QString file = QStringLiteral("lib%1.so").arg(name);
    const QStringList dirs = moduleDirs();
    for (const QString &dir : dirs) {
        const QString path = QDir(dir).filePath(file);
        if (!QFileInfo::exists(path))
            continue;
        // Loaded once per process (Qt counts the loads) and never unloaded.
        QLibrary library(path);
        if (!library.load())
            return Error::failed(tr("noorm's module %1 could not be loaded: %2. Reinstall noorm.").arg(path, library.errorString()));
        using Version = const char *(*)();
        const auto version = reinterpret_cast<Version>(library.resolve("noorm_module_version"));
        const QString built = version ? QString::fromUtf8(version()) : tr("unknown");
        if (built != QLatin1String(NOORM_VERSION))
            return Error::failed(tr("noorm's module %1 is from noorm %2, not %3. Reinstall noorm.").arg(path, built, QStringLiteral(NOORM_VERSION)));
        if (QFunctionPointer entry = library.resolve(function))
            return entry;
        return Error::failed(tr("noorm's module %1 has no %2. Reinstall noorm.").arg(path, QString::fromLatin1(function)));
    }
    return Error::notFound(tr("noorm's module %1 is missing (looked in %2). Reinstall noorm.").arg(file, dirs.join(QStringLiteral(", "))));
}

} // namespace noorm::cli
