#!/usr/bin/env bash
# A fax received by the server: 96800 is a fax number here (fax.receive_numbers). The SIPp
# carrier (127.0.0.2, the demo trunk) calls it, its media fax_peer on 127.0.0.2 sending a 2-page
# TIFF-F as the calling station (an independent spandsp terminal over its own RTP socket). The
# server answers, receives into <data>/fax/<yyyymmdd>/call-<id>.tif and hangs up after T.30's
# phase E; the faxes row says received, 2 pages, attached to the call, the received file's pages
# equal the document's row for row, and agent 1001's desktop saw Event.fax.
# usage: fax_receive_test.sh CTI_SERVER CTI_CLI FAX_PEER
set -euo pipefail
SERVER=$1
CLI=$2
FAX_PEER=$3
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

db() { sqlite3 "$DATA/cti.sqlite" "$1"; }

start_server $'[fax]\nreceive_numbers = "96800"'
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
"$FAX_PEER" make "$WORK/document.tif" --pages 2 --rows 200 || fail "fax_peer could not write the document"
"$FAX_PEER" run --role send --calling --ip 127.0.0.2 --file "$WORK/document.tif" --port-file "$WORK/fax.port" \
  --result "$WORK/fax-result.json" --seconds 240 >"$WORK/fax_peer.out" 2>&1 &
FAX_PID=$!
CHILDREN+=($FAX_PID)
await 10 "fax_peer to bind its port" test -s "$WORK/fax.port"
PARTY_PORT[carrier]=$(cat "$WORK/fax.port")

STARTED=$SECONDS
start_carrier 96800
received() { [ "$(db "SELECT state || '|' || pages || '|' || direction FROM faxes")" = "received|2|receive" ]; }
await 200 "the fax received with 2 pages" received
note "received after $((SECONDS - STARTED)) s: $(db "SELECT fax_id, number, call_id, path FROM faxes")"
wait_carrier "BYE from the server"
_gone() { ! kill -0 "$1" 2>/dev/null; }
await 30 "fax_peer to finish" _gone "$FAX_PID"
rc=0
wait "$FAX_PID" || rc=$?
[ $rc -eq 0 ] || fail "fax_peer exited with $rc: $(cat "$WORK/fax-result.json" 2>/dev/null) $(cat "$WORK/fax_peer.out")"

CALL=$(db "SELECT call_id FROM faxes")
await_row "the fax call's record" "1|fax completed|96800" "SELECT answered_ms > 0, end_reason, callee FROM calls WHERE call_id = $CALL"
PATH_REL=$(db "SELECT path FROM faxes")
[[ "$PATH_REL" =~ ^fax/[0-9]{8}/call-$CALL\.tif$ ]] || fail "the received file's path: $PATH_REL"
OUT=$("$FAX_PEER" compare "$WORK/document.tif" "$DATA/$PATH_REL" 2>&1) || fail "the pages differ: $OUT"
note "the received TIFF equals the document row for row: $OUT"
OUT=$(cli 1001 faxes --direction receive) || fail "faxes: $OUT"
[[ "$OUT" == *'"state":"received"'* ]] || fail "faxes: $OUT"
seen() { grep -q '"fax".*"state":"received"' "$WATCH"; }
await 10 "1001's desktop to see the fax received" seen
stop_server
note "PASS"
