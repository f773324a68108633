#pragma once
// ExploreOperation: `db explore` as one core operation, for the CLI, the desktop explorer
// and the SDK. read() resolves the config, connects (read-only use: no tracking tables are
// made) and reads the catalog once per object kind (db/catalog_reader.h): tables and views
// with their columns, indexes and foreign keys, routines, triggers, types and sequences. Foreign keys are
// given both ways: each table's own, and those of other tables that point at it.

#include "common/cancellation.h"
#include "db/catalog_reader.h"
#include "workspace/config_resolver.h"

#include <memory>

namespace noorm {

class Workspace;
class Connection;

enum class ExploreKind { Tables, Views, Functions, Procedures, Indexes, ForeignKeys, Triggers, Types, Sequences };

// The category names of the original's explore (`tables`, `foreignKeys`, …).
QString exploreKindName(ExploreKind kind);
std::optional<ExploreKind> exploreKindNamed(const QString &name);
QList<ExploreKind> allExploreKinds();

// A foreign key with the table it belongs to: one of another table that points here.
struct IncomingForeignKey {
    QString schema;
    QString table;
    ForeignKeyInfo key;
};

struct ExploreCatalog : DatabaseObjects {
    Config config;

    int count(ExploreKind kind) const;
    // The table or view named `name` ("schema.name" or just the name), if there is one.
    const TableInfo *find(const QString &name) const;
    // The functions (or procedures) named `name`: every overload, in the catalog's order.
    QList<const RoutineInfo *> findRoutines(const QString &name, RoutineKind kind) const;
    const TriggerInfo *findTrigger(const QString &name) const;
    const TypeInfo *findType(const QString &name) const;
    const SequenceInfo *findSequence(const QString &name) const;
    // The foreign keys of other tables that reference `table`.
    QList<IncomingForeignKey> referencing(const TableInfo &table) const;
    // The views that read `table` (a table or a view), in catalog order.
    QList<RelationName> readBy(const TableInfo &table) const;
};

class ExploreOperation {
public:
    // `workspace` must outlive the operation and be used only from the thread read() runs on.
    ExploreOperation(Workspace &workspace, ResolveRequest config, NoormTables noorm = NoormTables::Hidden);
    ~ExploreOperation();

    // Every object, or those of one schema (`scope.schema`: the explorer reads a schema when
    // it is opened).
    // `cancellation` (optional) interrupts the catalog query in flight and stops the rest.
    Result<ExploreCatalog> read(const CatalogScope &scope = {}, Cancellation *cancellation = nullptr);
    // The user schemas, by name (noorm's own left out unless asked for).
    Result<QStringList> schemas();
    // Text that changes whenever the schema does: equal to the last one, nothing to reload.
    Result<QString> fingerprint();
    // The object's DDL as the server gives it (see CatalogReader::definition), on the
    // connection read() opened.
    Result<QString> definition(const DefinedObject &object);

private:
    // The config's connection, opened on first use and kept for the next call.
    Result<Connection *> connection();

    Workspace &m_workspace;
    ResolveRequest m_request;
    NoormTables m_noorm;
    Config m_config;
    std::unique_ptr<Connection> m_connection;
};

} // namespace noorm
