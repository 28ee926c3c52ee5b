#!/usr/bin/env bash
# scripts/build.sh native|wasm|fuzz [TARGET...]: configure once, then build.
#   native -> build/native   wasm -> build/wasm (site copied to build/web)   fuzz -> build/fuzz (clang)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
kind="$1"; shift
jobs="$(nproc)"
export NODE_PATH=/usr/share/nodejs   # Emscripten's JS optimiser needs Debian's acorn
targets=()
for t in "$@"; do targets+=(--target "$t"); done
case "$kind" in
  native)
    [ -f build/native/CMakeCache.txt ] || cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release -DPLANNER_WERROR=${PLANNER_WERROR:-ON} >/dev/null
    cmake --build build/native -j "$jobs" "${targets[@]}"
    ;;
  wasm)
    [ -f build/wasm/CMakeCache.txt ] || emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release -DPLANNER_WERROR=${PLANNER_WERROR:-ON} >/dev/null
    cmake --build build/wasm -j "$jobs" "${targets[@]}"
    ;;
  fuzz)
    [ -f build/fuzz/CMakeCache.txt ] || CC=clang CXX=clang++ cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANNER_FUZZ=ON -DPLANNER_BUILD_DESKTOP=OFF >/dev/null
    cmake --build build/fuzz -j "$jobs" "${targets[@]}"
    ;;
  *) echo "build.sh: unknown kind $kind" >&2; exit 2 ;;
esac
