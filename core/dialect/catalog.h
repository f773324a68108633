#pragma once
// Catalog: the queries that read one dialect's system catalog (pg_catalog,
// information_schema, sqlite_master with pragma_*, sys.*) for the schema explorer. Each
// query returns the same columns in the same order on every dialect, documented below, so
// the reader (db/catalog_reader.h) turns rows into objects without knowing the dialect.
// Flags come back as 1/0, a missing value as NULL; rows are ordered as stated, so the rows
// of one index or foreign key are consecutive. An empty query means the dialect has no
// such objects (SQLite has no functions or procedures).

#include "dialect/sql_syntax.h"

#include <QString>
#include <QStringList>

namespace noorm {

// What a catalog query covers: one schema or every user schema (empty; MySQL: the
// connected database, SQLite: main), and one table or all of them (empty).
// An object whose definition (DDL) the catalog can give.
enum class DefinedKind { Table, View, MaterializedView, Function, Procedure, Trigger, Index, Type, Sequence };

struct DefinedObject {
    DefinedKind kind = DefinedKind::Table;
    QString schema;
    QString name;
    QString arguments; // Function, Procedure: the argument types (PostgreSQL overloads)
};

// The query that gives an object's DDL from the server, and which column of its one row
// holds it; empty `sql` where the server cannot give that kind (it is then reconstructed,
// or not given yet).
struct DefinitionQuery {
    QString sql;
    int column = 0;
};

struct CatalogScope {
    QString schema;
    QString table;
};

class Catalog : protected SqlWriter {
public:
    explicit Catalog(const SqlSyntax &syntax) : SqlWriter(syntax) {}
    virtual ~Catalog() = default;

    // schema_name; ordered by name. System schemas are left out.
    virtual QString schemasSql() const = 0;
    // schema_name, table_name, kind ('table' | 'view' | 'materialized view' | 'foreign table'), row_estimate
    // (the planner's count, NULL where the catalog keeps none or has not counted yet),
    // size_bytes (on disk with its indexes; NULL for a view, and on SQLite, which keeps no
    // size per table without reading the whole file), updatable (a view: 1 when UPDATE and
    // DELETE can go through it, else 0; NULL for a table, or where the catalog cannot tell);
    // ordered by schema, name.
    virtual QString relationsSql(const CatalogScope &scope) const = 0;
    // schema_name, table_name, column_name, data_type, nullable, default_sql, primary_key,
    // generated (1 for an identity, serial or auto-increment column, whose values the
    // database makes), comment (NULL without one), generation_expression (a computed column's
    // GENERATED ALWAYS AS expression, whose default_sql is then NULL; NULL otherwise, and
    // where the catalog does not give it); ordered by schema, table, the column's position.
    virtual QString columnsSql(const CatalogScope &scope) const = 0;
    // A column's generation_expression from what columnsSql() read for it: the expression
    // itself, but for SQLite, whose catalog keeps none and reads the table's DDL instead.
    virtual QString generationExpression(const QString &read, const QString &column) const { (void)column; return read; }
    // schema_name, table_name, index_name, column (name, or expression text; NULL when the
    // dialect cannot tell), unique, primary, descending (1 for a DESC key column), predicate
    // (a partial index's WHERE condition; NULL for the others, and where the catalog does not
    // give it); ordered by schema, table, index, position.
    virtual QString indexesSql(const CatalogScope &scope) const = 0;
    // schema_name, table_name, constraint_key (groups the rows of one key), constraint_name
    // (NULL where keys have no name: SQLite), column_name, referenced_schema,
    // referenced_table, referenced_column, on_update, on_delete (NO ACTION, RESTRICT,
    // CASCADE, SET NULL, SET DEFAULT); ordered by schema, table, key, position.
    virtual QString foreignKeysSql(const CatalogScope &scope) const = 0;
    // schema_name, table_name, constraint_name, kind ('unique' | 'check'), column_name (a
    // unique key's column; NULL for a check), check_sql (a check as "CHECK (<expression>)",
    // the expression as the catalog gives it; NULL for a unique key); ordered by schema,
    // table, constraint, the column's position in the key. SQLite's catalog has no checks
    // (they are in the table's DDL only); MySQL lists a unique index as a unique key.
    virtual QString constraintsSql(const CatalogScope &scope) const = 0;
    // schema_name, routine_name, kind ('function' | 'procedure'), arguments (the argument
    // types that tell overloads apart, e.g. "integer, text"; NULL where routines cannot be
    // overloaded), return_type (NULL for a procedure), language (plpgsql, sql, SQL);
    // ordered by schema, name, arguments.
    virtual QString routinesSql(const CatalogScope &scope) const = 0;
    // schema_name, routine_name, kind, arguments (the four as routinesSql gives them: MySQL's
    // function and procedure may share a name), parameter_name
    // (empty for an unnamed one), data_type, mode ('IN' | 'OUT' | 'INOUT' | 'VARIADIC' |
    // 'TABLE'); a function's return value is no parameter; ordered by schema, name,
    // arguments, position. Empty where the dialect has no routines.
    virtual QString parametersSql(const CatalogScope &scope) const { (void)scope; return {}; }
    // schema_name, type_name, kind ('enum' | 'domain' | 'composite' | 'range' | 'alias' |
    // 'table type'), elements (a JSON array of text: an enum's labels in order, a composite
    // type's attributes as "name type"; NULL otherwise), base_type (a domain's or alias's
    // base type, a range's subtype; NULL otherwise): user-defined types, not a table's row
    // type nor an extension's; ordered by schema, name. Empty where the dialect has none
    // (MySQL, SQLite).
    virtual QString typesSql(const CatalogScope &scope) const { (void)scope; return {}; }
    // schema_name, sequence_name: sequences that stand alone (one a column owns goes with
    // its table); ordered by schema, name. Empty where the dialect has none.
    virtual QString sequencesSql(const CatalogScope &scope) const { (void)scope; return {}; }
    // schema_name, view_name, referenced_schema, referenced_name: the tables and views each
    // view (materialized or not) reads, as the catalog records them (pg_depend,
    // sys.sql_expression_dependencies) or, where it records none, as the view's stored
    // definition names them (MySQL's, fully qualified; SQLite's, as written: a name that is
    // only in a string or a comment counts too); one row per pair, ordered by all four.
    // Teardown drops a view before the views it reads.
    virtual QString viewReadsSql(const CatalogScope &scope) const = 0;
    // schema_name, table_name, partition_name, bound, parent_partition: the partitions of
    // each partitioned table, every level (parent_partition is NULL for the table's own),
    // each after the partition it is in; ordered by schema, table, then so. Empty where the
    // dialect has none (SQLite) or noorm reads none (SQL Server's partition schemes).
    virtual QString partitionsSql(const CatalogScope &scope) const { (void)scope; return {}; }
    // schema_name: the user schemas other than the default one and noorm's own in which
    // nothing is left once teardown has dropped what the catalog lists (tables, views,
    // sequences, functions, procedures, types), so teardown drops them too and a build
    // afterwards can create them again; ordered by name. A schema with anything else in it
    // (an aggregate, an operator, an extension's objects) is not one, nor one the user may
    // not drop (another role's). Empty where noorm
    // drops no schema (MySQL's are databases, SQLite's attached files; SQL Server).
    virtual QString schemasTeardownEmptiesSql() const { return {}; }
    // kind, schema_name, name, arguments: what else teardown drops, objects the explorer's
    // model does not list; kind is one of 'aggregate', 'operator' (arguments: "left, right",
    // NONE for a prefix operator's left), 'operator family' (arguments: its index method),
    // 'collation', 'text search configuration', 'text
    // search dictionary' (PostgreSQL), 'event' (MySQL); none an extension owns; ordered by
    // all four. Empty where the dialect has none of them.
    virtual QString teardownExtrasSql() const { return {}; }
    // Statements run once on a connection that reads the catalog (the explorer's own), to
    // read it faster; they change nothing but that session.
    virtual QStringList readingSessionSql() const { return {}; }
    // One row, one text column that changes whenever the schema does (a table, column,
    // index, key, routine, trigger or type made, changed or dropped): the explorer's cheap
    // "anything new?" before it reloads. Equal texts mean nothing the catalog lists changed.
    // `schema`: MySQL's database to watch (empty: the connected one); the others watch the
    // whole database.
    virtual QString fingerprintSql(const QString &schema) const = 0;
    // The server's own DDL for `object` (pg_get_viewdef, pg_get_functiondef, SHOW CREATE,
    // sqlite_schema.sql, OBJECT_DEFINITION).
    virtual DefinitionQuery definitionSql(const DefinedObject &object) const { (void)object; return {}; }
    // schema_name, trigger_name, table_name, timing ('BEFORE' | 'AFTER' | 'INSTEAD OF'),
    // events (a comma-separated list of INSERT, UPDATE, DELETE, TRUNCATE); ordered by
    // schema, name.
    virtual QString triggersSql(const CatalogScope &scope) const = 0;

protected:
    // " AND <column> = '<value>'", or nothing for an empty value: narrows a query to the
    // scope's table.
    QString andEquals(const QString &column, const QString &value) const;
    // " AND <condition>", or nothing for an empty condition.
    static QString andAlso(const QString &condition);

};

} // namespace noorm
