#!/usr/bin/python3
"""mutate.py — a mutation check of src/core (run through scripts/mutate.sh).

Applies each mutant of tests/mutation/mutants.txt, one at a time, to a COPY of
the tree (build/mutation/tree; the working tree is never touched), rebuilds
only the native planner_tests there (build/mutation/build, with ccache when it
is installed) and runs it without the pinned simulation hash (Pinned*): the
hash compares the model with its own earlier output, so it would "kill" every
mutant without saying which rule broke.

Outcomes
  killed     a behavioural test failed (or the run crashed or timed out)
  SURVIVED   every test passed: no test sees the change
  stale      the original text is no longer in the file (the code moved on:
             update or drop the mutant)
  ambiguous  the original text occurs more than once (make it longer)
  no-build   the mutant does not compile (fix the mutant; not counted)

Score: killed / (killed + survived). The report goes to stdout and to
build/mutation/report.txt. Exit status 0 whatever the score (it is a report,
not a gate), 2 on a usage or set-up error.
"""
import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.realpath(os.path.join(os.path.dirname(__file__), "..", ".."))
WORK = os.path.join(ROOT, "build", "mutation")
TREE = os.path.join(WORK, "tree")
BUILD = os.path.join(WORK, "build")
FILTER = "-Pinned*"


def parse(path):
    """Blocks of:  [id] what it breaks / file: PATH / - original... / + replacement..."""
    mutants, cur = [], None
    for n, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        if line.startswith("#") or (not line.strip() and cur is None):
            continue
        m = re.match(r"^\[([A-Za-z0-9_.-]+)\]\s*(.*)$", line)
        if m:
            cur = {"id": m.group(1), "what": m.group(2), "file": None, "old": [], "new": [], "line": n}
            mutants.append(cur)
        elif cur is None:
            raise SystemExit(f"{path}:{n}: text outside a mutant block")
        elif line.startswith("file: "):
            cur["file"] = line[6:].strip()
        elif line.startswith("- ") or line == "-":
            cur["old"].append(line[2:])
        elif line.startswith("+ ") or line == "+":
            cur["new"].append(line[2:])
        elif not line.strip():
            cur = None
        else:
            raise SystemExit(f"{path}:{n}: expected 'file: ', '- ' or '+ ' in mutant {cur['id']}")
    ids = set()
    for m in mutants:
        if not m["file"] or not m["old"]:
            raise SystemExit(f"{path}:{m['line']}: mutant {m['id']} needs a file and an original text")
        if m["id"] in ids:
            raise SystemExit(f"{path}:{m['line']}: duplicate id {m['id']}")
        ids.add(m["id"])
        m["old"], m["new"] = "\n".join(m["old"]), "\n".join(m["new"])
    return mutants


def mirror(src, dst):
    """Makes dst a copy of src: files whose bytes differ are copied (stamped now, so
    they rebuild even after an interrupted run), gone ones removed."""
    if os.path.isfile(src):
        if not os.path.exists(dst) or not filecmp.cmp(src, dst, shallow=False):
            shutil.copyfile(src, dst)
            shutil.copymode(src, dst)
        return
    os.makedirs(dst, exist_ok=True)
    names = {n for n in os.listdir(src) if n != "node_modules"}
    for n in os.listdir(dst):
        if n not in names:
            p = os.path.join(dst, n)
            shutil.rmtree(p) if os.path.isdir(p) and not os.path.islink(p) else os.remove(p)
    for n in names:
        mirror(os.path.join(src, n), os.path.join(dst, n))


def sync_tree():
    """Copies the working tree's sources into TREE (mtimes kept, so unchanged files do not rebuild)."""
    os.makedirs(TREE, exist_ok=True)
    for name in ["CMakeLists.txt", "cmake", "src", "tests", "shell", "bench", "web", "data"]:
        src = os.path.join(ROOT, name)
        if not os.path.exists(src):
            continue
        mirror(src, os.path.join(TREE, name))
    # third_party is a link (or a folder of fetched sources): link to it.
    tp = os.path.join(TREE, "third_party")
    if not os.path.lexists(tp):
        os.symlink(os.path.realpath(os.path.join(ROOT, "third_party")), tp)


def run(cmd, timeout=None, **kw):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=timeout, **kw)
        return p.returncode, p.stdout
    except subprocess.TimeoutExpired as e:
        return None, (e.stdout or b"").decode("utf-8", "replace") if isinstance(e.stdout, bytes) else (e.stdout or "")


def configure():
    if os.path.exists(os.path.join(BUILD, "CMakeCache.txt")):
        return
    args = ["cmake", "-S", TREE, "-B", BUILD, "-DCMAKE_BUILD_TYPE=Release", "-DPLANNER_WERROR=OFF",
            "-DPLANNER_BUILD_DESKTOP=OFF"]
    if shutil.which("ccache"):
        args.append("-DCMAKE_CXX_COMPILER_LAUNCHER=ccache")
    rc, out = run(args)
    if rc != 0:
        print(out)
        raise SystemExit(2)


def build(jobs):
    return run(["cmake", "--build", BUILD, "-j", str(jobs), "--target", "planner_tests"])


def test_binary():
    return os.path.join(BUILD, "tests", "planner_tests")


def run_tests(timeout):
    rc, out = run([test_binary(), f"--gtest_filter={FILTER}", "--gtest_brief=1"], timeout=timeout)
    failed = sorted(set(re.findall(r"\[  FAILED  \] ([A-Za-z0-9_/.]+)", out)))
    return rc, failed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", action="append", help="run only mutants whose id or file contains this text (repeatable)")
    ap.add_argument("--without", default="",
                    help="also score as if tests whose names start with these prefixes (comma-separated) did not "
                         "exist, e.g. --without CostOracle,TimeOracle to see what new tests added")
    ap.add_argument("--list", default=os.path.join(ROOT, "tests", "mutation", "mutants.txt"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--check", action="store_true", help="only report stale or ambiguous mutants; build nothing")
    a = ap.parse_args()

    mutants = parse(a.list)
    if a.only:
        mutants = [m for m in mutants if any(o in m["id"] or o in m["file"] for o in a.only)]
    without = [w for w in a.without.split(",") if w]
    killers = {}  # mutant id -> the tests that failed
    if not mutants:
        print("mutate: no mutant matches")
        return 2

    lines = []

    def say(text):
        print(text, flush=True)
        lines.append(text)

    # Which mutants still apply to the current sources (read from the working tree).
    results = {}
    for m in mutants:
        path = os.path.join(ROOT, m["file"])
        text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        count = text.count(m["old"])
        if count == 0:
            results[m["id"]] = ("stale", "original text not found")
        elif count > 1:
            results[m["id"]] = ("ambiguous", f"original text found {count} times")
    if a.check:
        for m in mutants:
            print(f"{results.get(m['id'], ('ok', ''))[0]:9} {m['id']}  {m['file']}")
        return 0

    sync_tree()
    configure()
    t0 = time.time()
    rc, out = build(a.jobs)
    if rc != 0:
        print(out[-4000:])
        print("mutate: the unmutated tree does not build")
        return 2
    t1 = time.time()
    rc, failed = run_tests(timeout=3600)
    baseline = time.time() - t1
    if rc != 0:
        print(f"mutate: the unmutated tests fail ({', '.join(failed) or 'exit ' + str(rc)}): fix them first")
        return 2
    timeout = max(60.0, 5 * baseline)
    say(f"mutate: baseline built in {t1 - t0:.0f} s, tests ({FILTER}) pass in {baseline:.1f} s; "
        f"{len(mutants)} mutants, timeout {timeout:.0f} s each")

    for i, m in enumerate(mutants, 1):
        if m["id"] in results:
            say(f"[{i}/{len(mutants)}] {results[m['id']][0]:9} {m['id']} ({m['file']}): {results[m['id']][1]}")
            continue
        target = os.path.join(TREE, m["file"])
        original = open(target, encoding="utf-8").read()
        if original.count(m["old"]) != 1:  # the copy must match the working tree
            results[m["id"]] = ("stale", "the copy differs from the working tree")
            continue
        started = time.time()
        try:
            with open(target, "w", encoding="utf-8") as f:
                f.write(original.replace(m["old"], m["new"], 1))
            rc, out = build(a.jobs)
            if rc != 0:
                err = [l for l in out.split("\n") if "error" in l][:2]
                results[m["id"]] = ("no-build", "; ".join(err)[:300])
            else:
                rc, failed = run_tests(timeout)
                if rc is None:
                    results[m["id"]] = ("killed", "timed out")
                elif rc != 0:
                    killers[m["id"]] = failed
                    shown = ", ".join(failed[:4]) + (f" (+{len(failed) - 4})" if len(failed) > 4 else "")
                    results[m["id"]] = ("killed", shown or f"exit {rc} (crash)")
                else:
                    results[m["id"]] = ("SURVIVED", m["what"])
        finally:
            with open(target, "w", encoding="utf-8") as f:
                f.write(original)
        status, detail = results[m["id"]]
        say(f"[{i}/{len(mutants)}] {status:9} {m['id']} ({m['file']}, {time.time() - started:.0f} s): {detail}")

    # Leave the copy's build matching the sources again.
    build(a.jobs)
    counts = {}
    for status, _ in results.values():
        counts[status] = counts.get(status, 0) + 1
    killed, survived = counts.get("killed", 0), counts.get("SURVIVED", 0)
    say("")
    say(f"mutate: killed {killed} / {killed + survived} "
        f"({100.0 * killed / max(1, killed + survived):.0f} %); stale {counts.get('stale', 0)}, "
        f"ambiguous {counts.get('ambiguous', 0)}, no-build {counts.get('no-build', 0)}")
    if without:
        # A mutant killed only by the named tests survives without them (a
        # crash or timeout, with no test named, still counts as killed).
        only_new = [m["id"] for m in mutants if results[m["id"]][0] == "killed" and killers.get(m["id"])
                    and all(any(t.startswith(w) for w in without) for t in killers[m["id"]])]
        k2 = killed - len(only_new)
        say(f"mutate: without tests {','.join(without)}*: killed {k2} / {killed + survived} "
            f"({100.0 * k2 / max(1, killed + survived):.0f} %); killed only by them: {', '.join(only_new) or 'none'}")
    for status in ["SURVIVED", "stale", "ambiguous", "no-build"]:
        for m in mutants:
            if results[m["id"]][0] == status:
                say(f"  {status:9} {m['id']:28} {m['file']}: {m['what'] if status == 'SURVIVED' else results[m['id']][1]}")
    os.makedirs(WORK, exist_ok=True)
    with open(os.path.join(WORK, "report.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
