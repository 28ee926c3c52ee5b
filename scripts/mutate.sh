#!/usr/bin/env bash
# scripts/mutate.sh [--only TEXT] [--check]: the mutation check of src/core.
# Applies each mutant of tests/mutation/mutants.txt to a copy of the tree
# (build/mutation/tree), rebuilds the native planner_tests there and records
# whether a behavioural test (not the pinned hash) fails. Prints killed / total
# and the survivors; the report is also in build/mutation/report.txt.
# Slow (about a minute a mutant on 2 cores): not part of ./test.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
exec nice /usr/bin/python3 "$here/tests/mutation/mutate.py" "$@"
