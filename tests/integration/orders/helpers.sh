# Helpers for the work-order and knowledge-base scripts; sourced after telephony/lib.sh (which
# gives cli, fail and note).

# json EXPRESSION: evaluates a Python expression over the JSON line on stdin, bound to j.
json() { python3 -c 'import json,sys; j=json.loads(sys.stdin.read()); print(eval(sys.argv[1]))' "$1"; }

# refused LOGIN EXPECTED_TEXT ARGS...: the command fails and its message says EXPECTED_TEXT.
refused() {
  local login=$1 text=$2 out rc=0
  shift 2
  out=$(cli "$login" "$@" 2>&1) || rc=$?
  [ $rc -ne 0 ] || fail "'$*' as $login should have been refused; it printed: $out"
  # Not echo | grep -q: grep leaving early can SIGPIPE the echo, which pipefail counts as failure.
  [[ "$out" == *"$text"* ]] || fail "'$*' as $login: expected '$text' in: $out"
  note "refused as expected ($login: $*): $(echo "$out" | tail -n 1)"
}
