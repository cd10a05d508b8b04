"""Builds gold.jsonl for heldout49 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout49.make_gold

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
- General: more numbers inside names, not labelled: Kh-22, P-800 (Oniks), FAB-500, FAB-1500,
  T-64, Mi-24, Mi-8, TM-62, PFM-1, train "No. 712", decree "No. 412-p", committee papers "HC
  412" and "HC 288", question numbers "Q118" ... "Q127" and "Questions 118–127", "the Soviet
  14th Army" (an ordinal), "Week 23" (a name). As in heldout48 (its s01 and s05), a Defence
  Ministry overnight total over several Russian regions counts as nationwide (region None),
  and its share over one region is a breakdown by place (required).
- Railway operator (s01): Ukrzaliznytsia, its press centre and its deputy chief executive are
  a company (claimant_side `*`, as Russian Railways in heldout48) even when they say "our
  facilities" and "the enemy" (Russia); the network-wide monthly figures are nationwide (region
  None). Attacks on railway facilities are incidents (debatable). Station buildings and traction
  substations in the damage list are infrastructure (required); locomotives, multiple units,
  freight and passenger cars, and trains (also the Russian claim of "11 military trains") are
  vehicle and wagon counts (debatable); track kilometres are distances (debatable); sections
  closed and reopened are counts of places (debatable); mobile transformers in reserve are a
  stock and the 30 promised by Norway a pledge (both debatable). The Shaheds among the month's
  drones are a model within a weapon total (required). Passengers carried west by evacuation
  trains are displacement (evacuated, actor `*`; region `*`: Pavlohrad and Lozova lie in two
  regions); children and people with limited mobility among them are subsets (optional).
  Servicemen "destroyed" in a Russian claim are killed. Repair money received is required.
- Mine action (s02): the Ministry of Economy (national mine action authority), the SES and the
  regional administration speak for Ukraine. Areas surveyed, returned to use and still
  contaminated are areas (debatable) and the contaminated share a share; explosive items found
  and destroyed by deminers (also the unexploded aerial bombs and mines among them) are counts
  of ordnance, not weapons used against a side (debatable); settlements where mines were found
  are places, attacks on teams incidents (debatable). Victims "killed or injured" by mines and
  explosive remnants are casualties with action `*` and actor `*` (nobody named); those killed
  among them are a different fate on part (required), children among them a subset
  (optional). The bullet list by region is a breakdown by place (required; Mykolaiv and "other
  regions" have region `*`), its "(12 killed)" items a different fate (required). "Two of
  them" killed by "a Russian FPV drone" near Beryslav is a breakdown by place with its own
  actor (required, actor Russia). Compensation paid to farmers and money received from partners
  are required; "up to 80%" of the cost is a rate (debatable); donors' pledges optional;
  demining machines are vehicles, operators and deminers workforces (debatable). The output
  table by operator type restates no sentence (its total row restates debatable figures):
  debatable cell by cell.
- Russian regional site (s03): the regional department of social protection, the governor,
  the deputy governor, the district administration and the regional government speak for
  Russia; Ukraine's General Staff for Ukraine. Applications for compensation and approvals are
  counts of claims, court cases are cases (debatable); the total paid out and money received
  from the federal budget are required, the money the region "would allocate" is planned
  (optional); the caps per flat and per house and the payment per family are payments
  (debatable). Private houses and apartment blocks damaged (also "59 houses" in one district,
  a breakdown by place) are infrastructure (required, target Russia), cars are vehicles
  (debatable); the General Staff's "two production buildings" on fire are infrastructure
  (required). Residents resettled from border villages are displacement (evacuated, actor
  `*`). Shelling incidents, the town's population and its distance from the border are
  debatable. The governor's paragraph is repeated after the decree paragraph (one claim each).
  Reader comments are furniture.
- Committee transcript (s04): the Secretary of State and the Chief of Defence Intelligence
  speak for the United Kingdom; an MP who cites another body ("Kyiv says", "The Ukrainian
  General Staff's own tally") passes on that body's claim. Bombs "a week", drones and missiles
  produced "a month" are rates, and the stock of long-range missiles a stock (debatable);
  interception and territory shares and "roughly a third" are shares (debatable). Russian
  casualties "killed and wounded" have action `*`, actor `*`, target Russia, country and region
  `*`; "of whom some 270,000 have been killed" is a different fate (required); the General
  Staff's "losses" likewise have action `*`. Territory "gained" is seized (region None: only
  Ukraine is known); the bracketed square miles are optional with unit mi2. "Of the 214"
  restates the total (optional). Western losses "seen" by the UK are losses (action `*`). UK
  deliveries (missiles, air defence systems) are weapons with action `*` and actor United
  Kingdom; artillery rounds are ammunition, not a weapon type (debatable); recruits trained are
  recipients of aid (debatable); money "already disbursed" is required, "will provide" planned
  (optional). Russian troops "in the occupied territories and in the Russian border areas" are
  deployed with country and region `*`; North Korean soldiers in Kursk region are deployed
  (actor North Korea, target `*`). "between 40 and 55" aircraft "damaged or destroyed" is a
  range (value and qualifier `*`, action `*`, country `*`: the answer does not place them);
  refineries that stopped output are counts of places (debatable).
- Agriculture weekly (s05): tonnes shipped, handled, forecast and carried (exports, Constanța,
  the corridor, the analyst's "at least one million tonnes" and June range) are trade flows or
  forecasts (debatable); prices, price rises, freight spreads, insurance premiums, a wheat
  grade ("11.5% protein") and the share of sowing area left unplanted are debatable. Grain
  "destroyed or spoiled" by strikes is economic damage in tonnes (required, unit `*`), and a
  percentage fall the article attributes to strikes ("18% less than in April" of exports, the
  terminal capacity cut "by about 40%") is economic with unit percent (required); FieldLine's
  own calculation and the terminal operator (a company) have claimant_side `*`. Port
  facilities damaged are infrastructure (required, also the cumulative 183); bulk carriers
  damaged at berth are vessels (debatable). Uncrewed boats and naval drones have weapon_type
  `*`; the naval drones shot down "in the western Black Sea" have country and region `*`. The
  sentences after "regional officials said" and "the administration said" that give totals
  "Since January" carry no attribution of their own (claimant_side `*`). The Russian paragraph
  is repeated (one claim each); the "at a glance" box restates (debatable).
- Moldovan outlet (s06): Moldova is not a side: its government and deputy prime minister, SIS,
  Ministry of Defence and foreign ministry, the OSCE and the think-tank analyst have
  claimant_side `*`, and places in Moldova and Transnistria have country and region `*`.
  Russian troops in Transnistria are deployed (actor Russia, target `*`); "Of them, 402" is a
  subset (optional); HUR's "at least 300" officers who arrived are deployed too. Transnistria's
  own forces are a non-side's army (personnel, action `*`, actor `*`), its tanks a stock
  (debatable), the Cobasna ammunition a stock (debatable). Russia's claim that Ukraine
  "concentrated up to 6,000 troops and 40 tanks" in Odesa region is massed (actor Ukraine,
  target `*`); the 40 tanks keep no qualifier. Airspace violations are incidents (debatable);
  the wreckage of Russian drones found in Moldova has action `*`, actor Russia (as drones
  crashing in Belarus in heldout48), and "two of them in the village of Larga" is a breakdown
  by place (required); houses damaged in Moldova are infrastructure with target `*`. EU money
  received is required, the defence budget planned (optional), its share of GDP debatable. The
  analyst's "between 1,200 and 1,500 soldiers" is a range (value and qualifier `*`); his "maybe
  100" is a vague estimate (debatable). The comparison table restates the body (debatable).
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
    UK,
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

Kh, Su, Br, Od, Khe, Do, Ku = "Kharkiv", "Sumy", "Bryansk", "Odesa", "Kherson", "Donetsk", "Kursk"

# fmt: off
# ---------------------------------------------------------------- s01 Ukrzaliznytsia update
d = "s01_ukrzaliznytsia_march_damage_repairs.txt"
# The railway operator's own press-centre page: monthly damage and repair update for March
# 2028. Ukrzaliznytsia and its deputy chief executive Bondarenko are a company (claimant_side
# `*`); Ukraine's Air Force speaks for Ukraine; Russia's Defence Ministry for Russia. Country
# Ukraine; network-wide figures have region None. Bondarenko's quote is repeated after READ
# ALSO (one claim each): "at least 160" drones and 23 missiles (qualifier `*`) launched by "the
# enemy" (Russia), "Fifty-eight" Shaheds among them (a model within the total: required).
# Required: three killed and 19 injured in March and 842 killed since 2022 (actor `*`), 37
# station buildings and 12 traction substations damaged, "UAH 2. 4 billion" (estimated, stray
# space kept), the Lozova attack's two Iskander-M missiles and 14 Shaheds (actor Russia), two
# workers killed and seven injured there (actor `*`), the ministry's "up to 40" servicemen
# "destroyed" (killed), the Air Force's 97 drones shot down, four passengers injured near
# Vorozhba (Sumy), 3,460 evacuated (612 children and 95 with limited mobility: subsets), UAH
# 1.2 billion and €18 million received. The subhead's "three railway workers killed" restates
# (optional). Debatable: "214 times" (subhead and body), "167", "up to 25 kilometres", the
# locomotives, cars and track in the list ("48. 5 km"), "44 of the 47" sections, "three short
# sections", "two shunting locomotives", "11 military trains", "52 cars", "26 times", "30 new
# mobile transformers", "about 40" and "only nine" in reserve. Non-claims: "MARCH 2028", "4
# April 2028", "10:15", "👁 5 302", "5 min read", "February 2022", "52-year-old", "03:40 on 27
# March", Iskander-M, "No. 712", "four hours", "28 March", "19 March", "June", and the
# furniture (READ ALSO's "19 hours", "13 April", "8 additional trains"; "412,000 subscribers",
# "0 800 503 111", "2015–2028").
rows(d, [
    ("three railway workers killed", "three", 3, EX, "count", CAS, N, "killed", A, U, A, U, N, True),  # subhead
    ("used at least 160 attack drones", "at least 160", 160, GE, "count", W, "drone", "launched", R, U, A, U, N),
    ("drones and 23 missiles against our facilities", "23", 23, A, "count", W, "missile", "launched", R, U, A, U, N),
    ("Fifty-eight of those drones were Shaheds", "Fifty-eight", 58, EX, "count", W, "drone", "launched", R, U, A, U, N),
    ("Three railway workers were killed", "Three", 3, EX, "count", CAS, N, "killed", A, U, A, U, N),
    ("on duty in March and 19 were injured", "19", 19, EX, "count", CAS, N, "injured", A, U, A, U, N),
    ("have killed 842 employees and passengers", "842", 842, EX, "count", CAS, N, "killed", A, U, A, U, N),
    ("- station buildings: 37", "37", 37, EX, "count", INF, N, A, A, U, A, U, N),
    ("- traction substations: 12", "12", 12, EX, "count", INF, N, A, A, U, A, U, N),
    ("is estimated at UAH 2. 4 billion", "2. 4 billion", 2400000000, APX, A, ECO, N, A, A, A, A, U, N),
    ("fired two Iskander-M ballistic missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, A, U, Kh),
    ("and 14 Shahed drones at the Lozova junction", "14", 14, EX, "count", W, "drone", "launched", R, U, A, U, Kh),
    ("Two workers were killed and seven injured", "Two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Kh),
    ("killed and seven injured", "seven", 7, EX, "count", CAS, N, "injured", A, U, A, U, Kh),
    ('"up to 40 Ukrainian servicemen"', "up to 40", 40, LE, "count", CAS, N, "killed", R, U, R, U, Kh),
    ("shot down 97 of the drones", "97", 97, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("four passengers were injured", "four", 4, EX, "count", CAS, N, "injured", A, U, A, U, Su),
    ("carried 3,460 people westwards", "3,460", 3460, EX, "count", DIS, N, "evacuated", A, A, A, U, A),
    ("among them 612 children", "612", 612, EX, "count", DIS, N, "evacuated", A, A, A, U, A, True),  # subset
    ("and 95 people with limited mobility", "95", 95, EX, "count", DIS, N, "evacuated", A, A, A, U, A, True),  # subset
    ("received UAH 1.2 billion", "1.2 billion", 1200000000, EX, A, ECO, N, A, A, A, A, U, N),
    ("and €18 million under the EU's Ukraine Facility", "€18 million", 18000000, EX, A, ECO, N, A, A, A, A, U, N),
])
any_(d, [
    ("hit the railway 214 times in March", "214"),
    ("attacked railway facilities 214 times", "214"),
    ("up from 167 in February", "167"),
    ("up to 25 kilometres behind", "up to 25"),
    ("- locomotives and multiple units: 21", "21"),
    ("- freight and passenger cars: 146", "146"),
    ("- track: 48. 5 km", "48. 5"),
    ("restored traffic on 44 of the 47 sections", "44"),
    ("44 of the 47 sections", "47"),
    ("three short sections near Kupiansk", "three"),
    ("two shunting locomotives", "two"),
    ("had hit 11 military trains", "11"),
    ("a freight train of 52 cars", "52"),
    ("hit trains and track vehicles 26 times", "26"),
    ("pay for 30 new mobile transformers", "30"),
    ("We have about 40 mobile transformers", "about 40"),
    ("in winter it was only nine", "nine"),
])

# ---------------------------------------------------------------- s02 mine action, Q1 2028
d = "s02_mine_action_quarterly_q1_2028.txt"
# The Ministry of Economy's quarterly humanitarian-demining summary on the government portal
# (the ministry, the SES, Deputy Minister Tkachuk and the Kherson regional administration speak
# for Ukraine). Country Ukraine; quarterly national figures have region None. Required: 87
# civilians "killed or injured" (action `*`, actor `*`), "Twenty-nine" of them killed, the list
# by region (Kharkiv 31 with 12 killed, Kherson 22 with seven killed, Mykolaiv 14 with four
# killed and "other regions" 8 with region `*`, Donetsk 12), four deminers killed and 11
# injured (actor `*`), "Two of them" killed by a Russian FPV drone near Beryslav (Kherson,
# actor Russia), "UAH 1. 1 billion" paid to farmers (stray space kept), $96.4 million received.
# Optional: "Eleven" children (subset), the $212 million pledged. Debatable: the areas (2,310,
# 1,840, "About 139,000") and "roughly 23%", the explosive items (61,300, 412, 9,870, 1,150),
# "at least 14 settlements", "46 attacks", "up to 80%", 38 machines, "about 310", 93
# operators, "some 3,400" and 2,900 deminers, the output table (cell by cell). Non-claims:
# "first quarter of 2028", "14 April 2028", "12:30", "1.2 MB", "January–March 2028", TM-62,
# PFM-1, "March alone", "aged 34 and 41", "9 February", "since January", "2028–2029", "a year
# ago", and the furniture ("101 or 102", "12 new operators", "CC BY 4.0", "1545").
rows(d, [
    ("killed or injured 87 civilians", "87", 87, EX, "count", CAS, N, A, A, U, U, U, N),
    ("Twenty-nine of them were killed", "Twenty-nine", 29, EX, "count", CAS, N, "killed", A, U, U, U, N),
    ("Eleven of the victims were children", "Eleven", 11, EX, "count", CAS, N, A, A, U, U, U, N, True),  # subset
    ("- Kharkiv region: 31", "31", 31, EX, "count", CAS, N, A, A, U, U, U, Kh),
    ("31 (12 killed)", "12", 12, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("- Kherson region: 22", "22", 22, EX, "count", CAS, N, A, A, U, U, U, Khe),
    ("22 (seven killed)", "seven", 7, EX, "count", CAS, N, "killed", A, U, U, U, Khe),
    ("- Mykolaiv region: 14", "14", 14, EX, "count", CAS, N, A, A, U, U, U, A),
    ("14 (four killed)", "four", 4, EX, "count", CAS, N, "killed", A, U, U, U, A),
    ("- Donetsk region: 12", "12", 12, EX, "count", CAS, N, A, A, U, U, U, Do),
    ("- other regions: 8", "8", 8, EX, "count", CAS, N, A, A, U, U, U, A),
    ("Four deminers were killed", "Four", 4, EX, "count", CAS, N, "killed", A, U, U, U, N),
    ("and 11 were injured at work", "11", 11, EX, "count", CAS, N, "injured", A, U, U, U, N),
    ("Two of them, SES pyrotechnicians", "Two", 2, EX, "count", CAS, N, "killed", R, U, U, U, Khe),
    ("compensated farmers UAH 1. 1 billion", "1. 1 billion", 1100000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("received $96.4 million", "$96.4 million", 96400000, EX, "usd", ECO, N, A, A, A, U, U, N),
    ("pledged a further $212 million", "$212 million", 212000000, EX, "usd", ECO, N, A, A, A, U, U, N, True),  # pledge
])
any_(d, [
    ("operators surveyed 2,310 square kilometres", "2,310"),
    ("returned 1,840 square kilometres to use", "1,840"),
    ("About 139,000 square kilometres", "About 139,000"),
    ("roughly 23% of the country", "roughly 23%"),
    ("destroyed 61,300 explosive items", "61,300"),
    ("including 412 unexploded aerial bombs", "412"),
    ("9,870 cluster submunitions", "9,870"),
    ("and 1,150 anti-tank mines", "1,150"),
    ("found in at least 14 settlements", "at least 14"),
    ("recorded 46 attacks on demining teams", "46"),
    ("covers up to 80% of the cost", "up to 80%"),
    ("Ukraine received 38 demining machines", "38"),
    ("national fleet to about 310", "about 310"),
    ("There are now 93 certified operators", "93"),
    ("with some 3,400 deminers", "some 3,400"),
    ("compared with 2,900 a year ago", "2,900"),
    ("| SES | 610", "610"),
    ("610 | 34,200", "34,200"),
    ("| Armed Forces | 420", "420"),
    ("420 | 15,900", "15,900"),
    ("| Certified operators | 810", "810"),
    ("810 | 11,200", "11,200"),
    ("| Total | 1,840", "1,840"),
    ("1,840 | 61,300", "61,300"),
])

# ---------------------------------------------------------------- s03 Bryansk debris compensation
d = "s03_bryansk_drone_debris_compensation.txt"
# A loyal Russian regional news site (Bryansk Today) on compensation claims for damage from drone
# debris. The department of social protection, Governor Bogomaz, Deputy Governor Lavrova, the
# Klintsy district administration, the regional government and Russia's Defence Ministry speak
# for Russia; Ukraine's General Staff for Ukraine. Country Russia, region Bryansk except the
# ministry's overnight total (region None). The governor's paragraph is repeated (one claim
# each): 1,146 drones shot down, 286 private houses and 41 apartment blocks damaged. Required:
# "48. 7 million roubles" paid (stray space kept), three killed and 29 injured by "Ukrainian
# drone attacks" (actor Ukraine; "four children" a subset, optional), two women killed by "a
# drone" (actor `*`), 59 houses in the Klintsy district (breakdown by place), 210 million
# roubles received, the ministry's 74 drones and "38 of them" over Bryansk region, the General
# Staff's "more than 30" drones launched and "two production buildings" on fire, "About 2,100"
# resettled. Optional: the 120 million roubles to be allocated. Debatable: the headline's "Over
# 1,300", 1,362 applications, 604 approved, 163 cars, "up to 100,000" and "up to 3. 5 million"
# roubles, "only two successful cases", "sixty thousand people", "some 70 kilometres", "300
# applications", "four inspectors", "nine regions", "40,000 roubles", "612 times". Non-claims:
# "+7°C", "USD 92.15", "EUR 99.80", "2 May 2028", "09:40", "👁 3 871", "💬 23", "30 April",
# "17 April", "aged 58 and 63", "No. 412-p", "71", "8 January", "1 May" (twice), "October
# 2027", and the furniture (Read also's "4 cars", "Comments (23)", "FS77-84312", "18+",
# "2012–2028").
rows(d, [
    ("payments totalling 48. 7 million roubles", "48. 7 million", 48700000, EX, A, ECO, N, A, A, A, R, R, Br),
    ("destroyed 1,146 Ukrainian aircraft-type drones", "1,146", 1146, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("damaged 286 private houses", "286", 286, EX, "count", INF, N, A, A, R, R, R, Br),
    ("41 apartment blocks", "41", 41, EX, "count", INF, N, A, A, R, R, R, Br),
    ("killed three civilians in the region", "three", 3, EX, "count", CAS, N, "killed", U, R, R, R, Br),
    ("in the region and injured 29", "29", 29, EX, "count", CAS, N, "injured", U, R, R, R, Br),
    ("among them four children", "four", 4, EX, "count", CAS, N, "injured", U, R, R, R, Br, True),  # subset
    ("killing two women", "two", 2, EX, "count", CAS, N, "killed", A, R, R, R, Br),
    ("59 houses were damaged in April", "59", 59, EX, "count", INF, N, A, A, R, R, R, Br),
    ("had received 210 million roubles", "210 million", 210000000, EX, A, ECO, N, A, A, A, R, R, Br),
    ("allocate another 120 million roubles", "120 million", 120000000, EX, A, ECO, N, A, A, A, R, R, Br, True),  # planned
    ("intercepted and destroyed 74 Ukrainian drones", "74", 74, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("38 of them over the Bryansk region", "38", 38, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ('"more than 30" long-range drones', "more than 30", 30, GE, "count", W, "drone", "launched", U, R, U, R, Br),
    ("at two production buildings", "two", 2, EX, "count", INF, N, A, A, R, U, R, Br),
    ("About 2,100 residents of border villages", "About 2,100", 2100, APX, "count", DIS, N, "evacuated", A, A, R, R, Br),
])
any_(d, [
    ("Over 1,300 residents have claimed", "Over 1,300"),
    ("1,362 residents of the Bryansk region", "1,362"),
    ("604 applications had been approved", "604"),
    ("and 163 cars", "163"),
    ("receive up to 100,000 roubles", "up to 100,000"),
    ("house up to 3. 5 million roubles", "up to 3. 5 million"),
    ("only two successful cases", "two"),
    ("a town of sixty thousand people", "sixty thousand"),
    ("some 70 kilometres from the border", "some 70"),
    ("has 300 applications ahead of mine", "300"),
    ("has four inspectors", "four"),
    ("overnight over nine regions", "nine"),
    ("Each family receives 40,000 roubles", "40,000"),
    ("shelled the border districts 612 times", "612"),
])

# ---------------------------------------------------------------- s04 Commons committee transcript
d = "s04_commons_defence_committee_ukraine_evidence.txt"
# An oral-evidence transcript of the House of Commons Defence Committee: the Secretary of State
# for Defence (Okafor) and the Chief of Defence Intelligence (Kerr) speak for the United
# Kingdom; the MPs' "Kyiv says" and "The Ukrainian General Staff's own tally" pass on Ukraine's
# claims; Kerr passes on the Russian Ministry of Defence's. Required: April's 6,240 drones and
# 214 missiles launched at Ukraine (region None), 151 intercepted, 46 ballistic missiles (a type
# within the total) and "fewer than 15" of them intercepted, "about 4,300" glide bombs (region
# `*`: Donetsk and Zaporizhzhia), "roughly 3,900" and "about 1,100" square kilometres seized,
# "around 1.2 million" Russian casualties (action `*`) and "some 270,000" killed, the General
# Staff's "over 1.4 million" losses, the ministry's 44 HIMARS launchers and "more than 600"
# tanks destroyed, the UK's "fewer than ten" HIMARS losses (action `*`), "About 690,000" Russian
# troops (country `*`), "about 11,000" North Korean soldiers in Kursk region, "more than 5,000"
# missiles and 14 air defence systems delivered (qualifier `*`), "£1. 6 billion" disbursed,
# "between 40 and 55" aircraft (a range), "roughly 9,600" drones launched at Russia. Optional:
# "Of the 214" (restates), "(1,500 square miles)", "around 620,000 a year ago", "£4. 5 billion"
# (planned). Debatable: "around 88%", "several hundred", "more than 1,000 guided bombs a week",
# "a little over 1,000 a week", "less than 1%", "roughly a third", "120,000 artillery rounds",
# "62,000 Ukrainian recruits", "around 3,000" drones a month, "perhaps 150" missiles, "between
# 1,800 and 2,200", "around 17 refineries". Non-claims: "HC 412", "16 May 2028" (twice),
# "Questions 118–127", "Q118" ... "Q127", Iskander-M, KN-23, FAB-500s, FAB-1500s, "2027",
# "the first four months", "February 2022", "since 2022" (twice), "a year ago", Kh-101, "through
# 2028", "this financial year", and the furniture ("412 KB", "HC 288", "3 March 2028").
rows(d, [
    ("Russia launched 6,240 long-range attack drones", "6,240", 6240, EX, "count", W, "drone", "launched", R, U, UK, U, N),
    ("and 214 missiles at Ukraine", "214", 214, EX, "count", W, "missile", "launched", R, U, UK, U, N),
    ("Of the 214, Ukraine intercepted", "214", 214, EX, "count", W, "missile", "launched", R, U, UK, U, N, True),  # restates
    ("Ukraine intercepted 151", "151", 151, EX, "count", W, "missile", "shot_down", U, R, UK, U, N),
    ("we counted 46 ballistic missiles", "46", 46, EX, "count", W, "missile", "launched", R, U, UK, U, N),
    ("fewer than 15 of them were intercepted", "fewer than 15", 15, LE, "count", W, "missile", "shot_down", U, R, UK, U, N),
    ("estimate for April is about 4,300 glide bombs", "about 4,300", 4300, APX, "count", W, "guided_bomb", "launched", R, U, UK, U, A),
    ("Russia gained roughly 3,900 square kilometres", "roughly 3,900", 3900, APX, "km2", TER, N, "seized", R, U, UK, U, N),
    ("(1,500 square miles)", "1,500", 1500, A, "mi2", TER, N, "seized", R, U, UK, U, N, True),  # conversion
    ("and about 1,100 square kilometres", "about 1,100", 1100, APX, "km2", TER, N, "seized", R, U, UK, U, N),
    ("suffered around 1.2 million casualties", "around 1.2 million", 1200000, APX, "count", CAS, N, A, A, R, UK, A, A),
    ("of whom some 270,000 have been killed", "some 270,000", 270000, APX, "count", CAS, N, "killed", A, R, UK, A, A),
    ("tally of Russian losses is over 1.4 million", "over 1.4 million", 1400000, GE, "count", CAS, N, A, A, R, U, A, A),
    ("destroyed 44 HIMARS launchers", "44", 44, EX, "count", W, "mlrs", "destroyed", R, U, R, U, A),
    ("more than 600 Western-supplied tanks", "more than 600", 600, GE, "count", W, "tank", "destroyed", R, U, R, U, A),
    ("evidence of fewer than ten HIMARS losses", "fewer than ten", 10, LE, "count", W, "mlrs", A, A, U, UK, U, A),
    ("About 690,000 in the occupied territories", "About 690,000", 690000, APX, "count", PER, N, "deployed", R, U, UK, A, A),
    ("up from around 620,000 a year ago", "around 620,000", 620000, APX, "count", PER, N, "deployed", R, U, UK, A, A, True),  # earlier state
    ("about 11,000 North Korean soldiers", "about 11,000", 11000, APX, "count", PER, N, "deployed", NK, A, UK, R, Ku),
    ("delivered more than 5,000 lightweight multirole missiles", "more than 5,000", 5000, GE, "count", W, "missile", A, UK, A, UK, A, A),
    ("and 14 air defence systems", "14", 14, A, "count", W, "air_defense", A, UK, A, UK, A, A),
    ("we will provide £4. 5 billion", "£4. 5 billion", 4500000000, EX, A, ECO, N, A, A, A, UK, A, A, True),  # planned
    ("and £1. 6 billion of that has already been disbursed", "£1. 6 billion", 1600000000, EX, A, ECO, N, A, A, A, UK, A, A),
    ("destroyed between 40 and 55 Russian military aircraft", "between 40 and 55", A, A, "count", W, "aircraft", A, U, R, UK, A, A),
    ("Ukraine launched roughly 9,600 long-range drones", "roughly 9,600", 9600, APX, "count", W, "drone", "launched", U, R, UK, R, N),
])
any_(d, [
    ("brought down around 88% of the drones", "around 88%"),
    ("that several hundred got through", "several hundred"),
    ("dropping more than 1,000 guided bombs a week", "more than 1,000"),
    ("so a little over 1,000 a week", "over 1,000"),
    ("That is less than 1% of Ukraine", "less than 1%"),
    ("We think roughly a third of Russian casualties", "a third"),
    ("120,000 artillery rounds", "120,000"),
    ("trained 62,000 Ukrainian recruits", "62,000"),
    ("producing around 3,000 Shahed-type drones a month", "around 3,000"),
    ("and perhaps 150 Iskander", "150"),
    ("missiles is between 1,800 and 2,200", "between 1,800 and 2,200"),
    ("and around 17 refineries", "around 17"),
])

# ---------------------------------------------------------------- s05 agriculture weekly, ports
d = "s05_agri_weekly_odesa_port_strikes_grain.txt"
# An English-language agricultural market weekly (FieldLine, "Black Sea Weekly") on Russian
# strikes on Odesa-region ports and May grain exports. The Odesa regional military
# administration, regional officials and the Ministry of Agrarian Policy speak for Ukraine;
# Russia's Defence Ministry for Russia; FieldLine's calculation, the terminal operator, the
# analyst (AgriSight) and brokers are `*`. Country Ukraine, region Odesa. The Russian paragraph
# is repeated (one claim each): "up to 12" uncrewed boats destroyed (weapon_type `*`) and 18
# naval drones shot down (weapon_type, country and region `*`). Required: exports "18% less
# than in April" (percent; region `*`: all of the country's sea ports), 31 missiles (qualifier
# `*`) and "about 270" drones launched, 64 port facilities damaged and 183 since January, "about
# 96,000 tonnes" of grain destroyed (unit `*`), "$41 million" of losses (estimated), capacity
# cut "by about 40%", five port workers killed and 27 people injured in May, 26 killed and 112
# injured since January (no claimant of their own). Optional: the headline's 18%. Debatable: "3.
# 1 million tonnes" shipped, "23 Russian attacks", "Three foreign-flagged bulk carriers", the
# prices and spreads ("11.5%", "$9", "$236", "$214", "$4 to $6"), the premiums ("1. 2%",
# "0.8%"), Constanța's "1.4 million tonnes" and "up 35%", the analyst's "at least one million
# tonnes" and "between 2.7 and 3. 0 million tonnes", "about 14%", "more than 190 million
# tonnes", and the "at a glance" box. Non-claims: "WEEK 23", "since 2023", "9 June 2028", "7 min
# read", Kh-22, P-800, "14 May", "22 May", "at least two months", "one, the Panama-flagged"
# (a pronoun), "up to four days", "August 2023", and the furniture ("2 free articles", "$19 a
# month", "214 partners", READ NEXT's "240,000 t", "5 questions", "2028 harvest", "No.
# 09841227", "2017–2028").
rows(d, [
    ("cut Ukraine's May grain exports by 18%", "18%", 18, EX, "percent", ECO, N, A, A, A, A, U, A, True),  # headline
    ("in May, 18% less than in April", "18%", 18, EX, "percent", ECO, N, A, A, A, A, U, A),
    ("Russia launched 31 missiles", "31", 31, A, "count", W, "missile", "launched", R, U, U, U, Od),
    ("and about 270 drones at the region's ports", "about 270", 270, APX, "count", W, "drone", "launched", R, U, U, U, Od),
    ("damaging 64 port facilities", "64", 64, EX, "count", INF, N, A, A, U, U, U, Od),
    ("strikes have damaged 183 port facilities", "183", 183, EX, "count", INF, N, A, A, U, A, U, Od),
    ("destroyed or spoiled about 96,000 tonnes of grain", "about 96,000", 96000, APX, A, ECO, N, A, A, A, U, U, Od),
    ("were estimated at $41 million", "$41 million", 41000000, APX, "usd", ECO, N, A, A, A, U, U, Od),
    ("cutting its loading capacity by about 40%", "about 40%", 40, APX, "percent", ECO, N, A, A, A, A, U, Od),
    ("Five port workers were killed in May", "Five", 5, EX, "count", CAS, N, "killed", A, U, U, U, Od),
    ("and 27 people were injured", "27", 27, EX, "count", CAS, N, "injured", A, U, U, U, Od),
    ("the attacks have killed 26 port workers", "26", 26, EX, "count", CAS, N, "killed", A, U, A, U, Od),
    ("port workers and injured 112", "112", 112, EX, "count", CAS, N, "injured", A, U, A, U, Od),
    ('destroyed "up to 12 uncrewed boats"', "up to 12", 12, LE, "count", W, A, "destroyed", R, U, R, U, Od),
    ("shot down 18 Ukrainian naval drones", "18", 18, EX, "count", W, A, "shot_down", R, U, R, A, A),
])
any_(d, [
    ("Ukraine shipped 3. 1 million tonnes", "3. 1 million"),
    ("counted 23 Russian attacks", "23"),
    ("Three foreign-flagged bulk carriers", "Three"),
    ("bids for 11.5% protein wheat", "11.5%"),
    ("wheat rose $9 to $236 a tonne", "$9"),
    ("rose $9 to $236 a tonne", "$236"),
    ("unchanged at $214", "$214"),
    ("is now $4 to $6 a tonne", "$4 to $6"),
    ("risen to 1. 2% of hull value", "1. 2%"),
    ("from 0.8% in April", "0.8%"),
    ("it handled 1.4 million tonnes", "1.4 million"),
    ("up 35% on the month", "35%"),
    ("lose at least one million tonnes", "at least one million"),
    ("between 2.7 and 3. 0 million tonnes", "between 2.7 and 3. 0 million"),
    ("about 14% of their planned sowing area", "about 14%"),
    ("more than 190 million tonnes", "more than 190 million"),
    ("Exports, May: 3.1 mt", "3.1"),
    ("3.1 mt (−18%)", "18%"),
    ("Grain destroyed: ~96,000 t", "96,000"),
    ("Wheat FOB Odesa: $236/t", "$236"),
    ("$236/t (+$9)", "$9"),
])

# ---------------------------------------------------------------- s06 Moldovan outlet, Transnistria
d = "s06_moldova_transnistria_troop_counts.txt"
# A Chișinău outlet's English edition (Nistru Observer) comparing counts of Russian troops in
# Transnistria. Russia's Defence Ministry and its foreign ministry's spokeswoman speak for
# Russia; HUR for Ukraine; Moldova's government, SIS, Ministry of Defence and foreign ministry,
# the OSCE and the analyst Munteanu are `*`. Country and region `*` for everything in Moldova.
# Required: Russian troops deployed: the ministry's "about 1,500", the government's "no more
# than 1,100", HUR's "up to 2,000" and "at least 300" officers, the analyst's "between 1,200 and
# 1,500" (a range); Transnistria's "some 7,500" soldiers and "up to 15,000" reservists
# (personnel, action and actor `*`); Russia's claim that Ukraine massed "up to 6,000" troops
# and 40 tanks (qualifier `*`) in Odesa region; six Shahed-type drones found in Moldova (action
# `*`, actor Russia) and "two of them" in Larga; two houses damaged (target `*`); €60 million
# received. Optional: "Of them, 402" (subset), "1. 9 billion lei" (planned, stray space kept).
# Debatable: the comparison table, "two kilometres", "about 20,000 tonnes", "more than half",
# "42 trainloads", "18 T-64 tanks", "14 times", "about 0.6%", "maybe 100". Non-claims: "20 June
# 2028", "08:00", "8 min read", "14th Army", "May", "4 June", "since 2025", "May 2028", "June
# 2028", "2001–2004", T-64, Mi-24, Mi-8, "12 June", "Since January", "in 2028", "since 1992", and
# the furniture ("1,240 readers", Read also's "3 officials" and "chapter 23", "in 5 minutes",
# "2016–2028").
rows(d, [
    ('keeps "about 1,500" servicemen', "about 1,500", 1500, APX, "count", PER, N, "deployed", R, A, R, A, A),
    ("Of them, 402 serve", "402", 402, EX, "count", PER, N, "deployed", R, A, R, A, A, True),  # subset
    ("There are no more than 1,100 Russian soldiers", "no more than 1,100", 1100, LE, "count", PER, N, "deployed", R, A, A, A, A),
    ('Russia had "up to 2,000" troops', "up to 2,000", 2000, LE, "count", PER, N, "deployed", R, A, U, A, A),
    ('HUR said "at least 300" such officers', "at least 300", 300, GE, "count", PER, N, "deployed", R, A, U, A, A),
    ("armed forces of some 7,500 soldiers", "some 7,500", 7500, APX, "count", PER, N, A, A, A, A, A, A),
    ("and up to 15,000 reservists", "up to 15,000", 15000, LE, "count", PER, N, A, A, A, A, A, A),
    ('"concentrated up to 6,000 troops', "up to 6,000", 6000, LE, "count", PER, N, "massed", U, A, R, U, Od),
    ("6,000 troops and 40 tanks", "40", 40, A, "count", W, "tank", "massed", U, A, R, U, Od),
    ("the wreckage of six Shahed-type drones", "six", 6, EX, "count", W, "drone", A, R, A, A, A, A),
    ("two of them in the village of Larga", "two", 2, EX, "count", W, "drone", A, R, A, A, A, A),
    ("Two houses in the village were damaged", "Two", 2, EX, "count", INF, N, A, A, A, A, A, A),
    ("Moldova received €60 million", "€60 million", 60000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("plans to spend 1. 9 billion lei", "1. 9 billion", 1900000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # planned
    ("is between 1,200 and 1,500 soldiers", "between 1,200 and 1,500", A, A, "count", PER, N, "deployed", R, A, A, A, A),
])
any_(d, [
    ("| Russian Defence Ministry | about 1,500", "about 1,500"),
    ("| Government of Moldova | no more than 1,100", "no more than 1,100"),
    ("| HUR (Ukraine) | up to 2,000", "up to 2,000"),
    ("two kilometres from the Ukrainian border", "two"),
    ("holds about 20,000 tonnes", "about 20,000"),
    ("more than half of it", "more than half"),
    ("withdrew 42 trainloads", "42"),
    ("They have 18 T-64 tanks", "18"),
    ("Moldovan airspace 14 times", "14"),
    ("about 0.6% of GDP", "about 0.6%"),
    ("with maybe 100 real Russian officers", "100"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s49")
