#pragma once
// TemplateInspector: the panel beside the editor of a `.sql.tmpl` (the original's `run
// inspect`, better): what the template can use from `$` — data files with their type and
// shape, helpers with the file each comes from, built-ins, the config, secret names (never
// values) and the environment — and the SQL it renders, with the render time, or the
// error with a link to its line. Inspecting and rendering run off the GUI thread through
// core's RunOperation; double-clicking an entry opens the file it came from.

#include "project_session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QsciScintilla;
class QTreeWidget;
class QTreeWidgetItem;

namespace noorm {

struct TemplateInspection;

class TemplateInspector : public QWidget {
    Q_OBJECT
public:
    // `dialect`: the config's, for the preview's SQL colours.
    TemplateInspector(const ProjectSession &session, QString configName, QString dialect, QString file,
                      QWidget *parent = nullptr);

    QString file() const { return m_file; }
    QTreeWidget *context() const { return m_tree; }
    QsciScintilla *preview() const { return m_preview; }
    QLabel *message() const { return m_message; }
    // The section of the context tree with this title ("Data files", "Helpers", …), or null.
    QTreeWidgetItem *section(const QString &title) const;

    // Reads the context again (the file was saved, a data file changed).
    void refresh();
    // Renders the saved file into preview(), with the time it took or the error; rendered(ok) follows.
    void renderPreview();

signals:
    void refreshed(bool ok); // the context tree was filled, or the error shown
    void rendered(bool ok);
    // A file to open at (line, column), 1-based: a source the user double-clicked, an error's place.
    void openFile(const QString &path, int line, int column);

private:
    void show(const TemplateInspection &inspection);
    void showError(const Error &error, bool inPreview);
    QTreeWidgetItem *addSection(const QString &title, const QString &summary);

    ProjectSession m_session; // a copy: the window may open another project while this lives
    QString m_config;
    QString m_file;
    QString m_root; // the project, for the paths shown
    QTreeWidget *m_tree;
    QsciScintilla *m_preview;
    QLabel *m_message;
    QPushButton *m_refresh;
    QPushButton *m_render;
    LatestOnly m_refreshes; // the newest refresh: an older one's answer is dropped
};

} // namespace noorm
