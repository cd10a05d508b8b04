"""Clauses, actions, reporting frames, time phrases and hedges of a sentence.

Shallow grammar over character spans: strong clause boundaries (";", "while", "but", ", with")
bound the search for a governing verb and its subject; reporting frames ("X said",
"according to X", "estimated ... by X") say who asserts a figure.
"""

import re
from functools import cache, lru_cache
from itertools import pairwise

from pipeline.lexicons import (
    lexicon_dir,
    load_rows,
    matcher,
    normalise_term,
    on_reload,
    tokens_of,
)
from pipeline.records import record
from pipeline.text.spans import longest_first

_STRONG_BOUNDARY = re.compile(
    r";|[ ]—[ ]|—|,?[ ](?:while|whereas|but|though|although)[ ]|,[ ]with[ ]|,?[ ]and[ ]that[ ]",
    re.IGNORECASE,
)
# Text without one of these holds no strong boundary ("with" also finds "within": a gate only).
_BOUNDARY_HINTS = ("while", "whereas", "but", "though", "with", "that")
_AUX = frozenset(
    (
        "was were is are be been being has have had reportedly also already allegedly"
        " successfully now later then all of which whom reported claimed said to remain"
        " remained remains left confirmed internally recorded being may might could would will"
        " should must"
        " likely probably possibly still currently"
        " briefly temporarily partially partly completely fully again initially"
        " registered listed considered feared"
        " seriously badly heavily severely slightly critically totally significantly lightly"
        " mildly moderately gravely"
    ).split()
)
_WORD = re.compile(r"[\w’'-]+|[^\w\s]")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TIME_GRAMMAR = re.compile(
    rf"\b(?:in the early hours of {_WEEKDAY}"
    rf"|(?:on|last|this|early|late) {_WEEKDAY}(?: night| morning| evening)?"
    r"|(?:last|this|past|previous|next) (?:night|day|week|weekend|month|year|few days|few weeks)"
    r"|the (?:past|previous|last) (?:day|week|month|year|\d{1,2} hours|24 hours)"
    r"|(?:over|during|throughout) the (?:day|night|week|month|year))\b",
    re.IGNORECASE,
)
# Every phrase of the time grammar ends in one of these words.
_TIME_GRAMMAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday night day days week weeks"
    " weekend month year hours".split()
)


@record
class Span:
    start: int
    end: int
    text: str


@record
class Action:
    start: int
    end: int
    text: str
    rows: tuple[dict[str, str], ...]

    def pick(self, category: str | None) -> dict[str, str] | None:
        """The lexicon row for this counted category: a specific row first, then a general one.
        A lexicon noun with no category of its own ("people") is asked for as `none`."""
        specific = [r for r in self.rows if r["applies_to"] and r["applies_to"] == category]
        general = [r for r in self.rows if not r["applies_to"]]
        return (specific or general or [None])[0]


@record
class Frame:
    """A reporting frame: `kind` verb, according or agent; the verb/phrase span."""

    start: int
    end: int
    text: str
    kind: str


def strong_clause(text: str, pos: int) -> tuple[int, int]:
    """The strong clause around `pos`: `[start, end)` between boundaries."""
    start, end = 0, len(text)
    for b_start, b_end in _strong_boundaries(text):
        if b_end <= pos:
            start = b_end
        elif b_start >= pos:
            end = b_start
            break
    return start, end


@lru_cache(maxsize=8)
def _strong_boundaries(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the strong boundaries of `text`; asked for many times per sentence."""
    if ";" not in text and "—" not in text:
        lowered = text.lower()
        if not any(hint in lowered for hint in _BOUNDARY_HINTS):
            return ()
    spans = [m.span() for m in _STRONG_BOUNDARY.finditer(text)]
    # a short aside between two dashes is no boundary: "Russian casualties — killed and
    # wounded — at nearly half a million"
    aside = {
        i
        for i in range(len(spans) - 1)
        for pair in [(spans[i], spans[i + 1])]
        if "—" in text[slice(*pair[0])]
        and "—" in text[slice(*pair[1])]
        and pair[1][0] - pair[0][1] <= 40
    }
    # nor the dash after a list line's label: "Kharkiv region — 634 attacks"
    head = text[: spans[0][0]] if spans else ""
    label = (
        0 < len(head) <= 50
        and len(head.split()) <= 6
        and not any(c.isdigit() for c in head)
        and _FIGURE_AFTER.match(text, spans[0][1]) is not None
    )
    return tuple(
        span
        for i, span in enumerate(spans)
        if i not in aside and i - 1 not in aside and not (label and i == 0)
    )


_FIGURE_AFTER = re.compile(r"[ ]*(?:(?:about|approximately|up to|over|some|~)[ ]*)?\d")


@cache
def _actions_by_term(directory: str) -> dict[str, tuple[dict[str, str], ...]]:
    grouped: dict[str, list[dict[str, str]]] = {}
    for row in load_rows("actions", directory):
        grouped.setdefault(normalise_term(row["term"]), []).append(row)
    return {term: tuple(rows) for term, rows in grouped.items()}


# "fire" the noun: "destroyed by fire", "set fire to", "caught fire" (not "came under fire")
_FIRE_NOUN_BEFORE = re.compile(
    r"\b(?:by|set|sets|setting|caught|catch|catches|on|the|a|heavy|enemy|artillery)[ ]$",
    re.IGNORECASE,
)


_COMPOUND_AFTER = re.compile(r"[ ](?:points?|posts?|centres?|centers?|rooms?)\b")


@lru_cache(maxsize=256)
def find_actions(text: str) -> list[Action]:
    by_term = _actions_by_term(lexicon_dir())
    return [
        Action(m.start, m.end, m.text, by_term[normalise_term(m.payload["term"])])
        for m in matcher("actions").find(text)
        if not (
            m.text.lower() == "fire"
            and _FIRE_NOUN_BEFORE.search(text, max(0, m.start - 10), m.start)
        )
        # (nor a word that opens a compound noun: "14 drone control points"; not "people in
        # temporary accommodation centres")
        and not (" " not in m.text and _COMPOUND_AFTER.match(text, m.end))
    ]


@lru_cache(maxsize=256)
def find_frames(text: str) -> list[Frame]:
    """Reporting frames, but not words of a name: the "States" of "United States"."""
    found = matcher("reporting").find(text)
    if not found:
        return []
    names = [(m.start, m.end) for m in matcher("entities").find(text)]
    return [
        Frame(m.start, m.end, m.text, m.payload["kind"])
        for m in found
        if not any(s <= m.start and m.end <= e for s, e in names)
        # ("per" names a source, "per the ministry", not a rate: "92 per cent", "per day")
        and (m.text.lower() != "per" or _PER_SOURCE.match(text, m.end) is not None)
    ]


_PER_SOURCE = re.compile(r"[ ](?:the[ ]|[A-Z])")


for _cache in (_actions_by_term, find_actions, find_frames):
    on_reload(_cache.cache_clear)  # they hold what the lexicons in force gave


def only_auxiliaries(text: str) -> bool:
    """True when `text` holds nothing but auxiliaries and adverbs ("were reportedly")."""
    return all(w.lower() in _AUX for w in _WORD.findall(text) if w not in _NOT_WORDS)


# A comma or quotation mark between a noun and its verb ("had \"laid down their arms\"")
_NOT_WORDS = frozenset(',"“”')


# ", including 122 children,": a comma inside a figure ("150,000") does not close it
_PARENTHETICAL = re.compile(
    r",[ ](?:including|among them|of whom|of which)(?:[^,;]|,(?=\d{3})){0,60},(?!\d{3})"
    r"|,[ ]aged[ ]\d{1,3}(?:[ ](?:and|to)[ ]\d{1,3})?,"  # "One man, aged 62, was killed"
    # bare ages: "One man, 54, was killed", "Two women, 54 and 61, were killed"
    r"|,[ ]\d{1,2}(?:(?:,[ ]\d{1,2})*,?[ ]and[ ]\d{1,2})?,"
    r"|,[ ]an?[ ]\d{1,3}-year-old[ ][a-z]+,"  # "One civilian, a 63-year-old man, was killed"
    # "One crew member, a Filipino national aged 47, was killed"
    r"|,[ ]an?[ ](?:[\w-]+[ ]){1,3}aged[ ]\d{1,3},"
)
# right after the counted noun, a participle, a relative clause or a description between
# commas: "Two truck drivers, waiting in the queue at the gate, were injured", "Two
# civilians, who were sheltering in the basement, were killed", "Two people, both women,",
# "two residents, a woman and her 15-year-old son, were injured"
_NOUN_ASIDE = re.compile(
    # (after what the noun is of: "About 9,000 hectares of the office's forests, in ...,")
    r"(?:[ ]of[ ][^,;\d]{1,40})?(?:"
    r",[ ](?:[a-z]+ing|who|which|both|all|mostly|an?)[ ](?:[^,;\d]|\d{1,2}-year-old){1,60},[ ]"
    # where they are: "About 9,000 hectares of forest, in the Esman district, remain occupied"
    r"|,[ ](?:in|on|near|around|along|across|inside|outside)[ ][^,;\d]{1,60},[ ]"
    # the names of those counted: "Two of our volunteer drivers, Serhiy and Mykola, were"
    r"|,[ ][A-Z][a-z]+(?:,[ ][A-Z][a-z]+)*[ ]and[ ][A-Z][a-z]+,[ ])"
)
# A relative clause of having between a verb (or a list item) and a number: "remained in
# Kostiantynivka, a city that had about 67,000 residents" (what the city had, not who remained)
RELATIVE_HAVING = re.compile(
    r"\b(?:which|that|who)[ ]+(?:once[ ]+|still[ ]+)?(?:had|has|have|housed|numbered)\b"
    # (not an auxiliary: "which has trained over 56,000 since 2022")
    r"(?![ ]+(?:\w+ed|been|\w+en|lost|shot|hit|held|built|brought|sent|fought|made|won|got)\b)",
    re.IGNORECASE,
)
_SAYING = frozenset("said says added told reported stated noted announced".split())
_BE = frozenset("was were is are been being remain remained remains".split())
_HAVE = frozenset({"have", "has", "had"})
# Verbs whose subject is the one counted, in the perfect: "athletes and coaches have served",
# "members have joined the army", "residents have fled"
_SUBJECT_UNDERGOES = frozenset(
    "joined served gone returned signed enlisted volunteered died fled left"
    # ("14 Il-76 transport aircraft have flown in since 1 March")
    " flown moved arrived relocated redeployed".split()
)


def passive_gap(text: str, verb: str = "") -> bool:
    """True when `text`, between a counted noun and a verb, lets the verb govern the noun as
    a passive: auxiliaries only ("drones were reportedly"), or a short modifier ending in an
    auxiliary ("residents of border villages in the Kursk region had been", "people,
    including 122 children, were", "drones and 38 missiles were"). A `verb` that opens with
    a copula brings its own ("residents of the district | remain in temporary shelters")."""
    lead = verb.split(None, 1)[0].lower() if verb else ""
    if lead in _BE:
        text = f"{text} {lead}"
    if only_auxiliaries(text):
        return True
    if aside := _NOUN_ASIDE.match(text):
        text = text[aside.end() - 1 :]
    text = _PARENTHETICAL.sub(" ", text)
    if only_auxiliaries(text):
        return True  # "4,218 people, including 613 children, have left the area"
    words = _WORD.findall(text)
    if not words or len(words) > 14 or any(w in ",;:()" for w in words):
        return False
    tail = [w.lower() for w in words]
    if not _SAYING.isdisjoint(tail):
        return False  # "14, including two children, and said 19 of the injured remained"
    if any(v == "and" and w == "that" for v, w in pairwise(tail)):
        return False  # "two missiles ... and that 41 of the drones had been": a new clause
    if tail and tail[-1] in _HAVE and lead in _SUBJECT_UNDERGOES:
        return True  # "58 of the adult members have joined the army": who joined
    while tail and tail[-1] in _AUX and tail[-1] not in _BE:
        tail.pop()  # adverbs after the auxiliary: "were reportedly"
    return bool(tail) and tail[-1] in _BE


def find_time_phrases(text: str) -> list[Span]:
    spans = [Span(m.start, m.end, m.text) for m in matcher("time").find(text)]
    if not tokens_of(text).vocabulary.isdisjoint(_TIME_GRAMMAR_WORDS):
        spans += [Span(m.start(), m.end(), m.group()) for m in _TIME_GRAMMAR.finditer(text)]
    return longest_first(spans)


def find_hedges(text: str) -> list[str]:
    seen: list[str] = []
    for m in matcher("hedges").find(text):
        term = normalise_term(m.payload["term"])
        if term not in seen:
            seen.append(term)
    return seen
