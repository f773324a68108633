#include "sql_output.h"

#include "output.h"

#include "sql/result_writers.h"
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

void write(FILE *out, const QString &text) { writeText(out, text); }

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

    bool beyondLimit() const { return m_options.rowLimit > 0 && m_rows.size() >= m_options.rowLimit; }
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
    // Native rows (ResultSink::textRow): they stream where QMYSQL would store them all, and
    // those beyond the limit are only counted.
    bool takesTextRows() const override { return true; }
    Status textRow(NativeRow values) override
    {
        if (beyondLimit()) {
            ++m_more;
            return {};
        }
        return ResultSink::textRow(values);
    }
    Status row(const QVariantList &values) override
    {
        if (beyondLimit()) {
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
    const AfterStatement counts = [err, quiet = options.quiet](const StatementOutcome &s) { summary(err, quiet, s); };
    switch (options.format) {
    case SqlFormat::Json: return makeResultWriter(ResultFormat::Json, out, counts);
    case SqlFormat::Csv: return makeResultWriter(ResultFormat::Csv, out, counts);
    case SqlFormat::Table: break;
    }
    return std::make_unique<TableSink>(options, out, err);
}

} // namespace noorm::cli
