#!/usr/bin/env bash
# bench/changes.sh [sqlite|postgres] [N]: N generated change sets (default 500; each one
# table, one index, three rows; the revert drops the table) applied by noorm, dbmate, Sqitch
# and the database's own client, each into an empty database of its own, in one run:
#   apply all   -  no-op re-apply (nothing pending)  -  revert the newest one
# and `noorm run build` on the same N files (cold, then all unchanged).
# Tools: dbmate from npm (DBMATE=path; default bench/.tools/node_modules/.bin/dbmate, which
# `bash bench/changes.sh --install` puts there), sqitch from Debian (apt-get install sqitch
# libdbd-pg-perl libdbd-sqlite3-perl). A missing tool is reported and its rows skipped.
# REPEAT=5 takes the median of 5 rounds. Needs a keyring for noorm's state:
#   bash scripts/in-keyring.sh bench/changes.sh sqlite
#   source scripts/services.sh; start_postgres; bash scripts/in-keyring.sh bench/changes.sh postgres
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = --install ]; then
  mkdir -p "$HERE/.tools" && cd "$HERE/.tools" && npm install --no-save --silent dbmate && exit 0
fi
DIALECT=${1:-sqlite}
N=${2:-500}
# REPEAT=k: k rounds, each in fresh databases and a fresh folder, the tools taking turns;
# the table shows each figure's median (and its range over the rounds).
if [ "${REPEAT:-1}" -gt 1 ] && [ -z "${ROUND_OUT:-}" ]; then
  rounds=$(mktemp /tmp/noorm-bench-rounds.XXXXXX)
  for round in $(seq "$REPEAT"); do ROUND=$round ROUND_OUT=$rounds bash "$0" "$DIALECT" "$N" >/dev/null || exit 1; done
  python3 - "$rounds" "$DIALECT" "$N" "$REPEAT" <<'PY'
import sys, statistics, collections
vals = collections.defaultdict(list)
byround = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    r, k, v = line.split(); vals[k].append(int(v)); byround[r][k] = int(v)
def cell(k):
    v = vals.get(k)
    return f"{int(statistics.median(v))} ms ({min(v)}-{max(v)})" if v else "—"
print(f"{sys.argv[2]}, {sys.argv[3]} change sets, median of {sys.argv[4]} rounds (range)")
print(f"{'tool':<16}{'apply all':>22}{'no-op':>20}{'revert 1':>20}")
for name, key in [("noorm change", "noorm"), ("dbmate", "dbmate"), ("sqitch", "sqitch"), ("raw client", "raw")]:
    print(f"{name:<16}{cell(key+'.apply'):>22}{cell(key+'.noop'):>20}{cell(key+'.revert'):>20}")
print(f"{'noorm run build':<16}{cell('build.cold'):>22}{cell('build.noop'):>20}")
# Ratios within each round (the server's and the disk's state change between rounds).
def ratio(a, b):
    rs = sorted(t[a] / t[b] for t in byround.values() if a in t and b in t)
    return f"{statistics.median(rs):.2f}x ({rs[0]:.2f}-{rs[-1]:.2f})" if rs else "—"
print(f"within a round, median (range): change ff / raw {ratio('noorm.apply', 'raw.apply')}, "
      f"run build / raw {ratio('build.cold', 'raw.apply')}, change ff / dbmate {ratio('noorm.apply', 'dbmate.apply')}")
PY
  rm -f "$rounds"; exit 0
fi
NOORM=${NOORM_BIN:-$HERE/../build-h5/cli/noorm}
[ -x "$NOORM" ] || NOORM=$HERE/../build/cli/noorm
DBMATE=${DBMATE:-$HERE/.tools/node_modules/.bin/dbmate}
WORK=$(mktemp -d /tmp/noorm-bench-changes.XXXXXX)
CLEANUP=()
cleanup() { for c in "${CLEANUP[@]}"; do eval "$c" >/dev/null 2>&1 || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
export NOORM_HOME=$WORK/home SQITCH_FULLNAME=Bench SQITCH_EMAIL=bench@noorm.dev
export SQITCH_USER_CONFIG=$WORK/sqitch-user.conf SQITCH_SYSTEM_CONFIG=$WORK/sqitch-system.conf
unset NOORM_CONFIG NOORM_JSON NOORM_YES

source "$HERE/timing.sh" # ms, timed, T
have() { command -v "$1" >/dev/null 2>&1 || [ -x "$1" ]; }

cd "$WORK"
python3 "$HERE/gen_changes.py" "$WORK" -n "$N"
"$NOORM" init --name Bench --email bench@noorm.dev >/dev/null
suffix=$$
case "$DIALECT" in
  sqlite)
    "$NOORM" config add changes --dialect sqlite --database ./noorm_changes.db >/dev/null
    "$NOORM" config add build --dialect sqlite --database ./noorm_build.db >/dev/null
    raw() { sqlite3 -bail raw.db < "$1"; }
    DBMATE_URL=sqlite:$WORK/dbmate.db
    SQITCH_TARGET=db:sqlite:$WORK/sqitch.db
    ;;
  postgres)
    : "${NOORM_TEST_PG_HOST:?start_postgres first (scripts/services.sh)}"
    export PGPASSWORD=$NOORM_TEST_PG_PASSWORD
    PSQL=(psql -q -X -h "$NOORM_TEST_PG_HOST" -p "$NOORM_TEST_PG_PORT" -U "$NOORM_TEST_PG_USER" -v ON_ERROR_STOP=1)
    for tool in changes build dbmate sqitch raw; do
      "${PSQL[@]}" -d postgres -c "CREATE DATABASE bench_${tool}_$suffix" >/dev/null
      CLEANUP+=("${PSQL[*]} -d postgres -c 'DROP DATABASE bench_${tool}_$suffix'")
    done
    for config in changes build; do
      echo "$PGPASSWORD" | "$NOORM" config add "$config" --dialect postgres --host "$NOORM_TEST_PG_HOST" \
        --port "$NOORM_TEST_PG_PORT" --user "$NOORM_TEST_PG_USER" --database "bench_${config}_$suffix" --stdin >/dev/null
    done
    raw() { "${PSQL[@]}" -d "bench_raw_$suffix" -f "$1"; }
    base="$NOORM_TEST_PG_USER:$PGPASSWORD@$NOORM_TEST_PG_HOST:$NOORM_TEST_PG_PORT"
    DBMATE_URL="postgres://$base/bench_dbmate_$suffix?sslmode=disable"
    SQITCH_TARGET="db:pg://$base/bench_sqitch_$suffix"
    ;;
  *) echo "usage: $0 [sqlite|postgres] [N]   |   $0 --install" >&2; exit 64 ;;
esac

noorm_changes() { "$NOORM" --config changes change "$@"; }
bench_noorm() {
  timed noorm.apply noorm_changes ff
  timed noorm.noop noorm_changes ff
  timed noorm.revert noorm_changes revert "2026-01-01-c$(printf %04d "$N")"
}
bench_build() {
  timed build.cold "$NOORM" --config build run build
  timed build.noop "$NOORM" --config build run build
}
bench_raw() {
  timed raw.apply raw raw_up.sql
  timed raw.revert raw raw_revert_last.sql
}
dbm() { "$DBMATE" --url "$DBMATE_URL" --migrations-dir "$WORK/db/migrations" --no-dump-schema "$@"; }
bench_dbmate() {
  if ! have "$DBMATE"; then echo "dbmate not found ($DBMATE): bash bench/changes.sh --install" >&2; return; fi
  timed dbmate.apply dbm migrate
  timed dbmate.noop dbm migrate
  timed dbmate.revert dbm rollback
}
sq() { (cd "$WORK/sqitch" && sqitch "$@" "$SQITCH_TARGET"); }
bench_sqitch() {
  if ! have sqitch; then echo "sqitch not found: apt-get install sqitch libdbd-pg-perl libdbd-sqlite3-perl" >&2; return; fi
  timed sqitch.apply sq deploy
  timed sqitch.noop sq deploy
  timed sqitch.revert sq revert -y --to @HEAD^
}
# Round k starts with the k-th tool, so no tool always runs first after the databases are
# made (PostgreSQL checkpoints after CREATE DATABASE).
tools=(noorm build raw dbmate sqitch)
shift_by=$(( (${ROUND:-1} - 1) % ${#tools[@]} ))
for tool in "${tools[@]:$shift_by}" "${tools[@]:0:$shift_by}"; do "bench_$tool"; done

if [ -n "${ROUND_OUT:-}" ]; then for k in "${!T[@]}"; do echo "$ROUND $k ${T[$k]}"; done >> "$ROUND_OUT"; fi
load=$(cut -d' ' -f1 /proc/loadavg)
echo "$DIALECT, $N change sets, load $load"
printf '%-22s %10s %10s %10s\n' tool "apply all" no-op "revert 1"
row() { printf '%-22s %10s %10s %10s\n' "$1" "${T[$2.apply]:-—}${T[$2.apply]:+ ms}" \
  "${T[$2.noop]:-—}${T[$2.noop]:+ ms}" "${T[$2.revert]:-—}${T[$2.revert]:+ ms}"; }
row "noorm change" noorm
row dbmate dbmate
row sqitch sqitch
row "raw client" raw
printf '%-22s %10s %10s\n' "noorm run build" "${T[build.cold]} ms" "${T[build.noop]} ms"
awk -v a="${T[noorm.apply]}" -v b="${T[build.cold]}" -v r="${T[raw.apply]}" \
  'BEGIN { printf "change ff / raw: %.2fx   run build / raw: %.2fx\n", a / r, b / r }'
