#include "workspace/config_share.h"

#include <algorithm>
#include <cctype>

#include "crypto/share_payload.h"
#include "crypto/x25519.h"
#include "identity/identity_service.h"
#include "workspace/config_resolver.h"
#include "workspace/config_store.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace noorm {

namespace {

// The fields a share carries, as the original's export builds them: no user, no password.
QJsonObject sharedFields(const Config &config)
{
    const QJsonObject all = config.toJson();
    const QJsonObject connection = all.value(QStringLiteral("connection")).toObject();
    QJsonObject shared;
    for (const char *key : {"name", "type", "isTest", "protected", "paths"})
        if (all.contains(QLatin1String(key)))
            shared.insert(QLatin1String(key), all.value(QLatin1String(key)));
    QJsonObject conn;
    for (const char *key : {"dialect", "host", "port", "database", "ssl"})
        if (connection.contains(QLatin1String(key)))
            conn.insert(QLatin1String(key), connection.value(QLatin1String(key)));
    shared.insert(QStringLiteral("connection"), conn);
    return shared;
}

} // namespace

Result<ShareRecipient> ConfigShare::recipient(const QString &to)
{
    const QString wanted = to.trimmed();
    if (wanted.startsWith(QLatin1String(kX25519SpkiPrefixHex), Qt::CaseInsensitive)) {
        if (Result<QByteArray> raw = x25519RawPublicKey(wanted.toLower()); !raw)
            return Error::invalidInput(QStringLiteral("Not an X25519 public key (hex SPKI, as an identity export gives it): %1")
                                           .arg(raw.error().message));
        return ShareRecipient{{}, wanted.toLower()};
    }
    Result<const State *> state = m_ws.state();
    if (!state)
        return state.error();
    QList<ShareRecipient> byEmail, byHashStart;
    QStringList hashes;
    // A hash's first 8 characters or more, as identity list shows them and the error below.
    const bool hashStart = wanted.size() >= 8 && wanted.size() < 64
        && std::all_of(wanted.begin(), wanted.end(), [](QChar c) { return std::isxdigit(c.toLatin1()) != 0; });
    for (auto it = (*state)->knownUsers.constBegin(); it != (*state)->knownUsers.constEnd(); ++it) {
        const QJsonObject user = it.value().toObject();
        const ShareRecipient candidate{user.value(QStringLiteral("email")).toString(), user.value(QStringLiteral("publicKey")).toString()};
        if (it.key().compare(wanted, Qt::CaseInsensitive) == 0)
            return candidate;
        if (hashStart && it.key().startsWith(wanted, Qt::CaseInsensitive))
            byHashStart << candidate;
        if (candidate.email.compare(wanted, Qt::CaseInsensitive) == 0) {
            byEmail << candidate;
            hashes << it.key().left(8);
        }
    }
    if (byHashStart.size() == 1)
        return byHashStart.first();
    if (byHashStart.size() > 1)
        return Error::invalidInput(QStringLiteral("\"%1\" starts %2 known identities' hashes: give more of it").arg(wanted).arg(byHashStart.size()));
    if (byEmail.size() == 1)
        return byEmail.first();
    if (byEmail.size() > 1)
        return Error::invalidInput(QStringLiteral("%1 has %2 identities (one per machine): give one's hash instead (%3)")
                                       .arg(wanted).arg(byEmail.size()).arg(hashes.join(QStringLiteral(", "))));
    Error error = Error::notFound(QStringLiteral("No known user \"%1\": give their public key (their identity export "
                                                 "gives it), or use a database they use once")
                                      .arg(wanted));
    error.key = QStringLiteral("to");
    return error;
}

Result<ExportedConfig> ConfigShare::exportConfig(const QString &name, const QString &to)
{
    Result<ShareRecipient> who = recipient(to);
    if (!who)
        return who.error();
    Result<CryptoIdentity> me = m_ws.identity().required();
    if (!me)
        return me.error();
    Result<const State *> state = m_ws.state();
    if (!state)
        return state.error();
    const auto config = (*state)->configs.constFind(name);
    if (config == (*state)->configs.constEnd())
        return Error::notFound(QStringLiteral("Config \"%1\" not found").arg(name));
    QJsonObject secrets;
    ExportedConfig exported{name, name + QStringLiteral(".noorm.enc"), {}, who->email, {}};
    const QMap<QString, Secret> own = (*state)->secrets.value(name);
    for (auto it = own.constBegin(); it != own.constEnd(); ++it) {
        secrets.insert(it.key(), it.value().reveal());
        exported.secretKeys << it.key();
    }
    const QByteArray plain = QJsonDocument(QJsonObject{{QStringLiteral("config"), sharedFields(*config)},
                                                       {QStringLiteral("secrets"), secrets}})
                                 .toJson(QJsonDocument::Compact);
    Result<SharePayload> payload = encryptForRecipient(plain, who->publicKey, me->email, who->email);
    if (!payload)
        return payload.error();
    exported.fileContents = QJsonDocument(payload->toJson()).toJson(QJsonDocument::Indented);
    return exported;
}

Status ConfigShare::writeFile(const QString &path, const QByteArray &contents, bool overwrite)
{
    if (!overwrite && QFileInfo::exists(path))
        return Error::refused(QStringLiteral("%1 exists already").arg(path)).withHint(Hint::Action::Force);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        return Error::io(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
    return {};
}

Result<SharedConfig> ConfigShare::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(path, QStringLiteral("cannot read: %1").arg(file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error::at(path, 0, 0, QStringLiteral("not a shared config (.noorm.enc): %1").arg(parseError.errorString()));
    Result<SharePayload> payload = SharePayload::fromJson(document.object());
    if (!payload)
        return Error::at(path, 0, 0, payload.error().message);
    if (payload->version != 1)
        return Error::at(path, 0, 0, QStringLiteral("share version %1, from a newer noorm: this one reads version 1")
                                         .arg(payload->version));
    Result<Secret> key = m_ws.identity().privateKey();
    if (!key)
        return key.error();
    Result<Secret> plain = decryptWithPrivateKey(*payload, *key);
    if (!plain)
        return Error::at(path, 0, 0, QStringLiteral("cannot be opened with your key (it is for %1, or it was changed): %2")
                                         .arg(payload->recipient.isEmpty() ? QStringLiteral("someone else") : payload->recipient,
                                              plain.error().message));
    const QJsonObject data = QJsonDocument::fromJson(plain->revealBytes()).object();
    if (!data.value(QStringLiteral("config")).isObject())
        return Error::at(path, 0, 0, QStringLiteral("decrypted, but holds no config"));
    SharedConfig shared{payload->sender, payload->recipient, data.value(QStringLiteral("config")).toObject(), {}};
    // Whatever the file says, it brings no credentials: they are the importing user's own.
    QJsonObject connection = shared.config.value(QStringLiteral("connection")).toObject();
    connection.remove(QStringLiteral("user"));
    connection.remove(QStringLiteral("password"));
    shared.config.insert(QStringLiteral("connection"), connection);
    shared.config.remove(QStringLiteral("identity"));
    const QJsonObject secrets = data.value(QStringLiteral("secrets")).toObject();
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        if (it.value().isString())
            shared.secrets.insert(it.key(), Secret(it.value().toString()));
    return shared;
}

Status ConfigShare::checkRequest(const ConfigImport &request)
{
    if (!request.passwordGiven)
        return {};
    return checkPasswordGiven(QJsonObject{{QStringLiteral("connection"), QJsonObject{{QStringLiteral("password"), request.password.reveal()}}}});
}

Result<Config> ConfigShare::import(const SharedConfig &shared, const ConfigImport &request)
{
    if (Status ok = checkRequest(request); !ok)
        return ok.error();
    QJsonObject fields = shared.config;
    const QString name = request.name.isEmpty() ? fields.value(QStringLiteral("name")).toString() : request.name;
    fields.insert(QStringLiteral("name"), name);
    Config config = Config::fromJson(fields);
    config.connection.user = request.user;
    config.connection.password = request.password;
    if (Status ok = validateConfig(config); !ok)
        return ok.error();
    const Status saved = m_ws.updateState([&](State &st) -> Status {
        if (st.configs.contains(name) && !request.replace) {
            Error e = Error::refused(QStringLiteral("Config \"%1\" exists already: import it under another name, "
                                                    "or confirm replacing it")
                                         .arg(name));
            e.key = QStringLiteral("name");
            return e;
        }
        // Replacing is an edit: what `config edit` and `config rm` refuse, it refuses too.
        if (const auto existing = st.configs.constFind(name); existing != st.configs.constEnd()) {
            if (const Stage *stage = m_ws.settings().stage(name); stage && stage->locked)
                return Error::refused(QStringLiteral("Config \"%1\" is linked to a locked stage and cannot be replaced; "
                                                     "import it under another name (--name)")
                                          .arg(name));
            if (existing->connection.dialect != config.connection.dialect)
                return Error::refused(QStringLiteral("Config \"%1\" is %2 and the imported one is %3: a config's dialect cannot "
                                                     "change; import it under another name (--name)")
                                          .arg(name, existing->connection.dialect, config.connection.dialect));
        }
        st.configs.insert(name, config);
        st.secrets.insert(name, shared.secrets); // under the name it is saved as, and only those
        if (st.activeConfig.isEmpty())
            st.activeConfig = name;
        return {};
    });
    if (!saved)
        return saved.error();
    return config;
}

} // namespace noorm
