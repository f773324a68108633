#include "update/user_settings.h"

#include "common/private_file.h"

#include <QDir>
#include <QFile>
#include <QLockFile>

#include <yaml-cpp/yaml.h>

#include <functional>

namespace noorm {

namespace {

QString text(const YAML::Node &node, const char *key)
{
    const YAML::Node value = node[key];
    return value && value.IsScalar() ? QString::fromStdString(value.as<std::string>()) : QString();
}

bool flag(const YAML::Node &node, const char *key, bool fallback)
{
    const YAML::Node value = node[key];
    if (!value || !value.IsScalar())
        return fallback;
    const std::string v = value.as<std::string>();
    return v == "true" ? true : v == "false" ? false : fallback;
}

Result<YAML::Node> read(const QString &file)
{
    if (!QFile::exists(file))
        return YAML::Node(YAML::NodeType::Map);
    try {
        YAML::Node node = YAML::LoadFile(file.toStdString());
        if (node.IsNull())
            return YAML::Node(YAML::NodeType::Map);
        if (!node.IsMap()) {
            Error e = Error::invalidData(QObject::tr("%1: expected a mapping of settings").arg(file));
            e.file = file;
            return e;
        }
        return node;
    } catch (const YAML::Exception &ex) {
        Error e = Error::invalidData(QStringLiteral("%1:%2: %3").arg(file).arg(ex.mark.line + 1).arg(QString::fromStdString(ex.msg)));
        e.file = file;
        e.line = ex.mark.line + 1;
        return e;
    }
}

void set(YAML::Node &node, const char *key, const QString &value)
{
    if (value.isEmpty())
        node.remove(key);
    else
        node[key] = value.toStdString();
}

} // namespace

bool projectAllowsUpdateCheck(const QString &projectSettingsFile)
{
    if (projectSettingsFile.isEmpty() || !QFile::exists(projectSettingsFile))
        return true;
    Result<YAML::Node> node = read(projectSettingsFile);
    if (!node)
        return true; // the commands report a broken settings.yml themselves
    const YAML::Node cli = (*node)["cli"];
    return !cli || !cli.IsMap() || flag(cli, "checkUpdates", true);
}

QString UserSettings::path(const QString &home) { return QDir(home).filePath(QStringLiteral("settings.yml")); }

Result<UserSettings> UserSettings::load(const QString &home)
{
    Result<YAML::Node> node = read(path(home));
    if (!node)
        return node.error();
    UserSettings s;
    s.checkUpdates = flag(*node, "checkUpdates", true);
    s.autoUpdate = flag(*node, "autoUpdate", false);
    s.lastCheck = QDateTime::fromString(text(*node, "lastCheck"), Qt::ISODateWithMs);
    s.cachedVersion = text(*node, "cachedVersion");
    s.cachedRelease = text(*node, "cachedRelease");
    s.cachedPackage = text(*node, "cachedPackage");
    s.downloadedPackage = text(*node, "downloadedPackage");
    s.updateFeed = text(*node, "updateFeed");
    return s;
}

namespace {

// Under the file's lock: the file as it is now, `change` applied, written atomically.
Status rewrite(const QString &home, const std::function<void(YAML::Node &)> &change)
{
    if (Status dir = makePrivateDir(home); !dir)
        return dir;
    const QString file = UserSettings::path(home);
    QLockFile lock(file + QStringLiteral(".lock"));
    if (!lock.tryLock(5000))
        return Error::failed(QObject::tr("%1 is being written by another noorm").arg(file));
    Result<YAML::Node> node = read(file);
    if (!node)
        return node.error();
    change(*node);
    YAML::Emitter out;
    out << *node;
    return writeFileAtomically(file, QByteArray(out.c_str()).append('\n'));
}

} // namespace

Status UserSettings::saveCheck(const QString &home) const
{
    return rewrite(home, [this](YAML::Node &node) {
        set(node, "lastCheck", lastCheck.isValid() ? lastCheck.toUTC().toString(Qt::ISODateWithMs) : QString());
        set(node, "cachedVersion", cachedVersion);
        set(node, "cachedRelease", cachedRelease);
        set(node, "cachedPackage", cachedPackage);
        set(node, "downloadedPackage", downloadedPackage);
    });
}

Status UserSettings::save(const QString &home) const
{
    if (Status saved = saveCheck(home); !saved)
        return saved;
    return rewrite(home, [this](YAML::Node &node) {
        node["checkUpdates"] = checkUpdates;
        node["autoUpdate"] = autoUpdate;
        set(node, "updateFeed", updateFeed);
    });
}

} // namespace noorm
