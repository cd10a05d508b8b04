"""Builds gold.jsonl for heldout44 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout44.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout35 (and through it heldout27 and heldout33): headlines,
subheads, "key figures" boxes and later restatements are optional; subsets introduced by "of
whom", "among them", "including", "of them" are optional, except a model or type within a weapon
total; a breakdown of a total by place ("About 11,800 of them fled the Donetsk oblast", "The
largest number, 61, was downed over the Moscow region") is required, and so is a different action
on part of a total ("of which 4,130 drones ... were shot down"); in a list with a qualifier only
the qualified items keep it (the others `*`), a list with no qualifier is exact; casualty
sentences that name no perpetrator have actor `*`; a range is one claim quoting the whole range;
losses reported as "lost" have action `*`; drones destroyed in flight are shot_down; settlements
"liberated" are territory with action `*`; pledges, promises and planned spending are optional; an
earlier state ("up from 29", "down from 3.7 million a year earlier") is optional; a monitor's sum
of a side's claims keeps that side's actor and target with claimant_side `*`. People "displaced",
refugees and IDPs are displacement with action `*` (only "evacuated" is evacuated); a sentence
naming a UN body (UNHCR, IOM) has claimant_side United Nations, an aggregator's own voice `*`.
Deliveries of air defence systems have action `*`, actor United States for the United States and
`*` for Germany, Norway and joint deliveries; interceptors have weapon_type `*`. Bodies that are
not sides (Germany and its ministries, the Bundeswehr, Qatar, airlines, consultancies, independent
outlets and monitors) have claimant_side `*`; DeepState speaks for Ukraine; events in Germany,
Poland and other host countries have country and region `*`. The seeds' airports closed ("Three
airports around the capital") are optional with qualifier `*`. Counts of places, incident counts,
group sizes, shares ("58%", "1 in 4", "about a third"), distances, weights and payloads, prices,
production rates, follower counts, case files reviewed, sanctions and hypotheticals or demands are
debatable (`any_`). Dates, times, durations, ages, ordinals ("the fourth time"), survey rounds and
report numbers, numbers inside names (Su-34, Su-35, Kh-101, Shahed-136, Iskander-M, KN-23,
FAB-1500, Leopard 2A6, M113, IRIS-T SLM, PAC-3 MSE, Geran-2, 8th Combined Arms Army, 47th
Brigade) and page furniture are not labelled.

Decided anew for this set:
- s01: flights delayed and cancelled, aircraft diverted and passengers affected are debatable
  (they describe the disruption, not the airports closed); an analysts' estimate of the cost of
  closures ("up to 1.5 billion roubles a day") is required (economic, unit `*`); a single post's
  count within the mayor's night total ("nine drones downed within a quarter of an hour") is
  debatable.
- s02: the day-by-day list of guided bombs is a breakdown of the mayor's weekly total by day:
  every day's count is required (actor Russia from the list heading, claimant_side Ukraine); the
  weekly figures of the mayor (city) and the governor (region) are both required; "two bombs hit"
  a place within a day's count is debatable. The "Kyivskyi district" is a district of Kharkiv
  (region Kharkiv).
- s03: refugees by host country: Germany and Poland have country and region `*`; the United
  Kingdom is a listed side (country United Kingdom, region None); Russia's own figure has
  claimant_side Russia, country Russia. IDPs by oblast of residence are required with the oblast
  as region. Returnees are displacement with action `*` (required). The regional plan for host
  countries has country and region `*`.
- s04: Russian war bloggers ("voenkory") are not an official side: claimant_side `*`; the Russian
  Defence Ministry speaks for Russia. The depth and breadth of a claimed advance are territory in
  km (actor Russia, target `*`, action `*`, as the seeds' depth of the Kursk intrusion); the
  monitor's own verified advance ("roughly 1.2 km") is required with claimant_side `*`; its "not
  3.5" restates the blogger (debatable). Area "taken control of" has action `*`.
- s05: Germany's past spending on air defence for Ukraine (€11.4 billion) is required (economic,
  unit `*`, country `*`); the framework contract is planned spending (optional). Germany's own
  interceptor stock ("fewer than 200") is required with weapon_type, action, actor and country
  `*`; systems "ready for deployment" are debatable (heldout35's "operational").
- s06: children deported or forcibly transferred are displacement with action `*`, actor Russia,
  target Ukraine, country `*` (taken from Ukraine to Russia); the breakdown by region of origin is
  required with that oblast as region (`*` for Luhansk, Mykolaiv and "Other regions and Crimea",
  which are outside the vocabulary or not one region). Children returned are displacement with
  action `*`, target `*`: actor Ukraine where "Ukraine ... brought back", Russia for the
  commissioner's "reunited", `*` for Qatar's mediation and the latest group. The Russian
  commissioner's "more than 770,000" taken in is required (claimant_side Russia, actor Russia);
  the Ukrainian adviser's "Seven hundred seventy thousand" restates it (optional). Russia's
  budget allocation for the programmes is required (economic, unit `*`, country Russia)."""

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

Mo, Kh, D, Zp, Ks, Sm, Kv = (
    "Moscow",
    "Kharkiv",
    "Donetsk",
    "Zaporizhzhia",
    "Kherson",
    "Sumy",
    "Kyiv",
)

# fmt: off
# ---------------------------------------------------------------- s01 Moscow airports
d = "s01_moscow_airports_drone_attack.txt"
# A wire-agency piece (Northbridge) on a Ukrainian drone attack on the Moscow region. Russia's
# Defence Ministry, Sobyanin and Vorobyov speak for Russia; the General Staff, the SBU source, the
# Air Force and the Sumy administration for Ukraine; Aeroflot, the tour operators' association,
# SkyTrace and AeroStat are not sides. Headline: "four Moscow airports" (seed-style, optional,
# qualifier `*`) and "193 downed" (optional); the lead's "all four of the capital's main
# airports" is the same (optional). The ministry's 193 destroyed over 14 regions (shot_down,
# region `*`) with the Moscow breakdown 61 (required); Sobyanin's 47 (required) "up from 29" (earlier
# state, optional). Vorobyov: two injured in Domodedovo by "wreckage of a downed drone" (no side
# named: actor `*`), "about 40" evacuated. AeroStat's "up to 1.5 billion roubles a day" (economic,
# at_most, unit `*`). The SBU source's "more than 100" drones launched at the Moscow region. Over
# Ukraine: 126 drones and four Iskander-M missiles launched, 98 shot down (region None); two killed
# in Sumy (actor `*`). Debatable: "14 regions", "nine drones downed within a quarter of an hour",
# "no casualties", "at least 60 aircraft", 134 delayed and 41 cancelled flights, "about 38,000
# passengers", "the four airports" (a reference), "around 78 million passengers", "up to 50 kg".
# Non-claims: "9:47 AM", "2 hours ago", "11 p.m.", "7 a.m.", "2000-0400 GMT", "6:40 a.m.",
# "3:12 a.m.", "three hours earlier", "a quarter of an hour", "nine-storey", "1:15 a.m.", "the
# fourth time", "last year", Su-34, Su-35, Kh-101, "about two months", Shahed-136, Iskander-M, "next
# week", and the furniture (1.2K shares, "4 min", the Read next links' 3 rounds, 2% and "10th week",
# "5 days a week", 2028).
rows(d, [
    ("drones shut four Moscow airports overnight", "four", 4, A, "count", INF, N, A, A, A, A, R, Mo, True),  # headline
    ("Russia says 193 downed", "193", 193, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # headline
    ("forcing all four of the capital's main airports", "four", 4, A, "count", INF, N, A, A, A, A, R, Mo, True),  # seeds: optional
    ("had destroyed 193 Ukrainian drones over 14 regions", "193", 193, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("The largest number, 61, was downed over the Moscow region", "61", 61, EX, "count", W, "drone", "shot_down", R, U, R, R, Mo),
    ("had shot down 47 drones", "47", 47, EX, "count", W, "drone", "shot_down", R, U, R, R, Mo),
    ("up from 29 in a post three hours earlier", "29", 29, EX, "count", W, "drone", "shot_down", R, U, R, R, Mo, True),  # earlier state
    ("said two people had been injured in the town of Domodedovo", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Mo),
    ("about 40 residents had been evacuated", "about 40", 40, APX, "count", DIS, N, "evacuated", A, A, R, R, Mo),
    ("at up to 1.5 billion roubles a day", "up to 1.5 billion", 1500000000, LE, A, ECO, N, A, A, A, A, R, Mo),
    ('"more than 100" long-range drones had been used', "more than 100", 100, GE, "count", W, "drone", "launched", U, R, U, R, Mo),
    ("launched 126 drones, most of them Shahed-136s", "126", 126, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and four Iskander-M ballistic missiles at Ukraine", "four", 4, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("adding that 98 drones had been shot down", "98", 98, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("Two people were killed in a drone strike", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Sm),
])
any_(d, [
    ("193 Ukrainian drones over 14 regions", "14"),
    ("he reported nine drones downed within a quarter", "nine"),
    ("there are no casualties", "no"),
    ("showed at least 60 aircraft circling", "at least 60"),
    ("Aeroflot said 134 of its flights", "134"),
    ("had been delayed and 41 cancelled", "41"),
    ("estimated that about 38,000 passengers", "about 38,000"),
    ("affected across the four airports", "four"),
    ("handled around 78 million passengers", "around 78 million"),
    ("each carrying up to 50 kg of explosives", "up to 50"),
])

# ---------------------------------------------------------------- s02 Kharkiv guided bombs, a week
d = "s02_kharkiv_guided_bombs_week.txt"
# A Kharkiv city portal on a week of guided-bomb (KAB) strikes: country Ukraine, region Kharkiv.
# Terekhov (the mayor), Syniehubov (the governor), the city council and the State Emergency
# Service speak for Ukraine; "Russian aircraft" and "the Russian army" are Russia. Headline: 64
# bombs and "nine dead" restate the mayor (optional). The mayor's "at least 64" bombs dropped on the
# city and its nine killed and 52 injured (no perpetrator in the sentence: actor `*`); the
# governor's list for the whole region (212 KABs, 96 drones, 11 missiles, exact) and its 14 killed
# and 87 injured (actor `*`). DAY BY DAY: a breakdown of the week by day under the heading "Russian
# guided-bomb strikes on Kharkiv, as reported by the mayor and the State Emergency Service": each
# day's count of KABs required (6, 11, 4, 17, 9, 12, 5: they sum to 64), launched, actor Russia.
# Thursday's five killed and 21 injured and Tuesday's "Two more" dead (actor `*`) are required.
# Debatable: "dozens of residential buildings", "some 40-60 kilometres", "1,500-kilogram",
# "two bombs hit the area", "pulled two people from the rubble", 12 "points of invincibility",
# "half a tonne or more". Non-claims: "10 April 2028, 08:15", "seven days", "since January", the
# dates in the list, Su-34, FAB-1500, "until 1 May", "14:37", "Liudmyla, 63", "is twenty",
# "five-storey", "more than 19 hours", "three days", and the furniture (👁 18 402, 💬 96, 312 shares,
# tram No. 27, "2 years", "5 tips", "3,000 hectares", 94,000 readers, 2016–2028).
rows(d, [
    ("64 guided bombs on Kharkiv, nine dead", "64", 64, EX, "count", W, "guided_bomb", "launched", R, U, A, U, Kh, True),  # headline
    ("64 guided bombs on Kharkiv, nine dead", "nine", 9, EX, "count", CAS, N, "killed", A, U, A, U, Kh, True),  # headline
    ("dropped at least 64 guided aerial bombs", "at least 64", 64, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("In the city itself nine people were killed", "nine", 9, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("were killed and 52 injured during the week", "52", 52, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("the Russian army used 212 KABs", "212", 212, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("212 KABs, 96 attack drones", "96", 96, EX, "count", W, "drone", "launched", R, U, U, U, Kh),
    ("96 attack drones and 11 missiles", "11", 11, EX, "count", W, "missile", "launched", R, U, U, U, Kh),
    ("In total 14 people were killed", "14", 14, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("were killed and 87 injured across the region", "87", 87, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    # day by day
    ("6 KABs on the Saltivskyi district", "6", 6, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("11 KABs, including the strike on the tram depot", "11", 11, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("4 KABs on the outskirts", "4", 4, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("17 KABs, a kindergarten and a supermarket hit", "17", 17, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("9 KABs on the Industrialnyi district", "9", 9, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("12 KABs, mostly at night", "12", 12, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("5 KABs on the Kyivskyi district", "5", 5, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("Five people were killed and 21 injured", "Five", 5, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("were killed and 21 injured when two bombs", "21", 21, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Two more people died on Tuesday", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
])
any_(d, [
    ("the strikes damaged dozens of residential buildings", "dozens"),
    ("some 40-60 kilometres from the city", "40-60"),
    ("with a 1,500-kilogram warhead", "1,500"),
    ("injured when two bombs hit the area", "two"),
    ("pulled two people from the rubble", "two"),
    ('opened 12 "points of invincibility"', "12"),
    ("half a tonne or more of explosives", "half a tonne"),
])

# ---------------------------------------------------------------- s03 UNHCR/IOM displacement update
d = "s03_unhcr_iom_displacement_update.txt"
# A joint UNHCR/IOM displacement update reposted on an aggregator (ReliefBoard). Sentences that
# name UNHCR, IOM or "the agency" have claimant_side United Nations; the report's own voice
# ("Authorities and humanitarian partners evacuated", the host-country sentence on Germany and
# Poland, returnees, funding) `*`; the Kherson regional administration Ukraine; "Russian
# authorities" Russia. KEY FIGURES restate the overview and the funding (optional), the first
# with the broken decimal "6. 3 million" (6,300,000). Refugees (displacement, action `*`): 6. 3
# million globally (country and region `*`), Germany 1,214,000 and Poland 987,500 (country and
# region `*`), the United Kingdom's 214,600 (country United Kingdom), Russia's "around 1.2 million"
# (claimant_side Russia, country Russia). IDPs: IOM's "some 3.5 million" (region None), "down from
# 3.7 million a year earlier" (earlier state, optional), "Some 23,400" newly displaced with the
# breakdown "About 11,800 of them" (Donetsk) and "some 5,200" (Sumy) required; by oblast of
# residence 512,000 (Dnipropetrovsk), 437,000 (Kharkiv), 391,000 ("Kyiv city and oblast": Kyiv).
# Evacuated: 4,170 (Donetsk) with "among them 612 children" (subset, optional), Kherson's 1,360.
# Returnees "An estimated 4.5 million" (quote "4.5 million", as the seeds' "$1.1 million"; region
# None). Funding: the plan's $1.1 billion and the $310 million provided (usd, country `*`). Debatable: "15-kilometre", "About 81,300 IDPs" in
# collective sites (a subset of IDPs by type of housing), "1,040 collective sites", "Around 64%",
# "58%", "only 9%", "11 host countries", "28 per cent", "1 in 4". Non-claims: "No. 27", the dates,
# "Four years into", "round 22", "the next 12 months", "from three months to two", "page 14", 2028,
# and the furniture (2.4 MB, 2.1 MB, the Related content's 1.3 million and "4 pages", 2027-2028).
rows(d, [
    ("6. 3 million refugees from Ukraine recorded globally", "6. 3 million", 6300000, EX, "count", DIS, N, A, A, A, A, A, A, True),  # key figures
    ("3.5 million internally displaced", "3.5 million", 3500000, EX, "count", DIS, N, A, A, A, A, U, N, True),  # key figures
    ("$1.1 billion required for the 2028", "$1.1 billion", 1100000000, EX, "usd", ECO, N, A, A, A, A, A, A, True),  # key figures
    ("UNHCR recorded 6. 3 million refugees", "6. 3 million", 6300000, EX, "count", DIS, N, A, A, A, UN, A, A),
    ("some 3.5 million people remain internally displaced", "some 3.5 million", 3500000, APX, "count", DIS, N, A, A, A, UN, U, N),
    ("down from 3.7 million a year earlier", "3.7 million", 3700000, EX, "count", DIS, N, A, A, A, UN, U, N, True),  # earlier state
    ("Some 23,400 people were newly displaced", "Some 23,400", 23400, APX, "count", DIS, N, A, A, A, UN, U, N),
    ("About 11,800 of them fled the Donetsk oblast", "About 11,800", 11800, APX, "count", DIS, N, A, A, A, UN, U, D),
    ("some 5,200 left border communities", "some 5,200", 5200, APX, "count", DIS, N, A, A, A, UN, U, Sm),
    ("humanitarian partners evacuated 4,170 people", "4,170", 4170, EX, "count", DIS, N, "evacuated", A, A, A, U, D),
    ("among them 612 children", "612", 612, EX, "count", DIS, N, "evacuated", A, A, A, U, D, True),  # subset
    ("said 1,360 residents had been moved out", "1,360", 1360, EX, "count", DIS, N, "evacuated", A, A, U, U, Ks),
    ("with 1,214,000 recorded", "1,214,000", 1214000, EX, "count", DIS, N, A, A, A, A, A, A),
    ("and Poland hosts 987,500", "987,500", 987500, EX, "count", DIS, N, A, A, A, A, A, A),
    ("214,600 people hold visas", "214,600", 214600, EX, "count", DIS, N, A, A, A, UN, UK, N),
    ("around 1.2 million people from Ukraine are in the Russian Federation", "around 1.2 million", 1200000, APX, "count", DIS, N, A, A, A, R, R, N),
    ("Dnipropetrovsk oblast — 512,000", "512,000", 512000, EX, "count", DIS, N, A, A, A, UN, U, "Dnipropetrovsk"),
    ("Kharkiv oblast — 437,000", "437,000", 437000, EX, "count", DIS, N, A, A, A, UN, U, Kh),
    ("Kyiv city and oblast — 391,000", "391,000", 391000, EX, "count", DIS, N, A, A, A, UN, U, Kv),
    ("An estimated 4.5 million people have returned", "4.5 million", 4500000, APX, "count", DIS, N, A, A, A, A, U, N),
    ("Response Plan seeks $1.1 billion", "$1.1 billion", 1100000000, EX, "usd", ECO, N, A, A, A, A, A, A),
    ("donors had provided $310 million", "$310 million", 310000000, EX, "usd", ECO, N, A, A, A, A, A, A),
])
any_(d, [
    ("out of the 15-kilometre zone", "15"),
    ("About 81,300 IDPs live in", "About 81,300"),
    ("live in 1,040 collective sites", "1,040"),
    ("Around 64% of displaced households", "Around 64%"),
    ("in January, 58% said", "58%"),
    ("but only 9% plan", "9%"),
    ("for 11 host countries", "11"),
    ("or 28 per cent of the total", "28 per cent"),
    ("and 1 in 4 of its community centres", "1 in 4"),
])

# ---------------------------------------------------------------- s04 milblogger digest, translated
d = "s04_milblogger_digest_translated.txt"
# A monitoring outlet (Steppe Monitor) translates Russian war bloggers' claims and annotates them.
# The bloggers (Okopnaya Pravda, Severny Veter, Polkovodets) and the monitor have claimant_side
# `*`; the Russian Defence Ministry and the Belgorod governor Russia; DeepState Ukraine. Country
# Ukraine for the front (Kostiantynivka and Pokrovsk: Donetsk; Huliaipole: Zaporizhzhia), Russia for
# Shebekino (Belgorod). Okopnaya Pravda: "up to 3.5 kilometres deep" (at_most) and "6 km along the
# front" (a list with a qualifier: 6 has qualifier `*`), territory in km, action `*`, actor Russia,
# target `*`; Ukrainian losses "more than 300 killed and wounded" (action `*`, actor Russia) and
# the equipment "lost" (two tanks, seven armoured personnel carriers: exact, action `*`). The
# monitor's "roughly 1.2 km" (required, claimant_side `*`). Severny Veter: "about 40 square
# kilometres" taken control of (action `*`), "four settlements" captured (seized), Ukrainian units
# "massing up to 3,000 men" (massed, actor Ukraine). The ministry's "up to 520 servicemen" (action
# `*`). DeepState's 17 square kilometres of Russian gains (action `*`). Polkovodets: "at least 9"
# artillery pieces destroyed with the model "two Bohdana howitzers" within the total (required).
# The governor's five injured by "a Ukrainian FPV drone" (actor Ukraine, target Russia). The
# monitor's sums of the bloggers' claims, "more than 60 square kilometres" and "more than 4,100
# killed and wounded", keep actor Russia and target Ukraine (claimant_side `*`; region `*` for
# the week's total). Debatable: "about 640,000 subscribers", "not 3.5", "only one of the two
# villages", "at least 15 km" (a demand), "at least a dozen other channels", "about a third", "19
# of its last 20". Non-claims: "22 May 2028", "7 min", "8th Combined Arms Army", "in two days",
# Leopard 2A6, M113, "March 2027", "47th Brigade" (twice), the section numbers 1-4, and the
# furniture (3 euros, "27", "5 most-viewed", 2027, 2028).
rows(d, [
    ("advanced up to 3.5 kilometres deep", "up to 3.5", 3.5, LE, "km", TER, N, A, R, A, A, U, D),
    ("deep and 6 km along the front", "6", 6, A, "km", TER, N, A, R, A, A, U, D),
    ('"more than 300 killed and wounded"', "more than 300", 300, GE, "count", CAS, N, A, R, U, A, U, D),
    ('"two Leopard 2A6 tanks', "two", 2, EX, "count", W, "tank", A, R, U, A, U, D),
    ("seven M113 armoured personnel carriers", "seven", 7, EX, "count", W, "armored_vehicle", A, R, U, A, U, D),
    ("an advance of roughly 1.2 km", "roughly 1.2", 1.2, APX, "km", TER, N, A, R, A, A, U, D),
    ('"about 40 square kilometres"', "about 40", 40, APX, "km2", TER, N, A, R, U, A, U, D),
    ("captured four settlements", "four", 4, EX, "count", TER, N, "seized", R, U, A, U, D),
    ('"massing up to 3,000 men"', "up to 3,000", 3000, LE, "count", PER, N, "massed", U, A, A, U, D),
    ('"up to 520 servicemen"', "up to 520", 520, LE, "count", CAS, N, A, R, U, R, U, D),
    ("Russian gains of 17 square kilometres", "17", 17, EX, "km2", TER, N, A, R, U, U, U, D),
    ('"at least 9 pieces of Ukrainian artillery', "at least 9", 9, GE, "count", W, "artillery", "destroyed", R, U, A, U, Zp),
    ("including two Bohdana howitzers", "two", 2, EX, "count", W, "artillery", "destroyed", R, U, A, U, Zp),
    ("injuring five people", "five", 5, EX, "count", CAS, N, "injured", U, R, R, R, "Belgorod"),
    ("add up to more than 60 square kilometres", "more than 60", 60, GE, "km2", TER, N, A, R, U, A, U, A),
    ('"more than 4,100 killed and wounded"', "more than 4,100", 4100, GE, "count", CAS, N, A, R, U, A, U, A),
])
any_(d, [
    ("(about 640,000 subscribers)", "about 640,000"),
    ("roughly 1.2 km, not 3.5", "3.5"),
    ("in only one of the two villages", "one"),
    ("one of the two villages", "two"),
    ('"a buffer zone of at least 15 km"', "at least 15"),
    ("at least a dozen other channels", "at least a dozen"),
    ("about a third of that", "about a third"),
    ("in 19 of its last 20 daily posts", "19"),
])

# ---------------------------------------------------------------- s05 German air defence deliveries
d = "s05_german_air_defence_interceptors.txt"
# A German outlet's English edition (RHEINPOST) on air defence deliveries and interceptor stocks.
# The German Defence Ministry, the Bundestag report, Diehl and the CDU deputy are not sides
# (claimant_side `*`); the Pentagon speaks for the United States; Colonel Savchuk, the Air Force
# and military intelligence for Ukraine. Deliveries (action `*`, country Ukraine, region None): 14
# IRIS-T SLM fire units, five Patriot systems and "two more that the United States sent directly"
# (paid by Germany: actor `*`); the Pentagon's six Patriot batteries (actor United States); eight
# NASAMS from "Norway and the US together" (actor `*`, claimant_side `*`). Germany's €11.4 billion
# spent (economic, unit `*`, country `*`). May: 4,860 drones and 212 missiles launched, "of which"
# 4,130 and 159 shot down; of the 61 ballistic missiles fired (a type within the missile total,
# required) "only 27" intercepted. Germany's own stock "fewer than 200" interceptors (at_most,
# weapon_type, action, actor, country and region `*`). Germany's 10,000 interceptor drones financed
# for Ukraine last year (drone, action and actor `*`). Optional: the €2.9 billion framework contract
# (planned) and the two IRIS-T SLM units promised (pledge). Debatable: "30 or 40 interceptors",
# "no more than three Patriot systems" ready, "around 80 missiles a month", "double that", "about
# €430,000", "some 2,700 Shahed-type drones a month", "at least 60 Iskander-M" a month (production),
# "below €3,000". Non-claims: 2029, "18 June 2028, 06:00", "6 min read", 2022, IRIS-T SLM, IRIS-T
# SLS, PAC-3 MSE, Iskander-M, KN-23, Geran-2, Geran-3, "One IRIS-T SLM missile", "one we do not
# have", "last year", and the furniture ("20 of 36 Eurofighters", "48 more Patriot launchers", "The
# 2% target", "more than 41,000 readers").
rows(d, [
    ("Germany has delivered 14 IRIS-T SLM fire units", "14", 14, EX, "count", W, "air_defense", A, A, A, A, U, N),
    ("handed over five Patriot systems", "five", 5, EX, "count", W, "air_defense", A, A, A, A, U, N),
    ("paid for two more that the United States sent", "two", 2, EX, "count", W, "air_defense", A, A, A, A, U, N),
    ("has spent €11.4 billion on air defence", "€11.4 billion", 11400000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("delivered six Patriot batteries of its own", "six", 6, EX, "count", W, "air_defense", A, US, A, US, U, N),
    ("have supplied eight NASAMS systems", "eight", 8, EX, "count", W, "air_defense", A, A, A, A, U, N),
    ("Russia launched 4,860 long-range drones", "4,860", 4860, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 212 missiles of various types", "212", 212, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("of which 4,130 drones", "4,130", 4130, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and 159 missiles were shot down", "159", 159, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("of the 61 Iskander-M and KN-23 missiles fired in May", "61", 61, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("only 27 were intercepted", "27", 27, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ('"fewer than 200" PAC-3 MSE interceptors', "fewer than 200", 200, LE, "count", W, A, A, A, A, A, A, A),
    ("Germany financed 10,000 of them for Ukraine", "10,000", 10000, EX, "count", W, "drone", A, A, A, A, U, N),
    ("framework contract worth €2.9 billion", "€2.9 billion", 2900000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # planned
    ("promised Kyiv two more IRIS-T SLM units", "two", 2, EX, "count", W, "air_defense", A, A, A, A, U, N, True),  # pledge
])
any_(d, [
    ("we fire 30 or 40 interceptors", "30 or 40"),
    ("no more than three Patriot systems", "no more than three"),
    ("producing around 80 missiles a month", "around 80"),
    ("aims to double that", "double"),
    ("costs about €430,000", "about €430,000"),
    ("produces some 2,700 Shahed-type drones a month", "some 2,700"),
    ("and at least 60 Iskander-M ballistic missiles", "at least 60"),
    ("at a unit price below €3,000", "below €3,000"),
])

# ---------------------------------------------------------------- s06 deported children, investigation
d = "s06_deported_children_investigation.txt"
# A long investigative piece (Borderland Review) on children deported to Russia and returned.
# Lubinets's office, the National Information Bureau and the presidential adviser Herasymchuk speak
# for Ukraine; Lvova-Belova and her office for Russia; Qatar's foreign ministry, Yale's lab, the
# charity and the outlet are not sides. Deported (displacement, action `*`, actor Russia, target
# Ukraine, country `*`): the subhead's "almost 20,000" (optional; passive: actor `*`), the verified
# 19,870 and the list by region of origin (Donetsk 5,215, Kherson 3,962, Luhansk 3,480, Zaporizhzhia
# 2,734, Kharkiv 2,106, Mykolaiv 418, "Other regions and Crimea" 1,955: they sum to 19,870; region
# `*` for Luhansk, Mykolaiv and the residual), all required; "includes 316 children" from Mariupol
# (subset, optional). Russia's "more than 770,000" taken in (actor Russia, target `*`) and the
# "reunited" 143 (required); Herasymchuk's "Seven hundred seventy thousand" restates (optional).
# Returns: Ukraine's 1,912 brought back (actor Ukraine), Qatar's 118, the latest group of 17
# (actor `*`, country `*`). The Ministry of Education's 4.3 billion roubles (economic, unit `*`,
# country Russia, region None). Debatable: "Fewer than one in ten", "two boarding schools", "only 26
# children ... could not be located", "212 case files", "In 74 of them", "at least 31", "at least 57
# facilities", "sanctioned 48 individuals" and "the US Treasury 22". Non-claims: 2022, "He is one of",
# "Over six months", "he was 13", "Two years later", "12 September 2028", "22 min read", "1
# September 2028", "spring of 2022", "in August", "one child at a time", "since 2023", "28 August", "aged
# between 6 and 16", "in 2027", "March 2023", "now 16", "11 months", "was nine", and the furniture
# ("3 long reads", 2.3K, "Comments (41)", "The 1,000-day siege", "3 biggest", "12 months, 4 cities").
rows(d, [
    ("Ukraine says almost 20,000 children have been deported", "almost 20,000", 20000, LE, "count", DIS, N, A, A, U, U, A, A, True),  # subhead
    ("He is one of 1,912 children", "1,912", 1912, EX, "count", DIS, N, A, U, A, U, A, A),
    ("verified the names of 19,870 children", "19,870", 19870, EX, "count", DIS, N, A, R, U, U, A, A),
    ("Donetsk region — 5,215 children", "5,215", 5215, EX, "count", DIS, N, A, R, U, U, A, D),
    ("Kherson region — 3,962", "3,962", 3962, EX, "count", DIS, N, A, R, U, U, A, Ks),
    ("Luhansk region — 3,480", "3,480", 3480, EX, "count", DIS, N, A, R, U, U, A, A),
    ("Zaporizhzhia region — 2,734", "2,734", 2734, EX, "count", DIS, N, A, R, U, U, A, Zp),
    ("Kharkiv region — 2,106", "2,106", 2106, EX, "count", DIS, N, A, R, U, U, A, Kh),
    ("Mykolaiv region — 418", "418", 418, EX, "count", DIS, N, A, R, U, U, A, A),
    ("Other regions and Crimea — 1,955", "1,955", 1955, EX, "count", DIS, N, A, R, U, U, A, A),
    ("The Donetsk figure includes 316 children", "316", 316, EX, "count", DIS, N, A, R, U, U, A, D, True),  # subset
    ("taken in more than 770,000 children", "more than 770,000", 770000, GE, "count", DIS, N, A, R, A, R, A, A),
    ('"reunited" 143 children', "143", 143, EX, "count", DIS, N, A, R, A, R, A, A),
    ('"Seven hundred seventy thousand is not', "Seven hundred seventy thousand", 770000, EX, "count", DIS, N, A, R, A, U, A, A, True),  # restates
    ("mediated the return of 118 children", "118", 118, EX, "count", DIS, N, A, A, A, A, A, A),
    ("on 28 August, 17 children", "17", 17, EX, "count", DIS, N, A, A, A, A, A, A),
    ("allocated 4.3 billion roubles in 2027", "4.3 billion", 4300000000, EX, A, ECO, N, A, A, A, A, R, N),
])
any_(d, [
    ("Fewer than one in ten have been returned", "Fewer than one in ten"),
    ("from two boarding schools in Mariupol", "two"),
    ("only 26 children from Ukrainian lists", "26"),
    ("We reviewed 212 case files", "212"),
    ("In 74 of them the child", "74"),
    ("in at least 31 the child's name", "at least 31"),
    ("identified at least 57 facilities", "at least 57"),
    ("has sanctioned 48 individuals", "48"),
    ("and the US Treasury 22", "22"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s44")
