# Shared by the telephony tests (sourced): a work folder, child processes killed on exit, the
# server started with its own data folder, deadline loops, and the cti-cli and SIPp helpers.
# Set CTI_KEEP_WORK=1 to keep the work folder (logs, SIPp traces) after the run.
TEL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SCENARIOS=$TEL_DIR/scenarios
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cti-telephony.XXXXXX")
CHILDREN=()
SERVER_PID=""
TEST_NAME=$(basename "$0" .sh)

cleanup() {
  local rc=$?
  local p
  for p in "${CHILDREN[@]}" $SERVER_PID; do kill "$p" 2>/dev/null || true; done
  sleep 0.3
  for p in "${CHILDREN[@]}" $SERVER_PID; do kill -9 "$p" 2>/dev/null || true; done
  if [ -n "${CTI_KEEP_WORK:-}" ] || [ $rc -ne 0 ]; then
    echo "$TEST_NAME: work folder kept: $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

# Prints the end of every log in the work folder, then FAIL and the reason; exits 1.
fail() {
  local f
  for f in "$WORK"/server.log "$WORK"/*errors.log "$WORK"/*.out "$WORK"/baresip.log; do
    [ -s "$f" ] || continue
    echo "----- $(basename "$f") (last 40 lines)" >&2
    tail -n 40 "$f" | cut -c1-400 >&2
  done
  echo "FAIL: $TEST_NAME: $*" >&2
  exit 1
}
note() { echo "$TEST_NAME: $*"; }

# await SECONDS DESCRIPTION COMMAND...: runs COMMAND every 0.2 s until it succeeds; fails after
# SECONDS, or at once if the server has exited.
await() {
  local secs=$1 what=$2
  shift 2
  local end=$((SECONDS + secs))
  while [ $SECONDS -lt $end ]; do
    "$@" >/dev/null 2>&1 && return 0
    if [ -n "$SERVER_PID" ] && ! kill -0 "$SERVER_PID" 2>/dev/null; then
      fail "cti-server exited while waiting for: $what"
    fi
    sleep 0.2
  done
  fail "timed out after ${secs}s waiting for: $what"
}

# A free UDP port on 127.0.0.1 with the next three free too (SIPp takes media port and +2);
# from below the kernel's ephemeral range, so no outgoing socket takes it meanwhile. Ports handed
# out before in this test are never handed out again: a phone's SIP port is free for a moment
# between two SIPp runs, and a media port drawn then would collide with it (seen in CI).
free_port() { python3 "$TEL_DIR/free_port.py" ${WORK:+"$WORK/.ports-handed"}; }

# start_server [EXTRA_TOML]: cti-server with the demo call center in $WORK/data, SIP and media
# advertised as 127.0.0.1 (RTP ports: a slice of its own per test script, see below); the extra
# TOML goes into the [sip] section; sets DATA, GW_PORT, HTTP_PORT, SIP_PORT.
start_server() {
  DATA=$WORK/data
  # Each test script gets its own slice of RTP ports (41 slices of 1,000 from 20000, by the hash of
  # its name; a few scripts share one): a server that frees a port must not hand it to
  # another test's call while the first test's party still sends to it (symmetric RTP would latch
  # onto that stray stream).
  # Slots 10 and 11 (30000-31999) are skipped: the media and SIP unit tests bind there (their
  # engines' range, a SIPp caller's fixed media port) and run beside these scripts under ctest -j.
  local slot=$(( $(printf %s "$TEST_NAME" | cksum | cut -d' ' -f1) % 41 ))
  (( slot < 10 )) || slot=$(( slot + 2 ))
  local rtp_min=$(( 20000 + slot * 1000 ))
  cat >"$WORK/server.toml" <<TOML
[log]
level = "${CTI_TEST_LOG_LEVEL:-info}"
[media]
rtp_port_min = $rtp_min
rtp_port_max = $(( rtp_min + 998 ))
prompts_at_start = ${CTI_TEST_PROMPTS_AT_START:-false}
[sip]
advertised_address = "127.0.0.1"
${1:-}
TOML
  "$SERVER" --config "$WORK/server.toml" --data "$DATA" --seed-demo --gateway-port 0 --http-port 0 \
    --sip-port 0 --ready-file "$WORK/ready.json" >"$WORK/server.out" 2>"$WORK/server.log" &
  SERVER_PID=$!
  await 60 "cti-server ready file" test -s "$WORK/ready.json"
  GW_PORT=$(sed -E 's/.*"gateway_port":([0-9]+).*/\1/' "$WORK/ready.json")
  HTTP_PORT=$(sed -E 's/.*"http_port":([0-9]+).*/\1/' "$WORK/ready.json")
  SIP_PORT=$(sed -E 's/.*"sip_port":([0-9]+).*/\1/' "$WORK/ready.json")
  [ -n "$SIP_PORT" ] && [ "$SIP_PORT" != 0 ] || fail "no SIP port in the ready file: $(cat "$WORK/ready.json")"
  note "server pid $SERVER_PID: gateway $GW_PORT, http $HTTP_PORT, sip $SIP_PORT"
}

# SIGTERM; the server must stop cleanly (exit 0: under ASan also no leak or error report).
stop_server() {
  kill -TERM "$SERVER_PID"
  local rc=0
  wait "$SERVER_PID" || rc=$?
  SERVER_PID=""
  [ $rc -eq 0 ] || fail "cti-server exited with $rc on SIGTERM"
}

# cli LOGIN ARGS...: cti-cli as a demo user.
cli() {
  local login=$1
  shift
  "$CLI" --server "127.0.0.1:$GW_PORT" --ca "$DATA/tls/server.crt" --user "$login" \
    --password-file "$DATA/demo/$login.password" "$@"
}

sip_password() { cat "$DATA/demo/sip-$1.password"; }

# phone_registered EXT: the supervisor's snapshot shows the agent's phone registered.
phone_registered() {
  cli supervisor snapshot --fresh | python3 "$TEL_DIR/events.py" registered "$1"
}

# start_watch LOGIN FILE: cti-cli watch in the background, until the snapshot line is out.
start_watch() {
  cli "$1" watch --for-ms 600000 >"$2" 2>"$2.err" &
  CHILDREN+=($!)
  WATCH_PID=$!
  await 60 "cti-cli watch as $1 to print its snapshot" test -s "$2"
}

# register EXT PORT: a SIPp phone registers (401 challenge, digest answer, 200) from
# 127.0.0.1:PORT, then the server must show it registered.
register() {
  local ext=$1 port=$2 rc=0
  (cd "$WORK" && timeout 60 sipp -sf "$SCENARIOS/register.xml" -i 127.0.0.1 -p "$port" -s "$ext" \
    -au "$ext" -ap "$(sip_password "$ext")" "127.0.0.1:$SIP_PORT" -m 1 -nostdin \
    -trace_err -trace_msg -message_file "register-$ext.msg" -error_file "register-$ext-errors.log" \
    >"$WORK/register-$ext.out" 2>&1) || rc=$?
  [ $rc -eq 0 ] || fail "SIPp REGISTER as $ext exited with $rc (expected 401 then 200)"
  await 60 "agent $ext phoneRegistered true in the supervisor's snapshot" phone_registered "$ext"
  note "extension $ext registered from 127.0.0.1:$port"
}

# start_baresip EXT: baresip as the agent phone EXT (config from baresip/*.in), registering to the
# server, answering calls at once (answermode=auto), playing a 600 Hz tone as its microphone and
# recording what it hears and sends to $WORK/baresip-snd (sndfile). Sets BARESIP_CONS (UDP console
# port) and waits until the server shows the phone registered.
start_baresip() {
  local ext=$1 dir=$WORK/baresip
  mkdir -p "$dir" "$WORK/baresip-snd"
  sox -n -r 8000 -c 1 -b 16 "$WORK/mic.wav" synth 120 sine 600 vol 0.3
  local sip_port rtp_port ctrl_port
  sip_port=$(free_port)
  rtp_port=$(free_port)
  BARESIP_CONS=$(free_port)
  ctrl_port=$((BARESIP_CONS + 1))
  sed -e "s|@SIP_PORT@|$sip_port|" -e "s|@AUDIO_SOURCE@|$WORK/mic.wav|" \
      -e "s|@RTP_PORTS@|$rtp_port-$((rtp_port + 3))|" -e "s|@CONS_PORT@|$BARESIP_CONS|" \
      -e "s|@CTRL_PORT@|$ctrl_port|" -e "s|@SND_PATH@|$WORK/baresip-snd|" \
      "$TEL_DIR/baresip/config.in" >"$dir/config"
  sed -e "s|@EXTENSION@|$ext|" -e "s|@SERVER@|127.0.0.1:$SIP_PORT|" -e "s|@PASSWORD@|$(sip_password "$ext")|" \
      "$TEL_DIR/baresip/accounts.in" >"$dir/accounts"
  : >"$dir/contacts"
  baresip -f "$dir" </dev/null >"$WORK/baresip.log" 2>&1 &
  CHILDREN+=($!)
  BARESIP_PID=$!
  await 60 "baresip as $ext registered (supervisor's snapshot)" phone_registered "$ext"
  note "baresip registered as $ext from 127.0.0.1:$sip_port"
}

# baresip_keys_and_hangs_up CALL_ID: baresip (the agent phone 1001) keys 1 2 3 #, which 1001's
# watch must show for the call, then hangs up; the SIPp carrier ($CARRIER_PID) must get the BYE.
baresip_keys_and_hangs_up() {
  local call=$1
  sleep 3  # let the caller's tone play a while first
  baresip_cmd "/sndcode 123#"
  digits() { [ "$(python3 "$TEL_DIR/events.py" digits "$WORK/watch.jsonl" "$call")" = "123#" ]; }
  await 60 "DTMF 1 2 3 # in 1001's watch" digits
  note "DTMF seen by 1001: $(python3 "$TEL_DIR/events.py" digits "$WORK/watch.jsonl" "$call")"
  sleep 1
  baresip_cmd "/hangup"
  local rc=0
  wait "$CARRIER_PID" || rc=$?
  [ $rc -eq 0 ] || fail "the SIPp carrier exited with $rc (it should receive the BYE); see carrier.msg"
  note "carrier got the BYE"
}

# assert_baresip_heard_tone: what baresip recorded is loud and the carrier's 440 Hz.
assert_baresip_heard_tone() {
  await 30 "baresip's recording of the call" test -n "$(dec_wav)"
  sleep 1
  local wav stat rms freq len
  wav=$(dec_wav)
  stat=$(sox "$wav" -n stat 2>&1)
  rms=$(echo "$stat" | sed -n -E 's/^RMS +amplitude: +([0-9.]+).*/\1/p')
  freq=$(echo "$stat" | sed -n -E 's/^Rough +frequency: +([0-9]+).*/\1/p')
  len=$(echo "$stat" | sed -n -E 's/^Length \(seconds\): +([0-9.]+).*/\1/p')
  note "baresip heard: $len s, RMS amplitude $rms, rough frequency $freq Hz ($wav)"
  python3 -c "import sys; sys.exit(0 if float('$rms') > 0.05 else 1)" || fail "baresip heard silence (RMS $rms): $stat"
  [ "$freq" -ge 380 ] && [ "$freq" -le 500 ] || fail "baresip did not hear the 440 Hz tone (rough frequency $freq Hz)"
}

# baresip_cmd COMMAND: a command to baresip's UDP console, e.g. "/sndcode 123#".
baresip_cmd() {
  kill -0 "$BARESIP_PID" 2>/dev/null || fail "baresip is gone (before: $1)"
  printf '%s\n' "$1" >"/dev/udp/127.0.0.1/$BARESIP_CONS"
}

# dec_wav: the file in which sndfile recorded what baresip heard (the last call's).
dec_wav() { ls -t "$WORK"/baresip-snd/*-dec.wav 2>/dev/null | head -n 1; }
