"""Shallow grammar shared by the attribution steps: words, clause subjects, and where a
reported clause or a noun phrase begins and ends."""

import re

from pipeline.extraction.frames import (
    Frame,
)
from pipeline.extraction.mentions import Mention

STOP_WORDS = frozenset(
    (
        "the of in on at to by for with from and or that which who were was have has had are is"
        " be been than as its their his her this these those"
    ).split()
)

# Patterns of the hot path, compiled once (re's own cache costs a lookup a call).
# "a group, DeepState, which said", "Ukrinform, the state news agency, reported": a few
# words, no figure ("according to estimates, the occupiers lost 386 men" has none)
_APPOSITIVE = re.compile(
    r"\s*(?:(?:[A-Z][\w’'-]*\s?){1,3}|(?:a|an|the)(?:\s[^\W\d][\w’'.-]*){1,10}),"
)
_RELATIVE_CLAUSE = re.compile(r"\s*(?:who|which)\b[^,]*,")


_WORD = re.compile(r"[\w’'-]+|[^\w\s]")


_REPORTING_THAT = re.compile(r"\s*(?:that\s+)?")


_QUOTED = re.compile(r'"[^"]{1,600}"|“[^”]{1,600}”')


def quote_around(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the quotation that `pos` is inside, marks included; None outside one."""
    if '"' not in text and "“" not in text:
        return None
    return next((m.span() for m in _QUOTED.finditer(text) if m.start() < pos < m.end()), None)


def outside_quotes(spans: list, lo: int, hi: int, text: str) -> list:
    """`spans` (mentions, places) less those quoted when the range looked in is not: in
    "\"The enemy's claims are fiction,\" the task force said", the enemy does not speak."""
    if '"' not in text and "“" not in text:
        return spans
    quotes = [m.span() for m in _QUOTED.finditer(text)]
    return [
        m
        for m in spans
        if not any(s < m.start and m.end < e and not (s < lo and hi < e) for s, e in quotes)
    ]


def word_list(text: str) -> list[str]:
    return _WORD.findall(text)


# A relative clause set off by commas: ", which the Air Force said was an Iskander-M,"
_COMMA_RELATIVE = re.compile(r",[ ](?:which|who|whom)[ ][^,]*,")


def clause_subject(
    mentions: list[Mention], start: int, end: int, text: str | None = None
) -> Mention | None:
    """The first non-oblique mention with a side in `[start, end)`: the clause subject. Given
    the `text`, not one inside a relative clause ("a ballistic missile, which the Air Force
    said was an Iskander-M, hit ...": the missile's clause, of no side)."""
    inner = ()
    if text is not None and ", wh" in text:
        inner = [r.span() for r in _COMMA_RELATIVE.finditer(text, start, end)]
    for m in mentions:
        if (
            start <= m.start
            and m.end <= end
            and not m.oblique
            and m.side
            and not any(lo < m.start < hi for lo, hi in inner)
        ):
            return m
    return None


def after_frames(text: str, frames: list[Frame], lo: int, pos: int) -> int:
    """Where the reported clause before `pos` starts: after the last reporting verb ("said
    that") or "according to X," in `[lo, pos)`; `lo` when there is none."""
    start = lo
    verb = last_frame_before(frames, pos, lo)
    if verb:
        start = _REPORTING_THAT.match(text, verb.end).end()
    for f in frames:
        if f.kind == "according" and lo <= f.start and f.end <= pos:
            np_end = np_after(text, f.end)[1]
            if np_end < pos:
                start = max(start, np_end + 1)
    return start


def last_frame_before(frames: list[Frame], pos: int, lo: int) -> Frame | None:
    chosen = None
    for f in frames:
        if f.kind == "verb" and lo <= f.start and f.end <= pos:
            chosen = f
    return chosen


def np_after(text: str, start: int) -> tuple[int, int]:
    """A noun phrase starting at `start`, to the next comma; an appositive name or a relative
    clause after it is included ("a group, DeepState, which said ...")."""
    end = text.find(",", start)
    end = len(text) if end < 0 else end
    rest = text[end + 1 :]
    appositive = _APPOSITIVE.match(rest)
    relative = _RELATIVE_CLAUSE.match(rest)
    if appositive:
        end = end + 1 + appositive.end() - 1
    elif relative:
        end = end + 1 + relative.end() - 1
    return start, end
