#!/usr/bin/env bash
# bench/desktop.sh [TABLES]: the desktop app's figures (bench/desktop/main.cpp) on a
# PostgreSQL database of TABLES tables (default 2000, as bench/catalog.sh makes them):
# start to a shown window with the project open, the explorer tree filled, a filter typed,
# a 1,000,000-row SELECT's first rows in the grid, and peak RSS after scrolling 20 pages.
# REPEAT rounds (default 3), offscreen. Needs a PostgreSQL and a keyring:
#   source scripts/services.sh; start_postgres; bash scripts/in-keyring.sh bench/desktop.sh
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TABLES=${1:-2000}
NOORM=${NOORM_BIN:-$HERE/../build/cli/noorm}
BENCH=${NOORM_DESKTOP_BENCH:-$HERE/../build/bench/desktop/noorm_desktop_bench}
: "${NOORM_TEST_PG_HOST:?start_postgres first (scripts/services.sh)}"
WORK=$(mktemp -d /tmp/noorm-bench-desktop.XXXXXX)
DB=bench_desktop_$$
export NOORM_HOME=$WORK/home PGPASSWORD=$NOORM_TEST_PG_PASSWORD QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$WORK/config
unset NOORM_CONFIG NOORM_JSON NOORM_YES
PSQL=(psql -q -X -h "$NOORM_TEST_PG_HOST" -p "$NOORM_TEST_PG_PORT" -U "$NOORM_TEST_PG_USER" -v ON_ERROR_STOP=1)
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB" >/dev/null
trap '"${PSQL[@]}" -d postgres -c "DROP DATABASE $DB WITH (FORCE)" >/dev/null; rm -rf "$WORK"' EXIT
python3 "$HERE/gen_catalog.py" "$TABLES" > "$WORK/schema.sql"
"${PSQL[@]}" -d "$DB" -f "$WORK/schema.sql" >/dev/null
mkdir -p "$WORK/project" && cd "$WORK/project"
"$NOORM" init --name Bench --email bench@noorm.dev >/dev/null
echo "$PGPASSWORD" | "$NOORM" config add bench --dialect postgres --host "$NOORM_TEST_PG_HOST" --port "$NOORM_TEST_PG_PORT" \
  --user "$NOORM_TEST_PG_USER" --database "$DB" --stdin --use >/dev/null
for round in $(seq "${REPEAT:-3}"); do
  echo "round $round: $("$BENCH" "$WORK/project" bench | tr '\n' ' ')"
done
