"""Where a claim happened: the place named nearest the number, or the rule of its action,
the paragraph's place, the battlefield, or the country of a currency or economy; and, once a
whole article is read, the country and region most of its figures are in, for the figures
it places nowhere (`fill_article_places`)."""

import re
from functools import cache

from pipeline.extraction.frames import find_frames
from pipeline.extraction.mentions import CALENDAR, Mention, Place
from pipeline.extraction.model import (
    ACTOR_TERRITORY,
    LOSS_ACTIONS,
    SUB_REGIONAL,
    TARGET_TERRITORY,
    ArticleContext,
    Draft,
    opponent,
    opponents,
)
from pipeline.extraction.numbers import Quantity
from pipeline.extraction.syntax import last_frame_before
from pipeline.lexicons import lexicon_dir, load_rows, matcher, on_reload, tokens_of

# A capitalised name governed by a locative preposition: a place the gazetteer may not know
# ("west of Uspenivka"), which a place carried from the paragraph before must not override.
_UNKNOWN_PLACE = re.compile(
    r"\b(?:in|near|of|at|outside|around|toward|towards)\s+([A-Z][a-z][\w’'-]*)"
)


def _names_unknown_place(text: str) -> bool:
    """Whether `text` names, after a preposition, a capitalised word that is neither a known
    place nor a side ("west of Uspenivka"; not "the Armed Forces of Ukraine")."""
    places, entities = matcher("places", key="name"), matcher("entities")
    return any(
        places.lookup(m[1]) is None
        and entities.lookup(m[1]) is None
        and m[1] not in CALENDAR
        # (nor a word of a body's name: "the air defence forces of the Ministry of Defence")
        and m[1].lower() not in _body_words(lexicon_dir())
        for m in _UNKNOWN_PLACE.finditer(text)
    )


@cache
def _body_words(folder: str) -> frozenset[str]:
    return frozenset(w for r in load_rows("bodies", folder) for w in r["term"].lower().split())


on_reload(_body_words.cache_clear)


def choose_place(text: str, places: list[Place], lo: int, hi: int, q: Quantity) -> Place | None:
    """The most specific place in `[lo, hi)`, nearest the number; a place after the number
    ("12 drones over Kursk") counts as half as far as one before it."""
    inside = [p for p in places if lo <= p.start < hi]
    if not inside:
        return None
    specific = [p for p in inside if p.region] or inside
    chosen = min(
        specific, key=lambda p: p.start - q.end if p.start >= q.end else 2 * (q.start - p.start)
    )
    listed = _place_list(text, chosen, specific) if len(specific) >= 3 else []
    if (
        len(listed) >= 3
        and _REGIONS_WORD.match(text, listed[-1].end - 10, listed[-1].end + 10) is not None
        and len({p.region for p in listed}) > 1
    ):
        # "about 3,900 guided bombs dropped, mostly on Kharkiv, Sumy, Donetsk and Zaporizhzhia
        # regions": several regions, none of them the figure's; their country, if one (not
        # towns of one region: "attacked Zaporizhzhia, Orikhiv, Huliaipole, Stepnohirsk")
        countries = {p.country for p in listed}
        if len(countries) == 1:
            return Place(chosen.start, chosen.end, chosen.text, None, chosen.country, "country",
                         chosen.oblique)  # fmt: skip
        return None
    return chosen


# The plural that closes a list of regions: "... Donetsk and Zaporizhzhia regions"
_REGIONS_WORD = re.compile(r".*?\b(?:regions|oblasts|provinces)\b", re.IGNORECASE)
# Between names of a list of places: "Kharkiv, Sumy, Donetsk and Zaporizhzhia"
_PLACE_LIST_GAP = re.compile(r",[ ]|,?[ ](?:and|or)[ ]")


def _place_list(text: str, p: Place, places: list[Place]) -> list[Place]:
    """The places named in a row with `p`, with nothing but commas and "and" between them."""
    ordered = sorted(places, key=lambda x: x.start)
    i = ordered.index(p)
    lo = hi = i
    while lo > 0 and _PLACE_LIST_GAP.fullmatch(text, ordered[lo - 1].end, ordered[lo].start):
        lo -= 1
    while hi + 1 < len(ordered) and _PLACE_LIST_GAP.fullmatch(
        text, ordered[hi].end, ordered[hi + 1].start
    ):
        hi += 1
    return ordered[lo : hi + 1]


# Between a place and the figure it is given with: "Kyiv region, with four substations"
_WITH_GAP = re.compile(
    r"(?:[ ](?:region|oblast|province))?,[ ]with[ ](?:about[ ]|some[ ]|over[ ]|nearly[ ]"
    r"|more[ ]than[ ]|up[ ]to[ ]|at[ ]least[ ])?"
)


def _economy_country(text: str, d: Draft, mentions: list[Mention]) -> str | None:
    """Whose economy a figure describes: the country it is a share of ("60% of Ukraine's gas
    production"), else the country named first ("Russia's economy grew"), else the side of
    the body reporting it."""
    for m in mentions:
        if m.start >= d.q.end and m.preposition == "of" and m.side in opponents():
            return m.side
    # "Russian attacks cut Ukraine's gas output by 35%": the owner of what is measured
    owners = [m for m in mentions if m.possessive and m.end <= d.q.start and m.side in opponents()]
    if owners:
        return owners[-1].side
    # "Russian strikes had knocked out 60% of Ukraine's gas production, and Naftogaz estimated
    # that repairs would cost at least $3bn": the clause the reporting verb opens, then the
    # reporter's side
    verb = last_frame_before(find_frames(text), d.q.start, 0)
    if verb is not None:
        for m in mentions:
            if (
                verb.end <= m.start < d.q.start
                and m.kind in ("country", "adjective")
                and (m.side in opponents())
            ):
                return m.side
        if d.claimant_side in opponents():
            return d.claimant_side
    for m in mentions:
        # (a company is its country's economy: "Rosneft and Lukoil export 3.1 million barrels")
        if m.kind in ("country", "adjective", "company") and m.side in opponents():
            return m.side
    return d.claimant_side if d.claimant_side in opponents() else None


def _currency_country(text: str, d: Draft) -> str | None:
    """The country whose currency an economic figure is in, or that the sentence names."""
    for match in matcher("units").find(text):
        if match.payload.get("country") and (match.payload["unit"] == d.unit or d.unit != "count"):
            return match.payload["country"]
    return None


def _the_capital(
    text: str, d: Draft, clause: tuple[int, int], mentions: list[Mention], ctx: ArticleContext
) -> Place | None:
    """The city "the capital" in the clause stands for: a capital the sentence names ("Moscow
    Mayor Sergei Sobyanin said ... drones flying towards the capital"), else the paragraph's
    place when it is a capital, else the capital of the side that says so ("Ukraine's air
    force said ... over the capital")."""
    found = _THE_CAPITAL.search(text, clause[0], clause[1])
    if found is None:
        return None
    entities, gazetteer = matcher("entities"), matcher("places", key="name")
    named = next((m.text for m in mentions if m.kind == "capital"), None)
    for before in (ctx.paragraph_place, ctx.last_town):
        # (or the city named last: "damaged 418 buildings in Kyiv ... Twenty-one people were
        # killed in the capital")
        if named is None and before is not None:
            row = entities.lookup(before.text)
            named = before.text if row and row["kind"] == "capital" else None
    side = found.group().split()[1] if len(found.group().split()) == 3 else d.claimant_side
    if named is None and side:
        side = (entities.lookup(side) or {}).get("side", side)
        named = next((r["term"] for r in entities.by_term.values()
                      if r["kind"] == "capital" and r["side"] == side), None)  # fmt: skip
    row = gazetteer.lookup(named) if named else None
    if row is None:
        return None
    return Place(*found.span(), found.group(), row["region"] or None, row["country"], "city", True)


_OFFICIALS = frozenset({"governor", "the governor", "regional governor", "mayor", "the mayor"})


def claimant_region(claimant: str) -> Place | None:
    """The region a claimant's name places it in ("DPR health ministry", "Kharkiv regional
    administration"): where the figures of its own region's harm happened. None for a
    claimant that is only a place's name ("according to Kyiv": a side)."""
    for m in matcher("places", key="name").find(claimant):
        if m.payload["region"] and len(m.text) < len(claimant.strip()):
            row = m.payload
            return Place(-1, -1, m.text, row["region"], row["country"], row["kind"], False)
    return None


_ARMY_LOSS_WORDS = frozenset({"casualties", "losses"})
_CIVILIAN_WORDS = frozenset(
    {"civilian", "civilians", "residents", "people", "children", "women", "passengers", "city",
     "town", "village"}
)  # fmt: skip


def country_by_action(d: Draft) -> str | None:
    """Where an action happens when no place is named: shoot-downs over the shooter's land,
    strikes and seizures on the target's, combat losses and assaults on the battlefield."""
    side = (
        d.actor
        if d.action in ACTOR_TERRITORY
        else d.target
        if d.action in TARGET_TERRITORY
        else None
    )
    battlefield = opponents().get("(battlefield)")
    if d.category == "territory" and d.action == "seized" and side in opponents():
        # ground taken back is the battlefield's land, whoever takes it: "Ukrainian troops
        # retook Zaliznychne, recapturing about 4 square kilometres" (a place named says
        # otherwise: "1,000 square kilometres in Russia's Kursk region")
        return battlefield or side
    if side in opponents() and d.category in ("weapon", "territory", "attacks", "infrastructure"):
        return side
    if d.action in LOSS_ACTIONS or d.category == "attacks":
        return battlefield
    return None


# "from" before a place, unless a route goes on to it: "on the road from Polohy to Tokmak"
_FROM = re.compile(r"\bfrom\b(?![^,;.]*\bto[ ]$)")
_MOVED_FROM = re.compile(r"\bfrom[ ](?:the[ ])?$")
# "from the United States", "one each from the Netherlands and ": the countries of a "from"
_SUPPLIED_FROM = re.compile(
    r"\bfrom[ ](?:(?:the[ ])?[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*)*(?:,[ ]and[ ]|,[ ]|[ ]and[ ]))*"
    r"(?:the[ ])?$"
)
# A place in the "from" phrase of a launch: "from Kursk and Bryansk oblasts and occupied "
_LAUNCH_SITE = re.compile(r"\bfrom[ ](?:(?!\b(?:at|against|towards|on|over)\b)[^,;.])*$")
# A place named before, referred to by its kind: "hit the city", "attacked our region"
_THE_PLACE = re.compile(
    r"\b(?:[Tt]he|[Oo]ur)[ ][\"“]?(?:city|town|village|settlement|region|oblast|district"
    r"|community"
    r"|republic"  # ("fired 63 munitions at the territory of the republic": the DPR's)
    r"|hromada|plant|site|base|airfield"
    r"|air[ ]base|airbase|port)\b(?![ ]of\b)"
)
_INSTITUTION_AFTER = re.compile(
    r"[ ](?:stock[ ])?(?:exchange|bourse|court|university|institute)\b"
    r"|[ ](?:and[ ]\w+[ ])?groups?(?:[ ]of[ ]forces)?\b",  # "the Dnepr group of forces"
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"\baccording[ ]to\b", re.IGNORECASE)
_SPEAKING_WORDS = frozenset(
    "evidence speaking spoke link reporting writing calling testifying interview".split()
)
_SPEAKING_FROM = re.compile(
    r"\b(?:evidence|speaking|spoke|link|reporting|writing|calling|testifying|interview)"
    r"(?:[ ][\w-]+){0,3}[ ]from[ ]$",
    re.IGNORECASE,
)
# Where a figure was said, not where it happened: "..., the commander-in-chief told a
# televised meeting in Kyiv", "told reporters in Moscow", "at a briefing in Brussels"
_AUDIENCE_IN = re.compile(
    r"\b(?:(?:told|tells|telling|addressed|addressing)[ ](?:an?[ ]|the[ ])?|(?:at|during)[ ]an?[ ])"
    r"(?:[\w-]+[ ]){0,2}(?:meeting|conference|briefing|reporters|journalists|parliament"
    r"|lawmakers|forum|summit|session|audience)[ ](?:in|at)[ ]$",
    re.IGNORECASE,
)
_INCLUDING_BEFORE = re.compile(r"\b(?:including|includes|include)[ ](?:the[ ])?$")
# (not money's or a building's "capital": "the capital construction department", "the
# capital repairs")
_THE_CAPITAL = re.compile(
    r"\b[Tt]he[ ](?:Ukrainian[ ]|Russian[ ])?capital\b"
    r"(?![ ](?:of|construction|repairs?|investments?|expenditures?|spending|markets?|flight)\b)"
)
_BREAKDOWN = re.compile(
    r":|,[ ](?:[\w.,]+[ ]){0,3}?of[ ](?:which|whom)\b"
    r"|,[ ](?:including|among[ ]them)[ ](?:[\w.,]+[ ]){1,3}?(?:in|over|on)[ ]"
    r"|,[ ]followed[ ]by[ ]"  # "Kharkiv region leads with 48,300, followed by Kyiv region"
    # "six settlements (Zaporizhzhia region — 3, Donetsk region — 2)"
    r"|[ ]\((?:[A-Z][\w’'-]*[ ]){1,3}(?:region[ ]|oblast[ ])?[—–][ ]?\d",
    re.IGNORECASE,
)
_PART_OF_THEM = re.compile(r",[ ](?:[\w.,]+[ ]){0,2}?of[ ]them\b", re.IGNORECASE)
_MOST_OR_ALL = re.compile(r"\b(?:most|all|nearly|almost|majority)\b", re.IGNORECASE)
# A reporting verb that closes the clause, then a new one: "knocked out 1,600 megawatts,
# Ukrenergo said, forcing blackouts in Kyiv" (the blackouts' place is not the figure's)
_SAID_THEN = re.compile(
    r"\b(?:said|says|reported|reports|added|stated)[ ]?,[ ]+(?:\w+ing|and|but|while)\b"
)


# A figure for the whole front: no region is its place
_WHOLE_FRONT = re.compile(
    r"\b(?:in|on|along|across|over)[ ](?:all|the[ ]entire|the[ ]whole|the[ ]full)[ ]"
    r"(?:areas?|directions|sectors|fronts?|front[ ]?line|line[ ]of[ ]contact|length[ ]of)\b"
    r"|\bacross[ ]the[ ]front\b|\bon[ ]all[ ]fronts\b|\balong[ ]the[ ]line[ ]of[ ]contact\b"
    # the Russian ministry's whole front: "in the special military operation zone"
    r"|\b(?:in|across)[ ]the[ ](?:special[ ]military[ ]operation|SMO)[ ]zone\b"
    r"|\bin[ ]the[ ]zone[ ]of[ ]the[ ]special[ ]military[ ]operation\b",
    re.IGNORECASE,
)


# A part of a whole: "71 square kilometres across the front, 12 of them in the Huliaipole
# direction" (the whole's front is not the part's place)
_PART_OF = re.compile(r"\s+of\s+(?:them|these|those|which|whom)\b", re.IGNORECASE)

# A figure for the whole country: "Nationally, the Health Ministry says ...", "Across the
# country, strikes have killed ..." (no region, unless the clause names one)
_NATIONWIDE = re.compile(
    r"\b(?:nationwide|nationally|countrywide|country-wide)\b"
    r"|\b(?:across|throughout|all[ ]over)[ ]"
    r"(?:the[ ](?:whole[ ]|entire[ ])?country|Ukraine|Russia)\b"
    # the whole front: "38 tanks reported destroyed across the entire front"
    r"|\b(?:across|along|on)[ ](?:the[ ](?:whole|entire)[ ]front(?:[ ]line)?|all[ ]fronts)\b"
    # the whole of a side's land: "shot down 1,046 drones over Russian territory"
    r"|\b(?:over|across)[ ](?:the[ ])?(?:Russian|Ukrainian)[ ](?:territory|regions|soil)\b"
    r"|\bover[ ]the[ ]territory[ ]of[ ](?:Russia|Ukraine)\b",
    re.IGNORECASE,
)


_AS_REGION = re.compile(r"\b(?:region|oblast|province|krai|kray|republic)s?$", re.IGNORECASE)


def named_as_region(place: Place | None) -> bool:
    """Whether `place` is a region written as one ("the Kherson region", "Sumy oblast"), not
    a region named bare like its chief city ("Kherson")."""
    return (
        place is not None and place.kind == "region" and _AS_REGION.search(place.text) is not None
    )


def is_nationwide(text: str) -> bool:
    """Whether `text` gives a figure for the whole country ("Across the country, ...")."""
    vocabulary = tokens_of(text).vocabulary
    return (
        not _NATION_WORDS.isdisjoint(vocabulary) or not _ACROSS_WORDS.isdisjoint(vocabulary)
    ) and _NATIONWIDE.search(text) is not None


_NATION_WORDS = frozenset({"nationwide", "nationally", "countrywide", "country-wide"})
_ACROSS_WORDS = frozenset({"across", "throughout", "over"})

_SAID_WORDS = frozenset({"said", "says", "reported", "reports", "added", "stated"})
_FRONT_WORDS = frozenset({"all", "entire", "whole", "full", "front", "fronts", "contact", "zone"})


def _before_brackets(text: str, at: int, places: list[Place]) -> Place | None:
    """The place just before the brackets a figure stands in: "The Kharkiv region followed
    (34 killed, 188 injured), then Dnipropetrovsk (29 killed, 151 injured)"."""
    opened = text.rfind("(", 0, at)
    if opened < 0 or text.rfind(")", opened, at) >= 0:
        return None
    return next((p for p in reversed(places) if p.end <= opened and opened - p.end <= 24), None)


def locate(
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
    vocabulary = tokens_of(text).vocabulary
    front = None if _FRONT_WORDS.isdisjoint(vocabulary) else _WHOLE_FRONT.search(text, *clause)
    if front and front.end() <= d.q.start and _PART_OF.match(text, d.q.end):
        front = None  # the whole's front, before the part
    if front:
        # "lost up to 1,390 servicemen in all areas", "along the entire line of contact": the
        # whole front, no one place in it
        if d.category == "casualties" and d.target in opponents():
            # (soldiers fall on the battlefield: "suffered 31,800 casualties across the front")
            d.country = opponents().get("(battlefield)") or d.target
        return
    if (
        (not _NATION_WORDS.isdisjoint(vocabulary) or not _ACROSS_WORDS.isdisjoint(vocabulary))
        and (
            (nation := _NATIONWIDE.search(text, *clause))
            # ("Nationally, Ukraine's Health Ministry says Russian attacks have damaged 2,280
            # medical facilities": an opening adverb scopes the whole sentence)
            or (
                (nation := _NATIONWIDE.match(text)) and text[nation.end() : nation.end() + 1] == ","
            )
        )
        and not any(
            p.region
            and clause[0] <= p.start < clause[1]
            # (not a part's place: "damaged 1,140 boiler houses across the country, ..., 312
            # of them in the Kharkiv region")
            and (_PART_OF.match(text, d.q.end) or not _PART_OF.search(text, d.q.end, p.start))
            for p in places
        )
    ):
        # the whole country's figure: no region of the paragraph's, but its country
        named = nation.group().split()[-1].capitalize()
        around = ctx.paragraph_place or ctx.issuer_place
        d.country = named if named in opponents() else around.country if around else None
        return
    usable = places
    if d.action in ("launched", "hit") and d.actor in opponents():
        # "launched from Bryansk and Kursk": launch sites on the actor's own soil
        # (a strike may name the actor's own soil as the place it hit only when it did not say
        # "from": "14 drones hit Odesa" after Russia's report of downing Ukraine's drones)
        usable = [
            p
            for p in places
            if p.country != d.actor
            or (d.action == "hit" and not _FROM.search(text, max(0, p.start - 40), p.start))
        ]
    if (d.action == "deployed" or d.category == "casualties") and len(usable) > 1:
        # "moved up to 2,500 servicemen from the Zaporozhye direction to the Kupyansk area":
        # where they went, not where they came from; "27 conscripts from the Sverdlovsk region
        # who were killed in the Kursk region": where they fell
        usable = [
            p for p in usable if not _MOVED_FROM.search(text, max(0, p.start - 12), p.start)
        ] or usable
    # "has received 78 Abrams tanks, 31 of them from the United States": a country outside the
    # war that things come from supplies them; they are not there
    usable = [
        p
        for p in usable
        if p.kind != "country"
        or p.country in opponents()
        or not _SUPPLIED_FROM.search(text, max(0, p.start - 60), p.start)
    ]
    if d.action == "launched":
        # "launched 141 drones from Kursk and Bryansk oblasts and occupied Crimea": where they
        # came from, not where they struck
        usable = [p for p in usable if not _LAUNCH_SITE.search(text, max(0, p.start - 80), p.start)]
    # "116,000 square kilometres including Crimea": a place the whole includes is not where
    # the whole is
    usable = [
        p
        for p in usable
        if not _INCLUDING_BEFORE.search(text, max(0, p.start - 14), p.start)
        # ("Giving evidence by video link from Kyiv": where the speaker is)
        and (
            _SPEAKING_WORDS.isdisjoint(vocabulary)
            or not _SPEAKING_FROM.search(text, max(0, p.start - 40), p.start)
        )
        # "on the St Petersburg exchange": a place in an institution's name
        and not _INSTITUTION_AFTER.match(text, p.end)
        and not _AUDIENCE_IN.search(text, max(0, p.start - 60), p.start)
    ]
    if d.category == "economic":
        # "disbursed €4.2 billion to Kyiv": a capital beside money is its government
        entities = matcher("entities")
        usable = [p for p in usable if (entities.lookup(p.text) or {}).get("kind") != "capital"]
    if d.category == "economic" and (according := _ACCORDING.search(text, d.q.end)):
        # "..., according to economists at the Centre for Macroeconomic Analysis in Moscow":
        # where the source sits, not where the money is
        usable = [p for p in usable if p.start < according.start()]
    # a colon, "of which" or "including" after the number opens a breakdown whose places are
    # its items': "45 drones overnight: 20 over the Bryansk region, 15 over the Kursk region",
    # "120 drones, 100 of which were destroyed over the Bryansk region", "1.1 million
    # households, including 480,000 in the Kyiv region"
    breakdown = _BREAKDOWN.search(text, d.q.end)
    end = breakdown.start() if breakdown else len(text)
    if (
        breakdown is None
        and (part := _PART_OF_THEM.search(text, d.q.end)) is not None
        and (
            any(m.kind == "country" and d.q.end <= m.start < part.start() for m in mentions)
            or len({p.region for p in usable if p.start > part.start()}) > 1
            or (
                _MOST_OR_ALL.search(part.group()) is None
                and named_as_region(next((p for p in usable if p.start > part.start()), None))
            )
        )
    ):
        # "launched 540 drones and 33 missiles at Ukraine, ..., most of them at Kyiv": a whole
        # aimed at a country is not where a part of it went; "4.5 million people have
        # returned, most of them to the Kyiv, Kharkiv and Chernihiv oblasts": nor is a whole
        # that spread over several regions (but "17 guided bombs, 9 of them on Kherson city"
        # fell in that city's region); nor is a whole with a part in one region ("shot down 41
        # drones overnight, 16 of them over the Belgorod region"; but "2,000 soldiers killed,
        # most of them in the Kursk region" were mostly there)
        end = part.start()
    said_then = (
        None if _SAID_WORDS.isdisjoint(vocabulary) else _SAID_THEN.search(text, d.q.end, end)
    )
    if said_then is not None:
        end = said_then.start() + len(said_then.group().split(",")[0])
    if (
        d.action == "launched"
        and (at := _AT_A_COUNTRY.search(text, d.q.end, d.q.end + 80)) is not None
        and at.group(1) in opponents()
        and not any(p.region and d.q.end <= p.start < at.start() for p in usable)
    ):
        # "176 Russian drones and 14 missiles launched at Ukraine overnight, and the regional
        # administration said at least 80 of the drones had been aimed at Odesa region": a
        # whole aimed at a country is in no region of it
        d.country = at.group(1)
        return
    place = _before_brackets(text, d.q.start, usable) if "(" in text else None
    # "Kharkiv region accounts for 131 of them, Donetsk region for 117": the place whose share
    # the number is, before it, not the next one after
    place = place or next(
        (
            p
            for p in usable
            if p.end < d.q.start
            and (
                _SHARE_OF_PLACE.fullmatch(text, p.end, d.q.start)
                # "The hardest hit were Kyiv region, with four substations, and Lviv region"
                or _WITH_GAP.fullmatch(text, p.end, d.q.start)
            )
        ),
        None,
    )
    place = place or choose_place(text, usable, clause[0], min(clause[1], end), d.q)
    if place is None and "capital" in vocabulary:
        # (within the figure's own part: not "121 drones ..., including 34 over the Bryansk
        # region and 19 over the Moscow region, nine of them flying towards the capital")
        place = _the_capital(text, d, (clause[0], min(clause[1], end)), mentions, ctx)
    if (
        place is None
        and (ctx.paragraph_place or ctx.issuer_place or ctx.last_town or ctx.last_region)
        is not None
    ):
        the_place = _THE_PLACE.search(text, clause[0], clause[1])
        if the_place and not _names_unknown_place(text):
            # "Kharkiv ... 14 drones hit the city": Kharkiv; "the enemy used against the region
            # 19 drones" in a regional administration's posts: its region; "the city" in a
            # paragraph that names none: the last town the article named
            town = ctx.last_town
            kind = the_place.group().split()[-1].strip('"“')
            if kind in ("base", "airfield", "airbase") and ctx.last_base is not None:
                town = ctx.last_base  # "Morozovsk ... the base's aprons", past other towns
            elif town is not None and kind in ("region", "republic"):
                # "Russia targeted the ports of Odesa and Chornomorsk. ... 87 drones against
                # the region": the region of the town named last
                town = region_of(town)
            place = (
                town
                if town is not None and town is ctx.last_base
                else ctx.paragraph_place or ctx.issuer_place or town
            )
            if place is None and kind in ("region", "oblast"):
                # "shot down 17 attack drones over the region" after a paragraph about the
                # Dnipropetrovsk region, no town named since: the region named last
                place = region_of(ctx.last_region) if ctx.last_region is not None else None
            if (
                place is not None
                and d.category == "economic"
                and (currency := _currency_country(text, d)) is not None
                and currency != place.country
            ):
                # "the region had paid 2.9 billion roubles" after a paragraph about Donetsk
                # region: a region of the currency's country, not that one
                place = None
    if place is None and ctx.labelled and ctx.carried_place is not None:
        place = ctx.carried_place  # a record's line under its heading: "Weapon: two Iskander-M"
    if place is None:
        by_action = country_by_action(d) if d.action not in LOSS_ACTIONS else None
        paragraph = ctx.paragraph_place
        if (
            by_action
            and d.category == "territory"
            and paragraph
            and paragraph.kind in SUB_REGIONAL  # a town's direction, not a whole region
            and paragraph.country == by_action
        ):
            # "Russian forces recently advanced in the Hulyaipole direction. ... advanced up to
            # 3.5 kilometers west of Uspenivka": ground gained in the paragraph's place
            d.place, d.country = paragraph, paragraph.country
            return
        carried = ctx.carried_place
        if (
            by_action
            and d.category == "territory"
            and paragraph is None
            and carried is not None
            and carried.country == by_action
            and not _names_unknown_place(text)
        ):
            # "KOSTIANTYNIVKA DIRECTION (Donetsk region)" over "Russian forces gained 58
            # square kilometres": ground gained in the place its heading names
            d.place, d.country = carried, carried.country
            return
        if by_action:
            d.country = by_action
            return
        place = choose_place(text, usable, 0, end, d.q)
    if place is None and (d.category not in ("weapon", "economic") or d.action in LOSS_ACTIONS):
        place = ctx.paragraph_place
    if (
        place is None
        and ctx.carried_place is not None
        and (d.category in ("casualties", "personnel") or d.action in LOSS_ACTIONS)
        and not _names_unknown_place(text)
    ):
        place = ctx.carried_place  # "The enemy lost up to 230 servicemen" after the scene
    if (
        place is None
        and ctx.interview_place is not None
        and d.category in ("weapon", "casualties", "territory", "attacks", "personnel")
        and d.action not in ("launched", "produced", "delivered")
        and not _names_unknown_place(text)
    ):
        # "We destroyed nine tanks", says the commander of a brigade whose sector the
        # interview's opening placed in the Zaporizhzhia region: there
        place = ctx.interview_place
    if (
        place is None
        and ctx.issuer_place is not None
        and d.category in ("casualties", "displacement", "infrastructure")
        and not _names_unknown_place(text)
    ):
        # "3 people were killed." in the posts of the Zaporizhzhia Regional Military
        # Administration: its region
        place = ctx.issuer_place
    if (
        place is None
        and d.claimant
        and d.category in ("casualties", "displacement", "infrastructure")
    ):
        place = claimant_region(d.claimant)  # "the DPR health ministry said ... seven"
        if place is None and ctx.official_place is not None and not _names_unknown_place(text):
            # "... were damaged, the governor said" after "..., Governor Vyacheslav Gladkov
            # said" about the Belgorod region: his region
            name, region = ctx.official_place
            if d.claimant in (name, name.split()[-1]) or d.claimant.lower() in _OFFICIALS:
                place = region
    if place is not None:
        d.place, d.country = place, place.country
    elif d.category == "casualties" and d.noun is not None and d.noun.category == "personnel":
        # "our drones hit 1,180 Russian infantrymen": soldiers fall on the battlefield
        d.country = opponents().get("(battlefield)")
    elif (
        d.category == "casualties"
        and d.noun is not None
        and d.noun.text.lower().rsplit(maxsplit=1)[-1] in _ARMY_LOSS_WORDS
        and d.target in opponents()
        and _CIVILIAN_WORDS.isdisjoint(vocabulary)
    ):
        # "Russia has suffered more than 1.1 million casualties", "an average of 1,130
        # casualties per day": an army's losses, on the battlefield
        d.country = opponents().get("(battlefield)") or d.target
    elif d.category in ("casualties", "territory") and d.target in opponents():
        d.country = d.target  # (territory: the land is the side's it is taken from)
    elif d.category == "personnel" and d.action in (None, "recruited"):
        side = d.actor or (d.claimant_side if d.action == "recruited" else None)
        d.country = side if side in opponents() else None
    elif d.category == "economic":
        d.country = (
            _currency_country(text, d)
            or _economy_country(text, d, mentions)
            # "Naftogaz said output fell 35%. The country will need to import at least
            # 2.5 bcm": the economy the sentence before spoke of
            or next(
                (
                    e.country
                    for e in reversed(ctx.last_drafts)
                    if e.category == "economic" and ctx.paragraph_drafts  # (this paragraph's)
                ),
                None,
            )
        )
    if d.country is None and breakdown is not None:
        # "1.1 million households, including 480,000 in the Kyiv region, 260,000 in Kharkiv":
        # the country all its items are in
        countries = {p.country for p in usable if p.start >= breakdown.end() and p.country}
        if len(countries) == 1:
            d.country = countries.pop()


# An article's own country or region: the one at least this share of its placed claims
# happened in, and at least this many of them
_ARTICLE_COUNTRY_SHARE = 2 / 3
_ARTICLE_COUNTRY_MIN = 3


def _dominant(values: list[str]) -> str | None:
    """The value at least two thirds of `values` share, when there are at least three of it."""
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    if not counts:
        return None
    value, n = max(counts.items(), key=lambda kv: kv[1])
    if n < _ARTICLE_COUNTRY_MIN or n < _ARTICLE_COUNTRY_SHARE * len(values):
        return None
    return value


# What strikes do to infrastructure
_DAMAGE = frozenset({"hit", "damaged", "destroyed", "cut_off"})
# Harm to a place: what an article about one city or region counts there
_LOCAL_HARM = frozenset({"casualties", "displacement", "infrastructure"})


def fill_article_places(rows: list[dict]) -> None:
    """Where a claim says nothing of where it happened ("214 civilians were killed in October",
    "about 3.7 million people remain internally displaced"), the country that most of the
    article's claims happened in, when it clearly dominates; economic figures too (an appeal,
    a loss, a budget in an article about Ukraine is Ukraine's), but not a state's beyond the
    war ("Germany's economy shrank by 0.3%"). Victims counted with no
    side take the side of that country, as victims of a place named do (`complete_sides`)."""
    # "Syniehubov had initially reported four dead" in an article about a strike on Kharkiv:
    # harm counted with no place is in the region most of the article's placed harm is in
    # (strikes aimed at a region count too: "Russia launched 31 missiles ... at the region's
    # ports", then "Five port workers were killed in May")
    region = _dominant(
        [
            r["region"]
            for r in rows
            if r["region"]
            and (
                r["category"] in _LOCAL_HARM
                or (r["category"] == "weapon" and r["action"] in ("launched", "hit"))
            )
        ]
    )
    if region is not None:
        country_of = next(r["country"] for r in rows if r["region"] == region)
        sides = opponents()
        for r in rows:
            if (
                r["region"] is None
                and r["category"] in _LOCAL_HARM
                and r["country"] in (None, country_of)
                # (not a monitor's nationwide count: "HRMMU verified 13,580 civilian deaths")
                and r["claimant_side"] in (None, *sides)
                # (nor a figure the sentence gives for the country: "Nationally, the Health
                # Ministry says Russian attacks have damaged 2,280 medical facilities", nor the
                # whole war's: "has damaged more than 2,100 health facilities since 2022")
                and not _NATIONWIDE.search(r["sentence"])
                and not _SINCE_THE_WAR.search(r["sentence"])
            ):
                r["region"], r["country"] = region, country_of
                _sides_of_place(r, country_of, sides)
    # "The brigade destroyed nine tanks" in a report from the Huliaipole front: ground combat
    # with no place is in the region most of the article's placed combat is in
    front = _dominant([r["region"] for r in rows if r["region"] and _front_combat(r)])
    if front is not None:
        country_of = next(r["country"] for r in rows if r["region"] == front)
        for r in rows:
            if (
                r["region"] is None
                and _front_combat(r)
                and r["country"] in (None, country_of)
                # (not a whole war's tally: "41 Abrams lost since they first appeared")
                and not _NATIONWIDE.search(r["sentence"])
                and not _CUMULATIVE.search(r["sentence"])
            ):
                r["region"], r["country"] = front, country_of
    sides = opponents()
    for r in rows:
        if r["country"] in sides and r["target"] is None:
            # damage placed in a warring country, by no one named: "27 private houses ...
            # were damaged" in the Belgorod region is Russia's, hit by its enemy
            _sides_of_place(r, r["country"], sides)
    # (the war's sides only: an article about refugees abroad counts many countries, but what
    # it says happened nowhere named happened in the war: "4.4 million people have returned")
    country = _dominant([r["country"] for r in rows if r["country"] in sides])
    if country is None:
        return
    for r in rows:
        if r["country"] is not None or (
            # (a partner's own figure: "Germany's economy shrank by 0.3%", "Germany pledged
            # 500 million euros")
            r["category"] == "economic"
            and r["actor"] not in (None, *sides)
            and r["actor"] in _states()
        ):
            continue
        r["country"] = country
        _sides_of_place(r, country, sides)


def region_of(place: Place) -> Place:
    """`place` read as its region: "the region" after a town names the town's region."""
    if place.kind == "region":
        return place
    return Place(-1, -1, place.text, place.region, place.country, "region", False)


# Aimed at a whole country: "launched at Ukraine", "fired against Russia"
_AT_A_COUNTRY = re.compile(r"\b(?:at|against)[ ](Ukraine|Russia)\b(?![ ]?['’])")
# Between a place and its share of a total: "Kharkiv region accounts for 131", "Donetsk
# region for 117", "Kherson with 98"
_SHARE_OF_PLACE = re.compile(
    r"[ ](?:accounts?[ ]for|accounted[ ]for|for|with)[ ](?:(?:about|some|nearly|almost|over)[ ])?"
)

_SINCE_THE_WAR = re.compile(
    r"\bsince[ ](?:(?:February[ ])?20(?:14|22)\b"
    r"|the[ ](?:start|beginning)[ ]of[ ]the[ ](?:full-scale[ ])?(?:war|invasion))",
    re.IGNORECASE,
)


@cache
def _states_in(folder: str) -> frozenset[str]:
    return frozenset(r["side"] for r in load_rows("entities", folder) if r["kind"] == "country")


on_reload(_states_in.cache_clear)


def _states() -> frozenset[str]:
    """The countries the entities lexicon knows, as sides: "Germany", "Poland" ..."""
    return _states_in(lexicon_dir())


_CUMULATIVE = re.compile(
    r"\bsince[ ](?:the[ ]|they[ ]|it[ ]|its[ ]|\d{4}\b|February|January|the[ ]start)"
    r"|\b(?:in[ ]total|so[ ]far|all[ ]told|to[ ]date|ever)\b"
    # a line of a running tally with the day's increment: "tanks ‒ 10,214 (+9)"
    r"|\([ ]?\+[ ]?\d",
    re.IGNORECASE,
)


def _front_combat(r: dict) -> bool:
    """Fighting on the ground: armour destroyed, assaults, troops massed (not ground taken,
    whose totals are as often the whole front's: "Russia gained 4,700 km² this year")."""
    return (
        (r["category"] == "weapon" and r["action"] in ("destroyed", "damaged", "captured"))
        or r["category"] == "attacks"
        or (r["category"] == "personnel" and r["action"] in ("massed", "deployed"))
    )


def _sides_of_place(r: dict, country: str, sides: dict) -> None:
    """Victims and damage given the article's place take that place's side: hit by its enemy."""
    if (
        r["category"] == "casualties"
        and r["action"] in ("killed", "injured")
        and r["actor"] is None
        and r["target"] is None
        and country in sides
    ):
        # the dead and wounded of the place, as `complete_sides` reads a place named
        r["target"], r["actor"] = country, opponent(country)
    elif (
        r["category"] == "infrastructure"
        and r["action"] in _DAMAGE
        and r["target"] is None
        and r["actor"] in (None, opponent(country))
        and country in sides
    ):
        # "No fewer than 63 substations had been damaged" in an article about strikes
        # on Ukraine: Ukraine's, by its enemy
        r["target"], r["actor"] = country, opponent(country)
