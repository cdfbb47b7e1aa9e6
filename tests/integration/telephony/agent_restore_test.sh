#!/usr/bin/env bash
# Agents keep their sign-in and status across a crash: 1001 signs in and goes ready, 1002 signs
# in and goes not ready (培训), 1003 signs in then out; once the events are durable the server is
# killed with SIGKILL and started again on the same data folder. The supervisor's snapshot then
# shows 1001 available, 1002 not ready with its reason, 1003 and 1004 logged out; and 1001, ready
# again without doing anything, can go not ready (the ACD really has it signed in). 1001's phone
# (a SIPp phone) registered once, before the crash, and never again: after the restart a caller
# of 95598 rings it at once (the server kept where it is), it answers and the carrier hangs up.
# usage: agent_restore_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server
register_phone 1001 "$TONE_1001"
kept() { [ "$(sqlite3 "$DATA/cti.sqlite" "SELECT count(*) FROM sip_registrations WHERE extension = '1001'")" = 1 ]; }
await 30 "1001's registration stored" kept
cli 1001 sign-in >/dev/null && cli 1001 ready >/dev/null || fail "1001 sign-in, ready"
cli 1002 sign-in >/dev/null && cli 1002 not-ready 培训 >/dev/null || fail "1002 sign-in, not-ready"
cli 1003 sign-in >/dev/null && cli 1003 sign-out >/dev/null || fail "1003 sign-in, sign-out"

# The last of the changes stored (what a restart reads), then the crash: six of them (1001 signs
# in and goes ready, 1002 signs in and goes not ready, 1003 signs in and out; with five, 1003's
# sign-out could still be on its way to the disk and 1003 came back signed in under load).
stored() {
  [ "$(sqlite3 "$DATA/cti.sqlite" "SELECT count(*) FROM event_log WHERE kind = 'agent.state'")" -ge 6 ]
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
grep -q "registration restored extension=1001 contact=" "$WORK/server.log" || fail "1001's registration was not restored"

# The phone never registered again: a caller reaches it all the same.
start_phone 1001 phone_answer 1
start_carrier
_answered() { grep -q "carrier: answered" "$WORK/$CARRIER_TAG-logs.log" 2>/dev/null; }
await 30 "the carrier's call to 1001's phone to be answered" _answered
carrier_hangup
wait_carrier "the caller hangs up"
wait_phone 1001 "rang without registering again, answered, BYE"

OUT=$(cli 1001 not-ready 午餐) || fail "1001 not-ready after the restart: $OUT"
[[ "$OUT" == *'"status":"not_ready"'* ]] || fail "1001 after not-ready: $OUT"
stop_server
note "PASS: sign-in, status and the phone's registration restored after SIGKILL (1001 available and rung, 1002 not ready 培训)"
