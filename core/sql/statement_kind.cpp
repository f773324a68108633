#include "sql/statement_kind.h"

#include <QStringList>

namespace noorm {

namespace {

// The statement's words, upper-cased, with string literals, quoted identifiers and comments
// left out, so a word inside them ('DELETE me', "update") does not count.
QStringList words(const QString &statement)
{
    QStringList out;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            out << word.toUpper();
        word.clear();
    };
    const qsizetype n = statement.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = statement.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            flush();
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            for (++i; i < n && statement.at(i) != close; ++i) {
            }
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < n && statement.at(i + 1) == QLatin1Char('-')) {
            flush();
            while (i < n && statement.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && statement.at(i + 1) == QLatin1Char('*')) {
            flush();
            const qsizetype end = statement.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            continue;
        }
        if (c.isLetterOrNumber() || c == QLatin1Char('_'))
            word += c;
        else {
            flush();
            if (c == QLatin1Char('=') || c == QLatin1Char('('))
                out << QString(c);
        }
    }
    flush();
    return out;
}

} // namespace

bool statementOnlyReads(const QString &statement)
{
    const QStringList w = words(statement);
    if (w.isEmpty())
        return true;
    const QString &first = w.constFirst();
    // INTO: SELECT … INTO makes a table; UPDATE also catches SELECT … FOR UPDATE (it locks rows).
    static const QStringList writers{QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
                                     QStringLiteral("MERGE"), QStringLiteral("INTO")};
    const auto writes = [&] { return std::any_of(w.begin(), w.end(), [](const QString &x) { return writers.contains(x); }); };
    if (first == QLatin1String("SELECT") || first == QLatin1String("WITH") || first == QLatin1String("VALUES")
        || first == QLatin1String("TABLE"))
        return !writes();
    if (first == QLatin1String("SHOW") || first == QLatin1String("DESCRIBE") || first == QLatin1String("DESC"))
        return true;
    if (first == QLatin1String("EXPLAIN"))
        return !w.contains(QStringLiteral("ANALYZE")) && !w.contains(QStringLiteral("ANALYSE"));
    if (first == QLatin1String("PRAGMA")) {
        // PRAGMA name(argument) sets most pragmas, but these only read about their argument.
        static const QStringList readers{QStringLiteral("TABLE_INFO"), QStringLiteral("TABLE_XINFO"),
                                         QStringLiteral("INDEX_LIST"), QStringLiteral("INDEX_INFO"),
                                         QStringLiteral("INDEX_XINFO"), QStringLiteral("FOREIGN_KEY_LIST"),
                                         QStringLiteral("INTEGRITY_CHECK"), QStringLiteral("QUICK_CHECK")};
        const QString name = w.value(1) == QLatin1String("MAIN") || w.value(1) == QLatin1String("TEMP") ? w.value(2) : w.value(1);
        return !w.contains(QStringLiteral("=")) && (!w.contains(QStringLiteral("(")) || readers.contains(name));
    }
    return false;
}

bool statementCountsRows(const QString &statement)
{
    static const QStringList counting{QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
                                      QStringLiteral("MERGE"), QStringLiteral("REPLACE"), QStringLiteral("UPSERT"),
                                      QStringLiteral("COPY")};
    const QStringList w = words(statement);
    if (w.isEmpty())
        return false;
    if (w.constFirst() == QLatin1String("WITH")) // WITH … INSERT/UPDATE/DELETE
        return std::any_of(w.begin(), w.end(), [](const QString &x) { return counting.contains(x); });
    return counting.contains(w.constFirst());
}

bool statementMayGiveSeveralResults(const QString &statement)
{
    const QStringList w = words(statement);
    return !w.isEmpty()
        && (w.constFirst() == QLatin1String("CALL") || w.constFirst() == QLatin1String("EXEC") || w.constFirst() == QLatin1String("EXECUTE"));
}

} // namespace noorm
