// Template engine: Eta-compatible output (corpus rendered by the real Eta), the `$`
// context of a fixture project, and the errors a template author meets.

#include "template/template_compiler.h"
#include "template/template_engine.h"
#include "log/logger.h"
#include "tempproject.h"

#include <QDir>
#include <QFile>
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

} // namespace

class TstTemplate : public QObject {
    Q_OBJECT

private slots:
    void matchesEtaOutput_data();
    void matchesEtaOutput();
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

QTEST_GUILESS_MAIN(TstTemplate)
#include "tst_template.moc"
