#!/usr/bin/env bash
# Preview dialling and an abandoned answer, with real SIP peers, through cti-cli.
# Preview: agent 1001 (a SIPp phone answering every call), signed in and not ready, asks for the
# next record of a preview campaign: 13800000031 with its data (张三); asking again gives the same
# record (held for 1001). 1001 dials it: their phone rings first, then the number (a SIPp callee
# behind the demo trunk, 127.0.0.1:5090), who hears 1001; the call carries the record for the screen pop
# (its columns, the campaign, the record id). 1001 hangs up and asks for a callback
# in 3 s: the record waits for it; the next record is 13800000032, which 1001 skips (no attempt
# counted); once due, the callback comes first again.
# Abandon: a progressive campaign dials 13800000034 for 1001, who goes not ready while it rings;
# the person answers (after 2.5 s) and no agent is free within the 2 s grace: the call is
# abandoned (told so, hung up), counted against the cap (abandon rate 1.0), and the record waits
# for the abandoned-call retry.
# usage: campaign_preview_abandon_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

start_server $'[campaign]\nring_timeout_s = 5\nabandon_grace_ms = 2000'
db() { sqlite3 "$DATA/cti.sqlite" "$1"; }
id_of() { echo "$1" | sed -E 's/.*"campaign_id":"([0-9]+)".*/\1/'; }
record_of() { echo "$1" | sed -E 's/.*"record_id":"([0-9]+)".*/\1/'; }
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"

OUT=$(cli leader campaign-save 回访预览 --mode preview --queue 热线总队列 --caller-id 95598) || fail "save: $OUT"
PREVIEW=$(id_of "$OUT")
printf 'phone,姓名\n13800000031,张三\n13800000032,李四\n' >"$WORK/preview.csv"
OUT=$(cli leader campaign-import "$PREVIEW" "$WORK/preview.csv") || fail "import: $OUT"
OUT=$(cli leader campaign-start "$PREVIEW") || fail "start: $OUT"

start_callees 2
register_phone 1001 "$TONE_1001"
start_phone 1001 phone_answer 1
OUT=$(cli 1001 sign-in) || fail "sign-in: $OUT"
OUT=$(cli 1001 not-ready preview) || fail "not-ready: $OUT"

OUT=$(cli 1001 preview-next "$PREVIEW") || fail "preview-next: $OUT"
[[ "$OUT" == *'"phone":"13800000031"'*'"姓名":"张三"'* ]] || fail "the first record with its data: $OUT"
REC=$(record_of "$OUT")
OUT=$(cli 1001 preview-next "$PREVIEW") || fail "preview-next again: $OUT"
[ "$(record_of "$OUT")" = "$REC" ] || fail "asking again gave another record: $OUT"
refused 1002 "another agent dialling 1001's record" "not the one previewed for you" preview-dial "$REC"
OUT=$(cli 1001 preview-dial "$REC") || fail "preview-dial: $OUT"
CALL=$(echo "$OUT" | sed -E 's/.*"call_id":"([0-9]+)".*/\1/')
await_call_state "$CALL" talking
# The screen pop of the previewed call: the record's columns, its campaign and record id.
_pop_data() {
  python3 - "$WATCH" "$CALL" "$REC" <<'PY'
import json, sys
path, call, rec = sys.argv[1], sys.argv[2], sys.argv[3]
for line in open(path, encoding="utf-8"):
    try: c = json.loads(line).get("event", {}).get("call")
    except ValueError: continue
    if isinstance(c, dict) and c.get("call_id") == call:
        d = c.get("data") or {}
        if d.get("campaign_record") == rec and d.get("campaign") == "回访预览" and d.get("姓名") == "张三":
            sys.exit(0)
sys.exit(1)
PY
}
_pop_data || fail "the previewed call's events carry no screen-pop data of record $REC: $(grep "\"call_id\":\"$CALL\"" "$WATCH" | head -2)"
phone_invite_from 1001 13800000031
await_hears customer "$TONE_1001" 1001
OUT=$(cli 1001 hangup "$CALL") || fail "hangup: $OUT"
wait_phone 1001 "the previewed call, 1001's phone first"
DUE=$(( $(date +%s%3N) + 3000 ))
OUT=$(cli 1001 disposition "$REC" callback --callback-at-ms "$DUE" --note 下午再打) || fail "disposition: $OUT"
[[ "$OUT" == *'"state":"retry_wait"'* ]] || fail "the callback asked for: $OUT"
note "13800000031 reached through 1001's phone (call $CALL); callback asked for in 3 s"
OUT=$(cli 1001 preview-next "$PREVIEW") || fail "preview-next 2: $OUT"
[[ "$OUT" == *'"phone":"13800000032"'* ]] || fail "the next record before the callback is due: $OUT"
OUT=$(cli 1001 preview-skip "$(record_of "$OUT")") || fail "preview-skip: $OUT"
[ "$(db "SELECT state || '|' || attempts FROM campaign_records WHERE phone = '13800000032'")" = "pending|0" ] \
  || fail "the skipped record: $(db "SELECT state, attempts FROM campaign_records WHERE phone = '13800000032'")"
# Once due, the callback is first: ask until it is offered (a skipped record may come meanwhile).
callback_offered() {
  local out
  out=$(cli 1001 preview-next "$PREVIEW") || return 1
  [[ "$out" == *'"phone":"13800000031"'* ]] && return 0
  cli 1001 preview-skip "$(record_of "$out")" >/dev/null
  return 1
}
await 30 "the callback offered again once due" callback_offered
OUT=$(cli 1001 preview-skip "$REC") || fail "skip the callback: $OUT"
note "13800000032 skipped (no attempt); the callback came back once due"

# Abandon: 1001 ready, the call placed, 1001 not ready before the person answers.
OUT=$(cli 1001 end-wrap-up 2>&1) || true
OUT=$(cli leader campaign-save 欠费催缴 --mode progressive --queue 热线总队列 --caller-id 95598) || fail "save 2: $OUT"
PROG=$(id_of "$OUT")
printf 'phone,姓名\n13800000034,王五\n' >"$WORK/prog.csv"
OUT=$(cli leader campaign-import "$PROG" "$WORK/prog.csv") || fail "import 2: $OUT"
OUT=$(cli 1001 ready) || fail "ready: $OUT"
OUT=$(cli leader campaign-start "$PROG") || fail "start 2: $OUT"
placed() { [ -n "$(db "SELECT call_id FROM calls WHERE callee = '13800000034'")" ]; }
await 30 "the call to 13800000034 placed" placed
OUT=$(cli 1001 not-ready 休息) || fail "not-ready 2: $OUT"
ACALL=$(db "SELECT call_id FROM calls WHERE callee = '13800000034'")
wait_callees "the preview call and the abandoned call's BYE"
await_record "$ACALL" "outbound\|95598\|13800000034\|1\|1\|abandoned: no agent was free\|.*"
ROW=$(db "SELECT state || '|' || attempts || '|' || last_outcome FROM campaign_records WHERE phone = '13800000034'")
[ "$ROW" = "retry_wait|1|abandoned" ] || fail "the abandoned record: $ROW"
OUT=$(cli leader campaigns) || fail "campaigns: $OUT"
FIG=$(echo "$OUT" | python3 -c '
import json, sys
for c in json.load(sys.stdin)["list_campaigns_ok"]["campaigns"]:
    if c["campaign_id"] == sys.argv[1]:
        f = c["figures"]
        print(f.get("dialled", "0"), f.get("answered", "0"), f.get("abandoned", "0"), f.get("abandon_rate", 0))' "$PROG")
[ "$FIG" = "1 0 1 1" ] || fail "figures (dialled answered abandoned rate): $FIG"
grep -q "campaign 欠费催缴: call $ACALL abandoned: no agent free within 2000 ms" "$WORK/server.log" \
  || fail "no abandon in the log"
note "13800000034 answered with no agent free: abandoned, told and hung up; record $ROW; figures $FIG"
stop_server
