"""Builds gold.jsonl for heldout61 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout61.make_gold

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
an earlier state ("from 431 in 2026") is optional. Bodies that are not sides (NATO, the EU,
NGOs, think tanks, volunteer monitors, companies, and states outside the vocabulary of sides
such as Germany or Belarus) have claimant_side `*`, and a sum or estimate they give keeps the
actor and target of what it counts; an outlet's or author's own voice has claimant_side `*`.
Damaged buildings and facilities are infrastructure with action and actor `*` (damaged and
destroyed alike). Deliveries to a side are weapons with action `*` and the supplier as actor
(`*` when the supplier is not a side), target, country and region `*`. Money in another currency
than the dollar has unit `*`; money received, paid, disbursed or spent in the past is required;
money damage is economic with actor and target `*`. Counts of places, incidents, cases and
claims, group sizes, shares and rates, distances, sizes and areas, prices and payments,
workforces and other population stocks, recipients of aid or care, vehicle and wagon counts,
and vague quantities ("a dozen") are debatable (`any_`); a table whose cells restate no sentence
is debatable cell by cell (its total row too). A side's army size is personnel with action `*`.
States outside the vocabulary of sides as country are `*`; the check's vocabulary of regions is
closed, so a region outside it (Krasnodar, for Novorossiysk) is `*`, and so is the region of a
figure that spans several regions or is not placed; a nationwide figure has region None. Dates,
times, durations ("over the past 24 hours", "six to eight weeks", "up to 13 weeks", "three weeks
ago"), ages ("aged 7 and 12", "she is 87"), ordinals ("the third year", "the sixth", "second-
largest", "item 2"), numbers inside names (Su-34, FAB-500, FAB-1500, Kh-101, Iskander-M, Leopard
2A6, Leopard 1A5, Leopard 2, Leopard 1, Marder 1A3, PzH 2000, MARS II, Project 636.3, B-261,
B-262, Project 22870, Magura V7, Group of Seven, 3rd Motor Rifle Division, 54th Separate
Mechanised Brigade, Captain 2nd Rank) and page furniture are not labelled; "one of them" is a
pronoun. A milblogger is a private voice (claimant_side `*` even when he writes "we"/"our" for
Russia); "the enemy" in his post is the other side.

Decided anew for this set:
- War-correspondent posts (s01): the enemy's "killed and wounded" and "losses" (personnel or
  equipment) have action `*` and, when no perpetrator is named, actor `*`; the depth of an
  advance ("advanced 3. 5 km in depth") is territory, unit km, action `*`; villages "liberated"
  and an area "taken under control" are seized; drones "brought down by electronic warfare" are
  shot_down like those shot down by fire; soldiers who surrendered (prisoners) are debatable,
  like captives; the blogger's own weekly summary list: items that restate his posts are
  optional, new items (his weekly loss estimate) required, "120+" is at_least; drones bought
  with subscribers' donations and handed to units are deliveries with actor `*` (as heldout48's
  city council and club); donations received are money received (required, country Russia); a
  fund-raising target is a plan (debatable here); a translator's note that quotes a figure back
  ('confirms the "up to 140"', '"3. 5 km" is copied') is a restatement (debatable); the denial
  "Not 1,320" is debatable; "two regiments" is a group size (debatable). DeepState and ISW have
  claimant_side `*`; a Ukrainian brigade speaks for Ukraine.
- Agriculture (s02): tonnes and hectares are not in the closed unit vocabulary, so unit `*`
  with the value in the unit stated ("139 thousand hectares" -> 139000); farmland contaminated
  by mines and farmland cleared and returned are required, category `*` (territory or economic)
  and unit `*`; grain and meal burned or destroyed (tonnes) and harvest losses (tonnes and money)
  are economic, required; the harvest total, export volumes, storage capacity ("9. 6 million
  tonnes") and machinery units are stocks, sizes or vehicle counts (debatable); a breakdown of a
  loss total by kind ("Of the direct losses, USD 2. 6 billion falls on ...") is a subset
  (optional); a period phrased as its own claim ("In 2027 alone, the enemy hit 23 elevators") is
  required. A percentage that measures a war effect is required: the share of arable land under
  occupation (territory, occupied, actor Russia) and the FAO's average income loss (economic);
  percentages that describe a programme or a comparison ("up to 80%", "12% more") stay
  debatable. Mine casualties on farmland have actor `*`, target Ukraine. The ministry (with the
  KSE Institute) and the State Emergency Service speak for Ukraine; the FAO for the United
  Nations. Money needed ("at least USD 480 million is needed") and applications under review
  are debatable.
- German aid (s03): Germany is not a side: deliveries have actor `*`, and the Federal Ministry of
  Defence, the Bundeswehr and the Kiel Institute have claimant_side `*`. Aid "provided" is money
  disbursed (required); money "committed" or "earmarked" is a pledge (optional); the Kiel
  Institute's "allocations" (including items not yet delivered) are debatable. A bullet list of
  deliveries that restates no sentence is required item by item (it is the claim, not a table of
  statistics); the breakdown of a delivery by origin ("three from Bundeswehr stocks") and
  ammunition rounds are debatable. Ukrainian soldiers trained abroad are personnel, action `*`,
  actor Ukraine (their side), target and country `*`; a training company's crews and soldiers are
  group sizes (debatable), but its trainees killed at the front are casualties (required, country
  Ukraine). "missiles and drones" shot down together have weapon_type `*`. Oryx counts (tanks
  "destroyed, damaged or captured") have action and actor `*`, target Ukraine; a cumulative claim
  placed nowhere (Russia's "more than 70 Leopards") has region `*`.
- City council after a strike (s04): windows smashed are infrastructure damage (required); cars
  damaged or burned out are vehicle counts (debatable); Invincibility Points, shelters opened,
  people sheltered or helped, rescuers, utility teams, volunteers and blood donors are counts of
  places, recipients or group sizes (debatable); the toll of an earlier, different strike named
  for comparison ("the Russian missile strike of 9 March 2027 ..., which killed 38 people") is
  a claim of its own (required; not an "earlier state" of the same figure). Dnipro lies in
  Dnipropetrovsk region; city districts are the location. The repeated damage paragraph and
  district list (a scraping artefact) are one claim each.
- Governor's report (s05): the governor speaks for Russia, "the Kyiv regime" and "the enemy" are
  Ukraine; HIMARS rockets and Storm Shadow missiles within a missile total are models within a
  weapon total (required, weapon_type missile); a per-day range ("between 150 and 200 drones a
  day") is a range; residents who "have left the border districts" are displacement (evacuated,
  actor `*`), those who returned are debatable; housing certificates (as a count) are cases
  (debatable) but the money they are worth is disbursed (required); buildings restored are
  debatable; members of volunteer detachments and territorial defence and men sent to the army
  under contract are personnel with action `*`, actor Russia; a quota fulfilment percentage is
  a rate (debatable). The editors' context box: Ukraine's strikes on "air defence systems,
  radars and electronic warfare stations" have weapon_type `*` and action `*` ("struck"); the
  box's restatement of the governor's drone figure is optional.
- Maritime OSINT newsletter (s06): ships and submarines moved from one base to another are
  deployed (actor Russia, target `*`); submarines are weapon_type ship; ships "sunk or damaged
  beyond economical repair" are destroyed, "destroyed or disabled" and "damaged and repaired" have
  action `*`; sea drones ("uncrewed boats") have weapon_type `*` (neither drone in flight nor
  ship) and, destroyed on the water, action destroyed; hulls seen in a harbour, a fleet's
  remaining frigates, ship visits and merchant ship calls are stocks or incidents (debatable).
  Sevastopol and the rest of occupied Crimea have region Crimea and country `*` (contested);
  figures at sea ("in the eastern Black Sea") or across several places have country `*`.
  Money approved for a naval base is planned spending (optional); the part of it already spent
  is required (a different fate on part of a total). The Russian-installed governor of
  Sevastopol and Novorossiysk's city administration speak for Russia; the Bucharest think tank is
  `*`. "not one merchant ship" is debatable.
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

Dn, Od, Zp, Dp, Ku, Su, Cr = (
    "Donetsk", "Odesa", "Zaporizhzhia", "Dnipropetrovsk", "Kursk", "Sumy", "Crimea"
)  # fmt: skip
AV = "armored_vehicle"

# fmt: off
# ---------------------------------------------------------------- s01 voenkor posts, Siversk
d = "s01_voenkor_siversk_telegram.txt"
# A translation site (Voenkor Watch) with a week of posts by a Russian war correspondent's
# Telegram channel (Severny Veter) on the Siversk axis, with the translator's notes. The blogger
# has claimant_side `*` ("our guys", "our aviation"); "the enemy" and "the Ukrainians" are
# Ukraine; Russia's Defence Ministry speaks for Russia, Ukraine's General Staff and the 54th
# Brigade for Ukraine, DeepState and ISW are `*`. Country Ukraine, region Donetsk throughout.
# Required: "up to 140" killed and wounded (losses: action and actor `*`), eight armoured vehicles
# burned with "two Bradleys" (a model within the total) and one tank (destroyed, actor Russia);
# two villages liberated (seized), "3. 5 km" advance (km, action `*`), "about 11" km² taken
# under control (seized); 36 guided bombs dropped; 97 drones launched at Russian positions, 63
# shot down and 34 brought down by EW (shot_down); the General Staff's 1,320 (losses, actor `*`,
# target Russia); the ministry's "up to 230" servicemen, two tanks and five armoured vehicles
# (losses: action `*`, actor `*`; list with a qualifier: the tanks and vehicles `*`); the weekly
# list's new items ("over 600" personnel, 6 tanks, 19 armoured vehicles, 11 guns, "120+" drones,
# "more than 200" guided bombs); 4.7 million roubles donated; 40 Mavic and 150 FPV drones handed
# over (deliveries, actor `*`); DeepState's "about 4.2" km² gained; the brigade's 17 armoured
# vehicles destroyed and "at least 90" killed; ISW's "roughly 3,000" troops committed
# (deployed). The weekly list's 2 villages, 3.5 km and "about 11 km²" restate (optional).
# Debatable: "roughly 540 thousand subscribers", "two-kilometre stretch", the note's "up to 140"
# and "3. 5", "Fifty-two" surrendered and "Prisoners: 52", "46 assaults", "Not 1,320", "three
# field ammunition depots", "a dozen thermal sights", the "3 million" target, "two regiments".
# Non-claims: "6–11 March 2028", "9 min read", the share counts, "POST 1" ... "POST 6", times and
# view counts ("👁 211K"), "last summer", "3rd Motor Rifle Division", "In four days", "in a week"
# (twice), "Su-34s", FAB-500, FAB-1500, "Over the past day", "Not a single one", "a tenth",
# "over the past 24 hours", "Next week", "end of March", "12 March", "54th", "10 March", "6
# March", and the furniture ("Nine posts", 2025, 2026, "14 screenshots", "12,800 readers", "€4 a
# month", "2022–2028").
rows(d, [
    ("lost up to 140 killed and wounded", "up to 140", 140, LE, "count", CAS, N, A, A, U, A, U, Dn),
    ("burned eight armoured vehicles", "eight", 8, EX, "count", W, AV, "destroyed", R, U, A, U, Dn),
    ("among them two Bradleys", "two", 2, EX, "count", W, AV, "destroyed", R, U, A, U, Dn),
    ("plus one tank that its crew abandoned", "one", 1, EX, "count", W, "tank", "destroyed", R, U, A, U, Dn),
    ("have liberated two villages", "two", 2, EX, "count", TER, N, "seized", R, U, A, U, Dn),
    ("advanced 3. 5 km in depth", "3. 5", 3.5, EX, "km", TER, N, A, R, U, A, U, Dn),
    ("took about 11 square kilometres", "about 11", 11, APX, "km2", TER, N, "seized", R, U, A, U, Dn),
    ("dropped 36 FAB-500", "36", 36, EX, "count", W, "guided_bomb", "launched", R, U, A, U, Dn),
    ("97 drones came at our positions", "97", 97, EX, "count", W, "drone", "launched", U, R, A, U, Dn),
    ("of which 63 were shot down", "63", 63, EX, "count", W, "drone", "shot_down", R, U, A, U, Dn),
    ("34 were brought down by electronic warfare", "34", 34, EX, "count", W, "drone", "shot_down", R, U, A, U, Dn),
    ('"the occupiers lost 1,320 personnel', "1,320", 1320, EX, "count", CAS, N, A, A, R, U, U, Dn),
    ("amounted to up to 230 servicemen", "up to 230", 230, LE, "count", CAS, N, A, A, U, R, U, Dn),
    ("230 servicemen, two tanks", "two", 2, A, "count", W, "tank", A, A, U, R, U, Dn),
    ("five armoured fighting vehicles", "five", 5, A, "count", W, AV, A, A, U, R, U, Dn),
    ("• Liberated: 2 villages", "2", 2, EX, "count", TER, N, "seized", R, U, A, U, Dn, True),  # restates
    ("• Advance: 3.5 km deep", "3.5", 3.5, EX, "km", TER, N, A, R, U, A, U, Dn, True),  # restates
    ("3.5 km deep, about 11 km²", "about 11", 11, APX, "km2", TER, N, "seized", R, U, A, U, Dn, True),  # restates
    ("Enemy losses: over 600 personnel", "over 600", 600, GE, "count", CAS, N, A, A, U, A, U, Dn),
    ("personnel, 6 tanks", "6", 6, A, "count", W, "tank", A, A, U, A, U, Dn),
    ("19 armoured vehicles, 11 guns", "19", 19, A, "count", W, AV, A, A, U, A, U, Dn),
    ("11 guns, 120+ drones", "11", 11, A, "count", W, "artillery", A, A, U, A, U, Dn),
    ("over 600 personnel, 6 tanks, 19 armoured vehicles, 11 guns, 120+ drones", "120+", 120, GE, "count", W, "drone", A, A, U, A, U, Dn),
    ("more than 200 guided bombs over the week", "more than 200", 200, GE, "count", W, "guided_bomb", "launched", R, U, A, U, Dn),
    ("you donated 4.7 million roubles", "4.7 million", 4700000, EX, A, ECO, N, A, A, A, A, R, A),
    ("40 Mavic quadcopters", "40", 40, EX, "count", W, "drone", A, A, A, A, A, A),
    ("and 150 FPV drones", "150", 150, EX, "count", W, "drone", A, A, A, A, A, A),
    ("Russian gains of about 4.2 km²", "about 4.2", 4.2, APX, "km2", TER, N, "seized", R, U, A, U, Dn),
    ("destroyed 17 Russian armoured vehicles", "17", 17, EX, "count", W, AV, "destroyed", U, R, U, U, Dn),
    ('killed "at least 90" attackers', "at least 90", 90, GE, "count", CAS, N, "killed", U, R, U, U, Dn),
    ("committed roughly 3,000 troops", "roughly 3,000", 3000, APX, "count", PER, N, "deployed", R, U, A, U, Dn),
])
any_(d, [
    ("roughly 540 thousand subscribers", "roughly 540 thousand"),
    ("on a two-kilometre stretch", "two"),
    ('confirms the "up to 140"', "up to 140"),
    ("Fifty-two Ukrainian soldiers surrendered", "Fifty-two"),
    ('[Note: "3. 5 km" is copied', "3. 5"),
    ("repelled 46 assaults", "46"),
    ("Not 1,320 and not even", "1,320"),
    ("three field ammunition depots", "three"),
    ("• Prisoners: 52", "52"),
    ("a dozen thermal sights", "a dozen"),
    ("Next target: 3 million", "3 million"),
    ("drawn from two regiments", "two"),
])

# ---------------------------------------------------------------- s02 agriculture ministry
d = "s02_agrarian_ministry_harvest_losses.txt"
# Ukraine's Ministry of Agrarian Policy and Food (translated officialese) on the sector's losses,
# grain storage destroyed, mined farmland and port strikes. The ministry (with the KSE Institute),
# the State Emergency Service, the deputy minister and the minister speak for Ukraine; Russia's
# Defence Ministry for Russia; the FAO for the United Nations. Country Ukraine; region None for
# nationwide figures, Odesa for the ports (Izmail lies there). Required: "exceed USD 11. 8
# billion" of direct losses (stray space kept), USD 73.4 billion indirect (estimated), 187
# elevators and storage facilities out of operation, 23 hit in 2027 and "9 of which" in Odesa
# region (breakdown by place), "about 139 thousand" hectares contaminated and "41.5 thousand"
# cleared (category and unit `*`), "UAH 1. 93 billion" paid, 136 killed and 289 injured by
# ordnance (actor `*`), 7.4 million tonnes and "about UAH 64 billion" of harvest losses, "About
# 18%" of arable land occupied, 14 port facilities, 62,000 and 28,000 tonnes destroyed, Russia's
# "up to 1,000" drones destroyed (its claim), the FAO's 38% income loss. Optional: the headline's
# 11. 8 billion and 139 thousand; the subsets 2. 6 and 4.1 billion, "41 tractor drivers", "Nine of
# the deaths". Debatable: "about 155,000 units", "9. 6 million tonnes", "one sixth", the table
# (cell by cell, the total row too), "up to 80%", "611 agricultural producers", "UAH 720
# million", "59.2 million tonnes", "31 times", "4.3 million tonnes", "12%", "30 km", "one in
# four", "USD 480 million", "25 thousand hectares", "at least 400 more farmers". Non-claims:
# "14.03.2028", "11:20", "Views: 2 184", "1 March 2028" (twice more), "24 February 2022", 2022,
# 2027, "the first two months", "January and February", "2 March", "February", 2028, and the
# furniture ("USD 41.92", "EUR 45.37", "+9°C", "5 key changes", "5. 4 million hectares", "0 800
# 500 232", "2015–2028").
rows(d, [
    ("the war exceed USD 11. 8 billion", "11. 8 billion", 11800000000, GE, "usd", ECO, N, A, A, A, U, U, N, True),  # headline
    ("139 thousand hectares of farmland still", "139 thousand", 139000, EX, A, A, N, A, A, A, U, U, N, True),  # headline
    ("stolen products) exceed USD 11. 8 billion", "11. 8 billion", 11800000000, GE, "usd", ECO, N, A, A, A, U, U, N),
    ("estimated at USD 73.4 billion", "73.4 billion", 73400000000, APX, "usd", ECO, N, A, A, A, U, U, N),
    ("USD 2. 6 billion falls on grain storage", "2. 6 billion", 2600000000, EX, "usd", ECO, N, A, A, A, U, U, N, True),  # subset
    ("USD 4.1 billion on agricultural machinery", "4.1 billion", 4100000000, EX, "usd", ECO, N, A, A, A, U, U, N, True),  # subset
    ("out of operation 187 grain elevators", "187", 187, EX, "count", INF, N, A, A, U, U, U, N),
    ("the enemy hit 23 elevators", "23", 23, EX, "count", INF, N, A, A, U, U, U, N),
    ("9 of which were in Odesa region", "9", 9, EX, "count", INF, N, A, A, U, U, U, Od),
    ("about 139 thousand hectares of agricultural land", "about 139 thousand", 139000, APX, A, A, N, A, A, A, U, U, N),
    ("41.5 thousand hectares have been surveyed", "41.5 thousand", 41500, EX, A, A, N, A, A, A, U, U, N),
    ("To date UAH 1. 93 billion has been paid", "1. 93 billion", 1930000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("has killed 136 people", "136", 136, EX, "count", CAS, N, "killed", A, U, U, U, N),
    ("and injured 289", "289", 289, EX, "count", CAS, N, "injured", A, U, U, U, N),
    ("among the dead are 41 tractor drivers", "41", 41, EX, "count", CAS, N, "killed", A, U, U, U, N, True),  # subset
    ("Nine of the deaths occurred", "Nine", 9, EX, "count", CAS, N, "killed", A, U, U, U, N, True),  # subset
    ("are estimated at 7.4 million tonnes", "7.4 million", 7400000, APX, A, ECO, N, A, A, A, U, U, N),
    ("worth about UAH 64 billion", "64 billion", 64000000000, APX, A, ECO, N, A, A, A, U, U, N),
    ("About 18% of the country's arable land", "About 18%", 18, APX, "percent", TER, N, "occupied", R, U, U, U, N),
    ("destroying or damaging 14 port facilities", "14", 14, EX, "count", INF, N, A, A, U, U, U, Od),
    ("and 62,000 tonnes of grain", "62,000", 62000, EX, A, ECO, N, A, A, A, U, U, Od),
    ("burned 28,000 tonnes of sunflower meal", "28,000", 28000, EX, A, ECO, N, A, A, A, U, U, Od),
    ("holding up to 1,000 FPV drones", "up to 1,000", 1000, LE, "count", W, "drone", "destroyed", R, U, R, U, Od),
    ("lost 38% of their income", "38%", 38, EX, "percent", ECO, N, A, A, A, UN, U, A),
])
any_(d, [
    ("about 155,000 units", "about 155,000"),
    ("capacity of 9. 6 million tonnes", "9. 6 million"),
    ("roughly one sixth", "one sixth"),
    ("Kharkiv | 44", "44"), ("44 | 2,130", "2,130"),
    ("Zaporizhzhia | 36", "36"), ("36 | 1,870", "1,870"),
    ("Kherson | 31", "31"), ("31 | 1,520", "1,520"),
    ("Donetsk | 29", "29"), ("29 | 1,410", "1,410"),
    ("Odesa | 21", "21"), ("21 | 1,240", "1,240"),
    ("Other oblasts | 26", "26"), ("26 | 1,430", "1,430"),
    ("Total | 187", "187"), ("187 | 9,600", "9,600"),
    ("compensates up to 80%", "up to 80%"),
    ("paid to 611 agricultural producers", "611"),
    ("another UAH 720 million", "720 million"),
    ("harvested 59.2 million tonnes", "59.2 million"),
    ("Chornomorsk and Izmail 31 times", "31"),
    ("4.3 million tonnes of agricultural products", "4.3 million"),
    ("12% more than a year earlier", "12%"),
    ("within 30 km of the front line", "30"),
    ("one in four had stopped", "one in four"),
    ("at least USD 480 million is needed", "480 million"),
    ("clear another 25 thousand hectares", "25 thousand"),
    ("at least 400 more farmers", "at least 400"),
])

# ---------------------------------------------------------------- s03 German broadcaster explainer
d = "s03_german_broadcaster_bundeswehr_explainer.txt"
# A German public broadcaster's English service (NFI) explains German military aid in Q&A form,
# with an interview. Germany is not a side: deliveries have actor, target, country and region
# `*`, and German bodies, the Kiel Institute and Oryx have claimant_side `*`; Ukraine's Air Force
# speaks for Ukraine, Russia's Defence Ministry for Russia. Required: "about €31. 5 billion"
# provided (stray space kept); the delivery list (14, 9, 5, 55, 4: air_defense); the Air Force's
# "more than 1,600" missiles and drones shot down (weapon_type `*`, region None); 18 Leopard 2A6,
# 146 Leopard 1A5 (tank), 120 Marder (armored_vehicle), 38 PzH 2000 (artillery), five MARS II
# (mlrs); Russia's "two" Leopards destroyed near Huliaipole (Zaporizhzhia) and "more than 70"
# (region `*`); Oryx's 41 and 19 (action and actor `*`); "More than 24,300" trained and "6. 4
# thousand" in 2027 (personnel, actor Ukraine); the trainer's "three" killed. Optional: "€11.5
# billion" committed, "roughly 200" promised, "about 9,800 of them", "1,150" and "about 900"
# (subsets), "€8. 5 billion" earmarked, "at least four more" promised. Debatable: the headline's
# "24,000", "€38.9 billion" allocations, "three" and "two" (origin of the Patriots), "more than
# 300,000 rounds", "above 90 per cent", "more than 20 sites", "36 crews", "144 soldiers", "about
# 400 soldiers", the restated "€11.5 billion", "about 600" Taurus. Non-claims: "21.03.2028",
# "07:48", "Six years", "the first", "next week's", "February 2022", "second-largest", "1 March
# 2028", "October 2022", Leopard 2A6, Leopard 1A5, "the end of February", Marder 1A3, PzH 2000,
# MARS II, "17 March", 2023, Leopard 2, Leopard 1, 2022, 2027, "six to eight weeks", "up to 13
# weeks", "last April", 2028, Group of Seven, and the furniture ("6°C", "DAX 21,904", "0.4%", "5
# points", "first 100 Lynx", "episode 212", "© 2028").
dlv = ("count", W, "air_defense", A, A, A, A, A, A)
rows(d, [
    ("worth about €31. 5 billion", "about €31. 5 billion", 31500000000, APX, A, ECO, N, A, A, A, A, A, A),
    ("committed a further €11.5 billion", "€11.5 billion", 11500000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # pledge
    ("IRIS-T SLM medium-range fire units: 14", "14", 14, EX, *dlv),
    ("IRIS-T SLS short-range launchers: 9", "9", 9, EX, *dlv),
    ("Patriot fire units: 5", "5", 5, EX, *dlv),
    ("anti-aircraft guns: 55", "55", 55, EX, *dlv),
    ("Skynex systems: 4", "4", 4, EX, *dlv),
    ("more than 1,600 Russian missiles and drones", "more than 1,600", 1600, GE, "count", W, A, "shot_down", U, R, U, U, N),
    ("delivered 18 Leopard 2A6", "18", 18, EX, "count", W, "tank", A, A, A, A, A, A),
    ("Of the roughly 200 Leopard 1A5 promised", "roughly 200", 200, APX, "count", W, "tank", A, A, A, A, A, A, True),  # pledge
    ("146 had reached Ukraine", "146", 146, EX, "count", W, "tank", A, A, A, A, A, A),
    ("sent 120 Marder 1A3", "120", 120, EX, "count", W, AV, A, A, A, A, A, A),
    ("38 PzH 2000", "38", 38, EX, "count", W, "artillery", A, A, A, A, A, A),
    ("five MARS II", "five", 5, EX, "count", W, "mlrs", A, A, A, A, A, A),
    ('destroyed "two Leopard tanks', "two", 2, EX, "count", W, "tank", "destroyed", R, U, R, U, Zp),
    ('"more than 70 Leopards"', "more than 70", 70, GE, "count", W, "tank", "destroyed", R, U, R, U, A),
    ("lists 41 Leopard 2", "41", 41, EX, "count", W, "tank", A, A, U, A, U, A),
    ("and 19 Leopard 1 tanks", "19", 19, EX, "count", W, "tank", A, A, U, A, U, A),
    ("More than 24,300 Ukrainian service members", "More than 24,300", 24300, GE, "count", PER, N, A, U, A, A, A, A),
    ("about 9,800 of them", "about 9,800", 9800, APX, "count", PER, N, A, U, A, A, A, A, True),  # subset
    ("6. 4 thousand soldiers completed courses", "6. 4 thousand", 6400, EX, "count", PER, N, A, U, A, A, A, A),
    ("among them 1,150 in air defence", "1,150", 1150, EX, "count", PER, N, A, U, A, A, A, A, True),  # subset
    ("about 900 tank crew members", "about 900", 900, APX, "count", PER, N, A, U, A, A, A, A, True),  # subset
    ("I know that three have been killed", "three", 3, EX, "count", CAS, N, "killed", A, U, A, U, A),
    ("earmarks €8. 5 billion", "€8. 5 billion", 8500000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # planned
    ('promised "at least four more"', "at least four", 4, GE, "count", W, "air_defense", A, A, A, A, A, A, True),  # promise
])
any_(d, [
    ("IRIS-T and 24,000 trainees", "24,000"),
    ("total allocations at €38.9 billion", "€38.9 billion"),
    ("three from Bundeswehr stocks", "three"),
    ("two financed by Germany", "two"),
    ("more than 300,000 rounds", "more than 300,000"),
    ("above 90 per cent", "90"),
    ("more than 20 sites", "more than 20"),
    ("we have 36 crews", "36"),
    ("that is 144 soldiers", "144"),
    ("about 400 soldiers in total", "about 400"),
    ("part of the €11.5 billion already committed", "€11.5 billion"),
    ("hold about 600", "about 600"),
])

# ---------------------------------------------------------------- s04 Dnipro council, missile strike
d = "s04_dnipro_council_missile_strike.txt"
# Dnipro City Council's press release after an overnight missile and drone strike. The council,
# its spokeswoman and the Air Force speak for Ukraine; Russia's Defence Ministry for Russia.
# Country Ukraine, region Dnipropetrovsk. The damage paragraph and the district list are repeated
# after READ ALSO (one claim each). Required: the Air Force's 4 Iskander-M, 12 Kh-101 and 27
# Shahed launched and 10 and 19 shot down; 11 killed and "Sixty-four" injured (actor `*`); 26
# multi-storey buildings, 43 private houses, two schools, 11 shops and cafes, "About 2,400"
# windows (infrastructure), the district breakdown (12/6, 9/15, 5/22: by place); "Ninety-six"
# relocated (evacuated); Russia's "up to 70" killed; the 2027 strike's 38 killed (actor Russia);
# the year's 63 killed and 318 injured (actor Russia). Optional: the headline's 11 and 64, "two
# children", "29" hospitalised, the UAH 45 million to be allocated. Debatable: "five of them in a
# grave condition", "74 cars", "9 of them burned out", "14 Invincibility Points", "312 city
# shelters", "about 2,900 people", "38 of them are children", "187 people", "More than 140
# rescuers", "22 utility teams", "60 volunteers", "UAH 50,000", "more than 300 donors".
# Non-claims: "20.04.2028, 09:40", "👁 15 672", "20 April", "09:00", "aged 7 and 12", "within a
# kilometre", "9 March 2027", 2028, "20 and 21 April", and the furniture ("1580", "+12°C", "4
# m/s", "8 social service centres", "3 steps", "75 Akademika Yavornytskoho Avenue", "49000", "©
# 2028").
rows(d, [
    ("Dnipro: 11 dead", "11", 11, EX, "count", CAS, N, "killed", A, U, U, U, Dp, True),  # headline
    ("11 dead, 64 injured", "64", 64, EX, "count", CAS, N, "injured", A, U, U, U, Dp, True),  # headline
    ("the enemy used 4 Iskander-M", "4", 4, EX, "count", W, "missile", "launched", R, U, U, U, Dp),
    ("12 Kh-101 cruise missiles", "12", 12, EX, "count", W, "missile", "launched", R, U, U, U, Dp),
    ("27 Shahed-type attack drones", "27", 27, EX, "count", W, "drone", "launched", R, U, U, U, Dp),
    ("destroyed 10 cruise missiles", "10", 10, EX, "count", W, "missile", "shot_down", U, R, U, U, Dp),
    ("and 19 drones; the rest", "19", 19, EX, "count", W, "drone", "shot_down", U, R, U, U, Dp),
    ("11 people are known to have been killed", "11", 11, EX, "count", CAS, N, "killed", A, U, U, U, Dp),
    ("among them two children aged", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Dp, True),  # subset
    ("Sixty-four residents were injured", "Sixty-four", 64, EX, "count", CAS, N, "injured", A, U, U, U, Dp),
    ("of whom 29 were hospitalised", "29", 29, EX, "count", CAS, N, "injured", A, U, U, U, Dp, True),  # subset
    ("damaged 26 multi-storey residential buildings", "26", 26, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("43 private houses, two schools", "43", 43, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("two schools, a kindergarten", "two", 2, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("and 11 shops and cafes", "11", 11, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("About 2,400 windows were smashed", "About 2,400", 2400, APX, "count", INF, N, A, A, U, U, U, Dp),
    ("Sobornyi district: 12 multi-storey", "12", 12, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("12 multi-storey buildings, 6 private", "6", 6, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("Tsentralnyi district: 9 multi-storey", "9", 9, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("9 multi-storey buildings, 15 private", "15", 15, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("Novokodatskyi district: 5 multi-storey", "5", 5, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("5 multi-storey buildings, 22 private", "22", 22, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("Ninety-six residents of the partially collapsed", "Ninety-six", 96, EX, "count", DIS, N, "evacuated", A, A, U, U, Dp),
    ("UAH 45 million will be allocated", "45 million", 45000000, EX, A, ECO, N, A, A, A, U, U, Dp, True),  # planned
    ('killed "up to 70" of them', "up to 70", 70, LE, "count", CAS, N, "killed", R, U, R, U, Dp),
    ("which killed 38 people", "38", 38, EX, "count", CAS, N, "killed", R, U, U, U, Dp),
    ("have killed 63 residents", "63", 63, EX, "count", CAS, N, "killed", R, U, U, U, Dp),
    ("and injured 318", "318", 318, EX, "count", CAS, N, "injured", R, U, U, U, Dp),
])
any_(d, [
    ("five of them in a grave condition", "five"),
    ("74 cars were damaged", "74"),
    ("9 of them burned out completely", "9"),
    ('deployed 14 "Invincibility Points"', "14"),
    ("All 312 city shelters", "312"),
    ("took in about 2,900 people", "about 2,900"),
    ("38 of them are children", "38"),
    ("already helped 187 people", "187"),
    ("More than 140 rescuers", "More than 140"),
    ("22 utility teams", "22"),
    ("and 60 volunteers", "60"),
    ("assistance of UAH 50,000", "50,000"),
    ("more than 300 donors", "more than 300"),
])

# ---------------------------------------------------------------- s05 Kursk governor's report
d = "s05_kursk_governor_annual_report.txt"
# A monitoring site (Russia Regions Monitor) publishes a translated transcript of the Kursk
# governor's annual report for 2027 to the Regional Duma, with deputies' questions and an
# editors' context box. The governor (and the Defence Ministry he cites) speak for Russia; in
# the box, Ukraine's General Staff and Sumy regional administration for Ukraine. Country Russia,
# region Kursk, except the Sumy figure. Required: 4,318 drones and 212 missiles shot down, "57
# HIMARS rockets" and "11 Storm Shadow" (models within the missile total), 1,040 more drones
# shot down by volunteers (actor Russia), "between 150 and 200" drones a day (a range), 61
# killed and 407 injured (actor Ukraine: "The Kyiv regime's attacks"), 3,120 moved and "about 121
# thousand" who left (evacuated), "14. 6 billion", 2.1 billion and "more than 40 billion"
# roubles paid, 6,240 buildings damaged and 1,130 destroyed (a different fate), "more than
# 3,400" volunteers, 6,000 territorial defence (list with a qualifier: `*`) and 1,150 sent under
# contract (personnel), "9. 8 billion" spent; the box's 38 systems struck and 94 killed in Sumy
# region. Optional: "five children", "486 of them children", the 12 billion planned, the box's
# 4,318. Debatable: "11,460 attacks", "27 villages", "15-kilometre", "more than 70 thousand"
# returned, "A dozen", "3,870 housing certificates", "20,000 roubles", "4,905" restored, "214
# settlements", "108 per cent", "Forty-one schools", "1,310 modular shelters", "160 kilometres",
# "more than 26,000 times". Non-claims: "4 April 2028", "12 min read", "👍 318 | 🔁 74", "3
# April", 2027 (often), "the third year", "a minute of silence", "for a single day", 2026,
# "August 2024", 2024, 2028, "three weeks ago", "she is 87", "item 2", and the furniture ("1,240
# readers", "2 April", "28 March", "2023–2028").
rows(d, [
    ("destroyed 4,318 Ukrainian unmanned aerial vehicles", "4,318", 4318, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku),
    ("as well as 212 missiles", "212", 212, EX, "count", W, "missile", "shot_down", R, U, R, R, Ku),
    ("including 57 HIMARS rockets", "57", 57, EX, "count", W, "missile", "shot_down", R, U, R, R, Ku),
    ("11 Storm Shadow cruise missiles", "11", 11, EX, "count", W, "missile", "shot_down", R, U, R, R, Ku),
    ("shot down another 1,040 drones", "1,040", 1040, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku),
    ("between 150 and 200 drones a day", "between 150 and 200", A, A, "count", W, "drone", "launched", U, R, R, R, Ku),
    ("attacks killed 61 civilians", "61", 61, EX, "count", CAS, N, "killed", U, R, R, R, Ku),
    ("including five children", "five", 5, EX, "count", CAS, N, "killed", U, R, R, R, Ku, True),  # subset
    ("and injured 407 people", "407", 407, EX, "count", CAS, N, "injured", U, R, R, R, Ku),
    ("In 2027, 3,120 people were moved", "3,120", 3120, EX, "count", DIS, N, "evacuated", A, A, R, R, Ku),
    ("486 of them children", "486", 486, EX, "count", DIS, N, "evacuated", A, A, R, R, Ku, True),  # subset
    ("about 121 thousand residents", "about 121 thousand", 121000, APX, "count", DIS, N, "evacuated", A, A, R, R, Ku),
    ("worth 14. 6 billion roubles", "14. 6 billion", 14600000000, EX, A, ECO, N, A, A, A, R, R, Ku),
    ("paid 2.1 billion roubles", "2.1 billion", 2100000000, EX, A, ECO, N, A, A, A, R, R, Ku),
    ("more than 40 billion roubles", "more than 40 billion", 40000000000, GE, A, ECO, N, A, A, A, R, R, Ku),
    ("damaged 6,240 residential buildings", "6,240", 6240, EX, "count", INF, N, A, A, R, R, R, Ku),
    ("of which 1,130 were destroyed", "1,130", 1130, EX, "count", INF, N, A, A, R, R, R, Ku),
    ("more than 3,400 residents of the region serve", "more than 3,400", 3400, GE, "count", PER, N, A, R, A, R, R, Ku),
    ("another 6,000 are in territorial defence", "6,000", 6000, A, "count", PER, N, A, R, A, R, R, Ku),
    ("We also sent 1,150 of our men", "1,150", 1150, EX, "count", PER, N, A, R, A, R, R, Ku),
    ("9. 8 billion roubles went to fortifications", "9. 8 billion", 9800000000, EX, A, ECO, N, A, A, A, R, R, Ku),
    ("For 2028, we plan 12 billion", "12 billion", 12000000000, EX, A, ECO, N, A, A, A, R, R, Ku, True),  # plan
    ("struck 38 Russian air defence systems", "38", 38, EX, "count", W, A, A, U, R, U, R, Ku),
    ("killing 94 civilians", "94", 94, EX, "count", CAS, N, "killed", R, U, U, U, Su),
    ("says 4,318 drones were downed", "4,318", 4318, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku, True),  # restates
])
any_(d, [
    ("11,460 attacks", "11,460"),
    ("residents of 27 villages", "27"),
    ("from the 15-kilometre zone", "15"),
    ("more than 70 thousand of them", "more than 70 thousand"),
    ("A dozen border villages", "A dozen"),
    ("issued 3,870 housing certificates", "3,870"),
    ("monthly payment of 20,000 roubles", "20,000"),
    ("4,905 have already been restored", "4,905"),
    ("restored power to 214 settlements", "214"),
    ("quota by 108 per cent", "108"),
    ("Forty-one schools", "Forty-one"),
    ("installed 1,310 modular shelters", "1,310"),
    ("over 160 kilometres of roads", "160"),
    ("more than 26,000 times", "more than 26,000"),
])

# ---------------------------------------------------------------- s06 Black Sea Fleet OSINT newsletter
d = "s06_black_sea_fleet_osint_newsletter.txt"
# A maritime OSINT e-mail newsletter (Pontic Watch, "our count", "we") on the Black Sea Fleet's
# losses and its move from Sevastopol to Novorossiysk. The newsletter and the Bucharest think
# tank have claimant_side `*`; the Ukrainian Navy, HUR (and its source) and the Air Force speak for
# Ukraine; Russia's Defence Ministry, Novorossiysk's administration and Sevastopol's
# Russian-installed governor for Russia. Required: "all five" submarines moved to Novorossiysk
# (deployed, country Russia, region `*`); 31 vessels sunk or written off (destroyed) and 17
# damaged and repaired (action `*`); the Navy's 38 (action `*`); Russia's 11 and "more than 40"
# uncrewed boats destroyed (weapon_type `*`); two sailors injured; HUR's "12 to 15" sea drones
# (a range); Russia's nine of 11 Neptune missiles shot down and the 11 launched, one killed
# (Sevastopol: region Crimea, country `*`); "at least 43" ships relocated to Novorossiysk and
# "another 9" elsewhere (country `*`); "about 30 billion" spent; 188 Kalibr launched in 2027; the
# Air Force's 27 Kalibr launched and 21 shot down (region None). Optional: "19 of them" (a
# subset), "82. 6 billion roubles" approved (planned), "431 in 2026" (earlier state).
# Debatable: "the last two of them", the table (cell by cell, the total row too), "about 14
# hulls", "52", "Only 2 of the fleet's 5", "1,460 ship calls", "not one merchant ship".
# Non-claims: "#117" (twice), "9 May 2028", "two of us" (the newsletter's staff), the section
# numbers "1." ... "6.", "6 May" (twice), Project 636.3, "the first time", 2014, B-261, B-262,
# "The sixth", "September 2023" (twice), "August 2024", "February 2022" (twice), "2nd Rank", "7
# May", "4–5 May", Magura V7, Project 22870, "48 hours", "28 April", "2 May", "April alone", 2027,
# 2026, "March 2028", "the summer of 2023", and the furniture ("6,480 readers", "1,912 of you",
# "$3 a month", "2023–2028").
shp = ("count", W, "ship")
rows(d, [
    ("moved all five of the Black Sea Fleet's", "five", 5, EX, *shp, "deployed", R, A, A, R, A),
    ("we count 31 Black Sea Fleet vessels", "31", 31, EX, *shp, "destroyed", U, R, A, A, A),
    ("plus 17 damaged and repaired", "17", 17, EX, *shp, A, U, R, A, A, A),
    ('"destroyed or disabled 38 ships', "38", 38, EX, *shp, A, U, R, U, A, A),
    ("accounted for 19 of them", "19", 19, EX, *shp, A, U, R, U, A, A, True),  # subset
    ('"destroyed 11 uncrewed boats"', "11", 11, EX, "count", W, A, "destroyed", R, U, R, A, A),
    ("said two sailors and a port worker", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, A),
    ('told us "12 to 15"', "12 to 15", A, A, "count", W, A, "launched", U, R, U, R, A),
    ("shot down nine of 11 Neptune", "nine", 9, EX, "count", W, "missile", "shot_down", R, U, R, A, Cr),
    ("nine of 11 Neptune missiles", "11", 11, EX, "count", W, "missile", "launched", U, R, R, A, Cr),
    ("said one person was killed", "one", 1, EX, "count", CAS, N, "killed", A, A, R, A, Cr),
    ("at least 43 Black Sea Fleet ships", "at least 43", 43, GE, *shp, "deployed", R, A, A, R, A),
    ("and another 9 to Azov Sea ports", "9", 9, A, *shp, "deployed", R, A, A, A, A),
    ("approved 82. 6 billion roubles", "82. 6 billion", 82600000000, EX, A, ECO, N, A, A, A, A, R, A, True),  # planned
    ("about 30 billion has already been spent", "about 30 billion", 30000000000, APX, A, ECO, N, A, A, A, A, R, A),
    ("destroyed more than 40 uncrewed boats", "more than 40", 40, GE, "count", W, A, "destroyed", R, U, R, A, A),
    ("fell to 188 in 2027", "188", 188, EX, "count", W, "missile", "launched", R, U, A, U, N),
    ("from 431 in 2026", "431", 431, EX, "count", W, "missile", "launched", R, U, A, U, N, True),  # earlier state
    ("recorded 27 Kalibr missiles", "27", 27, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("of which 21 were shot down", "21", 21, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
])
any_(d, [
    ("the last two of them", "two"),
    ("Landing ships | 8", "8"), ("8 | 5", "5"),
    ("Corvettes and patrol ships | 7", "7"), ("7 | 4", "4"),
    ("small missile ships | 6", "6"), ("6 | 3", "3"),
    ("Submarines | 1", "1"), ("1 | 2", "2"),
    ("Auxiliaries and tugs | 9", "9"), ("9 | 3", "3"),
    ("Total | 31", "31"), ("31 | 17", "17"),
    ("about 14 hulls", "about 14"),
    ("In February 2022 we counted 52", "52"),
    ("Only 2 of the fleet's 5", "2"),
    ("2 of the fleet's 5 remaining", "5"),
    ("handled 1,460 ship calls", "1,460"),
    ("not one merchant ship", "one"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s61")
