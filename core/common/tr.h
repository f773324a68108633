#pragma once
// tr(): user-facing text written in core, translatable. lupdate collects every
// `tr("...")` in core/ into the "noorm" context (translations/); the front end installs
// the QTranslator. Arguments go through QString::arg(), never concatenation, so a
// translation can reorder them.

#include <QCoreApplication>
#include <QString>

namespace noorm {

inline QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("noorm", sourceText, disambiguation, n);
}

} // namespace noorm
