#pragma once
// TemplateCompiler: turns a `.sql.tmpl` text (Eta 4 syntax with noorm's tags `{%` `%}`,
// variable `$`, no auto-escape, Eta's default auto-trim) into the source of one
// JavaScript function `(function ($, options) {...})`, the same function body Eta builds,
// so the rendered text is Eta's byte for byte. It also records, for every line of that
// source, the template line it came from, so errors can name the template line.

#include "common/result.h"

#include <QString>
#include <QVector>

namespace noorm {

struct CompiledTemplate {
    QString script;             // a parenthesised function expression, evaluated as is
    bool needsLowering = false; // uses syntax Qt's JavaScript engine lacks (await, ...)
    QVector<int> templateLines; // [generated line - 1] -> template line (1-based)

    int templateLine(int generatedLine) const;
};

class TemplateCompiler {
public:
    // A parse error (unclosed tag, string or comment) carries Eta's message, line and column.
    static Result<CompiledTemplate> compile(const QString &source);
};

} // namespace noorm
