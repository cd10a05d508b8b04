"""The data a claim is built from: sentences, the article context, counted nouns and
claim drafts; and the sides' opponents (lexicon `opponents`)."""

import re
from dataclasses import dataclass, field
from functools import cache

from pipeline.extraction.frames import (
    Action,
)
from pipeline.extraction.mentions import Mention, Place
from pipeline.extraction.numbers import Quantity
from pipeline.lexicons import lexicon_dir, load_rows, on_reload
from pipeline.text.offsets import OffsetMap, StoredOffsets

ATTACK_ACTIONS = frozenset(
    {"launched", "shot_down", "destroyed", "damaged", "hit", "killed", "injured"}
)
# Actions whose sides a later figure with no side of its own takes from the last one
CARRIED_ACTIONS = frozenset({"seized", "occupied"})


# Where an action happens when the sentence names no place: on whose territory. Shoot-downs
# over the shooter's land, weapons made in the maker's.
ACTOR_TERRITORY = frozenset({"shot_down", "produced"})


# Losses in combat: where they happen is the battlefield unless a place is named.
LOSS_ACTIONS = frozenset({"destroyed", "damaged", "captured", "abandoned"})
# Actions whose counted people suffer them: the side named on the people is the target
VICTIM_ACTIONS = frozenset({"killed", "injured", "captured", "released"})


TARGET_TERRITORY = frozenset({"launched", "hit", "killed", "injured", "seized", "occupied"})


SUB_REGIONAL = frozenset({"city", "town", "village", "airfield", "base", "port", "area"})


@dataclass(slots=True)
class SentenceInput:
    """A clean sentence and the map from its characters to the raw text."""

    index: int
    paragraph: int
    text: str
    offsets: OffsetMap | StoredOffsets


@dataclass(slots=True)
class ArticleContext:
    last_person: Mention | None = None
    site_side: str | None = None  # whose government's site the page is from ("GOV.UK")
    last_subject_side: str | None = None
    last_subject_enemy: bool = False  # that subject was "the enemy": whose enemy says the view
    last_subject_kind: str | None = (
        None  # that subject's kind: a nationality ("Polish") says nothing
    )
    last_body: Mention | None = None  # a sided body a sentence that said nothing was about
    last_claimant: tuple[str | None, str | None] = (None, None)
    last_event: tuple[str | None, str | None] = (None, None)  # attacker, attacked
    last_drafts: list["Draft"] = field(default_factory=list)
    # the last figure of each counted noun that underwent something, by the noun's last word:
    # what a list of parts by place breaks down ("19,870 children deported" over "Donetsk
    # region — 5,215 children")
    counted: dict[str, "Draft"] = field(default_factory=dict)
    last_counted: "Draft | None" = None  # the last of them
    issuer: tuple[str | None, str | None] = (None, None)  # the body a statement comes from
    issuer_place: Place | None = None  # its region: "Zaporizhzhia Regional Military Administration"
    interview_place: Place | None = None  # where an interviewee fights: their answers' place
    paragraph: int = -1
    paragraph_claimant: tuple[str | None, str | None] = (None, None)
    paragraph_place: Place | None = None
    paragraph_drafts: bool = False  # whether the paragraph has given a claim yet
    # the paragraph's claims that found no claimant of any side, for a sayer named at the
    # end of a later sentence of it: "... 531 drones and 52 missiles. ..., the Air Force said."
    paragraph_unclaimed: list["Draft"] = field(default_factory=list)
    carried_place: Place | None = None  # the place of a scene-setting paragraph just before
    # the region of the last governor or mayor named with it: "attacked 11 districts of the
    # Belgorod region, Governor Vyacheslav Gladkov said" (his later "the governor said")
    official_place: tuple[str, Place] | None = None
    last_bullet: "Draft | None" = None  # the weapons of the bullet before, counted with a verb
    losses_side: str | None = None  # the side of the last list line of losses ("up to N ...")
    demining: bool = False  # the article is about mines: "cleared" land is demined, not taken
    turn_speaker: Mention | None = None  # who speaks in a transcript's last turn
    list_whole: "Draft | None" = None  # the count a list of bullets below breaks down
    region_whole: "Draft | None" = None  # a count of weapons that "place — N" lines break down
    bulleted: bool = False  # the line is one of the bullets under a line ending in a colon
    after_colon: bool = False  # the line before ended in a colon
    labelled: bool = False  # the paragraph is a record's line: "Weapon: ...", "Killed: 12"
    paragraph_victims: str | None = None  # the side of civilians harmed, named in the paragraph
    # the side whose enemy a sentence of the paragraph named: "The enemy shelled Tyotkino."
    paragraph_voice: str | None = None
    unit_issuer: str | None = None  # a unit whose page this is, its side not yet known
    named_dead: str | None = None  # the side of the dead the article last counted by name
    list_header: "ListHeader | None" = None
    bullets_header: "ListHeader | None" = None  # a header over bullets: "Damaged over the day:"
    # the sentence before, when it gave no claim: a list's header if a list follows
    header_candidate: tuple[str, list[Mention]] | None = None
    launches: dict[str | None, "Draft"] = field(default_factory=dict)  # the last, by weapon type
    body_sides: dict[str, str] = field(default_factory=dict)  # the last side named, by body term
    body_names: dict[str, str] = field(default_factory=dict)  # "mission" -> "HRMMU"
    claimant_sides: set[str] = field(default_factory=set)  # sides of the claimants named so far
    # the side "we" speak for, learnt from "we hit 1,430 Russian infantrymen" (an interview)
    first_person_side: str | None = None
    interviewee: Mention | None = None  # the person an interview's answers are by
    people: list[Mention] = field(default_factory=list)  # persons named with a side, in order
    surnames: dict[str, Mention] = field(default_factory=dict)  # theirs, lower-cased, by surname
    turn_side: str | None = None  # the side of the speaker whose turn the paragraph is
    turn_label: str | None = None  # the label of an unknown speaker's turn ("host")
    # the side an unknown speaker's words showed, by turn label ("host": Russia)
    turn_voices: dict[str, str] = field(default_factory=dict)
    item_noun: "Noun | None" = None  # the counted noun of the last list line ("— 634 attacks")
    item_paragraph: int = -1  # the paragraph of that line
    paragraph_sentences: int = 0  # sentences of the current paragraph read so far
    # the sentence before, when it held no number: what its "them" may be ("the enemy is using
    # the jet-powered Geran-3 more. This week we recorded at least 40 of them")
    uncounted_text: str | None = None
    last_town: Place | None = None  # the last city, town or village named: "the city"
    last_region: Place | None = None  # the last place of a region named: "over the region"
    last_base: Place | None = None  # the last air base or airfield named: "the base"
    # the actions of the last section heading ("Gains by direction"), for its "label: figure"
    # lines further down ("Pokrovsk direction: 29 km²"), which often open their paragraphs
    section_actions: list[Action] = field(default_factory=list)
    section_sides: tuple[str | None, str | None] = (None, None)  # its actor and target
    table_columns: list[list[Action]] | None = None  # the verbs of a table's header cells
    # the currency and multiplier a table's title gives its figures: "(€ billion, estimates)"
    table_unit: tuple[str, float] | None = None
    table_nouns: "list[Noun | None] | None" = None  # and their nouns or units
    table_sides: list[str | None] | None = None  # and the sides they name
    # who gives the table: the claimant of the line before it, when that line ends in a colon
    table_claimant: tuple[str | None, str | None] = (None, None)
    # a question on a line of its own: (its paragraph, its verbs, its subject's and object's
    # sides, the noun it asks "how many" of), for the figure that opens the answer
    question: "tuple[int, list[Action], str | None, str | None, Noun | None] | None" = None
    # the sides of the last figure of each of CARRIED_ACTIONS: "Russian forces captured 94 km²
    # this week. The average weekly gain is about 128 km²" (Russia's gains)
    last_sides: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)


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
    noun: "Noun | None" = None  # what it counts: "the children were taken from these regions:"
    breakdown: bool = False  # "The breakdown:", "the following breakdown by district:"
    # the place its action is aimed at: "Russian guided-bomb strikes on Kharkiv, as reported by
    # the mayor:" over "Monday — 6 KABs on the Saltivskyi district"
    place: "Place | None" = None
    # the side a header names and nothing else: "Russia (1,143)" over "• Tanks: 212
    # (destroyed: 168, ...)", whose items are that side's losses
    side_only: str | None = None


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
    action: str | None = None  # the action the noun names: "deaths" -> killed


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


AIRBORNE = frozenset({"drone", "missile", "guided_bomb"})


# Weapons on the ground or at sea: "neutralised", "suppressed" for these is destroyed.
GROUND = frozenset({"tank", "armored_vehicle", "artillery", "mlrs", "vehicle", "ship"})


# The words of a drone that sails: "uncrewed boats", "naval drones", "Sea Baby"
_AT_SEA = re.compile(r"(?i:boat|vessel|naval|\bsea\b|marine|maritime|Magura)")


def destroyed_in_the_air(d: "Draft", with_ground: bool = False) -> None:
    """Air defence "destroying" drones and missiles shoots them down; a tank "neutralised"
    is destroyed, not shot down. Drones destroyed in a count of ground equipment
    (`with_ground`: "Two tanks, 11 vehicles and 38 UAVs were also destroyed") stay destroyed:
    a tally of what units hit on the ground and at the front, not of air defence."""
    kind = d.extra.get("weapon_type")
    if d.category == "weapon" and d.action == "destroyed" and kind in AIRBORNE:
        if d.noun is not None and _AT_SEA.search(d.noun.text):
            return  # "destroyed 14 uncrewed boats", "five Magura sea drones": not in the air
        if with_ground and kind == "drone":
            return
        d.action = "shot_down"
    elif d.category == "weapon" and d.action == "shot_down" and kind in GROUND:
        verb = d.action_span.text.lower() if d.action_span is not None else ""
        if verb in ("neutralised", "neutralized", "suppressed"):  # not "shot down 7 HIMARS"
            d.action = "destroyed"


@cache
def _opponents_in(folder: str) -> dict[str, str]:
    return {r["side"]: r["opponent"] for r in load_rows("opponents", folder)}


on_reload(_opponents_in.cache_clear)


def opponents() -> dict[str, str]:
    """Each side's opponent (opponents.csv), built once per lexicon folder: asked for many
    times per sentence. Read it, never change it."""
    return _opponents_in(lexicon_dir())


def opponent(side: str | None) -> str | None:
    return opponents().get(side) if side else None


@cache
def _authorities_in(folder: str) -> dict[str, str]:
    return {r["region"]: r["side"] for r in load_rows("authorities", folder)}


on_reload(_authorities_in.cache_clear)


def official_side(region: str | None, country: str | None) -> str | None:
    """The side whose officials govern `region` (authorities.csv: Crimea's are Russia's),
    else its country's."""
    return _authorities_in(lexicon_dir()).get(region or "", country)
