"""Writing tables into the working DuckDB file, and publishing it atomically for analysts.

The pipeline writes only to its own working file. `publish` checkpoints it, copies it to a
temporary file beside the published one, checks the copy opens and holds the core tables,
and swaps it in with `os.replace`: readers that have the old file open keep their snapshot,
new readers see the new one, and a run that dies before the swap leaves the old file as it was.
"""

import os
import shutil
import uuid
from pathlib import Path

import duckdb
import pandas as pd

from pipeline.faults import checkpoint
from pipeline.tables import TABLES

TMP_MARK = ".publishing-"


def replace_tables(
    con: duckdb.DuckDBPyConnection, frames: dict[str, pd.DataFrame]
) -> dict[str, int]:
    """Replace each named table with its frame, all in one transaction. Returns row counts.

    Table names must be in `tables.TABLES`; column types come from there, not from pandas.
    """
    unknown = set(frames) - set(TABLES)
    if unknown:
        raise KeyError(f"not warehouse tables: {sorted(unknown)}")
    counts = {}
    con.execute("begin transaction")
    try:
        for name, frame in frames.items():
            table = TABLES[name]
            missing = set(table.column_names) - set(frame.columns)
            if missing:
                raise ValueError(f"{name}: the frame lacks columns {sorted(missing)}")
            view = f"incoming_{name}"
            con.register(view, frame[table.column_names])
            con.execute(table.create_sql())
            con.execute(table.insert_sql(view))
            con.unregister(view)
            counts[name] = len(frame)
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return counts


def ensure_tables(con: duckdb.DuckDBPyConnection, *names: str) -> None:
    """Create the named warehouse tables if they do not exist yet (empty, typed)."""
    for name in names:
        con.execute(
            TABLES[name]
            .create_sql()
            .replace("create or replace table", "create table if not exists", 1)
        )


def append_rows(con: duckdb.DuckDBPyConnection, name: str, frame: pd.DataFrame) -> int:
    """Insert `frame` into table `name` (typed by `tables.TABLES`); returns rows added."""
    table = TABLES[name]
    if frame.empty:
        return 0
    view = f"incoming_{name}"
    con.register(view, frame[table.column_names])
    try:
        con.execute(table.insert_sql(view))
    finally:
        con.unregister(view)
    return len(frame)


def delete_unless(con: duckdb.DuckDBPyConnection, name: str, column: str, keep: list[str]) -> int:
    """Delete the rows of table `name` whose `column` is not in `keep`; returns rows deleted."""
    table = TABLES[name]
    if column not in table.column_names:
        raise KeyError(f"{name} has no column {column}")
    before = con.execute(f"select count(*) from {name}").fetchall()[0][0]
    con.register("keep_values", pd.DataFrame({"value": pd.Series(keep, dtype="object")}))
    try:
        con.execute(f"delete from {name} where {column} not in (select value from keep_values)")
    finally:
        con.unregister("keep_values")
    return before - con.execute(f"select count(*) from {name}").fetchall()[0][0]


def read_table(con: duckdb.DuckDBPyConnection, name: str) -> pd.DataFrame:
    """A whole warehouse table as a DataFrame (name checked against the allow-list)."""
    if name not in TABLES:
        raise KeyError(f"not a warehouse table: {name}")
    exists = con.execute(
        "select count(*) from information_schema.tables where table_name = ?", [name]
    ).fetchall()[0][0]
    if not exists:
        raise LookupError(f"table {name} is not in the working database yet: materialise its asset")
    return con.execute(f"select * from {name}").df()


def clean_leftovers(db_path: Path) -> list[Path]:
    """Delete temporary files a killed publish left beside `db_path`; returns what was removed."""
    removed = []
    for leftover in db_path.parent.glob(f"{db_path.name}{TMP_MARK}*"):
        leftover.unlink(missing_ok=True)
        removed.append(leftover)
    return removed


def publish(
    work_db: Path, db_path: Path, required_tables: tuple[str, ...] = ("articles", "claims")
) -> int:
    """Copy the (checkpointed, closed) working file over `db_path` atomically. Returns bytes."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(db_path)
    tmp = db_path.with_name(f"{db_path.name}{TMP_MARK}{uuid.uuid4().hex[:8]}")
    try:
        checkpoint("publish:before_copy")
        shutil.copyfile(work_db, tmp)
        checkpoint("publish:after_copy")
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        check = duckdb.connect(str(tmp), read_only=True)
        try:
            for table in required_tables:
                check.execute(f"select count(*) from {TABLES[table].name}").fetchall()
        finally:
            check.close()
        # A stale WAL beside the published name would be replayed onto the new file.
        Path(f"{db_path}.wal").unlink(missing_ok=True)
        checkpoint("publish:before_replace")
        os.replace(tmp, db_path)
        _fsync_dir(db_path.parent)
        checkpoint("publish:after_replace")
    finally:
        tmp.unlink(missing_ok=True)
    return db_path.stat().st_size


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sql_path(path: Path) -> str:
    """A path fit for a SQL string literal (DuckDB takes COPY targets only as literals)."""
    text = str(path.resolve())
    if "'" in text or "\\" in text:
        raise ValueError(f"refusing a path with quotes or backslashes in SQL: {text}")
    return text


def export_claims_parquet(con: duckdb.DuckDBPyConnection, folder: Path) -> int:
    """Write claims, with their article's ingest date, as hive-partitioned Parquet under
    `<folder>/claims/ingest_date=YYYY-MM-DD/`; swap the new tree in whole; expose it as the
    view `claims_lake`. Returns the number of files written."""
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / "claims"
    # The same claims as last time: keep the tree (a nightly run with no news writes nothing).
    fingerprint = repr(con.execute(
        "select count(*), bit_xor(hash(c.claim_id, c.value, c.actor, a.ingest_date)) "
        "from claims c join articles a using (article_id)"
    ).fetchall()[0])  # fmt: skip
    marker = folder / "claims.fingerprint"
    if final.is_dir() and marker.is_file() and marker.read_text() == fingerprint:
        _create_lake_view(con, final)
        return len(list(final.glob("ingest_date=*/*.parquet")))
    tmp = folder / f"claims{TMP_MARK}{uuid.uuid4().hex[:8]}"
    con.execute(
        f"copy (select c.*, a.ingest_date from claims c join articles a using (article_id) "
        f"order by c.claim_id) to '{_sql_path(tmp)}' (format parquet, partition_by (ingest_date))"
    )
    old = folder / f"claims{TMP_MARK}old"
    if final.exists():
        final.rename(old)
    if tmp.exists():
        tmp.rename(final)
    else:
        final.mkdir()  # no claims: an empty tree
    shutil.rmtree(old, ignore_errors=True)
    for leftover in folder.glob(f"claims{TMP_MARK}*"):
        shutil.rmtree(leftover, ignore_errors=True)
    marker.write_text(fingerprint)
    return _create_lake_view(con, final)


def _create_lake_view(con: duckdb.DuckDBPyConnection, final: Path) -> int:
    files = sorted(final.glob("ingest_date=*/*.parquet"))
    empty = "(select c.*, a.ingest_date from claims c join articles a using (article_id) limit 0)"
    lake = f"read_parquet('{_sql_path(final)}/*/*.parquet', hive_partitioning = true)"
    con.execute(f"create or replace view claims_lake as select * from {lake if files else empty}")
    return len(files)
