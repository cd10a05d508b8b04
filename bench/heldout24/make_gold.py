"""Builds gold.jsonl for heldout24 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout24.make_gold

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
# ---------------------------------------------------------------- g01 Commons Defence Committee
d = "g01_commons_defence_committee_interceptors.txt"
# A parliamentary news site's write-up of a House of Commons Defence Committee hearing on air
# defence. Ukraine's deputy defence minister Hnatiuk-Rowe ("he told MPs" at the end, "Mr
# Hnatiuk-Rowe said" mid-sentence, "he added", "he argued", "according to figures he shared")
# speaks for Ukraine; the armed forces minister Ashdown-Reeve ("she said"), the Ministry of Defence
# memorandum, Air Vice-Marshal Trewhella (reported speech with the speaker at the end: "..., said
# Trewhella") and the committee's chair speak for the United Kingdom. The lead ("the committee
# heard") names no witness: claimant_side open. Russia's January totals (more than 6,000 drones, 183
# missiles: list, qualifier open) are launched against Ukraine nationwide (region None); 5,460 drones
# and 144 missiles shot down or suppressed (actor Ukraine). "Of the 39 missiles that got through"
# is required with action open (heldout22's "got through"); "23 were ballistic" is a subset by kind
# (optional), as are "nearly 90 Patriot interceptors" and "three of them Patriot launchers" (weapon
# models are not scored). Decided anew: interceptor missiles fired by Ukraine ("about 1,900
# surface-to-air missiles") are weapons with weapon_type open (missile or air_defense), action
# launched ("fired"), actor Ukraine, target Russia; deliveries and shipments to Ukraine (partners'
# "fewer than 700", Britain's "more than 5,000" LMM missiles and 12,000 Octopus drones) are weapons
# with action open (not "sent" against a target), actor the supplier (United Kingdom; partners:
# open), target open, country and region open; production rates (Ukraine's "about 1,200" and
# earlier 150 interceptor drones a day, Russia's "almost 2,900" Geran drones a month at Alabuga,
# Tatarstan: region open; the chair's "Three hundred" Patriot missiles a year in Europe) are weapons
# with action open, actor the producer where a side. The future "further 1,800" missiles are a
# pledge (optional). Money: £4.5 billion committed (economic, unit open: pounds; actor open as
# heldout22's money), "£1.6 billion of it for air defence" a subset by purpose (optional); Moscow's
# "estimated $2.3 billion" and "about $700 million" spent shooting drones down (usd, approximate).
# Russian losses "about 1,100 killed and wounded a day" and "roughly 34,000 over the month" (a
# different measure, required): casualties, action open, actor open, target Russia, country and
# region open (heldout22's General Staff losses). Debatable: "41%" (share), "80%" of the allocation
# (share), "barely a third". Non-claims: PAC-3, KN-23, Iskander-M, "2026-27" (a financial year),
# dates, "a bigger problem", and the furniture (the Most read links' 12 MPs, 2027 and 45-minute,
# 7am, 28,000 readers, the postal address).
rows(d, [
    ("MPs told Russia fired more than 6,000 drones", "more than 6,000", 6000, GE, "count", W, "drone", "launched", R, U, A, U, N, True),  # headline
    ("launched more than 6,000 attack and decoy drones", "more than 6,000", 6000, GE, "count", W, "drone", "launched", R, U, A, U, N),
    ("and 183 missiles at Ukraine in January", "183", 183, A, "count", W, "missile", "launched", R, U, A, U, N),
    ("shot down or suppressed 5,460 of the drones", "5,460", 5460, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and 144 of the missiles", "144", 144, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Of the 39 missiles that got through", "39", 39, EX, "count", W, "missile", A, R, U, U, U, N),
    ("23 were ballistic Iskander-M", "23", 23, EX, "count", W, "missile", A, R, U, U, U, N, True),  # subset by kind
    ("fired about 1,900 surface-to-air missiles", "about 1,900", 1900, APX, "count", W, A, "launched", U, R, U, U, N),
    ("including nearly 90 Patriot interceptors", "nearly 90", 90, LE, "count", W, A, "launched", U, R, U, U, N, True),  # subset by kind
    ("came to fewer than 700", "fewer than 700", 700, LE, "count", W, A, A, A, A, U, A, A),
    ("destroyed 14 Ukrainian air-defence launchers", "14", 14, EX, "count", W, "air_defense", "destroyed", R, U, U, U, N),
    ("three of them Patriot launchers", "three", 3, EX, "count", W, "air_defense", "destroyed", R, U, U, U, N, True),  # subset by kind
    ("about 1,200 interceptor drones a day", "about 1,200", 1200, APX, "count", W, "drone", A, U, A, U, U, N),
    ("up from 150 a day last summer", "150", 150, EX, "count", W, "drone", A, U, A, U, U, N),
    ("delivered more than 5,000 Lightweight Multirole Missiles", "more than 5,000", 5000, GE, "count", W, "missile", A, UK, A, UK, A, A),
    ("a further 1,800 would arrive", "1,800", 1800, EX, "count", W, "missile", A, UK, A, UK, A, A, True),  # future delivery
    ("12,000 drones had been shipped", "12,000", 12000, EX, "count", W, "drone", A, UK, A, UK, A, A),
    ("committed £4.5 billion in military support", "£4.5 billion", 4500000000, EX, A, ECO, N, A, A, A, UK, A, A),
    ("£1.6 billion of it for air defence", "£1.6 billion", 1600000000, EX, A, ECO, N, A, A, A, UK, A, A, True),  # subset by purpose
    ("producing almost 2,900 Geran drones a month", "almost 2,900", 2900, LE, "count", W, "drone", A, R, A, UK, R, A),
    ("about 1,100 killed and wounded a day", "about 1,100", 1100, APX, "count", CAS, N, A, A, R, UK, A, A),
    ("or roughly 34,000 over the month", "roughly 34,000", 34000, APX, "count", CAS, N, A, A, R, UK, A, A),
    ("cost Moscow an estimated $2.3 billion", "$2.3 billion", 2300000000, APX, "usd", ECO, N, A, A, A, UK, A, A),
    ("against about $700 million spent", "about $700 million", 700000000, APX, "usd", ECO, N, A, A, A, UK, A, A),
    ("Three hundred Patriot missiles a year", "Three hundred", 300, EX, "count", W, "missile", A, A, A, UK, A, A),
])
any_(d, [
    ("accounted for 41% of the Shahed-type drones", "41%"),
    ("the minister said 80% of this year's allocation", "80%"),
    ('producing "barely a third" of the interceptors', "a third"),
])

# ---------------------------------------------------------------- g02 open-source loss tally
d = "g02_open_source_equipment_loss_tally.txt"
# A defence-data site on the visually confirmed equipment losses counted by Tallyhouse, a
# volunteer open-source project (Oryx-style), with a plain-text table by category for Russia and
# Ukraine. Tallyhouse and its founder Lindqvist-Adeyemi are not sides (claimant_side open);
# Ukraine's General Staff speaks for Ukraine, Russia's Defence Ministry for Russia. Cumulative
# totals since February 2022 span the front and airbases in Russia: country and region open.
# Decided anew: "losses" (lost, added to the list: destroyed, damaged, abandoned or captured) have
# action open, actor open and target the side that lost the equipment (heldout22's General Staff
# losses); the status breakdowns are required because they change the action or actor: "3,105 were
# destroyed" (destroyed, actor open), "589 captured by Ukrainian forces" and "captured 198 of them"
# (action open, actor the captor). Infantry fighting vehicles are armored_vehicle, self-propelled
# and towed artillery artillery, rocket launchers mlrs, "pieces of equipment"/"items"/"All
# categories" weapon_type open. "at least 24,907" keeps its qualifier; "8,916 items" has none. The
# table is labelled cell by cell (exact); the Tanks row restates the text's 4,312 and 1,164 and the
# All categories row the lead (optional); "Of the 163 Russian combat aircraft" restates the table
# (optional). Aircraft destroyed on the ground "by Ukrainian drones and missiles" (actor Ukraine):
# 41 in all (country open: Russia and Crimea), the breakdown by place "12 at Saky and Belbek in
# Crimea" (region Crimea, country open) and "nine at Engels in the Saratov region" (country Russia)
# required. The General Staff's 11,480 Russian tanks (losses: action open) and the ministry's
# 26,930 Ukrainian "tanks and other armoured combat vehicles" destroyed (actor Russia, weapon_type
# open). January: 87 Russian tanks and 31 IFVs (list), "more than 300 tanks a month" in 2023
# (Russian, at_least); Ukraine's 19 tanks and the breakdown by weapon "11 of them to Russian
# first-person-view drones" (actor Russia) required. Debatable: "three founders", "roughly 2.8 to
# 1" (a ratio: both numbers), "dozens of jets", "about 70%" and "under 10%" (shares), "10 or 15
# kilometres behind the line" (a distance). Non-claims: dates and years, "two years ago", "for an
# hour at a time", T-64s, T-72s, Leopard 2, T-90M, Abrams, and the furniture (the Related links'
# 5 tank models and episode 112, 14,200 subscribers).
rows(d, [
    ("tank losses pass 4,300", "4,300", 4300, GE, "count", W, "tank", A, A, R, A, A, A, True),  # headline
    ("count nears 25,000 items", "25,000", 25000, LE, "count", W, A, A, A, R, A, A, A, True),  # headline
    ("lost at least 24,907 pieces", "at least 24,907", 24907, GE, "count", W, A, A, A, R, A, A, A),
    ("stand at 8,916 items", "8,916", 8916, EX, "count", W, A, A, A, U, A, A, A),
    ("recorded 4,312 Russian main battle tanks", "4,312", 4312, EX, "count", W, "tank", A, A, R, A, A, A),
    ("of which 3,105 were destroyed", "3,105", 3105, EX, "count", W, "tank", "destroyed", A, R, A, A, A),
    ("and 589 captured by Ukrainian forces", "589", 589, EX, "count", W, "tank", A, U, R, A, A, A),
    ("Ukraine has lost 1,164 tanks", "1,164", 1164, EX, "count", W, "tank", A, A, U, A, A, A),
    ("have captured 198 of them", "198", 198, EX, "count", W, "tank", A, R, U, A, A, A),
    # the table: Russia, then Ukraine
    ("Tanks                            4,312", "4,312", 4312, EX, "count", W, "tank", A, A, R, A, A, A, True),  # restates
    ("4,312     1,164", "1,164", 1164, EX, "count", W, "tank", A, A, U, A, A, A, True),  # restates
    ("Infantry fighting vehicles       6,874", "6,874", 6874, EX, "count", W, "armored_vehicle", A, A, R, A, A, A),
    ("6,874     1,527", "1,527", 1527, EX, "count", W, "armored_vehicle", A, A, U, A, A, A),
    ("Self-propelled artillery           969", "969", 969, EX, "count", W, "artillery", A, A, R, A, A, A),
    ("969       306", "306", 306, EX, "count", W, "artillery", A, A, U, A, A, A),
    ("Towed artillery                    688", "688", 688, EX, "count", W, "artillery", A, A, R, A, A, A),
    ("688       243", "243", 243, EX, "count", W, "artillery", A, A, U, A, A, A),
    ("Multiple rocket launchers          522", "522", 522, EX, "count", W, "mlrs", A, A, R, A, A, A),
    ("522       147", "147", 147, EX, "count", W, "mlrs", A, A, U, A, A, A),
    ("Combat aircraft                    163", "163", 163, EX, "count", W, "aircraft", A, A, R, A, A, A),
    ("163       112", "112", 112, EX, "count", W, "aircraft", A, A, U, A, A, A),
    ("Helicopters                        161", "161", 161, EX, "count", W, "helicopter", A, A, R, A, A, A),
    ("161        58", "58", 58, EX, "count", W, "helicopter", A, A, U, A, A, A),
    ("All categories                  24,907", "24,907", 24907, EX, "count", W, A, A, A, R, A, A, A, True),  # restates the lead
    ("24,907     8,916", "8,916", 8916, EX, "count", W, A, A, A, U, A, A, A, True),  # restates the lead
    # aircraft on the ground
    ("Of the 163 Russian combat aircraft", "163", 163, EX, "count", W, "aircraft", A, A, R, A, A, A, True),  # restates
    ("41 were destroyed on the ground", "41", 41, EX, "count", W, "aircraft", "destroyed", U, R, A, A, A),
    ("including 12 at Saky and Belbek", "12", 12, EX, "count", W, "aircraft", "destroyed", U, R, A, A, "Crimea"),
    ("nine at Engels in the Saratov region", "nine", 9, EX, "count", W, "aircraft", "destroyed", U, R, A, R, "Saratov"),
    # official claims
    ("puts Russian tank losses at 11,480", "11,480", 11480, EX, "count", W, "tank", A, A, R, U, A, A),
    ("it has destroyed 26,930 Ukrainian", "26,930", 26930, EX, "count", W, A, "destroyed", R, U, R, A, A),
    # January
    ("added 87 Russian tanks", "87", 87, EX, "count", W, "tank", A, A, R, A, A, A),
    ("and 31 infantry fighting vehicles to its list", "31", 31, EX, "count", W, "armored_vehicle", A, A, R, A, A, A),
    ("more than 300 tanks a month in early 2023", "more than 300", 300, GE, "count", W, "tank", A, A, R, A, A, A),
    ("Ukraine lost 19 tanks in the same month", "19", 19, EX, "count", W, "tank", A, A, U, A, A, A),
    ("11 of them to Russian first-person-view drones", "11", 11, EX, "count", W, "tank", A, R, U, A, A, A),
])
any_(d, [
    ("one of the project's three founders", "three"),
    ("roughly 2.8 to 1", "roughly 2.8"),
    ("2.8 to 1, close", "1"),
    ("include dozens of jets", "dozens"),
    ("about 70% of the Russian armour losses", "about 70%"),
    ("up from under 10%", "under 10%"),
    ("10 or 15 kilometres behind the line", "10 or 15"),
])

# ---------------------------------------------------------------- g03 Russian MoD daily dispatch
d = "g03_russian_mod_daily_dispatch.txt"
# The English service of a Russian state agency (ROSVESTI, TASS-style, translated from Russian)
# relaying the Defence Ministry's daily summary, with a Ukrainian rebuttal paragraph. The ministry
# ("the ministry said", "it said", "according to the ministry", "in a separate statement"), Colonel
# Lyskov of the Yug group, the Federal Air Transport Agency and Belgorod's regional operational
# headquarters ("It said") speak for Russia; the General Staff, the Air Force, the Khortytsia
# spokesman and DeepState for Ukraine. Sentences without their own attribution (Yug's depots,
# Tsentr's losses) have claimant_side open. Russian spellings: "Kharkov"/Kamenka/Kupyansk Kharkiv,
# the DPR, Krasnoarmeysk, Dimitrov and Konstantinovka Donetsk, "Zaporozhye" Zaporizhzhia. The
# lead's three settlements "liberated" (territory, action open as heldout22) and "up to 1,345"
# servicemen span the front (region open); the headline restates both (optional). Per-group losses
# (heldout22): servicemen keep "up to" (casualties, action open, actor Russia, target Ukraine), the
# unqualified items of each list qualifier open ("one tank" is a number word); motor vehicles are
# vehicle, "armoured combat vehicles" armored_vehicle. The two ammunition depots "also destroyed"
# (category open, weapon_type None as heldout22's depots; actor Russia: the ministry's own strike
# claim; claimant_side open). Lyskov's "up to 1.5 thousand" over a week (1500, Donetsk). "up to 160,
# up to 190 and up to 75 ... respectively" gives each group its own figure (Sever, Vostok and Dnepr
# zones span regions: region open). Air defence over the day (five guided bombs, two HIMARS rockets:
# weapon_type open, 211 drones) is shot_down, country and region open; the overnight 94 drones over
# Russian regions (country Russia, region open) with the breakdown by place required (41 Bryansk, 22
# Kursk, 17 Belgorod, eight Moscow); "including five flying towards Moscow" stays within the Moscow
# region (optional). Two Moscow airports restricted: optional as the seeds' airports. Belgorod:
# two killed, 11 injured by "Ukrainian drone attacks" (actor Ukraine, target Russia), 36 drones
# "attacked" (launched), 14 private houses (infrastructure) and 19 cars (category open) damaged.
# Rebuttal: the General Staff's 1,080 Russian losses (actor open, target Russia, country and region
# open as heldout22); the Air Force's 128 drones and three Iskander-M launched nationwide (region
# None); DeepState's "about 1.2 kilometres" advance near Kamenka (territory, km, action open, target
# open as the seeds' "intrusion"). Debatable: "14 counterattacks", "147 areas", "163 Russian
# attacks" (incident counts). Non-claims: "24 hours", "over the day", M109, Leopard, HIMARS,
# Iskander-M, dates, and the furniture (1.2 million Telegram subscribers, the registration
# certificate, "18+").
Kh, D = "Kharkiv", "Donetsk"
rows(d, [
    ("liberate three settlements, Ukrainian army", "three", 3, EX, "count", TER, N, A, R, U, R, U, A, True),  # headline
    ("loses up to 1,345 servicemen in 24 hours", "up to 1,345", 1345, LE, "count", CAS, N, A, R, U, R, U, A, True),  # headline
    ("have liberated three settlements", "three", 3, EX, "count", TER, N, A, R, U, R, U, A),
    ("lost up to 1,345 servicemen over the day", "up to 1,345", 1345, LE, "count", CAS, N, A, R, U, R, U, A),
    # Zapad (Kharkiv)
    ("amounted to up to 230 servicemen", "up to 230", 230, LE, "count", CAS, N, A, R, U, R, U, Kh),
    ("one tank, three armoured", "one", 1, A, "count", W, "tank", A, R, U, R, U, Kh),
    ("three armoured combat vehicles, 11", "three", 3, A, "count", W, "armored_vehicle", A, R, U, R, U, Kh),
    ("11 motor vehicles and two field", "11", 11, A, "count", W, "vehicle", A, R, U, R, U, Kh),
    ("and two field artillery guns", "two", 2, A, "count", W, "artillery", A, R, U, R, U, Kh),
    # Yug (Donetsk)
    ("lost up to 270 servicemen", "up to 270", 270, LE, "count", CAS, N, A, R, U, R, U, D),
    ("four armoured combat vehicles and nine", "four", 4, A, "count", W, "armored_vehicle", A, R, U, R, U, D),
    ("and nine motor vehicles", "nine", 9, A, "count", W, "vehicle", A, R, U, R, U, D),
    ("two ammunition depots were also destroyed", "two", 2, EX, "count", A, N, "destroyed", R, U, A, U, D),
    ("had reached up to 1.5 thousand servicemen", "up to 1.5 thousand", 1500, LE, "count", CAS, N, A, R, U, R, U, D),
    # Tsentr (Donetsk)
    ("The enemy lost up to 420 servicemen", "up to 420", 420, LE, "count", CAS, N, A, R, U, A, U, D),
    ("two tanks, including a German-made", "two", 2, A, "count", W, "tank", A, R, U, A, U, D),
    ("and 17 motor vehicles", "17", 17, A, "count", W, "vehicle", A, R, U, A, U, D),
    # Sever, Vostok, Dnepr
    ("amounted to up to 160, up to 190", "up to 160", 160, LE, "count", CAS, N, A, R, U, R, U, A),
    ("up to 190 and up to 75", "up to 190", 190, LE, "count", CAS, N, A, R, U, R, U, A),
    ("and up to 75 servicemen respectively", "up to 75", 75, LE, "count", CAS, N, A, R, U, R, U, A),
    # air defence
    ("shot down five guided aerial bombs", "five", 5, EX, "count", W, "guided_bomb", "shot_down", R, U, R, A, A),
    ("and two HIMARS rockets", "two", 2, EX, "count", W, A, "shot_down", R, U, R, A, A),
    ("as well as 211 fixed-wing", "211", 211, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("intercepted and destroyed 94 Ukrainian", "94", 94, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("41 drones were intercepted over the Bryansk region", "41", 41, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("22 over the Kursk region", "22", 22, EX, "count", W, "drone", "shot_down", R, U, R, R, "Kursk"),
    ("17 over the Belgorod region", "17", 17, EX, "count", W, "drone", "shot_down", R, U, R, R, "Belgorod"),
    ("and eight over the Moscow region", "eight", 8, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("including five flying towards Moscow", "five", 5, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow", True),  # subset
    ("at two Moscow airports", "two", 2, A, "count", INF, N, A, A, A, R, R, "Moscow", True),  # as the seeds' airports
    # Belgorod
    ("killed two civilians and injured 11", "two", 2, EX, "count", CAS, N, "killed", U, R, R, R, "Belgorod"),
    ("and injured 11 over the past day", "11", 11, EX, "count", CAS, N, "injured", U, R, R, R, "Belgorod"),
    ("It said 36 drones had attacked", "36", 36, EX, "count", W, "drone", "launched", U, R, R, R, "Belgorod"),
    ("14 private houses and 19 cars", "14", 14, EX, "count", INF, N, A, U, R, R, R, "Belgorod"),
    ("and 19 cars had been damaged", "19", 19, EX, "count", A, A, A, U, R, R, R, "Belgorod"),
    # the Ukrainian side
    ("amounted to 1,080 servicemen", "1,080", 1080, EX, "count", CAS, N, A, A, R, U, A, A),
    ("launched 128 attack drones", "128", 128, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and three Iskander-M missiles", "three", 3, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("advanced about 1.2 kilometres", "about 1.2", 1.2, APX, "km", TER, N, A, R, A, U, U, Kh),
])
any_(d, [
    ("repelled 14 counterattacks", "14"),
    ("in 147 areas", "147"),
    ("repelled 163 Russian attacks", "163"),
])

# ---------------------------------------------------------------- g04 power grid strike
d = "g04_power_grid_strike_outages.txt"
# An English-language Kyiv outlet on a massed Russian missile and drone strike on power plants,
# with a bulleted list of households without power by region, repair timelines and European aid.
# The Air Force ("the Air Force said", "it said"), Ukrenergo and its chief dispatcher
# (reported speech with the speaker at the end), the Kharkiv regional military administration, the
# regional military administrations (the list), the Energy Ministry ("it said") and the market
# operator speak for Ukraine; the European Commission, Germany and the Energy Community's Ukraine
# Energy Support Fund are not sides (claimant_side open). Launched and shot down are nationwide
# (region None); "Eleven missiles and 26 drones struck" four regions (action open as heldout22's
# "got through", region open). Power plants hit are infrastructure with action open; "four large
# power plants had been hit" and "The attack knocked out about 2,300 megawatts" name no attacker
# (actor open, as heldout22's "The strike cut heat"). Decided anew: generating capacity lost
# (megawatts, gigawatts: unit open) is infrastructure, action open, region None. Households without
# power follow heldout22's people without heat: required with category and action open; the lead's
# "leaving more than 1.1 million households" has actor Russia (the lead's subject), the list's items
# actor open, each with its region; "including 190,000 in the city of Kharkiv" is a breakdown by
# place (required). Three workers killed and nine injured "in the Russian strike" (actor Russia,
# Kharkiv). The Energy Ministry's "more than 1,100 missiles and 9,400 drones" since October (list:
# 9,400 qualifier open) and "about 9 gigawatts" lost since 2022. The day-ahead price's 18% rise is
# an economic percentage (the price itself, 7,800 hryvnias per megawatt-hour, is not labelled).
# Money (euros: unit open): the Commission's €650 million announced and the Fund's €1.46 billion
# paid in are required; "including €200 million" (subset by purpose) and Germany's pledged €170
# million are optional. The headline restates four plants, 61 and 1.1 million (optional).
# Debatable: "roughly a fifth" (share), "16 regions", "11 massed attacks" (incident count).
# Non-claims: times (19:04, 18:00, 8:00), "within 48 hours", "at least three months" and "up to 12
# hours a day" (durations), "within weeks", "64-year-old", "third and fourth time", "14th floor",
# dates and years, and the furniture (the air-raid banner, the Most read links' 10 ways, 3
# gigawatts and 240 heating points, $4 a month).
Zp = "Zaporizhzhia"
rows(d, [
    ("hits four power plants with 61 missiles", "four", 4, EX, "count", INF, N, A, R, U, A, U, A, True),  # headline
    ("with 61 missiles; 1.1 million", "61", 61, EX, "count", W, "missile", "launched", R, U, A, U, N, True),  # headline
    ("missiles; 1.1 million households", "1.1 million", 1100000, EX, "count", A, N, A, R, U, A, U, N, True),  # headline
    ("Russia launched 61 missiles and about 470 drones", "61", 61, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("and about 470 drones at Ukraine", "about 470", 470, APX, "count", W, "drone", "launched", R, U, U, U, N),
    ("leaving more than 1.1 million households", "more than 1.1 million", 1100000, GE, "count", A, N, A, R, U, U, U, N),
    ("shot down 44 missiles and 402 drones", "44", 44, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("and 402 drones, the Air Force said", "402", 402, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("Eleven missiles and 26 drones struck", "Eleven", 11, EX, "count", W, "missile", A, R, U, U, U, A),
    ("and 26 drones struck energy facilities", "26", 26, EX, "count", W, "drone", A, R, U, U, U, A),
    ("said four large power plants had been hit", "four", 4, EX, "count", INF, N, A, A, U, U, U, A),
    ("knocked out about 2,300 megawatts", "about 2,300", 2300, APX, A, INF, N, A, A, U, U, U, N),
    ("three energy workers were killed", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, Kh),
    ("and nine injured in the Russian strike", "nine", 9, EX, "count", CAS, N, "injured", R, U, U, U, Kh),
    # households without power
    ("• Kyiv region: 312,000", "312,000", 312000, EX, "count", A, N, A, A, U, U, U, "Kyiv"),
    ("• Kharkiv region: about 280,000", "about 280,000", 280000, APX, "count", A, N, A, A, U, U, U, Kh),
    ("including 190,000 in the city of Kharkiv", "190,000", 190000, EX, "count", A, N, A, A, U, U, U, Kh),
    ("• Dnipropetrovsk region: 236,000", "236,000", 236000, EX, "count", A, N, A, A, U, U, U, "Dnipropetrovsk"),
    ("• Lviv region: 96,000", "96,000", 96000, EX, "count", A, N, A, A, U, U, U, "Lviv"),
    ("• Zaporizhzhia region: more than 130,000", "more than 130,000", 130000, GE, "count", A, N, A, A, U, U, U, Zp),
    ("• Odesa region: 57,000", "57,000", 57000, EX, "count", A, N, A, A, U, U, U, "Odesa"),
    # since October
    ("firing more than 1,100 missiles", "more than 1,100", 1100, GE, "count", W, "missile", "launched", R, U, U, U, N),
    ("and 9,400 drones at power plants", "9,400", 9400, A, "count", W, "drone", "launched", R, U, U, U, N),
    ("lost about 9 gigawatts", "about 9", 9, APX, A, INF, N, A, A, U, U, U, N),
    ("rose 18% to 7,800", "18%", 18, EX, "percent", ECO, N, A, A, A, U, U, N),
    # aid
    ("announced €650 million", "€650 million", 650000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("including €200 million for mobile", "€200 million", 200000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # subset by purpose
    ("pledged a further €170 million", "€170 million", 170000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # pledge
    ("paid in €1.46 billion since 2022", "€1.46 billion", 1460000000, EX, A, ECO, N, A, A, A, A, A, A),
])
any_(d, [
    ("roughly a fifth of what the system", "roughly a fifth"),
    ("apply in 16 regions", "16"),
    ("carried out 11 massed attacks", "11"),
])

# ---------------------------------------------------------------- g05 refugees and displacement
d = "g05_refugees_displacement_statistics.txt"
# A humanitarian news site on UNHCR and IOM displacement statistics, with a table of host
# countries. UNHCR, IOM ("the UN's migration agency"), its chief of mission ("she said"), UNHCR's
# coordinator and the UN's Financial Tracking Service speak for the United Nations; Ukraine's
# Ministry for Development of Communities (which "told IOM") for Ukraine; Belgorod's regional
# government for Russia; Poland's government and Eurostat are not sides (claimant_side open); the
# sentence "Germany and Poland together host ..." has no attribution (open). Decided anew: refugees
# recorded abroad, internally displaced people, returnees and people still in temporary
# accommodation are displacement with action open (only "evacuated" is evacuated), actor and
# target open (as the seeds' evacuees); country is where they are: the United Kingdom row has
# country United Kingdom, the other host countries (not in the vocabulary) country open with
# region None; "across Europe", the EU and two countries have country and region open; the Russian
# Federation row country Russia. IDPs (3.6 million, the year-earlier 3.7 million, "Some 86,000" in
# collective centres) are Ukraine-wide (region None); the breakdown by place "about 510,000" in
# Dnipropetrovsk and "around 390,000" in Kharkiv required. Evacuations "about 148,000" from
# frontline areas (region open); "including 21,000 children" optional. Returns: "An estimated 4.4
# million" (approximate); "about 1.1 million who came back from abroad" a subset (optional).
# Money: Poland's spending "fell 22%" (economic percent) to 7.9 billion zlotys (unit open); the
# UN's appeals ($2.6 billion, $690 million) are needs (optional, as heldout22's); "$214 million"
# provided required. Headline restates "Nearly 5.9 million" (optional); "Of the 3.6 million"
# restates (optional). Debatable: "millions", "97 settlements", "1,700 collective centres", survey
# shares 58%, 7%, 14%, "4.8 million people" to help (people in need), "11 host countries", "about
# 6.5%" (share). Non-claims: "nearly five years", dates and years ("March 2028"), "12 months", and
# the furniture (the Related links' 12 million displaced in Sudan, 3 numbers and 2027, the
# copyright line).
rows(d, [
    ("Nearly 5.9 million Ukrainian refugees remain", "Nearly 5.9 million", 5900000, LE, "count", DIS, N, A, A, A, A, A, A, True),  # headline
    ("About 5.9 million refugees from Ukraine", "About 5.9 million", 5900000, APX, "count", DIS, N, A, A, A, UN, A, A),
    ("3.6 million people remain internally displaced", "3.6 million", 3600000, EX, "count", DIS, N, A, A, A, UN, U, N),
    # the table
    ("Germany                       1,231,400", "1,231,400", 1231400, EX, "count", DIS, N, A, A, A, UN, A, N),
    ("Poland                          984,600", "984,600", 984600, EX, "count", DIS, N, A, A, A, UN, A, N),
    ("Czech Republic                  388,200", "388,200", 388200, EX, "count", DIS, N, A, A, A, UN, A, N),
    ("United Kingdom                  254,000", "254,000", 254000, EX, "count", DIS, N, A, A, A, UN, UK, N),
    ("Spain                           236,500", "236,500", 236500, EX, "count", DIS, N, A, A, A, UN, A, N),
    ("Italy                           171,300", "171,300", 171300, EX, "count", DIS, N, A, A, A, UN, A, N),
    ("Slovakia                        134,900", "134,900", 134900, EX, "count", DIS, N, A, A, A, UN, A, N),
    ("Moldova                         128,700", "128,700", 128700, EX, "count", DIS, N, A, A, A, UN, A, N),
    # Europe and Russia
    ("host almost 2.2 million of them", "almost 2.2 million", 2200000, LE, "count", DIS, N, A, A, A, A, A, A),
    ("fell 22% in 2026", "22%", 22, EX, "percent", ECO, N, A, A, A, A, A, N),
    ("to 7.9 billion zlotys", "7.9 billion", 7900000000, EX, A, ECO, N, A, A, A, A, A, N),
    ("4.31 million people from Ukraine held", "4.31 million", 4310000, EX, "count", DIS, N, A, A, A, A, A, A),
    ("about 1.2 million people from Ukraine recorded", "about 1.2 million", 1200000, APX, "count", DIS, N, A, A, A, UN, R, N),
    ("said 9,400 residents", "9,400", 9400, EX, "count", DIS, N, A, A, A, R, R, "Belgorod"),
    # internal displacement
    ("Of the 3.6 million internally displaced", "3.6 million", 3600000, EX, "count", DIS, N, A, A, A, UN, U, N, True),  # restates
    ("about 510,000 live in the Dnipropetrovsk region", "about 510,000", 510000, APX, "count", DIS, N, A, A, A, UN, U, "Dnipropetrovsk"),
    ("around 390,000 in the Kharkiv region", "around 390,000", 390000, APX, "count", DIS, N, A, A, A, UN, U, Kh),
    ("down from 3.7 million a year ago", "3.7 million", 3700000, EX, "count", DIS, N, A, A, A, UN, U, N),
    ("evacuated about 148,000 people", "about 148,000", 148000, APX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("including 21,000 children", "21,000", 21000, EX, "count", DIS, N, "evacuated", A, A, U, U, A, True),  # subset
    ("Some 86,000 displaced people", "Some 86,000", 86000, APX, "count", DIS, N, A, A, A, UN, U, N),
    # returns
    ("An estimated 4.4 million people have returned", "4.4 million", 4400000, APX, "count", DIS, N, A, A, A, UN, U, N),
    ("including about 1.1 million who came back", "about 1.1 million", 1100000, APX, "count", DIS, N, A, A, A, UN, U, N, True),  # subset
    # money
    ("appealing for $2.6 billion", "$2.6 billion", 2600000000, EX, "usd", ECO, N, A, A, A, UN, U, N, True),  # a need
    ("a further $690 million", "$690 million", 690000000, EX, "usd", ECO, N, A, A, A, UN, A, A, True),  # a need
    ("donors had provided $214 million", "$214 million", 214000000, EX, "usd", ECO, N, A, A, A, UN, A, A),
])
any_(d, [
    ("drove millions from their homes", "millions"),
    ("from 97 settlements", "97"),
    ("in 1,700 collective centres", "1,700"),
    ("58% of refugees said", "58%"),
    ("only 7% planned", "7%"),
    ("down from 14% a year earlier", "14%"),
    ("to help 4.8 million people", "4.8 million"),
    ("in 11 host countries", "11"),
    ("or about 6.5% of the combined appeal", "about 6.5%"),
])

# ---------------------------------------------------------------- g06 Kupiansk siege feature
d = "g06_kupiansk_siege_feature.txt"
# A long-form magazine feature from besieged Kupiansk (country Ukraine, region Kharkiv throughout).
# Major Hordiienko-Vale ("he said", "Hordiienko-Vale said" at the end, "he added", "he
# acknowledged"), the brigade's count, DeepState, the town's military administration and its head
# Kravets-Dunn (reported speech with the speaker at the end), the regional prosecutor's office and
# the surgeon "Chaika" speak for Ukraine; the Russian milblogger "Starshina Z" ("wrote", "He also
# admitted") for Russia; "Last week a dozen residents ..." has no attribution (open). Glide bombs
# "drop" and "fell" are launched (heldout22's "dropped"), actor Russia; "including 16 of the heavy
# FAB-1500 type" is a subset by kind (optional). The brigade's 47 armoured vehicles and 130
# motorcycles and buggies (vehicle) destroyed, 380 killed and "about 560" wounded (actor Ukraine,
# target Russia). A range is one claim: "Between 30 and 40" Russian soldiers infiltrating nightly is
# required as one row (personnel, value and qualifier open, action open, actor Russia). Territory
# follows the seeds (target open): "about 3 kilometres" pushed (action open) and DeepState's "about
# 9 square kilometres" controlled (actor Russia); the milblogger's "more than 70%" of the town
# controlled is territory in percent (required), his "no more than 800" men of the Ukrainian
# garrison personnel (actor Ukraine, action open), his "about 150" men lost casualties (target
# Russia, actor open: "to drones and mines"). Evacuations: "more than 1,300" (taken out =
# evacuated; "including 96 children" optional) and "a dozen residents" (12, evacuated). Civilians:
# 31 killed and 118 wounded by "Russian shelling, drones and bombs" (actor Russia); "two volunteers
# killed" by "an FPV drone" is a subset of the 31 (optional, actor open). The surgeon's 246 wounded
# soldiers treated (casualties, injured, target Ukraine, actor open). The headline restates "up to
# 40" (optional). Debatable: "twos and threes" (group sizes, headline and quote), "20 kilometres"
# of nets, "between 15 and 25" and "about a dozen" assaults (incident counts, one row for the
# range), "About 600 civilians remain" and "27,000 before the full-scale invasion" (heldout22's
# residents remaining; a population), "nearly a third" (share), "about 410,000 subscribers" (a
# channel's audience), the major's hypothetical "70 per cent". Non-claims: the 132nd Brigade,
# FAB-1500, "five-storey", dates and years ("since the autumn of 2024", "In 2023", "November
# 2025"), "twice", "within days", and the furniture (12 min read, £5, 3 free articles, 48 hours).
rows(d, [
    ("drops up to 40 glide bombs a day", "up to 40", 40, LE, "count", W, "guided_bomb", "launched", R, U, A, U, Kh, True),  # headline
    ("drop up to 40 guided aerial bombs a day", "up to 40", 40, LE, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("212 Russian glide bombs fell", "212", 212, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("including 16 of the heavy FAB-1500", "16", 16, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh, True),  # subset by kind
    ("destroyed 47 Russian armoured vehicles", "47", 47, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Kh),
    ("and 130 motorcycles and buggies", "130", 130, EX, "count", W, "vehicle", "destroyed", U, R, U, U, Kh),
    ("killed 380 Russian soldiers", "380", 380, EX, "count", CAS, N, "killed", U, R, U, U, Kh),
    ("and wounded about 560", "about 560", 560, APX, "count", CAS, N, "injured", U, R, U, U, Kh),
    ("Between 30 and 40 Russian soldiers", "Between 30 and 40", A, A, "count", PER, N, A, R, A, U, U, Kh),
    ("pushed about 3 kilometres", "about 3", 3, APX, "km", TER, N, A, R, A, U, U, Kh),
    ("controls about 9 square kilometres", "about 9", 9, APX, "km2", TER, N, "controlled", R, A, U, U, Kh),
    ("taken out more than 1,300 people", "more than 1,300", 1300, GE, "count", DIS, N, "evacuated", A, A, U, U, Kh),
    ("including 96 children", "96", 96, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh, True),  # subset
    ("Last week a dozen residents", "a dozen", 12, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh),
    ("killed 31 civilians and wounded 118", "31", 31, EX, "count", CAS, N, "killed", R, U, U, U, Kh),
    ("and wounded 118 in the Kupiansk community", "118", 118, EX, "count", CAS, N, "injured", R, U, U, U, Kh),
    ("two volunteers killed when an FPV drone", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Kh, True),  # subset
    ("treated 246 wounded soldiers", "246", 246, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ('controlled "more than 70%" of Kupiansk', "more than 70%", 70, GE, "percent", TER, N, "controlled", R, A, R, U, Kh),
    ('numbered "no more than 800 men"', "no more than 800", 800, LE, "count", PER, N, A, U, A, R, U, Kh),
    ('had lost "about 150 men"', "about 150", 150, APX, "count", CAS, N, A, A, R, R, U, Kh),
])
any_(d, [
    ("twos and threes': the siege", "twos"),
    ("threes': the siege", "threes"),
    ("in twos and threes, on foot", "twos"),
    ("threes, on foot", "threes"),
    ("For the last 20 kilometres", "20"),
    ("repelled between 15 and 25 assaults", "between 15 and 25"),
    ("and about a dozen on the day", "about a dozen"),
    ("About 600 civilians remain", "About 600"),
    ("down from 27,000 before", "27,000"),
    ("nearly a third of them with drone injuries", "nearly a third"),
    ("has about 410,000 subscribers", "about 410,000"),
    ("If they held 70 per cent", "70"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "g24")
