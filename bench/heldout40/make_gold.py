"""Builds gold.jsonl for heldout40 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout40.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout27, heldout33 and heldout35: headlines, subheads and later
restatements are optional; subsets introduced by "of whom", "among them", "including", "of them"
are optional, except a model or type within a weapon total (the seeds' "including two Su-34"); a
breakdown of a total by place ("29 over the territory of Bryansk region") is required, and so is
a different action on part of a total ("of which 21 were shot down"); in a list with a qualifier
only the qualified items keep it (the others `*`), a list with no qualifier is exact; casualty
sentences that name no perpetrator have actor `*`; a range is one claim quoting the whole range
(value and qualifier `*`); households left without power have category and action `*`; losses
reported as "lost" have action `*`; drones destroyed in flight are shot_down; settlements
"liberated" are territory with action `*`; pledges, promises and planned spending are optional; an
earlier state ("a year earlier", "up from ... the week before") is optional; damaged buildings and
berths are infrastructure with action and actor `*`; a port's cargo and a country's export volumes
are economic (unit `*` for tonnes and barrels); a conversion in brackets is optional. Bodies that
are not sides (Poland, companies, charities, independent outlets, consultancies and monitors other
than DeepState) have claimant_side `*`; the article's own voice has claimant_side `*`; DeepState
speaks for Ukraine (seeds). Counts of places ("three districts", "27 settlements", "14
communities"), incident counts ("times", "assaults", "strikes"), group sizes, shares and rates
("40 per cent", "about a third", "twice"), prices and payments, production rates, population
stocks and people who remain, recipients of aid and hypotheticals are debatable (`any_`). Dates,
times, durations ("more than 14 hours", "at least three days", "three to four weeks", "Sixty
years"), ages ("76-year-old", "58-year-old", "71", "now 12"), ordinals ("first time", "third
time", "every second day"), numbers inside names (Shahed-136, Kh-101, Kh-555, Iskander-M, F-16,
AI-95, AVT-6, KN-23, KN-24, "170mm", "240mm", 47th Mechanised Brigade, 5th Combined Arms Army,
"No. 29" bus, Group of Seven, "Week 45"), storey counts ("nine-storey", "five-storey") and page
furniture (menus, view, share and comment counts, reading and listening times, exchange-rate and
weather tickers, subscription prices and reader counts, Read also / Related links with figures,
copyright years, age ratings, registration numbers) are not labelled.

Decided anew for this set:
- s01 (live blog): the KEY POINTS box is a headline (optional); a toll given at 10:15 (nine killed,
  34 injured) and its update at 16:48 (11, 38) are both required, "Two more bodies" (the
  increment) optional; "shot down or suppressed" is shot_down; models in a bulleted list inside a
  missile total ("31 Kh-101 and Kh-555", "8 Iskander-M") are required; Zelensky's rounded "almost
  500 drones and more than 50 missiles" restate the Air Force's total (optional); customers without
  power follow households without power (category and action `*`), and the capital's "640 thousand
  of them" is a breakdown by place (required).
- s02 (Russian regional site quoting a governor): the quoted summary speaks for Russia; shells
  fired are weapons with weapon_type `*`, action launched; damaged private houses and apartment
  blocks are infrastructure, damaged cars and windows debatable; a reader's comment repeating a
  figure is debatable; residents left without electricity follow households; regional damage "is
  estimated at 2.4 billion roubles" is economic, approximate, unit `*`; the equipment after "up to
  140 servicemen" keeps qualifier `*`.
- s03 (energy analysis): a share of capacity knocked out or damaged ("17%", "about 40%") is
  required with unit percent, category `*` (economic or infrastructure) and action `*`, actor the
  side whose strikes did it; a per-cent change of exports or revenue ("down 14%", "fell 24%") is
  economic and required, as the seeds' ruble "6%"; drones that "reached the target area" have
  action `*`; gas in storage is economic m3, the gas still to be imported is a need (optional); the
  BY THE NUMBERS box restates (optional) except the "$2.7 billion" that only it gives (required).
- s04 (OSINT newsletter): the table's rows are a breakdown of the 118 km2 by axis (required; the
  "other axes" row has region `*`); the "19.3%" after "116,400 km2" is the same quantity
  (optional); ground "cleared" by Ukraine is territory with action `*`; the General Staff's weekly
  Russian losses have action and actor `*`, country and region `*`; "Of them, 71 were Lancet and
  Molniya" is a type within a weapon total (required); motorcycles counted, "Only four made it"
  and "at least nine" geolocated vehicles are debatable.
- s05 (feature): a charity that "took out 37 people" evacuated them (claimant_side `*`); children
  "deported or forcibly transferred" are displacement with action `*`, actor Russia, target
  Ukraine, country and region `*`; the Russian-installed governor of occupied Kherson speaks for
  Russia, and the civilians he says Ukraine killed on the left bank have target `*` (country
  Ukraine, region Kherson); a UN fund's money "allocated" is money committed and is required; a
  paragraph that says "without giving a number" has nothing to label.
- s06 (explainer): South Korea's NIS speaks for South Korea, a state-funded think tank has
  claimant_side `*`; weapons shipped by North Korea have action `*`, actor North Korea, target,
  country and region `*`; troops deployed to Russia have country Russia, region None; North Korean
  killed and wounded have target North Korea, country and region `*`; Russia's air defence
  batteries around Pyongyang have country North Korea; prisoners captured, construction workers
  sent, the wounded flown home, decorations awarded and factories' capacity are debatable."""

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
    SK,
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

Kv, Lv, Tp, Br, Bg, Kr = "Kyiv", "Lviv", "Ternopil", "Bryansk", "Belgorod", "Kursk"
Kh, D, Zp, Ks = "Kharkiv", "Donetsk", "Zaporizhzhia", "Kherson"

# fmt: off
# ---------------------------------------------------------------- s01 Kyiv live blog
d = "s01_kyiv_live_blog_energy_strike.txt"
# A Kyiv site's live blog (newest entry first) on a night strike on the energy grid: country
# Ukraine. Klitschko, the Energy Ministry, Kozytskyi (Lviv), the Ternopil administration, the Air
# Force and Zelensky speak for Ukraine; Russia's Defence Ministry for Russia; "the enemy" is Russia.
# The headline's "rises to 11" and the KEY POINTS restate the entries (optional). Kyiv: the 10:15 toll (nine killed, 34 injured) and the
# 16:48 update (11 killed, 38 injured) are all required, with actor `*` (no perpetrator named);
# "Two more bodies" and "four children" optional. Power: "some 1.2 million customers" (region `*`:
# Kyiv, Lviv and Ternopil regions) and "640 thousand of them in the capital" (Kyiv), category and
# action `*`. Lviv: 14 drones and four cruise missiles shot down, three injured ("one of them
# seriously" optional); Ternopil: two killed in Chortkiv (actor `*`: "a drone"). Air Force: 486
# drones and 52 missiles launched (region None), "31 Kh-101 and Kh-555" and "8 Iskander-M" within
# the total (required), 441 drones and 37 missiles shot down. Russia's ministry: 64 drones shot
# down over Russia (region `*`), "21 of them over the Bryansk region". Zelensky's "almost 500" and
# "more than 50" restate (optional). Debatable: "three districts", "a dozen cars", "nine Russian
# regions", "at least ten more Patriot systems" (a request). Non-claims: the times (16:48, 15:20,
# 14:05, 12:30, 12:00, 10:15, 09:30, 08:40, 07:55, 06:20, 02:10), 14 November 2027, "nine-storey",
# "five-storey", "more than 14 hours", "at least three days", "first time since August",
# "76-year-old", Kh-101, Shahed-136, Kh-555, Iskander-M, F-16, and the furniture (+3°C, 41 208, 117,
# 2.3K, 418, "Four ways", "86 thousand readers", the Read also links' 4,100 drones, 1 October,
# "Three nights" and 2026, 2014–2027, 18+).
rows(d, [
    ("Kyiv death toll rises to 11, Lviv", "11", 11, EX, "count", CAS, N, "killed", A, U, A, U, Kv, True),  # headline
    # KEY POINTS
    ("Russia launched 486 drones and 52 missiles overnight", "486", 486, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # key point
    ("486 drones and 52 missiles overnight, the Air Force", "52", 52, EX, "count", W, "missile", "launched", R, U, U, U, N, True),  # key point
    ("At least 11 people killed in Kyiv", "At least 11", 11, GE, "count", CAS, N, "killed", A, U, A, U, Kv, True),  # key point
    ("two more in the Ternopil region", "two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Tp, True),  # key point
    ("Around 1.2 million customers without power", "Around 1.2 million", 1200000, APX, "count", A, N, A, A, U, A, U, A, True),  # key point
    # 16:48
    ("Kyiv's death toll has risen to 11", "11", 11, EX, "count", CAS, N, "killed", A, U, U, U, Kv),
    ("Two more bodies were recovered", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Kv, True),  # increment
    ("now stands at 38, among them four children", "38", 38, EX, "count", CAS, N, "injured", A, U, U, U, Kv),
    ("among them four children, Klitschko added", "four", 4, EX, "count", CAS, N, "injured", A, U, U, U, Kv, True),  # subset
    # 15:20
    ("some 1.2 million customers were still without electricity", "some 1.2 million", 1200000, APX, "count", A, N, A, A, U, U, U, A),
    ("640 thousand of them in the capital", "640 thousand", 640000, EX, "count", A, N, A, A, U, U, U, Kv),
    # 14:05
    ("destroyed 14 drones and four cruise missiles", "14", 14, EX, "count", W, "drone", "shot_down", U, R, U, U, Lv),
    ("and four cruise missiles over the Lviv region", "four", 4, EX, "count", W, "missile", "shot_down", U, R, U, U, Lv),
    ("Three people were injured, one of them seriously", "Three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Lv),
    ("one of them seriously, he said", "one", 1, EX, "count", CAS, N, "injured", A, U, U, U, Lv, True),  # subset
    ("killing two people, among them a 76-year-old", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Tp),
    # 12:30 the Air Force
    ("the enemy attacked with 486 Shahed-136", "486", 486, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 52 missiles of various types", "52", 52, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("31 Kh-101 and Kh-555 air-launched cruise missiles", "31", 31, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("8 Iskander-M ballistic missiles", "8", 8, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("suppressed 441 drones and 37 missiles", "441", 441, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("441 drones and 37 missiles, the Air Force said", "37", 37, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    # 10:15
    ("nine people have been killed and 34 injured", "nine", 9, EX, "count", CAS, N, "killed", A, U, U, U, Kv),
    ("have been killed and 34 injured in Kyiv", "34", 34, EX, "count", CAS, N, "injured", A, U, U, U, Kv),
    # 09:30 Russia's Defence Ministry
    ("had destroyed 64 Ukrainian fixed-wing drones", "64", 64, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("21 of them over the Bryansk region", "21", 21, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    # 08:40 Zelensky
    ('had fired "almost 500 drones', "almost 500", 500, LE, "count", W, "drone", "launched", R, U, U, U, N, True),  # restates
    ('more than 50 missiles" at Ukraine', "more than 50", 50, GE, "count", W, "missile", "launched", R, U, U, U, N, True),  # restates
])
any_(d, [
    ("debris fell in three districts", "three"),
    ("a dozen cars burned in a courtyard", "a dozen"),
    ("over nine Russian regions overnight", "nine"),
    ("at least ten more Patriot systems", "at least ten"),
])

# ---------------------------------------------------------------- s02 Belgorod governor's summary
d = "s02_belgorod_governor_evening_summary.txt"
# A Belgorod regional site's machine-translated copy of Governor Gladkov's evening summary, with
# Khinshtein (Kursk) and the Russian Defence Ministry: Gladkov, the regional government,
# Khinshtein and the ministry speak for Russia; "the enemy" and "the Armed Forces of Ukraine" are
# Ukraine. Belgorod region items have country Russia, region Belgorod. The headline's "three
# wounded" restates (optional). The 87 drones and 112 shells launched (shells: weapon_type `*`);
# "Three civilians" and "Two men" wounded (actor `*`: the casualty sentences name no perpetrator;
# target Russia). Damage: 19 private houses and 2 apartment blocks (infrastructure, action and
# actor `*`); the 14 cars debatable. 1,312 evacuated (the "286 of them children" optional). 2.4
# billion roubles of damage (economic, unit `*`, approximate: "estimated"). Kursk: 19 drones shot
# down, "about 4,800 residents" without electricity (category and action `*`). The ministry: 126
# drones shot down over Russia (region `*`; its subhead optional), "48 of them over the Belgorod
# region"; in the Kharkiv region "up to 140 servicemen" (casualties, action `*`) and "three
# armoured fighting vehicles" (qualifier `*`, action `*`), country Ukraine. Debatable: "27
# settlements", "one received shrapnel wounds", "a dozen windows", 14 cars, 100,000 roubles per
# family, "More than 3,100 houses" repaired, "No one was hurt", "22 assaults", the reader's "87
# drones in one day". Non-claims: "12.11.2027 21:40", "58-year-old", 1 November, "since January",
# "since midnight", Sever, "a tank", and the furniture (USD 96.85, EUR 103.40, −4°C, 18 904, 23,
# "third time", 500 roubles, 1 December, "64 thousand subscribers", "No. FS 77-81344", 16+).
rows(d, [
    ("over the day, three wounded", "three", 3, EX, "count", CAS, N, "injured", A, R, R, R, Bg, True),  # headline
    ("attacked the Belgorod region with 87 drones", "87", 87, EX, "count", W, "drone", "launched", U, R, R, R, Bg),
    ("fired 112 shells at border settlements", "112", 112, EX, "count", W, A, "launched", U, R, R, R, Bg),
    ("Three civilians were wounded", "Three", 3, EX, "count", CAS, N, "injured", A, R, R, R, Bg),
    ("Two men were injured", "Two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Bg),
    ("over the day, 19 private houses", "19", 19, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("2 apartment blocks and 14 cars", "2", 2, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("1,312 residents of the Krasnaya Yaruga", "1,312", 1312, EX, "count", DIS, N, "evacuated", A, A, R, R, Bg),
    ("286 of them children", "286", 286, EX, "count", DIS, N, "evacuated", A, A, R, R, Bg, True),  # subset
    ("is estimated at 2.4 billion roubles", "2.4 billion", 2400000000, APX, A, ECO, N, A, A, A, R, R, Bg),
    ("shot down 19 Ukrainian drones over the region", "19", 19, EX, "count", W, "drone", "shot_down", R, U, R, R, Kr),
    ("leaving about 4,800 residents without electricity", "about 4,800", 4800, APX, "count", A, N, A, A, R, R, R, Kr),
    ("Defence Ministry: 126 drones over Russia overnight", "126", 126, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # subhead
    ("intercepted and destroyed 126 Ukrainian fixed-wing UAVs", "126", 126, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("48 of them over the Belgorod region", "48", 48, EX, "count", W, "drone", "shot_down", R, U, R, R, Bg),
    ("The enemy lost up to 140 servicemen", "up to 140", 140, LE, "count", CAS, N, A, R, U, R, U, Kh),
    ("a tank and three armoured fighting vehicles", "three", 3, A, "count", W, "armored_vehicle", A, R, U, R, U, Kh),
])
any_(d, [
    ("attacked 27 settlements over the day", "27"),
    ("one received shrapnel wounds", "one"),
    ("a dozen windows were blown out", "a dozen"),
    ("2 apartment blocks and 14 cars", "14"),
    ("pay 100,000 roubles to each family", "100,000"),
    ("More than 3,100 houses have been repaired", "More than 3,100"),
    ("No one was hurt", "No one"),
    ("carried out 22 assaults", "22"),
    ("Ivan_B: 87 drones in one day", "87"),
])

# ---------------------------------------------------------------- s03 refinery strikes, fuel exports
d = "s03_refinery_strikes_fuel_exports.txt"
# An energy-trade analysis (Eastern Energy Wire) of Ukraine's drone campaign against Russian
# refineries and its effect on exports and the budget; a last section on Russian strikes on
# Ukrainian gas production. Tarn Energy Analytics (a consultancy) and the site's own voice have
# claimant_side `*`; Fedorishchev (Samara), Busargin (Saratov), Bocharov and the Finance Ministry
# speak for Russia; the SBU source and Energy Minister Hrynchuk for Ukraine. The "estimated 17%"
# of refining capacity knocked out (category and action `*`, actor Ukraine, country Russia, region
# None) with its bracketed "about 1.1 million barrels a day" (a conversion: optional); the headline
# and box 17% optional. Samara's 11 drones shot down; Saratov's two injured (actor `*`: "a night
# attack") and 24 residents evacuated; the SBU's 37 drones launched at the Volgograd refinery and
# "Twenty-nine" that reached the target (action `*`). Exports: 1.9 million barrels a day (economic,
# unit `*`) and "down 14%" (economic), Primorsk's "two of its berths" damaged (infrastructure,
# Leningrad, actor `*`: "a drone strike"). Budget: "fell 24%" and the broken decimal "612. 4
# billion roubles" (612,400,000,000; unit `*`). Ukraine: "about 40%" of gas production capacity
# damaged (actor Russia), 13.1 billion cubic metres in storage (m3), "about 4.4 billion" to import
# (a need: optional). BY THE NUMBERS: the 17%, 1.9 million and 612. 4 billion restate (optional),
# "$2.7 billion" of export revenue lost is given only there (required; claimant_side `*`: the
# box's sources). Debatable: "at least 31 times" and the box's "31" (strike counts), "about a
# third", the prices (81,400 roubles a tonne, "about $54 a barrel", the "$60 cap"), Virtanen's
# "roughly $300 million" per refinery-month, "no casualties". Non-claims: 10 November 2027, "8 min
# read", "three-year low" (twice), 28 October, 3 November, AVT-6, "since 2024", 19 October, 31
# March, AI-95, Group of Seven, "three to four weeks", "since early October", 1 November, and the
# furniture (€9.90, the Related links' 1.2 million tonnes, 7:00, "21,000 readers", 2027).
rows(d, [
    ("Drone campaign knocks out 17% of Russian refining", "17%", 17, EX, "percent", A, N, A, U, R, A, R, N, True),  # headline
    ("knocking out an estimated 17% of Russia's", "17%", 17, APX, "percent", A, N, A, U, R, A, R, N),
    ("(about 1.1 million barrels a day)", "about 1.1 million", 1100000, APX, A, A, N, A, U, R, A, R, N, True),  # conversion
    ("shot down 11 drones over Novokuibyshevsk", "11", 11, EX, "count", W, "drone", "shot_down", R, U, R, R, "Samara"),
    ("had injured two people", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, "Saratov"),
    ("24 residents had been evacuated", "24", 24, EX, "count", DIS, N, "evacuated", A, A, R, R, "Saratov"),
    ("had used 37 long-range drones", "37", 37, EX, "count", W, "drone", "launched", U, R, U, R, "Volgograd"),
    ("Twenty-nine reached the target area", "Twenty-nine", 29, EX, "count", W, "drone", A, U, R, U, R, "Volgograd"),
    ("fell to 1.9 million barrels a day in October", "1.9 million", 1900000, EX, A, ECO, N, A, A, A, A, R, N),
    ("down 14% from September", "14%", 14, EX, "percent", ECO, N, A, A, A, A, R, N),
    ("damaged two of its berths", "two", 2, EX, "count", INF, N, A, A, R, A, R, "Leningrad"),
    ("fell 24% year on year", "24%", 24, EX, "percent", ECO, N, A, A, A, R, R, N),
    ("to 612. 4 billion roubles in October", "612. 4 billion", 612400000000, EX, A, ECO, N, A, A, A, R, R, N),
    ("damaged about 40% of Ukraine's gas production", "about 40%", 40, APX, "percent", A, N, A, R, U, U, U, N),
    ("pumped 13.1 billion cubic metres of gas", "13.1 billion", 13100000000, EX, "m3", ECO, N, A, A, A, U, U, N),
    ("import about 4.4 billion cubic metres more", "about 4.4 billion", 4400000000, APX, "m3", ECO, N, A, A, A, U, U, N, True),  # a need
    # BY THE NUMBERS
    ("17% — share of primary refining capacity", "17%", 17, EX, "percent", A, N, A, U, R, A, R, N, True),  # restates
    ("1.9 million — barrels a day", "1.9 million", 1900000, EX, A, ECO, N, A, A, A, A, R, N, True),  # restates
    ("$2.7 billion — estimated export revenue lost", "$2.7 billion", 2700000000, APX, "usd", ECO, N, A, A, A, A, R, N),
    ("612. 4 billion — roubles", "612. 4 billion", 612400000000, EX, A, ECO, N, A, A, A, A, R, N, True),  # restates
])
any_(d, [
    ("at least 31 times in October", "at least 31"),
    ("31 — drone strikes on Russian refineries", "31"),
    ("dropped by about a third", "about a third"),
    ("a record 81,400 roubles a tonne", "81,400"),
    ("traded at about $54 a barrel", "about $54"),
    ("below the $60 cap", "$60"),
    ("roughly $300 million of lost export revenue", "roughly $300 million"),
    ("said there were no casualties", "no"),
])

# ---------------------------------------------------------------- s04 OSINT newsletter, week 45
d = "s04_frontline_ledger_week45.txt"
# A weekly OSINT newsletter (The Frontline Ledger) on the front: country Ukraine. DeepState, the
# Southern Defence Forces (Voloshyn), the 47th Mechanised Brigade, the Unmanned Systems Forces,
# "Ukrainian units" and the General Staff speak for Ukraine; Russia's Defence Ministry for Russia;
# the newsletter's own voice ("We geolocated") and the ISW have claimant_side `*`. DeepState's 118
# km2 seized (region `*`: several axes; the headline's 118 and "up from 96 km² the week before"
# optional), "about 116,400 km²" occupied (region None) with "19.3%" of the territory (the same
# quantity: optional). The table is a breakdown by axis: 41 and 22 (Donetsk), 37.5 (Zaporizhzhia),
# 11 (Kharkiv), 6.5 ("other axes": region `*`). The ministry's "five villages" captured (seized,
# region `*`: Zaporizhzhia named for two of them only). Voloshyn's "about 70,000 troops" massed
# (Zaporizhzhia). The brigade's 14 armoured vehicles and three tanks destroyed and "Nearly two
# dozen" killed (at_most 24; actor `*`: "were killed in the attack"), Donetsk. 212 drones shot down,
# "Of them, 71" Lancet and Molniya (a type within the total: required). "cleared 3.2 km²" near
# Kupiansk (territory, action `*`, actor Ukraine, target Russia). The General Staff's week: 7,340
# personnel and 38 tanks (action and actor `*`, country and region `*`) and the range "from 960 to
# 1,180" a day (value and qualifier `*`). Debatable: "three axes", "confirmed only two", "two or
# three", "26 motorcycles", "Only four", "at least nine of the destroyed vehicles", "the 2,000-strong
# Russian grouping". Non-claims: "Week 45", "Nov 10, 2027", "11 min read", "3 and 9 November",
# "3–9 November", "5th Combined Arms Army", "47th", "In one night", "since spring", "since April",
# "around 20 November", and the furniture (♥ 1,204, 88 twice, 231, $6/month, "14,300 people", week
# 46, 17 November).
rows(d, [
    ("Week 45: Russia takes 118 km²", "118", 118, EX, "km2", TER, N, "seized", R, U, A, U, A, True),  # headline
    ("captured 118 square kilometres", "118", 118, EX, "km2", TER, N, "seized", R, U, U, U, A),
    ("up from 96 km² the week before", "96", 96, EX, "km2", TER, N, "seized", R, U, U, U, A, True),  # earlier state
    ("occupies about 116,400 km² of Ukraine", "about 116,400", 116400, APX, "km2", TER, N, "occupied", R, U, U, U, N),
    ("or 19.3% of its territory", "19.3%", 19.3, EX, "percent", TER, N, "occupied", R, U, U, U, N, True),  # same quantity
    # the table (DeepState)
    ("| Kostiantynivka (Donetsk region) | 41 |", "41", 41, EX, "km2", TER, N, "seized", R, U, U, U, D),
    ("| Huliaipole (Zaporizhzhia region) | 37.5 |", "37.5", 37.5, EX, "km2", TER, N, "seized", R, U, U, U, Zp),
    ("| Dobropillia (Donetsk region) | 22 |", "22", 22, EX, "km2", TER, N, "seized", R, U, U, U, D),
    ("| Kupiansk (Kharkiv region) | 11 |", "11", 11, EX, "km2", TER, N, "seized", R, U, U, U, Kh),
    ("| other axes | 6.5 |", "6.5", 6.5, EX, "km2", TER, N, "seized", R, U, U, U, A),
    ("claimed the capture of five villages", "five", 5, EX, "count", TER, N, "seized", R, U, R, U, A),
    # Huliaipole, Kostiantynivka, Dobropillia, Kupiansk
    ("amassed about 70,000 troops", "about 70,000", 70000, APX, "count", PER, N, "massed", R, A, U, U, Zp),
    ("destroyed 14 Russian armoured vehicles", "14", 14, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, D),
    ("vehicles and three tanks during a failed", "three", 3, EX, "count", W, "tank", "destroyed", U, R, U, U, D),
    ("Nearly two dozen Russian soldiers were killed", "Nearly two dozen", 24, LE, "count", CAS, N, "killed", A, R, U, U, D),
    ("shot down 212 Russian drones", "212", 212, EX, "count", W, "drone", "shot_down", U, R, U, U, D),
    ("Of them, 71 were Lancet", "71", 71, EX, "count", W, "drone", "shot_down", U, R, U, U, D),
    ("cleared 3.2 km² north of Kupiansk", "3.2", 3.2, EX, "km2", TER, N, A, U, R, U, U, Kh),
    # losses (General Staff)
    ("at 7,340 personnel and 38 tanks", "7,340", 7340, EX, "count", CAS, N, A, A, R, U, A, A),
    ("personnel and 38 tanks, the highest", "38", 38, EX, "count", W, "tank", A, A, R, U, A, A),
    ("ranged from 960 to 1,180 personnel a day", "from 960 to 1,180", A, A, "count", CAS, N, A, A, R, U, A, A),
])
any_(d, [
    ("gain ground on three axes", "three"),
    ("DeepState has confirmed only two", "two"),
    ("small groups of two or three", "two or three"),
    ("counted 26 motorcycles", "26"),
    ("Only four made it", "four"),
    ("at least nine of the destroyed vehicles", "at least nine"),
    ("the 2,000-strong Russian grouping", "2,000"),
])

# ---------------------------------------------------------------- s05 Kherson riverbank feature
d = "s05_kherson_riverbank_drones_evacuation.txt"
# A southern Ukrainian outlet's feature on Russian drone attacks on Kherson's riverside and the
# evacuation: country Ukraine, region Kherson unless noted. HRMMU ("the mission"), IOM and OCHA
# speak for the United Nations; Prokudin, Lubinets and the regional administration for Ukraine;
# Kovtun's charity has claimant_side `*`; Saldo (Russian-installed governor of occupied Kherson) for
# Russia. Headline "kill 19 civilians" optional. HRMMU: 19 killed and 143 injured by "Russian
# short-range drones" (actor Russia). Prokudin's day: 2,960 artillery shells fired (weapon_type
# `*`) and 23 guided aerial bombs dropped (launched), "Two" killed and "nine" injured (actor `*`).
# Evacuation: 1,846 children evacuated; Kovtun's 37 "took out" (evacuated; "Twelve of them"
# optional). IOM: "about 3.4 million" displaced in Ukraine (action `*`, region None) and "some
# 176,000 of them from the Kherson region" (a breakdown by place: required). Saldo: "more than 300
# shells" (weapon_type `*`) and "40 drones" (qualifier `*`) fired by Ukraine at left-bank
# settlements, four killed and 11 wounded (actor Ukraine, target `*`). Lubinets: "at least 19,546"
# children deported (displacement, action `*`, actor Russia, target Ukraine, country and region
# `*`). OCHA: "$8.5 million" allocated (region `*`: Kherson and Mykolaiv). Debatable: "More than 40
# per cent", "41 settlements", "486 times", "14 communities", "About 2,300 people" refusing to
# leave, "15-kilometre zone", "Only 1,780" brought back, 2,500 hryvnias per person. Non-claims: 13
# November 2027, "71", "No. 29", September, "in October", "last month", "Over the past day",
# August, "every second day", "Last week", "since the summer", "February 2022", "now 12", "Sixty
# years", and the furniture (50 UAH, the Read also links' "3 injured" and "22 km", 2017–2027).
rows(d, [
    ("as Russian drones kill 19 civilians in a month", "19", 19, EX, "count", CAS, N, "killed", R, U, A, U, Ks, True),  # headline
    ("killed 19 civilians and injured 143", "19", 19, EX, "count", CAS, N, "killed", R, U, UN, U, Ks),
    ("and injured 143 in Kherson city", "143", 143, EX, "count", CAS, N, "injured", R, U, UN, U, Ks),
    ("firing 2,960 artillery shells", "2,960", 2960, EX, "count", W, A, "launched", R, U, U, U, Ks),
    ("dropped 23 guided aerial bombs on the region", "23", 23, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Ks),
    ("Two people were killed and nine were injured", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Ks),
    ("were killed and nine were injured", "nine", 9, EX, "count", CAS, N, "injured", A, U, U, U, Ks),
    ("1,846 children have been evacuated", "1,846", 1846, EX, "count", DIS, N, "evacuated", A, A, U, U, Ks),
    ("Last week we took out 37 people", "37", 37, EX, "count", DIS, N, "evacuated", A, A, A, U, Ks),
    ("Twelve of them were bedridden", "Twelve", 12, EX, "count", DIS, N, "evacuated", A, A, A, U, Ks, True),  # subset
    ("about 3.4 million people remain internally displaced", "about 3.4 million", 3400000, APX, "count", DIS, N, A, A, A, UN, U, N),
    ("some 176,000 of them from the Kherson region", "some 176,000", 176000, APX, "count", DIS, N, A, A, A, UN, U, Ks),
    ('fired "more than 300 shells', "more than 300", 300, GE, "count", W, A, "launched", U, A, R, U, Ks),
    ("300 shells and 40 drones", "40", 40, A, "count", W, "drone", "launched", U, A, R, U, Ks),
    ("killing four civilians in Oleshky", "four", 4, EX, "count", CAS, N, "killed", U, A, R, U, Ks),
    ("Hola Prystan and wounding 11", "11", 11, EX, "count", CAS, N, "injured", U, A, R, U, Ks),
    ("at least 19,546 Ukrainian children", "at least 19,546", 19546, GE, "count", DIS, N, A, R, U, U, A, A),
    ("allocated $8.5 million for the Kherson and Mykolaiv", "$8.5 million", 8500000, EX, "usd", ECO, N, A, A, A, UN, U, A),
])
any_(d, [
    ("More than 40 per cent of all civilian casualties", "More than 40 per cent"),
    ("shelled 41 settlements 486 times", "41"),
    ("41 settlements 486 times", "486"),
    ("from 14 communities along the Dnipro", "14"),
    ("About 2,300 people, most of them elderly", "About 2,300"),
    ("out of a 15-kilometre zone", "15"),
    ("Only 1,780 had been brought back", "1,780"),
    ("pays 2,500 hryvnias to each evacuated person", "2,500"),
])

# ---------------------------------------------------------------- s06 North Korea explainer
d = "s06_north_korea_support_explainer.txt"
# A Seoul outlet's explainer in questions and answers on North Korea's support for Russia. South
# Korea's NIS speaks for South Korea; HUR and Ukraine's Air Force and Kyiv's military
# administration for Ukraine; the US Defense Department official for the United States; the
# Korea Institute for National Unification (state-funded think tank) and the headline have
# claimant_side `*`. The headline's 28,000 troops and 12 million shells restate (optional). Troops:
# NIS's "about 28,000" deployed (actor North Korea, country Russia, region None), "Of those, around
# 6,000" engineers (optional); HUR's "more than 31,000" deployed. Casualties: NIS's "about 4,700"
# killed or wounded (action `*`, target North Korea, country and region `*`), "roughly 1,500
# killed" among them (optional). Shipments (action `*`, actor North Korea, target, country and
# region `*`): "more than 12 million" shells (weapon_type `*`), "about 250" KN-23/KN-24 missiles,
# "some 220" Koksan guns (artillery). The Air Force's "at least 148" North Korean missiles fired by
# Russia at Ukraine (region None); five killed in Kyiv (actor `*`: "One of them hit"). Russia's
# oil, "more than 1 million barrels" (economic, unit `*`, actor Russia, country `*`), and "at least
# two Pantsir" batteries deployed around Pyongyang (country North Korea). "about $20 billion"
# earned (usd). Debatable: "a further 5,000 construction workers", "34 wounded" flown home,
# "nearly two dozen" captured, "Two of them", "One of them", "twice the ceiling", "roughly 80%",
# "more than 600" decorated, "about 3 million shells a year". Non-claims: "13 November 2027",
# "09:12 KST", "Three years after", "first", "late 2024", 2025, "January 2024", "8 November",
# "since 2023", "in October", "12 November", KN-23, KN-24, "170mm", "240mm", and the furniture
# ("7 min", the Related links' "7 visits" and KN-23, 2027).
rows(d, [
    ("North Korea has sent Russia 28,000 troops", "28,000", 28000, EX, "count", PER, N, "deployed", NK, A, A, R, N, True),  # headline
    ("and 12 million shells. What does", "12 million", 12000000, EX, "count", W, A, A, NK, A, A, A, A, True),  # headline
    ("deployed about 28,000 troops to Russia", "about 28,000", 28000, APX, "count", PER, N, "deployed", NK, A, SK, R, N),
    ("around 6,000 are military engineers", "around 6,000", 6000, APX, "count", PER, N, "deployed", NK, A, SK, R, A, True),  # subset
    ("more than 31,000 North Korean servicemen", "more than 31,000", 31000, GE, "count", PER, N, "deployed", NK, A, U, R, N),
    ("about 4,700 North Korean soldiers have been killed or wounded", "about 4,700", 4700, APX, "count", CAS, N, A, A, NK, SK, A, A),
    ("among them roughly 1,500 killed", "roughly 1,500", 1500, APX, "count", CAS, N, "killed", A, NK, SK, A, A, True),  # subset
    ("more than 12 million artillery shells", "more than 12 million", 12000000, GE, "count", W, A, A, NK, A, SK, A, A),
    ("about 250 KN-23 and KN-24", "about 250", 250, APX, "count", W, "missile", A, NK, A, SK, A, A),
    ("some 220 Koksan 170mm self-propelled guns", "some 220", 220, APX, "count", W, "artillery", A, NK, A, SK, A, A),
    ("fired at least 148 North Korean ballistic missiles", "at least 148", 148, GE, "count", W, "missile", "launched", R, U, U, U, N),
    ("killing five people, the city's military administration", "five", 5, EX, "count", CAS, N, "killed", A, U, U, U, Kv),
    ("more than 1 million barrels of oil", "more than 1 million", 1000000, GE, A, ECO, N, A, R, A, US, A, A),
    ("at least two Pantsir air defence batteries", "at least two", 2, GE, "count", W, "air_defense", "deployed", R, A, SK, NK, N),
    ("earned about $20 billion from arms sales", "about $20 billion", 20000000000, APX, "usd", ECO, N, A, A, A, A, A, A),
])
any_(d, [
    ("a further 5,000 construction workers", "5,000"),
    ("34 wounded North Koreans had been flown home", "34"),
    ("captured nearly two dozen North Korean soldiers", "nearly two dozen"),
    ("Two of them have asked", "Two"),
    ("One of them hit an apartment block", "One"),
    ("twice the ceiling set by the UN", "twice"),
    ("roughly 80% of its annual economic output", "roughly 80%"),
    ("more than 600 North Korean servicemen", "more than 600"),
    ("about 3 million shells a year", "about 3 million"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s40")
