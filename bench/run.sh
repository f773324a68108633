#!/usr/bin/env bash
# bench/run.sh [sqlite|postgres|mysql] [N]: time `noorm run build` on N generated files
# (default 1000) against the database's own client on the same files.
#   1. noorm run build, cold (empty database)      2. noorm run build again (all unchanged)
#   3. native client on all.sql (sqlite3 / psql -f / mariadb), into a second empty database
# Needs a keyring for noorm's state: run it as
#   bash scripts/in-keyring.sh bench/run.sh sqlite
# and for postgres/mysql with the test servers up (source scripts/services.sh; start_postgres).
set -euo pipefail
DIALECT=${1:-sqlite}
N=${2:-1000}
HERE=$(cd "$(dirname "$0")" && pwd)
NOORM=${NOORM_BIN:-$HERE/../build-h5/cli/noorm}
[ -x "$NOORM" ] || NOORM=$HERE/../build/cli/noorm
WORK=$(mktemp -d /tmp/noorm-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export NOORM_HOME=$WORK/home
unset NOORM_CONFIG NOORM_JSON NOORM_YES

ms() { echo $(( $(date +%s%N) / 1000000 )); }
timed() { # timed LABEL CMD... : runs CMD, prints and returns the milliseconds in $T
  local label=$1; shift
  local t0; t0=$(ms); "$@" >/dev/null; T=$(( $(ms) - t0 )); printf '%-44s %7d ms\n' "$label" "$T" >&2
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

cd "$WORK"
python3 "$HERE/gen_schema.py" "$WORK" -n "$N" >/dev/null
"$NOORM" init --name Bench --email bench@noorm.dev >/dev/null
suffix=$$
case "$DIALECT" in
  sqlite)
    "$NOORM" config add bench --dialect sqlite --database ./bench.db --use >/dev/null
    native() { sqlite3 -bail native.db < all.sql; }
    native_tx() { { echo 'BEGIN;'; cat all.sql; echo 'COMMIT;'; } | sqlite3 -bail native_tx.db; }
    ;;
  postgres)
    : "${NOORM_TEST_PG_HOST:?start_postgres first (scripts/services.sh)}"
    export PGPASSWORD=$NOORM_TEST_PG_PASSWORD
    PSQL=(psql -q -X -h "$NOORM_TEST_PG_HOST" -p "$NOORM_TEST_PG_PORT" -U "$NOORM_TEST_PG_USER" -v ON_ERROR_STOP=1)
    for db in bench_noorm_$suffix bench_native_$suffix; do "${PSQL[@]}" -d postgres -c "CREATE DATABASE $db"; done
    trap '"${PSQL[@]}" -d postgres -c "DROP DATABASE bench_noorm_$suffix" -c "DROP DATABASE bench_native_$suffix" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
    echo "$PGPASSWORD" | "$NOORM" config add bench --dialect postgres --host "$NOORM_TEST_PG_HOST" --port "$NOORM_TEST_PG_PORT" \
      --user "$NOORM_TEST_PG_USER" --database "bench_noorm_$suffix" --stdin --use >/dev/null
    native() { "${PSQL[@]}" -d "bench_native_$suffix" -f all.sql; }
    native_tx() { :; }
    ;;
  mysql)
    : "${NOORM_TEST_MYSQL_HOST:?start_mariadb first (scripts/services.sh)}"
    MY=(mariadb -h "$NOORM_TEST_MYSQL_HOST" -P "$NOORM_TEST_MYSQL_PORT" -u "$NOORM_TEST_MYSQL_USER" -p"$NOORM_TEST_MYSQL_PASSWORD")
    "${MY[@]}" -e "CREATE DATABASE bench_noorm_$suffix; CREATE DATABASE bench_native_$suffix"
    trap '"${MY[@]}" -e "DROP DATABASE bench_noorm_$suffix; DROP DATABASE bench_native_$suffix" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
    echo "$NOORM_TEST_MYSQL_PASSWORD" | "$NOORM" config add bench --dialect mysql --host "$NOORM_TEST_MYSQL_HOST" \
      --port "$NOORM_TEST_MYSQL_PORT" --user "$NOORM_TEST_MYSQL_USER" --database "bench_noorm_$suffix" --stdin --use >/dev/null
    native() { "${MY[@]}" "bench_native_$suffix" < all.sql; }
    native_tx() { :; }
    ;;
  *) echo "usage: $0 [sqlite|postgres|mysql] [N]" >&2; exit 64 ;;
esac

echo "$DIALECT, $N files ($(wc -c < all.sql) bytes of SQL)" >&2
timed "noorm run build (cold)" "$NOORM" run build; COLD=$T
timed "noorm run build (all unchanged)" "$NOORM" run build; WARM=$T
timed "native client, all.sql" native; NATIVE=$T
if [ "$DIALECT" = sqlite ]; then timed "native client, all.sql in one transaction" native_tx; fi
echo "cold / native: $(ratio "$COLD" "$NATIVE")x   unchanged rebuild: ${WARM} ms" >&2
