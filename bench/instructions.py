"""`make instructions`: the instructions that parsing and extraction take, counted by valgrind.

Seconds drift on a shared or virtual machine; an instruction count does not, so two commits
compare exactly. It counts a run over the first `--articles` articles of the benchmark
corpus (40 of the samples and 10 of the mixed set by default, about 0.22 MB), less a run
that only starts up, so imports (compiled anew when bytecode is not written) do not count.

    python -m bench.instructions [--articles 50]
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_COLLECTED = re.compile(r"Collected : (\d+)")


def articles(n: int) -> list[Path]:
    """`n` articles: four in five from the samples corpus, the rest from the mixed one."""
    from bench.run import corpus, files_of  # the parent only: it imports Dagster

    dense = n // 5
    paths = files_of(corpus(20, template_set="samples"))[1000 : 1000 + n - dense]
    return paths + files_of(corpus(1, template_set="mixed"))[:dense]


def work(listing: Path, n: int) -> None:
    """The counted process: it imports only what parsing and extraction need, as a larger
    heap would cost the garbage collector more and count against the code."""
    from pipeline.stages import extract_article, extract_item, sentence_rows

    paths = listing.read_text(encoding="utf-8").split("\n")
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]  # read in both runs
    for text in texts[:n]:
        rows, _ = sentence_rows(("0" * 16, text))
        extract_article(extract_item("0" * 16, text, rows))


def count(listing: Path, n: int) -> int:
    """Instructions of a process that parses and extracts the first `n` listed articles."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         "-m", "bench.instructions", "--work", str(n), "--listing", str(listing)],
        cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, check=True,
    )  # fmt: skip
    found = _COLLECTED.search(done.stderr)
    if found is None:
        sys.exit(f"valgrind printed no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--articles", type=int, default=50, help="articles to count (default 50)")
    ap.add_argument("--work", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--listing", type=Path, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.work is not None:
        work(args.listing, args.work)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    paths = articles(args.articles)
    size = sum(p.stat().st_size for p in paths) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "articles.txt"
        listing.write_text("\n".join(map(str, paths)), encoding="utf-8")
        net = count(listing, len(paths)) - count(listing, 0)
    print(f"parse and extract of {len(paths)} articles ({size:.2f} MB): {net / 1e6:,.0f} M "
          f"instructions, {net / 1e6 / size:,.0f} M per MB")  # fmt: skip


if __name__ == "__main__":
    main()
