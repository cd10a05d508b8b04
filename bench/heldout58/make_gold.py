"""Builds gold.jsonl for heldout58 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout58.make_gold

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
the whole range (value and qualifier `*`); losses reported as "lost" have action `*`; drones
destroyed in flight are shot_down; pledges, promises, plans and planned spending are optional;
an earlier state ("up from ... in the autumn") is optional. Bodies that are not sides (NATO, the
EU, NGOs, think tanks, volunteer monitors, companies, sports clubs and federations, and states
outside the vocabulary of sides such as Belarus) have claimant_side `*`, and a sum or estimate
they give keeps the actor and target of what it counts; an outlet's or author's own voice has
claimant_side `*`. Damaged buildings and facilities are infrastructure with action and actor
`*` (damaged and destroyed alike). Deliveries to a side are weapons with action `*` and the
supplier as actor (`*` when the supplier is not a side), target, country and region `*`. Money
in another currency than the dollar has unit `*`; money received, paid or disbursed is
required, and so is damage assessed in money. Counts of places, incidents, cases and claims,
group sizes, shares and rates, distances, sizes and areas, prices and payments, workforces and
other population stocks, recipients of aid or care, vehicle and wagon counts, and vague
quantities ("about a dozen", "tens of thousands", "about half") are debatable (`any_`); a table
whose cells restate no sentence is debatable cell by cell. A side's army size is personnel with
action `*`. The check's vocabulary of regions is closed, so a region outside it (Tatarstan,
Ulyanovsk, Bashkortostan, Kaluga, Pskov) is `*`, and so is the region of a figure that spans
several regions or is not placed; a nationwide figure has region None, and so has a Defence
Ministry's overnight total over several regions of its own country (as in heldout48). Dates,
times, durations ("no more than seven weeks", "for at least five days", "27 years driving
freight"), ages ("67-year-old", "Moroz, 41"), ordinals ("the third attack", "a third" radar,
"the fourth quarter", "6th Combined Arms Army", "76th", "26th Missile Brigade", "3rd Assault
Brigade"), numbers inside names (Su-34, Su-30SM, Su-35, Il-76, Kh-59, Geran-2, Iskander-M,
FP-1, Nebo-M, Group of Seven, Unit 74455, School No. 19, carriage 7, Platform 2) and page
furniture are not labelled; "one of them" and "One landed" are pronouns.

Decided anew for this set:
- Parliamentary report (s01): a Verkhovna Rada committee's report speaks for Ukraine in its own
  voice (claimant_side Ukraine), and so do the ministry and the Air Force it cites. The money the
  amendment moves between budget lines (headline and body) and the additional sums it provides
  are planned spending (optional); the table of amended lines is debatable cell by cell (the
  total row too). Money paid to manufacturers and loans received in a past year are required
  (region None: nationwide). Weapons the armed forces "received" from manufacturers or unnamed
  partner states are deliveries (actor `*`), and a type within the delivered total ("including
  1.86 million FPV drones") is required. Shells and mortar rounds are weapons with weapon_type
  `*` (ammunition). Calibres ("120, 122, 152 and 155 mm") are model designations, bill, minutes
  and budget programme numbers are names (not labelled); vote tallies ("19 votes in favour, 2
  against") are not about the conflict (not labelled). Drones a side "used" are launched.
  Contracts terminated or under examination, the share of defective drones, a monthly rate of
  ammunition use, vacant positions, a monthly pay rate and a share of GDP are debatable. A
  Russian figure "over the territory of Russia and the occupied territories" has country and
  region `*`; a month's total across Ukraine that names no place has region `*`.
- Translated Russian regional news (s02): the republic's emergencies and health ministries, the
  district head, a governor's office, Rosaviatsia and the republic's Cabinet speak for Russia;
  the plant's management is a company (`*`); an SBU source speaks for Ukraine. Airports closed
  are infrastructure (the spec's example; action, actor and target `*`), required; flights
  delayed or diverted are incidents (debatable). The area of a fire, firefighters and fire
  engines are sizes, group sizes and vehicles (debatable). Compensation per injured worker is a
  payment rate (debatable). Production lines "hit" at a plant are damaged facilities
  (infrastructure). Drones that "reached" a town have action `*`. The outlet's own running
  count of drones since 2024 is required (claimant_side `*`). The three repeated paragraphs
  after READ ALSO are one claim each.
- Baltic security news (s03): Estonia's and Latvia's intelligence services, the Estonian army
  and the Estonian border guards have claimant_side `*` (not sides); British Defence
  Intelligence speaks for the United Kingdom, an anonymous US official for the United States.
  Troops "concentrated" are massed; armour "moved into" a district, aircraft that "have flown
  in" and launchers "moved" closer are deployed (aircraft merely parked would be a stock,
  debatable). Troops "withdrawn" from the front and those that "remain" there are personnel with
  action `*`. Forces "taking part" in an exercise that is under way are required with action
  `*` (an announced future exercise would be a plan); "units of weapons and military equipment"
  of no stated type are debatable; "aircraft and helicopters" together have weapon_type `*`.
  Casualties (killed and wounded together) are casualties with action `*`; "about 1,700 of them
  killed" is a different fate on part of them (required). NATO troops counted by a Russian
  general are personnel with action, actor, target, country and region `*`. Military trains,
  civilians crossing the border on foot and airspace violations are debatable.
- Football club (s04), like heldout48's boxing club: the club, its coach and academy, and the
  Ukrainian Association of Football are not sides (claimant_side `*`); the UN Human Rights
  Monitoring Mission is the United Nations. Match scores, games played, league places, points,
  shirt numbers ("No. 1") and team names with numbers (Metalist 1925, Ahrobiznes-2, Kremin-2,
  U-19) are not about the conflict or are names (not labelled); squad and academy sizes,
  stadium seats, spectators and a ticket price are debatable. Flats that "lost their windows"
  are damaged infrastructure. The academy's children "evacuated" to Lviv are displacement
  (actor `*`). Facilities that "cannot be restored" are a different fate on part of the
  damaged ones (required). A unit's drones shot down, reported by the coach from a player's
  message, have claimant_side `*`.
- Cyber and drones (s05): servers wiped or affected, terabytes downloaded, radar stations
  whose locations leaked, cyberattacks and incidents, and households cut off from power are
  counts of equipment, sizes, incidents and population (debatable). Radars destroyed are
  weapons with weapon_type `*` (a radar is not in the vocabulary); radars "lost to Ukrainian
  strikes" have action `*` and actor Ukraine. Losses from hacking estimated in roubles (HUR)
  and the cost of restoring a network (a cybersecurity firm, `*`) are economic damage,
  required. Facilities "hit" deep inside Russia are damaged facilities (infrastructure). Drones
  that "took part" in a raid are launched.
- Medical trains (s06): wounded and sick carried, patients on a trip, patients taken off and
  patients "lost on the way" are recipients of care (debatable); trips, trains and carriages
  are incidents and vehicle counts (debatable); doctors and nurses are a workforce; crew members
  injured on duty are debatable (like heldout48's wounded members) and the single named
  paramedic killed ("and one, paramedic Stepan Bilyk, was killed") is optional. Civilians
  evacuated by the train are displacement (required). Ukrzaliznytsia is a company (`*`); the
  World Health Organization speaks for the United Nations.
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

Kh, Dn, Dp, Br, Ku, Sa, St, Le = (
    "Kharkiv", "Donetsk", "Dnipropetrovsk", "Bryansk", "Kursk", "Samara", "Saratov", "Leningrad"
)  # fmt: skip

# fmt: off
# ---------------------------------------------------------------- s01 Rada committee report
d = "s01_rada_committee_defence_budget_amendment.txt"
# A parliamentary news site (Rada Monitor) reproduces, in translation, the report of the Rada's
# Committee on National Security, Defence and Intelligence on a bill moving defence money between
# budget lines. The committee, the Ministry of Defence, its deputy minister and the Air Force speak
# for Ukraine; Russia's Defence Ministry for Russia; SIPRI (a think tank) is `*`. Country Ukraine.
# Optional: the 68.4 billion moved (headline and body), the 41.2 and 27.2 billion it is made of,
# the 39.5 billion and the 450,000 / "up to 6,000" / "about 380 thousand" it will buy (planned),
# "of which 1.1 million" shells and "of which 3.1 billion" dollars (subsets). Required: "312. 7
# billion" paid (stray space kept), the deliveries (2.1 million drones with the FPV, "121
# thousand" reconnaissance and long-range types, 2.4 million shells, "Eight" IRIS-T SLM, 96
# Bohdana howitzers; actor `*`), 9.6 billion dollars received, the Air Force's 4,812 drones and
# 167 missiles launched with 4,105 and 131 shot down, Russia's 2,386 drones and "more than 40"
# launchers and radars, 1.3 million FPV drones used, 212 tanks and 534 artillery systems
# destroyed, SIPRI's "about $71 billion". Debatable: "71 per cent", "a dozen", "14.9 billion",
# "17 per cent", "640,000 rounds", the table (16 cells), "2,970 other vehicles", "34 of the 52",
# "no more than five", "about 23,000", "100,000 hryvnias a month", "about 34 per cent".
# Non-claims: "No. 11482" (thrice), "2028", "12 March 2028, 15:20", "8 min read", "Share 37"
# (twice), the section numbers 1.-6., "11 March 2028", "minutes No. 214", "4 March 2028", "first
# reading", 2101020, 2101150, 2027 (five times), "120, 122, 152 and 155 mm", "fourth quarter", "Group of
# Seven", "February 2028", Geran-2, "2 March", "155 mm", "no more than seven weeks", "end of
# 2028", "1 January 2028", "less than a year", "19 votes in favour, 2 against, 1 abstention",
# and the furniture ("42.15", "+4°C", "2 files", "1.4 MB", "2.2 trillion", "9 violations", "3
# million FPV drones a year", "18,400 subscribers", "2019–2028", "5 Instytutska St", "01008").
rows(d, [
    ("Committee moves 68.4 billion hryvnias", "68.4 billion", 68400000000, EX, A, ECO, N, A, A, A, A, U, N, True),  # headline, planned
    ("redistributes 68.4 billion hryvnias", "68.4 billion", 68400000000, EX, A, ECO, N, A, A, A, U, U, N, True),  # planned
    ("Of this sum, 41.2 billion hryvnias", "41.2 billion", 41200000000, EX, A, ECO, N, A, A, A, U, U, N, True),  # planned
    ("the remaining 27.2 billion hryvnias", "27.2 billion", 27200000000, EX, A, ECO, N, A, A, A, U, U, N, True),  # planned
    ("paid 312. 7 billion hryvnias", "312. 7 billion", 312700000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("received 2.1 million unmanned aerial vehicles", "2.1 million", 2100000, EX, "count", W, "drone", A, A, A, U, A, A),
    ("including 1.86 million FPV drones", "1.86 million", 1860000, EX, "count", W, "drone", A, A, A, U, A, A),
    ("121 thousand reconnaissance drones", "121 thousand", 121000, EX, "count", W, "drone", A, A, A, U, A, A),
    ("9,400 long-range strike drones", "9,400", 9400, EX, "count", W, "drone", A, A, A, U, A, A),
    ("as well as 2.4 million artillery shells", "2.4 million", 2400000, EX, "count", W, A, A, A, A, U, A, A),
    ("of which 1.1 million were produced", "1.1 million", 1100000, EX, "count", W, A, A, A, A, U, A, A, True),  # subset
    ("Eight IRIS-T SLM air defence systems", "Eight", 8, EX, "count", W, "air_defense", A, A, A, U, A, A),
    ("received by the troops reached 96", "96", 96, EX, "count", W, "artillery", A, A, A, U, A, A),
    ("Ukraine received 9.6 billion dollars", "9.6 billion", 9600000000, EX, "usd", ECO, N, A, A, A, U, U, N),
    ("of which 3.1 billion went", "3.1 billion", 3100000000, EX, "usd", ECO, N, A, A, A, U, U, N, True),  # subset
    ("launched 4,812 attack drones", "4,812", 4812, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 167 missiles of various types", "167", 167, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("of which 4,105 drones", "4,105", 4105, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and 131 missiles were shot down", "131", 131, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ('"intercepted and destroyed 2,386 Ukrainian', "2,386", 2386, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ('destroyed "more than 40" Ukrainian Patriot', "more than 40", 40, GE, "count", W, "air_defense", "destroyed", R, U, R, U, A),
    ("had used 1.3 million FPV drones", "1.3 million", 1300000, EX, "count", W, "drone", "launched", U, R, U, U, A),
    ("The additional 39.5 billion hryvnias", "39.5 billion", 39500000000, EX, A, ECO, N, A, A, A, U, U, N, True),  # planned
    ("a further 450,000 FPV drones", "450,000", 450000, EX, "count", W, "drone", A, A, A, U, A, A, True),  # plan
    ("up to 6,000 interceptor drones", "up to 6,000", 6000, LE, "count", W, "drone", A, A, A, U, A, A, True),  # plan
    ("about 380 thousand shells", "about 380 thousand", 380000, APX, "count", W, A, A, A, A, U, A, A, True),  # plan
    ("destroyed 212 Russian tanks", "212", 212, EX, "count", W, "tank", "destroyed", U, R, U, U, A),
    ("534 artillery systems", "534", 534, EX, "count", W, "artillery", "destroyed", U, R, U, U, A),
    ("amounted to about $71 billion", "about $71 billion", 71000000000, APX, "usd", ECO, N, A, A, A, A, U, N),
])
any_(d, [
    ("71 per cent of it", "71"),
    ("(a dozen more than planned)", "a dozen"),
    ("for a further 14.9 billion hryvnias", "14.9 billion"),
    ("and 17 per cent of the FPV drones", "17"),
    ("had reached 640,000 rounds", "640,000"),
    ("servicemen | 612.0", "612.0"), ("612.0 | −41.2", "−41.2"), ("−41.2 | 570.8", "570.8"),
    ("barracks | 148.6", "148.6"), ("148.6 | −27.2", "−27.2"), ("−27.2 | 121.4", "121.4"),
    ("(procurement) | 96.3", "96.3"), ("96.3 | +39.5", "+39.5"), ("+39.5 | 135.8", "135.8"),
    ("ammunition | 118.0", "118.0"), ("118.0 | +21.6", "+21.6"), ("+21.6 | 139.6", "139.6"),
    ("air defence | 54.2", "54.2"), ("54.2 | +7.3", "+7.3"), ("+7.3 | 61.5", "61.5"),
    ("redistributed | | 68.4", "68.4"),
    ("2,970 other vehicles", "2,970"),
    ("34 of the 52 contracts", "34"),
    ("34 of the 52 contracts", "52"),
    ('examining "no more than five"', "no more than five"),
    ("about 23,000 vacant positions", "about 23,000"),
    ("payment of 100,000 hryvnias a month", "100,000"),
    ("or about 34 per cent", "about 34"),
])

# ---------------------------------------------------------------- s02 Tatarstan plant, drones
d = "s02_tatarstan_nizhnekamsk_plant_drone_attack.txt"
# A Tatarstan news site (Idel Vesti) in machine-assisted translation on a drone attack on a
# synthetic rubber plant in Nizhnekamsk. The republic's emergencies and health ministries, the
# district head, the Samara governor's office, Rosaviatsia, the republic's Cabinet and Russia's
# Defence Ministry speak for Russia; the plant's management (a company) and the outlet's own
# count are `*`; an SBU source speaks for Ukraine. Country Russia; region `*` (Tatarstan is
# outside the vocabulary) unless Samara or Saratov. The first three body paragraphs are repeated
# after READ ALSO (one claim each). Required: "Eight" workers injured (actor `*`; "two of them
# seriously" a subset), "about 150" evacuated, the ministry's 61 drones (region None) and its
# breakdown in parentheses (23, 14, 11, "seven", "six"), three houses damaged in Samara region,
# three airports closed, "2. 6 billion roubles" of damage (stray space kept), the source's "at
# least 20" drones (action `*`) and "two" production lines hit, 11 injured on 2 February, "more
# than 190" drones since 2024 (the outlet's count; actor `*`: the sentence names no side). The
# headline's "eight" restates (optional).
# Debatable: "1,200 square metres", "Forty-three personnel", "12 units of equipment", "two
# neighbouring houses", "Seventeen flights", "four were diverted", the payments (100,000 and 1
# million roubles), "some 1,300 kilometres", "40 kilometres", "about a dozen". Non-claims: "14
# March 2028, 09:47 (updated 13:15)", "14 March" (twice), "06:40", "08:15", "School No. 19",
# "02:10", "07:30", "the third attack", "2 February", "autumn of 2024", Geran-2, "50 minutes",
# "04:00 and 04:30", "Gulnara, 38", and the furniture ("−6°C", "93.40", "$71.3", "👁 23 610",
# "💬 214", "2029", "4 million tonnes", "0:2", "@idelvesti_bot", the most-read list with "14%"
# and "100 thousand", "2008–2028", "FS77-81234", "16+").
rows(d, [
    ("Nizhnekamsk plant: eight workers injured", "eight", 8, EX, "count", CAS, N, "injured", A, R, A, R, A, True),  # headline
    ("Eight workers of the night shift were injured", "Eight", 8, EX, "count", CAS, N, "injured", A, R, R, R, A),
    ("two of them seriously", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, A, True),  # subset
    ("about 150 people, were evacuated", "about 150", 150, APX, "count", DIS, N, "evacuated", A, A, R, R, A),
    ("intercepted and destroyed 61 Ukrainian", "61", 61, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("Republic of Tatarstan (23)", "23", 23, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("Samara region (14)", "14", 14, EX, "count", W, "drone", "shot_down", R, U, R, R, Sa),
    ("Saratov region (11)", "11", 11, EX, "count", W, "drone", "shot_down", R, U, R, R, St),
    ("Ulyanovsk region (seven)", "seven", 7, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("Republic of Bashkortostan (six)", "six", 6, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("damaged three private houses", "three", 3, EX, "count", INF, N, A, A, R, R, R, Sa),
    ("three airports — Kazan", "three", 3, EX, "count", INF, N, A, A, A, R, R, A),
    ("damage at 2. 6 billion roubles", "2. 6 billion", 2600000000, EX, A, ECO, N, A, A, A, A, R, A),
    ('"at least 20" drones reached', "at least 20", 20, GE, "count", W, "drone", A, U, R, U, R, A),
    ('"the two main isoprene production lines"', "two", 2, EX, "count", INF, N, A, A, R, U, R, A),
    ("reported 11 injured at the time", "11", 11, EX, "count", CAS, N, "injured", A, R, R, R, A),
    ("attacked by more than 190 drones", "more than 190", 190, GE, "count", W, "drone", "launched", A, R, A, R, A),
])
any_(d, [
    ("on an area of 1,200 square metres", "1,200"),
    ("Forty-three personnel", "Forty-three"),
    ("and 12 units of equipment", "12"),
    ("residents of two neighbouring houses", "two"),
    ("Seventeen flights were delayed", "Seventeen"),
    ("and four were diverted", "four"),
    ("a payment of 100,000 roubles", "100,000"),
    ("the seriously injured 1 million roubles", "1 million"),
    ("some 1,300 kilometres from the front line", "some 1,300"),
    ("40 kilometres to the east", "40"),
    ('"about a dozen" explosions', "about a dozen"),
])

# ---------------------------------------------------------------- s03 Narva and Pskov rotations
d = "s03_narva_pskov_russian_troop_rotations.txt"
# An Estonian regional outlet in English (Ida Herald) on Russian troops, armour and aircraft
# opposite Narva (Kingisepp district, Leningrad region) and in Pskov. Estonia's and Latvia's
# intelligence services, the Estonian colonel and the border guards are `*`; British Defence
# Intelligence is the United Kingdom, the anonymous US official the United States; Russia's
# Defence Ministry and the district's deputy commander speak for Russia; Ukraine's Defence
# Intelligence for Ukraine. Country Russia unless stated. Required: "about 4,500" troops massed
# (Leningrad; "roughly 1,800 in the autumn" an earlier state, optional; the range "between 1,500
# and 2,000 of them" a subset, optional), 36 tanks, "about 110" armoured vehicles and 18 howitzers
# deployed (list with one qualified item: 36 and 18 have qualifier `*`), "about 6,000"
# paratroopers withdrawn and "no more than 2,000" remaining (action `*`), "an estimated 5,200"
# casualties and "about 1,700 of them killed" (a different fate), 14 Il-76 flown in and "around
# 20" fighters redeployed, the exercise's "up to 8,000" servicemen and 40 aircraft and
# helicopters (qualifier `*` in the list) and "Fourteen" ships (action `*`), the general's "more
# than 5,000" NATO troops, the box's 12 Iskander-M launchers moved (weapon_type `*`, not in the
# body), "more than 120" Iskander-M missiles fired at Ukraine (region None). The headline's
# 4,500, the colonel's "at least 3,000" conscripts (a subset) and the box's restatements are
# optional. Debatable: "within 30 kilometres", "more than 300 units", "Of the 4,500", the 27
# trains (twice), "nine in December", "on four occasions", the box's "1,800", "2,150 people".
# Non-claims: "19 March 2028, 07:30", "7 min read", "six weeks", "6th Combined Arms Army", 2021,
# "76th" (twice), "15 March", "February 2022", "12 March", Il-76, "1 March" (twice), Su-30SM,
# Su-35, "two explanations", "17 March", "26th Missile Brigade", 2022, "In 2022", and the
# furniture ("−1°C", "1.09", "40 min", "💬 58", "3 new bomb shelters", "5.4%", "12 months",
# "Tallinna mnt 21, 20304", "2016–2028").
rows(d, [
    ("masses 4,500 troops opposite Narva", "4,500", 4500, A, "count", PER, N, "massed", R, A, A, R, Le, True),  # headline
    ("concentrated about 4,500 troops", "about 4,500", 4500, APX, "count", PER, N, "massed", R, A, A, R, Le),
    ("up from roughly 1,800 in the autumn", "roughly 1,800", 1800, APX, "count", PER, N, "massed", R, A, A, R, Le, True),  # earlier state
    ("between 1,500 and 2,000 of them", "1,500 and 2,000", A, A, "count", PER, N, A, R, A, A, R, Le, True),  # subset, range
    ("The assessment counts 36 tanks", "36", 36, A, "count", W, "tank", "deployed", R, A, A, R, Le),
    ("about 110 infantry fighting vehicles", "about 110", 110, APX, "count", W, "armored_vehicle", "deployed", R, A, A, R, Le),
    ("and 18 self-propelled howitzers", "18", 18, A, "count", W, "artillery", "deployed", R, A, A, R, Le),
    ("estimates that about 6,000 of the division's", "about 6,000", 6000, APX, "count", PER, N, A, R, A, A, A, A),
    ('"no more than 2,000" remain in Ukraine', "no more than 2,000", 2000, LE, "count", PER, N, A, R, A, A, U, A),
    ("an estimated 5,200 casualties", "estimated 5,200", 5200, APX, "count", CAS, N, A, A, R, UK, A, A),
    ("about 1,700 of them killed", "about 1,700", 1700, APX, "count", CAS, N, "killed", A, R, UK, A, A),
    ("show that 14 Il-76 transport aircraft", "14", 14, EX, "count", W, "aircraft", "deployed", R, A, A, R, A),
    ('redeployed "around 20" Su-30SM', "around 20", 20, APX, "count", W, "aircraft", "deployed", R, A, US, R, A),
    ("I would say at least 3,000 are conscripts", "at least 3,000", 3000, GE, "count", PER, N, A, R, A, A, R, Le, True),  # subset
    ('"up to 8,000 servicemen', "up to 8,000", 8000, LE, "count", PER, N, A, R, A, R, R, A),
    ("and 40 aircraft and helicopters", "40", 40, A, "count", W, A, A, R, A, R, R, A),
    ("Fourteen ships of the Baltic Fleet", "Fourteen", 14, EX, "count", W, "ship", A, R, A, R, A, A),
    ('kept "more than 5,000 troops"', "more than 5,000", 5000, GE, "count", PER, N, A, A, A, R, A, A),
    ("• Troops in Kingisepp district: about 4,500", "about 4,500", 4500, APX, "count", PER, N, "massed", R, A, A, R, Le, True),  # box restates
    ("• Tanks moved in since February: 36", "36", 36, EX, "count", W, "tank", "deployed", R, A, A, R, Le, True),  # box restates
    ("Luga to Kingisepp district: 12", "12", 12, EX, "count", W, A, "deployed", R, A, A, R, Le),
    ("• Il-76 aircraft flown into Pskov since 1 March: 14", "14", 14, EX, "count", W, "aircraft", "deployed", R, A, A, R, A, True),  # box restates
    ('fired "more than 120" Iskander-M missiles', "more than 120", 120, GE, "count", W, "missile", "launched", R, U, U, U, N),
])
any_(d, [
    ("within 30 kilometres of the Estonian border", "30"),
    ("more than 300 units of weapons", "more than 300"),
    ("Of the 4,500, I would say", "4,500"),
    ("counted 27 military trains", "27"),
    ("against nine in December", "nine"),
    ("on four occasions", "four"),
    ("(autumn: 1,800)", "1,800"),
    ("• Military trains through Ivangorod in February: 27", "27"),
    ("2,150 people crossed on foot", "2,150"),
])

# ---------------------------------------------------------------- s04 Kharkiv football club
d = "s04_kharkiv_football_club_stadium_hit.txt"
# A Kharkiv sports site (Slobo Sport) on a lower-league football club (FC Vovky) whose stadium
# was hit by two Iskander-M missiles, with a Q&A with the head coach. The club, its coach and
# academy head and the Ukrainian Association of Football are `*`; the regional military
# administration and its sports department speak for Ukraine; Russia's Defence Ministry for
# Russia; the UN monitoring mission is the United Nations; the outlet's voice is `*`. Country
# Ukraine, region Kharkiv unless stated. Required: the two missiles fired (actor Russia), six
# residents injured and 40 flats damaged, Russia's "up to 60 militants" killed, "Eleven" players
# who joined the army (personnel, action `*`, actor Ukraine, region `*`) and "Three" killed
# (actor `*`, region `*`), 118 children evacuated, "38. 5 million hryvnias" of damage (stray
# space kept), the city's 4 million paid, the fans' 2.7 million raised, 34 drones shot down near
# Kupiansk, 112 facilities damaged and "19 of them" that cannot be restored, the federation's "at
# least 97" killed and "more than 500" pitches (region None), the UN's 41 killed and 236 injured,
# the administration's "more than 1,100" guided bombs and "about 900" drones. Optional: the
# subhead's "Eleven" and "three", "two after the mobilisation age", "Four of the others", the
# promised 5 million, the fact box's 11 and 3. Debatable: "26 players" and "those 26", "about 300
# children", "one train", "About half", "Nineteen", "Nine of them", "140 kilometres", "Two
# matches", "about 2,000 spectators", "100 hryvnias", "5,600 seats". Non-claims: "21 March 2028",
# "10 min read", "19 January", "One landed", "the second", "five decades", "67-year-old",
# "nine-storey", "one of 112" (a pronoun), 2022 (thrice), 1954 (twice), Bakhmut "in 2023", "No. 1", "seven seasons", 2025,
# "Shevchuk, 24", "last October", "3rd Assault Brigade", "March 2022", "Kravets, 52", "212
# games", "under 20", "2–1", "Ahrobiznes-2", "0–3", "a single week", "summer of 2024", "12 May",
# "Kremin-2", and the furniture ("three languages", "18+", "Metalist 1925 — 6th, 31 pts", "18:00", "4th", "💬 46",
# "↗ 312", "Comments (46)", "3 Brazilians", "U-19", "5 of 6", "Mr 300", "2011–2028",
# "R40-01234").
rows(d, [
    ("Eleven of its players are at the front", "Eleven", 11, EX, "count", PER, N, A, U, A, A, U, A, True),  # subhead
    ("three have been killed. A feature", "three", 3, EX, "count", CAS, N, "killed", A, U, A, U, A, True),  # subhead
    ("fired two Iskander-M ballistic missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, A, U, Kh),
    ("six residents of the neighbouring", "six", 6, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("40 flats lost their windows", "40", 40, EX, "count", INF, N, A, A, U, U, U, Kh),
    ('"eliminating up to 60 militants"', "up to 60", 60, LE, "count", CAS, N, "killed", R, U, R, U, Kh),
    ("Eleven of those 26 have since joined", "Eleven", 11, EX, "count", PER, N, A, U, A, A, U, A),
    ("two after the mobilisation age was lowered", "two", 2, EX, "count", PER, N, A, U, A, A, U, A, True),  # subset
    ("Three have been killed: defender", "Three", 3, EX, "count", CAS, N, "killed", A, U, A, U, A),
    ("Four of the others serve together", "Four", 4, EX, "count", PER, N, A, U, A, A, U, A, True),  # subset
    ("118 children and their mothers", "118", 118, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh),
    ("estimate the damage at 38. 5 million hryvnias", "38. 5 million", 38500000, EX, A, ECO, N, A, A, A, A, U, Kh),
    ("The city has already paid 4 million", "4 million", 4000000, EX, A, ECO, N, A, A, A, A, U, Kh),
    ("our fans raised 2.7 million", "2.7 million", 2700000, EX, A, ECO, N, A, A, A, A, U, Kh),
    ("has promised another 5 million", "5 million", 5000000, EX, A, ECO, N, A, A, A, A, U, A, True),  # promise
    ("shot down 34 Russian drones", "34", 34, EX, "count", W, "drone", "shot_down", U, R, A, U, Kh),
    ("one of 112 sports facilities", "112", 112, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("19 of them cannot be restored", "19", 19, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("counts at least 97 professional", "at least 97", 97, GE, "count", CAS, N, "killed", A, U, A, U, N),
    ("more than 500 football pitches", "more than 500", 500, GE, "count", INF, N, A, A, U, A, U, N),
    ("recorded 41 civilians killed", "41", 41, EX, "count", CAS, N, "killed", A, U, UN, U, Kh),
    ("killed and 236 injured in Kharkiv region", "236", 236, EX, "count", CAS, N, "injured", A, U, UN, U, Kh),
    ("dropped more than 1,100 guided aerial bombs", "more than 1,100", 1100, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ('launched "about 900" attack drones', "about 900", 900, APX, "count", W, "drone", "launched", R, U, U, U, Kh),
    ("Players at the front: 11", "11", 11, EX, "count", PER, N, A, U, A, A, U, A, True),  # fact box
    ("Killed: 3", "3", 3, EX, "count", CAS, N, "killed", A, U, A, U, A, True),  # fact box
])
any_(d, [
    ("the club had 26 players", "26"),
    ("Eleven of those 26 have", "26"),
    ("an academy of about 300 children", "about 300"),
    ("travelled west on one train", "one"),
    ("About half of them have come back", "About half"),
    ("— Nineteen. Nine of them", "Nineteen"),
    ("Nine of them are under 20", "Nine"),
    ("in Poltava, 140 kilometres away", "140"),
    ("— Two matches were postponed", "Two"),
    ("expects about 2,000 spectators", "about 2,000"),
    ("tickets will cost 100 hryvnias", "100"),
    ("(5,600 seats before January)", "5,600"),
])

# ---------------------------------------------------------------- s05 HUR hack and radar strike
d = "s05_hur_cyberattack_radar_strike_bryansk.txt"
# An English-language Ukrainian defence-tech site (Frontline Tech) on HUR's claims of a hack on
# a Russian radar maintainer and a drone strike on Nebo-M radars near Pogar (Bryansk region).
# HUR and its spokesman, CERT-UA and Ukraine's Energy Ministry speak for Ukraine; Russia's Defence
# Ministry, the Bryansk governor and the digital ministry for Russia; the cybersecurity firm
# F-Sentry (a company), ISW (a think tank) and the outlet are `*`. Country Russia unless stated.
# Required: two Nebo-M radars destroyed (weapon_type `*`), "more than 40" drones (launched), the
# range "12–15" servicemen killed or wounded (value and qualifier `*`, action `*`), two
# Su-34 damaged at a Kaluga airbase (action `*`, region `*`), the ministry's 38 drones (region
# None) with 26 over Bryansk, nine over Kaluga (region `*`) and three over Kursk, one civilian
# injured, F-Sentry's "at least 1.5 billion roubles", HUR's "11. 8 billion roubles" of losses
# ("estimated": approximate; stray space kept), the 87 facilities hit in 2027 (infrastructure,
# region `*`), ISW's "at least 46" radars lost (action `*`, actor Ukraine). The headline's two
# radars and the subhead's 38 drones are optional. Debatable: "740 servers", "3. 2 terabytes",
# "218 radar stations", "no more than 15 servers", "19 attacks", "about 14,000 servers", "61
# terabytes", "4,315 cyber incidents", "about a fifth", "some 90,000 households", "about 40
# kilometres", "up to 600 kilometres", "about $100 million". Non-claims: "26 March 2028, 18:05",
# "27 March 2028, 09:40", "6 min read", "at least five days", "one of the industry's" (a pronoun), "a third", FP-1, Su-34, "two to
# three months", "first quarter of 2028", 2027 (twice), "26 March", "January 2027", "Unit
# 74455", "up to six hours", Nebo-M, and the furniture ("$4/month", "6,200 members", "(1.4K)",
# "ep. 112", "FP-1 and FP-5", "7 things", "@frontlinetech.77", "24,000 readers", "2022–2028").
rows(d, [
    ("drones hit two Nebo-M radars in Bryansk region", "two", 2, EX, "count", W, A, A, U, R, A, R, Br, True),  # headline
    ("claims 38 drones downed", "38", 38, EX, "count", W, "drone", "shot_down", R, U, R, R, N, True),  # subhead
    ("destroying two Nebo-M radar systems", "two", 2, EX, "count", W, A, "destroyed", U, R, U, R, Br),
    ("more than 40 drones, most of them FP-1s", "more than 40", 40, GE, "count", W, "drone", "launched", U, R, U, R, Br),
    ("12–15 servicemen of the radar crews", "12–15", A, A, "count", CAS, N, A, U, R, U, R, Br),
    ("where two Su-34 fighter-bombers were damaged", "two", 2, EX, "count", W, "aircraft", A, U, R, U, R, A),
    ('"intercepted and destroyed" 38 Ukrainian', "38", 38, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("26 of them over Bryansk region", "26", 26, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("nine over Kaluga region", "nine", 9, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("three over Kursk region", "three", 3, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku),
    ("one civilian was injured", "one", 1, EX, "count", CAS, N, "injured", A, R, R, R, Br),
    ('cost "at least 1.5 billion roubles"', "at least 1.5 billion", 1500000000, GE, A, ECO, N, A, A, A, A, R, A),
    ("Russian losses estimated at 11. 8 billion roubles", "11. 8 billion", 11800000000, APX, A, ECO, N, A, A, A, U, R, A),
    ("hit 87 military and oil facilities", "87", 87, EX, "count", INF, N, A, A, R, U, R, A),
    ('lost "at least 46" radar systems', "at least 46", 46, GE, "count", W, A, A, U, R, A, A, A),
])
any_(d, [
    ("the contents of 740 servers", "740"),
    ("downloaded 3. 2 terabytes", "3. 2"),
    ("the locations of 218 radar stations", "218"),
    ('"no more than 15 servers"', "no more than 15"),
    ("• 19 attacks on Russian state", "19"),
    ("• about 14,000 servers and workstations", "about 14,000"),
    ("• 61 terabytes of data", "61"),
    ("handled 4,315 cyber incidents", "4,315"),
    ("about a fifth of them", "about a fifth"),
    ("some 90,000 households in Sumy region", "some 90,000"),
    ("about 40 kilometres from the Ukrainian border", "about 40"),
    ("at up to 600 kilometres", "up to 600"),
    ("costs about $100 million per set", "about $100 million"),
])

# ---------------------------------------------------------------- s06 medevac train feature
d = "s06_medevac_train_feature.txt"
# A Ukrainian long-read magazine (The Long Read UA) rides a medical evacuation train from
# Pavlohrad to Lviv. Ukrzaliznytsia (a company), the crew, volunteers and the magazine's voice are
# `*`; the Donetsk and Dnipropetrovsk regional military administrations and the Air Force speak
# for Ukraine; Russia's Defence Ministry for Russia; the WHO for the United Nations. Country
# Ukraine. Required: the three Shahed-type drones at Lozova (launched, Kharkiv) with "Two" shot
# down (a different action on part) and "Three people" cut by glass (actor `*`; "two patients"
# a subset, optional), Russia's "up to 120 servicemen" killed, Ukrzaliznytsia's 812 killed and
# "more than 1,900" injured (actor Russia, region None) and 146 stations and depots damaged, the
# Pavlohrad depot's four killed and nine injured (Dnipropetrovsk), the WHO's 211 killed (actor
# `*`, region None), the 47 Dobropillia residents and the administration's 9,840 evacuated
# (Donetsk; "1,310 of them children" a subset), the Air Force's 143 drones launched and "126 of
# them" shot down (region None). Optional: the paramedic killed ("and one, paramedic"), the box's
# 812. Debatable: "tens of thousands" (subhead), "nine carriages", "86 patients" (twice),
# "Fifty-two", "thirty-four", "Four are on ventilators", "one of five", "1,460 trips" (twice),
# "more than 58,000", "three carriages", "14 doctors and 31 nurses", "two have been injured",
# "six patients" and "Six." (patients lost), "1,730 attacks", "2,406 attacks", "About 1,200
# people remain", "six patients are taken off", the box's "9 carriages, 2 of them" and "all five
# trains". Non-claims: "We rode one", "one after another", "2 April 2028", "14 min read", "Platform 2", "21:40", "carriage 4",
# "Moroz, 41", "March 2022" (twice), "9 November 2027", "the third", "carriage 7", "27 years",
# "Nine hours to Lviv", "22:15", "carriage 6", "48 hours", 2023, Kh-59, "March 2025", "February
# 2022", 2027, "14 March", Iskander-M, "in March", "in January", "Halyna, 83", "two blankets",
# "one bag", "03:10", "40 minutes", "07:20", "11:05", "an hour late", "13:00", 2022, and the
# furniture ("1,940 readers", "150 hryvnias a month", "24 hours", "3,400 wounded in 2027",
# "2020–2028", "16+").
rows(d, [
    ("three Russian Shahed-type drones", "three", 3, EX, "count", W, "drone", "launched", R, U, A, U, Kh),
    ("Two were shot down by a mobile fire group", "Two", 2, EX, "count", W, "drone", "shot_down", U, R, A, U, Kh),
    ("Three people, a nurse and two patients", "Three", 3, EX, "count", CAS, N, "injured", A, U, A, U, Kh),
    ("a nurse and two patients, were cut", "two", 2, EX, "count", CAS, N, "injured", A, U, A, U, Kh, True),  # subset
    ('killing "up to 120 servicemen', "up to 120", 120, LE, "count", CAS, N, "killed", R, U, R, U, Kh),
    ("and one, paramedic Stepan Bilyk, was killed", "one", 1, EX, "count", CAS, N, "killed", A, U, A, U, Dn, True),  # a named person
    ("have killed 812 railway workers", "812", 812, EX, "count", CAS, N, "killed", R, U, A, U, N),
    ("and injured more than 1,900", "more than 1,900", 1900, GE, "count", CAS, N, "injured", R, U, A, U, N),
    ("and 146 stations and depots were damaged", "146", 146, EX, "count", INF, N, A, A, U, A, U, N),
    ("killing four railway workers", "four", 4, EX, "count", CAS, N, "killed", R, U, U, U, Dp),
    ("and injuring nine, the Dnipropetrovsk", "nine", 9, EX, "count", CAS, N, "injured", R, U, U, U, Dp),
    ("which killed 211 health workers", "211", 211, EX, "count", CAS, N, "killed", A, U, UN, U, N),
    ("47 residents of Dobropillia", "47", 47, EX, "count", DIS, N, "evacuated", A, A, A, U, Dn),
    ("9,840 people have been evacuated", "9,840", 9840, EX, "count", DIS, N, "evacuated", A, A, U, U, Dn),
    ("1,310 of them children", "1,310", 1310, EX, "count", DIS, N, "evacuated", A, A, U, U, Dn, True),  # subset
    ("Russia launched 143 drones at Ukraine", "143", 143, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("126 of them were shot down", "126", 126, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("• 812 rail workers and passengers killed", "812", 812, EX, "count", CAS, N, "killed", R, U, A, U, N, True),  # fact box
])
any_(d, [
    ("carried tens of thousands of wounded", "tens of thousands"),
    ("The train is nine carriages long", "nine"),
    ("Tonight we take 86 patients", "86"),
    ("Fifty-two on stretchers", "Fifty-two"),
    ("thirty-four walking wounded", "thirty-four"),
    ("Four are on ventilators", "Four"),
    ("one of five medical evacuation trains", "five"),
    ("have made 1,460 trips", "1,460"),
    ("carried more than 58,000 wounded", "more than 58,000"),
    ("the windows of three carriages", "three"),
    ("Of the 14 doctors and 31 nurses", "14"),
    ("14 doctors and 31 nurses", "31"),
    ("two have been injured on duty", "two"),
    ("we lost six patients on the way", "six"),
    ("on the way. Six. I remember", "Six"),
    ("recorded 1,730 attacks", "1,730"),
    ("verified 2,406 attacks", "2,406"),
    ("About 1,200 people remain", "About 1,200"),
    ("six patients are taken off", "six"),
    ("• 9 carriages, 2 of them", "9"),
    ("9 carriages, 2 of them intensive-care", "2"),
    ("• 86 patients on this trip", "86"),
    ("• 1,460 trips since March 2022", "1,460"),
    ("(all five trains)", "five"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s58")
