// Renders N templates (default 1000) of a generated project with one TemplateEngine and
// prints templates/second, next to reading the same number of plain .sql files; then how
// soon a runaway template is interrupted (tst_template only checks that it is).
// Usage: bench_template [N]

#include "template/template_engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace noorm;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
}

// Ten folders, each with a YAML data file and a $helpers.ts; a root $helpers.ts; templates
// that loop over the data, call helpers, and (one in four) await an include.
void makeProject(const QString &root, int n)
{
    write(root + QStringLiteral("/sql/$helpers.ts"),
          "export function pad(id: number, width = 6): string { return String(id).padStart(width, '0'); }\n");
    write(root + QStringLiteral("/sql/shared/header.sql"), "-- header\n");
    for (int f = 0; f < 10; ++f) {
        const QString dir = root + QStringLiteral("/sql/f%1").arg(f);
        write(dir + QStringLiteral("/$helpers.ts"),
              "export const table = (i: number): string => `t" + QByteArray::number(f) + "_${i}`;\n");
        write(dir + QStringLiteral("/columns.yml"), "- id\n- name\n- email\n- created_at\n");
    }
    for (int i = 0; i < n; ++i) {
        const QString dir = root + QStringLiteral("/sql/f%1").arg(i % 10);
        QByteArray t = "CREATE TABLE {%~ $.table(" + QByteArray::number(i) + ") %} (\n"
                       "{% for (const c of $.columns) { %}\n"
                       "    {%~ c %} TEXT, -- {%~ $.pad(" + QByteArray::number(i) + ") %}\n"
                       "{% } %}\n"
                       "    PRIMARY KEY (id)\n);\n";
        if (i % 4 == 0)
            t = "{%~ await $.include('../shared/header.sql') %}\n" + t;
        write(dir + QStringLiteral("/%1.sql.tmpl").arg(i, 4, 10, QLatin1Char('0')), t);
        write(root + QStringLiteral("/plain/%1.sql").arg(i, 4, 10, QLatin1Char('0')),
              "CREATE TABLE t_" + QByteArray::number(i) + " (id TEXT, name TEXT, email TEXT, created_at TEXT, PRIMARY KEY (id));\n");
    }
}

double pass(TemplateEngine &engine, const QStringList &files, const TemplateContextInputs &in)
{
    QElapsedTimer t;
    t.start();
    for (const QString &f : files) {
        auto r = engine.render(f, in);
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().toString()));
    }
    return double(t.nsecsElapsed()) / 1e6;
}

// Milliseconds until a render that never ends on its own (`while (true) {}`, or a loop after
// an await) is interrupted with a time limit of `limitMs`.
double interruptedAfter(TemplateEngine &engine, const QString &file, const TemplateContextInputs &in, int limitMs)
{
    engine.setTimeLimit(std::chrono::milliseconds(limitMs));
    QElapsedTimer t;
    t.start();
    auto r = engine.render(file, in);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (r.ok())
        qFatal("runaway template %s rendered", qPrintable(file));
    engine.setTimeLimit(TemplateEngine::kDefaultTimeLimit);
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 1000;
    QTemporaryDir tmp;
    makeProject(tmp.path(), n);

    TemplateContextInputs in;
    in.projectRoot = tmp.path();
    in.sqlRoot = tmp.path() + QStringLiteral("/sql");
    in.config.name = QStringLiteral("bench");
    in.config.connection.dialect = QStringLiteral("sqlite");

    QStringList templates, plain;
    for (int i = 0; i < n; ++i) {
        templates << tmp.path() + QStringLiteral("/sql/f%1/%2.sql.tmpl").arg(i % 10).arg(i, 4, 10, QLatin1Char('0'));
        plain << tmp.path() + QStringLiteral("/plain/%1.sql").arg(i, 4, 10, QLatin1Char('0'));
    }

    QElapsedTimer t;
    t.start();
    TemplateEngine engine;
    const double create = double(t.nsecsElapsed()) / 1e6;
    const double plainMs = pass(engine, plain, in);
    const double cold = pass(engine, templates, in);
    const double warm = pass(engine, templates, in);

    write(tmp.path() + QStringLiteral("/sql/runaway.sql.tmpl"), "{% while (true) {} %}\n");
    write(tmp.path() + QStringLiteral("/sql/runaway_async.sql.tmpl"), "{% await 1; for (;;) { try { } catch (e) { } } %}\n");
    const double runaway = interruptedAfter(engine, tmp.path() + QStringLiteral("/sql/runaway.sql.tmpl"), in, 300);
    const double runawayAsync = interruptedAfter(engine, tmp.path() + QStringLiteral("/sql/runaway_async.sql.tmpl"), in, 300);

    QTextStream out(stdout);
    out << QStringLiteral("templates: %1 (10 folders, YAML data, 2 levels of $helpers.ts, 1 in 4 awaits an include)\n").arg(n);
    out << QStringLiteral("engine created:        %1 ms\n").arg(create, 0, 'f', 1);
    out << QStringLiteral("plain .sql (read):     %1 ms  (%2 files/s)\n").arg(plainMs, 0, 'f', 1).arg(n / plainMs * 1000, 0, 'f', 0);
    out << QStringLiteral("templates, first pass: %1 ms  (%2 templates/s; compiles, loads bundles, transpiles helpers)\n")
               .arg(cold, 0, 'f', 1).arg(n / cold * 1000, 0, 'f', 0);
    out << QStringLiteral("templates, warm pass:  %1 ms  (%2 templates/s)\n").arg(warm, 0, 'f', 1).arg(n / warm * 1000, 0, 'f', 0);
    out << QStringLiteral("cost per file vs plain: %1 ms vs %2 ms\n")
               .arg(warm / n, 0, 'f', 3).arg(plainMs / n, 0, 'f', 3);
    out << QStringLiteral("runaway template, 300 ms limit: interrupted after %1 ms (sync loop), %2 ms (loop after await)\n")
               .arg(runaway, 0, 'f', 0).arg(runawayAsync, 0, 'f', 0);
    return 0;
}
