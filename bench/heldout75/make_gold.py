"""Builds gold.jsonl for heldout75 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout75.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (its `make_gold.py`, `check_gold.py` and `SOURCES.md`
only): headlines, subheads, fact boxes, summary boxes and later restatements are optional;
subsets introduced by "of whom", "among them", "including", "of them" are optional, except a
model or type within a weapon total; a breakdown of a total by place is required, and so is a
different action or fate on part of a total ("of which 174 were intercepted"); in a list with a
qualifier only the qualified items keep it (the others `*`), a list with no qualifier is exact;
casualty sentences that name no perpetrator have actor `*`; a range is one claim quoting the
whole range; losses reported as "lost" have action `*`; drones destroyed in flight are
shot_down; pledges, promises, plans and planned spending are optional; an earlier state ("up
from 31,870 in April") is optional. Bodies that are not sides (NATO, the EU, NGOs, think tanks,
volunteer monitors such as DeepState, companies, and states outside the vocabulary of sides
such as Norway, Poland, Azerbaijan, Turkey, Germany) have claimant_side `*`, and a sum or
estimate they give keeps the actor and target of what it counts; an outlet's or author's own
voice has claimant_side `*`. Damaged buildings and facilities are infrastructure with action
and actor `*` (damaged and destroyed alike). Deliveries to a side are weapons with action `*`
and the supplier as actor (`*` when the supplier is not a side), target, country and region
`*`. Money in another currency than the dollar has unit `*`; money received, paid or disbursed
is required; damage assessed in money is economic, required, actor and target `*`. Counts of
places, incidents, cases and claims, group sizes, shares and rates, distances, sizes, prices and
payments, workforces and other population stocks, recipients of aid or care, vehicle counts,
aircraft standing at a base (a stock) and vague quantities ("hundreds") are debatable (`any_`);
a table whose cells restate no sentence is debatable cell by cell, and a table that restates
the body is debatable cell by cell too. A side's army size or troops massed are personnel.
States outside the vocabulary of sides as country are `*`; the check's vocabulary of regions is
closed, so a region outside it (Murmansk, Luhansk, Mykolaiv, Tatarstan, Poland's) is `*`, and
so is the region of a figure that spans several regions or is not placed; a nationwide figure
has region None. Dates, times, durations ("nearly seven hours", "eleven months", "up to 30
days", "over 18 months"), ages ("56-year-old", "14-year-old", "71-year-old"), ordinals ("14th
batch", "3rd round", "11th time", "third month running", "Issue #64"), numbers inside names and
models (Tu-95MS, Tu-22M3, Kh-101, Su-34, Su-25, F-35, Iskander-M, Tor-M2, Geran-2,
Severomorsk-1, Severomorsk-3, "2nd Army Corps", APT44, APT28, "military unit 74455",
UAC-0050, UAC-0133, NoName057(16), "cam17", "Resolution No. 284", "9-storey") and page furniture
are not labelled; "one of them", "one of the region's military facilities", "every one of them"
are pronouns.

Decided anew for this set:
- Arctic bases (s01): aircraft and ships "hit" or "damaged" have action `*`; Olenya, Severomorsk
  and Olenegorsk are in Murmansk region (region `*`); the Russian Defence Ministry's overnight
  total over several regions has region None (as in heldout48), its Murmansk share is a
  breakdown by place (required). A Russian governor and the Northern Fleet speak for Russia.
  Airports closed by the aviation authority are infrastructure (required, action, actor and
  target `*`). Satellite imagery "reviewed by" the outlet is the outlet's voice (claimant_side
  `*`), aircraft seen destroyed keep actor Ukraine, target Russia. A past strike reported with
  its own figure ("in 2026, when the SBU said 17 aircraft had been damaged") is a separate claim
  (required), not an earlier state of a running count. A correction note restating the right
  figure ("The fleet said nine") is optional; the wrong figure it corrects ("eight") is
  debatable. "not one had reached" is debatable; Norway's scrambled jets are debatable.
- World column (s02): numbers in the column's items that are not about the war (a protest in
  Tbilisi, an earthquake in Japan with its injured, Caspian cargo, a football score) are not
  claims and are not labelled, even when they count casualties. An update at the end of the
  column that raises a toll ("risen to five", "21 people were injured") is required, like the
  figure it replaces. Drones entering a third country with no owner named: actor, action,
  target, country and region `*`. Humanitarian aid sent to Ukraine valued in money ("worth 4. 5
  million manats") is money disbursed (required, unit `*`, claimant_side `*`); the items
  shipped (transformers and generators) are equipment counts (debatable). Prisoners returned
  from captivity fit no category (debatable). Gas prices and gas held in storage are debatable.
  A quote inside a quote (a commander's anecdote relayed by Zelensky) and a rhetorical figure
  ("three hundred drones a night") are debatable. A "Most read" list restating an item is
  furniture.
- Occupied territory (s03): places in occupied Luhansk region have country Ukraine (borders as
  internationally recognised) and region `*`. The Russian-installed head of the "LPR" and its
  ministries speak for Russia. Ukrainian strikes on places Russia holds have target Russia,
  including the civilians killed and wounded there and the buildings damaged there. Rockets
  fired by HIMARS launchers, and those shot down, have weapon_type `*` (missile or mlrs both
  defensible); the launchers are mlrs; ATACMS are missiles. Rockets that "hit" a building are a
  different fate on part of those fired (required, action `*`). The statement repeated as a
  Telegram embed is a repeated paragraph (one claim each). The per-family payment promised
  ("1 million roubles each"), rescuers and units of equipment, people pulled alive and a
  resident's "nine explosions" are debatable. "killed or wounded" is casualties with action `*`.
  Figures "over the past 24 hours" that the Russian ministry does not place have country and
  region `*`.
- Demining (s04): farmland cleared of explosive ordnance, and land potentially contaminated,
  are territory with action, actor and target `*`; hectares are outside the unit vocabulary, so
  the value stays in hectares ("712.4 thousand" -> 712400) with unit `*`; square kilometres are
  km2, the bracketed square miles optional (mi2). The regional list of hectares is a breakdown
  by place (required). Deminers and certified operators (workforce), the pace in hectares a day,
  explosive objects and mines found and destroyed during clearance (ordnance, not a side's
  weapons in use), incidents of machinery hitting mines, farms paid (recipients), demining
  machines (vehicles), the World Bank's cost estimate (a price), the share of costs compensated
  ("up to 80%"), the stock of farmland ("41 million hectares") and the minister's sowing figure
  are debatable. Deminers and tractor drivers killed and injured are casualties with actor `*`.
  Grain destroyed in tonnes is economic damage (unit `*`, action and actor `*`, target
  Ukraine).
- Cyber report (s05): a Ukrainian state agency (SSSCIP, CERT-UA), the SBU and Defence
  Intelligence speak for Ukraine. Cyber incidents, attacks and sites claimed or taken down,
  servers disabled, cameras compromised or disabled, consumers and subscribers cut off,
  individuals and entities sanctioned, and shares are debatable; direct losses in money are
  economic damage (required). Weapons produced ("produces about 2,700 Geran-type drones a
  month") are weapons with action `*`, actor Russia, target `*`, required: an output per period
  like a launch count per quarter, not an average derived from a total (averages stay
  debatable).
- Monthly summary (s06): the General Staff's figures for the month and its cumulative total are
  required; earlier months' figures are earlier states (optional); daily averages and
  percentages are debatable (so is the UK's "around 1,050 a day"). "Personnel losses (killed
  and wounded)" are casualties with action `*`, actor Ukraine, target Russia; "losses of"
  vehicles have action `*`; the staff's UAV line ("downed over the front") is shot_down, actor
  Ukraine. Front-wide losses that the text does not place (the staff's losses, Russia's claim
  of Ukrainian losses) have country and region `*` (the front runs through both countries);
  ground taken from Ukraine (DeepState's square kilometres and settlements, Russia's settlements
  "liberated") has country Ukraine and region `*` unless a region is named; the Air Force's
  launches "at Ukraine" have country Ukraine and region None. "DeepState
  estimates that Russian forces captured 348" has qualifier `*` (the verb hedges the claimant,
  not clearly the number). The night of the month's biggest attack is a separate claim
  (required), not a subset. The "In short" box, repeated at the end, is a summary restating the
  body (optional, one label); the comparison table restates the body (debatable cell by cell).
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

Lv, Do, Kh, He, Od = "Lviv", "Donetsk", "Kharkiv", "Kherson", "Odesa"

# fmt: off
# ---------------------------------------------------------------- s01 Arctic bases, Northern Fleet
d = "s01_arctic_northern_fleet_airbases.txt"
# A Nordic news site (Polar Ledger) on a Ukrainian drone raid on Olenya and Severomorsk-3
# (Murmansk region: region `*`, country Russia). The SBU and its anonymous official and
# Ukraine's Foreign Ministry speak for Ukraine; Russia's Defence Ministry, the Northern Fleet,
# Governor Chibis and Rosaviatsia for Russia; the outlet (and the imagery it reviewed), Nordlys
# Imaging and Norway are `*`. The SBU's quote paragraph is repeated after READ ALSO (one claim
# each). Required: "more than 40" drones launched and "about two dozen" in a second wave, "At
# least four" Tu-95MS and "two" Tu-22M3 hit (a list: "two" has qualifier `*`), "up to 12" killed,
# damage that "could exceed $2. 1 billion" (stray space kept), two patrol boats damaged; the
# ministry's 57 drones (region None) and 22 over Murmansk region; the fleet's nine; two injured
# and three houses damaged; two airports closed; imagery's "at least three" aircraft destroyed
# and two scorched; the 17 aircraft of 2026; the 2 March attack's 44 missiles, 290 drones and
# 16 killed (region None). Optional: the subhead's "at least four" and 57, the correction's
# "nine". Debatable: "two of the Northern Fleet's ... air bases", "roughly 1,800 kilometres",
# "six regions", "not one", "41 flights", "19 large aircraft", "fourteen", "about 30 strategic
# bombers", "1,800 km", "two F-35 fighters", "198 kilometres", "about 20,000 people", "six or
# seven blasts", "eight". Non-claims: Severomorsk-3 (throughout), Tu-95MS, Tu-22M3, Kh-101,
# "14 March 2028, 11:26", "15:02" (twice), "February 2022", "09:10", "2 March" (twice),
# "eleven months", "05:40", "56-year-old", "nearly seven hours", "12:30", "one of the Tu-22M3s",
# "On Monday", Severomorsk-1, 2026, F-35, "three years", "04:15", "One woman", and the furniture ("3 types of
# cookies", "Shares 2.4K", "6 min read", "🗨 318", "Norway's 2028 defence budget rises 9%",
# "👍 1,204", "18,400 readers", "6 new hardened shelters", "2 Feb 2028", "14% in 2027", "2027
# border fence: 3 stories", "2,300 readers", "49 NOK", "2014–2028", "912 447 308", "Storgata
# 11", "9900").
rows(d, [
    ("says at least four Tu-95MS bombers", "at least four", 4, GE, "count", W, "aircraft", A, U, R, U, R, A, True),  # subhead
    ("Moscow says 57 drones were downed", "57", 57, EX, "count", W, "drone", "shot_down", R, U, R, R, N, True),  # subhead
    ('"more than 40" of its drones', "more than 40", 40, GE, "count", W, "drone", "launched", U, R, U, R, A),
    ("At least four Tu-95MS strategic bombers", "At least four", 4, GE, "count", W, "aircraft", A, U, R, U, R, A),
    ("and two Tu-22M3 bombers were hit", "two", 2, A, "count", W, "aircraft", A, U, R, U, R, A),
    ("a second wave of about two dozen drones", "about two dozen", 24, APX, "count", W, "drone", "launched", U, R, U, R, A),
    ("up to 12 servicemen were killed", "up to 12", 12, LE, "count", CAS, N, "killed", U, R, U, R, A),
    ("could exceed $2. 1 billion", "$2. 1 billion", 2100000000, GE, "usd", ECO, N, A, A, A, U, R, A),
    ("two patrol boats had been damaged", "two", 2, EX, "count", W, "ship", A, U, R, U, R, A),
    ('destroyed" 57 Ukrainian drones', "57", 57, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("22 of them over Murmansk region", "22", 22, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("had shot down nine drones", "nine", 9, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("injured two people in Olenegorsk", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, A),
    ("damaged three houses", "three", 3, EX, "count", INF, N, A, A, R, R, R, A),
    ("closed two airports", "two", 2, EX, "count", INF, N, A, A, A, R, R, A),
    ("show at least three aircraft destroyed", "at least three", 3, GE, "count", W, "aircraft", "destroyed", U, R, A, R, A),
    ("and two more with scorch marks", "two", 2, EX, "count", W, "aircraft", A, U, R, A, R, A),
    ("said 17 aircraft had been damaged", "17", 17, EX, "count", W, "aircraft", A, U, R, U, R, A),
    ("launched 44 Kh-101 cruise missiles", "44", 44, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("and 290 drones at Ukraine", "290", 290, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("killing 16 people", "16", 16, EX, "count", CAS, N, "killed", R, U, U, U, N),
    ("The fleet said nine", "nine", 9, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # correction restates
])
any_(d, [
    ("struck two of the Northern Fleet's", "two"),
    ("roughly 1,800 kilometres", "roughly 1,800"),
    ("over six regions", "six"),
    ('"not one" had reached', "not one"),
    ("41 flights were delayed", "41"),
    ("we counted 19 large aircraft", "19"),
    ("Today we count fourteen", "fourteen"),
    ("about 30 strategic bombers", "about 30"),
    ("That range is now 1,800 km", "1,800"),
    ("scrambled two F-35 fighters", "two"),
    ("just 198 kilometres long", "198"),
    ("a town of about 20,000 people", "about 20,000"),
    ('"six or seven blasts"', "six or seven"),
    ("reported eight drones shot down", "eight"),
])

# ---------------------------------------------------------------- s02 Azerbaijani world column
d = "s02_caspian_meridian_world_column.txt"
# A Baku news site's daily world round-up (Caspian Meridian, "World at a glance") with a Ukraine
# item and an evening update. Ukraine's Air Force, the Lviv governor and mayor, the Lviv regional
# administration and Zelensky speak for Ukraine; Russia's Defence Ministry for Russia; Poland,
# Azerbaijan's Foreign Ministry, the IAEA, Turkey and the outlet are `*`. Required: 318 drones
# and 21 missiles launched at Ukraine, "nine Iskander-M" (a model within the total), 286 drones
# and 14 missiles shot down (region None); four killed and 19 injured in Lviv (actor Russia:
# "Russian strikes"); two drones entering Polish airspace (owner not named: actor, action,
# country, region `*`); the ministry's 74 drones shot down over Russia (region None) and "up to
# 1,340" Ukrainian servicemen lost (action `*`, country and region `*`); aid "worth 4. 5 million
# manats" (stray space kept); the update's toll "risen to five" and 21 injured (actor `*`).
# Optional: the subhead's "four killed", "4 of them children". Debatable: "Hundreds of drones",
# "11 locations", "about 120 thousand residents", "40 pupils", "three hundred drones a night", the
# commander's "40 of them", "nine Russian regions", "48 power transformers", "4%", "€38.20",
# "about 9 billion cubic metres", "four experts", "1,210 Ukrainians". Non-claims: the Georgia,
# Japan, Central Asia and sport items ("23rd" twice, "14 people were detained", "3 officers",
# "6.1" twice, "14:52", "injuring 12 people", "about 8,000 homes", "18%" twice, 2027, "4.5 million
# tonnes", "5 million tonnes", "2-1", "34th", "81st", "29 January", "21:00"), "22 January 2028",
# Iskander-M, "A 9-storey", "One of our mobile fire group commanders", "about two hours", "past
# 24 hours", "14th batch", 2022, "11th time", "3rd round", "Thousands of people" (Tbilisi),
# "19:40", "71-year-old", "nine hours", and the furniture ("+4°C", "1.7000", "1.8425", "$71.40",
# "👁 5 116", "Comments (27)", "8%", "5 minutes", "412 shares", "61 thousand followers", "08:00",
# the Most read list with "2,000 delegates", "3 weekly flights", "318 drones", "1.70", "9th year",
# "2011–2028", "No. 0412", "28 May street 61", "AZ1010").
rows(d, [
    ("four killed in Lviv", "four", 4, EX, "count", CAS, N, "killed", A, U, A, U, Lv, True),  # subhead
    ("Russia launched 318 drones and", "318", 318, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 21 missiles at Ukraine overnight", "21", 21, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("including nine Iskander-M", "nine", 9, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("286 drones and 14 missiles were shot down", "286", 286, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and 14 missiles were shot down", "14", 14, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Russian strikes killed four people", "four", 4, EX, "count", CAS, N, "killed", R, U, U, U, Lv),
    ("and injured 19, regional governor", "19", 19, EX, "count", CAS, N, "injured", R, U, U, U, Lv),
    ("two drones had entered Polish airspace", "two", 2, EX, "count", W, "drone", A, A, A, A, A, A),
    ("shot down 74 Ukrainian drones", "74", 74, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("lost up to 1,340 servicemen", "up to 1,340", 1340, LE, "count", CAS, N, A, R, U, R, A, A),
    ("worth 4. 5 million manats", "4. 5 million", 4500000, EX, A, ECO, N, A, A, A, A, U, A),
    ("had risen to five", "five", 5, EX, "count", CAS, N, "killed", A, U, U, U, Lv),
    ("21 people were injured", "21", 21, EX, "count", CAS, N, "injured", A, U, U, U, Lv),
    ("4 of them children", "4", 4, EX, "count", CAS, N, "injured", A, U, U, U, Lv, True),  # subset
])
any_(d, [
    ("Hundreds of drones overnight", "Hundreds"),
    ("hits were recorded in 11 locations", "11"),
    ("about 120 thousand residents", "about 120 thousand"),
    ("40 pupils of a damaged school", "40"),
    ("sends three hundred drones a night", "three hundred"),
    ("We shot down 40 of them", "40"),
    ("over nine Russian regions", "nine"),
    ("48 power transformers", "48"),
    ("rose 4% to", "4%"),
    ("€38.20 per megawatt-hour", "€38.20"),
    ("about 9 billion cubic metres", "about 9 billion"),
    ("his team of four experts", "four"),
    ("1,210 Ukrainians had been returned", "1,210"),
])

# ---------------------------------------------------------------- s03 Luhansk head on HIMARS
d = "s03_luhansk_head_himars_statement.txt"
# A pro-Russian Luhansk news site (Lugansk Herald) publishing Leonid Pasechnik's statement on a
# HIMARS strike on Lysychansk, the Russian Defence Ministry's summary, and the Ukrainian General
# Staff's and a Ukrainian spokesman's version. Pasechnik and the "LPR" ministries speak for
# Russia, so does the Russian Defence Ministry; the General Staff and Colonel Lysenko for
# Ukraine. Occupied Luhansk region: country Ukraine, region `*`; Kramatorsk is in Donetsk region.
# The statement is repeated as a Telegram embed (one claim each). Required: "Sixteen" rockets
# fired, "twelve" shot down, "Four" hit (weapon_type `*`), "Seven" killed and 23 wounded (actor
# `*`, target Russia), 26 apartment buildings and 3 schools damaged, "more than 140" evacuated,
# 214 rockets since 1 January with 38 killed and 161 wounded (actor Ukraine), "more than 8,000"
# killed since 2014; the ministry's 31 rockets and three ATACMS shot down (country, region
# `*`), two HIMARS launchers destroyed and "up to 45" servicemen lost near Kramatorsk; the
# General Staff's "up to 40" killed or wounded (action `*`); Lysenko's two Tor-M2 and one Buk
# destroyed and "about 9,000" troops massed. Optional: the headline's 16 and "seven", "three of
# them children". Debatable: "1 million roubles each", "nine explosions", "212 rescuers", "37
# units of equipment", "2 people were pulled". Non-claims: "10 May 2028", "10.05.2028 08:47",
# "03:40" (twice), "14-year-old" (twice), "1 January", 2014 (twice), "every one of them", "more
# than 11 hours", "24 hours", "2nd Army Corps" (twice), Tor-M2, "the past week", "11 May", "10:00",
# and the furniture ("+17°", "91.40", "98.15", "Views: 4 512", "Read: 4 min", "12 new
# kindergartens in 2028", "60% complete", "96 thousand subscribers", "5 drones shot down over
# Alchevsk", "09.05.2028", "140 soldiers", "Over 1,500 tonnes", "FS 77-84512", "14.03.2023",
# "18+", "2015–2028").
rows(d, [
    ("fired 16 HIMARS rockets at Lysychansk", "16", 16, EX, "count", W, A, "launched", U, R, R, U, A, True),  # headline
    ("Lysychansk, seven dead", "seven", 7, EX, "count", CAS, N, "killed", A, R, R, U, A, True),  # headline
    ("Sixteen rockets were fired", "Sixteen", 16, EX, "count", W, A, "launched", U, R, R, U, A),
    ("shot down twelve of them", "twelve", 12, EX, "count", W, A, "shot_down", R, U, R, U, A),
    ("Four rockets hit a bakery", "Four", 4, EX, "count", W, A, A, U, R, R, U, A),
    ("Seven people were killed", "Seven", 7, EX, "count", CAS, N, "killed", A, R, R, U, A),
    ("and 23 were wounded", "23", 23, EX, "count", CAS, N, "injured", A, R, R, U, A),
    ("three of them children", "three", 3, EX, "count", CAS, N, "injured", A, R, R, U, A, True),  # subset
    ("that 26 apartment buildings", "26", 26, EX, "count", INF, N, A, A, R, R, U, A),
    ("3 schools and the city's", "3", 3, EX, "count", INF, N, A, A, R, R, U, A),
    ("more than 140 residents", "more than 140", 140, GE, "count", DIS, N, "evacuated", A, A, R, U, A),
    ("fired 214 HIMARS rockets", "214", 214, EX, "count", W, A, "launched", U, R, R, U, A),
    ("killing 38 civilians", "38", 38, EX, "count", CAS, N, "killed", U, R, R, U, A),
    ("and wounding 161", "161", 161, EX, "count", CAS, N, "injured", U, R, R, U, A),
    ("killed more than 8,000 residents", "more than 8,000", 8000, GE, "count", CAS, N, "killed", U, R, R, U, A),
    ("shot down 31 HIMARS rockets", "31", 31, EX, "count", W, A, "shot_down", R, U, R, A, A),
    ("and three ATACMS missiles", "three", 3, EX, "count", W, "missile", "shot_down", R, U, R, A, A),
    ("destroyed two HIMARS launchers", "two", 2, EX, "count", W, "mlrs", "destroyed", R, U, R, U, Do),
    ("lost up to 45 servicemen", "up to 45", 45, LE, "count", CAS, N, A, R, U, R, U, Do),
    ('"up to 40" Russian servicemen', "up to 40", 40, LE, "count", CAS, N, A, U, R, U, U, A),
    ("two Russian Tor-M2 systems", "two", 2, EX, "count", W, "air_defense", "destroyed", U, R, U, U, A),
    ("and one Buk launcher", "one", 1, EX, "count", W, "air_defense", "destroyed", U, R, U, U, A),
    ("massed about 9,000 troops", "about 9,000", 9000, APX, "count", PER, N, "massed", R, A, U, U, A),
])
any_(d, [
    ("1 million roubles each", "1 million"),
    ("I counted nine explosions", "nine"),
    ("212 rescuers", "212"),
    ("37 units of equipment", "37"),
    ("2 people were pulled", "2"),
])

# ---------------------------------------------------------------- s04 demining of farmland
d = "s04_agriculture_ministry_demining_update.txt"
# The Ukrainian agriculture ministry's website with a quarterly update on farmland cleared of
# mines. The ministry, its minister and the State Emergency Service speak for Ukraine (also when
# citing the Odesa administration); the World Bank is `*`. Country Ukraine. Required: "712.4
# thousand" hectares cleared since the programme began and 61,300 in the quarter (region None),
# the regional breakdown (24,100 Kharkiv, 17,650 Kherson, 11,200 Mykolaiv `*`, 4,900 Donetsk,
# 3,450 for three regions `*`), "about 139,000 square kilometres" and "about 4. 5 million
# hectares" potentially contaminated (stray space kept), 21 deminers killed and 58 injured, nine
# tractor drivers killed and 12 injured, "2. 07 billion hryvnias" reimbursed and 386 million
# paid in the quarter, $28.5 million and $41 million received; at Izmail (Odesa region) 23 drones
# launched, 19 shot down, 2,400 tonnes of grain destroyed, two warehouses damaged; 14 grain
# elevators damaged or destroyed in three regions (region `*`). Optional: the headline's "61.3
# thousand", "up from 44,800", the bracketed "53,700 square miles". Debatable: "1,870
# deminers", "64 certified operators", "680 hectares a day", "some 300 thousand hectares", "41
# million hectares", "18,420 explosive objects", "2,310 anti-tank mines", "17 times", "312
# farms", "11 demining machines", "about $9.8 billion", "40 deminers", "up to 80%". Non-claims:
# "First quarter of 2028", "17.04.2028, 12:05", 2028, "fourth quarter of 2027", "two years ago",
# 2022, 2024, 2027, "ten years", "One machine", "9 April", "101 or 102", "up to 30 days",
# "Resolution No. 284 of 24 March 2023", and the furniture ("4.1 million tonnes (+7%)", "25
# mobile laboratories", "Results of 2027: 530 thousand hectares", "0 800 500 609",
# "9:00–18:00", "01001", "24 Khreshchatyk", "2016–2028", "CC BY 4.0").
rows(d, [
    ("61.3 thousand hectares of farmland returned", "61.3 thousand", 61300, EX, A, TER, N, A, A, A, U, U, N, True),  # headline
    ("712.4 thousand hectares", "712.4 thousand", 712400, EX, A, TER, N, A, A, A, U, U, N),
    ("operators cleared 61,300 hectares", "61,300", 61300, EX, A, TER, N, A, A, A, U, U, N),
    ("up from 44,800 hectares", "44,800", 44800, EX, A, TER, N, A, A, A, U, U, N, True),  # earlier state
    ("Kharkiv region — 24,100 ha", "24,100", 24100, EX, A, TER, N, A, A, A, U, U, Kh),
    ("Kherson region — 17,650 ha", "17,650", 17650, EX, A, TER, N, A, A, A, U, U, He),
    ("Mykolaiv region — 11,200 ha", "11,200", 11200, EX, A, TER, N, A, A, A, U, U, A),
    ("Ukraine) — 4,900 ha", "4,900", 4900, EX, A, TER, N, A, A, A, U, U, Do),
    ("3,450 ha in total", "3,450", 3450, EX, A, TER, N, A, A, A, U, U, A),
    ("about 139,000 square kilometres", "about 139,000", 139000, APX, "km2", TER, N, A, A, A, U, U, N),
    ("(53,700 square miles)", "53,700", 53700, APX, "mi2", TER, N, A, A, A, U, U, N, True),  # conversion
    ("about 4. 5 million hectares", "about 4. 5 million", 4500000, APX, A, TER, N, A, A, A, U, U, N),
    ("21 deminers have been killed", "21", 21, EX, "count", CAS, N, "killed", A, U, U, U, N),
    ("killed and 58 injured while clearing", "58", 58, EX, "count", CAS, N, "injured", A, U, U, U, N),
    ("nine tractor drivers were killed", "nine", 9, EX, "count", CAS, N, "killed", A, U, U, U, N),
    ("and 12 were injured", "12", 12, EX, "count", CAS, N, "injured", A, U, U, U, N),
    ("2. 07 billion hryvnias", "2. 07 billion", 2070000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("a total of 386 million hryvnias", "386 million", 386000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("$28.5 million through JICA", "$28.5 million", 28500000, EX, "usd", ECO, N, A, A, A, U, U, N),
    ("$41 million under the ITF", "$41 million", 41000000, EX, "usd", ECO, N, A, A, A, U, U, N),
    ("with 23 attack drones", "23", 23, EX, "count", W, "drone", "launched", R, U, U, U, Od),
    ("shot down 19 of them", "19", 19, EX, "count", W, "drone", "shot_down", U, R, U, U, Od),
    ("destroyed 2,400 tonnes of grain", "2,400", 2400, EX, A, ECO, N, A, A, U, U, U, Od),
    ("damaged two warehouses", "two", 2, EX, "count", INF, N, A, A, U, U, U, Od),
    ("damaged or destroyed 14 grain elevators", "14", 14, EX, "count", INF, N, A, A, U, U, U, A),
])
any_(d, [
    ("1,870 deminers", "1,870"),
    ("from 64 certified operators", "64"),
    ("reached 680 hectares a day", "680"),
    ("sow some 300 thousand hectares", "some 300 thousand"),
    ("Of Ukraine's 41 million hectares", "41 million"),
    ("destroyed 18,420 explosive objects", "18,420"),
    ("among them 2,310 anti-tank mines", "2,310"),
    ("hit explosive objects 17 times", "17"),
    ("312 farms received", "312"),
    ("funded 11 demining machines", "11"),
    ("at about $9.8 billion", "about $9.8 billion"),
    ("the work of 40 deminers", "40"),
    ("up to 80% of the cost", "up to 80%"),
])

# ---------------------------------------------------------------- s05 cyber agency review
d = "s05_cyber_agency_quarterly_report.txt"
# The SSSCIP's website with its quarterly review of Russian cyber operations and a drone-strike
# tie-in. The SSSCIP, CERT-UA, its deputy head Tkachuk, the Air Force, the SBU and Defence
# Intelligence (HUR) speak for Ukraine; Russia's Foreign Ministry for Russia; NoName057(16), the
# Dutch service and the EU are `*`. Country Ukraine unless stated. Required: "390 million
# hryvnias" of direct losses (region None); the 14 March strike on Kharkiv: 46 Shahed drones and
# four Iskander-M missiles launched, 39 drones shot down, 11 killed and 47 injured (actor `*`);
# HUR's "about 2,700" Geran-type drones produced a month (country Russia, region `*`: Yelabuga,
# Tatarstan) and 5,940 launched at Ukraine in the quarter (region None); €22 million and $15
# million received. Optional: "six children" (a subset). Debatable: "1,248 cyber incidents",
# "14%", "312 were classified", "About 121 thousand consumers", "4. 2 million subscribers" (stray
# space), "28 compromised CCTV cameras", "more than 10,000 cameras", "around 2,600", "over 300"
# websites, "19 sites", "more than 4,000 cyberattacks", "two dozen" servers, "17 individuals",
# "3 entities", "more than a third". Non-claims: "No. 4417", "Q1 2028", "22.04.2028 · 10:00", "7
# min read", "January–March 2028", "first quarter", "fourth quarter of 2027", APT44 (twice),
# "74455", APT28, UAC-0050, UAC-0133, "2 February", "up to six hours", "40 minutes", "19
# February" (twice), "14 March", Iskander-M, "at least three weeks", "cam17", "Ninety minutes",
# "the first Shahed",
# "February 2022", NoName057(16), "more than an hour", 2027 (twice), "30 March", Geran-2,
# "within 24 hours", "two-factor", and the furniture ("+38 044 281 88 25", "24/7", "2.3 MB", "38
# pages", "9 things", "2027 in review: 4,315 incidents, 1,102 of them critical", "12,000
# graduates", "2006–2028", "03110", "13 Solomianska", "CC BY 4.0").
rows(d, [
    ("at 390 million hryvnias", "390 million", 390000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("Russia launched 46 Shahed drones", "46", 46, EX, "count", W, "drone", "launched", R, U, U, U, Kh),
    ("and four Iskander-M missiles", "four", 4, EX, "count", W, "missile", "launched", R, U, U, U, Kh),
    ("39 drones were shot down", "39", 39, EX, "count", W, "drone", "shot_down", U, R, U, U, Kh),
    ("The strike killed 11 people", "11", 11, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("and injured 47", "47", 47, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("among them six children", "six", 6, EX, "count", CAS, N, A, A, U, U, U, Kh, True),  # subset
    ("produces about 2,700 Geran-type drones", "about 2,700", 2700, APX, "count", W, "drone", A, R, A, U, R, A),
    ("launched 5,940 of them at Ukraine", "5,940", 5940, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("received €22 million", "€22 million", 22000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("$15 million from the United States", "$15 million", 15000000, EX, "usd", ECO, N, A, A, A, U, U, N),
])
any_(d, [
    ("processed 1,248 cyber incidents", "1,248"),
    ("14% more than", "14%"),
    ("Of them, 312 were classified", "312"),
    ("About 121 thousand consumers", "About 121 thousand"),
    ("left 4. 2 million subscribers", "4. 2 million"),
    ("28 compromised CCTV cameras", "28"),
    ("more than 10,000 cameras", "more than 10,000"),
    ("around 2,600 were disabled", "around 2,600"),
    ('"over 300" Ukrainian websites', "over 300"),
    ("left 19 sites unavailable", "19"),
    ('"more than 4,000 cyberattacks"', "more than 4,000"),
    ('"two dozen" servers', "two dozen"),
    ("sanctions on 17 individuals", "17"),
    ("and 3 entities", "3"),
    ("more than a third of the serious incidents", "more than a third"),
])

# ---------------------------------------------------------------- s06 monthly General Staff summary
d = "s06_monthly_general_staff_summary.txt"
# A data journalist's monthly newsletter (War in Figures) comparing May's figures with April's.
# Ukraine's General Staff, Air Force, Defence Ministry and the Donetsk administration speak for
# Ukraine; Russia's Defence Ministry for Russia; the UN mission for the United Nations; the
# author, DeepState and the UK's Defence Intelligence (its figure is a rate, debatable anyway)
# as stated. The "In short" box is repeated at the end (optional, one label). Required: the
# staff's 33,480 personnel losses in May and the 1,512,660 total (casualties, action `*`,
# country and region `*`), Russia's "more than 44,000", 274 tanks and 1,406 artillery systems
# destroyed, 602 armoured vehicles lost (action `*`), nine air defence systems, 48 MLRS and two
# aircraft destroyed, 12,930 drones downed; the Air Force's 5,610 drones launched and 4,980 shot
# down, 231 missiles and 174 intercepted, 611 drones and 52 missiles on 18 May (region None);
# DeepState's 348 km2 (qualifier `*`) with 211 km2 in Donetsk region and 19 settlements;
# Russia's 41 settlements (country Ukraine, region `*`); the UN's 186 killed and 914 injured (region None); 4,870 evacuated in
# Donetsk region; four IRIS-T SLM delivered. Optional: April's and March's figures (31,870,
# 312, 355, 655, 1,180, 11,240, 5,290, 412 km², 23), "134 square miles", "612 of them
# children", the $1.2 billion package (a pledge). Debatable: "1,080 a day", "1,062 a day",
# "around 1,050 a day", "6% more", "about 89%", the table (all ten cells). Non-claims: "Issue
# #64", "2 June 2028", "8 min read", "third month running" (twice), "24 February 2022", "31 May",
# "30 May", Su-34, "11 May", Su-25, "27 May", "18 May", "October 2027", "18 months", "one side",
# "as first published",
# and the furniture ("❤ 612", "💬 48", "↻ 97", "1,900 readers", "23,400 subscribers", "April in
# numbers: 31,870 and counting", "the month of 355 tanks", "Three years", "5 charts", "© 2028").
GS = (U, R, U, A, A)  # actor, target, claimant_side, country, region of the staff's front-wide figures
rows(d, [
    ("reported 33,480 Russian personnel losses", "33,480", 33480, EX, "count", CAS, N, A, *GS, True),  # summary box
    ("Russia lost 33,480 personnel", "33,480", 33480, EX, "count", CAS, N, A, *GS),
    ("up from 31,870 in April", "31,870", 31870, EX, "count", CAS, N, A, *GS, True),  # earlier state
    ("reached 1,512,660", "1,512,660", 1512660, EX, "count", CAS, N, A, *GS),
    ('"more than 44,000" servicemen', "more than 44,000", 44000, GE, "count", CAS, N, A, R, U, R, A, A),
    ("counted 274 Russian tanks destroyed", "274", 274, EX, "count", W, "tank", "destroyed", *GS),
    ("compared with 312 in April", "312", 312, EX, "count", W, "tank", "destroyed", *GS, True),  # earlier state
    ("and 355 in March", "355", 355, EX, "count", W, "tank", "destroyed", *GS, True),  # earlier state
    ("vehicles fell to 602", "602", 602, EX, "count", W, "armored_vehicle", A, *GS),
    ("(April: 655)", "655", 655, EX, "count", W, "armored_vehicle", A, *GS, True),  # earlier state
    ("1,406 were destroyed in May", "1,406", 1406, EX, "count", W, "artillery", "destroyed", *GS),
    ("against 1,180 in April", "1,180", 1180, EX, "count", W, "artillery", "destroyed", *GS, True),  # earlier state
    ("nine air defence systems", "nine", 9, EX, "count", W, "air_defense", "destroyed", *GS),
    ("48 multiple rocket launchers", "48", 48, EX, "count", W, "mlrs", "destroyed", *GS),
    ("as well as two aircraft", "two", 2, EX, "count", W, "aircraft", "destroyed", *GS),
    ("reached 12,930 in May", "12,930", 12930, EX, "count", W, "drone", "shot_down", *GS),
    ("a record, up from 11,240", "11,240", 11240, EX, "count", W, "drone", "shot_down", *GS, True),  # earlier state
    ("recorded 5,610 long-range attack drones", "5,610", 5610, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("than in April (5,290)", "5,290", 5290, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # earlier state
    ("shot down or jammed 4,980", "4,980", 4980, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("Russia also fired 231 missiles", "231", 231, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("of which 174 were intercepted", "174", 174, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("611 drones and 52 missiles", "611", 611, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 52 missiles", "52", 52, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("captured 348 square kilometres", "348", 348, A, "km2", TER, N, "seized", R, U, A, U, A),
    ("(134 square miles)", "134", 134, A, "mi2", TER, N, "seized", R, U, A, U, A, True),  # conversion
    ("against 412 km² in April", "412", 412, EX, "km2", TER, N, "seized", R, U, A, U, A, True),  # earlier state
    ("211 km² were in Donetsk region", "211", 211, EX, "km2", TER, N, "seized", R, U, A, U, Do),
    ("took 19 settlements in May", "19", 19, EX, "count", TER, N, "seized", R, U, A, U, A),
    ("compared with 23 in April", "23", 23, EX, "count", TER, N, "seized", R, U, A, U, A, True),  # earlier state
    ("claimed 41 settlements", "41", 41, EX, "count", TER, N, "seized", R, U, R, U, A),
    ("186 civilians killed", "186", 186, EX, "count", CAS, N, "killed", A, U, UN, U, N),
    ("and 914 injured in May", "914", 914, EX, "count", CAS, N, "injured", A, U, UN, U, N),
    ("4,870 people had been evacuated", "4,870", 4870, EX, "count", DIS, N, "evacuated", A, A, U, U, Do),
    ("612 of them children", "612", 612, EX, "count", DIS, N, "evacuated", A, A, U, U, Do, True),  # subset
    ("delivered four IRIS-T SLM", "four", 4, EX, "count", W, "air_defense", A, A, A, U, A, A),
    ("a $1.2 billion package", "$1.2 billion", 1200000000, EX, "usd", ECO, N, A, US, A, US, A, A, True),  # pledge
])
any_(d, [
    ("an average of 1,080 a day", "1,080"),
    ("against 1,062 a day", "1,062"),
    ('"around 1,050 a day"', "around 1,050"),
    ("6% more than in April", "6%"),
    ("or about 89%", "about 89%"),
    ("| Personnel | 31,870", "31,870"), ("31,870 | 33,480", "33,480"),
    ("| Tanks | 312", "312"), ("312 | 274", "274"),
    ("| Armoured vehicles | 655", "655"), ("655 | 602", "602"),
    ("| Artillery | 1,180", "1,180"), ("1,180 | 1,406", "1,406"),
    ("| UAVs | 11,240", "11,240"), ("11,240 | 12,930", "12,930"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s75")
