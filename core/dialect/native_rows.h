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
#include <string>
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

// What the dialects' readers share: a row whose text values point into the client
// library's own memory and whose numbers and hex are written into one buffer per row.
class BufferedRows : public NativeRowReader {
public:
    std::optional<QSqlError> startError() const override { return m_startError; }
    const QList<NativeColumn> &columns() const override { return m_columns; }
    std::optional<QSqlError> error() const override { return m_error; }
    NativeRow row() const override { return m_values; }
    bool next() final;

protected:
    // The next row from the library: false at the end or on an error (set m_error).
    virtual bool advance() = 0;
    // Column `column` of the row advance() reached, into `value`: its type, whether it is
    // NULL, and its text, either the library's (set value.text) or written at the end of
    // buffer() (leave value.text empty).
    virtual void read(int column, NativeValue &value) = 0;

    void setColumns(QList<NativeColumn> columns);
    std::string &buffer() { return m_buffer; }
    // \x and two lowercase hex digits a byte, as sqlValueText writes binary.
    void appendHex(const unsigned char *bytes, size_t size);
    // An integer's decimal digits, as sqlValueText writes one.
    void appendNumber(long long n);
    void appendNumber(unsigned long long n);

    QList<NativeColumn> m_columns;
    bool m_pending = false; // the first row was read already (a driver's exec() reads it)
    std::optional<QSqlError> m_startError;
    std::optional<QSqlError> m_error;

private:
    std::vector<NativeValue> m_values;
    std::vector<std::pair<size_t, size_t>> m_spans; // a value's place in m_buffer
    std::string m_buffer;
};

} // namespace noorm
