#include "identity/key_store.h"

#include "common/private_file.h"

#include "crypto/passphrase_box.h"
#include "identity/keychain_runner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace noorm {

KeyStore::KeyStore(KeyStoreKind kind, QString globalDir, PassphraseProvider passphrase)
    : m_kind(kind), m_globalDir(std::move(globalDir)), m_passphrase(std::move(passphrase))
{
}

KeyStoreKind KeyStore::kindFromEnvironment()
{
    return qEnvironmentVariable("NOORM_KEY_STORE").trimmed().toLower() == QLatin1String("file")
        ? KeyStoreKind::PassphraseFile
        : KeyStoreKind::Keychain;
}

QString KeyStore::keyFilePath() const { return QDir(m_globalDir).filePath(QLatin1String(kKeyFileName)); }

QString KeyStore::location() const
{
    return m_kind == KeyStoreKind::Keychain ? QStringLiteral("the OS keychain") : keyFilePath();
}

Result<Secret> KeyStore::passphrase(bool creating) const
{
    if (qEnvironmentVariableIsSet("NOORM_PASSPHRASE")) {
        Secret fromEnv(qEnvironmentVariable("NOORM_PASSPHRASE"));
        if (!fromEnv.isEmpty())
            return fromEnv;
    }
    if (m_passphrase) {
        auto given = m_passphrase(PassphraseRequest{keyFilePath(), creating});
        if (!given)
            return given.error();
        if (!given->isEmpty())
            return given;
    }
    return Error::refused(tr("%1 needs a passphrase").arg(keyFilePath())).withHint(Hint::Action::GivePassphrase);
}

Status KeyStore::store(const QString &account, const Secret &privateKeyHex) const
{
    if (m_kind == KeyStoreKind::Keychain)
        return KeychainRunner::write(QLatin1String(kService), account, privateKeyHex.revealBytes());

    auto pass = passphrase(true);
    if (!pass)
        return pass.error();
    auto sealed = sealWithPassphrase(privateKeyHex, *pass);
    if (!sealed)
        return sealed.error();
    // The account goes beside the sealed key so a file left by another identity is not
    // mistaken for this one's.
    QJsonObject json = QJsonDocument::fromJson(*sealed).object();
    json.insert(QStringLiteral("account"), account);

    if (Status dir = makePrivateDir(m_globalDir); !dir)
        return dir;
    if (Status written = writeFileAtomically(keyFilePath(), QJsonDocument(json).toJson(QJsonDocument::Indented)); !written)
        return written;
    return {};
}

Result<std::optional<Secret>> KeyStore::load(const QString &account) const
{
    if (m_kind == KeyStoreKind::Keychain) {
        auto bytes = KeychainRunner::read(QLatin1String(kService), account);
        if (!bytes)
            return bytes.error();
        if (!bytes->has_value())
            return std::optional<Secret>();
        return std::optional<Secret>(Secret(std::move(**bytes)));
    }

    QFile file(keyFilePath());
    if (!file.exists())
        return std::optional<Secret>();
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(keyFilePath(), tr("cannot read: %1").arg(file.errorString()));
    const QByteArray content = file.readAll();
    if (QJsonDocument::fromJson(content).object().value(QStringLiteral("account")).toString() != account)
        return std::optional<Secret>();
    auto pass = passphrase(false);
    if (!pass)
        return pass.error();
    auto opened = openWithPassphrase(content, *pass);
    if (!opened) {
        Error e = opened.error();
        e.file = keyFilePath();
        return e;
    }
    return std::optional<Secret>(std::move(*opened));
}

Status KeyStore::remove(const QString &account) const
{
    if (m_kind == KeyStoreKind::Keychain)
        return KeychainRunner::remove(QLatin1String(kService), account);
    // The file holds one account's key: another account's (the one that replaced it) stays.
    QFile file(keyFilePath());
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return {};
    const bool ours = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("account")).toString() == account;
    file.close();
    if (ours && !file.remove())
        return Error::io(keyFilePath(), tr("cannot remove: %1").arg(file.errorString()));
    return {};
}

} // namespace noorm
