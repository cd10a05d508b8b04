"""Builds gold.jsonl for heldout12 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout12.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored."""

import pathlib

from bench.gold_tables import (
    APX,
    CAS,
    DIS,
    ECO,
    EX,
    GE,
    INF,
    LE,
    NK,
    PER,
    SK,
    TER,
    UN,
    US,
    A,
    LabelTable,
    N,
    R,
    U,
    W,
)

HERE = pathlib.Path(__file__).parent
table = LabelTable()
rows, any_ = table.labels, table.anys


# fmt: off
# ---------------------------------------------------------------- u01 "list of key events" page
d = "u01_key_events_day_1737.txt"
rows(d, [
    # Fighting: each bullet carries its own claimant
    ("Russia launched 118 drones", "118", 118, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and four Iskander-M ballistic missiles", "four", 4, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down or suppressed 94 of the drones", "94", 94, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("Pavlohrad killed three people", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, "Dnipropetrovsk"),
    ("injured at least 17 others", "at least 17", 17, GE, "count", CAS, N, "injured", R, U, U, U, "Dnipropetrovsk"),
    ("dropped some 30 guided aerial bombs", "some 30", 30, APX, "count", W, "guided_bomb", "launched", R, U, U, U, "Kharkiv"),
    # the killing is attributed only through the previous sentence
    ("One man, aged 62, was killed", "One", 1, EX, "count", CAS, N, "killed", A, U, U, U, "Kharkiv"),
    ("intercepted and destroyed 63 Ukrainian fixed-wing drones", "63", 63, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("including 21 over the Bryansk region", "21", 21, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("and 12 over the Moscow region", "12", 12, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("at least nine drones flying towards the capital", "at least nine", 9, GE, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("Flights at two of the city's airports", "two", 2, A, "count", INF, N, A, A, A, A, R, "Moscow", True),
    ("killing one man and wounding four passengers", "one", 1, EX, "count", CAS, N, "killed", U, R, R, R, "Belgorod"),
    ("wounding four passengers", "four", 4, EX, "count", CAS, N, "injured", U, R, R, R, "Belgorod"),
    # General Staff daily loss count: killed and wounded together, so action open
    ("Russian forces lost 1,080 personnel", "1,080", 1080, EX, "count", CAS, N, A, U, R, U, A, N),
    ("in February 2022 to 1,268,430", "1,268,430", 1268430, EX, "count", CAS, N, A, U, R, U, A, N),
    ("Ukraine lost up to 1,350 servicemen", "up to 1,350", 1350, LE, "count", CAS, N, A, R, U, R, A, N),
    # ISW: a US think tank, not the US government
    ("advanced roughly 4.5km (2.8 miles)", "roughly 4.5km", 4.5, APX, "km", TER, N, A, R, U, A, U, "Donetsk"),
    ("(2.8 miles)", "2.8", 2.8, A, "mi", TER, N, A, A, A, A, A, A, True),
    ("seized about 480 square kilometres", "about 480", 480, APX, "km2", TER, N, "seized", R, U, A, U, A),
    # Politics: a list where only the first two items carry a qualifier
    ("used more than 2,100 attack drones", "more than 2,100", 2100, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("nearly 1,300 glide bombs", "nearly 1,300", 1300, LE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("and 46 missiles against Ukraine", "46", 46, A, "count", W, "missile", "launched", R, U, U, U, N),
    ("at least 173 civilians were killed", "at least 173", 173, GE, "count", CAS, N, "killed", A, A, UN, U, N),
    ("killed and 904 injured in Ukraine", "904", 904, A, "count", CAS, N, "injured", A, A, UN, U, N),
    # Weapons: Germany is outside SIDES
    ("deliver two more IRIS-T SLM air defence systems", "two", 2, EX, "count", W, "air_defense", A, A, A, A, A, N),
    ("a package worth 1.9 billion euros", "1.9 billion", 1900000000, EX, A, ECO, N, A, A, A, A, A, N),
    # Economy
    ("fell by 9% week on week", "9%", 9, EX, "percent", ECO, N, A, A, A, A, R, A),
    ("The Russian rouble weakened 3%", "3%", 3, EX, "percent", ECO, N, A, A, A, A, R, A),
])
any_(d, [
    ("recorded at 11 locations", "11"),
    ("Two five-storey apartment blocks", "Two"),
    ("exchanged 150 prisoners of war each", "150"),
    ("more than half of the casualties", "more than half"),
    ("adding 117 more vessels", "117"),
    ("Russia launches 653 drones", "653"),  # a related-link headline
    ("653 drones and 51 missiles", "51"),
    ("trading at 104 per dollar", "104"),
])

# ---------------------------------------------------------------- u02 OSINT satellite imagery
d = "u02_osint_airbase_imagery.txt"
# Engels-2: Saratov; Morozovsk: Rostov; Tikhoretsk (Krasnodar) and Shaykovka (Kaluga) lie
# outside REGIONS. The outlet's own imagery counts: claimant_side open, actor Ukraine.
rows(d, [
    # the official claims
    ('destroyed "at least six aircraft"', "at least six", 6, GE, "count", W, "aircraft", "destroyed", U, R, U, R, "Saratov"),
    ("among them three Tu-95MS strategic bombers", "three", 3, EX, "count", W, "aircraft", "destroyed", U, R, U, R, "Saratov"),
    ("and one Tu-22M3, and had hit", "one", 1, EX, "count", W, "aircraft", "destroyed", U, R, U, R, "Saratov"),
    ('had hit "up to nine" Su-34', "up to nine", 9, LE, "count", W, "aircraft", A, U, R, U, R, "Rostov"),
    ("had destroyed more than 30,000 tonnes of munitions", "more than 30,000", 30000, GE, A, A, A, "destroyed", U, R, U, R, A),
    ("shot down 31 Ukrainian drones over the Saratov region", "31", 31, EX, "count", W, "drone", "shot_down", R, U, R, R, "Saratov"),
    ("and 26 over the Krasnodar region", "26", 26, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("along with all 12 Neptune missiles", "12", 12, EX, "count", W, "missile", "shot_down", R, U, R, R, "Rostov"),
    # the imagery: destroyed vs damaged (damaged is not in the action list: open)
    ("shows two Tu-95MS bombers on the main apron", "two", 2, EX, "count", W, "aircraft", "destroyed", U, R, A, R, "Saratov"),
    ("One Tu-22M3 at the northern dispersal area", "One", 1, EX, "count", W, "aircraft", A, U, R, A, R, "Saratov"),
    ("Seven of the 18 fuel tanks", "Seven", 7, EX, "count", INF, N, A, U, R, A, R, "Saratov"),
    ("we count one Su-34 destroyed", "one", 1, EX, "count", W, "aircraft", "destroyed", U, R, A, R, "Rostov"),
    ("and three Su-34s with visible damage", "three", 3, EX, "count", W, "aircraft", A, U, R, A, R, "Rostov"),
    ("no more than 14 Su-34s were present", "no more than 14", 14, LE, "count", W, "aircraft", A, R, A, A, R, "Rostov", True),
    ("at least 10 of them are still visible", "at least 10", 10, GE, "count", W, "aircraft", A, R, A, A, R, "Rostov", True),
    # the arsenal
    ("at least 60 have been destroyed or collapsed", "at least 60", 60, GE, "count", A, A, "destroyed", U, R, A, R, A),
    ("said about 1,200 residents", "about 1,200", 1200, APX, "count", DIS, N, "evacuated", A, A, R, R, A),
    ("three people had been injured by flying glass", "three", 3, EX, "count", CAS, N, "injured", A, R, R, R, A),
    # the table restates the body except for the Shaykovka row
    ("Saratov | 2 (Tu-95MS) |", "2", 2, EX, "count", W, "aircraft", "destroyed", U, R, A, R, "Saratov", True),
    ("| 2 (Tu-95MS, Tu-22M3) |", "2", 2, EX, "count", W, "aircraft", A, U, R, A, R, "Saratov", True),
    ("Rostov | 1 (Su-34) |", "1", 1, EX, "count", W, "aircraft", "destroyed", U, R, A, R, "Rostov", True),
    ("| 3 (Su-34) |", "3", 3, EX, "count", W, "aircraft", A, U, R, A, R, "Rostov", True),
    ("| 1 (Tu-22M3, probable) |", "1", 1, EX, "count", W, "aircraft", A, U, R, A, R, A),
    ("| Total | | 3 | 6 | 21 |", "3", 3, EX, "count", W, "aircraft", "destroyed", U, R, A, R, A, True),
    ("| Total | | 3 | 6 | 21 |", "6", 6, EX, "count", W, "aircraft", A, U, R, A, R, A, True),
    ("confirm three aircraft destroyed and six damaged", "three", 3, EX, "count", W, "aircraft", "destroyed", U, R, A, R, A, True),
    ("three aircraft destroyed and six damaged", "six", 6, EX, "count", W, "aircraft", A, U, R, A, R, A, True),
    ("combined claim of about 15", "about 15", 15, APX, "count", W, "aircraft", A, U, R, U, R, A, True),
    ("lost at least 11 strategic bombers", "at least 11", 11, GE, "count", W, "aircraft", A, U, R, A, R, A),
])
any_(d, [
    ("targeting two Russian airbases", "two"),
    ("hundreds of kilometres behind", "hundreds"),
    ("1,400-hectare arsenal", "1,400"),
    ("four fresh impact craters", "four"),
    ("Seven of the 18 fuel tanks", "18"),
    ("Eleven craters are visible", "Eleven"),
    ("covering about 42 hectares", "about 42"),
    ("of the 98 earth-covered storage bunkers", "98"),
    ("residents of two nearby villages", "two"),
    ('The SBU\'s "more than 30,000 tonnes"', "more than 30,000"),
    ("range of 10,000 to 20,000 tonnes", "10,000"),
    ("10,000 to 20,000 tonnes", "20,000"),
    ("| Shaykovka | Kaluga | 0 |", "0"),
    ("Tu-22M3) | 4 |", "4"),
    ("(Su-34) | 11 |", "11"),
    ("probable) | 6 |", "6"),
    ("| 3 | 6 | 21 |", "21"),
    ("Moscow's claim of zero losses", "zero"),
    ("fewer than 90 before the war", "fewer than 90"),
])

# ---------------------------------------------------------------- u03 Senate hearing transcript
d = "u03_senate_hearing_transcript.txt"
# the general and the assistant secretary speak for the United States
rows(d, [
    ("suffered over 1.3 million casualties", "over 1.3 million", 1300000, GE, "count", CAS, N, A, U, R, US, A, N),
    ("somewhere between 250,000 and 300,000 killed", "250,000", A, A, "count", CAS, N, "killed", U, R, US, A, N),
    ("somewhere between 250,000 and 300,000 killed", "300,000", A, A, "count", CAS, N, "killed", U, R, US, A, N, True),
    ("about 1,100 soldiers a day", "about 1,100", 1100, APX, "count", CAS, N, A, U, R, US, A, N),
    ("recruiting about 32,000 new contract soldiers", "about 32,000", 32000, APX, "count", PER, N, A, R, A, US, R, N),
    ("now more than 3 million rubles", "more than 3 million", 3000000, GE, A, ECO, N, A, R, A, US, R, N),
    ("roughly 2,900 long-range one-way attack drones", "roughly 2,900", 2900, APX, "count", W, "drone", A, R, A, US, R, N),
    # artillery rounds are ammunition, not artillery systems: weapon_type open
    ("produce around 4.5 million rounds", "around 4.5 million", 4500000, APX, "count", W, A, A, R, A, US, R, N),
    ("shipped more than 12 million rounds", "more than 12 million", 12000000, GE, "count", W, A, A, NK, A, US, A, N),
    ("at least 250 KN-23 and KN-24 ballistic missiles", "at least 250", 250, GE, "count", W, "missile", A, NK, A, US, A, N),
    ("about 14,000 North Korean troops", "about 14,000", 14000, APX, "count", PER, N, A, NK, A, US, R, "Kursk"),
    ("another 6,000 military engineers", "6,000", 6000, EX, "count", PER, N, A, NK, A, US, R, "Kursk"),
    ("suffered about 5,000 casualties", "about 5,000", 5000, APX, "count", CAS, N, A, A, NK, US, A, A),
    ("roughly 1,500 killed", "roughly 1,500", 1500, APX, "count", CAS, N, "killed", A, NK, US, A, A),
    ("Russia launched more than 5,200 drones", "more than 5,200", 5200, GE, "count", W, "drone", "launched", R, U, US, U, N),
    ("5,200 drones and 190 missiles at Ukraine", "190", 190, A, "count", W, "missile", "launched", R, U, US, U, N),
    # an interception rate: category debatable
    ("intercepting about 87 percent of the drones", "about 87", 87, APX, "percent", A, A, "shot_down", U, R, US, U, N),
    ("purchased $3.6 billion worth", "$3.6 billion", 3600000000, EX, "usd", ECO, N, A, A, A, US, A, N),
    ("All but about $1.8 billion has been delivered", "about $1.8 billion", 1800000000, APX, "usd", ECO, N, A, US, A, US, A, N),
    ("taken approximately 4,600 square kilometers", "approximately 4,600", 4600, APX, "km2", TER, N, "seized", R, U, US, U, N),
    ("advanced up to 12 kilometers", "up to 12", 12, LE, "km", TER, N, A, R, U, US, U, "Donetsk"),
    # a Russian claim relayed by the US general
    ("claims Ukrainian losses of more than 1 million", "more than 1 million", 1000000, GE, "count", CAS, N, A, R, U, R, A, N),
    ("destroyed or seriously damaged some 40 Russian combat aircraft", "some 40", 40, APX, "count", W, "aircraft", A, U, R, US, R, N),
    ("including a dozen strategic bombers", "a dozen", 12, A, "count", W, "aircraft", A, U, R, US, R, N, True),
    ("at a rate of over 200,000 a month", "over 200,000", 200000, GE, "count", W, "drone", A, U, A, US, U, N),
    ("Russia fires about 9,000 shells a day", "about 9,000", 9000, APX, "count", W, A, "launched", R, U, US, U, N),
    ("and Ukraine roughly 5,500", "roughly 5,500", 5500, APX, "count", W, A, "launched", U, R, US, U, N),
])
any_(d, [
    ("up from a few hundred a month", "a few hundred"),
    ("Twelve million. Thank you.", "Twelve million"),  # the chairman repeats
    ("no more than a few hundred", "a few hundred"),
    ("Four thousand six hundred square kilometers", "Four thousand six hundred"),
    ("a quarter of a million men killed", "a quarter of a million"),
    ("Ukraine has lost a million people", "a million"),
    ("hit four Russian airbases last week", "four"),
    ("Two hundred thousand a month?", "Two hundred thousand"),
])

# ---------------------------------------------------------------- u04 defence-industry business story
d = "u04_defence_industry_business.txt"
# production is not in the action list: action open; the "Key figures" box is printed twice
rows(d, [
    ("ships 55,000 interceptor drones a month", "55,000", 55000, EX, "count", W, "drone", A, U, A, A, U, N),
    ("produced about 4.2 million drones", "about 4.2 million", 4200000, APX, "count", W, "drone", A, U, A, U, U, N),
    ("deliver more than 6 million in 2026", "more than 6 million", 6000000, GE, "count", W, "drone", A, U, A, U, U, N),
    ("is up to 10 million drones a year", "up to 10 million", 10000000, LE, "count", W, "drone", A, U, A, U, U, N),
    ("cover only about 40% of it", "about 40%", 40, APX, "percent", ECO, N, A, A, A, U, U, N),
    ("UAH 2.2 trillion (about $53 billion)", "UAH 2.2 trillion", 2200000000000, EX, A, ECO, N, A, U, A, A, U, N),
    ("(about $53 billion)", "about $53 billion", 53000000000, APX, "usd", ECO, N, A, U, A, A, U, N, True),
    ("roughly 26% of GDP", "roughly 26%", 26, APX, "percent", ECO, N, A, U, A, A, U, N),
    ("at the front: about 60%", "about 60%", 60, APX, "percent", A, A, A, U, A, A, U, N),
    ("up from 30% in 2024", "30%", 30, EX, "percent", A, A, A, U, A, A, U, N, True),
    ("contracts worth UAH 38 billion", "UAH 38 billion", 38000000000, EX, A, ECO, N, A, U, A, U, U, N),
    ("($915 million)", "$915 million", 915000000, EX, "usd", ECO, N, A, U, A, U, U, N, True),
    ("interceptor drone was $2,450", "$2,450", 2450, EX, "usd", ECO, N, A, U, A, U, U, N),
    ("an estimated $35,000 for a Russian Geran-2", "$35,000", 35000, APX, "usd", ECO, N, A, R, A, A, A, N),
    ("accounted for nearly 25% of all Shahed-type drones", "nearly 25%", 25, LE, "percent", A, A, "shot_down", U, R, U, U, N),
    ("shot down 4,310 of the 4,980 drones", "4,310", 4310, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("4,310 of the 4,980 drones Russia launched", "4,980", 4980, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("In September the share was 14%", "14%", 14, EX, "percent", A, A, "shot_down", U, R, U, U, N, True),
    ("financed around €1.8 billion of orders", "around €1.8 billion", 1800000000, APX, A, ECO, N, A, A, A, A, U, N),
    ("assembles around 2,700 Geran-2 drones a month", "around 2,700", 2700, APX, "count", W, "drone", A, R, A, U, R, A),
    ("reach 6,000 a month by the end of 2027", "6,000", 6000, EX, "count", W, "drone", A, R, A, U, R, A, True),
    # a NATO official: outside SIDES
    ("Russia would produce some 4.5 million shells", "some 4.5 million", 4500000, APX, "count", W, A, A, R, A, A, R, N),
    ("between €7,000 and €8,000", "€7,000", A, A, A, ECO, N, A, A, A, A, A, N),
    ("between €7,000 and €8,000", "€8,000", A, A, A, ECO, N, A, A, A, A, A, N, True),
    # factory strikes
    ("destroyed 47 Ukrainian drones over the Bryansk region", "47", 47, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("two employees were injured", "two", 2, EX, "count", CAS, N, "injured", U, R, R, R, "Bryansk"),
    ("Russia fired six missiles at the Motor Sich", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, "Zaporizhzhia"),
    ("injuring 12 workers", "12", 12, EX, "count", CAS, N, "injured", R, U, U, U, "Zaporizhzhia"),
    # markets
    ("Rheinmetall rose 4.1% on Monday", "4.1%", 4.1, EX, "percent", ECO, N, A, A, A, A, A, N, True),
    ("capacity of up to 150,000 rounds a year", "up to 150,000", 150000, LE, "count", W, A, A, A, A, A, U, N, True),
    ("backlog now exceeds €70 billion", "€70 billion", 70000000000, GE, A, ECO, N, A, A, A, A, A, N, True),
    ("owes his company about UAH 410 million", "about UAH 410 million", 410000000, APX, A, ECO, N, A, A, A, A, U, N),
])
any_(d, [
    ("founded in 2023 with 12 employees", "12"),
    ("now has 1,150 staff", "1,150"),
    ("had grown 16-fold since 2022", "16-fold"),
    ("up from about €2,000 before", "about €2,000"),
    ("three times since August", "three"),
    ("of about 3,000 square metres", "about 3,000"),
    ("to €1,742 after", "€1,742"),
    ("We could make 100,000 a month", "100,000"),
    ("Pavlohrad attack: three killed", "three"),  # a related-link headline
    ("three killed, 17 injured as drones", "17"),
])

# ---------------------------------------------------------------- u05 timeline: fall of Kostiantynivka
d = "u05_timeline_fall_of_kostiantynivka.txt"
D = "Donetsk"
# DeepState, ISW and an NGO: sides left open; residents remaining are not a spec category
rows(d, [
    ("fewer than 1,500 residents remained", "fewer than 1,500", 1500, A, "count", A, N, A, A, A, A, U, D),
    ("advanced 2.5 km into the southern suburbs", "2.5", 2.5, EX, "km", TER, N, A, R, U, A, U, D),
    ("captured about 6 square kilometres", "about 6", 6, APX, "km2", TER, N, "seized", R, U, A, U, D),
    ("concentrated about 45,000 troops", "about 45,000", 45000, APX, "count", PER, N, "massed", R, A, U, U, D),
    ("dropped 36 guided aerial bombs", "36", 36, EX, "count", W, "guided_bomb", "launched", R, U, U, U, D),
    ("Four civilians are killed", "Four", 4, EX, "count", CAS, N, "killed", R, U, A, U, D),
    ("killed and nine injured", "nine", 9, EX, "count", CAS, N, "injured", R, U, A, U, D),
    ("Police say 212 children remain", "212", 212, EX, "count", A, N, A, A, A, U, U, D),
    ("In September, 1,150 people were evacuated", "1,150", 1150, EX, "count", DIS, N, "evacuated", A, A, A, U, D),
    ("Stupochky and Predtechyne, two villages", "two", 2, EX, "count", TER, N, "seized", R, U, R, U, D, True),
    ("destroyed 14 armoured vehicles", "14", 14, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, D),
    ("three tanks and 22 motorcycles", "three", 3, EX, "count", W, "tank", "destroyed", U, R, U, U, D),
    ("and 22 motorcycles", "22", 22, EX, "count", W, "vehicle", "destroyed", U, R, U, U, D),
    ("lost more than 100 men killed and wounded", "more than 100", 100, GE, "count", CAS, N, A, U, R, U, U, D),
    ("control about 40% of the city's built-up area", "about 40%", 40, APX, "percent", TER, N, "controlled", R, U, A, U, D),
    ("Ukraine lost up to 320 servicemen", "up to 320", 320, LE, "count", CAS, N, A, R, U, R, U, D),
    ("along with two Bradley fighting vehicles", "two", 2, EX, "count", W, "armored_vehicle", A, R, U, R, U, D),
    ("two volunteers are killed", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, D),
    ("and one is injured", "one", 1, EX, "count", CAS, N, "injured", R, U, U, U, D),
    # "no fewer than" is a lower bound
    ("no fewer than 1,800 troops pulled out over three nights", "no fewer than 1,800", 1800, GE, "count", PER, N, A, U, A, U, U, D),
    ("lost more than 9,000 servicemen during the battle", "more than 9,000", 9000, GE, "count", CAS, N, A, R, U, R, U, D),
    ('"liberated" about 160 square kilometres', "about 160", 160, APX, "km2", TER, N, "seized", R, U, R, U, D),
    ("and 17 settlements in the direction", "17", 17, EX, "count", TER, N, "seized", R, U, R, U, D),
    ("captured 118 square kilometres", "118", 118, EX, "km2", TER, N, "seized", R, U, A, U, D),
    ("lost an estimated 11,500 soldiers", "11,500", 11500, APX, "count", CAS, N, A, U, R, U, U, D),
    ("39 Russian tanks and 180 armoured", "39", 39, EX, "count", W, "tank", "destroyed", U, R, U, U, D),
    ("and 180 armoured combat vehicles", "180", 180, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, D),
    ("about 58,000 people still live in the city", "about 58,000", 58000, APX, "count", A, N, A, A, A, U, U, D, True),
])
any_(d, [
    ("pre-war population of about 67,000", "about 67,000"),
    ("two motorised rifle divisions", "two"),
    ("in three of its central districts", "three"),
    ("reports 47 combat clashes", "47"),
    ("against 150,000 before the full-scale invasion", "150,000"),
    ("had advanced 25 km. The correct", "25"),  # the correction note
    ("The correct figure is 2.5 km", "2.5"),
])

# ---------------------------------------------------------------- u06 FAQ explainer
d = "u06_faq_troops_drones_explainer.txt"
rows(d, [
    ('"about 700,000" servicemen', "about 700,000", 700000, APX, "count", PER, N, A, R, A, R, A, N),
    ('Russia had grouped "over 710,000" troops', "over 710,000", 710000, GE, "count", PER, N, A, R, A, U, A, N),
    # Western officials: outside SIDES; a range
    ("between 600,000 and 700,000, depending", "600,000", A, A, "count", PER, N, A, R, A, A, A, N),
    ("between 600,000 and 700,000, depending", "700,000", A, A, "count", PER, N, A, R, A, A, A, N, True),
    ("keeps roughly 110,000 troops around Pokrovsk", "roughly 110,000", 110000, APX, "count", PER, N, A, R, A, U, U, D),
    ("some 15,000 North Korean soldiers", "some 15,000", 15000, APX, "count", PER, N, "deployed", NK, A, SK, R, A),
    ("Russia launched 5,284 long-range attack drones", "5,284", 5284, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("an average of about 170 a night", "about 170", 170, APX, "count", W, "drone", "launched", R, U, U, U, N, True),
    ("the monthly figure was about 2,000", "about 2,000", 2000, APX, "count", W, "drone", "launched", R, U, A, U, N),
    ("Russia launched 823 drones", "823", 823, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("823 drones and 14 missiles", "14", 14, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("between 85% and 90% of drones", "85%", A, A, "percent", A, A, "shot_down", U, R, U, U, N),
    ("between 85% and 90% of drones", "90%", A, A, "percent", A, A, "shot_down", U, R, U, U, N, True),
    ("destroyed more than 2,300 Ukrainian drones", "more than 2,300", 2300, GE, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("at least 340 of them were shot down", "at least 340", 340, GE, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("About 19%, or roughly 116,000", "About 19%", 19, APX, "percent", TER, N, "occupied", R, U, A, U, N),
    ("roughly 116,000 square kilometres", "roughly 116,000", 116000, APX, "km2", TER, N, "occupied", R, U, A, U, N),
    ("captured some 4,400 square kilometres", "some 4,400", 4400, APX, "km2", TER, N, "seized", R, U, A, U, N),
    ("at least 15,200 civilian deaths", "at least 15,200", 15200, GE, "count", CAS, N, "killed", A, A, UN, U, N),
    ("including more than 740 children", "more than 740", 740, GE, "count", CAS, N, "killed", A, A, UN, U, N),
    ("more than 1.2 million casualties", "more than 1.2 million", 1200000, GE, "count", CAS, N, A, U, R, A, A, N),
    ("over 150,000 Russian military deaths", "over 150,000", 150000, GE, "count", CAS, N, "killed", U, R, A, A, N),
    ("just over 46,000 Ukrainian soldiers", "just over 46,000", 46000, GE, "count", CAS, N, "killed", R, U, U, A, N),
    # UNHCR: a UN agency, its side left open (as WHO in heldout11); refugees are not evacuees
    ("about 6.9 million refugees", "about 6.9 million", 6900000, APX, "count", DIS, N, A, A, A, A, A, N),
    ("evacuated more than 168,000 people", "more than 168,000", 168000, GE, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("including some 21,000 children", "some 21,000", 21000, APX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("counts about €170 billion of military aid", "about €170 billion", 170000000000, APX, A, ECO, N, A, A, A, A, A, N),
])
any_(d, [
    ("several thousand construction workers", "several thousand"),
    ("moves by exactly 1,000", "1,000"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "u12")
