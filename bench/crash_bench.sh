#!/usr/bin/env bash
# Crashes under load: CRASH_BENCH_CALLS calls (1,000) from a SIPp carrier (127.0.0.2, the demo
# trunk) to 95598, which rings the SIPp phone 1001 (answers at once; the caller hangs up after
# CRASH_BENCH_TALK_MS, 2,000), at CRASH_BENCH_RATE calls/s (10), while cti-server is killed with
# SIGKILL at random moments (every 8 to 20 s) and started again on the same data folder and ports.
# Each caller has its own number (139 + SIPp's call number), so every call can be found in the
# server's records afterwards.
#
# Prints: calls placed, answered by the server (the caller got its 200 OK: the server had the call
# in hand), completed (BYE answered), the kills; per restart the time from start to ready (the
# ready file) and whether the agents' states came back (1002 available, 1003 not ready 培训, both
# set before the first kill and never again); then, from the database after a clean stop:
#   lost        answered calls with no call record (goal 0)
#   duplicated  callers with more than one record (goal 0)
#   open        records without an end (goal 0: a restart closes those the crash left open)
#   crash-ended records ended by "the server stopped during the call" (the calls in progress at a
#               kill: each has its record, and says why it dropped)
# The reference: the first start (an empty data folder, the demo seeded) for the time to ready.
#
# The phone registers once, before the first call: after each restart the server knows where it
# is from its database (sip_registrations). Environment: CTI_SERVER, CTI_CLI (default: beside this
# script's build folder), CRASH_BENCH_CALLS, CRASH_BENCH_RATE, CRASH_BENCH_TALK_MS,
# CRASH_BENCH_KEEP=1 keeps the work folder.
#
# Installed a second time as soak_bench: the same calls with no kill, 36,000 calls at 20/s of 10 s
# each (30 minutes, 200 calls at once), sampling the server every 10 s: calls completed of those
# placed (goal 99.9 %), resident memory after the warm-up (the first 5 minutes) and at the end
# (goal: less than 5 % growth), open file descriptors (goal: flat). SOAK_BENCH_CALLS, _RATE and
# _TALK_MS change it.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SERVER=${CTI_SERVER:-$HERE/../server/app/cti-server}
CLI=${CTI_CLI:-$HERE/../cli/cti-cli}
SCENARIOS="@CTI_TELEPHONY_SCENARIOS@"
[ -d "$SCENARIOS" ] || SCENARIOS=$HERE/../tests/integration/telephony/scenarios
if [ "$(basename "$0")" = soak_bench ]; then
  SOAK=1
  CALLS=${SOAK_BENCH_CALLS:-36000}
  RATE=${SOAK_BENCH_RATE:-20}
  TALK_MS=${SOAK_BENCH_TALK_MS:-10000}
else
  SOAK=""
  CALLS=${CRASH_BENCH_CALLS:-1000}
  RATE=${CRASH_BENCH_RATE:-10}
  TALK_MS=${CRASH_BENCH_TALK_MS:-2000}
fi

die() { echo "crash_bench: $*" >&2; exit 1; }
for tool in sipp python3 sqlite3; do command -v "$tool" >/dev/null || die "$tool is not installed (./ctl deps)"; done
[ -x "$SERVER" ] || die "no cti-server at $SERVER (set CTI_SERVER)"
[ -x "$CLI" ] || die "no cti-cli at $CLI (set CTI_CLI)"
[[ "$CALLS" =~ ^[1-9][0-9]*$ ]] && [[ "$RATE" =~ ^[1-9][0-9]*$ ]] && [[ "$TALK_MS" =~ ^[0-9]+$ ]] \
  || die "CRASH_BENCH_CALLS, _RATE and _TALK_MS must be whole numbers"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/crash_bench.XXXXXX")
DATA=$WORK/data
PIDS=()
SERVER_PID=""
cleanup() {
  local p
  exec 2>/dev/null  # no "Killed" notices for the peers stopped here
  for p in "${PIDS[@]}" $SERVER_PID; do kill -9 "$p" 2>/dev/null || true; done
  if [ -n "${CRASH_BENCH_KEEP:-}" ]; then echo "work folder: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# A free UDP/TCP port on 127.0.0.1 with the next three free (SIPp's media port and +2).
free_port() { python3 "$SCENARIOS/../free_port.py" "$WORK/.ports-handed"; }
now_ms() { date +%s%3N; }

SIP_PORT=$(free_port)
GW_PORT=$(free_port)
cat >"$WORK/server.toml" <<TOML
[log]
level = "info"
[sip]
advertised_address = "127.0.0.1"
source_requests_per_second = 100000
source_request_burst = 100000
max_transactions = 1000000
TOML

# start_server: cti-server on the fixed ports; READY_MS: the milliseconds from start to ready.
start_server() {
  local t0
  rm -f "$WORK/ready.json"
  t0=$(now_ms)
  "$SERVER" --config "$WORK/server.toml" --data "$DATA" --seed-demo --gateway-port "$GW_PORT" --http-port 0 \
    --sip-port "$SIP_PORT" --ready-file "$WORK/ready.json" >>"$WORK/server.out" 2>>"$WORK/server.log" &
  SERVER_PID=$!
  for _ in $(seq 6000); do
    [ -s "$WORK/ready.json" ] && { READY_MS=$(($(now_ms) - t0)); return 0; }
    kill -0 "$SERVER_PID" 2>/dev/null || die "cti-server exited: $(tail -5 "$WORK/server.log")"
    sleep 0.01
  done
  die "cti-server was not ready within 60 s"
}
cli() {
  local login=$1
  shift
  "$CLI" --server "127.0.0.1:$GW_PORT" --ca "$DATA/tls/server.crt" --user "$login" \
    --password-file "$DATA/demo/$login.password" "$@"
}
# The agents' states as the supervisor's snapshot shows them: "1002=available/ 1003=not_ready/培训".
agent_states() {
  cli supervisor snapshot --fresh | python3 -c '
import json, sys
snap = json.loads(sys.stdin.read())
by_id = {str(a.get("user_id")): a for a in snap.get("agent_states", [])}
print(" ".join("%s=%s/%s" % (login, by_id.get(uid, {}).get("status", "absent"), by_id.get(uid, {}).get("reason", ""))
               for login, uid in (("1002", "2"), ("1003", "3"))))'
}
EXPECTED_STATES="1002=available/ 1003=not_ready/培训"

start_server
FIRST_READY=$READY_MS

# The phone: registers once, then answers every call.
PHONE_PORT=$(free_port)
(cd "$WORK" && timeout 60 sipp -sf "$SCENARIOS/register.xml" -i 127.0.0.1 -p "$PHONE_PORT" -s 1001 -au 1001 \
  -ap "$(cat "$DATA/demo/sip-1001.password")" "127.0.0.1:$SIP_PORT" -m 1 -nostdin -trace_err \
  -error_file register-errors.log >"$WORK/register.out" 2>&1) || die "the SIPp phone could not register as 1001"
(cd "$WORK" && exec sipp -sf "$SCENARIOS/bench_uas.xml" -i 127.0.0.1 -p "$PHONE_PORT" -s 1001 -nostdin \
  -trace_err -error_file phone-errors.log >/dev/null 2>&1) &
PIDS+=($!)

# Agents whose states must come back after every crash.
cli 1002 sign-in >/dev/null && cli 1002 ready >/dev/null || die "1002 could not sign in and go ready"
cli 1003 sign-in >/dev/null && cli 1003 not-ready 培训 >/dev/null || die "1003 could not sign in and go not ready"
for _ in $(seq 300); do
  [ "$(sqlite3 "$DATA/cti.sqlite" "SELECT count(*) FROM event_log WHERE kind = 'agent.state'")" -ge 4 ] && break
  sleep 0.1
done
[ "$(agent_states)" = "$EXPECTED_STATES" ] || die "the agents' states before the first kill: $(agent_states)"

# The caller: bench_uac.xml with a number per call, the talk time, and a line logged at the answer
# and at the end.
python3 - "$SCENARIOS/bench_uac.xml" "$WORK/caller.xml" "$TALK_MS" <<'PY'
import sys
src, out, talk = sys.argv[1:]
x = open(src).read().replace("13800138000", "139[call_number]")
x = x.replace('<pause milliseconds="100"/>', '<pause milliseconds="%s"/>' % talk)
x = x.replace('<recv response="200" rrs="true" rtd="setup"/>',
              '<recv response="200" rrs="true" rtd="setup"/>\n'
              '  <nop><action><log message="answered 139[call_number]"/></action></nop>', 1)
end = x.rindex('<recv response="200" crlf="true"/>')
x = x[:end] + '<recv response="200" crlf="true"/>\n  <nop><action><log message="completed 139[call_number]"/></action></nop>' \
    + x[end + len('<recv response="200" crlf="true"/>'):]
assert "answered 139" in x and "completed 139" in x and talk in x
open(out, "w").write(x)
PY
CALLER_PORT=$(free_port)
(cd "$WORK" && exec timeout $((CALLS / RATE + 300)) sipp -sf caller.xml -i 127.0.0.2 -p "$CALLER_PORT" -s 95598 \
  "127.0.0.1:$SIP_PORT" -r "$RATE" -m "$CALLS" -l $((RATE * TALK_MS / 1000 * 2 + 100)) -nostdin -recv_timeout 10000 -trace_logs \
  -log_file caller.log -trace_err -error_file caller-errors.log >"$WORK/caller.out" 2>&1) &
CALLER_PID=$!
PIDS+=($CALLER_PID)

KILLS=0
READY_TIMES=()
RESTORED=0
if [ -n "$SOAK" ]; then
  echo "Soak: $CALLS calls at $RATE/s (talk $TALK_MS ms, about $((RATE * TALK_MS / 1000)) at once) from a SIPp carrier"
  echo "through cti-server to the SIPp phone 1001; the server sampled every 10 s"
  T_START=$(now_ms)
  : >"$WORK/samples"
  while kill -0 "$CALLER_PID" 2>/dev/null; do
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$SERVER_PID/status")
    fds=$(ls "/proc/$SERVER_PID/fd" | wc -l)
    echo "$(( ($(now_ms) - T_START) / 1000 )) $rss $fds" >>"$WORK/samples"
    for _ in $(seq 50); do kill -0 "$CALLER_PID" 2>/dev/null || break; sleep 0.2; done
  done
  python3 - "$WORK/samples" <<'PY'
import sys
rows = [tuple(int(x) for x in l.split()) for l in open(sys.argv[1]) if l.strip()]
warm = [r for r in rows if r[0] >= 300] or rows
first, last = warm[0], warm[-1]
print("samples %d over %d s; after the warm-up (%d s): RSS %.1f MB, %d fds; at the end: RSS %.1f MB (%+.1f %%), %d fds"
      % (len(rows), rows[-1][0], first[0], first[1] / 1024, first[2], last[1] / 1024,
         100.0 * (last[1] - first[1]) / first[1], last[2]))
print("fds over the run: min %d, max %d; RSS over the run: min %.1f MB, max %.1f MB"
      % (min(r[2] for r in rows), max(r[2] for r in rows), min(r[1] for r in rows) / 1024, max(r[1] for r in rows) / 1024))
PY
fi
[ -n "$SOAK" ] || {
echo "Crashes under load: $CALLS calls at $RATE/s (talk $TALK_MS ms) from a SIPp carrier through cti-server to"
echo "the SIPp phone 1001, cti-server killed with SIGKILL every 8-20 s and started again"
echo "first start (empty data folder, demo seeded): ready in $FIRST_READY ms"
}
while [ -z "$SOAK" ]; do
  # Sleep 8-20 s, but stop as soon as the caller is done.
  wait_s=$(python3 -c 'import random; print(round(random.uniform(8, 20), 1))')
  end=$(( $(now_ms) + ${wait_s%.*} * 1000 ))
  while [ "$(now_ms)" -lt "$end" ] && kill -0 "$CALLER_PID" 2>/dev/null; do sleep 0.2; done
  kill -0 "$CALLER_PID" 2>/dev/null || break
  kill -9 "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  KILLS=$((KILLS + 1))
  start_server
  ms=$READY_MS
  READY_TIMES+=("$ms")
  states=$(agent_states)
  if [ "$states" = "$EXPECTED_STATES" ]; then RESTORED=$((RESTORED + 1)); fi
  printf '  kill %d after %4.1f s of calls: ready again in %5d ms; agents: %s\n' "$KILLS" "$wait_s" "$ms" "$states"
done
rc=0
wait "$CALLER_PID" || rc=$?
kill -TERM "$SERVER_PID"
stop_rc=0
wait "$SERVER_PID" || stop_rc=$?
SERVER_PID=""
[ $stop_rc -eq 0 ] || echo "  (cti-server exited with $stop_rc on SIGTERM)"

python3 - "$WORK/caller.log" "$DATA/cti.sqlite" "$CALLS" "$KILLS" "$RESTORED" "$FIRST_READY" "${READY_TIMES[@]}" <<'PY'
import re, sqlite3, statistics, sys
log, db, calls, kills, restored, first = sys.argv[1:7]
ready = [int(x) for x in sys.argv[7:]]
text = open(log, errors="replace").read()
answered = set(re.findall(r"answered (139\d+)", text))
completed = set(re.findall(r"completed (139\d+)", text))
con = sqlite3.connect(db)
rows = con.execute("SELECT caller, count(*) FROM calls WHERE caller LIKE '139%' GROUP BY caller").fetchall()
have = {c: n for c, n in rows}
lost = sorted(answered - set(have))
dup = sorted(c for c, n in have.items() if n > 1)
open_ = con.execute("SELECT count(*) FROM calls WHERE caller LIKE '139%' AND ended_ms IS NULL").fetchone()[0]
crash = con.execute("SELECT count(*) FROM calls WHERE caller LIKE '139%' "
                    "AND end_reason = 'the server stopped during the call'").fetchone()[0]
records = sum(have.values())
print()
print("calls placed %s, answered by the server %d, completed %d (%.2f %%); call records %d (%d ended by a crash)"
      % (calls, len(answered), len(completed), 100.0 * len(completed) / int(calls), records, crash))
if int(kills) > 0:
    print("kills %s; time to ready after a kill: median %s ms, max %s ms (first start: %s ms)"
          % (kills, int(statistics.median(ready)), max(ready), first))
    print("agents' states restored after %s of %s restarts" % (restored, kills))
print("call records lost %d, duplicated %d, left open %d" % (len(lost), len(dup), open_))
if lost: print("  lost:", " ".join(lost[:20]))
if dup: print("  duplicated:", " ".join(dup[:20]))
sys.exit(0 if not lost and not dup and open_ == 0 and restored == kills else 1)
PY
