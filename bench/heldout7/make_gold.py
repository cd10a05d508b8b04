"""Builds gold.jsonl for heldout7 from compact label tables (hand-written): python -m bench.heldout7.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor, target,
claimant_side, country, region[, optional]. `A` = any value accepted, `N` = must be empty.
`ANY(doc, context, quote)` = a debatable number: optional, nothing scored."""

import pathlib

from bench.gold_tables import ANY as A
from bench.gold_tables import LabelTable

HERE = pathlib.Path(__file__).parent
N = None
table = LabelTable()
L, ANY = table.label, table.any
RU, UA = "Russia", "Ukraine"


def rows(doc: str, items: list[tuple]) -> None:
    for it in items:
        if len(it) == 2:
            ANY(doc, *it)
        else:
            L(doc, *it)


# fmt: off
# ---------------------------------------------------------------- p01 wire story, Odesa strike
d = "p01_wire_odesa_strike.txt"
rows(d, [
    # headline repeats the lede's toll: optional
    ("Russian strike on Odesa kills 14", "14", 14, "exact", "count", "casualties", N, "killed", RU, UA, A, UA, "Odesa", True),
    # nationwide salvo aimed "much" at Odesa: region left open
    ("Russia launched 312 drones", "312", 312, "exact", "count", "weapon", "drone", "launched", RU, UA, UA, UA, A),
    ("312 drones and 27 missiles", "27", 27, "exact", "count", "weapon", "missile", "launched", RU, UA, UA, UA, A),
    ("at least 14 people were killed", "at least 14", 14, "at_least", "count", "casualties", N, "killed", RU, UA, UA, UA, "Odesa"),
    # does "at least" also cover the wounded? qualifier open
    ("killed and 46 wounded", "46", 46, A, "count", "casualties", N, "injured", RU, UA, UA, UA, "Odesa"),
    # the morning toll, superseded later in the day: still the governor's claim
    ("six people had been confirmed dead", "six", 6, "exact", "count", "casualties", N, "killed", RU, UA, UA, UA, "Odesa"),
    ("he put the figure at 14", "14", 14, "exact", "count", "casualties", N, "killed", RU, UA, UA, UA, "Odesa"),
    ("14, including two children", "two", 2, "exact", "count", "casualties", N, "killed", RU, UA, UA, UA, "Odesa"),
    ("19 of the injured remained in hospital", "19", 19, "exact", "count", "casualties", N, "injured", RU, UA, UA, UA, "Odesa", True),
    ("four of them in a serious condition", "four"),
    ("injured three port workers", "three", 3, "exact", "count", "casualties", N, "injured", RU, UA, UA, UA, "Odesa"),
    ("shot down or jammed 281 of the drones", "281", 281, "exact", "count", "weapon", "drone", "shot_down", UA, RU, UA, UA, A),
    ("281 of the drones and 19 of the missiles", "19", 19, "exact", "count", "weapon", "missile", "shot_down", UA, RU, UA, UA, A),
    ("consisted of 14 Kh-101", "14", 14, "exact", "count", "weapon", "missile", "launched", RU, UA, UA, UA, A),
    ("eight sea-launched Kalibr", "eight", 8, "exact", "count", "weapon", "missile", "launched", RU, UA, UA, UA, A),
    ("five Iskander-M ballistic missiles", "five", 5, "exact", "count", "weapon", "missile", "launched", RU, UA, UA, UA, A),
    ("only one of which was intercepted", "one", 1, "exact", "count", "weapon", "missile", "shot_down", UA, RU, UA, UA, A),
    ("accounted for 96 of the downed drones", "96", 96, "exact", "count", "weapon", "drone", "shot_down", UA, RU, UA, UA, A),
    ("interceptor drones for 58", "58", 58, "exact", "count", "weapon", "drone", "shot_down", UA, RU, UA, UA, A),
    ("Thirty-one drones and eight missiles", "Thirty-one", 31, "exact", "count", "weapon", "drone", A, RU, UA, UA, UA, A),
    ("drones and eight missiles struck", "eight", 8, "exact", "count", "weapon", "missile", A, RU, UA, UA, UA, A),
    ("struck targets in nine locations", "nine"),
    ("two grain terminals", "two", 2, "exact", "count", "infrastructure", N, A, RU, UA, UA, UA, "Odesa"),
    ("about 12,000 tonnes of corn", "about 12,000", 12000, "approximate", A, "economic", N, A, A, A, UA, UA, "Odesa"),
    ("Three civilian ships", "Three", 3, "exact", "count", A, N, A, RU, UA, UA, UA, "Odesa"),
    # DTEK's plants: not necessarily in Odesa region
    ("two of its thermal power plants", "two", 2, "exact", "count", "infrastructure", N, A, RU, UA, UA, UA, A),
    ("About 310,000 households", "About 310,000", 310000, "approximate", "count", A, N, A, A, A, UA, UA, "Odesa"),
    ("more than 520,000 at the peak", "more than 520,000", 520000, "at_least", "count", A, N, A, A, A, UA, UA, "Odesa"),
    ("intercepted and destroyed 73 Ukrainian", "73", 73, "exact", "count", "weapon", "drone", "shot_down", RU, UA, RU, RU, A),
    ("29 of them over the Bryansk region", "29", 29, "exact", "count", "weapon", "drone", "shot_down", RU, UA, RU, RU, "Bryansk"),
    ("17 over the Kursk region", "17", 17, "exact", "count", "weapon", "drone", "shot_down", RU, UA, RU, RU, "Kursk"),
    ("11 over the Black Sea", "11", 11, "exact", "count", "weapon", "drone", "shot_down", RU, UA, RU, A, A),
    ("one man was injured", "one", 1, "exact", "count", "casualties", N, "injured", UA, RU, RU, RU, "Belgorod"),
    ("more than 1,300 attack drones", "more than 1,300", 1300, "at_least", "count", "weapon", "drone", "launched", RU, UA, UA, UA, N),
    ("about 1,100 guided aerial bombs", "about 1,100", 1100, "approximate", "count", "weapon", "guided_bomb", "launched", RU, UA, UA, UA, N),
    ("almost 50 missiles", "almost 50", 50, "at_most", "count", "weapon", "missile", "launched", RU, UA, UA, UA, N),
])

# ---------------------------------------------------------------- p02 think-tank assessment
d = "p02_thinktank_assessment.txt"
rows(d, [
    # Key Takeaways repeat the body's figure: optional
    ("gained an estimated 118 square kilometers in Ukraine", "118", 118, "approximate", "km2", "territory", N, "seized", RU, UA, A, UA, N, True),
    ("gained an estimated 118 square kilometers (46", "118", 118, "approximate", "km2", "territory", N, "seized", RU, UA, A, UA, N),
    ("(46 square miles)", "46", 46, A, "mi2", "territory", N, A, A, A, A, A, A, True),
    ("up from roughly 96 square kilometers", "roughly 96", 96, "approximate", "km2", "territory", N, "seized", RU, UA, A, UA, N),
    ("seized roughly 1,310 square kilometers", "roughly 1,310", 1310, "approximate", "km2", "territory", N, "seized", RU, UA, A, UA, N),
    ("about 16 square kilometers per day", "about 16"),  # a rate
    ("occupy about 79 percent of Donetsk Oblast", "about 79", 79, "approximate", "percent", "territory", N, "occupied", RU, UA, A, UA, "Donetsk"),
    ("hold roughly 5,600 square kilometers", "roughly 5,600", 5600, "approximate", "km2", "territory", N, "controlled", UA, A, A, UA, "Donetsk"),
    ("up to 1.3 kilometers northwest", "up to 1.3", 1.3, "at_most", "km", "territory", N, A, RU, UA, A, UA, "Donetsk"),
    ("seized Nelipivka and two other settlements", "two", 2, "exact", "count", "territory", N, "seized", RU, UA, RU, UA, "Donetsk"),
    ("pushed up to 900 meters deep", "up to 900", 900, "at_most", A, "territory", N, A, RU, UA, RU, UA, "Donetsk"),
    ("along a 2.5-kilometer-wide front", "2.5", 2.5, A, "km", "territory", N, A, RU, UA, RU, UA, "Donetsk"),
    # Siversk/Kostiantynivka directions: both in Donetsk
    ("concentrated about 70,000 personnel", "about 70,000", 70000, "approximate", "count", "personnel", N, "massed", RU, A, UA, UA, "Donetsk"),
    ("groups of three to five", "three"),
    ("three to five infantrymen", "five"),
    ("repelled 52 Russian assaults", "52"),
    ("with at least 14 armored vehicles", "at least 14", 14, "at_least", "count", "weapon", "armored_vehicle", A, RU, UA, A, UA, "Donetsk"),
    ("destroying nine of the vehicles", "nine", 9, "exact", "count", "weapon", "armored_vehicle", "destroyed", UA, RU, UA, UA, "Donetsk"),
    ("an area of roughly 4.5 square kilometers", "roughly 4.5", 4.5, "approximate", "km2", "territory", N, "seized", UA, RU, A, UA, "Kharkiv"),
    # who is actor of an encirclement count is debatable
    ("encircled about 60 Russian servicemen", "about 60", 60, "approximate", "count", "personnel", N, A, A, A, UA, UA, "Kharkiv"),
    ("advanced up to 4 kilometers deep", "up to 4", 4, "at_most", "km", "territory", N, A, RU, UA, RU, UA, "Zaporizhzhia"),
    ("and 7 kilometers wide", "7", 7, A, "km", "territory", N, A, RU, UA, RU, UA, "Zaporizhzhia"),
    ("suffered about 35,200 casualties", "about 35,200", 35200, "approximate", "count", "casualties", N, A, UA, RU, UA, A, A),
    ("roughly 3,000 fewer", "roughly 3,000"),  # a difference
    ("processes about 8.5 million tonnes", "about 8.5 million", 8.5e6, "approximate", A, "economic", N, A, A, A, UA, RU, "Samara"),
    ("roughly 800 kilometers from the international border", "roughly 800"),
    ("shot down 164 Ukrainian drones", "164", 164, "exact", "count", "weapon", "drone", "shot_down", RU, UA, RU, RU, A),
    ("including 41 over Samara Oblast", "41", 41, "exact", "count", "weapon", "drone", "shot_down", RU, UA, RU, RU, "Samara"),
    ("launched 139 Shahed-type", "139", 139, "exact", "count", "weapon", "drone", "launched", RU, UA, UA, UA, N),
    ("and two Iskander-M ballistic missiles from", "two", 2, "exact", "count", "weapon", "missile", "launched", RU, UA, UA, UA, N),
    ("downed 117 drones", "117", 117, "exact", "count", "weapon", "drone", "shot_down", UA, RU, UA, UA, N),
    ("that 20 drones and both missiles", "20", 20, "exact", "count", "weapon", "drone", A, RU, UA, UA, UA, N),
    ("struck 8 locations", "8"),
])

# ---------------------------------------------------------------- p03 Russian MoD weekly summary
d = "p03_rumod_weekly_telegram.txt"


def mod(ctx, q, v, qual, cat, wt, action, region, opt=False):
    """A Russian MoD figure about Ukrainian losses inside Ukraine."""
    return (ctx, q, v, qual, "count", cat, wt, action, RU, UA, RU, UA, region, opt)


def tally(ctx, q, v, wt):
    """The cumulative 'since the beginning' tally: where is not said."""
    return (ctx, q, v, "exact", "count", "weapon", wt, "destroyed", RU, UA, RU, A, A)


def downed(ctx, q, v, region, country=RU):
    return (ctx, q, v, "exact", "count", "weapon", "drone", "shot_down", RU, UA, RU, country, region)


C, W = "casualties", "weapon"
rows(d, [
    mod("Ukraine loses over 8,900 troops", "over 8,900", 8900, "at_least", C, N, A, A, True),  # headline
    mod("five settlements liberated", "five", 5, "exact", "territory", N, "seized", A, True),  # headline
    mod("lost more than 8,900 servicemen", "more than 8,900", 8900, "at_least", C, N, A, A),
    mod("liberated five settlements during the week", "five", 5, "exact", "territory", N, "seized", A),
    # Sever: Sumy and Kharkiv regions together
    mod("lost more than 1,240 servicemen", "more than 1,240", 1240, "at_least", C, N, A, A),
    mod("11 armoured combat vehicles, including two", "11", 11, "exact", W, "armored_vehicle", A, A),
    mod("including two US-made Bradley", "two", 2, "exact", W, "armored_vehicle", A, A),
    mod("47 motor vehicles", "47", 47, "exact", W, "vehicle", A, A),
    mod("and 14 field artillery guns", "14", 14, "exact", W, "artillery", A, A),
    mod("amounted to up to 1,480 servicemen", "up to 1,480", 1480, "at_most", C, N, A, "Kharkiv"),
    mod("three tanks, including a German-made", "three", 3, "exact", W, "tank", A, "Kharkiv"),
    mod("19 armoured combat vehicles", "19", 19, "exact", W, "armored_vehicle", A, "Kharkiv"),
    mod("and 36 motor vehicles", "36", 36, "exact", W, "vehicle", A, "Kharkiv"),
    mod("the enemy lost over 1,750 servicemen", "over 1,750", 1750, "at_least", C, N, A, "Donetsk"),
    mod("six tanks and 28", "six", 6, "exact", W, "tank", A, "Donetsk"),
    mod("and 28 field artillery guns", "28", 28, "exact", W, "artillery", A, "Donetsk"),
    # Tsentr: Krasnoarmeysk (Pokrovsk) direction
    mod("lost up to 2,310 servicemen", "up to 2,310", 2310, "at_most", C, N, A, "Donetsk"),
    mod("and 12 armoured combat vehicles in", "12", 12, "exact", W, "armored_vehicle", A, "Donetsk"),
    # Vostok: Zaporizhzhia and Dnipropetrovsk regions together
    mod("lost up to 1,590 servicemen", "up to 1,590", 1590, "at_most", C, N, A, A),
    mod("two tanks and several", "two", 2, "exact", W, "tank", A, A),
    mod("amounted to up to 560 servicemen", "up to 560", 560, "at_most", C, N, A, "Kherson"),
    mod("24 motor vehicles", "24", 24, "exact", W, "vehicle", A, "Kherson"),
    ("in 1,184 areas", "1,184"),
    # weekly air-defence results: where is not said
    ("shot down 31 guided aerial bombs", "31", 31, "exact", "count", W, "guided_bomb", "shot_down", RU, UA, RU, A, A),
    ("nine HIMARS rockets", "nine", 9, "exact", "count", W, A, "shot_down", RU, UA, RU, A, A),
    ("three Neptune-MD long-range missiles", "three", 3, "exact", "count", W, "missile", "shot_down", RU, UA, RU, A, A),
    ("1,626 fixed-wing", "1,626", 1626, "exact", "count", W, "drone", "shot_down", RU, UA, RU, A, A),
    tally("672 aircraft", "672", 672, "aircraft"),
    tally("283 helicopters", "283", 283, "helicopter"),
    tally("102,946 unmanned aerial vehicles", "102,946", 102946, "drone"),
    tally("646 surface-to-air missile systems", "646", 646, "air_defense"),
    tally("26,105 tanks and other armoured", "26,105", 26105, A),  # tanks and other AFVs lumped
    tally("1,652 multiple rocket launchers", "1,652", 1652, "mlrs"),
    tally("30,218 field artillery guns", "30,218", 30218, "artillery"),
    tally("44,570 units of special military vehicles", "44,570", 44570, "vehicle"),
    downed("intercepted and destroyed 89 Ukrainian", "89", 89, A),
    downed("38 over the Bryansk Region", "38", 38, "Bryansk"),
    downed("21 over the Belgorod Region", "21", 21, "Belgorod"),
    downed("14 over the Kursk Region", "14", 14, "Kursk"),
    downed("nine over the Oryol Region", "nine", 9, A),  # Oryol is not in REGIONS
    downed("seven over the Moscow Region", "seven", 7, "Moscow"),
    ("attacked 26 settlements", "26"),
    ("with 87 drones", "87", 87, "exact", "count", W, "drone", "launched", UA, RU, RU, RU, "Belgorod"),
    ("more than a hundred artillery munitions", "more than a hundred"),
    ("Two civilians were wounded", "Two", 2, "exact", "count", C, N, "injured", UA, RU, RU, RU, "Belgorod"),
])

# ---------------------------------------------------------------- p04 prosecutor / police / evacuation
d = "p04_prosecutor_kharkiv.txt"


def kh(ctx, q, v, cat, wt, action, opt=False, qual="exact", actor=RU, target=UA):
    """A Ukrainian official figure from the Kharkiv region."""
    return (ctx, q, v, qual, "count", cat, wt, action, actor, target, UA, UA, "Kharkiv", opt)


def evac(ctx, q, v, opt=False, qual="exact", action="evacuated"):
    return kh(ctx, q, v, "displacement", N, action, opt, qual, A, A)


rows(d, [
    kh("seven dead, 38 injured", "seven", 7, C, N, "killed", True),  # headline
    kh("dead, 38 injured", "38", 38, C, N, "injured", True),  # headline
    kh("two KAB-250 guided aerial bombs", "two", 2, W, "guided_bomb", "launched"),
    kh("and four Geran-2", "four", 4, W, "drone", "launched"),
    kh("seven civilians were killed", "seven", 7, C, N, "killed"),
    kh("Another 38 people were injured", "38", 38, C, N, "injured"),
    kh("including five children aged", "five", 5, C, N, "injured"),
    kh("11 people are in a serious condition", "11", 11, C, N, "injured", True),
    # damaged buildings and cars: which category is debatable
    kh("damaged 14 multi-storey", "14", 14, A, N, A),
    kh("23 private houses", "23", 23, A, N, A),
    kh("two shops and 31 cars", "two", 2, A, N, A),
    kh("and 31 cars", "31", 31, A, N, A),
    ("worked at 17 impact sites", "17"),
    ("More than 120 police officers", "More than 120"),
    ("and 14 explosives technicians", "14"),
    ("questioned 63 witnesses", "63"),
    evac("evacuated 94 residents", "94", 94),
    evac("including 12 children", "12", 12),
    ("assistance to 210 people", "210"),
    ("carried out 18 airstrikes", "18"),
    kh("using 29 guided aerial bombs", "29", 29, W, "guided_bomb", "launched"),
    kh("attacked with 41 drones", "41", 41, W, "drone", "launched"),
    kh("and three Iskander-M missiles", "three", 3, W, "missile", "launched"),
    kh("three people were injured in shelling", "three", 3, C, N, "injured"),
    evac("1,146 people, including 287", "1,146", 1146),
    evac("including 287 children", "287", 287),
    evac("Of them, 39 people with limited mobility", "39", 39),
    ("announced for 27 settlements", "27"),
    evac("a total of 21,530 people", "21,530", 21530),
    evac("among them 4,012 children", "4,012", 4012),
    # people still in the zone: not (yet) displaced
    evac("about 1,900 people, including 380", "about 1,900", 1900, True, "approximate", A),
    evac("including 380 children", "380", 380, True, "exact", A),
    evac("received 612 evacuees", "612", 612, action=A),
    evac("up from 430 a week earlier", "430", 430, action=A),
    ("payment of UAH 2,000", "UAH 2,000"),
])

# ---------------------------------------------------------------- p05 energy grid / IAEA
d = "p05_energy_grid_iaea.txt"


def grid(ctx, q, v, region, qual="exact", unit="count", cat=A, opt=False):
    """Outage and grid figures from Ukrainian officials; who caused them left open."""
    return (ctx, q, v, qual, unit, cat, N, A, A, A, UA, UA, region, opt)


rows(d, [
    grid("leave 1.4 million households", "1.4 million", 1.4e6, N, opt=True),  # headline
    ("energy facilities in eight regions", "eight"),
    grid("leaving about 1.4 million households", "about 1.4 million", 1.4e6, N, "approximate"),
    ("two 330 kV substations", "two", 2, "exact", "count", "infrastructure", N, A, RU, UA, UA, UA, "Odesa"),
    ("and one in the Dnipropetrovsk region", "one", 1, "exact", "count", "infrastructure", N, A, RU, UA, UA, UA, "Dnipropetrovsk"),
    grid("short of around 3,800 megawatts", "around 3,800", 3800, N, "approximate", A),
    grid("possible, 2,100 MW", "2,100", 2100, N, "exact", A, "economic", True),  # imports
    grid("restored supply to about 920,000 households", "about 920,000", 920000, N, "approximate"),
    grid("leaving some 480,000 still", "some 480,000", 480000, A, "approximate"),  # "most" in Odesa
    ("More than 2,600 energy workers", "More than 2,600"),
    ("740 units of equipment", "740"),
    grid("cutting power to 62,000 consumers", "62,000", 62000, "Lviv"),
    # "one of its" plants: a real but incidental count
    ("DTEK said one of its thermal", "one", 1, "exact", "count", "infrastructure", N, A, RU, UA, UA, UA, A, True),
    ("three of its workers had been injured", "three", 3, "exact", "count", C, N, "injured", RU, UA, UA, UA, A),
    ("energy facilities 61 times", "61", 61, "exact", "count", A, N, A, RU, UA, UA, UA, N),
    ("compared with 37 times", "37", 37, "exact", "count", A, N, A, RU, UA, UA, UA, N),
    ("launched more than 700 drones", "more than 700", 700, "at_least", "count", W, "drone", "launched", RU, UA, UA, UA, N),
    ("700 drones and 90 missiles", "90", 90, A, "count", W, "missile", "launched", RU, UA, UA, UA, N),
    grid("lost about 70% of its pre-war", "about 70%", 70, N, "approximate", "percent"),
    ("shot down 48 Ukrainian drones", "48", 48, "exact", "count", W, "drone", "shot_down", RU, UA, RU, RU, A),
    # Russian-installed governor; the occupied part of Zaporizhzhia region is in Ukraine
    ("about 210,000 residents had been left", "about 210,000", 210000, "approximate", "count", A, N, A, UA, A, RU, UA, "Zaporizhzhia"),
    ("All six of the plant's reactors", "six"),
    ("18 of the plant's 20", "18"),
    ("20 diesel generators", "20"),
    # IAEA is the claimant: side left open
    ("16 drones had been detected", "16", 16, "exact", "count", W, "drone", A, A, A, A, UA, "Kyiv"),
    ("within 10 kilometres", "10"),
    ("cuts totalling 1,500 MW", "1,500"),
    ("visited eight electrical substations", "eight"),
    ("five of them had been damaged", "five", 5, "exact", "count", "infrastructure", N, A, A, A, A, UA, A),
])

# ---------------------------------------------------------------- p06 recruitment and money
d = "p06_recruitment_money.txt"
E = "economic"


def money(ctx, q, v, country, cside=A, region=N, qual="exact", unit=A, opt=False):
    return (ctx, q, v, qual, unit, E, N, A, A, A, cside, country, region, opt)


rows(d, [
    money("bonus of 1.5 million roubles", "1.5 million", 1.5e6, RU, region="Rostov"),
    money("(about $17,600)", "about $17,600", 17600, RU, region="Rostov", qual="approximate", unit="usd", opt=True),
    ("three times the sum", "three times"),
    money("pays two million roubles", "two million", 2e6, RU, region="Belgorod"),
    money("recruits 5.2 million roubles", "5.2 million", 5.2e6, RU, RU, "Moscow"),
    money("payment of four hundred thousand roubles", "four hundred thousand", 4e5, RU),
    ("said 81,000 people had signed", "81,000", 81000, "exact", "count", "personnel", N, A, RU, A, RU, RU, N),
    ("up from about 68,000", "about 68,000", 68000, "approximate", "count", "personnel", N, A, RU, A, RU, RU, N),
    money("combined 1.1 trillion roubles", "1.1 trillion", 1.1e12, RU),
    money("compared with 390 billion roubles", "390 billion", 3.9e11, RU),
    money("is 13.2 trillion roubles", "13.2 trillion", 13.2e12, RU, RU),
    money("($155 billion)", "$155 billion", 1.55e11, RU, unit="usd", opt=True),
    money("about 6% of GDP", "about 6%", 6, RU, RU, qual="approximate", unit="percent"),
    money("down slightly from 6.3% in", "6.3%", 6.3, RU, RU, unit="percent"),
    money("fell 24% year on year", "24%", 24, RU, RU, unit="percent"),
    money("to 640 billion roubles", "640 billion", 6.4e11, RU, RU),
    money("slowed to 7.4%", "7.4%", 7.4, RU, RU, unit="percent"),
    money("key rate at 18%", "18%", 18, RU, RU, unit="percent"),
    ("said about 3,600 men aged", "about 3,600", 3600, "approximate", "count", "personnel", N, A, UA, A, UA, UA, N),
    money("pay one million hryvnias", "one million", 1e6, UA, UA),
    money("(roughly €20,500)", "roughly €20,500", 20500, UA, qual="approximate", opt=True),
    ("twice as many as by the end", "twice"),
    money("earn up to 120,000 hryvnias", "up to 120,000", 120000, UA, UA, qual="at_most"),
    money("compared with 30,000 hryvnias", "30,000", 30000, UA, UA),
    ("between 25,000 and", "25,000"),
    ("25,000 and 30,000 men", "30,000"),
    ("opened 29,400 criminal cases", "29,400", 29400, "exact", "count", A, N, A, A, A, UA, UA, N),
    ("up 40% from a year earlier", "40%", 40, "exact", "percent", A, N, A, A, A, UA, UA, N),
    money("disbursed €4.2 billion", "€4.2 billion", 4.2e9, UA),
    money("deficit of $44.7 billion", "$44.7 billion", 44.7e9, UA, UA, unit="usd"),
    money("or 18.4% of GDP", "18.4%", 18.4, UA, UA, unit="percent"),
    money("planned at 2.8 trillion hryvnias", "2.8 trillion", 2.8e12, UA, UA),
    ("nearly two-thirds of all budget", "nearly two-thirds"),
    ("bulletin that 17 of Russia", "17", 17, "exact", "count", A, N, A, A, A, RU, RU, N),
    ("of Russia's 89 regions", "89"),
    money("fell to 980,000 roubles", "980,000", 980000, RU, RU),
    money("peak of 1.2 million roubles", "1.2 million", 1.2e6, RU, RU),
])
# fmt: on

table.write(HERE / "gold.jsonl", "p")
