#!/usr/bin/env bash
# Fails if any project C++ source differs from .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files -co --exclude-standard 'src/*.cpp' 'src/*.h' 'shell/*.cpp' 'shell/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h')
[ -n "$files" ] || exit 0
bad=$(clang-format --dry-run $files 2>&1 | grep -oE '^[^:]+\.(cpp|h)' | sort -u || true)
if [ -n "$bad" ]; then echo "not clang-formatted (run: clang-format -i FILE):"; echo "$bad"; exit 1; fi
