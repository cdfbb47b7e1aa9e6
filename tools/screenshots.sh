#!/usr/bin/env bash
# tools/screenshots.sh [OUT]: pictures of the desktops' main states for a person to look at, in
# zh_CN and in en (default OUT: build/screenshots). The agent desktop: idle, ringing with the
# screen pop, on a call, the work-order form, the order detail with its timeline, the workbench
# (agent-<state>-<lang>.png); the supervisor's wall with live data, in wallboard mode, the day's
# queue report, the IVR flow editor showing a refused save and the administration window's queues,
# calendars and users (supervisor-*-<lang>.png). They are
# taken from the real applications (AgentApp's and SupervisorApp's windows, as cti-agent and
# cti-supervisor make them) on a real X server (Xvfb), against a real cti-server with SIPp callers
# and phones: tests/integration/telephony/agent_desktop_test.sh, supervisor_wall_test.sh and
# flow_editor_test.sh, run once per language.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(realpath -m "${1:-build/screenshots}")
BUILD=${CTI_BUILD_DIR:-build/debug}
mkdir -p "$OUT"
[ -f "$BUILD/build.ninja" ] || cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCTI_SANITIZE=ON \
  -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" >/dev/null
cmake --build "$BUILD" --target cti-server cti-cli agent_desktop_e2e supervisor_wall_e2e flow_editor_e2e \
  supervisor_admin_server_tests
# On a real X server Qt loads D-Bus, whose library keeps a buffer LeakSanitizer reports at exit;
# not ours, and the pictures are what this script is for (./ctl test runs offscreen with leaks on).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
for lang in zh_CN en; do
  echo "screenshots: $lang"
  CTI_SCREENSHOT_DIR=$OUT QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
    tests/integration/telephony/agent_desktop_test.sh "$BUILD/server/app/cti-server" "$BUILD/cli/cti-cli" \
    "$BUILD/tests/agent_client/agent_desktop_e2e" "$lang"
  CTI_SCREENSHOT_DIR=$OUT QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
    tests/integration/telephony/supervisor_wall_test.sh "$BUILD/server/app/cti-server" "$BUILD/cli/cti-cli" \
    "$BUILD/tests/supervisor_client/supervisor_wall_e2e" "$lang"
  CTI_SCREENSHOT_DIR=$OUT QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
    tests/integration/telephony/flow_editor_test.sh "$BUILD/server/app/cti-server" "$BUILD/cli/cti-cli" \
    "$BUILD/tests/supervisor_client/flow_editor_e2e" "$lang"
  CTI_SCREENSHOT_DIR=$OUT CTI_E2E_LANG=$lang QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$BUILD/tests/supervisor_client/supervisor_admin_server_tests" "[.screenshots]"
done
ls -1 "$OUT"/agent-*.png "$OUT"/supervisor-*.png
