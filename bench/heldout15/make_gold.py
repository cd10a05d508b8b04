"""Builds gold.jsonl for heldout15 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout15.make_gold

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


# fmt: off
# ---------------------------------------------------------------- x01 wire-service live blog
d = "x01_live_blog_overnight_strike.txt"
# Entries run newest first. The Air Force, Klitschko, the State Emergency Service, Lysak,
# Syniehubov, Kozytskyi, Ukrenergo, Zelensky and the General Staff speak for Ukraine; the Defence
# Ministry for Russia; DTEK (a private company) has claimant_side open. The Kyiv death toll is
# updated twice (four -> seven -> nine): each update is a claim of its own; the headline and the
# "Key points" box restate the body (optional). The 585 drones of the 06:40 entry were retracted
# by the 14:32 correction: optional; the "not 585" of the correction itself is debatable.
# Casualties whose perpetrator the sentence does not name: actor open. The Air Force's national
# tallies: region None. "Taken control of two settlements": seized or controlled, action open.
# Timestamps, "seven hours", "nine-storey", ages, the "12th"/"11th" ordinals, Kh-101 and the
# furniture (share counts, "Read also" and "Most read" headlines, readers, phone) are not claims.
rows(d, [
    # headline and key points (restatements)
    ("Kyiv death toll rises to nine", "nine", 9, EX, "count", CAS, N, "killed", A, U, U, U, "Kyiv", True),
    ("Russia fired 653 drones and 51 missiles overnight", "653", 653, EX, "count", W, "drone", "launched", R, U, U, U, N, True),
    ("653 drones and 51 missiles overnight", "51", 51, EX, "count", W, "missile", "launched", R, U, U, U, N, True),
    ("Nine people killed in the capital", "Nine", 9, EX, "count", CAS, N, "killed", A, U, U, U, "Kyiv", True),
    ("Moscow says it downed 112 Ukrainian drones", "112", 112, EX, "count", W, "drone", "shot_down", R, U, R, R, N, True),
    # 14:32 correction
    ("suppressed 589 drones, not 585", "589", 589, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    # 13:30 Russian MoD and Ukraine's General Staff
    ("Ukraine had lost up to 1,340 servicemen", "up to 1,340", 1340, LE, "count", CAS, N, A, R, U, R, U, N),
    ("taken control of two settlements", "two", 2, EX, "count", TER, N, A, R, U, R, U, A),
    ("put Russian losses over the past 24 hours at 1,090 personnel", "1,090", 1090, EX, "count", CAS, N, A, U, R, U, U, N),
    ("four tanks and 41 artillery systems", "four", 4, EX, "count", W, "tank", A, U, R, U, U, N),
    ("four tanks and 41 artillery systems", "41", 41, EX, "count", W, "artillery", A, U, R, U, U, N),
    # 12:55 update: Kyiv
    ("now says nine people were killed in Kyiv", "nine", 9, EX, "count", CAS, N, "killed", A, U, U, U, "Kyiv"),
    ("including two children, and 31 were injured", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, "Kyiv", True),  # subset
    ("and 31 were injured", "31", 31, EX, "count", CAS, N, "injured", A, U, U, U, "Kyiv"),
    ("Of the injured, 17 are being treated", "17", 17, EX, "count", CAS, N, "injured", A, U, U, U, "Kyiv", True),  # subset
    # 12:10 evacuations
    ("Over the past day, 312 people", "312", 312, EX, "count", DIS, N, "evacuated", A, A, U, U, "Kharkiv"),
    ("among them 41 children, were evacuated", "41", 41, EX, "count", DIS, N, "evacuated", A, A, U, U, "Kharkiv", True),  # subset
    # 11:40 Dnipro
    ("two people were killed and 11 wounded", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, "Dnipropetrovsk"),
    ("killed and 11 wounded when a missile", "11", 11, EX, "count", CAS, N, "injured", A, U, U, U, "Dnipropetrovsk"),
    ("Three of the wounded are children", "Three", 3, EX, "count", CAS, N, "injured", A, U, U, U, "Dnipropetrovsk", True),  # subset
    # 11:05 Zelensky: the week's totals
    ("Russia has used more than 1,900 attack drones", "more than 1,900", 1900, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("nearly 1,200 guided aerial bombs", "nearly 1,200", 1200, LE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("and 74 missiles of various types against Ukraine", "74", 74, A, "count", W, "missile", "launched", R, U, U, U, N),
    # 09:42 update: Kyiv
    ("has risen to seven, with 26 people injured", "seven", 7, EX, "count", CAS, N, "killed", A, U, U, U, "Kyiv"),
    ("with 26 people injured", "26", 26, EX, "count", CAS, N, "injured", A, U, U, U, "Kyiv"),
    ("where at least three of the victims lived", "at least three", 3, GE, "count", CAS, N, "killed", A, U, U, U, "Kyiv", True),  # subset
    # 08:50 Russian MoD: drones over Russia, with a per-region breakdown
    ("destroyed 112 Ukrainian fixed-wing drones over Russian regions", "112", 112, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("41 of them over the Bryansk region", "41", 41, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("23 over the Belgorod region", "23", 23, EX, "count", W, "drone", "shot_down", R, U, R, R, "Belgorod"),
    # 08:15 DTEK
    ("more than 1.1 million households in Kyiv", "more than 1.1 million", 1100000, GE, "count", INF, N, A, A, U, A, U, "Kyiv"),
    # 07:31 Lviv
    ("Two critical infrastructure facilities in the Lviv region", "Two", 2, EX, "count", INF, N, A, A, U, U, U, "Lviv"),
    # 07:05 Kyiv, first figures
    ("at least four people have been killed", "at least four", 4, GE, "count", CAS, N, "killed", A, U, U, U, "Kyiv"),
    ("killed and 19 injured, Mayor", "19", 19, A, "count", CAS, N, "injured", A, U, U, U, "Kyiv"),
    # 06:40 the Air Force's tally; the 585 was retracted at 14:32
    ("Russia launched 653 attack drones", "653", 653, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 51 missiles of various types, it said", "51", 51, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("suppressed 585 of the drones", "585", 585, EX, "count", W, "drone", "shot_down", U, R, U, U, N, True),
    ("and 43 of the missiles", "43", 43, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Hits by eight missiles and 68 drones", "eight", 8, EX, "count", W, "missile", A, R, U, U, U, N),
    ("eight missiles and 68 drones were recorded", "68", 68, EX, "count", W, "drone", A, R, U, U, U, N),
    ("Among the missiles were eight Kinzhal", "eight", 8, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("and 19 Kh-101 cruise missiles", "19", 19, EX, "count", W, "missile", "launched", R, U, U, U, N),
])
any_(d, [
    ("not 585 as initially reported", "585"),
    ("one of its two remaining off-site power lines", "two"),
    ("All six reactors remain", "six"),
    ("repelled 187 Russian assaults", "187"),
    ("more than a third of them near Kostiantynivka", "more than a third"),
    ("Roughly 2,300 residents still remain", "Roughly 2,300"),
    ('needed "at least ten more Patriot systems"', "at least ten"),
    ("emergency power cuts had been introduced in nine regions", "nine"),
    ("One of its thermal power plants", "One"),
    ("There were no casualties", "no"),
    ("no violation of Polish airspace", "no"),
    ("were recorded at 17 locations", "17"),
])

# ---------------------------------------------------------------- x02 think-tank campaign assessment
d = "x02_campaign_assessment.txt"
# The think tank's own assessments ("ACM assesses", "likely", geolocated footage) and the Russian
# milbloggers it cites have claimant_side open (neither is a state body); the General Staff,
# Air Force, Syrskyi, Kiper, Shmyhal and the brigade spokesperson are Ukraine; the Russian MoD,
# Busargin and Medvedev Russia. Kostiantynivka lies in Donetsk, Huliaipole in Zaporizhzhia,
# Kupiansk in Kharkiv. Takeaway 4 restates the force-generation paragraph (optional); takeaways
# 1 and 2 are the only statements of their figures. "Advanced up to 2.5 km deep" has action open
# (as in heldout14). A daily rate ("up to 30 glide bomb strikes ... each day") and "fewer than 60
# ... remain" are optional. Footnote markers [1]..[17], the data cut-off, dates, the 5th CAA,
# Iskander-M, refinery capacity and the PDF size are not claims.
rows(d, [
    ("likely control roughly 18 percent of Kostiantynivka", "roughly 18 percent", 18, APX, "percent", TER, N, "controlled", R, U, A, U, "Donetsk"),
    ("gained an estimated 486 square kilometers", "an estimated 486", 486, APX, "km2", TER, N, "seized", R, U, A, U, N),
    ("down from 523 square kilometers in October", "523", 523, A, "km2", TER, N, "seized", R, U, A, U, N),
    ("claimed that more than 402,000 people signed military service contracts", "more than 402,000", 402000, GE, "count", PER, N, A, R, A, R, R, N, True),  # takeaway
    # strike on the Saratov refinery
    ("downed 57 Ukrainian drones over Russian territory", "57", 57, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("including 14 over Saratov Oblast", "14", 14, EX, "count", W, "drone", "shot_down", R, U, R, R, "Saratov"),
    ("debris injured two civilians", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, "Saratov"),
    ("damaged nine private houses in Saratov City", "nine", 9, EX, "count", INF, N, A, A, R, R, R, "Saratov"),
    # Kostiantynivka
    ('control "over 40 percent" of Kostiantynivka', "over 40 percent", 40, GE, "percent", TER, N, "controlled", R, U, A, U, "Donetsk"),
    ("attacked with 14 armored vehicles", "14", 14, EX, "count", W, "armored_vehicle", A, R, U, U, U, "Donetsk"),
    ("destroyed nine of the vehicles", "nine", 9, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, "Donetsk"),
    ("conducting up to 30 glide bomb strikes", "up to 30", 30, LE, "count", W, "guided_bomb", "launched", R, U, U, U, "Donetsk", True),  # a daily rate
    ("concentrated about 120,000 troops", "about 120,000", 120000, APX, "count", PER, N, "massed", R, A, U, U, "Donetsk"),
    ("suffered 31,800 casualties across the front line", "31,800", 31800, EX, "count", CAS, N, A, U, R, U, U, N),
    # Kupiansk
    ("fewer than 60 Russian servicemen remain in Kupiansk", "fewer than 60", 60, A, "count", PER, N, A, R, A, U, U, "Kharkiv", True),
    # Huliaipole: milbloggers
    ("advanced up to 2.5 kilometers deep", "up to 2.5", 2.5, LE, "km", TER, N, A, R, U, A, U, "Zaporizhzhia"),
    ("seized 11 settlements in the Huliaipole direction", "11", 11, EX, "count", TER, N, "seized", R, U, A, U, "Zaporizhzhia"),
    # overnight strike on Ukraine
    ("launched 141 Shahed-type and decoy drones", "141", 141, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and four Iskander-M ballistic missiles", "four", 4, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("downed 118 drones and one missile", "118", 118, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("one missile and that 19", "one", 1, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("that 19 drones struck eight locations", "19", 19, EX, "count", W, "drone", A, R, U, U, U, N),
    ("injured three people in Odesa City", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, "Odesa"),
    # force generation; defence industry
    ("over 402,000 people signed contracts", "over 402,000", 402000, GE, "count", PER, N, A, R, A, R, R, N),
    ("a further 35,000 joined volunteer units", "35,000", 35000, A, "count", PER, N, A, R, A, R, R, N),
    ("produced more than 2 million drones", "more than 2 million", 2000000, GE, "count", W, "drone", A, U, A, U, U, N),
])
any_(d, [
    ("processes roughly 4.8 million tons of crude oil", "roughly 4.8 million"),
    ("repelled 11 Russian assaults near Yunakivka", "11"),
    ("a dozen motorcycles", "a dozen"),
    ("on a front between 3 and 4 kilometers wide", "3"),
    ("between 3 and 4 kilometers wide", "4"),
    ("struck eight locations", "eight"),
    ("roughly 36,500 recruits per month", "roughly 36,500"),
    ("received 38 percent more interceptor drones", "38 percent"),
])

# ---------------------------------------------------------------- x03 grid operator / energy news
d = "x03_grid_operator_strikes.txt"
# Ukrenergo, Naftogaz (both state-owned), the Energy Ministry and minister, Kiper, Kalashnyk and
# the Air Force speak for Ukraine; DTEK (private) has claimant_side open; the Defence Ministry,
# Gladkov and Russia's Energy Ministry Russia. Ukrenergo's statement is printed twice (CMS
# duplicate): labelled once. Consumers/households/subscribers without power, substations
# targeted and lost capacity are infrastructure with action open; megawatts have unit open; a
# share of gas output halted is economic. Ukrenergo's "Seven substations" follow "the enemy
# again attacked": actor Russia. The headline restates the Kharkiv figure (optional); the minister's
# €140 million is part of the €1.3 billion (optional). Repair workers, heavy equipment, queues,
# the tariff and "two large thermal plants" are debatable. "ninth"/"14th", times, "750 kV",
# "5 kVA", outage-schedule queue numbers, the hotline 1588, 62% gas storage (a "Related" link),
# battery %, view and comment counts are not claims.
rows(d, [
    ("1.6 million consumers without power in Kharkiv region", "1.6 million", 1600000, EX, "count", INF, N, A, A, U, U, U, "Kharkiv", True),  # headline
    ("Seven substations of the main grid were targeted", "Seven", 7, EX, "count", INF, N, A, R, U, U, U, A),
    ("three of them in the Kharkiv region", "three", 3, EX, "count", INF, N, A, R, U, U, U, "Kharkiv"),
    ("about 1.6 million consumers in the Kharkiv region", "about 1.6 million", 1600000, APX, "count", INF, N, A, A, U, U, U, "Kharkiv"),
    ('lost "roughly 2,300 megawatts"', "roughly 2,300", 2300, APX, A, INF, N, A, A, U, U, U, N),
    # DTEK
    ("three of its workers were injured", "three", 3, EX, "count", CAS, N, "injured", A, U, A, U, N),
    ("around 90 percent of its thermal generating capacity", "around 90 percent", 90, APX, "percent", INF, N, A, A, U, A, U, N),
    # Naftogaz
    ("fired 35 missiles and some 60 drones", "35", 35, A, "count", W, "missile", "launched", R, U, U, U, A),
    ("some 60 drones at the group's", "some 60", 60, APX, "count", W, "drone", "launched", R, U, U, U, A),
    ("up to 40% of the group's daily output", "up to 40%", 40, LE, "percent", ECO, N, A, A, U, U, U, A),
    # Energy Ministry, since March
    ("launched more than 3,100 drones", "more than 3,100", 3100, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("nearly 1,200 missiles at energy infrastructure", "nearly 1,200", 1200, LE, "count", W, "missile", "launched", R, U, U, U, N),
    ("No fewer than 63 substations", "No fewer than 63", 63, GE, "count", INF, N, A, A, U, U, U, N),
    # Odesa and Kyiv regions
    ("cutting power to 21,000 households", "21,000", 21000, EX, "count", INF, N, A, A, U, U, U, "Odesa"),
    ("Two people were injured.", "Two", 2, EX, "count", CAS, N, "injured", A, U, U, U, "Odesa"),
    ("about 44,000 subscribers were briefly left", "about 44,000", 44000, APX, "count", INF, N, A, A, U, U, U, "Kyiv"),
    # the Air Force's overnight tally
    ("Russia had used 142 drones and 47 missiles", "142", 142, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("142 drones and 47 missiles in the overnight attack", "47", 47, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("of which 109 drones and 36 missiles were downed", "109", 109, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("109 drones and 36 missiles were downed", "36", 36, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    # Russian MoD; Belgorod
    ("destroyed 48 Ukrainian drones overnight", "48", 48, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("left around 40,000 residents without electricity", "around 40,000", 40000, APX, "count", INF, N, A, U, R, R, R, "Belgorod"),
    # aid
    ("has received €1.3 billion in contributions", "€1.3 billion", 1300000000, EX, A, ECO, N, A, A, A, U, A, N),
    ("of which €140 million arrived in November", "€140 million", 140000000, EX, A, ECO, N, A, A, A, U, A, N, True),  # part of the total
])
any_(d, [
    ("targets energy in four regions", "four"),
    ("the output of two large thermal plants", "two"),
    ("with between two and four queues", "two"),
    ("between two and four queues", "four"),
    ("more than 200 repair workers had been sent", "more than 200"),
    ("more than 1,500 repair workers", "more than 1,500"),
    ("310 units of heavy equipment", "310"),
    ("pay UAH 4.32 per kilowatt-hour", "UAH 4.32"),
])

# ---------------------------------------------------------------- x04 Black Sea naval report
d = "x04_black_sea_naval_report.txt"
# The SBU, HUR, Navy, Pletenchuk, Kiper, Kuleba, the Air Force and the Sea Ports Authority (USPA)
# speak for Ukraine; the Defence Ministry and Razvozhayev for Russia; the naval blogger and the
# "independent analysts" have claimant_side open, the satellite imagery is the bulletin's own.
# Novorossiysk lies in Krasnodar (outside REGIONS): region open; the open sea: country and region
# open; occupied Crimea: country open, region Crimea; Mykolaiv is outside REGIONS. Sea drones
# called "drones" have weapon_type drone; "uncrewed boats"/"attacking boats" weapon_type open;
# warships damaged have action open; civilian cargo ships are neither weapons nor clearly
# infrastructure: category open. The lead restates the SBU and Odesa figures (optional). Tonnes
# have unit open; the table's tonnage cells (in "million tonnes" per the header) are debatable,
# its vessel counts for September and October are claims, its November row restates the text.
# "Project 22160", Kilo-class, Mi-8, Ka-27, Magura V7, 35,000 deadweight tonnes, dates, the
# subscription price and "More from" links are not claims.
rows(d, [
    # lead (restatements)
    ("damaging at least two warships", "at least two", 2, GE, "count", W, "ship", A, U, R, U, R, A, True),
    ("killed two port workers", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, "Odesa", True),
    ("damaged three civilian cargo ships", "three", 3, EX, "count", A, A, A, R, U, U, U, "Odesa", True),
    # Novorossiysk
    ("Two ships of the aggressor's Black Sea Fleet", "Two", 2, EX, "count", W, "ship", A, U, R, U, R, A),
    ("what it said were six drones approaching", "six", 6, EX, "count", W, "drone", "launched", U, R, U, R, A),
    ('"destroyed 11 uncrewed boats"', "11", 11, EX, "count", W, A, A, R, U, R, A, A),
    ('at "no fewer than 15"', "no fewer than 15", 15, GE, "count", W, A, "launched", U, R, A, R, A),
    ("shows 14 Russian warships and submarines", "14", 14, EX, "count", W, "ship", A, R, A, A, R, A),
    # Crimea
    ("by seven naval drones on Thursday night", "seven", 7, EX, "count", W, "drone", "launched", U, R, R, A, "Crimea"),
    ("One person was injured by debris", "One", 1, EX, "count", CAS, N, "injured", A, A, R, A, "Crimea"),
    ("destroyed two Russian Mi-8 helicopters", "two", 2, EX, "count", W, "helicopter", "destroyed", U, R, U, A, "Crimea"),
    # Odesa ports
    ("Two workers of a port operator were killed", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, "Odesa"),
    ("seven others were wounded in Chornomorsk", "seven", 7, EX, "count", CAS, N, "injured", A, U, U, U, "Odesa"),
    ("Three civilian vessels flying the flags", "Three", 3, EX, "count", A, A, A, A, A, U, U, "Odesa"),
    ("Russia launched 87 strike drones", "87", 87, EX, "count", W, "drone", "launched", R, U, U, U, "Odesa"),
    ("and six Iskander-M missiles against the region", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, "Odesa"),
    ("shot down 66 of the drones", "66", 66, EX, "count", W, "drone", "shot_down", U, R, U, U, "Odesa"),
    ("destroying 41 port facilities", "41", 41, EX, "count", INF, N, A, A, U, U, U, "Odesa"),
    ("41 port facilities and 12 civilian vessels", "12", 12, EX, "count", A, A, A, A, A, U, U, "Odesa"),
    # the Navy's daily update
    ('"Two Kalibr carriers on duty"', "Two", 2, EX, "count", W, "ship", "deployed", R, A, U, A, A, True),  # subheading
    ("keeping two surface ships armed with Kalibr", "two", 2, EX, "count", W, "ship", "deployed", R, A, U, A, A),
    ("a total salvo of up to 16 missiles", "up to 16", 16, LE, "count", W, "missile", "deployed", R, A, U, A, A),
    ('launched "not less than 40" drones', "not less than 40", 40, GE, "count", W, "drone", "launched", R, U, U, U, A),
    # grain corridor (USPA)
    ("handled 8.4 million tonnes of cargo in November", "8.4 million", 8400000, EX, A, ECO, N, A, A, A, U, U, "Odesa"),
    ("including 6.1 million tonnes of agricultural goods", "6.1 million", 6100000, EX, A, ECO, N, A, A, A, U, U, "Odesa", True),  # subset
    ("carried by 412 vessels", "412", 412, EX, "count", ECO, N, A, A, A, U, U, "Odesa"),
    ("That was about 4% less than in October", "about 4%", 4, APX, "percent", ECO, N, A, A, A, U, U, "Odesa"),
    ("more than 190 million tonnes of cargo", "more than 190 million", 190000000, GE, A, ECO, N, A, A, A, U, U, A),
    # losses of the Black Sea Fleet
    ("at least 28 Russian naval vessels", "at least 28", 28, GE, "count", W, "ship", A, U, R, A, A, A),
    # table
    ("September | 8.9 | 6.4 | 437", "437", 437, EX, "count", ECO, N, A, A, A, U, U, "Odesa"),
    ("October | 8.8 | 6.3 | 428", "428", 428, EX, "count", ECO, N, A, A, A, U, U, "Odesa"),
    ("November | 8.4 | 6.1 | 412", "412", 412, EX, "count", ECO, N, A, A, A, U, U, "Odesa", True),  # restates the text
])
any_(d, [
    ("conceded that one vessel had been hit", "one"),
    ("has been attacked 23 times", "23"),
    ("and one was in the Mediterranean", "one"),
    ("No Russian warships were in the Sea of Azov", "No"),
    ("rose to between 0.7% and 1%", "0.7%"),
    ("0.7% and 1% of a ship's hull value", "1%"),
    ("from 0.5% in October", "0.5%"),
    ("pay roughly $150,000 for the cover", "roughly $150,000"),
    ("about a third of Russia's Black Sea Fleet", "about a third"),
    ("September | 8.9 | 6.4 | 437", "8.9"),
    ("September | 8.9 | 6.4 | 437", "6.4"),
    ("October | 8.8 | 6.3 | 428", "8.8"),
    ("October | 8.8 | 6.3 | 428", "6.3"),
    ("November | 8.4 | 6.1 | 412", "8.4"),
    ("November | 8.4 | 6.1 | 412", "6.1"),
])

# ---------------------------------------------------------------- x05 prisoner exchange
d = "x05_prisoner_exchange.txt"
# Zelensky, the Coordination Headquarters, Lubinets and the Prosecutor General's Office speak for
# Ukraine; the Defence Ministry, Moskalkova and Medinsky for Russia; the UAE's foreign ministry
# lies outside SIDES (claimant_side open); the paragraph on earlier swaps is the Herald's own.
# Captured or freed servicemen are personnel; civilians or mixed "people"/"captives"/"prisoners"
# have category open; bodies handed over, the executed and the missing are casualties. An
# exchange is mutual, so actor and target of a swap are open; "Russia held ... Ukrainian
# servicemen" (and Ukraine holding Russian soldiers) names who holds whom. Swaps take place on
# the Belarusian border: country and region open. Exchanging, returning and holding are not in
# the action vocabulary: action open. The headline restates the lead; the MoD's "185 prisoners
# of war of the Armed Forces of Ukraine" restates Zelensky's figure; the seriously wounded,
# women and this year's executions are subsets (optional). Ages, "the 19th", "36th Marine
# Brigade", durations, the hotline numbers, the photo count, prices and "Read also" are not
# claims.
rows(d, [
    ("185 Ukrainian soldiers and 22 civilians freed", "185", 185, EX, "count", PER, N, A, A, A, U, A, A, True),  # headline
    ("185 Ukrainian soldiers and 22 civilians freed", "22", 22, EX, "count", A, N, A, A, A, U, A, A, True),
    ("with 185 Ukrainian servicemen and 22 civilians", "185", 185, EX, "count", PER, N, A, A, A, U, A, A),
    ("servicemen and 22 civilians returning home", "22", 22, EX, "count", A, N, A, A, A, U, A, A),
    ("Eleven of the returned servicemen", "Eleven", 11, EX, "count", PER, N, A, A, A, U, A, A, True),  # subset
    ("and three are women", "three", 3, EX, "count", PER, N, A, A, A, U, A, A, True),  # subset
    ("that 185 Russian servicemen had been returned", "185", 185, EX, "count", PER, N, A, A, A, R, A, A),
    ('"in return, 185 prisoners of war', "185", 185, EX, "count", PER, N, A, A, A, R, A, A, True),  # restates Zelensky
    ("added that eight residents of the Kursk region", "eight", 8, EX, "count", A, N, A, A, A, R, A, A),
    ('still holds "more than 1,100" Russian soldiers', "more than 1,100", 1100, GE, "count", PER, N, A, U, R, R, A, A),
    # bodies
    ("the bodies of 1,000 people", "1,000", 1000, EX, "count", CAS, N, A, A, A, U, A, A),
    ("the bodies of 31 Russian servicemen", "31", 31, EX, "count", CAS, N, A, A, A, R, A, A),
    ("more than 15,000 bodies since the Istanbul agreements", "more than 15,000", 15000, GE, "count", CAS, N, A, A, A, R, A, A),
    # totals
    ("In 2026 alone, the headquarters said, 1,642 people", "1,642", 1642, EX, "count", A, N, A, A, A, U, A, A),
    ("through Emirati mediation to 4,641", "4,641", 4641, EX, "count", A, N, A, A, A, A, A, A),
    ("more than 6,300 Ukrainians had now been freed", "more than 6,300", 6300, GE, "count", A, N, A, A, A, U, A, A),
    ('Russia held "about 8,000" Ukrainian servicemen', "about 8,000", 8000, APX, "count", PER, N, A, R, U, U, A, A),
    ("Around 70,000 Ukrainians are registered as missing", "Around 70,000", 70000, APX, "count", CAS, N, A, A, U, U, A, N),
    # executions
    ("executions of at least 245 Ukrainian prisoners of war", "at least 245", 245, GE, "count", CAS, N, "killed", R, U, U, A, A),
    ("since February 2022, 62 of them this year", "62", 62, EX, "count", CAS, N, "killed", R, U, U, A, A, True),  # subset
    # new captures
    ("taken 14 Russian soldiers prisoner near Lyman", "14", 14, EX, "count", PER, N, A, U, R, U, U, "Donetsk"),
    ("claimed that 37 Ukrainian servicemen", "37", 37, EX, "count", PER, N, A, R, U, R, U, "Kharkiv"),
    # earlier swaps
    ("each freed 95 prisoners", "95", 95, EX, "count", A, N, A, A, A, A, A, A),
    ("each side released 1,000 people over three days", "1,000", 1000, EX, "count", A, N, A, A, A, A, A, A),
])
any_(d, [
    ("brought home in 11 exchanges", "11"),
    ("has interviewed 1,190 released POWs", "1,190"),
    ("95 per cent of them had described torture", "95 per cent"),
    ("Out of his company, 17 men are still in captivity", "17"),
    ("I read the list 10 times", "10"),
    ("some 300 of the Ukrainians freed since January", "some 300"),
    ('include "at least 1,200" Ukrainians', "at least 1,200"),
])

# ---------------------------------------------------------------- x06 NATO member: airspace and aid
d = "x06_nato_airspace_romania.txt"
# Romania, Moldova, Lithuania, Germany, the Netherlands and NATO lie outside SIDES: Romania's
# MApN, Moșteanu and the NATO official have claimant_side open, events on Romanian soil have
# country open (Tulcea is no REGIONS member). The RAF Typhoons have actor United Kingdom; the
# Romanian F-16s actor open; scrambled jets have action open (neither launched at anyone nor a
# deployment). Ukraine's Air Force, Kiper, Shmyhal are Ukraine; Russia's MoD Russia; Hegseth the
# United States; Healey the United Kingdom. The pledge table is the paper's summary: claimant_side
# open, actor the donor where it is in SIDES; aid money and donated systems have action and
# target open (the receiving side of aid is not the "target" of an attack). Healey's training
# pledge is future (optional). Counts of incidents (fragments found 31st time, ports attacked,
# airspace violations, scrambles, airport closures), the distances inside Romania and from the
# house, phones reached by RO-Alert, requests and the 11 allies are debatable. "86th Air Base",
# F-16, IRIS-T SLM, 02:40, 30 kilometres, dates, 112, the company number and "Related" links are
# not claims.
rows(d, [
    ("Two F-16 aircraft took off", "Two", 2, EX, "count", W, "aircraft", A, A, A, A, A, A),
    ("two Eurofighter Typhoon aircraft of the Royal Air Force", "two", 2, EX, "count", W, "aircraft", A, UK, A, A, A, A),
    ("tracked more than 460 Russian drones", "more than 460", 460, GE, "count", W, "drone", A, R, A, A, A, A),
    ("and 12 of them entered national airspace", "12", 12, EX, "count", W, "drone", A, R, A, A, A, A),
    ("already deployed 3,000 troops", "3,000", 3000, EX, "count", PER, N, "deployed", A, A, A, A, A),
    # Izmail
    ("launched 72 Shahed-type drones at the Odesa region", "72", 72, EX, "count", W, "drone", "launched", R, U, U, U, "Odesa"),
    ("of which 54 were shot down", "54", 54, EX, "count", W, "drone", "shot_down", U, R, U, U, "Odesa"),
    ("three people, including a truck driver, were injured", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, "Odesa"),
    ("Roughly 1,200 tonnes of sunflower oil", "Roughly 1,200", 1200, APX, A, ECO, N, A, A, U, U, U, "Odesa"),
    ("Russia used 138 drones and two ballistic missiles", "138", 138, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("138 drones and two ballistic missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down 33 Ukrainian drones over Crimea", "33", 33, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    # pledges (table)
    ("Germany | 2 IRIS-T SLM systems", "2", 2, EX, "count", W, "air_defense", A, A, A, A, A, N),
    ("ammunition | €500 million", "€500 million", 500000000, EX, A, ECO, N, A, A, A, A, A, N),
    ("United Kingdom | 5,000 Lightweight Multirole Missiles", "5,000", 5000, EX, "count", W, "missile", A, UK, A, A, A, N),
    ("(LMM) | £150 million", "£150 million", 150000000, EX, A, ECO, N, A, UK, A, A, A, N),
    ("(approved sale) | $825 million", "$825 million", 825000000, EX, "usd", ECO, N, A, US, A, A, A, N),
    ("interceptor drones | €250 million", "€250 million", 250000000, EX, A, ECO, N, A, A, A, A, A, N),
    # ministers
    ('"up to 16 Patriot launchers"', "up to 16", 16, LE, "count", W, "air_defense", A, A, A, US, U, N),
    ("more than 15,000 air-defence missiles", "more than 15,000", 15000, GE, "count", W, "missile", A, UK, A, UK, A, N),
    ("train 1,000 more Ukrainian air-defence personnel", "1,000", 1000, EX, "count", PER, N, A, UK, A, UK, A, N, True),  # a pledge
    ("shot down almost 90% of the drones", "almost 90%", 90, LE, "percent", W, "drone", "shot_down", U, R, U, U, N),
    ('"no fewer than 45" air-defence systems', "no fewer than 45", 45, GE, "count", W, "air_defense", A, A, A, U, A, N),
])
any_(d, [
    ("about 2 kilometres inside Romanian territory", "about 2"),
    ("it reached some 95,000 phones", "some 95,000"),
    ("roughly 300 metres from the nearest house", "roughly 300"),
    ('"at least two more" counter-drone systems', "at least two"),
    ("Izmail and Reni 19 times", "19"),
    ("violated 14 times by Russian drones", "14"),
    ("closed Vilnius airport six times", "six"),
    ("more than 300 scrambles in 2026", "more than 300"),
    ("from 11 allies", "11"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "x15")
