#!/usr/bin/env bash
# tests/fuzz/make_corpus.sh [planner-cli]: regenerates the seed corpus and the
# fuzzer dictionaries from the presets and the schema (run after a change to
# the link format or the schema; the seeds are committed).
set -euo pipefail
mkdir -p "$(dirname "$0")/corpus/link_decode" "$(dirname "$0")/corpus/scenario_json"
cd "$(dirname "$0")/../.."
cli="${1:-build/native/shell/cli/planner-cli}"
rm -f tests/fuzz/corpus/link_decode/* tests/fuzz/corpus/scenario_json/*
for p in $("$cli" presets | awk '{print $1}'); do
  "$cli" export --preset "$p" --as link --base "https://planner.example/" >"tests/fuzz/corpus/link_decode/$p.txt"
  "$cli" export --preset "$p" --as json-minimal >"tests/fuzz/corpus/scenario_json/$p.min.json"
done
cp tests/io/fixtures/scenario_v*.json tests/fuzz/corpus/scenario_json/
# Format-1 links (the frozen fixtures) beside today's format-2 ones, and
# packed plans (format 2's JSON layout) for the unpacker.
for f in tests/io/fixtures/links-format1/*.link; do cp "$f" "tests/fuzz/corpus/link_decode/format1-$(basename "$f" .link).txt"; done
for p in default aie-rollout; do
  "$cli" export --preset "$p" --as json-packed >"tests/fuzz/corpus/link_decode/$p.packed.json"
done
link="$(cat tests/fuzz/corpus/link_decode/default.txt)"
printf '%s' "${link:0:80}" >tests/fuzz/corpus/link_decode/cut-off.txt
printf '#s=9.AAAA' >tests/fuzz/corpus/link_decode/newer-format.txt
printf '#s=1.%%%%%%' >tests/fuzz/corpus/link_decode/bad-characters.txt
printf '%s&view=summary' "$(sed 's/.*#//' tests/fuzz/corpus/link_decode/leland-marketing-team.txt)" >tests/fuzz/corpus/link_decode/view-flag.txt
printf '{"segments":[{"headcount":-5}],"org":{"horizon_months":"x"}}' >tests/fuzz/corpus/scenario_json/bad-values.json
printf '{"title":[[[[[[[[]]]]]]]]}' >tests/fuzz/corpus/scenario_json/nested.json
python3 - <<'PY'
import re
fields = open("src/io/scenario_fields.h").read()
names = sorted(set(re.findall(r"PLANNER_FIELD\((\w+)\)", fields)))
words = names + ["low", "likely", "high", "per_seat_month", "per_learner", "per_learner_week", "per_learner_month",
                 "per_engagement", "none", "class", "team", "cohort", "department", "triangular", "pert"]
with open("tests/fuzz/scenario_json.dict", "w") as f:
    for w in words:
        f.write('"\\"%s\\""\n' % w)
    for tok in ["{", "}", "[", "]", ":", ",", "true", "false", "null", "-1", "1e308", "0.5"]:
        f.write('"%s"\n' % tok)
with open("tests/fuzz/link_decode.dict", "w") as f:
    for tok in ["#s=1.", "s=1.", "&b=1.", "b=1.", "#s=2.", "s=2.", "&b=2.", "b=2.", "&view=summary", "https://planner.example/#", "s=9.",
                "=", "%", '{"#":', '{"#T":[', "null", '"segments":']:
        f.write('"%s"\n' % tok.replace('"', '\\"'))
PY
echo "corpus: $(ls tests/fuzz/corpus/link_decode | wc -l) links, $(ls tests/fuzz/corpus/scenario_json | wc -l) JSON files"
