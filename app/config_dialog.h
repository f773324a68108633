#pragma once
// ConfigDialog: add or edit a config, checked as you type with the CLI's own rules (core's
// validateConfig: the first problem is shown, naming its field, and OK waits until there is
// none), and "Test connection" off the GUI thread, showing the server's version or the
// exact error. Saving goes through core's ConfigStore, as `noorm config add/edit` does.

#include "project_session.h"
#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace noorm {

class ProjectSession;
struct Config;

class ConfigDialog : public QDialog {
    Q_OBJECT
public:
    // `existing`: the stored config's fields (ConfigStore::show: password masked) to edit;
    // empty to add one.
    ConfigDialog(const ProjectSession &session, const QJsonObject &existing = {}, QWidget *parent = nullptr);

    bool isEdit() const { return !m_original.isEmpty(); }
    // The form as config fields (ConfigStore::add's shape); the password only when typed.
    QJsonObject fields() const;
    QString problem() const; // what validation says now; empty when the form is valid
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *dialectBox() const { return m_dialect; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_testResult; }
    QPushButton *okButton() const;
    bool isTesting() const { return m_testing; }

    // Saves (off the GUI thread); emits saved(name) and closes, or shows the error.
    void save();

signals:
    void saved(const QString &name);

private:
    void revalidate();
    void dialectChanged();
    void testConnection();

    ProjectSession m_session; // a copy: the window may open another project while this lives
    QJsonObject m_original;
    QLineEdit *m_name, *m_host, *m_database, *m_user, *m_password;
    QSpinBox *m_port;
    QComboBox *m_dialect;
    QCheckBox *m_isTest, *m_protected, *m_use;
    QLabel *m_databaseLabel, *m_problem, *m_testResult;
    QFormLayout *m_form = nullptr;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
    bool m_testing = false;
    bool m_saving = false;
};

} // namespace noorm
