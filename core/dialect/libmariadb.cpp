#include "dialect/libmariadb.h"

#include <dlfcn.h>

#include <type_traits>

namespace noorm {

std::optional<LibMariadb> loadedLibMariadb()
{
    void *library = dlopen("libmariadb.so.3", RTLD_NOW | RTLD_NOLOAD);
    if (!library)
        return std::nullopt;
    bool all = true;
    const auto get = [&](auto &function, const char *name) {
        function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(library, name));
        all = all && function;
    };
    LibMariadb lib{};
    get(lib.fetchFieldDirect, "mysql_fetch_field_direct");
    get(lib.numRows, "mysql_num_rows");
    get(lib.dataSeek, "mysql_data_seek");
    get(lib.rowTell, "mysql_row_tell");
    get(lib.rowSeek, "mysql_row_seek");
    get(lib.fetchRow, "mysql_fetch_row");
    get(lib.fetchLengths, "mysql_fetch_lengths");
    get(lib.numFields, "mysql_num_fields");
    get(lib.freeResult, "mysql_free_result");
    get(lib.realQuery, "mysql_real_query");
    get(lib.useResult, "mysql_use_result");
    get(lib.storeResult, "mysql_store_result");
    get(lib.fieldCount, "mysql_field_count");
    get(lib.errorNumber, "mysql_errno");
    get(lib.errorText, "mysql_error");
    get(lib.moreResults, "mysql_more_results");
    get(lib.nextResult, "mysql_next_result");
    dlclose(library); // NOLOAD took a reference of its own; QMYSQL's keeps it loaded
    return all ? std::optional<LibMariadb>(lib) : std::nullopt;
}

} // namespace noorm
