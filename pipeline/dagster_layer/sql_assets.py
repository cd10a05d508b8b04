"""SQL models and SQL checks as Dagster assets and asset checks, made from the files in `sql/`."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.sql_models import SqlCheck, SqlFileError, SqlModel, build_model, run_check


def model_asset(model: SqlModel, known_tables: set[str]) -> dg.AssetsDefinition:
    """An asset that builds `model.name` from its SELECT; deps come from the query itself."""
    unknown = set(model.upstream) - known_tables
    if unknown:
        raise SqlFileError(f"{model.path}: reads tables no asset builds: {sorted(unknown)}")

    @dg.asset(
        name=model.name,
        group_name="models",
        deps=list(model.upstream),
        kinds={"duckdb", "sql"},
        description=model.description or f"SQL model {model.path.name}",
        metadata={
            "sql_file": f"sql/{model.path.name}",
            "sql": dg.MetadataValue.md(f"```sql\n{model.sql}\n```"),
        },
    )
    def _model(
        context: dg.AssetExecutionContext, duckdb_models: DuckDBResource
    ) -> dg.MaterializeResult:
        with duckdb_models.get_connection() as con:
            rows = build_model(con, model)
            preview = con.execute(f"select * from {model.name} limit 10").df()
        context.log.info(f"built {model.name}: {rows} row(s) from {', '.join(model.upstream)}")
        return dg.MaterializeResult(
            metadata={
                "rows": rows,
                "preview": dg.MetadataValue.md(
                    preview.to_markdown(index=False) if rows else "_empty_"
                ),
            }
        )

    return _model


def sql_check(check: SqlCheck) -> dg.AssetChecksDefinition:
    """A blocking asset check that passes when the check's SELECT returns no row."""

    @dg.asset_check(
        asset=check.table,
        name=check.name,
        blocking=True,
        description=check.description or f"SQL check {check.path.name}",
        metadata={"sql_file": f"sql/checks/{check.path.name}"},
    )
    def _check(duckdb_models: DuckDBResource) -> dg.AssetCheckResult:
        with duckdb_models.get_connection() as con:
            offending, sample = run_check(con, check)
        return dg.AssetCheckResult(
            passed=offending == 0,
            metadata={"offending_rows": offending, "sample": dg.MetadataValue.json(sample)},
        )

    return _check
