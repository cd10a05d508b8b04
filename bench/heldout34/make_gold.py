"""Builds gold.jsonl for heldout34 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout34.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout27 and heldout32 (and, through them, the seeds): headlines,
standfirsts and sub-headings that restate the body, and later restatements, are optional; the
first statement in the body is required. Subsets introduced by "including", "among them", "of
whom" are optional, except a model within a weapon total (the seeds' "including two Su-34": the
Air Force's "21 Kh-101, seven Kalibr and six Iskander-M" among those intercepted, October's "96
were Iskander-M and KN-23 ...") and a breakdown by region ("21 of them over the Bryansk region",
"About 420,000 consumers ... in the Kyiv region"); a share with a different measure ("Only 38
of the 96 ballistic missiles were shot down", "612 of the drones") is a claim of its own. In a
list with a qualifier only the qualified items keep it (the others `*`); a list with no
qualifier is exact. Casualty sentences that name no perpetrator ("when a drone hit an apartment
block", "debris from a downed drone killed one man", "Seven civilians were injured") have actor
`*`; "Russian missiles killed", "a Russian drone attack ... injured", "Ukrainian attacks have
killed" name it. A range ("between 40 and 50") is one claim quoting the whole range, value and
qualifier `*`. People left without power are category and action `*`. Losses reported as "lost"
or as "losses" have action `*` (and actor `*` when the sentence names only the loser). Prisoners
are category and action `*`. Settlements "liberated" have action `*`. Hits ("Hits by 11 missiles
and 35 drones were recorded") have action `*`. Missiles whose launch area is named (Kh-101 "from
the Saratov region", Kalibr "from ships in the Black Sea") have country and region `*`. Weapons
and money supplied by one side to another (North Korean shells, missiles and guns; Russia's "as
much as $20 billion" to Pyongyang) have action and target `*`, actor the supplier, country `*`,
region None; shells and rockets have weapon_type `*` (ammunition). Poland is not a side: its four
scrambled F-16s have action, actor, target, claimant_side, country and region `*`. A pro-Kremlin
war channel speaks for Russia; a resident or a witness who is not an official has claimant_side
`*`; a Ukrainian commander's "we" is Ukraine and his "they" Russia; the article's own voice has
claimant_side `*`. Pledges and plans ("preparing to send a further 6,000") are optional.

Decided anew for this set:
- The Russian Defence Ministry's per-group losses keep their "up to" (at_most) with actor Russia
  where the sentence credits a group ("inflicted losses", "was credited with", "claimed"); the
  week's total phrased "Ukrainian forces had lost" has actor `*`.
- Interception rates in percent ("or 86.6%", "or 76%", "a rate of 40%", "the 55% recorded in
  August") are optional with their fields given (unit percent, shot_down), like heldout27's
  "roughly 19%"; a change in percent ("a fall of 15%") is debatable.
- A table restating figures the body gave first has those cells optional; the other cells are
  required one by one (the Air Force's caption makes the table claimant_side Ukraine).
- "added up to 2,877" is a sum, not a ceiling: exact.
- A scraped block repeated word for word (r04's Defence Ministry sub-heading and two paragraphs)
  is labelled once, on contexts that occur only in the identical copies.
- Evacuees "moved to temporary accommodation centres" are evacuated; children "now at summer
  camps" during an evacuation are displacement with action `*`.

Debatable (`any_`): counts of places (regions with outages, locations hit, villages, streets,
groups of forces), incident counts (assaults repelled, massive and group strikes, "more than 300
times"), attack rates ("between 40 and 60 times" a day, "maybe 30 men a day", "more than 1,000
killed and wounded a day"), evacuation and production rates, remaining and pre-war populations,
group and unit sizes ("groups of two or three", "at least two battalions", "maybe 800"), private
cars, payments, shares of capacity ("some 60%"), energy volumes ("up to 1.7 gigawatts"),
distances, the wire's and the Ledger's extrapolations, vague quantities ("hundreds", "thousands",
"A few thousand", "half", "about a third", "almost six in ten"), workers and volunteers ("a dozen
volunteers", "about 1,000 construction workers"), containers, ammunition depots.

Not labelled: dates and years, times and timestamps, durations ("up to 16 hours a day", "in two
days", "for a year"), ages (14-year-old, 52, 74, 38-year-old, 12-year-old, 61), ordinals ("the
14th attack", "the 12th massive combined strike", "first wave", "For the first time", "third
visit"), "one of the heaviest strikes", "one-time", "On one afternoon", "a single morning",
numbers inside names (Kh-101, Kh-59, Kh-69, Tu-95MS, Iskander-M, Iskander-K, KN-23, KN-24, F-16,
M777, M113, M1989, 170mm, 240mm, Orlan-10, Pantsir-S1, Geran-2, 155th Mechanised Brigade, 24th
Separate Assault Battalion, 93rd Mechanised Brigade, 80th Air Assault Brigade, 750-kilovolt) and
the furniture (reading and listening times, view and comment counts, temperature, "18+", the
Most read / Read also / Related / More dispatches links with figures, newsletter subscriber
counts, prices of subscriptions and memberships, hotline numbers, the emergency number 112,
copyright years, CSV size)."""

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
# ---------------------------------------------------------------- r01 energy grid strike, wire
d = "r01_energy_grid_overnight_strike_wire.txt"
# A wire story (Tidewater) on an overnight Russian missile and drone attack on Ukraine's energy
# system. The Air Force ("the Air Force said", spokesman Ihnat), Ukrenergo ("the company said",
# "It said"), DTEK, Naftogaz, the governors Yavorskyi (Lviv), Ostapchuk (Kyiv) and Hordiienko
# (Dnipropetrovsk), Zelenskiy and Tkachyshyn speak for Ukraine; Russia's Defence Ministry for
# Russia; Poland's Operational Command is not a side. The lede's totals (471 drones and 49
# missiles launched, "more than 1.1 million households" without power, "at least six people"
# killed: actor Russia, the sentence's subject) are nationwide (region None); the headline's 520
# and "over a million" restate them (optional). Launched and intercepted by model: Kh-101 from the
# Saratov region and Kalibr from the Black Sea have country and region `*`; Iskander-M and Kh-59
# Ukraine, region None; the intercepted "21 Kh-101, seven Kalibr and six Iskander-M" are models
# within the 38 (required). Hits by 11 missiles and 35 drones: action `*`. Ihnat's "between 40
# and 50 Gerbera decoy drones" is a range (value and qualifier `*`). Outages by region (Kyiv,
# Lviv): category and action `*`, required as a breakdown by region. Infrastructure: "about a
# dozen" substations (12), DTEK's two plants (region `*`: not named), Naftogaz's "no fewer than
# 19" facilities (Kharkiv), 40 private houses (Odesa); action and actor `*` (no attacker in the
# sentence). Casualties: Lviv two killed and seven injured and Odesa one killed have actor `*`
# (a drone, debris); Kyiv's five injured and Dnipropetrovsk's three killed and 11 injured are
# Russian (actor Russia). Zelenskiy's week: "more than 1,900" drones, "about 1,200" guided bombs,
# "almost 80" missiles launched (region None). The Defence Ministry's 64 drones over Russian
# regions (region `*`) and "21 of them over the Bryansk region". Debatable: 17 locations, "nine
# more", 11 regions, "some 60%" of thermal capacity, "up to 1.7 gigawatts", "hundreds of energy
# workers". Non-claims: "one of the heaviest strikes", "750-kilovolt", "up to 16 hours a day",
# "the 14th attack", "14-year-old", "first wave", "the 12th massive combined strike", "8 a.m.",
# Kh-101, Tu-95MS, Kh-59, Iskander-M, F-16, 2022, and the furniture (41 mins, the Most read
# links' 4 min read, €90 billion and "Five charts").
Kh, Kv, Lv, Od, Dp = "Kharkiv", "Kyiv", "Lviv", "Odesa", "Dnipropetrovsk"
rows(d, [
    ("with 520 drones and missiles", "520", 520, EX, "count", W, A, "launched", R, U, A, U, N, True),  # headline
    ("over a million homes lose power", "over a million", 1000000, GE, "count", A, N, A, A, U, A, U, N, True),  # headline
    ("overnight with 471 drones and 49 missiles", "471", 471, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("471 drones and 49 missiles, Ukraine's Air Force", "49", 49, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("cutting power to more than 1.1 million households", "more than 1.1 million", 1100000, GE, "count", A, N, A, A, U, U, U, N),
    ("killing at least six people", "at least six", 6, GE, "count", CAS, N, "killed", R, U, U, U, N),
    ("suppressed 436 drones and 38 missiles", "436", 436, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("436 drones and 38 missiles", "38", 38, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Hits by 11 missiles and 35 drones", "11", 11, EX, "count", W, "missile", A, R, U, U, U, N),
    ("Hits by 11 missiles and 35 drones", "35", 35, EX, "count", W, "drone", A, R, U, U, U, N),
    # the missiles by model
    ("The missiles included 24 Kh-101 cruise missiles", "24", 24, EX, "count", W, "missile", "launched", R, U, U, A, A),
    ("nine Kalibr cruise missiles fired from ships", "nine", 9, EX, "count", W, "missile", "launched", R, U, U, A, A),
    ("12 Iskander-M ballistic missiles and four Kh-59", "12", 12, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("and four Kh-59 guided missiles", "four", 4, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("Among those intercepted were 21 Kh-101", "21", 21, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("21 Kh-101, seven Kalibr and six Iskander-M", "seven", 7, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("seven Kalibr and six Iskander-M", "six", 6, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("used between 40 and 50 Gerbera decoy drones", "between 40 and 50", A, A, "count", W, "drone", "launched", R, U, U, U, N),
    # outages and damage
    ("About 420,000 consumers were without electricity", "About 420,000", 420000, APX, "count", A, N, A, A, U, U, U, Kv),
    ("almost 300,000 in the Lviv region", "almost 300,000", 300000, LE, "count", A, N, A, A, U, U, U, Lv),
    ("about a dozen high-voltage substations", "about a dozen", 12, APX, "count", INF, N, A, A, U, U, U, N),
    ("two of its thermal power plants", "two", 2, EX, "count", INF, N, A, A, U, U, U, A),
    ("no fewer than 19 of its production facilities", "no fewer than 19", 19, GE, "count", INF, N, A, A, U, U, U, Kh),
    # casualties by region
    ("two people were killed and seven injured when a drone", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Lv),
    ("killed and seven injured when a drone", "seven", 7, EX, "count", CAS, N, "injured", A, U, U, U, Lv),
    ("Bila Tserkva injured five people", "five", 5, EX, "count", CAS, N, "injured", R, U, U, U, Kv),
    ("Russian missiles killed three people and injured 11", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, Dp),
    ("killed three people and injured 11 in the Dnipropetrovsk", "11", 11, EX, "count", CAS, N, "injured", R, U, U, U, Dp),
    ("killed one man and damaged the roofs", "one", 1, EX, "count", CAS, N, "killed", A, U, U, U, Od),
    ("damaged the roofs of 40 private houses", "40", 40, EX, "count", INF, N, A, A, U, U, U, Od),
    # Zelenskiy's week
    ("more than 1,900 attack drones", "more than 1,900", 1900, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("about 1,200 guided aerial bombs", "about 1,200", 1200, APX, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("almost 80 missiles against Ukraine", "almost 80", 80, LE, "count", W, "missile", "launched", R, U, U, U, N),
    # Poland, Russia
    ("scrambled four F-16 fighter jets", "four", 4, EX, "count", W, "aircraft", A, A, A, A, A, A),
    ("had destroyed 64 Ukrainian drones over Russian regions", "64", 64, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("21 of them over the Bryansk region", "21", 21, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
])
any_(d, [
    ("recorded at 17 locations", "17"),
    ("damaged buildings at nine more", "nine"),
    ("imposed in 11 regions", "11"),
    ("some 60% of Ukraine's thermal", "some 60%"),
    ("import up to 1.7 gigawatts", "up to 1.7"),
    ("say hundreds of energy workers", "hundreds"),
])

# ---------------------------------------------------------------- r02 Russian MoD weekly, retold
d = "r02_russian_mod_weekly_losses_retold.txt"
# A Western analysis site (The Baltic Ledger) retelling the Russian Defence Ministry's Saturday
# summary group by group, with a Ukrainian rebuttal. The ministry and its spokesman Belkin ("the
# ministry said", "it added", "Belkin said", "claimed", "reported") speak for Russia; the
# Khortytsia spokesman Zaporozhets ("we", "they"), the General Staff and DeepState for Ukraine;
# the NATO official and the Oslo researcher are not sides. Ukrainian losses per group are
# casualties with action `*`, actor Russia, target Ukraine, "up to" kept (at_most); the
# equipment in the same sentence has qualifier `*` (a list with a qualifier) and action `*`.
# Regions by group: Zapad (Kupiansk) Kharkiv; Yug and Tsentr Donetsk; Sever (Sumy and Kharkiv),
# Vostok (the border of Dnipropetrovsk and Zaporizhzhia) and Dnepr (Kherson and Zaporizhzhia)
# `*`. Settlements "liberated": territory, action `*`; Tsentr's three and Vostok's one have
# qualifier `*` (listed after "up to"). The week's total "Ukrainian forces had lost 'up to
# 8,740'" has actor `*`; the headline and the standfirst's "five villages" restate (optional).
# The air defence list has no qualifier (exact; HIMARS rockets weapon_type `*`), country and
# region `*`; Saturday morning's 58 over Russian regions (country Russia) with "23 over the
# Kursk region" and "14 over the Belgorod region" required. The previous weeks' "up to 9,315"
# and "up to 8,960" are claims of their own (actor `*`). Zaporozhets: "they lost 2,480" (action
# and actor `*`, target Russia, Donetsk), "We destroyed 31 of their tanks and 96 artillery
# systems" (actor Ukraine). The General Staff's week (7,960 troops, 38 tanks, 412 drones: Russian
# losses, action and actor `*`, country and region `*`). DeepState's "about 86 square kilometres"
# (action `*`: an advance) and "only one of the five" confirmed (seized); "the five settlements
# claimed by Moscow" restates (optional). Debatable: "six groups of forces", "three ammunition
# depots", five massive and 29 group strikes, "even half", "612 assaults", "two of the three
# villages", the Ledger's extrapolated "more than 350,000" and "roughly 40%", the NATO official's
# "more than 1,000 ... a day" and "about 30,000 contract soldiers a month". Non-claims: M777,
# M113, 155th Mechanised Brigade, 24th Separate Assault Battalion, Geran-2, "the Russian one",
# dates, times, and the furniture (€1 for the first month, 6 min read, 🗨 64, 48,000 readers,
# 7am, © 2027).
D = "Donetsk"
rows(d, [
    ('Kyiv lost "up to 8,740" troops', "up to 8,740", 8740, LE, "count", CAS, N, A, A, U, R, U, A, True),  # headline
    ("claims five villages and heavy Ukrainian losses", "five", 5, EX, "count", TER, N, A, R, U, R, U, A, True),  # standfirst
    ('had lost "up to 8,740 servicemen"', "up to 8,740", 8740, LE, "count", CAS, N, A, A, U, R, U, A),
    ('"liberated" five settlements in the Donetsk', "five", 5, EX, "count", TER, N, A, R, U, R, U, A),
    # Zapad (Kharkiv)
    ("on the enemy of up to 1,290 servicemen", "up to 1,290", 1290, LE, "count", CAS, N, A, R, U, R, U, Kh),
    ("1,290 servicemen, two tanks", "two", 2, A, "count", W, "tank", A, R, U, R, U, Kh),
    ("two tanks, 16 motor vehicles", "16", 16, A, "count", W, "vehicle", A, R, U, R, U, Kh),
    ("and six field artillery guns", "six", 6, A, "count", W, "artillery", A, R, U, R, U, Kh),
    # Sever (Sumy and Kharkiv)
    ("credited with up to 1,150 Ukrainian servicemen", "up to 1,150", 1150, LE, "count", CAS, N, A, R, U, R, U, A),
    ("four US-made M113 armoured personnel carriers", "four", 4, A, "count", W, "armored_vehicle", A, R, U, R, U, A),
    ("carriers and 21 motor vehicles", "21", 21, A, "count", W, "vehicle", A, R, U, R, U, A),
    # Yug (Donetsk)
    ("claimed up to 1,640 servicemen", "up to 1,640", 1640, LE, "count", CAS, N, A, R, U, R, U, D),
    ("1,640 servicemen, three tanks and 19", "three", 3, A, "count", W, "tank", A, R, U, R, U, D),
    ("three tanks and 19 armoured combat vehicles", "19", 19, A, "count", W, "armored_vehicle", A, R, U, R, U, D),
    # Tsentr (Donetsk)
    ("north of Pokrovsk: up to 3,100 Ukrainian servicemen", "up to 3,100", 3100, LE, "count", CAS, N, A, R, U, R, U, D),
    ("together with three settlements", "three", 3, A, "count", TER, N, A, R, U, R, U, D),
    # Vostok (Dnipropetrovsk and Zaporizhzhia)
    ("claimed up to 1,020 servicemen", "up to 1,020", 1020, LE, "count", CAS, N, A, R, U, R, U, A),
    ("1,020 servicemen and one settlement, Danylivka", "one", 1, A, "count", TER, N, A, R, U, R, U, A),
    # Dnepr (Kherson and Zaporizhzhia)
    ("reported up to 540 servicemen", "up to 540", 540, LE, "count", CAS, N, A, R, U, R, U, A),
    ("540 servicemen, 11 motor vehicles", "11", 11, A, "count", W, "vehicle", A, R, U, R, U, A),
    # air defence, week and Saturday morning
    ("shot down 1,584 fixed-wing drones", "1,584", 1584, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("46 guided aerial bombs, 17 HIMARS", "46", 46, EX, "count", W, "guided_bomb", "shot_down", R, U, R, A, A),
    ("17 HIMARS rockets", "17", 17, EX, "count", W, A, "shot_down", R, U, R, A, A),
    ("four Neptune long-range missiles", "four", 4, EX, "count", W, "missile", "shot_down", R, U, R, A, A),
    ("58 Ukrainian drones had been destroyed over Russian regions", "58", 58, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("including 23 over the Kursk region", "23", 23, EX, "count", W, "drone", "shot_down", R, U, R, R, "Kursk"),
    ("and 14 over the Belgorod region", "14", 14, EX, "count", W, "drone", "shot_down", R, U, R, R, "Belgorod"),
    # the previous weeks
    ("claimed up to 9,315 Ukrainian losses", "up to 9,315", 9315, LE, "count", CAS, N, A, A, U, R, U, A),
    ("the week before that up to 8,960", "up to 8,960", 8960, LE, "count", CAS, N, A, A, U, R, U, A),
    # Kyiv's rebuttal
    ("they lost 2,480 men killed and wounded", "2,480", 2480, EX, "count", CAS, N, A, A, R, U, U, D),
    ("We destroyed 31 of their tanks", "31", 31, EX, "count", W, "tank", "destroyed", U, R, U, U, D),
    ("31 of their tanks and 96 artillery systems", "96", 96, EX, "count", W, "artillery", "destroyed", U, R, U, U, D),
    ("for the same week at 7,960 troops", "7,960", 7960, EX, "count", CAS, N, A, A, R, U, A, A),
    ("7,960 troops, 38 tanks", "38", 38, EX, "count", W, "tank", A, A, R, U, A, A),
    ("38 tanks and 412 operational-tactical drones", "412", 412, EX, "count", W, "drone", A, A, R, U, A, A),
    ("advanced by about 86 square kilometres", "about 86", 86, APX, "km2", TER, N, A, R, U, U, U, A),
    ("the capture of only one of the five", "one", 1, EX, "count", TER, N, "seized", R, U, U, U, A),
    ("one of the five settlements claimed by Moscow", "five", 5, EX, "count", TER, N, A, R, U, A, U, A, True),  # restates
])
any_(d, [
    ("each of Russia's six groups of forces", "six"),
    ("and three ammunition depots", "three"),
    ("carried out five massive strikes", "five"),
    ("five massive strikes and 29 group strikes", "29"),
    ("lost even half of what they claim", "half"),
    ("we repelled 612 assaults", "612"),
    ("two of the three villages named", "two"),
    ("two of the three villages named", "three"),
    ("has lost more than 350,000 troops", "more than 350,000"),
    ("roughly 40% of what Western officials", "roughly 40%"),
    ('"more than 1,000 killed and wounded a day"', "more than 1,000"),
    ("recruiting about 30,000 contract soldiers", "about 30,000"),
])

# ---------------------------------------------------------------- r03 Kostiantynivka feature
d = "r03_kostiantynivka_frontline_town.txt"
# A magazine dispatch from Kostiantynivka (country Ukraine, region Donetsk): residents, evacuation,
# FPV drones, glide bombs and a battalion commander's interview. The city military administration
# and its head Horbunov ("said", "according to the administration", "he said"), the regional
# prosecutor's office, the commander Bereg of the 93rd Mechanised Brigade ("we" = Ukraine, "they"
# and "their" = Russia: sides only from context) and the brigade intelligence officer speak for
# Ukraine; the pro-Kremlin channel Voenkor Sever for Russia; the resident Moroz and the driver
# Sharapov are not officials (claimant_side `*`). Evacuated 2,318 (required; "including 412
# children" optional). "Russian FPV drones have killed 31 ... and injured 118" (actor Russia);
# "In all, 214 civilians have been killed" names no perpetrator (actor `*`); Moroz's "Three of my
# neighbours were killed by those drones" (actor `*`: the drones are Russian only by context).
# "Russian aircraft dropped 27 guided aerial bombs" (launched). Buildings: "More than 1,400"
# destroyed or damaged "by Russian strikes" (infrastructure, action `*`, actor Russia), "among them
# 390 apartment blocks" optional. Bereg: 23 motorbikes (vehicle) and four armoured vehicles
# destroyed, 140 reconnaissance drones shot down (actor Ukraine, target Russia). "some 45,000
# troops" concentrated (massed, actor Russia). Voenkor Sever's "no fewer than 70 militants"
# eliminated (killed, actor Russia, target `*`: "militants" as the channel words it).
# Debatable: "A few thousand", the pre-war 67,000 and the 5,200 who remain, "between 10 and 15
# people a day", the assaults "between 40 and 60 times", "groups of two or three", "at least two
# battalions", "maybe 800", "maybe 30 men a day", "about 3 kilometres", "12 streets", "a dozen
# volunteers", "one bag each". Non-claims: 6:40 a.m., ages (52, 74, 38-year-old), "for a year",
# "a single morning", "in two days", Orlan-10, 93rd Mechanised Brigade, "For the first time",
# years, and the furniture (11 min read, 13:02, the More dispatches links' 9 min read and "Ten
# photographs", since 2014, £5 a month).
rows(d, [
    ("2,318 residents have been evacuated", "2,318", 2318, EX, "count", DIS, N, "evacuated", A, A, U, U, D),
    ("including 412 children", "412", 412, EX, "count", DIS, N, "evacuated", A, A, U, U, D, True),  # subset
    ("drones have killed 31 civilians", "31", 31, EX, "count", CAS, N, "killed", R, U, U, U, D),
    ("since the start of the year and injured 118", "118", 118, EX, "count", CAS, N, "injured", R, U, U, U, D),
    ("In all, 214 civilians have been killed", "214", 214, EX, "count", CAS, N, "killed", A, U, U, U, D),
    ("Russian aircraft dropped 27 guided aerial bombs", "27", 27, EX, "count", W, "guided_bomb", "launched", R, U, U, U, D),
    ("More than 1,400 buildings have been destroyed or damaged", "More than 1,400", 1400, GE, "count", INF, N, A, R, U, U, U, D),
    ("among them 390 apartment blocks", "390", 390, EX, "count", INF, N, A, R, U, U, U, D, True),  # subset
    ('"Three of my neighbours were killed', "Three", 3, EX, "count", CAS, N, "killed", A, U, A, U, D),
    # the commander
    ("we destroyed 23 of their motorbikes", "23", 23, EX, "count", W, "vehicle", "destroyed", U, R, U, U, D),
    ("and four armoured vehicles in a single morning", "four", 4, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, D),
    ("shot down 140 Russian reconnaissance drones", "140", 140, EX, "count", W, "drone", "shot_down", U, R, U, U, D),
    ("concentrated some 45,000 troops", "some 45,000", 45000, APX, "count", PER, N, "massed", R, A, U, U, D),
    ('"eliminated no fewer than 70 militants"', "no fewer than 70", 70, GE, "count", CAS, N, "killed", R, A, R, U, D),
])
any_(d, [
    ("A few thousand people still live here", "A few thousand"),
    ("about 67,000 people lived", "about 67,000"),
    ("says about 5,200 remain", "about 5,200"),
    ("between 10 and 15 people a day", "between 10 and 15"),
    ("on some days between 40 and 60 times", "between 40 and 60"),
    ("groups of two or three, on motorbikes", "two or three"),
    ("at least two battalions opposite us", "at least two"),
    ("maybe 800 people", "800"),
    ("They lose maybe 30 men a day", "30"),
    ("now about 3 kilometres from the city centre", "about 3"),
    ('"taken control of 12 streets"', "12"),
    ("a dozen volunteers load", "a dozen"),
    ("one bag each", "one"),
])

# ---------------------------------------------------------------- r04 Kursk and Belgorod, Russian side
d = "r04_kursk_belgorod_border_governors.txt"
# A Russian regional site's English edition on a day of Ukrainian attacks on the Kursk and
# Belgorod regions (country Russia). Governor Zubarev (Kursk: "the enemy" is Ukraine), Governor
# Pavlenko and the operational headquarters (Belgorod), the regional government's press service
# and Russia's Defence Ministry speak for Russia. Launched by Ukraine: actor Ukraine, target
# Russia; shells and HIMARS rockets weapon_type `*`. Casualty sentences without a perpetrator
# ("Seven civilians were injured", "an FPV drone struck a car", "when a drone hit his car") have
# actor `*`; "Ukrainian attacks have killed 58 ... and injured more than 600" actor Ukraine, 58
# with qualifier `*` (a list with a qualifier). The "two employees" of whom "both men were
# wounded" are a subset of the seven (optional). Damage (26 houses, three apartment buildings, 19
# houses): infrastructure, action and actor `*`. Evacuees "moved to temporary accommodation
# centres" (Some 1,340: evacuated; "including 260 children" optional); "around 400 children" at
# camps during the evacuation (displacement, action `*`, claimant_side `*`: no attribution). The
# 2.4 billion roubles allocated (unit `*`). The Defence Ministry's block (sub-heading and two
# paragraphs) is repeated by the scraper: labelled once. Its 96 drones span four regions (region
# `*`), the breakdown by region is required; the sub-heading's 96 restates (optional). The
# Iskander-K strike near Krasnopillia (Ukraine, Sumy): "two HIMARS launchers" (mlrs, destroyed,
# qualifier `*`: listed with "up to 40") and "up to 40 Ukrainian servicemen" (action `*`);
# "the enemy has lost more than 76,000 servicemen in the Kursk direction" (action and actor `*`,
# target Ukraine, Kursk). The headline's 112 and 46 restate (optional). Debatable: "more than 300
# times", "11 cars", "about 4,500 residents" whose power was restored, "five more border
# villages", "about 1,100 people still live", "10,000 roubles". Non-claims: ages (12-year-old,
# 61), "one-time", Iskander-K, HIMARS, dates, 11:52, and the furniture (+4°C, 18+, Views: 7 412,
# the Read also link's "second" centre for 300 people, the emergency number 112, the hotline,
# 93,000 subscribers, the Most read links' 18% and "Three new schools", 2029, © 2009-2027).
Ku, Bg = "Kursk", "Belgorod"
rows(d, [
    ("Governor: 112 drones and 46 shells in a day", "112", 112, EX, "count", W, "drone", "launched", U, R, R, R, Ku, True),  # headline
    ("112 drones and 46 shells in a day", "46", 46, EX, "count", W, A, "launched", U, R, R, R, Ku, True),  # headline
    ("the enemy launched 112 drones against settlements", "112", 112, EX, "count", W, "drone", "launched", U, R, R, R, Ku),
    ("fired 46 artillery shells and four HIMARS rockets", "46", 46, EX, "count", W, A, "launched", U, R, R, R, Ku),
    ("46 artillery shells and four HIMARS rockets", "four", 4, EX, "count", W, A, "launched", U, R, R, R, Ku),
    ("Seven civilians were injured, among them", "Seven", 7, EX, "count", CAS, N, "injured", A, R, R, R, Ku),
    ("struck a car carrying two employees", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Ku, True),  # subset
    ("In total, 26 private houses", "26", 26, EX, "count", INF, N, A, A, R, R, R, Ku),
    ("26 private houses, three apartment buildings", "three", 3, EX, "count", INF, N, A, A, R, R, R, Ku),
    ('"Some 1,340 residents of the border areas', "Some 1,340", 1340, APX, "count", DIS, N, "evacuated", A, A, R, R, Ku),
    ("including 260 children, have already been moved", "260", 260, EX, "count", DIS, N, "evacuated", A, A, R, R, Ku, True),  # subset
    ("allocated 2.4 billion roubles", "2.4 billion", 2400000000, EX, A, ECO, N, A, A, A, R, R, Ku),
    # Belgorod
    ("Ukrainian forces fired 142 shells", "142", 142, EX, "count", W, A, "launched", U, R, R, R, Bg),
    ("attacked with 87 drones over the past day", "87", 87, EX, "count", W, "drone", "launched", U, R, R, R, Bg),
    ("One man was killed in Shebekino", "One", 1, EX, "count", CAS, N, "killed", A, R, R, R, Bg),
    ("and five people were injured in the Graivoron", "five", 5, EX, "count", CAS, N, "injured", A, R, R, R, Bg),
    ("In the Graivoron district, 19 private houses", "19", 19, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("Ukrainian attacks have killed 58 civilians", "58", 58, A, "count", CAS, N, "killed", U, R, R, R, Bg),
    ("injured more than 600, the headquarters said", "more than 600", 600, GE, "count", CAS, N, "injured", U, R, R, R, Bg),
    ("around 400 children are now at summer camps", "around 400", 400, APX, "count", DIS, N, A, A, A, A, R, Bg),
    # the Defence Ministry (the repeated block)
    ("Ministry of Defence: 96 drones overnight", "96", 96, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # sub-heading
    ("intercepted and destroyed 96 Ukrainian fixed-wing drones", "96", 96, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("41 over the territory of the Kursk region", "41", 41, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku),
    ("28 over the Belgorod region", "28", 28, EX, "count", W, "drone", "shot_down", R, U, R, R, Bg),
    ("15 over the Bryansk region", "15", 15, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("and 12 over the Voronezh region", "12", 12, EX, "count", W, "drone", "shot_down", R, U, R, R, "Voronezh"),
    ("had destroyed two HIMARS launchers", "two", 2, A, "count", W, "mlrs", "destroyed", R, U, R, U, "Sumy"),
    ("up to 40 Ukrainian servicemen near the town", "up to 40", 40, LE, "count", CAS, N, A, R, U, R, U, "Sumy"),
    ("the enemy has lost more than 76,000 servicemen", "more than 76,000", 76000, GE, "count", CAS, N, A, A, U, R, R, Ku),
])
any_(d, [
    ("more than 300 times over the past day", "more than 300"),
    ("and 11 cars were damaged", "11"),
    ("restored power to about 4,500 residents", "about 4,500"),
    ("residents of five more border villages", "five"),
    ("where about 1,100 people still live", "about 1,100"),
    ("one-time payment of 10,000 roubles", "10,000"),
])

# ---------------------------------------------------------------- r05 North Korean troops and shells
d = "r05_north_korean_troops_and_shells.txt"
# An Asia security site on North Korea's part in the war, with three intelligence estimates.
# South Korea's NIS and the lawmaker Lee who relays its briefing speak for South Korea; the HUR
# (Ostapenko), the Air Force, Kyiv's city military administration and the drone operator Tykhyi
# ("we" = Ukraine, "them" = the North Koreans: sides from context only) for Ukraine; the anonymous
# US official for the United States; Shoigu for Russia; the Asan Institute researcher gives no
# figure. Troops "sent" are deployed (actor North Korea, country Russia; region `*` where the
# sentence says only "to Russia"); "including some 3,000 ... reinforcements" a subset and the
# "further 6,000" a plan (optional); the headline's 15,000 restates (optional). North Korean
# losses: target North Korea, actor `*` unless "we killed" (Ukraine); "killed and wounded" and
# "casualties" have action `*`; the US "about 1,500 dead" is a new measure inside the casualties
# (required). Two soldiers taken prisoner: category and action `*`, actor Ukraine. Supplies (shells,
# missiles, artillery systems; Russia's "as much as $20 billion"): action and target `*`, actor the
# supplier, country `*`, region None; shells weapon_type `*`. Russia fired "at least 70" KN-23
# at Ukraine (launched, region None); the April 2025 Kyiv strike's 12 killed (actor `*`).
# Shoigu's "more than 1,200 square kilometres" liberated in Kursk (territory, action and actor `*`:
# "helped liberate"). Debatable: "thousands of them", "about 1,000 construction workers", "groups
# of 20 to 30", "at least 28,000 containers". Non-claims: KN-23, KN-24, M1989, 170mm, 240mm,
# Pantsir-S1, 80th Air Assault Brigade, "On one afternoon", "first assaults", "third visit", "for
# the first time", 1950s, dates, and the furniture (214 partners, 7 min read, the Most read
# links' "5 things", ¥9 trillion and "The 2024 treaty", 31,000 subscribers).
rows(d, [
    ("Seoul says 15,000 North Korean troops", "15,000", 15000, EX, "count", PER, N, "deployed", NK, A, SK, R, A, True),  # headline
    ("has sent about 15,000 troops to Russia", "about 15,000", 15000, APX, "count", PER, N, "deployed", NK, A, SK, R, A),
    ("including some 3,000 who arrived this year", "some 3,000", 3000, APX, "count", PER, N, "deployed", NK, A, SK, R, A, True),  # subset
    ("around 2,000 North Korean soldiers had been killed", "around 2,000", 2000, APX, "count", CAS, N, "killed", A, NK, SK, R, A),
    ("had been killed and some 4,700 wounded", "some 4,700", 4700, APX, "count", CAS, N, "injured", A, NK, SK, R, A),
    ("send a further 6,000 military engineers", "6,000", 6000, EX, "count", PER, N, "deployed", NK, A, SK, R, Ku, True),  # plan
    ("lost more than 7,500 soldiers killed and wounded", "more than 7,500", 7500, GE, "count", CAS, N, A, A, NK, U, R, Ku),
    ("had taken two North Korean soldiers prisoner", "two", 2, EX, "count", A, N, A, U, NK, U, R, Ku),
    ("upwards of 6,000 casualties", "upwards of 6,000", 6000, GE, "count", CAS, N, A, A, NK, US, A, A),
    ("including about 1,500 dead", "about 1,500", 1500, APX, "count", CAS, N, "killed", A, NK, US, A, A),
    ("we killed 19 of them", "19", 19, EX, "count", CAS, N, "killed", U, NK, U, A, A),
    # supplies
    ("more than 12 million artillery shells", "more than 12 million", 12000000, GE, "count", W, A, A, NK, A, SK, A, N),
    ("sent about 250 short-range ballistic missiles", "about 250", 250, APX, "count", W, "missile", A, NK, A, SK, A, N),
    ("about 200 long-range artillery systems", "about 200", 200, APX, "count", W, "artillery", A, NK, A, SK, A, N),
    ("fired at least 70 North Korean KN-23 missiles", "at least 70", 70, GE, "count", W, "missile", "launched", R, U, U, U, N),
    ("on Kyiv in April 2025, 12 people were killed", "12", 12, EX, "count", CAS, N, "killed", A, U, U, U, "Kyiv"),
    ("as much as $20 billion worth", "as much as $20 billion", 20000000000, LE, "usd", ECO, N, A, R, A, SK, A, N),
    ('"more than 1,200 square kilometres"', "more than 1,200", 1200, GE, "km2", TER, N, A, A, U, R, R, Ku),
])
any_(d, [
    ("thousands of them killed or wounded", "thousands"),
    ("about 1,000 construction workers", "about 1,000"),
    ("in groups of 20 to 30", "20 to 30"),
    ("at least 28,000 containers", "at least 28,000"),
])

# ---------------------------------------------------------------- r06 October statistics
d = "r06_october_air_attack_statistics.txt"
# A Kyiv site's (the Kyiv Beacon's) data desk on October's long-range air attacks, compiled from the Air Force's daily
# reports, with a plain-text table by month. Sentences attributed to the Air Force ("according to
# the daily reports of Ukraine's Air Force", "the Air Force's figures show") and the spokesman
# Ihnat speak for Ukraine, and so does the table (captioned "Air Force data"); the paragraphs on
# missiles, models, the largest attack and decoys carry no attribution of their own
# (claimant_side `*`); Russia's Defence Ministry speaks for Russia; the Kyiv School of Economics
# estimate is debatable anyway. Monthly totals are nationwide (region None); the 17 October attack
# aimed "mainly" at three regions (region `*`). Required: 6,214 launched, September's 4,902 and
# October 2026's 5,310 (claims of their own), 5,379 shot down, 238 and 280 missiles, 181
# intercepted, the missiles by model (96, 104, 21, 17: models within the total), "Only 38" of the
# ballistic missiles shot down, 653 and 51 launched and 612 and 39 downed on 17 October, "About
# 2,600" decoys, and the table cells the body had not given (4,621, 270, 171; August's row;
# September's 4,271 and 207). Optional: the headline, the table's restatements (October 2026's
# 5,310, September's 4,902 and 280, the whole October 2027 row), "of the 96" (restates), the
# interception rates in percent (86.6%, 76%, 40%, 55%) and Ihnat's "up to 800 drones in a single
# night" (a capability). Russia's Defence Ministry: 3,402 shot down over Russian territory,
# "1,108 of them over the Bryansk, Kursk and Belgorod regions" (a breakdown over three regions:
# region `*`) and September's total that "added up to 2,877" (a sum: exact). Debatable: "a fall of
# 15%", "about a third", "almost six in ten", the averages (about 200 and about 160 a night), the
# production estimate "about 2,700 ... a month" and the target 4,000. Non-claims: "17 October",
# the years in the table's Month column, "a single night", "largest single attack", KN-23,
# Kh-101, Kh-59, Kh-69, "ONE TABLE", and the furniture (10:05, 14:30, 5 minutes, the Related links' "nine in
# ten" and 2022, 24 KB, 1,500 readers, 200 hryvnias, Comments (37)).
T1 = "Oct 2026          5,310             4,621              270                171"
T2 = "Aug 2027          4,115             3,580              196                142"
T3 = "Sep 2027          4,902             4,271              280                207"
T4 = "Oct 2027          6,214             5,379              238                181"
rows(d, [
    ("launched a record 6,214 drones at Ukraine", "6,214", 6214, EX, "count", W, "drone", "launched", R, U, A, U, N, True),  # headline
    ("Russia launched 6,214 long-range attack drones", "6,214", 6214, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("up from 4,902 in September", "4,902", 4902, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("from 5,310 in October last year", "5,310", 5310, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("suppressed 5,379 of the drones", "5,379", 5379, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("5,379 of the drones, or 86.6%", "86.6%", 86.6, EX, "percent", W, "drone", "shot_down", U, R, U, U, N, True),  # rate
    ("Russia fired 238 missiles of all types", "238", 238, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("down from 280 in September", "280", 280, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("Of those, 181 were intercepted", "181", 181, EX, "count", W, "missile", "shot_down", U, R, A, U, N),
    ("181 were intercepted, or 76%", "76%", 76, EX, "percent", W, "missile", "shot_down", U, R, A, U, N, True),  # rate
    # the table: drones launched, downed, missiles launched, downed
    (T1, "5,310", 5310, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # restates
    (T1, "4,621", 4621, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    (T1, "270", 270, EX, "count", W, "missile", "launched", R, U, U, U, N),
    (T1, "171", 171, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    (T2, "4,115", 4115, EX, "count", W, "drone", "launched", R, U, U, U, N),
    (T2, "3,580", 3580, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    (T2, "196", 196, EX, "count", W, "missile", "launched", R, U, U, U, N),
    (T2, "142", 142, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    (T3, "4,902", 4902, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # restates
    (T3, "4,271", 4271, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    (T3, "280", 280, EX, "count", W, "missile", "launched", R, U, U, U, N, True),  # restates
    (T3, "207", 207, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    (T4, "6,214", 6214, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # restates
    (T4, "5,379", 5379, EX, "count", W, "drone", "shot_down", U, R, U, U, N, True),  # restates
    (T4, "238", 238, EX, "count", W, "missile", "launched", R, U, U, U, N, True),  # restates
    (T4, "181", 181, EX, "count", W, "missile", "shot_down", U, R, U, U, N, True),  # restates
    # the missiles by model
    ("96 were Iskander-M and KN-23 ballistic missiles", "96", 96, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("104 were Kh-101 cruise missiles", "104", 104, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("21 were Kalibr cruise missiles", "21", 21, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("and 17 were Kh-59 and Kh-69", "17", 17, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("Only 38 of the 96 ballistic missiles", "38", 38, EX, "count", W, "missile", "shot_down", U, R, A, U, N),
    ("Only 38 of the 96 ballistic missiles", "96", 96, EX, "count", W, "missile", "launched", R, U, A, U, N, True),  # restates
    ("a rate of 40%", "40%", 40, EX, "percent", W, "missile", "shot_down", U, R, A, U, N, True),  # rate
    ("the 55% recorded in August", "55%", 55, EX, "percent", W, "missile", "shot_down", U, R, A, U, N, True),  # rate
    ('"up to 800 drones in a single night"', "up to 800", 800, LE, "count", W, "drone", "launched", R, U, U, U, N, True),  # capability
    # 17 October, decoys
    ("when Russia launched 653 drones and 51 missiles", "653", 653, EX, "count", W, "drone", "launched", R, U, A, U, A),
    ("653 drones and 51 missiles, mainly", "51", 51, EX, "count", W, "missile", "launched", R, U, A, U, A),
    ("Air defence downed 612 of the drones", "612", 612, EX, "count", W, "drone", "shot_down", U, R, A, U, A),
    ("612 of the drones and 39 of the missiles", "39", 39, EX, "count", W, "missile", "shot_down", U, R, A, U, A),
    ("About 2,600 of October's drones were decoys", "About 2,600", 2600, APX, "count", W, "drone", "launched", R, U, A, U, N),
    # Russia's Defence Ministry
    ("shot down 3,402 Ukrainian drones over Russian territory", "3,402", 3402, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("1,108 of them over the Bryansk, Kursk and Belgorod regions", "1,108", 1108, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("for September added up to 2,877", "2,877", 2877, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
])
any_(d, [
    ("a fall of 15%", "15%"),
    ("about a third of the drones shot down", "about a third"),
    ("almost six in ten of the total", "almost six in ten"),
    ("launched about 200 drones a night", "about 200"),
    ("against about 160 in September", "about 160"),
    ("produces about 2,700 Shahed-type drones a month", "about 2,700"),
    ("aims to reach 4,000", "4,000"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "r34")
