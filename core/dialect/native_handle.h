#pragma once
// The Qt SQL driver's native connection handle (sqlite3*, PGconn*), checked by the type
// name the driver registered for it; null for another driver or a closed connection.

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

namespace noorm {

template <typename Handle>
Handle *nativeHandle(const QSqlDatabase &db, const char *typeName)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), typeName) != 0)
        return nullptr;
    return *static_cast<Handle *const *>(handle.constData()); // QVariant::data() holds the pointer itself
}

} // namespace noorm
