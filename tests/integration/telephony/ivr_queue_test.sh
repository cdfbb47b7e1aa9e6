#!/usr/bin/env bash
# A caller through the demo IVR into a queue, with real SIP peers: the SIPp carrier (127.0.0.2)
# calls 95566 (the demo utility-hotline flow), keys RFC 4733 digits from SIPp's own captures:
# 1 (bill query), the account number 2345678901 (collect), then 0 at the menu it returns to
# (the account is unknown: operator). The call is queued in 热线总队列 with the account it carried;
# agent 1001 (a SIPp phone, signed in and ready through cti-cli) is offered the call: the screen
# pop (the call event) carries the keyed account; the phone answers; the carrier hangs up; 1001
# goes to after-call work.
# usage: ivr_queue_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"

start_server
start_watch 1001 "$WORK/watch.jsonl"
PHONE_PORT=$(free_port)
register 1001 "$PHONE_PORT"
RTP_PORT=$(free_port)
python3 "$TEL_DIR/rtp_peer.py" --port "$RTP_PORT" --stats "$WORK/phone-rtp.json" --seconds 300 &
CHILDREN+=($!)
(cd "$WORK" && exec timeout 150 sipp -sf "$SCENARIOS/phone_uas.xml" -i 127.0.0.1 -p "$PHONE_PORT" -s 1001 \
  -set rtp_port "$RTP_PORT" -m 1 -nostdin -trace_err -trace_msg \
  -message_file phone.msg -error_file phone-errors.log >"$WORK/phone.out" 2>&1) &
CHILDREN+=($!)
PHONE_PID=$!
OUT=$(cli 1001 sign-in) || fail "sign-in: $OUT"
OUT=$(cli 1001 ready) || fail "ready: $OUT"

# The caller's keys: each RFC 4733 capture lasts 0.14 s; 0.8 s apart. A capture replayed twice
# in a row keeps its RTP timestamp, which a receiver rightly takes for one event: no digit
# follows itself here.
keys=""
for d in 1 2 3 4 5 6 7 8 9 0 1 0; do
  keys+="  <nop><action><exec play_pcap_audio=\"/usr/share/sip-tester/dtmf_2833_$d.pcap\"/></action></nop>\n"
  keys+="  <pause milliseconds=\"800\"/>\n"
done
python3 - "$SCENARIOS/carrier.xml" "$WORK/caller.xml" "$keys" <<'PY'
import re, sys
src, dst, keys = sys.argv[1], sys.argv[2], sys.argv[3].replace("\\n", "\n")
x = open(src, encoding="utf-8").read()
start = x.index('  <nop><action><exec play_pcap_audio="@G711A_PCAP@"')
end = x.index('  <send retrans="500">', start)
# Wait a moment for the flow to start, key, then stay on the line with the agent.
x = x[:start] + '  <pause milliseconds="1500"/>\n' + keys + '  <pause milliseconds="12000"/>\n\n' + x[end:]
open(dst, "w", encoding="utf-8").write(x)
PY
CALLER_PORT=$(free_port)
CALLER_MEDIA=$(free_port)
rc=0
(cd "$WORK" && timeout 150 sipp -sf caller.xml -i 127.0.0.2 -p "$CALLER_PORT" -mp "$CALLER_MEDIA" -s 95566 \
  "127.0.0.1:$SIP_PORT" -m 1 -nostdin -trace_err -trace_msg \
  -message_file caller.msg -error_file caller-errors.log >"$WORK/caller.out" 2>&1) || rc=$?
[ $rc -eq 0 ] || fail "the SIPp caller exited with $rc; see caller.msg"
rc=0
wait "$PHONE_PID" || rc=$?
[ $rc -eq 0 ] || fail "the SIPp phone exited with $rc; see phone.msg"

agent_state_seen() { grep -q "\"agent\":{\"user_id\":\"1\",[^}]*\"state\":\"$1\"" "$WORK/watch.jsonl"; }
await 60 "1001 in after-call work" agent_state_seen wrap_up
await 60 "the call's end" python3 "$TEL_DIR/events.py" has-state "$WORK/watch.jsonl" ended

# The screen pop: the call offered to 1001 carries the queue and the account keyed in the IVR.
python3 - "$WORK/watch.jsonl" <<'PY' || fail "no call event with the keyed account: $(grep '"call"' "$WORK/watch.jsonl" | head -5)"
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    try: call = json.loads(line).get("event", {}).get("call")
    except ValueError: continue
    if isinstance(call, dict) and call.get("queue") == "热线总队列" and \
       (call.get("data") or {}).get("account") == "2345678901" and \
       any(l.get("party") == "agent" and l.get("state") in ("dialling", "ringing") for l in call.get("legs", [])):
        sys.exit(0)
sys.exit(1)
PY
agent_state_seen in_call || fail "1001 never in the call"
ROW=$(sqlite3 "$DATA/cti.sqlite" "SELECT c.callee, u.login FROM calls c JOIN users u ON u.user_id = c.agent_id")
[ "$ROW" = "95566|1001" ] || fail "call record: '$ROW'"
stop_server

# After hours: with the business calendar closed, the same flow sends the caller to voicemail
# (the hotline's mailbox takes the message until the caller hangs up) and never to a queue.
sqlite3 "$DATA/cti.sqlite" "UPDATE business_calendars SET definition = '{\"name\":\"default\",\"utc_offset\":\"+08:00\",\"weekly\":{},\"holidays\":[],\"makeup_days\":[]}' WHERE name = 'default'"
rm -f "$WORK/ready.json"
start_server
(cd "$WORK" && timeout 150 sipp -sf caller.xml -i 127.0.0.2 -p "$CALLER_PORT" -mp "$CALLER_MEDIA" -s 95566 \
  "127.0.0.1:$SIP_PORT" -m 1 -nostdin -trace_err >"$WORK/caller2.out" 2>&1) || true
after_hours_message() {
  [ "$(sqlite3 "$DATA/cti.sqlite" "SELECT v.mailbox || '|' || (c.agent_id IS NULL) FROM voicemails v
    JOIN calls c ON c.call_id = v.call_id WHERE v.call_id = (SELECT max(call_id) FROM calls)")" = "hotline|1" ]
}
await 60 "the after-hours caller's message in the hotline mailbox" after_hours_message
note "after hours: a message in the hotline mailbox, no agent reached"
stop_server
echo "ivr_queue_test: all checks passed"
