#pragma once
// TemplateEngineBackend: what renders behind a TemplateEngine. The JavaScript engine
// (JsTemplateEngine, Qt Qml) is one; which code provides it is the executable's choice,
// made by the library it links that defines makeTemplateEngineBackend:
//   noorm_template_inprocess  the engine in the process (the desktop app, the SDK, tests);
//   the CLI's module loader   libnoorm-templates.so, loaded the first time a template is
//                             rendered, so `noorm` starts without Qt Qml and Qt Network.

#include "common/result.h"
#include "template/template_engine.h"

#include <chrono>
#include <memory>

namespace noorm {

class TemplateEngineBackend {
public:
    virtual ~TemplateEngineBackend() = default;
    virtual void setTimeLimit(std::chrono::milliseconds limit) = 0;
    virtual Result<RenderedTemplate> render(const QString &file, const TemplateContextInputs &inputs) = 0;
    virtual Result<TemplateInspection> inspect(const QString &file, const TemplateContextInputs &inputs) = 0;
};

// A backend for one TemplateEngine; `shared` has its logger and cache set. Fails when the
// engine cannot be had (the CLI's module missing or from another version of noorm).
Result<std::unique_ptr<TemplateEngineBackend>> makeTemplateEngineBackend(const TemplateEngineOptions &shared);

} // namespace noorm
