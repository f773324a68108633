#include "runtime.h"

#include "dialect/dialect_list.h"
#include "exit_codes.h"
#include "identity/identity_service.h"
#include "log/logger.h"
#include "prompt.h"
#include "qt_messages.h"
#include "settings/settings.h"

namespace noorm::cli {

CLI::App *addGroup(CLI::App &parent, const std::string &name, const std::string &description)
{
    CLI::App *group = parent.add_subcommand(name, description);
    group->require_subcommand(0, 1);
    return group;
}

CLI::Option *addDialectOption(CLI::App *cmd, std::string &dialect, const std::string &help)
{
    std::vector<std::string> names;
    for (const DialectInfo &info : kDialects)
        names.emplace_back(info.name.data(), std::size_t(info.name.size()));
    return cmd->add_option("--dialect", dialect, help)->check(CLI::IsMember(names));
}

Runtime::Runtime()
    : m_identity(std::make_shared<IdentityService>(IdentityOptions{QString(), std::nullopt, askPassphrase}))
{
}

void Runtime::setAction(std::function<int()> fn)
{
    action = [this, fn = std::move(fn)] {
        const int code = fn();
        for (const QString &notice : m_identity->takeNotices())
            out.warning(notice);
        if (m_ws)
            for (const Notice &notice : m_ws->notices().take())
                out.warning(noticeText(notice));
        return code;
    };
}

Result<Workspace *> Runtime::adopt(Result<Workspace> ws)
{
    if (!ws)
        return ws.error();
    m_ws.emplace(std::move(ws).value());
    out.useLogger(m_ws->logger());
    logQtMessagesTo(m_ws->logger());
    for (const Notice &notice : m_ws->notices().take()) // the settings' (misspelt keys), before the command runs
        out.warning(noticeText(notice));
    if (Status logging = m_ws->configureLogging(qEnvironmentVariable("NOORM_LOG_FILE"), qEnvironmentVariable("NOORM_LOG_LEVEL"));
        !logging)
        out.warning(logging.error().toString() + QStringLiteral("; logging to the default file instead"));
    return &*m_ws;
}

Result<Workspace *> Runtime::workspace()
{
    if (m_ws && m_ws->hasProject())
        return &*m_ws;
    return adopt(Workspace::open(m_identity));
}

Result<Workspace *> Runtime::workspaceOrDetached()
{
    if (m_ws)
        return &*m_ws;
    return adopt(Workspace::openOrDetached(m_identity));
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
    Result<Config> config = (*ws)->resolveConfig(request); // registers its password with the workspace's logger
    if (config)
        (*ws)->logger()->setContext(QJsonObject{{QStringLiteral("config"), config->name}});
    return config;
}

} // namespace noorm::cli
