#pragma once
// SecretDialog: asks for a secret to set: its key (the config's missing required ones
// offered first), its value (hidden as typed, with Show), where it goes (this config or
// global) and, for the team vault, who may read it (everyone registered, or the ones
// ticked). The value stays a Secret from the field to the core call.

#include "common/secret.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace noorm {

struct KnownUser;

class SecretDialog : public QDialog {
    Q_OBJECT
public:
    struct Request {
        QString key;
        Secret value;
        bool global = false;
        QStringList recipients; // identity hashes; empty: everyone registered
    };

    // `suggestedKeys`: offered in the key box (the missing required ones). `users`: when not
    // empty, the dialog sets a vault secret and lists them as recipients.
    SecretDialog(const QString &title, const QString &configName, const QStringList &suggestedKeys, const QList<KnownUser> &users,
                 QWidget *parent = nullptr);
    Request request() const;

    QComboBox *keyBox() const { return m_key; }
    QLineEdit *valueEdit() const { return m_value; }
    QCheckBox *globalBox() const { return m_global; }
    QListWidget *recipients() const { return m_recipients; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void check();
    QComboBox *m_key;
    QLineEdit *m_value;
    QCheckBox *m_global;
    QCheckBox *m_everyone = nullptr;
    QListWidget *m_recipients = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace noorm
