#include "cli_runner.h"

#include "live.h"

#include <QProcess>

namespace noorm::test {

Cli::Cli() : m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.insert(QStringLiteral("NOORM_HOME"), m_home.path());
    for (const QString &k : m_env.keys())
        if (k.startsWith(QLatin1String("NOORM_CONNECTION_")) || k == QLatin1String("NOORM_CONFIG")
            || k == QLatin1String("NOORM_YES") || k == QLatin1String("NOORM_JSON"))
            m_env.remove(k);
}

QString Cli::program() { return QStringLiteral(NOORM_CLI_BINARY); }

CliRun Cli::operator()(const QStringList &args, const QString &cwd, const QByteArray &input,
                       const QProcessEnvironment *env) const
{
    QProcess p;
    p.setProgram(program());
    p.setArguments(args);
    p.setWorkingDirectory(cwd);
    p.setProcessEnvironment(env ? *env : m_env);
    p.start();
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-1, p.readAllStandardOutput(),
                "noorm " + args.join(QLatin1Char(' ')).toUtf8() + " did not finish within 60 s\n" + p.readAllStandardError()};
    }
    if (p.exitStatus() != QProcess::NormalExit)
        return {-1, p.readAllStandardOutput(), "noorm crashed: " + p.errorString().toUtf8() + '\n' + p.readAllStandardError()};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

CliRun Cli::initProject(const QString &root) const
{
    return (*this)({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Test User"), QStringLiteral("--email"),
                    QStringLiteral("test@noorm.dev")},
                   root);
}

CliRun Cli::addSqliteConfig(const QString &root, const QString &name, const QString &file, const QStringList &extra) const
{
    return (*this)(QStringList{QStringLiteral("config"), QStringLiteral("add"), name, QStringLiteral("--dialect"),
                               QStringLiteral("sqlite"), QStringLiteral("--database"), file} + extra,
                   root);
}

CliRun Cli::addLiveConfig(const QString &root, const QString &name, const QString &dialect, const QString &database,
                          const QStringList &extra) const
{
    const std::optional<LiveServer> server = liveServer(dialect);
    if (!server)
        return {-1, {}, "no live " + dialect.toUtf8() + " server"};
    const QStringList args{QStringLiteral("config"), QStringLiteral("add"), name, QStringLiteral("--dialect"), dialect,
                           QStringLiteral("--host"), server->host, QStringLiteral("--port"), QString::number(server->port),
                           QStringLiteral("--database"), database, QStringLiteral("--user"), server->user, QStringLiteral("--stdin")};
    return (*this)(args + extra, root, server->password.toUtf8() + "\n");
}

} // namespace noorm::test
