#!/usr/bin/env bash
# A complaint's whole life through cti-cli, against a real cti-server: a customer's call (SIPp
# carrier from 13800138000 to 95598, answered by agent 1001's SIPp phone) becomes a complaint
# registered from the screen pop; it is dispatched to 投诉处理中心, accepted and returned by 1003
# there (退办), re-dispatched, accepted and answered (答复); the customer is called back and is
# satisfied (回访), and the order is closed. The history shows every step with who and why.
# Bad input on the way: actions from the wrong person, the wrong state, without the required
# opinion, search text full of FTS5 and SQL syntax — each refused with a reason, nothing changed.
# usage: order_flow_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/../telephony/lib.sh"
source "$(dirname "$0")/helpers.sh"



start_server
start_watch 1001 "$WORK/watch-1001.jsonl"
start_watch 1003 "$WORK/watch-1003.jsonl"

# ---- the customer's call, answered by 1001 ----
PHONE_PORT=$(free_port)
register 1001 "$PHONE_PORT"
RTP_PORT=$(free_port)
python3 "$TEL_DIR/rtp_peer.py" --port "$RTP_PORT" --stats "$WORK/phone-rtp.json" --seconds 120 &
CHILDREN+=($!)
(cd "$WORK" && exec timeout 120 sipp -sf "$SCENARIOS/phone_uas.xml" -i 127.0.0.1 -p "$PHONE_PORT" -s 1001 \
  -set rtp_port "$RTP_PORT" -m 1 -nostdin -trace_err -message_file phone.msg -error_file phone-errors.log \
  >"$WORK/phone.out" 2>&1) &
CHILDREN+=($!)
PHONE_PID=$!
sleep 0.5
sed -e "s|@G711A_PCAP@|/usr/share/sip-tester/g711a.pcap|" \
    -e "s|@DTMF_PCAP@|/usr/share/sip-tester/dtmf_2833_1.pcap|" "$SCENARIOS/carrier.xml" >"$WORK/carrier.xml"
rc=0
(cd "$WORK" && timeout 120 sipp -sf carrier.xml -i 127.0.0.2 -p "$(free_port)" -mp "$(free_port)" -s 95598 \
  "127.0.0.1:$SIP_PORT" -m 1 -nostdin -trace_err -error_file carrier-errors.log >"$WORK/carrier.out" 2>&1) || rc=$?
[ $rc -eq 0 ] || fail "the SIPp carrier exited with $rc"
wait "$PHONE_PID" || fail "the SIPp phone failed; see phone.msg"
await 60 "the call's end in 1001's watch" python3 "$TEL_DIR/events.py" has-state "$WORK/watch-1001.jsonl" ended
CALL_ID=$(python3 "$TEL_DIR/events.py" call-ids "$WORK/watch-1001.jsonl" | head -n 1)
CALLER=$(grep -o '"caller":"[0-9]*"' "$WORK/watch-1001.jsonl" | head -n 1 | cut -d'"' -f4)
[ "$CALLER" = 13800138000 ] || fail "the screen pop showed caller '$CALLER', not 13800138000"
note "call $CALL_ID from $CALLER answered by 1001 and ended"
# 1001's personal call history has it.
in_my_calls() { cli 1001 my-calls | grep -q '"caller":"13800138000"'; }
await 30 "the call in 1001's call history (my-calls)" in_my_calls

# ---- registered from the call ----
OUT=$(cli 1001 order-create complaint "投诉抄表员态度恶劣" --content "用户反映抄表员上门抄表时态度恶劣，要求道歉" \
  --urgency urgent --caller "$CALLER" --contact "李先生" --call "$CALL_ID") || fail "order-create: $OUT"
NUM=$(echo "$OUT" | json 'j["create_order_ok"]["order"]["number"]')
[[ "$NUM" =~ ^GD[0-9]{14}$ ]] || fail "order number '$NUM' is not GD + date + sequence"
[ "$(echo "$OUT" | json 'j["create_order_ok"]["order"]["state"]')" = open ] || fail "a new order is open: $OUT"
[ "$(echo "$OUT" | json 'j["create_order_ok"]["order"]["call_id"]')" = "$CALL_ID" ] || fail "not linked to the call: $OUT"
note "complaint $NUM registered from call $CALL_ID"

refused kb "may not do this (order.create)" order-create complaint "x"
refused 1001 "'accept' is not possible while the order is open" order "$NUM" accept
refused 1001 "name exactly one" order "$NUM" dispatch
refused 1001 "no department named '不存在'" order "$NUM" dispatch --to 不存在

# ---- dispatched to the complaints department ----
OUT=$(cli 1001 order "$NUM" dispatch --to 投诉处理中心) || fail "dispatch: $OUT"
[ "$(echo "$OUT" | json 'j["order_action_ok"]["order"]["state"]')" = dispatched ] || fail "after dispatch: $OUT"
[ "$(echo "$OUT" | json 'int(j["order_action_ok"]["order"]["accept_due_ms"]) > 0')" = True ] || fail "no accept deadline: $OUT"
order_event() { grep "\"order\":{\"order\"" "$1" | grep -F "\"number\":\"$NUM\"" | grep -q "\"reason\":\"$2\""; }
await 30 "1003's desktop told of the order sent to its department" order_event "$WORK/watch-1003.jsonl" assigned
OUT=$(cli 1003 workbench) || fail "workbench: $OUT"
[[ "$OUT" == *"\"number\":\"$NUM\""* ]] || fail "$NUM is not on 1003's workbench: $OUT"
refused 1004 "only the department or person the order is with may 'accept'" order "$NUM" accept

OUT=$(cli 1003 order "$NUM" accept) || fail "accept: $OUT"
[ "$(echo "$OUT" | json 'j["order_action_ok"]["order"]["state"]')" = processing ] || fail "after accept: $OUT"
refused 1003 "'return' needs an opinion" order "$NUM" return
OUT=$(cli 1003 order "$NUM" return --opinion "缺少用户户号，请补充后重新派单") || fail "return: $OUT"
[ "$(echo "$OUT" | json 'j["order_action_ok"]["order"]["state"]')" = returned ] || fail "after return: $OUT"
await 30 "1001's desktop told of the return" order_event "$WORK/watch-1001.jsonl" changed

# ---- re-dispatched, accepted, answered ----
cli 1001 order "$NUM" dispatch --to 投诉处理中心 >/dev/null || fail "re-dispatch"
cli 1003 order "$NUM" accept >/dev/null || fail "accept again"
OUT=$(cli 1003 order "$NUM" answer --opinion "已核实，抄表员已向用户道歉并接受批评教育") || fail "answer: $OUT"
[ "$(echo "$OUT" | json 'j["order_action_ok"]["order"]["state"]')" = answered ] || fail "after answer: $OUT"
refused 1001 "a complaint is closed after the callback visit" order "$NUM" close

# ---- the callback visit, then closed ----
# The answered order is on the callback-visit list (the preview campaign 工单回访): 1001 asks
# for the next record to call and gets the customer's number with the order's number.
VISITS=$(cli leader campaigns | python3 -c '
import json, sys
for c in json.load(sys.stdin)["list_campaigns_ok"]["campaigns"]:
    if c["name"] == "工单回访": print(c["campaign_id"])')
[ -n "$VISITS" ] || fail "no callback-visit campaign"
_visit_listed() { cli leader campaign-records "$VISITS" | grep -q "\"order\":\"$NUM\""; }
await 30 "order $NUM on the callback-visit list" _visit_listed
OUT=$(cli 1001 preview-next "$VISITS") || fail "preview-next: $OUT"
[[ "$OUT" == *"\"order\":\"$NUM\""* ]] || fail "the visit to make: $OUT"
note "callback visit offered to 1001: $(echo "$OUT" | sed -E 's/.*"phone":"([0-9]+)".*/\1/') for order $NUM"
OUT=$(cli 1001 preview-skip "$(echo "$OUT" | sed -E 's/.*"record_id":"([0-9]+)".*/\1/')") || fail "preview-skip: $OUT"
refused 1001 "satisfaction" order "$NUM" visit
OUT=$(cli 1001 order "$NUM" visit --satisfaction satisfied --opinion "回访用户，用户表示满意") || fail "visit: $OUT"
[ "$(echo "$OUT" | json 'j["order_action_ok"]["order"]["satisfaction"]')" = satisfied ] || fail "after visit: $OUT"
OUT=$(cli 1001 order "$NUM" close) || fail "close: $OUT"
[ "$(echo "$OUT" | json 'j["order_action_ok"]["order"]["state"]')" = closed ] || fail "after close: $OUT"
refused 1001 "'answer' is not possible while the order is closed" order "$NUM" answer --opinion x

# ---- the whole history ----
OUT=$(cli 1001 order-show "$NUM") || fail "order-show: $OUT"
STEPS=$(echo "$OUT" | json '" ".join(h["action"] + ":" + h.get("actor", "") for h in j["get_order_ok"]["history"])')
note "history: $STEPS"
[ "$STEPS" = "create:张伟 dispatch:张伟 accept:李娜 return:李娜 dispatch:张伟 accept:李娜 answer:李娜 visit:张伟 close:张伟" ] \
  || fail "the history is not every step in order: $STEPS"
[ "$(echo "$OUT" | json 'j["get_order_ok"]["history"][3]["opinion"]')" = "缺少用户户号，请补充后重新派单" ] \
  || fail "the return's opinion is not in the history: $OUT"
[ "$(echo "$OUT" | json 'j["get_order_ok"]["history"][1]["to"][0]["department"]')" = "投诉处理中心" ] \
  || fail "the dispatch's target is not in the history: $OUT"

# ---- search: Chinese words, the number, hostile text ----
OUT=$(cli 1001 order-search 抄表员) || fail "search: $OUT"
[[ "$OUT" == *"\"number\":\"$NUM\""* ]] || fail "searching 抄表员 did not find $NUM: $OUT"
OUT=$(cli 1001 order-search "$NUM") || fail "search by number: $OUT"
[[ "$OUT" == *"\"number\":\"$NUM\""* ]] || fail "searching the number did not find it: $OUT"
OUT=$(cli 1001 order-search '" OR 1=1; DROP TABLE work_orders; --') || fail "hostile search errored: $OUT"
refused 1001 "type at least one letter" order-search '"*"'
OUT=$(cli 1001 order-search 抄表员 --state closed --type complaint) || fail "filtered search: $OUT"
[[ "$OUT" == *"\"number\":\"$NUM\""* ]] || fail "the filtered search did not find it: $OUT"
refused 1001 "is not a work-order state" order-search 抄表员 --state lost

# ---- the administrator's lists: a switched-off type or urgency takes no new order ----
OUT=$(cli admin admin-save dictionaries dictionary=order_types code=marketing label_zh=营销推广 label_en=Promotion \
      position=70 enabled=0 2>&1) || fail "switching marketing off: $OUT"
refused 1001 "is switched off" order-create marketing "推荐峰谷电价套餐" --content "用户有意了解峰谷电价"
refused admin "codes of order_types are fixed" admin-save dictionaries dictionary=order_types code=lost_property \
  label_zh=失物 label_en=Lost
OUT=$(cli admin admin-save dictionaries dictionary=order_types code=marketing label_zh=营销推广 label_en=Promotion \
      position=70 enabled=1 2>&1) || fail "switching marketing on: $OUT"
OUT=$(cli 1001 order-create marketing "推荐峰谷电价套餐" --content "用户有意了解峰谷电价") || fail "marketing order: $OUT"
[ "$(echo "$OUT" | json 'j["create_order_ok"]["order"]["type"]')" = marketing ] || fail "marketing order: $OUT"

stop_server
grep -q "ERROR: AddressSanitizer\|runtime error" "$WORK/server.log" && fail "sanitizer report in the server log"
note "PASS: complaint $NUM: call, create, dispatch, return, re-dispatch, answer, visit (satisfied), close"
