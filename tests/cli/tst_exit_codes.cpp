// The CLI's exit codes for core's error kinds (spec cli.md "Exit codes") and the words of
// every hint.
#include "exit_codes.h"

#include <QtTest>

Q_DECLARE_METATYPE(noorm::Hint)
Q_DECLARE_METATYPE(noorm::ErrorKind)

using namespace noorm;
using namespace noorm::cli;

class TestExitCodes : public QObject {
    Q_OBJECT
private slots:
    void kindsMapToTheSpecsExitCodes_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("failed") << ErrorKind::Failed << 1;
        QTest::newRow("invalid data") << ErrorKind::InvalidData << 1;
        QTest::newRow("connection") << ErrorKind::Connection << 1;
        QTest::newRow("auth") << ErrorKind::Auth << 1;
        QTest::newRow("execution") << ErrorKind::Execution << 2;
        QTest::newRow("lock held") << ErrorKind::LockHeld << 3;
        QTest::newRow("refused") << ErrorKind::Refused << 4;
        QTest::newRow("not found") << ErrorKind::NotFound << 5;
        QTest::newRow("invalid input") << ErrorKind::InvalidInput << 64;
        QTest::newRow("cancelled") << ErrorKind::Cancelled << 130;
    }
    void kindsMapToTheSpecsExitCodes()
    {
        QFETCH(ErrorKind, kind);
        QFETCH(int, code);
        QCOMPARE(exitCodeFor(Error::make(kind, QStringLiteral("x"))), code);
    }

    void everyHintNamesACommandOrVariable_data()
    {
        QTest::addColumn<Hint>("hint");
        QTest::addColumn<QString>("expected");
        using A = Hint::Action;
        QTest::newRow("init") << Hint{A::InitProject, {}} << QStringLiteral("`noorm init`");
        QTest::newRow("identity") << Hint{A::CreateIdentity, {}} << QStringLiteral("`noorm identity init`");
        QTest::newRow("replace") << Hint{A::ReplaceIdentity, {}} << QStringLiteral("`noorm identity init --force`");
        QTest::newRow("add config") << Hint{A::AddConfig, {}} << QStringLiteral("`noorm config add <name>`");
        QTest::newRow("use config") << Hint{A::UseConfig, QStringLiteral("dev, prod")} << QStringLiteral("`noorm config use <name>` (yours: dev, prod)");
        QTest::newRow("edit config") << Hint{A::EditConfig, QStringLiteral("dev")} << QStringLiteral("`noorm config edit dev`");
        QTest::newRow("db create") << Hint{A::CreateDatabase, QStringLiteral("dev")} << QStringLiteral("`noorm db create`");
        QTest::newRow("secret") << Hint{A::SetSecret, QStringLiteral("API_KEY")} << QStringLiteral("`noorm secret set API_KEY`");
        QTest::newRow("global secret") << Hint{A::SetGlobalSecret, QStringLiteral("K")} << QStringLiteral("`noorm secret set --global K`");
        QTest::newRow("passphrase") << Hint{A::GivePassphrase, {}} << QStringLiteral("NOORM_PASSPHRASE");
        QTest::newRow("force") << Hint{A::Force, {}} << QStringLiteral("--force");
        QTest::newRow("confirm") << Hint{A::Confirm, {}} << QStringLiteral("--yes");
    }
    void everyHintNamesACommandOrVariable()
    {
        QFETCH(Hint, hint);
        QFETCH(QString, expected);
        QVERIFY2(hintText(hint).contains(expected), qPrintable(hintText(hint)));
    }
    void noHintNoText() { QVERIFY(hintText(Hint{}).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestExitCodes)
#include "tst_exit_codes.moc"
