#include "settings/rules.h"

namespace noorm {

namespace {

// Include wins over an earlier exclude and the other way round; a path keeps the
// place it first had in its list, like insertion into a JavaScript Set.
void applyPaths(QStringList &include, QStringList &exclude, const QStringList &ruleInclude,
                const QStringList &ruleExclude)
{
    for (const QString &p : ruleInclude) {
        if (!include.contains(p))
            include << p;
        exclude.removeAll(p);
    }
    for (const QString &p : ruleExclude) {
        if (!exclude.contains(p))
            exclude << p;
        include.removeAll(p);
    }
}

QStringList unique(const QStringList &list)
{
    QStringList out;
    for (const QString &s : list)
        if (!out.contains(s))
            out << s;
    return out;
}

} // namespace

bool ruleMatches(const RuleMatch &match, const RuleSubject &subject)
{
    if (match.name && subject.name != *match.name)
        return false;
    if (match.isProtected && subject.isProtected != *match.isProtected)
        return false;
    if (match.isTest && subject.isTest != *match.isTest)
        return false;
    if (match.type && subject.type != *match.type)
        return false;
    return true;
}

RulesResult evaluateRules(const QList<Rule> &rules, const RuleSubject &subject)
{
    RulesResult result;
    for (const Rule &rule : rules) {
        if (!ruleMatches(rule.match, subject))
            continue;
        result.matched << rule;
        applyPaths(result.include, result.exclude, rule.include, rule.exclude);
    }
    return result;
}

RulesResult evaluateRules(const Settings &settings, const RuleSubject &subject)
{
    return evaluateRules(settings.rules, subject);
}

BuildPaths effectiveBuildPaths(const Settings &settings, const RuleSubject &subject)
{
    const RulesResult rules = evaluateRules(settings, subject);
    BuildPaths paths{unique(settings.buildInclude), unique(settings.buildExclude)};
    applyPaths(paths.include, paths.exclude, rules.include, rules.exclude);
    return paths;
}

} // namespace noorm
