#!/usr/bin/env bash
# The .deb as a Debian user gets it: cpack builds it from this build folder; then its
# Depends (computed from the shared libraries), lintian, the desktop entry and AppStream
# metainfo validators, and the package unpacked into a scratch root (dpkg -x): every
# binary's libraries resolve, `noorm --version` and `noorm-desktop --self-test` (offscreen)
# run from there, the man pages render, the icons are there, and bash completion (and
# fish's) answers a few prefixes with commands, flags, config and change names.
# Usage: test_package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
need() { # a tool the check needs: under CI=true its absence is a failure, else a skip
  command -v "$1" >/dev/null && return 0
  [ "${CI:-}" = "true" ] && fail "$1 is missing (scripts/setup.sh installs it)"
  echo "SKIP: $1 is not installed" >&2; return 1
}

rm -f "$build"/packages/noorm_*.deb "$build"/packages/noorm-dev_*.deb
(cd "$build" && cpack -G DEB >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log" >&2; fail "cpack"; }
deb=$(find "$build/packages" -name 'noorm_*.deb' | head -1)
dev=$(find "$build/packages" -name 'noorm-dev_*.deb' | head -1)
[ -n "$deb" ] && [ -n "$dev" ] || fail "cpack made no noorm and noorm-dev packages"
echo "package: $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6widgets6 libqt6sql6 libsodium23 libqt6keychain1 libqt6sql6-sqlite; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
if need lintian; then
  lintian --tag-display-limit 0 "$deb" "$dev" 2>/dev/null >"$scratch/lintian.txt" || true
  grep "^W:" "$scratch/lintian.txt" >&2 || true
  if grep -q '^E:' "$scratch/lintian.txt"; then cat "$scratch/lintian.txt" >&2; fail "lintian reports errors"; fi
  echo "lintian: no errors ($(grep -c '^W:' "$scratch/lintian.txt" || true) warnings)"
fi

root=$scratch/root
dpkg -x "$deb" "$root"
for bin in "$root"/usr/bin/*; do
  missing=$(ldd "$bin" | grep "not found" || true)
  [ -z "$missing" ] || fail "$(basename "$bin") has unresolved libraries: $missing"
done
[ -x "$root/usr/bin/noorm" ] && [ -x "$root/usr/bin/noorm-desktop" ] || fail "binaries missing from /usr/bin"
# The CLI's modules (cli/modules.h): the template engine and the update check, loaded on first use.
for module in libnoorm-templates.so libnoorm-update.so; do
  so=$(find "$root/usr/lib" -name "$module" | head -1)
  [ -n "$so" ] || fail "$module is not in the package"
  missing=$(ldd "$so" | grep "not found" || true)
  [ -z "$missing" ] || fail "$module has unresolved libraries: $missing"
done

export NOORM_HOME=$scratch/home XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$scratch/xdg}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
version=$("$root/usr/bin/noorm" --version | head -1)
grep -q "0\.\|[0-9]\.[0-9]" <<<"$version" || fail "noorm --version printed: $version"
echo "noorm --version: $version"
(cd "$scratch" && QT_QPA_PLATFORM=offscreen "$root/usr/bin/noorm-desktop" --self-test) >"$scratch/desktop.txt" 2>&1 \
  || { cat "$scratch/desktop.txt" >&2; fail "noorm-desktop --self-test"; }
grep -q "the window opened" "$scratch/desktop.txt" || { cat "$scratch/desktop.txt" >&2; fail "noorm-desktop did not open its window"; }
echo "noorm-desktop: $(grep 'window opened' "$scratch/desktop.txt")"
# A template rendered by the installed noorm: its engine comes from the installed module.
templated=$scratch/templated
mkdir -p "$templated/sql"
printf 'CREATE TABLE t (n INTEGER);\nINSERT INTO t VALUES ({%%= 1 + 1 %%});\n' >"$templated/sql/01_t.sql.tmpl"
(cd "$templated" && "$root/usr/bin/noorm" init --name "Pat Doe" --email pat@example.com >/dev/null \
  && "$root/usr/bin/noorm" config add dev --dialect sqlite --database ./dev.db >/dev/null \
  && "$root/usr/bin/noorm" run build >"$scratch/templated.txt" 2>&1) || { cat "$scratch/templated.txt" >&2; fail "run build of a template"; }
got=$(cd "$templated" && "$root/usr/bin/noorm" sql --csv "SELECT n FROM t" 2>/dev/null | tr -d '\r')
grep -qx 2 <<<"$got" || fail "the installed noorm rendered the template into '$got', not 2"
echo "template engine module: ok"

share=$root/usr/share
desktop=$share/applications/io.github.noormdev.Noorm.desktop
[ -f "$desktop" ] || fail "no desktop entry"
if need desktop-file-validate; then desktop-file-validate "$desktop" || fail "desktop-file-validate"; fi
if need appstreamcli; then appstreamcli validate --no-net "$share/metainfo/io.github.noormdev.Noorm.metainfo.xml" >/dev/null || fail "appstreamcli validate"; fi
for size in 16 32 48 128 256 512; do
  [ -s "$share/icons/hicolor/${size}x${size}/apps/io.github.noormdev.Noorm.png" ] || fail "no ${size}px icon"
done
[ -s "$share/icons/hicolor/scalable/apps/io.github.noormdev.Noorm.svg" ] || fail "no scalable icon"

for page in noorm noorm-run noorm-change noorm-config noorm-desktop; do
  [ -f "$share/man/man1/$page.1.gz" ] || fail "no man page $page(1)"
done
if need man; then
  text=$(MANWIDTH=100 man -l "$share/man/man1/noorm-run.1.gz" 2>/dev/null)
  grep -q "noorm run inspect" <<<"$text" && grep -q "EXAMPLES" <<<"$text" || fail "noorm-run(1) lacks run inspect or examples"
  text=$(MANWIDTH=100 man -l "$share/man/man1/noorm.1.gz" 2>/dev/null)
  grep -q "EXIT STATUS" <<<"$text" && grep -q -- "--config" <<<"$text" || fail "noorm(1) lacks exit status or --config"
  # The variables read by the program itself, not only those of an option (NOORM_YES was missing).
  for variable in NOORM_YES NOORM_CONNECTION_HOST NOORM_IDENTITY NOORM_KEY_STORE NOORM_PASSPHRASE NOORM_LOG_FILE NOORM_HOME; do
    sed -n '/^ENVIRONMENT/,/^EXIT STATUS/p' <<<"$text" | grep -q "$variable" || fail "noorm(1) ENVIRONMENT lacks $variable"
  done
fi

# Bash completion, as bash-completion loads it, from the unpacked package.
project=$scratch/project
mkdir -p "$project/changes/2026-01-05-add-users/change" "$project/changes/2026-02-10-add-orders/change"
(cd "$project" && "$root/usr/bin/noorm" init --name "Pat Doe" --email pat@example.com >/dev/null \
  && "$root/usr/bin/noorm" config add staging --dialect sqlite --database ./staging.db >/dev/null) || fail "init and config add"
complete_bash() { # in COMPLETE_IN (default: the project); one answer a line
  (cd "${COMPLETE_IN:-$project}" && PATH="$root/usr/bin:$PATH" bash -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
    _noorm; printf "%s\n" "${COMPREPLY[@]}"' _ "$share/bash-completion/completions/noorm" "$@")
}
expect() { # expect "<what it must hold>" words...
  local want=$1; shift
  local got; got=$(complete_bash "$@")
  grep -qw -- "$want" <<<"$got" || fail "bash completion of '$*' gave '$got', not $want"
}
expect config noorm con
expect change noorm ch
expect validate noorm config ""
expect inspect noorm run ""
expect --expand noorm run inspect --
expect --json noorm change list --
expect 2026-02-10-add-orders noorm change run ""
expect staging noorm --config ""
expect staging noorm config show ""
# An alias is its command (`config remove` offered the config group's words); an option's
# value that nothing completes is offered nothing (--dialect offered config names).
expect staging noorm config remove ""
[ -z "$(complete_bash noorm config add new --dialect "")" ] || fail "--dialect's value offered something"
[ -z "$(complete_bash noorm change run --wait "")" ] || fail "--wait's value offered change names"
[ -z "$(complete_bash noorm __)" ] || fail "a hidden command is offered"
expect staging noorm --config = ""  # --config=<TAB>: bash splits the word at '='
expect staging noorm --config = st
mkdir -p "$project/sql/nested" && touch "$project/sql/my file.sql"
COMPLETE_IN=$project/sql/nested expect 2026-01-05-add-users noorm change revert "" # the project's changes/, from a subfolder
# paths.changes elsewhere: the names come from there, with a config and before there is one.
custom=$scratch/custom
mkdir -p "$custom/db/migrations/2026-03-01-add-tags/change" "$custom/changes/2026-09-09-decoy/change"
(cd "$custom" && "$root/usr/bin/noorm" init --name "Pat Doe" --email pat@example.com >/dev/null \
  && sed -i 's#changes: ./changes#changes: ./db/migrations#' .noorm/settings.yml) || fail "init of the custom project"
for with_config in no yes; do
  [ $with_config = yes ] && { (cd "$custom" && "$root/usr/bin/noorm" config add dev --dialect sqlite --database ./dev.db >/dev/null) \
    || fail "config add in the custom project"; }
  got=$(COMPLETE_IN=$custom complete_bash noorm change run "")
  grep -qx 2026-03-01-add-tags <<<"$got" && ! grep -q decoy <<<"$got" \
    || fail "bash completion of change names under paths.changes (config: $with_config) gave '$got'"
done
# A key behind a passphrase and a terminal: completing asks noorm, which must not sit on a
# passphrase prompt nobody sees (the shell would freeze on TAB). script(1) gives the terminal.
if need script; then
  pass=$scratch/passphrase
  mkdir -p "$pass/home" "$pass/project/changes/2026-04-01-add-notes/change"
  (cd "$pass/project" && export NOORM_HOME=$pass/home NOORM_KEY_STORE=file NOORM_PASSPHRASE=correct-horse-battery \
    && "$root/usr/bin/noorm" init --name "Pat Doe" --email pat@example.com >/dev/null \
    && "$root/usr/bin/noorm" config add dev --dialect sqlite --database ./dev.db >/dev/null) || fail "init with a passphrase key"
  cat >"$scratch/tab.sh" <<'TAB'
source "$1"; COMP_WORDS=(noorm change run ""); COMP_CWORD=3; COMPREPLY=(); _noorm; printf "%s\n" "${COMPREPLY[@]}"
TAB
  got=$(cd "$pass/project" && NOORM_HOME=$pass/home NOORM_KEY_STORE=file PATH="$root/usr/bin:$PATH" \
    timeout 60 script -qec "bash $scratch/tab.sh $share/bash-completion/completions/noorm" /dev/null </dev/null) \
    || fail "bash completion under a terminal waited on the passphrase prompt (or failed): '$got'"
  grep -q 2026-04-01-add-notes <<<"$got" || fail "bash completion under a terminal, key behind a passphrase, gave '$got'"
fi
# The change names of the config the line names (-c, --config, --config=), not the active one's.
mkdir -p "$project/elsewhere/2026-05-05-only-other/change"
(cd "$project" && "$root/usr/bin/noorm" config add other --dialect sqlite --database ./other.db --changes-path ./elsewhere >/dev/null) \
  || fail "config add other"
for words in "-c other" "--config other" "--config = other"; do
  # shellcheck disable=SC2086 # the words split on purpose
  got=$(complete_bash noorm $words change run "")
  grep -qx 2026-05-05-only-other <<<"$got" && ! grep -q add-users <<<"$got" \
    || fail "bash completion of 'noorm $words change run' gave '$got'"
done
grep -qx 2026-01-05-add-users <<<"$(complete_bash noorm change run "")" || fail "bash completion left the active config"
complete_bash noorm run file sql/my | grep -qx "sql/my file.sql" \
  || fail "bash completion split a file name with a space: $(complete_bash noorm run file sql/my | tr '\n' '|')"
echo "bash completion: ok"
if need zsh; then
  zsh -n "$share/zsh/vendor-completions/_noorm" || fail "zsh completion does not parse"
  # zsh's completion builtins stubbed to print what they are given; the generated file is
  # autoloaded as compinit does, and its very first call must already complete.
  cat >"$scratch/complete.zsh" <<'ZSH'
compdef() { : }
compadd() { [[ $1 == -- ]] && shift; print -l -- "$@" }
_describe() { local name=$4; print -l -- ${(P)name} }
_files() { print FILES }
fpath=(${1:h} $fpath); autoload -Uz _noorm; shift   # as compinit loads it: the first call completes
words=("$@"); CURRENT=${#words}; PREFIX=${words[-1]}
_noorm
ZSH
  complete_zsh() { (cd "${COMPLETE_IN:-$project}" && PATH="$root/usr/bin:$PATH" zsh "$scratch/complete.zsh" "$share/zsh/vendor-completions/_noorm" "$@"); }
  complete_zsh noorm config "" | grep -q '^validate:' || fail "zsh completion of 'noorm config' lacks validate"
  complete_zsh noorm change revert "" | grep -qx 2026-01-05-add-users || fail "zsh completion lacks change names"
  COMPLETE_IN=$project/sql/nested complete_zsh noorm change revert "" | grep -qx 2026-01-05-add-users \
    || fail "zsh completion lacks change names from a subfolder"
  complete_zsh noorm -c "" | grep -qx staging || fail "zsh completion lacks config names"
  complete_zsh noorm -c other change run "" | grep -qx 2026-05-05-only-other || fail "zsh completion ignores -c other"
  echo "zsh completion: ok"
fi
if need fish; then
  got=$(cd "$project" && PATH="$root/usr/bin:$PATH" fish -c "source $share/fish/vendor_completions.d/noorm.fish; complete -C 'noorm change revert '")
  grep -q 2026-01-05-add-users <<<"$got" || fail "fish completion of change names gave: $got"
  got=$(cd "$project/sql/nested" && PATH="$root/usr/bin:$PATH" fish -c "source $share/fish/vendor_completions.d/noorm.fish; complete -C 'noorm change revert '")
  grep -q 2026-01-05-add-users <<<"$got" || fail "fish completion of change names from a subfolder gave: $got"
  got=$(cd "$project" && PATH="$root/usr/bin:$PATH" fish -c "source $share/fish/vendor_completions.d/noorm.fish; complete -C 'noorm --config other change revert '")
  grep -q 2026-05-05-only-other <<<"$got" && ! grep -q add-users <<<"$got" || fail "fish completion ignores --config other: $got"
  echo "fish completion: ok"
fi
# noorm-dev: the SDK's headers, libraries and CMake package, found under the unpacked /usr.
dpkg -x "$dev" "$root"
[ -f "$root/usr/lib/cmake/noorm/noormConfig.cmake" ] && [ -f "$root/usr/include/noorm/operations/run_operation.h" ] \
  || fail "noorm-dev lacks the CMake package or the headers"
[ -z "$(dpkg-deb -c "$deb" | grep 'include/noorm')" ] || fail "headers in the noorm package"
echo "package: ok"
