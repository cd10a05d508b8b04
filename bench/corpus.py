"""A deterministic benchmark corpus made from the sample articles.

Each generated article takes a template and varies it: every number gets a new value of the
same size, places are swapped for others from the gazetteer, the two main sides trade places
in some articles, and sentences are shuffled within paragraphs. So the corpus reads like the
templates without repeating them byte for byte, and the same seed always gives the same files.

The templates are one of two sets:
- `samples` (the default): the five real articles of data/raw. About 1,800 claims per MB,
  and a number in about a quarter of the sentences: the density of real news.
- `mixed`: the samples and the six held-out articles. The held-out set has two ministry loss
  lists and is about five times as dense (about 9,000 claims per MB), so this corpus gives
  about 5,400 claims per MB. It is the stress case for the extractor.

    python -m bench.corpus OUT_DIR --mb 100 [--seed 7] [--templates mixed]
"""

import argparse
import random
import re
from pathlib import Path

from pipeline.lexicons import DEFAULT_DIR, load_rows
from pipeline.settings import REPO_ROOT

TEMPLATE_SETS = {
    "samples": (REPO_ROOT / "data" / "raw",),
    "mixed": (REPO_ROOT / "data" / "raw", REPO_ROOT / "bench" / "heldout" / "articles"),
}
_NUMBER = re.compile(r"(?<![\w.-])\d[\d,]*(?![\w-])")
_SIDES = re.compile(r"\b(Russia|Ukraine|Russian|Ukrainian|Moscow|Kyiv)\b")
_SWAP = {"Russia": "Ukraine", "Ukraine": "Russia", "Russian": "Ukrainian",
         "Ukrainian": "Russian", "Moscow": "Kyiv", "Kyiv": "Moscow"}  # fmt: skip


def templates(name: str = "samples") -> list[str]:
    folders = TEMPLATE_SETS[name]
    return [p.read_text(encoding="utf-8") for d in folders for p in sorted(d.glob("*.txt"))]


def _places() -> list[str]:
    rows = load_rows("places", str(DEFAULT_DIR))
    return sorted(
        {r["name"] for r in rows if r["kind"] in ("city", "town") and " " not in r["name"]}
    )


def vary(text: str, rng: random.Random, places: list[str]) -> str:
    """One variant of `text`: new numbers, places, maybe swapped sides, shuffled sentences."""

    def new_number(m: re.Match) -> str:
        digits = m.group().replace(",", "")
        if len(digits) == 4 and digits.startswith(("19", "20")):
            return m.group()  # keep years years
        value = rng.randint(
            10 ** (len(digits) - 1) if len(digits) > 1 else 1, 10 ** len(digits) - 1
        )
        return f"{value:,}" if "," in m.group() else str(value)

    text = _NUMBER.sub(new_number, text)
    known = [p for p in places if p in text]
    for place in rng.sample(known, min(3, len(known))):
        text = re.sub(rf"\b{re.escape(place)}\b", rng.choice(places), text)
    if rng.random() < 0.3:
        text = _SIDES.sub(lambda m: _SWAP[m.group()], text)
    paragraphs = []
    for paragraph in text.split("\n"):
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraph)
        if len(sentences) > 2 and rng.random() < 0.5:
            rng.shuffle(sentences)
        paragraphs.append(" ".join(sentences))
    return "\n".join(paragraphs)


def generate(
    out_dir: Path,
    megabytes: float,
    seed: int = 7,
    prefix: str = "gen",
    template_set: str = "samples",
) -> tuple[int, int]:
    """Write articles to `out_dir` until `megabytes` are written; returns (files, bytes)."""
    rng = random.Random(seed)
    sources, places = templates(template_set), _places()
    out_dir.mkdir(parents=True, exist_ok=True)
    target, written, count = int(megabytes * 1_000_000), 0, 0
    while written < target:
        data = vary(rng.choice(sources), rng, places).encode("utf-8")
        (out_dir / f"{prefix}_{count:07d}.txt").write_bytes(data)
        written += len(data)
        count += 1
    return count, written


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--templates", choices=sorted(TEMPLATE_SETS), default="samples")
    args = parser.parse_args()
    files, size = generate(args.out_dir, args.mb, args.seed, template_set=args.templates)
    print(f"wrote {files} articles, {size / 1e6:.1f} MB to {args.out_dir}")


if __name__ == "__main__":
    main()
