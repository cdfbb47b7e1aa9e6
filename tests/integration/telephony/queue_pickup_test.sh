#!/usr/bin/env bash
# A colleague picks up a queue call ringing at an agent: agent 1001 (a SIPp phone that rings and
# does not answer) is the only agent ready in 热线总队列; the SIPp carrier calls 12345 and the
# queue rings 1001; `cti-cli --user 1002 pickup CALL` takes it to 1002's phone (not signed in as
# an agent). The call leaves the queue (counted answered when 1002's phone answers, abandoned if it
# never does), and 1001 is free again at once: before, the ACD
# kept 1001 reserved for the call it no longer had, and a second caller waited for nobody.
# Checks: 1001's states (idle, reserved, idle, then reserved and in_call for the second caller),
# its persisted triggers (offer, offer_cancelled: not a missed offer), the queue's answered count
# and waiting callers, both call records (the first with agent 1002, the second with 1001); a
# third caller picked up by 1002 whose phone is busy is counted abandoned, not answered.
# usage: queue_pickup_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

# queue_count FIELD: that count (answered, abandoned) of 热线总队列 in the last queue event of the
# watch; queue_answered: the answered one.
queue_count() {
  python3 - "$WATCH" "$1" <<'PY'
import json, sys
seen = 0
for line in open(sys.argv[1], encoding="utf-8"):
    try: q = json.loads(line).get("event", {}).get("queue")
    except (ValueError, AttributeError): continue
    if isinstance(q, dict) and q.get("name") == "热线总队列":
        seen = int(q.get(sys.argv[2], 0))
print(seen)
PY
}
queue_answered() { queue_count answered; }

start_server
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
register_phone 1001 "$TONE_1001"
register_phone 1002 "$TONE_1002"
OUT=$(cli 1001 sign-in) || fail "sign-in: $OUT"
OUT=$(cli 1001 ready) || fail "ready: $OUT"

note "--- 1. the queue rings 1001, 1002 picks the call up"
start_phone 1001 phone_ring_hint_only 1   # rings; the pickup cancels it
start_phone 1002 phone_answer 1 true      # answers only an INVITE with the auto-answer hint
start_carrier 12345
new_call
FIRST_CALL=$CALL_ID
await 60 "1001 ringing on call $CALL_ID (legs: $(call_legs "$CALL_ID"))" legs_have "$CALL_ID" "agent:1001:ringing"
OUT=$(cli 1002 pickup "$CALL_ID" 2>&1) || fail "cti-cli --user 1002 pickup $CALL_ID failed: $OUT"
note "pickup $CALL_ID as 1002: $OUT"
wait_phone 1001 "its ringing INVITE cancelled by the pickup"
await_call_state "$CALL_ID" talking
legs_have "$CALL_ID" "agent:1002:up" || fail "1002 is not on call $CALL_ID: $(call_legs "$CALL_ID")"
_free() { [ "$(agent_states 1)" = "idle reserved idle" ]; }
await 30 "1001 free again after the pickup (states: $(agent_states 1))" _free
await 30 "the queue empty" queue_waiting 0
# Counted when 1002's phone answered; an agent's desktop hears queue figures within a second.
_one() { [ "$(queue_answered)" = 1 ]; }
await 30 "热线总队列 answered 1 after the pickup (now $(queue_answered))" _one
FIRST=("$CARRIER_SIP_PORT" "$CARRIER_CID" "$CARRIER_PID" "$CARRIER_TAG")

note "--- 2. a second caller reaches 1001 while the first talks to 1002"
start_phone 1001 phone_answer 1
start_carrier 12345
new_call
SECOND_CALL=$CALL_ID
await_call_state "$SECOND_CALL" talking
legs_have "$SECOND_CALL" "agent:1001:up" || fail "1001 is not on call $SECOND_CALL: $(call_legs "$SECOND_CALL")"
[ "$(agent_states 1)" = "idle reserved idle reserved in_call" ] \
  || fail "1001's states: '$(agent_states 1)', expected 'idle reserved idle reserved in_call'"
_two() { [ "$(queue_answered)" = 2 ]; }
await 30 "热线总队列 answered 2 (now $(queue_answered))" _two
carrier_hangup
wait_carrier "the caller hangs up"
wait_phone 1001 "answered the second caller, BYE when the caller hung up"
CARRIER_SIP_PORT=${FIRST[0]} CARRIER_CID=${FIRST[1]} CARRIER_PID=${FIRST[2]} CARRIER_TAG=${FIRST[3]}
carrier_hangup
wait_carrier "the caller hangs up"
wait_phone 1002 "answered the picked-up call, BYE when the caller hung up"
await_record "$FIRST_CALL" "inbound\|13800138000\|12345\|1\|1\|[^|]+\|caller\|1002"
await_record "$SECOND_CALL" "inbound\|13800138000\|12345\|1\|1\|[^|]+\|caller\|1001"
TRIGGERS=$(agent_triggers 1)
note "1001's persisted triggers: $TRIGGERS"
[[ "$TRIGGERS" == *"offer offer_cancelled offer offer_answered"* ]] || fail "1001's persisted triggers: $TRIGGERS"

note "--- 3. 1002 picks a third caller up, but 1002's phone is busy: the caller is lost, not answered"
cli 1001 end-wrap-up >/dev/null 2>&1 || true   # (after-call work, if the demo settings ask for it)
_idle() { [ "$(agent_states 1 | awk '{print $NF}')" = idle ]; }
await 60 "1001 idle again (states: $(agent_states 1))" _idle
start_phone 1001 phone_ring_hint_only 1   # rings; the pickup cancels it
start_phone 1002 phone_busy 1             # 486 to the picked-up call
start_carrier 12345
new_call
await 60 "1001 ringing on call $CALL_ID (legs: $(call_legs "$CALL_ID"))" legs_have "$CALL_ID" "agent:1001:ringing"
OUT=$(cli 1002 pickup "$CALL_ID" 2>&1) || fail "cti-cli --user 1002 pickup $CALL_ID failed: $OUT"
wait_phone 1001 "its ringing INVITE cancelled by the pickup"
wait_phone 1002 "busy (486) to the picked-up call"
wait_carrier "BYE from the server"
_lost() { [ "$(queue_count abandoned)" = 1 ]; }
await 30 "热线总队列 abandoned 1 (now $(queue_count abandoned))" _lost
[ "$(queue_answered)" = 2 ] || fail "热线总队列 answered $(queue_answered) calls, expected still 2: the lost call is not answered"
stop_server
note "all checks passed"
