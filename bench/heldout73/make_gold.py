"""Builds gold.jsonl for heldout73 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout73.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (and through it heldout47, heldout46, heldout45,
heldout35, heldout27 and heldout33): headlines, subheads, fact boxes and later restatements are
optional; subsets introduced by "of whom", "among them", "including", "of them" are optional,
except a model or type within a weapon total; a breakdown of a total by place is required, and
so is a different action or fate on part of a total ("of which 442 have been completely
destroyed"); in a list with a qualifier only the qualified items keep it (the others `*`), a
list with no qualifier is exact; casualty sentences that name no perpetrator have actor `*`; a
range is one claim quoting the whole range; losses reported as "lost" have action `*`; drones
destroyed in flight are shot_down; pledges, promises, plans and planned spending are optional;
an earlier state ("up from ... in 2026") is optional (an earlier price stays debatable). Bodies
that are not sides (NATO, the EU, NGOs, think tanks, volunteer monitors, companies, and states
outside the vocabulary of sides such as Belarus, Serbia or Lithuania) have claimant_side `*`,
and a sum or estimate they give keeps the actor and target of what it counts; an outlet's or
author's own voice has claimant_side `*`. Damaged buildings and facilities are infrastructure
with action and actor `*` (damaged and destroyed alike). Deliveries to a side are weapons with
action `*` and the supplier as actor (`*` when the supplier is not a side), target, country and
region `*`; drones a city council or a sports club (here a donor foundation) bought and handed
over to Ukrainian units have actor `*`. Money in another currency than the dollar has unit `*`;
money received, paid or disbursed is required. Counts of places, incidents, cases and claims,
group sizes, shares and rates, distances, sizes and areas, prices and payments, workforces and
other population stocks, recipients of aid or care, vehicle and wagon counts, and vague
quantities are debatable (`any_`). Shelters built or under construction are debatable. A side's
army size is personnel with action `*`. People who left under organised evacuation are
displacement, action evacuated, actor `*`. States outside the vocabulary of sides (Belarus,
Serbia) as country are `*`; the check's vocabulary of regions is closed, so a region outside it
(Krasnodar, Zhytomyr) is `*`, and so is the region of a figure that spans several regions or is
not placed; a nationwide figure has region None. A milblogger or other private person is a
private voice (claimant_side `*`). Dates, times, durations ("in four days", "for 19 days", "up
to 12 years" of prison, "every 24 hours"), ages ("Galina, 58", "a 9-year-old girl"), ordinals
("the third strike", "the fifth floor", "the 14th foreigner", "In the first"), numbers inside
names (Su-34, KAB-500, KAB-1500, Kh-101, Iskander-M, Geran-2, F-16, AI-95, Mavic 3T,
Autel EVO Max 4T, "Piranha AVD 360", Group of Seven, 3rd Assault Brigade, 72nd Special
Operations Brigade, 95th Separate Air Assault Brigade, School No. 2, Lyceum No. 17, Gymnasium
No. 1, Article 205, Article 386a) and page furniture are not labelled; "one of them" is a
pronoun.

Decided anew for this set:
- Opinion column (s01): a retired general writing under his own name is a private voice
  (claimant_side `*`) even when he writes "our" for Ukraine; what he attributes to a named
  body ("Our General Staff says", "our own intelligence says") takes that body's side. His
  forecasts and scenarios ("perhaps another 300 square kilometres", "at least another 20,000
  men") and a stated need ("needs at least 25") are optional, like plans; a unit's request for
  more drones ("asked me for 1,100 more") is debatable. Numbers about another war (Operation
  Citadel's 2,700 tanks in 1943) are not claims. The depth of an advance ("no more than 9
  kilometres") is territory, unit km, action `*`, actor the advancing side (other distances stay
  debatable). A breakdown of a delivered total by supplier ("seven from the United States") is
  required, the supplier as actor. Weapons a side produces (its government or its industry:
  "domestic industry produced 4. 5 million drones", s05's regional enterprises) are weapons with
  action `*`, actor that side, target `*`; a donor's own workshop (s04) is no side (subset of its
  deliveries). Drones a unit "burned through" were used: launched. Losses "killed and wounded"
  are casualties with action `*`. Fractions, multipliers and per-unit rates ("by a third",
  "roughly four times", "twice as many", "90 men for every square kilometre", "30,000 a month",
  "one million shells a year") are debatable. Settlements "liberated" and brigades "crushed"
  are counts of places and units (debatable). Shells procured without a stated noun ("found
  1.8 million") are debatable.
- Russian local news (s02): the regional operational headquarters, the governor, Rosaviatsia, the
  Defence Ministry and a city mayor speak for Russia; an SBU source and the General Staff for
  Ukraine. Airports placed under restrictions ("closed") are infrastructure, action, actor and
  target `*`. Drones that "reached the target" have action `*`. Drones shot down "over the
  Black Sea" are a breakdown by place with country and region `*`. Sea drones ("unmanned
  boats") have weapon_type and action `*`. The area of a fire, firefighters and units of
  equipment, explosions heard, flights delayed or diverted, a plant's capacity ("6. 6 million
  tonnes of crude a year"), a plant's units halted, fuel prices and the compensation promised per
  home or family are debatable. Criminal-code articles are names.
- Ministry press release (s03): a government ministry's (or administration's, s05) own voice
  speaks for its side (claimant_side Ukraine), unlike an outlet's. Damaged and destroyed
  educational institutions are infrastructure; a breakdown by region in running text is a
  breakdown by place (required). Underground and modular schools, schools teaching online,
  pupils and children taught (population stocks), a school's pupils quoted in a quote inside a
  quote, classrooms destroyed and the shelters a budget could pay for are debatable. Money from
  donors (the EU's euros, Japan's yen) is money received (required, unit `*`); a budget
  allocation for the year is planned spending (optional). Russia's claim of "up to 70 foreign
  mercenaries" at a school is personnel with actor Ukraine, action `*`.
- Donor foundation (s04): the foundation and its director are not a side (claimant_side `*`);
  money donated to it is money received and its spending is money paid (required, country
  Ukraine). Satellite terminals, power stations, generators, electronic warfare systems (no
  weapon_type fits) and trained operators are debatable, and so are terminals reported
  destroyed and units supplied. Drones by type within the delivered total are required (a type
  within a weapon total); drones assembled in its own workshop are a subset (optional). Results
  that "the brigades' own reports" credit to the drones, a brigade commander's quote inside the
  director's quote, and interceptor crews' kills speak for Ukraine. The United Kingdom's figure
  for a coalition it leads has actor `*` (a coalition is not a side), claimant_side United
  Kingdom; Lithuania's deliveries have actor and claimant_side `*`. The director's pull quote is
  repeated at the end (one claim each; its 2,630 restates the total: optional). The next
  quarter's goals are plans (optional), the terminals among them debatable.
- Regional administration briefing (s05): the head of the administration speaks for Ukraine,
  Belarus's State Border Committee has claimant_side `*`, and so do Russian Telegram channels
  (private voices) whose claim of foreigners killed is required (actor Russia, target Ukraine).
  Russian troops in Belarus are deployed with country and region `*`. Money a regional fund
  transferred to units is money paid (required). Households left without power, nights of
  attacks, houses examined, villages and kilometres of the evacuation zone, jobs, vehicles,
  families paid, hectares surveyed, explosive objects removed (and the bombs among them),
  displaced persons hosted or arrived and alerts are debatable.
- Serbian outlet (s06): Serbian volunteers are personnel of the side they fight for (actor that
  side, action and target `*`); those of them killed are casualties with target that side and
  actor `*`. Ukraine's military intelligence (HUR) and the International Legion speak for
  Ukraine, the Russian embassy for Russia; Serbia's president, prosecutors, a researcher and her
  observatory, investigative reporters and the volunteers themselves have claimant_side `*`.
  Serbian ammunition that reached Ukraine, counted in money ("at least €870 million"), is
  economic (required, unit `*`, actor and target `*`). Serbia's arms exports in general, its gas
  purchases ("2. 4 billion cubic metres": not an effect of the war), UN votes, charges and
  convictions, pay and bonuses offered by recruiters, a café bill and the size of a volunteer's
  group ("eleven Serbs in our company", "two are still there") are debatable; "a handful" is
  not a number.
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
    UK,
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

Dn, Kh, Zp, Dp, Su, Be = "Donetsk", "Kharkiv", "Zaporizhzhia", "Dnipropetrovsk", "Sumy", "Belgorod"

# fmt: off
# ---------------------------------------------------------------- s01 retired general's column
d = "s01_general_column_spring_offensive.txt"
# An opinion column (The Kyiv Ledger) by a retired Ukrainian major general on Russia's spring
# offensive on the Donetsk front. The author's own voice ("our infantry", "I counted four") has
# claimant_side `*`; Ukraine's General Staff, Air Force, Defence Ministry, "our own intelligence"
# and the battalion commander quoted inside a brigade commander's quote speak for Ukraine;
# DeepState is a volunteer monitor (`*`); the Russian Defence Ministry and Medvedev speak for
# Russia. Country Ukraine unless stated. Required: "about 120,000" troops concentrated (massed,
# Donetsk; the subhead's "some 120,000" is optional), DeepState's 437 km2 seized (region `*`: the
# whole front), "no more than 9" km deep (territory, km, action `*`), the General Staff's 38,420
# killed and wounded (action `*`) and 212 tanks, 486 armoured vehicles and 731 artillery systems
# lost (action and actor `*`), "more than 9,600" guided bombs dropped (launched), 1,100 FPV drones
# "burned through" (launched, actor Ukraine), "4. 5 million" drones produced (action `*`, actor
# Ukraine, region None; "six million this year" a plan), 2.9 billion dollars spent, "more than
# 410,000" Russian contract soldiers (personnel, action `*`, country Russia, region None), "about
# 25,000" reservists around Belgorod (action `*`), 11 Patriot batteries received (delivery, actor
# `*`) with "seven from the United States" (breakdown by supplier), the Russian ministry's 48
# armoured vehicles destroyed "including nine Bradleys" (a type within a weapon total: required)
# and the author's "four" (the same claim counted by him). Optional: the forecasts (300 km2, 40,000
# casualties, "at least another 20,000"), the need for "at least 25" batteries and the G7's pledged
# 50 billion dollars. Debatable: "31" settlements, "14" brigades, "a third", "roughly 90" men per
# km2, "40" kilometres, "1,100 more" (a request), "around 30,000" and "about 2,500" a month, "four"
# times, "one million" shells a year, "1.8 million", "60,000" people, "60" per cent, "fewer than
# 200". Non-claims: "34 years", "the last eleven", "The headline number first", "the other half",
# "3 March", "9 April", 1943 and "some 2,700 tanks" (another war), "six weeks", KAB-500, KAB-1500,
# Su-34, "3rd Assault Brigade", "four days", 2027 (twice), Geran-2, 2024 (twice), "three
# scenarios", "the first", "the second", "The third", "First", "Second", "Third", 2023, "Group of
# Seven", "March 2026", "nine months", "a single week", "Viktor Oliinyk, 67", "2014-2015", 2021,
# and the furniture ("14 April 2028", "07:30", "9 min", "1.4K" twice, "312" twice, "5 stories", "8
# am", "48,000 readers", "Why 2028 is not 1943", "Ten lessons from two years", "100 more brigades",
# "F-16 at three", "1.", "2.", "18-24", "15 April", "2016–2028", "R40-01872", "18+").
rows(d, [
    ("Moscow has thrown some 120,000 men", "some 120,000", 120000, APX, "count", PER, N, A, R, U, A, U, Dn, True),  # subhead
    ("concentrated about 120,000 troops", "about 120,000", 120000, APX, "count", PER, N, "massed", R, U, U, U, Dn),
    ("counts 437 square kilometres seized", "437", 437, EX, "km2", TER, N, "seized", R, U, A, U, A),
    ("is no more than 9 kilometres", "no more than 9", 9, LE, "km", TER, N, A, R, U, A, U, Dn),
    ("Russia lost 38,420 servicemen", "38,420", 38420, EX, "count", CAS, N, A, A, R, U, U, A),
    ("along with 212 tanks", "212", 212, EX, "count", W, "tank", A, A, R, U, U, A),
    ("486 armoured vehicles", "486", 486, EX, "count", W, "armored_vehicle", A, A, R, U, U, A),
    ("731 artillery systems", "731", 731, EX, "count", W, "artillery", A, A, R, U, U, A),
    ("dropped more than 9,600 guided aerial bombs", "more than 9,600", 9600, GE, "count", W, "guided_bomb", "launched", R, U, U, U, A),
    ("We burned through 1,100 FPV drones", "1,100", 1100, EX, "count", W, "drone", "launched", U, R, U, U, A),
    ("produced 4. 5 million drones", "4. 5 million", 4500000, EX, "count", W, "drone", A, U, A, U, U, N),
    ("aims for six million this year", "six million", 6000000, EX, "count", W, "drone", A, U, A, U, U, N, True),  # plan
    ("spent 2.9 billion dollars", "2.9 billion", 2900000000, EX, "usd", ECO, N, A, A, A, A, U, N),
    ("more than 410,000 men had signed contracts", "more than 410,000", 410000, GE, "count", PER, N, A, R, A, R, R, N),
    ("holds about 25,000 reservists around Belgorod", "about 25,000", 25000, APX, "count", PER, N, A, R, A, U, R, Be),
    ("gains perhaps another 300 square kilometres", "300", 300, APX, "km2", TER, N, "seized", R, U, A, U, A, True),  # forecast
    ("the cost of 40,000 more casualties", "40,000", 40000, EX, "count", CAS, N, A, A, R, A, U, A, True),  # forecast
    ("received 11 Patriot batteries", "11", 11, EX, "count", W, "air_defense", A, A, A, A, A, A),
    ("seven from the United States", "seven", 7, EX, "count", W, "air_defense", A, US, A, A, A, A),
    ("needs at least 25 to protect", "at least 25", 25, GE, "count", W, "air_defense", A, A, A, A, A, A, True),  # need
    ("Group of Seven's 50 billion dollars", "50 billion", 50000000000, EX, "usd", ECO, N, A, A, A, A, A, A, True),  # pledge
    ("had destroyed 48 Western-supplied", "48", 48, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, U, Dn),
    ("including nine Bradleys", "nine", 9, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, U, Dn),
    ("I counted four.", "four", 4, EX, "count", W, "armored_vehicle", "destroyed", R, U, A, U, Dn),
    ("cost Russia at least another 20,000 men", "20,000", 20000, GE, "count", CAS, N, A, A, R, A, U, A, True),  # forecast
])
any_(d, [
    ('"liberated" 31 settlements', "31"),
    ('"crushed" 14 Ukrainian brigades', "14"),
    ("discount those figures by a third", "a third"),
    ("paying roughly 90 men", "roughly 90"),
    ("from 40 kilometres out", "40"),
    ("asked me for 1,100 more", "1,100"),
    ("recruiting around 30,000 a month", "around 30,000"),
    ("about 2,500 Geran-2 drones a month", "about 2,500"),
    ("roughly four times what they managed", "four"),
    ("deliver one million shells a year", "one million"),
    ("alone found 1.8 million last year", "1.8 million"),
    ("a town of 60,000 people", "60,000"),
    ("at perhaps 60 per cent", "60"),
    ("had fewer than 200 men fit to fight", "fewer than 200"),
])

# ---------------------------------------------------------------- s02 Krasnodar refinery fire
d = "s02_krasnodar_refinery_drone_fire.txt"
# A Krasnodar city news site (Ekaterinodar Online) on a drone attack on the Ilsky refinery and the
# fire. The regional operational headquarters, Governor Kondratyev, the Defence Ministry,
# Rosaviatsia and the Novorossiysk mayor speak for Russia; an SBU source for Ukraine; residents and
# the outlet ("our newsroom", "By our count") are `*`. Country Russia, region `*` (Krasnodar is
# outside the vocabulary). The headquarters' paragraph is repeated under LIVE UPDATES (one claim
# each). Required: two employees injured (actor `*`; the headline's "two workers" optional),
# "Around 300" residents evacuated, 14 private houses damaged, the ministry's 93 drones (region
# None) with "44 of them" over Krasnodar region and 17 over the Black Sea (breakdowns by place;
# country `*` for the sea), two airports restricted (infrastructure), the SBU source's "At least
# 15" drones that reached the target (action `*`) and three unmanned boats destroyed (weapon_type
# and action `*`, target `*`: the sentence names no side). Debatable: "1,800" square metres
# (headline and body), "about 23,000" people, "35" km, "at least eight" explosions, "eleven" bangs,
# "two" km, "Some 240" firefighters, "68" units of equipment, "four" streets, "100,000" and "up to
# 1 million" roubles, "23" flights, "six" diverted, "6. 6 million" tonnes, "3.2%", "62.90" roubles,
# "five" stations, "one of its two" units halted, "at least 37" times. Non-claims: "3 May",
# "02:40", "Galina, 58", "the fifth floor", "one of them" (a pronoun, twice), "11:15" (twice),
# "School No. 2" (twice), "02:10", "08:30", "the third strike", AI-95, 2024, "In February", "19
# days", "Article 205", and the furniture ("+19°C", "92.15", "99.80", "3 May 2028", "09:47",
# "13:20" twice, "21 604", "87", "8-800-707-23-42", "15 Lenina St.", "9:00", "18:00", "12:05",
# "10:30", "12 drones downed over Armavir on 28 April", "5 rules", "112 thousand readers",
# "2008–2028", "FS 77-81234", "16+", "350000", "40 Krasnaya St.", "office 12", "+7 861 200-17-17").
rows(d, [
    ("square metres, two workers injured", "two", 2, EX, "count", CAS, N, "injured", A, R, A, R, A, True),  # headline
    ("Two employees of the plant were injured", "Two", 2, EX, "count", CAS, N, "injured", A, R, R, R, A),
    ("Around 300 residents", "Around 300", 300, APX, "count", DIS, N, "evacuated", A, A, R, R, A),
    ("damaged 14 private houses", "14", 14, EX, "count", INF, N, A, A, R, R, R, A),
    ('"intercepted and destroyed" 93 Ukrainian', "93", 93, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("44 of them over Krasnodar region", "44", 44, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("and 17 over the Black Sea", "17", 17, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("temporary restrictions on two airports", "two", 2, EX, "count", INF, N, A, A, A, R, R, A),
    ('"At least 15 long-range drones reached', "At least 15", 15, GE, "count", W, "drone", A, U, R, U, R, A),
    ("three unmanned boats were destroyed", "three", 3, EX, "count", W, A, A, R, A, R, R, A),
])
any_(d, [
    ("refinery: fire on 1,800 square metres", "1,800"),
    ("a village of about 23,000 people", "about 23,000"),
    ("35 kilometres southwest", "35"),
    ("at least eight explosions", "at least eight"),
    ("I counted eleven bangs", "eleven"),
    ("two kilometres from the refinery fence", "two"),
    ("covered an area of 1,800 square metres", "1,800"),
    ("Some 240 firefighters", "Some 240"),
    ("68 units of equipment", "68"),
    ("of the four streets nearest", "four"),
    ("compensation of 100,000 roubles", "100,000"),
    ('"up to 1 million" for the families', "up to 1 million"),
    ("23 flights were delayed", "23"),
    ("and six diverted", "six"),
    ("processes 6. 6 million tonnes", "6. 6 million"),
    ("rising 3.2% on Wednesday", "3.2%"),
    ("unchanged at 62.90 roubles", "62.90"),
    ("checking five stations", "five"),
    ("halted one of its two", "one"),
    ("of its two processing units", "two"),
    ("at least 37 times since January", "at least 37"),
])

# ---------------------------------------------------------------- s03 education ministry
d = "s03_education_ministry_schools_shelters.txt"
# A Ukrainian Ministry of Education and Science press release on damaged and destroyed schools and
# shelters. The ministry's own voice, the Office of the Prosecutor General, the regional military
# administrations and the minister speak for Ukraine; the Russian Defence Ministry for Russia.
# Country Ukraine; region None for national figures. Required: 4,380 institutions damaged and 442
# destroyed (a different fate on part) with the regional breakdown (1,036 Kharkiv, 862 Donetsk, 540
# Zaporizhzhia), the quarter's 118 damaged and 13 destroyed, two kindergartens damaged and three
# people killed in Kryvyi Rih (Dnipropetrovsk; actor Russia: "a Russian missile strike" in the same
# sentence), 671 children killed and "more than 2,150" injured (actor Russia: "Russian
# aggression"), 84 education workers killed (actor `*`; "19 of them" a subset), 6. 3 billion and
# 1.2 billion hryvnias spent (stray space kept), 2,740 children evacuated (region `*`: two
# regions), Russia's "up to 70 foreign mercenaries" (Sumy), the EU's €148 million and Japan's "4. 2
# billion" yen received. The headline's 4,380 and 442 restate (optional); the 7.5 billion for 2028
# is planned spending (optional). Debatable: "1,610" shelters (headline and body), "81%", "roughly
# 900" shelters, "Twenty-six" underground schools, "some 19,000" children, "31" under construction,
# "6" metres, "1,000" pupils, "1,090" and "640" schools, "About 1.3 million" pupils, "a third", the
# headmistress's "1,200" and "380" (twice), "14" classrooms, "27" modular schools. Non-claims:
# "February 2022", "15 March 2028", "24 February 2022", "the first quarter of 2028", "9 March",
# "Lyceum No. 17", "9-year-old", 2027, "every one of them" (a pronoun), 2028, "two shifts", "18
# March", "last week", "12 March", "Gymnasium No. 1", 2024, 2023, "every 24 hours", and the
# furniture ("Hotline 15 47" twice, "20 March 2028", "14:05", "3 418", "test 2028", "25 March",
# "142 schools in Odesa region", "01030", "7 Osvitnia St.", "© 2028", "CC BY 4.0").
rows(d, [
    ("Schools under fire: 4,380 educational institutions", "4,380", 4380, EX, "count", INF, N, A, A, U, U, U, N, True),  # headline
    ("442 destroyed since February 2022", "442", 442, EX, "count", INF, N, A, A, U, U, U, N, True),  # headline
    ("As of 15 March 2028, 4,380 educational institutions", "4,380", 4380, EX, "count", INF, N, A, A, U, U, U, N),
    ("of which 442 have been completely destroyed", "442", 442, EX, "count", INF, N, A, A, U, U, U, N),
    ("Kharkiv region, with 1,036 institutions", "1,036", 1036, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("Donetsk region with 862", "862", 862, EX, "count", INF, N, A, A, U, U, U, Dn),
    ("Zaporizhzhia region with 540", "540", 540, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("In the first quarter of 2028 alone, 118 schools", "118", 118, EX, "count", INF, N, A, A, U, U, U, N),
    ("damaged and 13 destroyed", "13", 13, EX, "count", INF, N, A, A, U, U, U, N),
    ("Lyceum No. 17 and two kindergartens", "two", 2, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("three people, including a 9-year-old girl", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, Dp),
    ("has killed 671 children", "671", 671, EX, "count", CAS, N, "killed", R, U, U, U, N),
    ("injured more than 2,150", "more than 2,150", 2150, GE, "count", CAS, N, "injured", R, U, U, U, N),
    ("register lists 84 teachers", "84", 84, EX, "count", CAS, N, "killed", A, U, U, U, N),
    ("19 of them while on duty", "19", 19, EX, "count", CAS, N, "killed", A, U, U, U, N, True),  # subset
    ("The state spent 6. 3 billion hryvnias", "6. 3 billion", 6300000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("another 1.2 billion coming from local budgets", "1.2 billion", 1200000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("allocates 7.5 billion hryvnias", "7.5 billion", 7500000000, EX, A, ECO, N, A, A, A, U, U, N, True),  # planned
    ("the evacuation of 2,740 children", "2,740", 2740, EX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("deployment point of up to 70 foreign mercenaries", "up to 70", 70, LE, "count", PER, N, A, U, A, R, U, Su),
    ("provided €148 million for school shelters", "€148 million", 148000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("Japan 4. 2 billion yen", "4. 2 billion", 4200000000, EX, A, ECO, N, A, A, A, U, U, N),
])
any_(d, [
    ("1,610 shelters built or rebuilt in 2027", "1,610"),
    ("In 2027, 1,610 shelters", "1,610"),
    ("with a shelter to 81%", "81%"),
    ("roughly 900 more shelters", "roughly 900"),
    ("Twenty-six are already open", "Twenty-six"),
    ("some 19,000 children", "some 19,000"),
    ("31 more are under construction", "31"),
    ("built 6 metres below ground", "6"),
    ("takes 1,000 pupils", "1,000"),
    ("1,090 schools teach fully online", "1,090"),
    ("a further 640 use", "640"),
    ("About 1.3 million pupils", "About 1.3 million"),
    ("or roughly a third", "a third"),
    ("We had 1,200 pupils", "1,200"),
    ("Today we have 380", "380"),
    ("those 380 children", "380"),
    ("its gym and 14 classrooms", "14"),
    ("financed 27 modular schools", "27"),
])

# ---------------------------------------------------------------- s04 donor foundation report
d = "s04_foundation_report_terminals_drones.txt"
# A Ukrainian charitable foundation's quarterly report (Nebokrai Foundation, "we", "our") on money
# raised and satellite terminals and drones delivered. The foundation and its director have
# claimant_side `*`; the brigades' reports, the brigade commander quoted in the director's quote
# and the interceptor crews' commanders speak for Ukraine; the UK's Ministry of Defence for the
# United Kingdom; Lithuania's ministry `*`; Russia's Defence Ministry for Russia. The director's
# quote is repeated at the end (one claim each). Required: "187. 4 million" hryvnias received
# (stray space kept), "$1.35 million" received, 174.9 million spent (country Ukraine, region `*`),
# 2,630 drones handed over with 2,180 FPV, 320 reconnaissance, 88 "Vampire" and 42 interceptor
# drones (types within the total; actor, target, country, region `*`), the commander's "two BMPs"
# destroyed near Lyptsi (Kharkiv), the brigades' 41 tanks, 126 armoured vehicles and 23 artillery
# systems destroyed (region `*`), 37 Shahed-type drones shot down (Kharkiv), the UK's "more than
# 30,000" drones delivered, Lithuania's 5,000 FPV drones and the Russian claim of "up to 400"
# drones destroyed in Kharkiv. Optional: the subhead's and the quote's 2,630 (restatements), "740"
# assembled in the workshop (subset), the 100,000 to be sent in 2028, the next quarter's 3,000 FPV
# and 60 interceptor drones and "about 95 million" hryvnias (plans). Debatable: "1,150" terminals
# (subhead and body), "About 61%", "24%", "64" units, "310" power stations, "96" generators, "Nine"
# terminals destroyed, "eleven" manufacturers, "two" air defence groups, "14" pickup trucks, "6"
# evacuation vehicles, "212" operators, "38" electronic warfare systems, the prices ("16,800",
# "19,500", "14,200", "about 1.1 million") and "400" terminals planned. Non-claims: "the first
# quarter" (twice), "1 January and 31 March 2028", "the spring of 2022", "Our largest single
# partner", 2028, Mavic 3T, "Autel EVO Max 4T", "Eighteen months ago" and "one by one" (twice),
# "3rd Assault Brigade" (twice), "January and March", "Piranha AVD 360", "In February", 2027, "2
# March", "a mechanic, 44", "a year ago", "April–June", and the furniture ("Reports › 2028 › Q1",
# "January–March 2028", "7 April 2028", "7 min", "2.4 MB", "500 hryvnias", "17,000", "200 | 500 |
# 1,000 | 5,000", the EDRPOU code and IBAN, "Annual report 2027", "5.1 MB", "86,000", "140,000",
# "2022–2028").
rows(d, [
    ("terminals and 2,630 drones to the front", "2,630", 2630, EX, "count", W, "drone", A, A, A, A, A, A, True),  # subhead
    ("gave the Nebokrai Foundation 187. 4 million hryvnias", "187. 4 million", 187400000, EX, A, ECO, N, A, A, A, A, U, A),
    ("transferred $1.35 million", "$1.35 million", 1350000, EX, "usd", ECO, N, A, A, A, A, U, A),
    ("We spent 174.9 million hryvnias", "174.9 million", 174900000, EX, A, ECO, N, A, A, A, A, U, A),
    ("In total we handed over 2,630 drones", "2,630", 2630, EX, "count", W, "drone", A, A, A, A, A, A),
    ("2,180 FPV drones", "2,180", 2180, EX, "count", W, "drone", A, A, A, A, A, A),
    ("320 reconnaissance drones", "320", 320, EX, "count", W, "drone", A, A, A, A, A, A),
    ('88 "Vampire" heavy bomber drones', "88", 88, EX, "count", W, "drone", A, A, A, A, A, A),
    ("and 42 interceptor drones", "42", 42, EX, "count", W, "drone", A, A, A, A, A, A),
    ("740 were assembled in our own workshop", "740", 740, EX, "count", W, "drone", A, A, A, A, A, A, True),  # subset
    ("our donors paid for 2,630 of them", "2,630", 2630, EX, "count", W, "drone", A, A, A, A, A, A, True),  # restates
    ("took out two BMPs near Lyptsi", "two", 2, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Kh),
    ("destroying 41 Russian tanks", "41", 41, EX, "count", W, "tank", "destroyed", U, R, U, U, A),
    ("126 armoured vehicles", "126", 126, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, A),
    ("23 artillery systems", "23", 23, EX, "count", W, "artillery", "destroyed", U, R, U, U, A),
    ("shot down 37 Shahed-type drones", "37", 37, EX, "count", W, "drone", "shot_down", U, R, U, U, Kh),
    ('"more than 30,000 drones"', "more than 30,000", 30000, GE, "count", W, "drone", A, A, A, UK, A, A),
    ("would send 100,000 in 2028", "100,000", 100000, EX, "count", W, "drone", A, A, A, UK, A, A, True),  # plan
    ("handed over 5,000 FPV drones", "5,000", 5000, EX, "count", W, "drone", A, A, A, A, A, A),
    ('"up to 400 Western drones"', "up to 400", 400, LE, "count", W, "drone", "destroyed", R, U, R, U, Kh),
    ("April–June is 3,000 FPV drones", "3,000", 3000, EX, "count", W, "drone", A, A, A, A, A, A, True),  # plan
    ("and 60 interceptor drones", "60", 60, EX, "count", W, "drone", A, A, A, A, A, A, True),  # plan
    ("take about 95 million hryvnias", "about 95 million", 95000000, APX, A, ECO, N, A, A, A, A, U, A, True),  # planned
])
any_(d, [
    ("In the first quarter we delivered 1,150", "1,150"),
    ("About 61% came from", "About 61%"),
    ("24% from the diaspora", "24%"),
    ("We delivered 1,150 satellite terminals (Starlink", "1,150"),
    ("to 64 units", "64"),
    ("310 power stations", "310"),
    ("and 96 generators", "96"),
    ("Nine terminals we supplied", "Nine"),
    ("bought from eleven Ukrainian manufacturers", "eleven"),
    ("two mobile air defence groups", "two"),
    ("14 pickup trucks", "14"),
    ("6 evacuation vehicles", "6"),
    ("trained 212 drone operators", "212"),
    ("sent 38 electronic warfare systems", "38"),
    ("on average 16,800 hryvnias", "16,800"),
    ("down from 19,500 a year ago", "19,500"),
    ("Starlink Mini terminal 14,200 hryvnias", "14,200"),
    ("ground station about 1.1 million", "about 1.1 million"),
    ("400 terminals and 60", "400"),
])

# ---------------------------------------------------------------- s05 Zhytomyr administration
d = "s05_zhytomyr_administration_briefing.txt"
# The Zhytomyr Regional Military Administration's website on its head's weekly briefing. The head
# (Kravets), "our intelligence" and the Air Force speak for Ukraine; Belarus's State Border
# Committee and Russian Telegram channels have claimant_side `*`. Country Ukraine, region `*`
# (Zhytomyr is outside the vocabulary), region None for the Air Force's nationwide launches.
# Required: 146 drones, six Kh-101 and two Iskander-M missiles launched at Ukraine, 27 drones and
# three cruise missiles shot down over the region, two killed and five injured in Korosten (actor
# `*`: the sentence names no perpetrator), 46 houses, three apartment blocks and two enterprises
# damaged, "no more than 1,500" Russian servicemen in Belarus (deployed, country `*`), 164 children
# and 97 adults evacuated, Belarus's claim of "up to 12,000" Ukrainian troops massed, the Telegram
# channels' "at least 60" foreigners killed, 21,400 FPV and 1,300 reconnaissance drones produced
# (actor Ukraine), "214. 6 million" hryvnias received (stray space kept) and 36 million paid to
# units. Optional: the 48 million to be spent on shelters. Debatable: "four" nights, "Some 38,000"
# households, "31" houses examined, "9" villages, "5" kilometres, "twice" as many, "two" plants,
# "about 900" jobs, "11" shelters, "17" vehicles, "212" families, "1,240" hectares, "94" explosive
# objects, "two" aerial bombs, "58,300" and "1,150" displaced, "128" alerts. Non-claims: "17–23
# April", "19 April" (three times), Shahed, Kh-101, Iskander-M, "03:20", "a 71-year-old woman", "a
# 12-year-old boy", "17:00", "1 April", "the first quarter of 2028", "the first quarter" (twice
# more), "one-off", "a year earlier", "March and April" (twice), "95th Separate Air Assault
# Brigade", "9 hours 40 minutes", and the furniture ("08:12", "24 April 2028", "16:30", "5 207",
# "23 April 2028", "24 April", "21 April 2028", "3 ambulances", "19 April 2028", "10014", "12
# Soborna Sq.", "0 800 50 13 13", "© 2028").
rows(d, [
    ("Russia launched 146 attack drones", "146", 146, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("as well as six Kh-101 cruise missiles", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("and two Iskander-M ballistic missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down 27 drones", "27", 27, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("and three cruise missiles over the region", "three", 3, EX, "count", W, "missile", "shot_down", U, R, U, U, A),
    ("Two people were killed", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, A),
    ("and five were injured", "five", 5, EX, "count", CAS, N, "injured", A, U, U, U, A),
    ("In total, 46 private houses", "46", 46, EX, "count", INF, N, A, A, U, U, U, A),
    ("three apartment blocks", "three", 3, EX, "count", INF, N, A, A, U, U, U, A),
    ("and two enterprises were damaged", "two", 2, EX, "count", INF, N, A, A, U, U, U, A),
    ("no more than 1,500 Russian servicemen", "no more than 1,500", 1500, LE, "count", PER, N, "deployed", R, A, U, A, A),
    ("164 children and 97 adults", "164", 164, EX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("and 97 adults have left", "97", 97, EX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ('"massed up to 12,000 troops"', "up to 12,000", 12000, LE, "count", PER, N, "massed", U, A, A, U, A),
    ('killed "at least 60 foreigners"', "at least 60", 60, GE, "count", CAS, N, "killed", R, U, A, U, A),
    ("produced 21,400 FPV drones", "21,400", 21400, EX, "count", W, "drone", A, U, A, U, U, A),
    ("and 1,300 reconnaissance drones", "1,300", 1300, EX, "count", W, "drone", A, U, A, U, U, A),
    ("received 214. 6 million hryvnias", "214. 6 million", 214600000, EX, A, ECO, N, A, A, A, U, U, A),
    ("Another 48 million will be spent", "48 million", 48000000, EX, A, ECO, N, A, A, A, U, U, A, True),  # planned
    ("has transferred 36 million hryvnias", "36 million", 36000000, EX, A, ECO, N, A, A, A, U, U, A),
])
any_(d, [
    ("attacked the region on four nights", "four"),
    ("Some 38,000 households", "Some 38,000"),
    ("examined 31 of the houses", "31"),
    ("from 9 villages within", "9"),
    ("within 5 kilometres of the border", "5"),
    ("twice as many as a year earlier", "twice"),
    ("Another two drone plants", "two"),
    ("creating about 900 jobs", "about 900"),
    ("where 11 shelters are currently", "11"),
    ("bought 17 vehicles for them", "17"),
    ("The families of 212 fallen defenders", "212"),
    ("surveyed 1,240 hectares", "1,240"),
    ("removed 94 explosive objects", "94"),
    ("including two aerial bombs", "two"),
    ("hosts 58,300 internally displaced persons", "58,300"),
    ("1,150 of whom arrived", "1,150"),
    ("of the 128 alerts", "128"),
])

# ---------------------------------------------------------------- s06 Serbian volunteers
d = "s06_serbia_volunteers_both_sides.txt"
# A Belgrade outlet's English edition (Beogradski Puls) on Serbian volunteers fighting for Russia
# and for Ukraine and Belgrade's position. HUR and the International Legion speak for Ukraine; the
# Russian embassy for Russia; Vučić, Serbian prosecutors, the Balkan Security Observatory and its
# researcher, Evropský Monitor, the outlet and the volunteers Dragan and Nikola have claimant_side
# `*`; the SVR's vague "hundreds of thousands" is debatable anyway. The READ ALSO block is repeated
# (furniture). Required: Dragan's "Four" dead (target Russia, actor `*`; his closing "four are
# dead" restates: optional), HUR's "about 230" and "at least 40" Serbs for Russia, the embassy's
# "no more than 50", the Legion's "about a dozen" (12) for Ukraine, the researcher's 17 for Ukraine
# and "three of whom" killed, the observatory's 186 for Russia and "34 of them" killed (a different
# fate on part: required), Evropský Monitor's "at least €870 million" of ammunition and Nikola's
# "about 60" Russian vehicles destroyed. Debatable: the headline's "dozens", "eleven" (twice), "41"
# charged, "29" convictions, "220,000" roubles, "about 2,400" euros, "1. 2 million" roubles,
# "three" resolutions, "90" per cent, "hundreds of thousands", "1. 3 billion" euros, "2. 4 billion"
# cubic metres, "about 85%", "two of them from school", "two are still there", "280" dinars.
# Non-claims: "a handful", "Dragan, 41", "72nd Special Operations Brigade", "three photographs",
# "In one he is wearing", 2023, "Article 386a" (twice), "up to 12 years", "February 2022", "April
# 2028", 2014, "a one-off bonus", "five months", "six years", "a single bullet", "Group of Seven",
# 2022, 2027 (twice), "January 2025", "Nikola, 29", 2025, "his first day", "the 14th foreigner",
# "the first Serb", "the first one", and the furniture ("3,100 subscribers", "11 May 2028",
# "10:15", "4,812 views", "26 comments", "3:42" twice, "Ten years on" twice, "31 March 2029" twice,
# "148 shares", "NV002417", "2011–2028").
rows(d, [
    ("Four are dead", "Four", 4, EX, "count", CAS, N, "killed", A, R, A, U, A),
    ('"about 230 citizens of Serbia"', "about 230", 230, APX, "count", PER, N, A, R, A, U, U, A),
    ('"at least 40" were serving', "at least 40", 40, GE, "count", PER, N, A, R, A, U, A, A),
    ('"no more than 50 over all these years"', "no more than 50", 50, LE, "count", PER, N, A, R, A, R, U, A),
    ('"about a dozen" Serbian citizens', "about a dozen", 12, APX, "count", PER, N, A, U, A, U, U, A),
    ("counts 17, three of whom", "17", 17, EX, "count", PER, N, A, U, A, A, U, A),
    ("three of whom have been killed", "three", 3, EX, "count", CAS, N, "killed", A, U, A, U, A),
    ("has identified 186 Serbs", "186", 186, EX, "count", PER, N, A, R, A, A, U, A),
    ("34 of them killed", "34", 34, EX, "count", CAS, N, "killed", A, R, A, U, A),
    ('worth "at least €870 million"', "at least €870 million", 870000000, GE, A, ECO, N, A, A, A, A, A, A),
    ('destroyed "about 60" Russian vehicles', "about 60", 60, APX, "count", W, "vehicle", "destroyed", U, R, A, U, A),
    ("Of the eleven, four are dead", "four", 4, EX, "count", CAS, N, "killed", A, R, A, U, A, True),  # restates
])
any_(d, [
    ("dozens fight for Russia", "dozens"),
    ("We were eleven Serbs in our company", "eleven"),
    ("have charged 41 people", "41"),
    ("secured 29 convictions", "29"),
    ("offered 220,000 roubles a month", "220,000"),
    ('"about 2,400 euros at the time"', "about 2,400"),
    ("bonus of 1. 2 million roubles", "1. 2 million"),
    ("voted for three resolutions", "three"),
    ("90 per cent of our citizens", "90"),
    ('"hundreds of thousands of shells"', "hundreds of thousands"),
    ("arms exports of 1. 3 billion euros", "1. 3 billion"),
    ("bought 2. 4 billion cubic metres", "2. 4 billion"),
    ("about 85% of its consumption", "about 85%"),
    ("I know two of them from school", "two"),
    ("Of the eleven, four", "eleven"),
    ("two are still there", "two"),
    ("and pays: 280 dinars", "280"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s73")
