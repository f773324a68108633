#pragma once
// Workspace: one open project as every command sees it — its root, its settings.yml and
// its encrypted state (loaded on first use with the identity's private key, saved
// atomically). The CLI and the GUI both work through a Workspace.

#include "common/result.h"
#include "settings/settings.h"
#include "state/state.h"
#include "workspace/config_resolver.h"

#include <memory>

namespace noorm {

class Workspace {
public:
    // The project holding `startDir` (default: the working directory). Outside a project,
    // ErrorCode::NotFound with a hint to run `noorm init`.
    static Result<Workspace> open(const QString &startDir = QString());
    // A workspace with no project: env-only configs, default settings, empty state.
    static Workspace detached();
    // open(), or detached() when there is no project.
    static Result<Workspace> openOrDetached(const QString &startDir = QString());

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
    Result<State *> state();
    Status saveState();

    Result<Config> resolveConfig(const ResolveRequest &request);

private:
    Workspace() = default;
    QString m_root;
    Settings m_settings;
    std::unique_ptr<State> m_state;
};

} // namespace noorm
