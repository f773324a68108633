#pragma once
// The project's settings (.noorm/settings.yml) as typed values: build filter, paths,
// rules, stages, strict mode, logging, universal secrets and teardown, with the same
// keys, defaults and meaning as the original noorm's Settings (src/core/settings/).
// Reading and writing the file is SettingsFile's job; this header is only the data
// and the small edits the CLI and the GUI make to it (each keeps the file valid).

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace noorm {

class SettingsDocument;

// A secret a config must have before it is usable. type is a hint for input:
// string | password | api_key | connection_string.
struct StageSecret {
    QString key;
    QString type = QStringLiteral("string");
    QString description;
    bool required = true;

    bool operator==(const StageSecret &) const = default;
};

// Values a config created from a stage starts with. isProtected/isTest true are
// constraints a config cannot relax; the dialect cannot change after creation.
// Keys in the file: dialect, host, port, database, user, password, ssl, isTest, protected.
struct StageDefaults {
    std::optional<QString> dialect, host, database, user, password;
    std::optional<int> port;
    std::optional<bool> ssl, isTest, isProtected;

    bool isEmpty() const;
    bool operator==(const StageDefaults &) const = default;
};

// A team-defined config template; a config named like a stage belongs to it.
struct Stage {
    QString name;
    QString description;
    bool locked = false;    // configs of a locked stage cannot be deleted
    StageDefaults defaults;
    QList<StageSecret> secrets;

    const StageSecret *secret(const QString &key) const;
    bool operator==(const Stage &) const = default;
};

// Conditions of a rule; the ones given are AND-ed. Key `protected` in the file.
struct RuleMatch {
    std::optional<QString> name;
    std::optional<bool> isProtected;
    std::optional<bool> isTest;
    std::optional<QString> type;   // local | remote

    bool isEmpty() const { return !name && !isProtected && !isTest && !type; }
    bool operator==(const RuleMatch &) const = default;
};

struct Rule {
    QString description;
    RuleMatch match;
    QStringList include, exclude;   // folders under the SQL path

    bool operator==(const Rule &) const = default;
};

struct LoggingSettings {
    bool enabled = true;
    QString level = QStringLiteral("info");   // silent | error | warn | info | verbose
    QString file = QStringLiteral(".noorm/state/noorm.log");
    QString maxSize = QStringLiteral("10mb"); // <digits>[ ](b|kb|mb|gb), 1024-based
    int maxFiles = 5;

    // maxSize in bytes ("10mb" = 10485760); -1 when maxSize is not a valid size.
    qint64 maxSizeBytes() const;
    bool operator==(const LoggingSettings &) const = default;
};

struct Settings {
    // Version of the settings file format (the original's CURRENT_VERSIONS.settings).
    static constexpr int kSchemaVersion = 1;

    // The `schemaVersion` the file declared; 0 when it had none (written before
    // versioning). Loading refuses a newer version; saving always writes kSchemaVersion,
    // which is the whole of migration v1.
    int fileSchemaVersion = 0;

    QStringList buildInclude, buildExclude;
    QString sqlPath = QStringLiteral("./sql");
    QString changesPath = QStringLiteral("./changes");
    QList<Rule> rules;
    QList<Stage> stages;   // in file order
    bool strictEnabled = false;
    QStringList strictStages;
    LoggingSettings logging;
    QList<StageSecret> secrets;   // universal: required by every config
    QStringList teardownPreserveTables;
    QString teardownPostScript;

    // Keys noorm does not know, as dotted paths ("stages.dev.color"). They are
    // accepted and written back unchanged on save.
    QStringList unknownKeys;
    // Each of them as a warning for the user, with the file, line and column: a misspelt
    // key (`protcted: true`) is otherwise silently no setting at all.
    QStringList unknownKeyWarnings;

    const Stage *stage(const QString &name) const;
    bool needsMigration() const { return fileSchemaVersion < kSchemaVersion; }

    // Universal secrets then the stage's, the stage's winning on the same key, only
    // the required ones (the original's getRequiredSecrets).
    QList<StageSecret> requiredSecrets(const QString &stageName) const;

    // Edits. Each checks its input against the schema and names the offending key.
    Status addStage(const Stage &stage);           // refuses an existing name
    Status setStage(const Stage &stage);           // adds, or replaces in place
    Status removeStage(const QString &name);       // NotFound when absent
    Status addRule(const Rule &rule);
    Status removeRule(int index);                  // 0-based
    Status addSecret(const StageSecret &secret);   // root (universal) secrets
    Status updateSecret(const QString &key, const StageSecret &secret);
    Status removeSecret(const QString &key);
    Status addStageSecret(const QString &stageName, const StageSecret &secret);
    Status updateStageSecret(const QString &stageName, const QString &key, const StageSecret &secret);
    Status removeStageSecret(const QString &stageName, const QString &key);
    // Replaces the lists given; one left out (nullopt) stays as it is.
    void setBuild(const std::optional<QStringList> &include, const std::optional<QStringList> &exclude);

    // Checks every value against the original's schema (what a load would refuse).
    Status validate() const;

private:
    Status editStageSecret(const QString &stageName, const QString &key,
                           const std::function<void(QList<StageSecret> &, qsizetype)> &edit);

    friend class SettingsFile;
    friend class SettingsWriter;
    // The file this came from (text and YAML tree), so saving keeps what noorm does
    // not model: unknown keys and comments. Null for settings never read from a file.
    std::shared_ptr<const SettingsDocument> m_document;
};

} // namespace noorm
