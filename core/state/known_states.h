#pragma once
// KnownStates: the user-level list (~/.noorm/states.json) of the project states this
// machine's identity encrypted, each with the public key of the key that did. Replacing the
// identity re-encrypts every state listed under the current key, not only the one in the
// working directory. It holds project paths and public keys, never a secret. Writes are
// atomic (QSaveFile) under a lock file, so noorm processes saving at once lose no entry.

#include "common/result.h"

#include <QList>
#include <QString>

namespace noorm {

struct KnownState {
    QString root;      // the project folder (absolute, clean)
    QString publicKey; // hex SPKI of the identity whose key encrypted it
};

class KnownStates {
public:
    static constexpr char kFileName[] = "states.json";

    // The list in the default global folder (IdentityService::defaultHome(): ~/.noorm or
    // NOORM_HOME). Code working for an IdentityService uses inHome(its globalDir()).
    KnownStates();
    explicit KnownStates(QString file);
    static KnownStates inHome(const QString &globalDir);

    QString path() const { return m_file; }
    // No file yet: an empty list.
    Result<QList<KnownState>> load() const;
    // Adds `root`, or moves it to `publicKey`; writes nothing when it is listed so already.
    Status record(const QString &root, const QString &publicKey) const;

private:
    Status write(const QList<KnownState> &states) const;

    QString m_file;
};

} // namespace noorm
