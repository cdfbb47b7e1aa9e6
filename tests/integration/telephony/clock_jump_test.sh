#!/usr/bin/env bash
# Wall-clock jumps under the running server (issue 11), as an NTP step or a manual change would
# make them: the server runs with libfaketime (LD_PRELOAD), its wall clock moved by a file it
# reads on every call; its monotonic clock is left alone, as the kernel leaves it.
#  1. A queued call (12345 → 热线总队列) reaches 1001 (a SIPp phone; wrap-up 8 s). While they
#     talk the wall clock steps back an hour. The caller hangs up: the record's times are still
#     in order (started ≤ answered ≤ ended) and its duration is the real one, not an hour off.
#  2. During 1001's wrap-up the clock steps forward two hours: the wrap-up neither ends at once
#     nor waits the two hours; 1001 is idle again after about its 8 s.
#  3. A work order dispatched before the step (the demo's deadline: accepted within 2 hours) is past
#     its deadline after the step: it is escalated (accept_overdue) within the deadline
#     watcher's one-minute look at the clock, not two hours later.
# usage: clock_jump_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
REAL_SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

FAKETIME_LIB=/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1
[ -f "$FAKETIME_LIB" ] || { note "skipped: no libfaketime ($FAKETIME_LIB; package faketime)"; exit 77; }
OFFSET=$WORK/faketime
echo "+0" >"$OFFSET"
# The server with its wall clock offset by $OFFSET (re-read on every call: FAKETIME_NO_CACHE).
# ASan wants to come first among the libraries; libfaketime only wraps the clock calls.
cat >"$WORK/server-faketime.sh" <<SH
#!/usr/bin/env bash
export LD_PRELOAD=$FAKETIME_LIB FAKETIME_TIMESTAMP_FILE=$OFFSET FAKETIME_NO_CACHE=1 FAKETIME_DONT_FAKE_MONOTONIC=1
export ASAN_OPTIONS=\${ASAN_OPTIONS:+\$ASAN_OPTIONS:}verify_asan_link_order=0
exec "$REAL_SERVER" "\$@"
SH
chmod +x "$WORK/server-faketime.sh"
SERVER=$WORK/server-faketime.sh
jump() { echo "$1" >"$OFFSET"; note "wall clock now $1 s from the real one"; }

start_server
restart_with_wrap_up 1001 8
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
register_phone 1001 "$TONE_1001"
start_phone 1001 phone_answer 1
OUT=$(cli 1001 sign-in) || fail "sign-in: $OUT"
OUT=$(cli 1001 ready) || fail "ready: $OUT"
OUT=$(cli 1001 order-create complaint "电压不稳" --caller 13800138000 --content "家中电压忽高忽低") || fail "order: $OUT"
ORDER=$(echo "$OUT" | sed -E 's/.*"order_id":"([0-9]+)".*/\1/')
NUM=$(echo "$OUT" | sed -E 's/.*"number":"([^"]+)".*/\1/')
OUT=$(cli 1001 order "$NUM" dispatch --to 投诉处理中心) || fail "dispatch: $OUT"
DUE=$(echo "$OUT" | sed -E 's/.*"accept_due_ms":"([0-9]+)".*/\1/')
NOW_MS=$(date +%s%3N)
[ "$DUE" -gt $((NOW_MS + 3600 * 1000)) ] || fail "order $ORDER's accept deadline is not hours away: $OUT"
note "order $ORDER to be accepted by $DUE ($(( (DUE - NOW_MS) / 60000 )) min from now)"

# ---- 1. a call, the clock stepping back an hour while it talks ----
start_carrier 12345
new_call
await_call_state "$CALL_ID" talking
T0=$SECONDS
jump -3600
sleep 3  # talk on the stepped clock (the duration checked below is the real one)
carrier_hangup
wait_carrier "the caller hangs up"
TALK=$((SECONDS - T0))
await_call_state "$CALL_ID" ended
record_times() { sqlite3 "$DATA/cti.sqlite" "SELECT started_ms, answered_ms, ended_ms FROM calls WHERE call_id = $CALL_ID"; }
await 30 "call $CALL_ID's record to be ended" test -n "$(sqlite3 "$DATA/cti.sqlite" "SELECT ended_ms FROM calls WHERE call_id = $CALL_ID AND ended_ms IS NOT NULL")"
IFS='|' read -r STARTED ANSWERED ENDED <<<"$(record_times)"
note "call $CALL_ID: started $STARTED answered $ANSWERED ended $ENDED (talked about $TALK s)"
[ "$STARTED" -le "$ANSWERED" ] && [ "$ANSWERED" -le "$ENDED" ] || fail "call $CALL_ID's times are out of order: $(record_times)"
DURATION_S=$(( (ENDED - ANSWERED) / 1000 ))
[ "$DURATION_S" -ge $((TALK - 2)) ] && [ "$DURATION_S" -le $((TALK + 30)) ] \
  || fail "call $CALL_ID lasted $DURATION_S s by its record, $TALK s in fact"

# ---- 2. the clock stepping forward two hours during the wrap-up ----
# 1001's latest agent event says status available and state $1.
in_state() { grep -o '"agent":{[^}]*}' "$WATCH" | tail -n 1 | grep -q "\"status\":\"available\",\"state\":\"$1\""; }
await 30 "1001 in wrap-up" in_state wrap_up
W0=$SECONDS
jump +7200
await 60 "1001 idle again after the wrap-up" in_state idle
WRAP=$((SECONDS - W0))
note "wrap-up ended $WRAP s after the step"
[ "$WRAP" -ge 3 ] || fail "the wrap-up ended at once ($WRAP s) when the clock stepped forward"

# ---- 3. the order's deadline, passed by the step ----
overdue() { [ "$(sqlite3 "$DATA/cti.sqlite" "SELECT overdue & 1 FROM work_orders WHERE order_id = $ORDER")" = 1 ]; }
await 90 "order $ORDER escalated as accept-overdue after the step" overdue
note "order $ORDER is accept-overdue $((SECONDS - W0)) s after the clock passed its deadline"
OUT=$(cli supervisor snapshot --fresh) || fail "the server stopped answering after the steps: $OUT"
stop_server
note "passed"
