#!/usr/bin/env bash
# A callback request with real SIP peers, through a busy first attempt to an answered second:
# the administrator saves a version of the demo flow whose first node asks for a callback from
# the repair queue 故障报修; the SIPp carrier calls 95566 and gets the BYE; the request waits
# (no agent is signed in) and `cti-cli callbacks` lists it. 1001 (SIPp phone) signs in and goes
# ready: its phone rings showing the customer's number, answers, and the server dials
# 13800138000 through the demo trunk (127.0.0.1:5090): busy (486). The request stays pending
# with the attempt counted; after the retry wait (5 s here) and 1001's wrap-up the second attempt
# reaches the customer (a SIPp UAS with an RTP party), who hears 1001; 1001 hangs up from the
# desktop. The request is done (2 attempts, answered, 1001, the call), each attempt has its call
# record, 1001's desktop saw the request change, and the server stops cleanly.
# usage: queue_callback_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server $'[contact]\ncallback_retry_s = 5'
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
cat >"$WORK/flow.json" <<'JSON'
{"name": "demo_utility_hotline", "version": 1, "start": "ask",
 "nodes": [{"id": "ask", "type": "callback", "queue": "故障报修"}]}
JSON
OUT=$(cli admin save-flow "$WORK/flow.json") || fail "save-flow: $OUT"
start_carrier 95566
wait_carrier "BYE from the server"
ORIGIN=$(sqlite3 "$DATA/cti.sqlite" "SELECT call_id FROM callbacks")
[ -n "$ORIGIN" ] || fail "no callback request stored"
OUT=$(cli 1001 callbacks --state pending) || fail "callbacks: $OUT"
[[ "$OUT" == *"\"number\":\"13800138000\""*"\"state\":\"pending\""* ]] || fail "pending callbacks: $OUT"
note "the caller asked for a callback (call $ORIGIN) and got the BYE; listed as pending"

# The customer's line is busy the first time.
(cd "$WORK" && exec timeout 120 sipp -sf "$SCENARIOS/callee_busy.xml" -i 127.0.0.1 -p 5090 -m 1 -nostdin \
  -trace_err -trace_msg -message_file busy.msg -error_file busy-errors.log >"$WORK/busy.out" 2>&1) &
CHILDREN+=($!)
BUSY_PID=$!
register_phone 1001 "$TONE_1001"
start_phone 1001 phone_answer 2
OUT=$(cli 1001 sign-in) || fail "sign-in: $OUT"
OUT=$(cli 1001 ready) || fail "ready: $OUT"
rc=0
_gone() { ! kill -0 "$1" 2>/dev/null; }
await 60 "the first attempt to reach the busy customer" _gone "$BUSY_PID"
wait "$BUSY_PID" || rc=$?
[ $rc -eq 0 ] || fail "the busy callee's SIPp exited with $rc; see busy.msg"
attempt_counted() { [ "$(sqlite3 "$DATA/cti.sqlite" "SELECT state || '|' || attempts FROM callbacks")" = "pending|1" ]; }
await 30 "the busy attempt counted" attempt_counted
ROW=$(sqlite3 "$DATA/cti.sqlite" "SELECT last_result || '|' || last_call_id FROM callbacks")
[[ "$ROW" == "486 Busy Here|"* ]] || fail "after the busy attempt: $ROW"
FIRST=${ROW#*|}
note "attempt 1 (call $FIRST): $ROW; the request waits for its retry"

# The second time the customer answers.
start_party customer 700
rm -f "$WORK/customer.dest"
(cd "$WORK" && exec timeout 120 sipp -sf "$WORK/${PHONE_TAG[1001]}.xml" -i 127.0.0.1 -p 5090 -mp "$(free_port)" -s 13800138000 \
  -set rtp_port "${PARTY_PORT[customer]}" -set dest_file "$WORK/customer.dest" -m 1 -nostdin \
  -trace_err -trace_msg -trace_logs -message_file customer.msg -error_file customer-errors.log \
  -log_file customer-logs.log >"$WORK/customer.out" 2>&1) &
CHILDREN+=($!)
CUSTOMER_PID=$!
second_call() { [ -n "$(sqlite3 "$DATA/cti.sqlite" "SELECT call_id FROM calls WHERE callee = '13800138000' AND call_id > $FIRST AND answered_ms > 0")" ]; }
await 90 "the second attempt answered by the customer" second_call
SECOND=$(sqlite3 "$DATA/cti.sqlite" "SELECT call_id FROM calls WHERE callee = '13800138000' AND call_id > $FIRST")
await_call_state "$SECOND" talking
phone_invite_from 1001 13800138000
await_hears customer "$TONE_1001" 1001
OUT=$(cli 1001 hangup "$SECOND") || fail "hangup: $OUT"
rc=0
await 60 "the customer's SIPp to get the BYE" _gone "$CUSTOMER_PID"
wait "$CUSTOMER_PID" || rc=$?
[ $rc -eq 0 ] || fail "the customer's SIPp exited with $rc; see customer.msg"
wait_phone 1001 "two callback attempts rang and were answered"

uid=$(sqlite3 "$DATA/cti.sqlite" "SELECT user_id FROM users WHERE login = '1001'")
done_row() { [ "$(sqlite3 "$DATA/cti.sqlite" "SELECT state || '|' || attempts || '|' || last_result || '|' || agent_id || '|' || last_call_id FROM callbacks")" = "done|2|answered|$uid|$SECOND" ]; }
await 30 "the request done" done_row
note "the callback is done: 2 attempts, answered by the customer, agent 1001, call $SECOND"
R1=$(record "$FIRST")
[[ "$R1" == "outbound|1001|13800138000||1|486 Busy Here|"*"|1001" ]] || fail "record of attempt 1: $R1"
R2=$(record "$SECOND")
[[ "$R2" == "outbound|1001|13800138000|1|1|"*"|1001" ]] || fail "record of attempt 2: $R2"
note "call records: $R1 / $R2"
cb_event() { grep -q "\"callback\":{[^}]*\"state\":\"done\"" "$WATCH"; }
await 30 "1001's desktop to see the request done" cb_event
OUT=$(cli 1001 callbacks --state pending) || fail "callbacks: $OUT"
[[ "$OUT" != *"13800138000"* ]] || fail "still pending: $OUT"
note "1001's desktop saw the request change; nothing pending"
stop_server
