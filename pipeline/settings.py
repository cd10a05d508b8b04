"""Where things live. Defaults point into the repository; environment variables override.

- CLAIMS_RAW_DIR (data/raw): folder of raw article files.
- CLAIMS_DB (data/warehouse.duckdb): the published warehouse analysts open.
- CLAIMS_WORK_DB (<CLAIMS_DB folder>/.work/<CLAIMS_DB name>): the pipeline's working file.
- CLAIMS_LEXICON_DIR (data/lexicons): lexicon CSV files.
- CLAIMS_MAX_REJECT_RATE (0.05): share of rejected claims above which publication stops.
- CLAIMS_GOLD (tests/gold/seeds.jsonl): hand labels the `seed_labels_score` check scores.
- CLAIMS_DOC_TIME_BUDGET (30): seconds of extraction one article may take.
- CLAIMS_PARQUET_DIR (<CLAIMS_DB folder>/parquet): the hive-partitioned Parquet copy of claims.
- CLAIMS_MAX_DOC_BYTES (20000000): size above which a raw file is rejected unread.
- CLAIMS_DUCKDB_MEMORY (256MB): DuckDB's memory_limit on every connection of a run.
- CLAIMS_SHARDS (off): 1 partitions parse and extract into 8 shards
  (pipeline/dagster_layer/partitions.py).
- CLAIMS_EXECUTOR (in_process): in_process, multiprocess, k8s or celery
  (pipeline/dagster_layer/executors.py).

Relative paths in variables resolve against the current directory, as a user expects on a
command line; defaults resolve against the repository, so they work from anywhere.
"""

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def _path(variable: str, default: Path) -> Path:
    value = os.environ.get(variable)
    return Path(value).expanduser().resolve() if value else default


@dataclass(frozen=True)
class Settings:
    raw_dir: Path
    db_path: Path
    work_db_path: Path
    lexicon_dir: Path
    max_reject_rate: float
    gold_path: Path = REPO_ROOT / "tests" / "gold" / "seeds.jsonl"
    doc_time_budget: float = 30.0
    max_doc_bytes: int = 20_000_000
    parquet_dir: Path | None = None
    executor: str = "in_process"
    shards: bool = False
    duckdb_memory_limit: str = "256MB"

    @classmethod
    def from_env(cls) -> "Settings":
        db_path = _path("CLAIMS_DB", REPO_ROOT / "data" / "warehouse.duckdb")
        work_default = db_path.parent / ".work" / db_path.name
        return cls(
            raw_dir=_path("CLAIMS_RAW_DIR", REPO_ROOT / "data" / "raw"),
            db_path=db_path,
            work_db_path=_path("CLAIMS_WORK_DB", work_default),
            lexicon_dir=_path("CLAIMS_LEXICON_DIR", REPO_ROOT / "data" / "lexicons"),
            max_reject_rate=float(os.environ.get("CLAIMS_MAX_REJECT_RATE", "0.05")),
            gold_path=_path("CLAIMS_GOLD", REPO_ROOT / "tests" / "gold" / "seeds.jsonl"),
            doc_time_budget=float(os.environ.get("CLAIMS_DOC_TIME_BUDGET", "30")),
            max_doc_bytes=int(os.environ.get("CLAIMS_MAX_DOC_BYTES", "20000000")),
            parquet_dir=_path("CLAIMS_PARQUET_DIR", db_path.parent / "parquet"),
            executor=os.environ.get("CLAIMS_EXECUTOR", "in_process"),
            shards=os.environ.get("CLAIMS_SHARDS", "").lower() in ("1", "true", "yes"),
            duckdb_memory_limit=os.environ.get("CLAIMS_DUCKDB_MEMORY", "256MB"),
        )
