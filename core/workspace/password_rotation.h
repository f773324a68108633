#pragma once
// Rotating a config's database password through the team vault: a new random password is
// set on the server through the config's own connection (ALTER ROLE/USER/LOGIN, from the
// dialect), saved in your config, then stored in the vault for the password's remaining
// recipients. In that order, so a failure never leaves the team without a working password:
// until the server has it nothing changed; once it has, your config holds it, and a failed
// vault write says so and is repeated by rotating again. See docs/vault.md.

#include "common/result.h"
#include "config/config.h"

#include <QStringList>

namespace noorm {

class Workspace;

struct PasswordRotation {
    QString config;         // the config whose password changed
    QString vaultKey;       // where the vault keeps it: "password:<user>"
    QStringList recipients; // who can read the new one
};

// `target`'s password rotated; the vault is the one in `vaultHost`'s database (`target`'s
// own when they are one config: teammates then need a role of their own to reach it).
Result<PasswordRotation> rotateDatabasePassword(Workspace &workspace, const Config &vaultHost, const Config &target);

// A new database password: 32 letters and digits from the OS CSPRNG (190 bits), no
// character any SQL literal or connection string has to escape.
Secret generateDatabasePassword();

} // namespace noorm
