#include "dialect/sqlite_catalog.h"

#include <QHash>

namespace noorm {

namespace {

QString schemaOf(const CatalogScope &scope) { return scope.schema.isEmpty() ? QStringLiteral("main") : scope.schema; }

// Past the string, quoted name or comment that starts at `at` (SQLite's quotes: '…', "…",
// `…`, […]; -- and /* */ comments), or `at` itself when none starts there.
qsizetype pastQuoted(const QString &sql, qsizetype at)
{
    const QChar c = sql.at(at);
    const auto until = [&](QStringView end) {
        const qsizetype found = sql.indexOf(end, at + 1);
        return found < 0 ? sql.size() : found + end.size();
    };
    if (c == u'\'' || c == u'"' || c == u'`') {
        qsizetype i = at + 1;
        for (; i < sql.size(); ++i)
            if (sql.at(i) == c) {
                if (i + 1 < sql.size() && sql.at(i + 1) == c) // doubled: part of it
                    ++i;
                else
                    return i + 1;
            }
        return i;
    }
    if (c == u'[')
        return until(u"]");
    if (c == u'-' && sql.mid(at, 2) == QLatin1String("--"))
        return until(u"\n");
    if (c == u'/' && sql.mid(at, 2) == QLatin1String("/*"))
        return until(u"*/");
    return at;
}

// A column name as written at the start of its definition (after blanks and comments), unquoted.
QString definedName(QStringView definition)
{
    for (definition = definition.trimmed(); definition.startsWith(u"--") || definition.startsWith(u"/*");) {
        const bool line = definition.startsWith(u"--");
        const qsizetype end = definition.indexOf(line ? u"\n" : u"*/");
        definition = end < 0 ? QStringView() : definition.mid(end + (line ? 1 : 2)).trimmed();
    }
    if (definition.isEmpty())
        return {};
    const QChar open = definition.front();
    const QChar close = open == u'[' ? u']' : open;
    if (open == u'"' || open == u'`' || open == u'[' || open == u'\'') {
        const qsizetype end = definition.indexOf(close, 1);
        QString name = definition.mid(1, end < 0 ? -1 : end - 1).toString();
        return open == u'[' ? name : name.replace(QString(2, close), QString(close));
    }
    qsizetype end = 0;
    while (end < definition.size() && (definition.at(end).isLetterOrNumber() || definition.at(end) == u'_' || definition.at(end) == u'$'))
        ++end;
    return definition.left(end).toString();
}

// The expression of `column`'s GENERATED ALWAYS AS (…) or AS (…) in a CREATE TABLE's text;
// null when the text has none for it.
QString generatedExpressionIn(const QString &ddl, const QString &column)
{
    // The column definitions: the top-level comma-separated parts inside the first (…).
    QList<std::pair<qsizetype, qsizetype>> parts; // [start, end)
    int depth = 0;
    qsizetype start = -1;
    for (qsizetype i = 0; i < ddl.size();) {
        if (const qsizetype past = pastQuoted(ddl, i); past != i) {
            i = past;
            continue;
        }
        const QChar c = ddl.at(i);
        if (c == u'(' && ++depth == 1)
            start = i + 1;
        else if (c == u')' && --depth == 0) {
            parts.append({start, i});
            break;
        } else if (c == u',' && depth == 1) {
            parts.append({start, i});
            start = i + 1;
        }
        ++i;
    }
    for (const auto &[from, to] : std::as_const(parts)) {
        const QStringView definition = QStringView(ddl).mid(from, to - from);
        if (definedName(definition).compare(column, Qt::CaseInsensitive) != 0)
            continue;
        // AS as a word of its own at the definition's top level, then its (…).
        int level = 0;
        for (qsizetype i = 0; i < definition.size();) {
            if (const qsizetype past = pastQuoted(ddl, from + i) - from; past != i) {
                i = past;
                continue;
            }
            const QChar c = definition.at(i);
            level += c == u'(' ? 1 : c == u')' ? -1 : 0;
            const bool word = level == 0 && definition.mid(i, 2).compare(QLatin1String("AS"), Qt::CaseInsensitive) == 0
                && (i == 0 || !(definition.at(i - 1).isLetterOrNumber() || definition.at(i - 1) == u'_')) && i + 2 < definition.size()
                && !definition.at(i + 2).isLetterOrNumber() && definition.at(i + 2) != u'_';
            if (!word) {
                ++i;
                continue;
            }
            qsizetype open = i + 2;
            while (open < definition.size() && definition.at(open).isSpace())
                ++open;
            if (open >= definition.size() || definition.at(open) != u'(')
                return {};
            int inner = 0;
            for (qsizetype j = open; j < definition.size();) {
                if (const qsizetype past = pastQuoted(ddl, from + j) - from; past != j) {
                    j = past;
                    continue;
                }
                inner += definition.at(j) == u'(' ? 1 : definition.at(j) == u')' ? -1 : 0;
                if (inner == 0)
                    return definition.mid(open + 1, j - open - 1).trimmed().toString();
                ++j;
            }
            return {};
        }
        return {};
    }
    return {};
}

class SqliteCatalog final : public Catalog {
public:
    using Catalog::Catalog;

    QString schemasSql() const override
    {
        // main and attached databases; temp holds only this connection's temporary objects.
        return QStringLiteral("SELECT name FROM pragma_database_list WHERE name <> 'temp' ORDER BY name");
    }

    QString relationsSql(const CatalogScope &scope) const override
    {
        // A view takes UPDATE and DELETE only through INSTEAD OF triggers.
        const QString insteadOf = QStringLiteral("EXISTS (SELECT 1 FROM %1.sqlite_master tr WHERE tr.type = 'trigger' AND "
                                                 "tr.tbl_name = m.name AND %2 LIKE '% INSTEAD OF %3 %')")
                                      .arg(syntax().quoteIdentifier(schemaOf(scope)), triggerHeader(QStringLiteral("tr")));
        return masterQuery(scope,
                           QStringLiteral("m.type, NULL, NULL, CASE WHEN m.type = 'view' THEN %1 AND %2 END")
                               .arg(insteadOf.arg(QStringLiteral("UPDATE")), insteadOf.arg(QStringLiteral("DELETE"))),
                           QStringLiteral("'table', 'view'"));
    }

    QString columnsSql(const CatalogScope &scope) const override
    {
        // A primary key column counts as NOT NULL, as on the other dialects (SQLite itself
        // lets NULL into a non-INTEGER primary key declared without NOT NULL).
        return masterQuery(scope,
                           QStringLiteral("p.name, p.type, CASE WHEN p.\"notnull\" = 0 AND p.pk = 0 THEN 1 ELSE 0 "
                                          "END, p.dflt_value, CASE WHEN p.pk > 0 THEN 1 ELSE 0 END, CASE WHEN p.pk = 1 AND "
                                          "upper(p.type) = 'INTEGER' AND NOT EXISTS (SELECT 1 FROM pragma_table_info(m.name, %1) "
                                          "q WHERE q.pk > 1) THEN 1 ELSE 0 END, NULL, CASE WHEN p.hidden IN (2, 3) "
                                          "THEN m.sql END"), // a computed column: the DDL it is in
                           QStringLiteral("'table', 'view'"),
                           // table_xinfo: generated columns too (hidden 2, 3), not a virtual table's hidden ones (1).
                           QStringLiteral(" JOIN pragma_table_xinfo(m.name, %1) p ON p.hidden <> 1").arg(schemaLiteral(scope)),
                           QStringLiteral("p.cid"))
            .replace(QStringLiteral("%1"), schemaLiteral(scope));
    }

    QString generationExpression(const QString &ddl, const QString &column) const override
    {
        return generatedExpressionIn(ddl, column);
    }

    QString indexesSql(const CatalogScope &scope) const override
    {
        // An INTEGER PRIMARY KEY is the rowid itself and has no index to list. A partial
        // index's condition is what follows WHERE in its own SQL (the first WHERE between
        // blanks or brackets: an index's columns hold no subquery).
        const QString words = QStringLiteral("replace(replace(replace(replace(replace(upper(ix.sql), char(10), ' '), "
                                             "char(13), ' '), char(9), ' '), '(', ' '), ')', ' ')");
        const QString predicate = QStringLiteral("CASE WHEN il.partial = 1 THEN (SELECT trim(substr(ix.sql, instr(%1, ' WHERE ') + 7), "
                                                 "' ' || char(9, 10, 13)) FROM %2.sqlite_master ix WHERE ix.type = 'index' AND "
                                                 "ix.name = il.name) END")
                                      .arg(words, syntax().quoteIdentifier(schemaOf(scope)));
        return masterQuery(scope,
                           QStringLiteral("il.name, ii.name, il.\"unique\", CASE WHEN il.origin = 'pk' THEN 1 ELSE 0 "
                                          "END, ii.\"desc\", ") + predicate,
                           QStringLiteral("'table'"),
                           // index_xinfo: the key columns (key = 1) with their order, not the rowid after them
                           QStringLiteral(" JOIN pragma_index_list(m.name, %1) il JOIN pragma_index_xinfo(il.name, %1) "
                                          "ii ON ii.\"key\" = 1")
                               .arg(schemaLiteral(scope)),
                           QStringLiteral("il.name, ii.seqno"));
    }

    QString foreignKeysSql(const CatalogScope &scope) const override
    {
        // "to" is NULL when the key names no parent columns: then it is the parent's primary key.
        const QString schema = schemaLiteral(scope);
        return masterQuery(scope,
                           QStringLiteral("fk.id, NULL, fk.\"from\", %1, fk.\"table\", COALESCE(fk.\"to\", (SELECT "
                                          "pk.name FROM pragma_table_info(fk.\"table\", %1) pk WHERE pk.pk = fk.seq "
                                          "+ 1)), fk.on_update, fk.on_delete")
                               .arg(schema),
                           QStringLiteral("'table'"),
                           QStringLiteral(" JOIN pragma_foreign_key_list(m.name, %1) fk").arg(schema),
                           QStringLiteral("fk.id, fk.seq"));
    }

    QString constraintsSql(const CatalogScope &scope) const override
    {
        // A UNIQUE in CREATE TABLE makes an index of origin 'u' (sqlite_autoindex_<table>_N).
        return masterQuery(scope, QStringLiteral("il.name, 'unique', ii.name, NULL"), QStringLiteral("'table'"),
                           QStringLiteral(" JOIN pragma_index_list(m.name, %1) il ON il.origin = 'u' JOIN "
                                          "pragma_index_info(il.name, %1) ii")
                               .arg(schemaLiteral(scope)),
                           QStringLiteral("il.name, ii.seqno"));
    }

    QString routinesSql(const CatalogScope &) const override { return {}; }

    // SQLite counts every schema change in the database header.
    QString fingerprintSql(const QString &) const override { return QStringLiteral("PRAGMA schema_version"); }

    DefinitionQuery definitionSql(const DefinedObject &object) const override
    {
        static const QHash<DefinedKind, QString> types{{DefinedKind::Table, QStringLiteral("table")},
                                                       {DefinedKind::View, QStringLiteral("view")},
                                                       {DefinedKind::Trigger, QStringLiteral("trigger")},
                                                       {DefinedKind::Index, QStringLiteral("index")}};
        if (!types.contains(object.kind))
            return {};
        const QString schema = object.schema.isEmpty() ? QStringLiteral("main") : object.schema;
        return {QStringLiteral("SELECT sql FROM %1.sqlite_schema WHERE type = %2 AND name = %3")
                    .arg(syntax().quoteIdentifier(schema), syntax().quoteString(types.value(object.kind)),
                         syntax().quoteString(object.name)),
                0};
    }

    QString viewReadsSql(const CatalogScope &scope) const override
    {
        // SQLite keeps no dependencies: a table or view the view's SQL names as a word of
        // its own (between spaces, brackets, quotes, dots, commas or semicolons) is read.
        // A name is cut into words the same way ("my.view" is the words my and view).
        const auto words = [](const QString &text) {
            QString out = QStringLiteral("lower(%1)").arg(text);
            for (const char *separator : {"char(10)", "char(13)", "char(9)", "'('", "')'", "','", "';'", "'\"'", "'`'", "'['", "']'", "'.'"})
                out = QStringLiteral("replace(%1, %2, ' ')").arg(out, QLatin1String(separator));
            return out;
        };
        return masterQuery(scope, QStringLiteral("%1, o.name").arg(schemaLiteral(scope)), QStringLiteral("'view'"),
                           QStringLiteral(" JOIN %1.sqlite_master o ON o.type IN ('table', 'view') AND o.name <> m.name AND "
                                          "o.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND instr(' ' || %2 || ' ', ' ' || %3 || ' ') > 0")
                               .arg(syntax().quoteIdentifier(schemaOf(scope)), words(QStringLiteral("m.sql")), words(QStringLiteral("o.name"))),
                           QStringLiteral("o.name"));
    }

    QString triggersSql(const CatalogScope &scope) const override
    {
        // From the trigger's own SQL: what comes before " ON <table>" names the timing (BEFORE
        // when none is given) and the event.
        const QString header = triggerHeader(QStringLiteral("m"));
        return masterQuery(scope,
                           QStringLiteral("m.tbl_name, CASE WHEN %1 LIKE '% INSTEAD OF %' THEN 'INSTEAD OF' WHEN %1 LIKE "
                                          "'% AFTER %' THEN 'AFTER' ELSE 'BEFORE' END, CASE WHEN %1 LIKE '% INSERT %' THEN "
                                          "'INSERT' WHEN %1 LIKE '% DELETE %' THEN 'DELETE' ELSE 'UPDATE' END")
                               .arg(header),
                           QStringLiteral("'trigger'"));
    }

private:
    // A trigger's SQL up to " ON <table>", upper case, blanks as spaces, a space at both
    // ends: " CREATE TRIGGER T AFTER UPDATE OF A ", for LIKE '% AFTER %'.
    static QString triggerHeader(const QString &alias)
    {
        const QString sql = QStringLiteral("replace(replace(replace(upper(%1.sql), char(10), ' '), char(13), ' '), char(9), ' ')").arg(alias);
        return QStringLiteral("(' ' || substr(%1, 1, instr(%1, ' ON ')))").arg(sql);
    }

    // The scope's schema as a string literal, for the pragmas' schema argument.
    QString schemaLiteral(const CatalogScope &scope) const { return syntax().quoteString(schemaOf(scope)); }

    // "SELECT '<schema>', m.name, <columns> FROM <schema>.sqlite_master m<joins> WHERE
    // m.type IN (<types>) AND <not SQLite's own> [AND m.tbl_name = <table>] ORDER BY
    // m.name[, <order>]": the shape every query here shares. tbl_name is the table a row
    // belongs to: its own name for a table or view, the table of an index or trigger.
    QString masterQuery(const CatalogScope &scope, const QString &columns, const QString &types,
                        const QString &joins = {}, const QString &order = {}) const
    {
        // Not a virtual table's shadow tables (FTS5's docs_data, docs_idx, ...): they are the
        // virtual table's own, which makes, empties and drops them (pragma table_list, 3.37).
        QString sql = QStringLiteral("SELECT %1, m.name, %2 FROM %3.sqlite_master m%4 WHERE m.type IN (%5) "
                                     "AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND NOT EXISTS (SELECT 1 FROM "
                                     "pragma_table_list sh WHERE sh.schema = %1 AND sh.name = m.tbl_name AND sh.type = "
                                     "'shadow')%6 ORDER BY m.name")
                          .arg(schemaLiteral(scope), columns, syntax().quoteIdentifier(schemaOf(scope)), joins, types,
                               andEquals(QStringLiteral("m.tbl_name"), scope.table));
        if (!order.isEmpty())
            sql += QStringLiteral(", ") + order;
        return sql;
    }
};

} // namespace

std::unique_ptr<Catalog> makeSqliteCatalog(const SqlSyntax &syntax) { return std::make_unique<SqliteCatalog>(syntax); }

} // namespace noorm
