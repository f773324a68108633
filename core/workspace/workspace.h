#pragma once
// Workspace: one open project as every command sees it — its root, its settings.yml and
// its encrypted state (loaded on first use with the identity's private key, saved
// atomically). The CLI and the GUI both work through a Workspace.
//
// A workspace owns what is per project, so two projects can be open in one process: its
// Logger (the log file of its settings, and the Redactor that knows every secret it read:
// the state's secrets and passwords, and each config it resolved) and the cache of its
// compiled templates. What works for it (operations, the runner, template engines, the
// front end's output) gets them from it. The identity service is the front end's, shared.

#include "common/notices.h"
#include "common/result.h"
#include "log/logger.h"
#include "settings/settings.h"
#include "state/state.h"
#include "state/state_store.h"
#include "template/template_engine.h"
#include "workspace/config_resolver.h"

#include <functional>
#include <memory>

namespace noorm {

class IdentityService;
struct TemplateCache;

class Workspace {
public:
    // The project holding `startDir` (default: the working directory), logging as its
    // settings say. Outside a project, ErrorKind::NotFound with a hint to run `noorm init`.
    // `identity` (the front end's) gives the key that decrypts the state.
    static Result<Workspace> open(std::shared_ptr<IdentityService> identity, const QString &startDir = QString());
    // A workspace with no project: env-only configs, default settings, empty state, no log file.
    static Workspace detached(std::shared_ptr<IdentityService> identity);
    // open(), or detached() when there is no project.
    static Result<Workspace> openOrDetached(std::shared_ptr<IdentityService> identity,
                                            const QString &startDir = QString());

    Workspace(Workspace &&) noexcept;
    Workspace &operator=(Workspace &&) noexcept;
    ~Workspace();

    bool hasProject() const { return !m_root.isEmpty(); }
    QString root() const { return m_root; }
    QString absolutePath(const QString &projectRelative) const;

    const Settings &settings() const { return m_settings; }
    Settings &settings() { return m_settings; }
    Status saveSettings() const;

    // The state, decrypted on first call. Without a state file it is empty and needs no key.
    // Read-only: every change goes through updateState().
    Result<const State *> state();
    // Changes the state safely while other noorm processes (the CLI, the desktop app) may
    // write it too: under a lock file, the state is read again from disk, `change` edits a
    // copy, the copy is saved atomically and only then becomes this workspace's state. A
    // failing `change` or save leaves both the file and the state in memory as they were.
    Status updateState(const std::function<Status(State &)> &change);

    // The config `request` names; its password joins this workspace's secrets. With
    // requireTest set, a config whose isTest is false is refused (ErrorKind::Refused).
    Result<Config> resolveConfig(const ResolveRequest &request);
    // The SDK's `requireTest` (the original's roadmap): every operation of this workspace
    // refuses a config not marked isTest, so a test suite can never touch a real database.
    // It can be set, never cleared.
    void requireTestConfigs() { m_requireTest = true; }
    // Refused when requireTest is set and `config` is not a test config: every path that
    // connects with a config it was handed (locks, the vault, identity sync) asks first.
    Status checkConfigAllowed(const Config &config) const;
    bool requiresTestConfigs() const { return m_requireTest; }

    // This project's log, with the redactor that masks its secrets wherever text leaves noorm.
    const std::shared_ptr<Logger> &logger() const { return m_logger; }
    // Points the log at settings.logging (done by open()), with the user's own overrides
    // (`userFile`, `userLevel`: NOORM_LOG_FILE and NOORM_LOG_LEVEL in the CLI) when not
    // empty. A logging.file the settings may not use leaves the log at the default file and
    // is returned, naming the key, for the front end to show.
    Status configureLogging(const QString &userFile = QString(), const QString &userLevel = QString());
    IdentityService &identity() const { return *m_identity; }
    // What operations on this project left for the user to see (common/notices.h).
    Notices &notices() const { return *m_notices; }
    // For every template engine working for this project: its logger and template cache.
    TemplateEngineOptions templateEngineOptions() const;

private:
    explicit Workspace(std::shared_ptr<IdentityService> identity);
    void adoptState(State state);
    StateStore stateStore() const;
    QString m_root;
    Settings m_settings;
    std::unique_ptr<State> m_state;
    std::shared_ptr<IdentityService> m_identity;
    std::shared_ptr<Logger> m_logger;
    bool m_requireTest = false;
    std::shared_ptr<TemplateCache> m_templateCache;
    std::shared_ptr<Notices> m_notices;
};

} // namespace noorm
