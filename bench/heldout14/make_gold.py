"""Builds gold.jsonl for heldout14 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout14.make_gold

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
# ---------------------------------------------------------------- w01 UN Security Council meeting
d = "w01_unsc_meeting_report.txt"
# The under-secretary-general (and the HRMMU figures she cites) speak for the United Nations;
# each ambassador for his or her country. France and Sierra Leone (citing UNICEF) lie outside
# SIDES: claimant_side open. Civilian casualties whose perpetrator the sentence does not name:
# actor open. Nationwide figures: region None; several named regions: region open. "Killed and
# wounded" / "casualties" / "losses" have action open. "Less than 1 per cent": qualifier open.
# The meeting number, speakers, "15-member", "28-point", "12-point", "A3+", durations, ages and
# the UN document symbol are not claims.
rows(d, [
    # under-secretary-general Salvesen (UN)
    ("verified at least 231 civilians killed", "at least 231", 231, GE, "count", CAS, N, "killed", A, U, UN, U, N),
    ("killed and 1,146 injured in Ukraine", "1,146", 1146, A, "count", CAS, N, "injured", A, U, UN, U, N),
    ("Nineteen of those killed were children", "Nineteen", 19, EX, "count", CAS, N, "killed", A, U, UN, U, N),
    ("accounted for 96 per cent of the verified casualties", "96 per cent", 96, EX, "percent", CAS, N, A, R, U, UN, U, N),
    ("verified more than 15,400 civilian deaths", "more than 15,400", 15400, GE, "count", CAS, N, "killed", A, U, UN, U, N),
    ("including 762 children, and over", "762", 762, A, "count", CAS, N, "killed", A, U, UN, U, N, True),  # subset
    ("and over 41,000 injuries", "over 41,000", 41000, GE, "count", CAS, N, "injured", A, U, UN, U, N),
    ("launched more than 5,300 long-range attack drones", "more than 5,300", 5300, GE, "count", W, "drone", "launched", R, U, UN, U, N),
    ("drones and 170 missiles at Ukrainian cities", "170", 170, A, "count", W, "missile", "launched", R, U, UN, U, N),
    ("leaving up to 1.6 million households without power", "up to 1.6 million", 1600000, LE, "count", INF, N, A, A, U, UN, U, N, True),
    ("some 3.6 million people remain internally displaced", "some 3.6 million", 3600000, APX, "count", DIS, N, A, A, A, UN, U, N),
    ("helped evacuate about 8,900 people", "about 8,900", 8900, APX, "count", DIS, N, "evacuated", A, A, UN, U, A),
    ("seeks $2.4 billion", "$2.4 billion", 2400000000, EX, "usd", ECO, N, A, A, A, UN, U, N),
    # Ukraine's ambassador Hnatiuk
    ("Russia launched 5,612 attack drones", "5,612", 5612, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("184 missiles of various types", "184", 184, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("more than 4,300 guided aerial bombs against my country", "more than 4,300", 4300, GE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("had destroyed 4,987 of the drones", "4,987", 4987, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and 121 of the missiles", "121", 121, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("when two Kh-101 cruise missiles hit", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, "Ternopil"),
    ("Twenty-six people were killed there", "Twenty-six", 26, EX, "count", CAS, N, "killed", R, U, U, U, "Ternopil"),
    ("among them five children. Ninety-three", "five", 5, EX, "count", CAS, N, "killed", R, U, U, U, "Ternopil", True),  # subset
    ("Ninety-three were wounded", "Ninety-three", 93, EX, "count", CAS, N, "injured", R, U, U, U, "Ternopil"),
    ("taken less than 1 per cent of Ukraine's territory", "less than 1 per cent", 1, A, "percent", TER, N, "seized", R, U, U, U, N, True),  # "less than": no vocabulary qualifier
    ("at the cost of more than 380,000 killed and wounded", "more than 380,000", 380000, GE, "count", CAS, N, A, A, R, U, A, N),
    # Russia's first deputy permanent representative Kravets
    ("no fewer than 2,140 unmanned aerial vehicles over Russian regions", "no fewer than 2,140", 2140, GE, "count", W, "drone", "launched", U, R, R, R, N),
    ("air defences intercepted 2,096", "2,096", 2096, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("drone strikes had killed 43 civilians", "43", 43, EX, "count", CAS, N, "killed", U, R, R, R, A),
    ("civilians and injured 212 in the Belgorod", "212", 212, EX, "count", CAS, N, "injured", U, R, R, R, A),
    ("liberated 24 settlements", "24", 24, EX, "count", TER, N, "seized", R, U, R, U, N),
    ("more than 610 square kilometres in November", "more than 610", 610, GE, "km2", TER, N, "seized", R, U, R, U, N),
    ("over the month exceeded 41,000 servicemen", "41,000", 41000, GE, "count", CAS, N, A, R, U, R, A, N),
    ("weapons worth over $200 billion", "over $200 billion", 200000000000, GE, "usd", ECO, N, A, A, A, R, A, N),
    # United States
    ("suffered more than 1.2 million casualties", "more than 1.2 million", 1200000, GE, "count", CAS, N, A, A, R, US, A, N),
    ("including some 250,000 killed", "some 250,000", 250000, APX, "count", CAS, N, "killed", A, R, US, A, N),
    ("sent approximately 14,000 troops to Russia", "approximately 14,000", 14000, APX, "count", PER, N, "deployed", NK, A, US, R, A),
    ("over 6,000 of them had been killed or wounded", "over 6,000", 6000, GE, "count", CAS, N, A, A, NK, US, R, "Kursk"),
    # United Kingdom
    ("captured around 4,900 square kilometres", "around 4,900", 4900, APX, "km2", TER, N, "seized", R, U, UK, U, N),
    ("about 0.8 per cent of the country", "about 0.8 per cent", 0.8, APX, "percent", TER, N, "seized", R, U, UK, U, N),
    ("losing on average more than 1,000 personnel a day", "more than 1,000", 1000, GE, "count", CAS, N, A, A, R, UK, A, N, True),  # a rate
    ("had provided £4.5 billion in military support", "£4.5 billion", 4500000000, EX, A, ECO, N, A, A, A, UK, A, N),
    ("a further 100,000 drones to Ukraine by April", "100,000", 100000, EX, "count", W, "drone", A, A, A, UK, A, N, True),  # a pledge
    # France; Sierra Leone citing UNICEF
    ("damaged or destroyed more than 60 per cent", "more than 60 per cent", 60, GE, "percent", INF, N, A, R, U, A, U, N),
    ("more than 1,700 educational facilities", "more than 1,700", 1700, GE, "count", INF, N, A, A, U, A, U, N),
])
any_(d, [
    ("hit in 19 of Ukraine's 24 regions", "19"),
    ("funded at only 41 per cent", "41 per cent"),
    ("93 in favour, 18 against", "93"),  # "Read also" headline: votes
    ("93 in favour, 18 against", "18"),
    ("holding at least 19,500 deported Ukrainian children", "at least 19,500"),
    ("the 231 names are public", "231"),  # a restatement in the second round
])

# ---------------------------------------------------------------- w02 milblogger Telegram post
d = "w02_milblogger_telegram_summary.txt"
# A pro-Kremlin channel in translation: "our"/"the lads" = Russia, "the enemy"/"AFU" = Ukraine.
# The channel's own figures have claimant_side open (a channel, not a state body); the figures
# it quotes from the Russian MoD and Governor Bogomaz are Russia's, those of the AFU General
# Staff, Kyiv's Air Force and the Dobropillia administration Ukraine's. Krasnoarmeysk, Rodinskoye,
# Dobropolye = Donetsk; Kupyansk = Kharkiv; Stepnogorsk, Orekhov = Zaporizhzhia. "Losses",
# "eliminated", "blocked", "expanded the zone of control" and "deep" have action open. "~" and
# "no more than" are not in the qualifier cues: qualifier open. Unit and army numbers (2nd,
# 25th), FAB-500, Geran-2, ages, views, reactions, scale and card numbers are not claims.
rows(d, [
    ("the lads advanced up to 1.5 km along the railway", "up to 1.5", 1.5, LE, "km", TER, N, A, R, U, A, U, "Donetsk"),
    ("estimated at up to 70 servicemen killed and wounded", "up to 70", 70, LE, "count", CAS, N, A, R, U, A, U, "Donetsk"),
    ("killed and wounded, two tanks", "two", 2, A, "count", W, "tank", A, R, U, A, U, "Donetsk"),
    ("two tanks and five armoured vehicles", "five", 5, A, "count", W, "armored_vehicle", A, R, U, A, U, "Donetsk"),
    ("burned another 11 pickup trucks", "11", 11, EX, "count", W, "vehicle", "destroyed", R, U, A, U, "Donetsk"),
    ("no more than 120 AFU militants remain blocked", "no more than 120", 120, A, "count", PER, N, A, U, A, A, U, "Kharkiv", True),  # troops "blocked": vague
    ("expanded the zone of control by ~9 km²", "~9", 9, A, "km2", TER, N, A, R, U, A, U, "Kharkiv"),
    ("supported by three armoured vehicles", "three", 3, EX, "count", W, "armored_vehicle", A, U, R, A, U, "Zaporizhzhia", True),
    ("two BMPs were destroyed", "two", 2, EX, "count", W, "armored_vehicle", "destroyed", R, U, A, U, "Zaporizhzhia"),
    ("at least 14 aerial bombs over the past day", "at least 14", 14, GE, "count", W, "guided_bomb", "launched", R, U, A, U, "Zaporizhzhia"),
    ("the AFU launched more than 60 drones", "more than 60", 60, GE, "count", W, "drone", "launched", U, R, A, R, "Kursk"),
    ("an attack on Klimovo by 17 UAVs", "17", 17, EX, "count", W, "drone", "launched", U, R, R, R, "Bryansk"),
    # Russian MoD, quoted
    ("shot down 4 JDAM-ER guided bombs", "4", 4, EX, "count", W, "guided_bomb", "shot_down", R, U, R, A, N),
    ("3 HIMARS rockets and 143", "3", 3, EX, "count", W, A, "shot_down", R, U, R, A, N),
    ("rockets and 143 fixed-wing UAVs", "143", 143, EX, "count", W, "drone", "shot_down", R, U, R, A, N),
    ("liberated 9 settlements, the ministry said", "9", 9, EX, "count", TER, N, "seized", R, U, R, U, N),
    ("AFU losses for the week at about 8,950 servicemen", "about 8,950", 8950, APX, "count", CAS, N, A, R, U, R, A, N),
    # strikes on Ukraine
    ("more than 90 Geran-2s were launched", "more than 90", 90, GE, "count", W, "drone", "launched", R, U, A, U, A),
    ("plus 6 Iskander-M and 2 Kinzhal", "6", 6, A, "count", W, "missile", "launched", R, U, A, U, A),
    ("Iskander-M and 2 Kinzhal", "2", 2, A, "count", W, "missile", "launched", R, U, A, U, A),
    ('says it "shot down" 81 drones', "81", 81, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("81 drones and 5 missiles", "5", 5, EX, "count", W, "missile", "shot_down", U, R, U, U, A),
    # AFU General Staff and the Dobropillia administration, quoted
    ('1,170 "eliminated" Russian soldiers', "1,170", 1170, EX, "count", CAS, N, A, U, R, U, A, N),
    ("in a day and 27 artillery systems", "27", 27, EX, "count", W, "artillery", A, U, R, U, A, N),
    ("1,840 people have left the town", "1,840", 1840, EX, "count", DIS, N, "evacuated", A, A, U, U, "Donetsk"),
    ("since 1 November, including 212 children", "212", 212, EX, "count", DIS, N, "evacuated", A, A, U, U, "Donetsk"),
    # map notes
    ("approximately 3.2 km deep", "approximately 3.2", 3.2, APX, "km", TER, N, A, R, U, A, U, "Donetsk"),
    ("3.2 km deep and 5 km wide", "5", 5, A, "km", TER, N, A, R, U, A, U, "Donetsk", True),
    ("since 1 November: roughly 118 km²", "roughly 118", 118, APX, "km2", TER, N, "seized", R, U, A, U, "Donetsk"),
])
any_(d, [
    ("took two more strongpoints", "two"),
    ("at least four companies", "at least four"),
])

# ---------------------------------------------------------------- w03 Kursk border local news
d = "w03_kursk_border_local_news.txt"
# Regional headquarters, governor, ministries and the MoD speak for Russia. The evacuation
# paragraph is printed twice (CMS duplicate): labelled once. Houses damaged / beyond repair are
# infrastructure with action open; people living in temporary centres are displacement with
# action open; rouble sums have unit open. Benefit rates, applications, "attacked 14
# settlements", the 15-km strip, the emergency number 112, phone numbers, street numbers,
# exchange rates, temperature and ages are not claims. Oryol and Lipetsk lie outside REGIONS.
rows(d, [
    ("17 houses damaged overnight", "17", 17, EX, "count", INF, N, A, U, R, A, R, "Kursk", True),  # headline
    ("another 231 residents relocated", "231", 231, EX, "count", DIS, N, "evacuated", A, A, A, R, "Kursk", True),  # headline
    ("Two people — a 67-year-old woman", "Two", 2, EX, "count", CAS, N, "injured", U, R, R, R, "Kursk"),
    ("In total, 17 private houses", "17", 17, EX, "count", INF, N, A, U, R, R, R, "Kursk"),
    ("17 private houses, two apartment blocks", "two", 2, EX, "count", INF, N, A, U, R, R, R, "Kursk", True),
    ("had destroyed 38 Ukrainian UAVs over the region", "38", 38, EX, "count", W, "drone", "shot_down", R, U, R, R, "Kursk"),
    ("Another 11 drones were suppressed", "11", 11, EX, "count", W, "drone", "shot_down", R, U, R, R, "Kursk"),
    ("intercepted and destroyed 112 Ukrainian fixed-wing drones", "112", 112, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("including 38 over the Kursk region", "38", 38, EX, "count", W, "drone", "shot_down", R, U, R, R, "Kursk", True),  # the governor's figure
    ("29 over the Bryansk region", "29", 29, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("21 over the Belgorod region", "21", 21, EX, "count", W, "drone", "shot_down", R, U, R, R, "Belgorod"),
    ("24 over the Oryol and Lipetsk regions", "24", 24, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ('"destroying up to 15 militants"', "up to 15", 15, LE, "count", CAS, N, A, R, U, R, R, "Kursk"),
    ("Over the past week, 231 residents", "231", 231, EX, "count", DIS, N, "evacuated", A, A, R, R, "Kursk"),
    ("including 46 children, were relocated", "46", 46, EX, "count", DIS, N, "evacuated", A, A, R, R, "Kursk"),
    ("more than 4,600 people are currently living", "more than 4,600", 4600, GE, "count", DIS, N, A, A, A, R, R, "Kursk"),
    ("118,400 people were receiving it", "118,400", 118400, EX, "count", DIS, N, A, A, A, R, R, "Kursk", True),
    ("paid out 14.2 billion roubles", "14.2 billion", 14200000000, EX, A, ECO, N, A, A, A, R, R, "Kursk"),
    ("issued to 3,112 families whose homes were destroyed", "3,112", 3112, EX, "count", INF, N, A, U, R, R, R, "Kursk", True),
    ("for a total of 11.6 billion roubles", "11.6 billion", 11600000000, EX, A, ECO, N, A, A, A, R, R, "Kursk"),
    ("6,780 homeowners have received", "6,780", 6780, EX, "count", INF, N, A, U, R, R, R, "Kursk", True),
    ("more than 9,300 residential buildings", "more than 9,300", 9300, GE, "count", INF, N, A, U, R, R, R, "Kursk"),
    ("1,860 of them beyond repair", "1,860", 1860, EX, "count", INF, N, A, U, R, R, R, "Kursk"),
    ("97 civilians have been killed in the Kursk region", "97", 97, EX, "count", CAS, N, "killed", U, R, R, R, "Kursk"),
    ("by the AFU and 614 injured", "614", 614, EX, "count", CAS, N, "injured", U, R, R, R, "Kursk"),
])
any_(d, [
    ("attacked 14 settlements", "14"),
    ("a school gym and nine cars", "nine"),
    ("repelled three attacks", "three"),
    ("Evacuation from the 15-kilometre border strip", "15"),
    ("living in 38 TACs", "38"),
    ("the monthly payment of 10,000 roubles", "10,000"),
    ("another 1,450 applications", "1,450"),
    ("receive up to 300,000 roubles per property", "up to 300,000"),
    ("In Kurchatov, 250 New Year gift boxes", "250"),
])

# ---------------------------------------------------------------- w04 human-rights investigation
d = "w04_rights_group_strikes_report.txt"
# RSI, an NGO, speaks for no side in SIDES: claimant_side open; Russia's MoD (Sumy) is Russia,
# the HRMMU the UN, the Kharkiv military administration Ukraine. Each incident's region is
# given in brackets. The summary totals (31 = 12+5+4+2+1+7, 164 = 71+43+22+1+9+18) are labelled
# as claims of their own; children are subsets (optional). Smerch rockets: weapon_type open.
# Interview/video counts, sites visited, dates, times, ages, minutes, distance to the front,
# "300mm", "9K58", KAB-500, report and page numbers are not claims.
rows(d, [
    ("documented at least 31 civilians killed", "at least 31", 31, GE, "count", CAS, N, "killed", R, U, A, U, A),
    ("among them five children, and 164", "five", 5, EX, "count", CAS, N, "killed", R, U, A, U, A, True),
    ("five children, and 164 injured", "164", 164, A, "count", CAS, N, "injured", R, U, A, U, A),
    # 1 Sumy
    ("Weapon: two Iskander-M ballistic missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, A, U, "Sumy"),
    ("Killed: 12 (including", "12", 12, EX, "count", CAS, N, "killed", R, U, A, U, "Sumy"),
    ("(including 2 children) · Injured: 71", "2", 2, EX, "count", CAS, N, "killed", R, U, A, U, "Sumy", True),
    ("Injured: 71", "71", 71, EX, "count", CAS, N, "injured", R, U, A, U, "Sumy"),
    ('"eliminating up to 60 militants"', "up to 60", 60, LE, "count", CAS, N, A, R, U, R, U, "Sumy"),
    # 2 Kharkiv
    ("Weapon: three KAB-500 guided aerial bombs", "three", 3, EX, "count", W, "guided_bomb", "launched", R, U, A, U, "Kharkiv"),
    ("Killed: 5 · Injured: 43", "5", 5, EX, "count", CAS, N, "killed", R, U, A, U, "Kharkiv"),
    ("Killed: 5 · Injured: 43", "43", 43, EX, "count", CAS, N, "injured", R, U, A, U, "Kharkiv"),
    ("Injured: 43 (including 8 children)", "8", 8, EX, "count", CAS, N, "injured", R, U, A, U, "Kharkiv", True),
    # 3 Zaporizhzhia
    ("at least 17 crossed the city", "at least 17", 17, GE, "count", W, "drone", "launched", R, U, A, U, "Zaporizhzhia"),
    ("Killed: 4 (including a nine-year-old girl)", "4", 4, EX, "count", CAS, N, "killed", R, U, A, U, "Zaporizhzhia"),
    ("girl) · Injured: 22", "22", 22, EX, "count", CAS, N, "injured", R, U, A, U, "Zaporizhzhia"),
    # 4 Kupiansk road, Kharkiv region
    ("Killed: 2 · Injured: 1", "2", 2, EX, "count", CAS, N, "killed", R, U, A, U, "Kharkiv"),
    ("Killed: 2 · Injured: 1", "1", 1, EX, "count", CAS, N, "injured", R, U, A, U, "Kharkiv"),
    # 5 Kherson
    ("Killed: 1 · Injured: 9", "1", 1, EX, "count", CAS, N, "killed", R, U, A, U, "Kherson"),
    ("Killed: 1 · Injured: 9", "9", 9, EX, "count", CAS, N, "injured", R, U, A, U, "Kherson"),
    ("documented 31 separate drone drops", "31", 31, EX, "count", W, "drone", "launched", R, U, A, U, "Kherson", True),
    # 6 Kostiantynivka, Donetsk region
    ("at least 6 rockets of 300mm calibre", "at least 6", 6, GE, "count", W, A, "launched", R, U, A, U, "Donetsk"),
    ("Killed: 7 (including", "7", 7, EX, "count", CAS, N, "killed", R, U, A, U, "Donetsk"),
    ("Killed: 7 (including 2 children)", "2", 2, EX, "count", CAS, N, "killed", R, U, A, U, "Donetsk", True),
    ("Injured: 18", "18", 18, EX, "count", CAS, N, "injured", R, U, A, U, "Donetsk"),
    # context
    ("recorded 612 civilians killed", "612", 612, EX, "count", CAS, N, "killed", A, U, UN, U, N),
    ("killed and 3,410 injured across Ukraine", "3,410", 3410, EX, "count", CAS, N, "injured", A, U, UN, U, N),
    ("more than 1,900 glide bombs", "more than 1,900", 1900, GE, "count", W, "guided_bomb", "launched", R, U, U, U, "Kharkiv"),
])
any_(d, [
    ("Six Russian strikes on civilians", "Six"),
    ("investigated six attacks", "six"),
    ("interviewed 64 survivors", "64"),
    ("reviewed 212 videos", "212"),
    ("visited four of the six sites", "four"),
    ("a courtyard between 14 apartment buildings", "14"),
    ("Four of the drones hit residential buildings", "Four"),
])

# ---------------------------------------------------------------- w05 volunteer foundation report
d = "w05_volunteer_foundation_report.txt"
# The foundation's own voice: claimant_side open (a charity, not a state body); the brigades'
# and the Air Force's reported results speak for Ukraine. Drones bought and handed over are
# weapons with action, actor and target open (not launched at anyone yet). Hryvnia sums have
# unit open; the bracketed dollar conversion and the headline are optional. Spending shares,
# donors, prices, goals, sorties, depots and EW stations are debatable. Brigade numbers (47th,
# 3rd, 65th), "Mavic 3T", "L200", "7- and 10-inch", card, IBAN, EDRPOU, phone and the progress
# bar are not claims.
rows(d, [
    ("REPORT: ₴61.4 million raised", "₴61.4 million", 61400000, EX, A, ECO, N, A, A, A, A, U, A, True),  # headline
    ("raised, 1,050 drones delivered", "1,050", 1050, EX, "count", W, "drone", A, A, A, A, U, A, True),  # headline
    ("In November we raised UAH 61.4 million", "UAH 61.4 million", 61400000, EX, A, ECO, N, A, A, A, A, U, A),
    ("about $1.46 million at the NBU rate", "about $1.46 million", 1460000, APX, "usd", ECO, N, A, A, A, A, U, A, True),
    ("We spent UAH 58.9 million", "UAH 58.9 million", 58900000, EX, A, ECO, N, A, A, A, A, U, A),
    ("• 880 FPV drones", "880", 880, EX, "count", W, "drone", A, A, A, A, U, A),
    ("including 240 with fibre-optic control", "240", 240, EX, "count", W, "drone", A, A, A, A, U, A, True),
    ('• 120 "Sting"-type interceptor drones', "120", 120, EX, "count", W, "drone", A, A, A, A, U, A),
    ("• 32 DJI Mavic 3T", "32", 32, EX, "count", W, "drone", A, A, A, A, U, A),
    ('• 18 "Vampire" heavy bomber drones', "18", 18, EX, "count", W, "drone", A, A, A, A, U, A),
    ("• 5 pickup trucks", "5", 5, EX, "count", W, "vehicle", A, A, A, A, U, A, True),
    # handed over: a breakdown of the purchases above, optional
    ("(Pokrovsk direction): 260 FPV drones", "260", 260, EX, "count", W, "drone", A, A, A, A, U, "Donetsk", True),
    ("8 Mavic 3T, 2 pickups", "8", 8, EX, "count", W, "drone", A, A, A, A, U, "Donetsk", True),
    ("(Kharkiv region): 220 FPV drones", "220", 220, EX, "count", W, "drone", A, A, A, A, U, "Kharkiv", True),
    ('220 FPV drones, 6 "Vampire" bombers', "6", 6, EX, "count", W, "drone", A, A, A, A, U, "Kharkiv", True),
    ("(Zaporizhzhia direction): 190 FPV drones", "190", 190, EX, "count", W, "drone", A, A, A, A, U, "Zaporizhzhia", True),
    ("(Kharkiv): 120 interceptor drones", "120", 120, EX, "count", W, "drone", A, A, A, A, U, "Kharkiv", True),
    # results reported by the units
    ("destroyed 7 tanks", "7", 7, EX, "count", W, "tank", "destroyed", U, R, U, U, "Donetsk"),
    ("19 armoured vehicles and 11", "19", 19, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, "Donetsk"),
    ("and 11 artillery pieces", "11", 11, EX, "count", W, "artillery", "destroyed", U, R, U, U, "Donetsk"),
    ("84 Russian infantrymen were killed", "84", 84, EX, "count", CAS, N, "killed", U, R, U, U, "Donetsk"),
    ("shot down 23 Shahed drones", "23", 23, EX, "count", W, "drone", "shot_down", U, R, U, U, "Kharkiv"),
    ("at least 6 Gerbera decoys", "at least 6", 6, GE, "count", W, "drone", "shot_down", U, R, U, U, "Kharkiv"),
    ("depots and 12 vehicles near Kupiansk", "12", 12, EX, "count", W, "vehicle", "destroyed", U, R, U, U, "Kharkiv"),
    ("We lost two Vampires", "two", 2, EX, "count", W, "drone", A, R, U, A, U, A, True),
    ("stopped: 9 armoured vehicles destroyed", "9", 9, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, "Zaporizhzhia"),
    ("up to 40 occupiers eliminated", "up to 40", 40, LE, "count", CAS, N, A, U, R, U, U, "Zaporizhzhia"),
    # since 2022; the Air Force figure
    ("has raised UAH 1.27 billion", "UAH 1.27 billion", 1270000000, EX, A, ECO, N, A, A, A, A, U, A),
    ("delivered more than 14,600 drones", "more than 14,600", 14600, GE, "count", W, "drone", A, A, A, A, U, A),
    ("drones and 63 vehicles", "63", 63, A, "count", W, "vehicle", A, A, A, A, U, A, True),
    ("Russia launched more than 5,400 Shaheds", "more than 5,400", 5400, GE, "count", W, "drone", "launched", R, U, U, U, N),
])
any_(d, [
    ("from 38,200 donors", "38,200"),
    ("27% more than in October", "27%"),
    ("was UAH 2 million from a Lviv", "UAH 2 million"),
    ("was UAH 1 from a pensioner", "UAH 1"),
    ("58.9 million: 74% on drones", "74%"),
    ("14% on vehicles", "14%"),
    ("8% on electronic warfare", "8%"),
    ("4% on logistics", "4%"),
    ('• 4 "Bukovel-AD"', "4"),
    ("has fallen to UAH 16,800", "UAH 16,800"),
    ("from UAH 19,500 a year ago", "UAH 19,500"),
    ("handed over to 9 units", "9"),
    ("8 Mavic 3T, 2 pickups", "2"),
    ("about UAH 90,000", "about UAH 90,000"),
    ("more than 140 night sorties", "more than 140"),
    ("destroyed 3 Russian ammunition depots", "3"),
    ("to over 90 units", "over 90"),
    ("goal is UAH 50 million", "UAH 50 million"),
    ("for 1,500 interceptor drones", "1,500"),
    ("₴48.2 million, 900 FPVs", "₴48.2 million"),  # "Read also"
    ("₴48.2 million, 900 FPVs", "900"),
])

# ---------------------------------------------------------------- w06 data journalism: Pokrovsk in numbers
d = "w06_pokrovsk_war_in_numbers.txt"
# DeepState (via the Ledger) and the Kyiv School of Economics lie outside SIDES: claimant_side
# open; the General Staff, Air Force, Syrskyi, the Donetsk RMA and "Ukraine's military" are
# Ukraine, the Russian MoD Russia. The Pokrovsk axis and the chart of Donetsk gains: region
# Donetsk; gains "across Ukraine" by year: region None. Durations ("Sixteen months", "four
# months", "about ten", "more than two and a half years"), years, the pre-war population,
# the conversion factor and the newsletter count are not claims. Chart 2 restates the bullets.
rows(d, [
    ("About 3,900 km² — the area Russia captured", "About 3,900", 3900, APX, "km2", TER, N, "seized", R, U, A, U, "Donetsk"),
    ("some 38% of all the ground", "some 38%", 38, APX, "percent", TER, N, "seized", R, U, A, U, A),
    ("• 4,168 km² in 2024", "4,168", 4168, EX, "km2", TER, N, "seized", R, U, A, U, N),
    ("about 5,600 km² in 2025", "about 5,600", 5600, APX, "km2", TER, N, "seized", R, U, A, U, N),
    ("3,970 km² in January–November 2026", "3,970", 3970, EX, "km2", TER, N, "seized", R, U, A, U, N),
    ("• 86.7% of Donetsk oblast is now", "86.7%", 86.7, EX, "percent", TER, N, "controlled", R, U, A, U, "Donetsk"),
    ("up from 80.5% a year ago", "80.5%", 80.5, EX, "percent", TER, N, "controlled", R, U, A, U, "Donetsk"),
    ("about 33% before February 2022", "about 33%", 33, APX, "percent", TER, N, "controlled", R, U, A, U, "Donetsk"),
    ("More than 58,000 people were evacuated", "More than 58,000", 58000, GE, "count", DIS, N, "evacuated", A, A, U, U, "Donetsk"),
    ("At least 283 civilians were killed", "At least 283", 283, GE, "count", CAS, N, "killed", A, U, U, U, "Donetsk"),
    ("and 870 were injured", "870", 870, A, "count", CAS, N, "injured", A, U, U, U, "Donetsk"),
    ("Around 150,000 — the number of Russian troops concentrated", "Around 150,000", 150000, APX, "count", PER, N, "massed", R, A, U, U, "Donetsk"),
    ("More than 110,000: Russian troops killed and wounded", "More than 110,000", 110000, GE, "count", CAS, N, A, U, R, U, U, "Donetsk"),
    ("Up to 98,000: Ukrainian losses", "Up to 98,000", 98000, LE, "count", CAS, N, A, R, U, R, U, "Donetsk"),
    ("the names of 6,212 Russian soldiers killed", "6,212", 6212, EX, "count", CAS, N, "killed", U, R, A, U, "Donetsk"),
    ("An estimated 9,400 guided aerial bombs", "An estimated 9,400", 9400, APX, "count", W, "guided_bomb", "launched", R, U, U, U, "Donetsk"),
    ("compared with 3,100 in 2024", "3,100", 3100, A, "count", W, "guided_bomb", "launched", R, U, U, U, "Donetsk"),
    ("Roughly 70% of Russian casualties", "Roughly 70%", 70, APX, "percent", CAS, N, A, U, R, U, U, "Donetsk", True),
    ("steel output fell 21% to", "21%", 21, EX, "percent", ECO, N, A, A, A, A, U, N),
    ("fell 21% to 5.9 million tonnes", "5.9 million", 5900000, EX, A, ECO, N, A, A, A, A, U, N, True),
    ("₴9.2 billion — estimated damage", "₴9.2 billion", 9200000000, APX, A, ECO, N, A, A, A, A, U, "Donetsk"),
    ("Peak: 587 km² in November 2024", "587", 587, EX, "km2", TER, N, "seized", R, U, A, U, "Donetsk"),
    ("lowest: 92 km² in August 2026", "92", 92, EX, "km2", TER, N, "seized", R, U, A, U, "Donetsk"),
    ("control: 33% (Feb 2022)", "33%", 33, A, "percent", TER, N, "controlled", R, U, A, U, "Donetsk", True),
    ("→ 80.5% (Dec 2025)", "80.5%", 80.5, EX, "percent", TER, N, "controlled", R, U, A, U, "Donetsk", True),
    ("→ 86.7% (Dec 2026)", "86.7%", 86.7, EX, "percent", TER, N, "controlled", R, U, A, U, "Donetsk", True),
    ("Russia lost an estimated 47,000 troops", "an estimated 47,000", 47000, APX, "count", CAS, N, A, U, R, U, U, "Donetsk"),
])
any_(d, [
    ("a city of 60,000 emptied", "60,000"),
    ("had about 60,000 residents", "about 60,000"),
    ("The pace this year is 24% below", "24%"),
    ("fewer than 1,000 civilians remained", "fewer than 1,000"),
    ("three times as many", "three times"),
    ("supplied about 70% of the coking coal", "about 70%"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "w14")
