#include "identity/identity_defaults.h"

#include "common/private_file.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>

namespace noorm {

namespace {

QString gitConfig(const QString &key)
{
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("config"), QStringLiteral("--get"), key});
    if (!git.waitForFinished(2000) || git.exitCode() != 0)
        return QString();
    return QString::fromUtf8(git.readAllStandardOutput()).trimmed();
}

QString osUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return user.isEmpty() ? QStringLiteral("noorm") : user;
}

} // namespace

Result<CryptoIdentity> ensureIdentity(IdentityService &identity, const QString &name, const QString &email, bool *created)
{
    *created = false;
    Result<std::optional<CryptoIdentity>> current = identity.current();
    if (!current)
        return current.error();
    if (current->has_value())
        return **current;
    IdentityInit init;
    init.name = !name.isEmpty() ? name : gitConfig(QStringLiteral("user.name"));
    if (init.name.isEmpty())
        init.name = osUserName();
    init.email = !email.isEmpty() ? email : gitConfig(QStringLiteral("user.email"));
    if (init.email.isEmpty())
        init.email = QStringLiteral("%1@%2").arg(osUserName(), QSysInfo::machineHostName());
    Result<CryptoIdentity> made = identity.create(init);
    if (made)
        *created = true;
    return made;
}

Status writePublicKeyFile(const CryptoIdentity &me, const QString &path, bool overwrite)
{
    constexpr QFileDevice::Permissions kPublic = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QByteArray contents = me.publicKey.toUtf8() + '\n';
    if (!overwrite && QFileInfo::exists(path)) {
        QFile existing(path);
        if (!existing.open(QIODevice::ReadOnly) || existing.read(contents.size() + 1) != contents)
            return Error::refused(QStringLiteral("%1 exists already").arg(path)).withHint(Hint::Action::Force);
    }
    return writeFileAtomically(path, contents, kPublic);
}

} // namespace noorm
