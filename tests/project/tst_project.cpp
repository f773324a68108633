// Project discovery and `noorm init`.

#include "project/project.h"
#include "tempproject.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

using namespace noorm;
using noorm::test::TempProject;

class TestProject : public QObject {
    Q_OBJECT
private slots:
    void initCreatesProjectLayout()
    {
        TempProject p;
        Result<InitReport> r = Project::init(p.root());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QVERIFY(QFileInfo(p.path(QStringLiteral(".noorm/settings.yml"))).isFile());
        QCOMPARE(p.read(QStringLiteral(".noorm/.gitignore")), QByteArray("state/\n"));
        QVERIFY(QFileInfo(p.path(QStringLiteral("sql"))).isDir());
        QVERIFY(QFileInfo(p.path(QStringLiteral("changes"))).isDir());
        QVERIFY(r->created.contains(QStringLiteral(".noorm/settings.yml")));
        // The state folder is yours alone from the start, not from its first save.
        QCOMPARE(noorm::test::permissionBits(p.path(QStringLiteral(".noorm/state"))), 0700);
    }

    void initRefusesToClobberAProject()
    {
        TempProject p;
        p.write(QStringLiteral(".noorm/settings.yml"), "# mine\npaths:\n  sql: ./db\n");
        Result<InitReport> r = Project::init(p.root());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Refused);
        QCOMPARE(p.read(QStringLiteral(".noorm/settings.yml")), QByteArray("# mine\npaths:\n  sql: ./db\n"));
    }

    void discoveryWalksUpToTheProject()
    {
        TempProject p;
        QVERIFY(Project::init(p.root()).ok());
        QDir().mkpath(p.path(QStringLiteral("sql/deep/er")));
        const ProjectLocation loc = Project::find(p.path(QStringLiteral("sql/deep/er")));
        QVERIFY(loc.found());
        QCOMPARE(loc.root, QFileInfo(p.root()).canonicalFilePath());
    }

    void discoveryStopsAtHome()
    {
        TempProject fakeHome;
        fakeHome.write(QStringLiteral(".noorm/identity.pub"), "00");
        QDir().mkpath(fakeHome.path(QStringLiteral("work/app")));
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", fakeHome.root().toUtf8());
        const ProjectLocation loc = Project::find(fakeHome.path(QStringLiteral("work/app")));
        qputenv("HOME", oldHome);
        QVERIFY(!loc.found()); // ~/.noorm is the global folder, not a project
    }

    void outsideAProjectNothingIsFound()
    {
        TempProject p;
        QVERIFY(!Project::find(p.root()).found());
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
