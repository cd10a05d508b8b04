"""Builds gold.jsonl for heldout48 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout48.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout47 (and through it heldout46, heldout45, heldout35,
heldout27 and heldout33): headlines, subheads, fact boxes and later restatements are optional;
subsets introduced by "of whom", "among them", "including", "of them" are optional, except a
model or type within a weapon total; a breakdown of a total by place is required, and so is a
different action or fate on part of a total ("of which 21 were shot down"); in a list with a
qualifier only the qualified items keep it (the others `*`), a list with no qualifier is exact;
casualty sentences that name no perpetrator have actor `*`; a range is one claim quoting the
whole range; losses reported as "lost" have action `*`; drones destroyed in flight are
shot_down; pledges, promises, plans and planned spending are optional; an earlier state ("up
from ... in 2026") is optional. Bodies that are not sides (NATO, the EU, NGOs, think tanks,
volunteer monitors, companies, and states outside the vocabulary of sides such as Belarus) have
claimant_side `*`, and a sum or estimate they give keeps the actor and target of what it
counts; an outlet's or author's own voice has claimant_side `*`. Damaged buildings and
facilities are infrastructure with action and actor `*` (damaged and destroyed alike).
Deliveries to a side are weapons with action `*` and the supplier as actor (`*` when the
supplier is not a side), target, country and region `*`. Money in another currency than the
dollar has unit `*`; money received, paid or disbursed is required. Counts of places,
incidents, cases and claims, group sizes, shares and rates, distances, sizes and areas, prices
and payments, workforces and other population stocks, recipients of aid or care, vehicle and
wagon counts, and vague quantities are debatable (`any_`); a table whose cells restate no
sentence is debatable cell by cell. A side's army size is personnel with action `*`. States
outside the vocabulary of sides (Belarus) as country are `*`; the check's vocabulary of regions
is closed, so a region outside it (Krasnodar) is `*`, and so is the region of a figure that
spans several regions or is not placed; a nationwide figure has region None. Dates, times,
durations ("up to six hours at a time", "for two years", prison terms such as "16 years"),
ages ("15-year-old", "Levchenko, 61"), ordinals ("the third session", "a fourth year", "the
second damaged Su-34", "140th"), numbers inside names (Su-34, Su-25, Su-30SM, Ka-52, MiG-31K,
S-300, S-400, Kh-59, Kh-101, Kh-555, Kh-47M2, KN-23, Iskander-M, Shahed-136, Geran-2, KAB-500,
T-72B3, T-90M, BMP-2, BMP-3, BTR-82A, 2S19, Tor-M2, Pantsir-S1, G7, Union Shield-2028,
Zapad-2025, Q1 ... Q4) and page furniture are not labelled; "one of them" is a pronoun.

Decided anew for this set:
- Courts (s01): prison terms are durations (not labelled); people sentenced, convicted,
  detained, and sabotage attempts prevented are counts of cases (debatable); fines and the
  money promised or paid to saboteurs are prices and payments (debatable). Damage assessed in
  money ("assessed the damage at 41.7 million roubles", "2. 3 billion roubles") is economic,
  required, unit `*`, actor and target `*`; rail facilities set on fire are infrastructure
  (action and actor `*`, target Russia), locomotives are vehicles (debatable). Russian
  prosecutors and regional governors speak for Russia; Russian Railways is a company (`*`).
  Aircraft "damaged" or "hit" at an airfield are weapons (aircraft) with action `*`.
- Local government (s02): a Ukrainian city council, its mayor and departments speak for
  Ukraine. Money moved between budget lines by a vote and the amended budget table are planned
  spending (optional); money a city spent or received in a past year is required; contracts
  under investigation are debatable, an expected loan optional. Drones a city council (s02) or a
  sports club (s06) bought and handed over to Ukrainian units are deliveries with actor `*`
  (a city or a club is not the side supplying itself), action and target `*`. People who left
  frontline districts "under organised evacuation" or were "evacuated to temporary housing"
  after a strike are displacement, action evacuated, actor `*`.
- Alert statistics (s03): alert counts are incidents (debatable); cumulative time under alert
  ("1,412 hours", "spent 41 hours down there", s06) is a duration but a statistic of the war,
  debatable; the length of a single alert (average, longest) is a duration, not labelled. The
  quarterly table and the list of missiles by type restate no sentence (debatable cell by cell;
  the table's total row restates the body, debatable too). A civic data project's own voice
  has claimant_side `*`.
- Belarus (s04): Russian troops, armour, artillery and air defences brought into Belarus are
  deployed (actor Russia, target `*`, country and region `*`); Iskander-M and Oreshnik
  launchers have weapon_type `*`; aircraft seen at Belarusian airfields whose ownership the
  outlet cannot confirm have actor `*`; Belarus's Defence Ministry and Lukashenka have
  claimant_side `*`; Belarus's own army is personnel with actor `*`. Russian drones straying
  into Belarus, and those that crashed there, have action `*`; damaged tanks shipped back to
  Russia are weapons with action and actor `*`, target Russia. Military trains are vehicle
  counts (debatable). Troops within a distance of a border are a breakdown by place (required).
- A milblogger (s05) is a private voice: claimant_side `*` even when he writes "we"/"our" for
  Russia; "the enemy" in his post is Ukraine. A range ("3–4 got through") has value and
  qualifier `*`. When he corrects his own figure ("it is three dead, not two"), the first
  figure and the correction are both required; the "not two" is debatable. Aircraft counted
  from satellite imagery "consistent with destroyed aircraft" are destroyed (the outlet's voice);
  aircraft standing or parked at a base are a stock (debatable); prices of an aircraft or a
  shelter are debatable; "one Pantsir crew" is a group size (debatable).
- A sports club (s06) and its coach and director are not a side (claimant_side `*`); members
  who joined the army are personnel with action `*`, actor Ukraine; those killed are a
  different fate on part of them (required, actor `*`); missing, captive and wounded members
  are debatable, and so are children "who lost a father". Money raised by a club's appeals is
  money received (required); the club's losses in money are economic damage (required).
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

Vo, Be, Zp, Ky, Ro, Kh = "Voronezh", "Belgorod", "Zaporizhzhia", "Kyiv", "Rostov", "Kharkiv"

# fmt: off
# ---------------------------------------------------------------- s01 Voronezh court, rail arson
d = "s01_voronezh_court_rail_sabotage.txt"
# An exiled Russian regional outlet (Verkhovye Media) on the Voronezh Regional Court's sentences
# for arson on the South-Eastern Railway, with the governor's drone figures. The prosecutors, the
# governor (Gusev) and the Defence Ministry speak for Russia; Ukraine's General Staff for Ukraine;
# Russian Railways (a company), the FSB's case counts (debatable anyway) and the rights group
# Zerkalo Prava are `*` or debatable. Country Russia. Required: the 14 relay cabinets
# (infrastructure), the 41.7 million roubles of damage, Russian Railways' "about 310 million
# roubles" of losses (region `*`: the railway spans several regions), the governor's 1,126 drones
# shot down ("up from 642": optional), 318 homes damaged, 186 million roubles paid out, "2. 3
# billion roubles" of damage (stray space kept), nine killed and 84 injured since 2022 (actor
# `*`: "drone attacks"), the Liski junction's one killed and three injured (actor `*`: "a
# drone"), the ministry's 37 drones over five regions (region None) and "11 of them over
# Voronezh region" (breakdown by place), two residents injured, the prosecutors' "at least four"
# aircraft damaged at Borisoglebsk and the General Staff's "up to six" hit (action `*`), and the
# Belgorod case's four servicemen killed and two launchers destroyed (S-300: air_defense, actor
# Ukraine). The headline's 41.7 million restates (optional). Debatable: "seven" (twice), "Two of
# them", "two diesel locomotives", the fine, the payments ("5,000 and 40,000", "12,000"), "more
# than 60", "143 suspects", "at least 470", "38 of them", "five regions". Non-claims: "23 January
# 2028", "18:05", "09:12", "6 min read", "the youngest of them 19", "9 and 19 years", "March and
# August 2027", "up to six hours", "the seven" (a pronoun), "One said", "eleven sessions", "two of
# the men" (a lawyer's clients), 2022, 2027, "15-year-old", "23-year-old",
# "16 years", Su-34, Su-25, "34-year-old", "12 years", S-300, and the furniture ("3 teenagers",
# "2 brothers 14 years", "2,140 readers", "300 roubles or $5", "3 min", "9 cases, 61
# defendants", "2019–2028", "18+", "40203317745").
rows(d, [
    ("damage put at 41.7 million roubles", "41.7 million", 41700000, EX, A, ECO, N, A, A, A, A, R, Vo, True),  # headline
    ("set fire to 14 relay cabinets", "14", 14, EX, "count", INF, N, A, A, R, R, R, Vo),
    ("assessed the damage at 41.7 million roubles", "41.7 million", 41700000, EX, A, ECO, N, A, A, A, A, R, Vo),
    ("losses of about 310 million roubles", "about 310 million", 310000000, APX, A, ECO, N, A, A, A, A, R, A),
    ("shot down 1,126 Ukrainian drones", "1,126", 1126, EX, "count", W, "drone", "shot_down", R, U, R, R, Vo),
    ("up from 642 the year before", "642", 642, EX, "count", W, "drone", "shot_down", R, U, R, R, Vo, True),  # earlier state
    ("Falling debris damaged 318 homes", "318", 318, EX, "count", INF, N, A, A, R, R, R, Vo),
    ("paid out 186 million roubles", "186 million", 186000000, EX, A, ECO, N, A, A, A, R, R, Vo),
    ("at 2. 3 billion roubles", "2. 3 billion", 2300000000, EX, A, ECO, N, A, A, A, R, R, Vo),
    ("have killed nine civilians", "nine", 9, EX, "count", CAS, N, "killed", A, R, R, R, Vo),
    ("in the region and injured 84", "84", 84, EX, "count", CAS, N, "injured", A, R, R, R, Vo),
    ("killing one railway worker", "one", 1, EX, "count", CAS, N, "killed", A, R, A, R, Vo),
    ("and injuring three", "three", 3, EX, "count", CAS, N, "injured", A, R, A, R, Vo),
    ("37 Ukrainian drones were destroyed", "37", 37, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("11 of them over Voronezh region", "11", 11, EX, "count", W, "drone", "shot_down", R, U, R, R, Vo),
    ("In Liski, two residents", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Vo),
    ('Prosecutors said "at least four" aircraft', "at least four", 4, GE, "count", W, "aircraft", A, U, R, R, R, Vo),
    ('it had hit "up to six" aircraft', "up to six", 6, LE, "count", W, "aircraft", A, U, R, U, R, Vo),
    ("killed four servicemen", "four", 4, EX, "count", CAS, N, "killed", U, R, R, R, Be),
    ("and destroyed two launchers", "two", 2, EX, "count", W, "air_defense", "destroyed", U, R, R, R, Be),
])
any_(d, [
    ("court jails seven over railway arson", "seven"),
    ("sentenced seven men", "seven"),
    ("Two of them were also convicted", "Two"),
    ("and two diesel locomotives", "two"),
    ("fined 500,000 roubles", "500,000"),
    ("between 5,000 and 40,000 roubles", "5,000 and 40,000"),
    ("received 12,000 roubles", "12,000"),
    ('prevented "more than 60" sabotage', "more than 60"),
    ("detained 143 suspects", "143"),
    ("counts at least 470 people", "at least 470"),
    ("38 of them in Voronezh region", "38"),
    ("over five regions", "five"),
])

# ---------------------------------------------------------------- s02 Zaporizhzhia council budget
d = "s02_zaporizhzhia_council_shelter_budget.txt"
# A Zaporizhzhia city news site (Zaporizhzhia Today) on a council session amending the 2028
# budget. The acting mayor ("our city", "our residents"), the housing and education departments,
# the council's report and the regional military administration speak for Ukraine; Russia's
# Defence Ministry for Russia; the opposition deputy's figures are debatable. Country Ukraine,
# region Zaporizhzhia. The mayor's quote is repeated after READ ALSO (one claim each): 2,340
# drones and 186 missiles (qualifier `*`) and "more than 1,050" guided bombs launched, 97 killed
# and 612 injured (actor Russia: "They"). Housing: 4,870 buildings damaged, "312 of them" (subset:
# optional), 64 destroyed (a different fate: required). Money: "948 / million" spent (broken
# across a line: the quote keeps the line break), "3. 2 billion" (stray space kept), 420 million
# received; the 1.26 billion moved by the vote (headline and body), the table, the 5,000 drones
# planned and the €12 million loan are optional. "more than 1,100" killed since 2022 (council's
# report). Deliveries: 3,600 FPV and 120 reconnaissance drones (actor `*`). The administration:
# eleven killed and 58 injured in January (actor `*`), 27 S-300 missiles fired (launched),
# "About 8,700" evacuated. The ministry: "up to 200" drones destroyed in a workshop; the mayor's
# three workers injured (actor Russia: the ministry's strike). Debatable: "about 3,900", the
# shelters (41, 17), the schools (58 of 104), "61%", "75 million", "14 pickup trucks", "1,483
# times". Non-claims: "29 January 2028", "16:40", "👁 8 417", "the third session", 2027, 2023, "a
# fourth year", "21 January", G7, S-300, 2028, and the furniture ("−3°C", "41.80", "2 weeks", "5
# things", "64,000 subscribers", "140 addresses", "2016–2028", "18+").
rows(d, [
    ("Council moves 1.26 billion hryvnias", "1.26 billion", 1260000000, EX, A, ECO, N, A, A, A, U, U, Zp, True),  # headline, planned
    ("voted to move 1.26 billion hryvnias", "1.26 billion", 1260000000, EX, A, ECO, N, A, A, A, U, U, Zp, True),  # planned spending
    ("launched 2,340 attack drones", "2,340", 2340, A, "count", W, "drone", "launched", R, U, U, U, Zp),
    ("186 missiles and more than", "186", 186, A, "count", W, "missile", "launched", R, U, U, U, Zp),
    ("more than 1,050 guided aerial bombs", "more than 1,050", 1050, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Zp),
    ("They killed 97 of our residents", "97", 97, EX, "count", CAS, N, "killed", R, U, U, U, Zp),
    ("and injured 612", "612", 612, EX, "count", CAS, N, "injured", R, U, U, U, Zp),
    ("damaged 4,870 residential buildings", "4,870", 4870, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("312 of them apartment blocks", "312", 312, EX, "count", INF, N, A, A, U, U, U, Zp, True),  # subset
    ("destroyed 64 private houses", "64", 64, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("spent 948\nmillion hryvnias", "948\nmillion", 948000000, EX, A, ECO, N, A, A, A, U, U, Zp),
    ("and 3. 2 billion hryvnias in all", "3. 2 billion", 3200000000, EX, A, ECO, N, A, A, A, U, U, Zp),
    ("received 420 million hryvnias", "420 million", 420000000, EX, A, ECO, N, A, A, A, U, U, Zp),
    ("killed more than 1,100 residents", "more than 1,100", 1100, GE, "count", CAS, N, "killed", R, U, U, U, Zp),
    ("handed over 3,600 FPV drones", "3,600", 3600, EX, "count", W, "drone", A, A, A, U, A, A),
    ("120 reconnaissance drones", "120", 120, EX, "count", W, "drone", A, A, A, U, A, A),
    ("Another 5,000 FPV drones are planned", "5,000", 5000, EX, "count", W, "drone", A, A, A, U, A, A, True),  # plan
    ("A €12 million loan", "€12 million", 12000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # expected
    ("eleven people were killed", "eleven", 11, EX, "count", CAS, N, "killed", A, U, U, U, Zp),
    ("and 58 injured that month", "58", 58, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("fired 27 S-300", "27", 27, EX, "count", W, "missile", "launched", R, U, U, U, Zp),
    ("About 8,700 people left", "About 8,700", 8700, APX, "count", DIS, N, "evacuated", A, A, U, U, Zp),
    ('destroyed "up to 200" drones', "up to 200", 200, LE, "count", W, "drone", "destroyed", R, U, R, U, Zp),
    ("three of its workers had been injured", "three", 3, EX, "count", CAS, N, "injured", R, U, U, U, Zp),
])
any_(d, [
    ("completed on about 3,900", "about 3,900"),
    ("shelters | 310", "310"),
    ("| 310 | 720", "720"),
    ("housing | 450", "450"),
    ("| 450 | 810", "810"),
    ("points | 95", "95"),
    ("| 95 | 140", "140"),
    ("units | 600", "600"),
    ("| 600 | 1,045", "1,045"),
    ("built 41 underground shelters", "41"),
    ("and 17 more are under construction", "17"),
    ("only 58 of our 104 schools", "58"),
    ("58 of our 104 schools", "104"),
    ("only 61% of the money", "61%"),
    ("contracts worth 75 million hryvnias", "75 million"),
    ("and 14 pickup trucks", "14"),
    ("struck the region 1,483 times", "1,483"),
])

# ---------------------------------------------------------------- s03 Kyiv air-alert statistics
d = "s03_kyiv_air_alert_statistics_2027.txt"
# A civic data project (Kyiv in Numbers, "our count", "our log") on Kyiv's air-raid alerts in
# 2027. The KCMA and the Air Force speak for Ukraine; Russia's Defence Ministry for Russia; the
# project's voice and the Kyiv Metro are `*`. Country Ukraine, region Kyiv unless nationwide.
# KCMA: 3,870 drones and 412 missiles launched at the capital ("up from 2,410 drones and 287
# missiles": optional), 3,652 and 371 shot down (a different action on part: required), 143
# killed and 866 injured ("61 children": subset), 2,140 residential buildings and 310 schools,
# kindergartens and hospitals damaged. 6 July: 31 killed (actor `*`), "23 of them in a single
# ... block" (a breakdown by place: required), 1,240 evacuated to temporary housing; the Air
# Force's 540 drones and 33 missiles at Ukraine (region None); the ministry's two Patriot
# launchers destroyed. Nationwide: 41,300 drones and 1,920 missiles (region None). Debatable: the
# headline's and the body's "1,412" hours, "598" alerts, "eleven fewer", "about 59 full days",
# "1. 6 alerts a day" (stray space), "all ten of the city's districts", the quarterly table
# (the total row too), the missiles-by-type list, "At least 14" alerts, "about 9%", "Up to
# 42,000", "46 of its stations", "3,214 entries". Non-claims: "8 January 2028", "9 min read",
# 2026, 2027, "two hours and 22 minutes", "6 July", "9 hours and 47 minutes", "ten minutes", Q1-Q4,
# Kh-101, Kh-555, Iskander-M, KN-23, Kh-47M2, MiG-31K, "nine-storey", "February 2022", and the
# furniture ("598 rows", "12,300 subscribers", "1,150 people", "214 hours", "2021–2028", "CC BY
# 4.0").
rows(d, [
    ("Russia launched 3,870 drones", "3,870", 3870, EX, "count", W, "drone", "launched", R, U, U, U, Ky),
    ("and 412 missiles at the capital", "412", 412, EX, "count", W, "missile", "launched", R, U, U, U, Ky),
    ("up from 2,410 drones", "2,410", 2410, EX, "count", W, "drone", "launched", R, U, U, U, Ky, True),  # earlier state
    ("and 287 missiles in 2026", "287", 287, EX, "count", W, "missile", "launched", R, U, U, U, Ky, True),  # earlier state
    ("shot down 3,652 of the drones", "3,652", 3652, EX, "count", W, "drone", "shot_down", U, R, U, U, Ky),
    ("and 371 of the missiles", "371", 371, EX, "count", W, "missile", "shot_down", U, R, U, U, Ky),
    ("killed 143 people in Kyiv", "143", 143, EX, "count", CAS, N, "killed", R, U, U, U, Ky),
    ("in 2027 and injured 866", "866", 866, EX, "count", CAS, N, "injured", R, U, U, U, Ky),
    ("among them 61 children", "61", 61, EX, "count", CAS, N, "injured", R, U, U, U, Ky, True),  # subset
    ("killed 31 people, 23 of them", "31", 31, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("23 of them in a single", "23", 23, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("1,240 residents of damaged blocks were evacuated", "1,240", 1240, EX, "count", DIS, N, "evacuated", A, A, A, U, Ky),
    ("Russia launched 540 drones", "540", 540, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 33 missiles at Ukraine", "33", 33, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("destroyed two Patriot launchers", "two", 2, EX, "count", W, "air_defense", "destroyed", R, U, R, U, Ky),
    ("recorded 41,300 drones", "41,300", 41300, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 1,920 missiles launched in 2027", "1,920", 1920, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("counts 2,140 residential buildings", "2,140", 2140, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("and 310 schools, kindergartens", "310", 310, EX, "count", INF, N, A, A, U, U, U, Ky),
])
any_(d, [
    ("Kyiv spent 1,412 hours under air-raid alert", "1,412"),
    ("heard 598 air-raid alerts", "598"),
    ("eleven fewer than in 2026", "eleven"),
    ("lasted longer: 1,412 hours", "1,412"),
    ("or about 59 full days", "about 59"),
    ("an average of 1. 6 alerts a day", "1. 6"),
    ("all ten of the city's districts", "ten"),
    ("Q1 | 141", "141"), ("141 | 298", "298"), ("298 | 702", "702"), ("702 | 96", "96"),
    ("Q2 | 139", "139"), ("139 | 312", "312"), ("312 | 845", "845"), ("845 | 88", "88"),
    ("Q3 | 171", "171"), ("171 | 436", "436"), ("436 | 1,310", "1,310"), ("1,310 | 131", "131"),
    ("Q4 | 147", "147"), ("147 | 366", "366"), ("366 | 1,013", "1,013"), ("1,013 | 97", "97"),
    ("Total | 598", "598"), ("598 | 1,412", "1,412"), ("1,412 | 3,870", "3,870"), ("3,870 | 412", "412"),
    ("Kh-555 cruise missiles: 196", "196"),
    ("Kalibr cruise missiles: 58", "58"),
    ("KN-23 ballistic missiles: 121", "121"),
    ("aeroballistic missiles: 37", "37"),
    ("At least 14 of the year's alerts", "At least 14"),
    ("about 9% of all Russian drones", "about 9%"),
    ("Up to 42,000 people sheltered", "Up to 42,000"),
    ("46 of its stations", "46"),
    ("Our log has 3,214 entries", "3,214"),
])

# ---------------------------------------------------------------- s04 Belarusian train monitor
d = "s04_belarus_monitor_russian_trains.txt"
# A Belarusian opposition monitoring project (Pahonia Monitor, "our monitors", "we") on Russian
# military trains, troops and aircraft entering Belarus in January. The project, Belarus's
# Defence Ministry and Lukashenka have claimant_side `*`; Ukraine's State Border Guard Service
# speaks for Ukraine. Country and region `*` (Belarus) throughout. Deployed, actor Russia: "at
# least 118" tanks and "about 240" armoured vehicles (the bullet list restates them: optional),
# 36 howitzers (artillery), 14 Tor-M2 and Pantsir-S1 and 8 S-400 launchers (air_defense), "about
# 9,500" servicemen ("roughly 1,000 a year ago": optional), the ministry's "no more than 2,500",
# the border guards' "some 7,000" and "about 2,000 of them" near the border (breakdown by place),
# "up to 12" Iskander-M launchers and Lukashenka's "up to ten" Oreshnik launchers (weapon_type
# `*`). Aircraft at the airfields (eight, four, two Ka-52 helicopters): deployed, actor `*`.
# Belarus's army "about 48,000" (personnel, actor `*`). Drones: 163 crossing into Belarus and "at
# least 12" crashed (actor Russia, action `*`), "about 40 of them in September" a subset
# (optional). "at least 22" damaged tanks sent back (action and actor `*`, target Russia). "up to
# 70" Belarusian armour "would join" (plan: optional). Debatable: "31" trains (subhead and body),
# "nine in December", "hundreds of trucks", "50 km", "only one site", "six trains". Non-claims: "3 February 2028",
# "7 min read", Union Shield-2028 (twice more), "1 and 31 January", 2022, T-72B3, T-90M, BMP-2,
# BMP-3, BTR-82A, 2S19, Tor-M2, Pantsir-S1, S-400, "28 January", "30 January" (twice), "24
# January", Su-30SM, Su-25, Ka-52, Shahed-136, Geran-2, 2027, "one of them", "140th", 2023, and the
# furniture ("€5", "Zapad-2025", "12 airfields", "2022–2028").
rows(d, [
    ("we counted at least 118 tanks", "at least 118", 118, GE, "count", W, "tank", "deployed", R, A, A, A, A),
    ("and about 240 other armoured vehicles", "about 240", 240, APX, "count", W, "armored_vehicle", "deployed", R, A, A, A, A),
    ("T-90M tanks: at least 118", "at least 118", 118, GE, "count", W, "tank", "deployed", R, A, A, A, A, True),  # list restates
    ("BTR-82A armoured vehicles: about 240", "about 240", 240, APX, "count", W, "armored_vehicle", "deployed", R, A, A, A, A, True),  # list restates
    ("self-propelled howitzers: 36", "36", 36, EX, "count", W, "artillery", "deployed", R, A, A, A, A),
    ("air defence systems: 14", "14", 14, EX, "count", W, "air_defense", "deployed", R, A, A, A, A),
    ("S-400 launchers: 8", "8", 8, EX, "count", W, "air_defense", "deployed", R, A, A, A, A),
    ("about 9,500 Russian servicemen", "about 9,500", 9500, APX, "count", PER, N, "deployed", R, A, A, A, A),
    ("against roughly 1,000 a year ago", "roughly 1,000", 1000, APX, "count", PER, N, "deployed", R, A, A, A, A, True),  # earlier state
    ('"no more than 2,500" Russian troops', "no more than 2,500", 2500, LE, "count", PER, N, "deployed", R, A, A, A, A),
    ('"up to 70" Belarusian tanks', "up to 70", 70, LE, "count", W, A, A, A, A, A, A, A, True),  # plan
    ("number about 48,000 personnel", "about 48,000", 48000, APX, "count", PER, N, A, A, A, A, A, A),
    ('"some 7,000" Russian troops', "some 7,000", 7000, APX, "count", PER, N, "deployed", R, A, U, A, A),
    ("about 2,000 of them within", "about 2,000", 2000, APX, "count", PER, N, "deployed", R, A, U, A, A),
    ('"up to 12" Iskander-M launchers', "up to 12", 12, LE, "count", W, A, "deployed", R, A, U, A, A),
    ("show eight Su-30SM fighters", "eight", 8, EX, "count", W, "aircraft", "deployed", A, A, A, A, A),
    ("four Su-25 attack aircraft", "four", 4, EX, "count", W, "aircraft", "deployed", A, A, A, A, A),
    ("and two Ka-52 helicopters", "two", 2, EX, "count", W, "helicopter", "deployed", A, A, A, A, A),
    ('hosts "up to ten" Oreshnik launchers', "up to ten", 10, LE, "count", W, A, "deployed", R, A, A, A, A),
    ("Our log shows 163 drones", "163", 163, EX, "count", W, "drone", A, R, A, A, A, A),
    ("about 40 of them in September", "about 40", 40, APX, "count", W, "drone", A, R, A, A, A, A, True),  # subset
    ("at least 12 crashed on Belarusian territory", "at least 12", 12, GE, "count", W, "drone", A, R, A, A, A, A),
    ("including at least 22 tanks", "at least 22", 22, GE, "count", W, "tank", A, A, R, A, A, A),
])
any_(d, [
    ("Our monitors counted 31 military trains", "31"),
    ("recorded 31 military trains arriving", "31"),
    ("up from nine in December", "nine"),
    ("fuel tankers and hundreds of trucks", "hundreds"),
    ("within 50 km of the Ukrainian border", "50"),
    ("only one site being prepared", "one"),
    ("We recorded six trains leaving", "six"),
])

# ---------------------------------------------------------------- s05 milblogger on Morozovsk
d = "s05_milblogger_morozovsk_airfield.txt"
# A translation site (Steppe Signal) with a Russian milblogger's Telegram post on a Ukrainian
# drone strike on Morozovsk airfield (Rostov region), the officials' statements and an editor's
# note. The milblogger ("our air defence", "we") and the editors have claimant_side `*`; Russia's
# Defence Ministry and Rostov's governor speak for Russia; Ukraine's General Staff for Ukraine.
# Country Russia. The post's "result" paragraph is repeated at the end (one claim each). Post:
# "about 40" drones launched by "the enemy" (Ukraine), 17 shot down by a Pantsir crew (a
# different action on part: required), "3–4" got through (a range: value and qualifier `*`,
# action `*`), one Su-34 destroyed ("burned out"), two damaged (action `*`), two technicians
# killed and five wounded (actor `*`), 25 drones on 9 February (all shot down: no number), "at
# least 5" aircraft lost (action and actor `*`), the update's three dead (required, like the
# first figure). The ministry: 63 drones over seven regions (region None), 29 over Rostov region;
# the governor: one man injured. The General Staff: "at least three" Su-34 hit (action `*`), 11
# aircraft destroyed or damaged at airfields in three regions (region `*`). Imagery: two aircraft
# destroyed (the editors' voice). Debatable: "about 410,000 subscribers" (furniture-like), "three
# waves", "one Pantsir crew", "around 20 aircraft", "more than 2 billion roubles", "maybe 40
# million", "at least six times", "not two", "seven regions", "At least 14 other aircraft".
# Non-claims: "17 February 2028", "6 min read", "16 February" (twice more), "07:52", "one slur",
# "two explanatory links", "01:30", "04:10", Su-34 (throughout), "two years", "A week ago", "9
# February", "last summer", "UPD 11:20", "the second damaged Su-34", "08:00", "a third aircraft",
# Kh-59, Su-25, "1 October", "one of them", and the furniture ("three translators", "$3 a month",
# "6 things", "week 6", "2024–2028").
rows(d, [
    ("The enemy sent about 40 drones", "about 40", 40, APX, "count", W, "drone", "launched", U, R, A, R, Ro),
    ("knocked down 17 of them", "17", 17, EX, "count", W, "drone", "shot_down", R, U, A, R, Ro),
    ("But 3–4 got through", "3–4", A, A, "count", W, "drone", A, U, R, A, R, Ro),
    ("one Su-34 burned out completely", "one", 1, EX, "count", W, "aircraft", "destroyed", U, R, A, R, Ro),
    ("two more damaged, one of them badly", "two", 2, EX, "count", W, "aircraft", A, U, R, A, R, Ro),
    ("Two technicians were killed", "Two", 2, EX, "count", CAS, N, "killed", A, R, A, R, Ro),
    ("killed and five wounded", "five", 5, EX, "count", CAS, N, "injured", A, R, A, R, Ro),
    ("they came with 25 drones", "25", 25, EX, "count", W, "drone", "launched", U, R, A, R, Ro),
    ("lost at least 5 aircraft", "at least 5", 5, GE, "count", W, "aircraft", A, A, R, A, R, Ro),
    ("it is three dead, not two", "three", 3, EX, "count", CAS, N, "killed", A, R, A, R, Ro),
    ('"intercepted and destroyed" 63 Ukrainian', "63", 63, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("including 29 over Rostov region", "29", 29, EX, "count", W, "drone", "shot_down", R, U, R, R, Ro),
    ("one man had been injured", "one", 1, EX, "count", CAS, N, "injured", A, R, R, R, Ro),
    ('hitting "at least three" Su-34', "at least three", 3, GE, "count", W, "aircraft", A, U, R, U, R, Ro),
    ("show two burn scars", "two", 2, EX, "count", W, "aircraft", "destroyed", U, R, A, R, Ro),
    ("destroyed or damaged 11 Russian aircraft", "11", 11, EX, "count", W, "aircraft", A, U, R, U, R, A),
])
any_(d, [
    ("has about 410,000 subscribers", "about 410,000"),
    ("in three waves", "three"),
    ("one Pantsir crew alone", "one"),
    ("still around 20 aircraft standing", "around 20"),
    ("costs more than 2 billion roubles", "more than 2 billion"),
    ("costs maybe 40 million", "40 million"),
    ("hit Morozovsk at least six times", "at least six"),
    ("three dead, not two", "two"),
    ("over seven regions", "seven"),
    ("At least 14 other aircraft", "At least 14"),
])

# ---------------------------------------------------------------- s06 Kharkiv boxing club
d = "s06_kharkiv_boxing_club_feature.txt"
# A Ukrainian sports weekly's feature (Tyzhden Sport) on a Kharkiv boxing club whose members went
# to war; the head coach and the director speak as "we"/"our". The club and its people have
# claimant_side `*`; the regional military administration and the Ministry of Youth and Sports
# (and its anonymous official) speak for Ukraine. Country Ukraine. Required: 58 members joined the
# army (personnel, action `*`, actor Ukraine, region `*`), "Fourteen" of them killed (a different
# fate on part: required, actor `*`, region `*`), two juniors killed at home (Kharkiv, actor `*`),
# the club's "about 2.1 million hryvnias" of losses, the city's 600,000 hryvnias paid, "3. 4
# million hryvnias" collected (stray space kept), 46 FPV and nine reconnaissance drones bought
# for units (deliveries, actor `*`); the administration's "more than 1,900" guided bombs, "about
# 2,600" drones and 94 missiles (qualifier `*`) launched at Kharkiv region and 212 civilians
# killed (actor `*`; "17 children" a subset); the ministry's "at least 590" athletes and coaches
# killed (region None), 542 sports facilities damaged or destroyed, "19 of them in Kharkiv"
# (breakdown by place), "more than 4,000" who served (personnel, action `*`), and the official's
# "probably over 700" dead. The fact box restates (optional where it restates a claim). The
# city's promised 3.5 million hryvnias is optional. Debatable: "146 adults" (twice), "about 230
# children", "six are missing", "two are in captivity", the fact box's 6 and 2, "40 metres",
# "four pickup trucks", "160" (twice), "Three former members", "Twelve of them", "41 hours".
# Non-claims: "10 February 2028", "10 min read", "seven in the morning", "31 years", "February
# 2022", "the first weeks", "Levchenko, 61", "13", "11", "May 2024", 2026, "October 2027", KAB-500,
# 2023, 2027, 2028, and the furniture ("€3 a month", "14 partners", "4,300 people", "5 fighters",
# "2015–2028", "16+").
rows(d, [
    ("58 of the adult members have joined the army", "58", 58, EX, "count", PER, N, A, U, A, A, U, A),
    ("Fourteen of our boys have been killed", "Fourteen", 14, EX, "count", CAS, N, "killed", A, U, A, U, A),
    ("Two of the club's juniors were killed", "Two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Kh),
    ("lost about 2.1 million hryvnias", "about 2.1 million", 2100000, APX, A, ECO, N, A, A, A, A, U, Kh),
    ("The city paid 600,000 hryvnias", "600,000", 600000, EX, A, ECO, N, A, A, A, A, U, Kh),
    ("collected 3. 4 million hryvnias", "3. 4 million", 3400000, EX, A, ECO, N, A, A, A, A, U, A),
    ("bought 46 FPV drones", "46", 46, EX, "count", W, "drone", A, A, A, A, A, A),
    ("nine reconnaissance drones", "nine", 9, EX, "count", W, "drone", A, A, A, A, A, A),
    ("• 58 joined the army", "58", 58, EX, "count", PER, N, A, U, A, A, U, A, True),  # fact box
    ("• 14 killed, 6 missing", "14", 14, EX, "count", CAS, N, "killed", A, U, A, U, A, True),  # fact box
    ("• 3.4 million hryvnias raised", "3.4 million", 3400000, EX, A, ECO, N, A, A, A, A, U, A, True),  # fact box
    ("dropped more than 1,900 guided aerial bombs", "more than 1,900", 1900, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("launched about 2,600 drones", "about 2,600", 2600, APX, "count", W, "drone", "launched", R, U, U, U, Kh),
    ("drones and 94 missiles at it", "94", 94, A, "count", W, "missile", "launched", R, U, U, U, Kh),
    ("212 civilians were killed", "212", 212, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("among them 17 children", "17", 17, EX, "count", CAS, N, "killed", A, U, U, U, Kh, True),  # subset
    ("at least 590 athletes and coaches", "at least 590", 590, GE, "count", CAS, N, "killed", A, U, U, U, N),
    ("542 sports facilities", "542", 542, EX, "count", INF, N, A, A, U, U, U, N),
    ("19 of them in Kharkiv", "19", 19, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("more than 4,000 athletes and coaches have served", "more than 4,000", 4000, GE, "count", PER, N, A, U, A, U, U, N),
    ('"probably over 700"', "over 700", 700, GE, "count", CAS, N, "killed", A, U, U, U, N),
    ("has promised 3.5 million hryvnias", "3.5 million", 3500000, EX, A, ECO, N, A, A, A, A, U, Kh, True),  # promise
])
any_(d, [
    ("Before February 2022, 146 adults", "146"),
    ("and about 230 children", "about 230"),
    ("Another six are missing", "six"),
    ("and two are in captivity", "two"),
    ("landed 40 metres away", "40"),
    ("four pickup trucks", "four"),
    ("• 146 adult members", "146"),
    ("14 killed, 6 missing", "6"),
    ("• 14 killed, 6 missing, 2 in captivity", "2"),
    ("• 160 children training today", "160"),
    ("Three former members now train", "Three"),
    ("We have 160 kids now", "160"),
    ("Twelve of them have lost a father", "Twelve"),
    ("we spent 41 hours down there", "41"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s48")
