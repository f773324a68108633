#pragma once
// TemplateEngine: renders `.sql.tmpl` files the way the original noorm does (Eta 4 with
// tags `{%` `%}` and `$` as the context). The `$` context holds the data files of the
// template's folder, the `$helpers` modules from the SQL root down, the config, secrets,
// environment and the built-ins (include, escape, quote, json, now, uuid).
//
// One engine serves a batch of renders; create and use it in one thread (a worker thread
// is fine). Compiled templates and transpiled TypeScript are cached by checksum in the
// owner's TemplateCache. Secrets rendered into SQL are registered with the owner's Logger,
// so its log, its errors and the front end's output mask them.
//
// The JavaScript engine behind it (JsTemplateEngine, on Qt Qml's QJSEngine) is the
// TemplateEngineBackend that the executable provides (template_engine_backend.h): in the
// process for the desktop app, the SDK and the tests; loaded from a module on first use
// for the CLI, which so starts without Qt Qml and Qt Network.

#include "common/result.h"
#include "common/secret.h"
#include "config/config.h"
#include "template/template_inspection.h"

#include <QMap>
#include <QString>

#include <chrono>
#include <memory>

namespace noorm {

class Logger;
struct TemplateCache;
class TemplateEngineBackend;

// What the engines of one owner (a Workspace) share, across threads. An unset member is
// made for the engine alone.
struct TemplateEngineOptions {
    std::shared_ptr<Logger> logger;       // template console output; rendered secrets are registered with it
    std::shared_ptr<TemplateCache> cache; // compiled templates and transpiled code
};

struct TemplateContextInputs {
    QString projectRoot;                 // $.include never leaves it
    QString sqlRoot;                     // $helpers are collected from here down (projectRoot if empty)
    Config config;                       // $.config (unless the folder has a config.* data file)
    QMap<QString, Secret> secrets;       // $.secrets: the config's secrets
    QMap<QString, Secret> globalSecrets; // $.globalSecrets
};

struct RenderedTemplate {
    QString sql;
    bool isTemplate = false;
    qint64 durationMs = 0;
};

class TemplateEngine {
public:
    static constexpr std::chrono::milliseconds kDefaultTimeLimit{10000};

    explicit TemplateEngine(TemplateEngineOptions options = {});
    ~TemplateEngine();
    TemplateEngine(const TemplateEngine &) = delete;
    TemplateEngine &operator=(const TemplateEngine &) = delete;

    // A file ending in ".tmpl" (the original's rule) is a template.
    static bool isTemplate(const QString &path) { return path.endsWith(QLatin1String(".tmpl")); }

    // Time one render (with its includes, data files and helpers) may take.
    void setTimeLimit(std::chrono::milliseconds limit);

    // A template's rendered SQL, or a plain file's text unchanged.
    Result<RenderedTemplate> render(const QString &file, const TemplateContextInputs &inputs);

    // What the template can use from `$` (data files, helpers, built-ins, config, secret
    // names, environment), without rendering it. Helper and data modules do run, as they
    // would for a render, under the same time limit.
    Result<TemplateInspection> inspect(const QString &file, const TemplateContextInputs &inputs);

    // The log this engine writes to and masks with (the owner's, or its own).
    Logger &logger() const;

private:
    Result<TemplateEngineBackend *> backend();

    TemplateEngineOptions m_shared; // logger and cache, never null
    std::chrono::milliseconds m_timeLimit = kDefaultTimeLimit;
    std::unique_ptr<TemplateEngineBackend> m_backend;
};

// V4's compiler warns about hoisting ("Variable X is used before its declaration")
// hundreds of times in the minified bundles: noise for noorm's users. This turns off the
// warnings of that one logging category (QLoggingCategory::setFilterRules, so a user's
// QT_LOGGING_RULES still wins). A process-wide setting, so core never calls it: call it
// once from a front end's main(), before anything else sets filter rules.
void quietJsCompilerWarnings();

} // namespace noorm
