#!/usr/bin/env bash
# The packages on a clean Debian 12, end to end (issue 9's "Must show"):
#   1. build the .debs (./ctl package), make a clean Debian 12 root with debootstrap (cached),
#   2. apt installs cti-server, cti-agent and cti-supervisor from the files, pulling their
#      dependencies from Debian (no recommends: Depends alone must be enough),
#   3. starts the server as the unit's ExecStart line says, as the cti user (no systemd in a
#      chroot), with the demo call center; logs in with the installed cti-cli; changes a password
#      and posts an announcement; places a call to the IVR (95566) with SIPp from the host,
#   4. builds a newer package build (release + 1) and upgrades to it; the server starts from the
#      upgraded files and the data is still there (logins, the changed password, the announcement,
#      the call record, the TLS certificate, the administrator's edit of the configuration),
#   5. apt remove keeps /var/lib/cti-server and /etc/cti-server; apt purge deletes both.
# Prints PASS/FAIL lines and the time of each step; exits 1 on the first failure.
# Needs root, network (deb.debian.org) and a few minutes; not part of ctest: ./ctl package-test.
# Environment: CTI_DEBIAN_MIRROR (default http://deb.debian.org/debian), CTI_PACKAGE_RELEASE
# (the first build's release, default 1), CTI_KEEP_ROOT=1 keeps the chroot for a look afterwards,
# CTI_PACKAGE_SOURCE=COMMIT (e.g. HEAD) builds the packages from that commit (git archive into
# build/pkgtest/src, its build folder build/pkgtest/src/build kept) instead of the working tree,
# for a checkout where others' unfinished edits do not build; CTI_UPGRADE_FROM=COMMIT builds the
# first (older) packages from that commit (into build/pkgtest/src-old), so that the upgrade also
# migrates the database when the newer sources carry more migrations.
# Cached under build/pkgtest/: base/ (the debootstrap root; delete it to make a new one) and
# apt-archives/ (downloaded .debs).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/tests/packaging
CACHE=$ROOT/build/pkgtest
BASE=$CACHE/base
CHROOT=$CACHE/root
WORK=$CACHE/work
MIRROR=${CTI_DEBIAN_MIRROR:-http://deb.debian.org/debian}
R1=${CTI_PACKAGE_RELEASE:-1}
R2=$((R1 + 1))
OLD_DEBS=$CACHE/debs-$R1
NEW_DEBS=$CACHE/debs-$R2
DATA=/var/lib/cti-server
CONF=/etc/cti-server/cti-server.toml
SERVER_PID=""
T0=$SECONDS
STEP_T=$SECONDS

say() { printf '[%4ds] %s\n' $((SECONDS - T0)) "$*"; }
pass() { say "PASS: $*"; }
fail() {
  say "FAIL: $*"
  if [ -s "$WORK/server.log" ]; then
    echo "----- server log (last 30 lines)"
    tail -n 30 "$WORK/server.log" | cut -c1-300
  fi
  exit 1
}
step() {
  say "== $* (previous step: $((SECONDS - STEP_T)) s)"
  STEP_T=$SECONDS
}

# export_source COMMIT DIR: the commit's files in DIR (git archive). The sources are replaced,
# DIR/build is kept, so a rebuild recompiles only what changed. (A build folder elsewhere behind
# a symlink confuses AUTOMOC's relative includes.)
export_source() {
  mkdir -p "$2"
  find "$2" -mindepth 1 -maxdepth 1 ! -name build -exec rm -rf {} +
  git -C "$ROOT" archive "$1" | tar -x -C "$2"
}
CTL=$ROOT/ctl
FROM="the working tree"
if [ -n "${CTI_PACKAGE_SOURCE:-}" ]; then
  export_source "$CTI_PACKAGE_SOURCE" "$CACHE/src"
  CTL=$CACHE/src/ctl
  FROM="commit $(git -C "$ROOT" rev-parse --short "$CTI_PACKAGE_SOURCE")"
fi
CTL_OLD=$CTL
FROM_OLD=$FROM
if [ -n "${CTI_UPGRADE_FROM:-}" ]; then
  export_source "$CTI_UPGRADE_FROM" "$CACHE/src-old"
  CTL_OLD=$CACHE/src-old/ctl
  FROM_OLD="commit $(git -C "$ROOT" rev-parse --short "$CTI_UPGRADE_FROM")"
fi

[ "$(id -u)" -eq 0 ] || { echo "FAIL: install test: run as root (debootstrap, chroot, mount)"; exit 1; }
for tool in debootstrap sipp sqlite3 chroot mount; do
  command -v "$tool" >/dev/null || { echo "FAIL: install test: $tool not found (./ctl package-test installs it)"; exit 1; }
done

mounts_under() { awk -v r="$1" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/mounts | sort -r; }

unmount_all() {
  local m
  for m in $(mounts_under "$CHROOT"); do
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
  done
}

cleanup() {
  local rc=$?
  if [ -n "$SERVER_PID" ]; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    sleep 1
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  unmount_all
  if [ -n "$(mounts_under "$CHROOT")" ]; then
    echo "install test: still mounted under $CHROOT, not deleted: $(mounts_under "$CHROOT" | tr '\n' ' ')" >&2
  elif [ -z "${CTI_KEEP_ROOT:-}" ] && [ $rc -eq 0 ]; then
    rm -rf --one-file-system "$CHROOT"
  else
    echo "install test: chroot kept in $CHROOT (work files in $WORK)" >&2
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

in_root() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }

# ---------------------------------------------------------------------------------------------
step "1. build the packages (release $R1) and a clean Debian 12 root"
mkdir -p "$CACHE"  # a fresh clone has no build/ yet
CTI_PACKAGE_RELEASE=$R1 CTI_PACKAGE_OUT=$OLD_DEBS "$CTL_OLD" package >"$CACHE.package-$R1.log" 2>&1 ||
  { tail -n 30 "$CACHE.package-$R1.log"; fail "./ctl package (release $R1): see $CACHE.package-$R1.log"; }
OLD_FILES=$(cd "$OLD_DEBS" && ls *.deb)
pass "built $(echo $OLD_FILES) from $FROM_OLD (lintian: $(tail -n 1 "$CACHE.package-$R1.log" | sed 's/.*lintian: //'))"

mkdir -p "$CACHE" "$CACHE/apt-archives/partial"
# minbase plus systemd, as on every installed Debian 12 (it is not running here: no init in a
# chroot, but its tools are: deb-systemd-helper enables the unit, systemd-analyze checks it).
if [ ! -f "$BASE/.cti-base-systemd" ]; then
  say "debootstrap --variant=minbase --include=systemd bookworm from $MIRROR (cached in $BASE)"
  rm -rf --one-file-system "$BASE.tmp" "$BASE"
  debootstrap --variant=minbase --include=systemd bookworm "$BASE.tmp" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 ||
    fail "debootstrap failed: see $CACHE/debootstrap.log"
  date -u +%FT%TZ >"$BASE.tmp/.cti-base-systemd"
  mv "$BASE.tmp" "$BASE"
fi
[ -z "$(mounts_under "$CHROOT")" ] || fail "something is still mounted under $CHROOT: $(mounts_under "$CHROOT")"
rm -rf --one-file-system "$CHROOT"
cp -a "$BASE" "$CHROOT"
rm -rf "$WORK" && mkdir -p "$WORK"
# A Debian 12 as installed: the release, its updates and security, from the mirror.
cat >"$CHROOT/etc/apt/sources.list" <<EOF
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
# No service may start inside the chroot (the usual rule for chroots; systemd does not run here).
printf '#!/bin/sh\nexit 101\n' >"$CHROOT/usr/sbin/policy-rc.d"
chmod 755 "$CHROOT/usr/sbin/policy-rc.d"
mount -t proc proc "$CHROOT/proc"
mount -t sysfs sysfs "$CHROOT/sys"
mount --bind /dev "$CHROOT/dev"
mount --bind /dev/pts "$CHROOT/dev/pts"
mount --bind "$CACHE/apt-archives" "$CHROOT/var/cache/apt/archives"
[ "$(in_root sh -c '. /etc/os-release; echo $VERSION_ID')" = 12 ] || fail "the root is not Debian 12"
in_root dpkg-query -W cti-server >/dev/null 2>&1 && fail "cti-server already in the clean root"
pass "clean Debian 12 root: $(in_root dpkg-query -W -f='.\n' | wc -l) packages (minbase and systemd), nothing of cti"

# ---------------------------------------------------------------------------------------------
step "2. apt install the three .debs"
mkdir -p "$CHROOT/tmp/debs-$R1"
cp "$OLD_DEBS"/*.deb "$CHROOT/tmp/debs-$R1/"
in_root apt-get update -qq >"$WORK/apt-update.log" 2>&1 || fail "apt-get update in the root: $(tail -n 5 "$WORK/apt-update.log")"
before=$(in_root dpkg-query -W -f='.\n' | wc -l)
# shellcheck disable=SC2046
in_root apt-get install -y --no-install-recommends $(for f in $OLD_FILES; do echo "/tmp/debs-$R1/$f"; done) \
  >"$WORK/apt-install.log" 2>&1 || { tail -n 30 "$WORK/apt-install.log"; fail "apt-get install of the .debs"; }
after=$(in_root dpkg-query -W -f='.\n' | wc -l)
for p in cti-server cti-agent cti-supervisor; do
  v=$(in_root dpkg-query -W -f='${Status} ${Version}' "$p")
  [[ "$v" == "install ok installed "*"-$R1" ]] || fail "$p: $v"
done
pass "apt installed cti-server, cti-agent, cti-supervisor ($R1) and $((after - before - 3)) dependencies from Debian"

for b in cti-server cti-cli cti-agent cti-supervisor; do
  missing=$(in_root ldd "/usr/bin/$b" | grep "not found" || true)
  [ -z "$missing" ] || fail "/usr/bin/$b: libraries not found: $missing"
done
pass "every installed binary finds its libraries (ldd)"
in_root getent passwd cti >/dev/null || fail "no system user cti"
uid=$(in_root id -u cti)
gid=$(in_root id -g cti)
[ "$uid" -lt 1000 ] || fail "cti is not a system user (uid $uid)"
[ "$(in_root stat -c '%U:%G %a' $DATA)" = "cti:cti 750" ] || fail "$DATA: $(in_root stat -c '%U:%G %a' $DATA)"
in_root dpkg-query -W -f='${Conffiles}\n' cti-server | grep -q "$CONF" || fail "$CONF is not a conffile"
[ -f "$CHROOT/lib/systemd/system/cti-server.service" ] || fail "no systemd unit"
pass "postinst: system user cti (uid $uid), $DATA cti:cti 0750; $CONF is a conffile; unit installed"
[ -L "$CHROOT/etc/systemd/system/multi-user.target.wants/cti-server.service" ] ||
  fail "postinst did not enable cti-server.service (no multi-user.target.wants link)"
if in_root systemd-analyze verify --man=no /lib/systemd/system/cti-server.service >"$WORK/verify.log" 2>&1; then
  pass "unit enabled (multi-user.target.wants); systemd-analyze verify cti-server.service in the root: no complaints"
else
  cat "$WORK/verify.log"
  fail "systemd-analyze verify cti-server.service"
fi
# The desktops start (offscreen: no display here) and stay up until killed.
for app in cti-agent cti-supervisor; do
  rc=0
  in_root timeout 5 env QT_QPA_PLATFORM=offscreen HOME=/tmp "$app" >"$WORK/$app.log" 2>&1 || rc=$?
  [ $rc -eq 124 ] || { cat "$WORK/$app.log"; fail "$app exited with $rc within 5 s (expected to run until killed)"; }
done
[ -f "$CHROOT/usr/share/applications/cti-agent.desktop" ] && [ -f "$CHROOT/usr/share/icons/hicolor/scalable/apps/cti-supervisor.svg" ] ||
  fail "desktop files or icons missing"
pass "cti-agent and cti-supervisor start (Qt offscreen) and ran 5 s until stopped; .desktop files and icons installed"

# ---------------------------------------------------------------------------------------------
# start_server [EXTRA ARGS]: the unit's ExecStart line, as the unit's User=/Group= (chroot
# --userspec runs it with no root parent process, like systemd), any free ports, a ready file.
EXEC=$(sed -n 's/^ExecStart=//p' "$CHROOT/lib/systemd/system/cti-server.service")
start_server() {
  rm -f "$CHROOT/tmp/ready.json"
  # shellcheck disable=SC2086
  chroot --userspec="$uid:$gid" --groups="$gid" "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 HOME=$DATA $EXEC "$@" --gateway-port 0 --http-port 0 --sip-port 0 --ready-file /tmp/ready.json \
    >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  local end=$((SECONDS + 60))
  until [ -s "$CHROOT/tmp/ready.json" ]; do
    kill -0 "$SERVER_PID" 2>/dev/null || fail "cti-server exited at start"
    [ $SECONDS -lt $end ] || fail "cti-server not ready after 60 s"
    sleep 0.2
  done
  GW_PORT=$(sed -E 's/.*"gateway_port":([0-9]+).*/\1/' "$CHROOT/tmp/ready.json")
  SIP_PORT=$(sed -E 's/.*"sip_port":([0-9]+).*/\1/' "$CHROOT/tmp/ready.json")
}
stop_server() {
  kill -TERM "$SERVER_PID"
  local rc=0
  wait "$SERVER_PID" || rc=$?
  SERVER_PID=""
  [ $rc -eq 0 ] || fail "cti-server exited with $rc on SIGTERM"
}
# cli LOGIN PASSWORD_FILE ARGS...: the installed cti-cli, trusting the server's own certificate.
cli() {
  local login=$1 pw=$2
  shift 2
  in_root cti-cli --server "127.0.0.1:$GW_PORT" --ca $DATA/tls/server.crt --user "$login" --password-file "$pw" "$@"
}
server_user() { ps -o user= -p "$SERVER_PID" 2>/dev/null | tr -d ' '; }

step "3. start the installed server as cti, log in with cti-cli, place a call with SIPp"
# The administrator's edit of the configuration, which the upgrade must keep: SIP peers on this
# host reach the server at 127.0.0.1.
sed -i 's/^advertised_address = ""$/advertised_address = "127.0.0.1"/' "$CHROOT$CONF"
grep -q '^advertised_address = "127.0.0.1"$' "$CHROOT$CONF" || fail "could not edit $CONF"
start_server --seed-demo
grep -q "advertised as 127.0.0.1" "$WORK/server.log" || fail "the server did not read $CONF (advertised address)"
# ps on the host names uids by the host's users: compare the number.
[ "$(ps -o uid= -p "$SERVER_PID" | tr -d ' ')" = "$uid" ] || fail "cti-server runs as uid $(ps -o uid= -p "$SERVER_PID"), not cti ($uid)"
for f in cti.sqlite tls/server.crt tls/server.key demo/1001.password; do
  [ -f "$CHROOT$DATA/$f" ] || fail "$DATA/$f was not created at first start"
done
[ "$(in_root stat -c %U $DATA/cti.sqlite)" = cti ] || fail "cti.sqlite not owned by cti"
pass "server started from '$EXEC --seed-demo' (reads $CONF) as cti (uid $uid): gateway $GW_PORT, SIP $SIP_PORT; database, certificate and demo accounts created in $DATA"
CERT_SHA=$(sha256sum "$CHROOT$DATA/tls/server.crt" | cut -d' ' -f1)

who=$(cli 1001 $DATA/demo/1001.password whoami) || fail "cti-cli whoami as 1001: $who"
grep -q '"1001"' <<<"$who" || fail "whoami as 1001 printed: $who"
pass "cti-cli (installed) logged in as 1001: $(cut -c1-120 <<<"$who")"
# Data to find again after the upgrade: a new password and an announcement.
printf 'upgrade-survivor-%s\n' "$RANDOM$RANDOM" >"$CHROOT/tmp/1002.newpw"
chmod 600 "$CHROOT/tmp/1002.newpw"
cli 1002 $DATA/demo/1002.password change-password --new-password-file /tmp/1002.newpw >/dev/null ||
  fail "change-password as 1002"
ANN_TITLE="安装测试公告 $R1"
cli leader $DATA/demo/leader.password announce "$ANN_TITLE" "posted before the upgrade" >/dev/null ||
  fail "announce as leader"
pass "1002 changed its password; leader posted the announcement '$ANN_TITLE'"

SIPP_PORT=$(( 15000 + RANDOM % 2000 * 2 ))
rc=0
(cd "$WORK" && timeout 60 sipp -sf "$HERE/ivr_call.xml" -i 127.0.0.2 -p "$SIPP_PORT" -mp $((SIPP_PORT + 2)) -s 95566 \
  "127.0.0.1:$SIP_PORT" -m 1 -nostdin -trace_err -trace_msg -message_file sipp.msg -error_file sipp-errors.log \
  >"$WORK/sipp.out" 2>&1) || rc=$?
[ $rc -eq 0 ] || { tail -n 20 "$WORK/sipp-errors.log" 2>/dev/null; fail "SIPp call to 95566 exited with $rc (0: one successful call); see $WORK/sipp.msg"; }
pass "SIPp (host, trunk address 127.0.0.2) called 95566: answered by the IVR, hung up after 4 s"
end=$((SECONDS + 60))
until grep -q "IVR prompts generated with espeak-ng" "$WORK/server.log"; do
  [ $SECONDS -lt $end ] || fail "no IVR prompts generated with espeak-ng within 60 s"
  sleep 0.5
done
pass "$(grep -o '[0-9]* IVR prompts generated with espeak-ng' "$WORK/server.log" | head -n 1) (installed dependency) into $DATA/prompts: $(find "$CHROOT$DATA/prompts" -type f | wc -l) files"
stop_server
CALLS=$(sqlite3 "$CHROOT$DATA/cti.sqlite" "SELECT count(*) FROM calls WHERE callee = '95566' AND answered_ms > 0 AND ended_ms > 0")
[ "$CALLS" -ge 1 ] || fail "no answered and ended call record for 95566 (calls: $(sqlite3 "$CHROOT$DATA/cti.sqlite" 'SELECT * FROM calls'))"
SCHEMA=$(sqlite3 "$CHROOT$DATA/cti.sqlite" "PRAGMA user_version")
pass "server stopped cleanly (SIGTERM, exit 0); call record: $CALLS answered call to 95566; schema version $SCHEMA"

# ---------------------------------------------------------------------------------------------
step "4. build a newer package build (release $R2) and upgrade to it"
CTI_PACKAGE_RELEASE=$R2 CTI_PACKAGE_OUT=$NEW_DEBS "$CTL" package >"$CACHE.package-$R2.log" 2>&1 ||
  { tail -n 30 "$CACHE.package-$R2.log"; fail "./ctl package (release $R2): see $CACHE.package-$R2.log"; }
NEW_FILES=$(cd "$NEW_DEBS" && ls *.deb)
pass "built $(echo $NEW_FILES) from $FROM"
mkdir -p "$CHROOT/tmp/debs-$R2"
cp "$NEW_DEBS"/*.deb "$CHROOT/tmp/debs-$R2/"
# shellcheck disable=SC2046
in_root apt-get install -y --no-install-recommends $(for f in $NEW_FILES; do echo "/tmp/debs-$R2/$f"; done) \
  >"$WORK/apt-upgrade.log" 2>&1 || { tail -n 30 "$WORK/apt-upgrade.log"; fail "apt-get install of the newer .debs"; }
for p in cti-server cti-agent cti-supervisor; do
  v=$(in_root dpkg-query -W -f='${Status} ${Version}' "$p")
  [[ "$v" == "install ok installed "*"-$R2" ]] || fail "$p after the upgrade: $v"
done
grep -q "Unpacking cti-server .* over (.*-$R1)" "$WORK/apt-upgrade.log" || fail "apt did not upgrade cti-server over release $R1"
pass "apt upgraded $(echo $NEW_FILES) over release $R1"
grep -q '^advertised_address = "127.0.0.1"$' "$CHROOT$CONF" || fail "the upgrade lost the administrator's edit of $CONF"
[ ! -e "$CHROOT$CONF.dpkg-new" ] && [ ! -e "$CHROOT$CONF.dpkg-dist" ] || fail "dpkg left $CONF.dpkg-new/.dpkg-dist"
pass "$CONF kept the administrator's edit (advertised_address) through the upgrade (conffile)"

start_server
[ "$(sha256sum "$CHROOT$DATA/tls/server.crt" | cut -d' ' -f1)" = "$CERT_SHA" ] || fail "the TLS certificate changed"
SCHEMA2=$(sed -n -E 's/.*database .* \(schema ([0-9]+)\).*/\1/p' "$WORK/server.log" | tail -n 1)
[ -n "$SCHEMA2" ] && [ "$SCHEMA2" -ge "$SCHEMA" ] || fail "schema after the upgrade: '$SCHEMA2' (before: $SCHEMA)"
if [ "$SCHEMA2" -gt "$SCHEMA" ]; then
  pass "the upgraded server migrated the database from schema $SCHEMA to $SCHEMA2 at start"
else
  say "schema $SCHEMA2 before and after: these two builds have the same migrations (CTI_UPGRADE_FROM=COMMIT upgrades from older sources)"
fi
cli 1001 $DATA/demo/1001.password whoami >/dev/null || fail "1001 cannot log in after the upgrade"
cli 1002 /tmp/1002.newpw whoami >/dev/null || fail "1002 cannot log in with its new password after the upgrade"
if cli 1002 $DATA/demo/1002.password whoami >/dev/null 2>&1; then fail "1002's old password still works"; fi
snap=$(cli 1001 $DATA/demo/1001.password snapshot) || fail "snapshot as 1001 after the upgrade"
grep -qF "$ANN_TITLE" <<<"$snap" || fail "the announcement '$ANN_TITLE' is gone after the upgrade"
pass "after the upgrade the server started on the same data: same certificate, 1001 logs in, 1002 only with its new password, the announcement is in 1001's snapshot"
stop_server
CALLS2=$(sqlite3 "$CHROOT$DATA/cti.sqlite" "SELECT count(*) FROM calls WHERE callee = '95566' AND answered_ms > 0 AND ended_ms > 0")
[ "$CALLS2" = "$CALLS" ] || fail "call records for 95566: $CALLS before, $CALLS2 after the upgrade"
pass "the call record survived the upgrade ($CALLS2 answered call to 95566)"

# ---------------------------------------------------------------------------------------------
step "5. apt remove keeps data and configuration; apt purge deletes them"
in_root apt-get remove -y cti-server cti-agent cti-supervisor >"$WORK/apt-remove.log" 2>&1 ||
  { tail -n 20 "$WORK/apt-remove.log"; fail "apt-get remove"; }
for b in cti-server cti-cli cti-agent cti-supervisor; do [ ! -e "$CHROOT/usr/bin/$b" ] || fail "/usr/bin/$b left after remove"; done
[ "$(in_root dpkg-query -W -f='${Status}' cti-server)" = "deinstall ok config-files" ] || fail "cti-server after remove: $(in_root dpkg-query -W -f='${Status}' cti-server)"
[ -f "$CHROOT$DATA/cti.sqlite" ] && [ -f "$CHROOT$DATA/tls/server.key" ] || fail "apt remove deleted $DATA"
grep -q '^advertised_address = "127.0.0.1"$' "$CHROOT$CONF" || fail "apt remove deleted or replaced $CONF"
pass "apt remove: programs gone; $DATA ($(du -sh "$CHROOT$DATA" | cut -f1)) and $CONF kept (status: config-files)"

# The desktops have no conffiles: dpkg forgot them at remove already. cti-server is left to purge.
for p in cti-agent cti-supervisor; do
  st=$(in_root dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ -z "$st" ] || [ "$st" = "unknown ok not-installed" ] || fail "$p after remove: $st"
done
in_root apt-get purge -y cti-server >"$WORK/apt-purge.log" 2>&1 ||
  { tail -n 20 "$WORK/apt-purge.log"; fail "apt-get purge"; }
[ ! -e "$CHROOT$DATA" ] || fail "apt purge left $DATA"
[ ! -e "$CHROOT/etc/cti-server" ] || fail "apt purge left /etc/cti-server: $(ls -la "$CHROOT/etc/cti-server")"
[ ! -e "$CHROOT/etc/systemd/system/multi-user.target.wants/cti-server.service" ] && [ ! -L "$CHROOT/etc/systemd/system/cti-server.service" ] ||
  fail "apt purge left the unit enabled or masked"
left=$(in_root dpkg-query -W -f='${Package} ${Status}\n' cti-server cti-agent cti-supervisor 2>/dev/null | grep -v "not-installed" || true)
[ -z "$left" ] || fail "dpkg still knows: $left"
pass "apt purge: $DATA and /etc/cti-server deleted, no trace in dpkg (the system user cti is kept by design)"

step "done"
say "PASS: install test: install, start, login, call, upgrade with data kept, remove, purge ($((SECONDS - T0)) s)"
