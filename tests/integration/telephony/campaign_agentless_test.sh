#!/usr/bin/env bash
# An agentless campaign (a survey with a payment reminder) with real SIP peers: the administrator
# saves the flow (press 1 to subscribe, then the amount due from the call list is spoken), the
# team leader makes an agentless campaign of 2 lines with an order type and imports two numbers
# (GBK, as Excel on a Chinese Windows saves CSV). The SIPp callees behind the demo trunk:
# ...55 answers and keys 1 (RFC 4733), ...52 is busy. No agent is signed in, none is needed.
# The answer is stored with the record (subscribe=1), counted as a conversion, and a marketing
# work order is registered for the number; the reminder names the amount (espeak-ng says it) and
# the flow hangs up. The busy number is exhausted after its one attempt; the campaign finishes.
# usage: campaign_agentless_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server $'[campaign]\nring_timeout_s = 5'
db() { sqlite3 "$DATA/cti.sqlite" "$1"; }
cat >"$WORK/flow.json" <<'JSON'
{"name": "campaign_survey", "version": 1, "start": "subscribe",
 "nodes": [
  {"id": "subscribe", "type": "survey", "prompts": ["offer"], "valid_digits": "12", "timeout_s": 10,
   "retries": 0, "next": "remind"},
  {"id": "remind", "type": "tts", "text": "${姓名}您好，您本月电费${欠费金额}，请按时缴纳。", "hint": "amount",
   "next": "bye"},
  {"id": "bye", "type": "hangup", "reason": "reminder done"}
 ],
 "prompts": {"offer": {"zh_CN": "订购电子账单请按1，不需要请按2。", "en": "Press 1 for e-bills, 2 if not."}}}
JSON
OUT=$(cli admin save-flow "$WORK/flow.json") || fail "save-flow: $OUT"
OUT=$(cli leader campaign-save 电子账单推广 --mode agentless --flow campaign_survey --lines 2 \
  --caller-id 95598 --order-type marketing --retry busy:1:0) || fail "campaign-save: $OUT"
ID=$(echo "$OUT" | sed -E 's/.*"campaign_id":"([0-9]+)".*/\1/')
printf 'phone,姓名,欠费金额\n13800000055,张三,128.50\n13800000052,李四,99.00\n' | iconv -f UTF-8 -t GBK >"$WORK/list.csv"
OUT=$(cli leader campaign-import "$ID" "$WORK/list.csv") || fail "campaign-import: $OUT"
[[ "$OUT" == *'"imported":2'* ]] || fail "import: $OUT"
[ "$(db "SELECT json_extract(data, '\$.姓名') FROM campaign_records WHERE phone = '13800000055'")" = 张三 ] \
  || fail "the GBK list was not read as Chinese: $(db "SELECT data FROM campaign_records")"
note "GBK call list imported: $OUT"

start_callees 2
OUT=$(cli leader campaign-start "$ID") || fail "campaign-start: $OUT"

wait_callees "2 calls (the survey's BYE included)"
grep -q "keys 1" "$WORK/callees-logs.log" || fail "the callee did not key 1: $(cat "$WORK/callees-logs.log")"
finished() { [ "$(db "SELECT state FROM campaigns WHERE campaign_id = $ID")" = finished ]; }
await 30 "the campaign to finish" finished
ROWS=$(db "SELECT phone || '|' || state || '|' || last_outcome || '|' || answers FROM campaign_records
           WHERE campaign_id = $ID ORDER BY line" | tr '\n' ' ')
[ "$ROWS" = '13800000055|done|answered|{"subscribe":"1"} 13800000052|exhausted|busy|{} ' ] || fail "records: $ROWS"
note "records: $ROWS"
CALL=$(db "SELECT call_id FROM calls WHERE callee = '13800000055'")
SPOKE=$(grep "call $CALL: spoke '" "$WORK/server.log" || true)
[[ "$SPOKE" == *"张三您好，您本月电费一百二十八元五角，"* ]] \
  || fail "the reminder did not name the person and the amount: $SPOKE $(grep "call $CALL" "$WORK/server.log" | tail -5)"
note "the reminder to call $CALL: ${SPOKE#*spoke }"
order() { [ -n "$(db "SELECT order_id FROM work_orders WHERE caller_number = '13800000055' AND type = 'marketing'")" ]; }
await 30 "a marketing work order for 13800000055" order
note "work order: $(db "SELECT number || '|' || type || '|' || title FROM work_orders WHERE caller_number = '13800000055'")"
R=$(record "$CALL")
[[ "$R" == "outbound|95598|13800000055|1|1|reminder done|"* ]] || fail "call record: $R"
FIG=$(campaign_figures "$ID" dialled answered busy conversions)
[ "$FIG" = "finished 2 1 1 1" ] || fail "figures (state dialled answered busy conversions): $FIG"
note "figures: $FIG; call record: $R"
stop_server
