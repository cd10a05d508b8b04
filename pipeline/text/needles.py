"""Needles of a regular expression: lower-case strings one of which every match of it holds.

A user's pattern ("disabling your ad ?blocker", "\\d\\s+(subscribers|followers|views)$") is
searched in every line of every article. The regex engine tries it at each position of a line;
finding a needle in the lower-cased line first is many times cheaper, and most lines hold none,
so the pattern runs only where it can match. The needles are read from the pattern's parse
tree (`re._parser`, the parser `re.compile` itself uses); a pattern it cannot read has none,
and is always searched.
"""

import re

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
    if _parser is None:
        return None
    try:
        tree = _parser.parse(pattern, re.IGNORECASE)
    except (re.error, RecursionError):
        return None
    return _of_sequence(list(tree))


def prefixes(pattern: str) -> tuple[str, ...] | None:
    """For a pattern anchored at the start ("^(share|tweet)$"), the lower-case strings one of
    which every case-insensitive match starts with; None when it has no such start."""
    if _parser is None:
        return None
    try:
        tree = list(_parser.parse(pattern, re.IGNORECASE))
    except (re.error, RecursionError):
        return None
    if not tree or tree[0] not in ((C.AT, C.AT_BEGINNING), (C.AT, C.AT_BEGINNING_STRING)):
        return None
    return _leading(tree[1:])


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


def _of_sequence(items: list) -> tuple[str, ...] | None:
    options: list[tuple[str, ...]] = []
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
    return max(options, key=lambda o: min(map(len, o)), default=None)


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
