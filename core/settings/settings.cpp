#include "settings/settings.h"

#include "settings/settings_document.h"
#include "settings/settings_schema.h"

#include <QSet>

namespace noorm {

namespace {

Error notFound(const QString &key, const QString &what)
{
    Error e = Error::notFound(what);
    e.key = key;
    return e;
}

Error exists(const QString &key, const QString &what)
{
    Error e = Error::refused(what);
    e.key = key;
    return e;
}

qsizetype indexOfSecret(const QList<StageSecret> &secrets, const QString &key)
{
    for (qsizetype i = 0; i < secrets.size(); ++i)
        if (secrets[i].key == key)
            return i;
    return -1;
}

} // namespace

bool StageDefaults::isEmpty() const
{
    return !dialect && !host && !database && !user && !password && !port && !ssl && !isTest && !isProtected;
}

const StageSecret *Stage::secret(const QString &key) const
{
    const qsizetype i = indexOfSecret(secrets, key);
    return i < 0 ? nullptr : &secrets[i];
}

qint64 LoggingSettings::maxSizeBytes() const { return SettingsSchema::sizeInBytes(maxSize); }

const Stage *Settings::stage(const QString &name) const
{
    for (const Stage &s : stages)
        if (s.name == name)
            return &s;
    return nullptr;
}

QList<StageSecret> Settings::requiredSecrets(const QString &stageName) const
{
    QList<StageSecret> merged;
    auto add = [&merged](const QList<StageSecret> &list) {
        for (const StageSecret &s : list) {
            if (!s.required)
                continue;
            const qsizetype i = indexOfSecret(merged, s.key);
            if (i < 0)
                merged << s;
            else
                merged[i] = s;   // the stage's definition wins, at the universal one's place (a JS Map's order)
        }
    };
    add(secrets);
    if (const Stage *st = stage(stageName))
        add(st->secrets);
    return merged;
}

Status Settings::addStage(const Stage &newStage)
{
    if (stage(newStage.name))
        return exists(QStringLiteral("stages.") + newStage.name,
                      QStringLiteral("stage \"%1\" already exists").arg(newStage.name));
    return setStage(newStage);
}

Status Settings::setStage(const Stage &newStage)
{
    if (Status s = SettingsSchema::checkStage(newStage, QStringLiteral("stages.") + newStage.name); !s)
        return s;
    for (Stage &s : stages) {
        if (s.name == newStage.name) {
            s = newStage;
            return {};
        }
    }
    stages << newStage;
    return {};
}

Status Settings::removeStage(const QString &name)
{
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages[i].name == name) {
            stages.removeAt(i);
            return {};
        }
    }
    return notFound(QStringLiteral("stages.") + name, QStringLiteral("stage \"%1\" not found").arg(name));
}

Status Settings::addRule(const Rule &rule)
{
    if (Status s = SettingsSchema::checkRule(rule, QStringLiteral("rules.%1").arg(rules.size())); !s)
        return s;
    rules << rule;
    return {};
}

Status Settings::removeRule(int index)
{
    if (index < 0 || index >= rules.size())
        return notFound(QStringLiteral("rules.%1").arg(index),   // the message counts from 1, as people do
                        QStringLiteral("no rule %1 (there are %2)").arg(index + 1).arg(rules.size()));
    rules.removeAt(index);
    return {};
}

Status Settings::addSecret(const StageSecret &secret)
{
    if (indexOfSecret(secrets, secret.key) >= 0)
        return exists(QStringLiteral("secrets"), QStringLiteral("universal secret \"%1\" already exists").arg(secret.key));
    if (Status s = SettingsSchema::checkSecret(secret, QStringLiteral("secrets.%1").arg(secrets.size())); !s)
        return s;
    secrets << secret;
    return {};
}

Status Settings::updateSecret(const QString &key, const StageSecret &secret)
{
    const qsizetype i = indexOfSecret(secrets, key);
    if (i < 0)
        return notFound(QStringLiteral("secrets"), QStringLiteral("universal secret \"%1\" not found").arg(key));
    if (Status s = SettingsSchema::checkSecret(secret, QStringLiteral("secrets.%1").arg(i)); !s)
        return s;
    secrets[i] = secret;
    return {};
}

Status Settings::removeSecret(const QString &key)
{
    const qsizetype i = indexOfSecret(secrets, key);
    if (i < 0)
        return notFound(QStringLiteral("secrets"), QStringLiteral("universal secret \"%1\" not found").arg(key));
    secrets.removeAt(i);
    return {};
}

Status Settings::addStageSecret(const QString &stageName, const StageSecret &secret)
{
    const Stage *st = stage(stageName);
    if (!st)
        return notFound(QStringLiteral("stages.") + stageName, QStringLiteral("stage \"%1\" not found").arg(stageName));
    if (st->secret(secret.key))
        return exists(QStringLiteral("stages.%1.secrets").arg(stageName),
                      QStringLiteral("secret \"%1\" already exists in stage \"%2\"").arg(secret.key, stageName));
    Stage changed = *st;
    changed.secrets << secret;
    return setStage(changed);
}

Status Settings::updateStageSecret(const QString &stageName, const QString &key, const StageSecret &secret)
{
    return editStageSecret(stageName, key, [&secret](QList<StageSecret> &list, qsizetype i) { list[i] = secret; });
}

Status Settings::removeStageSecret(const QString &stageName, const QString &key)
{
    return editStageSecret(stageName, key, [](QList<StageSecret> &list, qsizetype i) { list.removeAt(i); });
}

Status Settings::editStageSecret(const QString &stageName, const QString &key,
                                 const std::function<void(QList<StageSecret> &, qsizetype)> &edit)
{
    const Stage *st = stage(stageName);
    const qsizetype i = st ? indexOfSecret(st->secrets, key) : -1;
    if (i < 0)
        return notFound(QStringLiteral("stages.%1.secrets").arg(stageName),
                        QStringLiteral("secret \"%1\" not found in stage \"%2\"").arg(key, stageName));
    Stage changed = *st;
    edit(changed.secrets, i);
    return setStage(changed);
}

void Settings::setBuild(const std::optional<QStringList> &include, const std::optional<QStringList> &exclude)
{
    if (include)
        buildInclude = *include;
    if (exclude)
        buildExclude = *exclude;
}

Status Settings::validate() const
{
    if (fileSchemaVersion > kSchemaVersion)
        return SettingsSchema::invalid(QStringLiteral("schemaVersion"),
                                       QStringLiteral("settings version %1 is newer than this noorm supports (%2); "
                                                      "please upgrade noorm")
                                           .arg(fileSchemaVersion)
                                           .arg(kSchemaVersion));
    for (qsizetype i = 0; i < rules.size(); ++i)
        if (Status s = SettingsSchema::checkRule(rules[i], QStringLiteral("rules.%1").arg(i)); !s)
            return s;
    QSet<QString> stageNames; // a set, not a rescan per stage: saving stays linear in the stages
    for (const Stage &stage : stages) {
        if (Status s = SettingsSchema::checkStage(stage, QStringLiteral("stages.") + stage.name); !s)
            return s;
        if (stageNames.contains(stage.name))
            return SettingsSchema::invalid(QStringLiteral("stages.") + stage.name,
                                           QStringLiteral("stage \"%1\" is defined twice").arg(stage.name));
        stageNames.insert(stage.name);
    }
    for (qsizetype i = 0; i < secrets.size(); ++i)
        if (Status s = SettingsSchema::checkSecret(secrets[i], QStringLiteral("secrets.%1").arg(i)); !s)
            return s;
    return SettingsSchema::checkLogging(logging, QStringLiteral("logging"));
}

} // namespace noorm
