"""Layouts that put a figure before the words that say what it counts, read as the plain
sentence they stand for.

A "by the numbers" box opens each line with its figure and describes it after a dash or a
colon: "• Around 150,000 — the number of Russian troops massed near Pokrovsk", "• More than
110,000: Russian troops killed and wounded in 2025", "• About 3,900 km² — the area Russia
captured". Read with the dash and "the number of" taken out, each is a sentence the analysis
knows: "Around 150,000 Russian troops massed near Pokrovsk". `figure_first` gives that text and
maps the spans found in it back to the sentence.
"""

import re
from dataclasses import dataclass, replace

from pipeline.extraction.model import Draft
from pipeline.extraction.numbers import find_quantities
from pipeline.lexicons import matcher

# A line that may open with a figure: a bullet, at most three words (a qualifier: "More
# than", "Up to", "An estimated"), a currency sign, a digit; and a dash or colon later on.
_MAY_OPEN_WITH_FIGURE = re.compile(r"[ •·*▪►◦‣-]*(?:[A-Za-z]+[ ]){0,3}?[₴$€£]?\d")
_SEPARATOR = re.compile(
    r"[ ]*(?:—|–|:|[ ]-)[ ]+"
    # what only names the figure: "the number of", "the total of", "the area (that)"
    r"(?:(?:the|an?)[ ](?:(?:total[ ])?number|total|count|tally|area|amount|sum)"
    r"(?:[ ]of|[ ]that)?[ ])?"
    r"(?=[^\W\d])"  # the description starts with a word
)
_BULLETS = " •·*▪►◦‣-"
# A timeline's years: "2025–2026 — Russian troops try to envelop the town"
_YEARS = re.compile(r"(?:19|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class Reading:
    """`text` is the sentence with `text[cut:cut + removed]` of the original taken out."""

    text: str
    cut: int
    removed: int

    def restore(self, drafts: list[Draft]) -> list[Draft]:
        """The drafts with their quantities' spans in the original sentence."""
        for d in drafts:
            if d.q.start >= self.cut:
                shift = self.removed
                d.q = replace(
                    d.q,
                    start=d.q.start + shift,
                    end=d.q.end + shift,
                    num_start=d.q.num_start + shift,
                    num_end=d.q.num_end + shift,
                )
        return drafts


def figure_first(text: str) -> Reading | None:
    """The reading of a line that opens with one figure and says after a dash or colon what
    it counts; None for any other sentence (a table row, a timeline's "2024 — ...", a date's
    "12 December — ...", a label before its figure "Tanks — 3,000")."""
    if "|" in text or not _MAY_OPEN_WITH_FIGURE.match(text):
        return None
    quantities = find_quantities(text)
    if not quantities:
        return None
    q = quantities[0]
    if (
        q.maybe_year
        or q.kind in ("share", "increment")
        or text[: q.start].strip(_BULLETS)
        or _YEARS.match(text, q.num_start)
    ):
        return None
    end = q.end
    unit = next((m for m in matcher("units").find(text, q.end) if m.start <= q.end + 1), None)
    if unit is not None and not text[q.end : unit.start].strip():
        end = unit.end  # "About 3,900 km² — ..."
    sep = _SEPARATOR.match(text, end)
    if sep is None:
        return None
    removed = sep.end() - end - 1
    return Reading(text[:end] + " " + text[sep.end() :], end + 1, removed)
