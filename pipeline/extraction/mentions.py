"""Who and where a sentence talks about: side mentions, bodies, pronouns and places.

Each finder returns spans of the sentence with what the lexicons say of them. The grammar is
shallow on purpose: a mention is *oblique* when a preposition governs it ("from its Kursk
region", "against Ukraine"), which is enough to tell a subject from a complement or a place.
"""

import re
from functools import lru_cache

from pipeline.lexicons import (
    Match,
    lexicon_dir,
    load_rows,
    matcher,
    normalise_term,
    on_reload,
    tokens_of,
)
from pipeline.records import record

PREPOSITIONS = frozenset(
    (
        "in into inside on onto at over near around across against to toward towards from of by"
        " with between via through throughout within for under behind beyond along amid amidst"
        " about after before during since upon outside among amongst"
    ).split()
)
LOCATIVE = frozenset(
    (
        "in into inside on onto at over near around across to toward towards from via through"
        " throughout within outside"
    ).split()
)
# Words that may stand between a preposition and the mention it governs.
_NP_FILLERS = frozenset(
    (
        "the a an its their his her our various eastern western northern southern central own"
        " occupied entire whole several many most some all both neighbouring neighboring frontline"
        " front-line border southeastern northeastern southwestern northwestern"
    ).split()
)
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
_POSSESSIVE = re.compile(r"(?:['’]s|s?['’])(?!\w)")
_PRONOUNS = frozenset("it its they their them he she his her we our".split())
_PRONOUN = re.compile(
    r"(?<![\w-])(it|its|they|their|them|he|she|his|her|we|our)(?![\w-])", re.IGNORECASE
)
_REGION_WORD = re.compile(
    r"[ ]+(?:region|oblast|province|krai|kray|area|district|republic|governorate)s?\b",
    re.IGNORECASE,
)
_TERRITORY_WORD = re.compile(
    r"[ ]+(?:territory|territories|soil|land|airspace|border)\b", re.IGNORECASE
)

# "units of X", "troops of X": a military noun whose "of" names who they belong to.
_UNIT_HEAD = re.compile(
    r"\b(?:units|forces|troops|soldiers|fighters|elements|formations|brigades|regiments"
    r"|battalions|servicemen)[ ]of[ ](?:the[ ])?(?:[\w’'-]+[ ]){0,2}$",
    re.IGNORECASE,
)

CAPITAL_KINDS = frozenset({"capital", "country"})
# An attack verb right before a capital makes it the place struck: "attacked Kyiv with 40"
_STRUCK = re.compile(
    r"\b(?:attacked|attacking|struck|striking|hit|hitting|targeted|targeting|shelled|shelling"
    r"|bombed|bombing|pounded|pounding|raided)[ ]+$",
    re.IGNORECASE,
)
# Where a thing was made is no place of what befell it: "a howitzer made in the United States"
_MADE_IN = re.compile(
    r"\b(?:made|produced|manufactured|built|designed|developed|assembled)[ ]in[ ](?:the[ ])?$",
    re.IGNORECASE,
)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")  # "the General Staff of the Armed Forces"
# An address to the chair: "Madam President, ...", "Mr Speaker, ..."
_VOCATIVE = re.compile(r"\b(?:Madam|Madame|Mr\.?|Mister)[ ]$")
_SHORT_GAP = re.compile(r"[ ]*(?:[\w-]+[ ]+){0,2}")  # "Russia's defence ministry"
_GAP_STOPS = frozenset(
    "said says say told reported reports added stated claimed announced noted its their his"
    " her our that which who and but".split()
)
_SEAT = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?")  # "the defence ministry in Moscow"
# A numbered unit's number and type before its noun: "the 59th Brigade", "the 225th Separate
# Assault Battalion"
_UNIT_NUMBER = re.compile(r"\b\d+(?:st|nd|rd|th)[ ](?:[A-Z][\w-]*[ ]){0,3}$")


@lru_cache(maxsize=4)
def _body_columns_in(folder: str) -> tuple[frozenset[str], dict[str, str]]:
    """The `unit` terms and the `side` of each body row of bodies.csv, read once."""
    rows = [(normalise_term(row["term"]), row) for row in load_rows("bodies", folder)]
    units = frozenset(term for term, row in rows if row.get("unit", "").lower() == "yes")
    return units, {term: row["side"] for term, row in rows if row.get("side")}


on_reload(_body_columns_in.cache_clear)


def unit_terms() -> frozenset[str]:
    """The bodies that are military units ("brigade", "regiment"): `unit` in bodies.csv."""
    return _body_columns_in(lexicon_dir())[0]


def default_body_side(term: str) -> str | None:
    """The side of a body named bare when nothing says whose it is: `side` in bodies.csv."""
    return _body_columns_in(lexicon_dir())[1].get(term)


@record
class Mention:
    """A span that stands for a side: an entity, a body ("the defense ministry") or a pronoun."""

    start: int
    end: int
    text: str
    kind: str  # entity kind from the lexicon, "body" or "pronoun"
    side: str | None
    name: str | None
    possessive: bool = False
    oblique: bool = False
    preposition: str | None = None
    inferred: bool = False  # side taken from context, not from the sentence
    role: str | None = None  # for bodies: ministry, military, official, ... (bodies.csv)
    term: str | None = None  # for bodies: the lexicon term ("defence ministry")


@record
class Place:
    start: int
    end: int
    text: str
    region: str | None
    country: str
    kind: str
    oblique: bool


# Capitalised words that are times, not names: "in November", "On Monday the Russians ..."
CALENDAR = frozenset(
    "January February March April May June July August September October November December"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


@lru_cache(maxsize=256)  # a place is often a mention too: asked twice of one sentence
def governing_preposition(text: str, start: int) -> str | None:
    """The preposition that governs the phrase starting at `start`, if any."""
    words = _TOKEN.findall(text[max(0, start - 60) : start])
    for word in reversed(words[-4:]):
        low = word.lower()
        if not word[0].isalnum() or word in CALENDAR:
            return None  # punctuation ends the phrase, and so does a time: "On Monday the ..."
        if low in PREPOSITIONS:
            if low == "of" and _UNIT_HEAD.search(text[max(0, start - 60) : start]):
                return None  # "units of the Zapad Group of Forces" act as that group
            return low
        if (
            low in _NP_FILLERS
            or low in ("and", "or")
            or _POSSESSIVE.search(word)
            or word[:1].isupper()
        ):
            continue  # fillers, and coordination: "between Russia and Ukraine" shares "between"
        return None
    return None


def _possessive_after(text: str, end: int) -> int:
    m = _POSSESSIVE.match(text, end)
    return m.end() if m else end


_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|that)[ ]$", re.IGNORECASE)
_MADE = re.compile(r"-(?:made|built|supplied|produced|designed|manufactured)\b", re.IGNORECASE)
# A body word that only modifies the noun after it: "the special military operation"
_BODY_AS_MODIFIER = re.compile(
    r"[ ](?:(?:motor[ ])?vehicles?|operations?|equipment|hardware|aid|assistance|spending"
    r"|budgets?|bases?"
    r"|facilit(?:y|ies)|infrastructure|targets?|sites?|airfields?|exercises?|drills?"
    r"|production|industry|plants?|enlistment|registration)\b",
    re.IGNORECASE,
)


# A name after an honorific: "Ambassador Dorothy Renfrew", "Dame Harriet Coleby", "Rt Hon
# Daniel Okafor MP" (the letters after the name are none of it)
HONORIFIC_NAME = re.compile(
    r"\b(?:Ambassador|Dame|Sir|Rt\.?[ ]Hon\.?)[ ]"
    r"((?:(?!MP\b)[A-Z][\w’'-]+[ ]){1,2}(?!MP\b)[A-Z][\w’'-]+)\b"
)


def find_mentions(text: str) -> list[Mention]:
    """Entities, bodies (with the side of their adjective) and pronouns, in order."""
    entities = []
    for m in matcher("entities").find(text):
        if text.startswith("-", m.end) and _MADE.match(text, m.end):
            continue  # "a US-made Bradley", "a German-made Leopard": a maker, not a side here
        if text.startswith(" time", m.end) and m.payload["kind"] == "capital":
            continue  # "(Moscow time)", "at 02:00 Kyiv time": a clock, no one who speaks
        end = _possessive_after(text, m.end)
        prep = governing_preposition(text, m.start)
        # "• Kyiv region: 312,000": the region, no subject that acts (a side it still names:
        # "drones launched against the Moscow region")
        region = m.payload["kind"] == "capital" and _REGION_WORD.match(text, m.end) is not None
        side, name = m.payload["side"], m.payload["name"]
        if (
            entities
            and m.payload["kind"] in ("military", "government")
            and (owner := entities[-1]).possessive
            and owner.kind in ("country", "capital")
            and owner.side != side
            and _possessive_after(text, owner.end) + 1 == m.start
        ):
            # "Ukraine's Defence Intelligence": the owner's, not the lexicon's namesake (the
            # UK's); the owner is named with it
            side, name = owner.side, f"{owner.text}'s {m.text}"
        entities.append(
            Mention(
                m.start,
                m.end,
                m.text,
                m.payload["kind"],
                side,
                name,
                possessive=end > m.end,
                oblique=prep is not None or region,
                preposition=prep,
            )
        )
    if not tokens_of(text).vocabulary.isdisjoint(_given_names()):
        entities = _named_by_spelling(text, entities)
    mentions: list[Mention] = []
    used: set[int] = set()
    spans: list[tuple[int, int, str, str]] = []
    units = unit_terms()
    for b in matcher("bodies", plurals=True).find(text):
        if any(e.start < b.end and b.start < e.end for e in entities):
            continue  # "White House" is an entity, not the body "house"
        if b.payload.get("unit", "").lower() == "yes" and normalise_term(b.text) not in units:
            continue  # "two motor-rifle regiments": units counted, no one who reports
        if _BODY_AS_MODIFIER.match(text, b.end):
            continue  # "the special military operation", "army bases": no body acts
        if HONORIFIC_NAME.match(text, b.start):
            continue  # "Ambassador Dorothy Renfrew": the person's honorific (`apposed_person`)
        if _RELATIVE_BEFORE.search(text, max(0, b.start - 7), b.start):
            continue  # "the ministry, which reports only ...": a verb, not "reports" (media)
        if spans and _OF_THE.fullmatch(text, spans[-1][1], b.start):
            spans[-1] = (
                spans[-1][0],
                b.end,
                spans[-1][2],
                spans[-1][3],
            )  # "the General Staff of the Armed Forces"
        else:
            term = normalise_term(b.text)
            start = b.start
            if term in units and (number := _UNIT_NUMBER.search(text, max(0, start - 48), start)):
                start = number.start()
            spans.append((start, b.end, b.payload["kind"], term))
    for b_start, b_end, role, term in spans:
        if text.startswith(",", b_end) and _VOCATIVE.search(text, max(0, b_start - 8), b_start):
            continue  # "Madam President, last night Russia fired ...": the one addressed
        owner = None
        for i, e in enumerate(entities):
            if (
                e.end <= b_start
                and e.kind != "person"
                and (gap := _SHORT_GAP.fullmatch(text, _possessive_after(text, e.end), b_start))
                # (no clause between: "Russia said its air defences shot down 12 drones")
                and _GAP_STOPS.isdisjoint(gap.group().lower().split())
            ):
                owner = i
        start, end = b_start, b_end
        side = name = None
        if owner is not None:
            e = entities[owner]
            used.add(owner)
            start, side = e.start, e.side
            phrase = text[start:end]
            name = e.name if e.kind in ("organisation", "media", "company") else phrase
        else:
            # "the defence ministry in Moscow", "the General Staff of the Armed Forces of Ukraine"
            seat = _SEAT.match(text, end)
            owner_after = seat and next((e for e in entities if e.start == seat.end()), None)
            if owner_after:
                side, end = owner_after.side, owner_after.end
            name = text[start:end]
        prep = governing_preposition(text, start)
        mentions.append(
            Mention(
                start,
                end,
                text[start:end],
                "body",
                side,
                name,
                oblique=prep is not None,
                preposition=prep,
                role=role,
                term=term,
            )
        )
    mentions += [e for i, e in enumerate(entities) if i not in used]
    for m in (
        _PRONOUN.finditer(text) if not tokens_of(text).vocabulary.isdisjoint(_PRONOUNS) else ()
    ):
        prep = governing_preposition(text, m.start())
        mentions.append(
            Mention(
                m.start(),
                m.end(),
                m.group(),
                "pronoun",
                None,
                None,
                possessive=m.group().lower() in ("its", "their", "his", "her", "our"),
                oblique=prep is not None,
                preposition=prep,
            )
        )
    mentions.sort(key=lambda x: x.start)
    return mentions


@lru_cache(maxsize=4)
def _given_names_in(folder: str) -> frozenset[str]:
    return frozenset(normalise_term(row["term"]) for row in load_rows("given_names", folder))


on_reload(_given_names_in.cache_clear)


def _given_names() -> frozenset[str]:
    return _given_names_in(lexicon_dir())


# A capitalised surname after a given name: "Andrii Skyba", "Iryna Koval-Mercer"
_SURNAME = re.compile(r"[ ]([A-Z][\w’'-]*[a-z][\w’'-]*)")
# A byline or credit, whose name says nothing: "By Iryna Koval", "charts by Maksym Ore",
# "Olena Shevchuk | 12 May 2027", "Yuliia Park, data editor"
_CREDIT_BEFORE = re.compile(r"\b(?:[Bb]y|Photo|Credit|Text|Author)[:]?[ ]$")
_CREDIT_AFTER = re.compile(
    r"[ ]*(?:[|•·]|,[ ](?:\w+[ ])?(?:editor|correspondent|reporter|journalist|photographer))"
)


# A military rank right before a given name: "Major Andrii", "Senior Lieutenant Oleksandr"
_RANK_BEFORE = re.compile(
    r"\b(?:Major|Colonel|Lieutenant|Captain|Sergeant|General|Commander|Private|Corporal)[ ]$"
)


def _named_by_spelling(text: str, entities: list[Mention]) -> list[Mention]:
    """`entities` and the persons no lexicon knows whose given name's spelling tells their side
    (`given_names`): "Captain Andrii Skyba said" is a Ukrainian's word, named "Skyba"."""
    people = []
    for g in matcher("given_names").find(text):
        surname = _SURNAME.match(text, g.end)
        if not g.text[0].isupper():
            continue
        if surname is None:
            if not _RANK_BEFORE.search(text, max(0, g.start - 24), g.start):
                continue
            # "Major Andrii, call sign "Kit"": an officer named by rank and given name only
            end, name = g.end, g.text
        else:
            end, name = surname.end(1), surname[1]
        if _CREDIT_BEFORE.search(text, max(0, g.start - 8), g.start) or _CREDIT_AFTER.match(
            text, end
        ):
            continue
        if any(e.start < end and g.start < e.end for e in entities):
            continue  # a person the lexicon knows ("Oleksandr Syrskyi")
        prep = governing_preposition(text, g.start)
        people.append(
            Mention(
                g.start,
                end,
                text[g.start : end],
                "person",
                g.payload["side"],
                name,
                possessive=_possessive_after(text, end) > end,
                oblique=prep is not None,
                preposition=prep,
                role=g.payload["gender"],
            )
        )
    return sorted(entities + people, key=lambda e: e.start) if people else entities


_GENDER_OF = {"he": "male", "his": "male", "him": "male", "she": "female", "her": "female"}


def may_refer_to(pronoun: str, person: Mention | None) -> bool:
    """Whether "he" or "she" can refer back to `person` (a person whose given name tells a
    gender: `given_names`; any other person)."""
    if person is None:
        return False
    return person.role not in ("male", "female") or person.role == _GENDER_OF.get(pronoun.lower())


def resolve(
    mention: Mention, side: str | None, name: str | None = None, inferred: bool = True
) -> Mention:
    """`mention` with the side (and name) it was found to refer to; `inferred` unless a
    lexicon, not the context, gave it."""
    m = mention  # built directly: dataclasses.replace costs ten times as much, per pronoun
    return Mention(
        m.start,
        m.end,
        m.text,
        m.kind,
        side,
        name or m.name,
        possessive=m.possessive,
        oblique=m.oblique,
        preposition=m.preposition,
        inferred=inferred,
        role=m.role,
        term=m.term,
    )


def find_places(text: str, mentions: list[Mention]) -> list[Place]:
    """Places named in `text`, with region and country from the gazetteer.

    A capital or country counts as a place only where a preposition governs it or a word like
    "region" follows; otherwise it is a side acting ("Kyiv said", "Moscow launched").
    "Russian territory" and "its territory" give the country alone.
    """
    places = _gazetteer_places(text, regional_only=False)
    for m in mentions:
        if m.kind in ("adjective", "pronoun", "country") and m.side:
            tail = _TERRITORY_WORD.match(text, _possessive_after(text, m.end))
            if (tail and m.kind != "country") or (tail and m.possessive):
                places.append(
                    Place(
                        m.start,
                        tail.end(),
                        text[m.start : tail.end()],
                        None,
                        m.side,
                        "country",
                        True,
                    )
                )
    places.sort(key=lambda p: p.start)
    return places


def regional_places(text: str) -> list[Place]:
    """The places of `find_places` that lie in a region, without reading the mentions: all a
    sentence without a number gives the context (the paragraph's place)."""
    return _gazetteer_places(text, regional_only=True)


_CELL_START = re.compile(r"(?:^|\|)[ ]*$")
_CELL_END = re.compile(r"(?:[ ]*\([^()|]{1,20}\))?[ ]*\|")
_ACCORDING_TO = re.compile(r"\baccording[ ]to[ ]$", re.IGNORECASE)
_DESIGNATOR_AFTER = re.compile(r"-(?:[A-Z]{1,3}|\d{1,3})\b|[ -](?:type|class)\b")
_RIVER_AFTER = re.compile(r"[ ](?:river|River)\b")
# A namesake set aside: "Dobropillia (not to be confused with the town in Donetsk region)"
_NOT_CONFUSED = re.compile(
    r"\([ ]?not[ ]to[ ]be[ ]confused[ ]with[^()]*\)|,[ ]not[ ]to[ ]be[ ]confused[ ]with[^,;.]*"
)
_GROUP_AFTER = re.compile(r"[ ](?:battle[ ]?group|grouping|group[ ]of[ ]forces)\b", re.IGNORECASE)


def _gazetteer_places(text: str, regional_only: bool) -> list[Place]:
    places: list[Place] = []
    entities = matcher("entities")
    gazetteer = matcher("places", key="name")
    aside = [m.span() for m in _NOT_CONFUSED.finditer(text)] if "confused with" in text else ()
    for m in gazetteer.find(text):
        row = m.payload
        if (
            aside
            and any(
                s <= m.start < e
                # the named place is a namesake when the aside puts the gazetteer's one elsewhere
                or (m.end <= s <= m.end + 1 and bool(row["region"]) and row["region"] in text[s:e])
                for s, e in aside
            )
        ):
            continue
        if row["kind"] == "river":
            # "across the Dnipro" is the river; "the Dnipro region" is the city's region
            city = gazetteer.lookup(m.text.split(None, 1)[-1])
            if not (city and m.text[:4].lower() == "the " and _REGION_WORD.match(text, m.end)):
                continue
            m, row = Match(m.start + 4, m.end, m.text[4:], city), city
        if regional_only and not row["region"]:
            continue
        if _GROUP_AFTER.match(text, m.end):
            continue  # "the Dnepr battlegroup", "the Kursk group of forces": a formation
        if _RIVER_AFTER.match(text, m.end):
            continue  # "a canal that flows into the Samara river": a river of that name
        if _DESIGNATOR_AFTER.match(text, m.end):
            continue  # "Murmansk-BN", "of the Borisoglebsk type": a system named after a place
        prep = governing_preposition(text, m.start)
        region_word = _REGION_WORD.match(text, _possessive_after(text, m.end))
        end = region_word.end() if region_word else m.end
        entity = entities.lookup(m.text)
        is_capital = row["kind"] == "country" or (
            entity is not None and entity["kind"] in CAPITAL_KINDS
        )
        struck = (
            row["kind"] != "country"
            and _STRUCK.search(text, max(0, m.start - 16), m.start) is not None
        )
        # a table row's label: "| Moscow (city) | 1,900,000 |" is a place
        label = (
            "|" in text
            and _CELL_START.search(text, max(0, m.start - 3), m.start) is not None
            and _CELL_END.match(text, m.end) is not None
        )
        if is_capital and (
            (prep not in LOCATIVE and not region_word and not struck and not label)
            or _ACCORDING_TO.search(text, max(0, m.start - 14), m.start)
            or _MADE_IN.search(text, max(0, m.start - 20), m.start)
        ):
            # "Kyiv said", "Moscow launched", "according to Kyiv": a side; "attacked Kyiv": a place
            continue
        places.append(
            Place(
                m.start,
                end,
                text[m.start : end],
                row["region"] or None,
                row["country"],
                row["kind"],
                prep is not None,
            )
        )
    return places
