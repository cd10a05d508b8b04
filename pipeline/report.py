"""Print a short summary of the published warehouse: `python -m pipeline.report`.

Opens CLAIMS_DB read-only, so it never blocks or is blocked by anything but a writer.
"""

import sys

import duckdb

from pipeline.settings import REPO_ROOT, Settings
from pipeline.sql_models import discover_models

COUNTS = ("articles", "claims", "rejected_documents", "rejected_claims")


def summary(db_path, top: int = 5) -> str:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        lines = [f"warehouse: {db_path}"]
        counts = {t: con.execute(f"select count(*) from {t}").fetchall()[0][0] for t in COUNTS}
        lines.append("  " + ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in counts.items()))
        reasons = con.execute(
            "select reason, count(*) from rejected_documents group by reason order by 2 desc"
        ).fetchall()
        if reasons:
            by_reason = ", ".join(f"{r} {n}" for r, n in reasons)
            lines.append(f"  rejected documents by reason: {by_reason}")
        for model in discover_models(REPO_ROOT / "sql"):
            lines.append(f"\n{model.name} (top {top}):")
            lines.append(str(con.sql(f"select * from {model.name} limit {int(top)}")))
        return "\n".join(lines)
    finally:
        con.close()


def main() -> int:
    settings = Settings.from_env()
    if not settings.db_path.exists():
        print(f"no warehouse at {settings.db_path}: run `make run` first", file=sys.stderr)
        return 1
    print(summary(settings.db_path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
