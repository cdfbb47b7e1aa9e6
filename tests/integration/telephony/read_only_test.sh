#!/usr/bin/env bash
# The data folder's disk turns read-only under the running server, as ext4 does by itself after
# an I/O error (errors=remount-ro): an ext4 image on a loop device is the data folder, and ext4's
# own test switch (/sys/fs/ext4/<dev>/trigger_fs_error) makes the kernel remount it read-only
# with the server's files open. Then:
#  - a work order is refused with an error that says the folder is read-only and nothing was
#    saved, not acknowledged and lost; the server's log says so;
#  - every desktop gets the storage alarm (1002's, who wrote nothing; a snapshot taken meanwhile
#    carries it); the server keeps serving reads (a snapshot);
#  - the server shuts down cleanly; the disk checked and mounted again, the database is intact
#    (PRAGMA integrity_check) and holds the order acknowledged before, not the refused one.
# Needs root, loop devices and ext4's trigger_fs_error; exits 77 (skipped) without them.
# usage: read_only_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"

IMAGE=$WORK/data.img
mkdir -p "$WORK/data"
skip() { note "skipped: $*"; exit 77; }
command -v mkfs.ext4 >/dev/null || skip "no mkfs.ext4"
truncate -s 96M "$IMAGE"
mkfs.ext4 -q -F "$IMAGE" || skip "mkfs.ext4 failed"
mount -o loop,errors=remount-ro "$IMAGE" "$WORK/data" 2>/dev/null || skip "cannot mount a loop device here (needs root)"
DEV=$(basename "$(findmnt -n -o SOURCE "$WORK/data")")
TRIGGER=/sys/fs/ext4/$DEV/trigger_fs_error
unmount_data() {
  local rc=$?
  [ -z "$SERVER_PID" ] || { kill -9 "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }
  umount -l "$WORK/data" 2>/dev/null || true
  (exit $rc)
  cleanup
}
trap unmount_data EXIT
[ -w "$TRIGGER" ] || skip "this kernel has no $TRIGGER"

start_server
WATCH=$WORK/watch-1002.jsonl
start_watch 1002 "$WATCH"
order() { cli 1001 order-create consultation "$1" --caller 13800138000 --content "$2" 2>&1; }
OUT=$(order "停电咨询" "用户询问停电原因") || fail "order before the disk turned read-only: $OUT"
note "before: $(echo "$OUT" | head -c 120)..."

echo 1 >"$TRIGGER"
findmnt -n -o OPTIONS "$WORK/data" | grep -q '\bro\b\|emergency_ro' \
  || fail "the data folder is still writable: $(findmnt -n -o OPTIONS "$WORK/data")"
note "data folder read-only: $(findmnt -n -o OPTIONS "$WORK/data")"

RC=0
OUT=$(order "电费查询" "用户查询电费") || RC=$?
note "order with the folder read-only: exit $RC: $OUT"
[ $RC -ne 0 ] || fail "an order was acknowledged with the data folder read-only: $OUT"
[[ "$OUT" == *"read-only, nothing was saved"* ]] || fail "the error does not say the folder is read-only: $OUT"
storage_alarm() {
  python3 - "$WATCH" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    try: alarm = json.loads(line).get("event", {}).get("alarm")
    except ValueError: continue
    if alarm and alarm.get("kind") == "storage" and alarm.get("active") and "read-only" in alarm.get("message", ""):
        sys.exit(0)
sys.exit(1)
PY
}
await 30 "the storage alarm (read-only) in 1002's desktop" storage_alarm
note "1002's desktop: $(grep '"alarm"' "$WATCH" | tail -1 | head -c 300)"
SNAP=$(cli supervisor snapshot --fresh) || fail "no snapshot with the folder read-only: $SNAP"
echo "$SNAP" | python3 -c 'import json,sys; s=json.load(sys.stdin); sys.exit(0 if any(a.get("kind")=="storage" and a.get("active") for a in s.get("alarms",[])) else 1)' \
  || fail "a desktop logging in now does not see the alarm: $(echo "$SNAP" | head -c 300)"
LOGGED=$(grep "error \[storage\] .* not saved: .*read-only" "$WORK/server.log" | tail -1 || true)
[ -n "$LOGGED" ] || fail "no error in the server's log for the refused write"
note "server.log: ${LOGGED#* error }"

stop_server
umount "$WORK/data"
e2fsck -fy "$IMAGE" >/dev/null 2>&1 || true  # the error ext4 recorded; the files are whole
mount -o loop "$IMAGE" "$WORK/data"
db() { sqlite3 "$DATA/cti.sqlite" "$1"; }
[ "$(db "PRAGMA integrity_check")" = ok ] || fail "integrity_check: $(db "PRAGMA integrity_check")"
TITLES=$(db "SELECT title FROM work_orders ORDER BY order_id" | tr '\n' ' ')
[ "$TITLES" = "停电咨询 " ] || fail "orders stored: $TITLES"
note "database intact; orders: $TITLES"
