# Shared by the call-control tests (sourced after lib.sh): parties that talk (an rtp_party.py
# each, with its own tone, so a test can tell who hears whom), SIPp phones and the SIPp carrier
# started on them, the carrier hanging up on the test's signal, and the call's states and record.
#
# Tones (Hz): every party listens for all of them.
TONE_CARRIER=700
TONE_1001=1000
TONE_1002=1300
TONE_HOLD=450     # the server's hold music when no file is configured
LISTEN="$TONE_HOLD,$TONE_CARRIER,$TONE_1001,$TONE_1002"
declare -A PARTY_PORT PARTY_PID PHONE_PORT SIPP_PID
CARRIER_N=0

# start_party NAME TONE [IP]: an rtp_party.py sending TONE Hz to where $WORK/NAME.dest says (the
# SIPp scenario writes the server's media address there); its figures in $WORK/NAME-rtp.json.
start_party() {
  local name=$1 tone=$2 ip=${3:-127.0.0.1} port
  port=$(free_port)
  rm -f "$WORK/$name.dest"
  python3 "$TEL_DIR/rtp_party.py" --ip "$ip" --port "$port" --stats "$WORK/$name-rtp.json" \
    --dest-file "$WORK/$name.dest" --tone "$tone" --listen "$LISTEN" --seconds 600 \
    2>"$WORK/$name-rtp.err" &
  CHILDREN+=($!)
  PARTY_PID[$name]=$!
  PARTY_PORT[$name]=$port
  await 30 "the RTP party $name to start" test -s "$WORK/$name-rtp.json"
}

# heard NAME HZ: how many packets NAME received in which the HZ tone is heard.
heard() {
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tones"].get(sys.argv[2], 0))' \
    "$WORK/$1-rtp.json" "$2"
}

party_stats() { cat "$WORK/$1-rtp.json"; }

# fresh_stats NAME: waits until the party has written its figures twice more (they are then
# at most 0.1 s old).
fresh_stats() {
  local n
  n=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["dumps"])' "$WORK/$1-rtp.json")
  _dumped() { [ "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["dumps"])' "$WORK/$1-rtp.json")" -ge "$(($2 + 2))" ]; }
  await 30 "the RTP party $1 to write its figures" _dumped "$1" "$n"
}

# await_hears NAME HZ WHO [NOT_HZ...]: NAME receives at least $MIN_PACKETS (default 50: 1 s of
# audio) more packets with WHO's HZ tone in them, within 60 s; and while it does, fewer than 5
# with any NOT_HZ tone. The built-in hold tone is two 200 ms beeps every 3 s: 20 packets a cycle.
await_hears() {
  local name=$1 hz=$2 who=$3
  shift 3
  local base f
  fresh_stats "$name"
  base=$(heard "$name" "$hz")
  declare -A not_base
  for f in "$@"; do not_base[$f]=$(heard "$name" "$f"); done
  _more_heard() { [ "$(heard "$1" "$2")" -ge "$(($3 + ${MIN_PACKETS:-50}))" ]; }
  await 60 "$name to hear $who ($hz Hz; before the wait it had: $(party_stats "$name"))" \
    _more_heard "$name" "$hz" "$base"
  for f in "$@"; do
    local got=$(($(heard "$name" "$f") - ${not_base[$f]}))
    [ "$got" -lt 5 ] || fail "$name heard $f Hz in $got packets while it should hear $who only: $(party_stats "$name")"
  done
  note "$name hears $who ($hz Hz)"
}

# start_phone EXT SCENARIO CALLS [REQUIRE_HINT]: the SIPp UAS for extension EXT on the port it
# registered from (register EXT first; PHONE_PORT[EXT] set by register_phone), its media the RTP
# party "phoneEXT". SCENARIO: phone_answer (answers every call; REQUIRE_HINT true: only calls
# with the auto-answer hint) or phone_ring_hint_only. Takes CALLS calls, then exits.
start_phone() {
  local ext=$1 scenario=$2 calls=$3 hint=${4:-false} tag
  tag=$scenario-$ext-$((++PHONE_RUNS))
  sed -e "s|@REQUIRE_HINT@|$hint|" "$SCENARIOS/$scenario.xml" >"$WORK/$tag.xml"
  (cd "$WORK" && exec timeout 280 sipp -sf "$tag.xml" -i 127.0.0.1 -p "${PHONE_PORT[$ext]}" -mp "$(free_port)" -s "$ext" \
    -set rtp_port "${PARTY_PORT[phone$ext]}" -set dest_file "$WORK/phone$ext.dest" -m "$calls" -nostdin \
    -trace_err -trace_msg -trace_logs -message_file "$tag.msg" -error_file "$tag-errors.log" \
    -log_file "$tag-logs.log" >"$WORK/$tag.out" 2>&1) &
  CHILDREN+=($!)
  SIPP_PID[$ext]=$!
  PHONE_TAG[$ext]=$tag
  sleep 0.5
  kill -0 "${SIPP_PID[$ext]}" 2>/dev/null || fail "the SIPp phone $ext ($scenario) did not start: $(cat "$WORK/$tag-errors.log" "$WORK/$tag.out" 2>/dev/null)"
}
PHONE_RUNS=0
declare -A PHONE_TAG

# register_phone EXT TONE: a SIPp phone registers as EXT (lib.sh) and an RTP party with TONE is
# its media from then on.
register_phone() {
  PHONE_PORT[$1]=$(free_port)
  register "$1" "${PHONE_PORT[$1]}"
  start_party "phone$1" "$2"
}

# phone_invite_from EXT NUMBER: every INVITE the phone's current SIPp run received shows NUMBER
# as the caller (From), as the phone's display would.
phone_invite_from() {
  local msg=$WORK/${PHONE_TAG[$1]}.msg froms
  froms=$(awk '/^INVITE /{inv=1} inv && /^From:/{print; inv=0}' "$msg")
  [ -n "$froms" ] || fail "phone $1 got no INVITE (see ${PHONE_TAG[$1]}.msg)"
  if echo "$froms" | grep -v -q "sip:$2@"; then
    fail "phone $1 was not shown the caller $2: $froms"
  fi
  note "phone $1 shows the caller $2"
}

# phone_log EXT: what the phone's current SIPp run logged (one line per step of each call).
phone_log() { cat "$WORK/${PHONE_TAG[$1]}-logs.log" 2>/dev/null || true; }

# wait_phone EXT WHAT: the phone's SIPp ends with all its calls successful (exit 0), within 60 s.
wait_phone() {
  local ext=$1 what=$2 pid=${SIPP_PID[$1]} rc=0
  _gone() { ! kill -0 "$1" 2>/dev/null; }
  await 60 "the SIPp phone $ext to finish ($what)" _gone "$pid"
  wait "$pid" || rc=$?
  [ $rc -eq 0 ] || fail "the SIPp phone $ext exited with $rc, expected: $what; see ${PHONE_TAG[$ext]}.msg; its log: $(phone_log "$ext")"
  note "phone $ext: $what"
}

# start_carrier [NUMBER]: the SIPp carrier (127.0.0.2, the demo trunk) calls NUMBER (95598, which
# rings 1001); its media is the RTP party "carrier" on 127.0.0.2. Sets CARRIER_PID, CARRIER_CID
# (its Call-ID), CARRIER_TAG.
start_carrier() {
  local number=${1:-95598}
  CARRIER_N=$((CARRIER_N + 1))
  CARRIER_TAG=carrier-$CARRIER_N
  CARRIER_SIP_PORT=$(free_port)
  CARRIER_CID="carrier-$TEST_NAME-$CARRIER_N@127.0.0.2"
  [ -n "${PARTY_PORT[carrier]:-}" ] || start_party carrier "$TONE_CARRIER" 127.0.0.2
  rm -f "$WORK/carrier.dest"
  (cd "$WORK" && exec timeout 280 sipp -sf "$SCENARIOS/carrier_party.xml" -i 127.0.0.2 -p "$CARRIER_SIP_PORT" -mp "$(free_port)" \
    -s "$number" -cid_str "carrier-$TEST_NAME-$CARRIER_N@%s" \
    -set rtp_port "${PARTY_PORT[carrier]}" -set dest_file "$WORK/carrier.dest" \
    "127.0.0.1:$SIP_PORT" -m 1 -nostdin -trace_err -trace_msg -trace_logs \
    -message_file "$CARRIER_TAG.msg" -error_file "$CARRIER_TAG-errors.log" -log_file "$CARRIER_TAG-logs.log" \
    >"$WORK/$CARRIER_TAG.out" 2>&1) &
  CHILDREN+=($!)
  CARRIER_PID=$!
}

# carrier_hangup: the caller hangs up. An INFO with the carrier's Call-ID, sent to its SIPp,
# tells it to send BYE (SIPp answers the INFO towards the server, its only peer: the test sees
# the INFO taken in the carrier's log).
carrier_hangup() {
  python3 - "$CARRIER_SIP_PORT" "$CARRIER_CID" <<'PY'
import socket, sys, time
port, cid = int(sys.argv[1]), sys.argv[2]
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0))
me = s.getsockname()[1]
msg = ("INFO sip:13800138000@127.0.0.2:%d SIP/2.0\r\n"
       "Via: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bK-hangup-%d\r\n"
       "From: <sip:test@127.0.0.1:%d>;tag=test\r\n"
       "To: <sip:13800138000@127.0.0.2:%d>\r\n"
       "Call-ID: %s\r\nCSeq: 1 INFO\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n"
       % (port, me, int(time.time() * 1000), me, port, cid)).encode()
s.sendto(msg, ("127.0.0.2", port))
PY
  _hanging_up() { grep -q "carrier: the caller hangs up" "$WORK/$CARRIER_TAG-logs.log"; }
  await 60 "the carrier SIPp to take the signal to hang up (INFO)" _hanging_up
  note "the carrier hangs up"
}

# wait_carrier HOW: the carrier's SIPp ends with its call successful; HOW is "the caller hangs
# up" or "BYE from the server", as its log must say.
wait_carrier() {
  local how=$1 rc=0
  _gone() { ! kill -0 "$1" 2>/dev/null; }
  await 60 "the SIPp carrier to finish ($how)" _gone "$CARRIER_PID"
  wait "$CARRIER_PID" || rc=$?
  [ $rc -eq 0 ] || fail "the SIPp carrier exited with $rc ($how expected); see $CARRIER_TAG.msg"
  grep -q "carrier: $how" "$WORK/$CARRIER_TAG-logs.log" \
    || fail "the carrier's call did not end with '$how': $(cat "$WORK/$CARRIER_TAG-logs.log")"
  note "carrier: $how"
}

# The call's events as seen in a watch file (default $WATCH: 1001's).
# latest_call FILE: the id of the last call seen.
latest_call() { python3 "$TEL_DIR/events.py" call-ids "${1:-$WATCH}" | tail -n 1; }
# call_state ID [FILE]: its latest state.
call_state() {
  python3 "$TEL_DIR/events.py" calls "${2:-$WATCH}" | awk -v id="$1" '$1 == id {s = $2} END {print s}'
}
state_is() { [ "$(call_state "$1" "${3:-$WATCH}")" = "$2" ]; }
# call_legs ID [FILE]: its latest legs (party:number:state,...).
call_legs() {
  python3 "$TEL_DIR/events.py" calls "${2:-$WATCH}" | awk -v id="$1" '$1 == id {s = $NF} END {print s}'
}
legs_have() { call_legs "$1" "${3:-$WATCH}" | tr ',' '\n' | grep -qx "$2"; }
# call_states ID [FILE]: its states in order, repeats folded ("setup talking ... ended").
call_states() {
  python3 "$TEL_DIR/events.py" calls "${2:-$WATCH}" | awk -v id="$1" '$1 == id {print $2}' | uniq | tr '\n' ' ' \
    | sed 's/ $//'
}
show_call() { python3 "$TEL_DIR/events.py" calls "${2:-$WATCH}" | awk -v id="$1" '$1 == id'; }

# await_call_state ID STATE: within 60 s.
await_call_state() {
  await 60 "call $1 $2 (now: $(call_state "$1"))" state_is "$1" "$2"
}

# expect_states ID "S1 S2 ...": the states in order (repeats folded) contain this sequence.
expect_states() {
  local got
  got=$(call_states "$1")
  case " $got " in
    *" $2 "*) note "call $1 states: $got" ;;
    *) fail "call $1 went through '$got', expected '$2' in that order; events:"$'\n'"$(show_call "$1")" ;;
  esac
}

# new_call: waits for the carrier's call to appear in the watch (a call id not seen before);
# sets CALL_ID.
new_call() {
  local before=${CALL_ID:-none}
  _new() { local c; c=$(latest_call); [ -n "$c" ] && [ "$c" != "$1" ]; }
  await 60 "a new call in 1001's watch" _new "$before"
  CALL_ID=$(latest_call)
  note "call $CALL_ID"
}

# record ID: the call's row (direction|caller|callee|answered|ended|end_reason|hangup_by|agent).
record() {
  sqlite3 "$DATA/cti.sqlite" "SELECT c.direction, c.caller, c.callee, c.answered_ms > 0, c.ended_ms > 0,
    c.end_reason, c.hangup_by, coalesce(u.login, '') FROM calls c LEFT JOIN users u ON u.user_id = c.agent_id
    WHERE c.call_id = $1"
}
# await_record ID PATTERN: the row matches the (grep -E) PATTERN within 60 s.
await_record() {
  _rec() { record "$1" | grep -Eqx "$2"; }
  await 60 "call $1's record to match '$2' (now: $(record "$1"))" _rec "$1" "$2"
  note "call $1 record: $(record "$1")"
}

# refused LOGIN WHAT MESSAGE ARGS...: cti-cli as LOGIN with ARGS exits 5 (a server error) and
# prints MESSAGE (a substring) on stderr.
refused() {
  local login=$1 what=$2 msg=$3 rc=0 out
  shift 3
  out=$(cli "$login" "$@" 2>&1) || rc=$?
  [ $rc -eq 5 ] || fail "$what: cti-cli $* as $login exited with $rc (expected 5, refused): $out"
  case "$out" in
    *"$msg"*) note "$what: refused (exit 5): $out" ;;
    *) fail "$what: cti-cli $* as $login said '$out', expected '$msg'" ;;
  esac
}

# campaign_figures ID KEY...: campaign ID's state and the figures named (0 when absent: proto3
# leaves zeros out), one line, as the team leader's ListCampaigns shows them.
campaign_figures() {
  local id=$1 out
  shift
  out=$(cli leader campaigns) || fail "campaigns: $out"
  echo "$out" | python3 -c '
import json, sys
for c in json.load(sys.stdin)["list_campaigns_ok"]["campaigns"]:
    if c["campaign_id"] == sys.argv[1]:
        print(c["state"], *(c["figures"].get(k, "0") for k in sys.argv[2:]))' "$id" "$@"
}

# start_callees CALLS [SCENARIO]: the called people of outbound calls, SIPp behind the demo trunk
# (127.0.0.1:5090) with callee_mixed.xml (what a number does is its last digit; see the
# scenario), their media the RTP party "customer"; takes CALLS calls, then exits. SCENARIO: another
# scenario file in its place. Sets CALLEES_PID; returns once SIPp listens.
start_callees() {
  [ -n "${PARTY_PORT[customer]:-}" ] || start_party customer "$TONE_CARRIER"
  (cd "$WORK" && exec timeout 200 sipp -sf "${2:-$SCENARIOS/callee_mixed.xml}" -i 127.0.0.1 -p 5090 -mp "$(free_port)" \
    -set rtp_port "${PARTY_PORT[customer]}" -set dest_file "$WORK/customer.dest" -m "$1" -nostdin \
    -trace_err -trace_msg -trace_logs -message_file callees.msg -error_file callees-errors.log \
    -log_file callees-logs.log >"$WORK/callees.out" 2>&1) &
  CHILDREN+=($!)
  CALLEES_PID=$!
  _listening() {
    kill -0 "$CALLEES_PID" 2>/dev/null \
      || fail "the SIPp callees did not start (127.0.0.1:5090 taken?): $(cat "$WORK/callees-errors.log" 2>/dev/null)"
    # SIPp runs under timeout(1): the socket is its child's.
    local sipp_pid
    sipp_pid=$(pgrep -P "$CALLEES_PID" sipp) || return 1
    ss -lunp | grep -q "127.0.0.1:5090 .*pid=$sipp_pid,"
  }
  await 30 "the SIPp callees to listen on 127.0.0.1:5090" _listening
}

# wait_callees WHAT: the callees' SIPp ends with all its calls successful, within 90 s.
wait_callees() {
  local rc=0
  _gone() { ! kill -0 "$1" 2>/dev/null; }
  await 90 "the callees' SIPp to finish ($1)" _gone "$CALLEES_PID"
  wait "$CALLEES_PID" || rc=$?
  [ $rc -eq 0 ] || fail "the callees' SIPp exited with $rc; its log: $(cat "$WORK/callees-logs.log")"
  note "callees: $(grep -c ': answered' "$WORK/callees-logs.log" || true) answered, $(grep -c ': busy' "$WORK/callees-logs.log" || true) busy, $(grep -c ': no answer' "$WORK/callees-logs.log" || true) not answered, $(grep -c ': machine greeting' "$WORK/callees-logs.log" || true) machine greetings, $(grep -c ': person speaks' "$WORK/callees-logs.log" || true) persons speaking"
}

# step NAME SECONDS: a desktop end-to-end test (its pid in DESKTOP_PID, its output in
# $WORK/desktop.out) reached NAME: it writes the file $WORK/NAME. Fails at once if it ended.
step() {
  local end=$((SECONDS + $2))
  until [ -e "$WORK/$1" ]; do
    kill -0 "$DESKTOP_PID" 2>/dev/null || fail "the desktop test ended before '$1': $(tail -n 60 "$WORK/desktop.out")"
    [ $SECONDS -lt $end ] || fail "timed out after $2 s waiting for the desktop to reach '$1'"
    sleep 0.2
  done
  note "desktop: $1"
}

# queue_waiting N [WATCH]: the last status of the queue 热线总队列 in the watch says N callers wait.
queue_waiting() {
  python3 - "${2:-$WATCH}" "$1" <<'PY'
import json, sys
want = int(sys.argv[2]); seen = None
for line in open(sys.argv[1], encoding="utf-8"):
    try: ev = json.loads(line).get("event", {})
    except ValueError: continue
    q = ev.get("queue")
    if isinstance(q, dict) and q.get("name") == "热线总队列":
        seen = int(q.get("waiting", 0))
sys.exit(0 if seen == want else 1)
PY
}

# agent_states USER_ID [WATCH]: the states agent USER_ID's events went through, in order.
agent_states() {
  python3 - "${2:-$WATCH}" "$1" <<'PY'
import json, sys
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    try: a = json.loads(line).get("event", {}).get("agent")
    except (ValueError, AttributeError): continue
    if isinstance(a, dict) and str(a.get("user_id")) == sys.argv[2]:
        if not out or out[-1] != a.get("state"): out.append(a.get("state"))
print(" ".join(s for s in out if s))
PY
}

# await_row WHAT EXPECTED QUERY: the query on the server's database gives EXPECTED within 30 s
# (what the server writes after a hang-up reaches the disk a little later than the peer saw it).
await_row() {
  local what=$1 want=$2 query=$3
  _row_is() { [ "$(sqlite3 "$DATA/cti.sqlite" "$2")" = "$1" ]; }
  await 30 "$what to be '$want' (now: $(sqlite3 "$DATA/cti.sqlite" "$query"))" _row_is "$want" "$query"
}

# agent_triggers USER_ID: the triggers of the user's persisted agent.state events, in order.
agent_triggers() {
  sqlite3 "$DATA/cti.sqlite" "SELECT group_concat(json_extract(detail, '$.trigger'), ' ') FROM
    (SELECT detail FROM event_log WHERE kind = 'agent.state' AND user_id = $1 ORDER BY event_id)"
}

# restart_with_wrap_up LOGIN SECONDS: the server stopped, LOGIN's after-call work set to SECONDS
# in the database (agent_settings), the server started again on the same data folder.
restart_with_wrap_up() {
  stop_server
  python3 - "$DATA/cti.sqlite" "$1" "$2" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
with con:
    (uid,) = con.execute("SELECT user_id FROM users WHERE login = ?", (sys.argv[2],)).fetchone()
    con.execute("INSERT INTO agent_settings (user_id, wrap_up_s) VALUES (?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET wrap_up_s = excluded.wrap_up_s", (uid, int(sys.argv[3])))
PY
  rm -f "$WORK/ready.json"  # the second start writes its own
  start_server
}
