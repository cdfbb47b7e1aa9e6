#!/usr/bin/env bash
# The supervisor's wall (issue 8, live supervision) end to end: tests/supervisor_client/wall_e2e.cpp
# drives SupervisorApp's widgets as the team leader (leader, extension 1010) against this real
# server, with SIPp phones registered as 1001 (answers every call) and 1010 (answers only calls
# with the auto-answer hint, as supervision rings it), and the SIPp carrier (127.0.0.2). The
# desktop and this script hand over through files in $WORK. This script checks the server's side.
#  1. The wall is up: 1001 signs in and goes ready through cti-cli (the wall shows it).
#  2. The carrier calls 12345 (热线总队列): the ACD offers it to 1001, whose phone answers.
#  3. 1001 asks for help (cti-cli message to 客服中心); the desktop picks it from its help list and
#     monitors: the leader's phone got the auto-answer INVITE, the call has the supervisor leg,
#     the leader hears the carrier and 1001, and they do not hear the leader. Whisper: 1001 hears
#     the leader, the carrier does not. (Barge and the wallboard follow on the desktop alone.)
#  4. The desktop sends 1001 a notice (stored, to 1001) and leaves: the leader's phone gets the
#     BYE, the call is talking again without the leader.
#  5. The carrier hangs up; the record is answered, ended by the caller, agent 1001.
#  6. The desktop sets 1001 not ready, ready and signs 1001 out (the force panel): 1001's own
#     session hears each, and the persisted changes carry the leader's reason code.
#  7. The desktop opens its Reports window and runs the queue report of the last 7 days by day:
#     热线总队列 offered 1, answered 1, abandoned 0 — the call of step 2.
# usage: supervisor_wall_test.sh CTI_SERVER CTI_CLI WALL_E2E [LANG]
# With CTI_SCREENSHOT_DIR set, the desktop saves its screenshots there.
set -euo pipefail
SERVER=$1
CLI=$2
DESKTOP=$3
LANG_UI=${4:-zh_CN}
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"
TONE_LEADER=$TONE_1002  # 1300 Hz: every party listens for it

start_server
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
register_phone 1001 "$TONE_1001"
register_phone 1010 "$TONE_LEADER"
start_phone 1001 phone_answer 1
start_phone 1010 phone_answer 1 true

CTI_E2E_WORK=$WORK CTI_E2E_DATA=$DATA CTI_E2E_PORT=$GW_PORT CTI_E2E_LANG=$LANG_UI \
  "$DESKTOP" --durations yes >"$WORK/desktop.out" 2>&1 &
DESKTOP_PID=$!
CHILDREN+=($DESKTOP_PID)
go() { echo 1 >"$WORK/$1"; }  # the desktop may go on

# ---- 1. 1001 ready ----
step wall-up 180
OUT=$(cli 1001 sign-in) || fail "sign-in: $OUT"
OUT=$(cli 1001 ready) || fail "ready: $OUT"
echo "$OUT" | grep -q '"status":"available"' || fail "after ready: $OUT"
step agent-ready 120

# ---- 2. a caller through the queue to 1001 ----
start_carrier 12345
new_call
await_call_state "$CALL_ID" talking
note "call $CALL_ID talking: $(call_legs "$CALL_ID")"

# ---- 3. help, monitor, whisper ----
OUT=$(cli 1001 message "【求助】张伟 在与 13800138000 的通话中请求协助。" --to-department 客服中心) \
  || fail "help message: $OUT"
step monitoring 180
read -r WALL_CALL <"$WORK/monitoring"
[ "$WALL_CALL" = "$CALL_ID" ] || fail "the wall monitored call $WALL_CALL, the carrier's is $CALL_ID"
await_call_state "$CALL_ID" supervised
legs_have "$CALL_ID" "supervisor:1010:up" || fail "no supervisor leg for 1010: $(call_legs "$CALL_ID")"
grep -q "INVITE auto-answer hint 'answer-after=0'" "$WORK/${PHONE_TAG[1010]}-logs.log" \
  || fail "the leader's phone did not get the auto-answer INVITE: $(phone_log 1010)"
note "monitor from the wall: legs $(call_legs "$CALL_ID")"
await_hears phone1010 "$TONE_CARRIER" "the carrier (monitor)"
await_hears phone1010 "$TONE_1001" "1001 (monitor)"
await_hears carrier "$TONE_1001" "1001 only (monitor)" "$TONE_LEADER"
await_hears phone1001 "$TONE_CARRIER" "the carrier only (monitor)" "$TONE_LEADER"
go monitor-checked
step whispering 120
await_hears phone1001 "$TONE_LEADER" "the leader (whisper)"
await_hears carrier "$TONE_1001" "1001 only (whisper)" "$TONE_LEADER"
go whisper-checked

# ---- 4. the notice, the leader leaves ----
step left 180
NOTICE=$(sqlite3 "$DATA/cti.sqlite" "SELECT u.login || '|' || m.text FROM internal_messages m
  JOIN users u ON u.user_id = m.to_user_id JOIN users f ON f.user_id = m.from_id WHERE f.login = 'leader'")
[ "$NOTICE" = "1001|班长已接入，请继续服务客户。" ] || fail "the leader's notice in the database: '$NOTICE'"
got_notice() {
  python3 - "$WATCH" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    try: ev = json.loads(line).get("event", {})
    except ValueError: continue
    m = ev.get("message")
    if isinstance(m, dict) and m.get("from") == "陈静" and "班长已接入" in m.get("text", ""):
        sys.exit(0)
sys.exit(1)
PY
}
await 30 "the notice in 1001's session (watch)" got_notice
wait_phone 1010 "BYE when the leader left"
await_call_state "$CALL_ID" talking
legs_have "$CALL_ID" "supervisor:1010:up" && fail "the leader's leg is still there: $(call_legs "$CALL_ID")"
await_hears carrier "$TONE_1001" "1001 after the supervision" "$TONE_LEADER"

# ---- 5. the caller hangs up ----
carrier_hangup
wait_carrier "the caller hangs up"
wait_phone 1001 "BYE after the caller hung up"
await_record "$CALL_ID" "inbound\|13800138000\|12345\|1\|1\|[^|]+\|caller\|1001"
step ended 120

# ---- 6. the leader forces 1001's status ----
step forced 120
TRIGGERS=$(agent_triggers 1)
note "1001's persisted triggers: $TRIGGERS"
[[ "$TRIGGERS" =~ set_not_ready\ (.*\ )?set_ready\ (.*\ )?sign_out$ ]] || fail "1001's persisted triggers: $TRIGGERS"
REASON=$(sqlite3 "$DATA/cti.sqlite" "SELECT json_extract(detail, '$.reason') FROM event_log WHERE kind = 'agent.state'
  AND user_id = 1 AND json_extract(detail, '$.trigger') = 'set_not_ready' ORDER BY event_id DESC LIMIT 1")
[ "$REASON" = supervisor ] || fail "the forced not ready's reason: '$REASON'"
_out() { python3 - "$WATCH" <<'PY'
import json, sys
last = None
for line in open(sys.argv[1], encoding="utf-8"):
    try: a = json.loads(line).get("event", {}).get("agent")
    except (ValueError, AttributeError): continue
    if isinstance(a, dict) and str(a.get("user_id")) == "1": last = a.get("status")
sys.exit(0 if last == "logged_out" else 1)
PY
}
await 30 "1001's own session to hear it was signed out" _out

rc=0
wait "$DESKTOP_PID" || rc=$?
[ $rc -eq 0 ] || fail "the desktop test failed ($rc): $(tail -n 60 "$WORK/desktop.out")"
note "desktop: $(tail -n 2 "$WORK/desktop.out" | tr '\n' ' ')"
note "call states: $(call_states "$CALL_ID")"
note "passed"
