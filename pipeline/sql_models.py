"""SQL models and SQL checks: plain `.sql` files, discovered and run against DuckDB.

- `sql/<name>.sql` holds one SELECT; it builds the table `<name>`. Its upstream tables are
  read from the query by DuckDB's parser (`duckdb.get_table_names`), never listed by hand.
- `sql/checks/<table>__<check>.sql` holds one SELECT that returns offending rows; none back
  means the check passes. It becomes an asset check on the asset that builds `<table>`.

Both are incremental: `refresh_model` and `evaluate_check` fingerprint the SQL and the tables it
reads (row count and the sum of DuckDB's row hashes, a fast scan), keep the fingerprint in the
table `sql_state`, and do nothing when it is unchanged: the model's table stays, the check's
last result holds. A model whose own table was changed by hand is rebuilt. Dropping `sql_state`
makes the next run rebuild and recheck everything.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipeline.fingerprints import MAIN_TABLES, STATE_TABLE, Seen, fingerprint, recall, remember

IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
SAMPLE_ROWS = 5


class SqlFileError(ValueError):
    """A SQL file that cannot be a model or check: bad name, not one SELECT, unknown table."""


@dataclass(frozen=True)
class SqlModel:
    name: str
    path: Path
    sql: str
    upstream: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class SqlCheck:
    table: str
    name: str
    path: Path
    sql: str
    description: str


def _read_select(path: Path) -> str:
    sql = path.read_text(encoding="utf-8").strip().rstrip(";").strip()
    statements = duckdb.extract_statements(sql)
    if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
        raise SqlFileError(f"{path}: a model or check file holds exactly one SELECT statement")
    return sql


def tables_read(sql: str) -> tuple[str, ...] | None:
    """The tables `sql` reads, from DuckDB's parser; None when it cannot tell (DuckDB 2.0
    fails on joins written with USING)."""
    try:
        return tuple(sorted(duckdb.get_table_names(sql, qualified=False)))
    except duckdb.Error:
        return None


def _leading_comment(sql: str) -> str:
    lines = []
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        lines.append(line.removeprefix("--").strip())
    return " ".join(lines)


def discover_models(sql_dir: Path) -> list[SqlModel]:
    """The models of `sql_dir`, sorted by name, each with its upstream tables."""
    models = []
    for path in sorted(Path(sql_dir).glob("*.sql")):
        name = path.stem
        if not IDENTIFIER.match(name):
            raise SqlFileError(f"{path}: a model name is lowercase letters, digits and _")
        if name == STATE_TABLE:
            raise SqlFileError(f"{path}: {STATE_TABLE} is the pipeline's own table")
        sql = _read_select(path)
        upstream = tables_read(sql)
        if upstream is None:
            raise SqlFileError(
                f"{path}: DuckDB cannot list the tables this SELECT reads (it fails on"
                " 'join ... using (...)'); write the join with 'on'"
            )
        models.append(SqlModel(name, path, sql, upstream, _leading_comment(sql)))
    return models


def discover_checks(sql_dir: Path) -> list[SqlCheck]:
    checks = []
    for path in sorted((Path(sql_dir) / "checks").glob("*.sql")):
        table, sep, name = path.stem.partition("__")
        if not sep or not IDENTIFIER.match(table) or not IDENTIFIER.match(name):
            raise SqlFileError(f"{path}: a check file is named <table>__<check>.sql")
        sql = _read_select(path)
        checks.append(SqlCheck(table, name, path, sql, _leading_comment(sql)))
    return checks


def build_model(con: duckdb.DuckDBPyConnection, model: SqlModel) -> int:
    """(Re)build the model's table; returns its row count."""
    if not IDENTIFIER.match(model.name):
        raise SqlFileError(f"bad model name {model.name!r}")
    con.execute(f"create or replace table {model.name} as {model.sql}")
    return con.execute(f"select count(*) from {model.name}").fetchall()[0][0]


def run_check(con: duckdb.DuckDBPyConnection, check: SqlCheck) -> tuple[int, list[dict]]:
    """(number of offending rows, a few of them as dicts); the rest are counted, not held."""
    cursor = con.execute(f"select * from ({check.sql}) as offending")
    columns = [d[0] for d in cursor.description]
    sample = cursor.fetchmany(SAMPLE_ROWS)
    offending = len(sample)
    while chunk := cursor.fetchmany(10_000):
        offending += len(chunk)
    return offending, [dict(zip(columns, r, strict=True)) for r in sample]


def refresh_model(
    con: duckdb.DuckDBPyConnection, model: SqlModel, seen: Seen | None = None
) -> tuple[int, bool]:
    """(row count, whether it was rebuilt): the table is rebuilt only when the SQL, the
    tables it reads, or the table itself changed since it was last built."""
    seen = {} if seen is None else seen
    inputs = fingerprint(con, model.sql, model.upstream, seen)
    state = recall(con, f"model:{model.name}")
    if state and state[0] == inputs and state[1] == fingerprint(con, "", [model.name], seen):
        return con.execute(f"select count(*) from {model.name}").fetchall()[0][0], False
    rows = build_model(con, model)
    seen.pop(model.name, None)
    remember(con, f"model:{model.name}", inputs, fingerprint(con, "", [model.name], seen))
    return rows, True


def in_build_order(models: list[SqlModel]) -> list[SqlModel]:
    """`models` with every model after the models it reads; a cycle is a SqlFileError."""
    by_name = {m.name: m for m in models}
    ordered: list[SqlModel] = []
    visiting: set[str] = set()

    def visit(model: SqlModel) -> None:
        if model in ordered:
            return
        if model.name in visiting:
            raise SqlFileError(f"{model.path}: models read each other in a cycle")
        visiting.add(model.name)
        for name in model.upstream:
            if name in by_name:
                visit(by_name[name])
        ordered.append(model)

    for model in models:
        visit(model)
    return ordered


def evaluate_check(
    con: duckdb.DuckDBPyConnection, check: SqlCheck, seen: Seen | None = None
) -> tuple[int, list[dict], bool]:
    """(offending rows, a sample, whether it ran): a check whose SQL and tables are unchanged
    since it last ran reports that run's result without running again."""
    key = f"check:{check.table}__{check.name}"
    tables = tables_read(check.sql)
    if tables is None:  # every table then: any change reruns the check
        tables = tuple(t for (t,) in con.execute(MAIN_TABLES).fetchall())
    inputs = fingerprint(con, check.sql, tables, seen)
    state = recall(con, key)
    if state and state[0] == inputs and state[1] is not None:
        offending, sample = json.loads(state[1])
        return offending, sample, False
    offending, sample = run_check(con, check)
    sample = json.loads(json.dumps(sample, default=str))  # as it will read when reused
    remember(con, key, inputs, json.dumps([offending, sample]))
    return offending, sample, True
