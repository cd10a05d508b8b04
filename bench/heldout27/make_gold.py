"""Builds gold.jsonl for heldout27 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout27.make_gold

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
# ---------------------------------------------------------------- j01 Kharkiv night, Telegram posts
d = "j01_kharkiv_night_glide_bombs_telegram.txt"
# A Kharkiv city news site on a night of glide-bomb (KAB) and drone strikes, told through the
# mayor Terekhov's and the governor Syniehubov's Telegram posts, quoted with timestamps: country
# Ukraine, region Kharkiv. Terekhov, Syniehubov ("the governor said", "according to Syniehubov"),
# the city council's damage list and the Air Force ("it said" mid-sentence) speak for Ukraine;
# Russia's Defence Ministry for Russia. Decided anew: a casualty toll that changes during the day is
# one claim per update, so every figure a post gives for the first time is required (two, seven,
# 12, 19, 24, 31 injured; one, two, three killed); the final four killed and 37 injured are required
# once, in the lead ("By the evening ... Syniehubov said"), and the later posts that state the same
# figures (13:50's "Four people have now been killed", 18:05's "37 injured" and "Four killed") are
# restatements (optional), as is the headline. Subsets are optional: "of whom six are in a serious
# condition", "including three children", "Fourteen people remain in hospital". The casualty
# sentences of the posts name no perpetrator ("A KAB has hit", "One person has been killed"): actor
# open, target Ukraine (civilians), as heldout22. Weapons: "Around 20 Shaheds are over the city"
# and the 06:10 post's "five guided aerial bombs and 26 Geran-2 drones" that "The enemy used" are
# launched (actor Russia; Geran-2 is the Shahed family); "shot down 11 of the drones" actor Ukraine.
# The Air Force's 94 drones and two Iskander-M launched and 63 shot down are nationwide (region
# None). The governor's "more than 120 guided bombs" since 1 March and "about 80" in February are
# separate launched claims (Kharkiv). The damage list by district is infrastructure with action
# and actor open (the list names no attacker), target Ukraine: two high-rise buildings and 46
# apartments (exact: that bullet has no qualifier), "about 30 private houses", 12 trams (qualifier
# open: listed next to "more than 100 flats"), "more than 100 flats"; "about 2,300 households" left
# without electricity follow heldout22's households without heat (category and action open). The
# ministry's "up to 40 militants and foreign mercenaries" eliminated: killed, actor Russia, target
# open (mercenaries are not a side). Debatable: the headline's "three districts" (a count of
# places), "17 cars burnt out" (private property), "fire
# spread over four floors", the 54 residents brought down, "15,000 hryvnias" per family (a
# payment), 160 glaziers and builders, "about 50 kilometres from the border", "up to 1.5 tonnes of
# explosives" (a specification), "about 30 kilometres from the Russian border". Non-claims: the
# timestamps (00:47 ... 18:05), "Fourth KAB since midnight" (ordinal), "nine-storey", "9-year-old",
# Geran-2, Iskander-M, Su-34, "second-largest", dates and the furniture (since 2014, the Listen
# button's 6:48, 7 min read, 112 comments, the Read also links' 8 stations and "five years on",
# 100 hryvnias, 4,800 members).
Kh = "Kharkiv"
rows(d, [
    ("Kharkiv: four killed, 37 injured", "four", 4, EX, "count", CAS, N, "killed", A, U, A, U, Kh, True),  # headline
    ("four killed, 37 injured as glide bombs", "37", 37, EX, "count", CAS, N, "injured", A, U, A, U, Kh, True),  # headline
    ("four people had been killed and 37 injured", "four", 4, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("had been killed and 37 injured", "37", 37, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Preliminary information: two people injured", "two", 2, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Around 20 Shaheds are over the city", "Around 20", 20, APX, "count", W, "drone", "launched", R, U, U, U, Kh),
    ("We already know of seven injured", "seven", 7, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("One person has been killed in the Saltivskyi district", "One", 1, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("The number of injured has risen to 12", "12", 12, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("The enemy used five guided aerial bombs", "five", 5, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("and 26 Geran-2 drones against Kharkiv", "26", 26, EX, "count", W, "drone", "launched", R, U, U, U, Kh),
    ("Our air defence shot down 11 of the drones", "11", 11, EX, "count", W, "drone", "shot_down", U, R, U, U, Kh),
    ("Two people were killed and 19 injured", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("Two people were killed and 19 injured", "19", 19, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("The death toll has risen to three", "three", 3, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("There are 24 injured", "24", 24, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Four people have now been killed", "Four", 4, EX, "count", CAS, N, "killed", A, U, U, U, Kh, True),  # restates
    ("The number of injured stands at 31", "31", 31, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("of whom six are in a serious condition", "six", 6, EX, "count", CAS, N, "injured", A, U, U, U, Kh, True),  # subset
    ("Updated figures: 37 injured", "37", 37, EX, "count", CAS, N, "injured", A, U, U, U, Kh, True),  # restates
    ("37 injured, including three children", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Kh, True),  # subset
    ("Four killed. Fourteen people", "Four", 4, EX, "count", CAS, N, "killed", A, U, U, U, Kh, True),  # restates
    ("Fourteen people remain in hospital", "Fourteen", 14, EX, "count", CAS, N, "injured", A, U, U, U, Kh, True),  # subset
    # the damage list by district
    ("two high-rise buildings and 46 apartments", "two", 2, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("46 apartments damaged", "46", 46, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("a kindergarten and about 30 private houses", "about 30", 30, APX, "count", INF, N, A, A, U, U, U, Kh),
    ("the tram depot and 12 trams", "12", 12, A, "count", INF, N, A, A, U, U, U, Kh),
    ("windows blown out in more than 100 flats", "more than 100", 100, GE, "count", INF, N, A, A, U, U, U, Kh),
    ("about 2,300 households were briefly left", "about 2,300", 2300, APX, "count", A, N, A, A, U, U, U, Kh),
    # the Air Force, nationwide
    ("Russia had launched 94 attack drones", "94", 94, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and two Iskander-M ballistic missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("63 drones were shot down", "63", 63, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    # the governor on March and February
    ("have dropped more than 120 guided bombs", "more than 120", 120, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("up from about 80 in the whole of February", "about 80", 80, APX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    # Russia's Defence Ministry
    ("eliminated up to 40 militants", "up to 40", 40, LE, "count", CAS, N, "killed", R, A, R, U, Kh),
])
any_(d, [
    ("Shaheds hit three districts", "three"),
    ("17 cars burnt out", "17"),
    ("where fire spread over four floors", "four"),
    ("brought 54 residents down", "54"),
    ("pay 15,000 hryvnias", "15,000"),
    ("160 glaziers and builders", "160"),
    ("about 50 kilometres from the border", "about 50"),
    ("carry up to 1.5 tonnes of explosives", "up to 1.5"),
    ("lies about 30 kilometres from the Russian border", "about 30"),
])

# ---------------------------------------------------------------- j02 Russian MoD weekly, wire
d = "j02_russian_mod_weekly_wire_retold.txt"
# A Western wire (Northbridge) retelling the Russian Defence Ministry's weekly summary, with a
# bulleted list per group of forces and the wire's caveats. The ministry ("the ministry said", "it
# said", "According to the ministry", "It gave no evidence") speaks for Russia; the General Staff,
# DeepState ("It said") and the Khortytsia spokesman Marynchuk ("he said, adding") for Ukraine;
# British military intelligence for the United Kingdom; NATO officials are not a side (claimant_side
# open). The bulleted list hangs on "According to the ministry, the week's figures broke down as
# follows": every bullet is the ministry's (claimant_side Russia). Ukrainian losses per group
# (servicemen: casualties, action open, actor Russia, target Ukraine) keep their "up to" (at_most;
# "up to 3.2 thousand" = 3200); the equipment that follows in the same bullet has qualifier open (a
# list with a qualifier), action open, as heldout22's per-group lists: tanks, motor vehicles
# (vehicle), field artillery guns (artillery), "a dozen armoured vehicles" (12, armored_vehicle),
# electronic warfare stations (weapon_type open). Regions by group: Sever (Sumy and Kharkiv),
# Vostok (Zaporizhzhia and Dnipropetrovsk border) and Dnepr (Kherson and Zaporizhzhia) span two
# regions (region open); Zapad Kharkiv; Yug and Tsentr Donetsk. Settlements "liberated" are
# territory with action open (heldout22), qualifier open in the bullets; the lead's five across
# "eastern Ukraine" has region open. Decided anew: "36 of whom it said had surrendered" is a
# prisoner count inside a losses figure; prisoners are a distinct measure (heldout22's 47 who
# surrendered), so it is required, category and action open, actor Russia. The air defence list
# (1,920 drones, 14 HIMARS rockets: weapon_type open, six JDAM-ER guided bombs, three Storm Shadow
# missiles) has no qualifier at all (exact), shot_down, country and region open; the overnight 87
# drones over Russian regions (country Russia, region open) with the breakdown "31 over the Kursk
# region" and "22 over the Bryansk region" required. UK intelligence's "about 1,100" Russian
# killed or wounded a day (casualties, action open, target Russia, country open). DeepState's 112
# square kilometres gained (seized, region open) and "only two of the five settlements" confirmed
# (seized); "the five settlements named by the ministry" restates (optional). Marynchuk's "Tsentr
# figure of 3,200" restates the ministry's figure (optional); his "more than 1,700" Russian killed
# and wounded around Pokrovsk (target Russia, Donetsk). "roughly 19% of Ukraine's territory"
# controlled is a share in the wire's own voice (optional, fields given). NATO's "more than one
# million casualties" (target Russia, claimant_side open). The headline restates five and "up to
# 9,400" (optional). Debatable: "six groups of forces" (unit count), 1,012 attacks repelled, 27
# group strikes and 146 areas (incident and place counts), "more than 40,000 a month" (the wire's
# extrapolation). Non-claims: "two diplomatic sources" (a count of sources), "seven days", dates,
# times, JDAM-ER, HIMARS, Storm Shadow, "twice", and the furniture (4:52 PM, 2 hours ago, 5 days a
# week).
D = "Donetsk"
rows(d, [
    ("took five Ukrainian villages in a week", "five", 5, EX, "count", TER, N, A, R, U, R, U, A, True),  # headline
    ('enemy losses of "up to 9,400"', "up to 9,400", 9400, LE, "count", CAS, N, A, R, U, R, U, A, True),  # headline
    ('"liberated" five settlements in eastern Ukraine', "five", 5, EX, "count", TER, N, A, R, U, R, U, A),
    ("inflicted losses of up to 9,400 troops", "up to 9,400", 9400, LE, "count", CAS, N, A, R, U, R, U, A),
    # Sever (Sumy and Kharkiv)
    ("up to 1,340 Ukrainian servicemen", "up to 1,340", 1340, LE, "count", CAS, N, A, R, U, R, U, A),
    ("two tanks and 17 motor vehicles", "two", 2, A, "count", W, "tank", A, R, U, R, U, A),
    ("two tanks and 17 motor vehicles", "17", 17, A, "count", W, "vehicle", A, R, U, R, U, A),
    # Zapad (Kharkiv)
    ("up to 1,650 servicemen", "up to 1,650", 1650, LE, "count", CAS, N, A, R, U, R, U, Kh),
    ("and 11 field artillery guns", "11", 11, A, "count", W, "artillery", A, R, U, R, U, Kh),
    ("one settlement, Kolisnykivka", "one", 1, A, "count", TER, N, A, R, U, R, U, Kh),
    # Yug (Donetsk)
    ("up to 1,480 servicemen", "up to 1,480", 1480, LE, "count", CAS, N, A, R, U, R, U, D),
    ("36 of whom it said had surrendered", "36", 36, EX, "count", A, N, A, R, U, R, U, D),
    # Tsentr (Donetsk)
    ("up to 3.2 thousand servicemen", "up to 3.2 thousand", 3200, LE, "count", CAS, N, A, R, U, R, U, D),
    ("the largest figure of the week, and two settlements", "two", 2, A, "count", TER, N, A, R, U, R, U, D),
    # Vostok (Zaporizhzhia and Dnipropetrovsk)
    ("up to 1,290 servicemen", "up to 1,290", 1290, LE, "count", CAS, N, A, R, U, R, U, A),
    ("a dozen armoured vehicles", "a dozen", 12, A, "count", W, "armored_vehicle", A, R, U, R, U, A),
    ("two settlements, including Yehorivka", "two", 2, A, "count", TER, N, A, R, U, R, U, A),
    # Dnepr (Kherson and Zaporizhzhia)
    ("up to 440 servicemen", "up to 440", 440, LE, "count", CAS, N, A, R, U, R, U, A),
    ("nine electronic warfare stations", "nine", 9, A, "count", W, A, A, R, U, R, U, A),
    # air defence, week and overnight
    ("shot down 1,920 fixed-wing drones", "1,920", 1920, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("14 HIMARS rockets", "14", 14, EX, "count", W, A, "shot_down", R, U, R, A, A),
    ("six JDAM-ER guided bombs", "six", 6, EX, "count", W, "guided_bomb", "shot_down", R, U, R, A, A),
    ("three Storm Shadow cruise missiles", "three", 3, EX, "count", W, "missile", "shot_down", R, U, R, A, A),
    ("destroyed 87 Ukrainian drones overnight", "87", 87, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("including 31 over the Kursk region", "31", 31, EX, "count", W, "drone", "shot_down", R, U, R, R, "Kursk"),
    ("and 22 over the Bryansk region", "22", 22, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    # caveats and competing figures
    ("losing about 1,100 soldiers killed or wounded a day", "about 1,100", 1100, APX, "count", CAS, N, A, A, R, UK, A, A),
    ("gained 112 square kilometres", "112", 112, EX, "km2", TER, N, "seized", R, U, U, U, A),
    ("confirmed the capture of only two of the five", "two", 2, EX, "count", TER, N, "seized", R, U, U, U, A),
    ("the five settlements named by the ministry", "five", 5, EX, "count", TER, N, A, R, U, A, U, A, True),  # restates
    ("called the Tsentr figure of 3,200", "3,200", 3200, EX, "count", CAS, N, A, R, U, A, U, D, True),  # restates
    ("lost more than 1,700 men killed and wounded", "more than 1,700", 1700, GE, "count", CAS, N, A, A, R, U, U, D),
    ("controls roughly 19% of Ukraine's territory", "roughly 19%", 19, APX, "percent", TER, N, "controlled", R, U, A, U, N, True),  # share
    ("suffered more than one million casualties", "more than one million", 1000000, GE, "count", CAS, N, A, A, R, A, A, A),
])
any_(d, [
    ("broken down by its six groups of forces", "six"),
    ("repelled 1,012 Russian attacks", "1,012"),
    ("carried out 27 group strikes", "27"),
    ("in 146 areas", "146"),
    ("more than 40,000 a month", "more than 40,000"),
])

# ---------------------------------------------------------------- j03 Romania, Moldova, Transnistria
d = "j03_romania_moldova_drone_debris_transnistria.txt"
# An English-language Romanian/Moldovan news site on Russian drone debris in Plauru (Tulcea county,
# Romania) after an attack on Izmail (Odesa region), NATO jets scrambled, a drone crash in Moldova,
# Russian troops in Transnistria and the SIS report. Romania, Moldova, the Netherlands and NATO are
# not sides in the vocabulary, and neither Romania, Moldova nor Transnistria is an allowed country
# or region: for events on their soil country and region are open, and Romania's Defence and
# Foreign Ministries, Moldova's Foreign Ministry, the SIS ("It said"), Moldelectrica and NATO's air
# command have claimant_side open (heldout22's EU, Japan, Nepal). Ukraine's Air Force and Kiper
# speak for Ukraine; Zakharova for Russia; the paragraphs on Transnistria and Romania's spending
# have no attribution of their own (claimant_side open). Weapons: the Russian drone's fragments
# ("at least one drone", actor Russia, target open: it was aimed at Ukraine and fell in Romania;
# action open); the four fighters "scrambled" have action and actor open (Romanian and Dutch jets,
# neither a side); the 41 Shahed-type drones launched at the Odesa region and 29 shot down (Odesa);
# Romania's 18 Gepard guns deployed (air_defense, actor open); Moldova's "two Russian drones" that
# "crossed" its airspace (action open), "one of which crashed" a subset (optional). Kiper's two
# grain terminals damaged (infrastructure) and three port workers injured ("the attack": no
# perpetrator in the sentence, actor open). Money: Romania's 1.3 billion lei (unit open); the
# bracketed "about $280 million" is the same quantity (optional, as the seeds' bracketed miles).
# Personnel: Russia "keeps some 1,500 troops" in Transnistria (deployed, actor Russia); "about 400"
# peacekeepers among them (subset, optional); the SIS's "about 600" residents recruited by Russia
# (action open) and "at least 70 of them" killed (a new measure: required, actor and target open),
# "more than 100 officers" flown in (deployed, actor Russia); Zakharova's "massed up to 5,000
# troops" (massed, actor United States, claimant Russia); Romania's "about 4,200 allied troops"
# (action and actor open) and "some 1,100 of them Americans" (subset, optional, actor United
# States). Moldelectrica's imports fell "by about 15%" (economic percent). Debatable: NATO's "27
# times" (scrambles), "an estimated 20,000 tonnes of ammunition" (a stockpile in tonnes), "120
# kilometres away", "two overhead lines" switched off as a precaution, "fewer than 30 people" in
# Plauru, "nine alerts". Non-claims: "2 a.m.", "about six minutes later", "at least the 30th time"
# and "the second such find" (ordinals), 1992, F-16, F-35, Gerbera, Geran-2, Shahed-136, dates and
# the furniture (Comments (57), 12,400 subscribers, the Most read links' 3 shelters and 40%).
Od = "Odesa"
rows(d, [
    ("fragments of at least one drone", "at least one", 1, GE, "count", W, "drone", A, R, A, A, A, A),
    ("Two Romanian F-16 fighters", "Two", 2, EX, "count", W, "aircraft", A, A, A, A, A, A),
    ("and two Dutch F-35s", "two", 2, EX, "count", W, "aircraft", A, A, A, A, A, A),
    ("launched 41 Shahed-type drones at the Odesa region", "41", 41, EX, "count", W, "drone", "launched", R, U, U, U, Od),
    ("of which 29 were shot down", "29", 29, EX, "count", W, "drone", "shot_down", U, R, U, U, Od),
    ("damaged two grain terminals", "two", 2, EX, "count", INF, N, A, A, U, U, U, Od),
    ("injured three port workers", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Od),
    ("approved 1.3 billion lei", "1.3 billion", 1300000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("(about $280 million)", "about $280 million", 280000000, APX, "usd", ECO, N, A, A, A, A, A, A, True),  # conversion
    ("deployed 18 Gepard anti-aircraft guns", "18", 18, EX, "count", W, "air_defense", "deployed", A, A, A, A, A),
    ("two Russian drones had crossed Moldovan airspace", "two", 2, EX, "count", W, "drone", A, R, A, A, A, A),
    ("one of which crashed", "one", 1, EX, "count", W, "drone", A, R, A, A, A, A, True),  # subset
    ("where Russia keeps some 1,500 troops", "some 1,500", 1500, APX, "count", PER, N, "deployed", R, A, A, A, A),
    ("about 400 serve as", "about 400", 400, APX, "count", PER, N, "deployed", R, A, A, A, A, True),  # subset
    ("recruited about 600 residents of Transnistria", "about 600", 600, APX, "count", PER, N, A, R, A, A, A, A),
    ("at least 70 of them had been killed", "at least 70", 70, GE, "count", CAS, N, "killed", A, A, A, A, A),
    ("flying more than 100 officers into the region", "more than 100", 100, GE, "count", PER, N, "deployed", R, A, A, A, A),
    ('"massed up to 5,000 troops"', "up to 5,000", 5000, LE, "count", PER, N, "massed", US, A, R, A, A),
    ("about 4,200 allied troops in the country", "about 4,200", 4200, APX, "count", PER, N, A, A, A, A, A, A),
    ("some 1,100 of them Americans", "some 1,100", 1100, APX, "count", PER, N, A, US, A, A, A, A, True),  # subset
    ("fallen by about 15%", "about 15%", 15, APX, "percent", ECO, N, A, A, A, A, A, A),
])
any_(d, [
    ("scrambled 27 times", "27"),
    ("an estimated 20,000 tonnes of ammunition", "an estimated 20,000"),
    ("120 kilometres away", "120"),
    ("two overhead lines linking Moldova", "two"),
    ("fewer than 30 people still live", "fewer than 30"),
    ("nine alerts in a single week", "nine"),
])

# ---------------------------------------------------------------- j04 Izium returns and rebuilding
d = "j04_izium_returns_reconstruction.txt"
# A reconstruction magazine's reportage from Izium (country Ukraine, region Kharkiv): residents
# returning, houses damaged and rebuilt, demining, and money from the EU, the World Bank and Kyiv.
# The city military administration ("it said"), the city council ("the council says"), the
# ministry ("it added"), Marchuk ("he added", "Marchuk said"), the police and the administration's
# box speak for Ukraine; the EU delegation and the World Bank ("It estimates") are not sides
# (claimant_side open). Decided anew: residents who came back are displacement with action open
# (return is the reverse of evacuation, not in the vocabulary), actor and target open: "some 8,000
# of whom came back in the past year" required, "about 1,200 came back from abroad" a subset
# (optional), the headline's 8,000 a restatement (optional). Population stocks (about 45,000 before
# the war, about 10,000 who remained, 27,600 now) are not quantities of the conflict's effects
# (debatable). Houses and blocks damaged are infrastructure with action and actor open ("during the
# occupation and the fighting"), target Ukraine: 3,200 houses and "Eighty" blocks required; "1,450
# of them beyond repair" a subset (optional). Houses repaired (2,140) and rebuilt (190) and the box's
# bridges rebuilt ("2 of 3") are infrastructure with action, actor and target open. Money is
# economic with action open: the EU's €58 million "committed" is a pledge (optional, as heldout22's
# Japanese pledge), the €21 million "paid out" required (unit open); the World Bank's $36.5 million
# paid (usd) and its cost estimate of $1.1 billion ("It estimates ... at": qualifier open); Kyiv's
# 1.4 billion and 2.6 billion hryvnias (unit open). Demining follows heldout22: 8,900 hectares
# cleared (territory, unit open), "more than 41,000 explosive objects" (category, weapon_type,
# action, actor and target open), "about 2,700 anti-personnel mines" a subset (optional). Mines
# killed 14 and injured 39 (actor open); the Russian drone injured three bus passengers (actor
# Russia). Debatable: the families on Kravets's street ("three", "eleven"), the population stocks,
# "roughly 11,000 private houses" and the 110 blocks (stocks), 610 families waiting, "two schools",
# 1,870 families and 4,300 certificates (recipients), "Half of our bricklayers", "About 30%" still
# off limits (share), "about 40 kilometres from the front line", the 36 flats and nine families, and
# the box's schools (7 of 12), pupils, the third bridge, modular homes and aid recipients.
# Non-claims: ages (61, 67), "five-storey", "Twelve days" (duration), dates, "April to September
# 2022", and the furniture (8 min read, the Read next links' 600 homes, "five years on" and $588
# billion).
rows(d, [
    ("8,000 residents came back last year", "8,000", 8000, EX, "count", DIS, N, A, A, A, A, U, Kh, True),  # headline
    ("some 8,000 of whom came back", "some 8,000", 8000, APX, "count", DIS, N, A, A, A, U, U, Kh),
    ("about 1,200 came back from abroad", "about 1,200", 1200, APX, "count", DIS, N, A, A, A, U, U, Kh, True),  # subset
    ("3,200 of Izium's roughly 11,000", "3,200", 3200, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("1,450 of them beyond repair", "1,450", 1450, EX, "count", INF, N, A, A, U, U, U, Kh, True),  # subset
    ("Eighty of its 110 apartment blocks", "Eighty", 80, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("2,140 houses have been repaired", "2,140", 2140, EX, "count", INF, N, A, A, A, U, U, Kh),
    ("and 190 rebuilt from scratch", "190", 190, EX, "count", INF, N, A, A, A, U, U, Kh),
    ("committed €58 million to Izium", "€58 million", 58000000, EX, A, ECO, N, A, A, A, A, U, Kh, True),  # pledge
    ("of which €21 million has been paid out", "€21 million", 21000000, EX, A, ECO, N, A, A, A, A, U, Kh),
    ("paid $36.5 million in compensation", "$36.5 million", 36500000, EX, "usd", ECO, N, A, A, A, A, U, Kh),
    ("the cost of rebuilding the city at $1.1 billion", "$1.1 billion", 1100000000, A, "usd", ECO, N, A, A, A, A, U, Kh),
    ("allocated 1.4 billion hryvnias", "1.4 billion", 1400000000, EX, A, ECO, N, A, A, A, U, U, Kh),
    ("worth a combined 2.6 billion hryvnias", "2.6 billion", 2600000000, EX, A, ECO, N, A, A, A, U, U, Kh),
    ("cleared 8,900 hectares in the Izium community", "8,900", 8900, EX, A, TER, N, A, A, A, U, U, Kh),
    ("removed more than 41,000 explosive objects", "more than 41,000", 41000, GE, "count", A, A, A, A, A, U, U, Kh),
    ("including about 2,700 anti-personnel mines", "about 2,700", 2700, APX, "count", A, A, A, A, A, U, U, Kh, True),  # subset
    ("Mines have killed 14 civilians and injured 39", "14", 14, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("Mines have killed 14 civilians and injured 39", "39", 39, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("injuring three passengers", "three", 3, EX, "count", CAS, N, "injured", R, U, U, U, Kh),
    ("rebuilt: 2 of 3", "2", 2, EX, "count", INF, N, A, A, A, U, U, Kh),
])
any_(d, [
    ("there were three families on this street", "three"),
    ("Now there are eleven", "eleven"),
    ("it had about 45,000 residents", "about 45,000"),
    ("about 10,000 remained", "about 10,000"),
    ("counts 27,600 residents", "27,600"),
    ("roughly 11,000 private houses", "roughly 11,000"),
    ("Eighty of its 110 apartment blocks", "110"),
    ("Another 610 families", "610"),
    ("the central hospital and two schools", "two"),
    ("to 1,870 Izium families", "1,870"),
    ("issued 4,300 certificates", "4,300"),
    ("Half of our bricklayers", "Half"),
    ("About 30% of the community", "About 30%"),
    ("about 40 kilometres from the front line", "about 40"),
    ("Of the 36 flats in our entrance", "36"),
    ("only nine families have come back", "nine"),
    ("Schools reopened: 7 of 12", "7"),
    ("Schools reopened: 7 of 12", "12"),
    ("Pupils attending in person: 1,340", "1,340"),
    ("rebuilt: 2 of 3", "3"),
    ("displaced families: 240", "240"),
    ("humanitarian aid: about 9,500", "about 9,500"),
])

# ---------------------------------------------------------------- j05 mobile fire group profile
d = "j05_mobile_fire_group_profile.txt"
# A magazine dispatch on a Ukrainian mobile fire group (a pickup truck with a Browning M2) in the
# Kyiv region, with a bulleted monthly log and a Russian milblogger's counter-claim. The group's
# figures come from its commander Hrim ("Hrim says") and speak for Ukraine; the Air Force
# ("according to the Air Force, which says", "The Air Force will later report") for Ukraine; the
# pro-war channel Dozor Z, run by a former Russian officer, for Russia (as heldout22's pro-Kremlin
# expert Marochko); sentences in the reporter's voice ("Their best night was ...", "In December ...
# a Russian Lancet ...") have claimant_side open. Region: the group is in the Kyiv region, but it
# was lent to a brigade near Sumy in December, so its total since October (63, and the 51
# Shahed-type among them) and December's 14 have region open; the other months and 19 January are
# Kyiv; the Lancet strike and the two wounded are Sumy. The monthly log is a list of breakdowns by
# month, required line by line (shot_down, actor Ukraine, target Russia); its rounds fired and the
# hit rates ("21%", "nearly 45%", "more than 300" and "about 115" rounds per kill) are debatable
# (ammunition and shares). The subset "including 51 Shahed-type attack drones" is required as the
# seeds' "including two Su-34" (a model within the total); so are Dozor Z's "four IRIS-T launchers"
# and "two Patriot launchers" within its 23 air defence systems destroyed (air_defense, actor
# Russia, target Ukraine, country Ukraine, region open). Nationwide: 146 drones "sent" (launched)
# on 19 January, 88 launched and 71 shot down tonight, and the range "between 4,000 and 5,000"
# long-range drones a month, one claim quoting the whole range (value and qualifier open), region
# None. Own losses: "destroyed one of the group's two pickup trucks" (vehicle, destroyed, actor
# Russia: a Russian Lancet), "two men were wounded" in the same sentence (actor Russia); "three
# gunners have been killed" across the battalion (actor open, region open). The headline's
# "Sixty-three drones" restates (optional). Debatable: the radio's "Two mopeds", "four men", "about
# 20 mobile fire groups", the rounds, the hit rates, "about a third", the Shahed's price range
# "$35,000 to $50,000", "twice", "two pickup trucks" (fleet), "about 700,000 subscribers", "more
# than 60 mobile fire groups with their pickups" (units), "videos of three strikes", the
# spokesman's hypothetical "23 systems" and "90%", Hrim's "Sixty mobile groups?", "140 rounds" and
# the "0" he writes. Non-claims: times (23:40, 01:12, 02:48, 04:30), "eight minutes", "four hours",
# "44-year-old", "the fourth one" and "The second one" (ordinals), "once", Browning M2, IRIS-T,
# dates and the furniture (12 min read, the Listen button's 14 min, £6, the links' 40 interceptor
# drones a day, $20,000 and $35,000).
Kv = "Kyiv"
rows(d, [
    ("Sixty-three drones and a pickup truck", "Sixty-three", 63, EX, "count", W, "drone", "shot_down", U, R, A, U, A, True),  # headline
    ("the group has shot down 63 drones", "63", 63, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("including 51 Shahed-type attack drones", "51", 51, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    # the log by month
    ("October: 6 drones shot down", "6", 6, EX, "count", W, "drone", "shot_down", U, R, U, U, Kv),
    ("November: 11 drones", "11", 11, EX, "count", W, "drone", "shot_down", U, R, U, U, Kv),
    ("December: 14 drones", "14", 14, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("January: 19 drones", "19", 19, EX, "count", W, "drone", "shot_down", U, R, U, U, Kv),
    ("February: 13 drones", "13", 13, EX, "count", W, "drone", "shot_down", U, R, U, U, Kv),
    # nights
    ("Russia sent 146 drones towards Ukraine", "146", 146, EX, "count", W, "drone", "launched", R, U, A, U, N),
    ("the group downed five of them", "five", 5, EX, "count", W, "drone", "shot_down", U, R, A, U, Kv),
    ("between 4,000 and 5,000 long-range drones a month", "between 4,000 and 5,000", A, A, "count", W, "drone", "launched", R, U, U, U, N),
    ("Russia launched 88 drones at Ukraine overnight", "88", 88, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("71 were shot down or jammed", "71", 71, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    # own losses
    ("destroyed one of the group's two pickup trucks", "one", 1, EX, "count", W, "vehicle", "destroyed", R, U, A, U, "Sumy"),
    ("and two men were wounded", "two", 2, EX, "count", CAS, N, "injured", R, U, A, U, "Sumy"),
    ("three gunners have been killed since the autumn", "three", 3, EX, "count", CAS, N, "killed", A, U, U, U, A),
    # Dozor Z
    ("had destroyed 23 Ukrainian air defence systems", "23", 23, EX, "count", W, "air_defense", "destroyed", R, U, R, U, A),
    ("including four IRIS-T launchers", "four", 4, EX, "count", W, "air_defense", "destroyed", R, U, R, U, A),
    ("and two Patriot launchers", "two", 2, EX, "count", W, "air_defense", "destroyed", R, U, R, U, A),
])
any_(d, [
    ('"Two mopeds, heading south-west', "Two"),
    ("four men, a Toyota Hilux", "four"),
    ("one of about 20 mobile fire groups", "about 20"),
    ("about 1,900 rounds fired", "about 1,900"),
    ("about 2,600 rounds", "about 2,600"),
    ("about 2,400 rounds", "about 2,400"),
    ("about 2,200 rounds", "about 2,200"),
    ("about 1,500 rounds", "about 1,500"),
    ("from 21% in October", "21%"),
    ("nearly 45% in January", "nearly 45%"),
    ("from more than 300 to about 115", "more than 300"),
    ("to about 115", "about 115"),
    ("about a third of the Shahed-type drones", "about a third"),
    ("an estimated $35,000 to $50,000", "$35,000 to $50,000"),
    ("Hrim's crew fires twice", "twice"),
    ("the group's two pickup trucks", "two"),
    ("about 700,000 subscribers", "about 700,000"),
    ('"more than 60 mobile fire groups', "more than 60"),
    ("videos of three strikes", "three"),
    ("If they had destroyed 23 systems", "23"),
    ("shot down 90% of the drones", "90%"),
    ("Sixty mobile groups?", "Sixty"),
    ("has fired 140 rounds tonight", "140"),
    ('Hrim writes "0"', "0"),
])

# ---------------------------------------------------------------- j06 Russian dead, weekly count
d = "j06_russian_dead_by_region_weekly_count.txt"
# An independent Russian outlet in exile (Okno, with its partner Zemlya) on its weekly count of
# named Russian military dead, its methodology, a table by region, the Ukrainian General Staff's
# cumulative figure and prisoners. Okno's own count is the article's own voice ("we", "our
# statisticians", "our analysis"): claimant_side open (an independent outlet, neither Russia's
# government nor Ukraine's); the General Staff and the Coordination Headquarters ("says", "the
# headquarters estimates") speak for Ukraine, Russia's human rights commissioner for Russia, the
# volunteer network's missing count is Okno's report (open). Dead Russian servicemen: killed, actor
# open (the sentences name no killer), target Russia; country and region open, because the dead
# fell mostly in Ukraine and partly on Russian soil and the regions named are where they lived
# ("Regions are those where the soldier lived or was registered, not where he died"). Required:
# the 2,140 names added this week and the total 168,430; "About two hundred of the week's names"
# from the three border regions (a breakdown by place); the statisticians' range "between 270,000
# and 310,000" (one claim quoting the whole range: value and qualifier open); "about 51,000"
# missing (casualties, action open, as heldout22's missing); the table cell by cell (named dead
# and added this week per region). Optional: the headline's 168,430, "Of the 2,140 names"
# (restates) and the breakdown by status ("612 were volunteers", 388 mobilised, 301 former
# prisoners, "A further 74 were officers"): subsets of the week's names, as heldout22's "of them"
# subsets. The General Staff's 1,384,560 killed and wounded and "1,070 in the past 24 hours"
# (heldout22's daily and cumulative: action, actor, country and region open, target Russia).
# Prisoners (heldout22's convention: category and action open): the commissioner's 390 who came
# home (actor open, target Russia), the headquarters' "more than 7,000" Russian prisoners it holds
# (actor Ukraine, target Russia) and its estimate of "about 8,000" Ukrainians held by Russia (actor
# Russia, target Ukraine). Money: "more than 1.2 trillion roubles" paid by Russian regions (unit
# open, country Russia, region None: all regions). Debatable: "the three regions that border
# Ukraine" (count of places), "one in every 90 men" and "one in 4,000" (rates), "two exchanges"
# (incident count), "fivefold" (a multiplier), the volunteer's "more than 9,000 names" (her own
# work). Non-claims: "Week 210" (a series number), the ages 19 and 63, "at least two independent
# sources" (a count of sources), "seven days", "24 hours", dates, Mediazona and the BBC Russian
# Service (no figures), and the furniture (9 min read, 💬 341, 5 euros, the links' "the 301" and 38
# languages).
rows(d, [
    ("we have now named 168,430 Russian soldiers", "168,430", 168430, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # headline
    ("added 2,140 names to the list", "2,140", 2140, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("bringing the total to 168,430", "168,430", 168430, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Of the 2,140 names added this week", "2,140", 2140, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # restates
    ("612 were volunteers", "612", 612, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("388 were mobilised men", "388", 388, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("301 were former prisoners", "301", 301, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("A further 74 were officers", "74", 74, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("About two hundred of the week's names", "About two hundred", 200, APX, "count", CAS, N, "killed", A, R, A, A, A),
    ("between 270,000 and 310,000 Russian servicemen", "between 270,000 and 310,000", A, A, "count", CAS, N, "killed", A, R, A, A, A),
    ("Families of about 51,000 servicemen", "about 51,000", 51000, APX, "count", CAS, N, A, A, R, A, A, A),
    # the table: named dead since February 2022, added this week
    ("Bashkortostan                  7,940                96", "7,940", 7940, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Bashkortostan                  7,940                96", "96", 96, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Sverdlovsk region              6,120                88", "6,120", 6120, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Sverdlovsk region              6,120                88", "88", 88, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Krasnodar region               5,870               101", "5,870", 5870, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Krasnodar region               5,870               101", "101", 101, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Chelyabinsk region             5,010                64", "5,010", 5010, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Chelyabinsk region             5,010                64", "64", 64, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Volgograd region               4,230                71", "4,230", 4230, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Volgograd region               4,230                71", "71", 71, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Rostov region                  3,980                58", "3,980", 3980, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Rostov region                  3,980                58", "58", 58, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Buryatia                       2,890                27", "2,890", 2890, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Buryatia                       2,890                27", "27", 27, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Moscow region                  2,460                33", "2,460", 2460, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Moscow region                  2,460                33", "33", 33, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Tuva                           1,320                12", "1,320", 1320, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Tuva                           1,320                12", "12", 12, EX, "count", CAS, N, "killed", A, R, A, A, A),
    # the General Staff
    ("at 1,384,560 soldiers killed and wounded", "1,384,560", 1384560, EX, "count", CAS, N, A, A, R, U, A, A),
    ("including 1,070 in the past 24 hours", "1,070", 1070, EX, "count", CAS, N, A, A, R, U, A, A),
    # prisoners
    ("390 servicemen had come home", "390", 390, EX, "count", A, N, A, A, R, R, A, A),
    ('holds "more than 7,000" Russian prisoners', "more than 7,000", 7000, GE, "count", A, N, A, U, R, U, A, A),
    ("estimates the number at about 8,000", "about 8,000", 8000, APX, "count", A, N, A, R, U, U, A, A),
    # money
    ("more than 1.2 trillion roubles", "more than 1.2 trillion", 1200000000000, GE, A, ECO, N, A, A, A, A, R, N),
])
any_(d, [
    ("the three regions that border Ukraine", "three"),
    ("one in every 90 men", "one in every 90"),
    ("closer to one in 4,000", "one in 4,000"),
    ("in two exchanges since January", "two"),
    ("risen fivefold since 2023", "fivefold"),
    ("entered more than 9,000 names", "more than 9,000"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "j27")
