#pragma once
// How the original noorm names an identity: a SHA-256 over who and where, so the same
// person on two machines has two identities (and two keypairs).

#include <QString>

namespace noorm {

// sha256 hex of email \0 name \0 machine \0 os (UTF-8), 64 lowercase hex characters.
QString identityHash(const QString &email, const QString &name, const QString &machine, const QString &os);

// Node's os.hostname().
QString currentMachine();
// Node's `${os.platform()} ${os.release()}`: "linux 6.1.0-18-amd64", "darwin 24.5.0", "win32 10.0.19045".
QString currentOs();

} // namespace noorm
