// `noorm run ...` end to end on SQLite: build, rebuild, JSON shapes, exit codes (2 failed
// file, 4 protected without --yes, 5 missing path, 64 usage, 130 SIGTERM), dry run, preview
// (without the JavaScript engine's compiler warnings),
// run file, file names with control characters, writes that would leave the project.

#include "cli_runner.h"
#include "tempproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include "live.h"
#include <QSqlError>
#include <memory>
#include <optional>
#include <vector>

using noorm::test::TempProject;
using Run = noorm::test::CliRun;

namespace {

// One value from a SQLite file, on a connection opened and closed for it: a test reads the
// database while noorm writes it.
QVariant sqliteScalar(const QString &file, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("watch"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("watch"));
    return value;
}

} // namespace

class TestRunCli : public QObject {
    Q_OBJECT

    noorm::test::Cli noorm;
    int m_races = 0; // a config name per race

    // A project with a SQLite config `dev` (protected if asked) and two SQL files. Returns the
    // first failing step's run, or the last one.
    Run setUp(const TempProject &p, bool isProtected = false) const
    {
        const Run init = noorm.initProject(p.root());
        if (init.code != 0)
            return init;
        p.write(QStringLiteral("sql/01_tables/001_a.sql"), "CREATE TABLE a (id INTEGER);\n");
        p.write(QStringLiteral("sql/02_data/001_rows.sql"), "INSERT INTO a (id) VALUES (1);\n");
        QStringList extra{QStringLiteral("--use")};
        if (isProtected)
            extra << QStringLiteral("--protected");
        return noorm.addSqliteConfig(p.root(), QStringLiteral("dev"), QStringLiteral("./dev.db"), extra);
    }

    // Starts `noorm [globals] run build` in `p` (set up with 3 files, dev.db) and returns once
    // its rows are written pending, which is just before the first file runs.
    void startBuildUntilItsFilesArePending(const TempProject &p, QProcess &process, const QStringList &globals = {}) const
    {
        process.setProgram(noorm.program());
        process.setArguments(globals + QStringList{QStringLiteral("run"), QStringLiteral("build")});
        process.setWorkingDirectory(p.root());
        process.setProcessEnvironment(noorm.env());
        process.start();
        QVERIFY(process.waitForStarted());
        const QString db = p.path(QStringLiteral("dev.db"));
        const QString pending = QStringLiteral("SELECT COUNT(*) FROM __noorm_executions__ WHERE status = 'pending'");
        QTRY_VERIFY_WITH_TIMEOUT(sqliteScalar(db, pending).toInt() == 3 || process.state() == QProcess::NotRunning, 60000);
        QCOMPARE(process.state(), QProcess::Running);
    }

private slots:
    void buildThenRebuildSkipsEverything()
    {
        TempProject p;
        NOORM_VERIFY_RUN(setUp(p));
        Run r = noorm({QStringLiteral("run"), QStringLiteral("build")}, p.root());
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("✓ sql/01_tables/001_a.sql ("), r.out.constData());
        QVERIFY2(r.out.contains("Build success: 2 run, 0 skipped, 0 failed"), r.out.constData());
        QVERIFY(r.err.isEmpty()); // no progress line when stderr is not a TTY

        r = noorm({QStringLiteral("--json"), QStringLiteral("run"), QStringLiteral("build")}, p.root());
        QCOMPARE(r.code, 0);
        const QJsonObject doc = r.object();
        QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(doc.value(QStringLiteral("filesRun")).toInt(), 0);
        QCOMPARE(doc.value(QStringLiteral("filesSkipped")).toInt(), 2);
        QCOMPARE(doc.value(QStringLiteral("filesFailed")).toInt(), 0);
        QVERIFY(doc.contains(QStringLiteral("durationMs")));
        const QJsonObject first = doc.value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("filepath")).toString(), p.path(QStringLiteral("sql/01_tables/001_a.sql")));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
        QCOMPARE(first.value(QStringLiteral("skipReason")).toString(), QStringLiteral("unchanged"));

        // -f and --force both run everything again (the CREATE TABLE then fails: exit 2).
        r = noorm({QStringLiteral("-f"), QStringLiteral("run"), QStringLiteral("build")}, p.root());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains("✗ sql/01_tables/001_a.sql failed"), r.out.constData());
        QVERIFY2(r.err.contains("sql/01_tables/001_a.sql:1:1: "), r.err.constData());
        QVERIFY2(r.out.contains("- sql/02_data/001_rows.sql skipped (Skipped due to failure in sql/01_tables/001_a.sql)"),
                 r.out.constData());
    }

    void runFileAndItsJson()
    {
        TempProject p;
        NOORM_VERIFY_RUN(setUp(p));
        Run r = noorm({QStringLiteral("--json"), QStringLiteral("run"), QStringLiteral("file"),
                       QStringLiteral("sql/01_tables/001_a.sql")},
                      p.root());
        QCOMPARE(r.code, 0);
        QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(r.object().value(QStringLiteral("filepath")).toString(), p.path(QStringLiteral("sql/01_tables/001_a.sql")));
        p.write(QStringLiteral("bad.sql"), "SELECT 1;\nSELEC oops;\n");
        r = noorm({QStringLiteral("--json"), QStringLiteral("run"), QStringLiteral("file"), QStringLiteral("bad.sql")}, p.root());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.object().value(QStringLiteral("error")).toString().startsWith(QStringLiteral("bad.sql:2:1: ")), r.out.constData());
        QVERIFY(!r.object().contains(QStringLiteral("statementsKept"))); // its own transaction rolled back
        // Outside a transaction the statements before the failing one stay, and it says so.
        p.write(QStringLiteral("half.sql"), "-- noorm:no-transaction\nCREATE TABLE IF NOT EXISTS kept (id INTEGER);\nSELEC oops;\n");
        r = noorm({QStringLiteral("--json"), QStringLiteral("run"), QStringLiteral("file"), QStringLiteral("half.sql")}, p.root());
        QCOMPARE(r.code, 2);
        QCOMPARE(r.object().value(QStringLiteral("statementsKept")).toInt(), 1);
        r = noorm({QStringLiteral("run"), QStringLiteral("file"), QStringLiteral("half.sql")}, p.root());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("1 statement before it ran and stays"), (r.out + r.err).constData());
        // The same opt-out after a byte order mark (Visual Studio, SSMS and Notepad write one):
        // VACUUM failed, "cannot VACUUM from within a transaction".
        p.write(QStringLiteral("bom.sql"), "\xEF\xBB\xBF-- noorm:no-transaction\nVACUUM;\n");
        r = noorm({QStringLiteral("run"), QStringLiteral("file"), QStringLiteral("bom.sql")}, p.root());
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        QCOMPARE(noorm({QStringLiteral("run"), QStringLiteral("file"), QStringLiteral("missing.sql")}, p.root()).code, 5);
        QCOMPARE(noorm({QStringLiteral("run"), QStringLiteral("dir"), QStringLiteral("nope")}, p.root()).code, 5);
        QCOMPARE(noorm({QStringLiteral("run"), QStringLiteral("file")}, p.root()).code, 64);
        QCOMPARE(noorm({QStringLiteral("run"), QStringLiteral("build"), QStringLiteral("--output"), QStringLiteral("x.sql")},
                       p.root()).code,
                 64);
    }

    void dryRunAndPreviewRecordNothing()
    {
        TempProject p;
        NOORM_VERIFY_RUN(setUp(p));
        Run r = noorm({QStringLiteral("--dry-run"), QStringLiteral("run"), QStringLiteral("build")}, p.root());
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(p.read(QStringLiteral("tmp/sql/01_tables/001_a.sql")), QByteArray("CREATE TABLE a (id INTEGER);\n"));
        QVERIFY(!QFile::exists(p.path(QStringLiteral("dev.db"))));

        r = noorm({QStringLiteral("run"), QStringLiteral("dir"), QStringLiteral("sql/02_data"), QStringLiteral("--preview")},
                  p.root());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("-- File: sql/02_data/001_rows.sql"), r.out.constData());
        QVERIFY(r.out.contains("INSERT INTO a (id) VALUES (1);"));
        r = noorm({QStringLiteral("run"), QStringLiteral("build"), QStringLiteral("--preview"), QStringLiteral("--output"),
                   QStringLiteral("all.sql")},
                  p.root());
        QCOMPARE(r.code, 0);
        QVERIFY(p.read(QStringLiteral("all.sql")).contains("CREATE TABLE a"));
        QVERIFY(!QFile::exists(p.path(QStringLiteral("dev.db"))));
    }

    // V4 warns about hoisting hundreds of times while it compiles the bundled transpilers a
    // TypeScript helper needs; the CLI quiets that category in main(), so none of it
    // reaches the user's terminal (core installs no logging filter of its own).
    void renderingATypeScriptHelperPrintsNoEngineNoise()
    {
        TempProject p;
        NOORM_VERIFY_RUN(setUp(p));
        p.write(QStringLiteral("sql/03_views/$helpers.ts"),
                "export function greet(name: string): string { return `hi ${name}`; }\n"
                "export const later = async () => { await 0; return [...[1]]; };\n");
        p.write(QStringLiteral("sql/03_views/001_v.sql.tmpl"), "SELECT '{%= $.greet(\"a\") %}';\n");
        QProcessEnvironment env = noorm.env();
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        const Run r = noorm({QStringLiteral("run"), QStringLiteral("build"), QStringLiteral("--preview")}, p.root(), {}, &env);
        if (r.err.contains("NOORM_JS_BUNDLE"))
            QSKIP("built without the bundled JavaScript libraries");
        QVERIFY2(r.code == 0, r.output().constData());
        QVERIFY2(r.out.contains("SELECT 'hi a';"), r.out.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    // The CLI loads its template engine (libnoorm-templates.so, with Qt Qml) only for a
    // template: a copy of the binary without the module beside it still builds plain SQL,
    // and a template fails naming the module, where it was looked for and what to do.
    void theTemplateEngineIsLoadedOnlyForATemplate()
    {
        TempProject p;
        NOORM_VERIFY_RUN(setUp(p));
        QTemporaryDir elsewhere;
        const QString lonely = QDir(elsewhere.path()).filePath(QStringLiteral("noorm"));
        QVERIFY(QFile::copy(noorm.program(), lonely));
        QProcess build;
        build.setProcessEnvironment(noorm.env());
        build.setWorkingDirectory(p.root());
        build.start(lonely, {QStringLiteral("run"), QStringLiteral("build")});
        QVERIFY(build.waitForFinished(60000));
        QString out = QString::fromUtf8(build.readAllStandardOutput() + build.readAllStandardError());
        QVERIFY2(build.exitCode() == 0, qPrintable(out));

        p.write(QStringLiteral("sql/03_views/001_v.sql.tmpl"), "SELECT {%= 1 + 1 %};\n");
        build.start(lonely, {QStringLiteral("run"), QStringLiteral("build")});
        QVERIFY(build.waitForFinished(60000));
        out = QString::fromUtf8(build.readAllStandardOutput() + build.readAllStandardError());
        QCOMPARE(build.exitCode(), 2);
        QVERIFY2(out.contains(QStringLiteral("sql/03_views/001_v.sql.tmpl: noorm's module libnoorm-templates.so is missing (looked in %1, ")
                                  .arg(elsewhere.path())) && out.contains(QStringLiteral("Reinstall noorm.")), qPrintable(out));

        // The real binary, its module beside it, renders it.
        const Run r = noorm({QStringLiteral("run"), QStringLiteral("build")}, p.root());
        QVERIFY2(r.code == 0 && r.out.contains("sql/03_views/001_v.sql.tmpl"), r.output().constData());
    }

    // A template's error names its file as a SQL error does, relative to the project; an
    // included file's too.
    void templateErrorsNameTheirFileAsTheProjectShowsIt()
    {
        TempProject p;
        NOORM_VERIFY_RUN(setUp(p));
        p.write(QStringLiteral("sql/03_views/001_bad.sql.tmpl"), "-- one\n{%~ $.nothing.here %}\n");
        Run r = noorm({QStringLiteral("run"), QStringLiteral("build")}, p.root());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("  sql/03_views/001_bad.sql.tmpl:2"), r.err.constData());
        QVERIFY2(r.out.contains("✗ sql/03_views/001_bad.sql.tmpl failed"), r.out.constData()); // the result on stdout, why on stderr
        QVERIFY2(!r.out.contains(p.root().toUtf8()), r.out.constData());
        p.write(QStringLiteral("sql/03_views/001_bad.sql.tmpl"), "{%~ await $.include('parts/inner.sql.tmpl') %}\n");
        p.write(QStringLiteral("sql/03_views/parts/inner.sql.tmpl"), "-- inner\n{%~ $.nothing.here %}\n");
        r = noorm({QStringLiteral("--json"), QStringLiteral("run"), QStringLiteral("file"), QStringLiteral("sql/03_views/001_bad.sql.tmpl")}, p.root());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.object().value(QStringLiteral("error")).toString().startsWith(QStringLiteral("sql/03_views/parts/inner.sql.tmpl:2")),
                 r.out.constData());
        // A statement that fails in a template's rendered SQL: its line is the rendered text's
        // (here the loop's 20 lines come before it), said as such. It read "…sql.tmpl:22:1:",
        // a line the five-line template does not have.
        p.write(QStringLiteral("sql/03_views/001_bad.sql.tmpl"),
                "{% for (let i = 0; i < 20; i++) { %}\nSELECT {%~ i %};\n{% } %}\n-- then\nINSERT INTO nope VALUES (1);\n");
        r = noorm({QStringLiteral("run"), QStringLiteral("file"), QStringLiteral("sql/03_views/001_bad.sql.tmpl")}, p.root());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("  sql/03_views/001_bad.sql.tmpl: line 22, column 1 of the rendered SQL: "), r.err.constData());
    }

    void protectedConfigNeedsYes()
    {
        TempProject p;
        NOORM_VERIFY_RUN(setUp(p, true));
        Run r = noorm({QStringLiteral("run"), QStringLiteral("build")}, p.root());
        QCOMPARE(r.code, 4);
        r = noorm({QStringLiteral("--yes"), QStringLiteral("run"), QStringLiteral("build")}, p.root());
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void escapesControlCharactersInPrintedPaths()
    {
        TempProject p;
        NOORM_VERIFY_RUN(setUp(p));
        p.write(QStringLiteral("sql/03_x/\x1b[31mred.sql"), "SELECT 1;\n");
        p.write(QStringLiteral("sql/03_x/new\nline.sql"), "SELECT 1;\n");
        p.write(QStringLiteral("sql/03_x/tab\there.sql"), "SELEC oops;\n");
        Run r = noorm({QStringLiteral("run"), QStringLiteral("build")}, p.root());
        QCOMPARE(r.code, 2);
        QVERIFY2(!r.out.contains('\x1b') && !r.err.contains('\x1b'), r.out.constData());
        QVERIFY2(r.out.contains("✓ sql/03_x/\\x1b[31mred.sql ("), r.out.constData());
        QVERIFY2(r.out.contains("✓ sql/03_x/new\\nline.sql ("), r.out.constData());
        QVERIFY2(r.out.contains("✗ sql/03_x/tab\\there.sql failed"), r.out.constData());
        QVERIFY2(r.err.contains("  sql/03_x/tab\\there.sql:1:1: "), r.err.constData());
        // Every line is one of ours: no name breaks a line in two.
        for (const QByteArray &line : r.out.split('\n')) {
            const bool ours = line.isEmpty() || line.startsWith("✓ ") || line.startsWith("✗ ") || line.startsWith("- ")
                || line.startsWith("  ") || line.startsWith("Build ");
            QVERIFY2(ours, line.constData());
        }
        // JSON carries the names as they are (its encoder escapes them).
        r = noorm({QStringLiteral("--json"), QStringLiteral("run"), QStringLiteral("build")}, p.root());
        QStringList names;
        for (const QJsonValue &file : r.object().value(QStringLiteral("files")).toArray())
            names << file.toObject().value(QStringLiteral("filepath")).toString();
        QVERIFY2(names.contains(p.path(QStringLiteral("sql/03_x/\x1b[31mred.sql"))), r.out.constData());
    }

    void writesNothingThroughSymlinksOutOfTheProject()
    {
        TempProject outside;
        outside.write(QStringLiteral("victim.sql"), "keep me");
        TempProject p;
        NOORM_VERIFY_RUN(setUp(p));
        QVERIFY(QFile::link(outside.path(QStringLiteral("victim.sql")), p.path(QStringLiteral("all.sql"))));
        Run r = noorm({QStringLiteral("run"), QStringLiteral("build"), QStringLiteral("--preview"), QStringLiteral("--output"),
                       QStringLiteral("all.sql")},
                      p.root());
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("all.sql leads outside the project through a symbolic link"), r.err.constData());
        QCOMPARE(outside.read(QStringLiteral("victim.sql")), QByteArray("keep me"));

        QVERIFY(QFile::link(outside.root(), p.path(QStringLiteral("tmp"))));
        r = noorm({QStringLiteral("--dry-run"), QStringLiteral("run"), QStringLiteral("build")}, p.root());
        QCOMPARE(r.code, 2); // the copies failed
        QVERIFY2(r.err.contains("tmp/sql/01_tables/001_a.sql leads outside the project through a symbolic link"),
                 r.err.constData());
        QCOMPARE(QDir(outside.root()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("victim.sql")});
    }

    // SIGTERM is handled like Ctrl-C: the run stops, the open transaction rolls back, every
    // row is written (none stays pending), and noorm exits 130.
    void sigtermStopsTheRunAndRecordsEveryRow()
    {
        TempProject p;
        NOORM_VERIFY_RUN(setUp(p));
        // First in order: inside its transaction it counts for seconds, so the signal
        // arrives while the file runs.
        p.write(QStringLiteral("sql/00_slow.sql"),
                "CREATE TABLE slow (id INTEGER);\n"
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000000) SELECT count(*) FROM c;\n"
                "INSERT INTO slow (id) VALUES (1);\n");
        QProcess process;
        const QString db = p.path(QStringLiteral("dev.db"));
        const QString pending = QStringLiteral("SELECT COUNT(*) FROM __noorm_executions__ WHERE status = 'pending'");
        startBuildUntilItsFilesArePending(p, process, {QStringLiteral("--json")});
        if (QTest::currentTestFailed())
            return;
        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const QJsonArray files = report.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(files.at(0).toObject().value(QStringLiteral("error")).toString().contains(QLatin1String("Interrupted")));
        QCOMPARE(files.at(1).toObject().value(QStringLiteral("skipReason")).toString(), QStringLiteral("Skipped: the run was interrupted"));

        QCOMPARE(sqliteScalar(db, pending).toInt(), 0);
        QCOMPARE(sqliteScalar(db, QStringLiteral("SELECT status FROM __noorm_executions__ WHERE filepath LIKE '%00_slow.sql'")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(sqliteScalar(db, QStringLiteral("SELECT COUNT(*) FROM __noorm_executions__ WHERE status = 'skipped'")).toInt(), 2);
        QCOMPARE(sqliteScalar(db, QStringLiteral("SELECT status FROM __noorm_change__")).toString(), QStringLiteral("failed"));
        QCOMPARE(sqliteScalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'slow'")).toInt(), 0);
    }

    // SIGKILL leaves the lock and pending rows behind. The next run on this machine takes
    // the lock over (its holder's process is gone) and closes the pending rows as
    // abandoned, so nothing stays pending forever.
    // The change commands as a user types them: add, list, ff (also as change:ff), history,
    // and a protected config's revert that needs --yes without a terminal.
    // `change ff --configs a,b`: each config in order, one JSON array; --confirm-each asks
    // before each (headless: refused without --yes, before anything runs).
    void fastForwardsSeveralConfigsInOrder()
    {
        TempProject p;
        NOORM_VERIFY_RUN(setUp(p));
        NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), QStringLiteral("staging"), QStringLiteral("./staging.db")));
        p.write(QStringLiteral("changes/2026-01-01-notes/change/001_notes.sql"), "CREATE TABLE notes (id INTEGER);\n");
        const auto hasNotes = [&](const QString &db) {
            return sqliteScalar(p.path(db), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'notes'")).toInt();
        };
        const QStringList both{QStringLiteral("change"), QStringLiteral("ff"), QStringLiteral("--configs"), QStringLiteral("dev,staging")};
        Run r = noorm(QStringList{QStringLiteral("--json")} + both + QStringList{QStringLiteral("--confirm-each")}, p.root());
        QCOMPARE(r.code, 4);
        QCOMPARE(hasNotes(QStringLiteral("dev.db")), 0);
        QCOMPARE(noorm(QStringList{QStringLiteral("--config"), QStringLiteral("dev")} + both, p.root()).code, 64);

        r = noorm(QStringList{QStringLiteral("--json"), QStringLiteral("--yes")} + both + QStringList{QStringLiteral("--confirm-each")}, p.root());
        QVERIFY2(r.code == 0, r.output().constData());
        const QJsonArray configs = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(configs.size(), 2);
        QCOMPARE(configs.at(0).toObject().value(QStringLiteral("config")).toString(), QStringLiteral("dev"));
        QCOMPARE(configs.at(1).toObject().value(QStringLiteral("config")).toString(), QStringLiteral("staging"));
        QCOMPARE(configs.at(1).toObject().value(QStringLiteral("executed")).toInt(), 1);
        QCOMPARE(hasNotes(QStringLiteral("dev.db")), 1);
        QCOMPARE(hasNotes(QStringLiteral("staging.db")), 1);
    }

    // Revert and rewind are destructive on any config (spec cli.md): asked on a terminal,
    // else they need --yes and exit 4. On an unprotected one they ran unasked.
    void revertAndRewindNeedYesWithoutATerminal()
    {
        TempProject p;
        NOORM_VERIFY_RUN(setUp(p));
        p.write(QStringLiteral("changes/2026-01-01-notes/change/001.sql"), "CREATE TABLE notes (id INTEGER);\n");
        p.write(QStringLiteral("changes/2026-01-01-notes/revert/001.sql"), "DROP TABLE notes;\n");
        NOORM_VERIFY_RUN(noorm({QStringLiteral("change"), QStringLiteral("ff")}, p.root()));
        const auto notes = [&] {
            return sqliteScalar(p.path(QStringLiteral("dev.db")), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'notes'")).toInt();
        };
        for (const QStringList &command : {QStringList{QStringLiteral("change"), QStringLiteral("revert"), QStringLiteral("2026-01-01-notes")},
                                           QStringList{QStringLiteral("change"), QStringLiteral("rewind")}}) {
            const Run refused = noorm(command, p.root());
            QCOMPARE(refused.code, 4);
            QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
            QCOMPARE(notes(), 1);
        }
        // A name that is no change says so, before anything is asked (it asked for --yes first).
        for (const QString &verb : {QStringLiteral("revert"), QStringLiteral("rewind")}) {
            const Run missing = noorm({QStringLiteral("change"), verb, QStringLiteral("nope")}, p.root());
            QVERIFY2(missing.code == 5, missing.err.constData());
            QVERIFY2(missing.err.contains("No change named \"nope\""), missing.err.constData());
            QVERIFY2(!missing.err.contains("--yes"), missing.err.constData());
        }
        NOORM_VERIFY_RUN(noorm({QStringLiteral("change"), QStringLiteral("rewind"), QStringLiteral("--yes")}, p.root()));
        QCOMPARE(notes(), 0);
        // Applying asks nothing.
        NOORM_VERIFY_RUN(noorm({QStringLiteral("change"), QStringLiteral("ff")}, p.root()));
        QCOMPARE(notes(), 1);
    }

    void changeCommandsEndToEnd()
    {
        TempProject p;
        NOORM_VERIFY_RUN(setUp(p, true));
        Run r = noorm({QStringLiteral("--json"), QStringLiteral("change"), QStringLiteral("add"), QStringLiteral("add notes")}, p.root());
        QVERIFY2(r.code == 0, r.output().constData());
        const QString name = r.object().value(QStringLiteral("name")).toString();
        QVERIFY2(name.endsWith(QLatin1String("-add-notes")), qPrintable(name));
        p.write(QStringLiteral("changes/%1/change/001_add-notes.sql").arg(name), "CREATE TABLE notes (id INTEGER);\n");
        p.write(QStringLiteral("changes/%1/revert/001_add-notes.sql").arg(name), "DROP TABLE notes;\n");

        // `change edit` opens the change's files in $EDITOR (a program and its flags) and waits.
        const QString editorLog = p.path(QStringLiteral("editor.log"));
        p.write(QStringLiteral("editor.sh"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$EDITOR_LOG\"\n");
        QFile::setPermissions(p.path(QStringLiteral("editor.sh")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment editorEnv = noorm.env();
        editorEnv.insert(QStringLiteral("EDITOR"), p.path(QStringLiteral("editor.sh")) + QStringLiteral(" --wait"));
        editorEnv.insert(QStringLiteral("EDITOR_LOG"), editorLog);
        editorEnv.remove(QStringLiteral("VISUAL"));
        r = noorm({QStringLiteral("change"), QStringLiteral("edit"), name}, p.root(), {}, &editorEnv);
        QVERIFY2(r.code == 0, r.output().constData());
        QFile log(editorLog);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QStringList editorArgs = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(editorArgs.size(), 4); // the flag, then change/, revert/ and changelog.md
        QCOMPARE(editorArgs.at(0), QStringLiteral("--wait"));
        QVERIFY2(editorArgs.at(1).endsWith(name + QStringLiteral("/change/001_add-notes.sql")), qPrintable(editorArgs.join(' ')));
        QVERIFY(editorArgs.at(2).endsWith(name + QStringLiteral("/revert/001_add-notes.sql")));
        QVERIFY(editorArgs.at(3).endsWith(name + QStringLiteral("/changelog.md")));
        QCOMPARE(noorm({QStringLiteral("change:edit"), QStringLiteral("nope")}, p.root(), {}, &editorEnv).code, 5);
        editorEnv.insert(QStringLiteral("EDITOR"), QStringLiteral("false"));
        QCOMPARE(noorm({QStringLiteral("change"), QStringLiteral("edit"), name}, p.root(), {}, &editorEnv).code, 1);

        r = noorm({QStringLiteral("--json"), QStringLiteral("change")}, p.root()); // `change` alone lists
        QVERIFY2(r.code == 0, r.output().constData());
        const QJsonArray listed = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));

        QCOMPARE(noorm({QStringLiteral("change:ff")}, p.root()).code, 4); // protected: needs --yes headless
        r = noorm({QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("change:ff")}, p.root());
        QVERIFY2(r.code == 0, r.output().constData());
        QCOMPARE(r.object().value(QStringLiteral("executed")).toInt(), 1);
        QCOMPARE(sqliteScalar(p.path(QStringLiteral("dev.db")), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'notes'")).toInt(), 1);

        r = noorm({QStringLiteral("--json"), QStringLiteral("change"), QStringLiteral("history")}, p.root());
        QVERIFY2(r.code == 0, r.output().constData());
        const QJsonObject row = QJsonDocument::fromJson(r.out).array().first().toObject();
        QCOMPARE(row.value(QStringLiteral("name")).toString(), name);
        QCOMPARE(row.value(QStringLiteral("cliVersion")).toString(), QStringLiteral(NOORM_VERSION));
        r = noorm({QStringLiteral("--json"), QStringLiteral("change"), QStringLiteral("history"), QStringLiteral("detail"),
                   QString::number(row.value(QStringLiteral("id")).toInt())},
                  p.root());
        QVERIFY2(r.code == 0, r.output().constData());
        const QJsonArray files = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(files.size(), 1); // the row's files, not the history again
        QVERIFY(files.first().toObject().value(QStringLiteral("filepath")).toString().endsWith(QLatin1String("001_add-notes.sql")));
        // No such row: the error is the one document (an empty array came before it).
        r = noorm({QStringLiteral("--json"), QStringLiteral("change"), QStringLiteral("history"), QStringLiteral("detail"), QStringLiteral("999")},
                  p.root());
        QCOMPARE(r.code, 5);
        QJsonParseError parsed;
        const QJsonDocument missing = QJsonDocument::fromJson(r.out, &parsed);
        QVERIFY2(parsed.error == QJsonParseError::NoError, r.out.constData());
        QVERIFY(missing.object().contains(QStringLiteral("error")));
        // A name that is no change: not found, not "no change has run yet".
        r = noorm({QStringLiteral("change"), QStringLiteral("history"), QStringLiteral("2026-99-99-nope")}, p.root());
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("No change named \"2026-99-99-nope\""), r.output().constData());
        r = noorm({QStringLiteral("--json"), QStringLiteral("change"), QStringLiteral("history"), name}, p.root());
        QVERIFY2(r.code == 0 && QJsonDocument::fromJson(r.out).array().size() == 1, r.output().constData());
        r = noorm({QStringLiteral("--dry-run"), QStringLiteral("change"), QStringLiteral("rewind")}, p.root());
        QVERIFY2(r.code == 0 && r.out.contains("Would revert " + name.toUtf8()), r.output().constData());
        QCOMPARE(sqliteScalar(p.path(QStringLiteral("dev.db")), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'notes'")).toInt(), 1);

        QCOMPARE(noorm({QStringLiteral("change"), QStringLiteral("revert"), name}, p.root()).code, 4);
        QCOMPARE(noorm({QStringLiteral("change"), QStringLiteral("revert"), QStringLiteral("nope"), QStringLiteral("--yes")}, p.root()).code, 5);
        NOORM_VERIFY_RUN(noorm({QStringLiteral("change"), QStringLiteral("revert"), name, QStringLiteral("--yes")}, p.root()));
        QCOMPARE(sqliteScalar(p.path(QStringLiteral("dev.db")), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'notes'")).toInt(), 0);
        r = noorm({QStringLiteral("change"), QStringLiteral("list")}, p.root());
        QVERIFY2(r.out.contains("reverted"), r.out.constData());
        // With nothing applied, a rewind has nothing to revert (it said "every change is applied").
        r = noorm({QStringLiteral("--yes"), QStringLiteral("change"), QStringLiteral("rewind")}, p.root());
        QVERIFY2(r.code == 0 && r.out.contains("Nothing to do: no change is applied"), r.output().constData());
    }

    void killedBuildIsRecognisedAsAbandoned()
    {
        TempProject p;
        NOORM_VERIFY_RUN(setUp(p));
        p.write(QStringLiteral("sql/00_slow.sql"),
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c;\n");
        QProcess process;
        const QString db = p.path(QStringLiteral("dev.db"));
        const QString pending = QStringLiteral("SELECT COUNT(*) FROM __noorm_executions__ WHERE status = 'pending'");
        startBuildUntilItsFilesArePending(p, process);
        if (QTest::currentTestFailed())
            return;
        process.kill(); // SIGKILL: nothing runs on the way out
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(sqliteScalar(db, QStringLiteral("SELECT COUNT(*) FROM __noorm_lock__")).toInt(), 1); // left behind
        // The next run takes the dead holder's lock over at once (it was refused, exit 3, until
        // the lock expired or was forced).
        p.write(QStringLiteral("sql/00_slow.sql"), "SELECT 1;\n");
        NOORM_VERIFY_RUN(noorm({QStringLiteral("run"), QStringLiteral("build")}, p.root()));
        QCOMPARE(sqliteScalar(db, QStringLiteral("SELECT COUNT(*) FROM __noorm_lock__")).toInt(), 0);
        QCOMPARE(sqliteScalar(db, pending).toInt(), 0);
        QCOMPARE(sqliteScalar(db, QStringLiteral("SELECT COUNT(*) FROM __noorm_change__ WHERE status = 'pending'")).toInt(), 0);
        QVERIFY(sqliteScalar(db, QStringLiteral("SELECT error_message FROM __noorm_change__ ORDER BY id LIMIT 1"))
                    .toString()
                    .startsWith(QLatin1String("Abandoned")));
        // The file it was running failed, interrupted (the history shows where it stopped);
        // the files after it never started. Before, all of them read "skipped".
        const QString first = QStringLiteral("FROM __noorm_executions__ WHERE change_id = (SELECT MIN(id) FROM __noorm_change__)");
        const QString stopped = sqliteScalar(db, QStringLiteral("SELECT status || ' ' || filepath %1 AND error_message LIKE 'Interrupted:%' ").arg(first)).toString();
        QVERIFY2(stopped.startsWith(QLatin1String("failed ")) && stopped.endsWith(QLatin1String("/sql/00_slow.sql")), qPrintable(stopped));
        QCOMPARE(sqliteScalar(db, QStringLiteral("SELECT COUNT(*) %1 AND status = 'failed'").arg(first)).toInt(), 1);
        QVERIFY(sqliteScalar(db, QStringLiteral("SELECT COUNT(*) %1 AND status = 'skipped'").arg(first)).toInt() > 0);
    }

private:
    // A config `config` on `dialect`'s database (sqlite: race.db in the project), made the
    // active one, and in `db` a connection of the test's own to check that database.
    void addTarget(const TempProject &p, const QString &dialect, const QString &config, const QString &connection,
                   QSqlDatabase &db)
    {
        if (dialect == QLatin1String("sqlite")) {
            NOORM_VERIFY_RUN(noorm.addSqliteConfig(p.root(), config, QStringLiteral("./race.db"), {QStringLiteral("--use")}));
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(p.path(QStringLiteral("race.db")));
            return;
        }
        std::optional<noorm::test::LiveServer> found;
        if (dialect == QLatin1String("postgres")) {
            NOORM_REQUIRE_LIVE(pg, "postgres");
            found = pg;
        } else {
            NOORM_REQUIRE_LIVE(my, "mysql");
            found = my;
        }
        const noorm::test::LiveServer &server = *found;
        NOORM_VERIFY_RUN(noorm({QStringLiteral("config"), QStringLiteral("add"), config, QStringLiteral("--dialect"), dialect,
                                QStringLiteral("--host"), server.host, QStringLiteral("--port"), QString::number(server.port),
                                QStringLiteral("--database"), server.database, QStringLiteral("--user"), server.user,
                                QStringLiteral("--password"), QStringLiteral("--use")},
                               p.root(), server.password.toUtf8() + "\n"));
        db = QSqlDatabase::addDatabase(dialect == QLatin1String("postgres") ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL"),
                                       connection);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setDatabaseName(server.database);
        db.setUserName(server.user);
        db.setPassword(server.password);
    }

    // A config name no other test run on the shared servers uses.
    QString uniqueConfig(const QString &stem)
    {
        return QStringLiteral("%1_%2_%3").arg(stem).arg(QCoreApplication::applicationPid()).arg(m_races++);
    }

    static QString trackingPrefix(const QString &dialect)
    {
        return dialect == QLatin1String("postgres") ? QStringLiteral("noorm.") : QString();
    }

private slots:
    // Four `run build`, or eight `change ff`, started at once on one database: every file
    // runs exactly once. The ones that find the lock taken wait (--wait) or exit 3 naming
    // the holder; none leaves a failed or pending row behind.
    void concurrentRunsRunEveryFileOnce_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("wait");
        QTest::addColumn<bool>("changes");
        for (const QString &d : {QStringLiteral("sqlite"), QStringLiteral("postgres"), QStringLiteral("mysql")}) {
            QTest::newRow(qPrintable(d + QStringLiteral("-build-wait"))) << d << true << false;
            QTest::newRow(qPrintable(d + QStringLiteral("-build-nowait"))) << d << false << false;
            QTest::newRow(qPrintable(d + QStringLiteral("-ff-wait"))) << d << true << true;
            QTest::newRow(qPrintable(d + QStringLiteral("-ff-nowait"))) << d << false << true;
        }
    }
    void concurrentRunsRunEveryFileOnce()
    {
        QFETCH(QString, dialect);
        QFETCH(bool, wait);
        QFETCH(bool, changes);
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        const QString config = uniqueConfig(QStringLiteral("race"));
        const QString table = config + QStringLiteral("_t");
        const QString connection = QStringLiteral("check-") + config;
        QSqlDatabase db;
        addTarget(p, dialect, config, connection, db);
        if (!db.isValid())
            return;
        for (int i = 0; i < 8; ++i) {
            const QByteArray sql = i == 0 ? QStringLiteral("CREATE TABLE %1 (id INTEGER);\n").arg(table).toUtf8()
                                          : QStringLiteral("INSERT INTO %1 (id) VALUES (%2);\n").arg(table).arg(i).toUtf8();
            p.write(changes ? QStringLiteral("changes/2026-01-%1-step/change/001_step.sql").arg(i + 1, 2, 10, QLatin1Char('0'))
                            : QStringLiteral("sql/%1.sql").arg(i, 3, 10, QLatin1Char('0')),
                    sql);
        }
        const int runCount = changes ? 8 : 4;
        QStringList args = changes ? QStringList{QStringLiteral("--json"), QStringLiteral("change"), QStringLiteral("ff")}
                                   : QStringList{QStringLiteral("--json"), QStringLiteral("run"), QStringLiteral("build")};
        if (wait)
            args << QStringLiteral("--wait") << QStringLiteral("2m");
        std::vector<std::unique_ptr<QProcess>> runs;
        for (int i = 0; i < runCount; ++i) {
            runs.push_back(std::make_unique<QProcess>());
            runs.back()->setProgram(noorm.program());
            runs.back()->setArguments(args);
            runs.back()->setWorkingDirectory(p.root());
            runs.back()->setProcessEnvironment(noorm.env());
        }
        for (auto &run : runs)
            run->start();
        for (auto &run : runs) // all of them end before anything is checked
            run->waitForFinished(180000);
        int waitedOrRan = 0;
        for (auto &run : runs) {
            QCOMPARE(run->state(), QProcess::NotRunning);
            const QByteArray out = run->readAllStandardOutput();
            const int code = run->exitCode();
            QVERIFY2(code == 0 || (!wait && code == 3), out.constData());
            if (code == 3)
                QVERIFY2(out.contains("held by"), out.constData());
            else
                ++waitedOrRan;
        }
        QVERIFY(waitedOrRan >= 1);
        if (wait)
            QCOMPARE(waitedOrRan, runCount);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        {
            const QString prefix = trackingPrefix(dialect);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT e.status, COUNT(*) FROM %1__noorm_executions__ e JOIN %1__noorm_change__ c "
                                          "ON c.id = e.change_id WHERE c.config_name = '%2' GROUP BY e.status")
                               .arg(prefix, config)));
            QHash<QString, int> byStatus;
            while (q.next())
                byStatus.insert(q.value(0).toString(), q.value(1).toInt());
            QCOMPARE(byStatus.value(QStringLiteral("success")), 8); // each file exactly once
            QCOMPARE(byStatus.value(QStringLiteral("failed")), 0);
            QCOMPARE(byStatus.value(QStringLiteral("pending")), 0);
            if (changes) { // one success row per change, in name order
                QVERIFY(q.exec(QStringLiteral("SELECT name, status FROM %1__noorm_change__ WHERE config_name = '%2' ORDER BY id")
                                   .arg(prefix, config)));
                QStringList history;
                while (q.next())
                    history << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
                QCOMPARE(history.size(), 8);
                for (int i = 0; i < 8; ++i)
                    QCOMPARE(history.at(i), QStringLiteral("2026-01-%1-step=success").arg(i + 1, 2, 10, QLatin1Char('0')));
            }
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 7);
            if (dialect != QLatin1String("sqlite"))
                QVERIFY(q.exec(QStringLiteral("DROP TABLE %1").arg(table)));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
    }

    // SIGKILL in the middle of a change: on databases with transactional DDL nothing of it
    // is applied and no row is left pending; once the lock is gone a rerun completes.
    void killedChangeLeavesNothingAndRerunCompletes_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("slow");
        QTest::newRow("sqlite") << QStringLiteral("sqlite")
                                << QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c;");
        QTest::newRow("postgres") << QStringLiteral("postgres") << QStringLiteral("SELECT pg_sleep(120);");
    }
    void killedChangeLeavesNothingAndRerunCompletes()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, slow);
        TempProject p;
        NOORM_VERIFY_RUN(noorm.initProject(p.root()));
        const QString config = uniqueConfig(QStringLiteral("kill"));
        const QString table = config + QStringLiteral("_t");
        const QString connection = QStringLiteral("check-") + config;
        QSqlDatabase db;
        addTarget(p, dialect, config, connection, db);
        if (!db.isValid())
            return;
        const QString file = QStringLiteral("changes/2026-02-01-slow/change/001_slow.sql");
        p.write(file, QStringLiteral("CREATE TABLE %1 (id INTEGER);\n%2\n").arg(table, slow).toUtf8());
        QProcess process;
        process.setProgram(noorm.program());
        process.setArguments({QStringLiteral("change"), QStringLiteral("ff")});
        process.setWorkingDirectory(p.root());
        process.setProcessEnvironment(noorm.env());
        process.start();
        QVERIFY(process.waitForStarted());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        const QString prefix = trackingPrefix(dialect);
        const auto scalar = [&](const QString &sql) {
            QSqlQuery q(db);
            return q.exec(sql) && q.next() ? q.value(0) : QVariant();
        };
        const QString locked = QStringLiteral("SELECT COUNT(*) FROM %1__noorm_lock__ WHERE config_name = '%2'").arg(prefix, config);
        // The lock is taken before the change's transaction begins: then the change runs.
        QTRY_VERIFY_WITH_TIMEOUT(scalar(locked).toInt() == 1 || process.state() == QProcess::NotRunning, 60000);
        QCOMPARE(process.state(), QProcess::Running);
        process.kill(); // SIGKILL: nothing runs on the way out
        QVERIFY(process.waitForFinished(60000));
        // PostgreSQL runs the killed client's statement on until it ends or the server
        // notices the client is gone (TCP keepalive); an administrator ends it sooner so.
        if (dialect == QLatin1String("postgres"))
            scalar(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                  "WHERE query LIKE '%pg_sleep(120)%' AND pid <> pg_backend_pid()"));
        const QString tableCount = dialect == QLatin1String("sqlite")
            ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'").arg(table)
            : QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = '%1'").arg(table);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(tableCount).toInt(), 0, 60000); // the server notices the dead client
        const QString pending = QStringLiteral("SELECT COUNT(*) FROM %1__noorm_change__ WHERE config_name = '%2' AND status = 'pending'")
                                    .arg(prefix, config);
        QCOMPARE(scalar(pending).toInt(), 0);
        // The killed holder's lock blocks nothing on this machine, where its process is gone
        // (it blocked the next run until it expired, 5 min, or was forced).
        QCOMPARE(scalar(locked).toInt(), 1);
        p.write(file, QStringLiteral("CREATE TABLE %1 (id INTEGER);\n").arg(table).toUtf8());
        NOORM_VERIFY_RUN(noorm({QStringLiteral("change"), QStringLiteral("ff")}, p.root()));
        QCOMPARE(scalar(locked).toInt(), 0); // taken over, and released at the end
        QCOMPARE(scalar(tableCount).toInt(), 1);
        QCOMPARE(scalar(pending).toInt(), 0);
        if (dialect != QLatin1String("sqlite"))
            scalar(QStringLiteral("DROP TABLE %1").arg(table));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
    }
};

QTEST_GUILESS_MAIN(TestRunCli)
#include "tst_run_cli.moc"
