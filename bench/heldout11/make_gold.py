"""Builds gold.jsonl for heldout11 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout11.make_gold

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
    UK,
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
# ---------------------------------------------------------------- t01 presidential video address
d = "t01_presidential_video_address.txt"
rows(d, [
    # the weekly tally: a list sharing actor/target/claimant; "64" has no qualifier of its own
    ("more than 1,400 attack drones", "more than 1,400", 1400, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("nearly 1,100 guided aerial bombs", "nearly 1,100", 1100, LE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("and 64 missiles of various types", "64", 64, A, "count", W, "missile", "launched", R, U, U, U, N),
    ("they shot down 1,162 drones", "1,162", 1162, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("1,162 drones and 41 missiles", "41", 41, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("including 9 ballistic ones", "9", 9, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("more than 280 downed", "more than 280", 280, GE, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("the enemy used 38 glide bombs", "38", 38, EX, "count", W, "guided_bomb", "launched", R, U, U, U, "Kharkiv"),
    ("7 people were killed", "7", 7, EX, "count", CAS, N, "killed", R, U, U, U, "Zaporizhzhia"),
    ("Another 26 were injured", "26", 26, EX, "count", CAS, N, "injured", R, U, U, U, "Zaporizhzhia"),
    ("roughly 40% of our gas production capacity", "roughly 40%", 40, APX, "percent", ECO, N, A, R, U, U, U, N),
    # aid: donors are outside SIDES
    ("delivered two more IRIS-T systems", "two", 2, EX, "count", W, "air_defense", A, A, A, U, A, N),
    ("confirmed 1.5 billion euros", "1.5 billion", 1500000000, EX, A, ECO, N, A, A, A, U, A, N),
    ("250 million euros for long-range drones", "250 million", 250000000, EX, A, ECO, N, A, A, A, U, A, N),
    ("Japan — $3 billion", "$3 billion", 3000000000, EX, "usd", ECO, N, A, A, A, U, A, N),
    # Pokrovsk (Donetsk) and Huliaipole (Zaporizhzhia): two regions
    ("concentrated there about 150,000 troops", "about 150,000", 150000, APX, "count", PER, N, "massed", R, A, U, U, A),
    ("exceeded 29,000 killed and wounded", "29,000", 29000, GE, "count", CAS, N, A, U, R, U, U, A),
    ("This week 1,870 people were evacuated", "1,870", 1870, EX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("including 412 children", "412", 412, EX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("some 3,000 children in communities", "some 3,000", 3000, APX, "count", A, N, A, A, A, U, U, A),
    # strikes on energy: a count of attacks, not of weapons
    ("more than 20 strikes on our generation", "more than 20", 20, GE, "count", A, A, A, R, U, U, U, N, True),
])
any_(d, [
    ("two civilian vessels were damaged", "two"),
    ("almost 600,000 families", "almost 600,000"),
    ("scheduled outages in 14 regions", "14"),
    ("up to 2.1 gigawatts", "up to 2.1"),
    ("Russia launched 653 drones", "653"),  # a related-post link
    ("653 drones and 51 missiles overnight", "51"),
])

# ---------------------------------------------------------------- t02 Western intelligence estimates
d = "t02_western_intelligence_estimates.txt"
rows(d, [
    # headline and standfirst restate the body
    ("Russian losses near 1,000 a day", "near 1,000", 1000, APX, "count", CAS, N, A, U, R, UK, A, A, True),
    ("dead at between 150,000 and 180,000", "150,000", A, A, "count", CAS, N, "killed", U, R, A, A, A, True),
    ("above 1.2 million", "above 1.2 million", 1200000, GE, "count", CAS, N, A, U, R, A, A, A, True),
    # UK Defence Intelligence
    ("losing roughly 1,000 soldiers killed or wounded", "roughly 1,000", 1000, APX, "count", CAS, N, A, U, R, UK, U, A),
    ("an average of roughly 1,000 casualties per day", "roughly 1,000", 1000, APX, "count", CAS, N, A, U, R, UK, U, A),
    ("an average of 1,130 casualties per day", "1,130", 1130, EX, "count", CAS, N, A, U, R, UK, U, A),
    ("likely exceed 1.2 million", "1.2 million", 1200000, GE, "count", CAS, N, A, U, R, UK, A, A),
    # a range: the low end carries the claim, the high end is optional; value not scored
    ("between 150,000 and 180,000 are assessed", "150,000", A, A, "count", CAS, N, "killed", U, R, UK, A, A),
    ("between 150,000 and 180,000 are assessed", "180,000", A, A, "count", CAS, N, "killed", U, R, UK, A, A, True),
    ("gained about 460 square kilometres", "about 460", 460, APX, "km2", TER, N, "seized", R, U, UK, U, A),
    ("down from 540 in September", "540", 540, EX, "km2", TER, N, "seized", R, U, UK, U, A),
    ("more than 4,200 main battle tanks", "more than 4,200", 4200, GE, "count", W, "tank", A, U, R, UK, A, A),
    ("some 9,000 armoured fighting vehicles", "some 9,000", 9000, APX, "count", W, "armored_vehicle", A, U, R, UK, A, A),
    ("destroyed about 120 Russian artillery systems", "about 120", 120, APX, "count", W, "artillery", "destroyed", U, R, UK, U, A),
    # the US official
    ("somewhere around 1.1 to 1.2 million casualties", "1.1", A, A, "count", CAS, N, A, U, R, US, A, A),
    ("1.1 to 1.2 million casualties", "1.2 million", A, A, "count", CAS, N, A, U, R, US, A, A, True),
    ("between 160,000 and 190,000", "160,000", A, A, "count", CAS, N, "killed", U, R, US, A, A),
    ("between 160,000 and 190,000", "190,000", A, A, "count", CAS, N, "killed", U, R, US, A, A, True),
    ("roughly 30,000 new contract soldiers a month", "roughly 30,000", 30000, APX, "count", PER, N, A, R, A, US, R, A),
    ("risen to more than 3 million roubles", "more than 3 million", 3000000, GE, A, ECO, N, A, R, A, US, R, A),
    ("probably something like 100,000", "something like 100,000", 100000, APX, "count", CAS, N, "killed", R, U, US, U, A),
    ("46,000 Ukrainian soldiers had been killed", "46,000", 46000, EX, "count", CAS, N, "killed", R, U, U, U, A),
    ("about 11,000 North Korean soldiers", "about 11,000", 11000, APX, "count", PER, N, A, NK, A, US, R, "Kursk"),
    ("another 6,000 military engineers", "6,000", 6000, EX, "count", PER, N, A, NK, A, US, R, A),
    # other estimates: Estonia is outside SIDES
    ("around 2,700 Shahed-type", "around 2,700", 2700, APX, "count", W, "drone", A, R, A, A, R, N),
    ("roughly 2,500 decoys", "roughly 2,500", 2500, APX, "count", W, "drone", A, R, A, A, R, N),
    ("at 1,214,560 personnel", "1,214,560", 1214560, EX, "count", CAS, N, A, U, R, U, A, A),
    ("11,480 tanks", "11,480", 11480, EX, "count", W, "tank", A, U, R, U, A, A),
    ("23,870 armoured combat vehicles", "23,870", 23870, EX, "count", W, "armored_vehicle", A, U, R, U, A, A),
    ("more than 12,000 servicemen", "more than 12,000", 12000, GE, "count", CAS, N, A, R, U, R, U, "Kharkiv"),
    ("shot down 1,517 Ukrainian drones", "1,517", 1517, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("about 13 trillion roubles", "about 13 trillion", 13000000000000, APX, A, ECO, N, A, R, A, US, R, N),
    ("roughly 6% of GDP", "roughly 6%", 6, APX, "percent", ECO, N, A, R, A, US, R, N),
    ("running at about 8%", "about 8%", 8, APX, "percent", ECO, N, A, A, A, R, R, N),
])
any_(d, [
    ("between 70 and 80 percent", "70"),
    ("between 70 and 80 percent", "80"),
    ('"up to 1,000 in a single night"', "up to 1,000"),
    ("'between 150,000 and 180,000' tells", "150,000"),
])

# ---------------------------------------------------------------- t03 newsletter digest
d = "t03_newsletter_week_in_10.txt"
rows(d, [
    ("destroyed 227 Ukrainian drones", "227", 227, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("including 48 over the Moscow region", "48", 48, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("two KAB-500 glide bombs", "two", 2, EX, "count", W, "guided_bomb", "launched", R, U, U, U, "Kharkiv"),
    ("killed four people", "four", 4, EX, "count", CAS, N, "killed", R, U, U, U, "Kharkiv"),
    ("and injured 31", "31", 31, EX, "count", CAS, N, "injured", R, U, U, U, "Kharkiv"),
    ("among them five children", "five", 5, EX, "count", CAS, N, "injured", R, U, U, U, "Kharkiv"),
    ("roughly 5,000 additional troops", "roughly 5,000", 5000, APX, "count", PER, N, "deployed", NK, A, SK, R, A),
    ("total deployed there to some 20,000", "some 20,000", 20000, APX, "count", PER, N, "deployed", NK, A, SK, R, A),
    ("about 2,000 of them have been killed or wounded", "about 2,000", 2000, APX, "count", CAS, N, A, A, NK, SK, R, A),
    # DeepState: a Ukrainian OSINT project, its side left open
    ("captured 96 square kilometres", "96", 96, EX, "km2", TER, N, "seized", R, U, A, U, "Donetsk"),
    ("and seven settlements this week", "seven", 7, EX, "count", TER, N, "seized", R, U, A, U, "Donetsk"),
    ("compared with 141 square kilometres", "141", 141, EX, "km2", TER, N, "seized", R, U, A, U, "Donetsk"),
    # Novorossiysk lies in Krasnodar Krai (outside REGIONS)
    ("fell by about 18%", "about 18%", 18, APX, "percent", ECO, N, A, A, A, A, R, A),
    ("some 420,000 barrels a day", "some 420,000", 420000, APX, A, ECO, N, A, A, A, A, R, A),
    ("approved a €4.2 billion tranche", "€4.2 billion", 4200000000, EX, A, ECO, N, A, A, A, A, A, N),
    ("worth about €210 billion", "about €210 billion", 210000000000, APX, A, ECO, N, A, A, A, A, A, N),
    ("said 2,310 people", "2,310", 2310, EX, "count", DIS, N, "evacuated", A, A, U, U, "Dnipropetrovsk"),
    ("including 644 children", "644", 644, EX, "count", DIS, N, "evacuated", A, A, U, U, "Dnipropetrovsk"),
    # Poland and the Netherlands are outside SIDES
    ("shot down three Russian drones", "three", 3, EX, "count", W, "drone", "shot_down", A, R, A, A, N),
    ("The number of the week: 4.5 million", "4.5 million", 4500000, EX, "count", W, "drone", A, U, A, U, U, N),
    ("up from 2.2 million in 2025", "2.2 million", 2200000, EX, "count", W, "drone", A, U, A, U, U, N),
    # the mailbag repeats item 1 and a channel's unverified tally
    ("we reported 227 drones in item 1", "227", 227, EX, "count", W, "drone", "shot_down", R, U, A, R, A, True),
])
any_(d, [
    ("over 16 regions", "16"),
    ("Fewer than 2,000 staff", "Fewer than 2,000"),
    ("against 11,000 before the occupation", "11,000"),
    ("struck two tankers", "two"),
    ("from 11 frontline villages", "11"),
    ("for 2 more Patriot batteries", "2"),
    ("About 60% of them", "About 60%"),
    ("nine out of ten", "nine"),
    ("Telegram channel said 250", "250"),
])

# ---------------------------------------------------------------- t04 WHO health-care attacks
d = "t04_who_health_care_attacks.txt"
# WHO is a UN agency but not "United Nations" itself: its side left open; attacks are not
# attributed by WHO (actor open), Ukraine's ministry attributes them to Russia
rows(d, [
    ("More than 2,700 attacks verified", "More than 2,700", 2700, GE, "count", A, N, A, A, A, A, U, N, True),
    ("61 in November alone", "61", 61, EX, "count", A, N, A, A, A, A, U, N, True),
    ("verified 2,762 attacks on health care", "2,762", 2762, EX, "count", A, N, A, A, A, A, U, N),
    ("killed 214 health workers and patients", "214", 214, EX, "count", CAS, N, "killed", A, A, A, U, N),
    ("and injured 871", "871", 871, EX, "count", CAS, N, "injured", A, A, A, U, N),
    ("61 attacks were recorded", "61", 61, EX, "count", A, N, A, A, A, A, U, N),
    ("at least 9 health workers were killed", "at least 9", 9, GE, "count", CAS, N, "killed", A, A, A, U, N),
    ("196 ambulances have been damaged or destroyed", "196", 196, EX, "count", A, N, A, A, A, A, U, N),
    ("including 38 this year", "38", 38, EX, "count", A, N, A, A, A, A, U, N),
    ("damaged more than 2,100 health facilities", "more than 2,100", 2100, GE, "count", A, N, A, R, U, U, U, N),
    ("destroyed 236 of them", "236", 236, EX, "count", A, N, "destroyed", R, U, U, U, N),
    ("including 42 hospitals", "42", 42, EX, "count", A, N, "destroyed", R, U, U, U, N),
    ("estimated cost of restoring the sector at $4.1 billion", "$4.1 billion", 4100000000, APX, "usd", ECO, N, A, A, A, U, U, N),
    # the per-region table (WHO's count)
    ("Kharkiv region — 634 attacks", "634", 634, EX, "count", A, N, A, A, A, A, U, "Kharkiv"),
    ("Donetsk region — 571", "571", 571, EX, "count", A, N, A, A, A, A, U, "Donetsk"),
    ("Kherson region — 498", "498", 498, EX, "count", A, N, A, A, A, A, U, "Kherson"),
    ("Zaporizhzhia region — 312", "312", 312, EX, "count", A, N, A, A, A, A, U, "Zaporizhzhia"),
    ("Dnipropetrovsk region — 227", "227", 227, EX, "count", A, N, A, A, A, A, U, "Dnipropetrovsk"),
    ("Sumy region — 189", "189", 189, EX, "count", A, N, A, A, A, A, U, "Sumy"),
    ("(incl. Kyiv city) — 331", "331", 331, EX, "count", A, N, A, A, A, A, U, A),
    ("The total for the regions is 2,762", "2,762", 2762, EX, "count", A, N, A, A, A, A, U, N, True),
    # Kherson: the drone is not attributed in the text
    ("three paramedics and a driver were killed", "three", 3, EX, "count", CAS, N, "killed", A, U, U, U, "Kherson"),
    ("17 emergency medical workers have been injured", "17", 17, EX, "count", CAS, N, "injured", A, U, U, U, "Kherson"),
    ("and 11 ambulances have been hit", "11", 11, EX, "count", A, N, A, A, U, U, U, "Kherson"),
    # the UN monitoring mission
    ("at least 14,900 civilians had been killed", "at least 14,900", 14900, GE, "count", CAS, N, "killed", A, A, UN, U, N),
    ("more than 38,000 injured", "more than 38,000", 38000, GE, "count", CAS, N, "injured", A, A, UN, U, N),
    ("including 767 children killed", "767", 767, EX, "count", CAS, N, "killed", A, A, UN, U, N),
    ("with 218 civilians killed in October", "218", 218, EX, "count", CAS, N, "killed", A, A, UN, U, N),
    ("WHO's $95 million appeal", "$95 million", 95000000, EX, "usd", ECO, N, A, A, A, A, U, N),
])
any_(d, [
    ("nearly 70% involved heavy weapons", "nearly 70%"),
    ("about 300 calls a day", "about 300"),
    ("in 19 countries and territories", "19"),
    ("accounts for about 40% of them", "about 40%"),
    ("more than 1,300 tonnes", "more than 1,300"),
    ("supports 52 mobile primary-care teams", "52"),
    ("funded only 38% of", "38%"),
])

# ---------------------------------------------------------------- t05 partisan railway sabotage
d = "t05_partisan_railway_sabotage.txt"
# the partisans' side is not one of SIDES (anti-war Russians, Kyiv-friendly): actor open
rows(d, [
    ("set fire to seventeen relay cabinets", "seventeen", 17, EX, "count", INF, N, A, A, R, A, R, A),
    ("Twelve cabinets in the Voronezh region", "Twelve", 12, EX, "count", INF, N, A, A, R, A, R, "Voronezh"),
    ("three in Rostov", "three", 3, EX, "count", INF, N, A, A, R, A, R, "Rostov"),
    ("two in Bryansk", "two", 2, EX, "count", INF, N, A, A, R, A, R, "Bryansk"),
    # printed twice (a CMS duplicate): one statement, labelled once
    ("counted 186 suspected sabotage incidents", "186", 186, EX, "count", INF, N, A, A, R, A, R, A),
    ("against 97 in the whole of 2025", "97", 97, EX, "count", INF, N, A, A, R, A, R, A),
    ("cost about 1.5 million roubles each", "about 1.5 million", 1500000, APX, A, ECO, N, A, A, A, A, R, N),
    ("The group also claimed two derailments", "two", 2, EX, "count", INF, N, A, A, R, A, R, A),
    # tank cars, not tanks
    ("and 14 tank cars overturned", "14", 14, EX, "count", A, N, A, A, R, A, R, "Voronezh"),
    ("at least 8 wagons with ammunition", "at least 8", 8, GE, "count", A, N, "destroyed", A, R, A, R, "Rostov"),
    ("burned out three diesel locomotives", "three", 3, EX, "count", A, N, A, A, R, R, R, "Rostov"),
    ("fell by 7% in October", "7%", 7, EX, "percent", ECO, N, A, A, A, R, R, N),
    ("no fewer than 12 Russian servicemen guarding the cargo were killed and the line was closed for over a day",
     "no fewer than 12", 12, GE, "count", CAS, N, "killed", U, R, U, R, "Rostov"),
    ("Two suspects were killed", "Two", 2, EX, "count", CAS, N, "killed", R, A, R, R, "Samara"),
    # arrests: not one of the spec's categories
    ("had detained 23 people", "23", 23, EX, "count", A, N, A, R, A, R, R, A, True),
    ("delayed 22 passenger trains", "22", 22, EX, "count", INF, N, A, A, R, R, R, A, True),
])
any_(d, [
    ("about 41,000 subscribers", "about 41,000"),
    ("geolocate six of the videos", "six"),
    ("four of them to the Liski junction", "four"),
    ("the 23 detainees", "23"),
    ("among them six teenagers", "six"),
    ("between 5,000 and 20,000 roubles", "5,000"),
    ("between 5,000 and 20,000 roubles", "20,000"),
    ("more than 140 criminal cases", "more than 140"),
    ("a few thousand roubles", "a few thousand"),
    ("guards 33,000 kilometres", "33,000"),
])

# ---------------------------------------------------------------- t06 Kherson governor interview
d = "t06_kherson_governor_interview.txt"
K = "Kherson"
rows(d, [
    ("Every day between 400 and 600 times", "400", A, A, "count", W, A, "launched", R, U, U, U, K),
    ("Every day between 400 and 600 times", "600", A, A, "count", W, A, "launched", R, U, U, U, K, True),
    ("with 527 shells and drones", "527", 527, EX, "count", W, A, "launched", R, U, U, U, K),
    ("on Sunday it was 612", "612", 612, EX, "count", W, A, "launched", R, U, U, U, K),
    ("attacked civilians more than 900 times", "more than 900", 900, GE, "count", W, "drone", A, R, U, U, U, K),
    ("37 people have been killed", "37", 37, EX, "count", CAS, N, "killed", R, U, U, U, K),
    ("and 214 injured", "214", 214, EX, "count", CAS, N, "injured", R, U, U, U, K),
    ("more than 1,100 people wounded by drones", "more than 1,100", 1100, GE, "count", CAS, N, "injured", R, U, U, U, K),
    ("suppressed 1,470 Russian drones", "1,470", 1470, EX, "count", W, "drone", "shot_down", U, R, U, U, K),
    ("no fewer than 40 drones over the city", "no fewer than 40", 40, GE, "count", W, "drone", "shot_down", U, R, U, U, K),
    ("we have evacuated 1,236 children", "1,236", 1236, EX, "count", DIS, N, "evacuated", A, A, U, U, K),
    ("About 160 children still remain", "About 160", 160, APX, "count", A, N, A, A, A, U, U, K),
    ("about 62,000 people", "about 62,000", 62000, APX, "count", A, N, A, A, A, U, U, K),
    ("some 150,000 residents remain", "some 150,000", 150000, APX, "count", A, N, A, A, A, U, U, K),
    ("more than 2,400 private houses", "more than 2,400", 2400, GE, "count", A, N, A, A, A, U, U, K),
    ("and 310 high-rise buildings", "310", 310, A, "count", A, N, A, A, A, U, U, K),
    ("In November — 486 houses", "486", 486, EX, "count", A, N, A, A, A, U, U, K),
    ("more than 21,000 objects", "more than 21,000", 21000, GE, "count", A, N, A, A, A, U, U, K),
    ("About 40% of the housing stock", "About 40%", 40, APX, "percent", A, N, A, A, A, U, U, K),
    ("keeps about 30,000 troops on the left bank", "about 30,000", 30000, APX, "count", PER, N, A, R, A, U, U, K),
    ("70% of the region was left without power", "70%", 70, EX, "percent", INF, N, A, R, U, U, U, K),
    ("an attempt by some 20 boats", "some 20", 20, APX, "count", W, "ship", A, R, U, U, U, K, True),
    ("pays UAH 20,000 to each family", "UAH 20,000", 20000, EX, A, ECO, N, A, A, A, U, U, K, True),
])
any_(d, [
    ("hit 38 settlements", "38"),
    ("installed 14 kilometres of them", "14"),
    ("we will have 30 by the end", "30"),
    ("UAH 2,000 a month per child", "UAH 2,000"),
    ("it was almost 280,000", "almost 280,000"),
    ("restored to 92% of subscribers", "92%"),
    ('We have 96 "points', "96"),
    ("19 boiler houses", "19"),
    ("3 killed, 11 injured in shelling", "3"),  # a related-post link
    ("3 killed, 11 injured in shelling", "11"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "t11")
