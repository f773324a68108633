#pragma once
// The tracking tables noorm keeps in the target database, defined once: table names,
// column names, types, defaults, keys and indexes, shared with the original TypeScript
// noorm (docs/tracking-tables.md; the original's docs/dev/datamodel.md, "Database Tables").
// Every other module names tables and columns through these constants; the dialects render
// the DDL from the descriptions below.

#include <QLatin1String>
#include <QString>
#include <vector>

namespace noorm {

enum class ColumnType { Id, Varchar, Text, Integer, Timestamp };
enum class ColumnDefault { None, EmptyText, Zero, CurrentTimestamp };

// Writers always supply Text columns (error_message, public_key, encrypted_value): MySQL
// gets no default on TEXT (docs/tracking-tables.md), so leaving one out fails there.
struct TrackingColumn {
    QLatin1String name;
    ColumnType type = ColumnType::Varchar;
    int length = 0;                            // varchar only
    ColumnDefault defaultValue = ColumnDefault::None;
    bool unique = false;
};

struct TrackingForeignKey {
    QLatin1String column;
    QLatin1String referencedTable;             // unqualified tracking-table name
    QLatin1String referencedColumn;
    bool cascadeOnDelete = true;
};

struct TrackingIndex {
    QLatin1String name;
    std::vector<QLatin1String> columns;
};

struct TrackingTable {
    QLatin1String name;
    std::vector<TrackingColumn> columns;       // every column is NOT NULL
    std::vector<TrackingForeignKey> foreignKeys;
    std::vector<std::vector<QLatin1String>> uniqueTogether;
    std::vector<TrackingIndex> indexes;
};

namespace tracking {

// Every tracking table's name starts with this: tables named so are noorm's, hidden from
// the user's objects (explore) and kept by teardown.
inline constexpr QLatin1String tablePrefix("__noorm_");
inline bool isTrackingTableName(const QString &name) { return name.startsWith(tablePrefix); }

// Format versions written into __noorm_version__ by this build.
inline constexpr int stateVersion = 1;
inline constexpr int settingsVersion = 1;

namespace version {
inline constexpr QLatin1String table("__noorm_version__");
inline constexpr QLatin1String id("id");
inline constexpr QLatin1String cliVersion("cli_version");
inline constexpr QLatin1String noormVersion("noorm_version");
inline constexpr QLatin1String stateVersion("state_version");
inline constexpr QLatin1String settingsVersion("settings_version");
inline constexpr QLatin1String installedAt("installed_at");
inline constexpr QLatin1String upgradedAt("upgraded_at");
} // namespace version

namespace change {
inline constexpr QLatin1String table("__noorm_change__");
// The name of the row a teardown records (no change folder has it).
inline constexpr QLatin1String resetName("__reset__");
// The end of a failed change's error_message when nothing of it stayed in the database
// (rolled back, or it failed in its first statement). Untranslated: stored for the team.
inline constexpr QLatin1String nothingAppliedNote(" (nothing of the change was applied)");
inline constexpr QLatin1String nothingRevertedNote(" (nothing of the revert was applied: the change stays applied)");
// What of a failed change's own message goes before the note, so the column keeps the note.
inline constexpr int kNoteRoom = 1500;
inline constexpr QLatin1String id("id");
inline constexpr QLatin1String name("name");
inline constexpr QLatin1String changeType("change_type");
inline constexpr QLatin1String direction("direction");
inline constexpr QLatin1String checksum("checksum");
inline constexpr QLatin1String executedAt("executed_at");
inline constexpr QLatin1String executedBy("executed_by");
inline constexpr QLatin1String configName("config_name");
inline constexpr QLatin1String cliVersion("cli_version");
inline constexpr QLatin1String status("status");
inline constexpr QLatin1String errorMessage("error_message");
inline constexpr QLatin1String durationMs("duration_ms");
inline constexpr QLatin1String nameConfigIndex("idx_change_name_config");
} // namespace change

namespace executions {
inline constexpr QLatin1String table("__noorm_executions__");
inline constexpr QLatin1String id("id");
inline constexpr QLatin1String changeId("change_id");
inline constexpr QLatin1String filepath("filepath");
inline constexpr QLatin1String fileType("file_type");
inline constexpr QLatin1String checksum("checksum");
inline constexpr QLatin1String cliVersion("cli_version");
inline constexpr QLatin1String status("status");
inline constexpr QLatin1String errorMessage("error_message");
inline constexpr QLatin1String skipReason("skip_reason");
inline constexpr QLatin1String durationMs("duration_ms");
inline constexpr QLatin1String changeIdIndex("idx_executions_change_id");
inline constexpr int skipReasonMaxLength = 100;
} // namespace executions

namespace lock {
inline constexpr QLatin1String table("__noorm_lock__");
inline constexpr QLatin1String id("id");
inline constexpr QLatin1String configName("config_name");
inline constexpr QLatin1String lockedBy("locked_by");
inline constexpr QLatin1String lockedAt("locked_at");
inline constexpr QLatin1String expiresAt("expires_at");
inline constexpr QLatin1String reason("reason");
} // namespace lock

namespace identities {
inline constexpr QLatin1String table("__noorm_identities__");
inline constexpr QLatin1String id("id");
inline constexpr QLatin1String identityHash("identity_hash");
inline constexpr QLatin1String email("email");
inline constexpr QLatin1String name("name");
inline constexpr QLatin1String machine("machine");
inline constexpr QLatin1String os("os");
inline constexpr QLatin1String publicKey("public_key");
inline constexpr QLatin1String registeredAt("registered_at");
inline constexpr QLatin1String lastSeenAt("last_seen_at");
} // namespace identities

// The team vault (new in this version; the original ignores it).
namespace secrets {
inline constexpr QLatin1String table("__noorm_secrets__");
inline constexpr QLatin1String id("id");
inline constexpr QLatin1String configName("config_name");
inline constexpr QLatin1String secretKey("secret_key");
inline constexpr QLatin1String encryptedValue("encrypted_value");
inline constexpr QLatin1String recipientHash("recipient_hash");
inline constexpr QLatin1String senderHash("sender_hash");
inline constexpr QLatin1String createdAt("created_at");
inline constexpr QLatin1String updatedAt("updated_at");
inline constexpr QLatin1String cliVersion("cli_version");
inline constexpr QLatin1String recipientIndex("idx_secrets_recipient_hash");
} // namespace secrets

// Tables created by schema migration v1, in creation order (parents first).
const std::vector<TrackingTable> &coreTables();
// The vault table, created when missing whatever the schema version.
const TrackingTable &secretsTable();
// Every tracking table: core tables then the vault.
std::vector<TrackingTable> allTables();

} // namespace tracking
} // namespace noorm
