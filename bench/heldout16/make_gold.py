"""Builds gold.jsonl for heldout16 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout16.make_gold

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
    TER,
    UK,
    UN,
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
# ---------------------------------------------------------------- y01 House of Commons debate
d = "y01_commons_debate_ukraine_support.txt"
# Ministers (Healey, Carns) speak for the United Kingdom; backbench and opposition MPs are not the
# government: claimant_side open, unless they cite a named body (Brereton cites Ukraine's Air
# Force: Ukraine). Carns relays a Ukrainian mobile group (Ukraine) and the Russian MoD (Russia).
# Aid money and donated/delivered drones, tanks and missiles have action and target open, actor
# the donor (UK); GBP has unit open. Training: personnel with actor and target open (the trainer
# is the UK, the trainees Ukrainian); "on British soil": country United Kingdom. Refugees arrived
# in the UK: displacement, action open. The Ternopil strike names no side in its sentence: actor
# open. The £1.7 billion is part of the £4.5 billion and the 1,050 a day a rate (optional); the
# 100,000 drones promised in June is a pledge (optional); Dowell's "£4.5 billion" restates Healey;
# "eleven of them in one apartment block" is a subset; the constituency's "two dozen" children is
# local and debatable (optional); Tollet's Koksan range "between 40 and 50" is optional at both
# ends. Volume 778, Bill 217, column numbers, times, Kh-101, Su-34, "Challenger 2", "fifth
# winter", "twelve months", the Open Parliament Licence v3.0, the phone number and the "Related"
# links (HCWS 1042, £350 million, Column 1127) are not claims.
rows(d, [
    # Healey's opening
    ("Russia launched more than 5,600 long-range attack drones", "more than 5,600", 5600, GE, "count", W, "drone", "launched", R, U, UK, U, N),
    ("drones and 178 missiles against Ukrainian cities", "178", 178, A, "count", W, "missile", "launched", R, U, UK, U, N),
    ("intercepted around 85 per cent of those drones", "around 85 per cent", 85, APX, "percent", W, "drone", "shot_down", U, R, UK, U, N),
    ("Ternopil and killed 14 people", "14", 14, EX, "count", CAS, N, "killed", A, U, UK, U, "Ternopil"),
    ("eleven of them in one apartment block", "eleven", 11, EX, "count", CAS, N, "killed", A, U, UK, U, "Ternopil", True),  # subset
    ("suffered more than 1.1 million casualties", "more than 1.1 million", 1100000, GE, "count", CAS, N, A, U, R, UK, U, N),
    ("those losses averaged roughly 1,050 a day", "roughly 1,050", 1050, APX, "count", CAS, N, A, U, R, UK, U, N, True),  # a daily rate
    ("took around 450 square kilometres of Ukrainian land", "around 450", 450, APX, "km2", TER, N, "seized", R, U, UK, U, N),
    ("committed £4.5 billion in military support", "£4.5 billion", 4500000000, EX, A, ECO, N, A, UK, A, UK, A, N),
    ("£1.7 billion of that is being paid", "£1.7 billion", 1700000000, EX, A, ECO, N, A, UK, A, UK, A, N, True),  # part of the total
    ("trained over 60,000 Ukrainian recruits on British soil", "over 60,000", 60000, GE, "count", PER, N, A, A, A, UK, UK, A),
    ("a further 4,000 specialists", "4,000", 4000, EX, "count", PER, N, A, A, A, UK, A, A),
    # Cartlidge and Healey on drones and tanks
    ("promised Ukraine 100,000 drones", "100,000", 100000, EX, "count", W, "drone", A, UK, A, A, A, N, True),  # a pledge
    ("only 38,000 had actually arrived", "38,000", 38000, EX, "count", W, "drone", A, UK, A, A, A, N),
    ("more than 52,000 of those drones had been delivered", "more than 52,000", 52000, GE, "count", W, "drone", A, UK, A, UK, A, N),
    ("the 14 Challenger 2 tanks sent in 2023", "14", 14, EX, "count", W, "tank", A, UK, A, A, A, N),
    ("at least three have been lost", "at least three", 3, GE, "count", W, "tank", A, A, U, A, A, A),
    # Brereton (citing Ukraine's Air Force) and Healey
    ("Russia dropped 1,380 guided bombs on the Zaporizhzhia front", "1,380", 1380, EX, "count", W, "guided_bomb", "launched", R, U, U, U, "Zaporizhzhia"),
    ("destroyed at least nine Russian combat aircraft on the ground", "at least nine", 9, GE, "count", W, "aircraft", "destroyed", U, R, UK, R, A),
    # North Korea
    ("sent up to 15,000 soldiers to Russia's Kursk region", "up to 15,000", 15000, LE, "count", PER, N, A, NK, A, A, R, "Kursk"),
    ("between 40 and 50 of its Koksan", "40", 40, A, "count", W, "artillery", A, NK, A, A, R, "Kursk", True),  # range
    ("between 40 and 50 of its Koksan", "50", 50, A, "count", W, "artillery", A, NK, A, A, R, "Kursk", True),  # range
    ("some 14,000 North Korean troops are deployed in the Kursk region", "some 14,000", 14000, APX, "count", PER, N, "deployed", NK, A, UK, R, "Kursk"),
    ("roughly 5,000 of them have been killed or wounded", "roughly 5,000", 5000, APX, "count", CAS, N, A, A, NK, UK, R, "Kursk"),
    # refugees
    ("two dozen Ukrainian children", "two dozen", 24, EX, "count", DIS, N, A, A, A, A, UK, A, True),  # local, debatable
    ("more than 210,000 Ukrainians have now arrived in this country", "more than 210,000", 210000, GE, "count", DIS, N, A, A, A, A, UK, A),
    # spending
    ("How much of the £4.5 billion actually leaves", "£4.5 billion", 4500000000, EX, A, ECO, N, A, UK, A, A, A, N, True),  # restatement
    ("Around 60 per cent of the package is spent with British industry", "Around 60 per cent", 60, APX, "percent", ECO, N, A, UK, A, UK, UK, A),
    # Carns
    ("supplied more than 6,000 Lightweight Multirole Missiles", "more than 6,000", 6000, GE, "count", W, "missile", A, UK, A, UK, A, N),
    ("shot down 23 Shahed drones with the LMM", "23", 23, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("destroyed 1,912 Ukrainian drones over Russian regions", "1,912", 1912, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    # Tollet
    ("Russia occupies about 19 per cent of Ukraine's territory", "about 19 per cent", 19, APX, "percent", TER, N, "occupied", R, U, A, U, N),
])
any_(d, [
    ("working alongside eleven partner nations", "eleven"),
    ("twice as many as a year earlier", "twice"),
    ("up to 40 per cent of the rounds Russia fires", "up to 40 per cent"),
    ("nearly half of it never reaches Ukraine", "nearly half"),
    ("supporting some 2,000 jobs", "some 2,000"),
    ("a cost of tens of thousands of lives", "tens of thousands"),
])

# ---------------------------------------------------------------- y02 fact check
d = "y02_factcheck_viral_war_claims.txt"
# A fact check quotes claims it rejects: each original claim is still a claim, labelled with its
# claimant (anonymous X/Telegram/TikTok accounts: claimant_side open; Trump: United States;
# Gerasimov and the Russian MoD: Russia; the Air Force, the General Staff, Syniehubov: Ukraine;
# DeepState, a Ukrainian monitoring group: Ukraine, as in the seed labels; Oryx, the Estonian
# Defence Forces, the Kiel Institute and VeriFront's own estimates: open). The headline and the
# "CLAIM n:" boxes restate the quoted original (optional; Claim 3's box rounds Gerasimov's 5,100
# to 5,000). VeriFront's sum of the General Staff's daily reports keeps the General Staff's side.
# Tanks and armoured vehicles "lost" have action open (losses), actor Ukraine, target Russia. The
# comparison table restates the text except the Estonian row (required). Ranges ("between 120 and
# 200") are optional at both ends; share and view counts of posts, "19 locations", "eleven Russian
# regions", "about 16% higher", "less than one per cent", "several hundred more", "almost twice as
# much", the "not 95%" of VeriFront's own verdict and the repeats of "1,000"/"between 120 and 200"
# in the last section are debatable. "Five viral war claims", "four languages", "two orders of
# magnitude", dates, "2023 clip", the tip line, readers and membership price, and "Read also"
# links are not claims.
rows(d, [
    ("Did Russia really lose 1,000 tanks in November?", "1,000", 1000, EX, "count", W, "tank", A, U, R, A, U, N, True),  # headline
    ("Russia lost 1,000 tanks last month", "1,000", 1000, EX, "count", W, "tank", A, U, R, A, U, N, True),  # claim box
    ("Russia lost 1,000 tanks in November alone", "1,000", 1000, EX, "count", W, "tank", A, U, R, A, U, N),
    ("gives 212 Russian tanks and 1,019 armoured combat vehicles", "212", 212, EX, "count", W, "tank", A, U, R, U, U, N),
    ("and 1,019 armoured combat vehicles", "1,019", 1019, EX, "count", W, "armored_vehicle", A, U, R, U, U, N),
    ("had recorded 74 Russian tanks destroyed", "74", 74, EX, "count", W, "tank", A, U, R, A, U, N),
    # table
    ("Viral post | 1,000 | none given", "1,000", 1000, EX, "count", W, "tank", A, U, R, A, U, N, True),
    ("Ukraine's General Staff | 212 | daily reports", "212", 212, EX, "count", W, "tank", A, U, R, U, U, N, True),
    ("Oryx | 74 | visually confirmed only", "74", 74, EX, "count", W, "tank", A, U, R, A, U, N, True),
    ("Estonian Defence Forces | about 150", "about 150", 150, APX, "count", W, "tank", A, U, R, A, U, N),
    ("most likely lost between 120 and 200 tanks", "120", 120, A, "count", W, "tank", A, U, R, A, U, N, True),  # range
    ("most likely lost between 120 and 200 tanks", "200", 200, A, "count", W, "tank", A, U, R, A, U, N, True),  # range
    # Claim 2: the record attack
    ("Ukraine shot down 95% of the drones in the record attack", "95%", 95, EX, "percent", W, "drone", "shot_down", U, R, A, U, N, True),  # claim box
    ("Russia launched 810 drones and 41 missiles against Ukraine", "810", 810, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("810 drones and 41 missiles against Ukraine", "41", 41, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ('air defence "shot down 95%"', "95%", 95, EX, "percent", W, "drone", "shot_down", U, R, A, U, N),
    ("It said 735 drones were", "735", 735, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("Of the missiles, 34 were intercepted", "34", 34, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("a drone interception rate of roughly 91%", "roughly 91%", 91, APX, "percent", W, "drone", "shot_down", U, R, A, U, N),
    ("recorded hits by 62 drones and seven missiles", "62", 62, EX, "count", W, "drone", A, R, U, U, U, N),
    ("62 drones and seven missiles at 19 locations", "seven", 7, EX, "count", W, "missile", A, R, U, U, U, N),
    ("destroyed 118 Ukrainian drones over eleven Russian regions", "118", 118, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    # Claim 3: territory
    ("Russia has captured 5,000 square kilometres this year", "5,000", 5000, EX, "km2", TER, N, "seized", R, U, A, U, N, True),  # claim box
    ('"liberated" more than 5,100 square kilometres', "more than 5,100", 5100, GE, "km2", TER, N, "seized", R, U, R, U, N),
    ("5,100 square kilometres and 212 settlements since January", "212", 212, A, "count", TER, N, "seized", R, U, R, U, N),
    ("at 4,380 square kilometres", "4,380", 4380, EX, "km2", TER, N, "seized", R, U, U, U, N),
    ("(1,691 square miles)", "1,691", 1691, A, "mi2", TER, N, A, A, A, A, A, A, True),  # conversion
    ("and 171 settlements. In November alone", "171", 171, EX, "count", TER, N, "seized", R, U, U, U, N),
    ("Russian gains of 402 square kilometres", "402", 402, EX, "km2", TER, N, "seized", R, U, U, U, N),
    # Claim 4: Kharkiv evacuations
    ("Half a million people fled the Kharkiv region", "Half a million", 500000, EX, "count", DIS, N, A, A, A, A, U, "Kharkiv", True),  # claim box
    ("claimed that half a million people had been evacuated", "half a million", 500000, EX, "count", DIS, N, "evacuated", A, A, A, U, "Kharkiv"),
    ("on 8 December that 6,240 people", "6,240", 6240, EX, "count", DIS, N, "evacuated", A, A, U, U, "Kharkiv"),
    ("including 1,310 children, had been evacuated", "1,310", 1310, EX, "count", DIS, N, "evacuated", A, A, U, U, "Kharkiv", True),  # subset
    # Claim 5: US aid
    ('America gave Ukraine $350 billion."', "$350 billion", 350000000000, EX, "usd", ECO, N, A, US, A, A, A, N, True),  # claim box
    ('"$350 billion, maybe more"', "$350 billion", 350000000000, EX, "usd", ECO, N, A, US, A, US, A, N),
    ("counts about $130 billion in US military", "about $130 billion", 130000000000, APX, "usd", ECO, N, A, US, A, A, A, N),
    ("of which some $70 billion was military", "some $70 billion", 70000000000, APX, "usd", ECO, N, A, US, A, A, A, N, True),  # part of the total
])
any_(d, [
    ("shared more than 48,000 times", "more than 48,000"),
    ('so the "1,000" appears to be', "1,000"),
    ("no source supports 1,000", "1,000"),
    ("viewed about 2.1 million times", "about 2.1 million"),
    ("seven missiles at 19 locations", "19"),
    ("over eleven Russian regions", "eleven"),
    ("about 16% higher than DeepState's", "about 16%"),
    ("high, but not 95%", "95%"),
    ("still less than one per cent of Ukraine", "less than one per cent"),
    ("several hundred more had left", "several hundred"),
    ("almost twice as much as the United States", "almost twice"),
    ('"1,000 tanks" is easier to share', "1,000"),
    ('easier to share than "between 120 and 200"', "120"),
    ('easier to share than "between 120 and 200"', "200"),
])

# ---------------------------------------------------------------- y03 mine-action situation report
d = "y03_mine_action_report.txt"
# The Ministry of Economy, the National Mine Action Authority (NMAA), the State Emergency Service
# (SES) and the Kherson regional military administration speak for Ukraine; the UN Human Rights
# Monitoring Mission for the United Nations; Russia's Emergencies Ministry for Russia; the HALO
# Trust, FSD, the World Bank and the Observatory itself have claimant_side open. Land that is
# contaminated, surveyed, released or cleared is territory with action, actor and target open (no
# side seizes it); hectares have unit open. Explosive items and mines found, neutralised or
# "destroyed" by deminers are weapons with weapon_type open (no vocabulary value fits mines or
# aerial bombs of unknown type) and action, actor and target open: disposal is not an attack.
# Breakdowns by item type ("including 2,311 aerial bombs") are required, like breakdowns by model;
# children among the victims are a subset (optional). Mine victims: actor open (no side named),
# target Ukraine. Donor money: actor the donor when it is in SIDES (US, UK), else open; yen, euros
# and pounds have unit open. Table 1 cells of land have their unit only in the column header: unit
# open. The "KEY FIGURES" box restates the body (optional); the km² → mi² conversion is optional;
# Kyiv's 80% goal is a pledge (optional). "nearly a quarter", "a few hundred square metres a day",
# "117 accredited operators", "almost twice as many", "14 demining machines" are debatable. "757
# years", "ten years", "first eleven months", "Nearly four years", report No. 37,
# PMN-2/POM-3/TM-62, the 101 hotline, €25 and 40 leaflets, file size, pages, share counts, IMAS
# 09.10 and "Related reports" are not claims.
rows(d, [
    # key figures box (restatements)
    ("About 138,000 km² of Ukraine", "About 138,000", 138000, APX, "km2", TER, N, A, A, A, U, U, N, True),
    ("1,376 civilian mine casualties recorded", "1,376", 1376, EX, "count", CAS, N, A, A, U, UN, U, N, True),
    ("$1.26 billion for mine action since 2022", "$1.26 billion", 1260000000, EX, "usd", ECO, N, A, A, A, U, U, N, True),
    # overview
    ("estimates that about 138,000 square kilometres", "about 138,000", 138000, APX, "km2", TER, N, A, A, A, U, U, N),
    ("(53,300 square miles)", "53,300", 53300, A, "mi2", TER, N, A, A, A, A, A, A, True),  # conversion
    ("39,500 square kilometres had so far been surveyed", "39,500", 39500, EX, "km2", TER, N, A, A, A, U, U, N),
    ("some 4.6 million hectares of agricultural land", "some 4.6 million", 4600000, APX, A, TER, N, A, A, A, U, U, N),
    ("more than 6,200 square kilometres are suspected", "more than 6,200", 6200, GE, "km2", TER, N, A, A, A, U, U, "Kherson"),
    ("almost 30% of the region's farmland", "almost 30%", 30, LE, "percent", TER, N, A, A, A, U, U, "Kherson"),
    # table 1 (NMAA)
    ("Kharkiv | 2,140 | 41,870", "2,140", 2140, EX, A, TER, N, A, A, A, U, U, "Kharkiv"),
    ("Kharkiv | 2,140 | 41,870", "41,870", 41870, EX, "count", W, A, A, A, A, U, U, "Kharkiv"),
    ("Kherson | 1,315 | 22,906", "1,315", 1315, EX, A, TER, N, A, A, A, U, U, "Kherson"),
    ("Kherson | 1,315 | 22,906", "22,906", 22906, EX, "count", W, A, A, A, A, U, U, "Kherson"),
    ("Mykolaiv | 880 | 9,412", "880", 880, EX, A, TER, N, A, A, A, U, U, A),
    ("Mykolaiv | 880 | 9,412", "9,412", 9412, EX, "count", W, A, A, A, A, U, U, A),
    ("Kyiv | 405 | 3,388", "405", 405, EX, A, TER, N, A, A, A, U, U, "Kyiv"),
    ("Kyiv | 405 | 3,388", "3,388", 3388, EX, "count", W, A, A, A, A, U, U, "Kyiv"),
    # clearance
    ("neutralised 118,406 explosive items", "118,406", 118406, EX, "count", W, A, A, A, A, U, U, N),
    ("including 2,311 aerial bombs", "2,311", 2311, EX, "count", W, A, A, A, A, U, U, N),
    ("and 416 rocket-launched cluster munitions", "416", 416, EX, "count", W, A, A, A, A, U, U, N),
    ("destroyed more than 720,000 explosive objects", "more than 720,000", 720000, GE, "count", W, A, A, A, A, U, U, N),
    ("recovered 312 anti-tank mines", "312", 312, EX, "count", W, A, A, A, A, A, U, "Kherson"),
    ("about 6,500 certified deminers", "about 6,500", 6500, APX, "count", PER, N, A, A, A, U, U, N),
    ("employs more than 1,600 Ukrainian staff", "more than 1,600", 1600, GE, "count", PER, N, A, A, A, A, U, N),
    ("cleared 11.4 square kilometres in the Kharkiv region", "11.4", 11.4, EX, "km2", TER, N, A, A, A, A, U, "Kharkiv"),
    ("cleared 3,900 hectares in the Mykolaiv and Kherson regions", "3,900", 3900, EX, A, TER, N, A, A, A, A, U, A),
    # casualties (UN)
    ("has recorded 1,376 civilian casualties", "1,376", 1376, EX, "count", CAS, N, A, A, U, UN, U, N),
    ("391 people killed and 985 injured", "391", 391, EX, "count", CAS, N, "killed", A, U, UN, U, N),
    ("391 people killed and 985 injured", "985", 985, EX, "count", CAS, N, "injured", A, U, UN, U, N),
    ("Among the victims were 112 children", "112", 112, EX, "count", CAS, N, A, A, U, UN, U, N, True),  # subset
    ("killed 64 civilians and injured 187", "64", 64, EX, "count", CAS, N, "killed", A, U, UN, U, N),
    ("killed 64 civilians and injured 187", "187", 187, EX, "count", CAS, N, "injured", A, U, UN, U, N),
    ("At least 29 SES pyrotechnicians", "At least 29", 29, GE, "count", CAS, N, "killed", A, U, U, U, N),
    ("have been killed and 97 injured on duty", "97", 97, A, "count", CAS, N, "injured", A, U, U, U, N),
    ("two deminers of a private operator were killed", "two", 2, EX, "count", CAS, N, "killed", A, U, A, U, "Kharkiv"),
    # Russia's Kursk region
    ("cleared 4,200 hectares of land in the Kursk region", "4,200", 4200, EX, A, TER, N, A, A, A, R, R, "Kursk"),
    ("removed nearly 9,000 explosive items", "nearly 9,000", 9000, LE, "count", W, A, A, A, A, R, R, "Kursk"),
    # funding
    ("$1.26 billion for mine action in Ukraine", "$1.26 billion", 1260000000, EX, "usd", ECO, N, A, A, A, U, U, N),
    ("Japan: ¥18.7 billion", "¥18.7 billion", 18700000000, EX, A, ECO, N, A, A, A, U, A, N),
    ("United States: $312 million", "$312 million", 312000000, EX, "usd", ECO, N, A, US, A, U, A, N),
    ("European Union: €190 million", "€190 million", 190000000, EX, A, ECO, N, A, A, A, U, A, N),
    ("United Kingdom: £61 million", "£61 million", 61000000, EX, A, ECO, N, A, UK, A, U, A, N),
    ("at $29.8 billion over the next decade", "$29.8 billion", 29800000000, EX, "usd", ECO, N, A, A, A, A, U, N),
    ("return 80% of potentially contaminated land", "80%", 80, EX, "percent", TER, N, A, A, A, U, U, N, True),  # a goal
])
any_(d, [
    ("nearly a quarter of the country's territory", "nearly a quarter"),
    ("clear a few hundred square metres a day", "a few hundred"),
    ("working for 117 accredited operators", "117"),
    ("almost twice as many as at the start of 2025", "almost twice"),
    ("using 14 demining machines", "14"),
])

# ---------------------------------------------------------------- y04 energy economics: refinery strikes
d = "y04_refinery_strikes_energy_economics.txt"
# Northgate (a consultancy), TankerTrace (ship tracking), Primorsk's operator and analysts have
# claimant_side open; the General Staff, the SBU and Vlasiuk speak for Ukraine; the Defence
# Ministry, Novak, the Finance Ministry and the governors Bocharov, Fedorishchev and Drozdenko for
# Russia. Refining capacity knocked offline (share, bpd) and refineries, distillation units and
# berths hit are infrastructure, like generating capacity in heldout15, with actor Ukraine and
# target Russia when the sentence says Ukrainian drones did it; throughput, exports, imports and
# revenues are economic with actor and target open. Barrels per day, tonnes and roubles have unit
# open. Novak's paragraph is printed twice (CMS duplicate): labelled once. "or about 1.1 million
# barrels per day" restates the 17% in another unit (optional). Injuries from debris name no side:
# actor open. The headline's "a fifth", capacities of a whole plant (15.7 million tonnes a year,
# "three crude distillation units"), prices (79,400 roubles, 11% at the pump, "almost twice the
# rate of inflation", 20 litres per car), "fell by a third" and the drones' range are debatable;
# Northgate's forecast range "250,000-300,000 bpd" back by January is optional at both ends;
# Drozdenko's "at least seven" drones both attacked and were shot down: action open. The price
# ticker, "14 partners", "CDU-5", AI-95, FP-1, dates, "fourth time", "three largest", repair
# times, comment counts, "Related coverage", newsletter readers, the company number and
# subscription price are not claims.
rows(d, [
    ("roughly 17% of Russia's refining capacity", "roughly 17%", 17, APX, "percent", INF, N, A, U, R, A, R, N),
    ("or about 1.1 million barrels per day", "about 1.1 million", 1100000, APX, A, INF, N, A, U, R, A, R, N, True),  # same quantity
    ("an average of 5.08 million barrels per day", "5.08 million", 5080000, EX, A, ECO, N, A, A, A, A, R, N),
    ("down from 5.45 million bpd in August", "5.45 million", 5450000, EX, A, ECO, N, A, A, A, A, R, N),
    ("hit 14 oil-refining and oil-storage facilities", "14", 14, EX, "count", INF, N, A, U, R, U, R, N),
    ("destroyed 67 Ukrainian drones overnight", "67", 67, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("29 of them over the Volgograd region", "29", 29, EX, "count", W, "drone", "shot_down", R, U, R, R, "Volgograd"),
    ("that two people had been injured", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, "Volgograd"),
    # Northgate's list
    ("Volgograd region: about 140,000 bpd", "about 140,000", 140000, APX, A, INF, N, A, U, R, A, R, "Volgograd"),
    ("Samara region: 90,000 bpd", "90,000", 90000, EX, A, INF, N, A, U, R, A, R, "Samara"),
    ("Leningrad region: up to 200,000 bpd", "up to 200,000", 200000, LE, A, INF, N, A, U, R, A, R, "Leningrad"),
    # Syzran
    ("said 37 of its drones had taken part", "37", 37, EX, "count", W, "drone", "launched", U, R, U, R, "Samara"),
    ("at least two of the plant's three", "at least two", 2, GE, "count", INF, N, A, U, R, U, R, "Samara"),
    ("said three people were injured in Syzran", "three", 3, EX, "count", CAS, N, "injured", A, R, R, R, "Samara"),
    ("put the number at 21", "21", 21, EX, "count", W, "drone", "shot_down", R, U, R, R, "Samara"),
    # Kirishi
    ('"at least seven" drones', "at least seven", 7, GE, "count", W, "drone", A, U, R, R, R, "Leningrad"),
    # Novak (paragraph printed twice)
    ("had fallen by no more than 4%", "no more than 4%", 4, LE, "percent", ECO, N, A, A, A, R, R, N),
    ("imported some 50,000 tonnes of gasoline", "some 50,000", 50000, APX, A, ECO, N, A, A, A, R, R, N),
    # exports
    ("fell to 610,000 barrels per day", "610,000", 610000, EX, A, ECO, N, A, A, A, A, R, N),
    ("from 870,000 bpd in September", "870,000", 870000, EX, A, ECO, N, A, A, A, A, R, N),
    ("damaged two of its berths", "two", 2, EX, "count", INF, N, A, A, R, A, R, "Leningrad"),
    ("an average of 3.6 million bpd of crude", "3.6 million", 3600000, EX, A, ECO, N, A, A, A, A, R, N),
    # budget and Ukraine's estimate
    ("came to 612 billion roubles", "612 billion", 612000000000, EX, A, ECO, N, A, A, A, R, R, N),
    ("24% lower than a year earlier", "24%", 24, EX, "percent", ECO, N, A, A, A, R, R, N),
    ('"at least $9 billion"', "at least $9 billion", 9000000000, GE, "usd", ECO, N, A, U, R, U, R, N),
    ("only 250,000-300,000 bpd of the lost capacity", "250,000", 250000, A, A, INF, N, A, A, A, A, R, N, True),  # forecast range
    ("only 250,000-300,000 bpd of the lost capacity", "300,000", 300000, A, A, INF, N, A, A, A, A, R, N, True),  # forecast range
])
any_(d, [
    ("Drones take a fifth of Russia's refining offline", "a fifth"),
    ("with a capacity of 15.7 million tonnes a year", "15.7 million"),
    ("the plant's three crude distillation units", "three"),
    ("a record 79,400 roubles per tonne", "79,400"),
    ("have risen 11% since January", "11%"),
    ("almost twice the rate of inflation", "almost twice"),
    ("limited sales to 20 litres per car", "20"),
    ("fell by a third after a drone attack", "a third"),
    ("can fly more than 1,500 kilometres", "more than 1,500"),
])

# ---------------------------------------------------------------- y05 feature: mobile air-defence group
d = "y05_feature_mobile_air_defence_group.txt"
# Soldiers quoted by call sign (Bison, Lemko), the battalion commander, the Air Force and Ihnat,
# Kalashnyk, Tkachenko, military intelligence and "Ukraine" speak for Ukraine; the Defence
# Ministry for Russia. The group works in the Kyiv region (Fastiv, Vasylkiv, Bila Tserkva): its
# own tallies have region Kyiv; "We got eleven" (place not said) and the battalion's total have
# region open. "Forty-four Shaheds" breaks the 61 down by model (required). "Eleven in one night"
# repeats "We got eleven" (optional); the closing "Sixty-two" updates the group's tally only
# implicitly (optional); the battalion's "between 40 and 50" is a range and Russia's monthly
# Shahed production a rate (optional). Mobile fire groups destroyed by Russia are weapons of type
# air_defense. The radio message's "group of six" ("mopeds"), decoy share, altitudes and ranges,
# rounds fired, the Shahed's price, the group's 14 men / nine left, moves per night, donated
# sights and their price, the count of mobile groups, "twice as many" and the distance of the last
# kill are debatable. Ages (52, 23, 58, 31), times, "ZU-23-2", "Within two minutes", "ten
# seconds", "in under an hour", the print price, issue number, read time, likes, members,
# membership price and "Read next" links are not claims.
rows(d, [
    ("Since March we have shot down 61 drones", "61", 61, EX, "count", W, "drone", "shot_down", U, R, U, U, "Kyiv"),
    ("Forty-four Shaheds, the rest Gerberas", "Forty-four", 44, EX, "count", W, "drone", "shot_down", U, R, U, U, "Kyiv"),
    ("Russia launched 486 drones and 22 missiles against Ukraine", "486", 486, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("486 drones and 22 missiles against Ukraine", "22", 22, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("that 437 drones and 15 missiles had been shot down", "437", 437, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("437 drones and 15 missiles had been shot down", "15", 15, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("debris injured four people", "four", 4, EX, "count", CAS, N, "injured", A, U, U, U, "Kyiv"),
    ("damaged 11 private houses", "11", 11, EX, "count", INF, N, A, A, U, U, U, "Kyiv"),
    ("destroyed nine drones and two missiles over Kyiv", "nine", 9, EX, "count", W, "drone", "shot_down", U, R, U, U, "Kyiv"),
    ("nine drones and two missiles over Kyiv", "two", 2, EX, "count", W, "missile", "shot_down", U, R, U, U, "Kyiv"),
    ("one woman had been killed", "one", 1, EX, "count", CAS, N, "killed", A, U, U, U, "Kyiv"),
    ("counted 5,612 Shahed-type attack drones", "5,612", 5612, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("against 4,150 in October", "4,150", 4150, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ('"more than 40" mobile fire groups', "more than 40", 40, GE, "count", W, "air_defense", "destroyed", R, U, R, U, A),
    ("about 30% of all Shaheds downed nationwide", "about 30%", 30, APX, "percent", W, "drone", "shot_down", U, R, U, U, N),
    ("the group shot down three Shaheds in under an hour", "three", 3, EX, "count", W, "drone", "shot_down", U, R, U, U, "Kyiv"),
    ('"We got eleven," Bison says', "eleven", 11, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("Eleven in one night.", "Eleven", 11, EX, "count", W, "drone", "shot_down", U, R, U, U, A, True),  # repeats "We got eleven"
    ("has downed over 400 drones this year", "over 400", 400, GE, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("between 40 and 50 of them in the first week", "40", 40, A, "count", W, "drone", "shot_down", U, R, U, U, A, True),  # range
    ("between 40 and 50 of them in the first week", "50", 50, A, "count", W, "drone", "shot_down", U, R, U, U, A, True),  # range
    ("Two were killed in August", "Two", 2, EX, "count", CAS, N, "killed", R, U, U, U, "Kyiv"),
    ("three others were wounded", "three", 3, EX, "count", CAS, N, "injured", R, U, U, U, "Kyiv"),
    ("close to 2,700 Shahed-type drones a month", "2,700", 2700, A, "count", W, "drone", A, R, A, U, R, N, True),  # a rate
    ("shot down some two dozen Shaheds", "some two dozen", 24, APX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ('"Sixty-two," Bison says', "Sixty-two", 62, EX, "count", W, "drone", "shot_down", U, R, U, U, "Kyiv", True),  # implicit update
])
any_(d, [
    ("Mopeds from the south-east, group of six.", "six"),
    ("roughly half are now decoys", "roughly half"),
    ("at 100 to 200 metres", "100"),
    ("at 100 to 200 metres", "200"),
    ("climb to 2,500 metres or more", "2,500"),
    ("puts at around 1,500 metres", "around 1,500"),
    ("We fired maybe 300 rounds", "300"),
    ("up to 1,400 rounds on a heavy night", "up to 1,400"),
    ("an estimated $35,000", "an estimated $35,000"),
    ("Of the 14 men who joined it in 2024", "14"),
    ("nine are left", "nine"),
    ("up to five times before dawn", "up to five"),
    ("donated two thermal sights", "two"),
    ("worth €14,000 each", "€14,000"),
    ("more than 1,000 such mobile groups", "more than 1,000"),
    ("twice as many as a year ago", "twice"),
    ("about two kilometres away", "about two"),
])

# ---------------------------------------------------------------- y06 Russian MoD briefing (translation)
d = "y06_russian_mod_briefing_transcript.txt"
# Konashenkov speaks for Russia. Journalists' questions that attribute a figure to "the Kiev
# regime" carry that claimant (Ukraine). The editor's note sums the ministry's tallies (Russia)
# and gives its own estimate of Ukraine's pre-war fleet (open). "Liberated" is seized (actor
# Russia, target Ukraine). Weekly "losses" of men and equipment have action open, actor Russia,
# target Ukraine; "up to" applies only to the servicemen, the rest of that list has qualifier
# open; "including four Bradley" and "six of them HIMARS" are breakdowns by model (required).
# Air-defence kills with no place have country and region open; the per-region breakdown of the
# night's 96 drones is required, "five flying towards Moscow" included (a place of its own);
# Crimea: country open, region Crimea. HIMARS rockets have weapon_type open. Surrendered
# servicemen: actor Russia (the captor), target Ukraine. Western money: actor open (NATO is no
# side), the weapons share is part of the total (optional); US shells: actor United States,
# weapon_type open, action open (sent as aid, not fired). Pavlohrad and Kryvyi Rih lie in
# Dnipropetrovsk. Civilian casualties "as a result of terrorist attacks by the Kiev regime": actor
# Ukraine; "most of them in the Belgorod region": region open; "including a child" has no numeral.
# Times, dates, "3 of 3 parts", Neptune-MD, AN/MPQ-65, S-300, "several times", "41 minutes", share
# count, prices, phone and the archive links are not claims.
rows(d, [
    # editor's note
    ("if added up since 2022, now exceed 670", "670", 670, GE, "count", W, "aircraft", "destroyed", R, U, R, A, N),
    ("the roughly 120 combat aircraft", "roughly 120", 120, APX, "count", W, "aircraft", A, U, A, A, U, N),
    # opening statement
    ("In total, seven settlements were liberated", "seven", 7, EX, "count", TER, N, "seized", R, U, R, U, A),
    ("amounted to up to 8,870 servicemen", "up to 8,870", 8870, LE, "count", CAS, N, A, R, U, R, U, N),
    ("8,870 servicemen, 14 tanks and 121 armoured", "14", 14, A, "count", W, "tank", A, R, U, R, U, N),
    ("14 tanks and 121 armoured combat vehicles", "121", 121, A, "count", W, "armored_vehicle", A, R, U, R, U, N),
    ("including four Bradley infantry fighting vehicles", "four", 4, A, "count", W, "armored_vehicle", A, R, U, R, U, N),
    ("as well as 187 field artillery guns", "187", 187, A, "count", W, "artillery", A, R, U, R, U, N),
    ("and 29 multiple launch rocket systems", "29", 29, A, "count", W, "mlrs", A, R, U, R, U, N),
    ("six of them HIMARS", "six", 6, A, "count", W, "mlrs", A, R, U, R, U, N),
    ("shot down 412 fixed-wing unmanned aerial vehicles", "412", 412, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("nine Neptune-MD long-range guided missiles", "nine", 9, EX, "count", W, "missile", "shot_down", R, U, R, A, A),
    ("17 JDAM guided aerial bombs", "17", 17, EX, "count", W, "guided_bomb", "shot_down", R, U, R, A, A),
    ("and six HIMARS rockets", "six", 6, EX, "count", W, A, "shot_down", R, U, R, A, A),
    ("Last night, 96 Ukrainian UAVs were intercepted", "96", 96, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("41 over the Bryansk region", "41", 41, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("22 over the Kursk region", "22", 22, EX, "count", W, "drone", "shot_down", R, U, R, R, "Kursk"),
    ("17 over the Belgorod region", "17", 17, EX, "count", W, "drone", "shot_down", R, U, R, R, "Belgorod"),
    ("nine over the Moscow region", "nine", 9, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("including five flying towards Moscow", "five", 5, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("seven over the Republic of Crimea", "seven", 7, EX, "count", W, "drone", "shot_down", R, U, R, A, "Crimea"),
    ("have liberated 217 settlements", "217", 217, A, "count", TER, N, "seized", R, U, R, U, N),
    ("and more than 5,600 square kilometres of territory", "more than 5,600", 5600, GE, "km2", TER, N, "seized", R, U, R, U, N),
    ("63 servicemen of the Armed Forces of Ukraine", "63", 63, EX, "count", PER, N, A, R, U, R, U, N),
    # questions and answers
    ("Russia lost 36,400 servicemen in November", "36,400", 36400, EX, "count", CAS, N, A, U, R, U, U, N),
    ("the enemy lost more than 41,000 servicemen", "more than 41,000", 41000, GE, "count", CAS, N, A, R, U, R, U, N),
    ("used more than 1,900 unmanned aerial vehicles", "more than 1,900", 1900, GE, "count", W, "drone", "launched", U, R, R, R, N),
    ("over 95 per cent", "over 95 per cent", 95, GE, "percent", W, "drone", "shot_down", R, U, R, R, N),
    ("allocated more than $250 billion", "more than $250 billion", 250000000000, GE, "usd", ECO, N, A, A, A, R, A, N),
    ("of which over $150 billion has gone to weapons", "over $150 billion", 150000000000, GE, "usd", ECO, N, A, A, A, R, A, N, True),  # part of the total
    ("sent about 3 million artillery shells", "about 3 million", 3000000, APX, "count", W, A, A, US, A, R, A, N),
    ("destroyed two launchers of the Patriot system", "two", 2, EX, "count", W, "air_defense", "destroyed", R, U, R, U, "Dnipropetrovsk"),
    ("three S-300 launchers near Kryvyi Rih", "three", 3, EX, "count", W, "air_defense", "destroyed", R, U, R, U, "Dnipropetrovsk"),
    ("11 civilians were killed over the week", "11", 11, EX, "count", CAS, N, "killed", U, R, R, R, A),
    ("and 47 were wounded", "47", 47, EX, "count", CAS, N, "injured", U, R, R, R, A),
    ("about 2,000 residents were left without electricity", "about 2,000", 2000, APX, "count", INF, N, A, A, R, R, R, "Belgorod"),
    ("Around 1,300 residents of border villages", "Around 1,300", 1300, APX, "count", DIS, N, "evacuated", A, A, R, R, "Belgorod"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "y16")
