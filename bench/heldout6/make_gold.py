"""Builds gold.jsonl for heldout6 from compact label tables (hand-written): python -m bench.heldout6.make_gold

Columns of L(...): doc, context, quote, value, qualifier, unit, category, weapon_type, action,
actor, target, claimant_side, country, region[, optional]. A = any value accepted, N = must be
empty; ANY(...) = a debatable number, optional and unscored."""

import pathlib

from bench.gold_tables import ANY as A
from bench.gold_tables import LabelTable

HERE = pathlib.Path(__file__).parent
N = None
RU, UA, UK, US, NK = "Russia", "Ukraine", "United Kingdom", "United States", "North Korea"
table = LabelTable()
L, ANY = table.label, table.any

# fmt: off

# ---------------------------------------------------------------- o01 UK Defence Intelligence monthly update
d = "o01_di_monthly_update.txt"
L(d, "seized approximately 380 square kilometres", "approximately 380", 380, "approximate", "km2", "territory", N, "seized", RU, UA, UK, UA, N)
L(d, "(147 square miles)", "147", 147, A, "mi2", "territory", N, A, A, A, A, A, A, True)
L(d, "around 20% less than in December", "around 20%", 20, "approximate", "percent", "territory", N, A, RU, UA, UK, UA, N)
L(d, "captured 14 settlements", "14", 14, "exact", "count", "territory", N, "seized", RU, UA, UK, UA, N)
ANY(d, "population of fewer than 500", "fewer than 500")
L(d, "Nine of these were in Donetsk Oblast", "Nine", 9, "exact", "count", "territory", N, "seized", RU, UA, UK, UA, "Donetsk")
L(d, "four in Zaporizhzhia Oblast", "four", 4, "exact", "count", "territory", N, "seized", RU, UA, UK, UA, "Zaporizhzhia")
L(d, "one in Dnipropetrovsk Oblast", "one", 1, "exact", "count", "territory", N, "seized", RU, UA, UK, UA, "Dnipropetrovsk")
L(d, "controls around 85% of the town of Pokrovsk", "around 85%", 85, "approximate", "percent", "territory", N, "controlled", RU, A, UK, UA, "Donetsk")
L(d, "advanced up to 6 kilometres", "up to 6", 6, "at_most", "km", "territory", N, A, RU, UA, UK, UA, "Zaporizhzhia")
L(d, "approximately 15 kilometres wide", "approximately 15", 15, "approximate", "km", "territory", N, A, RU, UA, UK, UA, "Zaporizhzhia")
L(d, "up to 100 Russian personnel", "up to 100", 100, "at_most", "count", "personnel", N, A, RU, A, UK, UA, "Kharkiv")
L(d, "averaged around 1,070 per day", "around 1,070", 1070, "approximate", "count", "casualties", N, A, UA, RU, UK, A, A)
L(d, "down from 1,160 per day", "1,160", 1160, A, "count", "casualties", N, A, UA, RU, UK, A, A)
L(d, "more than 1,180,000 casualties", "more than 1,180,000", 1180000, "at_least", "count", "casualties", N, A, UA, RU, UK, A, A)
ANY(d, "between 280,000 and", "280,000")
ANY(d, "280,000 and 310,000 have been killed", "310,000")
L(d, "around 35,000 personnel signed contracts", "around 35,000", 35000, "approximate", "count", "personnel", N, A, RU, A, RU, RU, N)
L(d, "an estimated 710,000 troops", "710,000", 710000, "approximate", "count", "personnel", N, "deployed", RU, A, UK, A, A)
L(d, "more than 6 million rounds", "more than 6 million", 6000000, "at_least", "count", A, A, A, NK, A, UK, A, A)
L(d, "over 200 long-range artillery systems", "over 200", 200, "at_least", "count", "weapon", "artillery", A, NK, A, UK, A, A)
L(d, "launched around 4,300 one-way attack", "around 4,300", 4300, "approximate", "count", "weapon", "drone", "launched", RU, UA, UK, UA, N)
L(d, "more than 150 missiles against Ukraine", "more than 150", 150, "at_least", "count", "weapon", "missile", "launched", RU, UA, UK, UA, N)
L(d, "approximately 87% of the OWA UAVs", "approximately 87%", 87, "approximate", "percent", "weapon", "drone", "shot_down", UA, RU, UK, UA, N)
L(d, "using 653 OWA UAVs", "653", 653, "exact", "count", "weapon", "drone", "launched", RU, UA, UK, UA, A)
L(d, "653 OWA UAVs and 51 missiles", "51", 51, "exact", "count", "weapon", "missile", "launched", RU, UA, UK, UA, A)
L(d, "including 18 Kh-101", "18", 18, "exact", "count", "weapon", "missile", "launched", RU, UA, UK, UA, A)
L(d, "struck at least nine refineries", "at least nine", 9, "at_least", "count", "infrastructure", N, A, UA, RU, UK, RU, N)
ANY(d, "which was hit twice", "twice")
L(d, "fell by around 10% over the month", "around 10%", 10, "approximate", "percent", "economic", N, A, A, A, UK, RU, N)
L(d, "destroyed 2,950 Ukrainian UAVs", "2,950", 2950, "exact", "count", "weapon", "drone", "shot_down", RU, UA, RU, RU, A)
L(d, "allocates 13 trillion roubles", "13 trillion", 13_000_000_000_000, "exact", A, "economic", N, A, A, A, A, RU, N)
L(d, "about 6% of GDP", "about 6%", 6, "approximate", "percent", "economic", N, A, A, A, A, RU, N)

# ---------------------------------------------------------------- o02 Ukrainian General Staff morning report (outlet paraphrase)
d = "o02_genstaff_morning_report.txt"
L(d, "lost another 1,030 soldiers", "1,030", 1030, "exact", "count", "casualties", N, A, UA, RU, UA, A, A, True)
L(d, "about 1,251,840 personnel", "about 1,251,840", 1251840, "approximate", "count", "casualties", N, A, UA, RU, UA, A, A)
L(d, "including 1,030 over the past day", "1,030", 1030, "exact", "count", "casualties", N, A, UA, RU, UA, A, A)
for ctx, q, v, wt in [
    ("tanks – 11,538", "11,538", 11538, "tank"),
    ("(+3)", "3", 3, "tank"),
    ("armoured combat vehicles – 23,911", "23,911", 23911, "armored_vehicle"),
    ("(+5)", "5", 5, "armored_vehicle"),
    ("artillery systems – 37,602", "37,602", 37602, "artillery"),
    ("(+41)", "41", 41, "artillery"),
    ("MLRS – 1,594", "1,594", 1594, "mlrs"),
    ("(+2)", "2", 2, "mlrs"),
    ("air defence systems – 1,266", "1,266", 1266, "air_defense"),
    ("aircraft – 435", "435", 435, "aircraft"),
    ("helicopters – 347", "347", 347, "helicopter"),
    ("UAVs – 108,764", "108,764", 108764, "drone"),
    ("(+612)", "612", 612, "drone"),
    ("cruise missiles – 4,103", "4,103", 4103, "missile"),
    ("warships/boats – 28", "28", 28, "ship"),
    ("submarines – 1", "1", 1, "ship"),
    ("vehicles and fuel tanks – 72,480", "72,480", 72480, "vehicle"),
    ("(+118)", "118", 118, "vehicle"),
    ("special equipment – 4,027", "4,027", 4027, A),
]:
    L(d, ctx, q, v, "exact", "count", "weapon", wt, A, UA, RU, UA, A, A)
ANY(d, "172 combat engagements", "172")
L(d, "The enemy used five missiles", "five", 5, "exact", "count", "weapon", "missile", "launched", RU, UA, UA, UA, N)
ANY(d, "carried out 71 air strikes", "71")
L(d, "dropping 134 guided aerial bombs", "134", 134, "exact", "count", "weapon", "guided_bomb", "launched", RU, UA, UA, UA, N)
L(d, "used 5,436 kamikaze drones", "5,436", 5436, "exact", "count", "weapon", "drone", "launched", RU, UA, UA, UA, N)
ANY(d, "fired 3,120 times", "3,120")
L(d, "dropped 31 guided bombs on settlements in Sumy region", "31", 31, "exact", "count", "weapon", "guided_bomb", "launched", RU, UA, UA, UA, "Sumy")
ANY(d, "carried out 210 artillery attacks", "210")
ANY(d, "attacked 45 times in total", "45")
ANY(d, "stopped 54 assault actions", "54")
L(d, "183 occupiers were neutralised", "183", 183, "exact", "count", "casualties", N, A, UA, RU, UA, UA, "Donetsk")
L(d, "112 of them irrecoverably", "112", 112, "exact", "count", "casualties", N, "killed", UA, RU, UA, UA, "Donetsk")
L(d, "destroyed three armoured vehicles", "three", 3, "exact", "count", "weapon", "armored_vehicle", "destroyed", UA, RU, UA, UA, "Donetsk")
L(d, "27 UAVs and four vehicles", "27", 27, "exact", "count", "weapon", "drone", A, UA, RU, UA, UA, "Donetsk")
L(d, "and four vehicles.", "four", 4, "exact", "count", "weapon", "vehicle", "destroyed", UA, RU, UA, UA, "Donetsk")
ANY(d, "attacked 19 times", "19")
L(d, "with 12 guided bombs", "12", 12, "exact", "count", "weapon", "guided_bomb", "launched", RU, UA, UA, UA, "Zaporizhzhia")
ANY(d, "made two unsuccessful attempts", "two")
L(d, "with 126 strike UAVs", "126", 126, "exact", "count", "weapon", "drone", "launched", RU, UA, UA, UA, N)
L(d, "two Iskander-M ballistic missiles", "two", 2, "exact", "count", "weapon", "missile", "launched", RU, UA, UA, UA, N)
L(d, "shot down or suppressed 103 drones", "103", 103, "exact", "count", "weapon", "drone", "shot_down", UA, RU, UA, UA, N)
L(d, "Hits by 21 drones", "21", 21, "exact", "count", "weapon", "drone", A, RU, UA, UA, UA, N)
ANY(d, "recorded at 9 locations", "9")

# ---------------------------------------------------------------- o03 Kursk governor's Telegram channel
d = "o03_kursk_governor_telegram.txt"
L(d, "attacked our region with 87 drones", "87", 87, "exact", "count", "weapon", "drone", "launched", UA, RU, RU, RU, "Kursk")
ANY(d, "shelled border settlements 24 times", "24")
L(d, "shot down 61 UAVs over the region", "61", 61, "exact", "count", "weapon", "drone", "shot_down", RU, UA, RU, RU, "Kursk")
L(d, "Two passengers, including", "Two", 2, "exact", "count", "casualties", N, "injured", UA, RU, RU, RU, "Kursk")
L(d, "6 private houses", "6", 6, "exact", "count", A, N, A, UA, RU, RU, RU, "Kursk")
L(d, "3 apartment buildings", "3", 3, "exact", "count", A, N, A, UA, RU, RU, RU, "Kursk")
L(d, "a school and 2 cars", "2", 2, "exact", "count", A, N, A, UA, RU, RU, RU, "Kursk")
L(d, "broken in 41 flats", "41", 41, "exact", "count", A, N, A, UA, RU, RU, RU, "Kursk")
ANY(d, "No one was hurt", "No")
L(d, "about 4,800 subscribers", "about 4,800", 4800, "approximate", "count", A, N, A, A, A, RU, RU, "Kursk")
ANY(d, "covering 300 square metres", "300")
ANY(d, "dozens of our servicemen", "dozens")
L(d, "312 people, including 74", "312", 312, "exact", "count", "displacement", N, "evacuated", A, A, RU, RU, "Kursk")
L(d, "including 74 children", "74", 74, "exact", "count", "displacement", N, "evacuated", A, A, RU, RU, "Kursk")
L(d, "1,267 residents of border districts", "1,267", 1267, "exact", "count", "displacement", N, A, A, A, RU, RU, "Kursk")
ANY(d, "live in 23 centres", "23")
ANY(d, "payment of 10,000 rubles", "10,000")
L(d, "compensation of up to 3 million rubles", "up to 3 million", 3000000, "at_most", A, "economic", N, A, A, A, RU, RU, "Kursk")
L(d, "paid out 412 million rubles", "412 million", 412000000, "exact", A, "economic", N, A, A, A, RU, RU, "Kursk")
ANY(d, "to 389 families", "389")
L(d, "destroyed 48 Ukrainian fixed-wing drones", "48", 48, "exact", "count", "weapon", "drone", "shot_down", RU, UA, RU, RU, "Kursk")
L(d, "three civilians were killed", "three", 3, "exact", "count", "casualties", N, "killed", UA, RU, RU, RU, "Kursk")
L(d, "and 11 were injured", "11", 11, "exact", "count", "casualties", N, "injured", UA, RU, RU, RU, "Kursk")
ANY(d, "Two of the wounded", "Two")
L(d, "35 drones were shot down there", "35", 35, "exact", "count", "weapon", "drone", "shot_down", RU, UA, RU, RU, "Bryansk")

# ---------------------------------------------------------------- o04 humanitarian feature: children, prisoners, missing
d = "o04_children_prisoners_missing.txt"
L(d, "one of 1,859 children", "1,859", 1859, "exact", "count", "displacement", N, A, A, A, UA, A, A)
L(d, "lists 19,546 children as deported", "19,546", 19546, "exact", "count", "displacement", N, A, RU, UA, UA, A, A)
ANY(d, "may be several times higher", "several times")
L(d, "reunite 119 Ukrainian children", "119", 119, "exact", "count", "displacement", N, A, A, A, A, A, A)
L(d, "11 children and 4 young adults", "11", 11, "exact", "count", "displacement", N, A, A, A, A, A, A)
L(d, "and 4 young adults", "4", 4, "exact", "count", "displacement", N, A, A, A, A, A, A)
L(d, "that 101 children had been returned", "101", 101, "exact", "count", "displacement", N, A, A, A, RU, A, A)
L(d, "205 Ukrainian prisoners of war", "205", 205, "exact", "count", "personnel", N, A, A, A, A, A, A)
L(d, "in return for 205 Russian servicemen", "205", 205, "exact", "count", "personnel", N, A, A, A, A, A, A)
L(d, "were 31 National Guardsmen", "31", 31, "exact", "count", "personnel", N, A, A, A, UA, A, A)
L(d, "18 border guards", "18", 18, "exact", "count", "personnel", N, A, A, A, UA, A, A)
L(d, "and 9 civilians", "9", 9, "exact", "count", A, N, A, A, A, UA, A, A)
L(d, "confirmed that 205 servicemen", "205", 205, "exact", "count", "personnel", N, A, A, A, RU, A, A)
L(d, "said 22 civilians taken from the Kursk region", "22", 22, "exact", "count", A, N, A, A, A, RU, A, A)
L(d, "more than 8,000 Ukrainian servicemen", "more than 8,000", 8000, "at_least", "count", "personnel", N, A, RU, UA, UA, RU, N)
L(d, "at least 1,800 civilians", "at least 1,800", 1800, "at_least", "count", A, N, A, RU, UA, UA, RU, N)
L(d, "more than 70,000 Ukrainians as missing", "more than 70,000", 70000, "at_least", "count", A, N, A, A, UA, UA, A, A)
ANY(d, "roughly 90% of them military", "roughly 90%")
L(d, "more than 115,000 requests", "more than 115,000", 115000, "at_least", "count", A, N, A, A, A, A, A, A)
ANY(d, "news in about 14,000 cases", "about 14,000")
L(d, "the bodies of 1,000 people", "1,000", 1000, "exact", "count", "casualties", N, "killed", A, UA, A, UA, A)
L(d, "the bodies of 24 of its servicemen", "24", 24, "exact", "count", "casualties", N, "killed", A, RU, A, A, A)
ANY(d, "only about 60% of the bodies", "about 60%")
ANY(d, "at least 43 facilities", "at least 43")
ANY(d, "next 1,000-for-1,000 swap", "1,000")
ANY(d, "for-1,000 swap", "1,000")

# ---------------------------------------------------------------- o05 defence-industry / aid briefing
d = "o05_defence_industry_aid.txt"
L(d, "about 2 million 155mm", "about 2 million", 2000000, "approximate", "count", A, A, A, A, A, A, A, A)
L(d, "up from roughly 1.3 million in 2025", "roughly 1.3 million", 1300000, "approximate", "count", A, A, A, A, A, A, A, A)
L(d, "delivered 1.8 million large-calibre rounds", "1.8 million", 1800000, "exact", "count", A, A, A, A, A, A, A, A)
L(d, "a further 600,000 in the first half", "600,000", 600000, "exact", "count", A, A, A, A, A, A, A, A)
L(d, "around 4.5 million artillery rounds", "around 4.5 million", 4500000, "approximate", "count", A, A, A, RU, A, A, RU, N)
ANY(d, "roughly three times Europe's output", "roughly three times")
L(d, "capacity of 350,000 shells a year", "350,000", 350000, "exact", "count", A, A, A, A, A, A, A, A)
ANY(d, "rose 2.4% to", "2.4%")
ANY(d, "to €1,718 in Frankfurt", "€1,718")
L(d, "worth $4.3 billion", "$4.3 billion", 4300000000, "exact", "usd", "economic", N, A, A, A, A, A, A)
L(d, "an $825 million sale", "$825 million", 825000000, "exact", "usd", "economic", N, A, A, A, US, A, A)
L(d, "of 3,350 Extended Range", "3,350", 3350, "exact", "count", "weapon", "missile", A, A, A, US, A, A)
L(d, "budgeted €11.5 billion", "€11.5 billion", 11500000000, "exact", A, "economic", N, A, A, A, A, A, A)
L(d, "delivered 7 IRIS-T SLM", "7", 7, "exact", "count", "weapon", "air_defense", A, A, A, A, A, A)
L(d, "says 2 more will arrive", "2", 2, "exact", "count", "weapon", "air_defense", A, A, A, A, A, A)
L(d, "operates 10 Patriot batteries", "10", 10, "exact", "count", "weapon", "air_defense", A, UA, A, A, UA, N)
L(d, "handed over two more in December", "two", 2, "exact", "count", "weapon", "air_defense", A, A, A, A, A, A)
L(d, "a £1.6 billion deal", "£1.6 billion", 1600000000, "exact", A, "economic", N, A, A, A, UK, A, A)
L(d, "more than 5,000 Lightweight", "more than 5,000", 5000, "at_least", "count", "weapon", "missile", A, A, A, UK, A, A)
L(d, "deliver four more F-16", "four", 4, "exact", "count", "weapon", "aircraft", A, A, A, A, A, A)
L(d, "offered up to 150 Gripen E", "up to 150", 150, "at_most", "count", "weapon", "aircraft", A, A, A, A, A, A)
L(d, "contracted 4.5 million FPV drones", "4.5 million", 4500000, "exact", "count", "weapon", "drone", A, UA, A, UA, UA, N)
L(d, "build up to 1,000 interceptor drones a day", "up to 1,000", 1000, "at_most", "count", "weapon", "drone", A, UA, A, UA, UA, N)
L(d, "worth $35 billion this year", "$35 billion", 35000000000, "exact", "usd", "economic", N, A, A, A, UA, UA, N)
ANY(d, "only about a third of that", "about a third")
L(d, "around 40% of the weapons", "around 40%", 40, "approximate", "percent", A, A, A, UA, A, UA, UA, N)

# ---------------------------------------------------------------- o06 front-line reportage
d = "o06_frontline_reportage.txt"
ANY(d, "came at us three times", "three")
ANY(d, "in groups of four or five", "four")
ANY(d, "four or five, on motorbikes", "five")
L(d, "We took out eleven of them", "eleven", 11, "exact", "count", "casualties", N, A, UA, RU, UA, UA, "Donetsk")
L(d, "Two bikes burned", "Two", 2, "exact", "count", "weapon", "vehicle", "destroyed", UA, RU, UA, UA, "Donetsk")
ANY(d, "twice as many drones here", "twice")
L(d, "more than 300 of theirs", "more than 300", 300, "at_least", "count", "weapon", "drone", "shot_down", UA, RU, UA, UA, "Donetsk")
L(d, "with about 120 men", "about 120", 120, "approximate", "count", "personnel", N, A, UA, A, UA, UA, "Donetsk")
ANY(d, "Now we are a few dozen", "a few dozen")
ANY(d, "Roughly a third of what", "Roughly a third")
L(d, "control about 30% of Kostiantynivka", "about 30%", 30, "approximate", "percent", "territory", N, "controlled", RU, A, UA, UA, "Donetsk")
L(d, "advanced roughly two kilometres", "roughly two", 2, "approximate", "km", "territory", N, A, RU, UA, UA, UA, "Donetsk")
L(d, "concentrated up to 25,000 troops", "up to 25,000", 25000, "at_most", "count", "personnel", N, "massed", RU, A, UA, UA, "Donetsk")
L(d, "up to 120 Ukrainian servicemen", "up to 120", 120, "at_most", "count", "casualties", N, "killed", RU, UA, RU, UA, "Donetsk")
L(d, "destroyed four Bradley", "four", 4, "exact", "count", "weapon", "armored_vehicle", "destroyed", RU, UA, RU, UA, "Donetsk")
ANY(d, "pre-war population of 67,000", "67,000")
L(d, "about 9,500 people remain", "about 9,500", 9500, "approximate", "count", A, N, A, A, A, UA, UA, "Donetsk")
L(d, "212 residents, among them", "212", 212, "exact", "count", "displacement", N, "evacuated", A, A, UA, UA, "Donetsk")
L(d, "among them 19 children", "19", 19, "exact", "count", "displacement", N, "evacuated", A, A, UA, UA, "Donetsk")
L(d, "hit by 16 guided bombs", "16", 16, "exact", "count", "weapon", "guided_bomb", "launched", RU, UA, UA, UA, "Donetsk")
L(d, "killed two civilians", "two", 2, "exact", "count", "casualties", N, "killed", RU, UA, UA, UA, "Donetsk")
L(d, "and wounded seven", "seven", 7, "exact", "count", "casualties", N, "injured", RU, UA, UA, UA, "Donetsk")
ANY(d, "point 12 kilometres behind", "12")
ANY(d, "between 30 and 40 wounded", "30")
ANY(d, "30 and 40 wounded a day", "40")
ANY(d, "twice as many as in December", "twice")
ANY(d, "The last 8 km", "8")
L(d, "We lost three ambulances", "three", 3, "exact", "count", "weapon", "vehicle", A, RU, UA, UA, UA, "Donetsk")
ANY(d, "costs about $2,000 now", "about $2,000")
ANY(d, "The state covers maybe half", "maybe half")
ANY(d, "collected 4.2 million hryvnias", "4.2 million")
ANY(d, "donations of 100 or 200", "100")
ANY(d, "100 or 200 hryvnias", "200")

# fmt: on

table.write(HERE / "gold.jsonl", "o")
