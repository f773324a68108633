#!/usr/bin/env bash
# The main job on the embedded default: the SQLite example project (examples/sqlite-shop).
# Runs in a scratch copy with a throwaway keyring, so the repository stays clean.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$here/build}
"$build/cli/noorm" version
