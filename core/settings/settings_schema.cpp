#include "settings/settings_schema.h"

#include "dialect/dialect_list.h"
#include "settings/settings.h"

#include <QRegularExpression>

#include <limits>

namespace noorm {

const QStringList &SettingsSchema::dialects()
{
    static const QStringList v = dialectNames();
    return v;
}

const QStringList &SettingsSchema::secretTypes()
{
    static const QStringList v{QStringLiteral("string"), QStringLiteral("password"), QStringLiteral("api_key"),
                               QStringLiteral("connection_string")};
    return v;
}

const QStringList &SettingsSchema::logLevels()
{
    static const QStringList v{QStringLiteral("silent"), QStringLiteral("error"), QStringLiteral("warn"),
                               QStringLiteral("info"), QStringLiteral("verbose")};
    return v;
}

const QStringList &SettingsSchema::connectionTypes()
{
    static const QStringList v{QStringLiteral("local"), QStringLiteral("remote")};
    return v;
}

const QStringList &SettingsSchema::matchKeys()
{
    static const QStringList v{QStringLiteral("name"), QStringLiteral("protected"), QStringLiteral("isTest"),
                               QStringLiteral("type")};
    return v;
}

qint64 SettingsSchema::sizeInBytes(const QString &size)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\s*(b|kb|mb|gb)\\z"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(size);
    if (!m.hasMatch())
        return -1;
    bool ok = false;
    const qint64 n = m.captured(1).toLongLong(&ok);
    if (!ok)
        return -1;
    const QString unit = m.captured(2).toLower();
    const int shift = unit == QLatin1String("kb") ? 10 : unit == QLatin1String("mb") ? 20 : unit == QLatin1String("gb") ? 30 : 0;
    if (n > (std::numeric_limits<qint64>::max() >> shift))
        return -1;
    return n << shift;
}

QString SettingsSchema::oneOf(const QStringList &values)
{
    return QStringLiteral("expected one of %1").arg(values.join(QStringLiteral(", ")));
}

Error SettingsSchema::invalid(const QString &key, const QString &what)
{
    Error e = Error::invalidData(tr("%1: %2").arg(key, what));
    e.key = key;
    return e;
}

Status SettingsSchema::checkSecret(const StageSecret &secret, const QString &key)
{
    if (secret.key.isEmpty())
        return invalid(key + QStringLiteral(".key"), QStringLiteral("a secret needs a non-empty key"));
    if (!secretTypes().contains(secret.type))
        return invalid(key + QStringLiteral(".type"),
                       QStringLiteral("%1, got \"%2\"").arg(oneOf(secretTypes()), secret.type));
    return {};
}

Status SettingsSchema::checkStage(const Stage &stage, const QString &key)
{
    if (stage.name.isEmpty())
        return invalid(key, QStringLiteral("a stage needs a name"));
    const StageDefaults &d = stage.defaults;
    const QString dk = key + QStringLiteral(".defaults");
    if (d.dialect && !dialects().contains(*d.dialect))
        return invalid(dk + QStringLiteral(".dialect"),
                       QStringLiteral("%1, got \"%2\"").arg(oneOf(dialects()), *d.dialect));
    if (d.port && (*d.port < kMinPort || *d.port > kMaxPort))
        return invalid(dk + QStringLiteral(".port"),
                       QStringLiteral("expected a port from %1 to %2, got %3").arg(kMinPort).arg(kMaxPort).arg(*d.port));
    for (qsizetype i = 0; i < stage.secrets.size(); ++i)
        if (Status s = checkSecret(stage.secrets[i], QStringLiteral("%1.secrets.%2").arg(key).arg(i)); !s)
            return s;
    return {};
}

Status SettingsSchema::checkRule(const Rule &rule, const QString &key)
{
    if (rule.match.isEmpty())
        return invalid(key + QStringLiteral(".match"),
                       QStringLiteral("a rule must specify at least one condition (%1)")
                           .arg(matchKeys().join(QStringLiteral(", "))));
    if (rule.match.type && !connectionTypes().contains(*rule.match.type))
        return invalid(key + QStringLiteral(".match.type"),
                       QStringLiteral("%1, got \"%2\"").arg(oneOf(connectionTypes()), *rule.match.type));
    return {};
}

Status SettingsSchema::checkLogging(const LoggingSettings &logging, const QString &key)
{
    if (!logLevels().contains(logging.level))
        return invalid(key + QStringLiteral(".level"),
                       QStringLiteral("%1, got \"%2\"").arg(oneOf(logLevels()), logging.level));
    if (sizeInBytes(logging.maxSize) < 0)
        return invalid(key + QStringLiteral(".maxSize"),
                       QStringLiteral("expected a size like \"10mb\" (b, kb, mb or gb), got \"%1\"").arg(logging.maxSize));
    if (logging.maxFiles < kMinLogFiles)
        return invalid(key + QStringLiteral(".maxFiles"),
                       QStringLiteral("expected an integer of at least %1, got %2").arg(kMinLogFiles).arg(logging.maxFiles));
    return {};
}

} // namespace noorm
