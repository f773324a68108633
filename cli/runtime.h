#pragma once
// Runtime: what every CLI command shares — the global flags, the output, the user's
// identity service, the project workspace (opened on first use, with its logger) and the
// action the parsed command will run. The CLI's one owner of core's per-process services.

#include "operations/confirmation.h"
#include "output.h"
#include "identity/identity_service.h"
#include "workspace/protection.h"
#include "workspace/workspace.h"

#include <CLI/CLI.hpp>
#include <QJsonObject>
#include <functional>
#include <optional>
#include <string>

namespace noorm::cli {

struct Globals {
    bool headless = false;
    bool json = false;
    bool force = false;
    bool yes = false;
    bool dryRun = false;
    std::string config;
};

class Runtime {
public:
    Runtime();

    Globals globals;
    Output out;
    std::function<int()> action;

    // The leaf command's callback: runs after parsing, with output mode settled. Notices
    // core left for the user during it (IdentityService::takeNotices) follow on stderr.
    void setAction(std::function<int()> fn);

    // The user's identity (home: NOORM_HOME or ~/.noorm; key file passphrase asked on a TTY).
    IdentityService &identity() { return *m_identity; }
    // The project (NotFound outside one, suggesting `noorm init`); configures logging.
    Result<Workspace *> workspace();
    // The project if there is one, else a detached workspace (env-only configs).
    Result<Workspace *> workspaceOrDetached();
    // Protected configs: a blocked action is refused (exit 4); others ask for `yes-<config>`
    // on a TTY, or need --yes.
    Status guard(const Config &config, ProtectedAction action, const QString &question);
    // How core operations ask: on the terminal, or --yes / NOORM_YES.
    Confirm confirmer() const;
    // The config a command acts on (-c, NOORM_CONFIG, active, or env-only).
    Result<Config> resolveConfig(const QJsonObject &flags = {});
    // The open workspace's logger; null before one is open (nothing to log to yet).
    std::shared_ptr<Logger> logger() const { return m_ws ? m_ws->logger() : nullptr; }

private:
    Result<Workspace *> adopt(Result<Workspace> ws);
    std::shared_ptr<IdentityService> m_identity;
    std::optional<Workspace> m_ws;
};

// A --x/--no-x flag that stays unset when neither is given (CLI11 would default it to false).
struct TriFlag {
    bool value = false;
    CLI::Option *option = nullptr;
    CLI::Option *addTo(CLI::App *cmd, const std::string &names, const std::string &help)
    {
        option = cmd->add_flag(names, value, help);
        return option;
    }
    std::optional<bool> get() const { return option && option->count() > 0 ? std::optional<bool>(value) : std::nullopt; }
};

// Helpers for registering commands.
CLI::App *addGroup(CLI::App &parent, const std::string &name, const std::string &description);
// --dialect, accepting the names of the dialect list (dialect/dialect_list.h) and no others.
CLI::Option *addDialectOption(CLI::App *cmd, std::string &dialect, const std::string &help);

void addProjectCommands(CLI::App &root, Runtime &rt);   // init, version
int runVersion(Runtime &rt);
void addConfigCommands(CLI::App &root, Runtime &rt);    // config ...
void addDbCommands(CLI::App &root, Runtime &rt);        // db ...
void addIdentityCommands(CLI::App &root, Runtime &rt);  // identity ...
void addSettingsCommands(CLI::App &root, Runtime &rt);  // settings ...
void addSecretCommands(CLI::App &root, Runtime &rt);    // secret ...
void addVaultCommands(CLI::App &root, Runtime &rt);     // secrets ... (the team vault)
void addRunCommands(CLI::App &root, Runtime &rt);       // run build/file/dir/files/inspect
void addRunInspectCommand(CLI::App *run, Runtime &rt);  // run inspect
void addLockCommands(CLI::App &root, Runtime &rt);
void addSqlCommands(CLI::App &root, Runtime &rt);
void addExploreCommand(CLI::App &db, Runtime &rt);     // db explore       // sql
void addChangeCommands(CLI::App &root, Runtime &rt);    // change ...      // lock status/acquire/release/force

} // namespace noorm::cli
