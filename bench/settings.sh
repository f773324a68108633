#!/usr/bin/env bash
# bench/settings.sh [N...]: time noorm on a generated settings.yml of N rules and N stages
# (default 4000 16000 44000; 44000 is 13.5 MB), three commands each:
#   load   `noorm config list`   (reads settings.yml; no state file, so no keychain)
#   show   `noorm settings show` (reads it and renders the effective settings)
#   save   `noorm settings stage add` (reads, edits, renders over the file, writes it)
# NOORM_BIN picks the binary (default build/cli/noorm).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
NOORM=${NOORM_BIN:-$HERE/../build/cli/noorm}
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(4000 16000 44000)
WORK=$(mktemp -d /tmp/noorm-bench-settings.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export NOORM_HOME=$WORK/home
unset NOORM_CONFIG NOORM_JSON NOORM_YES
mkdir -p "$WORK/project/.noorm"
cd "$WORK/project"

secs() { # secs CMD...: runs CMD, prints its wall time in seconds
  local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
  awk -v ns=$((t1 - t0)) 'BEGIN { printf "%.2f", ns / 1e9 }'
}

printf '%8s %10s %8s %8s %8s\n' N bytes load show save
for n in "${SIZES[@]}"; do
  python3 "$HERE/gen_settings.py" "$n" > .noorm/settings.yml
  bytes=$(wc -c < .noorm/settings.yml)
  load=$(secs "$NOORM" config list)
  show=$(secs "$NOORM" settings show)
  save=$(secs "$NOORM" settings stage add bench_new --dialect sqlite)
  printf '%8s %10s %8s %8s %8s\n' "$n" "$bytes" "$load" "$show" "$save"
done
