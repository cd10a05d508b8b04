"""Assets of the pipeline, one per stage: ingest -> parse -> extract -> validate -> publish.

Each asset reads its inputs from the working DuckDB file and writes its tables back there;
nothing travels through Dagster's IO managers, so a run of some assets builds on the last
state of the others. The domain work is done by plain functions of `pipeline.*`.
"""

import time
from collections import Counter
from dataclasses import asdict

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from pipeline.dagster_layer.resources import ClaimsPaths
from pipeline.extraction.claims import BudgetExceeded, SentenceInput, extract_from_sentences
from pipeline.faults import checkpoint
from pipeline.ingest import RejectedDocument, read_raw_dir
from pipeline.schemas import (
    ArticleSchema,
    ClaimSchema,
    RejectedClaimSchema,
    RejectedDocumentSchema,
    quarantine,
    reject_rows,
)
from pipeline.tables import (
    ARTICLES,
    CLAIM_COLUMNS,
    REJECTED_DOCUMENTS,
    REJECTED_EXTRACTIONS,
    SENTENCES,
)
from pipeline.text.cleaning import clean_article
from pipeline.text.offsets import OffsetMap
from pipeline.warehouse import clean_leftovers, publish, read_table, replace_tables

IO_RETRY = dg.RetryPolicy(max_retries=2, delay=2, backoff=dg.Backoff.EXPONENTIAL)
CLAIM_COLUMN_NAMES = [c for c, _ in CLAIM_COLUMNS]


def _md_table(frame: pd.DataFrame, rows: int = 10) -> dg.MetadataValue:
    if frame.empty:
        return dg.MetadataValue.md("_none_")
    return dg.MetadataValue.md(frame.head(rows).to_markdown(index=False))


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            "articles",
            group_name="ingest",
            kinds={"duckdb", "python"},
            description=ARTICLES.description,
        ),
        dg.AssetSpec(
            "rejected_documents",
            group_name="ingest",
            kinds={"duckdb"},
            description=REJECTED_DOCUMENTS.description,
        ),
    ],
    retry_policy=IO_RETRY,
)
def ingest_articles(context: dg.AssetExecutionContext, paths: ClaimsPaths, duckdb: DuckDBResource):
    """Read every file of the raw folder, decode it and give it a content-derived id."""
    started = time.perf_counter()
    removed = clean_leftovers(paths.db)
    if removed:
        context.log.warning(
            f"removed {len(removed)} leftover temporary file(s) of a killed publish"
        )
    raw, rejects = read_raw_dir(paths.raw, max_bytes=paths.max_doc_bytes)
    frame = pd.DataFrame(
        [{**asdict(a), "title": clean_article(a.raw_text).title} for a in raw],
        columns=ARTICLES.column_names,
    )
    good, failures = quarantine(frame, ArticleSchema)
    for f in failures.itertuples(index=False):
        row = frame.iloc[int(f.row)]
        rejects.append(
            RejectedDocument(
                row["source_file"],
                "invalid_article",
                f"{f.column_name}: {f.check_name}",
                int(row["n_bytes"]),
            )
        )
    rejected = pd.DataFrame([asdict(r) for r in rejects], columns=REJECTED_DOCUMENTS.column_names)
    rejected = RejectedDocumentSchema.validate(rejected)
    with duckdb.get_connection() as con:
        replace_tables(con, {"articles": good, "rejected_documents": rejected})
    checkpoint("ingest:after_write")
    reasons = Counter(r.reason for r in rejects)
    context.log.info(
        f"read {len(raw) + len(rejects)} file(s) from {paths.raw}: {len(good)} article(s), "
        f"{len(rejected)} rejected {dict(reasons)} in {time.perf_counter() - started:.2f}s"
    )
    yield dg.MaterializeResult(
        asset_key="articles",
        metadata={
            "raw_dir": str(paths.raw),
            "articles": len(good),
            "encodings": dg.MetadataValue.json(dict(Counter(good["encoding"]))),
            "preview": _md_table(good[["article_id", "source_file", "title", "n_bytes"]]),
        },
    )
    yield dg.MaterializeResult(
        asset_key="rejected_documents",
        metadata={
            "rejected": len(rejected),
            "reasons": dg.MetadataValue.json(dict(reasons)),
            "preview": _md_table(rejected),
        },
    )


@dg.asset(
    group_name="parse",
    deps=["articles"],
    kinds={"duckdb", "python"},
    description=SENTENCES.description,
)
def sentences(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Clean each article (furniture, repeats, broken decimals) and split it into sentences."""
    with duckdb.get_connection() as con:
        articles = read_table(con, "articles")
    rows, dropped = [], Counter()
    for article in articles.itertuples(index=False):
        cleaned = clean_article(article.raw_text)
        dropped.update(cleaned.dropped)
        for s in cleaned.sentences:
            piece = cleaned.offsets.slice(s.start, s.end)
            raw_start, raw_end = cleaned.offsets.raw_span(s.start, s.end)
            rows.append(
                (
                    article.article_id,
                    s.index,
                    s.paragraph,
                    cleaned.sentence_text(s),
                    raw_start,
                    raw_end,
                    piece.to_flat(),
                )
            )
    frame = pd.DataFrame(rows, columns=SENTENCES.column_names)
    with duckdb.get_connection() as con:
        replace_tables(con, {"sentences": frame})
    context.log.info(
        f"{len(articles)} article(s) -> {len(frame)} sentence(s); dropped lines {dict(dropped)}"
    )
    return dg.MaterializeResult(
        metadata={"sentences": len(frame), "dropped_lines": dg.MetadataValue.json(dict(dropped))}
    )


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            "claim_candidates",
            group_name="extract",
            deps=["sentences", "articles"],
            kinds={"duckdb", "python"},
            description="Claims as extracted, before validation.",
        ),
        dg.AssetSpec(
            "rejected_extractions",
            group_name="extract",
            deps=["sentences", "articles"],
            kinds={"duckdb"},
            description=REJECTED_EXTRACTIONS.description,
        ),
    ],
)
def extract_claims_asset(
    context: dg.AssetExecutionContext, paths: ClaimsPaths, duckdb: DuckDBResource
):
    """Find every numeric claim in the sentences, with its attribution and raw-text span.
    An article that exceeds its time budget keeps no claims and gets a reject row."""
    started = time.perf_counter()
    with duckdb.get_connection() as con:
        articles = con.execute("select article_id, source_file, raw_text from articles").df()
        sents = con.execute(
            "select article_id, sentence_index, paragraph_index, text, offset_map "
            "from sentences order by article_id, sentence_index"
        ).df()
    raw_by_id = dict(zip(articles["article_id"], articles["raw_text"], strict=True))
    file_by_id = dict(zip(articles["article_id"], articles["source_file"], strict=True))
    rows: list[dict] = []
    rejects: list[dict] = []
    last_report = time.monotonic()
    for done, (article_id, group) in enumerate(sents.groupby("article_id", sort=True), start=1):
        inputs = (
            SentenceInput(
                int(s.sentence_index),
                int(s.paragraph_index),
                s.text,
                OffsetMap.from_flat(s.text, list(s.offset_map)),
            )
            for s in group.itertuples(index=False)
        )
        deadline = time.monotonic() + paths.doc_time_budget
        try:
            rows.extend(
                extract_from_sentences(str(article_id), raw_by_id[article_id], inputs, deadline)
            )
        except BudgetExceeded:
            rows = [r for r in rows if r["article_id"] != article_id]
            rejects.append(
                {
                    "article_id": article_id,
                    "source_file": file_by_id[article_id],
                    "reason": "time_budget",
                    "detail": f"over {paths.doc_time_budget:g}s (CLAIMS_DOC_TIME_BUDGET)",
                }
            )
            context.log.warning(f"{file_by_id[article_id]}: over the time budget, claims withheld")
        if time.monotonic() - last_report > 10:
            context.log.info(
                f"extracted {done}/{len(articles)} article(s), {len(rows)} claim(s) so far"
            )
            last_report = time.monotonic()
    frame = pd.DataFrame(rows, columns=CLAIM_COLUMN_NAMES)
    rejected = pd.DataFrame(rejects, columns=REJECTED_EXTRACTIONS.column_names)
    with duckdb.get_connection() as con:
        replace_tables(con, {"claim_candidates": frame, "rejected_extractions": rejected})
    checkpoint("extract:after_write")
    seconds = time.perf_counter() - started
    context.log.info(
        f"extracted {len(frame)} claim(s) from {len(articles)} article(s) in {seconds:.2f}s; "
        f"{len(rejected)} over budget"
    )
    by_category = frame["category"].value_counts().to_dict() if len(frame) else {}
    yield dg.MaterializeResult(
        asset_key="claim_candidates",
        metadata={
            "claims": len(frame),
            "by_category": dg.MetadataValue.json(by_category),
            "seconds": round(seconds, 3),
        },
    )
    yield dg.MaterializeResult(
        asset_key="rejected_extractions",
        metadata={"rejected": len(rejected), "preview": _md_table(rejected)},
    )


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            "claims",
            group_name="validate",
            deps=["claim_candidates"],
            kinds={"duckdb", "pandera"},
            description="Validated claims: one row per numeric claim (CLAIMS_SPEC).",
        ),
        dg.AssetSpec(
            "rejected_claims",
            group_name="validate",
            deps=["claim_candidates"],
            kinds={"duckdb"},
            description="Claim rows that failed validation, with column, check and value.",
        ),
    ],
    check_specs=[
        dg.AssetCheckSpec(
            "rows_pass_schema",
            asset="claims",
            description="Every candidate claim passes ClaimSchema (pandera).",
        ),
        dg.AssetCheckSpec(
            "reject_rate_below_threshold",
            asset="claims",
            blocking=True,
            description="The share of rejected claims stays under CLAIMS_MAX_REJECT_RATE; "
            "above it, publication stops.",
        ),
    ],
)
def validated_claims(context: dg.AssetExecutionContext, paths: ClaimsPaths, duckdb: DuckDBResource):
    """Validate candidates with pandera: good rows to `claims`, bad ones to `rejected_claims`."""
    with duckdb.get_connection() as con:
        candidates = read_table(con, "claim_candidates")
    good, failures = quarantine(candidates, ClaimSchema)
    rejects = RejectedClaimSchema.validate(reject_rows(candidates, failures))
    with duckdb.get_connection() as con:
        replace_tables(con, {"claims": good, "rejected_claims": rejects})
    checkpoint("validate:after_write")
    n_bad = int(failures["row"].nunique()) if len(failures) else 0
    rate = n_bad / len(candidates) if len(candidates) else 0.0
    context.log.info(
        f"{len(candidates)} candidate(s): {len(good)} valid, {n_bad} rejected ({rate:.1%})"
    )
    by_check = failures["check_name"].value_counts().to_dict() if len(failures) else {}
    yield dg.MaterializeResult(
        asset_key="claims", metadata={"claims": len(good), "rejected": n_bad}
    )
    yield dg.MaterializeResult(
        asset_key="rejected_claims",
        metadata={"rows": len(rejects), "preview": _md_table(rejects.drop(columns="row_json"))},
    )
    yield dg.AssetCheckResult(
        asset_key="claims",
        check_name="rows_pass_schema",
        passed=n_bad == 0,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"rejected_rows": n_bad, "failures_by_check": dg.MetadataValue.json(by_check)},
    )
    yield dg.AssetCheckResult(
        asset_key="claims",
        check_name="reject_rate_below_threshold",
        passed=rate <= paths.max_reject_rate,
        metadata={
            "reject_rate": round(rate, 4),
            "threshold": paths.max_reject_rate,
            "candidates": len(candidates),
        },
    )


def publish_asset(upstream: list[dg.AssetKey]) -> dg.AssetsDefinition:
    """The publish step, downstream of every table and model (and so of their blocking checks)."""

    @dg.asset(
        name="published_warehouse",
        group_name="publish",
        deps=upstream,
        kinds={"duckdb"},
        retry_policy=IO_RETRY,
        description="Atomically replaces the warehouse analysts open (CLAIMS_DB) with the "
        "checked working file.",
    )
    def _publish(context: dg.AssetExecutionContext, paths: ClaimsPaths, duckdb: DuckDBResource):
        with duckdb.get_connection() as con:
            con.execute("checkpoint")
            counts = {
                t: con.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("articles", "claims", "rejected_documents", "rejected_claims")
            }
        size = publish(paths.work_db, paths.db)
        context.log.info(f"published {paths.db} ({size} bytes): {counts}")
        return dg.MaterializeResult(metadata={"path": str(paths.db), "bytes": size, **counts})

    return _publish
