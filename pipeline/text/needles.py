"""Needles of a regular expression: lower-case strings one of which every match of it holds.

A user's pattern ("disabling your ad ?blocker", "\\d\\s+(subscribers|followers|views)$") is
searched in every line of every article. The regex engine tries it at each position of a line;
finding a needle in the lower-cased line first is many times cheaper, and most lines hold none,
so the pattern runs only where it can match. The needles are read from the pattern's parse
tree (`re._parser`, the parser `re.compile` itself uses); a pattern it cannot read has none,
and is always searched.
"""

import re
from collections.abc import Iterable

try:  # private modules of `re`; without them every pattern is searched, which is only slower
    from re import _constants as C
    from re import _parser
except ImportError:  # pragma: no cover - a Python whose `re` is laid out otherwise
    _parser = None

# Characters that a case-insensitive pattern matches to an ASCII letter but whose lower case
# is not that letter ("İ" -> "i̇", "ı", "ſ"): in a line holding one, a needle proves nothing.
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f")


def needles(pattern: str) -> tuple[str, ...] | None:
    """The most selective set of lower-case strings one of which every case-insensitive match
    of `pattern` contains (the set whose shortest string is longest); None when none is known."""
    return _best(required(pattern))


def required(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Every set of lower-case strings one of which every case-insensitive match of `pattern`
    contains ("from", then "month", in `from \\d+ a month`): a line must hold one of each."""
    tree = _tree(pattern)
    return () if tree is None else tuple(dict.fromkeys(_options(tree)))


def prefixes(pattern: str) -> tuple[str, ...] | None:
    """For a pattern anchored at the start ("^(share|tweet)$"), the lower-case strings one of
    which every case-insensitive match starts with; None when it has no such start."""
    tree = _tree(pattern)
    if not tree or tree[0] not in ((C.AT, C.AT_BEGINNING), (C.AT, C.AT_BEGINNING_STRING)):
        return None
    return _leading(tree[1:])


def suffixes(pattern: str) -> tuple[str, ...] | None:
    """For a pattern anchored at the end ("^\\d+ comments?$"), the lower-case strings one of
    which every case-insensitive match ends with; None when it has no such end."""
    tree = _tree(pattern)
    if not tree or tree[-1] not in ((C.AT, C.AT_END), (C.AT, C.AT_END_STRING)):
        return None
    ends = _shortest(_strings(tree[:-1], backward=True)[0], within=str.endswith)
    return None if "" in ends else ends


def _tree(pattern: str) -> list | None:
    """The parse tree of `pattern`, read case-insensitively; None when it cannot be read."""
    if _parser is None:
        return None
    try:
        return list(_parser.parse(pattern, re.IGNORECASE))
    except (re.error, RecursionError):
        return None


def _leading(items: list) -> tuple[str, ...] | None:
    """The strings one of which a match of `items` starts with: its leading literals, and
    after them the starts of a group or of the branches that follow ("t" then "ag" or "opic"
    in `^(tags?|topics?):`, which the parser writes as "t" and a branch)."""
    run = []
    for op, arg in items:
        lower = chr(arg).lower() if op is C.LITERAL else ""
        if len(lower) != 1:
            break
        run.append(lower)
    head = "".join(run)
    rest = items[len(run) :]
    if not rest:
        return (head,) if head else None
    op, arg = rest[0]
    after = None
    if op in (C.SUBPATTERN, C.ATOMIC_GROUP):
        after = _leading(list(arg[-1]))
    elif op is C.BRANCH:
        branches = [_leading(list(b)) for b in arg[1]]
        if all(branches):
            after = tuple(dict.fromkeys(n for b in branches for n in b))
    if after:
        return tuple(dict.fromkeys(head + n for n in after))
    return (head,) if head else None


def folds_simply(line: str) -> bool:
    """True when a needle's absence from `line.lower()` proves a case-insensitive pattern
    cannot match in `line`: it holds no character whose case folding is irregular."""
    return line.isascii() or not any(c in line for c in _ODD_FOLDS)


# The most strings a pattern's needles are written out into ("[try " ... for a "[" before a
# branch of five); beyond it, a shorter needle.
_MOST_STRINGS = 64


def _strings(items: list, backward: bool = False) -> tuple[tuple[str, ...], bool]:
    """The lower-case strings one of which every match of `items` starts with (ends with,
    `backward`), written out as far as the pattern is literal ("[try " and "[start " in
    `\\[(try|start )`), and whether they are whole matches (("",) when nothing is known)."""
    out: tuple[str, ...] = ("",)
    for op, arg in reversed(items) if backward else items:
        found = _item_strings(op, arg, backward)
        if found is None:
            return out, False
        strings, whole = found
        pairs = ((b, a) if backward else (a, b) for a in out for b in strings)
        longer = tuple(dict.fromkeys(x + y for x, y in pairs))
        if len(longer) > _MOST_STRINGS:
            return out, False
        out = longer
        if not whole:
            return out, False
    return out, True


def _item_strings(op, arg, backward: bool) -> tuple[tuple[str, ...], bool] | None:
    if op is C.LITERAL:
        lower = chr(arg).lower()
        return ((lower,), True) if len(lower) == 1 else None
    if op is C.IN and all(o is C.LITERAL and len(chr(a).lower()) == 1 for o, a in arg):
        return tuple(dict.fromkeys(chr(a).lower() for _, a in arg)), True  # "[$€£]"
    if op in (C.SUBPATTERN, C.ATOMIC_GROUP):
        return _strings(list(arg[-1]), backward)
    if op is C.BRANCH:
        branches = [_strings(list(b), backward) for b in arg[1]]
        strings = tuple(dict.fromkeys(n for s, _ in branches for n in s))
        return strings, all(w for _, w in branches)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = arg
        strings, whole = _strings(list(body), backward)
        if (low, high) == (0, 1):  # optional: "(a |your )?"
            return ("", *strings), whole
        return (strings, False) if low >= 1 else None
    return None


def _of_sequence(items: list) -> tuple[str, ...] | None:
    return _best(_options(items))


def _best(options: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The most selective set: the one whose shortest string is longest, then the smallest."""
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


def _options(items: list) -> list[tuple[str, ...]]:
    options: list[tuple[str, ...]] = []
    for k in range(len(items)):
        if k and items[k - 1][0] is C.LITERAL:
            continue  # (within a literal run: what it holds from the run's start is longer)
        # what a match holds from each item on: "[try ", where the "[" alone is one character
        strings = _strings(items[k:])[0]
        if "" not in strings:
            options.append(strings)
    run: list[str] = []
    for op, arg in items:
        lower = chr(arg).lower() if op is C.LITERAL else ""
        if len(lower) == 1:
            run.append(lower)
            continue
        if run:
            options.append(("".join(run),))
            run = []
        found = _of_item(op, arg)
        if found:
            options.append(found)
    if run:
        options.append(("".join(run),))
    return [_shortest(o) for o in options]


def _shortest(strings: tuple[str, ...], within=str.__contains__) -> tuple[str, ...]:
    """`strings` without those that hold another ("comment" does for " comment")."""
    return tuple(s for s in strings if not any(o != s and within(s, o) for o in strings))


def _of_item(op, arg) -> tuple[str, ...] | None:
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, body = arg
        return _of_sequence(list(body)) if low >= 1 else None
    if op in (C.SUBPATTERN, C.ATOMIC_GROUP):
        return _of_sequence(list(arg[-1]))
    if op is C.ASSERT:  # a positive lookahead or lookbehind: its text is in the line
        return _of_sequence(list(arg[1]))
    if op is C.BRANCH:
        branches = [_of_sequence(list(b)) for b in arg[1]]
        if all(branches):
            return tuple(dict.fromkeys(n for b in branches for n in b))
    return None
