"""Builds gold.jsonl for heldout22 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout22.make_gold

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
# ---------------------------------------------------------------- e01 Kyiv Morning briefing
d = "e01_kyiv_morning_briefing.txt"
# A newsletter "morning briefing": short bullet items under FRONT, STRIKES, DIPLOMACY, ECONOMY,
# HUMANITARIAN and NUMBER OF THE DAY, each from a different source. DeepState ("it said"), the
# General Staff ("It put ..."), the Air Force ("it said" mid-sentence), Kiper (reported speech at
# the end of the sentence), Naftogaz ("It expects") speak for Ukraine; Russia's Defence Ministry,
# Gladkov, Peskov ("He added") and Russia's Finance Ministry for Russia; the UN monitoring mission
# for the United Nations; the European Commission and Japan's minister are not sides (claimant_side
# open); the Kharkiv evacuation item has no attribution (claimant_side open). DeepState's 46 and 63
# km2 "captured" are seized across the front (region open, as heldout21's 71 km2); the ministry's
# two villages "taken" are seized (Zaporizhzhia). The General Staff's daily 1,090 losses and the
# cumulative 1,247,310 (killed and wounded: action open, actor open, target Russia, country and
# region open, as heldout21's 8,960); its 41 artillery systems and nine tanks destroyed (actor
# Ukraine, target Russia). The Air Force's 126 drones and four Iskander-M launched, 97 drones and
# "one missile" shot down are nationwide (region None); the headline's "126-drone night" restates
# (optional). Odesa: five injured by "a drone" (no perpetrator: actor open). Russia's ministry: 58
# drones "destroyed" by air defences are shot_down over Russia (region open), the breakdown "23 of
# them over the Bryansk region" required. Gladkov: "a drone" killed one and wounded two (actor open,
# target Russia, Belgorod). Prisoners exchanged (157 each) have no category or action in the
# vocabulary: required with category, action, actor and target open (decided anew). Money: the €3.2
# billion disbursed and the €14.7 billion total are economic (unit open, not sides); Japan's $450
# million is a pledge (optional); Russia's revenues fell 24% (percent) to 612 billion roubles (unit
# open), national (region None); Naftogaz's 1.9 billion m3 imported (economic, m3) and the "about 1
# billion more" it needs (optional). UN: "at least 164" killed and 812 injured (list: 812 qualifier
# open; actor and target open as the seeds' UN figure; region None). The 236 evacuated (Kharkiv,
# actor open); "41 of them children" subset (optional). Debatable: "about two-thirds of it", the 187
# combat engagements and "52 of them" (incident counts), the 38 residents rescued, "eight Russian
# regions" (count of places), "nearly 40%" (share). Non-claims: "Briefing No. 734", 06:45, -9°C,
# "two and a half hours", "24 hours", "nine-storey", "12-year-old", "over two years", Iskander-M,
# dates, years and the furniture (143 partners, 5 min read, 61,000 readers, €4 and €40, the Most
# clicked links' 300 drones, 5 charts and "21st", the postal address).
Z, Kh = "Zaporizhzhia", "Kharkiv"
rows(d, [
    ("a 126-drone night", "126", 126, EX, "count", W, "drone", "launched", R, U, A, U, N, True),  # headline
    ("had captured 46 square kilometres", "46", 46, EX, "km2", TER, N, "seized", R, U, U, U, A),
    ("down from 63 the week before", "63", 63, EX, "km2", TER, N, "seized", R, U, U, U, A),
    ("had taken two villages in the Zaporizhzhia region", "two", 2, EX, "count", TER, N, "seized", R, U, R, U, Z),
    ("at 1,090 troops", "1,090", 1090, EX, "count", CAS, N, A, A, R, U, A, A),
    ("destroyed 41 artillery systems", "41", 41, EX, "count", W, "artillery", "destroyed", U, R, U, A, A),
    ("and nine tanks", "nine", 9, EX, "count", W, "tank", "destroyed", U, R, U, A, A),
    ("Russia launched 126 attack drones", "126", 126, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and four Iskander-M ballistic missiles", "four", 4, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down or jammed 97 of the drones", "97", 97, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and one missile, it said", "one", 1, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("injuring five people", "five", 5, EX, "count", CAS, N, "injured", A, U, U, U, "Odesa"),
    ("destroyed 58 Ukrainian drones", "58", 58, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("23 of them over the Bryansk region", "23", 23, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("killing one man", "one", 1, EX, "count", CAS, N, "killed", A, R, R, R, "Belgorod"),
    ("and wounding two", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, "Belgorod"),
    ("exchanged 157 prisoners of war each", "157", 157, EX, "count", A, N, A, A, A, R, A, A),
    ("disbursed €3.2 billion", "€3.2 billion", 3200000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("scheme to €14.7 billion", "€14.7 billion", 14700000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("a further $450 million", "$450 million", 450000000, EX, "usd", ECO, N, A, A, A, A, U, N, True),  # pledge
    ("fell 24% year on year", "24%", 24, EX, "percent", ECO, N, A, A, A, R, R, N),
    ("to 612 billion roubles", "612 billion", 612000000000, EX, A, ECO, N, A, A, A, R, R, N),
    ("imported 1.9 billion cubic metres", "1.9 billion", 1900000000, EX, "m3", ECO, N, A, A, A, U, U, N),
    ("need about 1 billion more", "about 1 billion", 1000000000, APX, "m3", ECO, N, A, A, A, U, U, N, True),  # a need
    ("at least 164 civilians were killed", "at least 164", 164, GE, "count", CAS, N, "killed", A, A, UN, U, N),
    ("and 812 injured", "812", 812, A, "count", CAS, N, "injured", A, A, UN, U, N),
    ("evacuated 236 people", "236", 236, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh),
    ("41 of them children", "41", 41, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh, True),  # subset
    ("1,247,310 — Russian troops", "1,247,310", 1247310, EX, "count", CAS, N, A, A, R, U, A, A),
])
any_(d, [
    ("about two-thirds of it around Kostiantynivka", "about two-thirds"),
    ("counted 187 combat engagements", "187"),
    ("52 of them in the Pokrovsk direction", "52"),
    ("rescued 38 residents", "38"),
    ("over eight Russian regions", "eight"),
    ("caused nearly 40% of the casualties", "nearly 40%"),
])

# ---------------------------------------------------------------- e02 Dnipro heating and water
d = "e02_dnipro_heating_water_strikes.txt"
# A city news site on Russian strikes on two boiler houses and a pumping station in Dnipro (country
# Ukraine, region Dnipropetrovsk). City officials, Filatov ("he said", "Filatov said" mid-sentence),
# the regional military administration ("it said"), the water utility's director Reshetniak ("she
# said"), the heat company's Dzyuba ("he said", "he added"), the city's social services and the
# Energy Ministry ("it said") speak for Ukraine. Boiler houses, apartment blocks, buildings,
# facilities and kilometres of heating mains damaged or cut off are infrastructure with action open
# (heldout21's buildings); the lead's subject ("Russian drones and cruise missiles") gives actor
# Russia for the two boiler houses, the 412 blocks and the 68,000 residents; "The strike cut heat to
# 270 buildings" and the restored 188 name no attacker (actor open; restored: target open). Decided
# anew: people left without heating or water and households without heat (68,000 residents, "nearly
# 140,000 people", "Up to 400,000 households") are the story's subject and are required with
# category and action open (neither casualties nor displacement). Weapons: the 31 Shahed drones and
# three Kh-101 "tracked ... heading for the city" are launched; 24 drones and "all three missiles"
# shot down (actor Ukraine, target Russia); "at least five drones got through" have action open. Two
# employees injured name no perpetrator (actor open); "one of them seriously" is a subset
# (optional). The region's 37 boiler houses, 11 facilities and "more than 12 kilometres" of mains
# (km, at_least) form a list: the unqualified items have qualifier open. Nationwide: "more than
# 1,500 drones and 90 missiles" launched at energy facilities (list: 90 qualifier open) and "Up to
# 400,000 households", region None. Optional: the headline's two boiler houses, "including 11
# schools and kindergartens" (subset), the restated 412 and "roughly 68,000", "about 9,000" among
# them (subset). Debatable: the headline's "tens of thousands", "two of the station's five pumps",
# "about 40% of normal capacity", repair crews and workers (46, about 300), 57 schools, 74 heating
# points and "23 of them", "eight regions". Non-claims: temperatures (-14°C, -11°C, -16°C), times
# (19:20, 21:05, 02:40), "three hours", ages ("71-year-old", "over 70": not an at_least figure), the
# tariff (1,654.18 hryvnias: a price), Shahed, Kh-101, dates, the hotline and the furniture
# (exchange rates, 7 min read, the Read also links' 14 days, 25 boiler units and 1.3 billion
# hryvnias, 63 comments, share counts, 23,000 subscribers, the media ID).
Dn = "Dnipropetrovsk"
rows(d, [
    ("strikes on two boiler houses", "two", 2, EX, "count", INF, N, A, R, U, A, U, Dn, True),  # headline
    ("struck two district boiler houses", "two", 2, EX, "count", INF, N, A, R, U, U, U, Dn),
    ("cutting heating to 412 apartment blocks", "412", 412, EX, "count", INF, N, A, R, U, U, U, Dn),
    ("leaving about 68,000 residents in the cold", "about 68,000", 68000, APX, "count", A, N, A, R, U, U, U, Dn),
    ("tracked 31 Shahed drones", "31", 31, EX, "count", W, "drone", "launched", R, U, U, U, Dn),
    ("and three Kh-101 cruise missiles", "three", 3, EX, "count", W, "missile", "launched", R, U, U, U, Dn),
    ("shot down 24 of the drones", "24", 24, EX, "count", W, "drone", "shot_down", U, R, U, U, Dn),
    ("and all three missiles", "three", 3, EX, "count", W, "missile", "shot_down", U, R, U, U, Dn),
    ("at least five drones got through", "at least five", 5, GE, "count", W, "drone", A, R, U, U, U, Dn),
    ("The strike cut heat to 270 buildings", "270", 270, EX, "count", INF, N, A, A, U, U, U, Dn),
    ("including 11 schools and kindergartens", "11", 11, EX, "count", INF, N, A, A, U, U, U, Dn, True),  # subset
    ("Two employees of the boiler house were injured", "Two", 2, EX, "count", CAS, N, "injured", A, U, U, U, Dn),
    ("one of them seriously", "one", 1, EX, "count", CAS, N, "injured", A, U, U, U, Dn, True),  # subset
    ("nearly 140,000 people", "nearly 140,000", 140000, LE, "count", A, N, A, A, U, U, U, Dn),
    ("restored to 188 of the 412 buildings", "188", 188, EX, "count", INF, N, A, A, A, U, U, Dn),
    ("188 of the 412 buildings", "412", 412, EX, "count", INF, N, A, A, A, U, U, Dn, True),  # restates
    ("Of the roughly 68,000 residents", "roughly 68,000", 68000, APX, "count", A, N, A, A, U, U, U, Dn, True),  # restates
    ("about 9,000 are over 70", "about 9,000", 9000, APX, "count", A, N, A, A, U, U, U, Dn, True),  # subset
    ("damaged 37 boiler houses", "37", 37, A, "count", INF, N, A, R, U, U, U, Dn),
    ("11 water supply and sewerage facilities", "11", 11, A, "count", INF, N, A, R, U, U, U, Dn),
    ("more than 12 kilometres of heating mains", "more than 12", 12, GE, "km", INF, N, A, R, U, U, U, Dn),
    ("launched more than 1,500 drones", "more than 1,500", 1500, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 90 missiles at energy facilities", "90", 90, A, "count", W, "missile", "launched", R, U, U, U, N),
    ("Up to 400,000 households", "Up to 400,000", 400000, LE, "count", A, N, A, A, U, U, U, N),
])
any_(d, [
    ("leave tens of thousands in Dnipro", "tens of thousands"),
    ("two of the station's five pumps", "two"),
    ("two of the station's five pumps", "five"),
    ("give us about 40% of normal capacity", "about 40%"),
    ("said 46 repair crews", "46"),
    ("about 300 workers in all", "about 300"),
    ("affected districts, 57 of them", "57"),
    ("opened 74 heating points", "74"),
    ("23 of them are in the Samarskyi district", "23"),
    ("disrupted this week in eight regions", "eight"),
])

# ---------------------------------------------------------------- e03 Russian MoD weekly summary
d = "e03_russian_mod_weekly_groups_of_forces.txt"
# A monitoring site's translation of a Russian state agency (ROSINFORM) dispatch on the Defence
# Ministry's weekly summary by group of forces. The ministry ("the ministry said", "it said",
# "according to the ministry", "The ministry added") and the pro-Kremlin expert Marochko ("he said")
# speak for Russia; sentences of the dispatch with no attribution of their own (Yug's and Tsentr's
# settlements, Dnepr's losses, the Black Sea Fleet's boats) have claimant_side open, as heldout21's
# convention, although the whole dispatch relays the ministry. Places in Russian spelling map to
# Ukrainian regions: "Kharkov" Kharkiv, the "DPR"/"Donetsk People's Republic" and "Krasnoarmeysk"
# (Pokrovsk) Donetsk, "Zaporozhye" Zaporizhzhia, "Kupyansk" Kharkiv; a group whose zone spans two
# regions (Sever: Sumy and Kharkov; Tsentr: the DPR and Dnepropetrovsk; Dnepr: Kherson and
# Zaporozhye) has region open; the lead's totals span the front (region open). Settlements
# "liberated" (seven in all, Yug's two, Tsentr's three) are territory with action open (seized or
# controlled, as heldout21's "taken control of"). Ukrainian losses per group ("lost", "losses
# amounted to", "reached") are lists: servicemen (casualties, killed and wounded: action open) keep
# their "up to"/"more than"; the unqualified items that follow have qualifier open; all have action
# open, actor Russia, target Ukraine. Motor vehicles are vehicles, field artillery guns artillery,
# armoured combat vehicles armored_vehicle, electronic warfare stations weapons with weapon_type
# open, ammunition depots category open (as heldout21's depots). Subsets "including four US-made
# Bradley" and "including two 155mm M777" are optional. The 47 Ukrainian servicemen who
# "surrendered" are prisoners: required with category and action open, actor Russia (as e01's
# prisoners). The weekly air defence list (23 guided bombs, 11 HIMARS rockets: weapon_type open,
# four Neptune, 1,846 drones) and the overnight 62 drones are shot_down, Russia against Ukraine
# (week: country and region open; the overnight ones over three Russian regions: country Russia,
# region open); the five uncrewed boats destroyed have weapon_type open (heldout21), country open.
# The cumulative list "since the start of the special military operation" has no qualifier (exact),
# action destroyed, actor Russia (the ministry's own tally), country and region open: aircraft,
# helicopters, drones, air defence systems, "tanks and other armored combat vehicles" (weapon_type
# open), MLRS, artillery, special vehicles. Marochko's "up to 2,500 servicemen" moved to Kupyansk
# are Ukrainian personnel deployed (Kharkiv). The headline restates seven and 8,800 (optional).
# Debatable: "four mechanized brigades" (unit count), "154 areas", "one massive strike" and "six
# combined strikes" (incident counts), "around 60%" (share). Non-claims: 14:12, dates, "From January
# 17 to 23", "155mm" (calibre), M777, Bradley, Leopard, Kinzhal, Neptune, HIMARS, "over 45" (an
# age), "less than a month", "two weeks" and the furniture (Week 3, 40,000 a month, $5, 1,870
# supporters, the registration certificate).
D, Zp = "Donetsk", "Zaporizhzhia"
rows(d, [
    ("liberate seven settlements in a week", "seven", 7, EX, "count", TER, N, A, R, U, R, U, A, True),  # headline
    ("Ukrainian losses exceed 8,800", "8,800", 8800, GE, "count", CAS, N, A, R, U, R, U, A, True),  # headline
    ("liberated seven settlements over the past week", "seven", 7, EX, "count", TER, N, A, R, U, R, U, A),
    ("lost more than 8,800 servicemen", "more than 8,800", 8800, GE, "count", CAS, N, A, R, U, R, U, A),
    # Sever (Sumy and Kharkiv regions)
    ("The enemy lost up to 1,185 servicemen", "up to 1,185", 1185, LE, "count", CAS, N, A, R, U, R, U, A),
    ("21 motor vehicles", "21", 21, A, "count", W, "vehicle", A, R, U, R, U, A),
    ("13 field artillery guns", "13", 13, A, "count", W, "artillery", A, R, U, R, U, A),
    ("and five ammunition depots", "five", 5, A, "count", A, N, A, R, U, R, U, A),
    # Zapad (Kharkiv region)
    ("amounted to more than 1,420 servicemen", "more than 1,420", 1420, GE, "count", CAS, N, A, R, U, R, U, Kh),
    ("nine armored combat vehicles", "nine", 9, A, "count", W, "armored_vehicle", A, R, U, R, U, Kh),
    ("including four US-made Bradley", "four", 4, A, "count", W, "armored_vehicle", A, R, U, R, U, Kh, True),  # subset
    ("38 motor vehicles", "38", 38, A, "count", W, "vehicle", A, R, U, R, U, Kh),
    ("and 16 field artillery guns", "16", 16, A, "count", W, "artillery", A, R, U, R, U, Kh),
    # Yug (Donetsk)
    ("liberated two settlements", "two", 2, EX, "count", TER, N, A, R, U, A, U, D),
    ("The enemy lost more than 1,560 servicemen", "more than 1,560", 1560, GE, "count", CAS, N, A, R, U, R, U, D),
    ("three tanks, 27 motor vehicles", "three", 3, A, "count", W, "tank", A, R, U, R, U, D),
    ("27 motor vehicles", "27", 27, A, "count", W, "vehicle", A, R, U, R, U, D),
    ("12 field artillery guns", "12", 12, A, "count", W, "artillery", A, R, U, R, U, D),
    ("including two 155mm M777", "two", 2, A, "count", W, "artillery", A, R, U, R, U, D, True),  # subset
    ("and seven electronic warfare stations", "seven", 7, A, "count", W, A, A, R, U, R, U, D),
    # Tsentr (DPR and Dnipropetrovsk)
    ("Units of the Tsentr group liberated three settlements", "three", 3, EX, "count", TER, N, A, R, U, A, U, A),
    ("reached up to 2,940 servicemen", "up to 2,940", 2940, LE, "count", CAS, N, A, R, U, R, U, A),
    ("eight armored combat vehicles", "eight", 8, A, "count", W, "armored_vehicle", A, R, U, R, U, A),
    ("and 14 field artillery guns", "14", 14, A, "count", W, "artillery", A, R, U, R, U, A),
    ("that 47 Ukrainian servicemen had laid down their arms", "47", 47, EX, "count", A, N, A, R, U, R, U, D),
    # Vostok (Zaporizhzhia)
    ("The enemy lost up to 1,390 servicemen", "up to 1,390", 1390, LE, "count", CAS, N, A, R, U, R, U, Zp),
    ("four tanks, 19 motor vehicles", "four", 4, A, "count", W, "tank", A, R, U, R, U, Zp),
    ("19 motor vehicles", "19", 19, A, "count", W, "vehicle", A, R, U, R, U, Zp),
    ("and 11 field artillery guns", "11", 11, A, "count", W, "artillery", A, R, U, R, U, Zp),
    # Dnepr (Kherson and Zaporizhzhia)
    ("The enemy lost up to 380 servicemen", "up to 380", 380, LE, "count", CAS, N, A, R, U, A, U, A),
    ("31 motor vehicles", "31", 31, A, "count", W, "vehicle", A, R, U, A, U, A),
    ("eight field artillery guns", "eight", 8, A, "count", W, "artillery", A, R, U, A, U, A),
    ("11 electronic warfare stations", "11", 11, A, "count", W, A, A, R, U, A, U, A),
    ("seven ammunition and materiel depots", "seven", 7, A, "count", A, N, A, R, U, A, U, A),
    # air defence and the navy
    ("shot down 23 guided aerial bombs", "23", 23, EX, "count", W, "guided_bomb", "shot_down", R, U, R, A, A),
    ("11 HIMARS rockets", "11", 11, EX, "count", W, A, "shot_down", R, U, R, A, A),
    ("four Neptune long-range guided missiles", "four", 4, EX, "count", W, "missile", "shot_down", R, U, R, A, A),
    ("1,846 fixed-wing unmanned aerial vehicles", "1,846", 1846, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("destroyed five uncrewed boats", "five", 5, EX, "count", W, A, "destroyed", R, U, A, A, A),
    ("destroyed 62 Ukrainian drones overnight", "62", 62, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    # cumulative since 2022
    ("676 aircraft", "676", 676, EX, "count", W, "aircraft", "destroyed", R, U, R, A, A),
    ("283 helicopters", "283", 283, EX, "count", W, "helicopter", "destroyed", R, U, R, A, A),
    ("112,430 unmanned aerial vehicles", "112,430", 112430, EX, "count", W, "drone", "destroyed", R, U, R, A, A),
    ("652 surface-to-air missile systems", "652", 652, EX, "count", W, "air_defense", "destroyed", R, U, R, A, A),
    ("26,530 tanks and other armored combat vehicles", "26,530", 26530, EX, "count", W, A, "destroyed", R, U, R, A, A),
    ("1,690 multiple launch rocket systems", "1,690", 1690, EX, "count", W, "mlrs", "destroyed", R, U, R, A, A),
    ("31,870 field artillery guns and mortars", "31,870", 31870, EX, "count", W, "artillery", "destroyed", R, U, R, A, A),
    ("47,190 units of special military motor vehicles", "47,190", 47190, EX, "count", W, "vehicle", "destroyed", R, U, R, A, A),
    # Marochko
    ('moved "up to 2,500 servicemen"', "up to 2,500", 2500, LE, "count", PER, N, "deployed", U, A, R, U, Kh),
])
any_(d, [
    ("losses on four mechanized brigades", "four"),
    ("foreign mercenaries in 154 areas", "154"),
    ("delivered one massive strike", "one"),
    ("six combined strikes", "six"),
    ("around 60% of the reinforcements", "around 60%"),
])

# ---------------------------------------------------------------- e04 drone strikes on Russian depots
d = "e04_drone_strikes_russian_oil_ammo_depots.txt"
# A Baltic news site on Ukrainian drone strikes on oil depots in the Bryansk (Novozybkov) and
# Voronezh (Liski district) regions and an ammunition depot near Kamensk-Shakhtinsky (Rostov):
# country Russia. Russia's Defence Ministry and the governors Bogomaz ("he said, adding"), Gusev
# ("He said", "he said") and Slyusar ("he said") speak for Russia; the General Staff ("it said"),
# Brovdi ("He said") for Ukraine; the lead cites both sides (claimant_side open); sentences with no
# attribution of their own ("One security guard ... was killed", the exchange data, the outlet's
# footage) have claimant_side open. The two oil depots struck are infrastructure (action open, actor
# Ukraine, target Russia, several regions: region open). Fuel tanks burning are infrastructure, not
# weapons (two at Novozybkov, four at Liski; actor open: "Fragments of downed drones", "a drone
# attack"); "at least one large tank collapsing" in the outlet's footage is part of the two
# (optional). The ministry's 137 drones "destroyed" by air defences are shot_down over Russia
# (region open) with the breakdown 38 Voronezh and 31 Bryansk required; Bogomaz's attack by "more
# than 40" drones is launched (actor Ukraine, target Russia). The General Staff's "about 9,000 cubic
# metres" of fuel held at the depot is economic (m3), actor and target open. Evacuations: Gusev's
# "up to 120 residents" (at_most) and Slyusar's "More than 1,100" (at_least), actor open.
# Casualties: two employees "injured by a Ukrainian drone" (actor Ukraine, target Russia), "one of
# them with burns" a subset (optional); the guard killed names no perpetrator (actor open). Brovdi's
# 19 refineries, depots and pumping stations hit (infrastructure, actor Ukraine, region open) and
# "around 17%" fall in refining (economic percent, country Russia, region None). The ministry's 14
# long-range drones destroyed at launch sites in Ukraine (Sumy and Chernihiv: region open). The
# petrol price's 4% rise is an economic percentage (exchange data: claimant_side open; region open).
# Debatable: "three Russian regions", "11 regions", "no one had been hurt", "two nearby streets",
# "burns to 30% of his body", "2,500 square metres", 212 firefighters, 64 pieces of equipment,
# "three villages", "5-kilometre radius", "about 40 hectares", "at least four" depots. Non-claims:
# times (17:40, 23:00, 07:00, 04:00), "Listen (7:12)", "M-4", "nine hours", age 58, the 14th
# Regiment, Tornado-S, KAB, AI-95, the price 81,350 roubles a tonne, "three weeks", dates and the
# furniture (6 min read, the Most read links' 5.4%, 7 refineries and 4.5 million, 18,400
# subscribers, €7).
Br, Vr, Ro = "Bryansk", "Voronezh", "Rostov"
rows(d, [
    ("struck two oil depots", "two", 2, EX, "count", INF, N, A, U, R, A, R, A),
    ("destroyed 137 Ukrainian drones", "137", 137, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("including 38 over the Voronezh region", "38", 38, EX, "count", W, "drone", "shot_down", R, U, R, R, Vr),
    ("and 31 over the Bryansk region", "31", 31, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ('an attack by "more than 40" drones', "more than 40", 40, GE, "count", W, "drone", "launched", U, R, R, R, Br),
    ("set fire to two fuel tanks", "two", 2, EX, "count", INF, N, A, A, R, R, R, Br),
    ("held about 9,000 cubic metres", "about 9,000", 9000, APX, "m3", ECO, N, A, A, A, U, R, Br),
    ("at least one large tank collapsing", "at least one", 1, GE, "count", INF, N, A, A, R, A, R, Br, True),  # part of the two
    ("four tanks at the site were burning", "four", 4, EX, "count", INF, N, A, A, R, R, R, Vr),
    ("up to 120 residents", "up to 120", 120, LE, "count", DIS, N, "evacuated", A, A, R, R, Vr),
    ("Two employees of the facility were injured", "Two", 2, EX, "count", CAS, N, "injured", U, R, R, R, Vr),
    ("he said, one of them with burns", "one", 1, EX, "count", CAS, N, "injured", U, R, R, R, Vr, True),  # subset
    ("More than 1,100 people were evacuated", "More than 1,100", 1100, GE, "count", DIS, N, "evacuated", A, A, R, R, Ro),
    ("One security guard, aged 58, was killed", "One", 1, EX, "count", CAS, N, "killed", A, R, A, R, Ro),
    ("had hit 19 Russian refineries", "19", 19, EX, "count", INF, N, A, U, R, U, R, A),
    ('fallen by "around 17%"', "around 17%", 17, APX, "percent", ECO, N, A, A, A, U, R, N),
    ("destroying 14 long-range drones", "14", 14, EX, "count", W, "drone", "destroyed", R, U, R, U, A),
    ("rose 4% on Monday", "4%", 4, EX, "percent", ECO, N, A, A, A, A, R, A),
])
any_(d, [
    ("in three Russian regions", "three"),
    ("over 11 regions", "11"),
    ("no one had been hurt", "no one"),
    ("residents of two nearby streets", "two"),
    ("burns to 30% of his body", "30%"),
    ("covered 2,500 square metres", "2,500"),
    ("212 firefighters", "212"),
    ("64 pieces of equipment", "64"),
    ("from three villages", "three"),
    ("within a 5-kilometre radius", "5"),
    ("covered about 40 hectares", "about 40"),
    ("one of at least four supplying", "at least four"),
])

# ---------------------------------------------------------------- e05 foreign fighters
d = "e05_foreign_fighters_mercenaries.txt"
# A migration-and-conflict outlet on foreigners fighting on both sides: North Koreans, Nepalis and
# Colombians. South Korea's NIS (through lawmaker Lee) speaks for South Korea; HUR, Skibitskyi, the
# Coordination Headquarters and the International Legion's spokesman for Ukraine; KCNA for North
# Korea; Russia's Defence Ministry and Zakharova for Russia; Nepal's and Colombia's Foreign
# Ministries, Basnet ("He estimated", "he said") and the Colombian soldier Juan Camilo are not sides
# (claimant_side open); "Ukraine holds two North Korean soldiers" has no attribution of its own
# (claimant_side open). North Korean troops "sent" or "rotated" into Russia are personnel, actor
# North Korea, country Russia, with action open (deployed, but "sent" is the spec's launched for
# weapons; decided anew); the 6,000 engineers to the Kursk region have region Kursk, the rest region
# open. North Korean dead and losses have target North Korea (a side), actor open: the NIS's "about
# 2,000" killed (country open), HUR's "more than 6,000 killed and wounded" (action open), KCNA's
# "more than 300" who "fell in the liberation of Kursk" (killed, Kursk). Decided anew: foreigners
# killed or missing who are not from a side (Nepalis, Colombians, "foreigners") have target open;
# missing people (14, "around 120") are casualties with action open; recruits and volunteers signed
# up or serving (Nepal's "at least 1,500", the Legion's 2,300 and 1,000, HUR's "more than 18,000",
# Zakharova's "up to 40" a week) are personnel with action open, actor Russia for those who "signed
# contracts with the Russian army", Ukraine for those "serving in Ukraine's armed forces". Prisoners
# held (two North Koreans, 203 foreign citizens) are required with category and action open, actor
# Ukraine (e01's convention); "11 Nepalis among" them is a subset (optional). Russia's "more than
# 800" Colombians "eliminated" are killed, actor Russia. HUR's "about 3,400 of them have been
# killed" is a new measure (killed among recruits), required. Juan Camilo's five killed and three
# wounded of his platoon (country Ukraine, target open). Debatable: "about 200 of whom have come
# home", "$2,000 a month" (pay), "38 countries", "128 countries", "more than 50 countries", "the 12
# Colombians in his original platoon" and the "two Colombians" sentenced (group sizes). Non-claims:
# "Nearly five years" (duration), dates and years, "every few months", "within a year", "13 and 19
# years" (sentences), Article 359, "34-year-old", the helpline and the furniture (9 min read, 2,418
# shares, the Related links' "1 in 4" and 1989, 9,600 readers).
rows(d, [
    ("sent about 15,000 combat troops to Russia", "about 15,000", 15000, APX, "count", PER, N, A, NK, A, SK, R, A),
    ("a further 6,000 military engineers", "6,000", 6000, EX, "count", PER, N, A, NK, A, SK, R, "Kursk"),
    ("about 2,000 North Korean soldiers had been killed", "about 2,000", 2000, APX, "count", CAS, N, "killed", A, NK, SK, A, A),
    ('"more than 6,000 killed and wounded"', "more than 6,000", 6000, GE, "count", CAS, N, A, A, NK, U, A, A),
    ('rotating "up to 3,000" fresh troops', "up to 3,000", 3000, LE, "count", PER, N, A, NK, A, U, R, A),
    ("Ukraine holds two North Korean soldiers", "two", 2, EX, "count", A, N, A, U, NK, A, R, "Kursk"),
    ('names of "more than 300" soldiers', "more than 300", 300, GE, "count", CAS, N, "killed", A, NK, NK, R, "Kursk"),
    ("says 61 Nepali citizens", "61", 61, EX, "count", CAS, N, "killed", A, A, A, A, A),
    ("and 14 are missing", "14", 14, EX, "count", CAS, N, A, A, A, A, A, A),
    ('"at least 1,500" Nepalis', "at least 1,500", 1500, GE, "count", PER, N, A, R, A, A, A, A),
    ("holding 11 Nepalis among 203", "11", 11, EX, "count", A, N, A, U, A, U, U, A, True),  # subset
    ("among 203 foreign citizens", "203", 203, EX, "count", A, N, A, U, A, U, U, A),
    ("about 2,300 Colombians were serving", "about 2,300", 2300, APX, "count", PER, N, A, U, A, U, A, A),
    ("up from roughly 1,000 a year earlier", "roughly 1,000", 1000, APX, "count", PER, N, A, U, A, U, A, A),
    ("confirmed the deaths of 94 Colombians", "94", 94, EX, "count", CAS, N, "killed", A, A, A, U, A),
    ('locate "around 120" more', "around 120", 120, APX, "count", CAS, N, A, A, A, A, A, A),
    ('"eliminated" more than 800 Colombian mercenaries', "more than 800", 800, GE, "count", CAS, N, "killed", R, A, R, A, A),
    ('that "up to 40" Colombians', "up to 40", 40, LE, "count", PER, N, A, A, A, R, U, A),
    ("five had been killed", "five", 5, EX, "count", CAS, N, "killed", A, A, A, U, A),
    ("and three wounded", "three", 3, EX, "count", CAS, N, "injured", A, A, A, U, A),
    ("more than 18,000 foreigners", "more than 18,000", 18000, GE, "count", PER, N, A, R, A, U, A, A),
    ("about 3,400 of them have been killed", "about 3,400", 3400, APX, "count", CAS, N, "killed", A, A, U, A, A),
])
any_(d, [
    ("about 200 of whom have come home", "about 200"),
    ("promised $2,000 a month", "$2,000"),
    ("foreign citizens from 38 countries", "38"),
    ("of the 12 Colombians in his original platoon", "12"),
    ("sentenced two Colombians", "two"),
    ("foreigners from 128 countries", "128"),
    ('from "more than 50 countries"', "more than 50"),
])

# ---------------------------------------------------------------- e06 Kherson month in numbers
d = "e06_kherson_monthly_casualties_demining.txt"
# A regional news site on the Kherson regional military administration's monthly report (25 December
# - 24 January), with a table by area: country Ukraine, region Kherson throughout (the districts and
# Kherson city lie in the Kherson region; Saldo's occupied left bank too). The administration ("the
# report says", "according to the report", "The administration says [it evacuated]", "According to
# its count", the table), Prokudin ("He said", "Prokudin said") and the 124th Brigade speak for
# Ukraine; Saldo for Russia; the demining paragraph's "Since the right bank was liberated ..."
# sentence has no attribution (claimant open). Casualties: "Russian attacks killed 23 civilians and
# injured 187" (actor Russia); the breakdown by weapon "they [drones] killed 17 of the dead and
# injured 151" is required (actor open: the sentence does not say whose drones); mines and
# unexploded ordnance killed two and injured five (actor open); Saldo's nine killed and 34 injured
# by "Ukrainian shelling and drones" (actor Ukraine, target open: civilians under occupation).
# Weapons: Prokudin's 6,940 drones and 214 guided bombs "dropped" are launched; the brigade's 1,730
# Russian drones shot down. The table ("Civilian casualties of Russian attacks ...") is labelled
# cell by cell: killed, injured and injured by drones (actor Russia), explosive objects removed and
# hectares cleared; the Total row restates the lead (optional). Decided anew: explosive objects
# removed and destroyed by deminers are required with category, weapon_type, action, actor and
# target open (ordnance, not a side's weapons in use); land cleared in hectares is territory with
# unit open (hectares are not in the vocabulary) and action open, and the 1,130 km2 still suspected
# of contamination is territory (km2), action open; "among them 412 artillery shells and 96
# anti-tank mines" are subsets (optional). Evacuated 286 (actor open); "37 of them children" subset
# (optional). Houses, blocks and facilities damaged are infrastructure with action open, actor
# Russia; "four electricity substations" is a subset (optional). The headline restates 17 and 2,310
# (optional). Debatable: "2,100 more than in December" (a difference), "about 23%" (share), "1,412
# residents remain" and "the 15 settlements", "more than 100 kilometres" (distance). Non-claims: the
# 124th Brigade, dates, "November 2022", age 52, the emergency number 101, the hotline, the curfew
# 20:00-06:00 and the furniture (6 min read, 1,905 views, the Read also links' 600 days, 5 shelters
# and 38,000 hryvnias, 150 hryvnias, 1,240 patrons, the author's age 29).
K = "Kherson"
rows(d, [
    ("drones killed 17 civilians in the Kherson region", "17", 17, EX, "count", CAS, N, "killed", A, U, A, U, K, True),  # headline
    ("deminers cleared 2,310 hectares", "2,310", 2310, EX, A, TER, N, A, A, A, A, U, K, True),  # headline
    ("Russian attacks killed 23 civilians", "23", 23, EX, "count", CAS, N, "killed", R, U, U, U, K),
    ("and injured 187 in the Kherson region", "187", 187, EX, "count", CAS, N, "injured", R, U, U, U, K),
    ("they killed 17 of the dead", "17", 17, EX, "count", CAS, N, "killed", A, U, U, U, K),
    ("injured 151 of the wounded", "151", 151, EX, "count", CAS, N, "injured", A, U, U, U, K),
    ("launched 6,940 drones at the region", "6,940", 6940, EX, "count", W, "drone", "launched", R, U, U, U, K),
    ("dropped 214 guided aerial bombs", "214", 214, EX, "count", W, "guided_bomb", "launched", R, U, U, U, K),
    ("shot down 1,730 Russian drones", "1,730", 1730, EX, "count", W, "drone", "shot_down", U, R, U, U, K),
    # the table: killed
    ("Kherson city             12", "12", 12, EX, "count", CAS, N, "killed", R, U, U, U, K),
    ("Kherson district          6", "6", 6, EX, "count", CAS, N, "killed", R, U, U, U, K),
    ("Beryslav district         5", "5", 5, EX, "count", CAS, N, "killed", R, U, U, U, K),
    # injured
    ("12       109", "109", 109, EX, "count", CAS, N, "injured", R, U, U, U, K),
    ("6        41", "41", 41, EX, "count", CAS, N, "injured", R, U, U, U, K),
    ("5        37", "37", 37, EX, "count", CAS, N, "injured", R, U, U, U, K),
    # injured by drones
    ("109       94", "94", 94, EX, "count", CAS, N, "injured", R, U, U, U, K),
    ("41       33", "33", 33, EX, "count", CAS, N, "injured", R, U, U, U, K),
    ("37       24", "24", 24, EX, "count", CAS, N, "injured", R, U, U, U, K),
    # explosive objects removed
    ("94                  218", "218", 218, EX, "count", A, A, A, A, A, U, U, K),
    ("33                  604", "604", 604, EX, "count", A, A, A, A, A, U, U, K),
    ("24                  504", "504", 504, EX, "count", A, A, A, A, A, U, U, K),
    # hectares cleared
    ("218                         65", "65", 65, EX, A, TER, N, A, A, A, U, U, K),
    ("604                         1,380", "1,380", 1380, EX, A, TER, N, A, A, A, U, U, K),
    ("504                         865", "865", 865, EX, A, TER, N, A, A, A, U, U, K),
    # the Total row restates
    ("Total                    23", "23", 23, EX, "count", CAS, N, "killed", R, U, U, U, K, True),
    ("23       187", "187", 187, EX, "count", CAS, N, "injured", R, U, U, U, K, True),
    ("187       151", "151", 151, EX, "count", CAS, N, "injured", R, U, U, U, K, True),
    ("151                 1,326", "1,326", 1326, EX, "count", A, A, A, A, A, U, U, K, True),
    ("1,326                       2,310", "2,310", 2310, EX, A, TER, N, A, A, A, U, U, K, True),
    # demining
    ("removed and destroyed 1,326 explosive objects", "1,326", 1326, EX, "count", A, A, A, A, A, U, U, K),
    ("among them 412 artillery shells", "412", 412, EX, "count", A, A, A, A, A, U, U, K, True),  # subset
    ("and 96 anti-tank mines", "96", 96, EX, "count", A, A, A, A, A, U, U, K, True),  # subset
    ("cleared 2,310 hectares of farmland", "2,310", 2310, EX, A, TER, N, A, A, A, U, U, K),
    ("41,600 hectares have been cleared", "41,600", 41600, EX, A, TER, N, A, A, A, A, U, K),
    ("killed two civilians and injured five", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, K),
    ("killed two civilians and injured five", "five", 5, EX, "count", CAS, N, "injured", A, U, U, U, K),
    ("1,130 square kilometres", "1,130", 1130, EX, "km2", TER, N, A, A, A, U, U, K),
    # evacuation and damage
    ("evacuated 286 people", "286", 286, EX, "count", DIS, N, "evacuated", A, A, U, U, K),
    ("37 of them children", "37", 37, EX, "count", DIS, N, "evacuated", A, A, U, U, K, True),  # subset
    ("damaged 1,084 private houses", "1,084", 1084, EX, "count", INF, N, A, R, U, U, U, K),
    ("96 apartment blocks", "96", 96, EX, "count", INF, N, A, R, U, U, U, K),
    ("and 23 critical-infrastructure facilities", "23", 23, EX, "count", INF, N, A, R, U, U, U, K),
    ("four electricity substations", "four", 4, EX, "count", INF, N, A, R, U, U, U, K, True),  # subset
    # Saldo
    ("had killed nine people", "nine", 9, EX, "count", CAS, N, "killed", U, A, R, U, K),
    ("and injured 34 in Oleshky", "34", 34, EX, "count", CAS, N, "injured", U, A, R, U, K),
])
any_(d, [
    ("2,100 more than in December", "2,100"),
    ("about 23% of the land", "about 23%"),
    ("its count, 1,412 residents remain", "1,412"),
    ("in the 15 settlements", "15"),
    ("along more than 100 kilometres", "more than 100"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "e22")
