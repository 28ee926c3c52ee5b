#!/usr/bin/env python3
"""Every field of the scenario structs in src/core/scenario.h must be listed in
src/io/scenario_fields.h (so it is loaded, saved and linked) and documented in
docs/schema.md (as `name`). Prints what is missing; exit 1 if anything is."""
import re
import sys


def struct_fields(header):
    out = {}
    for struct, body in re.findall(r"struct (\w+) \{(.*?)\n\};", header, re.S):
        code = " ".join(line.split("//")[0] for line in body.splitlines())  # comments out, lines joined
        code = re.sub(r"\{[^{}]*\}", "", code)  # brace initialisers and inline function bodies
        names = []
        for stmt in code.split(";"):
            stmt = " ".join(stmt.split())
            if not stmt or "(" in stmt or stmt.startswith(("enum", "static", "using")):
                continue
            first, *rest = stmt.split(",")
            found = re.findall(r"(\w+)\s*(?:=.*)?$", first.strip())
            if not found:
                continue
            names.append(found[0])
            names += [re.match(r"\s*(\w+)", r).group(1) for r in rest]
        out[struct] = names
    return out


header = open("src/core/scenario.h", encoding="utf-8").read()
fields = open("src/io/scenario_fields.h", encoding="utf-8").read()
doc = open("docs/schema.md", encoding="utf-8").read()
structs = struct_fields(header)
structs.pop("Range", None)  # written as {"low","likely","high"} by the range writer
missing, total = [], 0
for struct, names in structs.items():
    visit = re.search(r"void visit\(V& v, %s& a, const %s& b\) \{(.*?)\n\}" % (struct, struct), fields, re.S)
    for name in names:
        total += 1
        if not visit or ("PLANNER_FIELD(%s);" % name) not in visit.group(1):
            missing.append("src/io/scenario_fields.h lacks %s.%s" % (struct, name))
        if ("`%s`" % name) not in doc:
            missing.append("docs/schema.md lacks %s.%s" % (struct, name))
for m in missing:
    print("     " + m)
print("     %d fields in %d structs checked" % (total, len(structs)))
if total < 60:
    print("     too few fields found: the parser of scenario.h is broken")
    sys.exit(1)
sys.exit(1 if missing else 0)
