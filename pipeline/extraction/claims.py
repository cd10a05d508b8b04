"""Numeric claims: a quantity, what it counts, who did what to whom, where, and who says so.

`extract_claims(article_id, raw_text)` cleans an article and returns one dict per claim with
the columns of CLAIMS_SPEC. `extract_from_sentences` does the same from sentences that were
already cleaned (the pipeline's parse stage stores them with their offset maps).

The analysis is per sentence. The costly part runs only around numbers; a sentence without one
is read only for the context later sentences need (the last person named, the last subject,
the last event's actor and target, the paragraph's place and claimant), kept in
`ArticleContext`. The steps live in their own modules: `nouns`, `attribution`, `claimants`,
`places`, `lists`; `model` holds the data they share.
"""

import hashlib
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace

from pipeline.extraction.attribution import (
    FIRST_PERSON,
    OF_THEM,
    VICTIM_ACTIONS,
    action_row,
    attribute,
    complete_sides,
    dead_of_served,
    fought_for,
    group_of_them,
    is_launch,
    launch_answered,
    learn_first_person,
    no_own_kills,
    own_advance,
    own_defence,
    own_supplies,
    pick_action,
    resolve_references,
    served_side,
    supplied_from,
    target_after,
)
from pipeline.extraction.claimants import (
    RETROSPECTIVE,
    SOURCE_LINE,
    apposed_person,
    count_owner,
    document_source,
    figure_owner,
    find_claimant,
    find_speaker,
    honoured_people,
    interviewee,
    label_end,
    masthead,
    masthead_place,
    retold_source,
    self_described,
    sentence_voice,
    site_place,
    site_side,
    speech_of,
    trailing_source,
    turn_label,
    turn_of,
    unit_masthead,
)
from pipeline.extraction.frames import (
    Action,
    Frame,
    find_actions,
    find_frames,
    find_hedges,
    find_time_phrases,
    strong_clause,
)
from pipeline.extraction.layouts import read_plainly
from pipeline.extraction.lists import (
    apply_header,
    derived,
    inherit_from_lists,
    link_subsets,
    list_header,
)
from pipeline.extraction.mentions import (
    Mention,
    Place,
    find_mentions,
    find_places,
    regional_places,
    unit_terms,
)
from pipeline.extraction.model import (
    AIRBORNE,
    ATTACK_ACTIONS,
    CARRIED_ACTIONS,
    GROUND,
    SUB_REGIONAL,
    ArticleContext,
    Draft,
    Noun,
    SentenceInput,
    destroyed_in_the_air,
    opponent,
    opponents,
)
from pipeline.extraction.nouns import (
    SHARE_OF_LAND,
    after_model_name,
    categorise,
    estimate_verb,
    find_nouns,
    head_noun,
    is_conversion,
    left_noun,
)
from pipeline.extraction.numbers import (
    Quantity,
    bounds,
    find_quantities,
    may_hold_quantity,
    parse_number_words,
)
from pipeline.extraction.numbers import times as scaled
from pipeline.extraction.places import fill_article_places, is_nationwide, locate, named_as_region
from pipeline.extraction.sections import (
    MULTIPLE,
    MULTIPLES,
    answer_item,
    column_action,
    column_noun,
    column_side,
    is_heading,
    is_table_title,
    layout_sides,
    maybe_list_item,
    open_question,
    open_section,
    question_noun,
    read_table_row,
    row_noun,
    section_item,
)
from pipeline.extraction.syntax import clause_subject
from pipeline.lexicons import matcher, tokens_of
from pipeline.text.cleaning import clean_article

# Patterns of the hot path, compiled once (re's own cache costs a lookup a call).
_OF_AFTER = re.compile(r"\s+of\b(?![ ]\d)")  # (not "97 of 118": a part of a count)
_MORE_AFTER = re.compile(r"\s+more\b")
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a[ ]further|the[ ]remaining)[ ]+$", re.IGNORECASE)
# A number compared with the count before it, of the same thing: "110,000 soldiers deserted
# this year, compared with some 89,000 in 2024", "short of the 35,000 it needs", "adds 117
# tankers, bringing the total to 674"
# People leaving a named place: "have left the Donetsk region", "left Pokrovsk"
_LEFT_PLACE = re.compile(r"[ ]+(?:have[ ]|has[ ]|had[ ])?left[ ]+(?:the[ ]+)?[A-Z]")
# A later fate of people just counted: " in the autumn of 2022 and have since been killed"
_LATER_FATE = re.compile(
    r"(?:[ ](?:in|on|at|from|by|to|into|for|during|since)[ ][^,;.]{1,40}?)?[ ]and[ ]"
    r"(?:(?:have|has|had)[ ])?(?:(?:since|later|then|subsequently)[ ])?(?:been[ ])?"
)
_LEFT_AT_END = re.compile(r"[ ]+(?:have[ ]|has[ ]|had[ ])?left[.!]?$")
# Left anywhere, in a sentence about evacuation: "more than 121 thousand people have left the
# strip", "612 people, 96 of them children, left eleven villages under organised evacuation"
_LEFT_ANY = re.compile(r"(?:,[ ][^,;]{1,40},)?[ ]+(?:have[ ]|has[ ]|had[ ])?left\b")
_EVACUATION = re.compile(r"\bevacuat|\bdisplaced\b|\bfled\b", re.IGNORECASE)
_CARRYING_BEFORE = re.compile(
    r"\b(?:carrying|carried|transporting|transported|took|taking|brought|bringing)[ ]"
    r"(?:(?:more[ ]than|over|about|some|nearly|almost|around|at[ ]least)[ ])?$"
)
_OF_LENGTH = re.compile(r"[ ]of[ ](?:the[ ])?(?:[a-z-]+[ ]){0,2}?")
_FROM_TO = re.compile(r"from[ ][^,;:]{1,60}[ ]to[ ]")
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared?[ ](?:with|to)|compares[ ](?:with|to)|as[ ]against|versus|vs\.?"
    r"|up[ ]from|down[ ]from"
    r"|short[ ]of|(?:more|fewer|less|higher|lower|greater|smaller|larger)[ ]than"
    r"|(?:(?:more|less)[ ]than[ ])?(?:twice|double|(?:two|three|four|five)[ ]times)"
    # "six people had been confirmed dead; by late afternoon he put the figure at 14"
    r"|(?:put|puts|putting|raised|raising)[ ]the[ ](?:figure|toll|death[ ]toll|number)[ ]at"
    r"|the[ ](?:figure|toll|death[ ]toll)[ ](?:rose|climbed|grew|has[ ]risen|had[ ]risen)[ ]to"
    r"|(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|rais(?:es|ing|ed)|push(?:es|ing|ed))"
    r"[ ](?:the|its|their)[ ](?:overall[ ]|total[ ])?(?:total|tally|count|number|toll)"
    r"(?:[ ][\w-]+){0,4}?[ ]to)"
    r"[ ]+(?:the[ ]+|a[ ]+|an[ ]+)?(?:(?:daily[ ]|monthly[ ]|weekly[ ])?average[ ]of[ ]+)?$",
    re.IGNORECASE,
)
# Another count of the figure before: "Kyiv puts the figure at roughly 300"
_FIGURE_PUT = re.compile(
    r"\b(?:put|puts|putting|places|placed|estimates|estimated)[ ]the[ ](?:figure|number|total"
    r"|toll|tally)[ ](?:at|closer[ ]to)[ ]+(?:(?:about|around|roughly|some|only|just)[ ])?$",
    re.IGNORECASE,
)
# A sentence that says the last figure again in other terms: "That is 40 drones a day"
# "14 Ukrainian ones", "three more modern ones": a pronoun for the things counted before
_ONES_AFTER = re.compile(r"[ ](?:[a-z][\w-]*[ ]|[A-Z][a-z]+[ ]){0,2}?ones\b")
_RESTATED = re.compile(
    r"(?:That|This|It)(?:[ ]is|['’]s|[ ]means|[ ]amounts[ ]to|[ ]works[ ]out[ ]at)[ ]"
    r"|In[ ]other[ ]words,[ ]"
)
# A bare number as the subject of a passive: "launched 80 drones at Ukraine: 60 were shot down"
# debris as the subject of the harm, in the clause before the figure: "Falling debris has
# damaged 1,032 private houses"
_DEBRIS_CAUSE = re.compile(
    r"\bdebris\b[^.;,]*\b(?:damaged|destroyed|hit|injured|killed|wounded|struck)\b[^.;,]*$",
    re.IGNORECASE,
)
# A part in a whole's brackets, labelled by its place: "(Zaporizhzhia region — 3, Donetsk
# region — 2"
_BRACKET_PART = re.compile(
    r"[(,][ ]?(?:[A-Z][\w’'-]*[ ]){1,3}(?:region[ ]|oblast[ ])?[—–:-][ ]?$|\([^()]*[—–][ ]?$"
)
# A part labelled by its place, its figure in brackets: "61 drones ...: over the Republic of
# Tatarstan (23), Samara region (14) and the Republic of Bashkortostan (six)"
_PLACE_BRACKET = re.compile(
    r"(?::|,|[ ]and)[ ](?:over[ ]|in[ ]|on[ ])?(?:the[ ])?(?:[A-Z][\w’'-]*[ ](?:of[ ])?){1,3}"
    r"(?:region[ ]|oblast[ ]|krai[ ])?\($"
)
_PLURAL_AFTER = re.compile(r"[ ]([a-z][\w-]*s)\b")
_OF_THE_WORD = re.compile(r"[ ]of[ ](?:the|these|those)[ ]([a-z][\w-]*s)\b")
# A fate's label in the brackets after a count: "Tanks: 212 (destroyed: 168, damaged: 12"
_FATE_LABEL = re.compile(r"(?:\(|,[ ])([a-z]+):[ ]$")
# A side's strikes: "Russian strikes", "Russia's missile attacks", "Russian shelling"
_STRIKES_OF = re.compile(
    r"(?:['’]s)?[ ](?:[\w-]+[ ])?(?:attacks?|strikes?|shelling|bombardments?|air[ ]raids?)\b"
)
_CLAUSE_OPENS = re.compile(r"(?:;|,[ ]and|\band)[ ]$")
_BARE_SUBJECT = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:(?:also|then|later)\s+)?"
)


# A line of a record, a short label and a colon: "Weapon: ...", "Killed: 12 · Injured: 71"
_LABEL_LINE = re.compile(r"[A-Z][\w'’ -]{0,30}:[ ]")
_AND_BEFORE = re.compile(r"[ ]and[ ]+$")
_AUXILIARY_AFTER = re.compile(r"[ ]+(?:were|was|are|is|have|has|had|been)\b")


# A place in the name of whom an interview was given to: "He spoke to the Kyiv Frontline Review"
_NAME_GOES_ON = re.compile(r"[ ][A-Z][a-z]")
_ADDRESSEE_BEFORE = re.compile(r"\b(?:to|told|with)[ ]the[ ]$")
_DASH_TURN = re.compile(r"[—–-][ ]")  # a turn of an interview set as dialogue: "— Hard."


def analyse_sentence(text: str, ctx: ArticleContext, paragraph: int = 0) -> list[Draft]:
    """Claims of one clean sentence, as drafts with sentence-relative spans.

    A claim whose sentence names no claimant takes the claimant of its paragraph, then the
    issuer of the document (a masthead such as "General Staff of the Armed Forces of Ukraine").
    """
    if paragraph != ctx.paragraph:
        # a paragraph that only set the scene ("Units of the West group advanced near
        # Kupyansk (Kharkov region).") lends its place to the losses of the next one
        labelled = _LABEL_LINE.match(text) is not None
        if not ctx.paragraph_drafts:
            ctx.carried_place = ctx.paragraph_place
        elif not (labelled and ctx.labelled and ctx.paragraph_place is None):
            # (but the lines of a record under its heading keep the heading's place:
            # "INCIDENT 1 — Sumy (Sumy region)", "Weapon: two Iskander-M missiles",
            # "Killed: 12 · Injured: 71")
            ctx.carried_place = None
        ctx.labelled = labelled
        ctx.paragraph, ctx.paragraph_claimant, ctx.paragraph_place = paragraph, (None, None), None
        ctx.paragraph_victims = ctx.paragraph_voice = None
        ctx.paragraph_drafts = False
        ctx.paragraph_unclaimed = []
        ctx.paragraph_sentences = 0
        ctx.turn_side = None
        speaker = (
            turn_of(text, ctx.interviewee, ctx.people)
            if ctx.interviewee is not None or ctx.people or "):" in text[:120]
            else None
        )
        if speaker is None and ctx.interviewee is not None and _DASH_TURN.match(text):
            # "— How was October in your sector?" / "— Hard. They attacked our positions 212
            # times": a question is the interviewer's, an answer the interviewee's
            speaker = False if text.rstrip().endswith("?") else ctx.interviewee
        if speaker is not None:
            # a new turn; a paragraph with no label of its own goes on with the last one (a
            # record of a debate: "John Healey: ...", then his next paragraphs)
            ctx.turn_speaker = speaker or None
            # (an unknown speaker's side, once their words showed it: "HOST: Our troops are
            # pressing on, and the Kyiv regime ...", then "HOST: According to the Defence
            # Ministry, ...")
            ctx.turn_label = turn_label(text) if speaker is False else None
            if ctx.turn_label in ctx.turn_voices:
                ctx.turn_side = ctx.turn_voices[ctx.turn_label]
        if speaker is None and ctx.turn_speaker is not None:
            speaker = ctx.turn_speaker
        if speaker:
            # "YT: Every day between 400 and 600 times", "GEN. KOVACS: Our current estimate
            # is ...": the speaker's answer, and "we" are the speaker's side
            ctx.paragraph_claimant = (speaker.name or speaker.text, speaker.side)
            ctx.turn_side = speaker.side
    if ctx.turn_label is not None and ctx.turn_side is None:
        heard = ctx.turn_voices.get(ctx.turn_label) or sentence_voice(text, [])
        if heard:
            ctx.turn_side = ctx.turn_voices[ctx.turn_label] = heard
    # a bullet under a line ending in a colon, or under the bullets below one
    colon_before = ctx.after_colon
    ctx.bulleted = _BULLET.match(text) is not None and (ctx.bulleted or colon_before)
    ctx.after_colon = text.rstrip().endswith(":")
    quantities = find_quantities(text)
    frames = find_frames(text)
    mentions = resolve_references(text, find_mentions(text), frames, ctx)
    if ctx.surnames and not ctx.surnames.keys().isdisjoint(tokens_of(text).vocabulary):
        mentions = _with_surnames(text, mentions, ctx)
    drafts: list[Draft] = []
    if (not quantities or is_table_title(text)) and is_heading(text):
        # (a table's title may hold its number and a date: "Table 1. Russian gains by
        # direction, May 2027")
        open_section(text, ctx, mentions)
    if not quantities and text.endswith("?"):
        open_question(text, mentions, ctx, paragraph)
    if ctx.table_columns is not None or "|" in text:
        # (a header row's years are no figures: "Type | Nov 2026 | Oct 2026 | m/m")
        started = ctx.table_columns is None
        read_table_row(text, any(not q.maybe_year for q in quantities), ctx)
        if ctx.table_columns is None:
            ctx.table_claimant = (None, None)
        elif started:
            # "The city council publishes a daily summary. ... the week looks like this:"
            ctx.table_claimant = ctx.last_claimant if colon_before else (None, None)
    if (
        "(" in text
        and (unit := _TABLE_UNIT.search(text)) is not None
        and all(unit.start() <= q.start < unit.end() for q in quantities)
    ):
        # "Immobilised Russian central bank assets, by jurisdiction (€ billion, estimates)"
        # over "Japan ........ 28": the lines' figures are in that currency and multiple (the
        # title's "billion" is no figure)
        scale = MULTIPLES.get((unit.group("mult") or unit.group("mult2") or "").lower(), 1.0)
        ctx.table_unit = (unit.group("cur") or unit.group("cur2"), scale)
        quantities = []
    elif ctx.table_unit is not None and not maybe_list_item(text):
        ctx.table_unit = None
    if quantities and ctx.table_unit is not None:
        quantities = [_in_table_unit(text, q, ctx.table_unit) for q in quantities]
    if quantities:
        places = find_places(text, mentions)
        drafts = _analyse_quantities(text, quantities, mentions, frames, places, ctx)
        for d in drafts[1:] if ", with " in text else ():
            if _ATTRIBUTE_BEFORE.search(text, max(0, d.q.start - 48), d.q.start):
                d.extra["attribute"] = True  # "four carriers, with a total salvo of up to 28"
        regional = [p for p in places if p.region]
    else:
        places = regional = regional_places(text)
    if paragraph <= 3 and not drafts:
        # the masthead of a document: its issuer and, for a regional body, its region
        if ctx.issuer == (None, None):
            ctx.issuer = masthead(text, mentions, regional)
        if ctx.issuer == (None, None):
            ctx.issuer = self_described(text)
        if ctx.issuer == (None, None) and ctx.unit_issuer is None:
            ctx.unit_issuer = unit_masthead(text, mentions)
        if regional and ctx.issuer_place is None:
            ctx.issuer_place = masthead_place(text, mentions, regional) or site_place(
                text, regional
            )
    if ctx.issuer == (None, None) and paragraph <= 6 and not drafts:
        ctx.issuer = speech_of(text, mentions)  # "Zelensky's evening address — full text"
    if ctx.issuer == (None, None) and paragraph <= 10 and not drafts:
        ctx.issuer = document_source(text, mentions)
    if ctx.issuer == (None, None) and paragraph <= 10:
        ctx.issuer = retold_source(text, mentions, ctx)
        if ctx.issuer[1] and ctx.issuer_place is None:
            # "Governor Alexander Khinshtein said in a series of posts ... about the Kursk
            # region": the region the posts below are about
            ctx.issuer_place = regional[0] if regional else ctx.paragraph_place
    # (in a figure for the whole country, a part's place is not the paragraph's: "damaged
    # 1,140 boiler houses across the country, ..., 312 of them in the Kharkiv region")
    whole = (
        [p for p in regional if not _PART_PLACE.search(text, max(0, p.start - 30), p.start)]
        if drafts and is_nationwide(text)
        else regional
    )
    if whole:
        ctx.paragraph_place = whole[-1]
    if regional:
        town = next((p for p in reversed(regional) if _town_or_namesake(text, p)), None)
        ctx.last_town = town or ctx.last_town
        ctx.last_region = regional[-1]
        base = next((p for p in reversed(regional) if p.kind in ("base", "airfield")), None)
        ctx.last_base = base or ctx.last_base
    ctx.paragraph_drafts = ctx.paragraph_drafts or bool(drafts)
    if (
        drafts
        and ctx.first_person_side is None
        and not FIRST_PERSON.isdisjoint(tokens_of(text).vocabulary)
    ):
        learn_first_person(text, mentions, drafts, ctx)
    source = trailing_source(text, mentions, ctx) if drafts else (None, None)
    voice = sentence_voice(text, mentions) if drafts else None
    if (
        paragraph <= 12
        and ctx.issuer[1] in opponents()
        and '"' not in text
        and "“" not in text
        and not any(f.kind == "verb" for f in frames)
        and (voice if drafts else sentence_voice(text, mentions)) == opponent(ctx.issuer[1])
    ):
        # "Statement of the Administration of the city of Donetsk on the shelling of the city
        # by Ukrainian armed formations": an authority the other side installed, in that
        # side's own words (not quoted, nor reported)
        ctx.issuer = (ctx.issuer[0], opponent(ctx.issuer[1]))
    if ctx.unit_issuer is not None and ctx.issuer == (None, None):
        # a unit's page ("164th Separate Unmanned Systems Brigade \"Hrim\""): its side, once
        # its own words show it ("Occupiers eliminated: 211")
        heard = voice if drafts else sentence_voice(text, mentions)
        if heard in opponents():
            ctx.issuer = (ctx.unit_issuer, heard)
    if not drafts and any(m.kind == "enemy" and m.side for m in mentions):
        ctx.paragraph_voice = sentence_voice(text, mentions) or ctx.paragraph_voice
    if ctx.first_person_side is None and paragraph <= 6 and not drafts:
        ctx.interviewee = interviewee(text, mentions, places, ctx.last_person)
        ctx.first_person_side = ctx.interviewee.side if ctx.interviewee else None
        if ctx.interviewee and ctx.issuer_place is None:
            # "Yaroslav Tkachuk, head of the Kherson Regional Military Administration, spoke
            # to us": the region the answers are about (or the one the paragraph named: "Its
            # sector south-east of Huliaipole in the Zaporizhzhia region ... We spoke at ...")
            # (not a place in a name: "He spoke to the Kyiv Frontline Review")
            named = [
                p
                for p in regional
                if not (
                    _NAME_GOES_ON.match(text, p.end)
                    and _ADDRESSEE_BEFORE.search(text, max(0, p.start - 12), p.start)
                )
            ]
            before = ctx.paragraph_place if ctx.paragraph_place not in regional else None
            ctx.issuer_place = (named[0] if named else before or ctx.carried_place) or (
                ctx.last_town if ctx.last_town not in regional else None
            )
            ctx.interview_place = ctx.issuer_place
    first_person = drafts and not FIRST_PERSON.isdisjoint(tokens_of(text).vocabulary)
    for d in drafts:
        if d.claimant_side is None and d.claimant and _reports_own_result(d):
            # "The 59th Brigade said its drones destroyed 14 Russian tanks": a unit of no
            # known side that reports what it did speaks for the side that did it
            d.claimant_side = d.actor
        if d.claimant is None and d.claimant_side is None and source[1]:
            d.claimant, d.claimant_side = source
        if d.claimant is None and d.claimant_side is None and first_person:
            # "We also destroyed nine tanks": the speaker's claim, when the article has shown
            # whose side "we" are
            d.claimant_side = ctx.first_person_side
        if d.claimant is None and d.claimant_side is None:
            d.claimant, d.claimant_side = (
                ctx.table_claimant
                if ctx.table_claimant[1] and ctx.table_columns is not None
                else _carried_claimant(ctx, _unnamed_sayer(text, frames, mentions))
            )
            d.extra["claimant_carried"] = True
        elif d.claimant_side:
            if ctx.turn_side is None or d.claimant_side == ctx.turn_side:
                # (in a speaker's turn, a sayer the speaker quotes is no voice of the turn's
                # later sentences: 'Their spokesman said "more than 14,000 ...". Since January
                # the enemy has advanced about 6 kilometres')
                ctx.paragraph_claimant = (d.claimant, d.claimant_side)
            ctx.claimant_sides.add(d.claimant_side)
        if d.claimant_side is None and ctx.paragraph_voice:
            # "The enemy shelled Tyotkino. In Tyotkino alone, 46 shells were recorded": said
            # by the side whose enemy the paragraph named (no one named, the article's voice)
            d.claimant_side = ctx.paragraph_voice
        if voice and d.extra.get("claimant_carried") and d.claimant_side != voice:
            # "212 occupiers were neutralised": said in Ukraine's words, so Ukraine's claim
            d.claimant = ctx.last_claimant[0] if ctx.last_claimant[1] == voice else None
            d.claimant_side = voice
        own_advance(d)  # (again, now that a carried claimant is known)
        own_supplies(d)
        own_defence(d)
    _claim_for_paragraph(text, drafts, ctx)
    # (a line that ends in a colon heads a list, even with a time in it: "Households without
    # power at 18:00 on Thursday, according to regional military administrations:")
    if (
        (ctx.list_header or ctx.header_candidate)
        and maybe_list_item(text)
        and not text.rstrip().endswith(":")
    ):
        if ctx.list_header is None:
            # a header without a colon, read only once a list follows it: "FACT BOX: Russian
            # losses since 24 February 2022, according to Ukraine's General Staff"
            ctx.list_header = list_header(*ctx.header_candidate, ctx)
        for d in drafts:
            apply_header(d, ctx.list_header)
    elif (
        (header := ctx.list_header or ctx.bullets_header) is not None
        and ctx.bulleted
        and not text.rstrip().endswith(":")
    ):
        # a bullet under the header's verb: "Damaged over the day:" over "• 23 private
        # houses;" (a bullet with a verb of its own keeps it, and its sides); the header
        # goes on for the bullets only
        lead = _BULLET.match(text)
        for d in drafts:
            if (d.claimant is None or d.extra.get("claimant_carried")) and header.claimant_side:
                d.claimant, d.claimant_side = header.claimant, header.claimant_side
            # (the item's own figure, which opens it: not "- Kirishi: one of Russia's three
            # largest refineries" under "What was hit overnight:")
            if d.action is None and header.actions and lead and d.q.start <= lead.end():
                row = header.actions[0].pick(d.category)
                if row is not None:
                    d.action = row["action"]
                    if d.actor_source in ("none", "carried") and (header.actor or header.target):
                        # "the UK has delivered to Ukraine:" over "- 32 patrol vehicles;"
                        d.actor, d.target, d.actor_source = header.actor, header.target, "list"
                    complete_sides(d)
            if (
                header.place is not None
                and d.place is None
                and d.country in (None, header.place.country)
            ):
                d.place, d.country = header.place, header.place.country
        ctx.bullets_header, ctx.list_header = header, None
    elif text.rstrip().endswith(":"):
        ctx.list_header = list_header(text, mentions, ctx)
    else:
        ctx.list_header = None
    if not ctx.bulleted:
        ctx.bullets_header = None
    ctx.header_candidate = (text, mentions) if not drafts and ctx.list_header is None else None
    if drafts and ":" in text[:48] and (label := _PLACE_LABEL.match(text)):
        for d in drafts:
            _fired_at_place(d, label.end(), regional, ctx)
    if ctx.bulleted:
        _like_bullet_before(drafts, ctx)
    else:
        ctx.last_bullet = None
    if drafts and "up to" in text and maybe_list_item(text):
        _losses_line(text, drafts, ctx)
    elif not maybe_list_item(text):
        ctx.losses_side = None
    if text.rstrip().endswith(":"):
        # "... destroyed 211 fixed-wing drones:" over "- 63 over the Moscow region": the
        # whole the bullets below break down
        ctx.list_whole = next((d for d in reversed(drafts) if d.noun is not None), None)
    elif ctx.list_whole is not None and not _BULLET.match(text):
        ctx.list_whole = None
    whole = ctx.region_whole
    if whole is None or not drafts or any(d.extra.get("more_of") is not whole for d in drafts):
        # (the lines that break a count down by place keep it: "Over the Saratov region — 41")
        ctx.region_whole = next(
            (d for d in reversed(drafts) if d.category == "weapon" and d.noun and d.action),
            None,
        )
    if paragraph != ctx.item_paragraph:
        # the noun of a list line, for the lines below it that give only a label and a figure
        # (the line's own figure's, not a part's in brackets: "11 killed, 64 injured
        # (including 4 children)")
        item = maybe_list_item(text) and drafts and min(drafts, key=lambda d: d.q.start).noun
        ctx.item_noun = item if item and not item.is_unit else None
        ctx.item_paragraph = paragraph
    _update_context(text, mentions, places, drafts, ctx)
    ctx.paragraph_sentences += 1
    ctx.uncounted_text = None if quantities else text
    return drafts


_PEOPLE_CATEGORIES = frozenset({"casualties", "displacement", "personnel"})
_OWN_RESULTS = frozenset({"destroyed", "killed", "shot_down", "repelled", "hit", "seized"})


def _reports_own_result(d: Draft) -> bool:
    """A claim whose claimant is a military unit ("59th Brigade", "the regiment") and whose
    action is one a unit reports of its own fighting, against the actor's opponent."""
    return (
        d.claimant.rpartition(" ")[2].lower() in unit_terms()
        and d.action in _OWN_RESULTS
        and d.actor is not None
        and d.target == opponent(d.actor)
    )


_AGE_BEFORE = re.compile(
    r"\b(?:youngest|oldest)\b(?:[ ][\w’']+){0,5}?[ ](?:was|is|were|aged)[ ]$"
    # "The median age of those killed this year is 37"
    r"|\b(?:median|average|mean)[ ]age\b(?:[ ][\w’']+){0,6}?[ ](?:was|is|of)[ ](?:about[ ])?$"
    r"|,[ ]the[ ](?:youngest|oldest)[ ]$"
)
_ADDRESS_AFTER = re.compile(
    r"[ ][A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?[ ](?:Street|St|Avenue|Ave|Highway|Road|Lane"
    r"|Boulevard|Square|Prospekt|Embankment)\b"
)
_VIEWED_BEFORE = re.compile(r"\b(?:viewed|watched|shared|liked|reposted|seen|saved)[ ]$")
_AUDIENCE_AFTER = re.compile(
    r"[ ](?:[\w-]+[ ])?(subscribers|followers|views|viewers|readers|listeners)\b"
)
_INSTRUMENT = re.compile(r"[ ](?:with|by|using)[ ](?:[\w-]+[ ]){0,3}")
_SENT_AT = re.compile(
    r"\b(?:towards|toward|against|at[ ](?:us|our|the[ ]enemy)"
    r"|into[ ](?:battle|the[ ]attack|an[ ]assault)|in[ ]an?[ ](?:assault|attack))\b"
)
_PART_PLACE = re.compile(r"\bof[ ](?:them|which|whom|these)[ ](?:\w+[ ]){0,3}$")
_READ_BY_BEFORE = re.compile(r"\b(?:read|followed|watched|received)[ ]by[ ]$")
_CHANNEL_WORDS = frozenset(
    {"channel", "telegram", "youtube", "blog", "blogger", "account", "newsletter", "podcast"}
)
# A weapon's noun that only says what is tallied: "the two drone counts", "three missile tallies"
_TALLY_AFTER = re.compile(r"[ ](?:counts|tallies|figures|estimates|datasets|series)\b")
# Counted sources, not figures of the war: "from at least two independent sources"
_SOURCES_AFTER = re.compile(
    r"[ ](?:(?:independent|separate|different|open)[ ])?(?:sources|outlets|witnesses)\b"
)
# "one volunteer put it", "one resident told us": someone quoted
_ONE_WHO_SPOKE = re.compile(
    r"[ ](?:[a-z][\w-]*[ ])?(?:volunteer|resident|soldier|official|woman|man|officer|medic"
    r"|commander|fighter|source|local|analyst|expert|witness|mother|father|teacher|doctor"
    r"|nurse|driver|worker)[ ](?:put[ ]it|said|says|told|explained|recalled|added|noted|wrote"
    r"|asked|admitted)\b"
)
# A phone number: "call 102", "Ambulance: 103", "the hotline on 1548"
_PHONE_BEFORE = re.compile(
    r"\b(?:call|dial|ring|phone|tel\.?|hotline|ambulance|police|fire[ ]service|firefighters"
    r"|rescue[ ]services|emergency[ ]services|gas[ ]service)[ ]*:?[ ]*(?:on[ ]|at[ ])?$",
    re.IGNORECASE,
)
_ONE_OF_THE_MOST = re.compile(
    r"[ ]of[ ](?:the|its|their|his|her|our)[ ](?:\w+est|most|least|few|main|key|first|last)\b"
)


def _like_bullet_before(drafts: list[Draft], ctx: ArticleContext) -> None:
    """Weapons on a bullet with no verb of their own, under a bullet that counted the same
    kind with one, underwent what those did: "• October: 6 drones shot down" over
    "• November: 11 drones" (shot down, not launched)."""
    before = ctx.last_bullet
    lead = min(drafts, key=lambda d: d.q.start) if drafts else None  # (the line's own count)
    if lead is None or lead.category != "weapon":
        ctx.last_bullet = None
        return
    if lead.extra.get("own_verb"):
        ctx.last_bullet = lead
    elif (
        before is not None
        and before.extra.get("weapon_type") == lead.extra.get("weapon_type")
        and before.action != lead.action
    ):
        lead.action, lead.action_row = before.action, before.action_row
        lead.actor, lead.target, lead.actor_source = before.actor, before.target, "list"


def _losses_line(text: str, drafts: list[Draft], ctx: ArticleContext) -> None:
    """A list line of a side's losses in the Russian ministry's idiom, with no verb: "- Sever
    group (Sumy and Kharkiv regions): up to 1,340 Ukrainian servicemen, two tanks and 17 motor
    vehicles" (killed and wounded, and weapons destroyed, of the side named)."""
    lost = next(
        (
            d
            for d in drafts
            if d.category == "personnel"
            and d.action is None
            and d.q.qualifier == "at_most"
            and text[d.q.start : d.q.start + 5].lower() == "up to"
            # (the side named on the line, else on the line of losses before it)
            and (d.extra.get("modifier") or ctx.losses_side) in opponents()
        ),
        None,
    )
    if lost is None:
        return
    side = ctx.losses_side = lost.extra.get("modifier") or ctx.losses_side
    for d in drafts:
        if d.q.start < lost.q.start or d.action is not None:
            continue
        if d is lost:
            d.category = "casualties"
        elif d.category != "weapon":
            continue
        else:
            d.action, d.action_row = "destroyed", matcher("actions").lookup("destroyed") or {}
        d.target, d.actor, d.actor_source = side, opponent(side), "list"


# A line that opens with a district's name: "• Shebekino district: 41 shells and 19 drones; ..."
# (a region's is a shoot-down tally's as often: "Bryansk region: 12")
_PLACE_LABEL = re.compile(
    r"[^\w]{0,3}[A-Z][\w'’-]*(?:[ ][\w'’-]+){0,2}[ ](?:district|community|raion|hromada)"
    r"(?:[ ][\w'’-]+)?:[ ]",
    re.IGNORECASE,
)
# Munitions counted as they are fired
_FIRED_NOUNS = frozenset(
    {"shell", "shells", "round", "rounds", "rocket", "rockets", "mortar", "munition", "munitions"}
)


def _fired_at_place(d: Draft, label_end: int, regional: list[Place], ctx: ArticleContext) -> None:
    """Munitions counted with no verb on a line labelled with a place, in a report of attacks
    ("Ukrainian forces attacked 11 districts, firing 73 shells and launching 58 drones" over
    "• Shebekino district: 41 shells and 19 drones"): fired at that place by its attacker."""
    kind = d.extra.get("weapon_type")
    fired = kind in _LAUNCHED_KINDS or (
        d.noun is not None and d.noun.text.split()[-1].lower() in _FIRED_NOUNS
    )
    place = next((p for p in regional if p.start < label_end), None)
    attacker = ctx.last_event[0]
    if (
        d.action is None
        and d.category == "weapon"
        and fired
        and place is not None
        and place.country in opponents()
        and attacker == opponent(place.country)
    ):
        d.action, d.action_row = "launched", _LAUNCHED_ROW
        d.actor, d.target, d.actor_source = attacker, place.country, "carried"


# After a length, where it is measured from: a distance between places, not ground gained
# "drones operating within 30 kilometres of the border": a distance, not ground gained
_WITHIN_BEFORE = re.compile(r"\b(?:within|inside)[ ]$")
_DISTANCE_AFTER = re.compile(
    r"[ ](?:\([^()]{1,20}\)[ ])?(?:from|away|outside|off|behind|beyond|short[ ]of"
    r"|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?[ ]of)\b"
)


_SWAP = re.compile(
    r"\b(?:prisoner|POW|PoW)s?[ -](?:exchange|swap)|\b(?:exchange|swap)[ ]of[ ](?:prisoners|POWs)",
    re.IGNORECASE,
)


def _category_of_action(d: Draft, row: dict[str, str]) -> None:
    """The category a verb gives a figure whose noun gives none ("121 thousand have been
    evacuated": displacement), or that counts people who were killed."""
    if d.category is None and (
        row["category"] in ("casualties", "displacement")
        or row["action"] in ("recruited", "captured", "released", "deployed", "cut_off", "trained")
        # (a noun with no category of its own: "air defence shot down 583 targets")
        or (row["action"] == "shot_down" and d.noun is not None)
    ):
        d.category = row["category"]
    elif (d.category == "personnel" and row["category"] == "casualties") or (
        d.category == "displacement" and row["action"] in ("killed", "injured")
    ):
        # "housed 140 displaced people. Three of them were killed": people killed
        d.category = "casualties"


# A region's name said as a region: "the Kharkiv region", "Sumy Oblast"
def _town_or_namesake(text: str, p: Place) -> bool:
    """A town, or a region named bare like its chief city ("hit Zaporizhzhia, where ..."),
    which "the city" may then refer to."""
    if p.kind in SUB_REGIONAL:
        return True
    return (
        p.kind == "region"
        and not named_as_region(p)
        and text[max(0, p.start - 4) : p.start].lower() != "the "
    )


def _whole_named(
    text: str, q: Quantity, d: Draft, drafts: list[Draft], ctx: ArticleContext
) -> Draft | None:
    """The count before that a figure with a noun of its own restates or is a part of:
    "That is no fewer than 40 drones a day", "Among the missiles were eight Kinzhal", "- 8
    Kinzhal missiles" under a launch, "Of these, about 300 were Shahed strike drones"."""
    if (
        not drafts
        and ctx.last_drafts
        and d.noun is not None
        and d.noun.category == ctx.last_drafts[-1].category
        and _RESTATED.match(text)
    ):
        # "shot down 1,470 drones in November. That is no fewer than 40 drones a day":
        # the same count again, as a rate
        return ctx.last_drafts[-1]
    if (
        d.noun is not None
        and ctx.last_drafts
        and (_AMONG_THEM.match(text) or _WHOLE_INCLUDED.match(text))
        and (
            whole := (ctx.launches.get(d.noun.weapon_type) if d.noun.category == "weapon" else None)
            # ("Among the 163 Russian armoured fighting vehicles were 88 BMP-series ...": of
            # the count of that kind destroyed)
            or _whole_among(d.noun, ctx.last_drafts)
        )
    ):
        # "Russia launched 47 missiles. Among the missiles were eight Kinzhal ... and 19
        # Kh-101 cruise missiles", "The drones included 396 Shaheds": parts of that launch
        return whole
    if (
        not drafts
        and d.noun is not None
        and d.noun.category == "weapon"
        and ctx.bulleted
        and d.noun.weapon_type in _LAUNCHED_KINDS
        # (or of a launch of weapons of every kind: "421 air attack assets ... They were:")
        and (whole := ctx.launches.get(d.noun.weapon_type) or ctx.launches.get(None)) is not None
    ):
        # "Russia had launched 44 missiles ... Its breakdown by type:" over "- 8 Kinzhal
        # missiles, 3 shot down": a part of that launch
        return whole
    if (
        d.noun is not None
        and d.noun.category == "weapon"
        and d.noun.weapon_type in _LAUNCHED_KINDS
        and ctx.list_header is None
        and maybe_list_item(text)
        and (whole := ctx.launches.get(d.noun.weapon_type)) is not None
        and any(x is whole or x.extra.get("more_of") is whole for x in ctx.last_drafts)
    ):
        # "In total, 142 munitions were fired and 57 drones were launched." over "Belgorod
        # district: 2 shells and 14 drones": the launch broken down by place
        return whole
    if (
        not drafts
        and d.noun is not None
        and ctx.last_drafts
        and _WERE_AFTER.match(text, q.end)
        and _OF_THESE_BEFORE.search(text, 0, q.start)
        and (whole := ctx.last_drafts[-1]).category == d.noun.category
    ):
        # "... 486 attack UAVs ... Of these, about 300 were Shahed strike drones": a part
        # of the count before, named by its kind
        return whole
    return None


# The few words before a reporting verb that open the sentence or follow a comma: a sayer
# ("Prosecutors say ...", "..., witnesses told the court")
_SAYER_WORDS = re.compile(r"(?:^|,[ ])((?:[Tt]he[ ])?[A-Za-z][a-z-]+(?:[ ][a-z-]+){0,2})[ ]$")


def _unnamed_sayer(text: str, frames: list[Frame], mentions: list[Mention]) -> bool:
    """Whether a reporting verb of `text` has for subject a few words that name no one the
    lexicons know: "Prosecutors say", "..., local residents told the court"."""
    for f in frames:
        words = (
            _SAYER_WORDS.search(text, max(0, f.start - 40), f.start) if f.kind == "verb" else None
        )
        if words and not any(words.start(1) <= m.start < f.start for m in mentions):
            return True
    return False


# Between a verb that reports a count and the count: "the Air Force reported 5,120 drones",
# "counted a total of 810"
_COUNTED_WEAPONS = re.compile(r"[ ](?:a[ ]total[ ]of[ ]|some[ ]|about[ ]|over[ ])?")
_PART_OF_AFTER = re.compile(r"[ ]+of[ ]")
_COUNTING_VERBS = frozenset(
    "reported reports recorded records registered registers counted counts tracked".split()
)


def _carried_claimant(ctx: ArticleContext, says: bool = False) -> tuple[str | None, str | None]:
    """Who says a figure its sentence attributes to no one: the paragraph's claimant, else the
    document's issuer, else, in an article whose every claimant so far spoke for one side (a
    ministry's briefing retold), the last of them; but not when the sentence has a sayer of
    its own that no lexicon knows (`says`: "Prosecutors say the attack damaged 64 buildings",
    after a lawyer spoke)."""
    if ctx.paragraph_claimant[1]:
        return ctx.paragraph_claimant
    if ctx.issuer[1]:
        return ctx.issuer
    if says:
        return None, None
    if len(ctx.claimant_sides) == 1 and ctx.last_claimant[1] in ctx.claimant_sides:
        return ctx.last_claimant
    return None, None


# Words of a sentence about sanctions: vessels or plants it counts with no verb of harm are
# listed, an economic measure, not damaged
_SANCTIONS = frozenset(
    "sanction sanctions sanctioned blacklist blacklisted embargo shadow shadow-fleet".split()
)
_HAS_BEFORE = re.compile(r"\b(?:has|have|had|now[ ]has)[ ][\"“]?$")
# "There are no more than 1,100 Russian soldiers on the left bank"
_THERE_ARE_BEFORE = re.compile(
    r"\b[Tt]here[ ](?:are|were|remain)[ ](?:still[ ]|now[ ]|currently[ ])?[\"“]?"
    r"(?:(?:no[ ]more[ ]than|at[ ]most|at[ ]least|about|around|some|up[ ]to)[ ])?$"
)
_STATIONED_AFTER = re.compile(
    r"[\"”]?(?:[ ]and[ ][\w ]{1,20}?)?[ ](?:there|on[ ]the|along|near|stationed|deployed"
    r"|in[ ](?:the[ ])?[A-Z]|in[ ]the[ ](?:region|area|country|city|enclave)\b|at[ ]the)"
)
# The missiles of an air-defence system named before: "S-300 air-defence missiles"
_DEFENCE_MISSILES = re.compile(
    r"[ ](?:(?:air[- ]defen[cs]e|anti-aircraft|surface-to-air|guided)[ ])*missiles?\b",
    re.IGNORECASE,
)
_STORAGE_WORDS = frozenset(
    "workshop workshops warehouse warehouses depot depots storage stored hangar hangars"
    " assembling garage".split()
)
_AIR_DEFENCE = re.compile(r"\bair[ -]defen[cs]es?\b|\bintercept", re.IGNORECASE)
# Forces present in a place: "are now in Belarus", "were in the country", "in Transnistria"
_PRESENT_IN = re.compile(
    r"(?:[ ](?:are|were|is|was|remain|remained)(?:[ ](?:now|currently|still|already))?)?"
    r"[ ](?:in|inside)[ ](?:the[ ](?=country\b))?"
)


def _present_in_place(text: str, end: int, places: list[Place], mentions: list[Mention]) -> bool:
    """Whether counted forces ending at `end` are said to be in a place the sentence names (a
    place or a country), or in "the country": not "in the unit", "in the Ukrainian army"."""
    m = _PRESENT_IN.match(text, end)
    if m is None:
        return False
    at = m.end()
    if text.startswith("country", at):
        return True
    if text.startswith("the ", at):
        at += 4
    place_end = next(
        (x.end for x in [*places, *(e for e in mentions if e.kind == "country")] if x.start == at),
        None,
    )
    # (with no verb of being, the phrase ends there: "7,000 Russian troops in Belarus, about
    # 2,000 of them ...", not "the 200 volunteers in Kyiv cleared rubble")
    return place_end is not None and (
        m.group().split()[0] not in ("in", "inside")
        or _CLAUSE_ENDS.match(text, _region_word_end(text, place_end)) is not None
    )


_CLAUSE_ENDS = re.compile(r"[ ]*(?:[,.;:)—–]|$|[ ](?:and|but|while|as|for|since|after)\b)")
_REGION_WORD = re.compile(r"[ ](?:region|oblast|district|province|republic)\b", re.IGNORECASE)


def _region_word_end(text: str, end: int) -> int:
    m = _REGION_WORD.match(text, end)
    return m.end() if m else end


_DEPLOYED_ROW = {"action": "deployed", "applies_to": "", "category": "personnel", "subject_is": ""}


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
    if actions and nouns:
        # (no verb inside a weapon's name: the "launch" of "multiple launch rocket systems")
        actions = [
            a
            for a in actions
            if not any(
                n.category == "weapon" and n.start <= a.start and a.end <= n.end for n in nouns
            )
        ]
    times = find_time_phrases(text)
    hedges = find_hedges(text)
    # (ground equipment counted beside drones: "Two tanks, 11 vehicles and 38 UAVs were
    # destroyed")
    with_ground = any(n.category == "weapon" and n.weapon_type in GROUND for n in nouns)
    # (drones a strike destroyed where they were kept: "destroyed a workshop assembling
    # drones and up to 40 drones stored there", "a warehouse with over 1,000 drones"; not
    # those air defences destroyed over an oil depot)
    stored = (
        not _STORAGE_WORDS.isdisjoint(tokens_of(text).vocabulary)
        and _AIR_DEFENCE.search(text) is None
    )
    drafts: list[Draft] = []
    for q in quantities:
        if q.kind == "share" and SHARE_OF_LAND.match(text, q.end):
            q = _as_percent(q)  # "roughly half of Myrnohrad": a share of land
        elif q.kind in ("increment", "share"):
            base = drafts[-1] if drafts else None
            if base is None and q.kind == "share" and ctx.last_drafts:
                base = ctx.last_drafts[-1]
            if base is not None and base.category and not base.skip:
                d = derived(text, base, q, places)
                _own_action(text, d, base, actions, mentions, drafts)
                drafts.append(d)
                continue
            counted = head_noun(text, q, nouns, strong_clause(text, q.start))
            if q.kind != "share" or counted is None or counted.category is None:
                continue
            q = _as_percent(q)  # "about a third of the FPV drones they need": of a kind
        clause = strong_clause(text, q.start)
        d = Draft(q, value=q.value)
        d.noun = head_noun(text, q, nouns, clause)
        if (
            d.noun is not None
            and d.noun.start > q.end
            and (of := OF_THEM.match(text, q.end))
            and _INSTRUMENT.match(text, of.end(), d.noun.start)
        ):
            d.noun = None  # "destroyed 14 armoured vehicles, seven of them with FPV drones"
        if d.noun is None and (ones := _ONES_AFTER.match(text, q.end)) is not None:
            # "Ukraine captured 31 Russian vehicles. Russia captured 14 Ukrainian ones": the
            # things counted last, at this word (where the adjective before it says whose)
            base = next((x.noun for x in reversed([*ctx.last_drafts, *drafts]) if x.noun), None)
            if base is not None and not base.is_unit:
                d.noun = replace(base, start=ones.end() - 4, end=ones.end(), text="ones")
        if (
            d.noun is None
            and ctx.counted
            and (word := _PLURAL_AFTER.match(text, q.end)) is not None
            and (named := ctx.counted.get(word[1].lower())) is not None
            and named.noun is not None
        ):
            # "4,380 educational institutions have been damaged ... Kharkiv region, with 1,036
            # institutions affected": the head word of a count before, alone
            d.noun = replace(named.noun, start=word.start(1), end=word.end(1), text=word[1])
        if (
            d.noun is None
            and (of_the := _OF_THE_WORD.match(text, q.end)) is not None
            and (ctx.counted or ctx.last_drafts or drafts)
        ):
            # "Kharkiv accounts for 263 of the sites" after "1,487 cultural heritage sites":
            # the word names an earlier count's noun no lexicon holds alone
            word = of_the[1]
            earlier = [*ctx.counted.values(), *ctx.last_drafts, *drafts]
            named = {
                (e.noun.category, e.noun.weapon_type): e
                for e in earlier
                if e.noun is not None
                and e.noun.category is not None
                and word in e.noun.text.lower().split()
            }
            last = next(reversed([*ctx.last_drafts, *drafts]), ctx.last_counted)
            while last is not None and "more_of" in last.extra:
                last = last.extra["more_of"]  # (the whole a part before was of)
            if (
                not named
                and last is not None
                and q.kind != "vague"
                and word not in ("others", "rest")
                and last.noun is not None
                and last.noun.category
                and last.value > q.value
            ):
                # "damage to 1,487 objects of cultural heritage. Of these, 212 have been
                # destroyed ... Donetsk region accounts for 402 of the sites": a part of the
                # count just before (or of the whole it was a part of)
                named = {None: last}
            if len(named) == 1:
                # (a part of that count, named by one of its words: "sites of cultural
                # heritage"; its sides)
                base = next(iter(named.values()))
                d.noun = replace(base.noun, start=of_the.start(1), end=of_the.end(1), text=word)
                d.extra["more_of"] = base
        if d.noun is not None and _OF_THE_BETWEEN.fullmatch(text, q.end, d.noun.start):
            # "attacked with 14 armored vehicles ... destroyed nine of the vehicles": those
            # armored vehicles
            d.noun = _named_before(d.noun, [*ctx.last_drafts, *drafts]) or d.noun
        if (
            d.noun is None
            and not drafts
            and not ctx.paragraph_drafts
            and OF_THEM.match(text, q.end)
        ):
            # 'struck "a storage site for uncrewed boats" ... and destroyed "up to 30" of them',
            # "Ukrainian drones attacked the airfield and 12 of them were shot down": the
            # things the sentence named before with no number (when its paragraph counted
            # nothing "them" could be: not "Russian troops have taken three villages.
            # Ukrainian troops retook one of them")
            d.noun = _uncounted_before(q, nouns, quantities)
            if (
                d.noun is None
                and ctx.paragraph_sentences
                and ctx.uncounted_text is not None
                and not any(n.end <= q.start for n in nouns)
                and (named := _uncounted_weapon_in(ctx.uncounted_text)) is not None
            ):
                # "... the enemy is using the jet-powered Geran-3 more. This week we recorded at
                # least 40 of them": the weapons the sentence before named with no number
                d.noun = replace(named, start=q.start, end=q.start)
        if d.noun is None and (fate := _fate_of(text, q, drafts, actions)) is not None:
            # "Tanks: 212 (destroyed: 168, damaged: 12, abandoned: 9, captured: 23)": the
            # parts of the count before, by what befell them
            whole, d.extra["fate"] = fate
            d.noun = replace(whole.noun, start=q.start, end=q.start)
            d.extra["more_of"] = d.extra["fate_of"] = whole
        if d.noun is None and q.kind != "vague" and not _OF_AFTER.match(text[q.end :]):
            d.noun = left_noun(text, q, nouns, clause)
            if (
                d.noun is not None
                and d.noun.category not in _PEOPLE_CATEGORIES
                and _CASUALTY_AFTER.match(text, q.end)
            ):
                d.noun = None  # "Deadliest attack: 14 killed and 52 injured": people
            d.extra["counted_before"] = d.noun is not None
            d.noun = (
                d.noun
                or row_noun(text, q, nouns, ctx)
                or column_noun(text, q, ctx)
                or question_noun(q, ctx)
            )
            listed = ctx.item_noun or (ctx.list_header.noun if ctx.list_header else None)
            if (
                d.noun is None
                and listed is not None
                and maybe_list_item(text)
                # (not a label that says what befell people: "Killed: 7 · Injured: 18", nor
                # a figure it follows: "Bilozerka — 1 killed, 5 wounded")
                and not any(
                    (a.end <= q.start or a.start - q.end in (0, 1)) and _counts_people(a)
                    for a in actions
                )
            ):
                # "Kharkiv region — 634 attacks / Donetsk region — 571": the list's noun, or
                # its header's ("the children were taken from the following regions:")
                d.noun = listed
            if (
                d.noun is None
                and not drafts
                and ctx.list_whole is not None
                and (bullet := _BULLET.match(text)) is not None
                and bullet.end() == q.start  # (the line opens with its figure)
            ):
                # "- 63 over the Moscow region" under "... destroyed 211 drones:": a part
                d.noun, d.extra["more_of"] = ctx.list_whole.noun, ctx.list_whole
            if (
                d.noun is None
                and not drafts
                and (whole := ctx.region_whole) is not None
                and maybe_list_item(text)
                and any(p.end <= q.start for p in places)
            ):
                # "destroyed 117 Ukrainian UAVs over the regions. Over the Saratov region —
                # 41. Over the Volgograd region — 23.": the count broken down by place
                d.noun, d.extra["more_of"] = whole.noun, whole
            if d.noun is None and not drafts and _CLAUSE_AFTER_SEMICOLON.search(text, 0, q.start):
                # "Weapon: Shahed-type attack drones; at least 17 crossed the city": the weapons
                # the clause before named with no number
                d.noun = _uncounted_weapon(text, q, nouns, quantities)
            if d.noun:
                d.extra["noun_left"] = True
        more = _MORE_AFTER.match(text, q.end) or _ANOTHER_BEFORE.search(
            text, max(0, q.start - 16), q.start
        )
        cue = drafts and (
            _COMPARED_BEFORE.search(text, max(0, q.start - 40), q.start) is not None
            # "fell from about 52 million cubic metres to roughly 31 million": the same measure
            or (
                text.find("from ", max(0, drafts[-1].q.start - 5), q.start) >= 0
                and _FROM_TO.fullmatch(text, max(0, drafts[-1].q.start - 5), q.start) is not None
            )
        )
        if (whole := _whole_named(text, q, d, drafts, ctx)) is not None:
            d.extra["more_of"] = whole
        if cue and d.noun is not None and d.noun.category == drafts[-1].category:
            # "gained 4,700 square kilometres ... more than twice the 2,100 square kilometres
            # taken in 2024": the same sides' gains
            d.extra["more_of"] = drafts[-1]
        if (
            not drafts
            and ctx.last_drafts
            and _FIGURE_PUT.search(text, max(0, q.start - 40), q.start)
            and (
                base := next(
                    (
                        x
                        for x in reversed(ctx.last_drafts)
                        if x.noun is not None
                        and (d.noun is None or (d.noun.is_unit and d.noun.unit == x.noun.unit))
                    ),
                    None,
                )
            )
            is not None
        ):
            # "Russian forces have taken 1,240 square kilometres. The Ukrainian side puts the
            # figure at roughly 300 square kilometres": the same measure, by another count
            d.noun, d.extra["noun_left"], d.extra["more_of"] = d.noun or base.noun, True, base
            d.extra["figure_put"] = True
        if (
            d.noun is None
            and not drafts
            and ctx.last_drafts
            and ctx.last_drafts[-1].noun is not None
            and _RESTATED.match(text)
            and _COMPARED_BEFORE.search(text, max(0, q.start - 40), q.start)
        ):
            # "Russian forces had captured 46 square kilometres in the past week. That is down
            # from 63 the week before": the same measure, at another time
            base = ctx.last_drafts[-1]
            d.noun, d.extra["noun_left"], d.extra["more_of"] = base.noun, True, base
        if (
            d.noun is None
            and d.category is None
            and "more_of" not in d.extra
            and ";" in text[: q.start]
            and (parallel := _elided_parallel(text, q, quantities, drafts)) is not None
        ):
            # "Donetsk region accounted for 74 of the dead and 302 of the wounded; Kharkiv
            # region for 61 and 287": the clause says only a place and figures, each the
            # same as the figure in its place in the first clause
            d.noun, d.extra["more_of"] = parallel.noun, parallel
            d.extra["weapon_type"] = parallel.extra.get("weapon_type")
            d.extra["weapon_model"] = parallel.extra.get("weapon_model")
        compared = (
            d.noun is None
            and drafts
            and (
                cue
                # "5.7 million refugees ... across Europe, and about 6.9 million globally"
                or (
                    _AND_BEFORE.search(text, max(0, q.start - 6), q.start) is not None
                    and not _AUXILIARY_AFTER.match(text, q.end)
                    and not any(0 < a.start - q.end <= 1 for a in actions)
                )  # (not "... killed and 64 injured", "and 12 were shot down": verbs' own)
            )
        )
        if (
            d.noun is None
            and drafts
            and (whole := drafts[-1]).noun is not None
            and (
                (
                    (part := _BRACKET_PART.search(text, whole.q.end, q.start)) is not None
                    and part.end() == q.start
                )
                or (
                    text.startswith(")", q.end)
                    and (part := _PLACE_BRACKET.search(text, whole.q.end, q.start)) is not None
                    and any(part.start() <= p.start and p.end <= q.start for p in places)
                )
            )
        ):
            # "six settlements (Zaporizhzhia region — 3, Donetsk region — 2)", "61 drones ...:
            # over Samara region (14), ...": the whole's parts, each in the place its label
            # names
            d.noun, d.extra["noun_left"], d.extra["more_of"] = whole.noun, True, whole
            d.extra["label_place"] = next(
                (p for p in reversed(places) if part.start() <= p.start and p.end <= q.start), None
            )
        last_noun = _noun_of(drafts[-1]) if drafts else None
        if (
            d.noun is None
            and drafts
            and drafts[-1].noun is None
            and last_noun is not None
            and last_noun.category == "weapon"
            and _CLAUSE_OPENS.search(text, max(0, q.start - 6), q.start)
            and any(
                a.start == q.end + 1 and (a.pick("weapon") or {}).get("action") == "hit"
                for a in actions
            )
        ):
            # "... and that 19 of them were shot down; four hit the station": the rest of
            # the weapons the part before counted
            d.noun, d.extra["noun_left"] = last_noun, True
        if (
            d.noun is None
            and drafts
            and drafts[-1].noun is not None
            and drafts[-1].category == "weapon"
            and ":" in text[drafts[-1].q.end : q.start]
            and (
                _given_by(text, q, actions, drafts[-1])
                or (
                    drafts[-1].extra.get("given_by")
                    and _NAME_THEN.fullmatch(text, drafts[-1].q.end, q.start)
                )
            )
        ):
            # "partners delivered 14 patrol boats: the British handed over eight, Norway six":
            # the whole's parts, by who gave them
            whole = drafts[-1].extra.get("given_by") or drafts[-1]
            d.noun, d.extra["noun_left"], d.extra["more_of"] = whole.noun, True, whole
            d.extra["given_by"] = whole
        if (
            d.noun is None
            and drafts
            and drafts[-1].noun
            and (more or compared or _bare_passive_subject(text, q, actions))
        ):
            # "shot down 18 drones ... and six more", "80 drones ...: 60 were shot down",
            # "shot down 163 of the drones, while another 38 were lost"
            d.noun = drafts[-1].noun
            d.extra["noun_left"] = True
            if more or compared:
                d.extra["more_of"] = drafts[-1]  # more of the same: "another 38", "six more"
        elif (
            d.noun is None
            and more
            and not drafts
            and (last := next((x for x in reversed(ctx.last_drafts) if _noun_of(x)), None))
            and last.category == "weapon"
        ):
            # "Sobyanin said 12 drones had been shot down. Later he reported that another three
            # had been shot down": more of the count the sentence before gave (its last with a
            # noun, or a part of one: not "six of them flying towards Moscow")
            d.noun, d.extra["noun_left"] = _noun_of(last), True
            d.extra["more_of"] = last
        elif (
            d.noun is None
            and not drafts
            and ctx.last_drafts
            and is_launch(ctx.last_drafts[-1])
            and ctx.last_drafts[-1].noun is not None
            and (
                (not text[: q.start].strip(" \"“‘'") and _bare_passive_subject(text, q, actions))
                or _bare_object(text, q, actions)
            )
        ):
            # "... had launched 14 drones at Enerhodar overnight. \"Eleven were shot down by
            # our air defence\"", "Russia launched 40 drones overnight. Air defence shot down
            # 35.": a part of the launch the sentence before gave (its noun, set where the
            # number stands: its offsets are the other sentence's)
            d.noun = replace(ctx.last_drafts[-1].noun, start=q.start, end=q.start)
            d.extra["noun_left"] = True
        elif (
            d.noun is None
            and _SCALED.search(text, q.num_start, q.end)
            and (ctx.paragraph_drafts or drafts)
            and (money := _money_before([*ctx.last_drafts, *drafts] if drafts else ctx.last_drafts))
            and _MONEY_CUE.search(text)
        ):
            # "Works cost 412.6 million hryvnias. Of this, 97 million was spent in the border
            # communities. Losses are estimated at 1.18 billion": the currency of the
            # paragraph's money before, in a sentence of money
            d.noun = replace(money.noun, start=q.start, end=q.start)
            d.extra["noun_left"] = True
        elif (
            d.noun is None
            and not q.maybe_year
            and (base := drafts[-1] if drafts else (ctx.last_drafts or [None])[-1]) is not None
            and (base.noun is not None or base.category is not None)
            and (
                _FIGURE_WAS.search(text, max(0, q.start - 40), q.start)
                or (drafts and _IT_WAS.search(text, max(0, q.start - 10), q.start))
                or _FIGURE_FROM.search(text, max(0, q.start - 70), q.start)
            )
        ):
            # "launched 5,298 drones ... three times as many as in October 2024, when the
            # monthly total stood at about 1,700", "... hit 38 settlements; on Sunday it was
            # 612": the same count at another time
            d.noun, d.extra["noun_left"], d.extra["more_of"] = base.noun, True, base
            if base.noun is None:  # (a count that took its kind from another: "against 874")
                d.category = base.category
                d.extra["weapon_type"] = base.extra.get("weapon_type")
        earlier = ctx.last_drafts
        if (
            not earlier
            and ctx.last_counted is not None
            and _OF_THESE_BEFORE.search(text, 0, q.start)
        ):
            # "... destroyed 1,487 sites ... The count covers churches, museums and archives.
            # Of the total, 412 were destroyed outright": the last count, past a sentence that
            # counted nothing
            earlier = [ctx.last_counted]
        part_of = _part_of_earlier(text, q, d, drafts, earlier, actions, ctx.launches)
        if q.maybe_year and (
            d.noun is None
            or d.extra.get("noun_left")
            or _YEAR_BEFORE.search(text, max(0, q.start - 16), q.start)
            or _YEAR_IN_TITLE.match(text, q.end)
        ):
            continue  # "in 2022", "in 2024 Russian losses exceeded ...", "the 2025 Refugee Plan"
        if after_model_name(text, q):
            continue  # "Leopard 2", "Patriot 3": part of a name
        if (
            _OF_THE_BEFORE.search(text, max(0, q.start - 12), q.start)
            and q.kind in ("digits", "words")
            and _counted_as(q.value, [*ctx.last_drafts, *drafts]) is not None
        ):
            continue  # "Of the 17, six were shot down": the 17 counted before, named again
        if q.value == 1 and _ONE_OF_THE_MOST.match(text, q.end):
            continue  # "in one of the largest attacks this winter": no count
        if _AGE_BEFORE.search(text, max(0, q.start - 48), q.start):
            continue  # "The youngest of this week's dead was 19, the oldest 63": ages
        if q.kind == "digits" and _ADDRESS_AFTER.match(text, q.end):
            continue  # "the regional hospital at 10 Orikhivske Highway": an address
        if (
            q.kind == "digits"
            and q.qualifier == "exact"
            and _PHONE_BEFORE.search(text, max(0, q.start - 24), q.start)
            and not head_noun(text, q, nouns, clause)
        ):
            continue  # "call 102", "Ambulance: 103": a phone number
        if q.value == 1 and q.kind == "words" and _ONE_WHO_SPOKE.match(text, q.end):
            continue  # "as one volunteer put it": a speaker, not a count
        if _SOURCES_AFTER.match(text, q.end):
            continue  # "confirmed from at least two independent sources": how it was checked
        if (
            d.noun is not None
            and d.noun.start > q.end
            and d.noun.category == "weapon"
            and _TALLY_AFTER.match(text, d.noun.end)
        ):
            continue  # "the two drone counts were within five": tallies, not drones
        if _VIEWED_BEFORE.search(text, max(0, q.start - 12), q.start) and text.startswith(
            " times", q.end
        ):
            continue  # "The post was viewed about 700,000 times": an audience
        if (audience := _AUDIENCE_AFTER.match(text, q.end)) and (
            audience.group(1) != "subscribers"
            or not _CHANNEL_WORDS.isdisjoint(tokens_of(text).vocabulary)
            or text[q.start - 1 : q.start] == "("  # "Rybar (1.4 million subscribers)"
            # "Povestka Weekly is read by 24,600 subscribers"
            or _READ_BY_BEFORE.search(text, max(0, q.start - 16), q.start)
        ):
            # "a Telegram channel with more than 400,000 subscribers": an audience (not power
            # "subscribers" cut off)
            continue
        if q.kind == "range" and _QUOTED.fullmatch(text, max(0, q.start - 1), q.end + 1):
            continue  # 'signed "18-24" contracts': the name of a kind of contract
        if is_conversion(text, q, drafts):
            continue  # "1,000 square kilometers (386 square miles)": one quantity
        if text[max(0, q.start - 4) : q.start].lower() == "per ":
            continue  # "per thousand cubic metres", "14.7 per 1,000 inhabitants": a rate's base
        categorise(text, d)
        if d.category == "territory" and d.unit in ("km", "mi") and d.noun is not None:
            # "more than 12 kilometres of heating mains", "30 km of power lines": a length of
            # infrastructure, not ground
            of = _OF_LENGTH.match(text, d.noun.end)
            if of and any(n.category == "infrastructure" and n.start == of.end() for n in nouns):
                d.category = "infrastructure"
        if (
            cue
            and d.unit == "percent" == drafts[-1].unit
            and d.category == "economic"
            and drafts[-1].category == "territory"
        ):
            # "86.7% of Donetsk oblast is now under Russian control, up from 80.5% a year
            # ago": the same share of land, at another time
            d.category, d.extra["more_of"] = "territory", drafts[-1]
        if part_of is not None:  # "70% of them were intercepted": a part of those drones
            # (a part may name its own kind: "Of October's missiles, 96 were Kh-101s")
            own = d.noun if d.noun is not None and _WERE_AFTER.match(text, q.end) else None
            d.category, d.noun = part_of.category, own
            d.extra["whole_noun"] = part_of.noun or part_of.extra.get("whole_noun")
            if part_of.unit != "count" and d.unit == "count":  # 12 (km2) of 71 km2
                d.unit = part_of.unit
                if part_of.noun is not None:
                    d.value = scaled(q.value, part_of.noun.factor)
            d.extra["weapon_type"] = (own and own.weapon_type) or part_of.extra.get("weapon_type")
            d.extra["weapon_model"] = (own and own.weapon_model) or part_of.extra.get(
                "weapon_model"
            )
        elif d.category is None and d.noun is None and group_of_them(text, q, mentions):
            d.category = "personnel"  # "Ukrainian soldiers ..., and 12 of them were captured"
        elif (
            d.category == "economic"
            and d.unit == "percent"
            and (shot := _shot_down_share(text, q, clause, actions))
            and (kind := _shot_kind(text, q, nouns, [*ctx.last_drafts, *drafts])) is not None
        ):
            # "air defences shot down 95%", "the majority—over 95 per cent—were destroyed by
            # air defence", "a drone interception rate of roughly 91%": of the weapons counted
            d.category = "weapon"
            d.extra["weapon_type"] = kind
            if shot is True:  # (a rate, with no verb)
                d.action, d.action_row = "shot_down", _SHOT_DOWN_ROW
        # a noun with no category of its own ("427,000 people") takes the verb's
        kind = d.category or ("none" if d.noun is not None else None)
        before = d.extra.get("counted_before", False)
        action, passive = d.extra.get("fate") or pick_action(
            text, q, d.noun, actions, clause, kind, mentions, before
        )
        if (
            action is not None
            and passive
            and kind in (None, "none", "personnel")
            and (action.pick(kind) or {}).get("category") not in (None, "casualties")
            and (fate := _LATER_FATE.match(text, action.end)) is not None
        ):
            # "684 men who were mobilised in 2022 and have since been killed": their last fate
            later = next((a for a in actions if a.start == fate.end()), None)
            if later is not None and (later.pick(kind) or {}).get("category") == "casualties":
                action = later
        if action is not None and _demined(text, action.text, ctx):
            action = None  # "Deminers have cleared 37,400 square kilometres": no one's gain
        if (
            action is not None
            and not _DEBRIS_WORDS.isdisjoint(tokens_of(text).vocabulary)
            and _DEBRIS_OF.search(text, max(0, q.start - 40), q.start)
        ):
            action = None  # "debris from one of the drones fell on a depot": the debris did
        if action is not None:
            d.extra["own_verb"] = True
            row = action_row(text, q, action, kind)
            if (
                row["action"] == "launched"
                and action.text[:3].lower() == "sen"
                and d.extra.get("weapon_type") in _SUPPLIED_KINDS
                # (not sent into battle: "They sent 11 armoured vehicles ... towards Zelenyi Hai")
                and not _SENT_AT.search(text, q.end, min(len(text), q.end + 80))
            ):
                # "the 14 Challenger 2 tanks sent in 2023": supplied, not fired
                row = matcher("actions").lookup("delivered") or row
            d.action, d.action_span, d.passive, d.action_row = row["action"], action, passive, row
            _category_of_action(d, row)
            if d.action == "returned" and d.category == "displacement" and _SWAP.search(text):
                # "Ukraine has brought home 157 people in a prisoner exchange": prisoners of
                # war, not displaced people
                d.category = "personnel"
        elif (
            ctx.list_header is not None
            and d.noun is not None
            and d.noun is ctx.list_header.noun
            and ctx.list_header.actions
            and (row := ctx.list_header.actions[0].pick(kind)) is not None
        ):
            # "the children were deported from the following regions:" over "- Donetsk
            # region: 6,940": the header's verb and noun
            d.action, d.action_row = row["action"], row
            _category_of_action(d, row)
        if (
            d.action is None
            and d.category is None
            and d.noun is not None
            and (
                _LEFT_PLACE.match(text, d.noun.end)
                or (
                    (_LEFT_AT_END.match(text, d.noun.end) or _LEFT_ANY.match(text, d.noun.end))
                    and (
                        _EVACUATION.search(text)
                        or any(x.category == "displacement" for x in ctx.last_drafts)
                    )
                )
            )
        ):
            # "more than 27,600 people have left the Donetsk region", "the week before, when
            # 2,590 people left" (in a sentence about evacuations): they left their homes
            row = matcher("actions").lookup("left the region")
            if row is not None:
                d.action, d.action_row = row["action"], row
                _category_of_action(d, row)
        if (
            d.action is None
            and d.noun is not None
            and d.noun.category is None  # ("people", "passengers")
            and _CARRYING_BEFORE.search(text, max(0, q.start - 24), q.start)
            and _EVACUATION.search(text)
            and (row := matcher("actions").lookup("evacuated")) is not None
        ):
            # "112 evacuation trains ..., carrying more than 38,000 people": evacuated
            d.category, d.extra["weapon_type"] = None, None
            d.extra.pop("more_of", None)
            d.action, d.action_row = row["action"], row
            _category_of_action(d, row)
        if (
            (d.category == "infrastructure" or d.extra.get("weapon_type") == "ship")
            and d.action is None
            and not _SANCTIONS.isdisjoint(tokens_of(text).vocabulary)
        ):
            # "adds 117 more tankers to the sanctions list", "added 94 vessels of the shadow
            # fleet to the list": listed, an economic measure
            d.category = "economic"
            d.extra["weapon_type"] = d.extra["weapon_model"] = None
        if (
            d.category == "personnel"
            and d.action is None
            and d.noun is not None
            and (
                (
                    (
                        _HAS_BEFORE.search(text, max(0, q.start - 9), q.start)
                        or _THERE_ARE_BEFORE.search(text, max(0, q.start - 18), q.start)
                    )
                    and _STATIONED_AFTER.match(text, d.noun.end)
                )
                or _present_in_place(text, d.noun.end, places, mentions)
            )
        ):
            # "has some 4,800 troops there", "has about 1,500 soldiers on the border"; "about
            # 9,500 Russian servicemen are now in Belarus", "tracking some 7,000 Russian troops
            # in Belarus": forces present in a named place
            d.action, d.action_row = "deployed", _DEPLOYED_ROW
        if d.action is None and d.category == "weapon" and _WEAPONS_USED.match(text):
            # an incident record's "Weapon: two Iskander-M ballistic missiles": used in it
            d.action, d.action_row = "launched", _LAUNCHED_ROW
        in_section = (
            column_action(text, q, d, ctx) or section_item(text, d, ctx) or answer_item(d, ctx)
        )
        if in_section:
            _category_of_action(d, d.action_row)  # "Donetsk | 58 | 167" under "Killed | Injured"
        if (
            d.action is None
            and d.category is None
            and d.noun is not None
            and part_of is None
            and "more_of" not in d.extra
            # (or the first item of a list, whose header is read once it follows)
            and (
                ctx.list_header is not None
                or ctx.item_noun is not None
                or (ctx.header_candidate is not None and is_heading(ctx.header_candidate[0]))
            )
            and maybe_list_item(text)
            and (whole := ctx.counted.get(d.noun.text.rsplit(maxsplit=1)[-1].lower()))
        ):
            # "Donetsk region — 5,215 children" under "a breakdown of the verified cases by
            # region of origin:", after "19,870 children deported or forcibly transferred by
            # Russia": a part of the last figure of those children, which says what befell them
            d.extra["more_of"] = whole
        elif (
            (header := ctx.list_header or ctx.bullets_header) is not None
            and header.breakdown
            and part_of is None
            and "more_of" not in d.extra
            and d.category in (None, "personnel")
            and (whole := ctx.last_counted) is not None
            and whole.category in _PEOPLE_CATEGORIES
            and maybe_list_item(text)
            # (a verb in the line's label names a group: "- prisoners recruited from penal
            # colonies: 29,160" in a breakdown of the dead)
            and (d.action_span is None or d.action_span.end <= text.rfind(":", 0, q.start))
        ):
            # "... confirmed the deaths of 190,418 Russian military personnel. The breakdown:"
            # over "- volunteers who signed contracts: 58,730": a part of that figure
            d.action, d.action_span, d.action_row = None, None, {}
            d.category, d.extra["more_of"] = None, whole
        if (
            (d.noun is None or d.extra.get("noun_left"))
            and drafts
            and drafts[-1].category in _PEOPLE_CATEGORIES
            and drafts[-1].action is not None
            and text.endswith(" and ", 0, q.start)
            and text.startswith(" who ", q.end)
        ):
            # "the deaths of 58 Moldovan citizens who fought for Russia and 16 who fought for
            # Ukraine": more of the people counted before, who underwent the same
            d.action, d.action_span, d.action_row = None, None, {}
            d.category, d.extra["more_of"] = None, drafts[-1]
        same_as = part_of or d.extra.get("more_of")
        if (
            d.action is None
            and same_as is not None
            # ("Kyiv puts the figure at about 600" after "killed 2,400 Ukrainian soldiers":
            # the soldiers killed, counted again)
            and (d.category in (None, same_as.category) or d.extra.get("figure_put"))
            and same_as.action is not None
        ):
            d.category = same_as.category
            # "Russian forces captured 14 settlements. Nine of these were in Donetsk Oblast",
            # "six people had been confirmed dead; ... he put the figure at 14": a part, or a
            # figure compared with another, with no verb of its own underwent the other's
            d.action = same_as.action
            d.extra["action_of"] = same_as
        if d.action == "lost" and (died := _CASUALTY_AFTER.match(text, q.end)):
            # "suffered about 600 killed": what they lost is said after the number
            d.action = "injured" if died.group(1).lower() in ("wounded", "injured") else "killed"
        if d.noun is not None and d.noun.action:
            d.action = d.noun.action  # "13,580 civilian deaths", "... and 40 injuries"
            d.extra["noun_action"] = True  # the noun's own, not the verb's before it
        destroyed_in_the_air(d, with_ground or stored)
        if d.category == "attacks" and d.action not in ("launched", "repelled", None):
            continue  # "one notable attack hit Kyiv" counts nothing: attacks need their verb
        if d.category == "attacks" and d.action is None and (q.value < 2 or q.kind != "digits"):
            continue  # "recorded 61 attacks", "Kharkiv region — 634 attacks": counted
        if d.unit == "m" and d.action is None:
            continue  # "a dugout four metres underground": a size, not ground gained
        if (
            d.unit in ("km", "mi")
            and d.action is None
            and d.noun is not None
            and (
                _DISTANCE_AFTER.match(text, d.noun.end)
                or _WITHIN_BEFORE.search(text, max(0, q.start - 12), q.start)
            )
        ):
            continue  # "about 11 kilometres from the nearest Russian positions": a distance
        put = estimate_verb(text, q, clause)
        # "the General Staff puts Russian losses at 960,000": "puts" reports, as "said" does
        said = frames if put is None else [*frames, Frame(*put, text[slice(*put)], "verb")]
        d.claimant, d.claimant_side, frame = find_claimant(text, q, said, mentions, places, ctx)
        if frame is None and d.extra.get("counted_before"):
            # "Ukraine's cumulative count of Russian personnel losses ... stood at 1,192,340":
            # whose count it is
            d.claimant, d.claimant_side = count_owner(text, q.start, mentions) or (
                d.claimant,
                d.claimant_side,
            )
        if frame is None and (owner := figure_owner(text, q.start, mentions)) is not None:
            # "The last official Ukrainian figure, given by President Zelensky, was 61,300"
            d.claimant, d.claimant_side = owner
        if (
            frame is not None
            and frame.text.lower().startswith("estimat")
            and q.qualifier == "exact"
        ):
            low, high = bounds(q.value, "approximate")
            d.q = q = replace(q, qualifier="approximate", value_low=low, value_high=high)
        if d.action_span is not None and d.action_span.end <= clause[0]:
            # a verb of the clause before: "the Russians hit 38 settlements, with 527 shells"
            clause = (strong_clause(text, d.action_span.start)[0], clause[1])
        attribute(text, d, clause, mentions, frame, ctx, drafts)
        no_own_kills(d)
        if (
            d.extra.get("weapon_type") == "air_defense"
            and d.action == "launched"
            and d.actor in opponents()
            and d.target in opponents()
            and d.noun is not None
            and _DEFENCE_MISSILES.match(text, d.noun.end)
        ):
            # "Russia fired 27 S-300 air-defence missiles at Zaporizhzhia": an air-defence
            # missile fired at the other side is a missile of attack
            d.extra["weapon_type"] = "missile"
        if (
            (
                (put is not None and put[0] < q.start)
                # "the Air Force reported 5,120 drones in January", "counted 810 drones"
                or (
                    frame is not None
                    and frame.text.lower() in _COUNTING_VERBS
                    and _COUNTED_WEAPONS.fullmatch(text, frame.end, q.start)
                    and not _PART_OF_AFTER.match(text, q.end)  # (not "58 of the 76 drones")
                    and not d.extra.get("modifier")  # ("records two Russian Gerbera drones")
                )
            )
            and d.action is None
            and d.extra.get("weapon_type") in _LAUNCHED_KINDS
            and d.claimant_side in opponents()
        ):
            # "Zelensky put the week's total at more than 1,250 guided aerial bombs, nearly
            # 1,100 attack drones and 41 missiles": the weapons the other side launched
            d.action, d.action_row = "launched", _LAUNCHED_ROW
            d.actor, d.target, d.actor_source = (
                opponent(d.claimant_side),
                d.claimant_side,
                "claimant",
            )
        if in_section:
            layout_sides(d, ctx)
        if d.action in ("deployed", "massed") and d.target is None:
            # "some 710,000 troops deployed against Ukraine": massed against that side
            against = next(
                (m for m in mentions if m.start >= q.end and m.preposition == "against"), None
            )
            if against is not None and against.side in opponents():
                d.target = against.side
                d.actor = d.actor or opponent(against.side)
        if (
            d.category in ("weapon", "casualties")
            and not any(m.side and not m.inferred for m in mentions)
            and (lost := column_side(text, q, ctx)) in opponents()
        ):
            # "| Tanks | 58 | 17 |" under "| Category | Russia | Ukraine |": each side's losses
            d.target, d.actor, d.actor_source = lost, opponent(lost), "list"
        same = part_of or d.extra.get("more_of")
        if same is not None and (
            (d.actor is None and d.target is None)
            or d.extra.get("action_of") is same
            # ("executions of 245 Ukrainian POWs by Russian forces, 62 of them this year":
            # "them" are the POWs counted, not the last group named)
            or (d.actor_source == "pronoun" and same is part_of and d.action == same.action)
            # ("destroyed 11 uncrewed boats ..., and that naval aviation had destroyed six
            # more": more of the same, by a body whose side was only guessed)
            or (
                same is d.extra.get("more_of")
                and d.action == same.action
                and (d.extra.get("subject_inferred") or d.actor_source == "carried")
            )
            # (a launcher does not shoot its own drones down: "when Russia sent 146 drones
            # towards Ukraine and the group downed five of them")
            or (
                same is part_of
                and d.action == "shot_down"
                and same.action == "launched"
                and d.actor == same.actor
                and d.actor_source != "agent"  # (not "by Polish F-16s": named)
            )
        ):
            # (a verb borrowed from the other figure brings its sides: the subject here, "he
            # put the figure at 14", is no actor of the killing)
            d.actor, d.target = same.actor, same.target
            if d.action == "shot_down" and same.action == "launched":
                d.actor, d.target = same.target, same.actor  # "97 of 118" launched: shot down
            d.actor_source = "list" if same.actor or same.target else "none"
            if (side := _side_named_for(text, mentions)) and d.target not in (None, side):
                # "... 1,146 Russian equipment losses. On the Ukrainian side the count was
                # 409": the same count, of the other side's losses
                d.target, d.actor = side, opponent(side)
        victims = same.extra.get("modifier") if same is not None else None
        if same is not None and (
            same.extra.get("served")
            or (victims not in (None, *opponents()) and same.actor in opponents())
        ):
            # "1,600 Georgians have fought for Ukraine. Of those, 112 have been killed": the
            # dead of the side they fought for
            victims = same.actor
        if (
            same is not None
            and d.action in VICTIM_ACTIONS
            and victims
            and (
                d.target is None
                or (d.actor is None and d.target == victims)
                # (not sides carried from another sentence: "Of those, 112 have been killed")
                or d.actor_source == "carried"
            )
        ):
            # "185 Russian servicemen had been returned ... Of them, 45 had been captured":
            # the side named on the whole is the side of its part's victims
            d.target, d.actor, d.actor_source = victims, opponent(victims), "modifier"
        elif (
            same is not None
            and OF_THEM.match(text, q.end)
            and d.action in VICTIM_ACTIONS
            and same.category == "personnel"
            and same.actor in opponents()
            and d.target is None
        ):
            # "North Korea had sent 14,000 troops to Russia, and over 6,000 of them had been
            # killed": the troops are the sender's
            d.target, d.actor, d.actor_source = same.actor, opponent(same.actor), "list"
        locate(text, d, clause, places, mentions, ctx)
        if (labelled := d.extra.get("label_place")) is not None:
            d.place, d.country = labelled, labelled.country
        sent = same
        if (
            sent is None
            and d.action == "shot_down"
            and d.noun is not None
            and _OF_THE_BETWEEN.fullmatch(text, q.end, d.noun.start)
        ):
            sent = ctx.launches.get(d.extra.get("weapon_type"))  # "49 of the drones"
        if (
            sent is None
            and d.action == "shot_down"
            and d.place is None
            and (launch := launch_answered(d, drafts, ctx)) is not None
            and (launch in drafts or launch in ctx.last_drafts)
        ):
            # "Russia launched 12 cruise missiles ... against Dnipropetrovsk region. Air defence
            # forces destroyed 10 cruise missiles": the launch just told
            sent = launch
        if (
            d.place is None
            and sent is not None
            and sent.place is not None
            and sent.action == "launched"
            and d.action == "shot_down"
            and d.country in (None, sent.country)
        ):
            # "Russia launched 58 drones ... at the Odesa region. Air defences destroyed 49 of
            # the drones": shot down where they were sent
            d.place, d.country = sent.place, sent.country
        elif d.place is None and part_of is not None and part_of.place is not None:
            # "destroyed 23 armoured vehicles near Kupiansk ... Nine of them were hit by FPV
            # drones": a part with no place of its own is where its whole is
            d.place, d.country = part_of.place, part_of.country
        t = [s for s in times if clause[0] <= s.start < clause[1]] or times
        d.time_phrase = t[0].text if t else None
        d.extra["hedge"] = "; ".join(hedges) or None
        drafts.append(d)
    # "121 drones overnight over 12 regions, including 34 over the Bryansk region": a number
    # of something no lexicon counts stands outside the lists around it
    listed = [d for d in drafts if not _counts_other(text, d)]
    for d in listed:
        # (before the lists lend it: "2,300 Colombians were serving in Ukraine's armed forces,
        # up from roughly 1,000")
        served_side(text, d, mentions, drafts)
    inherit_from_lists(text, listed)
    link_subsets(text, listed)
    own_dead = None
    for d in drafts:
        if d.category == "casualties" and d.target is None and d.country is None:
            # "attacks causing severe harm to Ukrainian civilians. ... these strikes have
            # resulted in over 3,000 civilian casualties": the civilians named before
            d.target = d.country = ctx.paragraph_victims
        served_side(text, d, mentions, drafts)
        fought_for(text, d, mentions)
        dead_of_served(d, [*ctx.last_drafts, *(e for e in drafts if e.q.end <= d.q.start)])
        supplied_from(text, d, mentions)
        complete_sides(d)
        if d.category == "infrastructure" and d.actor is None and d.target is None:
            strikers = {
                m.side
                for m in mentions
                if m.side in opponents() and not m.inferred and _STRIKES_OF.match(text, m.end)
            }
            if len(strikers) == 1:
                # "1,146 of our base stations went off air as a result of Russian strikes":
                # the striker's enemy's
                d.actor = strikers.pop()
                d.target, d.actor_source = opponent(d.actor), "modifier"
        if (
            d.action_span is not None
            and " part in " in d.action_span.text
            and not d.extra.get("modifier")
            and d.claimant_side in opponents()
        ):
            # "A source in the SBU said 27 drones had taken part in the attack": the weapons
            # of the side whose operation it tells
            d.actor, d.target, d.actor_source = (
                d.claimant_side,
                opponent(d.claimant_side),
                "claimant",
            )
            if d.place is None:
                d.country = d.target
        if d.category == "casualties" and d.action == "hit" and d.passive:
            d.action = "injured"  # "Of the injured, six were hit by FPV drones": wounded
        if (
            d.category in ("infrastructure", "casualties")
            and d.place is None
            and d.claimant_side in opponents()
            and "debris" in text.lower()
            and _DEBRIS_CAUSE.search(text, max(0, d.q.start - 50), d.q.start)
            and not any(
                m.side and not m.inferred and m.kind not in ("enemy", "pronoun") for m in mentions
            )
        ):
            # "Falling debris damaged 12 houses, the ministry said": a side's own land, where
            # what it shot down fell
            d.target = d.country = d.claimant_side
            d.actor, d.actor_source = opponent(d.claimant_side), "claimant"
        own = own_dead
        if (
            own is not None
            and d.noun is None
            and d.category == "casualties"
            and d.actor_source in ("none", "carried", "place")
            and d.claimant_side == own.claimant_side
        ):
            # "Three servicemen were killed and eleven wounded, he said": the same side's
            d.target, d.actor, d.actor_source = own.target, own.actor, own.actor_source
        if d.actor_source == "claimant" and d.category == "casualties" and d.noun is not None:
            own_dead = d
        if d.category == "casualties" and d.action == "killed":
            if d.target in opponents() and d.extra.get("modifier") == d.target:
                ctx.named_dead = d.target  # "the names of 150,000 Russian servicemen killed"
            elif (
                ctx.named_dead is not None
                and (
                    d.actor_source in ("none", "carried", "place")
                    # (a side that counts its own dead: not "Kyiv's mayor said two people
                    # were killed" after Russian dead were counted)
                    or (d.actor_source == "claimant" and d.claimant_side == ctx.named_dead)
                )
                and d.place is None
                and not any(m.side and not m.inferred for m in mentions)
            ):
                # "We also confirmed the deaths of 5,260 officers": more of those dead, where
                # nothing in the sentence names a side or place
                d.target, d.actor, d.actor_source = (
                    ctx.named_dead,
                    opponent(ctx.named_dead),
                    "carried",
                )
    return [
        d for d in drafts if d.category is not None and not d.skip and not _one_of_no_verb(text, d)
    ]


# A clause of a semicolon series that leaves out the verb and nouns of the first, once
# its figures are written N: "Kharkiv region for N and N", "and Kherson, N and N"
_ELIDED_CLAUSE = re.compile(
    r"[ ]*(?:and[ ]+)?(?:(?:in|near|at|over|around|on)[ ]+)?(?:the[ ]+)?"
    r"(?:[A-Z][\w’'-]*[ ]+){0,2}[A-Z][\w’'-]*"
    r"(?:[ ]+(?:region|oblast|province|district|city|direction))?"
    r"(?:[ ]+(?:for|with|had|saw|recorded|reported)[ ]+|[ ]*[,:—–][ ]*|[ ]+)"
    r"N(?:(?:,[ ]*|[ ]+and[ ]+|,[ ]+and[ ]+)N)*[ ]*[.]?[ ]*"
)


# A multiple of a sum of money, which counts nothing when said bare: "97 million", "1.18 bn"
_SCALED = re.compile(r"\b(?:million|billion|trillion|bn|mln)\b", re.IGNORECASE)
# Words of a sentence about money: what was spent, lost, earned or paid
_MONEY_CUE = re.compile(
    r"\b(?:costs?|cost[ ]of|spent|spend(?:s|ing)?|loss(?:es)?|revenues?|budget|worth|paid"
    r"|pays?|funding|funds|income|earnings|proceeds|raised|allocated|estimated)\b",
    re.IGNORECASE,
)


def _money_before(drafts: list[Draft]) -> Draft | None:
    """The last of `drafts` that is a sum in a currency named by a word ("hryvnias"), past
    figures of other kinds ("revenue lost to undelivered electricity (61.4 GWh) came to
    roughly 230 million")."""
    return next(
        (
            d
            for d in reversed(drafts)
            if d.category == "economic"
            and d.noun is not None
            and d.noun.is_unit
            and d.unit not in (None, "percent", "count")
        ),
        None,
    )


def _elided_parallel(
    text: str, q: Quantity, quantities: list[Quantity], drafts: list[Draft]
) -> Draft | None:
    """The figure of the first clause of a semicolon series whose place in it `q` holds in
    a later clause that only names a place ("Kharkiv region for 61 and 287"), when the
    first clause gave as many figures as this one holds; else None."""
    start = text.rfind(";", 0, q.start) + 1
    end = text.find(";", q.end)
    end = len(text) if end < 0 else end
    inside = [x for x in quantities if start <= x.start and x.end <= end]
    first_end = text.find(";")
    firsts = [x for x in drafts if x.q.end <= first_end and x.category is not None]
    if len(inside) != len(firsts) or not firsts:
        return None
    pieces, at = [], start
    for x in inside:
        pieces += [text[at : x.start], "N"]
        at = x.end
    pieces.append(text[at:end])
    if not _ELIDED_CLAUSE.fullmatch("".join(pieces)):
        return None
    return firsts[inside.index(q)]


_CURRENCY = r"[€$£₴]|EUR|USD|GBP|UAH|RUB|euros?|dollars?|roubles?|rubles?|hryvnias?|pounds?"
# A currency and multiple in a table's title: "(€ billion, estimates)", "(in billions of
# dollars)", "(UAH m)"
_TABLE_UNIT = re.compile(
    rf"\((?:in[ ])?(?:(?P<cur>{_CURRENCY})[ ]?(?P<mult>{MULTIPLE})?"
    rf"|(?P<mult2>{MULTIPLE})[ ](?:of[ ])?(?P<cur2>{_CURRENCY}))\b[^()]{{0,40}}\)",
    re.IGNORECASE,
)


def _fate_of(
    text: str, q: Quantity, drafts: list[Draft], actions: list[Action]
) -> tuple[Draft, tuple[Action, bool]] | None:
    """The count whose part `q` is, and the action that labels it (as a passive), when the
    label is in brackets after that count: "Tanks: 212 (destroyed: 168, damaged: 12"."""
    if not drafts or (label := _FATE_LABEL.search(text, max(0, q.start - 16), q.start)) is None:
        return None
    whole = drafts[-1].extra.get("fate_of") or drafts[-1]
    opened = text.find("(", whole.q.end, q.start)
    if whole.noun is None or opened < 0 or ")" in text[opened : q.start]:
        return None
    action = next((a for a in actions if (a.start, a.end) == label.span(1)), None)
    return (whole, (action, True)) if action is not None else None


def _in_table_unit(text: str, q: Quantity, unit: tuple[str, float]) -> Quantity:
    """A table line's bare figure at its end ("Japan ........ 28") in the currency and
    multiple of the table's title; any other quantity as it is."""
    if q.unit is not None or q.kind != "digits" or text[q.end :].strip(" .;"):
        return q
    currency, scale = unit
    return replace(
        q,
        unit=currency,
        value=q.value * scale,
        value_low=None if q.value_low is None else q.value_low * scale,
        value_high=None if q.value_high is None else q.value_high * scale,
    )


def _noun_of(d: Draft) -> Noun | None:
    """What a figure counts: its own noun, or its whole's ("Of these, 23 were destroyed")."""
    return d.noun or d.extra.get("whole_noun")


_ONE_OF_THEM_SET_OFF = re.compile(r"[Oo]ne[ ]of[ ](?:them|those|these),[ ]")
_ONE_OF_THEM = re.compile(r"[Oo]ne[ ]of[ ](?:them|those|these|whom|which)\b")
_KIND_AFTER = re.compile(r"[ ](?:an?|the)[ ]")


def _one_of_no_verb(text: str, d: Draft) -> bool:
    """True for "one of" a group with no verb of its own: "debris from one of the drones fell
    on a depot", "one of its plants — it did not say which": one thing, no count."""
    q = d.q
    if q.value != 1 or q.kind != "words":
        return False
    # ("One of them, a KAB-1500, flattened a five-storey building": one of those counted,
    # described, whatever its verb; not "Ukrainian troops retook one of them, Zaliznychne")
    opens = not text[: q.num_start].strip(" \"“‘'")
    if (
        (opens or text[: q.num_start].rstrip().endswith((",", ";")))
        and (one_of := _ONE_OF_THEM.match(text, q.num_start))
        and not _KIND_AFTER.match(text, one_of.end())
    ):
        # "Three people were injured, one of them seriously", "One of them hit the surgical
        # building": one of those just counted, a pronoun (not "..., one of them a child": a
        # part of another kind; nor "retook one of them", the object of a verb)
        return True
    return (opens and bool(_ONE_OF_THEM_SET_OFF.match(text, q.num_start))) or (
        # (an action the group's count had is none of the one's: "a video from one of the
        # drones" after "ten drones took part in the attack")
        (d.action is None or d.action_span is None) and bool(_ONE_OF.match(text, q.num_start))
    )


_OTHER_NOUN_AFTER = re.compile(r"[ ]([a-z]{3,}s)\b")
_NOT_NOUNS = frozenset({"was", "has", "its", "his", "this", "thus", "plus", "minus", "less"})


def _counts_other(text: str, d: Draft) -> bool:
    """A number that counts a plural noun no lexicon knows ("over 12 regions")."""
    if d.category is not None or d.noun is not None:
        return False
    after = _OTHER_NOUN_AFTER.match(text, d.q.end)
    return after is not None and after.group(1) not in _NOT_NOUNS


def _as_percent(q: Quantity) -> Quantity:
    """A share ("half", "a third") read as a percentage, with the bounds of its qualifier."""
    low, high = bounds(q.value * 100, q.qualifier)
    return replace(q, value=q.value * 100, value_low=low, value_high=high, unit="percent")


# "of them", "of these": a part of what was counted just before
# A year after these words is a date, whatever follows it: "in 2024 Russian losses ..."
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|by|until|till|from|during|before|after|of|early|late|mid|spring|summer"
    r"|autumn|fall|winter|January|February|March|April|May|June|July|August|September"
    r"|October|November|December)[ ]+$",
    re.IGNORECASE,
)
# A year before a title: "The 2025 Regional Refugee Response Plan" (not "2025 Russian troops")
_YEAR_IN_TITLE = re.compile(
    r"[ ](?:[A-Z][a-z]+[ ]){0,3}(?:Plan|Programme|Program|Budget|Report|Appeal|Strategy|Summit"
    r"|Olympics|Games|Agreement|Act|Law|Framework|Review|Index|Census)\b"
)
# (not "killed and wounded": both, which "suffered" already says)
_CASUALTY_AFTER = re.compile(
    r"[ ](killed|dead|wounded|injured)\b"
    r"(?![ ](?:and|or)[ ](?:killed|dead|wounded|injured|missing))",
    re.IGNORECASE,
)
_CIVILIANS = re.compile(r"[ ](?:civilians|residents|people|children|families)\b")
# The label of a record's line that names what an attack used
_WEAPONS_USED = re.compile(
    r"\W*(?:weapons?|munitions?|means[ ]of[ ]attack|armament)(?:[ ]used)?[ ]*:", re.IGNORECASE
)
_LAUNCHED_ROW = {"action": "launched", "applies_to": "", "category": "weapon", "subject_is": ""}


def _counts_people(a: Action) -> bool:
    """True when action `a` counts people harmed or moved ("Killed", "Injured")."""
    return any(r["category"] in ("casualties", "displacement") for r in a.rows)


# The figure of the count just given, at another time or place: "the monthly total stood at",
# "the figure was", "Kyiv's cumulative figure is now"
_FIGURE_WAS = re.compile(
    r"\b(?:figure|total|number|tally|count)[ ](?:(?:was|is|stood|stands|had[ ]been|now)[ ])+"
    r"(?:at[ ])?$"
)
_IT_WAS = re.compile(r"\bit[ ](?:was|is)[ ]$")
# The same figure's change: "The daily average, it said, had fallen from 1,523 in December"
_FIGURE_FROM = re.compile(
    r"\b(?:figure|total|number|tally|count|average)\b(?:,[^,]{1,30},)?[ ]"
    r"(?:(?:had|has|have)[ ])?(?:fallen|risen|rose|fell|grown|grew|dropped|climbed|declined"
    r"|increased|decreased|gone[ ](?:up|down))[ ]from[ ]$"
)
# An interception rate: "a drone interception rate of roughly 91%"
_INTERCEPTION_RATE = re.compile(
    r"\b(?:interception|intercept|shoot-down|kill)[ ]rate[ ](?:of[ ]|was[ ]|stood[ ]at[ ])?$"
)
_SHOT_DOWN_ROW = {"action": "shot_down", "applies_to": "", "category": "weapon", "subject_is": ""}


def _shot_down_share(
    text: str, q: Quantity, clause: tuple[int, int], actions: list[Action]
) -> Action | bool | None:
    """The verb of shooting down that governs a share (True for an interception rate)."""
    if _INTERCEPTION_RATE.search(text, max(0, q.start - 40), q.start):
        return True
    if text.endswith("by ", 0, q.start):
        return None  # a change: "destroyed a conveyor, cutting its capacity by about 40%"
    return next(
        (
            a
            for a in actions
            if clause[0] <= a.start < clause[1]
            and (row := a.pick("weapon")) is not None
            and row["action"] in ("shot_down", "destroyed")
        ),
        None,
    )


def _shot_kind(text: str, q: Quantity, nouns: list[Noun], earlier: list[Draft]) -> str | None:
    """The kind of weapon a share shot down is of: the one named beside it ("a drone
    interception rate", '"shot down 95%" of the drones'), else the last counted; None when the
    share is of something else ("lost 70% of its capacity") or nothing was counted."""
    of = _SHARE_OF.match(text, q.end)
    near = [n for n in nouns if n.weapon_type and q.start - 40 <= n.start and n.end <= q.end + 40]
    if of is not None:
        named = next((n for n in near if n.start == of.end()), None)
        return named.weapon_type if named else None
    if near:
        return near[-1].weapon_type if near[-1].end <= q.start else near[0].weapon_type
    last = next(
        (d for d in reversed(earlier) if d.category == "weapon" and d.unit == "count"), None
    )
    return last.extra.get("weapon_type") if last is not None else None


_SHARE_OF = re.compile(r"[\"”’]?[ ]of[ ](?:the[ ]|those[ ]|these[ ]|its[ ]|their[ ])?")


# "one of them", "one of its plants": a thing of a group named, no count
_ONE_OF = re.compile(r"one[ ]of[ ]", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“][^\"“”]+[\"”]")
# (not the side that speaks: "The Ukrainian side puts the figure at roughly 300 square
# kilometres" is its estimate of the same gains)
_SIDE_WORD = re.compile(
    r"[ ]side\b(?![ ](?:puts|put|says|said|claims|claimed|estimates|estimated|gives|gave"
    r"|reports|reported|counts|counted|insists|insisted)\b)"
)


def _side_named_for(text: str, mentions: list[Mention]) -> str | None:
    """The side a sentence says it counts for: "On the Ukrainian side the count was 409"."""
    return next(
        (
            m.side
            for m in mentions
            if m.kind == "adjective" and m.side in opponents() and _SIDE_WORD.match(text, m.end)
        ),
        None,
    )


# The bullet of a list line: "- 63 over the Moscow region", "• nine over the Smolensk region"
_BULLET = re.compile(r"[-•*▪–—·][ ]+")
_VERB_AFTER = re.compile(r"[ ](?:were|was|are|is|had|have|has|[a-z]+ed)\b")
_CLAUSE_AFTER_SEMICOLON = re.compile(r";[ ](?:(?:at[ ]least|up[ ]to|some|about|over)[ ])?$")


def _uncounted_weapon(
    text: str, q: Quantity, nouns: list[Noun], quantities: list[Quantity]
) -> Noun | None:
    """The weapon noun of the clause before a semicolon that no number counts, when a verb
    follows the number: "Weapon: Shahed-type attack drones; at least 17 crossed the city"."""
    if not _VERB_AFTER.match(text, q.end):
        return None
    before = [n for n in nouns if n.end <= q.start and n.category == "weapon" and not n.is_unit]
    if not before or any(x.end <= before[-1].start and x is not q for x in quantities):
        return None
    return before[-1]


def _uncounted_weapon_in(text: str) -> Noun | None:
    """The last weapon a sentence with no number names, by a plural or a model's name."""
    return next(
        (
            n
            for n in reversed(find_nouns(text))
            if n.category == "weapon" and (n.weapon_model or n.text.lower().endswith("s"))
        ),
        None,
    )


def _uncounted_before(q: Quantity, nouns: list[Noun], quantities: list[Quantity]) -> Noun | None:
    """The last plural noun of a kind before `q` that no number before it counts ("them" is
    the boats, not the airfield)."""
    before = [
        n
        for n in nouns
        if n.end <= q.start and n.category and not n.is_unit and n.text.lower().endswith("s")
    ]
    if not before or any(x.end <= before[-1].start and x is not q for x in quantities):
        return None
    return before[-1]


_OF_THE_BETWEEN = re.compile(r"[ ]of[ ](?:the|these|those)[ ]")


def _named_before(noun: Noun, earlier: list[Draft]) -> Noun | None:
    """The noun of the earlier count that `noun` ("the vehicles") names again, when that one
    says more ("armored vehicles") and no other earlier count's noun could be meant ("eight
    of the missiles" after Iskander-M and Kh-101 missiles is neither)."""
    head = noun.text.lower()
    named = {
        (n.category, n.weapon_type, n.weapon_model): n
        for d in earlier
        if (n := d.noun) is not None and n.text.lower().endswith(" " + head)
    }
    if len(named) != 1:
        return None
    n = next(iter(named.values()))
    return Noun(noun.start, noun.end, noun.text, n.category, n.unit, n.factor,
                n.weapon_type, n.weapon_model, action=n.action)  # fmt: skip


# "Among the missiles were", "Among them were", "Among those killed were"
_LAUNCHED_KINDS = frozenset({"drone", "missile", "guided_bomb"})  # weapons that fly at a target
# "The drones included 396 Shahed-type attack drones", "The missiles comprised ..."
_WHOLE_INCLUDED = re.compile(
    r"\W*(?:The|These|Those|Its|Their)[ ][\w -]{0,40}?[ ]"
    r"(?:included|includes|comprised|comprises|consisted[ ]of|were[ ]made[ ]up[ ]of)\b"
)
_AMONG_THEM = re.compile(
    r"\W*Among[ ](?:the[ ]|these[ ]|those[ ])?[\w -]{0,40}?,?[ ](?:were|was)\b"
)
# Weapons a side sends to another to use, never at it
_SUPPLIED_KINDS = frozenset(
    {"tank", "armored_vehicle", "vehicle", "air_defense", "artillery", "mlrs"}
)


def _whole_among(noun: Noun, earlier: list[Draft]) -> Draft | None:
    """The earlier count of the kind a sentence opened by "Among those killed were" counts
    parts of: the last one of the noun's category with a verb."""
    return next(
        (d for d in reversed(earlier) if d.category == noun.category and d.action is not None),
        None,
    )


_OF_THE_KIND = re.compile(
    r"\W*(?:Of|Among)[ ](?:the|[A-Z][\w-]*['’]s)[ ](?:[\w-]+[ ]){0,2}[\w-]+,[ ]"
)  # "Of the missiles, 34 were intercepted", "Of October's missiles, 96 were Iskander-M"
_WERE_AFTER = re.compile(r"[ ](?:were|was)[ ]")
_OF_THESE_BEFORE = re.compile(
    r"^\W*(?:of|among)\s+(?:them|these|those|(?:the|this|that)\s+(?:total|number|figure|count)"
    r"|the\s+(?:injured|wounded))\s*,?\s*$",  # "Of the injured, six were hit by FPV drones"
    re.IGNORECASE,
)


_AREAS = frozenset({"km2", "mi2", "ha"})
# "six of the 17", "Of the seventeen, six ...": a part of a count named by its number
_FIGURE = r"([\d,]+|[a-z]+(?:-[a-z]+)?)"  # "17", "1,200", "seventeen", "twenty-three"
_OF_THE_NUMBER = re.compile(rf"[ ]of[ ](?:the|those|these)[ ]{_FIGURE}\b")
_OF_THE_BEFORE = re.compile(r"\b(?:of|among)[ ](?:the|those|these)[ ]$", re.IGNORECASE)
_OF_THE_NOUN = re.compile(r"[ ]of[ ](?:the|those|these)[ ](?![\d])")
_OF_THE_NUMBER_FIRST = re.compile(rf"\W*(?:Of|Among)[ ](?:the|those|these)[ ]{_FIGURE},[ ]")


def _counted_as(word: str | float, drafts: list[Draft]) -> Draft | None:
    """The last count of `drafts` whose figure is `word` ("17", "seventeen", 17.0)."""
    if isinstance(word, str):
        digits = word.replace(",", "")
        word = float(digits) if digits.isdigit() else parse_number_words(word)
    if word is None:
        return None
    return next((x for x in reversed(drafts) if x.value == word and x.q.value == word), None)


# A count that describes the one before it: ", with a total salvo of up to 28 missiles"
_ATTRIBUTE_BEFORE = re.compile(
    r",[ ]with[ ](?:(?:a|an|the)[ ](?:[a-z-]+[ ]){0,3}of[ ])?"
    r"(?:up[ ]to[ ]|about[ ]|some[ ]|over[ ]|nearly[ ]|more[ ]than[ ])?$"
)


# What is shot down, and the verbs that say so
_DOWNED_KINDS = AIRBORNE | {"aircraft", "helicopter"}
_DOWNING = re.compile(r"\b(?:sho\w*[ ]down|intercept\w*|downed)\b", re.IGNORECASE)


def _part_of_earlier(
    text: str,
    q: Quantity,
    d: Draft,
    drafts: list[Draft],
    earlier: list[Draft],
    actions: list[Action],
    launches: dict[str | None, Draft],
) -> Draft | None:
    """The count a number with no noun of its own is a part of: "launched 90 drones ... 70%
    were intercepted", "About 70 percent of them were shot down", "Of these, 70 were shot
    down", "intercepted 180 of them" (the last count of this sentence or of the one before).
    None when it is no part."""
    if (q.unit == "percent" or d.noun is None) and OF_THEM.match(text, q.end):
        # (the last count of something: not "eight regions" of "58 drones over eight
        # regions, 23 of them over the Bryansk region")
        # (nor a distance or area: not "within 100 km" of "deployed at least 11 electronic
        # warfare complexes ... within 100 km of the Finnish border, four of them near ...")
        counted = [
            x
            for x in drafts
            if x.category is not None and not (x.noun is not None and x.noun.is_unit)
        ] or [x for x in drafts if x.category is not None]
        # (of the count before, not of a count that only describes it: "four Kalibr carriers,
        # with a total salvo of up to 28 missiles. Three of them are in Novorossiysk")
        base = (
            counted[-1]
            if counted
            else next((x for x in reversed(earlier) if not x.extra.get("attribute")), None)
            or (earlier[-1] if earlier else None)
        )
        if (
            not counted
            and base is not None
            and base.extra.get("weapon_type") not in _DOWNED_KINDS
            and _DOWNING.search(text, 0, q.start)
        ):
            # "fired 12 Kalibr cruise missiles from two surface ships and one submarine. Our
            # air defence shot down nine of them": of what can be shot down
            base = next(
                (x for x in reversed(earlier) if x.extra.get("weapon_type") in _DOWNED_KINDS),
                base,
            )
        kind = d.noun.weapon_type if d.noun is not None else None
        if kind is not None and base is not None and base.extra.get("weapon_type") != kind:
            # "launched 5,600 drones and 178 missiles ... intercepted around 85 per cent of
            # those drones": the drones, not the last count
            base = next(
                (x for x in reversed([*earlier, *drafts]) if x.extra.get("weapon_type") == kind),
                base,
            )
    elif q.unit == "percent" and drafts and _bare_passive_subject(text, q, actions):
        base = drafts[-1]
    elif d.noun is None and not drafts and earlier and _OF_THESE_BEFORE.search(text, 0, q.start):
        # (the last count, not a change said after it: "fired 238 missiles ..., a fall of
        # 15%. Of those, 181 were intercepted")
        base = next((x for x in reversed(earlier) if x.unit != "percent"), earlier[-1])
    elif (
        d.noun is None
        and (of := _OF_THE_NUMBER.match(text, q.end))
        and (named := _counted_as(of.group(1), [*earlier, *drafts]))
    ):
        base = named  # "six of the 17 were destroyed"
    elif (
        d.noun is None
        and not drafts
        and (of := _OF_THE_NUMBER_FIRST.match(text))
        and (named := _counted_as(of.group(1), earlier))
    ):
        base = named  # "Of the 17, six were shot down"
    elif (
        (d.noun is None or _WERE_AFTER.match(text, q.end))
        and not drafts
        and (earlier or launches)
        and (of := _OF_THE_KIND.match(text))
    ):
        # "Russia launched 51 missiles ... Of the missiles, 34 were intercepted": of the last
        # count of that kind
        kind = next((n for n in find_nouns(of.group()) if not n.is_unit), None)
        if kind is None:
            return None
        base = next(
            (
                x
                for x in reversed([*launches.values(), *earlier])
                if x.category == kind.category
                and (kind.weapon_type is None or x.extra.get("weapon_type") == kind.weapon_type)
            ),
            None,
        )
    elif (
        d.noun is not None
        and d.noun.weapon_type is not None
        and q.kind in ("digits", "words", "vague")
        and q.unit is None
        and (of := _OF_THE_NOUN.match(text, q.end)) is not None
        and of.end() <= d.noun.start <= of.end() + 16
        and not any(a.start > q.start for a in actions)
    ):
        # "Russia launched 400 drones ... Roughly 280 of the drones were decoys": with no verb
        # of its own, a part of the last count of that kind, this sentence's or one before
        base = next(
            (
                x
                for x in reversed([*launches.values(), *earlier, *drafts])
                if x.extra.get("weapon_type") == d.noun.weapon_type and x.action is not None
            ),
            None,
        )
    else:
        return None
    if base is None or base.category in (None, "economic"):
        return None
    if base.unit != "count" and not (base.unit in _AREAS and q.unit != "percent"):
        return None  # (an area's part: "71 square kilometres ..., 12 of them in ...")
    return base


def _own_action(
    text: str,
    d: Draft,
    base: Draft,
    actions: list[Action],
    mentions: list[Mention],
    drafts: list[Draft],
) -> None:
    """A share with a verb of its own: "launched 80 drones ... half of them were shot down"
    counts drones shot down, not launched (by the launcher's opponent)."""
    q = d.q
    of_them = OF_THEM.match(text, q.end)
    at = replace(q, end=of_them.end()) if of_them else q
    clause = strong_clause(text, q.start)
    action, passive = pick_action(text, at, None, actions, clause, d.category, mentions)
    if action is None or (drafts and base is drafts[-1] and action == base.action_span):
        return
    row = action_row(text, q, action, d.category)
    if row["action"] == base.action:
        return
    if row["action"] == "shot_down" and base.action == "launched" and base.actor:
        d.actor, d.target, d.actor_source = opponent(base.actor), base.actor, "list"
    d.action, d.action_span, d.passive, d.action_row = row["action"], action, passive, row


# After a number that stands alone as an object: the end of its clause, or where it happened
_OBJECT_ENDS = re.compile(
    r"[ ]?(?:[.,;:!]|[ ][—–-][ ]|[ ](?:and|but|over|above|near|across|overnight)\b|$)"
)
# Between a verb and its object: a bound ("shot down at least 35")
_BOUND_BETWEEN = re.compile(
    r"[ ](?:(?:at[ ]least|about|around|nearly|almost|some|more[ ]than)[ ])?"
)


def _bare_object(text: str, q: Quantity, actions: list[Action]) -> bool:
    """True when `q` stands alone as the object of an action done to weapons that are shot
    down or destroyed: "Air defence shot down 35.", "brought down two, and ..."."""
    if _OBJECT_ENDS.match(text, q.end) is None:
        return False
    for a in actions:
        if a.end <= q.start and _BOUND_BETWEEN.fullmatch(text, a.end, q.start):
            row = a.pick("weapon")
            return row is not None and row["action"] in ("shot_down", "destroyed")
    return False


def _given_by(text: str, q: Quantity, actions: list[Action], whole: Draft) -> bool:
    """True when `q` stands alone as the object of a verb of the same act as `whole`'s, after
    it: "delivered 14 patrol boats: the British handed over eight"."""
    if whole.action is None or _OBJECT_ENDS.match(text, q.end) is None:
        return False
    for a in actions:
        if a.end <= q.start and _BOUND_BETWEEN.fullmatch(text, a.end, q.start):
            row = a.pick("weapon")
            return row is not None and row["action"] == whole.action
    return False


# Between a part given by one and the next, a name: "the British handed over eight, Norway six"
_NAME_THEN = re.compile(r",[ ](?:the[ ])?[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?[ ]")


def _bare_passive_subject(text: str, q: Quantity, actions: list[Action]) -> bool:
    """True when `q` stands alone as the subject of a passive action: "60 were shot down"."""
    m = _BARE_SUBJECT.match(text, q.end)
    return m is not None and any(a.start == m.end() for a in actions)


# Capitalised last words of a name taken for a person that are no surname
_NOT_SURNAMES = frozenset(
    "oblast region district raion krai republic city province command group forces".split()
)


def _learn_surname(person: Mention, ctx: ArticleContext) -> None:
    """Remember the surname of a person named in full with a side ("regional governor Ivan
    Fedorov"), for the sentences that name them by it alone ("Fedorov said ...")."""
    surname = person.text.split()[-1] if " " in person.text else None
    if (
        surname
        and surname[0].isupper()
        and surname.isalpha()
        and len(surname) > 2
        and surname.lower() not in _NOT_SURNAMES
        # (not a word the lexicons know: "Kharkiv Oblast", "the Defence Ministry")
        and matcher("bodies", plurals=True).lookup(surname) is None
        and matcher("places", key="name").lookup(surname) is None
    ):
        ctx.surnames[surname.lower()] = person


def _with_surnames(text: str, mentions: list[Mention], ctx: ArticleContext) -> list[Mention]:
    """`mentions` with the persons named by surname alone, whom the lexicons do not know."""
    found = list(mentions)
    for word in ctx.surnames.keys() & tokens_of(text).vocabulary:
        person = ctx.surnames[word]
        surname = person.text.split()[-1]
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w-])", text):
            if any(x.start < m.end() and m.start() < x.end for x in found):
                continue  # (a part of a longer name the sentence gives)
            possessive = text.startswith(("'s", "’s"), m.end())
            found.append(
                Mention(
                    m.start(),
                    m.end(),
                    surname,
                    "person",
                    person.side,
                    person.name or person.text,
                    possessive=possessive,
                )
            )
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions


_DEBRIS_WORDS = frozenset({"debris", "wreckage", "fragments", "remains"})
_DEBRIS_OF = re.compile(
    r"\b(?:debris|wreckage|fragments|remains)[ ](?:from|of)[ ](?:the[ ]|a[ ])?(?:\w+[ ]){0,2}$",
    re.IGNORECASE,
)
# Mines and their clearing: land "cleared" in such an article is demined
_DEMINING = re.compile(
    r"\b(?:de-?min\w*|landmines?|mines[ ]and[ ]unexploded|unexploded[ ]ordnance)\b", re.IGNORECASE
)


_MINE_WORDS = frozenset(
    "demining deminers deminer demined de-mining landmine landmines mines ordnance".split()
)


def _demined(text: str, verb: str, ctx: ArticleContext) -> bool:
    return verb[:5].lower() == "clear" and (ctx.demining or _DEMINING.search(text) is not None)


_GOVERNOR_WORDS = frozenset({"governor", "mayor", "head"})
# A regional official's title: whose region the figures he gives later are in
_GOVERNS = re.compile(r"\b(?:[Gg]overnor|[Mm]ayor|head of the [\w ]{0,30}administration)\b")


_EDITORS_NOTE = re.compile(r"\s*\[[^\[\]]*\]?\s*$|[^\[\]]*\]\s*$")


def _update_context(
    text: str,
    mentions: list[Mention],
    places: list[Place],
    drafts: list[Draft],
    ctx: ArticleContext,
) -> None:
    person = None
    for m in mentions:
        if m.kind == "person":
            if not text.startswith(("'s ", "’s "), m.end):
                # (an owner is no "he" of the sentences after: "the gunners hunting Putin's
                # killer drones", then "his crew has shot down 37 Shaheds, he says")
                ctx.last_person = person = m
            if m.side and len(ctx.people) < 50:
                ctx.people.append(m)  # whose turns a transcript may give ("GEN. KOVACS: ...")
                _learn_surname(m, ctx)
        elif m.kind == "adjective" and _CIVILIANS.match(text, m.end) and m.side in opponents():
            ctx.paragraph_victims = m.side  # "harm to Ukrainian civilians"
    if person is None and ", " in text and (apposed := apposed_person(text, mentions, places)):
        ctx.last_person = apposed  # "Oleksandr Volkov, head of the regional administration"
        if apposed.side and len(ctx.people) < 50:
            ctx.people.append(apposed)
            _learn_surname(apposed, ctx)
    if "," in text and len(ctx.people) < 50:
        # a list of witnesses, whose turns a transcript gives by name: "Rt Hon Daniel Okafor
        # MP, Secretary of State for Defence; Lieutenant General Sir Alastair Kerr, ..."
        known = {p.text for p in ctx.people}
        for honoured in honoured_people(text, mentions):
            if honoured.side and honoured.text not in known:
                ctx.people.append(honoured)
    if not ctx.demining and not _MINE_WORDS.isdisjoint(tokens_of(text).vocabulary):
        ctx.demining = True
    if (
        person is not None
        and person.name
        and not _GOVERNOR_WORDS.isdisjoint(tokens_of(text).vocabulary)
        and _GOVERNS.search(text)
    ):
        region = next((p for p in places if p.region and p.kind == "region"), None)
        if region is not None:
            ctx.official_place = (person.name, region)
    # (not the speaker of a quoted post: "01:15 — Terekhov: \"A KAB has hit ...\"")
    subject = clause_subject(mentions, label_end(text), len(text), text)
    if subject:
        ctx.last_subject_side = subject.side
        ctx.last_subject_enemy = subject.kind == "enemy"
        ctx.last_subject_kind = subject.kind
    # the body a sentence is about when it says nothing: "it" of the next sentence
    ctx.last_body = (
        subject if subject and not drafts and subject.side and subject.kind == "body" else None
    )
    for d in drafts:
        if d.claimant:
            ctx.last_claimant = (d.claimant, d.claimant_side)
        if is_launch(d):
            ctx.launches[d.extra.get("weapon_type")] = d
    if not drafts and not _EDITORS_NOTE.match(text):
        # (an editor's note in brackets speaks for itself, not for the text around it:
        # "[Ukraine's General Staff did not confirm the loss.]" in a translated bulletin)
        speaker = find_speaker(text, mentions, ctx)
        if speaker[1]:
            ctx.last_claimant = ctx.paragraph_claimant = speaker
            ctx.claimant_sides.add(speaker[1])
            if RETROSPECTIVE.match(text):  # "This was reported by the General Staff"
                for d in ctx.last_drafts:
                    if d.extra.get("claimant_carried"):
                        d.claimant, d.claimant_side = speaker
    if not drafts and ctx.last_drafts and SOURCE_LINE.fullmatch(text.strip()):
        # "• Russia launched about 1,250 attack drones ... over the week." then "(Zelenskyy,
        # Sunday address)": the bracketed source of the line before, where it named none
        source = next((m for m in mentions if m.side and m.kind != "pronoun"), None)
        for d in ctx.last_drafts if source else ():
            if d.extra.get("claimant_carried") or d.claimant_side is None:
                d.claimant, d.claimant_side = source.name or source.text, source.side
        # (the figures it sources stay those the next line's "of them" counts)
    else:
        ctx.last_drafts = drafts
    for d in drafts:
        if d.noun is not None and d.action is not None and d.category is not None:
            ctx.counted[d.noun.text.rsplit(maxsplit=1)[-1].lower()] = d
            ctx.last_counted = d
    for d in drafts:
        if d.action in CARRIED_ACTIONS and d.actor:
            ctx.last_sides[d.action] = (d.actor, d.target)
    actions = find_actions(text) if not drafts else []
    # (land counted with no verb is no event: "• Kyiv region: 540 km2" of land demined; nor
    # are people counted with no verb: "Serhii Bondar, who leads a team of 14 deminers")
    event = next(
        (
            d
            for d in reversed(drafts)
            if d.actor
            and (d.action or (d.unit not in _AREAS and d.category != "personnel"))
            # (an exchange of prisoners is no attack: "640 servicemen had been returned"; nor
            # a rescue: "City emergency services evacuated 236 people"; nor a supply: "the UK
            # has delivered to Ukraine: - 32 patrol vehicles"; nor recruitment: "212 citizens
            # who signed contracts with the Ukrainian army")
            and d.action not in ("returned", "released", "evacuated", "delivered", "recruited")
            # (nor a warring side's trade figure: "Ukraine shipped 3.1 million tonnes",
            # "cutting its loading capacity by about 40%"; a donor's money still is: "a $2.5
            # billion US package" before the items it pays for)
            and not (d.category == "economic" and d.actor in opponents())
        ),
        None,
    )
    if event:  # who attacked whom: the owner of weapons shot down is the attacker
        shot_down = event.action == "shot_down"
        ctx.last_event = (event.target, event.actor) if shot_down else (event.actor, event.target)
    elif "losses" in text and (loser := _losses_of(text, mentions)):
        # "Ukraine's tank losses stayed low. Three of the 17 were Leopard 2A6s": the losses of
        # the figures that follow are that side's
        ctx.last_event = (opponent(loser), loser)
    elif actions and subject:
        a = actions[0]
        target = target_after(text, a.end, len(text), mentions)
        if (
            subject.start < a.start
            and a.pick("weapon")
            and a.pick("weapon")["action"] in ATTACK_ACTIONS
            # (nor a word whose subject is the attacked: "Ukraine detected the drones", and a
            # noun of an attack: "UKRAINE: Flash Update — attacks on energy infrastructure")
            and a.pick("weapon").get("subject_is") != "target"
            # (not a passive's, whose subject is not its agent: "the city's military
            # administration said a FAB-1500 had been used against a residential area")
            and not _PASSIVE_BEFORE.search(text, max(0, a.start - 12), a.start)
        ):
            ctx.last_event = (subject.side, target or opponent(subject.side))


# A sayer at the end of a sentence: "..., and debris fell at nine more, the Air Force said."
_SAID_AT_END = re.compile(
    r",[ ](?:[^,]{2,80}[ ])?(?:said|says|reported|reports|added|stated)"
    r"(?:[ ](?:on|in)[ ]\w+)?[.!]?[\"”’']?$"
)


def _claim_for_paragraph(text: str, drafts: list[Draft], ctx: ArticleContext) -> None:
    """A sayer named at the end of a sentence speaks for the paragraph's figures before it
    that found no claimant: "Air defence shot down or suppressed 583 targets: ... Hits by 17
    missiles and 83 drones were recorded at 22 locations, the Air Force said." """
    said = drafts[-1] if drafts else None
    if (
        said is not None
        and said.claimant_side is not None
        and not said.extra.get("claimant_carried")
        and ctx.paragraph_unclaimed
        and _SAID_AT_END.search(text.rstrip())
    ):
        for d in ctx.paragraph_unclaimed:
            if d.claimant_side is None:
                d.claimant, d.claimant_side = said.claimant, said.claimant_side
        ctx.paragraph_unclaimed = []
    ctx.paragraph_unclaimed += [d for d in drafts if d.claimant is None and d.claimant_side is None]


_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|being)[ ]+$")
# A side's losses: "Ukraine's tank losses", "Russian equipment losses", "the losses of Russia"
_LOSSES_AFTER = re.compile(r"(?:['’]s)?[ ](?:[a-z][\w-]*[ ]){0,2}losses\b")
_LOSSES_BEFORE = re.compile(r"\blosses[ ]of[ ](?:the[ ])?$")


def _losses_of(text: str, mentions: list[Mention]) -> str | None:
    """The side a sentence names losses of, or None."""
    for m in mentions:
        if (
            m.side in opponents()
            and m.kind in ("country", "adjective")
            and (
                _LOSSES_AFTER.match(text, m.end)
                or _LOSSES_BEFORE.search(text, max(0, m.start - 16), m.start)
            )
        ):
            return m.side
    return None


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

    `deadline` is a `time.monotonic()` value; past it, BudgetExceeded is raised.

    Sentences after the last one that may hold a quantity are not read: they could only feed
    the context of sentences that do not exist."""
    ctx = ArticleContext(site_side=site_side(raw_text))
    seen: set[tuple[str, str]] = set()
    pieces = [piece for sentence in sentences for piece in _pieces(sentence)]
    # From the end: only the trailing sentences are tested here, not every one twice.
    end = next(
        (i + 1 for i in reversed(range(len(pieces))) if may_hold_quantity(pieces[i].text)), 0
    )
    if end < len(pieces) and (
        RETROSPECTIVE.match(pieces[end].text) or SOURCE_LINE.fullmatch(pieces[end].text.strip())
    ):
        end += 1  # "This was reported by ...": who said what the last sentence says
    # A sentence's claims are written once its paragraph and the sentence after it are read:
    # they may say who made them ("..., the Air Force said.", "This was reported by ...").
    pending: list[tuple[SentenceInput, list[Draft]]] = []
    rows: list[dict] = []
    for s in pieces[:end]:
        if deadline is not None and time.monotonic() > deadline:
            raise BudgetExceeded(f"article {article_id} exceeded its extraction time budget")
        if (reading := read_plainly(s.text)) is None:
            drafts = analyse_sentence(s.text, ctx, s.paragraph)
        else:  # "• Around 150,000 — the number of Russian troops massed near Pokrovsk"
            drafts = reading.restore(analyse_sentence(reading.text, ctx, s.paragraph))
        if pending and pending[-1][0].paragraph != s.paragraph:
            for done in pending:
                rows.extend(_rows(article_id, raw_text, *done, seen))
            pending = []
        pending.append((s, drafts))
    for done in pending:
        rows.extend(_rows(article_id, raw_text, *done, seen))
    fill_article_places(rows)
    _fill_article_claimant(rows)
    yield from rows


def _fill_article_claimant(rows: list[dict]) -> None:
    """A figure that no one in or around its sentence is said to claim ("Twenty-six people
    were killed there", in a report of a Security Council meeting where Ukraine's envoy
    spoke) is given the side a clear majority of the article's figures are claimed by: the
    article's voice. The claimant stays empty, so such rows can be told apart
    (`claimant is null and claimant_side is not null`), and their confidence drops by 0.1."""
    sides = Counter(r["claimant_side"] for r in rows if r["claimant_side"])
    if sides.total() < _VOICE_MIN:
        return
    side, n = sides.most_common(1)[0]
    if n < _VOICE_SHARE * sides.total():
        return
    for r in rows:
        if r["claimant_side"] is None and r["claimant"] is None:
            r["claimant_side"] = side
            r["confidence"] = round(max(0.05, r["confidence"] - 0.1), 2)


# An article's voice: the side at least 60% of its claimed figures (and at least two) have
_VOICE_MIN = 2
_VOICE_SHARE = 0.6


def _rows(
    article_id: str,
    raw_text: str,
    s: SentenceInput,
    drafts: list[Draft],
    seen: set[tuple[str, str]],
) -> Iterator[dict]:
    """Claim rows of one sentence's drafts; a statement the article repeats is written once
    (the same sentence, the same number phrase, its nth time in the sentence)."""
    if not drafts:
        return
    sentence = " ".join(s.text.split()).lower()
    times: dict[str, int] = {}
    for d in drafts:
        start, end = s.offsets.raw_span(d.q.start, d.q.end)
        surface = raw_text[start:end]
        times[surface] = times.get(surface, 0) + 1  # "one missile ... and one missile struck"
        key = (sentence, f"{surface}#{times[surface]}")
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


__all__ = [
    "BudgetExceeded",
    "SentenceInput",
    "analyse_sentence",
    "extract_claims",
    "extract_from_sentences",
]
