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
# ccache, where installed, makes rebuilds in other checkouts (git worktrees)
# of the same sources cheap; paths are hashed relative to the checkout.
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR="$here"
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
for t in "$@"; do targets+=(--target "$t"); done
case "$kind" in
  native)
    # Configure once; again only when the desktop app is wanted (named, or
    # everything) but the last configure left it out for want of GLFW, as
    # after `./run cli` on a fresh clone, before setup installed libglfw3-dev.
    wants_desktop=1
    if [ $# -gt 0 ]; then wants_desktop=0; for t in "$@"; do [ "$t" = planner-desktop ] && wants_desktop=1; done; fi
    if [ ! -f build/native/CMakeCache.txt ] ||
      { [ $wants_desktop = 1 ] && grep -q '^PLANNER_DESKTOP_DEFINED:INTERNAL=OFF' build/native/CMakeCache.txt; }; then
      cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release -DPLANNER_WERROR=${PLANNER_WERROR:-ON} "${launcher[@]+"${launcher[@]}"}" >/dev/null
    fi
    cmake --build build/native -j "$jobs" "${targets[@]}"
    ;;
  wasm)
    [ -f build/wasm/CMakeCache.txt ] || emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release -DPLANNER_WERROR=${PLANNER_WERROR:-ON} >/dev/null
    cmake --build build/wasm -j "$jobs" "${targets[@]}"
    ;;
  fuzz)
    [ -f build/fuzz/CMakeCache.txt ] || CC=clang CXX=clang++ cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANNER_FUZZ=ON -DPLANNER_BUILD_DESKTOP=OFF "${launcher[@]+"${launcher[@]}"}" >/dev/null
    cmake --build build/fuzz -j "$jobs" "${targets[@]}"
    ;;
  *) echo "build.sh: unknown kind $kind" >&2; exit 2 ;;
esac
