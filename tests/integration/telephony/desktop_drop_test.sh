#!/usr/bin/env bash
# A desktop that crashes during a call does not touch the call. 1001 is signed in, ready, its
# desktop (cti-cli watch) open, on a call with the carrier (both hear each other). The desktop is
# killed with SIGKILL: the server notices at once (the connection closed) and keeps the session
# for its resume grace; the call goes on (the carrier keeps hearing 1001, 1001 the carrier) and
# 1001 stays signed in. A desktop started again gets the true state, the call talking, in its
# first message (the time from start to that snapshot is printed). Then the caller hangs up and
# the call's record is an ordinary one.
# usage: desktop_drop_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server
cli 1001 sign-in >/dev/null && cli 1001 ready >/dev/null || fail "1001 sign-in, ready"
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
register_phone 1001 "$TONE_1001"
start_phone 1001 phone_answer 1
start_carrier
new_call
await_call_state "$CALL_ID" talking
await_hears carrier "$TONE_1001" "1001"

# start_watch runs cti-cli under a subshell: the desktop is its child.
DESKTOP=$(pgrep -P "$WATCH_PID" cti-cli) || fail "no cti-cli under the watch's subshell"
kill -9 "$DESKTOP"
wait "$WATCH_PID" 2>/dev/null || true
noticed() { grep -q "desktop gone session=[0-9]* user=1001: the session waits" "$WORK/server.log"; }
await 15 "the server to notice 1001's desktop is gone" noticed
note "1001's desktop killed; server: $(grep -o 'desktop gone session=[0-9]* user=1001: .*' "$WORK/server.log" | tail -1)"

# The call does not notice: both sides keep hearing each other; 1001 is still signed in.
await_hears carrier "$TONE_1001" "1001 (desktop gone)"
await_hears phone1001 "$TONE_CARRIER" "the carrier (desktop gone)"
SNAP=$(cli supervisor snapshot --fresh) || fail "snapshot: $SNAP"
STATE=$(python3 -c '
import json, sys
snap = json.loads(sys.stdin.read())
a = next(a for a in snap.get("agent_states", []) if str(a.get("user_id")) == "1")
c = [c for c in snap.get("calls", []) if str(c.get("call_id")) == sys.argv[1]]
print(a.get("status", ""), c[0].get("state", "") if c else "no call")' "$CALL_ID" <<<"$SNAP")
[ "$STATE" = "available talking" ] || fail "1001 and the call with the desktop gone: $STATE"
note "with the desktop gone: 1001 $STATE"

# The desktop comes back: its first message already shows the call talking.
T0=$(date +%s%3N)
WATCH2=$WORK/watch-1001-again.jsonl
start_watch 1001 "$WATCH2"
T1=$(date +%s%3N)
snap_call() {  # the state of call $1 in the first line (the snapshot) of the watch file $2
  head -n 1 "$2" | python3 -c '
import json, sys
calls = json.loads(sys.stdin.read())["snapshot"].get("calls", [])
print(next((c.get("state", "") for c in calls if c.get("call_id") == sys.argv[1]), "absent"))' "$1"
}
[ "$(snap_call "$CALL_ID" "$WATCH2")" = talking ] || fail "the new desktop's snapshot does not show call $CALL_ID talking: $(head -c 2000 "$WATCH2")"
note "the desktop back: snapshot with call $CALL_ID talking $((T1 - T0)) ms after its start (login included)"

carrier_hangup
wait_carrier "the caller hangs up"
wait_phone 1001 "answered, BYE when the caller hung up"
await_record "$CALL_ID" "inbound\|13800138000\|95598\|1\|1\|[^|]+\|caller\|1001"
note "call record: $(record "$CALL_ID")"
stop_server
