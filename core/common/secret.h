#pragma once
// Secret: a password or key that never prints itself. There is no operator<< and no
// QDebug streaming; the value is reached only through reveal(), and the buffer is wiped
// with sodium_memzero when the Secret goes away.

#include <QByteArray>
#include <QString>

namespace noorm {

class Secret {
public:
    Secret() = default;
    explicit Secret(const QString &value);
    explicit Secret(QByteArray utf8);
    Secret(const Secret &other);
    Secret(Secret &&other) noexcept;
    Secret &operator=(const Secret &other);
    Secret &operator=(Secret &&other) noexcept;
    ~Secret();

    bool isEmpty() const { return m_bytes.isEmpty(); }
    QString reveal() const { return QString::fromUtf8(m_bytes); }
    const QByteArray &revealBytes() const { return m_bytes; }
    bool operator==(const Secret &other) const { return m_bytes == other.m_bytes; }

    void clear();

private:
    QByteArray m_bytes;
};

// Overwrites a buffer in place (sodium_memzero), for temporaries that held a secret.
void wipe(QByteArray &bytes);
void wipe(QString &text);

} // namespace noorm
