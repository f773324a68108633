#include "dialect/client_libraries.h"

#include <dlfcn.h>

namespace noorm {

namespace {

template <typename Table>
struct Loaded {
    Table table;
    QString error; // empty when every function was found
};

// Opens `soname` (the one the driver itself loads) and resolves each function of `Table`.
template <typename Table, typename Resolve>
Loaded<Table> load(const char *soname, const char *what, Resolve resolveAll)
{
    Loaded<Table> loaded;
    void *handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL); // kept open for the process's life
    if (!handle) {
        loaded.error = QStringLiteral("%1 could not be loaded (%2): %3").arg(QLatin1String(what), QLatin1String(soname),
                                                                          QString::fromLocal8Bit(dlerror()));
        return loaded;
    }
    const char *missing = resolveAll(handle, loaded.table);
    if (missing)
        loaded.error = QStringLiteral("%1 (%2) has no function %3").arg(QLatin1String(what), QLatin1String(soname),
                                                                    QLatin1String(missing));
    return loaded;
}

#define NOORM_RESOLVE(name)                                                                        \
    if (!(table.name = reinterpret_cast<decltype(table.name)>(dlsym(handle, #name))))              \
        return #name;

template <typename Table>
Result<const Table *> tableOf(const Loaded<Table> &loaded)
{
    if (!loaded.error.isEmpty())
        return Error::failed(loaded.error);
    return &loaded.table;
}

} // namespace

Result<const LibPq *> libPq()
{
    static const Loaded<LibPq> loaded = load<LibPq>("libpq.so.5", "PostgreSQL's client library",
                                                    [](void *handle, LibPq &table) -> const char * {
                                                        NOORM_LIBPQ_FUNCTIONS(NOORM_RESOLVE)
                                                        return nullptr;
                                                    });
    return tableOf(loaded);
}

Result<const LibSqlite *> libSqlite()
{
    static const Loaded<LibSqlite> loaded = load<LibSqlite>("libsqlite3.so.0", "SQLite's library",
                                                            [](void *handle, LibSqlite &table) -> const char * {
                                                                NOORM_SQLITE_FUNCTIONS(NOORM_RESOLVE)
                                                                return nullptr;
                                                            });
    return tableOf(loaded);
}

#undef NOORM_RESOLVE

} // namespace noorm
