#!/usr/bin/env bash
# ctl: one command for setting up, building, running and testing the platform.
#   ./ctl run      install what is missing, build Release, start cti-server with a demo call center
#   ./ctl test     install what is missing, build Debug with ASan+UBSan, run every test (ctest)
#   ./ctl build [release|debug]   build only
#   ./ctl deps     install the Debian packages the project needs (only the missing ones)
#   ./ctl bench    build Release and run the benchmarks in bench/
#   ./ctl fuzz [SECONDS] [TARGET...]   build the libFuzzer targets with clang, run each (default all)
#   ./ctl screenshots [OUT]   the agent desktop's main states in zh_CN and en, from the real
#                  application under Xvfb against a real server (default build/screenshots)
#   ./ctl package  build Release and the .deb packages into build/packages, then run lintian
#   ./ctl package-test     validate the WiX source with wixl/msiinfo and install the .debs into a
#                  clean Debian 12 root (root, network, minutes: not part of ./ctl test)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
JOBS=${CTI_JOBS:-$(nproc)}
# ccache keys on paths relative to the checkout, so a fresh clone elsewhere (CI) reuses the cache.
export CCACHE_BASEDIR=$ROOT CCACHE_NOHASHDIR=1

# Everything the build, the tests and the demo need, from Debian 12's archive. README.md says
# why each one is here.
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  libboost-dev libboost-system-dev libsqlite3-dev sqlite3 libssl-dev openssl libsodium-dev
  libprotobuf-dev protobuf-compiler libspdlog-dev libfmt-dev libtomlplusplus-dev
  nlohmann-json3-dev libcli11-dev catch2
  libsofia-sip-ua-dev libspandsp-dev libtiff-dev libsndfile1-dev libsrtp2-dev ghostscript
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-multimedia-dev qt6-charts-dev libqt6opengl6-dev libgl-dev libzip-dev
  sip-tester baresip sox espeak-ng xvfb xauth curl python3 iproute2 procps
  fonts-wqy-microhei faketime
)
FUZZ_PACKAGES=(clang-16 libclang-rt-16-dev)  # ./ctl fuzz only; see the fuzz case for why 16
# Only for ./ctl package and package-test; packaging/README.md says why each one is here.
PACKAGING_PACKAGES=(dpkg-dev file lintian debootstrap msitools wixl)

say() { printf '\033[1mctl:\033[0m %s\n' "$*"; }

install_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "ctl: run as root or install: ${missing[*]}" >&2; exit 1; }
    sudo=sudo
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure() {  # configure DIR [cmake args...]
  local dir=$1; shift
  cmake -S "$ROOT" -B "$dir" -G Ninja "$@" >/dev/null
}

build_release() {
  configure build/release -DCMAKE_BUILD_TYPE=Release -DCTI_BUILD_TESTS=OFF
  cmake --build build/release -j "$JOBS"
}

build_debug() {
  # A lean Debug build with the sanitizers: -O1 keeps ASan runs quick without losing lines.
  configure build/debug -DCMAKE_BUILD_TYPE=Debug -DCTI_SANITIZE=ON -DCMAKE_CXX_FLAGS_DEBUG="-g -O1"
  cmake --build build/debug -j "$JOBS"
}

cmd=${1:-help}
shift || true
case "$cmd" in
  deps)
    install_packages "${PACKAGES[@]}"
    ;;
  build)
    install_packages "${PACKAGES[@]}"
    case "${1:-release}" in
      release) build_release ;;
      debug) build_debug ;;
      *) echo "usage: ./ctl build [release|debug]" >&2; exit 2 ;;
    esac
    ;;
  run)
    install_packages "${PACKAGES[@]}"
    build_release
    DATA=${CTI_DATA:-$ROOT/data}
    args=(--data "$DATA" --seed-demo)
    [ -n "${CTI_CONFIG:-}" ] && args+=(--config "$CTI_CONFIG")
    say "starting cti-server (data in $DATA; Ctrl-C stops it)"
    exec build/release/server/app/cti-server "${args[@]}" "$@"
    ;;
  test)
    install_packages "${PACKAGES[@]}"
    build_debug
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir build/debug --output-on-failure -j "$JOBS" "$@"
    ;;
  screenshots)
    # ./ctl screenshots [OUT]: the desktops' main states in zh_CN and en, from the real
    # application under Xvfb against a real server (tools/screenshots.sh).
    install_packages "${PACKAGES[@]}"
    exec tools/screenshots.sh "$@"
    ;;
  bench)
    install_packages "${PACKAGES[@]}"
    build_release
    for b in build/release/bench/*_bench; do
      [ -x "$b" ] || continue
      say "running $b"
      "$b"
    done
    ;;
  fuzz)
    # ./ctl fuzz [SECONDS] [TARGET...]: each target (default: all of them) for SECONDS (600).
    # clang 16: clang 14's std::expected (libstdc++ 12) and aggregate CTAD fail on the server code.
    install_packages "${PACKAGES[@]}" "${FUZZ_PACKAGES[@]}"
    secs=600
    if [[ "${1:-}" =~ ^[0-9]+$ ]]; then secs=$1; shift; fi
    all=(fuzz_frame fuzz_sdp fuzz_sip_ingress fuzz_ivr_flow fuzz_call_list fuzz_workflow fuzz_lookup_reply)
    targets=()
    for t in "${@:-${all[@]}}"; do
      t=fuzz_${t#fuzz_}
      [[ " ${all[*]} " == *" $t "* ]] || { echo "ctl: unknown fuzz target $t (${all[*]})" >&2; exit 2; }
      targets+=("$t")
    done
    configure build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang-16 \
      -DCMAKE_CXX_COMPILER=clang++-16 -DCTI_BUILD_FUZZ=ON -DCTI_BUILD_TESTS=OFF \
      -DCTI_BUILD_DESKTOPS=OFF -DCTI_BUILD_BENCH=OFF -DCTI_BUILD_SERVER=OFF
    cmake --build build/fuzz -j "$JOBS" --target "${targets[@]}"
    # Seeds are read where they live (the shared corpora, CTI_SHARED_DIR; the flows in the tree);
    # libFuzzer writes what it finds only into the first folder, build/fuzz/corpus/NAME.
    testdata=$(sed -n 's/^CTI_SHARED_DIR:PATH=//p' build/fuzz/CMakeCache.txt)/testdata
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    for s in /usr/lib/llvm-16/bin/llvm-symbolizer /usr/lib/llvm-14/bin/llvm-symbolizer; do
      [ -x "$s" ] && { export ASAN_SYMBOLIZER_PATH=$s; break; }
    done
    failed=()
    for t in "${targets[@]}"; do
      name=${t#fuzz_}
      seeds=()
      case $name in
        sip_ingress) seeds=("$testdata/sip/rfc4475") ;;
        sdp)  # the SDP bodies of the RFC 4475 messages
          mkdir -p build/fuzz/seeds/sdp
          for f in "$testdata"/sip/rfc4475/*.dat; do
            python3 -c 'import sys; b = open(sys.argv[1], "rb").read().partition(b"\r\n\r\n")[2]
if b.startswith(b"v=0"): open(sys.argv[2], "wb").write(b)' "$f" "build/fuzz/seeds/sdp/$(basename "$f" .dat)"
          done
          seeds=(build/fuzz/seeds/sdp) ;;
        ivr_flow) seeds=(server/ivr/flows) ;;
        call_list) seeds=(tests/fuzz/seeds/call_list) ;;
      esac
      mkdir -p "build/fuzz/corpus/$name" build/fuzz/crashes
      say "fuzzing $t for ${secs}s"
      "build/fuzz/tests/fuzz/$t" "build/fuzz/corpus/$name" "${seeds[@]}" -max_total_time="$secs" \
        -print_final_stats=1 -artifact_prefix="build/fuzz/crashes/$name-" || failed+=("$t")
    done
    [ ${#failed[@]} -eq 0 ] || { say "crashes in: ${failed[*]} (inputs in build/fuzz/crashes/)"; exit 1; }
    ;;
  package)
    # CTI_PACKAGE_RELEASE (default 1) numbers a newer build of the same version; CTI_PACKAGE_OUT
    # (default build/packages) is the output folder, emptied of older .debs first.
    install_packages "${PACKAGES[@]}" "${PACKAGING_PACKAGES[@]}"
    OUT=${CTI_PACKAGE_OUT:-$ROOT/build/packages}
    # Debian's hardening flags (dpkg-buildflags), without its -g -O2: Release keeps -O3.
    hardening="-D_FORTIFY_SOURCE=2 -fstack-protector-strong -fstack-clash-protection -fcf-protection"
    configure build/package -DCMAKE_BUILD_TYPE=Release -DCTI_BUILD_TESTS=OFF -DCTI_BUILD_BENCH=OFF \
      -DCMAKE_INSTALL_PREFIX=/usr "-DCMAKE_C_FLAGS=$hardening" "-DCMAKE_CXX_FLAGS=$hardening" \
      "-DCMAKE_EXE_LINKER_FLAGS=-Wl,-z,relro -Wl,-z,now" -DCTI_PACKAGE_RELEASE="${CTI_PACKAGE_RELEASE:-1}"
    cmake --build build/package -j "$JOBS"
    mkdir -p "$OUT"
    rm -f "$OUT"/*.deb
    (cd build/package && cpack -B "$OUT" >"$OUT/cpack.log" 2>&1) || { cat "$OUT/cpack.log" >&2; exit 1; }
    rm -rf "$OUT/_CPack_Packages"
    say "packages in $OUT:"
    ls -l "$OUT"/*.deb
    say "lintian (tags explained in packaging/README.md are overridden in the packages):"
    lintian --fail-on error,warning --info "$OUT"/*.deb
    say "lintian: no errors or warnings"
    ;;
  package-test)
    install_packages "${PACKAGES[@]}" "${PACKAGING_PACKAGES[@]}"
    tests/packaging/msi_test.sh
    tests/packaging/install_test.sh "$@"
    ;;
  *)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    [ "$cmd" = help ] || exit 2
    ;;
esac
