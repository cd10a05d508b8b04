"""Choosing among overlapping spans found by several patterns."""

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def longest_first(
    items: Iterable[T], span: Callable[[T], tuple[int, int]] = lambda x: (x.start, x.end)
) -> list[T]:
    """The items in text order without overlaps: where two overlap, the one that starts first
    wins, and of two starting together the longer one."""
    ordered = sorted(items, key=lambda x: (span(x)[0], -(span(x)[1] - span(x)[0])))
    kept: list[T] = []
    for item in ordered:
        if kept and span(item)[0] < span(kept[-1])[1]:
            continue
        kept.append(item)
    return kept
