// sdk-consumer PROJECT DATABASE: builds PROJECT's SQL folder into the SQLite file DATABASE
// through noorm's SDK, as `noorm run build` would, then runs a query and prints its rows.
// The config lives in this program's own environment (the env-only config): a SQLite
// database marked isTest, and the workspace requires test configs (requireTest), so
// pointing it at a real database is refused before anything connects.

#include "identity/identity_service.h"
#include "operations/run_operation.h"
#include "operations/sql_operation.h"
#include "sql/result_sink.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace {

// Prints each row of a result set as tab-separated text.
class PrintRows : public noorm::ResultSink {
public:
    noorm::Status resultSet(const noorm::StatementOutcome &) override { return {}; }
    noorm::Status row(const QVariantList &values) override
    {
        QStringList cells;
        for (const QVariant &v : values)
            cells << (v.isNull() ? QStringLiteral("NULL") : v.toString());
        std::printf("%s\n", qPrintable(cells.join(QLatin1Char('\t'))));
        ++rows;
        return {};
    }
    noorm::Status finished(const noorm::StatementOutcome &) override { return {}; }
    int rows = 0;
};

int fail(const noorm::Error &e)
{
    std::fprintf(stderr, "sdk-consumer: %s\n", qPrintable(e.toString()));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: sdk-consumer PROJECT DATABASE\n");
        return 64;
    }
    auto identity = std::make_shared<noorm::IdentityService>(noorm::IdentityOptions{});
    noorm::Result<noorm::Workspace> workspace = noorm::Workspace::open(identity, args.at(1));
    if (!workspace)
        return fail(workspace.error());
    workspace->requireTestConfigs();

    noorm::ResolveRequest config;
    config.env = QProcessEnvironment();
    config.env.insert(QStringLiteral("NOORM_CONNECTION_DIALECT"), QStringLiteral("sqlite"));
    config.env.insert(QStringLiteral("NOORM_CONNECTION_DATABASE"), args.at(2));
    config.env.insert(QStringLiteral("NOORM_isTest"), QStringLiteral("true"));

    noorm::RunRequest build;
    build.config = config;
    noorm::Cancellation cancellation;
    noorm::RunOperation run(*workspace, build, {});
    QObject::connect(&run, &noorm::RunOperation::fileProgress, [](const noorm::FileProgress &p) {
        if (p.status != noorm::FileStatus::Pending) // each file is reported as it starts and as it ends
            std::printf("%s: %s\n", qPrintable(p.displayPath), qPrintable(noorm::fileStatusName(p.status)));
    });
    noorm::Result<noorm::RunOutcome> built = run.run(cancellation);
    if (!built)
        return fail(built.error());
    std::printf("build: %d ran, %d skipped, %d failed\n", built->report.filesRun, built->report.filesSkipped,
                built->report.filesFailed);
    if (built->report.filesFailed > 0)
        return 2;

    noorm::SqlRequest query;
    query.script = QStringLiteral("SELECT sku, title, price_cents FROM products ORDER BY sku");
    query.shownAs = QStringLiteral("<sdk-consumer>");
    query.config = config;
    PrintRows rows;
    noorm::Result<noorm::SqlRun> ran = noorm::SqlOperation(*workspace, query, {}).run(rows, cancellation);
    if (!ran)
        return fail(ran.error());
    if (const noorm::StatementOutcome *failed = ran->outcome.failed())
        return fail(*failed->error);
    std::printf("query: %d rows\n", rows.rows);
    return rows.rows > 0 ? 0 : 1;
}
