#!/usr/bin/env bash
# Answering-machine detection in an agentless notification campaign, with real SIP peers and
# real speech. The server runs with [campaign] machine_detection = "agentless"; the campaign
# retries a machine once, 3 s later (--retry answering_machine:2:3). The SIPp callees behind the
# demo trunk answer and speak (callee_speaking.xml): ...66 is a voicemail greeting (SIPp's
# g711a.pcap: seconds of speech), ...77 a person (espeak-ng says "喂？", then silence). The machine
# is hung up both times without hearing the notice, its attempts recorded as answering_machine,
# and the record exhausted; the person hears the notice (the flow's TTS) and the record is done.
# usage: campaign_machine_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server $'[campaign]\nring_timeout_s = 5\nmachine_detection = "agentless"'
db() { sqlite3 "$DATA/cti.sqlite" "$1"; }

# The person's "喂？": espeak-ng (Mandarin), 8 kHz A-law, 0.2 s before and 4 s of silence after.
espeak-ng -v cmn -w "$WORK/wei.wav" "喂？"
sox "$WORK/wei.wav" -r 8000 -c 1 -e a-law -t raw "$WORK/wei.al" pad 0.2 4
python3 "$TEL_DIR/make_pcap.py" "$WORK/wei.al" "$WORK/wei.pcap" --pt 8
sed -e "s|@HUMAN_PCAP@|$WORK/wei.pcap|" -e "s|@MACHINE_PCAP@|/usr/share/sip-tester/g711a.pcap|" \
  "$SCENARIOS/callee_speaking.xml" >"$WORK/callees.xml"

cat >"$WORK/flow.json" <<'JSON'
{"name": "power_notice", "version": 1, "start": "notice",
 "nodes": [
  {"id": "notice", "type": "tts", "text": "${姓名}您好，您所在小区明天上午停电检修。", "next": "bye"},
  {"id": "bye", "type": "hangup", "reason": "notice given"}
 ]}
JSON
OUT=$(cli admin save-flow "$WORK/flow.json") || fail "save-flow: $OUT"
OUT=$(cli leader campaign-save 停电通知 --mode agentless --flow power_notice --lines 2 --caller-id 95598 \
  --retry answering_machine:2:3) || fail "campaign-save: $OUT"
ID=$(echo "$OUT" | sed -E 's/.*"campaign_id":"([0-9]+)".*/\1/')
printf 'phone,姓名\n13800000066,王五\n13800000077,赵六\n' >"$WORK/list.csv"
OUT=$(cli leader campaign-import "$ID" "$WORK/list.csv") || fail "campaign-import: $OUT"
[[ "$OUT" == *'"imported":2'* ]] || fail "import: $OUT"

start_callees 3 "$WORK/callees.xml"
OUT=$(cli leader campaign-start "$ID") || fail "campaign-start: $OUT"
wait_callees "3 calls: the machine twice, the person once"
finished() { [ "$(db "SELECT state FROM campaigns WHERE campaign_id = $ID")" = finished ]; }
await 30 "the campaign to finish" finished

ROWS=$(db "SELECT phone || '|' || state || '|' || last_outcome || '|' || total_attempts FROM campaign_records
           WHERE campaign_id = $ID ORDER BY line" | tr '\n' ' ')
[ "$ROWS" = '13800000066|exhausted|answering_machine|2 13800000077|done|answered|1 ' ] || fail "records: $ROWS"
note "records: $ROWS"
TRIES=$(db "SELECT r.phone || ':' || a.outcome FROM campaign_attempts a JOIN campaign_records r USING (record_id)
            WHERE a.campaign_id = $ID ORDER BY a.attempt_id" | tr '\n' ' ')
[ "$TRIES" = '13800000066:answering_machine 13800000077:answered 13800000066:answering_machine ' ] \
  || [ "$TRIES" = '13800000077:answered 13800000066:answering_machine 13800000066:answering_machine ' ] \
  || fail "attempts: $TRIES"
note "attempts: $TRIES"

# The machine: hung up with the detector's reason, never told the notice.
for CALL in $(db "SELECT call_id FROM calls WHERE callee = '13800000066'"); do
  R=$(record "$CALL")
  [[ "$R" == "outbound|95598|13800000066|1|1|answering machine: a greeting of "*" ms of voice|"* ]] \
    || fail "the machine's call record: $R"
  ! grep -q "call $CALL: spoke '" "$WORK/server.log" || fail "the machine (call $CALL) was told the notice"
  note "machine, call $CALL: $R"
done
# The person: detected as a person ("喂" then silence), then the flow spoke to them.
CALL=$(db "SELECT call_id FROM calls WHERE callee = '13800000077'")
VERDICT=$(grep "call $CALL: 13800000077 answered: " "$WORK/server.log" || true)
[[ "$VERDICT" == *"answered: human ("*"ms of voice in 1 word(s), then 800 ms of silence)"* ]] \
  || fail "the person's verdict: $VERDICT"
SPOKE=$(grep "call $CALL: spoke '" "$WORK/server.log" || true)
[[ "$SPOKE" == *"赵六您好，您所在小区明天上午停电检修。"* ]] || fail "the person did not hear the notice: $SPOKE"
R=$(record "$CALL")
[[ "$R" == "outbound|95598|13800000077|1|1|notice given|"* ]] || fail "the person's call record: $R"
note "person, call $CALL: ${VERDICT#*answered: }; ${SPOKE#*spoke }"

FIG=$(campaign_figures "$ID" dialled answered answering_machine abandoned)
[ "$FIG" = "finished 3 1 2 0" ] || fail "figures (state dialled answered answering_machine abandoned): $FIG"
note "figures: $FIG"
stop_server
