// The desktop shell opens a real window (offscreen platform) and renders.

#include "main_window.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QtTest>

class TestApp : public QObject {
    Q_OBJECT
private slots:
    void mainWindowShowsAndRenders()
    {
        noorm::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("noorm"));
        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() >= 800);
        // Something was drawn: the image is not one flat colour.
        const QRgb first = shot.pixel(0, 0);
        bool varied = false;
        for (int y = 0; y < shot.height() && !varied; y += 7)
            for (int x = 0; x < shot.width() && !varied; x += 7)
                varied = shot.pixel(x, y) != first;
        QVERIFY(varied);
        const QString out = qEnvironmentVariable("NOORM_SCREENSHOT_DIR");
        if (!out.isEmpty())
            shot.save(QDir(out).filePath(QStringLiteral("main-window.png")));
    }
};

QTEST_MAIN(TestApp)
#include "tst_app.moc"
