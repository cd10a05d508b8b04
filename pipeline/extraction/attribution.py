"""Who did what to whom: the governing action, the actor (subject, agent, pronoun,
modifier, claimant) and the target, and references resolved to sides."""

import re

from pipeline.extraction.claimants import find_speaker, label_end, sentence_voice
from pipeline.extraction.frames import (
    RELATIVE_HAVING,
    Action,
    Frame,
    find_actions,
    find_frames,
    only_auxiliaries,
    passive_gap,
    strong_clause,
)
from pipeline.extraction.mentions import (
    Mention,
    default_body_side,
    may_refer_to,
    resolve,
    unit_terms,
)
from pipeline.extraction.model import (
    AIRBORNE,
    ATTACK_ACTIONS,
    CARRIED_ACTIONS,
    LOSS_ACTIONS,
    VICTIM_ACTIONS,
    ArticleContext,
    Draft,
    Noun,
    official_side,
    opponent,
    opponents,
)
from pipeline.extraction.nouns import find_nouns
from pipeline.extraction.numbers import Quantity, may_hold_quantity
from pipeline.extraction.places import claimant_region, country_by_action
from pipeline.extraction.syntax import (
    after_frames,
    clause_subject,
    last_frame_before,
    outside_quotes,
    quote_around,
)
from pipeline.lexicons import Match, matcher

# Patterns of the hot path, compiled once (re's own cache costs a lookup a call).
_FROM_AFTER = re.compile(r"\s+from\s+")
_BY = re.compile(r"\bby\s")
_OF_THE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
_ONLY_ARTICLE = re.compile(r"\s*(?:(?:the|a|an)\s+)?")


# Words between a side and the noun it owns: "Russian personnel losses", "Ukraine's military
# casualties"
_NOUN_ADJUNCTS = frozenset(
    {"", "personnel", "military", "combat", "troop", "army", "manpower", "battlefield"}
    | {"civilian", "total", "overall", "confirmed"}  # "Ukrainian civilian deaths exceed ..."
)


# Another count that shares the noun after it: " and 418" of "1,143 Russian and 418 Ukrainian
# tanks"
_NEXT_COUNT = re.compile(
    r"[ ](?:and|or|to|versus|vs\.?|against)[ ](?:\d|(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b)"
)


def _modifier_side(
    text: str, q: Quantity, noun: Noun | None, mentions: list[Mention]
) -> str | None:
    """The side named on the counted noun: "84 Ukrainian craft", "soldiers from North Korea",
    "North Korean troops, estimated at 11,000"; or the side the counted people are: "120
    Russians", "40 occupiers"."""
    for m in mentions:
        if m.kind == "demonym" and m.side:
            if noun is None and m.start >= q.end and not text[q.end : m.start].strip():
                return m.side
            if noun is not None and m.start <= noun.start < m.end:
                return m.side
    if noun is None:
        # "181,000 Russian military dead": the side of the dead counted
        dead = _SIDE_OF_DEAD.match(text, q.end)
        if dead and _DEAD_WORD.match(text, dead.end()):
            return next((m.side for m in mentions if q.end < m.start < dead.end() and m.side), None)
        return None
    if noun.start >= q.end:
        # (a body may run into the noun: "12 Russian air-defence systems", where "Russian
        # air-defence" is also the body "air defence")
        stop = noun.start
        if (other := _NEXT_COUNT.search(text, q.end, noun.start)) is not None:
            stop = other.start()  # "1,143 Russian and 418 Ukrainian tanks": up to the next count
        between = [m for m in mentions if q.end <= m.start < stop and m.side]
    else:
        between = [
            m
            for m in mentions
            if m.end <= noun.start
            and m.side
            and text[m.end : noun.start].strip(" '’s").lower() in _NOUN_ADJUNCTS
        ]
    if between:
        return between[-1].side
    tail = _FROM_AFTER.match(text[noun.end :])
    if tail:
        start = noun.end + tail.end()
        for m in mentions:
            if m.start == start and m.side:
                return m.side
    owned = _OF_THE_AFTER.match(text, noun.end)
    if owned:
        # "two Eurofighter Typhoon aircraft of the Royal Air Force": the force's own
        return next(
            (
                m.side
                for m in mentions
                if m.start == owned.end() and m.side and m.kind in _FORCES and not m.inferred
            ),
            None,
        )
    return None


def _maker_side(noun: Noun | None) -> str | None:
    """The side that fields the counted weapon model, when only one side does (makers.csv):
    "two Sea Baby drones had hit the tanker" (Ukraine's), "four Neptune missiles were shot
    down" (Ukraine's)."""
    if noun is None or noun.weapon_model is None:
        return None
    row = matcher("makers", "weapon_model").lookup(noun.weapon_model)
    return (row["side"] or None) if row else None


# Mentions that own the weapons or troops "of" them
_FORCES = frozenset({"military", "government", "country"})


# Between a verb and a count it takes as object: "shot down | nine Ukrainian drones and |"
_OBJECT_RUN = re.compile(
    r"[ ](?:(?!(?:after|when|while|as|before|because|since|that|which|who|until)\b)"
    r"[\w’'-]+[ ]){0,8}"
)
_TAIL_PREPOSITIONS = frozenset(
    "from by at in into to over against toward towards near with".split()
)
_MODIFIER_TAIL = re.compile(
    r"[ ](?:from|by|at|in|into|to|over|against|toward|towards|near|with)\b"
    r"|[ ](?:and|or)[ ]\w+(?:ed|en)\b"  # "personnel killed and wounded per day"
)

# A part before a whole: "Two of her 24 crew members", "12 of the 40 drones"
_PART_OF_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|most"
    r"|some|half))[ ]of[ ](?:the|her|his|its|their|our)[ ]$",
    re.IGNORECASE,
)
_RELATIVE_SUBJECT = re.compile(r"\b(?:which|that|who)\s*$", re.IGNORECASE)
# A relative clause whose subject is the counted people: "citizens who had fled Ukraine"
# ("local men holding Russian passports who signed contracts": past a short tail on the noun)
_LATER_HARM = re.compile(r"\b(?:dead|died|killed|wounded|injured|missing|captured)\b")
_WHO_MOVED = re.compile(
    r"(?:[ ]+(?:who|that)|(?:[ ][\w’'-]+){1,4}?[ ]+who)(?:[ ]+(?:had|have|has))?[ ]+"
)
# Words in -ing that are no active participle ("are registered as missing"), or whose
# subject is what was counted ("2,300 of them are still serving")
_ING_ADJECTIVES = frozenset({"missing", "serving"})

# Actions whose counted noun names the victims: a side on that noun is the target ("300
# Russian soldiers were killed", "50 Ukrainian soldiers were captured"), not the actor.


# The rest of a list between a counted noun and the verb of the whole list
_LIST_GOES_ON = re.compile(
    r"[ ]+and[ ]+(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)[ ]+[\w-]+"
    r"(?:[ ][\w-]+)?[ ]+"
)
_COUNTS_GO_ON = re.compile(r"[ ]+and[ ]+\d[\d,]*[ ]+[\w-]+(?:[ ][\w-]+)?[ ]+")
# More nouns joined to a counted noun: " and stadiums ", ", kindergartens and colleges "
_MORE_NOUNS = re.compile(
    r"(?:(?:,|,?[ ](?:and|or))(?![ ](?:a|an|the|his|her|their|its|our|my)[ ])"
    r"(?:[ ](?:[a-z-]+|[A-Z]\w*-\w[\w-]*)){1,3})+[ ]"  # (a model: "and KN-23 missiles")
)
# What may follow a counted noun before its verb: "of various types", "(mostly FPVs)"
# Between a counted noun and the verb it is the subject of: "are listed", "were reported"
_COPULA_GAP = re.compile(
    r"[ ](?:are|were|is|was|have[ ]been|has[ ]been|had[ ]been)[ ]"
    r"(?:(?:now|still|also|officially|listed|registered|reported|recorded|later)[ ])*"
)
# A clause of what someone says, after the count: "..., and adds that"
_SAYS_THAT = re.compile(
    r"\b(?:adds?|added|adding|says?|said|saying|claims?|claimed|reports?|reported|notes?"
    r"|noted|writes?|wrote)[ ]that\b"
)
# A verb in a clause of time after the count: "708 at the front after being called up"
_WHEN_BEFORE = re.compile(r"\b(?:after|before|while|until|since)[ ](?:being[ ]|having[ ]been[ ])$")
_NOUN_TAIL = re.compile(
    r"(?:[ ]+of[ ]+(?:various|different|all|several)[ ]+"
    r"(?:types|modifications|kinds|models|calibres|calibers)"
    # whose they are: "63 servicemen of the Armed Forces of Ukraine laid down their arms"
    r"|[ ]+of[ ]+the[ ]+(?:[A-Z][\w’'-]*[ ]+){1,3}of[ ]+[A-Z][\w’'-]*"
    r"|[ ]+of[ ]+the[ ]+(?:[A-Z][\w’'-]*)(?:[ ]+[A-Z][\w’'-]*){0,3}"
    r"(?:[ ]+(?:region|oblast|district|krai|republic)\b)?"  # "residents of the Saratov region"
    # where they are from: "more than 5,300 residents of the region had signed contracts"
    r"|[ ]+(?:of|from)[ ]+(?:the|this|that|our)[ ]+"
    r"(?:region|city|town|district|oblast|village|country|republic)\b"
    r"|[ ]+from[ ]+(?:the[ ]+)?[A-Z][\w’'-]*(?:[ ]+region)?"  # "children from Ukraine have ..."
    # where they live or work: "nine residents of Sumy died", "two employees of the plant
    # sustained burns", "four people in Kharkiv suffered injuries", "31,400 people in the
    # Kharkiv and Sumy oblasts have left their homes"
    r"|[ ]+(?:of|in)[ ]+(?:the[ ]+)?[A-Z][\w’'-]*(?:,[ ][A-Z][\w’'-]*)*"
    r"(?:[ ]+and[ ]+[A-Z][\w’'-]*)?(?:[ ]+(?:region|oblast|district)s?)?(?=[ ]+[a-z])"
    # "312 residents of border villages in the Klimovo, Suzemka and Sevsk districts"
    r"|[ ]+of[ ]+(?:border[ ]|frontline[ ]|front-line[ ]|nearby[ ])?"
    r"(?:villages|towns|settlements|communities)(?:[ ]+in[ ]+the[ ]+[A-Z][\w’'-]*"
    r"(?:,[ ][A-Z][\w’'-]*)*(?:[ ]and[ ][A-Z][\w’'-]*)?[ ]+(?:district|region|oblast)s?)?"
    r"(?=[ ]+[a-z])"
    r"|[ ]+of[ ]+the[ ]+(?:plant|factory|company|enterprise|hospital|mine|station|depot|farm"
    r"|port|terminal|market|shop|store)(?=[ ]+[a-z])"
    # where they lived: "1,240 residents of damaged blocks were evacuated"
    r"|[ ]+of[ ]+(?:the[ ]+)?(?:damaged|destroyed|shelled|bombed|burned)[ ]+(?:[a-z-]+[ ]+)?"
    r"(?:blocks|buildings|houses|homes|apartments)(?=[ ]+[a-z])"
    # a part set off: "more than 2,300 people, 410 of them children, were evacuated"
    r"|,[ ][\w.,]+[ ]of[ ](?:them|whom)(?:[ ][\w-]+){1,3},"
    # what a count of casualties takes in, set off: "1.2 million casualties, killed and
    # wounded, since 2022"
    r"|,[ ](?:killed|dead)[ ](?:and|or)[ ](?:wounded|injured)(?:[ ]and[ ]missing)?,"
    # a total set off: "Residents of 16 houses, 54 people in all, have been moved"
    r"|[ ]+(?:in[ ]+all|in[ ]+total|altogether),)?"
    r"[\"”’]?"
    r"(?:[ ]*\([^()]{1,40}\))?"
)


# A quoted name closed before a number: '"a workshop assembling unmanned boats"'
# (a named thing, which opens with an article: not a quoted verb, 'had "destroyed" 14 tanks')
_QUOTED = re.compile(r'"(?:an?|the)[ ][^"]{3,120}"|“(?:an?|the)[ ][^”]{3,120}”')
# An aside between dashes: " — librarians, museum staff and actors among them —"
_DASH_ASIDE = re.compile(r"[ ]?—[^—]{1,160}—")
# A comma that ends a clause, not one that goes on with a list ("..., as well as 120")
_CLAUSE_COMMA = re.compile(r",(?![ ](?:as[ ]well[ ]as|and|plus|along[ ]with|together[ ]with)\b)")


_BODIES_OF = frozenset({"bodies of", "remains of"})


def pick_action(
    text: str,
    q: Quantity,
    noun: Noun | None,
    actions: list[Action],
    clause: tuple[int, int],
    category: str | None,
    mentions: list[Mention] = (),
    counted_before: bool = False,
) -> tuple[Action | None, bool]:
    """The governing action: a passive or reduced relative after the noun ("drones were shot
    down"), a relative clause whose subject follows the noun ("1,160 casualties Russian forces
    suffered"), else the nearest action to the left in the clause. Returns (action, passive).
    `counted_before`: the noun is the number's own, read to its left ("the count of X to N")."""
    if counted_before and noun is not None and noun.end < q.start:
        # "the count of Russian troops killed and wounded ... to 1,268,430": a participle on a
        # counted noun before the number says what the noun underwent
        on_noun = next((a for a in actions if a.start == noun.end + 1 and a.end <= q.start), None)
        if on_noun is not None and _fits(on_noun.pick(category), category):
            return on_noun, True
    for a in actions:
        if a.end + 1 == q.start and a.text.lower() in _BODIES_OF:
            # "The bodies of 1,000 fallen defenders were returned to Ukraine": dead, whatever
            # verb moves their bodies
            return a, False
    if noun is None and (of := _OF_THE.match(text, q.end)):
        # "accounted for 74 of the dead and 302 of the wounded": the harm the people counted
        # suffered, named as a group
        harmed = next((a for a in actions if a.start == of.end()), None)
        row = harmed.pick(category) if harmed is not None else None
        if row is not None and row["category"] == "casualties":
            return harmed, True
    after = max(noun.end, q.end) if noun else q.end  # a noun before the number: from it
    if noun is not None and noun.end > q.start:
        # "389 UAVs of various modifications (mostly FPVs) attacked ...": past the noun's tail
        after = _NOUN_TAIL.match(text, after).end()
    if noun is None and (of_them := _OF_THEM_OR_WHICH.match(text, q.end)):
        # "some 600 of them fatally", "12 of them were captured", "two of which were brought
        # down"
        after = of_them.end()
    asides = (
        [m.span() for m in _ASIDE.finditer(text)]
        if "—" in text or "(" in text or ", killed" in text
        else []
    )
    quoted = (
        [m.span() for m in _QUOTED.finditer(text, clause[0], q.start)]
        if '"' in text or "“" in text
        else []
    )
    lefts = [
        a
        for a in reversed(actions)
        if a.end <= q.start
        and a.start >= clause[0]
        # (not a word of a quoted name before it: 'hit "a workshop assembling unmanned boats"
        # in Odesa with four Iskander-M missiles')
        and not any(s <= a.start < e for s, e in quoted)
        and _fits(a.pick(category), category)
        # (not a word of an aside: "Russian casualties — killed and wounded — at 500,000")
        and not any(s <= a.start < e for s, e in asides)
        # (nor the first word of a unit's name: "mobile fire groups")
        and not _UNIT_NOUN_AFTER.match(text, a.end)
        and not RELATIVE_HAVING.search(text, a.end, q.start)
    ]
    # a verb before an adjective: "evacuated 94 residents from the damaged buildings,
    # including 12 children" (but "Among the freed Ukrainians were 31 National Guardsmen")
    left = next((a for a in lefts if not _adjectival(text, a)), lefts[0] if lefts else None)
    if noun is not None and noun.start > q.end:
        # "shows 60 destroyed armoured vehicles", "residents of two damaged high-rises were
        # moved": a participle right after the number says what the counted things underwent
        inner = next((a for a in actions if a.start == q.end + 1 and a.end <= noun.start), None)
        # (but a verb just before the number governs it: "had killed two captured Russian
        # soldiers", "hit 12 damaged tanks again")
        governed = (
            left is not None
            and not text[left.end : q.start].strip(" ")
            and (left.pick(category) or {}).get("action") in _HARM_ACTIONS
        )
        if inner and text[q.end] == " " and _fits(inner.pick(category), category) and not governed:
            # (a verb of the clause the counted noun is the subject of wins over the participle
            # that only describes it: "at least 96 mobilised men are listed as missing")
            tail = _NOUN_TAIL.match(text, noun.end).end()
            verb = next(
                (
                    a
                    for a in actions
                    if a.start >= tail
                    and _COPULA_GAP.fullmatch(text, tail, a.start)
                    and _fits(a.pick(category), category)
                ),
                None,
            )
            return verb or inner, True
    # "Two of her 24 crew members suffered burns": the verb after the whole is the part's
    whole = (
        text.find(" of ", max(0, q.start - 24), q.start) >= 0
        and _PART_OF_BEFORE.search(text, max(0, q.start - 24), q.start) is not None
    )
    for a in actions:
        if a.start < after:
            continue
        gap = text[after : a.start]
        if "—" in gap:
            # "126 cultural workers — librarians, museum staff and actors among them — have
            # been killed": past an aside between dashes
            gap = _DASH_ASIDE.sub("", gap)
        if gap.strip() and _adjectival(text, a):
            continue  # "residents of two damaged high-rises were moved": an adjective
        if not gap.strip() and a.text[:3].lower() == "as ":
            return a, True  # "lists 19,546 children as deported", "registered 70,000 as missing"
        if noun is None and a.text.lower() in _DEAD_WORDS and _SIDE_OF_DEAD.fullmatch(gap):
            return a, True  # "the names of at least 181,000 Russian military dead"
        if (
            not gap.strip()
            and a.start > q.end
            and category in (None, "weapon")
            and (row := a.pick(category)) is not None
            and row["action"] == "hit"
        ):
            # "11 were shot down and three reached their targets": the weapons counted hit
            return a, True
        if _LIST_GOES_ON.fullmatch(gap) or (category != "weapon" and _COUNTS_GO_ON.fullmatch(gap)):
            # "..., and 12 drones and one missile hit Kyiv": the list's own verb ("16 private
            # houses and 3 high-rises damaged")
            gap = ""
        elif (
            noun is not None
            and gap.startswith((" and ", " or ", ", "))
            and (more := find_nouns(gap))
            # (a list up to its last noun, not "and" or another clause)
            and _MORE_NOUNS.fullmatch(gap, 0, more[-1].end + 1)
            and not gap.startswith((",", " and", " or"), more[-1].end)
            and all(n.category == noun.category for n in more)
        ):
            # "more than 500 football pitches and stadiums damaged", "197 schools,
            # kindergartens and vocational colleges were damaged": nouns of one kind, one
            # count and one verb
            gap = gap[more[-1].end :]
        if gap.startswith(" whose "):
            break  # "rehoused 140 residents whose homes were destroyed": another subject's verb
        if _WHEN_BEFORE.search(gap):
            continue  # "708 at the front after being called up": when, not what befell them
        if "that" in gap and _SAYS_THAT.search(gap):
            break  # "lists 67 Leopard 2s, and adds that 1,200 mercenaries were killed"
        if category in (None, "none", "displacement", "personnel") and _WHO_MOVED.fullmatch(gap):
            moved = a.pick(category)
            harm = (
                ("casualties", "personnel")
                if category == "personnel"
                # ("186 Georgians who fought for Ukraine": people who served)
                else ("displacement", "casualties", "personnel")
            )
            if (
                moved
                and moved["category"] in harm
                # (people who served, when nothing else befell them: not "holding 203 foreign
                # citizens ... who fought for Russia", "the deaths of 58 Moldovans who fought
                # for Russia", "61 Nepalis who joined the Russian army have been confirmed dead")
                and not (
                    moved["category"] == "personnel"
                    and category != "personnel"
                    and (left is not None or _LATER_HARM.search(text, a.end, clause[1]))
                )
            ):
                # "4,214,630 citizens who had fled Ukraine": they were displaced; "1,870
                # residents who have died": they were killed
                return a, True
        if (
            not gap.strip()
            and category in ("none", "personnel")
            and a.text[-3:] == "ing"
            and text.find(" who ", a.end, clause[1]) >= 0
        ):
            # "300 local men holding Russian passports who signed contracts": the participle
            # describes them, the relative clause after it says what they did
            continue
        # "eight missiles launched from the Black Sea": a participle that modifies the noun.
        # A number with no noun is the participle's subject ("five were killed and 19
        # injured in the strike") unless the verb before it takes it as object ("suffered
        # about 600 killed in Kursk")
        reduced = (
            not gap.strip()
            and (
                _MODIFIER_TAIL.match(text, a.end) is not None
                # "shot down nine drones aimed at the bridge" (not "after 19 drones crossed
                # into Polish airspace": a clause of their own)
                or (
                    a.text.rpartition(" ")[2].lower() in _TAIL_PREPOSITIONS
                    and left is not None
                    and _OBJECT_RUN.fullmatch(text, left.end, q.start) is not None
                )
            )
            and (noun is not None or (left is not None and not text[left.end : q.start].strip()))
        )
        # "18 vehicles, destroying six of them", "40 missiles, which hit 9 buildings": the
        # noun does the action, it does not undergo it
        active = (
            a.text.lower().endswith("ing") and a.text.split()[-1].lower() not in _ING_ADJECTIVES
        ) or _RELATIVE_SUBJECT.search(gap) is not None
        # "Russia launched 50 drones and 12 more were fired from Crimea": the passive is the
        # next count's; this one is the object of the verb before it
        taken = left is not None and len(text[left.end : q.start].split()) <= 2
        another = taken and _ANOTHER_COUNT.search(gap) is not None
        # "Hits by 17 missiles and 83 drones were recorded": the verb is the hits', the
        # clause's subject, whose noun governs every count listed after it
        nominal = (
            left is not None
            and left.text[-3:].lower() in (" by", " of")
            and not text[clause[0] : left.start].strip(" \"“‘'(")
            and not any(left.end <= x.start < q.start for x in actions)
        )
        if not gap.strip() and not whole and a.pick(category):
            # "120 drones launched at Kyiv were shot down": the participle describes them,
            # the finite verb after it says what befell them
            aux = _PASSIVE_AUX_AFTER.search(text, a.end, clause[1])
            between = text[a.end : aux.start()] if aux else ""
            main = (
                next((b for b in actions if b.start == aux.end() and b.pick(category)), None)
                if aux is not None
                and len(between.split()) <= 6
                and not any(c in between for c in ",;.")
                # (not another count's, nor a second verb of the same subject: "suffered burns
                # and were taken to hospital")
                and " and " not in between
                and not may_hold_quantity(between)
                else None
            )
            if main is not None:
                return main, True
        if (
            not nominal
            and passive_gap(gap, a.text)
            and a.pick(category)
            and not active
            and not whole
            # (a verb before the number in another clause does not take it: "only two of
            # which were intercepted, 29 Kh-101 missiles fired from Tu-95MS bombers")
            # (a comma that goes on with the list is no clause's end: "destroyed 14 depots
            # and three HIMARS launchers, as well as 120 armoured vehicles supplied by NATO")
            and not (reduced and left and not _CLAUSE_COMMA.search(text, left.end, q.start))
            and not another
            # (a singular verb after another subject is not a plural count's: "attacked by
            # some 20 drones and a grain terminal was damaged")
            and not (q.value > 1 and " and " in gap and _SINGULAR_AUX.search(gap))
        ):
            return a, True
        if noun is not None and a.pick(category) and _only_a_subject(gap, after, mentions):
            if not any(c.isdigit() for c in text[q.end : noun.start]):
                return a, False  # "1,160 casualties Russian forces suffered over the past day"
            # (the whole's, not the part's: "downed 72 of the 90 drones Russia launched"; the
            # part's verb may follow: "58 of the 76 drones that Russia launched were shot down")
            after = a.end
            continue
        row = a.pick(category)
        if noun is not None and row and row["action"] == "recruited" and _RECRUIT_GAP.match(gap):
            return a, False  # "about 1,000 men a day sign contracts": the recruits sign
        break
    if left is None and category == "weapon" and _WITH_CLAUSE.search(text, 0, clause[0]):
        # "the Russians hit 38 settlements, with 527 shells and drones": the attack's weapons
        left = next(
            (a for a in reversed(actions) if a.end <= clause[0] and _is_attack(a, category)), None
        )
    if left is None and noun is not None and noun.start > q.end:
        # "accounted for 96 of the downed drones": the participle on the counted noun
        inner = [a for a in actions if q.end <= a.start and a.end <= noun.start]
        if inner and _fits(inner[0].pick(category), category):
            return inner[0], False
    return left, False


# Between a number and the dead it counts: "181,000 Russian military dead", "2,000 Ukrainian
# wounded"
_SIDE_OF_DEAD = re.compile(r"[ ][A-Z][a-z]+(?:[ ](?:military|civilian|army|combat))?[ ]")
_DEAD_WORDS = frozenset({"dead", "wounded", "killed", "injured"})
_DEAD_WORD = re.compile(rf"(?:{'|'.join(sorted(_DEAD_WORDS))})\b", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"\b(?:with|by)\b")  # "hit with 12 drones", "attacked by 20 drones"
_WITH_CLAUSE = re.compile(r",[ ]with[ ]$")
_BY_AGENT = re.compile(r"[ ]by[ ]")
_UNDER_ATTACK = re.compile(r"under[ ]attack[ ](?:from|by)$", re.IGNORECASE)
_SINGULAR_AUX = re.compile(r"\b(?:was|is|has[ ]been)[ ]+(?:\w+ly[ ]+)?$")
# A transcript's turn label, which is no subject: "KONASHENKOV: ", "Gen. Kovacs: "
# "Russian MoD: ...", "• Sumy city council: ..." (after a bullet; the words after the first
# may be in lower case)
# (an aside before the colon too: "Air Force summary (08:05): Russia launched ...")
_SPEAKER_LABEL = re.compile(
    r"(?:[•●▪◦·*–—-][ ]*)?[A-Z][\w’'.-]*(?:[ ][\w’'.-]+){0,4}(?:[ ]\([^()]{1,20}\))?:[ ]"
)
# (and a second "that" of the same report: "reported that Russian forces launched 143 drones,
# that Ukrainian forces downed 118")
_JOINED_CLAUSE = re.compile(r",[ ](?:and[ ](?:that[ ])?|but[ ]|while[ ]|whereas[ ]|that[ ])")
_IS_THAT = re.compile(r"\b(?:is|was|are|were)[ ]that[ ]")
# Between a side's adjective and the verb of its victims: "Russian killed and wounded"
# ("Ukrainian civilian deaths exceed 14,000": the noun may take an adjunct)
_VICTIMS_GAP = re.compile(
    r"[ ](?:(?:civilian|military|combat|total|overall|confirmed)[ ])?"
    r"(?:(?:killed|dead|wounded|injured|missing)[ ](?:and|or)[ ])?"
)


# Between weapons made and the forces they are made for: " FPV drones and 1,300
# reconnaissance drones for the "
_MADE_FOR = re.compile(r"(?:[ ][\w’',.-]+){0,8}?[ ]for[ ](?:the[ ])?")
_DOMESTIC = re.compile(r"\b(?:domestic|national|our|home-grown)\b", re.IGNORECASE)


def _producer(text: str, lo: int, hi: int, claimant_side: str | None) -> str | None:
    """Whose industry makes the weapons when the subject names no side: "domestic
    manufacturers produced ..." (the claimant's), "a plant in Tatarstan assembles ..." (the
    country of the place)."""
    lo = after_frames(text, [f for f in find_frames(text) if f.end <= hi], lo, hi)
    if claimant_side in opponents() and _DOMESTIC.search(text, lo, hi):
        return claimant_side
    places = matcher("places", key="name").find(text, lo, hi)
    place = next((m for m in places if m.payload["region"]), None)  # a region's, not a side's
    country = place.payload["country"] if place else None
    return country if country in opponents() else None


def _is_attack(a: Action, category: str) -> bool:
    row = a.pick(category)
    return row is not None and (row["action"] == "hit" or a.text.lower() in _ATTACK_VERBS)


_UNIT_NOUN_AFTER = re.compile(
    r"[ ](?:groups?|teams?|crews?|units?|zones?|chains?|ratios?|rates?|counts?|lists?)\b"
)
_OF_OR_BY_AFTER = re.compile(r"[ ](?:of|by)\b")
# A gap that ends in a determiner or a number: the verb after it is an adjective
_DETERMINER_END = re.compile(
    r"[ ](?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|several|\d(?:[\d,]*\d)?)[ ]$",
    re.IGNORECASE,
)
_PREPOSITION_END = re.compile(r"\b(?:from|in|into|over|across|near|to)[ ]$", re.IGNORECASE)
_ASIDE = re.compile(
    r"[ ][—–][ ][^—–]{1,40}[ ][—–][ ]|[ ]\([^()]{1,40}\)"
    # "Russian casualties, killed and wounded, now total ...": what the noun takes in
    r"|,[ ](?:killed|dead)[ ](?:and|or)[ ](?:wounded|injured)(?:[ ]and[ ]missing)?"
    r"(?:[ ](?:together|combined))?,"
)


def _adjectival(text: str, a: Action) -> bool:
    """A participle used as an adjective after a determiner or number: "the damaged
    buildings", "two destroyed tanks" (not "the liberation of", "an advance of")."""
    return (
        a.text[-2:].lower() == "ed"
        and (
            _DETERMINER_END.search(text, max(0, a.start - 12), a.start) is not None
            # (or after a preposition: "launched ... from occupied Crimea")
            or _PREPOSITION_END.search(text, max(0, a.start - 8), a.start) is not None
            # (or on a place after "and": "at airbases in Russia and occupied Crimea")
            or (
                text[max(0, a.start - 4) : a.start] == "and "
                and text[a.end + 1 : a.end + 2].isupper()
            )
        )
        and not _OF_OR_BY_AFTER.match(text, a.end)
    )


def _fits(row: dict[str, str] | None, category: str | None) -> bool:
    """Whether an action row can govern a count of `category`: weapons are not killed or
    evacuated ("95 of them killed, and one tank ... were destroyed")."""
    if row is None:
        return False
    if category == "economic":
        # money and tonnes are not fired or killed: "a ship carrying 30,000 tonnes of corn"
        return row["category"] in ("economic", "infrastructure")
    return not (category == "weapon" and row["category"] in ("casualties", "displacement"))


# (a number after "on" or "at" is a place's: "high-rises on 45 Nauky Avenue were moved")
_ANOTHER_COUNT = re.compile(r"(?<!on )(?<!at )\b\d|\b(?:more|another|further)\b", re.IGNORECASE)
# Between recruits and the verb they are the subject of: "1,000 men a day sign contracts"
_RECRUIT_GAP = re.compile(
    r"(?:[ ](?:a|per|each|every)[ ](?:day|week|month|year))?(?:[ ](?:have|has|had|now))*[ ]$",
    re.IGNORECASE,
)


_SUBJECT_TAIL = re.compile(r"(?:[ ][A-Za-z-]+){0,2}[ ]*")
# Before a relative clause's subject: "that", "which", after an owner of the counted thing
# ("the 6,600 square kilometers of Donetsk Oblast that Ukraine still controls")
_RELATIVE_LEAD = re.compile(
    r"\s*(?:(?:of|in)[ ](?:the[ ])?[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2}[ ])?"
    r"(?:(?:that|which)[ ])?"
)


def _only_a_subject(gap: str, at: int, mentions: list[Mention]) -> bool:
    """True when `gap` (starting at `at`) is a subject: a sided mention not governed by a
    preposition and at most two more words ("Russian forces"), optionally after "that" or
    "which", and an owner of the counted thing ("of Donetsk Oblast that")."""
    lead = _RELATIVE_LEAD.match(gap).end()
    start, end = at + lead, at + len(gap)
    return any(
        m.start == start
        and m.side
        and not m.oblique
        and _SUBJECT_TAIL.fullmatch(gap, m.end - at) is not None
        and m.end <= end
        for m in mentions
    )


def action_row(text: str, q: Quantity, action: Action, category: str | None) -> dict[str, str]:
    """The lexicon row of `action` for this quantity: "struck Kyiv with 40 drones" launches
    them, where "struck 16 refineries" hits them; weapons that "attacked" a place were
    launched at it."""
    row = action.pick(category)
    if row["action"] == "hit" and category == "weapon":
        if action.end <= q.start and _WITH_BEFORE.search(text, action.end, q.start):
            return {**row, "action": "launched"}
        if action.start >= q.end and action.text.lower() in _ATTACK_VERBS:
            return {**row, "action": "launched"}  # "389 UAVs attacked Orikhiv": an attack by them
    return row


_ATTACK_VERBS = frozenset({"attacked", "attack", "attacking", "attacks"})


def _weapons_as_subject(text: str, a: Action, drafts: list[Draft]) -> bool:
    """True when the counted weapons just before action `a` are its subject, with sides."""
    if not drafts:
        return False
    prev = drafts[-1]
    return (
        prev.category == "weapon"
        and prev.noun is not None
        and prev.q.start < prev.noun.start < prev.noun.end <= a.start
        and prev.actor is not None
        and "," not in text[prev.noun.end : a.start]  # "..., destroying six": not its subject
        and not a.text.lower().endswith("ing")
        and only_auxiliaries(text[prev.noun.end : a.start])
    )


def _repelled_between(text: str, lo: int, hi: int) -> bool:
    """True when an attack is repelled between `lo` and `hi`."""
    return any(
        lo <= a.start < hi and any(r["action"] == "repelled" for r in a.rows)
        for a in find_actions(text)
    )


# A participle of another clause right before "by": ", using radar data shared by"
_OTHER_PARTICIPLE = re.compile(r",[^,]*[ ][a-z]+(?:ed|en)[ ]$")


_PART_CLAUSE = re.compile(r",[ ](?:[\w-]+[ ]){0,2}?of[ ](?:which|them|whom)\b")


_HARM_PAIR = re.compile(
    r"[ ]and[ ](?:at[ ]least[ ]|about[ ]|some[ ])?\d[\d,]*[ ](?:\w+[ ])?"
    r"(?:injured|wounded|killed)[ ]?"
)


def _agent_after(text: str, pos: int, end: int, mentions: list[Mention]) -> Mention | None:
    m = _BY.search(text[pos:end])
    if not m:
        return None
    between = text[pos : pos + m.start()]
    last_digit = max((i for i, c in enumerate(between) if c.isdigit()), default=-1)
    if (
        last_digit >= 0
        and "," not in between[last_digit:]
        # (but a pair of harms shares its agent: "eleven civilians killed and 62 injured by
        # Ukrainian armed forces")
        and not _HARM_PAIR.fullmatch(between)
    ):
        # (not another count's agent: "142 munitions were fired and 57 drones were launched,
        # 39 of which were shot down by air defence"; but one set off after both is theirs:
        # "23 were killed and 58 were wounded, almost all of them by Russian drones")
        return None
    if between.strip() and _OTHER_PARTICIPLE.search(between):
        return None  # "launched towards Ukraine, using radar data shared by ...": another verb's
    if ", " in between and (part := _PART_CLAUSE.search(between)) and between[part.end() :].strip():
        # (a part's agent: "31 drones entered Polish airspace, of which nine were shot down by
        # Polish and allied aircraft"; but "11 wounded, all of them by Russian drones" is all's)
        return None
    at = pos + m.end()
    for x in mentions:
        if x.start >= at and x.side and x.start - at <= 30:
            # (within the agent's phrase: not "destroyed by the brigade, its commander said")
            return x if not any(c in text[at : x.start] for c in ",;(") else None
    return None


# "killed in Russian attacks", "injured as a result of Russia's armed aggression": the cause
# named after a verb of harm, whose side did it
_HARMED = frozenset({"killed", "injured", "damaged", "destroyed"})
_CAUSE_GAP = re.compile(
    r"(?:[ ][\w-]+){0,3}?[ ](?:in|during|from|amid|after|following|as[ ]a[ ]result[ ]of"
    r"|due[ ]to|because[ ]of)[ ](?:an?[ ]|the[ ])?"
)
_ATTACK_NOUN = re.compile(
    r"(?:['’]s)?[ ](?:(?:armed|full-scale|massive|overnight|combined|missile|drone|air"
    r"|artillery|rocket|military)[ ])*(?:aggression|attacks?|strikes?|shelling|bombardments?"
    r"|invasion|drones?|missiles?|bombs?|air[ ]raids?)\b"
)


def _cause_after(text: str, pos: int, end: int, mentions: list[Mention]) -> Mention | None:
    for x in mentions:
        if (
            pos <= x.start < end
            and x.side in opponents()
            and _CAUSE_GAP.fullmatch(text, pos, x.start)
            and _ATTACK_NOUN.match(text, x.end)
        ):
            return x
    return None


def _owner(text: str, a: Action, mentions: list[Mention]) -> Mention | None:
    """Whose a nominal action is: "losses of the enemy", "losses of the AFU", "Ukrainian
    losses", "Russia's personnel losses"."""
    of = _OF_THE_AFTER.match(text[a.end :])
    if of:
        at = a.end + of.end()
        return next((m for m in mentions if m.start == at and m.side), None)
    if a.text.lower() not in ("losses", "loss"):
        return None  # a verb: "the enemy lost 230" is a subject
    return next(
        (
            m
            for m in reversed(mentions)
            if m.end <= a.start
            and m.side
            and text[m.end : a.start].strip(" '’s").lower() in _NOUN_ADJUNCTS
        ),
        None,
    )


# Between a verb and the side of its object: "struck a Russian corvette", "hit the Russian"
_OBJECT_GAP = re.compile(r"[ ](?:(?:a|an|the|two|three|several)[ ])?")


def _object_side(text: str, a: Action, mentions: list[Mention]) -> str | None:
    """The side named at the head of the object of verb `a`: "struck a Russian corvette"."""
    return next(
        (
            m.side
            for m in mentions
            if m.side and m.kind != "pronoun" and _OBJECT_GAP.fullmatch(text, a.end, m.start)
        ),
        None,
    )


def target_after(text: str, pos: int, end: int, mentions: list[Mention]) -> str | None:
    for m in mentions:
        if (
            pos <= m.start < end
            and m.side
            and m.preposition
            in ("against", "on", "at", "across", "into", "over", "toward", "towards")
        ):
            return m.side
    return None


_HAS_DIGIT = re.compile(r"\d")
_AIR_FORCES = frozenset({"air force", "force", "air defence", "air defense"})
# "..., which reported that it ...": the pronoun is the body before "which"
_WHICH_SAID = re.compile(
    r",[ ]which[ ](?:\w+[ ]){0,2}?(?:said|says|reported|reports|claimed|claims|added|stated)"
    r"[ ](?:that[ ])?$"
)
# A body of the town named before: "the city's military administration", "the town's mayor"
_THE_TOWNS = re.compile(r"\bthe[ ](?:city|town|village)(?:['’]s)?[ ]$", re.IGNORECASE)
_THE_REGION = re.compile(r"\b(?:the|our)[ ](?:region|oblast)\b(?![ ]of\b)")
# Officials who are one person, who speak for the side they were named with, wherever the
# sentence's places are ("The official said 11,000 North Korean soldiers remained in Kursk")
_ONE_OFFICIAL = frozenset({"official", "spokesperson", "spokesman", "spokeswoman"})


# What a body's title goes on with: "Ministry of Economy", "Ministry of Strategic Industries"
_BODY_OF = re.compile(r"[ ]of[ ]([A-Z][a-z]+(?:[ ](?:and[ ])?[A-Z][a-z]+){0,2})")


def _body_term(m: Mention) -> str:
    """The lexicon term of a body mention: "defence ministry" of "the Russian Defence
    Ministry", "ministry" of "the ministry"."""
    return m.term or m.text.lower()


def _one_country(gazetteer: list[Match]) -> str | None:
    """The one country the sentence's places are in: "attacks across Ukraine, according to
    local authorities" (None when they are in several, or there are none)."""
    countries = {g.payload["country"] for g in gazetteer}
    return next(iter(countries)) if len(countries) == 1 else None


# The ministries of a country's home affairs: "the agriculture ministry", "Ministry of Energy"
_HOME_AFFAIRS = (
    r"(?:agriculture|agrarian|agrarian[ ]policy|infrastructure|economy|economic|energy|health"
    r"|finance|social[ ]policy|education|culture|reintegration|environment|ecology|digital"
    r"|transformation|communities|development|restoration)"
)
_HOME_BEFORE = re.compile(rf"\b{_HOME_AFFAIRS}[ ]$", re.IGNORECASE)
_HOME_AFTER = re.compile(rf"[ ]of[ ](?:the[ ])?{_HOME_AFFAIRS}\b", re.IGNORECASE)
_HOME_WORD = re.compile(rf"\b{_HOME_AFFAIRS}\b", re.IGNORECASE)
_FORCES_AFTER = re.compile(
    r"['’]?s?[ ](?:[\w-]+[ ])?(?:attacks?|strikes?|drones?|missiles?|shelling|forces|troops|army"
    r"|military|aggression|bombs?|invasion)\b"
)


# A thing that owns what "its" introduces, when named after the last side: "a furniture
# factory ... its workers", "the plant said its output"
_THING_BEFORE = re.compile(
    r"\b(?:factory|plant|building|company|enterprise|hospital|school|refinery|station|depot"
    r"|warehouse|workshop|port|mine|facility|shop|store|farm|bridge|dam)\b",
    re.IGNORECASE,
)


def _counted_side(text: str, mentions: list[Mention]) -> str | None:
    """The side of a count's adjective in `text` ("146 Russian infantry"), when one side is."""
    sides = {
        m.side
        for m in mentions
        if m.kind == "adjective"
        and m.side in opponents()
        and _COUNT_RIGHT_BEFORE.search(text, max(0, m.start - 12), m.start)
    }
    return sides.pop() if len(sides) == 1 else None


_COUNT_RIGHT_BEFORE = re.compile(r"\d[ ]$")


def resolve_references(
    text: str, mentions: list[Mention], frames: list[Frame], ctx: ArticleContext
) -> list[Mention]:
    """Give pronouns, bare bodies ("the ministry") and "the enemy" the side they refer to."""
    if not mentions:
        return []  # (most sentences with no number name no one either: nothing to resolve)
    out: list[Mention] = []
    # (a sentence whose subject was "the enemy" speaks from the other side: "the enemy fired
    # 487 shells" is said by the side shelled)
    subject_view = (
        opponent(ctx.last_subject_side) if ctx.last_subject_enemy else ctx.last_subject_side
    )
    # (on a page of a government's site, a body named bare is that government's unless a
    # speaker before said otherwise: "the Ministry of Defence announced" on GOV.UK)
    # (or the side that "we" are: "Our air defence shot down 63 of them. The Defence Ministry
    # separately reports ...", in a governor's address)
    context_side = (
        ctx.turn_side  # (in a transcript, the turn's speaker, not a sayer the speaker quoted)
        or ctx.last_claimant[1]
        or ctx.issuer[1]
        or ctx.site_side
        or ctx.first_person_side
        or subject_view
    )
    # "Russia launched 90 drones at Ukraine. The air force said ...": the attacked side's
    attacked = next(
        (
            d.target
            for d in reversed(ctx.last_drafts)
            if d.action in ("launched", "hit") and d.target in opponents()
        ),
        None,
    )
    if ctx.last_claimant[1] or ctx.issuer[1]:
        attacked = None
    # "Russia launched 653 drones at Ukraine's energy system; ..., the air force said": the
    # side this sentence says was attacked
    attacked_here = _attacked_here(text, mentions)
    attacked = attacked_here or attacked
    voice = sentence_voice(text, [])  # "the General Staff ... 212 occupiers": Ukraine's
    verbs = [f for f in frames if f.kind == "verb"]
    speaker = find_speaker(text, [m for m in mentions if m.side], ctx)[1] if verbs else None
    gazetteer = matcher("places", key="name").find(text)
    # (the side whose officials govern there: Crimea's are Russia's, authorities.csv)
    local = next(
        (
            official_side(g.payload["region"], g.payload["country"])
            for g in gazetteer
            if g.payload["region"]
        ),
        None,
    )
    if local is None and ctx.last_region is not None and _THE_REGION.search(text):
        # "air defence destroyed 18 drones over the territory of the region": the region named
        # last
        local = official_side(ctx.last_region.region, ctx.last_region.country)
    for m in mentions:
        if m.kind == "body" and m.side is not None and not m.inferred:
            term = _body_term(m)
            ctx.body_sides[term] = ctx.body_sides[term.rpartition(" ")[2]] = m.side
            if (of := _BODY_OF.match(text, m.end)) is not None:
                # "Ukraine's Ministry of Economy": that ministry, whatever ministry comes next
                ctx.body_sides[f"{term} of {of[1].lower()}"] = m.side
        elif m.kind in _NAMED_BODIES and m.side is not None and not m.inferred:
            # "SES (the State Emergency Service) ... the service said": the body it names
            ctx.body_sides[(m.name or m.text).lower().rpartition(" ")[2]] = m.side
            for word in _GENERIC_BODIES.intersection(m.text.lower().split()):
                # "the UN Human Rights Monitoring Mission in Ukraine ... the mission said"
                ctx.body_sides[word] = m.side
                ctx.body_names[word] = m.name or m.text
        if (
            m.kind == "body"
            and m.side is None
            and _FIRST_PERSON_BEFORE.search(text, max(0, m.start - 4), m.start)
        ):
            # "according to our intelligence": the speaker's, which the article may not say
            # (left without a side when unknown: `inferred` says not to guess one from context)
            out.append(resolve(m, speaker or ctx.issuer[1] or ctx.first_person_side))
            continue
        if (
            m.kind == "body"
            and m.side is None
            and out
            and out[-1].side
            and (
                (out[-1].possessive and out[-1].end + 1 == m.start)
                # (a people's, a few words before: "Their new fleet commander"; not "its
                # annual report", whose "its" is seldom sure)
                or (
                    out[-1].possessive
                    and out[-1].text.lower() in ("their", "our")
                    and _OWNED_GAP.fullmatch(text, out[-1].end, m.start)
                )
                or text[out[-1].end : m.start] in ("'s ", "’s ")
            )
        ):
            # "according to its Defence Ministry", "the navy's spokesman": the owner's
            out.append(resolve(m, out[-1].side))
            continue
        if m.kind == "body" and m.side is None and _body_term(m) in unit_terms():
            # "the 59th Brigade", "a naval infantry brigade": units of either side, whose side
            # the article's last speaker does not give (`_reports_own_result` may); but "the
            # brigade's count" is of the brigade named before ("the 132nd Separate Mechanized
            # Brigade"), where "a naval infantry brigade" is not
            bare = (
                m.text.lower() == _body_term(m)
                and text[max(0, m.start - 4) : m.start].lower() == "the "
            )
            named = ctx.body_sides.get(_body_term(m)) if bare else None
            out.append(resolve(m, named) if named else m)
            continue
        if m.kind == "body" and m.side is None:
            # "the armed forces" after "Belousov said": the speaker's; "the regional governor"
            # of a sentence about Kharkiv: Ukraine's; else the side the article last spoke for
            after_verb = bool(verbs) and m.start >= verbs[0].end
            # governors, mayors: local (to the sentence's place, else the paragraph's)
            paragraph = (
                official_side(ctx.paragraph_place.region, ctx.paragraph_place.country)
                if ctx.paragraph_place
                else None
            )
            named = ctx.body_sides.get(_body_term(m))  # "Russian Defence Ministry ... the ministry"
            any_named = named
            if (field := _HOME_BEFORE.search(text, max(0, m.start - 24), m.start)) is not None:
                # "the Energy Ministry" after "Russia's Defence Ministry": not that ministry
                # (unless nothing else tells: `any_named`, below)
                named = ctx.body_sides.get(f"{field[0].lower()}{_body_term(m)}")
            if (of := _BODY_OF.match(text, m.end)) is not None:
                # "according to the Ministry of Economy": the one named so before, not the
                # last ministry of any kind
                named = ctx.body_sides.get(f"{_body_term(m)} of {of[1].lower()}", named)
            if named is None and _body_term(m) in _GENERIC_BODIES:
                # "the agency said": an agency named before; "the regional government's
                # operational headquarters" in a sentence about Kursk: the place's; else no one
                local_side = (
                    local or (ctx.paragraph_place.country if ctx.paragraph_place else None)
                    if _body_term(m) == "headquarters"
                    else None
                )
                out.append(resolve(m, local_side) if local_side else m)
                continue
            # (not "the official" after "a senior U.S. defence official": the one named)
            local_role = m.role == "official" and not (named and _body_term(m) in _ONE_OFFICIAL)
            # (a mayor with no place of a region: the one of the side this sentence says was
            # attacked, before the one country it names: '"Russia launched 2,340 drones at our
            # city," the acting mayor said')
            nearby = (
                (local or attacked_here or _one_country(gazetteer) or paragraph)
                if local_role
                else None
            )
            if (
                local_role
                and ctx.last_town
                and _THE_TOWNS.search(text, max(0, m.start - 16), m.start)
            ):
                # "the city's military administration": the town's
                nearby = official_side(ctx.last_town.region, ctx.last_town.country)
            military = attacked if m.role in ("military", "ministry") else None
            sayer = speaker
            if after_verb and sayer is None and out and m.role in ("military", "ministry"):
                # "The ministry said that air defence units had ...": the sayer's own forces
                sayer = find_speaker(text, [x for x in out if x.side], ctx)[1]
            # "..., said Dmytro Kostenko, head of the city military administration": the body
            # after a sentence-final verb is the speaker itself, not the speaker's forces
            final = (
                after_verb
                and m.start >= verbs[-1].end
                and (
                    local_role
                    # ("..., said the navy's spokesman": the sayer, whose side the sentence's
                    # subject does not give; not "said the armed forces had received ...")
                    or (
                        text[verbs[-1].end : m.start].strip().lower() in ("", "the")
                        and text[m.end : m.end + 3] in ("'s ", "’s ")
                    )
                )
            )
            # "The Air Force has revised its figures. ..., a spokesman said": the spokesman of
            # the body the sentence before was about
            spoken_for = (
                ctx.last_body.side
                if ctx.last_body is not None and _body_term(m) in _SPOKESPEOPLE
                else None
            )
            # "Across Ukraine, Russia launched 1,380 drones ..., the Air Force said": the air
            # force of the side this sentence says was attacked, whatever air force came before
            here = attacked_here if m.role == "military" and _body_term(m) in _AIR_FORCES else None
            # "Ukrainian ports handled 9.8 million tonnes of cargo, the infrastructure ministry
            # said": a ministry of home affairs speaks of its own country's economy
            home_affairs = m.role == "ministry" and bool(
                _HOME_BEFORE.search(text, max(0, m.start - 24), m.start)
                or _HOME_AFTER.match(text, m.end)
                or _HOME_WORD.search(m.text)  # "the health ministry", "the Ministry of Health"
            )
            home = (
                next(
                    (
                        x.side
                        for x in reversed(out)
                        if x.side in opponents()
                        and (x.possessive or x.kind == "adjective")
                        # (not the side that does the harm: "Russian attacks on the ports")
                        and not _FORCES_AFTER.match(text, x.end)
                    ),
                    None,
                )
                or next(
                    # "the Ministry of Education counts 4,120 educational institutions damaged
                    # by Russian attacks": the ministry of the side attacked
                    (
                        opponent(x.side)
                        for x in mentions
                        if x.side in opponents() and _FORCES_AFTER.match(text, x.end)
                    ),
                    None,
                )
                if home_affairs
                else None
            )
            found = (
                (sayer if after_verb and not final else None)
                # (in a speaker's turn of a transcript, his side's: "PESKOV: ... according to the
                # Defence Ministry, Ukraine's own losses exceeded 60,000")
                or (ctx.turn_side if m.role in ("ministry", "military") else None)
                or nearby
                # (air defence over a place is that place's side's: "air defence destroyed 18
                # drones over the territory of the region")
                or (local if m.role == "military" and "air def" in _body_term(m) else None)
                or here
                or home
                or named
                or spoken_for
                or voice
                or military
            )
            # ("the Air Force said", with no side named in the article: Ukraine's, as the
            # lexicon says, which is no guess)
            default = None if found else default_body_side(_body_term(m))
            side = (
                found
                or default
                # (a ministry of no side named: the government of the sentence's place, not
                # a body the article spoke for: "According to the Ministry of Energy, some 1.1
                # million consumers ... in Odeska oblast" in a UN report; a ministry of home
                # affairs even after a side spoke: "Russia has confirmed fires at two." then "8
                # energy facilities damaged in ... Odesa, Kharkiv and Sumy regions, the Energy
                # Ministry said")
                or (
                    local
                    if m.role == "ministry" and (context_side not in opponents() or home_affairs)
                    else None
                )
                or any_named
                or context_side
            )
            if (local_role and nearby and side == nearby) or (home and side == home):
                # "the regional administration" of a sentence about Chornomorsk, then "The
                # administration said 19 of 23 drones were shot down": the same body (and
                # "the Ministry of Education ... According to the ministry": that ministry)
                term = _body_term(m)
                head = term.split(" of ")[0].rpartition(" ")[2]  # "ministry of health": ministry
                ctx.body_sides[term] = ctx.body_sides[head] = side
            generic = _body_term(m) in _GENERIC_BODIES and side == named
            out.append(
                resolve(
                    m,
                    side,
                    ctx.body_names.get(_body_term(m)) if generic else None,
                    inferred=default is None,
                )
                if side
                else m
            )
            continue
        if m.kind == "enemy":
            named = [x for x in mentions if x.side and x.kind not in ("pronoun", "enemy")]
            speaker = find_speaker(text, named, ctx)[1] if named else None
            # (a side at war: "a German-made Marder" says nothing of whose enemy it is)
            # (nor a side named after a colon, in what the enemy did: "The enemy is throwing
            # reserves into the area: four companies of the AFU were spotted")
            colon = text.find(":", m.end)
            first = next(
                (x.side for x in named if x.side in opponents() and (colon < 0 or x.start < colon)),
                None,
            )
            # (else the side whose place the enemy struck: "The enemy shelled Tyotkino", in a
            # Russian district head's post)
            strikes = _ENEMY_STRIKES.match(text, m.end)
            struck = next(
                (
                    side
                    for g in gazetteer
                    if strikes
                    and strikes.end() <= g.start <= strikes.end() + 24
                    # (not where the weapons came from: "attacked with 3 Iskander-M missiles
                    # from the Bryansk region")
                    and not _FROM_BEFORE.search(text, max(0, g.start - 12), g.start)
                    and (side := official_side(g.payload["region"], g.payload["country"]))
                    in opponents()
                ),
                None,
            )
            side = opponent(speaker or voice or first or struck or context_side or "(unknown)")
            out.append(resolve(m, side, "enemy"))
            continue
        if m.kind != "pronoun":
            out.append(m)
            continue
        word = m.text.lower()
        if word in ("we", "our") and (quoted := quote_around(text, m.start)) is not None:
            # 'Their new fleet commander told Russian television, and I quote: "Our sailors
            # have destroyed ..."': in a quotation, "our" is the quoted sayer's
            verb = last_frame_before(frames, quoted[0] + 1, 0)
            sayer = verb and clause_subject(out, strong_clause(text, verb.start)[0], verb.start)
            if sayer and sayer.side:
                out.append(resolve(m, sayer.side, sayer.name))
                continue
        if word in ("we", "our"):  # the speaker's side: "our defenders repelled 6 attacks"
            # (in a turn of a transcript or interview, the turn's speaker's: not a side the
            # answer names before "we": "the North Korean KN-23 ...: we counted 46")
            side = (
                ctx.turn_side
                or speaker
                or ctx.issuer[1]
                or ctx.first_person_side
                # ("we destroyed 14 tanks ... and 146 Russian infantry killed": the enemy of
                # the side whose losses the speaker counts)
                or opponent(_counted_side(text, mentions))
                or ctx.last_claimant[1]
            )
            out.append(resolve(m, side))
            continue
        if word in ("he", "she", "his", "her"):
            person = next((x for x in reversed(out) if x.kind == "person"), None) or ctx.last_person
            if not may_refer_to(word, person):
                person = None  # "Oleksandr Koval said ... She said": someone else
            out.append(resolve(m, person.side if person else None, person.name if person else None))
            continue
        if word == "its" and (
            _THING_BEFORE.search(text, max([x.end for x in out if x.side] or [0]), m.start)
        ):
            # "the building was a furniture factory and that three of its workers had been
            # injured": the factory's, no side's (a place or plant named after the last side)
            out.append(m)
            continue
        says = any(f.kind == "verb" and f.start == m.end + 1 for f in frames)
        if word in ("it", "they") and says:
            # (after what it said: "..., 148 civilians were killed, it said", "two women were
            # injured, it added."; not after an opening phrase: "In a statement, it said 118
            # drones ...")
            trailing = text[max(0, m.start - 2) : m.start] == ", " and (
                _HAS_DIGIT.search(text, 0, m.start) is not None
                or (_HAS_DIGIT.search(text, m.end) is None and len(text) - m.end < 48)
            )
            if ctx.last_body is not None and not trailing and all(x.kind == "pronoun" for x in out):
                # "Russia's Defence Ministry does not publish its own casualties. On Monday it
                # claimed ...", "... did not mention Pogar. In its morning summary it said":
                # the body the sentence before was about
                out.append(resolve(m, ctx.last_body.side, ctx.last_body.name))
                continue
            person = ctx.last_person
            if person is not None and ctx.last_claimant[0] in (person.name, person.text):
                # "His lawyer, Ihor Bondarenko, said he would appeal." then "Prosecutors say
                # ..., and they assessed the damage at ...": a person named is no "it" or "they"
                out.append(m)
                continue
            if ctx.last_claimant[1] and (
                # (a side named in a phrase before is no sayer: "In the zone of the Yug group,
                # it said, ...": the ministry that spoke last)
                trailing or not any(x.side and not x.oblique for x in out if x.kind != "pronoun")
            ):
                # "... 148 civilians were killed and 612 were injured, it said", "Russian forces
                # gained 460 km², it said": the body that spoke last, not the last subject
                out.append(resolve(m, ctx.last_claimant[1], ctx.last_claimant[0]))
                continue
        if (
            word in ("it", "they")
            and ", which " in text
            and (which := _WHICH_SAID.search(text, 0, m.start))
        ):
            # "according to the Ukrainian Air Force, which reported that it shot down 4,970 of
            # the UAVs": the body the relative clause is about
            said_by = next((x for x in reversed(out) if x.end <= which.start()), None)
            if said_by is not None and said_by.side and not text[said_by.end : which.start()]:
                out.append(resolve(m, said_by.side, said_by.name))
                continue
        if (
            word in ("its", "their", "it", "they")
            and (frames or "according" in text)
            and (sayer := _SAYER_OWNS.search(text, max(0, m.start - 24), m.start))
        ):
            # "It put Russian losses at 1,140 and said its forces had destroyed two tanks",
            # "Ukraine said, adding that its drones ...": the sayer's; "Ukraine mobilises
            # 27,000 men a month, according to its Defence Ministry": the sentence's subject
            named = [x for x in out if x.side and x.kind not in ("adjective", "demonym")]
            if sayer.group().lower().startswith("according"):
                # (named before it: not "According to its summary, ... Russian forces used")
                owner = named[0] if named and named[0].end <= m.start else None
            else:
                owner = next((x for x in reversed(named) if x.end <= sayer.start()), None)
            if owner is not None:
                out.append(resolve(m, owner.side, owner.name))
                continue
            spoke = ctx.paragraph_claimant if ctx.paragraph_claimant[1] else ctx.last_claimant
            if (
                sayer.group().lower().startswith("according")
                and spoke[1]
                and not any(x.end <= m.start for x in named)
            ):
                # "..., the RMA informs. According to its summary, ...": the last speaker's
                out.append(resolve(m, spoke[1], spoke[0]))
                continue
        clause = strong_clause(text, m.start)
        reported = after_frames(text, frames, clause[0], m.start)
        before = outside_quotes(out, m.start, m.start, text)  # a quote's subject is not "its"
        subject = clause_subject(before, reported, m.start)
        sayer = None if subject else clause_subject(before, clause[0], m.start)
        if (
            sayer is not None
            and word in ("they", "them", "their")
            and sayer.end <= reported
            and (sayer.kind == "person" or sayer.role == "official")
        ):
            # "Oleh Hryhorov, the head of the regional administration, said that they occupy
            # 11 villages": a person or an office is no "they" (but "officials said they had
            # shot down", "the brigade said they had repelled 46 assaults")
            subject = None
        else:
            subject = subject or sayer or clause_subject(before, 0, m.start)
        if subject is None and ctx.paragraph_sentences == 0 and _unnamed_sayer(text, frames, m):
            # a paragraph that opens "Soldiers of the 3rd Assault Brigade say they ...": the
            # sayers, whose side it does not give, not an earlier paragraph's subject
            out.append(m)
            continue
        if subject is None and word in ("they", "them", "their"):
            # "They sent 11 armoured vehicles at once", a commander tells us: the enemy of the
            # side that "we" are (or the side of a transcript's speaker: "MARCHUK: Their new
            # fleet commander told Russian television ...")
            us = ctx.first_person_side if ctx.interviewee is not None else None
            if us not in opponents() and (m.start == 0 or _TURN_LABEL.fullmatch(text, 0, m.start)):
                us = ctx.turn_side
            if us in opponents():
                out.append(resolve(m, opponent(us)))
                continue
        if (
            word in ("its", "their")
            and subject is not None
            and subject.kind == "adjective"
            and speaker
            and _STRIKES_AFTER.match(text, subject.end)
        ):
            # "Naftogaz said Russian attacks had damaged 14 of its gas production sites":
            # attacks own nothing; "its" is the sayer's
            out.append(resolve(m, speaker))
            continue
        if (
            subject is None
            and word == "them"
            and m.preposition in ("among", "of")
            and may_hold_quantity(text[: m.start])
        ):
            # "The attack killed eight civilians, among them two children": the group just
            # counted, not the subject of an earlier sentence ("Russian gunner gets life")
            out.append(m)
            continue
        side = subject.side if subject else ctx.last_subject_side
        if says and (subject.kind if subject else ctx.last_subject_kind) in _NATIONALITY:
            # "212 Polish citizens who signed contracts ... Nineteen have been killed, it says":
            # a nationality named on people says nothing
            side = None
        name = subject.name if subject else None
        out.append(resolve(m, side, name))
    return out


_NATIONALITY = frozenset({"adjective", "demonym"})
# Between a count received and who supplied it: " Patriot batteries since 2023 from the"
_FROM_SUPPLIER = re.compile(r"(?:[ ][\w’'-]+){0,5}?[ ]from[ ](?:the[ ])?")


def _supplier_after(text: str, end: int, mentions: list[Mention]) -> str | None:
    """The side a count received came from: "seven from the United States"."""
    return next(
        (
            m.side
            for m in mentions
            if m.start > end and m.side and _FROM_SUPPLIER.fullmatch(text, end, m.start)
        ),
        None,
    )


# A side's weapons or strikes, which own nothing: "Russian (missile and drone) attacks"
_STRIKES_AFTER = re.compile(
    r"(?:[ ][\w-]+){0,3}?[ ](?:attacks?|strikes?|shelling|missiles?|drones?|bombs?)\b"
)


# A speaker's label that opens a turn: "MARCHUK: ", "GEN. KOVACS: "
_TURN_LABEL = re.compile(r"(?:[A-Z][\w.'’-]*[ ]?){1,3}:[ ]")


# What the enemy did to a place: "The enemy shelled Tyotkino", "the enemy again attacked"
_ENEMY_STRIKES = re.compile(
    r"(?:[ ]\w+ly|[ ]again|[ ]has|[ ]have|[ ]had)?[ ](?:shelled|attacked|struck|hit|bombed|fired"
    r"|launched|dropped|targeted|used|shells|attacks|strikes|hits|bombs|targets|uses)\b"
)


_FROM_BEFORE = re.compile(r"\bfrom[ ](?:the[ ])?$")


# Between a possessive and the body it owns, a few words: "Their new fleet commander"
_OWNED_GAP = re.compile(r"[ ](?:[a-z][\w-]*[ ]){0,3}")


# A possessive right after a verb of saying or "according to": the sayer's own
_SAYER_OWNS = re.compile(
    r"\b(?:said|says|saying|reported|reports|added|adding|stated|claimed|[Aa]ccording[ ]to)"
    r"(?:[ ]that)?,?[ ]$"
)
_NAMED_BODIES = frozenset({"government", "military", "organisation"})
# Bodies only a name said before gives a side: "the agency", "the headquarters"
_GENERIC_BODIES = frozenset({"agency", "headquarters", "mission"})
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_THEY_AFTER_VERB = re.compile(r"[ ]+(?:that[ ]+)?")


def _unnamed_sayer(text: str, frames: list[Frame], m: Mention) -> bool:
    """Whether pronoun `m` follows a reporting verb straight after words that name no one
    the lexicons know ("Soldiers of the 3rd Assault Brigade say they")."""
    return any(
        f.kind == "verb" and _THEY_AFTER_VERB.fullmatch(text, f.end, m.start) for f in frames
    )


_FIRST_PERSON_BEFORE = re.compile(r"\b(?:our|my)[ ]$", re.IGNORECASE)
FIRST_PERSON = frozenset({"we", "our", "my"})
_MY_BEFORE = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Ww]e)\b")


def learn_first_person(
    text: str, mentions: list[Mention], drafts: list[Draft], ctx: ArticleContext
) -> None:
    """Learn whose side "we" are from a first-person claim against victims of a named side:
    "my battalion's pilots hit 1,430 Russian infantrymen" (an interview that never names the
    speaker's army)."""
    for d in drafts:
        a = d.action_span
        if a is None or d.passive or d.target not in opponents() or d.action not in ATTACK_ACTIONS:
            continue
        end = d.noun.end if d.noun is not None and d.noun.start >= d.q.end else d.q.end
        if d.actor_source in ("carried", "none") and not any(
            m.kind == "adjective" and m.side == d.target and d.q.end <= m.start < end
            for m in mentions
        ):
            # (victims named by side, or found from the count they are part of; not a side
            # carried from sentences before: "we destroyed 14 tanks" after a Russian attack)
            continue
        clause = strong_clause(text, a.start)
        # (before the clause's first verb: in "They killed 97 of our residents and injured
        # 612", "our" is no subject of "injured")
        verb = min(
            (
                e.action_span.start
                for e in drafts
                if e.action_span is not None and e.action_span.start >= clause[0]
            ),
            default=a.start,
        )
        before = [m for m in mentions if clause[0] <= m.start < verb]
        # the subject is first person ("we", "our drones", "my battalion's pilots"), and no
        # side is named before the verb
        first = any(m.kind == "pronoun" and m.text.lower() in FIRST_PERSON for m in before) or (
            _MY_BEFORE.search(text, clause[0], verb) is not None
        )
        if first and not any(m.side in opponents() and not m.inferred for m in before):
            ctx.first_person_side = opponent(d.target)
            return


def _attacked_here(text: str, mentions: list[Mention]) -> str | None:
    """The side a launch in `text` was aimed at ("launched 653 drones at Ukraine's energy
    system"), or None. Most sentences have no launch verb and cost one scan of the actions."""
    for a in find_actions(text):
        row = a.pick("weapon")
        if row is None or row["action"] not in ("launched", "hit"):
            continue
        if row["action"] == "launched":
            for m in mentions:
                if (
                    m.start >= a.end
                    and m.preposition in ("at", "against", "on")
                    and m.side in opponents()
                ):
                    return m.side
        # "Across Ukraine, Russia launched 1,380 attack drones", "the Armed Forces of Ukraine
        # attacked 19 settlements of the region": the launcher's opponent
        subject = next(
            (
                m
                for m in reversed(mentions)
                if m.end <= a.start
                and m.side in opponents()
                and not m.oblique
                and not m.inferred
                and (
                    m.kind in ("country", "capital", "military")
                    or (m.kind == "body" and m.role == "military")
                    # ("Russian forces struck the city")
                    or (m.kind == "adjective" and _FORCES_AFTER.match(text, m.end) is not None)
                )
            ),
            None,
        )
        if subject is not None and len(text[subject.end : a.start].split()) <= 2:
            return opponent(subject.side)
    return None


def own_supplies(d: Draft) -> None:
    """Weapons delivered with no sender named: the sender is the side that says so, when it
    is no warring side ("the 14 Challenger 2 tanks sent in 2023", a British minister said)."""
    if (
        d.action == "delivered"
        and d.actor is None
        and d.claimant_side
        and d.claimant_side not in opponents()
    ):
        d.actor = d.claimant_side
    if (
        d.action == "delivered"
        and d.target is None
        and d.country is not None
        and d.country not in opponents()
        and d.actor not in opponents()
    ):
        # "the Netherlands has sent two Patriot batteries" to an ally's air base in Romania:
        # forces placed in a country beyond the war, not supplies to a warring side
        d.action = "deployed"


# What stands between a count of people and the side they serve: "70 Moldovan citizens are
# serving in Ukraine's forces", "1,600 Georgians have fought for Ukraine", or, elided after
# such a count, "and about 40 in Russia's"
_SERVES_BEFORE = re.compile(
    r'["”]?'  # (after a quoted figure: '"at least 1,500" Nepalis had signed contracts')
    r"(?:[ ][\w’'-]+){0,5}?[ ](?:(?:serv(?:e|es|ed|ing)|fight(?:s|ing)?|fought|enlisted"
    r"|signed[ ](?:a[ ])?contracts?)[ ]"
    r"(?P<prep>in[ ]the[ ]ranks[ ]of|in|for|with|alongside|on[ ]the[ ]side[ ]of)"
    r"|join(?:ed|ing|s)?)[ ](?:the[ ])?"  # ("1,350 Nepali citizens have joined the Russian army")
    r"|[ ](?:of[ ](?:them|whom)[ ])?(?P<bare>in|with)[ ](?:the[ ])?",  # ("300 of them with")
    re.IGNORECASE,
)
# a side's forces, not its land: "in Russia's." or "in Ukraine's armed forces", not "in
# Russia's Kursk region"
_FORCE_WORDS = r"(?:armed[ ])?(?:forces|army|military|ranks|units|side)"
_FORCES_OF = re.compile(rf"(?:’s|'s)?(?:[ ]{_FORCE_WORDS}\b|[ ]?[.,;)]|$)")
_FORCES_NAMED = re.compile(rf"\b{_FORCE_WORDS}$", re.IGNORECASE)  # "the Russian army"


def fought_for(text: str, d: Draft, mentions: list[Mention]) -> None:
    """The dead counted as those who fought for a side are that side's: "the deaths of 58
    Moldovan citizens who fought for Russia and 16 who fought for Ukraine"."""
    if d.category != "casualties" or d.action not in ("killed", "injured"):
        return
    side = _ON_THE_SIDE.search(text, 0, d.q.start)
    if side is not None:
        # "Of the 58 Moldovans confirmed killed on the Russian side, 41 died in Donetsk region"
        won = "Russia" if side.group(1).lower().startswith("russia") else "Ukraine"
        d.target, d.actor, d.actor_source = won, opponent(won), "agent"
        return
    for m in mentions:
        if m.start < d.q.end or m.side not in opponents():
            continue
        if m.start > d.q.end + 80:
            break
        if _WHO_FOUGHT.fullmatch(text, d.q.end, m.start):
            d.target, d.actor, d.actor_source = m.side, opponent(m.side), "agent"
        break


# The finite passive verb after a participle on the counted noun: "120 drones launched at Kyiv
# were shot down"
_PASSIVE_AUX_AFTER = re.compile(
    r"[ ](?:were|was|had[ ]been|have[ ]been|has[ ]been)(?:[ ]\w+ly)?[ ]"
)


# The side the dead fought on: "killed on the Russian side", "fighting on Ukraine's side"
_ON_THE_SIDE = re.compile(
    r"\b(?:killed|died|fighting|fought|served|serving)[ ]on[ ](?:the[ ])?"
    r"(Russian|Ukrainian|Russia['’]s|Ukraine['’]s)[ ]side\b",
    re.IGNORECASE,
)


# Between the dead and the side they fought for: " Moldovan citizens who fought for ",
# " Kazakh citizens killed fighting for "
_WHO_FOUGHT = re.compile(
    r"(?:[ ][\w’'-]+){0,3}?[ ](?:who[ ](?:had[ ]|have[ ])?(?:fought|served|were[ ]fighting)"
    r"|(?:killed|died)[ ](?:while[ ])?(?:fighting|serving)"  # ("killed fighting for")
    r"|recruited|enlisted|serving|fighting)[ ]"  # ("nationals recruited into the Russian army")
    r"(?:for|with|on[ ]the[ ]side[ ]of|in|into|by)[ ](?:the[ ])?"
)


def served_side(text: str, d: Draft, mentions: list[Mention], drafts: list[Draft]) -> None:
    """People of another country counted as serving a side are that side's forces:
    "at least 70 Moldovan citizens are serving in Ukraine's forces and about 40 in Russia's",
    "2,300 Colombians were serving in Ukraine's armed forces, up from roughly 1,000"."""
    if (
        d.action not in ("deployed", "recruited")
        or d.category != "personnel"
        # (the nationality named on them, not a sender: "North Korea has sent 15,000 troops
        # to fight for Russia")
        or d.actor_source not in ("modifier", "list", "carried")
    ):
        return
    for m in mentions:
        if m.start < d.q.end or not m.side or m.side not in opponents():
            continue
        if m.start > d.q.end + 80:
            break
        between = _SERVES_BEFORE.fullmatch(text, d.q.end, m.start)
        if between is None:
            continue
        forces = (
            m.kind == "military"
            or _FORCES_NAMED.search(m.text) is not None
            or _FORCES_OF.match(text, m.end) is not None
        )
        if not forces and (between["bare"] or between["prep"] in ("in", "with")):
            break
        if between["bare"] and _own_noun(d.q, d):
            break
        d.actor, d.actor_source = m.side, "agent"
        d.extra["served"] = True
        return
    if not _own_noun(d.q, d):
        # an elided count of the same people: "..., up from roughly 1,000 a year earlier"
        served = [e for e in drafts if e.extra.get("served") and e.q.end <= d.q.start]
        if served and served[-1].noun == d.noun:
            d.actor, d.actor_source = served[-1].actor, "list"


def supplied_from(text: str, d: Draft, mentions: list[Mention]) -> None:
    """A delivery's part with its supplier after it: "11 Patriot batteries, seven from the
    United States and the rest from Germany"."""
    if d.action == "delivered" and d.actor in (None, d.target, opponent(d.target)):
        supplier = _supplier_after(text, d.q.end, mentions)
        if supplier is not None and supplier != d.target:
            d.actor, d.actor_source = supplier, "agent"


def dead_of_served(d: Draft, earlier: list[Draft]) -> None:
    """People counted with no side of their own after a count of people who serve a side
    are of those people: "126 Indians had served in the Russian army, that 12 had been
    killed"; "212 Kazakh citizens who signed contracts with the Russian army ... Of those,
    "at least 57" were sent to the front. Nineteen have been killed" (`earlier`: the drafts
    before `d`, this sentence's after the last sentence's)."""
    if d.actor_source not in ("none", "list", "carried"):
        return
    dead = d.category == "casualties" and d.action in ("killed", "injured")
    if not (dead or (d.category == "personnel" and d.action == "deployed" and d.actor is None)):
        return
    # (past the dead counted just before: "Nineteen have been killed and seven are missing")
    served = next((e for e in reversed(earlier) if e.category != "casualties"), None)
    while served is not None and served.actor is None and "more_of" in served.extra:
        served = served.extra["more_of"]  # (a part before: its whole's side)
    if (
        served is None
        or served.actor not in opponents()
        or not (
            served.extra.get("served")
            or (served.category == "personnel" and served.action in ("recruited", "deployed"))
        )
        or d.noun not in (None, served.noun)  # (its own noun, or the one it shares)
    ):
        return
    if d.category == "personnel":
        d.actor, d.actor_source = served.actor, "list"
    else:
        d.target, d.actor, d.actor_source = served.actor, opponent(served.actor), "list"


_TAKEN_BACK = re.compile(
    r"(?:re(?:gain|took|take|captur|stor)|liberat|took[ ]back|taken[ ]back|win[ ]back|won[ ]back)",
    re.IGNORECASE,
)


def own_defence(d: Draft) -> None:
    """Weapons shot down or destroyed by no one named, in a side's own report, were downed by
    that side's forces: '"38 UAVs were shot down over the peninsula ...," the governor wrote'
    (a quote whose sayer is known only after the sentence is read)."""
    if (
        d.category == "weapon"
        and d.action in ("shot_down", "destroyed")
        and d.actor is None
        and d.target in (None, opponent(d.claimant_side))
        and d.claimant_side in opponents()
    ):
        d.actor, d.target, d.actor_source = d.claimant_side, opponent(d.claimant_side), "claimant"


def own_advance(d: Draft) -> None:
    """Ground gained with no side named, on the land of the claimant's opponent, is the
    claimant's: "the Vostok group pushed the enemy back up to 4 km" in a Russian report, a
    milblogger's "buffer zone extends 10 kilometres into Sumy Oblast"."""
    if (
        d.category == "territory"
        and d.actor is None
        and d.target is None
        and d.action in (None, "seized")
        and d.claimant_side in opponents()
        and (
            d.country == opponent(d.claimant_side)
            # ("Units of the Tsentr group liberated three settlements", the ministry said)
            or (d.country is None and d.action == "seized")
            # ground a side says was taken back on its own land: "the Defence Forces regained
            # control of about 640 square kilometres of the left bank", the Southern Defence
            # Forces said
            or (
                d.country == d.claimant_side
                and d.action_span is not None
                and _TAKEN_BACK.match(d.action_span.text) is not None
            )
        )
    ):
        d.actor, d.target, d.actor_source = (
            d.claimant_side,
            opponent(d.claimant_side),
            "claimant",
        )
        d.country = d.country or opponents().get("(battlefield)")


def complete_sides(d: Draft) -> None:
    """Sides that follow from the rest: victims in Ukraine were hit by Russia and the other
    way round; an attack on one side was made by its opponent."""
    if d.category == "weapon" and d.action == "produced":
        # "We estimate output at about 190 Geran-2 a day": made by the side that fields them,
        # not by whoever estimates
        d.actor = d.extra.get("modifier") or d.extra.get("maker") or d.actor
        if d.actor in opponents():
            d.country = d.actor
        return
    if d.category == "infrastructure" and d.action == "closed" and d.country in opponents():
        # airports and crossings closed are the closures of the land they are in, whoever
        # ordered them: "Rosaviatsia closed two of Moscow's airports"
        d.target = d.country
        if d.actor == d.target:
            d.actor = None
        return
    if (
        d.category == "casualties"
        and d.action in ("killed", "injured")
        and d.actor_source in ("none", "carried")
        and d.passive
        and d.claimant_side in opponents()
        and d.noun is not None
        and d.noun.category == "personnel"
        and not d.extra.get("modifier")
        # (not at the other side's base: "up to 12 servicemen were killed at Olenya", says
        # the side that struck it)
        and not (
            d.place is not None
            and d.place.kind in ("airfield", "base", "port")
            and d.country == opponent(d.claimant_side)
        )
    ):
        # "Three servicemen were killed and eleven wounded, Aksyonov said": a side that says
        # soldiers were killed, no one's named, counts its own (the enemy's it calls theirs)
        d.target, d.actor, d.actor_source = (
            d.claimant_side,
            opponent(d.claimant_side),
            "claimant",
        )
    elif (
        d.category == "casualties"
        and d.action in ("killed", "injured")
        and d.actor_source in ("none", "carried")
        and d.country in opponents()
    ):
        occupier = claimant_region(d.claimant) if d.claimant else None
        if (
            occupier is not None
            and occupier.country == d.country
            and d.claimant_side in opponents()
            and d.claimant_side != d.country
        ):
            # the occupation authorities in Donetsk count their dead: victims on the side
            # that reports them, whatever the country of the land
            d.target, d.actor, d.actor_source = (
                d.claimant_side,
                opponent(d.claimant_side),
                "claimant",
            )
        else:
            d.target, d.actor, d.actor_source = d.country, opponent(d.country), "place"
    elif (
        d.category == "casualties"
        and d.action in ("killed", "injured")
        and d.actor is None
        and d.target is None
        and d.country is None
        and d.claimant_side in opponents()
        and (d.noun is None or d.noun.category != "personnel")
    ):
        # "Kyiv's mayor said two people were killed in the attack": people of the side that
        # counts its own dead, where no place or side says otherwise
        d.target, d.country = d.claimant_side, d.claimant_side
        d.actor, d.actor_source = opponent(d.claimant_side), "claimant"
    elif (
        d.category == "casualties"
        and d.action in ("killed", "injured", None)
        and d.actor in opponents()
        and d.target is None
        and d.country in (None, opponent(d.actor))
    ):
        # "Russian strikes have damaged 2,170 medical facilities ..., and 312 medical workers
        # have been killed": the victims of a side's strikes are its enemy's ("Ukrainian
        # forces inflicted 1,140 casualties")
        d.target = opponent(d.actor)
    elif (
        d.category == "weapon"
        and d.action == "destroyed"
        and d.actor is None
        and d.target is None
        and d.claimant_side in opponents()
    ):
        # "Russia's Defence Ministry said a Lancet strike had destroyed a warehouse with over
        # 1,000 drones": weapons a side says were destroyed, none named whose, are its
        # enemy's, destroyed by it
        d.actor, d.target = d.claimant_side, opponent(d.claimant_side)
        d.actor_source = "claimant"
    own_advance(d)
    if d.action == "recruited" and d.actor is None and d.claimant_side in opponents():
        # "Medvedev said 81,000 people had signed contracts": a side counts its own recruits
        d.actor, d.actor_source = d.claimant_side, "claimant"
    elif d.action == "recruited" and d.actor is None and d.country in opponents():
        d.actor, d.actor_source = d.country, "place"  # "| Samara | 4,900 |": Russia recruits
    attacked = d.country if d.country in opponents() else d.claimant_side
    if d.extra.get("attacked_by") and d.target is None and attacked in opponents():
        # "the region was attacked by more than 300 drones, the governor said": the place's
        # side, else the reporting side's, was attacked
        d.target, d.actor, d.actor_source = attacked, opponent(attacked), "place"
    if d.action == "hit" and d.actor is None and d.target is None and d.country in opponents():
        d.target = d.country  # "9 missiles hit the city" (Zaporizhzhia): strikes land on the target
    if (
        d.action == "launched"
        and d.actor is None
        and d.target is None
        and d.place is not None
        and d.country in opponents()
    ):
        # "Weapon: two Iskander-M ballistic missiles" under "INCIDENT 1 — Sumy": fired at the
        # place (launch sites are no place of a launch: `locate`)
        d.target = d.country
    if (
        d.category == "weapon"
        and d.action in ("destroyed", "damaged")
        and d.actor is None
        and d.target is None
        and d.country == "Russia"
        and d.place is not None
        and d.place.region
    ):
        # "the strikes had destroyed six aircraft at the Engels-2 airbase in the Saratov region":
        # weapons hit on Russia's own land, where no side of theirs is named, are Russia's
        d.target, d.actor, d.actor_source = "Russia", "Ukraine", "place"
    if (
        d.action == "cut_off"
        and d.actor is None
        and d.target is None
        and d.country in opponents()
        and d.claimant_side in (None, d.country)  # (not an occupation authority's figure)
    ):
        # "70% of the region was left without power": by the strikes of the land's enemy
        d.target, d.actor, d.actor_source = d.country, opponent(d.country), "place"
    damage = d.category == "infrastructure" and d.action in ("hit", "damaged", "destroyed")
    owner = d.extra.get("modifier")
    if damage and owner in opponents() and d.actor == owner and d.actor_source == "subject":
        # "Primorsk, Russia's largest terminal, ... a drone attack damaged two of its berths":
        # the owner's berths, hit by its enemy (not by the side named first)
        d.target, d.actor = owner, opponent(owner)
    if damage and d.target is None:
        if d.country in opponents() and d.actor != d.country:
            d.target = d.country  # "knocked out 1,600 megawatts of capacity in Ukraine"
        elif d.actor in opponents():
            d.target = opponent(d.actor)  # "Russian drones damaged two grain terminals"
    if (
        (d.action == "hit" or damage)
        and d.actor_source == "carried"
        and d.country == d.actor
        # (a tank or a ship hit is the one struck, wherever it stands: "destroyed 23 Russian
        # armoured vehicles in the Kharkiv region ... Nine of them were hit by FPV drones")
        and not (d.category == "weapon" and d.extra.get("weapon_type") not in _STRIKING)
    ):
        # a side carried from the sentence before does not strike its own soil
        d.target, d.actor = d.country, opponent(d.country)
    if (
        d.actor is None
        and d.target in opponents()
        and (
            d.action in ATTACK_ACTIONS
            or d.category == "casualties"
            or (d.category == "territory" and d.action == "seized")  # "pushed the enemy back"
        )
    ):
        d.actor, d.actor_source = opponent(d.target), "target"
    if d.country is None:
        d.country = country_by_action(d)
        if (
            damage
            and d.target is None
            and d.actor is None
            and d.country in opponents()
            and d.claimant_side == d.country
        ):
            # "the grid had lost roughly 2,300 megawatts", Ukrenergo said: the reporting
            # side's own, by its enemy
            d.target, d.actor, d.actor_source = d.country, opponent(d.country), "place"
    if (
        d.category == "economic"
        and d.target is None
        and d.actor in opponents()
        and d.country == opponent(d.actor)
    ):
        # "Ukraine's drones have knocked about 17% of Russia's refining capacity out of
        # action": what one side did to the other's economy
        d.target = d.country


_STRIKING = frozenset({None, "drone", "missile", "guided_bomb"})  # weapons that hit a target


def _free(text: str, mentions: list[Mention], drafts: list[Draft], q: Quantity) -> list[Mention]:
    """Mentions that are not a modifier of an earlier quantity's noun ("112 Ukrainian UAVs"):
    those cannot be the subject of a later one, nor one of a noun both share ("12 Russian and
    418 Ukrainian tanks")."""
    counted = [
        (x.q.start, x.noun.end)
        for x in drafts
        if x.noun and (x.noun.end <= q.start or (x.q.end <= x.noun.start and x.q.end <= q.start))
    ]
    return [
        m
        for m in mentions
        if not any(a <= m.start < b for a, b in counted)
        # (nor a name with its count in brackets: "Zaporizhzhia (141), Kyiv (96) and
        # Chernihiv (88) regions")
        and not (text.startswith(" (", m.end) and _COUNT_IN_BRACKETS.match(text, m.end))
    ]


_COUNT_IN_BRACKETS = re.compile(r"[ ]\([\d,. ]+\)")


def launch_answered(d: Draft, drafts: list[Draft], ctx: ArticleContext) -> Draft | None:
    """The last launch of the weapons that `d`, shot down by no named side, counts: in this
    sentence, else earlier in the article."""
    if d.category != "weapon" or d.action != "shot_down":
        return None
    kind = d.extra.get("weapon_type")
    here = (e for e in reversed(drafts) if is_launch(e) and e.extra.get("weapon_type") == kind)
    return next(here, ctx.launches.get(kind))


def is_launch(d: Draft) -> bool:
    """A launch of weapons by a known side."""
    return d.category == "weapon" and d.action == "launched" and d.actor in opponents()


# "of them", "of these": a part of what was counted or named just before
# (after a closing quote too: '"at least 11" of them hit')
OF_THEM = re.compile(r"[\"”’]?\s+of\s+(?:them|these|those|theirs)\b", re.IGNORECASE)
_OF_THE = re.compile(r"[ ]of[ ]the[ ]")
_OF_THEM_OR_WHICH = re.compile(
    r"[\"”’]?\s+of\s+(?:them|these|those|theirs|which|whom)\b", re.IGNORECASE
)
# Nouns for a fighting group after its side: "Russian troops", "Ukrainian soldiers"
_GROUP_NOUN = re.compile(
    r"[ ](?:troops|soldiers|forces|servicemen|fighters|units|infantry|marines|paratroopers"
    r"|assault[ ]groups?)\b",
    re.IGNORECASE,
)


def group_of_them(text: str, q: Quantity, mentions: list[Mention]) -> str | None:
    """The side of the group that "N of them" counts a part of: "Russian troops attacked
    near Kupiansk; 95 of them were killed" (within the sentence)."""
    if not OF_THEM.match(text, q.end):
        return None
    groups = [m for m in mentions if m.end <= q.start and m.side and _GROUP_NOUN.match(text, m.end)]
    return groups[-1].side if groups else None


def _own_noun(q: Quantity, d: Draft) -> bool:
    """True when `d` counts a noun of its own right after the number ("two Russian Su-25
    jets"), not one borrowed from an earlier figure or sentence."""
    return (
        d.noun is not None
        and q.end < d.noun.start < q.end + 60
        and not d.extra.get("noun_left")
        and "more_of" not in d.extra
    )


# The victims a harming verb takes as its object: "killed 17 people", "wounded at least 40"
_HARM_OBJECT = re.compile(
    r"[ ](?:(?:at[ ]least|more[ ]than|over|about|some|nearly|up[ ]to)[ ])?"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty"
    r"|dozens|scores|hundreds|a[ ]|an[ ]|the[ ]|people|civilians|residents)"
)


def no_own_kills(d: Draft) -> None:
    """No side shoots its own weapons down: "Air defence systems shot down 9 HIMARS rockets and
    two Neptune missiles" are the other side's kills, whatever side the air defence was
    guessed to be."""
    owner = d.extra.get("modifier") or d.extra.get("maker")
    if (
        d.action == "shot_down"
        and d.category == "weapon"
        and owner in opponents()
        and d.actor == owner
        and not d.extra.get("noun_left")  # (a noun of another sentence: its sides are its own)
    ):
        d.actor, d.target = opponent(owner), owner


def attribute(
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
    if d.category == "casualties" and modifier not in opponents():
        # the dead and wounded of a country outside the war count for the side they fought
        # or lived with: "Russia says it eliminated 1,260 Georgian mercenaries"
        modifier = None
    d.extra["modifier"] = modifier
    d.extra["maker"] = _maker_side(d.noun)
    a = d.action_span
    if (
        a is not None
        and d.passive
        and d.category == "weapon"
        and (d.action_row or {}).get("category") == "casualties"
        and _HARM_OBJECT.match(text, a.end)
    ):
        # "two Russian KAB-500 guided bombs killed 17 people": weapons that killed were used,
        # by the side whose they are
        owner = modifier or _maker_side(d.noun)
        d.action = "launched"
        d.actor, d.target, d.actor_source = owner, opponent(owner), "modifier"
        return
    if a is not None and d.passive:
        agent = _agent_after(text, a.end, clause[1], mentions)
        if agent is None and d.action in _HARMED:
            agent = _cause_after(text, a.end, clause[1], mentions)
        maker = None if modifier else _maker_side(d.noun)
        if agent and (d.action_row or {}).get("subject_is") == "target":
            # "214 means of air attack were detected by the Air Force's radar troops": the
            # side that detects them is the one they were launched at
            d.target, d.actor, d.actor_source = agent.side, opponent(agent.side), "agent"
        elif agent:
            d.actor, d.actor_source = agent.side, "agent"
        elif (modifier or maker) and d.action in VICTIM_ACTIONS:
            # "300 Russian soldiers were killed", "four Neptune missiles were shot down"
            owner = modifier or maker
            d.target, d.actor, d.actor_source = owner, opponent(owner), "modifier"
        elif d.action == "shot_down" and modifier in opponents() and _own_noun(q, d):
            # "acknowledged that two Russian Su-25 jets had been shot down": by the other side
            d.target, d.actor, d.actor_source = modifier, opponent(modifier), "modifier"
        elif (
            d.action in VICTIM_ACTIONS
            and d.category != "weapon"  # "destroyed 12 tanks; five of them were captured"
            and (group := group_of_them(text, q, mentions))
        ):
            # "Russian troops stormed the village; 95 of them were killed": that group's
            d.target, d.actor, d.actor_source = group, opponent(group), "pronoun"
        elif modifier and (d.category == "personnel" or d.action == "deployed"):
            # "two Typhoon aircraft of the Royal Air Force were scrambled": their own side's
            d.actor, d.actor_source = modifier, "modifier"
        elif (
            (launch := launch_answered(d, drafts, ctx))
            and launch.actor
            and (launch in drafts or not d.claimant_side)
        ):
            # "Russia launched 90 drones at Ukraine overnight. 84 of the drones were shot
            # down": by the launcher's opponent
            d.actor, d.target = opponent(launch.actor), launch.actor
            d.actor_source = "claimant" if d.claimant_side == d.actor else "list"
        elif d.action == "shot_down" and d.claimant_side:
            d.actor, d.actor_source = d.claimant_side, "claimant"
        elif (
            d.action in ("destroyed", "damaged")
            and d.category == "weapon"
            and (reporter := _reporter(text, d, mentions, ctx)) in opponents()
        ):
            # "In total, ... 667 airplanes ... have been destroyed" in the Russian ministry's
            # report: by the reporter's forces, unless the weapons are named as its own
            owner = modifier if modifier in opponents() else opponent(reporter)
            d.target, d.actor, d.actor_source = owner, opponent(owner), "claimant"
        elif (
            d.action == "hit"
            and d.category == "weapon"
            and d.extra.get("weapon_type") not in (*AIRBORNE, None)
            and (owner := modifier or maker) in opponents()
        ):
            # "At least four Tu-95MS strategic bombers ... were hit at Olenya": aircraft, ships
            # and armour hit are what was struck, the other side's targets
            d.target, d.actor, d.actor_source = owner, opponent(owner), "modifier"
        elif d.action in ("hit", "launched") and (
            modifier
            or maker
            or (striker := opponent(_object_side(text, a, mentions)))
            # "more than 120 drones had been sent at the Moscow area", a Ukrainian source
            # said: the enemy of the side aimed at, before the enemy of the side that says so
            or (
                d.action == "launched"
                and (striker := opponent(target_after(text, a.end, clause[1], mentions)))
            )
            or opponent(d.claimant_side)
        ):
            # "two Kh-101 missiles struck Ternopil, officials said", "389 UAVs attacked
            # Orikhiv, the governor said": the other side's weapons, unless they are the
            # speaker's own make ("two Sea Baby drones had hit the tanker") or struck a side
            # named ("six drones struck a Russian corvette, Ukraine's navy said")
            d.actor = modifier or maker or striker or opponent(d.claimant_side)
            d.actor_source = "modifier" if modifier or maker else "claimant"
            if modifier and d.category != "weapon":
                # "four of its power plants had been hit": the owner is the side hit
                d.target, d.actor = modifier, opponent(modifier)
    elif a is not None and _weapons_as_subject(text, a, drafts):
        # "21 drones struck 11 locations": the drones' side struck them
        d.actor, d.target, d.actor_source = drafts[-1].actor, drafts[-1].target, "subject"
    elif a is not None:
        frames = [f for f in find_frames(text) if f.end <= a.start]
        verb = last_frame_before(frames, a.start, clause[0])
        # (not the speaker of a quoted post: '[SYNC 00:03:58] Ivan Fedorov: "Over the week the
        # enemy hit the region with 214 guided aerial bombs')
        lo = max(after_frames(text, frames, clause[0], a.start), label_end(text))
        labelled = 0
        if ": " in text[:48] and (label := _SPEAKER_LABEL.match(text)) and label.end() <= a.start:
            if ctx.turn_speaker is not None:
                lo = max(lo, label.end())  # "KONASHENKOV: In November the Kiev regime used ..."
            else:
                labelled = label.end()
        if (
            frame is not None
            and frame.kind == "verb"
            and lo <= frame.start
            and frame.end <= a.start
        ):
            # "Zelensky put the number of Ukrainian soldiers killed at 46,000": the one who
            # estimates is no actor of the killing
            lo = frame.end
        for that in _IS_THAT.finditer(text, lo, a.start):
            lo = that.end()  # "Our assessment is that Russia has suffered ...": Russia
        free = _free(text, mentions, drafts, q)
        for joint in _JOINED_CLAUSE.finditer(text, lo, a.start):
            if clause_subject(free, joint.end(), a.start) is not None:
                # "Russia launched 87 drones ..., and Ukrainian air defences shot down 66 of
                # the drones": the subject of the second clause
                lo = joint.end()
        if a.start >= q.end:  # a relative clause after the noun: "... that Ukraine controls"
            lo = max(lo, d.noun.end if d.noun is not None else q.end)
        subject = clause_subject(free, lo, a.start) or next(
            # a subject whose noun opens the action's term: "Ukraine's armed forces number"
            (
                m
                for m in free
                if lo <= m.start < a.start < m.end <= a.end and m.side and not m.oblique
            ),
            None,
        )
        if a.text[-3:] == "ing" and a.start > lo:
            # "Our aerial reconnaissance sees the enemy concentrating about 40 armoured
            # vehicles": the side right before a participle does it, not the one who sees
            near = next(
                (m for m in reversed(free) if m.end < a.start and m.start >= lo and m.side), None
            )
            if near is not None and not near.oblique and text[near.end : a.start] == " ":
                subject = near
        if (
            labelled
            and (after := clause_subject(free, max(lo, labelled), a.start))
            and after.side
            and not after.inferred
        ):
            # "Russian MoD: Ukraine loses over 8,900 troops in a week": the subject after who
            # speaks (but "Russia's Defence Ministry: air defences destroyed 121 drones")
            subject = after
        elif (
            labelled
            and subject is not None
            and subject.end <= labelled
            and d.action in ("killed", "injured", "damaged")
        ):
            # "Kyiv Oblast administration: two people injured, 16 private houses damaged": who
            # speaks counts its own harm, and did none of it
            subject = None
        owner = _owner(text, a, mentions) if d.action_row.get("subject_is") == "target" else None
        if owner:  # "the total losses of the Armed Forces of Ukraine have exceeded ..."
            d.target, d.actor, d.actor_source = owner.side, opponent(owner.side), "subject"
        elif (
            _BY_AGENT.match(text, a.end) or ("attack" in a.text and _UNDER_ATTACK.search(a.text))
        ) and a.end <= q.start:
            # "Bryansk region was attacked by more than 300 drones": its subject was attacked
            # (the place's side, when the subject is "the region": `complete_sides`)
            d.extra["attacked_by"] = True
            if subject:
                d.target, d.actor = subject.side, opponent(subject.side)
                d.actor_source = "subject"
        elif subject and (
            d.action_row.get("subject_is") == "target"  # "the enemy lost 230"
            # "put Russian killed and wounded at 1.1 million": an adjective on the victims
            or (
                (
                    subject.kind == "adjective"
                    # ("Russian military deaths reached 150,000": a body on the counted noun)
                    or (subject.kind == "body" and d.noun is not None and a.start == d.noun.start)
                )
                and d.action in VICTIM_ACTIONS
                and _VICTIMS_GAP.fullmatch(text, subject.end, a.start) is not None
            )
        ):
            d.target, d.actor = subject.side, opponent(subject.side)
            if d.action == "delivered":
                # "The Armed Forces of Ukraine received 40 Leopard tanks from Germany": from a
                # supplier, not from its enemy; none named, its own ("the armed forces had
                # received more than 4,000 armoured vehicles", Belousov said)
                d.actor = _supplier_after(text, q.end, mentions) or subject.side
            d.actor_source = "subject"
            if d.actor is None and d.category == "weapon" and modifier not in (None, d.target):
                # "Romanian radars have tracked more than 460 Russian drones": the drones' side
                d.actor, d.actor_source = modifier, "modifier"
        elif (
            subject
            and subject.inferred
            and subject.kind == "body"
            and d.action == "shot_down"
            and d.claimant_side in opponents()
            and frame is not None
        ):
            # "Air defences shot down 589 drones, a spokesman said": the defences of the side
            # that says so, not of the side the article named last
            d.actor, d.actor_source = d.claimant_side, "claimant"
        elif (
            subject
            and subject.inferred
            and subject.kind == "body"
            and d.action == "shot_down"
            and (launch := launch_answered(d, drafts, ctx)) is not None
            # (not a launch at another land: Ukraine's drones over Ryazan after Russia's)
            and (ctx.paragraph_place.country if ctx.paragraph_place else None)
            in (None, launch.target)
        ):
            # "In total Russia used 683 means of air attack: 614 drones ... Air defence shot
            # down 531 drones": the defences of the side the launch was aimed at
            d.actor, d.target, d.actor_source = opponent(launch.actor), launch.actor, "list"
        elif subject:
            d.actor = subject.side
            d.actor_source = "pronoun" if subject.kind == "pronoun" else "subject"
            d.extra["subject_inferred"] = subject.inferred
        elif (
            verb
            and d.claimant_side in opponents()
            and d.action_row.get("subject_is") != "target"
            and _ONLY_ARTICLE.fullmatch(text[lo : a.start])
            # (a noun of the act, not a verb whose subject comes before the sayer: "attacks
            # that prosecutors say killed 11 civilians")
            and not a.text.lower().endswith("ed")
            # (nor damage a body records: "The police in Kharkiv recorded damage to 3,410
            # civilian objects" is damage its side suffered)
            and not (d.category == "infrastructure" and frame is not None)
        ):
            d.actor, d.actor_source = d.claimant_side, "claimant"  # "X claims destruction of ..."
        elif (
            d.action == "shot_down"
            and d.claimant_side in opponents()
            # (not weapons named as the claimant's own: "shot down 140 Russian drones")
            and not (modifier == d.claimant_side and _own_noun(q, d))
        ):
            # "Sobyanin said air defences had shot down 32 drones": the claimant's defences
            d.actor, d.actor_source = d.claimant_side, "claimant"
        elif (
            d.action == "hit"
            and d.action_row.get("subject_is") == "target"
            and d.claimant_side in opponents()
        ):
            # "The Air Force also recorded hits by 62 drones": on the recorder's side
            d.target, d.actor, d.actor_source = (
                d.claimant_side,
                opponent(d.claimant_side),
                "claimant",
            )
        if (
            d.category == "personnel"
            and modifier
            and d.action not in VICTIM_ACTIONS
            # (a side that recruits foreigners is their recruiter: "Russia has recruited about
            # 1,500 Cuban fighters")
            and not (d.action == "recruited" and d.actor in opponents())
        ):
            d.actor, d.actor_source = modifier, "modifier"
    else:
        frames = [f for f in find_frames(text) if f.end <= q.start]
        lo = max(after_frames(text, frames, clause[0], q.start), label_end(text))
        subject = clause_subject(_free(text, mentions, drafts, q), lo, q.start)
        # "air defence forces repelled an attack by 14 drones": the defenders shot them down
        # (the claimant's, when the defenders have no side of their own)
        defender = subject.side if subject else d.claimant_side
        if (
            d.extra.get("weapon_type") in AIRBORNE
            and defender in opponents()
            and _repelled_between(text, subject.end if subject else lo, q.start)
        ):
            d.action, d.actor, d.target = "shot_down", defender, opponent(defender)
            d.actor_source = "subject" if subject else "claimant"
        elif d.category == "personnel" and modifier:
            d.actor, d.actor_source = modifier, "modifier"
        elif d.category == "casualties" and modifier:
            # "estimates Russian losses at 1,000 a day": the side named on them lost them
            d.target, d.actor, d.actor_source = modifier, opponent(modifier), "modifier"
        elif subject and _repelled_between(text, subject.end, q.start):
            # "Ukrainian forces repelled an assault involving 18 armoured vehicles": the
            # attackers' vehicles
            d.target, d.actor, d.actor_source = subject.side, opponent(subject.side), "subject"
        elif subject:
            d.actor, d.actor_source = subject.side, "subject"
            label = _SPEAKER_LABEL.match(text) if ": " in text[:48] else None
            if label and subject.end < label.end() and d.extra["maker"]:
                # "Air Force: a group of 8–10 Shaheds is approaching Odesa": the one who
                # speaks, with no verb, fields no weapon; their make says whose they are
                d.actor, d.actor_source = d.extra["maker"], "modifier"
    if d.actor is None and d.target is None and d.category == "casualties":
        # "Russian losses exceeded 700,000 killed and wounded", "put Ukraine's losses higher,
        # at roughly 80,000 killed": whose losses the clause counts
        owner = _losses_owner(text, clause[0], q.start, mentions)
        if owner is not None:
            d.target, d.actor, d.actor_source = owner, opponent(owner), "subject"
    if d.actor is None and d.action == "produced" and a is not None:
        d.actor = _producer(text, clause[0], a.start, d.claimant_side) or next(
            # made for a side's forces: "Enterprises in the region produced 21,400 FPV drones
            # ... for the Defence Forces"
            (
                m.side
                for m in mentions
                if m.start > q.end
                and m.kind in ("military", "body")
                and m.side in opponents()
                and _MADE_FOR.fullmatch(text, q.end, m.start)
            ),
            None,
        )
        d.actor_source = "subject" if d.actor else d.actor_source
    if d.actor is None and modifier and d.action in _VICTIMS_NAMED:
        # "drone operators hit 47 occupiers": the side named on the victims
        d.target, d.actor, d.actor_source = modifier, opponent(modifier), "modifier"
    if (
        d.actor is None
        and d.target is None
        and d.category == "weapon"
        and not modifier
        and (d.action in LOSS_ACTIONS or d.action == "shot_down")
        and (maker := _maker_side(d.noun)) is not None
        and not any(clause[0] <= m.start < q.start and m.side and not m.oblique for m in mentions)
    ):
        # "| Su-34 | 19 | 3 |" under "| Type | Parked | Destroyed |": Russia's aircraft, lost
        # to its opponent ("his crew has shot down 37 Shaheds": Russia's drones, downed)
        d.target, d.actor, d.actor_source = maker, opponent(maker), "modifier"
    if d.actor is None and a is not None and d.action in ("controlled", "occupied"):
        # "86.7% of Donetsk oblast is under Russian control", "under Russian occupation":
        # the side named in the phrase
        inner = next((m for m in mentions if a.start <= m.start < a.end and m.side), None)
        if inner is not None and inner.side in opponents():
            d.actor, d.target, d.actor_source = inner.side, opponent(inner.side), "subject"
    if (
        d.actor is None
        and d.target is None
        and d.action == "launched"
        and not modifier
        and (maker := _maker_side(d.noun)) is not None
    ):
        # "5,612 Shahed-type attack drones and decoys launched in November": launched by the
        # side that fields them
        d.actor, d.target, d.actor_source = maker, opponent(maker), "modifier"
    if (
        d.actor is None
        and (d.action in ATTACK_ACTIONS or d.action is None)
        and d.category in ("weapon", "territory", "casualties")
        and not d.extra.get("attacked_by")
        # (weapons named as one side's with no verb are that side's: "imagery shows 14
        # Russian warships moored at Novorossiysk")
        and not (d.action is None and d.category == "weapon" and modifier)
        # (nor is the side whose weapons were destroyed their destroyer: "drone operators
        # destroyed 47 Russian armoured vehicles" after a Russian attack)
        and not (
            d.category == "weapon"
            and d.action in LOSS_ACTIONS
            and modifier in opponents()
            and ctx.last_event[0] == modifier
        )
        # (weapons shot down are their owners' whatever the last event: "73 Ukrainian drones
        # shot down over Russian regions" after a Russian strike)
        and not (d.action == "shot_down" and modifier in opponents())
    ) and not any(clause[0] <= m.start < q.start and m.side and not m.oblique for m in mentions):
        attacker, attacked = ctx.last_event
        if d.action == "shot_down":  # the attacked side shoots the attacker's weapons down
            attacker, attacked = attacked, attacker
        if d.category == "weapon" and d.action in LOSS_ACTIONS and ctx.issuer[1] in opponents():
            # a bulletin's tally of weapons destroyed, with no side named, is of what its
            # issuer's forces destroyed: "In total, ... the following have been destroyed:
            # 662 aircraft" in a defence ministry's summary
            attacker, attacked = ctx.issuer[1], opponent(ctx.issuer[1])
        launch = launch_answered(d, drafts, ctx)
        if launch is not None:  # "..., and half of them were shot down"
            d.actor, d.target, d.actor_source = opponent(launch.actor), launch.actor, "list"
        elif attacker:
            d.actor, d.target, d.actor_source = attacker, attacked, "carried"
    elif d.actor is None and d.action is None and d.category == "weapon" and modifier:
        d.actor, d.actor_source = modifier, "modifier"  # the side the weapons are named as
    if (
        d.actor is None
        and d.target is None
        and d.action in CARRIED_ACTIONS
        and (sides := ctx.last_sides.get(d.action))
        and not any(clause[0] <= m.start < q.start and m.side and not m.oblique for m in mentions)
    ):
        d.actor, d.target, d.actor_source = *sides, "carried"
    if d.action == "recruited" and d.actor is None and a is not None:
        # "336,000 people have signed contracts with the Russian MoD", "12,000 volunteers
        # have joined the Russian army": the side that recruits
        recruiter = next(
            (
                m
                for m in mentions
                if a.end <= m.start < clause[1] and m.preposition in (None, "with", "in", "into")
            ),
            None,
        )
        if recruiter is not None and recruiter.side:
            d.actor, d.actor_source = recruiter.side, "agent"
    if (
        d.action in VICTIM_ACTIONS
        and modifier in opponents()
        and d.actor == modifier
        and d.actor_source in ("subject", "pronoun")
        and d.noun is not None
        and d.noun.start > q.end
        and " of " not in text[q.end : d.noun.start]  # (not "one of them a child")
    ):
        # "... pushed Russian troops back and captured a dozen Russian soldiers": no side
        # captures or kills its own; the side named on the victims suffered it
        d.target, d.actor, d.actor_source = modifier, opponent(modifier), "modifier"
    if d.action == "deported" and d.actor is None and a is not None:
        # "20,574 children deported to Russia": the side they were taken to deported them
        to = next(
            (m for m in mentions if a.end <= m.start < clause[1] and m.preposition == "to"),
            None,
        )
        if to is not None and to.side in opponents():
            d.actor, d.target, d.actor_source = to.side, opponent(to.side), "agent"
    d.target = d.target or _target(text, d, modifier, clause, mentions)
    if d.action == "returned" and d.category == "personnel":
        # prisoners returned are their own side's people: "84 Ukrainian prisoners of war
        # returned home", "Ukraine has brought home 1,206 prisoners of war"
        own = modifier if modifier in opponents() else d.actor
        if own in opponents():
            d.target = own
            if d.actor_source == "modifier":  # (their side is not who handed them over)
                d.actor, d.actor_source = None, "none"


def _reporter(text: str, d: Draft, mentions: list[Mention], ctx: ArticleContext) -> str | None:
    """The side that reports a figure: the side whose words the sentence uses ("occupiers",
    "the special military operation"), else its claimant, the paragraph's or the document's."""
    return (
        # (a quotation's words are its speaker's: "\"... since the beginning of the special
        # military operation, 672 aircraft ... have been destroyed,\" the post reads")
        sentence_voice(text, mentions, quoted=True)
        or d.claimant_side
        or ctx.paragraph_claimant[1]
        or ctx.issuer[1]
    )


# What happens to weapons at the hands of their owner's opponent.
WEAPON_LOSSES = frozenset({"shot_down", "destroyed", "damaged", "hit", "captured"})


# A side's losses: "Russian losses", "Ukraine's military casualties", "Russia's death toll"
_LOSSES_AFTER = re.compile(
    r"(?:['’]s?)?[ ](?:(?:personnel|military|combat|troop|army|battlefield)[ ])?"
    r"(?:losses|casualties|death[ ]toll|dead)\b"
    # "Russian forces suffered about 600 killed and 1,500 wounded"
    r"|(?:[ ](?:troops|forces|soldiers|units|army|military))?[ ](?:have[ ]|has[ ]|had[ ])?"
    r"(?:suffered|sustained|lost)\b",
    re.IGNORECASE,
)


def _losses_owner(text: str, lo: int, hi: int, mentions: list[Mention]) -> str | None:
    return next(
        (
            m.side
            for m in reversed(mentions)
            if lo <= m.start and m.end <= hi and m.side and _LOSSES_AFTER.match(text, m.end)
        ),
        None,
    )


# Verbs of harm that govern a number before a participle of state ("killed two captured")
_HARM_ACTIONS = frozenset({"killed", "injured", "destroyed", "damaged", "hit", "shot_down"})
_VICTIMS_NAMED = frozenset(
    {"killed", "injured", "captured", "released", "missing", "hit", "deported", "displaced"}
)


def _target(
    text: str, d: Draft, modifier: str | None, clause: tuple[int, int], mentions: list[Mention]
) -> str | None:
    if d.category == "weapon" and d.action in WEAPON_LOSSES:
        if modifier and modifier != d.actor:
            return modifier
        return opponent(d.actor)
    if d.action in _VICTIMS_NAMED and modifier and modifier != d.actor:
        # "1 million Russian soldiers have been killed", "deported 19,546 Ukrainian children":
        # the victims' side
        return modifier
    if d.action == "hit":
        return opponent(d.actor)
    a = d.action_span
    if a is not None and a.end <= d.q.start and a.text.lower().startswith("push"):
        # "pushed Russian troops back by up to 1.5 kilometres": the side pushed back
        pushed = next((m.side for m in mentions if a.end <= m.start < d.q.start and m.side), None)
        if pushed in opponents() and pushed != d.actor:
            return pushed
    if d.action in ("launched", "seized", "occupied", "controlled", "killed", "injured") or (
        d.category in ("weapon", "territory") and d.action is None
    ):
        start = d.noun.end if d.noun else d.q.end
        explicit = target_after(text, start, clause[1], mentions)
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
        return opponent(d.actor) if d.action or d.category == "territory" else None
    if d.category == "casualties" and d.action is None and modifier:
        return modifier  # "1,230 Russian casualties per day": Russia's dead and wounded
    return None
