#!/usr/bin/env bash
# Command 1 of the README: on a fresh Debian 12 machine (as root, or with sudo), install every
# dependency from Debian packages, build noorm, and run the main job on the SQLite example.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
preset=${NOORM_PRESET:-default}
[ "${CI:-}" = "true" ] && preset=${NOORM_PRESET:-ci}

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"

if [ "${NOORM_SKIP_APT:-}" != "1" ]; then
  echo "==> Installing Debian packages" >&2
  $sudo_cmd apt-get update -qq
  pkgs=(build-essential cmake ninja-build pkg-config git qt6-base-dev qt6-base-dev-tools
    libqt6sql6-psql libqt6sql6-mysql libqt6sql6-sqlite libqt6sql6-odbc qt6-declarative-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qtkeychain-qt6-dev
    libqscintilla2-qt6-dev libsodium-dev libyaml-cpp-dev libssl-dev libcli11-dev libsqlite3-dev libpq-dev libcsv-dev zlib1g-dev python3 python3-cryptography
    postgresql mariadb-server sqlite3 xvfb xauth gnome-keyring libsecret-tools dbus dbus-x11
    tdsodbc unixodbc-dev libgl1-mesa-dev imagemagick fonts-dejavu-core clang libclang-rt-14-dev
    dpkg-dev file desktop-file-utils appstream lintian man-db bash-completion zsh fish)
  # Node.js builds the bundled JavaScript tools; keep an existing Node (NodeSource conflicts with Debian's npm).
  if ! command -v node >/dev/null 2>&1; then pkgs+=(nodejs npm); fi
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi

echo "==> Building (preset: $preset)" >&2
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

echo "==> Main job: the SQLite example project" >&2
bash "$here/scripts/example.sh" "$(bash "$here/scripts/builddir.sh" "$preset")"
