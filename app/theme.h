#pragma once
// The colour scheme: the desktop's when the platform theme gives Qt a dark palette (KDE,
// GTK with the gtk3 platform theme); a dark GTK theme named in GTK_THEME ("Adwaita:dark");
// or NOORM_COLOR_SCHEME=dark|light, which wins. Dark uses Qt's Fusion style with a dark
// palette, so every widget follows.

class QApplication;
class QColor;
class QIcon;
class QPalette;
class QWidget;

namespace noorm {

void applyColorScheme(QApplication &app);
// The translation of the system's (or NOORM_LANG's) language, with Qt's own for its dialogs;
// English, the source language, needs none.
void installTranslations(QApplication &app);
bool isDark();
// Text that says less than the text beside it (counts, paths, a column's type, NULL): a
// blend of the palette's text into its window, readable on both (4.5:1 and more), where the
// disabled colour (about 1.9:1 on Fusion's white) looked like a control that cannot be used.
QColor secondaryText(const QPalette &palette);
// `label`'s text in that colour; it stays enabled, so it can still be selected and copied.
void showAsSecondary(QWidget *label);
// `icon` with a Selected look: its shape in the highlighted text's colour, so that it does
// not sink into the selection's blue (a blue table icon vanished there).
QIcon withSelectedLook(const QIcon &icon);

} // namespace noorm
