"""Sanity checks for heldout4/gold.jsonl (format, contexts, vocabularies)."""

import collections
import json
import pathlib
import re
import sys

from pipeline.evaluation import FIELDS

HERE = pathlib.Path(__file__).parent
KEYS = ["id", "doc", "context", "quote", "value", *FIELDS, "optional"]
VOCAB = {
    "qualifier": {"exact", "approximate", "at_least", "at_most"},
    "unit": {"count", "km2", "mi2", "km", "mi", "usd", "percent", "m3"},
    "category": {
        "weapon",
        "personnel",
        "casualties",
        "territory",
        "displacement",
        "economic",
        "infrastructure",
    },
    "weapon_type": {
        "drone",
        "missile",
        "guided_bomb",
        "aircraft",
        "helicopter",
        "tank",
        "armored_vehicle",
        "artillery",
        "mlrs",
        "air_defense",
        "ship",
        "vehicle",
    },
    "action": {
        "launched",
        "shot_down",
        "destroyed",
        "deployed",
        "massed",
        "seized",
        "controlled",
        "occupied",
        "evacuated",
        "injured",
        "killed",
    },
}
SIDES = {"Russia", "Ukraine", "North Korea", "United States", "United Nations", "South Korea"}
REGIONS = {
    "Kursk",
    "Moscow",
    "Donetsk",
    "Volgograd",
    "Belgorod",
    "Odesa",
    "Kyiv",
    "Lviv",
    "Bryansk",
    "Sumy",
    "Kharkiv",
    "Dnipropetrovsk",
    "Kherson",
    "Tula",
    "Zaporizhzhia",
    "Leningrad",
    "Samara",
}
errs = []
rows = [
    json.loads(line)
    for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
texts = {}
ids = collections.Counter(r["id"] for r in rows)
errs += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
seen_spans = collections.defaultdict(list)
for r in rows:
    i = r.get("id")
    if list(r) != KEYS:
        errs.append(f"{i}: keys {list(r)}")
        continue
    p = HERE / "articles" / r["doc"]
    if r["doc"] not in texts:
        texts[r["doc"]] = p.read_text(encoding="utf-8")
    t = texts[r["doc"]]
    c, q = r["context"], r["quote"]
    n = t.count(c)
    if n == 0:
        errs.append(f"{i}: context not in article: {c!r}")
        continue
    if q not in c:
        errs.append(f"{i}: quote {q!r} not in context {c!r}")
        continue
    # the quote's first occurrence in the context must be a whole token (what the scorer uses)
    k = c.index(q)
    before = c[k - 1] if k else " "
    after = c[k + len(q)] if k + len(q) < len(c) else " "
    if before.isalnum() or (after.isalnum() and not q.endswith(("%",))):
        errs.append(f"{i}: quote {q!r} is part of a longer token in {c!r}")
    if n > 1:
        # allowed only for the deliberately repeated paragraph: all occurrences inside identical paragraphs
        paras = [pp for pp in t.split("\n\n") if c in pp]
        if len(set(paras)) != 1:
            errs.append(f"{i}: context occurs {n} times in different paragraphs: {c!r}")
    start = t.index(c) + k
    seen_spans[(r["doc"], start)].append(i)
    v = r["value"]
    if not (v == "*" or (isinstance(v, (int, float)) and not isinstance(v, bool))):
        errs.append(f"{i}: value {v!r}")
    if not isinstance(r["optional"], bool):
        errs.append(f"{i}: optional not bool")
    for f, voc in VOCAB.items():
        if r[f] not in voc and r[f] not in ("*", None):
            errs.append(f"{i}: {f}={r[f]!r} not in vocabulary")
    if r["category"] not in ("weapon", "*") and r["weapon_type"] is not None:
        errs.append(f"{i}: weapon_type set but category {r['category']}")
    if r["category"] == "weapon" and r["weapon_type"] is None:
        errs.append(f"{i}: weapon without weapon_type")
    for f in ("actor", "target", "claimant_side", "country"):
        if r[f] not in SIDES and r[f] not in ("*", None):
            errs.append(f"{i}: {f}={r[f]!r}")
    if r["region"] not in REGIONS and r["region"] not in ("*", None):
        errs.append(f"{i}: region={r['region']!r}")
    if (
        r["qualifier"] == "at_least"
        and not re.search(r"(?i)more than|over|at least|exceed", c + q)
        and not r["optional"]
    ):
        errs.append(f"{i}: at_least without cue? {c!r}")
    if r["qualifier"] == "at_most" and not re.search(
        r"(?i)nearly|almost|up to|as much as|as high as|as many as", c
    ):
        errs.append(f"{i}: at_most without cue? {c!r}")
    if r["unit"] == "percent" and not re.search(r"%|per ?cent", c):
        errs.append(f"{i}: percent without % in context")
for k, v in seen_spans.items():
    if len(v) > 1:
        errs.append(f"same number labelled twice {k}: {v}")
for d, t in texts.items():
    if not (2500 <= len(t) <= 5000):
        errs.append(f"{d}: {len(t)} characters")
per = collections.defaultdict(lambda: [0, 0])
for r in rows:
    per[r["doc"]][1 if r["optional"] else 0] += 1
for d in sorted(per):
    print(f"{d}: required {per[d][0]}, optional {per[d][1]}, {len(texts[d])} chars")
print(
    "total required", sum(p[0] for p in per.values()), "optional", sum(p[1] for p in per.values())
)
print("\n".join(errs) or "OK")
sys.exit(1 if errs else 0)
