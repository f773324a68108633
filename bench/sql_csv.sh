#!/usr/bin/env bash
# bench/sql_csv.sh [sqlite|postgres|mysql] [ROWS]: `noorm sql --csv` of a ROWS-row table
# (default 1,000,000: id, name, amount, a note that is NULL every third row and otherwise
# needs quoting) against the database's own client (`sqlite3 -csv -header`, `psql --csv`,
# `mariadb --batch`, which writes tab-separated values; with QUICK=1 `mariadb --quick
# --batch`), wall time and peak RSS of each (GNU time), REPEAT rounds (default 3). FORMAT=json
# times `sql --json` instead.
#   bash scripts/in-keyring.sh bench/sql_csv.sh sqlite
#   source scripts/services.sh; start_postgres; bash scripts/in-keyring.sh bench/sql_csv.sh postgres
#   source scripts/services.sh; start_mariadb; bash scripts/in-keyring.sh bench/sql_csv.sh mysql
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
DIALECT=${1:-sqlite}
ROWS=${2:-1000000}
NOORM=${NOORM_BIN:-$HERE/../build/cli/noorm}
WORK=$(mktemp -d /tmp/noorm-bench-csv.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export NOORM_HOME=$WORK/home
unset NOORM_CONFIG NOORM_JSON NOORM_YES
cd "$WORK"
"$NOORM" init --name Bench --email bench@noorm.dev >/dev/null
FILL="WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < $ROWS)
      INSERT INTO big SELECT x, 'name ' || x, x * 1.5, CASE WHEN x % 3 = 0 THEN NULL ELSE 'note, with \"quotes\"' END FROM c"
case "$DIALECT" in
  sqlite)
    "$NOORM" config add bench --dialect sqlite --database ./bench.db >/dev/null
    sqlite3 bench.db "CREATE TABLE big (id INTEGER PRIMARY KEY, name TEXT, amount REAL, note TEXT); $FILL"
    RAW=(sqlite3 -csv -header bench.db)
    ;;
  postgres)
    : "${NOORM_TEST_PG_HOST:?start_postgres first (scripts/services.sh)}"
    export PGPASSWORD=$NOORM_TEST_PG_PASSWORD
    PSQL=(psql -q -X -h "$NOORM_TEST_PG_HOST" -p "$NOORM_TEST_PG_PORT" -U "$NOORM_TEST_PG_USER" -d "$NOORM_TEST_PG_DATABASE")
    "${PSQL[@]}" -c "SET client_min_messages = warning" -c "DROP TABLE IF EXISTS big" -c "CREATE TABLE big (id integer PRIMARY KEY, name text, amount double precision, note text)" \
      -c "$FILL" >/dev/null
    trap '"${PSQL[@]}" -c "DROP TABLE IF EXISTS big" >/dev/null; rm -rf "$WORK"' EXIT
    echo "$PGPASSWORD" | "$NOORM" config add bench --dialect postgres --host "$NOORM_TEST_PG_HOST" --port "$NOORM_TEST_PG_PORT" \
      --user "$NOORM_TEST_PG_USER" --database "$NOORM_TEST_PG_DATABASE" --stdin >/dev/null
    RAW=("${PSQL[@]}" --csv -c)
    ;;
  mysql)
    : "${NOORM_TEST_MYSQL_HOST:?start_mariadb first (scripts/services.sh)}"
    export MYSQL_PWD=$NOORM_TEST_MYSQL_PASSWORD
    MARIADB=(mariadb -h "$NOORM_TEST_MYSQL_HOST" -P "$NOORM_TEST_MYSQL_PORT" -u "$NOORM_TEST_MYSQL_USER" "$NOORM_TEST_MYSQL_DATABASE")
    "${MARIADB[@]}" -e "SET SESSION max_recursive_iterations = $ROWS + 1; DROP TABLE IF EXISTS big; CREATE TABLE big (id INT PRIMARY KEY, name TEXT, amount DOUBLE, note TEXT);
      INSERT INTO big WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < $ROWS)
      SELECT x, CONCAT('name ', x), x * 1.5, CASE WHEN x % 3 = 0 THEN NULL ELSE 'note, with \"quotes\"' END FROM c"
    trap '"${MARIADB[@]}" -e "DROP TABLE IF EXISTS big"; rm -rf "$WORK"' EXIT
    echo "$MYSQL_PWD" | "$NOORM" config add bench --dialect mysql --host "$NOORM_TEST_MYSQL_HOST" --port "$NOORM_TEST_MYSQL_PORT" \
      --user "$NOORM_TEST_MYSQL_USER" --database "$NOORM_TEST_MYSQL_DATABASE" --stdin >/dev/null
    RAW=("${MARIADB[@]}" --batch ${QUICK:+--quick} -e)
    ;;
  *) echo "usage: $0 [sqlite|postgres|mysql] [ROWS]" >&2; exit 64 ;;
esac
Q="SELECT id, name, amount, note FROM big ORDER BY id"
for round in $(seq "${REPEAT:-3}"); do
  /usr/bin/time -f "round $round noorm   %e s  %M KB" "$NOORM" --config bench sql -q "--${FORMAT:-csv}" "$Q" > noorm.csv
  /usr/bin/time -f "round $round client  %e s  %M KB" "${RAW[@]}" "$Q" > raw.csv
done 2>&1 | grep round || true
echo "rows: $(($(wc -l < noorm.csv) - 1)) (noorm), $(($(wc -l < raw.csv) - 1)) (client)"
