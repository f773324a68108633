#include "sql/result_writers.h"

#include "sql/sql_value.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

#include <csv.h>

#include <algorithm>
#include <cmath>

namespace noorm {

namespace {

void write(FILE *out, const QString &text) { writeText(out, text); }

// --- JSON

class JsonSink final : public ResultSink {
public:
    JsonSink(FILE *out, AfterStatement after) : m_out(out), m_after(std::move(after)) {}

    // One result is one object, several (or a CALL's, which may be several) an array of them.
    Status started(const ScriptStart &script) override
    {
        m_several = script.statements > 1 || script.severalResults;
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
        QStringList names;
        for (const ResultColumn &c : statement.columns)
            names << c.name;
        // The columns as the rows' keys, each once (jsonKeys), so that columns[i] names row key i.
        QJsonArray columns, types;
        for (const QString &key : jsonKeys(names)) {
            m_keys << encoded(key) + ':';
            columns.append(key);
        }
        for (const ResultColumn &c : statement.columns)
            types.append(c.type);
        open();
        write(m_out, QStringLiteral("\"columns\":") + compact(columns) + QStringLiteral(",\"columnTypes\":")
                         + compact(types) + QStringLiteral(",\"rows\":["));
        m_inRows = true;
        m_firstRow = true;
        return {};
    }
    // Native rows, as the QVariants they stand for (ResultSink::textRow): the rows stream
    // where the driver would hold them all (QMYSQL stores a whole result).
    bool takesTextRows() const override { return true; }
    Status row(const QVariantList &values) override
    {
        // Written field by field: a QJsonObject would sort the columns by name.
        QByteArray &object = m_line; // UTF-8; its capacity kept from row to row
        object.truncate(0);
        object += m_firstRow ? "{" : ",{";
        for (int i = 0; i < values.size(); ++i) {
            if (i)
                object += ',';
            object += m_keys.at(i);
            appendEncoded(object, sqlValueJson(values.at(i)));
        }
        object += '}';
        std::fwrite(object.constData(), 1, size_t(object.size()), m_out);
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
        if (m_after)
            m_after(statement);
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
    // `value` as the encoder writes it, written directly where the encoder's text is plain:
    // null, a boolean, an integer below 2^53, a string with nothing to escape (no quote,
    // backslash or control character; UTF-8 as is). A million rows' values through the
    // encoder one by one took 4.4 s, where the CSV takes 0.5 s.
    static void appendEncoded(QByteArray &out, const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            out += "null";
            return;
        case QJsonValue::Bool:
            out += value.toBool() ? "true" : "false";
            return;
        case QJsonValue::Double: {
            const double d = value.toDouble();
            constexpr double kExact = 9007199254740992.0; // 2^53
            if (d > -kExact && d < kExact && d == double(qint64(d)) && !(d == 0 && std::signbit(d))) {
                out += QByteArray::number(qint64(d));
                return;
            }
            break;
        }
        case QJsonValue::String: {
            const QString text = value.toString();
            const bool plain = std::none_of(text.begin(), text.end(), [](QChar c) {
                return c.unicode() < 0x20 || c == u'"' || c == u'\\' || c.isSurrogate();
            });
            if (plain) {
                out += '"';
                out += text.toUtf8();
                out += '"';
                return;
            }
            break;
        }
        default:
            break;
        }
        out += encoded(value);
    }
    // One JSON value as the encoder writes it, in UTF-8 (inside an array, whose brackets are cut off).
    static QByteArray encoded(const QJsonValue &value)
    {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    }
    static QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
    static QString compact(const QJsonArray &a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); }

    bool m_several = false;
    FILE *m_out;
    AfterStatement m_after;
    QByteArrayList m_keys; // each column's name, encoded in UTF-8, with its ':'
    QByteArray m_line;  // the row being written
    bool m_open = false;
    bool m_inRows = false;
    bool m_firstRow = true;
    int m_count = 0;
};

// --- CSV

class CsvSink final : public ResultSink {
public:
    CsvSink(FILE *out, AfterStatement after) : m_out(out), m_after(std::move(after)) {}

    Status resultSet(const StatementOutcome &statement) override
    {
        if (m_sets++)
            m_buffer.append("\r\n"); // a blank line between result sets
        QVariantList names;
        for (const ResultColumn &c : statement.columns)
            names << c.name;
        writeFields(names);
        m_buffer.append("\r\n");
        return outputGone(m_out);
    }
    Status row(const QVariantList &values) override
    {
        writeFields(values);
        return endRecord();
    }
    bool takesTextRows() const override { return true; }
    Status textRow(NativeRow values) override
    {
        for (size_t i = 0; i < values.size(); ++i)
            writeField(i, values[i].isNull, [&] { m_buffer.append(values[i].text); });
        return endRecord();
    }
    Status finished(const StatementOutcome &statement) override
    {
        flush();
        std::fflush(m_out);
        if (m_after)
            m_after(statement);
        return outputGone(m_out);
    }

private:
    static constexpr size_t kFlushAt = 64 * 1024;

    // Records go into one buffer, written 64 kB at a time. A field is quoted only when it
    // must be (as psql --csv and sqlite3 -csv do): when it holds a comma, a quote or a line
    // break, or is the empty string, which "" tells apart from NULL (an empty field).
    void writeFields(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            writeField(size_t(i), values.at(i).isNull(), [&] { appendSqlValueText(m_buffer, values.at(i), m_encoder); });
    }
    // Field `index` of a record: after a comma, empty for NULL, else what `append` writes,
    // quoted when it must be.
    template <typename Append>
    void writeField(size_t index, bool isNull, Append append)
    {
        if (index)
            m_buffer.push_back(',');
        if (isNull)
            return;
        const size_t at = m_buffer.size();
        append();
        quoteFrom(at);
    }
    void quoteFrom(size_t at)
    {
        const size_t length = m_buffer.size() - at;
        if (length > 0 && m_buffer.find_first_of(",\"\r\n", at) == std::string::npos)
            return;
        m_field.assign(m_buffer, at, length);
        m_buffer.resize(at + 2 * length + 2); // every character a quote, and the two around
        m_buffer.resize(at + csv_write(m_buffer.data() + at, 2 * length + 2, m_field.data(), length));
    }
    Status endRecord()
    {
        m_buffer.append("\r\n");
        if (m_buffer.size() >= kFlushAt)
            flush();
        // ferror takes the stream's lock: look now and then (a closed pipe also ends the process).
        return ++m_rows % 1024 == 0 ? outputGone(m_out) : Status();
    }
    void flush()
    {
        std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_out);
        m_buffer.clear(); // keeps its capacity
    }

    FILE *m_out;
    AfterStatement m_after;
    int m_sets = 0;
    qint64 m_rows = 0;
    std::string m_buffer; // records not written yet
    std::string m_field;  // reused: one field to quote
    QStringEncoder m_encoder{QStringEncoder::Utf8};
};

} // namespace

void writeText(FILE *out, const QString &text)
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

std::unique_ptr<ResultSink> makeResultWriter(ResultFormat format, FILE *out, AfterStatement after)
{
    if (format == ResultFormat::Csv)
        return std::make_unique<CsvSink>(out, std::move(after));
    return std::make_unique<JsonSink>(out, std::move(after));
}

} // namespace noorm
