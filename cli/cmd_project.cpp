// noorm init, noorm version

#include "identity/key_store.h"
#include "runtime.h"

#include "identity/identity_defaults.h"
#include "identity/identity_service.h"
#include "project/project.h"
#include "state/state_store.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSysInfo>

namespace noorm::cli {


int runVersion(Runtime &rt)
{
    QJsonObject identity{{QStringLiteral("homePath"), rt.identity().globalDir()},
                         {QStringLiteral("envVarSet"), !qEnvironmentVariableIsEmpty("NOORM_IDENTITY")}};
    Result<std::optional<CryptoIdentity>> current = rt.identity().current();
    const bool hasIdentity = current && current->has_value();
    identity.insert(QStringLiteral("exists"), hasIdentity);
    if (hasIdentity) {
        const CryptoIdentity &id = **current;
        identity.insert(QStringLiteral("name"), id.name);
        identity.insert(QStringLiteral("email"), id.email);
        identity.insert(QStringLiteral("identityHash"), id.identityHash);
    } else if (!current) {
        identity.insert(QStringLiteral("error"), current.error().toString());
    }

    const ProjectLocation location = Project::find();
    QJsonObject project{{QStringLiteral("found"), location.found()}, {QStringLiteral("cwd"), location.originalCwd}};
    if (location.found()) {
        project.insert(QStringLiteral("path"), location.root);
        Result<Workspace *> ws = rt.workspace();
        if (ws) {
            Result<const State *> state = (*ws)->state();
            if (state) {
                project.insert(QStringLiteral("configCount"), static_cast<int>((*state)->configs.size()));
                project.insert(QStringLiteral("activeConfig"), (*state)->activeConfig.isEmpty()
                                                                  ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue((*state)->activeConfig));
            } else {
                project.insert(QStringLiteral("stateError"), state.error().toString());
            }
        } else {
            project.insert(QStringLiteral("stateError"), ws.error().toString());
        }
    }
    const QJsonObject doc{{QStringLiteral("version"), QStringLiteral(NOORM_VERSION)},
                          {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                          {QStringLiteral("platform"), QSysInfo::productType()},
                          {QStringLiteral("arch"), QSysInfo::currentCpuArchitecture()},
                          {QStringLiteral("identity"), identity},
                          {QStringLiteral("project"), project}};
    rt.out.document(doc);
    rt.out.text(QStringLiteral("noorm %1 (Qt %2, %3 %4)")
                    .arg(QStringLiteral(NOORM_VERSION), QString::fromLatin1(qVersion()), QSysInfo::productType(),
                         QSysInfo::currentCpuArchitecture()));
    rt.out.text(hasIdentity ? QStringLiteral("identity: %1 <%2> (%3)")
                                  .arg(identity[QStringLiteral("name")].toString(),
                                       identity[QStringLiteral("email")].toString(),
                                       identity[QStringLiteral("identityHash")].toString().left(8))
                            : QStringLiteral("identity: none (run `noorm init` or `noorm identity init`)"));
    if (location.found()) {
        rt.out.text(QStringLiteral("project:  %1").arg(Output::printable(location.root)));
        if (project.contains(QStringLiteral("stateError")))
            rt.out.text(QStringLiteral("state:    %1").arg(project[QStringLiteral("stateError")].toString()));
        else
            rt.out.text(QStringLiteral("configs:  %1 (active: %2)")
                            .arg(project[QStringLiteral("configCount")].toInt())
                            .arg(project[QStringLiteral("activeConfig")].toString(QStringLiteral("none"))));
    } else {
        rt.out.text(QStringLiteral("project:  none (outside a noorm project)"));
    }
    return 0;
}

// Creates the identity when the user has none yet: flags, then git config, then the OS user.
void addProjectCommands(CLI::App &root, Runtime &rt)
{
    auto *version = root.add_subcommand("version", "Print the version and diagnostics (identity, project, state)");
    version->callback([&rt] { rt.setAction([&rt] { return runVersion(rt); }); });

    struct InitOptions {
        std::string dir, name, email;
    };
    auto opts = std::make_shared<InitOptions>();
    auto *init = root.add_subcommand("init", "Create a noorm project here (.noorm/settings.yml, sql/, changes/) "
                                             "and your identity if you have none");
    init->add_option("dir", opts->dir, "Folder to initialise (default: the working directory)");
    init->add_option("--name", opts->name, "Your name for the identity (default: git user.name)");
    init->add_option("--email", opts->email, "Your email for the identity (default: git user.email)");
    init->callback([&rt, opts] {
        rt.setAction([&rt, opts] {
            const QString dir = opts->dir.empty() ? QDir::currentPath() : QString::fromStdString(opts->dir);
            if (!QDir().mkpath(dir))
                return rt.out.fail(Error::failed(QStringLiteral("cannot create folder %1").arg(dir)));
            if (rt.globals.dryRun) {
                rt.out.text(QStringLiteral("Would create .noorm/settings.yml, .noorm/.gitignore, sql/, changes/ in %1")
                                .arg(Output::printable(QDir(dir).absolutePath())));
                rt.out.document(QJsonObject{{QStringLiteral("dryRun"), true}, {QStringLiteral("root"), QDir(dir).absolutePath()}});
                return 0;
            }
            Result<InitReport> report = Project::init(dir);
            if (!report)
                return rt.out.fail(report.error());
            bool created = false;
            Result<CryptoIdentity> identity =
                ensureIdentity(rt.identity(), QString::fromStdString(opts->name), QString::fromStdString(opts->email), &created);
            QJsonObject doc{{QStringLiteral("root"), report->root},
                            {QStringLiteral("created"), QJsonArray::fromStringList(report->created)}};
            rt.out.text(QStringLiteral("Initialised noorm project in %1").arg(Output::printable(report->root)));
            for (const QString &path : std::as_const(report->created))
                rt.out.text(QStringLiteral("  created %1").arg(path));
            if (!identity) {
                // The project exists now, so init succeeded; the identity can come later.
                const QString howTo = QStringLiteral("noorm identity init --name NAME --email EMAIL");
                doc.insert(QStringLiteral("identity"), QJsonObject{{QStringLiteral("created"), false},
                                                                   {QStringLiteral("error"), identity.error().toString()},
                                                                   {QStringLiteral("howToCreate"), howTo}});
                rt.out.document(doc);
                rt.out.warning(QStringLiteral("no identity was set up: %1\nCreate it later with: %2")
                                   .arg(identity.error().toString(), howTo));
                return 0;
            }
            doc.insert(QStringLiteral("identity"), QJsonObject{{QStringLiteral("name"), identity->name},
                                                               {QStringLiteral("email"), identity->email},
                                                               {QStringLiteral("identityHash"), identity->identityHash},
                                                               {QStringLiteral("created"), created}});
            rt.out.document(doc);
            rt.out.text(created ? QStringLiteral("Created identity %1 <%2>; private key stored in %3")
                                      .arg(identity->name, identity->email,
                                           KeyStore::kindFromEnvironment() == KeyStoreKind::PassphraseFile
                                               ? QStringLiteral("the key file %1, sealed with your passphrase").arg(QLatin1String(KeyStore::kKeyFileName))
                                               : QStringLiteral("the keychain"))
                                : QStringLiteral("Using identity %1 <%2>").arg(identity->name, identity->email));
            rt.out.text(QStringLiteral("Next: noorm config add dev --dialect sqlite --database ./dev.db"));
            return 0;
        });
    });
}

} // namespace noorm::cli
