#pragma once
// The CLI's modules: code it loads the first time a command needs it, so that every command
// starts without the libraries behind it (bench/README.md: 44 shared libraries down to 32,
// ~1.5 ms off each start):
//   libnoorm-templates.so  the template engine, with Qt Qml (template_module_loader.cpp)
//   libnoorm-update.so     the update check, with Qt Network (`noorm __update-check`)
// Looked for beside the executable (the build tree), then where the package installs them
// (NOORM_MODULE_DIR, relative to the executable: ../lib/noorm/modules).

#include "common/result.h"

#include <QString>

namespace noorm::cli {

// `function` of the module `name` ("noorm-templates"), the module loaded and checked to be
// of this version of noorm. Fails with the module's path and what to do.
Result<void (*)()> moduleFunction(const QString &name, const char *function);

} // namespace noorm::cli
