#include "common/double_text.h"
#include "common/duration.h"
#include "common/error.h"
#include "common/line_diff.h"
#include "common/redactor.h"
#include "common/result.h"
#include "common/secret.h"
#include "common/version.h"

#include <QRandomGenerator64>
#include <QSet>
#include <QVariant>

#include <cmath>
#include <cstring>
#include <limits>

#include <QtTest>

using namespace noorm;

class TestCommon : public QObject {
    Q_OBJECT
private slots:
    // An edited line sits beside the line it replaced; inserted and removed ones face blank
    // rows; every row keeps each side's own line number.
    void diffPairsReplacedLinesAndKeepsLineNumbers()
    {
        const QStringList before = LineDiff::lines(QStringLiteral("a\nb\nc\nd\ne\n"));
        const QStringList after = LineDiff::lines(QStringLiteral("a\nB\nc\nx\nd\n"));
        QCOMPARE(before.size(), 5);
        const QList<DiffRow> rows = LineDiff::sideBySide(before, after);
        QStringList shape;
        for (const DiffRow &r : rows)
            shape << QStringLiteral("%1:%2|%3:%4").arg(r.oldLine).arg(r.oldText).arg(r.newLine).arg(r.newText);
        QCOMPARE(shape, (QStringList{QStringLiteral("1:a|1:a"), QStringLiteral("2:b|2:B"), QStringLiteral("3:c|3:c"),
                                     QStringLiteral("0:|4:x"), QStringLiteral("4:d|5:d"), QStringLiteral("5:e|0:")}));
        QCOMPARE(rows[1].kind, DiffRow::Kind::Changed);
        QCOMPARE(rows[3].kind, DiffRow::Kind::Added);
        QCOMPARE(rows[5].kind, DiffRow::Kind::Removed);
        QVERIFY(std::all_of(rows.begin(), rows.end(), [](const DiffRow &r) { return r.kind != DiffRow::Kind::Same || r.oldText == r.newText; }));
        QCOMPARE(LineDiff::lines(QStringLiteral("x\r\ny")), (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    }

    // Past kMaxCells line pairs the middle is shown replaced whole, the common head and tail kept.
    void diffOfAHugeMiddleReplacesItWhole()
    {
        QStringList before{QStringLiteral("head")}, after{QStringLiteral("head")};
        for (int i = 0; i < 2100; ++i) {
            before << QStringLiteral("old %1").arg(i);
            after << QStringLiteral("new %1").arg(i);
        }
        before << QStringLiteral("tail");
        after << QStringLiteral("tail");
        const QList<DiffRow> rows = LineDiff::sideBySide(before, after);
        QCOMPARE(rows.size(), 2102);
        QCOMPARE(rows.first().kind, DiffRow::Kind::Same);
        QCOMPARE(rows.last().kind, DiffRow::Kind::Same);
        QCOMPARE(rows[1].kind, DiffRow::Kind::Changed);
        QCOMPARE(rows[1].oldText, QStringLiteral("old 0"));
        QCOMPARE(rows[1].newText, QStringLiteral("new 0"));
    }

    void errorNamesFileLineColumn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all") << "a.yml" << 3 << 7 << "a.yml:3:7: bad";
        QTest::newRow("no column") << "a.yml" << 3 << 0 << "a.yml:3: bad";
        QTest::newRow("no place") << "" << 0 << 0 << "bad";
    }
    void errorNamesFileLineColumn()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, expected);
        QCOMPARE(Error::at(file, line, column, QStringLiteral("bad")).toString(), expected);
    }
    void parsesDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("minutes") << "5m" << qint64(300'000);
        QTest::newRow("seconds") << "300s" << qint64(300'000);
        QTest::newRow("bare seconds") << "90" << qint64(90'000);
        QTest::newRow("parts") << "1h30m" << qint64(5'400'000);
        QTest::newRow("millis") << "1500ms" << qint64(1500);
        QTest::newRow("days") << "1d" << qint64(86'400'000);
        QTest::newRow("zero") << "0s" << qint64(0);
        QTest::newRow("spaces") << " 2m " << qint64(120'000);
    }
    void parsesDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const Result<std::chrono::milliseconds> parsed = parseDuration(text);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(qint64(parsed->count()), ms);
    }
    void rejectsBadDurations()
    {
        for (const char *text : {"", "5x", "m", "-5", "5 m", "1.5s", "5mm"}) {
            const Result<std::chrono::milliseconds> parsed = parseDuration(QString::fromLatin1(text));
            QVERIFY2(!parsed, text);
            QCOMPARE(parsed.error().kind, ErrorKind::InvalidInput);
            QVERIFY(parsed.error().message.contains(QStringLiteral("\"%1\"").arg(QString::fromLatin1(text))));
        }
    }
    void formatsDurations()
    {
        using namespace std::chrono_literals;
        QCOMPARE(formatDuration(5min), QStringLiteral("5m"));
        QCOMPARE(formatDuration(90s), QStringLiteral("1m30s"));
        QCOMPARE(formatDuration(250ms), QStringLiteral("250ms"));
        QCOMPARE(formatDuration(0ms), QStringLiteral("0s"));
        QCOMPARE(formatDuration(30s), QStringLiteral("30s"));
    }

    void errorKindsHaveDistinctNames()
    {
        QSet<QString> names;
        for (ErrorKind kind : {ErrorKind::Failed, ErrorKind::InvalidInput, ErrorKind::InvalidData, ErrorKind::NotFound,
                               ErrorKind::Refused, ErrorKind::Connection, ErrorKind::Auth, ErrorKind::Execution,
                               ErrorKind::LockHeld, ErrorKind::Cancelled})
            names.insert(errorKindName(kind));
        QCOMPARE(names.size(), 10);
        QCOMPARE(errorKindName(ErrorKind::LockHeld), QStringLiteral("lock-held"));
    }
    void errorsCarryAHintApartFromTheMessage()
    {
        const Error e = Error::notFound(QStringLiteral("no config")).withHint(Hint::Action::EditConfig, QStringLiteral("dev"));
        QCOMPARE(e.hint.action, Hint::Action::EditConfig);
        QCOMPARE(e.hint.subject, QStringLiteral("dev"));
        QCOMPARE(e.toString(), QStringLiteral("no config"));
    }
    void resultCarriesValueOrError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);
        Result<int> bad(Error::notFound(QStringLiteral("nope")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::NotFound);
    }
    void secretWipesOnClearAndCopiesIndependently()
    {
        Secret a(QStringLiteral("hunter2"));
        Secret b = a;
        a.clear();
        QVERIFY(a.isEmpty());
        QCOMPARE(b.reveal(), QStringLiteral("hunter2"));
    }
    // A connection's password in a driver's message: a one-letter password was masked inside
    // every word ("x": "e********pired"); now only where it stands alone. Longer ones go everywhere.
    void aShortPasswordIsMaskedOnlyStandingAlone()
    {
        QCOMPARE(Redactor::maskValue(QStringLiteral("password x expired for user x"), QStringLiteral("x")),
                 QStringLiteral("password ******** expired for user ********"));
        QCOMPARE(Redactor::maskValue(QStringLiteral("x"), QStringLiteral("x")), QStringLiteral("********"));
        QCOMPARE(Redactor::maskValue(QStringLiteral("'ab' in tabs"), QStringLiteral("ab")), QStringLiteral("'********' in tabs"));
        QCOMPARE(Redactor::maskValue(QStringLiteral("uses pw4u and xpw4uy"), QStringLiteral("pw4u")),
                 QStringLiteral("uses ******** and x********y"));
        QCOMPARE(Redactor::maskValue(QStringLiteral("nothing"), QString()), QStringLiteral("nothing"));
    }
    void redactorCutsOnlyAfterMasking()
    {
        Redactor r;
        r.add(QStringLiteral("abcdefghij"));
        const QString text = QStringLiteral("0123456789abcdefghij tail");
        // A plain cut at 14 would keep "abcd"; masking first leaves none of it.
        const QString shown = r.redactAndCut(text, 14);
        QCOMPARE(shown, QStringLiteral("0123456789****…"));
        QVERIFY(!shown.contains(QLatin1String("abc")));
    }
    // MariaDB shortens a value in its messages ("near '…'" to 80 characters, "Duplicate
    // entry '…'" to 64, then "..."): the part of a secret before the cut was shown.
    void redactorMasksASecretsStartWhereAMessageCutIt()
    {
        Redactor r;
        r.add(QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        r.add(QStringLiteral("it's-a-secret"));
        QCOMPARE(r.redact(QStringLiteral("near ' 'billing', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY...' at line 1")),
                 QStringLiteral("near ' 'billing', '********...' at line 1"));
        QCOMPARE(r.redact(QStringLiteral("Duplicate entry 'it''s-a-sec…' for key")), QStringLiteral("Duplicate entry '********…' for key"));
        QCOMPARE(r.redact(QStringLiteral("value was wJalrXUtn")), QStringLiteral("value was ********"));
        // Text that merely ends in an ellipsis, or two letters of a secret before one, stays.
        QCOMPARE(r.redact(QStringLiteral("loading... wJ...")), QStringLiteral("loading... wJ..."));
        // A line that ends in a secret's first few characters is no cut secret ("Active
        // config set to: team" with a secret "teamXYZ" read "Active config set to: ********").
        r.add(QStringLiteral("teamXYZ"));
        QCOMPARE(r.redact(QStringLiteral("Active config set to: team")), QStringLiteral("Active config set to: team"));
        QCOMPARE(r.redact(QStringLiteral("cut: teamXY...")), QStringLiteral("cut: ********..."));
    }
    void redactorIgnoresTooShortValues()
    {
        Redactor r;
        r.add(QStringLiteral("ab"));
        QVERIFY(r.isEmpty());
        QCOMPARE(r.redact(QStringLiteral("abc")), QStringLiteral("abc"));
    }

    // semver.org's precedence examples, and the versions noorm meets in state files.
    void comparesVersionsBySemverPrecedence_data()
    {
        QTest::addColumn<QString>("older");
        QTest::addColumn<QString>("newer");
        QTest::newRow("patch") << "0.1.0" << "0.1.1";
        QTest::newRow("minor beats patch") << "0.1.9" << "0.2.0";
        QTest::newRow("numeric, not text") << "0.9.0" << "0.10.0";
        QTest::newRow("alpha of 1.0 after 0.1") << "0.1.0" << "1.0.0-alpha.3";
        QTest::newRow("pre-release before release") << "1.0.0-alpha.12" << "1.0.0";
        QTest::newRow("numeric identifiers") << "1.0.0-alpha.3" << "1.0.0-alpha.12";
        QTest::newRow("alpha before alpha.1") << "1.0.0-alpha" << "1.0.0-alpha.1";
        QTest::newRow("numeric before alphanumeric") << "1.0.0-alpha.1" << "1.0.0-alpha.beta";
        QTest::newRow("beta after alpha") << "1.0.0-alpha.beta" << "1.0.0-beta";
        QTest::newRow("rc last") << "1.0.0-beta.11" << "1.0.0-rc.1";
    }
    void comparesVersionsBySemverPrecedence()
    {
        QFETCH(QString, older);
        QFETCH(QString, newer);
        QVERIFY(compareVersions(older, newer) < 0);
        QVERIFY(compareVersions(newer, older) > 0);
        QCOMPARE(compareVersions(newer, newer), 0);
    }
    // A double reads as Qt writes it (the native SQL rows and the QVariant rows must agree),
    // but for NaN and the infinities, which read as psql writes them,
    // checked against Qt itself on the edges of both forms and on random bit patterns.
    void writesADoubleAsQtDoes()
    {
        const auto same = [](double d) {
            std::string text;
            appendDoubleText(text, d);
            QByteArray qt = QVariant(d).toString().toUtf8();
            if (!std::isfinite(d)) // psql's words, where Qt writes nan, inf and -inf
                qt = std::isnan(d) ? "NaN" : d < 0 ? "-Infinity" : "Infinity";
            if (text != qt.toStdString())
                qWarning("%.17g: %s, Qt %s", d, text.c_str(), qt.constData());
            return text == qt.toStdString();
        };
        const double edges[] = {0.0, -0.0, 1, -1, 0.1, 0.5, 1.5, 100, 10000, 1e5, 150000, 1.5e7, 1e-3, 1e-4, 1.5e-4,
                                1e15, 1.23456789e15, 1234567890123456.0, 1e21, 1.2345678899999998e21, 1e100, 1e-100,
                                5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1 + 0.2,
                                std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                                std::numeric_limits<double>::quiet_NaN()};
        for (double d : edges)
            QVERIFY(same(d));
        QRandomGenerator64 random(42);
        int different = 0;
        for (int i = 0; i < 200000; ++i) {
            const quint64 bits = random.generate();
            double d;
            std::memcpy(&d, &bits, sizeof d);
            different += !same(d);
            different += !same(double(qint64(random.bounded(2000000)) - 1000000) * std::pow(10.0, int(random.bounded(44)) - 22));
            different += !same(double(i) * 1.5);
        }
        QCOMPARE(different, 0);
    }

    void buildMetadataDoesNotCount() { QCOMPARE(compareVersions(QStringLiteral("1.2.3+abc"), QStringLiteral("1.2.3")), 0); }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"
