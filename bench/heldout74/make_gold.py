"""Builds gold.jsonl for heldout74 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout74.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (and through it heldout47, heldout46, heldout45,
heldout35, heldout27 and heldout33): headlines, subheads, on-screen captions, fact boxes and
later restatements are optional; subsets introduced by "of whom", "among them", "including", "of
them" are optional, except a model or type within a weapon total; a breakdown of a total by
place is required, and so is a different action or fate on part of a total ("of which 21 were
shot down"); a subset by time ("nine on the night of 27 April alone") is optional; in a list
with a qualifier only the qualified items keep it (the others `*`), a list with no qualifier is
exact; casualty sentences that name no perpetrator have actor `*`; a range is one claim quoting
the whole range, value and qualifier `*`; losses reported as "lost" have action `*`; drones
destroyed in flight are shot_down; pledges, promises, requests, plans, needs and planned
spending are optional; an earlier state ("against about 5.7 million ... before") is optional.
Bodies that are not sides (NATO, the EU, the OSCE, NGOs, charities, rights groups, think tanks,
volunteer monitors such as DeepState, companies, and states outside the vocabulary of sides such
as Belarus, Moldova, Lithuania, Kazakhstan, and the Transnistrian authorities) have claimant_side
`*`, and a sum or estimate they give keeps the actor and target of what it counts; an outlet's
or author's own voice has claimant_side `*`. Damaged buildings and facilities are
infrastructure with action and actor `*` (damaged and destroyed alike). Deliveries to a side are
weapons with action `*` and the supplier as actor (`*` when the supplier is not a side),
target, country and region `*`. Money in another currency than the dollar has unit `*`; money
received, paid, spent or disbursed in the past is required. Counts of places, incidents, cases
and claims, group sizes, shares and rates, distances, sizes and areas (in units outside the
vocabulary too: square metres, tonnes), prices and payments to a person, workforces and other
population stocks, recipients of aid or care, vehicle and wagon counts, prisoners and the
missing, and vague quantities ("hundreds of thousands", "thousands") are debatable (`any_`); a
table whose cells restate no sentence is debatable cell by cell. A side's army size is
personnel with action `*`; people who joined or signed contracts with an army are personnel with
action `*` and that army's side as actor, and those killed among them are a different fate
(required, actor `*`, target that side). States outside the vocabulary of sides as country are
`*`; the check's vocabulary of regions is closed, so a region outside it (Lipetsk) is `*`, and
so is the region of a figure that spans several regions or is not placed; a nationwide figure
(and a defence ministry's overnight total over several regions) has region None. Dates, times,
durations ("almost nine hours", "36 months", "up to 9 years"), ages ("a 9-year-old girl",
"aged 18 to 24", "Omarov, 41", "from 25 to 23"), ordinals ("at least the fourth attack"),
numbers inside names (Kh-101, Tu-95, Iskander-M, Su-34, S-125, FP-1, M577, "47th Mechanised
Brigade", "3rd Assault Brigade", "Group of Seven", "Nordic-Baltic Eight", "155-millimetre",
"Bill No. 12370", "Article 172", "blast furnace No. 6", "Verkhny Don 48") and page furniture
are not labelled; "one of them", "every one" are pronouns.

Decided anew for this set:
- TV transcript (s01): each guest is the claimant of what he says (the Air Force and a regional
  military administration speak for Ukraine, a brigade spokesman too; a foreign minister has
  claimant_side `*`); the host's recap and the on-screen TICKER captions restate the guests
  (optional; the TICKER repeated at the end is one claim); the host's questions that restate a
  figure ("Five missiles? ... you said four") are debatable. A guest who corrects himself ("43
  windows... no, sorry, 43 apartment buildings"): the correction is the claim, the slip is
  debatable. Drones "locationally lost" to electronic warfare and drones and missiles that "hit
  their targets" are a different fate on part of a total (required) with action `*` (actor and
  target `*` for the lost ones). "killed and wounded" together is casualties with action `*`; a
  hedged item in a list ("and, I think, eleven motorcycles") has qualifier `*`; motorcycles are
  vehicles. Troops "encircled" (a claim quoted inside a quote) are personnel with action, actor
  and target `*`. The depth of an advance ("advanced about 6 kilometres") is territory in km
  with action `*`; area "taken" is seized. Shells and rounds delivered are weapons with
  weapon_type `*`. A share of GDP is a share (debatable).
- Parliament (s02): the Defence Minister and figures read out from the General Staff's report
  speak for Ukraine; an individual MP's own figures (any faction, the committee chair too) have
  claimant_side `*`. Vote tallies, the quorum, amendment counts and the faction vote table are
  debatable; the one-off payment per recruit is a payment (debatable), the total paid by the
  state so far is required, the cost of the bill in the next budget is planned spending
  (optional); the monthly need for recruits and the Cabinet's forecast are plans (optional);
  mobilisation per month and contract recruits are personnel with action `*`. Settlements
  taken are territory (unit count, action seized), not counts of places. A share of the country
  occupied is a share (debatable); the bracketed square miles are optional. A soldier's letter
  quoted inside a quote (company size, men left) is a group size (debatable).
- Transnistria (s03): Russian troops and peacekeepers stationed in Transnistria are deployed
  (actor Russia, target, country and region `*`); Transnistria's own forces and Moldova's army
  are personnel with actor `*`. Tiraspol's "ministry of state security" has claimant_side `*`;
  its claim that Ukraine massed troops and armoured vehicles near Kuchurhan is massed, actor
  Ukraine, country Ukraine, region Odesa. Ukraine's border guards in a sector are deployed.
  Russian drones that crashed in or crossed into Moldova have action `*` (country `*`), those
  "on the left bank" are a breakdown by place (required). Weapons a state outside the war buys
  for itself (Moldova's radars and launchers) and the money for them are debatable; ammunition
  stocks in tonnes and wagon counts are debatable; a parade's column is a group size
  (debatable). Gas delivered per day is economic in m3 (required; the earlier volume optional).
  Refugees and internally displaced people counted by the UN or an administration are
  displacement with action `*` (required); the UN refugee agency speaks for the United Nations.
- Lipetsk (s04): the governor and Russia's Defence Ministry speak for Russia, an SBU source and
  the General Staff for Ukraine, NLMK (a company) is `*`. Workers "evacuated from the shops" of
  a struck plant are displacement, evacuated, actor `*`; residents of houses moved and the
  firefighters and their equipment are debatable; the fire's area in square metres and the
  plant's output in tonnes or as a share are debatable; taxes a company pays are debatable;
  aid in tonnes and vehicles sent to the front are debatable; volunteers who signed contracts
  are personnel (actor Russia, action `*`). Casualties "Ukrainian drones had killed" have actor
  Ukraine. The governor's statement reprinted in full is a repeated paragraph (one claim each).
- Animal rescue (s05): animals (pets, zoo animals, strays) evacuated, taken in, lost or waiting
  are debatable (the spec's displacement counts people); people evacuated with their animals are
  displacement (required, the charity's voice `*`). A charity's money spent and received is
  required; a pledge and the money it "still needs" are optional. The charity's own vehicles
  lost are vehicle counts (debatable).
- Migrant workers (s06): migrants detained and deported, criminal cases, raids, diplomatic notes
  are counts of cases (debatable); a signing bonus and wages are payments (debatable);
  remittances and their fall are an economic statistic of a state outside the war
  (debatable); migrants who signed contracts with the Russian army are personnel (actor Russia,
  action `*`), those "sent to the front" or "to the zone of the special military operation"
  are deployed (actor Russia, target `*`); those killed fighting for Russia are casualties (actor
  `*`, target Russia); country `*` throughout (Kazakhstan or not placed). Kazakhstan's Foreign
  Ministry and the rights group Qorgau have claimant_side `*`; Ukraine's military intelligence
  and the "I Want to Live" project speak for Ukraine; Russia's Investigative Committee for
  Russia.
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

Kh, Do, Od, Vo, Be, Mo = "Kharkiv", "Donetsk", "Odesa", "Voronezh", "Belgorod", "Moscow"

# fmt: off
# ---------------------------------------------------------------- s01 TV telethon transcript
d = "s01_telethon_transcript_night_attack.txt"
# A transcript site (Efir Digest) with an excerpt of the "United News" telethon: the host, the
# Air Force spokesman (Levchuk), the Kharkiv regional military administration (Bondarenko), a
# brigade spokesman (Sahaidak), and Lithuania's deputy defence minister (Kazlauskiene). Air
# Force: 158 drones and 14 missiles launched, "ten" Kh-101 and "four" Iskander-M (type within the
# total: required), 126 and "nine" shot down, 24 "locationally lost" and "eight"/"five" that hit
# (a different fate: required, action `*`); country Ukraine, region None. The TICKER (the first
# one repeated verbatim at the end) and the host's recap restate (optional), so does "Four
# Iskanders and one Kh-101 that got through"; "at least ten more batteries" is a request
# (optional). Kharkiv: three drones and one missile hit the city (breakdown by place), two killed,
# 17 injured (actor `*`), "Eleven of the injured" in hospital (subset: optional), 43 apartment
# buildings (the correction), 1,284 evacuated ("including 212 children": optional), 38 KABs
# (guided bombs launched). Front: 96 killed and wounded (action `*`), two tanks, five armoured
# vehicles and "eleven" motorcycles destroyed (hedged: qualifier `*`), Russia's "up to 320" and
# "more than 14,000" encircled (claimant Russia), "about 6" km advanced and "about 48" km2 taken,
# DeepState's 52 km2 (claimant `*`). Lithuania: 48 M577 delivered, "more than 1. 2 billion euros"
# (stray space kept), "more than 1.8 million rounds" (weapon_type `*`); 2,500 FPV drones to come
# (plan: optional). Debatable: "in five places", the host's "Five" and "four", "Also 43 windows",
# "12 mobile teams", "About 3,000", "20-kilometre", "41 assaults", "186 combat clashes", "three or
# four", "thousands", "about 0.3%", "hundreds of thousands". Non-claims: "14 March 2028" and the
# other dates, "11:00-11:40", "15:26", "eleven o'clock", "22:00", Kh-101, Tu-95, Iskander-M,
# "all of them", "A minute ago", "9-year-old", "four in the morning", "1 March", "47th", "3rd
# Assault Brigade", 2022, 2024, M577, "Group of Seven", "Nordic-Baltic Eight", "155-millimetre",
# "half past eleven", "6 hours 40 minutes", and the furniture ("3 902 views", "17 comments", "5
# quotes", "8,900 readers", "92 drones over Odesa", "400 children", "3 questions", "100 UAH",
# "2019-2028", "16+").
rows(d, [
    ("126 OF 158 DRONES", "126", 126, EX, "count", W, "drone", "shot_down", U, R, U, U, N, True),  # ticker
    ("OF 158 DRONES", "158", 158, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # ticker
    ("AND 9 OF 14 MISSILES", "9", 9, EX, "count", W, "missile", "shot_down", U, R, U, U, N, True),  # ticker
    ("OF 14 MISSILES SHOT", "14", 14, EX, "count", W, "missile", "launched", R, U, U, U, N, True),  # ticker
    ("the enemy launched 158 attack drones", "158", 158, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("plus 14 missiles", "14", 14, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("ten Kh-101 cruise missiles", "ten", 10, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("four Iskander-M ballistic missiles", "four", 4, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down 126 drones", "126", 126, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("126 drones and nine missiles", "nine", 9, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Another 24 drones were", "24", 24, EX, "count", W, "drone", A, A, A, U, U, N),
    ("So eight drones and five missiles", "eight", 8, EX, "count", W, "drone", A, R, U, U, U, N),
    ("eight drones and five missiles hit", "five", 5, EX, "count", W, "missile", A, R, U, U, U, N),
    ("Four Iskanders and one Kh-101", "Four", 4, EX, "count", W, "missile", A, R, U, U, U, N, True),  # restates
    ("Iskanders and one Kh-101 that got through", "one", 1, EX, "count", W, "missile", A, R, U, U, U, N, True),  # restates
    ("at least ten more batteries", "at least ten", 10, GE, "count", W, "air_defense", A, A, A, U, A, A, True),  # request
    ("Kharkiv was hit by three drones", "three", 3, EX, "count", W, "drone", A, R, U, U, U, Kh),
    ("and one Iskander.", "one", 1, EX, "count", W, "missile", A, R, U, U, U, Kh),
    ("Two people were killed", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("and 17 were injured", "17", 17, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Eleven of the injured", "Eleven", 11, EX, "count", CAS, N, "injured", A, U, U, U, Kh, True),  # subset
    ("no, sorry, 43 apartment buildings", "43", 43, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("evacuated 1,284 people", "1,284", 1284, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh),
    ("including 212 children", "212", 212, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh, True),  # subset
    ("there were 38 KABs", "38", 38, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("KHARKIV: 2 KILLED", "2", 2, EX, "count", CAS, N, "killed", A, U, U, U, Kh, True),  # ticker
    ("17 INJURED IN MISSILE", "17", 17, EX, "count", CAS, N, "injured", A, U, U, U, Kh, True),  # ticker
    ("they lost 96 men killed and wounded", "96", 96, EX, "count", CAS, N, A, U, R, U, U, A),
    ("we destroyed two tanks", "two", 2, EX, "count", W, "tank", "destroyed", U, R, U, U, A),
    ("five armoured vehicles", "five", 5, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, A),
    ("I think, eleven motorcycles", "eleven", 11, A, "count", W, "vehicle", "destroyed", U, R, U, U, A),
    ('lost "up to 320 servicemen"', "up to 320", 320, LE, "count", CAS, N, A, R, U, R, U, Do),
    ('"more than 14,000 Ukrainian troops', "more than 14,000", 14000, GE, "count", PER, N, A, A, A, R, U, Do),
    ("advanced about 6 kilometres", "about 6", 6, APX, "km", TER, N, A, R, U, U, U, Do),
    ("taken about 48 square kilometres", "about 48", 48, APX, "km2", TER, N, "seized", R, U, U, U, Do),
    ("a figure of 52 square kilometres", "52", 52, EX, "km2", TER, N, "seized", R, U, A, U, Do),
    ("will transfer 2,500 FPV drones", "2,500", 2500, EX, "count", W, "drone", A, A, A, A, A, A, True),  # plan
    ("delivered 48 M577", "48", 48, EX, "count", W, "armored_vehicle", A, A, A, A, A, A),
    ("more than 1. 2 billion euros", "more than 1. 2 billion", 1200000000, GE, A, ECO, N, A, A, A, A, A, A),
    ("more than 1.8 million rounds", "more than 1.8 million", 1800000, GE, "count", W, A, A, A, A, A, A, A),
    ("overnight 158 drones and 14 missiles", "158", 158, EX, "count", W, "drone", "launched", R, U, A, U, N, True),  # recap
    ("158 drones and 14 missiles, two", "14", 14, EX, "count", W, "missile", "launched", R, U, A, U, N, True),  # recap
    ("two people killed in Kharkiv", "two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Kh, True),  # recap
])
any_(d, [
    ("hit their targets in five places", "five"),
    ("Five missiles? A minute ago", "Five"),
    ("you said four ballistic ones", "four"),
    ("Also 43 windows", "43"),
    ("we have 12 mobile teams", "12"),
    ("About 3,000 people still live", "About 3,000"),
    ("in the 20-kilometre zone", "20"),
    ("there were 41 assaults", "41"),
    ("out of 186 combat clashes", "186"),
    ("small groups of three or four", "three or four"),
    ("at the cost of thousands", "thousands"),
    ("about 0.3% of our GDP", "about 0.3%"),
    ('it is "hundreds of thousands"', "hundreds of thousands"),
])

# ---------------------------------------------------------------- s02 Rada mobilisation debate
d = "s02_rada_mobilisation_bill_debate.txt"
# A parliamentary news site (Rada Pulse) on the first reading of a mobilisation bill. The
# Defence Minister (Havryliuk) and the General Staff's report read out by the committee chair
# speak for Ukraine; the MPs' own figures (Kravets, Lozova, Pidlisnyi's 3,800) have claimant_side
# `*`; Russia's Defence Ministry speaks for Russia. Country Ukraine. Required: "17,000 to
# 19,000" mobilised a month (a range), "about 980,000" in the Defence Forces (army size) and
# "roughly 300,000" on the front line (breakdown by place), "3. 7 billion hryvnias" paid (stray
# space kept), 120,000 serving without rotation, 3,800 contract volunteers, Russia's 1.15
# million lost and 1,240 in the past day (action `*`, region and country `*`), "about 35,000"
# Russian recruits a month, "some 114,000" km2 occupied (the bracketed 44,000 square miles
# optional), 1,900 km2 taken last year, Russia's "more than 38,000" Ukrainian losses and "eleven"
# settlements taken (territory, count, Donetsk). Optional: "around 30,000" needed a month, 214
# billion in the 2029 budget, "up to 160,000" forecast. Debatable: the headline's 4,100, the
# votes (241, 38, 27, 226), the 1 million hryvnias payment, "more than 10,000" gap, "more than
# 150,000 cases", the letter's 120 and 14, "eight brigades'", "about 19%", "about 4,100",
# "4,200", and the faction vote table cell by cell. Non-claims: "Bill No. 12370" (three times),
# "nine-hour", "22 April 2028", "21:14", "23 April 2028", "08:30", "almost nine hours", "from 25
# to 23", "18-month", "aged 18 to 24", "36 months", 2022 (several), "more than three years",
# "3rd Assault Brigade", 2026, "18-to-24-year-olds", "February 2025", "a minute of silence",
# "Every one of them", "14 days", 2024, 2029, "late May", and the furniture ("99 UAH" in the
# banner and the repeated ad, "7 min read", "Facebook 412", "Telegram 1.1K", "X 96", "5
# minutes", "7:00", "21,000 subscribers", "Four reasons", 2027, "38 MPs", "23-24", "1.", "2.",
# "3.", "episode 118", "1044-28", "2017-2028", "18+").
rows(d, [
    ('"around 30,000 new soldiers a month"', "around 30,000", 30000, APX, "count", PER, N, A, U, A, U, U, N, True),  # need
    ("we mobilise 17,000 to 19,000 a month", "17,000 to 19,000", A, A, "count", PER, N, A, U, A, U, U, N),
    ("number about 980,000 people", "about 980,000", 980000, APX, "count", PER, N, A, U, A, U, U, N),
    ('"roughly 300,000" serve on the front line', "roughly 300,000", 300000, APX, "count", PER, N, A, U, A, U, U, A),
    ("has paid 3. 7 billion hryvnias", "3. 7 billion", 3700000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("another 214 billion hryvnias", "214 billion", 214000000000, EX, A, ECO, N, A, A, A, U, U, N, True),  # planned
    ("We have 120,000 men who have served", "120,000", 120000, EX, "count", PER, N, A, U, A, A, U, A),
    ("had signed only 3,800 volunteers", "3,800", 3800, EX, "count", PER, N, A, U, A, A, U, N),
    ("Russia had lost 1.15 million personnel", "1.15 million", 1150000, EX, "count", CAS, N, A, U, R, U, A, A),
    ("and 1,240 in the past day alone", "1,240", 1240, EX, "count", CAS, N, A, U, R, U, A, A),
    ('"recruits about 35,000 contract soldiers', "about 35,000", 35000, APX, "count", PER, N, A, R, A, A, A, A),
    ("occupies some 114,000 square kilometres", "some 114,000", 114000, APX, "km2", TER, N, "occupied", R, U, A, U, N),
    ("(44,000 square miles)", "44,000", 44000, APX, "mi2", TER, N, "occupied", R, U, A, U, N, True),  # conversion
    ("took another 1,900 square kilometres", "1,900", 1900, EX, "km2", TER, N, "seized", R, U, A, U, N),
    ('lost "more than 38,000" servicemen', "more than 38,000", 38000, GE, "count", CAS, N, A, R, U, R, U, A),
    ("had taken eleven settlements", "eleven", 11, EX, "count", TER, N, "seized", R, U, R, U, Do),
    ('mobilise "up to 160,000" more men', "up to 160,000", 160000, LE, "count", PER, N, A, U, A, U, U, N, True),  # forecast
])
any_(d, [
    ("debate; 4,100 amendments expected", "4,100"),
    ("with 241 votes in favour", "241"),
    ("38 against and 27 abstentions", "38"),
    ("and 27 abstentions", "27"),
    ("needed 226 votes", "226"),
    ("payment of 1 million hryvnias", "1 million"),
    ("The gap is more than 10,000 people", "more than 10,000"),
    ("more than 150,000 cases", "more than 150,000"),
    ("'Out of 120 men", "120"),
    ("there are 14 left", "14"),
    ("That is eight brigades'", "eight"),
    ("about 19% of the country", "about 19%"),
    ("expects about 4,100 of them", "about 4,100"),
    ("against 4,200 for the 2024 law", "4,200"),
    ("People: 196 for", "196"),
    ("196 for, 3 against", "3"),
    ("Nova Syla: 0 for", "0"),
    ("0 for, 29 against", "29"),
    ("independents: 45 for", "45"),
    ("45 for, 6 against", "6"),
    ("6 against, 27 abstained", "27"),
])

# ---------------------------------------------------------------- s03 Transnistria garrison
d = "s03_transnistria_russian_garrison_border.txt"
# A Tiraspol outlet (Dniester Courier) on the Russian garrison in Transnistria and Moldova's
# worries about Russian drones. The outlet, Moldovan intelligence, the Border Police, the
# Transnistrian "ministry", the rights group Left Bank Watch, the embassy official and the
# researchers have claimant_side `*`; Ukraine's State Border Guard Service speaks for Ukraine,
# the UN refugee agency for the United Nations. Country and region `*` (Moldova, Transnistria)
# unless the claim is in Ukraine. The opening paragraph is repeated at the end (one claim each,
# all debatable: the parade). Required: "about 1,500" and "no more than 1,100" Russian servicemen
# deployed ("fewer than 100 of them" officers: subset, optional), 402 peacekeepers (the quote's
# "402" restates: optional), "up to 8,000" Ukrainian troops and 60 armoured vehicles massed
# (qualifier `*` for the unqualified item; Kuchurhan: Ukraine, Odesa), "no more than 1,200"
# Ukrainian border guards (deployed, Odesa), Moldova's army "about 6,500", Transnistria's 4,500
# soldiers and 15,000 reservists, "about 2,000" combat-ready (personnel, actor `*`), "eleven"
# Russian drones crashed and "two of them on the left bank" (by place), 37 crossed (action `*`;
# "nine" on one night: subset by time, optional), "at least 300" men in the Russian army and 46
# of them killed (target Russia), "2. 1 million" m3 of gas a day (stray space kept; "about 5.7
# million" before: optional), "121 thousand" refugees (displacement, action `*`; "48,000 of them
# children": optional). Debatable: 212, eleven, "more than 600" and 40 (the parade, twice),
# "454-kilometre", the tonnes ("around 20,000", "some 19,000"), "two dozen" wagons, "not one",
# "within 20 kilometres", "3 radars", "ten Mistral", "94 million euros", "About 220,000"
# passports. Non-claims: "9 May 2028", "10:05", 2021, "February 2022", "a single officer", "2
# May", S-125, "27 April", 2022, "January 2025", "seven months", and the furniture ("+4°C",
# "16.10", "0.91", "2,117 views", "14.3 thousand readers", "50 rubles or 3 euros", "2 days", "7
# questions", 1992, "30 photographs", "2012-2028", "25 October Street 101", "0387").
rows(d, [
    ("Group has about 1,500 servicemen", "about 1,500", 1500, APX, "count", PER, N, "deployed", R, A, A, A, A),
    ('number at "no more than 1,100"', "no more than 1,100", 1100, LE, "count", PER, N, "deployed", R, A, A, A, A),
    ("fewer than 100 of them are officers", "fewer than 100", 100, LE, "count", PER, N, "deployed", R, A, A, A, A, True),  # subset
    ("Russia keeps 402 soldiers", "402", 402, EX, "count", PER, N, "deployed", R, A, A, A, A),
    ('"The 402 Russian peacekeepers', "402", 402, EX, "count", PER, N, "deployed", R, A, A, A, A, True),  # restates
    ('massed "up to 8,000 troops"', "up to 8,000", 8000, LE, "count", PER, N, "massed", U, A, A, U, Od),
    ("and 60 armoured vehicles near the border", "60", 60, A, "count", W, "armored_vehicle", "massed", U, A, A, U, Od),
    ('were "no more than 1,200" border guards', "no more than 1,200", 1200, LE, "count", PER, N, "deployed", U, A, U, U, Od),
    ("army numbers about 6,500 people", "about 6,500", 6500, APX, "count", PER, N, A, A, A, A, A, A),
    ("have 4,500 soldiers", "4,500", 4500, EX, "count", PER, N, A, A, A, A, A, A),
    ("and 15,000 reservists", "15,000", 15000, EX, "count", PER, N, A, A, A, A, A, A),
    ("to be about 2,000", "about 2,000", 2000, APX, "count", PER, N, A, A, A, A, A, A),
    ("eleven Russian drones of the Geran type", "eleven", 11, EX, "count", W, "drone", A, R, A, A, A, A),
    ("two of them on the left bank", "two", 2, EX, "count", W, "drone", A, R, A, A, A, A),
    ("tracked 37 Russian drones", "37", 37, EX, "count", W, "drone", A, R, A, A, A, A),
    ("alone nine drones entered Moldova", "nine", 9, EX, "count", W, "drone", A, A, A, A, A, A, True),  # subset by time
    ("counts at least 300 local men", "at least 300", 300, GE, "count", PER, N, A, R, A, A, A, A),
    ("46 of them have been killed", "46", 46, EX, "count", CAS, N, "killed", A, R, A, U, A),
    ("receiving 2. 1 million cubic metres", "2. 1 million", 2100000, EX, "m3", ECO, N, A, A, A, A, A, A),
    ("against about 5.7 million cubic metres", "about 5.7 million", 5700000, APX, "m3", ECO, N, A, A, A, A, A, A, True),  # earlier state
    ("hosts 121 thousand Ukrainian refugees", "121 thousand", 121000, EX, "count", DIS, N, A, A, A, UN, A, A),
    ("48,000 of them children", "48,000", 48000, EX, "count", DIS, N, A, A, A, UN, A, A, True),  # subset
])
any_(d, [
    ("by our count, 212 soldiers", "212"),
    ("soldiers and eleven vehicles", "eleven"),
    ("against more than 600 soldiers", "more than 600"),
    ("and 40 vehicles in 2021", "40"),
    ("its 454-kilometre border", "454"),
    ("around 20,000 tonnes", "around 20,000"),
    ("some 19,000 tonnes", "some 19,000"),
    ('"two dozen" wagons', "two dozen"),
    ('"and not one since"', "one"),
    ("within 20 kilometres", "20"),
    ("bought 3 radars", "3"),
    ("and ten Mistral", "ten"),
    ("with 94 million euros", "94 million"),
    ("About 220,000 Russian passports", "About 220,000"),
])

# ---------------------------------------------------------------- s04 Lipetsk governor, NLMK
d = "s04_lipetsk_governor_steel_plant_drones.txt"
# A Lipetsk regional news site (Verkhny Don 48) on a drone attack on the NLMK steel works. The
# governor (Zimin), the emergencies ministry and Russia's Defence Ministry speak for Russia; the
# SBU source for Ukraine; NLMK is a company. Country Russia, region `*` (Lipetsk is outside the
# vocabulary) unless another region is named. The governor's quote is reprinted in full below
# (one claim each). Required: 27 drones destroyed (shot_down), seven workers injured (actor `*`;
# "two of them" in serious condition: subset, optional), "More than 400" workers evacuated; the
# ministry's 112 (region None) with 27, 31, 19 and 12 by region (breakdowns by place; "nine of
# which" towards Moscow: optional); the SBU's "more than 40" drones launched; since January three
# killed and 29 injured by "Ukrainian drones" (actor Ukraine), 146 houses and 38 blocks damaged,
# "at least 2. 3 billion roubles" of damage (stray space kept), 214 contract volunteers. The
# headline's "seven" and "Zimin's figure of 27" restate (optional). Debatable: "about 1,200"
# square metres, 86 firefighters, 24 units, 14 houses, "eleven regions", "more than 100 billion
# roubles" taxes, "about 18%", "around 12.9 million" tonnes, "63 times", "50,000 roubles", "1,300
# tonnes", "48 vehicles". Non-claims: "Verkhny Don 48", "@vd48_bot", "17 June 2028", "09:42",
# "13:10", "one of the rolling shops", "13:00", "04:30", "23:00 and 06:00", Su-34, FP-1, "blast
# furnace No. 6", "at least the fourth attack", 2026, 2028, 2022, "call 112", and the furniture
# ("-2°C", "91.40", "99.85", "5,406 views", "31 comments", "routes 2 and 300", "5 best", "9%",
# "62 thousand", "2015-2028", "FS77-84021", "18+").
rows(d, [
    ("overnight, seven workers injured", "seven", 7, EX, "count", CAS, N, "injured", A, R, R, R, A, True),  # headline
    ("destroyed 27 drones over the Lipetsk", "27", 27, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("seven employees of the enterprise were injured", "seven", 7, EX, "count", CAS, N, "injured", A, R, R, R, A),
    ("two of them are in serious condition", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, A, True),  # subset
    ("More than 400 workers of the night shift", "More than 400", 400, GE, "count", DIS, N, "evacuated", A, A, R, R, A),
    ('"intercepted and destroyed" 112', "112", 112, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("including 27 over Lipetsk region", "27", 27, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("31 over Voronezh region", "31", 31, EX, "count", W, "drone", "shot_down", R, U, R, R, Vo),
    ("19 over Belgorod region", "19", 19, EX, "count", W, "drone", "shot_down", R, U, R, R, Be),
    ("12 over the Moscow region", "12", 12, EX, "count", W, "drone", "shot_down", R, U, R, R, Mo),
    ("nine of which were flying towards Moscow", "nine", 9, EX, "count", W, "drone", "shot_down", R, U, R, R, Mo, True),  # subset
    ("Zimin's figure of 27", "27", 27, EX, "count", W, "drone", "shot_down", R, U, A, R, A, True),  # restates
    ('"more than 40 long-range drones"', "more than 40", 40, GE, "count", W, "drone", "launched", U, R, U, R, A),
    ("had killed three residents", "three", 3, EX, "count", CAS, N, "killed", U, R, R, R, A),
    ("of the region and injured 29", "29", 29, EX, "count", CAS, N, "injured", U, R, R, R, A),
    ("damaged 146 private houses", "146", 146, EX, "count", INF, N, A, A, R, R, R, A),
    ("and 38 apartment blocks", "38", 38, EX, "count", INF, N, A, A, R, R, R, A),
    ('"at least 2. 3 billion roubles"', "at least 2. 3 billion", 2300000000, GE, A, ECO, N, A, A, A, R, R, A),
    ("that 214 volunteers", "214", 214, EX, "count", PER, N, A, R, A, R, R, A),
])
any_(d, [
    ("about 1,200 square metres", "about 1,200"),
    ("put out by 86 firefighters", "86"),
    ("and 24 units of equipment", "24"),
    ("Residents of 14 houses", "14"),
    ("over eleven regions", "eleven"),
    ("pays more than 100 billion roubles", "more than 100 billion"),
    ("about 18% of Russia's steel", "about 18%"),
    ("around 12.9 million tonnes", "around 12.9 million"),
    ("attacked by drones 63 times", "63"),
    ("will receive 50,000 roubles", "50,000"),
    ("sent 1,300 tonnes", "1,300"),
    ("and 48 vehicles to", "48"),
])

# ---------------------------------------------------------------- s05 animal-rescue charity
d = "s05_arka_rescue_zoo_pets_evacuation.txt"
# An animal-rescue charity's report (Arka Rescue, "we"/"our") on evacuating a private zoo near
# Druzhkivka and pets from front-line towns of Donetsk region. The charity, its coordinator and
# the Polish sanctuary have claimant_side `*`; the regional and city military administrations
# speak for Ukraine, the UN for the United Nations. Country Ukraine, region Donetsk unless said.
# Required: 212 residents evacuated with their animals ("41 of them": subset, optional), the
# administration's "121 thousand" evacuated, "more than 120" guided bombs on Kostiantynivka, 14
# civilians killed (actor `*`), the UN's "about 3.7 million" internally displaced (displacement,
# action `*`, region None), two volunteers injured by an FPV drone (actor `*`), the money spent
# (1.4 million, "6. 8 million", stray space kept) and received ("4. 5 million"). Optional: the
# pledged 80,000 euros, the "about 2 million" still needed. Debatable: every count of animals
# (headline and body 1,640, 37, two lions, eleven monkeys, "two dozen" birds, five that died, 86,
# 910, 688, "About 600", 140, 96), "150 metres", "two crates", "1,100 kilometres", "about 9,800"
# residents and "240 of them", "three vehicles", "23 countries". Non-claims: "5 September 2028",
# "8 min read", "For three years", "for an hour", "Hordiienko, 67", "two in the morning", "14 and
# 22 August", "a brown bear", "19 years old", 2022, "every one", "20 minutes", "26 August", 2024,
# "in July", and the furniture ("200 UAH ... one evacuated dog", repeated, "Shared 1.3K times",
# "12,400 subscribers", "3,100 animals, 14 towns, 1 bus", "5 steps", "44120378", "2022-2028").
rows(d, [
    ("evacuate 212 residents", "212", 212, EX, "count", DIS, N, "evacuated", A, A, A, U, Do),
    ("41 of them with reduced mobility", "41", 41, EX, "count", DIS, N, "evacuated", A, A, A, U, Do, True),  # subset
    ("says 121 thousand people have been evacuated", "121 thousand", 121000, EX, "count", DIS, N, "evacuated", A, A, U, U, Do),
    ("dropped more than 120 guided bombs", "more than 120", 120, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Do),
    ("shelling killed 14 civilians", "14", 14, EX, "count", CAS, N, "killed", A, U, U, U, Do),
    ("counts about 3.7 million internally displaced", "about 3.7 million", 3700000, APX, "count", DIS, N, A, A, A, UN, U, N),
    ("Two of our volunteers", "Two", 2, EX, "count", CAS, N, "injured", A, U, A, U, Do),
    ("cost us 1.4 million hryvnias", "1.4 million", 1400000, EX, A, ECO, N, A, A, A, A, U, Do),
    ("spent 6. 8 million hryvnias", "6. 8 million", 6800000, EX, A, ECO, N, A, A, A, A, U, A),
    ("gave us 4. 5 million hryvnias", "4. 5 million", 4500000, EX, A, ECO, N, A, A, A, A, A, A),
    ("pledged 80,000 euros", "80,000", 80000, EX, A, ECO, N, A, A, A, A, A, A, True),  # pledge
    ("need about 2 million hryvnias", "about 2 million", 2000000, APX, A, ECO, N, A, A, A, A, U, A, True),  # need
])
any_(d, [
    ("zoo and 1,640 pets", "1,640"),
    ("landed 150 metres", "150"),
    ("took 37 animals", "37"),
    ("including two lions", "two"),
    ("eleven monkeys", "eleven"),
    ("two dozen birds", "two dozen"),
    ("travelled in two crates", "two"),
    ("drove 1,100 kilometres", "1,100"),
    ("Five animals, all of them old birds", "Five"),
    ("taken in 86 animals", "86"),
    ("have evacuated 1,640 pets", "1,640"),
    ("910 dogs", "910"),
    ("688 cats", "688"),
    ("about 9,800 people still live", "about 9,800"),
    ("240 of them children", "240"),
    ("lost three vehicles", "three"),
    ("Donors from 23 countries", "23"),
    ("About 600 animals", "About 600"),
    ("had 140 dogs", "140"),
    ("took out 96 of them", "96"),
])

# ---------------------------------------------------------------- s06 Kazakh migrants at the front
d = "s06_kazakh_migrants_detained_sent_to_front.txt"
# A Kazakh independent outlet (Ashyq Alan) on Kazakh migrant workers detained in Russian raids
# and pressured into the Russian army. Kazakhstan's Foreign Ministry, the rights group Qorgau and
# its lawyer have claimant_side `*`; Ukraine's military intelligence, the "I Want to Live"
# project and the POW headquarters speak for Ukraine; Russia's Investigative Committee for
# Russia. Country and region `*` throughout. Required: 73 citizens who signed contracts, Qorgau's
# 212 who signed (personnel, actor Russia, action `*`), "at least 57" sent to the front
# (deployed: a different fate on part, required), "Nineteen" killed (target Russia, actor `*`),
# "no fewer than 450" Kazakhs and "about 1,900" Central Asians fighting for Russia, 163 killed
# (target Russia), the committee's "more than 80,000" migrants sent (deployed). Debatable: "40 of
# us" (a mother's quote of her son, inside which the officer is quoted), 1,180 detained and 64
# deported, "19 diplomatic notes", "seven are missing", 31 prisoners of war, 3,400 raids, "up to
# 2.2 million roubles", "120,000 roubles a month", "14%", "4. 5 billion dollars" (remittances),
# "About 120,000" workers, the criminal cases (26, three, four). Non-claims: "11 October 2028",
# "07:30", "9 minutes", "Three weeks ago", "27-year-old", "two choices", "ten years", "2
# October", "one of a growing number", "within two weeks", 2024, 2022, "first half of 2028",
# "Article 172", "up to 9 years", "Omarov, 41", "Group of Seven", "one paragraph", and the
# furniture ("+11°C", "+3°C", "512.30", "5.61", "1,000 tenge" in the repeated appeal, "11,920
# views", "3 villages, 1 bus, 22 men", "Five years of war: 10 charts", "KZ04VPY00098312",
# "2019-2028", "16+").
rows(d, [
    ("information that 73 of our citizens", "73", 73, EX, "count", PER, N, A, R, A, A, A, A),
    ("has documented 212 Kazakh citizens", "212", 212, EX, "count", PER, N, A, R, A, A, A, A),
    ('"at least 57" were sent to the front', "at least 57", 57, GE, "count", PER, N, "deployed", R, A, A, A, A),
    ("Nineteen have been killed", "Nineteen", 19, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ('"no fewer than 450" citizens', "no fewer than 450", 450, GE, "count", PER, N, A, R, A, U, A, A),
    ("out of about 1,900 from Central Asian", "about 1,900", 1900, APX, "count", PER, N, A, R, A, U, A, A),
    ("identified 163 Kazakh citizens killed", "163", 163, EX, "count", CAS, N, "killed", A, R, U, A, A),
    ('"more than 80,000 naturalised migrants"', "more than 80,000", 80000, GE, "count", PER, N, "deployed", R, A, R, A, A),
])
any_(d, [
    ("they took 40 of us", "40"),
    ("1,180 Kazakh citizens had been detained", "1,180"),
    ("64 of them were deported", "64"),
    ("sent 19 diplomatic notes", "19"),
    ("seven are missing", "seven"),
    ("Ukraine holds 31 Kazakhs", "31"),
    ("carried out 3,400 raids", "3,400"),
    ("up to 2.2 million roubles", "up to 2.2 million"),
    ("earns 120,000 roubles a month", "120,000"),
    ("fell by 14%", "14%"),
    ("to 4. 5 billion dollars", "4. 5 billion"),
    ("About 120,000 Kazakh citizens work", "About 120,000"),
    ("opened 26 criminal cases", "26"),
    ("and three against those", "three"),
    ("Only four have reached court", "four"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s74")
