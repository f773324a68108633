#pragma once
// The CLI's reference made from its own definition, so it never drifts from `--help`: man
// pages (noorm(1) and one per command group, noorm-config(1), ...) and bash, zsh and fish
// completion of every command and flag, with config and change names as values. The build
// runs `noorm __reference <kind> <path>` (a hidden command) to write them.

#include <CLI/CLI.hpp>

#include <string>

namespace noorm::cli {

// `kind`: "man" (a folder, one page per group), "bash", "zsh" or "fish" (a file).
// Returns an error message, empty when written.
std::string writeReference(const CLI::App &root, const std::string &kind, const std::string &path);

class Runtime;
void addReferenceCommand(CLI::App &root, Runtime &rt);
// `noorm __complete changes`: the change names the shell completions offer.
void addCompleteCommand(CLI::App &root, Runtime &rt);

} // namespace noorm::cli
