#!/usr/bin/env bash
# A real softphone as the agent: baresip registers as 1001 and answers automatically; a SIPp
# carrier (127.0.0.2) calls 95598 and plays a 440 Hz tone. Checks: baresip hears the tone through
# the server's media (the recording it makes is loud and at about 440 Hz); its RFC 4733 digits
# "/sndcode 123#" reach the agent's desktop as DTMF events 1 2 3 # in order; baresip hangs up and
# the carrier gets the BYE; the call record says the agent's side hung up; a clean server stop.
# usage: baresip_call_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"

start_server
start_watch 1001 "$WORK/watch.jsonl"
start_baresip 1001

# 60 s of 440 Hz as PCMU RTP for the carrier to play.
sox -n -r 8000 -c 1 -e u-law -t raw "$WORK/tone.ul" synth 60 sine 440 vol 0.5
python3 "$TEL_DIR/make_pcap.py" "$WORK/tone.ul" "$WORK/tone.pcap" --pt 0
sed -e "s|@AUDIO_PCAP@|$WORK/tone.pcap|" "$SCENARIOS/carrier_tone.xml" >"$WORK/carrier.xml"
CARRIER_PORT=$(free_port)
CARRIER_MEDIA=$(free_port)
(cd "$WORK" && exec timeout 180 sipp -sf carrier.xml -i 127.0.0.2 -p "$CARRIER_PORT" -mp "$CARRIER_MEDIA" -s 95598 \
  "127.0.0.1:$SIP_PORT" -m 1 -nostdin -trace_err -trace_msg \
  -message_file carrier.msg -error_file carrier-errors.log >"$WORK/carrier.out" 2>&1) &
CHILDREN+=($!)
CARRIER_PID=$!

talking() { python3 "$TEL_DIR/events.py" has-state "$WORK/watch.jsonl" talking; }
await 60 "baresip to answer the call (talking in 1001's watch)" talking
CALL_ID=$(python3 "$TEL_DIR/events.py" call-ids "$WORK/watch.jsonl" | head -n 1)
note "call $CALL_ID answered by baresip"
grep -q "Call established" "$WORK/baresip.log" || await 30 "baresip: Call established" grep -q "Call established" "$WORK/baresip.log"

# The agent presses 1 2 3 # and hangs up; then what baresip heard: loud, the carrier's 440 Hz.
baresip_keys_and_hangs_up "$CALL_ID"
assert_baresip_heard_tone

await 60 "the call's ended event in 1001's watch" python3 "$TEL_DIR/events.py" has-state "$WORK/watch.jsonl" ended
kill "$WATCH_PID" 2>/dev/null || true
note "call events seen by 1001:"$'\n'"$(python3 "$TEL_DIR/events.py" calls "$WORK/watch.jsonl")"
DIGITS=$(python3 "$TEL_DIR/events.py" digits "$WORK/watch.jsonl" "$CALL_ID")
[ "$DIGITS" = "123#" ] || fail "DTMF events seen by 1001: '$DIGITS', expected '123#' ($(grep dtmf "$WORK/watch.jsonl" || true))"

record() {
  sqlite3 "$DATA/cti.sqlite" "SELECT direction, callee, answered_ms > 0, ended_ms > 0, hangup_by FROM calls" \
    | grep -qx "inbound|95598|1|1|callee"
}
await 60 "the call record: inbound, 95598, answered, ended, hung up by the agent's phone (callee)" record
note "call record: $(sqlite3 "$DATA/cti.sqlite" 'SELECT direction, caller, callee, end_reason, hangup_by FROM calls')"

kill "$BARESIP_PID" 2>/dev/null || true
stop_server
echo "baresip_call_test: all checks passed"
