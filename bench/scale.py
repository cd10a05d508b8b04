"""`make bench-scale`: what a nightly run costs when the warehouse already holds a million
articles, without extracting a million articles first.

It runs the pipeline once on a generated corpus (`--base-mb`), then makes the warehouse and
the raw folder `--articles` articles large by copying: each copy of an article gets an id of
its own in every table, and its raw file a hard link of its own under a new name, so the
ingest step sees a folder of that many unchanged files. Then it times, through the real
`dagster` CLI like `make bench`:
- a settling run (the copies change every table, so models, checks, the Parquet lake and the
  published copy are redone once);
- a re-run with no new input;
- a run with `--new-share` (1%) new articles.
and prints each one's steps, so a cost that grows with the warehouse shows up.

    python -m bench.scale [--articles 1000000] [--base-mb 20]
"""

import argparse
import math
import os
import shutil
import time
from pathlib import Path

import duckdb

from bench.corpus import generate
from bench.run import OUT, corpus, files_of, run_pipeline

# Tables whose rows belong to one article, copied once per copy with the article's new id;
# the claim tables also get new claim ids.
_PER_ARTICLE = ("articles", "raw_files", "sentences", "parse_state", "extraction_state",
                "claim_candidates", "claims")  # fmt: skip


DAYS = 30  # the copies' ingest dates: this many days up to the base run's


def _new_id(column: str) -> str:
    return f"substr(md5({column} || ':' || copy.i), 1, 16)"


def inflate(db: Path, raw: Path, copies: int) -> None:
    """Add `copies` copies of every article to the working file `db` and the folder `raw`."""
    originals = files_of(raw)
    for i in range(1, copies + 1):
        for path in originals:
            os.link(path, raw / f"c{i}_{path.name}")
    con = duckdb.connect(str(db))
    try:
        con.execute("set preserve_insertion_order = false")
        for table in _PER_ARTICLE:
            columns = [c for (c,) in con.execute(
                "select column_name from duckdb_columns() where table_name = ? "
                "order by column_index", [table]).fetchall()]  # fmt: skip
            exprs = []
            for column in columns:
                if column in ("article_id", "claim_id"):
                    exprs.append(_new_id(f"t.{column}"))
                elif column == "source_file":
                    exprs.append("'c' || copy.i || '_' || t.source_file")
                elif column == "ingest_date":  # a month of nights, as a warehouse fills
                    exprs.append(f"t.ingest_date - cast(copy.i % {DAYS} as integer)")
                else:
                    exprs.append(f"t.{column}")
            started = time.perf_counter()
            con.execute(f"insert into {table} select {', '.join(exprs)} from {table} t, "
                        f"range(1, {copies + 1}) copy(i)")  # fmt: skip
            n = con.execute(f"select count(*) from {table}").fetchall()[0][0]
            print(f"  {table}: {n} rows ({time.perf_counter() - started:.1f}s)", flush=True)
        con.execute("checkpoint")
    finally:
        con.close()


def _report(title: str, result: dict) -> None:
    print(f"{title}: {result['seconds']:.1f}s, peak RSS {result['peak_rss_mb']:.0f} MB", flush=True)
    for stage, seconds in sorted(result["stages"].items(), key=lambda kv: -kv[1]):
        if seconds >= 0.05:
            print(f"  {stage:40s} {seconds:7.2f}s")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--articles", type=int, default=1_000_000, help="warehouse size (1000000)")
    ap.add_argument("--base-mb", type=float, default=20.0, help="corpus run for real (20)")
    ap.add_argument("--new-share", type=float, default=0.01, help="new input share (0.01)")
    ap.add_argument("--keep", action="store_true", help="keep the warehouse and raw folder")
    ap.add_argument("--reuse", action="store_true",
                    help="start from the warehouse a --keep run left (its runs only)")  # fmt: skip
    args = ap.parse_args()

    folder = corpus(args.base_mb)
    base_articles = len(files_of(folder))
    copies = max(0, math.ceil(args.articles / base_articles) - 1)
    root = Path(os.environ.get("SCALE_DIR") or OUT / "scale")
    raw, work = root / "raw", root / "work"
    if not (args.reuse and (work / ".work" / "warehouse.duckdb").exists()):
        shutil.rmtree(root, ignore_errors=True)
        work.mkdir(parents=True)
        (work / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
        shutil.copytree(folder, raw)
        _report(f"base run, {base_articles} articles", run_pipeline(raw, work))
        started = time.perf_counter()
        print(f"copying every article {copies} time(s):", flush=True)
        inflate(work / ".work" / "warehouse.duckdb", raw, copies)
        print(f"made in {time.perf_counter() - started:.0f}s", flush=True)
    for new in raw.glob("new*"):  # a reused folder's new articles of its last run
        new.unlink()
    size = (work / ".work" / "warehouse.duckdb").stat().st_size / 1e9
    print(f"warehouse: {len(files_of(raw))} articles, {size:.1f} GB working file", flush=True)

    _report("settling run (every table changed)", run_pipeline(raw, work))
    _report("re-run, no new input", run_pipeline(raw, work))
    new_mb = args.new_share * args.base_mb * (copies + 1)
    generate(raw, new_mb, seed=99, prefix="new")
    added = len(list(raw.glob("new*")))
    _report(f"run with {added} new articles ({new_mb:.1f} MB)", run_pipeline(raw, work))
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
