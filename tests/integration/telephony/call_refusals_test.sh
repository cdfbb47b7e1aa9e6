#!/usr/bin/env bash
# Call-control commands the server must refuse, as cti-cli shows them (exit 5 and the server's
# message), and a supervisor ending an agent's call, with real SIP peers: a SIPp phone registered
# as 1001 (rings; answers when told to by the auto-answer hint), the SIPp carrier calling 95598.
#  7. while 1001's phone rings: `hold` is refused (the call is not talking); 1001 answers from the
#     desktop; `complete-transfer` without a consultation is refused; agent 1003, not on the call,
#     may not `hangup` it (permission denied) and the call goes on; the team leader (`--user
#     leader`, call.supervise) ends it with `hangup CALL`: the carrier and 1001's phone get BYEs,
#     the record says who ended it.
# usage: call_refusals_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
register_phone 1001 "$TONE_1001"

start_phone 1001 phone_ring_hint_only 2   # the ring (cancelled), then the auto-answer INVITE
start_carrier
new_call
await 60 "1001 ringing on call $CALL_ID (legs: $(call_legs "$CALL_ID"))" legs_have "$CALL_ID" "agent:1001:ringing"

refused 1001 "hold while ringing" "cannot hold while the call is setup" hold "$CALL_ID"
state_is "$CALL_ID" setup || fail "call $CALL_ID left setup after the refused hold: $(show_call "$CALL_ID")"

OUT=$(cli 1001 answer "$CALL_ID" 2>&1) || fail "cti-cli --user 1001 answer $CALL_ID failed: $OUT"
await_call_state "$CALL_ID" talking
await_hears carrier "$TONE_1001" "1001"

refused 1001 "complete-transfer without a consultation" "cannot complete a transfer while the call is talking" \
  complete-transfer "$CALL_ID"
refused 1003 "another agent hanging up 1001's call" "you are not on this call" hangup "$CALL_ID"
grep -q "call control refused user=1003" "$WORK/server.log" \
  || fail "the server did not log 1003's refused hangup: $(grep 'call control' "$WORK/server.log" | tail -n 5)"
state_is "$CALL_ID" talking || fail "call $CALL_ID is no longer talking after the refusals: $(show_call "$CALL_ID")"
await_hears carrier "$TONE_1001" "1001 still, after the refusals"
await_hears phone1001 "$TONE_CARRIER" "the carrier still, after the refusals"

OUT=$(cli leader hangup "$CALL_ID" 2>&1) || fail "cti-cli --user leader hangup $CALL_ID failed: $OUT"
note "leader hangup $CALL_ID: $OUT"
await_call_state "$CALL_ID" ended
wait_carrier "BYE from the server"
wait_phone 1001 "the ring cancelled, the auto-answered call ended by the team leader (BYE)"
expect_states "$CALL_ID" "setup talking ended"
await_record "$CALL_ID" "inbound\|13800138000\|95598\|1\|1\|[^|]+\|system\|1001"
note "end reason: $(sqlite3 "$DATA/cti.sqlite" "SELECT end_reason FROM calls WHERE call_id = $CALL_ID")"

# A command on a call that has ended: not found.
refused 1001 "hangup of an ended call" "does not exist or has ended" hangup "$CALL_ID"

note "call events seen by 1001:"$'\n'"$(python3 "$TEL_DIR/events.py" calls "$WATCH")"
kill "$WATCH_PID" 2>/dev/null || true
stop_server
echo "call_refusals_test: all checks passed"
