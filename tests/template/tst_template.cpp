// Template engine: Eta-compatible output (corpus rendered by the real Eta), the `$`
// context of a fixture project, and the errors a template author meets.

#include "template/template_compiler.h"
#include "template/template_engine.h"
#include "log/logger.h"
#include "tempproject.h"

#include <QDir>
#include <QFile>
#include <QThread>
#include <QtTest>

using namespace noorm;

namespace {

const QString kFixtures = QStringLiteral(NOORM_FIXTURES_DIR "/templates");

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TemplateContextInputs inputsFor(const QString &root, const QString &sqlRoot = {})
{
    TemplateContextInputs in;
    in.projectRoot = root;
    in.sqlRoot = sqlRoot.isEmpty() ? root : sqlRoot;
    in.config.name = QStringLiteral("dev");
    in.config.connection.dialect = QStringLiteral("postgres");
    in.config.connection.database = QStringLiteral("app");
    return in;
}

Error renderError(const QString &file, TemplateEngine &engine, const TemplateContextInputs &in)
{
    auto r = engine.render(file, in);
    if (r.ok())
        qWarning() << "unexpectedly rendered:" << r->sql;
    return r.ok() ? Error{} : r.error();
}

} // namespace

class TstTemplate : public QObject {
    Q_OBJECT

private slots:
    void matchesEtaOutput_data();
    void matchesEtaOutput();
    void rendersFixtureProject_data();
    void rendersFixtureProject();
    void returnsPlainSqlUnchanged();
    void namesDataFilesLikeTheOriginal();
    void reportsUnsupportedSyntaxAtItsLine();
    void syntaxErrorNamesTemplateLine();
    void unclosedTagNamesLine();
    void runtimeErrorNamesTemplateLine();
    void throwingHelperNamesTemplateLine();
    void failingDataFileIsAnError();
    void missingSecretNamesKeyAndConfig();
    void runawayLoopIsInterrupted();
    void includeOutsideProjectIsRefused();
    void secretsAreMaskedInErrors();
    void consoleOutputIsMaskedAndLogged();
    void rendersInWorkerThread();
    void refusesFilesThatLeadOutsideTheProject();
    void followsSymlinksThatStayInsideTheProject();
    void rejectsNulBytesAndInvalidUtf8();
    void stopsStringsPastTheLimit_data();
    void stopsStringsPastTheLimit();
    void rendersAMegabyte();
    void checkedStringBuildingKeepsItsMeaning();
};

void TstTemplate::matchesEtaOutput_data()
{
    QTest::addColumn<QString>("dir");
    const QDir corpus(kFixtures + QStringLiteral("/corpus"));
    const QStringList cases = corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 25);
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << corpus.filePath(c);
}

void TstTemplate::matchesEtaOutput()
{
    QFETCH(QString, dir);
    TemplateEngine engine;
    auto r = engine.render(dir + QStringLiteral("/template.sql.tmpl"), inputsFor(kFixtures + QStringLiteral("/corpus")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QVERIFY(r->isTemplate);
    QCOMPARE(r->sql.toUtf8(), readBytes(dir + QStringLiteral("/expected.sql")));
}

void TstTemplate::rendersFixtureProject_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("rls-policies-from-yaml") << QStringLiteral("sql/security/001_rls");
    QTest::newRow("seed-from-csv-with-include-and-secrets") << QStringLiteral("sql/seed/002_seed");
}

void TstTemplate::rendersFixtureProject()
{
    QFETCH(QString, file);
    const QString root = kFixtures + QStringLiteral("/project");
    TemplateContextInputs in = inputsFor(root, root + QStringLiteral("/sql"));
    in.secrets.insert(QStringLiteral("APP_PASSWORD"), Secret(QStringLiteral("s3cr'et")));
    in.globalSecrets.insert(QStringLiteral("SMTP_KEY"), Secret(QStringLiteral("smtp-123")));
    TemplateEngine engine;
    auto r = engine.render(root + u'/' + file + QStringLiteral(".sql.tmpl"), in);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->sql.toUtf8(), readBytes(root + u'/' + file + QStringLiteral(".expected.sql")));
}

void TstTemplate::returnsPlainSqlUnchanged()
{
    test::TempProject p;
    const QString file = p.write(QStringLiteral("sql/a.sql"), "SELECT '{%~ 1 %}';\n");
    TemplateEngine engine;
    auto r = engine.render(file, inputsFor(p.root()));
    QVERIFY(r.ok());
    QVERIFY(!r->isTemplate);
    QCOMPARE(r->sql, QStringLiteral("SELECT '{%~ 1 %}';\n"));
    QVERIFY(TemplateEngine::isTemplate(QStringLiteral("x/a.sql.tmpl")));
    QVERIFY(!TemplateEngine::isTemplate(QStringLiteral("x/a.sql")));
}

void TstTemplate::namesDataFilesLikeTheOriginal()
{
    test::TempProject p;
    p.write(QStringLiteral("sql/my-config.json5"), "{a: 'x', /* c */ b: [1, 2,],}");
    p.write(QStringLiteral("sql/seed_data.yml"), "n: 1\n");
    p.write(QStringLiteral("sql/API_KEYS.json"), "{\"k\": true}");
    p.write(QStringLiteral("sql/asc.fasb.org.yaml"), "- q\n");
    p.write(QStringLiteral("sql/config.json"), "{\"name\": \"local\"}");
    p.write(QStringLiteral("sql/defaults.js"), "export default { size: 50 };\n");
    p.write(QStringLiteral("sql/limits.ts"), "export const max: number = 9;\nexport function twice(n: number): number { return n * 2; }\n");
    p.write(QStringLiteral("sql/notes.sql"), "not data\n");
    const QString file = p.write(QStringLiteral("sql/t.sql.tmpl"),
        "{%= [$.myConfig.a, $.myConfig.b.length, $.seedData.n, $.apiKeys.k, $.ascFasbOrg[0], $.config.name,"
        " $.defaults.size, $.limits.twice(1), $.limits.max, typeof $.notes].join(',') %}");
    TemplateEngine engine;
    auto r = engine.render(file, inputsFor(p.root()));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->sql, QStringLiteral("x,2,1,true,q,local,50,2,9,undefined"));
}

void TstTemplate::reportsUnsupportedSyntaxAtItsLine()
{
    test::TempProject p;
    p.write(QStringLiteral("sql/$helpers.ts"), "export const f = (x: number): number => x;\nexport const g: number = ;\n");
    const QString helperUser = p.write(QStringLiteral("sql/a.sql.tmpl"), "{%~ $.f(1) %}");
    const QString rest = p.write(QStringLiteral("sql/b/t.sql.tmpl"), "\n{% await 1 %}\n{% const { a, ...others } = { a: 1, b: 2 }; %}\n");
    TemplateEngine engine;
    Error e = renderError(helperUser, engine, inputsFor(p.root()));
    QCOMPARE(e.file, p.path(QStringLiteral("sql/$helpers.ts")));
    QCOMPARE(e.line, 2);
    e = renderError(rest, engine, inputsFor(p.root(), p.path(QStringLiteral("sql/b"))));
    QCOMPARE(e.file, rest);
    QCOMPARE(e.line, 3);
    QVERIFY2(e.message.contains(QLatin1String("Object rest")), qPrintable(e.message));
}

void TstTemplate::syntaxErrorNamesTemplateLine()
{
    test::TempProject p;
    const QString plain = p.write(QStringLiteral("sql/plain.sql.tmpl"), "SELECT 1;\n{% const a = 1; %}\n{% if (a) { %}\n{% const = 2 %}\n{% } %}\n");
    const QString async = p.write(QStringLiteral("sql/async.sql.tmpl"), "SELECT 1;\n{% await 1; %}\n\n{% const = 2 %}\n");
    TemplateEngine engine;
    for (const QString &file : {plain, async}) {
        const Error e = renderError(file, engine, inputsFor(p.root()));
        QCOMPARE(e.file, file);
        QCOMPARE(e.line, 4);
        QVERIFY2(e.message.contains(QLatin1String("SyntaxError")), qPrintable(e.message));
        // Only the template's line: the parser's own "(5:8)" is a place in generated code.
        static const QRegularExpression generatedPlace(QStringLiteral("\\(\\d+:\\d+\\)"));
        QVERIFY2(!e.message.contains(generatedPlace), qPrintable(e.message));
    }
}

void TstTemplate::unclosedTagNamesLine()
{
    test::TempProject p;
    const QString file = p.write(QStringLiteral("sql/t.sql.tmpl"), "SELECT 1;\n\n  {%~ $.x \n");
    TemplateEngine engine;
    const Error e = renderError(file, engine, inputsFor(p.root()));
    QCOMPARE(e.file, file);
    QCOMPARE(e.line, 3);
    QCOMPARE(e.column, 3);
    QVERIFY2(e.message.startsWith(QLatin1String("unclosed tag")), qPrintable(e.message));
}

void TstTemplate::runtimeErrorNamesTemplateLine()
{
    test::TempProject p;
    const QString sync = p.write(QStringLiteral("sql/sync.sql.tmpl"), "a\nb\n{%~ $.nope.deeper %}\n");
    const QString async = p.write(QStringLiteral("sql/async.sql.tmpl"), "{%~ await $.include('x.sql') %}\n\n{%\n  const v = null;\n  v.field;\n%}\n");
    p.write(QStringLiteral("sql/x.sql"), "x\n");
    TemplateEngine engine;
    Error e = renderError(sync, engine, inputsFor(p.root()));
    QCOMPARE(e.file, sync);
    QCOMPARE(e.line, 3);
    QVERIFY2(e.message.contains(QLatin1String("TypeError")), qPrintable(e.message));
    e = renderError(async, engine, inputsFor(p.root()));
    QCOMPARE(e.file, async);
    QCOMPARE(e.line, 5);
}

void TstTemplate::throwingHelperNamesTemplateLine()
{
    test::TempProject p;
    p.write(QStringLiteral("sql/$helpers.ts"), "export function boom(what: string): string {\n    throw new Error(`no ${what}`);\n}\n");
    const QString file = p.write(QStringLiteral("sql/sub/t.sql.tmpl"), "SELECT 1;\n{%~ $.boom('luck') %}\n");
    TemplateEngine engine;
    const Error e = renderError(file, engine, inputsFor(p.root(), p.path(QStringLiteral("sql"))));
    QCOMPARE(e.file, file);
    QCOMPARE(e.line, 2);
    QVERIFY2(e.message.contains(QLatin1String("no luck")), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("$helpers.ts:2")), qPrintable(e.message));
    // as the project shows it: it was the absolute path
    QVERIFY2(e.message.endsWith(QLatin1String("(at sql/$helpers.ts:2)")), qPrintable(e.message));
}

void TstTemplate::failingDataFileIsAnError()
{
    test::TempProject p;
    const QString bad = p.write(QStringLiteral("sql/bad-data.json"), "{\n  a: 1,\n  b: [\n}\n");
    const QString file = p.write(QStringLiteral("sql/t.sql.tmpl"), "SELECT 1;\n");
    const QString includes = p.write(QStringLiteral("sql/inc/t.sql.tmpl"), "{%~ await $.include('missing.sql') %}\n");
    TemplateEngine engine;
    Error e = renderError(file, engine, inputsFor(p.root()));
    QCOMPARE(e.file, bad);
    // The message names the file as the project shows it, as SQL errors do.
    QVERIFY2(e.message.contains(QLatin1String("Data file sql/bad-data.json could")) && !e.message.contains(p.root()),
             qPrintable(e.message));
    QCOMPARE(e.line, 4);
    // YAML and CSV say where too (both gave the bundled parser's own line: 70, 144).
    for (const auto &[name, text, line] : {std::tuple{QStringLiteral("y/bad.yml"), QByteArray("a: 1\nb: 2\nc: [\n"), 4},
                                           std::tuple{QStringLiteral("c/bad.csv"), QByteArray("name,price\nwidget,3\nbolt,4,extra\n"), 3}}) {
        const QString data = p.write(QStringLiteral("sql/") + name, text);
        const QString user = p.write(QFileInfo(QStringLiteral("sql/") + name).path() + QStringLiteral("/t.sql.tmpl"), "SELECT 1;\n");
        const Error d = renderError(user, engine, inputsFor(p.root()));
        QCOMPARE(d.file, data);
        QCOMPARE(d.line, line);
    }
    e = renderError(includes, engine, inputsFor(p.root()));
    QVERIFY2(e.message.contains(QLatin1String("Failed to include 'missing.sql'")), qPrintable(e.message));
    QCOMPARE(e.file, includes);
}

void TstTemplate::missingSecretNamesKeyAndConfig()
{
    test::TempProject p;
    const QString file = p.write(QStringLiteral("sql/t.sql.tmpl"), "SELECT 1;\n{%~ $.quote($.secrets.API_KEY) %}\n");
    TemplateEngine engine;
    const Error e = renderError(file, engine, inputsFor(p.root()));
    QVERIFY2(e.message.contains(QLatin1String("API_KEY")) && e.message.contains(QLatin1String("'dev'")), qPrintable(e.message));
    QCOMPARE(e.file, file);
    QCOMPARE(e.line, 2);
}

void TstTemplate::runawayLoopIsInterrupted()
{
    test::TempProject p;
    const QString sync = p.write(QStringLiteral("sql/loop.sql.tmpl"), "{% while (true) {} %}\n");
    const QString async = p.write(QStringLiteral("sql/aloop.sql.tmpl"), "{% await 1; for (;;) { try { } catch (e) { } } %}\n");
    TemplateEngine engine;
    engine.setTimeLimit(std::chrono::milliseconds(300));
    for (const QString &file : {sync, async}) {
        const Error e = renderError(file, engine, inputsFor(p.root()));
        QVERIFY2(e.message.contains(QLatin1String("interrupted")) && e.message.contains(QDir(p.root()).relativeFilePath(file))
                     && !e.message.contains(p.root()),
                 qPrintable(e.message));
        QCOMPARE(e.file, file);
    }
    // The engine is usable again afterwards.
    const QString ok = p.write(QStringLiteral("sql/ok.sql.tmpl"), "{%~ 40 + 2 %}");
    auto r = engine.render(ok, inputsFor(p.root()));
    QVERIFY(r.ok());
    QCOMPARE(r->sql, QStringLiteral("42"));
}

void TstTemplate::includeOutsideProjectIsRefused()
{
    test::TempProject outside;
    outside.write(QStringLiteral("secret.sql"), "SELECT 'stolen';\n");
    test::TempProject p;
    const QString rel = QDir(p.path(QStringLiteral("sql"))).relativeFilePath(outside.path(QStringLiteral("secret.sql")));
    const QString file = p.write(QStringLiteral("sql/t.sql.tmpl"), "{%~ await $.include('" + rel.toUtf8() + "') %}\n");
    const QString absolute = p.write(QStringLiteral("sql/abs.sql.tmpl"), "{%~ await $.include('" + outside.path(QStringLiteral("secret.sql")).toUtf8() + "') %}\n");
    TemplateEngine engine;
    for (const QString &f : {file, absolute}) {
        const Error e = renderError(f, engine, inputsFor(p.root()));
        QVERIFY2(e.message.contains(QLatin1String("escapes project root")), qPrintable(e.message));
        QCOMPARE(e.file, f);
        QCOMPARE(e.line, 1);
        QVERIFY(!e.message.contains(QLatin1String("stolen")));
    }
}

void TstTemplate::secretsAreMaskedInErrors()
{
    test::TempProject p;
    const QString file = p.write(QStringLiteral("sql/t.sql.tmpl"), "{% throw new Error('bad value ' + $.secrets.TOKEN) %}\n");
    TemplateContextInputs in = inputsFor(p.root());
    in.secrets.insert(QStringLiteral("TOKEN"), Secret(QStringLiteral("tok-very-secret-77")));
    TemplateEngine engine;
    const Error e = renderError(file, engine, in);
    QVERIFY2(e.message.contains(QLatin1String("bad value")), qPrintable(e.message));
    QVERIFY2(!e.message.contains(QLatin1String("tok-very-secret-77")), qPrintable(e.message));
    QVERIFY(!engine.logger().mask(QStringLiteral("x tok-very-secret-77")).contains(QLatin1String("tok-very-secret-77")));
}

namespace {
QStringList s_messages; // what reached Qt's message handler while a template logged
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &text) { s_messages << text; }
} // namespace

// console.log in a template goes through the redactor to the log, never raw to stderr.
void TstTemplate::consoleOutputIsMaskedAndLogged()
{
    test::TempProject p;
    const QString file = p.write(QStringLiteral("sql/t.sql.tmpl"),
                                 "{% console.log('token is', $.secrets.TOKEN, {n: 1}) %}"
                                 "{% console.error($.quote($.secrets.TOKEN)) %}SELECT 1;\n");
    TemplateContextInputs in = inputsFor(p.root());
    in.secrets.insert(QStringLiteral("TOKEN"), Secret(QStringLiteral("con'sole-secret-42")));
    LogOptions log;
    log.file = p.path(QStringLiteral(".noorm/state/noorm.log"));
    log.level = LogLevel::Verbose;
    auto logger = std::make_shared<Logger>();
    logger->configure(log);
    s_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    TemplateEngine engine({logger, nullptr});
    auto r = engine.render(file, in);
    qInstallMessageHandler(previous);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    for (const QString &m : std::as_const(s_messages))
        QVERIFY2(!m.contains(QLatin1String("sole-secret")), qPrintable(m));
    const QByteArray written = p.read(QStringLiteral(".noorm/state/noorm.log"));
    QVERIFY2(written.contains("token is ******** {\\\"n\\\":1}"), written.constData());
    QVERIFY2(written.contains("template:console"), written.constData());
    QVERIFY2(!written.contains("sole-secret"), written.constData());
}

void TstTemplate::rendersInWorkerThread()
{
    test::TempProject p;
    p.write(QStringLiteral("sql/rows.yml"), "- a\n- b\n");
    const QString file = p.write(QStringLiteral("sql/t.sql.tmpl"), "{% for (const r of $.rows) { %}\n{%~ await Promise.resolve(r) %};\n{% } %}\n");
    QString sql;
    QString error;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        TemplateEngine engine; // made in the thread that uses it
        auto r = engine.render(file, inputsFor(p.root()));
        if (r.ok())
            sql = r->sql;
        else
            error = r.error().toString();
    }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sql, QStringLiteral("a;\nb;\n"));
}

// A symbolic link at `relative` in `p` to `target`; false when it could not be made (the
// caller checks it: a QVERIFY here would only return from this function).
[[nodiscard]] static bool link(const test::TempProject &p, const QString &relative, const QString &target)
{
    return QDir().mkpath(QFileInfo(p.path(relative)).absolutePath()) && QFile::link(target, p.path(relative));
}

void TstTemplate::refusesFilesThatLeadOutsideTheProject()
{
    test::TempProject outside;
    const QString stolenData = outside.write(QStringLiteral("users.json"), "{\"stolen\": \"root:x:0:0\"}");
    const QString stolenHelper = outside.write(QStringLiteral("helpers.ts"), "export const who = (): string => 'stolen code';\n");
    outside.write(QStringLiteral("lib/util.ts"), "export const util = (): string => 'stolen import';\n");
    outside.write(QStringLiteral("lib/header.sql"), "SELECT 'stolen include';\n");

    // A data file of the template's folder that is a link out.
    test::TempProject data;
    QVERIFY(link(data, QStringLiteral("sql/users.json"), stolenData));
    const QString dataTemplate = data.write(QStringLiteral("sql/t.sql.tmpl"), "{%~ $.users.stolen %}\n");
    // An inherited $helpers file that is a link out.
    test::TempProject helper;
    QVERIFY(link(helper, QStringLiteral("sql/$helpers.ts"), stolenHelper));
    const QString helperTemplate = helper.write(QStringLiteral("sql/sub/t.sql.tmpl"), "{%~ $.who() %}\n");
    // A helper's import, and an include, through a folder that is a link out.
    test::TempProject imports;
    QVERIFY(link(imports, QStringLiteral("sql/lib"), outside.path(QStringLiteral("lib"))));
    imports.write(QStringLiteral("sql/$helpers.ts"), "export { util } from './lib/util';\n");
    const QString importTemplate = imports.write(QStringLiteral("sql/t.sql.tmpl"), "{%~ $.util() %}\n");
    test::TempProject includes;
    QVERIFY(link(includes, QStringLiteral("sql/lib"), outside.path(QStringLiteral("lib"))));
    const QString includeTemplate = includes.write(QStringLiteral("sql/t.sql.tmpl"), "{%~ await $.include('lib/header.sql') %}\n");

    const struct {
        const test::TempProject *project;
        QString file;
        QString named;
    } cases[] = {{&data, dataTemplate, data.path(QStringLiteral("sql/users.json"))},
                 {&helper, helperTemplate, helper.path(QStringLiteral("sql/$helpers.ts"))},
                 {&imports, importTemplate, QStringLiteral("./lib/util")},
                 {&includes, includeTemplate, QStringLiteral("lib/header.sql")}};
    for (const auto &c : cases) {
        TemplateEngine engine;
        const Error e = renderError(c.file, engine, inputsFor(c.project->root(), c.project->path(QStringLiteral("sql"))));
        QVERIFY2(e.kind == ErrorKind::Refused, qPrintable(e.toString()));
        QVERIFY2(e.message.contains(c.named), qPrintable(e.toString()));
        QVERIFY2(e.message.contains(QLatin1String("outside the project")), qPrintable(e.toString()));
        QVERIFY2(!e.toString().contains(QLatin1String("stolen")), qPrintable(e.toString()));
    }
}

void TstTemplate::followsSymlinksThatStayInsideTheProject()
{
    test::TempProject p;
    p.write(QStringLiteral("shared/users.json"), "{\"name\": \"ada\"}");
    p.write(QStringLiteral("shared/lib/util.ts"), "export const util = (): string => 'util';\n");
    p.write(QStringLiteral("shared/header.sql"), "-- header\n");
    QVERIFY(link(p, QStringLiteral("sql/users.json"), p.path(QStringLiteral("shared/users.json"))));
    QVERIFY(link(p, QStringLiteral("sql/lib"), p.path(QStringLiteral("shared/lib"))));
    QVERIFY(link(p, QStringLiteral("sql/inc"), p.path(QStringLiteral("shared"))));
    p.write(QStringLiteral("sql/$helpers.ts"), "export { util } from './lib/util';\n");
    const QString file = p.write(QStringLiteral("sql/t.sql.tmpl"),
                                 "{%~ await $.include('inc/header.sql') %}{%~ $.users.name %} {%~ $.util() %}");
    TemplateEngine engine;
    auto r = engine.render(file, inputsFor(p.root(), p.path(QStringLiteral("sql"))));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->sql, QStringLiteral("-- header\nada util"));
}

void TstTemplate::rejectsNulBytesAndInvalidUtf8()
{
    test::TempProject p;
    const QString nul = p.write(QStringLiteral("sql/nul.sql.tmpl"), QByteArray("SELECT 1;\nDELETE FROM t") + '\0' + " WHERE x = 1;\n");
    const QString latin1 = p.write(QStringLiteral("a/latin1.sql.tmpl"), "SELECT 1;\nSELECT 'caf\xe9 {%~ 1 %}';\n");
    p.write(QStringLiteral("b/names.csv"), "name\nJos\xe9\n");
    const QString dataUser = p.write(QStringLiteral("b/t.sql.tmpl"), "{%~ $.names.length %}");
    TemplateEngine engine;
    Error e = renderError(nul, engine, inputsFor(p.root()));
    QCOMPARE(e.file, nul);
    QCOMPARE(e.line, 2);
    QCOMPARE(e.column, 14);
    QVERIFY2(e.message.contains(QLatin1String("NUL byte")), qPrintable(e.toString()));
    e = renderError(latin1, engine, inputsFor(p.root()));
    QCOMPARE(e.file, latin1);
    QCOMPARE(e.line, 2);
    QCOMPARE(e.column, 12);
    QVERIFY2(e.message.contains(QLatin1String("not valid UTF-8")), qPrintable(e.toString()));
    e = renderError(dataUser, engine, inputsFor(p.root()));
    QCOMPARE(e.file, p.path(QStringLiteral("b/names.csv")));
    QCOMPARE(e.line, 2);
    QCOMPARE(e.column, 4);
    QVERIFY2(e.message.contains(QLatin1String("not valid UTF-8")), qPrintable(e.toString()));
}

void TstTemplate::stopsStringsPastTheLimit_data()
{
    QTest::addColumn<QByteArray>("source");
    // Each form doubles or multiplies a string past what Qt's engine can hold (its string
    // lengths are an int): without the limit the process crashes or renders a wrong length.
    QTest::newRow("concatenation") << QByteArray("{% let s = 'x'; for (let i = 0; i < 31; i++) s = s + s; %}{%= s.length %}");
    QTest::newRow("+=") << QByteArray("{% let s = 'x'; for (let i = 0; i < 31; i++) s += s; %}{%= s.length %}");
    QTest::newRow("member +=") << QByteArray("{% const o = {s: 'x'}; for (let i = 0; i < 31; i++) o['s'] += o.s; %}{%= o.s.length %}");
    QTest::newRow("template literal") << QByteArray("{% let s = 'x'; for (let i = 0; i < 31; i++) s = `${s}${s}`; %}{%= s.length %}");
    QTest::newRow("concat") << QByteArray("{% let s = 'x'; for (let i = 0; i < 31; i++) s = s.concat(s); %}{%= s.length %}");
    QTest::newRow("repeat") << QByteArray("{%= 'xx'.repeat(2 ** 30).length %}");
    QTest::newRow("repeat past int") << QByteArray("{%= 'x'.repeat(2 ** 31).length %}");
    QTest::newRow("padStart") << QByteArray("{%= 'x'.padStart(2 ** 31, 'y').length %}");
    QTest::newRow("padEnd") << QByteArray("{%= 'x'.padEnd(2 ** 31).length %}");
    QTest::newRow("join") << QByteArray("{% const s = 'x'.repeat(1 << 24); const parts = [];\n"
                                        "for (let i = 0; i < 128; i++) parts.push(s); %}{%= parts.join('').length %}");
    QTest::newRow("join separators") << QByteArray("{%= new Array(2 ** 31).join('x').length %}");
    QTest::newRow("output") << QByteArray("{% const s = 'x'.repeat(1 << 24); %}\n"
                                          "{% for (let i = 0; i < 128; i++) { %}{%~ s %}{% } %}");
}

void TstTemplate::stopsStringsPastTheLimit()
{
    QFETCH(QByteArray, source);
    test::TempProject p;
    const QString file = p.write(QStringLiteral("sql/big.sql.tmpl"), source);
    TemplateEngine engine;
    const Error e = renderError(file, engine, inputsFor(p.root()));
    QVERIFY2(e.message.contains(QLatin1String("longer than the template limit")), qPrintable(e.toString()));
    QCOMPARE(e.file, file);
    QVERIFY2(e.line >= 1, qPrintable(e.toString()));
    // The engine renders the next template as usual.
    const QString ok = p.write(QStringLiteral("sql/ok.sql.tmpl"), "{%~ 'a' + 'b' %}");
    auto r = engine.render(ok, inputsFor(p.root()));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->sql, QStringLiteral("ab"));
}

void TstTemplate::rendersAMegabyte()
{
    test::TempProject p;
    const QString file = p.write(QStringLiteral("sql/t.sql.tmpl"),
                                 "{% for (let i = 0; i < 1024; i++) { %}\n"
                                 "{%~ `${'y'.repeat(1000)}${[1, 2].join('')}` + ''.padEnd(19, '-') + 'z' %};\n"
                                 "{% } %}\n");
    TemplateEngine engine;
    auto r = engine.render(file, inputsFor(p.root()));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->sql.size(), 1024 * 1024);
    QVERIFY(r->sql.startsWith(QStringLiteral("yyy")));
    QVERIFY(r->sql.endsWith(QStringLiteral("12-------------------z;\n")));
}

// The checked +, += and template literals compute what JavaScript does (expected: Node).
void TstTemplate::checkedStringBuildingKeepsItsMeaning()
{
    test::TempProject p;
    p.write(QStringLiteral("sql/$helpers.ts"), "export const label = (n: number): string => 'n=' + n + `;`;\n");
    const QString file = p.write(QStringLiteral("sql/t.sql.tmpl"),
        "{%~ [1 + 2, '1' + 2, 1 + '2', [1] + [2], ({valueOf() { return 40; }}) + 2, ({toString() { return 'o'; }}) + '!',\n"
        "  null + 1, undefined + 'u', true + 1, `${1 + 1}-${`in${'ner'}`}`, String.raw`a${1}\\n`, typeof (new Date(0) + ''),\n"
        "  (() => { let o = {n: 1, s: 'a'}; o.n += 2; o['s'] += 'b'; let x = 5; x += 1; return [o.n, o.s, x].join('/'); })(),\n"
        "  [1, [2, 3]].join(), ['a', null, undefined, 'b'].join('-'), 'ab'.repeat(2), 'x'.padStart(3, 'ab'), 'x'.padEnd(3),\n"
        "  'a'.concat(1, 'b'), $.label(7)].join('|') %}");
    TemplateEngine engine;
    auto r = engine.render(file, inputsFor(p.root()));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->sql, QStringLiteral("3|12|12|12|42|o!|1|undefinedu|2|2-inner|a1\\n|string|3/ab/6|1,2,3|a---b|abab|abx|x  |a1b|n=7;"));
}

QTEST_GUILESS_MAIN(TstTemplate)
#include "tst_template.moc"
