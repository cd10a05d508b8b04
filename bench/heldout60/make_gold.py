"""Builds gold.jsonl for heldout60 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout60.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (and through it heldout47, heldout46, heldout45,
heldout35, heldout27 and heldout33): headlines, subheads, fact boxes and later restatements are
optional; subsets introduced by "of whom", "among them", "including", "of them" are optional,
except a model or type within a weapon total; a breakdown of a total by place is required, and
so is a different action or fate on part of a total ("of which 21 were shot down"); in a list
with a qualifier only the qualified items keep it (the others `*`), a list with no qualifier is
exact; casualty sentences that name no perpetrator have actor `*`; a range is one claim quoting
the whole range (value and qualifier `*`); losses reported as "lost" have action `*`; drones
destroyed in flight are shot_down; pledges, promises, plans and planned spending are optional;
an earlier state ("up from ... in 2026") is optional. Bodies that are not sides (NATO, the EU,
NGOs, think tanks, volunteer monitors, companies, and states outside the vocabulary of sides
such as Belarus) have claimant_side `*`, and a sum or estimate they give keeps the actor and
target of what it counts; an outlet's or author's own voice has claimant_side `*`. Damaged
buildings and facilities are infrastructure with action and actor `*` (damaged and destroyed
alike). Deliveries to a side are weapons with action `*` and the supplier as actor (`*` when
the supplier is not a side), target, country and region `*`. Money in another currency than
the dollar has unit `*`; money received, paid or disbursed is required, and so is damage
assessed in money. Counts of places, incidents, cases and claims, group sizes, shares and
rates, distances, sizes and areas, prices and payments, workforces and other population
stocks, recipients of aid or care, vehicle and wagon counts, and vague quantities ("a dozen",
"a few") are debatable (`any_`); a table whose cells restate no sentence is debatable cell by
cell (its total row too). A side's army size is personnel with action `*`. States outside the
vocabulary of sides (Belarus, here Slovakia and Hungary) as country are `*`; the check's
vocabulary of regions is closed, so a region outside it (Zakarpattia, Mykolaiv, Chernihiv) is
`*`, and so is the region of a figure that spans several regions or is not placed; a nationwide
figure has region None. People detained, sentenced or convicted are cases (debatable). Dates,
times, durations ("for 31 hours", "almost six hours", "over the previous 24 hours", "three to
four weeks"), ages ("a 78-year-old resident", "Olena, 46", "aged 34 and 41"), ordinals ("the
third winter", "the fourth such find", "the fifth quarter", "on the 26th", "my fifth"), numbers
inside names (Su-34, Kh-59, Kh-101, FAB-500, KAB-250, KAB-500, UMPB D-30SN, Iskander-M, KN-23,
PAC-3 MSE, F-16, Mirage 2000, Pantsir-S1, BPS-1, Euro-5, Geran-2, Article 438, Lyceum No. 134,
3rd Assault Brigade, 40th Tactical Aviation Brigade, Group of Seven) and page furniture
(including a podcast's episode numbers, timestamps and patron counts, a newsletter's issue
number and reader count, an NGO's "About" box) are not labelled; "one of them", "the two
ports", "two people familiar with the situation" are pronouns or references, not claims.

Decided anew for this set:
- A figure given per day or per week for casualties, losses, launches or volumes ("averaged
  1,040 per day", "approximately 930 glide bombs" in a week, "61,000 tonnes a day", "2. 84
  million barrels a day") is a claim in the spec's category, required, the period being its
  time phrase; rates of incidents (alerts, callouts) stay debatable, and a per-day rate derived
  from a total just stated ("eleven a day", s04) is a restatement (debatable). Shares and
  interception rates in per cent stay debatable; a percentage fall of an economic quantity
  ("shipments ... have fallen by 42%") is economic (required).
- Volumes of oil or goods shipped, lost or burned are economic effects like volumes of gas:
  required, unit `*` for tonnes and barrels, `m3` for cubic metres; actor and target `*`.
- Rescue and sapper work (s01): callouts, fires, attacks on settlements and criminal
  proceedings are incidents and cases (debatable); people rescued, pulled from rubble or given
  first aid are recipients of aid (debatable, the headline's "eight" too); explosive objects,
  unexploded bombs and submunitions neutralised by sappers are items cleared, not a side's use
  of weapons (debatable); hectares surveyed are areas, the width of a border strip
  ("20-kilometre") and safety advice ("at least 100 metres") are distances (debatable). The
  bodies recovered at one site are a breakdown of the week's toll by place (required). In a
  column that credits its figures to the SES, the police and the military administration, a
  sentence that names its source speaks for that body (Ukraine); one that does not has
  claimant_side `*`.
- Oil terminals (s02): berths out of action are facilities damaged (infrastructure, action and
  actor `*`); tankers at anchor and trains of tank cars are vessel and vehicle counts, freight
  rates and their rises are prices (debatable); a forecast conditional on the future ("could
  lose ... if the disruption lasts") is optional like a plan. Companies (Transneft, NordTrack,
  Sever Capital), the IEA and anonymous sources have claimant_side `*`.
- Borders (s03): Russian drone debris found in a state outside the sides is a weapon with
  action `*`, actor Russia, target, country and region `*`; that state's ministries and police
  have claimant_side `*`. Border entries are incidents (debatable); people granted temporary
  protection in a period are displacement (required, action and actor `*`); the stock of
  protected people and of internally displaced people is a population stock (debatable); men
  stopped trying to evade mobilisation are cases, their payments to smugglers prices, and men
  who drowned crossing a river died in no attack (all debatable). Money a state outside the
  sides spent on refugees and the part reimbursed to it are money paid and received (required,
  unit `*`). Drones "lost in location" (brought down by electronic warfare) are a different fate
  on part of a total: required, with action, actor and target `*` (s03, s04). "all six missiles
  were shot down" restates a total with a different action: required. A refugee's anecdotal
  count ("eleven flats are burned out") is debatable. The repeated block is one claim each.
- Podcast (s04): the analyst and his group are a private voice (claimant_side `*`) even when he
  says "we"/"our" for Ukraine, except for a figure he credits to the Air Force, a commander or a
  brigade (Ukraine); the host's echo of a figure ("A hundred and forty million") is a later
  restatement (optional), and so is the episode title's "Eight hundred"; "maybe 600" has
  qualifier `*` (a hedge with no listed cue). Money a side spent on air-defence ammunition, as
  estimated, is economic (required, actor `*`); prices of interceptors and drones and a plant's
  production rate ("about 190 a day") are debatable. Drones that "hit something" after the
  interceptions are a different fate on part: required, action `*`, actor Russia.
- NGO report (s05): the key-findings box restates the body (optional); the table by region
  restates no sentence (debatable cell by cell; dashes are not numbers), while a body sentence
  giving one region's figures is a breakdown by place (required). Verified attacks are
  incidents; children out of in-person school, pupils in "metro schools" and a school's pupils
  before the war are population stocks; "Every fourth school" is a share; the cost of
  rebuilding is a projected cost (all debatable). A Russian spokeswoman's figures for occupied
  Donetsk have country Ukraine, region Donetsk, target `*`.
- Newsletter (s06): a rewrite of UK Defence Intelligence keeps the claimant (United Kingdom);
  casualties "killed and wounded" and personnel "lost" have action `*`, and "of which roughly
  390,000 killed" is a different fate on part (required). A depth of advance is territory in km
  (a range, action `*`); "captured ... square kilometres" is seized, and the bracketed square
  miles are optional. Aggregate losses along the whole front have country `*`; HIMARS rockets
  have weapon_type `*`. Estonia's intelligence service and Lithuania's ministry are `*`.
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
    NK,
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

Su, Ku, Le, Kh, Do, Zp, Dn = (
    "Sumy", "Kursk", "Leningrad", "Kharkiv", "Donetsk", "Zaporizhzhia", "Dnipropetrovsk"
)  # fmt: skip

# fmt: off
# ---------------------------------------------------------------- s01 Sumy rescue column
d = "s01_sumy_week_on_duty_column.txt"
# A Sumy regional paper's weekly police-and-rescue column in translation (Sumskyi Kurier, "Week
# on Duty"). The RMA, the SES directorate and the police speak for Ukraine where a sentence names
# them; unattributed sentences are `*`. Russia's Defence Ministry and the Kursk governor speak for
# Russia. Country Ukraine, region Sumy, except the Kursk paragraph (Russia, Kursk). Required: 118
# drones launched, 74 FPV drones (a type within the total), 46 guided bombs, three Kh-59 missiles
# (RMA); four killed and 19 wounded (actor `*`; "two children" a subset); "about 600" tonnes of
# wheat burned (economic, unit `*`); the two women's bodies in Sumy (breakdown by place);
# "Forty-seven" residential buildings and two shops damaged (RMA); 139 evacuated ("22 children" a
# subset) and "more than 121 thousand" since 2026 (RMA); the ministry's "up to 35" killed and two
# HIMARS destroyed; the Kursk governor's three injured (actor Ukraine) and 17 drones shot down.
# The headline's "four dead" restates (optional). Debatable: the headline's "eight" and "a dozen",
# 296 attacks, 41 settlements, 203 callouts, "88 of which", 57 fires, "A dozen of them", "Eight
# people were pulled", 23 rescued, 61 given first aid, the callouts by district (five cells),
# "38. 5 hectares", 146 explosive objects, nine bombs and 31 submunitions, 1,912 items, 64
# attacks, 27 proceedings, "20-kilometre", "Two men" detained, "at least 100 metres".
# Non-claims: "15 April 2028", "08:40", "8 to 14 April" (twice), Kh-59, "78-year-old", "the third
# winter", "31 hours", "five-storey", "aged 52 and 80", "two floors of concrete", "almost six
# hours", FAB-500, "nearly seven hours", "Article 438", 2026, "aged 34 and 41", "101 or 102", and
# the furniture ("+6°C", the exchange rates, "2 947" views, "14" comments, "3 schools", "12
# million hryvnias", "40 residents", the share counts, "58,000 readers", "2003–2028", the
# registration number, "16+", the address and telephone).
rows(d, [
    ("WEEK ON DUTY: four dead", "four", 4, EX, "count", CAS, N, "killed", A, U, A, U, Su, True),  # headline
    ("Russian forces used 118 attack drones", "118", 118, EX, "count", W, "drone", "launched", R, U, U, U, Su),
    ("of which 74 were FPV drones", "74", 74, EX, "count", W, "drone", "launched", R, U, U, U, Su),
    ("dropped 46 guided aerial bombs", "46", 46, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Su),
    ("three Kh-59 missiles were fired at Shostka", "three", 3, EX, "count", W, "missile", "launched", R, U, U, U, Su),
    ("four civilians were killed", "four", 4, EX, "count", CAS, N, "killed", A, U, A, U, Su),
    ("and 19 were wounded", "19", 19, EX, "count", CAS, N, "injured", A, U, A, U, Su),
    ("among them two children", "two", 2, EX, "count", CAS, N, A, A, U, A, U, Su, True),  # subset
    ("about 600 tonnes of wheat", "about 600", 600, APX, A, ECO, N, A, A, A, A, U, Su),
    ("The bodies of two women", "two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Su),
    ("Forty-seven residential buildings", "Forty-seven", 47, EX, "count", INF, N, A, A, U, U, U, Su),
    ("a school, two shops", "two", 2, EX, "count", INF, N, A, A, U, U, U, Su),
    ("police officers evacuated 139 residents", "139", 139, EX, "count", DIS, N, "evacuated", A, A, A, U, Su),
    ("including 22 children", "22", 22, EX, "count", DIS, N, "evacuated", A, A, A, U, Su, True),  # subset
    ("more than 121 thousand people", "more than 121 thousand", 121000, GE, "count", DIS, N, "evacuated", A, A, U, U, Su),
    ('had killed "up to 35" Ukrainian', "up to 35", 35, LE, "count", CAS, N, "killed", R, U, R, U, Su),
    ("destroyed two US-made HIMARS", "two", 2, EX, "count", W, "mlrs", "destroyed", R, U, R, U, Su),
    ("injuring three civilians", "three", 3, EX, "count", CAS, N, "injured", U, R, R, R, Ku),
    ("17 drones had been shot down", "17", 17, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku),
])
any_(d, [
    ("eight pulled from rubble", "eight"),
    ("a dozen fires after strikes", "a dozen"),
    ("carried out 296 attacks", "296"),
    ("on 41 settlements", "41"),
    ("responded to 203 callouts", "203"),
    ("88 of which were related", "88"),
    ("extinguished 57 fires", "57"),
    ("A dozen of them broke out", "A dozen"),
    ("Eight people were pulled", "Eight"),
    ("In total, 23 people were rescued", "23"),
    ("and 61 received first aid", "61"),
    ("Sumy district – 74", "74"),
    ("Shostka district – 41", "41"),
    ("Okhtyrka district – 38", "38"),
    ("Konotop district – 29", "29"),
    ("Romny district – 21", "21"),
    ("surveyed 38. 5 hectares", "38. 5"),
    ("neutralised 146 explosive objects", "146"),
    ("nine unexploded aerial bombs", "nine"),
    ("and 31 cluster submunitions", "31"),
    ("destroyed 1,912 explosive items", "1,912"),
    ("consequences of 64 enemy attacks", "64"),
    ("opened 27 criminal proceedings", "27"),
    ("from the 20-kilometre border strip", "20"),
    ("Two men, aged 34 and 41", "Two"),
    ("move at least 100 metres away", "at least 100"),
])

# ---------------------------------------------------------------- s02 Baltic oil terminals
d = "s02_vestnik_kapitala_baltic_oil_terminals.txt"
# A Russian business daily's English edition (Vestnik Kapitala) on Ukrainian drone strikes on the
# Primorsk and Ust-Luga terminals (Leningrad region). Russia's Defence Ministry and the governor
# speak for Russia; the SBU source and Ukraine's General Staff for Ukraine; NordTrack, Transneft,
# Sever Capital, the IEA, the exporters' source, the brokers and the newspaper's own count are
# `*`. Country Russia, region Leningrad unless national. Required: Primorsk's 61,000 tonnes a day
# (economic, unit `*`; "about 145,000" in April an earlier state: optional), Ust-Luga's "42%"
# fall, "up to 1. 9 million tonnes" less in May (stray space kept; the headline restates:
# optional), the IEA's "2. 84 million barrels a day" (region None), the ministry's 126 drones
# over Russia (region None) and "58 of them" over Leningrad region (breakdown by place), the
# governor's one employee injured, two berths out of action (infrastructure), the SBU's "more
# than 40" drones launched against Primorsk, the General Staff's "estimated 48,000 cubic metres"
# of crude destroyed (unit m3), the analyst's "about $610 million" of lost revenue. The "39. 6
# billion roubles" the budget "could lose ... if" the disruption lasts is a forecast (optional).
# Debatable: "roughly a third", "at least 37 times", 23 tankers ("seventeen of them"), "four to
# six", "31%", "about $9.8 million per voyage", the table (nine cells), "four loading berths",
# "14 trains a day", "a few dollars". Non-claims: "22 May 2028", "07:15 MSK", "No. 91 (8412)", "5
# min read", "1 and 20 May", "11 May", "four weeks", "18 May" (three times), "summer of 2026",
# Pantsir-S1, "almost an hour", BPS-1, "Two people familiar", "three to four weeks", "19 May",
# "1-20 May", Euro-5, "mid-June", "the two ports", "one of the tank farms", "one of them", and the
# furniture (the MOEX/RTS/rouble/Brent/Urals ticker, "3-month high", "$11 per barrel", "80% of
# capacity", "Comments (46)", "30 days for 1 rouble", "1999–2028", "FS 77-81234", "18+").
rows(d, [
    ("Ust-Luga to ship up to 1. 9 million tonnes less", "up to 1. 9 million", 1900000, LE, A, ECO, N, A, A, A, A, R, Le, True),  # headline
    ("Loadings at Primorsk averaged 61,000 tonnes a day", "61,000", 61000, EX, A, ECO, N, A, A, A, A, R, Le),
    ("down from about 145,000 tonnes a day", "about 145,000", 145000, APX, A, ECO, N, A, A, A, A, R, Le, True),  # earlier state
    ("have fallen by 42%", "42%", 42, EX, "percent", ECO, N, A, A, A, A, R, Le),
    ("on course to ship up to 1. 9 million tonnes less", "up to 1. 9 million", 1900000, LE, A, ECO, N, A, A, A, A, R, Le),
    ("dropped to 2. 84 million barrels a day", "2. 84 million", 2840000, EX, A, ECO, N, A, A, A, A, R, N),
    ('"intercepted and destroyed" 126 Ukrainian', "126", 126, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("58 of them over the Leningrad region", "58", 58, EX, "count", W, "drone", "shot_down", R, U, R, R, Le),
    ("one employee was injured", "one", 1, EX, "count", CAS, N, "injured", A, R, R, R, Le),
    ("two of the port's four loading berths", "two", 2, EX, "count", INF, N, A, A, R, A, R, Le),
    ('"more than 40" long-range drones', "more than 40", 40, GE, "count", W, "drone", "launched", U, R, U, R, Le),
    ("destroyed an estimated 48,000 cubic metres", "48,000", 48000, APX, "m3", ECO, N, A, A, A, U, R, Le),
    ("lost export revenue of about $610 million", "about $610 million", 610000000, APX, "usd", ECO, N, A, A, A, A, R, Le),
    ("could lose another 39. 6 billion roubles", "39. 6 billion", 39600000000, EX, A, ECO, N, A, A, A, A, R, N, True),  # forecast
])
any_(d, [
    ("roughly a third of Russia's", "roughly a third"),
    ("at least 37 times", "at least 37"),
    ("On Wednesday, 23 tankers", "23"),
    ("(seventeen of them", "seventeen"),
    ("a usual four to six", "four to six"),
    ("rose 31% over the week", "31%"),
    ("about $9.8 million per voyage", "about $9.8 million"),
    ("Primorsk | 145", "145"),
    ("145 | 61", "61"),
    ("61 | -58%", "58%"),
    ("Ust-Luga | 98", "98"),
    ("98 | 57", "57"),
    ("57 | -42%", "42%"),
    ("St Petersburg | 21", "21"),
    ("21 | 20", "20"),
    ("20 | -5%", "5%"),
    ("port's four loading berths", "four"),
    ("added 14 trains a day", "14"),
    ("adds a few dollars", "a few"),
])

# ---------------------------------------------------------------- s03 Slovak border week
d = "s03_kosice_today_border_week.txt"
# An East Slovak news site in English (Košice Today) on drone debris, border crossings and men
# caught evading mobilisation. Slovakia's Defence and Interior Ministries, police and Migration
# Office, the EU and the Russian embassy are `*`; Ukraine's Air Force and State Border Guard
# Service speak for Ukraine; Russia's Defence Ministry for Russia. Country `*` (Slovakia) unless
# the figure is in Ukraine or Russia; no region in the vocabulary (Zakarpattia, Sobrance) except
# the ministry's three Russian regions (`*`: several). The "Crossings up again" block is repeated
# after the advertisement (a scraping artefact: one claim each). Required: two Geran-2 drones
# found (action `*`, actor Russia); the Air Force's 164 drones and six Kh-101 launched (region
# None), 139 drones and "all six" missiles shot down, 18 drones "lost in location" (action,
# actor and target `*`); the Russian ministry's 47 drones; 1,085 granted temporary protection
# (displacement); €287 million spent and €96 million reimbursed (unit `*`). The two more
# air-defence batteries are a plan (optional). Debatable: the subhead's "2 km", "roughly 2
# kilometres", "about 50 kilograms", 41,260 entries, "about 11%", "some 133,800", 318 men and "46
# of them", "more than 1,400", "7,000 and 12,000 dollars", 29 men, "21 of them", "eight requested
# asylum", "At least 11" drowned and "eight of them", "about 160,000" displaced, "eleven flats".
# Non-claims: "6 June 2028", "4 min read", "Share (27)", Geran-2, Tuesday, Wednesday, "the fourth
# such find", Kh-101, "by July", 2022, 2024, "since January", "the last two months", "Olena, 46",
# "two daughters", "for a week", and the furniture (the weather and exchange rates, "214
# partners", "€2.99 a month", "€39", "3 Ukrainian soldiers", "1 in 5", "1. 2. 3." most read,
# "2011–2028", ISSN).
rows(d, [
    ("Parts of two Russian Geran-2 attack drones", "two", 2, EX, "count", W, "drone", A, R, A, A, A, A),
    ("Russia had launched 164 drones", "164", 164, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and six Kh-101 cruise missiles", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("139 of the drones", "139", 139, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("all six missiles were shot down", "six", 6, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("while 18 drones were", "18", 18, EX, "count", W, "drone", A, A, A, U, U, N),
    ("destroyed 47 Ukrainian drones", "47", 47, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("deploy two more short-range", "two", 2, EX, "count", W, "air_defense", "deployed", A, A, A, A, A, True),  # plan
    ("1,085 were granted temporary protection", "1,085", 1085, EX, "count", DIS, N, A, A, A, A, A, A),
    ("spent €287 million", "€287 million", 287000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("reimbursed €96 million", "€96 million", 96000000, EX, A, ECO, N, A, A, A, A, A, A),
])
any_(d, [
    ("Drone debris found 2 km", "2"),
    ("roughly 2 kilometres", "roughly 2"),
    ("about 50 kilograms", "about 50"),
    ("41,260 Ukrainian citizens", "41,260"),
    ("about 11% more", "about 11%"),
    ("some 133,800 Ukrainians", "some 133,800"),
    ("detained 318 men", "318"),
    ("46 of them in the Carpathian", "46"),
    ("more than 1,400 men", "more than 1,400"),
    ("between 7,000 and 12,000 dollars", "7,000 and 12,000"),
    ("detained 29 Ukrainian men", "29"),
    ("21 of them were handed back", "21"),
    ("eight requested asylum", "eight"),
    ("At least 11 men have drowned", "At least 11"),
    ("eight of them in the last two months", "eight"),
    ("about 160,000 internally displaced", "about 160,000"),
    ("eleven flats are burned out", "eleven"),
])

# ---------------------------------------------------------------- s04 air-defence podcast
d = "s04_airspace_uncovered_podcast_ep112.txt"
# An automatic transcript of a Ukrainian podcast (Airspace Uncovered, episode 112): the host and
# an analyst of the Air Defence Research Group on April's drone war. The analyst and his group
# are `*`; figures he credits to the Air Force, the commander of the Unmanned Systems Forces or
# the 40th brigade speak for Ukraine; Russia's Defence Ministry for Russia. Country Ukraine,
# region None (nationwide) unless placed. Required: 6,214 Shahed-type drones launched ("roughly
# 4,900 in March" an earlier state and "Of those 6,214" a restatement: optional), 4,870 shot
# down, 1,010 "lost in location" (action, actor and target `*`), "about 330" got through
# (action `*`; the analyst's arithmetic), 9 April's "Eight hundred and twelve" drones and 47 missiles, "Thirty-one" ballistic (a type
# within the total), 19 intercepted (the analyst's "we": `*`), "around 140 million" dollars
# spent in one night and "over 900 million" in April (economic, usd), "more than 1,500" Shaheds
# downed by interceptor drones (commander), the group's "around 1,300" and "maybe 600" (qualifier
# `*`), the ministry's 1,742 drones (country Russia) and two Patriot launchers near Dnipro, the
# brigade's six Shaheds in one sortie, one F-16 lost (action and actor `*`). Optional: the
# title's "Eight hundred", the host's "A hundred and forty million". Debatable: "eleven a day",
# "about five per cent", the prices ("about four million dollars", "around 400 thousand euros",
# "35 to 50 thousand dollars", "three to five thousand dollars"), "about 190 a day", "Roughly 40
# per cent", "78 per cent", "about 94 per cent", "nearly 90 per cent". Non-claims: "Ep. 112",
# "9 May 2028", "58 min", "1.2K plays", the timestamps, "one hundred and twelve", "three coffees"
# (twice), "my fifth", "the ninth of April" (twice), Iskander-M, KN-23, PAC-3 MSE, IRIS-T, "on
# the 26th", F-16, Mirage 2000, "40th", "last month", "2,300 patrons", "two weeks", and the
# furniture ("1 hryvnia = 1 less Shahed", "Ep. 111", "Ep. 110", "30-second", "2024–2028").
rows(d, [
    ('"Eight hundred in one night"', "Eight hundred", 800, A, "count", W, "drone", "launched", R, U, A, U, N, True),  # title
    ("counted 6,214 Shahed-type drones", "6,214", 6214, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("up from roughly 4,900 in March", "roughly 4,900", 4900, APX, "count", W, "drone", "launched", R, U, U, U, N, True),  # earlier state
    ("Of those 6,214, our", "6,214", 6214, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # restatement
    ("our air defence shot down 4,870", "4,870", 4870, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("another 1,010 were", "1,010", 1010, EX, "count", W, "drone", A, A, A, U, U, N),
    ("about 330 hit something", "about 330", 330, APX, "count", W, "drone", A, R, U, A, U, N),
    ("Eight hundred and twelve drones", "Eight hundred and twelve", 812, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 47 missiles in a single night", "47", 47, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("Thirty-one of those missiles were ballistic", "Thirty-one", 31, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("We intercepted 19 of the ballistic ones", "19", 19, EX, "count", W, "missile", "shot_down", U, R, A, U, N),
    ("somewhere around 140 million dollars", "around 140 million", 140000000, APX, "usd", ECO, N, A, A, A, A, U, N),
    ("OLHA: A hundred and forty million", "A hundred and forty million", 140000000, EX, "usd", ECO, N, A, A, A, A, U, N, True),  # echo
    ("spending at over 900 million dollars", "over 900 million", 900000000, GE, "usd", ECO, N, A, A, A, A, U, N),
    ('brought down "more than 1,500" Shaheds', "more than 1,500", 1500, GE, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("a bit lower, around 1,300", "around 1,300", 1300, APX, "count", W, "drone", "shot_down", U, R, A, U, N),
    ("got maybe 600", "600", 600, A, "count", W, "drone", "shot_down", U, R, A, U, N),
    ('"1,742 Ukrainian aircraft-type drones"', "1,742", 1742, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("destroyed two Patriot launchers near Dnipro", "two", 2, EX, "count", W, "air_defense", "destroyed", R, U, R, U, Dn),
    ("downed six Shaheds in one sortie", "six", 6, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("We lost one F-16 in April", "one", 1, EX, "count", W, "aircraft", A, A, U, A, U, N),
])
any_(d, [
    ("it's eleven a day on average", "eleven"),
    ("That's about five per cent", "about five"),
    ("is about four million dollars", "about four million"),
    ("around 400 thousand euros", "around 400 thousand"),
    ("maybe 35 to 50 thousand dollars", "35 to 50 thousand"),
    ("produce about 190 a day", "about 190"),
    ("cost three to five thousand dollars", "three to five thousand"),
    ("Roughly 40 per cent of what flies", "Roughly 40"),
    ("it was 78 per cent shot down", "78"),
    ("about 94 per cent if you add", "about 94"),
    ("nearly 90 per cent", "nearly 90"),
])

# ---------------------------------------------------------------- s05 NGO report on schools
d = "s05_cufm_schools_report_q1_2028.txt"
# A coalition of NGOs (Classrooms Under Fire Monitor) on attacks on education facilities in Q1
# 2028, with a table by region. The Monitor and the Reconstruction Data Lab are `*`; Ukraine's
# Ministry of Education and the Kharkiv administration speak for Ukraine; the UN mission for the
# United Nations; Russia's Foreign Ministry spokeswoman for Russia. Country Ukraine; region None
# for nationwide figures. Required: 197 damaged and 23 destroyed facilities, "Thirteen" children
# and four staff killed, 61 children injured (actor `*`); Kharkiv's 69 damaged, nine destroyed
# and five children killed and Zaporizhzhia's 27 damaged (breakdowns by place); the ministry's
# 3,962 damaged and 416 destroyed since 2022; the UN's "at least 741" children killed; the
# spokeswoman's 46 schools and two pupils in occupied Donetsk (region Donetsk; killed by
# Ukrainian shelling: actor Ukraine); the two KAB-250 bombs and three passers-by injured at the
# lyceum (Kharkiv); "$14. 2 billion" of damage (stray space kept). Optional: the key-findings box
# (five figures), "of the 13 children killed", "$12.9 billion a year earlier" (earlier state),
# "the 23 facilities destroyed" (restatement). Debatable: the box's and the body's 214 attacks,
# "176", "201 of 214", "94%", "at least 58" cases, "Every fourth school", "about 1.4 million" and
# "some 390,000" children, the table (40 cells, the total row too), "1,140 pupils", "about 1.1
# billion hryvnias" to rebuild, "62%", "six frontline regions", "about 7,500 pupils". Non-claims:
# "Brief No. 17", "24 April 2028", "January-March 2028", "the fifth quarter", 2027, "24 February
# 2022", "3 April", "Q1 2028", "Lyceum No. 134", "12 February", KAB-250, "two days earlier",
# "58-year-old", 2022, "1 April 2028", "a year earlier", "two shifts", the numbered
# recommendations, "Group of Seven", "1 September", and the furniture ("2.4 MB", "14 monitors",
# "9 regions", "at least two independent sources", "2023–2028", "CC BY 4.0").
rows(d, [
    ("• 197 schools, kindergartens and colleges damaged", "197", 197, EX, "count", INF, N, A, A, U, A, U, N, True),  # box
    ("colleges damaged, 23 destroyed", "23", 23, EX, "count", INF, N, A, A, U, A, U, N, True),  # box
    ("• 13 children and 4 staff killed", "13", 13, EX, "count", CAS, N, "killed", A, U, A, U, N, True),  # box
    ("13 children and 4 staff killed", "4", 4, EX, "count", CAS, N, "killed", A, U, A, U, N, True),  # box
    ("killed, 61 children injured", "61", 61, EX, "count", CAS, N, "injured", A, U, A, U, N, True),  # box
    ("In these attacks 197 schools", "197", 197, EX, "count", INF, N, A, A, U, A, U, N),
    ("and 23 were destroyed beyond repair", "23", 23, EX, "count", INF, N, A, A, U, A, U, N),
    ("Thirteen children and four teachers", "Thirteen", 13, EX, "count", CAS, N, "killed", A, U, A, U, N),
    ("and four teachers or other staff were killed", "four", 4, EX, "count", CAS, N, "killed", A, U, A, U, N),
    ("and 61 children were injured", "61", 61, EX, "count", CAS, N, "injured", A, U, A, U, N),
    ("accounted for 69 damaged", "69", 69, EX, "count", INF, N, A, A, U, A, U, Kh),
    ("and nine destroyed facilities", "nine", 9, EX, "count", INF, N, A, A, U, A, U, Kh),
    ("for five of the 13 children killed", "five", 5, EX, "count", CAS, N, "killed", A, U, A, U, Kh),
    ("of the 13 children killed", "13", 13, EX, "count", CAS, N, "killed", A, U, A, U, N, True),  # restatement
    ("where 27 facilities were damaged", "27", 27, EX, "count", INF, N, A, A, U, A, U, Zp),
    ("have damaged 3,962 educational institutions", "3,962", 3962, EX, "count", INF, N, A, A, U, U, U, N),
    ("and completely destroyed 416", "416", 416, EX, "count", INF, N, A, A, U, U, U, N),
    ("killing of at least 741 children", "at least 741", 741, GE, "count", CAS, N, "killed", A, U, UN, U, N),
    ("had damaged 46 schools and kindergartens", "46", 46, EX, "count", INF, N, A, A, A, R, U, Do),
    ("killing two pupils", "two", 2, EX, "count", CAS, N, "killed", U, A, R, U, Do),
    ("two KAB-250 guided bombs struck", "two", 2, EX, "count", W, "guided_bomb", "launched", A, U, A, U, Kh),
    ("three passers-by were injured", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("at $14. 2 billion", "$14. 2 billion", 14200000000, EX, "usd", ECO, N, A, A, A, A, U, N),
    ("up from $12.9 billion", "$12.9 billion", 12900000000, EX, "usd", ECO, N, A, A, A, A, U, N, True),  # earlier state
    ("Rebuilding the 23 facilities destroyed", "23", 23, EX, "count", INF, N, A, A, U, A, U, N, True),  # restatement
])
any_(d, [
    ("• 214 verified attacks", "214"),
    ("the Monitor verified 214 attacks", "214"),
    ("up from 176 in the last quarter", "176"),
    ("attacks (201 of 214", "201"),
    ("201 of 214, or 94%", "214"),
    ("or 94%)", "94%"),
    ("In at least 58 cases", "at least 58"),
    ("Every fourth school", "fourth"),
    ("about 1.4 million Ukrainian children", "about 1.4 million"),
    ("some 390,000 who study", "some 390,000"),
    # the table by region, cell by cell
    ("Kharkiv | 71", "71"), ("71 | 69", "69"), ("| 9 | 5", "9"), ("9 | 5", "5"),
    ("Donetsk* | 38", "38"), ("38 | 31", "31"), ("31 | 7", "7"), ("| 7 | 2", "2"),
    ("Zaporizhzhia | 29", "29"), ("29 | 27", "27"), ("27 | 3", "3"), ("| 3 | 2", "2"),
    ("Dnipropetrovsk | 24", "24"), ("24 | 23", "23"), ("23 | 1 | 1", "1"), ("| 1\nSumy", "1"),
    ("Sumy | 21", "21"), ("21 | 19", "19"), ("19 | 2 | 1", "2"), ("| 2 | 1", "1"),
    ("Kherson | 19", "19"), ("19 | 16", "16"), ("| 1 | 2", "1"), ("1 | 2\nMykolaiv", "2"),
    ("Mykolaiv | 6", "6"), ("| 6 | –", "6"),
    ("Odesa | 4", "4"), ("| 4 | –", "4"),
    ("Chernihiv | 2", "2"), ("| 2 | –", "2"),
    ("Total | 214", "214"), ("214 | 197", "197"), ("197 | 23", "23"), ("23 | 13", "13"),
    ("had 1,140 pupils", "1,140"),
    ("would cost about 1.1 billion hryvnias", "about 1.1 billion"),
    ("Only 62% of schools", "62%"),
    ("in the six frontline regions", "six"),
    ("host about 7,500 pupils", "about 7,500"),
])

# ---------------------------------------------------------------- s06 Baltic newsletter, UK DI
d = "s06_amber_dispatch_defence_intelligence.txt"
# A Baltic morning newsletter (The Amber Dispatch) retelling the UK Defence Intelligence update,
# with the Ukrainian and Russian daily figures and a Baltic section. UK DI ("London", "the
# update", "the assessment") speaks for the United Kingdom; Ukraine's General Staff for Ukraine;
# Russia's Defence Ministry ("Moscow") for Russia; FrontMap, Estonia's Foreign Intelligence
# Service and Lithuania's ministry are `*`. Aggregate losses along the front have country `*`.
# Required: 1,040 casualties a day in May (action `*`; 1,190 in April and the peak of 1,570 are
# earlier states: optional), "more than 1,310,000" casualties and "roughly 390,000" killed (a
# different fate on part), "an estimated 96" tanks and "about 310" armoured vehicles lost (the
# 2024 average "more than 200" optional), "at least 37" Su-34 lost, "approximately 930" glide
# bombs in a week (region None), the "4–6 kilometres" advance west of Pokrovsk (a range, region
# Donetsk), FrontMap's "about 187 square kilometres" captured (the bracketed 72 square miles
# optional), "About 9,000" North Korean troops in Kursk region ("some 14,000" optional), the
# General Staff's list (1,120 personnel, 7 tanks, 19 armoured vehicles, 41 artillery systems, one
# MLRS, 163 drones; action `*`), the ministry's "up to 1,290", two villages "liberated" (seized;
# region `*`: two regions), 1,486 drones, 12 HIMARS rockets and nine Neptune missiles shot down,
# the Estonian service's "about 19,000" Russian troops near the border (deployed). Optional: the
# Lithuanian pledge (30 systems, €40 million) and the numbers box. Debatable: "roughly 40%",
# "500-kilogram", "up to 90 kilometres", "14 attacks", "150 kilometres". Non-claims: "13 June
# 2028", "Issue 612", "6 min read", "December 2024", "February 2022", "Over the past 30 days",
# 2024, Su-34, "11 June", KAB-500, UMPB D-30SN, "the past fortnight", "over the previous 24
# hours", "3rd Assault Brigade", "in a single day", "the past day", and the furniture (the rates
# and weather, "30 days" of the advert, "18,400 readers", "€4 a month", "Gedimino pr. 9",
# "LT-01103", "2021–2028").
rows(d, [
    ("averaged 1,040 per day in May", "1,040", 1040, EX, "count", CAS, N, A, A, R, UK, A, N),
    ("down from 1,190 per day in April", "1,190", 1190, EX, "count", CAS, N, A, A, R, UK, A, N, True),  # earlier state
    ("a peak of 1,570 per day", "1,570", 1570, EX, "count", CAS, N, A, A, R, UK, A, N, True),  # earlier state
    ("more than 1,310,000 casualties", "more than 1,310,000", 1310000, GE, "count", CAS, N, A, A, R, UK, A, N),
    ("of which roughly 390,000 killed", "roughly 390,000", 390000, APX, "count", CAS, N, "killed", A, R, UK, A, N),
    ("lost an estimated 96 main battle tanks", "96", 96, APX, "count", W, "tank", A, A, R, UK, A, N),
    ("about 310 other armoured vehicles", "about 310", 310, APX, "count", W, "armored_vehicle", A, A, R, UK, A, N),
    ("monthly average of more than 200 tanks", "more than 200", 200, GE, "count", W, "tank", A, A, R, UK, A, N, True),  # earlier state
    ("lost at least 37 Su-34", "at least 37", 37, GE, "count", W, "aircraft", A, A, R, UK, A, N),
    ("launched approximately 930 glide bombs", "approximately 930", 930, APX, "count", W, "guided_bomb", "launched", R, U, UK, U, N),
    ("advanced 4–6 kilometres", "4–6", A, A, "km", TER, N, A, R, U, UK, U, Do),
    ("captured about 187 square kilometres", "about 187", 187, APX, "km2", TER, N, "seized", R, U, A, U, N),
    ("(72 square miles)", "72", 72, APX, "mi2", TER, N, "seized", R, U, A, U, N, True),  # bracketed conversion
    ("About 9,000 North Korean troops", "About 9,000", 9000, APX, "count", PER, N, "deployed", NK, A, UK, R, Ku),
    ("a peak of some 14,000", "some 14,000", 14000, APX, "count", PER, N, "deployed", NK, A, UK, R, Ku, True),  # earlier state
    ("Russia had lost 1,120 personnel", "1,120", 1120, EX, "count", CAS, N, A, A, R, U, A, N),
    ("7 tanks, 19 armoured", "7", 7, EX, "count", W, "tank", A, A, R, U, A, N),
    ("19 armoured combat vehicles", "19", 19, EX, "count", W, "armored_vehicle", A, A, R, U, A, N),
    ("41 artillery systems", "41", 41, EX, "count", W, "artillery", A, A, R, U, A, N),
    ("one MLRS and 163", "one", 1, EX, "count", W, "mlrs", A, A, R, U, A, N),
    ("163 operational-tactical drones", "163", 163, EX, "count", W, "drone", A, A, R, U, A, N),
    ('lost "up to 1,290" servicemen', "up to 1,290", 1290, LE, "count", CAS, N, A, A, U, R, A, N),
    ('"liberated" two more villages', "two", 2, EX, "count", TER, N, "seized", R, U, R, U, A),
    ("shot down 1,486 Ukrainian drones", "1,486", 1486, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("12 HIMARS rockets", "12", 12, EX, "count", W, A, "shot_down", R, U, R, A, A),
    ("nine Neptune missiles", "nine", 9, EX, "count", W, "missile", "shot_down", R, U, R, A, A),
    ("about 19,000 Russian troops", "about 19,000", 19000, APX, "count", PER, N, "deployed", R, A, A, R, A),
    ("send Ukraine 30 more counter-drone systems", "30", 30, EX, "count", W, A, A, A, A, A, A, A, True),  # pledge
    ("€40 million for drone production", "€40 million", 40000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # pledge
    ("• 1,040: Russian casualties", "1,040", 1040, EX, "count", CAS, N, A, A, R, UK, A, N, True),  # box
    ("• 96: Russian tanks lost", "96", 96, APX, "count", W, "tank", A, A, R, UK, A, N, True),  # box
    ("• ~930: glide bombs", "930", 930, APX, "count", W, "guided_bomb", "launched", R, U, A, U, N, True),  # box
    ("• 187 km²: Russian gains", "187", 187, APX, "km2", TER, N, "seized", R, U, A, U, N, True),  # box
])
any_(d, [
    ("roughly 40% of them fell", "roughly 40%"),
    ("the 500-kilogram KAB-500", "500"),
    ("up to 90 kilometres behind", "up to 90"),
    ("repelled 14 attacks", "14"),
    ("within 150 kilometres", "150"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s60")
