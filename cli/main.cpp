// noorm: the headless CLI. Parsing and printing only; every verb calls core.

#include "exit_codes.h"
#include "help_format.h"
#include "usage.h"
#include "reference.h"
#include "update_notice.h"
#include "runtime.h"
#include "qt_messages.h"

#include "log/logger.h"
#include "project/project.h"
#include "state/state_store.h"
#include "template/template_engine.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <csignal>
#include <set>
#include <string>
#include <vector>

using namespace noorm;
using namespace noorm::cli;

namespace {

// The original's colon and slash forms: `change:ff` and `change/ff` mean `change ff`.
std::vector<std::string> expandRouteForms(int argc, char **argv)
{
    static const QRegularExpression route(QStringLiteral("^[a-z]+([:/][a-z]+)+$"));
    std::vector<std::string> args;
    bool routeSeen = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (!routeSeen && !arg.empty() && arg[0] != '-') {
            routeSeen = true;
            const QString q = QString::fromStdString(arg);
            if (route.match(q).hasMatch()) {
                for (const QString &word : q.split(QRegularExpression(QStringLiteral("[:/]"))))
                    args.push_back(word.toStdString());
                continue;
            }
        }
        args.push_back(arg);
    }
    return args;
}

bool isTruthy(const char *value)
{
    return value && (std::string(value) == "1" || std::string(value) == "true");
}

// --json anywhere before `--`, or NOORM_JSON: read from the words themselves, since a usage
// error can stop CLI11 before it stores the flag.
bool asksForJson(const std::vector<std::string> &args)
{
    for (const std::string &arg : args) {
        if (arg == "--")
            break;
        if (arg == "--json")
            return true;
    }
    return isTruthy(std::getenv("NOORM_JSON"));
}

// The command a run names (`run` in `noorm -c dev run build`): its first word that is not
// an option, nor the config that -c/--config names. Nothing when it asks for help.
std::string commandWord(int argc, char **argv)
{
    std::string word;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help" || arg == "--help-all")
            return {};
        if (arg == "--")
            break;
        if (arg == "-c" || arg == "--config")
            ++i;
        else if (word.empty() && !arg.empty() && arg[0] != '-')
            word = arg.substr(0, arg.find_first_of(":/"));
    }
    return word;
}

// Commands that read the project's encrypted state begin reading the key from the keychain
// at once, so the keychain's ~10 ms overlap the parsing and the settings (bench/README.md).
void prefetchTheKeyForTheState(Runtime &rt, int argc, char **argv)
{
    static const std::set<std::string> readsState{"run", "change", "db", "sql", "lock", "config", "secret", "vault", "__complete"};
    if (!readsState.count(commandWord(argc, argv)))
        return;
    const ProjectLocation project = Project::find();
    if (project.found() && StateStore(project.root).exists())
        rt.identity().prefetchPrivateKey();
}

// Under --dry-run a command runs when it plans itself (says what it would do and changes
// nothing) or only reads. Any other would write without a plan to show, so it is not run
// (`--dry-run config rm` removed the config; spec cli.md: plan only, exit 0, no writes).
bool runsUnderDryRun(const QString &route)
{
    static const QSet<QString> kRuns = {
        QStringLiteral("version"),         QStringLiteral("init"),           QStringLiteral("config list"),
        QStringLiteral("config show"),     QStringLiteral("config validate"), QStringLiteral("config add"),
        QStringLiteral("db create"),       QStringLiteral("db drop"),        QStringLiteral("db explore"),
        QStringLiteral("db truncate"),     QStringLiteral("db teardown"),    QStringLiteral("db reset"),
        QStringLiteral("identity show"),   QStringLiteral("identity list"),  QStringLiteral("settings show"),
        QStringLiteral("secret list"),     QStringLiteral("secrets list"),   QStringLiteral("run build"),
        QStringLiteral("run file"),        QStringLiteral("run dir"),        QStringLiteral("run files"),
        QStringLiteral("run inspect"),     QStringLiteral("lock status"),    QStringLiteral("lock acquire"),
        QStringLiteral("lock release"),    QStringLiteral("lock force"),     QStringLiteral("change list"),
        QStringLiteral("change history"),  QStringLiteral("change run"),     QStringLiteral("change revert"),
        QStringLiteral("change next"),     QStringLiteral("change ff"),      QStringLiteral("change rewind"),
        QStringLiteral("sql history"),
    };
    return kRuns.contains(route) || route.startsWith(QLatin1String("settings ")) || route.startsWith(QLatin1String("__"));
}

int notRunUnderDryRun(Runtime &rt, const QString &route, const CLI::App &command)
{
    const QString does = QString::fromStdString(command.get_description()).section(QLatin1Char('\n'), 0, 0);
    rt.out.text(QStringLiteral("Dry run: `noorm %1` was not run, nothing changed. It would: %2").arg(route, does));
    rt.out.document(QJsonObject{{QStringLiteral("dryRun"), true}, {QStringLiteral("command"), route},
                                {QStringLiteral("ran"), false}, {QStringLiteral("description"), does}});
    return 0;
}

// The command: parsed, run, its notices printed. Everything it opened (the workspace, its
// log, locks and connections) is closed when this returns.
int runCommand(int argc, char **argv)
{
    Runtime rt;
    prefetchTheKeyForTheState(rt, argc, argv);
    CLI::App cli{"noorm: SQL-first database schema and change manager.\n"
                 "Settings in .noorm/settings.yml, configs and secrets in the encrypted .noorm/state/.",
                 "noorm"};
    useHelpFormat(cli); // before the commands, which take it on
    cli.set_help_all_flag("--help-all", "Print help for every command");
    cli.require_subcommand(0, 1);
    cli.fallthrough();
    cli.add_flag("-H,--headless", rt.globals.headless, "Force headless mode (always true for this CLI)")
        ->envname("NOORM_HEADLESS");
    cli.add_flag("--json", rt.globals.json, "Print exactly one JSON document on stdout")->envname("NOORM_JSON");
    cli.add_option("-c,--config", rt.globals.config, "Config to use (default: NOORM_CONFIG, then the active config)")
        ->envname("NOORM_CONFIG")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast); // `alias nd='noorm -c dev'` then `nd -c other …`
    cli.add_flag("-f,--force", rt.globals.force, "Run even what checksums say is unchanged");
    cli.add_flag("-y,--yes", rt.globals.yes, "Answer yes to confirmations (also NOORM_YES=1)");
    cli.add_flag("--dry-run", rt.globals.dryRun, "Show what would happen; change nothing");
    bool showVersion = false;
    cli.add_flag("-v,--version", showVersion, "Print the version and diagnostics (same as `noorm version`)");
    cli.footer("Exit codes: 0 ok, 1 error, 2 a file or change failed, 3 lock held, 4 refused,\n"
               "5 not found, 64 usage, 130 interrupted. `noorm <command> --help` for details.");

    addProjectCommands(cli, rt);
    addConfigCommands(cli, rt);
    addDbCommands(cli, rt);
    addIdentityCommands(cli, rt);
    addSettingsCommands(cli, rt);
    addSecretCommands(cli, rt);
    addVaultCommands(cli, rt);
    addRunCommands(cli, rt);
    addLockCommands(cli, rt);
    addChangeCommands(cli, rt);
    addSqlCommands(cli, rt);
    addReferenceCommand(cli, rt);
    addCompleteCommand(cli, rt);
    addUpdateCheckCommand(cli, rt);

    std::vector<std::string> args = expandRouteForms(argc, argv);
    helpWordsAsFlag(args); // `noorm help change ff`
    const bool jsonAsked = asksForJson(args);
    const std::vector<std::string> given = args;
    std::reverse(args.begin(), args.end()); // CLI11 takes the arguments in reverse order
    try {
        cli.parse(args);
    } catch (const CLI::CallForHelp &e) {
        // `help nope`: a topic there is no command for (CLI11 answers --help before it looks
        // at the words left over)
        if (const QString unknown = notUnderstood(cli, given); !unknown.isEmpty()) {
            rt.out.json = jsonAsked;
            (void)rt.out.fail(Error::invalidInput(unknown));
            if (!jsonAsked)
                std::fprintf(stderr, "Run with --help for more information.\n");
            return Usage;
        }
        if (jsonAsked) { // one JSON document, help too
            rt.out.json = true;
            rt.out.document(helpDocument(cli));
            return 0;
        }
        return cli.exit(e);
    } catch (const CLI::CallForAllHelp &e) {
        return cli.exit(e);
    } catch (const CLI::ParseError &e) {
        QString message = QString::fromStdString(e.what());
        if (dynamic_cast<const CLI::ExtrasError *>(&e)) // the word, the nearest one known
            if (const QString better = notUnderstood(cli, given); !better.isEmpty())
                message = better;
        if (jsonAsked || rt.globals.json) { // one JSON document, like every other failure
            rt.out.json = true;
            return rt.out.fail(Error::invalidInput(message));
        }
        // As every other failure: "error: …" (cli.md), then where to look.
        (void)rt.out.fail(Error::invalidInput(message));
        std::fprintf(stderr, "Run with --help for more information.\n");
        return Usage;
    }
    rt.out.json = rt.globals.json;
    if (isTruthy(std::getenv("NOORM_YES")))
        rt.globals.yes = true;

    if (showVersion) // also after a command (`change list --version`), which it ran instead
        return runVersion(rt);
    if (!rt.action) {
        // A bare group (`noorm config`) or nothing at all: print the relevant help.
        if (rt.globals.json)
            rt.out.document(helpDocument(cli));
        else
            std::printf("%s", deepestParsed(cli).help().c_str());
        return 0;
    }
    QStringList route;
    for (const CLI::App *sub = &cli; sub;) {
        const auto parsed = sub->get_subcommands();
        sub = parsed.empty() ? nullptr : parsed.front();
        if (sub)
            route << QString::fromStdString(sub->get_name());
    }
    if (rt.globals.dryRun && !runsUnderDryRun(route.join(QLatin1Char(' '))))
        return notRunUnderDryRun(rt, route.join(QLatin1Char(' ')), deepestParsed(cli));
    const int code = rt.action();
    noticeUpdates(rt.globals.json);
    // Not the completions' own calls (hidden commands, one a TAB).
    if (const std::shared_ptr<Logger> logger = rt.logger(); logger && !route.value(0).startsWith(QLatin1String("__")))
        logger->log(code == 0 ? LogLevel::Info : LogLevel::Error, QStringLiteral("command"),
                    QStringLiteral("noorm %1 exited %2").arg(route.join(QLatin1Char(' '))).arg(code));
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    quietJsCompilerWarnings();
    routeQtMessages();
    QCoreApplication::setApplicationName(QStringLiteral("noorm"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NOORM_VERSION));
    std::signal(SIGINT, [](int) { std::_Exit(130); });
    const int code = runCommand(argc, argv);
    // What is left is the process's own teardown: the keychain's D-Bus thread, Qt's plugins
    // and the libraries' exit handlers, a millisecond that nothing needs (bench/README.md).
    std::fflush(nullptr);
    std::_Exit(code);
}
