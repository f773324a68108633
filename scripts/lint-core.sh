#!/usr/bin/env bash
# Architecture rules of core/ that a compiler cannot check (run by CTest as lint_core):
#  - no front-end syntax in core's strings: a command line (`noorm db create`), a flag
#    (--force) or -c/ belongs in the front end's rendering of an Error's hint.
#  - no dialect names or ids outside core/dialect (in core/, cli/, app/): code asks the
#    dialect's parts (dialect.connection().isFileBased()), and the names come from the one
#    list in core/dialect/dialect_list.h.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
status=0
cli_syntax='"[^"]*(`noorm |noorm (init|config|db|secret|identity|run|lock|change|settings|sql|vault)\b| --[a-z][a-z-]+|-c/)[^"]*"'
if hits=$(grep -rnE "$cli_syntax" "$root/core" --include=*.cpp --include=*.h | grep -vE '^[^:]+:[0-9]+:\s*//'); then
    echo "core/ strings name CLI syntax (put it in an Error's hint, rendered by cli/exit_codes.cpp):"
    echo "$hits"
    status=1
fi
dialect_names='"(postgres|postgresql|mysql|mariadb|sqlite|mssql)"|DialectId::'
if hits=$(grep -rnE "$dialect_names" "$root/core" "$root/cli" "$root/app" --include=*.cpp --include=*.h \
          | grep -v "^$root/core/dialect/" | grep -vE '^[^:]+:[0-9]+:\s*//'); then
    echo "dialect names or ids outside core/dialect (ask the Dialect's parts; list names from dialect_list.h):"
    echo "$hits"
    status=1
fi
[ "$status" = 0 ] && echo "lint_core: ok"
exit "$status"
