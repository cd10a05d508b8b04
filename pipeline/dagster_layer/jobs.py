"""The nightly job, its schedule, and the alert on failed runs."""

import json

import dagster as dg

from pipeline.alerts import failed_runs_dir, record_failed_run
from pipeline.dagster_layer.partitions import ALL_SHARDS_TAGS

nightly_job = dg.define_asset_job(
    "nightly_job",
    selection=dg.AssetSelection.all(),  # partitioned by shard when its parse and extract are
    description="Every asset: ingest, parse, extract, validate, models, publish. With "
    "CLAIMS_SHARDS=1, run it with the tags of a shard range or of one shard.",
    # Enforced by the daemon's run monitoring (dagster.yaml): a hung run is failed.
    tags={"dagster/max_runtime": 3600},
)


def nightly_schedule(shards: bool) -> dg.ScheduleDefinition:
    """The 02:00 UTC schedule of `nightly_job`; with shards, its runs cover every shard."""

    @dg.schedule(
        name="nightly_schedule",
        job=nightly_job,
        cron_schedule="0 2 * * *",
        execution_timezone="UTC",
        default_status=dg.DefaultScheduleStatus.RUNNING,
        description="Materialises everything (all shards in one run) at 02:00 UTC. Each run "
        "reads the whole raw folder, so nights missed while the daemon was down are caught up "
        "by the next run.",
    )
    def _nightly(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
        return dg.RunRequest(run_key=None, tags=ALL_SHARDS_TAGS if shards else {})

    return _nightly


def run_command(dagster: str = "dagster", shards: bool = False) -> list[str]:
    """The CLI command of one run of every asset (over every shard when `shards`); without
    shards it is `make run`'s."""
    if not shards:
        return [dagster, "asset", "materialize", "-m", "pipeline.definitions", "--select", "*"]
    return [dagster, "job", "execute", "-m", "pipeline.definitions", "-j", "nightly_job",
            "--tags", json.dumps(ALL_SHARDS_TAGS)]  # fmt: skip


@dg.run_failure_sensor(
    name="run_failure_alert",
    default_status=dg.DefaultSensorStatus.RUNNING,
    monitor_all_code_locations=False,
    description="On any failed run: an ERROR log line and a JSON file under "
    ".dagster/failed_runs/ that a cron job or monitor can watch.",
)
def run_failure_alert(context: dg.RunFailureSensorContext) -> None:
    path = record_failed_run(
        failed_runs_dir(),
        run_id=context.dagster_run.run_id,
        job=context.dagster_run.job_name,
        message=context.failure_event.message or "run failed",
    )
    context.log.error(f"ALERT conflict-claims run {context.dagster_run.run_id} failed: see {path}")
