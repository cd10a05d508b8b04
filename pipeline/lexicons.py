"""Lexicons: the domain vocabulary, kept as CSV files under `data/lexicons/` that users extend.

Every file has `#` comment lines that say what a row means, then a header row. Terms are matched
case-insensitively on whole words, longest first; inner white space matches any white space.
The folder can be swapped with the `CLAIMS_LEXICON_DIR` environment variable.
"""

import csv
import os
import re
from collections.abc import Callable
from functools import cache
from itertools import accumulate, pairwise
from pathlib import Path

from pipeline.records import record

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicons"


class LexiconError(ValueError):
    """A lexicon file is missing, or a row does not fit its header."""


_DEFAULT_DIR_KEY = str(DEFAULT_DIR)
_dir_in_force: str | None = None


def lexicon_dir() -> str:
    """The lexicon folder in force (CLAIMS_LEXICON_DIR, else data/lexicons), as a cache key.

    Read once per process, as it sits on the hot path of every sentence; `reload_lexicons()`
    reads it again (tests that point it elsewhere call that)."""
    global _dir_in_force
    if _dir_in_force is None:
        _dir_in_force = os.environ.get("CLAIMS_LEXICON_DIR") or _DEFAULT_DIR_KEY
    return _dir_in_force


_reload_hooks: list[Callable[[], object]] = []


def on_reload(clear: Callable[[], object]) -> None:
    """Have `reload_lexicons` call `clear`: for a cache, elsewhere, of what lexicons gave
    (`find_frames` of a sentence, the compiled furniture patterns of a folder)."""
    _reload_hooks.append(clear)


def reload_lexicons() -> None:
    """Forget the lexicon folder and everything loaded from it."""
    global _dir_in_force
    _dir_in_force = None
    load_rows.cache_clear()
    _matchers.clear()
    _recent.clear()  # tokens keep the results of the old matchers
    for clear in _reload_hooks:
        clear()


@cache
def load_rows(name: str, directory: str | None = None) -> tuple[dict[str, str], ...]:
    """Rows of `<directory>/<name>.csv` as dicts, comments and blank lines skipped."""
    path = Path(directory or lexicon_dir())
    path = path / f"{name}.csv"
    if not path.is_file():
        raise LexiconError(f"lexicon {name!r} not found at {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(lines)
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row or any(value is None for value in row.values()):
            raise LexiconError(
                f"{path}: data row {number} does not match the header {reader.fieldnames}"
            )
        rows.append({key.strip(): (value or "").strip() for key, value in row.items()})
    return tuple(rows)


def normalise_term(term: str) -> str:
    return " ".join(term.lower().replace("\u2019", "'").split())


def plural_forms(term: str) -> list[str]:
    """Regular English plurals of the last word: drone -> drones, bus -> buses, city -> cities."""
    head, _, last = term.rpartition(" ")
    prefix = f"{head} " if head else ""
    if last.endswith("s") and not last.endswith("ss"):
        return []
    if last.endswith(("ss", "sh", "ch", "x", "z")):
        return [f"{prefix}{last}es"]
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return [f"{prefix}{last[:-1]}ies"]
    return [f"{prefix}{last}s"]


def trie_pattern(terms) -> str:
    """One regular expression for many phrases, factored by shared prefixes.

    A flat alternation of hundreds of phrases is tried phrase by phrase at every position;
    the trie tries each character once. Optional tails are greedy, so the longest phrase wins,
    and they backtrack, so a shorter phrase still matches when a longer one does not fit.
    """
    trie: dict = {}
    for term in terms:
        node = trie
        for char in term:
            node = node.setdefault(char, {})
        node[""] = {}

    def serialise(node: dict) -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + serialise(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return serialise(trie)


@record
class Match:
    start: int
    end: int
    text: str
    payload: dict[str, str]


# Words are runs of word characters; every other visible character is a token of its own.
_TOKEN = re.compile(r"\w+|[^\w\s]")
# Split by the tokens, it gives gaps and tokens in turn, and their lengths give the offsets.
_TOKEN_SPLIT = re.compile(r"(\w+|[^\w\s])")
_GLUED, _SPACED = "+", " "


class Tokens:
    """A text cut into lower-cased tokens, with where each starts and ends, built once per text
    and shared by every matcher that reads it (`found` keeps each matcher's whole-text result)."""

    __slots__ = ("_positions", "ends", "found", "starts", "text", "vocabulary", "words")

    def __init__(self, text: str):
        self.text = text
        lowered = text.lower()
        if len(lowered) != len(text):  # a character whose lower case is longer ("İ") stays
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        lowered = lowered.replace("\u2019", "'")  # one character for one: offsets hold
        parts = _TOKEN_SPLIT.split(lowered)  # gap, token, gap, ..., token, gap
        bounds = list(accumulate(map(len, parts)))  # where each part ends
        self.words: list[str] = parts[1::2]
        self.starts = bounds[0:-1:2]  # a token starts where the gap before it ends
        self.ends = bounds[1::2]
        self.vocabulary = set(self.words)
        self.found: dict[PhraseMatcher, list] = {}
        self._positions: dict[str, list[int]] | None = None

    def positions(self, words: set[str]) -> list[int]:
        """Indices of the tokens that are one of `words`, in order."""
        if self._positions is None:
            self._positions = {}
            for i, w in enumerate(self.words):
                self._positions.setdefault(w, []).append(i)
        if len(words) == 1:
            return self._positions[next(iter(words))]
        return sorted(i for w in words for i in self._positions[w])


_recent: dict[str, Tokens] = {}


def tokens_of(text: str) -> Tokens:
    """Tokens of `text`, from a small cache: a sentence is read by a dozen matchers in a row."""
    found = _recent.get(text)
    if found is None:
        if len(_recent) >= 16:
            _recent.clear()
        found = _recent[text] = Tokens(text)
    return found


class PhraseMatcher:
    """Finds lexicon terms in text: whole words, case-insensitive, longest match first; a
    term written in capitals (an acronym: "US") does not match a word in lower case ("us").

    Terms are kept in a trie of tokens; a text is tokenised once (`tokens_of`) and only the
    tokens that can start a term are walked, so a sentence with no term costs one set
    intersection. A term matches where it is not preceded by a word character or a hyphen and
    not followed by a word character; a space in a term matches any white space or a hyphen
    ("air-defence system"), and no space matches none ("U.S." does not match "U. S.").
    """

    def __init__(
        self,
        rows: tuple[dict[str, str], ...] | list[dict[str, str]],
        key: str,
        plurals: bool = False,
    ):
        self.by_term: dict[str, dict[str, str]] = {}
        for row in rows:
            term = normalise_term(row[key])
            if term:
                self.by_term.setdefault(term, row)
        if plurals:
            for term, row in list(self.by_term.items()):
                for form in plural_forms(term):
                    self.by_term.setdefault(form, row)
        self.root: dict[str, dict] = {}
        for term, row in self.by_term.items():
            spans = [m.span() for m in _TOKEN.finditer(term)]
            node = self.root.setdefault(term[: spans[0][1]], {})
            for (_, before), (s, e) in pairwise(spans):
                node = node.setdefault((_GLUED if s == before else _SPACED) + term[s:e], {})
            node.setdefault("", row)  # the end of a term, holding its row
        self.first = frozenset(self.root)
        # Acronyms ("US", "UN", "UAV") do not match a word in lower case: "told us" is not the
        # United States (title case still matches: "Nato")
        self.acronyms = frozenset(id(row) for row in self.by_term.values() if row[key].isupper())

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Terms in `text[start:end]`, left to right, each the longest that fits there."""
        toks = tokens_of(text)
        if start == 0 and end is None:
            found = toks.found.get(self)
            if found is None:
                found = toks.found[self] = self._find(toks, 0, len(text))
            return found
        return self._find(toks, start, len(text) if end is None else end)

    def _find(self, toks: Tokens, start: int, end: int) -> list[Match]:
        hits = self.first & toks.vocabulary
        if not hits:
            return []
        text, starts, ends, words = toks.text, toks.starts, toks.ends, toks.words
        n_words = len(words)
        hyphens = "-" in toks.vocabulary
        found: list[Match] = []
        free_from = start
        # The innermost loop of extraction, written out: a word character is alphanumeric or
        # "_"; a term's next token is keyed glued ("+") or spaced (" ") to the one before.
        for i in toks.positions(hits):
            begin = starts[i]
            if begin < free_from or ends[i] > end:
                continue
            if begin and ((c := text[begin - 1]) == "-" or c.isalnum() or c == "_"):
                continue
            node, j, best = self.root[words[i]], i, None
            while True:
                stop = ends[j]
                if "" in node and (stop == end or not ((c := text[stop]).isalnum() or c == "_")):
                    best = (stop, node[""])
                j += 1
                if j == n_words or ends[j] > end:
                    break
                glued = stop == starts[j]
                node_after = node.get((_GLUED if glued else _SPACED) + words[j])
                if (
                    hyphens
                    and glued
                    and words[j] == "-"
                    and j + 1 < n_words
                    and ends[j] == starts[j + 1]
                ):
                    # a hyphen for a space: "air-defence systems" for "air defence system"
                    spaced = node.get(_SPACED + words[j + 1])
                    if spaced is not None and ends[j + 1] <= end:
                        node_after, j = spaced, j + 1
                node = node_after
                if node is None:
                    break
            if best is not None:
                surface = text[begin : best[0]]
                if id(best[1]) in self.acronyms and surface.islower():
                    continue
                found.append(Match(begin, best[0], surface, best[1]))
                free_from = best[0]
        return found

    def lookup(self, term: str) -> dict[str, str] | None:
        """The row of `term`, as written or as matched: a hyphen may stand for a space."""
        row = self.by_term.get(normalise_term(term))
        if row is None and "-" in term:
            row = self.by_term.get(normalise_term(term.replace("-", " ")))
        return row


_matchers: dict[tuple[str, str, bool], PhraseMatcher] = {}


def matcher(name: str, key: str = "term", plurals: bool = False) -> PhraseMatcher:
    """A matcher over lexicon `name` of the current lexicon folder, keyed on column `key`.
    Asked for dozens of times per sentence: a plain dict answers, which `reload_lexicons`
    empties."""
    found = _matchers.get((name, key, plurals))
    if found is None:
        rows = load_rows(name, lexicon_dir())
        found = _matchers[(name, key, plurals)] = PhraseMatcher(rows, key, plurals)
    return found
