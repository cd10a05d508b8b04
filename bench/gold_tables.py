"""Hand-written label tables of the held-out sets (heldout4 on): how a set's `make_gold.py`
turns its tables into gold.jsonl, and how its `check_gold.py` checks the result (format,
contexts that occur in the articles, vocabularies, qualifier cues)."""

import collections
import json
import re
from pathlib import Path

from pipeline.evaluation import FIELDS

ANY = "*"  # any value is accepted for the field

# Shorthand of the label tables (`from bench.gold_tables import A, R, U, EX, W, ...`)
A, N = ANY, None  # any value; must be empty
R, U = "Russia", "Ukraine"
US, UK, NK, SK, UN = (
    "United States",
    "United Kingdom",
    "North Korea",
    "South Korea",
    "United Nations",
)
EX, APX, GE, LE = "exact", "approximate", "at_least", "at_most"
W, CAS, PER, TER, DIS, ECO, INF = (
    "weapon", "casualties", "personnel", "territory", "displacement", "economic", "infrastructure"
)  # fmt: skip
KEYS = ["id", "doc", "context", "quote", "value", *FIELDS, "optional"]


class LabelTable:
    """Labels in the order they are written; `write` numbers them `<prefix>-001` on."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def label(
        self, doc, context, quote, value, q, unit, cat, wt, action, actor, target, cside,
        country, region, opt=False,
    ) -> None:  # fmt: skip
        self.rows.append(
            dict(doc=doc, context=context, quote=quote, value=value, qualifier=q, unit=unit,
                 category=cat, weapon_type=wt, action=action, actor=actor, target=target,
                 claimant_side=cside, country=country, region=region, optional=opt)
        )  # fmt: skip

    def any(self, doc, context, quote) -> None:
        """A debatable number: optional, nothing scored."""
        self.label(doc, context, quote, *[ANY] * 11, True)

    def labels(self, doc: str, items: list[tuple]) -> None:
        """`label` for each row of a document's table."""
        for item in items:
            self.label(doc, *item)

    def anys(self, doc: str, items: list[tuple[str, str]]) -> None:
        """`any` for each (context, quote) of a document."""
        for context, quote in items:
            self.any(doc, context, quote)

    def write(self, path: Path, prefix: str) -> None:
        out = []
        for i, r in enumerate(self.rows, 1):
            o = {"id": f"{prefix}-{i:03d}"}
            o.update({k: r[k] for k in KEYS[1:]})
            if isinstance(o["value"], float) and o["value"].is_integer():
                o["value"] = int(o["value"])
            out.append(o)
        path.write_text(
            "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8"
        )
        print(len(out), "labels")


VOCAB = {
    "qualifier": set("exact approximate at_least at_most".split()),
    "unit": set("count km2 mi2 km mi usd percent m3".split()),
    "category": set(
        "weapon personnel casualties territory displacement economic infrastructure".split()
    ),
    "weapon_type": set(
        "drone missile guided_bomb aircraft helicopter tank armored_vehicle artillery mlrs"
        " air_defense ship vehicle".split()
    ),
    "action": set(
        "launched shot_down destroyed deployed massed seized controlled occupied evacuated"
        " injured killed".split()
    ),
}
SIDES = {"Russia", "Ukraine", "North Korea", "United States", "United Nations", "South Korea",
         "United Kingdom"}  # fmt: skip
REGIONS = set(
    "Kursk Moscow Donetsk Volgograd Belgorod Odesa Kyiv Lviv Bryansk Sumy Kharkiv Dnipropetrovsk"
    " Kherson Tula Zaporizhzhia Leningrad Samara Rostov Voronezh Crimea Saratov Ternopil".split()
)
_CUES = {
    "at_least": r"(?i)more than|over|at least|exceed|no fewer than|not less than|upwards of",
    "at_most": r"(?i)nearly|almost|up to|as much as|as high as|as many as|no more than"
    r"|not more than|fewer than|less than|under",
    "approximate": r"(?i)about|around|some|roughly|approximately|estimated",
}


def _problems(r: dict, text: str) -> list[str]:
    i, c, q = r["id"], r["context"], r["quote"]
    n = text.count(c)
    if n == 0:
        return [f"{i}: context not in article: {c!r}"]
    if q not in c:
        return [f"{i}: quote {q!r} not in context {c!r}"]
    errs = []
    # the quote's first occurrence in the context must be a whole token (what the scorer uses)
    k = c.index(q)
    before = c[k - 1] if k else " "
    after = c[k + len(q)] if k + len(q) < len(c) else " "
    if before.isalnum() or (after.isalnum() and not q.endswith("%")):
        errs.append(f"{i}: quote {q!r} is part of a longer token in {c!r}")
    # twice only in a deliberately repeated paragraph: every occurrence in identical paragraphs
    if n > 1 and len({p for p in text.split("\n\n") if c in p}) != 1:
        errs.append(f"{i}: context occurs {n} times in different paragraphs: {c!r}")
    v = r["value"]
    if not (v == ANY or (isinstance(v, (int, float)) and not isinstance(v, bool))):
        errs.append(f"{i}: value {v!r}")
    if not isinstance(r["optional"], bool):
        errs.append(f"{i}: optional not bool")
    for f, voc in VOCAB.items():
        if r[f] not in voc and r[f] not in (ANY, None):
            errs.append(f"{i}: {f}={r[f]!r} not in vocabulary")
    if r["category"] not in ("weapon", ANY) and r["weapon_type"] is not None:
        errs.append(f"{i}: weapon_type set but category {r['category']}")
    if r["category"] == "weapon" and r["weapon_type"] is None:
        errs.append(f"{i}: weapon without weapon_type")
    for f in ("actor", "target", "claimant_side", "country"):
        if r[f] not in SIDES and r[f] not in (ANY, None):
            errs.append(f"{i}: {f}={r[f]!r}")
    if r["region"] not in REGIONS and r["region"] not in (ANY, None):
        errs.append(f"{i}: region={r['region']!r}")
    cue = _CUES.get(r["qualifier"])
    if cue and not re.search(cue, c + q) and not r["optional"]:
        errs.append(f"{i}: {r['qualifier']} without cue? {c!r}")
    if r["unit"] == "percent" and not re.search(r"%|per ?cent", c):
        errs.append(f"{i}: percent without % in context")
    return errs


def check(here: Path, prefix: str) -> int:
    """Checks `here`/gold.jsonl against `here`/articles; prints counts and problems; returns
    the exit status (1 when there is a problem)."""
    rows = [json.loads(line) for line in (here / "gold.jsonl").read_text("utf-8").splitlines()
            if line.strip()]  # fmt: skip
    texts = {p.name: p.read_text("utf-8") for p in sorted((here / "articles").glob("*.txt"))}
    ids = collections.Counter(r.get("id") for r in rows)
    errs = [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    spans = collections.defaultdict(list)
    for r in rows:
        if list(r) != KEYS or not re.fullmatch(rf"{prefix}-\d{{3}}", r["id"]):
            errs.append(f"{r.get('id')}: bad id or keys {list(r)}")
            continue
        if r["doc"] not in texts:
            errs.append(f"{r['id']}: no article {r['doc']}")
            continue
        found = _problems(r, texts[r["doc"]])
        errs += found
        if not found:
            start = texts[r["doc"]].index(r["context"]) + r["context"].index(r["quote"])
            spans[(r["doc"], start)].append(r["id"])
    errs += [f"same number labelled twice {k}: {v}" for k, v in spans.items() if len(v) > 1]
    per = collections.defaultdict(lambda: [0, 0])
    for r in rows:
        per[r.get("doc")][1 if r.get("optional") else 0] += 1
    for doc, text in texts.items():
        if doc not in per:
            errs.append(f"{doc}: article without labels")
        print(f"{doc}: required {per[doc][0]}, optional {per[doc][1]}, "
              f"{len(text.split())} words")  # fmt: skip
    print("total required", sum(p[0] for p in per.values()),
          "optional", sum(p[1] for p in per.values()))  # fmt: skip
    print("\n".join(errs) or "OK")
    return 1 if errs else 0
