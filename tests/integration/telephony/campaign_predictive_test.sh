#!/usr/bin/env bash
# A predictive campaign with real SIP peers: agents 1001 to 1004 are SIPp phones that answer at
# once and hang up after about 3 s (2 s of after-call work), signed in and ready through cti-cli;
# 40 numbers are called through the demo trunk (127.0.0.1:5090), where SIPp callees answer half
# the calls after about 1.5 s of ringing, are busy for a tenth and never answer the rest (an
# 8 s ring timeout). After 10 attempts measured (campaign.predictive_warmup) the campaign dials
# ahead of its agents: more calls at once than agents (campaign.predictive_strict_start off and
# the largest cap, 20 %: with the default a campaign this short would stay progressive, waiting
# for a window that could take one abandon; with 2 agents and 60 numbers the test took 4 minutes).
# Answered calls reach a free agent or are abandoned (told, hung up; the rate is printed), and every
# answer the callees gave is accounted for. The campaign finishes by itself.
# usage: campaign_predictive_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

TOML=$'[campaign]\nring_timeout_s = 8\nabandon_grace_ms = 2000\npredictive_warmup = 10\npredictive_strict_start = false'
start_server "$TOML"
stop_server
# Short after-call work for the agents (the demo's is 10 s); the phones answer by themselves.
sqlite3 "$WORK/data/cti.sqlite" "UPDATE agent_settings SET wrap_up_s = 2"
rm -f "$WORK/ready.json"
start_server "$TOML"
db() { sqlite3 "$DATA/cti.sqlite" "$1"; }

OUT=$(cli leader campaign-save 满意度外呼 --mode predictive --queue 热线总队列 --caller-id 95598 --abandon-cap 0.2 \
  --retry busy:1:0 --retry no_answer:1:0 --retry abandoned:1:0) || fail "campaign-save: $OUT"
ID=$(echo "$OUT" | sed -E 's/.*"campaign_id":"([0-9]+)".*/\1/')
{ echo phone; for i in $(seq 1 40); do printf '139%08d\n' "$i"; done; } >"$WORK/list.csv"
OUT=$(cli leader campaign-import "$ID" "$WORK/list.csv") || fail "import: $OUT"
[[ "$OUT" == *'"imported":40'* ]] || fail "import: $OUT"

(cd "$WORK" && GSL_RNG_SEED=7 exec timeout 280 sipp -sf "$SCENARIOS/bench_callee.xml" -i 127.0.0.1 -p 5090 \
  -mp "$(free_port)" -set answer_below 0.5 -set busy_below 0.6 -set ring_ms 1500 -set ring_max_ms 6000 -nostdin \
  -trace_err -trace_logs -error_file callees-errors.log -log_file callees-logs.log >"$WORK/callees.out" 2>&1) &
CHILDREN+=($!)
CALLEES_PID=$!
_listening() {
  local sipp_pid
  sipp_pid=$(pgrep -P "$CALLEES_PID" sipp) || return 1
  ss -lunp | grep -q "127.0.0.1:5090 .*pid=$sipp_pid,"
}
await 30 "the SIPp callees to listen on 127.0.0.1:5090" _listening
for ext in 1001 1002 1003 1004; do
  PHONE_PORT[$ext]=$(free_port)
  register "$ext" "${PHONE_PORT[$ext]}"
  (cd "$WORK" && GSL_RNG_SEED=$ext exec timeout 280 sipp -sf "$SCENARIOS/bench_agent_phone.xml" -i 127.0.0.1 \
    -p "${PHONE_PORT[$ext]}" -mp "$(free_port)" -s "$ext" -set talk_ms 3000 -nostdin -trace_err -trace_logs \
    -error_file "phone$ext-errors.log" -log_file "phone$ext-logs.log" >"$WORK/phone$ext.out" 2>&1) &
  CHILDREN+=($!)
  OUT=$(cli "$ext" sign-in) || fail "sign-in $ext: $OUT"
  OUT=$(cli "$ext" ready) || fail "ready $ext: $OUT"
done
OUT=$(cli leader campaign-start "$ID") || fail "campaign-start: $OUT"

finished() { [ "$(db "SELECT state FROM campaigns WHERE campaign_id = $ID")" = finished ]; }
await 240 "the campaign to call its 40 numbers and finish" finished
ANSWERS=$(grep -c ': answered' "$WORK/callees-logs.log" || true)
OUTCOMES=$(db "SELECT outcome || ' ' || count(*) FROM campaign_attempts WHERE campaign_id = $ID GROUP BY outcome ORDER BY outcome" | tr '\n' ',')
note "callees answered $ANSWERS calls; attempts by outcome: $OUTCOMES"
[ "$(db "SELECT count(*) FROM campaign_attempts WHERE campaign_id = $ID")" = 40 ] || fail "40 attempts expected: $OUTCOMES"
LIVE=$(db "SELECT count(*) FROM campaign_attempts WHERE campaign_id = $ID AND outcome IN ('answered', 'abandoned')")
[ "$LIVE" = "$ANSWERS" ] || fail "the callees answered $ANSWERS calls, the campaign counts $LIVE live answers"
[ "$(db "SELECT count(*) FROM campaign_attempts WHERE campaign_id = $ID AND outcome = 'answered' AND agent_id IS NULL")" = 0 ] \
  || fail "an answered call without its agent"
# Dialling ahead: the most calls the campaign held at once, from the attempts' own times.
PEAK=$(db "SELECT max(n) FROM (SELECT (SELECT count(*) FROM campaign_attempts b WHERE b.campaign_id = a.campaign_id
            AND b.dialled_ms <= a.dialled_ms AND b.ended_ms > a.dialled_ms) AS n FROM campaign_attempts a WHERE a.campaign_id = $ID)")
[ "$PEAK" -gt 4 ] || fail "a predictive campaign with 4 agents never held more than $PEAK calls at once"
OUT=$(cli leader campaigns) || fail "campaigns: $OUT"
RATE=$(echo "$OUT" | python3 -c '
import json, sys
for c in json.load(sys.stdin)["list_campaigns_ok"]["campaigns"]:
    if c["campaign_id"] == sys.argv[1]: print(c["figures"].get("abandon_rate", 0))' "$ID")
# Every abandoned answer was told and hung up by the server. The rate is printed, not asserted:
# bench/campaign_sipp_bench shows a small team's predictive pacing can pass its cap in a burst
# (issue 10 stays open on it).
ABANDONED=$(db "SELECT count(*) FROM campaign_attempts WHERE campaign_id = $ID AND outcome = 'abandoned'")
TOLD=$(grep -c "campaign 满意度外呼: call [0-9]* abandoned: no agent free" "$WORK/server.log" || true)
[ "$TOLD" -ge "$ABANDONED" ] || fail "$ABANDONED abandoned attempts, but only $TOLD abandons carried out by the server"
note "peak $PEAK calls at once for 4 agents; abandon rate $RATE (cap 0.2; $ABANDONED abandoned)"
stop_server
