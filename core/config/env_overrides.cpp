#include "config/env_overrides.h"

#include "config/config.h"
#include "dialect/dialect_list.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

namespace noorm {

namespace {

const QStringList kBehaviourVariables = {
    QStringLiteral("NOORM_CONFIG"),   QStringLiteral("NOORM_YES"),        QStringLiteral("NOORM_JSON"),
    QStringLiteral("NOORM_HEADLESS"), QStringLiteral("NOORM_DEBUG"),      QStringLiteral("NOORM_LOGGER_DEBUG"),
    QStringLiteral("NOORM_DEV"),      QStringLiteral("NOORM_LOG_LEVEL"),  QStringLiteral("NOORM_PASSPHRASE"),
    QStringLiteral("NOORM_HOME"),     QStringLiteral("NOORM_KEY_STORE"),  QStringLiteral("NOORM_STDIN"),
    QStringLiteral("NOORM_LOG_FILE"), QStringLiteral("NOORM_LANG"),       QStringLiteral("NOORM_COLOR_SCHEME"),
    QStringLiteral("NOORM_UPDATE_FEED"), QStringLiteral("NOORM_SCREENSHOT_DIR"),
    QStringLiteral("NOORM_JS_BUNDLE"),
};

// Config keys that hold whole numbers (dotted paths).
const QStringList kIntegerKeys = {
    QStringLiteral("connection.port"), QStringLiteral("connection.pool.min"), QStringLiteral("connection.pool.max"),
};

bool isWholeNumber(const QJsonValue &value) { return value.isDouble() && value.toDouble() == double(value.toInteger()); }

QJsonValue typed(const QString &key, const QString &raw)
{
    if (key.contains(QLatin1String("password"), Qt::CaseInsensitive))
        return raw;
    if (raw == QLatin1String("true"))
        return true;
    if (raw == QLatin1String("false"))
        return false;
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?\\z"));
    if (number.match(raw).hasMatch()) {
        bool isInt = false;
        const qlonglong i = raw.toLongLong(&isInt);
        return isInt ? QJsonValue(i) : QJsonValue(raw.toDouble());
    }
    return raw;
}

QJsonObject setPath(QJsonObject object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        object.insert(path.first(), value);
        return object;
    }
    const QJsonValue child = object.value(path.first());
    object.insert(path.first(), setPath(child.toObject(), path.mid(1), value));
    return object;
}

} // namespace

bool isBehaviourVariable(const QString &name) { return kBehaviourVariables.contains(name); }

QJsonObject mergeJson(QJsonObject base, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it) {
        const QJsonValue existing = base.value(it.key());
        if (existing.isObject() && it->isObject())
            base.insert(it.key(), mergeJson(existing.toObject(), it->toObject()));
        else
            base.insert(it.key(), *it);
    }
    return base;
}

Result<QJsonObject> configFromEnvironment(const QProcessEnvironment &env)
{
    QJsonObject result;
    const QString prefix = QStringLiteral("NOORM_");
    for (const QString &name : env.keys()) {
        if (!name.startsWith(prefix) || isBehaviourVariable(name) || name.size() == prefix.size())
            continue;
        QStringList path;
        for (const QString &segment : name.mid(prefix.size()).split(QLatin1Char('_'), Qt::SkipEmptyParts))
            path << (segment == segment.toUpper() ? segment.toLower() : segment);
        if (path.isEmpty())
            continue;
        const QJsonValue value = typed(path.last(), env.value(name));
        // Said here, where the variable's name and text are known: later it would read as port 0.
        if (kIntegerKeys.contains(path.join(QLatin1Char('.'))) && !isWholeNumber(value)) {
            Error e = Error::invalidData(tr("Invalid %1: expected an integer, got \"%2\"").arg(name, env.value(name)));
            e.key = name;
            return e;
        }
        result = setPath(result, path, value);
    }
    const QJsonValue dialect = result.value(QStringLiteral("connection")).toObject().value(QStringLiteral("dialect"));
    if (!dialect.isUndefined() && !findDialect(dialect.toVariant().toString())) {
        Error e = Error::invalidData(tr("Invalid NOORM_CONNECTION_DIALECT: must be one of %1").arg(dialectNamesText()));
        e.key = QStringLiteral("NOORM_CONNECTION_DIALECT");
        return e;
    }
    return result;
}

} // namespace noorm
