#!/usr/bin/env bash
# Command 2 of the README: run the whole test suite. Starts PostgreSQL and MariaDB on
# 127.0.0.1 (temporary data directories, free ports), a D-Bus session with an unlocked
# gnome-keyring, the offscreen Qt platform; stops everything afterwards.
# Usage: scripts/test.sh [preset] [extra ctest args...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=${1:-${NOORM_PRESET:-}}; [ $# -gt 0 ] && shift
[ -z "$preset" ] && { [ "${CI:-}" = "true" ] && preset=ci || preset=default; }
build=$(bash "$here/scripts/builddir.sh" "$preset")
[ -f "$build/CTestTestfile.cmake" ] || { cmake --preset "$preset" >/dev/null && cmake --build --preset "$preset"; }

source "$here/scripts/services.sh"
cleanup() { stop_postgres; stop_mariadb; }
trap cleanup EXIT
start_postgres || echo "warning: PostgreSQL did not start; its live tests will skip (fail under CI=true)" >&2
start_mariadb || echo "warning: MariaDB did not start; its live tests will skip (fail under CI=true)" >&2

echo "SQL Server: no server on this machine; live SQL Server tests are skipped (tst_dialect checks its SQL and ODBC connection strings; tst_db its connection failure through FreeTDS)" >&2
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.qml.compiler=false"
[ "$preset" = "debug-asan" ] && export ASAN_OPTIONS=detect_leaks=0
status=0
bash "$here/scripts/in-keyring.sh" ctest --test-dir "$build" --output-on-failure --timeout 600 "$@" || status=$?
exit $status
