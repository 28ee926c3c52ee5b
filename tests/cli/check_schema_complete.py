#!/usr/bin/env python3
"""Every field of the scenario structs in src/core/scenario.h must be listed in
src/io/scenario_fields.h (so it is loaded, saved and linked) and documented in
docs/schema.md (as `name`). Prints what is missing; exit 1 if anything is."""
import re
import sys


def struct_fields(header):
    out = {}
    for struct, body in re.findall(r"struct (\w+) \{(.*?)\n\};", header, re.S):
        names = []
        for line in body.splitlines():
            code = line.split("//")[0].strip()
            if not code.endswith(";") or "(" in code or code.startswith(("enum", "static", "using")):
                continue
            decl = re.sub(r"\{[^}]*\}", "", code[:-1])  # drop brace initialisers
            first, *rest = decl.split(",")
            names.append(re.findall(r"(\w+)\s*(?:=.*)?$", first.strip())[0])
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
