#!/usr/bin/env bash
# Every call is recorded, with real SIP peers: the SIPp carrier (a 700 Hz talker) calls 95598,
# 1001's SIPp phone (a 1 kHz talker) answers; 1001 puts the call on hold and takes it back from
# the desktop; the caller hangs up. The recording is a stereo WAV whose length is the call's time
# from answer to end within 20 ms (held part included), the customer (700 Hz) on the left and the
# agent (1 kHz) on the right. 1001 downloads it over the protocol (the bytes equal the file), the
# team leader may too, 1002 (not on the call) may not. Then the retention: with the recording
# made 400 days old and recording.retention_days = 30, a restarted server deletes file and row.
# usage: call_recording_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
register_phone 1001 "$TONE_1001"
start_phone 1001 phone_answer 1
start_carrier
new_call
await_call_state "$CALL_ID" talking
await_hears carrier "$TONE_1001" "1001"
await_hears phone1001 "$TONE_CARRIER" "the carrier"
OUT=$(cli 1001 hold "$CALL_ID") || fail "hold: $OUT"
await_call_state "$CALL_ID" held
MIN_PACKETS=20 await_hears carrier "$TONE_HOLD" "hold music" "$TONE_1001"
OUT=$(cli 1001 retrieve "$CALL_ID") || fail "retrieve: $OUT"
await_call_state "$CALL_ID" talking
await_hears carrier "$TONE_1001" "1001 again"
carrier_hangup
wait_carrier "the caller hangs up"
wait_phone 1001 "BYE after the caller hung up"

recorded() { [ -n "$(sqlite3 "$DATA/cti.sqlite" "SELECT recording_id FROM recordings WHERE call_id = $CALL_ID")" ]; }
await 30 "the recording row of call $CALL_ID" recorded
ROW=$(sqlite3 "$DATA/cti.sqlite" "SELECT r.path || '|' || r.frames || '|' || r.channels || '|' || r.error || '|' ||
  (c.ended_ms - c.answered_ms) FROM recordings r JOIN calls c ON c.call_id = r.call_id WHERE r.call_id = $CALL_ID")
IFS='|' read -r FILE FRAMES CHANNELS ERR TALK_MS <<<"$ROW"
note "recording: $ROW"
[ "$CHANNELS" = 2 ] && [ -z "$ERR" ] || fail "recording row: $ROW"
DIFF=$(( FRAMES - TALK_MS * 8 ))
[ "${DIFF#-}" -le 160 ] || fail "$FRAMES frames for a call answered $TALK_MS ms: off by $DIFF frames (more than 20 ms)"
note "$FRAMES frames = $((FRAMES / 8)) ms; the call was answered $TALK_MS ms: within $((${DIFF#-} / 8)) ms"
python3 - "$DATA/$FILE" "$FRAMES" <<'PY' || fail "the recording's channels are not the customer (left) and the agent (right)"
import sys, wave, struct, math
w = wave.open(sys.argv[1])
assert w.getframerate() == 8000 and w.getnchannels() == 2 and w.getsampwidth() == 2, "not 8 kHz stereo 16-bit"
n = w.getnframes()
assert n == int(sys.argv[2]), f"{n} frames in the file, {sys.argv[2]} in the row"
s = struct.unpack("<%dh" % (2 * n), w.readframes(n))
left, right = s[0::2], s[1::2]
def power(f, x):  # Goertzel
    c = 2 * math.cos(2 * math.pi * f / 8000); a = b = 0.0
    for v in x: a, b = v + c * a - b, a
    return a * a + b * b - c * a * b
for name, ch, want, other in (("left", left, 700, 1000), ("right", right, 1000, 700)):
    p_want, p_other = power(want, ch), power(other, ch)
    print(f"{name}: {want} Hz {p_want:.3g}, {other} Hz {p_other:.3g}")
    assert p_want > 100 * max(p_other, 1.0), name
PY
note "left channel: the customer's 700 Hz; right channel: the agent's 1 kHz"

OUT=$(cli 1001 recording-fetch "$CALL_ID" --out "$WORK/fetched.wav") || fail "1001 recording-fetch: $OUT"
cmp -s "$WORK/fetched.wav" "$DATA/$FILE" || fail "the fetched recording differs from the file"
OUT=$(cli leader recording-fetch "$CALL_ID" --out "$WORK/leader.wav") || fail "leader recording-fetch: $OUT"
cmp -s "$WORK/leader.wav" "$DATA/$FILE" || fail "the leader's copy differs"
rc=0; OUT=$(cli 1002 recording-fetch "$CALL_ID" --out "$WORK/stolen.wav" 2>&1) || rc=$?
[ $rc -ne 0 ] && [[ "$OUT" == *"no recording of call $CALL_ID for you"* ]] || fail "1002 fetch: rc $rc: $OUT"
note "1001 and the team leader fetched it over the protocol; 1002 was refused: $OUT"

# Retention.
stop_server
sqlite3 "$DATA/cti.sqlite" "UPDATE recordings SET started_ms = started_ms - 400 * 86400000, ended_ms = ended_ms - 400 * 86400000"
rm -f "$WORK/ready.json"
start_server $'[recording]\nretention_days = 30'
swept() { [ -z "$(sqlite3 "$DATA/cti.sqlite" "SELECT recording_id FROM recordings WHERE call_id = $CALL_ID")" ]; }
await 30 "the 400-day-old recording to be deleted" swept
[ ! -e "$DATA/$FILE" ] || fail "the row is gone but the file $FILE is still there"
note "a 400-day-old recording was deleted (file and row) by a server keeping 30 days"
stop_server
