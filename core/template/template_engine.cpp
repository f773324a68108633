#include "template/template_engine.h"

#include "log/logger.h"
#include "template/template_cache.h"
#include "template/template_engine_backend.h"

#include <QLoggingCategory>

namespace noorm {
namespace {

TemplateEngineOptions completed(TemplateEngineOptions options)
{
    if (!options.logger)
        options.logger = std::make_shared<Logger>();
    if (!options.cache)
        options.cache = std::make_shared<TemplateCache>();
    return options;
}

} // namespace

void quietJsCompilerWarnings()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qt.qml.compiler.warning=false"));
}

TemplateEngine::TemplateEngine(TemplateEngineOptions options) : m_shared(completed(std::move(options))) {}

TemplateEngine::~TemplateEngine() = default;

Logger &TemplateEngine::logger() const
{
    return *m_shared.logger;
}

void TemplateEngine::setTimeLimit(std::chrono::milliseconds limit)
{
    m_timeLimit = limit;
    if (m_backend)
        m_backend->setTimeLimit(limit);
}

// Made on first use: an engine that only ever sees plain files, or none, never starts JavaScript.
Result<TemplateEngineBackend *> TemplateEngine::backend()
{
    if (!m_backend) {
        Result<std::unique_ptr<TemplateEngineBackend>> made = makeTemplateEngineBackend(m_shared);
        if (!made)
            return made.error();
        m_backend = std::move(*made);
        m_backend->setTimeLimit(m_timeLimit);
    }
    return m_backend.get();
}

Result<RenderedTemplate> TemplateEngine::render(const QString &file, const TemplateContextInputs &inputs)
{
    Result<TemplateEngineBackend *> engine = backend();
    if (!engine)
        return engine.error();
    return (*engine)->render(file, inputs);
}

Result<TemplateInspection> TemplateEngine::inspect(const QString &file, const TemplateContextInputs &inputs)
{
    Result<TemplateEngineBackend *> engine = backend();
    if (!engine)
        return engine.error();
    return (*engine)->inspect(file, inputs);
}

} // namespace noorm
