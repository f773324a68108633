#pragma once
// JsTemplateEngine: the template engine on Qt Qml's QJSEngine, with the prelude and the
// bundled npm libraries (js_runtime.h). The TemplateEngineBackend behind every TemplateEngine.

#include "template/template_engine_backend.h"

#include <memory>

namespace noorm {

class JsTemplateEngine final : public TemplateEngineBackend {
public:
    // `shared`: logger and cache set (TemplateEngine sees to it).
    explicit JsTemplateEngine(TemplateEngineOptions shared);
    ~JsTemplateEngine() override;
    JsTemplateEngine(const JsTemplateEngine &) = delete;
    JsTemplateEngine &operator=(const JsTemplateEngine &) = delete;

    void setTimeLimit(std::chrono::milliseconds limit) override;
    Result<RenderedTemplate> render(const QString &file, const TemplateContextInputs &inputs) override;
    Result<TemplateInspection> inspect(const QString &file, const TemplateContextInputs &inputs) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace noorm
