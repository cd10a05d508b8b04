"""Builds gold.jsonl for heldout9 from compact label tables (hand-written): python -m bench.heldout9.make_gold"""

import pathlib

from bench.gold_tables import ANY as A
from bench.gold_tables import LabelTable

HERE = pathlib.Path(__file__).parent
N = None
table = LabelTable()
ANY = table.any


def article(doc, **base):
    """A labeller for one article: keyword defaults for the fields shared by most of its claims."""

    def lab(context, quote, value, q="exact", **kw):
        f = dict(unit="count", cat=A, wt=N, action=A, actor=A, target=A, cside=A, country=A,
                 region=A, opt=False)  # fmt: skip
        f.update(base)
        f.update(kw)
        table.label(doc, context, quote, value, q, f["unit"], f["cat"], f["wt"], f["action"],
                    f["actor"], f["target"], f["cside"], f["country"], f["region"], f["opt"])  # fmt: skip

    def any_(context, quote):
        ANY(doc, context, quote)

    return lab, any_


# ---------------------------------------------------------------- r01 breaking-news wire
d = "r01_wire_kharkiv_toll.txt"
L, X = article(
    d, actor="Russia", target="Ukraine", cside="Ukraine", country="Ukraine", region="Kharkiv"
)
CAS, KIL, INJ = (
    dict(cat="casualties"),
    dict(cat="casualties", action="killed"),
    dict(cat="casualties", action="injured"),
)
L(
    "kills at least 11, Moscow", "at least 11", 11, "at_least", **KIL, opt=True
)  # headline of the lead
L("killed at least 11 people", "at least 11", 11, "at_least", **KIL)
L("and injured 47 on Wednesday", "47", 47, **INJ)
# the two earlier tolls are statements of their own (superseded, still claims)
L("initially reported four dead", "four", 4, **KIL)
L("four dead and 19 wounded", "19", 19, **INJ)
L("stood at seven killed", "seven", 7, **KIL)
L("seven killed and 31 injured", "31", 31, **INJ)
L("among them three children", "three", 3, **CAS, opt=True)  # killed or injured?
L(
    "launched two Iskander-M ballistic missiles",
    "two",
    2,
    cat="weapon",
    wt="missile",
    action="launched",
    region=N,
)
L(
    "and 64 Shahed-136 and decoy drones",
    "64",
    64,
    cat="weapon",
    wt="drone",
    action="launched",
    region=N,
)
L("of which 49 drones were shot down", "49", 49, cat="weapon", wt="drone", action="shot_down",
  actor="Ukraine", target="Russia", region=N)  # fmt: skip
X("Both missiles struck Kharkiv", "Both")
L("damaged 26 residential buildings", "26", 26, actor=A, target=A)
L("evacuated about 120 residents", "about 120", 120, "approximate", cat="displacement",
  action="evacuated", actor=A, target=A)  # fmt: skip
L("some 2,300 households were left", "some 2,300", 2300, "approximate", actor=A, target=A)
L(
    "more than 160 missiles",
    "more than 160",
    160,
    "at_least",
    cat="weapon",
    wt="missile",
    action="launched",
    region=N,
)
L(
    "about 2,700 attack drones",
    "about 2,700",
    2700,
    "approximate",
    cat="weapon",
    wt="drone",
    action="launched",
    region=N,
)
L("nearly 1,400 guided aerial bombs", "nearly 1,400", 1400, "at_most", cat="weapon", wt="guided_bomb",
  action="launched", region=N)  # fmt: skip
X("asked allies for 10 more Patriot", "10")
L("killing up to 60 servicemen", "up to 60", 60, "at_most", **KIL, cside="Russia")
X("two ammunition depots had been destroyed", "two")
RUAD = dict(cat="weapon", wt="drone", action="shot_down", actor="Russia", target="Ukraine", cside="Russia",
            country="Russia")  # fmt: skip
L("shot down 38 Ukrainian drones", "38", 38, **RUAD, region=A)
L("including 17 over the Belgorod region", "17", 17, **RUAD, region="Belgorod")
L("nine over the Voronezh region", "nine", 9, **RUAD, region="Voronezh")
L("injuring two men", "two", 2, **INJ | dict(actor="Ukraine", target="Russia", cside="Russia", country="Russia",
  region="Belgorod"))  # fmt: skip
X("pre-war population of about 1.4 million", "about 1.4 million")
X("lies roughly 30 km from", "roughly 30")

# ---------------------------------------------------------------- r02 regional military administration summary
d = "r02_zaporizhzhia_rma_evening.txt"
L, X = article(
    d, actor="Russia", target="Ukraine", cside="Ukraine", country="Ukraine", region="Zaporizhzhia"
)
KIL, INJ = dict(cat="casualties", action="killed"), dict(cat="casualties", action="injured")
DMG = dict(actor=A, target=A)
X("Evening summary: 412 strikes", "412")
X("on 9 settlements of the region", "9")
# strike counts: counts of attacks rather than of weapons, debatable
L("carried out 412 strikes", "412", 412, cat="weapon", wt=A, action="launched", opt=True)
X("on 9 settlements of Zaporizhzhia region", "9")
L("launched 6 air strikes", "6", 6, cat="weapon", wt=A, action="launched", opt=True)
L("A total of 287 drones", "287", 287, cat="weapon", wt="drone", action="launched")
L(
    "There were 9 strikes from multiple launch",
    "9",
    9,
    cat="weapon",
    wt="mlrs",
    action="launched",
    opt=True,
)
L(
    "A further 110 artillery strikes",
    "110",
    110,
    cat="weapon",
    wt="artillery",
    action="launched",
    opt=True,
)
L("Three people were injured in the district", "Three", 3, **INJ)
L("two men aged 41", "two", 2, **INJ, opt=True)  # a breakdown of the three
L("with 2 guided aerial bombs", "2", 2, cat="weapon", wt="guided_bomb", action="launched")
L("and 5 Shahed-type drones", "5", 5, cat="weapon", wt="drone", action="launched")
L("One person was killed", "One", 1, **KIL)
L("and 6 more were injured", "6", 6, **INJ)
X("Fifteen reports of destruction", "Fifteen")
L("In Zaporizhzhia, 4 apartment buildings", "4", 4, **DMG)
L("11 private houses", "11", 11, **DMG)
L("and 23 cars were damaged", "23", 23, **DMG)
L("About 1,700 subscribers", "About 1,700", 1700, "approximate", **DMG)
X("restored supply to 1,200 of them", "1,200")
EVA = dict(cat="displacement", action="evacuated", actor=A, target=A)
L("Over the past day, 37 people", "37", 37, **EVA)
L("including 8 children, were evacuated", "8", 8, **EVA)
L("more than 4,300 residents", "more than 4,300", 4300, "at_least", **EVA)
L("including about 600 children", "about 600", 600, "approximate", **EVA)
L("shot down 14 enemy attack drones", "14", 14, cat="weapon", wt="drone", action="shot_down", actor="Ukraine",
  target="Russia")  # fmt: skip
L("have killed 1,134 civilians", "1,134", 1134, **KIL)
L("at least 3,900 people have been injured", "at least 3,900", 3900, "at_least", **INJ)

# ---------------------------------------------------------------- r03 Belgorod governor, state TV interview
d = "r03_belgorod_governor_tv.txt"
L, X = article(
    d, actor="Ukraine", target="Russia", cside="Russia", country="Russia", region="Belgorod"
)
KIL, INJ = dict(cat="casualties", action="killed"), dict(cat="casualties", action="injured")
DMG = dict(actor=A, target=A)
EVA = dict(cat="displacement", actor=A, target=A)
L("the region with 486 drones", "486", 486, cat="weapon", wt="drone", action="launched")
L(
    "shot down 312 of them",
    "312",
    312,
    cat="weapon",
    wt="drone",
    action="shot_down",
    actor="Russia",
    target="Ukraine",
)
L("Five civilians were killed", "Five", 5, **KIL)
L("and 38 were injured", "38", 38, **INJ)
L("including four children", "four", 4, **INJ)
L("destroyed 27 Ukrainian aircraft-type drones", "27", 27, cat="weapon", wt="drone", action="shot_down",
  actor="Russia", target="Ukraine")  # fmt: skip
L("96 private houses", "96", 96, **DMG)
L("14 apartment buildings and 41 cars", "14", 14, **DMG)
L("and 41 cars were damaged", "41", 41, **DMG)
X("about 1,800 people are still living", "about 1,800")
X("it was more than 6,000", "more than 6,000")
L("another 212 residents", "212", 212, **EVA, action="evacuated")
L("64 of them children", "64", 64, **EVA, action="evacuated")
L("At the moment 2,370 people", "2,370", 2370, **EVA)
L("more than 11,000 children", "more than 11,000", 11000, "at_least", **EVA)
X("send about 3,500 more", "about 3,500")
ECO = dict(cat="economic", unit=A, actor=A, target=A)
L("around 5.2 million roubles", "around 5.2 million", 5.2e6, "approximate", **ECO)
L("up to 1.5 million roubles", "up to 1.5 million", 1.5e6, "at_most", **ECO)
L("paid out 1.9 billion roubles", "1.9 billion", 1.9e9, **ECO)
X("3,412 applications", "3,412")
L(
    "number more than 4,000 people",
    "more than 4,000",
    4000,
    "at_least",
    cat="personnel",
    actor="Russia",
    target=A,
)
L(
    "bought 180 pickup trucks",
    "180",
    180,
    cat="weapon",
    wt="vehicle",
    actor="Russia",
    target=A,
    opt=True,
)

# ---------------------------------------------------------------- r04 feature: mobile fire group
d = "r04_mobile_fire_group_feature.txt"
L, X = article(
    d, actor="Ukraine", target="Russia", cside="Ukraine", country="Ukraine", region="Kyiv"
)
DOWN = dict(cat="weapon", wt="drone", action="shot_down")
L("with forty-two marks", "forty-two", 42, **DOWN, opt=True)  # the tally behind the next quote
L("Forty-two Shaheds since we started", "Forty-two", 42, **DOWN)
X("Forty-two, and three", "Forty-two")
L("three of those in one night", "three", 3, **DOWN)
L("one of roughly two hundred mobile fire groups", "roughly two hundred", 200, "approximate", action="deployed",
  target=A)  # fmt: skip
X("Each has four people", "four")
L("more than four thousand long-range attack drones", "more than four thousand", 4000, "at_least", cat="weapon",
  wt="drone", action="launched", actor="Russia", target="Ukraine", region=N)  # fmt: skip
L(
    "downed about eleven hundred of them",
    "about eleven hundred",
    1100,
    "approximate",
    **DOWN,
    region=N,
)
X("close to a third of all", "a third")
L("maybe fifty thousand dollars", "fifty thousand dollars", 50000, A, unit="usd", cat="economic", actor=A,
  target=A, country=A, region=A, opt=True)  # fmt: skip
X("costs millions", "millions")
L("sent eleven drones at their sector", "eleven", 11, cat="weapon", wt="drone", action="launched", actor="Russia",
  target="Ukraine")  # fmt: skip
L("group brought down two", "two", 2, **DOWN)
L("Electronic warfare took four more", "four", 4, **DOWN)
L(
    "the group lost two men",
    "two",
    2,
    cat="casualties",
    action="killed",
    actor="Russia",
    target="Ukraine",
)
L("nine members of mobile fire groups", "nine", 9, cat="casualties", action="killed", actor="Russia",
  target="Ukraine")  # fmt: skip
X("up to four thousand metres", "up to four thousand")
X("at a hundred and eighty kilometres", "a hundred and eighty")
L(
    "ordered thirty thousand of them",
    "thirty thousand",
    30000,
    cat="weapon",
    wt="drone",
    target=A,
    region=N,
)
L("at least 1,500 Russian drones", "at least 1,500", 1500, "at_least", **DOWN, region=N)
X("rounds fired: two hundred and forty", "two hundred and forty")

# ---------------------------------------------------------------- r05 OSINT weekly analysis
d = "r05_osint_weekly_advances.txt"
L, X = article(d, unit="km2", cat="territory", action="seized", actor="Russia", target="Ukraine", cside="Ukraine",
               country="Ukraine", region=N)  # fmt: skip
L("Russian gains slow to 94 km", "94", 94, opt=True)  # headline of the first key figure
L("captured 94 square kilometres", "94", 94)
L("down from 131 km", "131", 131)
L("and 167 km", "167", 167)
L("Three settlements were taken", "Three", 3, unit="count")
L("compared with five in the previous week", "five", 5, unit="count")
L("four weeks is about 128 km", "about 128", 128, "approximate")
L("against roughly 170 km", "roughly 170", 170, "approximate")
L("Pokrovsk direction: 29 km", "29", 29, region="Donetsk")
L(
    "advanced up to 2.4 kilometres",
    "up to 2.4",
    2.4,
    "at_most",
    unit="km",
    action=A,
    region="Donetsk",
)
X("groups of three to five men", "three")
X("three to five men", "five")
L("Huliaipole direction: 27 km", "27", 27, region="Zaporizhzhia")
X("fell by almost half", "almost half")
L("the enemy took 51 km", "51", 51, region="Zaporizhzhia")
L("Kostiantynivka direction: 18 km", "18", 18, region="Donetsk")
L("Lyman direction: 9 km", "9", 9, region="Donetsk")
L("Dnipropetrovsk regions: 5 km", "5", 5, region=A)  # on the border of two regions
L("Kupiansk direction: 4 km", "4", 4, region="Kharkiv")
L(
    "recaptured about 3 km",
    "about 3",
    3,
    "approximate",
    actor="Ukraine",
    target="Russia",
    region="Kharkiv",
)
L("Sumy direction: 2 km", "2", 2, region="Sumy")
L("have captured 1,412 km", "1,412", 1412)
L("an average of 128 km", "128", 128, opt=True)  # derived from the figure before it
L("they captured about 4,700 km", "about 4,700", 4700, "approximate")
L("in 2024 roughly 3,600 km", "roughly 3,600", 3600, "approximate")
L("Russia now occupies 116,930 km", "116,930", 116930, action="occupied")
L("or 19.4% of the country", "19.4%", 19.4, unit="percent", action="occupied")
L("Ukraine still holds about 6,300 km", "about 6,300", 6300, "approximate", action="controlled", actor="Ukraine",
  target=A, region="Donetsk")  # fmt: skip
L("destroying 212 Russian motorcycles", "212", 212, unit="count", cat="weapon", wt="vehicle", action="destroyed",
  actor="Ukraine", target="Russia", region="Zaporizhzhia")  # fmt: skip
L("about 7,900 personnel", "about 7,900", 7900, "approximate", unit="count", cat="casualties", action=A,
  actor="Ukraine", target="Russia", country=A, region=A)  # fmt: skip
X("at least two independent", "at least two")

# ---------------------------------------------------------------- r06 prisoner exchange and repatriated bodies
d = "r06_prisoner_exchange_bodies.txt"
L, X = article(d)
POW = dict(cat="personnel")
L("swap 205 prisoners each", "205", 205, **POW, opt=True)  # headline of the lead
L("1,000 bodies returned to Kyiv", "1,000", 1000, cat="casualties", cside="Ukraine", opt=True)
L("each released 205 prisoners of war", "205", 205, **POW)
L("were 182 servicemen", "182", 182, **POW, cside="Ukraine")
L("and 23 civilians", "23", 23, cside="Ukraine")
L("confirmed that 205 Russian servicemen", "205", 205, **POW, cside="Russia")
L("captivity to 6,419", "6,419", 6419, cside="Ukraine")
L("the 1,000-for-1,000 swap", "1,000", 1000, **POW)
X("for-1,000 swap", "1,000")
# claimant: the UAE foreign ministry; "United Arab Emirates" is not in gold_tables.SIDES
L("release of 4,846 prisoners", "4,846", 4846, **POW)
X("in 17 exchanges", "17")
# claimant: Qatar, not in gold_tables.SIDES
L("helped return 119 Ukrainian children", "119", 119)
BOD = dict(cat="casualties")
L("the bodies of 1,000 people", "1,000", 1000, **BOD, cside="Ukraine")
L("bodies of 41 of its servicemen", "41", 41, **BOD, cside="Russia")
L("more than 12,000 bodies", "more than 12,000", 12000, "at_least", **BOD, cside="Ukraine")
X("about 40 per cent through DNA", "about 40")
L("more than 8,000 Ukrainian servicemen", "more than 8,000", 8000, "at_least", **POW, actor="Russia",
  target="Ukraine", cside="Ukraine", country="Russia", region=N)  # fmt: skip
X("along with thousands of civilians", "thousands")
L("at least 245 Ukrainian prisoners", "at least 245", 245, "at_least", cat="casualties", action="killed",
  actor="Russia", target="Ukraine", cside="Ukraine")  # fmt: skip
L("Ukraine holds about 1,500 Russian soldiers", "about 1,500", 1500, "approximate", **POW, actor="Ukraine",
  target="Russia", cside="Russia", country="Ukraine", region=N)  # fmt: skip
L("a list of 320 civilians", "320", 320, cside="Russia")
L("payment of 100,000 hryvnias", "100,000", 100000, unit=A, cat="economic", cside="Ukraine", country="Ukraine",
  region=N)  # fmt: skip

table.write(HERE / "gold.jsonl", "r")
