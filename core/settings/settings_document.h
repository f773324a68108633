#pragma once
// SettingsDocument: the settings file as it was read, kept beside the typed Settings
// so that saving can write back what noorm does not model (unknown keys, comments,
// the user's layout). Immutable once made; internal to the settings module.

#include "settings/settings.h"

#include <yaml-cpp/yaml.h>

#include <QByteArray>

namespace noorm {

class SettingsDocument {
public:
    SettingsDocument(QByteArray text, YAML::Node root, QList<Rule> rules)
        : m_text(std::move(text)), m_root(std::move(root)), m_rules(std::move(rules))
    {
    }

    const QByteArray &text() const { return m_text; }
    // The parsed tree with its marks; edits always work on YAML::Clone copies.
    const YAML::Node &root() const { return m_root; }
    // The rules as read, parallel to root()["rules"], to find each rule's node again.
    const QList<Rule> &rules() const { return m_rules; }

private:
    QByteArray m_text;
    YAML::Node m_root;
    QList<Rule> m_rules;
};

} // namespace noorm
