#include "common/secret.h"

#include <sodium.h>

namespace noorm {

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes = QByteArray(); // shared data belongs to someone else too: just drop our ref
    else if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        sodium_memzero(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

Secret::Secret(const QString &value) : m_bytes(value.toUtf8()) {}
Secret::Secret(QByteArray utf8) : m_bytes(std::move(utf8)) {}
Secret::Secret(const Secret &other) : m_bytes(other.m_bytes) { m_bytes.detach(); }
Secret::Secret(Secret &&other) noexcept : m_bytes(std::move(other.m_bytes)) {}
Secret &Secret::operator=(const Secret &other)
{
    if (this != &other) {
        clear();
        m_bytes = other.m_bytes;
        m_bytes.detach();
    }
    return *this;
}
Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}
Secret::~Secret() { clear(); }
void Secret::clear() { wipe(m_bytes); }

} // namespace noorm
