#pragma once
// The update check as the CLI does it: on interactive use only (a terminal on stdout and
// stderr, no --json, not under CI), after the command, it says what the last check found
// ("Update available (v1 → v2)" and how to get the .deb) and, when a check is due (once a
// day), starts it in a process of its own (`noorm __update-check`, hidden) that nobody
// waits for. The command itself never waits on the network.

#include <CLI/CLI.hpp>

namespace noorm::cli {

class Runtime;

void noticeUpdates(bool json);
void addUpdateCheckCommand(CLI::App &root, Runtime &rt);

} // namespace noorm::cli
