"""Figures that share a reading: list items, list headers, subsets ("25 of 31",
"of which 449") and derived figures (daily increments, shares)."""

import itertools
import re
from dataclasses import replace

from pipeline.extraction.claimants import find_speaker
from pipeline.extraction.frames import (
    RELATIVE_HAVING,
    Action,
    find_actions,
    find_frames,
    find_time_phrases,
    strong_clause,
)
from pipeline.extraction.mentions import Mention, Place, regional_places
from pipeline.extraction.model import (
    ATTACK_ACTIONS,
    LOSS_ACTIONS,
    VICTIM_ACTIONS,
    ArticleContext,
    Draft,
    ListHeader,
    destroyed_in_the_air,
    opponent,
    opponents,
)
from pipeline.extraction.nouns import find_nouns
from pipeline.extraction.numbers import Quantity, bounds, find_quantities
from pipeline.extraction.places import choose_place, region_of
from pipeline.lexicons import matcher

# A line of a list: a noun, a dash or colon, then the figure ("tanks ‒ 1496 (+19),").
LIST_ITEM = re.compile(
    # (a bullet: "• Donetska oblast: 9 killed", "– Kaliningrad: ", or an emoji: "🔥 tanks – 4")
    r"^(?:[^\w\s]{1,3}[ ]+)?"
    r"(?P<label>[^\W\d][^:‒–—\n]{0,80}?)"
    # (a colon or dash, or a hyphen with a space beside it: no "Su-34", "Tu-22M3")
    r"(?:[ ]*[‒–—:][‒–—:-]*[ ]*|[ ]+-+[ ]*|-+[ ]+|[ ]*(?:\.{4,}|…+)[ ]*)"  # ("Japan .... 28")
    r"(?:about|approximately|approx\.|~|up[ ]to|over|more[ ]than|at[ ]least|almost|nearly"
    r"|around|some|fewer[ ]than|less[ ]than)?[ ]*\d"
)


def list_line(text: str) -> bool:
    """Whether `text` has the shape of a list line ("tanks ‒ 11 362 (+5)"): a label, a colon
    or dash, a figure; not the colon of a clock time ("scrambled two F-16 fighters at 03:40")."""
    found = LIST_ITEM.match(text)
    if found is None:
        return False
    at = found.end("label")
    return not (
        text[at : at + 1] == ":" and text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()
    )


_OTHER_OBJECT = re.compile(r"[ ](?:the|a|an|his|her|their|its|our)[ ](?!following\b)(\w)")


def _attack_noun(row: dict[str, str]) -> bool:
    """A noun of an attack aimed at a place ("strikes on", "attacks on"): a launch row whose
    `subject_is` is the target, so that the side reporting it is not taken for the attacker."""
    return row["action"] == "launched" and row.get("subject_is") == "target"


def list_header(text: str, mentions: list[Mention], ctx: ArticleContext) -> ListHeader:
    """Read a list's header line: who reports, whose losses, how approximate, when."""
    claimant, claimant_side = find_speaker(text, mentions, ctx)
    if not claimant_side:
        claimant, claimant_side = ctx.last_claimant
    actions = find_actions(text)
    regional = regional_places(text)
    if not text.rstrip().endswith(":"):
        # a sentence read as a header once a list follows it: a noun of an attack there is
        # the sentence's news, not what the lines below count ("... said its forces had
        # carried out a massive strike on Ukrainian energy facilities." over "Air defence
        # shot down 470 targets: 452 drones and 18 missiles")
        actions = [a for a in actions if not any(_attack_noun(r) for r in a.rows)]
    if ctx.demining:  # "the following areas cleared in 2026, by region:" (of mines)
        actions = [a for a in actions if a.text[:5].lower() != "clear"]
    if actions:
        # (a verb whose object is something other than the list's: "He keeps the tally in an
        # exercise book, together with the rounds fired:")
        starts = {n.start for n in find_nouns(text)} | {p.start for p in regional}
        actions = [
            a
            for a in actions
            if not (obj := _OTHER_OBJECT.match(text, a.end)) or obj.start(1) in starts
        ]
    if (following := text.find(" following ")) >= 0:
        # "..., which keeps a register of every attack on critical infrastructure, lists the
        # following weapons used against the region's energy facilities:": what the list's
        # items underwent is said after "the following"
        actions = sorted(actions, key=lambda a: a.start < following)
    sided = [m for m in mentions if m.side and m.kind != "pronoun" and m.name != claimant]
    target = None
    aimed_at = None
    actor: str | None = None
    if (
        actions
        and any(r["action"] == "delivered" for r in actions[0].rows)
        and text.rstrip().endswith(":")
    ):
        # "the UK has delivered to Ukraine:": a supplier and the side supplied, no enemies
        after = [m for m in sided if m.start >= actions[0].end]
        before = [m for m in sided if m.end <= actions[0].start]
        actor = before[-1].side if before else None
        target = after[0].side if after else None
    elif actions:
        after = [m for m in sided if m.start >= actions[0].start]
        before = [m for m in sided if m.end <= actions[0].start]
        if _USED_ON.match(text, actions[0].end) and _THINGS_BEFORE.search(
            text, max(0, actions[0].start - 30), actions[0].start
        ):
            # "The Sumy Regional Military Administration lists the following weapons used
            # against the region's energy facilities:": a participle, whose agent is not
            # the side before it
            before = []
        target = (after[0] if after else before[-1]).side if (after or before) else None
        if after and _BY_AGENT_BEFORE.search(text, max(0, after[0].start - 4), after[0].start):
            # "Killed while on duty by Russian attacks": the side that killed them
            target = opponent(after[0].side)
        rows = actions[0].rows
        aimed_at = next(
            (p for p in regional if _AIMED_AT.fullmatch(text, actions[0].end, p.start)), None
        )
        if aimed_at is None and ctx.last_region and _AT_THE_REGION.match(text, actions[0].end):
            # "weapons used against the region's energy facilities:": the region named last
            aimed_at = region_of(ctx.last_region)
        if not after and aimed_at is not None and aimed_at.country in opponents():
            # "Russian drone attacks on the Zaporizhzhia region:": the land attacked
            target = aimed_at.country
        elif not after and before and not any(r.get("subject_is") == "target" for r in rows):
            # "Ukrainian defenders have also destroyed:": the side before a verb acts
            target = opponent(before[-1].side)
    times = find_time_phrases(text)
    # (a time phrase's word is no qualifier: "the changes over the past day")
    qualifiers = [
        q
        for q in matcher("qualifiers").find(text)
        if not any(t.start <= q.start < t.end for t in times)
        # (nor a preposition: "Under the heading ...")
        and not _DETERMINER_AFTER.match(text, q.end)
    ]
    nouns = [n for n in find_nouns(text) if not n.is_unit]
    # the noun the header itself counts, if it counts one ("breaks down the 21 deaths by
    # region:"), else its first ("Russian losses:")
    counts = find_quantities(text) if nouns else []
    noun = next(
        (n for n in nouns for q in counts if _COUNTED_GAP.fullmatch(text, q.end, n.start)),
        nouns[0] if nouns else None,
    )
    if (
        not actions
        and (forces := _FORCES_AT.search(text)) is not None
        and (row := matcher("actions").lookup("deployed")) is not None
    ):
        # "the following estimates of Russian forces near Lithuania:" over "– Kaliningrad
        # region: about 11,000 troops": forces stationed where each line says
        actions = [Action(forces.start(), forces.end(1), forces.group(1), (row,))]
        owner = next((m.side for m in sided if m.end <= forces.start()), None)
        if owner is not None:
            actor, target = owner, None
    alone = _SIDE_ALONE.fullmatch(text.strip())
    return ListHeader(
        side_only=next((m.side for m in sided if alone and m.text == alone[1]), None),
        claimant=claimant,
        claimant_side=claimant_side,
        actor=actor or opponent(target),
        target=target,
        actions=actions,
        qualifier=qualifiers[-1].payload["qualifier"] if qualifiers else None,
        time_phrase=times[0].text if times else None,
        noun=noun,
        place=aimed_at,
        breakdown=_BREAKDOWN.search(text) is not None,
    )


_COUNTED_GAP = re.compile(r"[ ](?:[\w-]+[ ]){0,2}")
# A header that names one thing, with its count in brackets: "Russia (1,143)", "Ukraine:"
_SIDE_ALONE = re.compile(r"(?:[^\w\s]{1,3}[ ]*)?([A-Z][\w’'. -]{1,40}?)[ ]*(?:\([\d,. ]+\))?:?")
_BY_AGENT_BEFORE = re.compile(r"\bby[ ]$")
_DETERMINER_AFTER = re.compile(r"[ ](?:the|a|an|its|their|this|that)[ ]")
_BREAKDOWN = re.compile(r"\bbreakdown\b", re.IGNORECASE)
# A header's forces and where they stand: "Russian forces near Lithuania:", "troops along
# the border"
_FORCES_AT = re.compile(
    r"\b(forces|troops|servicemen|units)[ ](?:near|along|on|at|in|around|close[ ]to)[ ]"
)
# An action word as a participle after the things it befell, aimed at something: "weapons
# used against", "drones launched at"
_THINGS_BEFORE = re.compile(r"\b\w{3,}s[ ]$")
_USED_ON = re.compile(r"[ ](?:against|at|on|into)[ ]")
# "... against the region's energy facilities:", "launched at the region"
_AT_THE_REGION = re.compile(r"[ ](?:against|at|on|over)[ ]the[ ](?:region|oblast)\b")
# Between an action and the place it is aimed at: "strikes on Kharkiv", "attacks on the
# Odesa region", "shelling of Kherson"
_AIMED_AT = re.compile(r"[ ](?:the[ ])?", re.IGNORECASE)


def apply_header(d: Draft, h: ListHeader) -> None:
    """A list item takes what its own line does not say from the list's header."""
    row = h.actions[0].pick(d.category) if h.actions else None
    own = d.action  # (a line's own verb, where the header's verb says nothing of its kind:
    # "181 air targets had been shot down" under "The air attack was repelled by aviation":
    # its sides are its own)
    if d.action is None and row is not None:
        d.action = row["action"]
        if d.category == "personnel" and row["category"] == "casualties":
            d.category = "casualties"
    if (h.actor or h.target) and (own is None or row is not None):
        d.actor, d.target, d.actor_source = h.actor, h.target, "list"
    elif (
        h.side_only in opponents()
        and d.category == "weapon"
        and (
            d.actor_source in ("none", "carried", "list")
            or d.actor is d.target is None
            # (weapons of the side's make: "Air defence systems: 27 (Pantsir-S1, Tor-M2)")
            or (d.actor == h.side_only and d.target is None)
        )
        and (d.action is None or d.action in LOSS_ACTIONS)
    ):
        # "Russia (1,143)" over "• Tanks: 212 (destroyed: 168, ...)": the side's losses
        d.target, d.actor, d.actor_source = h.side_only, opponent(h.side_only), "list"
    if d.claimant is None and (h.claimant or h.claimant_side):
        d.claimant, d.claimant_side = h.claimant, h.claimant_side
    if h.qualifier and d.q.kind == "digits" and d.q.qualifier == "exact":
        low, high = bounds(d.q.value, h.qualifier)
        d.q = replace(d.q, qualifier=h.qualifier, value_low=low, value_high=high)
    d.time_phrase = d.time_phrase or h.time_phrase
    if h.place is not None and d.place is None and d.country in (None, h.place.country):
        d.place, d.country = h.place, h.place.country


def link_subsets(text: str, drafts: list[Draft]) -> None:
    """A figure shot down out of a bigger one makes the bigger one a launch by the other side:
    "shot down 25 of 31 missiles", "550 drones and 24 missiles, of which 449 were shot down";
    and a launch makes the part shot down the launcher's."""
    for i, part in enumerate(drafts):
        if part.action != "shot_down":
            whole = drafts[i + 1] if i + 1 < len(drafts) else None
            if (
                part.action
                and whole is not None
                and whole.action == part.action
                and whole.category == part.category
                and _PART_OF_OWNED.fullmatch(text, part.q.end, whole.q.start)
            ):
                # "have hit 17 of Russia's 38 large refineries": the 38 were not all hit
                whole.action = whole.actor = whole.target = None
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
        elif (
            before and _OF_WHICH_AFTER.match(text, part.q.end) and _in_one_list(text, before, part)
        ):
            wholes = [before]  # "eight Kinzhal missiles, only two of which were intercepted"
        for whole in wholes:
            if whole.category != part.category:
                continue
            span = part.action_span
            if (
                whole.action == "shot_down"
                and span is not None
                and whole.q.end <= span.start
                and span.end <= part.q.start
            ):
                # (a part that only says where some of them were has the whole's own verb: "38
                # UAVs were shot down ..., of which 14 were over Sevastopol")
                continue
            if whole.action == "launched" and whole.actor and part.target is None:
                # "12 of the 19 drones Russia sent across the border were downed by Polish
                # jets": the launcher's drones
                part.target = whole.actor
            if whole.action in (None, "shot_down", "hit") or (
                whole.action == "launched" and whole.actor is None
            ):
                actor = part.target or opponent(part.actor)
                whole.action, whole.passive = "launched", False
                whole.actor, whole.target, whole.actor_source = actor, opponent(actor), "list"


def derived(text: str, base: Draft, q: Quantity, places: list[Place]) -> Draft:
    """A daily increment "(+19)" or a share "half of them": the figure it hangs on, re-valued."""
    if q.kind == "share":
        value = base.value * q.value
        qualifier = q.qualifier if q.qualifier != "exact" else base.q.qualifier
        low, high = bounds(value, qualifier)
        q = replace(q, value=value, value_low=low, value_high=high, qualifier=qualifier)
    d = replace(base, q=q, value=q.value, extra=dict(base.extra))
    if q.kind == "share":
        clause = strong_clause(text, q.start)
        own = choose_place(text, places, q.end, clause[1], q)
        if own is not None:
            d.place, d.country = own, own.country
    return d


_LIST_JOIN = re.compile(r",|\band\b|\bincluding\b|\bor\b", re.IGNORECASE)
# A breakdown set off by dashes right after its whole: "destroyed eight aircraft at Morozovsk —
# six Su-34 bombers and two Su-25 attack jets —"
_DASH_BREAKDOWN = re.compile(r"[^—–.;:]{1,60}[ ][—–][ ]")


# Items of a bare enumeration: "160, 190 and 75 servicemen"
_ENUMERATION = re.compile(r",?[ ](?:and[ ]|or[ ])?", re.IGNORECASE)
_INCLUDING = re.compile(r"\bincluding\b|\bamong[ ]them\b", re.IGNORECASE)
_PART_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_PART_OF_OWNED = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*['’]s\s+)?")
# A figure said again in other terms: "1,460 square kilometres, an area equal to 0.24 percent"
_RESTATED = re.compile(r",[ ]+(?:an[ ]area\b|or[ ]|equal[ ]to\b|equivalent[ ]to\b)")


_OF_WHICH_PART = re.compile(r",\s*of\s+(?:which|whom)\b", re.IGNORECASE)


# "90 drones, 60 of which were shot down": a part of the count before
_OF_WHICH_AFTER = re.compile(r"\s+of\s+(?:which|whom)\b", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+of\s+(?:which|whom|them|these|those)\b", re.IGNORECASE)
_PART_OF_NEXT = re.compile(r"[ ]of[ ](?:the[ ])?")  # "22 of the 24 Kh-101"


_NEXT_BULLET = re.compile(r";[ ][•·▪–-][ ]")


def _in_one_list(text: str, a: Draft, b: Draft) -> bool:
    """True when quantities `a` and `b` are items of one list ("800 bombs, 600 drones and 20")."""
    gap = text[a.q.end : b.q.start]
    if _OF_WHICH_PART.search(gap):
        return False  # "550 drones, of which 449 were shot down": a part, not another item
    if RELATIVE_HAVING.search(gap):
        return False  # "remained in X, a city that had about 67,000 residents"
    return (
        # (a breakdown may come long after its whole: "destroyed 112 drones over Russian
        # regions between 20:00 and 07:00 Moscow time, including 38 over the Kursk region",
        # "... over the territory of Russian regions: 41 over the Bryansk region")
        (
            len(gap) <= 80
            or (len(gap) <= 160 and (_INCLUDING.search(gap) or gap.rstrip().endswith(":")))
        )
        # (a list of bullets run into one line: "Damaged: • 23 private houses; • 4 apartment
        # buildings")
        and (
            (_LIST_JOIN.search(gap) is not None and strong_clause(text, a.q.end)[1] >= b.q.start)
            or _NEXT_BULLET.search(gap) is not None
        )
        and not find_frames(gap)
    )


def _borrows_noun(prev: Draft, d: Draft) -> bool:
    """`d` counts `prev`'s noun, named before both: "33 drones: 14 over Bryansk region"."""
    return bool(
        d.extra.get("noun_left")
        and d.noun is not None
        and prev.noun is not None
        and d.noun.start == prev.noun.start
    )


def _same_verb(prev: Draft, d: Draft) -> bool:
    a, b = prev.action_span, d.action_span
    return a is not None and b is not None and a.start == b.start


def _shot_down_of_launched(prev: Draft, d: Draft) -> bool:
    """`d` shot down what `prev` launched: the launcher's opponent shot it down."""
    return d.action == "shot_down" and prev.action == "launched" and prev.actor is not None


def _same_kind(prev: Draft, d: Draft) -> bool:
    return d.category == prev.category and d.extra.get("weapon_type") == prev.extra.get(
        "weapon_type"
    )


def inherit_from_lists(text: str, drafts: list[Draft]) -> None:
    """Items of one list share what only one of them says. Forwards: a number with nothing of
    its own takes its neighbour's reading ("121 thousand of which have been evacuated, and 59
    thousand are in the process"). Backwards: a passive verb after the last item governs them
    all ("667 airplanes, 283 helicopters ... have been destroyed")."""
    for prev, d in itertools.pairwise(drafts):
        part_of_prev = (
            _OF_WHICH_PART.search(text, prev.q.end, d.q.start)
            or (_OF_WHICH_AFTER.match(text, d.q.end) and _in_one_list(text, prev, d))
            or (
                d.action is None
                and d.category == prev.category
                and prev.noun is not None
                and _DASH_BREAKDOWN.fullmatch(text, prev.noun.end, d.q.start)
            )
        )
        # (a part named by its kind shares the whole's verb: "476 drones, of which about
        # 300 were Shahed drones")
        copied = bool(
            part_of_prev
            and prev.category
            and (d.category is None or (d.category == prev.category and d.action is None))
        )
        if copied:
            # "476 drones, of which roughly 300 were Shahed-type": a part of the same thing
            d.category, d.unit, d.action = prev.category, prev.unit, d.action or prev.action
            d.extra.setdefault("weapon_type", prev.extra.get("weapon_type"))
            destroyed_in_the_air(d)
            d.place, d.country = d.place or prev.place, d.country or prev.country
        if part_of_prev and (copied or (d.actor is None and d.target is None)):
            if _shot_down_of_launched(prev, d) or (
                d.action == "shot_down" and prev.action is None and prev.actor in opponents()
            ):  # "550 drones, of which 449 were shot down"
                d.actor, d.target, d.actor_source = opponent(prev.actor), prev.actor, "list"
            else:
                d.actor, d.target, d.actor_source = prev.actor, prev.target, "list"
        if copied:
            continue
        if (
            d.category == prev.category == "territory"
            and d.action is None
            and prev.action
            and _RESTATED.search(text, prev.q.end, d.q.start)
        ):
            # "captured 1,460 square kilometres, an area ... equal to about 0.24 percent of
            # Ukraine's territory": the same land, said again
            d.action, d.actor, d.target, d.actor_source = (
                prev.action,
                prev.actor,
                prev.target,
                "list",
            )
            continue
        in_list = _in_one_list(text, prev, d)
        if not in_list and not _borrows_noun(prev, d):
            continue
        if (
            in_list
            and _INCLUDING.search(text, prev.q.end, d.q.start)
            and d.category in (None, prev.category)
            and d.actor_source in ("subject", "pronoun", "none", "carried")
        ):
            # "he put the figure at 14, including two children": a part of the whole, whose
            # sides it shares, whatever the sentence's subject
            d.actor, d.target = prev.actor, prev.target
            d.actor_source = "list" if prev.actor or prev.target else "none"
        if d.category is None and prev.category:
            d.category, d.unit = prev.category, prev.unit
            d.extra.setdefault("weapon_type", prev.extra.get("weapon_type"))
            destroyed_in_the_air(d)  # "destroyed 96 UAVs: 41 over the Bryansk region": shot down
            if d.place is None and d.country is None:
                # (placed with no category to go by: the list's place is the item's)
                d.place, d.country = prev.place, prev.country
        if _same_verb(prev, d) and _same_kind(prev, d) and not d.extra.get("noun_action"):
            # one verb governs both, read one way: "intercepted and destroyed 33 drones: 14
            # over Bryansk region, 9 over Kursk region" (all shot down, all Ukraine's)
            d.action, d.passive = prev.action, prev.passive
            if d.actor is None and d.target is None and (prev.actor or prev.target):
                d.actor, d.target, d.actor_source = prev.actor, prev.target, "list"
        if (
            _shot_down_of_launched(prev, d)
            and d.actor is None
            and d.target is None
            and (_borrows_noun(prev, d) or d.noun is None)
        ):  # "Russia launched 80 drones: 60 were shot down", "... 8 missiles, 3 shot down"
            d.actor, d.target, d.actor_source = opponent(prev.actor), prev.actor, "list"
            if d.noun is None and _same_kind(prev, d) and not d.extra.get("weapon_model"):
                d.extra["weapon_model"] = prev.extra.get("weapon_model")  # (the same Kinzhals)
        if not in_list:
            continue
        # (a verb for one kind of thing is not one for another: "95 of them killed, and one
        # tank ... were destroyed")
        if d.action is None and prev.action and prev.category == d.category:
            d.action = prev.action
            if prev.actor or prev.target:  # the verb decides who is who, not a bare subject
                d.actor, d.target, d.actor_source = prev.actor, prev.target, "list"
        if (
            (
                (d.actor is None and d.target is None)
                # (sides carried from another sentence yield to the list's: "Of those, 112
                # have been killed and more than 300 wounded")
                or (d.actor_source == "carried" and prev.actor_source != "carried")
            )
            and (prev.actor or prev.target)
            # (a side named on one item's noun, with no verb yet to say whether it acts or
            # suffers, is that item's: "8,000 Ukrainian servicemen and 1,800 civilians")
            and not (prev.actor_source == "modifier" and prev.action is None)
        ):
            if d.place is None and d.target is not None and d.country == d.target:
                d.country = prev.country  # (where the carried victims were placed)
            d.actor, d.target = prev.actor, prev.target
            if prev.action == "shot_down" and d.action == "hit" and d.category == "weapon":
                # "11 were shot down and three reached their targets": the launcher's weapons
                d.actor, d.target = prev.target, prev.actor
            d.actor_source = "list"
        elif d.target is None and d.actor == prev.actor:
            d.target = prev.target
    for prev, d in reversed(list(itertools.pairwise(drafts))):
        if (
            prev.action is None
            and d.action
            and d.passive
            and _in_one_list(text, prev, d)
            # (a part's verb: "two of which were", "about 20,000 of them killed")
            and not _PART_AFTER.match(text, d.q.end)
            and not _borrows_noun(prev, d)  # nor a part's: "8 Kinzhal missiles, 3 shot down"
            # (weapons are not killed: "lists 67 Leopard 2s, and adds that 1,200 mercenaries
            # were killed")
            # (nor are houses evacuated: "Residents of 16 houses, 54 people in all, have been
            # moved")
            and not (
                prev.category in ("weapon", "infrastructure")
                and (d.action_row or {}).get("category") in ("casualties", "displacement")
            )
        ):
            prev.action, prev.passive = d.action, True
            maker = prev.extra.get("maker")
            if maker and not prev.extra.get("modifier") and d.action in ("hit", "launched"):
                # "two Neptune missiles and 15 attack drones struck Saky": weapons only one
                # side fields say whose the list is, where the verb's side was only a guess
                prev.actor, prev.target, prev.actor_source = maker, opponent(maker), "modifier"
                if d.actor_source == "claimant":
                    d.actor, d.target = maker, opponent(maker)
            elif prev.actor is None or prev.actor_source == "carried":
                # (a side carried from an earlier sentence yields to the list's own verb)
                prev.actor, prev.target, prev.actor_source = d.actor, d.target, "list"
            elif prev.actor_source == "modifier" and prev.action in VICTIM_ACTIONS:
                # "more than 8,000 Ukrainian servicemen and 1,800 civilians are still held in
                # Russia": the side named on the people suffers the verb, it does not act
                victims = prev.extra.get("modifier")
                prev.target, prev.actor = victims, opponent(victims)
    for prev, d in itertools.pairwise(drafts):
        if (
            prev.action is None
            and d.passive
            and d.action in ("shot_down", "destroyed", "hit")
            and _PART_OF_NEXT.fullmatch(text, prev.q.end, d.q.start)
        ):
            # "22 of the 24 Kh-101, all eight Kalibr missiles ... were destroyed": the part
            # underwent the list's verb (`link_subsets` makes the whole a launch)
            prev.action, prev.passive, prev.action_row = d.action, True, d.action_row
            prev.category = prev.category or d.category
            prev.actor, prev.target, prev.actor_source = d.actor, d.target, "list"
    for prev, d in reversed(list(itertools.pairwise(drafts))):
        if (
            prev.category is None
            and prev.noun is None
            and d.category is not None
            and (d.extra.get("enumerated") or (d.noun is not None and d.noun.start > d.q.end))
            and (gap := _ENUMERATION.fullmatch(text, prev.q.end, d.q.start))
            # (a list that ends in "and": not "a population of 67,000, about 9,500 people")
            and (d.extra.get("enumerated") or gap.group().strip(", "))
        ):
            prev.extra["enumerated"] = True
            # "amounted to up to 160, up to 190 and up to 75 servicemen": the last item's
            # noun counts them all
            prev.category, prev.unit = d.category, d.unit
            prev.extra.setdefault("weapon_type", d.extra.get("weapon_type"))
            # (its sides too: read with nothing counted, they were read blind)
            prev.action = prev.action or d.action
            prev.actor, prev.target, prev.actor_source = d.actor, d.target, "list"
            prev.place, prev.country = prev.place or d.place, prev.country or d.country
    for d in drafts:  # an attack whose target no rule named: the actor's opponent
        if (d.target is None and d.category == "weapon" and d.action in ATTACK_ACTIONS) or (
            d.target is None and d.action == "deported" and d.actor in opponents()
        ):  # ("19,546 children ... deported by Russia": Ukraine's)
            d.target = opponent(d.actor)
