#include "dialect/tracking_tables.h"

namespace noorm::tracking {

namespace {

TrackingColumn idColumn() { return {QLatin1String("id"), ColumnType::Id}; }
TrackingColumn varchar(QLatin1String name, int length, ColumnDefault def = ColumnDefault::None, bool unique = false)
{
    return {name, ColumnType::Varchar, length, def, unique};
}
TrackingColumn text(QLatin1String name, ColumnDefault def = ColumnDefault::None)
{
    return {name, ColumnType::Text, 0, def, false};
}
TrackingColumn integer(QLatin1String name, ColumnDefault def = ColumnDefault::None)
{
    return {name, ColumnType::Integer, 0, def, false};
}
TrackingColumn timestamp(QLatin1String name, ColumnDefault def = ColumnDefault::CurrentTimestamp)
{
    return {name, ColumnType::Timestamp, 0, def, false};
}

std::vector<TrackingTable> makeCoreTables()
{
    constexpr auto empty = ColumnDefault::EmptyText;
    constexpr auto zero = ColumnDefault::Zero;
    std::vector<TrackingTable> tables;

    tables.push_back({version::table,
                      {idColumn(), varchar(version::cliVersion, 50), integer(version::noormVersion),
                       integer(version::stateVersion), integer(version::settingsVersion),
                       timestamp(version::installedAt), timestamp(version::upgradedAt)},
                      {}, {}, {}});

    tables.push_back({change::table,
                      {idColumn(), varchar(change::name, 255), varchar(change::changeType, 50),
                       varchar(change::direction, 50), varchar(change::checksum, 64, empty),
                       timestamp(change::executedAt), varchar(change::executedBy, 255, empty),
                       varchar(change::configName, 255, empty), varchar(change::cliVersion, 50, empty),
                       varchar(change::status, 50), text(change::errorMessage, empty),
                       integer(change::durationMs, zero)},
                      {}, {}, {{change::nameConfigIndex, {change::name, change::configName}}}});

    tables.push_back({executions::table,
                      {idColumn(), integer(executions::changeId), varchar(executions::filepath, 500),
                       varchar(executions::fileType, 10), varchar(executions::checksum, 64, empty),
                       varchar(executions::cliVersion, 50, empty), varchar(executions::status, 50),
                       text(executions::errorMessage, empty), varchar(executions::skipReason, 100, empty),
                       integer(executions::durationMs, zero)},
                      {{executions::changeId, change::table, change::id, true}},
                      {},
                      {{executions::changeIdIndex, {executions::changeId}}}});

    tables.push_back({lock::table,
                      {idColumn(), varchar(lock::configName, 255, ColumnDefault::None, true),
                       varchar(lock::lockedBy, 255), timestamp(lock::lockedAt),
                       timestamp(lock::expiresAt, ColumnDefault::None), varchar(lock::reason, 255, empty)},
                      {}, {}, {}});

    tables.push_back({identities::table,
                      {idColumn(), varchar(identities::identityHash, 64, ColumnDefault::None, true),
                       varchar(identities::email, 255), varchar(identities::name, 255),
                       varchar(identities::machine, 255), varchar(identities::os, 255),
                       text(identities::publicKey), timestamp(identities::registeredAt),
                       timestamp(identities::lastSeenAt)},
                      {}, {}, {}});
    return tables;
}

TrackingTable makeSecretsTable()
{
    return {secrets::table,
            {idColumn(), varchar(secrets::configName, 255, ColumnDefault::EmptyText),
             varchar(secrets::secretKey, 255), text(secrets::encryptedValue),
             varchar(secrets::recipientHash, 64), varchar(secrets::senderHash, 64),
             timestamp(secrets::createdAt), timestamp(secrets::updatedAt),
             varchar(secrets::cliVersion, 50, ColumnDefault::EmptyText)},
            {},
            {{secrets::configName, secrets::secretKey, secrets::recipientHash}},
            {{secrets::recipientIndex, {secrets::recipientHash}}}};
}

} // namespace

const std::vector<TrackingTable> &coreTables()
{
    static const std::vector<TrackingTable> tables = makeCoreTables();
    return tables;
}

const TrackingTable &secretsTable()
{
    static const TrackingTable table = makeSecretsTable();
    return table;
}

std::vector<TrackingTable> allTables()
{
    std::vector<TrackingTable> tables = coreTables();
    tables.push_back(secretsTable());
    return tables;
}

} // namespace noorm::tracking
