#include "identity/crypto_identity.h"

namespace noorm {

QString CryptoIdentity::display() const
{
    return email.isEmpty() ? name : QStringLiteral("%1 <%2>").arg(name, email);
}

QJsonObject CryptoIdentity::toJson() const
{
    return QJsonObject{
        {QStringLiteral("identityHash"), identityHash},
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), email},
        {QStringLiteral("publicKey"), publicKey},
        {QStringLiteral("machine"), machine},
        {QStringLiteral("os"), os},
        {QStringLiteral("createdAt"), createdAt},
    };
}

Result<CryptoIdentity> CryptoIdentity::fromJson(const QJsonObject &json)
{
    CryptoIdentity id;
    for (const auto &[key, field] : {std::pair{"identityHash", &id.identityHash}, std::pair{"name", &id.name},
                                     std::pair{"email", &id.email}, std::pair{"publicKey", &id.publicKey}}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isString() || v.toString().isEmpty()) {
            Error e = Error::invalidData(tr("identity lacks \"%1\"").arg(QLatin1String(key)));
            e.key = QLatin1String(key);
            return e;
        }
        *field = v.toString();
    }
    id.machine = json.value(QStringLiteral("machine")).toString();
    id.os = json.value(QStringLiteral("os")).toString();
    id.createdAt = json.value(QStringLiteral("createdAt")).toString();
    return id;
}

} // namespace noorm
