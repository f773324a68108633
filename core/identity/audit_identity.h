#pragma once
// Who ran something, for the tracking tables: a name and maybe an email, and where it came
// from. Resolved like the original noorm: the config's `identity` field (bots), the
// cryptographic identity, NOORM_IDENTITY (CI), git's user.name/user.email, the OS user.

#include <QString>

namespace noorm {

struct AuditIdentity {
    QString name;
    QString email;  // empty when unknown
    QString source; // config | state | env | git | system (the original's IdentitySource)

    QString display() const; // "Name <email>" or "Name"
};

// Parses "Name <email>" or "Name".
AuditIdentity parseAuditIdentity(const QString &text, const QString &source);

class IdentityService;

// `identity`: the front end's identity service, whose current identity is the second
// source; null skips that source.
AuditIdentity resolveAuditIdentity(const QString &configIdentity, const IdentityService *identity);

} // namespace noorm
