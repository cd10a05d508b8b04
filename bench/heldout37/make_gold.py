"""Builds gold.jsonl for heldout37 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout37.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout35 (and, through it, heldout27 and heldout33): headlines,
subheads, "Key events"/"Key figures"/"By the numbers" boxes and later restatements are optional;
subsets introduced by "of whom", "among them", "including", "of them" are optional, except a
model or type within a weapon total (the seeds' "including two Su-34"); a breakdown of a total by
place ("34 over the territory of the Bryansk region", "37 of them over the Bryansk region") is
required, and so is a different action on part of a total ("Two more were lost in location"); in a
list with a qualifier only the qualified items keep it (the others `*`), a list with no qualifier
is exact; casualty sentences that name no perpetrator have actor `*`; a range is one claim quoting
the whole range (value and qualifier `*`); households (and residents) left without power have
category and action `*`; losses reported as "lost" have action `*`; drones destroyed in flight are
shot_down; damaged buildings, plants and substations are infrastructure with action `*`;
pledges, promises and planned needs are optional; an earlier state ("up from ... in September",
"from about 210 in mid-September") is optional; a sum given only in a headline or a box is
debatable. Bodies that are not sides (Slovakia, Belarus, DTEK, Naftogaz, a Kyiv think tank,
NACCS, anonymous traders) have claimant_side `*`; the article's own voice has claimant_side `*`.
Counts of places ("six of the capital's ten districts", "43 settlements", "151 areas", "four
staging areas"), incident counts ("486 times"), unit counts (battalion tactical groups), group
sizes ("a group of 14 militants"), shares ("27%", "a third", "up to 17%"), distances, prices and
per-person payments, capacities and limits, flights delayed, population stocks, recipients of aid,
returnees and hypotheticals are debatable (`any_`). Dates, times, durations ("nearly five
hours", "72 hours", "up to 16 hours a day"), ages ("12-year-old", "64", "9-year-old"), ordinals
("the third this year", "the eleventh massive attack", "17th-century", "sixth winter", "day
2,081"), series numbers ("No. 27", "v4.2", footnote marks), numbers inside names (Kh-101,
Tu-95MS, Kh-47M2, MiG-31K, Iskander-M, Su-30SM, Be-12, AI-95, CDU-1, NPP-2, 65th Brigade, 3rd
Army Corps), counts of sources ("two industry sources") and page furniture are not labelled.

Decided anew for this set:
- s01: a cable-news lead's nationwide toll ("at least 13", "more than 70") is required with region
  `*` (Kyiv and Lviv), the city tolls that follow are required breakdowns; the Air Force's strike
  totals and per-type missile counts have region `*` (a combined strike on two cities, not a
  nationwide figure); Iskanders "fired from the Bryansk and Kursk regions" have country and region
  `*`; the Pentagon's "north of 700" restates the Air Force sum (optional; "north of" is an
  at_least cue the check does not know); interceptors the US "delivered" are weapon with
  weapon_type and action `*`, actor United States.
- s02: the press release's own voice has claimant_side `*`, sentences naming UNHCR or IOM United
  Nations; "including some 460,000 hosted in the Kharkiv oblast" is an "including" subset
  (optional) although it is a place; the broken decimal is "US$ 39. 9 million" (39,900,000).
- s03: a Russian state agency's "source in the security services" speaks for Russia; the
  ministry's lead figure (87) is required and its quoted statement repeating it optional; the
  airport count follows the seeds ("closed three airports": infrastructure, qualifier `*`,
  optional); the Sever group's losses "in the Sumy and Kharkov regions" have region `*`.
- s04: megawatts of generating capacity knocked out have category and unit `*` (infrastructure or
  economic); refineries and power plants hit are infrastructure counts (required); "all but
  186,000" household customers without power is 186,000 exact; percentage changes of prices,
  output and exports ("rose 14%", "down 8%", "up 6.8%", "fallen by around 40%") are economic
  percent (required, as the seeds' "ruble losing 6%"), while shares of capacity ("up to 17%",
  "11%") and a world benchmark's weekly move ("up 1.6%") are debatable; barrels per day, MW and
  tonnes have unit `*`; the gas import need is planned (optional).
- s05: live-blog entries are newest first; the "Key events" box and the closing recap restate
  (optional). Prisoners freed in an exchange are personnel with action, actor and target `*`,
  country and region `*`; Russian claims over "the Republic of Crimea" have country `*` (the
  claimant treats it as Russia), Ukrainian claims in "occupied Crimea" country Ukraine, region
  Crimea; "uncrewed boats" have weapon_type `*` (drone or ship); a Russian-installed governor
  speaks for Russia, and the victims in occupied Enerhodar have target `*`.
- s06: imagery counts without a verb of massing have action `*`, with actor Russia; events in
  Belarus have country and region `*` (not a side), occupied Luhansk region `*` (not in the
  region list), country Ukraine; a share of a region's territory "controlled" ("over 79%") is
  territory, percent, required (not a debatable share); Table 1 is labelled like a "By the
  numbers" box: cells restating the text optional, the one figure only in the table (Luhansk's
  "~120" tanks) required with qualifier `*` ("~"), the table's sums and BTG ranges debatable;
  the key judgement's "between 60,000 and 80,000" differs from the conclusion's "between 64,000
  and 84,000": both required."""

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

Kv, Lv, Kh, Sm, Zp, Ks = "Kyiv", "Lviv", "Kharkiv", "Sumy", "Zaporizhzhia", "Kherson"
Br, Ku, Bg, D, Cr = "Bryansk", "Kursk", "Belgorod", "Donetsk", "Crimea"

# fmt: off
# ---------------------------------------------------------------- s01 Kyiv and Lviv combined strike
d = "s01_kyiv_lviv_combined_strike.txt"
# An American cable-news site (MNN) on the night of 3-4 November: country Ukraine. The Air Force,
# "Ukrainian officials", Klitschko, Kozytskyi, Sadovyi, the Kyiv regional officials and Zelensky
# speak for Ukraine; the Pentagon's Whitfield for the United States. Headline (optional): "more than 700 drones and missiles" (weapon_type `*`) and "at least
# 13". Lead: "at least 13" killed and "more than 70" injured (actor Russia: "Russia hurled ...
# killing"; region `*`: two cities). Air Force: 653 drones and 58 missiles launched, 597 and 44
# shot down (region `*`); the bullet list by type (33 Kh-101, four Kalibr, 15 Iskander-M with
# country and region `*`, six Kinzhal) and "Roughly 280" decoys are types within the totals
# (required). Kyiv: nine killed and 51 wounded (actor `*`), "Six of the wounded" (subset,
# optional), "at least 22" buildings damaged, "about 190,000 households" without electricity
# (category and action `*`). Lviv: four killed and 23
# injured ("a missile": actor `*`), 64 buildings damaged. Zelensky's week: "more than 1,400"
# drones, "nearly 1,100" guided bombs, 96 missiles (qualifier `*`), region None. Whitfield: "north
# of 700" (optional restatement), "more than 600" interceptors delivered. The Russian ministry's
# statement has no figures. Debatable: "hundreds",
# "dozens", "six of the capital's ten districts", "the upper four floors", "Some 470 kilometers
# (290 miles)", "about 70 kilometers", "hundreds of thousands of people who fled". Non-claims:
# 8:47, "November 4, 2027", "10 p.m.", "6 a.m.", Kh-101, Tu-95MS, Iskander-M, Kh-47M2, MiG-31K,
# "12-year-old", "Every one of these strikes", "nine-story", "64" (Iryna's age), "17th-century", "the third this year", and the
# furniture (1,842 shares, 2:14, "4 Russian refineries", "Three charged", "twice a week", 2027).
rows(d, [
    ("with more than 700 drones and missiles", "more than 700", 700, GE, "count", W, A, "launched", R, U, A, U, A, True),  # headline
    ("drones and missiles, killing at least 13", "at least 13", 13, GE, "count", CAS, N, "killed", R, U, A, U, A, True),  # headline
    ("killing at least 13 people and injuring", "at least 13", 13, GE, "count", CAS, N, "killed", R, U, U, U, A),
    ("injuring more than 70 in one", "more than 70", 70, GE, "count", CAS, N, "injured", R, U, U, U, A),
    ("Russia launched 653 drones and decoys", "653", 653, EX, "count", W, "drone", "launched", R, U, U, U, A),
    ("decoys and 58 missiles of various types", "58", 58, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("electronically suppressed 597 of the drones", "597", 597, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("and 44 of the missiles, it said", "44", 44, EX, "count", W, "missile", "shot_down", U, R, U, U, A),
    ("• 33 Kh-101 cruise missiles", "33", 33, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("• four Kalibr cruise missiles", "four", 4, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("• 15 Iskander-M ballistic missiles", "15", 15, EX, "count", W, "missile", "launched", R, U, U, A, A),
    ("• six Kh-47M2 Kinzhal hypersonic missiles", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("Roughly 280 of the drones were Gerbera", "Roughly 280", 280, APX, "count", W, "drone", "launched", R, U, U, U, A),
    # Kyiv
    ("In Kyiv, nine people were killed", "nine", 9, EX, "count", CAS, N, "killed", A, U, U, U, Kv),
    ("and 51 were wounded, Mayor", "51", 51, EX, "count", CAS, N, "injured", A, U, U, U, Kv),
    ("Six of the wounded are children", "Six", 6, EX, "count", CAS, N, "injured", A, U, U, U, Kv, True),  # subset
    ("damaged at least 22 residential buildings", "at least 22", 22, GE, "count", INF, N, A, A, U, U, U, Kv),
    ("about 190,000 households on the left bank", "about 190,000", 190000, APX, "count", A, N, A, A, U, U, U, Kv),
    # Lviv
    ("in Lviv, four people were killed", "four", 4, EX, "count", CAS, N, "killed", A, U, U, U, Lv),
    ("killed and 23 injured when a missile", "23", 23, EX, "count", CAS, N, "injured", A, U, U, U, Lv),
    ("windows were blown out in 64 buildings", "64", 64, EX, "count", INF, N, A, A, U, U, U, Lv),
    # Zelensky's week
    ("Russia had launched more than 1,400 drones", "more than 1,400", 1400, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("nearly 1,100 guided aerial bombs", "nearly 1,100", 1100, LE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("guided aerial bombs and 96 missiles at Ukraine", "96", 96, A, "count", W, "missile", "launched", R, U, U, U, N),
    # Pentagon
    ('assessed that "north of 700" drones', "north of 700", 700, GE, "count", W, A, "launched", R, U, US, U, A, True),  # restates
    ("We have delivered more than 600 Patriot interceptors", "more than 600", 600, GE, "count", W, A, A, US, A, US, U, N),
])
any_(d, [
    ("hurled hundreds of drones", "hundreds"),
    ("dozens of missiles, including", "dozens"),
    ("in six of the capital's ten districts", "six"),
    ("of the capital's ten districts", "ten"),
    ("where the upper four floors had collapsed", "four"),
    ("Some 470 kilometers (290 miles)", "Some 470"),
    ("(290 miles) to the west", "290"),
    ("about 70 kilometers from the Polish border", "about 70"),
    ("hundreds of thousands of people who fled", "hundreds of thousands"),
])

# ---------------------------------------------------------------- s02 UNHCR-IOM press release
d = "s02_unhcr_iom_kharkiv_sumy_displacement.txt"
# A joint UNHCR-IOM press release on displacement from the Kharkiv and Sumy oblasts: country
# Ukraine; region `*` for the two oblasts together. Sentences naming UNHCR or IOM ("said today",
# "According to IOM's DTM", "IOM said", "according to IOM", "UNHCR has recorded") have
# claimant_side United Nations; the release's own voice (evacuations, money received) `*`;
# Syniehubov (Kharkiv administration) Ukraine; Slovakia's Interior Ministry not a side (country
# and region `*`). Headline and KEY FIGURES restate the body (optional); their "27% received" is a
# share (debatable). Displaced: "more than 31,400" (displacement, action `*`, actor `*`: "attacks
# ... have forced") with the breakdown "around 19,600" (Kharkiv) and "some 11,800" (Sumy)
# required. Evacuated: 12,870 (subsets 4,150 children and 960 people optional), Syniehubov's
# 5,340 (Kupiansk district, Kharkiv). Two volunteer drivers killed by "a drone" (actor and target
# `*`, Sumy). The transit centre's 2,150 arrivals (displacement, action `*`, Kharkiv). IDPs: "an
# estimated 3.5 million" (region None), "including some 460,000" in Kharkiv (optional subset).
# Refugees: "some 5.6 million" in Europe and "6.2 million worldwide" (qualifier `*`, listed
# after "some"; country `*`), Slovakia's 1,930 (its earlier 1,210 optional). Funding: US$ 148
# million sought (UN) and the broken decimal "US$ 39. 9 million" received (own voice) required;
# "US$ 22 million" announced (pledge, optional). Debatable: "Nearly a third", "43 settlements",
# "about 2,700" still living near the border, "five-kilometre", "4.4 million" returnees, "41
# partner organizations", "260,000 people" targeted, "27 per cent", 10,800 hryvnias per person,
# 14,300 recipients, "about 6,900 households" reached, "by half". Non-claims: "five weeks", "5
# November 2027", "1 October", "one bag", "twice or three times since 2022", "22 October", "72
# hours", "10 October", "March 2028", "3 November", "December", and the furniture (phone numbers,
# the Related news' 900,000 and "one in five", "sixth winter", 2001-2027).
rows(d, [
    ("more than 31,000 people forced from their homes", "more than 31,000", 31000, GE, "count", DIS, N, A, A, A, A, U, A, True),  # headline
    ("• 31,400+ people newly displaced", "31,400+", 31400, GE, "count", DIS, N, A, A, A, A, U, A, True),  # box
    ("• 12,870 people evacuated by authorities", "12,870", 12870, EX, "count", DIS, N, "evacuated", A, A, A, U, A, True),  # box
    ("• 4,150 children among those evacuated", "4,150", 4150, EX, "count", DIS, N, "evacuated", A, A, A, U, A, True),  # box
    ("• 3.5 million internally displaced people", "3.5 million", 3500000, EX, "count", DIS, N, A, A, A, A, U, N, True),  # box
    ("• 6.2 million refugees from Ukraine", "6.2 million", 6200000, EX, "count", DIS, N, A, A, A, A, A, A, True),  # box
    ("• US$ 148 million required", "US$ 148 million", 148000000, EX, "usd", ECO, N, A, A, A, A, U, A, True),  # box
    ("have forced more than 31,400 people in the Kharkiv", "more than 31,400", 31400, GE, "count", DIS, N, A, A, A, UN, U, A),
    ("around 19,600 of the newly displaced", "around 19,600", 19600, APX, "count", DIS, N, A, A, A, UN, U, Kh),
    ("some 11,800 from the Sumy oblast", "some 11,800", 11800, APX, "count", DIS, N, A, A, A, UN, U, Sm),
    ("have evacuated 12,870 people from frontline", "12,870", 12870, EX, "count", DIS, N, "evacuated", A, A, A, U, A),
    ("among them 4,150 children and 960 people", "4,150", 4150, EX, "count", DIS, N, "evacuated", A, A, A, U, A, True),  # subset
    ("960 people with disabilities", "960", 960, EX, "count", DIS, N, "evacuated", A, A, A, U, A, True),  # subset
    ("said 5,340 people had been taken out", "5,340", 5340, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh),
    ("after two volunteer drivers were killed", "two", 2, EX, "count", CAS, N, "killed", A, A, A, U, Sm),
    ("received 2,150 people in the last week", "2,150", 2150, EX, "count", DIS, N, A, A, A, UN, U, Kh),
    ("an estimated 3.5 million people remain", "3.5 million", 3500000, APX, "count", DIS, N, A, A, A, UN, U, N),
    ("including some 460,000 hosted", "some 460,000", 460000, APX, "count", DIS, N, A, A, A, UN, U, Kh, True),  # subset
    ("UNHCR has recorded some 5.6 million refugees", "some 5.6 million", 5600000, APX, "count", DIS, N, A, A, A, UN, A, A),
    ("and 6.2 million worldwide", "6.2 million", 6200000, A, "count", DIS, N, A, A, A, UN, A, A),
    ("reported 1,930 people from Ukraine", "1,930", 1930, EX, "count", DIS, N, A, A, A, A, A, A),
    ("up from 1,210 in September", "1,210", 1210, EX, "count", DIS, N, A, A, A, A, A, A, True),  # earlier state
    ("seeking US$ 148 million to assist", "US$ 148 million", 148000000, EX, "usd", ECO, N, A, A, A, UN, U, A),
    ("US$ 39. 9 million had been received", "US$ 39. 9 million", 39900000, EX, "usd", ECO, N, A, A, A, A, U, A),
    ("contributions totalling US$ 22 million", "US$ 22 million", 22000000, EX, "usd", ECO, N, A, A, A, A, A, A, True),  # pledge
])
any_(d, [
    ("million required for the north-east response, 27% received", "27%"),
    ("Nearly a third of them are children", "Nearly a third"),
    ("evacuation order now covers 43 settlements", "43"),
    ("about 2,700 residents are still living", "about 2,700"),
    ("within the five-kilometre zone", "five"),
    ("A further 4.4 million people have returned", "4.4 million"),
    ("UNHCR, IOM and 41 partner organizations", "41"),
    ("to assist 260,000 people", "260,000"),
    ("or 27 per cent of requirements", "27 per cent"),
    ("cash grants of 10,800 hryvnias per person", "10,800"),
    ("to 14,300 newly displaced people", "14,300"),
    ("to about 6,900 households", "about 6,900"),
    ("cash assistance for newly displaced families by half", "half"),
])

# ---------------------------------------------------------------- s03 Russian state agency, border
d = "s03_vestnik_kursk_bryansk_border.txt"
# A Russian state news agency's English edition (VESTNIK) on 4 November: every source (the Defence
# Ministry, Rosaviatsia's spokesman, "a source in the security services", Governors Bogomaz and
# Khinshtein) speaks for Russia; "the AFU", "the enemy" and "the Kiev regime" are Ukraine. The
# headline's 87 and the subhead's "up to 245" restate (optional), "six Russian regions" counts
# places (debatable). The lead's 87 shot down over Russia (region `*`) is required and its quoted
# repetition optional; the breakdown 34 Bryansk, 22 Kursk, 14 Belgorod, eight Voronezh, five Tula,
# four Moscow required, "including two flying towards Moscow" optional. "three airports" closed
# (infrastructure, qualifier `*`, optional: the seeds). The Sever group's "up to 245" (Sumy and
# Kharkov: region `*`, country Ukraine) with equipment qualifier `*`. The border: "Nine saboteurs
# were eliminated" (killed, actor Russia, Bryansk); Bogomaz's two civilians injured ("by the Kiev
# regime": actor Ukraine); Khinshtein's 47 drones launched, one killed and four injured (actor `*`),
# "more than 1,200" in temporary accommodation (displacement, action `*`, Kursk). The source's
# "about 6,000" servicemen deployed (Kursk and Bryansk: region `*`). Debatable: "six Russian regions",
# 19 flights delayed and six cancelled, "a group of 14 militants", "151 areas". Non-claims:
# "November 4", 20:00, 07:00, "November 3", 14:00, "August 6, 2024", "April 2025",
# "a tank" (no numeral), and the furniture (Read also's "NPP-2 second power unit" and "Over 3,000
# volunteers", "1999-2027", "FS 77-81234").
rows(d, [
    ("destroys 87 Ukrainian UAVs over six", "87", 87, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # headline
    ("amounted to up to 245 servicemen", "up to 245", 245, LE, "count", CAS, N, A, R, U, R, U, A, True),  # subhead
    ("destroyed 87 Ukrainian fixed-wing unmanned aerial vehicles over Russian regions", "87", 87, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("destroyed 87 Ukrainian fixed-wing unmanned aerial vehicles: 34", "87", 87, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # repeats
    ("vehicles: 34 over the territory of the Bryansk region", "34", 34, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("22 over the Kursk region", "22", 22, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku),
    ("14 over the Belgorod region", "14", 14, EX, "count", W, "drone", "shot_down", R, U, R, R, Bg),
    ("eight over the Voronezh region", "eight", 8, EX, "count", W, "drone", "shot_down", R, U, R, R, "Voronezh"),
    ("five over the Tula region", "five", 5, EX, "count", W, "drone", "shot_down", R, U, R, R, "Tula"),
    ("four over the Moscow region", "four", 4, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("including two flying towards Moscow", "two", 2, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow", True),  # subset
    ("were introduced at three airports", "three", 3, A, "count", INF, N, A, A, A, A, R, A, True),  # seeds
    ('"The enemy lost up to 245 servicemen', "up to 245", 245, LE, "count", CAS, N, A, R, U, R, U, A),
    ("a tank, three armoured fighting vehicles", "three", 3, A, "count", W, "armored_vehicle", A, R, U, R, U, A),
    ("11 motor vehicles and two field", "11", 11, A, "count", W, "vehicle", A, R, U, R, U, A),
    ("and two field artillery guns", "two", 2, A, "count", W, "artillery", A, R, U, R, U, A),
    ("Nine saboteurs were eliminated", "Nine", 9, EX, "count", CAS, N, "killed", R, U, R, R, Br),
    ("two civilians were injured", "two", 2, EX, "count", CAS, N, "injured", U, R, R, R, Br),
    ("the AFU launched 47 drones", "47", 47, EX, "count", W, "drone", "launched", U, R, R, R, Ku),
    ("One civilian was killed in Rylsk", "One", 1, EX, "count", CAS, N, "killed", A, R, R, R, Ku),
    ("four more were injured, including a teenager", "four", 4, EX, "count", CAS, N, "injured", A, R, R, R, Ku),
    ("more than 1,200 residents remain", "more than 1,200", 1200, GE, "count", DIS, N, A, A, A, R, R, Ku),
    ("about 6,000 additional servicemen", "about 6,000", 6000, APX, "count", PER, N, "deployed", R, A, R, R, A),
])
any_(d, [
    ("UAVs over six Russian regions", "six"),
    ("19 flights were delayed", "19"),
    ("six were cancelled at Vnukovo", "six"),
    ("group of 14 militants", "14"),
    ("foreign mercenaries in 151 areas", "151"),
])

# ---------------------------------------------------------------- s04 energy trade publication
d = "s04_energy_monitor_power_refineries.txt"
# An energy trade weekly (Eurasia Energy Monitor, EEM) on 6 November. Ukrenergo, Hrynchuk and
# "regional officials" speak for Ukraine (state operator and government), the General Staff for
# Ukraine; DTEK (private), Naftogaz (a company), the Kyiv Centre for Energy Security, the Moscow
# trader and EEM's own estimates and market data have claimant_side `*`; Russia's Defence Ministry
# for Russia. Ukraine: "some 2,400 megawatts" knocked out (category and unit `*`, actor Russia,
# region `*`); DTEK's three plants hit (infrastructure, actor `*`); 27 substations damaged "by
# Russian missiles and drones" (actor Russia, region None) with "seven of them" optional; "about
# 1.3 million households" without power (category and action `*`) with "including some 420,000 in
# Kharkiv" optional; "all but 186,000" (186,000, same treatment); the record 1,950 MW imported
# (economic, unit `*`); "rose 14%" (economic percent); "not less than $1.1 billion" repairs (usd,
# at_least); "about 4.5 billion cubic metres" of gas to import (a planned need: optional); Naftogaz's
# output "fallen by around 40%". Russia: the lead's "four more Russian refineries" hit (EEM's own
# voice; infrastructure, actor Ukraine, target Russia, region `*`); the ministry's 118 drones shot
# down and "46 of them over the Volgograd region"; EEM's "about 1.05 million barrels per day"
# offline (economic, unit `*`), exports 1.9 million b/d "down 8%", AI-95 "up 6.8%", the Centre's
# "around $2.3 billion" lost revenue. BY THE NUMBERS restates (optional); the headline's "2.4" GW
# optional and "a sixth" debatable. Debatable: "2,100 MW" limit, 9,870 hryvnias and "about $236"
# per MWh, "about 300,000 barrels per day" (capacity), "nobody was hurt", "up to 17%", "11%",
# 78,400 roubles per tonne, "about 250,000 tonnes a month" shortfall, Brent's "$71.20" and "1.6%",
# the "$13.40" discount. Non-claims: "6 November 2027", "7 min read", "3-4 November", "the eleventh
# massive attack", "September", "1 October", Trypilska TPP, "4 November", "March", "30 October and
# 5 November", CDU-1, "two industry sources", AI-95, "31 December", "minus 10C", "up to 16 hours a
# day", and the furniture ("2 free articles", "3 GW", 2028, 6:30 CET, EUR 1,450, 2027).
rows(d, [
    ("Ukraine loses 2.4 GW in one night", "2.4", 2.4, EX, A, A, N, A, R, U, A, U, A, True),  # headline
    ("knocked out some 2,400 megawatts", "some 2,400", 2400, APX, A, A, N, A, R, U, U, U, A),
    ("drones hit four more Russian refineries", "four", 4, EX, "count", INF, N, A, U, R, A, R, A),
    ("said three of its thermal power plants were hit", "three", 3, EX, "count", INF, N, A, A, U, A, U, A),
    ("The operator said 27 high-voltage substations", "27", 27, EX, "count", INF, N, A, R, U, U, U, N),
    ("seven of them in the latest attack", "seven", 7, EX, "count", INF, N, A, R, U, U, U, N, True),  # subset
    ("about 1.3 million households were without power", "about 1.3 million", 1300000, APX, "count", A, N, A, A, U, U, U, A),
    ("including some 420,000 in Kharkiv", "some 420,000", 420000, APX, "count", A, N, A, A, U, U, U, Kh, True),  # subset
    ("all but 186,000 household customers", "186,000", 186000, EX, "count", A, N, A, A, U, A, U, A),
    ("imported a record 1,950 MW", "1,950", 1950, EX, A, ECO, N, A, A, A, U, U, N),
    ("rose 14% on the week", "14%", 14, EX, "percent", ECO, N, A, A, A, A, U, N),
    ('would cost "not less than $1.1 billion"', "not less than $1.1 billion", 1100000000, GE, "usd", ECO, N, A, A, A, U, U, N),
    ("import about 4.5 billion cubic metres of gas", "about 4.5 billion", 4500000000, APX, "m3", ECO, N, A, A, A, U, U, N, True),  # planned
    ("output had fallen by around 40% in October", "around 40%", 40, APX, "percent", ECO, N, A, A, A, A, U, N),
    ("destroyed 118 Ukrainian drones overnight", "118", 118, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("46 of them over the Volgograd region", "46", 46, EX, "count", W, "drone", "shot_down", R, U, R, R, "Volgograd"),
    ("or about 1.05 million barrels per day", "about 1.05 million", 1050000, APX, A, ECO, N, A, A, A, A, R, N),
    ("fell to 1.9 million b/d in October", "1.9 million", 1900000, EX, A, ECO, N, A, A, A, A, R, N),
    ("down 8% from September", "8%", 8, EX, "percent", ECO, N, A, A, A, A, R, N),
    ("up 6.8% in a week", "6.8%", 6.8, EX, "percent", ECO, N, A, A, A, A, R, N),
    ("Russia lost around $2.3 billion", "around $2.3 billion", 2300000000, APX, "usd", ECO, N, A, A, A, A, R, N),
    # BY THE NUMBERS (restates)
    ("2,400 MW: Ukrainian capacity knocked out", "2,400", 2400, EX, A, A, N, A, R, U, A, U, A, True),
    ("27: substations damaged since 1 October", "27", 27, EX, "count", INF, N, A, A, U, A, U, N, True),
    ("1.3 million: households without power", "1.3 million", 1300000, EX, "count", A, N, A, A, U, A, U, A, True),
    ("4: Russian refineries hit this week", "4", 4, EX, "count", INF, N, A, A, R, A, R, A, True),
    ("1.05 million b/d: Russian primary capacity offline", "1.05 million", 1050000, EX, A, ECO, N, A, A, A, A, R, N, True),
    ("$1.1 billion: minimum cost of Ukrainian repairs", "$1.1 billion", 1100000000, A, "usd", ECO, N, A, A, A, A, U, N, True),
])
any_(d, [
    ("idles a sixth of Russian refining", "a sixth"),
    ("interconnection limit of 2,100 MW", "2,100"),
    ("to 9,870 hryvnias (about $236)", "9,870"),
    ("(about $236) per MWh", "about $236"),
    ("a capacity of about 300,000 barrels per day", "about 300,000"),
    ("that nobody was hurt", "nobody"),
    ("up to 17% of Russia's primary refining capacity", "up to 17%"),
    ("compared with 11% at the start of October", "11%"),
    ("a record 78,400 roubles per tonne", "78,400"),
    ("short of about 250,000 tonnes a month", "about 250,000"),
    ("Brent settled at $71.20 a barrel", "$71.20"),
    ("up 1.6% on the week", "1.6%"),
    ("widened to $13.40", "$13.40"),
])

# ---------------------------------------------------------------- s05 live blog, the south
d = "s05_live_blog_south_kherson_zaporizhzhia_crimea.txt"
# A Kyiv outlet's live blog (The Kyiv Ledger) for 5 November, newest entry first; country Ukraine.
# Zelensky, the General Staff, Fedorov, Prokudin, DeepState, the 65th Brigade and the Southern
# Defence Forces speak for Ukraine; Russia's Defence Ministry, the Russian-installed Crimean
# authorities and Balitsky for Russia; CrimeaWatch is a monitor (its count debatable). The headline
# ("157 POWs") and "Key events" restate (optional); the 23:48 recap's "at least five" killed is a
# sum (optional). Exchange (22:15): 157 Ukrainians and 157 Russian servicemen returned (personnel,
# action, actor and target `*`, country and region `*`), "12 National Guard members" and "four
# civilians" subsets (optional). 21:05: the ministry's 41 drones shot down (country and region
# `*`), "29 of them over the Republic of Crimea" (country `*`, region Crimea) and "12 over the Black
# Sea" (region `*`), three Neptune missiles shot down near the Kerch Strait (country and region
# `*`), five uncrewed boats destroyed (weapon_type `*`). 19:30: two Su-30SM destroyed and one Be-12
# damaged (action `*`) at Saky (Crimea, country Ukraine). 17:10: 14 guided bombs launched at
# Zaporizhzhia, two killed and 19 injured (actor `*`), "at least 30" houses damaged. 15:45: three
# killed and 17 wounded "by Russian shelling" (actor Russia), 1,120 evacuated (Kherson). 14:20:
# Balitsky's four injured by Ukrainian drones (target `*`) and "about 2,400 residents" without
# electricity (category and action `*`). 11:30: DeepState's "about 4.6" km2 seized; the brigade's
# two tanks and six armoured vehicles destroyed (Zaporizhzhia). 09:15: 58 of 76 drones
# shot down and launched (Kherson, Mykolaiv, Zaporizhzhia: region `*`), "Two more" lost in location
# (action `*`, required). Debatable: "about 3 km" of queues, CrimeaWatch's "at least three" patches,
# "11 settlements" and "486 times", "34 settlements". Non-claims: the time stamps (23:48, 22:15,
# ... 08:00), "8:00", "5 November 2027", "in 2022", "past 24 hours", "nearly five hours",
# "9-year-old", "65th", Su-30SM, Be-12, "Neptune", "day 2,081", and the furniture ("$5 a month",
# "412 comments", "48,000 members", "three years on", 2027).
rows(d, [
    ("Saky airfield struck, 157 POWs come home", "157", 157, EX, "count", PER, N, A, A, A, A, A, A, True),  # headline
    ("• Two killed, 19 injured in glide-bomb", "Two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Zp, True),  # key events
    ("Two killed, 19 injured in glide-bomb attack", "19", 19, EX, "count", CAS, N, "injured", A, U, A, U, Zp, True),  # key events
    ("says two Su-30SM jets destroyed at Saky", "two", 2, EX, "count", W, "aircraft", "destroyed", U, R, U, U, Cr, True),  # key events
    ("• 157 Ukrainians freed in prisoner exchange", "157", 157, EX, "count", PER, N, A, A, A, A, A, A, True),  # key events
    ("with at least five people killed across", "at least five", 5, GE, "count", CAS, N, "killed", A, U, A, U, A, True),  # recap
    # 22:15 exchange
    ("Ukraine has brought home 157 people", "157", 157, EX, "count", PER, N, A, A, A, U, A, A),
    ("Among them are 12 National Guard members", "12", 12, EX, "count", PER, N, A, A, A, U, A, A, True),  # subset
    ("in 2022, and four civilians", "four", 4, EX, "count", PER, N, A, A, A, U, A, A, True),  # subset
    ("said 157 Russian servicemen had been", "157", 157, EX, "count", PER, N, A, A, A, R, A, A),
    # 21:05 Russian claims
    ("shot down 41 Ukrainian drones over the past 24 hours", "41", 41, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("29 of them over the Republic of Crimea", "29", 29, EX, "count", W, "drone", "shot_down", R, U, R, A, Cr),
    ("and 12 over the Black Sea", "12", 12, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("three Neptune cruise missiles were intercepted", "three", 3, EX, "count", W, "missile", "shot_down", R, U, R, A, A),
    ("destroyed five uncrewed boats", "five", 5, EX, "count", W, A, "destroyed", R, U, R, A, A),
    # 19:30 Saky
    ("two Su-30SM fighter jets were destroyed", "two", 2, EX, "count", W, "aircraft", "destroyed", U, R, U, U, Cr),
    ("one Be-12 amphibious aircraft was damaged", "one", 1, EX, "count", W, "aircraft", A, U, R, U, U, Cr),
    # 17:10 Zaporizhzhia
    ("dropped 14 guided aerial bombs on Zaporizhzhia", "14", 14, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Zp),
    ("Two people were killed and 19 injured, among", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Zp),
    ("killed and 19 injured, among them", "19", 19, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("at least 30 private houses were damaged", "at least 30", 30, GE, "count", INF, N, A, A, U, U, U, Zp),
    # 15:45 Kherson
    ("three people were killed and 17 wounded", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, Ks),
    ("killed and 17 wounded by Russian shelling", "17", 17, EX, "count", CAS, N, "injured", R, U, U, U, Ks),
    ("said that 1,120 residents had been evacuated", "1,120", 1120, EX, "count", DIS, N, "evacuated", A, A, U, U, Ks),
    # 14:20 Enerhodar
    ("injuring four people, the Russian-installed", "four", 4, EX, "count", CAS, N, "injured", U, A, R, U, Zp),
    ("about 2,400 residents of the town", "about 2,400", 2400, APX, "count", A, N, A, A, A, R, U, Zp),
    # 11:30 front
    ("seizing about 4.6 square kilometres", "about 4.6", 4.6, APX, "km2", TER, N, "seized", R, U, U, U, Zp),
    ("destroyed two Russian tanks and six armoured", "two", 2, EX, "count", W, "tank", "destroyed", U, R, U, U, Zp),
    ("six armoured vehicles in a failed assault", "six", 6, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Zp),
    # 09:15 overnight
    ("say 58 of the 76 Shahed-type drones", "58", 58, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("of the 76 Shahed-type drones that Russia launched", "76", 76, EX, "count", W, "drone", "launched", R, U, U, U, A),
    ('Two more "were lost in location"', "Two", 2, EX, "count", W, "drone", A, U, R, U, U, A),
])
any_(d, [
    ("stretched for about 3 km", "about 3"),
    ("at least three burned-out patches", "at least three"),
    ("attacked 11 settlements of the Zaporizhzhia region", "11"),
    ("486 times, Fedorov said", "486"),
    ("Russian troops struck 34 settlements", "34"),
])

# ---------------------------------------------------------------- s06 think-tank OSINT brief
d = "s06_think_tank_osint_force_concentrations.txt"
# A think tank's open-source brief (NACCS, 8 November) on Russian concentrations in Belarus,
# Belgorod and occupied Luhansk. NACCS's own voice (key judgements, imagery counts, estimates,
# mapping) has claimant_side `*`; the State Border Guard Service, HUR, the Khortytsia group and
# the Ukrainian units speak for Ukraine; Minsk (Belarus) is not a side; Russia's Defence Ministry
# for Russia. Actor Russia for Russian troops and equipment; action `*` for imagery counts and
# estimates without a verb of massing ("shows", "counted", "contingent of", "estimate"), massed for
# "concentrated", "massed", "amassed". Belarus: country and region `*`. Belgorod: country Russia,
# region Belgorod; HUR's "Belgorod and Kursk regions" region `*`. Luhansk: country Ukraine, region
# `*`. Key judgement 1 "between 60,000 and 80,000" (range, all areas: country and region `*`) and
# the conclusion's "between 64,000 and 84,000" are both required; "roughly doubled" debatable.
# Belarus: "about 40 tanks", "roughly 60" armoured vehicles, "9,000 to 12,000" personnel, the
# border service's "no more than 11,000", Minsk's 4,500 Belarusian troops deployed (actor `*`).
# Belgorod: 142 tanks and 96 artillery pieces (qualifier `*`: a list with "at least 30" MLRS),
# vehicles "from about 210" (earlier state, optional) "to more than 380", HUR's "up to 45,000"
# massed, NACCS's "25,000-32,000". Luhansk: the ministry's "over 79%" of Donetsk controlled
# (territory percent, region Donetsk); Khortytsia's "over 100,000" massed (region `*`); "30,000 to
# 40,000", "some 230 tanks and armoured vehicles" (weapon_type `*`), "nearly 150" artillery;
# "roughly 112 square kilometres" seized in the Borova-Kupiansk sector (Kharkiv) and 31 tanks
# destroyed (3rd Army Corps: Ukraine, Kharkiv). Table 1: restating cells optional, Luhansk's "~120"
# tanks required (qualifier `*`), BTG cells and the table's sums debatable. Debatable: "eight to
# ten" and "14 to 18" BTGs, "four staging areas", "the 150,000 claimed by some Ukrainian
# commentators". Non-claims: "Three axes, one question", "across the three areas", "No. 27", "8 November 2027", "11 min read", "spring 2028", "29
# October", "1-3 November", "mid-September", "1 November", "1 October", "3 November 2027", the
# numbered judgements and sections (1., 2., 3.), footnote marks [1]-[9], the Notes (dates, "3 m",
# "50 cm", "v4.2", "entries 118-163", "3rd Army Corps"), "n/a", and the furniture ("2.3 MB",
# "802455-1190", 2027).
rows(d, [
    ("concentrated between 60,000 and 80,000 troops", "between 60,000 and 80,000", A, A, "count", PER, N, "massed", R, A, A, A, A),
    # Belarus
    ("shows about 40 tanks and roughly 60", "about 40", 40, APX, "count", W, "tank", A, R, A, A, A, A),
    ("roughly 60 other armoured vehicles", "roughly 60", 60, APX, "count", W, "armored_vehicle", A, R, A, A, A, A),
    ("contingent of 9,000 to 12,000 personnel", "9,000 to 12,000", A, A, "count", PER, N, A, R, A, A, A, A),
    ('"no more than 11,000" Russian troops', "no more than 11,000", 11000, LE, "count", PER, N, A, R, A, U, A, A),
    ("deployed 4,500 Belarusian troops", "4,500", 4500, EX, "count", PER, N, "deployed", A, A, A, A, A),
    # Belgorod
    ("we counted 142 tanks, 96 self-propelled", "142", 142, A, "count", W, "tank", A, R, A, A, R, Bg),
    ("96 self-propelled artillery pieces", "96", 96, A, "count", W, "artillery", A, R, A, A, R, Bg),
    ("at least 30 multiple rocket launchers", "at least 30", 30, GE, "count", W, "mlrs", A, R, A, A, R, Bg),
    ("grew from about 210 in mid-September", "about 210", 210, APX, "count", W, "vehicle", A, R, A, A, R, Bg, True),  # earlier state
    ("to more than 380 by 1 November", "more than 380", 380, GE, "count", W, "vehicle", A, R, A, A, R, Bg),
    ("up to 45,000 Russian troops have been massed", "up to 45,000", 45000, LE, "count", PER, N, "massed", R, A, U, R, A),
    ("for Belgorod is lower, at 25,000-32,000", "25,000-32,000", A, A, "count", PER, N, A, R, A, A, R, Bg),
    # Luhansk and the Kupiansk axis
    ('now control "over 79%" of the Donetsk', "over 79%", 79, GE, "percent", TER, N, "controlled", R, U, R, U, D),
    ('amassed "over 100,000" troops', "over 100,000", 100000, GE, "count", PER, N, "massed", R, A, U, U, A),
    ("sector proper is 30,000 to 40,000", "30,000 to 40,000", A, A, "count", PER, N, A, R, A, A, U, A),
    ("some 230 tanks and armoured vehicles", "some 230", 230, APX, "count", W, A, A, R, A, A, U, A),
    ("nearly 150 artillery systems", "nearly 150", 150, LE, "count", W, "artillery", A, R, A, A, U, A),
    ("seized roughly 112 square kilometres", "roughly 112", 112, APX, "km2", TER, N, "seized", R, U, A, U, Kh),
    ("destroying 31 Russian tanks there", "31", 31, EX, "count", W, "tank", "destroyed", U, R, U, U, Kh),
    # Table 1 (restating cells optional)
    ("Belarus (Baranavichy, Brest) | 9,000–12,000", "9,000–12,000", A, A, "count", PER, N, A, R, A, A, A, A, True),
    ("8–10 | ~40 | n/a", "~40", 40, A, "count", W, "tank", A, R, A, A, A, A, True),
    ("Belgorod (Valuyki–Graivoron) | 25,000–32,000", "25,000–32,000", A, A, "count", PER, N, A, R, A, A, R, Bg, True),
    ("14–18 | 142 | 96 SP", "142", 142, EX, "count", W, "tank", A, R, A, A, R, Bg, True),
    ("| 96 SP + 30+ MLRS", "96", 96, EX, "count", W, "artillery", A, R, A, A, R, Bg, True),
    ("SP + 30+ MLRS", "30+", 30, GE, "count", W, "mlrs", A, R, A, A, R, Bg, True),
    ("(Svatove–Starobilsk) | 30,000–40,000", "30,000–40,000", A, A, "count", PER, N, A, R, A, A, U, A, True),
    ("20–25 | ~120 | ~150", "~120", 120, A, "count", W, "tank", A, R, A, A, U, A),
    ("~120 | ~150", "~150", 150, A, "count", W, "artillery", A, R, A, A, U, A, True),
    ("Total | 64,000–84,000", "64,000–84,000", A, A, "count", PER, N, A, R, A, A, A, A, True),
    # conclusion
    ("point to between 64,000 and 84,000 troops", "between 64,000 and 84,000", A, A, "count", PER, N, A, R, A, A, A, A),
])
any_(d, [
    ("have roughly doubled since mid-September", "doubled"),
    ("eight to ten battalion tactical groups", "eight to ten"),
    ("At four staging areas", "four"),
    ("perhaps 14 to 18 BTG-equivalents", "14 to 18"),
    ("| 8–10 |", "8–10"),
    ("| 14–18 |", "14–18"),
    ("| 20–25 |", "20–25"),
    ("| 42–53 |", "42–53"),
    ("42–53 | ~300", "~300"),
    ("~300 | ~280", "~280"),
    ("the 150,000 claimed by some Ukrainian commentators", "150,000"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s37")
