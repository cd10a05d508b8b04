"""Builds gold.jsonl for heldout35 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout35.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout27 and heldout33: headlines, subheads and later restatements
are optional; subsets introduced by "of whom", "among them", "including", "of them" are optional,
except a model or type within a weapon total (the seeds' "including two Su-34"); a breakdown of a
total by place ("29 over the territory of Bryansk region") is required, and so is a different
action on part of a total ("of which 21 were shot down"); in a list with a qualifier only the
qualified items keep it (the others `*`), a list with no qualifier is exact; casualty sentences
that name no perpetrator have actor `*`; a range is one claim quoting the whole range (value and
qualifier `*`); households left without power have category and action `*`; losses reported as
"lost" have action `*`; drones destroyed in flight are shot_down; settlements "liberated" are
territory with action `*`; aircraft "scrambled" and drones that "entered" or "crossed" airspace
have action `*`; pledges, promises and planned spending are optional; an earlier state ("a year
earlier", "up from ... the week before") is optional; a monitor's or fact-checker's sum of a
side's claims keeps that side's actor and target with claimant_side `*`, but a sum given only in
a headline is debatable; counts of dead soldiers by home region have country and region `*`.
Bodies that are not sides (Poland, Romania, Moldova, Estonia, Lithuania, the Netherlands,
Germany, NATO and its officials, DTEK, independent outlets and monitors) have claimant_side `*`,
and events on the soil of Poland, Romania, Moldova or Estonia have country and region `*`. Counts
of places, incident counts ("times", convoys, "one failed assault"), unit counts (brigades), group
sizes, shares and rates ("41%", "one in six", "38 per cent", "twice"), distances and areas of
fires, prices and payments, production rates, population stocks, recipients of aid, follower
counts and hypotheticals are debatable (`any_`). Dates, times, durations ("three hours", "for at
least two weeks", "12 minutes"), ages ("9-year-old", "I am 68", "aged 19, 24 and 41"), ordinals
("the fifth attack", "the eleventh attack", "the seventh Patriot", "third assault", "fourth
time"), series numbers ("No. 4417", "No. 38"), numbers inside names (Shahed-136, Iskander-M,
Tor-M2, Su-25, M777, "155mm", 59th Brigade, PAC-3, IRIS-T SLM, S-300, F-16, F-35, MiG-31), counts
of sources ("at least two independent sources") and page furniture are not labelled.

Decided anew for this set:
- s01: a toll given in the lead ("nearly two dozen" injured, at_most 24) and a later update ("has
  risen to 26") are both required (heldout27 j01); models within a missile total ("four Kalibr",
  "three Iskander-M") are required; damaged berths, flats and buildings are infrastructure with
  action and actor `*`; a port's grain throughput is economic (heldout33's port cargo).
- s02: the monitor's HIGHLIGHTS box is a headline (optional); the ministry's equipment after "up
  to" servicemen has qualifier `*`; its cumulative list since 2022 is exact, destroyed, country and
  region `*`; "tanks and other armoured fighting vehicles" has weapon_type `*`.
- s03: an OCHA report reposted on an aggregator speaks in its own voice (claimant_side `*`); a
  sentence naming a UN body (HRMMU, UNHCR, IOM, OCHA) has claimant_side United Nations. People
  "displaced" and refugees are displacement with action `*` (only "evacuated" is evacuated);
  refugees recorded "across Europe" have country `*`; "people need humanitarian assistance" is
  required with category and action `*`; households lacking window glass or roofing follow the
  households without power (category and action `*`). An appeal's requirement and the money
  received are required (usd); the money pledged is optional; the share funded is debatable.
- s04: contracts signed are personnel with action `*`, actor Russia, country Russia and region
  None (nationwide); a regional bonus per recruit is a payment (debatable), a region's or all
  regions' spending on bonuses is required (economic, unit `*`); the total of named dead "killed
  in Ukraine" has country Ukraine.
- s05: interceptor missiles fired have weapon_type `*` (missile or air_defense), launched, actor
  Ukraine, target Russia; launchers and batteries delivered have action `*`, actor United States
  for the United States and `*` for Germany, Norway, the Netherlands and Romania; missiles that
  "got through" have action `*`; radars have weapon_type `*`.
- s06: NATO jets (Polish and Dutch) that shot drones down have actor `*`; arrests and charges for
  sabotage are debatable; a "By the numbers" box is labelled as text: the troops on the border are
  required, the planned spending optional."""

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

Od, Kh, D, Zp, Ks = "Odesa", "Kharkiv", "Donetsk", "Zaporizhzhia", "Kherson"
Sm, Kv = "Sumy", "Kyiv"

# fmt: off
# ---------------------------------------------------------------- s01 Odesa night attack
d = "s01_odesa_night_attack_port_energy.txt"
# A regional news site (Pivden.Today) on a night attack on the Odesa region: country Ukraine, region
# Odesa. Kiper, the Southern Defence Forces ("the command said"), Vlasenko, the port director
# Tkachuk, the emergency workers and the Air Force speak for Ukraine; DTEK (a company) and the
# site's own voice have claimant_side `*`; Russia's Defence Ministry for Russia. "The enemy" is
# Russia. Lead: four killed and "nearly two dozen" injured (no perpetrator in the sentence: actor
# `*`); the update's 26 injured is a new figure (required), its "Five children" and "two of the
# injured" subsets (optional); the headline's "four dead" restates (optional). The Southern
# command's 47 drones and seven missiles launched, with the models "four Kalibr" and "three
# Iskander-M" within the total (required), and 38 drones and "three of the Kalibr" shot down.
# Damage: two berths, 40 apartments and three residential buildings (infrastructure, action and
# actor `*`); three port workers killed at the terminal (a breakdown by place of the four:
# required). "some 160,000 households" without electricity (category and action `*`). Tkachuk's
# "some 2.3 million tonnes" of grain handled (economic, unit `*`). The Air Force's nationwide 112
# drones and 11 missiles launched, 87 and eight shot down (region None). The ministry's "up to 30
# naval drones" destroyed. Debatable: 14 railway wagons (rolling stock), "about 1,500 square metres"
# (area of a fire), "200 metres", power restored to 97,000, 12 schools. Non-claims: 07:52, 11:35,
# 01:10, 04:30, "shortly after 7 a.m.", "three hours", "the fifth attack", "for at least two weeks",
# "9-year-old", "a quarter to four", "I am 68", "third floor", "five-storey", "second entrance", "5
# a.m.", 10:00, "the eleventh attack", 23 September, Shahed-type, Iskander-M, and the furniture (👁 6
# 214, 💬 38, 48,000 readers, the Read also links' 3 injured and 9%, 100 hryvnias, 2016–2027).
rows(d, [
    ("four dead, among them a boy", "four", 4, EX, "count", CAS, N, "killed", A, U, A, U, Od, True),  # headline
    ("Four people were killed and nearly two dozen", "Four", 4, EX, "count", CAS, N, "killed", A, U, U, U, Od),
    ("nearly two dozen were injured", "nearly two dozen", 24, LE, "count", CAS, N, "injured", A, U, U, U, Od),
    ("the enemy launched 47 Shahed-type attack drones", "47", 47, EX, "count", W, "drone", "launched", R, U, U, U, Od),
    ("attack drones and seven missiles at the region", "seven", 7, EX, "count", W, "missile", "launched", R, U, U, U, Od),
    ("four Kalibr cruise missiles fired from a ship", "four", 4, EX, "count", W, "missile", "launched", R, U, U, U, Od),
    ("three Iskander-M ballistic missiles fired", "three", 3, EX, "count", W, "missile", "launched", R, U, U, U, Od),
    ("shot down 38 drones and three of the Kalibr", "38", 38, EX, "count", W, "drone", "shot_down", U, R, U, U, Od),
    ("38 drones and three of the Kalibr missiles", "three", 3, EX, "count", W, "missile", "shot_down", U, R, U, U, Od),
    ("Two berths, a grain terminal", "Two", 2, EX, "count", INF, N, A, A, U, A, U, Od),
    ("Three port workers were killed at the terminal", "Three", 3, EX, "count", CAS, N, "killed", A, U, A, U, Od),
    ("handled some 2.3 million tonnes of grain", "some 2.3 million", 2300000, APX, A, ECO, N, A, A, A, U, U, Od),
    ("said 40 apartments in three residential", "40", 40, EX, "count", INF, N, A, A, U, U, U, Od),
    ("in three residential buildings near the port", "three", 3, EX, "count", INF, N, A, A, U, U, U, Od),
    ("some 160,000 households in Odesa", "some 160,000", 160000, APX, "count", A, N, A, A, U, A, U, Od),
    ("Russia had launched 112 drones and 11 missiles", "112", 112, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("drones and 11 missiles overnight", "11", 11, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("that 87 drones and eight missiles", "87", 87, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and eight missiles had been shot down", "eight", 8, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("destroyed up to 30 naval drones", "up to 30", 30, LE, "count", W, "drone", "destroyed", R, U, R, U, Od),
    ("The number of injured has risen to 26", "26", 26, EX, "count", CAS, N, "injured", A, U, U, U, Od),
    ("Five children are among them", "Five", 5, EX, "count", CAS, N, "injured", A, U, U, U, Od, True),  # subset
    ("two of the injured are in a serious condition", "two", 2, EX, "count", CAS, N, "injured", A, U, U, U, Od, True),  # subset
])
any_(d, [
    ("and 14 railway wagons loaded with corn", "14"),
    ("a fire broke out over about 1,500 square metres", "about 1,500"),
    ("building 200 metres from the port gates", "200"),
    ("power had been restored to 97,000 of them", "97,000"),
    ("said 12 schools would switch", "12"),
])

# ---------------------------------------------------------------- s02 Russian MoD daily, translated
d = "s02_russian_mod_daily_bulletin_translated.txt"
# A monitoring service's translation of the Russian Defence Ministry's daily bulletin, in numbered
# paragraphs; every paragraph of the ministry text speaks for Russia (claimant_side Russia), "the
# enemy" and "the AFU" are Ukraine. The EastWatch HIGHLIGHTS box is a headline: its "three
# settlements" (named but never counted in the bulletin) and 73 drones optional, its "up to 2,440"
# (the monitor's sum of the six groups) debatable as heldout33's headline sum. Per group: Sever in
# Sumy region, Zapad Kharkiv, Yug and Tsentr Donetsk ("Donetsk People's Republic"), Vostok
# Zaporizhzhia, Dnepr Kherson; losses "up to" N servicemen (casualties, action `*`, at_most) and the
# equipment that follows with qualifier `*` (heldout27 j02). The Tor-M2 crews' 26 "Baba Yaga" drones
# destroyed in flight: shot_down (Kharkiv). Paragraph 9's air defence list has no qualifier (exact;
# country and region `*`: the combat zone). Paragraph 10's 73 over Russian regions (country Russia,
# region `*`) with the breakdown by region required, "including two flying towards Moscow" a subset
# (optional) and "three over the waters of the Sea of Azov" required with country and region `*`.
# Paragraph 11's cumulative list: destroyed, exact, country and region `*`. The monitor's note: its
# sum "exceed 31,000" keeps the ministry's actor and target, claimant_side `*`; the General Staff's
# 1,040, four tanks and 39 artillery systems (Russian losses: action and actor `*`, target Russia,
# country and region `*`). Debatable: "two territorial defence brigades" and "two mechanised
# brigades" (unit counts), "Two ammunition depots", "143 areas", "roughly twice", "about 900,000
# followers". Non-claims: "No. 4417", 12:04, 09:04, "59th", "155mm", M777, Su-25, Tor-M2, "0:47",
# "about two hours", "at least a week", 2022, 2024, and the furniture (the Related reports' 5
# settlements, 9,870 and 2,000, "EW-RU-2027-09-23-0117").
rows(d, [
    ('three settlements "liberated" in Kharkiv and Donetsk', "three", 3, EX, "count", TER, N, A, R, U, A, U, A, True),  # highlight
    ("73 Ukrainian drones reported shot down", "73", 73, EX, "count", W, "drone", "shot_down", R, U, A, R, A, True),  # highlight
    # 2. Sever (Sumy)
    ("The enemy lost up to 210 servicemen", "up to 210", 210, LE, "count", CAS, N, A, R, U, R, U, Sm),
    ("two armoured fighting vehicles, eight motor vehicles", "two", 2, A, "count", W, "armored_vehicle", A, R, U, R, U, Sm),
    ("eight motor vehicles and three field artillery guns", "eight", 8, A, "count", W, "vehicle", A, R, U, R, U, Sm),
    ("and three field artillery guns", "three", 3, A, "count", W, "artillery", A, R, U, R, U, Sm),
    # 3. Zapad (Kharkiv)
    ("amounted to up to 240 servicemen", "up to 240", 240, LE, "count", CAS, N, A, R, U, R, U, Kh),
    ("a tank, four pickup trucks", "four", 4, A, "count", W, "vehicle", A, R, U, R, U, Kh),
    ("destroyed 26 Ukrainian heavy multicopter drones", "26", 26, EX, "count", W, "drone", "shot_down", R, U, R, U, Kh),
    # 4. Yug (Donetsk)
    ("The enemy lost up to 1,250 servicemen", "up to 1,250", 1250, LE, "count", CAS, N, A, R, U, R, U, D),
    ("1,250 servicemen, three tanks", "three", 3, A, "count", W, "tank", A, R, U, R, U, D),
    ("11 armoured fighting vehicles and 17 motor", "11", 11, A, "count", W, "armored_vehicle", A, R, U, R, U, D),
    ("and 17 motor vehicles", "17", 17, A, "count", W, "vehicle", A, R, U, R, U, D),
    # 5. Tsentr (Donetsk)
    ("amounted to up to 465 servicemen", "up to 465", 465, LE, "count", CAS, N, A, R, U, R, U, D),
    ("two armoured personnel carriers", "two", 2, A, "count", W, "armored_vehicle", A, R, U, R, U, D),
    ("and six motor vehicles", "six", 6, A, "count", W, "vehicle", A, R, U, R, U, D),
    # 6. Vostok (Zaporizhzhia)
    ("The enemy lost up to 180 servicemen", "up to 180", 180, LE, "count", CAS, N, A, R, U, R, U, Zp),
    ("a tank and five motor vehicles", "five", 5, A, "count", W, "vehicle", A, R, U, R, U, Zp),
    # 7. Dnepr (Kherson)
    ("The enemy lost up to 95 servicemen", "up to 95", 95, LE, "count", CAS, N, A, R, U, R, U, Ks),
    ("12 motor vehicles, two field artillery guns", "12", 12, A, "count", W, "vehicle", A, R, U, R, U, Ks),
    ("two field artillery guns and an electronic", "two", 2, A, "count", W, "artillery", A, R, U, R, U, Ks),
    # 9. air defence, the day
    ("shot down eight guided aerial bombs", "eight", 8, EX, "count", W, "guided_bomb", "shot_down", R, U, R, A, A),
    ("and 214 fixed-wing unmanned aerial vehicles", "214", 214, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    # 10. the night over Russian regions
    ("intercepted and destroyed 73 Ukrainian fixed-wing", "73", 73, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("29 over the territory of Bryansk region", "29", 29, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("17 over Kursk region", "17", 17, EX, "count", W, "drone", "shot_down", R, U, R, R, "Kursk"),
    ("11 over Belgorod region", "11", 11, EX, "count", W, "drone", "shot_down", R, U, R, R, "Belgorod"),
    ("nine over Voronezh region", "nine", 9, EX, "count", W, "drone", "shot_down", R, U, R, R, "Voronezh"),
    ("four over Moscow region", "four", 4, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("including two flying towards Moscow", "two", 2, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow", True),  # subset
    ("three over the waters of the Sea of Azov", "three", 3, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    # 11. cumulative since 2022
    ("have been destroyed: 662 aircraft", "662", 662, EX, "count", W, "aircraft", "destroyed", R, U, R, A, A),
    ("283 helicopters", "283", 283, EX, "count", W, "helicopter", "destroyed", R, U, R, A, A),
    ("71,904 unmanned aerial vehicles", "71,904", 71904, EX, "count", W, "drone", "destroyed", R, U, R, A, A),
    ("631 anti-aircraft missile systems", "631", 631, EX, "count", W, "air_defense", "destroyed", R, U, R, A, A),
    ("24,517 tanks and other armoured fighting vehicles", "24,517", 24517, EX, "count", W, A, "destroyed", R, U, R, A, A),
    ("1,613 multiple launch rocket systems", "1,613", 1613, EX, "count", W, "mlrs", "destroyed", R, U, R, A, A),
    ("27,040 field artillery guns and mortars", "27,040", 27040, EX, "count", W, "artillery", "destroyed", R, U, R, A, A),
    ("38,116 units of special military motor vehicles", "38,116", 38116, EX, "count", W, "vehicle", "destroyed", R, U, R, A, A),
    # the monitor's note
    ("since 1 September exceed 31,000 servicemen", "31,000", 31000, GE, "count", CAS, N, A, R, U, A, U, A),
    ("Russia had lost 1,040 servicemen killed and wounded", "1,040", 1040, EX, "count", CAS, N, A, A, R, U, A, A),
    ("as well as four tanks and 39 artillery systems", "four", 4, EX, "count", W, "tank", A, A, R, U, A, A),
    ("four tanks and 39 artillery systems", "39", 39, EX, "count", W, "artillery", A, A, R, U, A, A),
])
any_(d, [
    ("Claimed Ukrainian losses of up to 2,440 servicemen", "up to 2,440"),
    ("two territorial defence brigades of the AFU", "two"),
    ("Two ammunition depots were destroyed", "Two"),
    ("defeated formations of two mechanised brigades", "two"),
    ("foreign mercenaries in 143 areas", "143"),
    ("roughly twice the rate claimed in the spring", "twice"),
    ("with about 900,000 followers", "about 900,000"),
])

# ---------------------------------------------------------------- s03 OCHA situation report
d = "s03_ocha_sitrep_kharkiv_sumy_displacement.txt"
# An OCHA situation report on the north-east (Kharkiv and Sumy oblasts), reposted on an aggregator
# (ReliefHub); the scraper repeated the "Civilian casualties" and "Refugees" paragraphs after
# FUNDING (each labelled once). Country Ukraine; region `*` for the two oblasts together, Kharkiv or
# Sumy for one of them, None for nationwide figures. The report's own voice ("partners report",
# "Authorities evacuated", "local authorities and IOM") has claimant_side `*`; HRMMU, UNHCR, IOM
# ("IOM puts") and "According to OCHA" United Nations; Hnatiuk (the Sumy administration) Ukraine;
# Moldova's border police not a side (country `*`). HIGHLIGHTS restate the overview (optional), its
# "a third of them children" and "38 per cent funded" debatable. Displaced: "more than 14,000"
# (displacement, action `*`) with the breakdown by oblast ("About 9,500", "some 4,600") required;
# evacuated: 3,860 (with the subsets 1,120 children and 410 people with limited mobility optional)
# and Hnatiuk's 1,480 (Sumy). Casualties: HRMMU's "at least 41" killed and 186 injured (a list with
# a qualifier: 186 has qualifier `*`; actor `*`: "most of them" by Russian weapons), "Nine of those
# killed" a subset (optional), 163 and 1,011 nationwide; "two drivers were injured" by "a drone"
# (actor `*`, Sumy: Bilopillia); OCHA's 19 aid workers killed and "at least 74" injured (target
# `*`). Refugees: UNHCR's "some 5.1 million" across Europe and 6.9 million worldwide (country `*`;
# 6.9 million has qualifier `*`, listed after "some"), IOM's "an estimated 3. 6 million" internally
# displaced (the broken decimal: 3,600,000; region None), Moldova's 2,310 arrivals (its earlier
# 1,640 optional). Needs: 12.7 million people in need (category and action `*`), "some 38,000
# households" lacking glass or roofing (Kharkiv). Funding: $3.4 billion sought, $1.29 billion
# received, the Flash Appeal's $96 million (region `*`) required; "$41 million" pledged optional.
# Debatable: "27 frontline settlements", "3,600 hryvnias", the "10-kilometre" zone, "about 2,000"
# who remain, "thousands of people", "more than 212,000 people" reached, "at least one form of
# assistance", "the two oblasts" (twice: a reference to places), "Four inter-agency convoys", "9
# frontline communities", "about 7,400 people", "five trucks", "6.2 million people" targeted, "38
# per cent", "around 600,000 people". Non-claims: "one-off", "one bag", "No. 38", the dates, "first
# three weeks", "81", "52-year-old", "more than a year", 2027, and the furniture (1.2 MB, 640 KB, 84
# pages, the Related content's 1.1 million people).
rows(d, [
    # highlights
    ("forced more than 14,000 people from their homes", "more than 14,000", 14000, GE, "count", DIS, N, A, A, A, A, U, A, True),  # highlight
    ("Authorities evacuated 3,860 people from frontline", "3,860", 3860, EX, "count", DIS, N, "evacuated", A, A, A, U, A, True),  # highlight
    ("HRMMU verified 41 civilian deaths", "41", 41, EX, "count", CAS, N, "killed", A, U, UN, U, A, True),  # highlight
    # overview
    ("have displaced more than 14,000 people", "more than 14,000", 14000, GE, "count", DIS, N, A, A, A, A, U, A),
    ("About 9,500 of them are from the Kharkiv oblast", "About 9,500", 9500, APX, "count", DIS, N, A, A, A, A, U, Kh),
    ("some 4,600 from border communities", "some 4,600", 4600, APX, "count", DIS, N, A, A, A, A, U, Sm),
    ("humanitarian partners evacuated 3,860 people", "3,860", 3860, EX, "count", DIS, N, "evacuated", A, A, A, U, A),
    ("including 1,120 children and 410 people", "1,120", 1120, EX, "count", DIS, N, "evacuated", A, A, A, U, A, True),  # subset
    ("410 people with limited mobility", "410", 410, EX, "count", DIS, N, "evacuated", A, A, A, U, A, True),  # subset
    ("said 1,480 residents had been moved out", "1,480", 1480, EX, "count", DIS, N, "evacuated", A, A, U, U, Sm),
    # casualties (repeated paragraph, labelled once)
    ("at least 41 civilians were killed", "at least 41", 41, GE, "count", CAS, N, "killed", A, U, UN, U, A),
    ("and 186 injured in the Kharkiv and Sumy oblasts", "186", 186, A, "count", CAS, N, "injured", A, U, UN, U, A),
    ("Nine of those killed were children", "Nine", 9, EX, "count", CAS, N, "killed", A, U, UN, U, A, True),  # subset
    ("HRMMU verified 163 civilian deaths", "163", 163, EX, "count", CAS, N, "killed", A, U, UN, U, N),
    ("and 1,011 injuries in August", "1,011", 1011, EX, "count", CAS, N, "injured", A, U, UN, U, N),
    # refugees and IDPs (repeated paragraph, labelled once)
    ("some 5.1 million refugees from Ukraine", "some 5.1 million", 5100000, APX, "count", DIS, N, A, A, A, UN, A, A),
    ("and 6.9 million worldwide", "6.9 million", 6900000, A, "count", DIS, N, A, A, A, UN, A, A),
    ("at an estimated 3. 6 million", "3. 6 million", 3600000, APX, "count", DIS, N, A, A, A, UN, U, N),
    ("registered 2,310 arrivals from Ukraine", "2,310", 2310, EX, "count", DIS, N, A, A, A, A, A, A),
    ("up from 1,640 the week before", "1,640", 1640, EX, "count", DIS, N, A, A, A, A, A, A, True),  # earlier state
    # needs and response
    ("12.7 million people need humanitarian assistance", "12.7 million", 12700000, EX, "count", A, N, A, A, A, A, U, N),
    ("some 38,000 households in the Kharkiv oblast", "some 38,000", 38000, APX, "count", A, N, A, A, U, A, U, Kh),
    ("two drivers were injured", "two", 2, EX, "count", CAS, N, "injured", A, A, A, U, Sm),
    ("19 humanitarian workers have been killed", "19", 19, EX, "count", CAS, N, "killed", A, A, UN, U, N),
    ("and at least 74 injured", "at least 74", 74, GE, "count", CAS, N, "injured", A, A, UN, U, N),
    # funding
    ("which seeks $3.4 billion", "$3.4 billion", 3400000000, EX, "usd", ECO, N, A, A, A, A, U, N),
    ("has received $1.29 billion", "$1.29 billion", 1290000000, EX, "usd", ECO, N, A, A, A, A, U, N),
    ("seeks an additional $96 million", "$96 million", 96000000, EX, "usd", ECO, N, A, A, A, A, U, A),
    ("donors have so far pledged $41 million", "$41 million", 41000000, EX, "usd", ECO, N, A, A, A, A, A, A, True),  # pledge
])
any_(d, [
    ("a third of them children", "a third"),
    ("Response Plan is only 38 per cent funded", "38 per cent"),
    ("from 27 frontline settlements", "27"),
    ("cash assistance of 3,600 hryvnias", "3,600"),
    ("out of the 10-kilometre border zone", "10"),
    ("about 2,000 remain there", "about 2,000"),
    ("thousands of people in frontline communities", "thousands"),
    ("reached more than 212,000 people", "more than 212,000"),
    ("with at least one form of assistance", "at least one"),
    ("civilian deaths in the two oblasts", "two"),
    ("212,000 people in the two oblasts", "two"),
    ("Four inter-agency convoys", "Four"),
    ("to 9 frontline communities", "9"),
    ("reaching about 7,400 people", "about 7,400"),
    ("a convoy of five trucks", "five"),
    ("to assist 6.2 million people", "6.2 million"),
    ("or 38 per cent of requirements", "38 per cent"),
    ("winter assistance for around 600,000 people", "around 600,000"),
])

# ---------------------------------------------------------------- s04 recruitment and losses
d = "s04_kontur_contract_recruitment_losses.txt"
# An independent Russian outlet in exile (Kontur) on contract recruitment, regional bonuses and the
# named dead. Kontur's own voice ("Kontur calculated", "has confirmed", "the project's data", the
# statisticians) and the leaked table "seen by Kontur" have claimant_side `*`; Medvedev, Solntsev
# and Shoigu speak for Russia; HUR (Bilyk) and the General Staff for Ukraine; the economist Pavlova
# is a commentator. Contracts signed: personnel, action `*`, actor Russia, country Russia, region
# None (nationwide): Medvedev's 243,000 and "another 18,000", the table's 34,600 (July) and 29,100
# (August), HUR's "about 30,000" a month (a rate given by a side: required, as heldout27's "about
# 1,100 ... a day"); the headline's 30,000 optional, Medvedev's 190,000 "a year earlier" optional.
# Money: bonuses per recruit are payments (debatable); the regions' "at least 318 billion roubles"
# and Moscow's 41.5 billion are required (economic, unit `*`). The dead (killed, actor `*`, target
# Russia): Shoigu's 5,937 (country `*`), the named total 171,902 "killed in Ukraine" (country
# Ukraine), "At least 48,300 of them" a subset (optional), the range "between 250,000 and 290,000"
# (value and qualifier `*`), the home-region breakdown 8,010, 6,240, 5,960 and Tuva's 1,350 ("has
# lost": action `*`) and Samara's 312 (country and region `*`). The General Staff's 1,412,370 killed
# and wounded (action `*`). Debatable: the loudspeaker's and the bonus paragraph's roubles (2.5
# million twice, 400,000, 1.6 million, "3 million", 1.9 million, 5,200), "Sixty, seventy men a
# week", "41%", "one in six", "twice as much", Tuva's population 336,000, "2,180 obituaries", "a
# quarter of them". Non-claims: "14 min read", "every few minutes", "Over four months", 2 September,
# 1 January, "early 2024", "men over 40", "ten years", "September 2022", "February 2022", "after
# 2023", "He was 23", "third assault", "two months", "at least two independent sources", and the
# furniture (5 euros, the Read more links' "1,000 days", "7 questions", "The 12 regions").
rows(d, [
    ("keeps 30,000 men a month signing up", "30,000", 30000, EX, "count", PER, N, A, R, A, A, R, N, True),  # headline
    ("243,000 people had signed contracts", "243,000", 243000, EX, "count", PER, N, A, R, A, R, R, N),
    ('"another 18,000" had joined volunteer units', "18,000", 18000, EX, "count", PER, N, A, R, A, R, R, N),
    ("he had reported 190,000 for the same period", "190,000", 190000, EX, "count", PER, N, A, R, A, R, R, N, True),  # earlier state
    ("34,600 contracts were signed in July", "34,600", 34600, EX, "count", PER, N, A, R, A, A, R, N),
    ("and 29,100 in August", "29,100", 29100, EX, "count", PER, N, A, R, A, A, R, N),
    ("recruits about 30,000 contract soldiers a month", "about 30,000", 30000, APX, "count", PER, N, A, R, A, U, R, N),
    ("at least 318 billion roubles", "at least 318 billion", 318000000000, GE, A, ECO, N, A, A, A, A, R, N),
    ("Moscow alone spent 41.5 billion roubles", "41.5 billion", 41500000000, EX, A, ECO, N, A, A, A, A, R, "Moscow"),
    ("Shoigu said 5,937 servicemen had been killed", "5,937", 5937, EX, "count", CAS, N, "killed", A, R, R, A, A),
    ("puts Russian losses at 1,412,370 killed and wounded", "1,412,370", 1412370, EX, "count", CAS, N, A, A, R, U, A, A),
    ("confirmed the names of 171,902 Russian servicemen", "171,902", 171902, EX, "count", CAS, N, "killed", A, R, A, U, A),
    ("At least 48,300 of them had signed", "At least 48,300", 48300, GE, "count", CAS, N, "killed", A, R, A, U, A, True),  # subset
    ("between 250,000 and 290,000", "between 250,000 and 290,000", A, A, "count", CAS, N, "killed", A, R, A, A, A),
    ("with 8,010 names", "8,010", 8010, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("followed by Sverdlovsk with 6,240", "6,240", 6240, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("and Krasnodar with 5,960", "5,960", 5960, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("has lost 1,350 men", "1,350", 1350, EX, "count", CAS, N, A, A, R, A, A, A),
    ("312 contract soldiers recruited last year", "312", 312, EX, "count", CAS, N, "killed", A, R, A, A, A),
])
any_(d, [
    ("Sign a contract today — 2.5 million roubles", "2.5 million"),
    ('"Sixty, seventy men a week', "Sixty, seventy"),
    ("41% of August's recruits", "41%"),
    ("one in six had a criminal record", "one in six"),
    ("The federal one-off payment is 400,000 roubles", "400,000"),
    ("In Samara it is 2.5 million roubles", "2.5 million"),
    ("in Bashkortostan 1.6 million", "1.6 million"),
    ("3 million for residents of border districts", "3"),
    ("Moscow pays 1.9 million", "1.9 million"),
    ("plus 5,200 roubles a month", "5,200"),
    ("twice as much as a year earlier", "twice"),
    ("with a population of 336,000", "336,000"),
    ("analysis of 2,180 obituaries", "2,180"),
    ("a quarter of them were killed", "a quarter"),
])

# ---------------------------------------------------------------- s05 air defence analysis
d = "s05_air_defence_interceptor_shortage_analysis.txt"
# An opinion-laden analysis (Eastern Flank Review) of Western air defence deliveries and the
# interceptor shortage: country Ukraine. The author's own voice (the night of 14 September,
# "Counting from public announcements") has claimant_side `*`; Colonel Malyk ("Malyk said") and the
# Air Force speak for Ukraine; the Russian Defence Ministry for Russia; the NATO official is not a
# side. The night of 14 September: 19 ballistic missiles at Kyiv and Dnipro (region `*`), 260 drones
# across the country (region None), 41 interceptors fired (weapon_type `*`), "Sixteen of the
# missiles" shot down, "Three got through" (action `*`); Malyk's "Forty-one interceptors" restates
# (optional) and his range "from 60 to 80" ballistic missiles a month is one claim (value and
# qualifier `*`). Deliveries (action `*`): eight Patriot batteries (actor `*`), "three from the
# United States" (actor United States), "three from Germany" (actor `*`), 11 IRIS-T SLM and 12
# NASAMS (actor `*`); "promised seven more", the €2.2 billion package, its "two IRIS-T systems that
# will arrive in 2029" and the Dutch $500 million are pledges (optional). The ministry's four
# Patriot launchers and "two radars" destroyed near Kyiv (radars: weapon_type `*`); the Air Force's
# "one launcher" damaged (action `*`). August: 5,120 drones and 171 missiles launched, 4,460 and 118
# shot down (region None). The NATO official's "more than 2,000" interceptors delivered
# (weapon_type, action and actor `*`). Debatable: "one of them hitting", "forty-one a month", the
# prices ("about $4 million", "roughly $164 million", "from $2,000 to $5,000", "$35,000"), "about
# 650 ... a year" (production), "one each", "no more than five ... operational", "by the thousand",
# "three obvious steps", "1,000 PAC-3s" and "$4 billion" (hypotheticals). Non-claims: "14
# September", "under an hour", PAC-3 MSE, IRIS-T SLM, S-300, Iskander-M, "the seventh Patriot",
# "since 2023", 2028, 2029, "for a week", "the next two years", "First", "Second", "Third", and the
# furniture (£4.99, "9 min read", 11:32, the More analysis links' "12 min read", 2,700 and 5%,
# 38,000 subscribers).
rows(d, [
    ("Russia fired 19 ballistic missiles at Kyiv and Dnipro", "19", 19, EX, "count", W, "missile", "launched", R, U, A, U, A),
    ("along with 260 drones spread across the country", "260", 260, EX, "count", W, "drone", "launched", R, U, A, U, N),
    ("Ukrainian crews fired 41 Patriot PAC-3 MSE interceptors", "41", 41, EX, "count", W, A, "launched", U, R, A, U, A),
    ("Sixteen of the missiles were shot down", "Sixteen", 16, EX, "count", W, "missile", "shot_down", U, R, A, U, A),
    ("Three got through", "Three", 3, EX, "count", W, "missile", A, R, U, A, U, A),
    ("Forty-one interceptors. We do not get", "Forty-one", 41, EX, "count", W, A, "launched", U, R, U, U, A, True),  # restates
    ("launches from 60 to 80 ballistic missiles a month", "from 60 to 80", A, A, "count", W, "missile", "launched", R, U, U, U, N),
    ("has received eight Patriot batteries since 2023", "eight", 8, EX, "count", W, "air_defense", A, A, A, A, U, N),
    ("three from the United States", "three", 3, EX, "count", W, "air_defense", A, US, A, A, U, N),
    ("three from Germany and one each", "three", 3, EX, "count", W, "air_defense", A, A, A, A, U, N),
    ("delivered 11 IRIS-T SLM systems", "11", 11, EX, "count", W, "air_defense", A, A, A, A, U, N),
    ("promised seven more by 2028", "seven", 7, EX, "count", W, "air_defense", A, A, A, A, U, N, True),  # pledge
    ("supplied 12 NASAMS batteries", "12", 12, EX, "count", W, "air_defense", A, A, A, A, U, N),
    ("destroyed four Patriot launchers and two radars", "four", 4, EX, "count", W, "air_defense", "destroyed", R, U, R, U, Kv),
    ("and two radars near Kyiv", "two", 2, EX, "count", W, A, "destroyed", R, U, R, U, Kv),
    ("one launcher had been damaged", "one", 1, EX, "count", W, "air_defense", A, R, U, U, U, Kv),
    ("Russia launched 5,120 long-range drones", "5,120", 5120, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 171 missiles at Ukraine during the month", "171", 171, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down or suppressed 4,460 of the drones", "4,460", 4460, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and 118 of the missiles", "118", 118, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("delivered more than 2,000 air defence interceptors", "more than 2,000", 2000, GE, "count", W, A, A, A, A, A, U, N),
    ("Germany's new €2.2 billion package", "€2.2 billion", 2200000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # pledge
    ("contains two IRIS-T systems that will arrive", "two", 2, EX, "count", W, "air_defense", A, A, A, A, U, N, True),  # pledge
    ("pledged $500 million for interceptors", "$500 million", 500000000, EX, "usd", ECO, N, A, A, A, A, A, A, True),  # pledge
])
any_(d, [
    ("one of them hitting a power substation", "one"),
    ("We do not get forty-one a month", "forty-one"),
    ("Each PAC-3 MSE costs about $4 million", "about $4 million"),
    ("at roughly $164 million", "roughly $164 million"),
    ("produces about 650 of the missiles a year", "about 650"),
    ("one each from the Netherlands and Romania", "one each"),
    ("no more than five Patriot batteries are operational", "no more than five"),
    ("built by the thousand in Ukraine", "thousand"),
    ("There are three obvious steps", "three"),
    ("cost from $2,000 to $5,000 each", "from $2,000 to $5,000"),
    ("against a Shahed's $35,000", "$35,000"),
    ("Give us 1,000 PAC-3s", "1,000"),
    ("It would cost $4 billion", "$4 billion"),
])

# ---------------------------------------------------------------- s06 war in brief, Baltic digest
d = "s06_baltic_courier_war_in_brief.txt"
# A Vilnius outlet's daily digest in short items under uppercase subheads. Poland's Operational
# Command, Romania's Defence Ministry, Moldova's Interior Ministry, the Estonian Defence Forces and
# Lithuanian prosecutors are not sides (claimant_side `*`), and events over Poland, Romania, Moldova
# and Estonia have country and region `*`. Drones and jets that "entered" or "violated" airspace
# have action `*`, actor Russia; NATO's Polish and Dutch jets that shot down "four of them" have
# actor `*`, target Russia; the 2025 night's 19 drones are an earlier event (optional); the two
# Romanian F-16s scrambled (action and actor `*`); the two Gerbera decoys found in Moldova (action
# and actor `*`: the sentence names no side). Ukraine's Air Force (33 launched at the Odesa region,
# "of which 21" shot down), DeepState (38 km2 seized, region `*`: "most of it around Pokrovsk"), the
# 59th Brigade (two tanks and 11 armoured vehicles destroyed, "at least 70" killed with actor `*`,
# Donetsk), the Khortytsia group (110,000 massed) and Fedorov (three killed, 12 injured, "at least
# 20" guided bombs launched, two apartment blocks hit by "A Russian guided bomb attack": actor
# Russia, Zaporizhzhia) speak for Ukraine; Russia's Defence Ministry (two villages "liberated", 52
# drones with "23 of them over the Rostov region") and Gladkov (two injured by "a Ukrainian drone",
# Belgorod) for Russia. BY THE NUMBERS: 2,600 Polish soldiers on the border (personnel, action and
# actor `*`) required; the 3.4 billion euros Poland "will spend" is planned (optional). Debatable:
# "nobody was hurt", the arrests and charges ("THREE CHARGED", "three men", "two Lithuanian
# citizens", 16 detained, "one of them"), the 4,000 euros paid, "in one failed assault", the box's
# "0" aircraft lost. Non-claims: 18:40, "9-10 September 2025", "about three hours", "about 10
# minutes", "the fourth time", "aged 19, 24 and 41", "12 minutes", F-16, F-35, MiG-31, Gerbera,
# "59th", 2027-2028, since June, 2022, and the furniture (7:00, 21,500 readers, 3 euros).
rows(d, [
    ("Nineteen Russian drones entered Polish airspace", "Nineteen", 19, EX, "count", W, "drone", A, R, A, A, A, A),
    ("shot down four of them over the Lublin province", "four", 4, EX, "count", W, "drone", "shot_down", A, R, A, A, A),
    ("when 19 drones also crossed the border", "19", 19, EX, "count", W, "drone", A, R, A, A, A, A, True),  # earlier event
    ("Two Romanian F-16s were scrambled", "Two", 2, EX, "count", W, "aircraft", A, A, A, A, A, A),
    ("launched 33 Shahed-type drones at the Odesa region", "33", 33, EX, "count", W, "drone", "launched", R, U, U, U, Od),
    ("of which 21 were shot down", "21", 21, EX, "count", W, "drone", "shot_down", U, R, U, U, Od),
    ("fragments of two Gerbera decoy drones", "two", 2, EX, "count", W, "drone", A, A, A, A, A, A),
    ("Three Russian MiG-31 fighter jets violated", "Three", 3, EX, "count", W, "aircraft", A, R, A, A, A, A),
    ("Russian forces seized 38 square kilometres", "38", 38, EX, "km2", TER, N, "seized", R, U, U, U, A),
    ('had "liberated" two villages west of the city', "two", 2, EX, "count", TER, N, A, R, U, R, U, D),
    ("destroyed two Russian tanks and 11 armoured vehicles", "two", 2, EX, "count", W, "tank", "destroyed", U, R, U, U, D),
    ("tanks and 11 armoured vehicles", "11", 11, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, D),
    ("at least 70 Russian soldiers had been killed", "at least 70", 70, GE, "count", CAS, N, "killed", A, R, U, U, D),
    ("concentrated some 110,000 troops", "some 110,000", 110000, APX, "count", PER, N, "massed", R, A, U, U, D),
    ("killed three people and injured 12", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, Zp),
    ("and injured 12, regional governor", "12", 12, EX, "count", CAS, N, "injured", R, U, U, U, Zp),
    ("dropped at least 20 guided aerial bombs", "at least 20", 20, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Zp),
    ("an industrial plant and two apartment blocks", "two", 2, EX, "count", INF, N, A, R, U, U, U, Zp),
    ("shot down 52 Ukrainian drones overnight", "52", 52, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("23 of them over the Rostov region", "23", 23, EX, "count", W, "drone", "shot_down", R, U, R, R, "Rostov"),
    ("injuring two people", "two", 2, EX, "count", CAS, N, "injured", U, R, R, R, "Belgorod"),
    ("3.4 billion: euros Poland will spend", "3.4 billion", 3400000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # planned
    ("2,600: Polish soldiers on the border", "2,600", 2600, EX, "count", PER, N, A, A, A, A, A, A),
])
any_(d, [
    ("but nobody was hurt", "nobody"),
    ("THREE CHARGED OVER ARSON PLOT", "THREE"),
    ("charged three men, two Lithuanian citizens", "three"),
    ("two Lithuanian citizens and a Russian national", "two"),
    ("detained 16 people in a sabotage network", "16"),
    ("one of them was paid", "one"),
    ("was paid 4,000 euros", "4,000"),
    ("in one failed assault on Wednesday", "one"),
    ("0: NATO aircraft lost", "0"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s35")
