#pragma once
// How an option reads in `--help` and in the man pages: `--port PORT`, `--wait DURATION`,
// `--test, --no-test`, instead of CLI11's `--port INT:INT in [1 - 65535]` and
// `--no-test{false}` (the values a flag sets are the parser's business, not the user's).

#include <CLI/CLI.hpp>

#include <string>

namespace noorm::cli {

// The placeholder for an option's value ("PORT", "DURATION", "FILE"), empty for a flag.
std::string valueLabel(const CLI::Option *option);

class HelpFormatter : public CLI::Formatter {
public:
    std::string make_option_name(const CLI::Option *option, bool isPositional) const override;
    std::string make_option_opts(const CLI::Option *option) const override;
};

// Help for `app` and every command added to it afterwards in this format.
void useHelpFormat(CLI::App &app);

} // namespace noorm::cli
