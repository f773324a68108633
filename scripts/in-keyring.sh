#!/usr/bin/env bash
# in-keyring.sh CMD...: run CMD in a private D-Bus session with one unlocked throwaway
# gnome-keyring (the secret service QtKeychain talks to) and a throwaway HOME.
#
# Why it is built this way: a call to org.freedesktop.secrets before our daemon owns the
# name used to make the bus activate a second daemon from the system's service file, one
# without our unlocked `login` collection ("Object does not exist at path
# .../collection/login", "couldn't create system prompt"). So the bus has no service
# files (scripts/test-session-bus.conf), the daemon runs in the foreground as our child,
# and CMD starts only once that process owns the name, `default` is its `login`
# collection and a store/lookup/clear round trip through it works.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ -z "${NOORM_IN_KEYRING:-}" ]; then
  export NOORM_IN_KEYRING=1
  # dbus-daemon chatter (fd limits) is noise here
  exec dbus-run-session --config-file="$here/test-session-bus.conf" -- "$0" "$@" \
    2> >(grep --line-buffered -v "^dbus-daemon\[" >&2)
fi

export XDG_RUNTIME_DIR; XDG_RUNTIME_DIR=$(mktemp -d /tmp/noorm-xdg.XXXXXX); chmod 700 "$XDG_RUNTIME_DIR"
export HOME; HOME=$(mktemp -d /tmp/noorm-home.XXXXXX)
export XDG_DATA_HOME="$HOME/.local/share"
keyring_pid=
cleanup() {
  if [ -n "$keyring_pid" ]; then kill "$keyring_pid" 2>/dev/null || true; wait "$keyring_pid" 2>/dev/null || true; fi
  rm -rf "$XDG_RUNTIME_DIR" "$HOME"
}
trap cleanup EXIT

# bus NAME ARGS...: a call to the bus itself (never activates anything); prints the value.
bus() {
  dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    "org.freedesktop.DBus.$1" "${@:2}" 2>/dev/null | tr -d '[:space:]'
}

# True when our daemon serves org.freedesktop.secrets with an unlocked login collection.
keyring_ready() {
  local owner pid alias
  owner=$(bus GetNameOwner string:org.freedesktop.secrets) || return 1
  pid=$(bus GetConnectionUnixProcessID "string:$owner") || return 1
  [ "$pid" = "uint32$keyring_pid" ] || return 1
  alias=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.Secret.Service.ReadAlias string:default 2>/dev/null | tr -d '[:space:]') || return 1
  [ "$alias" = "/org/freedesktop/secrets/collection/login" ] || return 1
  echo -n probe | timeout 10 secret-tool store --label=noorm-probe service noorm-in-keyring account probe 2>/dev/null || return 1
  [ "$(timeout 10 secret-tool lookup service noorm-in-keyring account probe 2>/dev/null)" = probe ] || return 1
  timeout 10 secret-tool clear service noorm-in-keyring account probe 2>/dev/null
}

echo -n "noorm-throwaway" | gnome-keyring-daemon --foreground --unlock --components=secrets \
  >"$XDG_RUNTIME_DIR/keyring.env" 2>"$XDG_RUNTIME_DIR/keyring.log" &
keyring_pid=$!
ready=
for _ in $(seq 1 200); do # polls a condition, at most ~10 s
  if keyring_ready; then ready=1; break; fi
  kill -0 "$keyring_pid" 2>/dev/null || break
  sleep 0.05
done
if [ -z "$ready" ]; then
  echo "in-keyring.sh: the throwaway gnome-keyring did not come up with an unlocked login collection" >&2
  cat "$XDG_RUNTIME_DIR/keyring.log" >&2
  exit 1
fi
# What the daemon tells its clients (VAR=value lines; this version prints none with only
# the secrets component, so its control socket is exported by hand).
while IFS='=' read -r name value; do
  if [[ "$name" =~ ^[A-Z_]+$ ]]; then export "$name=$value"; fi
done <"$XDG_RUNTIME_DIR/keyring.env"
export GNOME_KEYRING_CONTROL="${GNOME_KEYRING_CONTROL:-$XDG_RUNTIME_DIR/keyring}"

status=0
"$@" || status=$?
exit $status
