#!/usr/bin/env bash
# The main job on the embedded default, the SQLite example project (examples/sqlite-shop):
# noorm init on a fresh folder, then on a scratch copy of the example: config add,
# config validate (connects; changes nothing), run build (every schema file
# runs), run build again (everything skipped as unchanged), the change sets: list (all
# pending), ff (applies them in order), history, a rewind 1 + ff round trip; db explore
# (overview and a table's detail), a query with sql and its history; config list.
# Runs with a throwaway keyring and HOME, so neither the repository nor your keychain changes.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
if [ -z "${NOORM_IN_KEYRING:-}" ]; then
  exec bash "$here/scripts/in-keyring.sh" bash "$0" "$build"
fi
export PATH="$build/cli:$PATH"
work=$(mktemp -d /tmp/noorm-example.XXXXXX)
trap 'rm -rf "$work"' EXIT
run() { echo "\$ $*" >&2; "$@"; }

cd "$work" && mkdir fresh && cd fresh
run noorm init --name "Example User" --email example@noorm.dev

cp -r "$here/examples/sqlite-shop" "$work/shop" && cd "$work/shop"
run noorm config add dev --dialect sqlite --database ./shop.db --use
run noorm config validate
run noorm run build
run noorm run build
run noorm change list
run noorm change ff
run noorm change history
run noorm change rewind 1 --yes   # destructive: asked on a terminal, --yes in a script
run noorm change ff
run noorm db explore
run noorm db explore tables detail orders
run noorm sql "SELECT sku, title, price_cents FROM products ORDER BY price_cents DESC LIMIT 3"
run noorm sql history 1
run noorm config list
run noorm version
# The desktop app on the same example, offscreen: its main screens, light and dark.
if [ -x "$build/tests/app/tst_desktop" ]; then
  run env NOORM_SCREENSHOT_OUT="$work/screenshots" bash "$here/docs/screenshots.sh" "$build"
fi
