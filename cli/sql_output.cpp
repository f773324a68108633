#include "sql_output.h"

#include "output.h"

#include "sql/sql_value.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QStringEncoder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>

#include <algorithm>
#include <cstring>

#include <csv.h>
#include <cwchar>

namespace noorm::cli {

namespace {

void write(FILE *out, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), out);
}

Status outputGone(FILE *out)
{
    if (std::ferror(out))
        return Error::cancelled(QStringLiteral("The output was closed"));
    return {};
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int: case QMetaType::UInt: case QMetaType::LongLong: case QMetaType::ULongLong:
    case QMetaType::Double: case QMetaType::Float: case QMetaType::Short: case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

QString plural(qint64 n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

void summary(FILE *err, bool quiet, const StatementOutcome &s)
{
    if (quiet || s.error)
        return;
    QString line;
    if (s.hasResultSet)
        line = QStringLiteral("(%1, %2 ms)").arg(plural(s.rows, "row", "rows")).arg(s.durationMs);
    else if (s.affected >= 0)
        line = QStringLiteral("%1 affected (%2 ms)").arg(plural(s.affected, "row", "rows")).arg(s.durationMs);
    else
        line = QStringLiteral("Done (%1 ms)").arg(s.durationMs);
    write(err, line + QLatin1Char('\n'));
}

// --- table

QString cut(const QString &text, int maxWidth)
{
    if (maxWidth <= 0 || displayWidth(text) <= maxWidth)
        return text;
    QString out;
    int width = 0;
    for (const uint cp : text.toUcs4()) {
        const int w = std::max(0, ::wcwidth(wchar_t(cp)));
        if (width + w > maxWidth - 1)
            break;
        out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
        width += w;
    }
    return out + QStringLiteral("…");
}

class TableSink final : public ResultSink {
public:
    TableSink(const SqlOutputOptions &options, FILE *out, FILE *err) : m_options(options), m_out(out), m_err(err) {}

    Status resultSet(const StatementOutcome &statement) override
    {
        m_header.clear();
        m_rows.clear();
        m_rightAligned.clear();
        m_numericColumn.clear();
        m_more = 0;
        for (const ResultColumn &c : statement.columns) {
            m_header << Output::printable(c.name);
            // A DECIMAL comes as its exact text: a number all the same.
            m_numericColumn << (c.type == QLatin1String("integer") || c.type == QLatin1String("decimal"));
        }
        m_rightAligned.fill(true, m_header.size());
        m_seenValue.fill(false, m_header.size());
        return {};
    }
    Status row(const QVariantList &values) override
    {
        if (m_options.rowLimit > 0 && m_rows.size() >= m_options.rowLimit) {
            ++m_more;
            return {};
        }
        QStringList cells;
        cells.reserve(values.size());
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            if (!v.isNull()) {
                m_seenValue[i] = true;
                if (!isNumber(v) && !m_numericColumn.at(i))
                    m_rightAligned[i] = false;
            }
            cells << cut(Output::printable(sqlValueText(v)), m_options.maxCellWidth);
        }
        m_rows << cells;
        return {};
    }
    Status finished(const StatementOutcome &statement) override
    {
        if (statement.hasResultSet && !statement.error)
            print();
        if (m_more > 0)
            write(m_err, QStringLiteral("… and %1 more %2 not shown (--all shows them; --csv and --json stream every row)\n")
                             .arg(m_more)
                             .arg(QLatin1String(m_more == 1 ? "row" : "rows")));
        std::fflush(m_out); // the table before its count, when both go to one terminal
        summary(m_err, m_options.quiet, statement);
        return outputGone(m_out);
    }

private:
    void print()
    {
        const int n = int(m_header.size());
        QList<int> widths(n, 0);
        for (int i = 0; i < n; ++i)
            widths[i] = displayWidth(m_header.at(i));
        for (const QStringList &r : std::as_const(m_rows))
            for (int i = 0; i < n; ++i)
                widths[i] = std::max(widths[i], displayWidth(r.at(i)));
        const auto pad = [](const QString &text, int width, bool right) {
            const QString fill(width - displayWidth(text), QLatin1Char(' '));
            return right ? fill + text : text + fill;
        };
        const auto line = [&](const QStringList &cells, bool header) {
            QString out;
            for (int i = 0; i < n; ++i) {
                const bool right = !header && m_seenValue.at(i) && m_rightAligned.at(i);
                out += (i ? QStringLiteral(" | ") : QStringLiteral(" ")) + pad(cells.at(i), widths.at(i), right);
            }
            write(m_out, out + QLatin1Char('\n'));
        };
        line(m_header, true);
        QString rule;
        for (int i = 0; i < n; ++i)
            rule += (i ? QStringLiteral("+") : QString()) + QString(widths.at(i) + 2, QLatin1Char('-'));
        write(m_out, rule + QLatin1Char('\n'));
        for (const QStringList &r : std::as_const(m_rows))
            line(r, false);
        m_rows.clear();
    }

    SqlOutputOptions m_options;
    FILE *m_out;
    FILE *m_err;
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<bool> m_rightAligned; // every non-null value a number
    QList<bool> m_numericColumn; // of an integer or decimal type
    QList<bool> m_seenValue;
    qint64 m_more = 0;
};

// --- JSON

class JsonSink final : public ResultSink {
public:
    JsonSink(FILE *out, FILE *err, bool quiet) : m_out(out), m_err(err), m_quiet(quiet) {}

    // One statement is one object, several an array of them.
    Status started(int statements) override
    {
        m_several = statements > 1;
        return {};
    }
    // Nothing is written before the first statement: an error that stops the script before
    // it starts is the one JSON document (the CLI's error).
    ~JsonSink() override
    {
        if (m_several && m_count > 0)
            write(m_out, QStringLiteral("]}\n"));
        std::fflush(m_out);
    }

    Status resultSet(const StatementOutcome &statement) override
    {
        m_keys.clear();
        QJsonArray columns, types;
        for (const ResultColumn &c : statement.columns) {
            m_keys << encoded(c.name) + QLatin1Char(':');
            columns.append(c.name);
            types.append(c.type);
        }
        open();
        write(m_out, QStringLiteral("\"columns\":") + compact(columns) + QStringLiteral(",\"columnTypes\":")
                         + compact(types) + QStringLiteral(",\"rows\":["));
        m_inRows = true;
        m_firstRow = true;
        return {};
    }
    Status row(const QVariantList &values) override
    {
        // Written field by field: a QJsonObject would sort the columns by name.
        QString object = m_firstRow ? QStringLiteral("{") : QStringLiteral(",{");
        for (int i = 0; i < values.size(); ++i) {
            if (i)
                object += QLatin1Char(',');
            object += m_keys.at(i) + encoded(sqlValueJson(values.at(i)));
        }
        write(m_out, object + QLatin1Char('}'));
        m_firstRow = false;
        return outputGone(m_out);
    }
    Status finished(const StatementOutcome &statement) override
    {
        if (!m_inRows)
            open();
        if (m_inRows)
            write(m_out, QStringLiteral("],"));
        m_inRows = false;
        QJsonObject tail{{QStringLiteral("statement"), statement.index + 1},
                         {QStringLiteral("line"), statement.line},
                         {QStringLiteral("durationMs"), statement.durationMs}};
        if (statement.hasResultSet)
            tail.insert(QStringLiteral("rowCount"), statement.rows);
        else if (statement.affected >= 0)
            tail.insert(QStringLiteral("affectedRows"), statement.affected);
        if (statement.error)
            tail.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), statement.error->message},
                                                             {QStringLiteral("line"), statement.error->line},
                                                             {QStringLiteral("column"), statement.error->column}});
        QString body = compact(tail);
        write(m_out, body.mid(1)); // the object's fields continue the one opened above
        if (!m_several)
            write(m_out, QStringLiteral("\n"));
        m_open = false;
        std::fflush(m_out);
        summary(m_err, m_quiet, statement);
        return outputGone(m_out);
    }

private:
    void open()
    {
        if (m_open)
            return;
        if (m_several)
            write(m_out, m_count ? QStringLiteral(",{") : QStringLiteral("{\"results\":[{"));
        else
            write(m_out, QStringLiteral("{"));
        ++m_count;
        m_open = true;
    }
    // One JSON value as the encoder writes it (inside an array, whose brackets are cut off).
    static QString encoded(const QJsonValue &value)
    {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(array.mid(1, array.size() - 2));
    }
    static QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
    static QString compact(const QJsonArray &a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); }

    bool m_several = false;
    FILE *m_out;
    FILE *m_err;
    bool m_quiet;
    QStringList m_keys; // each column's name, encoded, with its ':'
    bool m_open = false;
    bool m_inRows = false;
    bool m_firstRow = true;
    int m_count = 0;
};

// --- CSV

class CsvSink final : public ResultSink {
public:
    CsvSink(FILE *out, FILE *err, bool quiet) : m_out(out), m_err(err), m_quiet(quiet) {}

    Status resultSet(const StatementOutcome &statement) override
    {
        if (m_sets++)
            m_buffer.append("\r\n"); // a blank line between result sets
        QVariantList names;
        for (const ResultColumn &c : statement.columns)
            names << c.name;
        writeRecord(names);
        return outputGone(m_out);
    }
    Status row(const QVariantList &values) override
    {
        writeRecord(values);
        // ferror takes the stream's lock: look now and then (a closed pipe also ends the process).
        return ++m_rows % 1024 == 0 ? outputGone(m_out) : Status();
    }
    Status finished(const StatementOutcome &statement) override
    {
        flush();
        std::fflush(m_out);
        summary(m_err, m_quiet, statement);
        return outputGone(m_out);
    }

private:
    static constexpr size_t kFlushAt = 64 * 1024;

    // Records go into one buffer, written 64 kB at a time. A field is quoted only when it
    // must be (as psql --csv and sqlite3 -csv do): when it holds a comma, a quote or a line
    // break, or is the empty string, which "" tells apart from NULL (an empty field).
    void writeRecord(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i) {
            if (i)
                m_buffer.push_back(',');
            const QVariant &v = values.at(i);
            if (v.isNull())
                continue;
            const size_t at = m_buffer.size();
            appendSqlValueText(m_buffer, v, m_encoder);
            const size_t length = m_buffer.size() - at;
            if (length > 0 && m_buffer.find_first_of(",\"\r\n", at) == std::string::npos)
                continue;
            m_field.assign(m_buffer, at, length);
            m_buffer.resize(at + 2 * length + 2); // every character a quote, and the two around
            m_buffer.resize(at + csv_write(m_buffer.data() + at, 2 * length + 2, m_field.data(), length));
        }
        m_buffer.append("\r\n");
        if (m_buffer.size() >= kFlushAt)
            flush();
    }
    void flush()
    {
        std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_out);
        m_buffer.clear(); // keeps its capacity
    }

    FILE *m_out;
    FILE *m_err;
    bool m_quiet;
    int m_sets = 0;
    qint64 m_rows = 0;
    std::string m_buffer; // records not written yet
    std::string m_field;  // reused: one field to quote
    QStringEncoder m_encoder{QStringEncoder::Utf8};
};

} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (const uint cp : text.toUcs4()) {
        const int w = ::wcwidth(wchar_t(cp));
        width += w < 0 ? 1 : w;
    }
    return width;
}

std::unique_ptr<ResultSink> makeSqlOutput(const SqlOutputOptions &options, FILE *out, FILE *err)
{
    switch (options.format) {
    case SqlFormat::Json: return std::make_unique<JsonSink>(out, err, options.quiet);
    case SqlFormat::Csv: return std::make_unique<CsvSink>(out, err, options.quiet);
    case SqlFormat::Table: break;
    }
    return std::make_unique<TableSink>(options, out, err);
}

} // namespace noorm::cli
