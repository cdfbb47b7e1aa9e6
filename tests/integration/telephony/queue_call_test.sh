#!/usr/bin/env bash
# A customer's call through a queue (the ACD): the SIPp carrier calls 12345, which routes to the
# queue 热线总队列. No agent is signed in, so the caller is answered and waits with music; then
# agent 1001 signs in and goes ready through cti-cli, the ACD offers the call to 1001's phone (a
# SIPp phone registered as 1001), the phone answers and hears the caller's audio; the carrier
# hangs up and 1001 goes to after-call work.
# Checks: queue events (waiting 1, then answered 1), agent events (reserved, in_call, wrap_up),
# the call events, the audio at the phone, the call record (agent 1001, callee 12345).
# usage: queue_call_test.sh CTI_SERVER CTI_CLI
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
RTP_PID=$!
(cd "$WORK" && exec timeout 120 sipp -sf "$SCENARIOS/phone_uas.xml" -i 127.0.0.1 -p "$PHONE_PORT" -s 1001 \
  -set rtp_port "$RTP_PORT" -m 1 -nostdin -trace_err -trace_msg \
  -message_file phone.msg -error_file phone-errors.log >"$WORK/phone.out" 2>&1) &
CHILDREN+=($!)
PHONE_PID=$!
sleep 0.5
kill -0 "$PHONE_PID" 2>/dev/null || fail "the SIPp phone did not start: $(cat "$WORK/phone-errors.log" 2>/dev/null)"

# The carrier waits 6 s in the queue before it starts its audio, so that the audio reaches the agent.
sed -e "s|@G711A_PCAP@|/usr/share/sip-tester/g711a.pcap|" \
    -e "s|@DTMF_PCAP@|/usr/share/sip-tester/dtmf_2833_1.pcap|" \
    -e '0,/play_pcap_audio/s|^\(.*play_pcap_audio.*\)$|  <pause milliseconds="6000"/>\n\1|' \
    "$SCENARIOS/carrier.xml" >"$WORK/carrier.xml"
grep -q 'pause milliseconds="6000"' "$WORK/carrier.xml" || fail "could not make the queue carrier scenario"
CARRIER_PORT=$(free_port)
CARRIER_MEDIA=$(free_port)
(cd "$WORK" && exec timeout 120 sipp -sf carrier.xml -i 127.0.0.2 -p "$CARRIER_PORT" -mp "$CARRIER_MEDIA" -s 12345 \
  "127.0.0.1:$SIP_PORT" -m 1 -nostdin -trace_err -trace_msg \
  -message_file carrier.msg -error_file carrier-errors.log >"$WORK/carrier.out" 2>&1) &
CHILDREN+=($!)
CARRIER_PID=$!

queue_waiting() {
  python3 - "$WORK/watch.jsonl" "$1" <<'PY'
import json, sys
want = int(sys.argv[2]); seen = None
for line in open(sys.argv[1], encoding="utf-8"):
    try: ev = json.loads(line).get("event", {})
    except ValueError: continue
    q = ev.get("queue")
    if isinstance(q, dict) and q.get("name") == "热线总队列":
        seen = int(q.get("waiting", 0))
sys.exit(0 if seen == want else 1)
PY
}
await 60 "the caller waiting in 热线总队列" queue_waiting 1

# The waiting caller is told its place (spoken with espeak-ng, played over the music).
await 60 "the position announcement" grep -q "call 1: announced '您是下一位" "$WORK/server.log"
OUT=$(cli 1001 sign-in) || fail "sign-in: $OUT"
echo "$OUT" | grep -q '"status":"not_ready"' || fail "after sign-in: $OUT"
OUT=$(cli 1001 ready) || fail "ready: $OUT"
echo "$OUT" | grep -q '"status":"available"' || fail "after ready: $OUT"

agent_state_seen() { grep -q "\"agent\":{\"user_id\":\"1\",[^}]*\"state\":\"$1\"" "$WORK/watch.jsonl"; }
await 60 "1001 reserved for the caller" agent_state_seen reserved
await 60 "1001 in the call" agent_state_seen in_call
await 60 "the caller no longer waiting" queue_waiting 0

rc=0
wait "$CARRIER_PID" || rc=$?
[ $rc -eq 0 ] || fail "the SIPp carrier exited with $rc; see carrier.msg"
rc=0
wait "$PHONE_PID" || rc=$?
[ $rc -eq 0 ] || fail "the SIPp phone exited with $rc; see phone.msg"
await 60 "1001 in after-call work" agent_state_seen wrap_up
await 60 "the call's end" python3 "$TEL_DIR/events.py" has-state "$WORK/watch.jsonl" ended

sleep 1
kill "$RTP_PID" && wait "$RTP_PID" || true
python3 - "$WORK/phone-rtp.json" <<'PY' || fail "the agent's phone did not hear the caller: $(cat "$WORK/phone-rtp.json")"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["loud_packets"] >= 100, "loud packets %d" % s["loud_packets"]
PY
grep -q '"answered":1' "$WORK/watch.jsonl" || fail "no queue event with answered 1"

ROW=$(sqlite3 "$DATA/cti.sqlite" "SELECT c.direction, c.callee, u.login, c.ended_ms > 0 FROM calls c JOIN users u ON u.user_id = c.agent_id")
[ "$ROW" = "inbound|12345|1001|1" ] || fail "call record: '$ROW'"
EVENTS=$(sqlite3 "$DATA/cti.sqlite" "SELECT count(*) FROM event_log WHERE kind = 'agent.state' AND user_id = 1")
[ "$EVENTS" -ge 5 ] || fail "agent events persisted: $EVENTS (sign in, ready, offer, answer, call end)"
stop_server
echo "queue_call_test: all checks passed"
