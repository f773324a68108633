#include "reference.h"

#include "help_format.h"

#include "common/shell_quote.h"
#include "operations/change_operation.h"
#include "runtime.h"

#include <QDate>
#include <QDir>
#include <QSaveFile>
#include <QString>

#include <map>
#include <sstream>
#include <vector>

namespace noorm::cli {

namespace {

struct Command {
    std::string path; // "config add"; empty for noorm itself
    const CLI::App *app;
};

bool visible(const CLI::App *app) { return !app->get_group().empty(); }

void collect(const CLI::App *app, const std::string &path, std::vector<Command> &out)
{
    out.push_back({path, app});
    for (const CLI::App *sub : app->get_subcommands([](const CLI::App *a) { return visible(a); }))
        collect(sub, path.empty() ? sub->get_name() : path + ' ' + sub->get_name(), out);
}

std::vector<const CLI::Option *> optionsOf(const CLI::App *app, bool positional)
{
    std::vector<const CLI::Option *> found;
    for (const CLI::Option *o : app->get_options()) {
        // -h and --help-all are everywhere: the completions offer them, the pages say it once.
        const bool help = !o->get_lnames().empty() && (o->get_lnames().front() == "help" || o->get_lnames().front() == "help-all");
        if (!o->get_group().empty() && o->nonpositional() != positional && (!help || app->get_parent() == nullptr))
            found.push_back(o);
    }
    return found;
}

std::vector<std::string> flagNames(const CLI::Option *o)
{
    std::vector<std::string> names;
    for (const std::string &s : o->get_snames())
        names.push_back("-" + s);
    for (const std::string &l : o->get_lnames())
        names.push_back("--" + l);
    return names;
}

bool takesValue(const CLI::Option *o) { return o->get_items_expected_max() > 0; }

std::string firstLine(const std::string &text)
{
    const QString line = QString::fromStdString(text.substr(0, text.find('\n'))); // cut by characters, not bytes
    return (line.size() > 90 ? line.left(87) + QStringLiteral("...") : line).toStdString();
}

// What a value is completed with: config names, change names, files, or nothing.
enum class Values { None, Configs, Changes, Files };

Values valuesOf(const std::string &path, const CLI::Option *o)
{
    const std::string group = path.substr(0, path.find(' '));
    const std::string name = o->nonpositional() ? (o->get_lnames().empty() ? std::string() : o->get_lnames().front()) : o->get_name();
    if (name == "config" || name == "configs")
        return Values::Configs;
    if (name == "output" || name == "file" || name == "path" || name == "paths" || name == "dir" || name == "sql-path"
        || name == "changes-path")
        return Values::Files;
    if (!o->nonpositional() && (name == "name" || name == "target" || name == "source")) {
        if (group == "config")
            return Values::Configs;
        if (group == "change")
            return Values::Changes;
    }
    return Values::None;
}

// --- man pages ---------------------------------------------------------------

// A description as a man page's sentence: help lines go without the full stop.
std::string sentence(std::string text)
{
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n'))
        text.pop_back();
    if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?' && text.back() != ':')
        text += '.';
    return text;
}

std::string roff(const std::string &text)
{
    std::string out;
    bool lineStart = true;
    for (char c : text) {
        if (lineStart && (c == '.' || c == '\''))
            out += "\\&";
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
        lineStart = c == '\n';
    }
    return out;
}

std::string optionLabel(const CLI::Option *o)
{
    std::string label;
    for (const std::string &n : flagNames(o))
        label += (label.empty() ? "" : ", ") + std::string("\\fB") + roff(n) + "\\fR";
    if (const std::string value = valueLabel(o); !value.empty())
        label += " \\fI" + roff(value) + "\\fR";
    return label;
}

void manOptions(std::ostringstream &out, const CLI::App *app)
{
    for (const CLI::Option *p : optionsOf(app, true))
        out << ".TP\n\\fI" << roff(p->get_name()) << "\\fR\n" << roff(sentence(p->get_description())) << "\n";
    for (const CLI::Option *o : optionsOf(app, false)) {
        std::string text = roff(o->get_description());
        if (!o->get_envname().empty())
            text += " (environment: \\fB" + roff(o->get_envname()) + "\\fR)";
        out << ".TP\n" << optionLabel(o) << "\n" << sentence(text) << "\n";
    }
}

std::string synopsis(const std::string &path, const CLI::App *app)
{
    std::string s = "\\fBnoorm " + roff(path) + "\\fR";
    if (!optionsOf(app, false).empty())
        s += " [\\fIoptions\\fR]";
    for (const CLI::Option *p : optionsOf(app, true))
        s += " " + std::string(p->get_required() ? "\\fI" : "[\\fI") + roff(p->get_name()) + (p->get_required() ? "\\fR" : "\\fR]");
    if (!app->get_subcommands([](const CLI::App *a) { return visible(a); }).empty())
        s += " \\fIcommand\\fR";
    return s;
}

void manFooter(std::ostringstream &out, const CLI::App *app)
{
    const std::string footer = app->get_footer();
    const CLI::App *root = app;
    while (root->get_parent())
        root = root->get_parent();
    if (!footer.empty() && (root == app || footer != root->get_footer())) // the exit codes: on noorm(1)
        out << ".PP\n.nf\n" << roff(footer) << "\n.fi\n";
}

// What each page shows under EXAMPLES: the commands a new user types first.
const std::map<std::string, std::vector<std::pair<std::string, std::string>>> &examples()
{
    static const std::map<std::string, std::vector<std::pair<std::string, std::string>>> table{
        {"", {{"noorm init", "make the current folder a noorm project (and your identity, if you have none)"},
              {"noorm config add dev --dialect sqlite --database ./dev.db --use", "a first config"},
              {"noorm run build", "run the SQL folder; unchanged files are skipped"},
              {"noorm --json change list", "where each change stands, as one JSON document"}}},
        {"config", {{"noorm config add prod --dialect postgres --host db.example.com --database app --user app --protected", "a protected PostgreSQL config; the password is asked for"},
                    {"noorm config list", "every config, the active one marked"},
                    {"noorm config validate prod", "connect and check the tracking tables"}}},
        {"db", {{"noorm db create", "create the config's database and noorm's tables"},
                {"noorm db explore tables", "the tables of the database"},
                {"noorm db teardown --dry-run", "the statements a teardown would run"}}},
        {"identity", {{"noorm identity show", "your identity and where its key is kept"},
                      {"noorm identity export -o me.pub", "your public key, for a teammate"}}},
        {"settings", {{"noorm settings show", "the team's settings, defaults filled in"},
                      {"noorm settings stage add prod --protected", "a stage whose configs are protected"}}},
        {"secret", {{"noorm secret set API_KEY", "a secret of the config, read from a hidden prompt"},
                    {"noorm secret list --global", "the global secrets' names"}}},
        {"secrets", {{"noorm secrets set API_KEY --recipients ada@example.com", "a vault secret for one teammate"},
                     {"noorm secrets sync", "copy the vault's secrets for you into your state"}}},
        {"run", {{"noorm run build", "every file of the SQL folder that changed"},
                 {"noorm run file sql/seed/001_users.sql.tmpl --preview", "the SQL a template renders, secrets masked"},
                 {"noorm run inspect sql/seed/001_users.sql.tmpl", "what a template can use from $"}}},
        {"lock", {{"noorm lock status", "who holds the config's lock"},
                  {"noorm lock acquire --reason maintenance --timeout 10m", "hold it for a while"}}},
        {"change", {{"noorm change add add-users-email", "a new change set dated today"},
                    {"noorm change ff", "apply every pending change in order"},
                    {"noorm change rewind 1", "revert the last applied change"}}},
        {"sql", {{"noorm sql \"SELECT count(*) FROM users\"", "a query as an aligned table"},
                 {"noorm sql --csv -f report.sql > report.csv", "a script's results as CSV"}}},
    };
    return table;
}

void manExamples(std::ostringstream &out, const std::string &group)
{
    const auto found = examples().find(group);
    if (found == examples().end())
        return;
    out << ".SH EXAMPLES\n";
    for (const auto &[command, what] : found->second)
        out << ".TP\n\\fB" << roff(command) << "\\fR\n" << roff(what) << "\n"; // a text line: its quotes stay
}

std::string header(const std::string &name, const std::string &version)
{
    std::string upper;
    for (char c : name)
        upper += char(std::toupper(static_cast<unsigned char>(c)));
    return ".TH " + roff(upper) + " 1 \"" + QDate::currentDate().toString(QStringLiteral("yyyy-MM")).toStdString() + "\" \"noorm "
           + version + "\" \"User Commands\"\n";
}

std::string rootPage(const CLI::App &root, const std::vector<Command> &commands)
{
    const std::string version = NOORM_VERSION;
    std::ostringstream out;
    out << header("noorm", version) << ".SH NAME\nnoorm \\- SQL\\-first database schema and change manager\n";
    out << ".SH SYNOPSIS\n\\fBnoorm\\fR [\\fIoptions\\fR] \\fIcommand\\fR [\\fIargs\\fR]\n";
    out << ".SH DESCRIPTION\n" << roff(root.get_description()) << "\n";
    out << ".PP\nThe forms \\fBchange:ff\\fR and \\fBchange/ff\\fR mean \\fBchange ff\\fR, as in the original noorm.\n";
    out << ".SH OPTIONS\nThese may be given before or after the command.\n";
    manOptions(out, &root);
    out << ".SH COMMANDS\n";
    for (const Command &c : commands)
        if (!c.path.empty() && c.path.find(' ') == std::string::npos)
            out << ".TP\n\\fB" << roff(c.path) << "\\fR\n" << roff(sentence(c.app->get_description())) << " See \\fBnoorm\\-" << roff(c.path)
                << "\\fR(1).\n";
    out << ".SH ENVIRONMENT\n";
    for (const Command &c : commands)
        for (const CLI::Option *o : optionsOf(c.app, false))
            if (!o->get_envname().empty() && c.path.empty())
                out << ".TP\n\\fB" << roff(o->get_envname()) << "\\fR\n" << roff(sentence(o->get_description())) << "\n";
    // Read by the program rather than by an option of its own.
    static const std::pair<const char *, const char *> kVariables[] = {
        {"NOORM_YES", "Set to 1 to answer yes to confirmations, as --yes does."},
        {"NOORM_CONNECTION_HOST, NOORM_CONNECTION_PORT, NOORM_CONNECTION_PASSWORD, NOORM_PATHS_SQL, ...",
         "Config keys by their path, over the chosen config's values. With NOORM_CONNECTION_DIALECT and "
         "NOORM_CONNECTION_DATABASE and no config chosen, a config of their own, __env__ (handy in CI)."},
        {"NOORM_IDENTITY", "Who you are in tracking tables and locks (\"Name <email>\"), over your noorm identity."},
        {"NOORM_KEY_STORE", "Set to file to keep your private key in a passphrase-protected file instead of the OS keychain."},
        {"NOORM_PASSPHRASE", "That file's passphrase (otherwise asked on a terminal)."},
        {"NOORM_LOG_FILE, NOORM_LOG_LEVEL", "A log of your own, at a level of your own, beside the project's."},
        {"NOORM_HOME", "Where your identity and the list of your projects' states are kept (default: ~/.noorm)."},
    };
    for (const auto &[name, text] : kVariables)
        out << ".TP\n\\fB" << roff(name) << "\\fR\n" << roff(text) << "\n";
    out << ".SH EXIT STATUS\n";
    manFooter(out, &root);
    manExamples(out, "");
    out << ".SH SEE ALSO\n";
    std::string see;
    for (const Command &c : commands)
        if (!c.path.empty() && c.path.find(' ') == std::string::npos)
            see += "\\fBnoorm\\-" + roff(c.path) + "\\fR(1), ";
    out << see << "\\fBnoorm\\-desktop\\fR(1)\n";
    return out.str();
}

std::string groupPage(const Command &group, const std::vector<Command> &commands)
{
    std::ostringstream out;
    out << header("noorm-" + group.path, NOORM_VERSION) << ".SH NAME\nnoorm\\-" << roff(group.path) << " \\- "
        << roff(firstLine(group.app->get_description())) << "\n";
    out << ".SH SYNOPSIS\n" << synopsis(group.path, group.app) << "\n";
    out << ".SH DESCRIPTION\n" << roff(sentence(group.app->get_description())) << "\n";
    if (!optionsOf(group.app, false).empty() || !optionsOf(group.app, true).empty()) {
        out << ".SH OPTIONS\n";
        manOptions(out, group.app);
    }
    manFooter(out, group.app);
    bool first = true;
    for (const Command &c : commands) {
        if (c.path.rfind(group.path + ' ', 0) != 0)
            continue;
        if (first)
            out << ".SH COMMANDS\n";
        first = false;
        out << ".SS \"" << synopsis(c.path, c.app) << "\"\n" << roff(sentence(c.app->get_description())) << "\n";
        manOptions(out, c.app);
        manFooter(out, c.app);
    }
    manExamples(out, group.path);
    out << ".SH SEE ALSO\n\\fBnoorm\\fR(1)\n";
    return out.str();
}

// --- completions -----------------------------------------------------------

std::string join(const std::vector<std::string> &words)
{
    std::string s;
    for (const std::string &w : words)
        s += (s.empty() ? "" : " ") + w;
    return s;
}

std::vector<std::string> subcommandNames(const CLI::App *app)
{
    std::vector<std::string> names;
    for (const CLI::App *sub : app->get_subcommands([](const CLI::App *a) { return visible(a); }))
        names.push_back(sub->get_name());
    return names;
}

std::vector<std::string> allFlags(const CLI::App *app)
{
    std::vector<std::string> names;
    for (const CLI::Option *o : optionsOf(app, false))
        for (const std::string &n : flagNames(o))
            names.push_back(n);
    return names;
}

const char *valuesFunction(Values v)
{
    switch (v) {
    case Values::Configs: return "configs";
    case Values::Changes: return "changes";
    case Values::Files: return "files";
    case Values::None: break;
    }
    return "";
}

// Single-quoted for the shells (a quote inside closes, escapes and reopens).
std::string quoted(const std::string &text) { return shellQuoted(QString::fromStdString(text)).toStdString(); }

// The first positional of a command, for its values.
Values positionalValues(const Command &c)
{
    const auto positionals = optionsOf(c.app, true);
    return positionals.empty() ? Values::None : valuesOf(c.path, positionals.front());
}

// Every command path as case alternatives: 'config'|'config add'|...
std::string pathAlternatives(const std::vector<Command> &commands)
{
    std::string paths;
    for (const Command &c : commands)
        if (!c.path.empty())
            paths += (paths.empty() ? "" : "|") + quoted(c.path);
    return paths;
}

// The options whose value is completed: each as its case pattern ("path|flag"; a flag of
// noorm itself under any path) and what completes it.
std::vector<std::pair<std::string, Values>> valuePatterns(const std::vector<Command> &commands)
{
    std::vector<std::pair<std::string, Values>> patterns;
    for (const Command &c : commands)
        for (const CLI::Option *o : optionsOf(c.app, false))
            if (takesValue(o))
                if (const Values v = valuesOf(c.path, o); v != Values::None) {
                    std::string joined;
                    for (const std::string &n : flagNames(o))
                        joined += (joined.empty() ? "" : "|") + (c.path.empty() ? "*\\|" + n : quoted(c.path + "|" + n));
                    patterns.emplace_back(joined, v);
                }
    return patterns;
}

// The options that take a value nothing completes (--dialect, --port, --wait): after one of
// them, nothing is offered (the positional's config or change names were).
std::vector<std::string> plainValuePatterns(const std::vector<Command> &commands)
{
    std::vector<std::string> patterns;
    for (const Command &c : commands)
        for (const CLI::Option *o : optionsOf(c.app, false))
            if (takesValue(o) && valuesOf(c.path, o) == Values::None) {
                std::string joined;
                for (const std::string &n : flagNames(o))
                    joined += (joined.empty() ? "" : "|") + (c.path.empty() ? "*\\|" + n : quoted(c.path + "|" + n));
                patterns.push_back(joined);
            }
    return patterns;
}

// Each alias's path and the path of the command it names: "config cp" -> "config copy".
std::vector<std::pair<std::string, std::string>> aliasPaths(const std::vector<Command> &commands)
{
    std::vector<std::pair<std::string, std::string>> aliases;
    for (const Command &c : commands) {
        if (c.path.empty())
            continue;
        const size_t cut = c.path.rfind(' ');
        const std::string parent = cut == std::string::npos ? std::string() : c.path.substr(0, cut + 1);
        for (const std::string &alias : c.app->get_aliases())
            aliases.emplace_back(parent + alias, c.path);
    }
    return aliases;
}

// Single-quoted for fish, where \\ and \\' are escapes even inside single quotes.
std::string fishQuoted(const std::string &text)
{
    std::string out = "'";
    for (char c : text) {
        if (c == '\\' || c == '\'')
            out += '\\';
        out += c;
    }
    return out + "'";
}

// The config names, from `noorm --json config list`: the same function in bash and zsh.
// Every call of noorm from a completion reads nothing from the terminal (</dev/null): a key
// behind a passphrase fails at once instead of waiting on a prompt nobody sees.
constexpr char kPosixConfigs[] =
    "_noorm_configs() { command noorm --json config list </dev/null 2>/dev/null | grep -o '\"name\": *\"[^\"]*\"' | sed 's/.*\"\\([^\"]*\\)\"$/\\1/'; }\n";

// The change names, from `noorm __complete changes` (the config's changes folder, wherever
// paths.changes puts it), one a line, of the config the line names with -c/--config.
// bash: the words before the cursor are COMP_WORDS[1..COMP_CWORD-1], `--config=x` split at '='.
constexpr char kBashChanges[] = R"(_noorm_changes() {
  local c= i a=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      -c|--config) if [ "${COMP_WORDS[i+1]}" = = ]; then c=${COMP_WORDS[i+2]}; else c=${COMP_WORDS[i+1]}; fi ;;
      --config=*) c=${COMP_WORDS[i]#--config=} ;;
    esac
  done
  [ -n "$c" ] && a=(--config "$c")
  command noorm ${a[@]+"${a[@]}"} __complete changes </dev/null 2>/dev/null
}
)";
// zsh: words[2..CURRENT-1].
constexpr char kZshChanges[] = R"(_noorm_changes() {
  local c= i
  local -a a
  for (( i = 2; i < CURRENT; i++ )); do
    case ${words[i]} in
      -c|--config) c=${words[i+1]} ;;
      --config=*) c=${words[i]#--config=} ;;
    esac
  done
  [[ -n $c ]] && a=(--config "$c")
  command noorm "${a[@]}" __complete changes </dev/null 2>/dev/null
}
)";
// fish: the tokens before the cursor.
constexpr char kFishChanges[] = R"(function __noorm_changes
  set -l tokens (commandline -opc)
  set -l a
  for i in (seq (count $tokens))
    switch $tokens[$i]
      case -c --config
        set -l n (math $i + 1)
        test $n -le (count $tokens); and set a --config $tokens[$n]
      case '--config=*'
        set a --config (string replace -- --config= '' $tokens[$i])
    end
  end
  command noorm $a __complete changes </dev/null 2>/dev/null
end
)";

std::string bashScript(const CLI::App &root, const std::vector<Command> &commands)
{
    std::ostringstream out;
    out << "# bash completion for noorm, generated from its command definition (noorm __reference bash)\n"
        << kPosixConfigs << kBashChanges <<
           "_noorm_values() {\n"
           "  local IFS=$'\\n'\n"
           "  case $1 in\n"
           "    configs) COMPREPLY=($(compgen -W \"$(_noorm_configs)\" -- \"$2\")) ;;\n"
           "    changes) COMPREPLY=($(compgen -W \"$(_noorm_changes)\" -- \"$2\")) ;;\n"
           "    files) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$2\")) ;;\n"
           "  esac\n"
           "}\n"
           "_noorm() {\n"
           "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} path= i w\n"
           "  # --config=<TAB>: bash splits the word at '='\n"
           "  if [[ $cur == = ]]; then cur=; elif [[ $prev == = ]]; then prev=${COMP_WORDS[COMP_CWORD-2]}; fi\n"
           "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
           "    w=${COMP_WORDS[i]}\n"
           "    [[ $w == -* ]] && continue\n"
           "    case \"${path:+$path }$w\" in\n";
    for (const auto &[alias, canonical] : aliasPaths(commands))
        out << "      " << quoted(alias) << ") path=" << quoted(canonical) << " ;;\n";
    out << "      " << pathAlternatives(commands) << ") path=\"${path:+$path }$w\" ;;\n"
        << "    esac\n  done\n";
    // The value of the option just typed.
    out << "  case \"$path|$prev\" in\n";
    for (const auto &[pattern, values] : valuePatterns(commands))
        out << "    " << pattern << ") _noorm_values " << valuesFunction(values) << " \"$cur\"; return ;;\n";
    for (const std::string &pattern : plainValuePatterns(commands))
        out << "    " << pattern << ") return ;;\n";
    out << "  esac\n";
    out << "  local words flags values=\n  case \"$path\" in\n";
    for (const Command &c : commands) {
        const std::vector<std::string> words = subcommandNames(c.app);
        out << "    " << (c.path.empty() ? std::string("''") : quoted(c.path)) << ") words=" << quoted(join(words))
            << "; flags=" << quoted(join(allFlags(c.app)));
        if (const Values v = positionalValues(c); v != Values::None)
            out << "; values=" << valuesFunction(v);
        out << " ;;\n";
    }
    out << "  esac\n"
           "  if [[ $cur == -* ]]; then\n"
           "    COMPREPLY=($(compgen -W \"$flags " << join(allFlags(&root)) << "\" -- \"$cur\"))\n"
           "  elif [ -n \"$words\" ]; then\n"
           "    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
           "  elif [ -n \"$values\" ]; then\n"
           "    _noorm_values \"$values\" \"$cur\"\n"
           "  fi\n"
           "}\n"
           "complete -F _noorm noorm\n";
    return out.str();
}

std::string zshScript(const CLI::App &root, const std::vector<Command> &commands)
{
    std::ostringstream out;
    out << "#compdef noorm\n# zsh completion for noorm, generated from its command definition (noorm __reference zsh)\n"
        << kPosixConfigs << kZshChanges <<
           "_noorm_values() {\n"
           "  case $1 in\n"
           "    configs) compadd -- ${(f)\"$(_noorm_configs)\"} ;;\n"
           "    changes) compadd -- ${(f)\"$(_noorm_changes)\"} ;;\n"
           "    files) _files ;;\n"
           "  esac\n"
           "}\n"
           "_noorm() {\n"
           "  local cmdpath= w i prev=${words[CURRENT-1]}\n"
           "  for ((i = 2; i < CURRENT; i++)); do\n"
           "    w=${words[i]}\n"
           "    [[ $w == -* ]] && continue\n"
           "    case \"${cmdpath:+$cmdpath }$w\" in\n";
    for (const auto &[alias, canonical] : aliasPaths(commands))
        out << "      (" << quoted(alias) << ") cmdpath=" << quoted(canonical) << " ;;\n";
    out << "      (" << pathAlternatives(commands) << ") cmdpath=\"${cmdpath:+$cmdpath }$w\" ;;\n    esac\n  done\n";
    out << "  case \"$cmdpath|$prev\" in\n";
    for (const auto &[pattern, values] : valuePatterns(commands))
        out << "    (" << pattern << ") _noorm_values " << valuesFunction(values) << "; return ;;\n";
    for (const std::string &pattern : plainValuePatterns(commands))
        out << "    (" << pattern << ") return ;;\n";
    out << "  esac\n  local -a subs flags; local values=\n  case \"$cmdpath\" in\n";
    for (const Command &c : commands) {
        out << "    (" << (c.path.empty() ? std::string("''") : quoted(c.path)) << ") subs=(";
        for (const CLI::App *sub : c.app->get_subcommands([](const CLI::App *a) { return visible(a); })) {
            std::string d = firstLine(sub->get_description());
            std::string escaped;
            for (char ch : d)
                escaped += ch == ':' ? std::string("\\:") : std::string(1, ch);
            out << ' ' << quoted(sub->get_name() + ":" + escaped);
        }
        out << " ); flags=(" << join(allFlags(c.app)) << ")";
        if (const Values v = positionalValues(c); v != Values::None)
            out << "; values=" << valuesFunction(v);
        out << " ;;\n";
    }
    out << "  esac\n"
           "  if [[ $PREFIX == -* ]]; then\n"
           "    compadd -- $flags " << join(allFlags(&root)) << "\n"
           "  elif (( ${#subs} )); then\n"
           "    _describe -t commands 'noorm command' subs\n"
           "  elif [ -n \"$values\" ]; then\n"
           "    _noorm_values $values\n"
           "  fi\n"
           "}\n"
           // Autoloaded from vendor-completions the whole file is _noorm's body: then the first
           // call must also complete; sourced, it registers itself.
           "if [[ $funcstack[1] == _noorm ]]; then _noorm \"$@\"; else compdef _noorm noorm; fi\n";
    return out.str();
}

std::string fishScript(const CLI::App &root, const std::vector<Command> &commands)
{
    std::ostringstream out;
    out << "# fish completion for noorm, generated from its command definition (noorm __reference fish)\n"
           "function __noorm_configs\n  command noorm --json config list </dev/null 2>/dev/null | string match -r -g '\"name\": *\"([^\"]*)\"'\nend\n"
        << kFishChanges <<
           "set -g __noorm_paths";
    for (const Command &c : commands)
        if (!c.path.empty())
            out << ' ' << fishQuoted(c.path);
    out << "\nfunction __noorm_path\n"
           "  set -l path ''\n"
           "  for t in (commandline -opc)[2..-1]\n"
           "    string match -q -- '-*' $t; and continue\n"
           "    set -l next (string trim -- \"$path $t\")\n";
    for (const auto &[alias, canonical] : aliasPaths(commands))
        out << "    test \"$next\" = " << fishQuoted(alias) << "; and set next " << fishQuoted(canonical) << "\n";
    out << "    contains -- $next $__noorm_paths; and set path $next\n"
           "  end\n"
           "  echo $path\n"
           "end\n"
           "complete -c noorm -f\n";
    const auto fishValues = [](Values v) {
        return v == Values::Configs ? std::string(" -a '(__noorm_configs)'") : v == Values::Changes ? std::string(" -a '(__noorm_changes)'")
               : v == Values::Files ? std::string(" -F") : std::string();
    };
    for (const Command &c : commands) {
        const std::string when = c.path.empty() ? std::string() : " -n " + fishQuoted("test (__noorm_path) = " + fishQuoted(c.path));
        const std::string here = " -n " + fishQuoted("test (__noorm_path) = " + fishQuoted(c.path));
        for (const CLI::App *sub : c.app->get_subcommands([](const CLI::App *a) { return visible(a); }))
            out << "complete -c noorm" << here << " -a " << fishQuoted(sub->get_name()) << " -d " << fishQuoted(firstLine(sub->get_description())) << "\n";
        if (const Values v = positionalValues(c); v != Values::None)
            out << "complete -c noorm" << here << fishValues(v) << "\n";
        for (const CLI::Option *o : optionsOf(c.app, false)) {
            out << "complete -c noorm" << when;
            for (const std::string &s : o->get_snames())
                out << " -s " << s;
            for (const std::string &l : o->get_lnames())
                out << " -l " << l;
            if (takesValue(o))
                out << " -r" << fishValues(valuesOf(c.path, o));
            out << " -d " << fishQuoted(firstLine(o->get_description())) << "\n";
        }
    }
    (void)root;
    return out.str();
}

std::string save(const QString &path, const std::string &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit())
        return "Cannot write " + path.toStdString() + ": " + file.errorString().toStdString();
    return {};
}

} // namespace

std::string writeReference(const CLI::App &root, const std::string &kind, const std::string &path)
{
    std::vector<Command> commands;
    collect(&root, {}, commands);
    const QString target = QString::fromStdString(path);
    if (kind == "bash")
        return save(target, bashScript(root, commands));
    if (kind == "zsh")
        return save(target, zshScript(root, commands));
    if (kind == "fish")
        return save(target, fishScript(root, commands));
    if (kind != "man")
        return "Unknown reference kind " + kind + " (man, bash, zsh, fish)";
    if (!QDir().mkpath(target))
        return "Cannot create " + path;
    if (std::string e = save(QDir(target).filePath(QStringLiteral("noorm.1")), rootPage(root, commands)); !e.empty())
        return e;
    for (const Command &c : commands)
        if (!c.path.empty() && c.path.find(' ') == std::string::npos)
            if (std::string e = save(QDir(target).filePath(QStringLiteral("noorm-%1.1").arg(QString::fromStdString(c.path))), groupPage(c, commands));
                !e.empty())
                return e;
    return {};
}

void addReferenceCommand(CLI::App &root, Runtime &rt)
{
    auto kind = std::make_shared<std::string>();
    auto path = std::make_shared<std::string>();
    CLI::App *cmd = root.add_subcommand("__reference", "Write the man pages or a shell's completion (used by the build)");
    cmd->group(""); // hidden: not in --help, the man pages or the completions
    cmd->add_option("kind", *kind, "man, bash, zsh or fish")->required();
    cmd->add_option("path", *path, "The folder (man) or the file")->required();
    const CLI::App *top = &root;
    cmd->callback([&rt, kind, path, top] {
        rt.setAction([&rt, kind, path, top] {
            const std::string error = writeReference(*top, *kind, *path);
            if (error.empty())
                return 0;
            return rt.out.fail(Error::failed(QString::fromStdString(error)));
        });
    });
}

void addCompleteCommand(CLI::App &root, Runtime &rt)
{
    auto kind = std::make_shared<std::string>();
    CLI::App *cmd = root.add_subcommand("__complete", "Print the values a shell completes, one a line (used by the completions)");
    cmd->group(""); // hidden, as __reference
    cmd->add_option("kind", *kind, "changes")->required()->check(CLI::IsMember({"changes"}));
    cmd->callback([&rt] {
        rt.setAction([&rt] {
            Result<Workspace *> ws = rt.workspaceOrDetached();
            if (!ws)
                return 0; // nothing to offer
            ChangeRequest request;
            request.config.name = QString::fromStdString(rt.globals.config);
            for (const QString &name : ChangeOperation(**ws, request, {}).changeNames())
                std::printf("%s\n", qPrintable(name));
            return 0;
        });
    });
}

} // namespace noorm::cli
