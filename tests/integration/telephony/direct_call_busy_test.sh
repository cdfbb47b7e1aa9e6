#!/usr/bin/env bash
# An agent on a call the ACD did not offer is busy for the ACD: agent 1001 (a SIPp phone) signs in
# and goes ready; the SIPp carrier calls 95598, which rings 1001's extension directly, and 1001
# answers. A second caller dials 12345 (the queue 热线总队列): 1001 is the queue's only agent and
# is on a call, so the caller waits — it is not offered to the busy phone (before, the ACD still
# counted 1001 idle and rang the phone a second time). When the first caller hangs up, 1001 is
# idle at once (a direct call has no after-call work) and the waiting caller is offered to 1001
# and answered.
# Checks: 1001's states in the watch (idle, in_call, reserved, in_call), the queue's waiting
# count, the triggers persisted in the event log (direct_call, call_ended, offer, offer_answered),
# both call records with agent 1001.
# usage: direct_call_busy_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
register_phone 1001 "$TONE_1001"
OUT=$(cli 1001 sign-in) || fail "sign-in: $OUT"
OUT=$(cli 1001 ready) || fail "ready: $OUT"
start_phone 1001 phone_answer 2

note "--- 1. a direct call to 1001's extension"
start_carrier 95598
new_call
DIRECT=$CALL_ID
await_call_state "$DIRECT" talking
_busy() { [[ " $(agent_states 1) " == *" in_call "* ]]; }
await 30 "1001 busy on the direct call (states: $(agent_states 1))" _busy
FIRST=("$CARRIER_SIP_PORT" "$CARRIER_CID" "$CARRIER_PID" "$CARRIER_TAG")

note "--- 2. a queue call while 1001 is on it"
start_carrier 12345
await 60 "the second caller waiting in 热线总队列" queue_waiting 1
# The queue's status is published after the ACD decided on the new caller: an offer to 1001
# would be in the watch already.
[ "$(agent_states 1)" = "idle in_call" ] || fail "1001 went through '$(agent_states 1)' while busy on a direct call"
SECOND=("$CARRIER_SIP_PORT" "$CARRIER_CID" "$CARRIER_PID" "$CARRIER_TAG")

note "--- 3. the direct caller hangs up: the queue call reaches 1001"
CARRIER_SIP_PORT=${FIRST[0]} CARRIER_CID=${FIRST[1]} CARRIER_PID=${FIRST[2]} CARRIER_TAG=${FIRST[3]}
carrier_hangup
wait_carrier "the caller hangs up"
await_call_state "$DIRECT" ended
new_call
QUEUED=$CALL_ID
await_call_state "$QUEUED" talking
await 30 "the queue empty again" queue_waiting 0
# (idle between the calls is not seen: the offer follows in the same step)
[ "$(agent_states 1)" = "idle in_call reserved in_call" ] \
  || fail "1001's states: '$(agent_states 1)', expected 'idle in_call reserved in_call' (no after-call work after the direct call)"
CARRIER_SIP_PORT=${SECOND[0]} CARRIER_CID=${SECOND[1]} CARRIER_PID=${SECOND[2]} CARRIER_TAG=${SECOND[3]}
carrier_hangup
wait_carrier "the caller hangs up"
wait_phone 1001 "2 calls: the direct one, then the queue's"
await_record "$DIRECT" "inbound\|13800138000\|95598\|1\|1\|[^|]+\|caller\|1001"
await_record "$QUEUED" "inbound\|13800138000\|12345\|1\|1\|[^|]+\|caller\|1001"
TRIGGERS=$(agent_triggers 1)
note "1001's persisted triggers: $TRIGGERS"
[[ "$TRIGGERS" == *"direct_call call_ended offer offer_answered"* ]] || fail "1001's persisted triggers: $TRIGGERS"
stop_server
note "all checks passed"
