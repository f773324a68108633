#pragma once
// SettingsWriter: renders Settings as the text of settings.yml, on top of the file
// they were read from. Internal to the settings module; SettingsFile::save and
// SettingsFile::toYaml are the entry points, and their header says what is kept.

#include "common/result.h"
#include "settings/settings.h"

#include <QByteArray>

namespace noorm {

class SettingsDocument;

class SettingsWriter {
public:
    // The whole file. `base` is the document to write over (the one `settings` was
    // read from, or the initial file for settings that never had one).
    static Result<QByteArray> render(const Settings &settings, const SettingsDocument &base);
};

} // namespace noorm
