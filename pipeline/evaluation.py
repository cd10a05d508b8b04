"""Score extracted claims against hand-labelled ones (the semantics of `shared/eval/score.py`).

A label names its number by a `context` snippet holding the `quote` (or by a `span`). A claim
matches a label when it is in the same document, its span overlaps the quote, and its value is
equal; `"*"` fields are not scored and optional labels are neither rewarded nor penalised.
Only documents that have labels are scored, so the check runs unchanged on any corpus.
"""

import json
import math
import re
from pathlib import Path, PurePath

FIELDS = ["qualifier", "unit", "category", "weapon_type", "action", "actor", "target",
          "claimant_side", "country", "region"]  # fmt: skip
ANY = "*"


def load_gold(path: Path) -> list[dict]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _norm(value) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip().lower().replace("-", "_").replace(" ", "_")
    return re.sub(r"_(oblast|region|province|krai)$", "", text) or None


def _same_value(a, b) -> bool:
    return a is not None and abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def _spans(text: str, label: dict) -> list[tuple[int, int]]:
    if "span" in label:
        start, end = label["span"]
        return [(start, end)] if text[start:end] == label["quote"] else []
    found, at = [], text.find(label["context"])
    while at >= 0:
        q = at + label["context"].index(label["quote"])
        found.append((q, q + len(label["quote"])))
        at = text.find(label["context"], at + 1)
    return found


def score(claims: list[dict], texts: dict[str, str], gold: list[dict]) -> dict:
    """Precision, recall, F1, strict recall and per-field accuracy.

    `claims` are rows with `source_file`, `value`, `span_start`, `span_end` and the FIELDS;
    `texts` maps a document's file name to its raw text.
    """
    labels = [dict(g) for g in gold if g["doc"] in texts]
    for g in labels:
        g["spans"] = _spans(texts[g["doc"]], g)
    docs = {g["doc"] for g in labels}
    pool = [dict(c, doc=PurePath(str(c["source_file"])).name, used=False) for c in claims]
    pool = [c for c in pool if c["doc"] in docs]
    matched: dict[str, dict] = {}
    for g in sorted(labels, key=lambda g: g["optional"]):
        for c in pool:
            if c["used"] or c["doc"] != g["doc"]:
                continue
            overlaps = any(c["span_start"] < e and s < c["span_end"] for s, e in g["spans"])
            if overlaps and (g["value"] == ANY or _same_value(c["value"], g["value"])):
                c["used"] = True
                matched[g["id"]] = c
                break
    required = [g for g in labels if not g["optional"]]
    tp = sum(g["id"] in matched for g in required)
    fp = sum(not c["used"] for c in pool)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / len(required) if required else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_field: dict[str, list[int]] = {}
    strict = 0
    for g in required:
        c = matched.get(g["id"])
        all_right = c is not None
        for f in FIELDS:
            if g[f] == ANY:
                continue
            tally = per_field.setdefault(f, [0, 0])
            if c is None:
                continue
            tally[1] += 1
            if _norm(c[f]) == _norm(g[f]):
                tally[0] += 1
            else:
                all_right = False
        strict += all_right
    return {
        "documents": len(docs),
        "labels": len(required),
        "tp": tp,
        "fp": fp,
        "fn": len(required) - tp,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "strict_recall": round(strict / len(required), 4) if required else 0.0,
        "field_accuracy": {f: round(ok / n, 4) if n else None for f, (ok, n) in per_field.items()},
        "missed": [
            f"{g['id']} [{g['quote']}] in {g['doc']}" for g in required if g["id"] not in matched
        ],
    }


def score_connection(con, gold_path: Path) -> dict:
    """Score the `claims` and `articles` tables of an open DuckDB connection."""
    columns = ["source_file", "value", "span_start", "span_end", *FIELDS]
    select = ", ".join(f"a.{c}" if c == "source_file" else f"c.{c}" for c in columns)
    rows = con.execute(
        f"select {select} from claims c join articles a using (article_id)"
    ).fetchall()
    texts = dict(con.execute("select source_file, raw_text from articles").fetchall())
    return score([dict(zip(columns, r, strict=True)) for r in rows], texts, load_gold(gold_path))


def score_warehouse(db_path: Path, gold_path: Path) -> dict:
    """Score the claims of a warehouse file against a label file."""
    import duckdb

    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return score_connection(con, gold_path)
    finally:
        con.close()


def format_report(report: dict) -> str:
    lines = [
        f"documents {report['documents']}, labels {report['labels']}: "
        f"precision {report['precision']:.3f}  recall {report['recall']:.3f}  "
        f"F1 {report['f1']:.3f}  strict recall {report['strict_recall']:.3f}",
        "field accuracy: "
        + "  ".join(f"{f} {v:.3f}" for f, v in report["field_accuracy"].items() if v is not None),
    ]
    lines += [f"  missed: {m}" for m in report["missed"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Score a warehouse's claims against labels.")
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--gold", required=True, type=Path)
    args = parser.parse_args(argv)
    print(format_report(score_warehouse(args.db, args.gold)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
