#include "theme.h"

#include <QApplication>
#include <QIcon>
#include <QPixmap>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleOption>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace noorm {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6), dim(0x8a, 0x8f, 0x98);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dim);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6a, 0xa1, 0xf7));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xde));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x46, 0x49, 0x50));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x45));
    p.setColor(QPalette::Disabled, QPalette::Text, dim);
    p.setColor(QPalette::Disabled, QPalette::WindowText, dim);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, dim);
    // A field that cannot be edited is flat on the window, as in the light palette (it
    // looked like an editable one).
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x46, 0x49, 0x50));
    return p;
}

// Fusion outlines a check box or radio button in the window's colour made darker, which on
// a dark window is no outline at all: it is drawn again in the palette's Mid, lightened.
class DarkStyle final : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton && element != PE_IndicatorItemViewItemCheck)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, element == PE_IndicatorRadioButton);
        const bool enabled = option->state & State_Enabled;
        painter->setPen(option->palette.color(QPalette::Mid).lighter(enabled ? 150 : 110));
        painter->setBrush(Qt::NoBrush);
        const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(box);
        else
            painter->drawRoundedRect(box, 1, 1);
        painter->restore();
    }
};

} // namespace

void installTranslations(QApplication &app)
{
    const QString wanted = qEnvironmentVariable("NOORM_LANG");
    const QLocale locale = wanted.isEmpty() ? QLocale::system() : QLocale(wanted);
    auto *ours = new QTranslator(&app);
    // A language without a file of its own (or the C locale) gets English, whose file holds
    // only the plural forms ("1 file", "2 files").
    if (ours->load(locale, QStringLiteral("noorm"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral("noorm_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    QLocale::setDefault(locale);
}

bool isDark() { return QApplication::palette().color(QPalette::Window).lightness() < 128; }

QColor secondaryText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text), window = palette.color(QPalette::Window);
    const auto mix = [](int a, int b) { return (a * 62 + b * 38) / 100; };
    return QColor(mix(text.red(), window.red()), mix(text.green(), window.green()), mix(text.blue(), window.blue()));
}

QIcon withSelectedLook(const QIcon &icon)
{
    // Pixmaps in both modes (an SVG icon's engine takes an added pixmap at its own size only).
    QIcon out;
    const QColor ink = QApplication::palette().color(QPalette::HighlightedText);
    for (int size : {16, 24, 32, 48}) {
        out.addPixmap(icon.pixmap(size, size), QIcon::Normal);
        QPixmap shape = icon.pixmap(size, size);
        QPainter p(&shape);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(shape.rect(), ink);
        p.end();
        out.addPixmap(shape, QIcon::Selected);
    }
    return out;
}

void showAsSecondary(QWidget *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, secondaryText(p));
    label->setPalette(p);
}

void applyColorScheme(QApplication &app)
{
    const QString wanted = qEnvironmentVariable("NOORM_COLOR_SCHEME").toLower();
    bool dark = isDark();
    if (wanted == QLatin1String("dark"))
        dark = true;
    else if (wanted == QLatin1String("light"))
        dark = false;
    else if (qEnvironmentVariable("GTK_THEME").endsWith(QLatin1String(":dark")))
        dark = true;
    // The platform's own style and palette, unless the palette must turn dark: then Fusion,
    // which draws every widget from the palette.
    if (dark && !isDark()) {
        app.setStyle(new DarkStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        app.setPalette(darkPalette());
    } else if (!dark && isDark()) {
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        app.setPalette(app.style()->standardPalette());
    }
}

} // namespace noorm
