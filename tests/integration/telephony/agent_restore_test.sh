#!/usr/bin/env bash
# Agents keep their sign-in and status across a crash: 1001 signs in and goes ready, 1002 signs
# in and goes not ready (培训), 1003 signs in then out; once the events are durable the server is
# killed with SIGKILL and started again on the same data folder. The supervisor's snapshot then
# shows 1001 available, 1002 not ready with its reason, 1003 and 1004 logged out; and 1001, ready
# again without doing anything, can go not ready (the ACD really has it signed in).
# usage: agent_restore_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"

start_server
cli 1001 sign-in >/dev/null && cli 1001 ready >/dev/null || fail "1001 sign-in, ready"
cli 1002 sign-in >/dev/null && cli 1002 not-ready 培训 >/dev/null || fail "1002 sign-in, not-ready"
cli 1003 sign-in >/dev/null && cli 1003 sign-out >/dev/null || fail "1003 sign-in, sign-out"

# The last of the changes stored (what a restart reads), then the crash.
stored() {
  [ "$(sqlite3 "$DATA/cti.sqlite" "SELECT count(*) FROM event_log WHERE kind = 'agent.state'")" -ge 5 ]
}
await 30 "the agents' changes in the event log" stored
kill -9 "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
note "server killed with SIGKILL"

rm -f "$WORK/ready.json"
start_server
grep -q "restored the sign-in and status of 2 agents" "$WORK/server.log" || fail "no restore line in the log"
SNAP=$(cli supervisor snapshot --fresh) || fail "snapshot: $SNAP"
status_of() {  # USER_ID → status/reason
  python3 -c '
import json, sys
snap = json.loads(sys.stdin.read())
for a in snap.get("agent_states", []):
    if str(a.get("user_id")) == sys.argv[1]:
        print(a.get("status", "") + "/" + a.get("reason", "")); break
else:
    print("absent")' "$1" <<<"$SNAP"
}
[ "$(status_of 1)" = "available/" ] || fail "1001 after the restart: $(status_of 1)"
[ "$(status_of 2)" = "not_ready/培训" ] || fail "1002 after the restart: $(status_of 2)"
[ "$(status_of 3)" = "logged_out/" ] || fail "1003 after the restart: $(status_of 3)"
[ "$(status_of 4)" = "logged_out/" ] || fail "1004 after the restart: $(status_of 4)"
OUT=$(cli 1001 not-ready 午餐) || fail "1001 not-ready after the restart: $OUT"
[[ "$OUT" == *'"status":"not_ready"'* ]] || fail "1001 after not-ready: $OUT"
stop_server
note "PASS: sign-in and status restored after SIGKILL (1001 available, 1002 not ready 培训)"
