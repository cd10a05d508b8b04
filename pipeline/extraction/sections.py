"""The layout around a figure: list lines, section headings and tables, whose figures take
what their own line does not say (the verb, the sides) from a heading or a column above.

- A section heading ("Gains by direction", "🔻 LAUNCHED") lends its verb to the bullet and
  "label: figure" lines of its section ("Pokrovsk direction: 29 km²", "• 24 Kh-101 missiles").
- A table's header row ("Type of target | Shot down / suppressed | Locationally lost") lends
  each column's verb to the figures in that column ("Kh-101 | 21 | –"), and its noun or unit
  to figures whose row names none ("Region | Land released, km² | Explosive items found" over
  "Kharkiv | 2,140 | 41,870").
"""

import re
from dataclasses import replace

from pipeline.extraction.frames import find_actions
from pipeline.extraction.lists import list_line
from pipeline.extraction.model import ArticleContext, Draft, Noun, opponent, opponents
from pipeline.extraction.nouns import find_nouns
from pipeline.extraction.numbers import Quantity
from pipeline.lexicons import matcher

# Figures whose sides a heading or column may replace: none of their own sentence's
_NOT_OWN_SIDES = frozenset({"none", "carried", "claimant"})
# What a side reports others did to it, and what it did to others
_DONE_TO_REPORTER = frozenset({"launched", "hit"})
_DONE_BY_REPORTER = frozenset({"shot_down", "destroyed"})
_BULLETS = "•●▪◦·*-–—"
_SYMBOLS = "🔻🔺⚡️❗️✅📍🔹🔸►▶ \ufe0f"


def maybe_list_item(text: str) -> bool:
    """A loss-list line ("tanks ‒ 11 362 (+5)"): short, with a dash or colon before a number.
    The length and character tests spare the regular expression most sentences."""
    return (
        len(text) < 200 and (any(c in text for c in "‒–—:-…") or "...." in text) and list_line(text)
    )


_TABLE_TITLE = re.compile(r"(?:Table|Chart|Figure)[ ]\d+[.:][ ]")
# A title's words before its verb that only name a side: "Table 1. Russian ", "Ukraine's "
_OWNER_BEFORE = re.compile(
    r"(?:(?:Table|Chart|Figure)[ ]\d+[.:][ ])?[A-Z][\w-]*(?:['’]s)?[ ](?:(?:[a-z]+)[ ])?"
)


def is_table_title(text: str) -> bool:
    """A numbered table's title, which may hold figures of its own: "Table 1. Russian gains by
    direction, May 2027"."""
    return len(text) < 140 and _TABLE_TITLE.match(text.lstrip(_SYMBOLS)) is not None


def is_heading(text: str) -> bool:
    """A section heading: a short line of a few words with no closing mark ("Gains by
    direction"), after any symbols that decorate it ("🔻 LAUNCHED")."""
    text = text.lstrip(_SYMBOLS)
    if is_table_title(text):
        return True  # "Table 1. Russian gains by direction, May 2027 (CEFA estimate)"
    if len(text) >= 70 or "|" in text or not text[:1].isupper():
        return False  # (a table's header row is no heading: its cells are its columns')
    words = len(text.split())
    if text.isupper() and text[-1:] in ")" and words <= 8:
        return True  # "INTERCEPTIONS (SHOT DOWN OR SUPPRESSED BY EW)"
    return len(text) < 60 and text[-1:].isalnum() and words <= 6


def open_section(text: str, ctx: ArticleContext, mentions: list = ()) -> None:
    """A heading's verb governs the lines of its section, with the sides it names ("WEAPONS
    LAUNCHED BY RUSSIA AGAINST UKRAINE") or else those of the figures just before it that it
    names ("Russian forces captured 94 km² this week"). A heading with no verb ends a
    section."""
    ctx.section_actions = find_actions(text)
    ctx.section_sides = (None, None)
    if not ctx.section_actions:
        return
    by = next((m.side for m in mentions if m.preposition == "by" and m.side in opponents()), None)
    if by is not None:
        ctx.section_sides = (by, opponent(by))
        return
    first = ctx.section_actions[0]
    owner = next((m.side for m in mentions if m.side in opponents() and m.end <= first.start), None)
    if owner is not None and any(r["subject_is"] == "target" for r in first.rows):
        # "FACT BOX — RUSSIAN COMBAT LOSSES": the side named before a noun of loss lost them
        ctx.section_sides = (opponent(owner), owner)
        return
    if owner is not None and _OWNER_BEFORE.fullmatch(text, 0, first.start):
        # "Table 1. Russian gains by direction": the side whose gains they are made them
        ctx.section_sides = (owner, opponent(owner))
        return
    for d in reversed(ctx.last_drafts):
        row = ctx.section_actions[0].pick(d.category)
        if row is not None and row["action"] == d.action and d.actor:
            ctx.section_sides = (d.actor, d.target)
            break


def section_item(text: str, d: Draft, ctx: ArticleContext) -> bool:
    """Give `d`, a figure with no verb on a bullet or "label: figure" line, its section
    heading's verb; True when it did."""
    if d.action is not None or not ctx.section_actions or ctx.list_header or d.unit == "percent":
        return False  # (a change, "+9.0%", is not what the heading counts)
    row = ctx.section_actions[0].pick(d.category)
    table_row = ctx.table_columns is not None and "|" in text
    if row is None or not (text[:1] in _BULLETS or maybe_list_item(text) or table_row):
        return False
    d.action, d.action_row = row["action"], row
    return True


# The subject of a question comes after its auxiliary: "How much of Ukraine does Russia occupy?"
_AUXILIARY_BEFORE = re.compile(r"\b(?:does|do|did|has|have|had|is|are|was|were|will|can)[ ]+$")


def open_question(text: str, mentions: list, ctx: ArticleContext, paragraph: int) -> None:
    """A question on a line of its own ("How many drones does Russia launch?") lends its verb
    and sides to the figure that opens the answer below it ("About 19%, or ...")."""
    ctx.question = None
    if not text.endswith("?") or len(text) > 120 or ctx.paragraph_sentences:
        return
    actions = find_actions(text)
    if not actions:
        return
    sided = [m for m in mentions if m.side in opponents()]
    actor = next((m.side for m in sided if _AUXILIARY_BEFORE.search(text, 0, m.start)), None)
    target = next((m.side for m in sided if m.side != actor), None) if actor else None
    # the things asked about: "How many Russian drones has your battalion shot down?"
    asked = _HOW_MANY.search(text)
    noun = next(
        (n for n in find_nouns(text) if asked and n.start >= asked.end() and not n.is_unit), None
    )
    ctx.question = (paragraph, actions, actor, target, noun)


_HOW_MANY = re.compile(r"\bhow[ ]many\b", re.IGNORECASE)


def question_noun(q: Quantity, ctx: ArticleContext) -> Noun | None:
    """The noun of the question a figure with none answers, as it opens the answer below
    it ("— How many drones has your battalion shot down?" / "— Since April, 1,412
    confirmed."), placed at the figure."""
    question = ctx.question
    if question is None or question[4] is None or ctx.paragraph_sentences:
        return None
    if ctx.paragraph != question[0] + 1:
        return None
    return replace(question[4], start=q.start, end=q.start)


def answer_item(d: Draft, ctx: ArticleContext) -> bool:
    """Give `d`, a figure with no verb opening the answer to a question, the question's verb
    and sides; True when it did."""
    question = ctx.question
    if d.action is not None or question is None or ctx.paragraph_sentences:
        return False
    paragraph, actions, actor, target, _ = question
    row = actions[0].pick(d.category) if ctx.paragraph == paragraph + 1 else None
    if row is None:
        return False
    d.action, d.action_row = row["action"], row
    d.extra["question_sides"] = (actor, target)
    return True


def read_table_row(text: str, has_figures: bool, ctx: ArticleContext) -> None:
    """Keep the columns of a table's header row (a line of cells with no figure); any line
    that is not a row of the table ends it."""
    if "|" not in text:
        ctx.table_columns = ctx.table_nouns = ctx.table_sides = None
    elif (
        not (has_figures and any(_FIGURE_FIRST.match(cell) for cell in text.split("|")))
        and not _RULE_ROW.fullmatch(text)  # (not "|---|---|")
    ):
        # a header row: no cell opens with a figure ("Host country | Per 1,000 inhabitants")
        cells = text.split("|")
        ctx.table_columns = [
            # ("Hectares cleared" in an article about mines: demined, not taken)
            [a for a in find_actions(cell) if not (ctx.demining and a.text[:5].lower() == "clear")]
            for cell in cells
        ]
        ctx.table_nouns = [_scaled(c, min(find_nouns(c), key=_start, default=None)) for c in cells]
        ctx.table_sides = [_side_named(c) for c in cells]
        for i, cell in enumerate(cells):
            if not ctx.table_columns[i] and _ADDED_HEADER.search(cell):
                # "Named dead | Added this week": the latest addition to the column before
                before = next((c for c in reversed(ctx.table_columns[:i]) if c), [])
                ctx.table_columns[i] = before


# The multiples a table writes over its figures ("bn roubles", "(UAH m)") and their values
MULTIPLE = r"billions?|bn|millions?|mn|m|thousands?|k"
MULTIPLES = {"billion": 1e9, "billions": 1e9, "bn": 1e9, "million": 1e6, "millions": 1e6,
             "mn": 1e6, "m": 1e6, "thousand": 1e3, "thousands": 1e3, "k": 1e3}  # fmt: skip
# A multiple right before a header cell's unit: "Spent on bonuses, bn roubles", "Damage,
# million UAH"
_CELL_MULTIPLE = re.compile(rf"\b({MULTIPLE})[ ]+$", re.IGNORECASE)


def _scaled(cell: str, n: Noun | None) -> Noun | None:
    """A header cell's unit with the multiple written before it ("bn roubles": a billion)."""
    if n is None or not n.is_unit or not (m := _CELL_MULTIPLE.search(cell, 0, n.start)):
        return n
    return replace(n, factor=n.factor * MULTIPLES[m[1].lower()])


# A header cell of the latest change in the column before it: "Added this week", "New",
# "Change", "Since Monday", "+/-"
_ADDED_HEADER = re.compile(
    r"\b(?:added|new|change|since|increase|this[ ](?:week|month))\b|\+", re.IGNORECASE
)
# A cell that opens with a figure: a data row's ("| about 150 |", "| 2 IRIS-T SLM systems |")
_FIGURE_FIRST = re.compile(
    r"[ ]*(?:[~≈]|(?:about|around|approximately|some|nearly|almost|over|up[ ]to|more[ ]than"
    r"|at[ ]least)[ ])?[ ]*[€$£₴]?\d",
    re.IGNORECASE,
)
# The rule under a table's header: "|---|---|---|"
_RULE_ROW = re.compile(r"[\s|:\-–—=+]+")


def _side_named(cell: str) -> str | None:
    """The side a header cell is no more than the name of ("| Russia | Ukraine |")."""
    found = matcher("entities").find(cell)
    if len(found) == 1 and found[0].text == cell.strip() and found[0].payload["side"]:
        return found[0].payload["side"]
    return None


def column_side(text: str, q: Quantity, ctx: ArticleContext) -> str | None:
    """The side whose column a figure of a table row stands in ("| Tanks | 58 | 17 |" under
    "| Category | Russia | Ukraine |"): the side that lost it, in a table of losses."""
    sides = ctx.table_sides
    if not sides or "|" not in text:
        return None
    column = text.count("|", 0, q.start)
    return sides[column] if column < len(sides) else None


def _start(n: Noun) -> int:
    return n.start


def column_noun(text: str, q: Quantity, ctx: ArticleContext) -> Noun | None:
    """The noun or unit of the header cell above a figure in a table row, placed at the
    figure (it is no word of the row's own text)."""
    nouns = ctx.table_nouns
    if not nouns or "|" not in text:
        return None
    column = text.count("|", 0, q.start)
    n = nouns[column] if column < len(nouns) else None
    if n is None:
        return None
    return Noun(q.start, q.start, n.text, n.category, n.unit, n.factor, n.weapon_type,
                n.weapon_model, n.is_unit, n.action)  # fmt: skip


def column_action(text: str, q: Quantity, d: Draft, ctx: ArticleContext) -> bool:
    """Give `d`, a figure with no verb in a table row, the verb of its column's header; True
    when it did."""
    columns = ctx.table_columns
    if d.action is not None or not columns or "|" not in text:
        return False
    column = text.count("|", 0, q.start)
    if column >= len(columns) or not columns[column]:
        return False
    row = columns[column][0].pick(d.category)
    if row is None:
        return False
    d.action, d.action_row = row["action"], row
    if d.category == "weapon" and row["category"] == "casualties":
        # "Glide bombs | 47 | 231" under "Weapon | Killed | Injured": people the weapon killed
        d.category = "casualties"
        d.extra["weapon_type"] = d.extra["weapon_model"] = None
    return True


def row_noun(text: str, q: Quantity, nouns: list[Noun], ctx: ArticleContext) -> Noun | None:
    """The counted noun of a figure in a table row: the last one in the row's first cell
    ("Shahed, Gerbera, other UAVs | 408 | 53")."""
    if ctx.table_columns is None or "|" not in text:
        return None
    first = text.index("|", 1 if text.startswith("|") else 0)  # (past a leading "| ")
    return next((n for n in reversed(nouns) if n.end <= first < q.start), None)


def layout_sides(d: Draft, ctx: ArticleContext) -> None:
    """Sides of a figure that took its verb from a heading or a column, where its own line
    names none: the sides of the figures the heading sums up, else, in one side's report, its
    opponent's launches and strikes and its own interceptions ("🔻 LAUNCHED • 24 Kh-101
    missiles" in Ukraine's air-force report: Russia's)."""
    if d.actor_source not in _NOT_OWN_SIDES:
        return
    if (asked := d.extra.get("question_sides")) and asked[0]:
        d.actor, d.target, d.actor_source = *asked, "list"  # the question's: "does Russia ..."
        return
    # (the claimant a figure with none of its own will carry: the paragraph's, the issuer's)
    reporter = d.claimant_side or ctx.paragraph_claimant[1] or ctx.issuer[1]
    reporter = reporter if reporter in opponents() else None
    if ctx.section_sides[0] and ctx.section_actions:
        d.actor, d.target = ctx.section_sides
    elif reporter and d.category == "weapon" and d.action in _DONE_TO_REPORTER:
        d.actor, d.target = opponent(reporter), reporter
    elif reporter and d.category == "weapon" and d.action in _DONE_BY_REPORTER:
        d.actor, d.target = reporter, opponent(reporter)
    else:
        return
    d.actor_source = "list"
