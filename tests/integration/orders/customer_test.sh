#!/usr/bin/env bash
# Customers through cti-cli against a real cti-server: an agent opens an account (开户) and may
# not change the VIP level or the blacklist; the team leader blacklists the customer and binds
# the number segment 138 to 抢修调度中心 (号段); the screen pop's lookup shows the customer, the
# responsible department, the recent calls and orders; a call from the blacklisted number to
# the queue 12345 is refused by the ACD (its treatment: reject), a call after un-blacklisting is
# queued; the account is closed (销户). Bad input refused with the reason.
# usage: customer_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/../telephony/lib.sh"
source "$TEL_DIR/call_lib.sh"
# After call_lib.sh: its refused() (for call commands) is replaced by the orders one.
source "$(dirname "$0")/helpers.sh"


start_server
start_watch supervisor "$WORK/watch.jsonl"

# ---- accounts ----
OUT=$(cli 1001 customer-save --name 李建国 --phone 13800138000 --phone 057188880000 --address 幸福小区3号楼 \
  --label 居民) || fail "customer-save: $OUT"
ID=$(echo "$OUT" | json 'j["save_customer_ok"]["customer"]["customer_id"]')
KH=$(echo "$OUT" | json 'j["save_customer_ok"]["customer"]["number"]')
[[ "$KH" =~ ^KH[0-9]{13}$ ]] || fail "customer number '$KH' is not KH + date + sequence"
note "account $KH (id $ID) opened by 1001"
refused 1001 "only team leaders, supervisors and administrators change the VIP level or the blacklist" \
  customer-save --id "$ID" --name 李建国 --phone 13800138000 --vip 1
refused 1001 "'12a' is not a phone number" customer-save --name 王 --phone 12a
refused 1001 "may not do this (customer.manage)" number-segment 138 抢修调度中心
OUT=$(cli leader customer-save --id "$ID" --name 李建国 --phone 13800138000 --phone 057188880000 --blacklisted) \
  || fail "blacklisting: $OUT"
[ "$(echo "$OUT" | json 'j["save_customer_ok"]["customer"].get("blacklisted", False)')" = True ] || fail "not blacklisted: $OUT"
cli leader number-segment 138 抢修调度中心 >/dev/null || fail "number-segment"
refused leader "there is no department named '无此部门'" number-segment 139 无此部门

OUT=$(cli 1001 lookup 13800138000) || fail "lookup: $OUT"
[ "$(echo "$OUT" | json 'j["lookup_caller_ok"]["customer"]["name"]')" = 李建国 ] || fail "lookup customer: $OUT"
[ "$(echo "$OUT" | json 'j["lookup_caller_ok"]["responsible_department"]')" = 抢修调度中心 ] || fail "lookup department: $OUT"

# ---- a blacklisted caller to the queue is refused by the ACD ----
start_party carrier "$TONE_CARRIER" 127.0.0.2
call_queue() {
  (cd "$WORK" && exec timeout 120 sipp -sf "$SCENARIOS/carrier_party.xml" -i 127.0.0.2 -p "$(free_port)" -mp "$(free_port)" \
    -s 12345 -set rtp_port "${PARTY_PORT[carrier]}" -set dest_file "$WORK/carrier.dest" "127.0.0.1:$SIP_PORT" -m 1 \
    -nostdin -trace_err -trace_logs -error_file "$1-errors.log" -log_file "$1-logs.log" >"$WORK/$1.out" 2>&1) &
  CHILDREN+=($!)
}
call_queue blacklisted
ended_blacklisted() { python3 "$TEL_DIR/events.py" calls "$WORK/watch.jsonl" | grep -q " ended .*blacklisted"; }
await 60 "the blacklisted caller's call ended by the ACD" ended_blacklisted
note "blacklisted call: $(python3 "$TEL_DIR/events.py" calls "$WORK/watch.jsonl" | grep ended | tail -n 1)"
await 60 "the carrier to see the server hang up" grep -q "BYE" "$WORK/blacklisted-logs.log"

OUT=$(cli 1001 lookup 13800138000) || fail "lookup: $OUT"
[ "$(echo "$OUT" | json 'len(j["lookup_caller_ok"]["recent_calls"])')" = 1 ] || fail "the refused call is not in the history: $OUT"
[ "$(echo "$OUT" | json 'j["lookup_caller_ok"]["recent_calls"][0]["callee"]')" = 12345 ] || fail "recent call: $OUT"

# ---- no longer blacklisted: the next call waits in the queue ----
cli leader customer-save --id "$ID" --name 李建国 --phone 13800138000 --vip 1 >/dev/null || fail "un-blacklist"
call_queue second
queue_waiting_1() { grep "\"name\":\"热线总队列\"" "$WORK/watch.jsonl" | tail -n 1 | grep -q '"waiting":1'; }
await 60 "the VIP caller waiting in 热线总队列" queue_waiting_1

# ---- orders appear in the profile; the account is closed ----
cli 1001 order-create repair 停电报修 --caller 13800138000 >/dev/null || fail "order-create"
OUT=$(cli 1001 lookup 13800138000) || fail "lookup: $OUT"
[ "$(echo "$OUT" | json 'j["lookup_caller_ok"]["recent_orders"][0]["title"]')" = 停电报修 ] || fail "recent orders: $OUT"
refused 1001 "may not do this (customer.manage)" customer-close "$ID"
OUT=$(cli leader customer-close "$ID") || fail "customer-close: $OUT"
[ "$(echo "$OUT" | json 'j["close_account_ok"]["customer"]["closed"]')" = True ] || fail "not closed: $OUT"
refused leader "was already closed" customer-close "$ID"
OUT=$(cli 1001 lookup 13800138000) || fail "lookup: $OUT"
[ "$(echo "$OUT" | json '"customer" in j["lookup_caller_ok"]')" = False ] || fail "a closed account is still found: $OUT"

stop_server
note "PASS: account $KH opened, blacklisted (call refused), VIP, segment, lookup, closed"
