#!/usr/bin/env bash
# The installed shape, end to end: cti-server as a process with a demo call center, cti-cli
# logging in over TLS as a demo agent and printing the snapshot, /health, an online backup,
# SIGTERM, and the start-up refusals (damaged database, newer database, bad configuration).
set -euo pipefail
SERVER=$1
CLI=$2
WORK=$(mktemp -d)
PID=""
cleanup() {
  [ -n "$PID" ] && kill -9 "$PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Waits (up to 60 s) for a file to appear: the server writes it once it listens.
await_file() {
  for _ in $(seq 600); do
    [ -s "$1" ] && return 0
    kill -0 "$PID" 2>/dev/null || fail "cti-server exited early: $(cat "$WORK/server.log")"
    sleep 0.1
  done
  fail "cti-server did not become ready"
}

DATA=$WORK/data
"$SERVER" --data "$DATA" --seed-demo --gateway-port 0 --http-port 0 --sip-port 0 --ready-file "$WORK/ready.json" \
  >"$WORK/server.out" 2>"$WORK/server.log" &
PID=$!
await_file "$WORK/ready.json"
GW=$(sed -E 's/.*"gateway_port":([0-9]+).*/\1/' "$WORK/ready.json")
HTTP=$(sed -E 's/.*"http_port":([0-9]+).*/\1/' "$WORK/ready.json")
grep -q "demo logins" "$WORK/server.out" || fail "the banner does not list the demo logins"

# A demo agent logs in over TLS and prints the snapshot.
SNAP=$("$CLI" --server "127.0.0.1:$GW" --ca "$DATA/tls/server.crt" --user 1001 \
  --password-file "$DATA/demo/1001.password" snapshot)
echo "$SNAP" | grep -q '"login":"1001"' || echo "$SNAP" | grep -q '"login": "1001"' || fail "snapshot without the agent: $SNAP"
echo "$SNAP" | grep -q '张伟' || fail "snapshot without the agent's name: $SNAP"

# A wrong password: exit code 4 and the server's message.
set +e
"$CLI" --server "127.0.0.1:$GW" --ca "$DATA/tls/server.crt" --user 1001 \
  --password-file <(echo wrong-password) snapshot 2>"$WORK/cli.err"
rc=$?
set -e
[ $rc -eq 4 ] || fail "wrong password gave exit code $rc"
grep -q "password is wrong" "$WORK/cli.err" || fail "wrong password message: $(cat "$WORK/cli.err")"

curl -fsS "http://127.0.0.1:$HTTP/health" | grep -q '"status":"ok"' || fail "/health"
curl -fsS "http://127.0.0.1:$HTTP/metrics" | grep -q '^cti_gateway_logins_ok_total 1$' || fail "/metrics"

# Online backup while the server runs.
"$SERVER" --data "$DATA" --backup "$WORK/backup.sqlite" >/dev/null
[ "$(sqlite3 "$WORK/backup.sqlite" 'PRAGMA quick_check')" = ok ] || fail "backup is damaged"
[ "$(sqlite3 "$WORK/backup.sqlite" 'SELECT count(*) FROM users')" = 8 ] || fail "backup lacks users"
set +e
"$SERVER" --data "$DATA" --backup "$WORK/backup.sqlite" 2>"$WORK/backup.err"
rc=$?
set -e
[ $rc -ne 0 ] || fail "a second backup over the first one did not fail"

# The demo's IVR prompts are spoken by espeak-ng in the background from the start (the default
# media.prompts_at_start), so that the first caller hears them all: no call has been made here.
prompts_made() { grep -q "IVR prompts generated with espeak-ng" "$WORK/server.log"; }
for _ in $(seq 1 1200); do prompts_made && break; sleep 0.1; done
prompts_made || fail "the IVR prompts were not generated at start: $(grep -i prompt "$WORK/server.log" | tail -3)"
made=$(sed -nE 's/.* ([0-9]+) IVR prompts generated with espeak-ng.*/\1/p' "$WORK/server.log")
n=$(find "$DATA/prompts/zh_CN/ivr" "$DATA/prompts/en/ivr" -name '*.wav' | wc -l)
# The demo's two flows have 15 prompts, each in zh_CN and en.
[ "$made" = 30 ] && [ "$n" = 30 ] || fail "$made IVR prompts generated, $n files after start (30 expected)"

# SIGTERM: a clean stop with exit code 0.
kill -TERM "$PID"
wait "$PID" || fail "cti-server exited with $? on SIGTERM"
PID=""
grep -q "stopped" "$WORK/server.log" || fail "no clean shutdown in the log"

# Start-up refusals: the database file must be left exactly as it was.
expect_refusal() {  # DATA_DIR WORD
  local before after rc
  before=$(sha256sum "$1/cti.sqlite")
  set +e
  "$SERVER" --data "$1" --gateway-port 0 --http-port 0 --sip-port 0 >"$WORK/refusal.out" 2>"$WORK/refusal.err"
  rc=$?
  set -e
  [ $rc -eq 2 ] || fail "expected exit code 2 for $2, got $rc"
  grep -qi "$2" "$WORK/refusal.err" || fail "message for $2: $(cat "$WORK/refusal.err")"
  grep -q "nothing was changed" "$WORK/refusal.err" || fail "message does not say nothing changed"
  after=$(sha256sum "$1/cti.sqlite")
  [ "$before" = "$after" ] || fail "the database was modified ($2)"
}

mkdir -p "$WORK/newer" && cp "$WORK/backup.sqlite" "$WORK/newer/cti.sqlite"
sqlite3 "$WORK/newer/cti.sqlite" 'PRAGMA user_version = 99'
expect_refusal "$WORK/newer" "newer"

mkdir -p "$WORK/damaged" && cp "$WORK/backup.sqlite" "$WORK/damaged/cti.sqlite"
size=$(stat -c %s "$WORK/damaged/cti.sqlite")
dd if=/dev/urandom of="$WORK/damaged/cti.sqlite" bs=1 seek=$((size / 2)) count=4096 conv=notrunc status=none
expect_refusal "$WORK/damaged" "damaged"

printf '[gateway]\nprot = 1\n' >"$WORK/bad.toml"
set +e
"$SERVER" --config "$WORK/bad.toml" --data "$WORK/x" 2>"$WORK/config.err"
rc=$?
set -e
[ $rc -eq 2 ] || fail "bad configuration gave exit code $rc"
grep -q "gateway.prot" "$WORK/config.err" || fail "bad configuration message: $(cat "$WORK/config.err")"

# A new installation without the demo: the first administrator, then a login with it. A short
# password is refused and nothing is created.
printf 'short\n' >"$WORK/short.pw"
set +e
"$SERVER" --data "$WORK/fresh" --create-admin root --password-file "$WORK/short.pw" 2>"$WORK/admin.err"
rc=$?
set -e
[ $rc -eq 1 ] || fail "a short admin password gave exit code $rc"
grep -q "8 to 256 characters" "$WORK/admin.err" || fail "short password message: $(cat "$WORK/admin.err")"
printf 'Secret-admin-1\n' >"$WORK/admin.pw"
"$SERVER" --data "$WORK/fresh" --create-admin root --password-file "$WORK/admin.pw" | grep -q "administrator root created" \
  || fail "--create-admin did not create the administrator"
"$SERVER" --data "$WORK/fresh" --gateway-port 0 --http-port 0 --sip-port 0 --ready-file "$WORK/ready2.json" \
  >"$WORK/server2.out" 2>"$WORK/server2.log" &
PID=$!
await_file "$WORK/ready2.json"
GW2=$(sed -E 's/.*"gateway_port":([0-9]+).*/\1/' "$WORK/ready2.json")
"$CLI" --server "127.0.0.1:$GW2" --ca "$WORK/fresh/tls/server.crt" --user root --password-file "$WORK/admin.pw" whoami \
  | grep -q '"role":"ADMINISTRATOR"' || fail "the new administrator cannot log in as an administrator"
kill -TERM "$PID"
wait "$PID" || fail "the fresh server did not stop cleanly"
PID=""

echo "server_binary_test: all checks passed"
