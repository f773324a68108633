#!/usr/bin/env bash
# bench/mariadb_samples.sh [SAMPLES_DIR]: two public sample databases applied by the
# `mariadb` client and by `noorm run build`, each into a fresh database of its own:
#   sakila   sakila-schema.sql then sakila-data.sql (MySQL's docs, sakila-db, version 1.5:
#            16 tables, 7 views, 6 triggers, 3 procedures, 3 functions, 47,000 rows in
#            extended INSERTs between SET AUTOCOMMIT=0 and COMMIT)
#   chinook  Chinook_MySql.sql (lerocha/chinook-database: 11 tables, 15,600 one-row INSERTs)
#   empty    nothing: `mariadb -e 'SELECT 1'` against `noorm run build` of an empty sql/
#            (the fixed cost: process start, state, connection, tracking checks, lock)
# The client gets each sample's files in one session (`cat files | mariadb db`, as SOURCE-ing
# them one after the other does); noorm gets a project whose sql/ holds the same files.
# The statements that drop, create and switch to the sample's own database (DROP SCHEMA,
# CREATE SCHEMA, USE) are commented out and Sakila's `sakila.` qualifiers dropped, line numbers
# kept, so each run fills its own database.
#
# SAMPLES_DIR (or NOORM_SAMPLES; default bench/.samples) holds sakila-schema.sql,
# sakila-data.sql and Chinook_MySql.sql. They are not in the repository (3.9 MB); get them with
#   bash bench/mariadb_samples.sh --fetch [SAMPLES_DIR]
# which downloads https://downloads.mysql.com/docs/sakila-db.tar.gz and
# https://raw.githubusercontent.com/lerocha/chinook-database/master/ChinookDatabase/DataSources/Chinook_MySql.sql
# and checks their SHA-256 (the files measured in bench/README.md).
#
# REPEAT=k runs k rounds, each in fresh databases and a fresh folder, the two tools taking
# turns to go first, and prints each figure's median and range and the ratios within a round.
#   source scripts/services.sh; start_mariadb; trap stop_mariadb EXIT
#   REPEAT=7 bash scripts/in-keyring.sh bench/mariadb_samples.sh [SAMPLES_DIR]
# NOORM_BIN picks the binary (default build/cli/noorm); SAMPLES="sakila chinook empty" picks samples.
# CONFIG=env gives noorm the connection in NOORM_CONNECTION_* variables, as CI often does,
# instead of a config in the encrypted state (so no key is read from the keychain).
# TRACKED=1 gives noorm a database it has been on before: its tracking tables are made
# (by `noorm db create`, which finds the database there) before the timing, so the build does not create them.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
declare -A SHA256=(
  [sakila-schema.sql]=d80d69e78c800020126847678dfebe6bc40f78a828b2e33a9db38d7a6c84c123
  [sakila-data.sql]=9e4d588622957ae7fa5bbb29f9d75e08b8276071deedf1d5dec9309f5ba22119
  [Chinook_MySql.sql]=68768623bac1fe6f92c317235735c706a54a28cc76ab175c194e99f994dadbd6
)

if [ "${1:-}" = --fetch ]; then
  dir=${2:-${NOORM_SAMPLES:-$HERE/.samples}}
  mkdir -p "$dir" && cd "$dir"
  curl -fsSL https://downloads.mysql.com/docs/sakila-db.tar.gz | tar -xz --strip-components=1 \
    sakila-db/sakila-schema.sql sakila-db/sakila-data.sql
  curl -fsSLO https://raw.githubusercontent.com/lerocha/chinook-database/master/ChinookDatabase/DataSources/Chinook_MySql.sql
  for f in "${!SHA256[@]}"; do
    echo "${SHA256[$f]}  $f" | sha256sum -c --quiet - || echo "warning: $f is not the version measured in bench/README.md" >&2
  done
  exit 0
fi
SAMPLES_DIR=$(cd "${1:-${NOORM_SAMPLES:-$HERE/.samples}}" && pwd)
for f in "${!SHA256[@]}"; do
  [ -f "$SAMPLES_DIR/$f" ] || { echo "$SAMPLES_DIR/$f is missing: bash bench/mariadb_samples.sh --fetch $SAMPLES_DIR" >&2; exit 1; }
done
SAMPLES=${SAMPLES:-sakila chinook empty}

# REPEAT=k: k rounds, the table shows each figure's median (and its range over the rounds).
if [ "${REPEAT:-1}" -gt 1 ] && [ -z "${ROUND_OUT:-}" ]; then
  rounds=$(mktemp /tmp/noorm-bench-rounds.XXXXXX)
  for round in $(seq "$REPEAT"); do ROUND=$round ROUND_OUT=$rounds bash "$0" "$SAMPLES_DIR" >/dev/null || exit 1; done
  python3 - "$rounds" "$REPEAT" "$SAMPLES" <<'PY'
import sys, statistics, collections
vals = collections.defaultdict(list)
byround = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    r, k, v = line.split(); vals[k].append(int(v)); byround[r][k] = int(v)
def cell(k):
    v = vals.get(k)
    return f"{int(statistics.median(v))} ms ({min(v)}-{max(v)})" if v else "—"
# Ratios within each round (the server's and the disk's state change between rounds).
def ratio(a, b):
    rs = sorted(t[a] / t[b] for t in byround.values() if a in t and b in t)
    return f"{statistics.median(rs):.2f}x ({rs[0]:.2f}-{rs[-1]:.2f})" if rs else "—"
print(f"median of {sys.argv[2]} rounds (range)")
print(f"{'sample':<10}{'mariadb client':>24}{'noorm run build':>24}{'noorm / client':>26}")
for s in sys.argv[3].split():
    print(f"{s:<10}{cell(s+'.client'):>24}{cell(s+'.noorm'):>24}{ratio(s+'.noorm', s+'.client'):>26}")
PY
  rm -f "$rounds"; exit 0
fi

NOORM=${NOORM_BIN:-$HERE/../build/cli/noorm}
: "${NOORM_TEST_MYSQL_HOST:?start_mariadb first (scripts/services.sh)}"
WORK=$(mktemp -d /tmp/noorm-bench-samples.XXXXXX)
MY=(mariadb -h "$NOORM_TEST_MYSQL_HOST" -P "$NOORM_TEST_MYSQL_PORT" -u "$NOORM_TEST_MYSQL_USER" -p"$NOORM_TEST_MYSQL_PASSWORD")
DATABASES=()
cleanup() {
  for db in "${DATABASES[@]}"; do "${MY[@]}" -e "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
export NOORM_HOME=$WORK/home
unset NOORM_CONFIG NOORM_JSON NOORM_YES

source "$HERE/timing.sh" # ms, timed, T

sample_files() {
  case "$1" in
    sakila) echo sakila-schema.sql sakila-data.sql ;;
    chinook) echo Chinook_MySql.sql ;;
    empty) ;;
  esac
}
# The sample's file without the statements that drop, create or switch to its own database,
# and without the `sakila.` that qualifies the tables in Sakila's actor_info view.
own_database_commented_out() {
  sed -E -e 's/^((DROP (SCHEMA|DATABASE) IF EXISTS|CREATE (SCHEMA|DATABASE)|USE) [^;]*;)/-- bench: \1/' \
    -e 's/\bsakila\.//g' "$1"
}

suffix=$$
for sample in $SAMPLES; do
  project=$WORK/$sample
  mkdir -p "$project/sql"
  n=0
  for f in $(sample_files "$sample"); do
    n=$((n + 1))
    own_database_commented_out "$SAMPLES_DIR/$f" > "$project/sql/$(printf %02d "$n")-$f"
  done
  for tool in client noorm; do
    DATABASES+=("bench_${sample}_${tool}_$suffix")
    "${MY[@]}" -e "CREATE DATABASE bench_${sample}_${tool}_$suffix"
  done
  (cd "$project" && "$NOORM" init --name Bench --email bench@noorm.dev >/dev/null) || exit 1
  [ "${CONFIG:-state}" = env ] || (cd "$project" &&
    echo "$NOORM_TEST_MYSQL_PASSWORD" | "$NOORM" config add bench --dialect mysql --host "$NOORM_TEST_MYSQL_HOST" \
      --port "$NOORM_TEST_MYSQL_PORT" --user "$NOORM_TEST_MYSQL_USER" --database "bench_${sample}_noorm_$suffix" \
      --stdin --use >/dev/null)
done

client_session() { # client_session DB FILES...: the files one after the other in one client session
  local db=$1; shift
  cat "$@" | "${MY[@]}" "$db"
}
bench_client() {
  local db=bench_$1_client_$suffix
  if [ "$1" = empty ]; then
    timed "$1.client" "${MY[@]}" "$db" -e 'SELECT 1'
  else
    timed "$1.client" client_session "$db" "$WORK/$1"/sql/*.sql
  fi
}
connection_env() { # connection_env SAMPLE: sets CONNECTION_ENV to noorm's NOORM_CONNECTION_* for SAMPLE's database
  CONNECTION_ENV=(NOORM_CONNECTION_DIALECT=mysql "NOORM_CONNECTION_HOST=$NOORM_TEST_MYSQL_HOST"
    "NOORM_CONNECTION_PORT=$NOORM_TEST_MYSQL_PORT" "NOORM_CONNECTION_USER=$NOORM_TEST_MYSQL_USER"
    "NOORM_CONNECTION_PASSWORD=$NOORM_TEST_MYSQL_PASSWORD" "NOORM_CONNECTION_DATABASE=bench_$1_noorm_$suffix")
}
bench_noorm() {
  cd "$WORK/$1"
  if [ "${CONFIG:-state}" = env ]; then
    connection_env "$1"
    export "${CONNECTION_ENV[@]}"
    timed "$1.noorm" "$NOORM" run build
    unset "${CONNECTION_ENV[@]%%=*}"
  else
    timed "$1.noorm" "$NOORM" run build
  fi
  cd "$WORK"
}
# TRACKED=1: noorm has been on the database before (its tracking tables are there, as after
# a `db teardown`), so the build does not create them.
if [ "${TRACKED:-0}" = 1 ]; then
  for sample in $SAMPLES; do
    CONNECTION_ENV=()
    [ "${CONFIG:-state}" = env ] && connection_env "$sample"
    (cd "$WORK/$sample" && env "${CONNECTION_ENV[@]}" "$NOORM" db create >/dev/null)
  done
fi
# Round k starts with the k-th tool, so neither always runs first after the databases are made.
tools=(client noorm)
shift_by=$(( (${ROUND:-1} - 1) % ${#tools[@]} ))
for sample in $SAMPLES; do
  for tool in "${tools[@]:$shift_by}" "${tools[@]:0:$shift_by}"; do "bench_$tool" "$sample"; done
done

if [ -n "${ROUND_OUT:-}" ]; then for k in "${!T[@]}"; do echo "$ROUND $k ${T[$k]}"; done >> "$ROUND_OUT"; fi
echo "load $(cut -d' ' -f1 /proc/loadavg)"
printf '%-10s %16s %16s %10s\n' sample "mariadb client" "noorm run build" ratio
for sample in $SAMPLES; do
  awk -v s="$sample" -v c="${T[$sample.client]}" -v n="${T[$sample.noorm]}" \
    'BEGIN { printf "%-10s %13d ms %13d ms %9.2fx\n", s, c, n, n / c }'
done
