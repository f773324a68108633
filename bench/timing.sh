# Sourced by the benchmarks: wall-clock timing of whole commands. Needs WORK (a scratch folder).
ms() { echo $(( $(date +%s%N) / 1000000 )); }
declare -A T
timed() { # timed KEY CMD...: runs CMD quietly, records its milliseconds in T[KEY]
  local key=$1; shift
  local t0; t0=$(ms)
  if ! "$@" >"$WORK/out.log" 2>&1; then echo "$key failed:" >&2; cat "$WORK/out.log" >&2; exit 1; fi
  T[$key]=$(( $(ms) - t0 ))
}
