"""What a number counts: units and counted nouns after it ("145 Iranian attack drones"),
before it in list layouts ("tanks ‒ 1496"), and the category and unit they give a claim."""

import re

from pipeline.extraction.frames import find_time_phrases
from pipeline.extraction.model import Draft, Noun
from pipeline.extraction.numbers import Quantity, times
from pipeline.extraction.syntax import STOP_WORDS, word_list
from pipeline.lexicons import matcher
from pipeline.text.spans import longest_first

# Patterns of the hot path, compiled once (re's own cache costs a lookup a call).
# "11 units of automotive equipment", "44 980 units of special military vehicles", "21,000
# objects of civilian infrastructure"
# "11 units of automotive equipment"; "1,870 names of Saratov residents" (a memorial's)
_UNITS_OF = re.compile(
    # (after a quoted figure too: '"more than 40" units of military equipment')
    r"[\"”’»]?\s*(?:units?|pieces?|items?|types?|objects?|sections?)\s+of\s+(?:[a-z][\w-]*\s+){0,2}"
    r"|\s*names\s+of\s+(?:[A-Z][\w’'-]*\s+)?(?:[a-z][\w-]*\s+){0,2}",
    re.IGNORECASE,
)


def _unit_row(symbol: str) -> dict[str, str] | None:
    return matcher("units").lookup(symbol)


# A weapon that only describes the next noun: "Kalibr-armed warships", "S-400-capable"
_ARMED_WITH = re.compile(r"-(?:armed|capable|carrying|equipped|launching)\b", re.IGNORECASE)
# A ship under a flag or in trade is a civilian one: "two foreign-flagged ships", "a
# Malta-flagged vessel", "commercial vessels" (the flag or trade word may precede one more)
_CIVIL_SHIP = re.compile(
    # ("14 Turkish-owned or Turkish-crewed ships": owned and crewed by a trading nation)
    r"(?:\b[\w-]+-(?:flagged|owned|crewed)"
    r"|\b(?:civilian|commercial|merchant|cargo|grain|container|trading))"
    r"\s+(?:(?:or|and)\s+[\w-]+-(?:flagged|owned|crewed)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)

# ... or one that trades: "Some 430 ships passed through the corridor", "95 vessels were
# waiting at anchorage for loading"
_IN_TRADE_AFTER = re.compile(
    r"[ ](?:have[ ]|had[ ]|were[ ]|are[ ])?(?:passed[ ]through|called[ ]at|docked|loaded"
    r"|waiting[ ](?:at|for|to)|carrying[ ](?:grain|cargo|wheat|corn|oil)|sailed[ ](?:from|to)"
    r"|left[ ](?:the[ ])?ports?|entered[ ](?:the[ ])?ports?)\b",
    re.IGNORECASE,
)


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
        if text.startswith("-", m.end) and _ARMED_WITH.match(text, m.end):
            continue  # "Kalibr-armed warships": the warships are counted, not the Kalibrs
        if row["weapon_type"] == "ship" and (
            _CIVIL_SHIP.search(text[max(0, m.start - 40) : m.start])
            or _IN_TRADE_AFTER.match(text, m.end)
        ):
            found.append(Noun(m.start, m.end, m.text, "infrastructure"))
            continue
        found.append(
            Noun(
                m.start,
                m.end,
                m.text,
                "weapon",
                weapon_type=row["weapon_type"] or None,  # blank: a weapon of no one kind
                weapon_model=row["weapon_model"] or None,
            )
        )
    for m in matcher("nouns", plurals=True).find(text):
        row = m.payload
        found.append(
            Noun(m.start, m.end, m.text, row["category"] or None, action=row.get("action") or None)
        )
    taken = {(n.start, n.end) for n in found}
    for m in matcher("entities").find(text):
        if m.payload["kind"] == "demonym" and (m.start, m.end) not in taken:
            # "5,857 Ukrainians were freed": people, whose category the verb says, as "people"
            found.append(Noun(m.start, m.end, m.text, None))
    return longest_first(found)


# (or glued to the model: "two KAB-250 guided bombs")
_VARIANT_GAP = re.compile(r"(?:[ ][A-Z]{0,3}-?|-)\d{1,4}[A-Za-z]{0,2}[ ]")
_AND_ANOTHER_KIND = re.compile(r"[ ](?:and|or|and/or)[ ](?:[\w-]+[ ])?")


def head_noun(text: str, q: Quantity, nouns: list[Noun], clause: tuple[int, int]) -> Noun | None:
    """The noun a quantity counts, after it: up to three modifiers may come between
    ("145 Iranian attack drones"); a compound takes its last noun as head and its first model
    ("two Kh-101 missiles", "one Kalibr cruise missile carrier")."""
    noun = _first_noun_after(text, q, nouns)
    if noun is None or noun.is_unit:
        return noun
    if noun.category == "attacks" and (joined := _AND_ANOTHER_KIND.match(text, noun.end)):
        # "6,000 attack and decoy drones": "attack" is one kind of the drones
        kind = next(
            (
                n
                for n in nouns
                if joined.start() < n.start <= joined.end() and n.category == "weapon"
            ),
            None,
        )
        if kind is not None:
            noun = Noun(noun.start, kind.end, text[noun.start : kind.end], "weapon", kind.unit,
                        kind.factor, kind.weapon_type, kind.weapon_model)  # fmt: skip
    for n in nouns:
        if (
            n.start > noun.end
            and not n.is_unit
            and (
                text[noun.end : n.start] == " "
                # a model's variant between: "two Magura V7 naval drones"
                or (noun.weapon_model and _VARIANT_GAP.fullmatch(text, noun.end, n.start))
            )
        ):
            if noun.category == "weapon" and n.text.lower() in _LOSS_WORDS:
                # "9 Leopard 2 losses", "40 tank losses": weapons lost, not casualties
                n = Noun(n.start, n.end, n.text, "weapon", action="destroyed")
            elif noun.category == "weapon" and n.text.lower() in _FIGHTERS:
                # "four F-16 fighters": aircraft, not combatants
                n = Noun(n.start, n.end, n.text, "weapon", weapon_type="aircraft")
            elif (
                noun.category == "weapon" and n.category is None and n.text.lower() not in _TARGETS
            ):
                # "two truck drivers", "three tank crews": people of the vehicle, whose category
                # the verb says, no weapon
                noun = Noun(noun.start, n.end, text[noun.start : n.end], None)
                continue
            noun = Noun(noun.start, n.end, text[noun.start : n.end], n.category or noun.category,
                        n.unit, n.factor, n.weapon_type or noun.weapon_type,
                        noun.weapon_model or n.weapon_model, action=n.action)  # fmt: skip
    if noun.category == "weapon" and noun.weapon_type is None:
        # "two launchers of the Patriot system": of the kind the system after them names
        of = _OF_SYSTEM.match(text, noun.end)
        kind = next((n for n in nouns if of and n.start == of.end() and n.weapon_type), None)
        if kind is not None:
            noun = Noun(noun.start, noun.end, noun.text, "weapon", noun.unit, noun.factor,
                        kind.weapon_type, kind.weapon_model, action=noun.action)  # fmt: skip
    return noun


_WERE = re.compile(r"[ ](?:were|was)[ ]")
_OF_SYSTEM = re.compile(r"[ ]of[ ](?:the[ ]|an?[ ])?")


_LOSS_WORDS = frozenset({"loss", "losses"})
_FIGHTERS = frozenset({"fighter", "fighters"})
_TARGETS = frozenset({"target", "targets"})


_QUOTES = frozenset("\"“”‘’'«»")
_QUOTE_CHARS = " \"“”‘’'«»"
_SUFFIX = re.compile(r"-[a-z]+$")


# After an owner, its own count: "the depot's 16 fuel tanks"
_OWNED_COUNT = re.compile(r"['’]s[ ]\d[\d,]*[ ]")


def _first_noun_after(text: str, q: Quantity, nouns: list[Noun]) -> Noun | None:
    for n in nouns:
        if n.start < q.end:
            continue
        gap = text[q.end : n.start]
        # 280 downed "Shaheds"; 120 "Sting"-type drones (a suffix is part of its word)
        words = [w for w in word_list(gap) if w not in _QUOTES and not _SUFFIX.match(w)]
        if n.is_unit:
            if not gap.strip():
                return n
            continue
        if q.kind == "vague" and gap.strip().lower() == "of":
            return n
        if _SUBSET_GAP.fullmatch(gap):
            if text.startswith(("'s ", "’s "), n.end):
                # "Eleven of the depot's 16 fuel tanks": a part of the whole the owner has
                owned = _OWNED_COUNT.match(text, n.end)
                return next((x for x in nouns if owned and x.start == owned.end()), None)
                # (else "about 0.7% of a ship's hull value": of what the ship owns)
            return n  # "84 of the drones", "25 of 31 Kh-101 missiles"
        if _UNITS_OF.fullmatch(gap):
            return n  # "11 units of automotive equipment"
        if _NAMES_JOINED.fullmatch(gap):
            # "up to 100 Molniya and Lancet drones", "32 Mastiff and Husky patrol vehicles"
            return n
        if _HYPHENED_JOINED.fullmatch(gap):
            return n  # "14 oil-refining and oil-storage facilities"
        if (copula := _WERE.match(gap)) and n.category in ("weapon", "personnel"):
            # "Of last year's total, roughly 4.1 million were first-person-view attack drones":
            # a part of a whole, named by what it is
            rest = [w for w in word_list(gap[copula.end() :]) if w not in _QUOTES]
            if (
                len(rest) <= 3
                and all(
                    w[0].isalnum()
                    and w.lower() not in STOP_WORDS
                    and w.lower() not in _CLAUSE_WORDS
                    for w in rest
                )
                and not any(q.end <= a.start < n.start for a in matcher("actions").find(text))
            ):
                return n
        if _PARTICIPLE_COUNTS.fullmatch(gap) and n.category in _HARMED:
            return n  # "48,300 damaged and 9,700 destroyed homes": both counts of homes
        if _PARTICIPLE_PAIR.match(gap) and n.category in _HARMED:
            words = words[3:]  # "6 destroyed or abandoned Leopard-type vehicles"
            if len(words) <= 2 and all(w.lower() not in STOP_WORDS for w in words):
                return n
        if 2 <= len(words) <= 3 and words[-1].lower() in ("and", "or") and " " in n.text:
            # "17 military and energy facilities", "412 enemy reconnaissance and strike UAVs":
            # two modifiers of one compound (not "140 staff and volunteers", two nouns)
            words = words[:-1]
        if len(words) <= 3 and all(
            w[0].isalnum() and w.lower() not in STOP_WORDS and w.lower() not in _CLAUSE_WORDS
            for w in words
        ):
            verbs = [a for a in matcher("actions").find(text) if q.end <= a.start < n.start]
            if verbs and not _participle_modifier(text, q, verbs, n):
                break  # "a further 38,000 joined volunteer formations": a verb, not a modifier
            return n
        break
    return None


# Words that open a new phrase or clause: no modifier of a noun ("11 wounded when a missile
# struck": the missile is not what was counted)
_CLAUSE_WORDS = frozenset("a an when while after before because if where once".split())


# A participle of harm that describes the thing counted: "60 destroyed armoured vehicles",
# "40 damaged houses", "12 downed drones", "three burnt-out tanks"
_PARTICIPLE_END = ("ed", "wn", "nt", "en", "-out")
_HARMED = frozenset({"weapon", "infrastructure", "personnel"})
_PARTICIPLE_COUNTS = re.compile(
    r"[ ](?:damaged|destroyed|killed|injured|wounded)[ ](?:and|or)[ ]\d[\d,.]*[ ]"
    r"(?:damaged|destroyed|killed|injured|wounded)[ ]"
)
_PARTICIPLE_PAIR = re.compile(r"[ ][a-z]+(?:ed|en|wn)[ ](?:or|and)[ ][a-z]+(?:ed|en|wn)[ ]")


def _participle_modifier(text: str, q: Quantity, verbs: list, n: Noun) -> bool:
    """True when the only verb between `q` and its noun `n` is a participle of harm right
    after the number, and `n` is a thing that harm is done to."""
    first = verbs[0]
    return (
        len(verbs) == 1
        and text[q.end : first.start].strip(_QUOTE_CHARS) == ""  # ('1,170 "eliminated" ...')
        and text[q.end : first.start].startswith(" ")
        and first.text.lower().endswith(_PARTICIPLE_END)
        and n.category in _HARMED
    )


# "14 oil-refining and oil-storage facilities", "418 residential and non-residential buildings"
_HYPHENED_JOINED = re.compile(
    r"[ ][a-z]+(?:-[a-z]+)?(?:[ ](?:and|or)[ ](?:non-)?[a-z]+-?[a-z]+)+[ ]"
)
_NAMES_JOINED = re.compile(
    r"[ ](?:[A-Z][\w-]*[ ]){1,2}(?:and|or)[ ](?:[A-Z0-9][\w-]*[ ]){0,2}(?:[a-z][\w-]*[ ]){0,2}"
)
# What may stand between a noun and a number that counts it from the right: a list dash
# ("tanks ‒ 1496"), an estimate ("troops, estimated at 11,000") or a copula ("the number of
# troops was put at 8,000", "casualties rose to 120").
_NOUN_THEN_NUMBER = re.compile(
    r"(?:[ ]*\([^()]{1,40}\))?[ ]*[‒–—:-]+[ ]*"  # "UAVs (operational-tactical level) – 104,918"
    # "the death toll in Kyiv has risen to two": a place may follow the noun
    r"|(?:[ ]\([^()]{1,40}\))?"  # "Russian casualties (killed and wounded) averaged ..."
    r"(?:[ ](?:in|from)[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}"
    r"(?:[ ](?:region|oblast|Oblast))?)?"
    # "the death toll from the morning attack on Zaporizhzhia has risen to three", "from this
    # afternoon's strike on Kharkiv"
    r"(?:[ ](?:from|in|of)[ ](?:the|a|an|this|that|last|[A-Z]\w+['’]s)[ ](?:[\w’'-]+[ ]){0,3}?"
    r"(?:attack|strike|strikes|shelling|bombing|explosion|blast|raid)"
    r"(?:[ ](?:on|in)[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)?)?"
    # "Russian casualties in December 2026 averaged ...": a month may follow the noun
    r"(?:[ ](?:in|since|during)[ ](?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)(?:[ ]\d{4})?)?"
    # "Russian casualties, killed and wounded, now total ...": what the count takes in
    r"(?:,[ ](?:killed|dead)[ ](?:and|or)[ ](?:wounded|injured)(?:[ ]and[ ]missing)?"
    r"(?:[ ](?:together|combined))?,)?"
    r",?[ ](?:(?:which|who)[ ])?(?:(?:is|are|was|were|has been|have been|has|have|had)[ ])?"
    # ("have likely exceeded", in an intelligence assessment's words)
    r"(?:(?:now|likely|probably|already|reportedly|almost[ ]certainly)[ ])?"
    r"(?:estimated|numbering|numbered|totall?ing|totall?ed|totals?|put|thought|believed|reported"
    r"|counted|reached|rose|risen|stood|stands?|climbed|grew|increased|amounted|amounts?"
    r"|averaged|averaging|exceeds?|exceeded|topped|tops|passed|surpassed)"
    r"(?:[ ](?:at|to|by|now|about))*[ ]",
    re.IGNORECASE,
)


_SUBSET_GAP = re.compile(
    # (an owner of up to three words: "Two of the Khmelnytskyy plant's 750 kV lines")
    # (after a quoted figure: '"more than 40" of its drones')
    r"[\"”]?[ ](?:out[ ])?of[ ](?:the[ ](?:[a-z][\w-]*[ ]){0,2}[a-z][\w-]*['’]s"
    r"|last[ ](?:year|month|week)['’]s"  # "55,300 of last year's drones"
    r"|the|these|those|its|their|our|his|her|my|all|[A-Z][\w-]*['’]s)?"
    r"[ ]?(?:[\d,. ]+[ ])?"
    r"(?:[\w-]+[ ]){0,2}",
    re.IGNORECASE,
)


_NUMBER_OF = re.compile(r"\b(?:number|count|tally) of\b", re.IGNORECASE)
_LOSSES_OF = re.compile(r"\blosses of\b", re.IGNORECASE)
# "brings the number of troops sent to Russia to some 15,000": a verb of change before it
_BRINGS_NUMBER = re.compile(
    r"\b(?:brings?|brought|bringing|takes|took|taking)[ ]+(?:the|its|their|[A-Z][\w’'-]*['’]s)[ ]+"
    r"(?:total[ ]+|overall[ ]+)?$"
)
_TO_BEFORE = re.compile(r"[ ]to[ ]$")
# "puts Russian personnel losses at about 960,000", "put Russian casualties at an average of
# 1,100", "put Ukrainian losses at 1,500 soldiers": an estimate of what stands between the
# verb and "at"
_PUT_AT = re.compile(
    r"(?:[ ]+[—–][^—–]{1,40}[—–])?"  # "Russian casualties — killed and wounded — at ..."
    # "put Russian losses in the operation at nearly 57,000", "... losses since 2022 at"
    r"(?:[ ]+(?:in|during|since|over|on|from|for)[ ]+(?:[\w’'-]+[ ]+){0,3}?[\w’'-]+)?"
    r"[ ]+at[ ]+(?:an?[ ]+(?:average|total|rate)[ ]+of[ ]+)?[\"“]?"  # (at "no fewer than 15")
)
_PUT_FRAME = re.compile(
    r"\b(puts?|putting|estimates?|estimated|estimating|places?|placed|placing|assessed"
    r"|assesses|assess)[ ]+(?:[\w’'-]+[ ]+|[—–][^—–]{1,40}[—–][ ]+){1,16}at[ ]+"
    r"(?:an?[ ]+(?:average|total|rate)[ ]+of[ ]+)?[\"“]?$",
    re.IGNORECASE,
)


def estimate_verb(text: str, q: Quantity, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the verb that puts something at number `q` ("puts Russian personnel
    losses at about 960,000"), or None when the number is not in that shape."""
    if "at" not in text[max(clause[0], q.start - 24) : q.start]:
        return None
    verb = _PUT_FRAME.search(text, max(clause[0], q.start - 120), q.start)
    return verb.span(1) if verb else None


_COPULA_TO = re.compile(
    r"\b(?:is|are|was|were|stood|stands|rose|risen|reached|grew|grown|climbed|increased"
    r"|fell|fallen|dropped|totall?ed|estimated|put|believed|thought)\b"
    r"(?:[ ](?:at|to|by|now|some))*[ ]$",
    re.IGNORECASE,
)


def left_noun(text: str, q: Quantity, nouns: list[Noun], clause: tuple[int, int]) -> Noun | None:
    """The noun a quantity counts when it comes first: "tanks ‒ 1496", "troops, estimated at
    around 11,000", "the number of people forced from their homes had risen to 3.7 million".
    Only these shapes: a noun merely somewhere to the left is not enough."""
    number_of = [m for m in _NUMBER_OF.finditer(text, clause[0], q.start)]
    if number_of and (
        _COPULA_TO.search(text, number_of[-1].end(), q.start)
        or (
            _BRINGS_NUMBER.search(text, max(0, number_of[-1].start() - 24), number_of[-1].start())
            and _TO_BEFORE.search(text, q.start - 4, q.start)
        )
        # "put the number of Ukrainian soldiers killed since 2022 at some 46,000"
        or ((put := estimate_verb(text, q, clause)) is not None and put[1] <= number_of[-1].start())
    ):
        counted = next(
            (n for n in nouns if n.start > number_of[-1].end() and n.end <= q.start), None
        )
        if counted is not None and not counted.is_unit:
            return _weapon_losses(counted, nouns)
    if (lost := _LOSSES_OF.search(text, clause[0], q.start)) and _COPULA_TO.search(
        text, lost.end(), q.start
    ):
        # "Losses of armoured combat vehicles fell to 602": the weapons lost
        kind = next((n for n in nouns if n.start == lost.end() + 1), None)
        if kind is not None and kind.category == "weapon" and kind.end <= q.start:
            return Noun(kind.start, kind.end, kind.text, "weapon", kind.unit, kind.factor,
                        kind.weapon_type, kind.weapon_model, action="destroyed")  # fmt: skip
    if _COLON_BEFORE.search(text, max(0, q.start - 4), q.start) and _PART_PLACED.match(text, q.end):
        for n in reversed(nouns):
            if (
                n.end <= q.start
                and n.start >= clause[0]
                and not n.is_unit
                and _breakdown_gap(text, n.end, q.start)
            ):
                return _weapon_losses(n, nouns)
    for n in reversed(nouns):
        if n.end > q.start or n.start < clause[0] or n.is_unit:
            continue
        if (
            n.category == "weapon"
            and n.weapon_type is None
            and _LABEL_TAIL.fullmatch(text, n.end, q.start)
            and (kind := next((k for k in nouns if k.end < n.start and k.weapon_type), None))
            and _LINE_LEAD.fullmatch(text, 0, kind.start)
            and len(text[kind.end : n.start].split()) <= 2
        ):
            # "- IRIS-T SLS short-range launchers: 9", "- Patriot fire units: 5": launchers of
            # the system the label names first
            return Noun(kind.start, n.end, text[kind.start : n.end], "weapon", kind.unit,
                        kind.factor, kind.weapon_type, kind.weapon_model)  # fmt: skip
        if _PUT_AT.fullmatch(text, n.end, q.start) and estimate_verb(text, q, clause):
            return _weapon_losses(n, nouns)
        if _NOUN_THEN_NUMBER.fullmatch(text, _past_time(text, n.end), q.start):
            return _weapon_losses(n, nouns)
        if (verb := _VERB_QUALIFIER.match(text, q.start)) and _NOUN_THEN_NUMBER.fullmatch(
            text, _past_time(text, n.end), verb.end()
        ):
            # "Russian casualties have likely exceeded 1.21 million": the verb is the figure's
            # qualifier ("exceeded 1.21 million": at least)
            return _weapon_losses(n, nouns)
        if _LABEL_TAIL.fullmatch(text, n.end, q.start) and (
            _LINE_LEAD.fullmatch(text, 0, n.start)
            # (a label of several nouns of one kind: "• Trucks, vehicles and jeeps: 371")
            or _LINE_LEAD.fullmatch(text, 0, _first_joined(text, n, nouns).start)
        ):
            # a line's label, the figure after its colon: "Ukrainian tanks destroyed: 14",
            # "• drones of various types used by the enemy: 2,213"
            return _weapon_losses(n, nouns)
        if n.category not in ("attacks", "weapon"):
            return None
        # (an event's noun may lie between: "the death toll from the morning attack on
        # Zaporizhzhia has risen to three")
    return None


_COLON_BEFORE = re.compile(r":[ ]*$")
# A label line: up to two words (and a bullet) before its noun, and a tail of up to seven
# words before its colon that opens with a participle or a preposition ("destroyed", "used by
# the enemy", "of various types"; not "Ukraine's drone makers: 4 million a year")
# (the bullet may be an emoji: "☠️ Occupiers eliminated: 211", "🔥 tanks – 4")
_LINE_LEAD = re.compile(r"[ ]*(?:[^\w\s]{1,3}[ ]*)?(?:[\w’'-]+[ ]){0,2}")
_LABEL_TAIL = re.compile(
    r"(?:[ ][\"“‘']?(?:[a-z]+(?:ed|en|wn)|shot|hit|lost|struck|brought|sent|held|left|built"
    r"|caught|of|by|in|on|over|from|at|with|to)[\"”’']?(?:[ ][\w’'-]+){0,6})?"
    r"(?:[ ]\([^()]{1,24}\))?:[ ]*"  # (an aside before the colon: 'eliminated ("200"): 211')
)
_VERB_QUALIFIER = re.compile(
    r"(?:(?:has|have)[ ])?(?:exceeded|exceeds|topped|surpassed|passed)[ ]", re.IGNORECASE
)
# What may stand between a count's noun and the colon of its breakdown by place: where the
# count was made ("over the territory of Russian regions") and a passive verb ("had been
# intercepted and destroyed"), in either order, with time phrases between.
_WHERE_COUNTED = re.compile(
    r"[ ](?:over|in|across|above)[ ](?:the[ ])?(?:territor(?:y|ies)[ ]of[ ](?:the[ ])?)?"
    r"(?:[A-Z][\w’'-]*[ ]){0,3}(?:[A-Z][\w’'-]*|regions|oblasts|areas)"
    # "over 11 regions", "across six oblasts"
    r"|[ ](?:over|in|across|above)[ ](?:\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|several|many)[ ](?:[A-Z][\w’'-]*[ ])?(?:regions|oblasts|areas|districts)"
)
# The kind of the counted things, in translated officialese: "74 unmanned aerial vehicles of
# the aircraft type: 31 over ..."
_OF_A_TYPE = re.compile(r"[ ]of[ ]the[ ](?:[\w-]+[ ]){1,2}type\b")
_DONE_TO_COUNT = re.compile(
    r"[ ](?:(?:had|have|has)[ ]been|were|was)[ ]"
    r"(?:shot[ ]down|brought[ ]down|[a-z]+ed)(?:[ ]and[ ](?:shot[ ]down|[a-z]+ed))?"
)
_BREAKDOWN_COLON = re.compile(r"[ ]*:[ ]*")
# a part of the breakdown, placed: "29 over the territory of Bryansk region", "seven in Pokrovsk"
_PART_PLACED = re.compile(r"[ ](?:over|in|across|above|near|on|at|off)[ ]|[ ]?\(")


def _breakdown_gap(text: str, pos: int, end: int) -> bool:
    """True when only where and how a count was made lies between its noun and a colon
    before `end`: "destroyed 73 drones over the territory of Russian regions: 29 over ...",
    "40 drones had been shot down overnight: 20 over Bryansk region"."""
    while True:
        moved = _past_time(text, pos)
        for pattern in (_OF_A_TYPE, _WHERE_COUNTED, _DONE_TO_COUNT):
            if (m := pattern.match(text, moved, end)) is not None:
                moved = m.end()
        if moved == pos:
            return _BREAKDOWN_COLON.fullmatch(text, pos, end) is not None
        pos = moved


def _weapon_losses(n: Noun, nouns: list[Noun]) -> Noun:
    """ "tank losses", "aircraft losses" before the number: weapons lost, not casualties."""
    if n.text.lower() not in _LOSS_WORDS:
        return n
    kind = next((k for k in nouns if k.end + 1 == n.start and k.category == "weapon"), None)
    if kind is None:
        return n
    return Noun(kind.start, n.end, f"{kind.text} {n.text}", "weapon", kind.unit, kind.factor,
                kind.weapon_type, kind.weapon_model, action="destroyed")  # fmt: skip


def _first_joined(text: str, n: Noun, nouns: list[Noun]) -> Noun:
    """The first of the nouns of `n`'s category joined to it by commas or "and"/"or" before
    it ("Trucks, vehicles and jeeps"), else `n`."""
    first = n
    for k in reversed(nouns):
        if k.end <= first.start and k.category == n.category and not k.is_unit:
            if _JOINED_GAP.fullmatch(text, k.end, first.start) is None:
                break
            first = k
    return first


_JOINED_GAP = re.compile(r",?[ ](?:and[ ]|or[ ])?|,[ ]")


def _past_time(text: str, pos: int) -> int:
    """The end of a time phrase right after `pos`, else `pos`: "shot down 45 drones
    overnight: 20 over the Bryansk region"."""
    for t in find_time_phrases(text):
        if t.start > pos and not text[pos : t.start].strip():
            return t.end
    return pos


# "19% of Ukraine's territory", "70 percent of Huliaipole", "80 percent of Donetsk Oblast"
SHARE_OF_LAND = re.compile(
    r",?[ ]+of[ ]+(?:the[ ]+)?(?:[A-Z][\w’'-]*(?:['’]s)?[ ]+)?"
    r"(?:(?:city|town|village|region|oblast|country)['’]s[ ]+)?"  # "of the city's built-up area"
    r"(?:(?:internationally|officially|legally)[ ]+recogni[sz]ed[ ]+|sovereign[ ]+|total[ ]+"
    r"|built-up[ ]+|urban[ ]+)?"
    r"(?:territory|territories|land|lands|area|region|oblast|country|city|town|farmland"
    r"|farmlands|(?:arable|agricultural|farm)[ ]land)\b(?!['’])"
    # (a name, not an acronym: "1.9% of GDP" is no land)
    r"|,?[ ]+of[ ]+(?:the[ ]+)?[A-Z][a-z’'-][\w’'-]*(?![\w’'-])(?:[ ]+(?:Oblast|region|Region))?"
    # not the owner of a thing named after it ("of Ukraine's gas production"), but a place
    # that ends its phrase ("of Myrnohrad and have cut ...")
    r"(?![ ]+(?!(?:and|or|but|while|as|in|on|at|by|after|since|from|to|with|which|that|is"
    r"|was|are|were|has|have|had|will|would|under|amid|over|before|during|this|last"
    r"|according)\b)[a-z])",
)


# A share of a place that lost a service is a share of its grid, not of its land: "70% of the
# region was left without power"
_OUTAGE = re.compile(
    r"[ ](?:(?:was|were|is|are|has been|have been|remains?|remained)[ ])?(?:left[ ])?"
    r"(?:without|lost|losing)[ ](?:power|electricity|light|heat|heating|water|gas)\b",
    re.IGNORECASE,
)


_CLOSING_QUOTES = frozenset('"”’')
# A share restated as an area: "19%, or roughly 116,000 square kilometres"
_OR_AREA = re.compile(
    r",?[ ]or[ ](?:(?:about|roughly|some|nearly|almost|around|more[ ]than)[ ])?\d[\d,.]*"
    r"[ ]?(?:square[ ]kilomet|sq[ ]km|km²|km2|square[ ]miles)",
    re.IGNORECASE,
)


def categorise(text: str, d: Draft) -> None:
    q, n = d.q, d.noun
    if q.unit == "percent":
        d.unit = "percent"
        end = q.end + 1 if text[q.end : q.end + 1] in _CLOSING_QUOTES else q.end
        if land := SHARE_OF_LAND.match(text, end):  # (also 'control "over 40 percent" of')
            d.category = "infrastructure" if _OUTAGE.match(text, land.end()) else "territory"
        elif _OR_AREA.match(text, q.end):
            d.category = "territory"  # "About 19%, or roughly 116,000 square kilometres"
        elif (
            n is not None
            and n.category
            and not n.is_unit
            and _SUBSET_GAP.fullmatch(text, q.end, n.start)
        ):  # "40 percent of the personnel", "about a third of the FPV drones": a share of them
            d.category = n.category
            d.extra["weapon_type"], d.extra["weapon_model"] = n.weapon_type, n.weapon_model
        else:
            d.category = "economic"
        return
    if q.unit and q.unit != "percent":
        row = _unit_row(q.unit.strip())
        d.unit, d.category = (row["unit"], "economic") if row else ("currency", "economic")
        return
    if n is None:
        return
    d.category, d.unit = n.category, n.unit
    if n.is_unit:
        d.value = times(q.value, n.factor)  # ("4.1 bcm": 4,100,000,000 cubic metres)
    d.extra["weapon_type"], d.extra["weapon_model"] = n.weapon_type, n.weapon_model


def after_model_name(text: str, q: Quantity) -> bool:
    if q.kind != "digits" or not text[: q.start].endswith(" "):
        return False
    for m in matcher("weapons", plurals=True).find(text, max(0, q.start - 30), q.start - 1):
        if m.end == q.start - 1 and m.payload["weapon_model"] and m.text[:1].isupper():
            return True
    # (a model named with its number: "38 PzH 2000 self-propelled howitzers")
    return any(
        m.start < q.start and q.end <= m.end and m.payload["weapon_model"]
        for m in matcher("weapons", plurals=True).find(text)
    )


def is_conversion(text: str, q: Quantity, drafts: list[Draft]) -> bool:
    if not drafts or not text[: q.start].rstrip().endswith("("):
        return False
    prev = drafts[-1]
    return (
        prev.noun is not None
        and prev.noun.is_unit
        and not text[prev.noun.end : q.start].strip(" (")
    )
