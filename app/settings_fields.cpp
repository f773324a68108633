#include "settings_fields.h"

#include "settings/settings_schema.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace noorm {

namespace {
enum Column { Key, Type, Description, Required };
}

LinesEdit::LinesEdit(const QString &placeholder, QWidget *parent) : QPlainTextEdit(parent)
{
    setPlaceholderText(placeholder);
    setTabChangesFocus(true);
    setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
}

QStringList LinesEdit::lines() const
{
    QStringList out;
    for (const QString &line : toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

void LinesEdit::setLines(const QStringList &lines)
{
    m_filling = true;
    setPlainText(lines.join(QLatin1Char('\n')));
    m_filling = false;
}

OptionalBoolBox::OptionalBoolBox(QWidget *parent) : QComboBox(parent)
{
    addItem(tr("(not set)"));
    addItem(tr("Yes"), true);
    addItem(tr("No"), false);
    connect(this, &QComboBox::activated, this, &OptionalBoolBox::edited);
}

std::optional<bool> OptionalBoolBox::value() const
{
    const QVariant v = currentData();
    return v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

void OptionalBoolBox::setValue(std::optional<bool> value)
{
    setCurrentIndex(!value ? 0 : *value ? 1 : 2);
}

SecretsTable::SecretsTable(QWidget *parent) : QWidget(parent), m_table(new QTableWidget(0, 4, this))
{
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Type"), tr("Description"), tr("Required")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
    auto *add = new QPushButton(tr("Add Secret"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    add->setToolTip(tr("A secret every config of this scope must have before it runs"));
    connect(add, &QPushButton::clicked, this, [this] {
        addSecret(StageSecret{QStringLiteral("NEW_SECRET")});
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Key));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        emit edited();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void SecretsTable::appendRow(const StageSecret &secret)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Key, new QTableWidgetItem(secret.key));
    auto *type = new QComboBox(m_table);
    type->addItems(SettingsSchema::secretTypes());
    type->setCurrentText(secret.type);
    connect(type, &QComboBox::activated, this, &SecretsTable::edited);
    m_table->setCellWidget(row, Type, type);
    m_table->setItem(row, Description, new QTableWidgetItem(secret.description));
    auto *required = new QTableWidgetItem;
    required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    required->setCheckState(secret.required ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, Required, required);
}

void SecretsTable::addSecret(const StageSecret &secret)
{
    m_filling = true;
    appendRow(secret);
    m_filling = false;
    emit edited();
}

QList<StageSecret> SecretsTable::secrets() const
{
    QList<StageSecret> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        StageSecret s;
        s.key = m_table->item(row, Key)->text().trimmed();
        s.type = static_cast<QComboBox *>(m_table->cellWidget(row, Type))->currentText();
        s.description = m_table->item(row, Description)->text();
        s.required = m_table->item(row, Required)->checkState() == Qt::Checked;
        out << s;
    }
    return out;
}

void SecretsTable::setSecrets(const QList<StageSecret> &secrets)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const StageSecret &s : secrets)
        appendRow(s);
    m_table->resizeColumnToContents(Key);
    m_filling = false;
}

} // namespace noorm
