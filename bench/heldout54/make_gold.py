"""Builds gold.jsonl for heldout54 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout54.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (and through it heldout47, heldout46, heldout45,
heldout35, heldout27 and heldout33): headlines, subheads, fact boxes and later restatements are
optional; subsets introduced by "of whom", "among them", "including", "of them" are optional,
except a model or type within a weapon total; a breakdown of a total by place is required, and
so is a different action or fate on part of a total ("of which 21 were shot down"); in a list
with a qualifier only the qualified items keep it (the others `*`), a list with no qualifier is
exact; casualty sentences that name no perpetrator have actor `*`; a range is one claim quoting
the whole range, with value and qualifier `*`; losses reported as "lost" have action `*`; drones
destroyed in flight are shot_down; pledges, promises, plans and planned spending are optional;
an earlier state ("up from ... in 2026") is optional. Bodies that are not sides (NATO, the EU,
NGOs, think tanks, volunteer monitors, companies, and states outside the vocabulary of sides)
have claimant_side `*`, and a sum or estimate they give keeps the actor and target of what it
counts; an outlet's or author's own voice has claimant_side `*`. Damaged buildings and
facilities are infrastructure with action and actor `*` (damaged and destroyed alike).
Deliveries to a side are weapons with action `*` and the supplier as actor. Money in another
currency than the dollar has unit `*`; money received, paid or disbursed is required. Counts of
places, incidents, cases and claims, group sizes, shares and rates, distances, sizes and areas,
prices and payments, workforces and other population stocks, recipients of aid or care, vehicle
and wagon counts, and vague quantities are debatable (`any_`); a table whose cells restate no
sentence is debatable cell by cell (a total row restating the body too). A side's army size is
personnel with action `*`. The check's vocabulary of regions is closed, so a region outside it
(Luhansk) is `*`, and so is the region of a figure that spans several regions or is not placed;
a nationwide figure has region None. Dates, times, durations ("for eleven days", "six weeks",
prison terms such as "between six and 16 years"), ages ("a pensioner, 84", "Serhii, 31"),
ordinals ("the first bell", "a second operating block", "the 7th form", "93rd", "47th", "22nd
Army Corps"), numbers inside names (Iskander-M, Su-34, R-360 Neptune, S-400, 92N6, Pantsir-S1,
Shahed-136, Rossiya-24, Hospital No. 16, School No. 20, Lyceum No. 9, NMT 2028) and page
furniture are not labelled; "one of them" and "not one of" are pronouns.

Decided anew for this set:
- Hospitals (s01): a municipal hospital, its surgeons and finance director are not a side
  (claimant_side `*`); the regional military administration, the Air Force and the regional
  council speak for Ukraine. People admitted with war injuries are casualties (injured, actor
  `*`, target Ukraine), and patients who died of their wounds in hospital are killed; the
  region of admissions and deaths drawn from several front-line regions is `*`. The split of
  admissions or deaths into servicemen, civilians and children is a subset (optional).
  Operations, amputations performed, units of blood and "Forty-one of the injured were brought
  to No. 16" are counts of procedures and care (debatable); the hospital's estimate of the real
  cost of treatment is economic (required, like a loss), the cost per patient a price
  (debatable); ambulances destroyed or damaged are vehicles (debatable); a multiplier ("almost
  twice that", "about a third more") is a rate (debatable); a surgeon's hypothetical "200
  amputations" is debatable.
- Schools (s02): schools and kindergartens damaged or destroyed are infrastructure (required);
  schools open, online or in person, shelters built or planned, pupils and school-age children
  are places and population stocks (debatable). Villages occupied or claimed "liberated" are
  territory (count, required; the Russian claim is action seized), unlike other counts of
  places; the area they cover is territory in km2. Teachers who joined the armed forces are
  personnel (action `*`, actor Ukraine). Money allocated for the year is planned spending
  (optional); the money a region received from it is required. Evacuees "among them 290 from
  Bilozerka" are a breakdown by place (required, place beats the subset cue). Teachers detained
  or forced out by the occupiers are cases (debatable).
- Occupied territory (s02, s03): places under Russian occupation (the left bank of Kherson
  region, Crimea and Sevastopol) have country `*` and the region named (Kherson, Crimea);
  damage and civilian casualties there have target `*`, Russian servicemen killed there target
  Russia. Russian-installed heads (Saldo's authorities, Aksyonov, Razvozhayev) speak for Russia;
  a Russian travel blogger and Crimean Tatar activists are private voices (debatable numbers
  anyway). Drones downed "over the sea" have country and region `*` (a breakdown by place:
  required). Troops and equipment "concentrated" are massed (target `*`); "tanks and armoured
  vehicles" together have weapon_type `*`. A running rate ("more than 400 drones a month") and
  its earlier value are debatable; tonnes of ammunition destroyed are a quantity outside the
  vocabulary of units (debatable); a figure repeated to contradict it ("not three") is
  debatable.
- Veterans (s04): people who underwent amputations or "lost an arm or a leg" are casualties
  (injured, actor `*`); prostheses paid for, patients treated, course graduates, grant
  recipients and rehabilitation departments are care, recipients and places (debatable);
  servicemen with prostheses "returned to service" are personnel (action `*`, actor Ukraine,
  required, like joining the army). Money disbursed by the World Bank is money received (unit
  usd, required). Britain's Defence Intelligence speaks for the United Kingdom; "casualties,
  killed and wounded together" have action `*`. Russia's Defence Ministry and its deputy
  minister speak for Russia; money the Russian state spent has country Russia, region None.
  A bullet list of report figures restates the body where it repeats it (optional) and is
  required where it does not ("2,150 servicemen ... returned to service"); the later sentence
  restating it is optional.
- Water utility (s05): the utility and its director are a company (claimant_side `*`).
  Pumping stations, treatment plants, sections of mains and transformer substations damaged are
  infrastructure (required); water lost through strikes is economic with unit m3 (required);
  water trucked in as aid, people left without water, strikes counted, kilometres of pipe
  replaced, generators and pumps bought are debatable. Drones that "hit the station" out of
  those launched are a different fate on part (required, action `*`). Money received from a
  regional budget, a state fund and a foreign grant is required; an approved loan "not expected
  before 2029" is optional. The utility's "we have lost four people" is killed with action `*`
  ("lost").
- Press freedom (s06): the monitoring group and Reporters Without Borders are NGOs
  (claimant_side `*`); Russia's Foreign Ministry spokeswoman and Defence Ministry speak for
  Russia. Media workers killed in Ukraine have target `*` (Ukrainian and foreign nationals
  mixed); the report's list of deaths by region is a breakdown by place (required, actor Russia
  as its heading says) even though the total it breaks down is an optional subset. Journalists
  held captive, sentenced or released in exchanges, accreditations, press cars hit or
  destroyed, vests and armoured cars bought are debatable. Drones that hit a tower with no side
  named have actor `*` and action `*`.
"""

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

Dp, Kn, Su, Cr, Lv, Od, Do, Kh, Zp, Ky = (
    "Dnipropetrovsk", "Kherson", "Sumy", "Crimea", "Lviv", "Odesa", "Donetsk", "Kharkiv",
    "Zaporizhzhia", "Kyiv",
)  # fmt: skip

# fmt: off
# ---------------------------------------------------------------- s01 Dnipro trauma hospital
d = "s01_dnipro_trauma_hospital_march.txt"
# A Dnipro city news site (Dnipro Pulse) on a trauma hospital's March statistics. The hospital,
# Dr Ostapchuk and the finance director Bilyk have claimant_side `*`; the regional military
# administration, the Air Force and the regional council speak for Ukraine; Russia's Defence
# Ministry for Russia. Country Ukraine, region Dnipropetrovsk unless the figure draws on several
# regions. Required: 1,214 admitted with war injuries (region `*`: servicemen from Donetsk and
# Zaporizhzhia regions too) and "Thirty-one" who died (region `*`); the Iskander-M strike's 14
# killed and 62 injured (actor `*`: the sentence names no perpetrator); the ministry's "up to
# 40" servicemen killed; the Air Force's 1,870 drones and 64 missiles launched, "of which" 1,612
# and 38 shot down; the region's 87 killed and 402 injured; 3,150 evacuated; two paramedics
# killed (actor `*`: "a drone"); 61.4 million hryvnias paid; "about 90 million" real cost.
# Optional: the headline's 1,214, "about 700" (earlier state), 771 and 443 (subsets), "19 of
# them soldiers", "nine children among them", "640 children", the promised 25 million.
# Debatable: "twice", 834 operations, 96 amputations, 2,150 units of blood, "about a third",
# the table, "Forty-one", the ambulances, the price per patient, staff counts, "200
# amputations". Non-claims: "4 April 2028", "10:40", "13:15", "7 min read", 2024, Hospital No.
# 16, "No. 16", "eleven years", "17 March", Iskander-M, "five-storey", "93rd", "84", "six", "five
# hours", "22 March", "first quarter", "six weeks", "a second operating block", "27", "41", 2023,
# and the furniture ("+14°C", "41.95", "45.30", "12 906", "48", "300 days", "5 centres", "2 new
# CT scanners", "7 steps", "38,000 readers", "100 UAH", "12 Yavornytskoho", "49000", the phone,
# "2014–2028", "18+").
rows(d, [
    ("took in 1,214 war-injured in March", "1,214", 1214, EX, "count", CAS, N, "injured", A, U, A, U, A, True),  # headline
    ("admitted 1,214 people with war injuries", "1,214", 1214, EX, "count", CAS, N, "injured", A, U, A, U, A),
    ("Of them, 771 were servicemen", "771", 771, EX, "count", CAS, N, "injured", A, U, A, U, A, True),  # subset
    ("and 443 were civilians", "443", 443, EX, "count", CAS, N, "injured", A, U, A, U, Dp, True),  # subset
    ('"Last March we had about 700.', "about 700", 700, APX, "count", CAS, N, "injured", A, U, A, U, A, True),  # earlier state
    ("Thirty-one patients died of their wounds", "Thirty-one", 31, EX, "count", CAS, N, "killed", A, U, A, U, A),
    ("19 of them soldiers", "19", 19, EX, "count", CAS, N, "killed", A, U, A, U, A, True),  # subset
    ("14 people were killed there", "14", 14, EX, "count", CAS, N, "killed", A, U, U, U, Dp),
    ("and 62 were injured", "62", 62, EX, "count", CAS, N, "injured", A, U, U, U, Dp),
    ("nine children among them", "nine", 9, EX, "count", CAS, N, "injured", A, U, U, U, Dp, True),  # subset
    ('killed "up to 40" servicemen', "up to 40", 40, LE, "count", CAS, N, "killed", R, U, R, U, Dp),
    ("launched 1,870 attack drones", "1,870", 1870, EX, "count", W, "drone", "launched", R, U, U, U, Dp),
    ("and 64 missiles at Dnipropetrovsk region", "64", 64, EX, "count", W, "missile", "launched", R, U, U, U, Dp),
    ("of which 1,612 drones", "1,612", 1612, EX, "count", W, "drone", "shot_down", U, R, U, U, Dp),
    ("and 38 missiles were shot down", "38", 38, EX, "count", W, "missile", "shot_down", U, R, U, U, Dp),
    ("counted 87 civilians killed", "87", 87, EX, "count", CAS, N, "killed", A, U, U, U, Dp),
    ("and 402 injured across the region", "402", 402, EX, "count", CAS, N, "injured", A, U, U, U, Dp),
    ("3,150 residents of Nikopol and Marhanets have been evacuated", "3,150", 3150, EX, "count", DIS, N, "evacuated", A, A, U, U, Dp),
    ("among them 640 children", "640", 640, EX, "count", DIS, N, "evacuated", A, A, U, U, Dp, True),  # subset
    ("Two paramedics of the regional emergency medical centre were killed", "Two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Dp),
    ("paid the hospital 61.4 million hryvnias", "61.4 million", 61400000, EX, A, ECO, N, A, A, A, A, U, Dp),
    ("puts the real cost at about 90 million", "about 90 million", 90000000, APX, A, ECO, N, A, A, A, A, U, Dp),
    ("promised another 25 million hryvnias", "25 million", 25000000, EX, A, ECO, N, A, A, A, U, U, Dp, True),  # promise
])
any_(d, [
    ("almost twice that", "twice"),
    ("performed 834 operations", "834"),
    ("including 96 amputations", "96"),
    ("used 2,150 units of blood", "2,150"),
    ("about a third more than in February", "about a third"),
    ("Servicemen | 771", "771"), ("771 | 19", "19"),
    ("Civilians | 443", "443"), ("443 | 12", "12"),
    ("incl. children | 37", "37"), ("37 | 1 |", "1"),
    ("Total | 1,214", "1,214"), ("1,214 | 31", "31"),
    ("Forty-one of the injured", "Forty-one"),
    ("four of its ambulances", "four"),
    ("and eleven damaged since January", "eleven"),
    ("between 180,000 and 400,000 hryvnias", "180,000 and 400,000"),
    ("now has 46 surgeons", "46"),
    ("eight fewer than a year ago", "eight"),
    ("Three were mobilised", "Three"),
    ("has done 200 amputations", "200"),
])

# ---------------------------------------------------------------- s02 school year underground
d = "s02_kherson_sumy_school_year_underground.txt"
# An education news site (Osvita Front) on the start of the school year in Kherson and Sumy
# regions. The Kherson city and regional military administrations, the Sumy education
# department and administration (Hryhorov), the General Staff, the ombudsman and the Ministry
# of Education speak for Ukraine; Saldo's occupation authorities and Russia's Defence Ministry
# for Russia. Country Ukraine except the occupied left bank (country `*`). Required: Kherson's
# 47 schools and kindergartens damaged and nine destroyed, two teachers injured (actor `*`: "a
# drone"), 1,150 children evacuated and "290 from Bilozerka" (breakdown by place), the
# occupation authorities' 23 schools damaged (target `*`, country `*`); Sumy's "more than
# 1,300" guided bombs (the outlet's voice), 214 damaged and 37 destroyed, 11 villages and
# "about 190 square kilometres" occupied, the ministry's two villages "liberated" (seized), the
# General Staff's 120 Russian soldiers killed, 3,400 children evacuated, 310 million received;
# nationwide (region None) 4,120 damaged and 468 destroyed, 76 teachers killed and 193 injured
# (actor Russia: "in Russian attacks"), "more than 1,400" joined the armed forces. Optional: the
# subhead's 4,120, "27 villages" (earlier state), "2. 8 billion" allocated (planned spending).
# Debatable: "Six"/"six" metres, pupils (420, 380, 18,700, "about 31,000", "about 6,800"),
# schools open or online (54, 301, 118, 96, 87, "About 1,050", "one in eleven", "some
# 2,300"), "20-kilometre", "TWENTY KILOMETRES", 108 schools, "at least 160" teachers, 213
# settlements, eleven, seven and four shelter schools, "thirty children", 150 promised schools.
# Non-claims: "2028/29", "2 September 2028", "9 min read", "half past eight", "two shifts", "the
# first", "second underground school", "November 2022", "28 August", "four days", School No. 20,
# 2025, "7th form", Lyceum No. 9, "ninety seconds", Shahed, 2030, and the furniture ("NMT 2028",
# "21,400 teachers", "12 regions", "Comments (63)", "R40-01337", "4,500 UAH", "2017–2028").
rows(d, [
    ("the ministry counts 4,120 educational institutions damaged since 2022", "4,120", 4120, EX, "count", INF, N, A, A, U, U, U, N, True),  # subhead
    ("47 of its schools and kindergartens", "47", 47, EX, "count", INF, N, A, A, U, U, U, Kn),
    ("and nine destroyed completely", "nine", 9, EX, "count", INF, N, A, A, U, U, U, Kn),
    ("two teachers were injured", "two", 2, EX, "count", CAS, N, "injured", A, U, A, U, Kn),
    ("1,150 children have been evacuated", "1,150", 1150, EX, "count", DIS, N, "evacuated", A, A, A, U, Kn),
    ("among them 290 from Bilozerka", "290", 290, EX, "count", DIS, N, "evacuated", A, A, A, U, Kn),
    ("had damaged 23 schools there", "23", 23, EX, "count", INF, N, A, A, A, R, A, Kn),
    ("more than 1,300 guided aerial bombs", "more than 1,300", 1300, GE, "count", W, "guided_bomb", "launched", R, U, A, U, Su),
    ("counts 214 educational institutions damaged", "214", 214, EX, "count", INF, N, A, A, U, U, U, Su),
    ("and 37 destroyed in the region", "37", 37, EX, "count", INF, N, A, A, U, U, U, Su),
    ("they occupy 11 villages", "11", 11, EX, "count", TER, N, "occupied", R, U, U, U, Su),
    ("about 190 square kilometres", "about 190", 190, APX, "km2", TER, N, "occupied", R, U, U, U, Su),
    ("down from 27 villages", "27", 27, EX, "count", TER, N, "occupied", R, U, U, U, Su, True),  # earlier state
    ('"liberated" two more villages', "two", 2, EX, "count", TER, N, "seized", R, U, R, U, Su),
    ("said 120 Russian soldiers had been killed", "120", 120, EX, "count", CAS, N, "killed", U, R, U, U, Su),
    ("3,400 children have been taken out", "3,400", 3400, EX, "count", DIS, N, "evacuated", A, A, U, U, Su),
    ("allocated 2. 8 billion hryvnias", "2. 8 billion", 2800000000, EX, A, ECO, N, A, A, A, A, U, N, True),  # planned spending
    ("Sumy region received 310 million", "310 million", 310000000, EX, A, ECO, N, A, A, A, A, U, Su),
    ("counts 4,120 educational institutions damaged by Russian attacks", "4,120", 4120, EX, "count", INF, N, A, A, U, U, U, N),
    ("and 468 destroyed", "468", 468, EX, "count", INF, N, A, A, U, U, U, N),
    ("76 teachers have been killed", "76", 76, EX, "count", CAS, N, "killed", R, U, U, U, N),
    ("and 193 injured in Russian attacks", "193", 193, EX, "count", CAS, N, "injured", R, U, U, U, N),
    ("more than 1,400 have joined the armed forces", "more than 1,400", 1400, GE, "count", PER, N, A, U, A, U, U, N),
])
any_(d, [
    ("Six metres below the classroom", "Six"),
    ("six metres under the ground", "six"),
    ("took in 420 pupils", "420"),
    ("teaches 380 more", "380"),
    ("not one of our 54 city schools", "54"),
    ("about 31,000 children are of school age", "about 31,000"),
    ("only about 6,800 will attend", "about 6,800"),
    ("from the 20-kilometre zone", "20"),
    ("18,700 pupils sat down", "18,700"),
    ("in 108 schools", "108"),
    ("at least 160 teachers", "at least 160"),
    ("THE BORDER IS TWENTY KILOMETRES AWAY", "TWENTY"),
    ("Of the region's 301 schools", "301"),
    ("118 begin the year", "118"),
    ("96 in mixed mode", "96"),
    ("and 87 in person", "87"),
    ("in 213 border settlements", "213"),
    ("eleven schools now have underground classrooms", "eleven"),
    ("enough for seven new ones", "seven"),
    ("Four are finished", "Four"),
    ("About 1,050 schools", "About 1,050"),
    ("roughly one in eleven", "one in eleven"),
    ("some 2,300 have shelters", "some 2,300"),
    ("leaves thirty children without", "thirty"),
    ("build 150 more underground schools", "150"),
])

# ---------------------------------------------------------------- s03 Crimea "direct line"
d = "s03_crimea_aksyonov_direct_line_retold.txt"
# A Ukrainian outlet on occupied Crimea (Peninsula Watch) retelling, with comments, the
# televised "direct line" of the Russian-installed head Aksyonov. Aksyonov, Sevastopol's
# Razvozhayev and Russia's Defence Ministry speak for Russia; Ukraine's Navy and HUR (Yusov)
# for Ukraine; the outlet's note, activists and a travel blogger are `*` (debatable anyway).
# Country `*` (occupied Crimea), region Crimea unless over the sea or beyond the peninsula.
# Required: 2,140 and "forty-six" drones destroyed (shot_down, in flight), the ministry's 38
# over the peninsula and 17 over the sea (region `*`); the Navy's two S-400 launchers and "at
# least three" Pantsir-S1 destroyed (air_defense); Aksyonov's three killed and eleven wounded
# (actor `*`, target Russia) and 1,600 evacuated; HUR's "15 to 20" killed (range: value and
# qualifier `*`; actor Ukraine: its drones); "1. 2 billion roubles" paid, 640 flats and houses
# damaged, one killed and nine injured by debris (target `*`), "14. 6 billion roubles" lost;
# HUR's "about 24,000" troops and "more than 150" tanks and armoured vehicles concentrated
# (massed; region `*`: northern Crimea and the Chonhar isthmus). Optional: the headline's 2,140,
# the promised 800 million. Debatable: 3,400 households, two villages, "at least twenty" trips,
# "up to 3,000" tonnes, "not three", "about 40%", 1,900 cars, "8 to 12" checkpoints, "half",
# two battalions, "more than 400" a month and "about 300", "at least 57" strikes, "19 of them".
# Non-claims: "12 July 2028", "17:25", "8 min read", "three hours" (twice), 2014, R-360, S-400,
# 92N6, Pantsir-S1, "4 July", "for the first time", "two days", "22nd Army Corps", "A month
# earlier", and the furniture ("96,000 subscribers", "14 new checkpoints", "218 names", "3
# crossings", "9", "200 UAH", "$5", "€5", the phone, "2016–2028").
rows(d, [
    ('Aksyonov\'s "direct line": 2,140 drones', "2,140", 2140, EX, "count", W, "drone", "shot_down", R, U, R, A, Cr, True),  # headline
    ("has destroyed 2,140 Ukrainian drones", "2,140", 2140, EX, "count", W, "drone", "shot_down", R, U, R, A, Cr),
    ("Last night alone, forty-six.", "forty-six", 46, EX, "count", W, "drone", "shot_down", R, U, R, A, Cr),
    ("38 over the peninsula", "38", 38, EX, "count", W, "drone", "shot_down", R, U, R, A, Cr),
    ("and 17 over the sea", "17", 17, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("destroying two launchers", "two", 2, EX, "count", W, "air_defense", "destroyed", U, R, U, A, Cr),
    ('"at least three" Pantsir-S1 systems', "at least three", 3, GE, "count", W, "air_defense", "destroyed", U, R, U, A, Cr),
    ("Three servicemen were killed", "Three", 3, EX, "count", CAS, N, "killed", A, R, R, A, Cr),
    ("and eleven wounded, he said", "eleven", 11, EX, "count", CAS, N, "injured", A, R, R, A, Cr),
    ("and 1,600 residents of two nearby villages", "1,600", 1600, EX, "count", DIS, N, "evacuated", A, A, R, A, Cr),
    ("and that 15 to 20 servicemen had been killed", "15 to 20", A, A, "count", CAS, N, "killed", U, R, U, A, Cr),
    ("had paid 1. 2 billion roubles", "1. 2 billion", 1200000000, EX, A, ECO, N, A, A, A, R, A, Cr),
    ("promised another 800 million", "800 million", 800000000, EX, A, ECO, N, A, A, A, R, A, Cr, True),  # promise
    ("640 flats and houses had been damaged", "640", 640, EX, "count", INF, N, A, A, A, R, A, Cr),
    ("one person had been killed", "one", 1, EX, "count", CAS, N, "killed", A, A, R, A, Cr),
    ("and nine injured by drone debris", "nine", 9, EX, "count", CAS, N, "injured", A, A, R, A, Cr),
    ("had lost 14. 6 billion roubles", "14. 6 billion", 14600000000, EX, A, ECO, N, A, A, A, R, A, Cr),
    ("concentrated about 24,000 troops", "about 24,000", 24000, APX, "count", PER, N, "massed", R, A, U, A, A),
    ('"more than 150" tanks and armoured vehicles', "more than 150", 150, GE, "count", W, A, "massed", R, A, U, A, A),
])
any_(d, [
    ("to 3,400 households", "3,400"),
    ("residents of two nearby villages", "two"),
    ('"at least twenty trips"', "at least twenty"),
    ('"up to 3,000 tonnes"', "up to 3,000"),
    ("had been killed, not three", "three"),
    ('"about 40% full"', "about 40%"),
    ("reached 1,900 cars", "1,900"),
    ('"from 8 to 12" checkpoints', "8 to 12"),
    ("half of them from the 22nd", "half"),
    ("and that two battalions", "two"),
    ("loses more than 400 drones a month", "more than 400"),
    ('put that figure at "about 300"', "about 300"),
    ("at least 57 strikes", "at least 57"),
    ("19 of them on air-defence positions", "19"),
])

# ---------------------------------------------------------------- s04 veterans ministry report
d = "s04_veterans_ministry_amputations_report.txt"
# A veterans' news site (Pobratym) on the Ministry of Veterans Affairs' annual rehabilitation
# report, with a strike on a Lviv rehabilitation centre and Russian and British figures. The
# ministry (deputy minister Lytvyn) and the Air Force speak for Ukraine; Tsivileva for Russia;
# Britain's Defence Intelligence for the United Kingdom; the Vidnova centre and the outlet are
# `*`. Country Ukraine unless stated. Required: "At least 74,500" amputees and 9,800 in 2027
# (injured, actor `*`, region None), "4. 9 billion hryvnias" paid, "$36 million" disbursed, the
# bullet's 2,150 returned to service (personnel, not restated before), the Lviv strike's three
# injured (actor `*`) and "about 40 million hryvnias" of equipment destroyed, the Air Force's 74
# drones and seven missiles launched at western Ukraine (region `*`) and 69 and "all seven" shot
# down, Tsivileva's "about 21 thousand" who lost limbs (target Russia, country and region `*`)
# and "11. 3 billion roubles" spent (country Russia, region None), the UK's "more than 1. 2
# million" casualties (action `*`, target Russia), the army's "about 880,000" (personnel, action
# `*`, actor Ukraine; the outlet's voice). Optional: the headline's 74,500, the subsets 61,200,
# 13,300 and 790, the bullets restating 74,500, 61,200, 13,300 and 9,800, "two of them
# patients", the body's later "2,150 who returned". Debatable: 28,400 prostheses, 412 and 160
# departments, 38,700 and 17,600 veterans, "some 6,300" patients, 17,500 fitted, "at least a
# quarter", "four men", "several thousand". Non-claims: "1545", "24/7", "six weeks" (twice),
# "four months", "first prosthesis", "20 May 2028", "6 min read", 2022, 2026, 2027, "9 May",
# "For the first time", "15 May", "31", "47th", 2023, Shahed, and the furniture ("5 steps", "👍
# 412", "👎 9", "1,870 people", "50 UAH", "2019–2028").
rows(d, [
    ("74,500 Ukrainians have lost limbs since 2022", "74,500", 74500, EX, "count", CAS, N, "injured", A, U, U, U, N, True),  # headline
    ("At least 74,500 Ukrainians have undergone amputations", "At least 74,500", 74500, GE, "count", CAS, N, "injured", A, U, U, U, N),
    ("Of them, 61,200 are servicemen", "61,200", 61200, EX, "count", CAS, N, "injured", A, U, U, U, N, True),  # subset
    ("and 13,300 civilians, including", "13,300", 13300, EX, "count", CAS, N, "injured", A, U, U, U, N, True),  # subset
    ("including 790 children", "790", 790, EX, "count", CAS, N, "injured", A, U, U, U, N, True),  # subset
    ("In 2027 alone, 9,800 people lost a limb", "9,800", 9800, EX, "count", CAS, N, "injured", A, U, U, U, N),
    ("worth 4. 9 billion hryvnias", "4. 9 billion", 4900000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("A further $36 million from the World Bank", "$36 million", 36000000, EX, "usd", ECO, N, A, A, A, U, U, N),
    ("• 74,500 amputations since 2022", "74,500", 74500, EX, "count", CAS, N, "injured", A, U, U, U, N, True),  # list restates
    ("(61,200 military", "61,200", 61200, EX, "count", CAS, N, "injured", A, U, U, U, N, True),  # list restates
    ("13,300 civilian)", "13,300", 13300, EX, "count", CAS, N, "injured", A, U, U, U, N, True),  # list restates
    ("• 9,800 new amputees in 2027", "9,800", 9800, EX, "count", CAS, N, "injured", A, U, U, U, N, True),  # list restates
    ("• 2,150 servicemen with prostheses returned to service", "2,150", 2150, EX, "count", PER, N, A, U, A, U, U, N),
    ("Three people, two of them patients, were injured", "Three", 3, EX, "count", CAS, N, "injured", A, U, A, U, Lv),
    ("two of them patients", "two", 2, EX, "count", CAS, N, "injured", A, U, A, U, Lv, True),  # subset
    ("equipment worth about 40 million hryvnias", "about 40 million", 40000000, APX, A, ECO, N, A, A, A, A, U, Lv),
    ("Russia launched 74 drones", "74", 74, EX, "count", W, "drone", "launched", R, U, U, U, A),
    ("and seven missiles at western Ukraine", "seven", 7, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("69 drones and all seven missiles", "69", 69, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("and all seven missiles were shot down", "seven", 7, EX, "count", W, "missile", "shot_down", U, R, U, U, A),
    ('that "about 21 thousand participants', "about 21 thousand", 21000, APX, "count", CAS, N, "injured", A, R, R, A, A),
    ("spent 11. 3 billion roubles", "11. 3 billion", 11300000000, EX, A, ECO, N, A, A, A, R, R, N),
    ("to more than 1. 2 million since February 2022", "more than 1. 2 million", 1200000, GE, "count", CAS, N, A, A, R, UK, A, A),
    ("Among the 2,150 who returned", "2,150", 2150, EX, "count", PER, N, A, U, A, U, U, N, True),  # restates the list
    ("number about 880,000", "about 880,000", 880000, APX, "count", PER, N, A, U, A, A, A, A),
])
any_(d, [
    ("paid for 28,400 prostheses", "28,400"),
    ("• 412 hospital rehabilitation departments", "412"),
    ("up from 160 in 2023", "160"),
    ("• 38,700 veterans completed", "38,700"),
    ("• 17,600 veterans received", "17,600"),
    ("some 6,300 patients a year", "some 6,300"),
    ("Of them, 17,500 had received prostheses", "17,500"),
    ("at least a quarter of the wounded", "at least a quarter"),
    ("four men with prostheses", "four"),
    ('"several thousand" amputees', "several thousand"),
])

# ---------------------------------------------------------------- s05 Odesa water utility
d = "s05_odesa_water_utility_half_year.txt"
# A Budjak local news site (Budjak Today) on the half-year report of the Odesa region water
# utility Pivdenvodokanal. The utility and its director Chornyi are a company (`*`); the Air
# Force and the regional military administration speak for Ukraine; Russia's Defence Ministry
# for Russia. Country Ukraine, region Odesa. Required: 14 pumping stations, two treatment plants
# and 37 sections of mains damaged, "186.4 million hryvnias" of repairs, "2. 3 million cubic
# metres" of water lost (unit m3); the Air Force's 23 drones launched and "19 of them" shot down;
# "four hit the station" (a different fate: action `*`, actor Russia) and two substations set on
# fire (infrastructure); two workers killed and five injured (actor `*`), "four people" lost
# (action `*`); the ministry's three Iskander-M missiles; the administration's "30 to 40" drones
# (range); 52 and 61 million hryvnias and "$4. 5 million" received. Optional: the headline's 186
# million, the subhead's 2.3 million, the later "Of the 186.4 million", the €20 million loan.
# Debatable: "about 11%", "21.6" km, "five" substations, "About 410,000" people, 61 strikes,
# "three towns", "19,000", "1,450" cubic metres trucked in, the table, 38 generators and 12
# pumps. Non-claims: "six months", "15 August 2028", "09:10", "6 min", "first half of 2028", "3
# June" (twice), "eleven days", 2022, "Not one of them", Iskander-M, "21 July", "one of them hit",
# "three days", "a second, protected intake", 2029, and the furniture ("+31°C", "4 318", "4
# crossings", "2028", "15%", "120 new shelter signs", "27,500 readers", the phone,
# "2011–2028").
rows(d, [
    ("cost the region's water utility 186 million hryvnias", "186 million", 186000000, EX, A, ECO, N, A, A, A, A, U, Od, True),  # headline
    ("2.3 million cubic metres of lost water", "2.3 million", 2300000, EX, "m3", ECO, N, A, A, A, A, U, Od, True),  # subhead
    ("damaged 14 pumping stations", "14", 14, EX, "count", INF, N, A, A, U, A, U, Od),
    ("two water treatment plants", "two", 2, EX, "count", INF, N, A, A, U, A, U, Od),
    ("and 37 sections of mains", "37", 37, EX, "count", INF, N, A, A, U, A, U, Od),
    ("cost the company 186.4 million hryvnias", "186.4 million", 186400000, EX, A, ECO, N, A, A, A, A, U, Od),
    ("cost the network 2. 3 million cubic metres", "2. 3 million", 2300000, EX, "m3", ECO, N, A, A, A, A, U, Od),
    ("launched 23 Shahed-type drones", "23", 23, EX, "count", W, "drone", "launched", R, U, U, U, Od),
    ("and that 19 of them were shot down", "19", 19, EX, "count", W, "drone", "shot_down", U, R, U, U, Od),
    ("four hit the station", "four", 4, EX, "count", W, "drone", A, R, U, A, U, Od),
    ("setting fire to two of its five", "two", 2, EX, "count", INF, N, A, A, U, A, U, Od),
    ("Two of the company's workers were killed", "Two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Od),
    ("killed and five injured that night", "five", 5, EX, "count", CAS, N, "injured", A, U, A, U, Od),
    ("We have lost four people since 2022", "four", 4, EX, "count", CAS, N, A, A, U, A, U, Od),
    ("with three Iskander-M missiles", "three", 3, EX, "count", W, "missile", "launched", R, U, R, U, Od),
    ("Russia sent 30 to 40 drones", "30 to 40", A, A, "count", W, "drone", "launched", R, U, U, U, Od),
    ("Of the 186.4 million hryvnias spent", "186.4 million", 186400000, EX, A, ECO, N, A, A, A, A, U, Od, True),  # restates
    ("52 million came from the regional budget", "52 million", 52000000, EX, A, ECO, N, A, A, A, A, U, Od),
    ("and 61 million from the state Restoration Fund", "61 million", 61000000, EX, A, ECO, N, A, A, A, A, U, Od),
    ("A $4. 5 million grant", "$4. 5 million", 4500000, EX, "usd", ECO, N, A, A, A, A, U, Od),
    ("approved a €20 million loan", "€20 million", 20000000, EX, A, ECO, N, A, A, A, A, U, Od, True),  # expected loan
])
any_(d, [
    ("about 11% of all the water", "about 11%"),
    ("replaced 21.6 kilometres of pipe", "21.6"),
    ("two of its five transformer", "five"),
    ("About 410,000 people", "About 410,000"),
    ("counts 61 strikes", "61"),
    ("in the three towns", "three"),
    ("The town of 19,000", "19,000"),
    ("trucked in 1,450 cubic metres", "1,450"),
    ("January–March | 11,197", "11,197"), ("11,197 | 10,224", "10,224"),
    ("April–June | 11,544", "11,544"), ("11,544 | 10,144", "10,144"),
    ("paid for 38 mobile generators", "38"),
    ("and 12 pumps", "12"),
])

# ---------------------------------------------------------------- s06 press freedom report
d = "s06_press_freedom_report_media_workers.txt"
# A media-trade site (Redaktsiia) on a press-freedom NGO's (Free Word Watch) report on media
# workers killed, injured and held. The NGO, its coordinator Vovk and Reporters Without Borders
# are `*`; Russia's Defence Ministry and Foreign Ministry spokeswoman Zakharova speak for Russia.
# Country Ukraine unless stated; media workers killed in Ukraine have target `*`. Required:
# "At least 112" killed (region None), "Four colleagues" killed this summer (region `*`), the
# Lancet strike's two wounded (actor Russia, Donetsk), the list of deaths on duty by region
# (breakdown by place, actor Russia; Luhansk region `*`), the ministry's "up to 15" killed in
# Kramatorsk, 64 newsrooms and towers damaged or destroyed (region None), two Shahed drones
# hitting the Kharkiv tower (action and actor `*`), Zakharova's "at least 9" killed and "more
# than 30" injured (actor Ukraine, target Russia, country and region `*`), RSF's five Russian
# media workers killed (actor `*`). Optional: the headline's 112 and "four of them", the
# subhead's 64, "21 were killed while working" and "Seventeen" (subsets), "the 112" and "the 21
# deaths" (restated), "11 of them this year". Debatable: 28 and "Twenty-eight" held, nine sentenced, 31
# released, four foreign journalists in the hotel, "one with a head wound", 2,340
# accreditations, 610, "at least 27" press cars and "19 of them" destroyed, 40 vests, 12 cars.
# Non-claims: "14 September 2028", "12:00", "7 min read", 2022, 2023, "June and August", "3
# August", "2022–2028", "4 August", "between six and 16 years", "April", 2024, "six hours", "10
# September", "29 August", Rossiya-24, "first eight months", "January 2027", and the furniture
# ("💬 11", "3.4 MB", "2026 | 2027", "4,150 subscribers", "99 UAH", "8 Pushkinska", the phone,
# "2015–2028").
rows(d, [
    ("At least 112 media workers killed since 2022", "At least 112", 112, GE, "count", CAS, N, "killed", A, A, A, U, N, True),  # headline
    ("four of them this summer", "four", 4, EX, "count", CAS, N, "killed", A, A, A, U, A, True),  # headline
    ("counts 64 newsrooms and broadcast towers hit", "64", 64, EX, "count", INF, N, A, A, U, A, U, N, True),  # subhead
    ("At least 112 journalists and other media workers", "At least 112", 112, GE, "count", CAS, N, "killed", A, A, A, U, N),
    ("Of them, 21 were killed while working", "21", 21, EX, "count", CAS, N, "killed", A, A, A, U, N, True),  # subset
    ("Seventeen of the 112", "Seventeen", 17, EX, "count", CAS, N, "killed", A, A, A, U, N, True),  # subset
    ("Seventeen of the 112 were", "112", 112, A, "count", CAS, N, "killed", A, A, A, U, N, True),  # restates
    ("Four colleagues were killed between June and August", "Four", 4, EX, "count", CAS, N, "killed", A, A, A, U, A),
    ("wounding two of her colleagues", "two", 2, EX, "count", CAS, N, "injured", R, A, A, U, Do),
    ("breaks down the 21 deaths", "21", 21, EX, "count", CAS, N, "killed", R, A, A, U, N, True),  # restates
    ("Donetsk region: 8", "8", 8, EX, "count", CAS, N, "killed", R, A, A, U, Do),
    ("Kharkiv region: 5", "5", 5, EX, "count", CAS, N, "killed", R, A, A, U, Kh),
    ("Zaporizhzhia region: 3", "3", 3, EX, "count", CAS, N, "killed", R, A, A, U, Zp),
    ("Kherson region: 2", "2", 2, EX, "count", CAS, N, "killed", R, A, A, U, Kn),
    ("Kyiv region: 2", "2", 2, EX, "count", CAS, N, "killed", R, A, A, U, Ky),
    ("Luhansk region: 1", "1", 1, EX, "count", CAS, N, "killed", R, A, A, U, A),
    ('killed "up to 15" servicemen', "up to 15", 15, LE, "count", CAS, N, "killed", R, U, R, U, Do),
    ("counts 64 newsrooms, printing houses", "64", 64, EX, "count", INF, N, A, A, U, A, U, N),
    ("11 of them this year", "11", 11, EX, "count", INF, N, A, A, U, A, U, N, True),  # subset
    ("two Shahed drones hit the television tower", "two", 2, EX, "count", W, "drone", A, A, U, A, U, Kh),
    ('killed "at least 9" Russian journalists', "at least 9", 9, GE, "count", CAS, N, "killed", U, R, R, A, A),
    ("and injured more than 30", "more than 30", 30, GE, "count", CAS, N, "injured", U, R, R, A, A),
    ("lists five Russian media workers killed", "five", 5, EX, "count", CAS, N, "killed", A, R, A, A, A),
])
any_(d, [
    ("28 Ukrainian journalists held by Russia", "28"),
    ("Twenty-eight Ukrainian journalists are held", "Twenty-eight"),
    ("nine have been sentenced", "nine"),
    ("31 civilian journalists have been released", "31"),
    ("four foreign journalists were staying", "four"),
    ("all survived, one with a head wound", "one"),
    ("issued 2,340 accreditations", "2,340"),
    ("610 of them to foreign media", "610"),
    ("at least 27 clearly marked press cars", "at least 27"),
    ("19 of them destroyed", "19"),
    ("buy 40 armoured vests", "40"),
    ("12 armoured cars", "12"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s54")
