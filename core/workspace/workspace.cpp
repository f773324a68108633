#include "workspace/workspace.h"

#include "common/private_file.h"
#include "identity/identity_service.h"
#include "log/logger.h"
#include "project/project.h"
#include "settings/settings_file.h"
#include "state/known_states.h"
#include "template/template_cache.h"
#include "workspace/log_location.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace noorm {

namespace {
// Writers hold the state lock for a decrypt, an edit and an encrypt: milliseconds. A lock
// left by a killed process is taken over at once (QLockFile checks the holder's pid).
constexpr int kStateLockWaitMs = 30'000;

Error notInAProject()
{
    return Error::notFound(tr("Not inside a noorm project.")).withHint(Hint::Action::InitProject);
}
} // namespace

Workspace::Workspace(std::shared_ptr<IdentityService> identity)
    : m_identity(std::move(identity)), m_logger(std::make_shared<Logger>()), m_templateCache(std::make_shared<TemplateCache>()), m_notices(std::make_shared<Notices>())
{
    // The secrets the environment gives noorm itself are masked like the stored ones.
    for (const char *name : {"NOORM_PASSPHRASE", "NOORM_CONNECTION_PASSWORD"})
        if (const QString value = qEnvironmentVariable(name); !value.isEmpty())
            m_logger->registerSecret(value);
}

Workspace::Workspace(Workspace &&) noexcept = default;
Workspace &Workspace::operator=(Workspace &&) noexcept = default;
Workspace::~Workspace() = default;

Result<Workspace> Workspace::open(std::shared_ptr<IdentityService> identity, const QString &startDir)
{
    const ProjectLocation location = Project::find(startDir);
    if (!location.found())
        return Error::notFound(tr("Not inside a noorm project (no .noorm/ folder here or above %1).")
                                   .arg(location.originalCwd))
            .withHint(Hint::Action::InitProject);
    Result<Settings> settings = SettingsFile::load(Project::settingsPath(location.root));
    if (!settings)
        return settings.error();
    Workspace ws(std::move(identity));
    ws.m_root = location.root;
    ws.m_settings = std::move(settings).value();
    // A misspelt key is no setting at all (`protcted: true` protects nothing): the front
    // end shows each as it shows core's other notices.
    // Named as the project shows the file (.noorm/settings.yml:6:7: …), not by its absolute path.
    const QString settingsPath = Project::settingsPath(location.root);
    for (QString unknown : ws.m_settings.unknownKeyWarnings) {
        if (unknown.startsWith(settingsPath + QLatin1Char(':')))
            unknown.replace(0, settingsPath.size(), QDir(location.root).relativeFilePath(settingsPath));
        ws.m_notices->add(Notice{unknown, {}});
    }
    (void)ws.configureLogging(); // a refused logging.file falls back; the front end may ask again to say so
    return ws;
}

Workspace Workspace::detached(std::shared_ptr<IdentityService> identity)
{
    Workspace ws(std::move(identity));
    ws.m_state = std::make_unique<State>();
    return ws;
}

Result<Workspace> Workspace::openOrDetached(std::shared_ptr<IdentityService> identity, const QString &startDir)
{
    if (!Project::find(startDir).found())
        return detached(std::move(identity));
    return open(std::move(identity), startDir);
}

Status Workspace::configureLogging(const QString &userFile, const QString &userLevel)
{
    if (!hasProject())
        return {};
    Result<LogOptions> options = projectLogOptions(*this, userFile, userLevel);
    m_logger->configure(options ? *options : defaultLogOptions(*this, userLevel));
    if (!options)
        return options.error();
    return {};
}

TemplateEngineOptions Workspace::templateEngineOptions() const
{
    return {m_logger, m_templateCache};
}

StateStore Workspace::stateStore() const
{
    return StateStore(m_root, KnownStates::inHome(m_identity->globalDir()), m_logger);
}

QString Workspace::absolutePath(const QString &projectRelative) const
{
    if (QDir::isAbsolutePath(projectRelative))
        return QDir::cleanPath(projectRelative);
    return QDir::cleanPath(QDir(m_root.isEmpty() ? QDir::currentPath() : m_root).filePath(projectRelative));
}

Status Workspace::saveSettings() const
{
    if (!hasProject())
        return notInAProject();
    return SettingsFile::save(Project::settingsPath(m_root), m_settings);
}

void Workspace::adoptState(State state)
{
    m_state = std::make_unique<State>(std::move(state));
    // Every stored secret is masked wherever noorm writes text (logs, errors, previews).
    for (const Config &c : std::as_const(m_state->configs))
        m_logger->registerSecret(c.connection.password.reveal());
    for (const auto &perConfig : std::as_const(m_state->secrets))
        for (const Secret &value : perConfig)
            m_logger->registerSecret(value.reveal());
    for (const Secret &value : std::as_const(m_state->globalSecrets))
        m_logger->registerSecret(value.reveal());
    for (const Secret &value : std::as_const(m_state->pendingPasswords))
        m_logger->registerSecret(value.reveal());
}

Result<const State *> Workspace::state()
{
    if (m_state)
        return m_state.get();
    const StateStore store = stateStore();
    if (!store.exists()) {
        m_state = std::make_unique<State>();
        return m_state.get();
    }
    Result<Secret> key = m_identity->privateKey();
    if (!key)
        return key.error();
    Result<State> loaded = store.load(*key);
    if (!loaded)
        return loaded.error();
    adoptState(std::move(loaded).value());
    return m_state.get();
}

Status Workspace::updateState(const std::function<Status(State &)> &change)
{
    if (!hasProject())
        return notInAProject();
    const StateStore store = stateStore();
    if (Status dir = makePrivateDir(QFileInfo(store.path()).absolutePath()); !dir)
        return dir;
    // The key first: a keychain answers slowly under load, and nobody should wait for that.
    Result<Secret> key = m_identity->privateKey();
    if (!key)
        return key.error();
    QLockFile lock(store.path() + QStringLiteral(".lock"));
    if (!lock.tryLock(kStateLockWaitMs)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        Error e = pid > 0 ? Error::failed(tr("The state is being changed by another noorm (process %1 on %2); "
                                             "try again when it is done").arg(pid).arg(host))
                          : Error::failed(tr("The state is being changed by another noorm; try again when it is done"));
        e.kind = ErrorKind::LockHeld;
        e.file = store.path();
        return e;
    }
    // Read again under the lock: another process may have saved since this one loaded.
    Result<State> latest = store.load(*key);
    if (!latest)
        return latest.error();
    State changed = std::move(latest).value();
    if (Status ok = change(changed); !ok)
        return ok;
    if (Status saved = store.save(changed, *key); !saved)
        return saved;
    adoptState(std::move(changed));
    return {};
}

Result<Config> Workspace::resolveConfig(const ResolveRequest &request)
{
    Result<const State *> current = state();
    if (!current)
        return current.error();
    Result<Config> config = noorm::resolveConfig(**current, m_settings, request);
    if (config) // an env-only config's password, or one given by flag, is in no state
        m_logger->registerSecret(config->connection.password.reveal());
    if (config) {
        if (Status allowed = checkConfigAllowed(*config); !allowed)
            return allowed.error();
    }
    return config;
}

Status Workspace::checkConfigAllowed(const Config &config) const
{
    if (!m_requireTest || config.isTest)
        return {};
    Error e = Error::refused(tr("Config \"%1\" is not a test config (isTest: false), and this program only works on test "
                                "configs (requireTest)").arg(config.name));
    e.key = QStringLiteral("isTest");
    e.hint = Hint{Hint::Action::EditConfig, config.name};
    return e;
}

} // namespace noorm
