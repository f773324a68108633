#pragma once
// Workspace: one open project as every command sees it — its root, its settings.yml and
// its encrypted state (loaded on first use with the identity's private key, saved
// atomically). The CLI and the GUI both work through a Workspace.

#include "common/result.h"
#include "settings/settings.h"
#include "state/state.h"
#include "workspace/config_resolver.h"

#include <functional>
#include <memory>

namespace noorm {

class Workspace {
public:
    // The project holding `startDir` (default: the working directory). Outside a project,
    // ErrorKind::NotFound with a hint to run `noorm init`.
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
    // Read-only: every change goes through updateState().
    Result<const State *> state();
    // Changes the state safely while other noorm processes (the CLI, the desktop app) may
    // write it too: under a lock file, the state is read again from disk, `change` edits a
    // copy, the copy is saved atomically and only then becomes this workspace's state. A
    // failing `change` or save leaves both the file and the state in memory as they were.
    Status updateState(const std::function<Status(State &)> &change);

    Result<Config> resolveConfig(const ResolveRequest &request);

private:
    Workspace() = default;
    void adoptState(State state);
    QString m_root;
    Settings m_settings;
    std::unique_ptr<State> m_state;
};

} // namespace noorm
