"""The warehouse tables and their column types: the contract of CLAIMS_SPEC, in one place.

Writers create tables from these definitions with explicit types, and table names used in
SQL are checked against this allow-list, never taken from data.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[tuple[str, str], ...]
    description: str

    @property
    def column_names(self) -> list[str]:
        return [c for c, _ in self.columns]

    def create_sql(self) -> str:
        cols = ",\n    ".join(f"{name} {kind}" for name, kind in self.columns)
        return f"create or replace table {self.name} (\n    {cols}\n)"

    def insert_sql(self, relation: str) -> str:
        casts = ", ".join(f"cast({name} as {kind}) as {name}" for name, kind in self.columns)
        return f"insert into {self.name} select {casts} from {relation}"


ARTICLES = Table(
    "articles",
    (
        ("article_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("title", "VARCHAR"),
        ("raw_text", "VARCHAR"),
        ("encoding", "VARCHAR"),
        ("n_bytes", "BIGINT"),
        ("ingest_date", "DATE"),
    ),
    "One row per distinct article; offsets of claims index into raw_text. ingest_date is "
    "the day (UTC) the pipeline first read it.",
)
REJECTED_DOCUMENTS = Table(
    "rejected_documents",
    (
        ("source_file", "VARCHAR"),
        ("article_id", "VARCHAR"),
        ("reason", "VARCHAR"),
        ("detail", "VARCHAR"),
        ("n_bytes", "BIGINT"),
    ),
    "Files of the raw folder that are not (new) articles, with the reason.",
)
SENTENCES = Table(
    "sentences",
    (
        ("article_id", "VARCHAR"),
        ("sentence_index", "INTEGER"),
        ("paragraph_index", "INTEGER"),
        ("text", "VARCHAR"),
        ("raw_start", "INTEGER"),
        ("raw_end", "INTEGER"),
        ("offset_map", "INTEGER[]"),
    ),
    "Clean sentences; offset_map holds 5 integers a piece: clean start, clean length, raw "
    "start, raw end, verbatim flag.",
)
CLAIM_COLUMNS: tuple[tuple[str, str], ...] = (
    ("claim_id", "VARCHAR"),
    ("article_id", "VARCHAR"),
    ("value", "DOUBLE"),
    ("value_low", "DOUBLE"),
    ("value_high", "DOUBLE"),
    ("qualifier", "VARCHAR"),
    ("unit", "VARCHAR"),
    ("category", "VARCHAR"),
    ("weapon_type", "VARCHAR"),
    ("weapon_model", "VARCHAR"),
    ("action", "VARCHAR"),
    ("actor", "VARCHAR"),
    ("target", "VARCHAR"),
    ("claimant", "VARCHAR"),
    ("claimant_side", "VARCHAR"),
    ("country", "VARCHAR"),
    ("region", "VARCHAR"),
    ("location", "VARCHAR"),
    ("time_phrase", "VARCHAR"),
    ("surface", "VARCHAR"),
    ("span_start", "INTEGER"),
    ("span_end", "INTEGER"),
    ("sentence", "VARCHAR"),
    ("confidence", "DOUBLE"),
    ("hedge", "VARCHAR"),
    ("number_kind", "VARCHAR"),
    ("sentence_index", "INTEGER"),
)
CLAIM_CANDIDATES = Table(
    "claim_candidates", CLAIM_COLUMNS, "Claims as extracted, before validation."
)
CLAIMS = Table("claims", CLAIM_COLUMNS, "Validated claims: one row per numeric claim.")
REJECTED_CLAIMS = Table(
    "rejected_claims",
    (
        ("claim_id", "VARCHAR"),
        ("article_id", "VARCHAR"),
        ("column_name", "VARCHAR"),
        ("check_name", "VARCHAR"),
        ("failure_value", "VARCHAR"),
        ("row_json", "VARCHAR"),
    ),
    "Claim rows that failed validation: the failing column, check and value, and the row.",
)

REJECTED_EXTRACTIONS = Table(
    "rejected_extractions",
    (
        ("article_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("reason", "VARCHAR"),
        ("detail", "VARCHAR"),
    ),
    "Articles whose extraction exceeded the per-document time budget (`time_budget`), "
    "failed on an error (`extraction_error`, with the error in `detail`), or whose text the "
    "cleaning code failed on (`parse_error`): their claims are withheld, the article stays in "
    "`articles`.",
)

RAW_FILES = Table(
    "raw_files",
    (
        ("source_file", "VARCHAR"),
        ("n_bytes", "BIGINT"),
        ("mtime_ns", "BIGINT"),
        ("article_id", "VARCHAR"),
    ),
    "What the last run saw in the raw folder: a file whose size and modification time are "
    "unchanged is not read again.",
)
PARSE_STATE = Table(
    "parse_state",
    (("article_id", "VARCHAR"), ("parser_version", "VARCHAR")),
    "Articles already cut into sentences, and by which version of the cleaning code and the "
    "furniture lexicon.",
)
PARSE_ERRORS = Table(
    "parse_errors",
    (("article_id", "VARCHAR"), ("detail", "VARCHAR")),
    "Articles the cleaning code failed on (the error in `detail`): they have no sentences, and "
    "the extract step reports each in `rejected_extractions` (reason `parse_error`).",
)
EXTRACTION_STATE = Table(
    "extraction_state",
    (("article_id", "VARCHAR"), ("extractor_version", "VARCHAR")),
    "Articles already extracted, and by which version of the code and lexicons.",
)

VALIDATION_STATE = Table(
    "validation_state",
    (("extractor_version", "VARCHAR"),),
    "The code and lexicon version the rows of `claims` were validated under.",
)

VALIDATION_QUEUE = Table(
    "validation_queue",
    (("article_id", "VARCHAR"),),
    "Articles whose candidates changed since they were validated (extracted, extracted "
    "again, or gone): the next validation replaces their rows of `claims` and "
    "`rejected_claims`, and empties the queue.",
)

LAKE_STATE = Table(
    "lake_state",
    (("claim_id", "VARCHAR"), ("row_hash", "UBIGINT")),
    "The claims the Parquet lake holds, by id and a hash of the row: only the difference is "
    "written at the next export.",
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        ARTICLES, REJECTED_DOCUMENTS, SENTENCES, CLAIM_CANDIDATES, CLAIMS, REJECTED_CLAIMS,
        REJECTED_EXTRACTIONS, RAW_FILES, PARSE_STATE, PARSE_ERRORS, EXTRACTION_STATE,
        VALIDATION_STATE,
        VALIDATION_QUEUE, LAKE_STATE,
    )
}  # fmt: skip
