// noorm identity init|edit|show|export

#include "prompt.h"
#include "runtime.h"

#include "identity/identity_defaults.h"

#include "identity/identity_service.h"
#include "project/project.h"
#include "workspace/identity_registry.h"
#include "workspace/identity_replacement.h"
#include "workspace/workspace.h"

#include <QJsonArray>

#include <QFile>

namespace noorm::cli {

namespace {

QJsonObject identityJson(const CryptoIdentity &id)
{
    return {{QStringLiteral("identityHash"), id.identityHash}, {QStringLiteral("name"), id.name},
            {QStringLiteral("email"), id.email},               {QStringLiteral("publicKey"), id.publicKey},
            {QStringLiteral("machine"), id.machine},           {QStringLiteral("os"), id.os},
            {QStringLiteral("createdAt"), id.createdAt}};
}

// The user's identity, or NotFound telling how to create one.
Result<CryptoIdentity> requireIdentity(const IdentityService &identity)
{
    Result<std::optional<CryptoIdentity>> current = identity.current();
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::notFound(QStringLiteral("No identity configured. Run: noorm identity init --name N --email E"));
    return **current;
}

// `identity init --force`: a new keypair, with every state the old key encrypted that
// noorm knows of re-encrypted; states that cannot be are listed, and lost only on --yes.
int replaceIdentity(Runtime &rt, const IdentityInit &request)
{
    IdentityReplacement replacement(rt.identity());
    Result<IdentityReplacementPlan> plan = replacement.plan(Project::find().root);
    if (!plan)
        return rt.out.fail(plan.error());
    if (!plan->unreadable.isEmpty()) {
        QStringList lines;
        for (const Error &e : std::as_const(plan->unreadable))
            lines << QStringLiteral("  ") + e.toString();
        const Status confirmed = confirm(QStringLiteral("Replacing the identity leaves these states encrypted with the old "
                                                        "key, so nothing can read them again:\n%1\nReplace it anyway?")
                                             .arg(lines.join(QLatin1Char('\n'))),
                                         QString(), rt.globals.yes);
        if (!confirmed)
            return rt.out.fail(confirmed.error());
    }
    Result<IdentityReplacementReport> report = replacement.apply(*plan, request);
    if (!report)
        return rt.out.fail(report.error());
    const CryptoIdentity &made = report->identity;
    QJsonObject doc = identityJson(made);
    doc.insert(QStringLiteral("reencrypted"), QJsonArray::fromStringList(report->reencrypted));
    doc.insert(QStringLiteral("lost"), QJsonArray::fromStringList(report->lost));
    rt.out.document(doc);
    rt.out.text(QStringLiteral("Replaced identity: %1 <%2> (%3)").arg(made.name, made.email, made.identityHash.left(8)));
    for (const QString &path : std::as_const(report->reencrypted))
        rt.out.text(QStringLiteral("  re-encrypted %1").arg(path));
    for (const QString &path : std::as_const(report->lost))
        rt.out.warning(QStringLiteral("%1 was left as it was; the new key cannot read it").arg(path));
    return 0;
}

} // namespace

void addIdentityCommands(CLI::App &root, Runtime &rt)
{
    CLI::App *identity = addGroup(root, "identity", "Your cryptographic identity (keypair; private key in the OS keychain)");

    struct InitOptions {
        std::string name, email;
        bool force = false;
    };
    auto opts = std::make_shared<InitOptions>();
    auto *init = identity->add_subcommand("init", "Create your identity (refuses to replace one without --force)");
    init->add_option("--name", opts->name, "Your name")->required();
    init->add_option("--email", opts->email, "Your email")->required();
    init->add_flag("--force", opts->force, "Replace the existing identity");
    init->callback([&rt, opts] {
        rt.setAction([&rt, opts] {
            IdentityInit request{QString::fromStdString(opts->name), QString::fromStdString(opts->email),
                                 opts->force || rt.globals.force};
            if (!request.force) {
                Result<CryptoIdentity> made = rt.identity().create(request);
                if (!made)
                    return rt.out.fail(made.error());
                rt.out.document(identityJson(*made));
                rt.out.text(QStringLiteral("Created identity %1 <%2> (%3)").arg(made->name, made->email, made->identityHash.left(8)));
                return 0;
            }
            return replaceIdentity(rt, request);
        });
    });

    struct EditOptions {
        std::string name, email;
    };
    auto edits = std::make_shared<EditOptions>();
    auto *edit = identity->add_subcommand("edit", "Change your name or email; the keypair (and every state) stays");
    CLI::Option *nameOpt = edit->add_option("--name", edits->name, "Your new name");
    CLI::Option *emailOpt = edit->add_option("--email", edits->email, "Your new email");
    edit->callback([&rt, edits, nameOpt, emailOpt] {
        rt.setAction([&rt, edits, nameOpt, emailOpt] {
            if (nameOpt->count() == 0 && emailOpt->count() == 0)
                return rt.out.fail(Error::invalidInput(QStringLiteral("identity edit needs --name and/or --email")));
            IdentityEdit request;
            if (nameOpt->count() > 0)
                request.name = QString::fromStdString(edits->name);
            if (emailOpt->count() > 0)
                request.email = QString::fromStdString(edits->email);
            Result<CryptoIdentity> edited = rt.identity().edit(request);
            if (!edited)
                return rt.out.fail(edited.error());
            rt.out.document(identityJson(*edited));
            rt.out.text(QStringLiteral("Updated identity %1 <%2> (%3)")
                            .arg(edited->name, edited->email, edited->identityHash.left(8)));
            return 0;
        });
    });

    auto *show = identity->add_subcommand("show", "Show your identity");
    show->callback([&rt] {
        rt.setAction([&rt] {
            Result<CryptoIdentity> current = requireIdentity(rt.identity());
            if (!current)
                return rt.out.fail(current.error());
            const CryptoIdentity &id = *current;
            rt.out.document(identityJson(id));
            rt.out.text(QStringLiteral("%1 <%2>").arg(id.name, id.email));
            rt.out.text(QStringLiteral("  hash     %1").arg(id.identityHash));
            rt.out.text(QStringLiteral("  machine  %1 (%2)").arg(id.machine, id.os));
            rt.out.text(QStringLiteral("  created  %1").arg(id.createdAt));
            return 0;
        });
    });

    auto *list = identity->add_subcommand("list", "Known users (from the databases of your configs) and you: name, email, "
                                                  "machine, short hash, last seen");
    list->alias("users"); // the spec's name for it (cli.md)
    list->callback([&rt] {
        rt.setAction([&rt] {
            Result<CryptoIdentity> me = requireIdentity(rt.identity());
            if (!me)
                return rt.out.fail(me.error());
            QJsonObject known;
            QSet<QString> revoked; // in the database just read
            if (Result<Workspace *> ws = rt.workspace(); ws) {
                // Fresh from the config's database when one resolves (the active one, or --config).
                ResolveRequest request;
                request.name = QString::fromStdString(rt.globals.config);
                if (Result<Config> config = (*ws)->resolveConfig(request); config && (*ws)->state()) {
                    if (Result<QList<KnownUser>> users = syncKnownUsers(**ws, *config); !users)
                        rt.out.warning(QStringLiteral("warning: showing the cached list; %1 was not reached: %2")
                                           .arg(config->name, users.error().message));
                    else
                        for (const KnownUser &user : *users)
                            if (user.revoked)
                                revoked.insert(user.identityHash);
                }
                if (Result<const State *> state = (*ws)->state(); state)
                    known = (*state)->knownUsers;
            }
            QJsonArray json;
            QList<QStringList> rows;
            const auto add = [&](const QJsonObject &user, bool you) {
                QJsonObject o = user;
                o.insert(QStringLiteral("isYou"), you);
                const bool isRevoked = revoked.contains(user.value(QStringLiteral("identityHash")).toString());
                o.insert(QStringLiteral("revoked"), isRevoked);
                json.append(o);
                rows << QStringList{Output::printable(user.value(QStringLiteral("name")).toString()) + (you ? QStringLiteral(" (you)") : QString()) +
                                        (isRevoked ? QStringLiteral(" (revoked)") : QString()),
                                    Output::printable(user.value(QStringLiteral("email")).toString()),
                                    Output::printable(user.value(QStringLiteral("machine")).toString()),
                                    user.value(QStringLiteral("identityHash")).toString().left(8),
                                    user.value(QStringLiteral("lastSeen")).toString()};
            };
            add(identityJson(*me), true);
            for (auto it = known.constBegin(); it != known.constEnd(); ++it)
                if (it.key() != me->identityHash)
                    add(it.value().toObject(), false);
            rt.out.document(json);
            rt.out.table({QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("machine"), QStringLiteral("hash"),
                          QStringLiteral("last seen")},
                         rows);
            return 0;
        });
    });

    auto output = std::make_shared<std::string>();
    auto force = std::make_shared<bool>(false);
    auto *exportCmd = identity->add_subcommand("export", "Print (or write) your public key for teammates");
    exportCmd->add_option("-o,--output", *output, "Write to this file instead of stdout");
    exportCmd->add_flag("--force", *force, "With -o: replace a file that is there already");
    exportCmd->callback([&rt, output, force] {
        rt.setAction([&rt, output, force] {
            Result<CryptoIdentity> current = requireIdentity(rt.identity());
            if (!current)
                return rt.out.fail(current.error());
            const CryptoIdentity &id = *current;
            if (!output->empty()) {
                if (Status written = writePublicKeyFile(id, QString::fromStdString(*output), *force); !written)
                    return rt.out.fail(written.error());
            }
            rt.out.document(QJsonObject{{QStringLiteral("publicKey"), id.publicKey},
                                        {QStringLiteral("email"), id.email},
                                        {QStringLiteral("identityHash"), id.identityHash}});
            rt.out.text(output->empty() ? id.publicKey : QStringLiteral("Wrote public key to %1").arg(Output::printable(QString::fromStdString(*output))));
            return 0;
        });
    });
}

} // namespace noorm::cli
