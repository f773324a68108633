#include "object_view.h"

#include "dialect/dialect.h"
#include "project_session.h"
#include "sql_editor.h"
#include "sql_style.h"

#include <Qsci/qsciscintilla.h>
#include <Qsci/qscilexersql.h>

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace noorm {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setFrameShape(QFrame::NoFrame);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells, const QVariant &data = {})
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c == 0 && data.isValid())
            item->setData(Qt::UserRole, data);
        t->setItem(row, c, item);
    }
}

// Columns as wide as their contents, with room to breathe.
void padColumns(QTableWidget *t)
{
    t->resizeColumnsToContents();
    for (int c = 0; c < t->columnCount() - 1; ++c)
        t->setColumnWidth(c, t->columnWidth(c) + 18);
}

QString yes(bool b) { return b ? ObjectView::tr("yes") : QString(); }

} // namespace

ObjectView::ObjectView(const ProjectSession &session, QString configName, QString dialect, const ExploreCatalog &catalog,
                       ExplorerObject object, QWidget *parent)
    : QWidget(parent), m_session(session), m_config(std::move(configName)), m_dialect(std::move(dialect)), m_object(std::move(object)),
      m_tabs(new QTabWidget(this)), m_ddl(new QsciScintilla(this))
{
    m_tabs->setDocumentMode(true);
    styleSqlEditor(m_ddl, m_dialect, true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    switch (m_object.kind) {
    case ExploreKind::Tables:
    case ExploreKind::Views:
        if (const TableInfo *t = catalog.find(m_object.schema + QLatin1Char('.') + m_object.name)) {
            buildTable(*t, catalog);
            const DefinedKind kind = t->kind == TableKind::Table ? DefinedKind::Table
                                   : t->kind == TableKind::View ? DefinedKind::View
                                                                : DefinedKind::MaterializedView;
            loadDefinition({kind, t->schema, t->name, {}});
        }
        break;
    case ExploreKind::Functions:
    case ExploreKind::Procedures: {
        const RoutineKind kind = m_object.kind == ExploreKind::Functions ? RoutineKind::Function : RoutineKind::Procedure;
        const QList<const RoutineInfo *> overloads = catalog.findRoutines(m_object.schema + QLatin1Char('.') + m_object.name, kind);
        if (!overloads.isEmpty()) {
            const RoutineInfo *r = overloads.constFirst();
            QStringList params;
            for (const ParameterInfo &p : r->parameters)
                params << QStringLiteral("%1 %2 %3").arg(p.mode, p.name, p.dataType).simplified();
            buildProperties({{tr("Schema"), r->schema}, {tr("Name"), r->name}, {tr("Parameters"), params.join(QStringLiteral(", "))},
                             {tr("Returns"), r->returnType}, {tr("Language"), r->language},
                             {tr("Overloads"), QString::number(overloads.size())}});
            loadDefinition({kind == RoutineKind::Function ? DefinedKind::Function : DefinedKind::Procedure, r->schema, r->name, r->arguments});
        }
        break;
    }
    case ExploreKind::Triggers:
        if (const TriggerInfo *t = catalog.findTrigger(m_object.schema + QLatin1Char('.') + m_object.name)) {
            buildProperties({{tr("Schema"), t->schema}, {tr("Name"), t->name}, {tr("Table"), t->table}, {tr("Timing"), t->timing},
                             {tr("Events"), t->events.join(QStringLiteral(", "))}});
            loadDefinition({DefinedKind::Trigger, t->schema, t->name, {}});
        }
        break;
    case ExploreKind::Types:
        if (const TypeInfo *t = catalog.findType(m_object.schema + QLatin1Char('.') + m_object.name)) {
            buildProperties({{tr("Schema"), t->schema}, {tr("Name"), t->name}, {tr("Kind"), t->kind}, {tr("Base type"), t->baseType},
                             {tr("Elements"), t->elements.join(QStringLiteral(", "))}});
            loadDefinition({DefinedKind::Type, t->schema, t->name, {}});
        }
        break;
    case ExploreKind::Sequences:
        buildProperties({{tr("Schema"), m_object.schema}, {tr("Name"), m_object.name}});
        loadDefinition({DefinedKind::Sequence, m_object.schema, m_object.name, {}});
        break;
    default:
        break;
    }
    m_tabs->addTab(m_ddl, tr("DDL"));
}

// A double click on a row opens the table or view it names (its first cell's data: schema, name).
void ObjectView::opensTheRowsTable(QTableWidget *rows)
{
    connect(rows, &QTableWidget::cellDoubleClicked, this, [this, rows](int row, int) {
        const QStringList target = rows->item(row, 0)->data(Qt::UserRole).toStringList();
        if (target.size() == 2)
            emit openTable(target.at(0), target.at(1));
    });
}

void ObjectView::buildTable(const TableInfo &table, const ExploreCatalog &catalog)
{
    QSet<QString> fkColumns;
    for (const ForeignKeyInfo &fk : table.foreignKeys)
        for (const QString &c : fk.columns)
            fkColumns.insert(c);
    m_columns = makeTable({tr("#"), tr("Name"), tr("Type"), tr("Null"), tr("Default"), tr("Key"), tr("Comment")}, this);
    const QIcon key(QStringLiteral(":/icons/key.svg"));
    for (const ColumnInfo &c : table.columns) {
        QStringList keys;
        if (c.primaryKey)
            keys << tr("PK");
        if (fkColumns.contains(c.name))
            keys << tr("FK");
        if (c.generated)
            keys << tr("auto");
        const QString made = c.generatedAs.isNull() ? c.defaultValue : tr("generated as %1").arg(c.generatedAs);
        addRow(m_columns, {QString::number(c.position), c.name, c.dataType, c.nullable ? tr("null") : tr("not null"), made,
                           keys.join(QLatin1Char(' ')), c.comment});
        if (c.primaryKey)
            m_columns->item(m_columns->rowCount() - 1, 1)->setIcon(key);
        m_columnNames << c.name;
    }
    padColumns(m_columns);
    m_tabs->addTab(m_columns, tr("Columns (%1)").arg(table.columns.size()));

    if (table.kind == TableKind::Table) {
        auto *indexes = makeTable({tr("Name"), tr("Columns"), tr("Unique"), tr("Primary")}, this);
        for (const IndexInfo &i : table.indexes)
            addRow(indexes, {i.name, i.keyText(), yes(i.unique), yes(i.primary)});
        padColumns(indexes);
        m_tabs->addTab(indexes, tr("Indexes (%1)").arg(table.indexes.size()));

        auto *keys = makeTable({tr("Direction"), tr("Name"), tr("Columns"), tr("Table"), tr("Referenced columns"), tr("On update"),
                                tr("On delete")},
                               this);
        for (const ForeignKeyInfo &fk : table.foreignKeys)
            addRow(keys, {tr("→ references"), fk.name, fk.columns.join(QStringLiteral(", ")), fk.referencedSchema + QLatin1Char('.') + fk.referencedTable,
                          fk.referencedColumns.join(QStringLiteral(", ")), fk.onUpdate, fk.onDelete},
                   QStringList{fk.referencedSchema, fk.referencedTable});
        const QList<IncomingForeignKey> incoming = catalog.referencing(table);
        for (const IncomingForeignKey &in : incoming)
            addRow(keys, {tr("← referenced by"), in.key.name, in.key.referencedColumns.join(QStringLiteral(", ")),
                          in.schema + QLatin1Char('.') + in.table, in.key.columns.join(QStringLiteral(", ")), in.key.onUpdate, in.key.onDelete},
                   QStringList{in.schema, in.table});
        padColumns(keys);
        keys->setToolTip(tr("Double-click a key to open the other table"));
        opensTheRowsTable(keys);
        m_tabs->addTab(keys, tr("Foreign keys (%1)").arg(table.foreignKeys.size() + incoming.size()));
    }

    // What a view reads, and the views that read this one: double-click opens the other.
    const QList<RelationName> readers = catalog.readBy(table);
    if (!table.reads.isEmpty() || !readers.isEmpty()) {
        auto *uses = makeTable({tr("Direction"), tr("Name")}, this);
        for (const RelationName &r : table.reads)
            addRow(uses, {tr("→ reads"), r.schema + QLatin1Char('.') + r.name}, QStringList{r.schema, r.name});
        for (const RelationName &r : readers)
            addRow(uses, {tr("← read by"), r.schema + QLatin1Char('.') + r.name}, QStringList{r.schema, r.name});
        padColumns(uses);
        uses->setToolTip(tr("Double-click one to open it"));
        opensTheRowsTable(uses);
        m_tabs->addTab(uses, tr("Dependencies (%1)").arg(table.reads.size() + readers.size()));
    }

    // A partitioned table's partitions, every level, each after the one it is in.
    if (!table.partitions.isEmpty()) {
        auto *parts = makeTable({tr("Partition"), tr("Of"), tr("Bound")}, this);
        for (const PartitionInfo &p : table.partitions)
            addRow(parts, {p.name, p.parent, p.bound});
        padColumns(parts);
        m_tabs->addTab(parts, tr("Partitions (%1)").arg(table.partitions.size()));
    }

    // Data: the rows a page at a time, filtered and sorted on the server.
    auto *data = new QWidget(this);
    m_where = new QLineEdit(data);
    m_where->setPlaceholderText(tr("WHERE … (press Enter)"));
    m_where->setClearButtonEnabled(true);
    m_data = new SqlEditor(m_session, m_config, m_dialect, data);
    m_data->showResultsOnly();
    auto *dataLayout = new QVBoxLayout(data);
    dataLayout->setContentsMargins(0, 4, 0, 0);
    dataLayout->addWidget(m_where);
    dataLayout->addWidget(m_data);
    connect(m_where, &QLineEdit::returnPressed, this, &ObjectView::browse);
    // Sorting by a header click reads the rows again in that order (the grid holds pages).
    connect(m_data, &SqlEditor::resultAdded, this, [this](QTableView *grid) {
        grid->horizontalHeader()->setSectionsClickable(true);
        grid->horizontalHeader()->setSortIndicatorShown(m_sortColumn >= 0);
        if (m_sortColumn >= 0)
            grid->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
        connect(grid->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
            m_sortOrder = (section == m_sortColumn && m_sortOrder == Qt::AscendingOrder) ? Qt::DescendingOrder : Qt::AscendingOrder;
            m_sortColumn = section;
            QTimer::singleShot(0, this, &ObjectView::browse); // after the header's click is done
        });
    });
    m_tabs->addTab(data, tr("Data"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, data](int index) {
        if (m_tabs->widget(index) == data && !m_data->resultGrid(0) && !m_data->isRunning())
            browse();
    });
}

void ObjectView::buildProperties(const QList<QPair<QString, QString>> &rows)
{
    auto *t = makeTable({tr("Property"), tr("Value")}, this);
    for (const auto &[name, value] : rows)
        addRow(t, {name, value});
    padColumns(t);
    m_tabs->addTab(t, tr("Properties"));
}

void ObjectView::browse()
{
    const Dialect *dialect = dialectFor(m_dialect);
    if (!m_data || !dialect)
        return;
    const SqlSyntax &sql = dialect->syntax();
    QString query = QStringLiteral("SELECT * FROM %1.%2").arg(sql.quoteIdentifier(m_object.schema), sql.quoteIdentifier(m_object.name));
    if (const QString where = m_where->text().trimmed(); !where.isEmpty())
        query += QStringLiteral(" WHERE ") + where;
    if (m_sortColumn >= 0 && m_sortColumn < m_columnNames.size())
        query += QStringLiteral(" ORDER BY %1 %2").arg(sql.quoteIdentifier(m_columnNames.at(m_sortColumn)),
                                                       m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    m_data->setText(query);
    m_data->runScript();
}

void ObjectView::loadDefinition(const DefinedObject &object)
{
    m_ddl->setText(tr("-- reading the definition…"));
    QPointer<ObjectView> self(this);
    whenDone(m_session.start<QString>([config = m_config, object](Workspace &ws, Cancellation &) -> Result<QString> {
                 ExploreOperation explore(ws, ResolveRequest{config});
                 return explore.definition(object);
             }),
             this, [this](const Result<QString> &ddl) {
                 m_ddl->setText(ddl ? *ddl : tr("-- no definition: %1").arg(ddl.error().message));
             });
}

} // namespace noorm
