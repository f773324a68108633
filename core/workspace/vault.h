#pragma once
// Vault: the team secrets vault in a config's database (__noorm_secrets__, tables.md): one
// row per secret per recipient, the value encrypted for that recipient's public key alone
// (crypto/share_payload.h, info "noorm-vault-secret"), so a teammate connects with a synced
// config and never sees a password in a chat. Writes take the config's lock and go in one
// transaction. See docs/vault.md.
//
// A row belongs to a config by name (`config_name`; "" = a global secret), whichever
// config's database holds it: the vault of a database a teammate reaches with a role of
// their own can hold the password of another config (key "password:<user>"), which sync
// puts into their config of that name when it uses that user.

#include "common/result.h"
#include "common/secret.h"
#include "config/config.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace noorm {

class Connection;
class Workspace;
struct CryptoIdentity;

// Which secret: of config `config` ("" = global), key `key`.
struct VaultKey {
    QString config;
    QString key;
    QString display() const; // "KEY (config NAME)" or "KEY (global)"
};

struct VaultEntry {
    QString config;         // "" = global
    QString key;
    QStringList recipients; // "Name <email>" (or the hash of an identity no longer registered)
    QString setBy;
    QDateTime updatedAt;
    bool forYou = false;    // a copy is encrypted for the current user
};

struct VaultSync {
    QStringList received;   // what was decrypted into your local state (VaultKey::display)
    QStringList passwords;  // configs whose password the vault gave
    QStringList notForYou;  // secrets with no copy for you
    QStringList skipped;    // for you, but with nowhere to go here: "KEY (config X): why"
};

struct VaultRevocation {
    QStringList revoked;     // the identities: "Name <email> (hash)"
    QStringList exposed;     // every secret they could read: consider those values known
    QStringList notResealed; // of those, the ones you hold no copy of (their other copies were left as they were)
};

// The key under which the vault keeps the database password of `user`.
QString vaultPasswordKey(const QString &user);

class Vault {
public:
    // `config` resolved by the caller: the vault is in its database, which must have noorm's
    // tracking tables.
    Vault(Workspace &workspace, Config config) : m_ws(workspace), m_config(std::move(config)) {}

    // Encrypts `value` for each recipient (emails or identity hashes of identities registered
    // in the database, every machine of an email; empty: every registered identity not
    // revoked) and for the writer, replacing the key's rows atomically; this config's secret,
    // or with `global` a global one. The recipients.
    Result<QStringList> set(const QString &key, const Secret &value, const QStringList &recipients, bool global = false);
    // This config's own database password (from your config), for its user.
    Result<QStringList> setDatabasePassword(const QStringList &recipients);
    // Every secret in this database: each config's and the global ones.
    Result<QList<VaultEntry>> list();
    // Decrypts everything addressed to you into your local state: each config's secrets into
    // your config of that name, global ones into your global secrets, a "password:<user>"
    // into the password of your config of that name if it uses that user. Only rows set by a
    // registered, not revoked teammate, for a config in this same database (or global).
    Result<VaultSync> sync();
    // True when rows were removed.
    Result<bool> remove(const QString &key, bool global = false);
    // Removes the identities of `who` (an email: every machine of it; or an identity hash or
    // a unique prefix of one) from every secret in this database and seals the other copies
    // again, and records the revocation there, so they are no default recipient any more.
    Result<VaultRevocation> revoke(const QString &who);
    // Fills the config's missing `keys` (its own, else global) from the vault rows addressed
    // to you, into your local state. The keys filled.
    Result<QStringList> fill(const QStringList &keys);

    // Stores `value` under `which` for `recipients` (as set()), or, when none are named, for
    // the key's current recipients not revoked, or else everyone registered and not revoked.
    Result<QStringList> store(const VaultKey &which, const Secret &value, const QStringList &recipients);

private:
    Workspace &m_ws;
    Config m_config;
};

// Where the vault of `config` lives, as the state remembers its last sync: the server and
// database (the file, for file databases), so each config that reaches one database shares it.
QString vaultHome(const Config &config, const QString &projectRoot);

// Before a run: a config missing secrets its stage requires gets those the vault holds for
// you, into your local state, with a notice naming them. True when something was filled
// (the state changed: read it again). Anything in the way (no identity, no vault, no
// connection) is no error here: the completeness check then names what is missing.
bool fillRequiredSecretsFromVault(Workspace &workspace, const Config &config);

// On every connection of a command: true when the vault rows addressed to `me` in this
// database differ from what the last sync saw. No rows for you: false. A database whose
// vault this connection cannot read: false.
bool vaultOutOfSync(Connection &connection, const CryptoIdentity &me, const QString &lastSyncHash);

} // namespace noorm
