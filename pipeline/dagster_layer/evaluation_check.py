"""The project scores itself: an asset check that compares `claims` with hand labels."""

from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.dagster_layer.resources import ClaimsPaths
from pipeline.evaluation import score_connection

MIN_F1 = 0.9


@dg.asset_check(
    asset="claims",
    additional_deps=["articles"],
    description=f"Precision, recall, F1 and per-field accuracy against the hand labels of the "
    f"sample articles (CLAIMS_GOLD), for those of them in this run. Warns below F1 {MIN_F1}.",
)
def seed_labels_score(paths: ClaimsPaths, duckdb: DuckDBResource) -> dg.AssetCheckResult:
    gold_path = Path(paths.gold_path)
    if not gold_path.is_file():
        return dg.AssetCheckResult(passed=True, metadata={"note": f"no label file at {gold_path}"})
    with duckdb.get_connection() as con:
        report = score_connection(con, gold_path)
    if not report["documents"]:
        return dg.AssetCheckResult(
            passed=True, metadata={"note": "no labelled article in this run"}
        )
    metadata = {
        k: report[k]
        for k in (
            "documents",
            "labels",
            "tp",
            "fp",
            "fn",
            "precision",
            "recall",
            "f1",
            "strict_recall",
        )
    }
    metadata.update(
        {f"accuracy_{f}": v for f, v in report["field_accuracy"].items() if v is not None}
    )
    metadata["missed"] = dg.MetadataValue.json(report["missed"])
    return dg.AssetCheckResult(
        passed=report["f1"] >= MIN_F1, severity=dg.AssetCheckSeverity.WARN, metadata=metadata
    )
