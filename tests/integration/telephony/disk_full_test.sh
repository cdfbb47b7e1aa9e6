#!/usr/bin/env bash
# The data folder's disk fills up (a 64 MB tmpfs under the data folder, filled by another file):
# a work order the agent submits then is refused with an error that names the full disk, not
# acknowledged and lost; the server keeps serving (a snapshot, an agent's status change, which
# needs no new row... and is refused too if it does); once space is freed the same order goes
# through, every order acknowledged before is still there, and the database is intact
# (PRAGMA integrity_check). Every desktop sees the storage alarm: 1002's desktop (who wrote
# nothing) gets Event.alarm raised with the reason when the write fails and cleared when a write is
# saved again; a desktop logging in meanwhile finds it in its snapshot.
# Needs root and tmpfs (mount); exits 77 (skipped) without them.
# usage: disk_full_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"

mkdir -p "$WORK/data"
if ! mount -t tmpfs -o size=64m tmpfs "$WORK/data" 2>/dev/null; then
  note "skipped: cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)"
  exit 77
fi
umount_data() {
  local rc=$?
  [ -z "$SERVER_PID" ] || { kill -9 "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }
  umount -l "$WORK/data" 2>/dev/null || true
  (exit $rc)
  cleanup
}
trap umount_data EXIT

start_server
WATCH=$WORK/watch-1002.jsonl
start_watch 1002 "$WATCH"
alarm_seen() {  # alarm_seen ACTIVE TEXT: 1002's desktop got a storage alarm with active=ACTIVE and TEXT
  python3 - "$WATCH" "$1" "$2" <<'PY'
import json, sys
path, active, text = sys.argv[1], sys.argv[2] == "true", sys.argv[3]
for line in open(path, encoding="utf-8"):
    try: alarm = json.loads(line).get("event", {}).get("alarm")
    except ValueError: continue
    if alarm and alarm.get("kind") == "storage" and bool(alarm.get("active")) == active and text in alarm.get("message", ""):
        sys.exit(0)
sys.exit(1)
PY
}
alarms_in_watch() { grep -c '"alarm"' "$WATCH" || true; }
alarm_events() { [ "$(alarms_in_watch)" -eq "$1" ]; }
db() { sqlite3 "$DATA/cti.sqlite" "$1"; }
order() { cli 1001 order-create consultation "$1" --caller 13800138000 --content "$2" 2>&1; }
OUT=$(order "停电咨询" "用户询问停电原因") || fail "order before the disk filled: $OUT"
note "before: $OUT"

# Fill the disk: a file takes every block left.
dd if=/dev/zero of="$DATA/filler" bs=1M 2>/dev/null || true
note "disk filled: $(df -h "$DATA" | tail -1)"

RC=0
OUT=$(order "电费查询" "$(printf '用户查询电费%.0s' $(seq 200))") || RC=$?
note "order with the disk full: exit $RC: $OUT"
[ $RC -ne 0 ] || fail "an order was acknowledged with the disk full: $OUT"
[[ "$OUT" == *"the disk of the server's data folder is full, nothing was saved: free space there"* ]] \
  || fail "the error does not say the disk is full and what to do: $OUT"
SNAP=$(cli supervisor snapshot --fresh) || fail "no snapshot with the disk full: $SNAP"
note "a snapshot with the disk full: $(echo "$SNAP" | head -c 80)..."
LOGGED=$(grep "error \[storage\] .* not saved: .*disk of the server's data folder is full" "$WORK/server.log" | tail -1 || true)
[ -n "$LOGGED" ] || fail "no error in the server's log for the refused write"
note "server.log: ${LOGGED#* error }"
await 30 "the storage alarm (disk full) in 1002's desktop" alarm_seen true "the disk of the server's data folder is full"
note "1002's desktop: $(grep '"alarm"' "$WATCH" | tail -1 | head -c 300)"
SNAP=$(cli supervisor snapshot --fresh) || fail "no snapshot with the disk full: $SNAP"
echo "$SNAP" | python3 -c 'import json,sys; s=json.load(sys.stdin); sys.exit(0 if any(a.get("kind")=="storage" and a.get("active") for a in s.get("alarms",[])) else 1)' \
  || fail "a desktop logging in with the disk full does not see the alarm in its snapshot: $(echo "$SNAP" | head -c 300)"
note "the supervisor's fresh snapshot carries the alarm"

rm -f "$DATA/filler"
OUT=$(order "电费查询" "用户查询电费") || fail "order after space was freed: $OUT"
note "after freeing space: $OUT"
await 30 "the storage alarm cleared in 1002's desktop" alarm_seen false "disk"
[ "$(alarms_in_watch)" -eq 2 ] || fail "1002's desktop got $(alarms_in_watch) alarm events (expected raised once, cleared once)"

stop_server
[ "$(db "PRAGMA integrity_check")" = ok ] || fail "integrity_check: $(db "PRAGMA integrity_check")"
TITLES=$(db "SELECT title FROM work_orders ORDER BY order_id" | tr '\n' ' ')
[ "$TITLES" = "停电咨询 电费查询 " ] || fail "orders stored: $TITLES"
note "database intact; orders: $TITLES"
