#!/usr/bin/env python3
"""Wrote tests/io/fixtures/links-format1/: links of format 1 and what they open.

RAN ONCE, with the planner that still wrote link format 1 (before format 2
existed); the files are frozen evidence that every format-1 link keeps
opening with identical results (tests/io/link_fixtures_test.cpp). Never
regenerate them with a newer planner: it writes format 2.

For each NAME:
  NAME.link          the link's fragment ("#s=1.…", with "&b=1.…" or "&view=summary")
  NAME.json.gz          `planner-cli report --json --link` of it (the likely case), gzipped
  NAME.compare.json.gz  `planner-cli compare --json --link` (links with "b=" only), gzipped

The plans: every preset; bench/planner_bench.cpp's large_scenario() with 40
and 100 segments (the 40- and 100-segment links issue 12 measured); the
100-segment plan with realistic, varied segment names; 40 and 100 segments
with those names and varied figures; generated plans; a
two-plan link; a view=summary link.

Usage: tests/io/make_link_fixtures.py build/native/shell/cli/planner-cli
"""
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile

cli = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
out_dir = os.path.join(here, "fixtures", "links-format1")
presets_dir = os.path.join(here, "..", "..", "src", "presets")


def run(*args):
    return subprocess.check_output([cli, *args], text=True)


def export_link(*args):
    """A link fragment without its '#'."""
    return run("export", "--as", "link", *args).strip().lstrip("#")


def link_of(scenario):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(scenario, f, ensure_ascii=False)
    try:
        return export_link(f.name)
    finally:
        os.unlink(f.name)


def preset(name):
    with open(os.path.join(presets_dir, name + ".json"), encoding="utf-8") as f:
        return json.load(f)


# Realistic segment names of a large company, all different.
NAMES = (
    "Accounts payable|Accounts receivable|Payroll|Financial planning & analysis|Treasury|Tax|Internal audit|"
    "Procurement|Vendor management|Legal counsel|Contracts|Compliance|Risk management|Corporate communications|"
    "Investor relations|Brand marketing|Product marketing|Digital marketing|Content studio|Events|"
    "Field sales EMEA|Field sales North America|Field sales APAC|Inside sales|Sales operations|Partner channel|"
    "Key accounts|Pre-sales engineering|Customer success|Renewals|Customer support tier 1|Customer support tier 2|"
    "Technical support|Service desk|Onboarding|Training & enablement|Recruiting|HR business partners|"
    "Compensation & benefits|Learning & development|People analytics|Facilities|Workplace services|"
    "Health & safety|Security operations|IT infrastructure|Network engineering|End-user computing|Cloud platform|"
    "Site reliability|Backend engineering|Frontend engineering|Mobile engineering|QA & testing|Data engineering|"
    "Data science|Business intelligence|Machine learning|Product management|UX research|Product design|"
    "Technical writing|Architecture|DevOps|Release management|Information security|Identity & access|"
    "Enterprise applications|ERP team|CRM team|Supply chain planning|Logistics|Warehouse operations|"
    "Fleet management|Manufacturing engineering|Quality assurance|Plant operations Leeds|Plant operations Lyon|"
    "Maintenance|Sourcing|Research & development|Clinical affairs|Regulatory affairs|Pricing|Revenue operations|"
    "Billing|Collections|Credit control|Strategy office|Program management office|Executive assistants|"
    "Board office|Corporate development|Sustainability|Public policy|Knowledge management|Translation services|"
    "Field service|Call centre Manchester|Call centre Porto"
).split("|")
assert len(NAMES) == 100 and len(set(NAMES)) == 100


def large(n, names=None):
    """bench/planner_bench.cpp's large_scenario(), with n segments (doubles as C++ computes them)."""
    s = preset("default")
    base = s["segments"][0]
    s["segments"] = []
    for i in range(n):
        g = dict(base)
        g["name"] = names[i] if names else "Segment %d" % (i + 1)
        g["headcount"] = 1000
        g["current_at_tier"] = [100 + i % 7 * 10, 20 + i % 5 * 5, i % 3]
        g["target_share"] = [1.0, 0.3 + (i % 4) * 0.1, 0.05 + (i % 3) * 0.05]
        g["hourly_cost"] = 35 + i % 9 * 5
        g["addressable_hours_week"] = 8 + i % 5 * 2
        g["wave"] = 1 + i % 3
        g["managers"] = 20
        s["segments"].append(g)
    s["plan"] = [{"segment": -1, "tier": 0, "model": "platform", "share": 1.0},
                 {"segment": -1, "tier": 1, "model": "workshop", "share": 0.5},
                 {"segment": -1, "tier": 2, "model": "cohort", "share": 0.3}]
    s["capacity"]["max_parallel_groups"] = 60
    s["capacity"]["coaches"] = 40
    s["org"]["horizon_months"] = 36
    return s


def varied(n, seed):
    """n segments with realistic names and varied, plausible figures (not the bench's repeating ones)."""
    r = random.Random(seed)
    s = large(n, NAMES)
    for g in s["segments"]:
        head = r.randint(6, 900)
        g["headcount"] = head
        g["hourly_cost"] = round(r.uniform(28, 140), r.choice([0, 2]))
        g["addressable_hours_week"] = r.choice([4, 6, 8, 10, 12, 14, 16, 18, 20, 24]) + r.choice([0, 0.5])
        g["current_at_tier"] = [r.randint(0, head // 5), r.randint(0, head // 20), r.randint(0, head // 50)]
        g["target_share"] = [1.0, r.choice([0.3, 0.4, 0.5, 0.6, 0.75]), r.choice([0.05, 0.1, 0.15, 0.2])]
        g["wave"] = r.randint(1, 3)
        g["managers"] = max(1, head // r.randint(6, 12))
    return s


def generated(seed):
    """A preset with its numbers and names redrawn: valid, far from any preset."""
    r = random.Random(seed)
    s = preset(r.choice(["default", "aie-rollout", "leland-marketing-team"]))
    s["title"] = "Generated plan %d – “quoted” ✓" % seed
    s["org"]["horizon_months"] = r.randint(6, 60)
    s["org"]["discount_rate_annual"] = round(r.uniform(0, 0.3), r.randint(1, 6))
    tiers = len(s["framework"]["tiers"])
    s["segments"] = []
    for i in range(r.randint(1, 25)):
        head = r.randint(0, 3000)
        now, share, left, shares = [], 1.0, head, []
        for _ in range(tiers):
            k = r.randint(0, left // 4)
            left -= k
            now.append(k)
            share *= r.uniform(0.2, 1)
            shares.append(share)
        s["segments"].append({"name": "Team %d %s" % (r.randint(1, 999), r.choice(["", "& Co", "ünï", "\"q\""])),
                              "headcount": head, "hourly_cost": round(r.uniform(20, 120), 2),
                              "addressable_hours_week": r.uniform(0, 30), "current_at_tier": now,
                              "target_share": shares, "wave": r.randint(1, 3), "managers": r.randint(1, 10)})
    s["plan"] = [p for p in s["plan"] if p["segment"] < len(s["segments"])]
    return s


def write(name, text):
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
        f.write(text)


def write_gz(name, text):
    """Results documents are large (a 100-segment plan's: 660 KB): stored gzipped."""
    with open(os.path.join(out_dir, name + ".gz"), "wb") as f:
        f.write(gzip.compress(text.encode("utf-8"), 9, mtime=0))


def store(name, link):
    assert link.startswith("s=1."), link[:20]
    write(name + ".link", "#" + link + "\n")
    write_gz(name + ".json", run("report", "--json", "--link", link))
    if "&b=" in link:
        write_gz(name + ".compare.json", run("compare", "--json", "--link", link))
    print("%-32s %5d characters" % (name, len(link)))


os.makedirs(out_dir, exist_ok=True)
for line in run("presets").splitlines():
    if line.strip():
        name = line.split()[0]
        store("preset-" + name, export_link("--preset", name))
store("large-40-segments", link_of(large(40)))
store("large-100-segments", link_of(large(100)))
store("large-100-segments-named", link_of(large(100, NAMES)))
store("large-100-segments-varied", link_of(varied(100, 12)))
store("large-40-segments-varied", link_of(varied(40, 12)))
for seed in (1, 2, 3):
    store("generated-%d" % seed, link_of(generated(seed)))
a = export_link("--preset", "default")
b = export_link("--preset", "aie-rollout")
store("comparison-default-vs-aie", a + "&b=" + b[2:])
store("view-summary-jain", export_link("--preset", "jain-cohort-vs-lms") + "&view=summary")
