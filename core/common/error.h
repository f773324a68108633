#pragma once
// Errors are values in noorm: an Error carries a code (which maps to the CLI's exit
// code), a message for people, and where the fact was found (file, line, column, key).

#include <QString>

namespace noorm {

enum class ErrorCode {
    General = 1,        // config, connection, state or I/O error
    ExecutionFailed = 2, // a file or change failed
    LockHeld = 3,
    Refused = 4,        // protected config, locked stage, confirmation missing
    NotFound = 5,
    Usage = 64,
    Interrupted = 130,
};

struct Error {
    ErrorCode code = ErrorCode::General;
    QString message;
    QString file;       // where it happened, when known
    int line = 0;       // 1-based, 0 = unknown
    int column = 0;     // 1-based, 0 = unknown
    QString key;        // settings/config key, when relevant

    static Error general(const QString &message) { return {ErrorCode::General, message, {}, 0, 0, {}}; }
    static Error notFound(const QString &message) { return {ErrorCode::NotFound, message, {}, 0, 0, {}}; }
    static Error refused(const QString &message) { return {ErrorCode::Refused, message, {}, 0, 0, {}}; }
    static Error usage(const QString &message) { return {ErrorCode::Usage, message, {}, 0, 0, {}}; }
    static Error lockHeld(const QString &message) { return {ErrorCode::LockHeld, message, {}, 0, 0, {}}; }
    static Error interrupted(const QString &message) { return {ErrorCode::Interrupted, message, {}, 0, 0, {}}; }
    static Error at(const QString &file, int line, int column, const QString &message)
    {
        return {ErrorCode::General, message, file, line, column, {}};
    }

    int exitCode() const { return static_cast<int>(code); }

    // "file:line:column: message (key: k)" with the parts that are known.
    QString toString() const;
};

} // namespace noorm
