// noorm secrets set|list|sync|rm: the team vault in the config's database (docs/vault.md).

#include "prompt.h"
#include "runtime.h"

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
    };
    auto setOpts = std::make_shared<SetOptions>();
    auto *set = vault->add_subcommand("set", "Encrypt a secret for teammates (value from a hidden prompt or stdin, never argv)");
    set->add_option("key", setOpts->key, "Secret key, e.g. DB_PASSWORD")->required();
    set->add_option("--recipients", setOpts->recipients,
                    "Emails or identity hashes, comma-separated (default: everyone registered in the database)");
    set->callback([&rt, setOpts] {
        rt.setAction([&rt, setOpts] {
            Result<Vault> v = vaultOf(rt);
            if (!v)
                return rt.out.fail(v.error());
            const QString key = QString::fromStdString(setOpts->key);
            Result<Secret> value = readSecret(QStringLiteral("Value for %1").arg(key));
            if (!value)
                return rt.out.fail(value.error());
            QStringList recipients;
            for (const QString &r : QString::fromStdString(setOpts->recipients).split(QLatin1Char(','), Qt::SkipEmptyParts))
                recipients << r.trimmed();
            Result<QStringList> readers = v->set(key, *value, recipients);
            if (!readers)
                return rt.out.fail(readers.error());
            rt.out.document(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("recipients"), QJsonArray::fromStringList(*readers)}});
            rt.out.text(QStringLiteral("Vault secret %1 set for %2").arg(key, Output::printable(readers->join(QStringLiteral(", ")))));
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
                const QString when = e.updatedAt.toString(Qt::ISODateWithMs);
                json.append(QJsonObject{{QStringLiteral("key"), e.key}, {QStringLiteral("recipients"), QJsonArray::fromStringList(e.recipients)},
                                        {QStringLiteral("setBy"), e.setBy}, {QStringLiteral("updatedAt"), when},
                                        {QStringLiteral("forYou"), e.forYou}});
                rows << QStringList{Output::printable(e.key), e.forYou ? QStringLiteral("yes") : QStringLiteral("no"),
                                    Output::printable(e.recipients.join(QStringLiteral(", "))), Output::printable(e.setBy), when};
            }
            rt.out.document(json);
            rt.out.text(QStringLiteral("Vault secrets: %1").arg(rows.size()));
            if (!rows.isEmpty())
                rt.out.table({QStringLiteral("key"), QStringLiteral("for you"), QStringLiteral("recipients"), QStringLiteral("set by"),
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
                                        {QStringLiteral("notForYou"), QJsonArray::fromStringList(synced->notForYou)}});
            rt.out.text(QStringLiteral("Synced %1 secrets from the vault%2")
                            .arg(synced->received.size())
                            .arg(synced->notForYou.isEmpty() ? QString()
                                                              : QStringLiteral(" (%1 not for you: %2)")
                                                                    .arg(synced->notForYou.size())
                                                                    .arg(synced->notForYou.join(QStringLiteral(", ")))));
            return 0;
        });
    });

    auto rmKey = std::make_shared<std::string>();
    auto *rm = vault->add_subcommand("rm", "Remove a secret from the vault, for every recipient");
    rm->add_option("key", *rmKey, "Secret key")->required();
    rm->callback([&rt, rmKey] {
        rt.setAction([&rt, rmKey] {
            Result<Vault> v = vaultOf(rt);
            if (!v)
                return rt.out.fail(v.error());
            const QString key = QString::fromStdString(*rmKey);
            Result<bool> removed = v->remove(key);
            if (!removed)
                return rt.out.fail(removed.error());
            if (!*removed)
                return rt.out.fail(Error::notFound(QStringLiteral("No vault secret %1").arg(key)));
            rt.out.document(QJsonObject{{QStringLiteral("removed"), key}});
            rt.out.text(QStringLiteral("Removed vault secret %1").arg(key));
            return 0;
        });
    });
}

} // namespace noorm::cli
