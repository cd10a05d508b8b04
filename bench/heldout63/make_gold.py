"""Builds gold.jsonl for heldout63 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout63.make_gold

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
NGOs, think tanks, volunteer monitors such as DeepState, companies, and states outside the
vocabulary of sides such as Belarus) have claimant_side `*`, and a sum or estimate they give
keeps the actor and target of what it counts; an outlet's or author's own voice has
claimant_side `*`. Damaged buildings and facilities are infrastructure with action and actor
`*` (damaged and destroyed alike). Deliveries to a side are weapons with action `*` and the
supplier as actor (`*` when the supplier is not a side), target, country and region `*`. Money
in another currency than the dollar has unit `*`; money received, paid, spent or disbursed, and
damage assessed in money, are required (actor and target `*`). Counts of places, incidents,
cases and claims, group sizes, shares and rates, distances, sizes and areas, prices and
payments, workforces and other population stocks, recipients of aid or care, vehicle and wagon
counts, and vague quantities are debatable (`any_`); a table whose cells restate no sentence is
debatable cell by cell. A side's army size is personnel with action `*`. States outside the
vocabulary of sides (Belarus) as country are `*`; the check's vocabulary of regions is closed,
so a region outside it (Krasnodar) is `*`, and so is the region of a figure that spans several
regions or is not placed; a nationwide figure has region None. People moved out of their homes
or a hospital after a strike are displacement, action evacuated, actor `*`. Regional governors,
ministries and military administrations speak for their side. Dates, times, durations ("nearly
five hours", "more than seven hours"), ages ("67-year-old", "Olha, 71", "aged 9"), ordinals
("the ninth time", "a second drone", "86th", "15th", "Third Army", "a third production hall"),
numbers inside names and models and page furniture are not labelled; "one of them" is a pronoun.

Decided anew for this set:
- Third countries (s01 Moldova, s04 Poland): like Belarus in heldout48, Moldova, Poland and
  Romania are not sides: their ministries, police, army, mayors and the Moldovan
  think tank have claimant_side `*`, and what happens on their soil has country and region `*`.
  Russian drones entering a third country's airspace or falling there have action `*`, actor
  Russia, target `*` (the ministry's six, "Two of them fell" a different fate, required; "the
  other four" flew on: debatable); a think tank's cumulative count of such drones is required.
  Airspace violations and debris finds counted as incidents are debatable. Houses damaged by
  debris there are infrastructure with target `*`; residents moved out while sappers work are
  evacuated. Airports a third country closed are infrastructure (count, required, action and
  actor `*`). A third country's army size is personnel with actor `*`; fighter jets a
  neighbour scrambled without engaging are debatable. Unmanned surface vessels have weapon_type
  `*`.
- Investigative count (s02): strikes and attacks counted by the outlet or the WHO are
  incidents (debatable), and so is their breakdown by weapon ("Artillery was used in 84
  strikes"); facilities hit ("hit 11 of the city's 13 hospitals") are damaged facilities
  (required), the total stock of facilities is debatable. The "What we found" bullets are the
  first statement of their figures (required); the monthly table restates no sentence and is
  debatable cell by cell (its total row too). Patients moved to hospitals in other cities are
  evacuated; ambulances are vehicles (debatable); interviews, photographs, staff, operations,
  generators and mobile clinics funded by donors are debatable. "Three people — two nurses and
  a patient — were killed": the total is required, "two nurses" a subset (optional).
- State TV in translation (s03): a figure the host attributes to the Defence Ministry has
  claimant_side Russia; the host's and the correspondent's unattributed words are the
  broadcaster's voice (`*`); a Russian commander speaks for Russia. Settlements "liberated" are
  territory, count, action seized; square kilometres taken are territory (km2, seized; the
  Ukrainian monitor's "occupied" has action `*`); the depth and the breadth of an advance are
  territory in km with action `*` (they are not "distances" in the debatable sense). Enemy
  personnel "lost" are casualties with action `*`; Leopards and Abrams within the tanks lost are
  models within a weapon total (required). Military vehicles of a side destroyed ("23 enemy
  vehicles ... pickups, armoured cars, motorcycles") are weapons of type vehicle (required);
  civilian cars stay debatable. HIMARS rockets shot down have weapon_type `*`. Men
  press-ganged by enlistment offices are personnel with action `*`, actor Ukraine (note the
  verb "seized"); soldiers who surrendered, "only 17 men were left", loss rates ("1,500 a day")
  and multipliers ("twice as many", "2. 5 times") are debatable. Deliveries of new equipment by
  a side's own industry to its own troops have actor `*`. The on-screen graphic and the
  translator's note restate the spoken figures (optional).
- Production and stocks (s04, s05): weapons produced per day or per month, stocks held in
  reserve and fleets in service are weapons with action `*`, actor the producer or holder,
  target `*`, required (a production figure is not a "rate" in the debatable sense); production
  has country Russia (region Moscow for Dubna, else `*`), reserves and fleets country `*` (the
  ships at Novorossiysk: Russia). The same output restated for another period ("or some 5,700 a
  month") is a conversion (optional); forecasts and stated needs ("at least 2,000 a year that
  Ukraine's Air Force says it needs") are optional. Unit prices, interception percentages and
  assembly halls are debatable. Artillery and mortar shells, MLRS rockets and explosive devices
  counted as rounds fired or delivered ("9. 4 million artillery shells", "118 artillery
  shells", "up to 40 mines", "about 20 rockets", "two explosive devices") are debatable: no
  weapon_type fits a round of ammunition. A state's annual defence budget is planned spending
  (optional); procurement spent in a past year is required (usd).
- Tabloid (s04): the headline and the "WHAT WE KNOW" box restate the body (optional, "70+" kept
  as the quote); an analyst's "700-plus" is vague (debatable); homes left without power are a
  population stock (debatable); "The previous record, of 728 drones" is an earlier state
  (optional); money the British government "confirmed" or "committed" is a pledge (optional,
  claimant_side United Kingdom). The poll, the gallery count and the numbered "MOST READ" list
  are furniture.
- Live ticker (s06): the pinned summary of the previous day is repeated at the bottom of the
  page (one claim each). The day's summary and each entry are both required (a total and its
  parts by place and time). Damaged private houses, apartment buildings, commercial premises,
  power lines and flats with broken windows are infrastructure (required); cars are vehicles
  (debatable); settlements attacked are places (debatable); sirens are incidents (debatable);
  people living in temporary accommodation centres are a population stock (debatable); the
  compensation promised per house is a payment (debatable), the compensation paid since January
  is money paid (required). Entries with no attribution are the ticker's own voice (`*`).
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
    NK,
    PER,
    SK,
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

Od, Ks, Do, Lv, Be, Ku, Mo = "Odesa", "Kherson", "Donetsk", "Lviv", "Belgorod", "Kursk", "Moscow"

# fmt: off
# ---------------------------------------------------------------- s01 Moldova, drones and debris
d = "s01_moldova_drones_giurgiulesti_debris.txt"
# A Moldovan news site (Nistru Express) on Russian drones crossing Moldovan airspace on their
# way to Ukraine's Danube ports, with debris in Giurgiulești and a drone with a warhead near
# Slobozia Mare. Moldova's ministries, police, mayor and the IES think tank have claimant_side
# `*`, and the Moldovan figures country and region `*`; Ukraine's Air Force and the Odesa
# regional military administration speak for Ukraine; Russia's Defence Ministry for Russia.
# Required: the ministry's six drones entering Moldovan airspace and "Two of them" falling
# (action `*`, actor Russia, target `*`); two houses damaged; 46 residents evacuated; the Air
# Force's 134 drones and four Iskander-M launched (region None) and 109 shot down; Izmail's two
# injured (actor `*`) and 14 moved out (Odesa); the ministry's "up to 40" surface vessels
# destroyed (weapon_type `*`); Moldova's army "about 6,000" (actor `*`); the IES's "at least
# 71" drones. The headline's "Six" restates (optional). Debatable: "two villages", "the other
# four", "14 such incidents", "about 2,900 people", "a dozen", "some 20 kilometres", "400
# metres", "about 50 kilograms", "19 households", "three explosions", "Half the village", "212
# children", "300 metres", "two apartment blocks", "a handful", "two F-16 fighters", "about a
# third", "up to 25,000 lei", "30 new sirens". Non-claims: "12 March 2028", "10:47", "13:20",
# Geran-2, "01:40", "04:15", "between three and 11 minutes", "the ninth time", 2027,
# "67-year-old", "a second drone", "nearly five hours", "three in the morning", "the fourth
# time", 2028, F-16, "86th", "September 2022", "the past six months", June, and the furniture
# ("+7°C", "19.42", "17.86", "3.91", "0.43", "48,000 readers", "5,219", "8%", "312", "128",
# "41", "11%", "Three years", "1.4 million passengers", "23,000 subscribers", "2014–2028",
# "1014600031234").
rows(d, [
    ("Six Russian drones crossed Moldova overnight", "Six", 6, EX, "count", W, "drone", A, R, A, A, A, A, True),  # headline
    ("said six Russian drones of the Geran-2 type", "six", 6, EX, "count", W, "drone", A, R, A, A, A, A),
    ("Two of them fell on Moldovan territory", "Two", 2, EX, "count", W, "drone", A, R, A, A, A, A),
    ("tore through the roofs of two houses", "two", 2, EX, "count", INF, N, A, A, A, A, A, A),
    ("Police evacuated 46 residents", "46", 46, EX, "count", DIS, N, "evacuated", A, A, A, A, A),
    ("Russia had launched 134 attack drones", "134", 134, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and four Iskander-M ballistic missiles", "four", 4, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("109 of the drones were shot down", "109", 109, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("two port workers were injured", "two", 2, EX, "count", CAS, N, "injured", A, U, U, U, Od),
    ("said 14 people had been moved out", "14", 14, EX, "count", DIS, N, "evacuated", A, A, U, U, Od),
    ('destroyed "up to 40 unmanned surface vessels"', "up to 40", 40, LE, "count", W, A, "destroyed", R, U, R, U, Od),
    ("numbers about 6,000 active servicemen", "about 6,000", 6000, APX, "count", PER, N, A, A, A, A, A, A),
    ("at least 71 Russian drones have crossed", "at least 71", 71, GE, "count", W, "drone", A, R, A, A, A, A),
])
any_(d, [
    ("debris falls on two villages", "two"),
    ("the other four flew on", "four"),
    ("recorded 14 such incidents", "14"),
    ("a village of about 2,900 people", "about 2,900"),
    ("a dozen police officers", "a dozen"),
    ("some 20 kilometres to the north", "some 20"),
    ("400 metres from the nearest houses", "400"),
    ("warhead of about 50 kilograms", "about 50"),
    ("of 19 households", "19"),
    ("We heard three explosions", "three"),
    ("Half the village was awake", "Half"),
    ("we have 212 children there", "212"),
    ("300 metres across the water", "300"),
    ("out of two apartment blocks", "two"),
    ("a handful of radars", "a handful"),
    ("scrambled two F-16 fighters", "two"),
    ("about a third of them", "about a third"),
    ("pay up to 25,000 lei", "up to 25,000"),
    ("30 new sirens", "30"),
])

# ---------------------------------------------------------------- s02 Kherson hospitals, a year
d = "s02_kherson_hospital_strikes_year.txt"
# A Ukrainian investigative outlet (Pivden.Investigations, "our count", "we") on a year of
# strikes on medical facilities in Kherson (March 2027 to February 2028). The outlet's voice is
# `*`; the regional military administration, the city's health department and the Ministry of
# Health speak for Ukraine; the WHO for the United Nations (its count is debatable anyway); the
# NGO Medics on the Line is `*`; Russia's Defence Ministry and the Moscow-installed
# administration speak for Russia. Country Ukraine, region Kherson. Required: 3 October's three
# guided bombs (launched, Russia), four buildings damaged, "Three people" killed ("two nurses",
# a subset: optional) and 17 injured (actor `*`), 212 patients evacuated ("31 of them":
# optional); the findings' 11 facilities hit, seven and 23 killed, 54 and 97 injured (actor
# `*`); 14 June's two paramedics killed and 22 November's six injured (actor `*`); the
# administration's "more than 19,000" drones launched and 171 killed and 1,236 injured (actor
# Russia); the NGO's "at least 236" medical workers killed (region None) and "19 of them in
# Kherson region" (breakdown by place); "14. 8 million hryvnias" spent (stray space kept) and
# the ministry's "about $9.6 million" of damage; the Russian ministry's "up to 40" killed and
# the occupation administration's 14 killed by Ukrainian shelling (target `*`). Debatable: the
# headline's and body's 146, "68,000 residents", "about 1,100 square metres", "1,420
# photographs", "38" (twice), "19 reported cases", "13" hospitals, the strikes by weapon (84,
# 43, 12, seven), 61 strikes, every table cell, "27 ambulances", "more than 600 operations",
# "1,130", "680", "about a third", "11,870 times", "2,318 attacks", "42 generators", "three
# mobile clinics". Non-claims: "18 March 2028", "12 min", "07:40", "3 October 2027", "March
# 2027", "February 2028", "12 months" (twice), "8 a.m. and 6 p.m.", "14 June", "22 November",
# "aged 9", 2023, "February 2022", and the furniture ("146 rows", "200 UAH", "500 UAH", "1,000
# UAH", "nine relocations", "3,400 shells", "Five years", "37", "2019–2028", "R40-01234").
rows(d, [
    ("dropped three guided bombs", "three", 3, EX, "count", W, "guided_bomb", "launched", R, U, A, U, Ks),
    ("The blasts damaged four of the complex's buildings", "four", 4, EX, "count", INF, N, A, A, U, A, U, Ks),
    ("Three people — two nurses and a patient — were killed", "Three", 3, EX, "count", CAS, N, "killed", A, U, A, U, Ks),
    ("two nurses and a patient", "two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Ks, True),  # subset
    ("were killed and 17 were injured", "17", 17, EX, "count", CAS, N, "injured", A, U, A, U, Ks),
    ("the hospital moved 212 patients", "212", 212, EX, "count", DIS, N, "evacuated", A, A, A, U, Ks),
    ("31 of them from intensive care", "31", 31, EX, "count", DIS, N, "evacuated", A, A, A, U, Ks, True),  # subset
    ("Russian fire hit 11 of the city's 13", "11", 11, EX, "count", INF, N, A, A, U, A, U, Ks),
    ("Seven medical workers were killed", "Seven", 7, EX, "count", CAS, N, "killed", A, U, A, U, Ks),
    ("were killed and 54 injured at work", "54", 54, EX, "count", CAS, N, "injured", A, U, A, U, Ks),
    ("23 patients and visitors were killed", "23", 23, EX, "count", CAS, N, "killed", A, U, A, U, Ks),
    ("were killed and 97 injured", "97", 97, EX, "count", CAS, N, "injured", A, U, A, U, Ks),
    ("killing two paramedics", "two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Ks),
    ("injuring six people", "six", 6, EX, "count", CAS, N, "injured", A, U, A, U, Ks),
    ("launched more than 19,000 drones at Kherson region", "more than 19,000", 19000, GE, "count", W, "drone", "launched", R, U, U, U, Ks),
    ("killing 171 civilians", "171", 171, EX, "count", CAS, N, "killed", R, U, U, U, Ks),
    ("and injuring 1,236", "1,236", 1236, EX, "count", CAS, N, "injured", R, U, U, U, Ks),
    ("counts at least 236 medical workers killed", "at least 236", 236, GE, "count", CAS, N, "killed", R, U, A, U, N),
    ("19 of them in Kherson region", "19", 19, EX, "count", CAS, N, "killed", R, U, A, U, Ks),
    ("had spent 14. 8 million hryvnias", "14. 8 million", 14800000, EX, A, ECO, N, A, A, A, U, U, Ks),
    ("at about $9.6 million", "about $9.6 million", 9600000, APX, "usd", ECO, N, A, A, A, U, U, Ks),
    ('"eliminated up to 40 militants', "up to 40", 40, LE, "count", CAS, N, "killed", R, U, R, U, Ks),
    ("had killed 14 civilians in Oleshky", "14", 14, EX, "count", CAS, N, "killed", U, A, R, U, Ks),
])
any_(d, [
    ("One year, 146 strikes", "146"),
    ("still has 68,000 residents", "68,000"),
    ("an area of about 1,100 square metres", "about 1,100"),
    ("the deadliest of the 146 attacks", "146"),
    ("1,420 photographs and videos", "1,420"),
    ("interviews with 38 doctors", "38"),
    ("excluded 19 reported cases", "19"),
    ("11 of the city's 13 hospitals", "13"),
    ("Artillery was used in 84 strikes", "84"),
    ("drones in 43", "43"),
    ("guided bombs in 12", "12"),
    ("Grad rockets in seven", "seven"),
    ("• 61 of the strikes", "61"),
    # the monthly table: strikes | killed | injured
    ("March 2027 | 9", "9"), ("9 | 1 | 6", "1"), ("9 | 1 | 6", "6"),
    ("April | 11", "11"), ("11 | 2 | 9", "2"), ("11 | 2 | 9", "9"),
    ("May | 8", "8"), ("8 | 0 | 4", "0"), ("8 | 0 | 4", "4"),
    ("June | 14", "14"), ("| 4 | 15", "4"), ("| 4 | 15", "15"),
    ("July | 16", "16"), ("16 | 2 | 11", "2"), ("16 | 2 | 11", "11"),
    ("August | 10", "10"), ("| 1 | 8", "1"), ("| 1 | 8", "8"),
    ("September | 12", "12"), ("12 | 3 | 13", "3"), ("12 | 3 | 13", "13"),
    ("October | 19", "19"), ("| 9 | 36", "9"), ("| 9 | 36", "36"),
    ("November | 15", "15"), ("15 | 4 | 17", "4"), ("15 | 4 | 17", "17"),
    ("December | 13", "13"), ("13 | 2 | 12", "2"), ("13 | 2 | 12", "12"),
    ("January 2028 | 10", "10"), ("| 1 | 10\nFebruary", "1"), ("| 1 | 10\nFebruary", "10"),
    ("February | 9", "9"), ("9 | 1 | 10\nTotal", "1"), ("9 | 1 | 10\nTotal", "10"),
    ("Total | 146", "146"), ("146 | 30 | 151", "30"), ("146 | 30 | 151", "151"),
    ("damaged 27 ambulances", "27"),
    ("more than 600 operations", "more than 600"),
    ("we had 1,130 staff", "1,130"),
    ("there are 680 of us", "680"),
    ("about a third of them live", "about a third"),
    ("shelled it 11,870 times", "11,870"),
    ("verified 2,318 attacks", "2,318"),
    ("funded 42 generators", "42"),
    ("and three mobile clinics", "three"),
    ("any of our 38 interviews", "38"),
])

# ---------------------------------------------------------------- s03 Russian TV weekly, Pokrovsk
d = "s03_russian_tv_weekly_pokrovsk_transcript.txt"
# A translation site (KremlinTV Watch) with a transcript of a Russian state TV weekly news show
# boasting of advances in the Pokrovsk ("Krasnoarmeysk") direction. The host's figures "According
# to the Defence Ministry" and "the Defence Ministry reports" speak for Russia, and so does the
# commander "Tundra"; the host's unattributed words, the correspondent and the translators are
# `*`; the Ukrainian General Staff speaks for Ukraine; DeepState is a volunteer monitor (`*`).
# Country Ukraine, region Donetsk unless stated. Required: four and 23 settlements and "more
# than 410" km2 seized; "up to six" km deep and 14 km wide (action `*`); "up to 2,340"
# servicemen, 11 tanks (two Leopards and one Abrams within them), 38 armoured vehicles, 19
# guns and three HIMARS lost (action and actor `*`, target Ukraine); 23 vehicles destroyed; 36
# guided bombs dropped (the correspondent: `*`); the General Staff's 4,870 Russian losses
# (killed and wounded: action `*`); DeepState's 61 km2; 1,487 drones, 12 HIMARS rockets, eight
# Neptunes and 41 JDAMs shot down (country and region `*`), 612 over Belgorod and Kursk (country
# Russia, region `*`: two regions); "no fewer than 27 thousand" men press-ganged (region
# None); "more than 1,260" tanks and armoured vehicles received (weapon_type `*`). The on-screen graphic and
# the translator's 4,870 and "two Leopards" restate (optional). Debatable: "only 17 men", "seven
# counter-attacks", "12 of them surrendered", "1,500 a day", "twice as many". Non-claims: "6
# February 2028", "20:00", "segment 2 of 7", the timecodes, "the first of January", "nine-
# storey", "15th", "three days" (twice), "24 hours", Su-34, FAB-500, FAB-1500, "5 February",
# "seven days", "45" (an age), "the second segment", "Third Army", "6 minutes 36 seconds",
# "118-minute", "2 February", and the furniture ("1,240 patrons", "30 January 2028", "13
# February 2028", "2023–2028", "CC BY-NC 4.0").
rows(d, [
    ("liberated four settlements", "four", 4, EX, "count", TER, N, "seized", R, U, R, U, Do),
    ("has liberated 23 settlements", "23", 23, EX, "count", TER, N, "seized", R, U, R, U, Do),
    ("more than 410 square kilometres", "more than 410", 410, GE, "km2", TER, N, "seized", R, U, R, U, Do),
    ("advanced up to six kilometres in depth", "up to six", 6, LE, "km", TER, N, A, R, U, A, U, Do),
    ("on a front 14 kilometres wide", "14", 14, EX, "km", TER, N, A, R, U, A, U, Do),
    ("the enemy lost up to 2,340 servicemen", "up to 2,340", 2340, LE, "count", CAS, N, A, A, U, A, U, Do),
    ("in this direction alone, 11 tanks", "11", 11, EX, "count", W, "tank", A, A, U, A, U, Do),
    ("among them two German Leopards", "two", 2, EX, "count", W, "tank", A, A, U, A, U, Do),
    ("and one American Abrams", "one", 1, EX, "count", W, "tank", A, A, U, A, U, Do),
    ("38 armoured fighting vehicles", "38", 38, EX, "count", W, "armored_vehicle", A, A, U, A, U, Do),
    ("19 field artillery guns", "19", 19, EX, "count", W, "artillery", A, A, U, A, U, Do),
    ("and three HIMARS launchers", "three", 3, EX, "count", W, "mlrs", A, A, U, A, U, Do),
    ("personnel: up to 2,340", "up to 2,340", 2340, LE, "count", CAS, N, A, A, U, A, U, Do, True),  # graphic
    ("tanks: 11", "11", 11, EX, "count", W, "tank", A, A, U, A, U, Do, True),  # graphic
    ("armoured vehicles: 38", "38", 38, EX, "count", W, "armored_vehicle", A, A, U, A, U, Do, True),  # graphic
    ("field artillery: 19", "19", 19, EX, "count", W, "artillery", A, A, U, A, U, Do, True),  # graphic
    ("HIMARS: 3", "3", 3, EX, "count", W, "mlrs", A, A, U, A, U, Do, True),  # graphic
    ("destroyed 23 enemy vehicles in a day", "23", 23, EX, "count", W, "vehicle", "destroyed", R, U, R, U, Do),
    ("dropped 36 FAB-500", "36", 36, EX, "count", W, "guided_bomb", "launched", R, U, A, U, Do),
    ("amounted to 4,870 people", "4,870", 4870, EX, "count", CAS, N, A, U, R, U, U, Do),
    ("was 4,870 Russian troops killed and wounded", "4,870", 4870, EX, "count", CAS, N, A, U, R, U, U, Do, True),  # note restates
    ("had occupied 61 square kilometres", "61", 61, EX, "km2", TER, N, A, R, U, A, U, Do),
    ("shot down 1,487 Ukrainian fixed-wing drones", "1,487", 1487, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("12 HIMARS rockets", "12", 12, EX, "count", W, A, "shot_down", R, U, R, A, A),
    ("eight Neptune long-range missiles", "eight", 8, EX, "count", W, "missile", "shot_down", R, U, R, A, A),
    ("41 JDAM guided bombs", "41", 41, EX, "count", W, "guided_bomb", "shot_down", R, U, R, A, A),
    ("612 drones were destroyed", "612", 612, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("seized no fewer than 27 thousand men", "no fewer than 27 thousand", 27000, GE, "count", PER, N, A, U, A, A, U, N),
    ("received more than 1,260 new and modernised", "more than 1,260", 1260, GE, "count", W, A, A, A, A, R, A, A),
])
any_(d, [
    ("only 17 men were left", "17"),
    ("we repelled seven counter-attacks", "seven"),
    ("today 12 of them surrendered", "12"),
    ("reach 1,500 a day", "1,500"),
    ("there will be twice as many", "twice"),
    ("The two Leopards and the Abrams", "two"),
])

# ---------------------------------------------------------------- s04 tabloid, Lviv drone blitz
d = "s04_tabloid_lviv_drone_blitz.txt"
# A British tabloid (The Daily Beacon) on a record night of Russian drones and missiles, with
# Lviv hit hardest. The paper's own voice (the 740 and 52) is `*`; Ukraine's air force, the
# Lviv regional governor, "officials", the mayor and Zelensky speak for Ukraine; the Polish army
# is `*` (Poland is not a side: country and region `*`); Russia's defence ministry for Russia;
# the analyst is `*`; the Foreign Secretary for the United Kingdom. Required: 740 drones and 52
# missiles launched (region None), "At least 180" at Lviv region (breakdown by place), 688 and
# 41 downed (a different action on part), "THREE" killed (actor `*`) and 27 injured, "More than
# 70" buildings damaged, "Some 1,200" evacuated, two Polish airports shut, "at least two" drones
# in Polish airspace (action `*`), Russia's 94 drones downed (country Russia, region None), the
# analyst's "around 5,000" Shaheds a month (production), Zelensky's "more than 5,200" drones
# and "nearly 300" missiles. Optional: the headline and subhead (740, three), "four children"
# and "nine schools" (subsets), "728 drones" (earlier state), the £150 million and £4.5 billion
# (pledges), the fact box. Debatable: "43 miles", "dozens", "310,000 homes", "40 neighbours",
# "700-plus". Non-claims: "boy, 12", "23 March 2028", "08:14", "11:52", "1am", "more than seven
# hours", "12-year-old", "Olha, 71", "in a single night", "July 2025", "a few minutes", and the
# furniture ("£1 for 3 months", "847 partners", "1,204", "3.4k", "23 pictures", "78%", "22%",
# "4,911 votes", the MOST READ list with "34", "£2m", "18 months", "30C", the phone number,
# "2028", "00912345").
rows(d, [
    ("RECORD 740 killer drones", "740", 740, EX, "count", W, "drone", "launched", R, U, A, U, N, True),  # headline
    ("leaves three dead including boy", "three", 3, EX, "count", CAS, N, "killed", A, U, A, U, Lv, True),  # subhead
    ("swarm of 740 drones and 52 missiles", "740", 740, EX, "count", W, "drone", "launched", R, U, A, U, N),
    ("swarm of 740 drones and 52 missiles", "52", 52, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("At least 180 Shahed-type kamikaze drones", "At least 180", 180, GE, "count", W, "drone", "launched", R, U, U, U, Lv),
    ("downed 688 of the drones", "688", 688, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and 41 of the missiles", "41", 41, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("THREE people were killed in Lviv", "THREE", 3, EX, "count", CAS, N, "killed", A, U, U, U, Lv),
    ("and 27 were injured", "27", 27, EX, "count", CAS, N, "injured", A, U, U, U, Lv),
    ("Among the wounded are four children", "four", 4, EX, "count", CAS, N, "injured", A, U, U, U, Lv, True),  # subset
    ("More than 70 buildings are damaged", "More than 70", 70, GE, "count", INF, N, A, A, U, U, U, Lv),
    ("including nine schools", "nine", 9, EX, "count", INF, N, A, A, U, U, U, Lv, True),  # subset
    ("Some 1,200 residents", "Some 1,200", 1200, APX, "count", DIS, N, "evacuated", A, A, U, U, Lv),
    ("The previous record, of 728 drones", "728", 728, EX, "count", W, "drone", "launched", R, U, A, U, N, True),  # earlier state
    ("briefly shut two airports", "two", 2, EX, "count", INF, N, A, A, A, A, A, A),
    ("at least two drones had entered Polish airspace", "at least two", 2, GE, "count", W, "drone", A, R, A, A, A, A),
    ("downed 94 Ukrainian drones", "94", 94, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("churning out around 5,000 Shahed drones", "around 5,000", 5000, APX, "count", W, "drone", A, R, A, A, R, A),
    ("launched more than 5,200 drones", "more than 5,200", 5200, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("and nearly 300 missiles", "nearly 300", 300, LE, "count", W, "missile", "launched", R, U, U, U, N),
    ("a further £150 million for air defence", "£150 million", 150000000, EX, A, ECO, N, A, A, A, UK, A, A, True),  # pledge
    ("the £4.5 billion already committed", "£4.5 billion", 4500000000, EX, A, ECO, N, A, A, A, UK, A, A, True),  # pledge
    ("• 740 drones and 52 missiles fired overnight", "740", 740, EX, "count", W, "drone", "launched", R, U, A, U, N, True),  # box
    ("740 drones and 52 missiles fired overnight", "52", 52, EX, "count", W, "missile", "launched", R, U, A, U, N, True),  # box
    ("• 688 drones and 41 missiles shot down", "688", 688, EX, "count", W, "drone", "shot_down", U, R, U, U, N, True),  # box
    ("688 drones and 41 missiles shot down", "41", 41, EX, "count", W, "missile", "shot_down", U, R, U, U, N, True),  # box
    ("• 3 killed, 27 injured in Lviv", "3", 3, EX, "count", CAS, N, "killed", A, U, U, U, Lv, True),  # box
    ("3 killed, 27 injured in Lviv", "27", 27, EX, "count", CAS, N, "injured", A, U, U, U, Lv, True),  # box
    ("• 70+ buildings damaged", "70+", 70, GE, "count", INF, N, A, A, U, U, U, Lv, True),  # box
])
any_(d, [
    ("just 43 miles from NATO border", "43"),
    ("But dozens got through", "dozens"),
    ("electricity to 310,000 homes", "310,000"),
    ("with 40 neighbours", "40"),
    ("Nights of 700-plus drones", "700-plus"),
])

# ---------------------------------------------------------------- s05 think tank, production
d = "s05_thinktank_missile_production_commentary.txt"
# A London defence think tank's Commentary (ILAPS, "we assess", "our count") on Russian missile
# and drone production and stocks. The authors' voice is `*`; HUR and Ukraine's Air Force speak
# for Ukraine; South Korea's Defense Intelligence Agency for South Korea; Rostec is a company
# (`*`); Medvedev's multiplier is debatable anyway. Required: 60–70 Iskander-M a month (a
# range: value and qualifier `*`), the 306 ballistic missiles launched (region None), "between
# 500 and 600" Iskander-M in reserve (range), North Korea's "at least 250" KN-23/KN-24 delivered
# (actor North Korea), 50–55 Kh-101 a month at Dubna (region Moscow), 412 Kh-101 launched,
# "about 280" Kh-101 in reserve, 25 to 30 Kalibr a month (range), "only four" Kalibr-capable
# ships (country Russia), "about 55" bombers, "about 190" Geran-2 a day and "up to 1,800"
# decoys, 23,400 drones launched in the first quarter, "roughly $12. 4 billion" of procurement
# in 2027 (stray space kept), Rostec's "more than 1,400" drones delivered, "about 600" Patriot
# interceptors delivered (weapon_type `*`: missile or air defence). Optional: "about 40 in early
# 2026", "more than 600" and "12 in 2022" (earlier states), HUR's planned 840, "some 5,700 a
# month" (conversion), the 13.2 trillion roubles budget, "at least 2,000 a year" (a need),
# "100 Iskander-M a month by 2030" (forecast). Debatable: "at least two new assembly halls",
# "9. 4 million artillery shells", "roughly 26,000", "several thousand", "at least five
# times", "260 a night", "87%", "31%", every cell of Table 1 (it restates the body in part),
# "6.1%", the prices, "2. 5 times". Non-claims: "2 April 2028", "9 min read", "two winters",
# the note markers [1]-[3], 9M723, Iskander-M, "2026", "this year", "October 2027 and February
# 2028", KN-23, KN-24, "late 2023", Kh-101, Tu-95MS, Tu-160, Shahed-136, Geran-2, "a third
# production hall", 2024, "the first quarter of 2028", "Table 1", "Group of Seven", 2030, the
# notes' dates and "1,912 entries", "11 years", and the furniture ("Ten lessons", "2027 air
# war", "5,000 interceptors", "No. 210639", "1987–2028").
rows(d, [
    ("delivers 60–70 Iskander-M missiles a month", "60–70", A, A, "count", W, "missile", A, R, A, A, R, A),
    ("up from about 40 in early 2026", "about 40", 40, APX, "count", W, "missile", A, R, A, A, R, A, True),  # earlier state
    ("planned to produce 840 ballistic missiles", "840", 840, EX, "count", W, "missile", A, R, A, U, R, A, True),  # plan
    ("Allowing for the 306 Iskander-M", "306", 306, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("held between 500 and 600 Iskander-M", "500 and 600", A, A, "count", W, "missile", A, R, A, A, A, A),
    ("delivered at least 250 KN-23", "at least 250", 250, GE, "count", W, "missile", A, NK, A, SK, A, A),
    ("has settled at 50–55 a month", "50–55", A, A, "count", W, "missile", A, R, A, A, R, Mo),
    ("recorded 412 Kh-101 launches", "412", 412, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("reserve at about 280 missiles", "about 280", 280, APX, "count", W, "missile", A, R, A, A, A, A),
    ("down from more than 600 before", "more than 600", 600, GE, "count", W, "missile", A, R, A, A, A, A, True),  # earlier state
    ("at 25 to 30 a month", "25 to 30", A, A, "count", W, "missile", A, R, A, A, R, A),
    ("only four of its Kalibr-capable ships", "four", 4, EX, "count", W, "ship", A, R, A, A, R, A),
    ("down from 12 in 2022", "12", 12, EX, "count", W, "ship", A, R, A, A, R, A, True),  # earlier state
    ("about 55 airworthy airframes", "about 55", 55, APX, "count", W, "aircraft", A, R, A, A, A, A),
    ("output at about 190 Geran-2 a day", "about 190", 190, APX, "count", W, "drone", A, R, A, A, R, A),
    ("or some 5,700 a month", "some 5,700", 5700, APX, "count", W, "drone", A, R, A, A, R, A, True),  # conversion
    ("plus up to 1,800 Gerbera", "up to 1,800", 1800, LE, "count", W, "drone", A, R, A, A, R, A),
    ("Russia launched 23,400 Geran-type drones", "23,400", 23400, EX, "count", W, "drone", "launched", R, U, A, U, N),
    ("allocates 13.2 trillion roubles", "13.2 trillion", 13200000000000, EX, A, ECO, N, A, A, A, A, R, N, True),  # budget
    ("roughly $12. 4 billion of procurement", "roughly $12. 4 billion", 12400000000, APX, "usd", ECO, N, A, A, A, A, R, N),
    ('delivered "more than 1,400" strike drones', "more than 1,400", 1400, GE, "count", W, "drone", A, A, A, A, A, A),
    ("delivered about 600 Patriot interceptors", "about 600", 600, APX, "count", W, A, A, A, A, A, A, A),
    ("the at least 2,000 a year", "at least 2,000", 2000, GE, "count", W, A, A, A, A, U, A, A, True),  # a need
    ("reach 100 Iskander-M a month by 2030", "100", 100, EX, "count", W, "missile", A, R, A, A, R, A, True),  # forecast
])
any_(d, [
    ("at least two new assembly halls", "at least two"),
    ("an estimated 9. 4 million artillery shells", "9. 4 million"),
    ("employs roughly 26,000 people", "roughly 26,000"),
    ("several thousand students", "several thousand"),
    ("at least five times since 2024", "at least five"),
    ("an average of 260 a night", "260"),
    ("intercepted or jammed 87%", "87%"),
    ("only 31% of ballistic missiles", "31%"),
    # Table 1: per month | early 2026
    ("ballistic | 60–70 | ~40", "60–70"), ("ballistic | 60–70 | ~40", "~40"),
    ("cruise | 50–55 | ~35", "50–55"), ("cruise | 50–55 | ~35", "~35"),
    ("cruise | 25–30 | ~20", "25–30"), ("cruise | 25–30 | ~20", "~20"),
    ("aeroballistic | 8–10 | ~4", "8–10"), ("aeroballistic | 8–10 | ~4", "~4"),
    ("attack drone | ~5,700 | ~2,900", "~5,700"), ("attack drone | ~5,700 | ~2,900", "~2,900"),
    ("Decoys | drone | ≤1,800 | ~1,000", "≤1,800"), ("Decoys | drone | ≤1,800 | ~1,000", "~1,000"),
    ("6.1% of GDP", "6.1%"),
    ("between $35,000 and $50,000", "$35,000 and $50,000"),
    ("about $200,000 for the Iranian original", "about $200,000"),
    ("costs about $1.2 million", "about $1.2 million"),
    ('grown "2. 5 times"', "2. 5"),
])

# ---------------------------------------------------------------- s06 Belgorod live ticker
d = "s06_belgorod_border_shelling_live.txt"
# A Belgorod regional news site's machine-translated live ticker (BelNovosti31) of a day of
# shelling of border villages. The regional governor and Russia's Defence Ministry speak for
# Russia; the General Staff of the AFU for Ukraine; unattributed entries are the ticker's voice
# (`*`). Country Russia, region Belgorod unless stated. The pinned summary of 13 April is
# repeated at the foot of the page (one claim each): 72 drones launched (actor Ukraine), 41
# shot down, two killed and 11 injured (actor `*`; "three of them children" optional), 17
# private houses and three apartment buildings damaged. The day's summary: 96 drones launched,
# "of which 58" shot down, one killed and 9 injured ("two children" optional), 23 private
# houses, 4 apartment buildings, 2 commercial premises and 7 power lines damaged. Entries: 5
# drones shot down over Belgorod district; two houses and two power lines in Kozinka; two
# injured in Ilek-Penkovka, three in Oktyabrsky, one woman in Shebekino (actor `*`); 34 flats
# with broken windows; the ministry's 17 drones over Belgorod and 9 over Kursk region; the
# General Staff's two self-propelled artillery systems destroyed (actor Ukraine); 38 residents
# evacuated ("9 children" optional); "1. 2 billion roubles" of compensation paid (stray space
# kept). Debatable: "19 settlements", "118 artillery shells", "22 cars", "24 settlements", "at
# least 143 shells", "31 cars", "14 new cars", "up to 40 mines", "312 subscribers", "two
# explosive devices", "about 20 rockets", "about 1,100 people", "up to 300,000 roubles", "6
# times". Non-claims: "31" in the site's name, "14 April 2028", "13 April" (twice), the times
# of the entries, "58-year-old", "within 6 hours", "39", "17-year-old", "one of them", "five-
# storey", Tor-M2, "Since January", "22:00", "06:00", and the furniture ("+9°C", "5 m/s",
# "92.40", "99.15", "186K subscribers", "122", "58", "12", "203", "1 in 3 pupils", "15 years",
# "64", "18+", "2012–2028", "FS 77-81234").
rows(d, [
    ("with 72 drones and fired 118", "72", 72, EX, "count", W, "drone", "launched", U, R, R, R, Be),
    ("Air defence forces shot down 41 drones", "41", 41, EX, "count", W, "drone", "shot_down", R, U, R, R, Be),
    ("Two civilians were killed and 11 injured", "Two", 2, EX, "count", CAS, N, "killed", A, R, R, R, Be),
    ("Two civilians were killed and 11 injured", "11", 11, EX, "count", CAS, N, "injured", A, R, R, R, Be),
    ("three of them children", "three", 3, EX, "count", CAS, N, "injured", A, R, R, R, Be, True),  # subset
    ("Damaged: 17 private houses", "17", 17, EX, "count", INF, N, A, A, R, R, R, Be),
    ("houses, three apartment buildings, 22 cars", "three", 3, EX, "count", INF, N, A, A, R, R, R, Be),
    ("with 96 drones, of which 58", "96", 96, EX, "count", W, "drone", "launched", U, R, R, R, Be),
    ("of which 58 were shot down", "58", 58, EX, "count", W, "drone", "shot_down", R, U, R, R, Be),
    ("One civilian was killed", "One", 1, EX, "count", CAS, N, "killed", A, R, R, R, Be),
    ("and 9 were injured", "9", 9, EX, "count", CAS, N, "injured", A, R, R, R, Be),
    ("including two children", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Be, True),  # subset
    ("Damaged: 23 private houses", "23", 23, EX, "count", INF, N, A, A, R, R, R, Be),
    ("4 apartment buildings", "4", 4, EX, "count", INF, N, A, A, R, R, R, Be),
    ("2 commercial premises", "2", 2, EX, "count", INF, N, A, A, R, R, R, Be),
    ("7 power lines", "7", 7, EX, "count", INF, N, A, A, R, R, R, Be),
    ("5 drones were shot down over the Belgorod district", "5", 5, EX, "count", W, "drone", "shot_down", R, U, A, R, Be),
    ("Two private houses, an outbuilding", "Two", 2, EX, "count", INF, N, A, A, R, A, R, Be),
    ("and two power lines were damaged", "two", 2, EX, "count", INF, N, A, A, R, A, R, Be),
    ("Two people were injured: the tractor driver", "Two", 2, EX, "count", CAS, N, "injured", A, R, A, R, Be),
    ("Three people were injured, one of them seriously", "Three", 3, EX, "count", CAS, N, "injured", A, R, A, R, Be),
    ("destroyed 17 Ukrainian fixed-wing drones", "17", 17, EX, "count", W, "drone", "shot_down", R, U, R, R, Be),
    ("and 9 over the Kursk region", "9", 9, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku),
    ("destroyed two Russian self-propelled artillery systems", "two", 2, EX, "count", W, "artillery", "destroyed", U, R, U, R, Be),
    ("windows were broken in 34 flats", "34", 34, EX, "count", INF, N, A, A, R, A, R, Be),
    ("One woman was injured by broken glass", "One", 1, EX, "count", CAS, N, "injured", A, R, A, R, Be),
    ("38 residents of the border village", "38", 38, EX, "count", DIS, N, "evacuated", A, A, A, R, Be),
    ("including 9 children, were taken", "9", 9, EX, "count", DIS, N, "evacuated", A, A, A, R, Be, True),  # subset
    ("has paid 1. 2 billion roubles", "1. 2 billion", 1200000000, EX, A, ECO, N, A, A, A, R, R, Be),
])
any_(d, [
    ("attacked 19 settlements", "19"),
    ("fired 118 artillery shells", "118"),
    ("three apartment buildings, 22 cars", "22"),
    ("attacked 24 settlements", "24"),
    ("fired at least 143 shells", "at least 143"),
    ("a school, 31 cars", "31"),
    ("14 new cars were damaged", "14"),
    ("up to 40 mines", "up to 40"),
    ("restored to 312 subscribers", "312"),
    ("dropped two explosive devices", "two"),
    ("about 20 rockets", "about 20"),
    ("about 1,100 people from the border areas", "about 1,100"),
    ("payments of up to 300,000 roubles", "up to 300,000"),
    ("sirens sounded in Belgorod 6 times", "6"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s63")
