#pragma once
// The dialects noorm knows, listed once: a typed id, the name a config's
// `connection.dialect` holds, and the name shown to people. Whatever checks or lists
// dialect names (config validation, NOORM_CONNECTION_DIALECT, settings stages, the CLI's
// --dialect choices, error messages) reads this list; the rest of the code asks a Dialect
// (dialect.h) what it needs to know instead of comparing names. Header-only and Qt Core
// only, so config and settings, which sit below the dialect module, can use it too.

#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>

namespace noorm {

enum class DialectId { Postgres, MySql, Sqlite, MsSql };

struct DialectInfo {
    DialectId id;
    QLatin1String name;        // the config value; matched exactly, like the original
    QLatin1String displayName; // PostgreSQL, MySQL, SQLite, SQL Server
};

// In DialectId order (dialectInfo() indexes by it).
inline constexpr std::array<DialectInfo, 4> kDialects{{
    {DialectId::Postgres, QLatin1String("postgres"), QLatin1String("PostgreSQL")},
    {DialectId::MySql, QLatin1String("mysql"), QLatin1String("MySQL")},
    {DialectId::Sqlite, QLatin1String("sqlite"), QLatin1String("SQLite")},
    {DialectId::MsSql, QLatin1String("mssql"), QLatin1String("SQL Server")},
}};

inline const DialectInfo &dialectInfo(DialectId id) { return kDialects[std::size_t(id)]; }

// The entry for a config's dialect name, or nullptr when noorm knows no such dialect.
inline const DialectInfo *findDialect(const QString &name)
{
    for (const DialectInfo &info : kDialects) {
        if (name == info.name)
            return &info;
    }
    return nullptr;
}

inline QStringList dialectNames()
{
    QStringList names;
    for (const DialectInfo &info : kDialects)
        names << QString(info.name);
    return names;
}

// "postgres, mysql, sqlite, mssql": the valid names for "must be one of ..." messages.
inline QString dialectNamesText() { return dialectNames().join(QStringLiteral(", ")); }

} // namespace noorm
