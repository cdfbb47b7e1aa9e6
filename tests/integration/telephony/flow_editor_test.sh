#!/usr/bin/env bash
# The IVR flow editor end to end: an IVR flow edited in the editor takes effect on the next call.
# tests/supervisor_client/flow_editor_e2e.cpp drives SupervisorApp's editor as admin against this
# real server; this script places the calls and checks the server's side. Each call: the SIPp
# carrier (127.0.0.2) calls 95566 (the demo flow demo_utility_hotline) and presses 3 at the main
# menu; which queue the call entered is read from the supervisor's watch (call events).
#  1. The desktop has loaded the flow: a call pressing 3 enters 投诉专席 (complaint_queue).
#  2. The desktop saved key 3 → repair_queue and deleted complaint_queue: the database holds the
#     next version (with the editor's layout); the next call pressing 3 enters 故障报修.
#  3. The desktop's invalid edit was refused (the server logged it, no new version): the next call
#     still enters 故障报修, not 热线总队列 as the refused version would have sent it.
# usage: flow_editor_test.sh CTI_SERVER CTI_CLI FLOW_EDITOR_E2E [LANG]
# With CTI_SCREENSHOT_DIR set, the desktop saves its screenshot there.
set -euo pipefail
SERVER=$1
CLI=$2
DESKTOP=$3
LANG_UI=${4:-zh_CN}
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"
FLOW=demo_utility_hotline

start_server
WATCH=$WORK/watch-supervisor.jsonl
start_watch supervisor "$WATCH"

# The caller: waits for the flow to start, presses 3 (an RFC 4733 capture that ships with SIPp)
# and stays in the queue long enough to be seen there, then hangs up.
python3 - "$SCENARIOS/carrier.xml" "$WORK/caller.xml" <<'PY'
import sys
src, dst = sys.argv[1], sys.argv[2]
x = open(src, encoding="utf-8").read()
start = x.index('  <nop><action><exec play_pcap_audio="@G711A_PCAP@"')
end = x.index('  <send retrans="500">', start)
key = '  <nop><action><exec play_pcap_audio="/usr/share/sip-tester/dtmf_2833_3.pcap"/></action></nop>\n'
x = x[:start] + '  <pause milliseconds="1500"/>\n' + key + '  <pause milliseconds="20000"/>\n\n' + x[end:]
open(dst, "w", encoding="utf-8").write(x)
PY

CTI_E2E_WORK=$WORK CTI_E2E_DATA=$DATA CTI_E2E_PORT=$GW_PORT CTI_E2E_LANG=$LANG_UI \
  "$DESKTOP" --durations yes >"$WORK/desktop.out" 2>&1 &
DESKTOP_PID=$!
CHILDREN+=($DESKTOP_PID)
go() { echo 1 >"$WORK/$1"; }  # the desktop may go on

# queue_of ID: the first queue the call's events name ("" while none).
queue_of() {
  python3 - "$WATCH" "$1" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    try: call = json.loads(line).get("event", {}).get("call")
    except ValueError: continue
    if isinstance(call, dict) and str(call.get("call_id", call.get("callId"))) == sys.argv[2] and call.get("queue"):
        print(call["queue"]); break
PY
}
queued() { [ -n "$(queue_of "$1")" ]; }

# call_pressing_3 QUEUE: a call to 95566 pressing 3 enters QUEUE; the caller then hangs up.
N=0
call_pressing_3() {
  local want=$1 port rc=0 pid
  N=$((N + 1))
  port=$(free_port)
  (cd "$WORK" && exec timeout 120 sipp -sf caller.xml -i 127.0.0.2 -p "$port" -mp "$(free_port)" -s 95566 \
    "127.0.0.1:$SIP_PORT" -m 1 -nostdin -trace_err -trace_msg \
    -message_file "caller-$N.msg" -error_file "caller-$N-errors.log" >"$WORK/caller-$N.out" 2>&1) &
  pid=$!
  CHILDREN+=($pid)
  new_call
  await 60 "call $CALL_ID to enter a queue" queued "$CALL_ID"
  local got
  got=$(queue_of "$CALL_ID")
  [ "$got" = "$want" ] || fail "call $CALL_ID pressing 3 entered '$got', expected '$want'"
  wait "$pid" || rc=$?
  [ $rc -eq 0 ] || fail "the SIPp caller $N exited with $rc; see caller-$N.msg"
  await 60 "call $CALL_ID to end" state_is "$CALL_ID" ended
  note "call $CALL_ID pressing 3 entered $got"
}
newest_version() { sqlite3 "$DATA/cti.sqlite" "SELECT max(version) FROM ivr_flows WHERE name = '$FLOW'"; }

# ---- 1. the flow as seeded ----
step flow-loaded 180
read -r LOADED <"$WORK/flow-loaded"
[ "$LOADED" = "$(newest_version)" ] || fail "the editor loaded version $LOADED, the newest is $(newest_version)"
call_pressing_3 投诉专席
go before-checked

# ---- 2. the edit, saved ----
step saved 180
read -r SAVED <"$WORK/saved"
[ "$SAVED" = $((LOADED + 1)) ] || fail "the editor says version $SAVED after version $LOADED"
[ "$(newest_version)" = "$SAVED" ] || fail "the database's newest version is $(newest_version), the editor says $SAVED"
python3 - "$(sqlite3 "$DATA/cti.sqlite" "SELECT definition FROM ivr_flows WHERE name = '$FLOW' AND version = $SAVED")" <<'PY' \
  || fail "the stored version $SAVED is not the edited flow"
import json, sys
f = json.loads(sys.argv[1])
nodes = {n["id"]: n for n in f["nodes"]}
assert nodes["main_menu"]["options"]["3"] == "repair_queue", nodes["main_menu"]
assert "complaint_queue" not in nodes
assert set(f["layout"]) == set(nodes), f.get("layout")
PY
grep -q "IVR flow $FLOW version $SAVED installed" "$WORK/server.log" || fail "the server did not install version $SAVED"
call_pressing_3 故障报修
go after-checked

# ---- 3. the invalid edit, refused ----
step refused 180
grep -q "IVR flow refused user=admin: .*repair_queue" "$WORK/server.log" || fail "no refusal in the server's log"
[ "$(newest_version)" = "$SAVED" ] || fail "a refused flow was stored: newest version $(newest_version)"
call_pressing_3 故障报修
go refusal-checked

rc=0
wait "$DESKTOP_PID" || rc=$?
[ $rc -eq 0 ] || fail "the desktop test failed ($rc): $(tail -n 60 "$WORK/desktop.out")"
note "desktop: $(tail -n 2 "$WORK/desktop.out" | tr '\n' ' ')"
note "passed"
