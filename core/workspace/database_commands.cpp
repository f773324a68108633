#include "workspace/database_commands.h"

#include "identity/identity_service.h"
#include "workspace/identity_registry.h"
#include "workspace/vault.h"
#include "workspace/workspace.h"

#include "db/connection.h"
#include "log/logger.h"
#include "db/database_admin.h"
#include "db/tracking_schema.h"
#include "dialect/dialect.h"

#include <QDir>
#include <QFileInfo>

namespace noorm {

void logNotices(Connection &connection, const std::shared_ptr<Logger> &logger, NoticeHandler also)
{
    connection.onNotice([logger, also = std::move(also), config = connection.config().name](const QString &message) {
        logger->info(QStringLiteral("db:notice"), QStringLiteral("%1: %2").arg(config, message));
        if (also)
            also(logger->mask(message));
    });
}

Result<TrackedConnection> connectTracked(const Config &config, const QString &projectRoot)
{
    Result<std::unique_ptr<Connection>> conn = Connection::open(config, projectRoot);
    if (!conn)
        return conn.error();
    Result<TrackingStatus> tracking = TrackingSchema::ensure(**conn);
    if (!tracking)
        return tracking.error();
    return TrackedConnection{std::move(conn).value(), *tracking};
}

Result<TrackedConnection> connectTracked(Workspace &workspace, const Config &config, const QString &projectRoot)
{
    if (Status allowed = workspace.checkConfigAllowed(config); !allowed)
        return allowed.error();
    Result<TrackedConnection> tracked = connectTracked(config, projectRoot);
    if (!tracked)
        return tracked;
    logNotices(*tracked->connection, workspace.logger());
    Result<std::optional<CryptoIdentity>> me = workspace.identity().current();
    if (me && *me) {
        if (Result<bool> registered = IdentityRegistry(*tracked->connection).registerIfMissing(**me); !registered)
            workspace.logger()->warn(QStringLiteral("identity"), QStringLiteral("Could not register your identity in %1: %2")
                                                                     .arg(config.name, registered.error().message));
        // The vault changed since your last sync (one query; nothing when it holds nothing for you).
        Result<const State *> state = workspace.state();
        const QString lastSync = state ? (*state)->vaultSync.value(vaultHome(config, projectRoot)).toString() : QString();
        if (vaultOutOfSync(*tracked->connection, **me, lastSync))
            workspace.notices().add({QStringLiteral("Your secrets are out of sync"), Hint{Hint::Action::SyncVault, config.name}});
    }
    return tracked;
}

Result<DatabaseCreation> createDatabase(const Config &config, const QString &projectRoot)
{
    // A file database may name a folder that does not exist yet: `db create` makes it.
    if (const Dialect *dialect = dialectFor(config.connection.dialect); dialect && dialect->connection().isFileBased())
        QDir().mkpath(QFileInfo(dialect->connection().databaseFile(config.connection, projectRoot)).absolutePath());
    Result<bool> created = DatabaseAdmin::createDatabase(config, projectRoot);
    if (!created)
        return created.error();
    Result<TrackedConnection> tracked = connectTracked(config, projectRoot);
    if (!tracked)
        return tracked.error();
    return DatabaseCreation{config.connection.database, *created, tracked->tracking.version};
}

Result<bool> dropDatabase(const Config &config, const QString &projectRoot)
{
    return DatabaseAdmin::dropDatabase(config, projectRoot);
}

} // namespace noorm
