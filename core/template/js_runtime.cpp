#include "template/js_runtime.h"

#include "log/logger.h"
#include "template/template_cache.h"
#include "template/template_console.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

namespace noorm {
namespace {

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QByteArray cacheKey(const QString &kind, const QString &code)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(kind.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(code.toUtf8());
    return h.result();
}

} // namespace

JsRuntime::JsRuntime(std::shared_ptr<Logger> logger, std::shared_ptr<TemplateCache> cache)
    : m_logger(std::move(logger)), m_cache(std::move(cache)), m_engine(std::make_unique<QJSEngine>())
{
    // Our console, not Qt's: template output must pass the redactor (see TemplateConsole).
    m_engine->globalObject().setProperty(QStringLiteral("__noormConsole"),
                                         m_engine->newQObject(new TemplateConsole(m_logger)));
    m_engine->evaluate(readResource(QStringLiteral(":/noorm/js/prelude.js")), QStringLiteral("noorm:prelude.js"));
    m_settleHook = m_engine->evaluate(QStringLiteral(
        "(function (value, box) { Promise.resolve(value).then("
        "function (v) { box.done = true; box.value = v; },"
        "function (e) { box.done = true; box.failed = true; box.error = e; }); })"));
}

JsRuntime::~JsRuntime() = default;

bool JsRuntime::needsLowering(const QString &code)
{
    // A false positive only costs a parse; anything else V4 lacks, V4 reports itself.
    static const char *const markers[] = {"await", "async", "...", "catch", "?\?=", "||=", "&&=", "class"};
    for (const char *m : markers) {
        if (code.contains(QLatin1String(m)))
            return true;
    }
    return false;
}

bool JsRuntime::hasLibrary(const QString &name)
{
    return QFile::exists(QStringLiteral(":/noorm/js/%1.js").arg(name));
}

Result<QJSValue> JsRuntime::library(const QString &name)
{
    if (auto it = m_libraries.constFind(name); it != m_libraries.constEnd())
        return *it;
    const QString source = readResource(QStringLiteral(":/noorm/js/%1.js").arg(name));
    if (source.isEmpty())
        return Error::failed(tr("The bundled JavaScript library '%1' is missing: noorm was built without "
                                             "NOORM_JS_BUNDLE (needs nodejs and npm at build time)").arg(name));
    const QJSValue r = m_engine->evaluate(source, QStringLiteral("noorm:%1.js").arg(name));
    if (r.isError())
        return Error::failed(tr("Loading the bundled JavaScript library '%1' failed: %2").arg(name, r.toString()));
    QString global = name;
    global[0] = global[0].toUpper();
    const QJSValue lib = m_engine->globalObject().property(QStringLiteral("noorm") + global);
    m_libraries.insert(name, lib);
    return lib;
}

// acorn and sucrase put the place of a syntax error in `loc` ({line, column 0-based}), and
// again at the end of the message ("Unexpected token (1:21)"); sucrase also starts it with
// "Error transforming <absolute path>: ". The error names the file and place itself.
Error JsRuntime::transpileError(const QJSValue &thrown, const QString &fileName) const
{
    QString message = thrown.property(QStringLiteral("message")).toString();
    static const QRegularExpression transforming(QStringLiteral("^Error transforming .*?: "));
    message.remove(transforming);
    Error e = Error::invalidData(QString());
    e.file = fileName;
    const QJSValue loc = thrown.property(QStringLiteral("loc"));
    if (loc.isObject()) {
        e.line = loc.property(QStringLiteral("line")).toInt();
        e.column = loc.property(QStringLiteral("column")).toInt() + 1;
        static const QRegularExpression place(QStringLiteral(" \\(\\d+:\\d+\\)$"));
        message.remove(place);
    }
    e.message = m_logger->mask(message);
    return e;
}

Result<QString> JsRuntime::lower(const QString &code, const QString &fileName)
{
    const QByteArray key = cacheKey(QStringLiteral("lower"), code);
    if (auto cached = m_cache->transpiled.find(key))
        return *cached;
    auto lib = library(QStringLiteral("lower"));
    if (!lib)
        return lib.error();
    const QJSValue r = lib->property(QStringLiteral("lower")).call({code});
    if (r.isError())
        return transpileError(r, fileName);
    m_cache->transpiled.insert(key, r.toString());
    return r.toString();
}

Result<QString> JsRuntime::toCommonJs(const QString &code, const QString &fileName, bool typescript)
{
    const QByteArray key = cacheKey(typescript ? QStringLiteral("ts") : QStringLiteral("esm"), code);
    if (auto cached = m_cache->transpiled.find(key))
        return *cached;
    auto lib = library(QStringLiteral("sucrase"));
    if (!lib)
        return lib.error();
    const QJSValue r = lib->property(QStringLiteral("toCommonJs")).call({code, fileName, typescript});
    if (r.isError())
        return transpileError(r, fileName);
    // Always lowered: besides syntax, the rewrite puts string building under the length limit.
    auto lowered = lower(r.toString(), fileName);
    if (!lowered)
        return lowered.error();
    m_cache->transpiled.insert(key, *lowered);
    return *lowered;
}

Result<QJSValue> JsRuntime::evaluate(const QString &source, const QString &fileName, const QVector<int> &lineMap)
{
    m_lineMaps.insert(fileName, lineMap);
    const QJSValue r = m_engine->evaluate(source, fileName, 1);
    if (r.isError())
        return errorFrom(r);
    return r;
}

Result<QJSValue> JsRuntime::settle(const QJSValue &value, const std::function<bool()> &expired)
{
    if (value.isError())
        return errorFrom(value);
    const QJSValue then = value.property(QStringLiteral("then"));
    if (!value.isObject() || !then.isCallable())
        return value;
    QJSValue box = m_engine->newObject();
    const QJSValue r = m_settleHook.call({value, box});
    if (r.isError())
        return errorFrom(r);
    // Qt's engine runs promise reactions from posted events: deliver them until settled.
    // Nothing in a template waits for the outside world (no timers, no I/O), so rounds
    // in which no async function moved on mean a promise that never settles.
    QJSValue global = m_engine->globalObject();
    const QString ticks = QStringLiteral("__noormTicks");
    int stale = 0;
    int lastTicks = global.property(ticks).toInt();
    while (!box.property(QStringLiteral("done")).toBool()) {
        if (expired())
            return Error::failed(tr("interrupted"));
        QCoreApplication::sendPostedEvents(nullptr, 0);
        if (m_engine->hasError())
            return errorFrom(m_engine->catchError());
        const int now = global.property(ticks).toInt();
        stale = now == lastTicks ? stale + 1 : 0;
        lastTicks = now;
        if (stale > 1000)
            return Error::failed(tr("The template never finished: it awaits a promise that never settles"));
    }
    if (box.property(QStringLiteral("failed")).toBool())
        return errorFrom(box.property(QStringLiteral("error")));
    return box.property(QStringLiteral("value"));
}

Error JsRuntime::errorFrom(const QJSValue &thrown) const
{
    QString message;
    if (thrown.isError() || thrown.property(QStringLiteral("message")).isString()) {
        const QString name = thrown.property(QStringLiteral("name")).toString();
        message = thrown.property(QStringLiteral("message")).toString();
        if (!name.isEmpty() && name != QLatin1String("undefined") && name != QLatin1String("Error"))
            message = name + QStringLiteral(": ") + message;
    } else {
        message = QStringLiteral("Uncaught ") + thrown.toString();
    }
    Error e = Error::failed(m_logger->mask(message));
    if (const QJSValue secret = thrown.property(QStringLiteral("noormMissingSecret")); secret.isString())
        e.withHint(thrown.property(QStringLiteral("noormGlobal")).toBool() ? Hint::Action::SetGlobalSecret
                                                                            : Hint::Action::SetSecret,
                   secret.toString());

    // Frames look like "fn@file:///path/to/file:LINE"; the innermost one of a script we
    // evaluated names the place (a syntax error only has fileName/lineNumber).
    QStringList frames = thrown.property(QStringLiteral("stack")).toString().split(u'\n', Qt::SkipEmptyParts);
    const QString fileName = thrown.property(QStringLiteral("fileName")).toString();
    const int lineNumber = thrown.property(QStringLiteral("lineNumber")).toInt();
    if (!fileName.isEmpty() && fileName != QLatin1String("undefined"))
        frames.prepend(QStringLiteral("@%1:%2").arg(fileName).arg(lineNumber));
    static const QRegularExpression frame(QStringLiteral("@(?:file://)?(.*):(\\d+)$"));
    // Templates (the scripts with a line map) name the place; a helper or module that
    // threw deeper down is mentioned in the message.
    QString innermost;
    for (const QString &f : frames) {
        const auto m = frame.match(f);
        if (!m.hasMatch())
            continue;
        const QString file = m.captured(1);
        auto it = m_lineMaps.constFind(file);
        if (it == m_lineMaps.constEnd())
            continue;
        const int line = m.captured(2).toInt();
        if (it->isEmpty()) {
            if (innermost.isEmpty())
                innermost = QStringLiteral("%1:%2").arg(file).arg(line);
            if (e.file.isEmpty()) {
                e.file = file;
                e.line = line;
            }
            continue;
        }
        e.file = file;
        e.line = it->value(std::min<qsizetype>(line, it->size()) - 1);
        if (!innermost.isEmpty())
            e.message += QStringLiteral(" (at %1)").arg(innermost);
        break;
    }
    return e;
}

} // namespace noorm
