#!/usr/bin/env bash
# Text to speech of a dynamic value inside an IVR flow, with a real SIP caller: the administrator
# saves a new version of the demo flow (cti-cli save-flow) that sets balance = 128.50 and speaks
# "您的电费余额为${balance}，请及时缴纳。" with the amount hint, then hangs up. The SIPp carrier
# calls 95566: the server reads the amount as 一百二十八元五角, espeak-ng speaks it, the caller
# hears speech (loud RTP packets for about two seconds), then gets the BYE; the call record
# carries the flow's hang-up reason.
# usage: ivr_tts_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server
cat >"$WORK/flow.json" <<'JSON'
{"name": "demo_utility_hotline", "version": 1, "start": "balance",
 "nodes": [
  {"id": "balance", "type": "set", "variable": "balance", "value": "128.50", "next": "say"},
  {"id": "say", "type": "tts", "text": "您的电费余额为${balance}，请及时缴纳。", "hint": "amount", "next": "bye"},
  {"id": "bye", "type": "hangup", "reason": "balance told"}
 ]}
JSON
OUT=$(cli admin save-flow "$WORK/flow.json") || fail "save-flow: $OUT"
note "flow saved: $OUT"

start_carrier 95566
wait_carrier "BYE from the server"
grep -q "spoke '您的电费余额为一百二十八元五角，请及时缴纳。'" "$WORK/server.log" \
  || fail "the server did not speak the amount as words: $(grep -E "speak|spoke|tts" "$WORK/server.log" | tail -5)"
note "the server spoke 您的电费余额为一百二十八元五角，请及时缴纳。"
loud=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["loud_packets"])' "$WORK/carrier-rtp.json")
# The sentence takes espeak-ng about 3 s: at least 1.5 s of it (75 packets of 20 ms) must arrive.
[ "$loud" -ge 75 ] || fail "the caller heard only $loud loud packets: $(party_stats carrier)"
note "the caller heard speech: $loud loud packets"
ls "$DATA"/prompts/tts/zh_CN/*.wav >/dev/null 2>&1 || fail "no cached speech file in $DATA/prompts/tts/zh_CN"
record=$(sqlite3 "$DATA/cti.sqlite" "SELECT callee || '|' || end_reason FROM calls ORDER BY rowid DESC LIMIT 1")
[[ "$record" == "95566|"*"balance told"* ]] || fail "call record: $record"
note "call record: $record"
stop_server
