"""Builds gold.jsonl for heldout57 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout57.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (and through it heldout47, heldout46, heldout45,
heldout35, heldout27 and heldout33): headlines, subheads, fact boxes and later restatements are
optional; subsets introduced by "of whom", "among them", "including", "of them" are optional,
except a model or type within a weapon total; a breakdown of a total by place is required, and so
is a different action or fate on part of a total ("of which 21 were shot down"); in a list with a
qualifier only the qualified items keep it (the others `*`), a list with no qualifier is exact;
casualty sentences that name no perpetrator have actor `*`; a range is one claim quoting the whole
range; losses reported as "lost" have action `*`; drones destroyed in flight are shot_down;
pledges, promises, plans and planned spending are optional; an earlier state ("up from ... in
2026") is optional. Bodies that are not sides (NATO, the EU, NGOs, think tanks, volunteer
monitors, companies, and states outside the vocabulary of sides such as Belarus) have
claimant_side `*`, and a sum or estimate they give keeps the actor and target of what it counts;
an outlet's or author's own voice has claimant_side `*`. Damaged buildings and facilities are
infrastructure with action and actor `*` (damaged and destroyed alike). Deliveries to a side are
weapons with action `*` and the supplier as actor (`*` when the supplier is not a side), target,
country and region `*`. Money in another currency than the dollar has unit `*`; money received,
paid or disbursed is required. Counts of places, incidents, cases and claims, group sizes, shares
and rates, distances, sizes and areas, prices and payments, workforces and other population
stocks, recipients of aid or care, vehicle and wagon counts, and vague quantities are debatable
(`any_`); a table whose cells restate no sentence is debatable cell by cell. A side's army size is
personnel with action `*`. States outside the vocabulary of sides (Belarus) as country are `*`;
the check's vocabulary of regions is closed, so a region outside it (Krasnodar) is `*`, and so is
the region of a figure that spans several regions or is not placed; a nationwide figure has region
None. Dates, times, durations ("up to six hours at a time", "for two years", prison terms such as
"16 years"), ages ("15-year-old", "Levchenko, 61"), ordinals ("the third session", "a fourth
year", "the second damaged Su-34", "140th"), numbers inside names (Su-34, Su-25, Su-30SM, Ka-52,
MiG-31K, S-300, S-400, Kh-59, Kh-101, Kh-555, Kh-47M2, KN-23, Iskander-M, Shahed-136, Geran-2,
KAB-500, T-72B3, T-90M, BMP-2, BMP-3, BTR-82A, 2S19, Tor-M2, Pantsir-S1, G7, Union Shield-2028,
Zapad-2025, Q1 ... Q4) and page furniture are not labelled; "one of them" is a pronoun.

Also carried over from heldout48 where they apply: prosecutors, courts and regional governors
of Russia speak for Russia, Ukrainian state bodies and regional administrations for Ukraine;
railway companies are companies (`*`); money received, paid or spent is required, money promised
or requested optional; people evacuated are displacement with actor `*`; a private voice has
claimant_side `*`; a correction of a toll keeps both figures required.

Decided anew for this set:
- Liberation (s01): territory "regained" has action `*` (controlled and seized both defensible),
  actor Ukraine, target Russia; the number of villages regained with it is territory (count),
  required (settlements are territory in the spec, unlike counts of places hit or served).
  Boats destroyed are weapons with weapon_type `*`. A "year in numbers" bullet list in the
  outlet's voice has claimant_side `*`; its damaged houses and the "610 of them beyond repair"
  (a different fate on part) are required, its returnees, explosive items, hectares checked and
  schools reopened debatable. A Russian-installed administration in occupied Ukraine speaks for
  Russia; the residents it says Ukrainian drones killed have target `*`, country Ukraine.
- Arson count (s02): attacks, attempts, criminal cases, people detained, sentenced or recruited
  by phone are incidents and cases (debatable); enlistment offices damaged by fire are damaged
  buildings (infrastructure, required, target Russia), their damage in roubles economic
  (required, unit `*`); files burned are a stock (debatable); bonuses and promised payments are
  prices (debatable). Recruits "a month" are a rate (debatable), the yearly figure personnel
  (action `*`, actor Russia, region None); a combined "killed and wounded" toll is casualties
  with action `*`. An opposition outlet's own voice has claimant_side `*`.
- Railway (s03): passengers carried, ticket revenue (a company's turnover, not an effect of the
  war), shares of growth, alerts waited out and stations shelled "N times" are debatable;
  carriages and locomotives damaged are wagon and vehicle counts (debatable); railway facilities
  damaged are infrastructure (required) with "including 63 stations" a subset (optional); the
  state railway's own losses, repair spending and a loan received are required (claimant_side
  `*`, a company). "shot down eight of them" is a different action on part (required). Evacuation
  trains' passengers from two regions have region `*`.
- Volunteers (s04): the Georgian Legion, formally a unit of Ukraine's forces, speaks for
  Ukraine; Moldova's and Georgia's ministries and the Abkhaz authorities are not sides (`*`).
  Volunteers who fought or serve are personnel with action `*` (actor Ukraine or Russia by the
  army they serve), country Ukraine for Ukraine's forces and `*` for Russia's; unlike the sports
  club's members (heldout48 s06), wounded fighters are casualties (required, action injured);
  missing fighters, bodies not repatriated, returnees under investigation and the size of a
  company ("11 of us") are debatable; "lost nine men" is casualties with action `*`. The "In
  numbers" box restates (optional; its "Missing" debatable).
- Forestry (s05): a state regional office of forestry speaks for Ukraine. Hectares burned,
  surveyed or suspected of mines, fire counts, explosive items and the fire table are debatable;
  forest "occupied by Russian troops" in hectares is territory (required, unit `*`, action
  occupied); standing timber destroyed in m3 is economic (required, unit m3, action `*`); fire
  engines and a tractor are vehicles (debatable). Foresters killed on duty with no perpetrator
  have actor `*`; a single incident within the year's toll ("two foresters were killed when a
  Russian FPV drone struck") is required. Equipment received from a UN agency and budget money
  received are required, money requested optional.
- Wire update (s06): the first toll ("at least nine", "injuring 46") and the updated toll ("risen
  to 13", "Fifty-eight") are all required, like a correction; the headline's 13 and the later
  "the two Iskander-M missiles" restate (optional); "dozens" is vague (debatable); people "moved
  to temporary shelters" are evacuated; people pulled alive from rubble are recipients of care
  (debatable); a city's pre-war population and its distance from the front are debatable.
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

Ks, Su, Zp, Kh, Ku, Be, Ro, Do = (
    "Kherson", "Sumy", "Zaporizhzhia", "Kharkiv", "Kursk", "Belgorod", "Rostov", "Donetsk"
)  # fmt: skip

# fmt: off
# ---------------------------------------------------------------- s01 Kherson TV, Oleshky
d = "s01_kherson_tv_oleshky_year_in_numbers.txt"
# A Kherson regional TV station's "year since liberation" piece on Oleshky (left bank, Kherson
# region), with a bullet list, a three-question interview and the occupation administration's
# claim. The Southern Defence Forces, the regional and city military administrations and
# Tymchuk speak for Ukraine; Russia's Defence Ministry and the Russian-installed administration
# for Russia; the list is in the outlet's voice (`*`). Country Ukraine, region Kherson.
# Required: "about 640" km2 and 23 villages regained (action `*`), the ministry's "more than
# 1,400" killed, 2,950 houses damaged and 610 beyond repair, 9,640 drones and "1. 2 thousand"
# guided bombs launched (stray space kept), 41 killed and 218 injured (actor `*`), "Some 2,600"
# evacuated, 46 artillery systems and 13 boats destroyed, Tymchuk's three killed in October
# (actor Russia: "they") and 74 drones shot down, 1.7 billion hryvnias spent and €18 million
# disbursed, the occupation administration's 12 killed and 37 injured. Optional: the subsets
# "19 of them children", "340 of them children", the promised 640 million hryvnias.
# Debatable: "some 24,000", "fewer than 3,000", 11,800 returned, 18,400 items, "4. 1 thousand
# hectares", "9 of the 14 schools", "About 900", "612 times". Non-claims: "14 November 2027",
# "14 November 2028, 19:30", "7 min read", "12 904", "One year ago", "35th", "Three questions"
# (twice), 2029, and the furniture ("+6°C", "42.15", "45.90", "40 beds", "6 trips a day, 2 of
# them", "86,000 readers", "2014–2028", the phone, "1,500 UAH", "16+").
rows(d, [
    ("regained control of about 640 square kilometres", "about 640", 640, APX, "km2", TER, N, A, U, R, U, U, Ks),
    ("and 23 smaller villages", "23", 23, EX, "count", TER, N, A, U, R, U, U, Ks),
    ('killed "more than 1,400" Ukrainian', "more than 1,400", 1400, GE, "count", CAS, N, "killed", R, U, R, U, Ks),
    ("• 2,950 houses were found damaged", "2,950", 2950, EX, "count", INF, N, A, A, U, A, U, Ks),
    ("610 of them beyond repair", "610", 610, EX, "count", INF, N, A, A, U, A, U, Ks),
    ("launched 9,640 drones", "9,640", 9640, EX, "count", W, "drone", "launched", R, U, U, U, Ks),
    ("dropped 1. 2 thousand guided", "1. 2 thousand", 1200, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Ks),
    ("Forty-one civilians were killed", "Forty-one", 41, EX, "count", CAS, N, "killed", A, U, U, U, Ks),
    ("and 218 injured", "218", 218, EX, "count", CAS, N, "injured", A, U, U, U, Ks),
    ("218 injured, 19 of them children", "19", 19, EX, "count", CAS, N, "injured", A, U, U, U, Ks, True),  # subset
    ("Some 2,600 people", "Some 2,600", 2600, APX, "count", DIS, N, "evacuated", A, A, U, U, Ks),
    ("2,600 people, 340 of them children", "340", 340, EX, "count", DIS, N, "evacuated", A, A, U, U, Ks, True),  # subset
    ("destroyed 46 Russian artillery systems", "46", 46, EX, "count", W, "artillery", "destroyed", U, R, U, U, Ks),
    ("and 13 boats on the left bank", "13", 13, EX, "count", W, A, "destroyed", U, R, U, U, Ks),
    ("killed three people", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, Ks),
    ("shot down 74 drones", "74", 74, EX, "count", W, "drone", "shot_down", U, R, U, U, Ks),
    ("spent 1.7 billion hryvnias", "1.7 billion", 1700000000, EX, A, ECO, N, A, A, A, U, U, Ks),
    ("disbursed €18 million", "€18 million", 18000000, EX, A, ECO, N, A, A, A, U, U, Ks),
    ("Another 640 million hryvnias is promised", "640 million", 640000000, EX, A, ECO, N, A, A, A, U, U, Ks, True),  # promise
    ("had killed 12 residents", "12", 12, EX, "count", CAS, N, "killed", U, A, R, U, Ks),
    ("and injured 37 since January", "37", 37, EX, "count", CAS, N, "injured", U, A, R, U, Ks),
])
any_(d, [
    ("had some 24,000 residents", "some 24,000"),
    ("fewer than 3,000 were still there", "fewer than 3,000"),
    ("• 11,800 residents have returned", "11,800"),
    ("• 18,400 explosive items", "18,400"),
    ("• 4. 1 thousand hectares", "4. 1 thousand"),
    ("• 9 of the 14 schools", "9"),
    ("9 of the 14 schools", "14"),
    ("— About 900.", "About 900"),
    ("struck the town 612 times", "612"),
])

# ---------------------------------------------------------------- s02 Okno, enlistment-office arson
d = "s02_okno_enlistment_office_arson_count.txt"
# A Russian opposition outlet in exile (Okno, "we", "our count") on arson attacks on military
# enlistment offices in 2028 and the arrests. The outlet is `*`; regional prosecutors, a regional
# court, the Interior Ministry, Medvedev and the Kursk governor speak for Russia; HUR and the
# General Staff for Ukraine. Country Russia unless said. Required: 27 offices damaged and "about
# 212 million roubles" of damage (prosecutors' reports; region `*`), two duty officers injured in
# Kamensk-Shakhtinsky (Rostov; actor `*`, the outlet's voice), the Krasnoyarsk court's "4. 8
# million roubles" (region `*`), HUR's two Ka-52 destroyed in Tver region (region `*`),
# Medvedev's 418,000 contracts, HUR's "roughly 350,000", the General Staff's "about 392,000"
# killed and wounded (action `*`, country `*`), the Lgov drone's two killed and five injured.
# Debatable: 187 (headline and body), 96, "31 cases", "some 14,000", the table (12 cells), 164,
# 203, 58, 91, 119, "between 20,000 and 100,000", "more than 300", "about 29,000 a month", "up
# to 2. 5 million roubles", "eleven of the accused", "1,042 entries". Non-claims: "9 December
# 2028", "8 min read", 2027, 2028, "3 March", "2 to 19 years", 2025, "20 November", Ka-52, "2
# December", "4 November", "one man fewer", 2022, and the furniture ("500 ₽", "50,000",
# "17-year-old", "12 min", "41,000 readers", the registration number, "2022–2028", "18+").
rows(d, [
    ("damaged 27 enlistment offices", "27", 27, EX, "count", INF, N, A, A, R, R, R, A),
    ("damage of about 212 million roubles", "about 212 million", 212000000, APX, A, ECO, N, A, A, A, R, R, A),
    ("two duty officers were injured", "two", 2, EX, "count", CAS, N, "injured", A, R, A, R, Ro),
    ("at 4. 8 million roubles", "4. 8 million", 4800000, EX, A, ECO, N, A, A, A, R, R, A),
    ("destroyed two Ka-52 helicopters", "two", 2, EX, "count", W, "helicopter", "destroyed", U, R, U, R, A),
    ("that 418,000 people had signed contracts", "418,000", 418000, EX, "count", PER, N, A, R, A, R, R, N),
    ("roughly 350,000 for the year", "roughly 350,000", 350000, APX, "count", PER, N, A, R, A, U, R, N),
    ("lost about 392,000 troops", "about 392,000", 392000, APX, "count", CAS, N, A, U, R, U, A, N),
    ("killing two employees", "two", 2, EX, "count", CAS, N, "killed", U, R, R, R, Ku),
    ("and injuring five", "five", 5, EX, "count", CAS, N, "injured", U, R, R, R, Ku),
])
any_(d, [
    ("Burning the draft: 187 arson attacks", "187"),
    ("at least 187 times", "at least 187"),
    ("we counted 96 such attacks", "96"),
    ("in 31 cases the fire spread", "31"),
    ("files of some 14,000 men", "some 14,000"),
    ("Moscow region | 17", "17"), ("17 | 22", "22"),
    ("St Petersburg | 14", "14"), ("14 | 19", "19"),
    ("Rostov region | 11", "11"), ("11 | 15", "15"),
    ("Bashkortostan | 8", "8"), ("8 | 9", "9"),
    ("criminal cases over 164", "164"),
    ("We know of 203 people detained", "203"),
    ("of whom 58 are under 18", "58"),
    ("sentenced 91 of them", "91"),
    ("In 119 of the cases", "119"),
    ("between 20,000 and 100,000 roubles", "20,000 and 100,000"),
    ('"more than 300 agents', "more than 300"),
    ("about 29,000 a month", "about 29,000"),
    ("up to 2. 5 million roubles", "up to 2. 5 million"),
    ("defended eleven of the accused", "eleven"),
    ("Our database has 1,042 entries", "1,042"),
])

# ---------------------------------------------------------------- s03 Koliya, railway feature
d = "s03_koliya_railway_passengers_under_fire.txt"
# A Ukrainian railway magazine's feature on passenger traffic and strikes on Ukrzaliznytsia (UZ)
# in 2028, with an "Ask Koliya" Q&A and the Russian version. UZ and its chief executive are a
# company (`*`); the Sumy regional military administration, the regional administrations and
# the Air Force speak for Ukraine; Russia's Defence Ministry for Russia. Country Ukraine.
# Required: 412 facilities damaged (region None), 17 workers killed and 96 injured (actor `*`),
# the Konotop train's four killed and 27 injured (Sumy; actor `*`: no perpetrator in the
# sentence), 11 Shahed drones launched and eight shot down, "an estimated $1. 9 billion" of
# losses, 3.3 billion hryvnias spent, the $150 million loan received, 41,200 evacuated (region
# `*`), the ministry's two HIMARS destroyed and "up to 40" killed at Lozova (Kharkiv), UZ's two
# railway workers injured there, the Air Force's 63 drones and four missiles launched and 51
# drones shot down (region None). Optional: "including 63 stations", "among them 6,300
# children". Debatable: "24. 6 million", "9%", "61 million", "14.2 billion hryvnias", 210
# carriages, 38 locomotives, "Eleven of the injured", "190 times", "about 3 million
# passengers", "2,140 alerts". Non-claims: "Intercity+ 743" (twice), "05:40", 2022, "27 November
# 2028", "28 November, 09:15", "9 min read", "first ten months", "22 September", "a week later",
# "14 October", Kh-101, "lost no one", "Halyna, 58", "19 years", "one rule", and the furniture ("0 800 503
# 111", "389 UAH", "100 new carriages", "23,500 readers", the phone, "2017–2028").
rows(d, [
    ("damaged 412 railway facilities", "412", 412, EX, "count", INF, N, A, A, U, A, U, N),
    ("including 63 stations", "63", 63, EX, "count", INF, N, A, A, U, A, U, N, True),  # subset
    ("Seventeen railway workers were killed", "Seventeen", 17, EX, "count", CAS, N, "killed", A, U, A, U, N),
    ("and 96 injured on duty", "96", 96, EX, "count", CAS, N, "injured", A, U, A, U, N),
    ("Four passengers were killed", "Four", 4, EX, "count", CAS, N, "killed", A, U, A, U, Su),
    ("killed and 27 injured", "27", 27, EX, "count", CAS, N, "injured", A, U, A, U, Su),
    ("11 Shahed drones had been launched", "11", 11, EX, "count", W, "drone", "launched", R, U, U, U, Su),
    ("shot down eight of them", "eight", 8, EX, "count", W, "drone", "shot_down", U, R, U, U, Su),
    ("an estimated $1. 9 billion", "$1. 9 billion", 1900000000, APX, "usd", ECO, N, A, A, A, A, U, N),
    ("spent 3.3 billion hryvnias", "3.3 billion", 3300000000, EX, A, ECO, N, A, A, A, A, U, N),
    ("received a $150 million loan", "$150 million", 150000000, EX, "usd", ECO, N, A, A, A, A, U, N),
    ("took 41,200 people out", "41,200", 41200, EX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("among them 6,300 children", "6,300", 6300, EX, "count", DIS, N, "evacuated", A, A, U, U, A, True),  # subset
    ("destroying two HIMARS launchers", "two", 2, EX, "count", W, "mlrs", "destroyed", R, U, R, U, Kh),
    ('killing "up to 40" Ukrainian', "up to 40", 40, LE, "count", CAS, N, "killed", R, U, R, U, Kh),
    ("two railway workers were injured", "two", 2, EX, "count", CAS, N, "injured", A, U, A, U, Kh),
    ("Russia launched 63 drones", "63", 63, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and four Kh-101 missiles", "four", 4, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down 51 drones", "51", 51, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
])
any_(d, [
    ("carried 24. 6 million long-distance", "24. 6 million"),
    ("9% more than a year earlier", "9%"),
    ("carried another 61 million", "61 million"),
    ("brought in 14.2 billion hryvnias", "14.2 billion"),
    ("210 passenger carriages", "210"),
    ("and 38 locomotives", "38"),
    ("Eleven of the injured", "Eleven"),
    ("shelled 190 times", "190"),
    ("about 3 million passengers", "about 3 million"),
    ("waited out 2,140 alerts", "2,140"),
])

# ---------------------------------------------------------------- s04 Georgian and Moldovan volunteers
d = "s04_caucasus_ledger_georgian_moldovan_volunteers.txt"
# A Tbilisi English-language outlet's feature on Georgian and Moldovan volunteers fighting for
# Ukraine (and a few for Russia). The Legion's command and its deputy commander Kapanadze speak
# for Ukraine; Russia's Defence Ministry for Russia; Moldova's Interior Ministry, the Abkhaz
# authorities, Giorgi, Ion and the outlet are `*`. Required: "about 1,600" who fought (personnel,
# country Ukraine, region `*`), 112 killed and "more than 300" wounded (actor `*`), "lost nine
# men" near Kupiansk (Kharkiv; action `*`), 14 tanks and 31 armoured vehicles destroyed
# (Kharkiv), "1. 9 million lari" collected, the ministry's 1,260 "eliminated" (region None),
# Moldova's "at least 70" for Ukraine and "about 40" for Russia, "Four of them" killed, two
# comrades killed by a Russian drone near Toretsk (Donetsk), "about 200" Abkhaz contract
# soldiers. Optional: the "In numbers" box (about 1,600, 112, at least 70) and Kapanadze's
# restatement of 1,260. Debatable: "another 14 are missing", "Nine fathers", "up to 300,000
# roubles a month", "11 of us", the box's "Missing: 14", "23 returning fighters", "37 Georgian
# fighters". Non-claims: "3 October 2028", "11 min read", "Giorgi, 27", 2023, "one forearm",
# 2022, "August", "Ion, 34", 2026, "May", "up to 10 years", "the only one left", "47th", "six
# days of leave", "two of them already spent", and the furniture ("3°C", "2.68", "48 comments",
# "5 min", "10 GEL", "14 Rustaveli Ave.", "0108", the phone, "2019–2028").
rows(d, [
    ("about 1,600 Georgians have fought", "about 1,600", 1600, APX, "count", PER, N, A, U, A, U, U, A),
    ("112 have been killed", "112", 112, EX, "count", CAS, N, "killed", A, U, U, U, A),
    ("more than 300 wounded", "more than 300", 300, GE, "count", CAS, N, "injured", A, U, U, U, A),
    ("We lost nine men in a single day", "nine", 9, EX, "count", CAS, N, A, A, U, U, U, Kh),
    ("destroyed 14 Russian tanks", "14", 14, EX, "count", W, "tank", "destroyed", U, R, U, U, Kh),
    ("and 31 armoured vehicles", "31", 31, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Kh),
    ("collected 1. 9 million lari", "1. 9 million", 1900000, EX, A, ECO, N, A, A, A, U, A, A),
    ('"eliminated" 1,260 Georgian mercenaries', "1,260", 1260, EX, "count", CAS, N, "killed", R, U, R, U, N),
    ("at least 70 Moldovan citizens", "at least 70", 70, GE, "count", PER, N, A, U, A, A, U, A),
    ("about 40 in Russia's", "about 40", 40, APX, "count", PER, N, A, R, A, A, A, A),
    ("Four of them have been killed", "Four", 4, EX, "count", CAS, N, "killed", A, U, A, U, A),
    ("two of his comrades died", "two", 2, EX, "count", CAS, N, "killed", R, U, A, U, Do),
    ("about 200 men from the region", "about 200", 200, APX, "count", PER, N, A, R, A, A, A, A),
    ("- Georgians who fought for Ukraine: about 1,600", "about 1,600", 1600, APX, "count", PER, N, A, U, A, A, U, A, True),  # box
    ("- Killed: 112", "112", 112, EX, "count", CAS, N, "killed", A, U, A, U, A, True),  # box
    ("Ukraine's forces: at least 70", "at least 70", 70, GE, "count", PER, N, A, U, A, A, U, A, True),  # box
    ("They said they killed 1,260 Georgians", "1,260", 1260, EX, "count", CAS, N, "killed", R, U, A, U, N, True),  # restates
])
any_(d, [
    ("another 14 are missing", "14"),
    ("Nine fathers, brothers, sons", "Nine"),
    ("up to 300,000 roubles a month", "up to 300,000"),
    ("There were 11 of us Moldovans", "11"),
    ("- Missing: 14", "14"),
    ("against 23 returning fighters", "23"),
    ("The bodies of 37 Georgian fighters", "37"),
])

# ---------------------------------------------------------------- s05 Sumy forestry fire season
d = "s05_sumy_forestry_fire_season_report.txt"
# A Ukrainian regional forestry and hunting office's report on the 2028 fire season, with a fire
# table, mined woodland, staff casualties, drones and help received; the Bryansk governor's
# claims. The office, Ostapenko and the regional military administration speak for Ukraine;
# Bogomaz for Russia. Country Ukraine, region Sumy unless said. Required: "about 410,000" m3 of
# timber destroyed (economic, unit m3), 612 million hryvnias of losses, "About 9,000" hectares
# occupied (territory, unit `*`), four foresters killed and 11 injured (actor `*`), the two
# killed by a Russian FPV drone, 118 evacuated, 38 Shahed drones shot down, "more than 2,300"
# drones launched, $4.2 million of equipment and 96 million hryvnias received, Bogomaz's one
# forester killed and two injured (Bryansk: region `*`, country Russia). Optional: the 150
# million hryvnias requested. Debatable: 214 fires, 3,870 hectares, 161, "five border forest
# districts", "a third", the fire table (12 cells), "About 27,000", "5. 2 thousand hectares",
# 1,870 items, "Two fire engines", "three kilometres", "1,200 hectares". Non-claims: "30 October
# 2028", "1 317", "4.2 MB", the section numbers "1." to "6.", "17 July", 2029, "1 November",
# and the furniture (phones, "8:00–17:00", "3 fire engines", "2012–2028", "40000", "12
# Kharkivska St.", "Visitors today: 482").
rows(d, [
    ("destroyed about 410,000 m3", "about 410,000", 410000, APX, "m3", ECO, N, A, A, A, U, U, Su),
    ("at 612 million hryvnias", "612 million", 612000000, EX, A, ECO, N, A, A, A, U, U, Su),
    ("About 9,000 hectares of the office's forests", "About 9,000", 9000, APX, A, TER, N, "occupied", R, U, U, U, Su),
    ("Four foresters were killed", "Four", 4, EX, "count", CAS, N, "killed", A, U, U, U, Su),
    ("this year and 11 injured", "11", 11, EX, "count", CAS, N, "injured", A, U, U, U, Su),
    ("two foresters were killed when", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, Su),
    ("In June, 118 people", "118", 118, EX, "count", DIS, N, "evacuated", A, A, U, U, Su),
    ("shot down 38 Shahed drones", "38", 38, EX, "count", W, "drone", "shot_down", U, R, U, U, Su),
    ("launched more than 2,300 drones", "more than 2,300", 2300, GE, "count", W, "drone", "launched", R, U, U, U, Su),
    ("worth $4.2 million", "$4.2 million", 4200000, EX, "usd", ECO, N, A, A, A, U, U, Su),
    ("and 96 million hryvnias from the state budget", "96 million", 96000000, EX, A, ECO, N, A, A, A, U, U, Su),
    ("Another 150 million hryvnias has been requested", "150 million", 150000000, EX, A, ECO, N, A, A, A, U, U, Su, True),  # request
    ("killed one forester", "one", 1, EX, "count", CAS, N, "killed", U, R, R, R, A),
    ("and injured two in Klimovo", "two", 2, EX, "count", CAS, N, "injured", U, R, R, R, A),
])
any_(d, [
    ("214 forest fires were recorded", "214"),
    ("they burned 3,870 hectares", "3,870"),
    ("Of the fires, 161 were started", "161"),
    ("In the five border forest districts", "five"),
    ("April | 38", "38"), ("38 | 412", "412"),
    ("May | 27", "27"), ("27 | 305", "305"),
    ("July | 61", "61"), ("61 | 1,544", "1,544"),
    ("August | 55", "55"), ("55 | 1,198", "1,198"),
    ("About 27,000 hectares of state forest", "About 27,000"),
    ("surveyed 5. 2 thousand hectares", "5. 2 thousand"),
    ("removed 1,870 explosive items", "1,870"),
    ("Two fire engines and a tractor", "Two"),
    ("see you from three kilometres", "three"),
    ("fires on 1,200 hectares of forest", "1,200"),
])

# ---------------------------------------------------------------- s06 wire, Zaporizhzhia strike
d = "s06_wire_zaporizhzhia_glide_bomb_strike.txt"
# A wire agency's updated story on a Russian guided-bomb and missile strike on Zaporizhzhia,
# with the evening toll and the Russian Defence Ministry's claim. Governor Fedorov, the Air
# Force, the regional administration and the State Emergency Service speak for Ukraine; the
# ministry for Russia; the agency's voice is `*`. Country Ukraine, region Zaporizhzhia unless
# said. Required: four guided bombs and two missiles launched, "at least nine" killed and 46
# injured (actor Russia), 23 buildings damaged, "about 140" moved to shelters (evacuated), the
# evening toll of 13 and "Fifty-eight" injured (actor `*`), the Air Force's 27 of 35 drones
# (region None), "more than 1,100" guided bombs since January, the ministry's "up to 70" killed
# and "more than 20" drones destroyed, its 41 drones shot down (country Russia, region None) and
# "16 of them over Belgorod region" (breakdown by place), Fedorov's one man killed in Huliaipole
# district. Optional: the headline's 13, "including two children", "21 of them in serious
# condition", "the two Iskander-M missiles". Debatable: "dozens", "about 700,000", "some 30
# km", "19 settlements", "412 times", "12 people alive". Non-claims: "August 15, 2028", "8:47 PM
# GMT+3", "3 hours ago", "paragraphs 3-4" and "7-9", "4 min", "Aug 15", Su-34, "nine-storey"
# (twice), Iskander-M, KAB-500, KAB-1500, "one of the most", "24 hours", and the furniture ("$71.20", "0.4%",
# "1.09", "12% in July", "3 min", "© 2028").
rows(d, [
    ("Zaporizhzhia kills 13, wounds dozens", "13", 13, EX, "count", CAS, N, "killed", R, U, A, U, Zp, True),  # headline
    ("with four guided bombs", "four", 4, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Zp),
    ("and two ballistic missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, Zp),
    ("killing at least nine people", "at least nine", 9, GE, "count", CAS, N, "killed", R, U, U, U, Zp),
    ("and injuring 46", "46", 46, EX, "count", CAS, N, "injured", R, U, U, U, Zp),
    ("damaged 23 apartment buildings", "23", 23, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("about 140 residents were moved", "about 140", 140, APX, "count", DIS, N, "evacuated", A, A, U, U, Zp),
    ("had risen to 13", "13", 13, EX, "count", CAS, N, "killed", A, U, U, U, Zp),
    ("including two children", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Zp, True),  # subset
    ("Fifty-eight people were injured", "Fifty-eight", 58, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("21 of them in serious condition", "21", 21, EX, "count", CAS, N, "injured", A, U, U, U, Zp, True),  # subset
    ("the two Iskander-M missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, U, A, A, True),  # restates
    ("destroyed 27 of the 35 drones", "27", 27, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("of the 35 drones Russia launched", "35", 35, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("more than 1,100 guided bombs", "more than 1,100", 1100, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Zp),
    ('killing "up to 70" servicemen', "up to 70", 70, LE, "count", CAS, N, "killed", R, U, R, U, Zp),
    ('"more than 20" long-range drones', "more than 20", 20, GE, "count", W, "drone", "destroyed", R, U, R, U, Zp),
    ("shot down 41 Ukrainian drones", "41", 41, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("16 of them over Belgorod region", "16", 16, EX, "count", W, "drone", "shot_down", R, U, R, R, Be),
    ("killing one man in Huliaipole", "one", 1, EX, "count", CAS, N, "killed", R, U, U, U, Zp),
])
any_(d, [
    ("kills 13, wounds dozens", "dozens"),
    ("a city of about 700,000 people", "about 700,000"),
    ("lies some 30 km from the front", "some 30"),
    ("shelled 19 settlements", "19"),
    ("in the region 412 times", "412"),
    ("pulled 12 people alive", "12"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s57")
