#!/usr/bin/env bash
# SRTP to an agent phone: extension 1001 has sip_extensions.srtp = 'required' (set in the database
# between a first start that seeds the demo and the real one); baresip registers as 1001 with
# mediaenc=srtp-mand (its srtp module: SDES, RFC 4568) and answers automatically; a SIPp carrier
# (127.0.0.2, plain RTP) calls 95598 and plays a 440 Hz tone. Checks: the server's INVITE to
# baresip offers RTP/SAVP with an a=crypto line while the carrier's leg stays RTP/AVP; baresip
# (which drops anything that is not SRTP) hears the tone; its RFC 4733 digits, sent as SRTP, reach
# the agent's desktop; baresip hangs up and the carrier gets the BYE; a clean server stop.
# usage: srtp_call_test.sh CTI_SERVER CTI_CLI
set -euo pipefail
SERVER=$1
CLI=$2
source "$(dirname "$0")/lib.sh"

# The first start seeds the demo call center; the policy is read when the server starts.
start_server
stop_server
sqlite3 "$DATA/cti.sqlite" "UPDATE sip_extensions SET srtp='required' WHERE extension='1001'"
[ "$(sqlite3 "$DATA/cti.sqlite" "SELECT srtp FROM sip_extensions WHERE extension='1001'")" = required ] \
  || fail "could not set srtp='required' for 1001"
note "extension 1001: srtp = required"
rm -f "$WORK/ready.json"  # start_server waits for a new one
start_server
start_watch 1001 "$WORK/watch.jsonl"

# baresip as in start_baresip (lib.sh), with its srtp module, SRTP mandatory on the account and
# SIP messages traced into baresip.log (-s).
start_baresip_srtp() {
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
      -e "s|^module[[:space:]]*g711.so|&\nmodule\t\t\tsrtp.so|" \
      "$TEL_DIR/baresip/config.in" >"$dir/config"
  grep -q "srtp.so" "$dir/config" || fail "could not add the srtp module to baresip's config"
  sed -e "s|@EXTENSION@|$ext|" -e "s|@SERVER@|127.0.0.1:$SIP_PORT|" -e "s|@PASSWORD@|$(sip_password "$ext")|" \
      -e 's|$|;mediaenc=srtp-mand|' "$TEL_DIR/baresip/accounts.in" >"$dir/accounts"
  : >"$dir/contacts"
  baresip -s -f "$dir" </dev/null >"$WORK/baresip.log" 2>&1 &
  CHILDREN+=($!)
  BARESIP_PID=$!
  await 60 "baresip as $ext registered (supervisor's snapshot)" phone_registered "$ext"
  note "baresip (srtp-mand) registered as $ext from 127.0.0.1:$sip_port"
}
start_baresip_srtp 1001

# 60 s of 440 Hz as PCMU RTP for the carrier to play.
sox -n -r 8000 -c 1 -e u-law -t raw "$WORK/tone.ul" synth 60 sine 440 vol 0.5
python3 "$TEL_DIR/make_pcap.py" "$WORK/tone.ul" "$WORK/tone.pcap" --pt 0
sed -e "s|@AUDIO_PCAP@|$WORK/tone.pcap|" "$SCENARIOS/carrier_tone.xml" >"$WORK/carrier.xml"
CARRIER_PORT=$(free_port)
CARRIER_MEDIA=$(free_port)
(cd "$WORK" && exec timeout 180 sipp -sf carrier.xml -i 127.0.0.2 -p "$CARRIER_PORT" -mp "$CARRIER_MEDIA" -s 95598 \
  "127.0.0.1:$SIP_PORT" -m 1 -nostdin -trace_err -trace_msg \
  -message_file carrier.msg -error_file carrier-errors.log >"$WORK/carrier.out" 2>&1) &
CHILDREN+=($!)
CARRIER_PID=$!

talking() { python3 "$TEL_DIR/events.py" has-state "$WORK/watch.jsonl" talking; }
await 60 "baresip to answer the call (talking in 1001's watch)" talking
CALL_ID=$(python3 "$TEL_DIR/events.py" call-ids "$WORK/watch.jsonl" | head -n 1)
note "call $CALL_ID answered by baresip"
grep -q "Call established" "$WORK/baresip.log" || await 30 "baresip: Call established" grep -q "Call established" "$WORK/baresip.log"

# The SDP the server sent to baresip (its SIP trace) is RTP/SAVP with one of our suites and a key.
grep -Eq "^m=audio [0-9]+ RTP/SAVP " "$WORK/baresip.log" || fail "no RTP/SAVP m= line in the SIP baresip saw"
grep -Eq "^a=crypto:[0-9]+ AES_CM_128_HMAC_SHA1_(80|32) inline:[A-Za-z0-9+/]{40}" "$WORK/baresip.log" \
  || fail "no a=crypto line with an AES_CM_128 suite and a 30-byte key in the SIP baresip saw"
grep -Eq "^m=audio [0-9]+ RTP/AVP " "$WORK/baresip.log" && fail "baresip saw an RTP/AVP (plain) m= line"
note "server -> baresip: $(grep -E '^m=audio' "$WORK/baresip.log" | sort -u | tr '\n' ' ')"
# The carrier's leg stays plain: the server answered it RTP/AVP without a=crypto.
await 30 "the carrier's trace of the server's 200 OK" grep -q "SIP/2.0 200" "$WORK/carrier.msg"
grep -Eq "m=audio [0-9]+ RTP/AVP " "$WORK/carrier.msg" || fail "the server did not answer the carrier RTP/AVP"
grep -q "a=crypto" "$WORK/carrier.msg" && fail "the server sent a=crypto to the trunk"
note "server -> carrier: plain RTP/AVP"

# The agent presses 1 2 3 # (RFC 4733 inside SRTP) and hangs up; what baresip heard through
# SRTP must be loud and the carrier's 440 Hz: baresip's srtp module drops packets that do not
# authenticate, so plain RTP from the server would leave it silent.
baresip_keys_and_hangs_up "$CALL_ID"
assert_baresip_heard_tone

await 60 "the call's ended event in 1001's watch" python3 "$TEL_DIR/events.py" has-state "$WORK/watch.jsonl" ended
kill "$WATCH_PID" 2>/dev/null || true

# 1001 offering plain RTP (a SIPp phone with its credentials, RTP/AVP) is refused 488 once
# authenticated: SIPp expects a 200, so it fails, and its trace holds the 488 with our Warning.
PHONE_PORT=$(free_port)
rc=0
(cd "$WORK" && timeout 60 sipp -sf "$TEL_DIR/../../server/sip/scenarios/uac_call_auth.xml" -i 127.0.0.1 \
  -p "$PHONE_PORT" -s 1002 -au 1001 -ap "$(sip_password 1001)" -key caller 1001 "127.0.0.1:$SIP_PORT" \
  -m 1 -nostdin -trace_msg -message_file plain-1001.msg >"$WORK/plain-1001.out" 2>&1) || rc=$?
[ $rc -ne 0 ] || fail "a plain RTP/AVP INVITE from 1001 (srtp required) was accepted"
grep -q "SIP/2.0 407" "$WORK/plain-1001.msg" || fail "the plain INVITE from 1001 was not challenged first (407)"
grep -q "SIP/2.0 488" "$WORK/plain-1001.msg" || fail "the plain INVITE from 1001 was not refused 488"
grep -q "SRTP required" "$WORK/plain-1001.msg" || fail "the 488 does not say SRTP is required (Warning)"
note "plain RTP/AVP INVITE from 1001: 407, then 488 (SRTP required)"

kill "$BARESIP_PID" 2>/dev/null || true
stop_server
echo "srtp_call_test: all checks passed"
