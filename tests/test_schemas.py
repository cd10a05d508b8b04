"""pandera validation and the quarantine of failing rows."""

import json

import pandas as pd
import pytest

from pipeline.extraction.claims import extract_claims
from pipeline.schemas import (
    ClaimSchema,
    SchemaLevelError,
    quarantine,
    reject_rows,
    source_failures,
)

TEXT = "Russia launched 38 drones and two missiles. Ukraine said it shot down 30 drones over Kyiv."


@pytest.fixture
def claims() -> pd.DataFrame:
    return pd.DataFrame(extract_claims("0123456789abcdef", TEXT))


def test_extracted_claims_are_valid(claims):
    good, failures = quarantine(claims, ClaimSchema)
    assert len(good) == len(claims) == 3
    assert failures.empty


def test_bad_rows_are_quarantined_with_column_check_and_value(claims):
    claims.loc[0, "qualifier"] = "roughly"
    claims.loc[1, "span_start"] = 99
    claims.loc[1, "span_end"] = 10
    good, failures = quarantine(claims, ClaimSchema)
    assert list(good["claim_id"]) == [claims.loc[2, "claim_id"]]
    rows = {(f.row, f.column_name, f.check_name, f.failure_value) for f in failures.itertuples()}
    assert (
        0,
        "qualifier",
        "isin(['exact', 'approximate', 'at_least', 'at_most'])",
        "roughly",
    ) in rows
    assert (
        1,
        "span_start, span_end",
        "span_is_ordered",
        '{"span_start": 99, "span_end": 10}',
    ) in rows
    rejects = reject_rows(claims, failures)
    assert set(rejects["claim_id"]) == set(claims.loc[[0, 1], "claim_id"])
    # nothing is lost: the whole row travels with the reject
    assert json.loads(rejects.iloc[0]["row_json"])["surface"] == claims.loc[0, "surface"]


def test_weapon_type_needs_a_weapon_category(claims):
    claims.loc[0, "category"] = "economic"
    _, failures = quarantine(claims, ClaimSchema)
    assert list(failures["check_name"]) == ["weapon_type_only_for_weapons"]


def test_missing_column_fails_the_batch(claims):
    with pytest.raises(SchemaLevelError, match="unit"):
        quarantine(claims.drop(columns=["unit"]), ClaimSchema)


def test_uncoercible_type_fails_the_batch(claims):
    claims["span_start"] = claims["span_start"].astype(object)
    claims.loc[0, "span_start"] = "not a number"
    with pytest.raises(SchemaLevelError):
        quarantine(claims, ClaimSchema)


def test_claims_that_do_not_point_at_their_text_fail_the_source_checks(claims):
    texts = {"0123456789abcdef": TEXT}
    assert source_failures(claims, texts).empty  # the extractor's spans index the raw text
    claims = pd.concat([claims, claims.iloc[[0]]], ignore_index=True)
    claims.loc[0, "span_start"] += 1  # "8" where the surface says "38"
    claims.loc[1, "article_id"] = "gone"
    claims.loc[2, ["span_start", "span_end"]] = (len(TEXT) - 1, len(TEXT) + 5)  # past the end
    claims["span_start"] = claims["span_start"].astype(object)
    claims.loc[3, "span_start"] = None  # not a number: left to the schema
    failures = source_failures(claims, texts)
    found = {(f.row, f.check_name) for f in failures.itertuples()}
    assert found == {(0, "surface_matches_source"), (1, "article_exists"),
                     (2, "surface_matches_source")}  # fmt: skip
    wrong = json.loads(failures.loc[failures["row"] == 0, "failure_value"].item())
    assert wrong["surface"] == "38" and wrong["source"] == "8"
    assert set(reject_rows(claims, failures)["claim_id"]) == set(claims.loc[[0, 1, 2], "claim_id"])


def test_source_check_counts_characters_not_bytes():
    text = "Зеленський: «38 дронів збито», — 12 ракет."
    start = text.index("38")  # 13 characters in, 25 bytes in
    row = {"article_id": "a", "span_start": start, "span_end": start + 2, "surface": "38"}
    assert source_failures(pd.DataFrame([row]), {"a": text}).empty
    row["span_start"], row["span_end"] = 25, 27
    assert len(source_failures(pd.DataFrame([row]), {"a": text})) == 1
