#pragma once
// SqlSyntax: how one dialect spells identifiers, string literals and a row limit. The
// defaults are standard SQL as PostgreSQL and SQLite write it ("name", 'it''s', LIMIT n);
// MySQL and SQL Server override what they spell differently. Every other dialect part
// that builds SQL text quotes through the dialect's SqlSyntax.

#include <QString>
#include <QVariant>

#include <optional>

namespace noorm {

class SqlSyntax {
public:
    virtual ~SqlSyntax() = default;

    // "my""table": a double-quoted identifier with embedded quotes doubled.
    virtual QString quoteIdentifier(const QString &identifier) const;
    // 'it''s': a string literal with embedded quotes doubled.
    virtual QString quoteString(const QString &value) const;
    // `value` written as a SQL literal: NULL, an integer, or stringLiteral() of a string;
    // nullopt for any other type (bind those). What a bound value would mean, so binds can
    // travel inside the statement where a prepared statement costs extra round trips.
    std::optional<QString> literal(const QVariant &value) const;
    // A string bind as a literal that means the value whatever the session's settings;
    // nullopt where no such literal exists (the value is then bound). quoteString() here.
    virtual std::optional<QString> stringLiteral(const QString &value) const { return quoteString(value); }
    // `sql` with each positional ? (outside quoted text) replaced by literal() of the next
    // bind; nullopt when a value has no literal or the markers and binds do not pair up.
    std::optional<QString> withLiterals(const QString &sql, const QVariantList &binds) const;
    // "SELECT <body>" limited to `limit` rows; `body` is "columns FROM ... [ORDER BY ...]".
    virtual QString selectLimitSql(const QString &body, int limit) const;
    // "?, ?, ?": `count` positional bind markers.
    static QString placeholders(int count);
};

// The base of a dialect part that writes SQL text: it quotes through its dialect's syntax.
class SqlWriter {
protected:
    explicit SqlWriter(const SqlSyntax &syntax) : m_syntax(syntax) {}
    ~SqlWriter() = default;
    const SqlSyntax &syntax() const { return m_syntax; }

private:
    const SqlSyntax &m_syntax;
};

} // namespace noorm
