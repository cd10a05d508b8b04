"""Builds gold.jsonl for heldout55 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout55.make_gold

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
dollar has unit `*`; money received, paid or disbursed is required. Counts of places,
incidents, cases and claims, group sizes, shares and rates, distances, sizes and areas, prices
and payments, workforces and other population stocks, recipients of aid or care, vehicle and
wagon counts, and vague quantities are debatable (`any_`); a table whose cells restate no
sentence is debatable cell by cell. A side's army size is personnel with action `*`. States
outside the vocabulary of sides (Belarus) as country are `*`; the check's vocabulary of regions
is closed, so a region outside it (Krasnodar) is `*`, and so is the region of a figure that
spans several regions or is not placed; a nationwide figure has region None. Dates, times,
durations ("up to six hours at a time", "for two years", prison terms such as "16 years"),
ages ("15-year-old", "Levchenko, 61"), ordinals ("the third session", "a fourth year", "the
second damaged Su-34", "140th"), numbers inside names (Su-34, Su-25, Su-30SM, Ka-52, MiG-31K,
S-300, S-400, Kh-59, Kh-101, Kh-555, Kh-47M2, KN-23, Iskander-M, Shahed-136, Geran-2, KAB-500,
T-72B3, T-90M, BMP-2, BMP-3, BTR-82A, 2S19, Tor-M2, Pantsir-S1, G7, Union Shield-2028,
Zapad-2025, Q1 ... Q4) and page furniture are not labelled; "one of them" is a pronoun.
heldout48's set-specific decisions carried over where they apply: Russian regional governors
and ministries speak for Russia; money received, paid or disbursed in aggregate is required,
but the rate paid per case or to one person is a payment (debatable); people "evacuated to
temporary housing" after a strike are displacement, action evacuated, actor `*`; drones an
organisation that is not a side bought and handed over to Ukrainian units are deliveries with
actor `*`; members (here employees) of a body who serve in the army are personnel with action
`*`, actor Ukraine, and those of them killed are a different fate on part (required, actor `*`);
servicemen "destroyed" in a Russian claim are casualties with action `*` (like "lost").

Decided anew for this set:
- "Two dozen" (s02, s05) is 24 with qualifier `*` (the word neither bounds nor hedges clearly);
  "121 thousand" is 121000. Names and numbers inside names not labelled here: Tu-142, TM-62,
  KAB-250, Kh-59, Iskander-M, Pantsir-S1, 2S1, 2S3, Su-34, Su-35, Lancet, Molniya, Neptune,
  HIMARS, "School No. 27", "the 47th", "58th", "65th", "79th", "128th", "Issue 4 (212)".
- Russian regional paper (s01): the regional Ministry of Labour and Social Development and a
  Russian city administration speak for Russia; an anonymous source in Ukraine's military
  intelligence speaks for Ukraine. Compensation applications, lawsuits and "one in five" are
  counts of cases and shares (debatable); flats without windows in one building are parts of
  a building (debatable). Debris damage to homes has target Russia; the regional payout total
  has target `*` (heldout48 s01). The 2028 budget line and money "requested" from the federal
  reserve are planned or expected (optional).
- Border guards' weekly (s02): the "key figures" bullet list is the digest's own statement.
  An item that a body sentence repeats is a restatement (optional; the body sentence is
  required); items no sentence repeats are required. Chernihiv is outside the region
  vocabulary (`*`), and so are figures for the Sumy and Chernihiv sections together. Russian
  troops "concentrated" across the border are massed (country Russia), their share in one
  region a breakdown by place (required); artillery "brought" to an area is deployed. People
  "captured" are debatable (like captives); "Two of the wounded" hurt in one incident are a
  subset (optional); the planned depth of a "dead zone" is a distance (debatable).
- Farmers' union feature (s03): the union is not a side (`*`). Areas of farmland (mined,
  cleared, burned, sown, owned) are sizes and areas (debatable), unlike territory under
  occupation in square kilometres (territory, required). Stored grain destroyed by a strike,
  in tonnes, is economic damage (required, unit `*`, action, actor and target `*`); a harvest,
  a price per tonne and a share of costs refunded are debatable; tractors and combines are
  vehicles (debatable); farms "seized and re-registered" are counts of places (debatable).
  Claims of the Russian-installed Kherson administration speak for Russia, with country
  Ukraine, region Kherson and target `*` (the occupied left bank). A farmer's planned demining
  bill is planned spending (optional).
- Religious outlet (s04): dioceses, convents and the Moscow Patriarchate are not sides (`*`);
  the DESS (a Ukrainian state service) and the Defence Ministry's chaplaincy speak for Ukraine.
  Damaged churches are infrastructure (action and actor `*`, target the side whose churches
  they are); "Of them, 41 were hit in the past twelve months" is a subset by time (optional).
  A church's damage estimate is economic damage (required); money its parishes raised is money
  received (required), one parish's gift within it a subset (optional). Clergy held captive
  and the dead a chaplain says he buried are debatable; chaplains serving are personnel
  (action `*`), those of them killed a different fate (required). Churches "seized" by a
  government from one church for another are not a quantity of the war (debatable).
- Western column on Russian claims (s05): the column's list of the ministry's claims speaks for
  the ministry: items restating the lede are optional, the others required. Settlements
  "liberated" or where advances were confirmed are territory counts with action seized; area
  "taken control of" is territory with action `*`; an advance's depth "4–6 km" is territory
  (unit km, value and qualifier `*`, action `*`). DeepState and war bloggers are `*`. The
  bracketed square miles are optional. "Killed and wounded" together are casualties with
  action `*`. HIMARS rockets have weapon_type `*`. Troops "in reserve near" a town are a
  breakdown by place (required). Vehicles seen burning in footage, a column's size, subscriber
  counts and a blogger's company strength are debatable; the six in "two of the six villages"
  restates (debatable).
- Logistics company report (s06): the company and its chief executive are not a side (`*`);
  employees killed by "Russian attacks" have actor Russia. Sites struck are infrastructure
  (required), "destroyed completely" a different fate (required). The table's region rows
  restate no sentence and its total row restates the body: debatable cell by cell. Losses in
  money and insurance payouts are economic (required, target `*`); the aggregate paid to
  families of the fallen is money paid (required). Employees "relocated" from front-line towns
  are displacement, action evacuated (region `*`: several regions). Vans, parcels, a
  terminal's throughput, aid tonnage, generators, terminals, branches and the workforce are
  debatable; "One of our drivers was injured" is debatable (pronoun-like "one of"). A Russian
  claim of "foreign mercenaries" destroyed is casualties with action `*` and target `*`.
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

Ro, Su, Br, Ku, Ks = "Rostov", "Sumy", "Bryansk", "Kursk", "Kherson"
Zp, Dn, Dp, Kh, Od, Be = "Zaporizhzhia", "Donetsk", "Dnipropetrovsk", "Kharkiv", "Odesa", "Belgorod"

# fmt: off
# ---------------------------------------------------------------- s01 Rostov debris compensation
d = "s01_rostov_debris_compensation.txt"
# A Russian regional newspaper (Donskoy Vestnik) on compensation for drone-debris damage in
# Rostov region. The regional ministry, Governor Slyusar, the Novoshakhtinsk city administration
# and the Defence Ministry speak for Russia; Ukraine's General Staff and an intelligence source
# for Ukraine; the Taganrog bar's lawyers are `*` (their lawsuit count is debatable anyway).
# Country Russia, region Rostov except the ministry's national total (None). Required: the
# 412.6 million roubles paid out (the headline restates: optional), the governor's 1,647 drones
# shot down and "212 of them over Taganrog" (breakdown by place), 1,032 houses, 96 blocks and
# "Twenty-three" destroyed (infrastructure, target Russia), six killed and 71 injured by
# "Ukrainian drone attacks" (actor Ukraine; "nine children" a subset), "1. 8 billion roubles"
# of damage (stray space kept), 143 resettled, the town's "more than 20" drones downed, 64 homes,
# five injured (actor `*`; "two of them seriously" a subset), the General Staff's "at least two"
# aircraft hit (action `*`), "up to 40" drones launched, the ministry's 117 drones over Russia and
# "58 of them over the Rostov region". Optional: 1.5 billion budgeted, 600 million requested.
# Debatable: 4,318 and 861 applications, "one in five", "thousands", the rates (100,000, up to 1 million, 3
# million), "about 100,000" inhabitants, "eleven flats", "three courtyards", 312 lawsuits, the
# 46,000 roubles one resident received. Non-claims: "15 March 2028", "+4°C", "96.40", "104.15",
# "1,290 roubles", "+7 (863) 200-41-17", "09:40", "12 604", "87", "7 min read", "twice", "2
# March", "67-year-old", "1 January", "10 March", "3 schools", "School No. 27", "two days", "9
# March", Tu-142, Pantsir-S1, "in a week", "thirteen days", 2028, and the furniture ("11 things",
# "40%", "1 July", "2 wins", "2003–2028", "PI No. TU61-01982", "344002", "51", "16+").
rows(d, [
    ("has paid out 412.6 million roubles since January", "412.6 million", 412600000, EX, A, ECO, N, A, A, A, R, R, Ro, True),  # headline
    ("paid out 412.6 million roubles by 10 March", "412.6 million", 412600000, EX, A, ECO, N, A, A, A, R, R, Ro),
    ('"destroyed 1,647 Ukrainian unmanned aerial vehicles', "1,647", 1647, EX, "count", W, "drone", "shot_down", R, U, R, R, Ro),
    ("212 of them over Taganrog alone", "212", 212, EX, "count", W, "drone", "shot_down", R, U, R, R, Ro),
    ("damaged 1,032 private houses", "1,032", 1032, EX, "count", INF, N, A, A, R, R, R, Ro),
    ("and 96 apartment blocks", "96", 96, EX, "count", INF, N, A, A, R, R, R, Ro),
    ("Twenty-three houses were destroyed outright", "Twenty-three", 23, EX, "count", INF, N, A, A, R, R, R, Ro),
    ("have killed six civilians in the region", "six", 6, EX, "count", CAS, N, "killed", U, R, R, R, Ro),
    ("this year and injured 71", "71", 71, EX, "count", CAS, N, "injured", U, R, R, R, Ro),
    ("among them nine children", "nine", 9, EX, "count", CAS, N, "injured", U, R, R, R, Ro, True),  # subset
    ("assessed at 1. 8 billion roubles", "1. 8 billion", 1800000000, EX, A, ECO, N, A, A, R, R, R, Ro),
    ("resettled 143 residents in temporary accommodation", "143", 143, EX, "count", DIS, N, "evacuated", A, A, R, R, Ro),
    ('downed "more than 20" drones', "more than 20", 20, GE, "count", W, "drone", "shot_down", R, U, R, R, Ro),
    ("Debris damaged 64 homes", "64", 64, EX, "count", INF, N, A, A, R, R, R, Ro),
    ("five people were injured, two of them", "five", 5, EX, "count", CAS, N, "injured", A, R, R, R, Ro),
    ("two of them seriously", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Ro, True),  # subset
    ('damaging "at least two" Tu-142', "at least two", 2, GE, "count", W, "aircraft", A, U, R, U, R, Ro),
    ('"up to 40" drones had taken part', "up to 40", 40, LE, "count", W, "drone", "launched", U, R, U, R, Ro),
    ("said 117 Ukrainian drones had been intercepted over Russia", "117", 117, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("58 of them over the Rostov region", "58", 58, EX, "count", W, "drone", "shot_down", R, U, R, R, Ro),
    ("sets aside 1.5 billion roubles", "1.5 billion", 1500000000, EX, A, ECO, N, A, A, A, R, R, Ro, True),  # planned spending
    ("a further 600 million roubles had been requested", "600 million", 600000000, EX, A, ECO, N, A, A, A, R, R, Ro, True),  # expected
])
any_(d, [
    ("scattered debris across three courtyards", "three"),
    ("Panteleeva is one of thousands", "thousands"),
    ("have filed 4,318 applications", "4,318"),
    ("861 applications, roughly one in five", "861"),
    ("roughly one in five", "one in five"),
    ("receives 100,000 roubles for a damaged flat", "100,000"),
    ("and up to 1 million roubles", "up to 1 million"),
    ("entitled to 3 million roubles", "3 million"),
    ("a mining town of about 100,000 people", "about 100,000"),
    ("we registered eleven flats without windows", "eleven"),
    ("have filed 312 lawsuits", "312"),
    ("Panteleeva received 46,000 roubles", "46,000"),
])

# ---------------------------------------------------------------- s02 Sumy border guard weekly
d = "s02_sumy_border_guard_weekly.txt"
# Ukraine's State Border Guard Service's weekly digest for the Sumy and Chernihiv sections, with
# a "key figures" bullet list. The SBGS, its spokesman Tkachuk, the detachment's commander and
# the regional military administrations speak for Ukraine; the FSB's Border Directorate and the
# Defence Ministry for Russia. Country Ukraine, except the troops and artillery across the
# border and the FSB's claim (Russia). Required from the list: 61 guided bombs (region `*`: both
# sections) "of which 47 in Sumy region" (breakdown), 2,213 drones "including 164 Lancet and
# Molniya" (a type within a weapon total), 417 shot down by border guards; the list's 413
# evacuated restates the body (optional). Body: four saboteurs killed (actor Ukraine, Sumy);
# three border guards killed and 11 wounded by "Russian strikes" (region `*`), "Two of the
# wounded" (subset: optional); two civilians killed and 19 injured (actor `*`, region `*`);
# "two dozen houses" damaged in Velyka Pysarivka (24, qualifier `*`); 413 evacuated ("58
# children" a subset); "about 19,000" troops massed in Kursk and Bryansk regions (region `*`)
# and "around 6,500" in Bryansk region; "up to 30" artillery systems deployed near Glushkovo
# and Tetkino (Kursk); the FSB's 12 killed (Bryansk) and the ministry's "up to 70" servicemen
# (action `*`, Sumy). Debatable: 1,146 attacks (twice) and the 894 / 252 split, "38%", the
# seven attempts (list and body) and "Five" of them, "about 15 people", "10-kilometre", "About
# 1,900" who stay, "five to ten" kilometres, "capturing two", 27 control points, 14 tonnes.
# Non-claims: 1598 (hotline, twice more), "20–26 MARCH 2028", "27.03.2028 11:05", "3 417",
# "23 March", "the 47th", "25 March", "24 March" (twice), "22 March", KAB-250, 2S1, 2S3, and the
# furniture ("5 saboteurs", "120 new thermal imagers", "2008–2028", "26", "01601", "212K").
rows(d, [
    ("border communities: 61, of which", "61", 61, EX, "count", W, "guided_bomb", "launched", R, U, U, U, A),
    ("of which 47 in Sumy region", "47", 47, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Su),
    ("used by the enemy: 2,213", "2,213", 2213, EX, "count", W, "drone", "launched", R, U, U, U, A),
    ("including 164 Lancet and Molniya", "164", 164, EX, "count", W, "drone", "launched", R, U, U, U, A),
    ("shot down by border guard units: 417", "417", 417, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("evacuated from the border zone: 413", "413", 413, EX, "count", DIS, N, "evacuated", A, A, U, U, Su, True),  # list restates
    ("four saboteurs were killed", "four", 4, EX, "count", CAS, N, "killed", U, R, U, U, Su),
    ("Russian strikes killed three border guards", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, A),
    ("and wounded 11 during the week", "11", 11, EX, "count", CAS, N, "injured", R, U, U, U, A),
    ("Two of the wounded were hurt", "Two", 2, EX, "count", CAS, N, "injured", A, U, U, U, A, True),  # subset
    ("two civilians were killed and 19 injured", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, A),
    ("were killed and 19 injured", "19", 19, EX, "count", CAS, N, "injured", A, U, U, U, A),
    ("damaged two dozen houses", "two dozen", 24, A, "count", INF, N, A, A, U, U, U, Su),
    ("413 people, among them 58 children", "413", 413, EX, "count", DIS, N, "evacuated", A, A, U, U, Su),
    ("among them 58 children", "58", 58, EX, "count", DIS, N, "evacuated", A, A, U, U, Su, True),  # subset
    ("concentrated about 19,000 troops", "about 19,000", 19000, APX, "count", PER, N, "massed", R, U, U, R, A),
    ("around 6,500 are in Bryansk region", "around 6,500", 6500, APX, "count", PER, N, "massed", R, U, U, R, Br),
    ('brought "up to 30" additional artillery systems', "up to 30", 30, LE, "count", W, "artillery", "deployed", R, U, U, R, Ku),
    ("killing 12 of its members", "12", 12, EX, "count", CAS, N, "killed", R, U, R, R, Br),
    ('and "up to 70" servicemen', "up to 70", 70, LE, "count", CAS, N, A, R, U, R, U, Su),
])
any_(d, [
    ("recorded 1,146 attacks on border areas", "1,146"),
    ("attacks on border areas: 1,146", "1,146"),
    ("(Sumy region — 894", "894"),
    ("Chernihiv region — 252", "252"),
    ("38% more than the week before", "38%"),
    ("to cross the border: seven", "seven"),
    ("group of about 15 people", "about 15"),
    ("Five of the week's seven attempts", "Five"),
    ("the week's seven attempts", "seven"),
    ("within the 10-kilometre zone", "10"),
    ("About 1,900 people still refuse", "About 1,900"),
    ("a dead zone five to ten kilometres deep", "five to ten"),
    ("and capturing two", "two"),
    ("destroyed 27 Ukrainian drone control points", "27"),
    ("delivered 14 tonnes of food", "14"),
])

# ---------------------------------------------------------------- s03 farmers' union, mined fields
d = "s03_farmers_union_mined_fields.txt"
# A farmers' union magazine (Pole i Zerno) feature on farming the mined and shelled fields of
# Mykolaiv and Kherson regions. The union, its deputy head and a farmer are `*`; the Kherson
# Regional Military Administration and the State Emergency Service speak for Ukraine; Saldo's
# Russian-installed administration for Russia. Country Ukraine; Mykolaiv is outside the region
# vocabulary (`*`), figures for both regions `*`. Required: the union's "estimated 4. 5 billion
# hryvnias" of losses (stray space kept; the field notes' 4.5 billion restates: optional),
# "Around 8,600 square kilometres" occupied, eight killed and 23 injured by Russian drones
# (Kherson), 312 million hryvnias paid under the demining programme, 17 killed and 29 injured
# by mines and drones (actor `*`; the field notes restate 17: optional), "some 38,000 tonnes"
# of grain and the owner's $6.1 million, Saldo's 11 civilians killed and "more than 4,000"
# drones launched (actor Ukraine, target `*`), 2,870 evacuated, 46 guided bombs and three
# residents killed in Bilozerka. Optional: the farmer's "about 2.9 million hryvnias" bill.
# Debatable: hectares (2,400, 470,000, 21,000, 4,100, 600, 150), "two hundred metres", 1,460
# farms and 312 stopped (body and field notes), "15 kilometres", 214 attacks, "up to 80%" and
# "80%", "Nine tractors", "two combine harvesters", "up to $22", "1.1 million tonnes", 37
# combines and tractors, "some 300" members, "at least 40" farms, "fewer than a third", "half".
# Non-claims: "Issue 4 (212)", "480 UAH/year", "5 April 2028", "11 min read", "18,400 farmers",
# "three maps", TM-62, 2025, 2022, 2027, "three years", "9 August", "March", "January 2027",
# "58" (age), "79th", 2028, and the furniture ("Comments (14)", "2011–2028", "54019", "1", the
# phone, "50 UAH per 100 characters").
rows(d, [
    ("an estimated 4. 5 billion hryvnias", "4. 5 billion", 4500000000, APX, A, ECO, N, A, A, A, A, U, A),
    ("Around 8,600 square kilometres of the region", "Around 8,600", 8600, APX, "km2", TER, N, "occupied", R, U, U, U, Ks),
    ("Russian drones killed eight farmers", "eight", 8, EX, "count", CAS, N, "killed", R, U, A, U, Ks),
    ("last year, and injured 23", "23", 23, EX, "count", CAS, N, "injured", R, U, A, U, Ks),
    ("paid farmers in Mykolaiv and Kherson regions 312 million hryvnias", "312 million", 312000000, EX, A, ECO, N, A, A, A, A, U, A),
    ("mines and drones killed 17 tractor drivers", "17", 17, EX, "count", CAS, N, "killed", A, U, A, U, A),
    ("in the two regions and injured 29", "29", 29, EX, "count", CAS, N, "injured", A, U, A, U, A),
    ("destroyed some 38,000 tonnes of stored grain", "some 38,000", 38000, APX, A, ECO, N, A, A, A, A, U, Ks),
    ("a loss the owner put at $6.1 million", "$6.1 million", 6100000, EX, "usd", ECO, N, A, A, A, A, U, Ks),
    ("drones had killed 11 civilians working in the fields", "11", 11, EX, "count", CAS, N, "killed", U, A, R, U, Ks),
    ('launched "more than 4,000" drones', "more than 4,000", 4000, GE, "count", W, "drone", "launched", U, A, R, U, Ks),
    ("In 2027, 2,870 residents of Bilozerka", "2,870", 2870, EX, "count", DIS, N, "evacuated", A, A, U, U, Ks),
    ("dropped 46 guided aerial bombs on the Bilozerka community", "46", 46, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Ks),
    ("killing three residents", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, Ks),
    ("will cost about 2.9 million hryvnias", "about 2.9 million", 2900000, APX, A, ECO, N, A, A, A, A, U, A, True),  # planned spending
    ("Losses in Mykolaiv region since 2022: 4.5 billion UAH", "4.5 billion", 4500000000, A, A, ECO, N, A, A, A, A, U, A, True),  # field notes
    ("Killed by mines and drones in 2027: 17", "17", 17, EX, "count", CAS, N, "killed", A, U, A, U, A, True),  # field notes
])
any_(d, [
    ("three maps of his 2,400 hectares", "2,400"),
    ("two hundred metres from his own yard", "two hundred"),
    ("which represents 1,460 farms", "1,460"),
    ("Of the union's member farms, 312 have stopped", "312"),
    ("fields within 15 kilometres of the river", "15"),
    ("the administration counted 214 attacks", "214"),
    ("about 470,000 hectares of farmland", "about 470,000"),
    ("get back up to 80% of the cost", "up to 80%"),
    ("and 21,000 hectares had been cleared", "21,000"),
    ("Nine tractors and two combine harvesters", "Nine"),
    ("and two combine harvesters were blown up", "two"),
    ("burned about 4,100 hectares of ripe wheat", "about 4,100"),
    ("pay up to $22 a tonne more", "up to $22"),
    ("had harvested 1.1 million tonnes of grain", "1.1 million"),
    ("claimed that 37 combine harvesters", "37"),
    ("says some 300 of the union's pre-war members", "some 300"),
    ("at least 40 of those farms have been seized", "at least 40"),
    ("fewer than a third of the farms", "fewer than a third"),
    ("sunflower on 600 hectares", "600"),
    ("this spring, half of what he sowed", "half"),
    ("check another 150 hectares in May", "150"),
    ("the state should return 80%", "80%"),
    ("Union members: 1,460 farms", "1,460"),
    ("Farms stopped working: 312", "312"),
])

# ---------------------------------------------------------------- s04 religious outlet, churches
d = "s04_religious_outlet_church_damage.txt"
# A Ukrainian religious news outlet (Religion & Society Ukraine) on a missile strike on a convent
# in Vilniansk (Zaporizhzhia region), the state's count of damaged religious buildings, and the
# Russian Church's and officials' counter-claims. The DESS and its head, the Air Force and the
# Defence Ministry's chaplaincy service speak for Ukraine; the Kursk diocese and the abbess are
# `*`; Governor Gladkov, the Russian Defence Ministry and Zakharova speak for Russia. Required:
# four novices injured (actor `*`: "by glass and falling masonry"), 38 nuns evacuated, the Air
# Force's 126 drones and nine missiles (region None) and 108 drones shot down, "at least 683"
# religious buildings (region None) with 214, 96 and 71 by region (breakdowns), "at least 67"
# clergy killed by Russian forces, "about $2.4 million" of damage, €310,000 raised, "More than
# 800" chaplains and 12 of them killed, the Kursk diocese's 29 churches and "seven of them in the
# Glushkovo district" (breakdown by place), damage that "exceeded 900 million roubles", two
# parishioners injured in Shebekino (actor Ukraine), 44 drones shot down over Belgorod region.
# Optional: "41 were hit in the past twelve months" (subset by time), the Toronto parish's
# 40,000 Canadian dollars (subset). Debatable: "31 who have been held captive", "twenty-six of
# ours", "more than 1,500 churches". Non-claims: "100 UAH", "2,310 readers", "18 April 2028",
# "8 minutes", "Six days earlier", "11 April", Kh-59, "February 2022", "twelve months", "128th",
# "January", "since 2023", "14 April", "August 2024", "12 April", "until 2022", and the furniture
# (the IBAN, "episode 48", "5 churches", "3 years", "2014–2028", "04070", "7", the phone).
rows(d, [
    ("Four novices were injured", "Four", 4, EX, "count", CAS, N, "injured", A, U, A, U, Zp),
    ("the 38 nuns who had remained", "38", 38, EX, "count", DIS, N, "evacuated", A, A, A, U, Zp),
    ("Russia launched 126 attack drones", "126", 126, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and nine missiles at Ukraine", "nine", 9, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("108 of the drones were shot down", "108", 108, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("at least 683 religious buildings", "at least 683", 683, GE, "count", INF, N, A, A, U, U, U, N),
    ("Of them, 41 were hit", "41", 41, EX, "count", INF, N, A, A, U, U, U, N, True),  # subset by time
    ("accounts for 214 of the damaged buildings", "214", 214, EX, "count", INF, N, A, A, U, U, U, Dn),
    ("Kharkiv region for 96", "96", 96, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("Kherson region for 71", "71", 71, EX, "count", INF, N, A, A, U, U, U, Ks),
    ("at least 67 clergy", "at least 67", 67, GE, "count", CAS, N, "killed", R, U, U, U, N),
    ("will cost about $2.4 million", "about $2.4 million", 2400000, APX, "usd", ECO, N, A, A, A, A, U, Zp),
    ("have already raised €310,000", "€310,000", 310000, EX, A, ECO, N, A, A, A, A, A, A),
    ("sent 40,000 Canadian dollars", "40,000", 40000, EX, A, ECO, N, A, A, A, A, A, A, True),  # subset
    ("More than 800 military chaplains", "More than 800", 800, GE, "count", PER, N, A, U, A, U, U, N),
    ("Of them, 12 have been killed", "12", 12, EX, "count", CAS, N, "killed", A, U, U, U, N),
    ("had damaged 29 churches", "29", 29, EX, "count", INF, N, A, A, R, A, R, Ku),
    ("seven of them in the Glushkovo district", "seven", 7, EX, "count", INF, N, A, A, R, A, R, Ku),
    ("exceeded 900 million roubles", "900 million", 900000000, GE, A, ECO, N, A, A, A, A, R, Ku),
    ("injuring two parishioners", "two", 2, EX, "count", CAS, N, "injured", U, R, R, R, Be),
    ("destroyed 44 Ukrainian drones", "44", 44, EX, "count", W, "drone", "shot_down", R, U, R, R, Be),
])
any_(d, [
    ("and 31 who have been held captive", "31"),
    ("I have buried twenty-six of ours", "twenty-six"),
    ('"seized more than 1,500 churches"', "more than 1,500"),
])

# ---------------------------------------------------------------- s05 Moscow's week at the front
d = "s05_moscow_week_at_front_retold.txt"
# A Western outlet's weekly column (The Meridian Dispatch, "Through Moscow's Eyes") retelling
# Russian Defence Ministry and war-blogger claims and checking them. The ministry speaks for
# Russia; the blogger channels, DeepState and the column's own checks are `*`; the 65th Brigade,
# the Southern Defence Forces' spokesman, the General Staff and Zelensky speak for Ukraine.
# Country Ukraine, except the missiles and rockets intercepted "without saying where" (`*`).
# Required: the ministry's six settlements (region `*`) and "three of them in Zaporizhzhia
# region"; its list's Donetsk 2 and Dnipropetrovsk 1 (the list's 6 and 3 restate: optional), 14
# tanks, 57 armoured vehicles, 23 guns ("nine Western-made" a subset) and 1,318 drones; "up to
# 2,340 servicemen" lost (action `*`); the blogger's "4–6 km"; "more than 210 square kilometres";
# DeepState's two villages and "about 96 square kilometres" (the 37 square miles: optional); the
# brigade's 11 tanks and 23 armoured vehicles destroyed ("Eleven tanks" in the quote restates:
# optional); "around 121 thousand" troops massed and "some 20,000" near Vasylivka; "two dozen"
# armoured vehicles lost (24, qualifier `*`), "more than 1,100" killed and wounded, 8,460 (region
# `*`: the whole front), Zelensky's "more than 1,060" guided bombs (region `*`), 86 drones near
# Lyman (Donetsk), 14 Neptune missiles and 41 HIMARS rockets (weapon_type `*`). The headline's SIX
# and TWO are optional. Debatable: "half of Plavni", "about 380,000" and "some 1.2 million" subscribers, "the six
# villages", "two waves", "about forty vehicles", "at least seven burning Russian vehicles",
# "three out of every five", "34 men from 110". Non-claims: "$1 for 4 weeks", "April 24, 2028",
# "9 min read", "164 partners", "April 17 and April 23", "58th", "April 1", "65th", "April 22",
# "April 19", "seven days", Su-34, Su-35, "a single day", and the furniture ("3 times a week", "5
# lessons", "4:12", "212", "2028", "1 Fleet Yard", "EC4A 2BB", the phone).
rows(d, [
    ("SIX VILLAGES, TWO CONFIRMED", "SIX", 6, EX, "count", TER, N, "seized", R, U, R, U, A, True),  # headline
    ("SIX VILLAGES, TWO CONFIRMED", "TWO", 2, EX, "count", TER, N, "seized", R, U, A, U, A, True),  # headline
    ('"liberated" six settlements', "six", 6, EX, "count", TER, N, "seized", R, U, R, U, A),
    ("three of them in Zaporizhzhia region", "three", 3, EX, "count", TER, N, "seized", R, U, R, U, Zp),
    ('lost "up to 2,340 servicemen"', "up to 2,340", 2340, LE, "count", CAS, N, A, A, U, R, U, A),
    ("moved forward 4–6 km near Stepnohirsk", "4–6", A, A, "km", TER, N, A, R, U, A, U, Zp),
    ('settlements "liberated": 6', "6", 6, EX, "count", TER, N, "seized", R, U, R, U, A, True),  # list restates
    ("(Zaporizhzhia region — 3", "3", 3, EX, "count", TER, N, "seized", R, U, R, U, Zp, True),  # list restates
    ("Donetsk region — 2", "2", 2, EX, "count", TER, N, "seized", R, U, R, U, Dn),
    ("Dnipropetrovsk region — 1", "1", 1, EX, "count", TER, N, "seized", R, U, R, U, Dp),
    ("Ukrainian tanks destroyed: 14", "14", 14, EX, "count", W, "tank", "destroyed", R, U, R, U, A),
    ("armoured combat vehicles destroyed: 57", "57", 57, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, U, A),
    ("field artillery guns destroyed: 23", "23", 23, EX, "count", W, "artillery", "destroyed", R, U, R, U, A),
    ("including nine Western-made", "nine", 9, EX, "count", W, "artillery", "destroyed", R, U, R, U, A, True),  # subset
    ("Ukrainian drones shot down: 1,318", "1,318", 1318, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ('"more than 210 square kilometres"', "more than 210", 210, GE, "km2", TER, N, A, R, U, R, U, A),
    ("in only two of the six villages", "two", 2, EX, "count", TER, N, "seized", R, U, A, U, A),
    ("gained about 96 square kilometres", "about 96", 96, APX, "km2", TER, N, "seized", R, U, A, U, A),
    ("(37 square miles)", "37", 37, APX, "mi2", TER, N, "seized", R, U, A, U, A, True),  # conversion
    ("destroying 11 tanks", "11", 11, EX, "count", W, "tank", "destroyed", U, R, U, U, Zp),
    ("and 23 armoured vehicles", "23", 23, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Zp),
    ('"Eleven tanks did not go back."', "Eleven", 11, EX, "count", W, "tank", "destroyed", U, R, U, U, Zp, True),  # restates
    ("around 121 thousand troops", "around 121 thousand", 121000, APX, "count", PER, N, "massed", R, U, U, U, Zp),
    ("some 20,000 in reserve near Vasylivka", "some 20,000", 20000, APX, "count", PER, N, "massed", R, U, U, U, Zp),
    ("had lost two dozen armoured vehicles", "two dozen", 24, A, "count", W, "armored_vehicle", A, A, R, U, U, Zp),
    ("more than 1,100 troops killed and wounded", "more than 1,100", 1100, GE, "count", CAS, N, A, A, R, U, U, Zp),
    ("at 8,460 troops for the week", "8,460", 8460, EX, "count", CAS, N, A, A, R, U, U, A),
    ("more than 1,060 guided aerial bombs", "more than 1,060", 1060, GE, "count", W, "guided_bomb", "launched", R, U, U, U, A),
    ("shot down 86 Ukrainian drones there", "86", 86, EX, "count", W, "drone", "shot_down", R, U, R, U, Dn),
    ("intercepted 14 Neptune cruise missiles", "14", 14, EX, "count", W, "missile", "shot_down", R, U, R, A, A),
    ("and 41 HIMARS rockets", "41", 41, EX, "count", W, A, "shot_down", R, U, R, A, A),
])
any_(d, [
    ("which has about 380,000 subscribers", "about 380,000"),
    ('"half of Plavni"', "half"),
    ("two of the six villages", "six"),
    ("They came in two waves", "two"),
    ("a column of about forty vehicles", "about forty"),
    ("at least seven burning Russian vehicles", "at least seven"),
    ("(some 1.2 million subscribers)", "some 1.2 million"),
    ('"three out of every five men"', "three out of every five"),
    ("reduced to 34 men from 110", "34"),
    ("34 men from 110", "110"),
])

# ---------------------------------------------------------------- s06 logistics company quarterly
d = "s06_logistics_company_quarterly.txt"
# A Ukrainian parcel company's quarterly safety report (Shvydka Posylka) on its newsroom page,
# in the company's "we"/"our", with a table by region. The company and its chief executive are
# `*`; the Air Force speaks for Ukraine; Russia's Defence Ministry for Russia. Country Ukraine.
# Required: 37 sites struck (region `*`) and 11 destroyed, nine employees killed and 46 injured
# by "Russian attacks" (the headline's 37 and nine restate: optional), 287.4 million hryvnias of
# losses, "18. 6 million hryvnias" of insurance payouts (stray space kept), two Iskander-M fired
# at the Kharkiv terminal with three killed and 14 injured, the ministry's "up to 40 foreign
# mercenaries" (action and target `*`), the Air Force's 88 drones at Odesa region and 71 shot
# down, 2,940 employees serving and 63 of them killed, 11.7 million hryvnias paid to families,
# 212 employees relocated, 1,200 FPV and 36 reconnaissance drones handed over. Optional: the
# planned "about 640 million hryvnias". Debatable: the table's cells (the total row too), "About
# 7,800 parcels", "up to 120 thousand parcels a day", "60%", "41 delivery vans", "One of our
# drivers", "74 pickup trucks", "1,350 tonnes", the 25 sorting points, 300 generators, 1,500
# Starlink terminals, 13,900 branches and 34,500 employees (twice). Non-claims: "0 800 500 609",
# "70 UAH", "14-digit", "Q1 2028", "9 April 2028", "6 min read", "72 hours", "a single city",
# "14 February", Iskander-M, "3 March", "31 March", 2022, "12 months", "January–March", 2028, and
# the furniture ("the phone", "Q4 2027", "3 simple steps", "1,200 couriers", "4.8", "212,000
# reviews", "2001–2028", "No. 1407", "VAT 20%").
rows(d, [
    ("Q1 2028 safety and continuity report: 37 sites hit", "37", 37, EX, "count", INF, N, A, A, U, A, U, A, True),  # headline
    ("37 sites hit, nine colleagues lost", "nine", 9, EX, "count", CAS, N, A, A, U, A, U, A, True),  # headline
    ("struck 37 of our depots", "37", 37, EX, "count", INF, N, A, A, U, A, U, A),
    ("of which 11 were destroyed completely", "11", 11, EX, "count", INF, N, A, A, U, A, U, A),
    ("killed nine of our employees", "nine", 9, EX, "count", CAS, N, "killed", R, U, A, U, A),
    ("employees and injured 46", "46", 46, EX, "count", CAS, N, "injured", R, U, A, U, A),
    ("came to 287.4 million hryvnias", "287.4 million", 287400000, EX, A, ECO, N, A, A, A, A, U, A),
    ("amounted to 18. 6 million hryvnias", "18. 6 million", 18600000, EX, A, ECO, N, A, A, A, A, U, A),
    ("Russia fired two Iskander-M ballistic missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, A, U, Kh),
    ("killing three sorters", "three", 3, EX, "count", CAS, N, "killed", R, U, A, U, Kh),
    ("and injuring 14 other employees", "14", 14, EX, "count", CAS, N, "injured", R, U, A, U, Kh),
    ('"up to 40 foreign mercenaries"', "up to 40", 40, LE, "count", CAS, N, A, R, A, R, U, Kh),
    ("Russia launched 88 Shahed-type drones", "88", 88, EX, "count", W, "drone", "launched", R, U, U, U, Od),
    ("71 of which were shot down", "71", 71, EX, "count", W, "drone", "shot_down", U, R, U, U, Od),
    ("2,940 of our employees were serving", "2,940", 2940, EX, "count", PER, N, A, U, A, A, U, A),
    ("63 of them have been killed", "63", 63, EX, "count", CAS, N, "killed", A, U, A, U, A),
    ("paid families of fallen colleagues 11.7 million hryvnias", "11.7 million", 11700000, EX, A, ECO, N, A, A, A, A, U, A),
    ("we relocated 212 employees", "212", 212, EX, "count", DIS, N, "evacuated", A, A, A, U, A),
    ("1,200 FPV drones", "1,200", 1200, EX, "count", W, "drone", A, A, A, A, A, A),
    ("36 reconnaissance drones", "36", 36, EX, "count", W, "drone", A, A, A, A, A, A),
    ("at a cost of about 640 million hryvnias", "about 640 million", 640000000, APX, A, ECO, N, A, A, A, A, U, A, True),  # plan
])
any_(d, [
    ("Kharkiv | 14", "14"), ("| 4 | 21", "4"), ("Kharkiv | 14 | 4 | 21", "21"), ("| 21 | 118.2", "118.2"),
    ("Odesa | 8", "8"), ("Odesa | 8 | 1", "1"), ("| 1 | 9", "9"), ("| 9 | 71.5", "71.5"),
    ("Dnipropetrovsk | 6", "6"), ("Dnipropetrovsk | 6 | 2", "2"), ("Dnipropetrovsk | 6 | 2 | 7", "7"), ("| 7 | 39.0", "39.0"),
    ("Zaporizhzhia | 5", "5"), ("Zaporizhzhia | 5 | 2", "2"), ("Zaporizhzhia | 5 | 2 | 6", "6"), ("| 6 | 41.3", "41.3"),
    ("Kyiv | 4", "4"), ("Kyiv | 4 | 0", "0"), ("Kyiv | 4 | 0 | 3", "3"), ("| 3 | 17.4", "17.4"),
    ("Total | 37", "37"), ("Total | 37 | 9", "9"), ("Total | 37 | 9 | 46", "46"), ("| 46 | 287.4", "287.4"),
    ("About 7,800 parcels burned", "About 7,800"),
    ("up to 120 thousand parcels a day", "up to 120 thousand"),
    ("reached 60% of that volume", "60%"),
    ("destroying 41 delivery vans", "41"),
    ("One of our drivers was injured", "One"),
    ("we handed over 74 pickup trucks", "74"),
    ("1,350 tonnes of aid", "1,350"),
    ("build 25 underground sorting points", "25"),
    ("install 300 more generators", "300"),
    ("and 1,500 Starlink terminals", "1,500"),
    ("has 13,900 branches", "13,900"),
    ("branches and 34,500 employees", "34,500"),
    ("every one of our 34,500 people", "34,500"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s55")
