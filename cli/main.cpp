#include <CLI/CLI.hpp>
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    CLI::App cli{"noorm: SQL-first database schema and change manager", "noorm"};
    cli.require_subcommand(0, 1);
    auto *version = cli.add_subcommand("version", "Print version and diagnostics");
    CLI11_PARSE(cli, argc, argv);
    if (version->parsed())
        std::printf("noorm %s\n", NOORM_VERSION);
    return 0;
}
