"""Builds gold.jsonl for heldout32 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout32.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout27 and heldout31 (and, through them, heldout22 and
heldout28): headlines, summary boxes ("Key takeaways") and later restatements are optional; the
first statement in the body is required. Subsets introduced by "including", "among them", "of
whom", "of them", "Of the total" are optional, except a model within a weapon total (the seeds'
"including two Su-34") and a breakdown by region (heldout27's "31 over the Kursk region"); a
share with a different measure ("31 of which were shot down", "of whom some 260,000 had been
killed") is a claim of its own. In a list with a qualifier only the qualified items keep it (the
others `*`); a list with no qualifier is exact. Casualty sentences that name no perpetrator ("a
drone hit a tractor", "a missile hits") have actor `*`. A range ("roughly 6,000 to 7,000") is one
claim quoting the whole range (value and qualifier `*`). People left without power are category
and action `*`. Losses reported as "lost" have action `*`. Prisoners exchanged are category and
action `*`. Aid money and donated weapons have action and target `*`, actor the donor when it is
in the vocabulary's sides (United States, United Kingdom), else `*`; they happen nowhere in
particular (country `*`, region None). Money in euros has unit `*`. The article's own voice and
bodies that are not sides (CEFA, Germany, Denmark, unnamed monitoring channels) have
claimant_side `*`. A Russian pro-war map (Rybar) speaks for Russia. Missiles whose launch area is
named (Kh-101 over the Saratov region, Iskander-M from the Kursk region, Kalibr from the Black
Sea) have country and region `*`. Zero statements ("no casualties", "(+0)", "lost no Patriot
launchers") are optional or debatable. Pledges, targets and requests ("would aim to supply up to
100,000", "has asked for at least 10 more") are optional; an announced package is required.

Debatable (`any_`): counts of places (settlements attacked, villages under an order, regions,
locations), incident counts (assaults a day, times a region was hit, exchanges brokered,
"twice"), group sizes, shares and averages ("30 to 40 percent", "about 1,090 a day", "about 170 a
day", "about two thirds"), rates stated vaguely ("on some days 30 to 40 bombs", "30 to 40 people a
day when the road is open"), recruitment rates, remaining populations, payments and prices,
distances ("10-kilometre"), private cars damaged, "several hundred", "Thousands", increments of a
toll ("two more bodies").

Not labelled: dates, times and timestamps, durations ("more than five hours", "up to 4 hours",
"more than four years", "more than 40 years old" of tanks), ages (9-year-old, 29-, 34, 52, 67-,
71-year-old), ordinals ("31st meeting", "71st exchange", "third week", "day 1,939"), numbers
inside names (47th Mechanised Brigade, 11th Army Corps, 36th Marine Brigade, S-300, Su-34, Su-35,
Tu-95MS, Kh-101, Iskander-M, KAB-250, M777, M113, PAC-3 MSE, Switchblade 600, Leopard 1A5,
Leopard 1, Leopard 2, IRIS-T SLM, F-16, 155mm, five-storey), counts of sources ("at least two
independent sources") and page furniture (view and comment counts, reading times, exchange rate
and temperature, Read also / Most read / Related links, newsletters, hotlines, prices of
membership, copyright years, "No. 41", "1.4 MB")."""

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
    PER,
    TER,
    UK,
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
# ---------------------------------------------------------------- p01 General Staff daily losses
d = "p01_general_staff_losses_june14.txt"
# A Kyiv news site retelling the General Staff's daily update of Russian losses: a bulleted
# cumulative list since February 2022 with the day's increment in brackets ("+4"), quoted with
# its sign as heldout28. The General Staff ("the General Staff said") speaks for Ukraine; Britain's
# Defence Intelligence for the United Kingdom; Russia's Defence Ministry for Russia; the Air Force
# for Ukraine; "Tank losses have fallen ..." is the site's own voice (claimant_side `*`).
# Personnel losses (killed and wounded) are casualties with action `*`, target Russia; equipment
# is destroyed, actor Ukraine, target Russia; cumulative and daily totals name no place (country
# and region `*`, as heldout28). The lede states the day's 1,240, four tanks and 312 drones and the
# total "more than 1.36 million" first (required; its actor is Ukraine: "Ukraine's armed forces
# killed or wounded"); the list's personnel total 1,361,420, "+1,240", "+4" and "+312" restate
# them (optional). The other list rows, totals and increments, are required; the list has no
# qualifier (exact). Weapon types: armoured combat vehicles armored_vehicle, artillery systems
# artillery, MLRS mlrs, air defence systems air_defense, operational-tactical UAVs drone, cruise
# missiles missile (action `*`: these are interceptions, the list calls them losses), warships /
# boats and submarines ship, vehicles and fuel tanks vehicle, special equipment `*`. The "(+0)"
# increments are debatable. May's 33,870 and April's 36,210 are required; "about 1,090 a day" is an
# average (debatable). UK: "about 1.1 million" killed and wounded and "some 260,000" killed (a new
# measure: required). Russia's MoD: "up to 1,415" (action `*`: "had lost") and "four US-made
# Bradley" (qualifier `*`: a list with a qualifier). The Air Force: 74 drones launched and 52 shot
# down (region None), two Iskander-M "launched from the Kursk region" (country and region `*`).
# Non-claims: 47th, S-300, Su-34 ("a Su-34 ... had been downed": no number), 24.02.22, 14.06.27,
# "past 24 hours", "winter of 2024", and the furniture (USD 41.88, +19°C, 4 min read, 3:05,
# Comments (84), "5 minutes", the Most read links' "Eight charts", 2 million, 30 km, 12 things).
rows(d, [
    ("1,240 more troops and 312 drones", "1,240", 1240, EX, "count", CAS, N, A, A, R, U, A, A, True),  # headline
    ("more troops and 312 drones in a day", "312", 312, EX, "count", W, "drone", "destroyed", U, R, U, A, A, True),  # headline
    ("killed or wounded 1,240 Russian soldiers", "1,240", 1240, EX, "count", CAS, N, A, U, R, U, A, A),
    ("to more than 1.36 million", "more than 1.36 million", 1360000, GE, "count", CAS, N, A, A, R, U, A, A),
    ("listed four tanks and 312", "four", 4, EX, "count", W, "tank", "destroyed", U, R, U, A, A),
    ("four tanks and 312 operational-tactical drones", "312", 312, EX, "count", W, "drone", "destroyed", U, R, U, A, A),
    # the list: total (+ the day's change)
    ("personnel – 1,361,420", "1,361,420", 1361420, EX, "count", CAS, N, A, A, R, U, A, A, True),  # restates
    ("1,361,420 (+1,240)", "+1,240", 1240, EX, "count", CAS, N, A, A, R, U, A, A, True),  # restates
    ("tanks – 12,318", "12,318", 12318, EX, "count", W, "tank", "destroyed", U, R, U, A, A),
    ("12,318 (+4)", "+4", 4, EX, "count", W, "tank", "destroyed", U, R, U, A, A, True),  # restates
    ("armoured combat vehicles – 25,604", "25,604", 25604, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, A, A),
    ("25,604 (+9)", "+9", 9, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, A, A),
    ("artillery systems – 38,977", "38,977", 38977, EX, "count", W, "artillery", "destroyed", U, R, U, A, A),
    ("38,977 (+47)", "+47", 47, EX, "count", W, "artillery", "destroyed", U, R, U, A, A),
    ("MLRS – 1,671", "1,671", 1671, EX, "count", W, "mlrs", "destroyed", U, R, U, A, A),
    ("1,671 (+1)", "+1", 1, EX, "count", W, "mlrs", "destroyed", U, R, U, A, A),
    ("air defence systems – 1,398", "1,398", 1398, EX, "count", W, "air_defense", "destroyed", U, R, U, A, A),
    ("aircraft – 432", "432", 432, EX, "count", W, "aircraft", "destroyed", U, R, U, A, A),
    ("helicopters – 347", "347", 347, EX, "count", W, "helicopter", "destroyed", U, R, U, A, A),
    ("operational-tactical UAVs – 71,905", "71,905", 71905, EX, "count", W, "drone", "destroyed", U, R, U, A, A),
    ("71,905 (+312)", "+312", 312, EX, "count", W, "drone", "destroyed", U, R, U, A, A, True),  # restates
    ("cruise missiles – 3,921", "3,921", 3921, EX, "count", W, "missile", A, U, R, U, A, A),
    ("warships / boats – 28", "28", 28, EX, "count", W, "ship", "destroyed", U, R, U, A, A),
    ("submarines – 1", "1", 1, EX, "count", W, "ship", "destroyed", U, R, U, A, A),
    ("vehicles and fuel tanks – 67,210", "67,210", 67210, EX, "count", W, "vehicle", "destroyed", U, R, U, A, A),
    ("67,210 (+118)", "+118", 118, EX, "count", W, "vehicle", "destroyed", U, R, U, A, A),
    ("special equipment – 4,102", "4,102", 4102, EX, "count", W, A, "destroyed", U, R, U, A, A),
    ("4,102 (+3)", "+3", 3, EX, "count", W, A, "destroyed", U, R, U, A, A),
    # May, April, tanks a month
    ("recorded 33,870 Russian personnel losses", "33,870", 33870, EX, "count", CAS, N, A, A, R, U, A, A),
    ("down from 36,210 in April", "36,210", 36210, EX, "count", CAS, N, A, A, R, U, A, A),
    ("from more than 300 a month", "more than 300", 300, GE, "count", W, "tank", "destroyed", U, R, A, A, A),
    ("in the winter of 2024 to 97 last month", "97", 97, EX, "count", W, "tank", "destroyed", U, R, A, A, A),
    # Britain, Russia, the Air Force
    ("suffered about 1.1 million killed and wounded", "about 1.1 million", 1100000, APX, "count", CAS, N, A, A, R, UK, A, A),
    ("of whom some 260,000 had been killed", "some 260,000", 260000, APX, "count", CAS, N, "killed", A, R, UK, A, A),
    ("had lost up to 1,415 servicemen", "up to 1,415", 1415, LE, "count", CAS, N, A, A, U, R, A, A),
    ("four US-made Bradley fighting vehicles", "four", 4, A, "count", W, "armored_vehicle", A, A, U, R, A, A),
    ("attacked overnight with 74 Shahed-type drones", "74", 74, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and two Iskander-M ballistic missiles launched from the Kursk region", "two", 2, EX, "count", W, "missile", "launched", R, U, U, A, A),
    ("Of the drones, 52 were shot down", "52", 52, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
])
any_(d, [
    ("air defence systems – 1,398 (+0)", "+0"),
    ("aircraft – 432 (+0)", "+0"),
    ("helicopters – 347 (+0)", "+0"),
    ("cruise missiles – 3,921 (+0)", "+0"),
    ("boats – 28 (+0)", "+0"),
    ("submarines – 1 (+0)", "+0"),
    ("accounted for 30 to 40 percent", "30 to 40"),
    ("an average of about 1,090 a day", "about 1,090"),
])

# ---------------------------------------------------------------- p02 border regions' drone night
d = "p02_belgorod_bryansk_kursk_voronezh_drone_night.txt"
# A Russian regional site on a night of Ukrainian drone attacks on the Belgorod, Bryansk, Kursk
# and Voronezh regions: country Russia throughout. The governors (Lavrentyev "wrote", "the governor
# said", "according to the governor"; Bortnikov "he said", "According to Bortnikov"; Sedykh;
# Semchenko "he said"), the Belgorod operational headquarters and Russia's Defence Ministry speak
# for Russia. Drones launched by Ukraine have actor Ukraine, target Russia; drones shot down actor
# Russia, target Ukraine. The MoD's 63 spans four regions (region `*`); its breakdown by region is
# required (24 Belgorod, 17 Bryansk, 15 Kursk, seven Voronezh); the governors' own counts (31 of
# Lavrentyev's 146, Bortnikov's 12, Semchenko's eight) are claims of their own. Casualty sentences
# name no perpetrator ("a drone hit a tractor", "an FPV drone struck a car"): actor `*`, target
# Russia; the operational headquarters' "Ukrainian drones and shelling have injured" has actor
# Ukraine. Injured by incident (seven in Graivoron, two in Shebekino) are required next to the
# day's total (Fourteen); "among them two children", "Two of the injured" and "one of them
# seriously" are subsets (optional). The "three drones" that hit Graivoron have action and actor
# `*`. Houses and apartment buildings are infrastructure (action and actor `*`, target Russia): 11,
# 38, two, three. Residents left without electricity ("Around 1,200", "about 3,000"): category and
# action `*`. "more than 210 civilians ... and killed 17": 17 has qualifier `*` (a list with a
# qualifier). "there were no casualties" is a zero statement (optional). Debatable: "Thousands of
# residents", "27 settlements", "nine municipal districts", cars ("four cars", "19 cars").
# Non-claims: "more than five hours" (duration), 03:20, 23:00, 07:00, ages (9-year-old, 34, 52,
# 67-year-old), "five-storey", 11th Army Corps, Su-34, and the furniture (👁 3 218, 💬 41, the
# Read also links' 1,500 children, 40 villages and "third drone attack", 18+, 2012–2027).
Bg, Br, Ku, Vo = "Belgorod", "Bryansk", "Kursk", "Voronezh"
rows(d, [
    ("14 injured in Belgorod region", "14", 14, EX, "count", CAS, N, "injured", A, R, R, R, Bg, True),  # headline
    ("MoD reports 63 UAVs destroyed", "63", 63, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # headline
    ("municipal districts with 146 drones", "146", 146, EX, "count", W, "drone", "launched", U, R, R, R, Bg),
    ("31 of which were shot down or suppressed", "31", 31, EX, "count", W, "drone", "shot_down", R, U, R, R, Bg),
    ("Fourteen civilians were injured", "Fourteen", 14, EX, "count", CAS, N, "injured", A, R, R, R, Bg),
    ("among them two children", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Bg, True),  # subset
    ("when three drones hit a residential street", "three", 3, EX, "count", W, "drone", A, A, R, R, R, Bg),
    ("Seven people, including a 9-year-old girl, were injured", "Seven", 7, EX, "count", CAS, N, "injured", A, R, R, R, Bg),
    ("and 11 houses and four cars were damaged", "11", 11, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("Two of the injured were taken", "Two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Bg, True),  # subset
    ("injuring two men aged 34 and 52", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Bg),
    ("In total, 38 private houses", "38", 38, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("two apartment buildings, a school", "two", 2, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("Around 1,200 residents of Graivoron", "Around 1,200", 1200, APX, "count", A, N, A, A, R, R, R, Bg),
    # the Defence Ministry
    ("intercepted and destroyed 63 Ukrainian fixed-wing", "63", 63, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("24 over the territory of the Belgorod region", "24", 24, EX, "count", W, "drone", "shot_down", R, U, R, R, Bg),
    ("17 over the Bryansk region", "17", 17, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("15 over the Kursk region", "15", 15, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku),
    ("and seven over the Voronezh region", "seven", 7, EX, "count", W, "drone", "shot_down", R, U, R, R, Vo),
    # Bryansk, Kursk, Voronezh
    ("One civilian was killed in the village of Lomakovka", "One", 1, EX, "count", CAS, N, "killed", A, R, R, R, Br),
    ("and two more were injured", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Br),
    ("12 drones were destroyed over the region", "12", 12, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("injuring five passengers", "five", 5, EX, "count", CAS, N, "injured", A, R, R, R, Ku),
    ("one of them seriously", "one", 1, EX, "count", CAS, N, "injured", A, R, R, R, Ku, True),  # subset
    ("leaving about 3,000 people without electricity", "about 3,000", 3000, APX, "count", A, N, A, A, R, R, R, Ku),
    ("said eight drones had been detected and destroyed", "eight", 8, EX, "count", W, "drone", "shot_down", R, U, R, R, Vo),
    ("damaged the roofs of three private houses", "three", 3, EX, "count", INF, N, A, A, R, R, R, Vo),
    ("there were no casualties, he said", "no", 0, A, "count", CAS, N, A, A, R, R, R, Vo, True),  # zero
    # the month
    ("have injured more than 210 civilians", "more than 210", 210, GE, "count", CAS, N, "injured", U, R, R, R, Bg),
    ("since the start of June, and killed 17", "17", 17, A, "count", CAS, N, "killed", U, R, R, R, Bg),
])
any_(d, [
    ("Thousands of residents of the regional centre", "Thousands"),
    ("attacked 27 settlements", "27"),
    ("in nine municipal districts", "nine"),
    ("11 houses and four cars", "four"),
    ("a gas pipeline and 19 cars", "19"),
])

# ---------------------------------------------------------------- p03 US and German aid package
d = "p03_us_germany_aid_package_patriot.txt"
# A defence trade site on new US and German military aid announced at the Ukraine Defense Contact
# Group in Brussels, with a bulleted list of the US package, a minister quoted, and one paragraph
# on what Russia says it destroyed of earlier deliveries. The Pentagon, the anonymous US defence
# official and the State Department speak for the United States; Treharne for the United Kingdom;
# Oberländer (Germany) and Denmark are not sides (claimant_side `*`, actor `*`); Koval and the Air
# Force for Ukraine; Russia's Defence Ministry for Russia; the combined $2.1 billion is the site's
# own voice. Aid money and donated weapons: action and target `*`, country `*`, region None, actor
# the donor when it is a side. The US list has a qualifier ("more than 120,000 rounds"), so 36
# howitzers, 40 Bradleys, 60 M113s and 300 Switchblades have qualifier `*`; shells and interceptors
# have weapon_type `*` (ammunition; an interceptor is a missile of an air defence system); the
# Switchblade is a loitering munition (drone). "Of the total, $400 million ... $850 million" split
# the $1.25 billion by funding authority (subsets, optional). The announced packages are required;
# Treharne's "up to 100,000" drones (a target) and Kyiv's request for "at least 10 more Patriot
# systems" are optional; the bracketed "about $845 million" is a conversion (optional). Koval's
# "roughly 6,000 to 7,000 artillery shells a day" is a range (one claim, value and qualifier `*`),
# launched, actor Ukraine. Russia's claims: "more than 40" howitzers destroyed, "including 11
# M777s" and "six ... Caesar" (models within the total: required; qualifier `*`, a list with a
# qualifier), three Patriot and two IRIS-T launchers (air_defense, "near Kyiv and Dnipro": region
# `*`). "it had lost no Patriot launchers" is a zero statement (optional). Debatable: "about $4
# million each" (a price), "several hundred" missiles, "at least twice that", "more than 50 member
# countries". Non-claims: 155mm, "31st meeting", M777, M113, "Switchblade 600", PAC-3 MSE, IRIS-T
# SLM, Leopard 1A5, Leopard 1, Leopard 2, F-16, 2022, 2023, "within weeks", "more than 40 years
# old", and the furniture (6 min read, the Related links' €5bn, "Five things", "72 hours", 38,000
# readers).
rows(d, [
    ("unveil $2.1bn in new weapons", "$2.1bn", 2100000000, EX, "usd", ECO, N, A, A, A, A, A, N, True),  # headline
    ("worth a combined $2.1 billion", "$2.1 billion", 2100000000, EX, "usd", ECO, N, A, A, A, A, A, N),
    ("its package, worth $1.25 billion", "$1.25 billion", 1250000000, EX, "usd", ECO, N, A, US, A, US, A, N),
    ("- 36 M777 towed howitzers", "36", 36, A, "count", W, "artillery", A, US, A, US, A, N),
    ("more than 120,000 rounds of 155mm", "more than 120,000", 120000, GE, "count", W, A, A, US, A, US, A, N),
    ("- 40 Bradley infantry fighting vehicles", "40", 40, A, "count", W, "armored_vehicle", A, US, A, US, A, N),
    ("and 60 M113 armoured personnel carriers", "60", 60, A, "count", W, "armored_vehicle", A, US, A, US, A, N),
    ("- 300 Switchblade 600 loitering munitions", "300", 300, A, "count", W, "drone", A, US, A, US, A, N),
    ("Of the total, $400 million", "$400 million", 400000000, EX, "usd", ECO, N, A, US, A, US, A, N, True),  # subset
    ("the remaining $850 million", "$850 million", 850000000, EX, "usd", ECO, N, A, US, A, US, A, N, True),  # subset
    ('contained "at least 30" PAC-3 MSE interceptors', "at least 30", 30, GE, "count", W, A, A, US, A, US, A, N),
    ("to about $69.6 billion", "about $69.6 billion", 69600000000, APX, "usd", ECO, N, A, US, A, US, A, N),
    ("provide a further €780 million", "€780 million", 780000000, EX, A, ECO, N, A, A, A, A, A, N),
    ("(about $845 million)", "about $845 million", 845000000, APX, "usd", ECO, N, A, A, A, A, A, N, True),  # conversion
    ("including two IRIS-T SLM air defence systems", "two", 2, EX, "count", W, "air_defense", A, A, A, A, A, N),
    ("25 Leopard 1A5 tanks", "25", 25, EX, "count", W, "tank", A, A, A, A, A, N),
    ("18 Marder infantry fighting vehicles", "18", 18, EX, "count", W, "armored_vehicle", A, A, A, A, A, N),
    ("delivered more than 1,000 interceptors", "more than 1,000", 1000, GE, "count", W, A, A, A, A, A, A, N),
    # Kyiv, London, Copenhagen
    ("roughly 6,000 to 7,000 artillery shells a day", "roughly 6,000 to 7,000", A, A, "count", W, A, "launched", U, R, U, U, A),
    ("at least 10 more Patriot systems", "at least 10", 10, GE, "count", W, "air_defense", A, A, A, U, A, N, True),  # request
    ("supply up to 100,000 drones to Ukraine", "up to 100,000", 100000, LE, "count", W, "drone", A, UK, A, UK, A, N, True),  # target
    ("up from about 10,000 last year", "about 10,000", 10000, APX, "count", W, "drone", A, UK, A, UK, A, N),
    ("all 19 of the F-16 jets", "19", 19, EX, "count", W, "aircraft", A, A, A, A, A, N),
    # Russia's claims
    ('destroyed "more than 40" Western-supplied howitzers', "more than 40", 40, GE, "count", W, "artillery", "destroyed", R, U, R, U, A),
    ("including 11 M777s", "11", 11, A, "count", W, "artillery", "destroyed", R, U, R, U, A),
    ("six French-made Caesar self-propelled guns", "six", 6, A, "count", W, "artillery", "destroyed", R, U, R, U, A),
    ("as well as three Patriot launchers", "three", 3, A, "count", W, "air_defense", "destroyed", R, U, R, U, A),
    ("and two IRIS-T launchers near Kyiv", "two", 2, A, "count", W, "air_defense", "destroyed", R, U, R, U, A),
    ("it had lost no Patriot launchers", "no", 0, A, "count", W, "air_defense", A, A, U, U, U, N, True),  # zero
])
any_(d, [
    ("which cost about $4 million each", "about $4 million"),
    ('as well as "several hundred" missiles', "several hundred"),
    ("needed at least twice that", "twice"),
    ("The group's more than 50 member countries", "more than 50"),
])

# ---------------------------------------------------------------- p04 Kharkiv region evacuation
d = "p04_kharkiv_region_evacuation_kupiansk_borova.txt"
# A Kharkiv regional site on evacuations from the Kupiansk and Izium districts (country Ukraine,
# region Kharkiv) and from the Sumy border zone (region Sumy). The regional military administration
# and its head Veremchuk ("he said", "according to the administration") and the Sumy regional
# administration ("it said") speak for Ukraine; the volunteer driver is quoted by first name only
# (a volunteer, not an official: his rate is debatable anyway). The scraper repeated two paragraphs
# ("Evacuations are carried out ..." and "Since the start of the year ..."): their claims are
# labelled once, on contexts that occur only in the identical copies. Evacuated people:
# displacement, evacuated, actor and target `*`; people who "have left ... under the evacuation
# programme" and residents "moved" are evacuated; the transit centre's "received about 9,000
# people" is displacement with action `*`. "Some 600 residents ... were also moved" has no
# attribution of its own (claimant_side `*`). Children "including 212", "23 of them", "including
# about 1,900" are subsets (optional); the headline's 1,347 restates (optional). Shelling
# casualties name no perpetrator in their sentence (a KAB-250 glide bomb, an FPV drone): actor `*`,
# target Ukraine; the Sumy administration's "Russian drones and artillery hit ... injuring four"
# has actor Russia. Veremchuk's "at least 26 guided bombs" dropped: launched, actor Russia.
# Debatable: "14 more villages", "about 4,300 residents" and "roughly 390 children" still living
# there (remaining populations), "Thousands of older residents", "19 settlements", payments (2,000
# and 3,000 hryvnias), the volunteer's "30 to 40 people a day" and "zero", "twice this month",
# "10-kilometre", "another 11 settlements", "94 times". Non-claims: "seven days", KAB-250,
# "five-storey", "71-year-old", "29-year-old", "third week", and the furniture (💬 12, the hotline
# numbers, 50 hryvnias, the Most read links' 23:00, 7 bomb shelters and 12 June).
Kh = "Kharkiv"
rows(d, [
    ("1,347 people taken out in a week", "1,347", 1347, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh, True),  # headline
    ("Over the past seven days, 1,347 people", "1,347", 1347, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh),
    ("including 212 children", "212", 212, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh, True),  # subset
    ("We evacuated 86 people today alone", "86", 86, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh),
    ("23 of them children", "23", 23, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh, True),  # subset
    ("killing two people and injuring nine", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("killing two people and injuring nine", "nine", 9, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Three more people, including a volunteer driver", "Three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("dropped at least 26 guided bombs", "at least 26", 26, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("which has received about 9,000 people", "about 9,000", 9000, APX, "count", DIS, N, A, A, A, U, U, Kh),
    ("more than 14,200 people", "more than 14,200", 14200, GE, "count", DIS, N, "evacuated", A, A, U, U, Kh),
    ("including about 1,900 children", "about 1,900", 1900, APX, "count", DIS, N, "evacuated", A, A, U, U, Kh, True),  # subset
    ("Some 600 residents of the border Zolochiv", "Some 600", 600, APX, "count", DIS, N, "evacuated", A, A, A, U, Kh),
    ("said 426 people had been evacuated", "426", 426, EX, "count", DIS, N, "evacuated", A, A, U, U, "Sumy"),
    ("injuring four people, it said", "four", 4, EX, "count", CAS, N, "injured", R, U, U, U, "Sumy"),
])
any_(d, [
    ("extended to 14 more villages", "14"),
    ("where about 4,300 residents", "about 4,300"),
    ("roughly 390 children", "roughly 390"),
    ("Thousands of older residents", "Thousands"),
    ("struck 19 settlements of the Kharkiv region", "19"),
    ("one-time payment of 2,000 hryvnias", "2,000"),
    ("children receive 3,000", "3,000"),
    ("We take out 30 to 40 people a day", "30 to 40"),
    ("When the drones are up, zero", "zero"),
    ("by drone fragments twice this month", "twice"),
    ("from the 10-kilometre border zone", "10"),
    ("ordered for another 11 settlements", "11"),
    ("hit the Sumy region 94 times", "94"),
])

# ---------------------------------------------------------------- p05 think-tank monthly assessment
d = "p05_cefa_may_territorial_assessment.txt"
# An independent think tank's (CEFA: not a side, claimant_side `*`) monthly assessment of Russian
# gains in May, with a Key takeaways box, a table by direction, the Russian Defence Ministry's and
# Rybar's claims (Russia), Khortytsia's Lysak, DeepState, the Air Force and military intelligence
# (Ukraine). Territory gained is seized, actor Russia, target Ukraine, country Ukraine; the month's
# totals have region None, Ukraine's recaptures (near Kupiansk and in the Sumy region) region `*`.
# "an estimated 412" is approximate; the April figure ("down from 486") has no qualifier. The Key
# takeaways box is a summary: its figures restate the body (optional), and its "about 170 a day" is
# debatable as the body's. The table is required cell by cell (km2 and settlements seized, region
# of the direction); its title says "CEFA estimate" but no cell carries a qualifier, so qualifier
# `*` (heldout28's header "approximately"); its Total row restates (optional). "We could confirm
# the capture of only 17" is the body's first statement of the 17 (required). The ministry's 29
# settlements (seized) and "taken control of more than 700 square kilometres" (action `*`: seized
# or controlled); Rybar's "almost 600" (km2, seized). "advanced up to 9 kilometres" (km, action
# `*`). Lysak's "about 33,900" killed and wounded (action `*`). Glide bombs: "more than 5,200"
# launched (the Air Force); "some 4,600" drones and 170 missiles (170 has qualifier `*`, a list with
# a qualifier) follow the Air Force sentence but carry no attribution of their own (claimant_side
# `*`). Troops concentrated: massed, actor Russia ("about 120,000" in Donetsk; "some 45,000" along
# the border of two regions: country and region `*`). The share "about 19.3%" occupied and "18.9%" a
# year earlier are in the think tank's own voice (optional, fields given, as heldout27's "roughly
# 19%"). The bracketed "(159 square miles)" is a conversion (optional). Debatable: "about 170 a
# day", "about two thirds", "one of the two remaining supply routes" (both numbers), "At least five
# of the villages", "two had already been claimed", the assaults a day range, "groups of two to
# four", "roughly 80 men for every square kilometre", "on some days 30 to 40 bombs", "30,000 to
# 35,000 contract soldiers a month". Non-claims: Su-34, Su-35, "at least two independent
# sources", "more than four years",
# 2015, 2022, and the furniture (1.4 MB, 11 min read, "No. 41").
Dn, Zp = "Donetsk", "Zaporizhzhia"
rows(d, [
    # Key takeaways
    ("gained an estimated 412 square kilometres in May", "412", 412, APX, "km2", TER, N, "seized", R, U, A, U, N, True),  # summary
    ("down from 486 in April", "486", 486, EX, "km2", TER, N, "seized", R, U, A, U, N, True),  # summary
    ("CEFA confirmed the capture of 17 settlements", "17", 17, EX, "count", TER, N, "seized", R, U, A, U, N, True),  # summary
    ("the Russian Defence Ministry claimed 29.", "29", 29, EX, "count", TER, N, "seized", R, U, R, U, N, True),  # summary
    ("dropped more than 5,200 glide bombs", "more than 5,200", 5200, GE, "count", W, "guided_bomb", "launched", R, U, A, U, N, True),  # summary
    # the month
    ("net gains of an estimated 412 square kilometres", "412", 412, APX, "km2", TER, N, "seized", R, U, A, U, N),
    ("(159 square miles)", "159", 159, A, "mi2", TER, N, "seized", R, U, A, U, N, True),  # conversion
    ("down from 486 square kilometres in April", "486", 486, EX, "km2", TER, N, "seized", R, U, A, U, N),
    ("recaptured about 45 square kilometres", "about 45", 45, APX, "km2", TER, N, "seized", U, R, A, U, A),
    ("accounted for 278 square kilometres", "278", 278, EX, "km2", TER, N, "seized", R, U, A, U, Dn),
    ("advanced up to 9 kilometres along the Dobropillia road", "up to 9", 9, LE, "km", TER, N, A, R, U, A, U, Dn),
    # the table: km2, settlements
    ("Pokrovsk–Dobropillia   Donetsk          136        5", "136", 136, A, "km2", TER, N, "seized", R, U, A, U, Dn),
    ("Pokrovsk–Dobropillia   Donetsk          136        5", "5", 5, A, "count", TER, N, "seized", R, U, A, U, Dn),
    ("Kostiantynivka         Donetsk           88        4", "88", 88, A, "km2", TER, N, "seized", R, U, A, U, Dn),
    ("Kostiantynivka         Donetsk           88        4", "4", 4, A, "count", TER, N, "seized", R, U, A, U, Dn),
    ("Lyman–Siversk          Donetsk           54        2", "54", 54, A, "km2", TER, N, "seized", R, U, A, U, Dn),
    ("Lyman–Siversk          Donetsk           54        2", "2", 2, A, "count", TER, N, "seized", R, U, A, U, Dn),
    ("Kupiansk               Kharkiv           37        2", "37", 37, A, "km2", TER, N, "seized", R, U, A, U, "Kharkiv"),
    ("Kupiansk               Kharkiv           37        2", "2", 2, A, "count", TER, N, "seized", R, U, A, U, "Kharkiv"),
    ("Huliaipole             Zaporizhzhia      71        3", "71", 71, A, "km2", TER, N, "seized", R, U, A, U, Zp),
    ("Huliaipole             Zaporizhzhia      71        3", "3", 3, A, "count", TER, N, "seized", R, U, A, U, Zp),
    ("Sumy border            Sumy              26        1", "26", 26, A, "km2", TER, N, "seized", R, U, A, U, "Sumy"),
    ("Sumy border            Sumy              26        1", "1", 1, A, "count", TER, N, "seized", R, U, A, U, "Sumy"),
    ("Total                                   412       17", "412", 412, A, "km2", TER, N, "seized", R, U, A, U, N, True),  # restates
    ("Total                                   412       17", "17", 17, A, "count", TER, N, "seized", R, U, A, U, N, True),  # restates
    # claims and counter-claims
    ('claimed the "liberation" of 29 settlements', "29", 29, EX, "count", TER, N, "seized", R, U, R, U, N),
    ("taken control of more than 700 square kilometres", "more than 700", 700, GE, "km2", TER, N, A, R, U, R, U, N),
    ("We could confirm the capture of only 17", "17", 17, EX, "count", TER, N, "seized", R, U, A, U, N),
    ("had lost about 33,900 men killed and wounded", "about 33,900", 33900, APX, "count", CAS, N, A, A, R, U, U, N),
    ("put Russia's May gains at 388 square kilometres", "388", 388, EX, "km2", TER, N, "seized", R, U, U, U, N),
    ("claimed almost 600", "almost 600", 600, LE, "km2", TER, N, "seized", R, U, R, U, N),
    # air power
    ("dropped more than 5,200 guided aerial bombs", "more than 5,200", 5200, GE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("launched some 4,600 long-range attack drones", "some 4,600", 4600, APX, "count", W, "drone", "launched", R, U, A, U, N),
    ("drones and 170 missiles against Ukrainian cities", "170", 170, A, "count", W, "missile", "launched", R, U, A, U, N),
    # forces and share
    ("concentrated about 120,000 troops", "about 120,000", 120000, APX, "count", PER, N, "massed", R, A, A, U, Dn),
    ("some 45,000 along the border", "some 45,000", 45000, APX, "count", PER, N, "massed", R, A, A, A, A),
    ("occupies about 19.3% of Ukraine's", "about 19.3%", 19.3, APX, "percent", TER, N, "occupied", R, U, A, U, N, True),  # share
    ("up from 18.9% a year earlier", "18.9%", 18.9, EX, "percent", TER, N, "occupied", R, U, A, U, N, True),  # share
])
any_(d, [
    ("glide bombs, about 170 a day", "about 170"),
    ("or about two thirds of the total", "about two thirds"),
    ("and cut one of the two remaining", "one"),
    ("cut one of the two remaining supply routes", "two"),
    ("At least five of the villages named", "At least five"),
    ("and two had already been claimed", "two"),
    ("between 150 and 210 assaults a day", "between 150 and 210"),
    ("groups of two to four soldiers", "two to four"),
    ("roughly 80 men for every square kilometre", "roughly 80"),
    ("or about 170 a day", "about 170"),
    ("on some days 30 to 40 bombs fell", "30 to 40"),
    ("recruit 30,000 to 35,000 contract soldiers", "30,000 to 35,000"),
])

# ---------------------------------------------------------------- p06 live blog, newest first
d = "p06_live_blog_energy_strike_prisoner_swap.txt"
# A Ukrainian news site's live blog (newest entry first, timestamps) of a night of Russian missile
# and drone strikes on the energy grid, casualties in Kharkiv, Dnipro, Odesa and Zaporizhzhia, and a
# prisoner exchange. The Air Force, the city's mayor, the regional administrations, Mazur ("says"),
# Ukrenergo, the Kyiv City Military Administration and the Coordination Headquarters speak for
# Ukraine; Russia's Defence Ministry for Russia; the UAE and unnamed "Monitoring channels" are not
# sides (claimant_side `*`). As heldout27 and heldout31, a toll that changes during the day is one
# claim per update: each entry's new figure is required (Kharkiv killed two, injured 11, 17; Dnipro
# killed three, seven, injured 22, 31; Odesa killed one, four, injured six, 14); the 20:35 entry's
# "Two people were killed" repeats 09:10 (optional); subsets are optional ("including three
# children", "19 of whom remain in hospital", "38 defenders of Mariupol"). Casualty entries name
# no perpetrator (actor `*`, target Ukraine). Prisoners (205 and 12 returned to Ukraine, 205
# Russians returned, 5,847 freed in all): category and action `*`, country and region `*`; the
# headline's 205 restates (optional). Consumers without power: category and action `*` ("About
# 410,000" Dnipropetrovsk; "120,000" Odesa, qualifier `*`: a list with a qualifier). The Air Force's
# final list: the total 473 and 402 have weapon_type `*`; every type and every model within the
# shot-down total is required; Kh-101 "over the Saratov region" and Kalibr "from the Black Sea"
# have a named launch area (country and region `*`); hits ("Hits by 12 missiles and 55 drones")
# have action `*`. The 02:15 "more than 200" drones in Ukrainian airspace is an early estimate, a
# claim of its own (launched; heading to three regions: region `*`). The 00:50 "at least 10
# Tu-95MS" took off from Olenya (Murmansk: not an allowed region; action `*`, country Russia).
# Russia's MoD 52 drones over four regions and the Sea of Azov (country and region `*`). "no
# casualties" in Kyiv is a zero statement (optional). Debatable: "19 exchanges", "five regions",
# "two more bodies", "19 locations". Non-claims: the timestamps, "day 1,939", "36th Marine
# Brigade", "71st exchange", "up to 4 hours", "five-storey", Kh-101, Tu-95MS, Iskander-M, 2022,
# and the furniture (2,947 people reading, Share 1.4K, "9 tips", Comments (311), $5 a month).
Kh, Dp, Od, Zp = "Kharkiv", "Dnipropetrovsk", "Odesa", "Zaporizhzhia"
rows(d, [
    ("prisoner swap brings 205 soldiers home", "205", 205, EX, "count", A, N, A, A, A, A, A, A, True),  # headline
    # 20:35 ... 18:15
    ("has risen to 17, including three children", "17", 17, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("has risen to 17, including three children", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Kh, True),  # subset
    ("Two people were killed in the attack", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Kh, True),  # restates
    ("says 205 Ukrainian servicemen and 12 civilians", "205", 205, EX, "count", A, N, A, A, A, U, A, A),
    ("205 Ukrainian servicemen and 12 civilians", "12", 12, EX, "count", A, N, A, A, A, U, A, A),
    ("Among them are 38 defenders of Mariupol", "38", 38, EX, "count", A, N, A, A, A, U, A, A, True),  # subset
    ("in all, 5,847 Ukrainians have been freed", "5,847", 5847, EX, "count", A, N, A, A, A, U, A, A),
    ("says 205 Russian servicemen have been returned", "205", 205, EX, "count", A, N, A, A, A, R, A, A),
    ("About 410,000 consumers in the Dnipropetrovsk region", "About 410,000", 410000, APX, "count", A, N, A, A, U, U, U, Dp),
    ("and 120,000 in the Odesa region", "120,000", 120000, A, "count", A, N, A, A, U, U, U, Od),
    # 16:40 ... 13:20
    ("has risen to four, with 14 injured", "four", 4, EX, "count", CAS, N, "killed", A, U, U, U, Od),
    ("has risen to four, with 14 injured", "14", 14, EX, "count", CAS, N, "injured", A, U, U, U, Od),
    ("bringing the death toll to seven", "seven", 7, EX, "count", CAS, N, "killed", A, U, U, U, Dp),
    ("31 people were injured, 19 of whom", "31", 31, EX, "count", CAS, N, "injured", A, U, U, U, Dp),
    ("19 of whom remain in hospital", "19", 19, EX, "count", CAS, N, "injured", A, U, U, U, Dp, True),  # subset
    ("destroyed 52 Ukrainian drones overnight", "52", 52, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    # 11:45 the Air Force's final figures
    ("Russia launched 473 means of air attack", "473", 473, EX, "count", W, A, "launched", R, U, U, U, N),
    ("- 426 Shahed-type strike drones", "426", 426, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("- 32 Kh-101 cruise missiles", "32", 32, EX, "count", W, "missile", "launched", R, U, U, A, A),
    ("- nine Kalibr cruise missiles from the Black Sea", "nine", 9, EX, "count", W, "missile", "launched", R, U, U, A, A),
    ("- six Iskander-M ballistic missiles", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down or suppressed 402 targets", "402", 402, EX, "count", W, A, "shot_down", U, R, U, U, N),
    ("402 targets: 371 drones and 31 missiles", "371", 371, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("402 targets: 371 drones and 31 missiles", "31", 31, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("including 27 Kh-101 and four Kalibr", "27", 27, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("including 27 Kh-101 and four Kalibr", "four", 4, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Hits by 12 missiles and 55 drones", "12", 12, EX, "count", W, "missile", A, R, U, U, U, N),
    ("Hits by 12 missiles and 55 drones", "55", 55, EX, "count", W, "drone", A, R, U, U, U, N),
    # 10:30 ... 00:50
    ("injuring three workers", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("Kharkiv: two people killed and 11 injured", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("Kharkiv: two people killed and 11 injured", "11", 11, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Dnipro: three killed and 22 injured", "three", 3, EX, "count", CAS, N, "killed", A, U, U, U, Dp),
    ("Dnipro: three killed and 22 injured", "22", 22, EX, "count", CAS, N, "injured", A, U, U, U, Dp),
    ("Odesa: one person killed and six injured", "one", 1, EX, "count", CAS, N, "killed", A, U, U, U, Od),
    ("Odesa: one person killed and six injured", "six", 6, EX, "count", CAS, N, "injured", A, U, U, U, Od),
    ("no casualties have been reported so far", "no", 0, A, "count", CAS, N, A, A, U, U, U, "Kyiv", True),  # zero
    ("more than 200 Shahed-type drones are in Ukrainian airspace", "more than 200", 200, GE, "count", W, "drone", "launched", R, U, U, U, A),
    ("at least 10 Tu-95MS strategic bombers", "at least 10", 10, GE, "count", W, "aircraft", A, R, A, A, R, A),
])
any_(d, [
    ("helped broker 19 exchanges", "19"),
    ("facilities in five regions", "five"),
    ("recovered two more bodies", "two"),
    ("were recorded at 19 locations", "19"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "p32")
