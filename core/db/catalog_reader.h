#pragma once
// CatalogReader: what the user's database holds — schemas, tables and views with their
// columns, indexes and foreign keys, functions and procedures, triggers — read through
// the dialect's catalog queries (dialect/catalog.h) on an open Connection and returned as
// plain values. The schema explorer, the desktop tree and editor completion build on it.
// noorm's own tracking tables (`__noorm_*`) and the tracking schema are left out unless
// asked for, as the explorer hides them by default.

#include "common/result.h"
#include "dialect/catalog.h"
#include "dialect/teardown_sql.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace noorm {

class Connection;

struct ColumnInfo {
    QString name;
    QString dataType;        // as the catalog spells it: integer, character varying(100), INTEGER, int(11)
    bool nullable = true;
    QString defaultValue;    // the default's SQL text; null when there is none
    bool primaryKey = false;
    int position = 0;        // 1-based, in table order
    bool generated = false;  // identity, serial or auto-increment: the database makes its values
    QString comment;         // empty without one
    QString generatedAs;     // a computed column's GENERATED ALWAYS AS expression; null otherwise
};

struct IndexInfo {
    QString name;
    QStringList columns;     // in key order; an expression's text where the dialect gives it
    bool unique = false;
    bool primary = false;
    QList<bool> descending;  // per column: a DESC key
    QString predicate;       // a partial index's WHERE condition; null for the others

    // The key as the index's DDL says it: "qty DESC, code WHERE qty > 1".
    QString keyText() const;
};

struct ForeignKeyInfo {
    QString name;            // empty where keys have no name (SQLite)
    QStringList columns;
    QString referencedSchema;
    QString referencedTable;
    QStringList referencedColumns;
    QString onUpdate;        // NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT
    QString onDelete;
};

enum class ConstraintKind { Unique, Check };

struct ConstraintInfo {
    QString name;
    ConstraintKind kind = ConstraintKind::Unique;
    QStringList columns;     // a unique key's, in key order; empty for a check
    QString checkSql;        // a check's "CHECK (<expression>)"; empty for a unique key
};

// A table or view by its schema and name.
struct RelationName {
    QString schema;
    QString name;
    friend bool operator==(const RelationName &, const RelationName &) = default;
};

enum class TableKind { Table, View, MaterializedView };

// One partition of a partitioned table (PostgreSQL's PARTITION OF tables, MySQL's PARTITIONs).
struct PartitionInfo {
    QString name;
    QString bound;  // "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')", "DEFAULT", "VALUES LESS THAN (10)"; empty for hash
    QString parent; // the partition it is a partition of, when it is one level down or more; empty for the table's own
};
inline bool isView(TableKind kind) { return kind != TableKind::Table; } // a view, materialized or not

struct TableInfo {
    QString schema;          // main on SQLite, the database on MySQL
    QString name;
    TableKind kind = TableKind::Table;
    QList<ColumnInfo> columns;
    QList<IndexInfo> indexes;
    QList<ForeignKeyInfo> foreignKeys;
    QList<ConstraintInfo> constraints; // unique and check constraints (a primary key is an index)
    std::optional<qint64> rowEstimate; // the planner's count, where the catalog keeps one
    std::optional<qint64> sizeBytes;   // on disk with its indexes, where the catalog tells
    std::optional<bool> updatable;     // a view that UPDATE and DELETE go through, where the catalog tells
    QList<RelationName> reads;         // a view's: the tables and views it reads (Catalog::viewReadsSql)
    QList<PartitionInfo> partitions;   // a partitioned table's, every level, each after the one it is in
    bool foreign = false;              // a foreign table (PostgreSQL's, through a foreign data wrapper): its rows are another server's
};

enum class RoutineKind { Function, Procedure };

struct ParameterInfo {
    QString name;      // empty for an unnamed one
    QString dataType;
    QString mode;      // IN, OUT, INOUT, VARIADIC, TABLE
};

struct RoutineInfo {
    QString schema;
    QString name;
    RoutineKind kind = RoutineKind::Function;
    QString arguments; // the argument types that tell overloads apart (PostgreSQL); empty elsewhere
    QString returnType; // empty for a procedure
    QString language;
    QList<ParameterInfo> parameters; // in order
};

struct TypeInfo {
    QString schema;
    QString name;
    QString kind; // enum, domain, composite, range (PostgreSQL); alias, table type (SQL Server)
    QStringList elements; // an enum's labels in order; a composite type's attributes, "name type"
    QString baseType;     // a domain's or alias's base type, a range's subtype
};

struct SequenceInfo {
    QString schema;
    QString name;
};

struct TriggerInfo {
    QString schema;
    QString name;
    QString table;
    QString timing;    // BEFORE, AFTER, INSTEAD OF
    QStringList events; // INSERT, UPDATE, DELETE, TRUNCATE
};

// Everything the catalog lists, one query per kind.
struct DatabaseObjects {
    QList<TableInfo> tables; // tables and views, with columns, indexes and foreign keys
    QList<RoutineInfo> routines;
    QList<TriggerInfo> triggers;
    QList<TypeInfo> types;
    QList<SequenceInfo> sequences;
};

// Whether noorm's tracking tables (and its tracking schema) are listed.
enum class NoormTables { Hidden, Shown };

class CatalogReader {
public:
    explicit CatalogReader(Connection &connection, NoormTables noorm = NoormTables::Hidden);

    // The user schemas, by name (MySQL: the connected database; SQLite: main and attached).
    Result<QStringList> schemas();
    // Tables and views in `scope`, ordered by schema and name, each with its columns,
    // indexes, foreign keys and constraints.
    Result<QList<TableInfo>> tables(const CatalogScope &scope = {});
    Result<QList<RoutineInfo>> routines(const CatalogScope &scope = {});
    Result<QList<TriggerInfo>> triggers(const CatalogScope &scope = {});
    Result<QList<TypeInfo>> types(const CatalogScope &scope = {});
    Result<QList<SequenceInfo>> sequences(const CatalogScope &scope = {});
    Result<DatabaseObjects> all(const CatalogScope &scope = {});
    // The object's DDL as the server gives it (NotFound for an object that is not there;
    // Unsupported where the server cannot give that kind, e.g. a PostgreSQL table).
    Result<QString> definition(const DefinedObject &object);
    // Text that changes whenever the schema does (Catalog::fingerprintSql): compare it with
    // the last one to know whether a reload would show anything new.
    Result<QString> fingerprint(const CatalogScope &scope = {});
    // The schemas that hold nothing once teardown has dropped what it lists
    // (Catalog::schemasTeardownEmptiesSql); empty where the dialect drops none.
    Result<QStringList> schemasTeardownEmpties();
    // What else teardown drops (Catalog::teardownExtrasSql): aggregates, operators,
    // collations, text search configurations and dictionaries, events; in catalog order.
    Result<QList<DropTarget>> teardownExtras();

private:
    // True for a tracking table while they are hidden (in any schema: the original kept
    // them in public / dbo).
    bool hidden(const QString &table) const;

    Connection &m_connection;
    NoormTables m_noorm;
};

} // namespace noorm
