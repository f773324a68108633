#pragma once
// What the CLI says about itself when it is asked for help or not understood: `noorm help
// change ff` as `noorm change ff --help` (the original's help topics), help as one JSON
// document under --json, and a word it does not know with the nearest one it does.

#include <CLI/CLI.hpp>

#include <QJsonObject>
#include <QString>

#include <string>
#include <vector>

namespace noorm::cli {

// `help [topic words]` as the command (the first word) becomes the words then --help.
void helpWordsAsFlag(std::vector<std::string> &args);
// The subcommand a parse reached (the root when none).
const CLI::App &deepestParsed(const CLI::App &root);
// {"topic": "change ff", "content": "<the help text>"} for the subcommand a parse reached.
QJsonObject helpDocument(const CLI::App &root);
// "unknown command 'chnage' (did you mean 'change'?)" for the first word of `args` (in
// the order given) that the parse left over, or empty when none is left.
QString notUnderstood(const CLI::App &root, const std::vector<std::string> &args);

} // namespace noorm::cli
