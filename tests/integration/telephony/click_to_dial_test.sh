#!/usr/bin/env bash
# Click-to-dial with hold and retrieve: agent 1001's phone is baresip (answers automatically),
# 1002's phone is a SIPp phone. `cti-cli dial 1002` as 1001 rings 1001's phone first, then 1002;
# then hold, retrieve and hangup from the desktop. Checks the call's states in 1001's watch
# (talking, held, talking, ended), that 1002 hears the server's media (hold music while held), the
# BYE at 1002, the call record, a clean server stop.
# usage: click_to_dial_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"

start_server
start_watch 1001 "$WORK/watch.jsonl"
start_baresip 1001

PHONE_PORT=$(free_port)
register 1002 "$PHONE_PORT"
RTP_PORT=$(free_port)
python3 "$TEL_DIR/rtp_peer.py" --port "$RTP_PORT" --stats "$WORK/phone-rtp.json" --seconds 300 &
CHILDREN+=($!)
RTP_PID=$!
(cd "$WORK" && exec timeout 150 sipp -sf "$SCENARIOS/phone_uas_reinvite.xml" -i 127.0.0.1 -p "$PHONE_PORT" -s 1002 \
  -set rtp_port "$RTP_PORT" -m 1 -nostdin -trace_err -trace_msg -trace_logs \
  -message_file phone.msg -error_file phone-errors.log -log_file phone-logs.log >"$WORK/phone.out" 2>&1) &
CHILDREN+=($!)
PHONE_PID=$!
sleep 0.5
kill -0 "$PHONE_PID" 2>/dev/null || fail "the SIPp phone did not start: $(cat "$WORK/phone-errors.log" 2>/dev/null)"

# Dial out only when signed in and not ready: refused while signed out and while ready.
OUT=$(cli 1001 dial 1002 2>&1) && fail "dial while signed out was accepted: $OUT"
echo "$OUT" | grep -q "not ready" || fail "dial while signed out: unclear refusal: $OUT"
cli 1001 sign-in >/dev/null || fail "sign-in failed"
cli 1001 ready >/dev/null || fail "ready failed"
OUT=$(cli 1001 dial 1002 2>&1) && fail "dial while ready was accepted: $OUT"
echo "$OUT" | grep -q "not ready" || fail "dial while ready: unclear refusal: $OUT"
cli 1001 not-ready 外呼 >/dev/null || fail "not-ready failed"
OUT=$(cli 1001 dial 1002) || fail "cti-cli dial 1002 failed: $OUT"
CALL_ID=$(echo "$OUT" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("call_id") or d.get("callId"))')
note "dial 1002: call $CALL_ID"

state_is() {  # the call's latest state
  [ "$(python3 "$TEL_DIR/events.py" calls "$WORK/watch.jsonl" | awk -v id="$CALL_ID" '$1 == id {s = $2} END {print s}')" = "$1" ]
}
await 60 "call $CALL_ID talking (both phones answered)" state_is talking

packets() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["audio_packets"])' "$WORK/phone-rtp.json"; }
await 30 "RTP at 1002's phone" test -s "$WORK/phone-rtp.json"
sleep 2

cli 1001 hold "$CALL_ID" >/dev/null || fail "cti-cli hold $CALL_ID failed"
await 60 "call $CALL_ID held" state_is held
before=$(packets)
sleep 3
during=$(packets)
[ "$during" -gt "$((before + 50))" ] || fail "1002 got no media while held ($before -> $during audio packets)"
cli 1001 retrieve "$CALL_ID" >/dev/null || fail "cti-cli retrieve $CALL_ID failed"
await 60 "call $CALL_ID talking again after retrieve" state_is talking
sleep 1

cli 1001 hangup "$CALL_ID" >/dev/null || fail "cti-cli hangup $CALL_ID failed"
await 60 "call $CALL_ID ended" state_is ended
rc=0
wait "$PHONE_PID" || rc=$?
[ $rc -eq 0 ] || fail "the SIPp phone 1002 exited with $rc (expected INVITE, re-INVITEs, BYE); see phone.msg"
kill "$RTP_PID" 2>/dev/null || true
kill "$WATCH_PID" 2>/dev/null || true
note "call events seen by 1001:"$'\n'"$(python3 "$TEL_DIR/events.py" calls "$WORK/watch.jsonl")"
python3 "$TEL_DIR/events.py" calls "$WORK/watch.jsonl" | awk -v id="$CALL_ID" '$1 == id {print $2}' | uniq | tr '\n' ' ' \
  | grep -q "talking held talking ended" || fail "states of call $CALL_ID are not talking, held, talking, ended"

record() {
  sqlite3 "$DATA/cti.sqlite" "SELECT callee, answered_ms > 0, ended_ms > 0 FROM calls WHERE call_id = $CALL_ID" \
    | grep -qx "1002|1|1"
}
await 60 "the call record: callee 1002, answered, ended" record
note "call record: $(sqlite3 "$DATA/cti.sqlite" "SELECT direction, caller, callee, end_reason, hangup_by FROM calls")"

kill "$BARESIP_PID" 2>/dev/null || true
stop_server
echo "click_to_dial_test: all checks passed"
