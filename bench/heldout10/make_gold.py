"""Builds gold.jsonl for heldout10 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout10.make_gold

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
# ---------------------------------------------------------------- s01 Russian regional news site
d = "s01_bryansk_regional_site.txt"
rows(d, [
    ("destroyed and suppressed 47 UAVs", "47", 47, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("Two employees of the depot were injured", "Two", 2, EX, "count", CAS, N, "injured", U, R, R, R, "Bryansk"),
    ("about 4,300 subscribers", "about 4,300", 4300, APX, "count", A, N, A, A, A, A, R, "Bryansk"),
    # the Defence Ministry's overnight tally and its breakdown by region
    ("destroyed 112 Ukrainian fixed-wing drones", "112", 112, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("38 were destroyed over the Bryansk region", "38", 38, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("29 over the Kursk region", "29", 29, EX, "count", W, "drone", "shot_down", R, U, R, R, "Kursk"),
    ("17 over the Oryol region", "17", 17, EX, "count", W, "drone", "shot_down", R, U, R, R, A),  # Oryol: not in REGIONS
    ("11 over the Voronezh region", "11", 11, EX, "count", W, "drone", "shot_down", R, U, R, R, "Voronezh"),
    ("attacked by more than 300 drones", "more than 300", 300, GE, "count", W, "drone", "launched", U, R, R, R, "Bryansk"),
    ("14 civilians were injured", "14", 14, EX, "count", CAS, N, "injured", U, R, R, R, "Bryansk"),
    # fuel tanks, not battle tanks: infrastructure, and an old event recalled
    ("destroyed three tanks of diesel fuel", "three", 3, EX, "count", INF, N, "destroyed", U, R, A, R, "Bryansk", True),
])
any_(d, [
    ("about 600 square metres", "about 600"),
    ("Some 60 firefighters", "Some 60"),
    ("18 units of equipment", "18"),
    ("11 settlements and about", "11"),
    ("restored to nine of the villages", "nine"),
    ("more than 1,100 times", "more than 1,100"),
])

# ---------------------------------------------------------------- s02 Ukrainian Air Force daily report
d = "s02_airforce_daily_report.txt"
rows(d, [
    ("527 means of air attack", "527", 527, EX, "count", W, A, "launched", R, U, U, U, N),
    ("486 attack UAVs", "486", 486, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("about 300 were Shahed", "about 300", 300, APX, "count", W, "drone", "launched", R, U, U, U, N),
    ("24 Kh-101 air-launched", "24", 24, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("from 7 Tu-95MS", "7", 7, EX, "count", W, "aircraft", A, R, U, U, A, A, True),
    ("8 Kalibr sea-launched", "8", 8, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("5 Iskander-M ballistic", "5", 5, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("4 Kh-59/69 guided", "4", 4, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down/suppressed 441 air targets", "441", 441, EX, "count", W, A, "shot_down", U, R, U, U, N),
    # the results table
    ("other UAVs | 408 | 53", "408", 408, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("other UAVs | 408 | 53", "53", 53, EX, "count", W, "drone", A, U, R, U, U, N),  # "locationally lost"
    ("Kh-101 | 21", "21", 21, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Kalibr | 7", "7", 7, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Iskander-M | 1", "1", 1, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Kh-59/69 | 4", "4", 4, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("TOTAL | 441", "441", 441, EX, "count", W, A, "shot_down", U, R, U, U, N, True),  # repeats the sum
    ("TOTAL | 441 | 53", "53", 53, EX, "count", W, "drone", A, U, R, U, U, N, True),
    ("Hits of 6 missiles", "6", 6, EX, "count", W, "missile", A, R, U, U, U, N),
    ("and 25 attack UAVs were recorded", "25", 25, EX, "count", W, "drone", A, R, U, U, U, N),
    ("in Odesa region 1 person was killed", "1", 1, EX, "count", CAS, N, "killed", R, U, U, U, "Odesa"),
    ("and 4 were injured", "4", 4, EX, "count", CAS, N, "injured", R, U, U, U, "Odesa"),
    ("in Kyiv region 3 people were injured", "3", 3, EX, "count", CAS, N, "injured", R, U, U, U, "Kyiv"),
    # the spokesman's comment
    ("at least 40 of the drones", "at least 40", 40, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("more than 4,100 attack UAVs", "more than 4,100", 4100, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("over 150 missiles", "over 150", 150, GE, "count", W, "missile", "launched", R, U, U, U, N),
    ("about 2,600 guided aerial bombs", "about 2,600", 2600, APX, "count", W, "guided_bomb", "launched", R, U, U, U, N),
])
any_(d, [
    ("at 13 locations", "13"),
    ("fell at 9 locations", "9"),
    ("2 civilian vessels damaged", "2"),
    ("142 drones, 2 missiles", "142"),  # a related-post link
    ("drones, 2 missiles", "2"),
])

# ---------------------------------------------------------------- s03 fact-check
d = "s03_factcheck_scoreboards.txt"
rows(d, [
    ('"40 Leopards destroyed": how', "40", 40, EX, "count", W, "tank", "destroyed", R, U, R, U, "Donetsk", True),
    ('Claim 1: "40 Leopard tanks', "40", 40, EX, "count", W, "tank", "destroyed", R, U, R, U, "Donetsk", True),
    ("destroyed 40 German-made Leopard 2 tanks", "40", 40, EX, "count", W, "tank", "destroyed", R, U, R, U, "Donetsk"),
    ("shows 6 destroyed or abandoned", "6", 6, EX, "count", W, "tank", "destroyed", R, U, A, U, "Donetsk"),
    ("has recorded 9 Leopard 2 losses", "9", 9, EX, "count", W, "tank", A, R, U, A, U, A),
    ("Six confirmed, not forty", "Six", 6, EX, "count", W, "tank", "destroyed", R, U, A, U, "Donetsk", True),
    ("Six confirmed, not forty", "forty", 40, EX, "count", W, "tank", "destroyed", R, U, R, U, "Donetsk", True),
    ('Claim 2: "Ukraine shot down 12', "12", 12, EX, "count", W, "aircraft", "shot_down", U, R, U, U, N, True),
    ("had downed 12 Russian aircraft", "12", 12, EX, "count", W, "aircraft", "shot_down", U, R, U, U, N),
    ("We could confirm 3 losses", "3", 3, EX, "count", W, "aircraft", A, A, R, A, U, A),
    ("two Su-34s lost over the Donetsk region", "two", 2, EX, "count", W, "aircraft", A, A, R, A, U, "Donetsk"),
    ("one Su-25 that crashed", "one", 1, EX, "count", W, "aircraft", A, A, R, A, U, "Zaporizhzhia"),
    ('Claim 3: "1,200 Russian soldiers', "1,200", 1200, EX, "count", CAS, N, "killed", U, R, U, U, "Kharkiv", True),
    ("about 1,200 Russian soldiers were killed", "about 1,200", 1200, APX, "count", CAS, N, "killed", U, R, U, U, "Kharkiv"),
    ("identified 212 servicemen", "212", 212, EX, "count", CAS, N, "killed", U, R, A, U, "Kharkiv"),
    ("at least 60 destroyed armoured vehicles", "at least 60", 60, GE, "count", W, A, "destroyed", U, R, A, U, "Kharkiv"),
    ("but the 1,200 figure", "1,200", 1200, A, "count", CAS, N, "killed", U, R, U, U, "Kharkiv", True),
    ('Claim 4: "18 ATACMS', "18", 18, EX, "count", W, "missile", "shot_down", R, U, R, A, "Crimea", True),
    # Crimea: country disputed, so ANY
    ("shot down 18 US-made ATACMS", "18", 18, EX, "count", W, "missile", "shot_down", R, U, R, A, "Crimea"),
    ("up to seven missiles were fired", "up to seven", 7, LE, "count", W, "missile", "launched", U, R, A, A, "Crimea"),
    ("two damaged S-400 launchers", "two", 2, EX, "count", W, "air_defense", A, U, R, A, A, "Crimea"),
    ("stood at 1,192,340", "1,192,340", 1192340, EX, "count", CAS, N, A, U, R, U, A, A),
    ("at around 1.1 million in October", "around 1.1 million", 1100000, APX, "count", CAS, N, A, U, R, UK, A, A),
])
any_(d, [
    ("Two of these had already", "Two"),
    ('"Forty would be roughly', "Forty"),
    ("roughly a fifth", "roughly a fifth"),
    ("Three to four confirmed losses", "Three"),
    ("Three to four confirmed losses", "four"),
    ("capture less than half", "less than half"),
    ("its count of six is a floor", "six"),
    ("GeoTrace counted 7 Leopards", "7"),  # the corrected figure
    ("the correct figure is 6", "6"),
])

# ---------------------------------------------------------------- s04 podcast transcript
d = "s04_podcast_transcript.txt"
rows(d, [
    ("it was 527 drones and missiles", "527", 527, EX, "count", W, A, "launched", R, U, U, U, N),
    ("about a dozen Iskanders", "about a dozen", 12, APX, "count", W, "missile", "launched", R, U, A, U, "Kharkiv"),
    ("hit two refineries this week", "two", 2, EX, "count", INF, N, A, U, R, A, R, A, True),
    ("something like 17 percent", "17", 17, APX, "percent", ECO, N, A, A, A, A, R, N),
    ("maybe a couple of hundred", "a couple of hundred", 200, APX, "count", A, N, A, A, A, U, U, "Donetsk", True),
    ("massed around 110,000 troops", "around 110,000", 110000, APX, "count", PER, N, "massed", R, A, U, U, "Donetsk"),
    ("something like 500 square kilometres", "something like 500", 500, APX, "km2", TER, N, "seized", R, U, U, U, N),
    ("over 1,000 casualties a day", "over 1,000", 1000, GE, "count", CAS, N, A, U, R, US, A, A),
    ("now over a million", "over a million", 1000000, GE, "count", CAS, N, A, U, R, U, A, A),
    ("roughly 15,000 North Korean troops", "roughly 15,000", 15000, APX, "count", PER, N, "deployed", NK, A, SK, R, A),
    ("needs about 25 more Patriot systems", "about 25", 25, APX, "count", W, "air_defense", A, U, A, U, U, N, True),
    ("more than 1,300 guided bombs", "more than 1,300", 1300, GE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("200-odd Ukrainian drones", "200-odd", 200, A, "count", W, "drone", "shot_down", R, U, R, R, A, True),
    ("Two hundred and twelve, I think", "Two hundred and twelve", 212, A, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("three Moscow airports closed", "three", 3, A, "count", INF, N, A, A, A, A, R, "Moscow", True),
    ("about 9 gigawatts", "about 9", 9, APX, A, A, N, A, R, U, U, U, N),
])
any_(d, [
    ("a hundred drones in a night", "a hundred"),
    ("tens of thousands of people there", "tens of thousands"),
    ("more like 80,000, 90,000", "80,000"),
    ("more like 80,000, 90,000", "90,000"),
    ("maybe a third of that", "a third"),
    ("a few thousand are still", "a few thousand"),
    ("about a billion dollars", "about a billion"),
    ("25 billion dollars", "25 billion"),
    ("over fourteen regions", "fourteen"),
    ("forty-something over the Moscow region", "forty-something"),
])

# ---------------------------------------------------------------- s05 oblast administration post
d = "s05_oblast_admin_post.txt"
Z = "Zaporizhzhia"
rows(d, [
    ("carried out 612 strikes", "612", 612, EX, "count", W, A, "launched", R, U, U, U, Z, True),
    ("▪️ 8 aviation strikes", "8", 8, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Z, True),
    ("394 UAVs of various modifications", "394", 394, EX, "count", W, "drone", "launched", R, U, U, U, Z),
    ("6 MLRS strikes", "6", 6, EX, "count", W, "mlrs", "launched", R, U, U, U, Z, True),
    ("204 artillery strikes", "204", 204, EX, "count", W, "artillery", "launched", R, U, U, U, Z, True),
    ("The enemy killed 2 residents", "2", 2, EX, "count", CAS, N, "killed", R, U, U, U, Z),
    ("Another 11 people were injured", "11", 11, EX, "count", CAS, N, "injured", R, U, U, U, Z),
    ("3\u00a0400 subscribers", "3\u00a0400", 3400, EX, "count", A, N, A, A, A, U, U, Z),  # no-break space
    ("1 250 people were evacuated", "1 250", 1250, EX, "count", DIS, N, "evacuated", A, A, U, U, Z),
    ("including 312 children", "312", 312, EX, "count", DIS, N, "evacuated", A, A, U, U, Z),
    ("48 persons with limited mobility", "48", 48, EX, "count", DIS, N, "evacuated", A, A, U, U, Z),
    ("about 2,5 thousand residents", "about 2,5 thousand", 2500, APX, "count", DIS, N, "evacuated", A, A, U, U, Z),
    ("UAH 3,2 million was allocated", "UAH 3,2 million", 3200000, EX, A, ECO, N, A, A, A, U, U, Z),
    ("UAH 12,75 million", "UAH 12,75 million", 12750000, EX, A, ECO, N, A, A, A, U, U, Z),
    ("restoration of 68 apartment buildings", "68", 68, EX, "count", A, N, A, R, U, U, U, Z),
    ("24 136 residential buildings", "24 136", 24136, EX, "count", A, N, A, A, A, U, U, Z),
    ("estimated at UAH 41,8 billion", "UAH 41,8 billion", 41800000000, APX, A, ECO, N, A, A, A, U, U, Z),
    ("(about 1,02 billion US dollars", "about 1,02 billion", 1020000000, APX, "usd", ECO, N, A, A, A, U, U, Z, True),
    ("2 030,5 hectares", "2 030,5", 2030.5, EX, A, A, N, A, A, A, U, U, Z, True),
    ("23 more families", "23", 23, EX, "count", DIS, N, "evacuated", A, A, U, U, Z),
    ("among them 19 children", "19", 19, EX, "count", DIS, N, "evacuated", A, A, U, U, Z),
])
any_(d, [
    ("on 17 settlements", "17"),
    ("14 reports were received", "14"),
    ("from 14 settlements of the Polohy", "14"),
    ("1 480 windows", "1 480"),
    ("1 142 explosive objects", "1 142"),
    ("documented 57 war crimes", "57"),
    ("UAH 2 000 per person", "UAH 2 000"),
])

# ---------------------------------------------------------------- s06 long read (Pokrovsk)
d = "s06_pokrovsk_longread.txt"
D = "Donetsk"
rows(d, [
    ("up to 110,000 troops", "up to 110,000", 110000, LE, "count", PER, N, "massed", R, A, U, U, D),
    ("roughly 2,300 square kilometres", "roughly 2,300", 2300, APX, "km2", TER, N, "seized", R, U, U, U, D),
    ('"liberated" 14 settlements', "14", 14, EX, "count", TER, N, "seized", R, U, R, U, D),
    ("claimed to control 85% of Pokrovsk", "85%", 85, EX, "percent", TER, N, "controlled", R, A, R, U, D),
    ("put the figure at about 60%", "about 60%", 60, APX, "percent", TER, N, "controlled", R, A, U, U, D),
    ("destroyed 312 Russian armoured vehicles", "312", 312, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, D),
    ("and 96 tanks", "96", 96, EX, "count", W, "tank", "destroyed", U, R, U, U, D),
    ("an estimated 5,000 glide bombs", "5,000", 5000, APX, "count", W, "guided_bomb", "launched", R, U, U, U, D),
    # the evacuation paragraph is printed twice (one statement, labelled once)
    ("more than 48,000 people were evacuated", "more than 48,000", 48000, GE, "count", DIS, N, "evacuated", A, A, U, U, D),
    ("about 3,100 children", "about 3,100", 3100, APX, "count", DIS, N, "evacuated", A, A, U, U, D),
    ("only about 1,200 civilians remained", "about 1,200", 1200, APX, "count", A, N, A, A, A, U, U, D),
    ("down from 16,000 at the start", "16,000", 16000, EX, "count", A, N, A, A, A, U, U, D),
    ("around 1,000 casualties a day", "around 1,000", 1000, APX, "count", CAS, N, A, U, R, UK, A, A),
    ("more than 40,000 killed and wounded", "more than 40,000", 40000, GE, "count", CAS, N, A, U, R, US, U, D),
    ("by roughly 90%", "roughly 90%", 90, APX, "percent", ECO, N, A, A, A, A, U, A),
    ("$600 million a year", "$600 million", 600000000, EX, "usd", ECO, N, A, A, A, A, U, A),
])
any_(d, [
    ("a town of about 60,000 people", "about 60,000"),
    ("1,200-kilometre front", "1,200"),
    ("at 30% strength", "30%"),
    ("We get ten new men", "ten"),
    ("and lose eight", "eight"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s10")
