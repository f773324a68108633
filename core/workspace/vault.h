#pragma once
// Vault: the team secrets vault in the config's database (__noorm_secrets__, tables.md):
// one row per secret per recipient, the value encrypted for that recipient's public key
// alone (crypto/share_payload.h, info "noorm-vault-secret"), so a teammate connects with
// a synced config and never sees a password in a chat. Writes take the config's lock and
// go in one transaction. See docs/vault.md.

#include "common/result.h"
#include "common/secret.h"
#include "config/config.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace noorm {

class Workspace;

struct VaultEntry {
    QString key;
    QStringList recipients; // "Name <email>" (or the hash of an identity no longer registered)
    QString setBy;
    QDateTime updatedAt;
    bool forYou = false;    // a copy is encrypted for the current user
};

struct VaultSync {
    QStringList received;   // keys decrypted into the local config secrets
    QStringList notForYou;  // keys with no copy for you
    QString vaultHash;      // what the vault's rows for the config hash to now
};

class Vault {
public:
    // `config` resolved by the caller; its database must have noorm's tracking tables.
    Vault(Workspace &workspace, Config config) : m_ws(workspace), m_config(std::move(config)) {}

    // Encrypts `value` for each recipient (emails or identity hashes of identities
    // registered in the database, every machine of an email; empty: every registered
    // identity) and for the writer, replacing the key's rows atomically. The recipients.
    Result<QStringList> set(const QString &key, const Secret &value, const QStringList &recipients);
    Result<QList<VaultEntry>> list();
    // Decrypts what is addressed to you into this config's local secrets.
    Result<VaultSync> sync();
    // True when rows were removed.
    Result<bool> remove(const QString &key);

private:
    Workspace &m_ws;
    Config m_config;
};

} // namespace noorm
