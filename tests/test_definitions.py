"""The Dagster definitions: they load, the asset graph is the one we mean, the schedule is on."""

import json
import subprocess
import sys
from dataclasses import replace

import dagster as dg

from pipeline import definitions
from pipeline.dagster_layer.jobs import run_command
from pipeline.dagster_layer.partitions import ALL_SHARDS_TAGS, SHARD_KEYS, SHARDS
from pipeline.definitions import build_definitions
from pipeline.settings import REPO_ROOT, Settings

# A rename or a new asset is a visible decision: update this snapshot with it.
ASSET_KEYS = {
    "articles", "rejected_documents", "sentences", "claim_candidates", "claims", "rejected_claims",
    "claims_by_actor", "claims_by_region", "claims_by_weapon", "published_warehouse",
    "rejected_extractions", "claims_parquet",
}  # fmt: skip
CHECKS = {
    ("claims", "rows_pass_schema"), ("claims", "reject_rate_below_threshold"),
    ("claims", "article_exists"), ("claims", "ids_unique"), ("claims", "seed_labels_score"),
    ("claims_by_actor", "totals_match_claims"), ("claims_by_region", "totals_match_claims"),
    ("claims_by_weapon", "totals_match_claims"),
}  # fmt: skip


def test_definitions_load():
    dg.Definitions.validate_loadable(definitions.defs)


def test_asset_keys_snapshot():
    graph = definitions.defs.resolve_asset_graph()
    assert {k.to_user_string() for k in graph.get_all_asset_keys()} == ASSET_KEYS


def test_asset_checks_and_which_block_publication():
    graph = definitions.defs.resolve_asset_graph()
    specs = {
        (k.asset_key.to_user_string(), k.name): graph.get_check_spec(k)
        for k in graph.asset_check_keys
    }
    assert set(specs) == CHECKS
    advisory = {"rows_pass_schema", "seed_labels_score"}
    assert all(spec.blocking == (key[1] not in advisory) for key, spec in specs.items())


def test_every_stage_has_its_group_and_models_read_claims():
    graph = definitions.defs.resolve_asset_graph()
    groups = {k.to_user_string(): graph.get(k).group_name for k in graph.get_all_asset_keys()}
    assert groups["articles"] == "ingest" and groups["sentences"] == "parse"
    assert groups["claim_candidates"] == groups["rejected_extractions"] == "extract"
    assert groups["claims"] == "validate"
    assert groups["claims_by_region"] == "models" and groups["published_warehouse"] == "publish"
    assert groups["claims_parquet"] == "export"
    assert dg.AssetKey("claims") in graph.get(dg.AssetKey("claims_by_actor")).parent_keys
    publish_parents = graph.get(dg.AssetKey("published_warehouse")).parent_keys
    assert {k.to_user_string() for k in publish_parents} == ASSET_KEYS - {"published_warehouse"}


def test_nightly_schedule_runs_every_asset_at_two_utc():
    schedule = definitions.defs.resolve_schedule_def("nightly_schedule")
    assert schedule.cron_schedule == "0 2 * * *"
    assert schedule.execution_timezone == "UTC"
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    job = definitions.defs.resolve_job_def("nightly_job")
    assert job.tags.get("dagster/max_runtime") == "3600"
    assert not definitions.defs.resolve_asset_graph().get(dg.AssetKey("sentences")).is_partitioned


def _sharded() -> dg.Definitions:
    return build_definitions(replace(Settings.from_env(), shards=True))


def test_with_shards_parse_and_extract_are_partitioned_in_one_run():
    defs = _sharded()
    graph = defs.resolve_asset_graph()
    for key in ("sentences", "claim_candidates", "rejected_extractions"):
        node = graph.get(dg.AssetKey(key))
        assert node.partitions_def == SHARDS and len(SHARD_KEYS) == 8
        assert node.backfill_policy == dg.BackfillPolicy.single_run()
    assert graph.get(dg.AssetKey("claims")).partitions_def is None
    with dg.instance_for_test() as instance:
        context = dg.build_schedule_context(instance=instance)
        [request] = (
            defs.resolve_schedule_def("nightly_schedule").evaluate_tick(context).run_requests
        )
    assert ALL_SHARDS_TAGS.items() <= request.tags.items()  # every shard, in one run
    assert SHARD_KEYS[0] == "0-1" and SHARD_KEYS[-1] == "e-f"
    assert json.dumps(ALL_SHARDS_TAGS) in run_command(shards=True)


def test_make_run_is_the_plain_materialise_command():
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    assert " ".join(run_command("$(BIN)/dagster")).replace("*", "'*'") in makefile


def test_schedule_is_listed_by_the_cli(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "dagster", "schedule", "list", "-m", "pipeline.definitions"],
        cwd=REPO_ROOT,
        env={"DAGSTER_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "nightly_schedule" in out.stdout
