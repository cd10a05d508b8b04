"""Builds gold.jsonl for heldout19 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout19.make_gold

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
ZAP, DNI = "Zaporizhzhia", "Dnipropetrovsk"


# fmt: off
# ---------------------------------------------------------------- b01 wire roundup, several datelines
d = "b01_wire_overnight_attacks_roundup.txt"
# A wire story in dated sections (KYIV, ZAPORIZHZHIA, DNIPRO, ODESA, KHARKIV, SUMY, MOSCOW). Ukraine's
# Air Force, the governors (Fedorov, Kiper, Syniehubov), Vilkul, Terekhov and the regional military
# administrations ("it said", "it added", "He said") speak for Ukraine; the Russian Defence
# Ministry and Bogomaz for Russia; a sentence without its own attribution ("Twenty-two people were
# wounded") and the agency's own tally of Air Force data have claimant_side open. The lede's 143
# drones and 11 missiles are the primary statement (nationwide: region None); the headline restates
# them and the lede's toll (optional), and the Air Force paragraph's "143 Shahed-type" restates the
# lede (optional); its breakdown of the missiles by type (eight Iskander-M, three Kh-59/69) is
# required. Drones and missiles downed by Ukrainian air defence: shot_down, actor Ukraine, target
# Russia. "hits by 24 drones and nine missiles" and the city "struck by three ballistic missiles and
# 16 drones" are hits: action and actor open, target Ukraine. The lede's "at least seven" killed
# follows "Russia attacked ... killing": actor Russia, region open (several regions). Casualties
# whose sentence names no perpetrator ("a ballistic missile ... killing four", "Twenty-two people
# were wounded", "injured by artillery fire", "A drone hit ... wounding five", "seven residents
# were hurt") have actor open; "Russian drones ... injuring two", "A Russian guided bomb ...
# killing two men", "A Russian FPV drone ... wounding nine" have actor Russia; Bogomaz's "a
# Ukrainian drone ... injuring two men" has actor Ukraine. "three of them children" is a subset
# (optional). Damaged apartment buildings, houses, silos, households without power and apartments
# still without heating ("all but 600") are infrastructure, action and actor open, target Ukraine.
# The ministry's 64 drones over Russian regions (region open) with its breakdown by place (27
# Bryansk, 15 Crimea: country open). The tally's "more than 4,600" drones and "about 190" missiles
# since 1 December: nationwide. Fedorov's incident counts (418 strikes, 19 settlements, nine air
# strikes, 276 attacks), the Air Force's 13 locations and "four more", Sumy's 34 communities and
# 112 times, "dozens", "scores", "23 cars", "about 2,000 tonnes" held in a warehouse, "a third"
# (one more wounded), "One of them hit", "two kilometres" and the average "roughly 170 drones a
# night" are debatable. Times (10 p.m., 6 a.m., 3 a.m.), ages (12-year-old, 71-year-old,
# 15-year-old), "five-storey", "16-storey", Kh-59/69, Iskander-M, "Marlin 7", "less than an hour",
# "past day" and the furniture (3 categories, 2,417 shares, 4 min read, 4.5 GW, 9 Patriot systems,
# 2027, 1.4%, $40, 5 days, 180,000 subscribers, the phone number) are not claims.
rows(d, [
    ("hits Ukraine with 143 drones", "143", 143, EX, "count", W, "drone", "launched", R, U, A, U, N, True),  # headline
    ("and 11 missiles; seven killed", "11", 11, EX, "count", W, "missile", "launched", R, U, A, U, N, True),  # headline
    ("seven killed in Zaporizhzhia, Kryvyi Rih", "seven", 7, EX, "count", CAS, N, "killed", A, U, A, U, A, True),  # headline
    ("attacked Ukraine overnight with 143 drones", "143", 143, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("143 drones and 11 missiles, killing", "11", 11, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("killing at least seven people", "at least seven", 7, GE, "count", CAS, N, "killed", R, U, U, U, A),
    ("Russia launched 143 Shahed-type strike drones", "143", 143, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # restates the lede
    ("as well as eight Iskander-M ballistic missiles", "eight", 8, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("three Kh-59/69 guided air missiles", "three", 3, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down or suppressed 117 drones", "117", 117, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("117 drones and two of the ballistic missiles", "two", 2, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("It recorded hits by 24 drones", "24", 24, EX, "count", W, "drone", A, A, U, U, U, N),
    ("24 drones and nine missiles at 13 locations", "nine", 9, EX, "count", W, "missile", A, A, U, U, U, N),
    # Zaporizhzhia
    ("shortly after 3 a.m., killing four people", "four", 4, EX, "count", CAS, N, "killed", A, U, U, U, ZAP),
    ("Twenty-two people were wounded", "Twenty-two", 22, EX, "count", CAS, N, "injured", A, U, A, U, ZAP),
    ("three of them children, and rescuers", "three", 3, EX, "count", CAS, N, "injured", A, U, A, U, ZAP, True),  # subset
    ("struck by three ballistic missiles", "three", 3, EX, "count", W, "missile", A, A, U, U, U, ZAP),
    ("three ballistic missiles and 16 drones in all", "16", 16, EX, "count", W, "drone", A, A, U, U, U, ZAP),
    ("and that 41 apartment buildings", "41", 41, EX, "count", INF, N, A, A, U, U, U, ZAP),
    # Dnipropetrovsk
    ("air defence units destroyed 19 drones", "19", 19, EX, "count", W, "drone", "shot_down", U, R, U, U, DNI),
    ("two women were injured by artillery fire", "two", 2, EX, "count", CAS, N, "injured", A, U, U, U, DNI),
    ("killing a 71-year-old man and wounding five people", "five", 5, EX, "count", CAS, N, "injured", A, U, U, U, DNI),
    ("He said 14 private houses", "14", 14, EX, "count", INF, N, A, A, U, U, U, DNI),
    ("all but 600 apartments", "600", 600, EX, "count", INF, N, A, A, U, U, U, DNI),
    # Odesa
    ("on the Danube, injuring two people", "two", 2, EX, "count", CAS, N, "injured", R, U, U, U, "Odesa"),
    ("He said three grain silos", "three", 3, EX, "count", INF, N, A, A, U, U, U, "Odesa"),
    ("more than 30,000 households were left without electricity", "more than 30,000", 30000, GE, "count", INF, N, A, A, U, U, U, "Odesa"),
    # Kharkiv
    ("killing two men and wounding a third", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, "Kharkiv"),
    ("attacked by 11 Shahed drones", "11", 11, EX, "count", W, "drone", "launched", R, U, U, U, "Kharkiv"),
    ("and seven residents were hurt", "seven", 7, EX, "count", CAS, N, "injured", A, U, U, U, "Kharkiv"),
    # Sumy
    ("wounding nine passengers", "nine", 9, EX, "count", CAS, N, "injured", R, U, U, U, "Sumy"),
    # Moscow, Bryansk
    ("intercepted and destroyed 64 Ukrainian fixed-wing drones", "64", 64, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("27 of them over the Bryansk region", "27", 27, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("and 15 over Crimea", "15", 15, EX, "count", W, "drone", "shot_down", R, U, R, A, "Crimea"),
    ("in the village of Klimovo, injuring two men", "two", 2, EX, "count", CAS, N, "injured", U, R, R, R, "Bryansk"),
    # the agency's tally
    ("launched more than 4,600 drones", "more than 4,600", 4600, GE, "count", W, "drone", "launched", R, U, A, U, N),
    ("and about 190 missiles at Ukraine", "about 190", 190, APX, "count", W, "missile", "launched", R, U, A, U, N),
])
any_(d, [
    ("wounding dozens in the south and east", "dozens"),
    ("shot down scores of Ukrainian drones", "scores"),
    ("nine missiles at 13 locations", "13"),
    ("debris falling at four more", "four"),
    ("a kindergarten and 23 cars", "23"),
    ("carried out 418 strikes", "418"),
    ("on 19 front-line settlements", "19"),
    ("including nine air strikes", "nine"),
    ("and 276 attacks by drones", "276"),
    ("no military target within two kilometres", "two"),
    ("about 2,000 tonnes of sunflower oil", "about 2,000"),
    ("wounding a third, regional governor", "a third"),
    ("One of them hit a 16-storey block", "One"),
    ("shelled 34 border communities", "34"),
    ("112 times over the past day", "112"),
    ("roughly 170 drones a night", "roughly 170"),
])

# ---------------------------------------------------------------- b02 brigade commander, Q&A interview
d = "b02_brigade_commander_interview.txt"
# The commander (Savchuk: "we destroyed", "our drones hit", "I'd estimate") speaks for Ukraine; so do
# the General Staff and the Unmanned Systems Forces quoted in the interviewer's questions. Russia's
# Defence Ministry (in a question) speaks for Russia; the Institute for the Study of War (a US
# think-tank, non-state) has claimant_side open. A figure in a question is the claim of the source
# the question names; the commander's "Up to 280 — they always say" repeats the ministry's figure
# (optional), as does the headline. The sector lies south-east of Huliaipole: country Ukraine,
# region Zaporizhzhia; the General Staff's "whole front" losses and ISW's December advance are
# nationwide (region None). Russian troops "concentrated" are massed, the "around 3,500 men" in the
# sector deployed (actor Russia, target open). Ukraine's own personnel (the drone company's 60
# operators, the 310 new soldiers) have action and target open, actor Ukraine; "120 of them" under a
# programme is a subset and "another 400 by spring" a need (both optional). In "41 tanks and
# armoured vehicles and about 600 motorcycles and buggies" the type of the 41 is mixed
# (weapon_type open) and only the qualified item carries a qualifier (41: open). Infantrymen "hit"
# are casualties with action open; "about 430 of them were killed" (a breakdown) is killed. The
# General Staff's 38,000 "killed and wounded" and the ministry's "up to 280" losses are casualties
# with action open; Ukraine's "fewer than 20 killed" names no perpetrator (actor open). Drones
# ordered through Brave1 Market (300 FPV, 14 Vampire heavy bombers — a drone, not the Czech MLRS) are
# weapons with action, target, country and region open. Air-defence systems and trucks "hit" have
# action open; "Two of the Tors burned out completely" is destroyed. ISW's "about 190 square
# kilometres" and the commander's "no more than two square kilometres" are territory seized (km2).
# Counts of regiments, attacks (214 times), group sizes ("two to five"), the three men of the flag
# episode, bonus points (12,600), shares (about 80, 85, 90, about 60 per cent), shells a day (40,
# 400 in 2023), "one ruined farm" and distances (19 kilometres, 20 to 60 kilometres) are
# debatable. The price list of points (40 points, six), "about 90,000 hryvnias", "one life, maybe
# three", "58th Combined Arms Army", "ten days", "Contract 18-24", "one year", ages (41, 29),
# years, dates and the furniture (11 min read, 96 comments, 12 photos, 3 vehicles, 1,000
# evacuations, 0 days off, 5th assault, 14,200 readers, 100 hryvnias, 48K) are not claims.
rows(d, [
    ("They say 'up to 280'", "up to 280", 280, LE, "count", CAS, N, A, R, U, A, U, ZAP, True),  # headline
    ("concentrated more than 70,000 troops", "more than 70,000", 70000, GE, "count", PER, N, "massed", R, A, U, U, ZAP),
    ("I'd estimate around 3,500 men", "around 3,500", 3500, APX, "count", PER, N, "deployed", R, A, U, U, ZAP),
    ("a company of about 60 operators", "about 60", 60, APX, "count", PER, N, A, U, A, U, U, ZAP),
    ("destroyed 41 tanks and armoured vehicles", "41", 41, A, "count", W, A, "destroyed", U, R, U, U, ZAP),
    ("about 600 motorcycles and buggies", "about 600", 600, APX, "count", W, "vehicle", "destroyed", U, R, U, U, ZAP),
    ("our drones hit 1,180 Russian infantrymen", "1,180", 1180, EX, "count", CAS, N, A, U, R, U, U, ZAP),
    ("about 430 of them were killed", "about 430", 430, APX, "count", CAS, N, "killed", U, R, U, U, ZAP),
    ("Russia has lost 38,000 troops", "38,000", 38000, EX, "count", CAS, N, A, A, R, U, U, N),
    ("losses on your axis were up to 280 servicemen", "up to 280", 280, LE, "count", CAS, N, A, R, U, R, U, ZAP),
    ("Up to 280 — they always say", "Up to 280", 280, LE, "count", CAS, N, A, R, U, A, U, ZAP, True),  # repeats the ministry
    ("our brigade lost fewer than 20 killed", "fewer than 20", 20, LE, "count", CAS, N, "killed", A, U, U, U, ZAP),
    ("we ordered 300 FPV drones", "300", 300, EX, "count", W, "drone", A, U, A, U, A, A),
    ("and 14 Vampire heavy bombers", "14", 14, EX, "count", W, "drone", A, U, A, U, A, A),
    ("we hit three Tor air-defence systems", "three", 3, EX, "count", W, "air_defense", A, U, R, U, U, ZAP),
    ("systems and one Buk", "one", 1, EX, "count", W, "air_defense", A, U, R, U, U, ZAP),
    ("a Zoopark radar and 17 supply trucks", "17", 17, EX, "count", W, "vehicle", A, U, R, U, U, ZAP),
    ("Two of the Tors burned out completely", "Two", 2, EX, "count", W, "air_defense", "destroyed", U, R, U, U, ZAP),
    ("advanced about 190 square kilometres", "about 190", 190, APX, "km2", TER, N, "seized", R, U, A, U, N),
    ("took no more than two square kilometres", "no more than two", 2, LE, "km2", TER, N, "seized", R, U, U, U, ZAP),
    ("we have received 310 new soldiers", "310", 310, EX, "count", PER, N, A, U, A, U, U, A),
    ("120 of them under the", "120", 120, EX, "count", PER, N, A, U, A, U, U, A, True),  # subset
    ("I need another 400 by spring", "400", 400, EX, "count", PER, N, A, U, A, U, U, A, True),  # a need
])
any_(d, [
    ("19 kilometres from the line", "19"),
    ("there are two motor-rifle regiments", "two"),
    ("attacked our positions 214 times", "214"),
    ("groups of two to five infantrymen", "two"),
    ("groups of two to five infantrymen", "five"),
    ("a flag there with three men", "three"),
    ("those three men are dead", "three"),
    ("credits your unit with 12,600 points", "12,600"),
    ("cause about 80 per cent of Russian losses", "about 80 per cent"),
    ("I would say 85 or 90 per cent", "85"),
    ("I would say 85 or 90 per cent", "90 per cent"),
    ("We fire maybe 40 shells a day", "40"),
    ("in 2023 it was 400", "400"),
    ("works 20 to 60 kilometres deep", "20"),
    ("works 20 to 60 kilometres deep", "60"),
    ("and one ruined farm", "one"),
    ("at about 60 per cent of infantry strength", "about 60 per cent"),
])

# ---------------------------------------------------------------- b03 OCHA-style flash update
d = "b03_ocha_style_flash_update.txt"
# The document is OCHA's (a UN office) on a fictional aggregator. Sentences that cite their source
# take its side: local authorities, the Ministry of Energy and the Oblast Military Administration
# speak for Ukraine; the HNRP, the HRMMU and WHO for the United Nations. OCHA's own sentences
# (convoys, distributions, funding) have claimant_side open, like an outlet's own voice. Oblasts are
# written in the OCHA adjectival form (Zaporizka, Khersonska ...): region is the short English
# form; "Other oblasts" and several named oblasts have region open; national figures region None.
# The highlights restate the body (optional; the 41 trucks sum the two convoys). Casualties "in
# attacks" name no perpetrator: actor open, target Ukraine. The bullet list by oblast is required
# (it shares "according to local authorities"), "including 4 children" is a subset (optional). In
# "at least 46 ... killed and 312 injured" and "more than 15,600 ... killed and 41,900 injured"
# only the qualified item carries a qualifier. People in need (an estimated 12.7 million) have
# category, action, actor and target open (as remaining residents in heldout17/18); the 3.6 million
# internally displaced are displacement with action open (required: a different quantity, not a
# subset by a personal property). Evacuees from Donetska: evacuated, actor open; their children and
# people with limited mobility are subsets, and the 960 received at Pavlohrad (Dnipropetrovsk) a
# restatement of part of them (optional). Aid (trucks, tonnes, rations, shelter kits, generators,
# households given fuel, people reached) fits no vocabulary category: required with value and
# qualifier scored, category, action, actor and target open; tonnes have unit open. Consumers
# without power and hospitals damaged are infrastructure, action and actor open. Money: the 2027
# requirement, the 2026 amounts received and requested and the fund's December allocation are
# required (usd); the $410 million pledged, the 4.4 million and 1.9 million targeted are pledges
# and targets (optional). Shares (18, 71, 61, 88 per cent, "more than half", "about a third"),
# "at least eight oblasts", 14 communities, 23 attacks on health care, "within 10 kilometres",
# "medical supplies for 15,000 people" and 27 partners are debatable. "Flash Update No. 14/13",
# "11th convoy", "minus 14 degrees", dates, years, phone numbers, the footnote mark, 1.4 MB, the
# share count and the Related content (12.7M, 1.9M, 4 years, 3,204 followers) are not claims.
rows(d, [
    ("At least 46 civilians killed and 312 injured across the country", "At least 46", 46, GE, "count", CAS, N, "killed", A, U, U, U, N, True),  # highlight
    ("civilians killed and 312 injured across the country", "312", 312, A, "count", CAS, N, "injured", A, U, U, U, N, True),  # highlight
    ("delivered 41 trucks of supplies", "41", 41, EX, "count", A, N, A, A, A, A, U, A, True),  # highlight (sum)
    ("Plan seeks US$2.3 billion", "US$2.3 billion", 2300000000, EX, "usd", ECO, N, A, A, A, A, U, N, True),  # highlight
    # overview
    ("some 1.1 million consumers were without electricity", "some 1.1 million", 1100000, APX, "count", INF, N, A, A, U, U, U, A),
    ("An estimated 12.7 million people", "12.7 million", 12700000, APX, "count", A, N, A, A, A, UN, U, N),
    ("including 3.6 million internally displaced people", "3.6 million", 3600000, A, "count", DIS, N, A, A, A, UN, U, N),
    ("1,240 people were evacuated", "1,240", 1240, EX, "count", DIS, N, "evacuated", A, A, U, U, "Donetsk"),
    ("including 186 children", "186", 186, EX, "count", DIS, N, "evacuated", A, A, U, U, "Donetsk", True),  # subset
    ("and 43 people with limited mobility", "43", 43, EX, "count", DIS, N, "evacuated", A, A, U, U, "Donetsk", True),  # subset
    ("received 960 of them", "960", 960, EX, "count", DIS, N, A, A, A, A, U, DNI, True),  # part of the evacuees
    # casualties
    ("at least 46 civilians were killed and 312 injured in attacks", "at least 46", 46, GE, "count", CAS, N, "killed", A, U, U, U, N),
    ("were killed and 312 injured in attacks across Ukraine", "312", 312, A, "count", CAS, N, "injured", A, U, U, U, N),
    ("• Zaporizka oblast: 11 killed, 64 injured", "11", 11, EX, "count", CAS, N, "killed", A, U, U, U, ZAP),
    ("• Zaporizka oblast: 11 killed, 64 injured", "64", 64, EX, "count", CAS, N, "injured", A, U, U, U, ZAP),
    ("(including 4 children)", "4", 4, EX, "count", CAS, N, "injured", A, U, U, U, ZAP, True),  # subset
    ("• Donetska oblast: 9 killed, 38 injured", "9", 9, EX, "count", CAS, N, "killed", A, U, U, U, "Donetsk"),
    ("• Donetska oblast: 9 killed, 38 injured", "38", 38, EX, "count", CAS, N, "injured", A, U, U, U, "Donetsk"),
    ("• Khersonska oblast: 8 killed, 71 injured", "8", 8, EX, "count", CAS, N, "killed", A, U, U, U, "Kherson"),
    ("• Khersonska oblast: 8 killed, 71 injured", "71", 71, EX, "count", CAS, N, "injured", A, U, U, U, "Kherson"),
    ("• Kharkivska oblast: 7 killed, 52 injured", "7", 7, EX, "count", CAS, N, "killed", A, U, U, U, "Kharkiv"),
    ("• Kharkivska oblast: 7 killed, 52 injured", "52", 52, EX, "count", CAS, N, "injured", A, U, U, U, "Kharkiv"),
    ("• Dnipropetrovska oblast: 5 killed, 29 injured", "5", 5, EX, "count", CAS, N, "killed", A, U, U, U, DNI),
    ("• Dnipropetrovska oblast: 5 killed, 29 injured", "29", 29, EX, "count", CAS, N, "injured", A, U, U, U, DNI),
    ("• Sumska oblast: 3 killed, 17 injured", "3", 3, EX, "count", CAS, N, "killed", A, U, U, U, "Sumy"),
    ("• Sumska oblast: 3 killed, 17 injured", "17", 17, EX, "count", CAS, N, "injured", A, U, U, U, "Sumy"),
    ("Chernihivska): 3 killed, 41 injured", "3", 3, EX, "count", CAS, N, "killed", A, U, U, U, A),
    ("Chernihivska): 3 killed, 41 injured", "41", 41, EX, "count", CAS, N, "injured", A, U, U, U, A),
    ("more than 15,600 civilians have been killed", "more than 15,600", 15600, GE, "count", CAS, N, "killed", A, U, UN, U, N),
    ("and 41,900 injured in Ukraine", "41,900", 41900, A, "count", CAS, N, "injured", A, U, UN, U, N),
    # response
    ("an inter-agency convoy of 17 trucks", "17", 17, EX, "count", A, N, A, A, A, A, U, "Kherson"),
    ("delivered about 240 tonnes of food", "about 240", 240, APX, A, A, N, A, A, A, A, U, "Kherson"),
    ("with 24 trucks carrying 310 tonnes", "24", 24, EX, "count", A, N, A, A, A, A, U, "Donetsk"),
    ("with 24 trucks carrying 310 tonnes", "310", 310, EX, A, A, N, A, A, A, A, U, "Donetsk"),
    ("including 2,600 food rations", "2,600", 2600, EX, "count", A, N, A, A, A, A, U, "Donetsk"),
    ("and 800 shelter kits", "800", 800, EX, "count", A, N, A, A, A, A, U, "Donetsk"),
    ("partners have distributed 52 generators", "52", 52, EX, "count", A, N, A, A, A, A, U, A),
    ("solid fuel to about 18,500 households", "about 18,500", 18500, APX, "count", A, N, A, A, A, A, U, A),
    ("winter assistance has reached 1.34 million people", "1.34 million", 1340000, EX, "count", A, N, A, A, A, A, U, N),
    ("71 per cent of the 1.9 million targeted", "1.9 million", 1900000, EX, "count", A, N, A, A, A, A, U, N, True),  # target
    ("damaged two hospitals in Kherson", "two", 2, EX, "count", INF, N, A, A, U, UN, U, "Kherson"),
    # funding
    ("requires US$2.3 billion to assist", "US$2.3 billion", 2300000000, EX, "usd", ECO, N, A, A, A, A, U, N),
    ("to assist 4.4 million people", "4.4 million", 4400000, EX, "count", A, N, A, A, A, A, U, N, True),  # target
    ("donors had pledged $410 million", "$410 million", 410000000, EX, "usd", ECO, N, A, A, A, A, U, N, True),  # pledge
    ("with $1.62 billion received", "$1.62 billion", 1620000000, EX, "usd", ECO, N, A, A, A, A, U, N),
    ("against the $2.65 billion requested", "$2.65 billion", 2650000000, EX, "usd", ECO, N, A, A, A, A, U, N),
    ("allocated $18 million in December", "$18 million", 18000000, EX, "usd", ECO, N, A, A, A, A, U, N),
])
any_(d, [
    ("it is 18 per cent funded", "18 per cent"),
    ("in at least eight oblasts", "at least eight"),
    ("from 14 communities around Kostiantynivka", "14"),
    ("notes that 88 per cent", "88 per cent"),
    ("caused more than half of them", "more than half"),
    ("within 10 kilometres of the Dnipro River", "10"),
    ("medical supplies for 15,000 people", "15,000"),
    ("or 71 per cent of the 1.9 million", "71 per cent"),
    ("WHO recorded 23 attacks on health care", "23"),
    ("make up about a third of those remaining", "about a third"),
    ("or 18 per cent of the requirements", "18 per cent"),
    ("closed 61 per cent funded", "61 per cent"),
    ("in December to 27 partners", "27"),
])

# ---------------------------------------------------------------- b04 shadow fleet, tanker hit by naval drones
d = "b04_shadow_fleet_tanker_naval_drones.txt"
# Russia's marine rescue service, the Krasnodar emergency headquarters, the Defence Ministry (and
# its Black Sea Fleet) and Drozdenko speak for Russia; the SBU source and Pletenchuk (Ukraine's
# Navy) for Ukraine; the British government for the United Kingdom; the EU, the Kyiv School of
# Economics (a non-state think-tank), the tracking firm SeaLens, brokers and the outlet have
# claimant_side open. Novorossiysk and the Kerch Strait lie outside the region vocabulary (region
# open); the tanker was at Novorossiysk's anchorage (country Russia); the open sea, the Kerch Strait
# and the shadow fleet as a whole have country open. Vessels sanctioned or listed, the fleet's size
# and tankers counted passing the strait fit no vocabulary category: required, value and qualifier
# scored, category, action, actor and target open (the headline's 41 restates the EU figure:
# optional). The cargo (barrels), the slick (tonnes), exports (barrels per day), Ukraine's cargo
# (tonnes) have unit open; the cargo, exports, revenue and Ukraine's cargo are economic, the slick's
# category is open. Sea Baby drones that "hit" the tanker: weapon drone, action open, actor
# Ukraine, target open (a foreign-flagged tanker). "uncrewed boats" destroyed by Russia: weapon with
# weapon_type open (drone or boat), actor Russia, target Ukraine; the fleet's "212 such boats since
# January" is required. Crew injured name no perpetrator: actor open. Warships "on combat duty" are
# deployed; the subheading's "No more than four" restates Pletenchuk (optional). Civilian vessels
# damaged by "Russian strikes": infrastructure, actor Russia; Primorsk's storage tanks "hit":
# infrastructure, actor open, target Russia (Leningrad). The 18% fall in Primorsk loadings is an
# economic percentage (required, like the seeds' 6%). Crew size (24), "a third" drone, 600 metres
# of booms, "about 70 per cent", the war-risk premiums (1.5%, 0.8%) and the broker's hypothetical
# 3,000 and 30 tonnes are debatable. IMO 9281736, "built 2004", 04:40, prices ($41.80, $44.10),
# "first three weeks", "14 December", dates and the furniture (1 of 3, £29, 6 min read, 14-month,
# Ten things, 3 cables, 1 anchor, 0 convictions, 7am, 22,000, company number, phone) are not claims.
rows(d, [
    ("as EU lists 41 more shadow-fleet tankers", "41", 41, EX, "count", A, N, A, A, A, A, A, A, True),  # headline
    ("loaded with about 730,000 barrels", "about 730,000", 730000, APX, A, ECO, N, A, A, A, A, R, A),
    ("Two of her 24 crew members suffered burns", "Two", 2, EX, "count", CAS, N, "injured", A, A, R, R, A),
    ("An oil slick of about 30 tonnes", "about 30", 30, APX, A, A, N, A, A, A, R, R, A),
    ("two Sea Baby drones had hit the tanker", "two", 2, EX, "count", W, "drone", A, U, A, U, R, A),
    ("destroyed seven Ukrainian uncrewed boats", "seven", 7, EX, "count", W, A, "destroyed", R, U, R, A, A),
    ("has claimed 212 such boats destroyed", "212", 212, EX, "count", W, A, "destroyed", R, U, R, A, A),
    ("adds 41 vessels to the list", "41", 41, EX, "count", A, N, A, A, A, A, A, A),
    ("bringing the total to 598", "598", 598, EX, "count", A, N, A, A, A, A, A, A),
    ("it had sanctioned 25 more tankers", "25", 25, EX, "count", A, N, A, A, A, UK, A, A),
    ("under British sanctions to 520", "520", 520, EX, "count", A, N, A, A, A, UK, A, A),
    ("estimate the shadow fleet at some 940 tankers", "some 940", 940, APX, "count", A, N, A, A, A, A, A, A),
    ("averaged 3.1 million barrels per day", "3.1 million", 3100000, EX, A, ECO, N, A, A, A, A, R, N),
    ("an estimated $13.6 billion in November", "$13.6 billion", 13600000000, APX, "usd", ECO, N, A, A, A, A, R, N),
    ('Ukraine\'s navy: "No more than four"', "No more than four", 4, LE, "count", W, "ship", "deployed", R, A, U, A, A, True),  # subheading
    ("counted 14 shadow-fleet tankers", "14", 14, EX, "count", A, N, A, A, A, U, A, A),
    ("kept up to four Kalibr-armed warships", "up to four", 4, LE, "count", W, "ship", "deployed", R, A, U, A, A),
    ("had damaged nine civilian vessels", "nine", 9, EX, "count", INF, N, A, R, U, U, U, "Odesa"),
    ("ships carrying 4.2 million tonnes of cargo", "4.2 million", 4200000, EX, A, ECO, N, A, A, A, U, U, "Odesa"),
    ("fell by 18% in December", "18%", 18, EX, "percent", ECO, N, A, A, A, A, R, "Leningrad"),
    ("two storage tanks had been hit", "two", 2, EX, "count", INF, N, A, A, R, R, R, "Leningrad"),
])
any_(d, [
    ("Two of her 24 crew members", "24"),
    ("with 600 metres of booms", "600"),
    ("and that a third had been shot down", "a third"),
    ("carrying about 70 per cent", "about 70 per cent"),
    ("rose to 1.5% of hull value", "1.5%"),
    ("from 0.8% in November", "0.8%"),
    ("If the slick had been 3,000 tonnes", "3,000"),
    ("3,000 tonnes rather than 30", "30"),
])

# ---------------------------------------------------------------- b05 Belgorod governor's Telegram posts
d = "b05_belgorod_governor_telegram_posts.txt"
# Gladkov's posts (translated, timestamped) speak for Russia: country Russia, region Belgorod. The
# outlet's bracketed notes (the 309 sum, the 142 repeated) and headline have claimant_side open.
# Each daily summary is its own claim (26 December in the 08:05 post, 27 December in the 07:55
# post), as are the incident posts. Munitions "fired" and drones "launched" by "the Armed Forces of
# Ukraine" are launched, actor Ukraine, target Russia; "munitions" mix artillery, mortar and rocket
# rounds (weapon_type open), "shells" are artillery; drones and Vampire rockets "shot down and
# suppressed" by air defence are shot_down, actor Russia, target Ukraine (the rockets' weapon_type
# is open: MLRS rockets). The district breakdown shares the summary's context (actor Ukraine) and
# is required. Casualties whose sentence names no perpetrator ("One civilian was injured", "Two men
# were injured", "Three civilians were killed") have actor open, target Russia. Houses, apartment
# buildings, a social facility and residents without electricity are infrastructure, action and
# actor open, target Russia. The 1,140 "evacuated from the border villages": evacuated, actor open.
# The year's toll (118, 794) is required, "41 of them children" a subset (optional). Kyiv's side:
# Kovalenko (Centre for Countering Disinformation) and Syniehubov speak for Ukraine; the "about
# 12,000 troops" kept in the Belgorod region are deployed (actor Russia); Syniehubov's four
# wounded by Russian shelling have actor Russia, country Ukraine, region Kharkiv; his "2 glide bombs
# had hit" are hits (action and actor open). Cars damaged (a car, 31, 19) are debatable, as in
# heldout18, and so are counts of municipalities (9, 10) and settlements (6, 14), "No casualties"
# and "the thousands". Times, dates, "9-year-old", "Hospital No. 2", "Part 2 of Article 205", the
# hotline 8-800-250-25-90, 2026 as a year and the furniture (2,960 views, the Previous link's 5 drones, 1,870 people, 5
# euros, 23,500 subscribers) are not claims.
B = "Belgorod"
rows(d, [
    ("three dead in a day", "three", 3, EX, "count", CAS, N, "killed", A, R, A, R, B, True),  # headline
    # 08:05 summary of 26 December
    ("In total, 142 munitions were fired", "142", 142, EX, "count", W, A, "launched", U, R, R, R, B),
    ("and 57 drones were launched", "57", 57, EX, "count", W, "drone", "launched", U, R, R, R, B),
    ("39 of which were shot down and suppressed", "39", 39, EX, "count", W, "drone", "shot_down", R, U, R, R, B),
    ("Belgorod district: 2 shells and 14 drones", "2", 2, EX, "count", W, "artillery", "launched", U, R, R, R, B),
    ("2 shells and 14 drones on 6 settlements", "14", 14, EX, "count", W, "drone", "launched", U, R, R, R, B),
    ("Shebekino district: 61 munitions and 23 drones", "61", 61, EX, "count", W, A, "launched", U, R, R, R, B),
    ("Shebekino district: 61 munitions and 23 drones", "23", 23, EX, "count", W, "drone", "launched", U, R, R, R, B),
    ("One civilian was injured", "One", 1, EX, "count", CAS, N, "injured", A, R, R, R, B),
    ("4 private houses and a utility building", "4", 4, EX, "count", INF, N, A, A, R, R, R, B),
    ("Graivoron district: 48 munitions and 11 drones", "48", 48, EX, "count", W, A, "launched", U, R, R, R, B),
    ("Graivoron district: 48 munitions and 11 drones", "11", 11, EX, "count", W, "drone", "launched", U, R, R, R, B),
    ("1,200 residents are without electricity", "1,200", 1200, EX, "count", INF, N, A, A, R, R, R, B),
    ("Valuyki district: 4 drones", "4", 4, EX, "count", W, "drone", "launched", U, R, R, R, B),
    # 13:22 Shebekino
    ("Two men were injured: one has shrapnel", "Two", 2, EX, "count", CAS, N, "injured", A, R, R, R, B),
    # 18:47 Belgorod
    ("shot down 6 rockets over the city", "6", 6, EX, "count", W, A, "shot_down", R, U, R, R, B),
    ("Two people were injured, including a 9-year-old girl", "Two", 2, EX, "count", CAS, N, "injured", A, R, R, R, B),
    ("Preliminary: 14 apartment buildings", "14", 14, EX, "count", INF, N, A, A, R, R, R, B),
    ("1 social facility", "1", 1, EX, "count", INF, N, A, A, R, R, R, B),
    # 22:16 evacuees
    ("now house 1,140 people evacuated", "1,140", 1140, EX, "count", DIS, N, "evacuated", A, A, R, R, B),
    # 07:55 summary of 27 December
    ("firing 167 munitions", "167", 167, EX, "count", W, A, "launched", U, R, R, R, B),
    ("and launching 84 drones", "84", 84, EX, "count", W, "drone", "launched", U, R, R, R, B),
    ("84 drones, 52 of which were shot down", "52", 52, EX, "count", W, "drone", "shot_down", R, U, R, R, B),
    ("Three civilians were killed and 11 were injured", "Three", 3, EX, "count", CAS, N, "killed", A, R, R, R, B),
    ("Three civilians were killed and 11 were injured", "11", 11, EX, "count", CAS, N, "injured", A, R, R, R, B),
    ("27 private houses, 6 apartment buildings", "27", 27, EX, "count", INF, N, A, A, R, R, R, B),
    ("6 apartment buildings and 19 cars", "6", 6, EX, "count", INF, N, A, A, R, R, R, B),
    ("with the 142 munitions of the day before", "142", 142, EX, "count", W, A, "launched", U, R, A, R, B, True),  # outlet's note, restates
    ("that is 309 in two days", "309", 309, EX, "count", W, A, "launched", U, R, A, R, B, True),  # outlet's sum
    # 10:40 the year
    ("In 2026, 118 civilians were killed", "118", 118, EX, "count", CAS, N, "killed", A, R, R, R, B),
    ("and 794 injured in the region", "794", 794, EX, "count", CAS, N, "injured", A, R, R, R, B),
    ("41 of them children", "41", 41, EX, "count", CAS, N, A, A, R, R, R, B, True),  # subset
    # Kyiv
    ("a grouping of about 12,000 troops", "about 12,000", 12000, APX, "count", PER, N, "deployed", R, A, U, R, B),
    ("wounding four people in the Zolochiv community", "four", 4, EX, "count", CAS, N, "injured", R, U, U, U, "Kharkiv"),
    ("He said 2 glide bombs", "2", 2, EX, "count", W, "guided_bomb", A, A, U, U, U, "Kharkiv"),
])
any_(d, [
    ("attacked 9 municipalities of the region", "9"),
    ("14 drones on 6 settlements", "6"),
    ("4 drones. No casualties", "No"),
    ("1 social facility and 31 cars", "31"),
    ("attacked 10 municipalities, firing", "10"),
    ("and 19 cars were damaged", "19"),
    ("had shelled 14 settlements in the Kharkiv region", "14"),
    ("forgets the thousands that fly", "thousands"),
])

# ---------------------------------------------------------------- b06 strikes on gas production and storage
d = "b06_gas_production_strikes.txt"
# Naftogaz (a state company) and Koretskyi, DTEK, GTSOU, the unnamed "person familiar", the think-tank
# Energy Pulse and the outlet have claimant_side open (companies and non-state bodies, as in
# heldout18); the energy ministry and the Air Force speak for Ukraine; the Russian Defence Ministry
# for Russia. Volumes of gas are economic, unit m3 ("bcm" = billion cubic metres), action, actor and
# target open; Ukraine's national figures have country Ukraine, region None. The lede's "about 40%"
# of production taken offline is required (a percentage of output lost, like the seeds' 6%); the
# headline restates it (optional), like the headline's 1.5 bcm. The extra 1.5 bcm to import "before
# the end of March", the cost of it ("roughly $700 million") and Norway's "1 billion kroner" are
# needs, projections and pledges (optional); the 4.6 bcm already imported, production before and
# after (52 and 31 million), storage now and a year earlier (9.1 and 12.0 bcm), Monday's
# consumption, the 600 million already contracted, the Hungarian route's 9 million a day and the
# EIB's approved €300 million loan (unit open) are required; the later "at 9.1 bcm" restates storage
# (optional). Koretskyi's "44 missiles" that "hit our facilities" have action open, actor Russia;
# the Air Force's 44 missiles and 96 drones launched and 32/78 shot down are a separate claim
# (another claimant), and its list by type is required (the list's 96 and 78 restate the drone
# totals: optional). The ministry's counts (six Kinzhal, 24 Kalibr and Kh-101, "more than 100"
# Geran) are launched, claimant Russia; in that list only the qualified item carries a qualifier.
# The ministry's 47 drones over Russian regions (region open) and "18 of them" over Voronezh.
# Production sites and wells "hit" or "damaged" (Kharkiv and Poltava: region open; Poltava is
# outside the vocabulary) are infrastructure, action and actor open; "two of them practically
# destroyed" is required. Energy Pulse's "up to 60%" of capacity destroyed or damaged is required.
# "dozens of drones" and the "technical minimum of 8 bcm" are debatable. "fourteenth", "$470 per
# thousand cubic metres" (a price), "minus 15°C", dates, "February 2025" and the furniture (TTF
# €38.40, Brent $61.15, 48.9, 7 min read, 412 shares, 10 min read, 12.4 billion hryvnias, 5-year,
# 31,000 readers, the address, phone and VAT number) are not claims.
rows(d, [
    ("cuts Ukraine's output by about 40%", "about 40%", 40, APX, "percent", ECO, N, A, A, A, A, U, N, True),  # headline
    ("Naftogaz to import an extra 1.5 bcm", "1.5 bcm", 1500000000, EX, "m3", ECO, N, A, A, A, A, U, N, True),  # headline, a need
    ("took about 40% of Ukraine's gas production offline", "about 40%", 40, APX, "percent", ECO, N, A, A, A, A, U, N),
    ("hit our facilities with 44 missiles", "44", 44, EX, "count", W, "missile", A, R, U, A, U, N),
    ("six production sites had been hit", "six", 6, EX, "count", INF, N, A, A, U, A, U, A),
    ('two of them "practically destroyed"', "two", 2, EX, "count", INF, N, A, A, U, A, U, A),
    ("two workers had been injured in the Kharkiv region", "two", 2, EX, "count", CAS, N, "injured", A, U, A, U, "Kharkiv"),
    ("fell from about 52 million cubic metres", "about 52 million", 52000000, APX, "m3", ECO, N, A, A, A, U, U, N),
    ("to roughly 31 million on Tuesday", "roughly 31 million", 31000000, APX, "m3", ECO, N, A, A, A, U, U, N),
    ("an additional 1.5 billion cubic metres", "1.5 billion", 1500000000, EX, "m3", ECO, N, A, A, A, U, U, N, True),  # a need
    ("on top of the 4.6 bcm imported", "4.6 bcm", 4600000000, EX, "m3", ECO, N, A, A, A, U, U, N),
    ("underground storage at 9.1 bcm", "9.1 bcm", 9100000000, EX, "m3", ECO, N, A, A, A, U, U, N),
    ("against 12.0 bcm a year earlier", "12.0 bcm", 12000000000, EX, "m3", ECO, N, A, A, A, U, U, N),
    ("Consumption hit 118 million cubic metres", "118 million", 118000000, EX, "m3", ECO, N, A, A, A, A, U, N),
    ("two of its gas wells in the Poltava region", "two", 2, EX, "count", INF, N, A, A, U, A, U, A),
    # the Air Force
    ("Russia had launched 44 missiles and 96 drones", "44", 44, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("launched 44 missiles and 96 drones, and that", "96", 96, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("that 32 missiles and 78 drones had been shot down", "32", 32, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("32 missiles and 78 drones had been shot down", "78", 78, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("- 8 Kinzhal aeroballistic missiles, 3 shot down", "8", 8, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("- 8 Kinzhal aeroballistic missiles, 3 shot down", "3", 3, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("- 21 Kh-101 cruise missiles, 19 shot down", "21", 21, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("- 21 Kh-101 cruise missiles, 19 shot down", "19", 19, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("- 11 Kalibr cruise missiles, 9 shot down", "11", 11, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("- 11 Kalibr cruise missiles, 9 shot down", "9", 9, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("- 4 Iskander-M ballistic missiles, 1 shot down", "4", 4, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("- 4 Iskander-M ballistic missiles, 1 shot down", "1", 1, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("- 96 Shahed and Gerbera drones, 78 shot down", "96", 96, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # restates
    ("- 96 Shahed and Gerbera drones, 78 shot down", "78", 78, EX, "count", W, "drone", "shot_down", U, R, U, U, N, True),  # restates
    # the Russian Defence Ministry
    ("listed six Kinzhal missiles", "six", 6, A, "count", W, "missile", "launched", R, U, R, U, N),
    ("24 Kalibr and Kh-101 cruise missiles", "24", 24, A, "count", W, "missile", "launched", R, U, R, U, N),
    ('"more than 100" Geran drones', "more than 100", 100, GE, "count", W, "drone", "launched", R, U, R, U, N),
    ("shot down 47 Ukrainian drones", "47", 47, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("18 of them over the Voronezh region", "18", 18, EX, "count", W, "drone", "shot_down", R, U, R, R, "Voronezh"),
    # imports and money
    ("contracted about 600 million cubic metres", "about 600 million", 600000000, APX, "m3", ECO, N, A, A, A, A, U, N),
    ("reached about 9 million cubic metres a day", "about 9 million", 9000000, APX, "m3", ECO, N, A, A, A, A, U, N),
    ("would cost roughly $700 million", "roughly $700 million", 700000000, APX, "usd", ECO, N, A, A, A, A, U, N, True),  # projection
    ("approved a €300 million loan", "€300 million", 300000000, EX, A, ECO, N, A, A, A, A, U, N),
    ("a further 1 billion kroner", "1 billion", 1000000000, EX, A, ECO, N, A, A, A, A, U, N, True),  # pledge
    ("Ukraine's gas storage, at 9.1 bcm", "9.1 bcm", 9100000000, EX, "m3", ECO, N, A, A, A, A, U, N, True),  # restates
    ("destroyed or damaged up to 60%", "up to 60%", 60, LE, "percent", ECO, N, A, A, A, A, U, N),
])
any_(d, [
    ("44 missiles and dozens of drones", "dozens"),
    ("technical minimum of 8 bcm", "8 bcm"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "b19")
