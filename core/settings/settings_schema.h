#pragma once
// SettingsSchema: what settings.yml may contain, in one place: the enums, ranges and
// patterns of the original's zod schema (src/core/settings/schema.ts). The file reader
// checks YAML nodes against these; Settings::validate checks typed values edited in
// code, so a save never writes what a load would refuse.

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace noorm {

struct Rule;
struct Stage;
struct StageSecret;
struct LoggingSettings;

class SettingsSchema {
public:
    static const QStringList &dialects();        // the names in kDialects
    static const QStringList &secretTypes();     // string password api_key connection_string
    static const QStringList &logLevels();       // silent error warn info verbose
    static const QStringList &connectionTypes(); // local remote
    static const QStringList &matchKeys();       // name protected isTest type

    static constexpr int kMinPort = 1;
    static constexpr int kMaxPort = 65535;
    static constexpr int kMinLogFiles = 1;

    // The original's FileSizeSchema: /^\d+\s*(b|kb|mb|gb)$/i. Bytes, or -1 if invalid.
    static qint64 sizeInBytes(const QString &size);

    // "expected one of a, b, c"
    static QString oneOf(const QStringList &values);

    // Typed checks; `key` is the dotted path of the value checked, used in messages.
    static Status checkStage(const Stage &stage, const QString &key);
    static Status checkSecret(const StageSecret &secret, const QString &key);
    static Status checkRule(const Rule &rule, const QString &key);
    static Status checkLogging(const LoggingSettings &logging, const QString &key);

    // An Error for a value at `key` (message "<key>: <what>").
    static Error invalid(const QString &key, const QString &what);
};

} // namespace noorm
