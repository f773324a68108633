// The template engine in the process: links Qt Qml into the executable (the desktop app,
// the SDK, tests). The CLI links its module loader instead (cli/template_module_loader.cpp).
#include "template/js_template_engine.h"

// The object's anchor: every link of noorm_template_inprocess asks for it (-Wl,--undefined),
// so this object, and with it the definition below, is linked wherever the library is listed.
extern "C" void noorm_template_inprocess() {}

namespace noorm {

Result<std::unique_ptr<TemplateEngineBackend>> makeTemplateEngineBackend(const TemplateEngineOptions &shared)
{
    return std::unique_ptr<TemplateEngineBackend>(std::make_unique<JsTemplateEngine>(shared));
}

} // namespace noorm
