"""Builds gold.jsonl for heldout46 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout46.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout45 (and through it heldout35, heldout27 and heldout33):
headlines, subheads and later restatements are optional; subsets introduced by "of whom", "among
them", "including", "of them" are optional, except a model or type within a weapon total (the
seeds' "including two Su-34"); a breakdown of a total by place ("29 over the territory of Bryansk
region") is required, and so is a different action on part of a total ("of which 21 were shot
down"); in a list with a qualifier only the qualified items keep it (the others `*`), a list with
no qualifier is exact; casualty sentences that name no perpetrator have actor `*`; a range is one
claim quoting the whole range (value and qualifier `*`); households left without power have
category and action `*`; losses reported as "lost" have action `*`; drones destroyed in flight
are shot_down; settlements "liberated" are territory with action `*`; pledges, promises and
planned spending are optional; an earlier state ("a year earlier", "up from ... the week before")
is optional; a monitor's or fact-checker's sum of a side's claims keeps that side's actor and
target with claimant_side `*`, but a sum given only in a headline is debatable. Bodies that are
not sides (Poland, NATO, the EU, NGOs, think tanks, consultancies, independent outlets and
monitors other than DeepState) have claimant_side `*`, and events on the soil of Poland have
country and region `*`; an outlet's or agency's own voice has claimant_side `*`; DeepState speaks
for Ukraine (the seeds). People "displaced", "leaving" and refugees are displacement with action
`*` (only "evacuated" is evacuated); refugees across Europe have country `*`. Damaged houses and
buildings are infrastructure with action and actor `*`; airports closed are infrastructure,
optional, qualifier `*` (the seeds). An appeal's requirement and money received are required
(usd, or `*` for other currencies); the share funded is debatable. Counts of places ("16
locations", "nine regions", "14 more settlements"), incident counts ("174 combat engagements"),
unit counts (crews), group sizes, shares and rates ("41%", "one in four", "70 per cent",
"22 square kilometers per day"), distances, speeds and altitudes, areas of fires, prices and
payments, production and delivery rates, population stocks, recipients of aid, civilian cars hit,
hypotheticals and vague quantities ("tens of thousands", "dozens", "hundreds") are debatable
(`any_`). Dates, times, durations ("for at least 24 hours", "nearly three hours", "two or three
minutes"), ages ("67-year-old", "14-year-old", "is 34"), ordinals ("sixth winter", "22nd
sanctions package"), numbered updates and footnotes ("Update #27", "[12]"), numbers inside names
(Kh-101, Tu-95, Iskander-M, Shahed-136, F-16, Su-34, RM-70, Orlan-10, Geran-3, FPV, "Group of
Seven", G7, 7th Rapid Response Corps, 47th and 93rd Mechanized Brigades, 96th Anti-Aircraft
Missile Brigade) and page furniture are not labelled.

Decided anew for this set:
- s01: a prosecutor's monthly report: the Office of the Prosecutor General, its deputy, the
  juvenile prosecutors and the courts speak for Ukraine; criminal proceedings, verdicts, suspects,
  case files, claims to the Register of Damage and the investigators asked for are incident or
  case counts (debatable), including the headline's "187,000"; the by-region toll written as
  "Kharkiv region for 61 and 287" (the nouns "dead" and "wounded" given only for the first region)
  is a breakdown by place, required, killed then injured, actor `*` (the sentence names no
  perpetrator); a cumulative total of children killed and injured since 2022 next to the monthly
  toll is a separate claim (required), and so is "Eleven children were killed in November alone"
  (actor `*`); children "deported or forcibly transferred" are displacement with action, actor,
  country and region `*` (moved from Ukraine to Russia or occupied land; the sentence does not say
  by whom), and those "brought back" ("Of these, 1,742") are a different fate of part of the total
  (required, displacement, action `*`, country Ukraine); "among them 63 this month" is a subset
  (optional); prisoners of war executed are casualties killed (actor Russia: "by Russian forces"),
  "41 of them since September" a subset (optional); the casualties of a past strike (2025)
  recounted in a verdict are required (actor Russia: a Russian colonel ordered it); the "two
  Russian KAB-500 guided bombs" of a strike are required (guided_bomb, launched); civilian objects
  damaged are infrastructure (action and actor `*`, target Ukraine) with the "among them" kinds
  optional; assets transferred to ARMA in hryvnias are required (unit `*`); "torture of four
  civilians" is debatable (neither killed nor injured as counted); "Article 438", "70th Motor
  Rifle Regiment", KAB-500, "19-year-old" and "eight months old" are not labelled.
- s02: a regional police bulletin reposted by a local site: the police, the "White Angel" unit and
  the Southern Defense Forces speak for Ukraine; "the occupiers", "the enemy" and "the Russians"
  are Russia; country Ukraine, region Kherson throughout. The settlement lines under a header
  "Consequences of Russian aggression by settlement:" are a breakdown by place (required, actor
  Russia: the header names it); "Stanislav — no casualties" is debatable; "Among the wounded in
  Kherson were two officers" is a subset (optional); the list of weapons under "Over the weekend
  the occupiers:" is a list with no qualifier (exact): "artillery shells, mortar bombs and rockets"
  are munitions (weapon_type `*`), "9 of them on Kherson city" is a breakdown of the guided bombs
  by place (required); "shelled 38 settlements" a count of places (debatable); "Damaged and
  destroyed:" houses and apartment blocks are infrastructure (action and actor `*`), the cars
  debatable; "evacuated more than 3,100 people" since January is a cumulative total (required);
  Russian "boats" destroyed are weapon_type ship; the Russian-installed administration's claim that
  "Ukrainian shelling killed two people in Oleshky" has actor Ukraine, target `*` (civilians in
  occupied Kherson region), claimant_side Russia, country Ukraine, region Kherson; the sidebar's
  air raid alert count is furniture.
- s03: a translated Russian regional newspaper: the paper's own voice and the translator's note
  have claimant_side `*`; the regional government, the governor, the regional ministers and the
  military commissariat speak for Russia; the Committee of Soldiers' Mothers is not a side (`*`).
  Residents who "signed contracts" with the Defence Ministry are personnel, action `*`, actor
  Russia, target `*`, country Russia, region Saratov (where they signed up), and "In November
  alone, 412" is a new claim for another period (required); "3.46 thousand" is 3,460; the
  contract plan ("4,000 contract soldiers by the end of the year") is a plan (optional); the
  regional budget's total paid out ("5.8 billion roubles") is required (unit `*`), the per-person
  payments and the compensation debatable (payments), the 2028 budget optional (planned); those
  "called up" in 2022 are personnel with action `*` (region Saratov), "some 2,300 of them are still
  serving in the SVO zone" is a different state of part of the total (required, deployed, country
  and region `*`); the mobilised "listed as missing" are casualties with action `*`; the names on
  a memorial wall and an obituary count of the region's dead are casualties killed with actor,
  country and region `*` (they died at the front), "among them 31 officers" optional; veterans
  treated, given jobs or land plots are recipients (debatable); "one woman, 61" is one injured
  (the 61 is an age); Decree "No. 647", "Nash Region-64", "No. 47 (1,322)", Tu-95MS and Tu-160 are
  not labelled.
- s04: a data-journalism comparison of three counts of one night: the Air Force and "regional
  authorities" speak for Ukraine, the Defence Ministry for Russia, Skywatch Collective (volunteer
  trackers) is not a side (claimant_side `*`, keeping the actor and target of what it counts);
  the models and types within the Air Force's totals (396 Shahed-type, 216 decoys, 24 Kh-101, 11
  Iskander-M, six Kh-47M2) are required; "the night's attacks killed six people in Odesa" has
  actor `*`; the ministry's "two launchers of a Patriot air defence system" are air_defense
  destroyed (region Kyiv); "against the 96 Moscow admitted to" is a restatement (optional); the
  article's own comparison arithmetic ("between 612 and 588", "24 drones, or about 4%", "Four
  missiles", "171 of the 212 nights", "30 to 40 per cent") is debatable; the side-by-side table,
  whose claimant sits in a column header, is debatable cell by cell; year-to-date totals of each
  source ("61,240", "38,900", "nearly 63,000") are required; numbered section headings are not
  labelled.
- s05: a government press release (the UK Ministry of Defence): the ministry, the minister and
  Defence Intelligence speak for the United Kingdom (claimant_side United Kingdom); the Ukrainian
  brigade commander speaks for Ukraine. Ukrainians trained are personnel with action `*`, actor
  Ukraine (whose troops they are), target `*`, country United Kingdom where training in Britain
  is stated (Scotland included) and `*` for the pilots (place not stated), region None; "Some
  18,200 of them have been trained this year" is another period (required), "including 4,650 in
  the latest five-week cycle" a subset (optional). Deliveries to Ukraine ("the UK has delivered to
  Ukraine:") are weapons with action `*`, actor United Kingdom, target `*`, country and region
  `*`; the list carries one qualifier ("more than 140,000"), so its other items have qualifier
  `*`; rounds of artillery ammunition have weapon_type `*`, Lightweight Multirole Missiles are
  missile, protected patrol vehicles armored_vehicle, Gravehawk systems air_defense; "including
  9,000 long-range strike drones" is a type within a weapon total (required). The winter package
  and the support "committed" for 2027 are pledges (optional); "of which £3.3 billion has already
  been disbursed" is required (unit `*`, country `*`); a contract for future missiles is planned
  (optional). Defence Intelligence's "likely exceeded 1.21 million" casualties are at_least
  (target Russia, action and actor `*`), the tanks "lost" have action `*`; daily casualty and
  monthly recruitment rates are debatable; 155mm, F-16s, "33rd", "3 Commando Brigade", "10-year"
  and "v3.0" are not labelled.
- s06: a readers' questions column: a number inside a reader's question ("loses 1,000 soldiers a
  day") is a rate and debatable, and so is its echo in the headline; the postbag ("214 of you")
  is debatable; the General Staff's daily and cumulative Russian losses are casualties with action
  and actor `*`, country and region `*` (heldout45); Russia's claim that "Ukraine has lost more than
  9,800 troops" has action `*`, target Ukraine; Zelensky's "61,300 soldiers killed" has actor `*`,
  target Ukraine, country and region `*`; "the rail company says" (Ukrzaliznytsia, the state
  railway) speaks for Ukraine, while the correspondent's own sentence on trains and evacuees has
  claimant_side `*`; evacuation trains are debatable (vehicle counts); "318 in the first 25 days of
  November" is km2 by the preceding unit (required), "compared with 502 in November last year" an
  earlier state (optional); Moldova's defence ministry is not a side and Moldova is not a country
  of the vocabulary (claimant_side, country and region `*`), its "three Russian drones crashed" is
  required with action `*`; Russia's troops kept in Transnistria are deployed (country `*`); EU
  payments are required (euros: unit `*`), the facility's total size is a pledge (optional); the
  production estimate "about 2,700 Shahed-type drones a month" is a production rate (debatable).
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

Kv, Od, Dp, Br, Bel = "Kyiv", "Odesa", "Dnipropetrovsk", "Bryansk", "Belgorod"
D, Kh, Zp, Ku, Ks, Sr = "Donetsk", "Kharkiv", "Zaporizhzhia", "Kursk", "Kherson", "Saratov"

# fmt: off
# ---------------------------------------------------------------- s01 prosecutor's monthly report
d = "s01_prosecutor_war_crimes_monthly_report.txt"
# A legal news site (Lex Ukraina Daily) on the Office of the Prosecutor General's monthly report
# for 1-27 November. Everyone quoted (the office, its deputy head, the juvenile prosecutors, the
# court) speaks for Ukraine; country Ukraine. Lead: 231 killed and 1,148 injured by "Russian
# strikes and shelling" (actor Russia, region None). The by-region toll (Donetsk 74/302, Kharkiv
# 61/287, Zaporizhzhia 39/211, Kherson 33/196, Dnipropetrovsk 24/152: they add up to 231 and
# 1,148) required, actor `*`. Zaporizhzhia bus station: "two Russian KAB-500 guided bombs" launched,
# 17 killed, 63 wounded; Kharkiv dormitory: nine killed, 38 injured (a Russian Iskander-M). Children
# since 2022: "at least 672" killed, "more than 2,090" injured (actor Russia: "Russian armed
# aggression"); "Eleven" killed in November (actor `*`). 19,870 deported (displacement, action,
# actor, country, region `*`), 1,742 brought back (required), "63 this month" (optional). POWs:
# 316 executed (killed, actor Russia), "41 of them" (optional). Kupiansk verdict: 23 killed, 47
# injured in 2025 (actor Russia, Kharkiv). 3,410 civilian objects damaged (infrastructure, the
# kinds "among them" optional); 1.9 billion hryvnias of assets (unit `*`). The headline's "231
# civilian deaths" restates (optional). Debatable: "187,000" (headline), 4,812 and 187,406
# proceedings, "at least 12 cases", "two Russian servicemen", "four civilians" (torture), "38
# verdicts", "1,027", "912 individuals", "604 of them", "58,300 claims", "roughly a third", "About
# 40%", "a further 120 case files", "350 more investigators". Non-claims: "28 November 2027",
# "18:42", "09:10", "8 minutes", "1 and 27 November", "Article 438" (twice), "24 February 2022",
# "9 November", KAB-500, Su-34, Iskander-M, "21 November", "19-year-old", "eight months old",
# "a year", "70th Motor Rifle Regiment", 2023, 2025, "17 November", 2028, and the furniture ("3
# collaborators", "4% of claims", "2 new warrants", "23,500 readers", 2019-2027, "R40-01877").
rows(d, [
    ("Prosecutors log 231 civilian deaths", "231", 231, EX, "count", CAS, N, "killed", A, U, U, U, N, True),  # headline
    ("shelling killed 231 civilians", "231", 231, EX, "count", CAS, N, "killed", R, U, U, U, N),
    ("and injured 1,148 across Ukraine", "1,148", 1148, EX, "count", CAS, N, "injured", R, U, U, U, N),
    ("Donetsk region accounted for 74 of the dead", "74", 74, EX, "count", CAS, N, "killed", A, U, U, U, D),
    ("and 302 of the wounded", "302", 302, EX, "count", CAS, N, "injured", A, U, U, U, D),
    ("Kharkiv region for 61 and 287", "61", 61, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("for 61 and 287", "287", 287, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Zaporizhzhia region for 39 and 211", "39", 39, EX, "count", CAS, N, "killed", A, U, U, U, Zp),
    ("for 39 and 211", "211", 211, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("Kherson region for 33 and 196", "33", 33, EX, "count", CAS, N, "killed", A, U, U, U, Ks),
    ("for 33 and 196", "196", 196, EX, "count", CAS, N, "injured", A, U, U, U, Ks),
    ("Dnipropetrovsk region for 24 and 152", "24", 24, EX, "count", CAS, N, "killed", A, U, U, U, Dp),
    ("for 24 and 152", "152", 152, EX, "count", CAS, N, "injured", A, U, U, U, Dp),
    ("when two Russian KAB-500 guided bombs", "two", 2, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Zp),
    ("guided bombs killed 17 people", "17", 17, EX, "count", CAS, N, "killed", R, U, U, U, Zp),
    ("killed 17 people and wounded 63", "63", 63, EX, "count", CAS, N, "injured", R, U, U, U, Zp),
    ("killed nine people, including a 19-year-old", "nine", 9, EX, "count", CAS, N, "killed", R, U, U, U, Kh),
    ("from Poltava, and injured 38", "38", 38, EX, "count", CAS, N, "injured", R, U, U, U, Kh),
    ("has killed at least 672 children", "at least 672", 672, GE, "count", CAS, N, "killed", R, U, U, U, N),
    ("injured more than 2,090 since the start", "more than 2,090", 2090, GE, "count", CAS, N, "injured", R, U, U, U, N),
    ("Eleven children were killed in November alone", "Eleven", 11, EX, "count", CAS, N, "killed", A, U, U, U, N),
    ("documented 19,870 children deported", "19,870", 19870, EX, "count", DIS, N, A, A, A, U, A, A),
    ("Of these, 1,742 have so far been brought back", "1,742", 1742, EX, "count", DIS, N, A, A, A, U, U, N),
    ("among them 63 this month", "63", 63, EX, "count", DIS, N, A, A, A, U, U, N, True),  # subset
    ("execution of 316 Ukrainian prisoners of war", "316", 316, EX, "count", CAS, N, "killed", R, U, U, U, N),
    ("41 of them since September", "41", 41, EX, "count", CAS, N, "killed", R, U, U, U, N, True),  # subset
    ("in Kupiansk that killed 23 people", "23", 23, EX, "count", CAS, N, "killed", R, U, U, U, Kh),
    ("killed 23 people and injured 47", "47", 47, EX, "count", CAS, N, "injured", R, U, U, U, Kh),
    ("damage to 3,410 civilian objects", "3,410", 3410, EX, "count", INF, N, A, A, U, U, U, N),
    ("among them 2,270 residential buildings", "2,270", 2270, EX, "count", INF, N, A, A, U, U, U, N, True),  # subset
    ("96 schools and kindergartens", "96", 96, EX, "count", INF, N, A, A, U, U, U, N, True),  # subset
    ("and 41 hospitals and clinics", "41", 41, EX, "count", INF, N, A, A, U, U, U, N, True),  # subset
    ("worth 1.9 billion hryvnias", "1.9 billion", 1900000000, EX, A, ECO, N, A, A, A, U, U, N),
])
any_(d, [
    ("war crimes caseload passes 187,000", "187,000"),
    ("registered 4,812 new criminal proceedings", "4,812"),
    ("since 24 February 2022 to 187,406", "187,406"),
    ("in at least 12 cases the executions", "at least 12"),
    ("charged two Russian servicemen", "two"),
    ("torture of four civilians", "four"),
    ("delivered 38 verdicts", "38"),
    ("bringing the total to 1,027", "1,027"),
    ("notified 912 individuals", "912"),
    ("604 of them in absentia", "604"),
    ("received 58,300 claims", "58,300"),
    ("roughly a third of them for destroyed homes", "roughly a third"),
    ("About 40% of the returned children", "About 40%"),
    ("a further 120 case files", "120"),
    ("for 350 more investigators", "350"),
])

# ---------------------------------------------------------------- s02 Kherson police weekend bulletin
d = "s02_kherson_police_weekend_bulletin.txt"
# A local news site (Pivden.Info) reposting the Kherson regional police's weekend summary (06:00
# on 13 November to 06:00 on 15 November). The police, the "White Angel" unit and the Southern
# Defense Forces speak for Ukraine; the Russian-installed administration for Russia. Country
# Ukraine, region Kherson throughout. Toll: 8 killed and 31 wounded ("As a result of enemy attacks":
# actor Russia), "among them three children" (subset: optional, action `*`); the settlement lines
# (Kherson 3/14, Bilozerka 1/5, Antonivka 6, Beryslav 2/3, Komyshany 1/2, Tiahynka 1, Dniprovske 1:
# they add up to 8 and 31) required, actor Russia; the two police officers "Among the wounded"
# optional. Weapons: 2,146 munitions (weapon_type `*`), 406 drones, 17 guided bombs, "9 of them on
# Kherson city" (breakdown by place: required). Damage: 63 private houses and 11 apartment blocks
# (infrastructure, action and actor `*`). Evacuated: 47 (required; "nine children" optional),
# "more than 3,100" since January (required). Southern Defense Forces: 14 Russian boats (ship) and
# three artillery systems destroyed; 22 Russian personnel "lost" (casualties, action and actor
# `*`). Russian-installed claim: two killed and seven injured in Oleshky (actor Ukraine, target
# `*`, claimant_side Russia). Since November 2022: 1,219 killed, "more than 5,800" injured (actor
# Russia). The headline restates 8 and 31 (optional). Debatable: "no casualties", "38
# settlements", "19 private cars", "29 criminal proceedings". Non-claims: +2°C, USD 43.85, EUR
# 47.02, "15 November 2027", 08:57, "👁 9 418", "💬 37", "06:00 on 13 November", "15 November",
# "two days" (twice: a period), "Baba Yaga", Grad, "Article 438", "2S7 Pion", "November 2022",
# "one volunteer", hotlines 102, 101, 103, and the furniture ("4 routes", "5 a.m.", "12,000
# subscribers", the alert widget's 27 and "19 h 40 min", "50 UAH", "61,000 subscribers",
# 2016-2027, 16+).
rows(d, [
    ("Kherson region: 8 killed", "8", 8, EX, "count", CAS, N, "killed", A, U, U, U, Ks, True),  # headline
    ("8 killed, 31 wounded; police", "31", 31, EX, "count", CAS, N, "injured", A, U, U, U, Ks, True),  # headline
    ("8 people were killed and 31 wounded", "8", 8, EX, "count", CAS, N, "killed", R, U, U, U, Ks),
    ("killed and 31 wounded, among them", "31", 31, EX, "count", CAS, N, "injured", R, U, U, U, Ks),
    ("among them three children", "three", 3, EX, "count", CAS, N, A, R, U, U, U, Ks, True),  # subset
    ("Kherson (city) — 3 killed", "3", 3, EX, "count", CAS, N, "killed", R, U, U, U, Ks),
    ("3 killed, 14 wounded", "14", 14, EX, "count", CAS, N, "injured", R, U, U, U, Ks),
    ("Bilozerka — 1 killed", "1", 1, EX, "count", CAS, N, "killed", R, U, U, U, Ks),
    ("1 killed, 5 wounded", "5", 5, EX, "count", CAS, N, "injured", R, U, U, U, Ks),
    ("Antonivka — 6 wounded", "6", 6, EX, "count", CAS, N, "injured", R, U, U, U, Ks),
    ("Beryslav — 2 killed", "2", 2, EX, "count", CAS, N, "killed", R, U, U, U, Ks),
    ("2 killed, 3 wounded", "3", 3, EX, "count", CAS, N, "injured", R, U, U, U, Ks),
    ("Komyshany — 1 killed", "1", 1, EX, "count", CAS, N, "killed", R, U, U, U, Ks),
    ("1 killed, 2 wounded", "2", 2, EX, "count", CAS, N, "injured", R, U, U, U, Ks),
    ("Tiahynka — 1 wounded", "1", 1, EX, "count", CAS, N, "injured", R, U, U, U, Ks),
    ("Dniprovske — 1 killed", "1", 1, EX, "count", CAS, N, "killed", R, U, U, U, Ks),
    ("were two officers of the patrol police", "two", 2, EX, "count", CAS, N, "injured", R, U, U, U, Ks, True),  # subset
    ("fired 2,146 artillery shells", "2,146", 2146, EX, "count", W, A, "launched", R, U, U, U, Ks),
    ("used 406 drones of various types", "406", 406, EX, "count", W, "drone", "launched", R, U, U, U, Ks),
    ("dropped 17 guided aerial bombs", "17", 17, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Ks),
    ("9 of them on Kherson city", "9", 9, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Ks),
    ("— 63 private houses;", "63", 63, EX, "count", INF, N, A, A, U, U, U, Ks),
    ("— 11 multi-storey apartment blocks;", "11", 11, EX, "count", INF, N, A, A, U, U, U, Ks),
    ("evacuated 47 residents", "47", 47, EX, "count", DIS, N, "evacuated", A, A, U, U, Ks),
    ("among them nine children, from the Korabel", "nine", 9, EX, "count", DIS, N, "evacuated", A, A, U, U, Ks, True),  # subset
    ("evacuated more than 3,100 people", "more than 3,100", 3100, GE, "count", DIS, N, "evacuated", A, A, U, U, Ks),
    ("destroyed 14 Russian boats", "14", 14, EX, "count", W, "ship", "destroyed", U, R, U, U, Ks),
    ("and three artillery systems", "three", 3, EX, "count", W, "artillery", "destroyed", U, R, U, U, Ks),
    ("lost 22 personnel killed and wounded", "22", 22, EX, "count", CAS, N, A, A, R, U, U, Ks),
    ("Ukrainian shelling killed two people in Oleshky", "two", 2, EX, "count", CAS, N, "killed", U, A, R, U, Ks),
    ("in Oleshky and injured seven", "seven", 7, EX, "count", CAS, N, "injured", U, A, R, U, Ks),
    ("has killed 1,219 civilians", "1,219", 1219, EX, "count", CAS, N, "killed", R, U, U, U, Ks),
    ("injured more than 5,800", "more than 5,800", 5800, GE, "count", CAS, N, "injured", R, U, U, U, Ks),
])
any_(d, [
    ("Stanislav — no casualties", "no"),
    ("shelled 38 settlements", "38"),
    ("— 19 private cars.", "19"),
    ("opened 29 criminal proceedings", "29"),
])

# ---------------------------------------------------------------- s03 Saratov paper, contract soldiers
d = "s03_saratov_regional_paper_contract_soldiers_payments.txt"
# A translation (Provincial Russia in Translation) of a Saratov regional newspaper (Nash Region-64)
# on contract soldiers, payments, the mobilised of 2022 and the region's dead. The paper's voice and
# the translator's note have claimant_side `*`; the regional government, Governor Busargin, the
# regional finance minister, the ministry of social development and the military commissariat speak
# for Russia; the Committee of Soldiers' Mothers is not a side. "The enemy" is Ukraine. Personnel:
# "3.46 thousand" signed contracts since January (3,460: required, action `*`, actor Russia, country
# Russia, region Saratov), 412 in November (required), the 4,000 plan (optional); "about 6,000"
# called up in 2022 (the paper's voice), "some 2,300 of them" still serving (deployed: required,
# country and region `*`). Money: "5.8 billion roubles" paid out (required, unit `*`), "7.2 billion"
# for 2028 (optional). Casualties: "at least 96" missing (action `*`), 1,870 names of the dead on
# the memorial wall and the obituary project's 2,410 (killed, actor, country and region `*`), "31
# officers" (subset: optional). The drone attack on 9 November: 17 Ukrainian drones destroyed
# (shot_down, claimant_side Russia), "one woman" injured (actor Ukraine: "Debris from the Ukrainian
# drones"), three private houses damaged (infrastructure, action and actor `*`), "more than 400"
# drones since January (launched, actor Ukraine). The subhead's 3,460 restates (optional).
# "one-time" (twice) is not a count. Debatable: "14% higher", the payments ("1.5 million
# roubles", "1.2 million", "400,000 roubles", "up to 2.1 million roubles", "3 million roubles"), "about 6%", "214 families", "two leaves",
# "14 districts", "640 wounded" (patients), "380 returning veterans", "1,100 families", "two
# Russian-language outlets". Non-claims: "Issue 212", "26 November 2027", "27 November 2027", "9
# min read", "No. 47 (1,322)", "Nash Region-64" (twice), "1 January", "No. 647", "autumn of 2022",
# "October 2022", "five years", "Marina, 44", "61" (an age), "9 November", Tu-95MS, Tu-160, the
# hotline "8-800-200-45-64", "February 2022", 2023, 2028, and the furniture ("3 shifts", "5 new
# battalions", "2.3 million roubles" in Related, "€4 a month", "1 translator", 2023-2027, "CC
# BY-NC 4.0").
rows(d, [
    ("3,460 contracts since January", "3,460", 3460, EX, "count", PER, N, A, R, A, A, R, Sr, True),  # subhead
    ("Since 1 January, 3.46 thousand residents", "3.46 thousand", 3460, EX, "count", PER, N, A, R, A, R, R, Sr),
    ("In November alone, 412 volunteers", "412", 412, EX, "count", PER, N, A, R, A, R, R, Sr),
    ("is 4,000 contract soldiers", "4,000", 4000, EX, "count", PER, N, A, R, A, R, R, Sr, True),  # plan
    ("paid out 5.8 billion roubles", "5.8 billion", 5800000000, EX, A, ECO, N, A, A, A, R, R, Sr),
    ("provides 7.2 billion roubles", "7.2 billion", 7200000000, EX, A, ECO, N, A, A, A, R, R, Sr, True),  # planned
    ("about 6,000 residents of the region were called up", "about 6,000", 6000, APX, "count", PER, N, A, R, A, A, R, Sr),
    ("some 2,300 of them are still serving", "some 2,300", 2300, APX, "count", PER, N, "deployed", R, A, R, A, A),
    ("at least 96 mobilised men", "at least 96", 96, GE, "count", CAS, N, A, A, R, A, A, A),
    ("bears 1,870 names", "1,870", 1870, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("among them 31 officers", "31", 31, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("destroyed 17 Ukrainian UAVs", "17", 17, EX, "count", W, "drone", "shot_down", R, U, R, R, Sr),
    ("injured one woman, 61", "one", 1, EX, "count", CAS, N, "injured", U, R, R, R, Sr),
    ("damaged three private houses", "three", 3, EX, "count", INF, N, A, A, R, R, R, Sr),
    ("with more than 400 drones", "more than 400", 400, GE, "count", W, "drone", "launched", U, R, R, R, Sr),
    ("identified 2,410 men", "2,410", 2410, EX, "count", CAS, N, "killed", A, R, A, A, A),
])
any_(d, [
    ("is 14% higher", "14%"),
    ("payment of 1.5 million roubles", "1.5 million"),
    ("raised from 1.2 million", "1.2 million"),
    ("federal payment of 400,000 roubles", "400,000"),
    ("up to 2.1 million roubles", "up to 2.1 million"),
    ("about 6% of regional spending", "about 6%"),
    ("compensation of 3 million roubles", "3 million"),
    ("This year 214 families", "214"),
    ("He has had two leaves", "two"),
    ("Schools in 14 districts", "14"),
    ("treated 640 wounded", "640"),
    ("jobs for 380 returning veterans", "380"),
    ("1,100 families of SVO participants", "1,100"),
    ("A project by two Russian-language outlets", "two"),
])

# ---------------------------------------------------------------- s04 data desk, three counts
d = "s04_data_desk_three_counts_one_night.txt"
# A data-journalism explainer (The Ledger) comparing three accounts of the night of 18-19 November:
# Ukraine's Air Force and "regional authorities" (Ukraine, country Ukraine), Russia's Defence
# Ministry (Russia), Skywatch Collective (volunteer trackers: claimant_side `*`). Air Force: 612
# drones and 41 missiles launched (region None), within them 396 Shahed-type and 216 decoys, 24
# Kh-101, 11 Iskander-M, six Kh-47M2 (required); 571 drones and 29 missiles shot down; six killed in
# Odesa, two in Kyiv, 27 injured (actor `*`). Defence Ministry: two Patriot launchers destroyed
# (Kyiv, country Ukraine), 96 drones shot down (country Russia, region `*`) with 31 over Bryansk,
# 22 over Kursk, 14 over Belgorod (required). Skywatch: "at least 588" drones and "at least 37"
# missiles launched by Russia, "at least 140" Ukrainian drones into Russia (country Russia, region
# None); "the 96 Moscow admitted to" restates (optional). Year to date: 61,240 launched (Air
# Force), 38,900 destroyed (the ministry), "nearly 63,000" (Skywatch). Debatable: "14 locations",
# "23 more", "five regions", "11 regions", "about 40 volunteer analysts", the comparison
# arithmetic ("between 612 and 588", "24 drones", "about 4%", "171 of the 212 nights", "five per
# cent", "Four missiles", "30 to 40 per cent", "212 nights" in the methodology note) and every
# cell of the SIDE BY SIDE table. Non-claims: "One night, three tallies" and "three different
# accounts" (the sources), "no warhead", "see twice", "one of the group's founders", "the two drone
# counts", "None of them", "18–19 November" (thrice), "20 November 2027",
# "11:15 GMT", "10 min read", "9 a.m.", the section numbers 1. 2. 3., Kh-101, Tu-95MS, Iskander-M,
# Kh-47M2, "March 2026", "1 January", "1 March 2026", "19 November 2027", @radarnerd, "CC BY 4.0",
# and the furniture ("1,000 days", "6 charts", "Shahed-136", "10 numbers", "48,000 subscribers",
# 2027, "Company No. 09871234").
rows(d, [
    ("launched 612 drones and 41 missiles", "612", 612, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("41 missiles at Ukraine overnight", "41", 41, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("included 396 Shahed-type attack drones", "396", 396, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 216 decoys of the Gerbera", "216", 216, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("were 24 Kh-101 cruise missiles", "24", 24, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("11 Iskander-M ballistic missiles and six", "11", 11, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("and six Kh-47M2 Kinzhal", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("suppressed 571 drones and 29 missiles", "571", 571, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and 29 missiles, according to the summary", "29", 29, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("killed six people in Odesa", "six", 6, EX, "count", CAS, N, "killed", A, U, U, U, Od),
    ("in Odesa and two in Kyiv", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Kv),
    ("27 people were injured", "27", 27, EX, "count", CAS, N, "injured", A, U, U, U, N),
    ("destroyed two launchers of a Patriot", "two", 2, EX, "count", W, "air_defense", "destroyed", R, U, R, U, Kv),
    ("destroyed 96 Ukrainian fixed-wing drones", "96", 96, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("31 over the Bryansk region", "31", 31, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("22 over the Kursk region", "22", 22, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku),
    ("14 over the Belgorod region", "14", 14, EX, "count", W, "drone", "shot_down", R, U, R, R, Bel),
    ("counted at least 588 Russian drones", "at least 588", 588, GE, "count", W, "drone", "launched", R, U, A, U, N),
    ("at least 37 missiles launched towards Ukraine", "at least 37", 37, GE, "count", W, "missile", "launched", R, U, A, U, N),
    ("logged at least 140 Ukrainian long-range drones", "at least 140", 140, GE, "count", W, "drone", "launched", U, R, A, R, N),
    ("against the 96 Moscow admitted to", "96", 96, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # restatement
    ("reported 61,240 Russian long-range drones", "61,240", 61240, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("claimed 38,900 Ukrainian drones destroyed", "38,900", 38900, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("stands at nearly 63,000", "nearly 63,000", 63000, LE, "count", W, "drone", "launched", R, U, A, U, N),
])
any_(d, [
    ("hits at 14 locations", "14"),
    ("debris at 23 more", "23"),
    ("injured across five regions", "five"),
    ("overnight over 11 regions", "11"),
    ("a group of about 40 volunteer analysts", "about 40"),
    ("The gap between 612 and 588", "612"),
    ("between 612 and 588 —", "588"),
    ("— 24 drones, or about 4%", "24"),
    ("24 drones, or about 4%", "about 4%"),
    ("on 171 of the 212 nights", "171"),
    ("171 of the 212 nights we compared", "212"),
    ("within five per cent of each other", "five per cent"),
    ("Four missiles separate", "Four"),
    ("averaged 30 to 40 per cent", "30 to 40 per cent"),
    ("| Russian drones launched | 612", "612"),
    ("| not stated | at least 588 |", "at least 588"),
    ("| Russian missiles launched | 41", "41"),
    ("| not stated | at least 37 |", "at least 37"),
    ("| 571 drones, 29 missiles |", "571"),
    ("571 drones, 29 missiles |", "29"),
    ("| 96 destroyed |", "96"),
    ("| at least 140 |", "at least 140"),
    ("for 212 nights between", "212"),
])

# ---------------------------------------------------------------- s05 UK MoD press release
d = "s05_uk_mod_press_release_training_deliveries.txt"
# A GOV.UK press release of the UK Ministry of Defence on training Ukrainian troops, deliveries,
# funding and Russian losses. The ministry, the minister and Defence Intelligence speak for the
# United Kingdom; Colonel Bondar for Ukraine. Training: "More than 70,000" trained since 2022
# (personnel, action `*`, actor Ukraine, country United Kingdom, region None), "Some 18,200 of
# them" this year (required), "including 4,650" (optional), 240 sailors (Scotland: country United
# Kingdom) and 36 pilots (country `*`). Deliveries since October (action `*`, actor United Kingdom,
# target, country, region `*`; one qualified item, the others qualifier `*`): "more than 140,000"
# rounds (weapon_type `*`), 1,600 missiles, 32 protected vehicles (armored_vehicle), three
# Gravehawk systems (air_defense), 35,000 drones and "including 9,000" strike drones (a type within
# the total: required). Bondar: 41 armoured vehicles and nine tanks destroyed (Zaporizhzhia). Money:
# the £1.2 billion package and the £4.5 billion committed (pledges: optional), "£3.3 billion has
# already been disbursed" (required, unit `*`), the £1.6 billion contract and "more than 5,000
# further" missiles from 2028 (planned: optional). Defence Intelligence: "likely exceeded 1.21
# million" casualties (at_least, target Russia, action and actor `*`), "more than 4,300 tanks"
# lost (action `*`). The title's and the summary's 70,000 restate (optional). Debatable: "11
# partner nations", "around 700 jobs", "around 1,150 casualties a day", "around 30,000 new recruits
# a month". Non-claims: "24 November 2027", "June 2022", "five-week cycle", F-16s, "within a
# month", 155mm, "since July", "September", 2027, 2028, "February 2022", "33rd", "45163227", and the
# furniture ("10-year", "£1.2 billion" in Related content, "September 2027", "3 Commando Brigade",
# "v3.0").
rows(d, [
    ("recruits pass 70,000 as winter", "70,000", 70000, EX, "count", PER, N, A, U, A, UK, UK, N, True),  # title
    ("More than 70,000 Ukrainian recruits have now completed", "More than 70,000", 70000, GE, "count", PER, N, A, U, A, UK, UK, N, True),  # summary
    ("More than 70,000 Ukrainian recruits have been trained", "More than 70,000", 70000, GE, "count", PER, N, A, U, A, UK, UK, N),
    ("Some 18,200 of them have been trained this year", "Some 18,200", 18200, APX, "count", PER, N, A, U, A, UK, UK, N),
    ("including 4,650 in the latest", "4,650", 4650, EX, "count", PER, N, A, U, A, UK, UK, N, True),  # subset
    ("trained 240 Ukrainian sailors", "240", 240, EX, "count", PER, N, A, U, A, UK, UK, N),
    ("trained 36 Ukrainian pilots", "36", 36, EX, "count", PER, N, A, U, A, UK, A, N),
    ("more than 140,000 rounds of 155mm", "more than 140,000", 140000, GE, "count", W, A, A, UK, A, UK, A, A),
    ("1,600 Lightweight Multirole Missiles", "1,600", 1600, A, "count", W, "missile", A, UK, A, UK, A, A),
    ("32 Mastiff and Husky protected patrol vehicles", "32", 32, A, "count", W, "armored_vehicle", A, UK, A, UK, A, A),
    ("three Gravehawk air defence systems", "three", 3, A, "count", W, "air_defense", A, UK, A, UK, A, A),
    ("35,000 drones, including", "35,000", 35000, A, "count", W, "drone", A, UK, A, UK, A, A),
    ("including 9,000 long-range strike drones", "9,000", 9000, A, "count", W, "drone", A, UK, A, UK, A, A),
    ("destroyed 41 Russian armoured vehicles", "41", 41, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Zp),
    ("and nine tanks in the Zaporizhzhia direction", "nine", 9, EX, "count", W, "tank", "destroyed", U, R, U, U, Zp),
    ("a £1.2 billion winter package", "£1.2 billion", 1200000000, EX, A, ECO, N, A, A, A, UK, A, A, True),  # pledge
    ("the £4.5 billion of military support", "£4.5 billion", 4500000000, EX, A, ECO, N, A, A, A, UK, A, A, True),  # pledge
    ("£3.3 billion has already been disbursed", "£3.3 billion", 3300000000, EX, A, ECO, N, A, A, A, UK, A, A),
    ("A new £1.6 billion contract", "£1.6 billion", 1600000000, EX, A, ECO, N, A, A, A, UK, A, A, True),  # planned
    ("more than 5,000 further air defence missiles", "more than 5,000", 5000, GE, "count", W, "missile", A, UK, A, UK, A, A, True),  # planned
    ("have likely exceeded 1.21 million", "1.21 million", 1210000, GE, "count", CAS, N, A, A, R, UK, A, A),
    ("lost more than 4,300 tanks", "more than 4,300", 4300, GE, "count", W, "tank", A, A, R, UK, A, A),
])
any_(d, [
    ("Instructors from 11 partner nations", "11"),
    ("securing around 700 jobs", "around 700"),
    ("around 1,150 casualties a day", "around 1,150"),
    ("around 30,000 new recruits a month", "around 30,000"),
])

# ---------------------------------------------------------------- s06 readers' questions column
d = "s06_reader_questions_column_week47.txt"
# A newspaper's weekly readers' questions column (The Northern Standard, "You Asked"). The
# correspondent's own voice has claimant_side `*`; the General Staff, Zelensky, the Air Force,
# DeepState and "the rail company" (Ukrzaliznytsia) speak for Ukraine; Russia's Defence Ministry
# for Russia; Moldova's defence ministry and the EU are not sides. Losses: the General Staff's
# 1,090 on Tuesday and 1,247,300 since 2022 (casualties, action and actor `*`, target Russia,
# country and region `*`); Russia's "more than 9,800" Ukrainian troops lost (action `*`); Zelensky's
# 61,300 killed (actor `*`). Evacuation: "more than 38,000" carried out of Donetsk region
# (evacuated, claimant_side `*`); the rail company's three railway workers killed and 11 injured
# (actor Russia, Donetsk). Territory (DeepState): 391 km2 in October and 318 in the first 25 days
# of November seized (region None), "(151 square miles)" (optional), 502 a year earlier
# (optional), "about 117,300" km2 occupied. Moldova: "three Russian drones crashed" (action,
# target, claimant_side, country and region `*`), "about 1,500 troops" kept in Transnistria
# (deployed, country and region `*`). Money: the EU's €3.1 billion tranche and €41.7 billion
# disbursed (unit `*`, country `*`), the €50 billion facility (pledge: optional). Launched in
# October: 6,140 drones and 212 missiles (region None). Debatable: the reader's "1,000 soldiers a
# day" (question and headline), "214 of you", "112 evacuation trains", "four times", "Roughly
# 1,400 people a week", "about 13 square kilometres a day", "about 19.4%", "closed twice", "None
# caused casualties", "roughly 83%", "about 2,700 Shahed-type drones a month". Non-claims: "week
# 47" (twice), "26 November 2027", "7:00 am", "23 comments", "February 2022", "an order of
# magnitude", "since August", "25 days" (a period), "since the 1990s", "18 November", "since 2024",
# Shahed-136, "1 Quay Street", "NE1 3AF", and the furniture ("£1 a week", the Most read list's
# numbers, "4%", "Six things", "1,000 days", "1966", "No. 00412876").
rows(d, [
    ("losses at 1,090 killed and wounded", "1,090", 1090, EX, "count", CAS, N, A, A, R, U, A, A),
    ("at 1,247,300 since February 2022", "1,247,300", 1247300, EX, "count", CAS, N, A, A, R, U, A, A),
    ("lost more than 9,800 troops", "more than 9,800", 9800, GE, "count", CAS, N, A, A, U, R, A, A),
    ("was 61,300 soldiers killed", "61,300", 61300, EX, "count", CAS, N, "killed", A, U, U, A, A),
    ("carrying more than 38,000 people", "more than 38,000", 38000, GE, "count", DIS, N, "evacuated", A, A, A, U, D),
    ("killed three railway workers", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, D),
    ("this month and injured 11", "11", 11, EX, "count", CAS, N, "injured", R, U, U, U, D),
    ("seized 391 square kilometres", "391", 391, EX, "km2", TER, N, "seized", R, U, U, U, N),
    ("(151 square miles)", "151", 151, A, "mi2", TER, N, A, A, A, A, A, A, True),  # conversion
    ("318 in the first 25 days of November", "318", 318, EX, "km2", TER, N, "seized", R, U, U, U, N),
    ("compared with 502 in November last year", "502", 502, EX, "km2", TER, N, "seized", R, U, U, U, N, True),  # earlier state
    ("shows about 117,300 square kilometres", "about 117,300", 117300, APX, "km2", TER, N, "occupied", R, U, U, U, N),
    ("three Russian drones crashed", "three", 3, EX, "count", W, "drone", A, R, A, A, A, A),
    ("keeps about 1,500 troops", "about 1,500", 1500, APX, "count", PER, N, "deployed", R, A, A, A, A),
    ("a €3.1 billion tranche", "€3.1 billion", 3100000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("to €41.7 billion since 2024", "€41.7 billion", 41700000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("worth €50 billion in all", "€50 billion", 50000000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # pledge
    ("launched 6,140 long-range drones", "6,140", 6140, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 212 missiles against Ukraine", "212", 212, EX, "count", W, "missile", "launched", R, U, U, U, N),
])
any_(d, [
    ("really losing 1,000 soldiers a day", "1,000"),
    ("Russia loses 1,000 soldiers a day", "1,000"),
    ("214 of you wrote in", "214"),
    ("run 112 evacuation trains", "112"),
    ("hit four times in November", "four"),
    ("Roughly 1,400 people a week", "Roughly 1,400"),
    ("about 13 square kilometres a day", "about 13"),
    ("about 19.4% of the country", "about 19.4%"),
    ("airspace was closed twice", "twice"),
    ("None caused casualties", "None"),
    ("roughly 83% has now been paid", "roughly 83%"),
    ("about 2,700 Shahed-type drones a month", "about 2,700"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s46")
