#include "sql/sql_completion.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace noorm {

namespace {

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$'); }

QString unquoted(QString name)
{
    if (name.size() >= 2 && (name.front() == QLatin1Char('"') || name.front() == QLatin1Char('`') || name.front() == QLatin1Char('[')))
        name = name.mid(1, name.size() - 2);
    return name;
}

// The statement around `offset`: from after the ';' before it to the ';' after it.
QString statementAround(const QString &text, int offset)
{
    const int start = text.lastIndexOf(QLatin1Char(';'), std::max(0, offset - 1)) + 1;
    int end = text.indexOf(QLatin1Char(';'), offset);
    if (end < 0)
        end = int(text.size());
    return text.mid(start, end - start);
}

} // namespace

const QStringList &SqlCompletion::keywords()
{
    static const QStringList words = QStringLiteral(
        "ADD ALL ALTER AND ANY AS ASC BEGIN BETWEEN BY CASCADE CASE CAST CHECK COALESCE COLUMN COMMIT CONSTRAINT COUNT CREATE "
        "CROSS CURRENT_DATE CURRENT_TIMESTAMP DATABASE DEFAULT DELETE DESC DISTINCT DROP ELSE END EXCEPT EXISTS EXPLAIN FALSE "
        "FOREIGN FROM FULL FUNCTION GROUP HAVING IF IN INDEX INNER INSERT INTERSECT INTO IS JOIN KEY LEFT LIKE LIMIT MAX MIN "
        "NOT NULL OFFSET ON OR ORDER OUTER PRIMARY PROCEDURE REFERENCES RETURNING RIGHT ROLLBACK SCHEMA SELECT SET SUM TABLE "
        "THEN TRIGGER TRUE TRUNCATE UNION UNIQUE UPDATE USING VALUES VIEW WHEN WHERE WITH")
                                         .split(QLatin1Char(' '));
    return words;
}

SqlCompletion::SqlCompletion(const DatabaseObjects &objects) : m_tables(objects.tables)
{
    QSet<QString> schemas;
    for (const QString &k : keywords())
        m_general << Entry{k.toLower(), k};
    for (int i = 0; i < m_tables.size(); ++i) {
        const TableInfo &t = m_tables.at(i);
        m_general << Entry{t.name.toLower(), t.name};
        m_tablesOfSchema[t.schema.toLower()] << Entry{t.name.toLower(), t.name};
        m_tableIndex.insert(t.name.toLower(), i);
        m_tableIndex.insert((t.schema + QLatin1Char('.') + t.name).toLower(), i);
        if (!schemas.contains(t.schema)) {
            schemas.insert(t.schema);
            m_general << Entry{t.schema.toLower(), t.schema};
        }
    }
    std::sort(m_general.begin(), m_general.end());
    for (QList<Entry> &list : m_tablesOfSchema)
        std::sort(list.begin(), list.end());
}

void SqlCompletion::addMatching(const QList<Entry> &sorted, const QString &prefix, QStringList &out)
{
    const QString lower = prefix.toLower();
    auto it = std::lower_bound(sorted.begin(), sorted.end(), Entry{lower, {}});
    for (; it != sorted.end() && it->lower.startsWith(lower) && out.size() < kMax; ++it)
        if (out.isEmpty() || out.constLast() != it->word)
            out << it->word;
}

const TableInfo *SqlCompletion::tableNamed(const QString &name) const
{
    const auto it = m_tableIndex.constFind(unquoted(name).toLower());
    return it == m_tableIndex.constEnd() ? nullptr : &m_tables.at(*it);
}

SqlCompletion::Candidates SqlCompletion::at(const QString &text, int offset) const
{
    offset = std::clamp(offset, 0, int(text.size()));
    int start = offset;
    while (start > 0 && isWordChar(text.at(start - 1)))
        --start;
    Candidates result;
    result.replaceFrom = start;
    const QString prefix = text.mid(start, offset - start);
    const QString statement = statementAround(text, offset);

    // The statement's tables, by the name or alias it gives them.
    static const QRegularExpression tableRef(
        QStringLiteral(R"((?:\bFROM|\bJOIN|\bUPDATE|\bINTO)\s+((?:[\w$"`\[\]]+\.)?[\w$"`\[\]]+)(?:\s+(?:AS\s+)?(?!(?:WHERE|ON|JOIN|LEFT|RIGHT|INNER|FULL|CROSS|SET|GROUP|ORDER|LIMIT|VALUES|USING|UNION)\b)(\w+))?)"),
        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, const TableInfo *> named;
    for (auto m = tableRef.globalMatch(statement); m.hasNext();) {
        const QRegularExpressionMatch match = m.next();
        const TableInfo *table = tableNamed(match.captured(1));
        if (!table)
            continue;
        named.insert(table->name.toLower(), table);
        if (!match.captured(2).isEmpty())
            named.insert(match.captured(2).toLower(), table);
    }

    if (start > 0 && text.at(start - 1) == QLatin1Char('.')) {
        int q = start - 1;
        while (q > 0 && (isWordChar(text.at(q - 1)) || text.at(q - 1) == QLatin1Char('"') || text.at(q - 1) == QLatin1Char('`')))
            --q;
        const QString qualifier = unquoted(text.mid(q, start - 1 - q)).toLower();
        if (const TableInfo *table = named.value(qualifier, tableNamed(qualifier))) {
            QList<Entry> columns;
            for (const ColumnInfo &c : table->columns)
                columns << Entry{c.name.toLower(), c.name};
            std::sort(columns.begin(), columns.end());
            addMatching(columns, prefix, result.words);
        } else if (const auto schema = m_tablesOfSchema.constFind(qualifier); schema != m_tablesOfSchema.constEnd()) {
            addMatching(*schema, prefix, result.words);
        }
        return result;
    }
    if (prefix.isEmpty())
        return result;
    // Columns of the statement's tables first, then everything else.
    QList<Entry> columns;
    QSet<const TableInfo *> seen;
    for (const TableInfo *table : std::as_const(named)) {
        if (seen.contains(table))
            continue;
        seen.insert(table);
        for (const ColumnInfo &c : table->columns)
            columns << Entry{c.name.toLower(), c.name};
    }
    std::sort(columns.begin(), columns.end());
    addMatching(columns, prefix, result.words);
    QStringList general;
    addMatching(m_general, prefix, general);
    for (const QString &w : std::as_const(general))
        if (!result.words.contains(w) && result.words.size() < kMax)
            result.words << w;
    return result;
}

} // namespace noorm
