"""Who asserts a figure: reporting frames ("X said", "according to X", "estimated ... by
X"), the speaker of a sentence, the issuing body of a statement (its masthead, or an opening
that describes it), and the speaker an interview names."""

import re
from functools import lru_cache

from pipeline.extraction.frames import (
    Frame,
    find_frames,
    strong_clause,
)
from pipeline.extraction.mentions import (
    HONORIFIC_NAME,
    Mention,
    Place,
    may_refer_to,
    regional_places,
    unit_terms,
)
from pipeline.extraction.model import ArticleContext, official_side, opponent, opponents
from pipeline.extraction.numbers import Quantity, may_hold_quantity
from pipeline.extraction.syntax import last_frame_before, np_after, outside_quotes, word_list
from pipeline.lexicons import LexiconError, lexicon_dir, load_rows, matcher, on_reload, tokens_of
from pipeline.text.needles import folds_simply

# Patterns of the hot path, compiled once (re's own cache costs a lookup a call).
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_RELATIVE = re.compile(r",\s*(?:who|which)\b")
_BY_AFTER = re.compile(r"\s*by\s+")


# An adjective of side on counted people or things, who say nothing: "380 Russian soldiers"
_COUNTED_AFTER = re.compile(
    r"[ ](?:[\w-]+[ ])?(?:soldiers|servicemen|troops|civilians|drones|missiles|tanks|vehicles"
    r"|aircraft|ships|warships|positions|assaults|attacks|infantrymen|prisoners|citizens"
    r"|targets|systems|launchers|boats|equipment|facilities|weapons)\b"
)
# (a number right before: "sentenced three Russian artillery officers"; not a list's "2. ")
_COUNT_BEFORE = re.compile(
    r"(?:\b\d[\d,]*(?:\.\d+)?"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))[ ]$",
    re.IGNORECASE,
)
# A country named as the subject of an office: "the ministry's Ukraine support directorate"
_FOR_A_COUNTRY = re.compile(
    r"[ ](?:support|aid|assistance|policy|desk|directorate|programme|program|fund|team"
    r"|envoy|task[ ]force|reconstruction|recovery|mission)\b",
    re.IGNORECASE,
)
# A title in apposition to a name no lexicon knows: ", the head of the city military
# administration"
_TITLE_APPOSED = re.compile(
    r",[ ](?:the|a|an)[ ](?:[\w-]+[ ]){0,3}?(?:head|chief|spokes\w+|commander|governor|mayor"
    r"|director|minister|officer|deputy|secretary)\b"
)
_AND_ANOTHER = re.compile(r"[ ]and[ ](?:the[ ])?(?:[\w-]+[ ]){0,2}")


def _claimant_of(
    mentions: list[Mention],
    places: list[Place],
    lo: int,
    hi: int,
    text: str,
    ctx: ArticleContext,
    prefer_last: bool,
) -> tuple[str | None, str | None]:
    inside = outside_quotes([m for m in mentions if lo <= m.start and m.end <= hi], lo, hi, text)
    ranked = sorted(
        inside,
        key=lambda m: (
            # (an agent is no sayer: "territory controlled by the Government of Ukraine, where
            # the Mission attributed 209 deaths ...")
            m.preposition == "by",
            {"person": 0, "organisation": 1, "media": 1, "company": 1, "body": 2}.get(m.kind, 3),
            # (a side named beats a body of no known side: "Russia's Defence Ministry, which
            # reports only what it says it has destroyed, claimed ...")
            m.kind == "body" and (m.side is None or m.inferred),
            # (a side's adjective names no sayer while a subject does: "It put Russian losses
            # at 1,140 and said its forces had destroyed two tanks")
            m.kind == "adjective",
            -m.start if prefer_last else m.start,
        ),
    )
    if prefer_last and len(ranked) > 1:
        # "..., the Air Force and regional authorities said": the first of a pair of sayers
        # joined by "and", when it has a side
        pair = next(
            (
                x
                for x in inside
                if x.side
                and x.end < ranked[0].start
                and _AND_ANOTHER.fullmatch(text, x.end, ranked[0].start)
            ),
            None,
        )
        if pair is not None and pair.kind != "adjective":
            ranked = [pair, *ranked]
    for m in ranked:
        if m.kind == "enemy":
            continue  # (the enemy says nothing in the words of its opponent: "The enemy used
            # Vampire launchers, I counted eleven rocket impacts")
        if m.kind == "adjective" and (
            _COUNTED_AFTER.match(text, m.end)
            or _COUNT_BEFORE.search(text, max(0, m.start - 14), m.start)
        ):
            # "killed 380 Russian soldiers, Hordiienko-Vale said", "sentenced three Russian
            # artillery officers": the side of what is counted
            continue
        if m.kind == "country" and _FOR_A_COUNTRY.match(text, m.end):
            continue  # "who leads the ministry's Ukraine support directorate": its subject
        if m.kind == "pronoun":
            if m.text.lower() in ("he", "she", "his", "her") and may_refer_to(
                m.text, ctx.last_person
            ):
                return ctx.last_person.name, ctx.last_person.side
            if m.side:
                return m.name or m.side, m.side
            continue
        if m.kind == "body" and m.inferred and not m.side:
            return _LEADING_ARTICLE.sub("", m.name or m.text), None  # "our intelligence"
        if m.kind == "body" and (not m.side or m.inferred):
            # "the acting governor of the Kursk region": the place in the body's own phrase
            # (Crimea's officials are Russia's: "the Governor of Sevastopol", authorities.csv)
            # (a speaker found with no places to hand reads its own phrase's: "This was
            # reported by the Governor of Sevastopol")
            own = places or (regional_places(text[:hi]) if m.role == "official" else [])
            side = next(
                (official_side(p.region, p.country) for p in own if m.start <= p.start < hi),
                None,
            )
            if side is None and _LOCAL_BODY.search(m.text):
                # "damaged 418 buildings in Kyiv, according to the report of the city council":
                # a local body is of the place named before it
                side = next(
                    (
                        official_side(p.region, p.country)
                        for p in reversed(places)
                        if p.end <= m.start
                    ),
                    None,
                )
                # (none in its sentence: the place the article is about, "Regional
                # administration: two people were killed ..." on a page about Odesa)
                here = ctx.issuer_place or ctx.paragraph_place or ctx.last_region
                if side is None and not places and here is not None:
                    side = official_side(here.region, here.country)
            if m.term == "report" and ctx.last_claimant[1]:
                # "the report says": the document of whoever spoke last, not of the side named
                # last ("Russian attacks damaged 418 buildings ... the report says")
                side = side or ctx.last_claimant[1]
            # (a unit, which either side has, takes no side from the last speaker: "the 3rd
            # Assault Brigade says")
            side = side or m.side
            if m.term not in unit_terms():
                # (a page of a government's site: "the Ministry of Defence" on GOV.UK)
                side = side or ctx.last_claimant[1] or ctx.site_side or ctx.last_subject_side
            return _LEADING_ARTICLE.sub("", m.name or m.text), side
        name = m.name or m.text
        if m.kind == "body":
            name = _LEADING_ARTICLE.sub("", name)
        return name, m.side
    places = outside_quotes([p for p in places if lo <= p.start < hi], lo, hi, text)
    side = next((p.country for p in places), None)
    if side:
        phrase = _RELATIVE.split(text[lo:hi])[0].strip()
        if _LOCAL_BODY.search(phrase):
            # (a local body's side is that of whoever governs there: "the Sevastopol city
            # council" is Russia's, authorities.csv)
            side = official_side(places[0].region, side)
        # (a place's body in a few words: "the Kharkiv regional prosecutor's office"; not a
        # clause that happens to name a place)
        return (_LEADING_ARTICLE.sub("", phrase) if len(phrase.split()) <= 8 else None), side
    if _DOCUMENT.search(text, lo, hi) and ctx.last_claimant[1]:
        return ctx.last_claimant  # "..., the update said": the document of the last claimant
    return None, None


# The owner of a count: "Ukraine's cumulative count of", "Kyiv's tally of"
_COUNT_OWNED = re.compile(
    r"['’]s[ ](?:(?:own|latest|official|cumulative|running|overall)[ ])*"
    r"(?:count|tally|estimate|figure|figures)[ ]of\b"
)


def count_owner(text: str, end: int, mentions: list[Mention]) -> tuple[str, str] | None:
    """(name, side) of the side whose count a number before `end` is, if a sided mention owns
    the count ("Ukraine's cumulative count of Russian losses ... stood at 1,192,340")."""
    found = None
    for m in _COUNT_OWNED.finditer(text, 0, end):
        found = m
    if found is None:
        return None
    owner = next((x for x in mentions if x.end == found.start() and x.side in opponents()), None)
    return (owner.name or owner.text, owner.side) if owner else None


# Whose figure a sentence gives: "The last official Ukrainian figure, given by President
# Zelensky in October, was 61,300", "the Russian estimate was ..."
_FIGURE_WORD = r"(?:figure|count|tally|estimate|death[ ]toll|toll)"
_FIGURE_GIVEN_BY = re.compile(
    rf"\b{_FIGURE_WORD}\b[^.;:]{{0,40}}?,?[ ](?:given|published|released|provided|issued"
    r"|announced|put[ ]out)[ ]by[ ](?:the[ ])?"
)
_FIGURE_AFTER_SIDE = re.compile(rf"[ ](?:official[ ])?{_FIGURE_WORD}\b")


def figure_owner(text: str, end: int, mentions: list[Mention]) -> tuple[str, str] | None:
    """(name, side) of whoever gave the figure a sentence states before `end`: the agent of
    "given by" ("the last official figure, given by President Zelensky, was 61,300"), else
    the side of the figure's adjective ("The latest Ukrainian figure was 61,300")."""
    if not any(w in text for w in ("figure", "count", "tally", "estimate", "toll")):
        return None
    given = _FIGURE_GIVEN_BY.search(text, 0, end)
    if given is not None:
        named = [m for m in mentions if given.end() <= m.start <= given.end() + 30 and m.side]
        # (the person, not a title whose side was only guessed: "President Zelensky")
        agent = min(named, key=lambda m: (m.inferred, m.kind != "person", m.start), default=None)
        if agent is not None and agent.end <= end:
            return agent.name or agent.text, agent.side
    for m in mentions:
        if (
            m.kind == "adjective"
            and m.end < end
            and m.side in opponents()
            and _FIGURE_AFTER_SIDE.match(text, m.end)
        ):
            return m.side, m.side
    return None


# A document that speaks for whoever issued it: "the update said", "the assessment says"
_DOCUMENT = re.compile(
    r"\b(?:the|its|their|this|that)[ ](?:(?:latest|new|regular|daily|weekly|intelligence)[ ])*"
    r"(?:update|assessment|statement|bulletin|summary|briefing)[ ]*$",
    re.IGNORECASE,
)


# (after a post's time: "01:15 — Terekhov: \"A KAB has hit ...\"")
_LEADER = re.compile(r"(?:\d{1,2}:\d{2}[ ]*[—–-][ ]*)?[^:.\n]{2,60}?:[ ]")
# ... with a clock time in brackets: "Air Force summary (08:05): ..."
_TIMED_LEADER = re.compile(r"[^:.\n(]{2,48}?[ ]\(\d{1,2}:\d{2}\):[ ]")
_COORDINATE = re.compile(r",[ ](?:and|but|while)[ ]")
_AUXILIARY_BEFORE = re.compile(r"\b(?:were|was|are|is|been|be)[ ]+$")


_WHO_SAID = re.compile(r",[ ](?:who|which)[ ](?:also[ ]|later[ ]|has[ ]|had[ ])?$")
# Between a verb of saying and the participle that goes on with it: "said, adding that"
_ADDING = re.compile(r"(?:[ ](?:on|in|last)[ ]\w+)?,?[ ]")


_COUNT_WORDS = frozenset("count tally estimate estimates figures data records reckoning".split())
_BY_COUNT = re.compile(
    r"\b(?:[Bb]y|[Ii]n)[ ]((?:the[ ])?[^,;.]{1,40}?)['’]s[ ](?:own[ ]|latest[ ]|official[ ])?"
    r"(?:count|tally|estimates?|figures|data|records|reckoning)\b"
)


_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])[Aa]n?[ ]$")


def find_claimant(
    text: str,
    q: Quantity,
    frames: list[Frame],
    mentions: list[Mention],
    places: list[Place],
    ctx: ArticleContext,
) -> tuple[str | None, str | None, Frame | None]:
    clause = strong_clause(text, q.start)
    # (not another figure's qualifier, no one's report: "Russia lost an estimated 96 tanks and
    # about 310 other armoured vehicles")
    frames = [
        f
        for f in frames
        if (f.end <= q.start or f.start >= q.end)
        and not _ARTICLE_BEFORE.search(text, max(0, f.start - 4), f.start)
    ]
    # 1. a reporting verb before the number, in its clause: "Russia said it shot down 84"
    verb = last_frame_before(frames, q.start, clause[0])
    if verb and _AUXILIARY_BEFORE.search(text, max(0, verb.start - 12), verb.start):
        verb = None  # "refugees from Ukraine were recorded ...": the subject reports nothing
    if verb and any(f.kind == "according" and verb.end <= f.start < q.start for f in frames):
        # "the IAEA teams reported that ... a wave of attacks in which, according to Ukraine's
        # Air Force, Russia launched 400 drones": the source nearer the figure
        verb = None
    if verb:
        participle = verb.text.lower().endswith("ing")
        lo, hi = (0, verb.start) if participle else (strong_clause(text, verb.start)[0], verb.start)
        prefer = not participle
        said = next((f for f in reversed(frames) if f.kind == "verb" and f.end < verb.start), None)
        if participle and said is not None and _ADDING.fullmatch(text, said.end, verb.start):
            # "..., Ukraine said, adding that its drones had hit 12 more": who said it adds it
            verb, participle, prefer = said, False, True
            lo, hi = strong_clause(text, said.start)[0], said.start
        if not participle:
            # "The EU disbursed €4.2 billion ..., and Ukraine's finance ministry projects a
            # deficit of $44.7 billion": the verb's own coordinate clause
            joints = list(_COORDINATE.finditer(text, lo, hi))
            lo = joints[-1].end() if joints else lo
        if "," in text[max(lo, hi - 24) : hi] and (
            who := _WHO_SAID.search(text, max(lo, hi - 24), hi)
        ):
            # "..., according to Russian negotiator Vladimir Medinsky, who wrote that ...": the
            # one the relative clause is about
            lo = max(lo, text.rfind(",", lo, who.start()) + 1)
            hi, prefer = who.start(), True
        name, side = _claimant_of(mentions, places, lo, hi, text, ctx, prefer_last=prefer)
        if name or side:
            return name, side, verb
    # 1b. a speaker before a colon that opens the sentence: "Russia's Defence Ministry: air
    # defences intercepted and destroyed 121 Ukrainian drones" (live blogs, headlines)
    leader = _LEADER.match(text) if ":" in text[:64] else None
    if leader is None and "):" in text[:64]:
        leader = _TIMED_LEADER.match(text)
    if (
        leader
        and leader.end() <= q.start
        and len(leader.group().split()) <= 6
        # (not the label of a list line that is only its figure: "United States: $312 million")
        and leader.end() != q.start
    ):
        # (a side's adjective names a topic, not a speaker: "Russian losses: 1,110 troops and
        # 38 artillery systems in a day, Ukraine's General Staff says")
        named = [m for m in mentions if m.kind != "adjective"]
        name, side = _claimant_of(named, [], 0, leader.end() - 2, text, ctx, False)
        if side:
            return name, side, None
    # 2. "according to X" anywhere in the sentence
    for f in frames:
        if f.kind == "according":
            lo, hi = np_after(text, f.end)
            name, side = _claimant_of(mentions, places, lo, hi, text, ctx, prefer_last=False)
            if not name and not side and _TITLE_APPOSED.match(text, hi):
                # "according to Serhiy Horbunov, the head of the city military
                # administration": the side of the title in apposition
                end = text.find(",", hi + 2)
                apposed = _claimant_of(mentions, places, hi + 2, end if end > 0 else len(text),
                                       text, ctx, prefer_last=False)  # fmt: skip
                if apposed[1]:
                    name, side = name or apposed[0], apposed[1]
            if name or side:
                return name, side, f
    # 2b. "by the mission's count", "by Kyiv's tally" anywhere in the sentence
    if ("'s " in text or "’s " in text) and not _COUNT_WORDS.isdisjoint(tokens_of(text).vocabulary):
        for own in _BY_COUNT.finditer(text):
            name, side = _claimant_of(mentions, places, *own.span(1), text, ctx, False)
            if name or side:
                return name, side, None
    # 3. an agent after the number: "estimated at around 11,000 by Zelenskyy"
    by = _BY_AFTER.match(text[q.end :])
    if by and any(f.kind == "agent" and f.end <= q.start for f in frames):
        lo = q.end + by.end()
        name, side = _claimant_of(mentions, places, lo, np_after(text, lo)[1], text, ctx, False)
        if name or side:
            return name, side, None
    # 4. a sentence-final frame: "..., X said." or "..., said X."
    for f in frames:
        tail = text[f.end :].split(",")[0]  # "..., officials said on Tuesday, in the third ..."
        if f.kind == "verb" and f.start >= q.end and len(word_list(tail)) <= 9:
            comma = text.rfind(",", q.end, f.start)
            if comma >= 0 and not text[comma + 1 : f.start].strip():
                # "..., Ukraine's military intelligence agency, HUR, said on Friday, in the
                # most damaging attack on the Black Sea Fleet": an appositive closed by a comma
                # right before the verb
                # (or two: "..., Ukraine's navy, the main user of the drones, said ...")
                before = comma
                for _ in range(2):
                    before = text.rfind(",", q.end, before)
                    if (
                        before < 0
                        or len(word_list(text[before:comma])) > 12
                        or may_hold_quantity(text[before:comma])  # (another figure's clause)
                    ):
                        break
                    name, side = _claimant_of(
                        mentions, places, before + 1, comma, text, ctx, prefer_last=True
                    )
                    if name or side:
                        return name, side, f
            if comma >= 0:
                after = text[f.end :].strip(' ."”')
                lo, hi = (
                    (comma + 1, f.start)
                    if text[comma + 1 : f.start].strip()
                    else (f.end, f.end + len(after) + 1)
                )
                name, side = _claimant_of(mentions, places, lo, hi, text, ctx, prefer_last=True)
                # "..., the head of the Kyiv City Military Administration, Tymur Tkachenko,
                # said": the speaker's title before the appositive name
                for _ in range(2):
                    if name or side:
                        break
                    wider = text.rfind(",", q.end, comma)
                    if wider < 0 or len(word_list(text[wider:comma])) > 10:
                        break
                    agent = _BY_IN.search(text, wider, comma) is not None
                    comma = wider
                    if agent:
                        continue  # (an agent, no title: ", almost all of them by Russian drones,")
                    name, side = _claimant_of(
                        mentions, places, comma + 1, f.start, text, ctx, prefer_last=True
                    )
                if name or side:
                    return name, side, f
    # 5. a reporting verb earlier in the sentence, across clauses
    verb = last_frame_before(frames, q.start, 0)
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


_BY_AGENT = re.compile(r"[ ]+by[ ]+")
_BY_IN = re.compile(r"[ ]by[ ]")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|is|are)[ ]+(?:\w+ly[ ]+)?$", re.IGNORECASE)
# A sentence that only says who reported what came before: "This was reported by ..."
RETROSPECTIVE = re.compile(
    r"^(?:this|that|it|the\s+(?:information|data|figures?|news)|these\s+(?:figures|data))"
    r"\s+(?:was|were|has\s+been|have\s+been)\s+\w+(?:ed|en)\s+by\b"
    # (translated word for word: "About this informed the head of the regional administration")
    r"|^(?:about|of)\s+(?:this|that|it)\s+(?:\w+\s+)?(?:informed|informs|reported|reports|said"
    r"|says|stated|states|wrote|writes|announced|announces|told)\b",
    re.IGNORECASE,
)

# A line that only names, in brackets, the source of what came before: a digest's "(DeepState)",
# "(Zelenskyy, Sunday address)", "(South Korea's National Intelligence Service, via Yonhap)";
# not a sentence in brackets: "(Russia denies this.)"
SOURCE_LINE = re.compile(
    r"\([^()]{2,90}(?<![.!?])\)"
    # (or a line naming it: "Source: Air Force of Ukraine", "Sources: regional military
    # administrations, compiled by Kyiv Chronicle")
    r"|(?:[Ss]ources?|SOURCES?|[Dd]ata)[ ]?:[ ]*[^:]{2,120}(?<![.!?])"
)


# A speaker's name as a label before a quote: "01:15 — Terekhov: ", "Governor Gladkov: "
_NAME_LABEL = re.compile(
    # (after a time or a bracketed cue: "01:15 — Terekhov: ", "[SYNC 00:03:58] Ivan Fedorov: ")
    r"(?:\d{1,2}:\d{2}[ ]*[—–-][ ]*|\[[^\[\]]{1,24}\][ ]*)?"
    r"[A-Z][\w’'.-]+(?:[ ][A-Z][\w’'.-]+){0,3}:[ ]+[\"“]"
)

# A speaker's title and name before a colon and words in lower case: "Regional administration
# head Andriy Koval: the number of ...", "Ukraine's Air Force: overnight Russia attacked ..."
_TITLED_LABEL = re.compile(
    r"(?:\d{1,2}:\d{2}[ ]*[—–-][ ]*)?[A-Z][\w’'.-]*(?:[ ][\w’'.-]+){0,5}?"
    r"(?:[ ](?P<last>[\w’'.-]+))?:[ ]+(?=[a-z])"
)

_LABEL_GLUE = frozenset({"of", "the", "and", "for"})


# A wire story's dateline: "SEOUL, March 9 (SPN) -- ", "KYIV (Reuters) - "
_DATELINE = re.compile(
    r"[A-Z][A-Z’'.-]+(?:[ ][A-Z][A-Z’'.-]+){0,2}(?:,[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2})?"
    r"(?:[ ]\([^()]{1,30}\))?[ ]+(?:--|[-–—])[ ]+"
)


def label_end(text: str) -> int:
    """Where a speaker's label ("01:15 — Terekhov: \"...") or a wire's dateline ("SEOUL,
    March 9 (SPN) -- ") that opens `text` ends, else 0: no one in it is a subject."""
    if text[:2].isupper() and (dateline := _DATELINE.match(text)):
        return dateline.end()
    if ":" not in text[:64]:
        return 0
    if label := _NAME_LABEL.match(text):
        return label.end() - 1
    if (
        (label := _TITLED_LABEL.match(text))
        and (label["last"] or "A")[0].isupper()
        and any(w.islower() and w not in _LABEL_GLUE for w in label.group().split()[1:-1])
    ):
        # "Regional administration head Andriy Koval: the number of injured has risen to 11"
        # (a title in lower case: not a body, whose forces may be the subject, "Russia's
        # Defence Ministry: air defences destroyed 121 drones")
        return label.end()
    return 0


def find_speaker(
    text: str, mentions: list[Mention], ctx: ArticleContext
) -> tuple[str | None, str | None]:
    """Who speaks in `text`: the subject of its first reporting verb, if any."""
    for f in find_frames(text):
        by = _BY_AGENT.match(text, f.end) if f.kind == "verb" else None
        if by and _PASSIVE_AUX.search(text, max(0, f.start - 24), f.start):
            # "This was reported by the General Staff of the Armed Forces of Ukraine"
            lo, hi = np_after(text, by.end())
            return _claimant_of(mentions, [], lo, hi, text, ctx, prefer_last=False)
        if f.kind == "verb" and text[:1] in "Aa" and RETROSPECTIVE.match(text):
            # "About this informed the head of Kherson regional military administration
            # Oleksandr Prokudin": the sayer after the verb
            return _claimant_of(mentions, [], f.end, len(text), text, ctx, prefer_last=False)
        if f.kind == "verb":
            lo = strong_clause(text, f.start)[0]
            return _claimant_of(mentions, [], lo, f.start, text, ctx, prefer_last=True)
        if f.kind == "according":
            lo, hi = np_after(text, f.end)
            return _claimant_of(mentions, [], lo, hi, text, ctx, prefer_last=False)
    if (published := _PUBLISHED.search(text)) is not None:
        # "Ukraine's Air Force has published its final figures for the overnight attack.": the
        # figures that follow are its own (a side named, not one guessed for a bare body)
        lo = strong_clause(text, published.start())[0]
        named = [m for m in mentions if m.side and not m.inferred and m.kind != "pronoun"]
        name, side = _claimant_of(named, [], lo, published.start(), text, ctx, prefer_last=True)
        if side:
            return name, side
    if end := label_end(text):
        # a post quoted after its author: "01:15 — Terekhov: \"A KAB has hit the Saltivskyi
        # district.\"" (whose words the quote's next sentences are too)
        name, side = _claimant_of(mentions, [], 0, end, text, ctx, False)
        if side:
            return name, side
    if "channel" in text and (header := _CHANNEL_HEADER.match(text)) is not None:
        # a channel's post under its name: "Ukrzaliznytsia — official channel (EN)" over "857
        # of our colleagues have been killed"
        name, side = _claimant_of(mentions, [], 0, header.end("name"), text, ctx, False)
        if side:
            return name, side
    return None, None


# The name line of a channel's post, as a page of posts repeats it: "Ukrzaliznytsia — official
# channel (EN)", "Air Force of Ukraine | Telegram channel"
_CHANNEL_HEADER = re.compile(
    r"[ ]*(?P<name>[^—–|:.]{2,60}?)[ ]+[—–|-][ ]+(?:the[ ])?(?:official[ ])?(?:Telegram[ ])?"
    r"channel\b",
    re.IGNORECASE,
)


# Figures made public, whose publisher is their claimant: "has published its final figures"
_PUBLISHED = re.compile(
    r"\b(?:published|released|issued|posted|presented|updated)[ ](?:[\w-]+[ ]){0,3}?"
    r"(?:figures|data|numbers|statistics|tally|totals|count|breakdown)\b"
)


# A headline that ends with its source: "Russian losses over past day: 1,310 troops - General
# Staff", "Russia launched 1,050 drones this week – Zelensky"
_TRAILING_SOURCE = re.compile(r"[ ][-–—][ ]+(?=[A-Z])(?:[\w.'’-]+[ ]?){1,6}$")


def trailing_source(
    text: str, mentions: list[Mention], ctx: ArticleContext
) -> tuple[str | None, str | None]:
    """The source named after a dash at the end of a headline, if any."""
    found = _TRAILING_SOURCE.search(text)
    if found is None:
        return None, None
    return _claimant_of(mentions, [], found.start() + 3, len(text), text, ctx, prefer_last=False)


_NO_VOICES: set[str] = set()  # lexicon folders without voices.csv (made before it existed)


def sentence_voice(text: str, mentions: list[Mention], quoted: bool = False) -> str | None:
    """The side whose words `text` uses (lexicon `voices`: "occupiers", "special military
    operation"), or whose enemy it names ("the enemy lost 230"); None when none or both.
    Words inside quotation marks count only when `quoted`: they are the quoted speaker's."""
    sides = {opponent(m.side) for m in mentions if m.kind == "enemy" and m.side}
    folder = lexicon_dir()
    if folder not in _NO_VOICES:
        try:
            words = matcher("voices").find(text)
        except LexiconError:
            _NO_VOICES.add(folder)
            words = []
        said = words if quoted else outside_quotes(words, 0, len(text), text)
        sides |= {w.payload["voice"] for w in said}
    sides.discard(None)
    return next(iter(sides)) if len(sides) == 1 else None


# Of a raw page, the header and footer a site's marks are read in (see sites.csv)
_SITE_EDGE = 1500


@lru_cache(maxsize=4)
def _site_marks(folder: str) -> tuple[re.Pattern | None, dict[str, str]]:
    """One pattern for the marks of sites.csv, and each mark's side, lower-cased."""
    try:
        rows = load_rows("sites", folder)
    except LexiconError:
        return None, {}  # (a lexicon folder of a user's without the file: no site is known)
    sides = {row["mark"].lower(): row["side"] for row in rows if row["mark"] and row["side"]}
    if not sides:
        return None, {}
    marks = "|".join(re.escape(m) for m in sorted(sides, key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{marks})(?![\w-])", re.IGNORECASE), sides


on_reload(_site_marks.cache_clear)


def site_side(raw_text: str) -> str | None:
    """The side whose government runs the site a page was saved from ("Cookies on GOV.UK",
    "mod.gov.ua"), read in the page's header and footer; None when no mark is there."""
    pattern, sides = _site_marks(lexicon_dir())
    if pattern is None:
        return None
    for edge in (raw_text[:_SITE_EDGE], raw_text[-_SITE_EDGE:]):
        # a match holds its mark, so an edge whose lower case holds none is skipped without
        # the pattern, which would be tried at every character of it
        if folds_simply(edge) and not any(mark in edge.lower() for mark in sides):
            continue
        if (found := pattern.search(edge)) is not None:
            return sides[found.group().lower()]
    return None


def _masthead_line(text: str) -> bool:
    """A short line that is no sentence: at most 12 words, no closing punctuation."""
    return (
        len(text) <= 120
        and not text.rstrip().endswith((".", "!", "?"))
        and len(word_list(text)) <= 12
    )


_OF_PLACE = re.compile(r"[ ]of[ ](?:the[ ])?")


# A regional news site's strapline: "news of Belgorod and the Belgorod region", "Independent
# news from the Volga region"
_REGIONAL_SITE = re.compile(r"\bnews[ ](?:of|from|about|for)[ ](?:the[ ])?(?=[A-Z])", re.IGNORECASE)


def masthead_place(text: str, mentions: list[Mention], places: list[Place]) -> Place | None:
    """The region of the body a masthead line names: "Zaporizhzhia Regional Military
    Administration", "Kharkiv Oblast Prosecutor's Office". None for any other line."""
    if not _masthead_line(text):
        return None
    for m in mentions:
        if m.kind == "body" and (m.end - m.start) >= 0.4 * len(text.strip()):
            for p in places:
                if p.region and p.end <= m.start and not text[p.end : m.start].strip():
                    return p
        if m.kind == "body" and m.role == "official":
            # "Governor of Kursk Region | Viktor Lapshin": an official of a region
            for p in places:
                if p.region and _OF_PLACE.fullmatch(text, m.end, p.start):
                    return p
    if (title := _LOCAL_HEAD.search(text)) is not None:
        # "Head of Glushkovsky District | Pavel Zolotaryov": the head of a place
        return next((p for p in places if p.region and p.start == title.end() + 1), None)
    return None


def site_place(text: str, places: list[Place]) -> Place | None:
    """The region a regional news site's strapline names: "BELVESTI 24 — news of Belgorod and
    the Belgorod region"."""
    if "news" not in text or (site := _REGIONAL_SITE.search(text)) is None:
        return None
    return next((p for p in places if p.region and p.start >= site.end()), None)


def masthead(
    text: str, mentions: list[Mention], places: list[Place]
) -> tuple[str | None, str | None]:
    """A line that is nothing but the name of an issuing body: "Ministry of Defence of the
    Russian Federation", "Oleh Syniehubov | Kharkiv Regional Military Administration" (a
    regional body is its region's country's). Returns (name, side) or (None, None)."""
    if "channel" in text and (header := _CHANNEL_HEADER.match(text)) is not None:
        # a page of a channel's posts: "Ukrzaliznytsia — official channel (EN)"
        named = [m for m in mentions if m.side and m.end <= header.end("name")]
        if named:
            return (named[0].name or named[0].text), named[0].side
    if not _masthead_line(text):
        return None, None
    issuing = ("body", "military", "government", "organisation", "media")
    for m in mentions:
        if m.side and m.kind in issuing and (m.end - m.start) >= 0.6 * len(text.strip()):
            return (m.name or m.text), m.side
    place = masthead_place(text, mentions, places)
    if place is not None:
        body = next(
            (
                m
                for m in mentions
                if m.kind == "body" and (m.start >= place.end or m.end <= place.start)
            ),
            None,
        )
        if body is not None:
            return text[min(place.start, body.start) : max(place.end, body.end)], place.country
        if (title := _LOCAL_HEAD.search(text)) is not None and title.end() < place.start:
            # "Head of Glushkovsky District | Pavel Zolotaryov": a local head's channel
            name = text.split("|")[0].strip() if title.start() < text.find("|") else text.strip()
            return name, official_side(place.region, place.country)
    return None, None


def unit_masthead(text: str, mentions: list[Mention]) -> str | None:
    """The name of a military unit that a masthead line is ("164th Separate Unmanned Systems
    Brigade \"Hrim\""), when no lexicon gives its side; None for any other line."""
    if not _masthead_line(text):
        return None
    bare = text.strip()
    units = unit_terms()
    for m in mentions:
        if (
            m.kind == "body"
            and m.side is None
            and m.term in units
            and m.end - m.start >= 0.6 * len(bare)
        ):
            return bare
    return None


# The title of a place's head, on a masthead line: "Head of Glushkovsky District"
_LOCAL_HEAD = re.compile(r"\b(?:head|governor|mayor)[ ]of\b", re.IGNORECASE)


# "FrontMap is a Kyiv-based open-source project that maps the front line": who issues it
_SELF_DESCRIBED = re.compile(
    r"(?:The[ ])?([A-Z][\w.&'-]*(?:[ ][A-Z][\w.&'-]*){0,4})[ ]is[ ]an?[ ]"
    r"(?:[\w-]+[ ]){0,3}?(?:([A-Z][a-z]+)-based|(Ukrainian|Russian))\b"
)


def self_described(text: str) -> tuple[str | None, str | None]:
    """The issuer an opening sentence describes: "FrontMap is a Kyiv-based open-source
    project" (Ukraine's), "X is a Russian military blog"."""
    found = _SELF_DESCRIBED.match(text) if " is a" in text else None
    if found is None:
        return None, None
    row = matcher("entities").lookup(found.group(2) or found.group(3))
    side = row["side"] if row else None
    return (found.group(1), side) if side in opponents() else (None, None)


# The line that names where a document comes from: "Source: Ministry of Defence of the Russian
# Federation, official Telegram channel", "Summary of the Ministry of Defence of ...", "Russian
# Defence Ministry daily bulletin, 23 September"
_SOURCE_BEFORE = re.compile(
    r"\s*(?:(?:original[ ])?source|issued[ ]by|published[ ]by"
    r"|(?:(?:daily|weekly|official)[ ])?(?:summary|bulletin|statement|report|briefing|update)"
    r"[ ](?:of|by|from))[ ]*:?[ ]*(?:the[ ])?",
    re.IGNORECASE,
)
_SOURCE_AFTER = re.compile(
    r"(?:['’]s)?[ ](?:(?:daily|weekly|morning|evening|official)[ ])?"
    r"(?:summary|bulletin|statement|report|briefing|update)\b(?![ ](?:said|says|shows?|claims?))",
    re.IGNORECASE,
)


_INFORMANTS = frozenset({"source", "sources"})


def document_source(text: str, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """The issuer a document's opening lines name as its source: "Source: Ministry of Defence
    of the Russian Federation", "Russian Defence Ministry daily bulletin, 23 September"."""
    issuing = ("body", "military", "government")
    # (not the word of the line's label: "Source: Ministry of Defence of ...")
    first = next((m for m in mentions if m.kind in issuing and m.term not in _INFORMANTS), None)
    if first is None or first.side not in opponents():
        return None, None
    if _SOURCE_BEFORE.fullmatch(text, 0, first.start) or (
        first.start == 0 and _SOURCE_AFTER.match(text, first.end)
    ):
        return (first.name or first.text), first.side
    return None, None


# An article that retells someone's posts or document: "Governor Roman Busargin reported on the
# attack in a series of posts on his Telegram channel, which we translate below", "The Russian
# Ministry of Defence has published its daily briefing"
_RETOLD = re.compile(
    r"\b(?:series[ ]of|in[ ](?:several|his|her|their|its))[ ](?:\w+[ ])?posts\b"
    r"|\bposts[ ]on[ ](?:his|her|their|its)[ ](?:\w+[ ])?(?:channel|page|account)\b"
    r"|\b(?:published|released|issued)[ ](?:its|his|her|their)[ ](?:\w+[ ]){0,2}"
    r"(?:briefing|report|bulletin|summary|statement|update|digest)\b",
    re.IGNORECASE,
)
_RETOLD_WORDS = frozenset({"posts", "published", "released", "issued"})


def retold_source(
    text: str, mentions: list[Mention], ctx: ArticleContext
) -> tuple[str | None, str | None]:
    """The author an article names as the source of the posts or document it retells
    ("Governor Alexander Khinshtein said in a series of posts on his Telegram channel", "The
    Russian Ministry of Defence has published its daily briefing"): who speaks in the text
    below, where it names no one else."""
    if _RETOLD_WORDS.isdisjoint(tokens_of(text).vocabulary):
        return None, None
    retold = _RETOLD.search(text)
    if retold is None:
        return None, None
    name, side = find_speaker(text, [m for m in mentions if m.side], ctx)
    if side is None:
        # "The Russian Ministry of Defence has published its daily briefing": the subject
        lo = strong_clause(text, retold.start())[0]
        named = [m for m in mentions if m.side and not m.inferred and m.kind != "pronoun"]
        name, side = _claimant_of(named, [], lo, retold.start(), text, ctx, prefer_last=True)
    return (name, side) if side in opponents() else (None, None)


_INTERVIEWEE = re.compile(
    r"^[^:]{2,40}:[ ]*[\"“]|\b(?:spoke|talked|speaking)[ ](?:to|with)[ ]|\binterview(?:ed)?[ ]"
    r"|^We[ ](?:spoke|talked|met)\b",
    re.IGNORECASE,
)


_INTERVIEW_WORDS = frozenset({"spoke", "talked", "speaking", "interview", "interviewed"})


def interviewee(
    text: str, mentions: list[Mention], places: list[Place], last_person: Mention | None = None
) -> Mention | None:
    """The person an interview's opening names as its speaker, with a side ("Vyacheslav
    Gladkov: \"We take the children out first\"", "spoke to Governor Vyacheslav Gladkov",
    "Oleh Kiper, head of the Odesa regional administration, spoke to us", or the person named
    before "We spoke at his command post"): whose side "we" are in the answers, and who says
    them."""
    if ":" not in text and _INTERVIEW_WORDS.isdisjoint(tokens_of(text).vocabulary):
        return None
    found = _INTERVIEWEE.search(text)
    if found is None:
        return None
    after = found.end() if found.start() else 0
    people = [m for m in mentions if m.kind == "person" and m.side in opponents()]
    if not people and found.group()[:3].lower() == "we " and last_person is not None:
        # "Colonel Serhii Datsenko ... has commanded the brigade since autumn. We spoke at his
        # command post": the person the paragraph named
        people = [last_person] if last_person.side in opponents() else []
    if not people and (apposed := apposed_person(text, mentions, places)):
        people = [apposed] if apposed.side in opponents() else []
    if not people and found.start():
        # "Colonel Serhiy Hrytsenko ... is 41. He spoke to the Kyiv Frontline Review": the
        # person "he" stands for, named the sentence before
        people = [
            m
            for m in mentions
            if m.kind == "pronoun"
            and m.text.lower() in ("he", "she")
            and m.name
            and m.side in opponents()
            and m.end <= found.start()
        ]
    if not people and found.start() and found.group()[:1].lower() in "st":
        # "The commander of a Ukrainian drone battalion, who uses the call sign "Lis", spoke
        # to Frontline Voices": an unnamed officer, of the side his unit is named as
        title = next((m for m in mentions if m.kind == "body" and m.end <= found.start()), None)
        side = next(
            (m.side for m in mentions if m.end <= found.start() and m.side in opponents()), None
        )
        if title is not None and title.role in ("military", "official") and side:
            return Mention(title.start, title.end, title.text, "person", side, title.text)
    return next((m for m in people if m.start >= after), None) or next(
        (m for m in people if m.end <= found.start()), None
    )  # (the one spoken to, else the subject who spoke)


# A document that is one person's words: "Zelensky's evening address — full text", "a
# transcript of Putin's remarks", "Below is the statement in full"
_FULL_TEXT = re.compile(r"\b(?:full[ ]text|transcript|in[ ]full|verbatim)\b", re.IGNORECASE)
_FULL_TEXT_WORDS = frozenset({"full", "transcript", "verbatim"})


def speech_of(text: str, mentions: list[Mention]) -> tuple[str | None, str | None]:
    """The person whose words the document is, when its opening says it is their full text or
    a transcript: the claimant of every figure it gives no one else."""
    if _FULL_TEXT_WORDS.isdisjoint(tokens_of(text).vocabulary) or not _FULL_TEXT.search(text):
        return None, None
    person = next((m for m in mentions if m.kind == "person" and m.side in opponents()), None)
    # (or a body's: "TRANSCRIPT: Russian Defence Ministry briefing for accredited media")
    person = person or next(
        (m for m in mentions if m.side in opponents() and not m.inferred and m.kind != "pronoun"),
        None,
    )
    return (person.name or person.text, person.side) if person else (None, None)


# A turn of an interview or a transcript: a paragraph opened by its speaker's name, initials
# or title and surname ("YT: ...", "Oleh Kiper: ...", "A: ...", "GEN. KOVACS: ...")
_TURN = re.compile(
    # (after a timecode: "[00:14:31] HOST: ...")
    r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ ]+)?(?:"
    r"([A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){0,2}):[ ]"
    # a parliament's record: "The Secretary of State for Defence (John Healey): ", "James
    # Cartlidge (South Suffolk) (Con): " (the name in or before the brackets)
    r"|(?:[A-Z][\w’'.-]*(?:[ ](?:[A-Z][\w’'.-]*|of|for|the|and)){0,9}[ ])?"
    r"\(([A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){0,2})\):[ ]"
    r"|([A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){1,2})(?:[ ]\([^()]{1,40}\)){1,2}:[ ]"
    r")"
)
_TITLES = frozenset(
    "gen general ms mr mrs dr sen senator rep adm col lt maj amb prof secretary minister"
    " lieutenant colonel major captain brigadier admiral commander sir dame rt hon".split()
)


def turn_label(text: str) -> str | None:
    """The label of the turn `text` opens, as a key for the speaker's turns: "host" for
    "[00:14:31] HOST: ..." and for "HOST (Anton Verbitsky): ..."; None when it opens none."""
    found = _TURN.match(text)
    if found is None:
        return None
    role = text[found.start() : found.end()].split("(")[0].strip(" :").rsplit("]", 1)[-1]
    return " ".join(role.lower().split()) or None


def turn_of(text: str, interviewee: Mention | None, people: list[Mention]) -> Mention | bool | None:
    """The speaker of the turn the paragraph `text` opens: the interviewee ("A: ...", their
    initials or name) or a person named before ("GEN. KOVACS" of "GEN. DALE KOVACS, Commander,
    U.S. European Command"); False for a turn of anyone else; None when it opens no turn."""
    found = _TURN.match(text)
    if found is None:
        return None
    named = found[1] or found[2] or found[3]
    if not found[1] and (row := matcher("entities").lookup(named)) and row["kind"] == "person":
        # "The Secretary of State for Defence (John Healey):": a person the lexicon knows
        return Mention(found.start(), found.end(), named, "person", row["side"], row["name"])
    label = [w for w in named.replace(".", "").lower().split() if w not in _TITLES]
    if interviewee is not None:
        names = interviewee.text.lower().split()
        initials = "".join(n[0] for n in names)
        if label == ["a"] or "".join(label) == initials or (label and set(label) <= set(names)):
            return interviewee
    for person in reversed(people):
        if label and set(label) <= set(person.text.lower().split()):
            return person
    return False


# A name the lexicons do not know, set off before an official's title: "Oleksandr Volkov,
# head of the Zaporizhzhia regional military administration" (the window ends at the title)
_APPOSED_NAME = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'-]+[ ]){1,2}[A-Z][\w’'-]+),[ ](?:(?:the|a|an)[ ])?"
    r"(?:[\w’'.-]+,?[ ]){0,5}$"  # (a witness list: "DALE KOVACS, USAF, Commander, U.S. ...")
)
# A name right after a title: "Permanent Representative, Ambassador Taras Hnatiuk"
_TITLED_NAME = re.compile(
    r",?[ ](?:(?:Ambassador|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|General|Gen\.|Colonel|Admiral)[ ])?"
    r"((?:[A-Z][\w’'-]+[ ]){1,2}[A-Z][\w’'-]+)\b"
)
# The title of a local official: the place named before is theirs
_LOCAL_BODY = re.compile(
    r"\b(?:regional|city|district|oblast|governor|mayor|council)\b", re.IGNORECASE
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|at|near|from|into|over|across)[ ]$")
_APPOSITION_END = re.compile(r"[,;]|[ ](?:said|says|told|added)\b")


def honoured_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """The persons named after an honorific whom no lexicon knows, each with the side of the
    title set off after the name ("Lieutenant General Sir Alastair Kerr, Chief of Defence
    Intelligence"), else the side named just before it ("Speaking for the United States,
    Ambassador Dorothy Renfrew said", "Britain's Ambassador, Dame Harriet Coleby, cited")."""
    people = []
    for honoured in HONORIFIC_NAME.finditer(text):
        lo, hi = honoured.span(1)
        if any(m.start < hi and lo < m.end for m in mentions):
            continue
        side = None
        if (title := _TITLE_AFTER.match(text, hi)) is not None:
            stop = _APPOSITION_END.search(text, title.end())
            end = min(stop.start() if stop else len(text), title.end() + 60)
            side = next(
                (
                    m.side
                    for m in mentions
                    if title.end() <= m.start < end and m.side and not m.inferred
                ),
                None,
            )
        if side is None:
            before = [m for m in mentions if lo - 60 <= m.start < lo and m.side and not m.inferred]
            side = before[-1].side if before else None
        people.append(Mention(lo, hi, honoured[1], "person", side, honoured[1]))
    return people


# A title set off after a name: "Daniel Okafor MP, Secretary of State for Defence"
_TITLE_AFTER = re.compile(r"(?:[ ]MP)?,[ ](?:the[ ])?")


def apposed_person(text: str, mentions: list[Mention], places: list[Place]) -> Mention | None:
    """An unknown person named beside an official's title, as a person mention with the side
    of the title's body ("a spokesman for Ukraine's Khortytsia group"), so that a later "he
    said" is theirs, not an earlier known person's. None when the sentence has no such name."""
    unsided = None
    honoured = honoured_people(text, mentions)
    if honoured:
        return honoured[0]
    for b in mentions:
        if b.kind != "body" or b.role not in ("official", "military", "government"):
            continue
        named = _TITLED_NAME.match(text, b.end)
        # (an official of no side named is the official of the place named before: "... at
        # the Odesa region, the head of the regional military administration, Serhiy
        # Horodnychyi, said")
        side = b.side if not b.inferred else None
        if side is None and named and _LOCAL_BODY.search(b.text):
            side = next((p.country for p in reversed(places) if p.end <= b.start), None)
        if (
            side
            and named
            and not any(m.start < named.end(1) and named.start(1) < m.end for m in mentions)
        ):
            # "Ukraine's Permanent Representative, Ambassador Taras Hnatiuk": the title first
            return Mention(*named.span(1), named[1], "person", side, named[1])
        found = _APPOSED_NAME.search(text, max(0, b.start - 70), b.start)
        if found is None or _PREPOSITION_BEFORE.search(
            text, max(0, found.start() - 8), found.start()
        ):
            continue  # (a place: "in Greater Odesa, the head of ...")
        start, end = found.span(1)
        if any(m.start < end and start < m.end for m in mentions):
            continue  # a known entity or place ("Kyiv, the capital")
        stop = _APPOSITION_END.search(text, b.end)
        hi = stop.start() if stop else len(text)
        sided = (m.side for m in mentions if end <= m.start < hi and m.side and not m.inferred)
        side = next(sided, None) or next((p.country for p in places if end <= p.start < hi), None)
        person = Mention(start, end, found[1], "person", side, found[1])
        if side is not None:
            return person
        # (a title with no side, "Commander, U.S. European Command": a later body may give one)
        unsided = unsided or person
    return unsided
