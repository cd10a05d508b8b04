"""Builds gold.jsonl for heldout50 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout50.make_gold

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

Decided anew for this set:
- State television (s01): the anchor's own voice on a Russian state channel is an outlet's voice
  (claimant_side `*`) even when the figures plainly come from the Defence Ministry; a figure he
  attributes to the ministry ("According to the Defence Ministry", "the ministry said", "it
  said" in the next sentence) speaks for Russia, and so does a serving Russian commander
  interviewed on air ("call sign Grom"); a Ukrainian figure the anchor quotes in order to mock
  it ("The Ukrainian General Staff claimed today") keeps claimant_side Ukraine. "Liberated"
  settlements are territory, action seized, actor Russia, target Ukraine; "taken control of"
  since the start of the year has action `*` (seized or controlled). Losses of troops "killed
  and wounded" have action `*` like "lost". Rockets of a multiple launcher (HIMARS) shot down
  and artillery shells fired have weapon_type `*`. Air defence totals that mix Russian and
  occupied territory have country and region `*`; the per-region breakdown is required with
  country Russia. Volunteers' drones sent to the front are deliveries (actor `*`); their
  vehicles and tonnes of aid are debatable, the money they collected is received (required).
  Western aid as totalled by the anchor ("more than 310 billion dollars") is economic, required.
- Regional TV ticker (s02): each bulleted item carries its own claimant (city military
  administration, council, RMA, General Staff, Air Force, border guards: Ukraine; the Kursk
  governor and Russia's Defence Ministry: Russia; the power company: `*`; an item in the
  newsroom's voice: `*`). A pronoun subject ("They dropped three guided aerial bombs") keeps
  the actor of the sentence before it. Houses that "cannot be repaired" are a different fate on
  part of the damaged houses (required). Troops "massed ... opposite the Sumy border" are
  personnel, action massed, target Ukraine, country Russia, region Kursk. "more than four
  thousand" in words is 4000, at_least. Transformers destroyed are infrastructure. Households
  without power are a population stock (debatable).
- Shipping monitor (s03): cargo handled by ports and tonnes of goods burned are economic
  (unit `*`, actor and target `*`), required; tonnages in the "week in numbers" box are a fact
  box (optional) and vessel calls, nights of attacks, incidents, mines neutralised, premiums
  and the table are debatable. Civilian (foreign-flagged) ships damaged in port are
  infrastructure with action and actor `*` and target `*`; a foreign sailor killed has target
  `*`. Sea drones (uncrewed boats) have weapon_type `*`; those "destroyed" in a storage site by
  a strike have action destroyed, those destroyed at sea by a fleet have action `*`. Russian
  landing boats destroyed by Ukrainian sea drones are ships, action destroyed. A state port
  authority (USPA) speaks for Ukraine. A paragraph repeated around a sponsored box is one claim.
- Compensation registry (s04): money paid out by the state to home owners and money a partner
  contributed or disbursed are required (actor and target `*`), the split "Of that" into
  certificates and repairs is a subset (optional), a pledge is optional; a monthly payment rate
  is debatable. Homes recorded as damaged or destroyed in a register, by region in the body, are
  infrastructure (required); the regional table is debatable cell by cell even where a cell
  restates the body. Applications, approvals, suspended applications, families who received
  certificates, criminal cases, appeals, money involved in fraud cases and one pensioner's
  payment are debatable. An assessment published jointly by the World Bank, the Commission, the
  United Nations and the government, and the KSE Institute's estimate, have claimant_side `*`.
- Defence-tech startup (s05): a company's drones delivered to the army are deliveries (actor
  `*`); a side's own annual drone production is a weapon count with action `*`, actor that
  side; production capacities and rates per month, prices, speeds, weights, staff and
  workshops are debatable; the money a company raised from investors or received in grants is
  money received (required, claimant_side `*`); a signed procurement contract (number and
  value) is planned (optional). A serving Ukrainian commander speaks for Ukraine; interceptors
  "lost" to electronic warfare are weapons (drone) with action and actor `*`. A Russian claim
  relayed by the chief executive ("they say they shot down 1,200") keeps claimant_side Russia,
  and her own rebuttal ("We lost 14 drones") is required with claimant_side `*`; "not a
  thousand" is debatable.
- Airspace violations (s06): Romania, Germany, the Netherlands, NATO and Romanian emergency
  services are not sides (claimant_side, country and region `*`). Russian drones entering a
  third country's airspace are weapons with action `*`, actor Russia, target `*`; residents
  moved out for the night are displacement, action evacuated; allied jets and Patriot
  batteries deployed to Romania are weapons, action deployed, actor `*`; jets scrambled, the
  counts of violations and of cases with fragments, the depth of a flight and a commune's
  population are debatable; compensation paid is required and money approved for air defences
  is planned (optional).
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

Do, Kh, Zp, Ky, Ro, Su = "Donetsk", "Kharkiv", "Zaporizhzhia", "Kyiv", "Rostov", "Sumy"
Br, Ku, Be, Mo, Od = "Bryansk", "Kursk", "Belgorod", "Moscow", "Odesa"

# fmt: off
# ---------------------------------------------------------------- s01 Russian state TV bulletin
d = "s01_federal24_evening_news_transcript.txt"
# A monitoring site (Ether Watch) with a translated transcript of a Russian state channel's
# evening news (Federal-24, "Itogi Dnya"). The Defence Ministry ("According to the Defence
# Ministry", "the ministry says", "it said"), the Belgorod governor and the commander "Grom" speak
# for Russia; the anchor's own voice (the air defence paragraph [01:55], Western aid, volunteers,
# the recap) is `*`; the Ukrainian General Staff, quoted to be mocked, speaks for Ukraine.
# Required: two settlements "liberated" (Donetsk), 61 settlements (action `*`) and "more than
# 1,150" km2 since the start of the year (region `*`); "up to 215" (Kupiansk: Kharkiv), two tanks,
# "up to 190", "more than 1,300" (losses: action and actor `*`); four JDAM bombs, six HIMARS
# rockets (weapon_type `*`), 212 drones shot down (country and region `*`) and the breakdown by
# region 87/46/31/19 (country Russia), three ATACMS over Rostov; the governor's 38 drones and 17
# shells (weapon_type `*`), one killed and four injured (actor `*`: "a drone"), 27 houses
# damaged; the commander's 40 armoured vehicles destroyed and "between 550 and 600" lost (a
# range: value and qualifier `*`); the General Staff's 1,280 soldiers (action `*`) and 94 drones;
# the anchor's "more than 310 billion" dollars; 1,500 FPV drones sent (delivery, actor `*`); "14.
# 8 billion" roubles collected (stray space kept). Optional: "including nine" towards the capital
# (subset), "eleven of them Western-made" (subset), "another 20 billion euros" (planned), the
# recap's "two more settlements" and 212. Debatable: "14 cars", "23 enemy drone launch points",
# "20 kilometres", "all 35 designated targets", "60 vehicles", "12 tonnes". Non-claims: "14 March
# 2028", "21:00", "15 March 2028", "09:30", "7 min read", the time codes, "24 hours", Tor-M2,
# "54", "Nina Petrovna, 71", "Three nights", Su-34, FAB-500, "In one month", "twos and threes",
# "2022", "2:0", "minus two to plus four", "13 March", and the furniture ("1,870 people", "€4",
# "300 drones", "Ten phrases", "2027", "412 claims", "92.15", "2024–2028").
rows(d, [
    ("liberated two settlements in the Donetsk", "two", 2, EX, "count", TER, N, "seized", R, U, R, U, Do),
    ("taken control of 61 settlements", "61", 61, EX, "count", TER, N, A, R, U, R, U, A),
    ("more than 1,150 square kilometres", "more than 1,150", 1150, GE, "km2", TER, N, A, R, U, R, U, A),
    ("lost up to 215 servicemen", "up to 215", 215, LE, "count", CAS, N, A, A, U, R, U, Kh),
    ("two tanks and a HIMARS launcher", "two", 2, EX, "count", W, "tank", A, A, U, R, U, Kh),
    ("amounted to up to 190 servicemen", "up to 190", 190, LE, "count", CAS, N, A, A, U, R, U, A),
    ("lost more than 1,300 troops", "more than 1,300", 1300, GE, "count", CAS, N, A, A, U, R, U, A),
    ("shot down four JDAM guided bombs", "four", 4, EX, "count", W, "guided_bomb", "shot_down", R, U, A, A, A),
    ("six HIMARS rockets", "six", 6, EX, "count", W, A, "shot_down", R, U, A, A, A),
    ("and 212 fixed-wing drones", "212", 212, EX, "count", W, "drone", "shot_down", R, U, A, A, A),
    ("87 were destroyed over the Bryansk region", "87", 87, EX, "count", W, "drone", "shot_down", R, U, A, R, Br),
    ("46 over the Kursk region", "46", 46, EX, "count", W, "drone", "shot_down", R, U, A, R, Ku),
    ("31 over the Belgorod region", "31", 31, EX, "count", W, "drone", "shot_down", R, U, A, R, Be),
    ("19 over the Moscow region", "19", 19, EX, "count", W, "drone", "shot_down", R, U, A, R, Mo),
    ("including nine flying towards the capital", "nine", 9, EX, "count", W, "drone", "shot_down", R, U, A, R, Mo, True),  # subset
    ("shot down three ATACMS missiles", "three", 3, EX, "count", W, "missile", "shot_down", R, U, A, R, Ro),
    ("Shebekino district with 38 drones", "38", 38, EX, "count", W, "drone", "launched", U, R, R, R, Be),
    ("fired 17 artillery shells", "17", 17, EX, "count", W, A, "launched", U, R, R, R, Be),
    ("One man, 54, was killed", "One", 1, EX, "count", CAS, N, "killed", A, R, R, R, Be),
    ("Four more people were injured", "Four", 4, EX, "count", CAS, N, "injured", A, R, R, R, Be),
    ("27 private houses", "27", 27, EX, "count", INF, N, A, A, R, R, R, Be),
    ("destroyed 40 armoured vehicles", "40", 40, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, U, Zp),
    ("eleven of them Western-made", "eleven", 11, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, U, Zp, True),  # subset
    ("lost between 550 and 600 men", "between 550 and 600", A, A, "count", CAS, N, A, A, U, R, U, Zp),
    ("our army lost 1,280 soldiers", "1,280", 1280, EX, "count", CAS, N, A, A, R, U, A, A),
    ("downed 94 of our drones", "94", 94, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("another 20 billion euros", "20 billion", 20_000_000_000, EX, A, ECO, N, A, A, A, A, A, A, True),  # planned
    ("more than 310 billion dollars", "more than 310 billion", 310_000_000_000, GE, "usd", ECO, N, A, A, A, A, A, A),
    ("sent 1,500 FPV drones", "1,500", 1500, EX, "count", W, "drone", A, A, A, A, A, A),
    ("collected 14. 8 billion roubles", "14. 8 billion", 14_800_000_000, EX, A, ECO, N, A, A, A, A, R, A),
    ("liberated two more settlements", "two", 2, EX, "count", TER, N, "seized", R, U, R, U, Do, True),  # recap
    ("destroyed 212 Ukrainian drones", "212", 212, EX, "count", W, "drone", "shot_down", R, U, A, A, A, True),  # recap
])
any_(d, [
    ("and 14 cars were damaged", "14"),
    ("and 23 enemy drone launch points", "23"),
    ("within 20 kilometres", "20"),
    ("all 35 designated targets", "35"),
    ("60 vehicles and 12 tonnes", "60"),
    ("12 tonnes of humanitarian aid", "12"),
])

# ---------------------------------------------------------------- s02 Sumy regional TV ticker
d = "s02_sumy_tv_news_ticker.txt"
# A regional TV station's hourly news ticker (Sumy Plus TV), newest item first. The city
# military administration, the city council, the regional military administration (RMA), the
# General Staff, the Air Force and the border guards speak for Ukraine; the Kursk governor and
# Russia's Defence Ministry for Russia; Sumyoblenergo (a company) and the newsroom's own voice
# (the charity concert, the minibus) are `*`. Country Ukraine, region Sumy unless said otherwise.
# Required: Shostka's two killed and nine injured (actor `*`: "A guided aerial bomb", the line
# wrapped mid-sentence before the attribution); 37 blocks, 212 houses and "14 of the houses"
# that cannot be repaired (a different fate: required); 62 million hryvnias spent; 310,000
# hryvnias raised; the General Staff's 96 troops "killed and wounded" (action `*`), two tanks
# and five armoured vehicles (action `*`, actor `*`, target Russia); "up to 50,000" massed
# (Kursk, country Russia); the Kursk governor's 46 drones and three injured (actor Ukraine: same
# sentence); the ministry's two M113 destroyed; two transformers destroyed; the Air Force's 126
# drones, two missiles and 98 shot down (region None); 143 evacuated and "more than four
# thousand" (words); the minibus's one killed and six injured (actor Russia: "A Russian FPV
# drone"); the RMA's three guided bombs and 22 FPV drones ("They" = Russian troops). Optional:
# 480 million allocated (planned), "about 8,000 airborne troops", "31 children", "two children"
# (subsets). Debatable: "About 65%", "14 Russian assaults", "214 people", "23 of them children",
# "18,400 households", "7 locations", "ten-kilometre zone", "nine border communities", "127
# times", "14 hours". Non-claims: "22 April 2028", the item times, "1 January", "117th", "two
# days", M113, Iskander-M (twice), "1 March", "aged 8 and 12", "The driver, 63", "07:00 to 23:00",
# "one quiet hour", and the furniture ("+12°C", "41.35", "44.90", "12 addresses", "23 April",
# "3:1", "86,000 subscribers", "channel 34", "24/7", "2008–2028", "0412-R", "18+").
rows(d, [
    ("Two workers were killed", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Su),
    ("killed and nine injured", "nine", 9, EX, "count", CAS, N, "injured", A, U, U, U, Su),
    ("damaged 37 apartment blocks", "37", 37, EX, "count", INF, N, A, A, U, U, U, Su),
    ("and 212 private houses", "212", 212, EX, "count", INF, N, A, A, U, U, U, Su),
    ("14 of the houses cannot be repaired", "14", 14, EX, "count", INF, N, A, A, U, U, U, Su),
    ("spent 62 million hryvnias", "62 million", 62_000_000, EX, A, ECO, N, A, A, A, U, U, Su),
    ("allocated 480 million hryvnias", "480 million", 480_000_000, EX, A, ECO, N, A, A, A, U, U, Su, True),  # planned
    ("raised 310,000 hryvnias", "310,000", 310_000, EX, A, ECO, N, A, A, A, A, U, Su),
    ("were 96 troops killed and wounded", "96", 96, EX, "count", CAS, N, A, A, R, U, U, Su),
    ("two tanks and five armoured vehicles", "two", 2, EX, "count", W, "tank", A, A, R, U, U, Su),
    ("five armoured vehicles, the General Staff", "five", 5, EX, "count", W, "armored_vehicle", A, A, R, U, U, Su),
    ('massed "up to 50,000" troops', "up to 50,000", 50_000, LE, "count", PER, N, "massed", R, U, U, R, Ku),
    ("including about 8,000 airborne troops", "about 8,000", 8000, APX, "count", PER, N, "massed", R, U, U, R, Ku, True),  # subset
    ("attacked the region with 46 drones", "46", 46, EX, "count", W, "drone", "launched", U, R, R, R, Ku),
    ("injuring three civilians", "three", 3, EX, "count", CAS, N, "injured", U, R, R, R, Ku),
    ("destroyed two US-made M113", "two", 2, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, U, Su),
    ("destroyed two transformers", "two", 2, EX, "count", INF, N, A, A, U, A, U, Su),
    ("with 126 attack drones", "126", 126, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and with two Iskander-M ballistic missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down or suppressed 98 drones", "98", 98, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("Over the past day 143 people", "143", 143, EX, "count", DIS, N, "evacuated", A, A, U, U, Su),
    ("including 31 children", "31", 31, EX, "count", DIS, N, "evacuated", A, A, U, U, Su, True),  # subset
    ("more than four thousand people have left", "more than four thousand", 4000, GE, "count", DIS, N, "evacuated", A, A, U, U, Su),
    ("killing one woman", "one", 1, EX, "count", CAS, N, "killed", R, U, A, U, Su),
    ("injuring six passengers", "six", 6, EX, "count", CAS, N, "injured", R, U, A, U, Su),
    ("among them two children aged", "two", 2, EX, "count", CAS, N, "injured", R, U, A, U, Su, True),  # subset
    ("dropped three guided aerial bombs", "three", 3, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Su),
    ("launched 22 FPV drones", "22", 22, EX, "count", W, "drone", "launched", R, U, U, U, Su),
])
any_(d, [
    ("About 65% of the money", "About 65%"),
    ("repelled 14 Russian assaults", "14"),
    ("treated 214 people", "214"),
    ("23 of them children", "23"),
    ("18,400 households", "18,400"),
    ("recorded in 7 locations", "7"),
    ("from the ten-kilometre zone", "ten"),
    ("shelled nine border communities", "nine"),
    ("127 times overnight", "127"),
    ("a total of 14 hours yesterday", "14"),
])

# ---------------------------------------------------------------- s03 Black Sea shipping weekly
d = "s03_pontica_black_sea_shipping_weekly.txt"
# A maritime newsletter's weekly issue (Pontica Brief, "we", "brokers told us") on Black Sea
# ports, strikes, sea drones and corridor volumes. The Southern Defence Forces, the regional
# military administration, Ukraine's Navy and the Ukrainian Sea Ports Authority (USPA, "it
# said") speak for Ukraine; Russia's Defence Ministry and the Krasnodar governor's office for
# Russia; the newsletter's voice and the analyst are `*`. Required: three Iskander-M missiles,
# 28 drones launched and 21 shot down (Odesa); two bulk carriers damaged (infrastructure, target
# `*`: foreign flags; the bare sentence has claimant_side `*`); one sailor killed and four
# injured (actor `*`, target `*`); "About 9,000 tonnes" of meal burned (economic, unit `*`); the
# ministry's "up to 30" uncrewed boats destroyed at a storage site (weapon_type `*`; its paragraph
# repeated around a sponsored box: one claim); the Navy's two landing boats destroyed (ship,
# country Russia, region `*`: Krasnodar); the ministry's 11 boats destroyed at sea (weapon_type
# and action `*`, country `*`); two port workers injured at Tuapse (actor `*`, region `*`); the
# USPA's "9. 6 million" tonnes (stray space kept, region None) and "more than 230 million"; the
# Danube ports' 1.1 million tonnes (the newsletter's voice); three silos damaged at Izmail.
# Optional: the headline's two carriers, the box's "2. 1 million tonnes" (fact box), "of which
# 5.4 million" (subset), "down from 10.3 million" (earlier state). Debatable: the box's 61, 74,
# 4, 3 and 2, "four of the seven nights", the table, "18%", the premiums, "two drifting mines",
# "40 nautical miles", "roughly $40 million" a night (a rate), "two Turkish-flagged bulkers".
# Non-claims: "Issue 118", "Week 19", "8–14 May 2028", "15 May 2028", "9 min read", "10 May",
# Iskander-M, "aged 47", "11 May", "14 days", "12 May", Magura V7, BK-16, Project 22160 (twice),
# "13 May", "August 2023", "6 May", "week 19", "one of them", and the furniture ("4,800", "£9",
# "22 May 2028", "Issue 117", "9 nights", "1,000 days", "2025–2028", "14820377").
rows(d, [
    ("Two bulk carriers hit in Odesa", "Two", 2, EX, "count", INF, N, A, A, A, A, U, Od, True),  # headline
    ("Greater Odesa: 2. 1 million tonnes", "2. 1 million", 2_100_000, EX, A, ECO, N, A, A, A, A, U, Od, True),  # fact box
    ("used three Iskander-M ballistic missiles", "three", 3, EX, "count", W, "missile", "launched", R, U, U, U, Od),
    ("and 28 Shahed-type drones", "28", 28, EX, "count", W, "drone", "launched", R, U, U, U, Od),
    ("shot down 21 of the drones", "21", 21, EX, "count", W, "drone", "shot_down", U, R, U, U, Od),
    ("Two bulk carriers loading at Pivdennyi", "Two", 2, EX, "count", INF, N, A, A, A, A, U, Od),
    ("One crew member of the Marianna K", "One", 1, EX, "count", CAS, N, "killed", A, A, U, U, Od),
    ("four others were injured", "four", 4, EX, "count", CAS, N, "injured", A, A, U, U, Od),
    ("About 9,000 tonnes of sunflower meal", "About 9,000", 9000, APX, A, ECO, N, A, A, A, A, U, Od),
    ('destroyed "up to 30" of them', "up to 30", 30, LE, "count", W, A, "destroyed", R, U, R, U, Od),
    ("destroyed two Russian BK-16 landing boats", "two", 2, EX, "count", W, "ship", "destroyed", U, R, U, R, A),
    ("destroyed 11 uncrewed boats", "11", 11, EX, "count", W, A, A, R, U, R, A, A),
    ("had injured two port workers", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, A),
    ("handled 9. 6 million tonnes of cargo", "9. 6 million", 9_600_000, EX, A, ECO, N, A, A, A, U, U, N),
    ("of which 5.4 million tonnes was grain", "5.4 million", 5_400_000, EX, A, ECO, N, A, A, A, U, U, N, True),  # subset
    ("down from 10.3 million tonnes", "10.3 million", 10_300_000, EX, A, ECO, N, A, A, A, U, U, N, True),  # earlier state
    ("shipped more than 230 million tonnes", "more than 230 million", 230_000_000, GE, A, ECO, N, A, A, A, U, U, N),
    ("Reni handled 1.1 million tonnes", "1.1 million", 1_100_000, EX, A, ECO, N, A, A, A, A, U, Od),
    ("damaged three grain silos", "three", 3, EX, "count", INF, N, A, A, U, U, U, Od),
])
any_(d, [
    ("Vessel calls, Greater Odesa ports: 61", "61"),
    ("(previous week: 74)", "74"),
    ("attacks on port areas: 4", "4"),
    ("reported by either side: 3", "3"),
    ("Drifting mines neutralised: 2", "2"),
    ("on four of the seven nights", "four"),
    ("18% less than a year earlier", "18%"),
    ("Odesa | 24", "24"), ("24 | 810,000", "810,000"),
    ("Chornomorsk | 21", "21"), ("21 | 760,000", "760,000"),
    ("Pivdennyi | 16", "16"), ("16 | 530,000", "530,000"),
    ("Total | 61", "61"), ("61 | 2,100,000", "2,100,000"),
    ("about 1.25% of hull value", "about 1.25%"),
    ("from 0.8% a week earlier", "0.8%"),
    ("neutralised two drifting mines", "two"),
    ("40 nautical miles", "40"),
    ("roughly $40 million", "roughly $40 million"),
    ("return of two Turkish-flagged bulkers", "two"),
])

# ---------------------------------------------------------------- s04 eRecovery registry
d = "s04_erecovery_compensation_registry.txt"
# A construction trade outlet (Budmonitor) on the quarterly statistics of Ukraine's eRecovery
# housing compensation programme. The Ministry for Development ("it said", "the ministry's data
# show"), its deputy minister and the district administration speak for Ukraine; the joint RDNA5
# and the KSE Institute are `*`; the Kharkiv case paragraph is the outlet's voice (`*`). Country
# Ukraine; region None for national totals. Required: "27. 4 billion" hryvnias paid (stray space
# kept), 212,400 damaged and 61,800 destroyed homes in the register, the breakdown by region in
# the body (Kharkiv 48,300 and 9,700, Kyiv 31,600 and 7,200, Donetsk "about 27,000"), the RDNA5's
# "$68.3 billion" of housing damage, the KSE's "some 250,000" buildings, the EU's "€450 million"
# and the World Bank's "$212 million" (money received), 47 houses damaged in Kharkiv. Optional:
# the headline's 27. 4 billion, the split "19.8 billion" / "7. 6 billion" (subset), "more than
# 31,000 apartment blocks" (subset), Japan's "¥15 billion" (pledge). Debatable: "Nearly half",
# the deputy minister's "about 1.1 billion" a month and "Nine in ten" (his paragraph is repeated
# after READ ALSO: one claim each), the applications (184,000, 121,500, "about 14,000"), 38,900
# families, the regional table cell by cell, "about 38%", 37 criminal cases, "11.4 million"
# involved, "about 2,300" appeals, 212 applications, the pensioner's 86,000 hryvnias, "three
# families". Non-claims: "five years", "3 April 2028", "14:20", "17:05", "6 min read", "May 2023",
# "30 days", 2023, "31 March 2028", RDNA5, "February 2022", 2028, 2024, "28 March", Iskander-M,
# "two days", "74", "2 April", "Eighteen days", and the furniture ("3,000 flats", "5 steps",
# "22%", "22,000", "9%", "14 new tenders", "Top 10", Q1, "2012–2028", the phone number).
rows(d, [
    ("27. 4 billion hryvnias paid for damaged", "27. 4 billion", 27_400_000_000, EX, A, ECO, N, A, A, A, U, U, N, True),  # headline
    ("Ukraine has paid 27. 4 billion hryvnias", "27. 4 billion", 27_400_000_000, EX, A, ECO, N, A, A, A, U, U, N),
    ("Of that, 19.8 billion hryvnias", "19.8 billion", 19_800_000_000, EX, A, ECO, N, A, A, A, U, U, N, True),  # subset
    ("and 7. 6 billion as payments", "7. 6 billion", 7_600_000_000, EX, A, ECO, N, A, A, A, U, U, N, True),  # subset
    ("records on 212,400 damaged homes", "212,400", 212_400, EX, "count", INF, N, A, A, U, U, U, N),
    ("and 61,800 destroyed ones", "61,800", 61_800, EX, "count", INF, N, A, A, U, U, U, N),
    ("with 48,300 damaged and", "48,300", 48_300, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("and 9,700 destroyed homes", "9,700", 9700, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("Kyiv region with 31,600", "31,600", 31_600, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("31,600 and 7,200", "7,200", 7200, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("about 27,000 destroyed homes", "about 27,000", 27_000, APX, "count", INF, N, A, A, U, U, U, Do),
    ("at $68.3 billion", "$68.3 billion", 68_300_000_000, EX, "usd", ECO, N, A, A, A, A, U, N),
    ("some 250,000 residential buildings", "some 250,000", 250_000, APX, "count", INF, N, A, A, U, A, U, N),
    ("more than 31,000 apartment blocks", "more than 31,000", 31_000, GE, "count", INF, N, A, A, U, A, U, N, True),  # subset
    ("contributed €450 million", "€450 million", 450_000_000, EX, A, ECO, N, A, A, A, U, U, N),
    ("disbursed $212 million", "$212 million", 212_000_000, EX, "usd", ECO, N, A, A, A, U, U, N),
    ("pledged another ¥15 billion", "¥15 billion", 15_000_000_000, EX, A, ECO, N, A, A, A, U, U, N, True),  # pledge
    ("damaged 47 houses", "47", 47, EX, "count", INF, N, A, A, U, A, U, Kh),
])
any_(d, [
    ("Nearly half of the destroyed homes", "Nearly half"),
    ("paying about 1.1 billion hryvnias a month", "about 1.1 billion"),
    ("Nine in ten applications", "Nine in ten"),
    ("received 184,000 applications", "184,000"),
    ("121,500 were approved", "121,500"),
    ("38,900 families", "38,900"),
    ("about 14,000 applications", "about 14,000"),
    ("Kharkiv | 48,300", "48,300"), ("48,300 | 9,700", "9,700"), ("9,700 | 5,840", "5,840"),
    ("Kyiv | 31,600", "31,600"), ("31,600 | 7,200", "7,200"), ("7,200 | 6,120", "6,120"),
    ("Chernihiv | 18,900", "18,900"), ("18,900 | 3,100", "3,100"), ("3,100 | 2,310", "2,310"),
    ("Mykolaiv | 16,400", "16,400"), ("16,400 | 2,800", "2,800"), ("2,800 | 1,790", "1,790"),
    ("Zaporizhzhia | 14,200", "14,200"), ("14,200 | 2,600", "2,600"), ("2,600 | 1,260", "1,260"),
    ("Kherson | 12,700", "12,700"), ("12,700 | 5,300", "5,300"), ("5,300 | 940", "940"),
    ("about 38% of all direct damage", "about 38%"),
    ("opened 37 criminal cases", "37"),
    ("worth 11.4 million hryvnias", "11.4 million"),
    ("about 2,300 appeals", "about 2,300"),
    ("212 applications were filed", "212"),
    ("received 86,000 hryvnias", "86,000"),
    ("the houses of three families", "three"),
])

# ---------------------------------------------------------------- s05 defence-tech startup
d = "s05_horobets_interceptor_startup_profile.txt"
# A defence-tech outlet's profile (Frontier Tech Review) of an interceptor-drone maker, Horobets
# Robotics, and its chief executive. The company and its chief executive are `*`; the battalion
# commander, the Air Force, HUR, the Ministry of Strategic Industries speak for Ukraine; Russia's
# Defence Ministry, and the Russian claim the chief executive relays ("they say they shot down
# 1,200"), for Russia. Required: 52,000 FPV drones delivered (actor `*`); the battalion's 318
# Shahed-type drones shot down (region `*`) and 41 interceptors lost to electronic warfare
# (action and actor `*`); the Air Force's "more than 6,100" launched and 5,480 shot down (a
# different action on part); "about 4.5 million" drones produced (actor Ukraine, action `*`);
# "$18 million" raised and "12 million" hryvnias in grants; two engineers killed and five
# employees injured (Kyiv region, actor Russia: "a Russian missile strike"); the ministry's "over
# 1,000" drones destroyed in Sumy region and the chief executive's 14 drones lost; the Russian
# claim of 1,200 reconnaissance drones shot down. Optional: "up from 9,000" (earlier state), the
# contract's 40,000 interceptors and "3. 9 billion" hryvnias (planned). Debatable: "three
# engineers", 640 employees, "eleven workshops", "up to 7,000 a month", "1.8-kilogram", "up to
# 290 km/h", "About 70%", "two or three launches", the prices ("about $3,200", "$35,000 to
# $50,000"), "three interceptors for one Shahed", "up to 2,700" a month, "more than 60 people",
# "a thousand", '"two or three" partner countries', "450 km/h", "1,000 interceptors a day".
# Non-claims: "24 May 2028", "8 min read", 2023, "3D", "Five years later", "31", 2027, 2026,
# Kibets-3 (throughout), "October", "The first weeks", "twenty-year-olds", "April", "February",
# "Series A", "one of the largest", "November", "March", Kibets-5, "the end of 2028", "Last
# year", and the furniture ("7 Ukrainian makers", "2,400 grants", "episode 63", "19,000
# readers", "2022–2028").
rows(d, [
    ("It delivered 52,000 of them", "52,000", 52_000, EX, "count", W, "drone", A, A, A, A, A, A),
    ("up from 9,000 in 2026", "9,000", 9000, EX, "count", W, "drone", A, A, A, A, A, A, True),  # earlier state
    ("shoot down 318 Shahed-type drones", "318", 318, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("lost 41 interceptors", "41", 41, EX, "count", W, "drone", A, A, U, U, U, A),
    ("more than 6,100 Shahed-type drones", "more than 6,100", 6100, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("of which 5,480 were shot down", "5,480", 5480, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("produced about 4.5 million drones", "about 4.5 million", 4_500_000, APX, "count", W, "drone", A, U, A, U, U, N),
    ("raised $18 million", "$18 million", 18_000_000, EX, "usd", ECO, N, A, A, A, A, U, A),
    ("received 12 million hryvnias in grants", "12 million", 12_000_000, EX, A, ECO, N, A, A, A, A, U, A),
    ("a contract for 40,000 Kibets-3", "40,000", 40_000, EX, "count", W, "drone", A, A, A, A, A, A, True),  # planned
    ("worth 3. 9 billion hryvnias", "3. 9 billion", 3_900_000_000, EX, A, ECO, N, A, A, A, A, U, A, True),  # planned
    ("killing two engineers", "two", 2, EX, "count", CAS, N, "killed", R, U, A, U, Ky),
    ("injuring five other employees", "five", 5, EX, "count", CAS, N, "injured", R, U, A, U, Ky),
    ("warehouse with over 1,000 drones", "over 1,000", 1000, GE, "count", W, "drone", "destroyed", R, U, R, U, Su),
    ("We lost 14 drones in that strike", "14", 14, EX, "count", W, "drone", A, A, U, A, U, Su),
    ("shot down 1,200 of our reconnaissance drones", "1,200", 1200, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
])
any_(d, [
    ("with three engineers", "three"),
    ("it has 640 employees", "640"),
    ("across eleven workshops", "eleven"),
    ("make up to 7,000 a month", "up to 7,000"),
    ("a 1.8-kilogram interceptor", "1.8"),
    ("flies at up to 290 km/h", "up to 290"),
    ("About 70% of the kills", "About 70%"),
    ("two or three launches per Shahed", "two or three"),
    ("costs about $3,200", "about $3,200"),
    ("an estimated $35,000 to $50,000", "$35,000 to $50,000"),
    ("need three interceptors for one Shahed", "three"),
    ("produce up to 2,700 of them a month", "up to 2,700"),
    ("more than 60 people", "more than 60"),
    ("not a thousand", "a thousand"),
    ('exporting to "two or three"', "two or three"),
    ("reach 450 km/h", "450"),
    ("we want 1,000 interceptors a day", "1,000"),
])

# ---------------------------------------------------------------- s06 Romanian airspace report
d = "s06_romania_airspace_drones_plauru.txt"
# A Romanian local outlet's English edition (Delta Observer) on two drones entering Romanian
# airspace during a Russian attack on Izmail. Romania's Defence Ministry (MApN, "it said"), the
# emergency services (ISU Delta), the villagers, the mayor and NATO's Allied Air Command are not
# sides (`*`); the Odesa Regional Military Administration ("it said") and the Air Force speak for
# Ukraine; Russia's Defence Ministry ("It said") for Russia. Romania as country is `*`. Required:
# two drones entering Romanian airspace (action `*`, actor Russia, target `*`); "About 40"
# residents moved out for the night (evacuated); the administration's 43 drones launched and 31
# shot down, one port worker killed and three injured (actor `*`) in Izmail; the Air Force's 186
# drones and nine missiles launched, 152 drones and six missiles shot down (region None); the
# ministry's "at least 60" drones over Crimea and the sea (country and region `*`); 480,000 lei
# paid; four Eurofighter jets and two Patriot batteries deployed (actor `*`). The villager's
# paragraph is repeated after READ ALSO (debatable anyway). Optional: the headline's two drones,
# "2. 3 billion lei" approved (planned; stray space kept). Debatable: "about 14 km", "Two F-16
# fighters", "three places", "one drone a month", "two in one night", "12 trucks", 47 violations,
# 29 cases, "38 of the violations", "1,100 people". Non-claims: "19 May 2028", "11:42", "15:10",
# "02:14", "02:37", "One of the drones", "11 minutes", "3 minutes", F-16, "86th", "68", "Two
# years ago", "September 2023", "2025", "every square metre", "40 minutes", "not a single", and
# the furniture ("19°C", "4.97", "312 cm", "214 partners", "12%", "5 new sirens", "30 June", "at
# 7", "Comments (23)", "2016–2028", "RO35123456").
rows(d, [
    ("Two Russian drones entered Romanian airspace", "Two", 2, EX, "count", W, "drone", A, R, A, A, A, A, True),  # headline
    ("tracked two drones entering", "two", 2, EX, "count", W, "drone", A, R, A, A, A, A),
    ("About 40 residents of Plauru", "About 40", 40, APX, "count", DIS, N, "evacuated", A, A, A, A, A),
    ("with 43 Shahed-type drones", "43", 43, EX, "count", W, "drone", "launched", R, U, U, U, Od),
    ("shot down 31 of them", "31", 31, EX, "count", W, "drone", "shot_down", U, R, U, U, Od),
    ("One port worker was killed", "One", 1, EX, "count", CAS, N, "killed", A, U, U, U, Od),
    ("three people were injured in Izmail", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Od),
    ("launched 186 drones", "186", 186, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and nine missiles at Ukraine", "nine", 9, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("152 drones and six missiles", "152", 152, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and six missiles had been shot down", "six", 6, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ('destroyed "at least 60" Ukrainian drones', "at least 60", 60, GE, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("approved 2. 3 billion lei", "2. 3 billion", 2_300_000_000, EX, A, ECO, N, A, A, A, A, A, A, True),  # planned
    ("paid 480,000 lei", "480,000", 480_000, EX, A, ECO, N, A, A, A, A, A, A),
    ("deployed four Eurofighter jets", "four", 4, EX, "count", W, "aircraft", "deployed", A, A, A, A, A),
    ("sent two Patriot batteries", "two", 2, EX, "count", W, "air_defense", "deployed", A, A, A, A, A),
])
any_(d, [
    ("flew about 14 km into", "about 14"),
    ("Two F-16 fighters", "Two"),
    ("found in three places", "three"),
    ("it was one drone a month", "one"),
    ("Now it is two in one night", "two"),
    ("a grain terminal and 12 trucks", "12"),
    ("counted 47 violations", "47"),
    ("in 29 cases", "29"),
    ("38 of the violations", "38"),
    ("We have 1,100 people in the commune", "1,100"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s50")
