"""Builds gold.jsonl for heldout31 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout31.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout27 (and, through it, heldout22): headlines, summary boxes
and later restatements are optional; subsets introduced by "of which", "of whom", "including",
"among them" are optional, except a model within a weapon total (the seeds' "including two
Su-34"); in a list with a qualifier only the qualified items keep it (the others `*`), a list
with no qualifier is exact; casualty sentences that name no perpetrator have actor `*`; a range
is one claim quoting the whole range (value and qualifier `*`); households left without power
or hot water have category and action `*`; losses reported as "lost" or in a losses list have
action `*`; the article's own voice has claimant_side `*`. Counts of places, incident counts
(assaults repelled), unit counts, shares and rates, distances, prices, capacities, stocks and
cargoes are debatable (`any_`). Counts of sources, witnesses and Telegram subscribers or views,
dates, times, durations, ages, ordinals and numbers inside names are not labelled.

Vocabulary limits of bench/gold_tables.py: Krasnodar (Novorossiysk), Murmansk (Olenya) and the
Black Sea are not allowed regions, so events there have region `*`."""

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


# fmt: off
# ---------------------------------------------------------------- n01 Novorossiysk sea drones
d = "n01_novorossiysk_sea_drones_corvette_tanker.txt"
# A maritime-security site on Ukraine's Sea Baby strike on a Karakurt-class corvette and a tanker
# off Novorossiysk (Krasnodar region: not an allowed region, so region `*`; country Russia for
# the port and the roadstead). Claimants: the SBU and "a source in the SBU" ("the source said",
# "the source added"), the Navy spokesman Marushko ("he told reporters", "he said") speak for
# Ukraine; Russia's Defence Ministry ("It said", "it said", "the ministry said"), Novorossiysk's
# emergency headquarters, the city head Kravchenko and the pro-war channel Morskoy Dozor speak for
# Russia. Decided here: naval drones ("Sea Baby drones", "uncrewed boats") are weapon_type drone,
# not ship. The Black Sea is no country: the ministry's 14 boats destroyed "in the north-eastern
# part of the Black Sea" and its cumulative "more than 300" have country `*`; the 23 drones shot
# down span the Krasnodar region and Crimea (country `*`), the breakdown "15 of them over the
# Krasnodar region" (country Russia) and "eight over Crimea" (country `*`: occupied, disputed;
# region Crimea) are required, as heldout27's breakdowns by region. "four of which reached the
# corvette" is a subset (optional). "At least 17 sailors were killed or wounded" is casualties with
# action `*`; the tanker's "two of its 24 crew members" injured name no perpetrator (actor `*`)
# and the crew of a Cameroon-flagged tanker is no side (target `*`). "at least two boats had broken
# through" (action `*`) and "three of our guys" killed are Morskoy Dozor's (Russia). Marushko's
# "between two and four Kalibr carriers on duty" is a range (ship, deployed) and "up to 28
# missiles" on board has action `*`; his 19 Kalibr fired at Ukraine are launched, region None.
# The SBU's 24 warships and auxiliary vessels "damaged or destroyed" have action `*`. Brent's
# 2.4% rise is economic (as the seeds' ruble). Debatable: the oil slick "about 2 kilometres",
# the crew of 24, "two apartment blocks", "about 600 square metres", "eight Kalibr" per ship (a
# specification), "one fewer", the warhead "up to 850 kilograms", the terminal's "about 1.8
# million barrels" a day (capacity), "about 10 kilometres", premiums "about 1%" and "as much as
# 1.5%" (rates). Non-claims: Karakurt-class, Ka-27, Magura V5 and V7, 09:20, 7.15am, "six months
# ago", 2022, and the furniture (6 min read, the Related links' 9 tankers, "21st package", "ep.
# 142" and 3%, Comments (38), 42,000 professionals).
rows(d, [
    ("Moscow claims 14 boats destroyed", "14", 14, EX, "count", W, "drone", "destroyed", R, U, R, A, A, True),  # headline
    ("destroyed 14 uncrewed boats in the north-eastern", "14", 14, EX, "count", W, "drone", "destroyed", R, U, R, A, A),
    ("11 Sea Baby drones were used in the operation", "11", 11, EX, "count", W, "drone", "launched", U, R, U, R, A),
    ("four of which reached the corvette", "four", 4, EX, "count", W, "drone", A, U, R, U, R, A, True),  # subset
    ("At least 17 sailors were killed or wounded", "At least 17", 17, GE, "count", CAS, N, A, U, R, U, R, A),
    ("two of its 24 crew members had been injured", "two", 2, EX, "count", CAS, N, "injured", A, A, R, R, A),
    ("46 residents of two apartment blocks", "46", 46, EX, "count", DIS, N, "evacuated", A, A, R, R, A),
    ("had destroyed 14 uncrewed boats. A Ka-27", "14", 14, EX, "count", W, "drone", "destroyed", R, U, R, A, A, True),  # restates
    ("shot down 23 fixed-wing drones overnight", "23", 23, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("15 of them over the Krasnodar region", "15", 15, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("and eight over Crimea", "eight", 8, EX, "count", W, "drone", "shot_down", R, U, R, A, "Crimea"),
    ("destroyed more than 300 Ukrainian uncrewed boats", "more than 300", 300, GE, "count", W, "drone", "destroyed", R, U, R, A, A),
    ("at least two boats had broken through the boom", "at least two", 2, GE, "count", W, "drone", A, U, R, R, R, A),
    ("that three of", "three", 3, EX, "count", CAS, N, "killed", A, R, R, R, A),
    ("between two and four Kalibr carriers on duty", "between two and four", A, A, "count", W, "ship", "deployed", R, A, U, A, A),
    ("with up to 28 missiles in total", "up to 28", 28, LE, "count", W, "missile", A, R, A, U, A, A),
    ("Russia had fired 19 Kalibr missiles at Ukraine", "19", 19, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("damaged or destroyed 24 Russian warships", "24", 24, EX, "count", W, "ship", A, U, R, U, A, A),
    ("Brent crude rose 2.4%", "2.4%", 2.4, EX, "percent", ECO, N, A, A, A, A, A, A),
])
any_(d, [
    ("an oil slick of about 2 kilometres", "about 2"),
    ("two of its 24 crew members", "24"),
    ("residents of two apartment blocks", "two"),
    ("covered about 600 square metres", "about 600"),
    ("carry eight Kalibr cruise missiles", "eight"),
    ("there may be one fewer", "one"),
    ("a warhead of up to 850 kilograms", "up to 850"),
    ("about 1.8 million barrels", "about 1.8 million"),
    ("about 10 kilometres up the coast", "about 10"),
    ("already about 1% of a ship's value", "about 1%"),
    ("could rise to as much as 1.5%", "as much as 1.5%"),
])

# ---------------------------------------------------------------- n02 Kyiv damage by district
d = "n02_kyiv_april_damage_report_by_district.txt"
# A Kyiv district news site retelling the city council commission's monthly damage report for
# April, with a table by district (buildings damaged, injured, killed): country Ukraine, region
# Kyiv throughout. The commission ("the report says", "the commission said", "it said", the deputy
# head Koval-Mercer), the Kyiv City Military Administration, DTEK and Kyivteploenergo speak for
# Ukraine. Buildings are infrastructure with action `*`; the lead's "Russian missile and drone
# attacks damaged 418" has actor Russia, the table and the other damage figures name no attacker
# (actor `*`), target Ukraine. Casualty sentences name no perpetrator (actor `*`, target Ukraine).
# The table is required cell by cell; its zero cells are optional (as the seeds' "no reported
# deaths") and its Total row restates the lead (optional). Optional: the headline's 418, "Of the
# 418 buildings" and its parts (52 blocks, 211 houses), "among them 14 children", "including two
# children", the bracketed "($45 million)". The list "1,164 apartments, 19 educational
# institutions, four medical facilities and more than 640 cars" has a qualifier, so the unqualified
# items have qualifier `*`; the cars are private property (debatable, as heldout27's cars). The
# 17 April strike's Eleven killed and 58 injured are one attack's toll within the month, a claim
# of its own (required). "more than 1,300 drones and 87 missiles" launched towards the capital
# (87: qualifier `*`, a list with a qualifier). "about 41,000 households" without electricity and
# "212 apartment buildings" without hot water: category and action `*`. Debatable:
# "two attacks" and "on 14 days" (incident counts), "almost half", "more than 640 cars", "97
# families", "one of 40" flats.
# Non-claims: Iskander-M, "nine-storey", "sixth floor", "two-walls rule", the age 52, "31 hours",
# "12 hours", dates, and the furniture (+14°C, 👁 7,412, 💬 23, the Read also links' 5,200+
# shelters, 3 schools and 2 lines, 118K readers, 2018–2027).
Ky = "Kyiv"
rows(d, [
    ("Russian attacks damaged 418 buildings in Kyiv", "418", 418, EX, "count", INF, N, A, R, U, U, U, Ky, True),  # headline
    ("damaged 418 residential and non-residential buildings", "418", 418, EX, "count", INF, N, A, R, U, U, U, Ky),
    ("when the commission counted 301", "301", 301, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("Twenty-one people were killed in the capital", "Twenty-one", 21, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("and 163 were injured", "163", 163, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("among them 14 children", "14", 14, EX, "count", CAS, N, A, A, U, U, U, Ky, True),  # subset
    ("Of the 418 buildings", "418", 418, EX, "count", INF, N, A, A, U, U, U, Ky, True),  # restates
    ("52 were multi-storey residential blocks", "52", 52, EX, "count", INF, N, A, A, U, U, U, Ky, True),  # subset
    ("211 were private houses", "211", 211, EX, "count", INF, N, A, A, U, U, U, Ky, True),  # subset
    # the table: buildings damaged, injured, killed
    ("Darnytskyi                 104             47         8", "104", 104, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("Darnytskyi                 104             47         8", "47", 47, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("Darnytskyi                 104             47         8", "8", 8, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("Dniprovskyi                 93             38         5", "93", 93, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("Dniprovskyi                 93             38         5", "38", 38, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("Dniprovskyi                 93             38         5", "5", 5, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("Desnianskyi                 37             19         2", "37", 37, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("Desnianskyi                 37             19         2", "19", 19, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("Desnianskyi                 37             19         2", "2", 2, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("Holosiivskyi                36             11         0", "36", 36, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("Holosiivskyi                36             11         0", "11", 11, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("Holosiivskyi                36             11         0", "0", 0, EX, "count", CAS, N, "killed", A, U, U, U, Ky, True),  # zero
    ("Obolonskyi                  25              7         1", "25", 25, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("Obolonskyi                  25              7         1", "7", 7, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("Obolonskyi                  25              7         1", "1", 1, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("Pecherskyi                  12              3         0", "12", 12, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("Pecherskyi                  12              3         0", "3", 3, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("Pecherskyi                  12              3         0", "0", 0, EX, "count", CAS, N, "killed", A, U, U, U, Ky, True),  # zero
    ("Podilskyi                   24              9         0", "24", 24, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("Podilskyi                   24              9         0", "9", 9, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("Podilskyi                   24              9         0", "0", 0, EX, "count", CAS, N, "killed", A, U, U, U, Ky, True),  # zero
    ("Sviatoshynskyi              42             16         3", "42", 42, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("Sviatoshynskyi              42             16         3", "16", 16, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("Sviatoshynskyi              42             16         3", "3", 3, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("Solomianskyi                31              8         2", "31", 31, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("Solomianskyi                31              8         2", "8", 8, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("Solomianskyi                31              8         2", "2", 2, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("Shevchenkivskyi             14              5         0", "14", 14, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("Shevchenkivskyi             14              5         0", "5", 5, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("Shevchenkivskyi             14              5         0", "0", 0, EX, "count", CAS, N, "killed", A, U, U, U, Ky, True),  # zero
    ("Total                      418            163        21", "418", 418, EX, "count", INF, N, A, A, U, U, U, Ky, True),  # restates
    ("Total                      418            163        21", "163", 163, EX, "count", CAS, N, "injured", A, U, U, U, Ky, True),  # restates
    ("Total                      418            163        21", "21", 21, EX, "count", CAS, N, "killed", A, U, U, U, Ky, True),  # restates
    # the rest of the report
    ("damage to 1,164 apartments", "1,164", 1164, A, "count", INF, N, A, A, U, U, U, Ky),
    ("19 educational institutions", "19", 19, A, "count", INF, N, A, A, U, U, U, Ky),
    ("four medical facilities", "four", 4, A, "count", INF, N, A, A, U, U, U, Ky),
    ("will cost an estimated 1.9 billion hryvnias", "1.9 billion", 1900000000, APX, A, ECO, N, A, A, A, U, U, Ky),
    ("($45 million)", "$45 million", 45000000, A, "usd", ECO, N, A, A, A, U, U, Ky, True),  # conversion
    ("evacuated 236 people from damaged buildings", "236", 236, EX, "count", DIS, N, "evacuated", A, A, U, U, Ky),
    ("Eleven people were killed there", "Eleven", 11, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("including two children, and 58", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Ky, True),  # subset
    ("and 58 were injured", "58", 58, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("launched more than 1,300 drones", "more than 1,300", 1300, GE, "count", W, "drone", "launched", R, U, U, U, Ky),
    ("and 87 missiles of various types", "87", 87, A, "count", W, "missile", "launched", R, U, U, U, Ky),
    ("about 41,000 households on the left bank", "about 41,000", 41000, APX, "count", A, N, A, A, U, U, U, Ky),
    ("Kyivteploenergo said 212 apartment buildings", "212", 212, EX, "count", A, N, A, A, U, U, U, Ky),
])
any_(d, [
    ("casualties came from two attacks", "two"),
    ("almost half of all damaged buildings", "almost half"),
    ("more than 640 cars", "more than 640"),
    ("97 families whose flats", "97"),
    ("one of 40 in the building", "40"),
    ("on 14 days in April", "14"),
])

# ---------------------------------------------------------------- n03 brigade commander Q&A
d = "n03_brigade_commander_interview_huliaipole.txt"
# A Q&A interview with the commander of a (fictional) mechanised brigade near Huliaipole: country
# Ukraine, region Zaporizhzhia throughout. The commander's answers speak for Ukraine (claimant
# Datsenko, "we", "our intelligence"), as do the General Staff and DeepState when he or the
# interviewer cites them; the interviewer's questions that cite Russian Telegram channels or the
# Russian Defence Ministry carry Russia's claims (claimant_side Russia); a question in the
# interviewer's own voice has claimant_side `*`. Decided here: armour and motorcycles the enemy
# "sent" in an assault are launched (the spec's "sent"), actor Russia; "We destroyed eight of the
# vehicles" is a new measure (destroyed), required. "About 40 a day are Vampire heavy bombers" is
# a named type within the daily drone use: required, as a model within a total. The April
# destroyed list has a qualifier ("more than 200"), so 16 tanks, 41 armoured vehicles and 23
# artillery pieces have qualifier `*`; "including five self-propelled guns" is a subset
# (optional). "lost about 1,400 men killed and wounded" and the channels' "up to 300 men" are
# casualties with action `*`. Territory: "advanced about two kilometres" (km, action `*`), "one
# village" left (seized), DeepState's 38 square kilometres (seized), "We hold 17 kilometres of
# front" (km, controlled, actor Ukraine); "When I took command it was 11" (an earlier state) and
# the interviewer's "do you hold 17 kilometres?" (a restatement) are optional. "around 9,000
# troops" opposite (deployed) and "concentrated about 1,500 more" (massed). The 240 men received
# (personnel, action `*`) are optional: reinforcements are neither deployed nor massed in the
# spec's sense. Debatable: the assault counts (37, 14, 19, 356: incident counts), the assault
# group sizes ("at most five", "a group of 20"), "twice as many", "About 60%", the workshop's
# "about 1,500 a month" (production), the price "around 14,000 hryvnias", "1,870 targets" hit,
# "three or four" settlements, "a farm with two houses", "two motor rifle divisions", "Seventy of
# them" (over 45), "a third" of the rounds. Non-claims: "171st", 2023, "28 April", "two days",
# "seven-inch", FAB-500, FAB-1500, Orlan-10, "152-mm", ages (41, 45, 50), "four days", "Four
# hours", and the furniture (9 min read, 💬 61, 1,283 supporters, 100 hryvnias, the Read also
# links' "Sixty days", "9 of 10", "47th", "1,000th").
Zp = "Zaporizhzhia"
rows(d, [
    ("We fire 300 drones a day", "300", 300, EX, "count", W, "drone", "launched", U, R, U, U, Zp, True),  # headline
    ("They sent 11 armoured vehicles", "11", 11, EX, "count", W, "armored_vehicle", "launched", R, U, U, U, Zp),
    ("and about 20 motorcycles at once", "about 20", 20, APX, "count", W, "vehicle", "launched", R, U, U, U, Zp),
    ("We destroyed eight of the vehicles", "eight", 8, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Zp),
    ("between 250 and 300 FPV drones", "between 250 and 300", A, A, "count", W, "drone", "launched", U, R, U, U, Zp),
    ("On a heavy day like 28 April, more than 500", "more than 500", 500, GE, "count", W, "drone", "launched", U, R, U, U, Zp),
    ("About 40 a day are Vampire heavy bombers", "About 40", 40, APX, "count", W, "drone", "launched", U, R, U, U, Zp),
    ("Destroyed: 16 tanks", "16", 16, A, "count", W, "tank", "destroyed", U, R, U, U, Zp),
    ("41 armoured vehicles, 23 artillery pieces", "41", 41, A, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Zp),
    ("41 armoured vehicles, 23 artillery pieces", "23", 23, A, "count", W, "artillery", "destroyed", U, R, U, U, Zp),
    ("including five self-propelled guns", "five", 5, A, "count", W, "artillery", "destroyed", U, R, U, U, Zp, True),  # subset
    ("more than 200 motorcycles and cars", "more than 200", 200, GE, "count", W, "vehicle", "destroyed", U, R, U, U, Zp),
    ("The enemy lost about 1,400 men killed and wounded", "about 1,400", 1400, APX, "count", CAS, N, A, U, R, U, U, Zp),
    ('had lost "up to 300 men"', "up to 300", 300, LE, "count", CAS, N, A, R, U, R, U, Zp),
    ("advanced about two kilometres in our sector", "about two", 2, APX, "km", TER, N, A, R, U, U, U, Zp),
    ("we left one village, Marfopil", "one", 1, EX, "count", TER, N, "seized", R, U, U, U, Zp),
    ("in April at 38 square kilometres", "38", 38, EX, "km2", TER, N, "seized", R, U, U, U, Zp),
    ("We hold 17 kilometres of front now", "17", 17, EX, "km", TER, N, "controlled", U, A, U, U, Zp),
    ("When I took command it was 11", "11", 11, EX, "km", TER, N, "controlled", U, A, U, U, Zp, True),  # earlier state
    ('"liberated" 11 settlements in the Zaporizhzhia region', "11", 11, EX, "count", TER, N, "seized", R, U, R, U, Zp),
    ("around 9,000 troops by our intelligence", "around 9,000", 9000, APX, "count", PER, N, "deployed", R, A, U, U, Zp),
    ("they have concentrated about 1,500 more", "about 1,500", 1500, APX, "count", PER, N, "massed", R, A, U, U, Zp),
    ("they drop 20 to 30 guided bombs a day", "20 to 30", A, A, "count", W, "guided_bomb", "launched", R, U, U, U, Zp),
    ("they have shot down 212 Orlan-10", "212", 212, EX, "count", W, "drone", "shot_down", U, R, U, U, Zp),
    ("do you hold 17 kilometres?", "17", 17, EX, "km", TER, N, "controlled", U, A, A, U, Zp, True),  # restates
    ("we received 240 men from the training centres", "240", 240, EX, "count", PER, N, A, U, A, U, U, Zp, True),  # reinforcements
])
any_(d, [
    ("mentioned 37 Russian assaults", "37"),
    ("Yesterday, 14.", "14"),
    ("The day before, 19.", "19"),
    ("our brigade repelled 356 assaults", "356"),
    ("three, at most five men", "at most five"),
    ("Sometimes a group of 20", "20"),
    ("roughly twice as many FPVs", "twice"),
    ("About 60% come through the state", "About 60%"),
    ("assembles about 1,500 a month", "about 1,500"),
    ("around 14,000 hryvnias", "around 14,000"),
    ("hit 1,870 targets", "1,870"),
    ("Maybe three or four of them", "three or four"),
    ("a farm with two houses", "two"),
    ("Elements of two motor rifle divisions", "two"),
    ("Seventy of them were over 45", "Seventy"),
    ("maybe a third of the 152-mm rounds", "a third"),
])

# ---------------------------------------------------------------- n04 UN monthly casualty update
d = "n04_un_hrmmu_april_civilian_casualties.txt"
# A humanitarian news site on the UN Human Rights Monitoring Mission's (HRMMU) monthly update for
# April: civilian casualties by region (a table) and by weapon type, children, March, attribution,
# the cumulative toll, and Russia's counter-figures. The mission ("the mission said", "it
# verified", "the mission stresses", its head Bellweather, the Key findings list and the table's
# source line) speaks for the United Nations; Zakharova for Russia. Country Ukraine for the UN's
# figures. As the seeds' UN "over 3,000 civilian casualties", the mission's counts name no
# perpetrator and include civilians in occupied territory: actor and target `*`, except where the
# text attributes them ("a Russian Kh-59 missile strike on ... Sumy", "201 of April's deaths to
# Russian armed forces": actor Russia, target Ukraine; the occupied territory's seven and 36
# "attributed ... to Ukrainian armed forces": actor Ukraine, target `*`). Nationwide counts have
# region None; the table's rows have their region, "Other regions" `*`; counts spread over several
# named regions have region `*` (the aerial bombs' 22 and 97, the occupied territory's seven and
# 36). "At least 212 ... and 1,034 injured" is a list with a qualifier: 1,034 has qualifier `*`.
# Children are subsets (optional): the Key findings' 17 and 71 and March's 12 and 58, "among them
# eleven children", "including 745 children". The table's Total row restates (optional).
# Zakharova's 39 killed and "more than 260" injured in Russia's border regions (actor Ukraine,
# target Russia, country Russia, region `*`: three regions). Debatable: the percentages (headline
# "14%", "14 per cent", "41 per cent", "68 per cent", "96 per cent": shares and rates) and "within
# 25 kilometres". Non-claims: "in almost two years", "1 to 30 April", "the fifth month running",
# "over 60" (age), "within 48 hours", "31 witnesses and survivors" (a count of sources),
# KAB-1500, Kh-59, dates and the furniture (5 min, Share 412, the Related links' $3.1 billion,
# 38% and 20 km, $10 a month).
rows(d, [
    ("At least 212 civilians were killed", "At least 212", 212, GE, "count", CAS, N, "killed", A, A, UN, U, N),
    ("and 1,034 injured in Ukraine in April", "1,034", 1034, A, "count", CAS, N, "injured", A, A, UN, U, N),
    ("verified 176 deaths", "176", 176, EX, "count", CAS, N, "killed", A, A, UN, U, N),
    ("and 917 injuries", "917", 917, EX, "count", CAS, N, "injured", A, A, UN, U, N),
    ("Children: 17 children killed", "17", 17, EX, "count", CAS, N, "killed", A, A, UN, U, N, True),  # subset
    ("killed and 71 injured, compared", "71", 71, EX, "count", CAS, N, "injured", A, A, UN, U, N, True),  # subset
    ("compared with 12 and 58 in March", "12", 12, EX, "count", CAS, N, "killed", A, A, UN, U, N, True),  # subset
    ("compared with 12 and 58 in March", "58", 58, EX, "count", CAS, N, "injured", A, A, UN, U, N, True),  # subset
    # the table: killed, injured
    ("Donetsk                       61        214", "61", 61, EX, "count", CAS, N, "killed", A, A, UN, U, "Donetsk"),
    ("Donetsk                       61        214", "214", 214, EX, "count", CAS, N, "injured", A, A, UN, U, "Donetsk"),
    ("Kharkiv                       38        197", "38", 38, EX, "count", CAS, N, "killed", A, A, UN, U, "Kharkiv"),
    ("Kharkiv                       38        197", "197", 197, EX, "count", CAS, N, "injured", A, A, UN, U, "Kharkiv"),
    ("Kherson                       29        143", "29", 29, EX, "count", CAS, N, "killed", A, A, UN, U, "Kherson"),
    ("Kherson                       29        143", "143", 143, EX, "count", CAS, N, "injured", A, A, UN, U, "Kherson"),
    ("Zaporizhzhia                  24        126", "24", 24, EX, "count", CAS, N, "killed", A, A, UN, U, "Zaporizhzhia"),
    ("Zaporizhzhia                  24        126", "126", 126, EX, "count", CAS, N, "injured", A, A, UN, U, "Zaporizhzhia"),
    ("Dnipropetrovsk                19        104", "19", 19, EX, "count", CAS, N, "killed", A, A, UN, U, "Dnipropetrovsk"),
    ("Dnipropetrovsk                19        104", "104", 104, EX, "count", CAS, N, "injured", A, A, UN, U, "Dnipropetrovsk"),
    ("Sumy                          27        139", "27", 27, EX, "count", CAS, N, "killed", A, A, UN, U, "Sumy"),
    ("Sumy                          27        139", "139", 139, EX, "count", CAS, N, "injured", A, A, UN, U, "Sumy"),
    ("Other regions                 14        111", "14", 14, EX, "count", CAS, N, "killed", A, A, UN, U, A),
    ("Other regions                 14        111", "111", 111, EX, "count", CAS, N, "injured", A, A, UN, U, A),
    ("Total                        212      1,034", "212", 212, EX, "count", CAS, N, "killed", A, A, UN, U, N, True),  # restates
    ("Total                        212      1,034", "1,034", 1034, EX, "count", CAS, N, "injured", A, A, UN, U, N, True),  # restates
    # by weapon type
    ("killing 71 civilians and injuring 388", "71", 71, EX, "count", CAS, N, "killed", A, A, UN, U, N),
    ("killing 71 civilians and injuring 388", "388", 388, EX, "count", CAS, N, "injured", A, A, UN, U, N),
    ("Shahed-type drones killed 84 civilians", "84", 84, EX, "count", CAS, N, "killed", A, A, UN, U, N),
    ("and injured 402, mostly in cities", "402", 402, EX, "count", CAS, N, "injured", A, A, UN, U, N),
    ("killed 22 and injured 97", "22", 22, EX, "count", CAS, N, "killed", A, A, UN, U, A),
    ("killed 22 and injured 97", "97", 97, EX, "count", CAS, N, "injured", A, A, UN, U, A),
    ("which killed 23 civilians and injured 117", "23", 23, EX, "count", CAS, N, "killed", R, U, UN, U, "Sumy"),
    ("which killed 23 civilians and injured 117", "117", 117, EX, "count", CAS, N, "injured", R, U, UN, U, "Sumy"),
    ("among them eleven children", "eleven", 11, EX, "count", CAS, N, "injured", R, U, UN, U, "Sumy", True),  # subset
    # attribution and the cumulative toll
    ("attributed 201 of April's deaths to Russian armed forces", "201", 201, EX, "count", CAS, N, "killed", R, U, UN, U, N),
    ("verified seven civilians killed and 36 injured", "seven", 7, EX, "count", CAS, N, "killed", U, A, UN, U, A),
    ("verified seven civilians killed and 36 injured", "36", 36, EX, "count", CAS, N, "injured", U, A, UN, U, A),
    ("verified 15,884 civilians killed", "15,884", 15884, EX, "count", CAS, N, "killed", A, A, UN, U, N),
    ("including 745 children", "745", 745, EX, "count", CAS, N, "killed", A, A, UN, U, N, True),  # subset
    ("and 40,216 injured", "40,216", 40216, EX, "count", CAS, N, "injured", A, A, UN, U, N),
    # Russia
    ("strikes had killed 39 civilians", "39", 39, EX, "count", CAS, N, "killed", U, R, R, R, A),
    ("injured more than 260 in Russia's border regions", "more than 260", 260, GE, "count", CAS, N, "injured", U, R, R, R, A),
])
any_(d, [
    ("civilian casualties in Ukraine up 14% in April", "14%"),
    ("an increase of 14 per cent on March", "14"),
    ("made up 41 per cent of those killed", "41"),
    ("68 per cent of all casualties occurred", "68"),
    ("caused 96 per cent of all casualties", "96"),
    ("within 25 kilometres of the front line", "25"),
])

# ---------------------------------------------------------------- n05 Z-channels weekly roundup
d = "n05_russian_milblogger_claims_weekly_roundup.txt"
# A monitoring group's translated weekly digest of Russian military bloggers' claims (Karta SVO,
# Dvornik Z, Yuzhny Veter, Severny Rubezh) set against Ukrainian answers. The channels ("its
# post", "It added", "The channel put", "the channel said") and the Russian Defence Ministry
# speak for Russia (pro-war channels, as heldout27's Dozor Z); the Khortytsia spokesman ("He
# said"), DeepState, the Joint Forces Task Force, the Centre for Countering Disinformation and the
# Air Force spokesman speak for Ukraine; the digest's own count ("Our count") has claimant_side
# `*` except where it names who claimed what ("The Russian Defence Ministry claimed 2",
# "DeepState confirmed 1"). Decided here: channel subscriber counts, view counts, "reposted by more
# than 40 channels" and the methodology note (28 channels, about 9 million subscribers, "at least
# three of them") are furniture-like numbers about the channels, not claims: not labelled. Karta
# SVO's losses list has a qualifier ("up to 420"), so 3 tanks, 9 armoured vehicles and 14 pickups
# have qualifier `*` and action `*` (a losses list); "including two Bradley M2s" is a model within
# the armour total (required). "control over about 22 square kilometres" is controlled. The
# Khortytsia spokesman's "lost 1,140 men ... and 38 armoured vehicles" (action `*`: losses, no
# qualifier, exact). Dvornik Z's "up to 8,000 troops" massed by Ukraine (actor Ukraine, claimant
# Russia, Kharkiv); the Joint Forces' "the 8,000 figure" restates (optional). "more than 60 drone
# operators" destroyed is casualties with action `*`. Severny Rubezh (Kursk region, country
# Russia): "seven armoured vehicles" in the attack (action `*`, actor Ukraine), "five of the
# vehicles" destroyed (a new measure: required), "up to 70 men" lost. The digest's summary count
# of settlements claimed (6 by the channels, 2 by the ministry, 1 confirmed by DeepState) spans
# several directions (region `*`). The headline's "three villages" restates (optional).
# Debatable: "at most two battalions" (units), "at least four times since March" (an incident
# count), "two Ukrainian companies" (units), "a video of one strike". Non-claims: "Issue #97",
# Leopard 2A4, Bradley M2, M113, HIMARS, Iskander-M, Geran-2, dates, "seven days", and the
# furniture (7 min read, the Previous issues' #96, 11 and 2, "1,000 tanks a year", #95, #94,
# 14,600 subscribers, Comments (17)).
Dn, Kh = "Donetsk", "Kharkiv"
rows(d, [
    ('Z-channels this week: "three villages"', "three", 3, EX, "count", TER, N, "seized", R, U, R, U, Dn, True),  # headline
    ('had "liberated" three villages south-west of Kostiantynivka', "three", 3, EX, "count", TER, N, "seized", R, U, R, U, Dn),
    ("claimed an advance of up to 3.5 kilometres", "up to 3.5", 3.5, LE, "km", TER, N, A, R, U, R, U, Dn),
    ("control over about 22 square kilometres", "about 22", 22, APX, "km2", TER, N, "controlled", R, U, R, U, Dn),
    ('at "up to 420 killed and wounded', "up to 420", 420, LE, "count", CAS, N, A, R, U, R, U, Dn),
    ("wounded, 3 tanks, 9 armoured vehicles", "3", 3, A, "count", W, "tank", A, R, U, R, U, Dn),
    ("wounded, 3 tanks, 9 armoured vehicles", "9", 9, A, "count", W, "armored_vehicle", A, R, U, R, U, Dn),
    ("including two Bradley M2s", "two", 2, A, "count", W, "armored_vehicle", A, R, U, R, U, Dn),
    ("and 14 pickups", "14", 14, A, "count", W, "vehicle", A, R, U, R, U, Dn),
    ("claimed only one village in the area this week", "one", 1, EX, "count", TER, N, "seized", R, U, R, U, Dn),
    ("had lost 1,140 men killed and wounded", "1,140", 1140, EX, "count", CAS, N, A, U, R, U, U, Dn),
    ("and 38 armoured vehicles in the Kostiantynivka direction", "38", 38, EX, "count", W, "armored_vehicle", A, U, R, U, U, Dn),
    ("a Russian advance of about 9 square kilometres", "about 9", 9, APX, "km2", TER, N, "seized", R, U, U, U, Dn),
    ('massed "up to 8,000 troops"', "up to 8,000", 8000, LE, "count", PER, N, "massed", U, A, R, U, Kh),
    ("a Leopard 2A4 and two M113s", "two", 2, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, U, Kh),
    ("called the 8,000 figure", "8,000", 8000, EX, "count", PER, N, "massed", U, A, A, U, Kh, True),  # restates
    ("had destroyed four HIMARS launchers", "four", 4, EX, "count", W, "mlrs", "destroyed", R, U, R, U, Zp),
    ('and "more than 60 drone operators"', "more than 60", 60, GE, "count", CAS, N, A, R, U, R, U, Zp),
    ("with seven armoured vehicles near Tyotkino", "seven", 7, EX, "count", W, "armored_vehicle", A, U, R, R, R, "Kursk"),
    ("five of the vehicles had been destroyed", "five", 5, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, R, "Kursk"),
    ('had lost "up to 70 men"', "up to 70", 70, LE, "count", CAS, N, A, R, U, R, R, "Kursk"),
    ("claimed the capture of 6 settlements", "6", 6, EX, "count", TER, N, "seized", R, U, R, U, A),
    ("The Russian Defence Ministry claimed 2.", "2", 2, EX, "count", TER, N, "seized", R, U, R, U, A),
    ("DeepState confirmed 1.", "1", 1, EX, "count", TER, N, "seized", R, U, U, U, A),
])
any_(d, [
    ('"at most two battalions"', "at most two"),
    ("at least four times since March", "at least four"),
    ("an attack by two Ukrainian companies", "two"),
    ("published a video of one strike", "one"),
])

# ---------------------------------------------------------------- n06 live blog, combined strike
d = "n06_live_blog_combined_strike_kyiv_lviv_ternopil.txt"
# A Kyiv news site's live blog (newest entry first) of a night of Russian missile and drone
# strikes on Kyiv, Ternopil, Lviv and Dnipro, with tolls updated through the day. The Air Force
# ("the Air Force said"), the Kyiv City Military Administration, Klitschko, Sadovyi, the Ternopil
# and Dnipropetrovsk administrations ("the head of the administration said"), DTEK and Ukrainian
# monitoring channels speak for Ukraine; "According to monitoring channels" (unnamed) has
# claimant_side `*`; Russia's Defence Ministry ("it said") for Russia. As heldout27's Telegram
# posts, a toll that changes during the day is one claim per update: each entry's new figure is
# required (Kyiv injured three, eight, 19, 27, 31; killed one, three, four; Ternopil killed "at
# least five", nine, 11, injured 34, 41). Decided here: the Key points box at the top is a
# summary of later entries, like a headline: its restatements are optional, but "69 missiles"
# appears nowhere else (the Air Force's list gives only the types) and is required. Subsets are
# optional ("Nine of the injured remain in hospital", "two in a serious condition", "including
# three children", "including six children", "three of them seriously", "four of them taken to
# hospital"). Casualty entries name no perpetrator (actor `*`, target Ukraine). The Air Force's
# list: the total "683 means of air attack" and "583 targets" are weapon_type `*`; every type and
# every model within the shot-down total is required (models within a total); launched items
# whose launch area in Russia is named (44 Kh-101 over the Saratov region, eight Iskander-M from
# the Kursk region) have country and region `*`, the others country Ukraine, region None. Hits
# ("Hits by 17 missiles and 83 drones") have action `*`. The 02:05 "up to 16 cruise missiles" is
# an early estimate, a claim of its own (launched). The 00:40 "at least nine Tu-95MS" took off
# from Olenya (country Russia, region `*`: Murmansk is not an allowed region; action `*`). DTEK's
# "about 260,000 households" without power: category and action `*` (restated at 16:20 and in
# the Key points, optional); "restored to 190,000" is debatable. The ministry's 41 drones over
# three Russian regions (country Russia, region `*`). Debatable: "two more bodies" (an
# increment), "22 locations", "nine more" (places). Non-claims: timestamps (21:40 ... 00:35),
# "27 and 28 May", "five-storey", Kh-101, Kh-47M2, MiG-31K, Tu-95MS, KN-23, Patriot, and the
# furniture (21:47, 4,311 people reading, the Read also links' "3 weeks", "7 tips" and "1 in 3",
# Comments (219), Share 2.3K, 640,000 subscribers).
Te, Lv, Dp = "Ternopil", "Lviv", "Dnipropetrovsk"
rows(d, [
    # Key points
    ("Russia launched 614 drones and 69 missiles overnight", "614", 614, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # summary
    ("614 drones and 69 missiles overnight", "69", 69, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("583 were shot down or suppressed", "583", 583, EX, "count", W, A, "shot_down", U, R, U, U, N, True),  # summary
    ("Eleven people killed in Ternopil", "Eleven", 11, EX, "count", CAS, N, "killed", A, U, U, U, Te, True),  # summary
    ("Ternopil, four in Kyiv", "four", 4, EX, "count", CAS, N, "killed", A, U, U, U, Ky, True),  # summary
    ("Power cut to about 260,000 households", "about 260,000", 260000, APX, "count", A, N, A, A, U, U, U, Ky, True),  # summary
    # 21:40 ... 13:40
    ("four people killed and 31 injured", "four", 4, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("four people killed and 31 injured", "31", 31, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("Nine of the injured remain in hospital", "Nine", 9, EX, "count", CAS, N, "injured", A, U, U, U, Ky, True),  # subset
    ("two in a serious condition", "two", 2, EX, "count", CAS, N, "injured", A, U, U, U, Ky, True),  # subset
    ("risen to 11 killed and 41 injured", "11", 11, EX, "count", CAS, N, "killed", A, U, U, U, Te),
    ("risen to 11 killed and 41 injured", "41", 41, EX, "count", CAS, N, "injured", A, U, U, U, Te),
    ("of the 260,000 households", "260,000", 260000, EX, "count", A, N, A, A, U, U, U, Ky, True),  # restates
    ("has risen to three, and 27 people are injured", "three", 3, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("has risen to three, and 27 people are injured", "27", 27, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    # 10:15 Dnipro, 09:30 Russia
    ("Eleven people were injured, three of them seriously", "Eleven", 11, EX, "count", CAS, N, "injured", A, U, U, U, Dp),
    ("three of them seriously", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Dp, True),  # subset
    ("shot down 41 Ukrainian drones overnight", "41", 41, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    # 08:50 the Air Force's final figures
    ("Russia used 683 means of air attack", "683", 683, EX, "count", W, A, "launched", R, U, U, U, N),
    ("- 614 Shahed-type strike drones", "614", 614, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("- 44 Kh-101 air-launched cruise missiles", "44", 44, EX, "count", W, "missile", "launched", R, U, U, A, A),
    ("- 14 Kalibr cruise missiles from ships", "14", 14, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("- eight Iskander-M/KN-23 ballistic missiles", "eight", 8, EX, "count", W, "missile", "launched", R, U, U, A, A),
    ("- three Kh-47M2 Kinzhal", "three", 3, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down or suppressed 583 targets", "583", 583, EX, "count", W, A, "shot_down", U, R, U, U, N),
    ("583 targets: 531 drones and 52 missiles", "531", 531, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("583 targets: 531 drones and 52 missiles", "52", 52, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("including 40 Kh-101", "40", 40, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("11 Kalibr and one Kinzhal", "11", 11, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("11 Kalibr and one Kinzhal", "one", 1, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Hits by 17 missiles and 83 drones", "17", 17, EX, "count", W, "missile", A, R, U, U, U, N),
    ("Hits by 17 missiles and 83 drones", "83", 83, EX, "count", W, "drone", A, R, U, U, U, N),
    # 07:45 ... 00:40
    ("The death toll has risen to nine, with 34 injured", "nine", 9, EX, "count", CAS, N, "killed", A, U, U, U, Te),
    ("The death toll has risen to nine, with 34 injured", "34", 34, EX, "count", CAS, N, "injured", A, U, U, U, Te),
    ("including six children", "six", 6, EX, "count", CAS, N, "injured", A, U, U, U, Te, True),  # subset
    ("About 120 residents have been evacuated", "About 120", 120, APX, "count", DIS, N, "evacuated", A, A, U, U, Te),
    ("DTEK: about 260,000 households in Kyiv", "about 260,000", 260000, APX, "count", A, N, A, A, U, U, U, Ky),
    ("has risen to 19, including three children", "19", 19, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("has risen to 19, including three children", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Ky, True),  # subset
    ("One person was killed in Solomianskyi", "One", 1, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("At least five people are dead", "At least five", 5, GE, "count", CAS, N, "killed", A, U, U, U, Te),
    ("Two people were injured by falling glass", "Two", 2, EX, "count", CAS, N, "injured", A, U, U, U, Lv),
    ("Eight people injured in the capital", "Eight", 8, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("four of them taken to hospital", "four", 4, EX, "count", CAS, N, "injured", A, U, U, U, Ky, True),  # subset
    ("preliminarily, three people injured", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("up to 16 cruise missiles are heading north", "up to 16", 16, LE, "count", W, "missile", "launched", R, U, A, U, N),
    ("at least nine Tu-95MS strategic bombers", "at least nine", 9, GE, "count", W, "aircraft", A, R, A, U, R, A),
])
any_(d, [
    ("restored to 190,000 of the 260,000", "190,000"),
    ("found two more bodies", "two"),
    ("recorded at 22 locations", "22"),
    ("debris fell at nine more", "nine"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "n31")
