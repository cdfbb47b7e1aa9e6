#!/usr/bin/env bash
# Supervision of a real call: the SIPp carrier (700 Hz) calls 95598, 1001's SIPp phone (1 kHz)
# answers. The team leader (extension 1010, a SIPp phone sending 1.3 kHz) monitors: the leader
# hears both, the carrier and 1001 hear each other and not the leader. Whisper: 1001 hears the
# leader, the carrier still does not. Barge: the carrier hears the leader too. 1002, an agent,
# may not supervise. The leader hangs up: the carrier and 1001 talk as before, the leader's tone
# gone. Each isolation is checked on the packets each party receives (rtp_party.py).
# usage: call_supervision_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"
TONE_LEADER=$TONE_1002  # 1300 Hz: every party listens for it

start_server
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
register_phone 1001 "$TONE_1001"
register_phone 1010 "$TONE_LEADER"
start_phone 1001 phone_answer 1
start_phone 1010 phone_answer 1 true  # the leader's phone takes only calls with the auto-answer hint
start_carrier
new_call
await_call_state "$CALL_ID" talking
await_hears carrier "$TONE_1001" "1001"
await_hears phone1001 "$TONE_CARRIER" "the carrier"

rc=0; OUT=$(cli 1002 monitor "$CALL_ID" 2>&1) || rc=$?
[ $rc -ne 0 ] && [[ "$OUT" == *"call.supervise"* || "$OUT" == *"team leaders"* ]] || fail "1002 monitor: rc $rc: $OUT"
note "an agent may not supervise: $OUT"

OUT=$(cli leader monitor "$CALL_ID") || fail "leader monitor: $OUT"
await_call_state "$CALL_ID" supervised
legs_have "$CALL_ID" "supervisor:1010:up" || fail "no supervisor leg: $(call_legs "$CALL_ID")"
note "monitor: the leader's phone answered by itself; legs $(call_legs "$CALL_ID")"
await_hears phone1010 "$TONE_CARRIER" "the carrier (monitor)"
await_hears phone1010 "$TONE_1001" "1001 (monitor)"
await_hears carrier "$TONE_1001" "1001 only (monitor)" "$TONE_LEADER"
await_hears phone1001 "$TONE_CARRIER" "the carrier only (monitor)" "$TONE_LEADER"

OUT=$(cli leader whisper "$CALL_ID") || fail "leader whisper: $OUT"
await_hears phone1001 "$TONE_LEADER" "the leader (whisper)"
await_hears carrier "$TONE_1001" "1001 only (whisper)" "$TONE_LEADER"

OUT=$(cli leader barge "$CALL_ID") || fail "leader barge: $OUT"
await_hears carrier "$TONE_LEADER" "the leader (barge)"
await_hears phone1001 "$TONE_LEADER" "the leader (barge)"

# The leader hangs up: the two talk on, without the leader's tone.
OUT=$(cli leader hangup "$CALL_ID") || fail "leader hangup: $OUT"
wait_phone 1010 "BYE when the leader hung up"
await_call_state "$CALL_ID" talking
await_hears carrier "$TONE_1001" "1001 after the supervision" "$TONE_LEADER"
await_hears phone1001 "$TONE_CARRIER" "the carrier after the supervision" "$TONE_LEADER"
carrier_hangup
wait_carrier "the caller hangs up"
wait_phone 1001 "BYE after the caller hung up"
note "call states: $(call_states "$CALL_ID")"
stop_server
