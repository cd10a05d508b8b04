"""Builds gold.jsonl for heldout17 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout17.make_gold

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
# ---------------------------------------------------------------- z01 open-source equipment-loss tracker
d = "z01_loss_tracker_november_review.txt"
# The tracker (Attrition Atlas) speaks in its own voice: claimant_side open; Ukraine's General
# Staff speaks for Ukraine, Russia's Defence Ministry for Russia. A side's equipment "losses"
# (destroyed, damaged, abandoned and captured together) have action open, actor = the other side
# (who inflicted or captured them), target = the side that lost them. Only "destroyed" (and the
# General Staff's "reported destroying") is action destroyed; damaged, abandoned and captured
# have action open (captured equipment is not "seized" territory); abandoned tanks have actor open
# too (no one inflicted the loss). Drones "shot down by Ukrainian units" are shot_down. Losses
# wherever they happened (front-wide, cumulative) have country open and region None; a place named
# in the sentence fixes the region ("near Pokrovsk" Donetsk, "near Dnipro" Dnipropetrovsk, "all
# over the Zaporizhzhia front" Zaporizhzhia, "in the Sumy region" Sumy, "Kupiansk" Kharkiv) and
# country Ukraine (front-line fighting in Ukraine, occupied or not); the eight tanks captured
# "mostly" north of Kupiansk and the 14 vehicles taken "most of them" around Huliaipole have region
# open, and so do the two IRIS-T launchers ("two IRIS-T SLM launchers and one NASAMS launcher hit
# by an Iskander-M near Dnipro": the place may or may not cover both). Table 1 cells are the primary statement of each category (required); the text's later
# "Of the 58", "Among the 163", "the 96", "33", "Twelve", "the Ukrainian tally of eight", "Three of
# the 17" and "of the seventeen" restate them (optional), like the headline. Breakdowns by fate
# (39/seven/four/eight), by model (T-90M, BMP-3, Leopard, Tor-M2, NASAMS ...), by weapon that
# killed them (FPV, Lancet) and by direction (412/236/171) are required. "a dozen" = 12, "Eleven" =
# 11. Vehicles "of all types" have weapon_type open. The cumulative "more than 23,400" is at_least,
# the list's second item "7,950" has qualifier open. Ratios ("about 2.4 to one"), "three to five
# times", "ten times", "nearly half", the methodology numbers (85% of sources, 60%-75% coverage,
# 27 and 19 entries removed) and "No Ukrainian fixed-wing aircraft" are debatable. Model names
# (T-72B3, T-90M, BMP-3, 2S19, Su-25, Ka-52, Mi-8, BK-16, Orlan-10, IRIS-T SLM, M1A1, FH-70),
# "3rd Assault Brigade", "1-30 November", dates, read time, shares, comments, ages 36 and 29,
# 1,860 patrons, EUR 4 and the "Read also" links (874 losses, four categories, 14 Koksans) are not
# claims.
rows(d, [
    ("November 2026 in review: 1,146 Russian", "1,146", 1146, EX, "count", W, A, A, U, R, A, A, N, True),  # headline
    ("and 409 Ukrainian losses confirmed", "409", 409, EX, "count", W, A, A, R, U, A, A, N, True),  # headline
    ("we added 1,146 Russian equipment losses for November", "1,146", 1146, EX, "count", W, A, A, U, R, A, A, N),
    ("against 874 in October", "874", 874, EX, "count", W, A, A, U, R, A, A, N),
    ("the count was 409, up from 362", "409", 409, EX, "count", W, A, A, R, U, A, A, N),
    ("up from 362 a month earlier", "362", 362, EX, "count", W, A, A, R, U, A, A, N),
    # Table 1
    ("| Tanks | 58 | 17 |", "58", 58, EX, "count", W, "tank", A, U, R, A, A, N),
    ("| Tanks | 58 | 17 |", "17", 17, EX, "count", W, "tank", A, R, U, A, A, N),
    ("| Armoured fighting vehicles | 163 | 52 |", "163", 163, EX, "count", W, "armored_vehicle", A, U, R, A, A, N),
    ("| Armoured fighting vehicles | 163 | 52 |", "52", 52, EX, "count", W, "armored_vehicle", A, R, U, A, A, N),
    ("| Artillery (towed and self-propelled) | 96 | 33 |", "96", 96, EX, "count", W, "artillery", A, U, R, A, A, N),
    ("| Artillery (towed and self-propelled) | 96 | 33 |", "33", 33, EX, "count", W, "artillery", A, R, U, A, A, N),
    ("| Multiple rocket launchers | 21 | 6 |", "21", 21, EX, "count", W, "mlrs", A, U, R, A, A, N),
    ("| Multiple rocket launchers | 21 | 6 |", "6", 6, EX, "count", W, "mlrs", A, R, U, A, A, N),
    ("| Air defence systems | 12 | 8 |", "12", 12, EX, "count", W, "air_defense", A, U, R, A, A, N),
    ("| Air defence systems | 12 | 8 |", "8", 8, EX, "count", W, "air_defense", A, R, U, A, A, N),
    ("| Trucks, jeeps and other vehicles | 402 | 147 |", "402", 402, EX, "count", W, "vehicle", A, U, R, A, A, N),
    ("| Trucks, jeeps and other vehicles | 402 | 147 |", "147", 147, EX, "count", W, "vehicle", A, R, U, A, A, N),
    # tanks
    ("Of the 58 Russian tanks", "58", 58, EX, "count", W, "tank", A, U, R, A, A, N, True),  # restates the table
    ("39 were destroyed, seven damaged", "39", 39, EX, "count", W, "tank", "destroyed", U, R, A, A, N),
    ("seven damaged, four abandoned", "seven", 7, EX, "count", W, "tank", A, U, R, A, A, N),
    ("four abandoned and eight captured", "four", 4, EX, "count", W, "tank", A, A, R, A, A, N),
    ("eight captured, most of the captured ones", "eight", 8, EX, "count", W, "tank", A, U, R, A, A, A),
    ("Eleven of the destroyed tanks were T-90Ms", "Eleven", 11, EX, "count", W, "tank", "destroyed", U, R, A, A, N),
    ("The previous record, nine, was set in July", "nine", 9, EX, "count", W, "tank", "destroyed", U, R, A, A, N),
    ("Three of the 17 were Leopard 2A6s", "Three", 3, EX, "count", W, "tank", A, R, U, A, A, N),
    ("Three of the 17 were Leopard 2A6s", "17", 17, EX, "count", W, "tank", A, R, U, A, A, N, True),  # restates the table
    ("two were M1A1 Abrams, both lost near Pokrovsk", "two", 2, EX, "count", W, "tank", A, R, U, A, U, "Donetsk"),
    ("six of the seventeen being destroyed by FPV drones", "six", 6, EX, "count", W, "tank", "destroyed", R, U, A, A, N),
    ("six of the seventeen being destroyed", "seventeen", 17, EX, "count", W, "tank", A, R, U, A, A, N, True),  # restates the table
    ("at least five by Lancet loitering munitions", "at least five", 5, GE, "count", W, "tank", "destroyed", R, U, A, A, N),
    # armoured vehicles and artillery
    ("Among the 163 Russian armoured fighting vehicles", "163", 163, EX, "count", W, "armored_vehicle", A, U, R, A, A, N, True),  # restates the table
    ("were 88 BMP-series infantry fighting vehicles", "88", 88, EX, "count", W, "armored_vehicle", A, U, R, A, A, N),
    ("the BMP-3 alone accounting for 23", "23", 23, EX, "count", W, "armored_vehicle", A, U, R, A, A, N),
    ("and 31 MT-LB tractors", "31", 31, EX, "count", W, "armored_vehicle", A, U, R, A, A, N),
    ("included nine M2A2 Bradleys", "nine", 9, EX, "count", W, "armored_vehicle", A, R, U, A, A, N),
    ("four CV90s and a dozen M113 variants", "four", 4, EX, "count", W, "armored_vehicle", A, R, U, A, A, N),
    ("and a dozen M113 variants", "a dozen", 12, EX, "count", W, "armored_vehicle", A, R, U, A, A, N),
    ("the 96 Russian systems compare with 70", "96", 96, EX, "count", W, "artillery", A, U, R, A, A, N, True),  # restates the table
    ("compare with 70 in October", "70", 70, EX, "count", W, "artillery", A, U, R, A, A, N),
    ("made up 61 of them", "61", 61, EX, "count", W, "artillery", A, U, R, A, A, N),
    ("We logged 33 Ukrainian artillery pieces", "33", 33, EX, "count", W, "artillery", A, R, U, A, A, N, True),  # restates the table
    # air defence, aircraft, drones
    ("Twelve Russian air-defence systems were lost", "Twelve", 12, EX, "count", W, "air_defense", A, U, R, A, A, N, True),  # restates the table
    ("among them four Tor-M2", "four", 4, EX, "count", W, "air_defense", A, U, R, A, A, N),
    ("three Buk-M3 launchers", "three", 3, EX, "count", W, "air_defense", A, U, R, A, A, N),
    ("the Ukrainian tally of eight", "eight", 8, EX, "count", W, "air_defense", A, R, U, A, A, N, True),  # restates the table
    ("includes two IRIS-T SLM launchers", "two", 2, EX, "count", W, "air_defense", A, R, U, A, A, A),
    ("one NASAMS launcher hit by an Iskander-M near Dnipro", "one", 1, EX, "count", W, "air_defense", A, R, U, A, U, "Dnipropetrovsk"),
    ("two Russian Su-25 ground-attack jets", "two", 2, EX, "count", W, "aircraft", A, U, R, A, U, "Zaporizhzhia"),
    ("one Ka-52 helicopter, all over the Zaporizhzhia front", "one", 1, EX, "count", W, "helicopter", A, U, R, A, U, "Zaporizhzhia"),
    ("of one Ukrainian Mi-8 helicopter", "one", 1, EX, "count", W, "helicopter", A, R, U, A, U, "Sumy"),
    ("We also added 39 Russian reconnaissance drones", "39", 39, EX, "count", W, "drone", "shot_down", U, R, A, A, N),
    # captured, by direction
    ("Ukrainian units captured 31 Russian vehicles", "31", 31, EX, "count", W, A, A, U, R, A, A, N),
    ("captured 14 Ukrainian ones", "14", 14, EX, "count", W, A, A, R, U, A, A, A),
    ("accounted for 412 of the Russian losses", "412", 412, EX, "count", W, A, A, U, R, A, U, "Donetsk"),
    ("the Zaporizhzhia front for 236", "236", 236, EX, "count", W, A, A, U, R, A, U, "Zaporizhzhia"),
    ("with Kupiansk third at 171", "171", 171, EX, "count", W, A, A, U, R, A, U, "Kharkiv"),
    # official claims
    ("reported destroying 312 Russian tanks", "312", 312, EX, "count", W, "tank", "destroyed", U, R, U, A, N),
    ("and 611 armoured combat vehicles", "611", 611, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, A, N),
    ('claimed "more than 180" Ukrainian tanks', "more than 180", 180, GE, "count", W, "tank", A, R, U, R, A, N),
    # cumulative
    ("the Russian list now holds more than 23,400 entries", "more than 23,400", 23400, GE, "count", W, A, A, U, R, A, A, N),
    ("and the Ukrainian one 7,950", "7,950", 7950, A, "count", W, A, A, R, U, A, A, N),
])
any_(d, [
    ("from about 2.4 to one", "about 2.4"),
    ("roughly 2.8 to one", "roughly 2.8"),
    ("nearly half of them towed M777", "nearly half"),
    ("No Ukrainian fixed-wing aircraft appeared", "No"),
    ("three to five times what we could verify", "three to five times"),
    ("ten times our count", "ten times"),
    ("roughly 85% of our sources", "roughly 85%"),
    ("between 60% and 75% of actual losses", "60%"),
    ("between 60% and 75% of actual losses", "75%"),
    ("27 entries were removed in November", "27"),
    ("19 of them Russian", "19"),
])

# ---------------------------------------------------------------- z02 exile-media investigation: recruitment
d = "z02_recruitment_bonuses_investigation.txt"
# Okno (the outlet), its table, Budget Watch (independent economists) and the unnamed former
# official have claimant_side open; Fedorishchev, Gladkov, Khabirov, Medvedev ("he" in the next
# sentence), "the government", Putin speak for Russia; Ukraine's military intelligence for Ukraine.
# Sign-up bonuses, regional spending and death payments are economic with action, actor and target
# open (a state paying its own recruits acts on no other side); roubles have unit open; the dollar
# conversion in brackets is the same quantity (optional). Contracts signed are personnel with actor
# Russia, action and target open, country Russia and the region where they were signed (Tatarstan,
# Bashkortostan: outside the vocabulary, region open); the table's contract cells are an Okno
# estimate without a cue in the cell: qualifier open. The table row for Samara restates the
# anecdote's 3.6 million (optional); the headline's "up to 3.6 million" restates it (optional).
# Soldiers' deaths counted from obituaries: casualties, killed, actor Ukraine (a side's military
# dead in the war are losses inflicted by the other side, as in heldout16), target Russia, country open (they died in Ukraine or in Russia's border regions), region None for
# totals; the list "came from Bashkortostan / Tatarstan / the Volgograd region" is a breakdown by
# home region (required), but a home region is not where the death happened: region open. "At
# least 95" foreigners and "nearly 400" ex-prisoners are subsets by property (optional). Putin's
# "some 700,000" deployed "in the zone of the special military operation": country open. HUR's
# monthly "28,000 to 30,000" is a range and a rate (any). "possibly as few as 260,000" has no
# vocabulary cue and is the soft end of Okno's estimate (any). The research counts of the
# standfirst (84 decrees, 212 obituaries, 31 governors), "seven times", "400 more than our
# estimate", "one contract in six", "perhaps half", the 38%/6% shares and the relatives' 7-9
# million range are debatable. Ages ("43-year-old"), "nine years", years, dates, "first eleven
# months", "second-highest", the "Read also" links (48,000 convicts), 8,400 supporters, EUR 5,
# the company number and the read time are not claims.
rows(d, [
    ("paying up to 3.6 million roubles for each new soldier", "up to 3.6 million", 3600000, LE, A, ECO, N, A, A, A, A, R, A, True),  # headline
    ("the Samara region paid him 3.6 million roubles", "3.6 million", 3600000, EX, A, ECO, N, A, A, A, A, R, "Samara"),
    ("(about $39,000)", "about $39,000", 39000, APX, "usd", ECO, N, A, A, A, A, R, "Samara", True),  # conversion
    ("the median regional sign-up bonus was 1.1 million roubles", "1.1 million", 1100000, EX, A, ECO, N, A, A, A, A, R, N),
    ("by December it had reached 2.2 million", "2.2 million", 2200000, EX, A, ECO, N, A, A, A, A, R, N),
    ("the federal one-off payment of 400,000 roubles", "400,000", 400000, EX, A, ECO, N, A, A, A, A, R, N),
    # table (Okno)
    ("| Samara | 3,600,000 | 4,900 |", "3,600,000", 3600000, EX, A, ECO, N, A, A, A, A, R, "Samara", True),  # restates the anecdote
    ("| Samara | 3,600,000 | 4,900 |", "4,900", 4900, A, "count", PER, N, A, R, A, A, R, "Samara"),
    ("| Belgorod | 3,000,000 | 2,150 |", "3,000,000", 3000000, EX, A, ECO, N, A, A, A, A, R, "Belgorod"),
    ("| Belgorod | 3,000,000 | 2,150 |", "2,150", 2150, A, "count", PER, N, A, R, A, A, R, "Belgorod"),
    ("| Tatarstan | 2,500,000 | 11,800 |", "2,500,000", 2500000, EX, A, ECO, N, A, A, A, A, R, A),
    ("| Tatarstan | 2,500,000 | 11,800 |", "11,800", 11800, A, "count", PER, N, A, R, A, A, R, A),
    ("| Bashkortostan | 2,100,000 | 13,400 |", "2,100,000", 2100000, EX, A, ECO, N, A, A, A, A, R, A),
    ("| Bashkortostan | 2,100,000 | 13,400 |", "13,400", 13400, A, "count", PER, N, A, R, A, A, R, A),
    ("| Rostov | 1,800,000 | 7,300 |", "1,800,000", 1800000, EX, A, ECO, N, A, A, A, A, R, "Rostov"),
    ("| Rostov | 1,800,000 | 7,300 |", "7,300", 7300, A, "count", PER, N, A, R, A, A, R, "Rostov"),
    ("| Moscow (city) | 1,900,000 | 41,000 |", "1,900,000", 1900000, EX, A, ECO, N, A, A, A, A, R, "Moscow"),
    ("| Moscow (city) | 1,900,000 | 41,000 |", "41,000", 41000, A, "count", PER, N, A, R, A, A, R, "Moscow"),
    # officials
    ('"more than 5,300 residents of the region"', "more than 5,300", 5300, GE, "count", PER, N, A, R, A, R, R, "Samara"),
    ('put his figure at "about 2,000"', "about 2,000", 2000, APX, "count", PER, N, A, R, A, R, R, "Belgorod"),
    ("told a regional TV channel that 14,100 men had signed up", "14,100", 14100, EX, "count", PER, N, A, R, A, R, R, A),
    ("said last week that 392,000 people had signed contracts", "392,000", 392000, EX, "count", PER, N, A, R, A, R, R, N),
    ("he had reported 417,000 for the whole of 2025", "417,000", 417000, EX, "count", PER, N, A, R, A, R, R, N),
    ("is lower: no more than 310,000", "no more than 310,000", 310000, LE, "count", PER, N, A, R, A, A, R, N),
    # who pays
    ("spent some 640 billion roubles on sign-up bonuses", "some 640 billion", 640000000000, APX, A, ECO, N, A, A, A, A, R, N),
    ("up from an estimated 410 billion", "410 billion", 410000000000, APX, A, ECO, N, A, A, A, A, R, N),
    ("bonuses now swallow almost 9% of regional spending", "almost 9%", 9, LE, "percent", ECO, N, A, A, A, A, R, A),
    ('the government puts at "up to 12 million roubles"', "up to 12 million", 12000000, LE, A, ECO, N, A, A, A, R, R, N),
    # the names
    ("have verified the names of 201,380 Russian servicemen killed", "201,380", 201380, EX, "count", CAS, N, "killed", U, R, A, A, N),
    ("In November alone the list grew by 5,160 names", "5,160", 5160, EX, "count", CAS, N, "killed", U, R, A, A, N),
    ("- 1,140 came from Bashkortostan", "1,140", 1140, EX, "count", CAS, N, "killed", U, R, A, A, A),
    ("- 870 from Tatarstan", "870", 870, EX, "count", CAS, N, "killed", U, R, A, A, A),
    ("- 610 from the Volgograd region", "610", 610, EX, "count", CAS, N, "killed", U, R, A, A, A),
    ("at least 95 were foreign citizens", "at least 95", 95, GE, "count", CAS, N, "killed", U, R, A, A, A, True),  # subset
    ("nearly 400 had been recruited from prisons", "nearly 400", 400, LE, "count", CAS, N, "killed", U, R, A, A, A, True),  # subset
    # Putin
    ("some 700,000 Russian troops were deployed", "some 700,000", 700000, APX, "count", PER, N, "deployed", R, A, R, A, N),
])
any_(d, [
    ("We went through 84 regional decrees", "84"),
    ("212 obituaries and the public statements", "212"),
    ("the public statements of 31 governors", "31"),
    ("That is seven times what the same region offered", "seven times"),
    ("400 more than our estimate", "400"),
    ("and possibly as few as 260,000", "260,000"),
    ("one contract in six is counted twice", "one"),
    ("between 7 million and 9 million", "7 million"),
    ("between 7 million and 9 million", "9 million"),
    ("we find perhaps half of the dead", "perhaps half"),
    ("now make up 38% of all the dead", "38%"),
    ("compared with 6% in 2023", "6%"),
    ('"roughly 28,000 to 30,000" contracts a month', "roughly 28,000"),
    ('"roughly 28,000 to 30,000" contracts a month', "30,000"),
])

# ---------------------------------------------------------------- z03 regional TV transcript: Nikopol
d = "z03_nikopol_tv_transcript.txt"
# The regional (Dnipropetrovsk) and city/district military administrations, Yevtushenko, the
# Southern Defence Forces (Voloshyn) speak for Ukraine; the anchor and correspondent in their own
# voice (no attribution in the sentence) have claimant_side open; DTEK (a private company) open;
# Enerhodar's Russian-installed administration speaks for Russia. Nikopol, Marhanets, Pokrovske,
# Synelnykove and Pavlohrad districts lie in Dnipropetrovsk; Enerhodar and Kamianka-Dniprovska lie
# in the occupied part of Zaporizhzhia: region Zaporizhzhia, country open. Shells fired are weapons
# with weapon_type open ("artillery" is the gun, not the round), action launched. Casualties have
# actor Russia only when their sentence names Russian fire ("by Russian fire", "Russian strikes on
# the Nikopol district have killed", the semicolon sentence that opens "the Russians attacked six
# districts"); otherwise actor open. Damaged houses, apartment blocks and power lines and
# households without power are infrastructure with action open. Children evacuated are
# displacement, evacuated; the "another 214" who remain are labelled with category open (a
# remaining population is neither evacuated nor a vocabulary category), as in z05. "two
# teenagers" is a subset (optional). Incident counts (38 times, more than 190 times, six
# districts, "Three of them"), the distance "six or seven kilometres", "four of them ... in
# hospital", DTEK's restored "some 2,500" and the charity's 1.2 million hryvnias are debatable.
# Times (19:00, 9:00, half past five, 26:40), "seven o'clock", ages (57, 71 years), "fourth time",
# "120mm", "93rd Brigade", views, the hotline and newsroom numbers, licence, postcode and the
# "More from" links (600 shelters) are not claims.
rows(d, [
    ("the Russians fired 54 artillery shells at the district", "54", 54, EX, "count", W, A, "launched", R, U, U, U, "Dnipropetrovsk"),
    ("and sent in 37 FPV drones", "37", 37, EX, "count", W, "drone", "launched", R, U, U, U, "Dnipropetrovsk"),
    ("One man was killed in Marhanets", "One", 1, EX, "count", CAS, N, "killed", A, U, A, U, "Dnipropetrovsk"),
    ("Nine people were wounded, among them two teenagers", "Nine", 9, EX, "count", CAS, N, "injured", A, U, A, U, "Dnipropetrovsk"),
    ("among them two teenagers", "two", 2, EX, "count", CAS, N, "injured", A, U, A, U, "Dnipropetrovsk", True),  # subset
    ("Fourteen private houses, five apartment blocks", "Fourteen", 14, EX, "count", INF, N, A, A, U, U, U, "Dnipropetrovsk"),
    ("five apartment blocks, a school", "five", 5, EX, "count", INF, N, A, A, U, U, U, "Dnipropetrovsk"),
    ("a gas pipeline and two power lines were damaged", "two", 2, EX, "count", INF, N, A, A, U, U, U, "Dnipropetrovsk"),
    ("About 3,800 households in Marhanets", "About 3,800", 3800, APX, "count", INF, N, A, A, U, A, U, "Dnipropetrovsk"),
    ("two people have been killed and 31 wounded by Russian fire", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, "Dnipropetrovsk"),
    ("and 31 wounded by Russian fire", "31", 31, EX, "count", CAS, N, "injured", R, U, U, U, "Dnipropetrovsk"),
    ("We have evacuated 1,316 children", "1,316", 1316, EX, "count", DIS, N, "evacuated", A, A, U, U, "Dnipropetrovsk"),
    ("and another 214 remain", "214", 214, EX, "count", A, N, A, A, A, U, U, "Dnipropetrovsk"),
    ("have killed nine people and injured 88", "nine", 9, EX, "count", CAS, N, "killed", R, U, U, U, "Dnipropetrovsk"),
    ("and injured 88 since the start of December", "88", 88, EX, "count", CAS, N, "injured", R, U, U, U, "Dnipropetrovsk"),
    ("more than 400 houses have been damaged", "more than 400", 400, GE, "count", INF, N, A, R, U, U, U, "Dnipropetrovsk"),
    ("destroyed two Russian 120mm mortars", "two", 2, EX, "count", W, "artillery", "destroyed", U, R, U, A, "Zaporizhzhia"),
    ("shot down 11 Shahed-type drones", "11", 11, EX, "count", W, "drone", "shot_down", U, R, U, U, "Dnipropetrovsk"),
    ('"about 7,000 residents" were left without power', "about 7,000", 7000, APX, "count", INF, N, A, U, A, R, A, "Zaporizhzhia"),
    ("four people were injured outside the Nikopol district", "four", 4, EX, "count", CAS, N, "injured", R, U, U, U, "Dnipropetrovsk"),
    ("roughly 1,300 are still without light", "roughly 1,300", 1300, APX, "count", INF, N, A, A, U, A, U, "Dnipropetrovsk"),
])
any_(d, [
    ("struck the district's communities 38 times", "38"),
    ("four of them are in hospital", "four"),
    ("Three of them came down the street", "Three"),
    ("six or seven kilometres away", "six or seven"),
    ("attacked more than 190 times", "more than 190"),
    ("the Russians attacked six districts", "six"),
    ("restored power to some 2,500 customers", "some 2,500"),
    ("has raised 1.2 million hryvnias", "1.2 million"),
])

# ---------------------------------------------------------------- z04 IAEA technical update on the ZNPP
d = "z04_iaea_znpp_update.txt"
# The IAEA update and Director General Grossi speak for the agency: claimant_side open (whether
# the IAEA counts as "United Nations" is left open); Rosatom and Likhachev speak for Russia;
# Energoatom, Ukraine's Ministry of Energy ("the ministry") and the General Staff for Ukraine.
# The ZNPP and Enerhodar are in occupied Zaporizhzhia: region Zaporizhzhia, country open. Off-site
# lines damaged and never repaired are infrastructure with action, actor and target open (the
# update attributes them to no side); drones that "struck near" or "hit" the site are weapons with
# action, actor and target open; Likhachev's 17 drones are launched by Ukraine (target open: the
# occupied plant) and 14 "destroyed by Russian air defence" are shot_down (actor Russia, target
# Ukraine). Energoatom's "up to 40" pieces of equipment parked in turbine halls: weapon_type open
# (APCs among other kit), action open, actor Russia. Plant staff are personnel with action, actor
# and target open; the pre-war 11,000 is a baseline (optional); employees "in Russian custody":
# actor Russia (the holder), target Ukraine, country and region open (where they are held is not
# said). The ministry's 470 drones and 38 missiles are a nationwide attack (region None); the 1.2
# million households sit in a separate sentence that names no attacker (actor open) and span three
# regions (region open); the two damaged substations: target Ukraine, region open. Nikopol's five
# injured: actor Russia, Dnipropetrovsk. Incident counts (26 explosions, 44 times), the plant's
# equipment and capacity (20 diesel generators, eight on stand-by, ten lines before the war, "one"
# today, "four" 750 kV lines, six reactors, "seven substations", "two of its off-site power lines"
# at each of two plants), distances (15 km), the cooling-pond levels (13.92 and 14.31 metres) and
# "dozens" are debatable. "750 kilovolt (kV)", "330 kV", "six-unit", "eleventh time", Units 1, 2,
# 4, Unit 4, times, dates, "at least two days", "several months", "39th", Update 342/341, "35
# members", the Related link's EUR 100 million, phone and PO box are not claims.
rows(d, [
    ("Three of the plant's four 750 kV lines were damaged", "Three", 3, EX, "count", INF, N, A, A, A, A, A, "Zaporizhzhia"),
    ("at least three drones struck near the plant's training centre", "at least three", 3, GE, "count", W, "drone", A, A, A, A, A, "Zaporizhzhia"),
    ("one drone hit the roof of a warehouse", "one", 1, EX, "count", W, "drone", A, A, A, A, A, "Zaporizhzhia"),
    ("Ukrainian forces had launched 17 drones towards Enerhodar", "17", 17, EX, "count", W, "drone", "launched", U, A, R, A, "Zaporizhzhia"),
    ("14 of which had been destroyed by Russian air defence", "14", 14, EX, "count", W, "drone", "shot_down", R, U, R, A, "Zaporizhzhia"),
    ('with "up to 40" pieces of military equipment', "up to 40", 40, LE, "count", W, A, A, R, A, U, A, "Zaporizhzhia"),
    ("has fallen to around 4,600", "around 4,600", 4600, APX, "count", PER, N, A, A, A, A, A, "Zaporizhzhia"),
    ("compared with the 11,000 people who worked there", "11,000", 11000, EX, "count", PER, N, A, A, A, A, A, "Zaporizhzhia", True),  # pre-war baseline
    ('employed "more than 5,000 people"', "more than 5,000", 5000, GE, "count", PER, N, A, A, A, R, A, "Zaporizhzhia"),
    ("23 of the plant's Ukrainian employees remained in Russian custody", "23", 23, EX, "count", PER, N, A, R, U, U, A, A),
    ("Russia had launched 470 drones and 38 missiles", "470", 470, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("470 drones and 38 missiles", "38", 38, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("ministry said that 1.2 million households", "1.2 million", 1200000, EX, "count", INF, N, A, A, U, U, U, A),
    ("two had been damaged in the latest attacks", "two", 2, EX, "count", INF, N, A, A, U, A, U, A),
    ("injuring five people", "five", 5, EX, "count", CAS, N, "injured", R, U, U, U, "Dnipropetrovsk"),
])
any_(d, [
    ("military activity about 15 kilometres from the site", "about 15"),
    ("The plant's 20 emergency diesel generators", "20"),
    ("but eight of them were placed on stand-by", "eight"),
    ("the ZNPP had ten off-site power lines available", "ten"),
    ("Today it has one.", "one"),
    ("the plant's four 750 kV lines", "four"),
    ("reported hearing 26 explosions", "26"),
    ("There were no reports of injuries", "no"),
    ("lost contact with dozens of others", "dozens"),
    ("All six reactors remain in cold shutdown", "six"),
    ("measured at 13.92 metres", "13.92"),
    ("down from 14.31 metres", "14.31"),
    ("lost connection to two of its off-site power lines", "two"),
    ("Of the seven substations assessed", "seven"),
    ("shelled the city of Nikopol 44 times", "44"),
])

# ---------------------------------------------------------------- z05 evacuation from the Donetsk region
d = "z05_donetsk_evacuation_trains.txt"
# The Donetsk regional military administration, Filashkin ("He said"), Ukrzaliznytsia, Syniehubov
# and Lviv city council speak for Ukraine; the Yellow Van volunteers (Rudenko) have claimant_side
# open; Russia's Defence Ministry speaks for Russia. Evacuated people: displacement, evacuated,
# actor and target open (people "left" / were "taken out" in an evacuation report count as
# evacuated); a sentence with no attribution ("On Monday alone 612 ...") has claimant_side open.
# Residents who remain in a town or region are labelled with category, action, actor and target
# open (not evacuated, but the figure that measures displacement). Evacuation trains start in
# Lozova (Kharkiv region) and carry people from the Donetsk region: region open for Ukrzaliznytsia's
# 2,106; the Lviv transit centre's arrivals: action open, region open (origin Donetsk, arrival
# Lviv). The volunteers' sentences name no region ("towns closest to the front"): region open.
# Filashkin's paragraph is printed twice (CMS duplicate): labelled once. Subsets by property
# ("among them 418 children", "97 people with limited mobility", "roughly 11,200 children", "three
# of them children", "among them 4,900 children") and by day ("including 311 on a single day") are
# optional, like the standfirst's restatements ("More than 3,400", "killed four"), the 380 on the
# train struck at Lozova (part of the 2,106) and the three damaged carriages. The strike: "two
# Shahed drones struck" have action open (hits), actor Russia; the next sentence's killed and
# injured name no perpetrator (actor open) and are Syniehubov's (Ukraine). Russia's "up to 60"
# servicemen killed and two HIMARS destroyed: Kharkiv, claimant Russia. "almost a third",
# "nearly twice", "About 40%", "34 settlements", two carriages, eight stretchers, "Two of our
# vans", "one driver", "one of its conductors" and "two leave by car" are debatable. Times
# (15:10), dates, "two years", "two and a half hours", "older than 60", Iskander-M, hotlines,
# views, comments and the "Read also" links (12 photos, 70% without water) are not claims.
rows(d, [
    ("More than 3,400 people left the Donetsk region", "More than 3,400", 3400, GE, "count", DIS, N, "evacuated", A, A, A, U, "Donetsk", True),  # standfirst
    ("a strike on Lozova station killed four", "four", 4, EX, "count", CAS, N, "killed", A, U, A, U, "Kharkiv", True),  # standfirst
    ("Over the past week, 3,412 people", "3,412", 3412, EX, "count", DIS, N, "evacuated", A, A, U, U, "Donetsk"),
    ("among them 418 children", "418", 418, EX, "count", DIS, N, "evacuated", A, A, U, U, "Donetsk", True),  # subset
    ("97 people with limited mobility", "97", 97, EX, "count", DIS, N, "evacuated", A, A, U, U, "Donetsk", True),  # subset
    ("the week before, when 2,590 people left", "2,590", 2590, EX, "count", DIS, N, "evacuated", A, A, U, U, "Donetsk"),
    ("On Monday alone 612 people were taken out", "612", 612, EX, "count", DIS, N, "evacuated", A, A, A, U, "Donetsk"),
    # Filashkin (paragraph printed twice)
    ("about 9,600 people were still living in Druzhkivka", "about 9,600", 9600, APX, "count", A, N, A, A, A, U, U, "Donetsk"),
    ("roughly 51,000 in Kramatorsk", "roughly 51,000", 51000, APX, "count", A, N, A, A, A, U, U, "Donetsk"),
    ("some 62,000 in Sloviansk", "some 62,000", 62000, APX, "count", A, N, A, A, A, U, U, "Donetsk"),
    ("about 187,000 people remain", "about 187,000", 187000, APX, "count", A, N, A, A, A, U, U, "Donetsk"),
    ("among them roughly 11,200 children", "roughly 11,200", 11200, APX, "count", A, N, A, A, A, U, U, "Donetsk", True),  # subset
    # trains and volunteers
    ("carried 2,106 passengers from Lozova", "2,106", 2106, EX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("including 311 on a single day", "311", 311, EX, "count", DIS, N, "evacuated", A, A, U, U, A, True),  # one day of the 2,106
    ("have brought out 1,480 people with limited mobility", "1,480", 1480, EX, "count", DIS, N, "evacuated", A, A, A, U, A),
    ("Last week we carried 64 people out on stretchers", "64", 64, EX, "count", DIS, N, "evacuated", A, A, A, U, A),
    # strike on Lozova
    ("and two Shahed drones struck the station area", "two", 2, EX, "count", W, "drone", A, R, U, A, U, "Kharkiv"),
    ("Four people were killed and 19 injured", "Four", 4, EX, "count", CAS, N, "killed", A, U, U, U, "Kharkiv"),
    ("and 19 injured, three of them children", "19", 19, EX, "count", CAS, N, "injured", A, U, U, U, "Kharkiv"),
    ("three of them children", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, "Kharkiv", True),  # subset
    ("three carriages had been damaged", "three", 3, EX, "count", INF, N, A, A, U, U, U, "Kharkiv", True),  # rolling stock
    ("with 380 people aboard", "380", 380, EX, "count", DIS, N, "evacuated", A, A, U, U, "Kharkiv", True),  # part of the 2,106
    ('killing "up to 60" of them', "up to 60", 60, LE, "count", CAS, N, "killed", R, U, R, U, "Kharkiv"),
    ("destroyed two Ukrainian HIMARS launchers", "two", 2, EX, "count", W, "mlrs", "destroyed", R, U, R, U, "Kharkiv"),
    # totals
    ("more than 27,600 people have left the Donetsk region", "more than 27,600", 27600, GE, "count", DIS, N, "evacuated", A, A, U, U, "Donetsk"),
    ("among them 4,900 children", "4,900", 4900, EX, "count", DIS, N, "evacuated", A, A, U, U, "Donetsk", True),  # subset
    ("received 1,130 people from the Donetsk region", "1,130", 1130, EX, "count", DIS, N, A, A, A, U, U, A),
])
any_(d, [
    ("almost a third more than the week before", "almost a third"),
    ("now covers 34 settlements", "34"),
    ("added two special carriages", "two"),
    ("room for eight stretchers", "eight"),
    ("Two of our vans were hit by drones", "Two"),
    ("one driver lost an eye", "one"),
    ("one of its conductors was among the injured", "one"),
    ("two leave by car", "two"),
    ("no military personnel were on board", "no"),
    ("nearly twice as many as in November", "nearly twice"),
    ("About 40% of them were older than 60", "About 40%"),
])

# ---------------------------------------------------------------- z06 opinion column: aid and attrition
d = "z06_opinion_aid_and_attrition.txt"
# The columnist's own figures and calculations, the Kiel Institute, ISW, CSIS and "Western
# intelligence agencies" have claimant_side open; Britain's Ministry of Defence speaks for the
# United Kingdom; Zelensky, Ukraine's military intelligence, Syrskyi, Ukraine's Air Force and
# "Ukraine" for Ukraine; South Korea's NIS for South Korea; Germany's defence minister for no
# vocabulary side (open). Aid money: actor the donor when it is in SIDES (United States), else open
# (Europe, the EU, "Europeans"); euros and roubles have unit open. Germany's EUR 11.5 billion for
# 2027 is a pledge (optional). Russia's defence budget and its share of GDP are economic, country
# Russia. ISW's captured land is seized by Russia; the columnist's "roughly 6,800" km2 "that Ukraine
# still holds" is controlled (actor Ukraine, region Donetsk). The MoD's "more than 1.25 million
# casualties" mix killed and wounded (action open), actor Ukraine, target Russia; its "about 1,100
# a day", HUR's "around 30,000 ... a month" and the Air Force's "roughly 200 a night" are rates
# (optional); CSIS's "between 80,000 and 120,000" is a range (optional at both ends). Zelensky's
# and CSIS's Ukrainian military dead have actor Russia (a side's war dead are losses inflicted by
# the other side, as for the MoD's Russian casualties), country Ukraine. Syrskyi's
# troops "deployed against Ukraine": target Ukraine, as the sentence says; "up from 600,000"
# shares that context. Ukraine's "some 4 million" drones produced: action and target open. North
# Korea's "some 15,000" troops "sent ... to fight for Russia": action open (sent is not a
# vocabulary action for troops), country and region open; "up to 250" artillery pieces and rocket
# launchers: weapon_type open. Comparisons and fractions ("one and a half times", "three times as
# many", "a fifth of the area", "a dozen times", "A quarter of one per cent"), the columnist's
# shares and hypotheticals (0.3 per cent of German output, "nearer 8 per cent", EUR 20 trillion,
# EUR 50 billion a year, "something like 80" per km2), prices ($4 million, $35,000) and "millions
# of shells" are debatable. Years (2022, 2027, 2028), "six months", his age 58, comment count, read
# time, subscription price and the "More from Opinion"/"Most read" links (1.25 million question,
# 23 replies, Twelve days, 8% energy bills, Ten walks) are not claims.
rows(d, [
    ("Germany will give Ukraine €11.5 billion in military aid", "€11.5 billion", 11500000000, EX, A, ECO, N, A, A, A, A, A, N, True),  # pledge
    ("allocated about €190 billion", "about €190 billion", 190000000000, APX, A, ECO, N, A, A, A, A, A, N),
    ("stands at some $130 billion", "some $130 billion", 130000000000, APX, "usd", ECO, N, A, US, A, A, A, N),
    ("The EU's €90 billion loan", "€90 billion", 90000000000, EX, A, ECO, N, A, A, A, A, A, N),
    ("Nor will the $4.1 billion", "$4.1 billion", 4100000000, EX, "usd", ECO, N, A, A, A, A, A, N),
    ("set aside 13.5 trillion roubles", "13.5 trillion", 13500000000000, EX, A, ECO, N, A, A, A, A, R, N),
    ("some 6.3 per cent of GDP", "some 6.3 per cent", 6.3, APX, "percent", ECO, N, A, A, A, A, R, N),
    ("captured roughly 4,300 square kilometres", "roughly 4,300", 4300, APX, "km2", TER, N, "seized", R, U, A, U, N),
    ("taking the roughly 6,800 square kilometres", "roughly 6,800", 6800, APX, "km2", TER, N, "controlled", U, A, A, U, "Donetsk"),
    ("more than 1.25 million casualties", "more than 1.25 million", 1250000, GE, "count", CAS, N, A, U, R, UK, U, N),
    ("its losses ran at about 1,100 a day", "about 1,100", 1100, APX, "count", CAS, N, A, U, R, UK, U, N, True),  # a daily rate
    ('"just over 61,000"', "just over 61,000", 61000, GE, "count", CAS, N, "killed", R, U, U, U, N),
    ("somewhere between 80,000 and 120,000", "80,000", 80000, A, "count", CAS, N, "killed", R, U, A, U, N, True),  # range
    ("somewhere between 80,000 and 120,000", "120,000", 120000, A, "count", CAS, N, "killed", R, U, A, U, N, True),  # range
    ("recruiting around 30,000 contract soldiers a month", "around 30,000", 30000, APX, "count", PER, N, A, R, A, U, R, N, True),  # a monthly rate
    ("some 710,000 troops deployed against Ukraine", "some 710,000", 710000, APX, "count", PER, N, "deployed", R, U, U, U, N),
    ("up from 600,000 a year ago", "600,000", 600000, EX, "count", PER, N, "deployed", R, U, U, U, N),
    ("launched more than 6,200 Shahed-type drones", "more than 6,200", 6200, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("roughly 200 a night", "roughly 200", 200, APX, "count", W, "drone", "launched", R, U, U, U, N, True),  # a nightly rate
    ("produced some 4 million drones", "some 4 million", 4000000, APX, "count", W, "drone", A, U, A, U, U, N),
    ("sent some 15,000 troops to fight for Russia", "some 15,000", 15000, APX, "count", PER, N, A, NK, A, SK, A, A),
    ('along with "up to 250" long-range artillery pieces', "up to 250", 250, LE, "count", W, A, A, NK, A, SK, A, A),
])
any_(d, [
    ("about 0.3 per cent of German economic output", "about 0.3 per cent"),
    ("roughly one and a half times as much as America", "roughly one and a half times"),
    ("is nearer 8 per cent", "8 per cent"),
    ("about a fifth of the area of the Lviv region", "about a fifth"),
    ("something like 80 killed or wounded", "80"),
    ("three times as many as Ukraine's mobilisation", "three times"),
    ("costs around $4 million", "around $4 million"),
    ("a Shahed, perhaps $35,000", "$35,000"),
    ("and millions of shells", "millions"),
    ("worth roughly €20 trillion", "roughly €20 trillion"),
    ("A quarter of one per cent of that", "A quarter of one per cent"),
    ("is €50 billion a year", "€50 billion"),
    ("a dozen times what the EU spent", "a dozen times"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "z17")
