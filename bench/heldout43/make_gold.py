"""Builds gold.jsonl for heldout43 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout43.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout27, heldout33 and heldout35: headlines, subheads and later
restatements are optional; subsets introduced by "of whom", "among them", "including", "of them"
are optional, except a model or type within a weapon total (the seeds' "including two Su-34"); a
breakdown of a total by place ("22 of them over the Bryansk region") is required, and so is a
different action on part of a total ("shot down 409 of the drones"); in a list with a qualifier
only the qualified items keep it (the others `*`), a list with no qualifier is exact; casualty
sentences that name no perpetrator have actor `*`; a range is one claim quoting the whole range
(value and qualifier `*`); households (and "subscribers") left without power have category and
action `*`; damaged or destroyed buildings are infrastructure with action `*`; drones destroyed
in flight are shot_down; aircraft "scrambled" and drones that "entered" or "crossed" airspace
have action `*`; weapons received from donors have action `*`; pledges, promises and planned
spending or quotas are optional; an earlier state ("a year earlier", "down from ... the week
before") is optional; a sum given only in a headline is debatable; contracts signed are
personnel with action `*`, actor Russia, country Russia; regional bonuses per recruit and other
payments, prices and salaries are debatable, a region's spending on bonuses is required
(economic, unit `*`); counts of dead soldiers by home region have country and region `*`; a
side's estimate of losses "killed and wounded" (also a daily rate) has action and actor `*`.
Bodies that are not sides (Poland and its Operational Command and minister, independent outlets
and monitors, military bloggers) have claimant_side `*`, and events on Polish soil or in Polish
airspace have country and region `*`. Counts of places, incident counts ("463 strikes", "11 air
strikes", "116 artillery strikes", "1,400 times", "38 attempts", "52 reports"), unit counts
(battalions), group sizes, shares and rates ("40%", "41 per cent", "almost a fifth"), distances
and lengths ("19-kilometre", "232 kilometres", "five-kilometre zone"), areas of fires, prices and
payments, population and stock counts, vague amounts ("hundreds", "dozens", "tens of thousands")
and hypotheticals are debatable (`any_`). Dates, times, durations ("more than seven hours",
"every two or three months", "six years"), ages ("12-year-old", "64", "aged 58", "over the age of
45"), years of birth ("born in 1961"), ordinals ("the fourth large-scale attack", "the third
time", "the 71st exchange", "sixth tranche"), numbers inside names (Kh-101, Tu-95, MiG-31K, F-16,
KAB-500, Pantsir-S1, Mi-8, AI-95, Tu-22M3, IRIS-T SLM, "155mm", G7, "Table 1", "nine-story") and
page furniture are not labelled.

Decided anew for this set:
- Regions and sides outside bench.gold_tables' lists are written in their short English form
  (Ivano-Frankivsk, Chernihiv, Kaluga; Belarus and its Gomel region); check_gold.py adds them to
  the checker's vocabularies for this set only.
- s01: "locationally lost" drones (decoys and drones suppressed by electronic warfare) are a
  weapon claim with action, actor and target `*`; the lead's "at least seven" killed across three
  regions is required with region `*`, and the per-city tolls are required too.
- s02: munitions "dropped from drones" ("23 explosive devices") are debatable; guided aerial
  bombs dropped are launched; a regional report's per-settlement tolls (a breakdown of the day's
  total by place) are required, with actor `*` where the sentence names no side; "among them 3
  children" (killed or wounded) is an optional subset with action `*`.
- s03: table cells are labelled like text; a "bn roubles" column is normalised with the header's
  multiplier (34.2 -> 34,200,000,000); the outlet's per-month conversion of its own half-year
  count ("or roughly 27,000 a month") is a restatement (optional); a region's half-year recruiting
  plan is planned (optional); debtors who enlisted "had their debts written off" (debatable).
- s04: events in Crimea have country `*` (Ukraine in law, Russian-controlled) and region Crimea;
  the Kerch Strait and the Black Sea have country and region `*`; uncrewed boats (naval drones)
  destroyed at sea are drone/destroyed; fuel "storage tanks" are not weapons (debatable);
  ferries and landing craft "destroyed or damaged" are ship with action `*`; a queue of civilian
  vehicles is debatable; the bridge's cost and its bracketed dollar conversion are prices.
- s05: Belarusian troops "kept" near the border are personnel with action `*`, actor Belarus,
  country Belarus; Russian servicemen in Belarus have actor Russia, country Belarus; border
  guards' own consumption rate ("uses around 2,000 FPV drones a month") is launched (a rate
  given by a side: required); saboteurs "captured" are debatable.
- s06: prisoners of war exchanged, defenders returned and bodies repatriated are debatable (no
  category fits); money transferred or disbursed is required (economic, unit usd for dollars and
  `*` for euros), money pledged, promised or an "envelope" is optional; "THIS WEEK IN NUMBERS" is
  a headline box (optional, its prisoner count debatable)."""

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
    TER,  # noqa: F401
    UK,
    UN,
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

Lv, Tp, IF, Zp, Cr = "Lviv", "Ternopil", "Ivano-Frankivsk", "Zaporizhzhia", "Crimea"
Ch, BY, Gm, Kl = "Chernihiv", "Belarus", "Gomel", "Kaluga"

# fmt: off
# ---------------------------------------------------------------- s01 western Ukraine attack
d = "s01_western_ukraine_combined_attack.txt"
# A wire-service roundup (Wire North) of an overnight combined attack on Lviv, Ternopil and
# Ivano-Frankivsk: country Ukraine. The Air Force, Sadovyi, the State Emergency Service, Nadal,
# Onyshchuk and Zelensky speak for Ukraine; the lead's "Ukrainian officials said" too. Russia's
# Defence Ministry for Russia. Poland's Operational Command and Kosiniak-Kamysz are not sides
# (claimant_side, country and region `*`). Lead: "at least seven" killed (Russia launched ...,
# killing: actor Russia; three regions: region `*`) = 3 Lviv + 2 Ternopil + 2 Ivano-Frankivsk, the
# per-city tolls required. The Air Force's 497 drones and 43 missiles (the attack on three regions:
# region `*`), the models within the total ("14 Kh-101", "six Kinzhal") required, 409 drones and
# 35 missiles shot down, 62 "locationally lost" (action, actor, target `*`). Lviv: "a Russian
# missile" killed three (actor Russia); "At least 19" injured and "about 140" evacuated (actor
# `*`). Ternopil: two killed and 11 hospitalized (injured, actor `*`; the sentence after the
# Service's statement names no claimant: claimant_side `*`, as heldout35's port workers), 28
# apartment buildings (infrastructure). Ivano-Frankivsk: "some 96,000 households" (category and
# action `*`), two dead from debris (actor `*`), 27 drones "destroyed" over the region (shot_down).
# Poland: eight jets in the air (scrambled: action and actor `*`), one drone that crossed (action
# `*`, actor Russia), two airports suspended (infrastructure, optional as the seeds' closed
# airports), 4,500 troops on alert (personnel, action and actor `*`). Russia's 61 drones with "22 of
# them over the Bryansk region". Zelensky's weekly list: "more than 1,300" (at_least), "nearly
# 1,100" (at_most), 58 (qualifier `*`), region None. Debatable: the headline's 540 (a sum given only
# in the headline), "hundreds", "dozens", "tens of thousands", "roughly 2,000 square meters" (area
# of a fire), "seven regions" (places), Zelensky's rhetorical "500 drones" every night and "one
# system here". Non-claims: 11:20 AM, "March 16, 2028", "shortly before midnight", "more than seven
# hours", Kh-101, Tu-95, MiG-31K, "nine-story", "12-year-old", "64", "the fourth large-scale
# attack", F-16, "2:30 a.m.", "about three hours", and the furniture (1.4K, 212, "5 things", "535
# km", "the 3rd time", "top 10", 2028).
rows(d, [
    ("killing at least seven people", "at least seven", 7, GE, "count", CAS, N, "killed", R, U, U, U, A),
    ("Russia launched 497 drones and 43 missiles", "497", 497, EX, "count", W, "drone", "launched", R, U, U, U, A),
    ("497 drones and 43 missiles in the attack", "43", 43, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("Among the missiles were 14 Kh-101", "14", 14, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("and six Kinzhal hypersonic missiles", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("shot down 409 of the drones", "409", 409, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("and 35 of the missiles", "35", 35, EX, "count", W, "missile", "shot_down", U, R, U, U, A),
    ("Another 62 drones were", "62", 62, EX, "count", W, "drone", A, A, A, U, U, A),
    ("killing three people, including a 12-year-old girl", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, Lv),
    ("At least 19 people were injured across the city", "At least 19", 19, GE, "count", CAS, N, "injured", A, U, U, U, Lv),
    ("rescuers evacuated about 140 residents", "about 140", 140, APX, "count", DIS, N, "evacuated", A, A, U, U, Lv),
    ("Two workers were killed and 11 were hospitalized", "Two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Tp),
    ("and 11 were hospitalized", "11", 11, EX, "count", CAS, N, "injured", A, U, A, U, Tp),
    ("said 28 apartment buildings had windows blown out", "28", 28, EX, "count", INF, N, A, A, U, U, U, Tp),
    ("some 96,000 households were without electricity", "some 96,000", 96000, APX, "count", A, N, A, A, U, U, U, IF),
    ("Two people died when debris fell on a house near Kalush", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, IF),
    ("units destroyed 27 drones over the region", "27", 27, EX, "count", W, "drone", "shot_down", U, R, U, U, IF),
    ("eight jets were in the air", "eight", 8, EX, "count", W, "aircraft", A, A, A, A, A, A),
    ("One drone briefly crossed into Polish airspace", "One", 1, EX, "count", W, "drone", A, R, A, A, A, A),
    ("Two airports in southeastern Poland", "Two", 2, A, "count", INF, N, A, A, A, A, A, A, True),  # as the seeds' closed airports
    ("4,500 troops had been placed on heightened alert", "4,500", 4500, EX, "count", PER, N, A, A, A, A, A, A),
    ("destroyed 61 Ukrainian drones over Russian regions", "61", 61, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("with 22 of them over the Bryansk region", "22", 22, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("used more than 1,300 attack drones", "more than 1,300", 1300, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("nearly 1,100 guided aerial bombs", "nearly 1,100", 1100, LE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("and 58 missiles against Ukraine", "58", 58, A, "count", W, "missile", "launched", R, U, U, U, N),
])
any_(d, [
    ("western Ukraine with 540 drones and missiles", "540"),
    ("firing hundreds of drones", "hundreds"),
    ("and dozens of missiles at Lviv", "dozens"),
    ("leaving tens of thousands of homes", "tens of thousands"),
    ("a fire over roughly 2,000 square meters", "roughly 2,000"),
    ("outages were applied in seven regions", "seven"),
    ("Every night they send 500 drones", "500"),
    ("not one system here", "one"),
])

# ---------------------------------------------------------------- s02 Zaporizhzhia RMA report
d = "s02_zaporizhzhia_rma_daily_report.txt"
# A regional military administration's daily report, translated by an aggregator (Southern Front
# Monitor): country Ukraine, region Zaporizhzhia; Fedorov and the RMA speak for Ukraine, "the
# Russian occupiers" and "the enemy" are Russia. Strikes on settlements, air strikes, MLRS attacks,
# artillery strikes and damage reports are incident counts (debatable); the 16 guided aerial bombs
# dropped and the 328 UAVs that attacked are launched (required). Totals: 4 killed and 17 wounded
# "as a result of the enemy attacks" (actor Russia), "among them 3 children" optional (action `*`).
# By settlement (breakdown by place, required; actor `*`: the casualty and damage sentences name
# no side): Zaporizhzhia 2 killed, 6 injured, 1 high-rise and 7 houses; Orikhiv 1 killed and 3
# houses destroyed; Huliaipole 4 injured, 2 houses (its 23 "explosive devices" dropped from drones
# debatable); Stepnohirsk 1 killed, 5 injured; Kamianske 4 outbuildings, 2 wounded (2+1+1 = 4
# killed, 6+4+5+2 = 17 injured). Air Command "East" destroyed 21 UAVs (shot_down), "of them 9" the
# Shahed model within the total (required). 137 evacuated (actor `*`), "among them 22 children"
# optional. "about 7,800 subscribers" without electricity (category and action `*`). The editor's
# note: Balitsky (Russia) on five injured by Ukrainian drones (actor Ukraine, target `*`) and 34
# drones shot down; Russia's Defence Ministry's "up to 85" Ukrainian servicemen (casualties, action
# `*`). Non-claims: 18.04.2028, 08:05, 21:40, "aged 9", "born in 1961", "aged 58", KAB-500, "18:00
# to 06:00", and the furniture (2 941 views, the Related links' "12 thousand times" and "3 new
# shelters", "since 2023", "50 UAH", "18 300 readers").
rows(d, [
    ("4 persons were killed and 17 persons", "4", 4, EX, "count", CAS, N, "killed", R, U, U, U, Zp),
    ("17 persons were wounded, among them", "17", 17, EX, "count", CAS, N, "injured", R, U, U, U, Zp),
    ("among them 3 children", "3", 3, EX, "count", CAS, N, A, R, U, U, U, Zp, True),  # subset
    ("having dropped 16 guided aerial bombs", "16", 16, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Zp),
    ("328 UAVs of various modifications", "328", 328, EX, "count", W, "drone", "launched", R, U, U, U, Zp),
    ("2 persons were killed, 6 persons were injured", "2", 2, EX, "count", CAS, N, "killed", A, U, U, U, Zp),
    ("6 persons were injured, among them a girl", "6", 6, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("1 high-rise building, 7 private", "1", 1, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("7 private residential houses and a shop", "7", 7, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("1 man born in 1961 was killed", "1", 1, EX, "count", CAS, N, "killed", A, U, U, U, Zp),
    ("3 private houses and an administrative building", "3", 3, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("4 persons were injured. 2 private houses", "4", 4, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("2 private houses and a farm building", "2", 2, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("1 woman aged 58 was killed", "1", 1, EX, "count", CAS, N, "killed", A, U, U, U, Zp),
    ("5 persons received injuries", "5", 5, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("damage to 4 outbuildings", "4", 4, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("2 persons were wounded by an FPV drone", "2", 2, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("destroyed 21 enemy UAVs", "21", 21, EX, "count", W, "drone", "shot_down", U, R, U, U, Zp),
    ("of them 9 of the", "9", 9, EX, "count", W, "drone", "shot_down", U, R, U, U, Zp),
    ("137 persons, among them 22 children", "137", 137, EX, "count", DIS, N, "evacuated", A, A, U, U, Zp),
    ("among them 22 children, were evacuated", "22", 22, EX, "count", DIS, N, "evacuated", A, A, U, U, Zp, True),  # subset
    ("about 7,800 subscribers", "about 7,800", 7800, APX, "count", A, N, A, A, U, U, U, Zp),
    ("drones had injured five people in Enerhodar", "five", 5, EX, "count", CAS, N, "injured", U, A, R, U, Zp),
    ("shot down 34 Ukrainian drones", "34", 34, EX, "count", W, "drone", "shot_down", R, U, R, U, Zp),
    ("losses of up to 85 servicemen", "up to 85", 85, LE, "count", CAS, N, A, R, U, R, U, Zp),
])
any_(d, [
    ("struck 14 settlements of the region 463 times", "14"),
    ("struck 14 settlements of the region 463 times", "463"),
    ("carried out 463 strikes on 14 settlements", "463"),
    ("carried out 463 strikes on 14 settlements", "14"),
    ("delivered 11 air strikes", "11"),
    ("8 attacks from MLRS", "8"),
    ("116 artillery strikes were recorded", "116"),
    ("dropped 23 explosive devices from drones", "23"),
    ("In total, 52 reports were received", "52"),
    ("residents of the 15-kilometre zone", "15"),
])

# ---------------------------------------------------------------- s03 recruitment and payments
d = "s03_russian_recruitment_regional_payments.txt"
# A data-journalism analysis (The Kremlin Ledger) of contract recruitment and regional bonuses:
# country Russia. The outlet's own count, its table ("calculations by The Kremlin Ledger") and
# Mediazona/BBC have claimant_side `*`; Medvedev speaks for Russia; HUR and the General Staff for
# Ukraine; the economist Orekhova and the anonymous regional official are commentators (their
# numbers debatable). Contracts signed (personnel, action `*`, actor Russia, country Russia):
# Medvedev's 171,000 (region None), the Ledger's "some 163,500" (region None), the table's five
# regions (region by row); HUR's range "around 26,000 to 28,000" a month (value and qualifier `*`);
# the subhead's "roughly 28,000 a month" (optional), "210,000" a year earlier (optional), "roughly
# 27,000 a month" (the Ledger's own conversion: optional), Samara's plan of 6,500 (optional). The
# General Staff's "about 1,150" killed and wounded a day (action and actor `*`, target Russia,
# country and region `*`). Money: the table's spending column (bn roubles, economic, unit `*`),
# the five's 73.6 billion (region `*`: five regions) and "more than 240 billion" nationwide
# (region None) required; bonuses per recruit (the headline's "up to 3.1 million", 195,000,
# 800,000, the table's bonus column, "2 or 3 million", "5 million"), the salary 38,400, "ten times",
# "1.9%", "41 per cent", "almost a fifth", "over 2,000 men" with debts written off, and the
# references to "the five regions" debatable. The dead: Mediazona's 198,440 killed in Ukraine
# (country Ukraine, actor `*`) and the home-region breakdown 4,317 and 3,986 (country and region
# `*`). Non-claims: "7 August 2028", "11 min read", 2023, "Five years on", "January and June 2028",
# "A year earlier", "Table 1", "January–June 2028", "six months", "over the age of 45", "since
# February 2022", "roughly six years", 2024, "In a year", and the furniture (612 shares, "The 12
# regions", "1,400 new listings", €4, 27,000 subscribers).
rows(d, [
    ("held at roughly 28,000 a month", "roughly 28,000", 28000, APX, "count", PER, N, A, R, A, A, R, N, True),  # subhead
    ("171,000 people signed contracts", "171,000", 171000, EX, "count", PER, N, A, R, A, R, R, N),
    ("he had reported 210,000 for the same half-year", "210,000", 210000, EX, "count", PER, N, A, R, A, R, R, N, True),  # earlier state
    ("some 163,500 contracts", "some 163,500", 163500, APX, "count", PER, N, A, R, A, A, R, N),
    ("or roughly 27,000 a month", "roughly 27,000", 27000, APX, "count", PER, N, A, R, A, A, R, N, True),  # restates as a rate
    ("recruiting around 26,000 to 28,000 people a month", "around 26,000 to 28,000", A, A, "count", PER, N, A, R, A, U, R, N),
    ("Russia loses about 1,150 soldiers", "about 1,150", 1150, APX, "count", CAS, N, A, A, R, U, A, A),
    # table: contracts signed, spending on bonuses (bn roubles)
    ("| 14,850", "14,850", 14850, EX, "count", PER, N, A, R, A, A, R, "Moscow"),
    ("| 34.2", "34.2", 34200000000, EX, A, ECO, N, A, A, A, A, R, "Moscow"),
    ("| 5,210", "5,210", 5210, EX, "count", PER, N, A, R, A, A, R, "Samara"),
    ("| 16.2", "16.2", 16200000000, EX, A, ECO, N, A, A, A, A, R, "Samara"),
    ("| 6,930", "6,930", 6930, EX, "count", PER, N, A, R, A, A, R, "Rostov"),
    ("| 10.4", "10.4", 10400000000, EX, A, ECO, N, A, A, A, A, R, "Rostov"),
    ("| 4,120", "4,120", 4120, EX, "count", PER, N, A, R, A, A, R, "Saratov"),
    ("| 8.2", "8.2", 8200000000, EX, A, ECO, N, A, A, A, A, R, "Saratov"),
    ("| 3,870", "3,870", 3870, EX, "count", PER, N, A, R, A, A, R, "Volgograd"),
    ("| 4.6", "4.6", 4600000000, EX, A, ECO, N, A, A, A, A, R, "Volgograd"),
    ("reached 73.6 billion roubles", "73.6 billion", 73600000000, EX, A, ECO, N, A, A, A, A, R, A),
    ("at more than 240 billion roubles", "more than 240 billion", 240000000000, GE, A, ECO, N, A, A, A, A, R, N),
    ("half-year plan of 6,500 recruits", "6,500", 6500, EX, "count", PER, N, A, R, A, A, R, "Samara", True),  # plan
    ("names of 198,440 Russian servicemen", "198,440", 198440, EX, "count", CAS, N, "killed", A, R, A, U, A),
    ("4,317 came from the Samara region", "4,317", 4317, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("and 3,986 from the Rostov region", "3,986", 3986, EX, "count", CAS, N, "killed", A, R, A, A, A),
])
any_(d, [
    ("pay up to 3.1 million roubles a head", "up to 3.1 million"),
    ("bonus of 195,000 roubles", "195,000"),
    ("sums ten times as large", "ten times"),
    ("was raised to 800,000 roubles", "800,000"),
    ("compares the five regions", "five"),
    ("| 2,300,000", "2,300,000"),
    ("| 3,100,000", "3,100,000"),
    ("| 1,500,000", "1,500,000"),
    ("| 2,000,000", "2,000,000"),
    ("| 1,200,000", "1,200,000"),
    ("Across the five, regional spending", "five"),
    ("about 1.9% of all regional expenditure", "about 1.9%"),
    ("by almost a fifth", "almost a fifth"),
    ("41 per cent of those who signed", "41 per cent"),
    ("over 2,000 men had their debts written off", "over 2,000"),
    ("salary of 38,400 roubles a month", "38,400"),
    ("The bonus is 2 or 3 million today", "2 or 3 million"),
    ("In a year it will be 5 million", "5 million"),
])

# ---------------------------------------------------------------- s04 Kerch bridge, Crimea
d = "s04_kerch_bridge_crimea_logistics.txt"
# A news site (Black Sea Observer) on strikes on the Crimean bridge and Crimea's supply lines with
# conflicting claims. The SBU source, the General Staff, HUR and the Navy's Lysenko speak for
# Ukraine; the Defence Ministry and Aksyonov for Russia; the Rybar channel (a blogger) and "Russian
# traffic monitors" have claimant_side `*`. Crimea: country `*`, region Crimea; the bridge, the
# Kerch Strait and the Black Sea: country and region `*`, except the "Kerch side" (Crimea).
# Ukraine: "at least nine" Sea Baby naval drones sent (launched), two road spans damaged
# (infrastructure, action `*`; the subhead restates: optional). Russia: "11 uncrewed boats"
# destroyed (drone, destroyed; the headline restates: optional) and 46 fixed-wing drones shot down
# "over Crimea and the Black Sea" (region `*`). Aksyonov: one killed and three injured by falling
# debris (actor `*`). HUR: "two radar stations" (weapon_type `*`) and three helicopters destroyed
# (Crimea). Rybar: "at least 30 drones" launched at Crimea (actor Ukraine). Lysenko: four ferries
# and 12 landing craft "destroyed or damaged" (ship, action `*`, the strait). The ministry's 214
# naval drones destroyed since January (country and region `*`). Debatable: "19-kilometre",
# "roughly a tonne", "about 1,200 vehicles" (a civilian queue), "at least six" of the "14 storage
# tanks" (fuel tanks, not weapons), "about 40%", "20 litres", "18%", the cost "about 228 billion
# roubles" and "$3.7 billion". Non-claims: "9 June 2028", 14:52, 17:30, "the third time", 03:40,
# Pantsir-S1, Mi-8, AI-95, "in a week", 2018, "October 2022", "July 2023", and the furniture (18
# 775 views, 96 comments, "Five maps", "6-metre", "5 minutes", 9,400 readers, 2028).
rows(d, [
    ("says all 11 sea drones destroyed", "11", 11, EX, "count", W, "drone", "destroyed", R, U, R, A, A, True),  # headline
    ("Kyiv says two road spans were damaged", "two", 2, EX, "count", INF, N, A, A, A, U, A, A, True),  # subhead
    ("at least nine Sea Baby naval drones", "at least nine", 9, GE, "count", W, "drone", "launched", U, R, U, A, A),
    ("two road spans on the Kerch side were damaged", "two", 2, EX, "count", INF, N, A, A, A, U, A, Cr),
    ('"destroyed 11 uncrewed boats"', "11", 11, EX, "count", W, "drone", "destroyed", R, U, R, A, A),
    ("destroyed 46 Ukrainian fixed-wing drones", "46", 46, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("one person had been killed and three injured", "one", 1, EX, "count", CAS, N, "killed", A, A, R, A, Cr),
    ("killed and three injured on the Kerch side", "three", 3, EX, "count", CAS, N, "injured", A, A, R, A, Cr),
    ("and two radar stations near Dzhankoi", "two", 2, EX, "count", W, A, "destroyed", U, R, U, A, Cr),
    ("and three Mi-8 helicopters", "three", 3, EX, "count", W, "helicopter", "destroyed", U, R, U, A, Cr),
    ('"at least 30 drones" had been launched', "at least 30", 30, GE, "count", W, "drone", "launched", U, R, A, A, Cr),
    ("destroyed or damaged four ferries", "four", 4, EX, "count", W, "ship", A, U, R, U, A, A),
    ("and 12 landing craft", "12", 12, EX, "count", W, "ship", A, U, R, U, A, A),
    ("destroyed 214 Ukrainian naval drones", "214", 214, EX, "count", W, "drone", "destroyed", R, U, R, A, A),
])
any_(d, [
    ("the 19-kilometre road and rail crossing", "19"),
    ("roughly a tonne of explosives", "roughly a tonne"),
    ("A queue of about 1,200 vehicles", "about 1,200"),
    ("in at least six of the terminal", "at least six"),
    ("terminal's 14 storage tanks", "14"),
    ("about 40% of the military freight", "about 40%"),
    ("limited sales to 20 litres per car", "20"),
    ("rose by 18% in a week", "18%"),
    ("about 228 billion roubles", "about 228 billion"),
    ("($3.7 billion at the time)", "$3.7 billion"),
])

# ---------------------------------------------------------------- s05 border guard interview
d = "s05_chernihiv_border_guard_interview.txt"
# A regional site's Q&A (Siver.info) with the commander of the Chernihiv border detachment: every
# answer speaks for Ukraine (claimant_side Ukraine). Belarus: "about 6,500 troops" kept in the
# Gomel region (personnel, action `*`, actor Belarus, country Belarus, region Gomel) and "up to
# 1,200 Russian servicemen there" (actor Russia, country Belarus). The Russian side: 312 drones
# "used" (launched) and 29 guided aerial bombs dropped on Chernihiv communities, 57 Shahed-type
# drones shot down (Chernihiv), six saboteurs killed (actor Ukraine), two border guards wounded
# (actor `*`), 9 civilians killed and 31 injured by "Russian strikes", 2,300 evacuated (actor `*`),
# 14 armoured vehicles received (action and actor `*`), the detachment's own "around 2,000 FPV
# drones a month" (launched, actor Ukraine, target Russia), "another 40 pickups" promised
# (optional), "between 10,000 and 12,000 troops in the Bryansk region" (a range: value and
# qualifier `*`; action `*`, actor Russia, country Russia). Debatable: "232 kilometres", "more
# than 200 kilometres", "two special operations battalions", "more than 1,400 times", "38
# attempts", "four or five people", "about 20" (group sizes), "two were captured", "two or three
# kilometres", "five-kilometre zone", "dozens of electronic warfare systems", "40, 50 thousand"
# (hypothetical). Non-claims: "22 May 2028", "since 2025", "the three countries", "every two or
# three months", "almost daily", "in April alone", "since January", "In March", "every week",
# "Over the last year", "by autumn", and the furniture (5 630 views, 41 comments, "3 schools",
# "120 years", the phone number, "11 thousand subscribers", 2017–2028).
rows(d, [
    ("about 6,500 troops in the Gomel region", "about 6,500", 6500, APX, "count", PER, N, A, BY, A, U, BY, Gm),
    ("up to 1,200 Russian servicemen there", "up to 1,200", 1200, LE, "count", PER, N, A, R, A, U, BY, Gm),
    ("They used 312 FPV and Molniya drones", "312", 312, EX, "count", W, "drone", "launched", R, U, U, U, Ch),
    ("dropped 29 guided aerial bombs", "29", 29, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Ch),
    ("have shot down 57 Shahed-type drones", "57", 57, EX, "count", W, "drone", "shot_down", U, R, U, U, Ch),
    ("We killed six of them", "six", 6, EX, "count", CAS, N, "killed", U, R, U, U, Ch),
    ("two border guards were wounded", "two", 2, EX, "count", CAS, N, "injured", A, U, U, U, Ch),
    ("have killed 9 civilians and injured 31", "9", 9, EX, "count", CAS, N, "killed", R, U, U, U, Ch),
    ("9 civilians and injured 31", "31", 31, EX, "count", CAS, N, "injured", R, U, U, U, Ch),
    ("We have evacuated 2,300 residents", "2,300", 2300, EX, "count", DIS, N, "evacuated", A, A, U, U, Ch),
    ("received 14 armoured vehicles from partners", "14", 14, EX, "count", W, "armored_vehicle", A, A, A, U, U, Ch),
    ("uses around 2,000 FPV drones a month", "around 2,000", 2000, APX, "count", W, "drone", "launched", U, R, U, U, Ch),
    ("promised us another 40 pickups", "40", 40, EX, "count", W, "vehicle", A, A, A, U, U, Ch, True),  # promise
    ("keep between 10,000 and 12,000 troops", "between 10,000 and 12,000", A, A, "count", PER, N, A, R, A, U, R, "Bryansk"),
])
any_(d, [
    ("covers 232 kilometres of the border", "232"),
    ("more than 200 kilometres with Russia", "more than 200"),
    ("including two special operations battalions", "two"),
    ("mortars more than 1,400 times", "more than 1,400"),
    ("we have recorded 38 attempts", "38"),
    ("small groups of four or five people", "four or five"),
    ("a group of about 20 tried", "about 20"),
    ("two were captured", "two"),
    ("villages two or three kilometres from the line", "two or three"),
    ("from the five-kilometre zone", "five"),
    ("and dozens of electronic warfare systems", "dozens"),
    ("you need 40, 50 thousand troops", "40, 50 thousand"),
])

# ---------------------------------------------------------------- s06 weekly newsletter digest
d = "s06_weekly_digest_aid_swaps_airbase.txt"
# An emailed weekly digest (The Eastern Front Weekly) in bulleted items. The digest's own voice
# ("That brings Tokyo's total", "Brussels has now paid out", Maxar's images) has claimant_side
# `*`; Ukraine's Finance Ministry, the SBU, the Air Force and the General Staff speak for Ukraine;
# the Defence Ministry and Shapsha for Russia; Britain's Defence Intelligence for the United
# Kingdom; the HRMMU for the United Nations. THIS WEEK IN NUMBERS is a headline box: "€2.8bn" and
# "2" optional, "390" (prisoners) debatable. Aid: Germany's €2.8 billion and "four more IRIS-T
# SLM systems" pledged (optional; the 120,000 rounds of pledged ammunition debatable), Japan's
# transfer of "$1. 9 billion" (the broken decimal: 1,900,000,000) and Tokyo's total $8.4 billion
# required (usd), the Dutch 1,000 drones promised (optional), the EU's €3.1 billion disbursed
# required (unit `*`), the €50 billion envelope optional. Prisoners and bodies: debatable. Strikes:
# two Tu-22M3 destroyed and "at least one more damaged" (action `*`) at Shaykovka (Kaluga); the
# ministry's 73 drones downed over three regions (region `*`) and "41 of them over the Kaluga
# region" (breakdown, required); two injured by falling debris (actor `*`); the Air Force's weekly
# 1,620 drones and 74 missiles (region None), "down from 2,050" the week before (optional).
# Casualties: the UK's "roughly 1,050" a day and the General Staff's 1,512,300 killed and wounded
# (action and actor `*`, target Russia), the HRMMU's 188 killed and 1,034 injured (actor `*`,
# target Ukraine; region `*`: a national figure in a sentence naming three regions). Grain: "4.3
# million tonnes" shipped (economic, unit `*`). Debatable: "120,000 rounds", "62 per cent", the
# prisoners (390 twice, "47 defenders", "390 Russian servicemen", "1,000 fallen soldiers", "38"),
# "two aircraft parking spots", "over 70 per cent". Non-claims: "Issue #212", "20 October 2028",
# "five-minute", Tu-22M3, IRIS-T SLM, "155mm", 2029, G7, "since 2022", "sixth tranche", "the 71st
# exchange", "since February 2022", "since April", "a record for 2028", and the furniture (46,000
# subscribers, €5/month, the address "Rue de la Loi 200, 1040 Brussels").
rows(d, [
    ("€2.8bn — Germany's new military aid package", "€2.8bn", 2800000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # headline box, pledge
    ("2 — Tu-22M3 bombers Kyiv says it destroyed", "2", 2, EX, "count", W, "aircraft", "destroyed", U, R, U, R, Kl, True),  # headline box
    ("Germany pledged €2.8 billion in military aid", "€2.8 billion", 2800000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # pledge
    ("including four more IRIS-T SLM systems", "four", 4, EX, "count", W, "air_defense", A, A, A, A, U, A, True),  # pledge
    ("Japan transferred $1. 9 billion", "$1. 9 billion", 1900000000, EX, "usd", ECO, N, A, A, A, U, A, A),
    ("brings Tokyo's total to $8.4 billion", "$8.4 billion", 8400000000, EX, "usd", ECO, N, A, A, A, A, A, A),
    ("production of 1,000 long-range drones", "1,000", 1000, EX, "count", W, "drone", A, A, A, A, U, A, True),  # promise
    ("Facility disbursed €3.1 billion", "€3.1 billion", 3100000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("of the €50 billion envelope", "€50 billion", 50000000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # envelope
    ("two Tu-22M3 long-range bombers were destroyed", "two", 2, EX, "count", W, "aircraft", "destroyed", U, R, U, R, Kl),
    ("at least one more damaged", "at least one", 1, GE, "count", W, "aircraft", A, U, R, U, R, Kl),
    ("had downed 73 Ukrainian drones", "73", 73, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("41 of them over the Kaluga region", "41", 41, EX, "count", W, "drone", "shot_down", R, U, R, R, Kl),
    ("debris injured two people", "two", 2, EX, "count", CAS, N, "injured", A, A, R, R, Kl),
    ("Russia launched 1,620 drones and 74 missiles", "1,620", 1620, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 74 missiles against Ukraine over the week", "74", 74, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("down from 2,050 drones the week before", "2,050", 2050, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # earlier state
    ("suffered roughly 1,050 casualties a day", "roughly 1,050", 1050, APX, "count", CAS, N, A, A, R, UK, A, A),
    ("at 1,512,300 killed and wounded", "1,512,300", 1512300, EX, "count", CAS, N, A, A, R, U, A, A),
    ("said 188 civilians were killed", "188", 188, EX, "count", CAS, N, "killed", A, U, UN, U, A),
    ("and 1,034 injured in September", "1,034", 1034, EX, "count", CAS, N, "injured", A, U, UN, U, A),
    ("shipped 4.3 million tonnes in September", "4.3 million", 4300000, EX, A, ECO, N, A, A, A, U, U, N),
])
any_(d, [
    ("390 — prisoners returned home", "390"),
    ("120,000 rounds of 155mm", "120,000"),
    ("paid out 62 per cent", "62 per cent"),
    ("exchanged 390 prisoners of war each", "390"),
    ("were 47 defenders of Mariupol", "47"),
    ("said 390 Russian servicemen had been returned", "390"),
    ("bodies of 1,000 fallen soldiers", "1,000"),
    ("Russia received 38", "38"),
    ("at two aircraft parking spots", "two"),
    ("over 70 per cent of them", "over 70 per cent"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s43")
