#!/usr/bin/env bash
# Prints the build directory of a CMake preset.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
case "${1:-default}" in
  debug-asan) echo "$here/build-asan" ;;
  *) echo "$here/build" ;;
esac
