#include "settings/settings_file.h"

#include <QJsonObject>

#include <QJsonArray>

#include "settings/settings_document.h"
#include "settings/settings_reader.h"
#include "settings/settings_writer.h"
#include "settings/yaml_text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

namespace noorm {

namespace {

// The same keys and values as the original's `init` (createDefaultSettings written
// with 4-space indent), plus schemaVersion, universal secrets and teardown, which the
// original accepts, and comments. Examples sit above their keys: those comments stay
// even when noorm rewrites the section (see settings_file.h).
const char kInitialContent[] = R"(# noorm project settings: shared by the team, commit this file.
# Configs and their credentials are not here: they are per machine, encrypted,
# in .noorm/state/ (never committed). Paths are relative to the project root.

# Version of this file's format; noorm manages it.
schemaVersion: 1

# Which folders under paths.sql `run build` takes. A filter, not an order: files
# always run in alphanumeric order (prefix folders: 01_tables, 02_views, ...).
build:
    include: []
    exclude: []

# Where the schema's SQL files and the change sets live.
paths:
    sql: ./sql
    changes: ./changes

# Rules include or exclude folders depending on the active config. Conditions
# (name, protected, isTest, type: local|remote) are AND-ed; rules apply in order
# and a later rule wins. For example:
#   - match:
#         isTest: true
#     include:
#         - seeds
rules: []

# Stages: team-defined templates for configs; a config named like a stage belongs
# to it. protected/isTest true in defaults cannot be relaxed by a config, and the
# configs of a locked stage cannot be deleted. For example:
#   prod:
#       description: Production database
#       locked: true
#       defaults:
#           dialect: postgres    # postgres | mysql | sqlite | mssql
#           protected: true
#       secrets:
#           - key: DB_PASSWORD
#             type: password     # string | password | api_key | connection_string
#             description: Database password
stages: {}

# Strict mode: when enabled, each listed stage must have a config.
strict:
    enabled: false
    stages: []

# File logging. level: silent | error | warn | info | verbose;
# maxSize: when to rotate (b, kb, mb, gb); maxFiles: rotated files kept.
logging:
    enabled: true
    level: info
    file: .noorm/state/noorm.log
    maxSize: 10mb
    maxFiles: 5

# Secrets every config must have, whatever its stage. For example:
#   - key: ENCRYPTION_KEY
#     type: password
#     description: App-wide encryption key
secrets: []

# db teardown / truncate: tables never emptied, and a script (postScript:
# teardown/cleanup.sql) run after a teardown. Keep it out of sql/: run build runs
# every file there.
teardown:
    preserveTables: []
)";

int oneBased(int zeroBased) { return zeroBased >= 0 ? zeroBased + 1 : 0; }

const SettingsDocument &initialDocument()
{
    static const std::shared_ptr<const SettingsDocument> doc = [] {
        const QByteArray text(kInitialContent);
        const YAML::Node root = YAML::Load(text.toStdString());
        return std::make_shared<const SettingsDocument>(text, root, QList<Rule>());
    }();
    return *doc;
}

// The initial file's keys and values without its comments: rendering over it writes every
// key noorm reads, defaults included, and nothing else.
const SettingsDocument &defaultsDocument()
{
    static const std::shared_ptr<const SettingsDocument> doc = [] {
        const QByteArray text = QByteArray::fromStdString(YamlText::document(initialDocument().root()));
        return std::make_shared<const SettingsDocument>(text, YAML::Load(text.toStdString()), QList<Rule>());
    }();
    return *doc;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e = Error::failed(tr("cannot read %1: %2").arg(path, file.errorString()));
        e.file = path;
        return e;
    }
    return file.readAll();
}

} // namespace

Result<Settings> SettingsFile::parse(const QByteArray &yaml, const QString &fileNameForErrors)
{
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return Error::at(fileNameForErrors, oneBased(e.mark.line), oneBased(e.mark.column),
                         QStringLiteral("invalid YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    if (documents.size() > 1) {
        const YAML::Mark m = documents[1].Mark();
        return Error::at(fileNameForErrors, oneBased(m.line), oneBased(m.column),
                         QStringLiteral("invalid YAML: settings must be a single document"));
    }
    const YAML::Node root = documents.empty() ? YAML::Node() : documents.front();
    Result<Settings> settings = SettingsReader(fileNameForErrors).read(root);
    if (!settings)
        return settings;
    settings->m_document = std::make_shared<const SettingsDocument>(yaml, root, settings->rules);
    return settings;
}

Result<Settings> SettingsFile::load(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Settings();
    Result<QByteArray> content = readFile(path);
    if (!content)
        return content.error();
    return parse(*content, path);
}

Status SettingsFile::save(const QString &path, const Settings &settings, int lockWaitMs)
{
    auto located = [&path](Error e) {
        if (e.file.isEmpty())
            e.file = path;
        return e;
    };
    if (Status valid = settings.validate(); !valid)
        return located(valid.error());

    // The check below and the write are one step for every noorm process (the CLI and the
    // desktop app may both save): under a lock file in the project's private state folder.
    const QString lockPath = settingsLockPath(path);
    QDir().mkpath(QFileInfo(lockPath).absolutePath());
    QLockFile lock(lockPath);
    if (!lock.tryLock(lockWaitMs)) {
        Error e = Error::failed(tr("%1 is being saved by another noorm; try again when it is done").arg(path));
        e.kind = ErrorKind::LockHeld;
        e.file = path;
        return e;
    }
    // Never over a file that does not parse, nor over edits made since it was read.
    if (QFileInfo::exists(path)) {
        Result<QByteArray> current = readFile(path);
        if (!current)
            return current.error();
        if (Result<Settings> onDisk = parse(*current, path); !onDisk) {
            Error e = onDisk.error();
            e.message = tr("not rewriting a settings file with errors: %1").arg(e.message);
            return e;
        }
        if (!settings.m_document || settings.m_document->text() != *current) {
            Error e = Error::refused(tr("%1 changed since it was read; load it again and redo the change")
                                         .arg(path));
            e.file = path;
            return e;
        }
    }

    const SettingsDocument &base = settings.m_document ? *settings.m_document : initialDocument();
    Result<QByteArray> text = SettingsWriter::render(settings, base);
    if (!text)
        return located(text.error());

    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*text) != text->size() || !file.commit()) {
        Error e = Error::failed(tr("cannot write %1: %2").arg(path, file.errorString()));
        e.file = path;
        return e;
    }
    return {};
}

QString SettingsFile::settingsLockPath(const QString &path)
{
    return QFileInfo(path).absoluteDir().filePath(QStringLiteral("state/settings.yml.lock"));
}

QByteArray SettingsFile::initialContent() { return QByteArray(kInitialContent); }

QByteArray SettingsFile::toYaml(const Settings &settings)
{
    const SettingsDocument &base = settings.m_document ? *settings.m_document : initialDocument();
    Result<QByteArray> text = SettingsWriter::render(settings, base);
    return text ? *text : QByteArray("# ") + text.error().toString().toUtf8() + '\n';
}

QByteArray SettingsFile::effectiveYaml(const Settings &settings)
{
    Result<QByteArray> text = SettingsWriter::render(settings, defaultsDocument());
    return text ? *text : QByteArray("# ") + text.error().toString().toUtf8() + '\n';
}

namespace {

// yaml-cpp node → JSON. Plain scalars are typed as YAML 1.2's core schema types them;
// quoted scalars stay strings.
QJsonValue yamlToJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &item : node)
            object.insert(QString::fromStdString(item.first.as<std::string>()), yamlToJson(item.second));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const auto &item : node)
            array.append(yamlToJson(item));
        return array;
    }
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        if (node.Tag() == "!")
            return text;
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return text == QLatin1String("true");
        if (text == QLatin1String("null") || text == QLatin1String("~") || text.isEmpty())
            return QJsonValue(QJsonValue::Null);
        bool isNumber = false;
        const qlonglong n = text.toLongLong(&isNumber);
        return isNumber ? QJsonValue(n) : QJsonValue(text);
    }
    default:
        return QJsonValue(QJsonValue::Null);
    }
}

} // namespace

QJsonObject SettingsFile::toJson(const Settings &settings)
{
    try {
        return yamlToJson(YAML::Load(effectiveYaml(settings).toStdString())).toObject();
    } catch (const YAML::Exception &) {
        return {}; // toYaml output always parses (save checks it the same way)
    }
}

} // namespace noorm
