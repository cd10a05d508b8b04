"""Fingerprints of tables, and the table `sql_state` that remembers them between runs.

A fingerprint covers some SQL text and the contents of some tables: each table's row count and
the sum of DuckDB's hashes of its rows, one fast parallel scan. Steps that would redo the same
work on the same data (SQL models, SQL checks, the publish copy) compare it with the one they
stored, and skip the work when it is unchanged.
"""

import hashlib
from collections.abc import Iterable

import duckdb

STATE_TABLE = "sql_state"
# The tables of the working file that hold data (the pipeline's own state aside).
MAIN_TABLES = (
    "select table_name from duckdb_tables() where schema_name = 'main'"
    f" and database_name = current_database() and table_name <> '{STATE_TABLE}'"
)


def quote_identifier(name: str) -> str:
    """`name` as a quoted SQL identifier. Table names here come from DuckDB's own catalog or
    parser, never from data, but a table made by hand may have any name."""
    return '"' + name.replace('"', '""') + '"'


# What a row of a table counts by, where that is not the whole row. An article's id is the
# hash of its text, so the id and the file stand for the text: hashing every raw text took
# about 4 s a run at a million articles (4.6 GB of text), the rest of the row 0.1 s. (A file
# edited into the same normalised text keeps its id, and changes `raw_files`, which ingest
# rewrites whenever a file's size or time changes.)
ROW_HASH = {
    "articles": "hash(t.article_id, t.source_file, t.encoding, t.n_bytes, t.ingest_date)",
}

# A step that reads the same table for several models or checks scans it once: it passes
# one dict as `seen`, and drops the entry of any table it writes.
Seen = dict[str, str]


def fingerprint(
    con: duckdb.DuckDBPyConnection, sql: str, tables: Iterable[str], seen: Seen | None = None
) -> str:
    """A fingerprint of `sql` and the contents of `tables`: a missing table counts as empty
    of rows but different from an empty table."""
    digest = hashlib.sha256(sql.encode())
    for table in sorted(set(tables)):
        part = seen.get(table) if seen is not None else None
        if part is None:
            try:
                row = ROW_HASH.get(table, "hash(t)")
                count, total = con.execute(
                    f"select count(*), sum({row}) from {quote_identifier(table)} as t"
                ).fetchall()[0]
            except duckdb.CatalogException:
                count, total = None, None
            part = f"{table}:{count}:{total};"
            if seen is not None:
                seen[table] = part
        digest.update(part.encode())
    return digest.hexdigest()[:32]


def recall(con: duckdb.DuckDBPyConnection, key: str) -> tuple[str, str | None] | None:
    """(fingerprint, result) stored under `key`, or None."""
    con.execute(
        f"create table if not exists {STATE_TABLE} (name varchar primary key,"
        " fingerprint varchar not null, result varchar, updated_at timestamptz)"
    )
    found = con.execute(
        f"select fingerprint, result from {STATE_TABLE} where name = ?", [key]
    ).fetchall()
    return found[0] if found else None


def remember(con: duckdb.DuckDBPyConnection, key: str, fp: str, result: str | None) -> None:
    """Store `fp` and an optional `result` (text) under `key`."""
    con.execute(f"insert or replace into {STATE_TABLE} values (?, ?, ?, now())", [key, fp, result])
