"""Builds gold.jsonl for heldout21 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout21.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored."""

import pathlib

from bench.gold_tables import (
    APX,
    CAS,
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


# fmt: off
# ---------------------------------------------------------------- d01 Chuhuiv shelling verdict
d = "d01_chuhuiv_shelling_verdict_in_absentia.txt"
# A local outlet reports a Ukrainian court's verdict in absentia against three Russian artillery
# officers for the shelling of Chuhuiv (Kharkiv region) in 2022: country Ukraine, region Kharkiv for
# the episodes. The court ("According to the verdict", "the court found"), the prosecutors, the
# prosecutor Martynenko ("She added"), the regional prosecutor's office and the Office of the
# Prosecutor General speak for Ukraine; Russia's Investigative Committee for Russia. The victims of
# the shelling (11 killed and 34 wounded in all; the market episode's five and 12) are casualties
# with actor Russia (the battalion is the subject), target Ukraine; the Kochetok sentence ("a salvo
# ... killed two women, ... and injured three neighbours") names no perpetrator and no source (actor
# and claimant_side open). Shells fired ("at least 420", "about 60 rounds") are weapons (artillery),
# launched, Russia against Ukraine; the battalion's six howitzers are artillery with action and
# target open ("used" a launcher, not a munition). The 146 buildings damaged or destroyed are
# infrastructure with action and actor open. Civil claims granted (38.5 million hryvnias) are
# economic with unit and actor open. Accountability counts have no category in the vocabulary and
# are required with category, action, actor and target open: the 19 more suspects identified, the
# regional 27,000 and national 193,412 war crimes registered (country Ukraine; the national count
# region None), the 1,071 notices of suspicion and 248 convictions, and the Investigative
# Committee's counter-cases against "more than 160" Ukrainian judges and prosecutors (claimant_side
# Russia). The region's "at least 2,130" civilians killed name no perpetrator (actor open); "94
# children" among them is a subset (optional); the headline restates 11 (optional). Debatable:
# group sizes ("three Russian artillery officers", "two of his battery commanders", "all three",
# "the three men"),
# "four nearby villages", the episode counts (27, 23, four, "Twenty-three episodes", "these 23
# episodes"), "within two kilometres", victims recognised (41, 61: relatives included), "about 40"
# in custody, the ICC's six warrants and the Register of Damage's "more than 85,000" claims.
# Non-claims: the sentences ("between 12 and 15 years"), Article 438, "288th Artillery Brigade",
# 2S19, dates, "half an hour", ages (nine-year-old, 71, 68, 41), "the 14th" (ordinal), "a 2024
# law", 2025, the hotline 0 800 501 482 and the furniture (-6°C, 6 min read, 1,432 views, share
# counts, the Read also links' 4 years, 447 graves, 9 schools and 2,300 claims, "6 days a week",
# 12,400 subscribers, 17 comments, the registration ID).
K = "Kharkiv"
rows(d, [
    ("over Chuhuiv shelling that killed 11", "11", 11, EX, "count", CAS, N, "killed", R, U, A, U, K, True),  # headline
    ("attacks that prosecutors say killed 11 civilians", "11", 11, EX, "count", CAS, N, "killed", R, U, U, U, K),
    ("and wounded 34 others", "34", 34, EX, "count", CAS, N, "injured", R, U, U, U, K),
    ("the battalion used six 2S19 Msta-S", "six", 6, EX, "count", W, "artillery", A, R, A, U, U, K),
    ("fired at least 420 high-explosive shells", "at least 420", 420, GE, "count", W, "artillery", "launched", R, U, U, U, K),
    ("fired about 60 rounds at the market area", "about 60", 60, APX, "count", W, "artillery", "launched", R, U, U, U, K),
    ("killing five people and wounding 12", "five", 5, EX, "count", CAS, N, "killed", R, U, U, U, K),
    ("killing five people and wounding 12", "12", 12, EX, "count", CAS, N, "injured", R, U, U, U, K),
    ("in the village of Kochetok killed two women", "two", 2, EX, "count", CAS, N, "killed", A, U, A, U, K),
    ("and injured three neighbours", "three", 3, EX, "count", CAS, N, "injured", A, U, A, U, K),
    ("had damaged or destroyed 146 residential buildings", "146", 146, EX, "count", INF, N, A, A, U, U, U, K),
    ("identified 19 more servicemen of the same brigade", "19", 19, EX, "count", A, N, A, A, A, U, A, A),
    ("civil claims of 38.5 million hryvnias", "38.5 million", 38500000, EX, A, ECO, N, A, A, A, U, U, K),
    ("documented more than 27,000 war crimes", "more than 27,000", 27000, GE, "count", A, N, A, A, A, U, U, K),
    ("recorded the killing of at least 2,130 civilians", "at least 2,130", 2130, GE, "count", CAS, N, "killed", A, U, U, U, K),
    ("including 94 children", "94", 94, EX, "count", CAS, N, "killed", A, U, U, U, K, True),  # subset
    ("registered 193,412 war crimes", "193,412", 193412, EX, "count", A, N, A, A, A, U, U, N),
    ("served notices of suspicion on 1,071 people", "1,071", 1071, EX, "count", A, N, A, A, A, U, A, A),
    ("Courts have so far convicted 248 of them", "248", 248, EX, "count", A, N, A, A, A, U, A, A),
    ('cases against "more than 160" Ukrainian judges', "more than 160", 160, GE, "count", A, N, A, A, A, R, A, A),
])
any_(d, [
    ("Court jails three Russian artillery officers", "three"),
    ("sentenced three Russian artillery officers", "three"),
    ("Chuhuiv and four nearby villages", "four"),
    ("and two of his battery commanders", "two"),
    ("all three are still serving", "three"),
    ("Twenty-three episodes", "Twenty-three"),
    ("listed 27 separate episodes", "27"),
    ("upheld 23 of them", "23"),
    ("dropped four for lack of evidence", "four"),
    ("within two kilometres of most of the impact sites", "two"),
    ("Every one of these 23 episodes", "23"),
    ("brought by 41 victims", "41"),
    ("recognised 61 people as victims", "61"),
    ("recovered from the three men", "three"),
    ("only about 40 are in Ukrainian custody", "about 40"),
    ("has issued six arrest warrants", "six"),
    ("received more than 85,000 claims", "more than 85,000"),
])

# ---------------------------------------------------------------- d02 Poland rail sabotage charges
d = "d02_poland_rail_sabotage_charges.txt"
# Hybrid sabotage in Poland and Lithuania. Neither country is in the vocabulary of sides and
# countries: Polish and Lithuanian bodies (prosecutors, ABW, Siemoniak "He said ... he added", the
# Air Navigation Services Agency, the Operational Command, the VSD, Tusk), the logistics company and
# the Tallinn research group have claimant_side open, and events in Poland and Lithuania have
# country open; national Polish figures have region None, the rest region open (voivodeships are
# outside the vocabulary). Zakharova (Russian Foreign Ministry) speaks for Russia. People charged
# or detained (six charged, eight detained, Siemoniak's 61 charged since 2024, the VSD's two men,
# Zakharova's "more than 30 Russian citizens") have no category in the vocabulary: required with
# category, action, actor and target open. The headline, "Six were charged" and "the eight detained
# this week" restate (optional); the detainees' nationalities (five Ukrainians, two Belarusians) are
# subsets (optional). Money: the warehouse's "estimated €23 million" (approximate, seeds' "an
# estimated $1.1 million") and the damage that "exceeded 400 million zlotys" (at_least) are
# economic with unit open (euros and zlotys, as hryvnias); "about 1,200 tonnes" of supplies among
# the goods is a subset (optional); the planned 2.3 billion zlotys is a pledge (optional). The two
# injured firefighters name no perpetrator (actor open). Drone sightings (31 in December, 12 in
# November) are weapons (drone) with action, actor and target open; the three Gerbera decoys shot
# down by "Polish and allied aircraft" are shot_down, actor open (Poland is not a side), target
# Russia; the two Dutch F-35s are aircraft with action and actor open. Tusk's "up to 10,000
# soldiers on guard duty" are personnel deployed (actor open). Debatable: "four voivodeships", "two
# were released", 468 passengers, "no one was hurt", "about 400 grams", 40 generators, the payments
# per task ($500, $7,000, $15,000: prices), "at least 19" acts of sabotage, the airport
# suspensions ("three times", "twice"), Vilnius's 17 closures and "more than 600 balloons", the
# research group's 152 incidents and "47 of them", "roughly tripled". Non-claims: dates, Article
# 130, "up to life imprisonment", "Warsaw–Lublin", F-16, "about four hours", years and the furniture
# (96 comments, the Most read list's 1.8 million shells, 2 refineries and 90%, "5 stories", 38,000
# readers, €4.99, €49, the KRS number and the postcode).
rows(d, [
    ("Poland charges six over rail blast", "six", 6, EX, "count", A, N, A, A, A, A, A, A, True),  # headline
    ("Polish prosecutors on Thursday charged six people", "six", 6, EX, "count", A, N, A, A, A, A, A, A),
    ("detained eight people in raids", "eight", 8, EX, "count", A, N, A, A, A, A, A, A),
    ("Six were charged under Article 130", "Six", 6, EX, "count", A, N, A, A, A, A, A, A, True),  # restates
    ("The detainees include five Ukrainian citizens", "five", 5, EX, "count", A, N, A, A, A, A, A, A, True),  # subset
    ("two Belarusians and a Polish man", "two", 2, EX, "count", A, N, A, A, A, A, A, A, True),  # subset
    ("valued at an estimated €23 million", "€23 million", 23000000, APX, A, ECO, N, A, A, A, A, A, A),
    ("about 1,200 tonnes of medical supplies", "about 1,200", 1200, APX, A, ECO, N, A, A, A, A, A, A, True),  # subset of the goods
    ("Two firefighters were injured", "Two", 2, EX, "count", CAS, N, "injured", A, A, A, A, A),
    ("had charged 61 people with sabotage", "61", 61, EX, "count", A, N, A, A, A, A, A, N),
    ("exceeded 400 million zlotys", "400 million", 400000000, GE, A, ECO, N, A, A, A, A, A, N),
    ("recorded 31 drone sightings", "31", 31, EX, "count", W, "drone", A, A, A, A, A, N),
    ("up from 12 in November", "12", 12, EX, "count", W, "drone", A, A, A, A, A, N),
    ("shot down three drones that had crossed", "three", 3, EX, "count", W, "drone", "shot_down", A, R, A, A, A),
    ("Two Dutch F-35 fighters", "Two", 2, EX, "count", W, "aircraft", A, A, A, A, A, A),
    ("had detained two men suspected", "two", 2, EX, "count", A, N, A, A, A, A, A, A),
    ('detained "more than 30 Russian citizens"', "more than 30", 30, GE, "count", A, N, A, A, A, R, A, A),
    ("among the eight detained this week", "eight", 8, EX, "count", A, N, A, A, A, A, A, A, True),  # restates
    ("now had up to 10,000 soldiers on guard duty", "up to 10,000", 10000, LE, "count", PER, N, "deployed", A, A, A, A, N),
    ("spend 2.3 billion zlotys", "2.3 billion", 2300000000, EX, A, ECO, N, A, A, A, A, A, N, True),  # pledge
])
any_(d, [
    ("in four voivodeships", "four"),
    ("and two were released under police supervision", "two"),
    ("an Intercity train carrying 468 passengers", "468"),
    ("braked; no one was hurt", "no one"),
    ("contained about 400 grams", "about 400"),
    ("Among them were 40 diesel generators", "40"),
    ("paid between $500 and $7,000", "$500"),
    ("$500 and $7,000 in cryptocurrency", "$7,000"),
    ("had been promised $15,000", "$15,000"),
    ("at least 19 acts or attempted acts", "at least 19"),
    ("suspended flights three times in December", "three"),
    ("and Lublin airport twice", "twice"),
    ("has been closed 17 times since October", "17"),
    ("counted more than 600 balloons", "more than 600"),
    ("has counted 152 suspected", "152"),
    ("47 of them in Poland", "47"),
    ("had roughly tripled in 2025", "roughly tripled"),
])

# ---------------------------------------------------------------- d03 stabilisation point, Zaporizhzhia
d = "d03_zaporizhzhia_stabilisation_point.txt"
# A health magazine's reportage from a military stabilisation point west of Orikhiv: country
# Ukraine, region Zaporizhzhia for the local figures. The point's head Lis ("said its head", "He
# added"), the deputy commander Skyba ("he said", "He said"), the point's logbook, Fedorov (regional
# military administration) and the Health Ministry speak for Ukraine; Russia's Defence Ministry and
# its "Dnepr" group for Russia; a sentence with no attribution of its own ("The busiest day ...
# 114", "Eleven of the vehicles") has claimant_side open. Wounded soldiers received are casualties,
# injured, target Ukraine, actor open (the sentences name no perpetrator): the range "Between 30 and
# 70" a day (both ends, qualifier open, as heldout20's range), December's 1,486 and the busiest
# day's 114. The medics "lost ... killed and ... wounded" name no perpetrator (actor open); "two of
# the dead were drivers" is a subset (optional). Armoured evacuation vehicles: the 12 the company
# had (actor Ukraine, action open), five destroyed (destroyed) and three damaged (action open) "by
# Russian drones" (actor Russia, target Ukraine). Decided anew: ambulances hit by Russian drones and
# artillery (43) are the story's subject and are required with category and action open (civilian
# vehicles: neither weapon nor infrastructure); "Eleven of the vehicles could not be repaired" is a
# subset (optional). Fedorov's six killed and 21 wounded have actor Russia (same sentence). The
# Health Ministry's 2,280 facilities damaged and 318 destroyed are infrastructure with action open
# (actor Russia: "Russian attacks"), its 247 health workers killed are casualties (actor Russia),
# nationwide (region None). The Russian ministry's "up to 115 servicemen", four armoured vehicles and
# two ammunition depots "lost" are a list: action open, actor Russia, target Ukraine; the unqualified
# items have qualifier open, the depots category open. The need for "at least eight more" armoured
# vehicles is optional. Debatable: "about 15 kilometres", the team ("four surgeons, six nurses"),
# the shares of drone wounds (about 80%, roughly 45%), "one stretcher", the robots' evacuations (140,
# 35), "nearly a third", the WHO's "more than 2,700 attacks" (incident count), "roughly 60
# kilometres", "about 40 units" of blood, "twice a week", "About one in five", the two vehicles
# funded by volunteers. Non-claims: dates, "24 hours", ages (38), "Two years ago", "two or three
# days", "within an hour", "a second vehicle", model names (Kozak-2, M113, Mavic, Molniya), years
# and the furniture (1,214 saves, 9 min read, 2,860 donors, 100 hryvnias, the Read more links' "3
# out of 4", 900 a month and 210 doctors, the phone number and opening hours).
Z = "Zaporizhzhia"
rows(d, [
    ("Between 30 and 70 wounded soldiers", "30", 30, A, "count", CAS, N, "injured", A, U, U, U, Z),
    ("Between 30 and 70 wounded soldiers", "70", 70, A, "count", CAS, N, "injured", A, U, U, U, Z),
    ("the point received 1,486 wounded", "1,486", 1486, EX, "count", CAS, N, "injured", A, U, U, U, Z),
    ("when 114 arrived in 24 hours", "114", 114, EX, "count", CAS, N, "injured", A, U, A, U, Z),
    ("Of the 12 armoured evacuation vehicles", "12", 12, EX, "count", W, "armored_vehicle", A, U, A, U, U, Z),
    ("five have been destroyed and three damaged", "five", 5, EX, "count", W, "armored_vehicle", "destroyed", R, U, U, U, Z),
    ("five have been destroyed and three damaged", "three", 3, EX, "count", W, "armored_vehicle", A, R, U, U, U, Z),
    ("lost seven medics killed and 19 wounded", "seven", 7, EX, "count", CAS, N, "killed", A, U, U, U, Z),
    ("lost seven medics killed and 19 wounded", "19", 19, EX, "count", CAS, N, "injured", A, U, U, U, Z),
    ("two of the dead were drivers", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Z, True),  # subset
    ("hit 43 ambulances of the regional emergency service", "43", 43, EX, "count", A, N, A, R, U, U, U, Z),
    ("killing six paramedics and drivers", "six", 6, EX, "count", CAS, N, "killed", R, U, U, U, Z),
    ("and wounding 21", "21", 21, EX, "count", CAS, N, "injured", R, U, U, U, Z),
    ("Eleven of the vehicles could not be repaired", "Eleven", 11, EX, "count", A, N, A, A, U, A, U, Z, True),  # subset
    ("have damaged 2,280 medical facilities", "2,280", 2280, EX, "count", INF, N, A, R, U, U, U, N),
    ("and destroyed 318 outright", "318", 318, EX, "count", INF, N, A, R, U, U, U, N),
    ("killed 247 health workers on duty", "247", 247, EX, "count", CAS, N, "killed", R, U, U, U, N),
    ('had lost "up to 115 servicemen"', "up to 115", 115, LE, "count", CAS, N, A, R, U, R, U, Z),
    ("four armoured vehicles and two field", "four", 4, A, "count", W, "armored_vehicle", A, R, U, R, U, Z),
    ("two field ammunition depots", "two", 2, A, "count", A, N, A, R, U, R, U, Z),
    ("needs at least eight more armoured vehicles", "at least eight", 8, GE, "count", W, "armored_vehicle", A, U, A, U, U, Z, True),  # a need
])
any_(d, [
    ("about 15 kilometres from the front line", "about 15"),
    ("four surgeons, six nurses", "four"),
    ("four surgeons, six nurses", "six"),
    ("Now about 80% of what we see", "about 80%"),
    ("had been roughly 45% when he arrived", "roughly 45%"),
    ("can carry one stretcher", "one"),
    ("made 140 evacuations in December", "140"),
    ("up from 35 in June", "35"),
    ("nearly a third of the service's ambulances", "nearly a third"),
    ("verified more than 2,700 attacks", "more than 2,700"),
    ("roughly 60 kilometres away", "roughly 60"),
    ("about 40 units of blood", "about 40"),
    ("resupplies it twice a week", "twice"),
    ("About one in five of the wounded", "About one in five"),
    ("raised the money for two in December", "two"),
])

# ---------------------------------------------------------------- d04 Odesa ports, grain corridor
d = "d04_odesa_ports_strikes_grain_corridor.txt"
# A shipping trade newsletter on Russian strikes on Chornomorsk and Izmail (both in the Odesa
# region: country Ukraine, region Odesa) and on the corridor's volumes. The Air Force ("it said"),
# Kiper, the Southern Defence Forces, Kuleba ("He said"), USPA, the Ministry of Economy and the
# Navy's Pletenchuk speak for Ukraine; Russia's Defence Ministry for Russia; Romania's ministry, the
# brokers and the newsletter's own tracking, and sentences without their own attribution (the lead,
# the breakdown of the missiles by type, "Two people were injured", "Agricultural products made up
# ...", the Danube and vessel-call figures) have claimant_side open. Strikes: drones and missiles
# launched (58, six; 33 at Izmail) are launched, Russia against Ukraine, and the breakdown by type
# (four Iskander-M, two Kalibr) is required; those destroyed in the air (49 drones, two missiles;
# 27 at Izmail) are shot_down, Ukraine against Russia. Silos and ships damaged or destroyed ("two
# foreign-flagged ships", "two of its silos", "more than 420" facilities and 28 vessels) are
# infrastructure with action open (as heldout19's silos and vessels); "the strike hit ...,
# destroying two of its silos" has actor open, Kuleba's "Russian strikes" actor Russia. The lead's
# "about 17,000 tonnes of wheat" destroyed is economic with unit open (tonnes), actor Russia.
# Casualties: Kiper's seven injured and Kuleba's 14 killed name no perpetrator (actor open; the 14
# include foreign seafarers: target open); "three of them crew members" is a subset (optional). The
# Russian ministry's "up to 12" uncrewed boats destroyed have weapon_type open (as heldout19). The
# two Romanian F-16s are aircraft with action and actor open (Romania is not a side; country
# open). Volumes: USPA's 9.1 million tonnes, the 6.4 million of agricultural products (breakdown by
# type), the Danube's "about 1.3 million", the corridor's "more than 185 million" are economic with
# unit open; "including about 118 million tonnes of grain" is a subset (optional). Vessel calls
# (318, 286) are required with category open (as heldout20's trains counted). Insurance: the
# facility's $11.6 million paid out is economic (usd); the freight-rate rise of "about 8%" is an
# economic percentage (own tracking: claimant_side open). The Navy's two missile carriers (ship)
# and "up to 16" Kalibr on duty in the Black Sea have action open, actor Russia, country and region
# open. Debatable: "in two attacks", "the three Greater Odesa ports", the premium rates ("about
# 1%", 0.7%: prices), the cost per call ("roughly $84,000"), "more than 1,900 voyages" insured.
# Non-claims: the ship's value ($28 million), "seven-day call", "12.5%" (wheat grade) and the price
# ticker, dates, years, "a ship", "a port worker", Iskander-M, Kalibr, Shahed, Panamax, Handysize and the furniture (6 min, 48 KB,
# the Related links' 3 berths, 185 million tonnes and 1%, £390, £45, "5 users", the company number).
ODS = "Odesa"
rows(d, [
    ("damaging two foreign-flagged ships", "two", 2, EX, "count", INF, N, A, R, U, A, U, ODS),
    ("destroying about 17,000 tonnes of wheat", "about 17,000", 17000, APX, A, ECO, N, A, R, U, A, U, ODS),
    ("Russia launched 58 Shahed-type drones", "58", 58, EX, "count", W, "drone", "launched", R, U, U, U, ODS),
    ("and six missiles at the Odesa region", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, ODS),
    ("destroyed 49 of the drones", "49", 49, EX, "count", W, "drone", "shot_down", U, R, U, U, ODS),
    ("and two of the missiles, it said", "two", 2, EX, "count", W, "missile", "shot_down", U, R, U, U, ODS),
    ("were four Iskander-M ballistic missiles", "four", 4, EX, "count", W, "missile", "launched", R, U, A, U, ODS),
    ("and two Kalibr cruise missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, A, U, ODS),
    ("destroying two of its silos", "two", 2, EX, "count", INF, N, A, A, U, U, U, ODS),
    ("seven people were injured, Kiper said", "seven", 7, EX, "count", CAS, N, "injured", A, U, U, U, ODS),
    ("three of them crew members", "three", 3, EX, "count", CAS, N, "injured", A, A, U, U, ODS, True),  # subset
    ("Two people were injured", "Two", 2, EX, "count", CAS, N, "injured", A, U, A, U, ODS),
    ("Russia launched 33 drones at the Izmail district", "33", 33, EX, "count", W, "drone", "launched", R, U, U, U, ODS),
    ("of which 27 were shot down", "27", 27, EX, "count", W, "drone", "shot_down", U, R, U, U, ODS),
    ("scrambled two F-16 jets", "two", 2, EX, "count", W, "aircraft", A, A, A, A, A, A),
    ("damaged or destroyed more than 420 port infrastructure facilities", "more than 420", 420, GE, "count", INF, N, A, R, U, U, U, ODS),
    ("and 28 civilian vessels", "28", 28, A, "count", INF, N, A, R, U, U, U, ODS),
    ("He said 14 foreign seafarers", "14", 14, EX, "count", CAS, N, "killed", A, A, U, U, ODS),
    ("destroying up to 12 of the boats", "up to 12", 12, LE, "count", W, A, "destroyed", R, U, R, U, ODS),
    ("handled 9.1 million tonnes of cargo", "9.1 million", 9100000, EX, A, ECO, N, A, A, A, U, U, ODS),
    ("made up 6.4 million tonnes of the total", "6.4 million", 6400000, EX, A, ECO, N, A, A, A, A, U, ODS),
    ("handled about 1.3 million tonnes more", "about 1.3 million", 1300000, APX, A, ECO, N, A, A, A, A, U, ODS),
    ("A total of 318 vessels called", "318", 318, EX, "count", A, N, A, A, A, A, U, ODS),
    ("up from 286 in November", "286", 286, EX, "count", A, N, A, A, A, A, U, ODS),
    ("has carried more than 185 million tonnes", "more than 185 million", 185000000, GE, A, ECO, N, A, A, A, U, U, ODS),
    ("including about 118 million tonnes", "about 118 million", 118000000, APX, A, ECO, N, A, A, A, U, U, ODS, True),  # subset
    ("paid out $11.6 million in claims", "$11.6 million", 11600000, EX, "usd", ECO, N, A, A, A, U, U, A),
    ("rose by about 8% in the week", "about 8%", 8, APX, "percent", ECO, N, A, A, A, A, A, A),
    ("keeping two missile carriers on combat duty", "two", 2, EX, "count", W, "ship", A, R, A, U, A, A),
    ("up to 16 Kalibr missiles", "up to 16", 16, LE, "count", W, "missile", A, R, A, U, A, A),
])
any_(d, [
    ("in two attacks over the past week", "two"),
    ("called at the three Greater Odesa ports", "three"),
    ("to about 1% of a ship's hull value", "about 1%"),
    ("from 0.7% in December", "0.7%"),
    ("adds roughly $84,000 to the cost", "roughly $84,000"),
    ("insured more than 1,900 voyages", "more than 1,900"),
])

# ---------------------------------------------------------------- d05 Z-bloggers' weekly claims
d = "d05_z_bloggers_weekly_claims_roundup.txt"
# A weekly monitoring newsletter translates Russian military Telegram channels (a bullet list) and
# sets Ukraine's figures against them. Decided anew: the pro-war channels and bloggers (Rybar, Two
# Majors, WarGonzo, Military Chronicle, Podolyaka, Khodakovsky: "It also said", "complained") speak
# for Russia, as DeepState speaks for Ukraine (the seeds); Russia's Defence Ministry for Russia;
# Trehubov ("he said", "he added"), the General Staff, DeepState and the Centre for Countering
# Disinformation for Ukraine. The Centre's report of what "Russian channels had 'destroyed'" (14
# HIMARS) carries the Russian claim in the Centre's voice: claimant_side open. Places: Huliaipole
# and Zelenyi Hai Zaporizhzhia, Kupiansk Kharkiv, Kostiantynivka and Pokrovsk Donetsk; whole-front
# and multi-region figures region open (the Russian ministry's Ukrainian losses "along the whole
# front" region None, as heldout20; nationwide launches and energy facilities region None); Russia's
# shoot-downs over Bryansk and Kursk country Russia, region open. Advances in kilometres are
# territory, km, action open (seeds' 12 km); areas "gained", "captured" or recorded as "gains" are
# seized; settlements the ministry "had taken control of" have action open (seized or controlled).
# Ukrainian losses claimed by Russia (killed and wounded) have action open, actor Russia, target
# Ukraine; Russian losses claimed by Ukraine have actor open, target Russia, and the weekly
# nationwide 8,960 country and region open (heldout20). "units of equipment" are weapons with
# weapon_type open; the "11 tanks and infantry fighting vehicles" among them and "nine of them
# Western-made" are subsets (optional). Podolyaka's garrison "1,500-2,000 men" is a range of
# Ukrainian personnel (both ends required, qualifier open, action and target open). Khodakovsky's
# "at least 15" Russian trucks destroyed by Ukrainian drones are vehicles, actor Ukraine, target
# Russia, claimant Russia. Ukraine's "fewer than 40" HIMARS received: weapons (mlrs), action,
# actor and target open. The headline's 600 and "Rybar's 35 square kilometres" restate (optional).
# Debatable: "taken twice", "up to eight out of every ten", "retaken the village twice", "three
# times over". Non-claims: subscriber and view counts (1.4 million, about 700,000: channels, not
# the war), "Issue 212", dates, "seven days", "24 hours", "two or three days", "a week", Geran,
# HIMARS, "Rubikon" and the furniture (8 min read, 41 comments, 4,100 members, €6, the archive's
# 10 cauldrons, 1,000 losses a day and 3 million roubles).
D, Kh = "Donetsk", "Kharkiv"
rows(d, [
    ('"Cauldrons", 600 dead', "600", 600, EX, "count", CAS, N, A, R, U, A, U, Kh, True),  # headline
    ('"advanced up to 4 kilometres"', "up to 4", 4, LE, "km", TER, N, A, R, U, R, U, Z),
    ('bulge of "about 35 square kilometres"', "about 35", 35, APX, "km2", TER, N, "seized", R, U, R, U, Z),
    ('had lost "more than 600 killed and wounded"', "more than 600", 600, GE, "count", CAS, N, A, R, U, R, U, Kh),
    ('"at least 40 units of equipment"', "at least 40", 40, GE, "count", W, A, "destroyed", R, U, R, U, Kh),
    ("including 11 tanks and infantry fighting vehicles", "11", 11, EX, "count", W, A, "destroyed", R, U, R, U, Kh, True),  # subset
    ("had destroyed 37 Ukrainian armoured vehicles", "37", 37, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, U, D),
    ("nine of them Western-made", "nine", 9, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, U, D, True),  # subset
    ('shot down "over 250" Ukrainian drones', "over 250", 250, GE, "count", W, "drone", "shot_down", R, U, R, R, A),
    ('launched "about 1,900" Geran drones', "about 1,900", 1900, APX, "count", W, "drone", "launched", R, U, R, U, N),
    ("struck 14 energy facilities", "14", 14, EX, "count", INF, N, A, R, U, R, U, N),
    ('and that "more than 20" Ukrainian trains', "more than 20", 20, GE, "count", INF, N, A, A, U, R, U, N),
    ("had captured 38 square kilometres", "38", 38, EX, "km2", TER, N, "seized", R, U, R, U, D),
    ('"down to 1,500-2,000 men"', "1,500", 1500, A, "count", PER, N, A, U, A, R, U, D),
    ('"down to 1,500-2,000 men"', "2,000", 2000, A, "count", PER, N, A, U, A, R, U, D),
    ('destroyed "at least 15" Russian supply trucks', "at least 15", 15, GE, "count", W, "vehicle", "destroyed", U, R, R, U, D),
    ('had lost "up to 1,310 servicemen"', "up to 1,310", 1310, LE, "count", CAS, N, A, R, U, R, U, N),
    ("taken control of three settlements", "three", 3, EX, "count", TER, N, A, R, U, R, U, A),
    ("and two villages in the Donetsk region", "two", 2, EX, "count", TER, N, A, R, U, R, U, D),
    ("had advanced less than 1 kilometre", "less than 1", 1, LE, "km", TER, N, A, R, U, U, U, Z),
    ("Russia had lost 1,420 soldiers", "1,420", 1420, EX, "count", CAS, N, A, A, R, U, U, Kh),
    ("at 8,960 killed and wounded", "8,960", 8960, EX, "count", CAS, N, A, A, R, U, A, A),
    ("destroyed 24 Russian tanks", "24", 24, EX, "count", W, "tank", "destroyed", U, R, U, A, A),
    ("and 61 artillery systems", "61", 61, EX, "count", W, "artillery", "destroyed", U, R, U, A, A),
    ("Russian gains of 71 square kilometres", "71", 71, EX, "km2", TER, N, "seized", R, U, U, U, A),
    ("12 of them in the Huliaipole direction", "12", 12, EX, "km2", TER, N, "seized", R, U, U, U, Z),
    ('had "destroyed" 14 HIMARS launchers', "14", 14, EX, "count", W, "mlrs", "destroyed", R, U, A, U, N),
    ("received fewer than 40 of the systems", "fewer than 40", 40, LE, "count", W, "mlrs", A, A, A, U, U, N),
    ("Rybar's 35 square kilometres", "35", 35, A, "km2", TER, N, "seized", R, U, A, U, Z, True),  # restates
    ("compare with 29 recorded by DeepState", "29", 29, EX, "km2", TER, N, "seized", R, U, U, U, Z),
])
any_(d, [
    ("a village taken twice", "twice"),
    ('"up to eight out of every ten men"', "up to eight"),
    ("retaken the village twice", "twice"),
    ("lost its army three times over", "three times"),
])

# ---------------------------------------------------------------- d06 Ukrzaliznytsia under attack
d = "d06_ukrzaliznytsia_locomotives_hit.txt"
# A transport outlet on a week of Russian attacks on Ukraine's railway, with a table by region.
# Ukrzaliznytsia ("it said", "according to the company", the table), Pertsovskyi ("he said"),
# Governor Hryhorov, the Air Force and Kuleba ("he added") speak for Ukraine; Russia's Defence
# Ministry for Russia; a sentence without its own attribution (the two drones at Shostka, October's
# 30 injured, "More than 1,000 have been wounded") has claimant_side open. Locomotives, cars, trains
# and stations hit, damaged or destroyed are infrastructure with action open (as heldout20's tank
# wagons); the week's 11 and the breakdown by type (seven shunters, four electric) are required,
# the headline restates (optional); the breakdown sentence names no attacker (actor open).
# Casualties with "Russian drones and missiles" or "Russian strikes" as subject have actor Russia;
# Shostka's "Twenty-seven passengers were injured" and October's "a drone strike ... injured 30"
# name no perpetrator (actor open); "including four children" is a subset (optional). The two
# Geran-2 drones that "struck" the train are weapons (drone) with action open, actor Russia. The
# table ("Russian attacks ... according to Ukrzaliznytsia": actor Russia, target Ukraine, claimant
# Ukraine) is labelled by row region (Poltava outside the vocabulary: region open) and column:
# locomotives hit (infrastructure), injured, killed; the Attacks column is an incident count and
# the zero cells are zero statements (debatable); the Total row restates the lead (optional, its
# attacks cell debatable). The 310 million hryvnias of repairs are economic (unit open). The
# year's 326 locomotives and "more than 1,700" cars damaged or destroyed and 44 workers killed are
# nationwide (region None). Employees killed since 2022 (879) with the breakdown by place (171 on
# the railway, region None; 708 at the front, country and region open) and "More than 1,000"
# wounded name no perpetrator (actor open). The Russian ministry's three trains destroyed (three
# regions: region open). The Air Force's launches and interceptions are nationwide. Kuleba's six
# stations damaged have actor open. The planned €150 million loan and 35 locomotives are pledges
# (optional). Debatable: "more than half", the Attacks column and zero cells, "Trains on 14
# routes", "about 2,600 attacks" (incident count), "nearly three times", "about 400 of its roughly
# 1,600" locomotives protected. Non-claims: dates, 08:10, "the second train", age 56, "up to nine
# hours", "within 24 hours", Geran-2, years, the information line and the furniture (5 min read,
# 3,906 views, "9 years", the Popular links' 7 trains, 6% and 8 trains, 249 hryvnias, 14-day).
S, Dn = "Sumy", "Dnipropetrovsk"
rows(d, [
    ("Drones hit 11 locomotives in a week", "11", 11, EX, "count", INF, N, A, A, U, A, U, A, True),  # headline
    ("hit 11 locomotives and a passenger train", "11", 11, EX, "count", INF, N, A, R, U, U, U, A),
    ("injuring 40 people", "40", 40, EX, "count", CAS, N, "injured", R, U, U, U, A),
    ("and killing two railway workers", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, A),
    ("Seven of the locomotives were diesel shunters", "Seven", 7, EX, "count", INF, N, A, A, U, U, U, A),
    ("and four were electric mainline engines", "four", 4, EX, "count", INF, N, A, A, U, U, U, A),
    ("where two Geran-2 drones struck", "two", 2, EX, "count", W, "drone", A, R, U, A, U, S),
    ("Twenty-seven passengers were injured", "Twenty-seven", 27, EX, "count", CAS, N, "injured", A, U, U, U, S),
    ("including four children", "four", 4, EX, "count", CAS, N, "injured", A, U, U, U, S, True),  # subset
    ("the station there injured 30 people", "30", 30, EX, "count", CAS, N, "injured", A, U, A, U, S),
    # the table: locomotives hit
    ("Sumy             9         4", "4", 4, EX, "count", INF, N, A, R, U, U, U, S),
    ("Kharkiv          7         3", "3", 3, EX, "count", INF, N, A, R, U, U, U, Kh),
    ("Dnipropetrovsk   4         2", "2", 2, EX, "count", INF, N, A, R, U, U, U, Dn),
    ("Donetsk          3         1", "1", 1, EX, "count", INF, N, A, R, U, U, U, D),
    ("Poltava          2         1", "1", 1, EX, "count", INF, N, A, R, U, U, U, A),
    # injured
    ("4                 29", "29", 29, EX, "count", CAS, N, "injured", R, U, U, U, S),
    ("3                 6", "6", 6, EX, "count", CAS, N, "injured", R, U, U, U, Kh),
    ("2                 3", "3", 3, EX, "count", CAS, N, "injured", R, U, U, U, Dn),
    ("1                 2", "2", 2, EX, "count", CAS, N, "injured", R, U, U, U, A),
    # killed
    ("29        1", "1", 1, EX, "count", CAS, N, "killed", R, U, U, U, S),
    ("6         1", "1", 1, EX, "count", CAS, N, "killed", R, U, U, U, Kh),
    # the Total row restates the lead
    ("26        11", "11", 11, EX, "count", INF, N, A, R, U, U, U, A, True),
    ("11                40", "40", 40, EX, "count", CAS, N, "injured", R, U, U, U, A, True),
    ("40        2", "2", 2, EX, "count", CAS, N, "killed", R, U, U, U, A, True),
    # repairs, the year, since 2022
    ("would cost about 310 million hryvnias", "about 310 million", 310000000, APX, A, ECO, N, A, A, A, U, U, A),
    ("destroyed or damaged 326 locomotives", "326", 326, EX, "count", INF, N, A, R, U, U, U, N),
    ("and more than 1,700 passenger and freight cars", "more than 1,700", 1700, GE, "count", INF, N, A, R, U, U, U, N),
    ("killed 44 railway workers on duty", "44", 44, EX, "count", CAS, N, "killed", R, U, U, U, N),
    ("879 Ukrzaliznytsia employees have been killed", "879", 879, EX, "count", CAS, N, "killed", A, U, U, A, A),
    ("171 on duty on the railway", "171", 171, EX, "count", CAS, N, "killed", A, U, U, U, N),
    ("and 708 at the front", "708", 708, EX, "count", CAS, N, "killed", A, U, U, A, A),
    ("More than 1,000 have been wounded", "More than 1,000", 1000, GE, "count", CAS, N, "injured", A, U, A, A, A),
    ("destroying three trains carrying military equipment", "three", 3, EX, "count", INF, N, A, R, U, R, U, A),
    ("Russia launched 1,380 attack drones", "1,380", 1380, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 46 missiles in the week", "46", 46, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("1,170 of the drones and 31", "1,170", 1170, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and 31 of the missiles were shot down", "31", 31, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("six stations had been damaged", "six", 6, EX, "count", INF, N, A, A, U, U, U, A),
    ("a €150 million loan", "€150 million", 150000000, EX, A, ECO, N, A, A, A, U, U, N, True),  # pledge
    ("to buy 35 new locomotives", "35", 35, EX, "count", A, N, A, A, A, U, U, N, True),  # plan
])
any_(d, [
    ("more than half of all attacks", "more than half"),
    ("Sumy             9", "9"),
    ("Kharkiv          7", "7"),
    ("Dnipropetrovsk   4", "4"),
    ("Donetsk          3", "3"),
    ("Poltava          2", "2"),
    ("Odesa            1", "1"),
    ("Total            26", "26"),
    ("0\nDonetsk", "0"),
    ("1                 0", "0"),
    ("0\nPoltava", "0"),
    ("0\nOdesa", "0"),
    ("Odesa            1         0", "0"),
    ("0         0\nTotal", "0"),
    ("0\nTotal", "0"),
    ("Trains on 14 routes", "14"),
    ("about 2,600 attacks on railway infrastructure", "about 2,600"),
    ("nearly three times as many", "nearly three times"),
    ("to about 400 of its roughly 1,600", "about 400"),
    ("roughly 1,600 working locomotives", "roughly 1,600"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "d21")
