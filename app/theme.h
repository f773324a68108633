#pragma once
// The colour scheme: the desktop's when the platform theme gives Qt a dark palette (KDE,
// GTK with the gtk3 platform theme); a dark GTK theme named in GTK_THEME ("Adwaita:dark");
// or NOORM_COLOR_SCHEME=dark|light, which wins. Dark uses Qt's Fusion style with a dark
// palette, so every widget follows.

class QApplication;

namespace noorm {

void applyColorScheme(QApplication &app);
// The translation of the system's (or NOORM_LANG's) language, with Qt's own for its dialogs;
// English, the source language, needs none.
void installTranslations(QApplication &app);
bool isDark();

} // namespace noorm
