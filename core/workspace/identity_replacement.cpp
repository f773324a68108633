#include "workspace/identity_replacement.h"

#include "state/known_states.h"
#include "state/state_store.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace noorm {

namespace {

constexpr int kLockWaitMs = 10000;

// The same project however it was reached (symlinks, "..", a trailing slash).
QString canonicalRoot(const QString &root)
{
    const QString canonical = QFileInfo(root).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QDir(root).absolutePath()) : canonical;
}

Error unreadableState(const QString &root, const Error &why)
{
    return Error::at(StateStore(root).path(), 0, 0, why.message);
}

} // namespace

StateStore IdentityReplacement::stateOf(const QString &root) const
{
    return StateStore(root, KnownStates::inHome(m_identity.globalDir()));
}

// The projects with a state file that the current identity may have encrypted: the listed
// ones under its public key, and the one in the working directory.
Result<QStringList> IdentityReplacement::candidateRoots(const CryptoIdentity &current, const QString &projectRoot) const
{
    Result<QList<KnownState>> known = KnownStates::inHome(m_identity.globalDir()).load();
    if (!known)
        return known.error();
    QStringList roots;
    auto add = [&roots](const QString &root) {
        const QString canonical = canonicalRoot(root);
        if (!roots.contains(canonical) && StateStore(canonical).exists())
            roots << canonical;
    };
    if (!projectRoot.isEmpty())
        add(projectRoot);
    for (const KnownState &s : std::as_const(*known))
        if (s.publicKey.compare(current.publicKey, Qt::CaseInsensitive) == 0)
            add(s.root);
    return roots;
}

// Re-encrypts one project's state under the lock every state writer takes, so a command
// saving it at the same moment neither loses its change nor writes it with the old key.
Status IdentityReplacement::reencryptLocked(const QString &root, const Secret &fromKey, const Secret &toKey) const
{
    const StateStore store = stateOf(root);
    QLockFile lock(store.lockPath());
    if (!lock.tryLock(kLockWaitMs)) {
        Error e = Error::at(store.path(), 0, 0, tr("the state is being changed by another noorm; "
                                                               "try again when it is done"));
        e.kind = ErrorKind::LockHeld;
        return e;
    }
    return store.reencrypt(fromKey, toKey);
}

// Puts the states of `roots` back under `oldKey`; what cannot be is said in the error.
QString IdentityReplacement::rollBack(const QStringList &roots, const Secret &newKey, const Secret &oldKey) const
{
    QStringList failed;
    for (const QString &root : roots)
        if (Status back = reencryptLocked(root, newKey, oldKey); !back)
            failed << back.error().toString();
    return failed.isEmpty() ? QString()
                            : QStringLiteral("; these states could not be put back under the old key: %1")
                                  .arg(failed.join(QStringLiteral("; ")));
}

Result<IdentityReplacementPlan> IdentityReplacement::plan(const QString &projectRoot) const
{
    IdentityReplacementPlan plan;
    Result<std::optional<CryptoIdentity>> current = m_identity.current();
    if (!current)
        return current.error();
    if (!current->has_value())
        return plan;
    plan.current = **current;
    Result<QStringList> roots = candidateRoots(*plan.current, projectRoot);
    if (!roots)
        return roots.error();
    if (roots->isEmpty())
        return plan;

    Result<Secret> key = m_identity.privateKey();
    for (const QString &root : std::as_const(*roots)) {
        if (!key) {
            plan.unreadable << unreadableState(root, key.error());
            continue;
        }
        if (Result<Secret> plain = StateStore(root).decrypt(*key); plain)
            plan.roots << root;
        else
            plan.unreadable << unreadableState(root, plain.error());
    }
    if (key)
        plan.currentKey = *key;
    return plan;
}

Result<IdentityReplacementReport> IdentityReplacement::apply(const IdentityReplacementPlan &plan, IdentityInit init)
{
    init.force = true;
    Result<PreparedIdentity> prepared = m_identity.prepare(init);
    if (!prepared)
        return prepared.error();

    IdentityReplacementReport report;
    QStringList done;
    for (const QString &root : plan.roots) {
        if (Status moved = reencryptLocked(root, plan.currentKey, prepared->privateKey); !moved) {
            Error e = moved.error();
            e.message = tr("could not re-encrypt the state, so the identity was not replaced: %1%2")
                            .arg(e.message, rollBack(done, prepared->privateKey, plan.currentKey));
            return e;
        }
        done << root;
        report.reencrypted << StateStore(root).path();
    }

    Result<CryptoIdentity> committed = m_identity.commit(*prepared);
    if (!committed) {
        // commit() may have stored the new key in the old identity's entry (same hash).
        if (plan.current && !plan.currentKey.isEmpty())
            (void)m_identity.keyStore().store(plan.current->identityHash, plan.currentKey);
        Error e = committed.error();
        e.message = tr("the identity was not replaced: %1%2")
                        .arg(e.message, rollBack(done, prepared->privateKey, plan.currentKey));
        return e;
    }
    report.identity = *committed;
    for (const Error &e : plan.unreadable)
        report.lost << e.file;
    return report;
}

} // namespace noorm
