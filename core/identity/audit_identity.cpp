#include "identity/audit_identity.h"

#include "identity/identity_service.h"

#include <QProcess>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace noorm {

namespace {

QString gitConfig(const QString &key)
{
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("config"), key});
    if (!git.waitForFinished(5000) || git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        git.kill();
        return {};
    }
    return QString::fromUtf8(git.readAllStandardOutput()).trimmed();
}

QString osUserName()
{
#ifdef Q_OS_UNIX
    // Node's os.userInfo() reads the password database, not $USER.
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

QString AuditIdentity::display() const
{
    return email.isEmpty() ? name : QStringLiteral("%1 <%2>").arg(name, email);
}

AuditIdentity parseAuditIdentity(const QString &text, const QString &source)
{
    static const QRegularExpression nameEmail(QStringLiteral("^(.+?)\\s*<([^>]+)>$"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch m = nameEmail.match(trimmed);
    if (m.hasMatch())
        return {m.captured(1).trimmed(), m.captured(2).trimmed(), source};
    return {trimmed, {}, source};
}

AuditIdentity resolveAuditIdentity(const QString &configIdentity, const IdentityService *identity)
{
    if (!configIdentity.trimmed().isEmpty())
        return parseAuditIdentity(configIdentity, QStringLiteral("config"));
    if (identity) {
        if (auto crypto = identity->current(); crypto && crypto->has_value())
            return {(*crypto)->name, (*crypto)->email, QStringLiteral("state")};
    }
    if (const QString env = qEnvironmentVariable("NOORM_IDENTITY"); !env.trimmed().isEmpty())
        return parseAuditIdentity(env, QStringLiteral("env"));
    if (const QString gitName = gitConfig(QStringLiteral("user.name")); !gitName.isEmpty())
        return {gitName, gitConfig(QStringLiteral("user.email")), QStringLiteral("git")};
    return {osUserName(), {}, QStringLiteral("system")};
}

} // namespace noorm
