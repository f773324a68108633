// noorm identity init|show|export

#include "runtime.h"

#include "identity/identity_service.h"

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
Result<CryptoIdentity> requireIdentity()
{
    Result<std::optional<CryptoIdentity>> current = IdentityService::current();
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::notFound(QStringLiteral("No identity configured. Run: noorm identity init --name N --email E"));
    return **current;
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
            Result<CryptoIdentity> made = IdentityService::create(request);
            if (!made)
                return rt.out.fail(made.error());
            rt.out.document(identityJson(*made));
            rt.out.text(QStringLiteral("Created identity %1 <%2> (%3)").arg(made->name, made->email, made->identityHash.left(8)));
            return 0;
        });
    });

    auto *show = identity->add_subcommand("show", "Show your identity");
    show->callback([&rt] {
        rt.setAction([&rt] {
            Result<CryptoIdentity> current = requireIdentity();
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

    auto output = std::make_shared<std::string>();
    auto *exportCmd = identity->add_subcommand("export", "Print (or write) your public key for teammates");
    exportCmd->add_option("-o,--output", *output, "Write to this file instead of stdout");
    exportCmd->callback([&rt, output] {
        rt.setAction([&rt, output] {
            Result<CryptoIdentity> current = requireIdentity();
            if (!current)
                return rt.out.fail(current.error());
            const CryptoIdentity &id = *current;
            if (!output->empty()) {
                QFile file(QString::fromStdString(*output));
                if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    return rt.out.fail(Error::at(file.fileName(), 0, 0, file.errorString()));
                file.write(id.publicKey.toUtf8() + '\n');
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
