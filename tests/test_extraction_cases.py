"""The composed-sentence table `tests/cases/extraction_cases.tsv`, labelled independently of
the implementation: sentence -> expected fields for each number in it.

A blank field is not scored, `-` must be empty, `none` in `value` says the number is not a
claim, and `fuzzy` in `qualifier` marks a value whose convention (range, vague amount, share,
increment) is not scored. Fields are compared as the evaluation script compares them.
"""

import csv
import re
from pathlib import Path

import pytest

from pipeline.evaluation import _norm
from pipeline.extraction.claims import extract_claims

TABLE = Path(__file__).parent / "cases" / "extraction_cases.tsv"
FIELDS = ["qualifier", "unit", "category", "weapon_type", "weapon_model", "action", "actor",
          "target", "claimant_side", "country", "region"]  # fmt: skip


def load_cases() -> list[dict]:
    lines = [
        line for line in TABLE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        row["sentence"] = row["sentence"].replace("\\n", "\n")
    return rows


CASES = load_cases()
_CACHE: dict[str, list[dict]] = {}


def claims_of(sentence: str) -> list[dict]:
    if sentence not in _CACHE:
        _CACHE[sentence] = extract_claims("0" * 16, sentence)
    return _CACHE[sentence]


def claim_at(row: dict) -> dict | None:
    """The claim over the first occurrence of the row's surface that is not part of a longer
    token ("3" in "within 3 km", not the "3" of "23 km2")."""
    pattern = re.compile(rf"(?<![\w.,+]){re.escape(row['surface'])}(?![\w])")
    found = pattern.search(row["sentence"])
    start = found.start() if found else row["sentence"].index(row["surface"])
    end = start + len(row["surface"])
    for claim in claims_of(row["sentence"]):
        if claim["span_start"] < end and start < claim["span_end"]:
            return claim
    return None


def mismatches(row: dict) -> list[str]:
    claim = claim_at(row)
    if row["value"] == "none":
        return (
            [] if claim is None else [f"not a claim, got {claim['surface']!r} = {claim['value']}"]
        )
    if claim is None:
        return ["no claim"]
    problems = []
    fuzzy = row["qualifier"] == "fuzzy"
    if not fuzzy and abs(claim["value"] - float(row["value"])) > 1e-6 * max(
        1, abs(float(row["value"]))
    ):
        problems.append(f"value: want {row['value']} got {claim['value']}")
    for field in FIELDS:
        want = row[field]
        if want == "" or (fuzzy and field == "qualifier"):
            continue
        want = None if want == "-" else want
        if _norm(claim[field]) != _norm(want):
            problems.append(f"{field}: want {want!r} got {claim[field]!r}")
    return problems


@pytest.mark.parametrize("row", CASES, ids=[f"{i}:{r['surface']}" for i, r in enumerate(CASES)])
def test_case(row):
    assert mismatches(row) == [], row["sentence"]
