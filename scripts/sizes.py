#!/usr/bin/env python3
"""Prints the web site's download sizes against the goals of issue 12. Builds nothing.

usage: scripts/sizes.py [SITE_DIR] [--goals wasm,editor]
  SITE_DIR  default build/web (build it with scripts/build.sh wasm)
  --goals   the goals whose miss fails the run (default both; ctest checks wasm)

For each file of the site: its raw size and its size gzipped at level 9 (what
a static host that compresses sends). Then each route's first download: what
the browser fetches before the plan is readable (web/loader.js picks the
route before downloading anything big):
  reader route  a phone, a tablet or a view=summary link: the page, its two
                scripts and the reader module (reader.js + reader.wasm)
  editor route  a desktop browser: the page, its two scripts and the editor
                (planner.js + planner.wasm)
The service worker fetches the rest afterwards (the other program, icons,
manifest) for offline use. The goals:
  wasm    each .wasm <= 1,000,000 bytes raw ("1.0 MB" read as 10^6 bytes:
          the stricter of 10^6 and 2^20)
  editor  the editor route's first download <= 450,000 bytes gzipped ("450
          KB" read as 10^3 bytes, again the stricter); the reader route's is
          smaller and is reported, not checked
The tools (tools_worker.js + tools.js + tools.wasm: import, paste from a
spreadsheet, the workbook) are in neither route: the editor loads them in a
worker at their first use; they are reported as "loaded on demand".
The whole site gzipped is reported too: since the reader module it holds two
programs, so it is no longer what any visitor downloads first.
Exits 1 when a checked goal is missed, 2 when the site is missing. Sizes of one
build are exact (gzip output here is deterministic: no name, no time stamp), so
a test may call this.
"""
import gzip
import os
import sys

WASM_GOAL = 1_000_000
FIRST_LOAD_GZIP_GOAL = 450_000
PAGE = ("index.html", "reader_page.js", "loader.js")
ROUTES = {
    "reader": PAGE + ("reader.js", "reader.wasm"),
    "editor": PAGE + ("planner.js", "planner.wasm"),
}
ON_DEMAND = ("tools_worker.js", "tools.js", "tools.wasm")


def gzip_size(data):
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def main():
    args = sys.argv[1:]
    if args and args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    checked = {"wasm", "editor"}
    if "--goals" in args:
        at = args.index("--goals")
        checked = set(args[at + 1].split(",")) if at + 1 < len(args) else set()
        del args[at:at + 2]
        if not checked or not checked <= {"wasm", "editor"}:
            print("sizes: --goals takes wasm, editor or wasm,editor", file=sys.stderr)
            return 2
    site = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build", "web")
    site = os.path.normpath(site)
    missing = [f for r in ROUTES.values() for f in r if not os.path.isfile(os.path.join(site, f))]
    if missing:
        print(f"sizes: {site} lacks {', '.join(sorted(set(missing)))}: build the site with scripts/build.sh wasm",
              file=sys.stderr)
        return 2

    sizes = {}
    for name in sorted(os.listdir(site)):
        path = os.path.join(site, name)
        if os.path.isfile(path):
            with open(path, "rb") as f:
                data = f.read()
            sizes[name] = (len(data), gzip_size(data))

    print(f"{'file':<32}{'raw bytes':>12}{'gzip -9':>12}")
    for name, (raw, gz) in sizes.items():
        print(f"{name:<32}{raw:>12,}{gz:>12,}")
    print(f"{'whole site (both programs)':<32}{sum(s[0] for s in sizes.values()):>12,}"
          f"{sum(s[1] for s in sizes.values()):>12,}")
    first = {}
    for route, files in ROUTES.items():
        first[route] = sum(sizes[f][1] for f in files)
        label = f"{route} route, first download"
        print(f"{label:<32}{sum(sizes[f][0] for f in files):>12,}{first[route]:>12,}   ({' + '.join(files)})")

    if all(f in sizes for f in ON_DEMAND):
        label = "tools, loaded on demand"
        print(f"{label:<32}{sum(sizes[f][0] for f in ON_DEMAND):>12,}{sum(sizes[f][1] for f in ON_DEMAND):>12,}"
              f"   ({' + '.join(ON_DEMAND)})")

    goals = [("wasm", f"{name}, raw", sizes[name][0], WASM_GOAL, "1.0 MB = 10^6 bytes")
             for name in ("reader.wasm", "planner.wasm")]
    goals.append(("editor", "editor route, gzipped", first["editor"], FIRST_LOAD_GZIP_GOAL,
                  "450 KB = 450 x 10^3 bytes"))
    print()
    missed = 0
    for key, what, size, goal, unit in goals:
        ok = size <= goal
        missed += not ok and key in checked
        note = "" if key in checked else " (not checked)"
        print(f"{what:<24}{size:>11,} bytes  goal <= {goal:,} ({unit})  {'met' if ok else 'MISSED'}{note}")
    print(f"{'reader route, gzipped':<24}{first['reader']:>11,} bytes  (no fixed goal: as small as it gets)")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
