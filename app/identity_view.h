#pragma once
// IdentityView: who you are to your team (name, email, machine, identity hash; your public
// key to copy for a teammate's `config export --to`), and everyone registered in the current
// config's database (name, email, machine, short hash, last seen), read off the GUI thread
// as `noorm identity list` reads them.

#include "project_session.h"
#include "identity/crypto_identity.h"

#include <optional>

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace noorm {

class IdentityView : public QWidget {
    Q_OBJECT
public:
    IdentityView(const ProjectSession &session, QString configName, QWidget *parent = nullptr);
    void reload();
    // Your new name and email (`identity edit`): the keypair and every state stay.
    void editIdentity(const QString &name, const QString &email);
    QLabel *you() const { return m_you; }
    QTreeWidget *users() const { return m_users; }
    QString publicKey() const { return m_publicKey; }

signals:
    void loaded();
    void identityEdited(bool ok);

private:
    ProjectSession m_session; // a copy: the window may open another project while this lives
    QString m_config;
    QString m_publicKey;
    std::optional<CryptoIdentity> m_me;
    QLabel *m_you;
    QLabel *m_message;
    QTreeWidget *m_users;
    LatestOnly m_reloads; // only the newest reload is shown
};

} // namespace noorm
