#include "state/known_states.h"

#include "common/private_file.h"
#include "identity/identity_service.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <algorithm>

namespace noorm {

namespace {

constexpr int kLockTimeoutMs = 10000;

QString cleanRoot(const QString &root) { return QDir::cleanPath(QDir(root).absolutePath()); }

} // namespace

KnownStates::KnownStates() : KnownStates(inHome(IdentityService::defaultHome())) {}

KnownStates::KnownStates(QString file) : m_file(std::move(file)) {}

KnownStates KnownStates::inHome(const QString &globalDir)
{
    return KnownStates(QDir(globalDir).filePath(QLatin1String(kFileName)));
}

Result<QList<KnownState>> KnownStates::load() const
{
    QFile file(m_file);
    if (!file.exists())
        return QList<KnownState>();
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(m_file, tr("cannot read: %1").arg(file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error::at(m_file, 0, 0, tr("not valid JSON: %1").arg(parseError.errorString()));
    QList<KnownState> states;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("states")).toArray()) {
        const KnownState s{v[QStringLiteral("root")].toString(), v[QStringLiteral("publicKey")].toString()};
        if (!s.root.isEmpty())
            states << s;
    }
    return states;
}

Status KnownStates::record(const QString &root, const QString &publicKey) const
{
    const QString clean = cleanRoot(root);
    auto listed = [&](const QList<KnownState> &states) {
        return std::any_of(states.begin(), states.end(), [&](const KnownState &s) {
            return s.root == clean && s.publicKey.compare(publicKey, Qt::CaseInsensitive) == 0;
        });
    };
    // The common case (every command reads its state) takes no lock and writes nothing.
    if (Result<QList<KnownState>> known = load(); known && listed(*known))
        return {};

    if (Status dir = makePrivateDir(QFileInfo(m_file).absolutePath()); !dir) // ~/.noorm: the user's only
        return dir;
    QLockFile lock(m_file + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockTimeoutMs))
        return Error::io(m_file, tr("another noorm holds %1.lock").arg(m_file));
    Result<QList<KnownState>> states = load(); // again: another noorm may have written it meanwhile
    if (!states)
        return states.error();
    if (listed(*states))
        return {};
    for (KnownState &s : *states) {
        if (s.root == clean) {
            s.publicKey = publicKey;
            return write(*states);
        }
    }
    states->append({clean, publicKey});
    return write(*states);
}

Status KnownStates::write(const QList<KnownState> &states) const
{
    QJsonArray list;
    for (const KnownState &s : states)
        list.append(QJsonObject{{QStringLiteral("root"), s.root}, {QStringLiteral("publicKey"), s.publicKey}});
    return writeFileAtomically(m_file, QJsonDocument(QJsonObject{{QStringLiteral("states"), list}}).toJson(QJsonDocument::Indented));
}

} // namespace noorm
