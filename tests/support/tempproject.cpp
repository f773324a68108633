#include "tempproject.h"

#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace noorm::test {

TempProject::TempProject() : m_dir(QDir::tempPath() + QStringLiteral("/noorm-test-XXXXXX")) {}

QString TempProject::path(const QString &relative) const { return m_dir.filePath(relative); }

QString TempProject::write(const QString &relative, const QByteArray &content) const
{
    const QString p = path(relative);
    QDir().mkpath(QFileInfo(p).absolutePath());
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(p));
    f.write(content);
    return p;
}

QByteArray TempProject::read(const QString &relative) const
{
    QFile f(path(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

int permissionBits(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace noorm::test
