#!/usr/bin/env bash
# docs/record.sh [BUILD_DIR]: films two workflows in the desktop app, played at a person's
# pace by noorm-demo (app/demo/record_workflows.cpp) on a virtual X display (Xvfb) and
# captured with ffmpeg's x11grab, into docs/assets/<workflow>.mp4 and .gif (or
# NOORM_RECORD_OUT):
#   change-manager  apply a change from the change manager, then revert it
#   team-vault      set a secret in the team vault; a teammate syncs it and reveals it
# On a scratch copy of the example project (examples/sqlite-shop), with a throwaway keyring
# and HOME. Needs Xvfb and ffmpeg (apt-get install xvfb ffmpeg).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
if [ -z "${NOORM_IN_KEYRING:-}" ]; then
  exec bash "$here/scripts/in-keyring.sh" bash "$0" "$build"
fi
for tool in Xvfb ffmpeg; do
  command -v "$tool" >/dev/null || { echo "record.sh needs $tool (apt-get install xvfb ffmpeg)" >&2; exit 1; }
done
out="${NOORM_RECORD_OUT:-$here/docs/assets}"
mkdir -p "$out"
export PATH="$build/cli:$PATH"
work=$(mktemp -d /tmp/noorm-record.XXXXXX)
display=:$((90 + RANDOM % 9))
xvfb=
cleanup() {
  if [ -n "$xvfb" ]; then kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
Xvfb "$display" -screen 0 1280x840x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -S "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done # the server's socket: it takes clients
export DISPLAY=$display QT_QPA_PLATFORM=xcb

# you: an identity, the example project built, its first change applied (the others pending)
export NOORM_HOME="$work/you"
mkdir -p "$work/fresh" && (cd "$work/fresh" && noorm init --name "Alex Example" --email alex@example.com >/dev/null)
cp -r "$here/examples/sqlite-shop" "$work/shop"
(cd "$work/shop" && noorm config add dev --dialect sqlite --database ./shop.db --use >/dev/null &&
  noorm run build >/dev/null && noorm change run 2025-01-15-add-customer-phone >/dev/null)
# Carol: her own identity and project, her config on the same database, registered in it
carol_home="$work/carol"
mkdir -p "$work/carol-project"
(cd "$work/carol-project" && NOORM_HOME=$carol_home noorm init --name Carol --email carol@example.com >/dev/null &&
  NOORM_HOME=$carol_home noorm config add dev --dialect sqlite --database "$work/shop/shop.db" --use >/dev/null &&
  NOORM_HOME=$carol_home noorm secrets list >/dev/null)

# film NAME WORKFLOW ARGS...: noorm-demo plays it while ffmpeg records the display.
film() {
  local name=$1; shift
  ffmpeg -loglevel error -y -f x11grab -video_size 1280x840 -framerate 15 -i "$display" \
    -c:v libx264 -preset veryfast -crf 28 -pix_fmt yuv420p "$work/$name.mp4" &
  local ffmpeg_pid=$!
  "$build/app/noorm-demo" "$@"
  kill -INT "$ffmpeg_pid"; wait "$ffmpeg_pid" || true
  cp "$work/$name.mp4" "$out/$name.mp4"
  ffmpeg -loglevel error -y -i "$work/$name.mp4" \
    -vf "fps=8,scale=960:-1:flags=lanczos,split[a][b];[a]palettegen=max_colors=96[p];[b][p]paletteuse=dither=bayer" \
    "$out/$name.gif"
  echo "$out/$name.mp4 $out/$name.gif"
}
film change-manager changes "$work/shop"
film team-vault vault "$work/shop" "$carol_home" "$work/carol-project"
