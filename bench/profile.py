"""`make profile`: where parsing or extraction spends its time, by function.

Runs the stage over `--articles` articles of the benchmark corpus (the samples templates by
default) in a child process, sampled from outside by py-spy. A sampler outside the process adds
nothing to each call, so small functions called often do not look costlier than they are
(cProfile's bias, and to a lesser degree pyinstrument's, whose hook runs on every call). The
child repeats the work `--passes` times after a warm-up pass. Printed, as shares of the samples:
- "with callees": the time in a function and below it (once per stack when it recurses);
- "own code": the time in its own code, C calls it makes (a regex search) included.

    python -m bench.profile [--articles 300] [--stage extract|parse] [--templates samples]
"""

import argparse
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bench.corpus import TEMPLATE_SETS
from pipeline.stages import extract_article, extract_item, sentence_rows

# A frame of py-spy's raw output: "function (path/to/file.py:10)".
_FRAME = re.compile(r"^(?P<function>.*?) \((?P<path>[^()]*?)(?::\d+)?\)$")
_ROOT = "measured"  # the function whose samples are counted: the measured passes only


def _name(frame: str) -> str:
    found = _FRAME.match(frame)
    if not found:
        return frame
    return f"{found['function']} ({found['path'].rsplit('/', 1)[-1]})"


def shares(raw: str) -> tuple[int, Counter, Counter]:
    """(samples under `measured`, samples by function with callees, samples by own code) of
    py-spy's raw output: one line per stack, frames joined by ";", then the sample count."""
    total, within, own = 0, Counter(), Counter()
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        frames = [_name(f) for f in stack.split(";")]
        roots = [i for i, f in enumerate(frames) if f.startswith(f"{_ROOT} (")]
        if not roots or not count.isdigit():
            continue
        frames = frames[roots[0] :]
        n = int(count)
        total += n
        for name in set(frames):
            within[name] += n
        own[frames[-1]] += n
    return total, within, own


def work(stage: str, listing: Path, passes: int) -> None:
    """The profiled child: parse (and, for extract, extract) the listed articles. It does not
    import bench.run, which imports Dagster: a larger heap costs the garbage collector more."""
    paths = listing.read_text(encoding="utf-8").split("\n")
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    items = [extract_item("0" * 16, t, sentence_rows(("0" * 16, t))[0]) for t in texts]
    measured(stage, texts, items, 1)  # warms the caches; loads the lexicons
    measured(stage, texts, items, passes)


def measured(stage: str, texts: list[str], items: list[tuple], passes: int) -> None:
    for _ in range(passes):
        if stage == "parse":
            for text in texts:
                sentence_rows(("0" * 16, text))
        else:
            for item in items:
                extract_article(item)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--articles", type=int, default=300, help="articles (default 300)")
    ap.add_argument("--templates", choices=sorted(TEMPLATE_SETS), default="samples")
    ap.add_argument("--stage", choices=("extract", "parse"), default="extract")
    ap.add_argument("--passes", type=int, default=12, help="measured passes (default 12)")
    ap.add_argument("--top", type=int, default=30, help="functions to list (default 30)")
    ap.add_argument("--work", type=Path, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.work is not None:
        work(args.stage, args.work, args.passes)
        return
    py_spy = Path(sys.executable).with_name("py-spy")
    if not py_spy.exists():
        sys.exit("py-spy is not installed: pip install -e '.[bench]'")
    from bench.run import corpus, files_of  # the parent only: it imports Dagster

    paths = files_of(corpus(20, template_set=args.templates))[: args.articles]
    with tempfile.TemporaryDirectory() as tmp:
        listing, out = Path(tmp) / "articles.txt", Path(tmp) / "samples.txt"
        listing.write_text("\n".join(map(str, paths)), encoding="utf-8")
        child = [sys.executable, "-m", "bench.profile", "--work", str(listing), "--stage",
                 args.stage, "--passes", str(args.passes)]  # fmt: skip
        # py-spy pauses the child for each sample (its --nonblocking mode reads stacks as they
        # change, and gave the regex-heavy functions half as much again); 250 Hz keeps the
        # pauses to a few per cent
        done = subprocess.run(
            [str(py_spy), "record", "--rate", "250", "--format", "raw", "-o",
             str(out), "--", *child],
            capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent,
        )  # fmt: skip
        if done.returncode != 0 or not out.exists():
            sys.exit(f"py-spy failed (it needs to trace a child process):\n{done.stderr[-2000:]}")
        total, within, own = shares(out.read_text(encoding="utf-8"))
    if not total:
        sys.exit("py-spy recorded no samples of the work")
    print(f"{args.stage}, {args.articles} articles ({args.templates}), {args.passes} passes: "
          f"{total} samples at 250 Hz")  # fmt: skip
    for title, counter in (("with callees", within), ("own code", own)):
        print(f"\nby time in the function, {title}:")
        for name, n in counter.most_common(args.top):
            print(f"{100 * n / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
