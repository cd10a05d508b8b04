"""Builds gold.jsonl for heldout59 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout59.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (and through it heldout47, heldout46, heldout45,
heldout35, heldout27 and heldout33): headlines, subheads, fact boxes and later restatements are
optional; subsets introduced by "of whom", "among them", "including", "of them", "of these"
are optional, except a model or type within a weapon total; a breakdown of a total by place is
required, and so is a different action or fate on part of a total ("of which 21 were shot
down"); in a list with a qualifier only the qualified items keep it (the others `*`), a list
with no qualifier is exact; casualty sentences that name no perpetrator have actor `*`; a range
is one claim quoting the whole range, with value and qualifier `*`; losses reported as "lost"
have action `*`; drones destroyed in flight are shot_down; pledges, promises, plans and
planned spending are optional; an earlier state ("up from ... in 2026", "against six in
January") is optional. Bodies that are not sides (NATO, the EU, NGOs, think tanks, volunteer
monitors, companies, and states outside the vocabulary of sides such as Belarus) have
claimant_side `*`, and a sum or estimate they give keeps the actor and target of what it
counts; an outlet's or author's own voice has claimant_side `*`. Damaged buildings and
facilities are infrastructure with action and actor `*` (damaged and destroyed alike).
Deliveries to a side are weapons with action `*` and the supplier as actor (`*` when the
supplier is not a side), target, country and region `*`. Money in another currency than the
dollar has unit `*`; money received, paid or disbursed is required. Counts of places,
incidents, cases and claims, group sizes, shares and rates, distances, sizes and areas, prices
and payments, workforces and other population stocks, recipients of aid or care, vehicle and
wagon counts, missing and captive people, and vague quantities ("a dozen", "a third", "half")
are debatable (`any_`); a table whose cells restate no sentence is debatable cell by cell, and
its cells that restate a sentence are debatable too. A side's army size is personnel with
action `*`. States outside the vocabulary of sides (Belarus, Poland) as country are `*`; the
check's vocabulary of regions is closed, so a region outside it (Krasnodar, Luhansk, Volyn,
Polish voivodeships) is `*`, and so is the region of a figure that spans several regions or
is not placed; a nationwide figure has region None. Dates, times, durations ("up to 46 hours",
"within 30 days", "34 minutes"), ages ("Halyna Moroz, 58", "8 and 11"), ordinals ("the third
tanker", "a third round", "the second bus", "a 1,470th day"), numbers inside names (Su-34,
Su-30SM, Su-57, Kh-101, KAB-500, Iskander-M, Pantsir-S1, Neptune-MD, F-16, F-35, Group of
Seven, 3rd Assault Brigade, 14th Separate Mechanised Brigade, 810th Guards Marine Brigade,
Project 22160, JWLA-033, Volna-7, "berth 4", "School No. 3", "Roll Call No. 41") and page
furniture are not labelled; "one of them" is a pronoun and "of the nine" an anaphoric
restatement (debatable).

Decided anew for this set:
- Memorial counts (s01): names of the dead verified by a memorial project are casualties
  (killed) in the project's voice (claimant_side `*`); the total "killed as a result of
  Russia's full-scale invasion" has actor Russia, the military and civilian sections (stated as
  separate sentences, not as a subset) actor `*`; all are required, region None (country
  Ukraine). The project's own counts of its work (names added or removed in a month,
  submissions waiting, volunteers, hours) are counts of cases or workforces (debatable), and so
  is a methodology figure ("two independent sources": not labelled). A civilian table by region
  is debatable cell by cell; the body's sentences that single out a region are a breakdown by
  place (required). Russian dead identified by name by independent outlets are casualties,
  target Russia, claimant_side `*`, country and region `*`. Killed-and-wounded totals
  ("lost ... killed and wounded") have action `*`. A memorial story's "nine people in all"
  is required (actor `*`: "the strike"), its "four of them children" a subset.
- Maritime (s02): merchant ships struck or damaged are required with category, weapon_type and
  action `*` (a civilian ship is neither clearly a weapon nor infrastructure); naval vessels
  are weapons (ship). Cargo volumes in tonnes (a detained tanker's cargo, a corridor's monthly
  or yearly throughput, ports' grain shipments) are economic, unit `*`, required, action and
  actor `*`; a part of a volume ("5.8 million tonnes of it grain") is a subset; spilled cargo is
  debatable. Crew injured or killed on merchant ships are casualties with target `*` (foreign
  crews); a casualty log kept by a broker or newsletter is the outlet's voice (`*`). War-risk
  premiums (in % of hull value, and what they come to in dollars), insured values and ship sizes
  (dwt) are rates, prices and sizes (debatable); an insured-loss estimate is economic damage
  (required, usd). The UK Ministry of Defence speaks for the United Kingdom; the FSB border
  service and Russia's Defence Ministry for Russia; Ukraine's Navy, Ministry of Infrastructure
  and regional military administrations for Ukraine. Waters and ports of the Sea of Azov, and
  places occupied since 2014 or 2022 (Berdiansk, Mariupol, Crimea and Sevastopol), have country
  `*`; their oblast is still the region (Berdiansk: Zaporizhzhia; Mariupol: Donetsk;
  Sevastopol: Crimea); the Black Sea and the Sea of Azov have region `*`. A territorial claim
  about a Ukrainian region (Donetsk) keeps country Ukraine.
- Evacuation (s03): children and staff of an evacuated children's home and people who "left
  ... under organised evacuation" are displacement, action evacuated, actor and target `*`;
  counts by volunteers' foundations have claimant_side `*`. Children with disabilities among
  the evacuated, settlements under mandatory evacuation and the population still living there
  are debatable; onward moves planned for tomorrow are plans but also counts of care
  recipients (debatable). Settlements a side says it has taken ("taken control of two more
  settlements", "41 settlements") are territory, unit count, required (unlike counts of
  places), with action `*` when the verb is "taken control" and seized when "taken". Shelling
  counts ("shelled 19 times", "maybe fifty explosions") are incidents (debatable).
- A Kremlin press call (s04): the spokesman and the bodies he cites speak for Russia; figures a
  journalist puts in a question keep the claimant the journalist names (the Defence Ministry,
  Ukraine's Air Force, Zelensky, the Kiel Institute `*`, NATO officials `*`), and a journalist's
  own figure is `*`. Western aid money is economic with actor `*` (Europe) or the supplying side
  (United States: actor United States), target `*`; the part of it spent on weapons is a subset.
  Prisoners exchanged or held are captives (debatable). A percentage change of revenue ("fell
  24%") is a rate (debatable), the revenue it falls to is required (economic, unit `*`). A
  territory share ("more than 88% of the territory") is territory, unit percent, action
  controlled. Airports closed are infrastructure (action and actor `*`, target the side whose
  airports they are). "No 100% guarantee" is a figure of speech (debatable).
- Poland (s05): Poland's Border Guard and Operational Command have claimant_side `*`; Polish
  and allied aircraft shooting down drones have actor `*`, target Russia; Polish troops and
  Patriot batteries deployed on Poland's border are personnel or weapons deployed with actor
  `*` (required). Russian drones entering Polish airspace and those that crashed there have
  action `*`, actor Russia (the article says all were Russian); where they came in from
  (Belarus, Ukraine) and which aircraft downed them (F-16s, F-35s) are optional breakdowns
  (not where it happened, nor a type of drone). Travellers, entries since 2022, holders of
  temporary protection, trucks, balloons and their cigarettes, illegal crossings, men detained
  at the border and "events" registered are debatable. Houses damaged and a woman injured in
  Poland have country, region and target `*`.
- Crimea (s06): the occupation governor, the city's civil defence headquarters and Russia's
  Defence Ministry speak for Russia, the occupation outlet's own voice and the translators'
  notes are `*`, Ukraine's HUR speaks for Ukraine. Uncrewed boats destroyed at sea are weapons
  with weapon_type and action `*`; a radar has weapon_type `*`. Casualties and damage in Crimea
  have target `*`. Residents placed in a temporary accommodation point after a strike are
  evacuated (displacement). The governor's paragraph is repeated after READ ALSO (one claim
  each); cumulative counts since 2022 are required; people left without power, cars burned and
  schools switched to distance learning are debatable.
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

Do, Kh, Zp, Od, Cr, Mo = "Donetsk", "Kharkiv", "Zaporizhzhia", "Odesa", "Crimea", "Moscow"

# fmt: off
# ---------------------------------------------------------------- s01 memorial project newsletter
d = "s01_memorial_roll_of_names_newsletter.txt"
# A memorial project's monthly newsletter (The Roll, "our volunteers", "we") counting named
# Ukrainian dead. The project's voice is `*`; the UN monitoring mission speaks for the United
# Nations; Zelensky for Ukraine; Moscow's Defence Ministry for Russia; Mediazona and BBC News
# Russian (outlets) are `*`. Country Ukraine, region None unless a region is singled out.
# Required: 71,482 names of Ukrainians killed (actor Russia: "as a result of Russia's full-scale
# invasion"), 58,907 servicemen and 12,575 civilians (separate sentences, actor `*`), the regional
# breakdown in the body (5,104 Donetsk, 1,859 Kharkiv, 1,102 Zaporizhzhia), the UN's 15,930
# killed and 41,200 injured, the project's "roughly 3,300" Mariupol dead (Donetsk), Zelensky's
# "about 96,000" killed and "more than 400,000" wounded, the ministry's "over 1.2 million" killed
# and wounded (action `*`), the outlets' 201,370 Russian dead and their range "between 340,000 and
# 390,000" (value and qualifier `*`), the Odesa strike's nine killed. Optional: the headline's
# "More than 71,000", the subsets (1,930 women, 1,146 and 312 children, 721 children, four
# children). Debatable: the month's additions and removals (1,208, 1,031, 177, 17), 3,412
# submissions, the missing ("more than 72,000"), the table (cell by cell), "A dozen" and "about
# a dozen", 212 volunteers, 14 countries, 6,800 hours. Non-claims: "No. 41", "2 March 2028", "8
# min read", "♥ 1,203", "29 February 2028" (twice), "summer of 2025", "7 February", "two
# independent sources", "under 18", "2022 borders", "31 January 2028", 2022, "16 February",
# "February 2022", "27 February", ages (34, 29, 8, 11, 82), 3rd Assault Brigade, Kh-101, Su-34,
# dates of death, and the furniture (the support box's "71,482 pages", "€2,300", "1,140 monthly
# donors", "No. 40", "500 teachers", "6 steps", "48 pages", "18,240 readers", the address, KRS,
# "2023–2028").
rows(d, [
    ("More than 71,000 names, one at a time", "More than 71,000", 71000, GE, "count", CAS, N, "killed", A, U, A, U, N, True),  # headline
    ("published 71,482 names of Ukrainians killed", "71,482", 71482, EX, "count", CAS, N, "killed", R, U, A, U, N),
    ("holds the names of 58,907 servicemen", "58,907", 58907, EX, "count", CAS, N, "killed", A, U, A, U, N),
    ("among them are 1,930 women", "1,930", 1930, EX, "count", CAS, N, "killed", A, U, A, U, N, True),  # subset
    ("The civilian section stands at 12,575 names", "12,575", 12575, EX, "count", CAS, N, "killed", A, U, A, U, N),
    ("Of these, 1,146 were children", "1,146", 1146, EX, "count", CAS, N, "killed", A, U, A, U, N, True),  # subset
    ("civilian section: 5,104 names", "5,104", 5104, EX, "count", CAS, N, "killed", A, U, A, U, Do),
    ("5,104 names, 312 of them children", "312", 312, EX, "count", CAS, N, "killed", A, U, A, U, Do, True),  # subset
    ("Kharkiv region follows (1,859 names)", "1,859", 1859, EX, "count", CAS, N, "killed", A, U, A, U, Kh),
    ("then Zaporizhzhia with 1,102", "1,102", 1102, EX, "count", CAS, N, "killed", A, U, A, U, Zp),
    ("civilian toll at 15,930 killed", "15,930", 15930, EX, "count", CAS, N, "killed", A, U, UN, U, N),
    ("15,930 killed and 41,200 injured", "41,200", 41200, EX, "count", CAS, N, "injured", A, U, UN, U, N),
    ("including 721 children killed", "721", 721, EX, "count", CAS, N, "killed", A, U, UN, U, N, True),  # subset
    ("We estimate that roughly 3,300 of the civilians", "roughly 3,300", 3300, APX, "count", CAS, N, "killed", A, U, A, U, Do),
    ('"about 96,000" Ukrainian soldiers', "about 96,000", 96000, APX, "count", CAS, N, "killed", A, U, U, U, N),
    ('"more than 400,000" wounded', "more than 400,000", 400000, GE, "count", CAS, N, "injured", A, U, U, U, N),
    ('has lost "over 1.2 million" servicemen', "over 1.2 million", 1200000, GE, "count", CAS, N, A, A, U, R, U, N),
    ("identified 201,370 Russian soldiers killed", "201,370", 201370, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("at between 340,000 and 390,000", "340,000 and 390,000", A, A, "count", CAS, N, "killed", A, R, A, A, A),
    ("The strike killed nine people in all", "nine", 9, EX, "count", CAS, N, "killed", A, U, A, U, Od),
    ("nine people in all, four of them children", "four", 4, EX, "count", CAS, N, "killed", A, U, A, U, Od, True),  # subset
])
any_(d, [
    ("we added 1,208 names", "1,208"),
    ("2025: 1,031 soldiers", "1,031"),
    ("and 177 civilians", "177"),
    ("We also removed 17 names", "17"),
    ("Another 3,412 submissions", "3,412"),
    ("Donetsk | 4,792", "4,792"), ("4,792 | 312", "312"), ("312 | 5,104", "5,104"),
    ("Kharkiv | 1,688", "1,688"), ("1,688 | 171", "171"), ("171 | 1,859", "1,859"),
    ("Zaporizhzhia | 1,014", "1,014"), ("1,014 | 88", "88"), ("88 | 1,102", "1,102"),
    ("Kherson | 902", "902"), ("902 | 64", "64"), ("64 | 966", "966"),
    ("Kyiv city and region | 911", "911"), ("911 | 95", "95"), ("95 | 1,006", "1,006"),
    ("Dnipropetrovsk | 588", "588"), ("588 | 103", "103"), ("103 | 691", "691"),
    ("Odesa | 402", "402"), ("402 | 71", "71"), ("71 | 473", "473"),
    ("Sumy | 377", "377"), ("377 | 58", "58"), ("58 | 435", "435"),
    ("Other regions | 755", "755"), ("755 | 184", "184"), ("184 | 939", "939"),
    ("Total | 11,429", "11,429"), ("11,429 | 1,146", "1,146"), ("1,146 | 12,575", "12,575"),
    ("counts more than 72,000 servicemen missing", "more than 72,000"),
    ("A dozen neighbours buried him", "A dozen"),
    ("we correct about a dozen pages a week", "about a dozen"),
    ("kept by 212 volunteers", "212"),
    ("in 14 countries", "14"),
    ("by our own log, 6,800 hours", "6,800"),
])

# ---------------------------------------------------------------- s02 Azov war-risk weekly
d = "s02_azov_war_risk_insurance_weekly.txt"
# A marine-insurance trade newsletter (Kestrel Marine Intelligence, "Kestrel's casualty log",
# "Kestrel's own estimate") on a tanker detained and ships struck in the Sea of Azov, with rates.
# Kestrel's voice, its underwriter source and the consultancy AgroTrans Analytics are `*`; the
# FSB border directorate and Russia's Defence Ministry speak for Russia; Ukraine's Navy, the Odesa
# regional military administration and the Ministry of Infrastructure for Ukraine; the UK
# Ministry of Defence for the United Kingdom. Required: the detained tanker's 4,300 tonnes of
# fuel oil (economic, unit `*`), four merchant ships struck (category, weapon_type, action `*`;
# "against six in the whole of January" optional), the incident list's two injured at Berdiansk
# (Zaporizhzhia, country `*`) and one killed and three injured at Temryuk (Krasnodar: region `*`,
# country Russia), the Navy's "three vessels" struck (actor Ukraine, target Russia), the
# ministry's 46 drones and "19 of them over the sea" (breakdown by place), Izmail's one killed and
# four injured (actor `*`, target `*`), 14 and 72 merchant vessels damaged (region None), 9.4
# million tonnes (corridor; "5.8 million tonnes of it grain" a subset), "39. 6 million" tonnes
# (stray space kept; Odesa), "121 thousand" tonnes of Azov grain, "up to $27 million" insured
# losses, the UK's "at least 31" naval vessels (ship, action `*`). The headline's "four ships"
# and the WEEK IN NUMBERS box's 4, 1 and 9.4 restate (optional); its 5 (a sum) and "Tankers
# detained 1" are debatable. Debatable: "4,980 dwt", "some 20 nautical miles", "13 crew", "nine
# of them", "5,200 dwt", "11 crew", "about 1,100 tonnes" spilled, "a third of the volume", the
# rates (1.5%, 0.75%, 0.4%, "0.8-1%", the underwriter's 0.75 and 1.5), "$12 million",
# "$180,000", "$6.5 million", "the week's four strikes" (restates), "fewer than five" warships
# (a stock), the box's 1.5%. Non-claims: "24 February 2028", "7 min read", "214 shares", "19
# February", "built in 1998", "the third tanker", "since November", "seven days", "22
# February", "16 Feb" ... "21 Feb", Volna-7, "berth 4", "20-21 February", Iskander-M, "20
# February", "1 January", "August 2023", 2027, "a seven-day call", "Two weeks ago", JWLA-033,
# "February 2022", "one Lloyd's underwriter", "to 22 Feb", and the furniture (the ticker, "3 of
# 5", "£49", "22%", "ep. 112", "1,140 shadow-fleet tankers", "6,400", "No. 09817734", "12
# Mincing Lane", "EC3R 7AG").
rows(d, [
    ("as four ships are hit in a week", "four", 4, EX, "count", A, A, A, A, A, A, A, A, True),  # headline
    ("carrying 4,300 tonnes of fuel oil", "4,300", 4300, EX, A, ECO, N, A, A, A, R, A, A),
    ("shows four merchant ships struck in Azov ports", "four", 4, EX, "count", A, A, A, A, A, A, A, A),
    ("against six in the whole of January", "six", 6, EX, "count", A, A, A, A, A, A, A, A, True),  # earlier state
    ("two of her 11 crew injured", "two", 2, EX, "count", CAS, N, "injured", A, A, A, A, Zp),
    ("one crew member killed and three injured", "one", 1, EX, "count", CAS, N, "killed", A, A, A, R, A),
    ("killed and three injured, about", "three", 3, EX, "count", CAS, N, "injured", A, A, A, R, A),
    ('struck "three vessels carrying military cargo"', "three", 3, EX, "count", A, A, A, U, R, U, A, A),
    ("destroyed 46 Ukrainian drones", "46", 46, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("19 of them over the sea", "19", 19, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("One crew member, a Filipino national, was killed", "One", 1, EX, "count", CAS, N, "killed", A, A, U, U, Od),
    ("was killed and four were injured", "four", 4, EX, "count", CAS, N, "injured", A, A, U, U, Od),
    ("14 merchant vessels have been damaged", "14", 14, EX, "count", A, A, A, A, A, U, U, N),
    ("and 72 since the Ukrainian corridor opened", "72", 72, EX, "count", A, A, A, A, A, U, U, N),
    ("handled 9.4 million tonnes of cargo", "9.4 million", 9400000, EX, A, ECO, N, A, A, A, U, U, A),
    ("5.8 million tonnes of it grain", "5.8 million", 5800000, EX, A, ECO, N, A, A, A, U, U, A, True),  # subset
    ("moved 39. 6 million tonnes", "39. 6 million", 39600000, EX, A, ECO, N, A, A, A, U, U, Od),
    ("shipped 121 thousand tonnes of grain", "121 thousand", 121000, EX, A, ECO, N, A, A, A, A, A, A),
    ("at up to $27 million", "up to $27 million", 27000000, LE, "usd", ECO, N, A, A, A, A, A, A),
    ('destroyed "at least 31" Russian naval vessels', "at least 31", 31, GE, "count", W, "ship", A, U, R, UK, A, A),
    ("Ships struck in Azov ports ........ 4", "4", 4, EX, "count", A, A, A, A, A, A, A, A, True),  # box restates
    ("Crew killed / injured ............. 1", "1", 1, EX, "count", CAS, N, "killed", A, A, A, A, A, True),  # box restates
    ("Ukrainian corridor, January ....... 9.4", "9.4", 9400000, EX, A, ECO, N, A, A, A, A, U, A, True),  # box restates
])
any_(d, [
    ("Sable Dawn (4,980 dwt)", "4,980"),
    ("some 20 nautical miles", "some 20"),
    ("her 13 crew", "13"),
    ("nine of them Indian nationals", "nine"),
    ("Tamanskiy Bereg (5,200 dwt)", "5,200"),
    ("two of her 11 crew", "11"),
    ("about 1,100 tonnes of gasoil spilled", "about 1,100"),
    ("a third of the volume", "a third"),
    ("additional premiums of 1.5%", "1.5%"),
    ("up from 0.75% at the start", "0.75%"),
    ("and 0.4% a year ago", "0.4%"),
    ("insured at $12 million", "$12 million"),
    ("that is $180,000 per call", "$180,000"),
    ("steadier at 0.8-1%", "0.8-1%"),
    ("from the week's four strikes", "four"),
    ("insured for $6.5 million", "$6.5 million"),
    ("writing Azov at 0.75", "0.75"),
    ("Now we're at 1.5", "1.5"),
    ('keeps "fewer than five" major warships', "fewer than five"),
    ("Crew killed / injured ............. 1 / 5", "5"),
    ("Tankers detained .................. 1", "1"),
    ("Additional premium, Azov call ..... 1.5%", "1.5%"),
])

# ---------------------------------------------------------------- s03 Kupiansk evacuation, TV
d = "s03_kupiansk_orphanage_evacuation_tv.txt"
# A Kharkiv regional TV channel's web piece (Obriy TV) on evacuating a children's home and
# families from villages near Kupiansk, with a short Q&A with a child. The channel's voice, the
# home's director and the foundation Bila Khvylia are `*`; the district and regional military
# administrations, the children's service, the Air Force and the General Staff speak for Ukraine;
# Russia's Defence Ministry for Russia. Country Ukraine, region Kharkiv. Required: 43 children
# ("Forty-three", the headline's "43" optional) and eleven staff evacuated (actor and target
# `*`), "at least eight" guided bombs dropped (launched), two killed and five injured (actor `*`),
# "Twenty-seven" houses damaged, 612 people evacuated this week ("96 of them children" a
# subset), the foundation's "more than 400", the region's "more than 18,000" ("2,340 of them" a
# subset), the region's four killed and 19 injured (actor Russia: "Russian attacks"), the Air
# Force's 36 drones and two Iskander-M missiles launched at Kharkiv city, "of which 29 drones"
# shot down (a different action on part: actor Ukraine, target Russia), Russia's "two more
# settlements" (territory, action `*`) and 14 armoured vehicles destroyed. Debatable: "120
# kilometres", "three buses", "Fourteen of our children" with disabilities, "six of them", "19
# times", "eleven villages", "34 settlements", "about 2,900",
# "180 children", "maybe fifty explosions", "About a dozen", UNICEF's "more than 1,600", the
# onward moves "30 of them" and "the other 13". Non-claims: "5:48", "👁 23 419", "💬 87",
# "05.03.2028, 19:42", "21:10", "a quarter past ten", "four years old", "16", "Two hours
# later", "for a month", "Halyna Moroz, 58", "one backpack", KAB-500, Su-34, "this week",
# "Dmytro, 12", "the second bus", "1 February", "a third time, a fourth time", "August 2027",
# "14th Separate Mechanised Brigade", "Oleksii, 27", "21:30", and the furniture ("−4°C", "42.15",
# "45.90", "3,200 homes after four days", the programme's times and "16+", "212 thousand
# readers", "2008–2028", "18+").
rows(d, [
    ("43 children evacuated from village", "43", 43, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh, True),  # headline
    ("Forty-three children, the youngest", "Forty-three", 43, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh),
    ("and eleven members of staff were taken", "eleven", 11, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh),
    ("dropped at least eight guided aerial bombs", "at least eight", 8, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Kh),
    ("killed two men who had stayed behind", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("and injured five people", "five", 5, EX, "count", CAS, N, "injured", A, U, U, U, Kh),
    ("Twenty-seven houses were damaged", "Twenty-seven", 27, EX, "count", INF, N, A, A, U, A, U, Kh),
    ("In all, 612 people", "612", 612, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh),
    ("612 people, 96 of them children", "96", 96, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh, True),  # subset
    ("taken out more than 400 people", "more than 400", 400, GE, "count", DIS, N, "evacuated", A, A, A, U, Kh),
    ("more than 18,000 people have been evacuated", "more than 18,000", 18000, GE, "count", DIS, N, "evacuated", A, A, U, U, Kh),
    ("2,340 of them were children", "2,340", 2340, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh, True),  # subset
    ("Russian attacks killed four civilians", "four", 4, EX, "count", CAS, N, "killed", R, U, U, U, Kh),
    ("and injured 19 on Tuesday", "19", 19, EX, "count", CAS, N, "injured", R, U, U, U, Kh),
    ("Russia had launched 36 drones", "36", 36, EX, "count", W, "drone", "launched", R, U, U, U, Kh),
    ("and two Iskander-M missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, Kh),
    ("of which 29 drones were shot down", "29", 29, EX, "count", W, "drone", "shot_down", U, R, U, U, Kh),
    ("taken control of two more settlements", "two", 2, EX, "count", TER, N, A, R, U, R, U, Kh),
    ("destroyed 14 Ukrainian armoured vehicles", "14", 14, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, U, Kh),
])
any_(d, [
    ("120 kilometres to the west", "120"),
    ("in three buses", "three"),
    ("Fourteen of our children have disabilities", "Fourteen"),
    ("and six of them use wheelchairs", "six"),
    ("shelled Kurylivka 19 times", "19"),
    ("left eleven villages", "eleven"),
    ("covers 34 settlements", "34"),
    ("where about 2,900 people still live", "about 2,900"),
    ("including 180 children", "180"),
    ("maybe fifty explosions", "fifty"),
    ("About a dozen people in Kurylivka", "About a dozen"),
    ("UNICEF says more than 1,600 children", "more than 1,600"),
    ("Tomorrow 30 of them will travel", "30"),
    ("the other 13 will stay", "13"),
])

# ---------------------------------------------------------------- s04 Kremlin press call
d = "s04_kremlin_spokesman_press_call_transcript.txt"
# An English transcript service (The Podium) of Dmitry Peskov's daily press call with
# journalists' questions. Peskov and the Defence Ministry and Finance Ministry data he or the
# journalists cite speak for Russia; Gerasimov for Russia; "the Ukrainian side", Ukraine's Air
# Force and Zelensky for Ukraine; the Kiel Institute, NATO officials and journalists' own
# figures are `*`. Required: the ministry's 118 drones (region None) and "including 41 over
# Moscow region" (breakdown by place), two Moscow airports closed (infrastructure, target
# Russia), Gerasimov's 1,240 km2 and 41 settlements taken (territory, seized), Ukraine's "roughly
# 300" km2, Peskov's "more than 88%" of Donetsk region controlled (percent), the Kiel Institute's
# 41.2 billion euros (unit `*`) and US aid's "$3. 1 billion" (stray space kept; actor United
# States), Peskov's "more than $310 billion" ("at least $190 billion" on weapons: subset), the Air
# Force's 6,140 drones and 212 missiles (region None), Zelensky's 38,600 Russian killed and
# wounded (action `*`), the ministry's Ukrainian losses that "exceeded 60,000" (at_least, action
# `*`), 610 billion roubles of revenue (unit `*`), NATO's "about 50,000" troops massed
# (Zaporizhzhia). Debatable: "100% guarantee", the prisoners (157 twice, "more than 6,000"),
# "about 70%", "some 30,000 people a month" (a rate), "24%". Non-claims: "9 March 2028", "11 min
# read", "One announcement", "1 January", "a record for one month", "Group of Seven", "within
# 30 days", "a third round", 2022, 2027, "34 minutes", "17 journalists", and the furniture
# ("30% off", "6 March", Oreshnik, Su-57, "4,100 words", "14,200 words", "four volunteer
# translators", "€4", "1,870 supporters", "2024–2028").
rows(d, [
    ("118 Ukrainian drones were destroyed overnight", "118", 118, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("including 41 over Moscow region", "41", 41, EX, "count", W, "drone", "shot_down", R, U, R, R, Mo),
    ("closed two of Moscow's airports", "two", 2, EX, "count", INF, N, A, A, R, A, R, Mo),
    ("have taken 1,240 square kilometres", "1,240", 1240, EX, "km2", TER, N, "seized", R, U, R, U, N),
    ("and 41 settlements", "41", 41, EX, "count", TER, N, "seized", R, U, R, U, N),
    ("at roughly 300 square kilometres", "roughly 300", 300, APX, "km2", TER, N, "seized", R, U, U, U, N),
    ("more than 88% of the territory", "more than 88%", 88, GE, "percent", TER, N, "controlled", R, U, R, U, Do),
    ("gave Ukraine 41.2 billion euros", "41.2 billion", 41200000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("US military aid fell to $3. 1 billion", "$3. 1 billion", 3100000000, EX, "usd", ECO, N, A, US, A, A, A, A),
    ("pumped more than $310 billion", "more than $310 billion", 310000000000, GE, "usd", ECO, N, A, A, A, R, A, A),
    ("of which at least $190 billion", "at least $190 billion", 190000000000, GE, "usd", ECO, N, A, A, A, R, A, A, True),  # subset
    ("launched 6,140 long-range drones", "6,140", 6140, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 212 missiles at Ukraine", "212", 212, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("Russia lost 38,600 soldiers", "38,600", 38600, EX, "count", CAS, N, A, A, R, U, A, N),
    ("exceeded 60,000 servicemen", "60,000", 60000, GE, "count", CAS, N, A, A, U, R, U, N),
    ("to 610 billion roubles", "610 billion", 610000000000, EX, A, ECO, N, A, A, A, R, R, N),
    ("concentrated about 50,000 troops", "about 50,000", 50000, APX, "count", PER, N, "massed", R, U, A, U, Zp),
])
any_(d, [
    ("give a 100% guarantee", "100%"),
    ("Yesterday 157 Russian servicemen", "157"),
    ("in exchange for 157 Ukrainians", "157"),
    ("more than 6,000 Russian prisoners", "more than 6,000"),
    ("about 70% of the drones", "about 70%"),
    ("some 30,000 people a month", "some 30,000"),
    ("revenues fell 24%", "24%"),
])

# ---------------------------------------------------------------- s05 Polish border statistics
d = "s05_poland_border_guard_monthly_statistics.txt"
# A Lublin news site's English edition (Wschód Info) on the Polish Border Guard's monthly data.
# The Border Guard, its units and spokeswoman and the Operational Command are `*` (Poland is not
# a side); Ukraine's Air Force and State Border Guard Service speak for Ukraine. Country and
# region `*` for what happened in Poland. Required: 31 drones entered Polish airspace (actor
# Russia, action `*`; "up from 11 in January" optional), "of which nine were shot down" (actor
# `*`, target Russia) and 14 crashed or landed (action `*`), 27 Gerbera decoys and four
# Shahed-type drones (types within the total), Russia's 512 drones and 37 missiles at Ukraine
# that night (region `*`: Volyn and Lviv), "Eleven" drones crossing into Poland that night, two
# houses damaged, one woman injured, "about 11,000" soldiers and two Patriot batteries deployed
# (actor `*`). Optional: the subhead's 31, "Twenty-four" from Belarus and "seven" from Ukraine,
# the F-16s' "Six" and F-35s' "three". Debatable: the headline's "three times", the subhead's 287,
# the crossings ("eight", "four"), travellers (1.38 and 1.29 million), "6%", "81%", "21. 4
# million" and "19.8 million", "986,000", trucks ("Some 71,400", "3,100", "1,900"), "of the nine",
# the spokeswoman's "eight events" and "five", the balloons (287, "1.1 million" cigarettes, 41),
# "1,420", "half", the 312 men detained and "61 of them", and the table cell by cell. Non-claims:
# "06.03.2028, 07:15", "24 February 2022", "February 2027", "19 February", "up to 46 hours",
# F-16s, F-35s, "14 to 15 February", and the furniture ("2°C", "4.27", "3.91", "0.096", "9 zł",
# "👍 412", "🔁 96", "💬 33", "46-hour queue", "3 ways", "2.4 million zł", "5 hours", "9,300
# readers", the address, KRS, "2015–2028").
rows(d, [
    ("31 drones and 287 balloons entered", "31", 31, EX, "count", W, "drone", A, A, A, A, A, A, True),  # subhead
    ("31 drones entered Polish airspace in February", "31", 31, EX, "count", W, "drone", A, R, A, A, A, A),
    ("up from 11 in January", "11", 11, EX, "count", W, "drone", A, R, A, A, A, A, True),  # earlier state
    ("of which nine were shot down", "nine", 9, EX, "count", W, "drone", "shot_down", A, R, A, A, A),
    ("and 14 crashed or landed", "14", 14, EX, "count", W, "drone", A, R, A, A, A, A),
    ("27 of them Gerbera decoys", "27", 27, EX, "count", W, "drone", A, R, A, A, A, A),
    ("and four Shahed-type attack drones", "four", 4, EX, "count", W, "drone", A, R, A, A, A, A),
    ("Twenty-four came in from Belarus", "Twenty-four", 24, EX, "count", W, "drone", A, R, A, A, A, A, True),  # by origin
    ("and seven from Ukraine", "seven", 7, EX, "count", W, "drone", A, R, A, A, A, A, True),  # by origin
    ("Six of the nine were downed", "Six", 6, EX, "count", W, "drone", "shot_down", A, R, A, A, A, True),  # by shooter
    ("three by Dutch F-35s", "three", 3, EX, "count", W, "drone", "shot_down", A, R, A, A, A, True),  # by shooter
    ("Russia launched 512 drones", "512", 512, EX, "count", W, "drone", "launched", R, U, U, U, A),
    ("and 37 missiles at Ukraine", "37", 37, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("Eleven drones crossed into Poland", "Eleven", 11, EX, "count", W, "drone", A, R, A, A, A, A),
    ("debris damaged two houses", "two", 2, EX, "count", INF, N, A, A, A, A, A, A),
    ("one woman was lightly injured", "one", 1, EX, "count", CAS, N, "injured", A, A, A, A, A),
    ("about 11,000 soldiers are now deployed", "about 11,000", 11000, APX, "count", PER, N, "deployed", A, A, A, A, A),
    ("supported by two Patriot batteries", "two", 2, EX, "count", W, "air_defense", "deployed", A, A, A, A, A),
])
any_(d, [
    ("three times as many drones", "three"),
    ("31 drones and 287 balloons", "287"),
    ("at the eight road", "eight"),
    ("and four rail crossings", "four"),
    ("checked 1.38 million travellers", "1.38 million"),
    ("and 1.29 million leaving it", "1.29 million"),
    ("That is 6% fewer", "6%"),
    ("made up 81% of those entering", "81%"),
    ("recorded 21. 4 million entries", "21. 4 million"),
    ("and 19.8 million departures", "19.8 million"),
    ("says 986,000 Ukrainians", "986,000"),
    ("Some 71,400 trucks", "Some 71,400"),
    ("3,100 of them carrying Ukrainian grain", "3,100"),
    ("reached 1,900 lorries", "1,900"),
    ("Six of the nine were downed", "nine"),
    ("registered eight events", "eight"),
    ("of which five occurred", "five"),
    ("counted 287 smuggling balloons", "287"),
    ("total of 1.1 million cigarettes", "1.1 million"),
    ("41 of them flew as far as", "41"),
    ("illegally: 1,420 in February", "1,420"),
    ("half the January figure", "half"),
    ("detained 312 men", "312"),
    ("61 of them in the mountains", "61"),
    ("Nov 2027 | 1.51", "1.51"), ("1.51 m | 68,900", "68,900"), ("68,900 | 4", "4"), ("4 | 198", "198"),
    ("Dec 2027 | 1.72", "1.72"), ("1.72 m | 64,200", "64,200"), ("| 6 | 233", "6"), ("6 | 233", "233"),
    ("Jan 2028 | 1.47", "1.47"), ("1.47 m | 66,800", "66,800"), ("66,800 | 11", "11"), ("11 | 251", "251"),
    ("Feb 2028 | 1.38", "1.38"), ("1.38 m | 71,400", "71,400"), ("71,400 | 31", "31"), ("31 | 287", "287"),
])

# ---------------------------------------------------------------- s06 Sevastopol, in translation
d = "s06_sevastopol_occupation_outlet_translation.txt"
# A monitoring service (Occupied Press Review) translating an occupation outlet in Sevastopol
# (Sevastopolskiy Vestnik) on a night of drone and sea-drone attacks. The occupation governor,
# the city's civil defence headquarters and Russia's Defence Ministry speak for Russia; the
# outlet's voice, Sevastopolenergo and the translators (with the Telegram channel they cite) are
# `*`; Ukraine's HUR speaks for Ukraine. Country `*` (occupied Crimea), region Crimea unless the
# seas or Krasnodar. The governor's paragraph is repeated after READ ALSO (one claim each): 38
# UAVs shot down, "of which 14" over Sevastopol (breakdown by place), six uncrewed boats
# destroyed (weapon_type and action `*`), five injured (actor and target `*`; "one child" and
# "three ... hospitalised" subsets), 23 apartment buildings and 41 houses damaged. The ministry:
# 74 UAVs (region `*`) with a breakdown by place (31 Crimea, 22 Black Sea, 12 Krasnodar: country
# Russia, region `*`; 9 Sea of Azov), three Neptune-MD and two ATACMS missiles shot down. Required
# too: "Forty-seven" residents placed in a temporary accommodation point (evacuated), "18. 7
# million roubles" paid out (stray space kept), 1,118 UAVs and 64 missiles shot down since 2022,
# HUR's two Pantsir-S1 launchers and one Nebo-U radar destroyed (weapon_type `*`). Debatable:
# "about 12 thousand subscribers", "9,400 of them", "Four cars", "100,000" and "up to 50,000"
# roubles, "412 families", "more than 40 times", "nine schools", "14 kindergartens", "at least
# 20" explosions. Non-claims: "4 March 2028", "04.03.2028 | 09:14", "Views: 18 502", "3 TO 4
# MARCH", Su-30SM, "810th", "School No. 3", "Project 22160", Pantsir-S1, Neptune-MD, "4 March",
# "02:40 and 04:10", and the furniture (READ ALSO's "3-hour", "1,200" and 2029, "2 March", "1
# March", "1,470th day", "640 patrons", "four translators", "€3", "2022–2028", "4.0").
rows(d, [
    ("38 UAVs were shot down", "38", 38, EX, "count", W, "drone", "shot_down", R, U, R, A, Cr),
    ("of which 14 were over Sevastopol", "14", 14, EX, "count", W, "drone", "shot_down", R, U, R, A, Cr),
    ("destroyed six uncrewed boats", "six", 6, EX, "count", W, A, A, R, U, R, A, Cr),
    ("Five residents of the city were injured", "Five", 5, EX, "count", CAS, N, "injured", A, A, R, A, Cr),
    ("among them one child", "one", 1, EX, "count", CAS, N, "injured", A, A, R, A, Cr, True),  # subset
    ("three of the injured have been hospitalised", "three", 3, EX, "count", CAS, N, "injured", A, A, R, A, Cr, True),  # subset
    ("damaged in 23 apartment buildings", "23", 23, EX, "count", INF, N, A, A, A, R, A, Cr),
    ("and 41 private houses", "41", 41, EX, "count", INF, N, A, A, A, R, A, Cr),
    ("destroyed 74 Ukrainian unmanned aerial vehicles", "74", 74, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("31 over the territory of the Republic of Crimea", "31", 31, EX, "count", W, "drone", "shot_down", R, U, R, A, Cr),
    ("22 over the waters of the Black Sea", "22", 22, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("12 over the territory of Krasnodar Krai", "12", 12, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("and 9 over the Sea of Azov", "9", 9, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("three Neptune-MD long-range guided missiles", "three", 3, EX, "count", W, "missile", "shot_down", R, U, R, A, A),
    ("and two ATACMS operational-tactical missiles", "two", 2, EX, "count", W, "missile", "shot_down", R, U, R, A, A),
    ("Forty-seven residents of a damaged building", "Forty-seven", 47, EX, "count", DIS, N, "evacuated", A, A, A, A, Cr),
    ("paid out 18. 7 million roubles", "18. 7 million", 18700000, EX, A, ECO, N, A, A, A, R, A, Cr),
    ("1,118 UAVs and 64 missiles", "1,118", 1118, EX, "count", W, "drone", "shot_down", R, U, R, A, Cr),
    ("UAVs and 64 missiles have been shot down", "64", 64, EX, "count", W, "missile", "shot_down", R, U, R, A, Cr),
    ("destroyed two Pantsir-S1 launchers", "two", 2, EX, "count", W, "air_defense", "destroyed", U, R, U, A, Cr),
    ("and one Nebo-U radar", "one", 1, EX, "count", W, A, "destroyed", U, R, U, A, Cr),
])
any_(d, [
    ("about 12 thousand subscribers", "about 12 thousand"),
    ("restored to 9,400 of them", "9,400"),
    ("Four cars burned out", "Four"),
    ("payment of 100,000 roubles", "100,000"),
    ("up to 50,000 roubles for replacing windows", "up to 50,000"),
    ("to 412 families", "412"),
    ("more than 40 times", "more than 40"),
    ("nine schools and 14 kindergartens", "nine"),
    ("and 14 kindergartens", "14"),
    ('counted "at least 20" explosions', "at least 20"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s59")
