#include "sql_style.h"

#include "dialect/dialect.h"

#include <Qsci/qscilexersql.h>
#include <Qsci/qsciscintilla.h>

#include <QFontDatabase>

namespace noorm {

void styleSqlEditor(QsciScintilla *e, const QString &dialectName, bool readOnly)
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *lexer = new QsciLexerSQL(e);
    lexer->setDefaultFont(mono);
    lexer->setFont(mono);
    const QPalette pal = e->palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    lexer->setDefaultPaper(pal.color(QPalette::Base));
    lexer->setPaper(pal.color(QPalette::Base));
    lexer->setDefaultColor(pal.color(QPalette::Text));
    lexer->setColor(pal.color(QPalette::Text), QsciLexerSQL::Default);
    lexer->setColor(pal.color(QPalette::Text), QsciLexerSQL::Identifier);
    lexer->setColor(pal.color(QPalette::Text), QsciLexerSQL::Operator);
    lexer->setColor(dark ? QColor(0x7a, 0xa6, 0xf5) : QColor(0x1f, 0x4e, 0xb4), QsciLexerSQL::Keyword);
    lexer->setColor(dark ? QColor(0xe0, 0xa8, 0x6a) : QColor(0xa3, 0x4a, 0x00), QsciLexerSQL::SingleQuotedString);
    lexer->setColor(dark ? QColor(0xe0, 0xa8, 0x6a) : QColor(0xa3, 0x4a, 0x00), QsciLexerSQL::DoubleQuotedString);
    lexer->setColor(dark ? QColor(0xb5, 0xcf, 0x8a) : QColor(0x2e, 0x7d, 0x32), QsciLexerSQL::Number);
    for (int style : {QsciLexerSQL::Comment, QsciLexerSQL::CommentLine, QsciLexerSQL::CommentDoc})
        lexer->setColor(pal.color(QPalette::Disabled, QPalette::Text), style);
    // The dialect's own lexical rules, as its splitter reads them: MySQL's # comments,
    // backslash escapes and `backtick` names.
    if (const Dialect *dialect = dialectFor(dialectName)) {
        const SplitRules rules = dialect->scripts().splitRules();
        lexer->setHashComments(rules.hashComments);
        lexer->setBackslashEscapes(rules.backslashEscapes);
        lexer->setQuotedIdentifiers(rules.backtickIdentifiers);
    }
    e->setLexer(lexer);
    e->setUtf8(true);
    e->setMarginType(0, QsciScintilla::NumberMargin);
    e->setMarginWidth(0, QStringLiteral("00000"));
    e->setMarginsFont(mono);
    e->setMarginsBackgroundColor(pal.color(QPalette::Window));
    e->setMarginsForegroundColor(pal.color(QPalette::Disabled, QPalette::Text));
    e->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    e->setAutoIndent(true);
    e->setIndentationsUseTabs(false);
    e->setTabWidth(4);
    e->setCaretForegroundColor(pal.color(QPalette::Text));
    e->setCaretLineVisible(true);
    e->setCaretLineBackgroundColor(dark ? pal.color(QPalette::Base).lighter(130) : pal.color(QPalette::Base).darker(104));
    e->setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    e->setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    e->setFrameShape(QFrame::NoFrame);
    // The horizontal scroll bar only once a line is wider than the view.
    e->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTH, 1);
    e->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTHTRACKING, 1);
    e->setReadOnly(readOnly);
}

} // namespace noorm
