"""Visible text of an HTML page, with every character mapped back to the page source.

Numbers must come from what a reader sees: text between tags, entities decoded, and nothing
from attributes, scripts, styles or comments. Block-level tags break paragraphs. The scanner
is a single forward pass with `str.find`, so malformed or hostile markup costs linear time.
"""

import html
import re

from pipeline.text.offsets import OffsetMap

_TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9:-]{0,30})")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_HTML_HINT = re.compile(
    r"<(?:!doctype html|html|head|body|p|div|br|span|a|script|meta|title)\b", re.I
)
INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})
BLOCK = frozenset(
    (
        "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table thead tbody section article header"
        " footer blockquote pre title figcaption figure nav aside main hr dd dt dl form"
        " caption td th address"
    ).split()
)


def looks_like_html(text: str) -> bool:
    """True for a page of markup, not for prose that mentions a "<" or two."""
    head = text[:5000].lstrip("\ufeff \n\r\t").lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    return len(_HTML_HINT.findall(head)) >= 3


def _append_text(out: OffsetMap, raw: str, start: int, end: int) -> None:
    cursor = start
    for m in _ENTITY.finditer(raw, start, end):
        out.copy(raw, cursor, m.start())
        out.rewrite(html.unescape(m.group()).replace("\u00a0", " "), m.start(), m.end())
        cursor = m.end()
    out.copy(raw, cursor, end)


def visible_text(raw: str) -> OffsetMap:
    """The text a browser would show, as an OffsetMap into `raw` (paragraphs on lines)."""
    out = OffsetMap()
    lower = raw.lower()
    pos, n = 0, len(raw)
    while pos < n:
        lt = raw.find("<", pos)
        if lt < 0:
            _append_text(out, raw, pos, n)
            break
        _append_text(out, raw, pos, lt)
        if raw.startswith("<!--", lt):
            close = raw.find("-->", lt + 4)
            pos = n if close < 0 else close + 3
            continue
        name = _TAG_NAME.match(raw, lt)
        if name is None and not raw.startswith(("<!", "<?"), lt):
            out.copy(raw, lt, lt + 1)  # a bare "<" in text
            pos = lt + 1
            continue
        gt = raw.find(">", lt)
        if gt < 0:
            break  # an unterminated tag runs to the end: nothing visible after it
        tag = name.group(1).lower() if name else ""
        pos = gt + 1
        if tag in INVISIBLE and not raw.startswith("</", lt):
            close = lower.find(f"</{tag}", pos)
            if close < 0:
                break
            gt = raw.find(">", close)
            pos = n if gt < 0 else gt + 1
            continue
        if tag in BLOCK:
            out.rewrite("\n", lt, pos)
    return out
