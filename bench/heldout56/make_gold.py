"""Builds gold.jsonl for heldout56 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout56.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (and through it heldout47, heldout46, heldout45,
heldout35, heldout27 and heldout33): headlines, subheads, fact boxes and later restatements are
optional; subsets introduced by "of whom", "among them", "including", "of them" are optional,
except a model or type within a weapon total; a breakdown of a total by place is required, and so
is a different action or fate on part of a total ("of which 21 were shot down"); in a list with a
qualifier only the qualified items keep it (the others `*`), a list with no qualifier is exact;
casualty sentences that name no perpetrator have actor `*`; a range is one claim quoting the
whole range (value and qualifier `*`); losses reported as "lost" have action `*`; drones
destroyed in flight are shot_down; pledges, promises, plans and planned spending are optional;
an earlier state ("up from ... in 2026") is optional. Bodies that are not sides (NATO, the EU,
NGOs, think tanks, volunteer monitors, companies, and states outside the vocabulary of sides)
have claimant_side `*`, and a sum or estimate they give keeps the actor and target of what it
counts; an outlet's or author's own voice has claimant_side `*`. Damaged buildings and
facilities are infrastructure with action and actor `*` (damaged and destroyed alike).
Deliveries to a side are weapons with action `*` and the supplier as actor (`*` when the
supplier is not a side), target, country and region `*`. Money in another currency than the
dollar has unit `*`; money received, paid, spent or disbursed in the past is required, and so is
damage or loss assessed in money (actor and target `*`). Counts of places, incidents, cases and
claims, group sizes, shares and rates, distances, sizes and areas, prices and payments (fines,
allowances, single donations), workforces and other population stocks, recipients of aid or
care, vehicle and wagon counts, and vague quantities ("hundreds", "thousands") are debatable
(`any_`); a table whose cells restate no sentence is debatable cell by cell (its total row too).
Members of an organisation who joined the army are personnel with action `*`, actor Ukraine;
those of them killed are a different fate (required, actor `*`). A side's army size is
personnel with action `*`. States outside the vocabulary of sides (Türkiye) as country are `*`;
the check's vocabulary of regions is closed, so a region outside it (Krasnodar, Tatarstan) is
`*`, and so is the region of a figure that spans several regions or is not placed; a nationwide
figure has region None. Dates, times, durations ("almost nine hours", "within 48 hours", "19
months", prison terms such as "12 years", "five years of probation"), ages ("34-year-old"),
ordinals ("our fourth annual report", "the 47th", "the 92nd", "the 155th", "the 93rd", "4th
Guards", "the first quarter"), numbers inside names (Kh-101, Airbus A320, Boeing 737-800,
Avangard-3, Mavic-class, Shahed-type, 4G, Q1, BIST 100) and page furniture are not labelled;
"one of them", "One, a retired railway worker", "one night", "a single drone" are pronouns or
words, not numbers.

Decided anew for this set:
- Airports (s01): airports closed are infrastructure (action, actor and target `*`), required;
  how many times the "Kovyor" plan was introduced, days of simultaneous closure, flights
  cancelled or delayed, passengers disrupted and the hours an airport stayed closed are
  incidents and statistics (debatable), and so is the table of closures and hours (cell by
  cell) and "Moscow's four main airports" (a stock of airports). Airlines' and airports' losses
  in roubles are economic damage (required, claimant_side `*`: companies and their association);
  compensation the transport ministry paid is money paid (required, Russia). Fuel depots "hit"
  and facilities "struck" are infrastructure (action and actor `*`, target Russia). A
  consultant's per-closure cost range is a price (debatable). Drones shot down over Tatarstan
  have region `*`; over "Russian territory" in a quarter region None.
- Telecom (s02): a mobile operator's own report ("our base stations", "we") has claimant_side
  `*`. Base stations that went off air, the part physically damaged or destroyed, and those still
  out of service are infrastructure (action and actor `*`, target Ukraine when the text blames
  Russian strikes), required; sites restored are debatable. A bullet list of base stations off
  air by region is a breakdown by place (required item by item, not a table); "77 of them
  damaged or destroyed" is a different fate and a place (required). Generators and batteries
  operated are stocks (debatable). Engineers killed "when Russian drones struck repair crews"
  have actor Russia; injured with no cause in their sentence actor `*`. The state regulator
  (NCEC) speaks for Ukraine. "17 communication hubs" the Russian ministry claims to have
  destroyed are infrastructure (action and actor `*`, target Ukraine, claimant_side Russia).
- Fundraising platform (s03): the platform's voice is `*`. Money donated is money received
  (required); money spent per item of the "What we bought" list and the "roughly 290 million"
  rest are money spent (required). Drones bought and handed over are deliveries (weapon drone,
  action, actor, target, country and region `*`), required item by item; pickups and minibuses
  are vehicle counts and electronic-warfare systems lie outside the vocabulary of weapon types
  (both debatable). One brigade's order and "more than 900" each are subsets by recipient
  (optional). A battalion commander's and an air defence unit's figures speak for Ukraine.
  Vehicles of donors "destroyed on the way to or at the front" name no perpetrator: weapon
  vehicle, destroyed, actor `*`, optional (a donor's own losses). A delivery rate ("40–50 drones
  a week") is a rate (debatable); the co-founder's "20,000" for 2028 is a plan (optional).
- Sea drones (s04): uncrewed boats and naval drones are drones; those a side says it destroyed
  before they reached a target are shot_down; "three of which reached the target" is a
  different fate (action `*`). Crew killed and injured on a Russian ferry hit by Ukrainian sea
  drones have actor Ukraine, target Russia. Houses and a crane damaged ashore and civilian ships
  with Turkish crews damaged "by mines, drones or missiles" are infrastructure (action and actor
  `*`). Russian vessels Ukraine's Navy says it "destroyed or damaged" are weapons (ship, action
  `*`); "at least 3 ferries" among them is an "including" subset (optional). A ferry's cargo
  (wagons, trucks), trucks queuing, a claimed weekly load of military equipment, war-risk
  premium rates and ship values are debatable. Turkish exporters' loss in dollars is economic
  damage (required, claimant_side and country `*`). Türkiye's consulate, Chamber of Shipping
  and exporters' association have claimant_side `*`; the Krasnodar operational headquarters
  and deputy governor speak for Russia. The Kerch Strait, Crimea and the Sea of Azov together
  are country and region `*`; Port Kavkaz is Russia, region `*` (Krasnodar).
- Displaced people (s05): registered internally displaced persons are a stock of displaced
  people, but the main quantity of displacement: required, category displacement, action `*`,
  actor and target `*`; the city's share ("121 thousand") is a breakdown by place (required),
  "38,900 are children" a subset (optional), "a peak of about 260 thousand in 2022" an earlier
  state (optional). People who arrived "under organised evacuation" are evacuated (region `*`
  when they come from two regions; "2,860 of them from Donetsk region" is a breakdown by place);
  residents "moved to other centres the next day" after a strike are evacuated. UNHCR speaks for
  the United Nations; money the state "paid out" in allowances, in the outlet's voice, is money
  paid (claimant_side `*`); the allowance per month and its recipients are debatable. Collective
  centres, beds, modular houses, apartments, families on a waiting list and survey shares are
  debatable; the city's plans (1,500 people, 30 centres) are plans of places and people
  (debatable rather than optional-with-fields: nothing to score).
- Local court column (s06): a Ukrainian court's indictment, the prosecutor, the town council,
  the regional military administration and the Ukrainian forces speak for Ukraine. Tanks and
  servicemen a Russian company "entered the town" with are weapon and personnel with action `*`,
  actor Russia, target Ukraine. Rounds fired ("at least 40 rounds"), goods stolen (tractors,
  "6 tonnes of diesel"), witnesses, victims, fines, compensation ordered, fake plates sold,
  money embezzled and officials on trial are counts of cases, goods and payments (debatable).
  Houses damaged and "four of them beyond repair" (a different fate) are infrastructure. Russian
  equipment "destroyed or captured" has action `*`, weapon_type `*`; "more than twenty tanks"
  among it is a type within a weapon total (required). The mayor's "our 54 people" restates the
  council's toll (optional). Villages Russia's ministry says it "liberated" are territory,
  action seized, actor Russia, target Ukraine. "Of the injured, six were hit by FPV drones in
  Velyka Pysarivka hromada" is a breakdown by place (required); a sabotage group's size ("five to
  ten people") is a group size (debatable); "the 10-kilometre border zone" is a distance
  (debatable).
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

Mo, Kh, Dn, Dp, Lv, Su = "Moscow", "Kharkiv", "Donetsk", "Dnipropetrovsk", "Lviv", "Sumy"

# fmt: off
# ---------------------------------------------------------------- s01 Russian airport closures
d = "s01_russian_airport_closures_costs.txt"
# An exiled Russian business outlet (The Ruble Ledger) on the cost of "Kovyor" airport closures
# in Q1 2028. The Defence Ministry, Sobyanin, the Moscow region governor's office, the transport
# ministry and the Tatarstan government speak for Russia; the anonymous Ukrainian security source
# and the General Staff for Ukraine; airlines, ATOR, the Airports Association, the consultant and
# the outlet's tally are `*`. Country Russia. Required: "At least 27" airports closed; the
# ministry's 337 drones over 14 regions (region None) and "91 of them over Moscow region"
# (breakdown by place), Sobyanin's 74; one killed and six injured at Domodedovo (actor `*`:
# "Debris"); Ukraine's "more than 120" drones at the Moscow area and "at least three" fuel depots
# hit; the airlines' "about 18.6 billion roubles" (the subhead restates: optional), Aeroflot's
# "7. 4 billion" (stray space kept), the 2.1 billion compensation, the airports' "up to 3
# billion"; 23 drones over Tatarstan (region `*`); the General Staff's 17 facilities (region `*`);
# the ministry's 4,615 drones in the quarter (region None). Debatable: "312" (headline and body),
# "four main airports", "eleven days", "14 regions", 2,940, "about 11,800", "about 410,000", the
# table, "roughly two tonnes", "hundreds of flights", "14%", "three nights a week", "146 hours",
# "two raids", "between 30 and 60 million". Non-claims: "4 April 2028", "09:30", "8 min read",
# "1 January", "31 March", 2026, "11–12 March", "almost nine hours", "more than two hours", "one
# night", A320, "forty minutes", "one airline planner", 2025, "1 April", and the furniture
# ("96.40", "0.3", "104.15", "0.1", "$71.20", "61 Boeing 737-800s", "5 billion a year", "€4",
# "12,400 readers", "2019–2028", "40203145512", "+371 2 614 0099").
rows(d, [
    ("Airlines put their losses at about 18.6 billion roubles", "about 18.6 billion", 18600000000, APX, A, ECO, N, A, A, A, A, R, A, True),  # subhead
    ("At least 27 airports were closed", "At least 27", 27, GE, "count", INF, N, A, A, A, A, R, A),
    ('"intercepted and destroyed" 337 Ukrainian', "337", 337, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("91 of them over Moscow region", "91", 91, EX, "count", W, "drone", "shot_down", R, U, R, R, Mo),
    ("reporting that 74 drones", "74", 74, EX, "count", W, "drone", "shot_down", R, U, R, R, Mo),
    ("where one woman was killed", "one", 1, EX, "count", CAS, N, "killed", A, R, R, R, Mo),
    ("and six people were injured", "six", 6, EX, "count", CAS, N, "injured", A, R, R, R, Mo),
    ('"more than 120" long-range drones', "more than 120", 120, GE, "count", W, "drone", "launched", U, R, U, R, Mo),
    ("at least three fuel depots", "at least three", 3, GE, "count", INF, N, A, A, R, U, R, Mo),
    ('for the quarter at "about 18.6 billion roubles"', "about 18.6 billion", 18600000000, APX, A, ECO, N, A, A, A, A, R, A),
    ("accounted for 7. 4 billion roubles", "7. 4 billion", 7400000000, EX, A, ECO, N, A, A, A, A, R, A),
    ("compensated airlines 2.1 billion roubles", "2.1 billion", 2100000000, EX, A, ECO, N, A, A, A, R, R, A),
    ("estimates at up to 3 billion roubles", "up to 3 billion", 3000000000, LE, A, ECO, N, A, A, A, A, R, A),
    ("said 23 drones were shot down", "23", 23, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ('"17 military and energy facilities"', "17", 17, EX, "count", INF, N, A, A, R, U, R, A),
    ("destroying 4,615 Ukrainian drones", "4,615", 4615, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
])
any_(d, [
    ("grounded Russian air travel 312 times", "312"),
    ("312 times between 1 January", "312"),
    ("Moscow's four main airports", "four"),
    ("at the same time on eleven days", "eleven"),
    ("over 14 regions", "14"),
    ("2,940 flights were cancelled", "2,940"),
    ("and about 11,800 delayed", "about 11,800"),
    ("about 410,000 passengers", "about 410,000"),
    ("Kazan | 31", "31"), ("31 | 118", "118"),
    ("Kaluga | 29", "29"), ("29 | 141", "141"),
    ("(Moscow) | 26", "26"), ("26 | 97", "97"),
    ("Sochi | 22", "22"), ("22 | 64", "64"),
    ("Novgorod | 19", "19"), ("19 | 88", "88"),
    ("roughly two tonnes of kerosene", "roughly two"),
    ("by hundreds of flights", "hundreds"),
    ("cut 14% of its routes", "14%"),
    ("closed three nights a week", "three"),
    ("a combined 146 hours", "146"),
    ("in those two raids", "two"),
    ("between 30 and 60 million roubles", "30 and 60 million"),
])

# ---------------------------------------------------------------- s02 telecom base stations
d = "s02_telecom_base_stations_q1.txt"
# A Ukrainian mobile operator's newsroom (Zvyazok Mobile) with its Q1 2028 network report in the
# company's "we"/"our" voice (claimant_side `*`); its CTO is `*` too. The Kharkiv regional
# military administration and the regulator NCEC speak for Ukraine; Russia's Defence Ministry for
# Russia. Country Ukraine. Required: 1,146 base stations off air (region None), "of which 212"
# damaged or destroyed (a different fate), 48 still out of service; the regional bullet list
# (341 with "77 of them" in Kharkiv, 218, 164, 131, 119, 173 in "other regions": region `*`); the
# "about 640 million hryvnias" of damage and the "1. 9 billion" invested in 2027 (stray space
# kept); three engineers killed (actor Russia, region `*`) and "two of them in Kherson region"
# (breakdown by place), four injured (actor `*`); 1,640 employees joined the army and 37 of them
# killed; the administration's 420 drones and 38 missiles (qualifier `*`: the list's third item is
# "about 600") and "about 600" guided bombs; the ministry's 17 communication hubs; NCEC's "about
# 4,900" base stations off air nationwide. Debatable: 1,098 restored, "20 kilometres", 2,300
# generators, "more than 18,000" batteries, "Around 60%", "roughly 9 per cent". Non-claims: "Q1
# 2028", "16 April 2028", "2022–2023", "48 hours", "31 March", "four hours instead of one", "at
# least four hours", "February 2022", "9 March", "one week", "14 February", and the furniture
# ("4.8 ★", "50 hryvnias", "5 GB", "112", "9,000+", "36 hours", "three networks", "15
# Degtyarivska St", "03113", "0 800 300 466", "No. 2819", "© 2028").
rows(d, [
    ("1,146 of our base stations", "1,146", 1146, EX, "count", INF, N, A, A, U, A, U, N),
    ("of which 212 were physically damaged", "212", 212, EX, "count", INF, N, A, A, U, A, U, N),
    ("48 base stations remained out of service", "48", 48, EX, "count", INF, N, A, A, A, A, U, N),
    ("Kharkiv region: 341 base stations", "341", 341, EX, "count", INF, N, A, A, U, A, U, Kh),
    ("341 base stations off air, 77 of them", "77", 77, EX, "count", INF, N, A, A, U, A, U, Kh),
    ("Dnipropetrovsk region: 218 off air", "218", 218, EX, "count", INF, N, A, A, U, A, U, Dp),
    ("Odesa region: 164 off air", "164", 164, EX, "count", INF, N, A, A, U, A, U, "Odesa"),
    ("Zaporizhzhia region: 131 off air", "131", 131, EX, "count", INF, N, A, A, U, A, U, "Zaporizhzhia"),
    ("Kyiv and Kyiv region: 119 off air", "119", 119, EX, "count", INF, N, A, A, U, A, U, "Kyiv"),
    ("other regions: 173 off air", "173", 173, EX, "count", INF, N, A, A, U, A, U, A),
    ("estimated at about 640 million hryvnias", "about 640 million", 640000000, APX, A, ECO, N, A, A, A, A, U, N),
    ("invested 1. 9 billion hryvnias", "1. 9 billion", 1900000000, EX, A, ECO, N, A, A, A, A, U, N),
    ("Three of our engineers were killed", "Three", 3, EX, "count", CAS, N, "killed", R, U, A, U, A),
    ("two of them in Kherson region", "two", 2, EX, "count", CAS, N, "killed", R, U, A, U, "Kherson"),
    ("Four more were injured", "Four", 4, EX, "count", CAS, N, "injured", A, U, A, U, A),
    ("1,640 Zvyazok employees have joined", "1,640", 1640, EX, "count", PER, N, A, U, A, A, U, A),
    ("37 of them have been killed", "37", 37, EX, "count", CAS, N, "killed", A, U, A, U, A),
    ("launched 420 attack drones", "420", 420, A, "count", W, "drone", "launched", R, U, U, U, Kh),
    ("and 38 missiles at the region", "38", 38, A, "count", W, "missile", "launched", R, U, U, U, Kh),
    ("dropped about 600 guided aerial bombs", "about 600", 600, APX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ('"destroyed 17 communication hubs"', "17", 17, EX, "count", INF, N, A, A, U, R, U, N),
    ("about 4,900 base stations were off air", "about 4,900", 4900, APX, "count", INF, N, A, A, A, U, U, N),
])
any_(d, [
    ("restored 1,098 sites", "1,098"),
    ("within 20 kilometres of the front line", "20"),
    ("operate 2,300 generators", "2,300"),
    ("more than 18,000 high-capacity batteries", "more than 18,000"),
    ("Around 60% of our base stations", "Around 60%"),
    ("roughly 9 per cent", "roughly 9"),
])

# ---------------------------------------------------------------- s03 fundraising platform
d = "s03_fundraising_platform_annual_report.txt"
# A Ukrainian volunteer fundraising platform's (Pidmoha) annual report for 2027 in its "we"/"you"
# voice (claimant_side `*`), with a battalion commander's and an air defence unit's figures
# (Ukraine) and a Russian Defence Ministry claim (Russia). Required: "1. 27 billion hryvnias"
# received (stray space kept; "846 million" in 2026: optional); the "What we bought" list:
# 14,380 FPV, 612 reconnaissance, 36 bomber and 2,150 interceptor drones (deliveries, everything
# but weapon_type `*`) and 511, 188 and 143 million hryvnias spent, "roughly 290 million" on the
# rest; the commander's 41 tanks, "about 120" armoured vehicles and 19 artillery pieces
# destroyed near Pokrovsk (Donetsk); the unit's 316 Shaheds shot down (Kharkiv); the ministry's
# "up to 300" drones in a warehouse (Dnipropetrovsk); two drivers killed by a Russian FPV drone
# near Kramatorsk (Donetsk). Optional: 1,200 for one brigade and "more than 900" each (subsets by
# recipient), six donors' vehicles destroyed, the "20,000" plan. Debatable: 212,000 donors, 187
# pickups, "two dozen" EW systems, "three batches", "eleven drones" in stock, "40–50 drones a
# week", "38 people", "14 business partners", "100%", "410 hryvnias", "12 million hryvnias", the
# two "thousands". Non-claims: "22 January 2028", "7 minutes", 2027, 2026, "our fourth annual
# report", "Mavic-class", "the 47th" (twice), June, "The 3rd Assault Brigade", "the 92nd", "the
# 155th", "September to November", "Shahed-type", "July and December", October, August, 2028, and
# the furniture ("3.1 MB", "(17)", "44581230", "0 800 21 77 35", the card number, "2022–2028").
rows(d, [
    ("gave 1. 27 billion hryvnias", "1. 27 billion", 1270000000, EX, A, ECO, N, A, A, A, A, U, A),
    ("up from 846 million hryvnias", "846 million", 846000000, EX, A, ECO, N, A, A, A, A, U, A, True),  # earlier state
    ("FPV drones: 14,380", "14,380", 14380, EX, "count", W, "drone", A, A, A, A, A, A),
    ("14,380, for 511 million hryvnias", "511 million", 511000000, EX, A, ECO, N, A, A, A, A, U, A),
    ("fixed-wing): 612", "612", 612, EX, "count", W, "drone", A, A, A, A, A, A),
    ("612, for 188 million hryvnias", "188 million", 188000000, EX, A, ECO, N, A, A, A, A, U, A),
    ('heavy "bomber" drones: 36', "36", 36, EX, "count", W, "drone", A, A, A, A, A, A),
    ("interceptor drones against Shaheds: 2,150", "2,150", 2150, EX, "count", W, "drone", A, A, A, A, A, A),
    ("187, for 143 million hryvnias", "143 million", 143000000, EX, A, ECO, N, A, A, A, A, U, A),
    ("roughly 290 million hryvnias", "roughly 290 million", 290000000, APX, A, ECO, N, A, A, A, A, U, A),
    ("1,200 FPV drones for the 47th", "1,200", 1200, EX, "count", W, "drone", A, A, A, A, A, A, True),  # subset
    ("each received more than 900", "more than 900", 900, GE, "count", W, "drone", A, A, A, A, A, A, True),  # subset
    ("destroyed 41 Russian tanks", "41", 41, EX, "count", W, "tank", "destroyed", U, R, U, U, Dn),
    ("and about 120 armoured vehicles", "about 120", 120, APX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Dn),
    ("took out 19 artillery pieces", "19", 19, EX, "count", W, "artillery", "destroyed", U, R, U, U, Dn),
    ("shot down 316 Shahed-type drones", "316", 316, EX, "count", W, "drone", "shot_down", U, R, U, U, Kh),
    ("with up to 300 drones", "up to 300", 300, LE, "count", W, "drone", "destroyed", R, U, R, U, Dp),
    ("Two of our volunteer drivers", "Two", 2, EX, "count", CAS, N, "killed", R, U, A, U, Dn),
    ("Six vehicles bought by our donors", "Six", 6, EX, "count", W, "vehicle", "destroyed", A, U, A, U, A, True),  # donor's own losses
    ("want to send 20,000", "20,000", 20000, EX, "count", W, "drone", A, A, A, A, A, A, True),  # plan
])
any_(d, [
    ("212,000 people donated", "212,000"),
    ("pickup trucks and minibuses: 187", "187"),
    ("electronic-warfare systems: two dozen", "two dozen"),
    ("delivered in three batches", "three"),
    ("that week was eleven drones", "eleven"),
    ("We deliver 40–50 drones a week", "40–50"),
    ("Our team of 38 people", "38"),
    ("fund of 14 business partners", "14"),
    ("so 100% of your donation", "100%"),
    ("in 2027 was 410 hryvnias", "410"),
    ("was 12 million hryvnias", "12 million"),
    ("launches thousands of Shaheds", "thousands"),
    ("with thousands of FPVs", "thousands"),
])

# ---------------------------------------------------------------- s04 Kerch ferry strike
d = "s04_turkish_outlet_kerch_ferry_strike.txt"
# A Turkish daily's English edition (Boğaz Postası) on a Ukrainian sea-drone strike on a Russian
# rail ferry at Port Kavkaz (Krasnodar region: region `*`). The Krasnodar operational headquarters
# ("Russian regional officials"), its deputy governor and the Defence Ministry speak for Russia;
# Ukraine's Navy spokesman for Ukraine; the Telegram war correspondents, the consulate, brokers,
# the Black Sea Exporters' Association and the Chamber of Shipping are `*`. Required: four killed
# and eleven injured (actor Ukraine), nine houses damaged; the ministry's six boats (shot_down)
# and 43 drones over Crimea and the Sea of Azov (country and region `*`); the Navy's seven sea
# drones and "three of which reached the target" (action `*`); the "2–3 boats" (range); "about
# 120" evacuated; "1. 1 billion roubles" of damage (stray space kept); exporters' "estimated $35
# million"; 14 Turkish-crewed ships damaged; the Navy's 29 Russian vessels. Optional: "Two Turkish
# nationals" (subset of the injured), "at least 3 ferries" (an "including" subset). Debatable:
# 38 tank wagons, 14 trucks, "about 40 units", "about 1,700 trucks", "1.5%", "1%", "$20
# million", "$300,000". Non-claims: "6 March 2028", "12:47", "18:05", "Avangard-3", "04:20",
# "a single drone", "one visit", 2023 (twice), and the furniture ("14°C", "BIST 100", "9,812",
# "41.37", "(214)", "1." and "2." list numbers, "4%", "3,180 dollars", "48,000 readers",
# "No: 212", "+90 212 555 01 88").
rows(d, [
    ("killing four crew members", "four", 4, EX, "count", CAS, N, "killed", U, R, R, R, A),
    ("and injuring eleven", "eleven", 11, EX, "count", CAS, N, "injured", U, R, R, R, A),
    ("damaged nine houses", "nine", 9, EX, "count", INF, N, A, A, R, R, R, A),
    ("Two Turkish nationals", "Two", 2, EX, "count", CAS, N, "injured", U, A, A, R, A, True),  # subset
    ('"destroyed six uncrewed boats"', "six", 6, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("as well as 43 fixed-wing drones", "43", 43, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ('"seven of our sea drones"', "seven", 7, EX, "count", W, "drone", "launched", U, R, U, R, A),
    ('"three of which reached the target"', "three", 3, EX, "count", W, "drone", A, U, R, U, R, A),
    ('"2–3 boats"', "2–3", A, A, "count", W, "drone", A, U, R, A, R, A),
    ("about 120 people", "about 120", 120, APX, "count", DIS, N, "evacuated", A, A, R, R, A),
    ("at 1. 1 billion roubles", "1. 1 billion", 1100000000, EX, A, ECO, N, A, A, A, R, R, A),
    ("lost an estimated $35 million", "$35 million", 35000000, APX, "usd", ECO, N, A, A, A, A, A, A),
    ("14 ships with Turkish crews", "14", 14, EX, "count", INF, N, A, A, A, A, A, A),
    ("damaged 29 Russian vessels", "29", 29, EX, "count", W, "ship", A, U, R, U, A, A),
    ("including at least 3 ferries", "at least 3", 3, GE, "count", W, "ship", A, U, R, U, A, A, True),  # subset
])
any_(d, [
    ("carrying 38 tank wagons", "38"),
    ("with fuel and 14 trucks", "14"),
    ('"about 40 units of military equipment"', "about 40"),
    ("about 1,700 trucks", "about 1,700"),
    ("risen to 1.5% of a ship's value", "1.5%"),
    ("from 1% in January", "1%"),
    ("worth $20 million", "$20 million"),
    ("that is $300,000 for one visit", "$300,000"),
])

# ---------------------------------------------------------------- s05 Lviv IDP housing
d = "s05_lviv_idp_housing_data.txt"
# A Lviv city news site's data desk (Lvivskyi Puls) on internally displaced people and their
# housing. The regional military administration, the city, its social protection department,
# the mayor and the Air Force speak for Ukraine; UNHCR for the United Nations; Russia's Defence
# Ministry for Russia. Country Ukraine, region Lviv unless noted. Required: 162,400 registered
# IDPs and the city's "121 thousand" (breakdown by place); 4,120 arrived under organised
# evacuation (region `*`) and "2,860 of them from Donetsk region" (breakdown by place); 312
# million hryvnias spent, UNHCR's "$4. 8 million" (stray space kept), 1.1 billion hryvnias paid in
# allowances (the outlet's voice); the 2 March strike's three killed and 19 injured (actor
# Russia), 26 buildings damaged, "Sixty-two" moved to other centres (evacuated); the Air Force's
# 64 drones and seven Kh-101 launched at western Ukraine and 58 drones and five missiles shot down
# (region `*`); the ministry's "up to 80" killed. Optional: "about 260 thousand" (earlier state),
# 38,900 children (subset). Debatable: the centres (214 twice), the table, 9,800 beds, 28 modular
# houses, "about 97,000" recipients, the allowances (2,000, 3,000), "140 displaced people",
# the plans (1,500, 30), "About 2,700" families, 12 apartments, "11%", "64%". Non-claims: "Four
# years on", "27 March 2028", "1 March" (twice), 2022, "Since 1 January", "more than a week",
# "about a third", 2027 (three times), "19 months", "2 March", Kh-101, "the next day", "within a
# year", and the furniture ("+9°", "👁 5 213", "6 addresses", "the 2028 rules", "7 Svobody Ave",
# "79000", "+380 32 245 17 70", "1,500 UAH", "2015–2028", "16+").
rows(d, [
    ("has 162,400 registered internally displaced", "162,400", 162400, EX, "count", DIS, N, A, A, A, U, U, Lv),
    ("a peak of about 260 thousand", "about 260 thousand", 260000, APX, "count", DIS, N, A, A, A, U, U, Lv, True),  # earlier state
    ("Of them, 38,900 are children", "38,900", 38900, EX, "count", DIS, N, A, A, A, U, U, Lv, True),  # subset
    ("accounts for 121 thousand", "121 thousand", 121000, EX, "count", DIS, N, A, A, A, U, U, Lv),
    ("Since 1 January, 4,120 people", "4,120", 4120, EX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("2,860 of them from Donetsk region", "2,860", 2860, EX, "count", DIS, N, "evacuated", A, A, U, U, Dn),
    ("spent 312 million hryvnias", "312 million", 312000000, EX, A, ECO, N, A, A, A, U, U, Lv),
    ("gave $4. 8 million", "$4. 8 million", 4800000, EX, "usd", ECO, N, A, A, A, UN, U, Lv),
    ("paid out 1.1 billion hryvnias", "1.1 billion", 1100000000, EX, A, ECO, N, A, A, A, A, U, Lv),
    ("Three of them were killed", "Three", 3, EX, "count", CAS, N, "killed", R, U, U, U, Lv),
    ("killed and 19 injured", "19", 19, EX, "count", CAS, N, "injured", R, U, U, U, Lv),
    ("26 buildings in the area", "26", 26, EX, "count", INF, N, A, A, U, U, U, Lv),
    ("Sixty-two residents were moved", "Sixty-two", 62, EX, "count", DIS, N, "evacuated", A, A, U, U, Lv),
    ("launched 64 drones", "64", 64, EX, "count", W, "drone", "launched", R, U, U, U, A),
    ("seven Kh-101 cruise missiles", "seven", 7, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("58 drones and five missiles were shot down", "58", 58, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("and five missiles were shot down", "five", 5, EX, "count", W, "missile", "shot_down", U, R, U, U, A),
    ('killing "up to 80"', "up to 80", 80, LE, "count", CAS, N, "killed", R, U, R, U, Lv),
])
any_(d, [
    ("ran 214 collective centres", "214"),
    ("Halytskyi | 41", "41"), ("41 | 1,820", "1,820"),
    ("Shevchenkivskyi | 52", "52"), ("52 | 2,110", "2,110"),
    ("Sykhivskyi | 47", "47"), ("47 | 1,260", "1,260"),
    ("Zaliznychnyi | 36", "36"), ("36 | 620", "620"),
    ("Total | 214", "214"), ("214 | 7,350", "7,350"),
    ("down from 9,800 beds", "9,800"),
    ("for 28 modular houses", "28"),
    ("about 97,000 recipients", "about 97,000"),
    ("the allowance is 2,000 hryvnias", "2,000"),
    ("and 3,000 for children", "3,000"),
    ("that housed 140 displaced people", "140"),
    ("move 1,500 people out of schools", "1,500"),
    ("close 30 collective centres", "30"),
    ("About 2,700 IDP families", "About 2,700"),
    ("built 12 apartments", "12"),
    ("found that 11% of IDPs", "11%"),
    ("and 64% say they will stay", "64%"),
])

# ---------------------------------------------------------------- s06 Trostianets court column
d = "s06_trostianets_court_column.txt"
# A local weekly's court column (Trostianets Herald) on a Russian tank commander sentenced in
# absentia, with the week's news from the district. The court's indictment, the prosecutor, the
# town council, the mayor, the Ukrainian forces, the Sumy regional military administration and the
# northern command speak for Ukraine; Russia's Defence Ministry for Russia. Country Ukraine,
# region Sumy. Required: 11 tanks and "about 90" servicemen (action `*`, actor Russia); 17 houses
# damaged and "four of them beyond repair"; 54 civilians killed (actor `*`); "about 50 units" of
# equipment destroyed or captured (weapon_type and action `*`) and "more than twenty tanks" among
# them; two killed and nine injured by Russian shelling, six of them in Velyka Pysarivka hromada
# (breakdown by place), 14 guided bombs; 1,340 evacuated; Russia's two villages seized. Optional:
# the mayor's "our 54 people" (restates), "212 of them children" (subset). Debatable: "at least
# 40 rounds", "Three residents", "two tractors", "6 tonnes", "480,000 hryvnias", "the three
# victims", "86 times", "10-kilometre", "five to ten people", "17,000 hryvnias", "300 fake
# bulletproof plates", "two officials", "3. 6 million hryvnias". Non-claims: "11 April 2028",
# "12 years" (twice), "March 2022" (twice), "34-year-old", "4th Guards", "1 March 2022", "26
# March", "26 days", "One, a retired railway worker", "a minibus", "15 years", "93rd", "the past
# week", "Since January", "46-year-old", "five years of probation", May, and the furniture
# ("No. 14 (3127)", "12 UAH", "6 months — 240 UAH", "12 months — 450 UAH", "61218", "4
# Nezalezhnosti St", "(05458) 5-12-77", "067 540 22 19").
rows(d, [
    ("with 11 tanks", "11", 11, EX, "count", W, "tank", A, R, U, U, U, Su),
    ("and about 90 servicemen", "about 90", 90, APX, "count", PER, N, A, R, U, U, U, Su),
    ("damaging 17 houses", "17", 17, EX, "count", INF, N, A, A, U, U, U, Su),
    ("four of them beyond repair", "four", 4, EX, "count", INF, N, A, A, U, U, U, Su),
    ("54 civilians of the Trostianets hromada", "54", 54, EX, "count", CAS, N, "killed", A, U, U, U, Su),
    ('"about 50 units"', "about 50", 50, APX, "count", W, A, A, U, R, U, U, Su),
    ("among them more than twenty tanks", "more than twenty", 20, GE, "count", W, "tank", A, U, R, U, U, Su),
    ("cannot bring back our 54 people", "54", 54, EX, "count", CAS, N, "killed", A, U, U, U, Su, True),  # restates
    ("killing two people", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, Su),
    ("and injuring nine", "nine", 9, EX, "count", CAS, N, "injured", R, U, U, U, Su),
    ("six were hit by FPV drones", "six", 6, EX, "count", CAS, N, "injured", R, U, U, U, Su),
    ("dropped 14 guided aerial bombs", "14", 14, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Su),
    ("Since January, 1,340 residents", "1,340", 1340, EX, "count", DIS, N, "evacuated", A, A, U, U, Su),
    ("212 of them children", "212", 212, EX, "count", DIS, N, "evacuated", A, A, U, U, Su, True),  # subset
    ('"liberated" two villages', "two", 2, EX, "count", TER, N, "seized", R, U, R, U, Su),
])
any_(d, [
    ('fired "at least 40 rounds"', "at least 40"),
    ("Three residents of Myru Street", "Three"),
    ('took "two tractors', "two"),
    ("stealing 6 tonnes of diesel", "6"),
    ("pay 480,000 hryvnias", "480,000"),
    ("to the three victims", "three"),
    ("region 86 times", "86"),
    ("of the 10-kilometre border zone", "10"),
    ('groups of "five to ten people"', "five to ten"),
    ("fined 17,000 hryvnias", "17,000"),
    ("sold 300 fake bulletproof plates", "300"),
    ("The case of two officials", "two"),
    ("stealing 3. 6 million hryvnias", "3. 6 million"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s56")
