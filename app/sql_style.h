#pragma once
// How every SQL text in the app looks: the SQL editor, DDL and change files. QScintilla's SQL
// lexer with the palette's colours (light or dark), the dialect's lexical rules (MySQL's #
// comments, backslash escapes, `backtick` names), the system's fixed font, line numbers,
// brace matching, and a horizontal scroll bar only for lines wider than the view.

#include <QString>

class QsciScintilla;

namespace noorm {

void styleSqlEditor(QsciScintilla *editor, const QString &dialect, bool readOnly = false);

} // namespace noorm
