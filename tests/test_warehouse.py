"""Writing tables with explicit types, and publishing the warehouse atomically."""

import errno
import os
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from pipeline.tables import CLAIMS
from pipeline.warehouse import (
    TMP_MARK,
    BatchReader,
    clean_leftovers,
    copy_file,
    ensure_tables,
    export_claims_parquet,
    id_ranges,
    one_thread,
    publish,
    published_is_current,
    remember_published,
    replace_tables,
    warehouse_fingerprint,
)


def _work_db(path: Path, n: int) -> Path:
    con = duckdb.connect(str(path))
    replace_tables(
        con,
        {
            "articles": pd.DataFrame(
                {
                    "article_id": ["a" * 16],
                    "source_file": ["x.txt"],
                    "title": [None],
                    "raw_text": ["x"],
                    "encoding": ["utf-8"],
                    "n_bytes": [1],
                    "ingest_date": [None],
                }
            ),
            "claims": pd.DataFrame({c: [None] * n for c in CLAIMS.column_names}),
        },
    )
    con.execute("checkpoint")
    con.close()
    return path


def test_all_null_columns_keep_their_declared_types(tmp_path: Path):
    con = duckdb.connect(str(_work_db(tmp_path / "w.duckdb", 2)))
    types = dict(
        con.execute(
            "select column_name, data_type from information_schema.columns "
            "where table_name = 'claims'"
        ).fetchall()
    )
    assert (
        types["value"] == "DOUBLE"
        and types["span_start"] == "INTEGER"
        and types["actor"] == "VARCHAR"
    )


def test_unknown_table_names_are_refused(tmp_path: Path):
    con = duckdb.connect()
    with pytest.raises(KeyError):
        replace_tables(con, {"claims; drop table x": pd.DataFrame()})


def test_a_failed_multi_table_write_leaves_the_old_tables(tmp_path: Path):
    path = _work_db(tmp_path / "w.duckdb", 3)
    con = duckdb.connect(str(path))
    with pytest.raises(ValueError, match="lacks columns"):
        replace_tables(
            con, {"articles": pd.DataFrame({"article_id": []}), "claims": pd.DataFrame()}
        )
    assert con.execute("select count(*) from claims").fetchone()[0] == 3


def test_publish_replaces_atomically_and_readers_keep_their_snapshot(tmp_path: Path):
    published = tmp_path / "pub" / "warehouse.duckdb"
    publish(_work_db(tmp_path / "old.duckdb", 1), published)
    reader = duckdb.connect(str(published), read_only=True)
    (published.parent / f"{published.name}{TMP_MARK}dead").write_bytes(b"left by a killed run")
    Path(f"{published}.wal").write_bytes(b"stale")
    publish(_work_db(tmp_path / "new.duckdb", 4), published)
    assert reader.execute("select count(*) from claims").fetchone()[0] == 1  # old snapshot
    # a new reader (another process: DuckDB shares one instance per file within a process)
    count = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import duckdb; print(duckdb.connect({str(published)!r}, read_only=True)"
            ".execute('select count(*) from claims').fetchone()[0])",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert count == "4"
    assert not Path(f"{published}.wal").exists()
    assert [p.name for p in published.parent.iterdir()] == ["warehouse.duckdb"]


def test_a_copy_is_current_until_the_data_or_the_published_file_changes(tmp_path: Path):
    import os

    work, published = _work_db(tmp_path / "work.duckdb", 2), tmp_path / "warehouse.duckdb"
    con = duckdb.connect(str(work))
    current = warehouse_fingerprint(con)
    assert not published_is_current(con, published, current)  # never published
    con.close()
    publish(work, published)
    con = duckdb.connect(str(work))
    remember_published(con, published, current)
    assert warehouse_fingerprint(con) == current  # its own state is not data
    assert published_is_current(con, published, current)
    Path(f"{published}.wal").write_bytes(b"someone wrote to it")
    assert not published_is_current(con, published, current)
    Path(f"{published}.wal").unlink()
    os.utime(published, ns=(1, 1))  # touched since
    assert not published_is_current(con, published, current)
    remember_published(con, published, current)
    con.execute("update claims set value = 1 where true")
    changed = warehouse_fingerprint(con)
    assert changed != current and not published_is_current(con, published, changed)


def test_a_publish_killed_before_the_swap_leaves_the_old_file(tmp_path: Path):
    published = tmp_path / "warehouse.duckdb"
    publish(_work_db(tmp_path / "old.duckdb", 1), published)
    before = published.read_bytes()
    new = _work_db(tmp_path / "new.duckdb", 5)
    script = (
        "import os, sys, pipeline.warehouse as w\n"
        "w.os.replace = lambda *a: os._exit(9)\n"  # die at the swap
        f"w.publish(__import__('pathlib').Path({str(new)!r}), __import__('pathlib').Path({str(published)!r}))\n"
    )
    assert subprocess.run([sys.executable, "-c", script], check=False).returncode == 9
    assert published.read_bytes() == before
    assert clean_leftovers(published)  # the next start removes the temporary copy


def _lake_world(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_tables(con, "articles", "claims")
    con.execute("insert into articles (article_id, source_file, ingest_date) values "
                "('a', 'a.txt', date '2026-11-01'), ('b', 'b.txt', date '2026-11-02')")  # fmt: skip
    return con


def _add_claims(con: duckdb.DuckDBPyConnection, article: str, ids: range) -> None:
    for i in ids:
        con.execute("insert into claims (claim_id, article_id, value) values (?, ?, ?)",
                    [f"{article}{i:03d}", article, float(i)])  # fmt: skip


def _lake(tmp_path: Path) -> tuple[list, dict[Path, int]]:
    tree = tmp_path / "lake" / "claims"
    rows = duckdb.sql(
        f"select claim_id, value, ingest_date::varchar from read_parquet('{tree}/*/*.parquet', "
        "hive_partitioning = true) order by claim_id"
    ).fetchall()
    return rows, {p: p.stat().st_mtime_ns for p in tree.rglob("*.parquet")}


def _claims(con: duckdb.DuckDBPyConnection) -> list:
    return con.execute(
        "select claim_id, value, ingest_date::varchar from claims join articles "
        "using (article_id) order by claim_id"
    ).fetchall()


def test_the_lake_takes_new_claims_as_new_files_and_rewrites_on_change(tmp_path: Path):
    con, lake = _lake_world(tmp_path), tmp_path / "lake"
    _add_claims(con, "a", range(5))
    export_claims_parquet(con, lake)
    rows, files = _lake(tmp_path)
    assert rows == _claims(con) and len(files) == 1
    _add_claims(con, "a", range(5, 8))  # news for an old day and for a new one
    _add_claims(con, "b", range(3))
    export_claims_parquet(con, lake)
    rows, after = _lake(tmp_path)
    assert rows == _claims(con) and len(after) == 3
    assert {p: t for p, t in after.items() if p in files} == files  # old files untouched
    con.execute("update claims set value = 99 where claim_id = 'a001'")  # a row changed
    export_claims_parquet(con, lake)
    assert _lake(tmp_path)[0] == _claims(con)
    con.execute("delete from claims where article_id = 'b'")  # rows went
    export_claims_parquet(con, lake)
    assert _lake(tmp_path)[0] == _claims(con)
    assert con.execute("select count(*) from claims_lake").fetchall()[0][0] == 8


def test_a_large_day_is_written_in_files_of_a_bounded_size(tmp_path, monkeypatch):
    import pipeline.warehouse as warehouse

    monkeypatch.setattr(warehouse, "LAKE_FILE_ROWS", 40)
    con, lake = _lake_world(tmp_path), tmp_path / "lake"
    con.execute("insert into claims (claim_id, article_id, value) select "
                "substr(md5(range::varchar), 1, 16), 'a', range from range(300)")  # fmt: skip
    con.execute("insert into claims (claim_id, article_id, value) values ('zz', 'a', -1)")
    export_claims_parquet(con, lake)
    rows, files = _lake(tmp_path)
    assert rows == _claims(con)  # every row once, the non-hex id too
    assert len(files) == 8
    for file in files:
        assert 0 < duckdb.sql(f"select count(*) from '{file}'").fetchall()[0][0] <= 60


@pytest.mark.parametrize("n", [1, 2, 3, 16, 17, 255, 300])
def test_id_ranges_cover_every_string_once_in_order(n):
    ranges = id_ranges(n)
    assert len(ranges) == n and ranges[0][0] is None and ranges[-1][1] is None
    assert all(high == low for (_, high), (low, _) in pairwise(ranges))
    cuts = [high for _, high in ranges[:-1]]
    assert cuts == sorted(set(cuts))


def test_a_changed_or_gone_claim_rewrites_only_its_own_days(tmp_path: Path):
    con, lake = _lake_world(tmp_path), tmp_path / "lake"
    con.execute("insert into articles (article_id, source_file, ingest_date) values "
                "('c', 'c.txt', date '2026-11-03')")  # fmt: skip
    for article in "abc":
        _add_claims(con, article, range(3))
    export_claims_parquet(con, lake)
    _, before = _lake(tmp_path)
    for file in before:  # an old time: a file written anew gets the time of now
        os.utime(file, ns=(10**18, 10**18))
    con.execute("update claims set value = 99 where claim_id = 'a001'")
    con.execute("delete from claims where article_id = 'b'")
    export_claims_parquet(con, lake)
    rows, after = _lake(tmp_path)
    assert rows == _claims(con)
    untouched = {p.parent.name for p, mtime in after.items() if mtime == 10**18}
    assert untouched == {"ingest_date=2026-11-03"}
    assert not (lake / "claims" / "ingest_date=2026-11-02").exists()  # no claims left that day
    assert not list(lake.glob("claims.*"))  # nothing left beside the tree


def test_a_lake_that_lost_a_file_is_rewritten(tmp_path: Path):
    con, lake = _lake_world(tmp_path), tmp_path / "lake"
    _add_claims(con, "a", range(4))
    _add_claims(con, "b", range(4))
    export_claims_parquet(con, lake)
    next((lake / "claims").rglob("*.parquet")).unlink()  # a killed export, a careless hand
    _add_claims(con, "b", range(4, 6))
    export_claims_parquet(con, lake)
    assert _lake(tmp_path)[0] == _claims(con)


def _threads(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute("select current_setting('threads')").fetchall()[0][0]


def test_one_thread_holds_while_workers_run_and_is_reset_after_even_on_error(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    default = _threads(con)
    if default == 1:
        pytest.skip("one core: DuckDB already runs on one thread")
    with one_thread(con):
        assert _threads(con) == 1
    assert _threads(con) == default
    con.execute("create table t (x integer)")
    with pytest.raises(duckdb.Error), one_thread(con):
        con.execute("begin transaction")
        con.execute("insert into t values ('not a number')")  # aborts the transaction
    assert _threads(con) == default
    con.execute("insert into t values (1)")  # the connection is usable: rolled back
    assert con.execute("select count(*) from t").fetchall() == [(1,)]


def test_batch_reader_reads_a_batch_by_its_row_range_and_without_it_when_rows_moved(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_tables(con, "articles")
    con.execute("insert into articles (article_id, raw_text) select printf('%016x', 99 - range), "
                "'text ' || range from range(100)")  # fmt: skip
    new = [f"{i:016x}" for i in range(10)]  # the last ten rows, as a run's new articles
    reader = BatchReader(con, "articles", new)
    expected = [(i, f"text {99 - int(i, 16)}") for i in sorted(new[2:5])]
    assert reader.read(new[4:1:-1], "article_id, raw_text") == expected
    assert con.execute("select min(low), max(high) from step_articles").fetchall() == [(90, 99)]
    # a stale range: the rows are elsewhere now
    con.execute("update step_articles set low = 0, high = 5")
    assert reader.read(new[4:1:-1], "article_id, raw_text") == expected
    assert BatchReader(con, "articles", ["gone"]).read(["gone"], "article_id") == []


def test_batch_reader_reads_every_sentence_of_a_batch_in_order(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_tables(con, "sentences")
    # three sentences an article; article "b" is parsed again later: its rows move to the end
    for article in "abcd":
        con.execute("insert into sentences (article_id, sentence_index, text) select ?, range, "
                    "? || range from range(3)", [article, article])  # fmt: skip
    con.execute("delete from sentences where article_id = 'b'")
    con.execute("insert into sentences (article_id, sentence_index, text) select 'b', 2 - range, "
                "'b' || (2 - range) from range(3)")  # fmt: skip
    reader = BatchReader(con, "sentences", list("abcd"))
    order = "article_id, sentence_index"
    want = [(a, f"{a}{i}") for a in "ab" for i in range(3)]
    assert reader.read(["b", "a"], "article_id, text", order) == want
    con.execute("update step_sentences set high = low")  # a stale range finds too few rows
    assert reader.read(["b", "a"], "article_id, text", order) == want
    assert reader.read(["x"], "article_id", order) == []


@pytest.mark.parametrize("refused", [False, True])
def test_copy_file_copies_every_byte_with_or_without_copy_file_range(tmp_path, monkeypatch,
                                                                     refused):  # fmt: skip
    source, target = tmp_path / "a.bin", tmp_path / "b.bin"
    data = os.urandom(3 * 2**20 + 17)
    source.write_bytes(data)
    target.write_bytes(b"an older, longer file " * 200_000)
    if refused:  # a file system that takes one piece, then refuses (EXDEV)
        real, calls = os.copy_file_range, []

        def first_piece_only(src, dst, count, *args):
            calls.append(count)
            if len(calls) > 1:
                raise OSError(errno.EXDEV, "Invalid cross-device link")
            return real(src, dst, 1000)

        monkeypatch.setattr(os, "copy_file_range", first_piece_only)
    copy_file(source, target)
    assert target.read_bytes() == data
    if refused:
        assert len(calls) == 2
