"""Writing tables into the working DuckDB file, and publishing it atomically for analysts.

The pipeline writes only to its own working file. `publish` checkpoints it, copies it to a
temporary file beside the published one, checks the copy opens and holds the core tables,
and swaps it in with `os.replace`: readers that have the old file open keep their snapshot,
new readers see the new one, and a run that dies before the swap leaves the old file as it was.
"""

import math
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import duckdb
import pandas as pd

from pipeline.faults import checkpoint
from pipeline.fingerprints import MAIN_TABLES, fingerprint, recall, remember
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


@contextmanager
def one_thread(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """DuckDB on one thread, for a step whose worker processes hold every core: its reads
    and writes are small, and DuckDB's threads, competing with the workers for the cores,
    cost the step a fifth more CPU in this process (on 20 MB: 1.4 s against 1.1 s). The
    setting is the database's, so it is reset after, for whatever else shares it. A
    transaction that an error aborted can only be rolled back: it is, so the reset holds,
    and the error that aborted it is the one that shows."""
    con.execute("set threads = 1")
    try:
        yield
    finally:
        try:
            con.execute("reset threads")
        except duckdb.Error:
            with suppress(duckdb.Error):
                con.execute("rollback")
                con.execute("reset threads")


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


def ids_frame(ids: list[str]) -> pd.DataFrame:
    """`ids` as a one-column frame (`article_id`) to register and join against."""
    return pd.DataFrame({"article_id": pd.Series(ids, dtype="object")})


class BatchReader:
    """Reads columns of `table` (`articles`, `sentences`) for batches of a step's articles.

    A run's new rows are stored at the end of a table, in the order of article id in which
    the steps take them, so the rows of a batch of articles lie in a narrow range of row ids.
    The step finds each of its articles' range once (`step_rows`, one scan of the table), and
    each batch then reads its range only. A lookup by id alone scans every row's article id,
    a batch at a time: 0.24 s a batch for `articles` at a million articles, and for
    `sentences` at 100 MB 0.13 s a batch, a third of the extract step's own time. The range
    is a hint: a batch that finds another number of rows than the step counted (a checkpoint
    may have moved rows) is read again without it. The ranges are found at the first read
    (a step with nothing to do scans nothing), into a temporary table that lasts as long as
    the connection: the step's."""

    def __init__(self, con: duckdb.DuckDBPyConnection, table: str, ids: list[str]):
        self.con, self.table, self.ids = con, table, ids
        self.spans: str | None = None

    def _find_spans(self) -> str:
        spans = f"step_{self.table}"
        self.con.register("step_ids", ids_frame(self.ids))
        try:
            self.con.execute(
                f"create or replace temp table {spans} as select article_id, "
                "min(rowid) as low, max(rowid) as high, count(*) as n "
                f"from {self.table} where article_id in (select article_id from step_ids) "
                "group by article_id"
            )
        finally:
            self.con.unregister("step_ids")
        return spans

    def read(self, batch: list[str], columns: str, order: str = "article_id") -> list[tuple]:
        """`columns` (SQL) of the batch's rows, in `order` (SQL)."""
        if self.spans is None:
            self.spans = self._find_spans()
        self.con.register("batch_ids", ids_frame(batch))
        try:
            # a semi-join: DuckDB then reads the other columns of the batch's rows only (a
            # join read every text first: 2.6 times as long at 100 MB)
            sql = (f"select {columns} from {self.table} where article_id in "
                   "(select article_id from batch_ids)")  # fmt: skip
            low, high, n = self.con.execute(
                f"select min(low), max(high), sum(n) from {self.spans} "
                "where article_id in (select article_id from batch_ids)"
            ).fetchall()[0]
            if low is not None:
                rows = self.con.execute(
                    f"{sql} and rowid between {int(low)} and {int(high)} order by {order}"
                ).fetchall()
                if len(rows) == n:
                    return rows
            return self.con.execute(f"{sql} order by {order}").fetchall()
        finally:
            self.con.unregister("batch_ids")


def drop_derived(con: duckdb.DuckDBPyConnection, articles_sql: str, tables: tuple[str, ...]) -> int:
    """Delete the rows of `tables` of the articles `articles_sql` selects, and queue those
    articles for validation, which then replaces their claims: one transaction. List state
    tables last in `tables`: they say what is done. Returns how many articles."""
    ensure_tables(con, *tables, "validation_queue")
    con.execute("begin transaction")
    try:
        con.execute(f"create or replace temp table dropping as {articles_sql}")
        n = con.execute("select count(*) from dropping").fetchall()[0][0]
        if n:
            con.execute("insert into validation_queue select article_id from dropping")
            for table in tables:
                con.execute(f"delete from {table} where article_id in (from dropping)")
        con.execute("drop table dropping")
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return n


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
        copy_file(work_db, tmp)
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


def copy_file(source: Path, target: Path) -> None:
    """Copy `source` over `target` with `os.copy_file_range`: on XFS and btrfs the copy
    shares the source's blocks until either is written (a reflink: an 800 MB file took 1 ms
    there, against 0.6-5 s for `shutil.copyfile`), elsewhere the kernel copies the bytes
    itself. Where the call is missing or refused (another file system, another OS), or the
    file changed size meanwhile, `shutil.copyfile` copies it again."""
    try:
        with open(source, "rb") as src, open(target, "wb") as dst:
            left = os.fstat(src.fileno()).st_size
            while left > 0:
                n = os.copy_file_range(src.fileno(), dst.fileno(), left)
                if n == 0:
                    break
                left -= n
        if left == 0:
            return
    except (AttributeError, OSError):  # AttributeError: no copy_file_range on this OS
        pass
    shutil.copyfile(source, target)


def warehouse_fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """A fingerprint of every table of the working file (the pipeline's own state aside)."""
    return fingerprint(con, "", [t for (t,) in con.execute(MAIN_TABLES).fetchall()])


def _file_stamp(db_path: Path) -> str:
    stat = db_path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def published_is_current(con: duckdb.DuckDBPyConnection, db_path: Path, current: str) -> bool:
    """True when `db_path` is the copy last published from data with fingerprint `current`,
    untouched since (same size and modification time, no write-ahead log beside it)."""
    state = recall(con, "publish")
    if state is None or state[0] != current or not db_path.exists():
        return False
    return state[1] == _file_stamp(db_path) and not Path(f"{db_path}.wal").exists()


def remember_published(con: duckdb.DuckDBPyConnection, db_path: Path, current: str) -> None:
    remember(con, "publish", current, _file_stamp(db_path))


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


_LAKE_ROWS = "select c.* from claims c join articles a using (article_id)"
_CURRENT = "select claim_id, hash(c) as row_hash from claims c"
_SAME_ROW = "on n.claim_id = l.claim_id and n.row_hash = l.row_hash"


def export_claims_parquet(con: duckdb.DuckDBPyConnection, folder: Path) -> int:
    """Write claims, with their article's ingest date, as hive-partitioned Parquet under
    `<folder>/claims/ingest_date=YYYY-MM-DD/`, and expose the tree as the view `claims_lake`.
    Returns the number of files in the tree.

    `lake_state` remembers which rows the tree holds. When claims were only added since, the
    new rows are written as new files beside it and moved into their partitions one file at
    a time; when any row changed or went, the days that held or now hold such rows are
    written anew and swapped in, one partition at a time, and the other days are not
    touched. A tree that does not hold what `lake_state` says (a run killed mid-export) is
    rewritten whole.
    """
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / "claims"
    ensure_tables(con, "lake_state")
    (folder / "claims.fingerprint").unlink(missing_ok=True)  # the marker of older versions
    for leftover in folder.glob(f"claims{TMP_MARK}*"):  # of a run killed mid-export
        shutil.rmtree(leftover, ignore_errors=True)
    held = _count_and_sum(con, "select * from lake_state")
    if final.is_dir() and _tree_rows(con, final) == held[0]:
        if _count_and_sum(con, _CURRENT) == held:
            return _create_lake_view(con, final)  # the same rows: nothing to write
        # anti-joins, not EXCEPT: the same rows (claim ids are unique), in 1.7 s against
        # 2.5–3.2 s at a million articles
        con.execute(f"create or replace temp table lake_new as select n.* from ({_CURRENT}) n "
                    f"anti join lake_state l {_SAME_ROW}")  # fmt: skip
        con.execute(f"create or replace temp table lake_gone as select l.* from lake_state l "
                    f"anti join ({_CURRENT}) n {_SAME_ROW}")  # fmt: skip
        try:
            if con.execute("select count(*) from lake_gone").fetchall()[0][0]:
                _rewrite_days(con, folder, final, _changed_days(con, final))
            else:
                _append_to_tree(con, folder, final)
            con.execute("begin transaction")
            try:
                con.execute("delete from lake_state where claim_id in "
                            "(select claim_id from lake_gone)")  # fmt: skip
                con.execute("insert into lake_state select * from lake_new")
                con.execute("commit")
            except BaseException:
                con.execute("rollback")
                raise
        finally:
            con.execute("drop table if exists lake_new")
            con.execute("drop table if exists lake_gone")
        return _create_lake_view(con, final)
    _rewrite_tree(con, folder, final)
    con.execute("begin transaction")
    con.execute("delete from lake_state")
    con.execute(f"insert into lake_state {_CURRENT}")
    con.execute("commit")
    return _create_lake_view(con, final)


def _day_label(day) -> str:
    return day.isoformat() if day else "NULL"


def _changed_days(con: duckdb.DuckDBPyConnection, final: Path) -> list[str]:
    """The days (partition labels) that hold a row of `lake_gone` (found in the tree) or of
    `lake_new` (found by its article's ingest date)."""
    lake = f"read_parquet('{_sql_path(final)}/*/*.parquet', filename = true)"
    labels = {label for (label,) in con.execute(
        f"select distinct regexp_extract(filename, 'ingest_date=([^/]+)/', 1) from {lake} "
        "where claim_id in (select claim_id from lake_gone)").fetchall()}  # fmt: skip
    labels |= {_day_label(day) for (day,) in con.execute(
        "select distinct a.ingest_date from lake_new join claims c using (claim_id) "
        "join articles a using (article_id)").fetchall()}  # fmt: skip
    return sorted(labels)


def _count_and_sum(con: duckdb.DuckDBPyConnection, rows: str) -> tuple[int, int | None]:
    """Row count and XOR of the row hashes of `rows` (claim_id, row_hash): equal pairs mean
    the same rows, short of a 64-bit collision."""
    count, xor = con.execute(f"select count(*), bit_xor(row_hash) from ({rows})").fetchall()[0]
    return count, xor


def _tree_rows(con: duckdb.DuckDBPyConnection, final: Path) -> int:
    if not any(final.glob("ingest_date=*/*.parquet")):
        return 0
    lake = f"read_parquet('{_sql_path(final)}/*/*.parquet', hive_partitioning = true)"
    return con.execute(f"select count(*) from {lake}").fetchall()[0][0]


def _append_to_tree(con: duckdb.DuckDBPyConnection, folder: Path, final: Path) -> None:
    """Write the rows of `lake_new` beside the tree, then move each file into its partition."""
    tmp = folder / f"claims{TMP_MARK}{uuid.uuid4().hex[:8]}"
    _write_days(con, tmp, f"part_{uuid.uuid4().hex}", only="lake_new")
    for file in sorted(tmp.glob("ingest_date=*/*.parquet")):
        target = final / file.parent.name
        target.mkdir(exist_ok=True)
        os.replace(file, target / file.name)
    shutil.rmtree(tmp, ignore_errors=True)


def _rewrite_tree(con: duckdb.DuckDBPyConnection, folder: Path, final: Path) -> None:
    """Write the whole tree beside the old one and swap it in."""
    tmp = folder / f"claims{TMP_MARK}{uuid.uuid4().hex[:8]}"
    _write_days(con, tmp, "data")
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


def _rewrite_days(
    con: duckdb.DuckDBPyConnection, folder: Path, final: Path, days: list[str]
) -> None:
    """Write the partitions of `days` anew beside the tree and swap each one in; a day left
    with no claims loses its partition. The other days' files are not touched."""
    tmp = folder / f"claims{TMP_MARK}{uuid.uuid4().hex[:8]}"
    _write_days(con, tmp, "data", days=set(days))
    for label in days:
        new, old = tmp / f"ingest_date={label}", final / f"ingest_date={label}"
        away = folder / f"claims{TMP_MARK}away_{label}"
        if old.exists():
            old.rename(away)
        if new.exists():
            new.rename(old)
        shutil.rmtree(away, ignore_errors=True)
    shutil.rmtree(tmp, ignore_errors=True)


# Rows in one Parquet file at most. At a million articles (8.8 million claims, one ingest
# date) a single COPY of a day ran out of DuckDB's 256 MB, and so did one COPY of a million
# new rows (looked up in `lake_new`) on two threads; 275,000 fit. Files are not sorted:
# sorting ran out of memory above about 150,000 rows.
LAKE_FILE_ROWS = 200_000


def _write_days(
    con: duckdb.DuckDBPyConnection,
    tree: Path,
    stem: str,
    only: str | None = None,
    days: set[str] | None = None,
) -> None:
    """The claims (those whose id is in table `only`, of the days labelled `days`, if given) as
    `<tree>/ingest_date=YYYY-MM-DD/<stem>_<n>.parquet`, one day, and within a day one range of
    claim ids, at a time. (DuckDB's own `partition_by` buffers every partition in memory,
    which does not fit under the memory limit at 100 MB of articles; one plain COPY per file
    streams, and a range bounds the ids of `only` it looks up.)"""
    rows_of = f"{only} join claims c using (claim_id)" if only else "claims c"
    found = con.execute(
        f"select a.ingest_date, count(*) from {rows_of} join articles a using (article_id) "
        "group by 1 order by 1"
    ).fetchall()
    for day, rows in found:  # a date from DuckDB: only digits and dashes reach the SQL
        label, literal = _day_label(day), f"date '{day.isoformat()}'" if day else "NULL"
        if days is not None and label not in days:
            continue
        part = tree / f"ingest_date={label}"
        part.mkdir(parents=True, exist_ok=True)
        for i, (low, high) in enumerate(id_ranges(-(-rows // LAKE_FILE_ROWS))):
            chosen = _in_range("c.claim_id", low, high)
            if only:
                chosen += f" and c.claim_id in (select claim_id from {only} where "
                chosen += f"{_in_range('claim_id', low, high)})"
            target = _sql_path(part / f"{stem}_{i}.parquet")
            con.execute(
                f"copy ({_LAKE_ROWS} where {chosen} and a.ingest_date is not distinct from "
                f"{literal}) to '{target}' (format parquet)"
            )


def _in_range(column: str, low: str | None, high: str | None) -> str:
    """SQL: `column` within an `id_ranges` range (its bounds are hex digits)."""
    tests = [f"{column} >= '{low}'"] if low is not None else []
    tests += [f"{column} < '{high}'"] if high is not None else []
    return " and ".join(tests) or "true"


def id_ranges(n: int) -> list[tuple[str | None, str | None]]:
    """`n` ranges (low inclusive, high exclusive, None for open) that split the ids made of
    hex digits (claim and article ids are hashes: spread evenly) into near-equal parts, and
    together hold every string."""
    n = max(1, n)
    digits = max(1, math.ceil(math.log(n, 16)) + 1)
    cuts = [format(i * 16**digits // n, f"0{digits}x") for i in range(1, n)]
    return list(zip([None, *cuts], [*cuts, None], strict=True))


def _create_lake_view(con: duckdb.DuckDBPyConnection, final: Path) -> int:
    files = sorted(final.glob("ingest_date=*/*.parquet"))
    empty = "(select c.*, a.ingest_date from claims c join articles a using (article_id) limit 0)"
    lake = f"read_parquet('{_sql_path(final)}/*/*.parquet', hive_partitioning = true)"
    con.execute(f"create or replace view claims_lake as select * from {lake if files else empty}")
    return len(files)
