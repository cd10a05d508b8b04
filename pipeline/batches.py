"""Batches of work: how many articles, and how many bytes of them, a step holds at once.

The parse and extract steps hold two batches at a time (one in the workers, one being stored),
and ingest one being read and one being stored. A batch is `BATCH` articles, and at most
`BATCH_BYTES` of raw text, so memory stays flat whatever the size of the corpus and of its
documents: 500 news articles are a few MB, but 500 documents at the 20 MB limit would be 10 GB.
"""

from collections.abc import Callable, Iterable, Iterator
from itertools import repeat

BATCH = 500
BATCH_BYTES = 32 * 1024 * 1024

# maps a function over items, as the built-in `map` does (`stages.Runner.map`: in workers)
Mapper = Callable[[Callable, list], Iterable]


def batched(
    items: Iterable,
    size: int | None = None,
    n_bytes: Iterable[int | None] | None = None,
    max_bytes: int | None = None,
) -> Iterator[list]:
    """`items` in lists of at most `size` (`BATCH`); with `n_bytes` (each item's size, None
    for unknown, counted as 0), also of at most `max_bytes` (`BATCH_BYTES`), but for an item
    that is larger on its own, which makes a batch of one."""
    size = BATCH if size is None else size
    max_bytes = BATCH_BYTES if max_bytes is None else max_bytes
    batch: list = []
    total = 0
    sizes = repeat(0) if n_bytes is None else n_bytes
    for item, n in zip(items, sizes, strict=n_bytes is not None):
        n = n or 0
        if batch and (len(batch) == size or total + n > max_bytes):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += n
    if batch:
        yield batch


def pipelined(
    mapper: Mapper, fn: Callable, batches: Iterable[list], load: Callable[[list], list]
) -> Iterator[tuple[list, list]]:
    """(batch, results of `fn` over `load(batch)`) for each batch, in order. The next batch is
    loaded and handed to `mapper` before this one is yielded, so worker processes compute
    while the caller stores; at most two batches are in memory."""
    pending: tuple[list, Iterable] | None = None
    for batch in batches:
        running = mapper(fn, load(batch))  # submitted at once when pooled
        if pending is not None:
            yield pending[0], list(pending[1])
        pending = (batch, running)
    if pending is not None:
        yield pending[0], list(pending[1])
