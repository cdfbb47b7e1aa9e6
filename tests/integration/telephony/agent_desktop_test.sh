#!/usr/bin/env bash
# The agent desktop (issue 7) end to end: tests/agent_client/desktop_e2e.cpp drives AgentApp's
# widgets as agent 1001 against this real server, with SIPp phones registered as 1001 and 1002
# and the SIPp carrier (127.0.0.2) placing the calls when the desktop says it is ready (files in
# $WORK). This script checks the server's side: the call records and the work order in SQLite.
#  1. The caller goes through the demo IVR (95566: 1, account 2345678901, 0 for an agent) and is
#     queued to 1001; the desktop answers, holds, retrieves and hangs up: the record says
#     answered, hung up by the agent 1001.
#  2. The desktop creates a complaint from the call and dispatches it to 投诉处理中心: the order's
#     row is dispatched, carries the call and the caller, and has an open task there.
#  3. A second call (95598) is answered and transferred to 1002 from the desktop: 1002 talks to
#     the caller; the caller hangs up; the record is answered and ended by the caller.
# usage: agent_desktop_test.sh CTI_SERVER CTI_CLI DESKTOP_E2E [LANG]
# With CTI_SCREENSHOT_DIR set, the desktop saves its screenshots there (tools/screenshots.sh).
set -euo pipefail
SERVER=$1
CLI=$2
DESKTOP=$3
LANG_UI=${4:-zh_CN}
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
start_watch 1002 "$WORK/watch-1002.jsonl"
register_phone 1001 "$TONE_1001"
register_phone 1002 "$TONE_1002"
# 1001's phone is never picked up by hand: each call rings, is cancelled when the desktop
# answers, and comes back with the auto-answer hint (2 calls × 2 INVITEs).
start_phone 1001 phone_ring_hint_only 4
start_phone 1002 phone_answer 1

CTI_E2E_WORK=$WORK CTI_E2E_DATA=$DATA CTI_E2E_PORT=$GW_PORT CTI_E2E_LANG=$LANG_UI \
  "$DESKTOP" --durations yes >"$WORK/desktop.out" 2>&1 &
DESKTOP_PID=$!
CHILDREN+=($DESKTOP_PID)

# ---- 1. through the IVR to the desktop ----
step ready-1 180
keys=""
# No pause after the last key: the call reaches the desktop then, and SIPp aborts a call whose
# BYE comes while it pauses.
for d in 1 2 3 4 5 6 7 8 9 0 1 0; do
  [ -n "$keys" ] && keys+="  <pause milliseconds=\"800\"/>\n"
  keys+="  <nop><action><exec play_pcap_audio=\"/usr/share/sip-tester/dtmf_2833_$d.pcap\"/></action></nop>\n"
done
# carrier.xml keys the digits, then stays until the server hangs up (the agent's Hang up).
python3 - "$SCENARIOS/carrier.xml" "$WORK/caller.xml" "$keys" <<'PY'
import sys
src, dst, keys = sys.argv[1], sys.argv[2], sys.argv[3].replace("\\n", "\n")
x = open(src, encoding="utf-8").read()
start = x.index('  <nop><action><exec play_pcap_audio="@G711A_PCAP@"')
bye = '''  <recv request="BYE" timeout="200000"/>
  <nop><action><log message="caller: BYE from the server"/></action></nop>
  <send>
    <![CDATA[

      SIP/2.0 200 OK
      [last_Via:]
      [last_From:]
      [last_To:]
      [last_Call-ID:]
      [last_CSeq:]
      Content-Length: 0

    ]]>
  </send>
  <timewait milliseconds="500"/>
</scenario>
'''
x = x[:start] + '  <pause milliseconds="1500"/>\n' + keys + bye
open(dst, "w", encoding="utf-8").write(x)
PY
CALLER_PORT=$(free_port)
(cd "$WORK" && exec timeout 250 sipp -sf caller.xml -i 127.0.0.2 -p "$CALLER_PORT" -mp "$(free_port)" -s 95566 \
  "127.0.0.1:$SIP_PORT" -m 1 -nostdin -trace_err -trace_msg -trace_logs \
  -message_file caller.msg -error_file caller-errors.log -log_file caller-logs.log >"$WORK/caller.out" 2>&1) &
CALLER_PID=$!
CHILDREN+=($CALLER_PID)
step hung-up-1 240
rc=0
wait "$CALLER_PID" || rc=$?
[ $rc -eq 0 ] || fail "the SIPp caller exited with $rc (expected the server's BYE); see caller.msg"
grep -q "caller: BYE from the server" "$WORK/caller-logs.log" || fail "the caller did not get the agent's hang-up"

# ---- 2. the work order ----
step order.txt 120
read -r ORDER_ID CALL1 <"$WORK/order.txt"
await_record "$CALL1" "inbound\|13800138000\|95566\|1\|1\|[^|]+\|agent\|1001"
ROW=$(sqlite3 "$DATA/cti.sqlite" "SELECT o.type, o.state, o.call_id, o.caller_number, o.title FROM work_orders o WHERE o.order_id = $ORDER_ID")
note "order $ORDER_ID: $ROW"
[ "$ROW" = "complaint|dispatched|$CALL1|13800138000|抄表数据有误，电费异常" ] \
  || fail "order $ORDER_ID in the database: '$ROW' (expected a dispatched complaint from call $CALL1)"
TASK=$(sqlite3 "$DATA/cti.sqlite" "SELECT d.name, t.state FROM work_order_tasks t JOIN departments d ON d.department_id = t.department_id WHERE t.order_id = $ORDER_ID")
[ "$TASK" = "投诉处理中心|pending" ] || fail "order $ORDER_ID's task: '$TASK' (expected pending at 投诉处理中心)"

# ---- 3. the second call, transferred ----
step ready-2 120
start_carrier 95598
step transferred-2 180
read -r CALL2 <"$WORK/call2.txt"
_talking_to_1002() { state_is "$CALL2" talking "$WORK/watch-1002.jsonl" && legs_have "$CALL2" "agent:1002:up" "$WORK/watch-1002.jsonl"; }
await 60 "call $CALL2 talking with 1002 in 1002's watch" _talking_to_1002
carrier_hangup
wait_carrier "the caller hangs up"
await_record "$CALL2" "inbound\|13800138000\|95598\|1\|1\|[^|]+\|caller\|100[12]"

rc=0
wait "$DESKTOP_PID" || rc=$?
[ $rc -eq 0 ] || fail "the desktop test failed ($rc): $(tail -n 60 "$WORK/desktop.out")"
note "desktop: $(tail -n 2 "$WORK/desktop.out" | tr '\n' ' ')"
note "passed"
