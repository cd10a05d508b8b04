"""Builds gold.jsonl for heldout38 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout38.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout27, heldout33 and heldout35: headlines, subheads, boxes that
restate the text and later restatements are optional; subsets introduced by "of whom", "among
them", "including", "of them" are optional, except a model or type within a weapon total (the
seeds' "including two Su-34"); a breakdown of a total by place ("29 over the territory of Bryansk
region") is required, and so is a different action on part of a total ("of which 21 were shot
down"); in a list with a qualifier only the qualified items keep it (the others `*`), a list with
no qualifier is exact; the Russian ministry's equipment after "up to" (or "more than") servicemen
has qualifier `*`; casualty sentences that name no perpetrator have actor `*`; a range is one claim
quoting the whole range (value and qualifier `*`); households left without power have category and
action `*`; losses reported as "lost" have action `*`; drones destroyed in flight are shot_down;
settlements "liberated" are territory with action `*`; aircraft "scrambled" and drones that
"entered" or "crossed" airspace have action `*`; missiles that "got through" (hits recorded) have
action `*`; damaged berths, flats and buildings are infrastructure with action and actor `*`;
pledges, promises and planned spending are optional; an earlier state ("a year earlier", "up from
... the week before") is optional; a monitor's sum of a side's claims keeps that side's actor and
target; counts of dead soldiers by home region have country and region `*`; the total of named dead
"killed in Ukraine" has country Ukraine. An OCHA report reposted on an aggregator speaks in its own
voice (claimant_side `*`); a sentence naming a UN body (HRMMU, IOM, OCHA) has claimant_side United
Nations; people "displaced" are displacement with action `*` (only "evacuated" is evacuated); the
money an appeal seeks and has received is required (usd). Bodies that are not sides (Romania,
Moldova, the European Commission, NATO, companies, independent outlets and monitors) have
claimant_side `*`, and events on the soil of Romania or Moldova have country and region `*`.
Counts of places, incident counts ("times", "occasions", "incidents"), unit counts (brigades),
group sizes, shares and rates ("41 per cent", "one in seven", "a third"), distances, prices and
payments, production rates and capacity, population stocks, recipients of aid, follower counts,
forecasts and hypotheticals are debatable (`any_`). Dates, times, durations ("about eight
minutes", "nearly four hours", "for 31 years"), ages ("58-year-old", "aged 47 and 62", "aged 5 to
14", "the youngest ... was 18"), ordinals ("the 11th violation", "the fourth mine", "third floor",
"third such protest"), series numbers ("Flash Update No. 14", "route No. 1"), numbers inside names
(Su-34, FAB-500, M777, 47th Mechanised Brigade, F-16, 86th Air Base, Geran-2, Iskander-M, FP-1,
FP-5, 155mm, PAC-3, Storm-Z, Group of Seven), counts of sources ("at least one public source"),
pronouns that restate a number ("Both", "both aircraft") and page furniture are not labelled.

Decided anew for this set:
- s01: the agency's own total of the groups' losses, attributed "according to the ministry's
  figures", has claimant_side Russia (not a monitor's sum: it is the ministry's claim restated in
  sum); HIMARS rocket projectiles shot down have weapon_type `*` (missile or mlrs); "uncrewed boats"
  destroyed at sea have weapon_type `*` (drone or ship) and country and region `*`; drones downed
  over "the Republic of Crimea" have region Crimea and country `*`; shells fired have weapon_type
  `*` and action launched; Sobyanin's "repelled an attack by 16 drones" is shot_down; "more than a
  hundred" is at_least 100; "took control of 14 buildings" is debatable.
- s02: warships a side "keeps" in a sea are weapon_type ship with action `*`, country and region
  `*`; "two of them Kalibr cruise missile carriers" is a type within that weapon total (required);
  a ship's crew injured in a Ukrainian port, with no side named, has actor and target `*`; tonnes
  of goods burned in a warehouse are debatable.
- s03: Russian-installed authorities in occupied Ukraine speak for Russia; their toll "shelling
  killed two people", naming no side, has actor and target `*`, country Ukraine; damaged schools
  and health facilities are infrastructure like residential buildings; "people without piped
  water" follows the households without power (category and action `*`); a fund's allocation
  already made ("has allocated $12 million") is required, like money received.
- s04: the lead's paraphrase of the governor's Telegram post is required and the same figures in
  the quoted post are restatements (optional); "Eleven people have been hospitalised" is a subset
  of the injured (optional); windows broken in "about 40 apartment buildings" is infrastructure;
  "2.6 thousand subscribers" without gas follow the households without power; tractors destroyed
  are debatable.
- s05: the growth of the named list over a period ("grew by 3,118 names") is required; deaths on
  Russian soil by place of death ("killed in Kursk region") have country Russia and that region,
  unlike deaths by home region; South Korea's intelligence estimate of North Koreans "killed or
  wounded" is casualties with action `*`, target North Korea, claimant_side South Korea; a
  Ukrainian independent project's count of Ukrainian dead has target Ukraine, claimant_side `*`;
  soldiers listed as missing are casualties with action `*`; per-capita rates are debatable.
- s06: weapons produced or delivered over a finished period ("produced 4.6 million drones ... last
  year", "delivered more than 700 ... in September") are required (weapon, action `*`, actor
  Ukraine, target `*`), and so are types within the total ("about 61,000 long-range strike
  drones"); production rates and capacity stay debatable; artillery rounds have weapon_type `*`;
  money already channelled, allocated, paid, awarded or contracted is required (euros and
  hryvnias with unit `*`); the next year's budget and a commitment for next year are optional; a
  forecast ("expect ... at least $45 billion") and a company's revenue, growth and staff are
  debatable."""

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

Sm, Kh, D, Dp, Ks, Zp, Od = (
    "Sumy", "Kharkiv", "Donetsk", "Dnipropetrovsk", "Kherson", "Zaporizhzhia", "Odesa"
)  # fmt: skip
Br, Ku, Bg, Mo, Cr = "Bryansk", "Kursk", "Belgorod", "Moscow", "Crimea"

# fmt: off
# ---------------------------------------------------------------- s01 Russian MoD daily briefing
d = "s01_russian_mod_daily_briefing.txt"
# A Russian state agency's English service (Orbita) with the ministry's daily briefing in
# translation, a separate night statement, Sobyanin and Gladkov. The ministry, Sobyanin and
# Gladkov speak for Russia; "the enemy" and "the AFU" are Ukraine. Groups of forces: Sever in Sumy
# region, Zapad Kharkiv, Yug and Tsentr Donetsk (Siversk, Kostiantynivka, Druzhkivka; Dobropillia,
# Rodynske), Vostok Dnipropetrovsk, Dnepr Kherson: losses "up to" / "more than" / "over" N
# servicemen (casualties, action `*`) with the equipment after them (qualifier `*`), including
# "two US-made Bradley" (a type within the armoured vehicles: required). Equipment named without a
# numeral ("a tank", "motor vehicles", "an electronic warfare station", "a US-made M777") is not
# labelled. The air defence list of the day has no qualifier (exact; country and region `*`: the
# combat zone); the four uncrewed boats in the Black Sea (weapon_type, country and region `*`). The
# agency's total ("exceeded 1,500", according to the ministry's figures) is required; the headline,
# subhead and BRIEFING IN FIGURES box restate (optional), the box's "3 settlements" (named, never
# counted in the text) optional. Night: 104 over Russian regions (region `*`) with the breakdown by
# place after "Of these" required, "six of them flying towards Moscow" a subset (optional), "Eight
# more" over Crimea (region Crimea, country `*`) and four over the Black Sea (country and region
# `*`); 22 more by day over three regions (region `*`). Sobyanin's 16 (Moscow); Rosaviatsia's three
# airports (optional, as the seeds). Gladkov: a Ukrainian FPV drone killed one man and injured two
# women; 64 drones and "more than a hundred shells" (Belgorod). Debatable: "seven regions", the
# brigades ("two territorial defence brigades", "three mechanised brigades"), "Five ammunition
# depots", "14 buildings", "151 areas". Non-claims: 14 October, 14:22, 15:05, 23:00, 07:00, 08:00,
# 13:00, "October 13", "in a day", "over the day", "about four hours", "Both", M777, Su-34, FAB-500,
# "47th", and the furniture (👁 18 406, 💬 212, the Read also links' 700,000, 9 villages and 84,
# 1.2 million readers, 2006–2027, 18+).
rows(d, [
    ("AFU lost more than 1,500 servicemen in a day", "more than 1,500", 1500, GE, "count", CAS, N, A, R, U, R, U, A, True),  # headline
    ("104 drones downed over Russia overnight", "104", 104, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # headline
    ("23 drones were destroyed over Bryansk region alone", "23", 23, EX, "count", W, "drone", "shot_down", R, U, R, R, Br, True),  # subhead
    # Sever (Sumy)
    ("The enemy lost up to 175 servicemen", "up to 175", 175, LE, "count", CAS, N, A, R, U, R, U, Sm),
    ("seven motor vehicles and two field", "seven", 7, A, "count", W, "vehicle", A, R, U, R, U, Sm),
    ("and two field artillery guns, including", "two", 2, A, "count", W, "artillery", A, R, U, R, U, Sm),
    # Zapad (Kharkiv)
    ("Enemy losses amounted to more than 230 servicemen", "more than 230", 230, GE, "count", CAS, N, A, R, U, R, U, Kh),
    ("a tank, four armoured fighting vehicles", "four", 4, A, "count", W, "armored_vehicle", A, R, U, R, U, Kh),
    ("including two US-made Bradley", "two", 2, A, "count", W, "armored_vehicle", A, R, U, R, U, Kh),
    # Yug (Donetsk)
    ("The AFU lost up to 410 servicemen", "up to 410", 410, LE, "count", CAS, N, A, R, U, R, U, D),
    ("410 servicemen, three tanks", "three", 3, A, "count", W, "tank", A, R, U, R, U, D),
    # Tsentr (Donetsk)
    ("the AFU lost over 440 servicemen", "over 440", 440, GE, "count", CAS, N, A, R, U, R, U, D),
    ("a tank and eight pickup trucks", "eight", 8, A, "count", W, "vehicle", A, R, U, R, U, D),
    # Vostok (Dnipropetrovsk), Dnepr (Kherson)
    ("Enemy losses amounted to up to 205 servicemen", "up to 205", 205, LE, "count", CAS, N, A, R, U, R, U, Dp),
    ("The enemy lost up to 60 servicemen", "up to 60", 60, LE, "count", CAS, N, A, R, U, R, U, Ks),
    # air defence of the day, Black Sea Fleet
    ("shot down six JDAM guided aerial bombs", "six", 6, EX, "count", W, "guided_bomb", "shot_down", R, U, R, A, A),
    ("three HIMARS multiple launch rocket system projectiles", "three", 3, EX, "count", W, A, "shot_down", R, U, R, A, A),
    ("and 287 fixed-wing unmanned aerial vehicles", "287", 287, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("destroyed four uncrewed boats", "four", 4, EX, "count", W, A, "destroyed", R, U, R, A, A),
    # the agency's total
    ("along the line of contact exceeded 1,500 servicemen", "1,500", 1500, GE, "count", CAS, N, A, R, U, R, U, A),
    # the night over Russian regions
    ("intercepted and destroyed 104 Ukrainian fixed-wing", "104", 104, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("23 were destroyed over the territory of Bryansk region", "23", 23, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("17 over Kursk region", "17", 17, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku),
    ("15 over Belgorod region", "15", 15, EX, "count", W, "drone", "shot_down", R, U, R, R, Bg),
    ("11 over Moscow region", "11", 11, EX, "count", W, "drone", "shot_down", R, U, R, R, Mo),
    ("six of them flying towards Moscow", "six", 6, EX, "count", W, "drone", "shot_down", R, U, R, R, Mo, True),  # subset
    ("Eight more were downed over the Republic of Crimea", "Eight", 8, EX, "count", W, "drone", "shot_down", R, U, R, A, Cr),
    ("four over the waters of the Black Sea", "four", 4, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("another 22 drones were destroyed", "22", 22, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    # Sobyanin, Rosaviatsia
    ("repelled an attack by 16 drones", "16", 16, EX, "count", W, "drone", "shot_down", R, U, R, R, Mo),
    ("three airports serving the capital", "three", 3, A, "count", INF, N, A, A, A, A, R, Mo, True),  # as the seeds
    # Gladkov (Belgorod)
    ("killing one man and injuring two women", "one", 1, EX, "count", CAS, N, "killed", U, R, R, R, Bg),
    ("injuring two women", "two", 2, EX, "count", CAS, N, "injured", U, R, R, R, Bg),
    ("attacked the region with 64 drones", "64", 64, EX, "count", W, "drone", "launched", U, R, R, R, Bg),
    ("fired more than a hundred shells", "more than a hundred", 100, GE, "count", W, A, "launched", U, R, R, R, Bg),
    # BRIEFING IN FIGURES (restates)
    ("1,500+ AFU servicemen", "1,500", 1500, GE, "count", CAS, N, A, R, U, R, U, A, True),
    ("104 drones: shot down over Russian regions", "104", 104, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),
    ("3 settlements: liberated", "3", 3, EX, "count", TER, N, A, R, U, R, U, A, True),
])
any_(d, [
    ("Air defences worked over seven regions", "seven"),
    ("two territorial defence brigades", "two"),
    ("formations of three mechanised brigades", "three"),
    ("Five ammunition depots were destroyed", "Five"),
    ("took control of 14 buildings", "14"),
    ("foreign mercenaries in 151 areas", "151"),
])

# ---------------------------------------------------------------- s02 Romania: drones and Black Sea
d = "s02_romania_drones_black_sea.txt"
# A Constanța outlet (Dobrogea Now) on a night of Russian drones over the Danube. Romania's defence
# ministry (MApN), the Tulcea prefecture, the Naval Forces Staff, Moldova's ministries and border
# police and the port administration are not sides (claimant_side `*`), and what happened in
# Romania and Moldova has country and region `*`. The two drones that "entered" Romanian airspace
# (action `*`, actor Russia: "used in the Russian attack"; the subhead's "two" optional) and the two
# F-16s scrambled (action and actor `*`). Kiper (Odesa region: Izmail district) and the Air Force
# speak for Ukraine: "more than two dozen" drones launched (at_least 24); the two crew members of a
# Panama-flagged carrier injured (no side in the sentence, foreign crew: actor and target `*`); the
# Air Force's 54 launched at "the southern regions" and "41 were neutralised" (shot_down; region
# `*`). Moldova's 1,240 arrivals (displacement, action `*`; "up from 860" optional). Pletenchuk: "10
# to 12 warships" kept in the Black Sea (one claim, value and qualifier `*`; ship, action `*`) and
# "two of them Kalibr cruise missile carriers" (a type within the total: required). Russia's
# ministry: six uncrewed boats destroyed (weapon_type, country and region `*`). The port's "some
# 14.2 million tonnes" (economic, unit `*`); the €1.6 billion Romania "would spend" (planned:
# optional). Debatable: "One of them", "about five kilometres", "about 200 metres", "Nobody was
# injured", "more than 30 occasions", "around 3,000 tonnes" of oil burned, "about 30 kilometres",
# "24 nautical miles" (twice), "up to 16 missiles" (a salvo capacity), "1.5%", "a quarter of it".
# Non-claims: 15 October, 11:40, 02:30, 02:41, "about eight minutes", "the second time this
# month", "the 11th violation", "since 2022", "third such protest", "the fourth mine", "first nine
# months", 2029, F-16, "86th Air Base", Geran-2, "both aircraft", and the furniture (14°C, 5.09, "6
# min read", the READ ALSO links' 3,700 trucks, 12 shelters and Group of Seven, 24,000 readers,
# Facebook (318)).
rows(d, [
    ("says two drones entered Romanian airspace", "two", 2, EX, "count", W, "drone", A, R, A, A, A, A, True),  # subhead
    ("two drones used in the Russian attack", "two", 2, EX, "count", W, "drone", A, R, A, A, A, A),
    ("Two F-16 fighter jets from the 86th", "Two", 2, EX, "count", W, "aircraft", A, A, A, A, A, A),
    ("with more than two dozen attack drones overnight", "more than two dozen", 24, GE, "count", W, "drone", "launched", R, U, U, U, Od),
    ("Two crew members of a Panama-flagged", "Two", 2, EX, "count", CAS, N, "injured", A, A, U, U, Od),
    ("of 54 drones launched against the southern regions", "54", 54, EX, "count", W, "drone", "launched", R, U, U, U, A),
    ("41 were neutralised by air defence", "41", 41, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("said 1,240 people crossed from Ukraine", "1,240", 1240, EX, "count", DIS, N, A, A, A, A, A, A),
    ("up from 860 the previous weekend", "860", 860, EX, "count", DIS, N, A, A, A, A, A, A, True),  # earlier state
    ("keeps 10 to 12 warships in the Black Sea", "10 to 12", A, A, "count", W, "ship", A, R, A, U, A, A),
    ("two of them Kalibr cruise missile carriers", "two", 2, EX, "count", W, "ship", A, R, A, U, A, A),
    ("destroyed six Ukrainian uncrewed boats", "six", 6, EX, "count", W, A, "destroyed", R, U, R, A, A),
    ("handled some 14.2 million tonnes", "some 14.2 million", 14200000, APX, A, ECO, N, A, A, A, A, A, A),
    ("would spend €1.6 billion on short-range", "€1.6 billion", 1600000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # planned
])
any_(d, [
    ("One of them flew about five kilometres", "One"),
    ("about five kilometres into Tulcea county", "about five"),
    ("about 200 metres from the nearest house", "about 200"),
    ("Nobody was injured, the Tulcea", "Nobody"),
    ("on more than 30 occasions", "more than 30"),
    ("holding around 3,000 tonnes", "around 3,000"),
    ("about 30 kilometres from the Ukrainian border", "about 30"),
    ("mine 24 nautical miles off Midia", "24"),
    ("sea mine 24 nautical miles east", "24"),
    ("combined salvo of up to 16 missiles", "up to 16"),
    ("as much as 1.5% of hull value", "1.5%"),
    ("a quarter of it financed", "a quarter"),
])

# ---------------------------------------------------------------- s03 OCHA flash update, south
d = "s03_ocha_flash_update_south.txt"
# An OCHA flash update on Kherson and Zaporizhzhia oblasts, reposted on an aggregator (AidWire):
# country Ukraine; region `*` for the two oblasts together, Kherson or Zaporizhzhia for one, None
# nationwide. HRMMU ("According to ... HRMMU" and the breakdown that follows) and IOM speak for the
# United Nations; the regional authorities and the regional military administration for Ukraine;
# the Russian-installed authorities for Russia; the report's own voice has claimant_side `*`.
# HIGHLIGHTS restate the text (optional; their "about 2,100 people" reached debatable). HRMMU: "at
# least 17" killed and 94 injured (94 listed after a qualifier: `*`; actor `*`: the drones are not
# attributed to a side), the breakdown by oblast (11 and 63 Kherson, six and 31 Zaporizhzhia)
# required, "Three of those killed" a subset (optional). Enerhodar: two killed by "shelling" (actor
# and target `*`, claimant Russia). Damage: 260 residential buildings, nine educational and three
# health facilities (infrastructure, action and actor `*`, region `*`); "around 48,000 people"
# without water (Kherson) and "some 112,000 households" without electricity (Zaporizhzhia):
# category and action `*`. Evacuation: 6,340 (Zaporizhzhia) with the subsets 1,150 children and
# 280 people with limited mobility optional; IOM's "some 3.7 million" internally displaced
# (displacement, action `*`, region None). Two aid workers injured by "a drone" (actor `*`,
# Kherson). Funding: $2.7 billion sought, $1.1 billion received, $12 million allocated (region `*`:
# "the south") required; $20 million pledged optional. Debatable: "the two oblasts" (three times, a
# reference to places), "14 distribution points", "14 settlements", "about 1,200 beds", "23
# incidents", "about 37,500 people" reached, "seven trucks", "about 2,100 people" (twice), "4,800
# emergency shelter kits", "3,600 hryvnias", "41 per cent". Non-claims: "No. 14", "No. 13", the
# dates (9 to 16 October), "in one week", "during the week", "Since January", 2027, and the
# furniture (1.4 MB twice, the Related content's 2.3 million people and 2027-2028).
rows(d, [
    # highlights
    ("At least 17 civilians killed and 94 injured", "At least 17", 17, GE, "count", CAS, N, "killed", A, U, UN, U, A, True),  # highlight
    ("civilians killed and 94 injured in Kherson", "94", 94, A, "count", CAS, N, "injured", A, U, UN, U, A, True),  # highlight
    ("More than 6,300 people evacuated", "More than 6,300", 6300, GE, "count", DIS, N, "evacuated", A, A, A, U, Zp, True),  # highlight
    ("Around 48,000 people without piped water in Kherson city after", "Around 48,000", 48000, APX, "count", A, N, A, A, U, A, U, Ks, True),  # highlight
    # casualties
    ("at least 17 civilians were killed and 94", "at least 17", 17, GE, "count", CAS, N, "killed", A, U, UN, U, A),
    ("and 94 injured in the two oblasts", "94", 94, A, "count", CAS, N, "injured", A, U, UN, U, A),
    ("In Kherson Oblast, 11 civilians were killed", "11", 11, EX, "count", CAS, N, "killed", A, U, UN, U, Ks),
    ("11 civilians were killed and 63 injured", "63", 63, EX, "count", CAS, N, "injured", A, U, UN, U, Ks),
    ("in Zaporizhzhia Oblast, six were killed", "six", 6, EX, "count", CAS, N, "killed", A, U, UN, U, Zp),
    ("six were killed and 31 injured", "31", 31, EX, "count", CAS, N, "injured", A, U, UN, U, Zp),
    ("Three of those killed were children", "Three", 3, EX, "count", CAS, N, "killed", A, U, UN, U, A, True),  # subset
    ("shelling killed two people in Enerhodar", "two", 2, EX, "count", CAS, N, "killed", A, A, R, U, Zp),
    # damage
    ("report that 260 residential buildings", "260", 260, EX, "count", INF, N, A, A, U, U, U, A),
    ("nine educational facilities", "nine", 9, EX, "count", INF, N, A, A, U, U, U, A),
    ("three health facilities were damaged", "three", 3, EX, "count", INF, N, A, A, U, U, U, A),
    ("leaving around 48,000 people without piped water", "around 48,000", 48000, APX, "count", A, N, A, A, U, A, U, Ks),
    ("some 112,000 households without electricity", "some 112,000", 112000, APX, "count", A, N, A, A, U, A, U, Zp),
    # displacement and evacuation
    ("6,340 people have been evacuated", "6,340", 6340, EX, "count", DIS, N, "evacuated", A, A, U, U, Zp),
    ("including 1,150 children", "1,150", 1150, EX, "count", DIS, N, "evacuated", A, A, U, U, Zp, True),  # subset
    ("280 people with limited mobility", "280", 280, EX, "count", DIS, N, "evacuated", A, A, U, U, Zp, True),  # subset
    ("IOM estimates that some 3.7 million people", "some 3.7 million", 3700000, APX, "count", DIS, N, A, A, A, UN, U, N),
    # access
    ("two aid workers were injured", "two", 2, EX, "count", CAS, N, "injured", A, A, A, U, Ks),
    # funding
    ("for Ukraine seeks $2.7 billion", "$2.7 billion", 2700000000, EX, "usd", ECO, N, A, A, A, A, U, N),
    ("it had received $1.1 billion", "$1.1 billion", 1100000000, EX, "usd", ECO, N, A, A, A, A, U, N),
    ("has allocated $12 million to frontline partners", "$12 million", 12000000, EX, "usd", ECO, N, A, A, A, A, U, A),
    ("pledged a further $20 million", "$20 million", 20000000, EX, "usd", ECO, N, A, A, A, A, U, A, True),  # pledge
])
any_(d, [
    ("delivered aid to about 2,100 people", "about 2,100"),
    ("the two oblasts during the reporting period", "two"),
    ("were damaged in the two oblasts", "two"),
    ("trucking water to 14 distribution points", "14"),
    ("from 14 settlements in Polohivskyi", "14"),
    ("capacity stands at about 1,200 beds", "about 1,200"),
    ("OCHA has recorded 23 incidents", "23"),
    ("reached about 37,500 people", "about 37,500"),
    ("assistance in the two oblasts", "two"),
    ("convoy of seven trucks", "seven"),
    ("solar lamps to about 2,100 people", "about 2,100"),
    ("distributed 4,800 emergency shelter kits", "4,800"),
    ("cash of 3,600 hryvnias per person", "3,600"),
    ("or 41 per cent of requirements", "41 per cent"),
])

# ---------------------------------------------------------------- s04 Dnipro night strike
d = "s04_dnipro_night_strike.txt"
# A Dnipro news site (Sobornyi.City) on a night missile and drone strike: country Ukraine, region
# Dnipropetrovsk, except the Air Force's nationwide figures (region None). Hanzha (the regional
# military administration), Filatov, the East air command and the Air Force speak for Ukraine,
# Russia's Defence Ministry for Russia; "the aggressor" and "the enemy" are Russia. The lead
# paraphrases Hanzha's Telegram post: its three killed and 27 injured are required (no perpetrator
# in the casualty sentence: actor `*`), the same figures in the quoted post optional, as are the
# headline's and subhead's; "four children" (twice), "Eleven people have been hospitalised" and
# "two of them in a serious condition" are subsets (optional). Damage: 14 private houses, windows
# in "about 40 apartment buildings" and "A dozen private houses" in Marhanets (infrastructure,
# action and actor `*`); "around 2.6 thousand subscribers" without gas (category and action `*`).
# The East air command's 18 drones and two missiles shot down (Dnipropetrovsk). Marhanets: "Russian
# FPV drones injured two men" (actor Russia). The Air Force: 142 drones and nine missiles launched,
# with "six Iskander-M" within the missiles (required), 117 and four neutralised (shot_down), hits
# by 25 drones and five missiles (action `*`). The ministry's "up to 40 drones" destroyed in a
# workshop (actor Russia, target Ukraine). The 20 million hryvnias the city "would allocate" is
# planned (optional). Debatable: "120 windows" glazed, "up to 10,000 hryvnias" per family, "more
# than 20 times", "two tractors", "Nobody was injured there", "11 locations". Non-claims: 17 and 18
# October, 09:48, 08:30, 02:15, "4 a.m.", "nearly four hours", "aged 5 to 14", "58-year-old",
# "third floor", "31 years", "aged 47 and 62", "five-storey" (twice), "one-off", Iskander-M, and the
# furniture (86 thousand subscribers, 23 517 views, 64 comments, the Read also links' "No. 1",
# "3-day", 4.2 million hryvnias and "5 steps", 50 UAH, 2014–2027, 16+).
rows(d, [
    ("Night attack on Dnipro: three dead", "three", 3, EX, "count", CAS, N, "killed", A, U, A, U, Dp, True),  # headline
    ("three dead, 27 injured", "27", 27, EX, "count", CAS, N, "injured", A, U, A, U, Dp, True),  # headline
    ("four children are among the injured", "four", 4, EX, "count", CAS, N, "injured", A, U, A, U, Dp, True),  # subhead, subset
    ("three people are known to have been killed", "three", 3, EX, "count", CAS, N, "killed", A, U, U, U, Dp),
    ("to have been killed and 27 injured", "27", 27, EX, "count", CAS, N, "injured", A, U, U, U, Dp),
    ("Unfortunately, three people were killed", "three", 3, EX, "count", CAS, N, "killed", A, U, U, U, Dp, True),  # restates
    ("27 were injured, including four children", "27", 27, EX, "count", CAS, N, "injured", A, U, U, U, Dp, True),  # restates
    ("including four children aged 5 to 14", "four", 4, EX, "count", CAS, N, "injured", A, U, U, U, Dp, True),  # subset
    ("Eleven people have been hospitalised", "Eleven", 11, EX, "count", CAS, N, "injured", A, U, U, U, Dp, True),  # subset
    ("two of them in a serious condition", "two", 2, EX, "count", CAS, N, "injured", A, U, U, U, Dp, True),  # subset
    ("14 private houses, a school", "14", 14, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("destroyed 18 drones and two missiles", "18", 18, EX, "count", W, "drone", "shot_down", U, R, U, U, Dp),
    ("18 drones and two missiles", "two", 2, EX, "count", W, "missile", "shot_down", U, R, U, U, Dp),
    ("windows in about 40 apartment buildings", "about 40", 40, APX, "count", INF, N, A, A, U, U, U, Dp),
    ("around 2.6 thousand subscribers", "around 2.6 thousand", 2600, APX, "count", A, N, A, A, U, U, U, Dp),
    ("would allocate 20 million hryvnias", "20 million", 20000000, EX, A, ECO, N, A, A, A, U, U, Dp, True),  # planned
    ("injured two men, aged 47 and 62", "two", 2, EX, "count", CAS, N, "injured", R, U, U, U, Dp),
    ("A dozen private houses, a gas pipeline", "A dozen", 12, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("Russia launched 142 attack drones", "142", 142, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("other types and nine missiles", "nine", 9, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("including six Iskander-M ballistic missiles", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("neutralised 117 drones and four missiles", "117", 117, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("117 drones and four missiles", "four", 4, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Hits by 25 drones and five missiles", "25", 25, EX, "count", W, "drone", A, R, U, U, U, N),
    ("25 drones and five missiles were recorded", "five", 5, EX, "count", W, "missile", A, R, U, U, U, N),
    ("and up to 40 drones stored there", "up to 40", 40, LE, "count", W, "drone", "destroyed", R, U, R, U, Dp),
])
any_(d, [
    ("glazed 120 windows", "120"),
    ("up to 10,000 hryvnias in one-off", "up to 10,000"),
    ("more than 20 times during the day", "more than 20"),
    ("destroying two tractors", "two"),
    ("Nobody was injured there", "Nobody"),
    ("recorded at 11 locations", "11"),
])

# ---------------------------------------------------------------- s05 the named dead
d = "s05_named_russian_dead_count.txt"
# An independent outlet in exile (North Wind Media) on the Mediazona / BBC Russian Service count of
# Russian dead confirmed by name. The count, the journalists and UALosses are independent
# (claimant_side `*`); South Korea's NIS speaks for South Korea, Ukraine's General Staff for
# Ukraine. The named total 212,468 "killed in the war in Ukraine" (killed, actor `*`, target Russia,
# country Ukraine); the headline's 212,468 and the subhead's "more than 212,000" optional; "grew by
# 3,118 names" required (country `*`); the estimate "between 290,000 and 340,000" one claim. The
# subsets after "Of the confirmed dead" (71,240, 31,506, 19,870) and "Among the dead" (6,320
# officers, "including 14 generals") optional. Home regions: the table's five "Names confirmed",
# Moscow's 1,260 ("has lost": action `*`) and Buryatia's 4,380 deaths (country and region `*`).
# Deaths on Russian soil: 1,640 in Kursk region and "another 310" in Belgorod region (country
# Russia, those regions). The NIS: "about 2,000" North Koreans killed or wounded (action `*`,
# target North Korea, Kursk) and "some 14,000 deployed" (personnel, actor North Korea). The General
# Staff's 1,512,640 (action `*`, target Russia). UALosses: 94,100 Ukrainian soldiers killed and
# "more than 81 thousand" missing (action `*`). Debatable: "one in seven" (subhead) and "about one
# in seven", "about 1,500 names a week", "58%", the table's per-10,000 rates (73, 52, 41, 58, 69),
# "more than 13 million" (population), "nearly 1 in 100", "Three, four obituaries". Non-claims: 10
# and 12 October, "fifth autumn", "at least one public source", "two weeks", "since 2024", "the
# third quarter", "the full-scale invasion", "37", "18", "71", "18-60", "(top five)", "August 2024",
# "September 2022", "one village", "Men over 40", "one of the volunteers", the table header's "Per
# 10,000 men" (the unit of the rates), Storm-Z, and the furniture ("11 min read", 4,712
# people, €5, the More investigations links' "1,000 days", 2022, 38% and "9 of 10", 2023–2027).
rows(d, [
    ("212,468 names: what the count", "212,468", 212468, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # headline
    ("confirmed more than 212,000 deaths by name", "more than 212,000", 212000, GE, "count", CAS, N, "killed", A, R, A, A, A, True),  # subhead
    ("confirmed the names of 212,468 Russian servicemen", "212,468", 212468, EX, "count", CAS, N, "killed", A, R, A, U, A),
    ("the list grew by 3,118 names", "3,118", 3118, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("between 290,000 and 340,000", "between 290,000 and 340,000", A, A, "count", CAS, N, "killed", A, R, A, A, A),
    ("Of the confirmed dead, 71,240 were volunteers", "71,240", 71240, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("31,506 were prisoners", "31,506", 31506, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("and 19,870 were mobilised", "19,870", 19870, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("Among the dead are 6,320 officers", "6,320", 6320, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    ("including 14 generals", "14", 14, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
    # home regions
    ("| Bashkortostan | 9,112 |", "9,112", 9112, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("| Sverdlovsk region | 7,030 |", "7,030", 7030, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("| Krasnodar region | 6,844 |", "6,844", 6844, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("| Chelyabinsk region | 6,210 |", "6,210", 6210, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("| Volgograd region | 5,420 |", "5,420", 5420, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("has lost 1,260 men by the count", "1,260", 1260, EX, "count", CAS, N, A, A, R, A, A, A),
    ("where 4,380 deaths have been confirmed", "4,380", 4380, EX, "count", CAS, N, "killed", A, R, A, A, A),
    # on Russian soil
    ("1,640 Russian servicemen have been confirmed killed", "1,640", 1640, EX, "count", CAS, N, "killed", A, R, A, R, Ku),
    ("and another 310 in Belgorod region", "310", 310, EX, "count", CAS, N, "killed", A, R, A, R, Bg),
    ("about 2,000 North Korean soldiers have been killed or wounded", "about 2,000", 2000, APX, "count", CAS, N, A, A, NK, SK, R, Ku),
    ("out of some 14,000 deployed", "some 14,000", 14000, APX, "count", PER, N, "deployed", NK, A, SK, R, Ku),
    # the other side's numbers
    ("puts Russian losses at 1,512,640 personnel", "1,512,640", 1512640, EX, "count", CAS, N, A, A, R, U, A, A),
    ("identified 94,100 Ukrainian soldiers killed", "94,100", 94100, EX, "count", CAS, N, "killed", A, U, A, A, A),
    ("lists more than 81 thousand as missing", "more than 81 thousand", 81000, GE, "count", CAS, N, A, A, U, A, A, A),
])
any_(d, [
    ("prisoners now make up one in seven", "one in seven"),
    ("add about 1,500 names a week", "about 1,500"),
    ("make up about one in seven", "about one in seven"),
    ("accounted for 58% of newly", "58%"),
    ("| 9,112 | 73 |", "73"),
    ("| 7,030 | 52 |", "52"),
    ("| 6,844 | 41 |", "41"),
    ("| 6,210 | 58 |", "58"),
    ("| 5,420 | 69 |", "69"),
    ("population of more than 13 million", "more than 13 million"),
    ("nearly 1 in 100 men", "nearly 1 in 100"),
    ('"Three, four obituaries', "Three, four"),
])

# ---------------------------------------------------------------- s06 defence industry and money
d = "s06_defence_industry_financing.txt"
# A Kyiv business outlet (UkrBiz Review) on arms production and its financing. Levchenko, "the
# ministry", the Air Force, the General Staff and the State Service for Export Control speak for
# Ukraine; Fire Point (a company), the European Commission, the Kyiv School of Economics and the
# outlet's own voice have claimant_side `*`. Production over a finished period is required (weapon,
# action `*`, actor Ukraine, target `*`, country Ukraine, region None): 4.6 million drones "last
# year" with "about 61,000" long-range and "some 190,000" interceptor drones within the total,
# "more than 2.4 million" artillery and mortar rounds (weapon_type `*`; "up from about 900,000 a
# year earlier" optional), Fire Point's "more than 700" long-range drones delivered in September.
# The Air Force's 1,870 Shahed-type drones downed by interceptor drones (shot_down, region None).
# Money (economic; euros and hryvnias unit `*`, dollars usd): €1. 9 billion channelled (the broken
# decimal: 1,900,000,000), €4.3 billion allocated and "€1.1 billion went to Ukrainian producers",
# $4.1 billion paid into PURL, 2.1 billion hryvnias in Brave1 grants (country Ukraine), $620
# million of export contracts; Germany's €2.5 billion "next year" and the draft 2028 budget's 2.8
# trillion hryvnias optional. The headline and BY THE NUMBERS box restate (optional). Debatable:
# "about $35 billion a year" (capacity), "roughly a third", "about 30 a month", "46 Russian oil
# refineries and depots" (targets hit: places), "between $2,000 and $6,000" (a price), "almost a
# third", "410 developers", "about 27%", "at least $45 billion" (a forecast), Skyforge's "68%", "9.2
# billion hryvnias" and "3,400 people". Non-claims: 18 October, 2026, 2024, 2028, "last year", "a
# year earlier", "third quarter", "first nine months", "next 18 months", "One of the biggest",
# FP-1, FP-5, 155mm, PAC-3, Brave1,
# Group of Seven, and the furniture (43.62, 0.2%, 47.11, 0.1%, $71.40, $4 a month, "8 min read",
# the Related links' 12 companies, 18 billion hryvnias, 16.4% and 1,000 interceptors, 9,800
# subscribers).
rows(d, [
    ("built 4.6 million drones in 2026", "4.6 million", 4600000, EX, "count", W, "drone", A, U, A, A, U, N, True),  # headline
    ("produced 4.6 million drones of all types", "4.6 million", 4600000, EX, "count", W, "drone", A, U, A, U, U, N),
    ("about 61,000 long-range strike drones", "about 61,000", 61000, APX, "count", W, "drone", A, U, A, U, U, N),
    ("some 190,000 interceptor drones", "some 190,000", 190000, APX, "count", W, "drone", A, U, A, U, U, N),
    ("more than 2.4 million artillery and mortar rounds", "more than 2.4 million", 2400000, GE, "count", W, A, A, U, A, U, U, N),
    ("up from about 900,000 a year earlier", "about 900,000", 900000, APX, "count", W, A, A, U, A, U, U, N, True),  # earlier state
    ("delivered more than 700 FP-1 long-range drones", "more than 700", 700, GE, "count", W, "drone", A, U, A, A, U, N),
    ("downed 1,870 Shahed-type drones", "1,870", 1870, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("channelled €1. 9 billion", "€1. 9 billion", 1900000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("Of the €4.3 billion in windfall profits", "€4.3 billion", 4300000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("€1.1 billion went to Ukrainian producers", "€1.1 billion", 1100000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("paid $4.1 billion into NATO's PURL", "$4.1 billion", 4100000000, EX, "usd", ECO, N, A, A, A, A, A, A),
    ("worth €2.5 billion next year", "€2.5 billion", 2500000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # commitment
    ("grants worth 2.1 billion hryvnias", "2.1 billion", 2100000000, EX, A, ECO, N, A, A, A, A, U, N),
    ("contracts worth $620 million", "$620 million", 620000000, EX, "usd", ECO, N, A, A, A, U, A, A),
    ("earmarks 2.8 trillion hryvnias", "2.8 trillion", 2800000000000, EX, A, ECO, N, A, A, A, A, U, N, True),  # budget plan
    # BY THE NUMBERS (restates)
    ("4.6 million — drones produced", "4.6 million", 4600000, EX, "count", W, "drone", A, U, A, A, U, N, True),
    ("2.4 million+ — artillery", "2.4 million", 2400000, GE, "count", W, A, A, U, A, A, U, N, True),
    ("€1.9 billion — channelled", "€1.9 billion", 1900000000, EX, A, ECO, N, A, A, A, A, A, A, True),
    ("1,870 — Shaheds downed", "1,870", 1870, EX, "count", W, "drone", "shot_down", U, R, A, U, N, True),
])
any_(d, [
    ("about $35 billion a year", "about $35 billion"),
    ("roughly a third of that", "roughly a third"),
    ("a rate of about 30 a month", "about 30"),
    ("hit 46 Russian oil refineries", "46"),
    ("between $2,000 and $6,000 each", "between $2,000 and $6,000"),
    ("almost a third of all those", "almost a third"),
    ("to 410 developers", "410"),
    ("about 27% of GDP", "about 27%"),
    ("at least $45 billion", "at least $45 billion"),
    ("revenue rose 68%", "68%"),
    ("to 9.2 billion hryvnias", "9.2 billion"),
    ("employs 3,400 people", "3,400"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s38")
