"""Failed-run records that a cron job or a monitor can watch, one JSON file per run."""

import json
import os
import time
from pathlib import Path

from pipeline.settings import REPO_ROOT


def failed_runs_dir() -> Path:
    """`.dagster/failed_runs/` of the repository (CLAIMS_ALERT_DIR overrides)."""
    return Path(os.environ.get("CLAIMS_ALERT_DIR", REPO_ROOT / ".dagster" / "failed_runs"))


def record_failed_run(folder: Path, run_id: str, job: str, message: str) -> Path:
    """Write `<folder>/<run_id>.json` atomically; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    record = {"run_id": run_id, "job": job, "message": message,
              "failed_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}  # fmt: skip
    path = folder / f"{run_id}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(record, indent=2), encoding="utf-8")
    os.replace(tmp, path)
    return path
