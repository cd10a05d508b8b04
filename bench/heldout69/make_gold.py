"""Builds gold.jsonl for heldout69 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout69.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (and through it heldout47, heldout46, heldout45,
heldout35, heldout27 and heldout33): headlines, subheads, fact boxes, highlights and later
restatements are optional; subsets introduced by "of whom", "among them", "including", "of
them" are optional, except a model or type within a weapon total; a breakdown of a total by
place is required, and so is a different action or fate on part of a total ("of which 21 were
shot down"); in a list with a qualifier only the qualified items keep it (the others `*`), a
list with no qualifier is exact; casualty sentences that name no perpetrator have actor `*`; a
range is one claim quoting the whole range, with value and qualifier `*`; losses reported as
"lost" have action `*`; drones destroyed in flight are shot_down; pledges, promises, plans and
planned spending are optional; an earlier state ("the previous record was ...") is optional.
Bodies that are not sides (NATO, the EU, NGOs, think tanks, volunteer monitors, companies,
media outlets, and states outside the vocabulary of sides such as Moldova, Georgia or Poland)
have claimant_side `*`, and a sum or estimate they give keeps the actor and target of what it
counts; an outlet's or author's own voice has claimant_side `*`. Damaged buildings and
facilities are infrastructure with action and actor `*` (damaged and destroyed alike).
Deliveries to a side are weapons with action `*` and the supplier as actor (`*` when the
supplier is not a side or not named), target, country and region `*`. Money in another
currency than the dollar has unit `*`; money received, paid, spent or disbursed is required;
a company's or a city's losses in money are economic damage (required, actor and target `*`).
Counts of places, incidents, cases and claims, group sizes, shares and rates, distances, sizes
and areas, prices and payments (bonuses, salaries, death benefits), workforces and other
population stocks, recipients of aid or care, vehicle and wagon counts (locomotives, wagons,
passenger cars, trucks, ambulances, convoys), and vague quantities are debatable (`any_`).
People "evacuated to temporary housing" or resettled after a strike are displacement, action
evacuated, actor `*`. States outside the vocabulary of sides (Moldova, Poland) as country are
`*`; the check's vocabulary of regions is closed, so a region outside it (Luhansk, Kaluga) is
`*`, and so is the region of a figure that spans several regions or is not placed; a
nationwide figure has region None. Dates, times ("at four"), durations ("3 to 7 years",
"for 6 months", "up to nine hours", "5 hours 40 minutes", "about 90 seconds", "31 days"), ages
("Maria, 52", "a 67-year-old woman", "aged 24"), ordinals ("the first time", "the fourth such
incident", "232nd", "93rd", "3rd Assault Brigade", "Every third drone"), numbers inside names
(Su-34, Su-35, Tu-95MS, Tu-22M3, Tu-160, F-16, Mirage 2000, S-300, Kh-101, Kh-59/69, KN-23,
Iskander-M, KAB-250, KAB-500, FAB-1500, UMPB D-30SN, Group of Seven, train No. 743, penal colony
No. 3, Snapshot #214, Flash Update No. 38, Metro line 3), sizes inside a description
("16-storey") and page furniture are not labelled; "one of them", "one after another", "One
advert", "on one side" are pronouns or determiners.

Decided anew for this set:
- A total referred to again as the base of a subset ("Of the 2,100, some 1,400", "Of the 1,317
  dead", "Of the 88 missiles, 74") is a restatement: optional, with qualifier `*` when the
  first statement was qualified and this mention is not.
- Foreign fighters (s01): citizens of a third country who fought or serve for a side are
  personnel with action `*`, actor the side they serve, target `*`, country and region `*`
  (where they serve is not said); those killed are casualties killed with actor `*` and target
  the side they served. Moldova's intelligence service, Georgia's security service, the
  Georgian Legion (a volunteer unit) and the Moldovan NGO have claimant_side `*`; Ukraine's
  International Legion speaks for Ukraine; Russian state media speak for Russia. Where the
  dead came from (home region, "some 1,400 come from the Transnistrian region", "1,025 came
  from Zabaykalsky region" in s03) is a subset (optional), not a breakdown by place: region is
  where it happened. Those who "returned" home, recruiting adverts and channels, bonuses and
  salaries, prosecutions and convictions, hotline calls are debatable.
- Railway operator (s02): Ukrzaliznytsia is a company (claimant_side `*`, like Russian
  Railways in heldout48); the Russian attacks it counts keep actor Russia, target Ukraine.
  Locomotives destroyed, damaged or lost and wagons and passenger cars burned out are vehicle
  and wagon counts (debatable), but substations, station buildings and depots damaged are
  infrastructure (required); power cuts "51 times" are incidents. Passengers evacuated from a
  train or stations and people carried by evacuation trains are displacement, evacuated,
  actor `*`. Drones that "hit" a target, bombs that "hit" a city and missiles or drones
  "recorded as hits" have action `*` (s02, s05, s06). The operator's direct losses and the
  cost of repairs are required economic figures (unit `*`). A lead paragraph and headline
  repeated in the "Latest statements" feed are one claim each (like a repeated paragraph).
- Exile investigation (s03): the outlet's count of named dead is its own voice (claimant_side
  `*`), casualties killed, actor `*`, target Russia; the dead by status (mobilised, contract,
  prisoners, unclassified) are subsets (optional); the dead by the place where they died are a
  breakdown by place (required); a later count ("since then, at least 212") is required; the
  outlet's estimate "2,600–3,100" is a range. Mediazona and the BBC are outlets (`*`). The
  General Staff's "Russia lost 1,240 servicemen" is casualties with action and actor `*`,
  target Russia; Russia's "liberating 11 settlements" is territory, seized. A unit's strength
  ("more than 3,500 men in the ranks", "replenished to 100%"), columns of vehicles, the
  quoted "two of them left in the trench" / "There were twenty", cemeteries and graves
  visited, vehicles seen burnt out in photographs and death benefits are debatable.
- UN snapshot (s04): OCHA, HRMMU, IOM, UNHCR and WHO speak for the United Nations; the Donetsk
  Regional Military Administration and Ukraine's ministries for Ukraine. A stock of displaced
  people (internally displaced people, registered IDPs, refugees abroad) is displacement with
  action `*` and actor `*`, required (refugees abroad have country `*`); people in need, people
  remaining in a place, people reached or assisted, households, new arrivals and people left
  without power or water are population stocks or recipients (debatable); attacks on health
  care are incidents; aid tonnage and convoys debatable; homes repaired debatable. Patients
  evacuated from a hit hospital are evacuated (required). An aid worker of an NGO hit by a drone
  has target `*`. The appeal's requirement ("$2.68 billion requested") is planned (optional);
  money donors provided and a fund allocated are money received and disbursed (required, usd);
  the share funded is debatable. The key-figures box restates the body (optional) except its
  people in need and share funded (debatable).
- Transcript (s05): the Air Force spokesman speaks for Ukraine, also when he cites the State
  Emergency Service; the host's restatement ("One thousand two hundred and fourteen") is
  optional with claimant_side `*`; her report of Moscow's claim speaks for Russia. A total of
  "means of air attack" (drones and missiles together) is a weapon with weapon_type `*`;
  "neutralised" (shot down or suppressed) has action and weapon_type `*`; drones "locationally
  lost" to electronic warfare have action `*` (a different fate on part: required). The
  breakdown of interceptions by means (mobile fire groups, interceptor drones, pilots) is
  required, like a breakdown by place. In "5 of the 9 Kinzhals" the "of the 9" restates the
  launched count (optional, launched); a slip corrected at once ("5... sorry, 3 of the 4") is
  debatable, the correction required. Bombers that took off to launch missiles are aircraft
  with action `*` (required; Engels lies in Saratov region). Drones that entered a third
  country (Poland) and the one Poland shot down have actor `*` (the text does not say whose;
  Poland is not a side), target, country and region `*`. An air-defence system received is a
  delivery (required), those promised optional. A stock of bombers, a production rate ("about
  2,700 Shaheds a month"), a quoted "forty of them on the screen", "one crew", launch
  directions and waves are debatable.
- Kharkiv (s06): the outlet's analysis of the city military administration's data, the city
  council, the mayor, the Kharkiv group of forces and the regional military administration
  speak for Ukraine. The district list is a breakdown by place (required): each bullet's bombs
  (launched, actor Russia) and killed and injured (actor `*`); "no casualties" has no number.
  The monthly toll "The bombs killed 12" has actor Russia (Russian aircraft dropped them).
  The regional "12 of them in Kharkiv city" restates the city's toll (optional). Bomb weight
  ("1.5-tonne"), range ("up to 90 km"), launch distance ("40–60 kilometres"), windows blown out
  and glazed, a building's entrances, cumulative hours under alert and the city's population
  are debatable. The mayor's quote is repeated after READ ALSO (one claim each); his "at least
  240 million more" is planned spending (optional).
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

Dn, Zp, Kh, Ku, Od, Ks, Lv, Sa = (
    "Donetsk", "Zaporizhzhia", "Kharkiv", "Kursk", "Odesa", "Kherson", "Lviv", "Saratov"
)  # fmt: skip

# fmt: off
# ---------------------------------------------------------------- s01 Moldovans on both sides
d = "s01_moldova_citizens_both_sides.txt"
# A Moldovan outlet (Nistru Observator) on Moldovan citizens fighting for Russia and for Ukraine.
# Moldova's SIS and its deputy director (Grecu), Georgia's State Security Service, the Georgian
# Legion and the NGO Tinerii Azi have claimant_side `*`; Ukraine's International Legion speaks for
# Ukraine; Russian state media for Russia; the commander's letter quoted by a mother is `*`.
# Personnel (action `*`, country and region `*`): "At least 2,100" and "at least 2,600" for
# Russia, "about 300" and the Legion's "more than 180" for Ukraine, "some two dozen" Georgians for
# Russia. Killed (actor `*`, target the side served): 58 (Russia) and 16 (Ukraine), the Legion's
# "13 of them" (a different fate on part: required), the breakdown by place 41 (Donetsk) and 9
# (Zaporizhzhia), a further eight reported by Russian state media, "Seven of his platoon" near
# Pokrovsk (Donetsk), the Georgian Legion's 61. Optional: the headline's 2,100 and 300, the
# subhead's 74 (both sides), "Of the 2,100" and "Of the 58" (restated), "some 1,400" from Transnistria (origin subset), "Sixteen" and
# "fifty-eight" (restated in a quote), "About 300" (restated), '"around 120" of them still in
# Ukraine' (subset). Debatable: "212" returned, the bonus "up to 1.2 million", the salary "210
# thousand", "at least 40" channels, "eleven" adverts, "Seven" adverts, the "500,000"-rouble bonus,
# "platoon of 30", "at least five" brigades, "four Moldovans, two Georgians", 97 cases, 31
# convicted, "all but one", "the 2,100 figure" (quoted in a denial), 1,450 calls. Non-claims:
# "14°C", "19.42", "17.88", "14 March 2028", "11:20", "15:05", "8 min read", "12 906", "41"
# (comments), "February 2022", "the first time", "one side", "since January", "6 months", "One
# advert", "one-off", "Maria, 52", "May 2027", "October", "aged 24", "twice", 2022 (twice more),
# "Andrei, 34", 2023, "3rd Assault Brigade", "two fingers", "last year" (twice), "3 to 7 years",
# "not a single", 2014, and the furniture (READ ALSO "5.7 million cubic metres" and "Five
# things", "5 stories", "18:00", "23,400 readers", "3 drones", "in one week", "12,000 troops",
# "2028 defence budget", "1.1% of GDP", "0.6%", "2011–2028", "IDNO 1011600034521", "104 Columna").
rows(d, [
    ("at least 2,100 fought for Russia", "at least 2,100", 2100, GE, "count", PER, N, A, R, A, A, A, A, True),  # headline
    ("about 300 for Ukraine", "about 300", 300, APX, "count", PER, N, A, U, A, A, A, A, True),  # headline
    ("Telegram; 74 Moldovan citizens", "74", 74, EX, "count", CAS, N, "killed", A, A, A, A, A, True),  # subhead
    ("At least 2,100 citizens of Moldova", "At least 2,100", 2100, GE, "count", PER, N, A, R, A, A, A, A),
    ("about 300 have served with Ukraine's forces", "about 300", 300, APX, "count", PER, N, A, U, A, A, A, A),
    ("we estimate at least 2,600", "at least 2,600", 2600, GE, "count", PER, N, A, R, A, A, A, A),
    ("Of the 2,100, some 1,400", "2,100", 2100, A, "count", PER, N, A, R, A, A, A, A, True),  # restated
    ("some 1,400 come from the Transnistrian region", "some 1,400", 1400, APX, "count", PER, N, A, R, A, A, A, A, True),  # origin subset
    ("the deaths of 58 Moldovan citizens", "58", 58, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("and 16 who fought for Ukraine", "16", 16, EX, "count", CAS, N, "killed", A, U, A, A, A),
    ('"Sixteen families on one side', "Sixteen", 16, EX, "count", CAS, N, "killed", A, U, A, A, A, True),  # restated
    ("fifty-eight on the other", "fifty-eight", 58, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # restated
    ('"Seven of his platoon of 30', "Seven", 7, EX, "count", CAS, N, "killed", A, R, A, U, Dn),
    ("About 300 Moldovans have served", "About 300", 300, APX, "count", PER, N, A, U, A, A, A, A, True),  # restated
    ('"around 120" of them still in Ukraine', "around 120", 120, APX, "count", PER, N, A, U, A, A, U, A, True),  # subset
    ('"more than 180 Moldovan citizens', "more than 180", 180, GE, "count", PER, N, A, U, A, U, A, A),
    ("13 of them were killed in action", "13", 13, EX, "count", CAS, N, "killed", A, U, U, A, A),
    ("Of the 58 Moldovans the SIS", "58", 58, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # restated
    ("41 died in Donetsk region", "41", 41, EX, "count", CAS, N, "killed", A, R, A, U, Dn),
    ("and 9 in Zaporizhzhia region", "9", 9, EX, "count", CAS, N, "killed", A, R, A, U, Zp),
    ("a further eight natives of Transnistria", "eight", 8, EX, "count", CAS, N, "killed", A, R, R, A, A),
    ("some two dozen Georgians", "some two dozen", 24, APX, "count", PER, N, A, R, A, A, A, A),
    ("says 61 of its fighters", "61", 61, EX, "count", CAS, N, "killed", A, U, A, A, A),
])
any_(d, [
    ("and 212 have since returned", "212"),
    ("bonus of up to 1.2 million roubles", "up to 1.2 million"),
    ("salary of 210 thousand roubles", "210 thousand"),
    ("in at least 40 Telegram channels", "at least 40"),
    ("reviewed eleven such adverts", "eleven"),
    ('Seven promised "no front-line duty"', "Seven"),
    ("and a 500,000-rouble bonus", "500,000"),
    ("his platoon of 30 died", "30"),
    ('"in at least five brigades"', "at least five"),
    ("we were four Moldovans", "four"),
    ("two Georgians and a guy", "two"),
    ("opened 97 cases", "97"),
    ("convicted 31 people", "31"),
    ("all but one of them", "one"),
    ("the 2,100 figure", "2,100"),
    ("took 1,450 calls", "1,450"),
])

# ---------------------------------------------------------------- s02 Ukrzaliznytsia, March
d = "s02_ukrzaliznytsia_march_strikes.txt"
# A statement on the website of Ukrzaliznytsia (a company: claimant_side `*`) on Russian attacks
# on the railway in March. Ukraine's Air Force speaks for Ukraine, Russia's Defence Ministry for
# Russia. Country Ukraine; region `*` for figures spread over several regions. The headline and the
# lead paragraph are repeated in the "Latest statements" feed (one claim each). Required: 412
# drones and 37 missiles launched, four workers killed and 17 injured (actor `*`), 23 substations,
# nine station buildings and two depots damaged (infrastructure), the Air Force's 281 drones shot
# down (a different action on part), three Shahed drones that hit the Lozova depot (action `*`,
# Kharkiv), Russia's "two HIMARS launchers" destroyed (mlrs, Kharkiv), 312 passengers evacuated
# near Merefa (Kharkiv) and 4,870 in all, 2,140 carried by evacuation trains, "4. 5 billion
# hryvnias" of losses (stray space kept), 1.3 billion spent on repairs, 841 railway workers killed
# and "more than 1,500" injured by Russian attacks since 2022 (region None). Optional: the
# headline's 4,870, "612 of them children", "among them 318" (subsets), the €120 million loan
# being prepared. Debatable: "146" attacks (headline and body), "51 times", the locomotives
# ("Six", "eleven", "four", "121", "84"), "38" wagons, "6" passenger cars, "up to 40" tonnes,
# "200" metres, "213" trains late, "five explosions" (quote in a quote), "eleven times a week",
# "24" locomotives delivered. Non-claims: "0 800 503 111", "★ 4.7", "2 April 2028" (twice),
# "09:40", "18 233", "March 2028" (twice), "67-year-old" (twice), "5 hours 40 minutes", "17
# March", "24 February 2022", "18 March", "26 March", "No. 743", "up to nine hours", "One of our
# conductors", "February 2022", and the furniture ("29 March 2028", "15 new Intercity trains", "1
# June", "27 March 2028", "3 new routes", "2015–2028", "EDRPOU 40075815", "5 Hetmana Ohienka",
# "03150").
rows(d, [
    ("4,870 passengers evacuated from trains", "4,870", 4870, EX, "count", DIS, N, "evacuated", A, A, A, U, A, True),  # headline
    ("using 412 attack drones", "412", 412, EX, "count", W, "drone", "launched", R, U, A, U, A),
    ("drones and 37 missiles", "37", 37, EX, "count", W, "missile", "launched", R, U, A, U, A),
    ("Four railway workers were killed", "Four", 4, EX, "count", CAS, N, "killed", A, U, A, U, A),
    ("and 17 were injured in the attacks", "17", 17, EX, "count", CAS, N, "injured", A, U, A, U, A),
    ("damaged 23 traction substations", "23", 23, EX, "count", INF, N, A, A, U, A, U, A),
    ("nine station buildings", "nine", 9, EX, "count", INF, N, A, A, U, A, U, A),
    ("and two locomotive depots", "two", 2, EX, "count", INF, N, A, A, U, A, U, A),
    ("281 of the drones aimed at railway targets", "281", 281, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("where three Shahed drones hit", "three", 3, EX, "count", W, "drone", A, R, U, A, U, Kh),
    ('destroyed "two HIMARS launchers', "two", 2, EX, "count", W, "mlrs", "destroyed", R, U, R, U, Kh),
    ("evacuated 312 passengers", "312", 312, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh),
    ("Altogether 4,870 passengers were evacuated", "4,870", 4870, EX, "count", DIS, N, "evacuated", A, A, A, U, A),
    ("612 of them children", "612", 612, EX, "count", DIS, N, "evacuated", A, A, A, U, A, True),  # subset
    ("they carried 2,140 people", "2,140", 2140, EX, "count", DIS, N, "evacuated", A, A, A, U, A),
    ("among them 318 people with limited mobility", "318", 318, EX, "count", DIS, N, "evacuated", A, A, A, U, A, True),  # subset
    ("at 4. 5 billion hryvnias", "4. 5 billion", 4500000000, EX, A, ECO, N, A, A, A, A, U, A),
    ("cost 1.3 billion hryvnias", "1.3 billion", 1300000000, EX, A, ECO, N, A, A, A, A, U, A),
    ("killed 841 railway workers on duty", "841", 841, EX, "count", CAS, N, "killed", R, U, A, U, N),
    ("injured more than 1,500", "more than 1,500", 1500, GE, "count", CAS, N, "injured", R, U, A, U, N),
    ("loan of €120 million", "€120 million", 120000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # expected loan
])
any_(d, [
    ("attacked the railway 146 times", "146"),
    ("Ukrzaliznytsia 146 times", "146"),
    ("the line 51 times", "51"),
    ("Six electric locomotives were destroyed", "Six"),
    ("and eleven damaged", "eleven"),
    ("among them four at the Lozova depot", "four"),
    ("Another 38 freight wagons", "38"),
    ("and 6 passenger cars", "6"),
    ("has lost 121 locomotives", "121"),
    ("84 of which cannot be restored", "84"),
    ("up to 40 tonnes of ammunition", "up to 40"),
    ("200 metres from the tracks", "200"),
    ("213 trains ran late", "213"),
    ("I counted five explosions", "five"),
    ("eleven times a week", "eleven"),
    ("delivered 24 diesel locomotives", "24"),
])

# ---------------------------------------------------------------- s03 Pereklichka, 232nd brigade
d = "s03_pereklichka_232nd_brigade_losses.txt"
# An exiled Russian outlet (Pereklichka, "we", "our count") counting by name the dead of the
# (invented) 232nd Separate Motor Rifle Brigade. The outlet, Mediazona and the BBC have
# claimant_side `*`; the sergeant is `*`; Ukraine's 93rd Brigade and General Staff speak for
# Ukraine; Russia's Defence Ministry and the brigade's commander for Russia. Killed, actor `*`,
# target Russia: "at least 1,317" (country `*`: Ukraine and Kursk region), the breakdown by place
# 377 (Luhansk and Kharkiv: region `*`), "at least 86" (Kursk, country Russia) and 854 (Donetsk),
# 94 in the worst week (Donetsk), "more than 214,000" (Mediazona and the BBC), "at least 212" since
# December, the estimate "2,600–3,100" (a range). Ukraine's 93rd Brigade: "more than 40" armoured
# vehicles and 11 tanks destroyed (the 11 unqualified in a qualified list: `*`). Russia: 11
# settlements "liberated" (territory, seized), "up to 3,000" Ukrainian servicemen killed. The
# General Staff: Russia "lost" 1,240 (action and actor `*`, region `*`). Optional: the headline's
# 1,317, "Of the 1,317" (restated twice, qualifier `*`), the dead by status (402, 391, 268, 256), "1,025" by home region. Debatable: "10 to 12"
# vehicles, "two of them" and "twenty" (a quote in a quote), "at least 17" burnt-out vehicles in
# photographs, "at least two" sources, "6" cemeteries, "211" graves, "about 27,000" inhabitants,
# "48" men who "never came back", "5 million" and "1 million" roubles of benefits, "100%", "more
# than 3,500" men in the ranks, "three quarters". Non-claims: "4,812 readers" and "€5" (the
# ad-blocker banner, repeated), "232nd" (throughout), "one motor rifle brigade", "21 April 2028",
# "11 min read", "1,904 shares", "February 2022", "every one of them", "the one used by", "autumn of 2022", ages (19,
# 63, 19, 41, 36, 22, 24), "Until 2024", "August 2024", "spring of 2025", "9–15 February 2028",
# "seven days", "one after another", "12 February", "93rd", "since 2025", "13 February", "April
# 2028", "3 February 2028", "October 2022", "22 September 2024", "No. 3", "14 June 2025", "6
# months", "11 February 2028", "December", and the furniture ("Seventeen names from one village",
# "5 million became 300,000", "2022–2028", "Reg. No. 40203412988", "18+").
rows(d, [
    ("lost 1,317 men we can name", "1,317", 1317, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # headline
    ("has lost at least 1,317 servicemen killed", "at least 1,317", 1317, GE, "count", CAS, N, "killed", A, R, A, A, A),
    ("Of the 1,317 dead", "1,317", 1317, A, "count", CAS, N, "killed", A, R, A, A, A, True),  # restated
    ("402 were mobilised", "402", 402, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("391 were contract soldiers", "391", 391, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("268 had been recruited", "268", 268, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("and 256 we could not classify", "256", 256, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("377 of its men died there", "377", 377, EX, "count", CAS, N, "killed", A, R, A, U, A),
    ("where at least 86 were killed", "at least 86", 86, GE, "count", CAS, N, "killed", A, R, A, R, Ku),
    ("the dead, 854, fell", "854", 854, EX, "count", CAS, N, "killed", A, R, A, U, Dn),
    ("the names of 94 men killed", "94", 94, EX, "count", CAS, N, "killed", A, R, A, U, Dn),
    ('destroyed "more than 40 armoured vehicles', "more than 40", 40, GE, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Dn),
    ("vehicles and 11 tanks of the 232nd", "11", 11, A, "count", W, "tank", "destroyed", U, R, U, U, Dn),
    ('"liberating" 11 settlements', "11", 11, EX, "count", TER, N, "seized", R, U, R, U, Dn),
    ('"eliminating up to 3,000 Ukrainian servicemen"', "up to 3,000", 3000, LE, "count", CAS, N, "killed", R, U, R, U, Dn),
    ("Russia lost 1,240 servicemen", "1,240", 1240, EX, "count", CAS, N, A, A, R, U, U, A),
    ("named more than 214,000 Russian servicemen", "more than 214,000", 214000, GE, "count", CAS, N, "killed", A, R, A, A, A),
    ("Of the 1,317, 1,025 came", "1,317", 1317, A, "count", CAS, N, "killed", A, R, A, A, A, True),  # restated
    ("1,025 came from Zabaykalsky region", "1,025", 1025, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # origin subset
    ("at least 212 of its men have died", "at least 212", 212, GE, "count", CAS, N, "killed", A, R, A, A, A),
    ("killed at 2,600–3,100 men", "2,600–3,100", A, A, "count", CAS, N, "killed", A, R, A, A, A),
])
any_(d, [
    ("columns of 10 to 12 vehicles", "10 to 12"),
    ("only two of them left in the trench", "two"),
    ("There were twenty", "twenty"),
    ("at least 17 burnt-out vehicles", "at least 17"),
    ("against at least two independent sources", "at least two"),
    ("visited 6 cemeteries", "6"),
    ("photographed 211 graves", "211"),
    ("population about 27,000", "about 27,000"),
    ("we found 48 men of the brigade", "48"),
    ("received 5 million roubles from the state", "5 million"),
    ("and 1 million from the governor", "1 million"),
    ('"replenished to 100%"', "100%"),
    ('"more than 3,500 men in the ranks"', "more than 3,500"),
    ("roughly three quarters", "three quarters"),
])

# ---------------------------------------------------------------- s04 OCHA weekly snapshot
d = "s04_ocha_snapshot_21_27_april.txt"
# A ReliefWeb page with OCHA's weekly Ukraine snapshot for 21-27 April. OCHA, HRMMU, IOM, UNHCR
# and WHO speak for the United Nations; the Donetsk Regional Military Administration and the
# ministries (Social Policy; Education and Science) for Ukraine. Country Ukraine. Casualties (actor
# `*`): "at least 61" killed and 389 injured (the 389 unqualified in a qualified pair: `*`; region
# None: "across Ukraine"), the breakdown by place (Kharkiv 19/141, Donetsk 17/64, Zaporizhzhia
# 8/52, Odesa 9), one aid worker killed and three injured near Beryslav (target `*`), two health
# workers killed. Displacement: 2,315 evacuated, the Donetsk administration's "121 thousand" since
# 1 January, 46 patients evacuated in Kherson, "3. 6 million" IDPs (IOM, stray space kept; action
# `*`), 4.6 million registered IDPs (the ministry), "Some 6.9 million" refugees (country `*`).
# Infrastructure: nine health facilities (several regions: `*`), 24 schools and kindergartens
# (region None) and "11 of them" in Kharkiv (breakdown by place). Money: US$563 million provided
# and $14.5 million allocated. Optional: the key figures' 3.6M and $2.68B, the highlights' "At
# least 61", 389, "Nine" and 2,315, the subsets (7 and 38 children, 344 children, 87 people with
# disabilities, 19 newborns), the $2.68 billion requested (plan). Debatable: "12.7M" in need, "21%"
# and "21 per cent" funded, "Two" convoys (highlight and body), "about 420,000" without power, "an
# estimated 41,000" remaining, "nearly 5,800" arrivals, "86" tonnes, "some 4,300" people, "37"
# convoys, "17" and "2,397" attacks on health care, "four" ambulances, "1,930" homes repaired,
# "2,600" households, "about 38,000" without water, "6 million" people targeted, "22" partners,
# "1.1 million" reached, "at least one" form of assistance. Non-claims: "#214" (three times), "21 –
# 27 April 2028" (twice), "28 Apr 2028" (twice), "1.36 MB", "in 2028", "2028 HNRP", "since
# January", "21 and 27 April", "all seven days", "24 April", "up to two days", "1 January", "the
# beginning of 2028", "25 April", "the fourth such incident", "the third time", "24 February
# 2022", "three days", "27 April", "2028 Humanitarian Needs and Response Plan", "In March", and the
# furniture ("Flash Update No. 38", "24 April 2028", "#213", "14 – 20 April 2028", "2028 ... Q1
# dashboard (4 pages)", "© 2028").
rows(d, [
    ("3.6M internally displaced people", "3.6M", 3600000, EX, "count", DIS, N, A, A, A, UN, U, N, True),  # key figures
    ("$2.68B required", "$2.68B", 2680000000, EX, "usd", ECO, N, A, A, A, UN, U, N, True),  # key figures, plan
    ("At least 61 civilians killed and 389", "At least 61", 61, GE, "count", CAS, N, "killed", A, U, UN, U, N, True),  # highlight
    ("killed and 389 injured across Ukraine this week", "389", 389, A, "count", CAS, N, "injured", A, U, UN, U, N, True),  # highlight
    ("Nine health facilities damaged", "Nine", 9, EX, "count", INF, N, A, A, U, UN, U, A, True),  # highlight
    ("Authorities evacuate 2,315 people", "2,315", 2315, EX, "count", DIS, N, "evacuated", A, A, UN, U, A, True),  # highlight
    ("verified that at least 61 civilians", "at least 61", 61, GE, "count", CAS, N, "killed", A, U, UN, U, N),
    ("were killed and 389 injured", "389", 389, A, "count", CAS, N, "injured", A, U, UN, U, N),
    ("including 7 children killed", "7", 7, EX, "count", CAS, N, "killed", A, U, UN, U, N, True),  # subset
    ("children killed and 38 injured", "38", 38, EX, "count", CAS, N, "injured", A, U, UN, U, N, True),  # subset
    ("with 19 civilians killed and 141 injured", "19", 19, EX, "count", CAS, N, "killed", A, U, UN, U, Kh),
    ("with 19 civilians killed and 141 injured", "141", 141, EX, "count", CAS, N, "injured", A, U, UN, U, Kh),
    ("17 civilians were killed and 64 injured", "17", 17, EX, "count", CAS, N, "killed", A, U, UN, U, Dn),
    ("17 civilians were killed and 64 injured", "64", 64, EX, "count", CAS, N, "injured", A, U, UN, U, Dn),
    ("8 were killed and 52 injured", "8", 8, EX, "count", CAS, N, "killed", A, U, UN, U, Zp),
    ("8 were killed and 52 injured", "52", 52, EX, "count", CAS, N, "injured", A, U, UN, U, Zp),
    ("attack on Odesa killed 9 people", "9", 9, EX, "count", CAS, N, "killed", A, U, UN, U, Od),
    ("partners evacuated 2,315 people", "2,315", 2315, EX, "count", DIS, N, "evacuated", A, A, UN, U, A),
    ("including 344 children", "344", 344, EX, "count", DIS, N, "evacuated", A, A, UN, U, A, True),  # subset
    ("and 87 people with disabilities", "87", 87, EX, "count", DIS, N, "evacuated", A, A, UN, U, A, True),  # subset
    ("121 thousand people have been evacuated", "121 thousand", 121000, EX, "count", DIS, N, "evacuated", A, A, U, U, Dn),
    ("An estimated 3. 6 million people remain internally displaced", "3. 6 million", 3600000, APX, "count", DIS, N, A, A, A, UN, U, N),
    ("has registered 4.6 million IDPs", "4.6 million", 4600000, EX, "count", DIS, N, A, A, A, U, U, N),
    ("Some 6.9 million refugees", "Some 6.9 million", 6900000, APX, "count", DIS, N, A, A, A, UN, A, A),
    ("one aid worker was killed", "one", 1, EX, "count", CAS, N, "killed", A, A, UN, U, Ks),
    ("and three were injured", "three", 3, EX, "count", CAS, N, "injured", A, A, UN, U, Ks),
    ("which damaged nine health facilities", "nine", 9, EX, "count", INF, N, A, A, U, UN, U, A),
    ("and killed two health workers", "two", 2, EX, "count", CAS, N, "killed", A, U, UN, U, A),
    ("46 patients, including 19 newborns", "46", 46, EX, "count", DIS, N, "evacuated", A, A, UN, U, Ks),
    ("including 19 newborns", "19", 19, EX, "count", DIS, N, "evacuated", A, A, UN, U, Ks, True),  # subset
    ("reported 24 schools and kindergartens damaged", "24", 24, EX, "count", INF, N, A, A, U, U, U, N),
    ("11 of them in Kharkiv Oblast", "11", 11, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("donors had provided US$563 million", "US$563 million", 563000000, EX, "usd", ECO, N, A, A, A, UN, U, N),
    ("of the $2.68 billion requested", "$2.68 billion", 2680000000, EX, "usd", ECO, N, A, A, A, UN, U, N, True),  # plan
    ("allocated $14.5 million this week", "$14.5 million", 14500000, EX, "usd", ECO, N, A, A, A, UN, U, N),
])
any_(d, [
    ("12.7M people in need", "12.7M"),
    ("21% funded", "21%"),
    ("Two inter-agency convoys reach", "Two"),
    ("about 420,000 people without electricity", "about 420,000"),
    ("an estimated 41,000 residents remain", "41,000"),
    ("nearly 5,800 new arrivals", "nearly 5,800"),
    ("Two inter-agency convoys, coordinated", "Two"),
    ("delivered 86 tonnes", "86"),
    ("for some 4,300 people", "some 4,300"),
    ("37 inter-agency convoys", "37"),
    ("verified 17 attacks on health care", "17"),
    ("and four ambulances", "four"),
    ("verified 2,397 attacks", "2,397"),
    ("repaired 1,930 homes", "1,930"),
    ("kits to 2,600 households", "2,600"),
    ("about 38,000 people in Shostka", "about 38,000"),
    ("or 21 per cent", "21 per cent"),
    ("aims to reach 6 million people", "6 million"),
    ("to 22 partners", "22"),
    ("reached 1.1 million people", "1.1 million"),
    ("at least one form of assistance", "at least one"),
])

# ---------------------------------------------------------------- s05 Air Force spokesman, transcript
d = "s05_air_force_spokesman_record_night.txt"
# A TV channel's transcript (Pravyi Bereh TV) of the Air Force spokesman's interview on the record
# attack of 5-6 May. The spokesman (Sahaidak) speaks for Ukraine, also when citing the State
# Emergency Service; the host's restatement has claimant_side `*`; Moscow's claim (reported by the
# host) speaks for Russia; Poland's Operational Command is `*`. Country Ukraine, region None for
# the nationwide night totals. Launched (actor Russia): 1,214 means of air attack (weapon_type
# `*`), 1,126 drones, 88 missiles and the models 9, 27, 41, 7, 4. Eleven Tu-95MS (Engels: Saratov)
# and four Tu-22M3 (Shaykovka: region `*`) took off (aircraft, action `*`, country Russia).
# Interceptions (actor Ukraine, target Russia): 1,047 neutralised (action and weapon_type `*`),
# 751 drones shot down, 222 locationally lost (action `*`), 74 missiles shot down and by model 5,
# 19, 40, 7 and the corrected 3; by means "about 310" (mobile fire groups), 212 (interceptor
# drones), 31 cruise missiles (pilots). Hits (action `*`, region `*`): 14 missiles and 153 drones.
# Casualties (actor `*`): 11 killed and 68 injured (region `*`), "seven of the dead in Lviv".
# Russia: 96 Ukrainian drones shot down (country Russia, region `*`). Poland: two drones entered
# and one shot down (actor, target, country, region `*`). A Patriot system received (delivery,
# required). Optional: the host's "One thousand two hundred and fourteen", the previous record
# 944, "Of the 88", "of the 9", "of 27", "of the 41", "of the 4" (restating the launched counts),
# the three Patriot systems promised. Debatable: "eleven directions", "three waves", "one crew",
# "forty of them", "26 locations", "9 more", the slip "5...", "more than 40" bombers, "about 2,700"
# Shaheds a month. Non-claims: "1.2M subscribers", "143 partners", "5–6 May", "6 May 2028",
# "13:05", "10:30", "2.3K shares", the timestamps ([00:00:12] ... [00:14:51]), "18:00 on 5 May",
# "09:00", "Kh-59/69", "17 March", Tu-95MS, Tu-22M3, "at four", F-16, Mirage 2000, SAMP/T, "Group of Seven", "April", Tu-95, Tu-160, "the next one", and
# the furniture ("47:12", "Every third drone", "29 April", "2 GW in one night", "22 April", "210K
# subscribers", "2019–2028", "No. 0173-T", "18+").
rows(d, [
    ("attacked with 1,214 means of air attack", "1,214", 1214, EX, "count", W, A, "launched", R, U, U, U, N),
    ("That is 1,126 strike drones", "1,126", 1126, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 88 missiles: 9 Kinzhal", "88", 88, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("missiles: 9 Kinzhal aeroballistic", "9", 9, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("27 Iskander-M and KN-23", "27", 27, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("41 Kh-101 cruise missiles", "41", 41, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("7 Kalibr cruise missiles", "7", 7, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("and 4 Kh-59/69 guided missiles", "4", 4, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("One thousand two hundred and fourteen", "One thousand two hundred and fourteen", 1214, EX, "count", W, A, "launched", R, U, A, U, N, True),  # host restates
    ("The previous record was 944 drones", "944", 944, EX, "count", W, A, "launched", R, U, U, U, N, True),  # earlier state
    ("Eleven Tu-95MS bombers took off", "Eleven", 11, EX, "count", W, "aircraft", A, R, U, U, R, Sa),
    ("and four Tu-22M3 from Shaykovka", "four", 4, EX, "count", W, "aircraft", A, R, U, U, R, A),
    ("neutralised 1,047 targets", "1,047", 1047, EX, "count", W, A, A, U, R, U, U, N),
    ("We shot down 751 drones", "751", 751, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("another 222 were locationally lost", "222", 222, EX, "count", W, "drone", A, U, R, U, U, N),
    ("Of the 88 missiles, 74 were shot down", "88", 88, EX, "count", W, "missile", "launched", R, U, U, U, N, True),  # restated
    ("Of the 88 missiles, 74 were shot down", "74", 74, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("5 of the 9 Kinzhals", "5", 5, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("of the 9 Kinzhals", "9", 9, EX, "count", W, "missile", "launched", R, U, U, U, N, True),  # restated
    ("19 ballistic of 27", "19", 19, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("ballistic of 27", "27", 27, EX, "count", W, "missile", "launched", R, U, U, U, N, True),  # restated
    ("40 of the 41 Kh-101", "40", 40, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("of the 41 Kh-101", "41", 41, EX, "count", W, "missile", "launched", R, U, U, U, N, True),  # restated
    ("all 7 Kalibrs", "7", 7, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("sorry, 3 of the 4 Kh-59", "3", 3, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("3 of the 4 Kh-59", "4", 4, EX, "count", W, "missile", "launched", R, U, U, U, N, True),  # restated
    ("Mobile fire groups, about 310 drones", "about 310", 310, APX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("Interceptor drones got 212 Shaheds", "212", 212, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("shot down 31 cruise missiles", "31", 31, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("hits by 14 missiles", "14", 14, EX, "count", W, "missile", A, R, U, U, U, A),
    ("and 153 strike drones", "153", 153, EX, "count", W, "drone", A, R, U, U, U, A),
    ("11 people were killed and 68 injured", "11", 11, EX, "count", CAS, N, "killed", A, U, U, U, A),
    ("11 people were killed and 68 injured", "68", 68, EX, "count", CAS, N, "injured", A, U, U, U, A),
    ("seven of the dead in Lviv", "seven", 7, EX, "count", CAS, N, "killed", A, U, U, U, Lv),
    ("shot down 96 Ukrainian drones", "96", 96, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("said two drones entered Polish airspace", "two", 2, EX, "count", W, "drone", A, A, A, A, A, A),
    ("and one was shot down", "one", 1, EX, "count", W, "drone", "shot_down", A, A, A, A, A),
    ("Three Patriot systems were promised", "Three", 3, EX, "count", W, "air_defense", A, A, A, U, A, A, True),  # promise
    ("so far we have received one", "one", 1, EX, "count", W, "air_defense", A, A, A, U, A, A),
])
any_(d, [
    ("from eleven directions", "eleven"),
    ("came in three waves", "three"),
    ("and 5... sorry", "5"),
    ("what one crew in Kyiv region", "one"),
    ("still forty of them on the screen", "forty"),
    ("at 26 locations", "26"),
    ("debris fell at 9 more", "9"),
    ("more than 40 Tu-95 and Tu-160", "more than 40"),
    ("about 2,700 Shaheds a month", "about 2,700"),
])

# ---------------------------------------------------------------- s06 Kharkiv KABs in May
d = "s06_kharkiv_kab_may_districts.txt"
# A Kharkiv city news site (Kvartal) on Russian guided bombs that hit the city in May, with a
# district-by-district list. The city military administration (its data as analysed by the
# outlet), the city council's housing department, Mayor Terekhov, the Kharkiv group of forces
# (Kolos) and the regional military administration (Syniehubov) speak for Ukraine; Russia's
# Defence Ministry for Russia. Country Ukraine, region Kharkiv. Required: 127 bombs launched, 12
# killed (actor Russia) and 138 injured, 14 bombs that hit on 17 May (action `*`), one Su-34 shot
# down, "at least nine" FAB-1500s (a model within the total), 6 S-300 missiles, the district list
# (bombs launched; killed and injured, actor `*`), 318 apartment buildings, 57 houses, 12 schools
# and kindergartens and three hospitals damaged, 140 residents resettled (evacuated), the mayor's
# 86 million hryvnias spent (quote repeated after READ ALSO: one claim), the region's "more than
# 1,100" bombs, 31 civilians killed, 2,430 evacuated, Russia's "up to 40" mercenaries killed and
# the bakery's two workers killed (actor `*`). Optional: the headline's 127, the subhead's
# "Twelve", "including two children", "12 of them in Kharkiv city" (restates), "519 children", "at
# least 240 million" needed (planned). Debatable: "more than a quarter", "40–60" km, "1.5"-tonne,
# "up to 90" km, "About 4,100" and "2,900" windows, "two entrances", "37 of them" still in
# dormitories, "more than 1.2 million" residents, "two-thirds", "212" hours under alert.
# Non-claims: "since 2009", "08:12", "+19°", "41.65", "31 days", "2 June 2028", "10:15", "7 904",
# "23" (comments), "spring of 2024", "17 May" (twice), "03:14", "05:40", Su-34 (twice), Su-35,
# "about 90 seconds", "22 May", KAB-250, KAB-500 (twice), FAB-1500s, "the first time", UMPB
# D-30SN, "11 May", S-300, "no casualties", "16-storey", "Monday", "1 June", "18 May", "that day",
# and the furniture (READ ALSO "Metro line 3", "2 new stations by 2030", "5 mobile branches", "one
# night"; "318 shares", "3 stories", "2009–2028", "R40-01873", "16+").
rows(d, [
    ("127 guided bombs in 31 days", "127", 127, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh, True),  # headline
    ("Twelve people were killed across the city", "Twelve", 12, EX, "count", CAS, N, "killed", A, U, U, U, Kh, True),  # subhead
    ("dropped 127 guided aerial bombs on Kharkiv", "127", 127, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("The bombs killed 12 people", "12", 12, EX, "count", CAS, N, "killed", R, U, U, U, Kh),
    ("including two children", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, Kh, True),  # subset
    ("and injured 138", "138", 138, EX, "count", CAS, N, "injured", R, U, U, U, Kh),
    ("when 14 bombs hit the city", "14", 14, EX, "count", W, "guided_bomb", A, R, U, U, U, Kh),
    ("shot down one Su-34", "one", 1, EX, "count", W, "aircraft", "shot_down", U, R, U, U, Kh),
    ("at least nine were 1.5-tonne", "at least nine", 9, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("fired 6 S-300 missiles", "6", 6, EX, "count", W, "missile", "launched", R, U, U, U, Kh),
    ("Saltivskyi — 34 bombs", "34", 34, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("6 killed, 41 injured", "6", 6, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("6 killed, 41 injured", "41", 41, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Kyivskyi — 22 bombs", "22", 22, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("3 killed, 28 injured", "3", 3, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("3 killed, 28 injured", "28", 28, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Industrialnyi — 19 bombs", "19", 19, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("1 killed, 23 injured", "1", 1, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("1 killed, 23 injured", "23", 23, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Shevchenkivskyi — 17 bombs", "17", 17, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("2 killed, 19 injured", "2", 2, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("2 killed, 19 injured", "19", 19, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Nemyshlianskyi — 14 bombs", "14", 14, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("14 bombs; 12 injured", "12", 12, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Kholodnohirskyi — 8 bombs", "8", 8, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("8 bombs; 9 injured", "9", 9, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Slobidskyi — 7 bombs", "7", 7, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("7 bombs; 4 injured", "4", 4, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Osnovianskyi — 4 bombs", "4", 4, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("4 bombs; 2 injured", "2", 2, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Novobavarskyi — 2 bombs", "2", 2, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("damaged 318 apartment buildings", "318", 318, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("57 private houses", "57", 57, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("12 schools and kindergartens", "12", 12, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("and three hospitals", "three", 3, EX, "count", INF, N, A, A, U, U, U, Kh),
    ("140 residents were resettled", "140", 140, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh),
    ("the city spent 86 million hryvnias", "86 million", 86000000, EX, A, ECO, N, A, A, A, U, U, Kh),
    ("at least 240 million more", "at least 240 million", 240000000, GE, A, ECO, N, A, A, A, U, U, Kh, True),  # planned
    ("dropped more than 1,100 guided bombs", "more than 1,100", 1100, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("31 civilians were killed in the region", "31", 31, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("12 of them in Kharkiv city", "12", 12, EX, "count", CAS, N, "killed", A, U, U, U, Kh, True),  # restates
    ("and that 2,430 people", "2,430", 2430, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh),
    ("including 519 children", "519", 519, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh, True),  # subset
    ('"destroyed up to 40 foreign mercenaries"', "up to 40", 40, LE, "count", CAS, N, "killed", R, U, R, U, Kh),
    ("killing two workers", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
])
any_(d, [
    ("more than a quarter of the strikes", "more than a quarter"),
    ("40–60 kilometres beyond the border", "40–60"),
    ("were 1.5-tonne FAB-1500s", "1.5"),
    ("can fly up to 90 km", "up to 90"),
    ("About 4,100 windows", "About 4,100"),
    ("glazed 2,900 of them", "2,900"),
    ("destroyed two entrances", "two"),
    ("37 of them are still there", "37"),
    ("more than 1.2 million residents", "more than 1.2 million"),
    ("two-thirds of them", "two-thirds"),
    ("spent 212 hours under air-raid alert", "212"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s69")
