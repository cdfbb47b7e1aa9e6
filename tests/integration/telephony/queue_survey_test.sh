#!/usr/bin/env bash
# The satisfaction survey after the agent hangs up, with real SIP peers: the SIPp carrier calls
# 10086 (the demo repair line, queue 故障报修, whose survey flow is satisfaction_survey); agent
# 1001 (a SIPp phone, signed in and ready through cti-cli) answers; the agent hangs up from the
# desktop (cti-cli hangup): 1001's phone gets the BYE and 1001 goes to after-call work while the
# caller stays on the line and enters the survey; the caller keys 2 (RFC 4733, SIPp's capture):
# the answer is stored as a call.survey event, the flow thanks and hangs up (BYE to the caller),
# the call record says "survey done".
# usage: queue_survey_test.sh CTI_SERVER CTI_CLI
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
start_phone 1001 phone_answer 1

# The caller: talks (g711a.pcap, 7 s), keys 2 at 7.5 s, then waits for the server's BYE.
python3 - "$SCENARIOS/carrier.xml" "$WORK/caller.xml" <<'PY'
import sys
x = open(sys.argv[1], encoding="utf-8").read()
x = x.replace("@G711A_PCAP@", "/usr/share/sip-tester/g711a.pcap").replace("@DTMF_PCAP@", "/usr/share/sip-tester/dtmf_2833_2.pcap")
start = x.rindex('  <send retrans="500">')  # the caller's own BYE, at the end
x = x[:start] + '''  <recv request="BYE"/>
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
</scenario>
'''
open(sys.argv[2], "w", encoding="utf-8").write(x)
PY
CALLER_PORT=$(free_port)
(cd "$WORK" && exec timeout 120 sipp -sf caller.xml -i 127.0.0.2 -p "$CALLER_PORT" -mp "$(free_port)" -s 10086 \
  "127.0.0.1:$SIP_PORT" -m 1 -nostdin -trace_err -trace_msg \
  -message_file caller.msg -error_file caller-errors.log >"$WORK/caller.out" 2>&1) &
CHILDREN+=($!)
CALLER_PID=$!

agent_state_seen() { grep -q "\"agent\":{\"user_id\":\"1\",[^}]*\"state\":\"$1\"" "$WATCH"; }
await 60 "1001 in the call" agent_state_seen in_call
CALL=$(latest_call)
await_call_state "$CALL" talking
OUT=$(cli 1001 hangup "$CALL") || fail "hangup: $OUT"
note "1001 hangs up from the desktop: $OUT"
wait_phone 1001 "BYE when the agent hung up"
await 60 "1001 in after-call work" agent_state_seen wrap_up
grep -q "call $CALL: the agent hung up, the caller enters the survey flow satisfaction_survey" "$WORK/server.log" \
  || fail "the caller did not enter the survey: $(grep "call $CALL" "$WORK/server.log" | tail -5)"
note "the caller stays for the survey; 1001 is in after-call work"

rc=0
wait "$CALLER_PID" || rc=$?
[ $rc -eq 0 ] || fail "the SIPp caller exited with $rc (a BYE from the server expected); see caller.msg"
note "the caller got the BYE after the survey"
# (what the server writes at the hang-up reaches the disk a little after the caller's BYE: awaited)
await_row "the survey answer stored" "$CALL|2" \
  "SELECT json_extract(detail, '\$.call_id') || '|' || json_extract(detail, '\$.answer') FROM event_log WHERE kind = 'call.survey'"
ANSWER=$(sqlite3 "$DATA/cti.sqlite" "SELECT json_extract(detail, '\$.call_id') || '|' || json_extract(detail, '\$.answer') FROM event_log WHERE kind = 'call.survey'")
note "survey answer stored: $ANSWER"
await_record "$CALL" ".*\|survey done\|.*\|1001"
ROW=$(record "$CALL")
note "call record: $ROW"
stop_server
