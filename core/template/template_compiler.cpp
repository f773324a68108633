#include "template/template_compiler.h"

#include "template/js_runtime.h"

// Behaviour follows Eta 4's documented parse/compile rules (tags, prefixes "=" and "~",
// whitespace control "-" / "_", autoTrim [false, "nl"]); the code is noorm's own.

namespace noorm {
namespace {

const QString kOpen = QStringLiteral("{%");
const QString kClose = QStringLiteral("%}");

// JavaScript's WhiteSpace + LineTerminator set: what `\s`, trimStart and trimEnd use.
bool isJsSpace(QChar c)
{
    const char16_t u = c.unicode();
    switch (u) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
        return true;
    default:
        return u >= 0x2000 && u <= 0x200A;
    }
}

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
}

// Whitespace control on one side of a text segment: none, "-" / "nl" (one newline) or "_" (all).
enum class Trim { None, Newline, All };

Trim trimFromControl(QChar control, Trim fallback)
{
    if (control == u'-')
        return Trim::Newline;
    if (control == u'_')
        return Trim::All;
    return fallback;
}

QString trimSegment(QString text, Trim start, Trim end)
{
    if (start == Trim::All) {
        qsizetype i = 0;
        while (i < text.size() && isJsSpace(text[i]))
            ++i;
        text.remove(0, i);
    } else if (start == Trim::Newline) {
        if (text.startsWith(u"\r\n"))
            text.remove(0, 2);
        else if (text.startsWith(u'\n') || text.startsWith(u'\r'))
            text.remove(0, 1);
    }
    if (end == Trim::All) {
        qsizetype n = text.size();
        while (n > 0 && isJsSpace(text[n - 1]))
            --n;
        text.truncate(n);
    } else if (end == Trim::Newline) {
        if (text.endsWith(u"\r\n"))
            text.chop(2);
        else if (text.endsWith(u'\n') || text.endsWith(u'\r'))
            text.chop(1);
    }
    return text;
}

// Text as the body of a single-quoted JavaScript string, the way Eta writes it
// (so "\r\n" becomes "\n" like in Eta's output).
QString toStringLiteralBody(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u'\'') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            out += u"\\n";
        } else if (c == u'\n') {
            out += u"\\n";
        } else if (c == QChar(0x2028)) {
            out += u"\\u2028"; // same string; older engines reject the raw character
        } else if (c == QChar(0x2029)) {
            out += u"\\u2029";
        } else {
            out += c;
        }
    }
    return out;
}

int lineAt(const QString &s, qsizetype index)
{
    return int(QStringView(s).left(index).count(u'\n')) + 1;
}

Error parseError(const QString &what, const QString &s, qsizetype index)
{
    const int line = lineAt(s, index);
    const qsizetype lineStart = s.lastIndexOf(u'\n', index - 1) + 1;
    const int column = int(index - lineStart) + 1;
    const QString lineText = s.split(u'\n').value(line - 1);
    Error e = Error::at({}, line, column,
                        QStringLiteral("%1 at line %2 col %3:\n\n  %4\n  %5^")
                            .arg(what).arg(line).arg(column).arg(lineText, QString(column - 1, u' ')));
    return e;
}

// A quoted string as Eta's string patterns match it: ' and " strings end at the first
// unescaped quote and may not span lines; the first match at or after `from` counts.
qsizetype matchQuotedAt(const QString &s, qsizetype start)
{
    const QChar q = s[start];
    for (qsizetype i = start + 1; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == q)
            return i + 1;
        if (c == u'\\') {
            if (i + 1 >= s.size())
                return -1;
            const QChar n = s[i + 1];
            if (isJsSpace(n) || isWordChar(n) || n == u'"' || n == u'\'' || n == u'\\' || n == u'`') {
                ++i;
                continue;
            }
            return -1;
        }
        if (c == u'\n' || c == u'\r')
            return -1;
    }
    return -1;
}

// `{...}` with up to three levels of braces, as in Eta's template-literal pattern
// (the innermost level runs to the first "}").
qsizetype matchBraces(const QString &s, qsizetype open, int depth)
{
    if (depth == 1) {
        const qsizetype close = s.indexOf(u'}', open + 1);
        return close < 0 ? -1 : close + 1;
    }
    for (qsizetype i = open + 1; i < s.size(); ++i) {
        if (s[i] == u'}')
            return i + 1;
        if (s[i] == u'{') {
            const qsizetype end = matchBraces(s, i, depth - 1);
            if (end < 0)
                return -1;
            i = end - 1;
        }
    }
    return -1;
}

qsizetype matchTemplateLiteralAt(const QString &s, qsizetype start)
{
    for (qsizetype i = start + 1; i < s.size();) {
        const QChar c = s[i];
        if (c == u'\\') {
            if (i + 1 >= s.size())
                return -1;
            i += 2;
        } else if (c == u'$' && i + 1 < s.size() && s[i + 1] == u'{') {
            const qsizetype end = matchBraces(s, i + 1, 3);
            if (end < 0)
                return -1;
            i = end;
        } else if (c == u'`') {
            return i + 1;
        } else {
            ++i;
        }
    }
    return -1;
}

qsizetype searchString(const QString &s, qsizetype from)
{
    const QChar q = s[from];
    for (qsizetype start = from; start >= 0 && start < s.size(); start = s.indexOf(q, start + 1)) {
        const qsizetype end = q == u'`' ? matchTemplateLiteralAt(s, start) : matchQuotedAt(s, start);
        if (end >= 0)
            return end;
    }
    return -1;
}

struct Node {
    enum Kind { Text, Exec, Raw, Interpolate } kind;
    QString value;
    int line; // template line where the value starts
};

} // namespace

int CompiledTemplate::templateLine(int generatedLine) const
{
    if (generatedLine < 1 || templateLines.isEmpty())
        return 0;
    return templateLines.value(std::min<qsizetype>(generatedLine, templateLines.size()) - 1);
}

Result<CompiledTemplate> TemplateCompiler::compile(const QString &s)
{
    QVector<Node> nodes;
    QChar previousClose = QChar(u'!'); // "false" before the first tag: no trim at the very start
    bool first = true;

    auto pushText = [&](qsizetype from, qsizetype to, QChar nextOpen) {
        if (to <= from)
            return;
        const Trim start = first ? Trim::None : trimFromControl(previousClose, Trim::Newline);
        const Trim end = trimFromControl(nextOpen, Trim::None);
        const QString text = trimSegment(s.mid(from, to - from), start, end);
        if (!text.isEmpty())
            nodes.push_back({Node::Text, toStringLiteralBody(text), lineAt(s, from)});
    };

    qsizetype i = 0;
    for (qsizetype open = s.indexOf(kOpen, i); open >= 0; open = s.indexOf(kOpen, i)) {
        qsizetype p = open + kOpen.size();
        QChar openControl;
        if (p < s.size() && (s[p] == u'-' || s[p] == u'_'))
            openControl = s[p++];
        while (p < s.size() && isJsSpace(s[p]))
            ++p;
        Node::Kind kind = Node::Exec;
        if (p < s.size() && (s[p] == u'=' || s[p] == u'~')) {
            kind = s[p] == u'=' ? Node::Interpolate : Node::Raw;
            ++p;
            while (p < s.size() && isJsSpace(s[p]))
                ++p;
        }
        pushText(i, open, openControl);
        first = false;

        const qsizetype contentStart = p;
        bool closed = false;
        while (p < s.size()) {
            const QChar c = s[p];
            if (c == u'\'' || c == u'"' || c == u'`') {
                const qsizetype end = searchString(s, p);
                if (end < 0)
                    return parseError(QStringLiteral("unclosed string"), s, p);
                p = end;
                continue;
            }
            if (c == u'/' && p + 1 < s.size() && s[p + 1] == u'*') {
                const qsizetype end = s.indexOf(u"*/", p + 2);
                if (end < 0)
                    return parseError(QStringLiteral("unclosed comment"), s, p);
                p = end;
                continue;
            }
            // \s*(-|_)?%} starting here?
            qsizetype q = p;
            while (q < s.size() && isJsSpace(s[q]))
                ++q;
            QChar closeControl;
            if (q < s.size() && (s[q] == u'-' || s[q] == u'_') && QStringView(s).mid(q + 1).startsWith(kClose))
                closeControl = s[q++];
            if (QStringView(s).mid(q).startsWith(kClose)) {
                nodes.push_back({kind, s.mid(contentStart, p - contentStart), lineAt(s, contentStart)});
                previousClose = closeControl;
                i = q + kClose.size();
                closed = true;
                break;
            }
            ++p;
        }
        if (!closed)
            return parseError(QStringLiteral("unclosed tag"), s, open);
    }
    pushText(i, s.size(), QChar(u'!'));

    CompiledTemplate out;
    QString body;
    QVector<int> lines;
    for (const Node &n : nodes) {
        switch (n.kind) {
        case Node::Text:
            body += QStringLiteral("__eta.res+='") + n.value + QStringLiteral("'\n");
            lines.push_back(n.line);
            break;
        case Node::Raw:
        case Node::Interpolate:
        case Node::Exec: {
            if (n.kind != Node::Exec)
                body += QStringLiteral("__eta.res+=");
            body += n.value + u'\n';
            const int count = int(n.value.count(u'\n')) + 1;
            for (int k = 0; k < count; ++k)
                lines.push_back(n.line + k);
            break;
        }
        }
    }

    out.needsLowering = JsRuntime::needsLowering(body);

    // Line 1: the function head and Eta's helpers; the body starts on line 2.
    out.script = QStringLiteral("(%1function ($, options) { let __eta = {res: \"\"}; "
                                "function output(s) { __eta.res += s; } "
                                "function include() { throw new Error(\"Eta's include() is not available in noorm templates: use $.include(path)\"); } "
                                "const includeAsync = include, layout = include;\n")
                     .arg(out.needsLowering ? QStringLiteral("async ") : QString())
                 + body + QStringLiteral("return __eta.res;\n})");
    out.templateLines.reserve(lines.size() + 3);
    out.templateLines.push_back(1);
    out.templateLines += lines;
    out.templateLines.push_back(lines.isEmpty() ? 1 : lines.last());
    out.templateLines.push_back(lines.isEmpty() ? 1 : lines.last());
    return out;
}

} // namespace noorm
