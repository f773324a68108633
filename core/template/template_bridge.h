#pragma once
// TemplateBridge: the few native functions templates reach through `$` ($.include,
// $.uuid, require() in helper modules), exposed to the QJSEngine as one QObject.

#include <QJSValue>
#include <QObject>

#include <functional>

namespace noorm {

class TemplateBridge : public QObject {
    Q_OBJECT
public:
    using Include = std::function<QJSValue(const QString &fromFile, const QString &path)>;
    using Require = std::function<QJSValue(const QString &fromFile, const QString &specifier)>;

    TemplateBridge(Include include, Require require) : m_include(std::move(include)), m_require(std::move(require)) {}

    Q_INVOKABLE QJSValue include(const QString &fromFile, const QString &path) { return m_include(fromFile, path); }
    Q_INVOKABLE QJSValue require(const QString &fromFile, const QString &specifier) { return m_require(fromFile, specifier); }
    Q_INVOKABLE QString uuid() const;

private:
    Include m_include;
    Require m_require;
};

} // namespace noorm
