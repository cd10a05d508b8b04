"""The grammar of quantities: find every number phrase in a sentence and read its value.

A number phrase is digits ("34100", "1,000", "1 000", "39.6"), number words ("eight",
"twenty-five", "a dozen"), or a vague amount ("dozens", "hundreds of"); with an optional
multiplier ("121 thousand", "$1.1 million", "10k", "1.5bn"), a currency or percent sign, and a
qualifier from the `qualifiers` lexicon ("more than", "nearly", "or more") that sets the bounds.

What is *not* a quantity is decided here too, from the form alone: dates, clock times,
durations and ages, ordinals, designators (Su-34, Kh-101, "Article 5") and capitalised number
words in names ("Group of Seven"). Years are flagged (`maybe_year`) for the caller, which knows
whether a counted noun follows.

Every regular expression uses bounded or possessive quantifiers: no input backtracks.
"""

import re
from decimal import Decimal
from functools import lru_cache

from pipeline.lexicons import lexicon_dir, load_rows, matcher, on_reload, tokens_of, trie_pattern
from pipeline.records import record
from pipeline.text.needles import folds_simply
from pipeline.text.spans import longest_first

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9}
# South Asian scales: "Rs 4.1 crore", "3.3 lakh rupees"
INDIAN_SCALES = {"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}

# Vague amounts: (value_low, value_high); the claim's value is the low bound. See README.
VAGUE = {
    "several": (3, 9),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
    "several tens of thousands": (30000, 99999),
    "tens of thousands": (20000, 99999),
    "hundreds of thousands": (200000, 999999),
    "millions": (2e6, 9.99e6),
}

_WORD = f"(?:{trie_pattern([*UNITS, *TENS, 'hundred', *SCALES, 'dozen'])})"
_AFTER_SCALE = "(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))"
_NUMBER_WORDS = re.compile(
    # "and" only after a scale word: "three hundred and five", not "between three and five"
    rf"(?<![\w-])(?:an?[ ]+)?(?:{_WORD})(?:(?:[ -]|{_AFTER_SCALE}[ ]and[ ])(?:{_WORD})){{0,8}}+"
    r"(?:[ ]and[ ]a[ ]half[ ](?:thousand|million|billion))?"  # "one and a half million"
    r"(?![\w-])",
    re.IGNORECASE,
)
_DIGITS = re.compile(
    r"(?<![\w.,/:])(?<![^\W\d_]-)"  # not inside a word, a decimal or a designator (Su-34)
    # a decimal comma, in a figure with a scale word ("2,5 thousand", "UAH 3,2 million")
    r"(?P<num>\d{1,3},\d{1,2}(?=[ \u00a0]?(?:thousand|million|billion)\b|(?:mln|mn|bn|m|k)\b)"
    # thousands set off by spaces and a decimal comma: "2 030,5 hectares"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+,\d{1,2}(?!\d)"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])"  # South Asian grouping: "Rs 5,00,000"
    r"|\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))\d{3})++(?:\.\d{1,6})?+"
    r"|\d++(?:\.\d{1,6})?+)"
    r"(?P<suffix>k|mn|mln|m|bn|b)?(?![\w]|-[A-Za-z]|[.,]\d)"
)
# (and the wires' abbreviations, set apart: "over 14 mln artillery shells", "EUR 14 bn")
_SCALE_AFTER = re.compile(
    r"[ \u00a0]?(thousand|million|billion|trillion|lakhs?|crores?)\b|[ \u00a0](mln|bln|bn|mn)\b",
    re.IGNORECASE,
)
_PERCENT_AFTER = re.compile(r"[ \u00a0]?(?:%|percent\b|per[ ]cent\b)", re.IGNORECASE)
_VAGUE = re.compile(
    r"(?<![\w-])(?:several tens of thousands|tens of thousands|hundreds of thousands|several|dozens"
    r"|scores|hundreds|thousands|millions)(?![\w-])",
    re.IGNORECASE,
)
_SCALE_OF_SEVERAL = re.compile(
    r"[ \u00a0](hundred|thousand|million|billion|dozen)\b", re.IGNORECASE
)
_SCALE_WORDS = {"hundred": 100, "dozen": 12, **SCALES}
_INCREMENT_BEFORE = re.compile(r"\([ ]?\+[ ]?$")
# Ranges: "20,000 to 30,000", "14,000–15,000", "20-30", "between 10 and 15", "from 5 to 7".
_RANGE_GAP = re.compile(r"[ \u00a0]?(?:-|–|—|to|and|or)[ \u00a0]?", re.IGNORECASE)
_RANGE_INTRO = re.compile(r"\b(?:between|from)[ ]$", re.IGNORECASE)
# Shares of a figure named nearby: "half of them", "three-quarters of the drones".
SHARES = {
    "half": 0.5,
    "a half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "one-third": 1 / 3,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "one-quarter": 0.25,
    "three quarters": 0.75,
    "three-quarters": 0.75,
    "a fifth": 0.2,
}
_SHARE = re.compile(
    r"(?<![\w-])(?<!the )(?<!first )(?<!second )(?:"
    + "|".join(sorted((re.escape(k) for k in SHARES), key=len, reverse=True))
    + r")(?=[ ]of[ ])",
    re.IGNORECASE,
)
# A share of a multiplier: "half a million", "a quarter of a million", "half a dozen"
_FRACTIONS = {"half": 0.5, "a quarter": 0.25, "a third": 1 / 3, "three quarters": 0.75,
              "three-quarters": 0.75, "two thirds": 2 / 3, "two-thirds": 2 / 3}  # fmt: skip
_FRACTION_OF_SCALE = re.compile(
    r"(?<![\w-])(?P<frac>half|a[ ]quarter|a[ ]third|three[ -]quarters|two[ -]thirds)"
    r"[ ](?:of[ ])?an?[ ](?P<scale>dozen|thousand|million|billion)(?![\w-])",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"[,\s\u00a0\u202f\u2009]")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Lower-case words one of which a scanner's match must contain (tokens of the sentence).
_NUMBER_WORD_SET = frozenset([*UNITS, *TENS, "hundred", *SCALES, "dozen"])
_SHARE_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth"})
_VAGUE_WORDS = frozenset({"several", "dozens", "scores", "hundreds", "thousands", "millions"})


@lru_cache(maxsize=4)
def _currency_before(folder: str) -> re.Pattern:
    """A currency written before a figure (units.csv rows placed `before`): a sign ("$",
    "US$", "₴"), or a code set off by a space ("UAH 99", "NOK 12 million", "Rs 4.1 crore")."""
    terms = [r["term"] for r in load_rows("units", folder) if r["position"] == "before"]
    by_length = sorted({*terms, "UAH"}, key=len, reverse=True)  # (UAH: "UAH 99", no row)
    signs = "|".join(re.escape(t) for t in by_length if not t.isalnum())
    codes = "|".join(re.escape(t) for t in by_length if t.isalnum())
    return re.compile(rf"(?:{signs}|\b(?:{codes})[ \u00a0])[ \u00a0]?$")


on_reload(_currency_before.cache_clear)

_DESIGNATORS = frozenset(
    "article flight unit brigade regiment battalion division corps squadron no number route"
    " highway resolution chapter section block reactor gate level project".split()
)

_DESIGNATOR_PLURALS = frozenset(w + "s" for w in _DESIGNATORS - {"no", "corps"})


def _form(pattern: str) -> re.Pattern[str]:
    """A not-a-quantity form; it starts a word, so the engine skips the inside of words fast."""
    return re.compile(rf"(?<!\w)(?=\w)(?:{pattern})", re.IGNORECASE)


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTH_WORDS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept"
    " september oct october nov november dec december".split()
)
_TIME_UNIT_WORDS = frozenset(
    "second seconds minute minutes hour hours day days week weeks fortnight fortnights month"
    " months year years decade decades century centuries night nights season seasons".split()
)
_ZONE_WORDS = frozenset("gmt utc msk cet cest eet eest bst zulu z hrs time".split())
_SMALL = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"  # ratio terms
_DIGIT_PUNCT_DIGIT = re.compile(r"\d[-./:]\d")
_AGE_GATE = re.compile(r",[ ]\d{1,2},[ ]")
_PHONE_GATE = re.compile(r"\d[ -]\d{2,3}[ -]\d{2}[ -]\d{2}|\(\d{3,5}\)[ ]?\d")
_RATE_GATE = ("=", "kV")  # (substrings: "330kV" is one token)
_SPEED_GATE = frozenset({"/", "kph", "mph", "hour"})  # km/h, m/s, kph, mph, per hour
_SPAN_GATE = re.compile(
    r"[ ](?:or|to)[ ]\w+[ -](?:second|minute|hour|day|week|fortnight|month|year|decade|night)"
)
_PERSON_WORDS = frozenset("boy girl man woman child teenager son daughter pensioner".split())
_PEOPLE_WORDS = frozenset(
    "men women boys girls children teenagers pensioners sons daughters brothers sisters"
    " couple residents people civilians".split()
)
_STREET_WORDS = frozenset(
    "avenue ave street st road rd prospekt prospect boulevard blvd lane square shliakh".split()
)
# Forms that are not quantities, each with a gate: the words (tokens) one of which its match
# must hold, strings one of which it must contain, or a pattern it must contain. A form whose
# gate fails is not run. Words and strings are checked many times faster than a pattern.
_NOT_QUANTITY = [
    (_MONTH_WORDS, _form(  # May 7, May 7-8, 2022
        rf"\b{_MONTH}[ ]\d{{1,2}}(?:st|nd|rd|th)?(?:(?:[-–]|[ ]and[ ]|[ ]to[ ])\d{{1,2}}\b)?"
        r"\b(?:,?[ ]\d{4})?")),
    # 7 May, 7th of May, "between 11 and 17 August", "7-8 May"
    (_MONTH_WORDS, _form(
        r"\b(?:\d{1,2}(?:st|nd|rd|th)?(?:[-–]|[ ]and[ ]|[ ]to[ ]))?"
        rf"\d{{1,2}}(?:st|nd|rd|th)?[ ](?:of[ ])?{_MONTH}\b(?:[ ]\d{{4}})?")),
    # a list of days of one month: "on 6, 13, 22 and 26 November"
    (tuple(f"{d}, " for d in "0123456789"), _form(
        r"\b\d{1,2}(?:st|nd|rd|th)?(?:,[ ]\d{1,2}(?:st|nd|rd|th)?)+,?[ ](?:and|or)[ ]"
        rf"\d{{1,2}}(?:st|nd|rd|th)?[ ](?:of[ ])?{_MONTH}\b")),
    # a calibre written apart from its number: "155 mm shells", "the 120 mm mortar rounds",
    # "(82 mm mortar, 105 mm)" ("155mm" is one word, and no number)
    # (and a list of them: "mortar rounds of 120, 122, 152 and 155 mm calibre")
    ({"mm"}, _form(r"\b(?:\d{2,3}(?:,[ ]|[ ](?:and|or)[ ]))*\d{2,3}(?:[.,]\d)?[ ]mm\b")),
    # the number of a numbered heading or question: "2. How many people were mobilised?",
    # "1. Kostiantynivka: ..." (a sentence that opens with it)
    (re.compile(r"^\d{1,2}\. [A-Z\"“]"), re.compile(r"^\d{1,2}(?=\. [A-Z\"“])")),
    # a phone number in groups: "Psychological support for children: 0 800 500 225"
    (re.compile(r"\b0[ ]\d{3}[ ]"), _form(r"\b0[ ]\d{3}(?:[ ]\d{2,3}){1,3}\b")),
    # a price compared with one thing's: "roughly ten times less than one Kalibr"
    ({"times"}, _form(r"(?<=times[ ]less[ ]than[ ])one\b|(?<=times[ ]more[ ]than[ ])one\b")),
    # the army slang for the dead and the wounded, "200" and "300": "Occupiers eliminated
    # (\"200\"): 211", "cargo 200"
    ({"200", "300"}, _form(
        r"(?<=\([\"“])[23]00(?=[\"”]\))|(?<=\()[23]00(?=\))|(?<=cargo[ ])[23]00\b")),
    # the sources of a report, counted: "two industry sources told EEM", "three people
    # familiar with the matter said" (who speaks, not what befell anyone)
    ({"sources", "officials", "diplomats", "people"}, _form(
        rf"\b(?:\d{{1,2}}|{_WORD}|several)[ ](?:[a-z-]+[ ]){{0,2}}?(?:sources|officials|diplomats"
        r"|people)[ ](?:familiar[ ]with|told|said|say|says|briefed[ ]on|speaking[ ]on)\b")),
    # "two orders of magnitude smaller": a scale, not a count
    ({"magnitude"}, _form(rf"\b(?:\d{{1,2}}|{_WORD})[ ]orders?[ ]of[ ]magnitude\b")),
    # dates and clock times in digits: 2022-10-10, 24.02.2022, "on 24.02", 10:30
    (_DIGIT_PUNCT_DIGIT, _form(
        r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
        r"|\b(?:on|since|from|until|by|till)[ ]\d{1,2}\.\d{2}\b|\b\d{1,2}:\d{2}\b")),
    ({"am", "pm", "m"}, _form(r"\b\d{1,2}[ ]?(?:a\.m\.|p\.m\.|am\b|pm\b)")),  # 5 a.m.
    # clock times of four digits with a time zone: "at 0340 GMT", "(2000-0400 GMT)", "from 0200
    # to 0530 local time"
    (_ZONE_WORDS, _form(
        r"\b(?:[01]\d|2[0-3])[0-5]\d(?:[ ]?(?:-|–|to)[ ]?(?:[01]\d|2[0-3])[0-5]\d)?"
        r"[ ]?(?:GMT|UTC|MSK|CET|CEST|EET|EEST|BST|Zulu|Z|hrs|(?:local|Kyiv|Moscow)[ ]time)\b")),
    # a share of a unit of time: "within a quarter of an hour", "half an hour later"
    (_TIME_UNIT_WORDS, _form(
        r"\b(?:half|a[ ]quarter|three[ -]quarters)[ ](?:of[ ])?an?[ ]"
        r"(?:second|minute|hour|day|week|month|year|decade|century)\b")),
    # one person among many: "He is one of 1,912 children Ukraine has brought back" (the
    # many are the claim)
    ({"one"}, _form(r"\b(?:is|was|became|becomes)[ ]one(?=[ ]of[ ](?:the[ ])?\d)")),
    # the price of one: "One IRIS-T SLM missile costs about €430,000" (the price is the claim)
    ({"costs", "cost"}, _form(r"\bone[ ](?:[\w-]+[ ]){1,4}(?:costs|cost)\b")),
    # durations and ages: "24 hours", "three years ago", "10-year-old"
    (_TIME_UNIT_WORDS, _form(
        rf"(?<![\w.,])(?:\d[\d.,]{{0,20}}+|(?:{_WORD})(?:[ -](?:{_WORD})){{0,6}}+"
        r"|several|(?:dozens|scores|hundreds|thousands)[ ]of)"  # "several years of wages"
        # ("two more days", "three full weeks")
        r"[ -](?:(?:more|further|extra|full|long)[ ])?"
        r"(?:second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie)|night"
        r"|season)s?\b")),  # ("the club's No. 1 for seven seasons")
    # durations in abbreviations: "the longest delay 4 h 20 min", "a 3-hour pause", "45 min"
    ({"h", "hr", "hrs", "min", "mins"}, _form(
        r"(?<![\w.,])\d{1,3}[ ]?(?:h|hrs?)(?:[ ]\d{1,2}[ ]?mins?)?\b"
        r"|(?<![\w.,])\d{1,3}[ ]?mins?\b")),
    # "two or three days", "three to four weeks": a span of time, both ends
    (_SPAN_GATE, _form(
        rf"\b(?:\d{{1,3}}|{_WORD})[ ](?:or|to)[ ](?:\d{{1,3}}|{_WORD})[ -]"
        r"(?:second|minute|hour|day|week|fortnight|month|year|decade|night)s?\b")),
    # ages of a group: "mobilized men over 45"
    (("men over", "men under", "men aged", "people over", "people under", "recruits over",
      "volunteers over", "conscripts over", "those over", "those under", "Men over", "Men under",
      "Men aged", "Women over", "People over", "Those over", "Those under"), _form(
        r"\b(?:[Mm]en|[Ww]omen|[Pp]eople|recruits|volunteers|conscripts|[Tt]hose)[ ](?:aged[ ])?"
        r"(?:over|under|above|below)[ ]\d{2}\b(?![ ]?%)")),
    # ratios: "one in five of the wounded", "eight out of every ten men", "nearly 1 in 100"
    (re.compile(r"(?:[Oo]ne|\d)[ ]in[ ]\w| in every |out of every"), _form(
        rf"\b(?:one|\d{{1,2}})[ ]in[ ](?:every[ ])?(?!one\b)(?:\d{{1,3}}|{_WORD})\b"
        rf"|\bout[ ]of[ ]every[ ](?:\d{{1,3}}|{_WORD})\b")),
    # the places named before: "killed 17 farm workers in the two regions", "across the three
    # oblasts" (not a count of them)
    ({"two", "three", "four", "five"}, _form(
        r"\b(?:in|of|across|between|for|from)[ ]the[ ](?:two|three|four|five)"
        r"(?=[ ](?:regions|oblasts|countries|sides|cities|districts|provinces)\b)")),
    # none: "Not one of them was a soldier"; a scale word alone names a table's unit: "Water
    # supplied, thousand cubic metres"
    ({"one"}, _form(r"\b[Nn]ot[ ]one\b")),
    ({"thousand", "million", "billion"}, _form(r"(?<=,[ ])(?:thousand|million|billion)\b")),
    # idioms of order, not counts: "two missiles, one after the other", "one by one", "one
    # another", "one at a time"
    ({"one"}, _form(
        r"\b[Oo]ne[ ](?:after[ ](?:the[ ]other|another)|by[ ]one|another|at[ ]a[ ]time)\b")),
    # a model designator after a name: "Mirage 2000-5", "Zala 421-16E" (not "Sumy, 10-12")
    (re.compile(r"[A-Z][a-z]+ \d{2,4}-\d"), _form(r"\b[A-Z][a-z]+[ ]\d{2,4}-\d{1,3}[A-Za-z]*\b")),
    # temperatures and odds: "minus 15 Celsius", "12 degrees", "a 40 to 50 per cent chance"
    ({"celsius", "degrees", "chance", "probability", "°"}, _form(
        r"\b(?:minus[ ])?\d{1,2}(?:[ ]?°[CF]?|[ ](?:degrees|Celsius)\b)"
        r"|\b\d{1,3}(?:[ ](?:to|and)[ ]\d{1,3})?(?:%|[ ]per[ ]?cent)[ ](?:chance|probability)\b")),
    # a rank among the biggest: "one of Russia's three largest refineries"
    ({"largest", "biggest", "most", "top", "leading"}, _form(
        rf"\bof[ ](?:the|its|their|[A-Z][\w-]*['’]s)[ ](?:\d{{1,2}}|{_WORD})[ ]"
        r"(?:largest|biggest|most|top|leading)\b")),
    # ages set off by commas after a person: "A tractor driver, 52, died", "Ivan Petrov, 45, was"
    (re.compile(r", \d\d?, "), _form(
        r"(?:\b[a-z]+(?:er|man|woman|boy|girl|ent|ner)|\b[A-Z][a-z]+),[ ]\d{1,2},"
        r"(?=[ ](?:was|were|is|had|has|died|who|said|says|told|from|of|a|an|the|joined"
        r"|served|became|commands|commanded|fought|lost|lives|lived|works|worked"
        # ("and midfielder Artem Shevchuk, 24, in Kharkiv region last October")
        r"|in|near|at|on|after|when|while)\b)")),
    # "the tractor driver, 39, and his 17-year-old assistant": a person's age before another
    (re.compile(r", \d\d?, and "), _form(
        r"\b[a-z]+(?:er|man|woman|boy|girl|ent|ner|or|ist),[ ]\d{1,2},"
        r"(?=[ ]and[ ](?:his|her|their)\b)")),
    # ages: "a boy of 11", "a woman of 82"
    (_PERSON_WORDS, _form(
        r"\b(?:boy|girl|man|woman|child|teenager|son|daughter|pensioner)[ ]of[ ]"
        rf"(?:\d{{1,3}}|{_WORD}(?:[-](?:{_WORD}))?)\b")),  # ("a girl of nine")
    # a time of day in words: "at eight in the morning", "by seven in the evening"
    ({"morning", "afternoon", "evening"}, _form(
        rf"\b(?:at|by|until|till|after|before|from|around|about)[ ](?:{_WORD}|\d{{1,2}})"
        r"[ ]in[ ]the[ ](?:morning|afternoon|evening)\b")),
    # "one" as a determiner after a preposition: "300 Russians and 15 of us in one village",
    # "30, 40 fragments in one body" (not "with one missile": a weapon counted)
    ({"one"}, _form(r"\b(?:in|into|at|on|from)[ ]one(?=[ ](?!of\b)[a-z]+\b)")),
    # an age limit moved: "lowers the age from which men can be mobilised from 25 to 23",
    # "raise the conscription age to 20"
    ({"age"}, _form(
        r"\bage[ ](?:[a-z]+[ ]){0,7}?(?:from[ ]\d{2}[ ](?:to|down[ ]to|up[ ]to)[ ]\d{2}"
        r"|to[ ]\d{2})\b(?![ ]?%|[ ](?:percent|per[ ]cent|thousand|million))")),
    # ages: "aged 45", "children aged between 2 and 16", "aged 18 to 24"
    # and "aged 19, 24 and 41"
    ({"aged"}, _form(r"\baged[ ](?:between[ ])?\d{1,3}(?:,[ ]\d{1,3}){0,8}"
                     r"(?:,?(?:[ ]and[ ]|[ ]to[ ]|[-–])\d{1,3})?\b")),
    # telephone numbers: "0 800 33 51 94", "8 (4712) 70-00-70", "+380 44 123 45 67"
    (_PHONE_GATE, re.compile(
        r"(?<![\w.,])(?:\+\d{1,3}[ ]?\(?\d{1,4}\)?|\d[ ]?\(\d{2,5}\)|0\d{0,4})"
        r"(?:[ -]\d{2,3}){2,4}(?!\w|[.,]\d)")),  # (a leading 0, + or area code in brackets)
    # exchange rates and voltages: "$1 = 85 roubles", "330 kV substations"
    (_RATE_GATE, re.compile(r"(?:US\$|\$|€|£)1[ ]?=[ ]?\d[\d.,]*|\b\d{1,4}[ ]?kV\b")),
    # speeds: "up to 500 km/h", "900 kilometres per hour", "120 mph"
    (_SPEED_GATE, re.compile(
        r"(?<![\w.,])(?:up[ ]to[ ]|about[ ]|over[ ]|some[ ])?\d[\d.,]*[ ]?(?:km/h|kph|mph|m/s"
        r"|(?:km|kilomet(?:re|er)s?|miles?|knots?)[ ]per[ ]hour)(?!\w)")),
    # a street address: "45 Nauky Avenue", "173 Poltavskyi Shliakh St."
    (_STREET_WORDS, re.compile(
        r"(?<![\w.,])\d{1,4}[a-z]?[ ](?:[A-Z][\w’'-]*[ ]){1,3}"
        r"(?:Avenue|Ave|Street|St|Road|Rd|Prospekt|Prospect|Boulevard|Blvd|Lane|Square|Shliakh)\b")),
    # an age set off by commas after a name: '"Bison", 38, a drone platoon commander'
    # ("driver Serhii, 52, and paramedic Olha, 29": after a capitalised name, a role after)
    (_AGE_GATE, _form(
        r"(?<=[\w”\"’'],[ ])\d{1,2}(?=,[ ](?:a|an|the|who|from)[ ])"
        r"|(?<=[a-z],[ ])\d{1,2}(?=,[ ]and[ ][a-z]+[ ][A-Z][a-z]+,[ ]\d{1,2}\b)")),
    # ... and the second of such a pair: "..., and paramedic Olha, 29"
    (_AGE_GATE, _form(
        r"\band[ ][a-z]+[ ][A-Z][a-z]+,[ ]\d{1,2}(?=[.;]|,[ ](?:was|were|is|are)\b)")),
    # an age set off by a comma after a person: "injuring a woman, 61.", "a man, 45, died"
    (_PERSON_WORDS, _form(
        "(?:" + "|".join(rf"(?<=\b{w},[ ])" for w in sorted(_PERSON_WORDS)) + r")\d{1,2}"
        r"(?=[.,;)]|$)")),
    # ages of several set off by commas after them: "Two women, 54 and 61, were killed"
    (_PEOPLE_WORDS, _form(
        "(?:" + "|".join(rf"(?<=\b{w},[ ])" for w in sorted(_PEOPLE_WORDS)) + r")"
        r"\d{1,2}(?:,[ ]\d{1,2})*,?[ ](?:and|to)[ ]\d{1,2}(?=,)")),
    ({"no"}, _form(r"\bno[ -]one\b")),  # "no one was hurt"
    ({"every", "each"}, _form(r"\b(?:every|each)[ ]one\b")),  # "every one of them"
    ({"one"}, _form(rf"(?:{_SMALL}[ ]or[ ])?{_SMALL}[ -]to[ -]one\b")),  # "three or four to one"
    # model names with two numbers: "ZU-23-2", "BM-21-1" (the second is no count)
    (re.compile(r"[A-Z]-\d"), re.compile(r"\b[A-Z][A-Za-z]{0,4}-\d{1,4}(?:-\d{1,4})+\b")),
    # designators: "Article 5", "Flight 17", "Brigade 53"
    (_DESIGNATORS, _form(
        rf"\b(?:No\.?|{'|'.join(sorted(_DESIGNATORS - {'no'}))})[ ]\d{{1,5}}\b")),
    # and a list of them: "the turbine halls of units 1, 2 and 4", "Articles 438 and 111"
    (_DESIGNATOR_PLURALS, _form(
        rf"\b(?:{'|'.join(sorted(_DESIGNATOR_PLURALS))})[ ]\d{{1,5}}(?:,[ ]\d{{1,5}})*,?"
        r"[ ](?:and|or|to)[ ]\d{1,5}\b")),
]  # fmt: skip


@record
class Quantity:
    """A number phrase in a sentence. `start`/`end` cover the whole surface (qualifier
    included); `num_start`/`num_end` cover the number itself."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    value_low: float | None
    value_high: float | None
    qualifier: str
    kind: str  # digits | words | vague | range | share | increment
    unit: str | None = None  # "percent", or the currency symbol written before the number
    maybe_year: bool = False


def parse_number_words(phrase: str) -> float | None:
    """Value of a number-word phrase: "twenty-five" -> 25, "a dozen" -> 12, "two hundred
    thousand" -> 200000. None when the phrase holds no number word."""
    words = re.split(r"[\s-]+", phrase.lower())
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if word in ("a", "an") and not seen:
            current, seen = 1.0, True
        elif word == "and" or (word == "a" and seen):  # "three hundred and five", "and a half"
            continue
        elif word == "half" and seen:
            current += 0.5
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word == "dozen":
            current = (current or 1) * 12
            seen = True
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current, seen = 0.0, True
        else:
            return None
    return total + current if seen else None


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_SPACED_DECIMAL_COMMA = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+,\d{1,2}")


def parse_digits(text: str) -> float:
    """Value of a digit string with thousands separators: "1,000" -> 1000, "1 000" -> 1000."""
    if _DECIMAL_COMMA.fullmatch(text):
        return float(text.replace(",", "."))  # "2,5" before a scale word: two and a half
    if _SPACED_DECIMAL_COMMA.fullmatch(text):
        whole, fraction = text.rsplit(",", 1)  # "2 030,5": two thousand and thirty and a half
        return float(_SEPARATOR.sub("", whole) + "." + fraction)
    return float(_SEPARATOR.sub("", text))


def bounds(value: float, qualifier: str) -> tuple[float | None, float | None]:
    """(value_low, value_high) implied by a qualifier. Approximate figures get +/-10%."""
    if qualifier == "exact":
        return value, value
    if qualifier == "at_least":
        return value, None
    if qualifier == "at_most":
        return None, value
    return round(value * 0.9, 6), round(value * 1.1, 6)


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the not-a-quantity forms in `text`; forms may overlap (any one blocks)."""
    words = tokens_of(text).vocabulary
    spans = []
    for gate, form in _NOT_QUANTITY:
        if type(gate) is tuple:
            if not any(s in text for s in gate):
                continue
        elif type(gate) is re.Pattern:
            if not gate.search(text):
                continue
        elif words.isdisjoint(gate):
            continue
        spans += [m.span() for m in form.finditer(text)]
    return spans


def _inside(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    return any(s <= lo and hi <= e for s, e in spans)


def _raw_quantities(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    words = tokens_of(text).vocabulary  # scanners whose words are absent are skipped
    for m in _DIGITS.finditer(text):
        value = parse_digits(m["num"])
        end, unit = m.end(), None
        scale = SUFFIX_SCALES.get((m["suffix"] or "").lower())
        if scale is None and (sm := _SCALE_AFTER.match(text, end)):
            word = (sm[1] or sm[2]).lower()
            scale = SCALES.get(word) or INDIAN_SCALES.get(word) or SUFFIX_SCALES[word]
            end = sm.end()
        start = m.start()
        if cm := _currency_before(lexicon_dir()).search(text, max(0, start - 5), start):
            start, unit = cm.start(), cm.group().strip()
        elif m["suffix"] and m["suffix"].lower() == "m" and scale:
            pass  # "5m" without a currency is still five million in news copy
        if pm := _PERCENT_AFTER.match(text, end):
            end, unit = pm.end(), "percent"
        kind = "increment" if _INCREMENT_BEFORE.search(text, max(0, start - 3), start) else "digits"
        is_plain = not m["suffix"] and scale is None and unit is None
        maybe_year = is_plain and _YEAR.fullmatch(m["num"]) is not None
        found.append(
            Quantity(
                start,
                end,
                m.start("num"),
                end,
                times(value, scale),
                None,
                None,
                "exact",
                kind,
                unit,
                maybe_year and kind == "digits",
            )
        )
    for m in _NUMBER_WORDS.finditer(text) if words & _NUMBER_WORD_SET else ():
        phrase = m.group()
        if re.fullmatch(r"an?", phrase, re.IGNORECASE):
            continue
        if re.match(r"an?[ ]", phrase, re.IGNORECASE) and not re.search(
            r"(?i)\b(hundred|thousand|million|billion|dozen)\b", phrase.split(None, 1)[1][:9]
        ):
            # "a two-day" is not "a" + number: drop the article
            offset = len(phrase) - len(phrase.split(None, 1)[1])
            m_start, phrase = m.start() + offset, phrase[offset:]
        else:
            m_start = m.start()
        value = parse_number_words(phrase)
        if value is None:
            continue
        if phrase[0].isupper() and m_start > 0 and not _at_sentence_start(text, m_start):
            continue  # "Group of Seven", "the Big Three": a name, not a count
        if phrase.lower() in SCALES and text[m_start - 1 : m_start] in ("(", "/"):
            continue  # "(million tonnes)": a table's unit, no count
        end, unit = m_start + len(phrase), None
        if pm := _PERCENT_AFTER.match(text, end):
            end, unit = pm.end(), "percent"  # "Ninety-three per cent of the casualties"
        found.append(
            Quantity(m_start, end, m_start, end, value, None, None, "exact", "words", unit)
        )
    for m in _FRACTION_OF_SCALE.finditer(text) if words & _SHARE_WORDS else ():
        scale = 12 if m["scale"].lower() == "dozen" else SCALES[m["scale"].lower()]
        value = _FRACTIONS[m["frac"].lower()] * scale
        found.append(Quantity(m.start(), m.end(), m.start(), m.end(), value, None, None, "exact",
                              "words"))  # fmt: skip
    for m in _SHARE.finditer(text) if words & _SHARE_WORDS else ():
        share = SHARES[" ".join(m.group().lower().split())]
        found.append(
            Quantity(m.start(), m.end(), m.start(), m.end(), share, None, None, "exact", "share")
        )
    for m in _VAGUE.finditer(text) if words & _VAGUE_WORDS else ():
        low, high = VAGUE[m.group().lower()]
        end = m.end()
        if (scaled := _SCALE_OF_SEVERAL.match(text, end)) and m.group().lower() == "several":
            # "several hundred", "several thousand": three to nine of that
            factor = _SCALE_WORDS[scaled.group(1).lower()]
            low, high, end = low * factor, high * factor, scaled.end()
        found.append(
            Quantity(
                m.start(),
                end,
                m.start(),
                end,
                float(low),
                float(low),
                float(high),
                "approximate",
                "vague",
            )
        )
    return found


def _at_sentence_start(text: str, pos: int) -> bool:
    """Whether `pos` opens a sentence: at its start (after a list bullet: "- Three
    settlements"), or after a colon or a dash that opens a quoted post or a label's text
    ("Syniehubov: \"One person has been killed", "03:05 — Three drones"), or after a dateline's
    agency ("New Delhi, Apr 5 (GNA) Sixteen", "KYIV, March 3 (Reuters) - Sixteen")."""
    before = text[:pos].rstrip(" \"“‘'(")
    return (
        not before.strip("-–—•*·▪►")
        or before.endswith((":", " —", " –"))
        or _AGENCY_END.search(before) is not None
    )


# The agency that closes a dateline: "(GNA)", "(Reuters) -"
_AGENCY_END = re.compile(r"\([A-Z][A-Za-z/&. ]{1,24}\)(?:[ ][-–—])?$")


# A verb whose particle "over" is no qualifier: "handed over", "turned over", "taken over";
# nor is the preposition of a noun of rule: "regained control over 12 villages"
_PARTICLE_VERB = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|took|taken|take|takes|taking"
    r"|pass|passed|passes|passing|sign|signed|signs|signing|give|gave|given|gives|giving"
    r"|control|authority|sovereignty|jurisdiction)[ ]$",
    re.IGNORECASE,
)


def _with_qualifier(text: str, q: Quantity) -> Quantity:
    """Extend `q` over a qualifier before or after it and set the bounds it implies.
    Vague amounts and ranges keep their own bounds; a qualifier only widens their surface."""
    if q.kind == "vague":
        return q
    if q.kind == "increment":
        return _requalified(q, q.start, q.end, q.qualifier, q.value, q.value)
    qualifier, start, end = "exact", q.start, q.end
    for match in matcher("qualifiers").find(text):  # the sentence's terms, found once
        row = match.payload
        if match.end <= q.start:
            if (
                row["position"] == "before"
                and text[match.end : q.start].strip(" \u00a0") == ""
                # (a verb's particle: "handed over 3,600 FPV drones", "turned over 12")
                and not (
                    match.text.lower() == "over" and _PARTICLE_VERB.search(text, 0, match.start)
                )
            ):
                qualifier, start = row["qualifier"], match.start
        elif match.start >= q.end:
            if row["position"] == "after" and text[q.end : match.start].strip(" -") == "":
                qualifier, end = row["qualifier"], match.end
            break
    if (
        qualifier == "exact"
        and q.kind == "digits"
        and text.startswith("+", end)
        and not text[end + 1 : end + 2].isalnum()
    ):
        # a plus glued after the figure: "120+ drones" is at least 120
        qualifier, end = "at_least", end + 1
    if q.kind == "range":
        return _requalified(q, start, end, q.qualifier, q.value_low, q.value_high)
    low, high = bounds(q.value, qualifier)
    return _requalified(q, start, end, qualifier, low, high)


def _requalified(
    q: Quantity, start: int, end: int, qualifier: str, low: float | None, high: float | None
) -> Quantity:
    """`q` with a new surface and bounds (dataclasses.replace, without its cost per call)."""
    return Quantity(start, end, q.num_start, q.num_end, q.value, low, high, qualifier, q.kind,
                    q.unit, q.maybe_year)  # fmt: skip


# Cheap test that a sentence may hold a quantity at all: most sentences hold none.
_MAYBE_WORDS = [*UNITS, *TENS, *SCALES, "hundred", "dozen", "several", "scores", "half", "third",
                "thirds", "quarter", "quarters", "fifth", "thousands", "millions", "hundreds",
                "dozens"]  # fmt: skip
# A quantity starts a word, so the guard skips the inside of words.
_MAYBE = re.compile(
    rf"(?<!\w)(?=\w)(?:\d|(?<!-){trie_pattern(_MAYBE_WORDS)}(?![\w]))", re.IGNORECASE
)


_MAYBE_WORD_SET = frozenset(_MAYBE_WORDS)
# A digit that starts a word, in ASCII text: found from the digit, not tried at every position.
_ASCII_DIGIT_STARTING_A_WORD = re.compile(r"[0-9](?<![A-Za-z0-9_][0-9])")
_DIGIT_STARTING_A_WORD = re.compile(r"\d(?<!\w\d)")


def may_hold_quantity(text: str) -> bool:
    """False when `text` surely holds no quantity (no digit and no number word): a cheap test.
    In ASCII text a digit starting a word says yes at once; otherwise `_MAYBE` decides (in
    text beyond ASCII, digits and case folding are wider)."""
    if text.isascii() and _ASCII_DIGIT_STARTING_A_WORD.search(text):
        return True
    return _MAYBE.search(text) is not None


def _may_hold_quantity_by_tokens(text: str) -> bool:
    """`may_hold_quantity` for a sentence about to be analysed: with no digit starting a
    word, a sentence without any of the number words among its tokens (which the other steps
    build anyway) says no without the regex. Beyond ASCII, only where lower case is regular."""
    if text.isascii():
        if _ASCII_DIGIT_STARTING_A_WORD.search(text):
            return True
    elif _DIGIT_STARTING_A_WORD.search(text):
        return True
    elif not folds_simply(text):
        return may_hold_quantity(text)
    if tokens_of(text).vocabulary.isdisjoint(_MAYBE_WORD_SET):
        return False
    return may_hold_quantity(text)  # ("Su-twenty" is no number word: the regex decides)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity phrase in `text`, in order, overlapping phrases resolved (longest wins)."""
    if not _may_hold_quantity_by_tokens(text):
        return []
    blocked = _blocked_spans(text)
    candidates = [q for q in _raw_quantities(text) if not _inside(blocked, q.num_start, q.num_end)]
    kept = longest_first(candidates, lambda q: (q.num_start, q.num_end))
    return [_with_qualifier(text, q) for q in _merge_ranges(text, kept)]


# A number with no scale word of its own: "1.1" of "1.1 to 1.2 million", "20" of "20 to 30
# thousand" (which take the scale of the number after them)
_PLAIN_NUMBER = re.compile(r"\d[\d, ]*(?:\.\d+)?")


def _merge_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Join "A to B" into one quantity: value and value_low = A, value_high = B.

    A takes B's multiplier when it has none ("20 to 30 thousand"); B must exceed A.
    """
    out: list[Quantity] = []
    i = 0
    while i < len(quantities):
        q = quantities[i]
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        if (
            nxt
            and q.kind in ("digits", "words")
            and nxt.kind in ("digits", "words")
            # (not "since February 2022 to 1,268,430": a year is no range's low end)
            and not (q.maybe_year and not nxt.maybe_year)
            # (nor a change and the level it reached: "rose 18% to 7,800 hryvnias")
            and not (q.unit == "percent" and nxt.unit != "percent")
        ):
            gap = text[q.end : nxt.start]
            gap_match = _RANGE_GAP.fullmatch(gap)
            word = gap.strip().lower()
            intro = _RANGE_INTRO.search(text, max(0, q.start - 9), q.start)
            if (
                gap_match
                and (word != "and" or intro)
                # ("two or three drones" is a range; "since 2022 or 2023" two years)
                and not (word == "or" and (q.maybe_year or nxt.maybe_year))
            ):
                low = q.value
                if (
                    low < nxt.value
                    and _PLAIN_NUMBER.fullmatch(text, q.num_start, q.end) is not None
                ):
                    scale = _scale_of(text, nxt)
                    if scale > 1 and low * scale <= nxt.value:
                        low *= scale
                if low < nxt.value:
                    start = intro.start() if intro else q.start
                    out.append(
                        Quantity(
                            start,
                            nxt.end,
                            q.num_start,
                            nxt.num_end,
                            low,
                            low,
                            nxt.value,
                            "approximate",
                            "range",
                            nxt.unit or q.unit,
                        )
                    )
                    i += 2
                    continue
        out.append(q)
        i += 1
    return out


def times(value: float, scale: float | None) -> float:
    """`value` times its scale word, in decimal: "4.1 million" is 4,100,000, where binary
    floating point makes it 4099999.9999999995."""
    if not scale or scale == 1:
        return value
    return float(Decimal(repr(value)) * Decimal(scale))


def _scale_of(text: str, q: Quantity) -> float:
    """The multiplier of `q`: its scale word ("1.2 million", "1.2m", "30 thousand"), else the
    round power of a thousand it is a whole multiple of ("30,000")."""
    words = text[q.num_start : q.end].lower().replace("-", " ").split()
    last = words[-1] if words else ""
    for key in (last, last.lstrip("0123456789.,")):
        if key in SCALES:
            return SCALES[key]
        if key in SUFFIX_SCALES:
            return SUFFIX_SCALES[key]
    for scale in (1e12, 1e9, 1e6, 1e3):
        if q.value >= scale and q.value % scale == 0 and q.value / scale < 1000:
            return scale
    return 1.0
