"""Numeric claims: a quantity, what it counts, who did what to whom, where, and who says so.

`extract_claims(article_id, raw_text)` cleans an article and returns one dict per claim with
the columns of CLAIMS_SPEC. `extract_from_sentences` does the same from sentences that were
already cleaned (the pipeline's parse stage stores them with their offset maps).

The analysis is per sentence, and only around numbers: a sentence without a quantity costs one
regular-expression scan. Context that crosses sentences (the last person named, the last
subject, the last event's actor and target) lives in `ArticleContext`.
"""

import hashlib
import itertools
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from pipeline.extraction.frames import (
    Action,
    Frame,
    find_actions,
    find_frames,
    find_hedges,
    find_time_phrases,
    passive_gap,
    strong_clause,
)
from pipeline.extraction.mentions import Mention, Place, find_mentions, find_places, resolve
from pipeline.extraction.numbers import Quantity, bounds, find_quantities
from pipeline.lexicons import Match, lexicon_dir, load_rows, matcher
from pipeline.text.cleaning import clean_article
from pipeline.text.offsets import OffsetMap

ATTACK_ACTIONS = frozenset(
    {"launched", "shot_down", "destroyed", "damaged", "hit", "killed", "injured"}
)
# Where an action happens when the sentence names no place: on whose territory.
SHOOTER_TERRITORY = frozenset({"shot_down"})
# Losses in combat: where they happen is the battlefield unless a place is named.
LOSS_ACTIONS = frozenset({"destroyed", "damaged", "captured"})
TARGET_TERRITORY = frozenset({"launched", "hit", "killed", "injured", "seized", "occupied"})
SUB_REGIONAL = frozenset({"city", "town", "village", "airfield", "base", "port", "area"})
_STOP = frozenset(
    (
        "the of in on at to by for with from and or that which who were was have has had are is"
        " be been than as its their his her this these those"
    ).split()
)
_WORD = re.compile(r"[\w’'-]+|[^\w\s]")
_REPORTING_THAT = re.compile(r"\s*(?:that\s+)?")


@dataclass(slots=True)
class SentenceInput:
    """A clean sentence and the map from its characters to the raw text."""

    index: int
    paragraph: int
    text: str
    offsets: OffsetMap


@dataclass(slots=True)
class ArticleContext:
    last_person: Mention | None = None
    last_subject_side: str | None = None
    last_claimant: tuple[str | None, str | None] = (None, None)
    last_event: tuple[str | None, str | None] = (None, None)  # actor, target
    last_drafts: list["Draft"] = field(default_factory=list)
    issuer: tuple[str | None, str | None] = (None, None)  # the body a statement comes from
    paragraph: int = -1
    paragraph_claimant: tuple[str | None, str | None] = (None, None)
    paragraph_place: Place | None = None
    list_header: "ListHeader | None" = None


@dataclass(slots=True)
class ListHeader:
    """What a list's header line ("The total combat losses of the enemy were approximately:")
    gives the items below it."""

    claimant: str | None
    claimant_side: str | None
    actor: str | None
    target: str | None
    actions: list[Action]
    qualifier: str | None
    time_phrase: str | None


@dataclass(slots=True)
class Noun:
    start: int
    end: int
    text: str
    category: str | None
    unit: str = "count"
    factor: float = 1.0
    weapon_type: str | None = None
    weapon_model: str | None = None
    is_unit: bool = False


@dataclass(slots=True)
class Draft:
    q: Quantity
    noun: Noun | None = None
    category: str | None = None
    unit: str = "count"
    value: float = 0.0
    action: str | None = None
    action_span: Action | None = None
    action_row: dict[str, str] = field(default_factory=dict)
    passive: bool = False
    actor: str | None = None
    actor_source: str = "none"
    target: str | None = None
    claimant: str | None = None
    claimant_side: str | None = None
    place: Place | None = None
    country: str | None = None
    time_phrase: str | None = None
    skip: bool = False
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- lexicon helpers


def _opponents() -> dict[str, str]:
    return {r["side"]: r["opponent"] for r in load_rows("opponents", lexicon_dir())}


def opponent(side: str | None) -> str | None:
    return _opponents().get(side) if side else None


def _unit_row(symbol: str) -> dict[str, str] | None:
    return matcher("units").lookup(symbol)


def find_nouns(text: str) -> list[Noun]:
    """Counted nouns (weapons and others) and units, longest first, no overlaps."""
    found: list[Noun] = []
    for m in matcher("units").find(text):
        row = m.payload
        if row["position"] == "after":
            found.append(
                Noun(
                    m.start,
                    m.end,
                    m.text,
                    row["category"],
                    row["unit"],
                    float(row["factor"] or 1),
                    is_unit=True,
                )
            )
    for m in matcher("weapons", plurals=True).find(text):
        row = m.payload
        found.append(
            Noun(
                m.start,
                m.end,
                m.text,
                "weapon",
                weapon_type=row["weapon_type"],
                weapon_model=row["weapon_model"] or None,
            )
        )
    for m in matcher("nouns", plurals=True).find(text):
        found.append(Noun(m.start, m.end, m.text, m.payload["category"] or None))
    found.sort(key=lambda n: (n.start, -(n.end - n.start)))
    kept: list[Noun] = []
    for n in found:
        if kept and n.start < kept[-1].end:
            continue
        kept.append(n)
    return kept


# ---------------------------------------------------------------- per-quantity analysis


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _head_noun(text: str, q: Quantity, nouns: list[Noun], clause: tuple[int, int]) -> Noun | None:
    """The noun a quantity counts, after it: up to three modifiers may come between
    ("145 Iranian attack drones"); a compound takes its last noun as head and its first model
    ("two Kh-101 missiles", "one Kalibr cruise missile carrier")."""
    noun = _first_noun_after(text, q, nouns)
    if noun is None or noun.is_unit:
        return noun
    for n in nouns:
        if n.start > noun.end and not n.is_unit and text[noun.end : n.start] == " ":
            noun = Noun(noun.start, n.end, text[noun.start : n.end], n.category or noun.category,
                        n.unit, n.factor, n.weapon_type or noun.weapon_type,
                        noun.weapon_model or n.weapon_model)  # fmt: skip
    return noun


def _first_noun_after(text: str, q: Quantity, nouns: list[Noun]) -> Noun | None:
    for n in nouns:
        if n.start < q.end:
            continue
        gap = text[q.end : n.start]
        words = _words(gap)
        if n.is_unit:
            if not gap.strip():
                return n
            continue
        if q.kind == "vague" and gap.strip().lower() == "of":
            return n
        if _SUBSET_GAP.fullmatch(gap):
            return n  # "84 of the drones", "25 of 31 Kh-101 missiles"
        if re.fullmatch(r"\s*(?:units?|pieces?|items?|types?)\s+of\s+", gap, re.IGNORECASE):
            return n  # "11 units of automotive equipment"
        if len(words) <= 3 and all(w[0].isalnum() and w.lower() not in _STOP for w in words):
            return n
        break
    return None


# What may stand between a noun and a number that counts it from the right: a list dash
# ("tanks ‒ 1496"), an estimate ("troops, estimated at 11,000") or a copula ("the number of
# troops was put at 8,000", "casualties rose to 120").
_NOUN_THEN_NUMBER = re.compile(
    r"[ ]*[‒–—:-]+[ ]*"
    r"|,?[ ](?:(?:which|who)[ ])?(?:(?:is|are|was|were|has been|have been)[ ])?"
    r"(?:estimated|numbering|numbered|totall?ing|totall?ed|put|thought|believed|reported|counted"
    r"|reached|rose|stood|stands|climbed|grew|increased|amounted)"
    r"(?:[ ](?:at|to|by|now|about))*[ ]",
    re.IGNORECASE,
)


_SUBSET_GAP = re.compile(
    r"[ ]of[ ](?:the|these|those|its|their|all)?[ ]?(?:[\d,. ]+[ ])?(?:[\w-]+[ ]){0,2}",
    re.IGNORECASE,
)


_NUMBER_OF = re.compile(r"\bnumber of\b", re.IGNORECASE)
_COPULA_TO = re.compile(
    r"\b(?:is|are|was|were|stood|stands|rose|risen|reached|grew|grown|climbed|increased"
    r"|fell|fallen|dropped|totall?ed|estimated|put|believed|thought)\b"
    r"(?:[ ](?:at|to|by|now|some))*[ ]$",
    re.IGNORECASE,
)


def _left_noun(text: str, q: Quantity, nouns: list[Noun], clause: tuple[int, int]) -> Noun | None:
    """The noun a quantity counts when it comes first: "tanks ‒ 1496", "troops, estimated at
    around 11,000", "the number of people forced from their homes had risen to 3.7 million".
    Only these shapes: a noun merely somewhere to the left is not enough."""
    number_of = [m for m in _NUMBER_OF.finditer(text, clause[0], q.start)]
    if number_of and _COPULA_TO.search(text, number_of[-1].end(), q.start):
        counted = next(
            (n for n in nouns if n.start > number_of[-1].end() and n.end <= q.start), None
        )
        if counted is not None and not counted.is_unit:
            return counted
    for n in reversed(nouns):
        if n.end > q.start or n.start < clause[0] or n.is_unit:
            continue
        return n if _NOUN_THEN_NUMBER.fullmatch(text, n.end, q.start) else None
    return None


def _modifier_side(
    text: str, q: Quantity, noun: Noun | None, mentions: list[Mention]
) -> str | None:
    """The side named on the counted noun: "84 Ukrainian craft", "soldiers from North Korea",
    "North Korean troops, estimated at 11,000"."""
    if noun is None:
        return None
    if noun.start >= q.end:
        between = [m for m in mentions if q.end <= m.start and m.end <= noun.start and m.side]
    else:
        between = [
            m
            for m in mentions
            if m.end <= noun.start and m.side and not text[m.end : noun.start].strip(" '’s")
        ]
    if between:
        return between[-1].side
    tail = re.match(r"\s+from\s+", text[noun.end :])
    if tail:
        start = noun.end + tail.end()
        for m in mentions:
            if m.start == start and m.side:
                return m.side
    return None


_MODIFIER_TAIL = re.compile(r"[ ](?:from|by|at|in|into|over|against|toward|towards|near|with)\b")


def _pick_action(
    text: str,
    q: Quantity,
    noun: Noun | None,
    actions: list[Action],
    clause: tuple[int, int],
    category: str | None,
) -> tuple[Action | None, bool]:
    """The governing action: a passive or reduced relative after the noun ("drones were shot
    down"), else the nearest action to the left in the clause. Returns (action, passive)."""
    after = noun.end if noun else q.end
    left = next(
        (
            a
            for a in reversed(actions)
            if a.end <= q.start and a.start >= clause[0] and a.pick(category)
        ),
        None,
    )
    for a in actions:
        if a.start < after:
            continue
        gap = text[after : a.start]
        # "eight missiles launched from the Black Sea": a participle that modifies the noun
        reduced = not gap.strip() and _MODIFIER_TAIL.match(text, a.end) is not None
        if passive_gap(gap) and a.pick(category) and not (reduced and left is not None):
            return a, True
        break
    return left, False


_WITH_BEFORE = re.compile(r"\bwith\b")


def _action_row(text: str, q: Quantity, action: Action, category: str | None) -> dict[str, str]:
    """The lexicon row of `action` for this quantity: "struck Kyiv with 40 drones" launches
    them, where "struck 16 refineries" hits them."""
    row = action.pick(category)
    if (
        row["action"] == "hit"
        and category == "weapon"
        and action.end <= q.start
        and _WITH_BEFORE.search(text, action.end, q.start)
    ):
        return {**row, "action": "launched"}
    return row


def _subject(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The first non-oblique mention with a side in `[start, end)`: the clause subject."""
    for m in mentions:
        if start <= m.start and m.end <= end and not m.oblique and m.side:
            return m
    return None


def _after_frames(text: str, frames: list[Frame], lo: int, pos: int) -> int:
    """Where the reported clause before `pos` starts: after the last reporting verb ("said
    that") or "according to X," in `[lo, pos)`; `lo` when there is none."""
    start = lo
    verb = _last_frame_before(frames, pos, lo)
    if verb:
        start = _REPORTING_THAT.match(text, verb.end).end()
    for f in frames:
        if f.kind == "according" and lo <= f.start and f.end <= pos:
            np_end = _np_after(text, f.end)[1]
            if np_end < pos:
                start = max(start, np_end + 1)
    return start


def _last_frame_before(frames: list[Frame], pos: int, lo: int) -> Frame | None:
    chosen = None
    for f in frames:
        if f.kind == "verb" and lo <= f.start and f.end <= pos:
            chosen = f
    return chosen


def _agent_after(text: str, pos: int, end: int, mentions: list[Mention]) -> Mention | None:
    m = re.search(r"\bby\s", text[pos:end])
    if not m:
        return None
    at = pos + m.end()
    for x in mentions:
        if x.start >= at and x.side and x.start - at <= 30:
            return x
    return None


def _owner_after(text: str, a: Action, mentions: list[Mention]) -> Mention | None:
    """The mention after a nominal action: "losses of the enemy", "losses of the AFU"."""
    of = re.match(r"\s+of\s+(?:the\s+)?", text[a.end :])
    if not of:
        return None
    at = a.end + of.end()
    return next((m for m in mentions if m.start == at and m.side), None)


def _target_after(text: str, pos: int, end: int, mentions: list[Mention]) -> str | None:
    for m in mentions:
        if (
            pos <= m.start < end
            and m.side
            and m.preposition
            in ("against", "on", "at", "across", "into", "over", "toward", "towards")
        ):
            return m.side
    return None


# ---------------------------------------------------------------- claimants


def _np_after(text: str, start: int) -> tuple[int, int]:
    """A noun phrase starting at `start`, to the next comma; an appositive name or a relative
    clause after it is included ("a group, DeepState, which said ...")."""
    end = text.find(",", start)
    end = len(text) if end < 0 else end
    rest = text[end + 1 :]
    appositive = re.match(r"\s*(?:(?:[A-Z][\w’'-]*\s?){1,3}|(?:a|an|the)\s[^,;]{1,80}),", rest)
    relative = re.match(r"\s*(?:who|which)\b[^,]*,", rest)
    if appositive:
        end = end + 1 + appositive.end() - 1
    elif relative:
        end = end + 1 + relative.end() - 1
    return start, end


def _claimant_of(
    mentions: list[Mention],
    places: list[Place],
    lo: int,
    hi: int,
    text: str,
    ctx: ArticleContext,
    prefer_last: bool,
) -> tuple[str | None, str | None]:
    inside = [m for m in mentions if lo <= m.start and m.end <= hi]
    ranked = sorted(
        inside,
        key=lambda m: (
            {"person": 0, "organisation": 1, "media": 1, "company": 1, "body": 2}.get(m.kind, 3),
            -m.start if prefer_last else m.start,
        ),
    )
    for m in ranked:
        if m.kind == "pronoun":
            if m.text.lower() in ("he", "she", "his", "her") and ctx.last_person:
                return ctx.last_person.name, ctx.last_person.side
            if m.side:
                return m.name or m.side, m.side
            continue
        if m.kind == "body" and (not m.side or m.inferred):
            # "the acting governor of the Kursk region": the place in the body's own phrase
            side = next((p.country for p in places if m.start <= p.start < hi), None)
            side = side or m.side or ctx.last_claimant[1] or ctx.last_subject_side
            return re.sub(r"^(?:the|a|an)\s+", "", m.name or m.text, flags=re.I), side
        name = m.name or m.text
        if m.kind == "body":
            name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
        return name, m.side
    side = next((p.country for p in places if lo <= p.start < hi), None)
    if side:
        phrase = re.split(r",\s*(?:who|which)\b", text[lo:hi])[0].strip()
        return re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I), side
    return None, None


def _claimant(
    text: str,
    q: Quantity,
    frames: list[Frame],
    mentions: list[Mention],
    places: list[Place],
    ctx: ArticleContext,
) -> tuple[str | None, str | None, Frame | None]:
    clause = strong_clause(text, q.start)
    frames = [f for f in frames if f.end <= q.start or f.start >= q.end]
    # 1. a reporting verb before the number, in its clause: "Russia said it shot down 84"
    verb = _last_frame_before(frames, q.start, clause[0])
    if verb:
        participle = verb.text.lower().endswith("ing")
        lo, hi = (0, verb.start) if participle else (strong_clause(text, verb.start)[0], verb.start)
        name, side = _claimant_of(mentions, places, lo, hi, text, ctx, prefer_last=not participle)
        if name or side:
            return name, side, verb
    # 2. "according to X" anywhere in the sentence
    for f in frames:
        if f.kind == "according":
            lo, hi = _np_after(text, f.end)
            name, side = _claimant_of(mentions, places, lo, hi, text, ctx, prefer_last=False)
            if name or side:
                return name, side, f
    # 3. an agent after the number: "estimated at around 11,000 by Zelenskyy"
    by = re.match(r"\s*by\s+", text[q.end :])
    if by and any(f.kind == "agent" and f.end <= q.start for f in frames):
        lo = q.end + by.end()
        name, side = _claimant_of(mentions, places, lo, _np_after(text, lo)[1], text, ctx, False)
        if name or side:
            return name, side, None
    # 4. a sentence-final frame: "..., X said." or "..., said X."
    for f in frames:
        tail = text[f.end :].split(",")[0]  # "..., officials said on Tuesday, in the third ..."
        if f.kind == "verb" and f.start >= q.end and len(_words(tail)) <= 6:
            comma = text.rfind(",", q.end, f.start)
            if comma >= 0:
                after = text[f.end :].strip(' ."”')
                lo, hi = (
                    (comma + 1, f.start)
                    if text[comma + 1 : f.start].strip()
                    else (f.end, f.end + len(after) + 1)
                )
                name, side = _claimant_of(mentions, places, lo, hi, text, ctx, prefer_last=True)
                if name or side:
                    return name, side, f
    # 5. a reporting verb earlier in the sentence, across clauses
    verb = _last_frame_before(frames, q.start, 0)
    if verb and not verb.text.lower().endswith("ing"):
        name, side = _claimant_of(
            mentions,
            places,
            strong_clause(text, verb.start)[0],
            verb.start,
            text,
            ctx,
            prefer_last=True,
        )
        if name or side:
            return name, side, verb
    return None, None, None


# ---------------------------------------------------------------- places


def _choose_place(places: list[Place], lo: int, hi: int, q: Quantity) -> Place | None:
    """The most specific place in `[lo, hi)`, nearest the number; a place after the number
    ("12 drones over Kursk") counts as half as far as one before it."""
    inside = [p for p in places if lo <= p.start < hi]
    if not inside:
        return None
    specific = [p for p in inside if p.region] or inside
    return min(
        specific, key=lambda p: p.start - q.end if p.start >= q.end else 2 * (q.start - p.start)
    )


def _economy_country(text: str, d: Draft, mentions: list[Mention]) -> str | None:
    """Whose economy a figure describes: the country named first ("Russia's economy grew"),
    else the side of the body reporting it."""
    for m in mentions:
        if m.kind in ("country", "adjective") and m.side in _opponents():
            return m.side
    return d.claimant_side if d.claimant_side in _opponents() else None


def _currency_country(text: str, d: Draft) -> str | None:
    """The country whose currency an economic figure is in, or that the sentence names."""
    for match in matcher("units").find(text):
        if match.payload.get("country") and (match.payload["unit"] == d.unit or d.unit != "count"):
            return match.payload["country"]
    return None


# ---------------------------------------------------------------- sentence


def _speaker(
    text: str, mentions: list[Mention], ctx: ArticleContext
) -> tuple[str | None, str | None]:
    """Who speaks in `text`: the subject of its first reporting verb, if any."""
    for f in find_frames(text):
        if f.kind == "verb":
            lo = strong_clause(text, f.start)[0]
            return _claimant_of(mentions, [], lo, f.start, text, ctx, prefer_last=True)
        if f.kind == "according":
            lo, hi = _np_after(text, f.end)
            return _claimant_of(mentions, [], lo, hi, text, ctx, prefer_last=False)
    return None, None


def _resolve_pronouns(
    text: str, mentions: list[Mention], frames: list[Frame], ctx: ArticleContext
) -> list[Mention]:
    """Give pronouns, bare bodies ("the ministry") and "the enemy" the side they refer to."""
    out: list[Mention] = []
    context_side = ctx.last_claimant[1] or ctx.issuer[1] or ctx.last_subject_side
    verbs = [f for f in frames if f.kind == "verb"]
    speaker = _speaker(text, [m for m in mentions if m.side], ctx)[1] if verbs else None
    gazetteer = matcher("places", key="name").find(text)
    local = next((g.payload["country"] for g in gazetteer if g.payload["region"]), None)
    for m in mentions:
        if m.kind == "body" and m.side is None:
            # "the armed forces" after "Belousov said": the speaker's; "the regional governor"
            # of a sentence about Kharkiv: Ukraine's; else the side the article last spoke for
            after_verb = bool(verbs) and m.start >= verbs[0].end
            nearby = local if m.role == "official" else None  # governors, mayors: local
            side = (speaker if after_verb else None) or nearby or context_side
            out.append(resolve(m, side) if side else m)
            continue
        if m.kind == "enemy":
            named = [x for x in mentions if x.side and x.kind not in ("pronoun", "enemy")]
            speaker = _speaker(text, named, ctx)[1] if named else None
            first = named[0].side if named else None
            side = opponent(speaker or first or context_side or "(unknown)")
            out.append(resolve(m, side, "enemy"))
            continue
        if m.kind != "pronoun":
            out.append(m)
            continue
        word = m.text.lower()
        if word in ("he", "she", "his", "her"):
            person = next((x for x in reversed(out) if x.kind == "person"), None) or ctx.last_person
            out.append(resolve(m, person.side if person else None, person.name if person else None))
            continue
        clause = strong_clause(text, m.start)
        reported = _after_frames(text, frames, clause[0], m.start)
        subject = (
            _subject(out, reported, m.start)
            or _subject(out, clause[0], m.start)
            or _subject(out, 0, m.start)
        )
        side = subject.side if subject else ctx.last_subject_side
        name = subject.name if subject else None
        out.append(resolve(m, side, name))
    return out


def analyse_sentence(text: str, ctx: ArticleContext, paragraph: int = 0) -> list[Draft]:
    """Claims of one clean sentence, as drafts with sentence-relative spans.

    A claim whose sentence names no claimant takes the claimant of its paragraph, then the
    issuer of the document (a masthead such as "General Staff of the Armed Forces of Ukraine").
    """
    if paragraph != ctx.paragraph:
        ctx.paragraph, ctx.paragraph_claimant, ctx.paragraph_place = paragraph, (None, None), None
    quantities = find_quantities(text)
    frames = find_frames(text)
    mentions = _resolve_pronouns(text, find_mentions(text), frames, ctx)
    if paragraph <= 3 and not quantities and ctx.issuer == (None, None):
        ctx.issuer = _masthead(text, mentions)
    places = find_places(text, mentions)
    drafts: list[Draft] = []
    if quantities:
        drafts = _analyse_quantities(text, quantities, mentions, frames, places, ctx)
    regional = [p for p in places if p.region]
    if regional:
        ctx.paragraph_place = regional[-1]
    for d in drafts:
        if d.claimant is None and d.claimant_side is None:
            d.claimant, d.claimant_side = (
                ctx.paragraph_claimant if ctx.paragraph_claimant[1] else ctx.issuer
            )
        elif d.claimant_side:
            ctx.paragraph_claimant = (d.claimant, d.claimant_side)
    if ctx.list_header is not None and _LIST_ITEM.match(text):
        for d in drafts:
            _apply_header(d, ctx.list_header)
    elif text.rstrip().endswith(":"):
        ctx.list_header = _list_header(text, mentions, ctx)
    else:
        ctx.list_header = None
    _update_context(text, mentions, drafts, ctx)
    return drafts


# A line of a list: a noun, a dash or colon, then the figure ("tanks ‒ 1496 (+19),").
_LIST_ITEM = re.compile(
    r"^[^\W\d][^:‒–—\n]{0,80}?[ ]*[‒–—:-]+[ ]*(?:about|approximately|approx\.|~|up to|over)?[ ]*\d"
)


def _masthead(text: str, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """A line that is nothing but the name of an issuing body: "Ministry of Defence of the
    Russian Federation". Returns (name, side) or (None, None)."""
    if len(_words(text)) > 12 or text.rstrip().endswith((".", "!", "?")):
        return None, None
    issuing = ("body", "military", "government", "organisation", "media")
    for m in mentions:
        if m.side and m.kind in issuing and (m.end - m.start) >= 0.6 * len(text.strip()):
            return (m.name or m.text), m.side
    return None, None


def _list_header(text: str, mentions: list[Mention], ctx: ArticleContext) -> ListHeader:
    """Read a list's header line: who reports, whose losses, how approximate, when."""
    claimant, claimant_side = _speaker(text, mentions, ctx)
    if not claimant_side:
        claimant, claimant_side = ctx.last_claimant
    actions = find_actions(text)
    sided = [m for m in mentions if m.side and m.kind != "pronoun" and m.name != claimant]
    target = None
    if actions:
        after = [m for m in sided if m.start >= actions[0].start]
        before = [m for m in sided if m.end <= actions[0].start]
        target = (after[0] if after else before[-1]).side if (after or before) else None
    qualifiers = matcher("qualifiers").find(text)
    times = find_time_phrases(text)
    return ListHeader(
        claimant=claimant,
        claimant_side=claimant_side,
        actor=opponent(target),
        target=target,
        actions=actions,
        qualifier=qualifiers[-1].payload["qualifier"] if qualifiers else None,
        time_phrase=times[0].text if times else None,
    )


def _apply_header(d: Draft, h: ListHeader) -> None:
    """A list item takes what its own line does not say from the list's header."""
    if d.action is None and h.actions:
        row = h.actions[0].pick(d.category)
        if row is not None:
            d.action = row["action"]
            if d.category == "personnel" and row["category"] == "casualties":
                d.category = "casualties"
    if h.actor or h.target:  # list lines name no side of their own
        d.actor, d.target, d.actor_source = h.actor, h.target, "list"
    if d.claimant is None:
        d.claimant, d.claimant_side = h.claimant, h.claimant_side
    if h.qualifier and d.q.kind == "digits" and d.q.qualifier == "exact":
        low, high = bounds(d.q.value, h.qualifier)
        d.q = replace(d.q, qualifier=h.qualifier, value_low=low, value_high=high)
    d.time_phrase = d.time_phrase or h.time_phrase


def _analyse_quantities(
    text: str,
    quantities: list[Quantity],
    mentions: list[Mention],
    frames: list[Frame],
    places: list[Place],
    ctx: ArticleContext,
) -> list[Draft]:
    actions = find_actions(text)
    nouns = find_nouns(text)
    times = find_time_phrases(text)
    hedges = find_hedges(text)
    drafts: list[Draft] = []
    for q in quantities:
        if q.kind == "share" and _SHARE_OF_LAND.match(text, q.end):
            # "roughly half of Myrnohrad": a share of land, read as a percentage
            low, high = bounds(q.value * 100, q.qualifier)
            q = replace(q, value=q.value * 100, value_low=low, value_high=high, unit="percent")
        elif q.kind in ("increment", "share"):
            base = drafts[-1] if drafts else None
            if base is None and q.kind == "share" and ctx.last_drafts:
                base = ctx.last_drafts[-1]
            if base is not None and base.category and not base.skip:
                drafts.append(_derived(text, base, q, places))
            continue
        clause = strong_clause(text, q.start)
        d = Draft(q, value=q.value)
        d.noun = _head_noun(text, q, nouns, clause)
        if d.noun is None and q.kind != "vague" and not re.match(r"\s+of\b", text[q.end :]):
            d.noun = _left_noun(text, q, nouns, clause)
            if d.noun:
                d.extra["noun_left"] = True
        if d.noun is None and re.match(r"\s+more\b", text[q.end :]) and drafts and drafts[-1].noun:
            d.noun = drafts[-1].noun  # "shot down 18 drones ... and six more": more drones
            d.extra["noun_left"] = True
        if q.maybe_year and (d.noun is None or d.extra.get("noun_left")):
            continue  # "in 2022"
        if _after_model_name(text, q):
            continue  # "Leopard 2", "Patriot 3": part of a name
        if _is_conversion(text, q, drafts):
            continue  # "1,000 square kilometers (386 square miles)": one quantity
        _categorise(text, d)
        action, passive = _pick_action(text, q, d.noun, actions, clause, d.category)
        if action is not None:
            row = _action_row(text, q, action, d.category)
            d.action, d.action_span, d.passive, d.action_row = row["action"], action, passive, row
            if d.category is None and (
                row["category"] in ("casualties", "displacement") or row["action"] == "recruited"
            ):
                d.category = row["category"]
            elif d.category == "personnel" and row["category"] == "casualties":
                d.category = "casualties"
        if (
            d.category == "weapon"
            and d.action == "destroyed"
            and d.extra.get("weapon_type") in ("drone", "missile", "guided_bomb")
        ):
            d.action = "shot_down"  # air defence "destroying" drones and missiles
        if d.category == "attacks" and d.action not in ("launched", "repelled"):
            continue  # "one notable attack hit Kyiv" counts nothing: attacks need their verb
        d.claimant, d.claimant_side, frame = _claimant(text, q, frames, mentions, places, ctx)
        if (
            frame is not None
            and frame.text.lower().startswith("estimat")
            and q.qualifier == "exact"
        ):
            low, high = bounds(q.value, "approximate")
            d.q = q = replace(q, qualifier="approximate", value_low=low, value_high=high)
        _attribute(text, d, clause, mentions, frame, ctx, drafts)
        _locate(text, d, clause, places, mentions, ctx)
        t = [s for s in times if clause[0] <= s.start < clause[1]] or times
        d.time_phrase = t[0].text if t else None
        d.extra["hedge"] = "; ".join(hedges) or None
        drafts.append(d)
    _inherit_from_lists(text, drafts)
    _link_subsets(text, drafts)
    for d in drafts:
        _complete_sides(d)
    return [d for d in drafts if d.category is not None and not d.skip]


def _link_subsets(text: str, drafts: list[Draft]) -> None:
    """A figure shot down out of a bigger one makes the bigger one a launch by the other side:
    "shot down 25 of 31 missiles", "550 drones and 24 missiles, of which 449 were shot down"."""
    for i, part in enumerate(drafts):
        if part.action != "shot_down":
            continue
        wholes = []
        after = drafts[i + 1] if i + 1 < len(drafts) else None
        before = drafts[i - 1] if i > 0 else None
        if after and _PART_OF.fullmatch(text, part.q.end, after.q.start):
            wholes = [after]
        elif before and _OF_WHICH_PART.search(text, before.q.end, part.q.start):
            wholes = [before]
            while len(wholes) < i and _in_one_list(text, drafts[i - len(wholes) - 1], wholes[-1]):
                wholes.append(drafts[i - len(wholes) - 1])
        for whole in wholes:
            if whole.action in (None, "shot_down", "hit") or (
                whole.action == "launched" and whole.actor is None
            ):
                actor = part.target or opponent(part.actor)
                whole.action, whole.passive = "launched", False
                whole.actor, whole.target, whole.actor_source = actor, opponent(actor), "list"


def _complete_sides(d: Draft) -> None:
    """Sides that follow from the rest: victims in Ukraine were hit by Russia and the other
    way round; an attack on one side was made by its opponent."""
    if (
        d.category == "casualties"
        and d.action in ("killed", "injured")
        and d.actor_source in ("none", "carried")
        and d.country in _opponents()
    ):
        d.target, d.actor, d.actor_source = d.country, opponent(d.country), "place"
    if d.actor is None and d.target in _opponents() and d.action in ATTACK_ACTIONS:
        d.actor, d.actor_source = opponent(d.target), "target"
    if d.country is None:
        d.country = _country_by_action(d)


def _country_by_action(d: Draft) -> str | None:
    """Where an action happens when no place is named: shoot-downs over the shooter's land,
    strikes and seizures on the target's, combat losses and assaults on the battlefield."""
    side = (
        d.actor
        if d.action in SHOOTER_TERRITORY
        else d.target
        if d.action in TARGET_TERRITORY
        else None
    )
    if side in _opponents() and d.category in ("weapon", "territory", "attacks"):
        return side
    if d.action in LOSS_ACTIONS or d.category == "attacks":
        return _opponents().get("(battlefield)")
    return None


def _derived(text: str, base: Draft, q: Quantity, places: list[Place]) -> Draft:
    """A daily increment "(+19)" or a share "half of them": the figure it hangs on, re-valued."""
    if q.kind == "share":
        value = base.value * q.value
        qualifier = q.qualifier if q.qualifier != "exact" else base.q.qualifier
        low, high = bounds(value, qualifier)
        q = replace(q, value=value, value_low=low, value_high=high, qualifier=qualifier)
    d = replace(base, q=q, value=q.value, extra=dict(base.extra))
    if q.kind == "share":
        clause = strong_clause(text, q.start)
        own = _choose_place(places, q.end, clause[1], q)
        if own is not None:
            d.place, d.country = own, own.country
    return d


# "19% of Ukraine's territory", "70 percent of Huliaipole", "80 percent of Donetsk Oblast"
_SHARE_OF_LAND = re.compile(
    r",?[ ]+of[ ]+(?:the[ ]+)?(?:[A-Z][\w’'-]*(?:['’]s)?[ ]+)?"
    r"(?:territory|territories|land|lands|area|region|oblast|country|city|town)\b(?!['’])"
    r"|,?[ ]+of[ ]+(?:the[ ]+)?[A-Z][\w’'-]+(?:[ ]+(?:Oblast|region|Region))?(?![ ]+[a-z])",
)


def _categorise(text: str, d: Draft) -> None:
    q, n = d.q, d.noun
    if q.unit == "percent":
        d.unit = "percent"
        d.category = "territory" if _SHARE_OF_LAND.match(text, q.end) else "economic"
        return
    if q.unit and q.unit != "percent":
        row = _unit_row(q.unit.strip())
        d.unit, d.category = (row["unit"], "economic") if row else ("currency", "economic")
        return
    if n is None:
        return
    d.category, d.unit = n.category, n.unit
    if n.is_unit:
        d.value = q.value * n.factor
    d.extra["weapon_type"], d.extra["weapon_model"] = n.weapon_type, n.weapon_model


def _after_model_name(text: str, q: Quantity) -> bool:
    if q.kind != "digits" or not text[: q.start].endswith(" "):
        return False
    for m in matcher("weapons", plurals=True).find(text, max(0, q.start - 30), q.start - 1):
        if m.end == q.start - 1 and m.payload["weapon_model"] and m.text[:1].isupper():
            return True
    return False


def _is_conversion(text: str, q: Quantity, drafts: list[Draft]) -> bool:
    if not drafts or not text[: q.start].rstrip().endswith("("):
        return False
    prev = drafts[-1]
    return (
        prev.noun is not None
        and prev.noun.is_unit
        and not text[prev.noun.end : q.start].strip(" (")
    )


def _free(mentions: list[Mention], drafts: list[Draft], q: Quantity) -> list[Mention]:
    """Mentions that are not a modifier of an earlier quantity's noun ("112 Ukrainian UAVs"):
    those cannot be the subject of a later one."""
    counted = [(x.q.start, x.noun.end) for x in drafts if x.noun and x.noun.end <= q.start]
    return [m for m in mentions if not any(a <= m.start < b for a, b in counted)]


def _attribute(
    text: str,
    d: Draft,
    clause: tuple[int, int],
    mentions: list[Mention],
    frame: Frame | None,
    ctx: ArticleContext,
    drafts: list[Draft],
) -> None:
    q = d.q
    modifier = _modifier_side(text, q, d.noun, mentions)
    a = d.action_span
    if a is not None and d.passive:
        agent = _agent_after(text, a.end, clause[1], mentions)
        if agent:
            d.actor, d.actor_source = agent.side, "agent"
        elif d.category == "personnel" and modifier:
            d.actor, d.actor_source = modifier, "modifier"
        elif d.action == "shot_down" and d.claimant_side:
            d.actor, d.actor_source = d.claimant_side, "claimant"
        elif d.action == "hit" and (modifier or opponent(d.claimant_side)):
            # "two Kh-101 missiles struck Ternopil, officials said": the other side's weapons
            d.actor = modifier or opponent(d.claimant_side)
            d.actor_source = "modifier" if modifier else "claimant"
    elif a is not None:
        frames = [f for f in find_frames(text) if f.end <= a.start]
        verb = _last_frame_before(frames, a.start, clause[0])
        lo = _after_frames(text, frames, clause[0], a.start)
        subject = _subject(_free(mentions, drafts, q), lo, a.start)
        owner = (
            _owner_after(text, a, mentions) if d.action_row.get("subject_is") == "target" else None
        )
        if owner:  # "the total losses of the Armed Forces of Ukraine have exceeded ..."
            d.target, d.actor, d.actor_source = owner.side, opponent(owner.side), "subject"
        elif subject and d.action_row.get("subject_is") == "target":  # "the enemy lost 230"
            d.target, d.actor = subject.side, opponent(subject.side)
            d.actor_source = "subject"
        elif subject:
            d.actor = subject.side
            d.actor_source = "pronoun" if subject.kind == "pronoun" else "subject"
        elif (
            verb
            and d.claimant_side
            and re.fullmatch(r"\s*(?:(?:the|a|an)\s+)?", text[lo : a.start])
        ):
            d.actor, d.actor_source = d.claimant_side, "claimant"  # "X claims destruction of ..."
        if d.category == "personnel" and modifier:
            d.actor, d.actor_source = modifier, "modifier"
    else:
        frames = [f for f in find_frames(text) if f.end <= q.start]
        subject = _subject(
            _free(mentions, drafts, q), _after_frames(text, frames, clause[0], q.start), q.start
        )
        if d.category == "personnel" and modifier:
            d.actor, d.actor_source = modifier, "modifier"
        elif subject:
            d.actor, d.actor_source = subject.side, "subject"
    if (
        d.actor is None
        and (d.action in ATTACK_ACTIONS or d.action is None)
        and d.category in ("weapon", "territory", "casualties")
    ) and not any(clause[0] <= m.start < q.start and m.side and not m.oblique for m in mentions):
        carried = ctx.last_event[0]
        if carried:
            d.actor, d.actor_source = carried, "carried"
            d.target = ctx.last_event[1]
    d.target = d.target or _target(text, d, modifier, clause, mentions)


def _target(
    text: str, d: Draft, modifier: str | None, clause: tuple[int, int], mentions: list[Mention]
) -> str | None:
    if d.category == "weapon" and d.action in ("shot_down", "destroyed", "damaged", "hit"):
        if modifier and modifier != d.actor:
            return modifier
        return opponent(d.actor)
    if d.action in ("killed", "injured", "captured") and modifier and modifier != d.actor:
        return modifier  # "1 million Russian soldiers have been killed": the victims' side
    if d.action == "hit":
        return opponent(d.actor)
    if d.action in ("launched", "seized", "occupied", "controlled", "killed", "injured") or (
        d.category == "weapon" and d.action is None
    ):
        start = d.noun.end if d.noun else d.q.end
        explicit = _target_after(text, start, clause[1], mentions)
        if d.category == "territory":
            owner = next(
                (
                    m.side
                    for m in mentions
                    if start <= m.start < clause[1] and m.side and m.preposition == "of"
                ),
                None,
            )
            explicit = explicit or owner
        if explicit and explicit != d.actor:
            return explicit
        return opponent(d.actor) if d.action else None
    return None


def _locate(
    text: str,
    d: Draft,
    clause: tuple[int, int],
    places: list[Place],
    mentions: list[Mention],
    ctx: ArticleContext,
) -> None:
    """Where it happened: a place named in the clause, else the rule of the action (shoot-downs
    happen over the shooter's land, strikes and seizures on the target's), else a place named
    in the sentence or earlier in the paragraph, else the country of the currency."""
    usable = places
    if d.action in ("launched", "hit") and d.actor in _opponents():
        # "launched from Bryansk and Kursk": launch sites on the actor's own soil
        usable = [p for p in places if p.country != d.actor]
    place = _choose_place(usable, clause[0], clause[1], d.q)
    if place is None:
        by_action = _country_by_action(d) if d.action not in LOSS_ACTIONS else None
        if by_action:
            d.country = by_action
            return
        place = _choose_place(usable, 0, len(text), d.q)
    if place is None and (d.category not in ("weapon", "economic") or d.action in LOSS_ACTIONS):
        place = ctx.paragraph_place
    if place is not None:
        d.place, d.country = place, place.country
    elif d.category == "casualties" and d.target in _opponents():
        d.country = d.target
    elif d.category == "personnel" and d.action in (None, "recruited"):
        side = d.actor or (d.claimant_side if d.action == "recruited" else None)
        d.country = side if side in _opponents() else None
    elif d.category == "economic":
        d.country = _currency_country(text, d) or _economy_country(text, d, mentions)


_LIST_JOIN = re.compile(r",|\band\b|\bincluding\b|\bor\b", re.IGNORECASE)


_PART_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_OF_WHICH_PART = re.compile(r",\s*of\s+(?:which|whom)\b", re.IGNORECASE)


def _in_one_list(text: str, a: Draft, b: Draft) -> bool:
    """True when quantities `a` and `b` are items of one list ("800 bombs, 600 drones and 20")."""
    gap = text[a.q.end : b.q.start]
    if _OF_WHICH_PART.search(gap):
        return False  # "550 drones, of which 449 were shot down": a part, not another item
    return (
        len(gap) <= 80
        and _LIST_JOIN.search(gap) is not None
        and strong_clause(text, a.q.end)[1] >= b.q.start
        and not find_frames(gap)
    )


def _inherit_from_lists(text: str, drafts: list[Draft]) -> None:
    """Items of one list share what only one of them says. Forwards: a number with nothing of
    its own takes its neighbour's reading ("121 thousand of which have been evacuated, and 59
    thousand are in the process"). Backwards: a passive verb after the last item governs them
    all ("667 airplanes, 283 helicopters ... have been destroyed")."""
    for prev, d in itertools.pairwise(drafts):
        part_of_prev = _OF_WHICH_PART.search(text, prev.q.end, d.q.start)
        if part_of_prev and d.actor is None and d.target is None:
            d.actor, d.target, d.actor_source = prev.actor, prev.target, "list"
        if d.category is None and prev.category and part_of_prev:
            # "476 drones, of which roughly 300 were Shahed-type": a part of the same thing
            d.category, d.unit, d.action = prev.category, prev.unit, d.action or prev.action
            d.extra.setdefault("weapon_type", prev.extra.get("weapon_type"))
            d.actor, d.target, d.actor_source = prev.actor, prev.target, "list"
            d.place, d.country = d.place or prev.place, d.country or prev.country
            continue
        if not _in_one_list(text, prev, d):
            continue
        if d.category is None and prev.category:
            d.category, d.unit = prev.category, prev.unit
            d.extra.setdefault("weapon_type", prev.extra.get("weapon_type"))
        if d.action is None and prev.action:
            d.action = prev.action
            if prev.actor or prev.target:  # the verb decides who is who, not a bare subject
                d.actor, d.target, d.actor_source = prev.actor, prev.target, "list"
        if d.actor is None and d.target is None and (prev.actor or prev.target):
            d.actor, d.target = prev.actor, prev.target
            d.actor_source = "list"
        elif d.target is None and d.actor == prev.actor:
            d.target = prev.target
    for prev, d in reversed(list(itertools.pairwise(drafts))):
        if prev.action is None and d.action and d.passive and _in_one_list(text, prev, d):
            prev.action, prev.passive = d.action, True
            if prev.actor is None:
                prev.actor, prev.target, prev.actor_source = d.actor, d.target, "list"
    for d in drafts:  # an attack whose target no rule named: the actor's opponent
        if d.target is None and d.category == "weapon" and d.action in ATTACK_ACTIONS:
            d.target = opponent(d.actor)


def _update_context(
    text: str, mentions: list[Mention], drafts: list[Draft], ctx: ArticleContext
) -> None:
    for m in mentions:
        if m.kind == "person":
            ctx.last_person = m
    subject = _subject(mentions, 0, len(text))
    if subject:
        ctx.last_subject_side = subject.side
    for d in drafts:
        if d.claimant:
            ctx.last_claimant = (d.claimant, d.claimant_side)
    if not drafts:
        speaker = _speaker(text, mentions, ctx)
        if speaker[1]:
            ctx.last_claimant = ctx.paragraph_claimant = speaker
    ctx.last_drafts = drafts
    actions = find_actions(text) if not drafts else []
    event = next((d for d in reversed(drafts) if d.actor), None)
    if event:
        ctx.last_event = (event.actor, event.target)
    elif actions and subject:
        a = actions[0]
        target = _target_after(text, a.end, len(text), mentions)
        if (
            subject.start < a.start
            and a.pick("weapon")
            and a.pick("weapon")["action"] in ATTACK_ACTIONS
        ):
            ctx.last_event = (subject.side, target or opponent(subject.side))


# ---------------------------------------------------------------- article


CONFIDENCE = {
    "place": 0.6,
    "target": 0.6,
    "subject": 0.9,
    "agent": 0.9,
    "pronoun": 0.8,
    "modifier": 0.75,
    "claimant": 0.65,
    "list": 0.6,
    "carried": 0.5,
    "none": 0.4,
}


def claim_id(article_id: str, span_start: int, span_end: int) -> str:
    return hashlib.sha256(f"{article_id}:{span_start}:{span_end}".encode()).hexdigest()[:16]


class BudgetExceeded(RuntimeError):
    """An article took longer than its time budget; its claims are withheld."""


# A "sentence" longer than this (a list run together, a scraped table) is analysed in pieces
# cut at commas or spaces, so the analysis stays linear in the length of the text.
MAX_SENTENCE_CHARS = 800


def _pieces(s: SentenceInput) -> Iterator[SentenceInput]:
    if len(s.text) <= MAX_SENTENCE_CHARS:
        yield s
        return
    start = 0
    while start < len(s.text):
        end = min(len(s.text), start + MAX_SENTENCE_CHARS)
        if end < len(s.text):
            cut = max(s.text.rfind(", ", start, end), s.text.rfind("; ", start, end))
            cut = cut if cut > start else s.text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        yield SentenceInput(s.index, s.paragraph, s.text[start:end], s.offsets.slice(start, end))
        start = end


def extract_from_sentences(
    article_id: str,
    raw_text: str,
    sentences: Iterable[SentenceInput],
    deadline: float | None = None,
) -> Iterator[dict]:
    """Claim rows (CLAIMS_SPEC columns plus extras) of one article's clean sentences.

    `deadline` is a `time.monotonic()` value; past it, BudgetExceeded is raised."""
    ctx = ArticleContext()
    seen: set[tuple[str, str]] = set()
    for s in (piece for sentence in sentences for piece in _pieces(sentence)):
        if deadline is not None and time.monotonic() > deadline:
            raise BudgetExceeded(f"article {article_id} exceeded its extraction time budget")
        for d in analyse_sentence(s.text, ctx, s.paragraph):
            start, end = s.offsets.raw_span(d.q.start, d.q.end)
            surface = raw_text[start:end]
            key = (" ".join(s.text.split()).lower(), surface)
            if key in seen:
                continue
            seen.add(key)
            place = d.place
            yield {
                "claim_id": claim_id(article_id, start, end),
                "article_id": article_id,
                "value": float(d.value),
                "value_low": _scaled(d.q.value_low, d),
                "value_high": _scaled(d.q.value_high, d),
                "qualifier": d.q.qualifier,
                "unit": d.unit,
                "category": d.category,
                "weapon_type": d.extra.get("weapon_type") if d.category == "weapon" else None,
                "weapon_model": d.extra.get("weapon_model") if d.category == "weapon" else None,
                "action": d.action,
                "actor": d.actor,
                "target": d.target,
                "claimant": d.claimant,
                "claimant_side": d.claimant_side,
                "country": d.country,
                "region": place.region if place else None,
                "location": place.text if place and place.kind in SUB_REGIONAL else None,
                "time_phrase": d.time_phrase,
                "surface": surface,
                "span_start": start,
                "span_end": end,
                "sentence": s.text,
                "confidence": _confidence(d),
                "hedge": d.extra.get("hedge"),
                "number_kind": d.q.kind,
                "sentence_index": s.index,
            }


def _scaled(bound: float | None, d: Draft) -> float | None:
    if bound is None:
        return None
    return float(bound) * (d.value / d.q.value if d.q.value else 1.0)


def _confidence(d: Draft) -> float:
    score = CONFIDENCE.get(d.actor_source, 0.4)
    if d.noun is None or d.extra.get("noun_left"):
        score -= 0.1
    return round(max(0.05, min(1.0, score)), 2)


def extract_claims(article_id: str, raw_text: str) -> list[dict]:
    """Clean `raw_text` and extract its claims (convenience for tests and scripts)."""
    cleaned = clean_article(raw_text)
    sentences = (
        SentenceInput(
            s.index, s.paragraph, cleaned.sentence_text(s), cleaned.offsets.slice(s.start, s.end)
        )
        for s in cleaned.sentences
    )
    return list(extract_from_sentences(article_id, raw_text, sentences))


__all__ = ["Match", "SentenceInput", "extract_claims", "extract_from_sentences"]
