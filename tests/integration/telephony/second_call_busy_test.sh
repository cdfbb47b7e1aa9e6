#!/usr/bin/env bash
# A phone with a second call is offered nothing: agent 1001 (a SIPp phone, after-call work 8 s)
# takes a queue call; the caller hangs up and 1001 is in after-call work. Meanwhile a caller of
# 95598 rings 1001's extension directly and 1001 answers (a colleague's call, taken during
# wrap-up). A third caller waits in 热线总队列. When the wrap-up time is over, 1001 is idle by the
# clock but still on the direct call: the waiting caller is not offered (before, the ACD counted
# 1001 free and rang the busy phone); 1001 shows in_call. When the direct caller hangs up, the
# waiting caller reaches 1001 at once.
# Checks: 1001's states, the queue's waiting count while 1001 is busy, the three call records
# (all with agent 1001), the persisted triggers (wrap_up_timer, then direct_call).
# usage: second_call_busy_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server
restart_with_wrap_up 1001 8
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
register_phone 1001 "$TONE_1001"
start_phone 1001 phone_answer 3
OUT=$(cli 1001 sign-in) || fail "sign-in: $OUT"
OUT=$(cli 1001 ready) || fail "ready: $OUT"
keep() { echo "$CARRIER_SIP_PORT $CARRIER_CID $CARRIER_PID $CARRIER_TAG"; }
use() { read -r CARRIER_SIP_PORT CARRIER_CID CARRIER_PID CARRIER_TAG <<<"$1"; }
last_state() { agent_states 1 | awk '{print $NF}'; }

note "--- 1. a queue call, the caller hangs up: 1001 in after-call work"
start_carrier 12345
new_call
QUEUED=$CALL_ID
await_call_state "$QUEUED" talking
carrier_hangup
wait_carrier "the caller hangs up"
_wrap() { [ "$(last_state)" = wrap_up ]; }
await 30 "1001 in after-call work (states: $(agent_states 1))" _wrap
W0=$SECONDS

note "--- 2. a direct call to 1001 during the wrap-up"
start_carrier 95598
new_call
DIRECT=$CALL_ID
await_call_state "$DIRECT" talking
DIRECT_CARRIER=$(keep)
(( SECONDS - W0 < 8 )) || note "(the direct call took $((SECONDS - W0)) s to connect: the wrap-up may be over)"

note "--- 3. a caller waits while 1001 is on the direct call"
start_carrier 12345
await 60 "the third caller waiting in 热线总队列" queue_waiting 1
WAITING_CARRIER=$(keep)
_busy() { [ "$(last_state)" = in_call ] && (( SECONDS - W0 >= 10 )); }
await 60 "1001 busy on the direct call after the wrap-up time (states: $(agent_states 1))" _busy
queue_waiting 1 || fail "the waiting caller left the queue while 1001 was on the direct call (states: $(agent_states 1))"
STATES=$(agent_states 1)
[[ "$STATES" == "idle reserved in_call wrap_up"* ]] || fail "1001's states: '$STATES'"
[[ "${STATES#idle reserved in_call wrap_up}" != *reserved* ]] || fail "1001 was offered a call on a busy phone: '$STATES'"

note "--- 4. the direct caller hangs up: the waiting caller reaches 1001"
use "$DIRECT_CARRIER"
carrier_hangup
wait_carrier "the caller hangs up"
await_call_state "$DIRECT" ended
new_call
THIRD=$CALL_ID
await_call_state "$THIRD" talking
await 30 "the queue empty again" queue_waiting 0
use "$WAITING_CARRIER"
carrier_hangup
wait_carrier "the caller hangs up"
wait_phone 1001 "3 calls: the queue's, the direct one, the waiting caller's"
await_record "$QUEUED" "inbound\|13800138000\|12345\|1\|1\|[^|]+\|caller\|1001"
await_record "$DIRECT" "inbound\|13800138000\|95598\|1\|1\|[^|]+\|caller\|1001"
await_record "$THIRD" "inbound\|13800138000\|12345\|1\|1\|[^|]+\|caller\|1001"
TRIGGERS=$(agent_triggers 1)
note "1001's states: $(agent_states 1); persisted triggers: $TRIGGERS"
[[ "$TRIGGERS" == *"call_ended wrap_up_timer direct_call call_ended offer offer_answered"* ]] \
  || fail "1001's persisted triggers: $TRIGGERS"
stop_server
note "all checks passed"
