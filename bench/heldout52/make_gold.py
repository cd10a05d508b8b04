"""Builds gold.jsonl for heldout52 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout52.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (and through it heldout47, heldout46, heldout45,
heldout35, heldout27 and heldout33): headlines, subheads, fact boxes and later restatements are
optional; subsets introduced by "of whom", "among them", "including", "of them" are optional,
except a model or type within a weapon total; a breakdown of a total by place is required, and
so is a different action or fate on part of a total ("of which 24 were shot down", "104 of them
completely"); in a list with a qualifier only the qualified items keep it (the others `*`), a
list with no qualifier is exact; casualty sentences that name no perpetrator have actor `*`; a
range is one claim quoting the whole range; losses reported as "lost" have action `*`; drones
destroyed in flight are shot_down; pledges, promises, plans and planned spending are optional;
an earlier state ("up from $3.5 billion a year ago", "in the previous week there were 980") is
optional. Bodies that are not sides (NATO, the EU, NGOs, volunteer monitors, forums, companies,
sports bodies such as the IOC, and states outside the vocabulary of sides such as Finland,
Estonia, Lithuania and Belarus) have claimant_side `*`, and a sum or estimate they give keeps
the actor and target of what it counts; an outlet's or author's own voice has claimant_side
`*`. Damaged buildings and facilities are infrastructure with action and actor `*` (damaged and
destroyed alike). Money in another currency than the dollar has unit `*`; money received, paid
or disbursed is required. Counts of places, incidents, cases and claims, group sizes, shares and
rates, distances, sizes and areas, prices and payments, workforces and other population stocks,
recipients of aid or care, vehicle counts, and vague quantities are debatable (`any_`). A side's
personnel serving in its army are personnel with action `*`; missing, captive and wounded
people among them are debatable. States outside the vocabulary of sides as country are `*`, and
so is their region; the check's vocabulary of regions is closed, so a region outside it
(Poltava, Chernihiv, Kaliningrad) is `*`, and so is the region of a figure that spans several
regions or is not placed; a nationwide figure has region None. Dates, times, durations ("for
three days", "for 11 minutes", "over ten years", "Over these seven days"), ages ("Kostiuk, 31",
"Kravets, 27"), ordinals ("the second-highest", "a second wave", "47th", "the 300th one",
"number 318 on her list"), numbers inside names (Shahed-136, KAB-250, KAB-500, KAB-1500,
Iskander-M, Kh-101, Kh-59/69, Tu-95MS, Geran-3, Orlan-10, MiG-31, F-35, F-16, Mirage 2000, A320,
"School No. 9", "under-15", "Second World War") and page furniture are not labelled; "one of
them" is a pronoun.

Decided anew for this set:
- Cultural heritage (s01): damaged and destroyed cultural sites (churches, museums, libraries)
  are infrastructure (action and actor `*`, target the side whose sites they are), the part
  "destroyed outright" is a different fate (required) and the breakdown by region is required;
  the list of the same sites by type ("538 religious buildings ... 163 museums ... 347
  libraries") is a subset of a non-weapon total (optional), and so is UNESCO's own list by
  type. UNESCO is a United Nations agency: claimant_side United Nations. A volunteer heritage
  monitor is an NGO (`*`); its own, larger total is a claim of its own (required), the
  difference between the two lists ("74 entries") is debatable. Museum objects removed,
  evacuated or lost, books lost, windows shattered are counts of objects (debatable); cases of
  looted objects exhibited are cases (debatable); "at immediate risk" is vague (debatable). The
  cost of the damage is economic (required); the estimated cost of restoring the sites over
  years is a forecast (optional, like planned spending); money received is required. Russia's
  culture ministry speaks for Russia. Cultural workers killed, most of them as soldiers, are
  casualties with actor `*`; "Nineteen were killed in strikes" is a subset (optional).
- Environment (s02): areas burned, contaminated, mined or to be replanted (hectares) are
  areas (debatable); fires and wildfires are incidents (debatable); tonnes of dead fish,
  sampling points, samples over the limit and pollution multiples ("up to 40 times") are
  debatable. Environmental damage assessed in money, and damages claimed before a claims
  commission, are economic (required). A total for a single year stated in a sentence of its
  own ("For 2027 alone ... 318 billion hryvnias") is a claim of its own (required), not a
  subset; a conversion in brackets is optional. Volumes of fuel burned or leaked after a strike
  (cubic metres) are economic with unit m3 and action, actor and target `*`. Fuel tanks
  destroyed at a depot are infrastructure (the depot's 16 tanks are a stock: debatable).
  Figures that do not quantify the war are not claims and are not labelled: the peacetime
  wildfire baseline of 2021, the country's forest cover and its share, the inspectorate's
  ordinary inspections, fines, fine money and staff.
- Baltic and Nordic airspace (s03): Finland, Estonia and Lithuania are not sides (country and
  region `*`; their ministries, armies, border guards and crisis centres, the forum, Finnair
  and airBaltic have claimant_side `*`). Drones sighted near airports and bases, or crossing
  from Belarus or "from the Russian side", with no stated operator are weapons (drone) with
  action, actor and target `*`; drones the text calls Russian have actor Russia. Russian
  military aircraft entering a NATO state's airspace are weapons (aircraft) with action `*`,
  actor Russia; NATO air-policing "interceptions" (identified and escorted, not fired upon)
  are not shot_down: action, actor and target `*`. Russia's repetition of the same count ("the
  three aircraft") is a restatement (optional). Airports closed are infrastructure (required,
  as the spec says); the number of closures, the hours closed, days with interference, flights
  affected, pilots' reports, aborted landings and NATO exercises are incidents, durations or
  vehicle counts (debatable). Electronic-warfare complexes deployed are weapons with
  weapon_type `*`, action deployed, actor Russia, country Russia; "four of them near Kingisepp"
  is a breakdown by place (required). An airline's cost of reroutings is economic (required);
  money a government has set aside is planned spending (optional). Figures unrelated to the
  war (an airport's passengers and their growth) are not labelled.
- Sports (s04): "Russia's war has killed at least 647 athletes" names the perpetrator (actor
  Russia); the split "Of them, 489 ... 158" is a subset (optional). A serving athlete's claim
  of her drone crew's kills speaks for Ukraine (claimant_side Ukraine: she serves in its army).
  Money the IOC gave, as reported by the ministry, is money received (required; the ministry is
  the claimant, claimant_side Ukraine). Facilities the ministry "plans to restore" are a plan
  (optional). Athletes in an adaptive-sport programme and children at camps are recipients of
  care (debatable); the Olympic team's size is not about the war (not labelled); live scores
  are furniture.
- Animal refuge (s05): animals are not people: counts of animals (howling, moved, remaining,
  killed, taken in) and trips are debatable, and so are the refuge's staff and volunteers and
  the residents who remain. "The village was hit by 14 glide bombs" counted by a local official
  is launched (used against it), actor Russia. Donations received by the refuge and money its
  crowdfunding collected are money received (required, claimant_side `*`: private people);
  running costs are prices (debatable). Two houses hit are infrastructure (required). People
  who left under a mandatory evacuation order are displacement, action evacuated, actor `*`.
- Briefing transcript (s06): the speaker labels (TKACHUK, POLIAKOVA, journalists) are not
  part of a claim; the Air Force spokesperson speaks for Ukraine, also for the State Emergency
  Service's toll he cites. A figure a journalist attributes to Russia in a question
  ("Russia's Defence Ministry said ... two Patriot launchers ... 412 Ukrainian drones") is a
  claim with claimant_side Russia (required); a journalist's repetition of the spokesperson's
  figure ("You said 1,312 drones") and the spokesperson's own reference back ("Of the 14
  ballistic missiles") are restatements (optional). Drones "locally lost" (suppressed by
  electronic warfare) are a different fate on part of the total: action `*`, actor Ukraine,
  target Russia (required). Missiles and drones whose "hits ... were recorded" (those that got
  through) are a different fate: action `*`, actor Russia (required). The bombers that carried
  the missiles (Tu-95MS) are aircraft with action `*`, actor Russia, target, country and region
  `*`. Interceptions credited to aviation are a subset of those shot down (optional). Launch
  shares, production rates, speeds, "all 38 designated targets" and the rhetorical "three
  times" are debatable.
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

Kh, Do, Ks, Ky, Od, Zp = "Kharkiv", "Donetsk", "Kherson", "Kyiv", "Odesa", "Zaporizhzhia"
Dn, Su, Le, Lv = "Dnipropetrovsk", "Sumy", "Leningrad", "Lviv"

# fmt: off
# ---------------------------------------------------------------- s01 heritage monitor tally
d = "s01_heritage_monitor_cultural_sites.txt"
# A Ukrainian culture news site (Kultura.Front) on the joint tally of the Ministry of Culture
# and the volunteer Pamiat Heritage Monitor. The ministry (also "it", "the ministry said") and
# the regional military administration speak for Ukraine; UNESCO for the United Nations; the
# monitor and its coordinator Kostiuk are `*`; Russia's Defence Ministry and Russia's culture
# ministry speak for Russia. Country Ukraine, region None unless placed. Required: 1,487 sites
# (the joint tally: Ukraine), 412 destroyed outright, the regional breakdown (263, 241, 198,
# 104), UNESCO's 519, $4.3 billion of damage, "about $210 million" received, "At least 126"
# cultural workers killed (actor `*`), the Lypky strike (two injured, actor `*`; 31 drones
# launched, 24 shot down), "at least 40" guided bombs on Kupiansk, Russia's four Iskander-M at
# Odesa, Russia's 27 churches (Belgorod and Kursk: region `*`, target Russia), the monitor's
# 1,561. Optional: the headline, "stood at 1,322", the lists by type (538, "at least 17", 163,
# 347, 58; UNESCO's 196, 41, 33, 18), "$3.5 billion a year ago", "at least $9 billion" over
# ten years, "Nineteen". Debatable: "a third", "ten and twenty" entries a week, "about 2,400"
# and 3,100 exhibits, 46 windows, "about 15,000" volumes, "more than 1.7 million" objects, 34
# cases, 74 entries, 23 volunteers, 640 sites visited, "Up to 30" churches at risk, "15" km.
# Non-claims: "14 March 2028", "11:20", "15:05", "8 min read", "👁 12 604", "💬 47", "February
# 2022", "Kostiuk, 31", "Three years ago", "the first five weeks", "two independent sources",
# "ten years", "2 March", 1781, "27 February", 2023, "1890s", "19 February", "nine days", "8
# February", "November 2022", 2024, "Two lists, one core" (a subhead), "Second World War",
# Shahed-136, KAB-500, KAB-1500, Iskander-M, and the furniture ("100 UAH", "300 stained-glass
# windows", "2 min", "The 12th exhibit", "ep. 48", "18,000 readers", "1,140 patrons",
# "2019–2028", "R40-01937", "16+").
rows(d, [
    ("Monitor: 1,487 cultural sites", "1,487", 1487, EX, "count", INF, N, A, A, U, U, U, N, True),  # headline
    ("have damaged or destroyed 1,487 sites", "1,487", 1487, EX, "count", INF, N, A, A, U, U, U, N),
    ("Of the total, 412 were destroyed outright", "412", 412, EX, "count", INF, N, A, A, U, U, U, N),
    ("stood at 1,322", "1,322", 1322, EX, "count", INF, N, A, A, U, U, U, N, True),  # earlier state
    ("Kharkiv accounts for 263 of the sites", "263", 263, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("Donetsk for 241", "241", 241, EX, "count", INF, N, A, A, U, U, U, Do),
    ("and Kherson for 198", "198", 198, EX, "count", INF, N, A, A, U, U, U, Ks),
    ("of the invasion, has 104", "104", 104, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("the list includes 538 religious buildings", "538", 538, A, "count", INF, N, A, A, U, U, U, N, True),  # subset by type
    ("but also at least 17 synagogues", "at least 17", 17, GE, "count", INF, N, A, A, U, U, U, N, True),  # subset
    ("as well as 163 museums", "163", 163, A, "count", INF, N, A, A, U, U, U, N, True),  # subset by type
    ("347 libraries", "347", 347, A, "count", INF, N, A, A, U, U, U, N, True),  # subset by type
    ("58 theatres and concert halls", "58", 58, A, "count", INF, N, A, A, U, U, U, N, True),  # subset by type
    ("has verified damage to 519 of the sites", "519", 519, EX, "count", INF, N, A, A, U, UN, U, N),
    ("519 of the sites: 196 religious sites", "196", 196, EX, "count", INF, N, A, A, U, UN, U, N, True),  # subset
    ("41 museums, 33 monuments", "41", 41, EX, "count", INF, N, A, A, U, UN, U, N, True),  # subset
    ("33 monuments", "33", 33, EX, "count", INF, N, A, A, U, UN, U, N, True),  # subset
    ("18 libraries and the rest", "18", 18, EX, "count", INF, N, A, A, U, UN, U, N, True),  # subset
    ("the cost of the damage at $4.3 billion", "$4.3 billion", 4300000000, EX, "usd", ECO, N, A, A, A, U, U, N),
    ("up from $3.5 billion a year ago", "$3.5 billion", 3500000000, EX, "usd", ECO, N, A, A, A, U, U, N, True),  # earlier state
    ("would take at least $9 billion", "at least $9 billion", 9000000000, GE, "usd", ECO, N, A, A, A, U, U, N, True),  # forecast
    ("Only about $210 million has been received", "about $210 million", 210000000, APX, "usd", ECO, N, A, A, A, U, U, N),
    ("At least 126 cultural workers", "At least 126", 126, GE, "count", CAS, N, "killed", A, U, U, U, N),
    ("Nineteen were killed in strikes", "Nineteen", 19, EX, "count", CAS, N, "killed", A, U, U, U, N, True),  # subset
    ("Two parishioners who tried", "Two", 2, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("launched 31 drones at the region", "31", 31, EX, "count", W, "drone", "launched", R, U, U, U, Kh),
    ("of which 24 were shot down", "24", 24, EX, "count", W, "drone", "shot_down", U, R, U, U, Kh),
    ("had dropped at least 40 KAB-500", "at least 40", 40, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("in Odesa with four Iskander-M missiles", "four", 4, EX, "count", W, "missile", "launched", R, U, R, U, Od),
    ("had damaged 27 Orthodox churches", "27", 27, EX, "count", INF, N, A, A, R, R, R, A),
    ("it lists 1,561 sites", "1,561", 1561, EX, "count", INF, N, A, A, U, A, U, N),
])
any_(d, [
    ("has verified just over a third", "a third"),
    ("between ten and twenty new entries", "ten and twenty"),
    ("about 2,400 of its 3,100 exhibits", "about 2,400"),
    ("of its 3,100 exhibits", "3,100"),
    ("shattered 46 windows", "46"),
    ("lost about 15,000 volumes", "about 15,000"),
    ("removing more than 1.7 million museum objects", "more than 1.7 million"),
    ("has documented 34 cases", "34"),
    ("The difference is 74 entries", "74"),
    ("The monitor's 23 volunteers", "23"),
    ("have visited 640 sites", "640"),
    ("Up to 30 wooden churches", "Up to 30"),
    ("within 15 km of the front line", "15"),
])

# ---------------------------------------------------------------- s02 ecology inspectorate
d = "s02_ecology_inspectorate_war_damage.txt"
# An environmental news site (Zelenyi Front) on the State Environmental Inspectorate's annual
# assessment of war damage. The inspectorate and its head, the regional military
# administrations and the regional forestry office speak for Ukraine; Russia's Ministry of
# Natural Resources for Russia. Country Ukraine. Required: 2.6 trillion hryvnias since 2022
# (the subhead restates it, the bracketed "about $62 billion" is tolerated: both optional), 318
# billion for 2027, the Kakhovka dam's 146 billion (Kherson), "more than 1,300" drones at
# Kharkiv region, "Fourteen" forest workers and firefighters killed (actor `*`: "by shelling and
# mines"), the depot strike (Dnipropetrovsk): 23 drones and two missiles launched, 19 shot down,
# "Eleven" tanks destroyed, "about 9,300" and "up to 1,700" cubic metres of fuel, two
# firefighters killed and five injured (actor `*`: "a second wave of drones"), "About 1,100"
# evacuated, 7.4 billion hryvnias claimed; Russia's "exceeded 1.4 billion roubles" (Belgorod,
# Kursk, Bryansk: region `*`). Optional: the subhead, "$62 billion", "about 150 million" for
# replanting (planned). Debatable: the hectares (headline "41,000", "about 41,000", "6,800",
# "Roughly 1.2 million", "2,300", "2,000"), the fires (3,214, "at least 640", 94), the depot's
# 16 tanks, "two nearby villages", 112 points, 78 samples, "up to 40 times", "about 12 tonnes",
# "28 km". Not labelled (not about the war): "5,600 hectares" in 2021, "about 9.6 million
# hectares", "16%", 6,430 inspections, 4,120 fines, "212 million hryvnias", 1,870 inspectors,
# "2,300 in 2021". Non-claims: "2 April 2028", "09:00", "7 min read", "💬 38", "February 2022",
# "June 2023", 2021, 2027, "for three days" (twice), "Pavlenko, 44", "17 November", Shahed,
# Kh-101, "a second wave", and the furniture ("9,800 subscribers", "120 kW in 30 days", "♥ 214",
# "five years on", "2.1 million trees", "50 UAH", "2,400 supporters", "01033", "12 Velyka
# Vasylkivska St.", "2018–2028").
rows(d, [
    ("since 2022 at 2.6 trillion hryvnias", "2.6 trillion", 2600000000000, EX, A, ECO, N, A, A, A, U, U, N, True),  # subhead
    ("February 2022 at 2.6 trillion hryvnias", "2.6 trillion", 2600000000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("(about $62 billion)", "about $62 billion", 62000000000, APX, "usd", ECO, N, A, A, A, U, U, N, True),  # conversion
    ("put the damage at 318 billion hryvnias", "318 billion", 318000000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("values at 146 billion hryvnias", "146 billion", 146000000000, EX, A, ECO, N, A, A, A, U, U, Ks),
    ("Russia launched more than 1,300 drones", "more than 1,300", 1300, GE, "count", W, "drone", "launched", R, U, U, U, Kh),
    ("Fourteen forest workers and firefighters", "Fourteen", 14, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("Russia launched 23 Shahed drones", "23", 23, EX, "count", W, "drone", "launched", R, U, U, U, Dn),
    ("and two Kh-101 cruise missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, Dn),
    ("shot down 19 of the drones", "19", 19, EX, "count", W, "drone", "shot_down", U, R, U, U, Dn),
    ("Eleven of the depot's 16 fuel tanks", "Eleven", 11, EX, "count", INF, N, A, A, U, U, U, Dn),
    ("about 9,300 cubic metres", "about 9,300", 9300, APX, "m3", ECO, N, A, A, A, U, U, Dn),
    ("up to 1,700 cubic metres", "up to 1,700", 1700, LE, "m3", ECO, N, A, A, A, U, U, Dn),
    ("Two State Emergency Service firefighters", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Dn),
    ("were killed and five injured", "five", 5, EX, "count", CAS, N, "injured", A, U, U, U, Dn),
    ("About 1,100 residents", "About 1,100", 1100, APX, "count", DIS, N, "evacuated", A, A, U, U, Dn),
    ("a claim for 7.4 billion hryvnias", "7.4 billion", 7400000000, EX, A, ECO, N, A, A, A, U, U, Dn),
    ("damage to its forests exceeded 1.4 billion roubles", "1.4 billion", 1400000000, GE, A, ECO, N, A, A, A, R, R, A),
    ("at a cost of about 150 million hryvnias", "about 150 million", 150000000, APX, A, ECO, N, A, A, A, U, U, A, True),  # planned
])
any_(d, [
    ("war fires burned 41,000 hectares", "41,000"),
    ("caused 3,214 fires", "3,214"),
    ("burning about 41,000 hectares", "about 41,000"),
    ("caused at least 640 of last year's fires", "at least 640"),
    ("Roughly 1.2 million hectares", "Roughly 1.2 million"),
    ("6,800 hectares burned", "6,800"),
    ("the depot's 16 fuel tanks", "16"),
    ("residents of two nearby villages", "two"),
    ("took samples at 112 points", "112"),
    ("78 of them showed", "78"),
    ("at up to 40 times the permitted level", "up to 40"),
    ("collected about 12 tonnes", "about 12"),
    ("along 28 km of the Samara", "28"),
    ("caused 94 wildfires", "94"),
    ("burning 2,300 hectares", "2,300"),
    ("plans to replant 2,000 hectares", "2,000"),
])

# ---------------------------------------------------------------- s03 Baltic/Nordic jamming, drones
d = "s03_nordic_baltic_gps_jamming_drones.txt"
# An aviation-security trade newsletter (NORDAVIA Security Brief) on a quarterly report of the
# Nordic-Baltic Airspace Safety Forum (NBASF) on GPS interference and drones. The forum, the
# Finnish, Estonian and Lithuanian authorities, Finnair and airBaltic have claimant_side `*`;
# country and region `*` for what happens in or near Finland, Estonia and Lithuania. Russia's
# Defence Ministry and embassy speak for Russia; Ukraine's Air Force for Ukraine. Required: "at
# least 11" electronic-warfare complexes deployed by Russia (Kaliningrad and Leningrad: region
# `*`) and "four of them near Kingisepp" (Leningrad), three airports closed, 14 drones from
# Belarus, "at least six" drones at Kuopio-Rissala, 9 drones at Vaalimaa (all action, actor,
# target `*`), two Russian Orlan-10 drones (actor Russia, action `*`), three Russian MiG-31s
# (actor Russia, action `*`), 26 Russian aircraft "intercepted" by NATO air policing (action,
# actor, target `*`), Russia's 47 Ukrainian drones shot down over Leningrad region, "more than
# 5,400" drones launched at Ukraine (the Air Force: Ukraine, region None), Finnair's "about
# €3.2 million". Optional: "at least two" military-grade (a subset), Russia's "the three
# aircraft" (a restatement), "45 million euros" set aside (planned). Debatable: "4,870" flights
# (headline and body), "five countries", 312 reports, "57 of the 59 days", 49, "100" km, "five
# times", "nine hours", "23 occasions", "more than 40" exercises, "twice", "17 of its aircraft",
# "three international airports". Not labelled (not about the war): "1.6 million passengers",
# "4%". Non-claims: "19 March 2028", "6 min read", "Views: 3,942", "in two months", "January and
# February", "11 February", "between 40 minutes and three hours", "late February", "about two
# hours", "2 March", Orlan-10, "one of them", "6 March", MiG-31, "11 minutes", F-35s, "14
# March", Gerbera, "the two months", "end of 2028", "one jammed signal", "the 300th one", and the
# furniture ("30-day", "14 May", "120 seats", A320, "€19 a month", "14 days", "7,300
# professionals", "Bulevardi 12", "00120", "3281904-6", "2021–2028").
rows(d, [
    ("deployed at least 11 electronic warfare complexes", "at least 11", 11, GE, "count", W, A, "deployed", R, A, A, R, A),
    ("four of them near Kingisepp", "four", 4, EX, "count", W, A, "deployed", R, A, A, R, Le),
    ("temporary closure of three airports", "three", 3, EX, "count", INF, N, A, A, A, A, A, A),
    ("tracked 14 drones crossing from Belarus", "14", 14, EX, "count", W, "drone", A, A, A, A, A, A),
    ("but at least two were", "at least two", 2, GE, "count", W, "drone", A, A, A, A, A, A, True),  # subset
    ("at least six drones circled", "at least six", 6, GE, "count", W, "drone", A, A, A, A, A, A),
    ("spotted 9 drones flying from the Russian side", "9", 9, EX, "count", W, "drone", A, A, A, A, A, A),
    ("said two Russian Orlan-10", "two", 2, EX, "count", W, "drone", A, R, A, A, A, A),
    ("On 6 March three Russian MiG-31 fighters", "three", 3, EX, "count", W, "aircraft", A, R, A, A, A, A),
    ('"intercepted" 26 Russian military aircraft', "26", 26, EX, "count", W, "aircraft", A, A, A, A, A, A),
    ("said the three aircraft had flown", "three", 3, EX, "count", W, "aircraft", A, R, A, R, A, A, True),  # restatement
    ("shot down 47 Ukrainian drones", "47", 47, EX, "count", W, "drone", "shot_down", R, U, R, R, Le),
    ("Russia launched more than 5,400 drones at Ukraine", "more than 5,400", 5400, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("at about €3.2 million", "about €3.2 million", 3200000, APX, A, ECO, N, A, A, A, A, A, A),
    ("set aside 45 million euros", "45 million", 45000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # planned
])
any_(d, [
    ("GPS jamming hit 4,870 flights", "4,870"),
    ("interference affected 4,870 flights", "4,870"),
    ("officers from five countries", "five"),
    ("Pilots filed 312 reports", "312"),
    ("recorded on 57 of the 59 days", "57"),
    ("57 of the 59 days", "59"),
    ("in Lithuania, on 49", "49"),
    ("within 100 km of the Finnish", "100"),
    ("was closed five times", "five"),
    ("for a total of nine hours", "nine"),
    ("on 23 occasions", "23"),
    ('"more than 40 NATO exercises', "more than 40"),
    ("found in Lithuania twice", "twice"),
    ("airBaltic said 17 of its aircraft", "17"),
    ("at its three international airports", "three"),
])

# ---------------------------------------------------------------- s04 sports ministry statement
d = "s04_sports_ministry_athletes_killed.txt"
# A Ukrainian sports site (Arena.UA) on the Ministry of Youth and Sports' statement on athletes
# and coaches killed and sports facilities destroyed, with athletes' stories. The ministry (and
# the stories it tells), a serving athlete and local officials speak for Ukraine; Russia's
# Defence Ministry for Russia. Country Ukraine, region None unless placed. Required: "at least
# 647" killed (actor Russia: "Russia's war"), "More than 5,200" serving (personnel, action `*`,
# actor Ukraine), 568 facilities and "104 of them completely" (a different fate), the regional
# breakdown (131, 117, 52), $640 million, "about 1.1 billion" hryvnias received, the IOC's $4.5
# million, Bilous's "more than 60" armoured vehicles and "about 20" tanks destroyed (Kharkiv),
# the Sumy strike's three boys killed (actor Russia: "a Russian missile") and "Nine" children
# injured (actor `*`), and Russia's "up to 40" "mercenaries" killed (target Ukraine). Optional:
# the headline's 647 and the subhead's 568, "489" and "158" (subset after "Of them"), 37
# facilities to restore (plan), the "In brief" box (647, "5,200+", 568, $640 million).
# Debatable: 93 missing, 41 in captivity, "About 310" wounded, "one of 28 athletes", "About
# 3,000 children". Not labelled (not about the war): "about 140 athletes" for Los Angeles.
# Non-claims: the live scores ("2:1", "0:0", "61'"), "6 April 2028", "13:45", "7 minutes", "👁
# 21 377", "February 2022", 2023, "October", ages (27, 34, 52, 19), "two-time", "47th", 2024,
# "never once", "two Winter Olympics", "under-15", "School No. 9", "23 October", 2026, and the
# furniture ("50-metre", "8 months", "Top 10", 2027, "12 veterans", "5 minutes", "31,500
# subscribers", "2016–2028", "18+").
rows(d, [
    ("ministry counts 647 athletes", "647", 647, EX, "count", CAS, N, "killed", R, U, U, U, N, True),  # headline
    ("tally of losses; 568 sports facilities", "568", 568, EX, "count", INF, N, A, A, U, U, U, N, True),  # subhead
    ("has killed at least 647 Ukrainian athletes", "at least 647", 647, GE, "count", CAS, N, "killed", R, U, U, U, N),
    ("Of them, 489 died at the front", "489", 489, EX, "count", CAS, N, "killed", A, U, U, U, N, True),  # subset
    ("while 158 were killed in Russian strikes", "158", 158, EX, "count", CAS, N, "killed", R, U, U, U, N, True),  # subset
    ("More than 5,200 athletes", "More than 5,200", 5200, GE, "count", PER, N, A, U, A, U, U, N),
    ("damaged or destroyed 568 sports facilities", "568", 568, EX, "count", INF, N, A, A, U, U, U, N),
    ("104 of them completely", "104", 104, EX, "count", INF, N, A, A, U, U, U, N),
    ("Kharkiv region accounts for 131", "131", 131, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("Donetsk region for 117", "117", 117, EX, "count", INF, N, A, A, U, U, U, Do),
    ("Zaporizhzhia region for 52", "52", 52, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("The damage is estimated at $640 million", "$640 million", 640000000, EX, "usd", ECO, N, A, A, A, U, U, N),
    ("has received about 1.1 billion hryvnias", "about 1.1 billion", 1100000000, APX, A, ECO, N, A, A, A, U, U, N),
    ("plans to restore 37 facilities", "37", 37, EX, "count", INF, N, A, A, U, U, U, N, True),  # plan
    ("has given $4.5 million", "$4.5 million", 4500000, EX, "usd", ECO, N, A, A, A, U, U, N),
    ('"more than 60 Russian armoured vehicles', "more than 60", 60, GE, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Kh),
    ("and about 20 tanks", "about 20", 20, APX, "count", W, "tank", "destroyed", U, R, U, U, Kh),
    ("together with three boys", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, Su),
    ("Nine more children and a parent", "Nine", 9, EX, "count", CAS, N, "injured", A, U, U, U, Su),
    ('"up to 40" of them had been killed', "up to 40", 40, LE, "count", CAS, N, "killed", R, U, R, U, Su),
    ("• 647 athletes and coaches killed", "647", 647, EX, "count", CAS, N, "killed", A, U, U, U, N, True),  # fact box
    ("• 5,200+ serving", "5,200+", 5200, GE, "count", PER, N, A, U, A, U, U, N, True),  # fact box
    ("• 568 sports facilities", "568", 568, EX, "count", INF, N, A, A, U, U, U, N, True),  # fact box
    ("• $640 million in damage", "$640 million", 640000000, EX, "usd", ECO, N, A, A, A, U, U, N, True),  # fact box
])
any_(d, [
    ("A further 93 are listed as missing", "93"),
    ("and 41 are in Russian captivity", "41"),
    ("About 310 of them have been wounded", "About 310"),
    ("She is one of 28 athletes", "28"),
    ("About 3,000 children", "About 3,000"),
])

# ---------------------------------------------------------------- s05 Kharkiv animal refuge
d = "s05_kharkiv_animal_refuge_evacuation.txt"
# A Kharkiv news site's feature (Slobozhanshchyna Today) on an animal refuge in Ruska Lozova
# moving its animals under glide-bomb and drone strikes. The community head Hontar and the
# regional military administration speak for Ukraine; the refuge's founder and vet are private
# people (`*`); Russia's Defence Ministry speaks for Russia. Country Ukraine, region Kharkiv.
# Required: 14 glide bombs and "more than 60" drones that hit the village (launched, actor
# Russia), the 9 March strike's two volunteers killed and four injured (actor Russia: "a
# Russian KAB-250"), 37 killed and 214 injured in the community this year (actor `*`), "about
# 860" evacuated, the region's week (212 guided bombs, 1,480 drones, 9 killed and 61 injured by
# "Russian forces", 390 drones shot down), Russia's "up to 15 militants" killed, two houses hit
# (infrastructure), €120,000 donated and 1.3 million hryvnias collected (money received).
# Debatable: the animals ("all 400", 317, "about 180", "two bears", "Twenty-three", "more than
# 2,300"), "11 trips", "14 staff", "about 40 volunteers", "160" km (twice), "about 10 km", "70
# metres", "11 villages", "About 1,900" remaining, "about 90,000 hryvnias a month", "about 250
# kg". Non-claims: the weather and exchange-rate bar, "24 March 2028", "08:30", "9 min read",
# "👁 8 905", "Half a minute", "Shevchuk, 58", 2014, "maybe a minute", "three weeks", 2022
# (three times), "9 March" (twice), KAB-250, "January", "Monday", "10 March", "Lytvyn, 36",
# "three-legged", "number 318", "fifteen minutes", "a child", "ten days", "doubled", "next
# week", and the furniture (the card and phone numbers, "3 schools", "two years after", "24
# hours", "46,000 subscribers", "2017–2028", "16+").
rows(d, [
    ("hit by 14 glide bombs", "14", 14, A, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("more than 60 FPV and Molniya drones", "more than 60", 60, GE, "count", W, "drone", "launched", R, U, U, U, Kh),
    ("killing two volunteers", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, Kh),
    ("and injuring four", "four", 4, EX, "count", CAS, N, "injured", R, U, U, U, Kh),
    ("37 civilians have been killed", "37", 37, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("and 214 injured in the community", "214", 214, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("about 860 people have left", "about 860", 860, APX, "count", DIS, N, "evacuated", A, A, U, U, Kh),
    ("Russian forces dropped 212 guided bombs", "212", 212, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("and launched 1,480 drones", "1,480", 1480, EX, "count", W, "drone", "launched", R, U, U, U, Kh),
    ("killing 9 civilians", "9", 9, EX, "count", CAS, N, "killed", R, U, U, U, Kh),
    ("and injuring 61", "61", 61, EX, "count", CAS, N, "injured", R, U, U, U, Kh),
    ("shot down 390 of the drones", "390", 390, EX, "count", W, "drone", "shot_down", U, R, U, U, Kh),
    ('killed "up to 15 militants"', "up to 15", 15, LE, "count", CAS, N, "killed", R, U, R, U, Kh),
    ("clinic and two houses on the same street", "two", 2, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("donated €120,000", "€120,000", 120000, EX, A, ECO, N, A, A, A, A, U, Kh),
    ("collected 1.3 million hryvnias", "1.3 million", 1300000, EX, A, ECO, N, A, A, A, A, U, Kh),
])
any_(d, [
    ("all 400 of them", "400"),
    ("her 14 staff", "14"),
    ("and about 40 volunteers", "about 40"),
    ("in Poltava region, 160 km away", "160"),
    ("moved 317 animals", "317"),
    ("317 animals in 11 trips", "11"),
    ("about 180 remained", "about 180"),
    ("including two bears", "two"),
    ("lies about 10 km from the Russian border", "about 10"),
    ("landed 70 metres from the kennels", "70"),
    ("Twenty-three animals died", "Twenty-three"),
    ("from 11 villages of the Derhachi community", "11"),
    ("About 1,900 remain", "About 1,900"),
    ("taken in more than 2,300 animals", "more than 2,300"),
    ("costs about 90,000 hryvnias a month", "about 90,000"),
    ("weighs about 250 kg", "about 250"),
    ("for the 160-km drive", "160"),
])

# ---------------------------------------------------------------- s06 Air Force briefing transcript
d = "s06_air_force_spokesperson_briefing.txt"
# A press centre's transcript (Press Centre "Ukraine-Front") of the Air Force spokesperson's
# weekly briefing (4-10 April) with journalists' questions. Tkachuk speaks for Ukraine ("the
# enemy" is Russia, "our air defence", "we" are Ukraine); Russia's Defence Ministry (cited in a
# question) and "the Russians" for Russia. Country Ukraine, region None unless placed.
# Required: launched 1,312 drones, 47 missiles and "about 560" guided bombs (only the bombs
# qualified); 1,041 drones shot down, 123 "locally lost" (action `*`), 31 missiles shot down;
# by type 16 Kh-101, 14 Iskander-M, nine Kalibr, eight Kh-59/69 (types within a weapon total);
# 11 Tu-95MS bombers (action `*`, country and region `*`); five ballistic missiles
# intercepted; hits by 17 missiles and 148 drones (action `*`); 7 April: 486 drones and 22
# missiles, Lviv region's six and 90 (breakdown by place); the State Emergency Service's 23
# killed and 117 injured (actor `*`); "more than 19,000" drones this year; Russia's two Patriot
# launchers destroyed (near Kyiv) and 412 Ukrainian drones shot down (country Russia, region
# None: "over Russian regions"); "at least 40" Geran-3 drones; 14 apartment buildings damaged
# and two dead in Kyiv (actor `*`). Optional: "980" the previous week (earlier state), "Of the
# 14 ballistic missiles" and "You said 1,312 drones" (restatements), aviation's 84 drones and
# six cruise missiles (subset). Debatable: 29 locations, "41 more", "three times", "about a
# third", "up to 600" km/h, "about 2,700" a month, "all 38 designated targets", "about 60 per
# cent". Non-claims: "38:12", "11 April 2028", "Views: 5 118", "16:20", "14:00", "one question
# per outlet", "4 to 10 April", "these seven days", "7 April", Kh-101, Tu-95MS, Iskander-M,
# Kh-59/69, "First question", "Sunday", "Saturday night", "the second-highest", "one week in
# late January", F-16, "Mirage 2000", Geran-3, "Kanal 12 Plus", "18 April", "38 min 12 s", and
# the furniture ("4 April 2028 (36 min)", "9 of 10 thermal plants", "2022–2028").
rows(d, [
    ("attacked Ukraine with 1,312 attack drones", "1,312", 1312, A, "count", W, "drone", "launched", R, U, U, U, N),
    ("47 missiles of various types", "47", 47, A, "count", W, "missile", "launched", R, U, U, U, N),
    ("about 560 guided aerial bombs", "about 560", 560, APX, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("Our air defence shot down 1,041 drones", "1,041", 1041, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("Another 123 were locally lost", "123", 123, EX, "count", W, "drone", A, U, R, U, U, N),
    ("We shot down 31 missiles", "31", 31, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("The missiles included 16 Kh-101", "16", 16, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("launched from 11 Tu-95MS", "11", 11, EX, "count", W, "aircraft", A, R, A, U, A, A),
    ("14 Iskander-M ballistic missiles", "14", 14, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("nine Kalibr cruise missiles", "nine", 9, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("and eight Kh-59/69 guided missiles", "eight", 8, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("Of the 14 ballistic missiles", "14", 14, EX, "count", W, "missile", "launched", R, U, U, U, N, True),  # restatement
    ("we were able to intercept five", "five", 5, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("hits by 17 missiles", "17", 17, EX, "count", W, "missile", A, R, U, U, U, N),
    ("and 148 attack drones were recorded", "148", 148, EX, "count", W, "drone", A, R, U, U, U, N),
    ("the night of 7 April: 486 drones", "486", 486, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("486 drones and 22 missiles", "22", 22, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("In Lviv region alone there were six missiles", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, Lv),
    ("six missiles and 90 drones", "90", 90, EX, "count", W, "drone", "launched", R, U, U, U, Lv),
    ("23 people were killed", "23", 23, EX, "count", CAS, N, "killed", A, U, U, U, N),
    ("and 117 injured across the country", "117", 117, EX, "count", CAS, N, "injured", A, U, U, U, N),
    ("has launched more than 19,000 drones", "more than 19,000", 19000, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("in the previous week there were 980", "980", 980, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # earlier state
    ("had destroyed two Patriot launchers", "two", 2, EX, "count", W, "air_defense", "destroyed", R, U, R, U, Ky),
    ("shot down 412 Ukrainian drones", "412", 412, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("You said 1,312 drones", "1,312", 1312, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # restatement
    ("accounted for 84 drones", "84", 84, EX, "count", W, "drone", "shot_down", U, R, U, U, N, True),  # subset
    ("84 drones and six cruise missiles", "six", 6, EX, "count", W, "missile", "shot_down", U, R, U, U, N, True),  # subset
    ("we recorded at least 40 of them", "at least 40", 40, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("debris damaged 14 apartment buildings", "14", 14, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("I know of two dead", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
])
any_(d, [
    ("recorded at 29 locations", "29"),
    ("debris fell at 41 more", "41"),
    ("count every drone three times", "three"),
    ("Mobile fire groups took about a third", "about a third"),
    ("fly at up to 600 km/h", "up to 600"),
    ("produces about 2,700 Shahed-type drones", "about 2,700"),
    ('"all 38 designated targets"', "38"),
    ("about 60 per cent of the drones", "about 60"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s52")
