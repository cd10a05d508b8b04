"""Builds gold.jsonl for heldout47 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout47.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout46 (and through it heldout45, heldout35, heldout27 and
heldout33): headlines, subheads, fact boxes and later restatements are optional; subsets
introduced by "of whom", "among them", "including", "of them" are optional, except a model or
type within a weapon total; a breakdown of a total by place is required, and so is a different
action or fate on part of a total ("of which 21 were shot down", "Of these, 1,742 have been
brought back"); in a list with a qualifier only the qualified items keep it (the others `*`), a
list with no qualifier is exact; casualty sentences that name no perpetrator have actor `*`; a
range is one claim quoting the whole range; losses reported as "lost" have action `*`; drones
destroyed in flight are shot_down; pledges, promises, plans and planned spending are optional;
an earlier state ("up from ... in 2026") is optional. Bodies that are not sides (NATO, the EU,
NGOs, think tanks, consultancies, volunteer monitors, brokers, companies, and states outside the
vocabulary of sides such as the Czech Republic, Estonia, Lithuania, Germany, Moldova, Belarus)
have claimant_side `*`, and a sum or estimate they give keeps the actor and target of what it
counts; an outlet's or author's own voice has claimant_side `*`. Damaged buildings and
facilities are infrastructure with action and actor `*` (damaged and destroyed alike).
Deliveries to a side ("delivered", "supplied", "shipped") are weapons with action `*` and the
supplier as actor (`*` when the supplier is not a side), target, country and region `*`; rounds
of artillery ammunition, shells and mortar bombs have weapon_type `*`. Money in another currency
than the dollar has unit `*`; money received, paid or disbursed is required. Counts of places,
incidents, cases, voyages and claims, group sizes, shares and rates (including "X a month" and
"X a day"), distances, sizes and areas, prices and payments, production figures and capacities,
workforces and other population stocks, recipients of aid or care, vehicle and wagon counts,
and vague quantities are debatable (`any_`); a table whose cells restate no sentence is
debatable cell by cell. Dates, times, durations ("seven-day call", "24-hour shifts", "71
days"), ages ("34-year-old", "as young as 16"), ordinals ("4th strike"), numbered posts ("1/"
... "14/"), numbers inside names (Iskander-M, Geran-2, Shahed-136, An-196, Pantsir-S1, Tor-M2,
Dana-M2, RM-70, KN-23, KN-24, M1989, M1991, 155mm, 122mm, 152mm, 240mm, Patriot PAC-3, G7,
Tu-95MS, 44th Army Corps, 76th Air Assault Division) and page furniture are not labelled.

Decided anew for this set:
- Region: the check's vocabulary of regions is closed, so a first-level region outside it
  (Krasnodar for Novorossiysk, Tatarstan for Yelabuga, Kaliningrad, Pskov) is `*`; so is the
  region of a figure that spans several regions or is not placed. States outside the vocabulary
  of sides (Belarus, Lithuania) as country are `*`.
- Civilian merchant ships damaged in port (s01) are infrastructure, like damaged buildings
  (action and actor `*`), with the target the side whose port it is (Ukraine for Odesa-region
  ports, Russia for Novorossiysk); "uncrewed boats" and "naval drones" are weapons with
  weapon_type `*`; the size of a ship ("a 32,000-tonne bulk carrier") is an attribute, not a
  claim. A cargo volume in tonnes ("41. 6 million tonnes", the stray space kept in the quote) is
  economic with unit `*` (required); insurance claims paid and premium written are economic,
  required; premium rates, hull values and per-call premiums are debatable (rates and prices).
- Deliveries in a named period ("186,000 rounds that month alone", "1.52 million rounds between
  January and November") are required; the same delivery given as a rate or in a monthly table is
  debatable; what a factory or an industry produces (Alabuga's Geran-2 output, tanks "delivered
  to the army" by Russian industry) is a production figure, debatable.
- A hospital and its staff (s03) are not a side (claimant_side `*`). People a hospital admitted
  after Russian attacks are casualties injured (actor Russia, region `*`: the patients came from
  several regions), those who died there are casualties killed (actor `*`); the civilian,
  military and child shares of them, and those "we took in" after one strike, are subsets
  (optional); beds, operations, ventilated patients and grafts are debatable.
- An OSINT analyst's own voice (s04) has claimant_side `*`; "hit production buildings" has action
  `*`; Tatarstan's head speaks for Russia, Ukraine's General Staff, the SBU, HUR and the Air Force
  for Ukraine. A side's army size and a side's recruitment total for a year are personnel with
  action `*` (required); its warships "operated" in a fleet are weapons with action `*`.
- Troops stationed or "sent" near a border or to a region are personnel deployed, the figures of
  a bullet list of forces by place sharing actor Russia and action deployed (s05); NATO is not a
  side, so troops it "massed" (a Russian claim) have actor `*`, target Russia.
- North Korea is a side (s06): its shipments are deliveries (actor North Korea, action `*`), its
  troops in Kursk region are deployed (country Russia, region Kursk), and "about 4,700 of them
  were killed or wounded" is a different fate of part of a total (required, target North Korea,
  action `*`); KN-23 missiles fired by Russia have actor Russia; "closer to 300" has qualifier `*`.
"""

import pathlib

from bench.gold_tables import (
    APX,
    CAS,
    ECO,
    EX,
    GE,
    INF,
    LE,
    NK,
    PER,
    SK,
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

Od, Dp, Kh, Ku, Sm, Le = "Odesa", "Dnipropetrovsk", "Kharkiv", "Kursk", "Sumy", "Leningrad"

# fmt: off
# ---------------------------------------------------------------- s01 war-risk insurance
d = "s01_war_risk_insurance_odesa_ports.txt"
# A marine-insurance trade site (Harbourline Marine Intelligence) on war-risk premiums for
# Ukrainian and Russian ports. The Ukrainian Sea Ports Authority (USPA) and Ukraine's Navy speak
# for Ukraine; Russia's Defence Ministry and "the regional authorities" (of Novorossiysk) for
# Russia; a London broker and the article's own voice have claimant_side `*`. The ports of Odesa,
# Chornomorsk, Pivdennyi and Izmail are in Odesa region. The USPA paragraph is repeated after READ
# ALSO (one claim each). USPA: 14 vessels damaged (infrastructure, action and actor `*`), four
# seafarers killed and 23 injured ("Russian attacks"), "Two of the damaged ships" total losses
# (subset: optional), "more than 300" port facilities damaged or destroyed since 2023 (region
# None). Navy: "more than 1,100 drones and 90 missiles" launched (90 qualifier `*`), 870 and 41
# shot down. Pivdennyi strike (the article's voice): three killed, 11 injured; the ministry's "up
# to 40" naval drones destroyed (weapon_type `*`). Izmail: two port workers injured. Money:
# "estimated $186 million" claims paid, "roughly $240 million" premium written; "41. 6 million
# tonnes" of cargo (unit `*`). Novorossiysk: two tankers damaged by Ukrainian drones
# (infrastructure, country Russia, region `*`), the ministry's 31 aerial drones (shot_down) and
# five uncrewed boats (weapon_type and action `*`), five crew injured (actor Ukraine). The
# headline's 14 restates (optional). Debatable: "about 0.7%" (twice), "1% in July", "about 8%",
# "about $25 million", "about $175,000", "some $250,000", "1,260 voyages", "six claims", and the
# rate table's cells. Non-claims: "6 December 2027", "09:40", "7 min read", "seven-day call"
# (twice), 2023, "14 September", Iskander-M, "32,000-tonne", "two days", "3 November", "21
# October", 2028, "more than doubled", "one London broker's", "one Odesa call", and the
# furniture ("3 of 5 approaches", G7, "1 January", "7 a.m.", "18,400", "2 crew evacuated", "7.5%",
# "No. 11873402", "2 Lime Street").
rows(d, [
    ("even as 14 ships are hit in port", "14", 14, EX, "count", INF, N, A, A, U, A, U, Od, True),  # headline
    ("(USPA), 14 civilian vessels were damaged", "14", 14, EX, "count", INF, N, A, A, U, U, U, Od),
    ("killed four seafarers", "four", 4, EX, "count", CAS, N, "killed", R, U, U, U, Od),
    ("and injured 23 over the same period", "23", 23, EX, "count", CAS, N, "injured", R, U, U, U, Od),
    ("Two of the damaged ships", "Two", 2, EX, "count", INF, N, A, A, U, U, U, Od, True),  # subset
    ("launched more than 1,100 drones and 90 missiles", "more than 1,100", 1100, GE, "count", W, "drone", "launched", R, U, U, U, Od),
    ("1,100 drones and 90 missiles at port", "90", 90, A, "count", W, "missile", "launched", R, U, U, U, Od),
    ("shot down 870 of the drones", "870", 870, EX, "count", W, "drone", "shot_down", U, R, U, U, Od),
    ("and 41 of the missiles", "41", 41, EX, "count", W, "missile", "shot_down", U, R, U, U, Od),
    ("in Pivdennyi, killing three people", "three", 3, EX, "count", CAS, N, "killed", R, U, A, U, Od),
    ("crew member, and injuring 11", "11", 11, EX, "count", CAS, N, "injured", R, U, A, U, Od),
    ('and "up to 40" of the craft', "up to 40", 40, LE, "count", W, A, "destroyed", R, U, R, U, Od),
    ("and injured two port workers", "two", 2, EX, "count", CAS, N, "injured", R, U, A, U, Od),
    ("damaged or destroyed more than 300 port infrastructure facilities", "more than 300", 300, GE, "count", INF, N, A, A, U, U, U, N),
    ("paid an estimated $186 million on claims", "$186 million", 186000000, APX, "usd", ECO, N, A, A, A, A, U, A),
    ("against roughly $240 million of war-risk premium", "roughly $240 million", 240000000, APX, "usd", ECO, N, A, A, A, A, A, A),
    ("handled 41. 6 million tonnes of cargo", "41. 6 million", 41600000, EX, A, ECO, N, A, A, A, U, U, A),
    ("damaged two tankers at the Sheskharis", "two", 2, EX, "count", INF, N, A, A, R, A, R, A),
    ("destroyed 31 Ukrainian aerial drones", "31", 31, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("and five uncrewed boats near the port", "five", 5, EX, "count", W, A, A, R, U, R, R, A),
    ("said five crew members were injured", "five", 5, EX, "count", CAS, N, "injured", U, R, R, R, A),
])
any_(d, [
    ("rates ease to about 0.7% even", "about 0.7%"),
    ("fallen to about 0.7% of hull value", "about 0.7%"),
    ("down from 1% in July", "1%"),
    ("about 8% less than a year earlier", "about 8%"),
    ("insured for about $25 million", "about $25 million"),
    ("is now about $175,000", "about $175,000"),
    ("against some $250,000 in July", "some $250,000"),
    ("has covered 1,260 voyages", "1,260"),
    ("paid out on six claims", "six"),
    ("Odesa / Chornomorsk | 0.70", "0.70"),
    ("| 0.70 | 1.00", "1.00"),
    ("Pivdennyi | 0.75", "0.75"),
    ("| 0.75 | 1.10", "1.10"),
    ("(Danube) | 0.45", "0.45"),
    ("| 0.45 | 0.60", "0.60"),
    ("(Russia) | 1.00", "1.00"),
    ("| 1.00 | 0.40", "0.40"),
])

# ---------------------------------------------------------------- s02 Czech ammunition initiative
d = "s02_czech_ammunition_initiative_report.txt"
# An English-language Prague news site (Vltava Monitor) on the government's progress report on the
# Czech-led ammunition initiative. The Czech government, its envoy ("we", "our") and the report
# are not a side (claimant_side `*`); so is the opposition deputy; Ukraine's Defence Ministry and
# General Staff speak for Ukraine; Russia's Defence Ministry for Russia; the Czech defence firm is
# a company (`*`). Deliveries (action, actor, target, country, region `*`): 1.52 million rounds
# January-November, "about 4.3 million" since 2024 (the number broken across a line: the quote
# keeps the line break), 186,000 in October (a named period: required), twenty-six Dana-M2
# (artillery), 14 RM-70 (mlrs), 65,000 mortar bombs (weapon_type `*`), the Estonian scheme's
# "about 210,000"; Ukraine's "about 2.6 million" received from all foreign sources (claimant_side
# Ukraine). Money: €3.4 billion paid in (unit `*`), "up from €2.1 billion in 2026" (earlier state:
# optional), the Netherlands' and Denmark's shares ("including": optional), the further €4
# billion asked for and the 1.8 million rounds planned for 2028 (optional). General Staff: 214
# artillery systems and 38 MLRS destroyed in November, 1,930 since January (region None),
# Russian artillery fired "more than 1.1 million rounds" (launched, weapon_type `*`). The
# workshop: three workers injured (actor Russia, Kharkiv). Russia's ministry: "up to 12,000 Czech
# shells" destroyed and "more than 30" servicemen killed near Pavlohrad (Dnipropetrovsk), "over
# 190" self-propelled guns destroyed since June (artillery, country Ukraine, region None). The
# headline's "1.5 million" restates (optional). Debatable: "Nineteen countries", "About 60%", the
# monthly table, "roughly a third", "20,000 rounds a day", "about 7,000", "about €3,100", "€4,000",
# "up to 15%". Non-claims: "9 December 2027", "14:05", "16:20", "early 2024", "under ten days",
# 155mm, 122mm, 152mm, Dana-M2, RM-70, Grad, "annex 2", "30 November", "2 December", Iskander-M,
# 2024, 2028, Patriot PAC-3, G7, and the furniture ("CZK 56 billion", "10 countries", "54%",
# "7:30", "9,200 readers", "CZK 100", "IČO 09112457", "Vinohradská 12", "120 00 Praha 2").
rows(d, [
    ("initiative passes 1.5 million rounds", "1.5 million", 1500000, GE, "count", W, A, A, A, A, A, A, A, True),  # headline
    ("delivered 1.52 million rounds", "1.52 million", 1520000, EX, "count", W, A, A, A, A, A, A, A),
    ("to about 4.3\nmillion rounds", "about 4.3\nmillion", 4300000, APX, "count", W, A, A, A, A, A, A, A),
    ("Donors paid in €3.4 billion this year", "€3.4 billion", 3400000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("up from €2.1 billion in 2026", "€2.1 billion", 2100000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # earlier state
    ("including €480 million from the Netherlands", "€480 million", 480000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # subset
    ("and €310 million from Denmark", "€310 million", 310000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # subset
    ("shipped 186,000 rounds that month alone", "186,000", 186000, EX, "count", W, A, A, A, A, A, A, A),
    ("lists twenty-six Dana-M2", "twenty-six", 26, EX, "count", W, "artillery", A, A, A, A, A, A),
    ("14 RM-70 Vampire multiple rocket launchers", "14", 14, EX, "count", W, "mlrs", A, A, A, A, A, A),
    ("and 65,000 mortar bombs", "65,000", 65000, EX, "count", W, A, A, A, A, A, A, A),
    ("delivered about 210,000 rounds", "about 210,000", 210000, APX, "count", W, A, A, A, A, A, A, A),
    ("received about 2.6 million rounds", "about 2.6 million", 2600000, APX, "count", W, A, A, A, A, U, A, A),
    ("destroyed 214 Russian artillery systems", "214", 214, EX, "count", W, "artillery", "destroyed", U, R, U, U, N),
    ("and 38 multiple rocket launchers in November", "38", 38, EX, "count", W, "mlrs", "destroyed", U, R, U, U, N),
    ("and 1,930 artillery systems since January", "1,930", 1930, EX, "count", W, "artillery", "destroyed", U, R, U, U, N),
    ('fired "more than 1.1 million rounds"', "more than 1.1 million", 1100000, GE, "count", W, A, "launched", R, U, U, U, N),
    ("injured three of its workers", "three", 3, EX, "count", CAS, N, "injured", R, U, A, U, Kh),
    ('holding "up to 12,000 Czech shells"', "up to 12,000", 12000, LE, "count", W, A, "destroyed", R, U, R, U, Dp),
    ('killed "more than 30" Ukrainian servicemen', "more than 30", 30, GE, "count", CAS, N, "killed", R, U, R, U, Dp),
    ('destroyed "over 190" Western-made', "over 190", 190, GE, "count", W, "artillery", "destroyed", R, U, R, U, N),
    ("expects to deliver 1.8 million rounds in 2028", "1.8 million", 1800000, EX, "count", W, A, A, A, A, A, A, A, True),  # plan
    ("asked partners for a further €4 billion", "€4 billion", 4000000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # pledge asked
])
any_(d, [
    ("Nineteen countries have contributed", "Nineteen"),
    ("About 60% of this year's deliveries", "About 60%"),
    ("August | 153", "153"),
    ("September | 159", "159"),
    ("October | 186", "186"),
    ("November | 161", "161"),
    ("roughly a third of the 155mm ammunition", "roughly a third"),
    ("an estimated 20,000 rounds a day", "20,000"),
    ("against about 7,000 for Ukraine", "about 7,000"),
    ("shell at about €3,100", "about €3,100"),
    ("down from €4,000 in 2024", "€4,000"),
    ("up to 15% of contracted rounds", "up to 15%"),
])

# ---------------------------------------------------------------- s03 Dnipro burn centre
d = "s03_dnipro_burn_centre_year.txt"
# A Dnipro news site's feature (Dnipro Post) on a year in the regional burn centre, with its head
# speaking as "we" and "our". The centre and its head are not a side (claimant_side `*`); the
# regional military administration and the Health Ministry speak for Ukraine; Russia's Defence
# Ministry for Russia; the WHO is not a side. Country Ukraine. The centre: 412 admitted "injured in
# Russian attacks" (actor Russia, region `*`: patients from several regions), "318 of them
# civilians" and "37 children" (subsets: optional), "Twenty-nine of our patients died" (a
# different fate of part of the total: required, killed, actor `*`); the fact box restates (all
# optional, "94 servicemen" included: a subset). Station strike (Dnipropetrovsk): two Iskander-M
# launched (the article's voice), 14 killed and 96 injured (the administration), "up to 70"
# servicemen killed (the ministry); "We took in 27" is a subset (optional). Pavlohrad: nine burned
# (injured, actor Russia: "a Russian Shahed"), "including two firefighters" (optional). The
# administration: 1,310 drones shot down, 187 civilians killed and 1,022 injured in the region
# this year. Two nurses injured by drone debris (actor Russia). Money: "$1.2 million" grant, "18
# million hryvnias" (unit `*`). Health Ministry: 1,940 facilities damaged and 236 destroyed
# (infrastructure, action and actor `*`, region None), 231 medical workers killed (actor Russia).
# The subhead's 412 restates (optional). Debatable: "two of the windows", "36 beds", "it had 24",
# "two surgeons", "Eleven of them needed a ventilator", "1,140 operations", "more than 60%",
# "61 patients", "about 40 windows", "more than 2,300 attacks". Non-claims: "28 December 2027",
# "nine years", "fourth floor", "24-hour shifts", "19 April" (twice), "morning rush", "first six
# hours", "three days", Iskander-M, "2 August", FPV, "two days later", "One of them" (a pronoun),
# "34-year-old", "71 days", "23 days", "three nights", "February 2022", and the furniture ("👁 6 214", "212 heated tents",
# "100 UAH", "41,000 subscribers", 2015–2027, "18+").
rows(d, [
    ("centre admitted 412 people injured in Russian attacks in 2027", "412", 412, EX, "count", CAS, N, "injured", R, U, A, U, A, True),  # subhead
    ("we admitted 412 people injured", "412", 412, EX, "count", CAS, N, "injured", R, U, A, U, A),
    ("318 of them civilians", "318", 318, EX, "count", CAS, N, "injured", R, U, A, U, A, True),  # subset
    ("Among the civilians were 37 children", "37", 37, EX, "count", CAS, N, "injured", R, U, A, U, A, True),  # subset
    ("Twenty-nine of our patients died", "Twenty-nine", 29, EX, "count", CAS, N, "killed", A, U, A, U, A),
    ("when two Russian Iskander-M missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, A, U, Dp),
    ("the strike killed 14 people", "14", 14, EX, "count", CAS, N, "killed", R, U, U, U, Dp),
    ("14 people and injured 96", "96", 96, EX, "count", CAS, N, "injured", R, U, U, U, Dp),
    ('killed "up to 70" servicemen', "up to 70", 70, LE, "count", CAS, N, "killed", R, U, R, U, Dp),
    ("We took in 27 burn patients", "27", 27, EX, "count", CAS, N, "injured", R, U, A, U, Dp, True),  # subset
    ("burning nine people", "nine", 9, EX, "count", CAS, N, "injured", R, U, A, U, Dp),
    ("including two firefighters", "two", 2, EX, "count", CAS, N, "injured", R, U, A, U, Dp, True),  # subset
    ("shot down 1,310 Russian drones", "1,310", 1310, EX, "count", W, "drone", "shot_down", U, R, U, U, Dp),
    ("killed 187 civilians in the region", "187", 187, EX, "count", CAS, N, "killed", R, U, U, U, Dp),
    ("in 2027 and injured 1,022", "1,022", 1022, EX, "count", CAS, N, "injured", R, U, U, U, Dp),
    ("• 412 patients admitted", "412", 412, EX, "count", CAS, N, "injured", R, U, A, U, A, True),  # fact box
    ("• 318 civilians, 94 servicemen", "318", 318, EX, "count", CAS, N, "injured", R, U, A, U, A, True),  # fact box
    ("318 civilians, 94 servicemen", "94", 94, EX, "count", CAS, N, "injured", R, U, A, U, A, True),  # fact box, subset
    ("• 37 children", "37", 37, EX, "count", CAS, N, "injured", R, U, A, U, A, True),  # fact box
    ("• 29 deaths", "29", 29, EX, "count", CAS, N, "killed", A, U, A, U, A, True),  # fact box
    ("a $1.2 million grant", "$1.2 million", 1200000, EX, "usd", ECO, N, A, A, A, A, A, A),
    ("added 18 million hryvnias", "18 million", 18000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("injured two of our nurses", "two", 2, EX, "count", CAS, N, "injured", R, U, A, U, Dp),
    ("have damaged 1,940 health facilities", "1,940", 1940, EX, "count", INF, N, A, A, U, U, U, N),
    ("since February 2022 and destroyed 236", "236", 236, EX, "count", INF, N, A, A, U, U, U, N),
    ("killed 231 medical workers", "231", 231, EX, "count", CAS, N, "killed", R, U, U, U, N),
])
any_(d, [
    ("plywood where two of the windows", "two"),
    ("The centre's 36 beds", "36"),
    ("it had 24. Nurses", "24"),
    ("two surgeons from Lviv", "two"),
    ("Eleven of them needed a ventilator", "Eleven"),
    ("• 1,140 operations", "1,140"),
    ("burns over more than 60% of his body", "more than 60%"),
    ("grafts for 61 patients", "61"),
    ("blew out about 40 windows", "about 40"),
    ("more than 2,300 attacks on health care", "more than 2,300"),
])

# ---------------------------------------------------------------- s04 OSINT thread, Alabuga
d = "s04_osint_thread_alabuga_drone_plant.txt"
# A thread-unroll page of an OSINT imagery analyst's 14 posts on a Ukrainian drone strike on the
# Alabuga special economic zone near Yelabuga (Tatarstan: region `*`, country Russia). The
# analyst's voice has claimant_side `*`; Russia's MoD and Tatarstan's head speak for Russia;
# Ukraine's General Staff, the SBU, HUR and the Air Force for Ukraine. The MoD: 47 drones shot down
# over nine regions (region None), "including 6 over Tatarstan" (a breakdown by place: required);
# "up to six" attacked the zone and two workers injured (Tatarstan's head; actor Ukraine); "about
# 30" drones launched (General Staff), "at least 11" of them hit buildings (the SBU: a different
# action on part of the total, required, action `*`); "at least 3 buildings" damaged (imagery:
# infrastructure, action and actor `*`, target Russia). The Air Force: 5,860 drones and 88
# missiles launched in November (region None), "about 3,400" strike drones (a type within the
# total: required), 5,120 shot down or suppressed; HUR's "about 8,000" in reserve (action `*`,
# country and region `*`). "at least 2 Pantsir-S1 systems and one Tor-M2" moved into the zone
# (deployed; "one" qualifier `*`); the MoD's "up to 15" Liutyi drones destroyed at a launch site
# in Sumy region; the April 2024 strike's 12 injured (Tatarstan authorities: required). Post 13's
# "11-drone figure" restates (optional). Debatable: "roughly 1,200 km", "nine regions", "~30 m",
# "roughly 40,000 m²", the production estimates ("~2,700–3,000", "~330", "about 3,100"), the
# strike table's cells, "an estimated 25,000 people", "~1,000 foreign workers". Non-claims:
# "4–5 December", Geran-2, Shahed-136, An-196, "5 Dec", "11:40", 2025, "autumn 2027", "mid-2024",
# Pantsir-S1, Tor-M2, Iskander-M, "Friday", "4th strike", "April 2024", "as young as 16",
# "Tuesday", the post numbers "1/" to "14/", and the furniture ("14 posts", "7 min read", "3
# Tu-95MS", "21 October", "© 2027").
rows(d, [
    ("shot down 47 Ukrainian drones overnight", "47", 47, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("including 6 over Tatarstan", "6", 6, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ('said "up to six" drones attacked the zone', "up to six", 6, LE, "count", W, "drone", "launched", U, R, R, R, A),
    ("two workers were slightly injured", "two", 2, EX, "count", CAS, N, "injured", U, R, R, R, A),
    ("involved about 30 long-range strike drones", "about 30", 30, APX, "count", W, "drone", "launched", U, R, U, R, A),
    ('"at least 11" of them hit production buildings', "at least 11", 11, GE, "count", W, "drone", A, U, R, U, R, A),
    ("damage to at least 3 buildings", "at least 3", 3, GE, "count", INF, N, A, A, R, A, R, A),
    ("launched 5,860 Shahed-type drones", "5,860", 5860, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 88 missiles against Ukraine in November", "88", 88, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("of which about 3,400 were strike drones", "about 3,400", 3400, APX, "count", W, "drone", "launched", R, U, U, U, N),
    ("says 5,120 of the November drones", "5,120", 5120, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("a reserve of about 8,000 Shahed-type drones", "about 8,000", 8000, APX, "count", W, "drone", A, R, A, U, A, A),
    ("moved at least 2 Pantsir-S1 systems", "at least 2", 2, GE, "count", W, "air_defense", "deployed", R, A, A, R, A),
    ("and one Tor-M2 into the zone", "one", 1, A, "count", W, "air_defense", "deployed", R, A, A, R, A),
    ('destroyed "up to 15" Liutyi drones', "up to 15", 15, LE, "count", W, "drone", "destroyed", R, U, R, U, Sm),
    ("said 12 people were injured then", "12", 12, EX, "count", CAS, N, "injured", U, R, R, R, A),
    ("the SBU's 11-drone figure", "11", 11, A, "count", W, "drone", A, U, R, A, R, A, True),  # restatement
])
any_(d, [
    ("roughly 1,200 km from the front", "roughly 1,200"),
    ("over nine regions", "nine"),
    ("a roof breach ~30 m across", "~30"),
    ("roughly 40,000 m² added", "roughly 40,000"),
    ("turning out ~2,700–3,000 Geran-2 a month", "~2,700–3,000"),
    ("up from ~330 a month", "~330"),
    ('puts it at "about 3,100"', "about 3,100"),
    ("| 2 | 1", "2"),
    ("| 2 | 1", "1"),
    ("Jun 2025 | 6", "6"),
    ("| 6 | 2", "2"),
    ("Sep 2026 | 9", "9"),
    ("| 9 | 2", "2"),
    ("Dec 2027 | ~30", "~30"),
    ("| 3+", "3"),
    ("employs an estimated 25,000 people", "25,000"),
    ("including ~1,000 foreign workers", "~1,000"),
])

# ---------------------------------------------------------------- s05 Lithuanian threat assessment
d = "s05_lithuania_threat_assessment_border_forces.txt"
# A Baltic news site (Baltic Wire) on Lithuania's intelligence services' annual threat assessment.
# The services (VSD, AOTD) and their director ("we", "our") are not a side (claimant_side `*`);
# Ukraine's General Staff speaks for Ukraine; Russia's Defence Ministry for Russia. The director's
# quote is repeated after the General Staff paragraph (no numbers in it). The bullet list of
# Russian forces near Lithuania (deployed, actor Russia, target `*`): Kaliningrad "about 11,000"
# troops and "some 10 Iskander-M launchers" (weapon_type `*`; region `*`), Leningrad "about 6,000"
# troops and "some 150 tanks" (region Leningrad), Pskov "some 8,000" paratroopers (region `*`),
# Belarus "up to 3,000" troops and "about 20 combat aircraft" (country and region `*`); the Baltic
# Fleet's 48 warships and submarines (ship, action `*`). Russia: "about 390,000" contract soldiers
# recruited in 2027 (personnel, action `*`, country Russia, region None), "about 1.5 million"
# active personnel (action `*`, country `*`). Losses: "about 1.4 million killed and wounded"
# (casualties, action and actor `*`, target Russia, country `*`), "some 420,000" killed ("Of these":
# a subset of the same casualties, optional), "more than 3,600 tanks" lost (action `*`), "about
# 1,900 missiles" fired at Ukraine (region None); the General Staff's 1,523,000 (action `*`). Two
# Gerbera drones entered Lithuanian airspace (action, target, country `*`). The ministry's "more
# than 40,000 troops" massed by NATO (actor `*`, target Russia). The German brigade's "about 4,800
# troops" is planned (optional); the subhead's "about 11,000" restates (optional). Debatable: "two
# intelligence services", "roughly half", "four more", "roughly 32,000 a month", "1,500 tanks"
# and "fewer than 300" (production), "one of which crashed", "more than 17" cases, "more than 2,800
# flights", "5.5% of GDP". Non-claims: "7 December 2027", "12:31", "💬 48", "a year ago",
# "Tuesday", "pre-2022", "44th Army Corps", "76th Air Assault Division", Iskander-M, 2027,
# "February 2022", "6 December", "July", 2024, 2028, Patriot PAC-3, 2029, and the furniture ("two
# more border crossings", "5 maps", "5.4%", "12,500 readers", "Gedimino pr. 9", "305118842").
rows(d, [
    ("Moscow has about 11,000 troops in Kaliningrad", "about 11,000", 11000, APX, "count", PER, N, "deployed", R, A, A, R, A, True),  # subhead
    ("Kaliningrad region: about 11,000 troops", "about 11,000", 11000, APX, "count", PER, N, "deployed", R, A, A, R, A),
    ("with some 10 Iskander-M launchers", "some 10", 10, APX, "count", W, A, "deployed", R, A, A, R, A),
    ("Leningrad region: about 6,000 troops", "about 6,000", 6000, APX, "count", PER, N, "deployed", R, A, A, R, Le),
    ("and some 150 tanks in newly formed units", "some 150", 150, APX, "count", W, "tank", "deployed", R, A, A, R, Le),
    ("some 8,000 paratroopers", "some 8,000", 8000, APX, "count", PER, N, "deployed", R, A, A, R, A),
    ("up to 3,000 Russian troops", "up to 3,000", 3000, LE, "count", PER, N, "deployed", R, A, A, A, A),
    ("and about 20 combat aircraft", "about 20", 20, APX, "count", W, "aircraft", "deployed", R, A, A, A, A),
    ("operates 48 warships and submarines", "48", 48, EX, "count", W, "ship", A, R, A, A, R, A),
    ("recruited about 390,000 contract soldiers", "about 390,000", 390000, APX, "count", PER, N, A, R, A, A, R, N),
    ("number about 1.5 million active personnel", "about 1.5 million", 1500000, APX, "count", PER, N, A, R, A, A, A, A),
    ("at about 1.4 million killed and wounded", "about 1.4 million", 1400000, APX, "count", CAS, N, A, A, R, A, A, A),
    ("some 420,000 are estimated to have been killed", "some 420,000", 420000, APX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("lost more than 3,600 tanks", "more than 3,600", 3600, GE, "count", W, "tank", A, A, R, A, A, A),
    ("fired about 1,900 missiles at Ukraine", "about 1,900", 1900, APX, "count", W, "missile", "launched", R, U, A, U, N),
    ("1,523,000 Russian personnel losses", "1,523,000", 1523000, EX, "count", CAS, N, A, A, R, U, A, A),
    ("two Russian Gerbera decoy drones", "two", 2, EX, "count", W, "drone", A, R, A, A, A, A),
    ('"massed more than 40,000 troops"', "more than 40,000", 40000, GE, "count", PER, N, "massed", A, R, R, A, A),
    ("with about 4,800 troops, to be fully deployed", "about 4,800", 4800, APX, "count", PER, N, "deployed", A, A, A, A, A, True),  # planned
])
any_(d, [
    ("the country's two intelligence services", "two"),
    ("roughly half the pre-2022 level", "roughly half"),
    ("four more than a year ago", "four"),
    ("roughly 32,000 a month", "roughly 32,000"),
    ("an estimated 1,500 tanks delivered", "1,500"),
    ("fewer than 300 were newly built", "fewer than 300"),
    ("one of which crashed near Vilnius", "one"),
    ('"more than 17" cases of sabotage', "more than 17"),
    ("more than 2,800 flights", "more than 2,800"),
    ("spend 5.5% of GDP on defence", "5.5%"),
])

# ---------------------------------------------------------------- s06 North Korean shell trains
d = "s06_north_korea_shell_trains_khasan.txt"
# A rail-freight trade site (RailTrack Asia) on North Korean munitions moving to Russia by rail
# over the Tumen River bridge. South Korea's National Intelligence Service speaks for South Korea;
# HUR, the Air Force and "the regional governor" (of Kharkiv) for Ukraine; Russia's Defence
# Ministry for Russia; Open Rail Monitor (volunteers), the Hanbit Institute (a think tank) and a
# Russian trade journal are not sides. The NIS paragraph is repeated after the founder's quote.
# Deliveries (action, target, country, region `*`; actor North Korea): "more than 12 million"
# shells and rockets (broken across a line; weapon_type `*`), "about 250" missiles, "about 120"
# Koksan guns (artillery), "some 240" rocket launchers (mlrs), HUR's "closer to 300" missiles
# (qualifier `*`); Russia's "at least 10 air defence systems" handed to North Korea (actor
# Russia). The Air Force: 19 KN-23 fired by Russia (launched, region None), "shot down two of
# them" (a different action on part of the total: required); Kharkiv: seven killed, 42 injured.
# The ministry: "more than 40,000 rounds" fired and 23 artillery pieces destroyed (Kupiansk
# direction: Kharkiv). Troops: "Up to 12,000" deployed to Kursk (the article's voice), the NIS's
# "about 4,700 of them" killed or wounded (required, action and actor `*`, target North Korea),
# 6,000 engineers and 1,000 deminers sent (deployed). Money: "as much as $20 billion" (the think
# tank). The subhead's "more than 12 million rounds" restates (optional). Debatable: "up to 60
# wagons", the wagon table, "One hit a residential block", "about 1 million barrels", "500,000",
# "two sidings", "about 5 million tonnes a year". Non-claims: "11 December 2027", "8 min read",
# "single-track", 1959, "August 2023" (twice), KN-23, KN-24, M1989, M1991, 240mm, Patriot PAC-3,
# "17 November", "seven days", "late 2024", 2023, and the furniture ("3rd year", "2,000-km",
# "23,000 rail professionals", "10 Anson Road", "© 2027").
rows(d, [
    ("puts total shipments at more than 12 million rounds", "more than 12 million", 12000000, GE, "count", W, A, A, NK, A, SK, A, A, True),  # subhead
    ("shipped more than 12\nmillion artillery shells", "more than 12\nmillion", 12000000, GE, "count", W, A, A, NK, A, SK, A, A),
    ("supplied about 250 KN-23", "about 250", 250, APX, "count", W, "missile", A, NK, A, SK, A, A),
    ("about 120 M1989 Koksan", "about 120", 120, APX, "count", W, "artillery", A, NK, A, SK, A, A),
    ("some 240 M1991", "some 240", 240, APX, "count", W, "mlrs", A, NK, A, SK, A, A),
    ('count is "closer to 300"', "closer to 300", 300, A, "count", W, "missile", A, NK, A, U, A, A),
    ("at least 10 air defence systems", "at least 10", 10, GE, "count", W, "air_defense", A, R, A, SK, A, A),
    ("fired 19 KN-23 missiles", "19", 19, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down two of them", "two", 2, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("killing seven people", "seven", 7, EX, "count", CAS, N, "killed", R, U, U, U, Kh),
    ("and injuring 42", "42", 42, EX, "count", CAS, N, "injured", R, U, U, U, Kh),
    ('fired "more than 40,000 rounds"', "more than 40,000", 40000, GE, "count", W, A, "launched", R, U, R, U, Kh),
    ("destroyed 23 Ukrainian field artillery pieces", "23", 23, EX, "count", W, "artillery", "destroyed", R, U, R, U, Kh),
    ("Up to 12,000 North Korean troops", "Up to 12,000", 12000, LE, "count", PER, N, "deployed", NK, A, A, R, Ku),
    ("about 4,700 of them were killed or wounded", "about 4,700", 4700, APX, "count", CAS, N, A, A, NK, SK, R, Ku),
    ("sent 6,000 military engineers", "6,000", 6000, EX, "count", PER, N, "deployed", NK, A, SK, R, Ku),
    ("and 1,000 deminers", "1,000", 1000, EX, "count", PER, N, "deployed", NK, A, SK, R, Ku),
    ("as much as $20 billion", "as much as $20 billion", 20000000000, LE, "usd", ECO, N, A, A, A, A, A, A),
])
any_(d, [
    ("trains of up to 60 wagons", "up to 60"),
    ("August | 212", "212"),
    ("September | 248", "248"),
    ("October | 190", "190"),
    ("November | 236", "236"),
    ("One hit a residential block", "One"),
    ("about 1 million barrels", "about 1 million"),
    ("UN cap of 500,000", "500,000"),
    ("added two sidings", "two"),
    ("about 5 million tonnes a year", "about 5 million"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s47")
