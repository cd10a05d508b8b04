"""Builds gold.jsonl for heldout72 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout72.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (and through it heldout47, heldout46, heldout45,
heldout35, heldout27 and heldout33): headlines, subheads, fact boxes ("Briefly", "Key facts")
and later restatements are optional; subsets introduced by "of whom", "among them",
"including", "of them" are optional, except a model or type within a weapon total; a
breakdown of a total by place is required, and so is a different action or fate on part of
a total; in a list with a qualifier only the qualified items keep it, a list with no
qualifier is exact; casualty sentences that name no perpetrator have actor `*`; a range is
one claim quoting the whole range; drones destroyed in flight are shot_down; pledges,
promises, plans, planned spending and conditional estimates are optional; an earlier state
("it had eleven names" then) is optional. Bodies that are not sides (NGOs, sports
federations, companies, think tanks, private people, and states outside the vocabulary of
sides such as Nepal, India, Romania, Moldova, Japan) have claimant_side `*`, and a sum or
estimate they give keeps the actor and target of what it counts; an outlet's own voice has
claimant_side `*`. Damaged buildings and facilities are infrastructure with action and actor
`*` (damaged and destroyed alike, even when the sentence names the attacker). Deliveries to a
side are weapons with action `*`, actor `*` unless a supplying side is named, and target,
country and region `*`. Money in another currency than the dollar has unit `*`; money
received, raised, spent, paid or disbursed in total is required; economic damage has actor
and target `*`. Counts of places, incidents, cases and claims, group sizes, shares and rates,
distances, sizes and areas, prices and payments to a person or family, workforces and other
population stocks (displaced people hosted, migrants abroad), recipients of aid, aid items
(generators), vehicle counts, missing, captive and repatriated people, and vague quantities
("dozens", "two dozen") are debatable (`any_`); a table whose cells restate no sentence is
debatable cell by cell (its total row too). A side's army and the men who joined it are
personnel with action `*`. States outside the vocabulary of sides as country are `*`; the
check's vocabulary of regions is closed, so a region outside it (Poltava, Krasnodar) is `*`,
and so is the region of a figure that spans several regions or is not placed; a nationwide
figure has region None. Cumulative time under alert and alert counts are debatable; the
length of a single alert is a duration, not labelled. Dates (also Bikram Sambat dates such
as "Baisakh 28, 2085"), times, durations, ages and birth years, ordinals ("the third
naval-drone attack", "finished 5th", "Two-time national champion", "for the fourth time",
"12th"), ranks in a table, numbered items of a roundup ("2. 4,300 evacuees": the "2." is the
item number), numbers inside names (Su-27, Su-30, Mi-8, Ka-27, Kh-101, Iskander-M, HIMARS,
RM-70, M777, "155-mm", Project 22160, 22800 and 636.3, Magura V7, Sea Baby, "3rd Assault
Brigade", "47th", "92nd", "93rd", "43rd", "school No. 61", "Lyceum No. 17", "Route M-03", race
classes such as "C-1 200 m", "K-4 500 m", "W2x", "M8+", "U23", "UTC+3") and page furniture
are not labelled; "Of the 67" restating a total is optional.

Decided anew for this set:
- A memorial list (s01): a national sports federation (the union) is not a side; its count of
  members killed is casualties, action killed, actor `*` (killed "defending Ukraine"), target
  Ukraine, country Ukraine, region None (a national list); the split by role (athletes,
  coaches) and by cause ("died at home, in Russian ... strikes") is a subset (optional); the
  split by place ("41 ... in Donetsk region") is required. The per-entry facts of the list
  (ages, event classes, results, units, dates) are not labelled, but a count inside an entry
  ("together with four other soldiers", "the attack killed six people") is a claim.
  Racing boats lost or replaced are debatable. A download link restating the total ("Full list
  of 67 names") is furniture.
- Occupied territory (s02): the Russian-installed city administration, its head and the JCCC
  speak for Russia; "Ukrainian Telegram channels, citing the General Staff" speak for Ukraine.
  The occupied city (Donetsk) has country `*` and region Donetsk, and the receiving end of
  Ukrainian fire on it (civilians, buildings, the city) has target `*` (the contract does not
  say whose side occupied ground is); Ukrainian drones shot down over it keep target Ukraine,
  and Ukrainian soldiers' claims of "occupiers" killed have target Russia. Munitions of mixed
  types in one total have weapon_type `*`; artillery shells fired are artillery and MLRS
  rockets mlrs, action launched, and drones "fired" are launched; each type inside a total of
  munitions is required. People moved to a temporary accommodation centre are evacuated.
- Alert app (s03): the app's own voice and its founder have claimant_side `*`; the regions
  table restates no sentence claim (debatable cell by cell); drones falling on or crossing a
  third state (Romania, Moldova) are weapons with action `*`, actor Russia, country and region
  `*`; a third state's fighter scrambles are incidents (debatable). An app's user count in the
  body is debatable.
- Nepal (s04): Nepal's and India's ministries are not sides (claimant_side `*`); their
  citizens who joined the Russian army are personnel, action `*`, actor Russia; those killed
  are casualties with actor `*` and target Russia (the side they fought for), country and
  region `*` (not placed); a returned recruit is a private voice (`*`) and his count of his
  group's dead is required, his group's size debatable. Lakh and crore are normalised ("Rs 4.1
  crore" -> 41,000,000) and the quote keeps the currency sign ("Rs"), as "$6.2 million" does;
  a government's total compensation paid is required, each family's share debatable.
  Remittances, GDP shares and migrants abroad are not about the war (debatable).
- Regional roundup (s05): the regional military administration, council, social protection
  department and the city's mayor speak for Ukraine; Naftogaz and the festival organisers are
  `*`; weapons produced by local workshops for Ukraine's forces are treated like deliveries
  (action, actor, target, country and region `*`); people received in the region from
  frontline communities are evacuated (actor `*`); the region's killed residents are
  casualties with actor `*`, country Ukraine. Items that are not about the war (a festival's
  visitors and tonnes, sport scores and medals, weather) are not labelled; the festival's
  proceeds "will go" to a brigade (planned: optional).
- Naval drones (s06): sea drones (Sea Baby, "uncrewed boats") are weapon_type drone; those
  "intercepted and destroyed" at sea are shot_down; the drones that "took part" are launched;
  those that "reached the harbour" are a different fate on part (required, action `*`);
  warships "hit" or "damaged" are ship with action `*`; warships "based" or "kept at sea" are
  deployed, and missiles in a ship's salvo are deployed too; submarines within a ship total are
  a type (required). Britain's Defence Intelligence speaks for the United Kingdom; the SBU
  source, the Navy and its spokesman for Ukraine; Krasnodar's operational headquarters for
  Russia; a drone's price, payload, range and size are debatable. Figures over "the Black Sea
  and the Krasnodar region" or at sea since 2022 have country `*`.
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

Do, Dn, Zp, Ky = "Donetsk", "Dnipropetrovsk", "Zaporizhzhia", "Kyiv"

# fmt: off
# ---------------------------------------------------------------- s01 rowing union memorial list
d = "s01_rowing_union_memorial_list.txt"
# The website of a national sports federation (the invented Ukrainian Rowing and Canoe Union, URCU)
# updating its memorial list of athletes and coaches killed in the war. The union, its president
# (Moroz) and "our" voice have claimant_side `*`; the Ministry of Youth and Sports, the regional
# military administration and a brigade speak for Ukraine; Russia's sports ministry for Russia.
# Country Ukraine. Required: the list's 67 killed (region None), "41 ... in Donetsk region"
# (breakdown by place), "More than 310" members who served and the ministry's "more than 5,000"
# (personnel, action `*`, actor Ukraine), the ministry's "at least 640" killed and 603 facilities,
# Russia's "more than 500 athletes" (personnel, actor Russia, country and region `*`), the fund's
# "2. 7 million" collected (stray space kept) and 1.9 million paid out, the four soldiers killed
# with a coach (actor Russia: "a Russian guided bomb"), Dnipro's six killed and 23 injured (actor
# Russia, region Dnipropetrovsk), and the brigade's 14 armoured vehicles and two tanks destroyed
# (region `*`). Optional: the headline's 67, "eleven names" (earlier state), "55 athletes and 12
# coaches" and "Three died at home" (subsets), "Of the 67", "About 90 of them" (subset), "22 of them
# rowing bases" (subset). Debatable: "Nine of them were added", "Six are still officially listed as
# missing", "38 of them had received state decorations", "58 families", "30,000 hryvnias", "19 of
# the 26 boats", "more than 150 of his pupils", "757 bodies". Non-claims: "March 2024", "Four years
# on", "at 19", "at 21", "October 2027", "February 2022", 2023, the entries' ages (24, 52, 31, 19,
# 44, 27), dates and years, "the eight" (a boat), "C-1 200 m", "K-1", "K-4 500 m", "W2x", "M8+",
# "U23", "3rd Assault Brigade", "28 years", "Two-time", "47th", Iskander-M, "5th", "92nd", "three
# more entries", "one of them" (a pronoun), and the furniture (the IBAN, repeated; "9 March 2028,
# 11:20", "15:05", "👁 3 214", "7 min read", "Facebook 412 · Telegram 96 · X 31", "Full list of 67
# names", "1.2 MB", the phone number, "214 crews from 19 regions", "two years of repairs", "2,900
# subscribers", "2012–2028", "42 Esplanadna St", "01023", "0+").
rows(d, [
    ("our list of the fallen now holds 67 names", "67", 67, EX, "count", CAS, N, "killed", A, U, A, U, N, True),  # headline
    ("it had eleven names", "eleven", 11, EX, "count", CAS, N, "killed", A, U, A, U, N, True),  # earlier state
    ("killed defending Ukraine holds 67 names", "67", 67, EX, "count", CAS, N, "killed", A, U, A, U, N),
    ("67 names: 55 athletes", "55", 55, EX, "count", CAS, N, "killed", A, U, A, U, N, True),  # subset
    ("55 athletes and 12 coaches", "12", 12, EX, "count", CAS, N, "killed", A, U, A, U, N, True),  # subset
    ("Of the 67, 41 were killed", "67", 67, EX, "count", CAS, N, "killed", A, U, A, U, N, True),  # restates
    ("Of the 67, 41 were killed at the front in Donetsk region", "41", 41, EX, "count", CAS, N, "killed", A, U, A, U, Do),
    ("Three died at home, in Russian missile and drone strikes", "Three", 3, EX, "count", CAS, N, "killed", R, U, A, U, A, True),  # subset
    ("More than 310 members of the union", "More than 310", 310, GE, "count", PER, N, A, U, A, A, U, N),
    ("About 90 of them are in the army now", "About 90", 90, APX, "count", PER, N, A, U, A, A, U, N, True),  # subset
    ("at least 640 Ukrainian athletes and coaches", "at least 640", 640, GE, "count", CAS, N, "killed", A, U, U, U, N),
    ("damaged or destroyed 603 sports facilities", "603", 603, EX, "count", INF, N, A, A, U, U, U, N),
    ("22 of them rowing bases and boathouses", "22", 22, EX, "count", INF, N, A, A, U, U, U, N, True),  # subset
    ('"more than 5,000" athletes and coaches', "more than 5,000", 5000, GE, "count", PER, N, A, U, A, U, U, N),
    ('"more than 500 athletes" from Russian clubs', "more than 500", 500, GE, "count", PER, N, A, R, A, R, A, A),
    ("has collected 2. 7 million hryvnias", "2. 7 million", 2700000, EX, A, ECO, N, A, A, A, A, U, A),
    ("has paid out 1.9 million to 58 families", "1.9 million", 1900000, EX, A, ECO, N, A, A, A, A, U, A),
    ("together with four other soldiers of his unit", "four", 4, EX, "count", CAS, N, "killed", R, U, A, U, Zp),
    ("the attack killed six people and injured 23", "six", 6, EX, "count", CAS, N, "killed", R, U, U, U, Dn),
    ("killed six people and injured 23", "23", 23, EX, "count", CAS, N, "injured", R, U, U, U, Dn),
    ("his crew destroyed 14 Russian armoured vehicles", "14", 14, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, A),
    ("armoured vehicles and two tanks in 2027", "two", 2, EX, "count", W, "tank", "destroyed", U, R, U, U, A),
])
any_(d, [
    ("Nine of them were added", "Nine"),
    ("Six are still officially listed as missing", "Six"),
    ("38 of them had received state decorations", "38"),
    ("1.9 million to 58 families", "58"),
    ("receives 30,000 hryvnias", "30,000"),
    ("replaced 19 of the 26 boats lost", "19"),
    ("19 of the 26 boats lost", "26"),
    ("more than 150 of his pupils", "more than 150"),
    ("Russia handed over 757 bodies", "757"),
])

# ---------------------------------------------------------------- s02 Donetsk shelling statement
d = "s02_donetsk_administration_shelling_statement.txt"
# The Russian-installed "Administration of the city of Donetsk" (head: Malyshev) on a day's shelling
# by "Ukrainian armed formations", with the JCCC's year-to-date figures. The administration, the
# JCCC and Russia's Defence Ministry speak for Russia; "Ukrainian Telegram channels, citing the
# General Staff" for Ukraine. Country `*` (occupied), region Donetsk, target `*` for the city's
# losses. Required: 46 munitions (weapon_type `*`) with the types 27 shells (artillery), 12 rockets
# (mlrs) and seven FPV drones, all launched by Ukraine; two killed and seven wounded (actor `*`: no
# perpetrator in the sentence); fourteen residential buildings and two schools damaged; 38 people
# moved (evacuated); the head's eleven drones shot down (the quote paragraph is repeated after READ
# ALSO: one claim); the ministry's 37 drones shot down and two HIMARS launchers destroyed
# (Kostiantynivka: country `*`); the Ukrainian claim of "up to 40" occupiers killed (target Russia,
# denied); since January 9,412 munitions with 1,870 rockets and 2,300 drones (types within the
# total), 61 killed, 284 wounded, 1,206 residential buildings and 97 facilities, "212. 5 million
# roubles" spent (stray space kept). Optional: "four of them children" (subset), the BRIEFLY box.
# Debatable: "two apartment blocks", "dozens of dead" (hypothetical, vague), the district table
# (cell by cell, total row too), "4,300 square metres", "50,000 roubles" a family, "1,932 families".
# Non-claims: "14–15 April 2028", "06:00", "155-mm", RM-70, M777, HIMARS, 1957, 1979, 2015, "school
# No. 61", "22:30", "71-year-old", "eight in the morning", "five-storey", "1 January 2028", "in 24
# hours", and the furniture (the hotline "+7 (856) 305-41-17, 112", repeated; "15.04.2028 09:40",
# "Views: 6 872", "restoration of 12 houses" in READ ALSO, "112 or 101", "2014–2028", "98 Artema
# St", "283050", "9:00–18:00").
rows(d, [
    ("fired 46 munitions at the city of Donetsk", "46", 46, EX, "count", W, A, "launched", U, A, R, A, Do),
    ("27 artillery shells", "27", 27, EX, "count", W, "artillery", "launched", U, A, R, A, Do),
    ("12 rockets from HIMARS", "12", 12, EX, "count", W, "mlrs", "launched", U, A, R, A, Do),
    ("and seven FPV drones", "seven", 7, EX, "count", W, "drone", "launched", U, A, R, A, Do),
    ("Two civilians were killed", "Two", 2, EX, "count", CAS, N, "killed", A, A, R, A, Do),
    ("Seven people were wounded", "Seven", 7, EX, "count", CAS, N, "injured", A, A, R, A, Do),
    ("Fourteen residential buildings, two schools", "Fourteen", 14, EX, "count", INF, N, A, A, A, R, A, Do),
    ("residential buildings, two schools", "two", 2, EX, "count", INF, N, A, A, A, R, A, Do),
    ("38 people in all", "38", 38, EX, "count", DIS, N, "evacuated", A, A, R, A, Do),
    ("shot down eleven more drones over the city", "eleven", 11, EX, "count", W, "drone", "shot_down", R, U, R, A, Do),
    ("shot down 37 Ukrainian fixed-wing drones", "37", 37, EX, "count", W, "drone", "shot_down", R, U, R, A, Do),
    ("destroyed two HIMARS launchers", "two", 2, EX, "count", W, "mlrs", "destroyed", R, U, R, A, Do),
    ('killed "up to 40 servicemen', "up to 40", 40, LE, "count", CAS, N, "killed", U, R, U, A, Do),
    ("have fired 9,412 munitions at Donetsk", "9,412", 9412, EX, "count", W, A, "launched", U, A, R, A, Do),
    ("including 1,870 rockets", "1,870", 1870, EX, "count", W, "mlrs", "launched", U, A, R, A, Do),
    ("and 2,300 drones of various types", "2,300", 2300, EX, "count", W, "drone", "launched", U, A, R, A, Do),
    ("61 civilians have been killed", "61", 61, EX, "count", CAS, N, "killed", A, A, R, A, Do),
    ("four of them children", "four", 4, EX, "count", CAS, N, "killed", A, A, R, A, Do, True),  # subset
    ("and 284 wounded", "284", 284, EX, "count", CAS, N, "injured", A, A, R, A, Do),
    ("1,206 residential buildings", "1,206", 1206, EX, "count", INF, N, A, A, A, R, A, Do),
    ("and 97 infrastructure facilities", "97", 97, EX, "count", INF, N, A, A, A, R, A, Do),
    ("has spent 212. 5 million roubles", "212. 5 million", 212500000, EX, A, ECO, N, A, A, A, R, A, Do),
    ("• 46 munitions fired at the city", "46", 46, EX, "count", W, A, "launched", U, A, R, A, Do, True),  # fact box
    ("• 2 killed, 7 wounded", "2", 2, EX, "count", CAS, N, "killed", A, A, R, A, Do, True),  # fact box
    ("2 killed, 7 wounded", "7", 7, EX, "count", CAS, N, "injured", A, A, R, A, Do, True),  # fact box
    ("• 14 houses damaged", "14", 14, EX, "count", INF, N, A, A, A, R, A, Do, True),  # fact box
    ("• 38 residents relocated", "38", 38, EX, "count", DIS, N, "evacuated", A, A, R, A, Do, True),  # fact box
])
any_(d, [
    ("Residents of two apartment blocks", "two"),
    ("counting dozens of dead", "dozens"),
    ("Kuibyshevskyi | 15", "15"), ("15 | 6", "6"),
    ("Kyivskyi | 12", "12"), ("12 | 3", "3"),
    ("Petrovskyi | 10", "10"), ("10 | 2", "2"),
    ("Kirovskyi | 6", "6"), ("Kirovskyi | 6 | 3", "3"),
    ("Budyonnovskyi | 3", "3"), ("Budyonnovskyi | 3 | 0", "0"),
    ("Total | 46", "46"), ("46 | 14", "14"),
    ("4,300 square metres", "4,300"),
    ("Compensation of 50,000 roubles", "50,000"),
    ("1,932 families have received it", "1,932"),
])

# ---------------------------------------------------------------- s03 alert app monthly report
d = "s03_nebo_app_april_alert_report.txt"
# An air-alert map app's (the invented Nebo) monthly report for April 2028, in the data team's "our"
# voice (claimant_side `*`, like its founder Kril). Ukraine's Air Force and the Kyiv City Military
# Administration speak for Ukraine; Romania's defence ministry and Moldova's border police are `*`.
# Country Ukraine. Required: the night of 12 April, 728 drones and 41 missiles launched at Ukraine
# with "33 of them Kh-101" (a type within the total), 671 drones and 35 missiles shot down (a
# different action on part), region None; Kyiv's four killed (actor `*`: "debris and direct hits"),
# 27 injured and 16 apartment buildings; the month's 5,860 drones and 214 missiles (region None),
# "about 3,900" guided bombs (several regions: region `*`), 5,102 drones and 176 missiles shot down;
# Romania's two drones and Moldova's one (action `*`, country `*`). Debatable: the headline's "a
# quarter", alert counts and hours (2,184, 8,930, 188, 412, 171, 398, 160, 341, 642, six, five, 41,
# 96, 129, 213), "24 regions", shares (11%, 57%, "almost 90%", 14%), the top-10 table cell by cell,
# "four times" (scrambles), "2.4 million users". Non-claims: "19 hours and 12 minutes", "7 hours and
# 40 minutes" (single alerts), "12–13 April", "12 April", "April 2027", Kh-101, "Top 10", the
# table's ranks 1-10, "UTC+3", and the furniture (the ad-blocker banner, repeated; "4.8★", "500K+",
# "2 May 2028", "6 min read", "💬 57", "38,400 hryvnias" server costs, "212 KB", "486 KB", "CC BY
# 4.0", "2,455 alerts", "26,118 alerts", "2022–2028").
rows(d, [
    ("Russia launched 728 drones", "728", 728, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("728 drones and 41 missiles at Ukraine", "41", 41, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("33 of them Kh-101 cruise missiles", "33", 33, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down or suppressed 671 drones", "671", 671, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("671 drones and 35 missiles", "35", 35, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("killed four people and injured 27", "four", 4, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("injured 27, and 16 apartment", "27", 27, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("16 apartment buildings were damaged", "16", 16, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("counted 5,860 drones", "5,860", 5860, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 214 missiles launched by Russia", "214", 214, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("about 3,900 guided aerial bombs", "about 3,900", 3900, APX, "count", W, "guided_bomb", "launched", R, U, U, U, A),
    ("suppressed 5,102 drones", "5,102", 5102, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("5,102 drones and 176 missiles", "176", 176, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("fragments of two Russian drones", "two", 2, EX, "count", W, "drone", A, R, A, A, A, A),
    ("reported one Russian drone crossing", "one", 1, EX, "count", W, "drone", A, R, A, A, A, A),
])
any_(d, [
    ("Kyiv's hours fall by a quarter", "a quarter"),
    ("recorded 2,184 air-raid alerts", "2,184"),
    ("across Ukraine's 24 regions", "24"),
    ("11% fewer than in March", "11%"),
    ("spent 8,930 hours under alert", "8,930"),
    ("the most: 188 alerts", "188"),
    ("188 alerts and 412 hours", "412"),
    ("or 57% of the month", "57%"),
    ("followed with 171 alerts", "171"),
    ("171 alerts (398 hours)", "398"),
    ("region with 160 (341 hours)", "160"),
    ("160 (341 hours)", "341"),
    ("under alert for 642 hours", "642"),
    ("almost 90% of the time", "almost 90%"),
    ("with six alerts", "six"),
    ("a little under five hours", "five"),
    ("had 41 alerts", "41"),
    ("41 alerts and 96 hours", "96"),
    ("down from 129 hours", "129"),
    ("Kharkiv | 188", "188"), ("188 | 412", "412"),
    ("Sumy | 171", "171"), ("171 | 398", "398"),
    ("Dnipropetrovsk | 160", "160"), ("160 | 341", "341"),
    ("Zaporizhzhia | 149", "149"), ("149 | 337", "337"),
    ("Donetsk | 118", "118"), ("118 | 329", "329"),
    ("Kherson | 131", "131"), ("131 | 301", "301"),
    ("Chernihiv | 97", "97"), ("97 | 214", "214"),
    ("Poltava | 88", "88"), ("88 | 163", "163"),
    ("Mykolaiv | 84", "84"), ("84 | 151", "151"),
    ("Odesa | 71", "71"), ("71 | 128", "128"),
    ("rose by 14% and", "14%"),
    ("the number of alerts by 213", "213"),
    ("scrambled fighter jets four times", "four"),
    ("our 2.4 million users", "2.4 million"),
])

# ---------------------------------------------------------------- s04 Nepali recruits for Russia
d = "s04_nepal_recruits_russian_army.txt"
# A Kathmandu English daily (the invented Sagarmatha Dispatch) on Nepalis recruited into the Russian
# army. Nepal's foreign ministry, police and government, India's External Affairs Ministry, the
# returned recruit Magar and the mother Gurung, and the paper's own voice have claimant_side `*`;
# Russia's embassy speaks for Russia, Ukraine's military intelligence for Ukraine. Country and
# region `*` throughout (Nepal, or not placed). Required: Magar's 23 killed in his group; the
# ministry's "at least 1,350" who joined (personnel, actor Russia) and 63 killed of them (a
# different fate: target Russia, actor `*`); the embassy's "no more than 200"; the government's "Rs
# 4.1 crore" paid (41,000,000, unit `*`); Ukraine's "more than 1,800" from South Asia (actor
# Russia); India's 126 who served and 12 killed. Optional: the headline's 63 and the subhead's "at
# least 1,350" and "no more than 200"; "58 of the dead" named by the paper (subset). Debatable: "Rs
# 9 lakh", "40 of us", 12 prisoners, 147 returned, "more than 200" unknown, "about 5 million
# roubles" a family, "Rs 10 lakh each", 41 families, 19 bodies, 48 countries, 14 captured, 16
# missing, 96 discharged, 27 arrested, nine agencies, "Rs 7 lakh and Rs 14 lakh", "2,00,000 roubles"
# (Indian digit grouping), "about Rs 3. 3 lakh", "about two dozen relatives", "300 Russians and 15
# of us", "Rs 1,723 billion", "about 26%", "some 2. 2 million Nepalis". Non-claims: "Baisakh 28,
# 2085", "May 10, 2028", ages (34, 52), "October 2026", "Four weeks", "ten days", "the first two
# months", 2023, 2024, "January 2024", "Dashain in 2026", "one village", "1947 Tripartite
# Agreement", "the last time", and the furniture ("USD 1 = NPR 138.40", "Rs 1,96,500", "27°C",
# "10:15 am", "2:40 pm", "1.2K", "💬 84", the HOTLINE box "1141", repeated; "up 9% in eight months",
# "every third house", "2085/86", "AQI crosses 300", "Five things", the Most read ranks, "Rs 150",
# "Rs 1,500", "214/074-75").
rows(d, [
    ("63 Nepalis dead in Russia's war", "63", 63, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # headline
    ("recruited at 'at least 1,350'", "at least 1,350", 1350, GE, "count", PER, N, A, R, A, A, A, A, True),  # subhead
    ("embassy says 'no more than 200'", "no more than 200", 200, LE, "count", PER, N, A, R, A, R, A, A, True),  # subhead
    ("In the first two months, 23 were killed", "23", 23, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("at least 1,350 Nepali citizens have joined", "at least 1,350", 1350, GE, "count", PER, N, A, R, A, A, A, A),
    ("63 have been confirmed killed", "63", 63, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ('"no more than 200" Nepali citizens', "no more than 200", 200, LE, "count", PER, N, A, R, A, R, A, A),
    ("Rs 4.1 crore in all", "Rs 4.1 crore", 41000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("confirmed the names of 58 of the dead", "58", 58, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("more than 1,800 of them from South Asia", "more than 1,800", 1800, GE, "count", PER, N, A, R, A, U, A, A),
    ("126 Indians had served", "126", 126, EX, "count", PER, N, A, R, A, A, A, A),
    ("that 12 had been killed", "12", 12, EX, "count", CAS, N, "killed", A, R, A, A, A),
])
any_(d, [
    ("charged him Rs 9 lakh", "Rs 9 lakh"),
    ("There were 40 of us", "40"),
    ("12 are held as prisoners of war", "12"),
    ("147 have returned home", "147"),
    ("more than 200 are unknown", "more than 200"),
    ('"about 5 million roubles"', "about 5 million"),
    ("paid Rs 10 lakh each", "Rs 10 lakh"),
    ("to 41 bereaved families", "41"),
    ("Only 19 bodies", "19"),
    ("citizens of 48 countries", "48"),
    ("captured 14 Nepalis", "14"),
    ("16 were missing", "16"),
    ("96 had been discharged", "96"),
    ("has arrested 27 people", "27"),
    ("licences of nine manpower agencies", "nine"),
    ("between Rs 7 lakh and Rs 14 lakh", "Rs 7 lakh and Rs 14 lakh"),
    ("salary of 2,00,000 roubles", "2,00,000"),
    ("about Rs 3. 3 lakh", "about Rs 3. 3 lakh"),
    ("about two dozen relatives", "about two dozen"),
    ("there are 300 Russians", "300"),
    ("300 Russians and 15 of us", "15"),
    ("reached Rs 1,723 billion", "Rs 1,723 billion"),
    ("about 26% of GDP", "about 26%"),
    ("some 2. 2 million Nepalis", "some 2. 2 million"),
])

# ---------------------------------------------------------------- s05 Poltava day in the region
d = "s05_poltava_day_in_the_region.txt"
# A Poltava regional news site's evening roundup (the invented Poltava Zaraz), eight numbered items.
# The regional military administration (Tkachuk), the Air Force, the social protection department
# (Marchenko), the regional council and Kremenchuk's mayor speak for Ukraine; Russia's Defence
# Ministry for Russia; Naftogaz, Japan's embassy and the organisers are `*`. Country Ukraine, region
# `*` (Poltava is outside the check's vocabulary). The "main thing" paragraph is repeated as the
# first paragraph of item 1 (one claim each): 19 drones and two missiles launched, 16 shot down, two
# workers injured (actor `*`), 46 houses damaged. Required: "Fifty-two" residents moved (evacuated),
# Russia's claim of two Su-27 destroyed, 4,300 evacuated into the region, 3,150 FPV drones produced
# (like deliveries), 38 million hryvnias transferred, 3,612 residents killed, "1. 5 billion cubic
# metres" of gas output lost (m3, stray space kept) and "$410 million" of damage, Japan's "$6.2
# million" provided. Optional: the headline's 4,300 and item 2's heading "2. 4,300 evacuees" (the
# "2." is the item number), "610 children" (subset), "Another 60 million is planned", the festival's
# 410,000 hryvnias (will go). Debatable: "about 1,200 square metres", "two damaged apartment
# blocks", "148 thousand" displaced hosted, 9,700 and 214 collective centres, "420" kits, "412"
# missing, "about 60%", "14 generators", "two pickup trucks". Non-claims: the item numbers 1.-8.,
# "22 May", "ONE PARAGRAPH", "the second half", Shahed-type, Iskander-M, "06:40", "Lyceum No. 17",
# Su-27, "the fourth time", "1 May", "38" (age), "93rd", "14 May", "February 2022", 2024, "12th",
# "about 18,000 visitors", "2. 4 tonnes" (not about the war), "43rd", "2–1", "three medals", and the
# furniture ("+24°C", "41.62", "45.10", "22.05.2028, 19:30", "👁 12 904", "💬 38", the advert's "3
# days" and phone, "+26°C", "04:52", "20:31", "86 thousand readers", "5 markets", "Route M-03", "1
# June", "9 things", "2016–2028", "R40-01187", "16+").
rows(d, [
    ("4,300 evacuees in a month", "4,300", 4300, EX, "count", DIS, N, "evacuated", A, A, U, U, A, True),  # headline
    ("with 19 Shahed-type drones", "19", 19, EX, "count", W, "drone", "launched", R, U, U, U, A),
    ("and two Iskander-M ballistic missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("Air defence shot down 16 drones", "16", 16, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("Two workers of an industrial enterprise", "Two", 2, EX, "count", CAS, N, "injured", A, U, U, U, A),
    ("46 houses were damaged", "46", 46, EX, "count", INF, N, A, A, U, U, U, A),
    ("Fifty-two residents", "Fifty-two", 52, EX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ('destroyed "two Su-27 aircraft', "two", 2, EX, "count", W, "aircraft", "destroyed", R, U, R, U, A),
    ("2. 4,300 evacuees in May", "4,300", 4300, EX, "count", DIS, N, "evacuated", A, A, U, U, A, True),  # item heading
    ("has received 4,300 people evacuated", "4,300", 4300, EX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("including 610 children", "610", 610, EX, "count", DIS, N, "evacuated", A, A, U, U, A, True),  # subset
    ("have produced 3,150 FPV drones", "3,150", 3150, EX, "count", W, "drone", A, A, A, U, A, A),
    ("has transferred 38 million hryvnias", "38 million", 38000000, EX, A, ECO, N, A, A, A, U, U, A),
    ("Another 60 million is planned", "60 million", 60000000, EX, A, ECO, N, A, A, A, U, U, A, True),  # planned
    ("3,612 residents of Poltava region", "3,612", 3612, EX, "count", CAS, N, "killed", A, U, U, U, A),
    ("by 1. 5 billion cubic metres", "1. 5 billion", 1500000000, EX, "m3", ECO, N, A, A, A, A, U, A),
    ("puts the damage at $410 million", "$410 million", 410000000, EX, "usd", ECO, N, A, A, A, A, U, A),
    ("Japan has provided $6.2 million", "$6.2 million", 6200000, EX, "usd", ECO, N, A, A, A, A, U, A),
    ("Part of the proceeds, 410,000 hryvnias", "410,000", 410000, EX, A, ECO, N, A, A, A, A, U, A, True),  # will go
])
any_(d, [
    ("about 1,200 square metres", "about 1,200"),
    ("two damaged apartment blocks", "two"),
    ("hosts 148 thousand internally displaced", "148 thousand"),
    ("9,700 of them live", "9,700"),
    ("in 214 collective centres", "214"),
    ("shipped 420 of them", "420"),
    ("412 are listed as missing", "412"),
    ("about 60% of Ukraine's gas", "about 60%"),
    ("handed over 14 generators", "14"),
    ("buy two pickup trucks", "two"),
])

# ---------------------------------------------------------------- s06 Novorossiysk naval drones
d = "s06_bastion_novorossiysk_naval_drones.txt"
# A Ukrainian defence outlet (the invented Bastion) on a Sea Baby naval-drone attack on
# Novorossiysk. The SBU source, the SBU, the Navy and its spokesman speak for Ukraine; Russia's
# Defence Ministry and Krasnodar's operational headquarters for Russia; Britain's Defence
# Intelligence for the United Kingdom; the outlet ("We", "Bastion's analysis"), the traders, the
# mayor, a resident and the CPC are `*`. Country Russia, region `*` (Krasnodar). Required: two
# warships hit (action `*`), 14 drones launched and "at least five" that reached the harbour;
# Russia's 11 uncrewed boats and 29 drones "intercepted and destroyed" (shot_down, country `*`);
# three injured (actor Ukraine: "attack by the Kyiv regime"), nine apartment buildings and two
# houses damaged; Britain's "at least 15" warships and submarines based there with four submarines
# (deployed; a type within the total); the Navy's 31 ships destroyed and 17 damaged since 2022 and
# three helicopters shot down with "two Mi-8s" (a model within the total; country `*`); two Kalibr
# carriers and "up to 16" missiles kept at sea (deployed, country `*`); 96 Kalibr launched at
# Ukraine (country Ukraine, region None); the SBU's "$41 million" raised (country `*`). Optional:
# the headline's two and the subhead's 11, the source's "Two ships were hit" (restates), the
# traders' "at least $340 million" (conditional), the KEY FACTS box. Debatable: "up to eight each",
# "about 2,000 square metres", "six schools", "at least ten explosions", "180,000 members", "about
# 2. 2 million barrels", "about 1.5%", "about 30 metres", the Sea Baby's size, warhead, range,
# distance and price. Non-claims: "the third time", "3–4 June", Project 22160, 22800 and 636.3,
# Kalibr, "Both", "14-year-old", "2:50", "4:15", "one resident", "Magura V7 at two years", "4 June",
# "Since 2023", "February 2022", "in 2027", Mi-8s, Ka-27, and the furniture ("1,870 patrons",
# repeated; "4 June 2028, 10:05", "8 min read", "👁 41.3K", "🔁 612", "three years on: 5 lessons from
# the 2025 strike", "100 sea drones", "23,500 readers", "2019–2028", "18+").
rows(d, [
    ("hit two warships and oil terminal", "two", 2, EX, "count", W, "ship", A, U, R, U, R, A, True),  # headline
    ('destroyed 11 "uncrewed boats"', "11", 11, EX, "count", W, "drone", "shot_down", R, U, R, A, A, True),  # subhead
    ("hitting two Russian warships", "two", 2, EX, "count", W, "ship", A, U, R, U, R, A),
    ("14 Sea Baby drones of the latest generation", "14", 14, EX, "count", W, "drone", "launched", U, R, U, R, A),
    ("at least five of them reached the harbour", "at least five", 5, GE, "count", W, "drone", A, U, R, U, R, A),
    ("Two ships were hit", "Two", 2, EX, "count", W, "ship", A, U, R, U, R, A, True),  # restates
    ('"intercepted and destroyed" 11 uncrewed boats', "11", 11, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("11 uncrewed boats and 29 fixed-wing drones", "29", 29, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("said three people, including a 14-year-old girl", "three", 3, EX, "count", CAS, N, "injured", U, R, R, R, A),
    ("Nine apartment buildings and two private houses", "Nine", 9, EX, "count", INF, N, A, A, R, R, R, A),
    ("apartment buildings and two private houses", "two", 2, EX, "count", INF, N, A, A, R, R, R, A),
    ("at least $340 million of cargoes", "at least $340 million", 340000000, GE, "usd", ECO, N, A, A, A, A, R, A, True),  # conditional
    ('"at least 15" warships and submarines', "at least 15", 15, GE, "count", W, "ship", "deployed", R, A, UK, R, A),
    ("including four Kalibr-capable submarines", "four", 4, EX, "count", W, "ship", "deployed", R, A, UK, R, A),
    ("has destroyed 31 Russian warships", "31", 31, EX, "count", W, "ship", "destroyed", U, R, U, A, A),
    ("and damaged 17 more", "17", 17, EX, "count", W, "ship", A, U, R, U, A, A),
    ("shot down three Russian helicopters", "three", 3, EX, "count", W, "helicopter", "shot_down", U, R, U, A, A),
    ("two Mi-8s and a Ka-27", "two", 2, EX, "count", W, "helicopter", "shot_down", U, R, U, A, A),
    ("keeping two Kalibr carriers at sea", "two", 2, EX, "count", W, "ship", "deployed", R, A, U, A, A),
    ("a total salvo of up to 16 missiles", "up to 16", 16, LE, "count", W, "missile", "deployed", R, A, U, A, A),
    ("had fired 96 Kalibr missiles at Ukraine", "96", 96, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("had raised $41 million", "$41 million", 41000000, EX, "usd", ECO, N, A, A, A, U, A, A),
    ("• 14 Sea Baby drones, at least 5", "14", 14, EX, "count", W, "drone", "launched", U, R, U, R, A, True),  # fact box
    ("at least 5 reached the harbour (SBU source)", "at least 5", 5, GE, "count", W, "drone", A, U, R, U, R, A, True),  # fact box
    ("• 2 warships hit", "2", 2, EX, "count", W, "ship", A, U, R, U, R, A, True),  # fact box
    ("• 3 injured in Novorossiysk", "3", 3, EX, "count", CAS, N, "injured", U, R, R, R, A, True),  # fact box
    ("• Russia claims 11 boats", "11", 11, EX, "count", W, "drone", "shot_down", R, U, R, A, A, True),  # fact box
    ("11 boats and 29 aerial drones destroyed", "29", 29, EX, "count", W, "drone", "shot_down", R, U, R, A, A, True),  # fact box
])
any_(d, [
    ("up to eight each", "up to eight"),
    ("over about 2,000 square metres", "about 2,000"),
    ("classes in six schools", "six"),
    ("at least ten explosions", "at least ten"),
    ("which has 180,000 members", "180,000"),
    ("about 2. 2 million barrels", "about 2. 2 million"),
    ("about 1.5% of world oil supply", "about 1.5%"),
    ("a burn mark about 30 metres long", "about 30"),
    ("is about 6 metres long", "about 6"),
    ("a warhead of up to 1,000 kg", "up to 1,000"),
    ("a range of about 1,500 km", "about 1,500"),
    ("some 550 km from Odesa", "some 550"),
    ("Each costs around $250,000", "around $250,000"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s72")
