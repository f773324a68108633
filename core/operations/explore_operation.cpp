#include "operations/explore_operation.h"

#include "db/connection.h"
#include "workspace/workspace.h"

#include <QDir>

namespace noorm {

QString exploreKindName(ExploreKind kind)
{
    switch (kind) {
    case ExploreKind::Tables: return QStringLiteral("tables");
    case ExploreKind::Views: return QStringLiteral("views");
    case ExploreKind::Functions: return QStringLiteral("functions");
    case ExploreKind::Procedures: return QStringLiteral("procedures");
    case ExploreKind::Indexes: return QStringLiteral("indexes");
    case ExploreKind::ForeignKeys: return QStringLiteral("foreignKeys");
    case ExploreKind::Triggers: return QStringLiteral("triggers");
    case ExploreKind::Types: return QStringLiteral("types");
    case ExploreKind::Sequences: return QStringLiteral("sequences");
    }
    return QString();
}

QList<ExploreKind> allExploreKinds()
{
    return {ExploreKind::Tables, ExploreKind::Views, ExploreKind::Functions, ExploreKind::Procedures,
            ExploreKind::Indexes, ExploreKind::ForeignKeys, ExploreKind::Triggers, ExploreKind::Types,
            ExploreKind::Sequences};
}

std::optional<ExploreKind> exploreKindNamed(const QString &name)
{
    for (ExploreKind kind : allExploreKinds())
        if (exploreKindName(kind).compare(name, Qt::CaseInsensitive) == 0)
            return kind;
    if (name.compare(QLatin1String("foreign-keys"), Qt::CaseInsensitive) == 0)
        return ExploreKind::ForeignKeys;
    return std::nullopt;
}

int ExploreCatalog::count(ExploreKind kind) const
{
    int n = 0;
    switch (kind) {
    case ExploreKind::Tables:
    case ExploreKind::Views: {
        for (const TableInfo &t : tables)
            n += isView(t.kind) == (kind == ExploreKind::Views);
        return n;
    }
    case ExploreKind::Functions:
    case ExploreKind::Procedures: {
        const RoutineKind wanted = kind == ExploreKind::Functions ? RoutineKind::Function : RoutineKind::Procedure;
        for (const RoutineInfo &r : routines)
            n += r.kind == wanted;
        return n;
    }
    case ExploreKind::Indexes:
        for (const TableInfo &t : tables)
            n += int(t.indexes.size());
        return n;
    case ExploreKind::ForeignKeys:
        for (const TableInfo &t : tables)
            n += int(t.foreignKeys.size());
        return n;
    case ExploreKind::Triggers:
        return int(triggers.size());
    case ExploreKind::Types:
        return int(types.size());
    case ExploreKind::Sequences:
        return int(sequences.size());
    }
    return 0;
}

namespace {

// "schema.name" or just the name; an exact name first, else one that differs only in case.
struct NameQuery {
    QString schema;
    QString bare;

    explicit NameQuery(const QString &name)
    {
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        schema = dot > 0 ? name.left(dot) : QString();
        bare = dot > 0 ? name.mid(dot + 1) : name;
    }
    // 2 for the exact name, 1 for the name in another case, 0 for none.
    int match(const QString &objectSchema, const QString &name) const
    {
        if (!schema.isEmpty() && objectSchema != schema)
            return 0;
        return name == bare ? 2 : name.compare(bare, Qt::CaseInsensitive) == 0 ? 1 : 0;
    }
};

// The objects whose name matches best (every one with that score), in list order.
template <typename T, typename Wanted>
QList<const T *> bestMatches(const QList<T> &objects, const QString &name, Wanted wanted)
{
    const NameQuery query(name);
    QList<const T *> found;
    int best = 1;
    for (const T &object : objects) {
        const int score = wanted(object) ? query.match(object.schema, object.name) : 0;
        if (score > best) {
            found.clear();
            best = score;
        }
        if (score == best)
            found << &object;
    }
    return found;
}

} // namespace



QList<const RoutineInfo *> ExploreCatalog::findRoutines(const QString &name, RoutineKind kind) const
{
    return bestMatches(routines, name, [kind](const RoutineInfo &r) { return r.kind == kind; });
}

namespace {

template <typename T>
const T *bestMatch(const QList<T> &objects, const QString &name)
{
    const QList<const T *> found = bestMatches(objects, name, [](const T &) { return true; });
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

const TableInfo *ExploreCatalog::find(const QString &name) const { return bestMatch(tables, name); }
const TriggerInfo *ExploreCatalog::findTrigger(const QString &name) const { return bestMatch(triggers, name); }
const TypeInfo *ExploreCatalog::findType(const QString &name) const { return bestMatch(types, name); }
const SequenceInfo *ExploreCatalog::findSequence(const QString &name) const { return bestMatch(sequences, name); }

QList<IncomingForeignKey> ExploreCatalog::referencing(const TableInfo &table) const
{
    QList<IncomingForeignKey> in;
    for (const TableInfo &t : tables)
        for (const ForeignKeyInfo &key : t.foreignKeys)
            if (key.referencedTable == table.name && (key.referencedSchema.isEmpty() || key.referencedSchema == table.schema))
                in << IncomingForeignKey{t.schema, t.name, key};
    return in;
}

QList<RelationName> ExploreCatalog::readBy(const TableInfo &table) const
{
    QList<RelationName> readers;
    for (const TableInfo &t : tables)
        if (t.reads.contains(RelationName{table.schema, table.name}))
            readers << RelationName{t.schema, t.name};
    return readers;
}

ExploreOperation::ExploreOperation(Workspace &workspace, ResolveRequest config, NoormTables noorm)
    : m_workspace(workspace), m_request(std::move(config)), m_noorm(noorm)
{
}

ExploreOperation::~ExploreOperation() = default;

Result<Connection *> ExploreOperation::connection()
{
    if (m_connection)
        return m_connection.get();
    Result<Config> config = m_workspace.resolveConfig(m_request);
    if (!config)
        return config.error();
    const QString root = m_workspace.hasProject() ? m_workspace.root() : QDir::currentPath();
    // Looking creates nothing: opening a file database that is not there would make it.
    if (const std::optional<QString> missing = Connection::missingDatabaseFile(*config, root))
        return Error::notFound(tr("The database %1 of config \"%2\" does not exist yet: a build, a change or db create makes it")
                                   .arg(QDir::toNativeSeparators(*missing), config->name));
    Result<std::unique_ptr<Connection>> opened = Connection::open(*config, root);
    if (!opened)
        return opened.error();
    if (Status ok = (*opened)->execAll((*opened)->dialect().catalog().readingSessionSql()); !ok)
        return ok.error();
    m_config = *config;
    m_connection = std::move(opened).value();
    return m_connection.get();
}

Result<QString> ExploreOperation::definition(const DefinedObject &object)
{
    Result<Connection *> connection = this->connection();
    if (!connection)
        return connection.error();
    return CatalogReader(**connection, m_noorm).definition(object);
}

Result<QStringList> ExploreOperation::schemas()
{
    Result<Connection *> connection = this->connection();
    if (!connection)
        return connection.error();
    return CatalogReader(**connection, m_noorm).schemas();
}

Result<QString> ExploreOperation::fingerprint()
{
    Result<Connection *> connection = this->connection();
    if (!connection)
        return connection.error();
    return CatalogReader(**connection, m_noorm).fingerprint();
}

Result<ExploreCatalog> ExploreOperation::read(const CatalogScope &scope, Cancellation *cancellation)
{
    Result<Connection *> connection = this->connection();
    if (!connection)
        return connection.error();
    Result<DatabaseObjects> objects = [&]() -> Result<DatabaseObjects> {
        const Cancellation::Scope inFlight = (*connection)->inFlight(cancellation);
        if (cancellation && cancellation->isCancelled())
            return Error::cancelled(QStringLiteral("Cancelled before the catalog was read"));
        return CatalogReader(**connection, m_noorm).all(scope);
    }();
    if (cancellation && cancellation->isCancelled())
        return Error::cancelled(QStringLiteral("Cancelled while the catalog was read"));
    if (!objects)
        return objects.error();
    ExploreCatalog catalog;
    static_cast<DatabaseObjects &>(catalog) = std::move(objects).value();
    catalog.config = m_config;
    return catalog;
}

} // namespace noorm
