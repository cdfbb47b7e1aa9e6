#!/usr/bin/env bash
# Administration reaches the running server, through the requests the supervisor desktop's
# administration window sends (cti-cli admin-save / user-save as the demo administrator):
#   - a system parameter saved is applied at the next start (the log says so);
#   - 热线总队列 is switched to the skills strategy requiring 英语 at level 3: caller A waits
#     although agent 1001 (a SIPp phone) is ready, because 1001 lacks the skill;
#   - the administrator gives 1001 英语 at level 5 (moving an agent into a skill): the waiting
#     caller A reaches 1001 at once;
#   - the administrator takes the skill away again: the next caller B waits; the queue goes back
#     to longest idle without requirements, and caller C reaches 1001 at once (B hung up);
#   - a number route saved (77777 -> 热线总队列) takes the next call to 1001;
#   - bad values are refused with the field named and nothing changes; an agent may read the
#     data dictionaries but not change queues; the server keeps serving throughout.
# usage: admin_skills_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server

note "--- a system parameter saved by the administrator is applied at the next start"
OUT=$(cli admin admin-save parameters key=recording.retention_days value=30) || fail "admin-save parameters: $OUT"
refused admin "a parameter out of range" "value: from 0 to 3650" admin-save parameters key=recording.retention_days value=99999
restart_with_wrap_up 1001 1
grep -q "system parameter recording.retention_days = 30" "$WORK/server.log" \
  || fail "the saved parameter was not applied at start: $(grep -i parameter "$WORK/server.log" || true)"

WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
register_phone 1001 "$TONE_1001"
start_phone 1001 phone_answer 3
OUT=$(cli 1001 sign-in) || fail "sign-in: $OUT"
OUT=$(cli 1001 ready) || fail "ready: $OUT"
last_state() { agent_states 1 | awk '{print $NF}'; }
idle_again() { [ "$(last_state)" = idle ]; }

# queue_args STRATEGY SKILLS: 热线总队列's record as admin-list shows it, with the strategy and
# required skills replaced, as FIELD=VALUE words for admin-save.
queue_args() {
  local json
  json=$(cli admin admin-list queues) || fail "admin-list queues: $json"
  python3 - "$json" "$1" "$2" <<'PY'
import json, sys
ok = json.loads(sys.argv[1])["admin_list_ok"]
cols = [c["name"] for c in ok["columns"] if not c.get("read_only") or c.get("key")]
rec = next(r["fields"] for r in ok["records"] if r["fields"]["name"] == "热线总队列")
rec["strategy"], rec["required_skills"] = sys.argv[2], sys.argv[3]
print("\n".join("%s=%s" % (c, rec.get(c, "")) for c in cols))
PY
}
save_queue() {
  local args
  mapfile -t args < <(queue_args "$1" "$2")
  OUT=$(cli admin admin-save queues "${args[@]}") || fail "admin-save queues $1 $2: $OUT"
  note "queue saved: $OUT"
}
# user_save SKILL...: 1001 (user 1) saved as it is, with these skills.
user_save() {
  local json
  json=$(cli admin users) || fail "users: $json"
  local args
  mapfile -t args < <(python3 - "$json" "$@" <<'PY'
import json, sys
u = next(u for u in json.loads(sys.argv[1])["list_users_ok"]["users"] if u["login"] == "1001")
out = ["--id", str(u["user_id"]), "--name", u["display_name"], "--role", u["role"], "--extension", u["extension"]]
if u.get("department"): out += ["--department", u["department"]]
for g in u.get("groups", []): out += ["--group", g]
for s in sys.argv[2:]: out += ["--skill", s]
print("\n".join(out))
PY
)
  OUT=$(cli admin user-save "${args[@]}") || fail "user-save: $OUT"
  note "1001 saved: $OUT"
}

note "--- 英语 added to the skills; 热线总队列 requires 英语:3 with the skills strategy"
OUT=$(cli admin admin-save skills name=英语 "description=英语服务") || fail "admin-save skills: $OUT"
save_queue skills 英语:3
case "$OUT" in *'"required_skills":"英语:3"'*) ;; *) fail "the queue as stored does not require 英语:3: $OUT" ;; esac

note "--- bad values are refused, field named, nothing changed"
mapfile -t ARGS < <(queue_args skills 英语:3)
refused admin "a ring timeout of 0" "ring_timeout_s: from 1 to 600" admin-save queues "${ARGS[@]}" ring_timeout_s=0
refused admin "an unknown skill" "'法语' is not one of the allowed values" admin-save queues "${ARGS[@]/#required_skills=*/required_skills=法语}"
refused 1001 "an agent changing a queue" "your role may not" admin-save queues "${ARGS[@]}"
refused leader "a leader reading the parameters" "your role may not open" admin-list parameters
OUT=$(cli 1001 admin-list dictionaries) || fail "an agent reading the dictionaries: $OUT"
case "$OUT" in *小休*) ;; *) fail "the not-ready reasons are not in the dictionary: $OUT" ;; esac
case "$(cli admin admin-list queues)" in *'"ring_timeout_s":"20"'*) ;; *) fail "a refused save changed the queue" ;; esac

note "--- caller A waits: 1001 is ready but has no 英语"
start_carrier 12345
await 60 "caller A waiting in 热线总队列" queue_waiting 1
sleep 3
queue_waiting 1 || fail "caller A left the queue though nobody has 英语"
[ "$(last_state)" = idle ] || fail "1001 was offered a call needing 英语 (states: $(agent_states 1))"

note "--- the administrator gives 1001 英语 at 5: caller A reaches 1001 at once"
user_save 英语:5
case "$OUT" in *'"skill":"英语"'*) ;; *) fail "1001's skills as stored lack 英语: $OUT" ;; esac
new_call
A=$CALL_ID
await_call_state "$A" talking
carrier_hangup
wait_carrier "the caller hangs up"
await_call_state "$A" ended
await 30 "1001 idle again (states: $(agent_states 1))" idle_again

note "--- 英语 taken from 1001: caller B waits again"
user_save
start_carrier 12345
await 60 "caller B waiting in 热线总队列" queue_waiting 1
sleep 3
queue_waiting 1 || fail "caller B left the queue though 1001 no longer has 英语"
[ "$(last_state)" = idle ] || fail "1001 was offered B's call without 英语 (states: $(agent_states 1))"
carrier_hangup
wait_carrier "the caller hangs up"
await 30 "the queue empty again" queue_waiting 0

note "--- 热线总队列 back to longest idle without requirements: caller C reaches 1001 at once"
save_queue longest_idle ""
start_carrier 12345
new_call
C=$CALL_ID
await_call_state "$C" talking
carrier_hangup
wait_carrier "the caller hangs up"
await_call_state "$C" ended

note "--- a new number route 77777 -> 热线总队列 saved: caller D dials it and reaches 1001"
refused admin "a route to a queue that does not exist" "target: there is no queue" \
  admin-save routes number=77777 target_kind=queue target=没有的队列
OUT=$(cli admin admin-save routes number=77777 target_kind=queue target=热线总队列) || fail "admin-save routes: $OUT"
start_carrier 77777
new_call
D=$CALL_ID
await_call_state "$D" talking
carrier_hangup
wait_carrier "the caller hangs up"
await_call_state "$D" ended
wait_phone 1001 "3 calls: A, C and D"
for c in "$A" "$C"; do await_record "$c" "inbound\|13800138000\|12345\|1\|1\|[^|]+\|caller\|1001"; done
await_record "$D" "inbound\|13800138000\|77777\|1\|1\|[^|]+\|caller\|1001"
await_row "the administration saves in the event log (parameter, skill, queue twice, route)" 5 \
  "SELECT count(*) FROM event_log WHERE kind = 'admin.saved'"
note "PASS"
