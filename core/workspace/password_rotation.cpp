#include "workspace/password_rotation.h"

#include "crypto/crypto_primitives.h"
#include "db/connection.h"
#include "dialect/dialect.h"
#include "workspace/vault.h"
#include "workspace/vault_rows.h"
#include "workspace/workspace.h"

namespace noorm {

namespace {

constexpr int kPasswordLength = 32;

// An error's text with the new password masked (a server may quote the statement).
Error masked(Error error, const Secret &password)
{
    error.message.replace(password.reveal(), QStringLiteral("********"));
    return error;
}

} // namespace

Secret generateDatabasePassword() { return randomAlphanumeric(kPasswordLength); }

Result<PasswordRotation> rotateDatabasePassword(Workspace &workspace, const Config &vaultHost, const Config &target)
{
    for (const Config *config : {&vaultHost, &target})
        if (Status allowed = workspace.checkConfigAllowed(*config); !allowed)
            return allowed.error();
    if (target.connection.user.isEmpty())
        return Error::invalidInput(QStringLiteral("Config \"%1\" names no user whose password could change").arg(target.name));
    // Before anything changes: the new password must have somewhere to go.
    Result<const State *> state = workspace.state();
    if (!state)
        return state.error();
    if (!(*state)->configs.contains(target.name))
        return Error::refused(QStringLiteral("Config \"%1\" is not stored here (it comes from the environment): its new password "
                                             "would have nowhere to go").arg(target.name));
    // The new password is kept (encrypted, in your state) before the server may have it: a
    // process killed after the server changed leaves it there, and the next rotation of the
    // config connects with it and carries on.
    Config current = target;
    if (const auto pending = (*state)->pendingPasswords.constFind(target.name); pending != (*state)->pendingPasswords.constEnd()) {
        Config withPending = target;
        withPending.connection.password = *pending;
        if (Connection::open(withPending, workspace.root()))
            current = withPending; // an earlier rotation got as far as the server
    }
    Config host = vaultHost;
    if (host.name == target.name)
        host.connection = current.connection;
    // The vault, before the server changes: it must be there and writable by you (your
    // identity not revoked), and its lock is held until the new password is stored, so two
    // teammates rotating at once take turns.
    Result<vault_rows::OpenVault> vault = vault_rows::open(workspace, host, QStringLiteral("Vault: rotate %1").arg(target.name));
    if (!vault)
        return vault.error();
    const Secret password = generateDatabasePassword();
    workspace.logger()->registerSecret(password.reveal());

    const auto setPending = [&](const std::optional<Secret> &value) {
        return workspace.updateState([&](State &st) -> Status {
            if (value)
                st.pendingPasswords.insert(target.name, *value);
            else
                st.pendingPasswords.remove(target.name);
            return {};
        });
    };
    if (Status ok = setPending(password); !ok)
        return ok.error();

    // 1. The server, through the config's own connection: until this succeeds nothing changed.
    {
        Result<std::unique_ptr<Connection>> connection = Connection::open(current, workspace.root());
        if (!connection) {
            (void)setPending(std::nullopt);
            return connection.error();
        }
        Result<QString> sql = (*connection)->dialect().connection().changeOwnPasswordSql((*connection)->database(), current.connection, password);
        Status changed = sql ? (*connection)->exec(*sql) : Status(sql.error());
        if (!changed) {
            (void)setPending(std::nullopt);
            return masked(changed.error(), password);
        }
    }
    // 2. Your config: from now on it connects with the new one.
    const Status saved = workspace.updateState([&](State &st) -> Status {
        auto config = st.configs.find(target.name);
        if (config == st.configs.end())
            return Error::notFound(QStringLiteral("Config \"%1\" is not stored here").arg(target.name));
        config->connection.password = password;
        st.pendingPasswords.remove(target.name);
        return {};
    });
    // 3. The vault, for who read the old one (revoked identities never).
    if (host.name == target.name)
        host.connection.password = password;
    const QString key = vaultPasswordKey(target.connection.user);
    Result<QStringList> stored = Vault(workspace, host).store(VaultKey{target.name, key}, password, {});
    if (!saved) // the vault (if it took it) is then the one place the new password is
        return Error::failed(QStringLiteral("The password of \"%1\" was changed on the server, but your config could not be "
                                            "saved (%2); %3")
                                 .arg(target.name, saved.error().message,
                                      stored ? QStringLiteral("the vault has the new one: sync it into your config")
                                             : QStringLiteral("nor could the vault be written: %1").arg(masked(stored.error(), password).message)));
    if (!stored)
        return Error::failed(QStringLiteral("The password of \"%1\" was changed on the server and saved in your config, but the vault "
                                            "was not updated: %2. Teammates still have the old password; rotate again once the "
                                            "vault can be written")
                                 .arg(target.name, masked(stored.error(), password).message));
    return PasswordRotation{target.name, key, *stored};
}

} // namespace noorm
