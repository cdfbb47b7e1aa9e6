#!/usr/bin/env bash
# A fax sent by the server to an independent spandsp receiver over real RTP (fax_peer: its own
# T.30 terminal, libtiff and UDP socket, none of the server's media code). Agent 1001 uploads a
# 2-page TIFF-F with `cti-cli fax-send 13800138001`; the number is behind the demo trunk
# (127.0.0.1:5090). The first call finds the line busy (callee_busy.xml): the fax stays queued
# with "486 Busy Here" and its attempt counted. After the retry wait (3 s here) the second call is
# answered (callee_mixed.xml, its SDP pointing at fax_peer's port): T.30 runs, the fax is done with
# 2 pages on attempt 2, the received TIFF holds the same rows as the document page for page, and
# 1001's desktop saw the fax change (Event.fax). A file that is neither TIFF nor PDF, and a TIFF
# T.30 cannot send, are refused with a clear error and nothing is queued.
# usage: fax_send_test.sh CTI_SERVER CTI_CLI FAX_PEER
set -euo pipefail
SERVER=$1
CLI=$2
FAX_PEER=$3
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/call_lib.sh"

db() { sqlite3 "$DATA/cti.sqlite" "$1"; }

start_server $'[fax]\nmax_attempts = 4\nretry_s = 3'
WATCH=$WORK/watch-1001.jsonl
start_watch 1001 "$WATCH"
"$FAX_PEER" make "$WORK/document.tif" --pages 2 --rows 200 || fail "fax_peer could not write the document"

# Refusals first: nothing may be queued by them.
echo "just some text, not a fax" >"$WORK/notes.txt"
if OUT=$(cli 1001 fax-send 13800138001 "$WORK/notes.txt" 2>&1); then fail "a text file was accepted: $OUT"; fi
[[ "$OUT" == *"neither a TIFF nor a PDF"* ]] || fail "the refusal of a text file does not say why: $OUT"
note "a text file is refused: $OUT"
printf 'II*\0garbage' >"$WORK/broken.tif"
if OUT=$(cli 1001 fax-send 13800138001 "$WORK/broken.tif" 2>&1); then fail "a broken TIFF was accepted: $OUT"; fi
[[ "$OUT" == *"broken.tif cannot be faxed"* ]] || fail "the refusal of a broken TIFF does not say why: $OUT"
note "a broken TIFF is refused: $OUT"
if OUT=$(cli 1001 fax-send 'abc' "$WORK/document.tif" 2>&1); then fail "a bad number was accepted: $OUT"; fi
[ "$(db "SELECT count(*) FROM faxes")" = 0 ] || fail "a refused document left a fax row"

# The fax machine's port goes into the answering SIPp's SDP.
"$FAX_PEER" run --role receive --file "$WORK/received.tif" --port-file "$WORK/fax.port" \
  --result "$WORK/fax-result.json" --seconds 240 >"$WORK/fax_peer.out" 2>&1 &
FAX_PID=$!
CHILDREN+=($FAX_PID)
await 10 "fax_peer to bind its port" test -s "$WORK/fax.port"
PARTY_PORT[customer]=$(cat "$WORK/fax.port")

# The first call: busy.
(cd "$WORK" && exec timeout 120 sipp -sf "$SCENARIOS/callee_busy.xml" -i 127.0.0.1 -p 5090 -m 1 -nostdin \
  -trace_err -trace_msg -message_file busy.msg -error_file busy-errors.log >"$WORK/busy.out" 2>&1) &
CHILDREN+=($!)
BUSY_PID=$!
_busy_listening() { local p; p=$(pgrep -P "$BUSY_PID" sipp) && ss -lunp | grep -q "127.0.0.1:5090 .*pid=$p,"; }
await 30 "the busy callee to listen on 127.0.0.1:5090" _busy_listening

STARTED=$SECONDS
OUT=$(cli 1001 fax-send 13800138001 "$WORK/document.tif") || fail "fax-send: $OUT"
[[ "$OUT" == *'"state":"'*'"document_pages":2'* ]] || fail "SendFaxOk: $OUT"
FAX=$(echo "$OUT" | sed -E 's/.*"fax_id":"?([0-9]+).*/\1/')
note "fax $FAX queued: $OUT"
_gone() { ! kill -0 "$1" 2>/dev/null; }
await 60 "the first attempt to reach the busy line" _gone "$BUSY_PID"
rc=0
wait "$BUSY_PID" || rc=$?
[ $rc -eq 0 ] || fail "the busy callee's SIPp exited with $rc; see busy.msg"
busy_counted() { [ "$(db "SELECT state || '|' || attempts || '|' || reason FROM faxes WHERE fax_id = $FAX")" = "queued|1|486 Busy Here" ]; }
await 30 "the busy attempt counted with its reason" busy_counted
FIRST=$(db "SELECT call_id FROM faxes WHERE fax_id = $FAX")
note "attempt 1 (call $FIRST): busy, queued for a retry"

# The second call: answered, and the fax machine takes the pages.
start_callees 1
done_row() { [ "$(db "SELECT state || '|' || pages || '|' || attempts FROM faxes WHERE fax_id = $FAX")" = "done|2|2" ]; }
await 200 "the fax done with 2 pages on attempt 2" done_row
note "fax $FAX done after $((SECONDS - STARTED)) s: $(db "SELECT state, pages, attempts, call_id, reason FROM faxes WHERE fax_id = $FAX")"
await 30 "fax_peer to finish" _gone "$FAX_PID"
rc=0
wait "$FAX_PID" || rc=$?
[ $rc -eq 0 ] || fail "fax_peer exited with $rc: $(cat "$WORK/fax-result.json" 2>/dev/null) $(cat "$WORK/fax_peer.out")"
grep -q '"ok":true,"code":0,"pages":2' "$WORK/fax-result.json" || fail "fax_peer's outcome: $(cat "$WORK/fax-result.json")"
OUT=$("$FAX_PEER" compare "$WORK/document.tif" "$WORK/received.tif" 2>&1) || fail "the pages differ: $OUT"
note "the receiver's TIFF equals the document row for row: $OUT"
wait_callees "the fax call answered and hung up by the server"

SECOND=$(db "SELECT call_id FROM faxes WHERE fax_id = $FAX")
[ "$SECOND" != "$FIRST" ] || fail "the second attempt has the first one's call"
await_row "the fax call's record" "1|fax completed" "SELECT answered_ms > 0, end_reason FROM calls WHERE call_id = $SECOND"
OUT=$(cli 1001 faxes --direction send) || fail "faxes: $OUT"
[[ "$OUT" == *"\"fax_id\":\"$FAX\""*'"state":"done"'* || "$OUT" == *"\"fax_id\":$FAX,"*'"state":"done"'* ]] || fail "faxes: $OUT"
seen() { grep -q '"fax".*"state":"done"' "$WATCH"; }
await 10 "1001's desktop to see the fax done" seen
grep -q '"fax".*"reason":"486 Busy Here"' "$WATCH" || fail "1001's desktop did not see the busy attempt"
PATH_REL=$(db "SELECT path FROM faxes WHERE fax_id = $FAX")
[[ "$PATH_REL" == fax/out/*.tif ]] && [ -f "$DATA/$PATH_REL" ] || fail "the document's path: $PATH_REL"
note "listed, seen by the desktop, the document kept at $PATH_REL"
stop_server
note "PASS"
