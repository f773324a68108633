#pragma once
// The config's deploy lock as a front end shows and clears it (the desktop's lock indicator;
// the CLI's `lock status` and `lock force` read the same rows): who holds it, since when and
// until when, and a forced release whoever holds it. Both connect with the tracking tables
// ensured, as every lock command does.

#include "common/result.h"
#include "config/config.h"
#include "lock/lock_types.h"

#include <optional>

namespace noorm {

class Workspace;

// The lock of `config` as it stands (expired rows count as free), none when free. Changes
// nothing: no database file or tracking table is made to look.
Result<std::optional<LockInfo>> lockStatus(Workspace &workspace, const Config &config);
// Takes it for you until releaseLock or expiry (`lock acquire`): what is held now.
Result<LockInfo> acquireLock(Workspace &workspace, const Config &config, const LockOptions &options);
// Releases your lock (`lock release`); refused when someone else holds it.
Status releaseLock(Workspace &workspace, const Config &config);
// Releases it whoever holds it; what was released, none when it was free.
Result<std::optional<LockInfo>> forceReleaseLock(Workspace &workspace, const Config &config);

} // namespace noorm
