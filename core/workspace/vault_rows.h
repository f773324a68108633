#pragma once
// The rows of the team vault (__noorm_secrets__) as Vault and the password rotation read and
// write them: one row per (config, key, recipient), the value sealed for that recipient's
// public key alone. Internal to core/workspace.
//
// Rows whose key starts with "__noorm" are the vault's own records, never secrets: a
// revoked identity is one global row with key "__noorm_revoked__" and that identity as its
// recipient, so a revocation outlives the revoked user registering again.

#include "common/result.h"
#include "common/secret.h"
#include "identity/crypto_identity.h"
#include "lock/lock.h"
#include "workspace/identity_registry.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace noorm {

class Connection;
class Workspace;
struct Config;
struct State;

namespace vault_rows {

inline constexpr QLatin1String kReservedPrefix("__noorm");
inline constexpr QLatin1String kRevokedKey("__noorm_revoked__");

// `config` as bound to config_name: a global secret's "" must not go as NULL (a null QString
// binds as NULL, which the NOT NULL column refuses).
inline QString stored(const QString &config) { return config.isNull() ? QString::fromLatin1("", 0) : config; }

struct Row {
    QString config; // "" = a global secret
    QString key, recipient, sender, payload;
    QDateTime updatedAt;
};

struct Sealed {
    QString recipientHash;
    QString payload; // the share payload's JSON
};

// The config's database, with noorm's tables, and you registered in it; everyone registered
// there, and who of them was revoked. A write opens it holding the config's lock
// (`lockReason` not empty), taken before anything is read, so recipients and revocations
// cannot change between the reading and the writing.
struct OpenVault {
    std::unique_ptr<Connection> connection;
    CryptoIdentity me;
    QList<KnownUser> registered;
    QSet<QString> revoked;
    std::optional<HeldLock> lock; // released before the connection closes
};
Result<OpenVault> open(Workspace &workspace, const Config &config, const QString &lockReason = QString());

// The secrets' rows (never the vault's own records) matching `where` (a condition on the
// table's columns with ? placeholders), ordered by config, key and recipient.
Result<QList<Row>> secretRows(Connection &c, const QString &where = QString(), const QVariantList &binds = {});
// The identities revoked in this database.
Result<QSet<QString>> revokedHashes(Connection &c);
// The registered users `who` names: an email (every machine of it), or an identity hash or
// a prefix of one (at least 8 characters) that names exactly one identity.
Result<QList<KnownUser>> usersNamed(const QList<KnownUser> &registered, const QString &who);
// SHA-256 over the rows' config, key and sealed value: changes with every set, re-seal and rm.
QString hashOf(const QList<Row> &rows);
// hashOf the rows addressed to `identityHash`; empty when they cannot be read.
QString hashOfRowsFor(Connection &c, const QString &identityHash);

// Your own write keeps you in sync: when your copies matched your last sync before it
// (`hashBefore`), the state records the new hash, and `alsoStore` puts what you wrote into
// your state as a sync would. Otherwise the warning stays until you sync.
void keepInSync(Workspace &workspace, Connection &c, const Config &config, const QString &myHash, const QString &hashBefore,
                const std::function<void(State &)> &alsoStore = {});

// `value` sealed for each user (each identity once).
Result<QList<Sealed>> seal(const Secret &value, const QList<KnownUser> &users, const CryptoIdentity &me);
// The value of a row addressed to you.
Result<Secret> unseal(const Row &row, const Secret &privateKey);
// The key's rows replaced by `sealed` (inside the caller's transaction).
Status replace(Connection &c, const QString &config, const QString &key, const QList<Sealed> &sealed, const QString &senderHash);
// Every recipient's row of the key; the number removed.
Result<int> removeKey(Connection &c, const QString &config, const QString &key);


// "Name <email>" of a registered identity, else the hash's first 8 characters.
QString displayName(const QList<KnownUser> &registered, const QString &hash);
// You as a recipient (the writer can always read back what they wrote).
KnownUser asKnownUser(const CryptoIdentity &me, const QString &configName);

} // namespace vault_rows
} // namespace noorm
