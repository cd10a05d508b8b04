"""Resources: where the pipeline reads and writes, configured from `Settings`."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb as duckdb_lib
from dagster_duckdb import DuckDBResource

from pipeline.locking import explain_lock_error, hold_run_lock
from pipeline.settings import Settings

# Model SQL runs on connections that cannot touch host files or change their settings.
LOCKED_CONFIG = {
    "enable_external_access": False,
    "lock_configuration": True,
    # A join builds its table from the side the SQL puts on the right, so the author of a
    # model or check decides which side is held in memory (the small one) and which streams.
    "disabled_optimizers": "build_side_probe_side",
}


class ClaimsPaths(dg.ConfigurableResource):
    """Folders and files of a run (defaults from CLAIMS_* environment variables)."""

    raw_dir: str
    db_path: str
    work_db_path: str
    max_reject_rate: float = 0.05
    gold_path: str = ""
    doc_time_budget: float = 30.0
    max_doc_bytes: int = 20_000_000
    parquet_dir: str = ""

    @property
    def parquet(self) -> Path:
        return Path(self.parquet_dir) if self.parquet_dir else self.db.parent / "parquet"

    @property
    def raw(self) -> Path:
        return Path(self.raw_dir)

    @property
    def db(self) -> Path:
        return Path(self.db_path)

    @property
    def work_db(self) -> Path:
        return Path(self.work_db_path)


class WorkingWarehouse(DuckDBResource):
    """Dagster's DuckDB resource on the pipeline's working file, one run at a time.

    Before the first connection of a run it takes the run lock (a second run queues behind
    the first); a DuckDB lock conflict becomes an error that names the file and the holder's
    PID and says what to do."""

    @contextmanager
    def get_connection(self) -> Iterator[duckdb_lib.DuckDBPyConnection]:
        hold_run_lock(Path(self.database), log=dg.get_dagster_logger().warning)
        try:
            with super().get_connection() as con:
                yield con
        except duckdb_lib.IOException as exc:
            message = explain_lock_error(exc, Path(self.database))
            if message is None:
                raise
            raise RuntimeError(message) from exc
        except duckdb_lib.OutOfMemoryException as exc:
            limit = (self.connection_config or {}).get("memory_limit", "DuckDB's default")
            raise RuntimeError(
                f"DuckDB ran out of its memory cap ({limit}, CLAIMS_DUCKDB_MEMORY): {exc}\n"
                "DuckDB reads text 2,048 rows at a time, so a table of documents of several MB "
                "each needs more: raise CLAIMS_DUCKDB_MEMORY (1GB holds documents of 4 MB), or "
                "lower CLAIMS_MAX_DOC_BYTES. Nothing was published; run again after the change."
            ) from exc


def make_resources(settings: Settings) -> dict[str, object]:
    settings.work_db_path.parent.mkdir(parents=True, exist_ok=True)
    work = str(settings.work_db_path)
    # DuckDB may use up to 80% of the machine's memory by default. Under the cap it spills
    # joins and aggregates to its temp folder beside the database: the span check's table of
    # every claim's span (about 130 bytes a claim) no longer grows with the warehouse.
    memory = {"memory_limit": settings.duckdb_memory_limit, "checkpoint_threshold": "64MB"}
    return {
        "paths": ClaimsPaths(
            raw_dir=str(settings.raw_dir),
            db_path=str(settings.db_path),
            work_db_path=work,
            max_reject_rate=settings.max_reject_rate,
            gold_path=str(settings.gold_path),
            doc_time_budget=settings.doc_time_budget,
            max_doc_bytes=settings.max_doc_bytes,
            parquet_dir=str(settings.parquet_dir or settings.db_path.parent / "parquet"),
        ),
        "duckdb": WorkingWarehouse(database=work, connection_config=memory),
        "duckdb_models": WorkingWarehouse(
            database=work, connection_config={**LOCKED_CONFIG, **memory}
        ),
    }
