#pragma once
// The settings editor's pages. Each edits the Settings the editor holds, in place, through
// the same fields the CLI's `settings` commands set; fill() shows them again (after a load
// or a revert), and `edited` tells the editor to check and mark them changed.

#include "settings/settings.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace noorm {

class LinesEdit;
class OptionalBoolBox;
class SecretsTable;

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    SettingsPage(Settings *settings, QWidget *parent) : QWidget(parent), m_settings(settings) {}
    virtual void fill() = 0;

signals:
    void edited();

protected:
    // After a user edit: `apply` writes the widgets into the settings, then `edited`.
    void onEdit(const std::function<void()> &apply);
    bool filling() const { return m_filling; }
    struct Filling {
        explicit Filling(SettingsPage *p) : page(p), was(p->m_filling) { page->m_filling = true; }
        ~Filling() { page->m_filling = was; }
        SettingsPage *page;
        bool was;
    };
    Settings *m_settings;

private:
    bool m_filling = false;
};

// Paths, build include/exclude, and the universal secrets every config needs.
class ProjectPage : public SettingsPage {
    Q_OBJECT
public:
    ProjectPage(Settings *settings, QWidget *parent);
    void fill() override;

private:
    QLineEdit *m_sqlPath, *m_changesPath;
    LinesEdit *m_include, *m_exclude;
    SecretsTable *m_secrets;
};

// Strict mode, and each stage: its description, lock, defaults and required secrets.
class StagesPage : public SettingsPage {
    Q_OBJECT
public:
    StagesPage(Settings *settings, QWidget *parent);
    void fill() override;
    QListWidget *list() const { return m_list; }
    void addStage(const QString &name); // as the Add Stage button does, then edited()

private:
    Stage *current();
    void showStage();
    void applyStage();
    QCheckBox *m_strict;
    LinesEdit *m_strictStages;
    QListWidget *m_list;
    QWidget *m_form;
    QLineEdit *m_name, *m_description, *m_host, *m_database, *m_user;
    QCheckBox *m_locked;
    QComboBox *m_dialect;
    QSpinBox *m_port;
    OptionalBoolBox *m_ssl, *m_isTest, *m_isProtected;
    SecretsTable *m_secrets;
};

// Rules: which folders run for configs that match (name, protected, test, type).
class RulesPage : public SettingsPage {
    Q_OBJECT
public:
    RulesPage(Settings *settings, QWidget *parent);
    void fill() override;

private:
    Rule *current();
    void showRule();
    void applyRule();
    QListWidget *m_list;
    QWidget *m_form;
    QLineEdit *m_description, *m_matchName;
    OptionalBoolBox *m_matchProtected, *m_matchTest;
    QComboBox *m_matchType;
    LinesEdit *m_include, *m_exclude;
};

// The log file and level, and what teardown keeps and runs after.
class LoggingPage : public SettingsPage {
    Q_OBJECT
public:
    LoggingPage(Settings *settings, QWidget *parent);
    void fill() override;

private:
    QCheckBox *m_enabled;
    QComboBox *m_level;
    QLineEdit *m_file, *m_maxSize, *m_postScript;
    QSpinBox *m_maxFiles;
    LinesEdit *m_preserve;
};

} // namespace noorm
