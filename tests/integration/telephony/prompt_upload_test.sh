#!/usr/bin/env bash
# Uploading a prompt over the protocol (cti-cli prompt-upload): the administrator replaces the
# IVR's welcome prompt with a recording made elsewhere (16 kHz stereo WAV): it is stored as 8 kHz
# mono and the reply says how long it is. Bad uploads get a clear error and the prompt in place
# stays: random bytes (not audio), an empty file, a malformed prompt id, an unknown language; an
# agent may not upload at all. The server goes on serving (a login afterwards works).
# usage: prompt_upload_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server
python3 - "$WORK/welcome.wav" <<'PY'
import math, struct, sys, wave
w = wave.open(sys.argv[1], "wb")
w.setnchannels(2); w.setsampwidth(2); w.setframerate(16000)
w.writeframes(b"".join(struct.pack("<hh", int(8000 * math.sin(2 * math.pi * 440 * i / 16000)),
                                   int(8000 * math.sin(2 * math.pi * 440 * i / 16000))) for i in range(24000)))
w.close()
PY
OUT=$(cli admin prompt-upload ivr/welcome "$WORK/welcome.wav" --lang zh_CN) || fail "upload: $OUT"
SECONDS_STORED=$(echo "$OUT" | python3 -c 'import json,sys; print(round(json.load(sys.stdin)["upload_prompt_ok"]["seconds"], 2))')
[ "$SECONDS_STORED" = 1.5 ] || fail "a 1.5 s recording stored as $SECONDS_STORED s: $OUT"
STORED=$DATA/prompts/zh_CN/ivr/welcome.wav
FORMAT=$(python3 -c 'import sys, wave; w = wave.open(sys.argv[1]); print(w.getframerate(), w.getnchannels(), w.getnframes())' "$STORED")
[ "$FORMAT" = "8000 1 12000" ] || fail "stored prompt (rate channels frames): $FORMAT"
note "uploaded: $OUT; stored as 8 kHz mono, 12,000 frames"
BEFORE=$(sha256sum "$STORED")

head -c 20000 /dev/urandom >"$WORK/noise.wav"
refused admin "random bytes" "not stored" prompt-upload ivr/welcome "$WORK/noise.wav" --lang zh_CN
: >"$WORK/empty.wav"
refused admin "an empty file" "not stored" prompt-upload ivr/welcome "$WORK/empty.wav" --lang zh_CN
refused admin "a prompt id that climbs out of the store" "not stored" prompt-upload ../../etc/passwd "$WORK/welcome.wav" --lang zh_CN
refused admin "an unknown language" "zh_CN or en" prompt-upload ivr/welcome "$WORK/welcome.wav" --lang fr
refused 1001 "an agent" "prompt.edit" prompt-upload ivr/welcome "$WORK/welcome.wav" --lang zh_CN
[ "$(sha256sum "$STORED")" = "$BEFORE" ] || fail "a refused upload changed the stored prompt"
OUT=$(cli 1001 whoami) || fail "the server stopped serving: $OUT"
note "every bad upload refused with its reason; the stored prompt unchanged; the server serves on"
stop_server
