#!/usr/bin/env bash
# A customer's call through the B2BUA, with SIPp on both sides: a SIPp phone registers as agent
# 1001 (digest: 401, then 200) and answers on the same port; a SIPp carrier (127.0.0.2, the demo
# trunk's address) calls 95598, plays PCMA audio then RFC 4733 digit 1, and hangs up.
# Checks: both SIPp succeed; the phone's RTP peer hears loud G.711 audio and the digit from the
# server's anchored media; `cti-cli watch` as 1001 shows the call ringing, talking, ended and the
# digit; the call record (inbound, 95598, answered, ended); a clean server stop.
# usage: sipp_call_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"

start_server
start_watch 1001 "$WORK/watch.jsonl"

PHONE_PORT=$(free_port)
register 1001 "$PHONE_PORT"

# The phone: SIPp answers (180, 200 with SDP naming the RTP peer's port), waits for the BYE.
RTP_PORT=$(free_port)
python3 "$TEL_DIR/rtp_peer.py" --port "$RTP_PORT" --stats "$WORK/phone-rtp.json" --seconds 300 &
CHILDREN+=($!)
RTP_PID=$!
(cd "$WORK" && exec timeout 120 sipp -sf "$SCENARIOS/phone_uas.xml" -i 127.0.0.1 -p "$PHONE_PORT" -s 1001 \
  -set rtp_port "$RTP_PORT" -m 1 -nostdin -trace_err -trace_msg -trace_logs \
  -message_file phone.msg -error_file phone-errors.log -log_file phone-logs.log \
  >"$WORK/phone.out" 2>&1) &
CHILDREN+=($!)
PHONE_PID=$!
sleep 0.5
kill -0 "$PHONE_PID" 2>/dev/null || fail "the SIPp phone did not start: $(cat "$WORK/phone-errors.log" 2>/dev/null)"

# The carrier calls the service number.
sed -e "s|@G711A_PCAP@|/usr/share/sip-tester/g711a.pcap|" \
    -e "s|@DTMF_PCAP@|/usr/share/sip-tester/dtmf_2833_1.pcap|" "$SCENARIOS/carrier.xml" >"$WORK/carrier.xml"
CARRIER_PORT=$(free_port)
CARRIER_MEDIA=$(free_port)
rc=0
(cd "$WORK" && timeout 120 sipp -sf carrier.xml -i 127.0.0.2 -p "$CARRIER_PORT" -mp "$CARRIER_MEDIA" -s 95598 \
  "127.0.0.1:$SIP_PORT" -m 1 -nostdin -trace_err -trace_msg -trace_stat \
  -message_file carrier.msg -error_file carrier-errors.log -stf carrier-stat.csv \
  >"$WORK/carrier.out" 2>&1) || rc=$?
[ $rc -eq 0 ] || fail "the SIPp carrier exited with $rc (0: 1 successful call); see carrier.msg"
rc=0
wait "$PHONE_PID" || rc=$?
[ $rc -eq 0 ] || fail "the SIPp phone exited with $rc (it should get INVITE, ACK, BYE); see phone.msg"
note "carrier and phone: 1 successful call each"

# The far side's media: what the server relayed to the phone.
sleep 1
kill "$RTP_PID" && wait "$RTP_PID" || true
STATS=$(cat "$WORK/phone-rtp.json")
note "phone RTP peer: $STATS"
python3 - "$WORK/phone-rtp.json" <<'PY' || fail "the phone did not get the caller's audio and digit: $STATS"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["audio_packets"] >= 150, "audio packets %d" % s["audio_packets"]   # the pcap has 236
assert s["loud_packets"] >= 100, "loud packets %d" % s["loud_packets"]       # 179 of them are loud
assert s["digits"] == "1", "digits %r" % s["digits"]
assert s["source"].startswith("127.0.0.1:"), "RTP from %s, not the advertised address" % s["source"]
PY

# The agent's desktop saw the call ring, be answered and end, and the digit.
await 60 "the call's ended event in 1001's watch" python3 "$TEL_DIR/events.py" has-state "$WORK/watch.jsonl" ended
kill "$WATCH_PID" 2>/dev/null || true
CALLS=$(python3 "$TEL_DIR/events.py" calls "$WORK/watch.jsonl")
note "call events seen by 1001:"$'\n'"$CALLS"
CALL_ID=$(python3 "$TEL_DIR/events.py" call-ids "$WORK/watch.jsonl" | head -n 1)
[ "$(python3 "$TEL_DIR/events.py" call-ids "$WORK/watch.jsonl" | wc -l)" = 1 ] || fail "more than one call: $CALLS"
python3 "$TEL_DIR/events.py" has-leg "$WORK/watch.jsonl" ringing "$CALL_ID" || fail "no ringing leg: $CALLS"
python3 "$TEL_DIR/events.py" has-state "$WORK/watch.jsonl" talking "$CALL_ID" || fail "never talking: $CALLS"
python3 "$TEL_DIR/events.py" has-state "$WORK/watch.jsonl" ended "$CALL_ID" || fail "never ended: $CALLS"
DIGITS=$(python3 "$TEL_DIR/events.py" digits "$WORK/watch.jsonl" "$CALL_ID")
[ "$DIGITS" = 1 ] || fail "DTMF events seen by 1001: '$DIGITS', expected '1' ($(grep dtmf "$WORK/watch.jsonl" || true))"
grep -q '"source":"rfc4733"' "$WORK/watch.jsonl" || fail "the digit's source is not rfc4733: $(grep dtmf "$WORK/watch.jsonl")"

# The call record.
record() {
  sqlite3 "$DATA/cti.sqlite" "SELECT direction, callee, answered_ms > 0, ended_ms > 0, end_reason <> '' FROM calls" \
    | grep -qx "inbound|95598|1|1|1"
}
await 60 "the call record: inbound, callee 95598, answered, ended, with a reason" record
[ "$(sqlite3 "$DATA/cti.sqlite" 'SELECT count(*) FROM calls')" = 1 ] || fail "more than one call record"
note "call record: $(sqlite3 "$DATA/cti.sqlite" 'SELECT direction, caller, callee, end_reason, hangup_by FROM calls')"

stop_server
echo "sipp_call_test: all checks passed"
