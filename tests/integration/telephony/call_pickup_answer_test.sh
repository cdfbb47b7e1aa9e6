#!/usr/bin/env bash
# Taking a ringing call from the desktop, with real SIP peers: SIPp phones registered as 1001 and
# 1002, the SIPp carrier (127.0.0.2) calling 95598 (rings 1001); each party's media is an
# rtp_party.py sending its own tone.
#  5. Pickup: 1001's phone rings and is not answered; `cti-cli --user 1002 pickup CALL`: 1001's
#     INVITE is cancelled, 1002's phone gets an INVITE with the auto-answer hint (the SIPp phone
#     fails the call without `Call-Info: ...;answer-after=0`), answers, and talks to the carrier.
#  6. Answer from the desktop: 1001's phone rings and is not answered; `cti-cli --user 1001 answer
#     CALL`: the ring is cancelled and replaced by an INVITE with the auto-answer hint, which the
#     phone answers: talking, the carrier and 1001 hear each other.
# usage: call_pickup_answer_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
start_watch 1002 "$WORK/watch-1002.jsonl"
register_phone 1001 "$TONE_1001"
register_phone 1002 "$TONE_1002"

# ---- 5. pickup ----
note "--- 5. 1002 picks up the call ringing at 1001"
start_phone 1001 phone_ring_hint_only 1   # rings; the pickup cancels it
start_phone 1002 phone_answer 1 true      # answers only an INVITE with the auto-answer hint
start_carrier
new_call
await 60 "1001 ringing on call $CALL_ID (legs: $(call_legs "$CALL_ID"))" legs_have "$CALL_ID" "agent:1001:ringing"
OUT=$(cli 1002 pickup "$CALL_ID" 2>&1) || fail "cti-cli --user 1002 pickup $CALL_ID failed: $OUT"
note "pickup $CALL_ID as 1002: $OUT"
wait_phone 1001 "its ringing INVITE cancelled by the pickup"
await_call_state "$CALL_ID" talking
legs_have "$CALL_ID" "agent:1002:up" || fail "1002 is not on call $CALL_ID: $(call_legs "$CALL_ID")"
! call_legs "$CALL_ID" | grep -q ":1001:" || fail "1001 is still on call $CALL_ID: $(call_legs "$CALL_ID")"
phone_log 1002 | grep -q "call 1: INVITE auto-answer hint 'answer-after=0'" \
  || fail "1002's INVITE had no auto-answer hint: $(phone_log 1002)"
phone_invite_from 1002 13800138000
await_hears phone1002 "$TONE_CARRIER" "the carrier" "$TONE_1001"
await_hears carrier "$TONE_1002" "1002" "$TONE_1001"
await 60 "call $CALL_ID talking in 1002's watch" state_is "$CALL_ID" talking "$WORK/watch-1002.jsonl"
carrier_hangup
wait_carrier "the caller hangs up"
wait_phone 1002 "answered the picked-up call (auto-answer hint), BYE when the caller hung up"
await_call_state "$CALL_ID" ended
expect_states "$CALL_ID" "setup talking ended"
await_record "$CALL_ID" "inbound\|13800138000\|95598\|1\|1\|[^|]+\|caller\|1002"

# ---- 6. answer from the desktop ----
note "--- 6. 1001 answers the ringing call from the desktop"
start_phone 1001 phone_ring_hint_only 2   # the ring (cancelled), then the auto-answer INVITE
start_carrier
new_call
await 60 "1001 ringing on call $CALL_ID (legs: $(call_legs "$CALL_ID"))" legs_have "$CALL_ID" "agent:1001:ringing"
OUT=$(cli 1001 answer "$CALL_ID" 2>&1) || fail "cti-cli --user 1001 answer $CALL_ID failed: $OUT"
note "answer $CALL_ID as 1001: $OUT"
await_call_state "$CALL_ID" talking
legs_have "$CALL_ID" "agent:1001:up" || fail "1001 is not up on call $CALL_ID: $(call_legs "$CALL_ID")"
_answered() { phone_log 1001 | grep -q "call 2: answered"; }
await 30 "1001's phone to answer the INVITE with the auto-answer hint" _answered
phone_log 1001 | grep -q "call 1: CANCEL from the server" || fail "1001's first INVITE was not cancelled: $(phone_log 1001)"
phone_log 1001 | grep -q "call 2: INVITE auto-answer hint 'answer-after=0'" \
  || fail "1001's second INVITE had no auto-answer hint: $(phone_log 1001)"
await_hears carrier "$TONE_1001" "1001" "$TONE_1002"
await_hears phone1001 "$TONE_CARRIER" "the carrier"
carrier_hangup
wait_carrier "the caller hangs up"
wait_phone 1001 "2 INVITEs: the ring cancelled, the auto-answered call with its BYE"
await_call_state "$CALL_ID" ended
expect_states "$CALL_ID" "setup talking ended"
await_record "$CALL_ID" "inbound\|13800138000\|95598\|1\|1\|[^|]+\|caller\|1001"

note "call events seen by 1001:"$'\n'"$(python3 "$TEL_DIR/events.py" calls "$WATCH")"
kill "$WATCH_PID" 2>/dev/null || true
stop_server
echo "call_pickup_answer_test: all checks passed"
