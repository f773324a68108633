#pragma once
// StatementSplitter: cuts a SQL script into the statements (or sqlcmd batches) that the
// database's own command-line client would send one by one: psql, mysql/mariadb, sqlite3,
// sqlcmd. Qt's SQL drivers execute one statement per call, so the runner and the SQL
// terminal send each piece separately. Which quotes, comments and terminators exist is
// described by SplitRules, which each Dialect hands out (Dialect::splitRules()); the
// splitter itself never looks at a dialect's name.

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace noorm {

struct SqlStatement {
    QString text;      // the statement without its terminator (no trailing ';' / DELIMITER token / GO),
                       // from its first significant character to its last (leading and trailing
                       // comments dropped, inner comments kept)
    int line = 1;      // 1-based line of the statement's first non-blank, non-comment character
    int column = 1;    // 1-based column of it (in UTF-16 code units, like offset)
    int offset = 0;    // character (UTF-16 code unit) offset of it in the script
    int repeat = 1;    // sqlcmd `GO n`: run this batch n times
    // psql: `COPY … FROM stdin;` followed by its data lines up to `\.`: the data, each line
    // ending in '\n' (empty for no rows); unset for every other statement.
    std::optional<QString> copyData;
};

// The lexical rules of one client. All switches off = plain SQL: '..' strings with '' escape,
// ".." identifiers, -- and /* */ comments, ';' ends a statement.
struct SplitRules {
    // --- what ends a statement
    bool semicolonEnds = true;             // false: only the batch separator does (sqlcmd)
    bool delimiterDirective = false;       // mysql: `DELIMITER //` lines change the terminator
    bool goBatchSeparator = false;         // sqlcmd: `GO [n] [-- comment]` alone on a line ends a batch
    bool parenthesesHoldSemicolons = false; // psql: ';' inside ( ) does not end a statement
    bool beginAtomicBodies = false;        // psql: BEGIN ... END after CREATE [OR REPLACE] FUNCTION/PROCEDURE
    bool triggerBodies = false;            // sqlite3_complete(): CREATE TRIGGER ... BEGIN ...; END;
    // --- quotes
    bool dollarQuotes = false;             // $$...$$ and $tag$...$tag$ (psql)
    bool escapeStringPrefix = false;       // E'...' with backslash escapes (psql)
    bool backslashEscapes = false;         // backslash escapes in '...' and "..." (mysql)
    bool backtickIdentifiers = false;      // `name`, with `` for a backtick
    bool bracketIdentifiers = false;       // [name]
    bool bracketDoubledEscape = false;     // ]] is a ] inside [name] (T-SQL)
    // --- comments
    bool hashComments = false;             // # to the end of the line (mysql)
    bool dashCommentNeedsSpace = false;    // mysql: "--" is a comment only before a space/control char
    bool nestedBlockComments = false;      // /* /* */ */ (psql, T-SQL)
    bool executableComments = false;       // /*! ... */ and /*M! ... */ are SQL, kept in the text (mysql)
    // --- errors
    bool metaCommandsAreErrors = false;    // psql: a backslash outside quotes starts a meta-command
    // --- inline data
    bool copyFromStdinData = false;        // psql: COPY … FROM stdin; takes the lines after it up to \.
};

class StatementSplitter {
public:
    explicit StatementSplitter(SplitRules rules);

    // The statements of `script` in order. Comment-only and empty statements are dropped; a
    // last statement without a terminator is kept. Errors (unterminated string, identifier,
    // comment or dollar quote; psql meta-command like \i or \connect; a bad DELIMITER or GO
    // line) carry the line and column where the offending construct starts; `fileName` goes
    // in Error::file. Linear in the script's length.
    Result<QList<SqlStatement>> split(const QString &script, const QString &fileName = QString()) const;

    const SplitRules &rules() const { return m_rules; }

private:
    SplitRules m_rules;
};

// The first `count` words of `statement` (split at white space), upper-cased: what tells
// what kind of statement it is (only as much of it is looked at).
QStringList leadingWords(QStringView statement, int count);

} // namespace noorm
