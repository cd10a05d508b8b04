"""pandera validation and the quarantine of failing rows."""

import json

import pandas as pd
import pytest

from pipeline.extraction.claims import extract_claims
from pipeline.schemas import ClaimSchema, SchemaLevelError, quarantine, reject_rows

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
