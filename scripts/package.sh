#!/usr/bin/env bash
# Command 3 of the README (optional): build the Debian package, after scripts/setup.sh.
# Prints the paths of the two .debs (noorm: the programs; noorm-dev: the C++ SDK); install
# with `sudo apt install ./build/packages/noorm_*.deb`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=${NOORM_PRESET:-default}
[ "${CI:-}" = "true" ] && preset=${NOORM_PRESET:-ci}
build=$(bash "$here/scripts/builddir.sh" "$preset")
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
(cd "$build" && cpack -G DEB)
ls "$build"/packages/noorm_*.deb "$build"/packages/noorm-dev_*.deb
