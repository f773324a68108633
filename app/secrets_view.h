#pragma once
// SecretsView: a config's secrets and its database's team vault in one tab.
//
// Above, the secrets on this machine (encrypted in the local state): the config's and the
// global ones, with what settings.yml requires of the config and which of those are missing.
// Values stay hidden; Reveal shows one and Copy puts it on the clipboard, each read from the
// state only when asked. Set, Remove.
//
// Below, the vault in the config's database (`noorm secrets`): every secret there, whom it is
// encrypted for, who set it and when, and whether you hold a copy. Set in Vault (for everyone
// registered, or the teammates ticked), Sync Now, Remove, Revoke Teammate, Rotate Database
// Password. Everything runs off the GUI thread through the same core calls as the CLI.

#include "project_session.h"
#include "workspace/identity_registry.h"
#include "workspace/secret_store.h"
#include "workspace/vault.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace noorm {

class SecretDialog;

// "Synced 3 secrets from the vault": what a sync brought, for the status bar.
QString vaultSyncSummary(const VaultSync &synced);

class SecretsView : public QWidget {
    Q_OBJECT
public:
    SecretsView(const ProjectSession &session, QString configName, QWidget *parent = nullptr);

    void reload();
    // The selected local secret's value into its row, or hidden again.
    void toggleReveal();
    void copySelected();
    void syncVault();
    // Opens the set dialog (local or vault) and sets what it returns. `fill`, when given,
    // fills the dialog instead of the user (tests) before it is accepted.
    void setLocal(const std::function<void(SecretDialog &)> &fill = {});
    void setInVault(const std::function<void(SecretDialog &)> &fill = {});

public slots:
    // Asks whom (everyone registered but you), then removes them from every secret here.
    void revoke();

public:
    QTreeWidget *local() const { return m_local; }
    QTreeWidget *vault() const { return m_vault; }
    QLabel *completeness() const { return m_completeness; }
    QLabel *message() const { return m_message; }

signals:
    void loaded();
    void done(bool ok, const QString &message); // after each action
    void vaultSynced();

private:
    struct Overview;
    void show(const Overview &overview);
    // Runs `work` with the workspace and the resolved config, then says `okText` (or the error) and reloads.
    void act(std::function<Result<QString>(Workspace &, const Config &)> work, std::function<void()> then = {});
    QTreeWidgetItem *selectedLocal() const;
    void removeSelected();
    void removeFromVault();
    void rotatePassword();
    bool runDialog(SecretDialog &dialog, const std::function<void(SecretDialog &)> &fill);

    ProjectSession m_session; // a copy: the window may open another project while this lives
    QString m_config;
    bool m_protected = false;
    QList<KnownUser> m_users;
    QString m_me;             // your identity hash
    QStringList m_missing;    // required keys not set
    QTreeWidget *m_local;
    QTreeWidget *m_vault;
    QLabel *m_completeness;
    QLabel *m_vaultState;
    QLabel *m_message;
    QList<QPushButton *> m_vaultButtons;
    LatestOnly m_reloads; // only the newest reload is shown
};

} // namespace noorm
