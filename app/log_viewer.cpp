#include "log_viewer.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace noorm {

namespace {

// Levels from the most to the least severe; the filter keeps a level and those above it.
const QStringList &levels()
{
    static const QStringList names{QStringLiteral("error"), QStringLiteral("warn"), QStringLiteral("info"), QStringLiteral("debug")};
    return names;
}

QColor levelColor(const QString &level)
{
    if (level == QLatin1String("error"))
        return QColor(0xd2, 0x3b, 0x3b);
    if (level == QLatin1String("warn"))
        return QColor(0xd4, 0x8a, 0x00);
    return QColor();
}

} // namespace

LogViewer::LogViewer(QString logFile, QWidget *parent)
    : QWidget(parent), m_file(std::move(logFile)), m_entries(new QTreeWidget(this)), m_level(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_follow(new QCheckBox(tr("Follow"), this)), m_watcher(new QFileSystemWatcher(this))
{
    m_entries->setHeaderLabels({tr("Time"), tr("Level"), tr("Type"), tr("Message")});
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(true);
    m_entries->setAlternatingRowColors(true);
    m_entries->header()->setStretchLastSection(true);
    m_level->addItem(tr("Errors"), 0);
    m_level->addItem(tr("Warnings and errors"), 1);
    m_level->addItem(tr("Info and above"), 2);
    m_level->addItem(tr("Everything"), 3);
    m_level->setCurrentIndex(3);
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_follow->setChecked(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show"), this));
    bar->addWidget(m_level);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_follow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_entries, 1);
    auto *where = new QLabel(m_file, this);
    showAsSecondary(where);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogViewer::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &LogViewer::applyFilter);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &LogViewer::readNew);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &LogViewer::readNew);
    m_watcher->addPath(QFileInfo(m_file).absolutePath());
    readNew();
}

void LogViewer::readNew()
{
    if (QFileInfo::exists(m_file) && !m_watcher->files().contains(m_file))
        m_watcher->addPath(m_file);
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return;
    if (file.size() < m_read) { // rotated: a new file
        m_read = 0;
        m_entries->clear();
    }
    file.seek(m_read);
    const QByteArray added = file.readAll();
    const qsizetype complete = added.lastIndexOf('\n') + 1; // a line still being written waits
    m_read += complete;
    for (const QByteArray &line : added.left(complete).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        const QDateTime time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        const QString level = o.value(QStringLiteral("level")).toString();
        auto *item = new QTreeWidgetItem(m_entries, {QLocale().toString(time.toLocalTime(), QLocale::ShortFormat), level,
                                                     o.value(QStringLiteral("type")).toString(), o.value(QStringLiteral("message")).toString()});
        item->setToolTip(3, QString::fromUtf8(line));
        if (const QColor c = levelColor(level); c.isValid())
            item->setForeground(1, c);
    }
    if (complete > 0)
        for (int c = 0; c < 3; ++c)
            m_entries->resizeColumnToContents(c);
    applyFilter();
    if (m_follow->isChecked() && m_entries->topLevelItemCount())
        m_entries->scrollToItem(m_entries->topLevelItem(m_entries->topLevelItemCount() - 1));
}

void LogViewer::applyFilter()
{
    const int most = m_level->currentData().toInt();
    const QString text = m_search->text();
    for (int i = 0; i < m_entries->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_entries->topLevelItem(i);
        const qsizetype rank = levels().indexOf(item->text(1));
        const bool levelOk = rank < 0 || rank <= most;
        const bool textOk = text.isEmpty() || item->text(3).contains(text, Qt::CaseInsensitive) || item->text(2).contains(text, Qt::CaseInsensitive);
        item->setHidden(!(levelOk && textOk));
    }
}

} // namespace noorm
