#include "settings/settings_reader.h"

#include "settings/settings_schema.h"
#include "settings/yaml_text.h"

#include <QHash>

#include <limits>

namespace noorm {

namespace {

// Thrown inside this file only: the first problem ends the read, and read() turns
// it back into an Error value.
struct Failure {
    Error error;
};

// A node with its dotted key and the place to report it. Null values take their
// key's mark: yaml-cpp marks an empty value at the token after it.
struct Value {
    YAML::Node node;
    YAML::Mark mark;
    QString key;
    YAML::Mark keyMark = YAML::Mark::null_mark(); // where its key is, for an entry of a mapping

    Value at(const QString &childKey) const { return {node, mark, childKey, keyMark}; }
};

QString join(const QString &prefix, const QString &name)
{
    return prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
}

class Walker {
public:
    Walker(const QString &file, QStringList &unknown, QStringList &warnings) : m_file(file), m_unknown(unknown), m_warnings(warnings) {}

    [[noreturn]] void fail(const Value &v, const QString &what) const
    {
        const bool known = v.mark.line >= 0;
        Error e = Error::at(m_file, known ? v.mark.line + 1 : 0, known ? v.mark.column + 1 : 0,
                            v.key.isEmpty() ? what : v.key + QStringLiteral(": ") + what);
        e.key = v.key;
        throw Failure{e};
    }

    void unknown(const Value &v)
    {
        m_unknown << v.key;
        const YAML::Mark at = v.keyMark.line >= 0 ? v.keyMark : v.mark; // the key itself, where the file has one
        const bool known = at.line >= 0;
        m_warnings << QStringLiteral("%1:%2:%3: %4 is not a setting noorm knows; it is ignored (misspelt?)")
                          .arg(m_file).arg(known ? at.line + 1 : 0).arg(known ? at.column + 1 : 0).arg(v.key);
    }

    // The entries of a mapping, in order; duplicate keys are an error, as in the
    // original's YAML parser.
    QList<QPair<QString, Value>> entries(const Value &v, const QString &expected = QStringLiteral("a mapping"))
    {
        if (!v.node.IsMap())
            fail(v, QStringLiteral("expected %1, got %2").arg(expected, YamlText::describe(v.node)));
        QList<QPair<QString, Value>> out;
        QHash<QString, int> seen;
        for (const auto &kv : v.node) {
            const QString name = kv.first.IsScalar() ? YamlText::qt(kv.first.Scalar()) : QString();
            const Value keyAt{kv.first, kv.first.Mark(), join(v.key, name)};
            if (!kv.first.IsScalar())
                fail(keyAt.at(v.key), QStringLiteral("keys must be names, got %1").arg(YamlText::describe(kv.first)));
            if (seen.contains(name))
                fail(keyAt, QStringLiteral("duplicate key (first at line %1)").arg(seen.value(name)));
            seen.insert(name, kv.first.Mark().line + 1);
            const YAML::Mark mark = kv.second.IsNull() ? kv.first.Mark() : kv.second.Mark();
            out.append({name, Value{kv.second, mark, keyAt.key, kv.first.Mark()}});
        }
        return out;
    }

    QList<Value> items(const Value &v, const QString &expected)
    {
        if (!v.node.IsSequence())
            fail(v, QStringLiteral("expected %1, got %2").arg(expected, YamlText::describe(v.node)));
        QList<Value> out;
        for (std::size_t i = 0; i < v.node.size(); ++i) {
            const YAML::Node item = v.node[i];
            const YAML::Mark mark = item.IsNull() ? v.mark : item.Mark();
            out.append(Value{item, mark, QStringLiteral("%1.%2").arg(v.key).arg(i)});
        }
        return out;
    }

    QString string(const Value &v)
    {
        const YamlText::Scalar s = YamlText::resolve(v.node);
        if (s.kind == YamlText::Kind::String)
            return s.text;
        QString got = YamlText::describe(v.node);
        if (s.kind == YamlText::Kind::Int || s.kind == YamlText::Kind::Float || s.kind == YamlText::Kind::Bool) {
            got.chop(1);   // "12 (a number)" becomes "12 (a number; quote it ...)"
            got += QStringLiteral("; quote it to make it a string)");
        }
        fail(v, QStringLiteral("expected a string, got %1").arg(got));
    }

    bool boolean(const Value &v)
    {
        const YamlText::Scalar s = YamlText::resolve(v.node);
        if (s.kind != YamlText::Kind::Bool)
            fail(v, QStringLiteral("expected true or false, got %1").arg(YamlText::describe(v.node)));
        return s.boolean;
    }

    qint64 integer(const Value &v, qint64 min, qint64 max = std::numeric_limits<qint64>::max())
    {
        const YamlText::Scalar s = YamlText::resolve(v.node);
        const bool isInt = (s.kind == YamlText::Kind::Int || s.kind == YamlText::Kind::Float) && s.integral;
        if (!isInt)
            fail(v, QStringLiteral("expected an integer, got %1").arg(YamlText::describe(v.node)));
        if (s.integer < min || s.integer > max) {
            const QString range = max == std::numeric_limits<qint64>::max()
                ? QStringLiteral("of at least %1").arg(min)
                : QStringLiteral("from %1 to %2").arg(min).arg(max);
            fail(v, QStringLiteral("expected an integer %1, got %2").arg(range).arg(s.integer));
        }
        return s.integer;
    }

    QString oneOf(const Value &v, const QStringList &allowed)
    {
        const YamlText::Scalar s = YamlText::resolve(v.node);
        if (s.kind != YamlText::Kind::String || !allowed.contains(s.text))
            fail(v, QStringLiteral("%1, got %2").arg(SettingsSchema::oneOf(allowed), YamlText::describe(v.node)));
        return s.text;
    }

    QStringList strings(const Value &v)
    {
        QStringList out;
        for (const Value &item : items(v, QStringLiteral("a list of strings")))
            out << string(item);
        return out;
    }

private:
    const QString &m_file;
    QStringList &m_unknown;
    QStringList &m_warnings;
};

class Reading {
public:
    Reading(const QString &file, Settings &settings)
        : m_walk(file, settings.unknownKeys, settings.unknownKeyWarnings), m_s(settings) {}

    void root(const Value &v)
    {
        for (const auto &[name, value] : m_walk.entries(v, QStringLiteral("a mapping of settings"))) {
            if (name == QLatin1String("schemaVersion"))
                schemaVersion(value);
            else if (name == QLatin1String("build"))
                build(value);
            else if (name == QLatin1String("paths"))
                paths(value);
            else if (name == QLatin1String("rules"))
                for (const Value &item : m_walk.items(value, QStringLiteral("a list of rules")))
                    m_s.rules << rule(item);
            else if (name == QLatin1String("stages"))
                for (const auto &[stageName, stageValue] : m_walk.entries(value, QStringLiteral("a mapping of stages")))
                    m_s.stages << stage(stageName, stageValue);
            else if (name == QLatin1String("strict"))
                strict(value);
            else if (name == QLatin1String("logging"))
                logging(value);
            else if (name == QLatin1String("secrets"))
                m_s.secrets = secrets(value);
            else if (name == QLatin1String("teardown"))
                teardown(value);
            else
                m_walk.unknown(value);
        }
    }

private:
    void schemaVersion(const Value &v)
    {
        const qint64 version = m_walk.integer(v, 0);
        if (version > Settings::kSchemaVersion)
            m_walk.fail(v, QStringLiteral("settings version %1 is newer than this noorm supports (%2); please upgrade noorm")
                               .arg(version)
                               .arg(Settings::kSchemaVersion));
        m_s.fileSchemaVersion = int(version);
    }

    void build(const Value &v)
    {
        for (const auto &[name, value] : m_walk.entries(v)) {
            if (name == QLatin1String("include"))
                m_s.buildInclude = m_walk.strings(value);
            else if (name == QLatin1String("exclude"))
                m_s.buildExclude = m_walk.strings(value);
            else
                m_walk.unknown(value);
        }
    }

    void paths(const Value &v)
    {
        for (const auto &[name, value] : m_walk.entries(v)) {
            if (name == QLatin1String("sql"))
                m_s.sqlPath = m_walk.string(value);
            else if (name == QLatin1String("changes"))
                m_s.changesPath = m_walk.string(value);
            else
                m_walk.unknown(value);
        }
    }

    Rule rule(const Value &v)
    {
        Rule r;
        bool hasMatch = false, hasPaths = false;
        for (const auto &[name, value] : m_walk.entries(v, QStringLiteral("a rule (a mapping with match and include/exclude)"))) {
            if (name == QLatin1String("match")) {
                r.match = match(value);
                hasMatch = true;
            } else if (name == QLatin1String("include")) {
                r.include = m_walk.strings(value);
                hasPaths = true;
            } else if (name == QLatin1String("exclude")) {
                r.exclude = m_walk.strings(value);
                hasPaths = true;
            } else if (name == QLatin1String("description")) {
                r.description = m_walk.string(value);
            } else {
                m_walk.unknown(value);
            }
        }
        if (!hasMatch)
            m_walk.fail(v.at(v.key + QStringLiteral(".match")),
                        QStringLiteral("a rule needs match: with at least one condition (%1)")
                            .arg(SettingsSchema::matchKeys().join(QStringLiteral(", "))));
        if (!hasPaths)
            m_walk.fail(v, QStringLiteral("a rule must specify at least one of include or exclude"));
        return r;
    }

    // Stricter than the original, which drops unknown conditions silently: a
    // misspelt condition would make the rule match configs it was not meant for.
    RuleMatch match(const Value &v)
    {
        RuleMatch m;
        const auto entries = m_walk.entries(v, QStringLiteral("a mapping of conditions"));
        for (const auto &[name, value] : entries) {
            if (name == QLatin1String("name"))
                m.name = m_walk.string(value);
            else if (name == QLatin1String("protected"))
                m.isProtected = m_walk.boolean(value);
            else if (name == QLatin1String("isTest"))
                m.isTest = m_walk.boolean(value);
            else if (name == QLatin1String("type"))
                m.type = m_walk.oneOf(value, SettingsSchema::connectionTypes());
            else
                m_walk.fail(value, QStringLiteral("unknown condition; %1").arg(SettingsSchema::oneOf(SettingsSchema::matchKeys())));
        }
        if (entries.isEmpty())
            m_walk.fail(v, QStringLiteral("a rule must specify at least one condition (%1)")
                               .arg(SettingsSchema::matchKeys().join(QStringLiteral(", "))));
        return m;
    }

    Stage stage(const QString &stageName, const Value &v)
    {
        Stage st;
        st.name = stageName;
        for (const auto &[name, value] : m_walk.entries(v, QStringLiteral("a stage (a mapping)"))) {
            if (name == QLatin1String("description"))
                st.description = m_walk.string(value);
            else if (name == QLatin1String("locked"))
                st.locked = m_walk.boolean(value);
            else if (name == QLatin1String("defaults"))
                st.defaults = defaults(value);
            else if (name == QLatin1String("secrets"))
                st.secrets = secrets(value);
            else
                m_walk.unknown(value);
        }
        return st;
    }

    StageDefaults defaults(const Value &v)
    {
        StageDefaults d;
        for (const auto &[name, value] : m_walk.entries(v)) {
            if (name == QLatin1String("dialect"))
                d.dialect = m_walk.oneOf(value, SettingsSchema::dialects());
            else if (name == QLatin1String("host"))
                d.host = m_walk.string(value);
            else if (name == QLatin1String("port"))
                d.port = int(m_walk.integer(value, SettingsSchema::kMinPort, SettingsSchema::kMaxPort));
            else if (name == QLatin1String("database"))
                d.database = m_walk.string(value);
            else if (name == QLatin1String("user"))
                d.user = m_walk.string(value);
            else if (name == QLatin1String("password"))
                d.password = m_walk.string(value);
            else if (name == QLatin1String("ssl"))
                d.ssl = m_walk.boolean(value);
            else if (name == QLatin1String("isTest"))
                d.isTest = m_walk.boolean(value);
            else if (name == QLatin1String("protected"))
                d.isProtected = m_walk.boolean(value);
            else
                m_walk.unknown(value);
        }
        return d;
    }

    QList<StageSecret> secrets(const Value &v)
    {
        QList<StageSecret> out;
        for (const Value &item : m_walk.items(v, QStringLiteral("a list of secrets")))
            out << secret(item);
        return out;
    }

    StageSecret secret(const Value &v)
    {
        StageSecret s;
        bool hasKey = false, hasType = false;
        for (const auto &[name, value] : m_walk.entries(v, QStringLiteral("a secret (a mapping with key and type)"))) {
            if (name == QLatin1String("key")) {
                s.key = m_walk.string(value);
                if (s.key.isEmpty())
                    m_walk.fail(value, QStringLiteral("a secret key cannot be empty"));
                hasKey = true;
            } else if (name == QLatin1String("type")) {
                s.type = m_walk.oneOf(value, SettingsSchema::secretTypes());
                hasType = true;
            } else if (name == QLatin1String("description")) {
                s.description = m_walk.string(value);
            } else if (name == QLatin1String("required")) {
                s.required = m_walk.boolean(value);
            } else {
                m_walk.unknown(value);
            }
        }
        if (!hasKey)
            m_walk.fail(v.at(v.key + QStringLiteral(".key")), QStringLiteral("a secret needs a key"));
        if (!hasType)
            m_walk.fail(v.at(v.key + QStringLiteral(".type")),
                        QStringLiteral("a secret needs a type; %1").arg(SettingsSchema::oneOf(SettingsSchema::secretTypes())));
        return s;
    }

    void strict(const Value &v)
    {
        for (const auto &[name, value] : m_walk.entries(v)) {
            if (name == QLatin1String("enabled"))
                m_s.strictEnabled = m_walk.boolean(value);
            else if (name == QLatin1String("stages"))
                m_s.strictStages = m_walk.strings(value);
            else
                m_walk.unknown(value);
        }
    }

    void logging(const Value &v)
    {
        LoggingSettings &l = m_s.logging;
        for (const auto &[name, value] : m_walk.entries(v)) {
            if (name == QLatin1String("enabled")) {
                l.enabled = m_walk.boolean(value);
            } else if (name == QLatin1String("level")) {
                l.level = m_walk.oneOf(value, SettingsSchema::logLevels());
            } else if (name == QLatin1String("file")) {
                l.file = m_walk.string(value);
            } else if (name == QLatin1String("maxSize")) {
                l.maxSize = m_walk.string(value);
                if (SettingsSchema::sizeInBytes(l.maxSize) < 0)
                    m_walk.fail(value, QStringLiteral("expected a size like \"10mb\" (b, kb, mb or gb), got \"%1\"").arg(l.maxSize));
            } else if (name == QLatin1String("maxFiles")) {
                const qint64 files = m_walk.integer(value, SettingsSchema::kMinLogFiles);
                if (files > std::numeric_limits<int>::max())
                    m_walk.fail(value, QStringLiteral("expected a reasonable number of files, got %1").arg(files));
                l.maxFiles = int(files);
            } else {
                m_walk.unknown(value);
            }
        }
    }

    void teardown(const Value &v)
    {
        for (const auto &[name, value] : m_walk.entries(v)) {
            if (name == QLatin1String("preserveTables"))
                m_s.teardownPreserveTables = m_walk.strings(value);
            else if (name == QLatin1String("postScript"))
                m_s.teardownPostScript = m_walk.string(value);
            else
                m_walk.unknown(value);
        }
    }

    Walker m_walk;
    Settings &m_s;
};

} // namespace

Result<Settings> SettingsReader::read(const YAML::Node &root)
{
    Settings settings;
    if (!root.IsDefined() || root.IsNull())
        return settings;   // an empty file: all defaults, like the original
    try {
        Reading(m_fileName, settings).root(Value{root, root.Mark(), QString()});
    } catch (const Failure &failure) {
        return failure.error;
    } catch (const YAML::Exception &e) {   // a conversion yaml-cpp refused: report, never crash
        return Error::at(m_fileName, e.mark.line + 1, e.mark.column + 1, QString::fromStdString(e.msg));
    }
    return settings;
}

} // namespace noorm
