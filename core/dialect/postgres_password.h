#pragma once
// A role's password as PostgreSQL stores it (SCRAM-SHA-256, or whatever the server's
// password_encryption asks for), computed by libpq on the client (PQencryptPasswordConn, as
// psql's \password does), so that ALTER ROLE … PASSWORD never carries the password itself.

#include "common/result.h"
#include "common/secret.h"

#include <QString>

class QSqlDatabase;

namespace noorm {

Result<QString> postgresPasswordVerifier(const QSqlDatabase &db, const QString &user, const Secret &password);

} // namespace noorm
