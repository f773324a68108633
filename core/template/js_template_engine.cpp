#include "template/js_template_engine.h"

#include "common/source_text.h"
#include "log/logger.h"
#include "project/project_path_guard.h"
#include "template/js_runtime.h"
#include "template/render_watchdog.h"
#include "template/template_cache.h"
#include "template/template_bridge.h"
#include "template/template_compiler.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace noorm {
namespace {

const QString kHelperName = QStringLiteral("$helpers");
const QStringList kHelperExtensions = {QStringLiteral(".ts"), QStringLiteral(".js"), QStringLiteral(".mjs")};
constexpr int kMaxIncludeDepth = 32;

// The `$` builder and the module shim, evaluated once per engine.
const char kContextScript[] = R"JS((function (native) {
    "use strict";
    function sqlEscape(value) { return value.replace(/'/g, "''"); }
    function sqlQuote(value) { return value === null ? "NULL" : "'" + sqlEscape(String(value)) + "'"; }
    // A missing secret throws an Error that also names the key (noormMissingSecret, and
    // noormGlobal for a global one): the engine turns it into the error's hint.
    function guarded(values, describe, global) {
        return new Proxy(values, { get: function (target, key, receiver) {
            if (typeof key === "string" && !(key in target) && key !== "then" && key !== "toJSON" && !(key in Object.prototype)) {
                var missing = new Error(describe(key));
                missing.noormMissingSecret = key;
                missing.noormGlobal = global;
                throw missing;
            }
            return Reflect.get(target, key, receiver);
        } });
    }
    return {
        build: function (file, helpers, data, config, secrets, globalSecrets, env, configName) {
            var ctx = Object.assign({}, helpers, data);
            if (!("config" in data)) ctx.config = config;
            ctx.secrets = guarded(secrets, function (key) {
                return "Secret '" + key + "' is not set for config '" + configName + "'"; }, false);
            ctx.globalSecrets = guarded(globalSecrets, function (key) { return "Global secret '" + key + "' is not set"; }, true);
            ctx.env = env;
            ctx.include = function (path) {
                try { return Promise.resolve(native.include(file, path)); } catch (e) { return Promise.reject(e); }
            };
            ctx.escape = sqlEscape;
            ctx.quote = sqlQuote;
            ctx.json = function (value) { return JSON.stringify(value); };
            ctx.now = function () { return new Date().toISOString(); };
            ctx.uuid = function () { return native.uuid(); };
            return ctx;
        },
        run: function (file, dir, body) {
            var module = { exports: {} };
            body.call(module.exports, module.exports, function (specifier) { return native.require(file, specifier); },
                module, file, dir);
            return module.exports;
        },
        exported: function (exports) { return exports && exports.default !== undefined ? exports.default : exports; },
        text: function (value) { return typeof value === "string" ? value : JSON.stringify(value); },
        // Parsed data is cached per engine; each template gets its own copy to change.
        // What a template's `$` holds, described by type and shape (the original's run inspect).
        inspect: function (ctx) {
            var builtinNames = ["escape", "include", "json", "now", "quote", "uuid"];
            var standard = ["config", "secrets", "globalSecrets", "env"];
            function keysOf(value) { return Object.keys(value); }
            function describe(value) {
                if (value === null) return "null";
                if (value === undefined) return "undefined";
                if (Array.isArray(value)) return "Array [" + value.length + "]";
                if (typeof value === "function") return "Function";
                if (typeof value === "object") {
                    var keys = keysOf(value);
                    return "Object {" + keys.slice(0, 4).join(", ") + (keys.length > 4 ? ", ..." : "") + "}";
                }
                if (typeof value === "string") return '"' + value + '"'; // shortened after masking, in C++
                return String(value);
            }
            function arrayShape(items) {
                if (items.length === 0) return "empty";
                var shapes = [], primitives = false;
                function add(k) { if (shapes.indexOf(k) < 0) shapes.push(k); }
                items.forEach(function (item) {
                    if (typeof item === "object" && item !== null && !Array.isArray(item)) keysOf(item).forEach(add);
                    else { primitives = true; add(typeof item); }
                });
                if (primitives && shapes.every(function (k) { return ["string", "number", "boolean", "undefined"].indexOf(k) >= 0; }))
                    return shapes.length === 1 ? shapes[0] : "mixed";
                return "{" + shapes.slice(0, 6).join(", ") + (shapes.length > 6 ? ", ..." : "") + "}";
            }
            function member(value) {
                if (Array.isArray(value)) return "Array [" + value.length + "] of " + arrayShape(value);
                if (typeof value === "object" && value !== null) {
                    var keys = keysOf(value);
                    return "Object {" + keys.slice(0, 4).join(", ") + (keys.length > 4 ? ", ..." : "") + "}";
                }
                return value === null ? "null" : typeof value === "function" ? "Function" : typeof value;
            }
            function expanded(value) {
                if (value === null || value === undefined) return [String(value)];
                if (Array.isArray(value) || typeof value === "function") return [member(value)];
                if (typeof value !== "object") return [typeof value];
                var keys = keysOf(value), lines = ["Object"];
                keys.slice(0, 10).forEach(function (key) { lines.push("  " + key + ": " + member(value[key])); });
                if (keys.length > 10) lines.push("  ... (" + (keys.length - 10) + " more)");
                return lines;
            }
            var data = [], helpers = [], builtins = [];
            keysOf(ctx).forEach(function (key) {
                if (standard.indexOf(key) >= 0) return;
                if (builtinNames.indexOf(key) >= 0) { builtins.push(key); return; }
                var value = ctx[key];
                (typeof value === "function" ? helpers : data).push({ key: key, type: describe(value), shape: expanded(value) });
            });
            function byKey(a, b) { return a.key < b.key ? -1 : a.key > b.key ? 1 : 0; }
            var config = ctx.config;
            return { dataFiles: data.sort(byKey), helpers: helpers.sort(byKey), builtins: builtins.sort(),
                     config: { key: "config", type: config === undefined || config === null ? "(not set)" : describe(config),
                               shape: config === undefined || config === null ? [] : expanded(config) },
                     secrets: keysOf(ctx.secrets).sort(), globalSecrets: keysOf(ctx.globalSecrets).sort(),
                     env: keysOf(ctx.env).length };
        },
        clone: function clone(value) {
            if (Array.isArray(value)) return value.map(clone);
            if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return value;
            var copy = {};
            for (var key in value) if (Object.prototype.hasOwnProperty.call(value, key)) copy[key] = clone(value[key]);
            return copy;
        }
    };
}))JS";

QByteArray checksum(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

bool isInside(const QString &path, const QString &root)
{
    if (root.isEmpty())
        return false;
    const QString r = QDir::cleanPath(root);
    return path == r || path.startsWith(r.endsWith(u'/') ? r : r + u'/');
}

// path.extname: the last dot of the base name, not a leading one.
QString extensionOf(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return dot > 0 ? fileName.mid(dot) : QString();
}

QJSValue secretsObject(QJSEngine *engine, Logger &logger, const QMap<QString, Secret> &secrets)
{
    QJSValue o = engine->newObject();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (!it.value().isEmpty())
            logger.registerSecret(it.value().reveal());
        o.setProperty(it.key(), it.value().reveal());
    }
    return o;
}

} // namespace

class JsTemplateEngine::Private {
public:
    explicit Private(TemplateEngineOptions shared);

    Result<QString> readText(const QString &path) const;
    Result<QJSValue> renderFile(const QString &path, int depth);
    // `sources`, when given, gets the file each helper and data key came from.
    Result<QJSValue> buildContext(const QString &templatePath, QHash<QString, QString> *sources = nullptr);
    Result<QJSValue> loadHelpers(const QString &dir, QHash<QString, QString> *sources);
    Error finished(Error e, const QString &path, bool timedOut) const;
    // A render's or an inspection's start: the inputs in use, the password masked, no error yet.
    void begin(const TemplateContextInputs &in);
    Result<QJSValue> loadDataFile(const QString &path);
    Result<QJSValue> loadModule(const QString &path);
    Result<QJSValue> compiledFunction(const QString &path, const QString &source);

    QJSValue include(const QString &fromFile, const QString &path);
    QJSValue require(const QString &fromFile, const QString &specifier);
    QJSValue throwError(const Error &error);

    const TemplateEngineOptions shared; // logger and cache, never null
    JsRuntime rt;
    TemplateBridge bridge;
    QJSValue context;           // the object from kContextScript
    QJSValue env;
    std::chrono::milliseconds timeLimit = TemplateEngine::kDefaultTimeLimit;
    const TemplateContextInputs *inputs = nullptr;
    ProjectPathGuard guard;                         // of inputs->projectRoot, during a render
    QHash<QString, int> depthOf;                    // include depth per template during a render
    QHash<QString, QPair<QByteArray, QJSValue>> functions; // per file: checksum, compiled function
    QHash<QString, QPair<QByteArray, QJSValue>> modules;   // per file: checksum, module.exports
    QHash<QString, QPair<QByteArray, QJSValue>> parsedData; // per file: checksum, parsed value
    std::optional<Error> nativeError;               // what a native call threw, with its place
};

JsTemplateEngine::Private::Private(TemplateEngineOptions options)
    : shared(std::move(options)),
      rt(shared.logger, shared.cache),
      bridge([this](const QString &f, const QString &p) { return include(f, p); },
             [this](const QString &f, const QString &s) { return require(f, s); })
{
    QJSEngine *engine = rt.engine();
    QJSValue native = engine->newQObject(&bridge);
    QJSEngine::setObjectOwnership(&bridge, QJSEngine::CppOwnership);
    context = engine->evaluate(QString::fromUtf8(kContextScript), QStringLiteral("noorm:context.js")).call({native});
    env = engine->newObject();
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &key : system.keys())
        if (key != QLatin1String("NOORM_PASSPHRASE")) // the key file's passphrase is noorm's, not the SQL's
            env.setProperty(key, system.value(key));
}

// Every file a render reads: inside the project, UTF-8 without NUL bytes. Node's
// readFile(path, "utf-8") keeps a byte order mark; so does Eta's output.
Result<QString> JsTemplateEngine::Private::readText(const QString &path) const
{
    if (Status inside = guard.check(path); !inside) {
        Error e = inside.error();
        e.file = path;
        return e;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorKind::NotFound, tr("Cannot read %1: %2").arg(guard.shown(path), f.errorString()), path, 0, 0, {}};
    return decodeSourceText(f.readAll(), path);
}

QJSValue JsTemplateEngine::Private::throwError(const Error &error)
{
    nativeError = error;
    rt.engine()->throwError(error.message);
    return {};
}

Result<QJSValue> JsTemplateEngine::Private::compiledFunction(const QString &path, const QString &source)
{
    const QByteArray sum = checksum(source);
    if (auto it = functions.constFind(path); it != functions.constEnd() && it->first == sum)
        return it->second;

    std::optional<CompiledTemplate> compiled = shared.cache->compiled.find(sum);
    if (!compiled) {
        auto c = TemplateCompiler::compile(source);
        if (!c) {
            Error e = c.error();
            e.file = path;
            e.kind = ErrorKind::Execution;
            return e;
        }
        // Through acorn also when V4 could run it as is: the rewrite routes +, += and
        // template literals through the string length limit (js/src/lower.js). A build
        // without the bundled libraries has only the prelude's part of that limit.
        if (c->needsLowering || JsRuntime::hasLibrary(QStringLiteral("lower"))) {
            auto lowered = rt.lower(c->script, path);
            if (!lowered) {
                Error e = lowered.error();
                e.line = c->templateLine(e.line);
                e.column = 0; // a column in generated code means nothing in the template
                e.message = tr("SyntaxError: ") + e.message;
                e.kind = ErrorKind::Execution;
                return e;
            }
            c->script = *lowered;
        }
        compiled = *c;
        shared.cache->compiled.insert(sum, *compiled);
    }
    auto fn = rt.evaluate(compiled->script, path, compiled->templateLines);
    if (!fn)
        return fn.error();
    functions.insert(path, {sum, *fn});
    return *fn;
}

Result<QJSValue> JsTemplateEngine::Private::renderFile(const QString &path, int depth)
{
    auto source = readText(path);
    if (!source)
        return source.error();
    auto fn = compiledFunction(path, *source);
    if (!fn)
        return fn.error();
    auto ctx = buildContext(path);
    if (!ctx)
        return ctx.error();
    depthOf.insert(path, depth);
    QJSValue options = rt.engine()->newObject();
    options.setProperty(QStringLiteral("async"), true);
    const QJSValue result = fn->call({*ctx, options});
    if (result.isError())
        return rt.errorFrom(result);
    return result;
}

Result<QJSValue> JsTemplateEngine::Private::loadModule(const QString &path)
{
    auto source = readText(path);
    if (!source)
        return source.error();
    const QByteArray sum = checksum(*source);
    if (auto it = modules.constFind(path); it != modules.constEnd() && it->first == sum)
        return it->second;
    auto code = rt.toCommonJs(*source, path, path.endsWith(QLatin1String(".ts")));
    if (!code)
        return code.error();
    // The wrapper's head stays on line 1 so lines in errors are the file's own.
    auto body = rt.evaluate(QStringLiteral("(function (exports, require, module, __filename, __dirname) {") + *code
                                + QStringLiteral("\n})"),
                            path);
    if (!body)
        return body.error();
    nativeError.reset();
    const QJSValue exports = context.property(QStringLiteral("run")).call({path, QFileInfo(path).absolutePath(), *body});
    if (exports.isError())
        return nativeError ? *nativeError : rt.errorFrom(exports);
    modules.insert(path, {sum, exports});
    return exports;
}

Result<QJSValue> JsTemplateEngine::Private::loadDataFile(const QString &path)
{
    const QString ext = extensionOf(QFileInfo(path).fileName()).toLower();
    auto fail = [&](Error e) {
        if (e.kind == ErrorKind::Failed)
            e.kind = ErrorKind::Execution;
        e.message = tr("Data file %1 could not be loaded: %2").arg(guard.shown(path), e.message);
        if (e.file.isEmpty())
            e.file = path;
        return e;
    };
    if (ext == QLatin1String(".js") || ext == QLatin1String(".mjs") || ext == QLatin1String(".ts")) {
        auto exports = loadModule(path);
        if (!exports)
            return fail(exports.error());
        return context.property(QStringLiteral("exported")).call({*exports});
    }
    auto text = readText(path);
    if (!text)
        return fail(text.error());
    if (ext == QLatin1String(".sql"))
        return QJSValue(*text);
    const QByteArray sum = checksum(*text);
    if (auto it = parsedData.constFind(path); it != parsedData.constEnd() && it->first == sum)
        return context.property(QStringLiteral("clone")).call({it->second});
    QString parser;
    if (ext == QLatin1String(".json") || ext == QLatin1String(".json5"))
        parser = QStringLiteral("json5");
    else if (ext == QLatin1String(".yaml") || ext == QLatin1String(".yml"))
        parser = QStringLiteral("yaml");
    else if (ext == QLatin1String(".csv"))
        parser = QStringLiteral("csv");
    else
        return Error::failed(tr("No loader registered for extension: %1").arg(ext));
    auto data = rt.library(QStringLiteral("data"));
    if (!data)
        return data.error();
    const QJSValue value = data->property(parser).call({*text});
    if (value.isError()) {
        Error e = Error::failed(shared.logger->mask(value.property(QStringLiteral("message")).toString()));
        e.file = path;
        // Each parser says where in its own way. The engine gives every error a lineNumber
        // too, the line in the bundled parser that threw it: only json5 sets it to the file's.
        if (parser == QLatin1String("json5")) {
            e.line = value.property(QStringLiteral("lineNumber")).toInt();
            e.column = value.property(QStringLiteral("columnNumber")).toInt();
        } else if (const QJSValue linePos = value.property(QStringLiteral("linePos")); linePos.isArray()) { // yaml: [{line, col}]
            e.line = linePos.property(0).property(QStringLiteral("line")).toInt();
            e.column = linePos.property(0).property(QStringLiteral("col")).toInt();
        } else if (const QJSValue lines = value.property(QStringLiteral("lines")); lines.isNumber()) { // csv-parse
            e.line = lines.toInt();
        }
        return fail(e);
    }
    parsedData.insert(path, {sum, value});
    return context.property(QStringLiteral("clone")).call({value});
}

Result<QJSValue> JsTemplateEngine::Private::loadHelpers(const QString &dir, QHash<QString, QString> *sources)
{
    QString stop = inputs->sqlRoot.isEmpty() ? inputs->projectRoot : QDir::cleanPath(inputs->sqlRoot);
    if (!isInside(dir, stop))
        stop = inputs->projectRoot;
    QStringList files;
    if (isInside(dir, stop)) {
        for (QString current = dir;; current = QFileInfo(current).path()) {
            for (const QString &ext : kHelperExtensions) {
                const QString candidate = current + u'/' + kHelperName + ext;
                if (QFileInfo(candidate).isFile()) {
                    files.prepend(candidate); // root first, so nearer files override
                    break;
                }
            }
            if (current == QDir::cleanPath(stop) || QFileInfo(current).path() == current)
                break;
        }
    }
    QJSValue merged = rt.engine()->newObject();
    const QJSValue assign = rt.engine()->globalObject().property(QStringLiteral("Object")).property(QStringLiteral("assign"));
    for (const QString &file : files) {
        auto exports = loadModule(file);
        if (!exports) {
            Error e = exports.error();
            if (e.kind == ErrorKind::Failed || e.kind == ErrorKind::InvalidData) // as a data file's: exit 2
                e.kind = ErrorKind::Execution;
            e.message = tr("Helper file %1 could not be loaded: %2").arg(guard.shown(file), e.message);
            if (e.file.isEmpty())
                e.file = file;
            return e;
        }
        const QJSValue helpers = context.property(QStringLiteral("exported")).call({*exports});
        if (!helpers.isObject())
            continue;
        assign.call({merged, helpers});
        if (sources) {
            const QJSValue keys = rt.engine()->globalObject().property(QStringLiteral("Object")).property(QStringLiteral("keys")).call({helpers});
            for (int i = 0, n = keys.property(QStringLiteral("length")).toInt(); i < n; ++i)
                sources->insert(keys.property(quint32(i)).toString(), file); // nearer files override
        }
    }
    return merged;
}

Result<QJSValue> JsTemplateEngine::Private::buildContext(const QString &templatePath, QHash<QString, QString> *sources)
{
    const QString dir = QFileInfo(templatePath).absolutePath();
    auto helpers = loadHelpers(dir, sources);
    if (!helpers)
        return helpers.error();

    QJSValue data = rt.engine()->newObject();
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        const QString ext = extensionOf(name).toLower();
        static const QStringList dataExtensions = {QStringLiteral(".json"), QStringLiteral(".json5"), QStringLiteral(".yaml"),
                                                   QStringLiteral(".yml"), QStringLiteral(".csv"), QStringLiteral(".js"),
                                                   QStringLiteral(".mjs"), QStringLiteral(".ts")};
        if (name.startsWith(kHelperName) || name.endsWith(QLatin1String(".tmpl")) || !dataExtensions.contains(ext))
            continue;
        auto value = loadDataFile(entry.absoluteFilePath());
        if (!value)
            return value.error();
        auto lib = rt.library(QStringLiteral("data"));
        if (!lib)
            return lib.error();
        const QString base = name.left(name.size() - extensionOf(name).size());
        const QString key = lib->property(QStringLiteral("camelCase")).call({base}).toString();
        data.setProperty(key, *value);
        if (sources)
            sources->insert(key, entry.absoluteFilePath()); // data files win over helpers, as in `$`
    }

    QJSEngine *engine = rt.engine();
    const QJSValue config = engine->toScriptValue(inputs->config.toJson());
    return context.property(QStringLiteral("build")).call({
        templatePath, *helpers, data, config, secretsObject(engine, *shared.logger, inputs->secrets),
        secretsObject(engine, *shared.logger, inputs->globalSecrets), env, inputs->config.name});
}

void JsTemplateEngine::Private::begin(const TemplateContextInputs &in)
{
    if (!in.config.connection.password.isEmpty())
        shared.logger->registerSecret(in.config.connection.password.reveal());
    inputs = &in;
    depthOf.clear();
    nativeError.reset();
}

// A render's (or an inspection's) error, given the place the engine knew and masked.
Error JsTemplateEngine::Private::finished(Error e, const QString &path, bool timedOut) const
{
    // A native call's error keeps the place it knew (an included file, a data file).
    if (nativeError && e.message.endsWith(nativeError->message) && !timedOut) {
        const Error thrownAt = e;
        e = *nativeError;
        if (e.line == 0 && e.file == thrownAt.file)
            e.line = thrownAt.line; // the template line that called $.include
    }
    if (timedOut) {
        const Error where = e;
        e = Error{ErrorKind::Execution,
                  QStringLiteral("Rendering %1 was interrupted after %2 ms (an endless loop?)")
                      .arg(guard.shown(path)).arg(timeLimit.count()),
                  where.file.isEmpty() ? path : where.file, where.line, 0, {}};
    }
    if (e.file.isEmpty())
        e.file = path;
    e.kind = e.kind == ErrorKind::Failed ? ErrorKind::Execution : e.kind;
    // A helper that threw deeper down is named in the message (JsRuntime::errorFrom) by its
    // absolute path: as the project shows it, like every other file.
    static const QRegularExpression helperPlace(QStringLiteral(" \\(at (/.*):(\\d+)\\)$"));
    if (const QRegularExpressionMatch at = helperPlace.match(e.message); at.hasMatch())
        e.message.replace(at.capturedStart(1), at.capturedLength(1), guard.shown(at.captured(1)));
    e.message = shared.logger->mask(e.message);
    return e;
}

QJSValue JsTemplateEngine::Private::include(const QString &fromFile, const QString &path)
{
    const QString dir = QFileInfo(fromFile).absolutePath();
    const QString resolved = QDir::cleanPath(QDir(dir).absoluteFilePath(path));
    if (Status inside = guard.check(QDir(dir).absoluteFilePath(path), path); !inside) {
        return throwError(Error{ErrorKind::Refused, tr("Include path escapes project root: %1").arg(inside.error().message),
                                fromFile, 0, 0, {}});
    }
    if (TemplateEngine::isTemplate(resolved)) {
        const int depth = depthOf.value(fromFile) + 1;
        if (depth > kMaxIncludeDepth)
            return throwError(Error{ErrorKind::Execution,
                                    QStringLiteral("Includes nest deeper than %1 levels (does '%2' include itself?)")
                                        .arg(kMaxIncludeDepth).arg(path), fromFile, 0, 0, {}});
        auto rendered = renderFile(resolved, depth);
        if (!rendered)
            return throwError(rendered.error());
        return *rendered;
    }
    if (!QFileInfo(resolved).isFile())
        return throwError(Error{ErrorKind::NotFound, tr("Failed to include '%1': no such file %2").arg(path, guard.shown(resolved)),
                                fromFile, 0, 0, {}});
    auto value = loadDataFile(resolved);
    if (!value) {
        Error e = value.error();
        e.message = tr("Failed to include '%1': %2").arg(path, e.message);
        return throwError(e);
    }
    return context.property(QStringLiteral("text")).call({*value});
}

QJSValue JsTemplateEngine::Private::require(const QString &fromFile, const QString &specifier)
{
    if (!specifier.startsWith(QLatin1String("./")) && !specifier.startsWith(QLatin1String("../"))) {
        return throwError(Error{ErrorKind::Execution,
                                QStringLiteral("Cannot import '%1' in %2: templates can import only project files "
                                               "by relative path").arg(specifier, fromFile), fromFile, 0, 0, {}});
    }
    const QString base = QDir::cleanPath(QFileInfo(fromFile).absoluteDir().absoluteFilePath(specifier));
    if (Status inside = guard.check(QFileInfo(fromFile).absoluteDir().absoluteFilePath(specifier), specifier); !inside)
        return throwError(Error{ErrorKind::Refused, tr("Import escapes project root: %1").arg(inside.error().message),
                                fromFile, 0, 0, {}});
    for (const QString &ext : {QString(), QStringLiteral(".ts"), QStringLiteral(".js"), QStringLiteral(".mjs"),
                               QStringLiteral("/index.ts"), QStringLiteral("/index.js")}) {
        const QString candidate = base + ext;
        if (!QFileInfo(candidate).isFile())
            continue;
        const QString e = extensionOf(QFileInfo(candidate).fileName()).toLower();
        if (e == QLatin1String(".json") || e == QLatin1String(".json5") || e == QLatin1String(".yaml")
            || e == QLatin1String(".yml") || e == QLatin1String(".csv")) {
            auto value = loadDataFile(candidate);
            return value ? *value : throwError(value.error());
        }
        auto exports = loadModule(candidate);
        return exports ? *exports : throwError(exports.error());
    }
    return throwError(Error{ErrorKind::NotFound, tr("Cannot find module '%1' from %2").arg(specifier, fromFile),
                            fromFile, 0, 0, {}});
}

JsTemplateEngine::JsTemplateEngine(TemplateEngineOptions shared) : d(std::make_unique<Private>(std::move(shared))) {}

JsTemplateEngine::~JsTemplateEngine() = default;

void JsTemplateEngine::setTimeLimit(std::chrono::milliseconds limit)
{
    d->timeLimit = limit;
}

Result<RenderedTemplate> JsTemplateEngine::render(const QString &file, const TemplateContextInputs &inputs)
{
    const QString path = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
    d->guard = ProjectPathGuard(inputs.projectRoot);
    if (!TemplateEngine::isTemplate(path)) {
        auto text = d->readText(path);
        if (!text)
            return text.error();
        return RenderedTemplate{*text, false, 0};
    }

    QElapsedTimer timer;
    timer.start();
    d->begin(inputs);

    Result<QJSValue> value = Error::failed({});
    bool timedOut = false;
    {
        RenderWatchdog watchdog(d->rt.engine(), d->timeLimit);
        value = d->renderFile(path, 0);
        if (value)
            value = d->rt.settle(*value, [&watchdog] { return watchdog.expired(); });
        timedOut = watchdog.fired() || watchdog.expired();
    }
    d->inputs = nullptr;

    if (!value)
        return d->finished(value.error(), path, timedOut);
    return RenderedTemplate{value->toString(), true, timer.elapsed()};
}

Result<TemplateInspection> JsTemplateEngine::inspect(const QString &file, const TemplateContextInputs &inputs)
{
    const QString path = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
    d->guard = ProjectPathGuard(inputs.projectRoot);
    if (!TemplateEngine::isTemplate(path))
        return Error::invalidInput(tr("Not a template (a .tmpl file): %1").arg(d->guard.shown(path)));
    if (Status inside = d->guard.check(path); !inside) {
        Error e = inside.error();
        e.file = path;
        return e;
    }
    if (!QFileInfo(path).isFile())
        return Error{ErrorKind::NotFound, tr("Template not found: %1").arg(d->guard.shown(path)), path, 0, 0, {}};
    d->begin(inputs);

    QHash<QString, QString> sources;
    Result<QJSValue> described = Error::failed({});
    bool timedOut = false;
    {
        // Helpers and data modules run while the context is built: they get the same limit.
        RenderWatchdog watchdog(d->rt.engine(), d->timeLimit);
        Result<QJSValue> ctx = d->buildContext(path, &sources);
        if (ctx) {
            const QJSValue summary = d->context.property(QStringLiteral("inspect")).call({*ctx});
            described = summary.isError() ? Result<QJSValue>(d->rt.errorFrom(summary)) : Result<QJSValue>(summary);
        } else {
            described = ctx.error();
        }
        timedOut = watchdog.fired() || watchdog.expired();
    }
    d->inputs = nullptr;
    if (!described)
        return d->finished(described.error(), path, timedOut);

    const Logger &log = *d->shared.logger;
    auto strings = [&log](const QJSValue &array) {
        QStringList list;
        for (int i = 0, n = array.property(QStringLiteral("length")).toInt(); i < n; ++i)
            list << log.mask(array.property(quint32(i)).toString());
        return list;
    };
    auto entry = [&](const QJSValue &o) {
        const QString key = o.property(QStringLiteral("key")).toString();
        // Masked whole, then shortened: a cut could leave a secret's start unrecognised.
        QString type = log.mask(o.property(QStringLiteral("type")).toString());
        if (type.startsWith(QLatin1Char('"')) && type.size() > 22)
            type = type.left(21) + QStringLiteral("...\"");
        return TemplateContextEntry{key, type, strings(o.property(QStringLiteral("shape"))), sources.value(key)};
    };
    auto entries = [&](const QJSValue &array) {
        QList<TemplateContextEntry> list;
        for (int i = 0, n = array.property(QStringLiteral("length")).toInt(); i < n; ++i)
            list << entry(array.property(quint32(i)));
        return list;
    };
    TemplateInspection inspection;
    inspection.file = path;
    inspection.dataFiles = entries(described->property(QStringLiteral("dataFiles")));
    inspection.helpers = entries(described->property(QStringLiteral("helpers")));
    inspection.builtins = strings(described->property(QStringLiteral("builtins")));
    inspection.config = entry(described->property(QStringLiteral("config")));
    inspection.secrets = strings(described->property(QStringLiteral("secrets")));
    inspection.globalSecrets = strings(described->property(QStringLiteral("globalSecrets")));
    inspection.environmentVariables = described->property(QStringLiteral("env")).toInt();
    return inspection;
}

} // namespace noorm
