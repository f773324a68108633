// noorm secrets set|list|sync|rm|revoke|rotate: the team vault in the config's database
// (docs/vault.md).

#include "prompt.h"
#include "runtime.h"

#include "workspace/password_rotation.h"
#include "workspace/vault.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace noorm::cli {

namespace {

// The vault of the config the command resolves (-c, NOORM_CONFIG, the active one).
Result<Vault> vaultOf(Runtime &rt)
{
    Result<Workspace *> ws = rt.workspace();
    if (!ws)
        return ws.error();
    Result<Config> config = rt.resolveConfig();
    if (!config)
        return config.error();
    return Vault(**ws, *config);
}

} // namespace

void addVaultCommands(CLI::App &root, Runtime &rt)
{
    CLI::App *vault = addGroup(root, "secrets", "The team vault: secrets in the config's database, each encrypted for each "
                                                "recipient's key");

    struct SetOptions {
        std::string key, recipients;
        bool global = false, databasePassword = false;
        bool stdinValue = false; // the value comes from stdin whenever it is not a terminal anyway
    };
    auto setOpts = std::make_shared<SetOptions>();
    auto *set = vault->add_subcommand("set", "Encrypt a secret for teammates (value from a hidden prompt or stdin, never argv)");
    set->add_option("key", setOpts->key, "Secret key, e.g. API_TOKEN");
    set->add_option("--recipients", setOpts->recipients,
                    "Emails or identity hashes, comma-separated (default: everyone registered in the database and not revoked)");
    set->add_flag("--global", setOpts->global, "A global secret (for every config), not this config's");
    CLI::Option *databasePassword = set->add_flag("--database-password", setOpts->databasePassword,
                                                  "Share this config's own database password (from your config; no prompt)");
    // As `config add --stdin`: what happens anyway when stdin is not a terminal.
    set->add_flag("--stdin", setOpts->stdinValue, "Read the value from stdin, every line of it (a hidden prompt on a terminal)")
        ->excludes(databasePassword);
    set->callback([&rt, setOpts] {
        rt.setAction([&rt, setOpts] {
            const QString key = QString::fromStdString(setOpts->key);
            if (setOpts->databasePassword == !key.isEmpty())
                return rt.out.fail(Error::invalidInput(QStringLiteral("Name a key, or pass --database-password (not both)")));
            Result<Vault> v = vaultOf(rt);
            if (!v)
                return rt.out.fail(v.error());
            QStringList recipients;
            for (const QString &r : QString::fromStdString(setOpts->recipients).split(QLatin1Char(','), Qt::SkipEmptyParts))
                recipients << r.trimmed();
            Result<QStringList> readers = Error::failed(QString());
            QString shown = key;
            if (setOpts->databasePassword) {
                readers = v->setDatabasePassword(recipients);
                shown = QStringLiteral("database password");
            } else {
                Result<Secret> value = readSecretText(QStringLiteral("Value for %1").arg(key));
                if (!value)
                    return rt.out.fail(value.error());
                readers = v->set(key, *value, recipients, setOpts->global);
            }
            if (!readers)
                return rt.out.fail(readers.error());
            rt.out.document(QJsonObject{{QStringLiteral("key"), key.isEmpty() ? QStringLiteral("database password") : key},
                                        {QStringLiteral("global"), setOpts->global},
                                        {QStringLiteral("recipients"), QJsonArray::fromStringList(*readers)}});
            rt.out.text(QStringLiteral("Vault secret %1 set for %2").arg(shown, Output::printable(readers->join(QStringLiteral(", ")))));
            return 0;
        });
    });

    auto *list = vault->add_subcommand("list", "Keys, recipients, who set them and when (never values)");
    list->callback([&rt] {
        rt.setAction([&rt] {
            Result<Vault> v = vaultOf(rt);
            if (!v)
                return rt.out.fail(v.error());
            Result<QList<VaultEntry>> entries = v->list();
            if (!entries)
                return rt.out.fail(entries.error());
            QJsonArray json;
            QList<QStringList> rows;
            for (const VaultEntry &e : std::as_const(*entries)) {
                json.append(QJsonObject{{QStringLiteral("config"), e.config}, {QStringLiteral("key"), e.key}, {QStringLiteral("recipients"), QJsonArray::fromStringList(e.recipients)},
                                        {QStringLiteral("setBy"), e.setBy}, {QStringLiteral("updatedAt"), e.updatedAt.toString(Qt::ISODateWithMs)},
                                        {QStringLiteral("forYou"), e.forYou}});
                rows << QStringList{e.config.isEmpty() ? QStringLiteral("(global)") : Output::printable(e.config), Output::printable(e.key), e.forYou ? QStringLiteral("yes") : QStringLiteral("no"),
                                    Output::printable(e.recipients.join(QStringLiteral(", "))), Output::printable(e.setBy), localTime(e.updatedAt)};
            }
            rt.out.document(json);
            rt.out.text(QStringLiteral("Vault secrets: %1").arg(rows.size()));
            if (!rows.isEmpty())
                rt.out.table({QStringLiteral("config"), QStringLiteral("key"), QStringLiteral("for you"), QStringLiteral("recipients"), QStringLiteral("set by"),
                              QStringLiteral("updated")},
                             rows);
            return 0;
        });
    });

    auto *sync = vault->add_subcommand("sync", "Decrypt the vault's secrets meant for you into the config's local secrets");
    sync->callback([&rt] {
        rt.setAction([&rt] {
            Result<Vault> v = vaultOf(rt);
            if (!v)
                return rt.out.fail(v.error());
            Result<VaultSync> synced = v->sync();
            if (!synced)
                return rt.out.fail(synced.error());
            rt.out.document(QJsonObject{{QStringLiteral("received"), QJsonArray::fromStringList(synced->received)},
                                        {QStringLiteral("passwords"), QJsonArray::fromStringList(synced->passwords)},
                                        {QStringLiteral("notForYou"), QJsonArray::fromStringList(synced->notForYou)},
                                        {QStringLiteral("skipped"), QJsonArray::fromStringList(synced->skipped)}});
            rt.out.text(QStringLiteral("Synced %1 from the vault%2")
                            .arg(plural(synced->received.size(), "secret", "secrets"))
                            .arg(synced->notForYou.isEmpty() ? QString()
                                                              : QStringLiteral(" (%1 not for you: %2)")
                                                                    .arg(synced->notForYou.size())
                                                                    .arg(Output::printable(synced->notForYou.join(QStringLiteral(", "))))));
            for (const QString &config : std::as_const(synced->passwords))
                rt.out.text(QStringLiteral("The database password of config \"%1\" came from the vault").arg(Output::printable(config)));
            for (const QString &skipped : std::as_const(synced->skipped))
                rt.out.warning(QStringLiteral("Not synced: %1").arg(Output::printable(skipped)));
            return 0;
        });
    });

    auto rmKey = std::make_shared<std::string>();
    auto rmGlobal = std::make_shared<bool>(false);
    auto *rm = vault->add_subcommand("rm", "Remove a secret from the vault, for every recipient");
    rm->add_option("key", *rmKey, "Secret key")->required();
    rm->add_flag("--global", *rmGlobal, "The global secret of that key");
    rm->callback([&rt, rmKey, rmGlobal] {
        rt.setAction([&rt, rmKey, rmGlobal] {
            Result<Vault> v = vaultOf(rt);
            if (!v)
                return rt.out.fail(v.error());
            const QString key = QString::fromStdString(*rmKey);
            Result<bool> removed = v->remove(key, *rmGlobal);
            if (!removed)
                return rt.out.fail(removed.error());
            if (!*removed)
                return rt.out.fail(Error::notFound(QStringLiteral("No vault secret %1").arg(key)));
            rt.out.document(QJsonObject{{QStringLiteral("removed"), key}});
            rt.out.text(QStringLiteral("Removed vault secret %1").arg(key));
            return 0;
        });
    });

    auto revokeWho = std::make_shared<std::string>();
    auto *revoke = vault->add_subcommand("revoke", "Remove a teammate's identity from every secret in this database, for good");
    revoke->add_option("identity", *revokeWho, "Their email (every machine of it) or identity hash")->required();
    revoke->callback([&rt, revokeWho] {
        rt.setAction([&rt, revokeWho] {
            Result<Vault> v = vaultOf(rt);
            if (!v)
                return rt.out.fail(v.error());
            const QString who = QString::fromStdString(*revokeWho);
            if (Status ok = confirm(QStringLiteral("Revoke %1 from every secret of this vault?").arg(who), QString(), rt.globals.yes); !ok)
                return rt.out.fail(ok.error());
            Result<VaultRevocation> revoked = v->revoke(who);
            if (!revoked)
                return rt.out.fail(revoked.error());
            rt.out.document(QJsonObject{{QStringLiteral("revoked"), QJsonArray::fromStringList(revoked->revoked)},
                                        {QStringLiteral("exposed"), QJsonArray::fromStringList(revoked->exposed)},
                                        {QStringLiteral("notResealed"), QJsonArray::fromStringList(revoked->notResealed)}});
            rt.out.text(QStringLiteral("Revoked %1").arg(Output::printable(revoked->revoked.join(QStringLiteral(", ")))));
            if (revoked->exposed.isEmpty()) {
                rt.out.text(QStringLiteral("They could read no secret of this vault."));
            } else {
                rt.out.text(QStringLiteral("They could read these, so consider the values known and change them "
                                           "(`noorm secrets set KEY`; a password: `noorm secrets rotate CONFIG --database-password`):"));
                for (const QString &e : std::as_const(revoked->exposed))
                    rt.out.text(QStringLiteral("  ") + Output::printable(e));
            }
            if (!revoked->notResealed.isEmpty())
                rt.out.warning(QStringLiteral("You hold no copy of %1: their other copies were left as they were")
                                   .arg(revoked->notResealed.join(QStringLiteral(", "))));
            return 0;
        });
    });

    struct RotateOptions {
        std::string config;
        bool databasePassword = false;
    };
    auto rotateOpts = std::make_shared<RotateOptions>();
    auto *rotate = vault->add_subcommand("rotate", "Give a config's database user a new random password, on the server and in the vault");
    rotate->add_option("config", rotateOpts->config, "The config whose password changes (default: the one the vault is in)");
    rotate->add_flag("--database-password", rotateOpts->databasePassword, "Rotate the database password (required)")->required();
    rotate->callback([&rt, rotateOpts] {
        rt.setAction([&rt, rotateOpts] {
            Result<Workspace *> ws = rt.workspace();
            if (!ws)
                return rt.out.fail(ws.error());
            Result<Config> host = rt.resolveConfig();
            if (!host)
                return rt.out.fail(host.error());
            Result<Config> target = rotateOpts->config.empty() ? host
                                                               : (*ws)->resolveConfig(ResolveRequest{QString::fromStdString(rotateOpts->config)});
            if (!target)
                return rt.out.fail(target.error());
            if (Status ok = confirm(QStringLiteral("Change the database password of \"%1\" (user %2) on the server?")
                                        .arg(target->name, target->connection.user),
                                    isEffectivelyProtected(*target, (*ws)->settings()) ? QStringLiteral("yes-") + target->name : QString(),
                                    rt.globals.yes);
                !ok)
                return rt.out.fail(ok.error());
            Result<PasswordRotation> rotated = rotateDatabasePassword(**ws, *host, *target);
            if (!rotated)
                return rt.out.fail(rotated.error());
            rt.out.document(QJsonObject{{QStringLiteral("config"), rotated->config}, {QStringLiteral("vaultKey"), rotated->vaultKey},
                                        {QStringLiteral("recipients"), QJsonArray::fromStringList(rotated->recipients)}});
            rt.out.text(QStringLiteral("New database password for \"%1\" set on the server, in your config and in the vault for %2")
                            .arg(rotated->config, Output::printable(rotated->recipients.join(QStringLiteral(", ")))));
            return 0;
        });
    });
}

} // namespace noorm::cli
