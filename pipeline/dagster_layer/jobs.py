"""The nightly job and its schedule."""

import dagster as dg

nightly_job = dg.define_asset_job(
    "nightly_job",
    selection=dg.AssetSelection.all(),
    description="Every asset: ingest, parse, extract, validate, models, publish.",
    # Enforced by the daemon's run monitoring (dagster.yaml): a hung run is failed.
    tags={"dagster/max_runtime": 3600},
)

nightly_schedule = dg.ScheduleDefinition(
    name="nightly_schedule",
    job=nightly_job,
    cron_schedule="0 2 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Materialises everything at 02:00 UTC. Each run reads the whole raw folder, so "
    "nights missed while the daemon was down are caught up by the next run.",
)
