"""Builds gold.jsonl for heldout13 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout13.make_gold

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
# ---------------------------------------------------------------- v01 Russian state-media dispatch
d = "v01_state_media_mod_dispatch.txt"
# Russian MoD, Gladkov, Khinshtein and Balitsky speak for Russia. "Neutralised", "intercepted
# and destroyed/eliminated" UAVs = shot_down; "liberated" = seized. Krasnodar lies outside
# REGIONS. Occupied Zaporizhzhia ("Zaporozhye Region", a "new region" to the outlet): region
# Zaporizhzhia, country and target open (Russian-held territory of Ukraine). The MoD's daily
# and cumulative tallies name no place: country open.
rows(d, [
    ("intercepted and destroyed 87 Ukrainian fixed-wing unmanned", "87", 87, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("neutralise 87 Ukrainian drones over regions of Russia", "87", 87, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # headline
    ("intercepted and eliminated 87 Ukrainian fixed-wing UAVs", "87", 87, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # the quoted statement
    ("UAVs: 34 over the Bryansk Region", "34", 34, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("21 over the Kursk Region", "21", 21, EX, "count", W, "drone", "shot_down", R, U, R, R, "Kursk"),
    ("12 over the Belgorod Region", "12", 12, EX, "count", W, "drone", "shot_down", R, U, R, R, "Belgorod"),
    ("nine over the Moscow Region", "nine", 9, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("including six flying towards Moscow", "six", 6, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("seven over the Tula Region", "seven", 7, EX, "count", W, "drone", "shot_down", R, U, R, R, "Tula"),
    ("four over the territory of the Krasnodar Territory", "four", 4, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    # Belgorod governor
    # "no fewer than" is a lower bound
    ("over the past day the Armed Forces of Ukraine had attacked 19 settlements of the region, launching no fewer than 146 drones", "no fewer than 146", 146, GE, "count", W, "drone", "launched", U, R, R, R, "Belgorod"),
    ("firing 52 artillery shells", "52", 52, EX, "count", W, A, "launched", U, R, R, R, "Belgorod"),
    ("One civilian, a 63-year-old man, was killed", "One", 1, EX, "count", CAS, N, "killed", U, R, R, R, "Belgorod"),
    ("Five more people, including a 12-year-old girl, were wounded", "Five", 5, EX, "count", CAS, N, "injured", U, R, R, R, "Belgorod"),
    ("27 private houses, 14 cars and a power line", "27", 27, EX, "count", INF, N, A, U, R, R, R, "Belgorod"),
    ("Some 140 residents of Novaya Tavolzhanka", "Some 140", 140, APX, "count", DIS, N, "evacuated", A, A, R, R, "Belgorod"),
    # Kursk governor
    ("wounding three people, two of them substation employees", "three", 3, EX, "count", CAS, N, "injured", U, R, R, R, "Kursk"),
    # Russian-installed Zaporizhzhia governor
    ("attacked the city with 23 drones", "23", 23, EX, "count", W, "drone", "launched", U, A, R, A, "Zaporizhzhia"),
    ("Two employees of the Zaporozhye Nuclear Power Plant were injured", "Two", 2, EX, "count", CAS, N, "injured", U, A, R, A, "Zaporizhzhia"),
    ("Balitsky said about 1,600 residents", "about 1,600", 1600, APX, "count", DIS, N, "evacuated", A, A, R, A, "Zaporizhzhia"),
    # MoD daily summary: "lost" is not in the action list
    ("lost up to 1,340 servicemen", "up to 1,340", 1340, LE, "count", CAS, N, A, R, U, R, A, N),
    ("destroyed three tanks", "three", 3, EX, "count", W, "tank", "destroyed", R, U, R, A, N),
    ("11 armoured combat vehicles, including two", "11", 11, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, A, N),
    ("including two US-made Bradley", "two", 2, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, A, N, True),  # a subset of the 11
    ("and 19 field artillery guns", "19", 19, EX, "count", W, "artillery", "destroyed", R, U, R, A, N),
    ("shot down four JDAM guided aerial bombs", "four", 4, EX, "count", W, "guided_bomb", "shot_down", R, U, R, A, N),
    ("two Neptune-MD long-range missiles", "two", 2, EX, "count", W, "missile", "shot_down", R, U, R, A, N),
    ("and 312 fixed-wing drones", "312", 312, EX, "count", W, "drone", "shot_down", R, U, R, A, N),
    ("have liberated 14 settlements", "14", 14, EX, "count", TER, N, "seized", R, U, R, U, A),
    ("and more than 480 square kilometres", "more than 480", 480, GE, "km2", TER, N, "seized", R, U, R, U, A),
    # cumulative tallies since 2022; drones "destroyed" may mean shot down: action open
    ("special military operation, 673 aircraft", "673", 673, EX, "count", W, "aircraft", "destroyed", R, U, R, A, N),
    ("283 helicopters", "283", 283, EX, "count", W, "helicopter", "destroyed", R, U, R, A, N),
    ("119,452 unmanned aerial vehicles", "119,452", 119452, EX, "count", W, "drone", A, R, U, R, A, N),
    ("641 surface-to-air missile systems", "641", 641, EX, "count", W, "air_defense", "destroyed", R, U, R, A, N),
    ("26,713 tanks and other armoured combat vehicles", "26,713", 26713, EX, "count", W, A, "destroyed", R, U, R, A, N),
    # economy
    ("had declined by 6% in November", "6%", 6, EX, "percent", ECO, N, A, A, A, R, R, N),
    # the other side's reaction
    ("launched 58 attack drones", "58", 58, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("two Iskander-M ballistic missiles against Ukraine overnight", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("41 of the drones had been shot down", "41", 41, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
])
any_(d, [
    ("over eight regions of Russia", "eight"),
    ("adding that 43 flights had been delayed", "43"),
    ("attacked 19 settlements of the region", "19"),
    ("27 private houses, 14 cars", "14"),
    ("two of them substation employees", "two"),
    ("Power supply to about 4,000 subscribers", "about 4,000"),
    ("shelled Energodar 11 times", "11"),
    ("The plant's six reactors", "six"),
    ("a one-time payment of 10,000 roubles", "10,000"),
    ("delivered five massive strikes", "five"),
    ("and 28 group strikes", "28"),
    ("liberate two settlements in DPR in a week", "two"),  # a "Read also" headline
])

# ---------------------------------------------------------------- v02 regional evening roundup
d = "v02_dnipro_regional_evening_roundup.txt"
D = "Dnipropetrovsk"
# Items not attributed to a named official (the roundup cites RMA, police and community heads
# at the top): claimant_side open. The evacuation paragraph is printed twice (CMS duplicate).
# Damaged houses: infrastructure, action open.
rows(d, [
    ("Russian attacks killed two people and injured 11", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, D),
    ("and injured 11 across the region", "11", 11, EX, "count", CAS, N, "injured", R, U, U, U, D),
    ("At least 23 private houses were damaged", "At least 23", 23, GE, "count", INF, N, A, R, U, U, U, D),
    ("shot down 17 attack drones over the region", "17", 17, EX, "count", W, "drone", "shot_down", U, R, U, U, D),
    ("attacked the oblast with 24 drones", "24", 24, EX, "count", W, "drone", "launched", R, U, U, U, D),
    ("and one Kh-59 guided missile", "one", 1, EX, "count", W, "missile", "launched", R, U, U, U, D),
    ("In Marhanets, one man was killed", "one", 1, EX, "count", CAS, N, "killed", R, U, A, U, D),
    ("Two women, aged 41 and 67, were injured", "Two", 2, EX, "count", CAS, N, "injured", R, U, A, U, D),
    ("Nine private houses, four outbuildings", "Nine", 9, EX, "count", INF, N, A, R, U, A, U, D),
    ("dropped three guided aerial bombs on the Mezhova", "three", 3, EX, "count", W, "guided_bomb", "launched", R, U, U, U, D),
    ("a school building and 11 houses were damaged", "11", 11, EX, "count", INF, N, A, R, U, U, U, D),
    ("Three more people were injured when an FPV", "Three", 3, EX, "count", CAS, N, "injured", R, U, A, U, D),
    ("announced in August, 4,218 people", "4,218", 4218, EX, "count", DIS, N, "evacuated", A, A, U, U, D),
    ("including 613 children, have left", "613", 613, EX, "count", DIS, N, "evacuated", A, A, U, U, D),
    ("Another 37 people, among them 8 children", "37", 37, EX, "count", DIS, N, "evacuated", A, A, U, U, D),
    ("among them 8 children, were taken out", "8", 8, EX, "count", DIS, N, "evacuated", A, A, U, U, D),
    ("occupied 9 settlements in Dnipropetrovsk oblast", "9", 9, EX, "count", TER, N, "occupied", R, U, A, U, D),
    ("covering about 210 square kilometres", "about 210", 210, APX, "km2", TER, N, "occupied", R, U, A, U, D),
    ("two Iskander-M ballistic missiles, said Dmytro", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, D),
    ("five people were injured, including a 14-year-old", "five", 5, EX, "count", CAS, N, "injured", R, U, U, U, D),
    # the headline and the "day in numbers" box restate the body
    ("2 December: two killed, 11 injured", "two", 2, EX, "count", CAS, N, "killed", R, U, A, U, D, True),
    ("two killed, 11 injured, air force downs", "11", 11, EX, "count", CAS, N, "injured", R, U, A, U, D, True),
    ("air force downs 17 drones", "17", 17, EX, "count", W, "drone", "shot_down", U, R, A, U, D, True),
    ("Killed — 2 |", "2", 2, EX, "count", CAS, N, "killed", R, U, A, U, D, True),
    ("Injured — 11 |", "11", 11, EX, "count", CAS, N, "injured", R, U, A, U, D, True),
    ("Drones shot down — 17 |", "17", 17, EX, "count", W, "drone", "shot_down", U, R, A, U, D, True),
    ("Houses damaged — 23+", "23", 23, A, "count", INF, N, A, R, U, A, U, D, True),
    ("Evacuated today — 37", "37", 37, EX, "count", DIS, N, "evacuated", A, A, A, U, D, True),
    # power cuts: infrastructure at most
    ("About 38,000 households", "About 38,000", 38000, APX, "count", INF, N, A, R, U, A, U, D, True),
])
any_(d, [
    ("came under fire more than 30 times", "more than 30"),
    ("four outbuildings", "four"),
    ("Some 1,200 families", "Some 1,200"),
    ("reported 46 combat clashes", "46"),
    ("Three of them remain in hospital", "Three"),
    ("Fourteen cars and the windows", "Fourteen"),
    ("windows of three five-storey buildings", "three"),
    ("more than 30,000 of them by 18:00", "more than 30,000"),
    ("drone attack leaves 3 injured overnight", "3"),  # "Read also" headlines
    ("Nikopol: 100 tonnes of humanitarian aid", "100"),
])

# ---------------------------------------------------------------- v03 Poland: drones in its airspace
d = "v03_poland_airspace_drones.txt"
# Poland, Romania and NATO lie outside SIDES (actor/claimant_side/country open) and Lublin
# province outside REGIONS. Drones "entering" or "violating" airspace: action open. Jets
# scrambled = aircraft deployed, their target not stated.
rows(d, [
    ("at least four drones entered Polish airspace", "at least four", 4, GE, "count", W, "drone", A, R, A, A, A, A),
    ("Three of them were shot down over the Lublin", "Three", 3, EX, "count", W, "drone", "shot_down", A, R, A, A, A),
    ("when 19 Russian drones violated Polish airspace", "19", 19, EX, "count", W, "drone", A, R, A, A, A, A),
    ("scrambled four F-16 fighters", "four", 4, EX, "count", W, "aircraft", "deployed", A, A, A, A, A),
    ("and shot down 23 of them", "23", 23, EX, "count", W, "drone", "shot_down", A, R, A, A, A),
    ("Russia launched 476 drones", "476", 476, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("476 drones and 41 missiles overnight", "41", 41, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("including 35 Kh-101 cruise missiles", "35", 35, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down or suppressed 439 drones", "439", 439, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("439 drones and 30 missiles, it said", "30", 30, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("In the Lviv region, three people were injured", "three", 3, EX, "count", CAS, N, "injured", R, U, U, U, "Lviv"),
    ("residential building, killing two people", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, "Ternopil"),
    ("destroyed 52 Ukrainian drones over Russian regions", "52", 52, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("deployed more than 40 aircraft to its eastern flank", "more than 40", 40, GE, "count", W, "aircraft", "deployed", A, A, A, A, A),
    ("two F-16s were scrambled from the Fetești", "two", 2, EX, "count", W, "aircraft", "deployed", A, A, A, A, A),
    ("attacked by some 20 drones", "some 20", 20, APX, "count", W, "drone", "launched", R, U, U, U, "Odesa"),
    ("additional 2.1 billion złoty", "2.1 billion", 2100000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("says three objects shot down", "three", 3, EX, "count", W, "drone", "shot_down", A, R, A, A, A, True),  # subhead
    ("bringing the number of drones recovered so far to two", "two", 2, EX, "count", W, "drone", A, R, A, A, A, A, True),
    ("recorded 47 airspace violations by drones", "47", 47, EX, "count", W, "drone", A, R, A, A, A, A, True),
    ("(about €490 million)", "about €490 million", 490000000, APX, A, ECO, N, A, A, A, A, A, A, True),
    ("equal to 4.8% of GDP", "4.8%", 4.8, EX, "percent", ECO, N, A, A, A, A, A, A, True),
])
any_(d, [
    ("a pair of Dutch F-35s", "a pair"),
    ("the wreckage of one drone in a field", "one"),
    ("flew up to 60 kilometres into our territory", "up to 60"),
    ("provides for 18 detection and jamming batteries", "18"),
    ("found that 64% of Poles", "64%"),
    ("up from 52% in March", "52%"),
    ("a town of 17,000", "17,000"),
])

# ---------------------------------------------------------------- v04 drone-unit feature
d = "v04_drone_unit_feature.txt"
Z = "Zaporizhzhia"
# The unit's "we" is Ukraine; its pilots speak for Ukraine. What the article says in its own
# voice has claimant_side open. Ages, hours, kilometres to the front, spool length, screen
# size, frequencies, model names and battalion/company numbers are not claims.
rows(d, [
    ("we destroyed 14 tanks", "14", 14, EX, "count", W, "tank", "destroyed", U, R, U, U, Z),
    ("31 armoured vehicles, 9 artillery", "31", 31, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Z),
    ("9 artillery pieces", "9", 9, EX, "count", W, "artillery", "destroyed", U, R, U, U, Z),
    ("57 motorcycles and buggies", "57", 57, EX, "count", W, "vehicle", "destroyed", U, R, U, U, Z),
    ("And 146 Russian infantry killed", "146", 146, EX, "count", CAS, N, "killed", U, R, U, U, Z),
    ("flies up to 60 FPV drones a day", "up to 60", 60, LE, "count", W, "drone", "launched", U, R, A, U, Z),
    ("sometimes 90 when the Russians attack", "90", 90, EX, "count", W, "drone", "launched", U, R, A, U, Z, True),
    ("costs us about $400 with the warhead", "about $400", 400, APX, "usd", ECO, N, A, A, A, U, U, Z),
    ("Vampire is around $18,000", "around $18,000", 18000, APX, "usd", ECO, N, A, A, A, U, U, Z),
    ("A Russian tank is three million dollars", "three million", 3000000, EX, "usd", ECO, N, A, A, A, U, A, A, True),
    ("burned two supply trucks", "two", 2, EX, "count", W, "vehicle", "destroyed", U, R, U, U, Z),
    # a range: the low end carries the claim, value and qualifier unscored
    ("they send 15 to 20 Molniya", "15", A, A, "count", W, "drone", "launched", R, U, U, U, Z),
    ("15 to 20 Molniya fixed-wing drones", "20", A, A, "count", W, "drone", "launched", R, U, U, U, Z, True),
    ("up to 40 guided aerial bombs", "up to 40", 40, LE, "count", W, "guided_bomb", "launched", R, U, U, U, Z),
    ("pushed forward some 3 km north of Huliaipole", "some 3", 3, APX, "km", TER, N, A, R, U, U, U, Z),
    ("and occupied two villages", "two", 2, EX, "count", TER, N, "occupied", R, U, U, U, Z),
    ("lost two pilots killed and five wounded", "two", 2, EX, "count", CAS, N, "killed", R, U, A, U, Z),
    ("killed and five wounded, most of them", "five", 5, EX, "count", CAS, N, "injured", R, U, A, U, Z),
    # "fewer than": the spec's qualifiers have no strict upper bound: qualifier open
    ("there are fewer than 30 infantrymen", "fewer than 30", 30, A, "count", PER, N, A, U, A, U, U, Z),
    ("given the company some 1,200 drones", "some 1,200", 1200, APX, "count", W, "drone", A, A, A, U, U, Z),
    ("raised 3.4 million hryvnias", "3.4 million", 3400000, EX, A, ECO, N, A, A, A, A, U, A),
])
any_(d, [
    ("Last year it was maybe half of that", "half"),
    ("two or three men on a motorbike", "two"),
    ("About a third of them never reach", "About a third"),
    ("One mortar, two of them down", "One"),
    ("One mortar, two of them down", "two"),
    ("dozens of FPVs", "dozens"),
    ("and three Starlink terminals", "three"),
    ("enough for the two Vampire bombers", "two"),
    ("Our kill board is 1,112 targets hit", "1,112"),
    ("the economics of a $400 drone", "$400"),  # related-link headline
])

# ---------------------------------------------------------------- v05 NGO monthly statistics digest
d = "v05_ngo_monthly_statistics_digest.txt"
# CSMC, a Ukrainian NGO, speaks for neither side in SIDES: claimant_side open (the Air Force
# figures it quotes by name are Ukraine's). Key findings carry the claims; table cells that
# restate them are optional; the other table cells (October, missiles, bombs, oblasts) are new.
# Month-on-month percentages and interception shares are debatable.
rows(d, [
    ("Russia launched 5,412 long-range attack", "5,412", 5412, EX, "count", W, "drone", "launched", R, U, A, U, N),
    ("shot down or suppressed 4,871 of these drones", "4,871", 4871, EX, "count", W, "drone", "shot_down", U, R, A, U, N),
    ("At least 200 civilians were killed", "At least 200", 200, GE, "count", CAS, N, "killed", R, U, A, U, N),
    ("killed and 849 injured by Russian attacks", "849", 849, A, "count", CAS, N, "injured", R, U, A, U, N),
    ("nine children killed and 55 injured", "nine", 9, EX, "count", CAS, N, "killed", R, U, A, U, N),
    ("children killed and 55 injured", "55", 55, EX, "count", CAS, N, "injured", R, U, A, U, N),
    ("captured 412 km²", "412", 412, EX, "km2", TER, N, "seized", R, U, A, U, N),
    ("from 502 km² in October", "502", 502, EX, "km2", TER, N, "seized", R, U, A, U, N),
    # table 1
    ("| 5,412    | 4,967    |", "5,412", 5412, EX, "count", W, "drone", "launched", R, U, A, U, N, True),
    ("| 5,412    | 4,967    |", "4,967", 4967, EX, "count", W, "drone", "launched", R, U, A, U, N),
    ("| 118      | 97       | +21.6%", "118", 118, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("| 118      | 97       | +21.6%", "97", 97, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("| 74       | 81       |", "74", 74, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("| 74       | 81       |", "81", 81, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("| 4,930    | 5,210    |", "4,930", 4930, EX, "count", W, "guided_bomb", "launched", R, U, A, U, N),
    ("| 4,930    | 5,210    |", "5,210", 5210, EX, "count", W, "guided_bomb", "launched", R, U, A, U, N),
    ("involved 612 drones and 47 missiles", "612", 612, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("612 drones and 47 missiles, the Air Force said", "47", 47, EX, "count", W, "missile", "launched", R, U, U, U, N),
    # table 2
    ("Drones — 4,871 of 5,412", "4,871", 4871, EX, "count", W, "drone", "shot_down", U, R, A, U, N, True),
    ("Cruise missiles — 97 of 118", "97", 97, EX, "count", W, "missile", "shot_down", U, R, A, U, N),
    ("Ballistic missiles — 19 of 74", "19", 19, EX, "count", W, "missile", "shot_down", U, R, A, U, N),
    # table 3: civilians killed/injured by Russian attacks, per oblast
    ("| 58     | 167", "58", 58, EX, "count", CAS, N, "killed", R, U, A, U, "Donetsk"),
    ("| 58     | 167", "167", 167, EX, "count", CAS, N, "injured", R, U, A, U, "Donetsk"),
    ("| 41     | 212", "41", 41, EX, "count", CAS, N, "killed", R, U, A, U, "Kharkiv"),
    ("| 41     | 212", "212", 212, EX, "count", CAS, N, "injured", R, U, A, U, "Kharkiv"),
    ("| 33     | 151", "33", 33, EX, "count", CAS, N, "killed", R, U, A, U, "Kherson"),
    ("| 33     | 151", "151", 151, EX, "count", CAS, N, "injured", R, U, A, U, "Kherson"),
    ("| 27     | 119", "27", 27, EX, "count", CAS, N, "killed", R, U, A, U, "Zaporizhzhia"),
    ("| 27     | 119", "119", 119, EX, "count", CAS, N, "injured", R, U, A, U, "Zaporizhzhia"),
    ("| 19     | 104", "19", 19, EX, "count", CAS, N, "killed", R, U, A, U, "Dnipropetrovsk"),
    ("| 19     | 104", "104", 104, EX, "count", CAS, N, "injured", R, U, A, U, "Dnipropetrovsk"),
    ("| 22     | 96", "22", 22, EX, "count", CAS, N, "killed", R, U, A, U, A, True),
    ("| 22     | 96", "96", 96, EX, "count", CAS, N, "injured", R, U, A, U, A, True),
    ("| 200    | 849", "200", 200, EX, "count", CAS, N, "killed", R, U, A, U, N, True),
    ("| 200    | 849", "849", 849, EX, "count", CAS, N, "injured", R, U, A, U, N, True),
    # since February 2022
    ("verified 15,112 civilian deaths", "15,112", 15112, EX, "count", CAS, N, "killed", A, A, A, U, N),
    ("and 40,388 injuries in Ukraine", "40,388", 40388, EX, "count", CAS, N, "injured", A, A, A, U, N),
    ("including 742 children killed", "742", 742, EX, "count", CAS, N, "killed", A, A, A, U, N),
    ("recorded more than 61,000 long-range drones", "more than 61,000", 61000, GE, "count", W, "drone", "launched", R, U, A, U, N),
    # displacement and energy
    ("9,860 people were evacuated", "9,860", 9860, EX, "count", DIS, N, "evacuated", A, A, U, U, N),
    ("up to 1.1 million consumers", "up to 1.1 million", 1100000, LE, "count", INF, N, A, R, U, U, U, N, True),
])
any_(d, [
    ("up 9.0% from October", "9.0%"),
    ("up 12% on the previous month", "12%"),
    ("down 18% from 502", "18%"),
    ("| 4,967    | +9.0%", "+9.0%"),
    ("| 97       | +21.6%", "+21.6%"),
    ("| 81       | −8.6%", "−8.6%"),
    ("| 5,210    | −5.4%", "−5.4%"),
    ("four mass attacks of more than 450 drones each", "more than 450"),
    ("4,871 of 5,412 — 90.0%", "5,412"),
    ("4,871 of 5,412 — 90.0%", "90.0%"),
    ("97 of 118 — 82.2%", "118"),
    ("97 of 118 — 82.2%", "82.2%"),
    ("19 of 74 — 25.7%", "74"),
    ("19 of 74 — 25.7%", "25.7%"),
    ("(October: 31.0%)", "31.0%"),
    ("Other (9 oblasts)", "9"),
    ("almost 40% of them in 2026 alone", "almost 40%"),
    ("about 40% of them from Donetsk oblast", "about 40%"),
    ("recorded 37 attacks on energy facilities", "37"),
])

# ---------------------------------------------------------------- v06 ceasefire talks
d = "v06_ceasefire_talks_geneva.txt"
# Demands and proposals (caps, pull-backs, buffer zones) are not events: optional or any_.
# Figures stated as current facts inside them (territory held, troops now) are claims.
# Prisoners and repatriated bodies are outside the spec's categories: any_.
rows(d, [
    ("the roughly 6,300 square kilometres", "roughly 6,300", 6300, APX, "km2", TER, N, "controlled", U, A, R, U, "Donetsk"),
    ("control more than 80% of the Donetsk region", "more than 80%", 80, GE, "percent", TER, N, "controlled", R, U, R, U, "Donetsk"),
    ('"liberated" more than 5,100 square kilometres', "more than 5,100", 5100, GE, "km2", TER, N, "seized", R, U, R, U, N),
    ("occupies about 19.4% of Ukraine", "about 19.4%", 19.4, APX, "percent", TER, N, "occupied", R, U, U, U, N),
    ("or roughly 117,000 km²", "roughly 117,000", 117000, APX, "km2", TER, N, "occupied", R, U, U, U, N),
    ("withdraw from about 1,100 km²", "about 1,100", 1100, APX, "km2", TER, N, "controlled", R, U, A, U, A),
    ("which number roughly 880,000 today", "roughly 880,000", 880000, APX, "count", PER, N, A, U, A, A, U, N),
    ("estimate has about 710,000 troops deployed", "about 710,000", 710000, APX, "count", PER, N, "deployed", R, A, A, A, N),
    ("launched more than 2,300 drones", "more than 2,300", 2300, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("2,300 drones and 94 missiles", "94", 94, A, "count", W, "missile", "launched", R, U, U, U, N),
    ("at least 47 civilians were killed", "at least 47", 47, GE, "count", CAS, N, "killed", R, U, U, U, N),
    ("killed and nearly 200 injured", "nearly 200", 200, LE, "count", CAS, N, "injured", R, U, U, U, N),
    ("Some €210 billion of Russian central bank assets", "Some €210 billion", 210000000000, APX, A, ECO, N, A, A, A, A, A, N),
    ("revenues fell 24% year on year", "24%", 24, EX, "percent", ECO, N, A, A, A, R, R, N),
    ("in November to 610 billion roubles", "610 billion", 610000000000, EX, A, ECO, N, A, A, A, R, R, N),
    ("at $588 billion over the next decade", "$588 billion", 588000000000, EX, "usd", ECO, N, A, A, A, A, U, N),
    # proposals, demands and a length of front line
    ("stretches for some 1,250 km", "some 1,250", 1250, APX, "km", TER, N, A, A, A, U, U, N, True),
    ("would be limited to 800,000 in peacetime", "800,000", 800000, EX, "count", PER, N, A, U, A, A, U, N, True),
    ("a ceiling of 85,000", "85,000", 85000, EX, "count", PER, N, A, U, A, R, U, N, True),
    ("pull back up to 60,000 of them", "up to 60,000", 60000, LE, "count", PER, N, A, R, A, A, U, "Zaporizhzhia", True),
    ("price cap on Russian crude to $44.10", "$44.10", 44.1, EX, "usd", ECO, N, A, A, A, A, A, N, True),
])
any_(d, [
    ("1,200-for-1,200 swap agreed", "1,200"),
    ("for-1,200 swap agreed", "1,200"),
    ("an exchange of 1,200 prisoners of war", "1,200"),
    ("the bodies of 6,000 fallen soldiers", "6,000"),
    ("a demilitarised zone reaching 15 km", "15"),
    ("on 12 Russian banks", "12"),
    ("listing another 117", "117"),
    ("nearly three times the country's pre-war", "nearly three times"),
    ("brought home 6,118 people", "6,118"),
    ("Twelve hundred families", "Twelve hundred"),
    ("found that 54% of Ukrainians", "54%"),
    ("while 38% would accept", "38%"),
    ("Russia's frozen €210bn", "€210bn"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "v13")
