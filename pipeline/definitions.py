"""The one `Definitions` of conflict-claims (`[tool.dagster]` points here)."""

import gc

import dagster as dg

from pipeline.dagster_layer.assets import (
    claims_parquet,
    extract_asset,
    ingest_articles,
    publish_asset,
    sentences_asset,
    validated_claims,
)
from pipeline.dagster_layer.evaluation_check import seed_labels_score
from pipeline.dagster_layer.executors import executor_named
from pipeline.dagster_layer.jobs import nightly_job, nightly_schedule, run_failure_alert
from pipeline.dagster_layer.resources import make_resources
from pipeline.dagster_layer.sql_assets import models_asset, sql_checks
from pipeline.settings import REPO_ROOT, Settings
from pipeline.sql_models import discover_checks, discover_models

SQL_DIR = REPO_ROOT / "sql"


def build_definitions(settings: Settings) -> dg.Definitions:
    """Definitions for `settings`; tests build their own with temporary paths."""
    core = [ingest_articles, sentences_asset(settings.shards), extract_asset(settings.shards),
            validated_claims, claims_parquet]  # fmt: skip
    tables = {key.path[-1] for a in core for key in a.keys}
    models = discover_models(SQL_DIR)
    model_assets = [models_asset(models, tables)] if models else []
    upstream = sorted(
        {key for a in core + model_assets for key in a.keys}, key=lambda k: k.to_user_string()
    )
    sql = discover_checks(SQL_DIR)
    on_models = [c for c in sql if c.table in {m.name for m in models}]
    on_tables = [c for c in sql if c not in on_models]
    checks = [
        *([sql_checks("table_checks", on_tables)] if on_tables else []),
        *([sql_checks("model_checks", on_models)] if on_models else []),
        seed_labels_score,
    ]
    return dg.Definitions(
        assets=[*core, *model_assets, publish_asset(upstream)],
        asset_checks=checks,
        jobs=[nightly_job],
        schedules=[nightly_schedule(settings.shards)],
        sensors=[run_failure_alert],
        resources=make_resources(settings),
        executor=executor_named(settings.executor),
    )


defs = build_definitions(Settings.from_env())
# Everything imported and built so far (Dagster, pandas, pandera, the lexicons) lives as long as
# the process: freezing it keeps the cyclic garbage collector from walking those objects again
# in every full collection of the run and in the interpreter's teardown (0.6 s of a run).
gc.freeze()
