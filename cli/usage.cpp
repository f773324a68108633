#include "usage.h"

#include <QStringList>

#include <algorithm>

namespace noorm::cli {

namespace {

// Edits (insert, delete, replace, swap two neighbours) from a to b, for "did you mean".
int editDistance(const std::string &a, const std::string &b)
{
    std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
    for (size_t i = 0; i <= a.size(); ++i)
        d[i][0] = int(i);
    for (size_t j = 0; j <= b.size(); ++j)
        d[0][j] = int(j);
    for (size_t i = 1; i <= a.size(); ++i)
        for (size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

// The names a word could have meant at `app`: its subcommands (and their aliases), or its
// options and its parents' (the global ones) for a word that starts with a dash.
std::vector<std::string> namesAt(const CLI::App &app, bool option)
{
    std::vector<std::string> names;
    if (!option) {
        for (const CLI::App *sub : app.get_subcommands([](const CLI::App *s) { return !s->get_name().empty(); })) {
            if (sub->get_group().empty())
                continue; // hidden: the completions' own
            names.push_back(sub->get_name());
            for (const std::string &alias : sub->get_aliases())
                names.push_back(alias);
        }
        return names;
    }
    for (const CLI::App *at = &app; at; at = at->get_parent())
        for (const CLI::Option *o : at->get_options())
            for (const std::string &name : o->get_lnames())
                names.push_back("--" + name);
    return names;
}

} // namespace

void helpWordsAsFlag(std::vector<std::string> &args)
{
    // The first word that is neither an option nor the value of -c/--config.
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (*it == "--")
            return;
        if (*it == "-c" || *it == "--config") {
            if (++it == args.end())
                return;
            continue;
        }
        if (it->empty() || (*it)[0] == '-')
            continue;
        if (*it == "help") {
            args.erase(it);
            args.push_back("--help");
        }
        return;
    }
}

const CLI::App &deepestParsed(const CLI::App &root)
{
    const CLI::App *leaf = &root;
    for (const CLI::App *sub = &root; sub;) {
        const auto parsed = sub->get_subcommands();
        leaf = sub;
        sub = parsed.empty() ? nullptr : parsed.front();
    }
    return *leaf;
}

QJsonObject helpDocument(const CLI::App &root)
{
    QStringList topic;
    for (const CLI::App *at = &deepestParsed(root); at && at->get_parent(); at = at->get_parent())
        topic.prepend(QString::fromStdString(at->get_name()));
    return {{QStringLiteral("topic"), topic.join(QLatin1Char(' '))},
            {QStringLiteral("content"), QString::fromStdString(deepestParsed(root).help())}};
}

QString notUnderstood(const CLI::App &root, const std::vector<std::string> &args)
{
    const CLI::App &leaf = deepestParsed(root);
    std::vector<std::string> left = root.remaining(true);
    if (left.empty())
        return {};
    // The first of them as the user wrote them (CLI11 lists them last first).
    const auto first = std::find_first_of(args.begin(), args.end(), left.begin(), left.end());
    const std::string word = first == args.end() ? left.back() : *first;
    // A word after --password is a password typed where it should not be: never repeated.
    if (first != args.end() && first != args.begin() && std::prev(first)->find("password") != std::string::npos)
        return QStringLiteral("%1 takes no value: it asks for the password (hidden) or reads it from stdin with --stdin; "
                              "the word after it was not used (and is not shown)")
            .arg(QString::fromStdString(*std::prev(first)));
    const bool option = !word.empty() && word[0] == '-';
    const std::string bare = option ? word.substr(0, word.find('=')) : word;
    std::string best;
    int bestDistance = 3; // two edits at most, and less than half the word
    for (const std::string &name : namesAt(leaf, option)) {
        const int d = editDistance(bare, name);
        if (d < bestDistance && d * 2 < int(name.size())) {
            best = name;
            bestDistance = d;
        }
    }
    const bool hasCommands = !leaf.get_subcommands([](const CLI::App *) { return true; }).empty();
    const QString what = option ? QStringLiteral("option") : hasCommands ? QStringLiteral("command") : QStringLiteral("argument");
    QStringList route;
    for (const CLI::App *at = &leaf; at && at->get_parent(); at = at->get_parent())
        route.prepend(QString::fromStdString(at->get_name()));
    const QString where = route.isEmpty() ? QString() : QStringLiteral(" for '%1'").arg(route.join(QLatin1Char(' ')));
    // The command's own option, written before the command (`noorm --csv sql …`).
    if (option && !best.empty() && bestDistance == 0 && !route.isEmpty())
        return QStringLiteral("'%1' is an option of '%2': put it after '%2'").arg(QString::fromStdString(bare), route.join(QLatin1Char(' ')));
    QString text = QStringLiteral("unknown %1 '%2'%3").arg(what, QString::fromStdString(word), where);
    if (!best.empty())
        text += QStringLiteral(" (did you mean '%1'?)").arg(QString::fromStdString(best));
    return text;
}

} // namespace noorm::cli
