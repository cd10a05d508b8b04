"""Builds gold.jsonl for heldout65 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout65.make_gold

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
from ... a year ago") is optional. Bodies that are not sides (NATO, the EU, NGOs, think tanks,
volunteer monitors, companies, and states outside the vocabulary of sides such as Belarus) have
claimant_side `*`, and a sum or estimate they give keeps the actor and target of what it
counts; an outlet's or author's own voice has claimant_side `*`. Damaged buildings and
facilities are infrastructure with action and actor `*` (damaged and destroyed alike).
Deliveries to a side are weapons with action `*` and the supplier as actor (`*` when the
supplier is not a side), target, country and region `*`. Money in another currency than the
dollar has unit `*`; money received, paid or disbursed is required. Counts of places,
incidents, cases and claims, group sizes, shares and rates, distances, sizes and areas, prices
and payments, workforces and other population stocks, recipients of aid or care, vehicle and
wagon counts, and vague quantities are debatable (`any_`). A side's army size is personnel
with action `*`. States outside the vocabulary of sides as country are `*`; the check's
vocabulary of regions is closed, so a region outside it is `*`, and so is the region of a
figure that spans several regions or is not placed; a nationwide figure has region None.
Dates, times, durations, ages, ordinals, numbers inside names (Su-34, KN-23, 2S7, Buk-M2,
Challenger 2, M1989, Group of Seven, Resolution 1718, "3rd Assault Brigade", "164th",
"11th Infantry Brigade", "school No. 1") and page furniture are not labelled; "one of them" is
a pronoun. The quote is the number phrase with its qualifier words ("at least 226", "up to
2,000", "as much as $20 billion"), currency signs kept and stray spaces kept ("£4. 5 billion").

Decided anew for this set:
- A UN monitoring mission (s01): the mission (HRMMU) and its head speak for the United
  Nations. Its verified monthly and cumulative casualty totals are required, with actor `*`
  unless the sentence attributes them; the breakdown by control of territory is required
  (attributed to Russian forces: actor Russia, target Ukraine; attributed to Ukrainian forces in
  occupied territory: actor Ukraine, target `*`; "could not attribute": actor and target `*`),
  and so is the breakdown by region (actor `*`) and a breakdown by weapon stated in a sentence
  of its own ("Short-range drones killed 71 civilians", actor `*`); children "among the
  victims" or "including ... children" are subsets (optional); the previous month is an
  earlier state (optional). A figure for government-controlled or occupied territory spans
  several regions (region `*`). Shares of casualties ("92 per cent", "38 per cent"), the change
  on the month ("29 per cent higher"), counts of attacks, households without power, the
  mission's interviews, site visits and staff, and prosecutors' proceedings are debatable.
  Figures of Russian authorities that the UN relays keep claimant_side Russia. An unnamed
  civilian's hearsay quoted inside a quote ("'The radio said 40 drones were coming'") is
  debatable; "a family of four" is a group size (debatable).
- Telegram posts of a Russian district head (s02): he, the forwarded governor's post and the
  Defence Ministry speak for Russia; "the enemy" is Ukraine. Shells and mortar rounds fired
  are weapons with weapon_type artillery and action launched (required); FPV drones "used"
  against the district are launched; drones "suppressed by electronic warfare" are shot_down.
  Counts of "attacks", explosive devices dropped from drones and times a region was fired at
  are incidents (debatable); households without power and the people remaining in a village
  are population stocks (debatable); civilian cars damaged are vehicles (debatable). The day's
  summary is optional where it restates an earlier post and required where it gives a new total
  (shells fired, injured, houses damaged). Troops "concentrated" across the border are
  personnel massed, placed where they stand (country Ukraine, region Sumy), target `*`. A
  translator's note relaying Ukraine's State Border Guard Service keeps claimant_side Ukraine.
  The pinned hotline block is repeated twice more as identical paragraphs; its one-time payment
  is debatable.
- A drone brigade's results post (s03): the brigade (also in its replies to comments) speaks
  for Ukraine; "eliminated" is killed, "wounded" is injured, actor Ukraine, target Russia. The
  slang codes "200" and "300" are names (not labelled). Enemy trucks, cars, motorcycles and
  buggies destroyed in combat are weapons with weapon_type vehicle (required; donated or
  civilian vehicles stay debatable); equipment "Damaged" has action `*`. "Targets struck",
  sorties, UAV control points, shelters and dugouts, Starlink terminals, assaults repelled and
  group sizes are debatable; a daily rate ("up to 200 Molniya drones a day") is debatable;
  prices are debatable. Cumulative kills since 1 January and since formation are required
  (region `*`). Money collected by the brigade's fundraiser is money received (required,
  unit `*`); its goal and the drones it means to buy are plans (optional); the fundraiser block
  is repeated at the end as an identical paragraph (one claim). Readers' comments are private
  voices: restatements, donations, hearsay of others' claims and a reader's own unit's
  deliveries are debatable.
- An interview with a Finnish volunteer (s04): the volunteer is a private voice (claimant_side
  `*`) even when he writes "we" for his Ukrainian unit (actor Ukraine); his brigade's official
  count that he relays speaks for Ukraine. Finland and its bodies (Supo, the Ministry for
  Foreign Affairs, the Ministry of Defence, the Defence Forces) are not a side: claimant_side
  `*`; Finland's wartime strength is an army size with actor, country and region `*`; its
  reservists are a population stock (debatable). Foreign volunteers who fought for Ukraine are
  personnel with action `*`, actor Ukraine; volunteers killed have target Ukraine, and so do
  the "foreign mercenaries" Russia claims to have eliminated. His company's strength and a
  dugout's four men are group sizes (debatable); "two did not come out" is a euphemism
  (debatable); wound fragments, his pay and its bracketed conversion, the border's length and
  aid packages are debatable. Finland's aid sent in euros is money paid (required, all sides
  `*`).
- A UK written answer and Commons debate (s05): the minister, MPs and Defence Intelligence
  speak for the United Kingdom. Ukrainian recruits trained are personnel with action, actor
  and target `*` (trainer or trainee could be read as the actor), country where they were
  trained (United Kingdom or Ukraine), region `*`; a breakdown by place ("on the Plain") is
  required; UK instructors are personnel with actor United Kingdom. Military support provided
  and money disbursed in pounds are required (unit, actor and target `*`); a standing
  commitment ("at least £3 billion a year"), planned training places and places Ukraine has
  asked for are optional. Equipment delivered by the UK is deliveries (actor United Kingdom).
  Russian casualties "killed and wounded" together have action `*`. An MP restating the
  minister's figure is a restatement (optional). A need ("30,000 new soldiers every month"), a
  proposal ("20,000 places"), daily averages, shares ("one in three shells"), ratios ("three
  times as many") and sanctions counts are debatable.
- A Japanese wire story (s06): the agency's voice has claimant_side `*`, and so do Japan's
  Defense Ministry and a think tank; South Korea's NIS and the lawmaker relaying its briefing
  speak for South Korea, KCNA and Kim Jong Un for North Korea, HUR for Ukraine. North Korean
  troops sent to Russia are personnel deployed (actor North Korea, country Russia, region `*`);
  their "killed or wounded" have action `*`. Shells and missiles North Korea sent are
  deliveries (actor North Korea), and so is the Pantsir Russia gave North Korea (actor Russia);
  "artillery pieces ... and multiple rocket launchers" together have weapon_type `*`. Calibres
  ("170mm", "240mm") belong to the weapon's name. Containers, construction workers,
  engineering units, hectares cleared and explosive objects defused, sanctioned entities, test
  launches into the sea off Korea, prisoners of war and "tens of thousands" are debatable.
  Money North Korea earned ("as much as $20 billion") is money received (required) and Japan's
  aid provided is money paid (required), all sides `*`.
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
    SK,
    UK,
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

Ku, Do, Kh, Zp, Ks, Dn, Ky, Su = (
    "Kursk", "Donetsk", "Kharkiv", "Zaporizhzhia", "Kherson", "Dnipropetrovsk", "Kyiv", "Sumy"
)  # fmt: skip

# fmt: off
# ---------------------------------------------------------------- s01 UN monitoring mission, April
d = "s01_hrmmu_civilian_casualties_april.txt"
# A humanitarian aggregator (ReliefDesk) reposting the UN Human Rights Monitoring Mission's
# (HRMMU) April 2028 update on civilian casualties. HRMMU and its head (Marquardt) speak for the
# United Nations; Russia's authorities for Russia; Ukraine's regional administrations for
# Ukraine. Country Ukraine except the Russian authorities' figures (Russia, region `*`: three
# regions). Required: the month's "at least 226" killed and 1,184 injured (actor `*`, region
# None; 1,184 qualifier `*`: only the first item of the pair is qualified); 209 and 1,097
# attributed to Russian forces; eleven and 62 attributed to Ukrainian forces in occupied
# territory (target `*`); six and 25 unattributed; the breakdown by region (Donetsk 84/312,
# Kharkiv 41/287, Zaporizhzhia 33/176, Kherson 29/198, Dnipropetrovsk 17/94, actor `*`); the Kyiv
# attack's 14 killed and 58 injured (actor Russia: "a combined Russian missile and drone
# attack"); short-range drones' 71 killed and 455 injured (actor `*`, region `*`); 37
# educational and 21 medical facilities damaged and "at least 14" power plants and substations
# damaged (infrastructure); 16,482 killed and 44,907 injured since 2022; Russia's 23 killed and
# 117 injured (actor Ukraine, target Russia); 4,650 evacuated (actor and target `*`, region `*`:
# two regions). Optional: the subhead's 226 and 1,184, March's 172 and 903 (earlier state), the
# children (19, 96, 771, 612). Debatable: "29 per cent", the hearsay "40 drones", "92 per cent",
# "a family of four", "38 per cent", "25 kilometres", "18 per cent", "nine large-scale attacks",
# "up to 1.3 million households", "214 interviews", "16 site visits", "41 staff", "2,316" war
# crimes proceedings. Non-claims: "April 2028", "9 May 2028", "8 May 2028", "third month",
# "October 2027", "half a year", "17 April", "24 February 2022", "73-year-old", "fourth time",
# "6 June 2028", and the furniture ("1.4 MB", "612 KB", "3 attachments", "No. 17", "2 May 2028",
# "2027–2028", "5 lessons", "48,000 subscribers", "312 shares", "2016–2028", "14 Rue des Alpes",
# "1201").
rows(d, [
    ("in a row: at least 226 civilians killed", "at least 226", 226, GE, "count", CAS, N, "killed", A, U, UN, U, N, True),  # subhead
    ("226 civilians killed and 1,184 injured in April", "1,184", 1184, A, "count", CAS, N, "injured", A, U, UN, U, N, True),  # subhead
    ("verified that at least 226 civilians were killed", "at least 226", 226, GE, "count", CAS, N, "killed", A, U, UN, U, N),
    ("were killed and 1,184 injured in Ukraine", "1,184", 1184, A, "count", CAS, N, "injured", A, U, UN, U, N),
    ("the Mission verified 172 civilian deaths", "172", 172, EX, "count", CAS, N, "killed", A, U, UN, U, N, True),  # earlier state
    ("172 civilian deaths and 903 injuries", "903", 903, EX, "count", CAS, N, "injured", A, U, UN, U, N, True),  # earlier state
    ("Among the victims were 19 children killed", "19", 19, EX, "count", CAS, N, "killed", A, U, UN, U, N, True),  # subset
    ("and 96 children injured", "96", 96, EX, "count", CAS, N, "injured", A, U, UN, U, N, True),  # subset
    ("attributed 209 deaths", "209", 209, EX, "count", CAS, N, "killed", R, U, UN, U, A),
    ("and 1,097 injuries to attacks", "1,097", 1097, EX, "count", CAS, N, "injured", R, U, UN, U, A),
    ("recorded eleven civilians killed", "eleven", 11, EX, "count", CAS, N, "killed", U, A, UN, U, A),
    ("and 62 injured by Ukrainian armed forces", "62", 62, EX, "count", CAS, N, "injured", U, A, UN, U, A),
    ("the remaining six deaths", "six", 6, EX, "count", CAS, N, "killed", A, A, UN, U, A),
    ("six deaths and 25 injuries", "25", 25, EX, "count", CAS, N, "injured", A, A, UN, U, A),
    ("with 84 civilians killed", "84", 84, EX, "count", CAS, N, "killed", A, U, UN, U, Do),
    ("killed and 312 injured", "312", 312, EX, "count", CAS, N, "injured", A, U, UN, U, Do),
    ("(41 killed", "41", 41, EX, "count", CAS, N, "killed", A, U, UN, U, Kh),
    ("41 killed, 287 injured", "287", 287, EX, "count", CAS, N, "injured", A, U, UN, U, Kh),
    ("(33 killed", "33", 33, EX, "count", CAS, N, "killed", A, U, UN, U, Zp),
    ("33 killed, 176 injured", "176", 176, EX, "count", CAS, N, "injured", A, U, UN, U, Zp),
    ("(29 killed", "29", 29, EX, "count", CAS, N, "killed", A, U, UN, U, Ks),
    ("29 killed, 198 injured", "198", 198, EX, "count", CAS, N, "injured", A, U, UN, U, Ks),
    ("(17 killed", "17", 17, EX, "count", CAS, N, "killed", A, U, UN, U, Dn),
    ("17 killed, 94 injured", "94", 94, EX, "count", CAS, N, "injured", A, U, UN, U, Dn),
    ("which killed 14 civilians", "14", 14, EX, "count", CAS, N, "killed", R, U, UN, U, Ky),
    ("and injured 58, among them", "58", 58, EX, "count", CAS, N, "injured", R, U, UN, U, Ky),
    ("Short-range drones killed 71 civilians", "71", 71, EX, "count", CAS, N, "killed", A, U, UN, U, A),
    ("and injured 455", "455", 455, EX, "count", CAS, N, "injured", A, U, UN, U, A),
    ("damage to 37 educational facilities", "37", 37, EX, "count", INF, N, A, A, U, UN, U, N),
    ("and 21 medical facilities", "21", 21, EX, "count", INF, N, A, A, U, UN, U, N),
    ("damaged at least 14 power plants", "at least 14", 14, GE, "count", INF, N, A, A, U, UN, U, N),
    ("verified that 16,482 civilians", "16,482", 16482, EX, "count", CAS, N, "killed", A, U, UN, U, N),
    ("killed and 44,907 injured", "44,907", 44907, EX, "count", CAS, N, "injured", A, U, UN, U, N),
    ("including 771 children killed", "771", 771, EX, "count", CAS, N, "killed", A, U, UN, U, N, True),  # subset
    ("attacks killed 23 civilians", "23", 23, EX, "count", CAS, N, "killed", U, R, R, R, A),
    ("and injured 117", "117", 117, EX, "count", CAS, N, "injured", U, R, R, R, A),
    ("reported that 4,650 people", "4,650", 4650, EX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("among them 612 children", "612", 612, EX, "count", DIS, N, "evacuated", A, A, U, U, A, True),  # subset
])
any_(d, [
    ("The figure is 29 per cent higher", "29"),
    ("'The radio said 40 drones were coming.", "40"),
    ("Most casualties (92 per cent)", "92"),
    ("a family of four", "four"),
    ("caused 38 per cent", "38"),
    ("within 25 kilometres", "25"),
    ("a further 18 per cent", "18"),
    ("In nine large-scale attacks", "nine"),
    ("up to 1.3 million households", "up to 1.3 million"),
    ("based on 214 interviews", "214"),
    ("16 site visits", "16"),
    ("which has 41 staff", "41"),
    ("registering 2,316 new war crimes", "2,316"),
])

# ---------------------------------------------------------------- s02 Kursk district head's posts
d = "s02_glushkovo_district_telegram_posts.txt"
# A translation site (Frontier Translate) with one day's Telegram posts (14 March 2028) of the
# head of Glushkovsky district, Kursk region (Zolotaryov), including a forwarded post of the
# regional governor. He, the governor and the Defence Ministry speak for Russia; "the enemy" is
# Ukraine; the translator's note relays Ukraine's State Border Guard Service (Ukraine). Country
# Russia, region Kursk unless noted. Required: 46 shells and mortar rounds on Tyotkino and the
# day's 118 (artillery, launched), three houses damaged and the day's eleven (infrastructure), 31
# FPV drones used and "19 of them" suppressed by electronic warfare (shot_down), 38 and 412
# evacuated, the ministry's 42 UAVs destroyed, the governor's nine killed and 61 injured (actor
# Ukraine: "enemy attacks"), "up to 2,000" troops concentrated in Sumy region (massed, country
# Ukraine), two killed and four injured in Popovo-Lezhachi, the day's five injured (a new total:
# 1 + 4), and the border guards' 14 guided bombs on Sumy region. Optional: "7 children" (subset),
# the summary's 31 drones, two killed and 38 evacuated (restated). Debatable: the payment
# "10,000 roubles" (pinned block, repeated twice as identical paragraphs), "Eleven households",
# "About 120 people", "96 attacks", "23 explosive devices", "dozens of armoured vehicles", "two
# cars", "210 times". Non-claims: "14 March 2028", the posting times and "between 01:00 and
# 05:30", "08:55", "16:20", "14:00", "12th kilometre", "born in 1966", "aged 71", "44-year-old",
# "one of them", "school No. 1", "1 March", "13 March", and the furniture ("$3 a month", "21.4K
# subscribers", the hotline number "8 (47132) 2-14-09", views and reactions "👁 9.1K", "🙏 214",
# "12 March", "5 villages", "30 volunteers", "37 channels", "1,430 supporters", "2023–2028");
# "one-time" is not a number.
rows(d, [
    ("46 shells and mortar rounds", "46", 46, EX, "count", W, "artillery", "launched", U, R, R, R, Ku),
    ("Three private houses", "Three", 3, EX, "count", INF, N, A, A, R, R, R, Ku),
    ("the enemy used 31 FPV drones", "31", 31, EX, "count", W, "drone", "launched", U, R, R, R, Ku),
    ("19 of them were suppressed", "19", 19, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku),
    ("Today another 38 people", "38", 38, EX, "count", DIS, N, "evacuated", A, A, R, R, Ku),
    ("including 7 children", "7", 7, EX, "count", DIS, N, "evacuated", A, A, R, R, Ku, True),  # subset
    ("412 residents of the district", "412", 412, EX, "count", DIS, N, "evacuated", A, A, R, R, Ku),
    ("destroyed 42 Ukrainian UAVs", "42", 42, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku),
    ("nine civilians have been killed", "nine", 9, EX, "count", CAS, N, "killed", U, R, R, R, Ku),
    ("killed and 61 injured", "61", 61, EX, "count", CAS, N, "injured", U, R, R, R, Ku),
    ("concentrated up to 2,000 troops", "up to 2,000", 2000, LE, "count", PER, N, "massed", U, A, R, U, Su),
    ("Two residents were killed", "Two", 2, EX, "count", CAS, N, "killed", U, R, R, R, Ku),
    ("Four more were injured", "Four", 4, EX, "count", CAS, N, "injured", U, R, R, R, Ku),
    ("fired 118 shells and mortar rounds", "118", 118, EX, "count", W, "artillery", "launched", U, R, R, R, Ku),
    ("and used 31 FPV drones; 2", "31", 31, EX, "count", W, "drone", "launched", U, R, R, R, Ku, True),  # restates
    ("2 residents killed", "2", 2, EX, "count", CAS, N, "killed", U, R, R, R, Ku, True),  # restates
    ("killed, 5 injured", "5", 5, EX, "count", CAS, N, "injured", U, R, R, R, Ku),
    ("38 people evacuated", "38", 38, EX, "count", DIS, N, "evacuated", A, A, R, R, Ku, True),  # restates
    ("Eleven houses and two cars damaged", "Eleven", 11, EX, "count", INF, N, A, A, R, R, R, Ku),
    ("dropped 14 guided aerial bombs", "14", 14, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Su),
])
any_(d, [
    ("one-time payment of 10,000 roubles", "10,000"),
    ("Eleven households on Sovetskaya street", "Eleven"),
    ("About 120 people still remain", "About 120"),
    ("carried out 96 attacks", "96"),
    ("dropped 23 explosive devices", "23"),
    ("and dozens of armoured vehicles", "dozens"),
    ("Eleven houses and two cars", "two"),
    ("Sumy region 210 times", "210"),
])

# ---------------------------------------------------------------- s03 drone brigade weekly results
d = "s03_hrim_drone_brigade_weekly_results.txt"
# A Ukrainian unmanned systems brigade's ("Hrim", 164th) weekly results post on Facebook, with a
# fundraiser block repeated at the end and reader comments. The brigade and its commander speak
# for Ukraine; country Ukraine, region Donetsk (Kostiantynivka and Toretsk directions). Required:
# 211 eliminated (killed) and 148 wounded (injured), actor Ukraine, target Russia; destroyed: 4
# tanks, 13 armoured fighting vehicles, 17 artillery systems, "two 2S7 Pion" among them (a model
# within a weapon total), 3 MLRS, one Buk-M2 launcher (air_defense), 52 trucks and cars and 86
# motorcycles and buggies (vehicle); damaged 6 tanks and 21 armoured vehicles (action `*`); 412
# UAVs intercepted (shot_down, actor Ukraine, target Russia); 2,940 FPV drones used (launched);
# 4,312 since 1 January and "more than 21 thousand" since formation (killed, region `*`); "about
# 40" armoured vehicles and "up to 600" infantry concentrated (massed, actor Russia); the
# fundraiser's "7. 4 million" hryvnias collected (stray space kept; one claim though repeated);
# the brigade's reply: two pilots wounded (actor `*`, target Ukraine). Optional: the fundraiser's
# 500 drones and 12 million goal (plans), "410 of them" on fibre optics (subset). Debatable:
# "1,046 enemy targets", UAV control points 14, shelters 97, Starlink 9, "3,870 sorties",
# "eleven times", "three to five", "up to 200 ... a day", "about 18,000 hryvnias", "$3 million",
# the readers' "211 fewer orcs", "500 UAH", "40 of your drone crews", "up to 300 killed", "60
# of them". Non-claims: "164th", "13 May 2028 at 10:03", "6–12 May 2028", the codes "200" and
# "300", 2S7, Buk-M2, "1 January", 2024, "Not one group", "One FPV drone" and "One Russian tank"
# (units of a price), "not one brigade", "#164brigade", "#Week19", "93rd", and the furniture
# ("318K followers", "41 following", "4.2K", "318 comments", "611 shares", "2d", "1d", like
# counts 184, 97, 61, 402, 12, 8, 33, "313 more comments", "1.1M", "640K", "© 2028").
rows(d, [
    ("🔴 FUNDRAISER: 500 interceptor drones", "500", 500, EX, "count", W, "drone", A, A, A, U, A, A, True),  # plan
    ("Collected 7. 4 million", "7. 4 million", 7400000, EX, A, ECO, N, A, A, A, U, U, A),
    ("of 12 million hryvnias", "12 million", 12000000, EX, A, ECO, N, A, A, A, U, U, A, True),  # goal
    ('("200"): 211', "211", 211, EX, "count", CAS, N, "killed", U, R, U, U, Do),
    ('("300"): 148', "148", 148, EX, "count", CAS, N, "injured", U, R, U, U, Do),
    ("🔥 tanks – 4", "4", 4, EX, "count", W, "tank", "destroyed", U, R, U, U, Do),
    ("armoured fighting vehicles – 13", "13", 13, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Do),
    ("artillery systems – 17", "17", 17, EX, "count", W, "artillery", "destroyed", U, R, U, U, Do),
    ("including two 2S7 Pion", "two", 2, EX, "count", W, "artillery", "destroyed", U, R, U, U, Do),
    ("multiple rocket launchers – 3", "3", 3, EX, "count", W, "mlrs", "destroyed", U, R, U, U, Do),
    ("air defence – one Buk-M2", "one", 1, EX, "count", W, "air_defense", "destroyed", U, R, U, U, Do),
    ("trucks and cars – 52", "52", 52, EX, "count", W, "vehicle", "destroyed", U, R, U, U, Do),
    ("motorcycles and buggies – 86", "86", 86, EX, "count", W, "vehicle", "destroyed", U, R, U, U, Do),
    ("Damaged: tanks – 6", "6", 6, EX, "count", W, "tank", A, U, R, U, U, Do),
    ("armoured fighting vehicles – 21", "21", 21, EX, "count", W, "armored_vehicle", A, U, R, U, U, Do),
    ("Intercepted: 412 enemy", "412", 412, EX, "count", W, "drone", "shot_down", U, R, U, U, Do),
    ("used 2,940 FPV drones", "2,940", 2940, EX, "count", W, "drone", "launched", U, R, U, U, Do),
    ("410 of them on fibre optics", "410", 410, EX, "count", W, "drone", "launched", U, R, U, U, Do, True),  # subset
    ("has eliminated 4,312 occupiers", "4,312", 4312, EX, "count", CAS, N, "killed", U, R, U, U, A),
    ("more than 21 thousand", "more than 21 thousand", 21000, GE, "count", CAS, N, "killed", U, R, U, U, A),
    ("concentrating about 40 armoured vehicles", "about 40", 40, APX, "count", W, "armored_vehicle", "massed", R, U, U, U, Do),
    ("and up to 600 infantry", "up to 600", 600, LE, "count", PER, N, "massed", R, U, U, U, Do),
    ("Two of our pilots were lightly wounded", "Two", 2, EX, "count", CAS, N, "injured", A, U, U, U, Do),
])
any_(d, [
    ("struck 1,046 enemy targets", "1,046"),
    ("UAV control points – 14", "14"),
    ("shelters and dugouts – 97", "97"),
    ("Starlink terminals – 9", "9"),
    ("flew 3,870 sorties", "3,870"),
    ("storm our positions eleven times", "eleven"),
    ("in groups of three to five", "three to five"),
    ("launches up to 200 Molniya drones a day", "up to 200"),
    ("costs us about 18,000 hryvnias", "about 18,000"),
    ("costs Russia over $3 million", "over $3 million"),
    ("211 fewer orcs", "211"),
    ("Sent 500 UAH", "500"),
    ("destroyed 40 of your drone crews", "40"),
    ('"up to 300 killed"', "up to 300"),
    ("got 60 of them from volunteers", "60"),
])

# ---------------------------------------------------------------- s04 Finnish volunteer interview
d = "s04_finnish_volunteer_interview.txt"
# A Finnish regional newspaper (Lakeuden Sanomat) interviews Mikko Halonen, who fought in the 3rd
# Assault Brigade near Chasiv Yar (Donetsk region). He is a private voice (claimant_side `*`);
# "we" is his Ukrainian unit (actor Ukraine); the brigade's official count speaks for Ukraine;
# Supo and Finland's ministries `*`; Ukraine's Ground Forces Ukraine; Russia's Defence Ministry
# Russia. Country Ukraine, region Donetsk for his sector. Required: "an estimated 60" Finns who
# fought for Ukraine and "some 20,000" foreigners (personnel, action `*`, actor Ukraine, region
# None), "at least five" Finns killed (target Ukraine, country and region `*`), "more than 60"
# glide bombs (launched, actor Russia), 17 of his company killed (actor `*`), nine tanks and
# "around 30" armoured vehicles destroyed (nine: qualifier `*`, a list with one qualified item),
# the brigade's 12 tanks, "at least 400" Russians lost (action `*`), Russia's "more than 2,000"
# foreign mercenaries eliminated (target Ukraine, region None), Finland's 3.4 billion euros of
# aid sent and its wartime strength of 280,000 (personnel, actor `*`). Optional: "Two of the
# dead" and "nearly two dozen of them" (subsets). Debatable: "ten shells for every one" (headline
# and body), "about 110 men", "40 of us left", "more than 60 countries", "up to 150 drones a
# day", "1,340-kilometre", "about 120,000 hryvnias" and "roughly 2,600 euros", "31 packages",
# "some 870,000" reservists, "14 metal fragments", "three are still there", "four men", "two did
# not come out", "some 40 Finns". Non-claims: "22 months", "36", "27.4.2028 06:00", "09:15",
# "one of an estimated" (a pronoun), "In one week",
# "11 min", "May", "3rd Assault Brigade", "May 2026", 2022, "9 August", "the second hour", "an
# hour earlier", "two weeks", "January", "in a year", "every one of ours", and the furniture
# ("€1", "3 of your 5 free articles", "1,204 shares", "Comments (86)", "12.1.2028", 2027, "a fifth
# year", "2 new companies", "07:00", "Kauppakatu 12, 60100", "0123456-7", "© 2028").
rows(d, [
    ("one of an estimated 60 Finns", "an estimated 60", 60, APX, "count", PER, N, A, U, A, A, U, N),
    ("at least five Finnish volunteers", "at least five", 5, GE, "count", CAS, N, "killed", A, U, A, A, A),
    ("at some 20,000", "some 20,000", 20000, APX, "count", PER, N, A, U, A, U, U, N),
    ("dropped more than 60 glide bombs", "more than 60", 60, GE, "count", W, "guided_bomb", "launched", R, U, A, U, Do),
    ("We lost 17 killed", "17", 17, EX, "count", CAS, N, "killed", A, U, A, U, Do),
    ("Two of the dead were foreigners", "Two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Do, True),  # subset
    ("destroyed nine tanks", "nine", 9, A, "count", W, "tank", "destroyed", U, R, A, U, Do),
    ("around 30 other armoured vehicles", "around 30", 30, APX, "count", W, "armored_vehicle", "destroyed", U, R, A, U, Do),
    ("that week said 12 tanks", "12", 12, EX, "count", W, "tank", "destroyed", U, R, U, U, Do),
    ('lost "at least 400 men"', "at least 400", 400, GE, "count", CAS, N, A, A, R, A, U, Do),
    ('"eliminated" more than 2,000 foreign', "more than 2,000", 2000, GE, "count", CAS, N, "killed", R, U, R, U, N),
    ("nearly two dozen of them", "nearly two dozen", 24, LE, "count", CAS, N, "killed", R, U, R, U, N, True),  # subset
    ("worth a total of 3.4 billion euros", "3.4 billion", 3400000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("wartime strength is 280,000 soldiers", "280,000", 280000, EX, "count", PER, N, A, A, A, A, A, A),
])
any_(d, [
    ('"They had ten shells for every one of ours"', "ten"),
    ("'They have ten shells for every one of ours.'", "ten"),
    ("went in with about 110 men", "about 110"),
    ("there were 40 of us left", "40"),
    ("from more than 60 countries", "more than 60"),
    ("using up to 150 drones a day", "up to 150"),
    ("Finland has a 1,340-kilometre border", "1,340"),
    ("paid about 120,000 hryvnias", "about 120,000"),
    ("(roughly 2,600 euros)", "roughly 2,600"),
    ("sent Ukraine 31 packages", "31"),
    ("some 870,000 trained reservists", "some 870,000"),
    ("removed 14 metal fragments", "14"),
    ("three are still there", "three"),
    ("Of the four men in our dugout", "four"),
    ("two did not come out", "two"),
    ("supports some 40 Finns", "some 40"),
])

# ---------------------------------------------------------------- s05 UK written answers, debate
d = "s05_uk_parliament_interflex_aid.txt"
# Hansard-style page: two written answers (Operation Interflex training; military aid in 2027)
# and a Commons debate excerpt. The minister (Edgington), MPs and Defence Intelligence speak for
# the United Kingdom. Required: "more than 64,000" recruits trained in the UK, 8,950 in 2027,
# 3,100 trained in Ukraine, "Some 6,000" on Salisbury Plain (breakdown by place), "Around 400"
# UK instructors (actor United Kingdom); "£4. 5 billion" (stray space kept), "£21.8 billion",
# the disbursed "£2.26 billion" and the "£150 million" for the energy grid (unit `*`); deliveries
# "more than 120,000" drones, "over 350,000" artillery rounds, 5,000 missiles, 14 air defence
# systems and 20 tanks (actor United Kingdom; the unqualified items of the list have qualifier
# `*`); Russia's "more than 1.2 million casualties" (action `*`, target Russia); 740 drones and
# 46 missiles launched and 701 and 39 shot down on a single night (region None). Optional:
# "1,240" (subset), "around 10,000" places planned, "at least £3 billion a year" (commitment),
# the debate's restated 64,000 (three times), "9,500 places" asked for. Debatable: "12 partner
# nations", "1,050 personnel a day", "30,000 new soldiers every month", "20,000 places", "one in
# three shells", "three times as many drones", "more than 2,900", "47 this month". Non-claims:
# "UIN 41876", "UIN 41903", "2 March 2028", "3 March 2028", "9 March 2028", "10 March 2028",
# "June 2022", 2022, 2027, 2028, 2029, "February 2022", Challenger 2, Group of Seven, "Volume
# 781", "Column 412", "2.41 pm", "9 March", "April", "five weeks", "five months", "11th Infantry
# Brigade", and the furniture ("v3.0", "© UK Parliament 2028").
rows(d, [
    ("trained more than 64,000 Ukrainian recruits", "more than 64,000", 64000, GE, "count", PER, N, A, A, A, UK, UK, A),
    ("2027, 8,950 recruits completed", "8,950", 8950, EX, "count", PER, N, A, A, A, UK, UK, A),
    ("of whom 1,240 completed", "1,240", 1240, EX, "count", PER, N, A, A, A, UK, UK, A, True),  # subset
    ("trained 3,100 Ukrainian personnel", "3,100", 3100, EX, "count", PER, N, A, A, A, UK, U, A),
    ("around 10,000 training places", "around 10,000", 10000, APX, "count", PER, N, A, A, A, UK, UK, A, True),  # plan
    ("Around 400 UK service personnel", "Around 400", 400, APX, "count", PER, N, A, UK, A, UK, UK, A),
    ("provided £4. 5 billion", "£4. 5 billion", 4500000000, EX, A, ECO, N, A, A, A, UK, A, A),
    ("to £21.8 billion", "£21.8 billion", 21800000000, EX, A, ECO, N, A, A, A, UK, A, A),
    ("more than 120,000 drones", "more than 120,000", 120000, GE, "count", W, "drone", A, UK, A, UK, A, A),
    ("over 350,000 artillery rounds", "over 350,000", 350000, GE, "count", W, "artillery", A, UK, A, UK, A, A),
    ("5,000 Lightweight Multirole Missiles", "5,000", 5000, A, "count", W, "missile", A, UK, A, UK, A, A),
    ("14 Raven air defence systems", "14", 14, A, "count", W, "air_defense", A, UK, A, UK, A, A),
    ("20 refurbished Challenger 2 tanks", "20", 20, A, "count", W, "tank", A, UK, A, UK, A, A),
    ("full £2.26 billion share", "£2.26 billion", 2260000000, EX, A, ECO, N, A, A, A, UK, A, A),
    ("at least £3 billion a year", "at least £3 billion", 3000000000, GE, A, ECO, N, A, A, A, UK, A, A, True),  # commitment
    ("more than 64,000 Ukrainian recruits have now passed", "more than 64,000", 64000, GE, "count", PER, N, A, A, A, UK, UK, A, True),  # restates
    ("more than 1.2 million casualties", "more than 1.2 million", 1200000, GE, "count", CAS, N, A, A, R, UK, A, A),
    ("Russia launched 740 drones", "740", 740, EX, "count", W, "drone", "launched", R, U, UK, U, N),
    ("and 46 missiles at Ukrainian cities", "46", 46, EX, "count", W, "missile", "launched", R, U, UK, U, N),
    ("shot down 701 of the drones", "701", 701, EX, "count", W, "drone", "shot_down", U, R, UK, U, N),
    ("and 39 of the missiles", "39", 39, EX, "count", W, "missile", "shot_down", U, R, UK, U, N),
    ("provided £150 million this winter", "£150 million", 150000000, EX, A, ECO, N, A, A, A, UK, A, A),
    ("She says 64,000", "64,000", 64000, A, "count", PER, N, A, A, A, UK, UK, A, True),  # restates
    ("asked for 9,500 places", "9,500", 9500, EX, "count", PER, N, A, A, A, UK, A, A, True),  # plan
    ("those 64,000 recruits", "64,000", 64000, A, "count", PER, N, A, A, A, UK, UK, A, True),  # restates
    ("Some 6,000 Ukrainian recruits trained on the Plain", "Some 6,000", 6000, APX, "count", PER, N, A, A, A, UK, UK, A),
])
any_(d, [
    ("the UK and 12 partner nations", "12"),
    ("on average 1,050 personnel a day", "1,050"),
    ("bring in 30,000 new soldiers every month", "30,000"),
    ("doubling Interflex to 20,000 places", "20,000"),
    ("one in three shells", "one in three"),
    ("three times as many drones", "three"),
    ("sanctioned more than 2,900 individuals", "more than 2,900"),
    ("including 47 this month", "47"),
])

# ---------------------------------------------------------------- s06 Japanese wire on North Korea
d = "s06_ypi_north_korea_troops_shells.txt"
# A Japanese news agency's English wire (Yamato Press International) on North Korean troops,
# shells and missiles sent to Russia. The agency's voice, Japan's Defense Ministry and the Korea
# Institute for Defense Analyses `*`; the NIS and lawmaker Park (relaying it) South Korea;
# KCNA/Kim North Korea; HUR Ukraine. Required: "at least 6,000" more soldiers and "about 21,000"
# in all (personnel deployed, actor North Korea, country Russia, region `*`); "about 4,700"
# killed or wounded (action `*`, target North Korea); "at least 12 million" shells and "at
# least one" Pantsir (deliveries: actors North Korea and Russia); Japan's "more than 250"
# missiles and "up to 200" artillery pieces (weapon_type `*`); HUR's 148 KN-23 fired at Ukraine
# in 2027 and 31 intercepted (region None); KCNA's 1,012 soldiers who "gave their lives"
# (killed, Kursk); "as much as $20 billion" earned and Japan's "$12.1 billion" provided (usd).
# Optional: the headline's 6,000 and 12 million, "some 1,900 killed" (subset), "an estimated 9. 4
# million" (earlier state; stray space kept). Debatable: "more than 28,000 containers", "about
# 5,000" workers, "two dozen" units, "about 40 percent", "tens of thousands", "more than 1,500
# hectares", "over 30,000 explosive objects", "11" entities, "two short-range ballistic
# missiles", "Two North Korean soldiers captured". Non-claims: "17:42 JST, June 8, 2028",
# "21:05 JST", "late 2024", "Thursday", KN-23, KN-24, M1989, "170mm", "240mm", 2027, "Kim, 44",
# 2023, "four years", Group of Seven, "Resolution 1718", "eighth launch", "January 2025", and the
# furniture ("¥980", "👍 1,204", "🔁 388", "💬 52", "2 ballistic missiles", "June 5", "5 things",
# "May 30", the most-read numbering "1." to "3.", "160 to the dollar", "14 months", "Typhoon No.
# 4", "© ... 2028").
rows(d, [
    ("sends 6,000 more troops", "6,000", 6000, A, "count", PER, N, "deployed", NK, A, SK, R, A, True),  # headline
    ('shipped "12 million shells"', "12 million", 12000000, A, "count", W, "artillery", A, NK, A, SK, A, A, True),  # headline
    ("sent at least 6,000 more soldiers", "at least 6,000", 6000, GE, "count", PER, N, "deployed", NK, A, SK, R, A),
    ("to about 21,000", "about 21,000", 21000, APX, "count", PER, N, "deployed", NK, A, SK, R, A),
    ("about 4,700 North Korean soldiers", "about 4,700", 4700, APX, "count", CAS, N, A, A, NK, SK, A, A),
    ("including some 1,900 killed", "some 1,900", 1900, APX, "count", CAS, N, "killed", A, NK, SK, A, A, True),  # subset
    ("equivalent to at least 12 million artillery shells", "at least 12 million", 12000000, GE, "count", W, "artillery", A, NK, A, SK, A, A),
    ("up from an estimated 9. 4 million", "an estimated 9. 4 million", 9400000, APX, "count", W, "artillery", A, NK, A, SK, A, A, True),  # earlier state
    ("at least one Pantsir", "at least one", 1, GE, "count", W, "air_defense", A, R, A, SK, A, A),
    ('"more than 250" short-range', "more than 250", 250, GE, "count", W, "missile", A, NK, A, A, A, A),
    ("up to 200 long-range artillery pieces", "up to 200", 200, LE, "count", W, A, A, NK, A, A, A, A),
    ("fired 148 North Korean-made", "148", 148, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("intercepted only 31 of the KN-23s", "31", 31, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("names of 1,012 soldiers", "1,012", 1012, EX, "count", CAS, N, "killed", A, NK, NK, R, Ku),
    ("as much as $20 billion", "as much as $20 billion", 20000000000, LE, "usd", ECO, N, A, A, A, A, A, A),
    ("provided Ukraine with $12.1 billion", "$12.1 billion", 12100000000, EX, "usd", ECO, N, A, A, A, A, A, A),
])
any_(d, [
    ("more than 28,000 containers", "more than 28,000"),
    ("about 5,000 North Korean military construction workers", "about 5,000"),
    ('send "two dozen" more', "two dozen"),
    ("about 40 percent of the ammunition", "about 40 percent"),
    ('"annihilated tens of thousands', "tens of thousands"),
    ('"more than 1,500 hectares"', "more than 1,500"),
    ('"over 30,000 explosive objects', "over 30,000"),
    ("new sanctions on 11 North Korean", "11"),
    ("fired two short-range ballistic missiles", "two"),
    ("Two North Korean soldiers captured", "Two"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s65")
