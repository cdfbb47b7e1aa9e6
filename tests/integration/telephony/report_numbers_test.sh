#!/usr/bin/env bash
# A report's numbers match the calls that were made. Agent 1001 (a SIPp phone, after-call work
# 1 s) is ready; callers of 12345 reach the queue 热线总队列:
#   A and B reach 1001 and talk; the team leader takes 1001 out of the queue (queue-member
#   --remove): caller C waits though 1001 is ready, and hangs up (an abandon); the leader puts
#   1001 back and caller D reaches 1001 at once.
# Then the leader's reports (cti-cli report, the server computes them from what it stored):
#   queue: offered 4, answered 3, abandoned 1, answer rate 75 %, C's wait as the test timed it,
#   the talk time as the calls' records and the agent's answer events say; the same by hour
#   adds up to the day; agent: 1001 answered 3 of 3 offers; order_type: the complaint 1001
#   registered on D. Bad queries get clear errors and the server goes on; an agent may not run
#   reports; a custom report is saved and listed. Recordings: the leader finds 1001's three
#   recordings and scores one.
# usage: report_numbers_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

# The reports cover the test's own span (a "today" would split if the test ran over midnight).
T0=$(( $(date +%s%3N) - 60000 ))
start_server
restart_with_wrap_up 1001 1
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
register_phone 1001 "$TONE_1001"
start_phone 1001 phone_answer 3
OUT=$(cli 1001 sign-in) || fail "sign-in: $OUT"
OUT=$(cli 1001 ready) || fail "ready: $OUT"
last_state() { agent_states 1 | awk '{print $NF}'; }
idle_again() { [ "$(last_state)" = idle ]; }

# answered_call: a caller of 12345 reaches 1001, talks about 2 s, hangs up.
answered_call() {
  start_carrier 12345
  new_call
  await_call_state "$CALL_ID" talking
  sleep 2  # the talk the report must count
  carrier_hangup
  wait_carrier "the caller hangs up"
  await_call_state "$CALL_ID" ended
  await 30 "1001 idle again (states: $(agent_states 1))" idle_again
}

note "--- A and B: answered by 1001"
answered_call
A=$CALL_ID
answered_call
B=$CALL_ID

note "--- the leader takes 1001 out of 热线总队列: caller C waits, then hangs up"
OUT=$(cli leader queue-member 1 热线总队列 --remove) || fail "queue-member --remove: $OUT"
case "$OUT" in *热线总队列*) fail "1001 still in 热线总队列 after --remove: $OUT" ;; esac
start_carrier 12345
await 60 "caller C waiting in 热线总队列" queue_waiting 1
C_START=$(date +%s%3N)
sleep 3
queue_waiting 1 || fail "caller C left the queue though 1001 is no longer a member"
[ "$(last_state)" = idle ] || fail "1001 was offered a call of a queue it left (states: $(agent_states 1))"
carrier_hangup
C_END=$(date +%s%3N)
wait_carrier "the caller hangs up"
await 30 "the queue empty again" queue_waiting 0

note "--- 1001 back in the queue: caller D reaches 1001, who registers a complaint on the call"
OUT=$(cli leader queue-member 1 热线总队列 --level 1) || fail "queue-member: $OUT"
case "$OUT" in *'"queue":"热线总队列"'*) ;; *) fail "1001 not in 热线总队列 after queue-member: $OUT" ;; esac
start_carrier 12345
new_call
D=$CALL_ID
await_call_state "$D" talking
OUT=$(cli 1001 order-create complaint "线路噪音" --content "通话有杂音" --call "$D") || fail "order-create: $OUT"
sleep 2
carrier_hangup
wait_carrier "the caller hangs up"
await_call_state "$D" ended
wait_phone 1001 "3 calls: A, B and D"
for c in "$A" "$B" "$D"; do await_record "$c" "inbound\|13800138000\|12345\|1\|1\|[^|]+\|caller\|1001"; done
await_row "the queue stays stored" 4 "SELECT count(*) FROM queue_stays"

# field JSON KEY COLUMN [PERIOD]: a value of the report's row with that key (TOTAL: the total).
field() {
  python3 - "$1" "$2" "$3" "${4:-}" <<'PY'
import json, sys
ok = json.loads(sys.argv[1])["run_report_ok"]
cols = ok["columns"]
key, col, period = sys.argv[2], sys.argv[3], sys.argv[4]
rows = [ok.get("total", {})] if key == "TOTAL" else \
       [r for r in ok.get("rows", []) if r.get("key") == key and r.get("period", "") == period]
if not rows: sys.exit("no row %r %r in %s" % (key, period, sys.argv[1]))
v = rows[0].get("values", [])[cols.index(col)]
print(int(v) if float(v).is_integer() else round(float(v), 3))
PY
}
# The machine's zone as the desktop would send it: minutes east of UTC.
TZ_MIN=$(python3 -c 'import time; print(-(time.altzone if time.localtime().tm_isdst > 0 else time.timezone) // 60)')

SPAN="--from $T0 --to $(( $(date +%s%3N) + 3600000 ))"

note "--- the queue report"
Q=$(cli leader report queue $SPAN --utc-offset "$TZ_MIN") || fail "report queue: $Q"
note "$Q"
for want in "offered 4" "answered 3" "abandoned 1" "answer_rate_pct 75"; do
  set -- $want
  got=$(field "$Q" 热线总队列 "$1") || fail "$got"
  [ "$got" = "$2" ] || fail "热线总队列 $1: $got, expected $2 (calls A, B, D answered, C abandoned)"
done
# C's wait as the test timed it (the queue_waiting check lags the arrival by up to 0.5 s).
WAIT_C=$(field "$Q" 热线总队列 avg_abandon_wait_s)
python3 -c "import sys; w, lo, hi = map(float, sys.argv[1:]); sys.exit(0 if lo - 1 <= w <= hi + 1 else 1)" \
  "$WAIT_C" "$(( (C_END - C_START) / 1000 ))" "$(( (C_END - C_START) / 1000 + 2 ))" \
  || fail "C waited $WAIT_C s by the report; the test timed $(( C_END - C_START )) ms from seeing it wait to its hang-up"
# Talk: from 1001's answer (the offer_answered events) to each call's end (the call records).
TALK_DB=$(sqlite3 "$DATA/cti.sqlite" "SELECT sum(c.ended_ms - e.at_ms) / 1000.0 FROM calls c JOIN event_log e
  ON e.kind = 'agent.state' AND json_extract(e.detail, '$.trigger') = 'offer_answered'
  AND json_extract(e.detail, '$.call_id') = c.call_id WHERE c.call_id IN ($A, $B, $D)")
TALK=$(field "$Q" 热线总队列 talk_s)
python3 -c "import sys; a, b = map(float, sys.argv[1:]); sys.exit(0 if abs(a - b) <= 1.5 and a >= 6 else 1)" "$TALK" "$TALK_DB" \
  || fail "talk time: the report says $TALK s, the calls and answers say $TALK_DB s"
[ "$(field "$Q" TOTAL offered)" = 4 ] || fail "the total row: $Q"

note "--- by hour, the periods add up to the day"
H=$(cli leader report queue $SPAN --period 60m --utc-offset "$TZ_MIN" --column answered --column abandoned) \
  || fail "report by hour: $H"
python3 - "$H" <<'PY' || fail "the hourly report does not add up: $H"
import json, sys
ok = json.loads(sys.argv[1])["run_report_ok"]
assert ok["columns"] == ["answered", "abandoned"], ok["columns"]
rows = [r for r in ok["rows"] if r["key"] == "热线总队列"]
assert rows and all(len(r["period"]) == 16 for r in rows), rows   # "YYYY-MM-DD HH:00"
assert sum(r["values"][0] for r in rows) == 3 and sum(r["values"][1] for r in rows) == 1, rows
PY

note "--- the agent report and the work orders"
AG=$(cli leader report agent $SPAN --utc-offset "$TZ_MIN") || fail "report agent: $AG"
[ "$(field "$AG" "1001 张伟" answered)" = 3 ] || fail "1001 answered by the agent report: $AG"
[ "$(field "$AG" "1001 张伟" offers)" = 3 ] || fail "1001's offers by the agent report: $AG"
[ "$(field "$AG" "1001 张伟" missed)" = 0 ] || fail "1001's missed offers: $AG"
SIGNED=$(field "$AG" "1001 张伟" signed_in_s)
python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) >= 10 else 1)" "$SIGNED" || fail "1001 signed in for $SIGNED s: $AG"
OR=$(cli leader report order_type $SPAN --utc-offset "$TZ_MIN") || fail "report order_type: $OR"
[ "$(field "$OR" complaint orders)" = 1 ] || fail "complaints by the order report: $OR"

note "--- bad queries, an agent, a saved report"
refused leader "an unknown range" "unknown range" report queue --range someday
refused leader "an unknown period" "the period is" report queue --range today --period 7m
refused leader "a column of another subject" 'no column "offers"' report queue --range today --column offers
refused leader "a year of 15-minute periods" "too many periods" report queue --range this_year --period 15m
refused 1001 "an agent's report" "report.view" report queue --range today
OUT=$(cli leader report queue --range today) || fail "the server stopped serving reports after bad ones: $OUT"
OUT=$(cli leader report-save "今日队列" queue --range today --utc-offset "$TZ_MIN" --column answered) || fail "report-save: $OUT"
case "$OUT" in *'"name":"今日队列"'*'"range":"today"'*) ;; *) fail "saved report: $OUT" ;; esac
OUT=$(cli leader reports) || fail "reports: $OUT"
case "$OUT" in *今日队列*) ;; *) fail "the saved report is not listed: $OUT" ;; esac
OUT=$(cli supervisor reports) || fail "reports as supervisor: $OUT"
case "$OUT" in *今日队列*) fail "the leader's own report is listed to the supervisor: $OUT" ;; esac

note "--- recordings: found by agent and scored"
await_row "three recordings stored" 3 "SELECT count(*) FROM recordings WHERE call_id IN ($A, $B, $D)"
R=$(cli leader recordings --agent 1) || fail "recordings: $R"
N=$(python3 -c "import json,sys; print(len(json.loads(sys.argv[1])['search_recordings_ok'].get('recordings', [])))" "$R")
[ "$N" = 3 ] || fail "1001's recordings: $N, expected 3: $R"
REC=$(python3 -c "import json,sys; r=json.loads(sys.argv[1])['search_recordings_ok']['recordings']; print([x for x in r if x.get('order_no')][0]['recording_id'])" "$R") \
  || fail "no recording carries the complaint's order number: $R"
OUT=$(cli leader recording-score "$REC" greeting=9 accuracy=27 attitude=18 compliance=20 resolution=16 --comment "处理及时") \
  || fail "recording-score: $OUT"
case "$OUT" in *'"score":90'*) ;; *) fail "the score: $OUT" ;; esac
refused leader "a score above the item's maximum" "greeting takes 0 to 10 points" recording-score "$REC" greeting=11
refused 1001 "an agent scoring" "call.supervise" recording-score "$REC" greeting=5

stop_server
note "all checks passed"
