"""Builds gold.jsonl for heldout5 from compact label tables (hand-written, blind): python -m bench.heldout5.make_gold"""

import pathlib

from bench.gold_tables import ANY as A
from bench.gold_tables import LabelTable

HERE = pathlib.Path(__file__).parent
N = None
table = LabelTable()
L, ANY = table.label, table.any


# ------------------------------------------------- n01 Kharkiv governor, Telegram
d = "n01_kharkiv_telegram.txt"


def KH(context, quote, value, q, cat, wt, action, actor, target, opt=False):
    """Kharkiv regional/city administration: claimant Ukraine, in Kharkiv region."""
    L(
        d,
        context,
        quote,
        value,
        q,
        "count",
        cat,
        wt,
        action,
        actor,
        target,
        "Ukraine",
        "Ukraine",
        "Kharkiv",
        opt,
    )


RU_UA = ("Russia", "Ukraine")
UA_RU = ("Ukraine", "Russia")
ANY(d, "shelled 17 settlements", "17")
KH("Killed: 3 people", "3", 3, "exact", "casualties", N, "killed", *RU_UA)
KH("Injured: 11 people", "11", 11, "exact", "casualties", N, "injured", *RU_UA)
KH("In Kharkiv district 6 people", "6", 6, "exact", "casualties", N, "injured", *RU_UA)
KH("in Kupiansk district 4 and", "4", 4, "exact", "casualties", N, "injured", *RU_UA)
KH("in Chuhuiv district 1.", "1", 1, "exact", "casualties", N, "injured", *RU_UA)
KH("4 guided aerial bombs (KAB)", "4", 4, "exact", "weapon", "guided_bomb", "launched", *RU_UA)
KH("19 Shahed-type UAVs", "19", 19, "exact", "weapon", "drone", "launched", *RU_UA)
KH("7 Molniya drones", "7", 7, "exact", "weapon", "drone", "launched", *RU_UA)
KH("12 FPV drones", "12", 12, "exact", "weapon", "drone", "launched", *RU_UA)
KH("and one Iskander-M missile", "one", 1, "exact", "weapon", "missile", "launched", *RU_UA)
KH("Damaged: 26 private houses", "26", 26, "exact", A, N, A, A, A)
KH("3 apartment buildings", "3", 3, "exact", A, N, A, A, A)
ANY(d, "power lines and 14 cars", "14")
ANY(d, "repelled 23 Russian assaults", "23")
KH("142 people were taken out", "142", 142, "exact", "displacement", N, "evacuated", A, A)
KH("including 18 children.", "18", 18, "exact", "displacement", N, "evacuated", A, A)
KH("9,847 people have been evacuated", "9,847", 9847, "exact", "displacement", N, "evacuated", A, A)
KH("among them 1,120 children", "1,120", 1120, "exact", "displacement", N, "evacuated", A, A)
KH("About 1,650 residents", "About 1,650", 1650, "approximate", A, N, A, A, A)
KH("including 17 children, still remain", "17", 17, "exact", A, N, A, A, A)
KH(
    "two guided aerial bombs on the Industrialnyi",
    "two",
    2,
    "exact",
    "weapon",
    "guided_bomb",
    "launched",
    *RU_UA,
)
KH("Preliminarily, 5 people were injured", "5", 5, "exact", "casualties", N, "injured", *RU_UA)
ANY(d, "and 8 cars were damaged", "8")
KH("has risen to 7", "7", 7, "exact", "casualties", N, "injured", *RU_UA)
ANY(d, "Two of them are in serious condition", "Two")
KH("restored electricity to 38,200 subscribers", "38,200", 38200, "exact", A, N, A, A, A)
KH("Another 6,400 customers", "6,400", 6400, "exact", A, N, A, A, A)
KH("shot down 9 of the 13", "9", 9, "exact", "weapon", "drone", "shot_down", *UA_RU)
KH("of the 13 Shahed drones", "13", 13, "exact", "weapon", "drone", "launched", *RU_UA)
KH(
    "Saltivskyi districts; two people were injured",
    "two",
    2,
    "exact",
    "casualties",
    N,
    "injured",
    *RU_UA,
)
ANY(d, "118 windows", "118")

# ------------------------------------------------- n02 TASS / Russian MoD dispatch
d = "n02_tass_dispatch.txt"


def RU(context, quote, value, q, cat, wt, region, opt=False):
    """MoD front summary: Russia's claim about Ukrainian losses inside Ukraine."""
    L(
        d,
        context,
        quote,
        value,
        q,
        "count",
        cat,
        wt,
        A,
        "Russia",
        "Ukraine",
        "Russia",
        "Ukraine",
        region,
        opt,
    )


def AD(context, quote, value, wt, country, region, opt=False, action="shot_down"):
    """Russian air defence / cumulative destroyed: actor Russia, target Ukraine."""
    L(
        d,
        context,
        quote,
        value,
        "exact",
        "count",
        "weapon",
        wt,
        action,
        "Russia",
        "Ukraine",
        "Russia",
        country,
        region,
        opt,
    )


RU("Kiev loses up to 1,315 troops", "up to 1,315", 1315, "at_most", "casualties", N, N, True)
AD(
    "intercepted 212 Ukrainian drones over Russian regions overnight",
    "212",
    212,
    "drone",
    "Russia",
    A,
    True,
)
RU("amounted to as many as 1,315", "as many as 1,315", 1315, "at_most", "casualties", N, N)
RU("The enemy lost up to 175 servicemen", "up to 175", 175, "at_most", "casualties", N, A)
RU("four motor vehicles and two field", "four", 4, "exact", "weapon", "vehicle", A)
RU("two field artillery guns,", "two", 2, "exact", "weapon", "artillery", A)
ANY(d, "repelled six counterattacks", "six")
RU("losses there exceeded 230 servicemen", "230", 230, "at_least", "casualties", N, "Kharkiv")
RU("two US-made M113", "two", 2, "exact", "weapon", "armored_vehicle", "Kharkiv")
RU("11 motor vehicles and a Polish", "11", 11, "exact", "weapon", "vehicle", "Kharkiv")
RU("The enemy lost up to 210 servicemen", "up to 210", 210, "at_most", "casualties", N, "Donetsk")
RU(
    "three armored combat vehicles, including",
    "three",
    3,
    "exact",
    "weapon",
    "armored_vehicle",
    "Donetsk",
)
RU("seven field artillery guns", "seven", 7, "exact", "weapon", "artillery", "Donetsk")
RU(
    "Kiev lost more than 440 servicemen",
    "more than 440",
    440,
    "at_least",
    "casualties",
    N,
    "Donetsk",
)
RU("six armored combat vehicles", "six", 6, "exact", "weapon", "armored_vehicle", "Donetsk")
RU("and 12 motor vehicles, the ministry", "12", 12, "exact", "weapon", "vehicle", "Donetsk")
RU(
    "Dnepropetrovsk Region of up to 230 servicemen",
    "up to 230",
    230,
    "at_most",
    "casualties",
    N,
    "Dnipropetrovsk",
)
RU("two tanks and nine motor", "two", 2, "exact", "weapon", "tank", "Dnipropetrovsk")
RU("nine motor vehicles. The Dnepr", "nine", 9, "exact", "weapon", "vehicle", "Dnipropetrovsk")
RU("destroyed up to 30 Ukrainian servicemen", "up to 30", 30, "at_most", "casualties", N, "Kherson")
RU("eight motor vehicles and an ammunition", "eight", 8, "exact", "weapon", "vehicle", "Kherson")
AD("shot down five guided aerial bombs", "five", 5, "guided_bomb", A, A)
AD("two HIMARS rockets", "two", 2, A, A, A)
AD("and 286 fixed-wing drones", "286", 286, "drone", A, A)
AD("destroyed 212 Ukrainian fixed-wing drones", "212", 212, "drone", "Russia", A)
for ctx, q, v, reg in [
    ("Of these, 64 were downed", "64", 64, "Bryansk"),
    ("41 over the Kursk Region", "41", 41, "Kursk"),
    ("38 over the Rostov Region", "38", 38, "Rostov"),
    ("27 over the Voronezh Region", "27", 27, "Voronezh"),
    ("19 over the Belgorod Region", "19", 19, "Belgorod"),
    ("10 over the Moscow Region", "10", 10, "Moscow"),
    ("including six flying toward Moscow", "six", 6, "Moscow"),
]:
    AD(ctx, q, v, "drone", "Russia", reg)
AD("13 over the Republic of Crimea", "13", 13, "drone", A, "Crimea")
L(
    d,
    "imposed at four Moscow airports",
    "four",
    4,
    A,
    "count",
    "infrastructure",
    N,
    A,
    A,
    A,
    A,
    "Russia",
    "Moscow",
    True,
)
L(
    d,
    "attacked border districts with 48 drones",
    "48",
    48,
    "exact",
    "count",
    "weapon",
    "drone",
    "launched",
    "Ukraine",
    "Russia",
    "Russia",
    "Russia",
    "Kursk",
)
L(
    d,
    "three civilians were injured in the Glushkovo",
    "three",
    3,
    "exact",
    "count",
    "casualties",
    N,
    "injured",
    "Ukraine",
    "Russia",
    "Russia",
    "Russia",
    "Kursk",
)
L(
    d,
    "More than 3,200 residents",
    "More than 3,200",
    3200,
    "at_least",
    "count",
    "displacement",
    N,
    A,
    A,
    A,
    "Russia",
    "Russia",
    "Kursk",
)
L(
    d,
    "that 84 Russian servicemen",
    "84",
    84,
    "exact",
    "count",
    "personnel",
    N,
    A,
    A,
    A,
    "Russia",
    A,
    A,
)
L(
    d,
    "In return, 84 prisoners of war",
    "84",
    84,
    "exact",
    "count",
    "personnel",
    N,
    A,
    A,
    A,
    "Russia",
    A,
    A,
)
for ctx, q, v, wt in [
    ("destroyed 667 aircraft", "667", 667, "aircraft"),
    ("283 helicopters", "283", 283, "helicopter"),
    ("98,450 unmanned aerial vehicles", "98,450", 98450, "drone"),
    ("638 surface-to-air missile systems", "638", 638, "air_defense"),
    ("26,180 tanks and other armored", "26,180", 26180, A),
    ("1,612 multiple rocket launchers", "1,612", 1612, "mlrs"),
    ("31,040 field artillery guns and mortars", "31,040", 31040, "artillery"),
    ("47,210 special military motor vehicles", "47,210", 47210, "vehicle"),
]:
    AD(ctx, q, v, wt, A, A, action="destroyed")

# ------------------------------------------------- n03 UN monitoring mission update
d = "n03_un_civilian_harm.txt"
UN = "United Nations"


def HR(context, quote, value, q, unit, action, actor, target, country, region, opt=False):
    """UN-voiced civilian-harm figures."""
    L(
        d,
        context,
        quote,
        value,
        q,
        unit,
        "casualties",
        N,
        action,
        actor,
        target,
        UN,
        country,
        region,
        opt,
    )


HR(
    "At least 201 civilians were killed",
    "At least 201",
    201,
    "at_least",
    "count",
    "killed",
    A,
    "Ukraine",
    "Ukraine",
    N,
)
HR(
    "killed and 1,082 injured across Ukraine",
    "1,082",
    1082,
    A,
    "count",
    "injured",
    A,
    "Ukraine",
    "Ukraine",
    N,
)
HR("was 11 per cent higher", "11", 11, "exact", "percent", A, A, A, "Ukraine", N, True)
HR("were 19 children killed", "19", 19, "exact", "count", "killed", A, "Ukraine", "Ukraine", N)
HR("and 97 children injured", "97", 97, "exact", "count", "injured", A, "Ukraine", "Ukraine", N)
HR(
    "Ninety-three per cent of the casualties",
    "Ninety-three",
    93,
    "exact",
    "percent",
    A,
    A,
    A,
    "Ukraine",
    N,
)
HR("drones caused 34 per cent", "34", 34, "exact", "percent", A, A, A, "Ukraine", N)
HR("accounted for 41 per cent", "41", 41, "exact", "percent", A, "Russia", "Ukraine", "Ukraine", N)
ANY(d, "strike on two residential buildings", "two")
HR(
    "which killed 32 civilians",
    "32",
    32,
    "exact",
    "count",
    "killed",
    "Russia",
    "Ukraine",
    "Ukraine",
    "Ternopil",
)
HR(
    "including six children, and injured",
    "six",
    6,
    "exact",
    "count",
    "killed",
    "Russia",
    "Ukraine",
    "Ukraine",
    "Ternopil",
)
HR(
    "and injured 94 others",
    "94",
    94,
    "exact",
    "count",
    "injured",
    "Russia",
    "Ukraine",
    "Ukraine",
    "Ternopil",
)
ANY(d, "document hundreds of men", "hundreds")
HR(
    "verified that 14,534 civilians",
    "14,534",
    14534,
    "exact",
    "count",
    "killed",
    A,
    "Ukraine",
    "Ukraine",
    N,
)
HR("including 745 children", "745", 745, "exact", "count", "killed", A, "Ukraine", "Ukraine", N)
HR(
    "and 38,472 have been injured",
    "38,472",
    38472,
    "exact",
    "count",
    "injured",
    A,
    "Ukraine",
    "Ukraine",
    N,
)
L(
    d,
    "killed 12 civilians and injured 64",
    "12",
    12,
    "exact",
    "count",
    "casualties",
    N,
    "killed",
    "Ukraine",
    "Russia",
    "Russia",
    "Russia",
    A,
)
L(
    d,
    "civilians and injured 64 in the Belgorod",
    "64",
    64,
    "exact",
    "count",
    "casualties",
    N,
    "injured",
    "Ukraine",
    "Russia",
    "Russia",
    "Russia",
    A,
)
L(
    d,
    "some 5.7 million refugees",
    "some 5.7 million",
    5.7e6,
    "approximate",
    "count",
    "displacement",
    N,
    A,
    A,
    A,
    UN,
    A,
    A,
)
L(
    d,
    "about 6.9 million globally",
    "about 6.9 million",
    6.9e6,
    "approximate",
    "count",
    "displacement",
    N,
    A,
    A,
    A,
    UN,
    A,
    A,
)
L(
    d,
    "Around 4.4 million people have registered",
    "Around 4.4 million",
    4.4e6,
    "approximate",
    "count",
    "displacement",
    N,
    A,
    A,
    A,
    UN,
    A,
    A,
)
L(
    d,
    "estimates that 3.75 million people",
    "3.75 million",
    3.75e6,
    "exact",
    "count",
    "displacement",
    N,
    A,
    A,
    A,
    UN,
    "Ukraine",
    N,
)
L(
    d,
    "more than 70 per cent of them women",
    "more than 70",
    70,
    "at_least",
    "percent",
    "displacement",
    N,
    A,
    A,
    A,
    UN,
    "Ukraine",
    N,
)
L(
    d,
    "more than 1,100 people, including 243",
    "more than 1,100",
    1100,
    "at_least",
    "count",
    "displacement",
    N,
    "evacuated",
    A,
    A,
    "Ukraine",
    "Ukraine",
    "Donetsk",
)
L(
    d,
    "including 243 children, were evacuated",
    "243",
    243,
    "exact",
    "count",
    "displacement",
    N,
    "evacuated",
    A,
    A,
    "Ukraine",
    "Ukraine",
    "Donetsk",
)
L(
    d,
    "which seeks $3.1 billion",
    "$3.1 billion",
    3.1e9,
    "exact",
    "usd",
    "economic",
    N,
    A,
    A,
    A,
    UN,
    A,
    A,
)
ANY(d, "host communities in 11 countries", "11")
L(d, "is only 38 per cent funded", "38", 38, "exact", "percent", "economic", N, A, A, A, UN, A, A)
ANY(d, "aims to reach 450,000 people", "450,000")
L(
    d,
    "a gap of some $120 million",
    "some $120 million",
    1.2e8,
    "approximate",
    "usd",
    "economic",
    N,
    A,
    A,
    A,
    UN,
    A,
    A,
)

# ------------------------------------------------- n04 interview with a drone commander
d = "n04_commander_interview.txt"


def CO(context, quote, value, q, unit, cat, wt, action, actor, target, opt=False):
    """Ukrainian commander on the Dobropillia axis (Donetsk region)."""
    L(
        d,
        context,
        quote,
        value,
        q,
        unit,
        cat,
        wt,
        action,
        actor,
        target,
        "Ukraine",
        "Ukraine",
        "Donetsk",
        opt,
    )


CO(
    "concentrated around 12,000 troops",
    "around 12,000",
    12000,
    "approximate",
    "count",
    "personnel",
    N,
    "massed",
    "Russia",
    A,
)
CO(
    "about 18 kilometres of front",
    "about 18",
    18,
    "approximate",
    "km",
    "territory",
    N,
    A,
    A,
    A,
    True,
)
ANY(d, "30 to 40 times a day", "30")
ANY(d, "to 40 times a day", "40")
ANY(d, "groups of two or three", "two")
ANY(d, "or three infantrymen", "three")
CO(
    "pilots hit 1,430 Russian infantrymen",
    "1,430",
    1430,
    "exact",
    "count",
    "casualties",
    N,
    A,
    *UA_RU,
)
CO(
    "We confirmed 612 of them killed",
    "612",
    612,
    "exact",
    "count",
    "casualties",
    N,
    "killed",
    *UA_RU,
)
CO("destroyed nine tanks", "nine", 9, "exact", "count", "weapon", "tank", "destroyed", *UA_RU)
CO(
    "23 armoured vehicles",
    "23",
    23,
    "exact",
    "count",
    "weapon",
    "armored_vehicle",
    "destroyed",
    *UA_RU,
)
CO(
    "41 motorcycles and buggies",
    "41",
    41,
    "exact",
    "count",
    "weapon",
    "vehicle",
    "destroyed",
    *UA_RU,
)
CO(
    "and six artillery pieces",
    "six",
    6,
    "exact",
    "count",
    "weapon",
    "artillery",
    "destroyed",
    *UA_RU,
)
CO(
    "We fly about 250 FPV drones",
    "about 250",
    250,
    "approximate",
    "count",
    "weapon",
    "drone",
    "launched",
    *UA_RU,
)
CO(
    "Roughly 40 per cent of them reach",
    "Roughly 40",
    40,
    "approximate",
    "percent",
    A,
    A,
    A,
    "Ukraine",
    "Russia",
    True,
)
CO(
    "around 6,000 drones a month",
    "around 6,000",
    6000,
    "approximate",
    "count",
    "weapon",
    "drone",
    A,
    "Ukraine",
    A,
)
CO(
    "some 2,000 more come from volunteers",
    "some 2,000",
    2000,
    "approximate",
    "count",
    "weapon",
    "drone",
    A,
    "Ukraine",
    A,
)
CO(
    "They launch up to 100 Molniya",
    "up to 100",
    100,
    "at_most",
    "count",
    "weapon",
    "drone",
    "launched",
    *RU_UA,
)
CO(
    "dropped 27 glide bombs",
    "27",
    27,
    "exact",
    "count",
    "weapon",
    "guided_bomb",
    "launched",
    *RU_UA,
)
CO(
    "moved forward about four kilometres",
    "about four",
    4,
    "approximate",
    "km",
    "territory",
    N,
    A,
    *RU_UA,
)
CO("took two villages", "two", 2, "exact", "count", "territory", N, "seized", *RU_UA)
CO("at 35 per cent strength", "35", 35, "exact", "percent", "personnel", N, A, "Ukraine", A)
CO("instead of 120 men", "120", 120, "exact", "count", "personnel", N, A, "Ukraine", A, True)
CO(
    "a company has about 40",
    "about 40",
    40,
    "approximate",
    "count",
    "personnel",
    N,
    A,
    "Ukraine",
    A,
)
CO("lost 14 killed", "14", 14, "exact", "count", "casualties", N, "killed", *RU_UA)
CO("and 58 wounded", "58", 58, "exact", "count", "casualties", N, "injured", *RU_UA)

# ------------------------------------------------- n05 analysis, figures in words
d = "n05_attrition_analysis.txt"
ANY(d, "just under a fifth", "just under a fifth")
L(
    d,
    "some 116,000 square kilometres",
    "some 116,000",
    116000,
    "approximate",
    "km2",
    "territory",
    N,
    "occupied",
    "Russia",
    "Ukraine",
    A,
    "Ukraine",
    N,
)
L(
    d,
    "gained roughly 4,700 square kilometres",
    "roughly 4,700",
    4700,
    "approximate",
    "km2",
    "territory",
    N,
    "seized",
    "Russia",
    "Ukraine",
    A,
    "Ukraine",
    N,
)
ANY(d, "more than twice the", "more than twice")
L(
    d,
    "the 2,100 square kilometres taken",
    "2,100",
    2100,
    "exact",
    "km2",
    "territory",
    N,
    "seized",
    "Russia",
    "Ukraine",
    A,
    "Ukraine",
    N,
)
L(
    d,
    "averaging some 15 square kilometres a day",
    "some 15",
    15,
    "approximate",
    "km2",
    "territory",
    N,
    "seized",
    "Russia",
    "Ukraine",
    A,
    "Ukraine",
    N,
    True,
)
ANY(d, "rest of the four Ukrainian regions", "four")
ANY(d, "about 60,000 residents before the war", "about 60,000")
L(
    d,
    "taken some two dozen villages",
    "some two dozen",
    24,
    "approximate",
    "count",
    "territory",
    N,
    "seized",
    "Russia",
    "Ukraine",
    A,
    "Ukraine",
    "Dnipropetrovsk",
)
L(
    d,
    "at nearly half a million this year",
    "nearly half a million",
    500000,
    "at_most",
    "count",
    "casualties",
    N,
    A,
    "Ukraine",
    "Russia",
    "United Kingdom",
    A,
    A,
)
L(
    d,
    "or around a thousand a day",
    "around a thousand",
    1000,
    "approximate",
    "count",
    "casualties",
    N,
    A,
    "Ukraine",
    "Russia",
    "United Kingdom",
    A,
    A,
    True,
)
L(
    d,
    "killed since 2022 at some 46,000",
    "some 46,000",
    46000,
    "approximate",
    "count",
    "casualties",
    N,
    "killed",
    "Russia",
    "Ukraine",
    "Ukraine",
    A,
    A,
)
L(
    d,
    "about 30,000 contract soldiers",
    "about 30,000",
    30000,
    "approximate",
    "count",
    "personnel",
    N,
    A,
    "Russia",
    A,
    "Russia",
    "Russia",
    N,
)
ANY(d, "perhaps 25,000 to 30,000", "25,000")
ANY(d, "to 30,000 recruits a month", "30,000")
ANY(d, "tens of thousands of soldiers", "tens of thousands")
L(
    d,
    "sent some 14,000 troops to Russia",
    "some 14,000",
    14000,
    "approximate",
    "count",
    "personnel",
    N,
    "deployed",
    "North Korea",
    A,
    "South Korea",
    "Russia",
    A,
)
L(
    d,
    "around 4,700 were killed or wounded",
    "around 4,700",
    4700,
    "approximate",
    "count",
    "casualties",
    N,
    A,
    A,
    "North Korea",
    "South Korea",
    "Russia",
    "Kursk",
)
ANY(d, "Roughly three-quarters of casualties", "Roughly three-quarters")
L(
    d,
    "contracted 4.5 million drones",
    "4.5 million",
    4.5e6,
    "exact",
    "count",
    "weapon",
    "drone",
    A,
    "Ukraine",
    A,
    "Ukraine",
    "Ukraine",
    N,
)
ANY(d, "where a third of all assaults", "a third")
ANY(d, "along the 1,200-kilometre front", "1,200")
L(
    d,
    "launched nearly 5,300 long-range attack drones",
    "nearly 5,300",
    5300,
    "at_most",
    "count",
    "weapon",
    "drone",
    "launched",
    "Russia",
    "Ukraine",
    "Ukraine",
    "Ukraine",
    N,
)
L(
    d,
    "fired more than 6,000 Shahed-type drones",
    "more than 6,000",
    6000,
    "at_least",
    "count",
    "weapon",
    "drone",
    "launched",
    "Russia",
    "Ukraine",
    A,
    "Ukraine",
    N,
)
ANY(d, "three times as many as a year earlier", "three times")
ANY(d, "bring down roughly nine in ten", "roughly nine in ten")
ANY(d, "more than half of its gas production", "more than half")
ANY(d, "trade tens of thousands of lives", "tens of thousands")
ANY(d, "for a few hundred square kilometres", "a few hundred")

# ------------------------------------------------- n06 energy war and sanctions
d = "n06_energy_war.txt"


def EC(context, quote, value, q, unit, cside, country, region=N, opt=False, cat="economic"):
    """economic figure: no actor/target scored"""
    L(d, context, quote, value, q, unit, cat, N, A, A, A, cside, country, region, opt)


L(
    d,
    "have hit 17 of Russia's 38",
    "17",
    17,
    "exact",
    "count",
    "infrastructure",
    N,
    A,
    "Ukraine",
    "Russia",
    A,
    "Russia",
    N,
)
ANY(d, "of Russia's 38 large oil refineries", "38")
EC(
    "as much as 1.1 million barrels per day",
    "as much as 1.1 million",
    1.1e6,
    "at_most",
    A,
    A,
    "Russia",
)
EC(
    "processes about 7 million tonnes",
    "about 7 million",
    7e6,
    "approximate",
    A,
    A,
    "Russia",
    "Saratov",
)
L(
    d,
    "shot down 42 drones over the Saratov region",
    "42",
    42,
    "exact",
    "count",
    "weapon",
    "drone",
    "shot_down",
    "Russia",
    "Ukraine",
    "Russia",
    "Russia",
    "Saratov",
)
L(
    d,
    "said two people were injured by falling debris",
    "two",
    2,
    "exact",
    "count",
    "casualties",
    N,
    "injured",
    "Ukraine",
    "Russia",
    "Russia",
    "Russia",
    "Saratov",
)
EC("revenues fell 24% year on year", "24%", 24, "exact", "percent", "Russia", "Russia")
EC("to 889 billion roubles", "889 billion", 8.89e11, "exact", A, "Russia", "Russia")
EC("($11 billion) in October", "$11 billion", 1.1e10, A, "usd", A, A, A, True)
EC("averaged $53.60 a barrel", "$53.60", 53.6, "exact", "usd", A, "Russia")
EC("well below the $70 assumed", "$70", 70, "exact", "usd", A, "Russia")
EC("hit a record 82,500 roubles per tonne", "82,500", 82500, "exact", A, A, "Russia")
EC("deficit reached 4.2 trillion roubles", "4.2 trillion", 4.2e12, "exact", A, A, "Russia")
EC("or about 1.9% of GDP", "about 1.9%", 1.9, "approximate", "percent", A, "Russia")
EC("key rate at 16.5%", "16.5%", 16.5, "exact", "percent", A, "Russia", N, True)
L(
    d,
    "Russia launched 653 drones",
    "653",
    653,
    "exact",
    "count",
    "weapon",
    "drone",
    "launched",
    "Russia",
    "Ukraine",
    "Ukraine",
    "Ukraine",
    N,
)
L(
    d,
    "653 drones and 52 missiles at",
    "52",
    52,
    "exact",
    "count",
    "weapon",
    "missile",
    "launched",
    "Russia",
    "Ukraine",
    "Ukraine",
    "Ukraine",
    N,
)
L(
    d,
    "brought down 623 of the drones",
    "623",
    623,
    "exact",
    "count",
    "weapon",
    "drone",
    "shot_down",
    "Ukraine",
    "Russia",
    "Ukraine",
    "Ukraine",
    N,
)
L(
    d,
    "and 50 of the missiles",
    "50",
    50,
    "exact",
    "count",
    "weapon",
    "missile",
    "shot_down",
    "Ukraine",
    "Russia",
    "Ukraine",
    "Ukraine",
    N,
)
L(
    d,
    "lost around 2,600 megawatts",
    "around 2,600",
    2600,
    "approximate",
    A,
    A,
    N,
    A,
    "Russia",
    "Ukraine",
    "Ukraine",
    "Ukraine",
    N,
)
ANY(d, "scheduled outages in 12 regions", "12")
ANY(d, "as little as eight hours a day", "eight")
L(
    d,
    "four of its thermal power plants",
    "four",
    4,
    "exact",
    "count",
    "infrastructure",
    N,
    A,
    "Russia",
    "Ukraine",
    "Ukraine",
    "Ukraine",
    N,
)
EC("import up to 2,100 megawatts", "up to 2,100", 2100, "at_most", A, A, "Ukraine")
EC("rarely exceed 1,700 megawatts", "1,700", 1700, A, A, A, "Ukraine")
L(
    d,
    "damaged about 40% of Ukraine's",
    "about 40%",
    40,
    "approximate",
    "percent",
    A,
    N,
    A,
    "Russia",
    "Ukraine",
    "Ukraine",
    "Ukraine",
    N,
)
EC("import 4.4 billion cubic metres", "4.4 billion", 4.4e9, "exact", "m3", A, "Ukraine")
EC("cost of some 1.9 billion euros", "some 1.9 billion", 1.9e9, "approximate", A, A, "Ukraine")
EC("added 118 vessels", "118", 118, "exact", "count", A, A, A)
EC("bringing the total to 557", "557", 557, "exact", "count", A, A, A)
ANY(d, "the two biggest exporters", "two")
EC("export about 3.1 million barrels", "about 3.1 million", 3.1e6, "approximate", A, A, "Russia")
EC(
    "roughly 100 billion roubles a year",
    "roughly 100 billion",
    1e11,
    "approximate",
    A,
    A,
    "Russia",
    N,
    True,
)

table.write(HERE / "gold.jsonl", "n")
