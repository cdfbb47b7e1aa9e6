#!/usr/bin/env bash
# B2BUA call setups per second: a SIPp carrier (127.0.0.2, the demo trunk's address) calls 95598
# through cti-server (its own temporary data folder, demo seed, SIP limits raised, log level warn)
# to a SIPp phone registered as 1001; short calls (INVITE/180/200/ACK, 100 ms, BYE), no RTP.
# The rate is ramped; a rate holds when every call of the run succeeded and SIPp kept up with it
# (achieved at least 90% of the target: past that, calls queue and setup times grow). The highest
# rate that holds is reported, beside
# the same SIPp caller calling the SIPp phone directly (the reference: what SIPp itself manages on
# this machine), their ratio, the server's CPU over each run, and the median of a few runs at the
# best rate.
#
# Environment: CTI_SERVER (default: ../server/app/cti-server beside this script's build folder),
# B2BUA_BENCH_CALLS (3000 per run), B2BUA_BENCH_RATES ("100 200 400 800 1000 1200 1500 2000 3000"),
# B2BUA_BENCH_LIMIT (concurrent calls, 2000), B2BUA_BENCH_RUNS (3), B2BUA_BENCH_KEEP=1 keeps the
# work folder.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SERVER=${CTI_SERVER:-$HERE/../server/app/cti-server}
SCENARIOS="@CTI_TELEPHONY_SCENARIOS@"
[ -d "$SCENARIOS" ] || SCENARIOS=$HERE/../tests/integration/telephony/scenarios
CALLS=${B2BUA_BENCH_CALLS:-3000}
RATES=${B2BUA_BENCH_RATES:-"100 200 400 800 1000 1200 1500 2000 3000"}
LIMIT=${B2BUA_BENCH_LIMIT:-2000}
RUNS=${B2BUA_BENCH_RUNS:-3}
TICK=$(getconf CLK_TCK)

for tool in sipp python3; do
  command -v "$tool" >/dev/null || { echo "b2bua_bench: $tool is not installed (./ctl deps)" >&2; exit 1; }
done
[ -x "$SERVER" ] || { echo "b2bua_bench: no cti-server at $SERVER (set CTI_SERVER)" >&2; exit 1; }
[ -f "$SCENARIOS/bench_uac.xml" ] || { echo "b2bua_bench: no SIPp scenarios in $SCENARIOS" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/b2bua_bench.XXXXXX")
PIDS=()
SERVER_PID=""
cleanup() {
  local p
  for p in "${PIDS[@]}" $SERVER_PID; do kill "$p" 2>/dev/null || true; done
  sleep 0.2
  for p in "${PIDS[@]}" $SERVER_PID; do kill -9 "$p" 2>/dev/null || true; done
  if [ -n "${B2BUA_BENCH_KEEP:-}" ]; then echo "work folder: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
die() { echo "b2bua_bench: $*" >&2; exit 1; }

# A free UDP/TCP port on 127.0.0.1 with the next three free (SIPp's media port and +2).
free_port() { python3 "$SCENARIOS/../free_port.py"; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# run_uac NAME TARGET RATE: one SIPp caller run of $CALLS calls; prints
# "ok|FAIL|SLOW successful failed achieved_rate avg_setup_ms wall_s server_cpu_s"
# (SLOW: no call failed but fewer than 90% of the target rate were achieved).
run_uac() {
  local name=$1 target=$2 rate=$3 rc=0 t0 t1 c0=0 c1=0
  local port
  port=$(free_port)
  rm -f "$WORK/$name.csv"
  [ -n "$SERVER_PID" ] && c0=$(cpu_ticks "$SERVER_PID")
  t0=$(date +%s.%N)
  (cd "$WORK" && timeout $((CALLS / rate + 120)) sipp -sf "$SCENARIOS/bench_uac.xml" -i 127.0.0.2 -p "$port" \
    -s 95598 "$target" -r "$rate" -m "$CALLS" -l "$LIMIT" -nostdin -recv_timeout 10000 \
    -trace_stat -stf "$name.csv" -trace_err -error_file "$name-errors.log" >"$WORK/$name.out" 2>&1) || rc=$?
  t1=$(date +%s.%N)
  [ -n "$SERVER_PID" ] && c1=$(cpu_ticks "$SERVER_PID")
  python3 - "$WORK/$name.csv" "$rc" "$CALLS" "$t0" "$t1" "$c0" "$c1" "$TICK" "$rate" <<'PY'
import sys
path, rc, calls, t0, t1, c0, c1, tick, target = sys.argv[1:]
ok, failed, rate, setup = 0, int(calls), 0.0, float("nan")
try:
    lines = open(path).read().strip().splitlines()
    d = dict(zip(lines[0].split(";"), lines[-1].split(";")))
    ok, failed = int(d["SuccessfulCall(C)"]), int(d["FailedCall(C)"])
    rate = float(d["CallRate(C)"])
    h, m, s, us = (int(x) for x in d["ResponseTimesetup(C)"].split(":"))
    setup = ((h * 60 + m) * 60 + s) * 1000 + us / 1000
except Exception:
    pass
good = rc == "0" and failed == 0 and ok == int(calls)
verdict = ("ok" if rate >= 0.9 * float(target) else "SLOW") if good else "FAIL"
print("%s %d %d %.0f %.1f %.1f %.2f" % (verdict, ok, failed, rate, setup,
      float(t1) - float(t0), (float(c1) - float(c0)) / float(tick)))
PY
}

# ---- the reference: SIPp caller -> SIPp phone directly ----
REF_PORT=$(free_port)
(cd "$WORK" && exec sipp -sf "$SCENARIOS/bench_uas.xml" -i 127.0.0.1 -p "$REF_PORT" -s 1001 -nostdin \
  -trace_err -error_file ref-phone-errors.log >/dev/null 2>&1) &
PIDS+=($!)
sleep 0.5

# ---- the server ----
DATA=$WORK/data
cat >"$WORK/server.toml" <<TOML
[log]
level = "warn"
[sip]
advertised_address = "127.0.0.1"
source_requests_per_second = 100000
source_request_burst = 100000
max_transactions = 1000000
max_calls = 100000
TOML
"$SERVER" --config "$WORK/server.toml" --data "$DATA" --seed-demo --gateway-port 0 --http-port 0 \
  --sip-port 0 --ready-file "$WORK/ready.json" >"$WORK/server.out" 2>"$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 600); do
  [ -s "$WORK/ready.json" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || die "cti-server exited: $(tail -5 "$WORK/server.log")"
  sleep 0.1
done
[ -s "$WORK/ready.json" ] || die "cti-server did not become ready"
SIP_PORT=$(sed -E 's/.*"sip_port":([0-9]+).*/\1/' "$WORK/ready.json")

PHONE_PORT=$(free_port)
(cd "$WORK" && timeout 60 sipp -sf "$SCENARIOS/register.xml" -i 127.0.0.1 -p "$PHONE_PORT" -s 1001 -au 1001 \
  -ap "$(cat "$DATA/demo/sip-1001.password")" "127.0.0.1:$SIP_PORT" -m 1 -nostdin -trace_err \
  -error_file register-errors.log >"$WORK/register.out" 2>&1) || die "the SIPp phone could not register as 1001"
(cd "$WORK" && exec sipp -sf "$SCENARIOS/bench_uas.xml" -i 127.0.0.1 -p "$PHONE_PORT" -s 1001 -nostdin \
  -trace_err -error_file phone-errors.log >/dev/null 2>&1) &
PIDS+=($!)
sleep 0.5

echo "B2BUA call setups per second: SIPp carrier -> cti-server -> SIPp phone 1001"
echo "($CALLS calls per run, at most $LIMIT at once, 100 ms calls without RTP; direct = SIPp caller -> SIPp phone)"
printf '%8s | %-5s %10s %9s %8s %12s | %-5s %10s %9s\n' "rate/s" "b2bua" "achieved/s" "setup ms" "CPU %" "CPU ms/call" \
  "direct" "achieved/s" "setup ms"
BEST_B2BUA=0
BEST_DIRECT=0
ACH_B2BUA=0
ACH_DIRECT=0
B2BUA_DONE=""
DIRECT_DONE=""
for rate in $RATES; do
  b="- - - - - - -"
  d="- - - - - - -"
  if [ -z "$B2BUA_DONE" ]; then
    b=$(run_uac "b2bua-$rate" "127.0.0.1:$SIP_PORT" "$rate")
    kill -0 "$SERVER_PID" 2>/dev/null || die "cti-server died at $rate calls/s: $(tail -20 "$WORK/server.log")"
    if [ "${b%% *}" = ok ]; then BEST_B2BUA=$rate; ACH_B2BUA=$(echo "$b" | cut -d' ' -f4); else B2BUA_DONE=1; fi
    sleep 1
  fi
  if [ -z "$DIRECT_DONE" ]; then
    d=$(run_uac "direct-$rate" "127.0.0.1:$REF_PORT" "$rate")
    if [ "${d%% *}" = ok ]; then BEST_DIRECT=$rate; ACH_DIRECT=$(echo "$d" | cut -d' ' -f4); else DIRECT_DONE=1; fi
    sleep 1
  fi
  read -r bs bok bfail brate bsetup bwall bcpu <<<"$b"
  read -r ds dok dfail drate dsetup dwall dcpu <<<"$d"
  bpct="-"
  bper="-"
  if [ "$bs" != "-" ]; then
    bpct=$(python3 -c "print('%.0f' % (100 * $bcpu / $bwall))")
    bper=$(python3 -c "print('%.2f' % (1000 * $bcpu / max(1, $bok)))")
    [ "$bs" != FAIL ] || bs="FAIL($bfail)"
  fi
  [ "$ds" != FAIL ] || ds="FAIL($dfail)"
  printf '%8s | %-5s %10s %9s %8s %12s | %-5s %10s %9s\n' "$rate" "$bs" "$brate" "$bsetup" "$bpct" "$bper" "$ds" "$drate" "$dsetup"
  [ -n "$B2BUA_DONE" ] && [ -n "$DIRECT_DONE" ] && break
done

echo
echo "highest rate held (0 failed calls, >= 90% achieved): b2bua $BEST_B2BUA/s (achieved $ACH_B2BUA/s)," \
  "direct $BEST_DIRECT/s (achieved $ACH_DIRECT/s); rates tried: $RATES"
if [ "$ACH_DIRECT" != 0 ]; then
  python3 -c "print('b2bua / direct (achieved calls/s): %.2f' % ($ACH_B2BUA / $ACH_DIRECT))"
fi
[ -z "$B2BUA_DONE" ] && echo "(the b2bua held every rate tried: its limit is higher; set B2BUA_BENCH_RATES)"
[ -z "$DIRECT_DONE" ] && echo "(direct held every rate tried: the reference is a lower bound)"

if [ "$BEST_B2BUA" -gt 0 ] && [ "$RUNS" -gt 1 ]; then
  results=()
  for i in $(seq "$RUNS"); do
    results+=("$(run_uac "median-$i" "127.0.0.1:$SIP_PORT" "$BEST_B2BUA")")
    sleep 1
  done
  printf '%s\n' "${results[@]}" | python3 -c "
import statistics, sys
rows = [l.split() for l in sys.stdin if l.strip()]
fails = sum(1 for r in rows if r[0] != 'ok')  # FAIL or SLOW
rate = statistics.median(float(r[3]) for r in rows)
setup = statistics.median(float(r[4]) for r in rows)
cpu = statistics.median(100 * float(r[6]) / float(r[5]) for r in rows)
per = statistics.median(1000 * float(r[6]) / max(1, int(r[1])) for r in rows)
print('median of %d runs at %s/s: achieved %.0f calls/s, setup %.1f ms, server CPU %.0f%% of a core, %.2f CPU ms per call, runs not held: %d'
      % (len(rows), '$BEST_B2BUA', rate, setup, cpu, per, fails))
"
fi
grep -E " (error|critical) |AddressSanitizer" "$WORK/server.log" | head -5 || true
kill -TERM "$SERVER_PID"
rc=0
wait "$SERVER_PID" || rc=$?
SERVER_PID=""
[ $rc -eq 0 ] || echo "b2bua_bench: cti-server exited with $rc on SIGTERM"
