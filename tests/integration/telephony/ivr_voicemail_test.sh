#!/usr/bin/env bash
# Voicemail from the IVR with real SIP peers: the administrator saves a version of the demo flow
# whose first node takes a message for the mailbox 故障报修 (the repair queue). The SIPp carrier
# calls 95566; its RTP party hears the 1 kHz beep and then talks (a 700 Hz tone) for at least 3 s
# and hangs up. The message is stored: a row with the call, the mailbox and the length, a WAV
# whose spectrum is the caller's 700 Hz tone, a voicemail event to 1001 (a member of 故障报修)
# and none to 1002 (not a member). 1001 lists it, downloads it over the protocol (the bytes equal
# the file) and marks it heard; 1002 may neither list nor fetch it.
# usage: ivr_voicemail_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
WATCH2=$WORK/watch-1002.jsonl
start_watch 1002 "$WATCH2"
cat >"$WORK/flow.json" <<'JSON'
{"name": "demo_utility_hotline", "version": 1, "start": "take",
 "nodes": [{"id": "take", "type": "voicemail", "mailbox": "故障报修"}]}
JSON
OUT=$(cli admin save-flow "$WORK/flow.json") || fail "save-flow: $OUT"
note "flow saved: $OUT"

start_carrier 95566
recording() { grep -q "recording a voicemail for 故障报修" "$WORK/server.log"; }
await 60 "the server to record the message" recording
sent_at_start=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sent"])' "$WORK/carrier-rtp.json")
talked() { [ "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sent"])' "$WORK/carrier-rtp.json")" -ge $((sent_at_start + 175)) ]; }
await 60 "the caller to talk for 3.5 s" talked
carrier_hangup
wait_carrier "the caller hangs up"
beep=$(heard carrier 1000)
[ "$beep" -ge 10 ] || fail "the caller did not hear the beep (1 kHz): $beep packets; $(party_stats carrier)"
note "the caller heard the beep: $beep packets of 1 kHz"

stored() { [ -n "$(sqlite3 "$DATA/cti.sqlite" "SELECT voicemail_id FROM voicemails")" ]; }
await 30 "the voicemail row" stored
ROW=$(sqlite3 "$DATA/cti.sqlite" "SELECT voicemail_id || '|' || call_id || '|' || mailbox || '|' || caller || '|' || frames || '|' || path || '|' || error FROM voicemails")
IFS='|' read -r VM CALL MAILBOX CALLER FRAMES FILE ERR <<<"$ROW"
note "voicemail row: $ROW"
[ "$MAILBOX" = "故障报修" ] || fail "mailbox: $ROW"
[ -z "$ERR" ] || fail "the recording ended with an error: $ERR"
# At least the 3.5 s the caller talked after the recording began; less than a minute.
[ "$FRAMES" -ge 28000 ] && [ "$FRAMES" -le 480000 ] || fail "recorded frames: $FRAMES"
python3 - "$DATA/$FILE" "$FRAMES" <<'PY' || fail "the voicemail file does not hold the caller's 700 Hz tone"
import sys, wave, struct, math
w = wave.open(sys.argv[1])
assert w.getframerate() == 8000 and w.getnchannels() == 1 and w.getsampwidth() == 2, "not 8 kHz mono 16-bit"
n = w.getnframes()
assert n == int(sys.argv[2]), f"{n} frames in the file, {sys.argv[2]} in the row"
s = struct.unpack("<%dh" % n, w.readframes(n))
def power(f, x):  # Goertzel
    c = 2 * math.cos(2 * math.pi * f / 8000); a = b = 0.0
    for v in x: a, b = v + c * a - b, a
    return a * a + b * b - c * a * b
mid = s[n // 2 - 4000:n // 2 + 4000]  # one second in the middle of the message
p700, p1000, p450 = power(700, mid), power(1000, mid), power(450, mid)
print(f"700 Hz {p700:.3g}, 1000 Hz {p1000:.3g}, 450 Hz {p450:.3g}")
assert p700 > 100 * max(p1000, p450, 1.0)
PY
note "the WAV is 8 kHz mono, $FRAMES frames, and its middle second is the caller's 700 Hz tone"
record=$(record "$CALL")
[[ "$record" == *"|95566|"* ]] || fail "call record: $record"
note "call record: $record"

vm_event() { grep -q "\"voicemail\":{\"voicemail_id\":\"$VM\"" "$1"; }
await 30 "the voicemail event at 1001" vm_event "$WATCH"
note "1001 (a member of 故障报修) was told of the message"
OUT=$(cli 1001 voicemails --unheard) || fail "1001 voicemails: $OUT"
[[ "$OUT" == *"\"voicemail_id\":\"$VM\""* ]] || fail "1001's list: $OUT"
OUT=$(cli 1001 voicemail-fetch "$VM" --out "$WORK/fetched.wav") || fail "voicemail-fetch: $OUT"
cmp -s "$WORK/fetched.wav" "$DATA/$FILE" || fail "the fetched audio differs from the stored file"
note "1001 fetched the message over the protocol: $OUT"
OUT=$(cli 1001 voicemail-heard "$VM") || fail "voicemail-heard: $OUT"
[[ "$OUT" == *"\"heard_by\":\"$(sqlite3 "$DATA/cti.sqlite" "SELECT user_id FROM users WHERE login = '1001'")\""* ]] \
  && [[ "$OUT" != *"\"heard_ms\":\"0\""* ]] || fail "not marked heard: $OUT"
OUT=$(cli 1001 voicemails --unheard) || fail "1001 voicemails: $OUT"
[[ "$OUT" != *"\"voicemail_id\":\"$VM\""* ]] || fail "still unheard: $OUT"
note "marked heard; no longer in the unheard list"

# 1002 is not in 故障报修: no event, nothing listed, no download, no peeking by mailbox.
! vm_event "$WATCH2" || fail "1002 was told of a message in a mailbox it may not hear"
OUT=$(cli 1002 voicemails) || fail "1002 voicemails: $OUT"
[[ "$OUT" != *"voicemail_id"* ]] || fail "1002 sees: $OUT"
rc=0; OUT=$(cli 1002 voicemail-fetch "$VM" --out "$WORK/stolen.wav" 2>&1) || rc=$?
[ $rc -ne 0 ] && [[ "$OUT" == *"there is no voicemail $VM for you"* ]] || fail "1002 fetch: rc $rc: $OUT"
rc=0; OUT=$(cli 1002 voicemails --mailbox 故障报修 2>&1) || rc=$?
[ $rc -ne 0 ] && [[ "$OUT" == *"may not hear the mailbox"* ]] || fail "1002 by mailbox: rc $rc: $OUT"
note "1002 (not a member) was refused: $OUT"
stop_server
