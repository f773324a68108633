#pragma once
// The runner's template renderer for one config: `.sql.tmpl` files are rendered with the
// config, its secrets and the global secrets; one engine serves the whole batch and is
// created in the thread that first renders. It shares the owner's logger and cache
// (Workspace::templateEngineOptions()).

#include "runner/runner.h"
#include "template/template_engine.h"

#include <chrono>

namespace noorm {

struct Config;
struct State;

// What a template of this config gets: the project, the SQL root its helpers are collected
// from, the config, its secrets and the global secrets.
TemplateContextInputs templateContextInputs(const Config &config, const State &state, const QString &projectRoot);

// `shared`: the owner's logger and cache (unset: the engine's own); `timeLimit`: how long
// one render may take (TemplateEngine::kDefaultTimeLimit, 10 s).
TemplateRenderer makeTemplateRenderer(const Config &config, const State &state, const QString &projectRoot,
                                      TemplateEngineOptions shared = {},
                                      std::chrono::milliseconds timeLimit = TemplateEngine::kDefaultTimeLimit);

} // namespace noorm
