"""Builds gold.jsonl for heldout39 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout39.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout27, heldout33 and heldout35: headlines, subheads, summary
bullets, key-event boxes and later restatements are optional; subsets introduced by "of whom",
"among them", "including", "of them" are optional, except a model or type within a weapon total
(the seeds' "including two Su-34"); a breakdown of a total by place ("29 over the territory of
Bryansk region") is required, and so is a different action on part of a total ("of which 21 were
shot down"); in a list with a qualifier only the qualified items keep it (the others `*`), a list
with no qualifier is exact; casualty sentences that name no perpetrator have actor `*`; a range is
one claim quoting the whole range (value and qualifier `*`); households left without power have
category and action `*`; losses reported as "lost" have action `*`; drones destroyed in flight
are shot_down; settlements "liberated" are territory with action `*`; aircraft "scrambled" and
drones that "entered" or "crossed" airspace have action `*`; pledges, promises and planned
spending are optional; an earlier state ("a year earlier", "up from ... the week before") is
optional; a monitor's or fact-checker's sum of a side's claims keeps that side's actor and target
with claimant_side `*`, but a sum given only in a headline is debatable; counts of dead soldiers
by home region have country and region `*`; toll given first and a later update ("has risen to")
are both required; missiles that "got through" or "hit" have action `*`; deliveries have action
`*`. Bodies that are not sides (Poland, NATO and its officials, the EU, companies, think tanks,
independent outlets and monitors other than DeepState) have claimant_side `*`; DeepState speaks
for Ukraine (seed 010); the article's own voice has claimant_side `*`. People "displaced" are
displacement with action `*` (only "evacuated" / "moved out" is evacuated); damaged buildings and
flats are infrastructure with action and actor `*`; regional spending in roubles is required
(economic, unit `*`), payments per person are debatable. Counts of places (settlements shelled,
regions, plants hit), incident counts (assaults, counterattacks, flights delayed, "occasions"),
unit counts, group sizes, shares and rates in percent ("41%", "a quarter", "a third"), averages
derived by the author, distances, areas of fires, prices and payments, production rates and plant
capacities, population stocks, recipients of aid, needs, forecasts and hypotheticals are debatable
(`any_`). Dates, times, durations ("seven days", "11 months", "1,152 days", "in six days", "Four
months ago"), ages ("He is 31", "aged 38 and 54", "the youngest is 21"), ordinals ("the fourth
attack", "the fourth group", "21st sanctions package", "73rd exchange", "my second company"),
series numbers ("Brief #94", "IA No. FS 77-81234"), numbers inside names (Tu-22M3, Kh-22,
Neptune-MD, Iskander-M, Shahed-136, Kh-101, KN-23, Su-34, FAB-500, FAB-1500, BMP-3, Tor-M2, PAC-3
MSE, Kh-59/69, Geran-2, AI-95, F-16, F-35, 93rd, 47th and 8th formations, "Group of Seven"),
counts of sources ("two industry sources") and page furniture are not labelled.

Decided anew for this set:
- s01: a change of an economic quantity in percent (exports "fell 14%", like the seed's rouble
  "losing 6%") is required, while shares of a whole (capacity offline, interception rates) stay
  debatable; an export volume per day is economic and required (unit `*`, as heldout35's port
  throughput), a refinery's or the industry's capacity in tonnes a year is debatable (a
  production rate); refineries hit are counts of places (debatable); airports where flights were
  suspended are optional with qualifier `*` (the seeds' closed airports); Ukraine's own drones
  launched at Russia ("a little over 160") have country Russia and region `*` (two regions);
  "a third was damaged" (one more bomber, said as an ordinal) is debatable.
- s02: a brigade's tally with a model within it ("eight of the armoured vehicles were BMP-3s") is
  a model within a weapon total (required); the subhead's "some 40" (tanks plus armoured vehicles)
  is a sum given only in a headline (debatable); "occupied" square kilometres have action
  occupied (the seeds' "Ukraine occupied 28 settlements"); villages "lost" are territory with
  action `*` and actor Russia; an advance in kilometres ("pushed about six kilometres") has action
  `*` (the seeds' depth of an intrusion) and ground retaken by Ukraine in kilometres has actor
  Ukraine, target Russia, action `*`; a rate given as a range ("25 to 30 guided bombs a day") is
  one claim.
- s03: the interviewer's question citing the Russian ministry has claimant_side Russia; the
  colonel's report of Russia's cumulative claim ("they claim ... more than 650") has claimant_side,
  country and region `*`; "Of the nine ballistic missiles" restates (optional); "the other three"
  in a question is debatable; "all 19 cruise missiles" shot down is a different action on the
  whole total (required); a past record ("In July the record was 728") is an earlier state
  (optional); a promised delivery is a pledge (optional).
- s04: artillery shells fired are weapons with weapon_type `*`, action launched; militants
  "eliminated" are casualties with action `*`; people in temporary accommodation and those living
  with relatives are displacement with action `*` (required); evacuations "expected" this week are
  planned (optional); the regional totals paid (6. 8 billion, 912 million roubles) are required,
  the certificates issued are recipients of aid (debatable), damaged cars debatable.
- s05: each cell of the monthly table is a claim (the Ukrainian Air Force's actor and target,
  claimant_side `*`: the institute's compilation); the interception-rate column is debatable; the
  key judgements are headlines (optional); the ballistic missiles within October's total are a type
  within a weapon total (required); Russia's claimed drones downed "over Russian territory, the
  Black Sea and the Sea of Azov" have country Russia and region `*`, like s01's "over 11 regions
  and the Sea of Azov" (the seas are a small part; heldout35 gave country `*` only to a number
  downed over a sea alone).
- s06: prisoners of war exchanged are required with value, qualifier, unit and claimant_side scored
  and category, action, actor, target, country and region `*` (the spec has no category or action
  for an exchange; the swap took place on the Belarus border); the group within the freed (22, 15,
  eight) are subsets (optional); the cumulative 6,012 returned is required; NATO's commander is not
  a side; assets frozen under sanctions are economic (unit `*`, all sides `*`), while vessels and
  persons listed and price caps are debatable."""

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

Sr, Ro, Vg, Bg = "Saratov", "Rostov", "Volgograd", "Belgorod"
D, Kv, Kh = "Donetsk", "Kyiv", "Kharkiv"

# fmt: off
# ---------------------------------------------------------------- s01 wire: refineries and Engels
d = "s01_wire_refineries_engels_drones.txt"
# A wire-agency story (Continental Wire) on a night of Ukrainian long-range drone strikes on two
# refineries (Saratov, Novoshakhtinsk in the Rostov region) and the Engels airbase (Saratov), with
# the Russian Defence Ministry's counter-claims. The General Staff and the anonymous SBU source
# speak for Ukraine; the ministry, the governors Slyusar and Busargin and Rosaviatsia for Russia;
# the agency's own calculations and Vesta Maritime (a company) have claimant_side `*`. The headline
# and the Summary bullets restate (optional); the ministry's second mention of its 118 ("it said 118
# drones had been destroyed") restates the lead (optional), but its breakdown by region (41, 27, 16)
# is required. "a little over 160" Ukrainian drones launched (at_least; country Russia, region `*`).
# Rostov: one killed and three injured by "A Ukrainian drone attack" (actor Ukraine). Engels: two
# Tu-22M3 destroyed (Saratov). Four Neptune-MD missiles shot down over Belgorod. Four airports with
# flights suspended: optional, qualifier `*` (seed 004). Economy: exports "fell 14%" (percent,
# required) to "1.9 million barrels per day" (economic, unit `*`, required). Ukraine's Air Force:
# 94 drones and two Iskander-M launched at Ukraine (region None: several regions), "71 of the
# drones" shot down. Debatable: the two refineries (twice), "11 regions" (twice), "eight other
# regions", "about 7 million tonnes" and "about 38.5 million tonnes a year" (capacities), "a third
# was damaged", "more than 1,500 kilometres", "38 flights", "Nobody was hurt", "at least 17
# refineries", 79,300 roubles, 62 cents, $79.14. Non-claims: November 11, 2027, 11:08, "3 min",
# "the fourth attack", "since August", "two industry sources", Tu-22M3, Kh-22, Neptune-MD, AI-95,
# Iskander-M, "11 p.m.", "7 a.m.", "several hours", "mid-October", 1012 GMT, and the furniture (Read
# next: "12 regions", "30,000 long-range drones"; "6 a.m. CET", © 2027).
rows(d, [
    ("Moscow says it downed 118", "118", 118, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # headline
    ("two Tu-22M3 bombers destroyed at Engels", "two", 2, EX, "count", W, "aircraft", "destroyed", U, R, U, R, Sr, True),  # summary
    ("Russia says 118 Ukrainian drones destroyed", "118", 118, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # summary
    ("One worker killed in Rostov region", "One", 1, EX, "count", CAS, N, "killed", A, R, R, R, Ro, True),  # summary
    ("intercepted and destroyed 118 Ukrainian drones", "118", 118, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("killed one worker and injured three others", "one", 1, EX, "count", CAS, N, "killed", U, R, R, R, Ro),
    ("injured three others at the site", "three", 3, EX, "count", CAS, N, "injured", U, R, R, R, Ro),
    ("Two Tu-22M3 bombers were destroyed", "Two", 2, EX, "count", W, "aircraft", "destroyed", U, R, U, R, Sr),
    ("a little over 160 drones of our own production", "over 160", 160, GE, "count", W, "drone", "launched", U, R, U, R, A),
    ("it said 118 drones had been destroyed", "118", 118, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # restates
    ("Moscow time: 41 over the Saratov region", "41", 41, EX, "count", W, "drone", "shot_down", R, U, R, R, Sr),
    ("27 over the Rostov region", "27", 27, EX, "count", W, "drone", "shot_down", R, U, R, R, Ro),
    ("16 over the Volgograd region", "16", 16, EX, "count", W, "drone", "shot_down", R, U, R, R, Vg),
    ("shot down four Neptune-MD cruise missiles", "four", 4, EX, "count", W, "missile", "shot_down", R, U, R, R, Bg),
    ("several hours at four airports in the south", "four", 4, A, "count", INF, N, A, A, A, R, R, A, True),  # seeds' airports
    ("exports of oil products fell 14%", "14%", 14, EX, "percent", ECO, N, A, A, A, A, R, A),
    ("to 1.9 million barrels per day", "1.9 million", 1900000, EX, A, ECO, N, A, A, A, A, R, A),
    ("launched 94 Shahed-type drones", "94", 94, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("two Iskander-M ballistic missiles at Ukraine", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("It said 71 of the drones", "71", 71, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
])
any_(d, [
    ("hit two Russian refineries", "two"),
    ("struck two oil refineries", "two"),
    ("destroyed over 11 regions", "11"),
    ("drones over 11 regions and the Sea of Azov", "11"),
    ("about 7 million tonnes of crude a year", "about 7 million"),
    ("and a third was damaged", "a third"),
    ("range of more than 1,500 kilometres", "more than 1,500"),
    ("the rest over eight other regions", "eight"),
    ("where 38 flights were delayed", "38"),
    ("Nobody was hurt, he said", "Nobody"),
    ("at least 17 refineries", "at least 17"),
    ("about 38.5 million tonnes a year", "about 38.5 million"),
    ("a record 79,300 roubles per tonne", "79,300"),
    ("were up 62 cents", "62"),
    ("at $79.14 a barrel", "$79.14"),
])

# ---------------------------------------------------------------- s02 frontline, Kostiantynivka
d = "s02_pokrovsk_kostiantynivka_frontline.txt"
# A Ukrainian English-language outlet's frontline report from the Pokrovsk and Kostiantynivka
# directions: country Ukraine, region Donetsk throughout. Captain Andrii (Lys), the brigade's press
# service, Horbunov (city military administration), Senior Sergeant Roman, Lt Col Sirenko, Tsyfra
# and DeepState speak for Ukraine ("we", "them" = Russia); Russia's Defence Ministry for Russia.
# The subhead's "some 40" (11 tanks + 29 armoured vehicles) is a sum given only in a headline
# (debatable), its "one brigade" a unit count (debatable). Lys: "around 140" killed (actor
# Ukraine), "about 90" confirmed a subset (optional).
# The brigade: 11 tanks and 29 armoured fighting vehicles destroyed, "eight of the armoured vehicles
# were BMP-3s" a model within the total (required). Horbunov: 214 evacuated (37 children optional),
# "25 to 30 guided bombs a day" (a range: value and qualifier `*`), two civilians killed by "Russian
# artillery". DeepState: 186 km2 occupied in October (region `*`: "more than 70% of it" in Donetsk);
# "about six kilometres" pushed towards the city (own voice: claimant_side `*`; action `*`). Roman:
# "we lost two villages" (territory, action `*`, actor Russia), "about 1.5 kilometres" retaken
# (actor Ukraine, target Russia, action `*`). Sirenko: "some 95,000 troops" concentrated (massed).
# Tsyfra: "a dozen" drones shot down (12, exact), two tanks "burned" (destroyed). The ministry: "up
# to 1,530 servicemen" lost (action `*`), and the 12 tanks and 41 armoured vehicles after it
# (qualifier `*`, action `*`). Debatable: "23 assaults", "twos and threes", "about 67,000" and
# "about 5,800" (population), "more than 70%", "22 kilometres", "19 counterattacks", "86 men" and
# "31 in the line" (group sizes). Non-claims: November 9, 2027, "12 min read", "the fourth group",
# 93rd, "He is 31", "seven days", "the first week of November", BMP-3s, Su-34, FAB-500, FAB-1500,
# "27", "44", "11 months", 8th, 47th, "Three days ago", Tor-M2, "my second company", and the
# furniture (👁 18 433, 💬 57, the Read also link's 710,000, 12,400 members, €5, "3,000 loaves").
rows(d, [
    ("We killed around 140 of them", "around 140", 140, APX, "count", CAS, N, "killed", U, R, U, U, D),
    ("about 90 we confirmed on drone video", "about 90", 90, APX, "count", CAS, N, "killed", U, R, U, U, D, True),  # subset
    ("destroyed 11 tanks and 29 armoured", "11", 11, EX, "count", W, "tank", "destroyed", U, R, U, U, D),
    ("29 armoured fighting vehicles in the first week", "29", 29, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, D),
    ("eight of the armoured vehicles were BMP-3s", "eight", 8, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, D),
    ("214 people, 37 of them children", "214", 214, EX, "count", DIS, N, "evacuated", A, A, U, U, D),
    ("37 of them children", "37", 37, EX, "count", DIS, N, "evacuated", A, A, U, U, D, True),  # subset
    ("drops 25 to 30 guided bombs a day", "25 to 30", A, A, "count", W, "guided_bomb", "launched", R, U, U, U, D),
    ("Russian artillery killed two civilians", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, D),
    ("occupied 186 square kilometres", "186", 186, EX, "km2", TER, N, "occupied", R, U, U, U, A),
    ("pushed about six kilometres towards the city", "about six", 6, APX, "km", TER, N, A, R, U, A, U, D),
    ("we lost two villages", "two", 2, EX, "count", TER, N, A, R, U, U, U, D),
    ("about 1.5 kilometres of it", "about 1.5", 1.5, APX, "km", TER, N, A, U, R, U, U, D),
    ("concentrated some 95,000 troops", "some 95,000", 95000, APX, "count", PER, N, "massed", R, A, U, U, D),
    ("shot down a dozen Russian Molniya", "a dozen", 12, EX, "count", W, "drone", "shot_down", U, R, U, U, D),
    ("burned two of their tanks", "two", 2, EX, "count", W, "tank", "destroyed", U, R, U, U, D),
    ("up to 1,530 servicemen", "up to 1,530", 1530, LE, "count", CAS, N, A, R, U, R, U, D),
    ("as well as 12 tanks and 41 other", "12", 12, A, "count", W, "tank", A, R, U, R, U, D),
    ("41 other armoured vehicles", "41", 41, A, "count", W, "armored_vehicle", A, R, U, R, U, D),
])
any_(d, [
    ("Commanders say one brigade", "one"),
    ("knocked out some 40 Russian tanks", "some 40"),
    ("repelled 23 assaults", "23"),
    ("in twos and threes", "twos and threes"),
    ("home to about 67,000 people", "about 67,000"),
    ("about 5,800 residents remained", "about 5,800"),
    ("more than 70% of it", "more than 70%"),
    ("a Tor-M2, 22 kilometres", "22"),
    ("repelled 19 counterattacks", "19"),
    ("started September with 86 men", "86"),
    ("now has 31 in the line", "31"),
])

# ---------------------------------------------------------------- s03 interview, Kyiv air defence
d = "s03_interview_kyiv_air_defence_commander.txt"
# A Q&A interview (Obriy Media) with the commander of the brigade defending Kyiv: country Ukraine;
# region Kyiv for the night of 2 November over "the city and the region" and for "my zone", None
# for nationwide figures ("against Ukraine", "across the country", "across Ukraine", "nationwide",
# the F-16s' October). Sheremet and the Air Force (cited by the interviewer) speak for Ukraine; the
# interviewer's "The Russian Defence Ministry said" speaks for Russia. The night: 653 drones and 52
# missiles against Ukraine (region None); over Kyiv 214 drones, 19 Kh-101 and nine ballistic
# missiles launched (required: a breakdown by place), 187 drones and "all 19 cruise missiles" shot
# down, "Of the nine" restates (optional), six intercepted (a different action on part: required),
# "Two hit the city" (action `*`); 11 killed and 58 wounded (no perpetrator: actor `*`). The
# ministry's two Patriot launchers destroyed; "more than 650" air defence systems destroyed since
# 2022 as Russia's claim reported by Sheremet (claimant_side, country and region `*`); "a Russian
# missile damaged one launcher" (action `*`). October: "about 1,800" drones shot down by mobile fire
# groups, 2,140 by interceptor drones, 38 cruise missiles by F-16s and Mirages (all region None).
# July's record 728 is an earlier state (optional); Germany's "Two more systems by March" a pledge
# (optional). Debatable: "roughly a third", "the other three", "more than a thousand" (mobile fire
# groups), "a quarter", the prices ("from $2,500 to $6,000", "around $35,000", "about $4 million"),
# "about 90 Gerans a day" (production), "a thousand in a night" (forecast), "41%", "at least ten
# more batteries" (a need). Non-claims: 14 November 2027, 08:15, "11 min read", 2 November, "47",
# 2025, Kh-101, KN-23s, "The last one", 2022, "in six days", Shahed-136s, PAC-3, July, F-16s,
# March, "Four months ago", "My daughter is 12", and the furniture (👁 24.1K, ↗ 311, the Read also
# links' "Seven minutes", 83% and "5 things", 60,000 readers, 2017–2027).
rows(d, [
    ("Russia sent 653 drones and 52 missiles", "653", 653, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("653 drones and 52 missiles against Ukraine", "52", 52, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("we had 214 Shaheds and Gerberas", "214", 214, EX, "count", W, "drone", "launched", R, U, U, U, Kv),
    ("19 Kh-101 cruise missiles and nine", "19", 19, EX, "count", W, "missile", "launched", R, U, U, U, Kv),
    ("and nine ballistic missiles, Iskanders", "nine", 9, EX, "count", W, "missile", "launched", R, U, U, U, Kv),
    ("shot down 187 drones", "187", 187, EX, "count", W, "drone", "shot_down", U, R, U, U, Kv),
    ("and all 19 cruise missiles", "19", 19, EX, "count", W, "missile", "shot_down", U, R, U, U, Kv),
    ("Of the nine ballistic missiles", "nine", 9, EX, "count", W, "missile", "launched", R, U, U, U, Kv, True),  # restates
    ("we intercepted six", "six", 6, EX, "count", W, "missile", "shot_down", U, R, U, U, Kv),
    ("Two hit the city", "Two", 2, EX, "count", W, "missile", A, R, U, U, U, Kv),
    ("We had 11 people killed in Kyiv", "11", 11, EX, "count", CAS, N, "killed", A, U, U, U, Kv),
    ("that night and 58 wounded", "58", 58, EX, "count", CAS, N, "injured", A, U, U, U, Kv),
    ("destroyed two Patriot launchers near Kyiv", "two", 2, EX, "count", W, "air_defense", "destroyed", R, U, R, U, Kv),
    ("destroyed more than 650 of our air defence systems", "more than 650", 650, GE, "count", W, "air_defense", "destroyed", R, U, A, A, A),
    ("damaged one launcher", "one", 1, EX, "count", W, "air_defense", A, R, U, U, U, Kv),
    ("shot down about 1,800 Shahed-136s", "about 1,800", 1800, APX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("downed 2,140 Shaheds across Ukraine", "2,140", 2140, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("the record was 728 drones in one night", "728", 728, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # earlier state
    ("shot down 38 cruise missiles", "38", 38, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Two more systems by March", "Two", 2, EX, "count", W, "air_defense", A, A, A, U, U, N, True),  # pledge
])
any_(d, [
    ("roughly a third of them", "a third"),
    ("And the other three?", "three"),
    ("more than a thousand now", "more than a thousand"),
    ("roughly a quarter of everything", "a quarter"),
    ("from $2,500 to $6,000", "from $2,500 to $6,000"),
    ("around $35,000", "around $35,000"),
    ("costs about $4 million", "about $4 million"),
    ("makes about 90 Gerans a day", "about 90"),
    ("see a thousand in a night", "a thousand"),
    ("October was 41% nationwide", "41%"),
    ("at least ten more batteries", "at least ten"),
])

# ---------------------------------------------------------------- s04 Belgorod regional outlet
d = "s04_belgorod_border_villages_compensation.txt"
# A Belgorod regional news site (BelVesti 24, in translation) on a day of Ukrainian shelling of
# border villages, evacuations and compensation: country Russia, region Belgorod throughout; "the
# AFU" is Ukraine. Gladkov, Rosseti Centre, the Defence Ministry, the regional ministry, Zubareva
# and the regional government speak for Russia. Headline "two dead, 11 wounded" optional. Gladkov:
# 186 shells fired (weapon_type `*`, launched) and 74 drones launched by Ukraine, "52 were shot
# down" (a different action on part: required); two men killed by "an FPV drone" and 11 civilians
# wounded (no side named: actor `*`), "two teenagers" a subset (optional). Damage list: 23 private
# houses and 4 apartment buildings (infrastructure, action and actor `*`). "about 6,000
# subscribers" without electricity (category and action `*`). The ministry: 47 drones shot down,
# "up to 15 militants were eliminated" (casualties, action `*`). Evacuation: 3,217 moved out
# (evacuated; 940 children optional), "Another 260 ... expected" planned (optional); 2,480 in
# temporary accommodation centres and "about 11 thousand" with relatives (displacement, action `*`).
# Money: "6. 8 billion roubles" (the broken decimal: 6,800,000,000) and "912 million roubles" paid
# by the region (economic, unit `*`, required); the draft budget's 9.5 billion planned (optional).
# Debatable: "31 settlements" (twice), "17 cars", "all but 400", "5-kilometre", the payments (4.1
# million, "up to 200,000", 500,000, "1 million" twice, 100,000, "340 thousand"), "1,604 housing
# certificates". Non-claims: 13.11.2027, 09:40, "aged 38 and 54", September, 1 January, 2027,
# 2028, "two years", "71", and the furniture (+3°C, USD 96.40, EUR 104.12, 18+, Views 12 804, 🗨
# 46, the Read also links' 3 cars, 1,200 pupils and 12%, "86 thousand subscribers", "FS 77-81234",
# 2015–2027).
rows(d, [
    ("over the day: two dead, 11 wounded", "two", 2, EX, "count", CAS, N, "killed", A, R, A, R, Bg, True),  # headline
    ("two dead, 11 wounded", "11", 11, EX, "count", CAS, N, "injured", A, R, A, R, Bg, True),  # headline
    ("fired 186 shells of various calibres", "186", 186, EX, "count", W, A, "launched", U, R, R, R, Bg),
    ("launched 74 drones at 31 settlements", "74", 74, EX, "count", W, "drone", "launched", U, R, R, R, Bg),
    ("Of the drones, 52 were shot down", "52", 52, EX, "count", W, "drone", "shot_down", R, U, R, R, Bg),
    ("two men, aged 38 and 54, died", "two", 2, EX, "count", CAS, N, "killed", A, R, R, R, Bg),
    ("11 civilians were wounded during the day", "11", 11, EX, "count", CAS, N, "injured", A, R, R, R, Bg),
    ("among them two teenagers", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Bg, True),  # subset
    ("• 23 private houses", "23", 23, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("• 4 apartment buildings", "4", 4, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("about 6,000 subscribers were left without electricity", "about 6,000", 6000, APX, "count", A, N, A, A, R, R, R, Bg),
    ("destroyed 47 Ukrainian fixed-wing drones", "47", 47, EX, "count", W, "drone", "shot_down", R, U, R, R, Bg),
    ("up to 15 militants were eliminated", "up to 15", 15, LE, "count", CAS, N, A, R, U, R, R, Bg),
    ("3,217 people, including 940 children", "3,217", 3217, EX, "count", DIS, N, "evacuated", A, A, R, R, Bg),
    ("including 940 children", "940", 940, EX, "count", DIS, N, "evacuated", A, A, R, R, Bg, True),  # subset
    ("Another 260 people are expected to leave", "260", 260, EX, "count", DIS, N, "evacuated", A, A, R, R, Bg, True),  # planned
    ("now house 2,480 people", "2,480", 2480, EX, "count", DIS, N, A, A, A, R, R, Bg),
    ("about 11 thousand more live with relatives", "about 11 thousand", 11000, APX, "count", DIS, N, A, A, A, R, R, Bg),
    ("worth a total of 6. 8 billion roubles", "6. 8 billion", 6800000000, EX, A, ECO, N, A, A, A, R, R, Bg),
    ("paid out 912 million roubles", "912 million", 912000000, EX, A, ECO, N, A, A, A, R, R, Bg),
    ("allocates another 9.5 billion roubles", "9.5 billion", 9500000000, EX, A, ECO, N, A, A, A, R, R, Bg, True),  # planned
])
any_(d, [
    ("AFU attacked 31 settlements", "31"),
    ("74 drones at 31 settlements", "31"),
    ("• 17 cars", "17"),
    ("all but 400 of them", "400"),
    ("the 5-kilometre border zone", "5"),
    ("certificate is 4.1 million roubles", "4.1 million"),
    ("up to 200,000 roubles", "up to 200,000"),
    ("receives 500,000 roubles", "500,000"),
    ("(1 million for a severe wound)", "1 million"),
    ("receive 1 million roubles each", "1 million"),
    ("issued 1,604 housing certificates", "1,604"),
    ("gave me 100,000 for the windows", "100,000"),
    ("cost 340 thousand", "340 thousand"),
])

# ---------------------------------------------------------------- s05 think-tank weekly brief
d = "s05_think_tank_air_war_monthly_table.txt"
# A Vienna think tank's weekly brief with a markdown table of Russian drones and missiles launched
# at Ukraine and downed per month (source: the Ukrainian Air Force, "DISP compilation"): each cell
# keeps the Air Force's actor and target (launched: Russia at Ukraine; downed: Ukraine, target
# Russia) with claimant_side `*` (the institute's compilation), country Ukraine, region None. The
# rate column is debatable. The KEY JUDGEMENTS are headlines (optional; their shares debatable).
# Prose: "October's total of 6,310", "reported 5,733" (the Air Force: claimant_side Ukraine) and
# "Of the 236 missiles" restate the table (optional); "64 were ballistic" is a type within the
# month's missile total (required) and "26 of those were intercepted" a different action on part
# (required). Pledges (optional): €3.2 billion (unit `*`, sides `*`) and Germany's "two additional
# Patriot systems". Russia's Defence Ministry: 3,962 Ukrainian drones shot down "over Russian
# territory, the Black Sea and the Sea of Azov" (country Russia, region `*`), "2,870 in September" an
# earlier state (optional). Finance Ministry data (Russia): revenues "fell 24%" (percent, required,
# as the seed's rouble) to 612 billion roubles (economic, unit `*`, required), "805 billion ... a
# year earlier" optional. Debatable: "17% more", "Only 41%", the rate column (77%, 74%, 68%), "an
# average of 204 a night", "91%", "roughly 2,700" and "about 2,000" a month (production), "or
# 41%", "above 60%", "at least 80" (a need), "23 occasions", "14 plants", "about 17%", and the
# outlook ("at least one night", "800 or more", "70 or more"). Non-claims: "#94", 12 November 2027,
# "1.4 MB", August–October 2027, Shahed/Geran-2, Kh-59/69, KN-23/24, Iskander-M, "the first
# quarter", PAC-3 MSE, "6 November", March, "a second line", and the furniture (Brief #93's 40%,
# Brief #92's "Ten lessons", 7,400 subscribers, © 2027).
rows(d, [
    ("launched a record 6,310 long-range drones", "6,310", 6310, EX, "count", W, "drone", "launched", R, U, A, U, N, True),  # key judgement
    ("claims to have downed more than 3,900", "more than 3,900", 3900, GE, "count", W, "drone", "shot_down", R, U, R, A, A, True),  # key judgement
    # table 1
    ("| August | 4,960 |", "4,960", 4960, EX, "count", W, "drone", "launched", R, U, A, U, N),
    ("| 4,960 | 4,415 |", "4,415", 4415, EX, "count", W, "drone", "shot_down", U, R, A, U, N),
    ("| 4,415 | 142 |", "142", 142, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("| 142 | 109 |", "109", 109, EX, "count", W, "missile", "shot_down", U, R, A, U, N),
    ("| September | 5,391 |", "5,391", 5391, EX, "count", W, "drone", "launched", R, U, A, U, N),
    ("| 5,391 | 4,868 |", "4,868", 4868, EX, "count", W, "drone", "shot_down", U, R, A, U, N),
    ("| 4,868 | 203 |", "203", 203, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("| 203 | 151 |", "151", 151, EX, "count", W, "missile", "shot_down", U, R, A, U, N),
    ("| October | 6,310 |", "6,310", 6310, EX, "count", W, "drone", "launched", R, U, A, U, N),
    ("| 6,310 | 5,733 |", "5,733", 5733, EX, "count", W, "drone", "shot_down", U, R, A, U, N),
    ("| 5,733 | 236 |", "236", 236, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("| 236 | 161 |", "161", 161, EX, "count", W, "missile", "shot_down", U, R, A, U, N),
    # prose
    ("October's total of 6,310 drones", "6,310", 6310, EX, "count", W, "drone", "launched", R, U, A, U, N, True),  # restates
    ("reported 5,733 of them shot down", "5,733", 5733, EX, "count", W, "drone", "shot_down", U, R, U, U, N, True),  # restates
    ("Of the 236 missiles launched in October", "236", 236, EX, "count", W, "missile", "launched", R, U, A, U, N, True),  # restates
    ("64 were ballistic", "64", 64, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("only 26 of those were intercepted", "26", 26, EX, "count", W, "missile", "shot_down", U, R, A, U, N),
    ("pledged €3.2 billion for air defence", "€3.2 billion", 3200000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # pledge
    ("committed two additional Patriot systems", "two", 2, EX, "count", W, "air_defense", A, A, A, A, U, N, True),  # pledge
    ("shot down 3,962 Ukrainian drones", "3,962", 3962, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("compared with 2,870 in September", "2,870", 2870, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # earlier state
    ("revenues fell 24% year on year", "24%", 24, EX, "percent", ECO, N, A, A, A, R, R, A),
    ("to 612 billion roubles", "612 billion", 612000000000, EX, A, ECO, N, A, A, A, R, R, A),
    ("against 805 billion roubles a year earlier", "805 billion", 805000000000, EX, A, ECO, N, A, A, A, R, R, A, True),  # earlier state
])
any_(d, [
    ("17% more than in September", "17%"),
    ("Only 41% of ballistic missiles", "41%"),
    ("| 109 | 77% |", "77%"),
    ("| 151 | 74% |", "74%"),
    ("| 161 | 68% |", "68%"),
    ("an average of 204 a night", "204"),
    ("an interception rate of 91%", "91%"),
    ("roughly 2,700 Geran-type drones a month", "roughly 2,700"),
    ("up from about 2,000 in January", "about 2,000"),
    ("intercepted, or 41%", "41%"),
    ("the rate was above 60%", "above 60%"),
    ("needs at least 80 PAC-3 MSE missiles", "at least 80"),
    ("refineries on 23 occasions", "23"),
    ("affecting 14 plants", "14"),
    ("about 17% of Russia's primary refining capacity", "about 17%"),
    ("at least one night of 800 or more", "at least one"),
    ("night of 800 or more drones", "800"),
    ("let 70 or more drones through", "70"),
])

# ---------------------------------------------------------------- s06 live blog
d = "s06_live_blog_swap_kharkiv_sanctions_nato.txt"
# A European newspaper's live blog with timestamped entries (latest first). The page headline, the
# Key events box and each entry's own title restate the entry (optional). Zelensky: "over 1,400"
# drones, "nearly 1,100" guided bombs and 62 missiles used against Ukraine in a week (a list with
# qualifiers: 62 has qualifier `*`; region None). NATO's commander (claimant_side `*`): "more than
# 650,000 troops" in and around Ukraine (deployed, country and region `*`), "about 1,100 soldiers a
# day" lost (casualties, action and actor `*`, target Russia, a rate given by a source: required),
# North Korea's "a further 4,000 soldiers" rotated into Kursk (deployed). The EU: €1.7 billion frozen
# (economic, unit `*`, sides `*`). Kharkiv (Syniehubov, Terekhov: Ukraine): the 15:10 toll, three
# killed and "nearly two dozen" injured by "Russia struck" (actor Russia), two Iskander-M launched,
# 14 apartment buildings damaged (infrastructure); the 19:05 update "risen to four" and "risen to 31"
# (no perpetrator in the sentence: actor `*`; required), "three children" a subset (optional). The
# swap: Russia's 185 servicemen and Ukraine's 185 prisoners (category, action, actor, target,
# country and region `*`), the groups among the freed optional, the cumulative 6,012 required.
# Russia's Defence Ministry: 87 drones shot down (region `*`), "34 of them over the Bryansk region"
# (a breakdown by place: required). Debatable: "118 shadow-fleet tankers", "675 vessels", "46
# individuals", the price caps ($44.10, $47.60), "by a third", "40 cars", "about 800 square metres".
# Non-claims: the timestamps (22:47, 21:58, ..., 14:50), 15 November 2027, "7am", 21st, "Group of
# Seven", "A 67-year-old man", 2022, "the youngest is 21, the oldest 63", 73rd, "1,152 days",
# Iskander-M, and the furniture ("Subscribe from €1", the Most viewed list's "1,000 tankers" and
# F-16, "Comments (214)").
rows(d, [
    ("185 POWs come home in swap", "185", 185, EX, "count", A, N, A, A, A, U, A, A, True),  # headline
    ("Russian strike on Kharkiv kills four", "four", 4, EX, "count", CAS, N, "killed", R, U, A, U, Kh, True),  # headline
    ("185 Ukrainian prisoners of war freed", "185", 185, EX, "count", A, N, A, A, A, U, A, A, True),  # key events
    ("Kharkiv: four dead, 31 injured", "four", 4, EX, "count", CAS, N, "killed", R, U, A, U, Kh, True),  # key events
    ("four dead, 31 injured", "31", 31, EX, "count", CAS, N, "injured", R, U, A, U, Kh, True),  # key events
    ('Nato commander: Russia has "more than 650,000"', "more than 650,000", 650000, GE, "count", PER, N, "deployed", R, A, A, A, A, True),  # key events
    # 21:58
    ("Zelensky: over 1,400 drones", "over 1,400", 1400, GE, "count", W, "drone", "launched", R, U, U, U, N, True),  # entry title
    ("nearly 1,100 glide bombs", "nearly 1,100", 1100, LE, "count", W, "guided_bomb", "launched", R, U, U, U, N, True),  # entry title
    ("62 missiles this week", "62", 62, A, "count", W, "missile", "launched", R, U, U, U, N, True),  # entry title
    ("over 1,400 attack drones", "over 1,400", 1400, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("nearly 1,100 guided aerial bombs", "nearly 1,100", 1100, LE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("62 missiles of various types", "62", 62, A, "count", W, "missile", "launched", R, U, U, U, N),
    # 21:15
    ('Nato: Russia has "more than 650,000"', "more than 650,000", 650000, GE, "count", PER, N, "deployed", R, A, A, A, A, True),  # entry title
    ('Russia had "more than 650,000 troops"', "more than 650,000", 650000, GE, "count", PER, N, "deployed", R, A, A, A, A),
    ("about 1,100 soldiers a day", "about 1,100", 1100, APX, "count", CAS, N, A, A, R, A, A, A),
    ("rotated a further 4,000 soldiers", "4,000", 4000, EX, "count", PER, N, "deployed", NK, A, A, R, "Kursk"),
    # 20:30
    ("freezing assets worth €1.7 billion", "€1.7 billion", 1700000000, EX, A, ECO, N, A, A, A, A, A, A),
    # 19:05
    ("Kharkiv death toll rises to four", "four", 4, EX, "count", CAS, N, "killed", A, U, U, U, Kh, True),  # entry title
    ("has risen to four", "four", 4, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("has risen to 31", "31", 31, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("including three children", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Kh, True),  # subset
    # 17:40
    ("confirms swap: 185 for", "185", 185, EX, "count", A, N, A, A, A, A, A, A, True),  # entry title
    ("for 185", "185", 185, EX, "count", A, N, A, A, A, A, A, A, True),  # entry title
    ("saying 185 Russian servicemen", "185", 185, EX, "count", A, N, A, A, A, R, A, A),
    # 16:20
    ("185 Ukrainians freed", "185", 185, EX, "count", A, N, A, A, A, U, A, A, True),  # entry title
    ("brought home 185 prisoners of war", "185", 185, EX, "count", A, N, A, A, A, U, A, A),
    ("Among them are 22 National Guard", "22", 22, EX, "count", A, N, A, A, A, U, A, A, True),  # subset
    ("15 border guards", "15", 15, EX, "count", A, N, A, A, A, U, A, A, True),  # subset
    ("and eight civilians", "eight", 8, EX, "count", A, N, A, A, A, U, A, A, True),  # subset
    ("6,012 Ukrainians had been returned", "6,012", 6012, EX, "count", A, N, A, A, A, U, A, A),
    # 15:10
    ("two Iskander-M ballistic missiles and a glide bomb", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, Kh),
    ("killing three people", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, Kh),
    ("injuring nearly two dozen", "nearly two dozen", 24, LE, "count", CAS, N, "injured", R, U, U, U, Kh),
    ("14 apartment buildings and 40 cars", "14", 14, EX, "count", INF, N, A, A, U, U, U, Kh),
    # 13:45
    ("Russia says it downed 87", "87", 87, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # entry title
    ("destroyed 87 Ukrainian drones overnight", "87", 87, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("34 of them over the Bryansk region", "34", 34, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
])
any_(d, [
    ("adding 118 shadow-fleet tankers", "118"),
    ("now numbers 675 vessels", "675"),
    ("belonging to 46 individuals", "46"),
    ("to $44.10 a barrel", "$44.10"),
    ("from $47.60", "$47.60"),
    ('fallen "by a third"', "a third"),
    ("and 40 cars were damaged", "40"),
    ("about 800 square metres", "about 800"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s39")
