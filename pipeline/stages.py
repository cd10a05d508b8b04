"""Per-article work of the parse and extract stages, in plain Python, and running it on
every core. The Dagster assets stream articles through these in batches.

Work on one article never depends on another, so a pool of worker processes gives exactly
the rows one process gives, in the same order.
"""

import hashlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.context import BaseContext
from operator import itemgetter
from pathlib import Path

from pipeline.lexicons import lexicon_dir, reload_lexicons
from pipeline.tables import CLAIM_COLUMNS
from pipeline.text.cleaning import clean_article
from pipeline.text.offsets import StoredOffsets

PACKAGE = Path(__file__).resolve().parent
# Below this many articles a pool costs more to start than it saves.
MIN_PARALLEL = 64
# The start of a reject's detail when extraction failed (not when it ran out of time), and
# when cleaning did
EXTRACTION_ERROR = "extraction error"
PARSE_ERROR = "parse error"


def sentence_rows(item: tuple[str, str]) -> tuple[list[tuple], dict[str, int]]:
    """(article_id, raw_text) -> rows of the `sentences` table, and lines dropped by reason.
    The offset map is in the text form of an INTEGER[] ("[0, 49, 0, 49, 1]"), which the
    table's insert casts: the parent process unpickles a string five times faster than a
    list of integers (`StoredOffsets` reads both forms)."""
    article_id, raw_text = item
    cleaned = clean_article(raw_text)
    rows = []
    for s in cleaned.sentences:
        piece = cleaned.offsets.slice(s.start, s.end)
        raw_start, raw_end = cleaned.offsets.raw_span(s.start, s.end)
        rows.append((article_id, s.index, s.paragraph, cleaned.sentence_text(s), raw_start,
                     raw_end, str(piece.to_flat())))  # fmt: skip
    return rows, dict(cleaned.dropped)


def parse_article(item: tuple[str, str]) -> tuple[str, list[tuple], dict[str, int], str | None]:
    """(article_id, raw_text) -> (article_id, `sentence_rows`'s rows and dropped lines, the
    error cleaning raised or None): an article the cleaning code fails on gets no sentences,
    and its error is kept for a reject row instead of ending the batch and the run."""
    try:
        rows, dropped = sentence_rows(item)
    except Exception as error:
        return item[0], [], {}, f"{PARSE_ERROR}: {type(error).__name__}: {error}"[:500]
    return item[0], rows, dropped, None


def extract_item(
    article_id: str, raw_text: str, rows: list[tuple], budget: float = 1e9
) -> tuple[str, str, list[tuple], float]:
    """The input of `extract_article` from `sentence_rows` output: each sentence's article id,
    index, paragraph, text and offset map, as the extract stage reads them from the table."""
    return article_id, raw_text, [(r[0], r[1], r[2], r[3], r[6]) for r in rows], budget


def extract_article(
    item: tuple[str, str, list[tuple], float],
) -> tuple[str, list[dict], str | None]:
    """(article_id, raw_text, sentence rows, budget in seconds) -> (article_id, claim rows,
    reason it was rejected or None). Sentence rows are (article_id, index, paragraph, text,
    offset_map): the table's rows as read, which the parent need not take apart."""
    # (imported here, not above: a run with nothing new to extract never loads the extractor,
    # a tenth of its time; worker processes have it preloaded, see _worker_context)
    from pipeline.extraction.claims import BudgetExceeded, SentenceInput, extract_from_sentences

    article_id, raw_text, sentences, budget = item
    inputs = (SentenceInput(int(i), int(p), text, StoredOffsets(text, flat))
              for _, i, p, text, flat in sentences)  # fmt: skip
    try:
        rows = list(extract_from_sentences(article_id, raw_text, inputs, time.monotonic() + budget))
    except BudgetExceeded:
        return article_id, [], f"over {budget:g}s (CLAIMS_DOC_TIME_BUDGET)"
    except Exception as error:
        # a bug the text tripped: the article's claims are withheld and the run goes on; the
        # reject row says what failed, so the article can be rerun once it is fixed
        return article_id, [], f"{EXTRACTION_ERROR}: {type(error).__name__}: {error}"[:500]
    return article_id, rows, None


_CANDIDATE_ROW = itemgetter(*(name for name, _ in CLAIM_COLUMNS))


def extract_article_rows(
    item: tuple[str, str, list[tuple], float],
) -> tuple[str, list[tuple], str | None]:
    """`extract_article` with each claim as a tuple in the order of the `claim_candidates`
    columns: what the extract stage stores, and a smaller load for the parent process, which
    receives it from the workers, than a dict per claim."""
    article_id, rows, reason = extract_article(item)
    return article_id, [_CANDIDATE_ROW(row) for row in rows], reason


def _fingerprint(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def parser_version() -> str:
    """A fingerprint of everything that decides the sentences: the text code and the
    furniture lexicon. When it changes, every article is parsed again (and, as the text code
    and the lexicons are part of `extractor_version` too, extracted again)."""
    files = sorted([*PACKAGE.glob("text/*.py"), PACKAGE / "lexicons.py", PACKAGE / "records.py"])
    furniture = Path(lexicon_dir()) / "furniture.csv"  # missing: cleaning says so, clearly
    return _fingerprint([*files, furniture] if furniture.is_file() else files)


def extractor_version() -> str:
    """A fingerprint of everything that decides what is extracted: the text and extraction
    code and the lexicons. When it changes, every article is extracted again."""
    files = sorted(
        [*PACKAGE.glob("text/*.py"), *PACKAGE.glob("extraction/*.py"), PACKAGE / "lexicons.py",
         PACKAGE / "records.py", PACKAGE / "schemas.py"]
    )  # fmt: skip
    return _fingerprint(files + sorted(Path(lexicon_dir()).glob("*.csv")))


def worker_count() -> int:
    """CLAIMS_WORKERS, else every core."""
    return max(1, int(os.environ.get("CLAIMS_WORKERS") or os.cpu_count() or 1))


def _worker_context() -> BaseContext:
    """Workers fork from a fresh server process that has imported only this module and the
    extractor: not `fork` (the parent may hold DuckDB and Dagster state), and not `spawn`,
    whose workers import the parent's main module again: under the `dagster` CLI, all of
    Dagster (~1 s).
    Where there is no fork server (Windows), spawn."""
    if "forkserver" not in get_all_start_methods():
        return get_context("spawn")
    context = get_context("forkserver")
    context.set_forkserver_preload([__name__, "pipeline.extraction.claims"])
    return context


def _start_worker(lexicons: str) -> None:
    """A worker reads the lexicons its parent reads now: the fork server's environment is
    the one it started with, which a long-lived parent may have changed since."""
    os.environ["CLAIMS_LEXICON_DIR"] = lexicons
    reload_lexicons()


@contextmanager
def _main_script_hidden(fn: Callable) -> Iterator[None]:
    """Start workers without the parent's main script. A spawned or fork-server worker runs
    the parent's `__main__` again before its first task; under the `dagster` CLI that imports
    all of Dagster, about 0.6 s per worker per step. The workers need only this module, so
    while they start the main module shows no file and no spec. Not when `fn` itself lives in
    `__main__`: a worker must import it to run it."""
    main = sys.modules.get("__main__")
    if main is None or getattr(fn, "__module__", None) == "__main__":
        yield
        return
    saved = {key: main.__dict__[key] for key in ("__file__", "__spec__") if key in main.__dict__}
    main.__dict__.pop("__file__", None)
    main.__spec__ = None
    try:
        yield
    finally:
        main.__dict__.update(saved)


class Runner:
    """Maps a function over items, in worker processes when there are enough items."""

    def __init__(self, workers: int | None = None):
        self.workers = workers or worker_count()
        self._pool: ProcessPoolExecutor | None = None

    def map(self, fn: Callable, items: list, force_pool: bool = False) -> Iterator:
        if self.workers > 1 and (len(items) >= MIN_PARALLEL or force_pool):
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    self.workers,
                    mp_context=_worker_context(),
                    initializer=_start_worker,
                    initargs=(lexicon_dir(),),
                )
            with _main_script_hidden(fn):  # workers start, if they do, during submission
                return self._pool.map(fn, items, chunksize=max(1, len(items) // (self.workers * 4)))
        return map(fn, items)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def __enter__(self) -> "Runner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Progress:
    """Reports "<verb> done/total <what>" through `log` at most every `every` seconds, so a
    long step shows where it stands in the run log and the UI."""

    def __init__(self, log: Callable[[str], None], verb: str, total: int, what: str,
                 every: float = 10.0):  # fmt: skip
        self.log, self.verb, self.total, self.what, self.every = log, verb, total, what, every
        self.done, self._last = 0, time.monotonic()

    def add(self, n: int) -> None:
        self.done += n
        if time.monotonic() - self._last >= self.every and self.done < self.total:
            self.log(f"{self.verb} {self.done}/{self.total} {self.what}")
            self._last = time.monotonic()
