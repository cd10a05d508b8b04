"""Builds gold.jsonl for heldout42 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout42.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout27, heldout33 and heldout35: headlines, subheads, summary
boxes and later restatements are optional; subsets introduced by "of whom", "among them",
"including", "of them" are optional, except a model or type within a weapon total (the seeds'
"including two Su-34"); a breakdown of a total by place ("31 over the territory of the Bryansk
region") is required, and so is a different action on part of a total ("of which 1,986 were shot
down", "27 of them destroyed"); in a list with a qualifier only the qualified items keep it (the
others `*`), a list with no qualifier is exact; casualty sentences that name no perpetrator have
actor `*`; a range is one claim quoting the whole range (value and qualifier `*`); households or
"subscribers" left without power have category and action `*`; losses reported as "lost" have
action `*`; drones destroyed in flight ("destroyed and suppressed") are shot_down; settlements
"liberated" are territory with action `*`; people "evacuated" are displacement, evacuated, with
actor and target `*`; people "displaced" and deported children are displacement with action `*`;
damaged buildings, flats, silos and port facilities are infrastructure with action `*`;
deliveries of weapons have action `*`, actor United States or United Kingdom for those two and
`*` for other donors; pledges, promises and planned spending are optional; an earlier state ("up
from 3.6 million tonnes in September", the previous month's column) is optional; a monitor's or
fact-checker's sum of a side's claims keeps that side's actor and target with claimant_side `*`.
Bodies that are not sides (France, UNESCO is the UN, but DTEK, trade associations, the Kiel
Institute, independent outlets, OSINT monitors, Telegram channels, traders, residents) have
claimant_side `*`; a sentence naming a UN body has claimant_side United Nations. Counts of
places, incident counts ("26 times", "29 attacks", "46 Russian assaults"), unit and group sizes,
shares and rates ("61 per cent", "about 90%", "roughly a third", "twice"), distances, prices and
payments, population stocks, recipients of aid, follower and view counts, hypotheticals and
forecasts are debatable (`any_`). Dates, times, durations ("about three hours", "in seven days",
"the first ten days"), ages ("She is 84", "a 58-year-old man"), ordinals ("the fourth", "9,874th",
"1,659th", "the third civilian"), numbers inside names (Su-25, Su-34, Kh-22, Tu-22M3,
Shahed-136, Tor-M2, Pantsir-S1, T-72B3M, 2S19, BM-21, TOS-1A, Orlan-10, Zala 421-16E, Mirage
2000-5, Leopard 2A6, Leopard 1A5, M1 Abrams, Challenger 2, 33rd Brigade, "15-member"), phone
numbers, counts of sources ("at least one photo or video") and page furniture are not labelled.

Decided anew for this set:
- s01 (magazine feature): the unit's figures are Ukraine's where the sentence attributes them
  ("according to the unit's log", "the officers believe"), `*` where the magazine tells them in
  its own voice (the October 402, the blackboard, the day's 17). A week's or a day's evacuees are
  new figures (required), the children and bedridden among them optional. Of the 19 people on
  the refusers' list who died, the 11 "in shelling and drone strikes" are conflict deaths
  (required, killed, actor `*`); the 19 (which includes illness) is debatable. A resident's
  "Three flats burned" is infrastructure (required, claimant_side `*`).
- s02 (wire): the lead's toll ("killing two port workers, injuring at least 14", "Ukrainian
  officials said") is the claim; the governor's repetition is a restatement (optional), its
  "two residents were hurt" in Odesa city a breakdown by place (required). Nationwide Air Force
  figures that went "most of them at the Odesa region" have region `*`. Uncrewed surface vessels
  have weapon_type `*`. Burned cargo ("about 6,000 tonnes of sunflower meal") and port throughput
  are economic (unit `*`); a market move caused by the strike ("rose 2.4%") is economic percent,
  required, as the seeds' "ruble losing 6%"; an insurance rate ("about 1% of hull value") is a
  rate (debatable). The broken decimal "14. 8 million" is 14,800,000.
- s03 (UN Security Council): each ambassador speaks for his or her side (Ukraine, Russia, United
  States, United Kingdom); the French ambassador citing UNESCO is United Nations, his own pledge
  `*`. UK Defence Intelligence's daily average ("an average of 1,220 a day") is a rate given by a
  side, required like heldout27's "about 1,100 ... a day". North Korean troops "sent ... to
  Russia" have action `*`, country Russia, region None. Deported children: country and region
  `*`.
- s04 (OSINT blog with a markdown table): each October cell is a claim (required; action `*`,
  actor `*`, target Russia, claimant_side `*`, country Ukraine, region None); the September
  column is an earlier state (optional); the Δ column and the zero helicopters are debatable; the
  table's Total row restates the prose's 848 (optional). The Su-25s destroyed at Saky have
  country `*` and region Crimea. The General Staff's tanks and the Russian ministry's armoured
  vehicles are required with those sides' actors and claimants.
- s05 (Telegram posts, translated): every post is the governor's (claimant_side Russia, country
  Russia, region Bryansk) except the ministry's repost (region `*` for the total, the named region
  for each breakdown item). Rockets and munitions have weapon_type `*`; the rocket that "hit a
  power line" has action `*` (as heldout35's missiles that "got through"). The translator's
  "(31)" and "(34)" restate (optional). "A dozen houses" is value 12 with qualifier `*`. Oil
  depot "fuel storage tanks" are infrastructure, not tanks (weapon).
- s06 (fact-check): the viral channel's claim is quoted in a CLAIM box (optional, as a headline)
  and in the body (required: the 143 and its three models, destroyed, actor Russia, target
  Ukraine, claimant_side `*`). The "In short" box is a summary (optional). VeriLine's sum of the
  ministry's daily briefings (38) keeps actor Russia, claimant_side `*`; the quoted "two Leopard
  tanks" is the ministry's (Russia)."""

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

Od, D, Zp, Br = "Odesa", "Donetsk", "Zaporizhzhia", "Bryansk"

# fmt: off
# ---------------------------------------------------------------- s01 evacuation police feature
d = "s01_storks_evacuation_police_donetsk.txt"
# A magazine long read (The Meridian Review) following the Storks, a police evacuation unit in
# Druzhkivka and Kostiantynivka: country Ukraine, region Donetsk throughout. Claimants: the unit's
# log, the officers, the city military administration, the regional prosecutor's office, the
# regional military administration and the Raiske checkpoint commander speak for Ukraine; the
# magazine's own voice, the blackboard, Danylenko's day's figures and the resident Bondar have
# claimant_side `*`. "The Russians" and "the enemy" are Russia. Evacuations: 1,642 since 1 July
# (Ukraine), "Of them, 311" children and 97 bedridden (subsets, optional), 402 in October, the
# week's "People evacuated: 118" (its 14 children and 9 bedridden optional), the day's 17 (its "four
# of them children" optional), the region's 8,930 in October (its 1,204 children optional); the
# dek's "more than 1,600" and the later "Of the 311 children" restate (optional). Weapons: three FPV
# drones sent after the van (launched, Russia), 11 guided aerial bombs dropped on Kostiantynivka.
# Casualties: two Storks wounded by drones (actor `*`), nine civilians killed and 27 wounded by
# "Russian attacks", 11 refusers killed "in shelling and drone strikes" (actor `*`), two volunteers
# wounded at Raiske (actor and claimant_side `*`: the sentence after the commander's has no
# attribution). "Three flats burned" (infrastructure, action and actor `*`). Debatable: "one of
# four" groups, "eleven officers", "two armoured Kozak vans", "almost twice", "14 kilometres",
# "Nobody inside was hurt", "six people on board, two of them children", "hundreds of people",
# 67,000 and "about 4,800" inhabitants, "about six kilometres", "more than 90 times", "until I got
# to 30", 2,140 calls, "roughly a third", 41 settlements, "about 214,000" residents, "at least 40
# have returned", the hryvnias (9,000, 3,000, 2,000), "Runs made: 63", "Pets: 41", 212 names, "19 of
# them had died", "26 times", "two cats". Non-claims: "€1", "3 months", 14 November 2027, "24 min
# read", 3,118 shares, the ages (84, 29, 41, 63, 36, 7 and 11, 77), "40 kilograms", 1 July, 2
# November, 19 August, 3 November, "The first ... the second ... the third", "the first ten days",
# "within a month", "two-storey", "three hens", "five litres", 1952, 2014, 2022, "1,659th", "one
# more day", and the furniture (€5, 61,000 readers, "9 min read", "17 min read", 2027).
rows(d, [
    ("brought more than 1,600 people out of the towns", "more than 1,600", 1600, GE, "count", DIS, N, "evacuated", A, A, A, U, D, True),  # dek
    ("they have evacuated 1,642 people from Druzhkivka", "1,642", 1642, EX, "count", DIS, N, "evacuated", A, A, U, U, D),
    ("Of them, 311 were children", "311", 311, EX, "count", DIS, N, "evacuated", A, A, U, U, D, True),  # subset
    ("97 were bedridden", "97", 97, EX, "count", DIS, N, "evacuated", A, A, U, U, D, True),  # subset
    ("they brought out 402 people", "402", 402, EX, "count", DIS, N, "evacuated", A, A, A, U, D),
    ("the Russians sent three FPV drones after the van", "three", 3, EX, "count", W, "drone", "launched", R, U, A, U, D),
    ("Two of the Storks have been wounded by drones", "Two", 2, EX, "count", CAS, N, "injured", A, U, A, U, D),
    ("the Russians dropped 11 guided aerial bombs", "11", 11, EX, "count", W, "guided_bomb", "launched", R, U, U, U, D),
    ("killed nine civilians and wounded 27", "nine", 9, EX, "count", CAS, N, "killed", R, U, U, U, D),
    ("nine civilians and wounded 27", "27", 27, EX, "count", CAS, N, "injured", R, U, U, U, D),
    ("Three flats burned", "Three", 3, EX, "count", INF, N, A, A, U, A, U, D),
    ("police and volunteers evacuated 8,930 people", "8,930", 8930, EX, "count", DIS, N, "evacuated", A, A, U, U, D),
    ("including 1,204 children", "1,204", 1204, EX, "count", DIS, N, "evacuated", A, A, U, U, D, True),  # subset
    ("Of the 311 children the Storks have taken out", "311", 311, EX, "count", DIS, N, "evacuated", A, A, U, U, D, True),  # restates
    ("People evacuated: 118", "118", 118, EX, "count", DIS, N, "evacuated", A, A, A, U, D),
    ("Of them children: 14", "14", 14, EX, "count", DIS, N, "evacuated", A, A, A, U, D, True),  # subset
    ("Bedridden: 9", "9", 9, EX, "count", DIS, N, "evacuated", A, A, A, U, D, True),  # subset
    ("11 in shelling and drone strikes", "11", 11, EX, "count", CAS, N, "killed", A, U, U, U, D),
    ("Two volunteers were wounded", "Two", 2, EX, "count", CAS, N, "injured", A, U, A, U, D),
    ("17 people out of Kostiantynivka", "17", 17, EX, "count", DIS, N, "evacuated", A, A, A, U, D),
    ("four of them children, and two cats", "four", 4, EX, "count", DIS, N, "evacuated", A, A, A, U, D, True),  # subset
])
any_(d, [
    ("are one of four police evacuation groups", "four"),
    ("There are eleven officers", "eleven"),
    ("two armoured Kozak vans", "two"),
    ("almost twice as many as in September", "almost twice"),
    ("is 14 kilometres long", "14"),
    ("Nobody inside was hurt", "Nobody"),
    ("we had six people on board", "six"),
    ("six people on board, two of them children", "two"),
    ("had carried hundreds of people to safety", "hundreds"),
    ("Kostiantynivka had 67,000 inhabitants", "67,000"),
    ("now counts about 4,800", "about 4,800"),
    ("The front line is about six kilometres", "about six"),
    ("hit the town more than 90 times", "more than 90"),
    ("until I got to 30", "30"),
    ("it received 2,140 calls", "2,140"),
    ("roughly a third of them from Kostiantynivka", "roughly a third"),
    ("with children from 41 settlements", "41"),
    ("about 214,000 people still live", "about 214,000"),
    ("at least 40 have returned", "at least 40"),
    ("the room cost 9,000 hryvnias", "9,000"),
    ("is 3,000 per child", "3,000"),
    ("and 2,000 for me", "2,000"),
    ("Runs made: 63", "63"),
    ("Pets: 41", "41"),
    ("it holds 212 names", "212"),
    ("By November, 19 of them had died", "19"),
    ("attacked vehicles on the road 26 times", "26"),
    ("children, and two cats", "two"),
])

# ---------------------------------------------------------------- s02 Odesa port strike, wire
d = "s02_odesa_port_strike_grain_wire.txt"
# A wire story (Intermarine Press) on an overnight strike on the Odesa region's ports: country
# Ukraine. "Ukrainian officials", the Air Force, Kiper, the Sea Ports Authority (Kyrychenko), the
# navy, the agriculture ministry and the infrastructure ministry speak for Ukraine; DTEK, the
# Ukrainian Grain Association and the traders have claimant_side `*`; Russia's Defence Ministry for
# Russia. Lead: two port workers killed and "at least 14" injured by Russia (Odesa, Pivdennyi); the
# headline's "kills two" and Kiper's "Two employees ... 14 people" restate (optional), his "three of
# them seriously" a subset (optional), "two residents were hurt" in Odesa's Kyivskyi district a
# breakdown by place (required, actor `*`: debris of a drone, no side named). The Air Force's 54
# drones and eight missiles launched "most of them at the Odesa region" (region `*`), the models
# within the missile total ("six were Kalibr", "two were Kh-22") required, 41 drones and "five of
# the Kalibr" shot down. Damage in Pivdennyi: two grain silos (infrastructure), "about 6,000 tonnes"
# of sunflower meal (economic, unit `*`); "About 30,000 households" without power (category and
# action `*`). The ministry: "up to 25" uncrewed surface vessels destroyed (weapon_type `*`), 17
# drones shot down over the Black Sea and Crimea (country and region `*`). Trade: 4.1 million tonnes
# in October (region `*`: Ukraine's seaports), 3.6 million in September (earlier state, optional),
# "14. 8 million tonnes" since July (region None), wheat futures "rose 2.4%" (economic percent,
# country and region `*`). "more than 420 port facilities" damaged or destroyed by Russia's strikes
# since 2023 (infrastructure, region `*`). Debatable: the navy's "no naval drones", "none of its 21
# crew", "about 1% of hull value", "twice the rate", "dozens of civilian vessels", "about 40 million
# tonnes" (a forecast), "about 90%", 38 and 45 bulk carriers. Non-claims: "November 9, 2027", "7:48
# AM", "GMT+2", "2 hours ago", "1.2K", "Nov 9", Kh-22, Tu-22M3, Shahed-136, "about three hours",
# "the fourth", "2027/28", "July 1", "July 2023", and the furniture (the Read also links' 2.9
# million tonnes, 240,000 tonnes and 3%, 06:00).
rows(d, [
    ("grain terminal ablaze, kills two", "two", 2, EX, "count", CAS, N, "killed", R, U, A, U, Od, True),  # headline
    ("killing two port workers", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, Od),
    ("injuring at least 14 people", "at least 14", 14, GE, "count", CAS, N, "injured", R, U, U, U, Od),
    ("Russia had launched 54 drones and eight missiles", "54", 54, EX, "count", W, "drone", "launched", R, U, U, U, A),
    ("54 drones and eight missiles, most of them", "eight", 8, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("six were Kalibr cruise missiles", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("two were Kh-22 missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("Air defences shot down 41 drones", "41", 41, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("five of the Kalibr missiles", "five", 5, EX, "count", W, "missile", "shot_down", U, R, U, U, A),
    ("Two employees of a stevedoring company were killed", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Od, True),  # restates
    ("and 14 people were injured", "14", 14, EX, "count", CAS, N, "injured", A, U, U, U, Od, True),  # restates
    ("three of them seriously", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Od, True),  # subset
    ("where two residents were hurt", "two", 2, EX, "count", CAS, N, "injured", A, U, U, U, Od),
    ("damaged two grain silos and a berth", "two", 2, EX, "count", INF, N, A, A, U, U, U, Od),
    ("destroyed about 6,000 tonnes of sunflower meal", "about 6,000", 6000, APX, A, ECO, N, A, A, A, U, U, Od),
    ("About 30,000 households in Odesa", "About 30,000", 30000, APX, "count", A, N, A, A, U, A, U, Od),
    ("destroying up to 25 of the vessels", "up to 25", 25, LE, "count", W, A, "destroyed", R, U, R, U, Od),
    ("shot down 17 Ukrainian drones over the Black Sea", "17", 17, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("handled 4.1 million tonnes of agricultural cargo", "4.1 million", 4100000, EX, A, ECO, N, A, A, A, A, U, A),
    ("up from 3.6 million tonnes in September", "3.6 million", 3600000, EX, A, ECO, N, A, A, A, A, U, A, True),  # earlier state
    ("has exported 14. 8 million tonnes of grain", "14. 8 million", 14800000, EX, A, ECO, N, A, A, A, U, U, N),
    ("futures on Euronext rose 2.4%", "2.4%", 2.4, EX, "percent", ECO, N, A, A, A, A, A, A),
    ("destroyed more than 420 port facilities", "more than 420", 420, GE, "count", INF, N, A, R, U, U, U, A),
])
any_(d, [
    ("There are no naval drones in Pivdennyi", "no"),
    ("none of its 21 crew members", "none"),
    ("its 21 crew members was hurt", "21"),
    ("at about 1% of hull value", "about 1%"),
    ("twice the rate in September", "twice"),
    ("and dozens of civilian vessels", "dozens"),
    ("export about 40 million tonnes of grain", "about 40 million"),
    ("handle about 90% of Ukraine's", "about 90%"),
    ("show 38 bulk carriers were loading", "38"),
    ("against 45 a week earlier", "45"),
])

# ---------------------------------------------------------------- s03 UN Security Council
d = "s03_un_security_council_rival_tolls.txt"
# A UN-beat outlet (Turtle Bay Bulletin) on a Security Council meeting. Baptista (the UN
# Secretariat) and the UN Human Rights Monitoring Mission speak for the United Nations (country
# Ukraine, region None; the power cuts in three regions debatable as "hundreds of thousands");
# Levchenko for Ukraine; Kolchin for Russia; Garrow for the United States; Cole (citing UK Defence
# Intelligence) for the United Kingdom; Vasseur citing UNESCO for the United Nations, his own pledge
# `*`. UN: "at least 187" killed and 1,034 injured in October (a list with a qualifier: 1,034 has
# qualifier `*`; actor `*`), 15,380 deaths since 2022 (its 742 children optional), "Some 3.6
# million" internally displaced (action `*`). Levchenko: 5,870 drones, 214 missiles (qualifier `*`,
# listed before "more than") and "more than 6,300" guided bombs launched by Russia (region None);
# 19,546 children deported (displacement, action `*`, actor Russia, country and region `*`).
# Kolchin: "more than 2,100" Ukrainian drones launched at Russian regions "of which 1,986" shot down
# (country Russia, region `*`), 41 civilians killed by Ukrainian strikes in three regions (region
# `*`; "four of them children" optional), 34 settlements (qualifier `*`) and "more than 1,900 square
# kilometres" liberated (territory, action `*`, country Ukraine, region `*`). Garrow: "more than 1.1
# million" Russian casualties (action and actor `*`, country and region `*`; "some 260,000 killed"
# after "including" optional), "some 14,000" North Korean troops sent to Russia. Cole: "about
# 37,800" Russian casualties in October and "an average of 1,220 a day" (required). Vasseur: 516
# cultural sites damaged (infrastructure, UNESCO). The headline's 214 missiles restates (optional);
# the UK's £1.5 billion and France's six Mirage jets are pledges (optional). Debatable: "dozens of
# civilians", "hundreds of thousands of consumers", "61 per cent", "only 1,712 have been brought
# home", "more than 400 individuals and entities". Non-claims: "since 2019", 12 and 13 November
# 2027, 09:15, "6 min read", 14 comments, "9,874th", "nearly three hours", "15-member", "June 2025",
# "February 2022", "since 2022", 2028, Mirage 2000-5, and the furniture (2023, "episode 112", $10,
# 23,000 subscribers).
rows(d, [
    ("Ukraine says 214 missiles hit its cities", "214", 214, EX, "count", W, "missile", A, R, U, U, U, N, True),  # headline
    ("verified at least 187 civilians killed", "at least 187", 187, GE, "count", CAS, N, "killed", A, U, UN, U, N),
    ("and 1,034 injured in October", "1,034", 1034, A, "count", CAS, N, "injured", A, U, UN, U, N),
    ("verified 15,380 civilian deaths in Ukraine", "15,380", 15380, EX, "count", CAS, N, "killed", A, U, UN, U, N),
    ("including 742 children", "742", 742, EX, "count", CAS, N, "killed", A, U, UN, U, N, True),  # subset
    ("Some 3.6 million people remain internally displaced", "Some 3.6 million", 3600000, APX, "count", DIS, N, A, A, A, UN, U, N),
    ("Russia launched 5,870 attack drones", "5,870", 5870, A, "count", W, "drone", "launched", R, U, U, U, N),
    ("attack drones, 214 missiles and more than", "214", 214, A, "count", W, "missile", "launched", R, U, U, U, N),
    ("more than 6,300 guided aerial bombs", "more than 6,300", 6300, GE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("forcibly transferred 19,546 Ukrainian children", "19,546", 19546, EX, "count", DIS, N, A, R, U, U, A, A),
    ("had launched more than 2,100 drones against Russian regions", "more than 2,100", 2100, GE, "count", W, "drone", "launched", U, R, R, R, A),
    ("of which 1,986 were shot down", "1,986", 1986, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("had killed 41 civilians", "41", 41, EX, "count", CAS, N, "killed", U, R, R, R, A),
    ("41 civilians, four of them children", "four", 4, EX, "count", CAS, N, "killed", U, R, R, R, A, True),  # subset
    ("had liberated 34 settlements", "34", 34, A, "count", TER, N, A, R, U, R, U, A),
    ("more than 1,900 square kilometres", "more than 1,900", 1900, GE, "km2", TER, N, A, R, U, R, U, A),
    ("suffered more than 1.1 million casualties", "more than 1.1 million", 1100000, GE, "count", CAS, N, A, A, R, US, A, A),
    ("including some 260,000 killed", "some 260,000", 260000, APX, "count", CAS, N, "killed", A, R, US, A, A, True),  # subset
    ("North Korea has sent some 14,000 troops to Russia", "some 14,000", 14000, APX, "count", PER, N, A, NK, A, US, R, N),
    ("suffered about 37,800 casualties in October", "about 37,800", 37800, APX, "count", CAS, N, A, A, R, UK, A, A),
    ("an average of 1,220 a day", "1,220", 1220, EX, "count", CAS, N, A, A, R, UK, A, A),
    ("would provide £1.5 billion in additional air defence support", "£1.5 billion", 1500000000, EX, A, ECO, N, A, A, A, UK, A, A, True),  # pledge
    ("516 cultural sites in Ukraine had been damaged", "516", 516, EX, "count", INF, N, A, A, U, UN, U, N),
    ("deliver six more Mirage 2000-5 fighter jets", "six", 6, EX, "count", W, "aircraft", A, A, A, A, U, N, True),  # pledge
])
any_(d, [
    ("accusing Ukraine of killing dozens of civilians", "dozens"),
    ('left "hundreds of thousands of consumers"', "hundreds of thousands"),
    ("had damaged 61 per cent of Ukraine's", "61 per cent"),
    ("of whom only 1,712 have been brought home", "1,712"),
    ("sanctioned more than 400 individuals and entities", "more than 400"),
])

# ---------------------------------------------------------------- s04 OSINT blog, visual losses
d = "s04_osint_visual_losses_october.txt"
# An OSINT blog (Lossbook) counting visually confirmed equipment losses; the blogger's own voice has
# claimant_side `*`. Losses are "lost" (action `*`, actor `*`), Russian ones target Russia,
# Ukrainian ones target Ukraine; country Ukraine ("losses in Ukraine"), region None (the whole
# front). Prose: 848 in October (required), 968 in September (earlier state, optional). The markdown
# table: the October column is required (tanks, armoured vehicles, artillery, MLRS, air defence,
# aircraft, trucks as vehicle, naval as ship), the helicopters' 0 debatable, the Total row's 848
# restates (optional), the September column optional, the Δ column debatable. Notes: "from 142 to
# 118" and "Of the 118" restate (optional), "91 were destroyed" (a different action on part of the
# total: required, actor `*`), the MT-LB's "88 of the 251" (a type within a weapon total: required;
# the 251 restates), "Two Su-25s" destroyed at Saky in Crimea by Ukrainian drones (actor Ukraine,
# country `*`, region Crimea), "one Su-34" shot down over the Zaporizhzhia region (actor `*`), 63
# reconnaissance drones (action `*`). Ukrainian losses: 317 and 29 tanks. The General Staff's 289
# Russian tanks destroyed (Ukraine); the Russian ministry's 1,960 "tanks and other armoured combat
# vehicles" (weapon_type and action `*`: "claimed"; Russia). The running total 24,611 since 2022
# (country and region `*`). Debatable: the headline's "down 12%", "206 October entries", "about 27 a
# day", "a handful of old T-62M", "No helicopters this month", "roughly 2.7 to 1", "a few Leopard
# 2A4s", "roughly 2.4 times", "roughly 5,100 videos", "two drones" (an example). Non-claims: 4
# November 2027, "17 comments" (twice), "the odd TOS-1A", "at least one photo or video", "a second
# reviewer", "the third month", "the first time this year", "our first zero", 17 October, 24
# February 2022, T-72B3M, T-90M, T-62M, BMP-2, BMP-3, BTR-82A, 2S19, 2S3, BM-21, TOS-1A, Pantsir-S1,
# Tor-M2, Su-25, Su-34, Orlan-10, Zala 421-16E, Supercam S350, Leopard 2A4, and the furniture (the
# Previous link's 968 losses, 1,214 patrons, kestrel_77, "4 Nov 2027", "CC BY 4.0", 2022–2027).
rows(d, [
    ("October 2027: 848 confirmed Russian losses", "848", 848, EX, "count", W, A, A, A, R, A, U, N, True),  # headline
    ("visually confirmed 848 Russian equipment losses", "848", 848, EX, "count", W, A, A, A, R, A, U, N),
    ("against 968 in September", "968", 968, EX, "count", W, A, A, A, R, A, U, N, True),  # earlier state
    # the table: October (required), September (earlier state)
    ("| Tanks | 142 | 118 |", "118", 118, EX, "count", W, "tank", A, A, R, A, U, N),
    ("| Tanks | 142", "142", 142, EX, "count", W, "tank", A, A, R, A, U, N, True),
    ("| Armoured fighting vehicles | 297 | 251 |", "251", 251, EX, "count", W, "armored_vehicle", A, A, R, A, U, N),
    ("| Armoured fighting vehicles | 297", "297", 297, EX, "count", W, "armored_vehicle", A, A, R, A, U, N, True),
    ("self-propelled) | 97 | 100 |", "100", 100, EX, "count", W, "artillery", A, A, R, A, U, N),
    ("self-propelled) | 97", "97", 97, EX, "count", W, "artillery", A, A, R, A, U, N, True),
    ("| Multiple rocket launchers | 19 | 23 |", "23", 23, EX, "count", W, "mlrs", A, A, R, A, U, N),
    ("| Multiple rocket launchers | 19", "19", 19, EX, "count", W, "mlrs", A, A, R, A, U, N, True),
    ("| Air defence systems | 11 | 14 |", "14", 14, EX, "count", W, "air_defense", A, A, R, A, U, N),
    ("| Air defence systems | 11", "11", 11, EX, "count", W, "air_defense", A, A, R, A, U, N, True),
    ("| Aircraft | 2 | 3 |", "3", 3, EX, "count", W, "aircraft", A, A, R, A, U, N),
    ("| Aircraft | 2", "2", 2, EX, "count", W, "aircraft", A, A, R, A, U, N, True),
    ("| Helicopters | 1", "1", 1, EX, "count", W, "helicopter", A, A, R, A, U, N, True),
    ("| Trucks, cars and other vehicles | 398 | 337 |", "337", 337, EX, "count", W, "vehicle", A, A, R, A, U, N),
    ("| Trucks, cars and other vehicles | 398", "398", 398, EX, "count", W, "vehicle", A, A, R, A, U, N, True),
    ("| Naval vessels and boats | 1 | 2 |", "2", 2, EX, "count", W, "ship", A, A, R, A, U, N),
    ("| Naval vessels and boats | 1", "1", 1, EX, "count", W, "ship", A, A, R, A, U, N, True),
    ("| **Total** | **968**", "968", 968, EX, "count", W, A, A, A, R, A, U, N, True),  # earlier state
    ("**968** | **848**", "848", 848, EX, "count", W, A, A, A, R, A, U, N, True),  # restates
    # notes
    ("from 142 to 118", "142", 142, EX, "count", W, "tank", A, A, R, A, U, N, True),  # restates
    ("142 to 118. Of", "118", 118, EX, "count", W, "tank", A, A, R, A, U, N, True),  # restates
    ("Of the 118, 91", "118", 118, EX, "count", W, "tank", A, A, R, A, U, N, True),  # restates
    ("118, 91 were destroyed", "91", 91, EX, "count", W, "tank", "destroyed", A, R, A, U, N),
    ("at 88 of the 251", "88", 88, EX, "count", W, "armored_vehicle", A, A, R, A, U, N),
    ("88 of the 251. We count", "251", 251, EX, "count", W, "armored_vehicle", A, A, R, A, U, N, True),  # restates
    ("Two Su-25s were destroyed on the ground", "Two", 2, EX, "count", W, "aircraft", "destroyed", U, R, A, A, "Crimea"),
    ("one Su-34 was shot down", "one", 1, EX, "count", W, "aircraft", "shot_down", A, R, A, U, Zp),
    ("Not in the table: 63 reconnaissance drones", "63", 63, EX, "count", W, "drone", A, A, R, A, U, N),
    ("we confirmed 317 Ukrainian losses", "317", 317, EX, "count", W, A, A, A, U, A, U, N),
    ("including 29 tanks", "29", 29, EX, "count", W, "tank", A, A, U, A, U, N),
    ("reported 289 Russian tanks destroyed", "289", 289, EX, "count", W, "tank", "destroyed", U, R, U, U, N),
    ("claimed 1,960 Ukrainian", "1,960", 1960, EX, "count", W, A, A, R, U, R, U, N),
    ("now stands at 24,611 Russian losses", "24,611", 24611, EX, "count", W, A, A, A, R, A, A, A),
])
any_(d, [
    ("losses, down 12% on September", "12%"),
    ("as of this morning 206 October entries", "206"),
    ("an average of about 27 a day", "about 27"),
    ("| 118 | −24 |", "−24"),
    ("| 251 | −46 |", "−46"),
    ("| 100 | +3 |", "+3"),
    ("| 23 | +4 |", "+4"),
    ("| 14 | +3 |", "+3"),
    ("| 3 | +1 |", "+1"),
    ("| Helicopters | 1 | 0 |", "0"),
    ("| 0 | −1 |", "−1"),
    ("| 337 | −61 |", "−61"),
    ("| 2 | +1 |", "+1"),
    ("**848** | **−120**", "−120"),
    ("with a handful of old T-62M", "a handful"),
    ("No helicopters this month", "No"),
    ("among them a few Leopard 2A4s", "a few"),
    ("That ratio of roughly 2.7 to 1", "roughly 2.7 to 1"),
    ("roughly 2.4 times our figure", "roughly 2.4"),
    ("We reviewed roughly 5,100 videos", "roughly 5,100"),
    ("filmed by two drones", "two"),
])

# ---------------------------------------------------------------- s05 Bryansk governor, Telegram
d = "s05_bryansk_governor_telegram_day.txt"
# An aggregator (Borderline) translating a day of posts by the Bryansk governor, Bogomaz
# (claimant_side Russia, country Russia, region Bryansk); "the AFU", "the enemy" and "the Kyiv
# regime" are Ukraine. The headline's 312 evacuees restate (optional). 07:12: 34 UAVs "destroyed and
# suppressed" (shot_down). 08:05, the ministry's repost: 97 over Russian regions (region `*`) with
# the breakdown 31 Bryansk, 24 Kursk, 19 Belgorod (required); the translator's "(31)" and "(34)"
# restate (optional, claimant_side `*`). 09:40: two civilians injured by an AFU FPV drone
# (Kurkovichi). 11:25: 47 shells fired at Lomakovka (weapon_type `*`, launched). 13:10: 312
# evacuated (its 86 children optional). 14:30: the regional budget's 57.6 million roubles (economic,
# unit `*`, as heldout35's regional spending); the per-family and monthly payments and the 1,140
# families are debatable. 16:05: four HIMARS rockets launched, "three of them" shot down, "one hit a
# power line" (action `*`; weapon_type `*` for all three), "About 2,300 subscribers" without power
# (category and action `*`). 20:45: "more than 200 munitions" (weapon_type `*`, launched), "A dozen
# houses" (infrastructure, value 12, qualifier `*`), five civilians injured (actor `*`: no side in
# the sentence). Translator's comment: the General Staff's four fuel storage tanks destroyed in
# Unecha (infrastructure, action `*`, actor Ukraine, claimant Ukraine). Debatable: "There are no
# casualties", "No one was injured", 100,000 and 10,000 roubles, 1,140 families, 29 attacks, 14
# settlements, "three cars", "two villages", "about 212,000 subscribers". Non-claims: the times
# (07:12 ... 20:45), 6 November 2027, the view counts (👁 41.3K ...), "born in 1961", the phone
# number 8-800-250-32-32, "a 58-year-old man", "the third civilian", "Over the past 24 hours",
# HIMARS, and the furniture ("9 posts", "15-kilometre", "three volunteers", $3, 18,400 subscribers).
rows(d, [
    ("a HIMARS strike on Sevsk and 312 evacuees", "312", 312, EX, "count", DIS, N, "evacuated", A, A, A, R, Br, True),  # headline
    ("34 enemy UAVs were destroyed and suppressed", "34", 34, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("intercepted and destroyed 97 Ukrainian fixed-wing UAVs", "97", 97, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("31 over the territory of the Bryansk region", "31", 31, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("24 over the Kursk region", "24", 24, EX, "count", W, "drone", "shot_down", R, U, R, R, "Kursk"),
    ("19 over the Belgorod region", "19", 19, EX, "count", W, "drone", "shot_down", R, U, R, R, "Belgorod"),
    ("the Bryansk region (31)", "31", 31, EX, "count", W, "drone", "shot_down", R, U, A, R, Br, True),  # restates
    ("lower than the governor's (34)", "34", 34, EX, "count", W, "drone", "shot_down", R, U, A, R, Br, True),  # restates
    ("injuring two civilians", "two", 2, EX, "count", CAS, N, "injured", U, R, R, R, Br),
    ("The enemy fired 47 mortar and artillery shells", "47", 47, EX, "count", W, A, "launched", U, R, R, R, Br),
    ("Since the beginning of November, 312 residents", "312", 312, EX, "count", DIS, N, "evacuated", A, A, R, R, Br),
    ("including 86 children", "86", 86, EX, "count", DIS, N, "evacuated", A, A, R, R, Br, True),  # subset
    ("payments totalling 57.6 million roubles", "57.6 million", 57600000, EX, A, ECO, N, A, A, A, R, R, Br),
    ("four rockets were launched", "four", 4, EX, "count", W, A, "launched", U, R, R, R, Br),
    ("shot down three of them", "three", 3, EX, "count", W, A, "shot_down", R, U, R, R, Br),
    ("one hit a power line", "one", 1, EX, "count", W, A, A, U, R, R, R, Br),
    ("About 2,300 subscribers in Sevsk", "About 2,300", 2300, APX, "count", A, N, A, A, R, R, R, Br),
    ("firing more than 200 munitions", "more than 200", 200, GE, "count", W, A, "launched", U, R, R, R, Br),
    ("A dozen houses", "A dozen", 12, A, "count", INF, N, A, A, R, R, R, Br),
    ("In total, five civilians were injured", "five", 5, EX, "count", CAS, N, "injured", A, R, R, R, Br),
    ("destroying four fuel storage tanks", "four", 4, EX, "count", INF, N, A, U, R, U, R, Br),
])
any_(d, [
    ("There are no casualties", "no"),
    ("No one was injured", "No one"),
    ("receives 100,000 roubles", "100,000"),
    ("receive 10,000 roubles a month", "10,000"),
    ("To date, 1,140 families", "1,140"),
    ("carried out 29 attacks", "29"),
    ("on 14 settlements of the region", "14"),
    ("three cars and power lines", "three"),
    ("power lines in two villages", "two"),
    ("has about 212,000 subscribers", "about 212,000"),
])

# ---------------------------------------------------------------- s06 fact-check, Western tanks
d = "s06_factcheck_western_tanks_viral_claim.txt"
# A fact-checking site (VeriLine) on a viral Telegram claim of 143 Western tanks destroyed in a week
# near Orikhiv (Zaporizhzhia). The channel, the Kiel Institute, Lossbook, VeriLine's own voice and
# sums have claimant_side `*`; the Russian ministry's quote Russia; the Southern Defence Forces
# Ukraine. The headline and the CLAIM box restate (optional); the body's 143 and its models 67, 51
# and 25 are required (destroyed, actor Russia, target Ukraine, region Zaporizhzhia), "more than
# 1,200 NATO mercenaries" killed (actor and target `*`). The lead's "three Western-made tanks lost"
# (action and actor `*`, region `*`) is required; the later "recorded three" restates (optional)
# with the models "two Leopard 2A6" and "one Leopard 1A5" required (Zaporizhzhia). Deliveries
# (action `*`, region None): 78 Abrams (actor `*`), "31 of them from the United States" (actor
# United States), 14 Challenger 2 from Britain (actor United Kingdom), "About 190" Leopard 2 (actor
# `*`). Lossbook's 41 Abrams lost and "27 of them destroyed" (region None). VeriLine's sum of the
# ministry's briefings, 38 tanks destroyed (actor Russia, claimant_side `*`, region None); the
# ministry's "two Leopard tanks" near Orikhiv (Russia); the Southern Defence Forces' five Russian
# tanks destroyed near Orikhiv. The "In short" box restates (optional). Debatable: the channel's
# 780,000 subscribers, "4.6 million times", "some 38,000 times", "none since", "a dozen donors",
# "65%", "25 Challengers out of 14", "single digits", "half", "six, not 143", "close to 143",
# "twice", "46 Russian assaults", "not a single tank", "nine of the 12 vehicles", "None of them".
# Non-claims: "five languages", 10 November 2027, "7 min read", "In a single week", 5 and 9
# November, 2023, "in seven days", "early 2024", "1 to 7 November" (twice), 3, 6 and 7 November,
# "June 2025", Leopard 2, Leopard 2A6, Leopard 1A5, M1 Abrams, Challenger 2, "33rd", BMP-1, and the
# furniture (👍 1,034 👎 27, "20 F-16s", "40% of Leopards", 2027).
rows(d, [
    ("did not destroy 143 Western tanks in one week", "143", 143, EX, "count", W, "tank", "destroyed", R, U, A, U, A, True),  # headline
    ("our troops burned 143 NATO tanks", "143", 143, EX, "count", W, "tank", "destroyed", R, U, A, U, Zp, True),  # claim box
    ("direction: 67 Leopard 2s", "67", 67, EX, "count", W, "tank", "destroyed", R, U, A, U, Zp, True),  # claim box
    ("67 Leopard 2s, 51 Abrams and", "51", 51, EX, "count", W, "tank", "destroyed", R, U, A, U, Zp, True),  # claim box
    ("51 Abrams and 25 Challengers.", "25", 25, EX, "count", W, "tank", "destroyed", R, U, A, U, Zp, True),  # claim box
    ("Russian troops destroyed 143 Western-made tanks", "143", 143, EX, "count", W, "tank", "destroyed", R, U, A, U, Zp),
    ("The post lists 67 Leopard 2s", "67", 67, EX, "count", W, "tank", "destroyed", R, U, A, U, Zp),
    ("51 M1 Abrams", "51", 51, EX, "count", W, "tank", "destroyed", R, U, A, U, Zp),
    ("and 25 Challenger 2s", "25", 25, EX, "count", W, "tank", "destroyed", R, U, A, U, Zp),
    ('"more than 1,200 NATO mercenaries"', "more than 1,200", 1200, GE, "count", CAS, N, "killed", A, A, A, U, Zp),
    ("open-source trackers recorded three Western-made tanks", "three", 3, EX, "count", W, "tank", A, A, U, A, U, A),
    ("Ukraine has received 78 Abrams tanks", "78", 78, EX, "count", W, "tank", A, A, A, A, U, N),
    ("31 of them from the United States", "31", 31, EX, "count", W, "tank", A, US, A, A, U, N),
    ("Britain delivered 14 Challenger 2 tanks", "14", 14, EX, "count", W, "tank", A, UK, A, A, U, N),
    ("About 190 Leopard 2 tanks", "About 190", 190, APX, "count", W, "tank", A, A, A, A, U, N),
    ("lists 41 Abrams lost", "41", 41, EX, "count", W, "tank", A, A, U, A, U, N),
    ("27 of them destroyed", "27", 27, EX, "count", W, "tank", "destroyed", A, U, A, U, N),
    ("Lossbook recorded three Western-made tanks", "three", 3, EX, "count", W, "tank", A, A, U, A, U, Zp, True),  # restates
    ("two Leopard 2A6 near Orikhiv", "two", 2, EX, "count", W, "tank", A, A, U, A, U, Zp),
    ("one Leopard 1A5 near Huliaipole", "one", 1, EX, "count", W, "tank", A, A, U, A, U, Zp),
    ("VeriLine counted 38 Ukrainian tanks", "38", 38, EX, "count", W, "tank", "destroyed", R, U, A, U, N),
    ('"two Leopard tanks" near Orikhiv', "two", 2, EX, "count", W, "tank", "destroyed", R, U, R, U, Zp),
    ("destroyed five Russian tanks", "five", 5, EX, "count", W, "tank", "destroyed", U, R, U, U, Zp),
    ("claims 143 Western tanks destroyed", "143", 143, EX, "count", W, "tank", "destroyed", R, U, A, U, A, True),  # in short
    ("claimed 38 tanks of all types", "38", 38, EX, "count", W, "tank", "destroyed", R, U, R, U, N, True),  # in short
    ("two of them Leopards", "two", 2, EX, "count", W, "tank", "destroyed", R, U, R, U, A, True),  # in short
    ("Open sources documented three Western tanks", "three", 3, EX, "count", W, "tank", A, A, U, A, U, A, True),  # in short
])
any_(d, [
    ("which has about 780,000 subscribers", "about 780,000"),
    ("viewed more than 4.6 million times", "more than 4.6 million"),
    ("shared some 38,000 times", "some 38,000"),
    ("has sent none since", "none"),
    ("Leopard 1A5s from a dozen donors", "a dozen"),
    ("65% of all the Abrams", "65%"),
    ("and 25 Challengers out of 14", "25"),
    ("Challengers out of 14", "14"),
    ("losses are in single digits", "single digits"),
    ("missing half of the losses", "half"),
    ("you get to six, not 143", "six"),
    ("six, not 143", "143"),
    ("anything close to 143", "143"),
    ("were mentioned twice", "twice"),
    ("repelled 46 Russian assaults", "46"),
    ('"not a single tank"', "not a single"),
    ("nine of the 12 vehicles", "nine"),
    ("of the 12 vehicles visible", "12"),
    ("None of them is a Western tank", "None"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s42")
