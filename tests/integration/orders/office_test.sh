#!/usr/bin/env bash
# The organisation and the office around work orders through cti-cli, against a real cti-server:
# an administrator adds a department and a user (role, groups, skills) who then logs in; saves a
# countersign workflow (会签) as the complaints' default, which two departments then both sign;
# sets a 2-second accept deadline for very urgent repairs escalated to supervisors, and the
# deadline watcher escalates an order nobody accepted (the supervisor's and the holder's
# desktops are told, the team leader's is not); templates and phrases; attachments (the size
# limit); internal messages pushed to the recipient; the work-order summary. Refusals checked.
# usage: office_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/../telephony/lib.sh"
source "$(dirname "$0")/helpers.sh"


start_server
start_watch supervisor "$WORK/watch-supervisor.jsonl"
start_watch leader "$WORK/watch-leader.jsonl"
start_watch 1004 "$WORK/watch-1004.jsonl"

# ---- the organisation ----
OUT=$(cli admin department-save 城东供电所) || fail "department-save: $OUT"
[ "$(echo "$OUT" | json 'int(j["save_department_ok"]["department"]["department_id"]) > 0')" = True ] || fail "$OUT"
refused 1001 "may not do this (admin.users)" department-save 城西供电所
printf 'Chengdong-2001\n' >"$WORK/2001.password"
OUT=$(cli admin user-save --login 2001 --name 周敏 --role agent --department 城东供电所 --extension 2001 \
  --group 夜班 --skill 电费:7 --skill english:3 --new-password-file "$WORK/2001.password") || fail "user-save: $OUT"
[ "$(echo "$OUT" | json 'j["save_user_ok"]["user"]["department"]')" = 城东供电所 ] || fail "user-save: $OUT"
[ "$(echo "$OUT" | json '[s["skill"] + ":" + str(s["proficiency"]) for s in j["save_user_ok"]["user"]["skills"]]')" = "['english:3', '电费:7']" ] \
  || fail "skills not stored: $OUT"
refused admin "a new user needs a password" user-save --login 2002 --name x --role agent
refused admin "there is no role 'boss'" user-save --login 2003 --name x --role boss --new-password-file "$WORK/2001.password"
OUT=$("$CLI" --server "127.0.0.1:$GW_PORT" --ca "$DATA/tls/server.crt" --user 2001 --password-file "$WORK/2001.password" whoami) \
  || fail "the new user cannot log in: $OUT"
[[ "$OUT" == *'"display_name":"周敏"'* ]] || fail "whoami: $OUT"
# The running ACD took the new agent at once: 2001 signs in without a server restart.
OUT=$("$CLI" --server "127.0.0.1:$GW_PORT" --ca "$DATA/tls/server.crt" --user 2001 --password-file "$WORK/2001.password" sign-in) \
  || fail "the new agent cannot sign in (the ACD did not take them): $OUT"
[[ "$OUT" == *'"status":"not_ready"'* ]] || fail "2001 after sign-in: $OUT"
USERS=$(cli admin users) || fail "users"
[[ "$USERS" == *'"groups":["夜班"]'* ]] || fail "the group is not listed"

# ---- a countersign workflow for complaints ----
cat >"$WORK/countersign.json" <<'JSON'
{"name": "投诉会签", "steps": [
  {"name": "会签", "assign": {"departments": ["投诉处理中心", "抢修调度中心"]}, "mode": "countersign"}]}
JSON
echo '{"name":"坏流程","steps":[{"assign":{"departments":["不存在的部门"]}}]}' >"$WORK/bad.json"
refused admin "no department named '不存在的部门'" workflow-save "$WORK/bad.json"
refused 1001 "may not do this (workflow.edit)" workflow-save "$WORK/countersign.json"
OUT=$(cli admin workflow-save "$WORK/countersign.json" --default-for complaint) || fail "workflow-save: $OUT"
[ "$(echo "$OUT" | json 'j["save_workflow_ok"]["version"]')" = 1 ] || fail "workflow-save: $OUT"
OUT=$(cli 1001 order-create complaint "停电投诉" --caller 13800138000) || fail "order-create: $OUT"
NUM=$(echo "$OUT" | json 'j["create_order_ok"]["order"]["number"]')
[ "$(echo "$OUT" | json 'j["create_order_ok"]["order"]["workflow"]')" = 投诉会签 ] || fail "not the new default: $OUT"
cli 1001 order "$NUM" dispatch >/dev/null || fail "dispatch to the countersign departments"
for who in 1003 1004; do cli "$who" order "$NUM" accept >/dev/null || fail "$who accept"; done
OUT=$(cli 1003 order "$NUM" answer --opinion "投诉中心：同意") || fail "1003 answer: $OUT"
[ "$(echo "$OUT" | json 'j["order_action_ok"]["order"]["state"]')" = processing ] || fail "one signature is not enough: $OUT"
OUT=$(cli 1004 order "$NUM" answer --opinion "抢修中心：同意") || fail "1004 answer: $OUT"
[ "$(echo "$OUT" | json 'j["order_action_ok"]["order"]["state"]')" = answered ] || fail "both signed: $OUT"
note "countersign: $NUM answered after both departments signed"

# ---- a deadline passes: escalated to the configured role ----
refused admin "the accept deadline cannot be longer" deadline-policy repair very_urgent 100 10
cli admin deadline-policy repair very_urgent 2 3600 --escalate-to supervisor >/dev/null || fail "deadline-policy"
OUT=$(cli 1001 order-create repair "电杆倾斜" --urgency very_urgent --caller 13800138000) || fail "order-create: $OUT"
LATE=$(echo "$OUT" | json 'j["create_order_ok"]["order"]["number"]')
cli 1001 order "$LATE" dispatch --to 抢修调度中心 >/dev/null || fail "dispatch"
overdue_seen() { grep -F "\"number\":\"$LATE\"" "$1" | grep -q '"reason":"overdue"'; }
await 60 "the supervisor told that $LATE is overdue" overdue_seen "$WORK/watch-supervisor.jsonl"
await 30 "the holder 1004 told that $LATE is overdue" overdue_seen "$WORK/watch-1004.jsonl"
overdue_seen "$WORK/watch-leader.jsonl" && fail "the team leader was told, but the policy escalates to supervisors"
OUT=$(cli 1001 order-show "$LATE") || fail "order-show: $OUT"
[ "$(echo "$OUT" | json 'j["get_order_ok"]["order"].get("accept_overdue", False)')" = True ] || fail "not marked overdue: $OUT"
[ "$(echo "$OUT" | json '"escalate" in [h["action"] for h in j["get_order_ok"]["history"]]')" = True ] \
  || fail "no escalate line: $OUT"

# ---- templates and phrases ----
cli admin phrase-save template 停电报修 --type repair --text $'地址：\n停电范围：' --shared >/dev/null || fail "shared template"
cli 1001 phrase-save phrase 已派单 --text "已派单至抢修中心" >/dev/null || fail "personal phrase"
refused 1001 "shared templates and phrases are written by administrators" phrase-save phrase x --text y --shared
[ "$(cli 1001 phrases | json 'len(j["list_phrases_ok"]["phrases"])')" = 2 ] || fail "1001 sees the shared and its own"
[ "$(cli 1002 phrases | json 'len(j["list_phrases_ok"]["phrases"])')" = 1 ] || fail "1002 sees only the shared one"

# ---- attachments ----
ID=$(cli 1001 order-show "$LATE" | json 'j["get_order_ok"]["order"]["order_id"]')
head -c 3000 /dev/urandom >"$WORK/photo.jpg"
OUT=$(cli 1001 attach "$ID" "$WORK/photo.jpg" --mime image/jpeg) || fail "attach: $OUT"
AID=$(echo "$OUT" | json 'j["attach_file_ok"]["attachment"]["attachment_id"]')
[ "$(echo "$OUT" | json 'j["attach_file_ok"]["attachment"]["sha256"]')" = "$(sha256sum "$WORK/photo.jpg" | cut -d' ' -f1)" ] \
  || fail "the digest does not match the file: $OUT"
cli 1004 attachment "$AID" --out "$WORK/download.jpg" >/dev/null || fail "download"
cmp -s "$WORK/photo.jpg" "$WORK/download.jpg" || fail "the downloaded file differs"
head -c 800000 /dev/urandom >"$WORK/big.bin"
refused 1001 "attachments are limited to 768 KiB" attach "$ID" "$WORK/big.bin"
head -c 1100000 /dev/urandom >"$WORK/huge.bin"
refused 1001 "the protocol carries at most 1000 KiB in one message" attach "$ID" "$WORK/huge.bin"
[ "$(cli 1001 attachments "$ID" | json 'len(j["list_attachments_ok"]["attachments"])')" = 1 ] || fail "attachment count"

# ---- internal messages ----
OUT=$(cli 1001 message "请优先处理 $LATE" --to 1004) || fail "message: $OUT"
message_seen() { grep -q "\"message\":{[^}]*\"text\":\"请优先处理 $LATE\"" "$WORK/watch-1004.jsonl"; }
await 30 "1004's desktop shows the message" message_seen
refused 1001 "there is no user with the login 'nobody'" message hi --to nobody
MESSAGES=$(cli 1004 messages) || fail "messages"
[[ "$MESSAGES" == *"请优先处理 $LATE"* ]] || fail "1004's message list: $MESSAGES"

# ---- the summary ----
OUT=$(cli supervisor order-summary type) || fail "order-summary: $OUT"
[ "$(echo "$OUT" | json '{r["key"]: int(r["orders"]) for r in j["order_summary_ok"]["rows"]}')" = "{'complaint': 1, 'repair': 1}" ] \
  || fail "summary by type: $OUT"
refused supervisor "group by type, department" order-summary colour

stop_server
note "PASS: organisation, countersign workflow, escalation to supervisors, phrases, attachments, messages, summary"
