"""Builds gold.jsonl for heldout53 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout53.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (and through it heldout47, heldout46, heldout45,
heldout35, heldout27 and heldout33): headlines, subheads, fact boxes and later restatements are
optional; subsets introduced by "of whom", "among them", "including", "of them" are optional,
except a model or type within a weapon total; a breakdown of a total by place is required, and
so is a different action or fate on part of a total ("of which 35 were shot down"); in a list
with a qualifier only the qualified items keep it (the others `*`), a list with no qualifier is
exact; casualty sentences that name no perpetrator have actor `*`; a range is one claim quoting
the whole range; losses reported as "lost" have action `*`; drones destroyed in flight are
shot_down; pledges, promises, plans and planned spending are optional; an earlier state ("up
from 19.8 billion a year earlier") is optional. Bodies that are not sides (NATO, the EU, NGOs,
think tanks, volunteer monitors, companies, insurers, training coalitions) have claimant_side
`*`, and a sum or estimate they give keeps the actor and target of what it counts; an outlet's
or author's own voice has claimant_side `*`. Damaged buildings and facilities are
infrastructure with action and actor `*` (damaged and destroyed alike). Money in another
currency than the dollar has unit `*`; money received, paid or disbursed is required, and so is
damage or lost revenue assessed in money. Counts of places, incidents, cases and claims, group
sizes, shares and rates, distances, sizes and areas, prices and payments, workforces and other
population stocks, recipients of aid or care, vehicle and wagon counts, and vague quantities
are debatable (`any_`); a table whose cells restate no sentence is debatable cell by cell (its
total row too). A side's army size is personnel with action `*`. A region outside the check's
closed vocabulary (Krasnodar, Mykolaiv) is `*`, and so is the region of a figure that spans
several regions or is not placed; a nationwide figure has region None. Dates, times, durations
("five weeks", "51 days", "about 60 hours", "six hours in a row"), ages ("aged 18 to 24", "a
girl of nine", "Oleh, 34", "the oldest 63"), ordinals ("the eleventh session", "a fourth
underground school", "the third wave", "20th Army", "2nd Army", "51st Army", "47th brigade"),
numbers inside names (School No. 61, Lyceum No. 4, KAB-250, KAB-500, S-300, Kh-22, Kh-31P,
Iskander-M, Geran-2, Magura V7, Project 22160, Mi-8, F-16, military unit 22179, route 8, Volna-7)
and page furniture are not labelled; "one of them" is a pronoun.

Decided anew for this set:
- Council sessions (s01): votes of deputies ("38 votes for and four against") are group sizes
  (debatable). Pupils studying online, a school's capacity and its students are population
  stocks (debatable); schools working, shelters built or under construction are counts of
  places (debatable), while the money spent on them is required. Residents who "have left" a
  city (not an organised evacuation) are displacement with action `*`, actor `*`; children
  "evacuated" from front-line communities are displacement, action evacuated, actor `*`. A
  Russian claim of servicemen killed in a strike, denied by the city, is required as Russia's
  claim (actor Russia, target Ukraine, claimant_side Russia).
- Investigations of losses (s02): an outlet's own count of names of the dead is required
  (claimant_side `*`); its breakdown of that count by source of evidence ("131 from
  obituaries, 52 from court rulings") is a subset (optional); the part of it placed in a battle
  ("At least 160 ... in Donetsk region") is a breakdown by place (required). Soldiers of one
  side killed with no place given have country and region `*`. A unit's strength when it went
  to the front is personnel, action deployed; men who signed contracts with it are personnel
  with action `*`. Missing men, prisoners taken, assault-group sizes and per-family payments are
  debatable; court cases are counts of cases (debatable). A ministry's "destroyed ...
  servicemen" is casualties, action killed. A Russian regional government and governor speak
  for Russia; a volunteer memorial project and relatives are `*`.
- Shipping (s03): merchant vessels and port facilities damaged are infrastructure (action and
  actor `*`), not weapons; warships and patrol ships hit are weapons (ship) with action `*`.
  Naval (uncrewed surface) drones are weapon_type drone, and those destroyed at sea by the
  defender are shot_down. Figures at sea with no port named have country and region `*`;
  occupied places (Crimea, Berdiansk) have country `*`, with their region. War-risk premiums
  are prices (debatable); vessel calls, voyages covered, ships at anchor and cargo tonnage are
  debatable; insurance claims paid out in dollars are money paid (required). A Russian port
  authority and Russian-installed authorities speak for Russia.
- Mobilisation (s04): people mobilised, trained (by whichever partner), serving, and soldiers
  who returned to their units after absence are personnel of Ukraine with action `*`;
  trainees counted by the UK have claimant_side United Kingdom and country United Kingdom, by
  the EU or a training coalition `*`. Enemy troops "in Ukraine", "on our land" or "in Kursk
  region" are deployed. A monthly pace of mobilisation is a rate (debatable); criminal cases,
  detentions at the border, bonuses and fines are debatable; people who drowned crossing a
  border river are debatable; a figure withdrawn by a correction ("gave ... as 26,000") is
  debatable and its corrected restatement optional. The number of readers' questions is not a
  claim.
- A diarist (s05) writes in her own voice (claimant_side `*`) and sums official figures "by my
  count": the sums are required, and the administration's different weekly total is a separate
  claim (required). Where an entry does not name who launched or who shot down the weapons,
  actor and target are `*`; "19 of 23 drones were shot down" gives two claims (the 23 launched
  and the 19 shot down). "About a dozen got through" is a weapon count with action `*`,
  qualifier approximate, value 12. Explosions counted from a balcony and households without
  power are debatable.
- Map updates (s06): a think tank's "key judgements" box is a fact box: optional where the body
  restates it, required where it alone states the figure (287 km², 34 km², "six"). Area gained
  or retaken is territory, action seized (actor the side that gains, target the other); the
  depth of an advance ("up to 4 km") is territory, unit km, action seized; area held is
  controlled. Settlements captured or retaken are territory, unit count, action seized. A net
  change, the share of a country occupied, counts of directions and city blocks are debatable,
  and so are assaults repelled (counts of incidents). The bracketed conversion in square miles
  is optional; a figure revised away ("revised down from 356") is an earlier state (optional).
  Boats destroyed on the Dnipro are weapons with weapon_type `*`; a mixed "tanks and armoured
  vehicles" figure has weapon_type `*`. The comparison table is debatable cell by cell (it
  restates the body only in part), and its note's "287" is a restatement (optional).
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

Zp, Dn, Od, Kh, Su, Ks, Cr, Ku, Sa = (
    "Zaporizhzhia", "Donetsk", "Odesa", "Kharkiv", "Sumy", "Kherson", "Crimea", "Kursk", "Saratov",
)  # fmt: skip

# fmt: off
# ---------------------------------------------------------------- s01 Zaporizhzhia council
d = "s01_zaporizhzhia_council_shelters_schools.txt"
# A Zaporizhzhia city news site (Khortytsia News) on a city council session where department
# heads report in turn: education (Paskal), construction (Horbal), economic development (Sirko)
# and the regional military administration (Yarmak); all speak for Ukraine. Russia's Defence
# Ministry speaks for Russia; the opposition deputy's prices are debatable. Country Ukraine,
# region Zaporizhzhia. Required: 93 school and kindergarten buildings damaged and "11 of them"
# destroyed (a different fate), 1.14 billion hryvnias spent on shelters, 27.4 billion of damage
# ("up from 19.8 billion": optional), "about 4.8 billion" of lost tax revenue, "some 190,000" who
# left (displacement, action `*`), "About 1,300" children evacuated, February's 14 killed and 71
# injured (actor Russia: "Russian forces ... killing"; "nine children" a subset), 96 drones, 11
# guided bombs and four missiles launched and 68 drones shot down, the ministry's "up to 35"
# servicemen killed and Paskal's two caretakers injured (actor `*`). The subhead's "Ninety-three"
# restates (optional). Debatable: "twenty-six", "four times", "Of those 93", the schools (38 of
# 97, "three underground schools"), "At least 24,000" pupils, the vote (38, four), "up to 900"
# pupils, 47 shelters built and 19 (and "6") under construction, the prices (180 million,
# "twenty-two", 164 million), "212 times", "320 students". Non-claims: "14 March 2028", "19:25",
# "08:10", "👁 5 902", "7 min read", "eleventh session", "five hours", "three questions",
# "February 2022", "School No. 61", "a fourth underground school", 2024, KAB-250, KAB-500,
# "21:00", S-300s, "2 March", "Lyceum No. 4", January, May, "16:40", "11 April", "one after
# another", "Every one", "the last one", and the furniture ("+7°C", "42.15", "45.60", "48,000
# readers", "3 injured", "14 points", "100 days", "31%", "12 fallen rescuers", "140 alarms",
# "2011–2028", "R40-01187", "18+").
rows(d, [
    ("Ninety-three school and kindergarten buildings", "Ninety-three", 93, EX, "count", INF, N, A, A, U, A, U, Zp, True),  # subhead
    ("had damaged 93 school and kindergarten buildings", "93", 93, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("11 of them had been destroyed beyond repair", "11", 11, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("spent 1.14 billion hryvnias on them", "1.14 billion", 1140000000, EX, A, ECO, N, A, A, A, U, U, Zp),
    ("now stands at 27.4 billion hryvnias", "27.4 billion", 27400000000, EX, A, ECO, N, A, A, A, U, U, Zp),
    ("up from 19.8 billion a year earlier", "19.8 billion", 19800000000, EX, A, ECO, N, A, A, A, U, U, Zp, True),  # earlier state
    ("lost about 4.8 billion hryvnias of tax revenue", "about 4.8 billion", 4800000000, APX, A, ECO, N, A, A, A, U, U, Zp),
    ("some 190,000 residents have left", "some 190,000", 190000, APX, "count", DIS, N, A, A, A, U, U, Zp),
    ("About 1,300 children were evacuated", "About 1,300", 1300, APX, "count", DIS, N, "evacuated", A, A, U, U, Zp),
    ("killing 14 people and injuring 71", "14", 14, EX, "count", CAS, N, "killed", R, U, U, U, Zp),
    ("and injuring 71, among them", "71", 71, EX, "count", CAS, N, "injured", R, U, U, U, Zp),
    ("among them nine children", "nine", 9, EX, "count", CAS, N, "injured", R, U, U, U, Zp, True),  # subset
    ("Russia launched 96 attack drones", "96", 96, EX, "count", W, "drone", "launched", R, U, U, U, Zp),
    ("11 guided aerial bombs and four missiles", "11", 11, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Zp),
    ("and four missiles at Zaporizhzhia", "four", 4, EX, "count", W, "missile", "launched", R, U, U, U, Zp),
    ("shot down 68 of the drones", "68", 68, EX, "count", W, "drone", "shot_down", U, R, U, U, Zp),
    ('killed "up to 35" Ukrainian servicemen', "up to 35", 35, LE, "count", CAS, N, "killed", R, U, R, U, Zp),
    ("Two caretakers were injured", "Two", 2, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
])
any_(d, [
    ("twenty-six have been hit more than once", "twenty-six"),
    ("has been hit four times", "four"),
    ("Of those 93", "93"),
    ("Only 38 of the city's 97", "38"),
    ("38 of the city's 97 general schools", "97"),
    ("the three underground schools", "three"),
    ("At least 24,000 pupils", "At least 24,000"),
    ("with 38 votes for", "38"),
    ("and four against", "four"),
    ("for up to 900 pupils", "up to 900"),
    ("had built 47 shelters", "47"),
    ("A further 19 are under construction", "19"),
    ("costs about 180 million hryvnias", "about 180 million"),
    ("the price of twenty-two ordinary shelters", "twenty-two"),
    ("come in at 164 million", "164 million"),
    ("struck the city 212 times", "212"),
    ("The lyceum's 320 students", "320"),
    ("on why 6 of the shelters", "6"),
])

# ---------------------------------------------------------------- s02 Sokol battalion losses
d = "s02_volga_kurier_sokol_battalion_losses.txt"
# An exiled Russian regional outlet (Volga Kurier, "we", "our count") investigating the losses of
# the Saratov volunteer battalion "Sokol". The outlet, the memorial project "Pamyat Saratova" and
# the relatives have claimant_side `*`; the regional government, Governor Busargin, his office
# and Russia's Defence Ministry speak for Russia; the Ukrainian brigade's spokesman for Ukraine.
# Required: "about 450" men sent to the front (deployed, the regional government's press
# release), the 214 names of the killed (the outlet), "At least 160" of them killed in Donetsk
# region (breakdown by place), "at least 300" wounded (relatives), "more than 1,100" who signed
# contracts (personnel, action `*`), the project's 1,870 killed, the governor's "no more than 60"
# ("lost": action `*`), the 2.9 billion roubles paid (Saratov region), the ministry's list "more
# than 1,400" servicemen (killed), 38 armoured vehicles and 17 artillery pieces (qualifier `*`),
# the brigade's "at least 40" killed. Optional: the subhead's "fewer than 60" and 214, the
# breakdown by source (131, 52, 31). Debatable: "at least two independent sources", "the 214"
# (restated), "eight to twelve", "87" missing, the courts' 96 and 52 cases, "11 other
# servicemen", the payments (1.5 million, 5 million, 142), "We matched 31", "23 prisoner", "waves
# of ten", "104 men", "11 left". Non-claims: "22 March 2028", "12 min read", "👁 31 480", 2014,
# 2023, 2026, 2027, "20th Army", "military unit 22179", "Four and a half years", "23 February",
# "five months", "three kinds", "19", "63", "41" (ages), "1 March", "14 August 2027", "The third
# wave", "6 March", and the furniture ("58,200 people", "9 new graves", "6.5 million roubles", "3
# commanders", "500 roubles", "2014–2028", "18+").
rows(d, [
    ("The governor says fewer than 60", "fewer than 60", 60, LE, "count", CAS, N, A, A, R, R, A, A, True),  # subhead
    ("We found 214 names", "214", 214, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subhead
    ("with about 450 men", "about 450", 450, APX, "count", PER, N, "deployed", R, U, R, A, A),
    ("established the names of 214 men", "214", 214, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Of them, 131 came from obituaries", "131", 131, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset by source
    ("52 from court rulings", "52", 52, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset by source
    ("31 from payment records alone", "31", 31, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset by source
    ("At least 160 of the 214 were killed", "At least 160", 160, GE, "count", CAS, N, "killed", A, R, A, U, Dn),
    ("at least 300 of the battalion's men had been wounded", "at least 300", 300, GE, "count", CAS, N, "injured", A, R, A, A, A),
    ("more than 1,100 men have signed contracts", "more than 1,100", 1100, GE, "count", PER, N, A, R, A, A, A, A),
    ("counts 1,870 men from Saratov region killed", "1,870", 1870, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ('had lost "no more than 60" men', "no more than 60", 60, LE, "count", CAS, N, A, A, R, R, A, A),
    ("had paid 2.9 billion roubles in 2027", "2.9 billion", 2900000000, EX, A, ECO, N, A, A, A, R, R, Sa),
    ('"destroyed more than 1,400 Ukrainian servicemen', "more than 1,400", 1400, GE, "count", CAS, N, "killed", R, U, R, A, A),
    ("38 armoured vehicles and 17 artillery pieces", "38", 38, A, "count", W, "armored_vehicle", "destroyed", R, U, R, A, A),
    ("and 17 artillery pieces", "17", 17, A, "count", W, "artillery", "destroyed", R, U, R, A, A),
    ('had killed "at least 40"', "at least 40", 40, GE, "count", CAS, N, "killed", U, R, U, U, Dn),
])
any_(d, [
    ("at least two independent sources", "at least two"),
    ("At least 160 of the 214", "214"),
    ("assault groups of eight to twelve men", "eight to twelve"),
    ("Another 87 men of the battalion are listed as missing", "87"),
    ("courts heard 96 cases", "96"),
    ("In 52 of these cases", "52"),
    ('"together with 11 other servicemen"', "11"),
    ("payment of 1.5 million roubles", "1.5 million"),
    ("the federal 5 million roubles", "5 million"),
    ("records show 142 regional payments", "142"),
    ("We matched 31 names", "31"),
    ("had taken 23 prisoner", "23"),
    ("They came in waves of ten", "ten"),
    ("went in with 104 men in June", "104"),
    ("By August there were 11 left", "11"),
])

# ---------------------------------------------------------------- s03 Black Sea and Azov bulletin
d = "s03_halyard_black_sea_azov_q1_bulletin.txt"
# A London marine insurance broker's war-risk bulletin (Halyard Marine Risk, "our incident log")
# on attacks on ships and ports in the Black Sea and the Sea of Azov in Q1 2028. The bulletin's
# voice is `*`; Ukraine's Navy, the regional administration and HUR speak for Ukraine; Russia's
# Defence Ministry, the Novorossiysk port authority, Temryuk's operational headquarters and the
# Russian-installed authorities in Berdiansk for Russia. Required: the Navy's "at least 27"
# missiles and "about 310" drones launched at the Odesa and Danube ports, seven merchant vessels
# damaged (infrastructure; "two of them seriously" a subset), three seafarers killed and 11
# injured (actor Russia: "Russian strikes"; "two Ukrainian pilots" a subset), three grain silos
# damaged in Izmail, HUR's four Russian vessels hit (ship, action `*`) and two Mi-8 helicopters
# shot down (at sea: country and region `*`), the ministry's 64 naval drones destroyed
# (shot_down) and "12 of them" off Sevastopol (breakdown by place: Crimea, country `*`), one
# tanker crew member injured at Novorossiysk (Russia, Krasnodar: region `*`), two port workers
# killed in occupied Berdiansk (country `*`, Zaporizhzhia), four injured at Temryuk, and $4.6
# million paid out in claims. Debatable: "41 attacks", "All seven", "38,000 dwt", "one further
# bulk carrier", "14%", "1,037", "about 90,000 tonnes", "three times", "up to 30 vessels", the
# table cell by cell, the premiums ("0.8%", "1.25%", "up to 2%", "under 0.1%", "around 0.5%"),
# "212 voyages", "12-nautical-mile". Non-claims: "9 April 2028", "8 min", "1,944 views", "2.1
# MB", "Q1 2028", "mid-2024", Geran-2, Iskander-M, Kh-31P, "built 2009", "17 February", "2
# March", "21 January", Magura V7, "Project 22160", "26 January" (twice), Mi-8, "4 March",
# "Volna-7", "about 60 hours", "11 February", "8 March", the section numbers "1." to "6.", and
# the furniture ("5 lessons", "40%", "58 min", "3,400 shipping professionals", "09917342",
# "2018–2028").
rows(d, [
    ("launched at least 27 missiles", "at least 27", 27, GE, "count", W, "missile", "launched", R, U, U, U, Od),
    ("and about 310 attack drones", "about 310", 310, APX, "count", W, "drone", "launched", R, U, U, U, Od),
    ("Seven merchant vessels were damaged", "Seven", 7, EX, "count", INF, N, A, A, A, A, U, Od),
    ("two of them seriously", "two", 2, EX, "count", INF, N, A, A, A, A, U, Od, True),  # subset
    ("killed three seafarers and injured 11", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, Od),
    ("seafarers and injured 11 during the quarter", "11", 11, EX, "count", CAS, N, "injured", R, U, U, U, Od),
    ("two Ukrainian pilots were among the dead", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, Od, True),  # subset
    ("three grain silos and a fuel terminal were damaged", "three", 3, EX, "count", INF, N, A, A, U, U, U, Od),
    ("had hit four Russian vessels", "four", 4, EX, "count", W, "ship", A, U, R, U, A, A),
    ("two Mi-8 helicopters were shot down", "two", 2, EX, "count", W, "helicopter", "shot_down", U, R, U, A, A),
    ("destroyed 64 Ukrainian uncrewed surface vessels", "64", 64, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("12 of them in a single night off Sevastopol", "12", 12, EX, "count", W, "drone", "shot_down", R, U, R, A, Cr),
    ("one crew member was injured", "one", 1, EX, "count", CAS, N, "injured", A, R, R, R, A),
    ("two port workers were killed", "two", 2, EX, "count", CAS, N, "killed", A, A, R, A, Zp),
    ("said four people were injured", "four", 4, EX, "count", CAS, N, "injured", A, R, R, R, A),
    ("paid out $4.6 million in claims", "$4.6 million", 4600000, EX, "usd", ECO, N, A, A, A, A, U, A),
])
any_(d, [
    ("holds 41 attacks on vessels", "41"),
    ("All seven were foreign-flagged", "seven"),
    ("38,000 dwt", "38,000"),
    ("damaged one further bulk carrier", "one"),
    ("fell 14% quarter-on-quarter", "14%"),
    ("quarter-on-quarter to 1,037", "1,037"),
    ("about 90,000 tonnes of crude", "about 90,000"),
    ("Berdiansk three times in the quarter", "three"),
    ("up to 30 vessels waiting", "up to 30"),
    ("January | 4", "4"), ("January | 4 | 9", "9"), ("January | 4 | 9 | 3", "3"),
    ("January | 4 | 9 | 3 | 1", "1"), ("January | 4 | 9 | 3 | 1 / 5", "5"),
    ("February | 5", "5"), ("February | 5 | 11", "11"), ("11 | 5 | 4 / 6", "5"),
    ("4 / 6", "4"), ("4 / 6", "6"),
    ("March | 3", "3"), ("March | 3 | 9", "9"), ("March | 3 | 9 | 2", "2"),
    ("0 / 4", "0"), ("0 / 4", "4"),
    ("Total | 12", "12"), ("Total | 12 | 29", "29"), ("29 | 10", "10"),
    ("5 / 15", "5"), ("5 / 15", "15"),
    ("from about 0.8% to", "about 0.8%"),
    ("to 1.25% of hull value", "1.25%"),
    ("quoting up to 2% for", "up to 2%"),
    ("under 0.1% a year ago", "under 0.1%"),
    ("stand at around 0.5%", "around 0.5%"),
    ("has covered 212 voyages", "212"),
    ("the 12-nautical-mile zone", "12"),
])

# ---------------------------------------------------------------- s04 mobilisation explainer
d = "s04_meridian_mobilisation_questions_answered.txt"
# An international paper's explainer (The Meridian Post, "Your questions answered") on Ukraine's
# mobilisation and training. Zelensky, the Defence Ministry, HUR, MP Vovk, the Prosecutor
# General's Office, the Ground Forces and the Border Guard Service speak for Ukraine; the UK
# Ministry of Defence for the United Kingdom; EUMAM and the F-16 coalition are `*`; Russia's
# Defence Ministry for Russia. Required: "about 880,000" (army size, action `*`, nationwide) and
# "around 300,000" of them on the front line (breakdown by place), "about 310,000" mobilised,
# "about 710,000" Russian troops and "about 11,000" North Korean soldiers (deployed; Kursk
# region), Russia's "more than 480,000" ("lost": action `*`), 46,000 killed and "about 380,000"
# wounded, Interflex's "more than 62,000", EUMAM's "about 80,000", "about 40" pilots, "about
# 29,000" returned to units, "more than 70,000" women, Vovk's "more than 600,000" Russian
# soldiers. Optional: "about 9,000", "19,000" and "about 5,500" (subsets), the correction's "more
# than 62,000". Debatable: "no more than 25,000 a month", "1 million hryvnias", "118,000" and
# "about 21,000" cases, "17,000 to 25,500", "4,600 cases", "about 9,800", "46 drowned", the
# withdrawn "26,000". Non-claims: "more than 300 questions", "the ten most common", "4 May 2028",
# "10:02", "9 min", "February", 2026, 2027, "25", "18 to 24", "one-year", "February 2022", "five
# weeks", "three days", "two months", F-16, "51 days", "30 days", 2023, "half", "One case", "more
# than one", "first quarter of 2028", "5 May", the question numbers "1." to "10.", and the
# furniture ("€1 a week", "212,000 readers", "Five charts", "47th brigade", "I was 19", "three
# recruits", "one year later").
rows(d, [
    ('number "about 880,000 people"', "about 880,000", 880000, APX, "count", PER, N, A, U, A, U, U, N),
    ("around 300,000 are on the front line", "around 300,000", 300000, APX, "count", PER, N, A, U, A, U, U, A),
    ("about 310,000 men were mobilised", "about 310,000", 310000, APX, "count", PER, N, A, U, A, U, U, N),
    ("about 710,000 troops in Ukraine", "about 710,000", 710000, APX, "count", PER, N, "deployed", R, U, U, A, A),
    ("about 11,000 North Korean soldiers", "about 11,000", 11000, APX, "count", PER, N, "deployed", NK, A, U, R, Ku),
    ('lost "more than 480,000" servicemen', "more than 480,000", 480000, GE, "count", CAS, N, A, A, U, R, A, A),
    ("46,000 Ukrainian soldiers had been killed", "46,000", 46000, EX, "count", CAS, N, "killed", A, U, U, A, A),
    ("and about 380,000 wounded", "about 380,000", 380000, APX, "count", CAS, N, "injured", A, U, U, A, A),
    ("has trained more than 62,000 Ukrainian recruits", "more than 62,000", 62000, GE, "count", PER, N, A, U, A, UK, UK, A),
    ("about 9,000 of them last year", "about 9,000", 9000, APX, "count", PER, N, A, U, A, UK, UK, A, True),  # subset
    ("trained about 80,000 Ukrainian soldiers", "about 80,000", 80000, APX, "count", PER, N, A, U, A, A, A, A),
    ("19,000 of them in 2027", "19,000", 19000, EX, "count", PER, N, A, U, A, A, A, A, True),  # subset
    ("about 40 Ukrainian pilots", "about 40", 40, APX, "count", PER, N, A, U, A, A, A, A),
    ("about 29,000 have gone back", "about 29,000", 29000, APX, "count", PER, N, A, U, A, U, U, N),
    ("more than 70,000 women serve", "more than 70,000", 70000, GE, "count", PER, N, A, U, A, U, U, N),
    ("about 5,500 of them in combat positions", "about 5,500", 5500, APX, "count", PER, N, A, U, A, U, U, N, True),  # subset
    ("keeps more than 600,000 soldiers on our land", "more than 600,000", 600000, GE, "count", PER, N, "deployed", R, U, U, U, A),
    ("It is more than 62,000", "more than 62,000", 62000, GE, "count", PER, N, A, U, A, UK, UK, A, True),  # correction restates
])
any_(d, [
    ('"no more than 25,000 a month"', "no more than 25,000"),
    ("a payment of 1 million hryvnias", "1 million"),
    ("registered 118,000 criminal cases", "118,000"),
    ("about 21,000 of them for desertion", "about 21,000"),
    ("range from 17,000 to 25,500 hryvnias", "17,000 to 25,500"),
    ("opened 4,600 cases", "4,600"),
    ("detained about 9,800 men", "about 9,800"),
    ("and that 46 drowned", "46"),
    ("the Interflex figure as 26,000", "26,000"),
])

# ---------------------------------------------------------------- s05 Odesa night diary
d = "s05_odesa_diary_seven_nights.txt"
# An Odesa outlet's column (Prymorska Khvylia, "Night notebook"): a local journalist's entries
# for seven nights of Russian drone and missile attacks on Odesa region. The diarist's own voice
# ("I", "by my count") is `*`; the regional administration, the Air Force, the Southern Defence
# Forces, the Izmail district administration, the rescue service and the city council speak for
# Ukraine; Russia's Defence Ministry for Russia. Country Ukraine, region Odesa except the Air
# Force's nationwide figures (region None). Required, entry by entry: 42 drones launched (Russia)
# and 35 shot down, three injured; two ballistic missiles, one port worker killed and four
# injured (the diarist; launcher not named: actor `*`); 176 drones and 14 missiles at Ukraine,
# "at least 80" at Odesa region (breakdown by place), three dead and 17 injured, 210 evacuated
# from two damaged blocks (infrastructure); 18 shot down over Izmail district and "about a dozen"
# that got through (action `*`), two drivers injured; "at least eight" Shaheds used (the
# Russians), two firefighters killed and five injured; the ministry's "up to 40" naval drones
# destroyed; 19 of 23 drones shot down; the diarist's weekly sums (186 drones and six missiles
# launched by Russia, 149 shot down, six killed, 31 injured, "Some 480" evacuated); the
# administration's "more than 190"; the council's 64 residential buildings and 3 schools damaged.
# Debatable: "eleven explosions", "one house", "About 140,000 households", "about 20 cars".
# Non-claims: "15 April 2028", "11:40", "👁 12 316", "8 min", "summer of 2022", "a line or two",
# "four pages", "8 to 9 April" and the other nights' dates, "23:50", "half past midnight",
# "nine-storey", "a girl of nine", "04:30", "less than a minute", Iskander-M, "route 8", "six
# hours in a row", "first time", "at 5", Kh-22 ("a Kh-22"), "the second wave", "Oleh, 34",
# "Monday", "22:15", 2022, "one of the firefighters", "the seven nights", "two walls", and the
# furniture ("+12°C", "+9°C", "42.30", "9,400 readers", "5 families", "2 years", "100 hryvnias",
# "2015–2028", "16+").
rows(d, [
    ("Russia had launched 42 drones at the region", "42", 42, EX, "count", W, "drone", "launched", R, U, U, U, Od),
    ("of which 35 were shot down", "35", 35, EX, "count", W, "drone", "shot_down", U, R, U, U, Od),
    ("three people were injured, among them a girl", "three", 3, EX, "count", CAS, N, "injured", A, U, A, U, Od),
    ("Then two ballistic missiles at the port", "two", 2, EX, "count", W, "missile", "launched", A, U, A, U, Od),
    ("One port worker was killed", "One", 1, EX, "count", CAS, N, "killed", A, U, A, U, Od),
    ("and four were injured. The Southern", "four", 4, EX, "count", CAS, N, "injured", A, U, A, U, Od),
    ("reported 176 Russian drones", "176", 176, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 14 missiles launched at Ukraine", "14", 14, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("at least 80 of the drones", "at least 80", 80, GE, "count", W, "drone", "launched", R, U, U, U, Od),
    ("three dead in Odesa", "three", 3, EX, "count", CAS, N, "killed", A, U, A, U, Od),
    ("Peresypskyi district, and 17 injured", "17", 17, EX, "count", CAS, N, "injured", A, U, A, U, Od),
    ("210 people were evacuated", "210", 210, EX, "count", DIS, N, "evacuated", A, A, U, U, Od),
    ("from two damaged apartment blocks", "two", 2, EX, "count", INF, N, A, A, U, U, U, Od),
    ("18 drones were shot down over the district", "18", 18, EX, "count", W, "drone", "shot_down", A, A, U, U, Od),
    ('"about a dozen" got through', "about a dozen", 12, APX, "count", W, "drone", A, A, A, U, U, Od),
    ("Two truck drivers", "Two", 2, EX, "count", CAS, N, "injured", A, U, A, U, Od),
    ('"a Kh-22 and at least eight Shaheds"', "at least eight", 8, GE, "count", W, "drone", "launched", R, U, U, U, Od),
    ("two firefighters were killed", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Od),
    ("second wave and five were injured", "five", 5, EX, "count", CAS, N, "injured", A, U, U, U, Od),
    ('"up to 40" Ukrainian naval drones', "up to 40", 40, LE, "count", W, "drone", "destroyed", R, U, R, U, Od),
    ("19 of 23 drones were shot down", "19", 19, EX, "count", W, "drone", "shot_down", A, A, U, U, Od),
    ("of 23 drones were shot down", "23", 23, EX, "count", W, "drone", "launched", A, U, U, U, Od),
    ("Russia launched 186 drones", "186", 186, EX, "count", W, "drone", "launched", R, U, A, U, Od),
    ("and six missiles at Odesa region", "six", 6, EX, "count", W, "missile", "launched", R, U, A, U, Od),
    ("149 of the drones were shot down", "149", 149, EX, "count", W, "drone", "shot_down", U, R, A, U, Od),
    ("Six people were killed", "Six", 6, EX, "count", CAS, N, "killed", A, U, A, U, Od),
    ("killed and 31 injured", "31", 31, EX, "count", CAS, N, "injured", A, U, A, U, Od),
    ("Some 480 people were evacuated", "Some 480", 480, APX, "count", DIS, N, "evacuated", A, A, A, U, Od),
    ('"more than 190" drones', "more than 190", 190, GE, "count", W, "drone", "launched", A, U, U, U, Od),
    ("64 residential buildings were damaged", "64", 64, EX, "count", INF, N, A, A, U, U, U, Od),
    ("and 3 schools", "3", 3, EX, "count", INF, N, A, A, U, U, U, Od),
])
any_(d, [
    ("I counted eleven explosions", "eleven"),
    ("all of them in one house", "one"),
    ("About 140,000 households", "About 140,000"),
    ("about 20 cars burned", "about 20"),
])

# ---------------------------------------------------------------- s06 think-tank map update
d = "s06_cefs_april_front_line_map_update.txt"
# A Vilnius think tank's monthly map update (CEFS, "our mapping", "we") for April 2028. The think
# tank's voice is `*`; Russia's Defence Ministry speaks for Russia; Ukraine's General Staff, the
# Sumy regional military administration and the Southern Defence Forces for Ukraine. Country
# Ukraine. Required: the key judgements' 287 km² gained (actor Russia, region `*`) and "about 34"
# km² retaken (actor Ukraine) and the "six" settlements confirmed; "about 116,480" km²
# controlled; the ministry's "more than 610" km² and 19 settlements (body) and "about 31,000"
# servicemen lost (action `*`); by direction: 112 km² and "up to 4 km" (Donetsk), the ministry's
# "up to 46" tanks and armoured vehicles (weapon_type `*`), 58 and "about 9" km² (Donetsk), 41
# km² gained and "about 6" retaken (Kharkiv), "about 28" km² and two villages retaken, 14 km² and
# "up to 1.5 km" (Zaporizhzhia), 47 km² (Sumy), the administration's "about 2,100" evacuated, 63
# boats destroyed (Kherson), and the note's "about 6" km² not assigned to a direction. Optional:
# "111 square miles", "341 square kilometres" (earlier state), the key judgements' "19", the
# note's "287", "356" (revised away). Debatable: "twice", "four of the seven", "two", "one",
# "about 253", "about 19.3%", "1,146 Russian assaults", "at least three blocks", "14 border
# villages", the table cell by cell, "at least two independent confirmations". Non-claims: "3 May
# 2028", "14 pages", "December", "March" (as a month), "30 April", 2022, "1 May", "2nd Army",
# "51st Army", "28 April", "from two units", "5 June 2028", and the furniture ("1,870 small
# donors", "€5 a month", "341 km²", "3 colours", "1,205", "306214957", "2019–2028", "CC BY 4.0").
rows(d, [
    ("gained 287 square kilometres (111", "287", 287, EX, "km2", TER, N, "seized", R, U, A, U, A),
    ("(111 square miles)", "111", 111, EX, "mi2", TER, N, "seized", R, U, A, U, A, True),  # conversion
    ("down from 341 square kilometres in March", "341", 341, EX, "km2", TER, N, "seized", R, U, A, U, A, True),  # earlier state
    ("retook about 34 square kilometres", "about 34", 34, APX, "km2", TER, N, "seized", U, R, A, U, A),
    ('"liberated" 19 settlements in April', "19", 19, EX, "count", TER, N, "seized", R, U, R, U, A, True),  # key judgements restate
    ("confirm the capture of six", "six", 6, EX, "count", TER, N, "seized", R, U, A, U, A),
    ("controlled about 116,480 square kilometres", "about 116,480", 116480, APX, "km2", TER, N, "controlled", R, U, A, U, A),
    ('"more than 610 square kilometres"', "more than 610", 610, GE, "km2", TER, N, "seized", R, U, R, U, A),
    ("in April and 19 settlements", "19", 19, EX, "count", TER, N, "seized", R, U, R, U, A),
    ('"about 31,000 servicemen"', "about 31,000", 31000, APX, "count", CAS, N, A, A, U, R, U, A),
    ("gained 112 square kilometres here", "112", 112, EX, "km2", TER, N, "seized", R, U, A, U, Dn),
    ("advancing up to 4 km north", "up to 4", 4, LE, "km", TER, N, "seized", R, U, A, U, Dn),
    ('destroyed "up to 46" Ukrainian tanks', "up to 46", 46, LE, "count", W, A, "destroyed", R, U, R, U, Dn),
    ("gained 58 square kilometres and captured", "58", 58, EX, "km2", TER, N, "seized", R, U, A, U, Dn),
    ("Russia gained about 9 square kilometres", "about 9", 9, APX, "km2", TER, N, "seized", R, U, A, U, Dn),
    ("gained 41 square kilometres on the eastern bank", "41", 41, EX, "km2", TER, N, "seized", R, U, A, U, Kh),
    ("retook about 6 square kilometres", "about 6", 6, APX, "km2", TER, N, "seized", U, R, A, U, Kh),
    ("retook about 28 square kilometres", "about 28", 28, APX, "km2", TER, N, "seized", U, R, A, U, Zp),
    ("and two villages, Marfopil", "two", 2, EX, "count", TER, N, "seized", U, R, A, U, Zp),
    ("gained 14 square kilometres near Stepnohirsk", "14", 14, EX, "km2", TER, N, "seized", R, U, A, U, Zp),
    ("advanced up to 1.5 km", "up to 1.5", 1.5, LE, "km", TER, N, "seized", R, U, A, U, Zp),
    ("gained 47 square kilometres in the border strip", "47", 47, EX, "km2", TER, N, "seized", R, U, A, U, Su),
    ("evacuated about 2,100 people", "about 2,100", 2100, APX, "count", DIS, N, "evacuated", A, A, U, U, Su),
    ("destroyed 63 Russian boats", "63", 63, EX, "count", W, A, "destroyed", U, R, U, U, Ks),
    ("differs from the 287 square kilometres", "287", 287, EX, "km2", TER, N, "seized", R, U, A, U, A, True),  # restates
    ("about 6 square kilometres gained by Russia", "about 6", 6, APX, "km2", TER, N, "seized", R, U, A, U, A),
    ("revised down from 356 square kilometres", "356", 356, EX, "km2", TER, N, "seized", R, U, A, U, A, True),  # revised away
])
any_(d, [
    ("Moscow claims twice what our map shows", "twice"),
    ("on four of the seven directions", "four"),
    ("four of the seven directions", "seven"),
    ("standing still on two", "two"),
    ("losing ground on one", "one"),
    ("was about 253 square kilometres", "about 253"),
    ("about 19.3% of the country", "about 19.3%"),
    ("repelled 1,146 Russian assaults", "1,146"),
    ("hold at least three blocks", "at least three"),
    ("from 14 border villages", "14"),
    ("Pokrovsk–Dobropillia | 7", "7"), ("Pokrovsk–Dobropillia | 7 | 2", "2"), ("| 2 | 112", "112"),
    ("Kostiantynivka | 4", "4"), ("Kostiantynivka | 4 | 2", "2"), ("| 2 | 58", "58"),
    ("Lyman–Siversk | 3", "3"), ("Lyman–Siversk | 3 | 0", "0"), ("| 0 | 9", "9"),
    ("Kupiansk | 2", "2"), ("Kupiansk | 2 | 1", "1"), ("| 1 | 41", "41"),
    ("Huliaipole–Orikhiv | 1", "1"), ("Huliaipole–Orikhiv | 1 | 0", "0"), ("| 0 | 14", "14"),
    ("Sumy border | 2", "2"), ("Sumy border | 2 | 1", "1"), ("| 1 | 47", "47"),
    ("Kherson | 0", "0"), ("0 | 0\nTotal", "0"), ("0\nTotal", "0"),
    ("Total | 19", "19"), ("Total | 19 | 6", "6"), ("| 6 | 281", "281"),
    ("at least two independent confirmations", "at least two"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s53")
