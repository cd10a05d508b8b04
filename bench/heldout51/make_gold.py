"""Builds gold.jsonl for heldout51 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout51.make_gold

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
the whole range; losses reported as "lost" have action `*`; drones destroyed in flight are
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
Zapad-2025, Q1 ... Q4) and page furniture are not labelled; "one of them" is a pronoun. Also
taken from heldout48's own decisions: damage assessed in money is economic, required,
with actor and target `*`; drones a body of the receiving side buys or hands over to its own
units are deliveries with actor `*`; people moved out of danger by an administration
("evacuated", "resettled", "left under mandatory evacuation") are displacement, action
evacuated, actor `*`; broken decimals keep their stray space in the quote ("3. 4 million").

Decided anew for this set:
- A company's report (s01) in its own "we"/"our" has claimant_side `*`. Substations and
  transformers damaged or destroyed are infrastructure (action and actor `*`, target Ukraine);
  the length of damaged lines ("about 1,870 km") is a size (debatable); customers cut off and
  their share of households are population stocks and shares (debatable); the restoration time
  ("within 52 hours") is a duration (not labelled); voltage classes ("35/110 kV", "10 kV") are
  parts of equipment names (not labelled). A bullet list of weapons "used against" facilities
  under a header naming the counting body is launched, actor Russia, with that body as
  claimant; its one qualified item keeps its qualifier, the others are `*`. Strikes on repair
  crews are incidents (debatable); undelivered electricity in GWh is a volume outside the units
  (debatable). Amounts whose currency is given only in a preamble ("Amounts are in hryvnias")
  have unit `*`; equipment received and valued in money ("worth $3.2 million") is money
  received (required); donated transformer counts are debatable. Staff serving in the army are
  personnel with action `*`, actor Ukraine, region `*`; those killed at the front are a different
  fate on part of them (required). Russia's claim of substations destroyed is infrastructure
  with claimant_side Russia; the company's rebuttal count ("Four of our substations were hit")
  is required.
- A Russian governor's address (s02): the governor speaks for Russia; "the enemy" and "They"
  are Ukraine. Munitions, shells, mines, rockets and rounds fired are weapons with weapon_type
  `*` (ammunition is outside the vocabulary), here and in s01, s03. The outlet's bracketed later
  figure from the press service ("1,437") and its note restating earlier weeks' tolls are
  optional. Settlements shelled are places and cars damaged are vehicles (debatable);
  compensation paid is required, while per-house rates are prices (debatable); kilometres of
  ditches and shelters built are sizes and counts of places (debatable); a budget allocation
  for the year is planned spending (optional). Volunteers serving in territorial defence are
  personnel (action `*`, actor Russia); those who signed contracts are a subset (optional).
  Saboteurs "neutralised" when the text says it is unknown whether they were killed or detained
  are debatable. FPV drones within a total of drones shot down are a type within a weapon total
  (required). Pro-Ukrainian Telegram channels are private voices (claimant_side `*`).
- Procurement (s03): rounds and drones that Ukraine's own procurement agency delivered to its
  army are deliveries with actor `*`; foreign deliveries have the supplier as actor (United
  Kingdom, United States; Germany and the Netherlands `*`). Drone types within the drone total
  are required, the fibre-optic FPV share of the FPV total too (a type within a weapon total).
  Money the agency received from foreign governments and money it paid out are required (unit
  `*` for hryvnias, kroner, euros and Canadian dollars); procurement money, like deliveries, has
  country and region `*`. Contracts signed for the year are planned spending, and a planned
  monthly range of howitzers is a plan (both optional); a current delivery rate ("about 30 a
  month") is a rate (debatable). Calibres ("155 mm", "120 mm mortar") are parts of names (not
  labelled); the calibre table restates no sentence (debatable cell by cell); unit prices and a
  recall of defective rounds are debatable. Russia's "14 Ukrainian depots" destroyed are
  infrastructure; the Kremlin's "more than $300 billion" spent by the West is an economic claim
  with claimant_side Russia, actor `*`.
- A volunteer medics' report (s04): the group's "we" has claimant_side `*`. Wounded soldiers
  carried to hospitals, their daily average and the worst day's count are recipients of care
  (debatable); ambulances lost, destroyed or hit are vehicle counts (debatable), and so are
  Russia's "up to 15" vehicles "disguised as ambulances"; the depth of the "kill zone" is a
  distance (debatable). Medics killed and wounded "all of them by Russian drones" have actor
  Russia and region `*` (three sections of the front); civilians the group helped an
  administration evacuate are displacement (required). The repeated "Money" paragraph is one
  claim each. The figures table: cells restating a required claim (612, 4, 96.3) are optional
  with their fields, the others debatable. WHO's verified attacks are incidents (debatable).
  Ages in brackets ("(41)") are not labelled.
- Satellite imagery (s05): aircraft the outlet counts as burned out are destroyed in its own
  voice, actor Ukraine (the attack is named), with the breakdown by model required; aircraft
  with scorch marks "consistent with damage" have action `*`; fuel tanks destroyed and damaged
  are infrastructure (required). Aircraft counted before and after the raid, the apron table
  and the range of aircraft flown out are stocks (debatable); the think tank's range of losses
  in dollars is one required economic claim with value and qualifier `*`; a unit price and the
  share of the fleet are debatable. The outlet's restatement of its own finding ("It finds four
  destroyed and two probably damaged") is optional; "seven aircraft hit" inside its denial and
  "The four bombers" in a later sentence are debatable; "a fourth damaged" is an ordinal (not
  labelled). Drones that "reached the base area" have action `*`; "shot down all 27 drones" is
  shot_down. A correction's tank counts are debatable.
- A weekly numbers page (s06): a figure stands on its own line and its caption follows on the
  next; the "Source:" line under a section's first figure carries over to the figures after it
  in that section, and ⚠ marks a Russian body's claim. Settlements "liberated" are territory,
  action seized (required), not counts of places; DeepState's confirmation of two of them is a
  subset (debatable). Personnel losses "(killed and wounded)" are casualties with action `*`,
  actor `*`, the losing side as target, country Ukraine and region `*` (the whole front). The
  deadliest attack's toll is a breakdown by place of the week's toll (required). Refineries hit
  are infrastructure; assaults a day are a rate (debatable); money raised by volunteers is
  money received (required); the night-by-night table restates no sentence (debatable cell by
  cell, its total row too).
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

Su, Br, Do, Sa, Vg, Od = "Sumy", "Bryansk", "Donetsk", "Saratov", "Volgograd", "Odesa"

# fmt: off
# ---------------------------------------------------------------- s01 energy company Q1 report
d = "s01_psel_energy_q1_2028_report.txt"
# A Sumy-region power distribution company's quarterly report excerpt (Psel Energy, "we",
# "our"). The company has claimant_side `*`; the Sumy Regional Military Administration and the
# Ministry of Energy speak for Ukraine; Russia's Defence Ministry for Russia. Country Ukraine,
# region Sumy unless nationwide. Required: 214 substations damaged ("19 of them": subset,
# optional), "Eleven" destroyed (a different fate), 342 transformers; the administration's
# list of weapons used against energy facilities (163, 388, 9, 21: qualifier `*`; "more than
# 600" rounds: weapon_type `*`); the ministry's "more than 2,300" drones and 140 missiles
# (qualifier `*`, region None); two employees killed and seven injured in the quarter ("three of
# them seriously": subset), 23 killed and 61 injured since 2022 (actor `*`), 148 serving in the
# army (personnel) and nine of them killed (region `*`); the quarter's "412. 6 million" repair
# costs (stray space kept), 97 million of it in the border communities (breakdown by place), the
# "estimated" 1.18 billion of losses and "roughly 230 million" of lost revenue (unit `*`:
# hryvnias per the preamble), €14.5 million received and equipment worth $3.2 million; Russia's
# "up to 30" substations destroyed and the rebuttal's four substations hit. Optional: "286
# million" (earlier state), "650 million" and "€9 million" (plans). Debatable: "47" and "91"
# days, "up to 20 km", "about 1,870 km", "118,400" customers, "41%", the district table (its
# total row too), "10 km", "no fewer than 31" strikes on crews, "five border communities",
# "61.4 GWh", "26 transformers", "12 key substations". Non-claims: "Q1 2028", "28 April 2028",
# "7 min read", "2.4 MB", "Q4 2027", "Section 3", "January–March 2028", the section numbers
# (3.1 ... 3.6, "Table 3.1"), "35/110 kV", "14 February", "52 hours", Shahed, Iskander-M, Kh-59,
# "winter of 2024", "54", "9 March", "10 kV", "22 February", "February 2022", "fourth quarter of
# 2027", "15 February", "17 February", and the furniture ("38,000 customers in 36 hours", "110
# kV", "3 layers", "25 line electricians", "54,000 subscribers", the call-centre number, "24/7",
# the address and EDRPOU code, "2019–2028").
rows(d, [
    ("damaged 214 of our substations", "214", 214, EX, "count", INF, N, A, A, U, A, U, Su),
    ("19 of them high-voltage", "19", 19, EX, "count", INF, N, A, A, U, A, U, Su, True),  # subset
    ("Eleven substations were destroyed", "Eleven", 11, EX, "count", INF, N, A, A, U, A, U, Su),
    ("342 distribution transformers", "342", 342, EX, "count", INF, N, A, A, U, A, U, Su),
    ("Shahed-type attack drones: 163", "163", 163, A, "count", W, "drone", "launched", R, U, U, U, Su),
    ("FPV and Lancet drones: 388", "388", 388, A, "count", W, "drone", "launched", R, U, U, U, Su),
    ("): 9\n• guided", "9", 9, A, "count", W, "missile", "launched", R, U, U, U, Su),
    ("guided aerial bombs: 21", "21", 21, A, "count", W, "guided_bomb", "launched", R, U, U, U, Su),
    ("mortar rounds: more than 600", "more than 600", 600, GE, "count", W, A, "launched", R, U, U, U, Su),
    ("launched more than 2,300 drones", "more than 2,300", 2300, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("drones and 140 missiles", "140", 140, A, "count", W, "missile", "launched", R, U, U, U, N),
    ("Two employees were killed", "Two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Su),
    ("Seven employees were injured", "Seven", 7, EX, "count", CAS, N, "injured", A, U, A, U, Su),
    ("three of them seriously", "three", 3, EX, "count", CAS, N, "injured", A, U, A, U, Su, True),  # subset
    ("lost 23 employees killed", "23", 23, EX, "count", CAS, N, "killed", A, U, A, U, Su),
    ("and 61 have been injured", "61", 61, EX, "count", CAS, N, "injured", A, U, A, U, Su),
    ("A further 148 of our staff", "148", 148, EX, "count", PER, N, A, U, A, A, U, A),
    ("nine of them have been killed", "nine", 9, EX, "count", CAS, N, "killed", A, U, A, U, A),
    ("cost 412. 6 million hryvnias", "412. 6 million", 412600000, EX, A, ECO, N, A, A, A, A, U, Su),
    ("up from 286 million", "286 million", 286000000, EX, A, ECO, N, A, A, A, A, U, Su, True),  # earlier state
    ("Of this, 97 million was spent", "97 million", 97000000, EX, A, ECO, N, A, A, A, A, U, Su),
    ("estimated at 1.18 billion", "1.18 billion", 1180000000, APX, A, ECO, N, A, A, A, A, U, Su),
    ("came to roughly 230 million", "roughly 230 million", 230000000, APX, A, ECO, N, A, A, A, A, U, Su),
    ("received €14.5 million in grants", "€14.5 million", 14500000, EX, A, ECO, N, A, A, A, A, U, Su),
    ("equipment worth $3.2 million", "$3.2 million", 3200000, EX, "usd", ECO, N, A, A, A, A, U, Su),
    ('destroyed "up to 30" transformer', "up to 30", 30, LE, "count", INF, N, A, A, U, R, U, Su),
    ("Four of our substations were hit", "Four", 4, EX, "count", INF, N, A, A, U, A, U, Su),
    ("plans to spend 650 million hryvnias", "650 million", 650000000, EX, A, ECO, N, A, A, A, A, U, Su, True),  # plan
    ("a further €9 million", "€9 million", 9000000, EX, A, ECO, N, A, A, A, A, U, Su, True),  # expected
])
any_(d, [
    ("on 47 of the 91 days", "47"),
    ("47 of the 91 days", "91"),
    ("runs up to 20 km deep", "up to 20"),
    ("along about 1,870 km", "about 1,870"),
    ("118,400 customers", "118,400"),
    ("or 41% of the households", "41%"),
    ("Sumy | 71", "71"), ("71 | 540", "540"),
    ("Shostka | 52", "52"), ("52 | 470", "470"),
    ("Okhtyrka | 48", "48"), ("48 | 455", "455"),
    ("Konotop | 26", "26"), ("26 | 260", "260"),
    ("Romny | 17", "17"), ("17 | 145", "145"),
    ("Total | 214", "214"), ("214 | 1,870", "1,870"),
    ("crews within 10 km", "10"),
    ('"no fewer than 31" strikes', "no fewer than 31"),
    ("in the five border communities", "five"),
    ("electricity (61.4 GWh)", "61.4"),
    ("including 26 transformers", "26"),
    ("shelters for 12 key substations", "12"),
])

# ---------------------------------------------------------------- s02 Bryansk governor's address
d = "s02_bryansk_governor_weekly_address.txt"
# A translation outlet (Frontier Regions Digest) with the acting Bryansk governor's weekly video
# address and its own notes. The governor ("we", "our region", "the enemy", "They" = Ukraine),
# the press service, the Defence Ministry and the FSB speak for Russia; Ukraine's State Border
# Guard Service for Ukraine; pro-Ukrainian Telegram channels and the outlet's notes have
# claimant_side `*`. Country Russia, region Bryansk unless stated. The air-defence paragraph is
# repeated after "Read also" (one claim each). Required: "more than 1,400" munitions fired
# (weapon_type `*`), 212 drones destroyed with "64" FPV drones among them (a type within the
# total), four killed (actor Ukraine: "the enemy's attacks"), seventeen injured (actor `*`),
# 131 houses, 22 apartment buildings and nine social facilities damaged, 318 resettled and
# 4,960 evacuated since January, 14.8 million and "92. 4 million" roubles paid, "More than 2,700"
# territorial defence volunteers, the ministry's 1,046 drones (region None) and "58 of them" over
# Bryansk (breakdown by place); the border guards' "about 2,900" shells and mines and 96 guided
# bombs (qualifier `*`) on Sumy and Chernihiv (region `*`); the channels' two Grad launchers
# destroyed. Optional: "1,437" (the press service's later figure), "three of them children",
# "74 children", "340 of them", the earlier weeks' tolls (three, 11, five, 23), "2. 1 billion"
# (budget). Debatable: "39 settlements", "five" districts, "eight" in hospital, "46 cars", "28
# times", "406 families", "100,000" and "up to 1 million" (rates), "84 km", "460 shelters",
# "four" saboteurs "neutralised", "four times". Non-claims: "1 March 2028", "13 March 2028", "14
# March 2028, 09:20", "8 min read", "11 min 24 s", "11:24", "6 to 12 March", "12-year-old", "6
# March", "11 March", "12 March", "10 March", BM-21, and the furniture ("12 villages", "1,840
# readers", "€3 a month", "2030", "3 new shelters", "2023–2028").
rows(d, [
    ("They fired more than 1,400 munitions", "more than 1,400", 1400, GE, "count", W, A, "launched", U, R, R, R, Br),
    ("put the figure at 1,437", "1,437", 1437, EX, "count", W, A, "launched", U, R, R, R, Br, True),  # later restatement
    ("destroyed 212 drones over the region", "212", 212, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("Of these, 64 were FPV drones", "64", 64, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("Four civilians were killed", "Four", 4, EX, "count", CAS, N, "killed", U, R, R, R, Br),
    ("Seventeen people were injured", "Seventeen", 17, EX, "count", CAS, N, "injured", A, R, R, R, Br),
    ("three of them children", "three", 3, EX, "count", CAS, N, "injured", A, R, R, R, Br, True),  # subset
    ("damaged 131 private houses", "131", 131, EX, "count", INF, N, A, A, R, R, R, Br),
    ("22 apartment buildings", "22", 22, EX, "count", INF, N, A, A, R, R, R, Br),
    ("and nine social facilities", "nine", 9, EX, "count", INF, N, A, A, R, R, R, Br),
    ("This week 318 residents", "318", 318, EX, "count", DIS, N, "evacuated", A, A, R, R, Br),
    ("including 74 children", "74", 74, EX, "count", DIS, N, "evacuated", A, A, R, R, Br, True),  # subset
    ("4,960 people have been evacuated", "4,960", 4960, EX, "count", DIS, N, "evacuated", A, A, R, R, Br),
    ("paid 14.8 million roubles", "14.8 million", 14800000, EX, A, ECO, N, A, A, A, R, R, Br),
    ("paid out 92. 4 million roubles", "92. 4 million", 92400000, EX, A, ECO, N, A, A, A, R, R, Br),
    ("allocated 2. 1 billion roubles", "2. 1 billion", 2100000000, EX, A, ECO, N, A, A, A, R, R, Br, True),  # budget plan
    ("More than 2,700 volunteers", "More than 2,700", 2700, GE, "count", PER, N, A, R, A, R, R, Br),
    ("340 of them have signed", "340", 340, EX, "count", PER, N, A, R, A, R, R, Br, True),  # subset
    ("shot down 1,046 Ukrainian", "1,046", 1046, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("58 of them over the Bryansk region", "58", 58, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("reported three civilians killed", "three", 3, EX, "count", CAS, N, "killed", A, R, R, R, Br, True),  # earlier week
    ("killed and 11 injured", "11", 11, EX, "count", CAS, N, "injured", A, R, R, R, Br, True),  # earlier week
    ("the figures were five and 23", "five", 5, EX, "count", CAS, N, "killed", A, R, R, R, Br, True),  # earlier week
    ("five and 23", "23", 23, EX, "count", CAS, N, "injured", A, R, R, R, Br, True),  # earlier week
    ("fired about 2,900 shells", "about 2,900", 2900, APX, "count", W, A, "launched", R, U, U, U, A),
    ("dropped 96 guided bombs", "96", 96, A, "count", W, "guided_bomb", "launched", R, U, U, U, A),
    ("destroyed two Russian BM-21", "two", 2, EX, "count", W, "mlrs", "destroyed", U, R, A, R, Br),
])
any_(d, [
    ("shelled 39 settlements", "39"),
    ("in five of our border districts", "five"),
    ("eight are still in hospital", "eight"),
    ("as well as 46 cars", "46"),
    ("cut 28 times", "28"),
    ("to 406 families", "406"),
    ("the payment is 100,000 roubles", "100,000"),
    ("up to 1 million roubles", "up to 1 million"),
    ("84 km of anti-tank ditches", "84"),
    ("460 concrete shelters", "460"),
    ('"neutralised" four Ukrainian saboteurs', "four"),
    ("tried to cross the border four times", "four"),
])

# ---------------------------------------------------------------- s03 procurement deliveries
d = "s03_dpa_deliveries_four_months.txt"
# A Ukrainian defence-industry outlet (Arsenal Weekly) on the Defence Procurement Agency's
# deliveries in January–April. The agency and its director (Vashchenko, "we", "he said") and
# Ukraine's General Staff speak for Ukraine; Russia's Defence Ministry ("It") and a Kremlin
# spokesman for Russia; the battalion commander is a private voice. Deliveries:
# actor `*` for the agency's own, the United Kingdom and the United States for theirs, `*` for
# Germany and the Netherlands; target, country and region `*`. Required: "1. 6 million" rounds
# (weapon_type `*`), "about 940,000" drones, 612,000 FPV, 212,000 fibre-optic and "about 31,000"
# interceptor drones (types within the total), "186. 5 billion" hryvnias paid out; Britain's
# 14,000 drones, the 18 Patriot missiles, four IRIS-T launchers (air_defense), 22 YPR-765
# (armored_vehicle); money received (1.4 billion kroner, 2.2 billion kroner, €3.1 billion,
# C$480 million, €250 million: unit `*`); Russia's 14 depots (infrastructure, region `*`), three
# HIMARS (mlrs) and "more than 120" armoured vehicles destroyed, "more than $300 billion" spent by
# the West; the General Staff's "two" storage sites hit. Optional: the headline's "1. 6 million"
# and "940,000" (qualifier `*`), "$4.7 billion" of contracts, "between 40 and 55" howitzers a
# month (plans). Debatable: "more than 60%", the calibre table, "about 30 a month", the prices
# ("about €3,100", "€4,000", "about 12,500"), "47,000" recalled rounds "from one supplier", the
# vague shares "almost half" (twice) and "up to a third". Non-claims: "38
# partners", "9 May 2028, 17:45", "10 May, 08:10", "21,306 views", "four months", 2023, "155
# mm", "152 mm", "122 mm", "120 mm", "82 mm", "105 mm", PAC-3 MSE, IRIS-T SLM, YPR-765, 2028,
# 2S22, 2025, "24th", and the furniture ("2,300 projects in three years", "11,900 subscribers",
# "episode 118", "30 a month ... 50", "5 charts", "R40-01127", "2019–2028").
rows(d, [
    ("deliveries: 1. 6 million rounds", "1. 6 million", 1600000, EX, "count", W, A, A, A, A, U, A, A, True),  # headline
    ("rounds, 940,000 drones", "940,000", 940000, A, "count", W, "drone", A, A, A, U, A, A, True),  # headline
    ("delivered 1. 6 million artillery and mortar rounds", "1. 6 million", 1600000, EX, "count", W, A, A, A, A, U, A, A),
    ("about 940,000 drones of all kinds", "about 940,000", 940000, APX, "count", W, "drone", A, A, A, U, A, A),
    ("paid out 186. 5 billion hryvnias", "186. 5 billion", 186500000000, EX, A, ECO, N, A, A, A, U, A, A),
    ("612,000 were FPV drones", "612,000", 612000, EX, "count", W, "drone", A, A, A, U, A, A),
    ("212,000 of them with fibre-optic", "212,000", 212000, EX, "count", W, "drone", A, A, A, U, A, A),
    ("about 31,000 were interceptor drones", "about 31,000", 31000, APX, "count", W, "drone", A, A, A, U, A, A),
    ("handed over 14,000 interceptor drones", "14,000", 14000, EX, "count", W, "drone", A, UK, A, U, A, A),
    ("delivered 18 Patriot", "18", 18, EX, "count", W, "missile", A, US, A, U, A, A),
    ("supplied four IRIS-T SLM launchers", "four", 4, EX, "count", W, "air_defense", A, A, A, U, A, A),
    ("22 YPR-765 armoured vehicles", "22", 22, EX, "count", W, "armored_vehicle", A, A, A, U, A, A),
    ("received 1.4 billion Danish kroner", "1.4 billion", 1400000000, EX, A, ECO, N, A, A, A, U, A, A),
    ("2.2 billion Norwegian kroner", "2.2 billion", 2200000000, EX, A, ECO, N, A, A, A, U, A, A),
    ("€3.1 billion from the EU loan", "€3.1 billion", 3100000000, EX, A, ECO, N, A, A, A, U, A, A),
    ("transferred C$480 million", "C$480 million", 480000000, EX, A, ECO, N, A, A, A, U, A, A),
    ("and the Netherlands €250 million", "€250 million", 250000000, EX, A, ECO, N, A, A, A, U, A, A),
    ("worth $4.7 billion", "$4.7 billion", 4700000000, EX, "usd", ECO, N, A, A, A, U, A, A, True),  # contracts: planned
    ("between 40 and 55 Bohdana", "between 40 and 55", A, A, "count", W, "artillery", A, A, A, U, A, A, True),  # plan
    ("destroyed 14 Ukrainian depots", "14", 14, EX, "count", INF, N, A, A, U, R, U, A),
    ("and three HIMARS launchers", "three", 3, EX, "count", W, "mlrs", "destroyed", R, U, R, U, A),
    ('"more than 120" armoured vehicles', "more than 120", 120, GE, "count", W, "armored_vehicle", "destroyed", R, U, R, U, A),
    ('"already spent more than $300 billion"', "more than $300 billion", 300000000000, GE, "usd", ECO, N, A, A, A, R, A, A),
    ('had hit "two" storage sites', "two", 2, EX, "count", INF, N, A, A, U, U, U, A),
])
any_(d, [
    ("more than 60% of them", "more than 60%"),
    ("155 mm | 412,000", "412,000"),
    ("152 mm | 96,000", "96,000"),
    ("122 mm | 318,000", "318,000"),
    ("mortar | 540,000", "540,000"),
    ("105 mm) | 234,000", "234,000"),
    ("run at about 30 a month", "about 30"),
    ("costs the agency about €3,100", "about €3,100"),
    ("down from €4,000", "€4,000"),
    ("about 12,500 hryvnias", "about 12,500"),
    ("recalled 47,000 rounds", "47,000"),
    ("from one supplier", "one"),
    ("almost half of what it buys", "almost half"),
    ("almost half of the agency's spending", "almost half"),
    ('"up to a third"', "up to a third"),
])

# ---------------------------------------------------------------- s04 medics' annual report
d = "s04_sanitar_medics_annual_report_2027.txt"
# A volunteer combat-medic group's annual report for 2027 (Sanitar, "we", "our crews"). The
# group has claimant_side `*`; the Donetsk Regional Military Administration and Ukraine's
# Ministry of Health speak for Ukraine; Russia's Defence Ministry ("Its") for Russia; the WHO's
# count is debatable anyway. Country Ukraine. The "Money" paragraph is repeated (one claim
# each). Required: four medics killed and 11 wounded (actor Russia: "all of them by Russian
# drones"; region `*`), the money raised (96. 3 million hryvnias, €1.24 million, 410,000 zloty,
# $380,000) and spent (71 million, "18. 5 million", 9 million: unit `*`, region `*`), 612
# civilians evacuated ("140 of them bedridden": subset) and the administration's "more than
# 9,800" (Donetsk), the ministry's 2,170 medical facilities damaged and 248 destroyed (a
# different fate) and 312 medical workers killed (actor `*`, "57 of them": subset; region None),
# Russia's "up to 40" servicemen killed near Pokrovsk. The figures table restates 612, 4 and 96.3
# (optional, with their fields); its other cells are debatable. Optional: "48 million" budgeted
# (plan). Debatable: "six of us", "146 volunteers", "38 of them women", "27 ambulances", "three
# sections", "8,430 wounded" and "(6,915)", "23 a day", "94", "15 to 20 km", "up to 25 km",
# "five", the 19 vehicles lost and their breakdown (12, five, two), the armoured ambulance's
# price range, "under 4%", "more than 2,400 attacks", "up to 15" vehicles, "two crews", "14
# more". Non-claims: "12 March 2028", "9 min", "5.8 MB", "spring of 2022", "six years later",
# "19 July", 2026, "two years ago", the ages "(41)", "(29)", "(52)", "(24)", "February 2022", "4
# November", 2028, "a fourth section", and the furniture ("1,000 hryvnias buys 8 tourniquets",
# the IBAN, "24 hours with crew 7", "3-minute", EDRPOU, "2022–2028").
rows(d, [
    ("Four of our medics were killed", "Four", 4, EX, "count", CAS, N, "killed", R, U, A, U, A),
    ("killed and 11 wounded", "11", 11, EX, "count", CAS, N, "injured", R, U, A, U, A),
    ("raised 96. 3 million hryvnias", "96. 3 million", 96300000, EX, A, ECO, N, A, A, A, A, U, A),
    ("€1.24 million from partners", "€1.24 million", 1240000, EX, A, ECO, N, A, A, A, A, U, A),
    ("410,000 zloty", "410,000", 410000, EX, A, ECO, N, A, A, A, A, U, A),
    ("and $380,000 through", "$380,000", 380000, EX, "usd", ECO, N, A, A, A, A, U, A),
    ("spent 71 million hryvnias", "71 million", 71000000, EX, A, ECO, N, A, A, A, A, U, A),
    ("18. 5 million on medical", "18. 5 million", 18500000, EX, A, ECO, N, A, A, A, A, U, A),
    ("and 9 million on fuel", "9 million", 9000000, EX, A, ECO, N, A, A, A, A, U, A),
    ("Civilians evacuated | 380 | 612", "612", 612, EX, "count", DIS, N, "evacuated", A, A, A, U, Do, True),  # table restates
    ("Medics killed | 2 | 4", "4", 4, EX, "count", CAS, N, "killed", R, U, A, U, A, True),  # table restates
    ("UAH million | 71.9 | 96.3", "96.3", 96300000, EX, A, ECO, N, A, A, A, A, U, A, True),  # table restates
    ("evacuate 612 civilians", "612", 612, EX, "count", DIS, N, "evacuated", A, A, A, U, Do),
    ("140 of them bedridden", "140", 140, EX, "count", DIS, N, "evacuated", A, A, A, U, Do, True),  # subset
    ("more than 9,800 people left", "more than 9,800", 9800, GE, "count", DIS, N, "evacuated", A, A, U, U, Do),
    ("damaged 2,170 medical facilities", "2,170", 2170, EX, "count", INF, N, A, A, U, U, U, N),
    ("destroyed 248 of them outright", "248", 248, EX, "count", INF, N, A, A, U, U, U, N),
    ("312 medical workers have been killed", "312", 312, EX, "count", CAS, N, "killed", A, U, U, U, N),
    ("57 of them combat medics", "57", 57, EX, "count", CAS, N, "killed", A, U, U, U, N, True),  # subset
    ('killed "up to 40" servicemen', "up to 40", 40, LE, "count", CAS, N, "killed", R, U, R, U, Do),
    ("budgeted 48 million hryvnias", "48 million", 48000000, EX, A, ECO, N, A, A, A, A, U, A, True),  # plan
])
any_(d, [
    ("When six of us", "six"),
    ("Sanitar has 146 volunteers", "146"),
    ("38 of them women", "38"),
    ("and 27 ambulances", "27"),
    ("on three sections of the front", "three"),
    ("carried 8,430 wounded", "8,430"),
    ("23 a day on average", "23"),
    ("we moved 94", "94"),
    ("more than in 2026 (6,915)", "6,915"),
    ("now 15 to 20 km deep", "15 to 20"),
    ("up to 25 km from the line", "up to 25"),
    ("it was five", "five"),
    ("We lost 19 vehicles", "19"),
    ("12 ambulances were destroyed", "12"),
    ("five were hit by artillery", "five"),
    ("and two were written off", "two"),
    ("between €85,000 and €110,000", "between €85,000 and €110,000"),
    ("under 4% of spending", "under 4%"),
    ("Wounded evacuated | 6,915", "6,915"), ("6,915 | 8,430", "8,430"),
    ("Civilians evacuated | 380", "380"),
    ("Vehicles lost | 11", "11"), ("11 | 19", "19"),
    ("Medics killed | 2", "2"),
    ("UAH million | 71.9", "71.9"),
    ("more than 2,400 attacks", "more than 2,400"),
    ('destroyed "up to 15" Ukrainian vehicles', "up to 15"),
    ("We had two crews", "two"),
    ("We need 14 more", "14"),
])

# ---------------------------------------------------------------- s05 Engels satellite analysis
d = "s05_engels_satellite_analysis.txt"
# An international outlet's satellite-imagery analysis (The Meridian Review, "our analysis",
# "by our count") of Engels-2 (Saratov region) after a Ukrainian drone raid, with Marinovka
# (Volgograd region). The outlet and the think tank (RUSI) have claimant_side `*`; Ukraine's
# General Staff and the anonymous SBU official ("he said") speak for Ukraine; Russia's Defence
# Ministry ("It") and the Saratov and Volgograd governors for Russia. Country Russia. Required:
# "at least four" aircraft destroyed, with three Tu-95MS and one Tu-160 (breakdown by model), two
# Tu-95MS damaged (action `*`), five fuel tanks destroyed and two damaged (infrastructure); the
# General Staff's "at least seven" bombers hit (action `*`), the 117 drones launched and "more
# than 40" that reached the base (action `*`); the ministry's 96 drones over Saratov and 31 over
# Volgograd and Penza (region `*`); the governor's one killed and six injured (actor `*`: falling
# debris) and 24 homes damaged; RUSI's range of losses in dollars (value and qualifier `*`);
# three Su-34 destroyed at Marinovka; the ministry's "all 27 drones" shot down over Volgograd
# region. Optional: the subhead's "at least four", the outlet's restatement "four destroyed and
# two probably damaged". Debatable: "23 bombers", "14", "seven", "two" Tu-22M3, "12 intact
# aircraft", "Between six and nine" flown out, the apron table, "nine" tanks, "an estimated
# 30,000" cubic metres, "three waves", "seven aircraft hit", "two hangars", "about $270
# million", "The four bombers", "about 7%", the correction's "11" and "nine". Non-claims: "$1 a
# week", "112 partners", "four days after", "21 March", "29 March 2028", "8 min read", Engels-2,
# "25 March", "26 March", Tu-95MS, Tu-160, Tu-22M3, "20 March", "1990s", Tu-160M, "27 March",
# Su-34, "24 March", "a fourth damaged", and the furniture ("86,000 readers", "40 Geran-2 drones a
# day", "Three years", 2028).
rows(d, [
    ("show at least four burned-out bombers", "at least four", 4, GE, "count", W, "aircraft", "destroyed", U, R, A, R, Sa, True),  # subhead
    ("destroyed at least four aircraft", "at least four", 4, GE, "count", W, "aircraft", "destroyed", U, R, A, R, Sa),
    ("remains of three Tu-95MS", "three", 3, EX, "count", W, "aircraft", "destroyed", U, R, A, R, Sa),
    ("and one Tu-160 on the western apron", "one", 1, EX, "count", W, "aircraft", "destroyed", U, R, A, R, Sa),
    ("Two more Tu-95MS show scorch marks", "Two", 2, EX, "count", W, "aircraft", A, U, R, A, R, Sa),
    ("five appear destroyed", "five", 5, EX, "count", INF, N, A, A, R, A, R, Sa),
    ("and two more damaged; a dark", "two", 2, EX, "count", INF, N, A, A, R, A, R, Sa),
    ('hit "at least seven" strategic bombers', "at least seven", 7, GE, "count", W, "aircraft", A, U, R, U, R, Sa),
    ("said 117 long-range drones", "117", 117, EX, "count", W, "drone", "launched", U, R, U, R, Sa),
    ('"more than 40" reached the base', "more than 40", 40, GE, "count", W, "drone", A, U, R, U, R, Sa),
    ("It finds four destroyed", "four", 4, EX, "count", W, "aircraft", "destroyed", U, R, A, R, Sa, True),  # restatement
    ("and two probably damaged", "two", 2, EX, "count", W, "aircraft", A, U, R, A, R, Sa, True),  # restatement
    ('destroyed" 96 Ukrainian fixed-wing drones', "96", 96, EX, "count", W, "drone", "shot_down", R, U, R, R, Sa),
    ("and 31 over the neighbouring", "31", 31, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("killed one person", "one", 1, EX, "count", CAS, N, "killed", A, R, R, R, Sa),
    ("and injured six in the city", "six", 6, EX, "count", CAS, N, "injured", A, R, R, R, Sa),
    ("and damaged 24 homes", "24", 24, EX, "count", INF, N, A, A, R, R, R, Sa),
    ("between $900 million and $1.3 billion", "between $900 million and $1.3 billion", A, A, "usd", ECO, N, A, A, A, A, R, Sa),
    ("show three Su-34 fighter-bombers destroyed", "three", 3, EX, "count", W, "aircraft", "destroyed", U, R, A, R, Vg),
    ("shot down all 27 drones", "27", 27, EX, "count", W, "drone", "shot_down", R, U, R, R, Vg),
])
any_(d, [
    ("images showed 23 bombers", "23"),
    ("14 Tu-95MS, seven", "14"),
    ("seven Tu-160 and two", "seven"),
    ("and two Tu-22M3", "two"),
    ("only 12 intact aircraft", "12"),
    ("Between six and nine appear", "Between six and nine"),
    ("20 March | 14", "14"), ("| 14 | 7", "7"), ("| 7 | 2", "2"),
    ("March | 6 |", "6"), ("| 6 | 4", "4"), ("| 4 | 2", "2"),
    ("Of its nine large storage tanks", "nine"),
    ("an estimated 30,000 cubic metres", "an estimated 30,000"),
    ("in three waves", "three"),
    ("cannot confirm seven aircraft hit", "seven"),
    ("inside the two hangars", "two"),
    ("cost about $270 million", "about $270 million"),
    ("The four bombers destroyed at Engels", "four"),
    ("about 7% of Russia's", "about 7%"),
    ("the depot had 11 tanks", "11"),
    ("It has nine.", "nine"),
])

# ---------------------------------------------------------------- s06 weekly war in numbers
d = "s06_war_in_numbers_week15.txt"
# A Ukrainian outlet's weekly numbers page (Kyiv Chronicle, week 15): each figure on its own
# line, its caption on the next, "Source:" lines and ⚠ for Russian claims. The Air Force (and
# its "Source:" line carrying over to 1,031, 46, 11 and 35), Zelensky, the regional
# administrations, the Odesa administration, the ministries and the General Staff speak for
# Ukraine; Russia's Defence Ministry and the Russian governors for Russia; DeepState and the
# volunteers' fundraiser are `*`. The 7,460 block is repeated (one claim each). Required: 1,184
# drones launched (region None), 1,031 shot down, 46 missiles with 11 Iskander-M (a model within
# the total) and 35 intercepted; "About 1,030" guided bombs; 61 killed and 298 injured (actor
# Russia: "in Russian attacks"), Odesa's 14 killed and 52 injured (actor `*`: "a missile
# strike"), 2,140 evacuated (region `*`); DeepState's 37 km² seized (unit km2), Russia's 6
# settlements "liberated" (territory, seized); 7,460 Russian losses and Russia's "up to 9,300"
# Ukrainian losses (action and actor `*`); Russia's 1,420 drones (region None) and 412 over three
# regions (region `*`), 9 killed and 47 injured in Russian border regions (actor `*`); 3
# refineries hit (infrastructure, region `*`); €1.9 billion received; "12. 5 million" hryvnias
# raised (stray space kept); 8 energy facilities damaged. Optional: "3 children", "390
# children", "44 km²" (earlier state), "€2.3 billion" (expected). Debatable: "87%", "Almost 150 a
# day", the night table (its total row too), "two of them" confirmed by DeepState, "Between 140
# and 175" assaults a day, "about 40%", "two" fires confirmed, "410,000 consumers". Non-claims:
# "week 15", "7–13 April 2028", "14 April 2028, 08:00", "11:35", the section numbers (1. ... 5.),
# Shahed-136/Geran-2, Iskander-M, the nights ("6/7 April" ... "12/13 April"), "8 April", "10
# April", "June", "48 hours", "07:00", and the furniture ("Week 14 | Week 13 | Week 12", "All 52
# weeks of 2027", "4 KB", "23,400 subscribers", "2,900 readers", "24 Khreshchatyk St",
# "2014–2028", "18+").
rows(d, [
    ("1,184\nattack drones launched", "1,184", 1184, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("1,031\nof them shot down", "1,031", 1031, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("46\nmissiles, including", "46", 46, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("including 11 Iskander-M", "11", 11, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("35 were intercepted", "35", 35, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("About 1,030\nguided aerial bombs", "About 1,030", 1030, APX, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("61\ncivilians killed in Russian attacks", "61", 61, EX, "count", CAS, N, "killed", R, U, U, U, N),
    ("298 injured", "298", 298, EX, "count", CAS, N, "injured", R, U, U, U, N),
    ("Deadliest attack: 14 killed", "14", 14, EX, "count", CAS, N, "killed", A, U, U, U, Od),
    ("killed and 52 injured", "52", 52, EX, "count", CAS, N, "injured", A, U, U, U, Od),
    ("Among the dead were 3 children", "3", 3, EX, "count", CAS, N, "killed", A, U, U, U, Od, True),  # subset
    ("2,140\npeople evacuated", "2,140", 2140, EX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("including 390 children", "390", 390, EX, "count", DIS, N, "evacuated", A, A, U, U, A, True),  # subset
    ("37 km²\ncaptured by Russian forces", "37", 37, EX, "km2", TER, N, "seized", R, U, A, U, A),
    ("against 44 km² the week before", "44", 44, EX, "km2", TER, N, "seized", R, U, A, U, A, True),  # earlier state
    ("⚠ 6\nsettlements", "6", 6, EX, "count", TER, N, "seized", R, U, R, U, A),
    ("7,460\nRussian personnel losses", "7,460", 7460, EX, "count", CAS, N, A, A, R, U, U, A),
    ('losses at "up to 9,300"', "up to 9,300", 9300, LE, "count", CAS, N, A, A, U, R, U, A),
    ("⚠ 1,420\nUkrainian drones", "1,420", 1420, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("412 of them over the Bryansk", "412", 412, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("⚠ 9 killed, 47 injured", "9", 9, EX, "count", CAS, N, "killed", A, R, R, R, A),
    ("9 killed, 47 injured", "47", 47, EX, "count", CAS, N, "injured", A, R, R, R, A),
    ("3\noil refineries hit", "3", 3, EX, "count", INF, N, A, A, R, U, R, A),
    ("€1.9 billion\nreceived by Ukraine", "€1.9 billion", 1900000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("The next tranche, €2.3 billion", "€2.3 billion", 2300000000, EX, A, ECO, N, A, A, A, U, U, N, True),  # expected
    ("12. 5 million\nhryvnias raised", "12. 5 million", 12500000, EX, A, ECO, N, A, A, A, A, U, A),
    ("8\nenergy facilities damaged", "8", 8, EX, "count", INF, N, A, A, U, U, U, A),
])
any_(d, [
    ("87% of the total", "87%"),
    ('"Almost 150 a day,"', "Almost 150"),
    ("6/7 April | 142", "142"),
    ("7/8 April | 211", "211"), ("211 | 31", "31"),
    ("8/9 April | 96", "96"),
    ("9/10 April | 187", "187"), ("187 | 4", "4"),
    ("10/11 April | 164", "164"),
    ("11/12 April | 238", "238"), ("238 | 11", "11"),
    ("12/13 April | 146", "146"),
    ("Total | 1,184", "1,184"), ("1,184 | 46", "46"),
    ("DeepState confirms two of them", "two"),
    ("Between 140 and 175", "Between 140 and 175"),
    ("about 40% of them", "about 40%"),
    ("confirmed fires at two", "two"),
    ("410,000 consumers", "410,000"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s51")
