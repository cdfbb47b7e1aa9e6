#!/usr/bin/env bash
# Fax on demand from the IVR: the administrator saves a version of the demo flow whose first
# node is `fax` with the document price.tif (a 2-page TIFF-F put in <data>/fax/documents). The
# SIPp carrier (127.0.0.2) calls 95566; its media is fax_peer on 127.0.0.2 in receive mode (a fax
# machine whose Start key was pressed: it answers the server's tones). The server sends the
# document on the same call and hangs up: a faxes row (send, done, 2 pages, the call attached,
# the caller's number), the pages fax_peer received equal the document's, and the BYE comes from
# the server. A flow whose fax node names no document is refused at save time.
# usage: fax_ivr_test.sh CTI_SERVER CTI_CLI FAX_PEER
set -euo pipefail
SERVER=$1
CLI=$2
FAX_PEER=$3
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

db() { sqlite3 "$DATA/cti.sqlite" "$1"; }

start_server
cat >"$WORK/bad.json" <<'JSON'
{"name": "demo_utility_hotline", "version": 1, "start": "send",
 "nodes": [{"id": "send", "type": "fax"}]}
JSON
if OUT=$(cli admin save-flow "$WORK/bad.json" 2>&1); then fail "a fax node without a document was saved: $OUT"; fi
[[ "$OUT" == *"document"* ]] || fail "the refusal does not name the document: $OUT"
note "a fax node without a document is refused: $OUT"
"$FAX_PEER" make "$DATA/fax/documents/price.tif" --pages 2 --rows 200 || fail "fax_peer could not write the document"
cat >"$WORK/flow.json" <<'JSON'
{"name": "demo_utility_hotline", "version": 1, "start": "send",
 "nodes": [{"id": "send", "type": "fax", "document": "price.tif"}]}
JSON
OUT=$(cli admin save-flow "$WORK/flow.json") || fail "save-flow: $OUT"

"$FAX_PEER" run --role receive --ip 127.0.0.2 --file "$WORK/received.tif" --port-file "$WORK/fax.port" \
  --result "$WORK/fax-result.json" --seconds 240 >"$WORK/fax_peer.out" 2>&1 &
FAX_PID=$!
CHILDREN+=($FAX_PID)
await 10 "fax_peer to bind its port" test -s "$WORK/fax.port"
PARTY_PORT[carrier]=$(cat "$WORK/fax.port")
STARTED=$SECONDS
start_carrier 95566
sent() { [ "$(db "SELECT direction || '|' || state || '|' || pages FROM faxes")" = "send|done|2" ]; }
await 200 "the document faxed to the caller" sent
note "faxed on demand after $((SECONDS - STARTED)) s: $(db "SELECT fax_id, number, call_id, path FROM faxes")"
wait_carrier "BYE from the server"
_gone() { ! kill -0 "$1" 2>/dev/null; }
await 30 "fax_peer to finish" _gone "$FAX_PID"
rc=0
wait "$FAX_PID" || rc=$?
[ $rc -eq 0 ] || fail "fax_peer exited with $rc: $(cat "$WORK/fax-result.json" 2>/dev/null) $(cat "$WORK/fax_peer.out")"
OUT=$("$FAX_PEER" compare "$DATA/fax/documents/price.tif" "$WORK/received.tif" 2>&1) || fail "the pages differ: $OUT"
note "the caller's fax machine received the document row for row: $OUT"
CALL=$(db "SELECT call_id FROM faxes")
await_row "the call's record" "fax completed|95566" "SELECT end_reason, callee FROM calls WHERE call_id = $CALL"
[ "$(db "SELECT path FROM faxes")" = "fax/documents/price.tif" ] || fail "the fax's path: $(db "SELECT path FROM faxes")"
stop_server
note "PASS"
