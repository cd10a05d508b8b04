"""Sentences whose words stand in an order the analysis does not read, read in the plain order
they stand for; the spans found in that reading are mapped back to the sentence.

- A "by the numbers" box opens each line with its figure and describes it after a dash or a
  colon: "• Around 150,000 — the number of Russian troops massed near Pokrovsk", "• More than
  110,000: Russian troops killed and wounded in 2025", "• About 3,900 km² — the area Russia
  captured". Read with the dash and "the number of" taken out, each is a count the analysis
  knows: "Around 150,000 Russian troops massed near Pokrovsk" (`figure_first`).
- A reporting clause set between the subject and its verb: "North Korea, she said, had sent
  14,000 troops to Russia" is read as "North Korea had sent 14,000 troops to Russia, she
  said." (`reported_aside`).
- A verb whose object stands inside it: "had taken 14 Russian soldiers prisoner near Lyman" is
  read as "had taken prisoner 14 Russian soldiers near Lyman" (`taken_prisoner`).
- A table whose columns are aligned with spaces, not drawn with bars: "Tatarstan      6,110"
  is read as the row "Tatarstan | 6,110" (`aligned_columns`).
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from pipeline.extraction.model import Draft
from pipeline.extraction.numbers import find_quantities
from pipeline.lexicons import matcher


@dataclass(frozen=True, slots=True)
class Reading:
    """`text` is made of pieces of the original sentence (and a few joining characters of its
    own); `pieces` holds, for each piece, where it starts in `text` and in the original."""

    text: str
    pieces: tuple[tuple[int, int], ...]  # (start in text, start in the original), by the first

    def original(self, pos: int) -> int:
        """The position in the original sentence of `text[pos]`."""
        at, start = self.pieces[bisect_right(self.pieces, (pos, float("inf"))) - 1]
        return start + pos - at

    def restore(self, drafts: list[Draft]) -> list[Draft]:
        """The drafts with their quantities' spans in the original sentence."""
        for d in drafts:
            q = d.q
            d.q = replace(
                q,
                start=self.original(q.start),
                end=self.original(q.end - 1) + 1,
                num_start=self.original(q.num_start),
                num_end=self.original(q.num_end - 1) + 1,
            )
        return drafts


def _reading(text: str, parts: list[tuple[int, int] | str]) -> Reading:
    """The reading made of `parts`: spans of `text`, and strings of its own between them."""
    out: list[str] = []
    pieces: list[tuple[int, int]] = []
    length = 0
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        else:
            pieces.append((length, part[0]))
            out.append(text[part[0] : part[1]])
        length += len(out[-1])
    return Reading("".join(out), tuple(pieces))


def read_plainly(text: str) -> Reading | None:
    """The plain reading of a sentence written in one of the layouts above, or None."""
    return (
        aligned_columns(text) or figure_first(text) or reported_aside(text) or taken_prisoner(text)
    )


# Columns set apart by runs of spaces: "Bashkortostan           8,917"
_COLUMN_GAP = re.compile(r"[ ]{3,}|\t+")


def aligned_columns(text: str) -> Reading | None:
    """The reading of a row of a table whose columns are aligned with spaces, with its cells
    set apart by "|" as in a table drawn with bars ("Region | Confirmed deaths", "Tatarstan |
    6,110"); None for any other sentence (prose, a row that already has bars, a long line)."""
    if ("   " not in text and "\t" not in text) or "|" in text or len(text) > 200:
        return None
    if text.rstrip().endswith((".", "!", "?", ",", ";")):
        return None  # (a sentence of prose with wide spaces in it)
    gaps = list(_COLUMN_GAP.finditer(text.strip()))
    if not gaps:
        return None
    lead = len(text) - len(text.lstrip())
    parts: list[tuple[int, int] | str] = []
    start = lead
    for gap in gaps:
        parts += [(start, lead + gap.start()), " | "]
        start = lead + gap.end()
    parts.append((start, len(text)))
    return _reading(text, parts)


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
_SEPARATORS = ("—", "–", ": ", " - ")  # (one of which a line of this layout holds)
# A timeline's years: "2025–2026 — Russian troops try to envelop the town"
_YEARS = re.compile(r"(?:19|20)\d\d\b")


def figure_first(text: str) -> Reading | None:
    """The reading of a line that opens with one figure and says after a dash or colon what
    it counts; None for any other sentence (a table row, a timeline's "2024 — ...", a date's
    "12 December — ...", a label before its figure "Tanks — 3,000")."""
    if "|" in text or not any(sep in text for sep in _SEPARATORS):
        return None
    if not _MAY_OPEN_WITH_FIGURE.match(text):
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
    return _reading(text, [(0, end), " ", (sep.end(), len(text))])


# "North Korea, she said, had sent ...", "Russia, the minister added, has lost ...": a subject
# of at most six words, a reporting clause between commas, then the rest of the sentence
_REPORTED_ASIDE = re.compile(
    r"(?P<subject>[A-Z][^,;:()—]{1,60}?)"
    r"(?P<aside>,[ ](?P<speaker>she|he|they|we|I|(?:the[ ])?[A-Z]?[\w’'.-]+(?:[ ][\w’'.-]+){0,3})"
    r"[ ](?:said|says|added|claimed|claims|noted|stressed|insisted|told[ ][^,]{1,30}),[ ])"
    r"(?=[\"“]?[a-z0-9])"  # the verb or the figure: "had sent", "“exceed", "12 people"
    # (not a clause the sayer goes on with: "..., Ukraine said, adding that ...")
    r"(?!(?:adding|saying|noting|citing|claiming|stressing|insisting|warning)\b)"
)


_ASIDE_VERBS = (" said, ", " says, ", " added, ", " claimed, ", " claims, ", " noted, ",
                " stressed, ", " insisted, ", " told ")  # fmt: skip


def reported_aside(text: str) -> Reading | None:
    """The reading of a sentence whose reporting clause stands between its subject and its
    verb, with the clause moved to the end ("..., she said.")."""
    if ", " not in text or not any(verb in text for verb in _ASIDE_VERBS):
        return None
    m = _REPORTED_ASIDE.match(text)
    if m is None or len(m.group("subject").split()) > 6 or not any(c.isdigit() for c in text):
        return None
    end = len(text.rstrip(".!? "))
    if end <= m.end():
        return None
    aside = m.span("aside")
    speaker = (aside[0] + 1, aside[1] - 2)  # " she said" (its commas dropped)
    return _reading(text, [(0, aside[0]), " ", (m.end(), end), ",", speaker, (end, len(text))])


# "took 120 Russian soldiers prisoner", "had taken 14 servicemen captive"
_TAKEN_PRISONER = re.compile(
    r"\b(?:took|taken|take|takes|taking)[ ]((?:[\w,’'\"“”-]+[ ]){1,6}?)(prisoners?|captive)\b",
    re.IGNORECASE,
)


def taken_prisoner(text: str) -> Reading | None:
    """The reading of "took N soldiers prisoner" with "prisoner" beside its verb."""
    if "prisoner" not in text and "captive" not in text:
        return None
    m = _TAKEN_PRISONER.search(text)
    if m is None or not find_quantities(m.group(1)):
        return None
    lo, hi = m.span(1)
    return _reading(text, [(0, lo - 1), " ", m.span(2), " ", (lo, hi - 1), (m.end(2), len(text))])
