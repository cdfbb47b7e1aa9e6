#!/usr/bin/env bash
# Validates packaging/windows/cti-desktops.wxs on Linux: wixl (msitools) builds an MSI from it
# over STAND-IN files (this machine has no Windows Qt build: each .exe and .dll below is a few
# bytes of text with the name windeployqt would give it), then msiinfo reads the tables back and
# the test checks the features, files, shortcuts, directories and the upgrade code.
# What this cannot show: that the real binaries run, that windeployqt's list matches, that the
# WiX 3 toolset on Windows (candle/light, ICE validation) accepts it. packaging/README.md says how
# the MSI is built on Windows.
# usage: tests/packaging/msi_test.sh        (needs wixl, wixl-heat, msiinfo: ./ctl package-test)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cti-msi.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
FAILED=0
pass() { echo "PASS: msi: $*"; }
fail() { echo "FAIL: msi: $*"; FAILED=1; }

for tool in wixl wixl-heat msiinfo; do
  command -v "$tool" >/dev/null || { echo "FAIL: msi: $tool not found (apt install wixl msitools)"; exit 1; }
done

VERSION=$(sed -n -E 's/^project\(cti VERSION ([0-9.]+).*/\1/p' "$ROOT/CMakeLists.txt")
[ -n "$VERSION" ] || { echo "FAIL: msi: no project version in CMakeLists.txt"; exit 1; }

# The folder layout of the Windows build steps: the two programs, and runtime/ as filled by
# `windeployqt --dir runtime` for both plus the vcpkg DLLs they link.
STAGE=$WORK/stage
RUNTIME_FILES=(
  Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Network.dll Qt6Svg.dll
  D3Dcompiler_47.dll opengl32sw.dll
  platforms/qwindows.dll styles/qwindowsvistastyle.dll
  imageformats/qgif.dll imageformats/qico.dll imageformats/qjpeg.dll imageformats/qsvg.dll
  iconengines/qsvgicon.dll
  tls/qschannelbackend.dll tls/qopensslbackend.dll tls/qcertonlybackend.dll
  networkinformation/qnetworklistmanager.dll generic/qtuiotouchplugin.dll
  translations/qt_zh_CN.qm translations/qt_en.qm
  libprotobuf.dll
)
mkdir -p "$STAGE/runtime"
for f in cti-agent.exe cti-supervisor.exe; do echo "stand-in for $f" >"$STAGE/$f"; done
for f in "${RUNTIME_FILES[@]}"; do
  mkdir -p "$STAGE/runtime/$(dirname "$f")"
  echo "stand-in for $f" >"$STAGE/runtime/$f"
done

# The Qt runtime's component group, from the file list (as heat makes it on Windows).
(cd "$STAGE" && find runtime -type f | sort) |
  wixl-heat --prefix runtime/ --component-group QtRuntime --directory-ref INSTALLDIR \
    --var var.RuntimeDir --win64 >"$WORK/qt-runtime.wxs"

# wixl resolves Source paths relative to the .wxs file's folder (absolute ones fail): the source
# is copied, unchanged, next to the stage folder.
cp "$ROOT/packaging/windows/cti-desktops.wxs" "$WORK/"
MSI=$WORK/cti-desktops-$VERSION.msi
if (cd "$WORK" && wixl -a x64 -D Version="$VERSION" -D SourceDir=stage -D RuntimeDir=stage/runtime -D Win64=yes \
    -o "$MSI" cti-desktops.wxs qt-runtime.wxs) >"$WORK/wixl.log" 2>&1; then
  pass "wixl built $(basename "$MSI") ($(stat -c %s "$MSI") bytes) from cti-desktops.wxs and the heat fragment"
else
  cat "$WORK/wixl.log"
  echo "FAIL: msi: wixl could not build the MSI"
  exit 1
fi

TABLES=$(msiinfo tables "$MSI")
for t in Property Directory Component File Feature FeatureComponents Shortcut Registry Upgrade Media; do
  grep -qx "$t" <<<"$TABLES" || fail "no $t table (tables: $(echo $TABLES))"
done
[ $FAILED -eq 0 ] && pass "msiinfo tables: $(echo "$TABLES" | tr '\n' ' ')"

export_table() { msiinfo export "$MSI" "$1" | tr -d '\r'; }  # rows end in CR LF

# Property: version and the upgrade code shared with CPack's WIX configuration.
PROPS=$(export_table Property)
grep -q "^ProductVersion	$VERSION\$" <<<"$PROPS" && pass "ProductVersion $VERSION" || fail "ProductVersion: $(grep ProductVersion <<<"$PROPS")"
CPACK_GUID=$(sed -n -E 's/.*CPACK_WIX_UPGRADE_GUID "([0-9A-F-]+)".*/\1/p' "$ROOT/cmake/CPackCti.cmake")
grep -q "^UpgradeCode	{$CPACK_GUID}\$" <<<"$PROPS" && pass "UpgradeCode {$CPACK_GUID}, the same as CPACK_WIX_UPGRADE_GUID" ||
  fail "UpgradeCode $(grep UpgradeCode <<<"$PROPS") differs from CPACK_WIX_UPGRADE_GUID $CPACK_GUID"

# File: both programs and every runtime file, each once.
FILES=$(export_table File | tail -n +4 | cut -f3 | sed 's/.*|//')
missing=()
for f in cti-agent.exe cti-supervisor.exe "${RUNTIME_FILES[@]}"; do
  grep -qx "$(basename "$f")" <<<"$FILES" || missing+=("$f")
done
n_files=$(wc -l <<<"$FILES")
expected=$(( ${#RUNTIME_FILES[@]} + 2 ))
[ ${#missing[@]} -eq 0 ] && [ "$n_files" -eq "$expected" ] && pass "File table: $n_files files, the 2 programs and ${#RUNTIME_FILES[@]} runtime files" ||
  fail "File table: $n_files rows, expected $expected; missing: ${missing[*]}"

# Directory: the plugin folders under INSTALLDIR (cti under Program Files 64).
DIRS=$(export_table Directory)
grep -q "^INSTALLDIR	ProgramFiles64Folder	cti\$" <<<"$DIRS" && pass "INSTALLDIR is Program Files\\cti" || fail "INSTALLDIR: $(grep INSTALLDIR <<<"$DIRS")"
for d in platforms styles tls imageformats translations; do
  grep -q "	$d\$" <<<"$DIRS" || fail "no $d folder in the Directory table"
done

# Features and what each installs: the program, its shortcut and the whole runtime.
FEATURES=$(export_table Feature)
for f in Agent Supervisor; do grep -q "^$f	" <<<"$FEATURES" || fail "no feature $f"; done
FC=$(export_table FeatureComponents | tail -n +4)
n_comp=$(export_table Component | tail -n +4 | wc -l)
agent_n=$(grep -c "^Agent	" <<<"$FC" || true)
sup_n=$(grep -c "^Supervisor	" <<<"$FC" || true)
runtime_n=${#RUNTIME_FILES[@]}
grep -q "^Agent	AgentExe\$" <<<"$FC" && grep -q "^Agent	AgentShortcut\$" <<<"$FC" &&
  grep -q "^Supervisor	SupervisorExe\$" <<<"$FC" && grep -q "^Supervisor	SupervisorShortcut\$" <<<"$FC" &&
  [ "$agent_n" -eq $((runtime_n + 2)) ] && [ "$sup_n" -eq $((runtime_n + 2)) ] &&
  pass "features Agent and Supervisor: $agent_n and $sup_n components each (program, shortcut, $runtime_n runtime) of $n_comp" ||
  fail "FeatureComponents: Agent $agent_n, Supervisor $sup_n rows, expected $((runtime_n + 2)) each"

# Shortcuts in the start menu's cti folder, to the installed programs.
SHORTCUTS=$(export_table Shortcut | tail -n +4)
for s in "AgentStartMenu	CtiMenuFolder	cti Agent Desktop	AgentShortcut	[INSTALLDIR]cti-agent.exe" \
         "SupervisorStartMenu	CtiMenuFolder	cti Supervisor Desktop	SupervisorShortcut	[INSTALLDIR]cti-supervisor.exe"; do
  grep -qF "$s" <<<"$SHORTCUTS" || fail "no shortcut row starting: $s"
done
[ $FAILED -eq 0 ] && pass "Shortcut table: $(cut -f3 <<<"$SHORTCUTS" | paste -sd, -) in the cti start-menu folder"

# MajorUpgrade: the Upgrade table finds older versions (to remove) and newer ones (to refuse).
UPG=$(export_table Upgrade | tail -n +4)
[ "$(grep -c "{$CPACK_GUID}" <<<"$UPG")" -ge 2 ] && pass "Upgrade table: $(wc -l <<<"$UPG") rows for the upgrade code (major upgrade, no downgrade)" ||
  fail "Upgrade table: $UPG"

if [ $FAILED -ne 0 ]; then
  echo "FAIL: msi: the WiX source did not validate (stand-in files; see above)"
  exit 1
fi
echo "PASS: msi: packaging/windows/cti-desktops.wxs builds with wixl and msiinfo reads it (stand-in files, not a Windows build)"
