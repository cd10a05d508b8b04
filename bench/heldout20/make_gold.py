"""Builds gold.jsonl for heldout20 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout20.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored."""

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
    UK,
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
# ---------------------------------------------------------------- c01 DI daily update
d = "c01_defence_intelligence_daily_update.txt"
# A defence digest reproduces a UK Defence Intelligence update (six numbered paragraphs) and adds
# its own notes. DI's own assessments ("DI assesses", "highly likely", "almost certainly") speak for
# the United Kingdom; hedges ("highly likely", "realistic possibility", "likely") do not change the
# qualifier, only cue words do. A sentence that cites its source takes that source's side:
# "according to Ukrainian General Staff figures" and "according to the Ukrainian Air Force" are
# Ukraine, Medvedev and Russia's Defence Ministry are Russia, South Korea's NIS is South Korea,
# DeepState is Ukraine (as in the seeds); the digest's own notes have claimant_side open. Russian
# casualties (killed and wounded) have action open, actor open (no perpetrator named) and target
# Russia; with no place stated they have country and region open (they fall in Ukraine and in
# Kursk). The December daily average (1,140) and November's (1,290) are both required: a stated
# average that is the only figure for its quantity is a claim; the drones' "average of 181 ... per
# night" is derived from the monthly total in the same paragraph (optional), and the notes and the
# headline repeat 1,140 (optional). The projection "above 1,300 per day again in February" is
# optional. Territory seized in December and November and the 2026 monthly average are required
# (km2, several oblasts: region open); "up to 9 kilometres" advanced is a depth (territory, km,
# action open, as the seeds' 12 km). Medvedev's contracts (402,000; a further 36,000) are Russian
# personnel recruited: action and target open, country Russia, region None (nationwide). The Air
# Force's monthly totals and interceptions are nationwide (region None). North Korea's deliveries
# (artillery rounds, KN-23/24 missiles, the NIS's "at least 6.5 million" shells) have action open
# (delivered), actor North Korea, target, country and region open; its personnel in Kursk are
# deployed (country Russia, Kursk). The General Staff's running total, the day's 1,020 and its tanks
# and artillery destroyed are required; the Russian ministry's "up to 1,385" Ukrainian losses "along
# the whole front" are country Ukraine, region None (as heldout19's b02). Debatable: "below 1,200"
# (a threshold), the group sizes "two to four", "roughly a third", "10 to 20 per cent", the bonuses
# above "2 million roubles", "nearly a quarter". Non-claims: dates, "first month since July 2026",
# paragraph numbers, KN-23, KN-24, "24 hours", the PHIA yardstick's definitions (40 to 50, 80 to 90,
# 95 per cent), ages (34), "eight years" and the furniture (4 min read, 214 shares, the Related
# link's 1,290, "seven terms", ep. 112, 1.5 million, 48,000 readers, 30 days, £6.99, company number,
# v3.0).
rows(d, [
    ("Russian casualties averaged 1,140 a day in December", "1,140", 1140, EX, "count", CAS, N, A, A, R, A, A, A, True),  # headline
    ("Russian casualties in December 2026 averaged 1,140 per day", "1,140", 1140, EX, "count", CAS, N, A, A, R, U, A, A),
    ("down from an average of 1,290 per day in November", "1,290", 1290, EX, "count", CAS, N, A, A, R, U, A, A),
    ("now total almost 1.6 million", "almost 1.6 million", 1600000, LE, "count", CAS, N, A, A, R, UK, A, A),
    ("will rise above 1,300 per day again in February", "above 1,300", 1300, GE, "count", CAS, N, A, A, R, UK, A, A, True),  # projection
    ("seized around 340 square kilometres", "around 340", 340, APX, "km2", TER, N, "seized", R, U, UK, U, A),
    ("compared with 415 square kilometres in November", "415", 415, EX, "km2", TER, N, "seized", R, U, UK, U, A),
    ("a monthly average of about 390 square kilometres", "about 390", 390, APX, "km2", TER, N, "seized", R, U, UK, U, A),
    ("advanced up to 9 kilometres", "up to 9", 9, LE, "km", TER, N, A, R, U, UK, U, A),
    ("claimed that 402,000 people had signed contracts", "402,000", 402000, EX, "count", PER, N, A, R, A, R, R, N),
    ("a further 36,000 had joined volunteer formations", "36,000", 36000, EX, "count", PER, N, A, R, A, R, R, N),
    ("Russia launched more than 5,600 one-way attack", "more than 5,600", 5600, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 186 missiles of all types against Ukraine", "186", 186, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down or suppressed 4,970 of the UAVs", "4,970", 4970, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and 141 of the missiles", "141", 141, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("an average of 181 OWA UAVs per night", "181", 181, EX, "count", W, "drone", "launched", R, U, A, U, N, True),  # derived average
    ("delivered more than 7 million artillery rounds", "more than 7 million", 7000000, GE, "count", W, "artillery", A, NK, A, UK, A, A),
    ("around 250 KN-23 and KN-24", "around 250", 250, APX, "count", W, "missile", A, NK, A, UK, A, A),
    ("Around 10,000 North Korean military personnel", "Around 10,000", 10000, APX, "count", PER, N, "deployed", NK, A, UK, R, "Kursk"),
    # the digest's notes
    ("The December average of 1,140 a day", "1,140", 1140, EX, "count", CAS, N, A, A, R, A, A, A, True),  # restates
    ("running total stood at 1,587,930", "1,587,930", 1587930, EX, "count", CAS, N, A, A, R, U, A, A),
    ("including 1,020 over the previous day", "1,020", 1020, EX, "count", CAS, N, A, A, R, U, A, A),
    ("listed 11,482 tanks", "11,482", 11482, EX, "count", W, "tank", "destroyed", U, R, U, A, A),
    ("and 36,215 artillery systems destroyed", "36,215", 36215, EX, "count", W, "artillery", "destroyed", U, R, U, A, A),
    ("put December's Russian gains at 352 square kilometres", "352", 352, EX, "km2", TER, N, "seized", R, U, U, U, A),
    ('Pyongyang had sent "at least 6.5 million" shells', "at least 6.5 million", 6500000, GE, "count", W, "artillery", A, NK, A, SK, A, A),
    ('lost "up to 1,385 servicemen"', "up to 1,385", 1385, LE, "count", CAS, N, A, R, U, R, U, N),
])
any_(d, [
    ("the daily average fell below 1,200", "1,200"),
    ("groups of two to four soldiers", "two"),
    ("groups of two to four soldiers", "four"),
    ("roughly a third of the casualties", "roughly a third"),
    ("inflated by 10 to 20 per cent", "10"),
    ("inflated by 10 to 20 per cent", "20 per cent"),
    ("which exceed 2 million roubles", "2 million"),
    ("nearly a quarter more than in November", "nearly a quarter"),
])

# ---------------------------------------------------------------- c02 drone production race
d = "c02_drone_production_race.txt"
# A defence-industry trade story. Ukraine's Ministry of Defence, the deputy defence minister ("He
# added"), the Defence Procurement Agency's director, HUR's Skibitskyi ("he said", "in his account")
# and the Air Force speak for Ukraine; the company VyrAero and its chief executive, the Ukrainian
# Council of Defence Industry (an industry body), the Economic Security Council of Ukraine (a
# think-tank), the anonymous European official (no side in the vocabulary) and sentences without
# attribution (the "Danish model" money) have claimant_side open. Drones produced, delivered or
# shipped are weapons (drone) with action open (production is not in the vocabulary), actor the
# producing side, target open, country the producing country; Ukraine's national output has region
# None, Alabuga (Tatarstan, outside the vocabulary) region open, VyrAero's shipments region open.
# The 2026 output (about 4.6 million) and its breakdown by type (4.1 million FPV, 320,000
# reconnaissance, "more than 45,000" long-range) are required; the headline restates the output and
# the 7 million target (optional), and the target itself (stated twice), the capacity "as many as 10
# million" if funded, Russia's goal of 6,000 a month and the 15,000 operators needed are targets,
# hypotheticals and needs (optional). The 43% rise in output and the 64% rise in Russia's imports of
# components are changes in volume, required economic percentages (like the seeds' 6%).
# Interceptors' daily output (1,500) and their "more than 2,300" Shaheds shot down are required.
# Contracts in hryvnias (unit open) are required, the bracketed "about $3.4 billion" is the same
# quantity converted (optional). HUR's Alabuga figures (up to 3,500 Gerans and about 2,000 Gerbera
# decoys a month now, about 2,700 in January 2026) are required; the European official's "closer to
# 3,000" is his own estimate (qualifier open: "closer to" is no cue), his "3,500" restates HUR
# (optional). The Air Force's "more than 5,600" launched in December is required, the "average of
# about 180 a night" derived from it optional. Debatable: "double", 212 manufacturers, 98%, "roughly
# a third", 1,400 employees, three workshops, the shares of Chinese components (about 60%, up to
# 90%, about 12%) and "about a third" cut in deliveries. Non-claims: model names (Shahed-136,
# Geran-2, Geran-3, Vampire, Nemesis), prices of a drone ($480, about $330), years, "first eleven
# months", "Cabinet Resolution No. 1127" and the furniture (share prices and changes, 6 min read,
# 1,108 shares, 37 comments, the phone number, Brave1's 2,000 products, the $50,000 cruise drone,
# "Five start-ups", 14-day, €29, 3,200 companies, HRB 224571).
rows(d, [
    ("Ukraine made 4.6 million drones last year", "4.6 million", 4600000, EX, "count", W, "drone", A, U, A, A, U, N, True),  # headline
    ("and wants 7 million in 2027", "7 million", 7000000, EX, "count", W, "drone", A, U, A, A, U, N, True),  # headline, target
    ("delivered about 4.6 million uncrewed aerial vehicles", "about 4.6 million", 4600000, APX, "count", W, "drone", A, U, A, U, U, N),
    ("up 43% on the year before", "43%", 43, EX, "percent", ECO, N, A, A, A, U, U, N),
    ("set a target of 7 million for 2027", "7 million", 7000000, EX, "count", W, "drone", A, U, A, U, U, N, True),  # target
    ("roughly 4.1 million were first-person-view", "roughly 4.1 million", 4100000, APX, "count", W, "drone", A, U, A, U, U, N),
    ("about 320,000 were reconnaissance drones", "about 320,000", 320000, APX, "count", W, "drone", A, U, A, U, U, N),
    ("more than 45,000 were long-range strike drones", "more than 45,000", 45000, GE, "count", W, "drone", A, U, A, U, U, N),
    ("Output reached 1,500 a day in December", "1,500", 1500, EX, "count", W, "drone", A, U, A, U, U, N),
    ("interceptors shot down more than 2,300 Shahed-type drones", "more than 2,300", 2300, GE, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("worth 146 billion hryvnias", "146 billion", 146000000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("(about $3.4 billion)", "about $3.4 billion", 3400000000, APX, "usd", ECO, N, A, A, A, U, U, N, True),  # conversion
    ("financed Ukrainian-made weapons worth $1.9 billion", "$1.9 billion", 1900000000, EX, "usd", ECO, N, A, A, A, A, U, N),
    ("We shipped 180,000 FPV kits", "180,000", 180000, EX, "count", W, "drone", A, U, A, A, U, A),
    ("as many as 10 million drones a year", "as many as 10 million", 10000000, LE, "count", W, "drone", A, U, A, A, U, N, True),  # capacity, hypothetical
    # Alabuga
    ("now produces up to 3,500 Geran-2 drones a month", "up to 3,500", 3500, LE, "count", W, "drone", A, R, A, U, R, A),
    ("along with about 2,000 Gerbera decoys", "about 2,000", 2000, APX, "count", W, "drone", A, R, A, U, R, A),
    ("making about 2,700 Gerans a month", "about 2,700", 2700, APX, "count", W, "drone", A, R, A, U, R, A),
    ("is 6,000 a month by the end of 2027", "6,000", 6000, EX, "count", W, "drone", A, R, A, U, R, A, True),  # goal
    ("Russia launched more than 5,600 Shahed-type drones", "more than 5,600", 5600, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("an average of about 180 a night", "about 180", 180, APX, "count", W, "drone", "launched", R, U, A, U, N, True),  # derived average
    ("worth $1.1 billion in the first eleven months", "$1.1 billion", 1100000000, EX, "usd", ECO, N, A, A, A, A, R, N),
    ("64% more than in the same period", "64%", 64, EX, "percent", ECO, N, A, A, A, A, R, N),
    ("closer to 3,000 a month than 3,500", "3,000", 3000, A, "count", W, "drone", A, R, A, A, R, A),
    ("closer to 3,000 a month than 3,500", "3,500", 3500, LE, "count", W, "drone", A, R, A, U, R, A, True),  # restates HUR
    ("For Ukraine, the 7 million target", "7 million", 7000000, EX, "count", W, "drone", A, U, A, A, U, N, True),  # restates the target
    ("they need about 15,000 more", "about 15,000", 15000, APX, "count", PER, N, A, U, A, U, U, N, True),  # a need
])
any_(d, [
    ("wanted to double daily output", "double"),
    ("with 212 manufacturers", "212"),
    ("paid out 98% of last year's", "98%"),
    ("roughly a third of it for drones", "roughly a third"),
    ("employs 1,400 people", "1,400"),
    ("in three dispersed workshops", "three"),
    ("about 60% of the components", "about 60%"),
    ("up to 90% of the motors", "up to 90%"),
    ("cut deliveries to Ukrainian firms by about a third", "about a third"),
    ("about 12% arrived by rail", "about 12%"),
])

# ---------------------------------------------------------------- c03 siege report, Kostiantynivka
d = "c03_kostiantynivka_siege_report.txt"
# A reportage from a besieged front-line city in the Donetsk region: country Ukraine, region Donetsk
# throughout. Horbunov (city military administration; "he said", "Horbunov said"), Filashkin
# (governor), DeepState (as in the seeds), the brigade's spokesman and the regional police speak for
# Ukraine; Russia's Defence Ministry for Russia; the charity volunteer Ruban ("She said") and the
# outlet have claimant_side open. Residents remaining (about 1,800 now, "nearly 2,600" a month ago)
# are required with category, action, actor and target open (as in heldout17-19); the headline
# restates 1,800 and "41 children" among those remaining is a subset (optional); the pre-war 67,000
# is debatable. Evacuees (4,370 since August, 112 in January, Ruban's 38) are evacuated, actor open;
# "including 290 children" is a subset (optional). "at least 23 civilians were killed ... and 58
# were wounded, almost all of them by Russian drones" has actor Russia; in that pair only the
# qualified item carries a qualifier (58: open). The four police officers "wounded in two separate
# attacks" and Ruban's two volunteers wounded when "a drone" dropped a grenade name no perpetrator
# (actor open). Buildings destroyed ("more than 3,100") are infrastructure with action open (as
# heldout19's damaged buildings); the stock of "about 9,500" buildings is debatable. DeepState's
# "about 11 square kilometres" taken is territory seized. The brigade's "between 180 and 250" FPV
# drones a day over its sector are launched (actor Russia): both ends of the range are labelled,
# each with qualifier open. The Russian ministry's "up to 95 servicemen" destroyed are casualties
# with action open (losses), actor Russia, target Ukraine; its 14 "drone control points" are
# debatable. Debatable as well: distances (14 kilometres, "no more than 2 kilometres", "about 9 of
# its 14 kilometres"), "more than half", the 64 vehicles hit on the road and the "three ambulances"
# among them (damaged vehicles, as heldout19's cars), "two separate attacks", "about 600 loaves",
# "One of them", "two fingers", 40 litres of water, "The two women". Non-claims: dates, "first six
# days", "Two years ago", ages (52, 78), "25 minutes", "an hour", "fifth floor", "nine-storey",
# 1971, the hotline, "24 hours a day", "since 2015" and the furniture (23,540 views, 8 min read, 3
# photos, 7 stories, 12 hours, 150 hryvnias, 6,420 people, the licence number).
D = "Donetsk"
rows(d, [
    ("Kostiantynivka's last 1,800 residents", "1,800", 1800, EX, "count", A, N, A, A, A, A, U, D, True),  # headline
    ("About 1,800 people still live in the city", "About 1,800", 1800, APX, "count", A, N, A, A, A, U, U, D),
    ("the figure was nearly 2,600", "nearly 2,600", 2600, LE, "count", A, N, A, A, A, U, U, D),
    ("Among those remaining are 41 children", "41", 41, EX, "count", A, N, A, A, A, U, U, D, True),  # subset
    ("4,370 people have left the city", "4,370", 4370, EX, "count", DIS, N, "evacuated", A, A, U, U, D),
    ("including 290 children", "290", 290, EX, "count", DIS, N, "evacuated", A, A, U, U, D, True),  # subset
    ("112 more were taken out", "112", 112, EX, "count", DIS, N, "evacuated", A, A, U, U, D),
    ("have taken about 11 square kilometres", "about 11", 11, APX, "km2", TER, N, "seized", R, U, U, U, D),
    ("at least 23 civilians were killed in the city", "at least 23", 23, GE, "count", CAS, N, "killed", R, U, U, U, D),
    ("and 58 were wounded", "58", 58, A, "count", CAS, N, "injured", R, U, U, U, D),
    ("more than 3,100 have been destroyed", "more than 3,100", 3100, GE, "count", INF, N, A, A, U, U, U, D),
    ("counts between 180 and 250 Russian FPV drones", "180", 180, A, "count", W, "drone", "launched", R, U, U, U, D),
    ("counts between 180 and 250 Russian FPV drones", "250", 250, A, "count", W, "drone", "launched", R, U, U, U, D),
    ("Four police officers of the", "Four", 4, EX, "count", CAS, N, "injured", A, U, U, U, D),
    ("her team had evacuated 38 people in December", "38", 38, EX, "count", DIS, N, "evacuated", A, A, A, U, D),
    ("two of its volunteers had been wounded", "two", 2, EX, "count", CAS, N, "injured", A, U, A, U, D),
    ("and up to 95 servicemen", "up to 95", 95, LE, "count", CAS, N, A, R, U, R, U, D),
])
any_(d, [
    ("which had 67,000 residents", "67,000"),
    ("14 kilometres up the highway", "14"),
    ("no more than 2 kilometres from the central square", "no more than 2"),
    ("Of about 9,500 residential buildings", "about 9,500"),
    ("now make up more than half of them", "more than half"),
    ("for about 9 of its 14 kilometres", "about 9"),
    ("for about 9 of its 14 kilometres", "14"),
    ("Russian FPV drones hit 64 vehicles", "64"),
    ("including three ambulances and a fire engine", "three"),
    ("wounded in two separate attacks", "two"),
    ("about 600 loaves twice a week", "about 600"),
    ("One of them is back at work", "One"),
    ("The other lost two fingers", "two"),
    ("destroyed 14 Ukrainian drone control points", "14"),
    ("brings them 40 litres of water a week", "40"),
    ("The two women cook on a wood stove", "two"),
])

# ---------------------------------------------------------------- c04 Crimea fuel train, ferry
d = "c04_crimea_fuel_train_ferry_strike.txt"
# Two strikes on the fuel route into Crimea, three versions. HUR, the Navy's Pletenchuk ("he said",
# "He added") and the General Staff speak for Ukraine; Aksyonov, the Russian-installed economy
# ministry and Russia's Defence Ministry for Russia; Peninsula Watch (a monitoring group) and the
# port operator's zero have claimant_side open. Occupied Crimea has country open and region Crimea
# (as in heldout19); Port Kavkaz is in Russia's Krasnodar region (country Russia, region open:
# outside the vocabulary); "over Crimea and the Black Sea", "in the Kerch Strait" and "in Crimea and
# southern Russia" have country and region open. Tank wagons hit or set on fire and trains hit are
# infrastructure with action open (as heldout19's silos and vessels); HUR's 36 wagons "its drones
# hit" have actor Ukraine; "at least 20" and Aksyonov's seven that "caught fire" name no perpetrator
# (actor open). Tonnes of fuel (carried, consumed, lost) are economic with unit open (as heldout19's
# tonnes of cargo). HUR's two Pantsir-S1 systems destroyed are weapons (air_defense). The two Magura
# V7 naval drones that "struck" the ferry are hits (action open), actor Ukraine, target Russia. The
# ministry's 47 drones destroyed in the air are shot_down; its five "uncrewed boats" destroyed have
# weapon_type open (as heldout19). Aksyonov's two injured railway workers name no perpetrator (actor
# open). The 9% rise in petrol prices is a required economic percentage; the price itself (74
# roubles a litre) is not a claim. Peninsula Watch's 31 trains in December and 44 in November are
# required with category, action, actor and target open (as heldout19's tankers counted through the
# Kerch Strait). Debatable: "the two rail ferries", the ferry's "up to 30 tank wagons per trip" and
# "four trips a day", "no one had been hurt", "nearly 70%" of fuel by rail, queues of "up to 1,400
# vehicles", "20 litres per car". Non-claims: durations (11 hours, "within two hours", nine hours),
# "40-second", 16:00, "4.5-kilometre", Magura V7, Pantsir-S1, AI-95, "fourth strike", years and the
# furniture (share counts 312, 188, 1.2K, the Related links' 3 years, 2 old vessels and 74 roubles,
# "1 coffee", 60 hryvnias, 2,117 donors, the phone number).
C = "Crimea"
rows(d, [
    ("hit a train of 36 tank wagons", "36", 36, EX, "count", INF, N, A, U, R, U, A, C),
    ("carrying about 2,200 tonnes of diesel", "about 2,200", 2200, APX, A, ECO, N, A, A, A, U, A, C),
    ('and that "at least 20" wagons caught fire', "at least 20", 20, GE, "count", INF, N, A, A, R, U, A, C),
    ("destroyed two Pantsir-S1 air-defence systems", "two", 2, EX, "count", W, "air_defense", "destroyed", U, R, U, A, C),
    ("Seven wagons caught fire", "Seven", 7, EX, "count", INF, N, A, A, R, R, A, C),
    ("two railway workers were injured", "two", 2, EX, "count", CAS, N, "injured", A, R, R, A, C),
    ("Two Magura V7 naval drones struck", "Two", 2, EX, "count", W, "drone", A, U, R, U, R, A),
    ("destroyed 47 Ukrainian drones over Crimea", "47", 47, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("destroyed five uncrewed boats", "five", 5, EX, "count", W, A, "destroyed", R, U, R, A, A),
    ("Crimea consumes around 80,000 tonnes", "around 80,000", 80000, APX, A, ECO, N, A, A, A, U, A, C),
    ("rose by 9% during the week", "9%", 9, EX, "percent", ECO, N, A, A, A, R, A, C),
    ("had hit 14 fuel and ammunition trains", "14", 14, EX, "count", INF, N, A, U, R, U, A, A),
    ("lost at least 9,000 tonnes of fuel", "at least 9,000", 9000, GE, A, ECO, N, A, A, R, U, A, A),
    ("counted 31 Russian fuel trains", "31", 31, EX, "count", A, N, A, A, A, A, A, C),
    ("down from 44 in November", "44", 44, EX, "count", A, N, A, A, A, A, A, C),
])
any_(d, [
    ("one of the two rail ferries", "two"),
    ("up to 30 tank wagons per trip", "up to 30"),
    ("making four trips a day", "four"),
    ("no one had been hurt", "no one"),
    ("nearly 70% of the peninsula's fuel", "nearly 70%"),
    ("queues of up to 1,400 vehicles", "up to 1,400"),
    ("limited sales to 20 litres per car", "20"),
])

# ---------------------------------------------------------------- c05 imagery of Morozovsk airbase
d = "c05_morozovsk_airbase_imagery.txt"
# An open-source investigation compares the SBU's claim and the Russian denial with its own count on
# satellite imagery. Morozovsk lies in Russia's Rostov region: country Russia, region Rostov. The
# SBU and its source and the General Staff speak for Ukraine; Russia's Defence Ministry and Governor
# Slyusar for Russia; the outlet's own count and the Kestrel Orbital analyst ("she said", "She
# estimated") have claimant_side open. Aircraft destroyed by the strike: weapon aircraft, destroyed,
# actor Ukraine, target Russia; aircraft damaged have action open (not in the vocabulary). The SBU's
# eight destroyed and its breakdown by type (six Su-34, two Su-25) and "at least four more" damaged
# are required, as is its source's 27 drones launched. The outlet's count (27 aircraft parked on 2
# January; four destroyed, three damaged) and its table by type are required: aircraft parked are
# weapons with action open, actor Russia, target open; the Total row restates the count (optional);
# "none" cells are zero statements (debatable). "The three destroyed Su-34s" restates the table and
# the later comparisons ("four destroyed aircraft", "figure of eight", the SBU's "at least four")
# restate (optional), "half" and "some of the three" and the hypothetical "If all 71 drones" are
# debatable. The ministry's 71 drones "intercepted and destroyed" are shot_down, actor Russia;
# Slyusar's one injured names no perpetrator (actor open). Fuel tanks destroyed and damaged are
# infrastructure with action and actor open; the fuel farm's nine tanks are debatable. The analyst's
# "about $190 million" loss is economic (required); "roughly $50 million per Su-34" is a price (not
# a claim). The General Staff's 41 aircraft "destroyed or damaged" since the start of 2026 (action
# open, several places: region open) and "12 at Morozovsk alone" (a breakdown by place) are
# required. Debatable: "two commercial providers", "at least one drone", 23 craters and "14 of
# them", "there are 14", "the one in the revetment", "about 230 kilometres". Non-claims: dates, "3
# to 4 January", image resolutions (30 to 50 centimetres, 30 cm, 50 cm, 10 m), Sentinel-2, model
# names (Su-34, Su-25, Su-24M, Liutyi, FP-1, KAB), "two analysts", "a third" analyst, "for months"
# and the furniture (7 min read, 2,904 views, the More investigations links' 2 Tu-95s, 1 repaired,
# 40 airfields, 48 hours, $8/month, 5,600 members).
Rs = "Rostov"
rows(d, [
    ("four bombers destroyed, not eight", "four", 4, EX, "count", W, "aircraft", "destroyed", U, R, A, R, Rs, True),  # headline
    ("four bombers destroyed, not eight", "eight", 8, EX, "count", W, "aircraft", "destroyed", U, R, U, R, Rs, True),  # headline
    ("had destroyed eight aircraft at Morozovsk", "eight", 8, EX, "count", W, "aircraft", "destroyed", U, R, U, R, Rs),
    ("six Su-34 bombers and two Su-25 attack jets", "six", 6, EX, "count", W, "aircraft", "destroyed", U, R, U, R, Rs),
    ("six Su-34 bombers and two Su-25 attack jets", "two", 2, EX, "count", W, "aircraft", "destroyed", U, R, U, R, Rs),
    ("damaged at least four more", "at least four", 4, GE, "count", W, "aircraft", A, U, R, U, R, Rs),
    ("27 drones had taken part in the attack", "27", 27, EX, "count", W, "drone", "launched", U, R, U, R, Rs),
    ("intercepted and destroyed 71 Ukrainian drones", "71", 71, EX, "count", W, "drone", "shot_down", R, U, R, R, Rs),
    ("and that one person had been injured", "one", 1, EX, "count", CAS, N, "injured", A, R, R, R, Rs),
    ("27 combat aircraft were parked", "27", 27, EX, "count", W, "aircraft", A, R, A, A, R, Rs),
    ("the remains of four aircraft", "four", 4, EX, "count", W, "aircraft", "destroyed", U, R, A, R, Rs),
    ("and three more with visible damage", "three", 3, EX, "count", W, "aircraft", A, U, R, A, R, Rs),
    # the table by type
    ("Su-34    | 19", "19", 19, EX, "count", W, "aircraft", A, R, A, A, R, Rs),
    ("| 19           | 3", "3", 3, EX, "count", W, "aircraft", "destroyed", U, R, A, R, Rs),
    ("| 3         | 2", "2", 2, EX, "count", W, "aircraft", A, U, R, A, R, Rs),
    ("Su-25    | 6", "6", 6, EX, "count", W, "aircraft", A, R, A, A, R, Rs),
    ("| 6            | 1", "1", 1, EX, "count", W, "aircraft", "destroyed", U, R, A, R, Rs),
    ("| 2            | none", "2", 2, EX, "count", W, "aircraft", A, R, A, A, R, Rs),
    ("| none      | 1", "1", 1, EX, "count", W, "aircraft", A, U, R, A, R, Rs),
    ("Total    | 27", "27", 27, EX, "count", W, "aircraft", A, R, A, A, R, Rs, True),  # total restates
    ("| 27           | 4", "4", 4, EX, "count", W, "aircraft", "destroyed", U, R, A, R, Rs, True),  # total restates
    ("| 4         | 3", "3", 3, EX, "count", W, "aircraft", A, U, R, A, R, Rs, True),  # total restates
    ("The three destroyed Su-34s", "three", 3, EX, "count", W, "aircraft", "destroyed", U, R, A, R, Rs, True),  # restates the table
    # fuel farm, comparisons, money
    ("three were destroyed and one more was damaged", "three", 3, EX, "count", INF, N, A, A, R, A, R, Rs),
    ("three were destroyed and one more was damaged", "one", 1, EX, "count", INF, N, A, A, R, A, R, Rs),
    ("Our count of four destroyed aircraft", "four", 4, EX, "count", W, "aircraft", "destroyed", U, R, A, R, Rs, True),  # restates
    ("the SBU's figure of eight", "eight", 8, EX, "count", W, "aircraft", "destroyed", U, R, U, R, Rs, True),  # restates
    ('the SBU\'s "at least four" damaged aircraft', "at least four", 4, GE, "count", W, "aircraft", A, U, R, U, R, Rs, True),  # restates
    ("a loss of about $190 million", "about $190 million", 190000000, APX, "usd", ECO, N, A, A, R, A, R, Rs),
    ("destroyed or damaged 41 Russian military aircraft", "41", 41, EX, "count", W, "aircraft", A, U, R, U, R, A),
    ("including 12 at Morozovsk alone", "12", 12, EX, "count", W, "aircraft", A, U, R, U, R, Rs),
])
any_(d, [
    ("from two commercial providers", "two"),
    ("| 1         | none", "none"),
    ("| 2            | none", "none"),
    ("at least one drone hit a fully fuelled aircraft", "at least one"),
    ("23 fresh impact craters", "23"),
    ("14 of them on or next to", "14"),
    ("Of the nine above-ground tanks", "nine"),
    ("is half the SBU's figure", "half"),
    ("beyond the one in the revetment", "one"),
    ("some of the three we saw", "three"),
    ("If all 71 drones had been intercepted", "71"),
    ("and there are 14.", "14"),
    ("about 230 kilometres from the nearest point", "about 230"),
])

# ---------------------------------------------------------------- c06 named Russian war dead
d = "c06_named_russian_war_dead_count.txt"
# An independent Russian outlet's monthly count of Russian military deaths confirmed by name. The
# outlet, its data team and its demographer Valk ("she said") have claimant_side open; Shoigu (the
# defence ministry, 2022) speaks for Russia and Ukraine's General Staff for Ukraine. Deaths are
# casualties, killed, actor open (no perpetrator named), target Russia (the Donetsk and Luhansk
# formations fought on Russia's side: target Russia); the dead fell in Ukraine and in Kursk, so
# country and region are open. The regional table gives the soldiers' home regions, which are not
# where the deaths happened: region open there too (even for Rostov and Volgograd). The total
# (190,418), the names added in four weeks (5,904), the breakdown by category (a bullet list,
# "category unknown" included), the officers (5,260) and women (212) confirmed, the ten-region
# table, Moscow's and St Petersburg's counts, the deaths by year (55,120 in 2026, 46,910 in 2025),
# the range of the real toll (285,000 to 330,000: both ends, qualifier open), the "at least 27,000"
# of the Donetsk and Luhansk formations, Shoigu's 5,937 and the General Staff's "about 1.59 million"
# killed and wounded (action open) are required. The headline restates the total, "of the 5,904
# names added this month" restates, "more than 4,000" who signed contracts in 2025 or 2026 and
# "including nine generals" are subsets (optional). Debatable: "The ten regions" (the table's
# length), Moscow's population of "13 million", "more than 1% of men", "roughly 60%". Non-claims:
# "Article 284.1", dates, "four weeks", "seven months", ages (18 to 60, 18, 72), "Storm-Z",
# "Storm-V", the methodology PDF's 2.3 MB and the furniture (Telegram 312K, 10 min read, 500
# roubles, €5, 9,870 readers, "1 in 4", 89 regions, the More data link's 600 North Korean deaths).
rows(d, [
    ("190,418 names: who the Russian soldiers", "190,418", 190418, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # headline
    ("the deaths of 190,418 Russian military personnel", "190,418", 190418, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("we added 5,904 names", "5,904", 5904, EX, "count", CAS, N, "killed", A, R, A, A, A),
    # by category
    ("after February 2022: 58,730", "58,730", 58730, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ('"Storm-V" units): 29,160', "29,160", 29160, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("- mobilised soldiers: 20,870", "20,870", 20870, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("served before the invasion: 17,440", "17,440", 17440, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("other than Wagner: 4,950", "4,950", 4950, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("FSB and other agencies: 3,210", "3,210", 3210, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("- category unknown: 56,058", "56,058", 56058, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("of the 5,904 names added this month", "5,904", 5904, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # restates
    ("more than 4,000 were men who had signed", "more than 4,000", 4000, GE, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("the deaths of 5,260 officers", "5,260", 5260, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("including nine generals", "nine", 9, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("and of 212 women", "212", 212, EX, "count", CAS, N, "killed", A, R, A, A, A),
    # by region (home regions)
    ("Bashkortostan           8,917", "8,917", 8917, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Sverdlovsk region       6,402", "6,402", 6402, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Tatarstan               6,110", "6,110", 6110, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Chelyabinsk region      5,846", "5,846", 5846, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Krasnodar region        5,790", "5,790", 5790, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Buryatia                4,015", "4,015", 4015, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Rostov region           3,872", "3,872", 3872, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Volgograd region        3,644", "3,644", 3644, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Orenburg region         3,512", "3,512", 3512, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Perm region             3,490", "3,490", 3490, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("accounts for just 1,208 confirmed deaths", "1,208", 1208, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("and St Petersburg for 1,133", "1,133", 1133, EX, "count", CAS, N, "killed", A, R, A, A, A),
    # by year, real toll, other sources
    ("We confirmed 55,120 deaths that occurred in 2026", "55,120", 55120, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("compared with 46,910 in 2025", "46,910", 46910, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("estimates that between 285,000 and 330,000", "285,000", 285000, A, "count", CAS, N, "killed", A, R, A, A, A),
    ("estimates that between 285,000 and 330,000", "330,000", 330000, A, "count", CAS, N, "killed", A, R, A, A, A),
    ("add at least 27,000 dead", "at least 27,000", 27000, GE, "count", CAS, N, "killed", A, R, A, A, A),
    ("said 5,937 servicemen had been killed", "5,937", 5937, EX, "count", CAS, N, "killed", A, R, R, A, A),
    ("lost about 1.59 million troops killed and wounded", "about 1.59 million", 1590000, APX, "count", CAS, N, A, A, R, U, A, A),
])
any_(d, [
    ("The ten regions with the most confirmed deaths", "ten"),
    ("with a population of 13 million", "13 million"),
    ("the dead amount to more than 1% of men", "more than 1%"),
    ("covers roughly 60% of them", "roughly 60%"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "c20")
