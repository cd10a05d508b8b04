"""Builds gold.jsonl for heldout25 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout25.make_gold

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
# ---------------------------------------------------------------- h01 Kyiv night timeline
d = "h01_kyiv_night_timeline.txt"
# A Kyiv city site's account of a combined overnight attack, written as a timeline of the night
# (23:50 ... 06:30), then the Air Force tally as a bulleted list, the city military administration's
# victims and damage, and a bulleted breakdown by district. Country Ukraine. The Kyiv City Military
# Administration (lead: speaker at the end of the sentence; Yaremenko-Ward "he said"), the mobile
# fire groups, DTEK (a Ukrainian company, as heldout22's Naftogaz), the Air Force ("the Air Force
# said", "It said", "it added") and the Kyiv regional administration speak for Ukraine; "Monitoring
# channels" and the unattributed sentences (the 400 evacuated, "In all, 41 missiles were fired, of
# which 35 were intercepted") have claimant_side open. Kyiv city and the Bucha and Obukhiv districts
# have region Kyiv. The Air Force tally is national ("at Ukraine"): region None, as heldout22's Air
# Force figures. The launched list has no qualifier at all (exact); "421 air attack assets" mixes
# drones and missiles (weapon_type open). The "In all, 41 missiles" sum is stated only there in the
# body (required; the headline's 41, 380 and four restate: optional). Drones "jammed by electronic
# warfare and lost from radar" have action open (not clearly shot down); "22 of the 24 Kh-101 ...
# were destroyed" by air defences is shot_down, with "all eight Kalibr", "four of the six" and "one
# Kinzhal" required and the restated 24 and six optional. "Twenty drones and six missiles struck
# targets" have action open (heldout22's "got through"). The lead's "Russia's attack killed four ...
# and injured 37" has actor Russia; "among them three children", "Twenty-two of the injured remain
# in hospital" and "three of them in a serious condition" are subsets (optional). Timeline: "about a
# dozen" drones downed over the Desnianskyi district (12, approximate) is a breakdown by place
# (required); the monitoring channels' "at least 16 missiles in the air" is an interim count
# superseded by the Air Force tally (optional); "at least one person killed" in Solomianskyi is a
# preliminary toll later revised (optional), as are "revised from two killed to one" (the superseded
# two and the restated one); the 400 residents evacuated (actor open); "some 9,000 households" left
# without power are required with category and action open (heldout22's heating convention; actor
# open: "after a substation is damaged"). Damage: "46 residential buildings, 11 schools and
# kindergartens" (infrastructure, action open, actor Russia: "The attack"; a list without
# qualifiers: exact). The district list ("Victims and damage of the Russian attack by district") is
# required item by item: killed, injured (actor Russia) and residential buildings damaged
# (infrastructure). The regional administration's 14 houses and two injured by "falling debris" have
# actor open. Debatable: "two flats", "1.5 thousand square metres" (area in m2), "five of the city's
# ten districts", "14 locations" and "nine more" (places), "About 120 cars" (civilian property), "62
# emergency shelters", "all 46 metro stations", "about 85,000 people" sheltering. Non-claims: the
# timeline's clock times, "By 4 a.m.", "six hours and 40 minutes", "nine-storey", "16-storey",
# Tu-95MS, MiG-31K, Kh-101, Iskander-M, dates and the furniture (7 min read, Read more links' nine
# shelters, "Up to 2,700 a month" and 3 stations, 48,000 readers, the photo credit).
Kv = "Kyiv"
rows(d, [
    ("41 missiles, 380 drones, four dead", "41", 41, EX, "count", W, "missile", "launched", R, U, A, U, A, True),  # headline
    ("41 missiles, 380 drones, four dead", "380", 380, EX, "count", W, "drone", "launched", R, U, A, U, A, True),  # headline
    ("380 drones, four dead: how Kyiv", "four", 4, EX, "count", CAS, N, "killed", R, U, A, U, Kv, True),  # headline
    ("Russia's attack killed four people in the capital", "four", 4, EX, "count", CAS, N, "killed", R, U, U, U, Kv),
    ("and injured 37, among them three children", "37", 37, EX, "count", CAS, N, "injured", R, U, U, U, Kv),
    ("among them three children", "three", 3, EX, "count", CAS, N, "injured", R, U, U, U, Kv, True),  # subset
    # the timeline
    ("brought down about a dozen drones", "about a dozen", 12, APX, "count", W, "drone", "shot_down", U, R, U, U, Kv),
    ("count at least 16 missiles in the air", "at least 16", 16, GE, "count", W, "missile", "launched", R, U, A, U, A, True),  # interim
    ("Rescuers evacuate about 400 residents", "about 400", 400, APX, "count", DIS, N, "evacuated", A, A, A, U, Kv),
    ("report at least one person killed", "at least one", 1, GE, "count", CAS, N, "killed", A, U, U, U, Kv, True),  # preliminary
    ("Power is cut to some 9,000 households", "some 9,000", 9000, APX, "count", A, N, A, A, U, U, U, Kv),
    # the Air Force tally (national)
    ("Russia launched 421 air attack assets", "421", 421, EX, "count", W, A, "launched", R, U, U, U, N),
    ("• 380 Shahed-type attack drones", "380", 380, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("• 24 Kh-101 cruise missiles", "24", 24, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("• eight Kalibr cruise missiles", "eight", 8, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("• six Iskander-M ballistic missiles", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("• three Kinzhal aeroballistic missiles", "three", 3, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("In all, 41 missiles were fired", "41", 41, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("of which 35 were intercepted", "35", 35, EX, "count", W, "missile", "shot_down", U, R, A, U, N),
    ("Air defences shot down 331 drones", "331", 331, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("a further 29 were jammed", "29", 29, EX, "count", W, "drone", A, U, R, U, U, N),
    ("It said 22 of the 24 Kh-101", "22", 22, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("22 of the 24 Kh-101", "24", 24, EX, "count", W, "missile", "launched", R, U, U, U, N, True),  # restates
    ("all eight Kalibr missiles", "eight", 8, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("four of the six Iskander-M", "four", 4, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("four of the six Iskander-M", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, N, True),  # restates
    ("and one Kinzhal were destroyed", "one", 1, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Twenty drones and six missiles struck targets", "Twenty", 20, EX, "count", W, "drone", A, R, U, U, U, N),
    ("and six missiles struck targets", "six", 6, EX, "count", W, "missile", A, R, U, U, U, N),
    # victims and damage
    ("The attack damaged 46 residential buildings", "46", 46, EX, "count", INF, N, A, R, U, U, U, Kv),
    ("11 schools and kindergartens", "11", 11, EX, "count", INF, N, A, R, U, U, U, Kv),
    ("Twenty-two of the injured remain in hospital", "Twenty-two", 22, EX, "count", CAS, N, "injured", A, U, U, U, Kv, True),  # subset
    ("three of them in a serious condition", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Kv, True),  # subset
    # by district
    ("Darnytskyi: two killed", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, Kv),
    ("two killed, 14 injured", "14", 14, EX, "count", CAS, N, "injured", R, U, U, U, Kv),
    ("14 injured, 19 residential", "19", 19, EX, "count", INF, N, A, R, U, U, U, Kv),
    ("one killed, nine injured", "one", 1, EX, "count", CAS, N, "killed", R, U, U, U, Kv),
    ("killed, nine injured, 11 residential", "nine", 9, EX, "count", CAS, N, "injured", R, U, U, U, Kv),
    ("nine injured, 11 residential", "11", 11, EX, "count", INF, N, A, R, U, U, U, Kv),
    ("one killed, seven injured", "one", 1, EX, "count", CAS, N, "killed", R, U, U, U, Kv),
    ("killed, seven injured", "seven", 7, EX, "count", CAS, N, "injured", R, U, U, U, Kv),
    ("seven injured, eight residential", "eight", 8, EX, "count", INF, N, A, R, U, U, U, Kv),
    ("Dniprovskyi: four injured", "four", 4, EX, "count", CAS, N, "injured", R, U, U, U, Kv),
    ("four injured, five residential", "five", 5, EX, "count", INF, N, A, R, U, U, U, Kv),
    ("Holosiivskyi: three injured", "three", 3, EX, "count", CAS, N, "injured", R, U, U, U, Kv),
    ("three residential buildings damaged", "three", 3, EX, "count", INF, N, A, R, U, U, U, Kv),
    ("revised from two killed to one", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, Kv, True),  # superseded
    ("two killed to one on Tuesday", "one", 1, EX, "count", CAS, N, "killed", R, U, U, U, Kv, True),  # restates
    # Kyiv region
    ("damaged 14 private houses", "14", 14, EX, "count", INF, N, A, A, U, U, U, Kv),
    ("and injured two people, the regional", "two", 2, EX, "count", CAS, N, "injured", A, U, U, U, Kv),
])
any_(d, [
    ("sets fire to two flats", "two"),
    ("spreads over 1.5 thousand square metres", "1.5 thousand"),
    ("five of the city's ten districts", "five"),
    ("five of the city's ten districts", "ten"),
    ("struck targets at 14 locations", "14"),
    ("debris fell at nine more", "nine"),
    ("About 120 cars were burnt out", "About 120"),
    ("62 emergency shelters", "62"),
    ("all 46 metro stations", "46"),
    ("about 85,000 people spent the night", "about 85,000"),
])

# ---------------------------------------------------------------- h02 UN monthly civilian harm
d = "h02_un_monthly_civilian_harm.txt"
# A Geneva humanitarian outlet on the UN Human Rights Monitoring Mission's monthly update for
# February: totals, children, a table by weapon (killed, injured, share), a paragraph by region,
# cumulative figures and replies from Russia. The mission ("the mission said", "It attributed", "the
# report says", "according to the mission", the table) and its head Okafor-Brandt ("she said") speak
# for the United Nations; the Air Force figure the report cites ("according to Ukraine's Air Force")
# for Ukraine; Russia's Foreign Ministry spokeswoman and the Russian-installed ombudsman for Russia.
# The mission's figures have country Ukraine; nationwide totals region None (as heldout22's UN
# figures), actor and target open where no perpetrator is named (the seeds' UN convention), as in
# the table by weapon (the weapons are not assigned to a side). "At least 212 ... and 1,048" is a
# list: 1,048 qualifier open. The January comparison "186 deaths" is a claim of its own (required);
# "14% higher" is a month-on-month change in casualties (debatable, as shares). "It attributed 1,187
# of the casualties ... to attacks by Russian armed forces" is a breakdown by perpetrator: required,
# actor Russia, target Ukraine, action open (killed and injured). Children ("19 were children", "87
# children were among the injured") are subsets (optional, heldout22's convention). "More than 60
# civilians were killed in Kostiantynivka alone" is a breakdown by place (required, Donetsk). The
# shares by weapon in the text (31%, 29%, 22%) and the table's share column are debatable
# (heldout22: shares); the table's killed and injured cells are required cell by cell, its Total row
# restates (optional). "more than 5,600 guided aerial bombs" dropped: launched, Russia against
# Ukraine, national. The regional paragraph is required pair by pair (Donetsk, Kharkiv,
# Dnipropetrovsk, Kherson, Zaporizhzhia: "By the mission's count", "it said"), and the 14 killed in
# Kyiv by "a single missile and drone attack" (actor open). Energy, educational and medical
# facilities "damaged or destroyed" by "Attacks" are infrastructure with action and actor open.
# Cumulative 14,870 killed and 38,650 injured since 2022 are required. Russia: 41 civilians killed
# "in Russian regions" (actor Ukraine, target Russia, country Russia, region open), "including 15 in
# the Belgorod region and nine in the Kursk region" (breakdowns by place: required), "more than 230"
# injured; the ombudsman's 33 killed and "about a hundred" wounded in the occupied part of the
# Donetsk region (actor Ukraine, target open, country Ukraine: heldout22's Saldo convention).
# Non-claims: "in eight months" (duration), "since June", "For the first time", "nearly doubled" (no
# number), "21 February", "February 2022", "not once", "10 April" and the furniture (6 min read,
# 32,500 subscribers, the Related links' four years and 12 charts, "3-tonne", CHF 5).
Dt, Kh, Dn, Ks, Zp = "Donetsk", "Kharkiv", "Dnipropetrovsk", "Kherson", "Zaporizhzhia"
rows(d, [
    ("count 212 civilians killed in Ukraine", "212", 212, EX, "count", CAS, N, "killed", A, A, UN, U, N, True),  # headline
    ("At least 212 civilians were killed", "At least 212", 212, GE, "count", CAS, N, "killed", A, A, UN, U, N),
    ("and 1,048 injured in Ukraine", "1,048", 1048, A, "count", CAS, N, "injured", A, A, UN, U, N),
    ("the mission verified 186 deaths", "186", 186, EX, "count", CAS, N, "killed", A, A, UN, U, N),
    ("Of those killed, 19 were children", "19", 19, EX, "count", CAS, N, "killed", A, A, UN, U, N, True),  # subset
    ("and 87 children were among the injured", "87", 87, EX, "count", CAS, N, "injured", A, A, UN, U, N, True),  # subset
    ("It attributed 1,187 of the casualties", "1,187", 1187, EX, "count", CAS, N, A, R, U, UN, U, N),
    ("More than 60 civilians were killed in Kostiantynivka", "More than 60", 60, GE, "count", CAS, N, "killed", A, A, UN, U, Dt),
    # the table by weapon
    ("Short-range drones                    58", "58", 58, EX, "count", CAS, N, "killed", A, A, UN, U, N),
    ("58       309", "309", 309, EX, "count", CAS, N, "injured", A, A, UN, U, N),
    ("Glide bombs                           47", "47", 47, EX, "count", CAS, N, "killed", A, A, UN, U, N),
    ("47       231", "231", 231, EX, "count", CAS, N, "injured", A, A, UN, U, N),
    ("Missiles and loitering munitions      71", "71", 71, EX, "count", CAS, N, "killed", A, A, UN, U, N),
    ("71       320", "320", 320, EX, "count", CAS, N, "injured", A, A, UN, U, N),
    ("Artillery and MLRS                    26", "26", 26, EX, "count", CAS, N, "killed", A, A, UN, U, N),
    ("26       148", "148", 148, EX, "count", CAS, N, "injured", A, A, UN, U, N),
    ("Mines and explosive remnants          10", "10", 10, EX, "count", CAS, N, "killed", A, A, UN, U, N),
    ("10        40", "40", 40, EX, "count", CAS, N, "injured", A, A, UN, U, N),
    ("Total                                212", "212", 212, EX, "count", CAS, N, "killed", A, A, UN, U, N, True),  # Total row
    ("212     1,048", "1,048", 1048, EX, "count", CAS, N, "injured", A, A, UN, U, N, True),  # Total row
    ("dropped more than 5,600 guided aerial bombs", "more than 5,600", 5600, GE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    # by region
    ("where 71 civilians were killed", "71", 71, EX, "count", CAS, N, "killed", A, A, UN, U, Dt),
    ("and 402 injured", "402", 402, EX, "count", CAS, N, "injured", A, A, UN, U, Dt),
    ("(34 killed, 188 injured)", "34", 34, EX, "count", CAS, N, "killed", A, A, UN, U, Kh),
    ("34 killed, 188 injured", "188", 188, EX, "count", CAS, N, "injured", A, A, UN, U, Kh),
    ("(29 killed, 151 injured)", "29", 29, EX, "count", CAS, N, "killed", A, A, UN, U, Dn),
    ("29 killed, 151 injured", "151", 151, EX, "count", CAS, N, "injured", A, A, UN, U, Dn),
    ("(27 killed, 139 injured)", "27", 27, EX, "count", CAS, N, "killed", A, A, UN, U, Ks),
    ("27 killed, 139 injured", "139", 139, EX, "count", CAS, N, "injured", A, A, UN, U, Ks),
    ("(22 killed, 117 injured)", "22", 22, EX, "count", CAS, N, "killed", A, A, UN, U, Zp),
    ("22 killed, 117 injured", "117", 117, EX, "count", CAS, N, "injured", A, A, UN, U, Zp),
    ("killed 14 people, the report says", "14", 14, EX, "count", CAS, N, "killed", A, A, UN, U, "Kyiv"),
    # damage and cumulative
    ("damaged or destroyed 38 energy facilities", "38", 38, EX, "count", INF, N, A, A, A, UN, U, N),
    ("and 61 educational and medical facilities", "61", 61, EX, "count", INF, N, A, A, A, UN, U, N),
    ("verified 14,870 civilians killed", "14,870", 14870, EX, "count", CAS, N, "killed", A, A, UN, U, N),
    ("and 38,650 injured in Ukraine", "38,650", 38650, EX, "count", CAS, N, "injured", A, A, UN, U, N),
    # Russia's reply
    ("had killed 41 civilians in Russian regions", "41", 41, EX, "count", CAS, N, "killed", U, R, R, R, A),
    ("including 15 in the Belgorod region", "15", 15, EX, "count", CAS, N, "killed", U, R, R, R, "Belgorod"),
    ("and nine in the Kursk region", "nine", 9, EX, "count", CAS, N, "killed", U, R, R, R, "Kursk"),
    ("and injured more than 230", "more than 230", 230, GE, "count", CAS, N, "injured", U, R, R, R, A),
    ("had killed 33 civilians", "33", 33, EX, "count", CAS, N, "killed", U, A, R, U, Dt),
    ("wounded about a hundred", "about a hundred", 100, APX, "count", CAS, N, "injured", U, A, R, U, Dt),
])
any_(d, [
    ("was 14% higher than in January", "14%"),
    ("caused 31% of all casualties", "31%"),
    ("short-range drones with 29%", "29%"),
    ("glide bombs with 22%", "22%"),
    ("309           29%", "29%"),
    ("231           22%", "22%"),
    ("320           31%", "31%"),
    ("148           14%", "14%"),
    ("40            4%", "4%"),
    ("1,048          100%", "100%"),
])

# ---------------------------------------------------------------- h03 sanctions and war economy
d = "h03_sanctions_war_economy.txt"
# A regional business outlet on Russia's falling oil and gas revenues, the EU's new sanctions
# package (with a bulleted "package in numbers"), the price cap, the shadow fleet, frozen assets and
# defence spending. Russia's Finance Ministry (data), the deputy finance minister Surgutov-Lanin
# ("he said", "He added"), the budget law and the central bank speak for Russia; Ukraine's Foreign
# Intelligence Service for Ukraine; the EU, the Commission, Seaborne Intelligence Group, the Oslo
# economist and "Western analysts" are not sides (claimant_side open), nor are unattributed
# sentences (the two- month total, the frozen-assets sentence, the bullets). Russia's national
# figures have country Russia, region None. Money has action open and, in roubles or euros, unit
# open (heldout22); money and percentages have actor and target open. Revenue changes (-31%, +9%),
# inflation (8.4%) and defence spending as a share of GDP (6.3%, analysts' "nearly 8%") are economic
# percentages: required (a headline economic indicator, not a share of a counted total). The deficit
# "no more than 2.1% of GDP" is a forecast (optional, as heldout22's pledges and needs). Decided
# anew: shadow-fleet tankers listed by the EU (94, total 651) and the fleet size (Ukraine's "about
# 1,100" tankers Russia relies on: actor Russia) are economic counts with action open, actor,
# target, country and region open where the EU acts; the bullets restate 94 and 651 (optional).
# Crude exports in barrels a day are economic with unit open; "down 240,000 barrels a day" is a
# difference (debatable). "some €185 billion of them at Euroclear" is a breakdown by place
# (required). The economist's "about $14 billion" (usd) is required. Debatable: "about a quarter
# less", the bullets' 28 companies and 17 banks (counts of firms), the price cap ($44.10, $47.60,
# the "15% below" rule, the proposed "$30 a barrel") and the Urals price $51.30 (prices: heldout22
# left a market price unlabelled; here the cap is a sanctions measure, so all are marked debatable),
# "Roughly 40%" of cargoes (share), the key rate 17% (a policy rate). Non-claims: "23rd" (ordinal),
# "G7" (a name), "first two months", "weeks", "another year or two", dates and the furniture (8 min
# read, 7:00, the Most read links' €3 billion, 5 other ways and 11%).
rows(d, [
    ("revenues slide 31% as EU", "31%", 31, EX, "percent", ECO, N, A, A, A, A, R, N, True),  # headline
    ("blacklists 94 more shadow-fleet tankers", "94", 94, EX, "count", ECO, N, A, A, A, A, A, A, True),  # headline
    ("fell 31% year on year in February", "31%", 31, EX, "percent", ECO, N, A, A, A, R, R, N),
    ("in February to 598 billion roubles", "598 billion", 598000000000, EX, A, ECO, N, A, A, A, R, R, N),
    ("they totalled 1.21 trillion roubles", "1.21 trillion", 1210000000000, EX, A, ECO, N, A, A, A, A, R, N),
    ("added 94 vessels of the so-called shadow fleet", "94", 94, EX, "count", ECO, N, A, A, A, A, A, A),
    ("bringing the total to 651", "651", 651, EX, "count", ECO, N, A, A, A, A, A, A),
    ("• 94 more tankers listed", "94", 94, EX, "count", ECO, N, A, A, A, A, A, A, True),  # restates
    ("for a total of 651", "651", 651, EX, "count", ECO, N, A, A, A, A, A, A, True),  # restates
    ("worth €2.6 billion a year", "€2.6 billion", 2600000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("relies on about 1,100 tankers", "about 1,100", 1100, APX, "count", ECO, N, A, R, A, U, A, A),
    ("averaged 3.1 million barrels a day", "3.1 million", 3100000, EX, A, ECO, N, A, A, A, A, R, N),
    ("About €210 billion of Russian central bank assets", "About €210 billion", 210000000000, APX, A, ECO, N, A, A, A, A, A, A),
    ("some €185 billion of them at Euroclear", "some €185 billion", 185000000000, APX, A, ECO, N, A, A, A, A, A, A),
    ("transferred a further €4.1 billion", "€4.1 billion", 4100000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("bringing the total disbursed to €19.5 billion", "€19.5 billion", 19500000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("revenues rose 9% in February", "9%", 9, EX, "percent", ECO, N, A, A, A, R, R, N),
    ("no more than 2.1% of GDP", "no more than 2.1%", 2.1, LE, "percent", ECO, N, A, A, A, R, R, N, True),  # forecast
    ("stood at 3.6 trillion roubles", "3.6 trillion", 3600000000000, EX, A, ECO, N, A, A, A, R, R, N),
    ("spending 13.2 trillion roubles on national defence", "13.2 trillion", 13200000000000, EX, A, ECO, N, A, A, A, R, R, N),
    ("or 6.3% of GDP", "6.3%", 6.3, EX, "percent", ECO, N, A, A, A, R, R, N),
    ("at nearly 8% of GDP", "nearly 8%", 8, LE, "percent", ECO, N, A, A, A, A, R, N),
    ("cost Russia about $14 billion", "about $14 billion", 14000000000, APX, "usd", ECO, N, A, A, A, A, R, N),
    ("Inflation stood at 8.4%", "8.4%", 8.4, EX, "percent", ECO, N, A, A, A, R, R, N),
])
any_(d, [
    ("about a quarter less than a year earlier", "about a quarter"),
    ("28 companies in third countries", "28"),
    ("ban on 17 more Russian banks", "17"),
    ("seaborne crude to $44.10 a barrel", "$44.10"),
    ("in January, from $47.60", "$47.60"),
    ("keeps the cap 15% below", "15%"),
    ("Urals averaged $51.30 a barrel", "$51.30"),
    ("down 240,000 barrels a day", "240,000"),
    ("Roughly 40% of those cargoes", "Roughly 40%"),
    ("key rate remains at 17%", "17%"),
    ("lower cap of $30 a barrel", "$30"),
])

# ---------------------------------------------------------------- h04 Belarus border and air space
d = "h04_belarus_border_airspace.txt"
# A Central European outlet on Poland's new deployment to the Belarusian border after 19 drones
# entered Polish air space, Belarusian and Russian troops in Belarus, Lithuania's balloons,
# migrants, Ukraine's view and a "Key figures" box. Most claimants are not sides in the vocabulary:
# Poland's minister, Operational Command and intelligence, Lithuania's border guard and minister,
# Belarus's Defence Ministry and State Border Committee, the Bundeswehr and NATO (claimant_side
# open), as are the countries where it happens (Poland, Lithuania, Belarus: country and region open)
# and the actors Poland, Belarus, Germany and NATO allies (actor open). The Pentagon speaks for the
# United States (its troops in Poland: actor United States); the State Border Guard Service and the
# Air Force for Ukraine. Troops sent, kept, stationed or moved are personnel deployed; Belarus's
# "about 8,000 troops" "concentrated" are massed; the Russian soldiers who "have stayed in Belarus"
# have action open (actor Russia). "will deploy 5,000 additional soldiers" is an ordered deployment
# (required); Lithuania's plan to "add two hundred more by April" is a plan (optional). Drones:
# "Nineteen drones entered Poland" has action and actor open (the sentence does not say whose; the
# later "most of the craft were Russian" is a hedge); "Four of them were shot down" by Polish and
# Dutch jets (actor open, target open); Belarus's "a dozen Polish and Lithuanian reconnaissance
# drones" detected (action and actor open) and "two of which were brought down" (shot_down,
# breakdown: required). The 14 fighter jets "scrambled" are aircraft with action open. "two airports
# ... suspended flights" is infrastructure (optional, as the seeds' closed airports). Ukraine: 160
# Shahed drones launched at Ukraine (national: region None), "23 entered Ukraine from Belarus" (a
# breakdown by route: required, action open), 131 shot down. The Key figures box restates 5,000, 19,
# 14 and 8,000 (optional). Decided anew: migrant crossings (2,340 attempts, 1,870, 380 turned back)
# are not war claims in the spec's categories (debatable), nor are contraband balloons (37).
# Debatable: "none of its drones" (zero statement), "50 kilometres" (distance), "14 times"
# (incidents), "eight allies" (countries). Non-claims: "F-16s", "F-35s", "45th Panzer Brigade", "the
# sixth time", "several hours", "a single piece of evidence", dates and the furniture (7 min read,
# the More from Defence links' 2.4 billion zlotys and 3 lines, 27,000 subscribers, the photo
# credit).
rows(d, [
    ("Poland sends 5,000 more troops to Belarus border", "5,000", 5000, EX, "count", PER, N, "deployed", A, A, A, A, A, True),  # headline
    ("will deploy 5,000 additional soldiers", "5,000", 5000, EX, "count", PER, N, "deployed", A, A, A, A, A),
    ("to about 17,000, Defence Minister", "about 17,000", 17000, APX, "count", PER, N, "deployed", A, A, A, A, A),
    ("Nineteen drones entered Poland", "Nineteen", 19, EX, "count", W, "drone", A, A, A, A, A, A),
    ("Four of them were shot down", "Four", 4, EX, "count", W, "drone", "shot_down", A, A, A, A, A),
    ("scrambled 14 fighter jets", "14", 14, EX, "count", W, "aircraft", A, A, A, A, A, A),
    ("and two airports, in Lublin", "two", 2, A, "count", INF, N, A, A, A, A, A, A, True),  # airports (seeds)
    ("concentrated about 8,000 troops", "about 8,000", 8000, APX, "count", PER, N, "massed", A, A, A, A, A),
    ("Up to 2,000 Russian soldiers have stayed", "Up to 2,000", 2000, LE, "count", PER, N, A, R, A, A, A, A),
    ('moved "no more than 4,500" servicemen', "no more than 4,500", 4500, LE, "count", PER, N, "deployed", A, A, A, A, A),
    ("detected a dozen Polish and Lithuanian", "a dozen", 12, EX, "count", W, "drone", A, A, A, A, A, A),
    ("two of which were brought down", "two", 2, EX, "count", W, "drone", "shot_down", A, A, A, A, A),
    ("has about 1,500 soldiers and border guards", "about 1,500", 1500, APX, "count", PER, N, "deployed", A, A, A, A, A),
    ("add two hundred more by April", "two hundred", 200, EX, "count", PER, N, "deployed", A, A, A, A, A, True),  # a plan
    ("has some 4,800 troops there", "some 4,800", 4800, APX, "count", PER, N, "deployed", A, A, A, A, A),
    ("keeps about 10,000 troops in Poland", "about 10,000", 10000, APX, "count", PER, N, "deployed", US, A, US, A, A),
    ("where some 6,000 Belarusian troops are stationed", "some 6,000", 6000, APX, "count", PER, N, "deployed", A, A, U, A, A),
    ("of the 160 Shahed drones Russia launched", "160", 160, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("23 entered Ukraine from Belarus", "23", 23, EX, "count", W, "drone", A, R, U, U, U, N),
    ("and 131 were shot down across the country", "131", 131, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    # the Key figures box restates
    ("• 5,000 — soldiers Poland", "5,000", 5000, EX, "count", PER, N, "deployed", A, A, A, A, A, True),
    ("• 19 — drones that entered", "19", 19, EX, "count", W, "drone", A, A, A, A, A, A, True),
    ("• 14 — allied jets scrambled", "14", 14, EX, "count", W, "aircraft", A, A, A, A, A, A, True),
    ("• 8,000 — Belarusian troops", "8,000", 8000, A, "count", PER, N, "massed", A, A, A, A, A, True),
])
any_(d, [
    ("said none of its drones", "none"),
    ("within 50 kilometres of the Polish", "50"),
    ("violated Belarusian air space 14 times", "14"),
    ("said 37 balloons carrying contraband", "37"),
    ("recorded 2,340 attempts", "2,340"),
    ("up from 1,870 in January", "1,870"),
    ("turned back 380 migrants", "380"),
    ("eight allies had offered aircraft", "eight"),
])

# ---------------------------------------------------------------- h05 drone commander interview
d = "h05_drone_commander_interview.txt"
# A Q&A transcript with the commander ("Lis") of a Ukrainian drone battalion in the Kostiantynivka
# direction, near Druzhkivka: country Ukraine, region Donetsk. Every answer is his first-person
# claim ("we", "our unit") and speaks for Ukraine (claimant_side Ukraine); the questions carry no
# figures. "We/our unit" is actor Ukraine. Decided anew: the 1,140 "targets" hit mix weapons,
# infantry and dugouts (category, weapon_type and action open, actor Ukraine, target Russia); the
# breakdown "38 were tanks and 212 were other armoured vehicles", "47 artillery systems" and "about
# a dozen air-defence and electronic warfare systems" (weapon_type open) is by weapon (required,
# action open: "hit"); "we destroyed 19 of the tanks and 97 of the other armoured vehicles"
# (destroyed). The range "between 150 and 200 FPV drones come at our positions" is one claim quoting
# the whole range (value and qualifier open; launched, Russia against Ukraine). 640 Russian drones
# shot down by interceptors, "including 85 Orlan and Zala reconnaissance drones" (a breakdown by
# weapon: required). Production: "up to 2,000 FPV drones a month" assembled and "another 3,500"
# supplied are drone counts with action open (production is not in the vocabulary), actor Ukraine,
# target open; drones lost ("about 300 a week", mostly to electronic warfare) have action and actor
# open, target Ukraine; "four of our heavy bomber drones" lost "to a single Russian strike" are
# destroyed (actor Russia). "roughly 3,000 infantry" concentrated opposite the sector are massed
# (actor Russia); "more than 400 Russian soldiers" killed (actor Ukraine). Own losses "nine people
# killed and 23 wounded" (actor open, target Ukraine); "Two of the dead were pilots" is a subset
# (optional). The headline restates 1,140 (optional). Debatable: "groups of two or three men" (group
# size), "15 kilometres deep" (distance), prices ("about $2,500", "about $35,000"), the unit's size
# (140 people, "two hundred"), the wished-for "5,000 a month instead of 2,000" (a hypothetical).
# Non-claims: "since 2022", "since the summer", "in one night", dates and the furniture (9 min read,
# "previous 12 interviews", 3,900 readers, €3).
Dt = "Donetsk"
rows(d, [
    ('"We hit 1,140 targets in February"', "1,140", 1140, EX, "count", A, A, A, U, R, U, U, Dt, True),  # headline
    ("our unit hit 1,140 Russian targets", "1,140", 1140, EX, "count", A, A, A, U, R, U, U, Dt),
    ("Of these, 38 were tanks", "38", 38, EX, "count", W, "tank", A, U, R, U, U, Dt),
    ("and 212 were other armoured vehicles", "212", 212, EX, "count", W, "armored_vehicle", A, U, R, U, U, Dt),
    ("We also hit 47 artillery systems", "47", 47, EX, "count", W, "artillery", A, U, R, U, U, Dt),
    ("about a dozen air-defence and electronic warfare systems", "about a dozen", 12, APX, "count", W, A, A, U, R, U, U, Dt),
    ("we destroyed 19 of the tanks", "19", 19, EX, "count", W, "tank", "destroyed", U, R, U, U, Dt),
    ("and 97 of the other armoured vehicles", "97", 97, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Dt),
    ("between 150 and 200 FPV drones", "between 150 and 200", A, A, "count", W, "drone", "launched", R, U, U, U, Dt),
    ("have shot down 640 Russian drones", "640", 640, EX, "count", W, "drone", "shot_down", U, R, U, U, Dt),
    ("including 85 Orlan and Zala", "85", 85, EX, "count", W, "drone", "shot_down", U, R, U, U, Dt),
    ("assembles up to 2,000 FPV drones a month", "up to 2,000", 2000, LE, "count", W, "drone", A, U, A, U, U, A),
    ("give us another 3,500", "3,500", 3500, EX, "count", W, "drone", A, U, A, U, U, A),
    ("We lose about 300 a week", "about 300", 300, APX, "count", W, "drone", A, A, U, U, U, Dt),
    ("concentrated roughly 3,000 infantry", "roughly 3,000", 3000, APX, "count", PER, N, "massed", R, A, U, U, Dt),
    ("we killed more than 400 Russian soldiers", "more than 400", 400, GE, "count", CAS, N, "killed", U, R, U, U, Dt),
    ("we have lost nine people killed", "nine", 9, EX, "count", CAS, N, "killed", A, U, U, U, Dt),
    ("and 23 wounded", "23", 23, EX, "count", CAS, N, "injured", A, U, U, U, Dt),
    ("Two of the dead were pilots", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Dt, True),  # subset
    ("lost four of our heavy bomber drones", "four", 4, EX, "count", W, "drone", "destroyed", R, U, U, U, Dt),
])
any_(d, [
    ("small groups of two or three men", "two or three"),
    ("is now 15 kilometres deep", "15"),
    ("costs us about $2,500", "about $2,500"),
    ("A Shahed is about $35,000", "about $35,000"),
    ("We have 140 people", "140"),
    ("we could use two hundred", "two hundred"),
    ("if we had 5,000 a month", "5,000"),
    ("instead of 2,000, the Russians", "2,000"),
])

# ---------------------------------------------------------------- h06 Horlivka occupied city
d = "h06_horlivka_occupied_city_report.txt"
# An English-language monitoring site on occupied Horlivka (Donetsk region: country Ukraine, region
# Donetsk throughout): the Russian-installed mayor Prikhodko-Sayan ("he said", "According to"), the
# city administration ("it added") and the Russian-installed head of the "DPR" ("his office said")
# speak for Russia, as do Russia's Defence Ministry ("It said"); the General Staff ("it said",
# "according to the General Staff"), DeepState and "Ukraine's military" for Ukraine. Casualties and
# damage claimed by the Russian-installed authorities follow heldout22's Saldo convention: actor
# Ukraine ("Ukrainian shelling and drone strikes", "Ukrainian fire"), target open, claimant_side
# Russia; "Nineteen civilians were killed across the territory" names no perpetrator (actor open).
# Damage list "143 residential buildings, 12 schools ... and a dozen power lines" has no qualifier
# (exact; "a dozen" = 12); "about 18,000 subscribers" without power are required with category and
# action open (actor open: "Power was cut"). "Some 1.5 thousand residents ... were evacuated"
# (displacement, 1500, approximate); the 300 who "have asked to leave" are debatable. The "DPR"'s
# 1,215 munitions fired (weapon_type open, launched) with the breakdown "212 from multiple rocket
# launchers" (weapon_type open: rockets or launchers) and "46 drones" (required). The General
# Staff's weekly losses in the Kostiantynivka direction: 1,260 killed and wounded (action and actor
# open, target Russia), 14 tanks, 31 armoured vehicles and 22 artillery systems destroyed and 410
# drones shot down (actor Ukraine). Russia's ministry: "up to 1,100 servicemen" (action open) then
# "six tanks and 17 pickup trucks" (list: qualifier open, action open, vehicle), "nearly 90 guided
# aerial bombs" dropped (launched). Territory: DeepState's 38 km2 captured (seized) with "about 12
# near Kostiantynivka" (a breakdown by place: required), Ukraine's "about 3 square kilometres"
# regained (action open), Russia's two villages "liberated" (action open, heldout22), "about 20,800
# square kilometres" occupied. The headline restates seven (optional); "Two of the dead were
# children" is a subset (optional). Debatable: "47 Russian assaults" (incidents), "close to 79%"
# (share), the range "between 8 and 10 kilometres" (a distance; quoted whole as one number phrase).
# Non-claims: "between 8 and 14 March", "over the weekend", "past day", the furniture (6 min read,
# "since 2014", "10 years of the JCCC", "week 10", 1,860 readers).
rows(d, [
    ("shelling killed seven in a week", "seven", 7, EX, "count", CAS, N, "killed", U, A, R, U, Dt, True),  # headline
    ("killed seven civilians and injured 26", "seven", 7, EX, "count", CAS, N, "killed", U, A, R, U, Dt),
    ("and injured 26 in Horlivka", "26", 26, EX, "count", CAS, N, "injured", U, A, R, U, Dt),
    ("Two of the dead were children", "Two", 2, EX, "count", CAS, N, "killed", U, A, R, U, Dt, True),  # subset
    ("damaged 143 residential buildings", "143", 143, EX, "count", INF, N, A, U, A, R, U, Dt),
    ("12 schools and other social facilities", "12", 12, EX, "count", INF, N, A, U, A, R, U, Dt),
    ("and a dozen power lines", "a dozen", 12, EX, "count", INF, N, A, U, A, R, U, Dt),
    ("Power was cut to about 18,000 subscribers", "about 18,000", 18000, APX, "count", A, N, A, A, A, R, U, Dt),
    ("Some 1.5 thousand residents", "Some 1.5 thousand", 1500, APX, "count", DIS, N, "evacuated", A, A, R, U, Dt),
    ("had fired 1,215 munitions", "1,215", 1215, EX, "count", W, A, "launched", U, A, R, U, Dt),
    ("including 212 from multiple rocket launchers", "212", 212, EX, "count", W, A, "launched", U, A, R, U, Dt),
    ("and 46 drones that dropped explosives", "46", 46, EX, "count", W, "drone", "launched", U, A, R, U, Dt),
    ("Nineteen civilians were killed across", "Nineteen", 19, EX, "count", CAS, N, "killed", A, A, R, U, Dt),
    # the General Staff
    ("Russian forces lost 1,260 troops", "1,260", 1260, EX, "count", CAS, N, A, A, R, U, U, Dt),
    ("destroyed 14 tanks", "14", 14, EX, "count", W, "tank", "destroyed", U, R, U, U, Dt),
    ("31 armoured combat vehicles", "31", 31, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Dt),
    ("and 22 artillery systems", "22", 22, EX, "count", W, "artillery", "destroyed", U, R, U, U, Dt),
    ("shot down 410 Russian drones", "410", 410, EX, "count", W, "drone", "shot_down", U, R, U, U, Dt),
    # Russia's Defence Ministry
    ("at up to 1,100 servicemen", "up to 1,100", 1100, LE, "count", CAS, N, A, R, U, R, U, Dt),
    ("as well as six tanks", "six", 6, A, "count", W, "tank", A, R, U, R, U, Dt),
    ("and 17 pickup trucks", "17", 17, A, "count", W, "vehicle", A, R, U, R, U, Dt),
    ("dropped nearly 90 guided aerial bombs", "nearly 90", 90, LE, "count", W, "guided_bomb", "launched", R, U, R, U, Dt),
    # territory
    ("had captured 38 square kilometres", "38", 38, EX, "km2", TER, N, "seized", R, U, U, U, Dt),
    ("including about 12 near Kostiantynivka", "about 12", 12, APX, "km2", TER, N, "seized", R, U, U, U, Dt),
    ("regained about 3 square kilometres", "about 3", 3, APX, "km2", TER, N, A, U, R, U, U, Dt),
    ('"liberated" two villages', "two", 2, EX, "count", TER, N, A, R, U, R, U, Dt),
    ("occupies about 20,800 square kilometres", "about 20,800", 20800, APX, "km2", TER, N, "occupied", R, U, U, U, Dt),
])
any_(d, [
    ("A further 300 people, it added", "300"),
    ("repelled 47 Russian assaults", "47"),
    ("close to 79% of it", "close to 79%"),
    ("runs between 8 and 10 kilometres", "between 8 and 10"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "h25")
