#!/usr/bin/env bash
# docs/screenshots.sh [BUILD_DIR]: renders the desktop app's main screens against the
# example project (examples/sqlite-shop, built into SQLite) in light and dark, into
# docs/screenshots/<screen>-<light|dark>.png (or NOORM_SCREENSHOT_OUT). The screens are the GUI tests' own
# (tests/app/tst_desktop.cpp), on the offscreen platform, in a throwaway keyring and HOME.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
if [ -z "${NOORM_IN_KEYRING:-}" ]; then
  exec bash "$here/scripts/in-keyring.sh" bash "$0" "$build"
fi
out="${NOORM_SCREENSHOT_OUT:-$here/docs/screenshots}" # scripts/example.sh renders into a scratch folder
mkdir -p "$out"
for scheme in light dark; do
  QT_QPA_PLATFORM=offscreen NOORM_COLOR_SCHEME=$scheme NOORM_SCREENSHOT_DIR="$out" \
    "$build/tests/app/tst_desktop" opensTheProjectWithItsConfigsAndExplorer addsAConfigThroughTheDialog opensATableWithColumnsKeysDdlAndData \
    runsTheStatementUnderTheCursorWithCtrlEnter scrollsAMillionRowsAPageAtATime drawsAndExportsTheErDiagram speaksGerman appliesAndRevertsChangesFromTheChangeManager runsABuildAndOpensTheFailingFileAtItsLine warnsWhenTheVaultChangedAndSyncs followsTheProjectLog \
    showsAndReleasesTheLock editsAStageInTheSettingsEditorKeepingComments setsAVaultSecretThatATeammateReveals sharesConfigsWithATeammate \
    showsAnEditedChangeBesideWhatRanAndRendersTemplates inspectsATemplateBesideItsEditor saysWhichSettingsKeysItDoesNotKnow >/dev/null
done
ls "$out"/*.png
