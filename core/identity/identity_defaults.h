#pragma once
// The identity a new project's user gets when they have none yet (noorm init in the CLI, New
// Project in the desktop app): the given name and email, else git's user.name and
// user.email, else the login name and login@host.

#include "identity/identity_service.h"

namespace noorm {

// The current identity, or a new one made as above (`created` says which).
Result<CryptoIdentity> ensureIdentity(IdentityService &identity, const QString &name, const QString &email, bool *created);
// Writes `me`'s public key (hex SPKI and a newline) to `path` atomically, readable by anyone:
// it is for teammates (`config export --to`, `secrets set --to`). `identity export -o`.
// Another file already at `path` is refused unless `overwrite` (a file that holds this
// very key already is written again).
Status writePublicKeyFile(const CryptoIdentity &me, const QString &path, bool overwrite);

} // namespace noorm
