"""Map positions in a cleaned text back to the raw text it was made from.

Cleaning drops lines and rewrites a few characters ("39. 6" -> "39.6"). Every piece of the
clean text remembers the raw range it came from, so a span found in clean text can be turned
into a span of the raw text: `raw_text[start:end]` is then the surface as the source wrote it.
"""

import json
from bisect import bisect_right
from dataclasses import dataclass, field

from pipeline.records import record


@record
class Piece:
    """Clean text at `clean_start` holds `raw_text[raw_start:raw_end]`, verbatim or rewritten."""

    clean_start: int
    clean_len: int
    raw_start: int
    raw_end: int
    verbatim: bool


@dataclass(slots=True)
class OffsetMap:
    """Clean-text builder that records, for every piece appended, where it came from."""

    parts: list[str] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    length: int = 0

    def copy(self, raw: str, start: int, end: int) -> None:
        """Append `raw[start:end]` unchanged."""
        if end > start:
            self._add(raw[start:end], start, end, verbatim=True)

    def rewrite(self, text: str, raw_start: int, raw_end: int) -> None:
        """Append `text` as the rewritten form of `raw[raw_start:raw_end]`."""
        self._add(text, raw_start, raw_end, verbatim=False)

    def _add(self, text: str, raw_start: int, raw_end: int, verbatim: bool) -> None:
        if not text:
            return
        self.pieces.append(Piece(self.length, len(text), raw_start, raw_end, verbatim))
        self.starts.append(self.length)
        self.parts.append(text)
        self.length += len(text)

    @property
    def text(self) -> str:
        """The clean text so far. The parts are joined once and kept joined: a caller that
        reads the text once per sentence would otherwise copy the article every time."""
        if len(self.parts) > 1:
            self.parts[:] = ["".join(self.parts)]
        return self.parts[0] if self.parts else ""

    def _piece_at(self, pos: int) -> Piece:
        return self.pieces[max(0, bisect_right(self.starts, pos) - 1)]

    def raw_start(self, pos: int) -> int:
        """Raw index of the clean character at `pos`."""
        piece = self._piece_at(pos)
        offset = pos - piece.clean_start
        return piece.raw_start + offset if piece.verbatim else piece.raw_start

    def raw_end(self, pos: int) -> int:
        """Raw index just past the clean character at `pos - 1` (an exclusive span end)."""
        piece = self._piece_at(pos - 1)
        offset = pos - piece.clean_start
        return piece.raw_start + offset if piece.verbatim else piece.raw_end

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw `[start, end)` for the clean span `[start, end)`."""
        return self.raw_start(start), self.raw_end(end)

    def slice(self, start: int, end: int) -> "OffsetMap":
        """The map of the clean sub-text `[start, end)`, re-based to start at 0."""
        out = OffsetMap()
        text = self.text
        i = max(0, bisect_right(self.starts, start) - 1)
        while i < len(self.pieces) and self.pieces[i].clean_start < end:
            p = self.pieces[i]
            lo, hi = max(start, p.clean_start), min(end, p.clean_start + p.clean_len)
            if hi > lo:
                if p.verbatim:
                    delta = p.raw_start - p.clean_start
                    out._add(text[lo:hi], lo + delta, hi + delta, verbatim=True)
                else:
                    out._add(text[lo:hi], p.raw_start, p.raw_end, verbatim=False)
            i += 1
        return out

    def to_flat(self) -> list[int]:
        """Pieces as a flat integer list (5 per piece), for storage in a table column."""
        flat: list[int] = []
        for p in self.pieces:
            flat += [p.clean_start, p.clean_len, p.raw_start, p.raw_end, int(p.verbatim)]
        return flat

    @classmethod
    def from_flat(cls, text: str, flat: list[int]) -> "OffsetMap":
        """Rebuild the map of `text` from `to_flat()` output."""
        out = cls()
        for i in range(0, len(flat), 5):
            cs, cl, rs, re_, verb = flat[i : i + 5]
            out._add(text[cs : cs + cl], rs, re_, verbatim=bool(verb))
        return out

    def compose(self, outer: "OffsetMap") -> "OffsetMap":
        """This map read through `outer`: when this map points into `outer`'s text, the
        result points straight into `outer`'s source (HTML page -> visible text -> clean)."""
        out = OffsetMap()
        text = self.text
        for p in self.pieces:
            piece_text = text[p.clean_start : p.clean_start + p.clean_len]
            if not p.verbatim or p.raw_end <= p.raw_start:
                lo = outer.raw_start(p.raw_start) if outer.pieces else p.raw_start
                hi = outer.raw_end(p.raw_end) if outer.pieces and p.raw_end > p.raw_start else lo
                out._add(piece_text, lo, max(lo, hi), verbatim=False)
                continue
            i = max(0, bisect_right(outer.starts, p.raw_start) - 1)
            while i < len(outer.pieces) and outer.pieces[i].clean_start < p.raw_end:
                o = outer.pieces[i]
                lo, hi = (
                    max(p.raw_start, o.clean_start),
                    min(p.raw_end, o.clean_start + o.clean_len),
                )
                if hi > lo:
                    sub = piece_text[lo - p.raw_start : hi - p.raw_start]
                    if o.verbatim:
                        delta = o.raw_start - o.clean_start
                        out._add(sub, lo + delta, hi + delta, verbatim=True)
                    else:
                        out._add(sub, o.raw_start, o.raw_end, verbatim=False)
                i += 1
        return out


class StoredOffsets:
    """The offset map of a stored sentence (`OffsetMap.to_flat` output, as a list or as the
    text DuckDB gives for an INTEGER[]: "[0, 49, 0, 49, 1]"), rebuilt on first use: most
    sentences hold no claim, so most maps are never read."""

    __slots__ = ("_flat", "_map", "_text")

    def __init__(self, text: str, flat: list[int] | str):
        self._text, self._flat, self._map = text, flat, None

    @property
    def map(self) -> OffsetMap:
        if self._map is None:
            flat = json.loads(self._flat) if isinstance(self._flat, str) else self._flat
            self._map = OffsetMap.from_flat(self._text, flat)
        return self._map

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.map.raw_span(start, end)

    def slice(self, start: int, end: int) -> OffsetMap:
        return self.map.slice(start, end)
