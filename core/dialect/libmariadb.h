#pragma once
// The client library under Qt's QMYSQL driver (libmariadb), which noorm calls itself for
// what the driver cannot do: read a result as it arrives (QMYSQL stores every row of it
// first), read a BIT's bytes, or a column's character set. There are no libmariadb headers
// on the build machine, so its prototypes and the head of its MYSQL_FIELD are written out
// here, as mysql.h has laid them out since MySQL 4.1; a use of MysqlFieldHead checks the
// layout (the name it finds must be the column's). The library is QMYSQL's, already
// loaded when a MySQL connection is open: it is never loaded here.

#include <optional>

namespace noorm {

struct MysqlFieldHead {
    char *name, *orgName, *table, *orgTable, *db, *catalog, *def;
    unsigned long length, maxLength;
    unsigned int nameLength, orgNameLength, tableLength, orgTableLength, dbLength, catalogLength, defLength;
    unsigned int flags, decimals, charsetnr;
    int type; // enum enum_field_types
};

// The field types, flags and character set the readers look at (mysql_com.h).
namespace mysql {
enum FieldType : int {
    Decimal = 0, Tiny = 1, Short = 2, Long = 3, Float = 4, Double = 5, Null = 6, Timestamp = 7, LongLong = 8, Int24 = 9,
    Date = 10, Time = 11, DateTime = 12, Year = 13, Bit = 16, Json = 245, NewDecimal = 246, Enum = 247, Set = 248,
    TinyBlob = 249, MediumBlob = 250, LongBlob = 251, Blob = 252, VarString = 253, String = 254, Geometry = 255,
};
constexpr unsigned int kUnsignedFlag = 32;
constexpr unsigned int kBinaryFlag = 128;
constexpr unsigned int kBinaryCharset = 63; // only this is binary data (the C API's own rule)

// A BIT(n) value's number: its bytes (at most 8), most significant first.
inline unsigned long long bitValue(const char *bytes, unsigned long length)
{
    unsigned long long n = 0;
    for (unsigned long b = 0; b < length && b < 8; ++b)
        n = (n << 8) | static_cast<unsigned char>(bytes[b]);
    return n;
}
} // namespace mysql

// The functions, on MYSQL (void *mysql), MYSQL_RES (void *result) and MYSQL_ROW_OFFSET
// (void *offset, a pointer into a stored result's rows).
struct LibMariadb {
    const MysqlFieldHead *(*fetchFieldDirect)(void *result, unsigned int column);
    unsigned long long (*numRows)(void *result);
    void (*dataSeek)(void *result, unsigned long long row);
    void *(*rowTell)(void *result);
    void *(*rowSeek)(void *result, void *offset);
    char **(*fetchRow)(void *result);
    unsigned long *(*fetchLengths)(void *result);
    unsigned int (*numFields)(void *result);
    void (*freeResult)(void *result);
    int (*realQuery)(void *mysql, const char *query, unsigned long length);
    void *(*useResult)(void *mysql);
    void *(*storeResult)(void *mysql);
    unsigned int (*fieldCount)(void *mysql);
    unsigned int (*errorNumber)(void *mysql);
    const char *(*errorText)(void *mysql);
    char (*moreResults)(void *mysql);
    int (*nextResult)(void *mysql);
};

// The functions of the libmariadb QMYSQL has loaded; nullopt when it has not (no MySQL
// connection is open) or one is missing. Looked up on each call (a lookup in a loaded
// library, a few microseconds), once per statement or result set.
std::optional<LibMariadb> loadedLibMariadb();

} // namespace noorm
