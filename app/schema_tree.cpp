#include "schema_tree.h"
#include "theme.h"

#include "project_session.h"

#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace noorm {

namespace {

constexpr int kObjectRole = Qt::UserRole + 1;
constexpr int kPendingRole = Qt::UserRole + 2; // a schema whose objects are not read yet

QString kindTitle(ExploreKind kind)
{
    switch (kind) {
    case ExploreKind::Tables: return SchemaTree::tr("Tables");
    case ExploreKind::Views: return SchemaTree::tr("Views");
    case ExploreKind::Functions: return SchemaTree::tr("Functions");
    case ExploreKind::Procedures: return SchemaTree::tr("Procedures");
    case ExploreKind::Sequences: return SchemaTree::tr("Sequences");
    case ExploreKind::Types: return SchemaTree::tr("Types");
    case ExploreKind::Triggers: return SchemaTree::tr("Triggers");
    case ExploreKind::Indexes: return SchemaTree::tr("Indexes");
    case ExploreKind::ForeignKeys: return SchemaTree::tr("Foreign keys");
    }
    return {};
}

QIcon kindIcon(ExploreKind kind)
{
    switch (kind) {
    case ExploreKind::Tables: return withSelectedLook(QIcon(QStringLiteral(":/icons/table.svg")));
    case ExploreKind::Views: return withSelectedLook(QIcon(QStringLiteral(":/icons/view.svg")));
    case ExploreKind::Functions: case ExploreKind::Procedures: return withSelectedLook(QIcon(QStringLiteral(":/icons/routine.svg")));
    default: return withSelectedLook(QIcon(QStringLiteral(":/icons/other.svg")));
    }
}

// Matches an object row by its name; group rows (schemas, kinds) show when a child matches.
class ObjectFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!index.data(kObjectRole).isValid())
            return filterRegularExpression().pattern().isEmpty();
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

} // namespace

SchemaTree::SchemaTree(const ProjectSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_filter(new QLineEdit(this)), m_view(new QTreeView(this)), m_state(new QLabel(this)),
      m_model(new QStandardItemModel(this)), m_proxy(new ObjectFilter(this))
{
    m_filter->setPlaceholderText(tr("Filter objects"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addWidget(m_state);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        QStandardItem *item = m_model->itemFromIndex(m_proxy->mapToSource(index));
        if (item && item->data(kPendingRole).toBool()) {
            item->setData(false, kPendingRole);
            loadSchema(item->text());
        }
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QVariant object = index.data(kObjectRole);
        if (object.isValid())
            emit objectActivated(object.value<ExplorerObject>());
    });
}

struct SchemaTree::Overview {
    QStringList schemas;
    QString fingerprint;
    std::shared_ptr<ExploreCatalog> catalog; // whole when there is one schema, else empty
};

void SchemaTree::load(const QString &configName)
{
    m_config = configName;
    const quint64 generation = m_generations.take();
    m_model->clear();
    m_catalog.reset();
    m_state->setText(tr("Reading the catalog…"));
    m_state->show();
    ++m_reading;
    emit busy(true);
    Job<Overview> job = m_session.start<Overview>([configName, noorm = m_noorm](Workspace &ws, Cancellation &cancellation) -> Result<Overview> {
                 ExploreOperation explore(ws, ResolveRequest{configName}, noorm);
                 Result<QStringList> schemas = explore.schemas();
                 if (!schemas)
                     return schemas.error();
                 Result<QString> fingerprint = explore.fingerprint();
                 Overview overview{*schemas, fingerprint ? *fingerprint : QString(), nullptr};
                 if (schemas->size() > 1) { // each schema's objects come when it is opened
                     overview.catalog = std::make_shared<ExploreCatalog>();
                     return overview;
                 }
                 Result<ExploreCatalog> catalog = explore.read({}, &cancellation);
                 if (!catalog)
                     return catalog.error();
                 overview.catalog = std::make_shared<ExploreCatalog>(std::move(catalog).value());
                 return overview;
             });
    m_cancellation = job.cancellation();
    whenDone(job, this, [this, generation](const Result<Overview> &result) {
                 --m_reading;
                 emit busy(false);
                 if (!m_generations.isLatest(generation))
                     return;
                 if (!result) {
                     m_state->setText(result.error().message);
                     emit failed(result.error().toString());
                     return;
                 }
                 show(*result);
             });
}

void SchemaTree::cancel()
{
    if (m_cancellation && m_reading > 0)
        m_cancellation->cancel();
}

void SchemaTree::refresh()
{
    if (m_config.isEmpty())
        return;
    if (m_fingerprint.isEmpty())
        return reload();
    const quint64 generation = m_generations.last();
    whenDone(m_session.start<QString>([config = m_config, noorm = m_noorm](Workspace &ws, Cancellation &) {
                 return ExploreOperation(ws, ResolveRequest{config}, noorm).fingerprint();
             }),
             this, [this, generation](const Result<QString> &fingerprint) {
                 if (!m_generations.isLatest(generation))
                     return;
                 if (fingerprint && *fingerprint == m_fingerprint)
                     return emit unchanged();
                 reload();
             });
}

void SchemaTree::show(const Overview &overview)
{
    ++m_loads;
    m_catalog = overview.catalog;
    m_fingerprint = overview.fingerprint;
    m_state->hide();
    m_model->clear();
    const QIcon schemaIcon(QStringLiteral(":/icons/schema.svg"));
    if (overview.schemas.size() <= 1) {
        QSet<QString> seen;
        for (const TableInfo &t : std::as_const(m_catalog->tables))
            seen.insert(t.schema);
        for (const RoutineInfo &r : std::as_const(m_catalog->routines))
            seen.insert(r.schema);
        QStringList names = overview.schemas;
        for (const QString &s : std::as_const(seen))
            if (!names.contains(s))
                names << s;
        for (const QString &name : std::as_const(names)) {
            auto *schema = new QStandardItem(schemaIcon, name);
            m_model->appendRow(schema);
            fillSchema(schema, *m_catalog);
        }
    } else {
        for (const QString &name : overview.schemas) {
            auto *schema = new QStandardItem(schemaIcon, name);
            auto *pending = new QStandardItem(tr("Loading…"));
            pending->setEnabled(false);
            schema->setData(true, kPendingRole);
            schema->appendRow(pending);
            m_model->appendRow(schema);
        }
    }
    if (m_model->rowCount() == 1)
        m_view->expand(m_proxy->index(0, 0));
    if (m_model->rowCount() > 0 && !m_model->item(0)->data(kPendingRole).toBool())
        m_view->expand(m_proxy->index(0, 0, m_proxy->index(0, 0))); // its tables
    if (overview.schemas.size() <= 1 && m_catalog->tables.isEmpty() && m_catalog->routines.isEmpty()) {
        m_state->setText(tr("The database has no objects yet."));
        m_state->show();
    }
    emit loaded(int(m_catalog->tables.size()));
}

void SchemaTree::loadSchema(const QString &schema)
{
    const quint64 generation = m_generations.last();
    ++m_reading;
    emit busy(true);
    Job<std::shared_ptr<ExploreCatalog>> job = m_session.start<std::shared_ptr<ExploreCatalog>>(
        [config = m_config, schema, noorm = m_noorm](Workspace &ws, Cancellation &cancellation) -> Result<std::shared_ptr<ExploreCatalog>> {
            Result<ExploreCatalog> part = ExploreOperation(ws, ResolveRequest{config}, noorm).read(CatalogScope{schema, {}}, &cancellation);
            if (!part)
                return part.error();
            return std::make_shared<ExploreCatalog>(std::move(part).value());
        });
    m_cancellation = job.cancellation();
    whenDone(job, this, [this, generation, schema](const Result<std::shared_ptr<ExploreCatalog>> &part) {
                 --m_reading;
                 emit busy(false);
                 if (!m_generations.isLatest(generation) || !m_catalog)
                     return;
                 QStandardItem *item = nullptr;
                 for (int i = 0; i < m_model->rowCount(); ++i)
                     if (m_model->item(i)->text() == schema)
                         item = m_model->item(i);
                 if (!item)
                     return;
                 item->removeRows(0, item->rowCount());
                 item->setData(false, kPendingRole);
                 if (!part) {
                     auto *error = new QStandardItem(part.error().message);
                     error->setEnabled(false);
                     item->appendRow(error);
                     return emit failed(part.error().toString());
                 }
                 // Another copy, so that views holding the old catalog keep theirs whole.
                 auto merged = std::make_shared<ExploreCatalog>(*m_catalog);
                 merged->tables << (*part)->tables;
                 merged->routines << (*part)->routines;
                 merged->triggers << (*part)->triggers;
                 merged->types << (*part)->types;
                 merged->sequences << (*part)->sequences;
                 m_catalog = merged;
                 fillSchema(item, **part);
                 emit loaded(int(m_catalog->tables.size()));
             });
}

void SchemaTree::fillSchema(QStandardItem *schemaItem, const ExploreCatalog &part)
{
    const QString schema = schemaItem->text();
    QMap<ExploreKind, QList<ExplorerObject>> byKind;
    for (const TableInfo &t : part.tables)
        if (t.schema == schema) {
            const ExploreKind kind = t.kind == TableKind::Table ? ExploreKind::Tables : ExploreKind::Views;
            byKind[kind] << ExplorerObject{kind, t.schema, t.name};
        }
    for (const RoutineInfo &r : part.routines) {
        if (r.schema != schema)
            continue;
        const ExploreKind kind = r.kind == RoutineKind::Function ? ExploreKind::Functions : ExploreKind::Procedures;
        QList<ExplorerObject> &list = byKind[kind];
        if (list.isEmpty() || list.constLast().name != r.name) // overloads are one entry
            list << ExplorerObject{kind, r.schema, r.name};
    }
    for (const SequenceInfo &s : part.sequences)
        if (s.schema == schema)
            byKind[ExploreKind::Sequences] << ExplorerObject{ExploreKind::Sequences, s.schema, s.name};
    for (const TypeInfo &t : part.types)
        if (t.schema == schema)
            byKind[ExploreKind::Types] << ExplorerObject{ExploreKind::Types, t.schema, t.name};
    for (const TriggerInfo &t : part.triggers)
        if (t.schema == schema)
            byKind[ExploreKind::Triggers] << ExplorerObject{ExploreKind::Triggers, t.schema, t.name};
    const QList<ExploreKind> order{ExploreKind::Tables, ExploreKind::Views, ExploreKind::Functions, ExploreKind::Procedures,
                                   ExploreKind::Sequences, ExploreKind::Types, ExploreKind::Triggers};
    const QIcon folder(QStringLiteral(":/icons/folder.svg"));
    for (ExploreKind kind : order) {
        const QList<ExplorerObject> objects = byKind.value(kind);
        if (objects.isEmpty())
            continue;
        auto *group = new QStandardItem(folder, tr("%1 (%2)").arg(kindTitle(kind)).arg(objects.size()));
        QList<QStandardItem *> rows;
        rows.reserve(objects.size());
        const QIcon icon = kindIcon(kind);
        for (const ExplorerObject &o : objects) {
            auto *item = new QStandardItem(icon, o.name);
            item->setData(QVariant::fromValue(o), kObjectRole);
            rows << item;
        }
        group->appendRows(rows);
        schemaItem->appendRow(group);
    }
    if (!schemaItem->hasChildren()) {
        auto *empty = new QStandardItem(tr("(empty)"));
        empty->setEnabled(false);
        schemaItem->appendRow(empty);
    }
}

QString SchemaTree::currentSchema() const
{
    QModelIndex i = m_view->currentIndex();
    while (i.isValid() && i.parent().isValid())
        i = i.parent();
    if (i.isValid())
        return i.data().toString();
    return m_model->rowCount() ? m_model->item(0)->text() : QString();
}

QStringList SchemaTree::selectedTables() const
{
    QStringList names;
    const QString schema = currentSchema();
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes()) {
        const QVariant o = i.data(kObjectRole);
        if (o.isValid() && o.value<ExplorerObject>().kind == ExploreKind::Tables && o.value<ExplorerObject>().schema == schema)
            names << o.value<ExplorerObject>().name;
    }
    return names.size() > 1 ? names : QStringList();
}

void SchemaTree::reveal(const QString &schema, const QString &name)
{
    for (int s = 0; s < m_model->rowCount(); ++s) {
        QStandardItem *schemaItem = m_model->item(s);
        if (!schema.isEmpty() && schemaItem->text() != schema)
            continue;
        for (int g = 0; g < schemaItem->rowCount(); ++g) {
            QStandardItem *group = schemaItem->child(g);
            for (int i = 0; i < group->rowCount(); ++i) {
                QStandardItem *item = group->child(i);
                const ExplorerObject o = item->data(kObjectRole).value<ExplorerObject>();
                if (item->text() == name && (o.kind == ExploreKind::Tables || o.kind == ExploreKind::Views)) {
                    const QModelIndex index = m_proxy->mapFromSource(item->index());
                    m_view->setCurrentIndex(index);
                    m_view->scrollTo(index);
                    emit objectActivated(o);
                    return;
                }
            }
        }
    }
}

} // namespace noorm
