#pragma once
// Replacing the identity (`identity init --force`) without silently losing project states.
// Every state the current key encrypted that noorm knows of (the user-level KnownStates list
// and the project being worked in) is re-encrypted with the new key. States that cannot be
// (they do not decrypt with the current key, or that key is gone) are listed by plan()
// first, so the front end can refuse or ask before anything changes; core never asks.

#include "common/result.h"
#include "common/secret.h"
#include "identity/identity_service.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace noorm {

struct IdentityReplacementPlan {
    std::optional<CryptoIdentity> current; // none: there is nothing to re-encrypt
    Secret currentKey;                     // empty when it could not be read
    QStringList roots;                     // projects whose state decrypts with the current key
    QList<Error> unreadable;               // states replacing would leave unreadable, each naming its file
};

struct IdentityReplacementReport {
    CryptoIdentity identity;
    QStringList reencrypted; // state files, now sealed with the new key
    QStringList lost;        // state files left under the old key (the plan listed them)
};

class StateStore;

class IdentityReplacement {
public:
    // Replaces the identity of `identity` (the front end's service; it must outlive this).
    explicit IdentityReplacement(IdentityService &identity) : m_identity(identity) {}

    // What replacing the identity would do; changes nothing. `projectRoot` (may be empty) is
    // the project in the working directory, looked at even when it is not in the list.
    Result<IdentityReplacementPlan> plan(const QString &projectRoot) const;

    // A new keypair for `init` (force implied); each planned state re-encrypted with it, then
    // the identity written. If anything fails on the way, the states already re-encrypted go
    // back to the old key and the old key back into the key store.
    Result<IdentityReplacementReport> apply(const IdentityReplacementPlan &plan, IdentityInit init);

private:
    // The state of `root`, listed in this identity's known states when written.
    StateStore stateOf(const QString &root) const;
    Result<QStringList> candidateRoots(const CryptoIdentity &current, const QString &projectRoot) const;
    Status reencryptLocked(const QString &root, const Secret &fromKey, const Secret &toKey) const;
    QString rollBack(const QStringList &roots, const Secret &newKey, const Secret &oldKey) const;

    IdentityService &m_identity;
};

} // namespace noorm
