#!/usr/bin/env bash
# Blind transfer from the desktop, with real SIP peers: SIPp phones registered as 1001 and 1002,
# the SIPp carrier (127.0.0.2) calling 95598 (rings 1001); each party's media is an rtp_party.py
# sending its own tone, so the test hears who is connected to whom.
#  1. 1001 answers; `cti-cli --user 1001 transfer CALL 1002`: 1001's phone gets a BYE, 1002 rings
#     and answers, the carrier stays on the call and now hears 1002 (and 1002 the carrier);
#     1001's watch shows talking -> transferring -> talking; the carrier hangs up: the call ends,
#     1002 gets the BYE, the record says answered, ended, hung up by the caller.
#  2. With a ring timeout of 8 s, a transfer to 1002 whose phone rings and never answers: 1002's
#     INVITE is cancelled and the call comes back to 1001 with the auto-answer hint; 1001's phone
#     answers it and the carrier hears 1001 again.
# usage: call_transfer_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

RING_TIMEOUT=8
start_server "ring_timeout_s = $RING_TIMEOUT"
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
start_watch 1002 "$WORK/watch-1002.jsonl"
register_phone 1001 "$TONE_1001"
register_phone 1002 "$TONE_1002"

# ---- 1. blind transfer, answered ----
note "--- 1. blind transfer to 1002, answered"
start_phone 1001 phone_answer 1
start_phone 1002 phone_answer 1
start_carrier
new_call
await_call_state "$CALL_ID" talking
await_hears carrier "$TONE_1001" "1001" "$TONE_1002"
await_hears phone1001 "$TONE_CARRIER" "the carrier"

OUT=$(cli 1001 transfer "$CALL_ID" 1002 2>&1) || fail "cti-cli transfer $CALL_ID 1002 failed: $OUT"
note "transfer $CALL_ID 1002: $OUT"
wait_phone 1001 "BYE after the transfer"
_talking_to_1002() { state_is "$CALL_ID" talking && legs_have "$CALL_ID" "agent:1002:up"; }
await 60 "call $CALL_ID talking with 1002 (now: $(show_call "$CALL_ID" | tail -n 1))" _talking_to_1002
expect_states "$CALL_ID" "talking transferring talking"
legs_have "$CALL_ID" "agent:1002:up" || fail "1002 is not on call $CALL_ID: $(call_legs "$CALL_ID")"
legs_have "$CALL_ID" "customer:13800138000:up" || fail "the caller is not up on call $CALL_ID: $(call_legs "$CALL_ID")"
! call_legs "$CALL_ID" | grep -q ":1001:" || fail "1001 is still on call $CALL_ID: $(call_legs "$CALL_ID")"
await_hears phone1002 "$TONE_CARRIER" "the carrier" "$TONE_1001"
await_hears carrier "$TONE_1002" "1002" "$TONE_1001" "$TONE_HOLD"
grep -q "auto-answer hint ''" "$WORK/${PHONE_TAG[1002]}-logs.log" \
  || fail "1002's phone got the transfer with the auto-answer hint (it should ring): $(phone_log 1002)"
phone_invite_from 1002 13800138000
# 1002's desktop sees the call it took.
await 60 "call $CALL_ID in 1002's watch" state_is "$CALL_ID" talking "$WORK/watch-1002.jsonl"

carrier_hangup
wait_carrier "the caller hangs up"
wait_phone 1002 "answered the transfer, BYE when the caller hung up"
await_call_state "$CALL_ID" ended
expect_states "$CALL_ID" "talking transferring talking ended"
await_record "$CALL_ID" "inbound\|13800138000\|95598\|1\|1\|[^|]+\|caller\|100[12]"

# ---- 2. blind transfer, not answered: the call comes back ----
note "--- 2. blind transfer to 1002, not answered within ${RING_TIMEOUT}s: back to 1001"
start_phone 1001 phone_answer 2          # the call, then the same call coming back
start_phone 1002 phone_ring_hint_only 1  # rings, never answered
start_carrier
new_call
await_call_state "$CALL_ID" talking
await_hears carrier "$TONE_1001" "1001"

OUT=$(cli 1001 transfer "$CALL_ID" 1002 2>&1) || fail "cti-cli transfer $CALL_ID 1002 failed: $OUT"
note "transfer $CALL_ID 1002: $OUT"
await_call_state "$CALL_ID" transferring
await 60 "1002 ringing on call $CALL_ID (legs: $(call_legs "$CALL_ID"))" legs_have "$CALL_ID" "agent:1002:ringing"
wait_phone 1002 "rang, cancelled at the ring timeout"
await_call_state "$CALL_ID" talking
expect_states "$CALL_ID" "talking transferring talking"
legs_have "$CALL_ID" "agent:1001:up" || fail "the call did not come back to 1001: $(call_legs "$CALL_ID")"
_second_hinted() { phone_log 1001 | grep -q "call 2: INVITE auto-answer hint 'answer-after=0'"; }
await 30 "1001's phone to get the call back with the auto-answer hint" _second_hinted
await_hears carrier "$TONE_1001" "1001 again" "$TONE_1002"
await_hears phone1001 "$TONE_CARRIER" "the carrier again"

carrier_hangup
wait_carrier "the caller hangs up"
wait_phone 1001 "2 calls: the call, BYE at the transfer, the call back, BYE at the caller's hangup"
await_call_state "$CALL_ID" ended
await_record "$CALL_ID" "inbound\|13800138000\|95598\|1\|1\|[^|]+\|caller\|1001"

note "call events seen by 1001:"$'\n'"$(python3 "$TEL_DIR/events.py" calls "$WATCH")"
kill "$WATCH_PID" 2>/dev/null || true
stop_server
echo "call_transfer_test: all checks passed"
