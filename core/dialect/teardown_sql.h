#pragma once
// TeardownSql: the SQL that empties a database's tables (`db truncate`): every row gone,
// identity and auto-increment counters back at their start, foreign keys among the emptied
// tables no obstacle. The operation (operations/teardown_operation.h) picks the tables and
// refuses what would leave a kept table's rows pointing at nothing; this part only writes
// each dialect's statements.

#include "dialect/sql_syntax.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace noorm {

struct TableName {
    QString schema; // empty where the dialect has none to give (SQLite main)
    QString name;
};

// What `db teardown` drops, in the order it drops them.
enum class DropKind {
    ForeignKey, View, MaterializedView, Table, ForeignTable, Event, Aggregate, OperatorFamily, Operator, Function, Procedure, Sequence,
    TextSearchConfiguration, TextSearchDictionary, Collation, Type, Domain, Schema
};

struct DropTarget {
    DropKind kind = DropKind::Table;
    TableName object;  // the object (a foreign key: its name, in its table's schema)
    QString table;     // ForeignKey: the table it belongs to
    QString arguments; // Function, Procedure, Aggregate: the argument types (PostgreSQL overloads);
                       // Operator: "left, right"; OperatorFamily: its index method
};

class TeardownSql : protected SqlWriter {
public:
    explicit TeardownSql(const SqlSyntax &syntax) : SqlWriter(syntax) {}
    virtual ~TeardownSql() = default;

    // The table that holds the identity counters, where the dialect keeps them in one
    // (SQLite: sqlite_sequence, which exists only once a table used AUTOINCREMENT).
    virtual QString counterTable() const { return QString(); }
    // The statements that empty `tables` and restart their counters, run in order outside
    // a transaction. `counterTableExists`: counterTable() is there.
    virtual QStringList truncateSql(const QList<TableName> &tables, bool counterTableExists) const = 0;

    // Around a teardown, outside its transaction: foreign keys not enforced, then again.
    virtual QStringList foreignKeysOffSql() const { return {}; }
    virtual QStringList foreignKeysOnSql() const { return {}; }
    // The statement that drops `target`; empty when nothing needs to run (SQLite's foreign
    // keys go with their table). Dependent objects of kept tables are never dropped along:
    // on PostgreSQL only views and tables cascade (to views and foreign keys), so a kept
    // table that uses a type, a sequence or a function makes the teardown fail instead.
    virtual QString dropSql(const DropTarget &target) const = 0;

protected:
    QString qualified(const TableName &table) const;
    QString quotedList(const QList<TableName> &tables) const;
};

} // namespace noorm
