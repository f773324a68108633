// noorm db create|drop

#include "runtime.h"

#include "workspace/database_commands.h"
#include "prompt.h"
#include "workspace/protection.h"

namespace noorm::cli {

void addDbCommands(CLI::App &root, Runtime &rt)
{
    CLI::App *db = addGroup(root, "db", "Database lifecycle: create and drop the config's database");

    auto *create = db->add_subcommand("create", "Create the config's database (sqlite: the file) and noorm's tracking tables");
    create->callback([&rt] {
        rt.setAction([&rt] {
            Result<Config> config = rt.resolveConfig();
            if (!config)
                return rt.out.fail(config.error());
            if (Status s = rt.guard(*config, ProtectedAction::DbCreate,
                                 QStringLiteral("Create the database of protected config \"%1\"?").arg(config->name));
                !s)
                return rt.out.fail(s.error());
            if (rt.globals.dryRun) {
                rt.out.text(QStringLiteral("Would create database %1 (%2)")
                                .arg(config->connection.database, config->connection.dialect));
                rt.out.document(QJsonObject{{QStringLiteral("dryRun"), true},
                                            {QStringLiteral("database"), config->connection.database}});
                return 0;
            }
            Result<Workspace *> ws = rt.workspaceOrDetached();
            Result<DatabaseCreation> made = createDatabase(*config, (*ws)->root());
            if (!made)
                return rt.out.fail(made.error());
            rt.out.document(QJsonObject{{QStringLiteral("database"), config->connection.database},
                                        {QStringLiteral("created"), made->created},
                                        {QStringLiteral("trackingVersion"), made->trackingVersion}});
            rt.out.text(made->created ? QStringLiteral("Created database %1").arg(config->connection.database)
                                      : QStringLiteral("Database %1 already exists").arg(config->connection.database));
            rt.out.text(QStringLiteral("Tracking tables ready (version %1)").arg(made->trackingVersion));
            return 0;
        });
    });

    auto *drop = db->add_subcommand("drop", "Drop the config's database (sqlite: delete the file). Refused on protected configs");
    drop->alias("destroy");
    drop->callback([&rt] {
        rt.setAction([&rt] {
            Result<Config> config = rt.resolveConfig();
            if (!config)
                return rt.out.fail(config.error());
            if (Status s = rt.guard(*config, ProtectedAction::DbDrop, QString()); !s)
                return rt.out.fail(s.error());
            if (rt.globals.dryRun) {
                rt.out.text(QStringLiteral("Would drop database %1").arg(config->connection.database));
                rt.out.document(QJsonObject{{QStringLiteral("dryRun"), true},
                                            {QStringLiteral("database"), config->connection.database}});
                return 0;
            }
            if (Status ok = confirm(QStringLiteral("Drop database \"%1\" of config \"%2\"? Everything in it is lost.")
                                        .arg(config->connection.database, config->name),
                                    QString(), rt.globals.yes);
                !ok)
                return rt.out.fail(ok.error());
            Result<Workspace *> ws = rt.workspaceOrDetached();
            Result<bool> dropped = dropDatabase(*config, (*ws)->root());
            if (!dropped)
                return rt.out.fail(dropped.error());
            rt.out.document(QJsonObject{{QStringLiteral("database"), config->connection.database},
                                        {QStringLiteral("dropped"), *dropped}});
            rt.out.text(*dropped ? QStringLiteral("Dropped database %1").arg(config->connection.database)
                                 : QStringLiteral("Database %1 did not exist").arg(config->connection.database));
            return 0;
        });
    });
}

} // namespace noorm::cli
