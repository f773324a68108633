#!/usr/bin/env bash
# in-keyring.sh CMD...: run CMD in a private D-Bus session with an unlocked throwaway
# gnome-keyring (the secret service QtKeychain talks to) and a throwaway HOME.
set -euo pipefail
if [ -z "${NOORM_IN_KEYRING:-}" ]; then
  export NOORM_IN_KEYRING=1
  # dbus-daemon chatter (fd limits, service activation) is noise here
  exec dbus-run-session -- "$0" "$@" 2> >(grep --line-buffered -v "^dbus-daemon\[" >&2)
fi
export XDG_RUNTIME_DIR; XDG_RUNTIME_DIR=$(mktemp -d /tmp/noorm-xdg.XXXXXX); chmod 700 "$XDG_RUNTIME_DIR"
export HOME; HOME=$(mktemp -d /tmp/noorm-home.XXXXXX)
export XDG_DATA_HOME="$HOME/.local/share"
echo -n "noorm-throwaway" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
# wait until the secret service answers
for _ in $(seq 1 40); do
  if dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
     org.freedesktop.DBus.Peer.Ping >/dev/null 2>&1; then break; fi
  sleep 0.1
done
status=0
"$@" || status=$?
rm -rf "$XDG_RUNTIME_DIR" "$HOME"
exit $status
