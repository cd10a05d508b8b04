"""Builds gold.jsonl for heldout36 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout36.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout27, heldout33 and heldout35: headlines, subheads, standfirsts
and later restatements are optional; subsets introduced by "of whom", "among them", "including",
"of them", "of these" are optional, except a model or type within a weapon total (the seeds'
"including two Su-34"); a breakdown of a total by place ("29 over the territory of Bryansk
region", "18 of them over the Belgorod region") is required, and so is a different action on part
of a total ("of which 21 were shot down"); in a list with a qualifier only the qualified items keep
it (the others `*`), a list with no qualifier is exact; casualty sentences that name no perpetrator
have actor `*`; a range is one claim quoting the whole range (value and qualifier `*`); households
left without power have category and action `*`; losses reported as "lost" have action `*`;
drones destroyed in flight are shot_down; settlements "liberated" are territory with action `*`;
pledges, promises and planned spending are optional; an earlier state ("down from ... in
September") is optional; a rate given by a side ("about 1,100 ... a day") is required; damaged
houses, flats and buildings are infrastructure with action and actor `*`; losses "killed and
wounded" have action `*`; a side's figures of the other side's losses along the whole front have
country and region `*`; counts of dead soldiers by home region have country and region `*`;
people displaced (here: living in temporary accommodation) are displacement with action `*`; a
region's spending is required (economic, unit `*`), payments per person are debatable; deliveries
of weapons have action `*`, actor `*` for donors that are not sides. Bodies that are not sides
(Germany, the Czech government, the EU, Ukrenergo, independent outlets such as Mediazona and the
BBC Russian Service, volunteer databases, Western governments, bloggers) have claimant_side `*`;
DeepState speaks for Ukraine (seed-010). Counts of places ("11 locations", "11 border villages",
"nine regions", "19 border communities"), incident counts ("74 assaults", "212 times", "16
times", "more than 30 times"), group sizes, shares and ratios ("19.4%", "one in every two", "a
quarter and a third", "one to ten"), distances, areas of fires, prices and payments, capacities
and production rates, population stocks and residents who remain, recipients of payments, damaged
cars, subscriber counts, needs and hypotheticals are debatable (`any_`). Dates, times, durations
("after nearly six hours", "in two days", "for another 12 months", "no 30-day ceasefire", "2,089
— days since"), ages ("23-year-old", "aged 34 and 51", "is 41", "45, 50", "born in 1958"),
ordinals ("sixth year", "the 40th attack"), series numbers ("Issue #214", "No. 3"), numbers inside
names (Kh-101, Tu-95MS, Su-34, Iskander-M, KAB-500, MT-LB, BMP-2, Koksan M1989, CDU-6,
"155mm", 58th Army, 149th Brigade, "Group of Seven", "Second World War") and page furniture are
not labelled.

Decided anew for this set:
- s01: the Air Force's list gives the launch areas (Bryansk, Kursk, Saratov region, the Black Sea,
  Crimea) while the attack is on Ukraine: its items have country and region `*`; the total
  "207 means of air attack" (mixed drones and missiles) has weapon_type `*`, country Ukraine,
  region None. In the table the "Launched" column restates the list (optional) and the "Shot
  down / suppressed" column is the first statement of each type's shoot-downs (required).
  "Hits by 14 strike UAVs and five missiles" are drones and missiles that got through (action
  `*`, heldout35's "Three got through").
- s02: the lead's "captured three villages" is the claim (seized); the ministry's "liberated" the
  three settlements restates it (optional). The milblogger's advance "up to 3.5 kilometres" and 11
  armoured vehicles: claimant_side `*` (a blogger is not a side). The article's closing "roughly
  6,300 square kilometres it still holds" (Ukraine, controlled) follows "Moscow says" but is
  written in the agency's voice: claimant_side `*`.
- s03: "some six thousand eight hundred" (numbers in words) is 6800, approximate. South Korea's
  "some 4,700 ... killed or wounded" (action `*`) and "roughly six hundred of them killed" (a
  different action on part of the total: required, like "of which 21 were shot down"). Ukrainian
  military dead have country `*` (they also fall in Russia's Kursk region); the caretaker's
  "Forty-three since the spring" (graves, the noun in the previous sentence) is debatable; the
  correction note's "twelve thousand" (a withdrawn figure) and the historian's Soviet figures
  (another war) are debatable.
- s04: a Russian governor's "enemy" is Ukraine; the governor, the regional ministry and "regional
  figures" speak for Russia. Russian houses, flats and social facilities damaged have target
  Russia. The outlet's "eight fewer than the governor's tally" is a difference (debatable).
- s05: each bullet's source in brackets at the end is its claimant. The 14 uncrewed boats in the
  attack on Novorossiysk ("destroying all of them"): launched by Ukraine or destroyed by Russia,
  action, actor and target `*`. Events at sea off Crimea have country `*`, region Crimea; the
  port of Novorossiysk (Krasnodar krai, outside the region vocabulary) has region `*`. North
  Korea's guns and shells shipped to Russia: action `*`, actor North Korea, country `*`; shells
  have weapon_type `*`. The frozen €210 billion is required (economic, unit `*`); the €1.4
  billion package, the $425 million sale and the €6.6 billion tranche that Hungary blocked are
  pledges or planned spending (optional).
- s06: in the interview "we" is Ukraine and "they" Russia; the commander speaks for Ukraine,
  country Ukraine, region Zaporizhzhia. Rates per day given by the commander are required ("around
  600 ... a day"), ranges per day are one claim each ("70 to 80", "30 to 40"); "we lost one
  village" is territory with action `*`, actor Russia; "fewer than 20 killed" is at_most with
  actor `*`; reinforcements received and soldiers still needed are debatable; "about 600 metres"
  retaken is debatable (a distance in metres)."""

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

Dp, D, Zp, Kh, Ks, Bg, Sm, Od = (
    "Dnipropetrovsk", "Donetsk", "Zaporizhzhia", "Kharkiv", "Kursk", "Belgorod", "Sumy", "Odesa"
)  # fmt: skip

# fmt: off
# ---------------------------------------------------------------- s01 Air Force report, Dnipro
d = "s01_air_force_night_report_dnipro.txt"
# A Dnipro regional site (Prydniprovia Online) reposts the Air Force's morning report in
# translation, with a table, then the head of the regional military administration (Lytvynenko)
# on Telegram and an UPDATE. The Air Force, Air Command East, Lytvynenko and the regional council
# speak for Ukraine; "the enemy", "the Russians" are Russia. Nationwide Air Force figures: country
# Ukraine, region None; the list's items name launch areas (country and region `*`, decided
# anew). Table: "Launched" restates the list (optional), "Shot down / suppressed" required. Hits by
# 14 UAVs and five missiles (action `*`). Air Command East's 41 drones and five missiles destroyed
# over the Dnipropetrovsk region (in flight: shot_down; a breakdown by place, required). Dnipro:
# three killed and 19 injured (no perpetrator in the sentence: actor `*`), "four children" among
# the injured (subset, optional); the update's four dead and 23 injured are new figures (required);
# the headline's 207, 181 and "three dead" restate (optional). Pavlohrad: eight private houses
# (infrastructure, action and actor `*`), "About 4,700 families" without electricity (category and
# action `*`). Synelnykove district: three guided aerial bombs (launched). The regional council's
# 15 million hryvnias "would allocate" is planned spending (optional). Debatable: "11 locations",
# "five locations", "about 2,000 square metres" (fire), "six cars", "more than 30 times",
# "200,000 hryvnias" (a payment). Non-claims: 9 November, 18:00, 8 November, 09:00, 07:58, 09:47,
# 14:26, 14:20, "6 years old", "23-year-old", "71-year-old", "57-year-old", "A woman, 63", "nearly
# six hours", "until Friday", "five-storey", Kh-101, Tu-95MS, Iskander-M, Shahed-type, and the
# furniture (+6°C, 112K, 👁 6 412, 💬 57, "No. 3" and "three weeks", the Read also links' 2
# districts, Su-34, 9% and "40th attack", 214 shares, Ctrl+Enter, 2014–2027, 18+).
rows(d, [
    ("Air Force counts 207 air targets", "207", 207, EX, "count", W, A, "launched", R, U, U, U, N, True),  # headline
    ("181 downed; three dead in Dnipro", "181", 181, EX, "count", W, A, "shot_down", U, R, U, U, N, True),  # headline
    ("three dead in Dnipro", "three", 3, EX, "count", CAS, N, "killed", A, U, A, U, Dp, True),  # headline
    ("the enemy attacked with 207 means of air attack", "207", 207, EX, "count", W, A, "launched", R, U, U, U, N),
    ("— 176 Shahed-type strike UAVs", "176", 176, EX, "count", W, "drone", "launched", R, U, U, A, A),
    ("— 18 Kh-101 cruise missiles", "18", 18, EX, "count", W, "missile", "launched", R, U, U, A, A),
    ("— nine Kalibr cruise missiles", "nine", 9, EX, "count", W, "missile", "launched", R, U, U, A, A),
    ("— four Iskander-M ballistic missiles", "four", 4, EX, "count", W, "missile", "launched", R, U, U, A, A),
    ("a total of 181 air targets", "181", 181, EX, "count", W, A, "shot_down", U, R, U, U, N),
    # the table: launched (restates the list) | shot down (required)
    ("Shahed-type UAVs and decoys | 176 | 158", "176", 176, EX, "count", W, "drone", "launched", R, U, U, A, A, True),  # restates
    ("Shahed-type UAVs and decoys | 176 | 158", "158", 158, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("Kh-101 cruise missiles | 18 | 16", "18", 18, EX, "count", W, "missile", "launched", R, U, U, A, A, True),  # restates
    ("Kh-101 cruise missiles | 18 | 16", "16", 16, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Kalibr cruise missiles | 9 | 6", "9", 9, EX, "count", W, "missile", "launched", R, U, U, A, A, True),  # restates
    ("Kalibr cruise missiles | 9 | 6", "6", 6, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Iskander-M ballistic missiles | 4 | 1", "4", 4, EX, "count", W, "missile", "launched", R, U, U, A, A, True),  # restates
    ("Iskander-M ballistic missiles | 4 | 1", "1", 1, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Hits by 14 strike UAVs", "14", 14, EX, "count", W, "drone", A, R, U, U, U, N),
    ("14 strike UAVs and five missiles were recorded", "five", 5, EX, "count", W, "missile", A, R, U, U, U, N),
    ("41 drones and five missiles were destroyed", "41", 41, EX, "count", W, "drone", "shot_down", U, R, U, U, Dp),
    ("and five missiles were destroyed over the Dnipropetrovsk", "five", 5, EX, "count", W, "missile", "shot_down", U, R, U, U, Dp),
    # Lytvynenko
    ("Three people were killed and 19 were injured", "Three", 3, EX, "count", CAS, N, "killed", A, U, U, U, Dp),
    ("and 19 were injured in the city", "19", 19, EX, "count", CAS, N, "injured", A, U, U, U, Dp),
    ("Among the injured are four children", "four", 4, EX, "count", CAS, N, "injured", A, U, U, U, Dp, True),  # subset
    ("drones damaged eight private houses", "eight", 8, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("About 4,700 families in the city", "About 4,700", 4700, APX, "count", A, N, A, A, U, U, U, Dp),
    ("dropped three guided aerial bombs", "three", 3, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Dp),
    ("would allocate 15 million hryvnias", "15 million", 15000000, EX, A, ECO, N, A, A, A, U, U, Dp, True),  # planned
    # update
    ("The death toll in Dnipro has risen to four", "four", 4, EX, "count", CAS, N, "killed", A, U, U, U, Dp),
    ("The number of injured has grown to 23", "23", 23, EX, "count", CAS, N, "injured", A, U, U, U, Dp),
])
any_(d, [
    ("were recorded at 11 locations", "11"),
    ("debris fell at five locations", "five"),
    ("a fire broke out over about 2,000 square metres", "about 2,000"),
    ("a lyceum and six cars", "six"),
    ("heavy artillery more than 30 times", "more than 30"),
    ("can reach 200,000 hryvnias", "200,000"),
])

# ---------------------------------------------------------------- s02 wire: Donetsk villages
d = "s02_wire_russia_claims_donetsk_villages.txt"
# A wire story (Meridian News Agency) from Moscow and Kyiv. Russia's Defence Ministry speaks for
# Russia; the General Staff, Lysenko, DeepState (seed-010) and Filashkin for Ukraine; the
# milblogger "Severny Veter" and "Western governments" are not sides (claimant_side `*`). The
# ministry: three villages captured in Donetsk (seized, required; the headline and the
# "liberated" restatement optional), "up to 1,340 servicemen" lost along the whole front
# (casualties, action `*`, at_most, country and region `*`) with the equipment that follows
# (qualifier `*`, action `*`: "lost"), 47 drones destroyed by air defences overnight (shot_down,
# country Russia, region `*`) and "18 of them over the Belgorod region" (a breakdown by place:
# required). The General Staff's 1,120 "killed and wounded" and its tally 1,562,840 (action `*`,
# target Russia, country and region `*`). DeepState: 412 km2 seized in October (region `*`: four
# regions) with the bracketed 159 square miles (optional), the September 505 (earlier state,
# optional), the breakdown 238, 97, 51, 26 by region (required), "about 117,300 square
# kilometres" controlled (region None: the whole country). The blogger's "up to 3.5 kilometres"
# (territory, km, action `*`) and 11 armoured vehicles destroyed. Filashkin's 146 evacuated. The
# agency's closing paragraph: "more than 1,000 casualties a day" (Western governments, target
# Russia, Donetsk) and "roughly 6,300 square kilometres" still held by Ukraine (controlled).
# Debatable: "74 Russian assaults" (also in the headline), "29 of them" (incident counts), "the
# other two" (villages referred to), "four regions", "19.4%", "more than 1.1 million Telegram
# subscribers", "pulled out twice", "About 1,870 residents", "312 of them children" (residents who
# remain), "some 67,000" (population). Non-claims: "November 10, 2027 4:18 PM GMT+2", "2 hours
# ago", "5 minute read", "past 24 hours", "February 2022", 2014, 2024, "in two days", "not a
# single metre", and the furniture (Related coverage's 1,200 km, 4 regions, 2028 and 3%, © 2027).
rows(d, [
    ("Russia says it captured three Donetsk villages", "three", 3, EX, "count", TER, N, "seized", R, U, R, U, D, True),  # headline
    ("its forces had captured three villages", "three", 3, EX, "count", TER, N, "seized", R, U, R, U, D),
    ('"liberated" the three settlements', "three", 3, EX, "count", TER, N, A, R, U, R, U, D, True),  # restates
    ("had lost up to 1,340 servicemen", "up to 1,340", 1340, LE, "count", CAS, N, A, R, U, R, A, A),
    ("as well as three tanks, 19 armoured", "three", 3, A, "count", W, "tank", A, R, U, R, A, A),
    ("19 armoured combat vehicles", "19", 19, A, "count", W, "armored_vehicle", A, R, U, R, A, A),
    ("and 11 field artillery pieces", "11", 11, A, "count", W, "artillery", A, R, U, R, A, A),
    ("had destroyed 47 Ukrainian drones overnight", "47", 47, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("18 of them over the Belgorod region", "18", 18, EX, "count", W, "drone", "shot_down", R, U, R, R, Bg),
    ("Russia had lost 1,120 soldiers killed and wounded", "1,120", 1120, EX, "count", CAS, N, A, A, R, U, A, A),
    ("since February 2022 to 1,562,840", "1,562,840", 1562840, EX, "count", CAS, N, A, A, R, U, A, A),
    ("Russian forces seized 412 square kilometres", "412", 412, EX, "km2", TER, N, "seized", R, U, U, U, A),
    ("(159 square miles)", "159", 159, EX, "mi2", TER, N, "seized", R, U, U, U, A, True),  # bracketed unit
    ("down from 505 square kilometres in September", "505", 505, EX, "km2", TER, N, "seized", R, U, U, U, A, True),  # earlier state
    ("238 sq km in Donetsk", "238", 238, EX, "km2", TER, N, "seized", R, U, U, U, D),
    ("97 in Zaporizhzhia", "97", 97, EX, "km2", TER, N, "seized", R, U, U, U, Zp),
    ("51 in Kharkiv", "51", 51, EX, "km2", TER, N, "seized", R, U, U, U, Kh),
    ("26 in Dnipropetrovsk", "26", 26, EX, "km2", TER, N, "seized", R, U, U, U, Dp),
    ("controls about 117,300 square kilometres", "about 117,300", 117300, APX, "km2", TER, N, "controlled", R, A, U, U, N),
    ("advanced up to 3.5 kilometres west of Bila Hora", "up to 3.5", 3.5, LE, "km", TER, N, A, R, U, A, U, D),
    ("had destroyed 11 Ukrainian armoured vehicles", "11", 11, EX, "count", W, "armored_vehicle", "destroyed", R, U, A, U, D),
    ("146 people had been evacuated", "146", 146, EX, "count", DIS, N, "evacuated", A, A, U, U, D),
    ("more than 1,000 casualties a day", "more than 1,000", 1000, GE, "count", CAS, N, A, A, R, A, U, D),
    ("roughly 6,300 square kilometres it still holds", "roughly 6,300", 6300, APX, "km2", TER, N, "controlled", U, A, A, U, D),
])
any_(d, [
    ("Kyiv says 74 assaults repelled", "74"),
    ("had repelled 74 Russian assaults", "74"),
    ("29 of them in the Kostiantynivka sector", "29"),
    ("He did not comment on the other two", "two"),
    ("spread across four regions", "four"),
    ("or 19.4% of the country", "19.4%"),
    ("more than 1.1 million Telegram subscribers", "more than 1.1 million"),
    ('"pulled out twice"', "twice"),
    ("About 1,870 residents", "About 1,870"),
    ("312 of them children", "312"),
    ("pre-war population of some 67,000", "some 67,000"),
])

# ---------------------------------------------------------------- s03 long read: counting the dead
d = "s03_long_read_counting_the_dead.txt"
# A British newspaper long read (The Courant). Defence Intelligence speaks for the United Kingdom;
# the American officials for the United States; Zelenskyy and the General Staff for Ukraine;
# HRMMU for the United Nations; the National Intelligence Service for South Korea; Mediazona and
# the BBC Russian Service, the volunteer project Nezlamni, the caretaker and the historian are not
# sides (claimant_side `*`). Russian losses have actor `*`, target Russia, country and region `*`
# (the whole war); "killed and wounded" and "casualties" have action `*`. DI: "more than 1.5
# million casualties", the October daily average 1,080 (a rate given by a side: required), "more
# than four thousand main battle tanks" lost (action `*`). Mediazona/BBC: 198,412 named dead
# (required), the subsets "Of these, 31,960" and "nearly eleven thousand" prisoners (optional),
# the range "between 330,000 and 385,000" (one claim, value and qualifier `*`), Bashkortostan's
# "some six thousand eight hundred" and Buryatia's 3,410 ("has lost": action `*`; home regions:
# country and region `*`). US officials: the range "between a quarter of a million and 300,000",
# "as many as 900,000 wounded" (at_most) and Ukrainian deaths "roughly 110,000". Ukraine: 71,500
# killed (country `*`), the General Staff's tally "exceeded 1,560,000" (at_least), Nezlamni's
# "more than eighty-eight thousand" (88000, at_least). HRMMU: 15,120 civilian deaths and 38,900
# injuries (country Ukraine, region None; actor `*`), "including 760 children" (optional). South
# Korea: "some 4,700" killed or wounded (action `*`, target North Korea, Russia, Kursk) and
# "roughly six hundred of them killed" (required, decided anew). The standfirst restates (optional).
# Debatable: "Forty-three since the spring" (graves), "Between a quarter and a third", "under a
# million" (population), "several tens of thousands" missing, "runs into the thousands", "about
# 15,000 Soviet soldiers", "some 27 million people" (other wars), "one in every two", "perhaps
# two hundred more graves", the correction's "twelve thousand". Non-claims: "Sat 13 Nov 2027
# 06.00 GMT", "sixth year", "February 2022", "September 2023", "was 18", "was 71", "34-year-old",
# "since 2022", "in nine years", "a third army", "a single loss", "13 November 2027", "Second World
# War", and the furniture (£1, "22 min read", 31:40, 1,204 comments twice, the Most viewed list's
# "Ten years", "7 best" and "4-day week", © 2027).
rows(d, [
    ("have passed one and a half million", "one and a half million", 1500000, GE, "count", CAS, N, A, A, R, UK, A, A, True),  # standfirst
    ("almost two hundred thousand of the dead", "almost two hundred thousand", 200000, LE, "count", CAS, N, "killed", A, R, A, A, A, True),  # standfirst
    ("more than 1.5 million casualties", "more than 1.5 million", 1500000, GE, "count", CAS, N, A, A, R, UK, A, A),
    ("daily average for October at 1,080", "1,080", 1080, EX, "count", CAS, N, A, A, R, UK, A, A),
    ("more than four thousand main battle tanks", "more than four thousand", 4000, GE, "count", W, "tank", A, A, R, UK, A, A),
    ("identities of 198,412 Russian servicemen killed", "198,412", 198412, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("Of these, 31,960 were men", "31,960", 31960, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("nearly eleven thousand were prisoners", "nearly eleven thousand", 11000, LE, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("lies between 330,000 and 385,000", "between 330,000 and 385,000", A, A, "count", CAS, N, "killed", A, R, A, A, A),
    ("some six thousand eight hundred", "some six thousand eight hundred", 6800, APX, "count", CAS, N, "killed", A, R, A, A, A),
    ("has lost 3,410 men", "3,410", 3410, EX, "count", CAS, N, A, A, R, A, A, A),
    ("between a quarter of a million and 300,000", "between a quarter of a million and 300,000", A, A, "count", CAS, N, "killed", A, R, US, A, A),
    ("with as many as 900,000 wounded", "as many as 900,000", 900000, LE, "count", CAS, N, "injured", A, R, US, A, A),
    ("Ukrainian military deaths at roughly 110,000", "roughly 110,000", 110000, APX, "count", CAS, N, "killed", A, U, US, A, A),
    ("71,500 Ukrainian soldiers had been killed", "71,500", 71500, EX, "count", CAS, N, "killed", A, U, U, A, A),
    ("exceeded 1,560,000 killed and wounded", "1,560,000", 1560000, GE, "count", CAS, N, A, A, R, U, A, A),
    ("more than eighty-eight thousand Ukrainian soldiers", "more than eighty-eight thousand", 88000, GE, "count", CAS, N, "killed", A, U, A, A, A),
    ("verified 15,120 civilian deaths", "15,120", 15120, EX, "count", CAS, N, "killed", A, U, UN, U, N),
    ("including 760 children", "760", 760, EX, "count", CAS, N, "killed", A, U, UN, U, N, True),  # subset
    ("and 38,900 injuries", "38,900", 38900, EX, "count", CAS, N, "injured", A, U, UN, U, N),
    ("some 4,700 North Korean soldiers", "some 4,700", 4700, APX, "count", CAS, N, A, A, NK, SK, R, Ks),
    ("roughly six hundred of them killed", "roughly six hundred", 600, APX, "count", CAS, N, "killed", A, NK, SK, R, Ks),
])
any_(d, [
    ('"Forty-three since the spring,"', "Forty-three"),
    ("Between a quarter and a third of them", "a quarter"),
    ("with a population of under a million", "under a million"),
    ('"several tens of thousands"', "tens of thousands"),
    ("the toll runs into the thousands", "thousands"),
    ("about 15,000 Soviet soldiers died", "about 15,000"),
    ("lost some 27 million people", "some 27 million"),
    ("named one in every two of its dead", "one in every two"),
    ("room for perhaps two hundred more graves", "two hundred"),
    ("the number of named prisoners as twelve thousand", "twelve thousand"),
])

# ---------------------------------------------------------------- s04 Kursk governor on Telegram
d = "s04_kursk_governor_telegram_drones_evacuation.txt"
# An English-language outlet in exile (The Steppe Observer) translates Governor Khinshtein's
# Telegram posts. Khinshtein, the regional social policy ministry, "regional figures" and the
# Defence Ministry speak for Russia; the Sumy regional military administration for Ukraine; the
# outlet's own voice (`*`). The governor's "enemy" is Ukraine. Country Russia, region Kursk unless
# stated. 37 UAVs shot down (the headline's 37 and "five hurt" restate: optional); "injuring two
# men" by "an enemy FPV drone" (actor Ukraine); 640 taken out (evacuated, actor `*`), "including
# 94 children" (optional); damaged 46 houses, 3 apartment buildings and 2 social facilities
# (infrastructure, action and actor `*`, target Russia); the region's 1.9 billion roubles paid in
# compensation (economic, unit `*`, required as a region's spending); "one civilian was killed and
# five were injured" over the day (no perpetrator: actor `*`). The ministry's 112 drones over nine
# regions (region `*`) and "29 of them over the Kursk region" (breakdown by place). "about 150,000
# people" evacuated since 2024 and "some 2,100" in temporary accommodation (displacement, action
# `*`), 8,700 damaged homes since January. Sumy: 12 guided aerial bombs (launched, Russia on
# Ukraine, region Sumy). Debatable: "around 410,000 subscribers", "Nobody was hurt", "11 border
# villages", "16 times", "14 cars", "15,000 roubles a month per person", "4,380 families"
# (recipients), "Nobody will be left without support", "nine regions", "eight fewer", "19 border
# communities", "97 times". Non-claims: 12 November 2027, 22:40, the post times 07:12, 09:40,
# 11:05, 13:30, 16:20, 18:45, 21:10, "aged 34 and 51", "born in 1958", "Since Monday", "Since
# August", "August 2024", "last month", "since January", "45-year-old", "December 2024", "every
# hour", and the furniture (👁 3.9K, the Read more links' "12 years", "5 charts", "3 Kursk
# districts" and "15,000", "$5", 2022, 2020–2027).
rows(d, [
    ("37 drones downed, five hurt", "37", 37, EX, "count", W, "drone", "shot_down", R, U, R, R, Ks, True),  # headline
    ("five hurt in a day", "five", 5, EX, "count", CAS, N, "injured", A, R, R, R, Ks, True),  # headline
    ("shot down 37 Ukrainian UAVs over the Kursk region", "37", 37, EX, "count", W, "drone", "shot_down", R, U, R, R, Ks),
    ("injuring two men aged 34 and 51", "two", 2, EX, "count", CAS, N, "injured", U, R, R, R, Ks),
    ("640 people have been taken out", "640", 640, EX, "count", DIS, N, "evacuated", A, A, R, R, Ks),
    ("including 94 children", "94", 94, EX, "count", DIS, N, "evacuated", A, A, R, R, Ks, True),  # subset
    ("Damaged: 46 private houses", "46", 46, EX, "count", INF, N, A, A, R, R, R, Ks),
    ("3 apartment buildings", "3", 3, EX, "count", INF, N, A, A, R, R, R, Ks),
    ("2 social facilities", "2", 2, EX, "count", INF, N, A, A, R, R, R, Ks),
    ("paid out 1.9 billion roubles", "1.9 billion", 1900000000, EX, A, ECO, N, A, A, A, R, R, Ks),
    ("one civilian was killed and five were injured", "one", 1, EX, "count", CAS, N, "killed", A, R, R, R, Ks),
    ("and five were injured in the region", "five", 5, EX, "count", CAS, N, "injured", A, R, R, R, Ks),
    ("shot down 112 Ukrainian drones over nine regions", "112", 112, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("29 of them over the Kursk region", "29", 29, EX, "count", W, "drone", "shot_down", R, U, R, R, Ks),
    ("have evacuated about 150,000 people", "about 150,000", 150000, APX, "count", DIS, N, "evacuated", A, A, R, R, Ks),
    ("some 2,100 still live in temporary accommodation", "some 2,100", 2100, APX, "count", DIS, N, A, A, A, R, R, Ks),
    ("registered 8,700 damaged homes", "8,700", 8700, EX, "count", INF, N, A, A, R, R, R, Ks),
    ("dropped 12 guided aerial bombs", "12", 12, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Sm),
])
any_(d, [
    ("has around 410,000 subscribers", "around 410,000"),
    ("Nobody was hurt", "Nobody"),
    ("from 11 border villages", "11"),
    ("on the village of Snagost 16 times", "16"),
    ("2 social facilities, 14 cars", "14"),
    ("receive 15,000 roubles a month per person", "15,000"),
    ("to 4,380 families", "4,380"),
    ("Nobody will be left without support", "Nobody"),
    ("drones over nine regions", "nine"),
    ("eight fewer than the governor's tally", "eight"),
    ("shelled 19 border communities 97 times", "19"),
    ("border communities 97 times", "97"),
])

# ---------------------------------------------------------------- s05 weekly digest
d = "s05_weekly_digest_fronts_and_capitals.txt"
# A newsletter (Eastbound Letters) in bullets, each with its source in brackets at the end: the
# Ukrainian Navy, the Sea Ports Authority, HUR, the General Staff, DeepState, Zelenskyy and the
# Southern Defence Forces speak for Ukraine; the Russian Defence Ministry for Russia; the NIS for
# South Korea; the State Department for the United States; the German Defence Ministry, the Czech
# government, Ukrenergo (a grid operator, like heldout35's DTEK), Energy Aspects, the Council of
# the EU and EU diplomats are not sides (`*`). Two landing craft destroyed off Crimea (ship,
# country `*`, region Crimea); the 14 boats at Novorossiysk (action, actor, target `*`; region `*`);
# Odesa's grain "3.6 million tonnes" (economic, unit `*`). NIS: "a further 6,000" and "about
# 25,000" deployed to Russia (region None). HUR: "more than 120" guns (artillery) and "some 9
# million" shells (weapon_type `*`) shipped (action `*`, actor North Korea, country `*`).
# Deliveries: Germany's two Patriot systems and the total of seven, the Czech 1.3 million shells
# (action and actor `*`); the €1.4 billion package, the "1.8 million by December", the $425 million
# sale and the €6.6 billion tranche are optional (pledged, expected or planned). Energy: 94 drones
# and 12 missiles at the Kharkiv and Sumy regions (region `*`), "some 420,000 consumers" without
# power (category and action `*`), Russia's 63 drones downed over three regions (region `*`). Front:
# DeepState's 96 sq km (seized, region `*`), Zelenskyy's list "about 1,250 attack drones, 1,120
# guided aerial bombs and 38 missiles" (only the first keeps "about"; the others `*`; region None),
# "up to 40,000 troops" massed near Huliaipole (Zaporizhzhia). The frozen €210 billion (economic,
# unit `*`, required). Debatable: "up 12%", "in 11 regions", "about 8 million tonnes of crude a
# year" (capacity), "around 17%". Non-claims: "Issue #214", "7 min read", 14 November 2027, "since
# August", "since 2023" (twice), "2028", "by December", "this week", "up to eight hours a day",
# "three weeks", "another 12 months", "30-day", "2,089 — days since" (a duration), Koksan M1989,
# CDU-6, "155mm", "Group of Seven", and the furniture (48,200 readers, $8, $80, "1 Fleet Lane").
rows(d, [
    ("Two Russian landing craft were destroyed", "Two", 2, EX, "count", W, "ship", "destroyed", U, R, U, A, "Crimea"),
    ("an attack by 14 uncrewed boats on Novorossiysk", "14", 14, EX, "count", W, "drone", A, A, A, R, R, A),
    ("reached 3.6 million tonnes in October", "3.6 million", 3600000, EX, A, ECO, N, A, A, A, U, U, Od),
    ("sent a further 6,000 troops to Russia", "6,000", 6000, EX, "count", PER, N, "deployed", NK, A, SK, R, N),
    ("total deployment to about 25,000", "about 25,000", 25000, APX, "count", PER, N, "deployed", NK, A, SK, R, N),
    ("shipped more than 120 Koksan", "more than 120", 120, GE, "count", W, "artillery", A, NK, A, U, A, A),
    ("some 9 million artillery shells", "some 9 million", 9000000, APX, "count", W, A, A, NK, A, U, A, A),
    ("delivered two more Patriot systems", "two", 2, EX, "count", W, "air_defense", A, A, A, A, U, N),
    ("since 2023 to seven", "seven", 7, EX, "count", W, "air_defense", A, A, A, A, U, N),
    ("announced a €1.4 billion package", "€1.4 billion", 1400000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # pledge
    ("delivered 1.3 million large-calibre shells", "1.3 million", 1300000, EX, "count", W, A, A, A, A, A, U, N),
    ("expects to reach 1.8 million by December", "1.8 million", 1800000, EX, "count", W, A, A, A, A, A, U, N, True),  # expected
    ("approved a $425 million sale", "$425 million", 425000000, EX, "usd", ECO, N, A, A, A, US, A, A, True),  # planned
    ("Russia launched 94 drones and 12 missiles", "94", 94, EX, "count", W, "drone", "launched", R, U, A, U, A),
    ("94 drones and 12 missiles at energy facilities", "12", 12, EX, "count", W, "missile", "launched", R, U, A, U, A),
    ("leaving some 420,000 consumers without power", "some 420,000", 420000, APX, "count", A, N, A, A, U, A, U, A),
    ("Russia said it downed 63 drones", "63", 63, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("net gains of 96 sq km over the week", "96", 96, EX, "km2", TER, N, "seized", R, U, U, U, A),
    ("launched about 1,250 attack drones", "about 1,250", 1250, APX, "count", W, "drone", "launched", R, U, U, U, N),
    ("1,120 guided aerial bombs and 38 missiles", "1,120", 1120, A, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("guided aerial bombs and 38 missiles against Ukraine", "38", 38, A, "count", W, "missile", "launched", R, U, U, U, N),
    ("massed up to 40,000 troops near Huliaipole", "up to 40,000", 40000, LE, "count", PER, N, "massed", R, A, U, U, Zp),
    ("the freeze on €210 billion", "€210 billion", 210000000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("blocked a €6.6 billion European Peace Facility tranche", "€6.6 billion", 6600000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # planned
])
any_(d, [
    ("up 12% on September", "12%"),
    ("in force in 11 regions", "11"),
    ("processes about 8 million tonnes of crude a year", "about 8 million"),
    ("knocked out around 17% of Russia's", "around 17%"),
])

# ---------------------------------------------------------------- s06 interview, brigade commander
d = "s06_interview_brigade_commander_zaporizhzhia.txt"
# A Q&A with the commander of the (invented) 149th Separate Assault Brigade near Stepnohirsk,
# Zaporizhzhia region, in an English-language Ukrainian outlet (Kyiv Frontline Review). "We" and
# "our" are Ukraine, "they" and "their" Russia; the commander speaks for Ukraine; country Ukraine,
# region Zaporizhzhia. Their losses: "around 900 killed and wounded" (action `*`, actor `*`) and
# "Of those, about 350 were killed" (a different action on part of the total: required); nine tanks
# and 38 armoured vehicles, 27 artillery pieces and five Grad launchers (mlrs) destroyed; 140
# reconnaissance drones shot down; "up to 15,000 men" concentrated (massed); "around 600 ... drones a
# day" flown by the brigade (launched, a rate: required); their "70 to 80 FPVs a day" and "30 to 40
# guided bombs a day" (ranges, value and qualifier `*`); "about two kilometres" pushed (territory,
# km, action `*`, actor Russia); "we lost one village" (territory, action `*`, actor Russia);
# "fewer than 20 killed" in the brigade (at_most, actor `*`); 57 people evacuated by the police
# (actor `*`). Debatable: "in groups of three" (headline) and "a group of three" (group sizes),
# "about 17 kilometres of front", "some 700,000 people", "212 times", "except two attacks", "about
# 600 metres", "about one to ten", "160 new soldiers", "at least 400 more", "About 30 still
# refuse". Non-claims: 16 November 2027, "11 min read", "less than an hour's drive", "is 41",
# "since March", "late October", "between two reports", "a year ago", "45, 50", "Within four
# minutes", 149th, 58th Army, MT-LBs, BMP-2s, KAB-500, and the furniture (the Read also links'
# "1,000 FPVs a month", "24 hours" and "5 brigades", 1,500 readers, 100 hryvnias, © 2027).
rows(d, [
    ("around 900 killed and wounded in our sector", "around 900", 900, APX, "count", CAS, N, A, A, R, U, U, Zp),
    ("Of those, about 350 were killed", "about 350", 350, APX, "count", CAS, N, "killed", A, R, U, U, Zp),
    ("destroyed nine tanks and 38 armoured vehicles", "nine", 9, EX, "count", W, "tank", "destroyed", U, R, U, U, Zp),
    ("nine tanks and 38 armoured vehicles", "38", 38, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Zp),
    ("concentrated up to 15,000 men", "up to 15,000", 15000, LE, "count", PER, N, "massed", R, A, U, U, Zp),
    ("flies around 600 FPV and bomber drones a day", "around 600", 600, APX, "count", W, "drone", "launched", U, R, U, U, Zp),
    ("destroyed 27 artillery pieces", "27", 27, EX, "count", W, "artillery", "destroyed", U, R, U, U, Zp),
    ("and five Grad launchers", "five", 5, EX, "count", W, "mlrs", "destroyed", U, R, U, U, Zp),
    ("shot down 140 of their reconnaissance drones", "140", 140, EX, "count", W, "drone", "shot_down", U, R, U, U, Zp),
    ("They use 70 to 80 FPVs a day", "70 to 80", A, A, "count", W, "drone", "launched", R, U, U, U, Zp),
    ("they drop 30 to 40 guided bombs a day", "30 to 40", A, A, "count", W, "guided_bomb", "launched", R, U, U, U, Zp),
    ("pushed about two kilometres near Stepnohirsk", "about two", 2, APX, "km", TER, N, A, R, U, U, U, Zp),
    ("we lost one village, Plavni", "one", 1, EX, "count", TER, N, A, R, U, U, U, Zp),
    ("we had fewer than 20 killed", "fewer than 20", 20, LE, "count", CAS, N, "killed", A, U, U, U, Zp),
    ("evacuated 57 people from Stepnohirsk", "57", 57, EX, "count", DIS, N, "evacuated", A, A, U, U, Zp),
])
any_(d, [
    ("in groups of three", "three"),
    ("about 17 kilometres of front", "about 17"),
    ("a city of some 700,000 people", "some 700,000"),
    ("attacked our positions 212 times", "212"),
    ("except two attacks", "two"),
    ("about 600 metres of tree line", "about 600"),
    ("The ratio is about one to ten", "one to ten"),
    ("We received 160 new soldiers", "160"),
    ("I need at least 400 more", "at least 400"),
    ("About 30 still refuse to leave", "About 30"),
    ("a group of three Russian infantrymen", "three"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s36")
