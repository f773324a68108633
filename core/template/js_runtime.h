#pragma once
// JsRuntime: one QJSEngine prepared for noorm's templates: the prelude that fills the
// gaps of Qt 6.4's JavaScript engine, the bundled npm libraries (json5, yaml, csv-parse,
// voca, sucrase, acorn-based lowering) loaded on first use, transpiled code cached by
// checksum in the owner's TemplateCache, promise settling, and errors (masked with the
// owner's Logger) mapped back to the line of the file they came from. Lives in, and is
// used from, the thread that made it.

#include "common/result.h"

#include <QHash>
#include <QJSEngine>
#include <QJSValue>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace noorm {

class Logger;
struct TemplateCache;

class JsRuntime {
public:
    // `logger`: where console output goes and what masks error messages; `cache`: the
    // transpiled code shared with the owner's other runtimes.
    JsRuntime(std::shared_ptr<Logger> logger, std::shared_ptr<TemplateCache> cache);
    ~JsRuntime();
    JsRuntime(const JsRuntime &) = delete;
    JsRuntime &operator=(const JsRuntime &) = delete;

    QJSEngine *engine() { return m_engine.get(); }

    // Global `noorm<Name>` object of a bundled library ("data", "sucrase", "lower").
    Result<QJSValue> library(const QString &name);
    // Whether this build has the bundled library (NOORM_JS_BUNDLE).
    static bool hasLibrary(const QString &name);

    // ES2017+ syntax rewritten for Qt's engine, and string building routed through the
    // prelude's length limit, keeping lines; cached by checksum.
    Result<QString> lower(const QString &code, const QString &fileName);
    // An ES module (TypeScript when `typescript`) as a CommonJS body, lowered; cached by checksum.
    Result<QString> toCommonJs(const QString &code, const QString &fileName, bool typescript);

    // Evaluates source named `fileName`; `lineMap` maps its lines to the file's own lines
    // (empty: the same lines) for errors.
    Result<QJSValue> evaluate(const QString &source, const QString &fileName, const QVector<int> &lineMap = {});

    // The value of `value`, waiting for it when it is a promise; `expired` says when to stop.
    Result<QJSValue> settle(const QJSValue &value, const std::function<bool()> &expired);

    // An Error for a thrown JavaScript value: message, and the innermost file and line
    // of a script this runtime evaluated.
    Error errorFrom(const QJSValue &thrown) const;

    static bool needsLowering(const QString &code);

private:
    Error transpileError(const QJSValue &thrown, const QString &fileName) const;

    std::shared_ptr<Logger> m_logger;
    std::shared_ptr<TemplateCache> m_cache;
    std::unique_ptr<QJSEngine> m_engine;
    QHash<QString, QJSValue> m_libraries;
    QHash<QString, QVector<int>> m_lineMaps; // by script file name
    QJSValue m_settleHook;
};

} // namespace noorm
