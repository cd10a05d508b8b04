"""`make bench`: how fast conflict-claims is, measured on a generated corpus.

Prints and appends to bench/results.csv (with the commit hash):
- the extraction alone, in one process: MB/s, articles/s and claims per MB; and the same on a
  slice of the dense `mixed` corpus (bench/corpus.py), the extractor's stress case;
- the whole headless pipeline (the CLI, on every core): seconds, MB/s, peak RSS, each stage;
- a re-run with no new input, and a run with 1% new input;
- quantulum3 on a slice of the same corpus: its throughput, our ratio, and each extractor's
  recall on the labelled samples (a number found at the labelled place with the right value).

    python -m bench.run [--mb 20] [--peer-mb 0.2] [--templates samples|mixed]
"""

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.corpus import TEMPLATE_SETS, generate
from pipeline.dagster_layer.jobs import run_command
from pipeline.evaluation import _spans, load_gold
from pipeline.extraction.claims import extract_claims
from pipeline.settings import REPO_ROOT
from pipeline.stages import extract_article, extract_item, sentence_rows, worker_count

OUT = REPO_ROOT / "bench" / "out"
RESULTS = REPO_ROOT / "bench" / "results.csv"
# Dagster writes step times as "500ms", "1.5s", "1m36s" or "1h1m".
STEP = re.compile(r'Finished execution of step "([\w.]+)" in ((?:[\d.]+(?:ms|h|m|s))+)\.')
_PART = re.compile(r"([\d.]+)(ms|h|m|s)")
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def step_seconds(duration: str) -> float:
    return sum(float(n) * _UNIT_SECONDS[u] for n, u in _PART.findall(duration))


def corpus(mb: float, seed: int = 7, template_set: str = "samples") -> Path:
    """The generated corpus of `mb` megabytes, made once and kept in bench/out. It is written
    under a `.partial` name and renamed when whole, so a run stopped while writing it leaves
    nothing a later run would take for the corpus."""
    folder = OUT / f"corpus_{mb:g}mb_{template_set}_seed{seed}"
    if not folder.is_dir():
        partial = folder.with_name(folder.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        generate(partial, mb, seed, template_set=template_set)
        partial.rename(folder)
    return folder


_CALIBRATION_TEXT = (
    "Russia launched 145 drones and 3 missiles at Kyiv overnight, the air force said."
)
_CALIBRATION_TOKENS = re.compile(r"\w+|[^\w\s]")


def _calibration_work() -> int:
    seen: dict[str, int] = {}
    for i in range(40_000):
        for word in _CALIBRATION_TOKENS.findall(_CALIBRATION_TEXT):
            seen[word.lower()] = seen.get(word.lower(), 0) + i
    return len(seen)


def calibrate(repeat: int = 3) -> float:
    """Seconds of a fixed pure-Python workload (tokens, dicts, strings; best of `repeat`):
    how fast this machine is now. It does not depend on the project's code, so rows of
    `results.csv` from other machines, or from a shared machine at another time, compare
    once their speeds are multiplied by it: the MB done in the time of one workload."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        _calibration_work()
        best = min(best, time.perf_counter() - started)
    return best


def files_of(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file())


def bench_extraction(folder: Path, mb: float) -> dict:
    """Parse, then extract, articles in this process until `mb` megabytes are done; the two
    stages are timed apart (the pipeline runs them as two assets)."""
    done_bytes, articles, claims, parse_s, extract_s = 0, 0, 0, 0.0, 0.0
    for path in files_of(folder):
        text = path.read_text(encoding="utf-8")
        started = time.perf_counter()
        rows, _ = sentence_rows(("0" * 16, text))
        parsed = time.perf_counter()
        _, found, _ = extract_article(extract_item("0" * 16, text, rows))
        parse_s, extract_s = parse_s + parsed - started, extract_s + time.perf_counter() - parsed
        claims += len(found)
        done_bytes += len(text.encode())
        articles += 1
        if done_bytes >= mb * 1e6:
            break
    seconds = parse_s + extract_s
    return {"mb": done_bytes / 1e6, "seconds": seconds, "mb_per_s": done_bytes / 1e6 / seconds,
            "articles_per_s": articles / seconds, "parse_mb_s": done_bytes / 1e6 / parse_s,
            "extract_only_mb_s": done_bytes / 1e6 / extract_s,
            "claims_per_mb": claims / (done_bytes / 1e6)}  # fmt: skip


def _tree_rss_kb(root: int) -> int:
    """Resident memory of process `root` and all its descendants, from /proc (Linux)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(entry.name)] = int(fields.get("PPid", "0").strip() or 0)
        rss[int(entry.name)] = int(fields.get("VmRSS", "0 kB").split()[0])
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [p for p, parent in parents.items() if parent == pid and p not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(p, 0) for p in tree)


def run_pipeline(raw: Path, work: Path) -> dict:
    env = {**os.environ, "CLAIMS_RAW_DIR": str(raw), "CLAIMS_DB": str(work / "warehouse.duckdb"),
           "DAGSTER_HOME": str(work), "CLAIMS_GOLD": "/nonexistent"}  # fmt: skip
    env.pop("CLAIMS_WORK_DB", None)
    command = run_command(str(Path(sys.executable).with_name("dagster")))
    started = time.perf_counter()
    log = work / "pipeline.log"
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=out, stderr=out)
        peak_kb = 0
        while process.poll() is None:  # the whole tree: the run and its worker processes
            peak_kb = max(peak_kb, _tree_rss_kb(process.pid))
            time.sleep(0.2)
    seconds = time.perf_counter() - started
    text = log.read_text()
    if process.returncode != 0:
        sys.exit(f"pipeline failed:\n{text[-3000:]}")
    stages: dict[str, float] = {}
    for name, duration in STEP.findall(text):
        stages[name] = stages.get(name, 0.0) + step_seconds(duration)
    return {"seconds": seconds, "stages": stages, "peak_rss_mb": peak_kb / 1024}


def recall_ours(gold: list[dict]) -> float:
    hits = 0
    for label in gold:
        text = (REPO_ROOT / "data" / "raw" / label["doc"]).read_text(encoding="utf-8")
        spans = _spans(text, label)
        found = extract_claims("0" * 16, text)
        hits += any(c["span_start"] < e and s < c["span_end"] and abs(c["value"] - float(label["value"])) < 1e-6
                    for c in found for s, e in spans)  # fmt: skip
    return hits / len(gold)


def _ours(text: str) -> None:
    rows, _ = sentence_rows(("0" * 16, text))
    extract_article(extract_item("0" * 16, text, rows))


def bench_quantulum(folder: Path, mb: float, gold: list[dict]) -> dict | None:
    """quantulum3 on the first `mb` of the corpus, and ours on each article right after it:
    timed in turns, the ratio holds even while the machine's speed drifts."""
    try:
        import warnings

        warnings.filterwarnings("ignore")
        from quantulum3 import parser
    except ImportError:
        return None
    done, seconds, ours_seconds = 0, 0.0, 0.0
    for path in files_of(folder):
        text = path.read_text(encoding="utf-8")
        started = time.perf_counter()
        parser.parse(text)
        middle = time.perf_counter()
        _ours(text)
        seconds, ours_seconds = (
            seconds + middle - started,
            ours_seconds + time.perf_counter() - middle,
        )
        done += len(text.encode())
        if done >= mb * 1e6:
            break
    hits = 0
    for label in gold:
        text = (REPO_ROOT / "data" / "raw" / label["doc"]).read_text(encoding="utf-8")
        spans = _spans(text, label)
        found = parser.parse(text)
        hits += any(q.span[0] < e and s < q.span[1] and abs(q.value - float(label["value"])) < 1e-6
                    for q in found for s, e in spans)  # fmt: skip
    return {"mb_per_s": done / 1e6 / seconds, "ours_mb_per_s": done / 1e6 / ours_seconds,
            "mb": done / 1e6, "recall": hits / len(gold)}  # fmt: skip


def commit() -> str:
    out = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return out.stdout.strip() or "unknown"


# The targets of issue 5, on a 2-core machine.
TARGET_EXTRACT_MB_S = 3.0  # extraction, per core
TARGET_PIPELINE_MB_S = 100 / 35  # the whole pipeline: 100 MB in under 35 s
TARGET_RSS_MB = 1024
TARGET_RERUN_S = 5.0


def target_lines(extract_mb_s: float, size_mb: float, full_s: float, rss_mb: float,
                 rerun_s: float, one_percent_s: float) -> list[str]:  # fmt: skip
    """Each speed and memory target beside its figure, and whether it is met. The work of a
    run with 1% new input is what it takes beyond a run with nothing new, as a share of what
    a full run takes beyond that floor (the start of the CLI, the steps' fixed costs)."""

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    pipeline_mb_s = size_mb / full_s
    share = (one_percent_s - rerun_s) / (full_s - rerun_s) if full_s > rerun_s else float("nan")
    return [
        f"extraction >= {TARGET_EXTRACT_MB_S:g} MB/s per core: {extract_mb_s:.2f} MB/s "
        f"(extract alone, one process): {verdict(extract_mb_s >= TARGET_EXTRACT_MB_S)}",
        f"whole pipeline >= {TARGET_PIPELINE_MB_S:.2f} MB/s (100 MB in 35 s): "
        f"{pipeline_mb_s:.2f} MB/s, {size_mb:.0f} MB in {full_s:.1f}s: "
        f"{verdict(pipeline_mb_s >= TARGET_PIPELINE_MB_S)}",
        f"peak RSS < {TARGET_RSS_MB} MB: {rss_mb:.0f} MB: {verdict(rss_mb < TARGET_RSS_MB)}",
        f"re-run with no new input < {TARGET_RERUN_S:g} s: {rerun_s:.1f}s: "
        f"{verdict(rerun_s < TARGET_RERUN_S)}",
        f"run with 1% new input: {one_percent_s - rerun_s:.1f}s beyond a run with nothing new, "
        f"{share:.1%} of what a full run takes beyond it",
    ]


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size (default 20)")
    ap.add_argument("--extract-mb", type=float, default=5.0, help="slice for the one-process run")
    ap.add_argument("--peer-mb", type=float, default=0.2, help="slice for quantulum3 (0 skips it)")
    ap.add_argument(
        "--templates",
        choices=sorted(TEMPLATE_SETS),
        default="samples",
        help="the corpus's template articles (bench/corpus.py)",
    )
    ap.add_argument(
        "--dense-mb",
        type=float,
        default=1.0,
        help="slice of the mixed corpus for the dense extraction figure (0 skips it)",
    )
    args = ap.parse_args()
    gold = [g for g in load_gold(REPO_ROOT / "tests" / "gold" / "seeds.jsonl")
            if not g["optional"] and g["value"] != "*"]  # fmt: skip

    calibration = calibrate()
    print(f"machine: the calibration workload takes {calibration:.2f}s (bench/run.py: calibrate)")
    folder = corpus(args.mb, template_set=args.templates)
    n_files, size_mb = len(files_of(folder)), sum(p.stat().st_size for p in files_of(folder)) / 1e6
    print(f"corpus: {n_files} articles, {size_mb:.1f} MB, {args.templates} templates ({folder})")

    one = bench_extraction(folder, min(args.extract_mb, size_mb))
    print(
        f"extraction, one process: {one['mb_per_s']:.2f} MB/s, {one['articles_per_s']:.0f} articles/s "
        f"({one['mb']:.1f} MB in {one['seconds']:.1f}s); parse alone {one['parse_mb_s']:.2f} MB/s, "
        f"extract alone {one['extract_only_mb_s']:.2f} MB/s; {one['claims_per_mb']:.0f} claims per MB"
    )
    dense = None
    if args.dense_mb and args.templates != "mixed":
        dense = bench_extraction(corpus(args.dense_mb, template_set="mixed"), args.dense_mb)
        print(
            f"  on the dense mixed corpus ({dense['claims_per_mb']:.0f} claims per MB): parse alone "
            f"{dense['parse_mb_s']:.2f} MB/s, extract alone {dense['extract_only_mb_s']:.2f} MB/s"
        )

    work = OUT / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    # The instance of the repository's dagster.yaml, its storage paths aside: telemetry off.
    (work / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    raw = OUT / "raw"
    shutil.rmtree(raw, ignore_errors=True)
    shutil.copytree(folder, raw)
    full = run_pipeline(raw, work)
    print(
        f"pipeline, {worker_count()} worker(s): {full['seconds']:.1f}s, {size_mb / full['seconds']:.2f} MB/s, "
        f"peak RSS {full['peak_rss_mb']:.0f} MB (the run and its workers together)"
    )
    for stage, seconds in sorted(full["stages"].items(), key=lambda kv: -kv[1]):
        print(f"  {stage:40s} {seconds:7.2f}s")
    rerun = run_pipeline(raw, work)
    print(f"re-run, no new input: {rerun['seconds']:.1f}s")
    generate(raw, max(size_mb / 100, 0.05), seed=99, prefix="new", template_set=args.templates)
    incremental = run_pipeline(raw, work)
    print(f"re-run, ~1% new input: {incremental['seconds']:.1f}s")

    peer = bench_quantulum(folder, args.peer_mb, gold) if args.peer_mb else None
    ours = recall_ours(gold)
    if peer:
        print(
            f"quantulum3: {peer['mb_per_s']:.3f} MB/s, ours {peer['ours_mb_per_s']:.2f} MB/s on the same {peer['mb']:.1f} MB "
            f"in turns: ours/quantulum3 = {peer['ours_mb_per_s'] / peer['mb_per_s']:.1f}x; "
            f"recall on the sample labels: ours {ours:.2f}, quantulum3 {peer['recall']:.2f}"
        )
    else:
        print(
            f"quantulum3 not installed (pip install '.[bench]'); recall on the sample labels: ours {ours:.2f}"
        )

    print("targets:")
    for line in target_lines(one["extract_only_mb_s"], size_mb, full["seconds"],
                             full["peak_rss_mb"], rerun["seconds"], incremental["seconds"]):  # fmt: skip
        print(f"  {line}")
    calibration_end = calibrate()
    print(
        f"machine: the calibration workload takes {calibration_end:.2f}s at the end; in the time "
        f"of one at the start, extraction does {one['mb_per_s'] * calibration:.3f} MB and the "
        f"pipeline {size_mb / full['seconds'] * calibration:.3f} MB"
    )

    row = {"date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "commit": commit(),
           "corpus_mb": round(size_mb, 1), "articles": n_files,
           "extract_mb_s": round(one["mb_per_s"], 3), "extract_articles_s": round(one["articles_per_s"], 1),
           "pipeline_s": round(full["seconds"], 1), "pipeline_mb_s": round(size_mb / full["seconds"], 3),
           "peak_rss_mb": round(full["peak_rss_mb"]), "rerun_s": round(rerun["seconds"], 1),
           "one_percent_s": round(incremental["seconds"], 1), "workers": worker_count(),
           "peer_mb_s": round(peer["mb_per_s"], 4) if peer else "", "recall_ours": round(ours, 3),
           "ours_on_peer_slice_mb_s": round(peer["ours_mb_per_s"], 4) if peer else "",
           "recall_peer": round(peer["recall"], 3) if peer else "",
           "stages": json.dumps({k: round(v, 2) for k, v in full["stages"].items()}),
           "parse_mb_s": round(one["parse_mb_s"], 3),
           "extract_only_mb_s": round(one["extract_only_mb_s"], 3), "templates": args.templates,
           "claims_per_mb": round(one["claims_per_mb"]),
           "dense_extract_only_mb_s": round(dense["extract_only_mb_s"], 3) if dense else "",
           "dense_claims_per_mb": round(dense["claims_per_mb"]) if dense else "",
           "calibration_s": round(calibration, 3),
           "calibration_end_s": round(calibration_end, 3)}  # fmt: skip
    rows = []
    if RESULTS.exists():
        with RESULTS.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    columns = list(dict.fromkeys([*(rows[0] if rows else {}), *row]))  # old columns first
    with RESULTS.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, restval="")
        writer.writeheader()
        writer.writerows([*rows, row])
    print(f"appended to {RESULTS}")


if __name__ == "__main__":
    main()
