// libnoorm-update.so: checkForUpdate as a module, run by the CLI's `noorm __update-check`
// (cli/update_notice.cpp). Two C entry points, nothing else exported.
#include "update/update_check.h"

extern "C" {

// The version of noorm the module was built with (the CLI refuses another one).
__attribute__((visibility("default"))) const char *noorm_module_version()
{
    return NOORM_VERSION;
}

// checkForUpdate(*options): false when it failed (offline, a broken feed).
__attribute__((visibility("default"))) bool noorm_check_for_update(const noorm::UpdateCheckOptions *options)
{
    return noorm::checkForUpdate(*options).ok();
}
}
