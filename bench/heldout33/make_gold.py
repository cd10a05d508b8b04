"""Builds gold.jsonl for heldout33 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout33.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout27 and heldout31: headlines, subheads and later restatements
are optional; subsets introduced by "of which", "among them", "including", "of them" are
optional, except a model or type within a weapon total (the seeds' "including two Su-34"); a
breakdown of a total by place ("42 over the Bryansk region") is required; in a list with a
qualifier only the qualified items keep it (the others `*`), a list with no qualifier is exact;
casualty sentences that name no perpetrator have actor `*`; a range is one claim quoting the whole
range (value and qualifier `*`); households or "subscribers" left without power have category and
action `*`; losses reported as "lost" have action `*`; drones destroyed in flight are shot_down;
prisoners (held, freed, returned) have category and action `*`, target the side they belong to;
sea drones are weapon_type drone; pledges and possible sales are optional; bracketed conversions
are optional; the article's own voice, and bodies that are not sides (Oryx, WarSpotting, the
Netherlands, Germany, the Group of Seven, the UAE), have claimant_side `*`. The Black Sea is no
country or region; Crimea (and Sevastopol) has country `*`, and region Crimea where the peninsula
is meant. Counts of places, incident counts (attacks, exchanges, "times", alerts, "twice"), unit
counts (mobile fire groups), group sizes, rounds of ammunition, shares and rates, distances,
altitudes, prices, traffic and hypotheticals are debatable (`any_`). Dates, times, durations,
ages, ordinals ("1,932nd", "17th", "third round"), day counters ("day 1,932"), numbers inside
names (Shahed-136, Kh-101, Iskander-M, F-16, Group of Seven, G7, 3rd Assault Brigade, ZU-23-2,
Project 22160, Magura V7, Su-30SM, Su-24M, Be-12, S-400, Leopard 2A6, M2A2), counts of sources
("Two weapons specialists"), subscriber and view counts, and page furniture are not labelled.

Decided anew for this set:
- Repatriated bodies (q04) are casualties with action and actor `*`, target the side the dead
  belonged to, country and region `*` (where they died is not said); the commissioner's "more
  than 70,000" missing likewise (missing: casualties, action `*`).
- A ministry's claims summed by a fact-checker ("By our count its statements add up to 31
  launchers", q02) keep the ministry's actor and target but the fact-checker's claimant_side
  `*`; "add up to" is not an at_most cue (qualifier exact). Deliveries by a side ("more than 350
  that Washington has delivered", "Washington has said it delivered 39") have action `*` and
  actor United States; deliveries by Germany or the Netherlands have actor `*`.
- Shells fired and explosives dropped from drones, as counted per day or week by a regional
  administration (q06), are weapons launched by Russia (actor Russia, target Ukraine); a total
  over "artillery, mortars, MLRS, tanks and UAVs" and the drone drops have weapon_type `*`, the
  MLRS shells within the total are mlrs (a type within a total: required), the aviation bombs
  guided_bomb. Numbers written with a space as the thousands separator ("2 846", "1 129") are
  ordinary numbers; "about 4,5 thousand" (a decimal comma, 4,500) is optional because a reader
  of English could take it for 45,000.
- Weapons that "struck" a target (q05's two Neptune missiles and 15 drones at Saky) have action
  `*` (used, so launched, or hits); a total "damaged or destroyed" (satellite images, the Navy's
  28 warships) has action `*`.
- Monthly economic volumes (grain exports, port cargo, gas imports) are economic and required,
  like the seeds' gas deliveries; the tonnes unit is not in the vocabulary (unit `*`); a
  figure for "a year earlier" is an earlier state (optional)."""

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


# fmt: off
# ---------------------------------------------------------------- q01 key events, day 1,932
d = "q01_key_events_day_1932.txt"
# A wire's "key events" list, bulleted by section (fighting, military aid, diplomacy, economy,
# humanitarian). Ukraine's Air Force ("It said", "the Air Force added"), Syniehubov, Kiper,
# DeepState, the 3rd Assault Brigade, the General Staff, Zelenskyy, the agriculture ministry,
# Naftogaz and the Kharkiv authorities speak for Ukraine; Russia's Defence Ministry ("The ministry
# also claimed"), Rosaviatsia, the Finance Ministry and Gladkov for Russia; the UN mission for the
# United Nations; the State Department for the United States; the Netherlands, Germany (Pistorius)
# and the Group of Seven are not sides. The Air Force's nationwide figures have region None;
# "including 11 Kh-101" and "six Iskander-M" are models within the missile total (required). The 26
# drones "locally lost" (to jamming) have action and actor `*`, target Russia (their drones). Hits
# ("hits by two missiles and 19 drones") have action `*`. The Kharkiv strike names its perpetrator
# ("A Russian drone strike"): actor Russia; "including three children" is a subset (optional); the
# Izmail sentence names none (actor `*`). The ministry's 118 drones over 11 regions (region `*`)
# with the breakdown "42 over the Bryansk region" and "17 over the Moscow region" required; "Two of
# Moscow's airports" optional as the seeds' three airports. Two villages "liberated": territory,
# action `*`. DeepState's 14 square kilometres seized; "(5.4 square miles)" a conversion
# (optional). The brigade's nine armoured vehicles and two tanks destroyed, "about 40 Russian
# soldiers were killed" (actor `*`: the sentence names no killer), Lyman lies in Donetsk. The
# General Staff's daily and cumulative Russian losses (action, actor, country and region `*`,
# target Russia). Aid: the 24 F-16s and the two IRIS-T systems delivered (action and actor `*`);
# Germany's 1.9 billion euros package is a pledge and its "($2.1 billion)" a conversion, the US
# "possible sale" of 3,350 munitions worth $825 million is a prospect (all optional). The G7's
# "about $300bn" of Russian assets immobilised is economic (target `*`). Zelenskyy's "more than
# 50,000 troops" massed (Zaporizhzhia); his "at least 10 more" Patriot systems needed is a
# hypothetical (debatable). Economy: Russia's 21% fall and 512 billion roubles (country Russia,
# region None), Ukraine's grain exports "2. 5 million tonnes" (the broken decimal; 2,500,000, unit
# `*`), the earlier 3.4 million (optional), Naftogaz's "about 4.6 billion cubic metres" (m3);
# "almost 40% of its production" a share (debatable). Humanitarian: the UN's "at least 232" killed
# and 1,343 injured (a list with a qualifier: 1,343 has qualifier `*`; actor and target `*`); 1,150
# children ordered evacuated (Kharkiv); Gladkov's one killed and five wounded (actor Ukraine,
# target Russia, Belgorod) and "about 2,000" evacuated. Debatable: "12 locations", "11 regions",
# "11 settlements", "at least 10 more", "almost 40%". Non-claims: "day 1,932", "1,932nd day",
# "14-year-old", 02:00, 06:40, Shahed-136, Kh-101, Iskander-M, F-16, IRIS-T, Group of Seven, G7,
# "3rd Assault Brigade", "third round", "past 24 hours", February 2022, and the furniture (5 min
# read, the Related links' 4.5 million drones, 30 members and 12km, 7 days, $4.99).
Kh, D, Zp = "Kharkiv", "Donetsk", "Zaporizhzhia"
rows(d, [
    # fighting
    ("Russia launched 273 Shahed-136 and decoy drones", "273", 273, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("decoy drones and 19 missiles at Ukraine", "19", 19, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("including 11 Kh-101 cruise missiles", "11", 11, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("and six Iskander-M ballistic missiles", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down or suppressed 241 drones", "241", 241, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("241 drones and 14 missiles", "14", 14, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("while 26 drones were", "26", 26, EX, "count", W, "drone", A, A, R, U, U, N),
    ("hits by two missiles and 19 drones", "two", 2, EX, "count", W, "missile", A, R, U, U, U, N),
    ("two missiles and 19 drones at 12 locations", "19", 19, EX, "count", W, "drone", A, R, U, U, U, N),
    ("killed two people and injured 17", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, Kh),
    ("killed two people and injured 17", "17", 17, EX, "count", CAS, N, "injured", R, U, U, U, Kh),
    ("including three children", "three", 3, EX, "count", CAS, N, "injured", R, U, U, U, Kh, True),  # subset
    ("injuring at least four people", "at least four", 4, GE, "count", CAS, N, "injured", A, U, U, U, "Odesa"),
    ("destroyed 118 Ukrainian fixed-wing drones", "118", 118, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("including 42 over the Bryansk region", "42", 42, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("and 17 over the Moscow region", "17", 17, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("Two of Moscow's airports", "Two", 2, A, "count", INF, N, A, A, A, A, R, "Moscow", True),  # as the seeds
    ('"liberated" two villages', "two", 2, EX, "count", TER, N, A, R, U, R, U, D),
    ("captured a further 14 square kilometres", "14", 14, EX, "km2", TER, N, "seized", R, U, U, U, D),
    ("(5.4 square miles)", "5.4", 5.4, A, "mi2", TER, N, A, A, A, A, A, A, True),  # conversion
    ("destroyed nine Russian armoured vehicles", "nine", 9, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, D),
    ("armoured vehicles and two tanks", "two", 2, EX, "count", W, "tank", "destroyed", U, R, U, U, D),
    ("about 40 Russian soldiers were killed", "about 40", 40, APX, "count", CAS, N, "killed", A, R, U, U, D),
    ("lost 1,130 soldiers killed and wounded", "1,130", 1130, EX, "count", CAS, N, A, A, R, U, A, A),
    ("since February 2022 to 1,052,400", "1,052,400", 1052400, EX, "count", CAS, N, A, A, R, U, A, A),
    # military aid
    ("delivery of all 24 F-16 fighter jets", "24", 24, EX, "count", W, "aircraft", A, A, A, A, A, A),
    ("worth 1.9 billion euros", "1.9 billion", 1900000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # pledge
    ("($2.1 billion)", "$2.1 billion", 2100000000, A, "usd", ECO, N, A, A, A, A, A, A, True),  # conversion
    ("delivered two more IRIS-T air defence systems", "two", 2, EX, "count", W, "air_defense", A, A, A, A, A, A),
    ("sale to Ukraine of 3,350 extended-range", "3,350", 3350, EX, "count", W, A, A, A, A, US, A, A, True),  # prospect
    ("munitions worth $825 million", "$825 million", 825000000, EX, "usd", ECO, N, A, A, A, US, A, A, True),  # prospect
    # diplomacy
    ("keep about $300bn of Russian central bank assets", "about $300bn", 300000000000, APX, "usd", ECO, N, A, A, A, A, A, A),
    ('massing "more than 50,000 troops"', "more than 50,000", 50000, GE, "count", PER, N, "massed", R, A, U, U, Zp),
    # economy
    ("revenues fell 21% year on year", "21%", 21, EX, "percent", ECO, N, A, A, A, R, R, N),
    ("in May to 512 billion roubles", "512 billion", 512000000000, EX, A, ECO, N, A, A, A, R, R, N),
    ("exports fell to 2. 5 million tonnes", "2. 5 million", 2500000, EX, A, ECO, N, A, A, A, U, U, N),
    ("down from 3.4 million tonnes a year earlier", "3.4 million", 3400000, EX, A, ECO, N, A, A, A, U, U, N, True),  # earlier state
    ("import about 4.6 billion cubic metres", "about 4.6 billion", 4600000000, APX, "m3", ECO, N, A, A, A, U, U, N),
    # humanitarian
    ("at least 232 civilians were killed", "at least 232", 232, GE, "count", CAS, N, "killed", A, A, UN, U, N),
    ("and 1,343 injured in May", "1,343", 1343, A, "count", CAS, N, "injured", A, A, UN, U, N),
    ("mandatory evacuation of 1,150 children", "1,150", 1150, EX, "count", DIS, N, "evacuated", A, A, U, U, Kh),
    ("killed one civilian and wounded five", "one", 1, EX, "count", CAS, N, "killed", U, R, R, R, "Belgorod"),
    ("killed one civilian and wounded five", "five", 5, EX, "count", CAS, N, "injured", U, R, R, R, "Belgorod"),
    ('"about 2,000" residents of border villages', "about 2,000", 2000, APX, "count", DIS, N, "evacuated", A, A, R, R, "Belgorod"),
])
any_(d, [
    ("19 drones at 12 locations", "12"),
    ("over 11 regions overnight", "11"),
    ('"at least 10 more" Patriot systems', "at least 10"),
    ("knocked out almost 40% of its production", "almost 40%"),
    ("from 11 settlements near Kupiansk", "11"),
])

# ---------------------------------------------------------------- q02 fact check, Western armour
d = "q02_factcheck_western_armour_orikhiv.txt"
# A fact-checking site tests the Russian Defence Ministry's claim of Western tanks, Bradleys and
# HIMARS destroyed near Orikhiv (Zaporizhzhia region, country Ukraine) against Oryx and
# WarSpotting. The ministry and Rossiya-1's presenter speak for Russia; Oryx, WarSpotting, the Oryx
# contributor van Loon and the fact-checker's own count ("By our count") are not sides
# (claimant_side `*`); Washington ("Washington has said") for the United States; the Tavria
# spokesman Lykhovii for Ukraine. The ministry's list (17 tanks with "including nine German Leopard
# 2s" as a model within the total, 23 Bradleys, four HIMARS) has no qualifier (exact), destroyed,
# actor Russia. Rossiya-1's "more than 100" Western vehicles in the "graveyard" (weapon_type and
# action `*`). The trackers' Ukrainian losses ("lost", "listed": action `*`, actor `*`, target
# Ukraine): six and seven tanks, "of which two were Leopard 2A6s" (a model within the total:
# required), "including the same two Leopards" (restates: optional), three Bradleys "destroyed"
# (actor `*`: no destroyer named) and "one more captured" (action and actor `*`); Oryx's cumulative
# 212 Bradleys lost and the five HIMARS destroyed and two damaged across the war (country and
# region `*`: no place is given). Deliveries: "more than 350" Bradleys and 39 HIMARS delivered by
# Washington (action `*`, actor United States). "By our count its statements add up to 31
# launchers": the ministry's claims (destroyed, actor Russia) summed by the fact-checker
# (claimant_side `*`); "add up to" is no qualifier (exact). Lykhovii's 31 tanks and "nearly 70"
# armoured combat vehicles destroyed (a list with a qualifier: 31 has qualifier `*`); the trackers'
# 14 and 12 Russian tanks lost (target Russia). The subheads "Tanks: six, not 17" and "Bradleys:
# three destroyed, one captured" restate (optional), as does "against the ministry's 23".
# Debatable: the headline's 40 (a sum of the ministry's tanks and Bradleys), the CLAIM line's
# "dozens" and the verdicts' "none of the HIMARS" and "no HIMARS", "Nine in a week near one town"
# (hypothetical), "none confirmed", "at least 25 times" (an incident count), "dozens" of decoys,
# "between 20 and 40 per cent" (a share), "about a third". Non-claims: Rybar's "more than 1.3
# million subscribers" and the clip's "some 2.4 million" views, "seven days", "Two weapons
# specialists" (sources), Leopard 2, Leopard 2A6, Leopard 1A5, M2A2, dates, 2022 and 2023, and the
# furniture (7 min read, 16:05, Yes (213), No (9), the Related fact checks' 30 Javelin missiles,
# "100 Russian tanks" and 500,000 men, 3 euros).
Zp = "Zaporizhzhia"
rows(d, [
    ("destroyed 17 Western-made tanks", "17", 17, EX, "count", W, "tank", "destroyed", R, U, R, U, Zp),
    ("including nine German Leopard 2s", "nine", 9, EX, "count", W, "tank", "destroyed", R, U, R, U, Zp),
    ("as well as 23 US-supplied Bradley", "23", 23, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, U, Zp),
    ("and four HIMARS multiple rocket launchers", "four", 4, EX, "count", W, "mlrs", "destroyed", R, U, R, U, Zp),
    ('now held "more than 100" Western vehicles', "more than 100", 100, GE, "count", W, A, A, R, U, R, U, Zp),
    ("Tanks: six, not 17", "six", 6, EX, "count", W, "tank", A, A, U, A, U, Zp, True),  # subhead
    ("Tanks: six, not 17", "17", 17, EX, "count", W, "tank", "destroyed", R, U, R, U, Zp, True),  # subhead
    ("had recorded six Ukrainian tanks lost", "six", 6, EX, "count", W, "tank", A, A, U, A, U, Zp),
    ("of which two were Leopard 2A6s", "two", 2, EX, "count", W, "tank", A, A, U, A, U, Zp),
    ("Oryx listed seven tanks", "seven", 7, EX, "count", W, "tank", A, A, U, A, U, Zp),
    ("including the same two Leopards", "two", 2, EX, "count", W, "tank", A, A, U, A, U, Zp, True),  # restates
    ("Bradleys: three destroyed, one captured", "three", 3, EX, "count", W, "armored_vehicle", "destroyed", A, U, A, U, Zp, True),  # subhead
    ("Bradleys: three destroyed, one captured", "one", 1, EX, "count", W, "armored_vehicle", A, A, U, A, U, Zp, True),  # subhead
    ("three M2A2 Bradleys destroyed in the week", "three", 3, EX, "count", W, "armored_vehicle", "destroyed", A, U, A, U, Zp),
    ("and one more captured intact", "one", 1, EX, "count", W, "armored_vehicle", A, A, U, A, U, Zp),
    ("against the ministry's 23", "23", 23, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, U, Zp, True),  # restates
    ("documented the loss of 212 Bradleys", "212", 212, EX, "count", W, "armored_vehicle", A, A, U, A, A, A),
    ("out of more than 350 that Washington has delivered", "more than 350", 350, GE, "count", W, "armored_vehicle", A, US, A, A, A, A),
    ("its statements add up to 31 launchers", "31", 31, EX, "count", W, "mlrs", "destroyed", R, U, A, A, A),
    ("Washington has said it delivered 39", "39", 39, EX, "count", W, "mlrs", A, US, A, US, A, A),
    ("Oryx lists five HIMARS destroyed", "five", 5, EX, "count", W, "mlrs", "destroyed", A, U, A, A, A),
    ("five HIMARS destroyed and two damaged", "two", 2, EX, "count", W, "mlrs", A, A, U, A, A, A),
    ("destroyed 31 Russian tanks", "31", 31, A, "count", W, "tank", "destroyed", U, R, U, U, Zp),
    ("and nearly 70 armoured combat vehicles", "nearly 70", 70, LE, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Zp),
    ("WarSpotting recorded 14 Russian tanks lost", "14", 14, EX, "count", W, "tank", A, A, R, A, U, Zp),
    ("and Oryx 12.", "12", 12, EX, "count", W, "tank", A, A, R, A, U, Zp),
])
any_(d, [
    ("destroy 40 Western armoured vehicles", "40"),
    ("Russian forces destroyed dozens of Western tanks", "dozens"),
    ("and none of the HIMARS", "none"),
    ("Nine in a week near one town", "Nine"),
    ("HIMARS: none confirmed", "none"),
    ("at least 25 times since 2022", "at least 25"),
    ('sold "dozens" of them', "dozens"),
    ("between 20 and 40 per cent of losses", "between 20 and 40 per cent"),
    ("confirms about a third of the tanks", "about a third"),
    ("a handful of Bradleys and no HIMARS", "no"),
])

# ---------------------------------------------------------------- q03 interview, mobile fire group
d = "q03_interview_mobile_fire_group_dnipro.txt"
# A Q&A with the commander (Harmash, call sign Filin) of a territorial defence mobile fire group
# east of Dnipro: country Ukraine, region Dnipropetrovsk. His answers ("we", "our") speak for
# Ukraine (actor Ukraine for what "we" shot down, target Russia), as do the Air Force and the
# regional administration he cites; "they" is Russia. The interviewer's questions citing Russia's
# Defence Ministry and Russian channels carry Russia's claims. Required: "Fourteen Shaheds" in May,
# "one cruise missile, a Kh-101" and the 61 drones since January (shot_down); "between 30 and 50" a
# night through the oblast (a range: launched, value and qualifier `*`); the region's 73 on the
# worst night (launched); "got one" last night (shot_down). "Another three we hit" fell outside the
# sector and are counted for others (optional, region `*`). Losses: "two guys killed, five wounded"
# name no perpetrator (actor `*`); "one pickup burned" in the neighbouring battalion (vehicle,
# destroyed, actor `*`). The Air Force's May totals 4,120 launched and 3,510 shot down are
# nationwide (region None); the administration's 27 civilians killed (actor Russia: "Russian drones
# and missiles killed"). Debatable: the headline's "one gun" and "five men" (group size, twice),
# "between two air-raid alerts", "eight to ten" passing close, "six or seven" engaged, "about 2
# kilometres" (range of the gun), "2,000 or 2,500 metres" (altitudes), the rounds (380, "about
# 11,000", 8,000 a month), the prices ("around $50,000", "around $300"), "three groups were hit"
# (unit count), "40-something holes", "one Shahed that exploded", "60 metres", "six mobile fire
# groups" (a unit count, and the hypothetical "six groups"), "about 10%", "90%" and "not 10%"
# (shares), "sometimes twice", "I need eight", "When we reach 100". Non-claims: ages (38, 54, 22),
# "the 17th", "the 24th", "four hours", Kh-101, Shahed-136, ZU-23-2, L200, "23-millimetre",
# Gerberas, and the furniture (9 min read, the Listen button's 11:20, the Read also links' "3
# weeks", "The 5th alert" and 1.2 million hryvnias, 100 hryvnias, Comments (47)).
Dp = "Dnipropetrovsk"
rows(d, [
    ("Fourteen Shaheds, confirmed", "Fourteen", 14, EX, "count", W, "drone", "shot_down", U, R, U, U, Dp),
    ("Another three we hit", "three", 3, EX, "count", W, "drone", A, U, R, U, U, A, True),  # counted for others
    ("And one cruise missile, a Kh-101", "one", 1, EX, "count", W, "missile", "shot_down", U, R, U, U, Dp),
    ("we have 61 drones in total", "61", 61, EX, "count", W, "drone", "shot_down", U, R, U, U, Dp),
    ("between 30 and 50 come through our oblast", "between 30 and 50", A, A, "count", W, "drone", "launched", R, U, U, U, Dp),
    ("the region counted 73 over the oblast", "73", 73, EX, "count", W, "drone", "launched", R, U, U, U, Dp),
    ("fired 380 rounds and got one", "one", 1, EX, "count", W, "drone", "shot_down", U, R, U, U, Dp),
    ("two guys killed, five wounded", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Dp),
    ("two guys killed, five wounded", "five", 5, EX, "count", CAS, N, "injured", A, U, U, U, Dp),
    ("I know of one pickup burned", "one", 1, EX, "count", W, "vehicle", "destroyed", A, U, U, U, Dp),
    ("Russia launched 4,120 strike drones", "4,120", 4120, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("3,510 of them were shot down", "3,510", 3510, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("killed 27 civilians in the Dnipropetrovsk region", "27", 27, EX, "count", CAS, N, "killed", R, U, U, U, Dp),
])
any_(d, [
    ('"They come in waves, we have one gun"', "one"),
    ("defence battalion that guards the eastern approaches to Dnipro: five men", "five"),
    ("between two air-raid alerts", "two"),
    ("Maybe eight to ten pass close", "eight to ten"),
    ("we fire at six or seven", "six or seven"),
    ("The gun reaches about 2 kilometres", "about 2"),
    ("come at 2,000 or 2,500 metres", "2,000"),
    ("2,000 or 2,500 metres", "2,500"),
    ("Last night we fired 380 rounds", "380"),
    ("we fired about 11,000 rounds", "about 11,000"),
    ("gives us maybe 8,000 a month", "8,000"),
    ("One Shahed costs them, they say, around $50,000", "around $50,000"),
    ("costs us around $300", "around $300"),
    ("three groups were hit", "three"),
    ("40-something holes", "40-something"),
    ("from one Shahed that exploded", "one"),
    ("exploded 60 metres away", "60"),
    ('destroyed "six mobile fire groups"', "six"),
    ("If they had destroyed six groups", "six"),
    ("shoot down only about 10% of the Shaheds", "about 10%"),
    ('"hit 90% of targets"', "90%"),
    ("That is not 10%", "10%"),
    ("sometimes twice", "twice"),
    ("I have five men, I need eight", "five"),
    ("I have five men, I need eight", "eight"),
    ("When we reach 100", "100"),
])

# ---------------------------------------------------------------- q04 bodies and prisoners
d = "q04_bodies_repatriation_prisoner_exchange.txt"
# A Kyiv news site on a repatriation of bodies and a UAE-mediated prisoner exchange, with totals
# since the start of the war; the scraper repeated the three paragraphs under "Totals since the
# start of the war" at the end (each is labelled once, at its first occurrence). The Coordination
# Headquarters, Zelenskyy, the Ministry of Internal Affairs, "Kyiv believes" and the commissioner
# for missing persons speak for Ukraine; Russia's Defence Ministry and Medinsky for Russia; the
# UAE's foreign ministry is not a side. Decided anew: repatriated bodies are casualties (the dead)
# with action and actor `*`, target the side they belonged to, country and region `*`: 1,000 to
# Ukraine, 24 to Russia, "more than 15,000" in total, Medinsky's 14,900 handed over and 128
# received. Prisoners follow heldout27 (category and action `*`, target their side): 84 Ukrainians
# returned, 84 Russians returned, 6,018 freed since 2022, "about 8,000" still held by Russia (actor
# Russia), the UAE's 4,725 released in its exchanges (both sides: target `*`). "More than 70,000"
# missing: casualties, action `*`. Optional: the headline's 1,000 and 84, the subsets "19 defenders
# of Mariupol", "two National Guard officers" and "Some 2,400 of them" not identified, the forensic
# expert's "The number 1,000" (restates). Debatable: "two or three people" in one bag, "71
# exchanges" (an incident count), "thousands of civilians", "twice", "fewer than half" (a share).
# Non-claims: "the 17th" (ordinal), "more than three years" and "from three months to more than a
# year" (durations), "Halyna, 54", "since the spring of 2022", May 2023, 2024, and the furniture
# (19:25, 20:10, the Read more links' 1,247 days, "1,000-for-1,000", 6 months and 12 border
# crossings, 8 a.m., 64,000 readers).
rows(d, [
    ("Ukraine receives 1,000 bodies", "1,000", 1000, EX, "count", CAS, N, A, A, U, U, A, A, True),  # headline
    ("brings home 84 prisoners", "84", 84, EX, "count", A, N, A, A, U, U, A, A, True),  # headline
    ("received the bodies of 1,000 people", "1,000", 1000, EX, "count", CAS, N, A, A, U, U, A, A),
    ("the bodies of 24 of its soldiers", "24", 24, EX, "count", CAS, N, A, A, R, U, A, A),
    ("84 Ukrainian prisoners of war returned home", "84", 84, EX, "count", A, N, A, A, U, U, A, A),
    ("Among those freed were 19 defenders", "19", 19, EX, "count", A, N, A, A, U, U, A, A, True),  # subset
    ("and two National Guard officers", "two", 2, EX, "count", A, N, A, A, U, U, A, A, True),  # subset
    ("said 84 Russian servicemen had been returned", "84", 84, EX, "count", A, N, A, A, R, R, A, A),
    ("in UAE-mediated exchanges to 4,725", "4,725", 4725, EX, "count", A, N, A, A, A, A, A, A),
    ('"The number 1,000 is what they declare', "1,000", 1000, EX, "count", CAS, N, A, A, U, U, A, A, True),  # restates
    ("full-scale war to more than 15,000", "more than 15,000", 15000, GE, "count", CAS, N, A, A, U, U, A, A),
    ("Some 2,400 of them have not yet been identified", "Some 2,400", 2400, APX, "count", CAS, N, A, A, U, U, A, A, True),  # subset
    ("6,018 Ukrainians have been freed", "6,018", 6018, EX, "count", A, N, A, A, U, U, A, A),
    ("still holding about 8,000 Ukrainian servicemen", "about 8,000", 8000, APX, "count", A, N, A, R, U, U, A, A),
    ("handed over 14,900 bodies", "14,900", 14900, EX, "count", CAS, N, A, A, U, R, A, A),
    ("had received 128 of its own", "128", 128, EX, "count", CAS, N, A, A, R, R, A, A),
    ("More than 70,000 Ukrainians, soldiers and civilians", "More than 70,000", 70000, GE, "count", CAS, N, A, A, U, U, A, A),
])
any_(d, [
    ("parts of two or three people", "two or three"),
    ("in 71 exchanges", "71"),
    ("as well as thousands of civilians", "thousands"),
    ("I read the list at night, twice", "twice"),
    ("fewer than half of them", "fewer than half"),
])

# ---------------------------------------------------------------- q05 Black Sea and Crimea
d = "q05_black_sea_sevastopol_saky_strikes.txt"
# A maritime-security site on Ukrainian sea drones against a patrol ship off Sevastopol, Neptune
# missiles and drones against Saky air base, Russian claims over Crimea and the Black Sea,
# satellite images, the Crimean Bridge and Russia's answer against Odesa. Ukraine's Navy
# (Pletenchuk), the HUR, the Air Force, Kiper and the infrastructure ministry speak for Ukraine;
# Russia's Defence Ministry, Razvozhayev, Aksyonov and "Russian officials" for Russia; the outlet's
# own reading of the Planet Labs images has claimant_side `*`. Crimea and Sevastopol have country
# `*` (as heldout31); region Crimea for Saky, the peninsula and Kerch, `*` for the Black Sea, for
# totals spanning sea and land, and for Sevastopol's bay (a city outside the Autonomous Republic).
# Sea drones are drones. Required: the ten Magura V7 launched; the two Neptune missiles and 15
# drones that "struck Saky" (action `*`); the HUR's four aircraft destroyed with "two Su-30SM" (a
# model within the total); the ministry's 12 boats destroyed (Black Sea), 46 drones shot down with
# the breakdown "21 of them over the sea" and "25 over the peninsula", four Neptune missiles
# intercepted (region `*`: not said where); Razvozhayev's "one sailor" injured by debris (actor
# `*`, target Russia) and Aksyonov's one person injured by "a Ukrainian drone attack" (actor
# Ukraine; target `*`: a resident of occupied Crimea); the images' "at least three Su-30SM" and
# "one Be-12" (a list with a qualifier: qualifier `*`) damaged or destroyed (action `*`); nine
# drones and two Neptune missiles shot down near Kerch; five Kalibr and 38 drones launched at
# Odesa; two port workers killed and seven injured (no perpetrator in the sentence: actor `*`); the
# Navy's 28 warships "destroyed or damaged" (action `*`); port cargo 9.8 million tonnes and "up
# 12%" (economic). Optional: the subhead's "at least three" and 12, and "at least three" sea drones
# that reached the ship (a subset). Debatable: "about two hectares", "no major warships", "two
# hardened shelters", "two of the parking spots", "1,100 kilograms", "about 4,000 vehicles a day"
# (traffic), "an estimated $250,000" (a price), "about 1%" and "as much as 3%" (premiums).
# Non-claims: Project 22160, Magura V7, Su-30SM, Su-24M, Be-12, S-400, "a fourth aircraft"
# (ordinal), "six hours", 2015, 2023, 2025, February 2022, 14:10, and the furniture (6 min read,
# the Related links' "6 Kilo-class" and "ep. 88", 18,000 maritime professionals).
Cr = "Crimea"
rows(d, [
    ("images show at least three Su-30SM fighters damaged", "at least three", 3, GE, "count", W, "aircraft", A, U, R, A, A, Cr, True),  # subhead
    ("Moscow says it destroyed 12 uncrewed boats", "12", 12, EX, "count", W, "drone", "destroyed", R, U, R, A, A, True),  # subhead
    ("ten Magura V7 sea drones took part", "ten", 10, EX, "count", W, "drone", "launched", U, R, U, A, A),
    ('"at least three" of them reached it', "at least three", 3, GE, "count", W, "drone", A, U, R, U, A, A, True),  # subset
    ("two Neptune missiles and 15 long-range attack drones", "two", 2, EX, "count", W, "missile", A, U, R, U, A, Cr),
    ("and 15 long-range attack drones struck Saky", "15", 15, EX, "count", W, "drone", A, U, R, U, A, Cr),
    ("destroyed four aircraft, including two Su-30SM", "four", 4, EX, "count", W, "aircraft", "destroyed", U, R, U, A, Cr),
    ("including two Su-30SM fighters and a Su-24M", "two", 2, EX, "count", W, "aircraft", "destroyed", U, R, U, A, Cr),
    ("destroyed 12 uncrewed boats in the western part", "12", 12, EX, "count", W, "drone", "destroyed", R, U, R, A, A),
    ("shot down 46 Ukrainian drones over Crimea", "46", 46, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("21 of them over the sea", "21", 21, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("and 25 over the peninsula", "25", 25, EX, "count", W, "drone", "shot_down", R, U, R, A, Cr),
    ("intercepted four Neptune missiles", "four", 4, EX, "count", W, "missile", "shot_down", R, U, R, A, A),
    ('"one sailor was injured by debris"', "one", 1, EX, "count", CAS, N, "injured", A, R, R, A, A),
    ("injured one person in the Saky district", "one", 1, EX, "count", CAS, N, "injured", U, A, R, A, Cr),
    ("show at least three Su-30SM fighters and one Be-12", "at least three", 3, GE, "count", W, "aircraft", A, U, R, A, A, Cr),
    ("and one Be-12 amphibious aircraft", "one", 1, A, "count", W, "aircraft", A, U, R, A, A, Cr),
    ("shot down nine Ukrainian drones", "nine", 9, EX, "count", W, "drone", "shot_down", R, U, R, A, Cr),
    ("and two Neptune missiles aimed at the bridge", "two", 2, EX, "count", W, "missile", "shot_down", R, U, R, A, Cr),
    ("launched five Kalibr cruise missiles", "five", 5, EX, "count", W, "missile", "launched", R, U, U, U, "Odesa"),
    ("and 38 drones at the Odesa region", "38", 38, EX, "count", W, "drone", "launched", R, U, U, U, "Odesa"),
    ("two port workers were killed and seven injured", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, "Odesa"),
    ("two port workers were killed and seven injured", "seven", 7, EX, "count", CAS, N, "injured", A, U, U, U, "Odesa"),
    ("destroyed or damaged 28 Russian warships", "28", 28, EX, "count", W, "ship", A, U, R, U, A, A),
    ("handled 9.8 million tonnes of cargo", "9.8 million", 9800000, EX, A, ECO, N, A, A, A, U, U, A),
    ("up 12% on April", "12%", 12, EX, "percent", ECO, N, A, A, A, U, U, A),
])
any_(d, [
    ("over about two hectares", "about two"),
    ("Ukraine has no major warships", "no"),
    ("next to two hardened shelters", "two"),
    ("from two of the parking spots", "two"),
    ("using 1,100 kilograms of explosives", "1,100"),
    ("about 4,000 vehicles a day cross it", "about 4,000"),
    ("an estimated $250,000 each", "an estimated $250,000"),
    ("about 1% of a ship's value", "about 1%"),
    ("as much as 3% in 2023", "as much as 3%"),
])

# ---------------------------------------------------------------- q06 Kherson, Nikopol, translated
d = "q06_kherson_nikopol_shelling_daily_translated.txt"
# A southern regional site's machine-translated daily report: the Kherson regional military
# administration (Prokudin; "informed the regional administration", "in the administration said")
# on a day and a week of shelling of the Kherson region (region Kherson), and the Dnipropetrovsk
# administration (Lysak, "the regional administration informed") on Nikopol district (region
# Dnipropetrovsk); both speak for Ukraine, country Ukraine. "The enemy", "the occupiers", "the
# Russian army" are Russia. Decided anew: shells fired and explosives dropped from drones are
# weapons launched (actor Russia, target Ukraine): the day's 487 shells (weapon_type `*`:
# artillery, mortars, MLRS, tanks and UAVs), the city of Kherson's 93 (a breakdown by place:
# required), "38 were from MLRS" (mlrs, a type within the total: required), the drones' "214 drops"
# (weapon_type `*`), "6 aviation bombs (KAB)" (guided_bomb); the week's "2 846 shells" and "1 129
# times dropped explosives" (space as the thousands separator). Casualties: "As a result of Russian
# aggression 2 persons died and 17 persons were injured" and Lysak's "because of Russian shelling
# and drones" (actor Russia); the bus (the enemy drone: actor Russia); the week's 9 and 64 and
# Nikopol's 2 injured name no perpetrator (actor `*`). Damage: 9 high-rise buildings and 23 private
# houses ("The Russian army damaged": actor Russia), Nikopol's 4 private houses and 2 outbuildings
# (actor `*`); action `*`. Power: "almost 12 thousand subscribers" without light (category and
# action `*`, at_most); "about 4,5 thousand subscribers" (decimal comma: 4,500) optional. 143
# evacuated (Kherson) required, "among them 21 children" and "among them 2 children" subsets
# (optional). The air defence's 11 UAVs destroyed over the region (shot_down, actor Ukraine, target
# Russia). The headline's 487 restates (optional). Debatable: "46 attacks", "311 attacks", "more
# than 30 times", "more than 5 thousand times" (incident counts), "3 cars" (private property),
# "returned to 8 thousand of them" (restoration), "near 6-10 km" (a distance). Non-claims: ages ("a
# man of 61 years", "a woman of 64 years", "47 years", "71 years"), 07:40, "7–13 June", "From the
# beginning of the week", "since the beginning of June", "Grad", the Zaporizhzhia nuclear power
# plant, and the furniture (14.06.2027, 09:12, "Views: 3 418", "5 min", the Read also links' "3rd
# time", "1 school" and "+31", 2016-2027).
Ks = "Kherson"
rows(d, [
    ("for the day the enemy fired 487 shells", "487", 487, EX, "count", W, A, "launched", R, U, U, U, Ks, True),  # headline
    ("releasing 487 shells from artillery", "487", 487, EX, "count", W, A, "launched", R, U, U, U, Ks),
    ("On the city of Kherson the enemy released 93 shells", "93", 93, EX, "count", W, A, "launched", R, U, U, U, Ks),
    ("from the number of shells 38 were from MLRS", "38", 38, EX, "count", W, "mlrs", "launched", R, U, U, U, Ks),
    ("made 214 drops of explosive devices", "214", 214, EX, "count", W, A, "launched", R, U, U, U, Ks),
    ("dropped 6 aviation bombs (KAB)", "6", 6, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Ks),
    ("As a result of Russian aggression 2 persons died", "2", 2, EX, "count", CAS, N, "killed", R, U, U, U, Ks),
    ("and 17 persons were injured", "17", 17, EX, "count", CAS, N, "injured", R, U, U, U, Ks),
    ("among them 2 children", "2", 2, EX, "count", CAS, N, "injured", R, U, U, U, Ks, True),  # subset
    ("damaged 9 high-rise buildings", "9", 9, EX, "count", INF, N, A, R, U, U, U, Ks),
    ("and 23 private houses", "23", 23, EX, "count", INF, N, A, R, U, U, U, Ks),
    ("injured 6 passengers", "6", 6, EX, "count", CAS, N, "injured", R, U, U, U, Ks),
    ("about 4,5 thousand subscribers", "about 4,5 thousand", 4500, APX, "count", A, N, A, A, U, U, U, Ks, True),  # decimal comma
    ("143 persons were evacuated", "143", 143, EX, "count", DIS, N, "evacuated", A, A, U, U, Ks),
    ("among them 21 children", "21", 21, EX, "count", DIS, N, "evacuated", A, A, U, U, Ks, True),  # subset
    ("fired 2 846 shells", "2 846", 2846, EX, "count", W, A, "launched", R, U, U, U, Ks),
    ("and 1 129 times dropped explosives", "1 129", 1129, EX, "count", W, A, "launched", R, U, U, U, Ks),
    ("In total 9 people were killed and 64 wounded", "9", 9, EX, "count", CAS, N, "killed", A, U, U, U, Ks),
    ("9 people were killed and 64 wounded", "64", 64, EX, "count", CAS, N, "injured", A, U, U, U, Ks),
    ("In Nikopol 2 people were injured", "2", 2, EX, "count", CAS, N, "injured", A, U, U, U, Dp),
    ("Damaged 4 private houses", "4", 4, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("2 outbuildings", "2", 2, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("without light remained almost 12 thousand subscribers", "almost 12 thousand", 12000, LE, "count", A, N, A, A, U, U, U, Dp),
    ("12 people were killed and 96 were injured", "12", 12, EX, "count", CAS, N, "killed", R, U, U, U, Dp),
    ("and 96 were injured because of Russian shelling", "96", 96, EX, "count", CAS, N, "injured", R, U, U, U, Dp),
    ("the air defence forces destroyed 11 UAVs", "11", 11, EX, "count", W, "drone", "shot_down", U, R, U, U, Dp),
])
any_(d, [
    ("carried out 46 attacks in Kherson region", "46"),
    ("made 311 attacks on the region", "311"),
    ("more than 30 times", "more than 30"),
    ("a power line and 3 cars", "3"),
    ("returned to 8 thousand of them", "8 thousand"),
    ("more than 5 thousand times", "more than 5 thousand"),
    ("distance is near 6-10 km", "6-10"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "q33")
