#!/usr/bin/env bash
# Outbound campaign pacing against real SIP peers: predictive beside progressive dialling through
# cti-server (its own temporary data folder, demo seed, log level warn, recording off,
# [campaign] ring_timeout_s = 15), with the figures taken from its database.
#
# Agents: the demo agents 1001-1004, wrap-up cut to 2 s and auto-answer on (agent_settings,
# written while the server is stopped after seeding), each a SIPp phone (register.xml, then
# bench_agent_phone.xml) that answers at once and hangs up itself after an exponential talk time
# (mean 20 s); signed in and ready through cti-cli. Called people: SIPp (bench_callee.xml) behind
# the demo trunk, moved from 127.0.0.1:5090 to a free port of 127.0.0.1 while the server is
# stopped (the tests' callees use 5090): 30 % answer after an exponential ring (mean 4 s; a ring
# of 14 s or more rings out instead, about 3 % of them), 10 % busy, the rest ring until the
# server's CANCEL after 15 s.
#
# Per run, progressive then predictive: the SIPp peers restarted with the same random seeds (the
# k-th person called answers, is busy or rings out alike in both modes, after the same ring, and
# each agent's k-th talk is as long), a fresh campaign on the
# queue 热线总队列 with a generated call list (every outcome final after one attempt: no
# retries), dialling for D seconds, paused, and drained (every call in progress ended). From the
# campaign_attempts rows, over the D seconds [start, pause):
#   occupancy          agent time on campaign calls, from the agent's answer to the call's end
#                      plus 2 s wrap-up, clipped to the window, / (agents x D)
#   abandon rate       abandoned / (answered + abandoned), every attempt of the campaign
#   connected/agent-h  calls that reached an agent within the window / (agents x D in hours)
#   attempts, answer rate (live answers / attempts), warm-up (predictive: seconds until its 50th
#                      attempt was measured; it dials progressively until then), mean talk and
#                      wait (answer to agent), connected/agent-h over the window's second half
#   peak lines, lines > agents   calls placed and not ended at most, and the share of the window
#                      with more of them than agents: progressive never has more (every line is
#                      a free agent's call coming or a call in progress), so predictive dialled
#                      ahead only if these are above that
# and the ratio predictive / progressive of connected calls per agent-hour (progressive is the
# reference, measured in the same run); with several runs, the median of each.
#
# Environment: CTI_SERVER, CTI_CLI (default: beside this script's build folder),
# CAMPAIGN_SIPP_BENCH_SECONDS (D, 360; predictive spends its first 50 attempts warming up),
# CAMPAIGN_SIPP_BENCH_RUNS (3; a run takes about 2 x (D + 60) s), CAMPAIGN_SIPP_BENCH_FIRST_RUN
# (1: run k replays the draws of seed k), CAMPAIGN_SIPP_BENCH_ANSWER
# (0.30), CAMPAIGN_SIPP_BENCH_BUSY (0.10), CAMPAIGN_SIPP_BENCH_TALK_S (20),
# CAMPAIGN_SIPP_BENCH_RING_S (4), CAMPAIGN_SIPP_BENCH_NUMBERS (3000 per campaign),
# CAMPAIGN_SIPP_BENCH_KEEP=1 keeps the work folder (server log, SIPp logs, database),
# CAMPAIGN_SIPP_BENCH_MODES ("progressive predictive"; "predictive" alone to study its abandons,
# with no ratio printed).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SERVER=${CTI_SERVER:-$HERE/../server/app/cti-server}
CLI=${CTI_CLI:-$HERE/../cli/cti-cli}
SCENARIOS="@CTI_TELEPHONY_SCENARIOS@"
[ -d "$SCENARIOS" ] || SCENARIOS=$HERE/../tests/integration/telephony/scenarios
D=${CAMPAIGN_SIPP_BENCH_SECONDS:-360}
RUNS=${CAMPAIGN_SIPP_BENCH_RUNS:-3}
FIRST_RUN=${CAMPAIGN_SIPP_BENCH_FIRST_RUN:-1}  # run k replays the draws of seed k: a later start adds new ones
ANSWER=${CAMPAIGN_SIPP_BENCH_ANSWER:-0.30}
BUSY=${CAMPAIGN_SIPP_BENCH_BUSY:-0.10}
TALK_S=${CAMPAIGN_SIPP_BENCH_TALK_S:-20}
RING_S=${CAMPAIGN_SIPP_BENCH_RING_S:-4}
NUMBERS=${CAMPAIGN_SIPP_BENCH_NUMBERS:-3000}
read -r -a MODES <<<"${CAMPAIGN_SIPP_BENCH_MODES:-progressive predictive}"
AGENTS=(1001 1002 1003 1004)
QUEUE=热线总队列
WRAP_S=2              # the agents' wrap-up (agent_settings.wrap_up_s)
RING_TIMEOUT_S=15     # [campaign] ring_timeout_s
RING_MAX_S=14         # a callee's ring this long or longer does not answer (no CANCEL crossing a 200)
DRAIN_MAX_S=300       # the longest wait for the calls of a paused campaign to end

die() { echo "campaign_sipp_bench: $*" >&2; exit 1; }
for tool in sipp python3; do
  command -v "$tool" >/dev/null || die "$tool is not installed (./ctl deps)"
done
[ -x "$SERVER" ] || die "no cti-server at $SERVER (set CTI_SERVER)"
[ -x "$CLI" ] || die "no cti-cli at $CLI (set CTI_CLI)"
for f in register.xml bench_agent_phone.xml bench_callee.xml; do
  [ -f "$SCENARIOS/$f" ] || die "no SIPp scenario $f in $SCENARIOS"
done
[[ "$D" =~ ^[0-9]+$ ]] && [ "$D" -ge 30 ] || die "CAMPAIGN_SIPP_BENCH_SECONDS must be a whole number of seconds, 30 or more"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "CAMPAIGN_SIPP_BENCH_RUNS must be 1 or more"
for m in "${MODES[@]}"; do
  [[ "$m" == progressive || "$m" == predictive ]] || die "CAMPAIGN_SIPP_BENCH_MODES: unknown mode $m (progressive, predictive)"
done
[ ${#MODES[@]} -gt 0 ] || die "CAMPAIGN_SIPP_BENCH_MODES is empty"
[[ "$FIRST_RUN" =~ ^[1-9][0-9]*$ ]] || die "CAMPAIGN_SIPP_BENCH_FIRST_RUN must be 1 or more"
python3 -c "import sys; a, b = float('$ANSWER'), float('$BUSY'); sys.exit(0 if 0 < a and 0 <= b and a + b < 1 else 1)" \
  2>/dev/null || die "CAMPAIGN_SIPP_BENCH_ANSWER and _BUSY are shares: above 0, and less than 1 together"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/campaign_sipp_bench.XXXXXX")
SERVER_PID=""
SIPP_PIDS=()
cleanup() {
  local p
  for p in "${SIPP_PIDS[@]}" $SERVER_PID; do kill "$p" 2>/dev/null || true; done
  sleep 0.3
  for p in "${SIPP_PIDS[@]}" $SERVER_PID; do kill -9 "$p" 2>/dev/null || true; done
  if [ -n "${CAMPAIGN_SIPP_BENCH_KEEP:-}" ]; then echo "work folder: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { date +%s%3N; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }

# A free UDP/TCP port on 127.0.0.1 with the next three free (SIPp's media port and +2), never one
# handed out before in this run (a phone's port is free for a moment between its SIPp runs).
free_port() { python3 "$SCENARIOS/../free_port.py" "$WORK/.ports-handed"; }

# ---- the server ----
DATA=$WORK/data
cat >"$WORK/server.toml" <<TOML
[log]
level = "warn"
[media]
rtp_port_min = 63000
rtp_port_max = 64998
prompts_at_start = false
[recording]
enabled = false
[sip]
advertised_address = "127.0.0.1"
[campaign]
ring_timeout_s = $RING_TIMEOUT_S
TOML

# start_server [--seed-demo]: sets GW_PORT and SIP_PORT.
start_server() {
  rm -f "$WORK/ready.json"
  "$SERVER" --config "$WORK/server.toml" --data "$DATA" "$@" --gateway-port 0 --http-port 0 --sip-port 0 \
    --ready-file "$WORK/ready.json" >>"$WORK/server.out" 2>>"$WORK/server.log" &
  SERVER_PID=$!
  for _ in $(seq 600); do
    [ -s "$WORK/ready.json" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || die "cti-server exited: $(tail -5 "$WORK/server.log")"
    sleep 0.1
  done
  [ -s "$WORK/ready.json" ] || die "cti-server did not become ready"
  GW_PORT=$(sed -E 's/.*"gateway_port":([0-9]+).*/\1/' "$WORK/ready.json")
  SIP_PORT=$(sed -E 's/.*"sip_port":([0-9]+).*/\1/' "$WORK/ready.json")
}

stop_server() {
  kill -TERM "$SERVER_PID"
  local rc=0
  wait "$SERVER_PID" || rc=$?
  SERVER_PID=""
  [ $rc -eq 0 ] || echo "campaign_sipp_bench: cti-server exited with $rc on SIGTERM" >&2
}

cli() {
  local login=$1
  shift
  "$CLI" --server "127.0.0.1:$GW_PORT" --ca "$DATA/tls/server.crt" --user "$login" \
    --password-file "$DATA/demo/$login.password" "$@"
}

# Seed, stop, change the agents' settings (read by the ACD at start) and the trunk's port.
start_server --seed-demo
stop_server
# The demo trunk's port (5090) is shared by every test server on the machine (the campaign tests'
# callees listen there): the bench's trunk moves to a port of its own, or a test running meanwhile
# would meet the bench's callees (and the bench a test's CANCELs; seen).
TRUNK_PORT=$(free_port)
python3 - "$DATA/cti.sqlite" "$WRAP_S" "$TRUNK_PORT" "${AGENTS[@]}" <<'PY'
import sqlite3, sys
db, wrap, trunk_port, agents = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
con = sqlite3.connect(db)
with con:
    for login in agents:
        (uid,) = con.execute("SELECT user_id FROM users WHERE login = ?", (login,)).fetchone()
        con.execute("INSERT INTO agent_settings (user_id, auto_answer, wrap_up_s) VALUES (?, 1, ?) "
                    "ON CONFLICT (user_id) DO UPDATE SET auto_answer = 1, wrap_up_s = excluded.wrap_up_s",
                    (uid, wrap))
    n = con.execute("UPDATE trunks SET port = ? WHERE host = '127.0.0.1' AND port = 5090", (trunk_port,)).rowcount
    if n != 1:
        sys.exit("the demo trunk 127.0.0.1:5090 is not in the database")
PY
start_server

# ---- the agents' phones: registered once; their UAS restarted per mode with that mode's seed ----
declare -A PHONE_PORT
for ext in "${AGENTS[@]}"; do
  PHONE_PORT[$ext]=$(free_port)
  (cd "$WORK" && timeout 60 sipp -sf "$SCENARIOS/register.xml" -i 127.0.0.1 -p "${PHONE_PORT[$ext]}" -s "$ext" \
    -au "$ext" -ap "$(cat "$DATA/demo/sip-$ext.password")" "127.0.0.1:$SIP_PORT" -m 1 -nostdin -trace_err \
    -error_file "register-$ext-errors.log" >"$WORK/register-$ext.out" 2>&1) || die "the SIPp phone could not register as $ext"
done

# The called people draw r from Exp(1) (GSL, so that a seed replays them): P(r < -ln(1 - p)) = p.
ANSWER_BELOW=$(python3 -c "import math; print(-math.log(1 - $ANSWER))")
BUSY_BELOW=$(python3 -c "import math; print(-math.log(1 - $ANSWER - $BUSY))")

# start_peers TAG SEED: the four agent phones and the called people, GSL seeded from SEED (the
# same seeds in both modes of a run: the k-th person called and each agent's k-th talk are alike).
start_peers() {
  local tag=$1 seed=$2 i=0 ext
  for ext in "${AGENTS[@]}"; do
    i=$((i + 1))
    (cd "$WORK" && GSL_RNG_SEED=$((seed + i)) exec sipp -sf "$SCENARIOS/bench_agent_phone.xml" -i 127.0.0.1 \
      -p "${PHONE_PORT[$ext]}" -mp "$(free_port)" -s "$ext" -set talk_ms $((TALK_S * 1000)) -nostdin \
      -trace_err -error_file "$tag-phone-$ext-errors.log" -trace_logs -log_file "$tag-phone-$ext.log" \
      >"$WORK/$tag-phone-$ext.out" 2>&1) &
    SIPP_PIDS+=($!)
  done
  (cd "$WORK" && GSL_RNG_SEED=$seed exec sipp -sf "$SCENARIOS/bench_callee.xml" -i 127.0.0.1 -p "$TRUNK_PORT" \
    -mp "$(free_port)" -set answer_below "$ANSWER_BELOW" -set busy_below "$BUSY_BELOW" \
    -set ring_ms $((RING_S * 1000)) -set ring_max_ms $((RING_MAX_S * 1000)) -nostdin \
    -trace_err -error_file "$tag-callees-errors.log" -trace_logs -log_file "$tag-callees.log" \
    >"$WORK/$tag-callees.out" 2>&1) &
  SIPP_PIDS+=($!)
  sleep 0.5
  local p
  for p in "${SIPP_PIDS[@]}"; do
    kill -0 "$p" 2>/dev/null || die "a SIPp peer did not start ($tag): $(cat "$WORK/$tag"-*.out | tail -5)"
  done
}

stop_peers() {
  local p
  for p in "${SIPP_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${SIPP_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  SIPP_PIDS=()
}

for ext in "${AGENTS[@]}"; do
  cli "$ext" sign-in >"$WORK/sign-in-$ext.out" 2>&1 || die "$ext could not sign in: $(cat "$WORK/sign-in-$ext.out")"
  cli "$ext" ready >"$WORK/ready-$ext.out" 2>&1 || die "$ext could not go ready: $(cat "$WORK/ready-$ext.out")"
done

# Before each campaign every agent is ready again: between two campaigns the agents' SIPp phones
# are restarted, and an offer that reached a phone being replaced counts as unanswered (three
# make the agent not ready, "no answer"; seen once in a 3-run bench). Says so when it happens.
ready_agents() {
  local ext status
  for ext in "${AGENTS[@]}"; do
    status=$(cli supervisor snapshot --fresh | python3 -c '
import json, sys
snap = json.loads(sys.stdin.read())
login = {a["user_id"]: a["login"] for a in snap.get("agents", [])}
for a in snap.get("agent_states", []):
    if login.get(a["user_id"]) == sys.argv[1]:
        print(a.get("status", "") + "/" + a.get("reason", ""))' "$ext")
    [ "$status" = "available/" ] && continue
    echo "  ($ext was $status before this campaign: set ready again)"
    cli "$ext" ready >"$WORK/ready-$ext.out" 2>&1 || die "$ext could not go ready: $(cat "$WORK/ready-$ext.out")"
  done
}

# figures ID T0 T1 EXTRA_JSON: the measured figures of one campaign (see the top of this file) and
# EXTRA_JSON's fields, one JSON line.
figures() {
  python3 - "$DATA/cti.sqlite" "$1" "$2" "$3" "${#AGENTS[@]}" "$((WRAP_S * 1000))" "$4" <<'PY'
import json, sqlite3, statistics, sys
db, cid, t0, t1, agents, wrap = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
out = json.loads(sys.argv[7])
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
rows = con.execute("SELECT outcome, dialled_ms, answered_ms, ended_ms, wait_ms FROM campaign_attempts "
                   "WHERE campaign_id = ?", (cid,)).fetchall()
count = {o: 0 for o in ("answered", "abandoned", "busy", "no_answer", "failed", "answering_machine")}
busy_ms, connected, second_half, talks, waits, measured, edges = 0, 0, 0, [], [], [], []
mid = t0 + (t1 - t0) // 2
for outcome, dialled, answered, ended, wait in rows:
    count[outcome] = count.get(outcome, 0) + 1
    # pacing measures an attempt when its ringing ends: at the answer, or at the call's end
    measured.append(answered if answered else ended)
    edges += [(dialled, 1), (ended, -1)]
    if outcome != "answered" or not answered:
        continue
    reached = answered + wait
    talks.append((ended - reached) / 1000)
    waits.append(wait / 1000)
    if t0 <= reached < t1:
        connected += 1
        second_half += reached >= mid
    busy_ms += max(0, min(ended + wrap, t1) - max(reached, t0))
# Lines (calls placed and not ended) over the window: progressive never holds more than one per
# agent (a line is an agent's call coming or in progress); more means predictive dialled ahead.
lines, peak, ahead_ms, prev = 0, 0, 0, t0
for t, step in sorted(edges, key=lambda e: (e[0], e[1])):
    if t > prev and lines > agents:
        ahead_ms += max(0, min(t, t1) - max(prev, t0))
    prev = max(prev, t)
    lines += step
    if t < t1:
        peak = max(peak, lines)
span = t1 - t0
live = count["answered"] + count["abandoned"]
measured.sort()
out.update({
    "occupancy": busy_ms / (agents * span),
    "abandon_rate": count["abandoned"] / live if live else 0.0,
    "connected_per_agent_hour": connected / (agents * span / 3.6e6),
    "connected_per_agent_hour_2nd_half": second_half / (agents * (t1 - mid) / 3.6e6),
    "attempts": len(rows), "connected": connected, **count,
    "answer_rate": live / len(rows) if rows else 0.0,
    "warm_up_s": (measured[49] - t0) / 1000 if len(measured) >= 50 else None,
    "talk_mean_s": statistics.mean(talks) if talks else 0.0,
    "wait_mean_s": statistics.mean(waits) if waits else 0.0,
    "peak_lines": peak, "ahead_share": ahead_ms / span,
})
print(json.dumps(out))
PY
}

# One campaign of MODE for D seconds; appends its figures to $RESULTS.
RESULTS=$WORK/results.jsonl
: >"$RESULTS"
run_mode() {
  local run=$1 mode=$2 tag="run$1-$2" out id t0 t1 l0 l1 calls end waited=0 errors
  start_peers "$tag" $((run * 1000))
  ready_agents
  python3 - "$WORK/$tag.csv" "$NUMBERS" "$run" <<'PY'
import random, sys
path, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
with open(path, "w") as f:
    f.write("phone\n")
    for number in rng.sample(range(13900000000, 14000000000), n):
        f.write(f"{number}\n")
PY
  out=$(cli leader campaign-save "bench-$mode-$run" --mode "$mode" --queue "$QUEUE" --caller-id 95598 \
    --retry busy:1:0 --retry no_answer:1:0 --retry failed:1:0 --retry abandoned:1:0) || die "campaign-save: $out"
  id=$(echo "$out" | sed -E 's/.*"campaign_id":"([0-9]+)".*/\1/')
  [[ "$id" =~ ^[0-9]+$ ]] || die "no campaign id in: $out"
  # (60 s: twice the import of 3,000 numbers outlasted cti-cli's 10 s while two builds held
  # both cores)
  out=$(cli leader --timeout-ms 60000 campaign-import "$id" "$WORK/$tag.csv") || die "campaign-import: $out"
  [[ "$out" == *"\"imported\":$NUMBERS"* ]] || die "campaign-import did not import $NUMBERS numbers: ${out:0:400}"
  l0=$(loadavg)
  t0=$(now_ms)
  out=$(cli leader campaign-start "$id") || die "campaign-start: $out"
  end=$((t0 + D * 1000))
  while [ "$(now_ms)" -lt "$end" ]; do
    sleep 1
    kill -0 "$SERVER_PID" 2>/dev/null || die "cti-server died during $tag: $(tail -20 "$WORK/server.log")"
  done
  out=$(cli leader campaign-pause "$id") || die "campaign-pause: $out"
  t1=$(now_ms)
  while :; do
    calls=$(calls_in_progress "$id" || echo "?")
    [ "$calls" = 0 ] && break
    if [ $waited -ge $DRAIN_MAX_S ]; then
      echo "campaign_sipp_bench: $tag: $calls calls still in progress ${DRAIN_MAX_S}s after the pause" >&2
      break
    fi
    sleep 2
    waited=$((waited + 2))
  done
  sleep $((WRAP_S + 2))  # the last wrap-up, and the writer's last commit
  l1=$(loadavg)
  stop_peers
  errors=$(cat "$WORK/$tag"-*-errors.log 2>/dev/null | grep -c -v '^[[:space:]]*$' || true)
  figures "$id" "$t0" "$t1" "{\"run\": $run, \"mode\": \"$mode\", \"load\": \"$l0-$l1\", \"drain_s\": $waited, \"sipp_error_lines\": $errors}" >>"$RESULTS"
  tail -n 1 "$RESULTS" | python3 -c 'import json, sys
r = json.load(sys.stdin)
print("  run %d %-11s %5.1f %% occupancy, %d attempts, %d connected, %d abandoned" % (
    r["run"], r["mode"], 100 * r["occupancy"], r["attempts"], r["connected"], r["abandoned"]))'
}

# calls_in_progress ID: the campaign's calls in progress as `cti-cli campaigns` shows them.
calls_in_progress() {
  cli leader campaigns | python3 -c '
import json, sys
for c in json.load(sys.stdin)["list_campaigns_ok"]["campaigns"]:
    if c["campaign_id"] == sys.argv[1]:
        print(int(c.get("figures", {}).get("calls_in_progress", 0)))' "$1"
}

echo "Outbound campaign: predictive vs progressive through cti-server, ${#AGENTS[@]} SIPp agents (talk exp. mean ${TALK_S} s,"
echo "wrap-up ${WRAP_S} s), SIPp callees on 127.0.0.1:$TRUNK_PORT (answer $ANSWER after exp. ring mean ${RING_S} s, busy $BUSY,"
echo "rest ring out at ${RING_TIMEOUT_S} s); ${D} s of dialling per campaign, $RUNS run(s), load average $(loadavg) at the start"
for run in $(seq "$FIRST_RUN" $((FIRST_RUN + RUNS - 1))); do
  for mode in "${MODES[@]}"; do run_mode "$run" "$mode"; done
done

python3 - "$RESULTS" "${#AGENTS[@]}" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
agents = int(sys.argv[2])
runs = sorted({r["run"] for r in rows})
med = lambda xs: statistics.median(xs) if xs else float("nan")
col = lambda mode, key: [r[key] for r in rows if r["mode"] == mode]
pct = lambda x: "%.1f %%" % (100 * x)
print()
print("%-3s %-11s %9s %8s %12s %8s %9s %9s %7s %7s %6s %6s %12s %5s %7s %s" % (
    "run", "mode", "occupancy", "abandon", "conn/agent-h", "attempts", "connected", "abandoned", "answer",
    "warm-up", "talk", "wait", "conn/agent-h", "peak", "lines >", "load"))
print("%-3s %-11s %9s %8s %12s %8s %9s %9s %7s %7s %6s %6s %12s %5s %7s" % (
    "", "", "", "rate", "", "", "", "", "rate", "", "mean", "mean", "2nd half", "lines", "agents"))
for r in rows:
    warm = "%.0f s" % r["warm_up_s"] if r["mode"] == "predictive" and r["warm_up_s"] is not None else "-"
    print("%-3d %-11s %9s %7.2f%% %12.1f %8d %9d %9d %7s %7s %5.1fs %5.2fs %12.1f %5d %7s %s" % (
        r["run"], r["mode"], pct(r["occupancy"]), 100 * r["abandon_rate"], r["connected_per_agent_hour"],
        r["attempts"], r["connected"], r["abandoned"], pct(r["answer_rate"]), warm, r["talk_mean_s"],
        r["wait_mean_s"], r["connected_per_agent_hour_2nd_half"], r["peak_lines"], pct(r["ahead_share"]), r["load"]))
    if r["sipp_error_lines"]:
        print("%16s(%d lines in this campaign's SIPp error logs)" % ("", r["sipp_error_lines"]))
print()
print(("median of %d runs:" % len(runs)) if len(runs) > 1 else "1 run (no median):")
print("%-11s %9s %8s %12s %8s %7s" % ("mode", "occupancy", "abandon", "conn/agent-h", "attempts", "answer"))
for mode in ("progressive", "predictive"):
    if not col(mode, "attempts"):
        continue
    print("%-11s %9s %7.2f%% %12.1f %8.0f %7s" % (
        mode, pct(med(col(mode, "occupancy"))), 100 * med(col(mode, "abandon_rate")),
        med(col(mode, "connected_per_agent_hour")), med(col(mode, "attempts")), pct(med(col(mode, "answer_rate")))))
prog, pred = col("progressive", "connected_per_agent_hour"), col("predictive", "connected_per_agent_hour")
ratios = [b / a for a, b in zip(prog, pred) if a > 0]
if ratios and med(prog) > 0:
    print("predictive / progressive, connected calls per agent-hour: %.2f (per run: %s)" % (
        med(pred) / med(prog), ", ".join("%.2f" % x for x in ratios)))
predictive = [r for r in rows if r["mode"] == "predictive"]
if all(r["peak_lines"] <= agents for r in predictive):
    if any(r["warm_up_s"] is None for r in predictive):
        print("(predictive never held more lines than agents: fewer than its 50 warm-up attempts)")
    else:
        print("(predictive never held more lines than agents: it dialled as progressive throughout — its"
              " warm-up, then an abandon window with too few answers to take one abandon under the cap)")
PY

grep -E " (error|critical) |AddressSanitizer" "$WORK/server.log" | head -5 || true
stop_server
