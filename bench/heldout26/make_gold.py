"""Builds gold.jsonl for heldout26 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout26.make_gold

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
# ---------------------------------------------------------------- i01 key events, day 1,843
d = "i01_key_events_day_1843.txt"
# A news site's "key events on day N" listicle: eleven bullet items under Fighting, Attacks,
# Nuclear safety, Evacuations and Aid and diplomacy, each from a different source. The General
# Staff ("Its tally"), DeepState ("it said"), the Air Force ("according to", "It said"), Kharkiv's
# governor (reported speech at the end; "he added"), Ukraine's president (speaker at the end) and
# the head of the Zaporizhzhia administration (speaker at the end of a long sentence) speak for Ukraine; Russia's Defence Ministry ("the ministry added")
# and Belgorod's governor for Russia; the IAEA, NATO's deputy secretary general and Germany's chancellor are not
# sides (claimant_side open). The General Staff's 1,140 daily losses and the cumulative "about 1.31
# million" (killed and wounded: action open, actor open, target Russia, country and region open, as
# heldout22's 1,090); the 23 artillery systems and seven armoured vehicles "lost along with" them
# have action and actor open, target Russia. The ministry's two settlements "taken control of"
# (territory, action open: seized or controlled; Donetsk); its 64 drones "downed" (shot_down; the
# bullet does not say where: country open) with the breakdown "21 of them over the Kursk region"
# required (Russia, Kursk). DeepState's "between 30 and 40 square kilometres" is ONE claim (a
# range): value and qualifier open, km2, seized, region open (Pokrovsk and Huliaipole). The Air
# Force's 157 drones and six Kalibr missiles launched, 131 drones and "four of the missiles" shot
# down are nationwide (region None). Kharkiv: "Two Russian guided aerial bombs hit" (action open:
# "hit" is neither launched nor shot down, as heldout22's drones that "got through"), three killed
# and 17 wounded (actor Russia from "Russian guided aerial bombs"); "A dozen of the wounded" is a
# subset (optional, qualifier open). The president's list "more than 1,200 ... nearly 800 ... and 46"
# follows the seeds (46: qualifier open; region None). Belgorod's four injured by "a Ukrainian drone"
# (actor Ukraine, Belgorod). The IAEA's 11 drones "flying within a kilometre" of Chornobyl: weapon,
# drone, action, actor and target open, country Ukraine, region Kyiv (Chornobyl lies in the Kyiv
# region). The administration's "Nearly 2.5 thousand people" evacuated (at_most, 2500; Zaporizhzhia); "including
# 412 children" is a subset (optional). Aid: NATO's "more than €21 billion" delivered (economic, unit
# open: euros) and "38 air defence systems" delivered (weapon, air_defense, action, actor and target
# open); Germany's "more than €40 billion" provided is required, the €3 billion "will add" is a
# pledge and the 2,000 drone operators Berlin "would pay" to train a plan (both optional).
# Debatable: "14 villages" (a count of places). Non-claims: "day 1,843" and "1,843rd day"
# (ordinal), "a third week in a row", "within a kilometre", "a 22nd package" (ordinal, a name),
# Kalibr, Patriot, the dates and times and the furniture (4 min read, share buttons, the correction
# note, the Related coverage box's 5 weapons, 30 countries and "day 1,842", 95,000 inboxes, the
# author bio's 2019).
Zp, Kh, Dn = "Zaporizhzhia", "Kharkiv", "Donetsk"
rows(d, [
    ("had lost 1,140 troops killed and wounded", "1,140", 1140, EX, "count", CAS, N, A, A, R, U, A, A),
    ("along with 23 artillery systems", "23", 23, EX, "count", W, "artillery", A, A, R, U, A, A),
    ("and seven armoured combat vehicles", "seven", 7, EX, "count", W, "armored_vehicle", A, A, R, U, A, A),
    ("now stands at about 1.31 million", "about 1.31 million", 1310000, APX, "count", CAS, N, A, A, R, U, A, A),
    ("taken control of two settlements in the Donetsk region", "two", 2, EX, "count", TER, N, A, R, U, R, U, Dn),
    ("downed 64 Ukrainian drones overnight", "64", 64, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("21 of them over the Kursk region", "21", 21, EX, "count", W, "drone", "shot_down", R, U, R, R, "Kursk"),
    ("seized between 30 and 40 square kilometres", "between 30 and 40", A, A, "km2", TER, N, "seized", R, U, U, U, A),
    ("Russia launched 157 attack drones", "157", 157, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and six Kalibr cruise missiles", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("It said 131 of the drones", "131", 131, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and four of the missiles were shot down", "four", 4, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Two Russian guided aerial bombs hit", "Two", 2, EX, "count", W, "guided_bomb", A, R, U, U, U, Kh),
    ("killing three people and wounding 17", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, Kh),
    ("killing three people and wounding 17", "17", 17, EX, "count", CAS, N, "injured", R, U, U, U, Kh),
    ("A dozen of the wounded", "A dozen", 12, A, "count", CAS, N, "injured", R, U, U, U, Kh, True),  # subset
    ("fired more than 1,200 attack drones", "more than 1,200", 1200, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("nearly 800 guided aerial bombs", "nearly 800", 800, LE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("and 46 missiles against Ukraine", "46", 46, A, "count", W, "missile", "launched", R, U, U, U, N),
    ("injuring four passengers", "four", 4, EX, "count", CAS, N, "injured", U, R, R, R, "Belgorod"),
    ("had recorded 11 drones flying", "11", 11, EX, "count", W, "drone", A, A, A, A, U, "Kyiv"),
    ("Nearly 2.5 thousand people", "Nearly 2.5 thousand", 2500, LE, "count", DIS, N, "evacuated", A, A, U, U, Zp),
    ("including 412 children, have been evacuated", "412", 412, EX, "count", DIS, N, "evacuated", A, A, U, U, Zp, True),  # subset
    ("worth more than €21 billion", "more than €21 billion", 21000000000, GE, A, ECO, N, A, A, A, A, A, A),
    ("including 38 air defence systems", "38", 38, EX, "count", W, "air_defense", A, A, A, A, A, A),
    ("provided more than €40 billion", "more than €40 billion", 40000000000, GE, A, ECO, N, A, A, A, A, A, A),
    ("will add €3 billion for air defence", "€3 billion", 3000000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # pledge
    ("training of 2,000 Ukrainian drone operators", "2,000", 2000, EX, "count", PER, N, A, A, A, A, A, A, True),  # plan
])
any_(d, [
    ("children from 14 villages", "14"),
])

# ---------------------------------------------------------------- i02 Russia's defence industry
d = "i02_russian_defence_industry_report.txt"
# A defence-trade magazine's write-up of a think-tank report (the fictional Harwell Centre) on
# Russian arms production, with a table of yearly estimates. The centre and its authors
# Szabo-Reyes and Wexler ("the report says", "it said", "they estimate", "the authors estimate"),
# the magazine's own voice and the Kyiv analyst Dorosh (no figures) are not sides (claimant_side
# open); HUR's spokesman Hordiienko ("he said", "Hordiienko said", "HUR said") speaks for Ukraine. Decided
# anew: weapons produced, refurbished, delivered to the army or held in storage are category weapon
# with action open (production is not in the vocabulary), actor Russia (North Korea for its
# supplies), target open, country Russia for Russian output and storage, region open (plants and
# bases in several regions; Tatarstan and Udmurtia are not in the region list). Artillery shells
# are weapons with weapon_type open (ammunition, as heldout22's shells removed by deminers). Iran
# is not a side of the vocabulary: its deliveries have actor open. North Korean and Iranian
# supplies "shipped", "sent", "delivered" have action open (supply, not use against a target) and
# country open. The 1,550 tanks and "some 280 of them" newly built are both required (the split
# new/refurbished is the report's point); "roughly 7,000" in storage in 2022 and "fewer than 1,400"
# remaining are stocks (required). North Korea's "between 9 million and 12 million" shells is ONE
# claim (a range): value and qualifier open. Lists: "some 3,900, up from 3,500" and "an estimated 4.6
# million ..., up from 3.9 million": the second number has qualifier open. Forecasts and targets
# (HUR's 7 million in 2027, the plants' 5,000 a month "by the end of this year") are optional, as
# are the BMP stock's "about 70%" fall (a share of a stock) and the hypothetical "lose 3,000 tanks a
# year, as it did in 2023" (a loss figure quoted as a comparison; labelled with its fields). The
# table is labelled cell by cell: cells that restate the text (2026 column, 2025 armoured vehicles
# and shells, 2024 drones) are optional, the others required; the shells row is in millions
# ("Artillery shells, million"), so its cells have value open. Money and labour: 13.2 trillion
# roubles (economic, unit open), "about 6.1%" of GDP (percent), "some 600,000 workers" and "about
# 3.8 million" employed (economic counts), all national (country Russia, region None).
# Debatable: "17 bases" (a count of places). Non-claims: T-90M, T-72, T-80, T-62, BMP, Geran-2,
# KN-23, Koksan, Shahed-136, Fath-360 (names), years ("2022", "2024", "since the autumn of
# 2023", "through 2027"), "For three years", the report's title and the furniture (the author bio,
# the Related reports' "2 million rounds" and "Five charts", £29 a month).
rows(d, [
    ("refurbished about 1,550 tanks last year", "about 1,550", 1550, APX, "count", W, "tank", A, R, A, A, R, A),
    ("only some 280 of them were newly built", "some 280", 280, APX, "count", W, "tank", A, R, A, A, R, A),
    ("Of the roughly 7,000 tanks", "roughly 7,000", 7000, APX, "count", W, "tank", A, R, A, A, R, A),
    ("fewer than 1,400 remain", "fewer than 1,400", 1400, LE, "count", W, "tank", A, R, A, A, R, A),
    ("fallen by about 70% over the same period", "about 70%", 70, APX, "percent", W, "armored_vehicle", A, R, A, A, R, A, True),  # share of a stock
    ("armoured personnel carriers at some 3,900", "some 3,900", 3900, APX, "count", W, "armored_vehicle", A, R, A, A, R, A),
    ("up from 3,500 in 2025", "3,500", 3500, A, "count", W, "armored_vehicle", A, R, A, A, R, A),
    ('delivered "more than 4,200" armoured vehicles', "more than 4,200", 4200, GE, "count", W, "armored_vehicle", A, R, A, U, R, A),
    ("turned out an estimated 4.6 million artillery shells", "an estimated 4.6 million", 4600000, APX, "count", W, A, A, R, A, A, R, A),
    ("up from 3.9 million in 2025", "3.9 million", 3900000, A, "count", W, A, A, R, A, A, R, A),
    ("expects output to reach 7 million in 2027", "7 million", 7000000, EX, "count", W, A, A, R, A, U, R, A, True),  # forecast
    ("produce nearly 3,100 Geran-2", "nearly 3,100", 3100, LE, "count", W, "drone", A, R, A, A, R, A),
    ("against about 1,100 a month", "about 1,100", 1100, APX, "count", W, "drone", A, R, A, A, R, A),
    ("aim to reach 5,000 a month", "5,000", 5000, EX, "count", W, "drone", A, R, A, A, R, A, True),  # target
    # the table: 2024, 2025, 2026
    ("refurbished             1,250", "1,250", 1250, EX, "count", W, "tank", A, R, A, A, R, A),
    ("1,250       1,400", "1,400", 1400, EX, "count", W, "tank", A, R, A, A, R, A),
    ("1,400       1,550", "1,550", 1550, EX, "count", W, "tank", A, R, A, A, R, A, True),  # restates
    ("vehicles                      3,100", "3,100", 3100, EX, "count", W, "armored_vehicle", A, R, A, A, R, A),
    ("3,100       3,500", "3,500", 3500, EX, "count", W, "armored_vehicle", A, R, A, A, R, A, True),  # restates
    ("3,500       3,900", "3,900", 3900, EX, "count", W, "armored_vehicle", A, R, A, A, R, A, True),  # restates
    ("million              3.0", "3.0", A, EX, "count", W, A, A, R, A, A, R, A),
    ("3.0         3.9", "3.9", A, EX, "count", W, A, A, R, A, A, R, A, True),  # restates
    ("3.9         4.6", "4.6", A, EX, "count", W, A, A, R, A, A, R, A, True),  # restates
    ("per month            1,100", "1,100", 1100, EX, "count", W, "drone", A, R, A, A, R, A, True),  # restates
    ("1,100       2,200", "2,200", 2200, EX, "count", W, "drone", A, R, A, A, R, A),
    ("2,200       3,100", "3,100", 3100, EX, "count", W, "drone", A, R, A, A, R, A, True),  # restates
    # foreign supplies
    ("shipped between 9 million and 12 million artillery shells", "between 9 million and 12 million", A, A, "count", W, A, A, NK, A, A, A, A),
    ("about 220 Koksan self-propelled guns", "about 220", 220, APX, "count", W, "artillery", A, NK, A, A, A, A),
    ("up to 250 multiple rocket launchers", "up to 250", 250, LE, "count", W, "mlrs", A, NK, A, A, A, A),
    ("sent some 150 KN-23 ballistic missiles", "some 150", 150, APX, "count", W, "missile", A, NK, A, U, A, A),
    ("delivered 2.5 thousand Shahed-136 airframes", "2.5 thousand", 2500, EX, "count", W, "drone", A, A, A, A, A, A),
    ("more than 400 Fath-360", "more than 400", 400, GE, "count", W, "missile", A, A, A, A, A, A),
    # money and labour
    ("spend 13.2 trillion roubles on defence", "13.2 trillion", 13200000000000, EX, A, ECO, N, A, A, A, A, R, N),
    ("about 6.1% of its gross domestic product", "about 6.1%", 6.1, APX, "percent", ECO, N, A, A, A, A, R, N),
    ("risen by some 600,000 workers", "some 600,000", 600000, APX, "count", ECO, N, A, A, A, A, R, N),
    ("to about 3.8 million, the authors estimate", "about 3.8 million", 3800000, APX, "count", ECO, N, A, A, A, A, R, N),
    ("lose 3,000 tanks a year, as it did in 2023", "3,000", 3000, EX, "count", W, "tank", A, U, R, A, A, A, True),  # comparison
])
any_(d, [
    ("counted vehicles at 17 bases", "17"),
])

# ---------------------------------------------------------------- i03 refineries and fuel prices
d = "i03_refinery_strikes_fuel_prices.txt"
# An energy-markets site on overnight Ukrainian drone strikes on the Kirishi refinery and the
# Ust-Luga terminal (Leningrad region), Syzran (Samara) and Volgograd (Volgograd): country Russia.
# The consultancy Ostrander and its analyst Brenner ("he said", "said Brenner"), the outlet's own
# tanker data and the bulleted "What was hit overnight" list are not sides (claimant_side open);
# the Leningrad ("he said"), Samara ("he said") and Volgograd governors, Russia's Defence
# Ministry and Rosstat (speaker at the end of a long sentence) speak for Russia; the General Staff
# and the Unmanned Systems Forces for Ukraine. Capacity knocked out: "about 17%" and "some 1.05
# million barrels per day" (economic; barrels are not in the unit vocabulary: unit open), actor
# Ukraine, target Russia, national (region None); the bracketed "about 52 million tonnes a year" is
# a conversion (optional); "about 11%" a month ago is required. Plant and terminal throughputs
# (355,000, 700,000 and 300,000 barrels a day) are economic volumes (unit open, actor and target
# open), as heldout22's 9,000 cubic metres. Drones: the Leningrad governor's 31 shot down and "19 of them near
# Kirishi" (a breakdown by place: required), the ministry's 174 "intercepted and destroyed"
# (shot_down, region open) with "44 over the Leningrad region" and "28 over the Samara region"
# required; the Samara governor's "more than 20" drones that "attacked" and the Volgograd governor's "attack by 12
# drones" are launched (actor Ukraine, target Russia). The Syzran worker injured "by falling
# debris" has actor open. "Around 300 residents" evacuated (the sentence has no attribution of its
# own: claimant_side open). The General Staff's "more than 10%" of the fuel used by Russian forces
# (economic percent, two regions: region open); the USF's 11 refineries hit (infrastructure, action
# open, actor Ukraine) with "eight of them more than once" a subset (optional). Prices: the 9%
# wholesale and 1.4% retail rises (Rosstat: claimant_side Russia; region open), Belarusian
# deliveries up "almost 40%" (Ostrander; country open); the 1.9 million barrels a day of product
# exports (economic, the outlet's data, region None). The headline restates 17% (optional).
# Debatable: "three largest refineries" (a rank), "three of its four berths" (both numbers), "no
# one was hurt", "two villages", "12 regions", "20 units at once" (hypothetical), "roughly a
# quarter", "at least nine tankers" (merchant ships waiting). Non-claims: "for the fourth time"
# (ordinal), AI-92, times (20:00, 06:00, 14:20), "within weeks", "in a month", "at least six
# years", dates, and the furniture (the price ticker's $71.40, -0.6%, $52.10 and 1.09, the More
# from Northlight links' "Five things" and "3 Baltic ports", 12,800 traders).
Ln, Sm, Vg = "Leningrad", "Samara", "Volgograd"
rows(d, [
    ("idles 17% of Russian refining", "17%", 17, EX, "percent", ECO, N, A, U, R, A, R, N, True),  # headline
    ("knocked about 17% of Russia's primary refining capacity", "about 17%", 17, APX, "percent", ECO, N, A, U, R, A, R, N),
    ("some 1.05 million barrels per day", "some 1.05 million", 1050000, APX, A, ECO, N, A, U, R, A, R, N),
    ("(about 52 million tonnes a year)", "about 52 million", 52000000, APX, A, ECO, N, A, U, R, A, R, N, True),  # conversion
    ("the figure was about 11%", "about 11%", 11, APX, "percent", ECO, N, A, U, R, A, R, N),
    ("processing roughly 355,000 barrels a day", "roughly 355,000", 355000, APX, A, ECO, N, A, A, A, A, R, Ln),
    ("loads about 700,000 barrels a day", "about 700,000", 700000, APX, A, ECO, N, A, A, A, A, R, Ln),
    ("processes some 300,000 barrels a day", "some 300,000", 300000, APX, A, ECO, N, A, A, A, A, R, Vg),
    ("had shot down 31 drones over the region", "31", 31, EX, "count", W, "drone", "shot_down", R, U, R, R, Ln),
    ("19 of them near Kirishi", "19", 19, EX, "count", W, "drone", "shot_down", R, U, R, R, Ln),
    ("Around 300 residents of two villages", "Around 300", 300, APX, "count", DIS, N, "evacuated", A, A, A, R, Ln),
    ("intercepted and destroyed 174 Ukrainian drones", "174", 174, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("including 44 over the Leningrad region", "44", 44, EX, "count", W, "drone", "shot_down", R, U, R, R, Ln),
    ("and 28 over the Samara region", "28", 28, EX, "count", W, "drone", "shot_down", R, U, R, R, Sm),
    ('"more than 20" drones had attacked', "more than 20", 20, GE, "count", W, "drone", "launched", U, R, R, R, Sm),
    ("One worker was injured by falling debris", "One", 1, EX, "count", CAS, N, "injured", A, R, R, R, Sm),
    ("after an attack by 12 drones", "12", 12, EX, "count", W, "drone", "launched", U, R, R, R, Vg),
    ("supplied more than 10% of the fuel", "more than 10%", 10, GE, "percent", ECO, N, A, U, R, U, R, A),
    ("had hit 11 Russian refineries", "11", 11, EX, "count", INF, N, A, U, R, U, R, A),
    ("eight of them more than once", "eight", 8, EX, "count", INF, N, A, U, R, U, R, A, True),  # subset
    ("has risen 9% since the start of February", "9%", 9, EX, "percent", ECO, N, A, A, A, R, R, A),
    ("were up 1.4% week on week", "1.4%", 1.4, EX, "percent", ECO, N, A, A, A, R, R, A),
    ("rose by almost 40% in February", "almost 40%", 40, LE, "percent", ECO, N, A, A, A, A, A, A),
    ("fell to 1.9 million barrels a day", "1.9 million", 1900000, EX, A, ECO, N, A, A, A, A, R, N),
])
any_(d, [
    ("one of Russia's three largest refineries", "three"),
    ("at three of its four berths", "three"),
    ("at three of its four berths", "four"),
    ("and no one was hurt", "no one"),
    ("residents of two villages next to", "two"),
    ("over 12 regions between", "12"),
    ("They cannot fix 20 units at once", "20"),
    ("fell by roughly a quarter", "roughly a quarter"),
    ("at least nine tankers were waiting", "at least nine"),
])

# ---------------------------------------------------------------- i04 Zaporizhzhia nuclear plant
d = "i04_zaporizhzhia_npp_iaea_update.txt"
# A regional site's update on the Russian-occupied Zaporizhzhia nuclear power plant (Enerhodar):
# country Ukraine, region Zaporizhzhia, except the Nikopol-Marhanets paragraph (Dnipropetrovsk). The
# IAEA and its director general ("he said", "the agency said") are not a side of the vocabulary (claimant_side
# open, although the agency belongs to the UN family); the Russian-installed management and its
# spokeswoman Rozhkova ("she said") speak for Russia; Energoatom ("it said", "Energoatom says", "It
# estimates") and the Dnipropetrovsk regional administration for Ukraine. Decided anew: the plant's
# diesel generators are infrastructure with action, actor and target open; "All 20" started is
# required, the headline's restatement and "Eight of them would be enough" (a need) optional. The
# management's three drones that "hit" the training centre (action open, as i01's bombs that "hit")
# and two employees injured have actor Ukraine (its accusation) and target open (the site is
# Ukrainian but held by Russia, as heldout22's Saldo figures); the five drones "shot down over
# Enerhodar" are actor Russia, target Ukraine. Nikopol: "nine drones and artillery shelling injured
# four civilians" (actor Russia, from "Russian forces had used the plant as a base to shell"; the
# drones' action open). Energoatom's "about 500 soldiers" kept on the site (personnel, deployed)
# and "some 40 pieces of heavy equipment" (weapon, weapon_type open, deployed). Staff: decided anew
# that the competing staff counts are required with category, action, actor and target open
# (Energoatom's "fewer than 4,800" and "about 2,600" with Rosatom contracts; the management's "more
# than 5,600" and the 620 recruited from Russia); the pre-war 11,500 is a baseline (optional).
# Debatable: "six shut-down reactors", the pre-war "four 750-kilovolt lines and one" back-up line,
# "at most one working line" (a cue the check does not know), "at least 14 explosions" (incident
# count), "about 400 metres" (distance), "97% of the positions", "four experts", "12 times", and
# Enerhodar's population (about 53,000 before, fewer than 15,000 now). Non-claims: "750-kilovolt",
# "330-kilovolt" (designations), 04:12, "at least ten days", "the 12th complete loss" (ordinal),
# "three days after", "up to 12 hours" (shift length), "every few weeks", dates and the furniture
# (share buttons, the author bio's 2021 and 2022, the Read next links' "Three years", "330-kilovolt"
# and "6 steps", 40,000 readers, 100 hryvnias).
rows(d, [
    ("all 20 emergency generators were started", "20", 20, EX, "count", INF, N, A, A, A, A, U, Zp, True),  # headline
    ("All 20 of the plant's diesel generators", "All 20", 20, EX, "count", INF, N, A, A, A, A, U, Zp),
    ("Eight of them would be enough", "Eight", 8, EX, "count", INF, N, A, A, A, A, U, Zp, True),  # a need
    ("Three drones hit the roof", "Three", 3, EX, "count", W, "drone", A, U, A, R, U, Zp),
    ("two employees were injured", "two", 2, EX, "count", CAS, N, "injured", U, A, R, U, Zp),
    ("Another five drones had been shot down", "five", 5, EX, "count", W, "drone", "shot_down", R, U, R, U, Zp),
    ("where nine drones and artillery shelling", "nine", 9, EX, "count", W, "drone", A, R, U, U, U, "Dnipropetrovsk"),
    ("injured four civilians on Tuesday", "four", 4, EX, "count", CAS, N, "injured", R, U, U, U, "Dnipropetrovsk"),
    ("keeping about 500 soldiers", "about 500", 500, APX, "count", PER, N, "deployed", R, A, U, U, Zp),
    ("some 40 pieces of heavy equipment", "some 40", 40, APX, "count", W, A, "deployed", R, A, U, U, Zp),
    ("the plant employed 11,500 people", "11,500", 11500, EX, "count", A, N, A, A, A, U, U, Zp, True),  # baseline
    ("fewer than 4,800 remain", "fewer than 4,800", 4800, LE, "count", A, N, A, A, A, U, U, Zp),
    ("about 2,600 have signed contracts", "about 2,600", 2600, APX, "count", A, N, A, A, A, U, U, Zp),
    ('"more than 5,600 staff"', "more than 5,600", 5600, GE, "count", A, N, A, A, A, R, U, Zp),
    ("including 620 specialists recruited", "620", 620, EX, "count", A, N, A, A, A, R, U, Zp),
])
any_(d, [
    ("cool its six shut-down reactors", "six"),
    ("by four 750-kilovolt lines", "four"),
    ("and one 330-kilovolt back-up line", "one"),
    ("at most one working line", "one"),
    ("hearing at least 14 explosions", "at least 14"),
    ("landed about 400 metres", "about 400"),
    ("It said 97% of the positions", "97%"),
    ("It currently has four experts", "four"),
    ("We have rolled them 12 times", "12"),
    ("had about 53,000 residents", "about 53,000"),
    ("fewer than 15,000 remain", "fewer than 15,000"),
])

# ---------------------------------------------------------------- i05 war crimes and accountability
d = "i05_war_crimes_accountability.txt"
# A justice-and-rights outlet on war-crimes investigations: registered crimes, executed prisoners,
# deported children, ICC warrants, verdicts and damage claims. The Prosecutor General's Office and
# Derkach-Volyn ("she said", "she added", "the prosecutors said"), Bring Kids Back UA and "Ukraine
# says" speak for Ukraine; the UN Commission of Inquiry ("the commission said") for the United
# Nations; the Investigative Committee and the children's commissioner Sorokina-Platova ("She
# said") for Russia; the Register of Damage and the World Bank-led assessment ("it said") are not
# sides (claimant_side open); the Chernihiv verdict sentence has no attribution (open). Decided
# anew: counts of registered war crimes, of servicemen charged and of servicemen convicted quantify
# the war's consequences but fit no category: required with category and action open (actor Russia
# and target Ukraine for crimes "Russian" and committed in Ukraine; the people charged or convicted
# have actor and target open). The crimes' breakdown by region ("about 21,400 ... in the Kharkiv
# region and 18,900 in the Kherson region") is required (18,900: qualifier open); "7,350 cases
# concern crimes against children" is a subset by kind (optional), as is "152 of them in absentia".
# Executions: the prosecutors' "at least 268" POWs executed (casualties, killed, actor Russia,
# target Ukraine, country and region open: battlefield anywhere; "61 of them since the start of
# this year" a subset, optional); the commission's 146 victims (claimant United Nations) and the
# two Russian prisoners killed by Ukrainian forces in the Kursk region (actor Ukraine, target Russia,
# country Russia); the Investigative Committee's "more than 300 civilians" killed in Kursk (actor
# Ukraine, claimant Russia). Children: Ukraine's 19,600 "deported or forcibly transferred"
# (displacement, action open: not an evacuation, actor Russia, target Ukraine, country open), the
# 1,720 brought home (displacement, action, actor and target open; "214 since January" optional);
# Russia's "about 730,000" children "received" and "evacuated" (displacement, evacuated: Russia's
# own framing, actor Russia) and the 142 reunited (displacement, action open). The Lukashivka
# verdict's three civilians killed (actor Russia: a Russian tank commander; Chernihiv is not in the
# region list: region open). The World Bank-led $611 billion reconstruction needs (economic, usd,
# Ukraine, region None). Debatable: the commission's "57 incidents", the ICC's "five more" and
# "seven" warrants, "410 prosecutors" and "about 250" (staff), "roughly a thousand every week" (a
# rate of registration), "more than 38,000 claims" (applications), "one of the 268" (restates).
# Non-claims: "in 2023", "in 2024", "in March 2022", "since 2022", "life imprisonment", "over the
# next decade", "last year", the Human Rights Council, and the furniture (share buttons, the bio's
# 2022, the Related links' "ICC at 25", "3 trials", "episode 14", 12,000 readers).
rows(d, [
    ("registered more than 183,000 suspected Russian war crimes", "more than 183,000", 183000, GE, "count", A, N, A, R, U, U, U, N),
    ("includes about 21,400 crimes in the Kharkiv region", "about 21,400", 21400, APX, "count", A, N, A, R, U, U, U, Kh),
    ("and 18,900 in the Kherson region", "18,900", 18900, A, "count", A, N, A, R, U, U, U, "Kherson"),
    ("Of the total, 7,350 cases concern crimes against children", "7,350", 7350, EX, "count", A, N, A, R, U, U, U, N, True),  # subset
    ("at least 268 Ukrainian prisoners of war", "at least 268", 268, GE, "count", CAS, N, "killed", R, U, U, A, A),
    ("61 of them since the start of this year", "61", 61, EX, "count", CAS, N, "killed", R, U, U, A, A, True),  # subset
    ("with 146 victims in all", "146", 146, EX, "count", CAS, N, "killed", R, U, UN, A, A),
    ("had killed two captured Russian soldiers", "two", 2, EX, "count", CAS, N, "killed", U, R, UN, R, "Kursk"),
    ("opened cases against 412 Ukrainian servicemen", "412", 412, EX, "count", A, N, A, A, A, R, R, "Kursk"),
    ("had killed more than 300 civilians there", "more than 300", 300, GE, "count", CAS, N, "killed", U, R, R, R, "Kursk"),
    ("forcibly transferred 19,600 children", "19,600", 19600, EX, "count", DIS, N, A, R, U, U, A, A),
    ("says 1,720 of them have been brought home", "1,720", 1720, EX, "count", DIS, N, A, A, A, U, A, A),
    ("214 since January", "214", 214, EX, "count", DIS, N, A, A, A, U, A, A, True),  # subset
    ('"received" about 730,000 children', "about 730,000", 730000, APX, "count", DIS, N, "evacuated", R, A, R, A, A),
    ("had helped 142 children reunite", "142", 142, EX, "count", DIS, N, A, A, A, R, A, A),
    ("have convicted 187 Russian servicemen", "187", 187, EX, "count", A, N, A, A, A, U, U, A),
    ("152 of them in absentia", "152", 152, EX, "count", A, N, A, A, A, U, U, A, True),  # subset
    ("for killing three civilians in the village of Lukashivka", "three", 3, EX, "count", CAS, N, "killed", R, U, A, U, A),
    ("needs at $611 billion", "$611 billion", 611000000000, EX, "usd", ECO, N, A, A, A, A, U, N),
])
any_(d, [
    ("documented 57 incidents", "57"),
    ("warrants for five more Russian officials", "five"),
    ("bringing the total to seven", "seven"),
    ("department has 410 prosecutors", "410"),
    ("up from about 250 in 2023", "about 250"),
    ("grows by roughly a thousand every week", "roughly a thousand"),
    ("received more than 38,000 claims", "more than 38,000"),
    ("the case is one of the 268", "268"),
])

# ---------------------------------------------------------------- i06 Huliaipole dispatch
d = "i06_huliaipole_frontline_dispatch.txt"
# A reporter's dispatch from near Huliaipole (country Ukraine, region Zaporizhzhia throughout:
# Huliaipole, Orikhiv, Zaliznychne, Dobropillia lie there), with an "In numbers" bullet box and a
# correction note. The brigade's spokesman Hnatiuk ("Hnatiuk said", "he added"), the regional
# administration head ("according to", "the administration head said"), the police ("police said", "the regional police said"),
# DeepState ("says") and the medic Oksana ("She said") speak for Ukraine; the milblogger of Polevoy
# Kurier and Russia's Defence Ministry for Russia. Assaults repelled (23) are incident counts:
# debatable as heldout22's combat engagements (optional wherever they appear: body, headline, box,
# correction). Weapons: nine tanks and 14 armoured vehicles destroyed (actor Ukraine, target
# Russia); "seven of them with FPV drones" a subset (optional); "some 60 guided aerial bombs"
# dropped (launched); "Three hundred shells were fired" at Orikhiv (passive with no agent: actor
# open; weapon_type open: ammunition, not a system; launched). The bomb that killed two and wounded
# five in Huliaipole names no perpetrator in its sentence (actor open, as heldout22's "a drone").
# "about 6,000 troops" concentrated (personnel, massed, actor Russia). Territory: DeepState's three
# villages taken (seized, actor Russia), Ukraine's retaking of "one of them" (seized, actor
# Ukraine, target Russia) and "about 4 square kilometres" recaptured; the milblogger's "up to 3.5
# kilometres" advance (km, action open, as the seeds' depth of an intrusion) and his "a dozen"
# armoured vehicles destroyed (value 12, qualifier open); the ministry's "up to 210 servicemen"
# (losses: action open, actor Russia, target Ukraine). Evacuation: 146 evacuated (police: actor
# open); "including 11 children" and the scene's "a dozen elderly residents" are subsets
# (optional). The medic's 37 wounded soldiers treated (casualties, injured, actor open, target
# Ukraine). The "In numbers" box restates the body (optional, labelled with their fields).
# Debatable: "40 kilometres to the west" (a distance), "About 600 residents remain", "13,000
# before the war" (population). Non-claims: "count to ten" (seconds), "two days" (durations), "24
# hours", "the spring of 2023", "more than 400,000 subscribers" (the channel's audience),
# FPV, dates ("9–10 March", "9 March", "5 March") and the furniture (€5, share buttons, the bio).
rows(d, [
    ("destroyed nine tanks and 14 armoured vehicles", "nine", 9, EX, "count", W, "tank", "destroyed", U, R, U, U, Zp),
    ("destroyed nine tanks and 14 armoured vehicles", "14", 14, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Zp),
    ("seven of them with FPV drones", "seven", 7, EX, "count", W, A, "destroyed", U, R, U, U, Zp, True),  # subset
    ("concentrated about 6,000 troops", "about 6,000", 6000, APX, "count", PER, N, "massed", R, A, U, U, Zp),
    ("dropped some 60 guided aerial bombs", "some 60", 60, APX, "count", W, "guided_bomb", "launched", R, U, U, U, Zp),
    ("a bomb killed two civilians and wounded five", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Zp),
    ("a bomb killed two civilians and wounded five", "five", 5, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("Three hundred shells were fired", "Three hundred", 300, EX, "count", W, A, "launched", A, U, U, U, Zp),
    ("have taken three villages south-east of Huliaipole", "three", 3, EX, "count", TER, N, "seized", R, U, U, U, Zp),
    ("Ukrainian troops retook one of them", "one", 1, EX, "count", TER, N, "seized", U, R, U, U, Zp),
    ("recapturing about 4 square kilometres", "about 4", 4, APX, "km2", TER, N, "seized", U, R, U, U, Zp),
    ('advanced "up to 3.5 kilometres"', "up to 3.5", 3.5, LE, "km", TER, N, A, R, U, R, U, Zp),
    ("destroyed a dozen Ukrainian armoured vehicles", "a dozen", 12, A, "count", W, "armored_vehicle", "destroyed", R, U, R, U, Zp),
    ("amounted to up to 210 servicemen", "up to 210", 210, LE, "count", CAS, N, A, R, U, R, U, Zp),
    ("unloads a dozen elderly residents", "a dozen", 12, A, "count", DIS, N, "evacuated", A, A, A, U, Zp, True),  # scene, subset
    ("have evacuated 146 people", "146", 146, EX, "count", DIS, N, "evacuated", A, A, U, U, Zp),
    ("including 11 children, the regional police said", "11", 11, EX, "count", DIS, N, "evacuated", A, A, U, U, Zp, True),  # subset
    ("had treated 37 wounded soldiers", "37", 37, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    # the "In numbers" box restates
    ("• 9 tanks and 14 armoured vehicles", "9", 9, EX, "count", W, "tank", "destroyed", U, R, U, U, Zp, True),
    ("• 9 tanks and 14 armoured vehicles", "14", 14, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Zp, True),
    ("• some 60 guided bombs", "some 60", 60, APX, "count", W, "guided_bomb", "launched", R, U, U, U, Zp, True),
    ("• 146 civilians evacuated", "146", 146, EX, "count", DIS, N, "evacuated", A, A, U, U, Zp, True),
])
any_(d, [
    ("beat back 23 assaults in two days", "23"),
    ("had repelled 23 Russian assaults", "23"),
    ("• 23 assaults repelled", "23"),
    ("had repelled 32 assaults", "32"),
    ("The correct figure is 23", "23"),
    ("Orikhiv, 40 kilometres to the west", "40"),
    ("About 600 residents remain", "About 600"),
    ("a town that had 13,000 before the war", "13,000"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "i26")
