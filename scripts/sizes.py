#!/usr/bin/env python3
"""Prints the web site's download sizes against the goals of issue 12. Builds nothing.

usage: scripts/sizes.py [SITE_DIR] [--goals wasm,site]
  SITE_DIR  default build/web (build it with scripts/build.sh wasm)
  --goals   the goals whose miss fails the run (default both; ctest checks wasm)

For each file of the site: its raw size and its size gzipped at level 9 (what
a static host that compresses sends). Then the goals:
  planner.wasm  <= 1,000,000 bytes raw ("1.0 MB" read as 10^6 bytes: the
                   stricter of 10^6 and 2^20)
  the site      <= 450,000 bytes gzipped, every file summed ("450 KB" read
                   as 10^3 bytes, again the stricter)
Exits 1 when a checked goal is missed, 2 when the site is missing. Sizes of one build
are exact (gzip output here is deterministic: no name, no time stamp), so a
test may call this.
"""
import gzip
import os
import sys

WASM_GOAL = 1_000_000
SITE_GZIP_GOAL = 450_000
# What the browser fetches before the first frame; the service worker fetches
# the rest (icons, manifest) afterwards.
FIRST_LOAD = ("index.html", "planner.js", "planner.wasm")


def gzip_size(data):
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def main():
    args = sys.argv[1:]
    if args and args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    checked = {"wasm", "site"}
    if "--goals" in args:
        at = args.index("--goals")
        checked = set(args[at + 1].split(",")) if at + 1 < len(args) else set()
        del args[at:at + 2]
        if not checked or not checked <= {"wasm", "site"}:
            print("sizes: --goals takes wasm, site or wasm,site", file=sys.stderr)
            return 2
    site = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build", "web")
    site = os.path.normpath(site)
    if not os.path.isfile(os.path.join(site, "planner.wasm")):
        print(f"sizes: {site}/planner.wasm is missing: build the site with scripts/build.sh wasm", file=sys.stderr)
        return 2

    rows = []
    for name in sorted(os.listdir(site)):
        path = os.path.join(site, name)
        if os.path.isfile(path):
            with open(path, "rb") as f:
                data = f.read()
            rows.append((name, len(data), gzip_size(data)))

    print(f"{'file':<24}{'raw bytes':>12}{'gzip -9':>12}")
    for name, raw, gz in rows:
        print(f"{name:<24}{raw:>12,}{gz:>12,}")
    total_raw = sum(r[1] for r in rows)
    total_gz = sum(r[2] for r in rows)
    first_raw = sum(r[1] for r in rows if r[0] in FIRST_LOAD)
    first_gz = sum(r[2] for r in rows if r[0] in FIRST_LOAD)
    print(f"{'site (all files)':<24}{total_raw:>12,}{total_gz:>12,}")
    print(f"{'first load (' + str(len(FIRST_LOAD)) + ' files)':<24}{first_raw:>12,}{first_gz:>12,}")

    wasm = next(r[1] for r in rows if r[0] == "planner.wasm")
    goals = [
        ("wasm", "planner.wasm, raw", wasm, WASM_GOAL, "1.0 MB = 10^6 bytes"),
        ("site", "site, gzipped", total_gz, SITE_GZIP_GOAL, "450 KB = 450 x 10^3 bytes"),
    ]
    print()
    missed = 0
    for key, what, size, goal, unit in goals:
        ok = size <= goal
        missed += not ok and key in checked
        note = "" if key in checked else " (not checked)"
        print(f"{what:<20}{size:>11,} bytes  goal <= {goal:,} ({unit})  {'met' if ok else 'MISSED'}{note}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
