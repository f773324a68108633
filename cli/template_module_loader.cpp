// The CLI's template engine: JsTemplateEngine from libnoorm-templates.so, loaded on the
// first template a command renders (modules.h), so no other command loads Qt Qml.
#include "modules.h"

#include "template/template_engine_backend.h"

namespace noorm {

Result<std::unique_ptr<TemplateEngineBackend>> makeTemplateEngineBackend(const TemplateEngineOptions &shared)
{
    Result<void (*)()> entry = cli::moduleFunction(QStringLiteral("noorm-templates"), "noorm_make_template_engine");
    if (!entry)
        return entry.error();
    using Make = TemplateEngineBackend *(*)(const TemplateEngineOptions *);
    return std::unique_ptr<TemplateEngineBackend>(reinterpret_cast<Make>(*entry)(&shared));
}

} // namespace noorm
