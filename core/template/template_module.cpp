// libnoorm-templates.so: the template engine as a module, loaded by the CLI on its first
// template (cli/template_module_loader.cpp). Two C entry points, nothing else exported.
#include "template/js_template_engine.h"

extern "C" {

// The version of noorm the module was built with: the CLI refuses a module of another one,
// since the objects it passes (TemplateEngineOptions, the inputs, the results) must match.
__attribute__((visibility("default"))) const char *noorm_module_version()
{
    return NOORM_VERSION;
}

// A new engine for `shared` (logger and cache set); the caller owns and deletes it.
__attribute__((visibility("default"))) noorm::TemplateEngineBackend *
noorm_make_template_engine(const noorm::TemplateEngineOptions *shared)
{
    return new noorm::JsTemplateEngine(*shared);
}
}
