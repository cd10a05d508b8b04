"""Builds gold.jsonl for heldout64 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout64.make_gold

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
the whole range; losses reported as "lost" have action `*`; drones destroyed in flight are
shot_down; pledges, promises, plans and planned spending are optional; an earlier state ("up
from ... in 2026") is optional. Bodies that are not sides (NATO, the EU, NGOs, think tanks,
volunteer monitors, companies, and states outside the vocabulary of sides such as Belarus) have
claimant_side `*`, and a sum or estimate they give keeps the actor and target of what it
counts; an outlet's or author's own voice has claimant_side `*`. Damaged buildings and
facilities are infrastructure with action and actor `*` (damaged and destroyed alike).
Deliveries to a side are weapons with action `*` and the supplier as actor (`*` when the
supplier is not a side), target, country and region `*`. Money in another currency than the
dollar has unit `*`; money received, paid or disbursed is required; damage assessed in money is
economic, required, actor and target `*`. Counts of places, incidents, cases and claims, group
sizes, shares and rates, distances, sizes and areas, prices and payments, workforces and other
population stocks, recipients of aid or care, vehicle and wagon counts, and vague quantities
are debatable (`any_`); a table whose cells restate no sentence is debatable cell by cell. A
side's army size is personnel with action `*`; members who joined an army are personnel with
action `*`. Regional governors, prosecutors and regional military administrations speak for
their side. States outside the vocabulary of sides as country are `*`; the check's vocabulary of
regions is closed, so a region outside it is `*`, and so is the region of a figure that spans
several regions or is not placed; a nationwide figure has region None. Dates, times, durations
("for three days", "19 hours", prison terms "10 to 15 years"), ages ("7-year-old", "Ilnur, 34",
"aged 18 to 65"), ordinals ("the ninth since the start of the year", "212th attack", "the
second officer", "third-highest"), numbers inside names (Su-34, Iskander-M, Kh-101, Geran-2,
Article 438, 448th, 6th Combined Arms Army, 112th, World War II, Group of Seven, 155mm, Captain
3rd Rank, Spring Storm 2028) and page furniture are not labelled; "one of them" is a pronoun.

Decided anew for this set:
- Prosecutors (s01): war crimes documented, crimes registered, shelling counts ("1,137 times"),
  strikes on cars, witnesses questioned, forensic examinations ordered and commanders notified
  of suspicion are counts of cases or incidents (debatable); explosions a witness heard are
  incidents (debatable); bodies recovered from rubble are a subset of the dead (debatable).
  Chernihiv is outside the closed vocabulary of regions: region `*` throughout. A Russian claim
  of enemy personnel "eliminated" is casualties, action killed, actor Russia, target Ukraine,
  claimant_side Russia. Multipliers ("almost twice as many", "more than three times as many",
  s05) are debatable.
- Recruitment (s02): men who signed contracts are personnel with action `*`, actor Russia,
  target `*`, country Russia; men "gone to the zone of the special military operation" and the
  strength of volunteer battalions are personnel with action `*`, country `*`. Sign-up bonuses,
  allowances, debts written off, a recruit's own loan, payments to families of the dead and land
  plots given to families are prices, payments and recipients (debatable); money a region paid
  out in bonuses last year is money paid (required); the budget set aside and a recruitment plan
  are planned (optional). Local soldiers killed at the front are casualties, action killed,
  actor `*`, target Russia, country and region `*`, whoever counts them (the newspaper's own
  count or independent projects, claimant_side `*`). A side's claim of enemy losses "a day" is a
  rate (debatable). Bashkortostan and Tatarstan are outside the vocabulary of regions (`*`).
- A third state's military briefing (s03): the Estonian Defence Forces have claimant_side `*`
  (a state outside the vocabulary of sides); a number a journalist cites in a question keeps the
  claimant it is attributed to when that is a side's official body (the Russian Defence
  Ministry's drones shot down: required), and is debatable when attributed to "media". The
  briefer's own lower confirmation of a side's claimed total ("27 settlements" claimed, "only
  11" confirmed) is a separate claim (required). Combined "killed and wounded" losses are
  casualties with action `*`. Settlements captured or retaken are territory (unit count, action
  seized); area captured or regained is territory in km2, seized; the depth of an advance
  ("pushed the enemy back by 4. 5 kilometres") is territory in km with action `*`. A grouping
  of troops in and around Ukraine is personnel deployed (country and region `*`); troops left in
  a home region are personnel with action `*`. Weapons produced are weapons with action `*`,
  the producer as actor, target, country and region `*`; production per month is a rate
  (debatable). Destroyed "vehicles" of no stated type have weapon_type `*`. Refineries and oil
  depots hit are infrastructure (action and actor `*`, target Russia). Artillery shells
  delivered are weapons with weapon_type `*`. "Hundreds, not dozens" is vague (debatable).
- Grid operator (s04): Ukrenergo, a state-owned company, has claimant_side `*`, like the
  companies of earlier sets; the Air Force's figures it passes on speak for Ukraine; the Energy
  Minister speaks for Ukraine. Substations and power plants damaged are infrastructure (required,
  target Ukraine), with their breakdown by region required ("one each in Odesa and Ternopil
  regions" is one row with region `*`). Consumers without power or reconnected are an affected
  population (debatable), and so are regions under outage schedules and the number of queues.
  Power in MW and shares of generation capacity are debatable; voltages ("750 kV") are
  specifications, not labelled. Equipment delivered that is not a weapon (transformers) is
  debatable; money provided through a support fund is money received (required). The KEY FACTS
  box printed twice (top and bottom) is one fact box: its restatements are optional rows, its
  debatable item one `any_` row.
- Data explainer (s05): the outlet's own tallies of the Air Force's daily figures have
  claimant_side `*`; figures the text attributes to the Air Force ("the Air Force reported",
  "the Air Force counted", "the Air Force says") have Ukraine. Yearly, monthly and single-night
  totals are required counts (earlier years optional as earlier states); averages per day or
  month, shares intercepted, production rates and targets, hypothetical numbers in a quote and
  the values of a described chart (cell by cell) are debatable. Drones that "reached their
  targets" (the outlet's computed remainder) are drones with action `*`. The outlet's count of
  the Russian Defence Ministry's claims of drones destroyed is shot_down, actor Russia, target
  Ukraine (claimant_side `*`, country `*`: Russia and Crimea). In a correction, the wrong figure
  is debatable and the corrected figure a restatement (optional). Counts of reports, rows and
  missing days in the methodology box are debatable.
- Wire story on shipping (s06): merchant ships hit or damaged are infrastructure (action and
  actor `*`, target `*`: foreign-flagged ships are not a side), country Ukraine and region Odesa
  when hit in or off an Odesa port, country and region `*` for the whole Black Sea. Foreign
  seafarers injured or killed are casualties with target `*`. Türkiye's ministries, the
  President and the agency's own voice have claimant_side `*`. Naval drones ("uncrewed boats")
  have weapon_type `*`; warships kept at sea are weapons (ship) deployed, and the type within
  their total ("including two Kalibr cruise missile carriers") is required; warships "destroyed
  or damaged" have action `*`. Cargo tonnage, ship transits, insurance premiums and a voyage's
  cost, a salvo capacity ("up to 16 missiles"), hits a witness counted and mines neutralised
  are debatable. The Turkish ministry's paragraph printed twice is one claim each. The wire
  service note "(Updates with ... in paragraph 7, ... in paragraphs 8-9)" is furniture.
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

Kh, Zp, Ky, Lv, Dn, Od = "Kharkiv", "Zaporizhzhia", "Kyiv", "Lviv", "Dnipropetrovsk", "Odesa"
Mo, Ku, Le = "Moscow", "Kursk", "Leningrad"

# fmt: off
# ---------------------------------------------------------------- s01 Chernihiv prosecutors
d = "s01_chernihiv_prosecutors_village_strike.txt"
# A press release of the Chernihiv Regional Prosecutor's Office on a Russian strike on the
# village of Lisovi Khutory (Novhorod-Siverskyi district). The prosecutors, their head
# (Demchuk), the regional military administration, the Air Force and the Prosecutor General's
# Office speak for Ukraine; the Russian Defence Ministry for Russia. Country Ukraine, region `*`
# (Chernihiv is outside the closed vocabulary). Required: two Iskander-M missiles and three
# guided bombs launched, five killed and nine injured by "the Russian strike" (actor Russia;
# "two children" a subset: optional), 14 houses destroyed and 37 damaged (infrastructure),
# "38. 5 million hryvnias" of damage (stray space kept), the ministry's "up to 80 militants"
# eliminated (killed, target Ukraine), 126 evacuated ("31 of them children": optional), the
# region's "At least 512" killed ("23 of them children": optional) and "more than 1,400"
# injured (actor `*`: no perpetrator named), 212 guided bombs dropped this year. The headline's
# five killed restates (optional). Debatable: the headline's two commanders, "11 kilometres",
# 46 witnesses, 12 examinations, "at least four explosions", "three victims" recovered, "two
# neighbouring villages", "more than 6,300" war crimes, "1,137 times", "twice", "96 strikes" by
# FPV drones, "more than 197,000" crimes. Non-claims: "13 March 2028", "15:20", "Views: 2 614",
# "Part 2 of Article 438" (twice), "9 March 2028", "04:35", Iskander-M, "7-year-old",
# "68-year-old", "three days", "448th", Su-34, "47-year-old", "39", "11 March", "54", "one after
# another", "19 hours", "aged between 7 and 81", 2028, 2026, "24 February 2022", "10 to 15
# years", and the furniture ("Facebook 48", "Telegram 112", "X 9", "17 objects", "12 years", "3
# land plots", "UAH 2.1 million", "Four years", "2016-2028", "09:00-18:00", "09:00-16:45").
rows(d, [
    ("document the killing of five civilians", "five", 5, EX, "count", CAS, N, "killed", A, U, U, U, A, True),  # headline
    ("with two Iskander-M ballistic missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("and three guided aerial bombs", "three", 3, EX, "count", W, "guided_bomb", "launched", R, U, U, U, A),
    ("The Russian strike killed five civilians", "five", 5, EX, "count", CAS, N, "killed", R, U, U, U, A),
    ("and injured nine others", "nine", 9, EX, "count", CAS, N, "injured", R, U, U, U, A),
    ("including two children", "two", 2, EX, "count", CAS, N, "injured", R, U, U, U, A, True),  # subset
    ("destroyed 14 private houses", "14", 14, EX, "count", INF, N, A, A, U, U, U, A),
    ("and damaged 37 more", "37", 37, EX, "count", INF, N, A, A, U, U, U, A),
    ("estimated at 38. 5 million hryvnias", "38. 5 million", 38500000, EX, A, ECO, N, A, A, A, U, U, A),
    ('"eliminated up to 80 militants', "up to 80", 80, LE, "count", CAS, N, "killed", R, U, R, U, A),
    ("evacuation of 126 residents", "126", 126, EX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("31 of them children", "31", 31, EX, "count", DIS, N, "evacuated", A, A, U, U, A, True),  # subset
    ("At least 512 civilians have been killed", "At least 512", 512, GE, "count", CAS, N, "killed", A, U, U, U, A),
    ("23 of them children", "23", 23, EX, "count", CAS, N, "killed", A, U, U, U, A, True),  # subset
    ("more than 1,400 have been injured", "more than 1,400", 1400, GE, "count", CAS, N, "injured", A, U, U, U, A),
    ("recorded 212 guided aerial bombs", "212", 212, EX, "count", W, "guided_bomb", "launched", R, U, U, U, A),
])
any_(d, [
    ("notify two Russian commanders", "two"),
    ("lies 11 kilometres from", "11"),
    ("questioned 46 witnesses", "46"),
    ("ordered 12 forensic examinations", "12"),
    ('"at least four explosions', "at least four"),
    ("The bodies of three victims", "three"),
    ("and two neighbouring villages", "two"),
    ("more than 6,300 war crimes", "more than 6,300"),
    ("of the region 1,137 times", "1,137"),
    ("almost twice as many", "twice"),
    ("registered 96 strikes by FPV drones", "96"),
    ("more than 197,000 crimes", "more than 197,000"),
])

# ---------------------------------------------------------------- s02 Bashkortostan recruitment
d = "s02_bashkortostan_contract_recruitment.txt"
# A Russian regional newspaper (Agidel Vecherom, Ufa) on higher sign-up payments for contract
# soldiers and the republic's dead. Khabirov, the military commissariat and the finance minister
# speak for Russia; the newspaper's own count, Mediazona and BBC Russian Service have
# claimant_side `*`; Kyiv's daily-loss claim is a rate (debatable). Country Russia where the
# text places it in the republic, region `*` (Bashkortostan is outside the vocabulary). The
# "CONTRACT SERVICE" box is printed twice (one `any_` row per number). Required: 4,312 who signed
# last year and 718 this year (personnel, action `*`, actor Russia), "more than 19 thousand" gone
# to the SVO zone and "about 2,500" in the battalions (country `*`), "7. 4 billion roubles" paid
# out (stray space kept), "at least 1,870" dead by the newspaper's count, "eleven more" this
# week and Mediazona's 6,412 (killed, actor `*`, target Russia, country `*`), two Ukrainian
# drones shot down over Salavat and one worker injured (actor `*`: "by debris"). Optional: the
# subhead's "More than 4,300" and plan of 5,000, Khabirov's plan of 5,000, the 12.5 billion set
# aside. Debatable: the headline's and body's "up to 3.1 million", "1.6 million", "2.5 million",
# "400,000", "200,000", "210,000" (body and box), "up to 10 million", "up to 60 people a day",
# "1. 2 million", "seven of us left out of 30", "up to 1,100 servicemen a day", "5 million", "1
# million", "1,240 families", "46 thousand requests", "some 1,300 km", "40 granite plaques".
# Non-claims: "Since 1991", "+2°C", "94.10", "101.35", "20 March 2028", "99 roubles", "11:42",
# "18 305", "64", "1 April", "at least one year", "8-800-000-00-00", "24/7", 2022, "18 to 65",
# "34", "One year at the front", "22", "his first contract", "51", "27 and 31", "2 February", "Two
# weeks", "third-highest", "18 March", "three hours", "112th", "World War II", and the furniture
# ("VK 312", "OK 85", "Telegram 140", "27 thousand readers", "14 families", "9%", "2:3",
# "1991-2028", "TU02-01234", "16+").
rows(d, [
    ("More than 4,300 residents of the republic signed", "More than 4,300", 4300, GE, "count", PER, N, A, R, A, A, R, A, True),  # subhead
    ("this year's plan is 5,000", "5,000", 5000, EX, "count", PER, N, A, R, A, A, R, A, True),  # subhead, plan
    ("Last year 4,312 residents", "4,312", 4312, EX, "count", PER, N, A, R, A, R, R, A),
    ("This year the plan is 5,000", "5,000", 5000, EX, "count", PER, N, A, R, A, R, R, A, True),  # plan
    ("718 volunteers have already signed up", "718", 718, EX, "count", PER, N, A, R, A, R, R, A),
    ("more than 19 thousand residents", "more than 19 thousand", 19000, GE, "count", PER, N, A, R, A, R, A, A),
    ("now number about 2,500 fighters", "about 2,500", 2500, APX, "count", PER, N, A, R, A, R, A, A),
    ("paid out 7. 4 billion roubles", "7. 4 billion", 7400000000, EX, A, ECO, N, A, A, A, R, R, A),
    ("sets aside 12.5 billion roubles", "12.5 billion", 12500000000, EX, A, ECO, N, A, A, A, R, R, A, True),  # budgeted
    ("at least 1,870 residents of Bashkortostan", "at least 1,870", 1870, GE, "count", CAS, N, "killed", A, R, A, A, A),
    ("eleven more names were added", "eleven", 11, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("have confirmed 6,412 deaths", "6,412", 6412, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("shot down two drones over Salavat", "two", 2, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("one worker had been injured by debris", "one", 1, EX, "count", CAS, N, "injured", A, R, R, R, A),
])
any_(d, [
    ("Up to 3.1 million roubles for signing", "Up to 3.1 million"),
    ("from 1.6 million to 2.5 million roubles", "1.6 million"),
    ("to 2.5 million roubles", "2.5 million"),
    ("federal payment of 400,000 roubles", "400,000"),
    ("municipal payment of 200,000 roubles", "200,000"),
    ("can now receive up to 3.1 million roubles", "up to 3.1 million"),
    ("signing: up to 3.1 million roubles", "up to 3.1 million"),  # box, printed twice
    ("Allowance: from 210,000 roubles", "210,000"),  # box, printed twice
    ("now starts at 210,000 roubles a month", "210,000"),
    ("unpaid debts of up to 10 million roubles", "up to 10 million"),
    ('"up to 60 people a day"', "up to 60"),
    ("My credit is 1. 2 million", "1. 2 million"),
    ("only seven of us left", "seven"),
    ("left out of 30 in the company", "30"),
    ('"up to 1,100 servicemen a day"', "up to 1,100"),
    ("receive 5 million roubles", "5 million"),
    ("and 1 million roubles from the republic", "1 million"),
    ("1,240 families in Bashkortostan", "1,240"),
    ("processed 46 thousand requests", "46 thousand"),
    ("some 1,300 km from the front", "some 1,300"),
    ("with 40 granite plaques", "40"),
])

# ---------------------------------------------------------------- s03 Estonian briefing
d = "s03_estonia_edf_weekly_briefing.txt"
# A transcript of the Estonian Defence Forces' weekly briefing (Colonel Tammsaar) with questions
# from ERR News, Postimees, Reuters, Delfi and Ukrinform. The colonel has claimant_side `*`;
# Gerasimov and the Russian Defence Ministry (cited in a question) speak for Russia; Ukraine's
# Air Force and Zelensky (cited in a question) for Ukraine; "Ukrainian media" (the 40 vehicles)
# are debatable. Country Ukraine unless stated. Territory: "about 61" km2 captured ("74" a week
# earlier: optional), Gerasimov's 27 settlements and the colonel's "only 11" (required both),
# Zelensky's "4. 5 kilometres" (depth, action `*`; stray space kept) and "two villages", the
# colonel's "one village" and "roughly 20" km2 retaken (Zaporizhzhia: Huliaipole). Air war, region
# None: 1,380 drones and 54 missiles launched, the Air Force's 1,190 and 38 shot down; "more than
# 1,100" guided bombs (region `*`: three regions). "around 8,200" losses (killed and wounded:
# action `*`, actor `*`, target Russia, country `*`); "about 710,000" in the grouping (deployed,
# country `*`); "about 11,000" North Koreans in Kursk region (deployed, actor North Korea,
# country Russia); "about 31,000" drones produced (action `*`); "at least 17" vehicles
# destroyed (weapon_type `*`, actor Ukraine; Kupiansk: Kharkiv) of which six tanks (type within
# the total: required); the ministry's "over 400" drones shot down (region None) and "126 of
# them over Moscow region" (breakdown by place); nine refineries and depots hit (infrastructure,
# target Russia; "three of them" a subset: optional); "about 2 million" shells delivered
# (weapon_type `*`, actor `*`); "about 3,000" troops left in Leningrad region (action `*`). The
# G7's "50 billion" euro package is a pledge (optional). Debatable: "about 1,250 kilometres",
# "about 190" assaults, "about 10 percent", "roughly 30,000 men a month", "about 2,800 a month",
# "35,000 and 50,000" dollars, "about 40" and "the number 40", "two or three", "about 14
# percent", "hundreds", "two divisions". Non-claims: "24 March 2028" (twice), "11:00", "41:26",
# the timestamps, "one question each", "two months", 2027, "one Ukrainian company commander",
# "for a year", "second time", "Group of Seven", "155mm", "6th", 2030, "The second", "31 March",
# and the furniture ("17 March 2028", "38 min", "0.3%", "fourth year", "2,600", "Spring Storm
# 2028", "09:00-17:00", 2028).
rows(d, [
    ("captured about 61 square kilometres", "about 61", 61, APX, "km2", TER, N, "seized", R, U, A, U, A),
    ("compared with 74 square kilometres", "74", 74, EX, "km2", TER, N, "seized", R, U, A, U, A, True),  # earlier state
    ('"liberated 27 settlements', "27", 27, EX, "count", TER, N, "seized", R, U, R, U, A),
    ("changes of control in only 11 settlements", "11", 11, EX, "count", TER, N, "seized", R, U, A, U, A),
    ("Russia launched 1,380 long-range drones", "1,380", 1380, EX, "count", W, "drone", "launched", R, U, A, U, N),
    ("and 54 missiles of various types", "54", 54, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("suppressing 1,190 drones", "1,190", 1190, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("drones and 38 missiles", "38", 38, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("dropped more than 1,100 guided aerial bombs", "more than 1,100", 1100, GE, "count", W, "guided_bomb", "launched", R, U, A, U, A),
    ("at around 8,200 killed and wounded", "around 8,200", 8200, APX, "count", CAS, N, A, A, R, A, A, A),
    ("at about 710,000 servicemen", "about 710,000", 710000, APX, "count", PER, N, "deployed", R, A, A, A, A),
    ("about 11,000 North Korean soldiers", "about 11,000", 11000, APX, "count", PER, N, "deployed", NK, A, A, R, Ku),
    ("produced about 31,000 Geran-type", "about 31,000", 31000, APX, "count", W, "drone", A, R, A, A, A, A),
    ("at least 17 destroyed Russian vehicles", "at least 17", 17, GE, "count", W, A, "destroyed", U, R, A, U, Kh),
    ("of which six are tanks", "six", 6, EX, "count", W, "tank", "destroyed", U, R, A, U, Kh),
    ('"over 400 Ukrainian drones"', "over 400", 400, GE, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("126 of them over Moscow region", "126", 126, EX, "count", W, "drone", "shot_down", R, U, R, R, Mo),
    ("count nine refineries and oil depots hit", "nine", 9, EX, "count", INF, N, A, A, R, A, R, A),
    ("three of them for the second time", "three", 3, EX, "count", INF, N, A, A, R, A, R, A, True),  # subset
    ("new 50 billion euro package", "50 billion", 50000000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # pledge
    ("delivered about 2 million 155mm", "about 2 million", 2000000, APX, "count", W, A, A, A, A, A, A, A),
    ("about 3,000 of its troops", "about 3,000", 3000, APX, "count", PER, N, A, R, A, A, R, Le),
    ('"pushed the enemy back by 4. 5 kilometres"', "4. 5", 4.5, EX, "km", TER, N, A, U, R, U, U, Zp),
    ('retaken "two villages"', "two", 2, EX, "count", TER, N, "seized", U, R, U, U, Zp),
    ("Ukraine retook one village", "one", 1, EX, "count", TER, N, "seized", U, R, A, U, Zp),
    ("roughly 20 square kilometres", "roughly 20", 20, APX, "km2", TER, N, "seized", U, R, A, U, Zp),
])
any_(d, [
    ("about 1,250 kilometres long", "about 1,250"),
    ("about 190 Russian assaults", "about 190"),
    ("about 10 percent every quarter", "about 10 percent"),
    ("roughly 30,000 men a month", "roughly 30,000"),
    ("about 2,800 a month", "about 2,800"),
    ("between 35,000 and 50,000 dollars", "35,000 and 50,000"),
    ("about 40 Russian tanks", "about 40"),
    ("confirm the number 40", "40"),
    ("groups of two or three", "two or three"),
    ("about 14 percent at any given moment", "about 14 percent"),
    ("needs hundreds, not dozens", "hundreds"),
    ("by two divisions by 2030", "two"),
])

# ---------------------------------------------------------------- s04 Ukrenergo after a strike
d = "s04_ukrenergo_massive_strike_update.txt"
# An update by Ukraine's grid operator (Ukrenergo) after a massive combined strike. Ukrenergo and
# its chairman have claimant_side `*`; the Air Force, the Energy Minister and the regional
# military administration speak for Ukraine; the Russian Defence Ministry for Russia. Country
# Ukraine. The KEY FACTS box is printed at the top and again at the bottom (one row each; its
# restatements optional). Required, Air Force, region None: 97 missiles and 486 drones launched,
# 74 and 431 shot down, nine Kinzhal, 38 Kh-101 and 16 Iskander-M (types within the total).
# Damage (infrastructure, action and actor `*`, target Ukraine): 11 substations (region `*`: six
# regions), three thermal power plants, the breakdown Kyiv four, Lviv three, Dnipropetrovsk two,
# "one each" in Odesa and Ternopil (region `*`). Two employees injured in Lviv region (actor
# Russia: "the enemy struck"), "about 4. 5 billion hryvnias" restoration cost (damage in money;
# stray space kept), "more than $1.3 billion" received through the fund, the ministry's 58
# drones shot down over Russia (region None). Debatable: "six regions", "about 1.9 million"
# consumers (body and box), "2. 4 million" reconnected, "14 regions", "two to three" queues, "up
# to 1,700" MW, "96" transformers, "more than 80%", "More than 1,500" engineers, "300" units.
# Non-claims: the banner's "14 regions", "10:00" (four times), "2 April 2028", "10:17", "41 872",
# "the ninth", Shahed, Kinzhal, Kh-101, Iskander-M, "2022-2023", "750 kV and 330 kV", "weeks",
# "Both", "61-year-old" (a man killed, no number), "17:00 and 22:00", "23:00", "one powerful
# appliance", 2022, "212th", and the furniture ("3 April: 2 queues", "3 in Odesa region", "12
# mobile gas-turbine units", "5 rules", "0 800 000 000", 2028).
rows(d, [
    ("Russia launched 97 missiles", "97", 97, EX, "count", W, "missile", "launched", R, U, A, U, N, True),  # box
    ("missiles and 486 drones at Ukraine", "486", 486, EX, "count", W, "drone", "launched", R, U, A, U, N, True),  # box
    ("- 11 high-voltage substations", "11", 11, EX, "count", INF, N, A, A, U, A, U, A, True),  # box
    ("and 3 thermal power plants damaged", "3", 3, EX, "count", INF, N, A, A, U, A, U, A, True),  # box
    ("Restoration cost: about 4. 5 billion", "about 4. 5 billion", 4500000000, APX, A, ECO, N, A, A, A, A, U, A, True),  # box
    ("the enemy used 97 missiles", "97", 97, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("and 486 attack drones", "486", 486, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("shot down 74 missiles", "74", 74, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("and 431 drones", "431", 431, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("nine Kinzhal aeroballistic missiles", "nine", 9, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("38 Kh-101 cruise missiles", "38", 38, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("16 Iskander-M ballistic missiles", "16", 16, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("equipment at 11 Ukrenergo high-voltage substations", "11", 11, EX, "count", INF, N, A, A, U, A, U, A),
    ("and at three thermal power plants", "three", 3, EX, "count", INF, N, A, A, U, A, U, A),
    ("Kyiv region, with four substations", "four", 4, EX, "count", INF, N, A, A, U, A, U, Ky),
    ("Lviv region, with three;", "three", 3, EX, "count", INF, N, A, A, U, A, U, Lv),
    ("two substations were hit in Dnipropetrovsk", "two", 2, EX, "count", INF, N, A, A, U, A, U, Dn),
    ("one each in Odesa and Ternopil", "one", 1, EX, "count", INF, N, A, A, U, A, U, A),
    ("Two Ukrenergo employees were injured", "Two", 2, EX, "count", CAS, N, "injured", R, U, A, U, Lv),
    ("estimated at about 4. 5 billion hryvnias", "about 4. 5 billion", 4500000000, APX, A, ECO, N, A, A, A, A, U, A),
    ("worth more than $1.3 billion", "more than $1.3 billion", 1300000000, GE, "usd", ECO, N, A, A, A, A, U, A),
    ("shot down 58 Ukrainian drones", "58", 58, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
])
any_(d, [
    ("in six regions", "six"),
    ("About 1.9 million consumers without power", "About 1.9 million"),  # box
    ("about 1.9 million consumers remain", "about 1.9 million"),
    ("reconnected 2. 4 million consumers", "2. 4 million"),
    ("are in force in 14 regions", "14"),
    ("two to three queues", "two to three"),
    ("up to 1,700 MW", "up to 1,700"),
    ("delivered 96 autotransformers", "96"),
    ('"more than 80%"', "more than 80%"),
    ("More than 1,500 power engineers", "More than 1,500"),
    ("and 300 units of equipment", "300"),
])

# ---------------------------------------------------------------- s05 drones-per-month explainer
d = "s05_explainer_drones_per_month.txt"
# A data-journalism explainer (Frontline Figures, "we", "our tally") on Russia's monthly drone
# launches, with a described chart, a methodology box and a correction. The outlet's tallies
# have claimant_side `*`; figures attributed to the Air Force speak for Ukraine; the Russian
# Defence Ministry's claims, counted by the outlet, are `*`. Actor Russia, target Ukraine,
# country Ukraine, region None for launches. Required: 61,840 launched in 2027 (the standfirst
# restates: optional; 2026, 2025 and 2024 optional as earlier states), July 2027's 6,930, February
# 2027's 3,410, the Air Force's 5,120 (January 2028) and 5,480 (February 2028), the night of 8
# June's 810 drones and 13 missiles, 55,300 shot down or jammed, "about 6,500" that reached their
# targets (action `*`), the Air Force's 2,310 missiles, the ministry's 38,760 claimed shot down
# (country `*`). The correction's "It is 5,480" restates (optional). Debatable: "three" times,
# "1,521 reports", "about 5,150 a month", "about 224 a day", "two dozen" nights, "fewer than 50",
# "under 1,000" and "more than 6,000" in the chart description and its ten values, "89%",
# "roughly 18 every day", "93%", "84%", "seven hundred" and "fifty" (hypothetical), "about 150"
# missiles a month, "about 2,700" a month, "up to 190 a day", "8,000 or more", "Eleven" and
# "three" missing reports, "about 12%", "hundreds of thousands", the wrong "5,840". Non-claims:
# "$4 a month", "2024" (headline standfirst), "15 April 2028", "9 min read", "1.2K shares", "08:00
# and 09:30", "1 January 2024", "29 February 2028", Shahed, Geran-2, "July 2027", "8 June 2027",
# "January 2024 to February 2028", "one bar per month", Kh-101, "one city", "the end of 2028",
# "18:00 to 09:00", "16 April", and the furniture ("214 KB", "18,400 readers", "12 min read",
# "October 2022", "Ten charts", "CC BY 4.0", "2023-2028").
rows(d, [
    ("Russia sent 61,840 long-range attack drones", "61,840", 61840, EX, "count", W, "drone", "launched", R, U, A, U, N, True),  # standfirst
    ("launched 61,840 attack drones and decoys", "61,840", 61840, EX, "count", W, "drone", "launched", R, U, A, U, N),
    ("up from 43,900 in 2026", "43,900", 43900, EX, "count", W, "drone", "launched", R, U, A, U, N, True),  # earlier state
    ("about 37,500 in 2025", "about 37,500", 37500, APX, "count", W, "drone", "launched", R, U, A, U, N, True),  # earlier state
    ("and about 19,000 in 2024", "about 19,000", 19000, APX, "count", W, "drone", "launched", R, U, A, U, N, True),  # earlier state
    ("launched 6,930 drones", "6,930", 6930, EX, "count", W, "drone", "launched", R, U, A, U, N),
    ("February, with 3,410", "3,410", 3410, EX, "count", W, "drone", "launched", R, U, A, U, N),
    ("reported 5,120 drones in January", "5,120", 5120, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 5,480 in February", "5,480", 5480, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("counted 810 drones and decoys", "810", 810, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("along with 13 missiles", "13", 13, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down or jammed 55,300", "55,300", 55300, EX, "count", W, "drone", "shot_down", U, R, A, U, N),
    ("about 6,500 drones reached their targets", "about 6,500", 6500, APX, "count", W, "drone", A, R, U, A, U, N),
    ("Russia fired 2,310 missiles", "2,310", 2310, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("it claimed 38,760 in 2027", "38,760", 38760, EX, "count", W, "drone", "shot_down", R, U, A, A, A),
    ("It is 5,480.", "5,480", 5480, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # correction restates
])
any_(d, [
    ("more than three times as many", "three"),
    ("1,521 reports up to", "1,521"),
    ("in 2027 about 5,150 a month", "about 5,150"),
    ("or about 224 a day", "about 224"),
    ("on two dozen nights", "two dozen"),
    ("fewer than 50 drones", "fewer than 50"),
    ("from under 1,000 a month", "under 1,000"),
    ("to more than 6,000 in the summer", "more than 6,000"),
    ("Jan 2024: 870", "870"), ("Jul 2024: 1,950", "1,950"), ("Jan 2025: 2,480", "2,480"),
    ("Jul 2025: 6,290", "6,290"), ("Jan 2026: 3,100", "3,100"), ("Jul 2026: 4,720", "4,720"),
    ("Jan 2027: 4,050", "4,050"), ("Jul 2027: 6,930", "6,930"), ("Jan 2028: 5,120", "5,120"),
    ("Feb 2028: 5,480", "5,480"),
    ("last year's drones, or 89%", "89%"),
    ("roughly 18 every day", "roughly 18"),
    ("from 93% in January 2027", "93%"),
    ("to 84% in February 2028", "84%"),
    ("send seven hundred at once", "seven hundred"),
    ("they want fifty to get through", "fifty"),
    ("about 150 ballistic and cruise missiles a month", "about 150"),
    ("about 2,700 Geran-2 drones a month", "about 2,700"),
    ('"up to 190 a day"', "up to 190"),
    ("monthly launches of 8,000 or more", "8,000 or more"),
    ("Eleven daily reports in 2024", "Eleven"),
    ("and three in 2025 are missing", "three"),
    ("about 12% of all drones", "about 12%"),
    ("in the hundreds of thousands a month", "hundreds of thousands"),
    ("figure as 5,840", "5,840"),
])

# ---------------------------------------------------------------- s06 Turkish wire, Black Sea ships
d = "s06_turkish_wire_black_sea_ships.txt"
# A Turkish news agency's wire story (MHA, English service) on drone strikes on merchant ships
# near Odesa. The agency's voice, Türkiye's Transport and Infrastructure and Defence ministries,
# Erdoğan and London brokers have claimant_side `*`; the Odesa regional military administration
# (Rudenko), "Ukrainian officials", the Air Force, the navy spokesman and the Seaports Authority
# speak for Ukraine; the Russian Defence Ministry for Russia. The Turkish ministry's paragraph is
# printed twice (one claim each). Required: two cargo ships hit (infrastructure, target `*`,
# Odesa; the headline's "Two more" and the subhead's three injured and 14 ships are optional),
# "at least 31" vessels damaged in the Black Sea (country `*`), three Turkish crew injured (actor
# `*`, target `*`), the Air Force's 64 drones and three Iskander-M launched (region `*`: "mostly"
# Odesa) and 52 shot down, the ministry's "four" uncrewed boats destroyed (weapon_type `*`), 14
# Turkish-linked ships damaged and two seafarers killed, the navy's "up to 14" warships at sea
# and "two" Kalibr carriers among them (type within the total: required), "at least 28" Russian
# ships destroyed or damaged (action `*`). Debatable: "38,000" tons, "19" crew, "two hits", "up to
# 16" missiles, "more than 180 million" tons, "some 7,900" ships, "32.9 million" tons, "about
# 1.25%", "0.7%", "roughly $300,000", "11" mines. Non-claims: "22.04.2028" (twice), "16:05",
# "paragraph 7", "paragraphs 8-9", "02:40", "2340 GMT", "one of them" (twice), "second officer",
# "29", "A second vessel", Iskander-M, "January 2026" (twice), "the first day", "1936 Montreux
# Convention", 2022 (three times), "3rd Rank", Kalibr, "August 2023", "July 2022", "a year later",
# "a month earlier", "January 2024", and the furniture ("4th time", "6 ships hit in 6 weeks", "3%",
# 2028, "2,400 media subscribers", "87 countries").
rows(d, [
    ("Two more merchant ships hit", "Two", 2, EX, "count", INF, N, A, A, A, A, U, Od, True),  # headline
    ("three sailors injured", "three", 3, EX, "count", CAS, N, "injured", A, A, A, U, Od, True),  # subhead
    ("Ankara says 14 Turkish-linked ships", "14", 14, EX, "count", INF, N, A, A, A, A, A, A, True),  # subhead
    ("Two cargo ships were hit by drones", "Two", 2, EX, "count", INF, N, A, A, A, U, U, Od),
    ("at least 31 civilian vessels damaged", "at least 31", 31, GE, "count", INF, N, A, A, A, A, A, A),
    ("Three of the ship's 19 crew members", "Three", 3, EX, "count", CAS, N, "injured", A, A, U, U, Od),
    ("launched 64 drones", "64", 64, EX, "count", W, "drone", "launched", R, U, U, U, A),
    ("and three Iskander-M ballistic missiles", "three", 3, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("and that 52 of the drones", "52", 52, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ('destroyed "four uncrewed boats"', "four", 4, EX, "count", W, A, "destroyed", R, U, R, A, A),
    ("said 14 Turkish-owned or Turkish-crewed ships", "14", 14, EX, "count", INF, N, A, A, A, A, A, A),  # printed twice
    ("two Turkish seafarers had been killed", "two", 2, EX, "count", CAS, N, "killed", A, A, A, A, A),  # printed twice
    ('keeping "up to 14" warships', "up to 14", 14, LE, "count", W, "ship", "deployed", R, A, U, A, A),
    ("including two Kalibr cruise missile carriers", "two", 2, EX, "count", W, "ship", "deployed", R, A, U, A, A),
    ("at least 28 Russian warships", "at least 28", 28, GE, "count", W, "ship", A, U, R, U, A, A),
])
any_(d, [
    ("loaded with 38,000 tons of corn", "38,000"),
    ("ship's 19 crew members", "19"),
    ("We counted two hits", "two"),
    ("up to 16 missiles", "up to 16"),
    ("more than 180 million tons", "more than 180 million"),
    ("some 7,900 ships", "some 7,900"),
    ("allowed 32.9 million tons", "32.9 million"),
    ("about 1.25% of a ship's", "about 1.25%"),
    ("from 0.7% a month earlier", "0.7%"),
    ("roughly $300,000", "roughly $300,000"),
    ("neutralised 11 drifting mines", "11"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s64")
