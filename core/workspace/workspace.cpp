#include "workspace/workspace.h"

#include "identity/identity_service.h"
#include "log/logger.h"
#include "project/project.h"
#include "settings/settings_file.h"
#include "state/state_store.h"

#include <QDir>

namespace noorm {

Workspace::Workspace(Workspace &&) noexcept = default;
Workspace &Workspace::operator=(Workspace &&) noexcept = default;
Workspace::~Workspace() = default;

Result<Workspace> Workspace::open(const QString &startDir)
{
    const ProjectLocation location = Project::find(startDir);
    if (!location.found())
        return Error::notFound(QStringLiteral("Not inside a noorm project (no .noorm/ folder here or above %1). "
                                              "Run `noorm init` to create one.")
                                   .arg(location.originalCwd));
    Result<Settings> settings = SettingsFile::load(Project::settingsPath(location.root));
    if (!settings)
        return settings.error();
    Workspace ws;
    ws.m_root = location.root;
    ws.m_settings = std::move(settings).value();
    return ws;
}

Workspace Workspace::detached()
{
    Workspace ws;
    ws.m_state = std::make_unique<State>();
    return ws;
}

Result<Workspace> Workspace::openOrDetached(const QString &startDir)
{
    if (!Project::find(startDir).found())
        return detached();
    return open(startDir);
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
        return Error::notFound(QStringLiteral("Not inside a noorm project. Run `noorm init` first."));
    return SettingsFile::save(Project::settingsPath(m_root), m_settings);
}

Result<State *> Workspace::state()
{
    if (m_state)
        return m_state.get();
    const StateStore store(m_root);
    if (!store.exists()) {
        m_state = std::make_unique<State>();
        return m_state.get();
    }
    Result<Secret> key = IdentityService::privateKey();
    if (!key)
        return key.error();
    Result<State> loaded = store.load(*key);
    if (!loaded)
        return loaded.error();
    m_state = std::make_unique<State>(std::move(loaded).value());
    // Every stored secret is masked wherever noorm writes text (logs, errors, previews).
    for (const Config &c : std::as_const(m_state->configs))
        Logger::instance().registerSecret(c.connection.password.reveal());
    for (const auto &perConfig : std::as_const(m_state->secrets))
        for (const Secret &value : perConfig)
            Logger::instance().registerSecret(value.reveal());
    for (const Secret &value : std::as_const(m_state->globalSecrets))
        Logger::instance().registerSecret(value.reveal());
    return m_state.get();
}

Status Workspace::saveState()
{
    if (!hasProject())
        return Error::notFound(QStringLiteral("Not inside a noorm project. Run `noorm init` first."));
    Result<State *> current = state();
    if (!current)
        return current.error();
    Result<Secret> key = IdentityService::privateKey();
    if (!key)
        return key.error();
    return StateStore(m_root).save(**current, *key);
}

Result<Config> Workspace::resolveConfig(const ResolveRequest &request)
{
    Result<State *> current = state();
    if (!current)
        return current.error();
    return noorm::resolveConfig(**current, m_settings, request);
}

} // namespace noorm
