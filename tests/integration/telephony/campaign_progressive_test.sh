#!/usr/bin/env bash
# A progressive outbound campaign with real SIP peers, driven through cti-cli.
# The team leader puts a number on the do-not-call list and imports a call list (UTF-8, Chinese
# columns) with a malformed row, a wrong number, a duplicate and the listed number: each is
# reported with its line and skipped, the rest imports. A campaign that has not started yet
# (first day the day after tomorrow: tomorrow may be today in the calendar's UTC+8) does not dial; neither does this one while no agent is signed in.
# Agent 1001 (a SIPp phone answering every call) signs in and goes ready. The called people are
# SIPp behind the demo trunk (127.0.0.1:5090): ...11 answers, ...12 is busy, ...13 never answers.
# ...11 is dialled first and, answered, reaches 1001 (their desktop shows the list's name 张三):
# the customer hears 1001. 1001 hangs up, records "success" and ends after-call work; then
# ...12 is busy (retried 3 s later, busy again: exhausted after 2 attempts) and ...13 rings out
# (5 s ring timeout: no answer, exhausted after 1 attempt). The campaign finishes by itself with
# the figures the calls made: 4 dialled, 1 answered, 2 busy, 1 no answer, 1 conversion.
# usage: campaign_progressive_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server $'[campaign]\nring_timeout_s = 5\nabandon_grace_ms = 2000'
db() { sqlite3 "$DATA/cti.sqlite" "$1"; }
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"

OUT=$(cli leader dnc --add 13800000015 --reason 客户要求) || fail "dnc: $OUT"
[[ "$OUT" == *'"numbers":["13800000015"]'* ]] || fail "dnc list: $OUT"
OUT=$(cli leader campaign-save 电费提醒 --mode progressive --queue 热线总队列 --caller-id 95598 \
  --retry busy:2:3 --retry no_answer:1:0) || fail "campaign-save: $OUT"
ID=$(echo "$OUT" | sed -E 's/.*"campaign_id":"([0-9]+)".*/\1/')
[[ "$OUT" == *'"state":"draft"'* ]] || fail "a new campaign is a draft: $OUT"
cat >"$WORK/list.csv" <<'CSV'
phone,姓名,欠费金额
13800000011,张三,128.50
13800000012,李四,99.00
13800000013,王五,10
not-a-number,赵六,1
13800000011,张三,128.50
13800000014,only two columns
13800000015,钱七,5
CSV
OUT=$(cli leader campaign-import "$ID" "$WORK/list.csv") || fail "campaign-import: $OUT"
for want in '"imported":3' '"line":5,"kind":"invalid_phone"' '"line":6,"kind":"duplicate"' \
            '"line":7,"kind":"wrong_column_count"' '"line":8,"kind":"do_not_call"'; do
  [[ "$OUT" == *"$want"* ]] || fail "import report lacks $want: $OUT"
done
note "lines 5-8 reported: $(echo "$OUT" | sed -E 's/.*"summary":"([^"]*)".*/\1/')"
[ "$(db "SELECT count(*) FROM campaign_records WHERE campaign_id = $ID")" = 3 ] || fail "3 records stored"

# Not started yet: a campaign whose first day is tomorrow waits, whatever the agents.
OUT=$(cli leader campaign-save 明日活动 --mode progressive --queue 热线总队列 --first-day "$(date -d '+2 days' +%F)") \
  || fail "campaign-save tomorrow: $OUT"
LATER=$(echo "$OUT" | sed -E 's/.*"campaign_id":"([0-9]+)".*/\1/')
cp "$WORK/list.csv" "$WORK/list2.csv"
OUT=$(cli leader campaign-import "$LATER" "$WORK/list2.csv") || fail "import 2: $OUT"
OUT=$(cli leader campaign-start "$LATER") || fail "start tomorrow's: $OUT"
# campaign_field ID FIELD: the campaign's field as `cti-cli campaigns` shows it.
campaign_field() {
  cli leader campaigns | python3 -c '
import json, sys
for c in json.load(sys.stdin)["list_campaigns_ok"]["campaigns"]:
    if c["campaign_id"] == sys.argv[1]: print(c.get(sys.argv[2], ""))' "$1" "$2"
}
waiting() { [ "$(campaign_field "$1" waiting_reason)" = "$2" ]; }
await 30 "tomorrow's campaign waiting (not_started)" waiting "$LATER" not_started

# No agent signed in: nothing is dialled.
OUT=$(cli leader campaign-start "$ID") || fail "campaign-start: $OUT"
[[ "$OUT" == *'"state":"running"'* ]] || fail "started: $OUT"
await 30 "the campaign waiting for agents (no_agents)" waiting "$ID" no_agents
[ "$(db "SELECT count(*) FROM calls")" = 0 ] || fail "a call was placed with no agent or before the first day"
note "nothing dialled before the first day, nor without agents"

# The called people and the agent.
start_callees 4
register_phone 1001 "$TONE_1001"
start_phone 1001 phone_answer 1
OUT=$(cli 1001 sign-in) || fail "sign-in: $OUT"
OUT=$(cli 1001 ready) || fail "ready: $OUT"

answered() { [ -n "$(db "SELECT call_id FROM calls WHERE callee = '13800000011' AND answered_ms > 0")" ]; }
await 60 "13800000011 called and answered" answered
CALL=$(db "SELECT call_id FROM calls WHERE callee = '13800000011'")
await_call_state "$CALL" talking
await_hears customer "$TONE_1001" 1001
grep "\"call_id\":\"$CALL\"" "$WATCH" | grep -q 张三 || fail "1001's desktop did not get the record's data with call $CALL"
note "13800000011 answered and reached 1001 (call $CALL), whose desktop shows 张三"
OUT=$(cli 1001 hangup "$CALL") || fail "hangup: $OUT"
wait_phone 1001 "the campaign call, ended by 1001"
REC=$(db "SELECT record_id FROM campaign_records WHERE campaign_id = $ID AND phone = '13800000011'")
# The dispositions are the administrator's list (dictionary campaign_dispositions): a code outside
# it is refused, one the administrator adds is taken.
OUT=$(cli 1001 disposition "$REC" maybe_later 2>&1) && fail "a disposition outside the list was taken: $OUT"
[[ "$OUT" == *"not one of the campaign dispositions"* ]] || fail "refusal of maybe_later: $OUT"
OUT=$(cli admin admin-save dictionaries dictionary=campaign_dispositions code=paid_elsewhere label_zh=已在他处缴费 \
      label_en="Paid elsewhere" 2>&1) || fail "adding a disposition: $OUT"
OUT=$(cli 1001 disposition "$REC" paid_elsewhere 2>&1) || fail "the added disposition: $OUT"
[[ "$OUT" == *'"disposition":"paid_elsewhere"'* ]] || fail "disposition: $OUT"
OUT=$(cli 1001 disposition "$REC" success --note 已缴费 2>&1) || fail "disposition: $OUT"
[[ "$OUT" == *'"disposition":"success"'* ]] || fail "disposition: $OUT"
OUT=$(cli 1001 end-wrap-up) || fail "end-wrap-up: $OUT"

wait_callees "4 calls"

finished() { [ "$(db "SELECT state FROM campaigns WHERE campaign_id = $ID")" = finished ]; }
await 30 "the campaign to finish by itself" finished
ROWS=$(db "SELECT phone || '|' || state || '|' || attempts || '|' || last_outcome FROM campaign_records
           WHERE campaign_id = $ID ORDER BY line" | tr '\n' ' ')
[ "$ROWS" = "13800000011|done|1|answered 13800000012|exhausted|2|busy 13800000013|exhausted|1|no_answer " ] \
  || fail "records: $ROWS"
note "records: $ROWS"
uid=$(db "SELECT user_id FROM users WHERE login = '1001'")
ATT=$(db "SELECT outcome || '|' || coalesce(agent_id, '') FROM campaign_attempts WHERE campaign_id = $ID ORDER BY attempt_id" | tr '\n' ' ')
[ "$ATT" = "answered|$uid busy| no_answer| busy| " ] || fail "attempts: $ATT"
WAIT=$(db "SELECT wait_ms FROM campaign_attempts WHERE campaign_id = $ID AND outcome = 'answered'")
note "attempts: $ATT (the answer reached 1001 after $WAIT ms)"
OUT=$(cli leader campaigns) || fail "campaigns: $OUT"
FIG=$(echo "$OUT" | python3 -c '
import json, sys
for c in json.load(sys.stdin)["list_campaigns_ok"]["campaigns"]:
    if c["name"] == "电费提醒":
        f = c["figures"]
        print(c["state"], *(f.get(k, "0") for k in ("dialled", "answered", "busy", "no_answer", "abandoned", "conversions")))')
[ "$FIG" = "finished 4 1 2 1 0 1" ] || fail "figures (state dialled answered busy no_answer abandoned conversions): $FIG"
note "figures: $FIG"
grep -q '"campaign":{[^}]*"name":"电费提醒"' "$WATCH" || fail "1001's desktop saw no campaign event"
R=$(record "$CALL")
[[ "$R" == "outbound|95598|13800000011|1|1|"*"|1001" ]] || fail "call record: $R"
note "call record: $R"
stop_server
