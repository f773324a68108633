#pragma once
// Rule evaluation: which folders under the SQL path a build takes for one config,
// exactly as the original's src/core/settings/rules.ts. A rule matches when every
// condition it gives holds (AND); rules apply in file order and a later rule wins
// when one folder is both included and excluded.

#include "settings/settings.h"

namespace noorm {

// The config properties rules look at.
struct RuleSubject {
    QString name;
    QString type;   // local | remote
    bool isTest = false;
    bool isProtected = false;
};

struct RulesResult {
    QList<Rule> matched;
    QStringList include, exclude;   // first-seen order, no duplicates
};

bool ruleMatches(const RuleMatch &match, const RuleSubject &subject);
RulesResult evaluateRules(const Settings &settings, const RuleSubject &subject);
RulesResult evaluateRules(const QList<Rule> &rules, const RuleSubject &subject);

// build.include/exclude with the matching rules applied on top (the original's
// getEffectiveBuildPaths): rule includes leave the exclude list and vice versa.
struct BuildPaths {
    QStringList include, exclude;
};
BuildPaths effectiveBuildPaths(const Settings &settings, const RuleSubject &subject);

} // namespace noorm
