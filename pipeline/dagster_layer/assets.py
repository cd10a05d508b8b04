"""Assets of the pipeline, one per stage: ingest -> parse -> extract -> validate -> publish.

Each asset reads its inputs from the working DuckDB file and writes its tables back there;
nothing travels through Dagster's IO managers, so a run of some assets builds on the last
state of the others. The domain work is done by plain functions of `pipeline.*`.
"""

import time
import warnings
from collections import Counter
from datetime import UTC, datetime
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from types import ModuleType

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from pipeline import batches, folder_state
from pipeline.batches import batched, pipelined
from pipeline.dagster_layer.partitions import (
    SHARD_KEYS,
    shard_filter,
    shard_partitioning,
    shards_of,
)
from pipeline.dagster_layer.resources import ClaimsPaths
from pipeline.faults import checkpoint
from pipeline.ingest import RejectedDocument, list_raw_dir, read_files
from pipeline.stages import (
    EXTRACTION_ERROR,
    Progress,
    Runner,
    extract_article_rows,
    extractor_version,
    parse_article,
    parser_version,
)
from pipeline.tables import (
    ARTICLES,
    CLAIM_COLUMNS,
    CLAIMS,
    PARSE_ERRORS,
    REJECTED_CLAIMS,
    REJECTED_DOCUMENTS,
    REJECTED_EXTRACTIONS,
    SENTENCES,
)
from pipeline.warehouse import (
    BatchReader,
    append_rows,
    clean_leftovers,
    drop_derived,
    ensure_tables,
    export_claims_parquet,
    ids_frame,
    one_thread,
    publish,
    published_is_current,
    remember_published,
    replace_tables,
    warehouse_fingerprint,
)

# Single-run backfills of the shard-partitioned assets are a beta parameter in Dagster 1.13.
warnings.filterwarnings("ignore", message=".*backfill_policy.*", category=dg.BetaWarning)

VALIDATION_CHUNK = 20_000  # candidate rows validated at a time (whole articles): bounds pandas
REJECTED_CLAIM_COLUMNS = [c for c, _ in REJECTED_CLAIMS.columns]
IO_RETRY = dg.RetryPolicy(max_retries=2, delay=2, backoff=dg.Backoff.EXPONENTIAL)
CLAIM_COLUMN_NAMES = [c for c, _ in CLAIM_COLUMNS]


def schemas() -> ModuleType:
    """`pipeline.schemas`, imported when a row is first validated: pandera takes about 0.2 s
    to import, a tenth of a run that finds nothing new and validates nothing."""
    import pipeline.schemas

    return pipeline.schemas


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
    """Read the raw folder: new and changed files are decoded and given a content-derived
    id; files unchanged since the last run (same size and time) are not read again; the
    articles of deleted files leave the table."""
    started = time.perf_counter()
    removed = clean_leftovers(paths.db)
    if removed:
        context.log.warning(
            f"removed {len(removed)} leftover temporary file(s) of a killed publish"
        )
    # One connection for the whole step (see _sentences); files are read in workers.
    with duckdb.get_connection() as con, Runner() as runner:
        ensure_tables(con, "articles", "rejected_documents", "raw_files")
        listing = list_raw_dir(paths.raw)
        to_read, sizes, unchanged = folder_state.compare(con, listing)
        dropped = folder_state.drop_articles_not_unchanged(con)
        invalid: list[RejectedDocument] = []
        added = 0

        def store(batch: list) -> None:
            nonlocal added
            today = pd.Timestamp(datetime.now(UTC).date())
            rows = [(a.article_id, a.source_file, a.title, a.raw_text, a.encoding, a.n_bytes,
                     today) for a in batch]  # fmt: skip
            frame = pd.DataFrame(rows, columns=ARTICLES.column_names)
            good, failures = schemas().quarantine(frame, schemas().ArticleSchema)
            for f in failures.itertuples(index=False):
                row = frame.iloc[int(f.row)]
                reason = f"{f.column_name}: {f.check_name}"
                invalid.append(
                    RejectedDocument(
                        row["source_file"], "invalid_article", reason, int(row["n_bytes"])
                    )
                )
            added += append_rows(con, "articles", good)
            checkpoint("ingest:after_batch")  # articles stored, raw_files not yet

        _, rejects, states = read_files(
            paths.raw, to_read, max_bytes=paths.max_doc_bytes,
            existing=lambda ids: folder_state.existing_articles(con, ids), on_batch=store,
            mapper=runner.map, sizes=sizes,
        )  # fmt: skip
        new_rejects = folder_state.rejects_frame([*rejects, *invalid])
        if len(new_rejects):  # kept rows were validated when they were found
            new_rejects = schemas().RejectedDocumentSchema.validate(new_rejects)
        readded = folder_state.forget_readded(con)  # before `record`: see forget_readded
        if readded:
            context.log.info(f"{readded} article(s) edited in white space only: read anew")
        folder_state.record(con, states, new_rejects)
        total = con.execute("select count(*) from articles").fetchall()[0][0]
        reasons = dict(con.execute(
            "select reason, count(*) from rejected_documents group by reason order by reason"
        ).fetchall())  # fmt: skip
        preview = con.execute("select * from rejected_documents order by source_file limit 10").df()
    checkpoint("ingest:after_write")
    rejected = sum(reasons.values())
    context.log.info(
        f"{paths.raw}: {len(listing.names)} file(s); {unchanged} unchanged, "
        f"{added} new article(s), {dropped} gone or changed, {rejected} rejected; "
        f"{total} article(s) in {time.perf_counter() - started:.2f}s"
    )
    yield dg.MaterializeResult(
        asset_key="articles",
        metadata={
            "raw_dir": str(paths.raw),
            "articles": total,
            "new_articles": added,
            "unchanged_files": unchanged,
            "rejected": rejected,
        },
    )
    yield dg.MaterializeResult(
        asset_key="rejected_documents",
        metadata={
            "rejected": rejected,
            "reasons": dg.MetadataValue.json(reasons),
            "preview": _md_table(preview),
        },
    )


def _todo(con, sql: str) -> tuple[list[str], list[int]]:
    """(article ids, their sizes in bytes) that `sql` selects (article_id, n_bytes)."""
    rows = con.execute(sql).fetchall()
    return [r[0] for r in rows], [r[1] for r in rows]


def _shards_text(shards: list[str]) -> str:
    return "all shards" if len(shards) == len(SHARD_KEYS) else f"shard(s) {','.join(shards)}"


def sentences_asset(shards: bool) -> dg.AssetsDefinition:
    """The parse stage, partitioned by shard when `shards` (CLAIMS_SHARDS)."""
    return dg.asset(
        name="sentences",
        group_name="parse",
        deps=["articles"],
        kinds={"duckdb", "python"},
        description=SENTENCES.description,
        **shard_partitioning(shards),
    )(_sentences)


def _sentences(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Clean new articles of the run's shards (furniture, repeats, broken decimals) and split
    them into sentences; the sentences of articles that are gone leave the table."""
    started = time.perf_counter()
    shards = shards_of(context)
    in_shards = shard_filter(shards)
    version = parser_version()
    added, failed, dropped = 0, 0, Counter()
    # One connection for the whole step: opening and closing the file per batch costs a
    # checkpoint each time, and more as the warehouse grows.
    with duckdb.get_connection() as con, Runner() as runner, one_thread(con):
        ensure_tables(con, "sentences", "parse_state", "parse_errors")
        stale = con.execute(
            f"select count(*) from parse_state where {in_shards} and parser_version <> ?",
            [version],
        ).fetchall()[0][0]
        if stale:
            context.log.info(
                f"cleaning code or furniture changed: parsing {stale} article(s) again"
            )
        # sentences of gone articles, of articles parsed by another version, or left by a run
        # that stopped before recording its parse, leave the table; parse_state last
        for table in ("sentences", "parse_errors"):
            con.execute(
                f"delete from {table} where {in_shards} and article_id not in (select "
                "article_id from parse_state where parser_version = ? and article_id in "
                "(select article_id from articles))",
                [version],
            )
        con.execute(
            f"delete from parse_state where {in_shards} and (parser_version <> ? or article_id "
            "not in (select article_id from articles))",
            [version],
        )
        todo, sizes = _todo(
            con,
            f"select article_id, n_bytes from articles where {in_shards} and article_id not in "
            "(select article_id from parse_state) order by article_id",
        )

        reader = BatchReader(con, "articles", todo)

        def load(batch: list[str]) -> list[tuple]:
            return reader.read(batch, "article_id, raw_text")

        progress = Progress(context.log.info, "parsed", len(todo), "article(s)")
        todo_batches = batched(todo, n_bytes=sizes)
        for batch, results in pipelined(runner.map, parse_article, todo_batches, load):
            rows, errors = [], []
            for article_id, article_rows, article_dropped, error in results:
                rows.extend(article_rows)
                dropped.update(article_dropped)
                if error:
                    errors.append((article_id, error))
                    context.log.warning(f"article {article_id}: {error}; no sentences")
            progress.add(len(batch))
            failed += len(errors)
            con.execute("begin transaction")
            added += append_rows(
                con, "sentences", pd.DataFrame(rows, columns=SENTENCES.column_names)
            )
            append_rows(
                con, "parse_errors", pd.DataFrame(errors, columns=PARSE_ERRORS.column_names)
            )
            append_rows(
                con, "parse_state", pd.DataFrame({"article_id": batch, "parser_version": version})
            )
            con.execute("commit")
        total = con.execute("select count(*) from sentences").fetchall()[0][0]
    context.log.info(
        f"{_shards_text(shards)}: {len(todo)} new article(s) -> {added} sentence(s) in "
        f"{time.perf_counter() - started:.2f}s; {total} in all; dropped lines {dict(dropped)}"
        + (f"; {failed} article(s) failed to parse (see rejected_extractions)" if failed else "")
    )
    return dg.MaterializeResult(
        metadata={
            "sentences": total,
            "new_sentences": added,
            "new_articles": len(todo),
            "parse_errors": failed,
            "shards": len(shards),
            "dropped_lines": dg.MetadataValue.json(dict(dropped)),
        }
    )


_EXTRACT_SPECS = [
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
]


def extract_asset(shards: bool) -> dg.AssetsDefinition:
    """The extract stage, partitioned by shard when `shards` (CLAIMS_SHARDS)."""
    return dg.multi_asset(
        name="extract_claims_asset", specs=_EXTRACT_SPECS, **shard_partitioning(shards)
    )(_extract_claims)


def _extract_claims(context: dg.AssetExecutionContext, paths: ClaimsPaths, duckdb: DuckDBResource):
    """Find every numeric claim of the run's shards' articles not yet extracted (by this
    version of the code and lexicons), on every core. An article over its time budget keeps
    no claims and gets a reject row."""
    started = time.perf_counter()
    version = extractor_version()
    shards = shards_of(context)
    in_shards = shard_filter(shards)
    tables = ("claim_candidates", "rejected_extractions", "extraction_state")
    n_claims, n_rejects = 0, 0
    files: dict[str, str] = {}
    # One connection for the whole step (see _sentences); each batch is its own transaction.
    with duckdb.get_connection() as con, Runner() as runner, one_thread(con):
        ensure_tables(con, *tables, "validation_queue", "parse_errors")
        stale_sql = (f"select article_id from extraction_state where {in_shards} "
                     f"and extractor_version <> '{version}'")  # fmt: skip
        stale = con.execute(f"select count(*) from ({stale_sql})").fetchall()[0][0]
        if stale:
            context.log.info(f"code or lexicons changed: extracting {stale} article(s) again")
            drop_derived(con, stale_sql, tables)  # extraction_state last in `tables`
        drop_derived(con, "select article_id from extraction_state where article_id not in "
                     "(select article_id from articles)", tables)  # fmt: skip
        todo, sizes = _todo(
            con,
            f"select article_id, n_bytes from articles where {in_shards} and article_id not in "
            "(select article_id from extraction_state) order by article_id",
        )

        articles = BatchReader(con, "articles", todo)
        sentences = BatchReader(con, "sentences", todo)
        # articles the cleaning code failed on (few: the whole table is read)
        parse_errors: dict[str, str] = dict(
            con.execute(f"select article_id, detail from parse_errors where {in_shards}").fetchall()
        )

        def load(batch: list[str]) -> list[tuple]:
            raw = {}
            for article_id, raw_text, source_file in articles.read(
                batch, "article_id, raw_text, source_file"
            ):
                raw[article_id] = raw_text
                files[article_id] = source_file
            rows = sentences.read(
                batch,
                # the offset map as text: fetched and sent to the workers at a third of the
                # cost of lists of integers, and parsed only for the sentences with a claim
                "article_id, sentence_index, paragraph_index, text, offset_map::varchar",
                order="article_id, sentence_index",
            )
            sents = {a: list(group) for a, group in groupby(rows, key=itemgetter(0))}
            return [(a, raw[a], sents.get(a, []), paths.doc_time_budget) for a in batch]

        progress = Progress(context.log.info, "extracted", len(todo), "article(s)")
        todo_batches = batched(todo, n_bytes=sizes)
        for batch, results in pipelined(runner.map, extract_article_rows, todo_batches, load):
            rows, rejects = [], []
            for article_id, article_rows, reason in results:
                rows.extend(article_rows)
                if article_id in parse_errors:  # no sentences, so no claims: say why
                    reason = parse_errors.pop(article_id)
                    rejects.append(
                        {
                            "article_id": article_id,
                            "source_file": files[article_id],
                            "reason": "parse_error",
                            "detail": reason,
                        }
                    )
                elif reason:
                    failed = reason.startswith(EXTRACTION_ERROR)
                    rejects.append(
                        {
                            "article_id": article_id,
                            "source_file": files[article_id],
                            "reason": "extraction_error" if failed else "time_budget",
                            "detail": reason,
                        }
                    )
                    context.log.warning(
                        f"{files[article_id]}: {reason if failed else 'over the time budget'}"
                        ", claims withheld"
                    )
            for article_id in batch:
                files.pop(article_id, None)
            con.execute("begin transaction")
            n_claims += append_rows(
                con, "claim_candidates", pd.DataFrame(rows, columns=CLAIM_COLUMN_NAMES)
            )
            n_rejects += append_rows(
                con,
                "rejected_extractions",
                pd.DataFrame(rejects, columns=REJECTED_EXTRACTIONS.column_names),
            )
            append_rows(
                con,
                "extraction_state",
                pd.DataFrame({"article_id": batch, "extractor_version": version}),
            )
            append_rows(con, "validation_queue", ids_frame(batch))
            con.execute("commit")
            progress.add(len(batch))
        total = con.execute("select count(*) from claim_candidates").fetchall()[0][0]
        by_category = dict(
            con.execute("select category, count(*) from claim_candidates group by 1").fetchall()
        )
        rejected = con.execute("select count(*) from rejected_extractions").fetchall()[0][0]
    checkpoint("extract:after_write")
    seconds = time.perf_counter() - started
    context.log.info(
        f"{_shards_text(shards)}: extracted {n_claims} claim(s) from {len(todo)} new "
        f"article(s) in {seconds:.2f}s "
        f"({runner.workers} worker(s)); {n_rejects} over budget; {total} candidates in all"
    )
    yield dg.MaterializeResult(
        asset_key="claim_candidates",
        metadata={
            "claims": total,
            "new_claims": n_claims,
            "new_articles": len(todo),
            "shards": len(shards),
            "by_category": dg.MetadataValue.json(by_category),
            "seconds": round(seconds, 3),
        },
    )
    yield dg.MaterializeResult(asset_key="rejected_extractions", metadata={"rejected": rejected})


def _copy_valid(con, claim_ids: pd.Series, first: str, last: str) -> None:
    """Copy the valid candidates of the articles `first`..`last` into `claims`, inside
    DuckDB: the two tables have the same columns, and the candidates' rows are what was
    validated. Inserting the validated frame instead made DuckDB scan Python objects, 40% of
    the step."""
    columns = ", ".join(CLAIMS.column_names)
    con.register("valid_ids", pd.DataFrame({"claim_id": claim_ids.astype(object)}))
    try:
        con.execute(
            f"insert into claims ({columns}) select {columns} from claim_candidates "
            "where article_id between ? and ? and claim_id in (select claim_id from valid_ids)",
            [first, last],
        )
    finally:
        con.unregister("valid_ids")


def _checked_against_source(
    con, candidates: pd.DataFrame, good: pd.DataFrame, failures: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`quarantine`'s (good, failures) of a chunk, less the rows that do not point at their
    article's text (`source_failures`). Only the chunk's articles are read, so a run checks
    the claims it validates, not the whole warehouse; every claim in `claims` passed this
    check when it came in."""
    ids = pd.DataFrame({"article_id": candidates["article_id"].dropna().unique()})
    con.register("chunk_articles", ids)
    try:
        texts = dict(con.execute(
            "select article_id, raw_text from articles "
            "where article_id in (select article_id from chunk_articles)"
        ).fetchall())  # fmt: skip
    finally:
        con.unregister("chunk_articles")
    found = schemas().source_failures(candidates, texts)
    if found.empty:
        return good, failures
    good = good.drop(index=[r for r in found["row"].unique() if r in good.index])
    failures = pd.concat([failures, found], ignore_index=True)
    return good, failures.sort_values(["row", "check_name"], kind="stable", ignore_index=True)


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
    """Validate new candidates with pandera, in chunks so memory stays flat: good rows to
    `claims`, bad ones to `rejected_claims` with the failing column, check and value. Only
    the articles the extract step queued (`validation_queue`) are validated again, unless
    the code, lexicons or schemas changed since: then every article is."""
    version = extractor_version()
    by_check: Counter = Counter()
    previews = []
    with duckdb.get_connection() as con:
        ensure_tables(con, "claims", "rejected_claims", "validation_state", "validation_queue")
        done_by = con.execute("select extractor_version from validation_state").fetchall()
        if done_by != [(version,)]:  # every article again
            con.execute("delete from claims")
            con.execute("delete from rejected_claims")
            con.execute("insert into validation_queue select article_id from extraction_state")
        else:  # the queued articles' rows are replaced: a lookup of the queue's few ids
            for table in ("claims", "rejected_claims"):
                con.execute(f"delete from {table} where article_id in "
                            "(select article_id from validation_queue)")  # fmt: skip
        # The ids to validate stay in DuckDB: only one chunk is ever in Python. A chunk is
        # about VALIDATION_CHUNK rows of whole articles, and about BATCH_BYTES of their raw
        # texts, which the span check reads: candidates are stored in article order, so a
        # range of article ids reads only its own row groups, and the cost of a chunk does
        # not grow with the table. Both running sums only grow, so their two quotients only
        # grow, and a chunk is where both stay the same: within both bounds (but for an
        # article that passes one alone).
        con.execute(
            "create temp table validation_todo as select claim_id, article_id "
            "from claim_candidates where article_id in (select article_id from validation_queue)"
        )
        chunks = con.execute(
            "with per_article as (select v.article_id, count(*) as n, "
            "coalesce(max(a.n_bytes), 0) as b from validation_todo v "
            "left join articles a using (article_id) group by v.article_id), "
            "running as (select article_id, sum(n) over (order by article_id) as upto, "
            "sum(b) over (order by article_id) as upto_b from per_article) "
            "select min(article_id), max(article_id) from running "
            "group by (upto - 1) // ? + greatest(upto_b - 1, 0) // ? order by 1",
            [VALIDATION_CHUNK, batches.BATCH_BYTES],
        ).fetchall()
        todo = con.execute("select count(*) from validation_todo").fetchall()[0][0]
        progress = Progress(context.log.info, "validated", todo, "candidate claim(s)")
        for first, last in chunks:
            candidates = con.execute(
                "select c.* from claim_candidates c where c.article_id between ? and ? and "
                "c.claim_id in (select claim_id from validation_todo "
                "where article_id between ? and ?) order by claim_id",
                [first, last, first, last],
            ).df()
            good, failures = schemas().quarantine(candidates, schemas().ClaimSchema)
            good, failures = _checked_against_source(con, candidates, good, failures)
            rejects = schemas().RejectedClaimSchema.validate(
                schemas().reject_rows(candidates, failures)
            )
            _copy_valid(con, good["claim_id"], first, last)
            append_rows(con, "rejected_claims", rejects)
            by_check.update(
                failures["check_name"].value_counts().to_dict() if len(failures) else {}
            )
            previews.append(rejects.drop(columns="row_json").head(10))
            progress.add(len(candidates))
        con.execute("delete from validation_queue")  # a run killed before this validates again
    with duckdb.get_connection() as con:
        replace_tables(con, {"validation_state": pd.DataFrame({"extractor_version": [version]})})
        n_candidates = con.execute("select count(*) from claim_candidates").fetchall()[0][0]
        n_good = con.execute("select count(*) from claims").fetchall()[0][0]
        n_bad = con.execute("select count(distinct claim_id) from rejected_claims").fetchall()[0][0]
    checkpoint("validate:after_write")
    rate = n_bad / n_candidates if n_candidates else 0.0
    context.log.info(f"{n_candidates} candidate(s): {n_good} valid, {n_bad} rejected ({rate:.1%})")
    by_check = dict(by_check)
    yield dg.MaterializeResult(
        asset_key="claims", metadata={"claims": n_good, "rejected": n_bad, "validated": todo}
    )
    preview = pd.concat(previews).head(10) if previews else pd.DataFrame()
    yield dg.MaterializeResult(
        asset_key="rejected_claims", metadata={"rows": n_bad, "preview": _md_table(preview)}
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
            "candidates": n_candidates,
        },
    )


@dg.asset(
    group_name="export",
    deps=["claims", "articles"],
    kinds={"parquet", "duckdb"},
    retry_policy=IO_RETRY,
    description="Claims as hive-partitioned Parquet (by ingest date) under CLAIMS_PARQUET_DIR, "
    "for Spark, Trino or MotherDuck; the warehouse exposes it as the view claims_lake.",
)
def claims_parquet(
    context: dg.AssetExecutionContext, paths: ClaimsPaths, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    with duckdb.get_connection() as con:
        files = export_claims_parquet(con, paths.parquet)
    context.log.info(f"wrote {files} Parquet file(s) under {paths.parquet / 'claims'}")
    return dg.MaterializeResult(metadata={"path": str(paths.parquet / "claims"), "files": files})


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
                t: con.execute(f"select count(*) from {t}").fetchall()[0][0]
                for t in ("articles", "claims", "rejected_documents", "rejected_claims")
            }
            current = warehouse_fingerprint(con)
            unchanged = published_is_current(con, paths.db, current)
        if unchanged:
            size = paths.db.stat().st_size
            context.log.info(f"{paths.db} already holds this data ({size} bytes): not copied")
            return dg.MaterializeResult(
                metadata={"path": str(paths.db), "bytes": size, "copied": False, **counts}
            )
        stale_wal = Path(f"{paths.db}.wal")
        if stale_wal.exists():
            context.log.warning(f"removing a stale {stale_wal.name} beside the published warehouse")
        size = publish(paths.work_db, paths.db)
        with duckdb.get_connection() as con:
            remember_published(con, paths.db, current)
        context.log.info(f"published {paths.db} ({size} bytes): {counts}")
        return dg.MaterializeResult(
            metadata={"path": str(paths.db), "bytes": size, "copied": True, **counts}
        )

    return _publish
