"""End to end: every asset materialised on the samples into a temporary folder."""

import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipeline.dagster_layer.jobs import run_command
from pipeline.dagster_layer.partitions import ALL_SHARDS_TAGS
from pipeline.definitions import build_definitions
from pipeline.settings import REPO_ROOT, Settings

pytestmark = pytest.mark.slow

TABLES = ("articles", "rejected_documents", "sentences", "claims", "rejected_claims",
          "claims_by_actor", "claims_by_region", "claims_by_weapon")  # fmt: skip


def settings_for(tmp_path: Path, raw_dir: Path, **overrides) -> Settings:
    base = Settings(
        raw_dir=raw_dir,
        db_path=tmp_path / "pub" / "warehouse.duckdb",
        work_db_path=tmp_path / "work" / "warehouse.duckdb",
        lexicon_dir=REPO_ROOT / "data" / "lexicons",
        max_reject_rate=0.05,
    )
    return replace(base, **overrides)


def run_all(
    settings: Settings, raise_on_error: bool = True, tags: dict[str, str] | None = None
) -> dg.ExecuteInProcessResult:
    """One run of every asset (with shards on, over every shard unless `tags` name others)."""
    job = build_definitions(settings).resolve_job_def("nightly_job")
    default = ALL_SHARDS_TAGS if settings.shards else None
    with dg.instance_for_test() as instance:
        return job.execute_in_process(
            instance=instance, raise_on_error=raise_on_error, tags=tags or default
        )


def snapshot(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"select * from {t}").fetchall())) for t in TABLES}
    finally:
        con.close()


def test_pipeline_on_samples(tmp_path, raw_dir):
    settings = settings_for(tmp_path, raw_dir)
    result = run_all(settings)
    assert result.success
    checks = {
        (e.asset_key.to_user_string(), e.check_name): e.passed
        for e in result.get_asset_check_evaluations()
    }
    assert len(checks) == 8 and all(checks.values()), checks
    [evaluation] = [
        e for e in result.get_asset_check_evaluations() if e.check_name == "seed_labels_score"
    ]
    scored = {k: v.value for k, v in evaluation.metadata.items()}
    assert scored["documents"] == 5 and scored["labels"] == 40
    assert scored["f1"] >= 0.9 and 0 <= scored["strict_recall"] <= 1
    assert {"accuracy_actor", "accuracy_region", "accuracy_claimant_side"} <= set(scored)

    con = duckdb.connect(str(settings.db_path), read_only=True)
    n_files = len(list(raw_dir.glob("*.txt")))
    assert con.execute("select count(*) from articles").fetchone()[0] == n_files
    assert con.execute("select count(*) from rejected_documents").fetchone()[0] == 0
    assert con.execute("select count(*) from rejected_claims").fetchone()[0] == 0
    n_claims = con.execute("select count(*) from claims").fetchone()[0]
    assert n_claims >= 30
    # every span points at its surface in the raw text, as Python reads the file
    raw = {
        r[0]: (raw_dir / r[1]).read_text(encoding="utf-8")
        for r in con.execute("select article_id, source_file from articles").fetchall()
    }
    for article_id, start, end, surface in con.execute(
        "select article_id, span_start, span_end, surface from claims"
    ).fetchall():
        assert raw[article_id][start:end] == surface
    # every claim is attributed to a category and the summaries add up to the claims
    assert con.execute("select count(*) from claims where category is null").fetchone()[0] == 0
    for model, scope in [
        ("claims_by_actor", "true"),
        ("claims_by_region", "true"),
        ("claims_by_weapon", "category = 'weapon'"),
    ]:
        summed = con.execute(f"select sum(n_claims), sum(total_value) from {model}").fetchone()
        direct = con.execute(f"select count(*), sum(value) from claims where {scope}").fetchone()
        assert summed[0] == direct[0] and summed[1] == pytest.approx(direct[1])
        assert con.execute(f"select count(*) from {model} where n_claims < 1").fetchone()[0] == 0
    # no year, designator or duration leaks in as a claim
    surfaces = {s for (s,) in con.execute("select surface from claims").fetchall()}
    assert not surfaces & {"2022", "34", "24", "Seven", "II"}
    con.close()


def test_rerun_gives_identical_tables(tmp_path, raw_dir):
    settings = settings_for(tmp_path, raw_dir)
    run_all(settings)
    first = snapshot(settings.db_path)
    run_all(settings)
    assert snapshot(settings.db_path) == first


def test_failed_blocking_check_keeps_yesterdays_warehouse(tmp_path, raw_dir):
    settings = settings_for(tmp_path, raw_dir)
    run_all(settings)
    before = settings.db_path.read_bytes()
    (raw_dir / "extra.txt").write_text("Russia launched 77 drones at Kharkiv.", encoding="utf-8")
    result = run_all(replace(settings, max_reject_rate=-1.0), raise_on_error=False)
    assert not result.success
    assert settings.db_path.read_bytes() == before


def test_cli_materialize_honours_the_claims_variables(tmp_path, raw_dir):
    (raw_dir / "empty.txt").write_bytes(b"")
    db = tmp_path / "cli" / "warehouse.duckdb"
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "CLAIMS_RAW_DIR": str(raw_dir),
        "CLAIMS_DB": str(db),
        "DAGSTER_HOME": str(home),
    }
    env.pop("CLAIMS_WORK_DB", None)
    dagster = Path(sys.executable).with_name("dagster")
    subprocess.run(
        run_command(str(dagster)),
        cwd=REPO_ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute(
        "select reason from rejected_documents where source_file = 'empty.txt'"
    ).fetchall() == [("empty",)]
    assert con.execute("select count(*) from claims").fetchone()[0] > 0


def test_claims_as_hive_partitioned_parquet_and_a_view(tmp_path, raw_dir):
    settings = settings_for(tmp_path, raw_dir, parquet_dir=tmp_path / "lake")
    run_all(settings)
    partitions = sorted(p.name for p in (tmp_path / "lake" / "claims").iterdir())
    assert partitions and all(re.fullmatch(r"ingest_date=\d{4}-\d{2}-\d{2}", p) for p in partitions)
    reader = duckdb.connect()  # any Parquet reader sees the layout as is
    lake = reader.execute(
        f"select count(*), count(distinct claim_id) from read_parquet('{tmp_path}/lake/claims/*/*.parquet', hive_partitioning = true)"
    ).fetchall()[0]
    con = duckdb.connect(str(settings.db_path), read_only=True)
    claims = con.execute("select count(*) from claims").fetchall()[0][0]
    assert lake == (claims, claims)
    assert con.execute("select count(*) from claims_lake").fetchall()[0][0] == claims
    con.close()
    files = {p: p.stat().st_mtime_ns for p in (tmp_path / "lake").rglob("*.parquet")}
    run_all(settings)  # nothing new: the tree is left as it is
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "lake").rglob("*.parquet")} == files


def test_a_claim_that_does_not_point_at_its_text_is_rejected_with_the_reason(tmp_path, raw_dir):
    settings = settings_for(tmp_path, raw_dir, max_reject_rate=0.5)
    run_all(settings)
    con = duckdb.connect(str(settings.work_db_path))
    claim_id, article_id, surface = con.execute(
        "select claim_id, article_id, surface from claims order by claim_id limit 1"
    ).fetchone()
    # as if the extractor had mapped a span wrongly: the candidate points one character on
    con.execute("update claim_candidates set span_start = span_start + 1, span_end = span_end + 1"
                " where claim_id = ?", [claim_id])  # fmt: skip
    con.execute("insert into validation_queue values (?)", [article_id])  # extracted anew
    con.close()
    run_all(settings)
    con = duckdb.connect(str(settings.db_path), read_only=True)
    rejected = con.execute(
        "select check_name, failure_value from rejected_claims where claim_id = ?", [claim_id]
    ).fetchall()
    assert [r[0] for r in rejected] == ["surface_matches_source"]
    assert json.loads(rejected[0][1])["surface"] == surface
    assert not con.execute("select count(*) from claims where claim_id = ?", [claim_id]).fetchone()[
        0
    ]
    con.close()
