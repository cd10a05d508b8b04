"""pandera models of the warehouse tables, and the quarantine that splits good rows from bad.

`quarantine(df, Model)` validates lazily. Row-level failures become reject records (column,
check, value) and those rows leave the frame; a schema-level failure (a missing column, a
type that cannot be coerced) raises `SchemaLevelError`, which fails the batch loudly.
"""

import json
import math

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors
from pandera.typing import Series

QUALIFIERS = ["exact", "approximate", "at_least", "at_most"]
CATEGORIES = [
    "weapon", "personnel", "casualties", "territory", "displacement", "economic", "infrastructure",
    "attacks",
]  # fmt: skip
WEAPON_TYPES = [
    "drone", "missile", "guided_bomb", "aircraft", "helicopter", "tank", "armored_vehicle",
    "artillery", "mlrs", "air_defense", "ship", "vehicle",
]  # fmt: skip
NUMBER_KINDS = ["digits", "words", "vague", "range", "share", "increment"]
HEX16 = r"^[0-9a-f]{16}$"


class ArticleSchema(pa.DataFrameModel):
    article_id: Series[str] = pa.Field(unique=True, str_matches=HEX16)
    source_file: Series[str] = pa.Field(unique=True, str_length={"min_value": 1})
    title: Series[str] = pa.Field(nullable=True)
    raw_text: Series[str] = pa.Field(str_length={"min_value": 1})
    encoding: Series[str]
    n_bytes: Series[int] = pa.Field(ge=1)
    ingest_date: Series[pd.Timestamp]

    class Config:
        strict = True
        coerce = True


class RejectedDocumentSchema(pa.DataFrameModel):
    source_file: Series[str]
    article_id: Series[str] = pa.Field(nullable=True)
    reason: Series[str] = pa.Field(str_matches=r"^[a-z_]+$")
    detail: Series[str]
    n_bytes: Series[float] = pa.Field(nullable=True, ge=0)

    class Config:
        strict = True
        coerce = True


class ClaimSchema(pa.DataFrameModel):
    claim_id: Series[str] = pa.Field(unique=True, str_matches=HEX16)
    article_id: Series[str] = pa.Field(str_matches=HEX16)
    value: Series[float] = pa.Field(ge=0, lt=1e15)
    value_low: Series[float] = pa.Field(nullable=True, ge=0)
    value_high: Series[float] = pa.Field(nullable=True, ge=0)
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    unit: Series[str] = pa.Field(str_matches=r"^[a-z0-9_]+$")
    category: Series[str] = pa.Field(isin=CATEGORIES)
    weapon_type: Series[str] = pa.Field(nullable=True, isin=WEAPON_TYPES)
    weapon_model: Series[str] = pa.Field(nullable=True)
    action: Series[str] = pa.Field(nullable=True, str_matches=r"^[a-z_]+$")
    actor: Series[str] = pa.Field(nullable=True)
    target: Series[str] = pa.Field(nullable=True)
    claimant: Series[str] = pa.Field(nullable=True)
    claimant_side: Series[str] = pa.Field(nullable=True)
    country: Series[str] = pa.Field(nullable=True)
    region: Series[str] = pa.Field(nullable=True)
    location: Series[str] = pa.Field(nullable=True)
    time_phrase: Series[str] = pa.Field(nullable=True)
    surface: Series[str] = pa.Field(str_length={"min_value": 1, "max_value": 200})
    span_start: Series[int] = pa.Field(ge=0)
    span_end: Series[int] = pa.Field(ge=1)
    sentence: Series[str] = pa.Field(str_length={"min_value": 1})
    confidence: Series[float] = pa.Field(ge=0, le=1)
    hedge: Series[str] = pa.Field(nullable=True)
    number_kind: Series[str] = pa.Field(isin=NUMBER_KINDS)
    sentence_index: Series[int] = pa.Field(ge=0)

    @pa.dataframe_check(name="span_is_ordered")
    def span_is_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["span_end"] > df["span_start"]

    @pa.dataframe_check(name="value_within_bounds")
    def value_within_bounds(cls, df: pd.DataFrame) -> Series[bool]:
        low_ok = df["value_low"].isna() | (df["value_low"] <= df["value"] * (1 + 1e-9))
        high_ok = df["value_high"].isna() | (df["value_high"] >= df["value"] * (1 - 1e-9))
        return low_ok & high_ok

    @pa.dataframe_check(name="weapon_type_only_for_weapons")
    def weapon_type_only_for_weapons(cls, df: pd.DataFrame) -> Series[bool]:
        return df["weapon_type"].isna() | (df["category"] == "weapon")

    class Config:
        strict = True
        coerce = True


class RejectedClaimSchema(pa.DataFrameModel):
    claim_id: Series[str] = pa.Field(nullable=True)
    article_id: Series[str] = pa.Field(nullable=True)
    column_name: Series[str] = pa.Field(nullable=True)
    check_name: Series[str]
    failure_value: Series[str] = pa.Field(nullable=True)
    row_json: Series[str]

    class Config:
        strict = True
        coerce = True


# The columns each frame-wide check reads, named in reject rows instead of every column.
FRAME_CHECK_COLUMNS = {
    "span_is_ordered": ["span_start", "span_end"],
    "value_within_bounds": ["value_low", "value", "value_high"],
    "weapon_type_only_for_weapons": ["category", "weapon_type"],
}


class SchemaLevelError(ValueError):
    """A failure that concerns the whole frame, not some rows: the batch must stop."""


def _jsonable(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def quarantine(
    df: pd.DataFrame, model: type[pa.DataFrameModel]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(valid rows, failures) of `df` under `model`.

    Failures have one row per (bad row, failed check): `row` (position in `df`),
    `column_name`, `check_name`, `failure_value`. Raises SchemaLevelError for failures that
    name no row.
    """
    frame = df.reset_index(drop=True)
    try:
        return model.validate(frame, lazy=True), _no_failures()
    except SchemaErrors as exc:
        cases = exc.failure_cases
    schema_level = cases[cases["index"].isna()]
    if not schema_level.empty:
        summary = "; ".join(
            f"{r.column}: {r.check} ({r.failure_case})" for r in schema_level.head(5).itertuples()
        )
        raise SchemaLevelError(f"{model.__name__}: {summary}")
    records = []
    for case in cases.itertuples(index=False):
        row, check = int(case.index), str(case.check)
        if case.schema_context == "DataFrameSchema" and check in FRAME_CHECK_COLUMNS:
            columns = FRAME_CHECK_COLUMNS[check]
            value = json.dumps({c: _jsonable(frame.at[row, c]) for c in columns}, default=str)
            records.append((row, ", ".join(columns), check, value))
        else:
            column = None if pd.isna(case.column) else str(case.column)
            value = None if case.failure_case is None else str(case.failure_case)
            records.append((row, column, check, value))
    failures = pd.DataFrame(records, columns=["row", "column_name", "check_name", "failure_value"])
    failures = failures.drop_duplicates().sort_values(["row", "check_name"], kind="stable")
    bad = set(failures["row"])
    good = frame.drop(index=list(bad))
    validated = model.validate(good, lazy=True) if len(good) else model.validate(good.head(0))
    return validated, failures.reset_index(drop=True)


def _no_failures() -> pd.DataFrame:
    return pd.DataFrame(columns=["row", "column_name", "check_name", "failure_value"])


def reject_rows(
    df: pd.DataFrame, failures: pd.DataFrame, id_column: str = "claim_id"
) -> pd.DataFrame:
    """Reject records for `failures` of `df` (positions as given by `quarantine`)."""
    frame = df.reset_index(drop=True)
    records = []
    for f in failures.itertuples(index=False):
        row = {k: _jsonable(v) for k, v in frame.iloc[int(f.row)].to_dict().items()}
        records.append(
            {
                "claim_id": row.get(id_column),
                "article_id": row.get("article_id"),
                "column_name": f.column_name,
                "check_name": f.check_name,
                "failure_value": f.failure_value,
                "row_json": json.dumps(row, ensure_ascii=False, default=str, sort_keys=True),
            }
        )
    return pd.DataFrame(
        records,
        columns=[
            "claim_id",
            "article_id",
            "column_name",
            "check_name",
            "failure_value",
            "row_json",
        ],
    )


# The checks of `source_failures`, and the columns their reject rows name.
SOURCE_CHECK_COLUMNS = {
    "article_exists": ["article_id"],
    "surface_matches_source": ["span_start", "span_end", "surface"],
}


def source_failures(df: pd.DataFrame, raw_texts: dict[str, str]) -> pd.DataFrame:
    """Failures, in the form `quarantine` gives them, of claim rows that do not point at
    their own text: their article is not in `raw_texts` (article_id -> raw_text), or
    `raw_text[span_start:span_end]` is not their surface. A row whose span is not a pair of
    integers is left to the schema's checks."""
    frame = df.reset_index(drop=True)
    records = []
    rows = zip(frame["article_id"], frame["span_start"], frame["span_end"], frame["surface"],
               strict=True)  # fmt: skip
    for row, (article_id, start, end, surface) in enumerate(rows):
        raw = raw_texts.get(article_id)
        if raw is None:
            records.append((row, "article_id", "article_exists", str(article_id)))
            continue
        try:
            start, end = int(start), int(end)
        except (TypeError, ValueError):
            continue
        found = raw[start:end] if 0 <= start < end else None
        if found != surface:
            value = {"span_start": start, "span_end": end, "surface": surface, "source": found}
            columns = ", ".join(SOURCE_CHECK_COLUMNS["surface_matches_source"])
            value = json.dumps(value, ensure_ascii=False)
            records.append((row, columns, "surface_matches_source", value))
    return pd.DataFrame(records, columns=["row", "column_name", "check_name", "failure_value"])
