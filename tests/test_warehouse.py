"""Writing tables with explicit types, and publishing the warehouse atomically."""

import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from pipeline.tables import CLAIMS
from pipeline.warehouse import TMP_MARK, clean_leftovers, publish, replace_tables


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
