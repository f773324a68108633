#include "workspace/template_rendering.h"

#include "state/state.h"
#include "template/template_engine.h"

#include <QDir>
#include <memory>

namespace noorm {

TemplateContextInputs templateContextInputs(const Config &config, const State &state, const QString &projectRoot)
{
    TemplateContextInputs inputs;
    inputs.projectRoot = projectRoot;
    inputs.sqlRoot = QDir::cleanPath(QDir(projectRoot).filePath(config.sqlPath));
    inputs.config = config;
    inputs.secrets = state.secrets.value(config.name);
    inputs.globalSecrets = state.globalSecrets;
    return inputs;
}

TemplateRenderer makeTemplateRenderer(const Config &config, const State &state, const QString &projectRoot,
                                      TemplateEngineOptions shared, std::chrono::milliseconds timeLimit)
{
    const TemplateContextInputs inputs = templateContextInputs(config, state, projectRoot);
    // The engine is made lazily, so a batch without templates never starts a JS engine.
    auto engine = std::make_shared<std::unique_ptr<TemplateEngine>>();
    return [engine, inputs, shared, timeLimit](const QString &filepath, const QString &) -> Result<QString> {
        if (!*engine) {
            *engine = std::make_unique<TemplateEngine>(shared);
            (*engine)->setTimeLimit(timeLimit);
        }
        Result<RenderedTemplate> rendered = (*engine)->render(filepath, inputs);
        if (!rendered)
            return rendered.error();
        return rendered->sql;
    };
}

} // namespace noorm
