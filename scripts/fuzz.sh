#!/usr/bin/env bash
# Fuzzes the statement splitter with libFuzzer (clang, ASan + UBSan) for N seconds (default 60).
# Builds only fuzz_splitter in build-fuzz, seeds the corpus from tests/fixtures/splitter (one
# copy per dialect: the first byte picks the client's rules) and fails on any crash or broken
# invariant. Crash inputs land in build-fuzz/fuzz-artifacts/.
# Usage: scripts/fuzz.sh [seconds]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
build="$here/build-fuzz"
cxx=${NOORM_FUZZ_CXX:-$(command -v clang++ || command -v clang++-14 || true)}
[ -n "$cxx" ] || { echo "fuzz.sh: clang++ not found (libFuzzer needs clang)" >&2; exit 1; }

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
  -DNOORM_BUILD_APP=OFF -DNOORM_BUILD_TESTS=OFF -DNOORM_BUILD_BENCH=OFF -DNOORM_FUZZ=ON \
  -DCMAKE_PROJECT_INCLUDE="$here/tests/fuzz/hook.cmake" >/dev/null
cmake --build "$build" --target fuzz_splitter

corpus="$build/fuzz-corpus"
artifacts="$build/fuzz-artifacts"
mkdir -p "$corpus" "$artifacts"
byte=0
for dialect in postgres mysql sqlite mssql; do
  for f in "$here"/tests/fixtures/splitter/*.sql; do
    { printf "\\$(printf '%03o' "$byte")"; cat "$f"; } > "$corpus/seed-$dialect-$(basename "$f")"
  done
  byte=$((byte + 1))
done

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
"$build/tests/fuzz/fuzz_splitter" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -dict="$here/tests/fuzz/splitter.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus"
