#!/usr/bin/env bash
# Consultation from the desktop, with real SIP peers: SIPp phones registered as 1001 and 1002, the
# SIPp carrier (127.0.0.2) calling 95598 (rings 1001); each party's media is an rtp_party.py
# sending its own tone, so the test hears who is connected to whom.
#  3. 1001 talks to the carrier; `consult CALL 1002`: the carrier hears hold music (and not 1001),
#     1002 rings and answers and talks with 1001; `complete-transfer CALL`: the carrier and 1002
#     hear each other, 1001's phone gets a BYE; talking -> consulting -> talking; the carrier
#     hangs up, the record shows it.
#  4a. consult 1002, 1002 answers; `cancel-consult CALL`: 1002's phone gets a BYE, 1001 and the
#     carrier hear each other again.
#  4b. consult 1002, 1002 answers; `conference CALL`: each of the three hears the two others (and
#     not itself); the carrier hangs up: 1001 and 1002 still talk; 1001 hangs up from the desktop.
# usage: call_consult_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
register_phone 1001 "$TONE_1001"
register_phone 1002 "$TONE_1002"

# consult_1002: a call from the carrier answered by 1001, then 1001 consults 1002, who answers.
consult_1002() {
  start_phone 1001 phone_answer 1
  start_phone 1002 phone_answer 1
  start_carrier
  new_call
  await_call_state "$CALL_ID" talking
  await_hears carrier "$TONE_1001" "1001" "$TONE_1002"
  await_hears phone1001 "$TONE_CARRIER" "the carrier"
  OUT=$(cli 1001 consult "$CALL_ID" 1002 2>&1) || fail "cti-cli consult $CALL_ID 1002 failed: $OUT"
  note "consult $CALL_ID 1002: $OUT"
  await_call_state "$CALL_ID" consulting
  MIN_PACKETS=20 await_hears carrier "$TONE_HOLD" "hold music" "$TONE_1001" "$TONE_1002"
  await 60 "1002 up on call $CALL_ID (legs: $(call_legs "$CALL_ID"))" legs_have "$CALL_ID" "consult:1002:up"
  await_hears phone1001 "$TONE_1002" "1002 (consulting)" "$TONE_CARRIER"
  await_hears phone1002 "$TONE_1001" "1001 (consulting)" "$TONE_CARRIER"
  # meanwhile the carrier is still on hold
  MIN_PACKETS=20 await_hears carrier "$TONE_HOLD" "hold music while 1001 and 1002 talk" "$TONE_1001" "$TONE_1002"
}

# ---- 3. consult, then complete the transfer ----
note "--- 3. consult 1002, then complete-transfer"
consult_1002
OUT=$(cli 1001 complete-transfer "$CALL_ID" 2>&1) || fail "cti-cli complete-transfer $CALL_ID failed: $OUT"
note "complete-transfer $CALL_ID: $OUT"
wait_phone 1001 "BYE when the transfer completed"
await_call_state "$CALL_ID" talking
expect_states "$CALL_ID" "talking consulting talking"
! call_legs "$CALL_ID" | grep -q ":1001:" || fail "1001 is still on call $CALL_ID: $(call_legs "$CALL_ID")"
await_hears carrier "$TONE_1002" "1002" "$TONE_1001" "$TONE_HOLD"
await_hears phone1002 "$TONE_CARRIER" "the carrier" "$TONE_1001"
carrier_hangup
wait_carrier "the caller hangs up"
wait_phone 1002 "answered the consultation, BYE when the caller hung up"
await_call_state "$CALL_ID" ended
expect_states "$CALL_ID" "talking consulting talking ended"
await_record "$CALL_ID" "inbound\|13800138000\|95598\|1\|1\|[^|]+\|caller\|100[12]"

# ---- 4a. consult, then cancel ----
note "--- 4a. consult 1002, then cancel-consult"
consult_1002
OUT=$(cli 1001 cancel-consult "$CALL_ID" 2>&1) || fail "cti-cli cancel-consult $CALL_ID failed: $OUT"
note "cancel-consult $CALL_ID: $OUT"
wait_phone 1002 "BYE when the consultation was cancelled"
await_call_state "$CALL_ID" talking
expect_states "$CALL_ID" "talking consulting talking"
! call_legs "$CALL_ID" | grep -q ":1002:" || fail "1002 is still on call $CALL_ID: $(call_legs "$CALL_ID")"
await_hears carrier "$TONE_1001" "1001 again" "$TONE_HOLD" "$TONE_1002"
await_hears phone1001 "$TONE_CARRIER" "the carrier again" "$TONE_1002"
carrier_hangup
wait_carrier "the caller hangs up"
wait_phone 1001 "BYE when the caller hung up"
await_call_state "$CALL_ID" ended
await_record "$CALL_ID" "inbound\|13800138000\|95598\|1\|1\|[^|]+\|caller\|1001"

# ---- 4b. consult, then conference ----
note "--- 4b. consult 1002, then conference"
consult_1002
OUT=$(cli 1001 conference "$CALL_ID" 2>&1) || fail "cti-cli conference $CALL_ID failed: $OUT"
note "conference $CALL_ID: $OUT"
await_call_state "$CALL_ID" conference
expect_states "$CALL_ID" "talking consulting conference"
await_hears carrier "$TONE_1001" "1001 in the conference" "$TONE_HOLD"
await_hears carrier "$TONE_1002" "1002 in the conference" "$TONE_HOLD"
await_hears phone1001 "$TONE_CARRIER" "the carrier in the conference"
await_hears phone1001 "$TONE_1002" "1002 in the conference"
await_hears phone1002 "$TONE_CARRIER" "the carrier in the conference"
await_hears phone1002 "$TONE_1001" "1001 in the conference"
# mix-minus: nobody hears their own tone
for p in carrier:$TONE_CARRIER phone1001:$TONE_1001 phone1002:$TONE_1002; do
  own=$(heard "${p%%:*}" "${p#*:}")
  [ "$own" -lt 25 ] || fail "${p%%:*} hears its own voice back from the conference ($own packets): $(party_stats "${p%%:*}")"
done
carrier_hangup
wait_carrier "the caller hangs up"
await_call_state "$CALL_ID" talking
expect_states "$CALL_ID" "consulting conference talking"
await_hears phone1001 "$TONE_1002" "1002 after the caller left" "$TONE_CARRIER"
await_hears phone1002 "$TONE_1001" "1001 after the caller left" "$TONE_CARRIER"
OUT=$(cli 1001 hangup "$CALL_ID" 2>&1) || fail "cti-cli hangup $CALL_ID failed: $OUT"
wait_phone 1001 "BYE after hanging up from the desktop"
wait_phone 1002 "BYE when 1001 hung up"
await_call_state "$CALL_ID" ended
await_record "$CALL_ID" "inbound\|13800138000\|95598\|1\|1\|[^|]+\|agent\|100[12]"

note "call events seen by 1001:"$'\n'"$(python3 "$TEL_DIR/events.py" calls "$WATCH")"
kill "$WATCH_PID" 2>/dev/null || true
stop_server
echo "call_consult_test: all checks passed"
