#include "runtime.h"

#include "identity/identity_service.h"
#include "log/logger.h"
#include "prompt.h"
#include "settings/settings.h"
#include "workspace/log_location.h"

namespace noorm::cli {

CLI::App *addGroup(CLI::App &parent, const std::string &name, const std::string &description)
{
    CLI::App *group = parent.add_subcommand(name, description);
    group->require_subcommand(0, 1);
    return group;
}

void Runtime::setAction(std::function<int()> fn)
{
    action = [this, fn = std::move(fn)] {
        const int code = fn();
        for (const QString &notice : IdentityService::takeNotices())
            out.warning(notice);
        return code;
    };
}

Result<Workspace *> Runtime::adopt(Result<Workspace> ws)
{
    if (!ws)
        return ws.error();
    m_ws.emplace(std::move(ws).value());
    if (m_ws->hasProject()) {
        const QString level = qEnvironmentVariable("NOORM_LOG_LEVEL");
        Result<LogOptions> options = projectLogOptions(*m_ws, qEnvironmentVariable("NOORM_LOG_FILE"), level);
        if (!options)
            out.warning(options.error().toString() + QStringLiteral("; logging to the default file instead"));
        Logger::instance().configure(options ? *options : defaultLogOptions(*m_ws, level));
    }
    return &*m_ws;
}

Result<Workspace *> Runtime::workspace()
{
    if (m_ws && m_ws->hasProject())
        return &*m_ws;
    return adopt(Workspace::open());
}

Result<Workspace *> Runtime::workspaceOrDetached()
{
    if (m_ws)
        return &*m_ws;
    return adopt(Workspace::openOrDetached());
}

Status Runtime::guard(const Config &config, ProtectedAction action, const QString &question)
{
    return checkProtected(config, action, question, confirmer());
}

Confirm Runtime::confirmer() const
{
    return [yes = globals.yes](const ConfirmationRequest &ask) { return confirm(ask.question, ask.phrase, yes); };
}

Result<Config> Runtime::resolveConfig(const QJsonObject &flags)
{
    Result<Workspace *> ws = workspaceOrDetached();
    if (!ws)
        return ws.error();
    ResolveRequest request;
    request.name = QString::fromStdString(globals.config);
    request.flags = flags;
    Result<Config> config = (*ws)->resolveConfig(request);
    if (config) {
        Logger::instance().registerSecret(config->connection.password.reveal());
        Logger::instance().setContext(QJsonObject{{QStringLiteral("config"), config->name}});
    }
    return config;
}

} // namespace noorm::cli
