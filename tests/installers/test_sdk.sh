#!/usr/bin/env bash
# The C++ SDK as a program outside noorm uses it: the sdk component installed into a scratch
# prefix, examples/sdk-consumer configured with find_package(noorm) against that prefix (not
# the build tree) and built, then run on a copy of the example project: it builds the SQL
# folder into a test SQLite database and queries it; a second run skips every file.
# Usage: test_sdk.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$scratch/prefix" --component sdk >"$scratch/install.log" || { cat "$scratch/install.log" >&2; fail "install"; }
[ -f "$scratch/prefix/lib/cmake/noorm/noormConfig.cmake" ] || fail "no noormConfig.cmake installed"
[ -f "$scratch/prefix/include/noorm/workspace/workspace.h" ] || fail "no public headers installed"
cmake -S "$source/examples/sdk-consumer" -B "$scratch/consumer" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$scratch/prefix" >"$scratch/configure.log" 2>&1 || { cat "$scratch/configure.log" >&2; fail "configure"; }
grep -rq "$build" "$scratch/consumer/CMakeCache.txt" && fail "the consumer found noorm's build tree"
cmake --build "$scratch/consumer" >"$scratch/build.log" 2>&1 || { cat "$scratch/build.log" >&2; fail "build"; }

cp -r "$source/examples/sqlite-shop" "$scratch/shop"
export NOORM_HOME=$scratch/home
out=$("$scratch/consumer/sdk-consumer" "$scratch/shop" "$scratch/shop-test.db") || { echo "$out" >&2; fail "sdk-consumer"; }
echo "$out"
grep -q "build: 5 ran, 0 skipped, 0 failed" <<<"$out" || fail "the build did not run every file"
grep -q "MUG-01" <<<"$out" && grep -q "query: 3 rows" <<<"$out" || fail "the query did not return the seeded products"
again=$("$scratch/consumer/sdk-consumer" "$scratch/shop" "$scratch/shop-test.db") || fail "second run"
grep -q "build: 0 ran, 5 skipped, 0 failed" <<<"$again" || { echo "$again" >&2; fail "the second build did not skip the unchanged files"; }
echo "sdk: ok"
