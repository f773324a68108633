#!/usr/bin/env bash
# bench/catalog.sh [TABLES]: a PostgreSQL database of TABLES tables (default 2000; each 10
# columns, 2 indexes besides its primary key, 1 foreign key to the table before it) read
# completely by `noorm db explore` (tables with their columns, indexes and foreign keys,
# routines, triggers, types, sequences: one catalog query per kind), REPEAT rounds
# (default 3), wall time and peak RSS (GNU time). Needs a PostgreSQL and a keyring:
#   source scripts/services.sh; start_postgres; bash scripts/in-keyring.sh bench/catalog.sh
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TABLES=${1:-2000}
NOORM=${NOORM_BIN:-$HERE/../build/cli/noorm}
: "${NOORM_TEST_PG_HOST:?start_postgres first (scripts/services.sh)}"
WORK=$(mktemp -d /tmp/noorm-bench-catalog.XXXXXX)
DB=bench_catalog_$$
export NOORM_HOME=$WORK/home PGPASSWORD=$NOORM_TEST_PG_PASSWORD
unset NOORM_CONFIG NOORM_JSON NOORM_YES
PSQL=(psql -q -X -h "$NOORM_TEST_PG_HOST" -p "$NOORM_TEST_PG_PORT" -U "$NOORM_TEST_PG_USER" -v ON_ERROR_STOP=1)
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB" >/dev/null
trap '"${PSQL[@]}" -d postgres -c "DROP DATABASE $DB" >/dev/null; rm -rf "$WORK"' EXIT
python3 "$HERE/gen_catalog.py" "$TABLES" > "$WORK/schema.sql"
"${PSQL[@]}" -d "$DB" -f "$WORK/schema.sql" >/dev/null
cd "$WORK"
"$NOORM" init --name Bench --email bench@noorm.dev >/dev/null
echo "$PGPASSWORD" | "$NOORM" config add bench --dialect postgres --host "$NOORM_TEST_PG_HOST" --port "$NOORM_TEST_PG_PORT" \
  --user "$NOORM_TEST_PG_USER" --database "$DB" --stdin >/dev/null
for round in $(seq "${REPEAT:-3}"); do
  /usr/bin/time -f "round $round: %e s, %M KB" "$NOORM" --config bench --json db explore > explore.json
done 2>&1 | grep round || true
python3 -c "import json; d = json.load(open('explore.json')); print('read:', ', '.join(f'{k} {v}' for k, v in d.items()))"
