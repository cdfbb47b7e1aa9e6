#!/usr/bin/env bash
# Queues that let a caller go after a wait, with real SIP peers and no agent signed in: the
# administrator sets 故障报修 (10086) to overflow to voicemail and 热线总队列 (12345) to overflow
# to a callback, each after 3 s (in the database, then a restart: queue settings are not yet
# editable over the protocol). The SIPp carrier calls 10086: after the wait it hears the prompt
# and the beep, talks, hangs up; the message is in the queue's mailbox. It calls 12345: after the
# wait it hears the confirmation and gets the BYE; a pending callback request holds its number,
# the queue, and the caller's place (when the call came in).
# usage: queue_overflow_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server
stop_server
sqlite3 "$DATA/cti.sqlite" "UPDATE queues SET overflow_action = 'voicemail', max_wait_s = 3 WHERE name = '故障报修';
  UPDATE queues SET overflow_action = 'callback', max_wait_s = 3 WHERE name = '热线总队列';"
rm -f "$WORK/ready.json"
start_server
note "故障报修 overflows to voicemail and 热线总队列 to a callback after 3 s"

# Voicemail after the wait.
start_carrier 10086
recording() { grep -q "recording a voicemail for 故障报修" "$WORK/server.log"; }
await 60 "the queue to take a message" recording
grep -q "overflows from queue .* to voicemail (timeout)" "$WORK/server.log" || fail "no overflow logged"
sent_at_start=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sent"])' "$WORK/carrier-rtp.json")
talked() { [ "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sent"])' "$WORK/carrier-rtp.json")" -ge $((sent_at_start + 125)) ]; }
await 60 "the caller to talk for 2.5 s" talked
carrier_hangup
wait_carrier "the caller hangs up"
stored() { [ -n "$(sqlite3 "$DATA/cti.sqlite" "SELECT voicemail_id FROM voicemails")" ]; }
await 30 "the voicemail row" stored
ROW=$(sqlite3 "$DATA/cti.sqlite" "SELECT mailbox || '|' || caller || '|' || frames FROM voicemails")
IFS='|' read -r MAILBOX CALLER FRAMES <<<"$ROW"
[ "$MAILBOX" = "故障报修" ] && [ "$CALLER" = "13800138000" ] && [ "$FRAMES" -ge 20000 ] || fail "voicemail: $ROW"
spoke=$(grep -c "spoke '您好，坐席正忙，请在提示音后留言" "$WORK/server.log" || true)
[ "$spoke" -ge 1 ] || fail "the caller was not told to leave a message"
note "voicemail after the wait: $ROW (the caller was told, then recorded)"

# A callback after the wait.
start_carrier 12345
wait_carrier "BYE from the server"
CALL=$(sqlite3 "$DATA/cti.sqlite" "SELECT max(call_id) FROM calls")
# (the record's end is written after the BYE the carrier saw: awaited)
await_record "$CALL" "inbound\|13800138000\|12345\|1\|1\|callback requested\|.*"
REC=$(record "$CALL")
grep -q "call $CALL: spoke '您好，坐席正忙，已为您登记回电" "$WORK/server.log" || fail "the caller was not told of the callback"
CB=$(sqlite3 "$DATA/cti.sqlite" "SELECT c.state || '|' || c.queue || '|' || c.number || '|' || (c.arrived_ms <= c.requested_ms - 2500)
  || '|' || (abs(c.arrived_ms - k.started_ms) < 1000) FROM callbacks c JOIN calls k ON k.call_id = c.call_id WHERE c.call_id = $CALL")
[ "$CB" = "pending|热线总队列|13800138000|1|1" ] || fail "callback request: $CB"
note "callback after the wait: $CB (call record: $REC)"
stop_server
