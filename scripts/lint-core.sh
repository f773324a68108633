#!/usr/bin/env bash
# Architecture rules of core/ that a compiler cannot check (run by CTest as lint_core):
#  - no front-end syntax in core's strings: a command line (`noorm db create`), a flag
#    (--force) or -c/ belongs in the front end's rendering of an Error's hint.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
status=0
cli_syntax='"[^"]*(`noorm |noorm (init|config|db|secret|identity|run|lock|change|settings|sql|vault)\b| --[a-z][a-z-]+|-c/)[^"]*"'
if hits=$(grep -rnE "$cli_syntax" "$root/core" --include=*.cpp --include=*.h | grep -vE '^[^:]+:[0-9]+:\s*//'); then
    echo "core/ strings name CLI syntax (put it in an Error's hint, rendered by cli/exit_codes.cpp):"
    echo "$hits"
    status=1
fi
[ "$status" = 0 ] && echo "lint_core: ok"
exit "$status"
