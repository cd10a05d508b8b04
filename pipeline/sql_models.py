"""SQL models and SQL checks: plain `.sql` files, discovered and run against DuckDB.

- `sql/<name>.sql` holds one SELECT; it builds the table `<name>`. Its upstream tables are
  read from the query by DuckDB's parser (`duckdb.get_table_names`), never listed by hand.
- `sql/checks/<table>__<check>.sql` holds one SELECT that returns offending rows; none back
  means the check passes. It becomes an asset check on the asset that builds `<table>`.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

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
        sql = _read_select(path)
        upstream = tuple(sorted(duckdb.get_table_names(sql, qualified=False)))
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
    """(number of offending rows, a few of them as dicts)."""
    cursor = con.execute(f"select * from ({check.sql}) as offending")
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    return len(rows), [dict(zip(columns, r, strict=True)) for r in rows[:SAMPLE_ROWS]]
