#include "common/private_file.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace noorm {

Status makePrivateDir(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return Error::io(dir, tr("cannot create the folder"));
    if (!QFile::setPermissions(dir, kPrivateDir))
        return Error::io(dir, tr("cannot make the folder private"));
    return {};
}

Status writeFileAtomically(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(path, tr("cannot write: %1").arg(file.errorString()));
    file.setPermissions(permissions);
    if (file.write(content) != content.size() || !file.commit())
        return Error::io(path, tr("cannot write: %1").arg(file.errorString()));
    return {};
}

} // namespace noorm
