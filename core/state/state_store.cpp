#include "state/state_store.h"

#include "crypto/x25519.h"
#include "log/logger.h"
#include "state/state_cipher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace noorm {

namespace {

Error inFile(Error e, const QString &path)
{
    e.file = path;
    return e;
}

} // namespace

StateStore::StateStore(const QString &projectRoot, KnownStates knownStates, std::shared_ptr<Logger> logger)
    : m_root(projectRoot),
      m_path(QDir(projectRoot).filePath(QStringLiteral(".noorm/state/state.enc"))),
      m_knownStates(std::move(knownStates)),
      m_logger(std::move(logger))
{
}

bool StateStore::exists() const { return QFileInfo::exists(m_path); }

Result<Secret> StateStore::decrypt(const Secret &privateKeyHex) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(m_path, tr("cannot read the state: %1").arg(file.errorString()));
    auto plain = StateCipher::open(file.readAll(), privateKeyHex);
    if (!plain)
        return inFile(plain.error(), m_path);
    return plain;
}

Result<State> StateStore::load(const Secret &privateKeyHex) const
{
    if (!exists())
        return State();
    auto plain = decrypt(privateKeyHex);
    if (!plain)
        return plain.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(plain->revealBytes(), &parseError);
    if (!doc.isObject())
        return Error::at(m_path, 0, 0, tr("the decrypted state is not a JSON object (%1)")
                                           .arg(parseError.errorString()));
    auto state = State::fromJson(doc.object());
    if (!state)
        return inFile(state.error(), m_path);
    listUnder(privateKeyHex); // a state saved before the list existed is listed once read
    return state;
}

Status StateStore::save(const State &state, const Secret &privateKeyHex, StateOverwrite overwrite) const
{
    if (overwrite == StateOverwrite::OnlyIfReadable && exists()) {
        auto existing = decrypt(privateKeyHex);
        if (!existing) {
            Error e = Error::refused(tr("refusing to overwrite the state: the existing file does not "
                                                    "decrypt with this key (%1)")
                                         .arg(existing.error().message));
            return inFile(e, m_path);
        }
        // A newer noorm's state is read-only here: rewriting it would stamp it with this
        // older version and drop whatever this build does not know.
        const QString newer = State::newerWriter(QJsonDocument::fromJson(existing->revealBytes()).object());
        if (!newer.isEmpty())
            return inFile(Error::refused(tr("refusing to save the state: it was written by %1, and this is "
                                                        "noorm %2 (state schema %3); it stays read-only here: "
                                                        "upgrade noorm to change it")
                                             .arg(newer, QStringLiteral(NOORM_VERSION))
                                             .arg(State::kSchemaVersion)),
                          m_path);
    }

    State stamped = state;
    stamped.version = QStringLiteral(NOORM_VERSION);
    stamped.schemaVersion = State::kSchemaVersion;
    QByteArray plaintext = QJsonDocument(stamped.toJson()).toJson(QJsonDocument::Compact);
    const Status written = write(plaintext, privateKeyHex);
    wipe(plaintext);
    return written;
}

Status StateStore::reencrypt(const Secret &fromKeyHex, const Secret &toKeyHex) const
{
    auto plain = decrypt(fromKeyHex);
    if (!plain)
        return plain.error();
    return write(plain->revealBytes(), toKeyHex);
}

Status StateStore::write(const QByteArray &plaintext, const Secret &privateKeyHex) const
{
    auto sealed = StateCipher::seal(plaintext, privateKeyHex);
    if (!sealed)
        return inFile(sealed.error(), m_path);

    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir))
        return Error::io(dir, tr("cannot create the state folder"));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(m_path, tr("cannot write the state: %1").arg(file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(*sealed);
    if (!file.commit())
        return Error::io(m_path, tr("cannot write the state: %1").arg(file.errorString()));
    listUnder(privateKeyHex);
    return {};
}

void StateStore::listUnder(const Secret &privateKeyHex) const
{
    // Best effort: the state itself is fine either way, and a project missing from the list
    // is still found when the identity is replaced from inside it.
    auto publicKey = x25519PublicKeyFor(privateKeyHex);
    const Status listed = publicKey ? m_knownStates.record(m_root, *publicKey) : Status(publicKey.error());
    if (!listed && m_logger)
        m_logger->warn(QStringLiteral("state"), QStringLiteral("%1 is not in the list of known states: %2")
                                                    .arg(m_path, listed.error().toString()));
}

} // namespace noorm
