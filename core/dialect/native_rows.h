#pragma once
// Native rows: one statement's result set read straight from the database's client library
// (sqlite3_step, libpq's single-row mode) for output that only writes text, such as
// `sql --csv` of a million rows, where Qt SQL's QVariant for every value costs more than
// the database (bench/README.md). Each value is the text the QVariant Qt SQL's driver would
// have given writes as (sql/sql_value.h: appendSqlValueText), tagged with that QVariant's
// type, so both ways give the same bytes; a statement or a type this reader cannot give
// exactly so is left to Qt SQL (ConnectionRules::readRows returns null).

#include <QList>
#include <QSqlError>
#include <QString>

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace noorm {

struct NativeValue {
    int typeId = 0;        // the QMetaType::Type of the QVariant Qt SQL would have made
    bool isNull = false;
    std::string_view text; // UTF-8; binary as \x hex, booleans true/false; valid until the next row
};

using NativeRow = std::span<const NativeValue>;

struct NativeColumn {
    QString name;   // as Qt SQL's record() names it
    int typeId = 0; // as Qt SQL's record() types it (QMetaType::Type)
};

class NativeRowReader {
public:
    virtual ~NativeRowReader() = default;
    // The statement failed before its first row (the error as Qt SQL's driver words it);
    // then there are no columns and no rows.
    virtual std::optional<QSqlError> startError() const = 0;
    virtual const QList<NativeColumn> &columns() const = 0;
    // The next row, or false at the end or when the statement failed part-way (error()).
    virtual bool next() = 0;
    virtual NativeRow row() const = 0;
    virtual std::optional<QSqlError> error() const = 0;
};

} // namespace noorm
