#include "dialect/statement_splitter.h"

#include <QRegularExpression>

#include <QStringView>

#include <algorithm>
#include <array>
#include <climits>
#include <optional>
#include <string_view>

namespace noorm {

namespace {

constexpr char16_t kBom = 0xFEFF;

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isDigit(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }

// First character of an identifier or keyword (psql {ident_start}, SQLite's IdChar minus digits).
bool isWordStart(QChar c) { return isAsciiLetter(c) || c == u'_' || c.unicode() >= 0x80; }

// Later characters of a word; digit runs are scanned as words too so that "1end" stays one token.
bool isWordChar(QChar c) { return isWordStart(c) || isDigit(c) || c == u'$'; }

// psql {dolq_cont}: a dollar-quote tag has no '$' of its own.
bool isDollarTagChar(QChar c) { return isWordStart(c) || isDigit(c); }

bool isBlank(QChar c) { return c == u' ' || c == u'\t' || c == u'\r' || c == kBom; }

// ASCII case-insensitive keyword match; called for every word, so no QString machinery.
bool sameWord(QStringView word, std::string_view keyword)
{
    if (static_cast<size_t>(word.size()) != keyword.size())
        return false;
    for (size_t k = 0; k < keyword.size(); ++k) {
        char16_t c = word[static_cast<qsizetype>(k)].unicode();
        if (c >= u'A' && c <= u'Z')
            c = static_cast<char16_t>(c + (u'a' - u'A'));
        if (c != static_cast<unsigned char>(keyword[k]))
            return false;
    }
    return true;
}

// Tokens of sqlite3_complete(); whitespace and comments change nothing and are not fed.
enum class LiteToken { Semi, Other, Explain, Create, Temp, Trigger, End };

// sqlite3_complete()'s states: 1 start, 2 normal, 3 explain, 4 create, 5 trigger,
// 6 ";" seen inside a trigger, 7 ";END" seen. A statement is complete on returning to 1.
int liteTransition(int state, LiteToken token)
{
    static constexpr std::array<std::array<int, 7>, 8> table{{
        //  Semi Other Explain Create Temp Trigger End
        {{1, 2, 3, 4, 2, 2, 2}}, // 0 invalid (unused: we restart in 1)
        {{1, 2, 3, 4, 2, 2, 2}}, // 1 start
        {{1, 2, 2, 2, 2, 2, 2}}, // 2 normal
        {{1, 3, 2, 4, 2, 2, 2}}, // 3 explain
        {{1, 2, 2, 2, 4, 5, 2}}, // 4 create
        {{6, 5, 5, 5, 5, 5, 5}}, // 5 trigger
        {{6, 5, 5, 5, 5, 5, 7}}, // 6 semi
        {{1, 5, 5, 5, 5, 5, 5}}, // 7 end
    }};
    return table[static_cast<size_t>(state)][static_cast<size_t>(token)];
}

LiteToken liteWordToken(QStringView word)
{
    if (sameWord(word, "create"))
        return LiteToken::Create;
    if (sameWord(word, "temp") || sameWord(word, "temporary"))
        return LiteToken::Temp;
    if (sameWord(word, "trigger"))
        return LiteToken::Trigger;
    if (sameWord(word, "end"))
        return LiteToken::End;
    if (sameWord(word, "explain"))
        return LiteToken::Explain;
    return LiteToken::Other;
}

// One pass over a script: index scanning, no regular expressions, each character looked at a
// bounded number of times (a dollar-quote or DELIMITER comparison at most a tag's length).
bool isCopyFromStdin(const QString &statement);

class Scanner {
public:
    Scanner(const SplitRules &rules, QStringView script, const QString &fileName)
        : m_rules(rules), m_s(script), m_n(script.size()), m_file(fileName)
    {
    }

    Result<QList<SqlStatement>> run();

private:
    // Where a token starts, remembered before consuming it (it may span lines).
    struct Mark {
        qsizetype pos;
        int line;
        qsizetype lineStart;
    };

    QChar at(qsizetype k) const { return k < m_n ? m_s[k] : QChar(); }
    Mark mark() const { return {m_i, m_line, m_lineStart}; }
    void newlineAt(qsizetype k)
    {
        ++m_line;
        m_lineStart = k + 1;
    }
    Error errorAt(const Mark &m, const QString &message) const
    {
        return Error::at(m_file, m.line, static_cast<int>(m.pos - m.lineStart + 1), message);
    }

    void significant(const Mark &m);
    void finish(int repeat = 1);

    bool lineDirective(std::optional<Error> &error);
    std::optional<int> matchGo(qsizetype &end, std::optional<Error> &error) const;
    bool matchDelimiter(std::optional<Error> &error);
    bool delimiterAt(qsizetype k) const;

    void skipLineComment();
    std::optional<Error> skipBlockComment();
    std::optional<Error> skipQuoted(QChar close, bool backslashEscapes, bool doubledEscape, const QString &what);
    bool tryDollarQuote(std::optional<Error> &error);
    void word(const Mark &m, std::optional<Error> &error);
    void psqlWord(QStringView w);
    void semicolon(const Mark &m);
    // After a `COPY … FROM stdin` statement: its data lines, up to and past the `\.` line.
    std::optional<Error> copyData();
    std::optional<Error> copyFromTheClient(bool semicolon);

    const SplitRules &m_rules;
    QStringView m_s;
    qsizetype m_n;
    const QString &m_file;

    qsizetype m_i = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    QList<SqlStatement> m_out;
    std::optional<Error> m_pendingError; // found where no error could be returned (copyData)

    // the statement being collected
    std::optional<Mark> m_start;
    qsizetype m_lastEnd = 0;

    // psql: ( ) depth, BEGIN ... END depth after CREATE [OR REPLACE] FUNCTION/PROCEDURE
    int m_parenDepth = 0;
    int m_beginDepth = 0;
    int m_identCount = 0;
    std::array<char, 4> m_idents{};

    int m_liteState = 1;                      // sqlite3_complete() state
    QString m_delimiter = QStringLiteral(";"); // mysql DELIMITER
    std::array<QChar, 2> m_delimiterFirst{u';', u';'}; // its first character in both cases
};

void Scanner::significant(const Mark &m)
{
    if (!m_start)
        m_start = m;
    m_lastEnd = m_i;
}

void Scanner::finish(int repeat)
{
    if (m_start) {
        const Mark &m = *m_start;
        m_out.append(SqlStatement{m_s.sliced(m.pos, m_lastEnd - m.pos).toString(), m.line,
                                  static_cast<int>(m.pos - m.lineStart + 1), static_cast<int>(m.pos), repeat});
    }
    m_start.reset();
    m_parenDepth = 0;
    m_beginDepth = 0;
    m_identCount = 0;
    m_liteState = 1;
}

// Whether `statement` is a COPY whose words outside string literals and quoted names match
// `shape` (COPY … FROM STDIN, COPY … TO STDOUT).
bool isCopyShaped(const QString &statement, const QRegularExpression &shape)
{
    static const QRegularExpression quoted(QStringLiteral("'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\""));
    return statement.startsWith(QLatin1String("COPY"), Qt::CaseInsensitive)
        && shape.match(QString(statement).replace(quoted, QStringLiteral("''"))).hasMatch();
}

bool isCopyFromStdin(const QString &statement)
{
    static const QRegularExpression copy(QStringLiteral("^COPY\\b.*\\bFROM\\s+STDIN\\b"),
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return isCopyShaped(statement, copy);
}

bool isCopyToStdout(const QString &statement)
{
    static const QRegularExpression copy(QStringLiteral("^COPY\\b.*\\bTO\\s+STDOUT\\b"),
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return isCopyShaped(statement, copy);
}

// psql's COPY with the client's side (PostgreSQL): FROM stdin takes the lines after it up to
// \. as its data (`semicolon`: the statement ended there; otherwise the script did, and no
// data can follow); TO stdout would write into psql's output, which there is none of here
// (the server would wait on the connection for it to be read: the statement never ends).
std::optional<Error> Scanner::copyFromTheClient(bool semicolon)
{
    const SqlStatement &copy = m_out.constLast();
    if (isCopyToStdout(copy.text))
        return Error::at(m_file, copy.line, copy.column,
                         QStringLiteral("COPY … TO stdout writes to psql's output, which noorm does not have: "
                                        "run its SELECT as a query (its rows come as CSV too), or COPY … TO a file on the server"));
    if (!isCopyFromStdin(copy.text))
        return std::nullopt;
    if (semicolon)
        return copyData();
    return Error::at(m_file, copy.line, copy.column,
                     QStringLiteral("the data of COPY … FROM stdin has no end: its lines follow the statement's ';', "
                                    "and a line \\. closes them"));
}

std::optional<Error> Scanner::copyData()
{
    // The data starts on the line after the statement (psql ignores the rest of its line).
    while (m_i < m_n && m_s[m_i] != u'\n')
        ++m_i;
    if (m_i < m_n)
        newlineAt(m_i++);
    QString data;
    while (m_i < m_n) {
        qsizetype end = m_i;
        while (end < m_n && m_s[end] != u'\n')
            ++end;
        QStringView line = m_s.sliced(m_i, end - m_i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const bool last = line == QLatin1String("\\.");
        if (!last) {
            data += line;
            data += QLatin1Char('\n');
        }
        m_i = end;
        if (m_i < m_n)
            newlineAt(m_i++);
        if (last) {
            m_out.last().copyData = data;
            return std::nullopt;
        }
    }
    const SqlStatement &copy = m_out.constLast();
    return Error::at(m_file, copy.line, copy.column,
                     QStringLiteral("the data of COPY … FROM stdin has no end: a line \\. must close it"));
}

Result<QList<SqlStatement>> Scanner::run()
{
    std::optional<Error> error;
    while (m_i < m_n && !error && !m_pendingError) {
        if (m_i == m_lineStart && lineDirective(error))
            continue;
        if (error)
            break;
        const Mark m = mark();
        const QChar c = m_s[m_i];

        if (m_rules.delimiterDirective && delimiterAt(m_i)) {
            m_i += m_delimiter.size();
            finish();
            continue;
        }
        if (c == u'\n') {
            newlineAt(m_i++);
            continue;
        }
        if (c.isSpace() || c == kBom) {
            ++m_i;
            continue;
        }
        if (c == u'-' && at(m_i + 1) == u'-'
            && (!m_rules.dashCommentNeedsSpace || at(m_i + 2).unicode() <= u' ')) {
            skipLineComment();
            continue;
        }
        if (c == u'#' && m_rules.hashComments) {
            skipLineComment();
            continue;
        }
        if (c == u'/' && at(m_i + 1) == u'*') {
            const bool executable = m_rules.executableComments
                                    && (at(m_i + 2) == u'!' || (at(m_i + 2) == u'M' && at(m_i + 3) == u'!'));
            if (executable) {
                // The client sends /*! ... */ to the server; its insides are scanned as SQL.
                m_i += 2;
                significant(m);
                if (m_rules.triggerBodies)
                    m_liteState = liteTransition(m_liteState, LiteToken::Other);
            } else {
                error = skipBlockComment();
            }
            continue;
        }
        if (c == u'\'') {
            error = skipQuoted(c, m_rules.backslashEscapes, true, QStringLiteral("quoted string"));
        } else if (c == u'"') {
            error = skipQuoted(c, m_rules.backslashEscapes, true, QStringLiteral("quoted identifier"));
        } else if (c == u'`' && m_rules.backtickIdentifiers) {
            error = skipQuoted(c, false, true, QStringLiteral("`quoted` identifier"));
        } else if (c == u'[' && m_rules.bracketIdentifiers) {
            error = skipQuoted(u']', false, m_rules.bracketDoubledEscape, QStringLiteral("[bracketed] identifier"));
        } else if (c == u'$' && m_rules.dollarQuotes && tryDollarQuote(error)) {
            // consumed
        } else if (isWordChar(c)) {
            word(m, error);
            continue;
        } else if (c == u'\\' && m_rules.metaCommandsAreErrors) {
            qsizetype j = m_i + 1;
            while (j < m_n && isAsciiLetter(m_s[j]))
                ++j;
            const QString command = m_s.sliced(m_i, std::max<qsizetype>(j, std::min(m_i + 2, m_n)) - m_i).toString();
            // pg_dump (since 15.14, 16.10, 17.6) brackets a dump in \restrict KEY … \unrestrict KEY,
            // which only forbid the meta-commands noorm never runs: psql's effect is nothing.
            if (m_rules.copyFromStdinData && !m_start
                && (command == QLatin1String("\\restrict") || command == QLatin1String("\\unrestrict"))) {
                while (m_i < m_n && m_s[m_i] != u'\n')
                    ++m_i;
                continue;
            }
            error = errorAt(m, QStringLiteral("psql meta-command %1 is not supported: scripts must be plain SQL")
                                   .arg(command));
            break;
        } else if (c == u';' && m_rules.semicolonEnds && !m_rules.delimiterDirective) {
            semicolon(m);
            continue;
        } else {
            ++m_i;
            if (m_rules.parenthesesHoldSemicolons) {
                if (c == u'(')
                    ++m_parenDepth;
                else if (c == u')' && m_parenDepth > 0)
                    --m_parenDepth;
            }
        }
        if (error)
            break;
        // A string, quoted identifier, dollar quote or punctuation character.
        significant(m);
        if (m_rules.triggerBodies)
            m_liteState = liteTransition(m_liteState, LiteToken::Other);
    }
    if (error)
        return *error;
    if (m_pendingError)
        return *m_pendingError;
    const qsizetype before = m_out.size();
    finish();
    if (m_rules.copyFromStdinData && m_out.size() > before)
        if (std::optional<Error> copy = copyFromTheClient(false))
            return *copy;
    return m_out;
}

void Scanner::semicolon(const Mark &m)
{
    ++m_i;
    bool ends = m_parenDepth == 0 && m_beginDepth == 0;
    if (m_rules.triggerBodies) {
        m_liteState = liteTransition(m_liteState, LiteToken::Semi);
        ends = m_liteState == 1;
    }
    if (ends) {
        const qsizetype before = m_out.size();
        finish();
        if (m_rules.copyFromStdinData && m_out.size() > before)
            if (std::optional<Error> error = copyFromTheClient(true))
                m_pendingError = error;
    } else {
        significant(m);
    }
}

bool Scanner::delimiterAt(qsizetype k) const
{
    if (m_s[k] != m_delimiterFirst[0] && m_s[k] != m_delimiterFirst[1])
        return false;
    return m_s.sliced(k).startsWith(m_delimiter, Qt::CaseInsensitive);
}

// A GO or DELIMITER line at m_i (the start of a line, outside any quote or comment).
bool Scanner::lineDirective(std::optional<Error> &error)
{
    if (m_rules.goBatchSeparator) {
        qsizetype end = 0;
        const std::optional<int> repeat = matchGo(end, error);
        if (error)
            return false;
        if (repeat) {
            finish(*repeat);
            m_i = end; // the line break, if any, is counted by the main loop
            return true;
        }
    }
    if (m_rules.delimiterDirective)
        return matchDelimiter(error);
    return false;
}

// sqlcmd: `GO`, `GO 5`, `GO -- note`, any case, blanks around. Returns the count when the line
// at m_i is a GO line; `end` is the position of its line break (or the end of the script).
std::optional<int> Scanner::matchGo(qsizetype &end, std::optional<Error> &error) const
{
    qsizetype j = m_i;
    while (j < m_n && isBlank(m_s[j]))
        ++j;
    if (j + 2 > m_n || m_s.sliced(j, 2).compare(QLatin1String("go"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const Mark goMark{j, m_line, m_lineStart};
    j += 2;
    const qsizetype afterGo = j;
    while (j < m_n && isBlank(m_s[j]))
        ++j;
    qint64 count = 1;
    if (j < m_n && isDigit(m_s[j])) {
        if (j == afterGo)
            return std::nullopt; // "GO5" is not a GO line
        count = 0;
        while (j < m_n && isDigit(m_s[j])) {
            if (count <= INT_MAX)
                count = count * 10 + (m_s[j].unicode() - u'0');
            ++j;
        }
        while (j < m_n && isBlank(m_s[j]))
            ++j;
    }
    if (j + 1 < m_n && m_s[j] == u'-' && m_s[j + 1] == u'-') {
        while (j < m_n && m_s[j] != u'\n')
            ++j;
    }
    if (j < m_n && m_s[j] != u'\n')
        return std::nullopt; // "GOTO label", "GO;", "go away": not a separator
    if (count < 1 || count > INT_MAX) {
        Error e = errorAt(goMark, QStringLiteral("GO count must be between 1 and %1").arg(INT_MAX));
        error = e;
        return std::nullopt;
    }
    end = j;
    return static_cast<int>(count);
}

// mysql: `DELIMITER <string>` at the start of a line. The rest of the line is ignored, as the
// client does; the line itself is not sent.
bool Scanner::matchDelimiter(std::optional<Error> &error)
{
    qsizetype j = m_i;
    while (j < m_n && isBlank(m_s[j]))
        ++j;
    constexpr qsizetype keywordLength = 9;
    if (j + keywordLength >= m_n
        || m_s.sliced(j, keywordLength).compare(QLatin1String("delimiter"), Qt::CaseInsensitive) != 0
        || (m_s[j + keywordLength] != u' ' && m_s[j + keywordLength] != u'\t'))
        return false;
    const Mark directive{j, m_line, m_lineStart};
    j += keywordLength;
    while (j < m_n && (m_s[j] == u' ' || m_s[j] == u'\t'))
        ++j;
    qsizetype argStart = j;
    qsizetype argEnd = j;
    const QChar q = at(j);
    if (q == u'\'' || q == u'"' || q == u'`') {
        argStart = ++j;
        while (j < m_n && m_s[j] != q && m_s[j] != u'\n')
            ++j;
        argEnd = j;
    } else {
        while (j < m_n && !m_s[j].isSpace())
            ++j;
        argEnd = j;
    }
    const QStringView delimiter = m_s.sliced(argStart, argEnd - argStart);
    if (m_start) {
        error = errorAt(directive, QStringLiteral("DELIMITER inside an unterminated statement: end the statement "
                                                  "with %1 before changing the delimiter")
                                       .arg(m_delimiter));
        return false;
    }
    if (delimiter.isEmpty()) {
        error = errorAt(directive, QStringLiteral("DELIMITER must be followed by a delimiter string"));
        return false;
    }
    if (delimiter.contains(u'\\')) {
        error = errorAt(directive, QStringLiteral("DELIMITER cannot contain a backslash character"));
        return false;
    }
    m_delimiter = delimiter.toString();
    m_delimiterFirst = {m_delimiter.at(0).toLower(), m_delimiter.at(0).toUpper()};
    while (j < m_n && m_s[j] != u'\n')
        ++j;
    m_i = j;
    return true;
}

void Scanner::skipLineComment()
{
    while (m_i < m_n && m_s[m_i] != u'\n')
        ++m_i;
}

std::optional<Error> Scanner::skipBlockComment()
{
    const Mark m = mark();
    m_i += 2;
    int depth = 1;
    while (m_i < m_n) {
        const QChar c = m_s[m_i];
        if (c == u'\n') {
            newlineAt(m_i++);
        } else if (c == u'*' && at(m_i + 1) == u'/') {
            m_i += 2;
            if (--depth == 0)
                return std::nullopt;
        } else if (c == u'/' && at(m_i + 1) == u'*' && m_rules.nestedBlockComments) {
            m_i += 2;
            ++depth;
        } else {
            ++m_i;
        }
    }
    return errorAt(m, QStringLiteral("unterminated /* comment"));
}

std::optional<Error> Scanner::skipQuoted(QChar close, bool backslashEscapes, bool doubledEscape, const QString &what)
{
    const Mark m = mark();
    ++m_i;
    while (m_i < m_n) {
        const QChar c = m_s[m_i];
        if (c == u'\n') {
            newlineAt(m_i++);
        } else if (c == u'\\' && backslashEscapes) {
            if (at(m_i + 1) == u'\n')
                newlineAt(m_i + 1);
            m_i = std::min(m_i + 2, m_n + 1);
        } else if (c == close) {
            ++m_i;
            if (!(doubledEscape && at(m_i) == close))
                return std::nullopt;
            ++m_i;
        } else {
            ++m_i;
        }
    }
    m_i = m_n;
    return errorAt(m, QStringLiteral("unterminated %1").arg(what));
}

// psql: $$ or $tag$ where the tag is an identifier not starting with a digit ($1 is a
// parameter) and the '$' does not continue an identifier (a$b is one name).
bool Scanner::tryDollarQuote(std::optional<Error> &error)
{
    if (m_i > 0 && isWordChar(m_s[m_i - 1]))
        return false;
    qsizetype j = m_i + 1;
    if (j < m_n && isDigit(m_s[j]))
        return false;
    while (j < m_n && isDollarTagChar(m_s[j]))
        ++j;
    if (at(j) != u'$')
        return false;
    const Mark m = mark();
    const QStringView tag = m_s.sliced(m_i, j + 1 - m_i);
    m_i = j + 1;
    while (m_i < m_n) {
        const QChar c = m_s[m_i];
        if (c == u'\n') {
            newlineAt(m_i++);
        } else if (c == u'$' && m_s.sliced(m_i).startsWith(tag)) {
            m_i += tag.size();
            return true;
        } else {
            ++m_i;
        }
    }
    error = errorAt(m, QStringLiteral("unterminated dollar-quoted string %1").arg(tag.toString()));
    return true;
}

void Scanner::word(const Mark &m, std::optional<Error> &error)
{
    // mysql looks for the delimiter at every character: "END$$" ends with the delimiter $$.
    while (m_i < m_n && isWordChar(m_s[m_i]) && !(m_rules.delimiterDirective && delimiterAt(m_i)))
        ++m_i;
    const QStringView w = m_s.sliced(m.pos, m_i - m.pos);
    if (m_rules.escapeStringPrefix && w.size() == 1 && (w[0] == u'E' || w[0] == u'e') && at(m_i) == u'\'') {
        error = skipQuoted(u'\'', true, true, QStringLiteral("E'' string"));
        significant(m);
        return;
    }
    if (m_rules.beginAtomicBodies && isWordStart(w[0]))
        psqlWord(w);
    if (m_rules.triggerBodies)
        m_liteState = liteTransition(m_liteState, liteWordToken(w));
    significant(m);
}

// psqlscan.l's heuristic: in a statement starting CREATE [OR REPLACE] FUNCTION|PROCEDURE,
// BEGIN (and CASE inside it) opens a block that END closes; ';' inside a block does not end
// the statement.
void Scanner::psqlWord(QStringView w)
{
    if (m_identCount == 0)
        m_idents.fill(0);
    if (sameWord(w, "create") || sameWord(w, "function") || sameWord(w, "procedure") || sameWord(w, "or")
        || sameWord(w, "replace")) {
        if (m_identCount < static_cast<int>(m_idents.size()))
            m_idents[static_cast<size_t>(m_identCount)] = static_cast<char>(w[0].toLower().unicode());
    }
    if (m_identCount < INT_MAX)
        ++m_identCount;
    const bool routine = m_idents[0] == 'c'
                         && (m_idents[1] == 'f' || m_idents[1] == 'p'
                             || (m_idents[1] == 'o' && m_idents[2] == 'r'
                                 && (m_idents[3] == 'f' || m_idents[3] == 'p')));
    if (!routine || m_parenDepth != 0)
        return;
    if (sameWord(w, "begin")) {
        ++m_beginDepth;
    } else if (sameWord(w, "case")) {
        if (m_beginDepth >= 1)
            ++m_beginDepth;
    } else if (sameWord(w, "end")) {
        if (m_beginDepth > 0)
            --m_beginDepth;
    }
}

} // namespace

StatementSplitter::StatementSplitter(SplitRules rules) : m_rules(rules) {}

Result<QList<SqlStatement>> StatementSplitter::split(const QString &script, const QString &fileName) const
{
    return Scanner(m_rules, script, fileName).run();
}

QStringList leadingWords(QStringView statement, int count)
{
    QStringList words;
    qsizetype i = 0;
    const qsizetype n = statement.size();
    while (words.size() < count) {
        while (i < n && statement.at(i).isSpace())
            ++i;
        if (i == n)
            break;
        const qsizetype start = i;
        while (i < n && !statement.at(i).isSpace())
            ++i;
        words << statement.sliced(start, i - start).toString().toUpper();
    }
    return words;
}

} // namespace noorm
