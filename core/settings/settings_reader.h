#pragma once
// SettingsReader: turns the YAML tree of settings.yml into typed Settings, checking
// each value against the original's schema. The first problem found becomes an Error
// with the file, the 1-based line and column of the offending node, its dotted key
// ("stages.prod.defaults.port", list items by index: "rules.0.match") and what was
// expected. Internal to the settings module (SettingsFile::parse is the entry point).

#include "common/result.h"
#include "settings/settings.h"

#include <yaml-cpp/yaml.h>

namespace noorm {

class SettingsReader {
public:
    explicit SettingsReader(QString fileName) : m_fileName(std::move(fileName)) {}

    // `root` is the document's root node: a mapping, or null for an empty file.
    Result<Settings> read(const YAML::Node &root);

private:
    QString m_fileName;
};

} // namespace noorm
