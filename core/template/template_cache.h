#pragma once
// TemplateCache: compiled templates and transpiled JavaScript/TypeScript, by checksum of
// their source, shared by the template engines of one owner: the Workspace owns one, so
// every run and preview of a project compiles a file once, on whatever worker thread it
// renders. Nothing in it is secret (code keyed by a hash of its text) and nothing in it
// is shared with another owner. Safe to use from any thread.

#include "template/template_compiler.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace noorm {

// One table of the cache: values by a checksum, under a lock.
template <typename T>
class ChecksumTable {
public:
    std::optional<T> find(const QByteArray &key) const
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_values.constFind(key);
        return it == m_values.constEnd() ? std::nullopt : std::optional<T>(*it);
    }
    void insert(const QByteArray &key, const T &value)
    {
        QMutexLocker lock(&m_mutex);
        m_values.insert(key, value);
    }

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, T> m_values;
};

struct TemplateCache {
    ChecksumTable<CompiledTemplate> compiled; // by the template source's checksum, lowered
    ChecksumTable<QString> transpiled;        // by kind (lower, esm, ts) and the code's checksum
};

} // namespace noorm
