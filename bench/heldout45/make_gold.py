"""Builds gold.jsonl for heldout45 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout45.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout35 (and through it heldout27 and heldout33): headlines,
subheads and later restatements are optional; subsets introduced by "of whom", "among them",
"including", "of them" are optional, except a model or type within a weapon total (the seeds'
"including two Su-34"); a breakdown of a total by place ("29 over the territory of Bryansk
region") is required, and so is a different action on part of a total ("of which 21 were shot
down"); in a list with a qualifier only the qualified items keep it (the others `*`), a list with
no qualifier is exact; casualty sentences that name no perpetrator have actor `*`; a range is one
claim quoting the whole range (value and qualifier `*`); households left without power have
category and action `*`; losses reported as "lost" have action `*`; drones destroyed in flight
are shot_down; settlements "liberated" are territory with action `*`; pledges, promises and
planned spending are optional; an earlier state ("a year earlier", "up from ... the week before")
is optional; a monitor's or fact-checker's sum of a side's claims keeps that side's actor and
target with claimant_side `*`, but a sum given only in a headline is debatable. Bodies that are
not sides (Poland, NATO, the EU, NGOs, think tanks, consultancies, independent outlets and
monitors other than DeepState) have claimant_side `*`, and events on the soil of Poland have
country and region `*`; an outlet's or agency's own voice has claimant_side `*`; DeepState speaks
for Ukraine (the seeds). People "displaced", "leaving" and refugees are displacement with action
`*` (only "evacuated" is evacuated); refugees across Europe have country `*`. Damaged houses and
buildings are infrastructure with action and actor `*`; airports closed are infrastructure,
optional, qualifier `*` (the seeds). An appeal's requirement and money received are required
(usd, or `*` for other currencies); the share funded is debatable. Counts of places ("16
locations", "nine regions", "14 more settlements"), incident counts ("174 combat engagements"),
unit counts (crews), group sizes, shares and rates ("41%", "one in four", "70 per cent",
"22 square kilometers per day"), distances, speeds and altitudes, areas of fires, prices and
payments, production and delivery rates, population stocks, recipients of aid, civilian cars hit,
hypotheticals and vague quantities ("tens of thousands", "dozens", "hundreds") are debatable
(`any_`). Dates, times, durations ("for at least 24 hours", "nearly three hours", "two or three
minutes"), ages ("67-year-old", "14-year-old", "is 34"), ordinals ("sixth winter", "22nd
sanctions package"), numbered updates and footnotes ("Update #27", "[12]"), numbers inside names
(Kh-101, Tu-95, Iskander-M, Shahed-136, F-16, Su-34, RM-70, Orlan-10, Geran-3, FPV, "Group of
Seven", G7, 7th Rapid Response Corps, 47th and 93rd Mechanized Brigades, 96th Anti-Aircraft
Missile Brigade) and page furniture are not labelled.

Decided anew for this set:
- s01: a wire story's "Summary" bullets and its capitalised subheads are headlines (optional); the
  headline's "520 drones and missiles" is a sum given only there (debatable); Zelensky's weekly
  list carries two different qualifiers ("more than 1,900" at_least, "nearly 1,300" at_most) and
  its unqualified "74 missiles" has qualifier `*`; "nearly two dozen" wounded is at_most 24; the
  missiles "shot down or electronically jammed" are shot_down; "The rest hit targets at 16
  locations" is a count of places (debatable); "There were no casualties" and "Nobody was hurt"
  are debatable (heldout35's "nobody was hurt").
- s02: a Russian regional site's weekly digest: "the enemy" and the AFU are Ukraine, the governor
  and the operational headquarters speak for Russia; the by-district list is a breakdown by place
  (required, region Belgorod); "rockets" from a multiple rocket launcher that were intercepted
  have weapon_type `*`; "munitions" fired have weapon_type `*`; children evacuated to camps in
  other regions have region Belgorod (where they were evacuated from); residents who "have left"
  a district are displacement with action `*`; Ukraine's claim of air defence systems destroyed
  inside the Belgorod region has country Russia; troops "deployed along the border" by Russia
  are personnel, deployed, country Russia.
- s03: an NGO's situation update speaks in its own voice (claimant_side `*`); the weekly total
  evacuated and its by-oblast list are both required (the KEY FIGURES box is a headline); the
  daily range of departures "Between 60 and 90 people a day" is required (displacement, value and
  qualifier `*`); returnees are displacement with action `*`; the NGO's money raised is required
  (euros: unit `*`); two volunteers injured by "a drone" have actor and target `*`.
- s04: a think tank's assessment: its own estimates have claimant_side `*`; territory "regained"
  by Ukraine has action `*` (like "liberated"), actor Ukraine, target Russia; the depth of an
  advance ("up to 1.8 kilometers") is territory, km, action `*` (the seeds' 12 km intrusion); the
  BY THE NUMBERS box is labelled as text: the occupied total and the area held in Sumy Oblast are
  required, the repeated October gains optional, September's gains optional (the comparison
  baseline of the pace), "0 km²" debatable; South Korea's intelligence service has claimant_side
  South Korea; North Korean casualties have target North Korea and action `*`; the 5,000
  construction troops "sent earlier in the year" are optional (an earlier deployment).
- s05: a question-and-answer interview: the commander ("we", "my crews", "the electronic warfare
  guys working with us") speaks for Ukraine, region Kyiv for his battalion's area; a month within
  a cumulative total ("In September alone it was 287") is a new claim for another period
  (required), unlike a subset by kind; "another dozen" is 12, exact; Russia's claim relayed by the
  Ukrainian commander ("they claimed 1,200 of ours") has claimant_side Russia and country Russia;
  the reporter's "more than 500 drones" in the introduction is required (claimant_side `*`).
- s06: percentage changes of an economic quantity ("fell by 21%", "rose 9%", the rouble
  "strengthened 8%") are required as the seeds' "ruble losing 6%"; shares of GDP or of capacity
  are debatable; rouble, euro and hryvnia amounts have unit `*`; the bracketed dollar conversion
  is optional; 2028 budgets are planned (optional); refineries "hit" by Ukrainian drones are
  infrastructure with action `*`; drones that "targeted" a refinery are launched; the numbers of
  the table, whose unit sits in a header ("trn roubles"), are debatable; tankers added to a
  sanctions list are debatable; the broken decimal "44. 2 million" cubic metres is 44,200,000 m3
  (country and region `*`, as the seeds' gas deliveries)."""

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

SK = "South Korea"
NK = "North Korea"
Kv, Lv, Dp, Br, Bel = "Kyiv", "Lviv", "Dnipropetrovsk", "Bryansk", "Belgorod"
D, Kh, Zp, Sm, Ku = "Donetsk", "Kharkiv", "Zaporizhzhia", "Sumy", "Kursk"

# fmt: off
# ---------------------------------------------------------------- s01 overnight air attack
d = "s01_overnight_air_attack_regions.txt"
# A wire story (Meridian) on an overnight Russian attack on Ukraine with a regional toll. The Air
# Force, "Ukrainian officials", Zelensky, the governors and city heads speak for Ukraine (country
# Ukraine); Russia's Defence Ministry for Russia (country Russia); Poland's Operational Command is
# not a side. Lead: 486 drones and 34 missiles launched (region None: nationwide), "killing four
# people" (the sentence names Russia: actor Russia); the Air Force's 448 drones and 27 missiles
# shot down or jammed; the missile models within the total (19 Kh-101, eight Iskander-M, seven
# Kalibr) required. Zelensky's week: "more than 1,900" drones (at_least), "nearly 1,300" guided
# bombs (at_most), "74 missiles" (qualifier `*`). Regional toll (actor `*`: "a missile", "debris
# from drones"): Lviv two killed, 11 injured ("Four of the injured" a subset: optional); Kyiv one
# killed, "nearly two dozen" wounded (at_most 24); Dnipropetrovsk "More than 42,000 households"
# without electricity (category and action `*`). Poland's "two airports" closed: optional
# (seeds), country `*`. Russia: 63 drones destroyed (shot_down, region `*`), "24 of them over the
# Bryansk region" (breakdown by place: required). Headline "four dead", the Summary bullets and the
# subhead "DOWNED 63 DRONES" restate (optional); the headline's 520 is a sum (debatable).
# Debatable: "16 locations", "nine more sites", "About half", "about 2,000 square metres" (a
# fire), "15,500 of them" reconnected, "no casualties", "nine regions", "seven regions",
# "Nobody was hurt", "tens of thousands of troops". Non-claims: "Oct 19", "9:14 AM", GMT+3, "37
# min", "5 min", Kh-101, Tu-95, Iskander-M, Shahed-136, F-16, "Group of Seven", "16-storey",
# "67-year-old", "for at least 24 hours", "nearly three hours", "no violations" (none reported),
# "February 2022", "sixth winter",
# and the furniture ("6 min read", "40 billion euro", "2%", "4 min read", "2 min read", "the 5
# stories", "7 a.m.", 2027).
rows(d, [
    ("drones and missiles, four dead", "four", 4, EX, "count", CAS, N, "killed", R, U, A, U, N, True),  # headline
    ("Russia launched 486 drones, 34 missiles", "486", 486, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # summary
    ("486 drones, 34 missiles", "34", 34, EX, "count", W, "missile", "launched", R, U, U, U, N, True),  # summary
    ("Four killed in Lviv, Kyiv and Dnipropetrovsk", "Four", 4, EX, "count", CAS, N, "killed", A, U, U, U, A, True),  # summary
    ("More than 42,000 households without power", "More than 42,000", 42000, GE, "count", A, N, A, A, U, U, U, Dp, True),  # summary
    ("shuts two airports for hours", "two", 2, A, "count", INF, N, A, A, A, A, A, A, True),  # summary, airports
    ("Russia launched 486 drones and 34 missiles", "486", 486, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("34 missiles at Ukraine overnight", "34", 34, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("killing four people, Ukrainian officials said", "four", 4, EX, "count", CAS, N, "killed", R, U, U, U, N),
    ("jammed 448 of the drones", "448", 448, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("448 of the drones and 27 of the missiles", "27", 27, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("included 19 Kh-101 cruise missiles", "19", 19, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("eight Iskander-M ballistic missiles", "eight", 8, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("seven Kalibr cruise missiles launched from ships", "seven", 7, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("launched more than 1,900 attack drones", "more than 1,900", 1900, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("nearly 1,300 guided aerial bombs", "nearly 1,300", 1300, LE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("and 74 missiles of various types", "74", 74, A, "count", W, "missile", "launched", R, U, U, U, N),
    ("two people were killed and 11 were injured", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Lv),
    ("and 11 were injured when a missile struck", "11", 11, EX, "count", CAS, N, "injured", A, U, U, U, Lv),
    ("Four of the injured were in a serious condition", "Four", 4, EX, "count", CAS, N, "injured", A, U, U, U, Lv, True),  # subset
    ("one man was killed and nearly two dozen", "one", 1, EX, "count", CAS, N, "killed", A, U, U, U, Kv),
    ("nearly two dozen people were wounded", "nearly two dozen", 24, LE, "count", CAS, N, "injured", A, U, U, U, Kv),
    ("More than 42,000 households in the region", "More than 42,000", 42000, GE, "count", A, N, A, A, U, U, U, Dp),
    ("temporarily closed two airports, in Rzeszow", "two", 2, A, "count", INF, N, A, A, A, A, A, A, True),  # airports
    ("RUSSIA SAYS IT DOWNED 63 DRONES", "63", 63, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # subhead
    ("destroyed 63 Ukrainian fixed-wing drones", "63", 63, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("24 of them over the Bryansk region", "24", 24, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
])
any_(d, [
    ("with 520 drones and missiles", "520"),
    ("hit targets at 16 locations", "16"),
    ("fell on nine more sites", "nine"),
    ("About half of the drones were Gerbera decoys", "About half"),
    ("a warehouse of about 2,000 square metres", "about 2,000"),
    ("reconnected 15,500 of them by midday", "15,500"),
    ("There were no casualties", "no"),
    ("introduced in nine regions", "nine"),
    ("overnight over seven regions", "seven"),
    ("Nobody was hurt, he said", "Nobody"),
    ("sent tens of thousands of troops", "tens of thousands"),
])

# ---------------------------------------------------------------- s02 Belgorod weekly digest
d = "s02_belgorod_weekly_shelling_digest.txt"
# The English edition of a Russian regional site (BelNovosti): its weekly digest of shelling in the
# Belgorod region. Gladkov, the regional operational headquarters, the regional government, the
# district head and the Defence Ministry speak for Russia; "the enemy", the AFU and "the Ukrainian
# side" are Ukraine; Ukraine's military intelligence speaks for Ukraine. Country Russia, region
# Belgorod throughout. The week: "more than 1,100 munitions" fired (weapon_type `*`), 683 drones
# launched, "412 of which" shot down or suppressed (a different action on part of the total:
# required); nine killed and 41 injured (actor `*`: the sentence names no perpetrator), "among them
# four children" (a subset: optional, action `*`: killed or injured), the week before's six and 30
# (earlier state: optional). The by-district list (Shebekino 4 and 15, Graivoron 3 and 12, Belgorod
# district 2 and 14: they add up to nine and 41) required. Damage: 184 private houses
# (infrastructure, action and actor `*`). Evacuation: "About 1,300 children" evacuated, "18
# thousand residents have left" (displacement, action `*`). Air defence: the ministry's 96 drones
# and 14 rockets intercepted (the rockets: weapon_type `*`); Ukraine's "two Russian air defence
# systems" destroyed; "around 15,000 troops" deployed by Russia (claimant Ukraine). The headline
# restates nine, 41 and "1,100+" (optional). Debatable: "a dozen vehicles were hit" and "87 cars"
# (civilian cars), "dozens of apartment buildings", "compensation for 1,640 homes" (payments).
# Non-claims: "24 October 2027", 21:47, "4 min", "seven days" ("Over the seven days": a period),
# "one of the hardest",
# "14-year-old", "since spring", Wednesday, Friday, RM-70, FPV, "Since January", and the furniture
# (+4°C, USD 96.40, EUR 104.15, 👁 18 932, 💬 64, "150,000 rubles" in a Read also link, VK 212, OK
# 48, Telegram 530, "146 thousand readers", the MOST READ list's "1 November", "12%" and "5
# places", "Comments (64)", 2008–2027, 18+, FS77-71234).
rows(d, [
    ("WEEK IN REVIEW: nine dead", "nine", 9, EX, "count", CAS, N, "killed", A, R, A, R, Bel, True),  # headline
    ("41 wounded in Belgorod region", "41", 41, EX, "count", CAS, N, "injured", A, R, A, R, Bel, True),  # headline
    ("AFU fire 1,100+ munitions", "1,100+", 1100, GE, "count", W, A, "launched", U, R, A, R, Bel, True),  # headline
    ("fired more than 1,100 munitions at settlements", "more than 1,100", 1100, GE, "count", W, A, "launched", U, R, R, R, Bel),
    ("launched 683 drones at the region", "683", 683, EX, "count", W, "drone", "launched", U, R, R, R, Bel),
    ("412 of which were shot down", "412", 412, EX, "count", W, "drone", "shot_down", R, U, R, R, Bel),
    ("Nine civilians were killed", "Nine", 9, EX, "count", CAS, N, "killed", A, R, R, R, Bel),
    ("and 41 were injured, among them", "41", 41, EX, "count", CAS, N, "injured", A, R, R, R, Bel),
    ("among them four children", "four", 4, EX, "count", CAS, N, A, A, R, R, R, Bel, True),  # subset
    ("reported six dead and 30 wounded", "six", 6, EX, "count", CAS, N, "killed", A, R, R, R, Bel, True),  # earlier state
    ("six dead and 30 wounded", "30", 30, EX, "count", CAS, N, "injured", A, R, R, R, Bel, True),  # earlier state
    ("Shebekino urban district — 4 killed", "4", 4, EX, "count", CAS, N, "killed", A, R, R, R, Bel),
    ("4 killed, 15 injured", "15", 15, EX, "count", CAS, N, "injured", A, R, R, R, Bel),
    ("Graivoron urban district — 3 killed", "3", 3, EX, "count", CAS, N, "killed", A, R, R, R, Bel),
    ("3 killed, 12 injured", "12", 12, EX, "count", CAS, N, "injured", A, R, R, R, Bel),
    ("Belgorod district — 2 killed", "2", 2, EX, "count", CAS, N, "killed", A, R, R, R, Bel),
    ("2 killed, 14 injured", "14", 14, EX, "count", CAS, N, "injured", A, R, R, R, Bel),
    ("184 private houses", "184", 184, EX, "count", INF, N, A, A, R, R, R, Bel),
    ("About 1,300 children from the Shebekino", "About 1,300", 1300, APX, "count", DIS, N, "evacuated", A, A, R, R, Bel),
    ("18 thousand residents have left", "18 thousand", 18000, EX, "count", DIS, N, A, A, A, R, R, Bel),
    ("intercepted 96 Ukrainian drones", "96", 96, EX, "count", W, "drone", "shot_down", R, U, R, R, Bel),
    ("and 14 rockets from RM-70 Vampire", "14", 14, EX, "count", W, A, "shot_down", R, U, R, R, Bel),
    ("destroyed two Russian air defence systems", "two", 2, EX, "count", W, "air_defense", "destroyed", U, R, U, R, Bel),
    ("deployed around 15,000 troops", "around 15,000", 15000, APX, "count", PER, N, "deployed", R, A, U, R, Bel),
])
any_(d, [
    ("a dozen vehicles were hit", "a dozen"),
    ("dozens of apartment buildings", "dozens"),
    ("gas pipelines and 87 cars", "87"),
    ("compensation for 1,640 homes", "1,640"),
])

# ---------------------------------------------------------------- s03 humanitarian update
d = "s03_humanitarian_update_evacuations_returns.txt"
# An NGO's (SWB) weekly humanitarian update: country Ukraine; its own voice ("Regional
# authorities, supported by SWB ... evacuated", the by-oblast list, "are now leaving") has
# claimant_side `*`; IOM, UNHCR and HRMMU United Nations; the Kursk governor Russia (country Russia).
# KEY FIGURES restate the body (optional); its "41% funded" debatable. Evacuated: 4,364 (region
# `*`: several oblasts) and the by-oblast list 1,842 / 1,096 / 624 / 415 / 387 (sum 4,364;
# required), "including 311 children" and "208 of them" with special transport (subsets:
# optional). "Between 60 and 90 people a day" leaving Kostiantynivka: one range claim
# (displacement, action `*`, value and qualifier `*`, Donetsk). Two volunteers injured by "a
# drone" (actor and target `*`, Kharkiv: Balakliia). Khinshtein's 1,140 evacuated (Kursk). IOM's
# "an estimated 3.7 million" displaced and "about 4.5 million" returned (displacement, action `*`,
# region None); UNHCR's "some 5.6 million" refugees across Europe (country and region `*`).
# HRMMU: "at least 214" killed and 1,071 injured (list with a qualifier: 1,071 has qualifier `*`;
# actor `*`; region None). Funding: $2.9 billion sought (required), SWB's €3.8 million raised
# (required, unit `*`). Debatable: "nearly a third more", "about 4,000 residents remain",
# "67,000" (population stocks), "14 more settlements", "up to 25 kilometres", "some 120,000 fewer
# than in June" (a change from an earlier state), "One in four", "More than 70 per cent", "41 per
# cent", "about 52,000 people" (recipients). Non-claims: "Update #27", "13–19 October", "21
# October 2027", "1.3 MB", "13 and 19 October", "one bag", "16 October", "Both" (the two
# volunteers again), "17 October", "18 October", "June", "June 2025", "1 October", and the
# furniture ("€30", the Related updates' "#26", 3,310, "#25", 2027–2028, "No. 1187342").
rows(d, [
    ("4,364 people evacuated from frontline areas", "4,364", 4364, EX, "count", DIS, N, "evacuated", A, A, A, U, A, True),  # key figures
    ("3.7 million internally displaced (IOM)", "3.7 million", 3700000, EX, "count", DIS, N, A, A, A, UN, U, N, True),  # key figures
    ("4.5 million returnees (IOM)", "4.5 million", 4500000, EX, "count", DIS, N, A, A, A, UN, U, N, True),  # key figures
    ("$2.9 billion sought by the 2027", "$2.9 billion", 2900000000, EX, "usd", ECO, N, A, A, A, A, U, N, True),  # key figures
    ("evacuated 4,364 people from frontline communities", "4,364", 4364, EX, "count", DIS, N, "evacuated", A, A, A, U, A),
    ("Donetsk oblast: 1,842 people", "1,842", 1842, EX, "count", DIS, N, "evacuated", A, A, A, U, D),
    ("including 311 children", "311", 311, EX, "count", DIS, N, "evacuated", A, A, A, U, D, True),  # subset
    ("Kharkiv oblast: 1,096 people", "1,096", 1096, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh),
    ("Dnipropetrovsk oblast: 624 people", "624", 624, EX, "count", DIS, N, "evacuated", A, A, A, U, Dp),
    ("Zaporizhzhia oblast: 415 people", "415", 415, EX, "count", DIS, N, "evacuated", A, A, A, U, Zp),
    ("Sumy oblast: 387 people", "387", 387, EX, "count", DIS, N, "evacuated", A, A, A, U, Sm),
    ("Between 60 and 90 people a day", "Between 60 and 90", A, A, "count", DIS, N, A, A, A, A, U, D),
    ("208 of them needed special transport", "208", 208, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh, True),  # subset
    ("two SWB volunteers were injured", "two", 2, EX, "count", CAS, N, "injured", A, A, A, U, Kh),
    ("1,140 residents of the Glushkovo district", "1,140", 1140, EX, "count", DIS, N, "evacuated", A, A, R, R, Ku),
    ("an estimated 3.7 million people remain", "3.7 million", 3700000, APX, "count", DIS, N, A, A, A, UN, U, N),
    ("about 4.5 million people have returned", "about 4.5 million", 4500000, APX, "count", DIS, N, A, A, A, UN, U, N),
    ("some 5.6 million refugees from Ukraine", "some 5.6 million", 5600000, APX, "count", DIS, N, A, A, A, UN, A, A),
    ("at least 214 civilians killed", "at least 214", 214, GE, "count", CAS, N, "killed", A, U, UN, U, N),
    ("and 1,071 injured across Ukraine", "1,071", 1071, A, "count", CAS, N, "injured", A, U, UN, U, N),
    ("seeks $2.9 billion and is", "$2.9 billion", 2900000000, EX, "usd", ECO, N, A, A, A, A, U, N),
    ("has so far raised €3.8 million", "€3.8 million", 3800000, EX, A, ECO, N, A, A, A, A, U, A),
])
any_(d, [
    ("Response Plan, 41% funded", "41%"),
    ("nearly a third more than in the previous week", "nearly a third"),
    ("about 4,000 residents remain", "about 4,000"),
    ("out of 67,000 before the full-scale invasion", "67,000"),
    ("extended to 14 more settlements", "14"),
    ("settlements up to 25 kilometres from the border", "up to 25"),
    ("some 120,000 fewer than in June", "some 120,000"),
    ("One in four returnees", "One in four"),
    ("More than 70 per cent of the casualties", "More than 70 per cent"),
    ("and is 41 per cent funded", "41 per cent"),
    ("cash for about 52,000 people", "about 52,000"),
])

# ---------------------------------------------------------------- s04 think-tank daily assessment
d = "s04_thinktank_daily_front_assessment.txt"
# A think tank's (CSFA) daily assessment with Key Takeaways, axes, footnotes and a BY THE NUMBERS
# box. CSFA's own estimates have claimant_side `*`; the Ukrainian brigade commander, the 7th Corps,
# the 93rd Brigade, DeepState, the Southern Defense Forces and the General Staff speak for Ukraine;
# the Russian MoD for Russia; South Korea's NIS for South Korea. Country Ukraine except the Kursk
# paragraph (Russia). Territory: 447 km2 seized (region None: Ukraine-wide; "(173 square miles)"
# the conversion, optional), "up to 1.8 kilometers" advanced (km, action `*`, target `*`, Donetsk),
# "about 12 square kilometers" regained by Ukraine (action `*`, actor Ukraine, target Russia), the
# MoD's "four settlements" seized (region `*`: only two are named, in Kharkiv Oblast), DeepState's
# 27 km2 seized (Zaporizhzhia). Troops: "about 92,000" massed (Donetsk). Equipment: three tanks and
# 14 armored vehicles destroyed by the 93rd Brigade (Donetsk). "more than 40" glide bombs launched
# (Zaporizhzhia). Losses: the General Staff's 1,090 Russian killed and wounded (action and actor
# `*`, country and region `*`); NIS: "roughly 1,000" North Korean engineers deployed to Kursk,
# "about 5,000" construction troops sent earlier (optional), "around 4,700" North Korean casualties
# (action and actor `*`, region `*`). Box: "about 116,400" km2 occupied (required), "about 210" km2
# held in Sumy Oblast (controlled: required), October's 447 again (optional), September's 482
# (optional: the baseline). Key Takeaways restate 447, 12, four and 1,000 (optional). Debatable:
# "roughly 22 square kilometers per day", "16 square kilometers per day" (rates), "three to five
# infantrymen" (group size), "at least nine destroyed vehicles" (whose and what kind is not said),
# "roughly 60 percent of Kupiansk", "within five kilometers", "174 combat engagements", "19.3%",
# "0 km²". Non-claims: "October 21, 2027", "7:40pm ET", "2:30pm ET", "October 22", "October 1 and
# 20", "October 20 and 21", "October 19", "since August", "late 2024", "only one of these claims",
# the footnote marks [1]–[14] and URLs, 7th, 93rd, 47th, Su-34, and the furniture.
rows(d, [
    ("447 square kilometers in Ukraine between October 1 and 20", "447", 447, APX, "km2", TER, N, "seized", R, U, A, U, N, True),  # takeaway
    ("regained about 12 square kilometers northeast of Dobropillia in", "about 12", 12, APX, "km2", TER, N, A, U, R, U, U, D, True),  # takeaway
    ("claimed the seizure of four settlements this week", "four", 4, EX, "count", TER, N, "seized", R, U, R, U, A, True),  # takeaway
    ("roughly 1,000 military engineers and deminers to Kursk Oblast, according", "roughly 1,000", 1000, APX, "count", PER, N, "deployed", NK, A, SK, R, Ku, True),  # takeaway
    ("gained an estimated 447 square kilometers (173", "447", 447, APX, "km2", TER, N, "seized", R, U, A, U, N),
    ("(173 square miles)", "173", 173, A, "mi2", TER, N, A, A, A, A, A, A, True),  # conversion
    ("advanced up to 1.8 kilometers north of Rodynske", "up to 1.8", 1.8, LE, "km", TER, N, A, R, A, A, U, D),
    ("concentrated about 92,000 troops", "about 92,000", 92000, APX, "count", PER, N, "massed", R, A, U, U, D),
    ("regained about 12 square kilometers of territory", "about 12", 12, APX, "km2", TER, N, A, U, R, U, U, D),
    ("destroyed three tanks and 14 armored vehicles", "three", 3, EX, "count", W, "tank", "destroyed", U, R, U, U, D),
    ("three tanks and 14 armored vehicles during", "14", 14, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, D),
    ("seized four settlements over the past week", "four", 4, EX, "count", TER, N, "seized", R, U, R, U, A),
    ("had seized 27 square kilometers on the Huliaipole", "27", 27, EX, "km2", TER, N, "seized", R, U, U, U, Zp),
    ("dropped more than 40 guided glide bombs", "more than 40", 40, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Zp),
    ("lost 1,090 personnel killed and wounded", "1,090", 1090, EX, "count", CAS, N, A, A, R, U, A, A),
    ("roughly 1,000 military engineers and deminers to Kursk Oblast since", "roughly 1,000", 1000, APX, "count", PER, N, "deployed", NK, A, SK, R, Ku),
    ("about 5,000 construction troops sent earlier", "about 5,000", 5000, APX, "count", PER, N, "deployed", NK, A, SK, R, A, True),  # earlier
    ("suffered around 4,700 casualties in Russia", "around 4,700", 4700, APX, "count", CAS, N, A, A, NK, SK, R, A),
    ("occupied by Russia | about 116,400 km²", "about 116,400", 116400, APX, "km2", TER, N, "occupied", R, U, A, U, N),
    ("October 1–20 | 447 km²", "447", 447, EX, "km2", TER, N, "seized", R, U, A, U, N, True),  # box restates
    ("Russian gains, September | 482 km²", "482", 482, EX, "km2", TER, N, "seized", R, U, A, U, N, True),  # baseline
    ("Sumy Oblast | about 210 km²", "about 210", 210, APX, "km2", TER, N, "controlled", R, U, A, U, Sm),
])
any_(d, [
    ("roughly 22 square kilometers per day", "roughly 22"),
    ("an average of 16 square kilometers per day", "16"),
    ("groups of three to five infantrymen", "three to five"),
    ("at least nine destroyed vehicles", "at least nine"),
    ("control roughly 60 percent of Kupiansk", "roughly 60 percent"),
    ("within five kilometers of the town", "five"),
    ("conducted 174 combat engagements", "174"),
    ("(19.3% of Ukraine)", "19.3%"),
    ("Kursk Oblast | 0 km²", "0"),
])

# ---------------------------------------------------------------- s05 interview, interceptor drones
d = "s05_interview_interceptor_drone_commander.txt"
# A question-and-answer interview (Kyiv Weekly Observer) with the commander of an interceptor drone
# battalion defending Kyiv and its region. Kovalchuk ("we", "my crews", "the electronic warfare guys
# working with us") speaks for Ukraine and passes on the Air Force's figures (claimant_side
# Ukraine); "the enemy", "they", "the Russians" are Russia. Country Ukraine, region Kyiv for the
# battalion's area. The reporter's introduction: "more than 500 drones" sent against Ukraine
# (claimant_side `*`, region None). Shot down by the battalion: 1,412 since April, 287 in September
# (a new claim for another period: required), 38 last night, "another dozen" by electronic warfare
# (12), 23 reconnaissance drones last month. Launched by Russia: "about 140" at the capital region;
# the Air Force's "about 5,800" in September (region None). Losses: an Iskander strike near Fastiv
# "killing two" and "wounding five" (actor Russia: the sentence names a Russian Iskander). The
# ministry's promised 4,000 interceptors: a pledge (optional). Russia's claim "they claimed 1,200 of
# ours" (claimant_side Russia, country Russia, region `*`). Debatable: "46 crews" (twice: unit
# counts), "60 or so" probable, "two districts", the speeds "180 to 190" and "up to 300" and "over
# 500 kilometres an hour", "three people" (crew size), the prices ("between $2,000 and $4,000",
# "$50,000–60,000", "about $4 million"), the altitude "2,000–3,000 metres", "about 88 percent",
# "about 1,500 a month" (deliveries), "three manufacturers", "100 crews" (hypothetical),
# "hundreds" (the interviewer's paraphrase). Non-claims: "22 October 2027", "11 min read",
# "👁 41,208", "is 34", 96th, March, April, September, August, Shahed-136, Geran-3s, Orlan-10,
# "Nothing hit the city" and "nothing left to fly" (no count),
# "two or three minutes", "every month", "in a single week", and the furniture ("$5 a month"
# twice, the Read also link's "19 Shaheds in ten minutes", "Comments (12)", 2019–2027).
rows(d, [
    ("sent more than 500 drones against Ukraine", "more than 500", 500, GE, "count", W, "drone", "launched", R, U, A, U, N),
    ("in April, 1,412 confirmed", "1,412", 1412, EX, "count", W, "drone", "shot_down", U, R, U, U, Kv),
    ("In September alone it was 287", "287", 287, EX, "count", W, "drone", "shot_down", U, R, U, U, Kv),
    ("about 140 of them were coming at the capital", "about 140", 140, APX, "count", W, "drone", "launched", R, U, U, U, Kv),
    ("My crews took 38", "38", 38, EX, "count", W, "drone", "shot_down", U, R, U, U, Kv),
    ("another dozen were brought down", "dozen", 12, EX, "count", W, "drone", "shot_down", U, R, U, U, Kv),
    ("Russia launched about 5,800 long-range drones", "about 5,800", 5800, APX, "count", W, "drone", "launched", R, U, U, U, N),
    ("killing two of my guys", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, Kv),
    ("and wounding five", "five", 5, EX, "count", CAS, N, "injured", R, U, U, U, Kv),
    ("last month, 23 of them over the region", "23", 23, EX, "count", W, "drone", "shot_down", U, R, U, U, Kv),
    ("promised us 4,000 more interceptors", "4,000", 4000, EX, "count", W, "drone", A, A, A, U, U, A, True),  # pledge
    ("they claimed 1,200 of ours", "1,200", 1200, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
])
any_(d, [
    ("now has 46 crews", "46"),
    ("another 60 or so that we count as probable", "60 or so"),
    ("debris fell in two districts", "two"),
    ("flies at 180 to 190 kilometres an hour", "180 to 190"),
    ("Ours do up to 300", "up to 300"),
    ("A crew is three people", "three"),
    ("cost between $2,000 and $4,000 apiece", "between $2,000 and $4,000"),
    ("by our intelligence, $50,000–60,000", "$50,000–60,000"),
    ("a Patriot missile about $4 million", "about $4 million"),
    ("at 2,000–3,000 metres", "2,000–3,000"),
    ("at over 500 kilometres an hour", "over 500"),
    ("about 88 percent of them", "about 88 percent"),
    ("about 1,500 a month from three manufacturers", "about 1,500"),
    ("from three manufacturers", "three"),
    ("If I had 100 crews", "100"),
    ("100 crews instead of 46", "46"),
    ("shoots down hundreds of Ukrainian drones", "hundreds"),
])

# ---------------------------------------------------------------- s06 sanctions, oil, war budget
d = "s06_sanctions_oil_revenue_war_budget.txt"
# A business outlet (Capital & Commodities) on Russia's oil revenue, its war budget, Ukrainian drone
# strikes on refineries and sanctions. The Finance Ministry data speaks for Russia (claimant_side
# Russia); the outlet's own voice, BOFIT, Argus, Petromarket Insight, the transmission operators and
# the economist are not sides (`*`); the General Staff and Ukraine's Finance Ministry speak for
# Ukraine; Governor Drozdenko for Russia. Economic figures for Russia as a whole: country Russia,
# region None. Required: "fell by 21%" and "712 billion roubles" (unit `*`; "($7.4 billion)" the
# conversion, optional), the rouble "strengthened 8%", the broken decimal "44. 2 million cubic
# metres a day" (m3, country and region `*` as the seeds' gas deliveries), the deficit "4.9
# trillion roubles", defence spending "rose 9%" to "10.6 trillion roubles", "at least 17"
# refineries hit (infrastructure, action `*`, actor Ukraine, target Russia, region `*`), 92 drones
# that "targeted" the Kirishi refinery (launched, Leningrad), "About 210 billion euros" of frozen
# assets (country `*`), Kyiv's "$4.2 billion" received (country `*`). Optional: the subhead's 21%
# and 13.1 trillion, the 3.8 trillion "planned", the 2028 budgets (13.1 trillion roubles, 2.8
# trillion hryvnias and "roughly $67 billion"). Debatable: the prices ("$49.80", "about $17",
# "around 84 per dollar", "82,400 roubles a tonne", "$44.10"), the shares ("2.3% of GDP", "about
# 6.1% of GDP", "even half", "about 19%"), "one of its processing units", the 117 and 674 tankers
# (sanctions listings), and the table (6.9, 8.2, 10.6, 9.7, 4.9, 3.1: the unit sits in a header).
# Non-claims: "23 October 2027", "16:05 CET", "7 min read", "in October", "since July",
# "January–September", 2028, "22nd", "Group of Seven", G7, "Jan–Sep 2027", "Jan–Sep 2026", "In one
# night", "one of the country's largest", and the furniture ("€1", "2%" in Related, "22nd
# package", 2027).
rows(d, [
    ("Oil and gas income down 21% in October", "21%", 21, EX, "percent", ECO, N, A, A, A, A, R, N, True),  # subhead
    ("set for a record 13.1 trillion roubles next year", "13.1 trillion", 13100000000000, EX, A, ECO, N, A, A, A, A, R, N, True),  # subhead, planned
    ("revenues fell by 21% year on year", "21%", 21, EX, "percent", ECO, N, A, A, A, R, R, N),
    ("to 712 billion roubles ($7.4 billion)", "712 billion", 712000000000, EX, A, ECO, N, A, A, A, R, R, N),
    ("($7.4 billion)", "$7.4 billion", 7400000000, EX, "usd", ECO, N, A, A, A, R, R, N, True),  # conversion
    ("The rouble has strengthened 8% against the dollar", "8%", 8, EX, "percent", ECO, N, A, A, A, A, R, N),
    ("averaged 44. 2 million cubic metres a day", "44. 2 million", 44200000, EX, "m3", ECO, N, A, A, A, A, A, A),
    ("deficit reached 4.9 trillion roubles", "4.9 trillion", 4900000000000, EX, A, ECO, N, A, A, A, A, R, N),
    ("above the 3.8 trillion the ministry had planned", "3.8 trillion", 3800000000000, EX, A, ECO, N, A, A, A, A, R, N, True),  # planned
    ("rose 9% to 10.6 trillion roubles", "9%", 9, EX, "percent", ECO, N, A, A, A, A, R, N),
    ("9% to 10.6 trillion roubles over the same period", "10.6 trillion", 10600000000000, EX, A, ECO, N, A, A, A, A, R, N),
    ("raises the item to 13.1 trillion roubles", "13.1 trillion", 13100000000000, EX, A, ECO, N, A, A, A, A, R, N, True),  # planned
    ("hit at least 17 Russian refineries", "at least 17", 17, GE, "count", INF, N, A, U, R, U, R, A),
    ("92 Ukrainian drones targeted the Kirishi refinery", "92", 92, EX, "count", W, "drone", "launched", U, R, R, R, "Leningrad"),
    ("About 210 billion euros of Russian central bank assets", "About 210 billion", 210000000000, APX, A, ECO, N, A, A, A, A, A, A),
    ("Kyiv received $4.2 billion in October", "$4.2 billion", 4200000000, EX, "usd", ECO, N, A, A, A, U, A, A),
    ("set at 2.8 trillion hryvnias", "2.8 trillion", 2800000000000, EX, A, ECO, N, A, A, A, A, U, N, True),  # planned
    ("roughly $67 billion", "roughly $67 billion", 67000000000, APX, "usd", ECO, N, A, A, A, A, U, N, True),  # planned, conversion
])
any_(d, [
    ("averaged $49.80 a barrel", "$49.80"),
    ("a discount of about $17 to Brent", "about $17"),
    ("to around 84 per dollar", "around 84"),
    ("or 2.3% of GDP", "2.3%"),
    ("about 6.1% of GDP", "about 6.1%"),
    ("no longer covers even half", "half"),
    ("Oil and gas revenues, trn roubles | 6.9", "6.9"),
    ("| 6.9 | 8.2 |", "8.2"),
    ("Defence spending, trn roubles | 10.6", "10.6"),
    ("| 10.6 | 9.7 |", "9.7"),
    ("Budget deficit, trn roubles | 4.9", "4.9"),
    ("| 4.9 | 3.1 |", "3.1"),
    ("about 19% of Russia's primary refining capacity", "about 19%"),
    ("a record 82,400 roubles a tonne", "82,400"),
    ("a fire at one of its processing units", "one"),
    ("adds 117 shadow fleet tankers", "117"),
    ("bringing the total to 674", "674"),
    ("lowers the cap on Russian crude to $44.10", "$44.10"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s45")
