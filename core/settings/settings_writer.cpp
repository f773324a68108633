#include "settings/settings_writer.h"

#include "settings/settings_document.h"
#include "settings/yaml_text.h"

#include <QHash>

#include <vector>

namespace noorm {

namespace {

// ---- the new tree: the original's nodes with noorm's keys set --------------------

YAML::Node editable(const YAML::Node &original)
{
    return original.IsDefined() && original.IsMap() ? YAML::Clone(original) : YAML::Node(YAML::NodeType::Map);
}

YAML::Node find(const YAML::Node &map, const QString &key)
{
    if (map.IsDefined() && map.IsMap())
        for (const auto &kv : map)
            if (kv.first.IsScalar() && YamlText::qt(kv.first.Scalar()) == key)
                return kv.second;
    return YAML::Node(YAML::NodeType::Undefined);
}

bool has(const YAML::Node &map, const char *key) { return find(map, QLatin1String(key)).IsDefined(); }

// A key the file already has is always written; a missing one only when its value
// differs from the default, so defaults never creep into a user's file.
void put(YAML::Node &map, const char *key, const YAML::Node &value, bool isDefault = false)
{
    if (!isDefault || has(map, key))
        map[key] = value;
}

template <typename T, typename Make>
void putOptional(YAML::Node &map, const char *key, const std::optional<T> &value, Make make)
{
    if (value)
        map[key] = make(*value);
    else if (has(map, key))
        map.remove(key);
}

YAML::Node strings(const QStringList &list)
{
    YAML::Node seq(YAML::NodeType::Sequence);
    for (const QString &s : list)
        seq.push_back(YamlText::string(s));
    return seq;
}

const auto kString = [](const QString &s) { return YamlText::string(s); };
const auto kBool = [](bool b) { return YamlText::boolean(b); };
const auto kInt = [](int i) { return YamlText::integer(i); };

YAML::Node secretNode(const YAML::Node &original, const StageSecret &s)
{
    YAML::Node m = editable(original);
    put(m, "key", YamlText::string(s.key));
    put(m, "type", YamlText::string(s.type));
    put(m, "description", YamlText::string(s.description), s.description.isEmpty());
    put(m, "required", YamlText::boolean(s.required), s.required);
    return m;
}

// The items of an original list, each handed to at most one new item: the one it
// belongs to, so that item keeps the user's unknown keys.
class NodePool {
public:
    explicit NodePool(const YAML::Node &seq)
    {
        if (seq.IsDefined() && seq.IsSequence())
            for (const YAML::Node &item : seq)
                m_items.push_back(item);
        m_used.assign(m_items.size(), false);
    }

    template <typename BelongsTo>
    YAML::Node take(BelongsTo belongsTo)
    {
        // From the first unused item: items taken in file order cost one look each, not a
        // rescan of those already taken.
        for (std::size_t i = m_firstUnused; i < m_items.size(); ++i) {
            if (!m_used[i] && belongsTo(i, m_items[i])) {
                m_used[i] = true;
                while (m_firstUnused < m_items.size() && m_used[m_firstUnused])
                    ++m_firstUnused;
                return m_items[i];
            }
        }
        return YAML::Node(YAML::NodeType::Undefined);
    }

private:
    std::vector<YAML::Node> m_items;
    std::vector<bool> m_used;
    std::size_t m_firstUnused = 0;
};

// Secrets find their node by key.
YAML::Node secretsNode(const YAML::Node &original, const QList<StageSecret> &secrets)
{
    NodePool pool(original);
    YAML::Node seq(YAML::NodeType::Sequence);
    for (const StageSecret &s : secrets) {
        const YAML::Node base = pool.take([&s](std::size_t, const YAML::Node &item) {
            const YAML::Node key = find(item, QStringLiteral("key"));
            return key.IsScalar() && YamlText::qt(key.Scalar()) == s.key;
        });
        seq.push_back(secretNode(base, s));
    }
    return seq;
}

YAML::Node defaultsNode(const YAML::Node &original, const StageDefaults &d)
{
    YAML::Node m = editable(original);
    putOptional(m, "dialect", d.dialect, kString);
    putOptional(m, "host", d.host, kString);
    putOptional(m, "port", d.port, kInt);
    putOptional(m, "database", d.database, kString);
    putOptional(m, "user", d.user, kString);
    putOptional(m, "password", d.password, kString);
    putOptional(m, "ssl", d.ssl, kBool);
    putOptional(m, "isTest", d.isTest, kBool);
    putOptional(m, "protected", d.isProtected, kBool);
    return m;
}

YAML::Node stageNode(const YAML::Node &original, const Stage &s)
{
    YAML::Node m = editable(original);
    put(m, "description", YamlText::string(s.description), s.description.isEmpty());
    put(m, "locked", YamlText::boolean(s.locked), !s.locked);
    put(m, "defaults", defaultsNode(find(m, QStringLiteral("defaults")), s.defaults), s.defaults.isEmpty());
    put(m, "secrets", secretsNode(find(m, QStringLiteral("secrets")), s.secrets), s.secrets.isEmpty());
    return m;
}

YAML::Node stagesNode(const YAML::Node &original, const QList<Stage> &stages)
{
    // The file's stages by name, read once: a scan of them per stage, and yaml-cpp's own
    // per-key lookup in map[key], made writing quadratic in the number of stages.
    QHash<QString, std::pair<YAML::Node, YAML::Node>> originals;
    if (original.IsDefined() && original.IsMap())
        for (const auto &kv : original)
            if (kv.first.IsScalar())
                originals.insert(YamlText::qt(kv.first.Scalar()), {kv.first, kv.second});
    YAML::Node map(YAML::NodeType::Map);
    for (const Stage &s : stages) {
        const auto it = originals.constFind(s.name);
        const bool known = it != originals.constEnd();
        const YAML::Node key = known ? YAML::Clone(it->first) : YamlText::string(s.name); // keeps the user's quoting
        map.force_insert(key, stageNode(known ? it->second : YAML::Node(YAML::NodeType::Undefined), s)); // names are unique
    }
    return map;
}

YAML::Node matchNode(const YAML::Node &original, const RuleMatch &match)
{
    YAML::Node m = editable(original);
    putOptional(m, "name", match.name, kString);
    putOptional(m, "protected", match.isProtected, kBool);
    putOptional(m, "isTest", match.isTest, kBool);
    putOptional(m, "type", match.type, kString);
    return m;
}

YAML::Node ruleNode(const YAML::Node &original, const Rule &r)
{
    YAML::Node m = editable(original);
    put(m, "description", YamlText::string(r.description), r.description.isEmpty());
    put(m, "match", matchNode(find(m, QStringLiteral("match")), r.match));
    put(m, "include", strings(r.include), r.include.isEmpty());
    put(m, "exclude", strings(r.exclude), r.exclude.isEmpty());
    if (!has(m, "include") && !has(m, "exclude"))
        m["include"] = strings({});   // the original's schema wants one of the two
    return m;
}

// Rules have no name: one keeps its node while it is unchanged.
YAML::Node rulesNode(const YAML::Node &original, const QList<Rule> &originalRules, const QList<Rule> &rules)
{
    NodePool pool(original);
    YAML::Node seq(YAML::NodeType::Sequence);
    for (const Rule &r : rules) {
        const YAML::Node base = pool.take([&](std::size_t i, const YAML::Node &) {
            return i < std::size_t(originalRules.size()) && originalRules[qsizetype(i)] == r;
        });
        seq.push_back(ruleNode(base, r));
    }
    return seq;
}

YAML::Node sectionNode(const QString &name, const YAML::Node &original, const Settings &s, const SettingsDocument &doc)
{
    YAML::Node m;
    if (name == QLatin1String("schemaVersion"))
        return YamlText::integer(Settings::kSchemaVersion);
    if (name == QLatin1String("build")) {
        m = editable(original);
        put(m, "include", strings(s.buildInclude), s.buildInclude.isEmpty());
        put(m, "exclude", strings(s.buildExclude), s.buildExclude.isEmpty());
    } else if (name == QLatin1String("paths")) {
        m = editable(original);
        put(m, "sql", YamlText::string(s.sqlPath), s.sqlPath == Settings().sqlPath);
        put(m, "changes", YamlText::string(s.changesPath), s.changesPath == Settings().changesPath);
    } else if (name == QLatin1String("rules")) {
        return rulesNode(original, doc.rules(), s.rules);
    } else if (name == QLatin1String("stages")) {
        return stagesNode(original, s.stages);
    } else if (name == QLatin1String("strict")) {
        m = editable(original);
        put(m, "enabled", YamlText::boolean(s.strictEnabled), !s.strictEnabled);
        put(m, "stages", strings(s.strictStages), s.strictStages.isEmpty());
    } else if (name == QLatin1String("logging")) {
        const LoggingSettings d;
        const LoggingSettings &l = s.logging;
        m = editable(original);
        put(m, "enabled", YamlText::boolean(l.enabled), l.enabled == d.enabled);
        put(m, "level", YamlText::string(l.level), l.level == d.level);
        put(m, "file", YamlText::string(l.file), l.file == d.file);
        put(m, "maxSize", YamlText::string(l.maxSize), l.maxSize == d.maxSize);
        put(m, "maxFiles", YamlText::integer(l.maxFiles), l.maxFiles == d.maxFiles);
    } else if (name == QLatin1String("secrets")) {
        return secretsNode(original, s.secrets);
    } else if (name == QLatin1String("teardown")) {
        m = editable(original);
        put(m, "preserveTables", strings(s.teardownPreserveTables), s.teardownPreserveTables.isEmpty());
        put(m, "postScript", YamlText::string(s.teardownPostScript), s.teardownPostScript.isEmpty());
    }
    return m;
}

const QStringList &knownSections()
{
    static const QStringList v{QStringLiteral("schemaVersion"), QStringLiteral("build"), QStringLiteral("paths"),
                               QStringLiteral("rules"), QStringLiteral("stages"), QStringLiteral("strict"),
                               QStringLiteral("logging"), QStringLiteral("secrets"), QStringLiteral("teardown")};
    return v;
}

bool isEmptyCollection(const YAML::Node &n) { return (n.IsMap() || n.IsSequence()) && n.size() == 0; }

// Original top-level keys keep their order; sections the file lacked are appended
// when they hold something, schemaVersion first (the v1 migration puts it there).
YAML::Node buildRoot(const Settings &s, const SettingsDocument &doc)
{
    const YAML::Node &original = doc.root();
    const bool hadRoot = original.IsDefined() && original.IsMap();
    YAML::Node root(YAML::NodeType::Map);
    QStringList present;
    if (hadRoot)
        for (const auto &kv : original)
            if (kv.first.IsScalar())
                present << YamlText::qt(kv.first.Scalar());
    if (!present.contains(QStringLiteral("schemaVersion")))
        root["schemaVersion"] = YamlText::integer(Settings::kSchemaVersion);
    if (hadRoot) {
        for (const auto &kv : original) {
            const QString name = kv.first.IsScalar() ? YamlText::qt(kv.first.Scalar()) : QString();
            const YAML::Node key = YAML::Clone(kv.first);
            root[key] = knownSections().contains(name) ? sectionNode(name, kv.second, s, doc) : YAML::Clone(kv.second);
        }
    }
    for (const QString &name : knownSections()) {
        if (present.contains(name) || name == QLatin1String("schemaVersion"))
            continue;
        const YAML::Node node = sectionNode(name, YAML::Node(YAML::NodeType::Undefined), s, doc);
        if (!isEmptyCollection(node))
            root[name.toStdString()] = node;
    }
    return root;
}

// ---- the text: untouched sections verbatim, changed ones re-emitted ---------------

struct Span {
    qsizetype begin = 0, end = 0;
};

struct Section {
    QString name;
    YAML::Node value;   // as read
    Span lead;          // comments and blank lines above the key
    Span content;       // the key's own lines
};

struct Layout {
    bool ok = false;
    QList<QByteArray> lines;
    bool crlf = false;
    Span header;        // the file's opening comments, up to its last blank line
    QList<Section> sections;
    Span tail;          // comments after the last section
};

bool isTrivia(const QByteArray &line)
{
    const QByteArray t = line.trimmed();
    return t.isEmpty() || line.startsWith('#');
}

Layout layoutOf(const SettingsDocument &doc)
{
    Layout l;
    const QByteArray &text = doc.text();
    l.crlf = text.contains("\r\n");
    l.lines = text.split('\n');
    if (!l.lines.isEmpty() && l.lines.last().isEmpty())
        l.lines.removeLast();
    const qsizetype n = l.lines.size();
    const YAML::Node &root = doc.root();
    if (!root.IsDefined() || root.IsNull()) {
        l.header = {0, n};
        l.ok = true;
        return l;
    }
    if (!root.IsMap())
        return l;
    qsizetype previous = -1;
    for (const auto &kv : root) {
        const YAML::Mark m = kv.first.Mark();
        // Only a block mapping whose keys start lines at column 0 is cut by lines.
        if (!kv.first.IsScalar() || m.column != 0 || m.line <= previous || m.line >= n)
            return l;
        previous = m.line;
        l.sections.append({YamlText::qt(kv.first.Scalar()), kv.second, {}, {m.line, m.line}});
    }
    if (l.sections.isEmpty())
        return l;
    for (qsizetype i = 0; i < l.sections.size(); ++i) {
        Section &s = l.sections[i];
        qsizetype end = i + 1 < l.sections.size() ? l.sections[i + 1].content.begin : n;
        while (end > s.content.begin + 1 && isTrivia(l.lines[end - 1]))
            --end;
        s.content.end = end;
        s.lead.begin = i == 0 ? 0 : l.sections[i - 1].content.end;
        s.lead.end = s.content.begin;
    }
    Section &first = l.sections.first();
    qsizetype lastBlank = -1;
    for (qsizetype i = first.lead.begin; i < first.lead.end; ++i)
        if (l.lines[i].trimmed().isEmpty())
            lastBlank = i;
    l.header = {0, lastBlank >= 0 ? lastBlank + 1 : first.lead.end};
    first.lead.begin = l.header.end;
    l.tail = {l.sections.last().content.end, n};
    l.ok = true;
    return l;
}

class Text {
public:
    explicit Text(const Layout &layout) : m_layout(layout) {}
    void lines(Span span)
    {
        for (qsizetype i = span.begin; i < span.end; ++i)
            m_out += m_layout.lines[i] + '\n';
    }
    void emitted(const std::string &text)
    {
        QByteArray bytes = QByteArray::fromStdString(text);
        if (m_layout.crlf)
            bytes.replace("\n", "\r\n");
        m_out += bytes;
    }
    const QByteArray &out() const { return m_out; }
    bool endsWithBlankLine() const { return m_out.endsWith("\n\n") || m_out.endsWith("\n\r\n"); }

private:
    const Layout &m_layout;
    QByteArray m_out;
};

QByteArray keepingSections(const Layout &layout, const YAML::Node &root)
{
    Text text(layout);
    text.lines(layout.header);
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < layout.sections.size(); ++i)
        index.insert(layout.sections[i].name, i);
    bool blankBeforeNext = false;
    for (const auto &kv : root) {
        const QString name = YamlText::qt(kv.first.Scalar());
        const qsizetype i = index.value(name, -1);
        if (i < 0) {
            // A section the file lacked stands apart, between blank lines.
            if (!text.out().isEmpty() && !text.endsWithBlankLine())
                text.emitted("\n");
            text.emitted(YamlText::section(kv.first, kv.second));
            blankBeforeNext = true;
            continue;
        }
        const Section &s = layout.sections[i];
        if (blankBeforeNext && !text.endsWithBlankLine())
            text.emitted("\n");
        blankBeforeNext = false;
        text.lines(s.lead);
        if (YamlText::same(s.value, kv.second))
            text.lines(s.content);
        else
            text.emitted(YamlText::section(kv.first, kv.second));
    }
    text.lines(layout.tail);
    return text.out();
}

QByteArray wholeDocument(const Layout &layout, const YAML::Node &root)
{
    Text text(layout);
    if (layout.ok) {
        text.lines(layout.header);
    } else {
        qsizetype n = 0;   // a file we cannot cut: keep at least its opening comments
        while (n < layout.lines.size() && isTrivia(layout.lines[n]))
            ++n;
        text.lines({0, n});
    }
    text.emitted(YamlText::document(root));
    return text.out();
}

// The text must read back as exactly the tree meant: the safety net for comments
// kept around re-emitted sections and for anything unusual in the original file.
bool readsBackAs(const QByteArray &text, const YAML::Node &root)
{
    try {
        const YAML::Node parsed = YAML::Load(text.toStdString());
        if (root.size() == 0)
            return !parsed.IsDefined() || parsed.IsNull() || isEmptyCollection(parsed);
        return YamlText::same(parsed, root);
    } catch (const YAML::Exception &) {
        return false;
    }
}

} // namespace

Result<QByteArray> SettingsWriter::render(const Settings &settings, const SettingsDocument &base)
{
    const YAML::Node root = buildRoot(settings, base);
    const Layout layout = layoutOf(base);
    if (layout.ok) {
        const QByteArray text = keepingSections(layout, root);
        if (readsBackAs(text, root))
            return text;
    }
    const QByteArray text = wholeDocument(layout, root);
    if (readsBackAs(text, root))
        return text;
    return Error::failed(tr("cannot write settings: the rendered YAML does not read back as written "
                                         "(please report this with your settings.yml)"));
}

} // namespace noorm
