#!/usr/bin/env bash
# tests/fuzz/run.sh: build the libFuzzer targets (clang, ASan + UBSan) with
# scripts/build.sh fuzz and run each for a bounded time from the seed corpus
# in tests/fuzz/corpus/<name>/. Fails on any crash, leak, sanitizer report,
# timeout or property violation. FUZZ_SECONDS (default 30) per target.
# A crashing input is kept in build/fuzz/artifacts/ for replay:
#   build/fuzz/tests/fuzz/fuzz_link_decode build/fuzz/artifacts/crash-...
set -uo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
seconds="${FUZZ_SECONDS:-30}"
scripts/build.sh fuzz fuzz_link_decode fuzz_scenario_json fuzz_import >/dev/null || { echo "FAIL: fuzz build"; exit 1; }
mkdir -p build/fuzz/artifacts
status=0
for name in link_decode scenario_json import; do
  work="$(mktemp -d)"
  # XLSX seeds for fuzz_import, written by openpyxl (never committed as binaries).
  [ "$name" = import ] && /usr/bin/python3 tests/import/make_xlsx_fixtures.py "$work" >/dev/null 2>&1
  bin="build/fuzz/tests/fuzz/fuzz_$name"
  dict=()
  [ -f "tests/fuzz/$name.dict" ] && dict=(-dict="tests/fuzz/$name.dict")
  echo "fuzz_$name: ${seconds}s from tests/fuzz/corpus/$name"
  if "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
       -artifact_prefix=build/fuzz/artifacts/ "${dict[@]}" "$work" "tests/fuzz/corpus/$name" >"$work.log" 2>&1; then
    echo "ok   fuzz_$name: $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work.log" | grep -o '[0-9]*$') runs, no crash"
  else
    status=1
    echo "FAIL fuzz_$name:"; grep -E "ERROR|SUMMARY|property|Test unit written" "$work.log" | head -20
  fi
  rm -rf "$work" "$work.log"
done
exit $status
