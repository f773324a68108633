#include "settings/yaml_text.h"

#include <QRegularExpression>

#include <cmath>

namespace noorm {

namespace {

const std::string kStrTag = "tag:yaml.org,2002:str";
const std::string kCoreTagPrefix = "tag:yaml.org,2002:";

QRegularExpression whole(const char *pattern)
{
    return QRegularExpression(QLatin1String("^(?:") + QLatin1String(pattern) + QLatin1String(")\\z"));
}

bool matches(const QRegularExpression &re, const QString &s) { return re.match(s).hasMatch(); }

// The YAML 1.2 core schema's reading of an untagged plain scalar.
YamlText::Scalar resolvePlain(const QString &text)
{
    // Compiled once: compiling them for every scalar made a 13 MB file take 72 s to load.
    static const QRegularExpression null = whole("~|null|Null|NULL|");
    static const QRegularExpression boolean = whole("true|True|TRUE|false|False|FALSE");
    static const QRegularExpression integer = whole("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
    static const QRegularExpression real = whole("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    static const QRegularExpression special = whole("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    YamlText::Scalar s;
    s.text = text;
    if (matches(null, text)) {
        s.kind = YamlText::Kind::Null;
    } else if (matches(boolean, text)) {
        s.kind = YamlText::Kind::Bool;
        s.boolean = text.front().toLower() == QLatin1Char('t');
    } else if (matches(integer, text)) {
        s.kind = YamlText::Kind::Int;
        bool ok = false;
        if (text.startsWith(QLatin1String("0o")))
            s.integer = text.mid(2).toLongLong(&ok, 8);
        else if (text.startsWith(QLatin1String("0x")))
            s.integer = text.mid(2).toLongLong(&ok, 16);
        else
            s.integer = text.toLongLong(&ok, 10);
        s.integral = ok;
        s.real = ok ? double(s.integer) : text.toDouble();
        if (!ok)   // too big for 64 bits: JavaScript reads it as an inexact number
            s.kind = YamlText::Kind::Float;
    } else if (matches(real, text)) {
        s.kind = YamlText::Kind::Float;
        s.real = text.toDouble();
        s.integral = std::isfinite(s.real) && std::trunc(s.real) == s.real && std::fabs(s.real) < 9.0e15;
        s.integer = s.integral ? qint64(s.real) : 0;
    } else if (matches(special, text)) {
        s.kind = YamlText::Kind::Float;
        s.real = text.contains(QLatin1Char('n'), Qt::CaseInsensitive) && !text.contains(QLatin1String("inf"), Qt::CaseInsensitive)
            ? std::nan("")
            : (text.startsWith(QLatin1Char('-')) ? -INFINITY : INFINITY);
    } else {
        s.kind = YamlText::Kind::String;
    }
    return s;
}

std::string spaces(int n) { return std::string(size_t(n), ' '); }

// Whether `s` can be written as a plain block scalar and read back as the same text.
bool plainSafe(const std::string &s)
{
    if (s.empty() || s.front() == ' ' || s.back() == ' ' || s.back() == ':')
        return false;
    if (std::string("-?:,[]{}#&*!|>'\"%@`").find(s.front()) != std::string::npos)
        return false;
    if (s.find(": ") != std::string::npos || s.find(" #") != std::string::npos)
        return false;
    for (unsigned char c : s)
        if (c < 0x20 || c == 0x7f)
            return false;
    return true;
}

std::string doubleQuoted(const std::string &s)
{
    YAML::Emitter e;
    e << YAML::DoubleQuoted << s;
    return e.c_str();
}

std::string tagPrefix(const std::string &tag)
{
    if (tag.rfind(kCoreTagPrefix, 0) == 0)
        return "!!" + tag.substr(kCoreTagPrefix.size()) + ' ';
    if (!tag.empty() && tag.front() == '!')
        return tag + ' ';
    return "!<" + tag + "> ";
}

std::string scalarText(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return "null";
    const std::string &text = node.Scalar();
    const std::string &tag = node.Tag();
    if (tag == "!" || tag == kStrTag) {
        const bool readsAsString = resolvePlain(QString::fromStdString(text)).kind == YamlText::Kind::String;
        return plainSafe(text) && readsAsString ? text : doubleQuoted(text);
    }
    if (tag == "?" || tag.empty()) {
        if (plainSafe(text) || resolvePlain(QString::fromStdString(text)).kind != YamlText::Kind::String)
            return text;
        return doubleQuoted(text);
    }
    return tagPrefix(tag) + (plainSafe(text) ? text : doubleQuoted(text));
}

std::string keyText(const YAML::Node &key)
{
    if (key.IsScalar() || key.IsNull())
        return scalarText(key);
    YAML::Emitter e;   // a collection as a key: rare enough for yaml-cpp's own flow style
    e << YAML::Flow << key;
    return e.c_str();
}

bool isInline(const YAML::Node &v)
{
    return !(v.IsMap() || v.IsSequence()) || v.size() == 0;
}

std::string inlineText(const YAML::Node &v)
{
    if (v.IsMap())
        return "{}";
    if (v.IsSequence())
        return "[]";
    return scalarText(v);
}

void writeMap(std::string &out, const YAML::Node &map, int indent, const std::string &firstPrefix);
void writeSeq(std::string &out, const YAML::Node &seq, int indent, const std::string &firstPrefix);

// The value after "key:", nested one level (4 spaces) deeper.
void writeChild(std::string &out, const YAML::Node &v, int childIndent)
{
    if (isInline(v)) {
        out += ' ' + inlineText(v) + '\n';
        return;
    }
    out += '\n';
    if (v.IsMap())
        writeMap(out, v, childIndent, spaces(childIndent));
    else
        writeSeq(out, v, childIndent, spaces(childIndent));
}

void writeMap(std::string &out, const YAML::Node &map, int indent, const std::string &firstPrefix)
{
    bool first = true;
    for (const auto &kv : map) {
        out += first ? firstPrefix : spaces(indent);
        first = false;
        out += keyText(kv.first) + ':';
        writeChild(out, kv.second, indent + 4);
    }
}

void writeSeq(std::string &out, const YAML::Node &seq, int indent, const std::string &firstPrefix)
{
    bool first = true;
    for (const YAML::Node &item : seq) {
        const std::string prefix = (first ? firstPrefix : spaces(indent)) + "- ";
        first = false;
        if (isInline(item))
            out += prefix + inlineText(item) + '\n';
        else if (item.IsMap())
            writeMap(out, item, indent + 2, prefix);
        else
            writeSeq(out, item, indent + 2, prefix);
    }
}

} // namespace

YamlText::Scalar YamlText::resolve(const YAML::Node &node)
{
    Scalar s;
    if (!node.IsDefined() || node.IsNull())
        return s;
    if (!node.IsScalar()) {
        s.kind = Kind::Other;
        return s;
    }
    const QString text = QString::fromStdString(node.Scalar());
    const std::string &tag = node.Tag();
    if (tag == "!" || tag == kStrTag) {
        s.kind = Kind::String;
        s.text = text;
        return s;
    }
    if (tag == "?" || tag.empty() || tag.rfind(kCoreTagPrefix, 0) == 0)
        return resolvePlain(text);
    s.kind = Kind::Other;
    s.text = QString::fromStdString(tag) + QLatin1Char(' ') + text;
    return s;
}

YAML::Node YamlText::string(const QString &value)
{
    YAML::Node n(value.toStdString());
    n.SetTag("!");
    return n;
}

YAML::Node YamlText::plain(const std::string &value)
{
    YAML::Node n(value);
    n.SetTag("?");
    return n;
}

YAML::Node YamlText::boolean(bool value) { return plain(value ? "true" : "false"); }

YAML::Node YamlText::integer(qint64 value) { return plain(std::to_string(value)); }

std::string YamlText::section(const YAML::Node &key, const YAML::Node &value)
{
    std::string out = keyText(key) + ':';
    writeChild(out, value, 4);
    return out;
}

std::string YamlText::document(const YAML::Node &map)
{
    std::string out;
    writeMap(out, map, 0, std::string());
    return out;
}

bool YamlText::same(const YAML::Node &a, const YAML::Node &b)
{
    const bool aNull = !a.IsDefined() || a.IsNull();
    const bool bNull = !b.IsDefined() || b.IsNull();
    if (aNull || bNull)
        return aNull == bNull;
    if (a.Type() != b.Type())
        return false;
    if (a.IsScalar()) {
        const Scalar x = resolve(a), y = resolve(b);
        if (x.kind != y.kind)
            return false;
        switch (x.kind) {
        case Kind::Null: return true;
        case Kind::Bool: return x.boolean == y.boolean;
        case Kind::Int: return x.integer == y.integer;
        case Kind::Float: return x.real == y.real || (std::isnan(x.real) && std::isnan(y.real));
        case Kind::String:
        case Kind::Other: return x.text == y.text;
        }
        return false;
    }
    if (a.size() != b.size())
        return false;
    if (a.IsMap()) {
        auto i = a.begin(), j = b.begin();
        for (; i != a.end() && j != b.end(); ++i, ++j)
            if (!same(i->first, j->first) || !same(i->second, j->second))
                return false;
        return true;
    }
    for (std::size_t k = 0; k < a.size(); ++k)
        if (!same(a[k], b[k]))
            return false;
    return true;
}

QString YamlText::describe(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return QStringLiteral("nothing");
    if (node.IsMap())
        return QStringLiteral("a mapping");
    if (node.IsSequence())
        return QStringLiteral("a list");
    const Scalar s = resolve(node);
    switch (s.kind) {
    case Kind::Int:
    case Kind::Float: return s.text + QStringLiteral(" (a number)");
    case Kind::Bool: return s.text + QStringLiteral(" (a boolean)");
    case Kind::Null: return QStringLiteral("nothing");
    case Kind::String:
    case Kind::Other: break;
    }
    return QLatin1Char('"') + QString::fromStdString(node.Scalar()) + QLatin1Char('"');
}

} // namespace noorm
