"""Turn a raw article into clean sentences that still point into the raw text.

Steps, each small and in this order: split into lines; drop site furniture (lexicon
`furniture`), blank lines and paragraphs seen before (a repeated title or block); repair
broken decimals and spaced abbreviations; split paragraphs into sentences. The clean text is
built through an `OffsetMap`, so any span of a sentence maps back to the raw text.
"""

import re
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from pipeline.lexicons import lexicon_dir, load_rows, on_reload
from pipeline.records import record
from pipeline.text.html import looks_like_html, visible_text
from pipeline.text.needles import folds_simply, prefixes, required, suffixes
from pipeline.text.offsets import OffsetMap

# Characters that are white space for our purposes but not for str.strip().
_SPACES = " \t\u00a0\u2007\u2009\u202f\u3000"
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
_STRIP = _SPACES + _INVISIBLE + "\r\f\v"

# "39. 6 million", "(7. 5 miles)": a point followed by one space inside a number, when the
# number goes on with a unit, multiplier or closing bracket. Bounded quantifiers only.
# (a scale or a unit after it, not a new sentence that opens with a count: "a girl aged 9.
# 1 high-rise building was damaged")
_BROKEN_DECIMAL = re.compile(
    r"(?<![\d.,])\d{1,3}(\.[ \u00a0])\d{1,3}(?=[ \u00a0]?(?:%|\)|(?:million|billion|trillion"
    r"|thousand|lakhs?|crores?|mln|bn|m|k|per[ ]?cent|percent|tonnes?|tons?|km|kilomet\w*|metres?"
    r"|meters?|square|rupees?|manats?|tenge"
    r"|bcm|hryvnias?|roubles?|rubles?|dollars?|euros?|pounds?|barrels?|cubic|points?|times"
    r"|degrees|hectares?|ha|mm|kg|miles?|mi|litres?|liters?|gallons?|sq)\b))"
)
# "U. S." -> "U.S.": single capitals separated by ". ".
_SPACED_ABBREVIATION = re.compile(r"(?<![A-Za-z])[A-Z](\.[ \u00a0])(?=[A-Z]\.)")
# Both repairs start with a lookbehind, which makes the regex engine try every position of
# every line. These gates start with the point, which it finds fast; a line runs a repair
# only when its gate matches.
# A unit written against its number: "4.5km", "300km²", "600MW" (not "155mm": a calibre)
_GLUED_UNIT = re.compile(r"(?<=\d)(?:km²|km2|km|MW|GW)(?![A-Za-z0-9])")
_REPAIRS = (
    (re.compile(r"\.(?<=\d\.)[ \u00a0]\d"), _BROKEN_DECIMAL),
    (re.compile(r"\.(?<=[A-Z]\.)[ \u00a0][A-Z]\."), _SPACED_ABBREVIATION),
)
# A wire-service dateline opening a paragraph: "KYIV/MOSCOW, Nov 25 (Reuters) - ",
# "KYIV/GENEVA, 12 November – ", "KYIV/WARSAW - ", "MOSCOW, November 19. /TASS/. "
_CITY = r"[A-Z][A-Z'.-]{1,30}"
_DATELINE = re.compile(
    rf"{_CITY}(?:[ /]{_CITY}){{0,3}}(?:,[ ][A-Z][a-z]{{2,20}}(?=,))?"  # "ODESA, Ukraine, March 18"
    r"(?:,[ ](?:\d{1,2}[ ])?[A-Z][a-z]{1,9}\.?(?:[ ]\d{1,2})?(?:[ ]\([A-Za-z][\w .&-]{0,30}\))?"
    r"|[ ]\([A-Za-z][\w .&-]{0,30}\))[ ]?[-–—][ ]"
    rf"|{_CITY}(?:/{_CITY}){{1,3}}[ ][-–—][ ]"
    rf"|{_CITY},[ ][A-Z][a-z]{{1,9}}[ ]\d{{1,2}}\.[ ]/[A-Z][A-Za-z-]{{1,20}}/\.[ ]"
)
# footnote markers, glued or after a space, alone or in runs: "Oblast.[13]", "troops [3],",
# "in imagery [1][5].", "[2, 3]"
_FOOTNOTE = re.compile(
    r"(?:(?<=[\w.,;:!?\"”’)\]])|[ ])\[\d{1,3}(?:[,–-][ ]?\d{1,3})*\](?=[\s.,;:!?)\[]|$)"
)
_BULLET = re.compile(r"[-•*–—·▪►→➤›»◦‣]\s|\d{1,2}[.)]\s")  # (or "1. " in a "Most read" list)
_ODD_SPACE = re.compile(f"[{_SPACES[1:]}]")
_INVISIBLE_CHAR = re.compile(f"[{_INVISIBLE}]")

# Words after which a point does not end a sentence.
_ABBREVIATIONS = frozenset(
    (
        "mr mrs ms dr gen lt col maj capt sgt st no vs etc inc corp jr sr approx est dept gov sen"
        " rep jan feb mar apr jun jul aug sep sept oct nov dec fig"
    ).split()
)
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
# Labels numbered before a title: "Table 1. Russian gains by direction"
_NUMBERED_LABELS = frozenset({"Table", "Chart", "Figure", "Map", "Graphic"})
# Both branches start with the point: the regex engine skips to the next [.!?].
_SENTENCE_END = re.compile(
    r"(?=[.!?])(?:"  # (a common start the engine skips to: twice as fast as the bare branches)
    r"[.!?]+[\"”’)\]]*(?=[ \u00a0]+[\"“‘(\[]?[A-Z0-9])"  # ". Next", '." Next'
    r"|[.!?](?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"  # "jets.These": a missing space
    r")"
)


@record
class Sentence:
    """A sentence of the clean text: `[start, end)` in clean-text indices."""

    index: int
    paragraph: int
    start: int
    end: int


@dataclass(slots=True)
class CleanedArticle:
    title: str | None
    offsets: OffsetMap
    sentences: list[Sentence] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.offsets.text

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]


# A furniture pattern that is plain lower-case text ("all rights reserved").
_PLAIN = re.compile(r"[a-z0-9 ]+")


class _Furniture(NamedTuple):
    """A row of the furniture lexicon, read for fast matching (a tuple: unpacked in a loop)."""

    plain: str | None  # the pattern, when it is plain lower-case text
    starts: tuple[str, ...] | None  # its prefixes (`needles.prefixes`)
    ends: tuple[str, ...] | None  # its suffixes (`needles.suffixes`)
    found: tuple[tuple[str, ...], ...]  # sets of needles, one of each in every match
    pattern: re.Pattern[str]
    reason: str


@cache
def _furniture_patterns(directory: str) -> tuple[_Furniture, ...]:
    rows = load_rows("furniture", directory)
    return tuple(
        _Furniture(
            row["pattern"] if _PLAIN.fullmatch(row["pattern"]) else None,
            prefixes(row["pattern"]),
            suffixes(row["pattern"]),
            tuple(g for g in required(row["pattern"]) if all(map(_telling, g))),
            re.compile(row["pattern"], re.IGNORECASE),
            row["reason"],
        )
        for row in rows
    )


def _telling(needle: str) -> bool:
    """Whether finding `needle` in a line tells much: not a single letter, digit or space."""
    return len(needle) > 1 or not (needle.isalnum() or needle.isspace())


def _cost(needles: tuple[str, ...]) -> tuple[int, int]:
    """What a set of needles costs as a gate: a scan of every line for each, and, for a
    needle so short or common that most lines hold it (".", "or"), the tests of the pattern's
    other needles in those lines too (as much again, roughly, as three more scans)."""
    return sum(4 if _common(n) else 1 for n in needles), -min(map(len, needles))


def _common(needle: str) -> bool:
    """A needle of article text as much as of furniture: a word of three letters or fewer
    ("or", "and"), or a mark of prose punctuation."""
    return len(needle) <= 3 and all(c.isalnum() or c in _PROSE_MARKS for c in needle)


_PROSE_MARKS = " .,:;!?'\"()-/"


class _Gates(NamedTuple):
    """Which patterns a line may match, from the cheapest test each pattern allows: the
    line's start, its end, or the fewest needles one of which it holds (a line of article
    text is tested for every pattern's, so their number is the cost; a line that passes
    one is tested for the pattern's other needles before its search)."""

    starts: tuple[str, ...]  # every prefix
    ends: tuple[str, ...]  # every suffix of a pattern with no prefix
    by_start: tuple[int, ...]  # the patterns with prefixes
    by_end: tuple[int, ...]  # the patterns with suffixes and no prefix
    by_needle: dict[str, tuple[int, ...]]  # needle -> the other patterns it lets through
    always: tuple[int, ...]  # patterns with no gate, searched in every line


@cache
def _furniture_gates(directory: str) -> _Gates:
    patterns = _furniture_patterns(directory)
    by_needle: dict[str, list[int]] = {}
    by_start, by_end, always = [], [], []
    for i, f in enumerate(patterns):
        if f.starts is not None:
            by_start.append(i)
        elif f.ends is not None:
            by_end.append(i)
        elif f.found:
            for needle in min(f.found, key=_cost):
                by_needle.setdefault(needle, []).append(i)
        else:
            always.append(i)
    return _Gates(
        tuple(s for i in by_start for s in patterns[i].starts),
        tuple(e for i in by_end for e in patterns[i].ends),
        tuple(by_start),
        tuple(by_end),
        {needle: tuple(found) for needle, found in by_needle.items()},
        tuple(always),
    )


on_reload(_furniture_patterns.cache_clear)  # a folder's file may have changed
on_reload(_furniture_gates.cache_clear)


def furniture_reason(line: str) -> str | None:
    """Why `line` (stripped) is site furniture, or None when it is article text.

    A case-insensitive search costs the regex engine a try at every position of the line, and
    most lines are article text. So a pattern is searched only in a line whose lower case
    starts with one of its prefixes, ends with one of its suffixes and holds one of each of
    its sets of needles (`pipeline.text.needles`); a pattern of plain text found in an ASCII
    line needs no search at all. Each pattern is first looked for by its cheapest gate, so a
    line of article text costs a test of its two ends and of a few dozen needles."""
    patterns = _furniture_patterns(lexicon_dir())
    ascii_line = line.isascii()
    if not (ascii_line or folds_simply(line)):
        # (a character whose lower case is irregular: a needle's absence proves nothing)
        return next((f.reason for f in patterns if f.pattern.search(line)), None)
    lowered = line.lower()
    gates = _furniture_gates(lexicon_dir())
    candidates = [
        i for needle, found in gates.by_needle.items() if needle in lowered for i in found
    ]
    if gates.always:
        candidates += gates.always
    if lowered.startswith(gates.starts):
        candidates += (i for i in gates.by_start if lowered.startswith(patterns[i].starts))
    if gates.ends and lowered.endswith(gates.ends):
        candidates += (i for i in gates.by_end if lowered.endswith(patterns[i].ends))
    for i in sorted(set(candidates)) if len(candidates) > 1 else candidates:
        plain, starts, ends, found, pattern, reason = patterns[i]
        if starts is not None and not lowered.startswith(starts):
            continue
        if ends is not None and not lowered.endswith(ends):
            continue
        if not all(any(n in lowered for n in needles) for needles in found):
            continue
        if (plain is not None and ascii_line) or pattern.search(line):
            return reason
    return None


def _paragraph_key(line: str) -> str:
    return " ".join(_INVISIBLE_CHAR.sub("", line).lower().split())


def _looks_like_title(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 25 and not line.rstrip("\"”’'").endswith((".", "!", "?", ":"))


def _looks_like_link(line: str) -> bool:
    """A headline in a list of links: a title, which may ask ("Brief #93 — North Korean
    shells: 40% of Russia's artillery ammunition?")."""
    words = line.split()
    return 2 <= len(words) <= 25 and not line.rstrip("\"”’'").endswith((".", ":"))


def _append_line(out: OffsetMap, raw: str, start: int, end: int) -> None:
    """Copy raw[start:end] into `out`, applying the in-line repairs."""
    line = raw[start:end]
    edits: list[tuple[int, int, str]] = []
    for gate, pattern in _REPAIRS:
        if gate.search(line):
            edits += [(m.start(1), m.end(1), ".") for m in pattern.finditer(line)]
    if "km" in line or "MW" in line or "GW" in line:
        # "advanced 4.5km", "300km2", "600MW": a unit glued to its number is a word of its own
        edits += [(m.start(), m.start(), " ") for m in _GLUED_UNIT.finditer(line)]
    if "[" in line:  # footnote markers: "Rostov Oblast.[13] The Air Force"
        edits += [(m.start(), m.end(), "") for m in _FOOTNOTE.finditer(line)]
    if not line.isascii() or "\t" in line:  # (the only odd space, or invisible, in ASCII)
        edits += [(m.start(), m.end(), " ") for m in _ODD_SPACE.finditer(line)]
        edits += [(m.start(), m.end(), "") for m in _INVISIBLE_CHAR.finditer(line)]
    cursor = 0
    for lo, hi, text in sorted(edits):
        if lo < cursor:  # overlapping edits: the first one wins
            continue
        out.copy(raw, start + cursor, start + lo)
        out.rewrite(text, start + lo, start + hi)
        cursor = hi
    out.copy(raw, start + cursor, end)


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of `text[start:end]` (one paragraph), trimmed of white space."""
    spans, cursor = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        before = text[cursor : match.start()].rsplit(None, 1)
        last_word = before[-1].lower().rstrip(".") if before else ""
        if last_word in _ABBREVIATIONS or _INITIALS.fullmatch(last_word):
            continue  # "Lt. Gen", "U.S. officials", an initial
        if (
            last_word.isdigit()
            and len(last_word) <= 2
            and (len(before) == 1 or before[0].rsplit(None, 1)[-1] in _NUMBERED_LABELS)
        ):
            continue  # "1. The first point", "Table 1. Russian gains": a numbered marker
        if text.startswith("....", match.start()):
            continue  # "Japan ........ 28": dot leaders between a table's label and figure
        spans.append((cursor, stop))
        cursor = stop
    spans.append((cursor, end))
    trimmed = []
    for lo, hi in spans:
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi > lo:
            trimmed.append((lo, hi))
    return trimmed


# A list line: a label, then a dash or colon, then its figure
_LABELLED_FIGURE = re.compile(r"[^\d]{1,80}?[ ]?[‒–—:-][ ]*[~≈]?\d")
# A line that opens with a scale word, which the number on the line before takes
_SCALE_FIRST = re.compile(r"(?:thousand|million|billion|trillion|bn)\b")
# A line that is only a figure, as a page of figures sets it over its caption ("1,184" over
# "attack drones launched by Russia ...", "About 1,030", "⚠ 6", "37 km²", "€1.9 billion"):
# the caption goes on from it
_FIGURE_ONLY = re.compile(
    r"(?:[⚠*•►▶]\s*)?(?:(?:about|around|almost|nearly|over|more than|at least|up to|some"
    r"|roughly|fewer than|less than|between)\s+)?[$€£₴]?\d[\d,. \u00a0]*"
    r"(?:\s*(?:%|km²|km2|sq km|km|thousand|million|billion|trillion|bn|mln))?"
    r"(?:\s+(?:and|to)\s+[$€£₴]?\d[\d,.]*(?:\s*(?:%|km²|thousand|million|billion|bn))?)?",
    re.IGNORECASE,
)
# How a line that ends a sentence or a block ends: not wrapped mid-sentence
_CLOSED = tuple('.!?:;"”’)]|')


def _goes_on(before: str, line: str) -> bool:
    """Whether `line` (stripped) goes on from the line `before` it, which ends open."""
    if (
        line[:1].islower()
        and (
            len(before) >= 50  # (prose, not a list's short line)
            # (or a number cut from its scale word: "The city spent 948" / "million hryvnias on
            # housing repairs")
            or (before.rstrip()[-1:].isdigit() and _SCALE_FIRST.match(line) is not None)
        )
        and not _LABELLED_FIGURE.match(line)  # (nor a list's next "tanks – 11,512")
    ):
        return True
    # a caption under its figure: "2,140" / "people evacuated from ...", "7,460" / "Russian
    # personnel losses (killed and wounded) ..."
    return line[:1].isalpha() and _FIGURE_ONLY.fullmatch(before.strip(_STRIP)) is not None


def clean_article(raw: str) -> CleanedArticle:
    """Clean `raw` into paragraphs and sentences with an offset map back into `raw`.

    An HTML page is first reduced to its visible text; offsets still point into the page."""
    if looks_like_html(raw):
        visible = visible_text(raw)
        cleaned = _clean_text(visible.text)
        cleaned.offsets = cleaned.offsets.compose(visible)
        return cleaned
    return _clean_text(raw)


# A cell of a table that holds a figure: "| 408 |", "| 1 250", "| ~30 |", or opens with one:
# "| €500 million |", "| 2 IRIS-T SLM systems, ammunition |"
_FIGURE_CELL = re.compile(
    r"(?:^|\|)[ \t]*[~≈]?\d[\d.,\u00a0 ]*%?[ \t]*(?:\||$)"
    r"|(?:^|\|)[ \t]*(?:[~≈]|about[ ]|up[ ]to[ ])?[€$£₴]?\d[\d.,]*(?:[ ](?:million|billion))?[ ]"
)


def _table_lines(lines: list[str]) -> frozenset[int]:
    """Indices of the lines of tables: runs of two or more lines with cells separated by "|"
    of which at least one line has a cell that is a figure (its header row included)."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if "|" in line:
            run.append(i)
            continue
        if len(run) >= 2 and any(_FIGURE_CELL.search(lines[j].strip()) for j in run):
            found.update(run)
        run = []
    return frozenset(found)


def _clean_text(raw: str) -> CleanedArticle:
    out = OffsetMap()
    dropped: dict[str, int] = {}
    seen: set[str] = set()
    title: str | None = None
    paragraphs: list[tuple[int, int]] = []
    position = 0
    in_links = after_blank = False
    last_line, open_end = -2, False  # the last line kept, and whether it ends mid-sentence
    lines = raw.split("\n")
    tables = _table_lines(lines) if "|" in raw else frozenset()
    for index, line in enumerate(lines):
        line_start, position = position, position + len(line) + 1
        stripped = line.strip(_STRIP)
        joined, after_blank = not after_blank, not stripped
        if not stripped:
            continue
        reason = furniture_reason(stripped)
        if reason == "menu" and index in tables:
            reason = None  # "Kh-101 | 21 | –": a row of a table of figures, not a menu
        if (
            reason is None
            and in_links
            and (_BULLET.match(stripped) or (joined and _looks_like_link(stripped)))
        ):
            # the items of a "Related stories" list: bullets, or the headlines set right
            # under it ("Read also:" / "Putin congratulates Russians on National Unity Day")
            reason = "navigation"
        in_links = reason == "navigation"
        key = _paragraph_key(stripped)
        if reason is None and key in seen:
            reason = (
                "repeated_title"
                if title is not None and key == _paragraph_key(title)
                else "repeated_paragraph"
            )
        if reason is not None:
            dropped[reason] = dropped.get(reason, 0) + 1
            continue
        seen.add(key)
        if title is None and not paragraphs and _looks_like_title(stripped):
            title = stripped
        lead = len(line) - len(line.lstrip(_STRIP))
        lo, hi = line_start + lead, line_start + lead + len(stripped)
        if last_line == index - 1 and open_end and _goes_on(lines[index - 1], stripped):
            # a line wrapped mid-sentence: "... to about 4.3" / "million rounds, the report
            # says." goes on in the same paragraph, a space for the line break
            out.rewrite(" ", lo, lo)
            _append_line(out, raw, lo, hi)
            paragraphs[-1] = (paragraphs[-1][0], out.length)
            last_line, open_end = index, not stripped.endswith(_CLOSED)
            continue
        dateline = _DATELINE.match(raw, lo, hi)
        if dateline:
            dropped["dateline"] = dropped.get("dateline", 0) + 1
            lo = dateline.end()
        if out.length:
            out.rewrite("\n", lo, lo)
        para_start = out.length
        _append_line(out, raw, lo, hi)
        paragraphs.append((para_start, out.length))
        last_line, open_end = index, not stripped.endswith(_CLOSED)
    text = out.text
    sentences = []
    for number, (lo, hi) in enumerate(paragraphs):
        for s_lo, s_hi in split_sentences(text, lo, hi):
            sentences.append(Sentence(len(sentences), number, s_lo, s_hi))
    return CleanedArticle(title, out, sentences, dropped)


def title_of(raw: str) -> str | None:
    """The headline of an article: its first kept line, if it reads as one. Cheap: it stops
    at the first line of article text instead of cleaning the whole article."""
    text = visible_text(raw[:20000]).text if looks_like_html(raw) else raw
    for line in text.split("\n", 50)[:50]:
        stripped = line.strip(_STRIP)
        if not stripped or furniture_reason(stripped) is not None:
            continue
        return stripped if _looks_like_title(stripped) else None
    return None
