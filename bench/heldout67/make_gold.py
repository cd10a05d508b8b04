"""Builds gold.jsonl for heldout67 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout67.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (and through it heldout47, heldout46, heldout45,
heldout35, heldout27 and heldout33): headlines, subheads, fact boxes and later restatements are
optional; subsets introduced by "of whom", "among them", "including", "of them" are optional,
except a model or type within a weapon total; a breakdown of a total by place is required, and
so is a different action or fate on part of a total ("of which 141 drones ... were
neutralised"); in a list with a qualifier only the qualified items keep it (the others `*`), a
list with no qualifier is exact; casualty sentences that name no perpetrator have actor `*`; a
range is one claim quoting the whole range; losses reported as "lost" have action `*`; drones
destroyed in flight are shot_down; pledges, promises, plans, requests and planned spending are
optional; an earlier state ("up from around 19,000 a year earlier") is optional. Bodies that are
not sides (NATO, the EU, NGOs, companies, volunteer monitors, and states outside the vocabulary
of sides such as Latvia, Estonia, Lithuania, Poland, Germany) have claimant_side `*`, and a sum
or estimate they give keeps the actor and target of what it counts; an outlet's, author's or
forum user's own voice has claimant_side `*`. Damaged buildings and facilities are
infrastructure with action and actor `*` (damaged and destroyed alike). Deliveries to a side are
weapons with action `*` and the supplier as actor (`*` when the supplier is not a side), target,
country and region `*`. Money in another currency than the dollar has unit `*`; money received,
paid, spent or disbursed is required. Counts of places, incidents, cases and claims, group
sizes, shares and rates, distances, sizes and areas other than territory, prices and payments,
workforces and other population stocks, recipients of aid or care, vehicle and wagon counts,
and vague quantities are debatable (`any_`). A side's army size is personnel with action `*`
(actor `*` for a state outside the vocabulary of sides). Drones that strayed and crashed have
action `*`. Regional governors and regional military administrations speak for their side.
States outside the vocabulary of sides as country are `*`; the check's vocabulary of regions is
closed, so a region outside it (Pskov, Kaliningrad, Oryol, the Sea of Azov) is `*`, and so is
the region of a figure that spans several regions or is not placed; a nationwide figure has
region None. Dates, times, durations ("over the past 24 hours", "two more days"), ages
("9-year-old", "The driver, 44", "I'm 86", "over 60", "under five"), ordinals ("the fourth
vehicle", "9th floor", "4th attack", "third time", "first five months"), addresses, numbers
inside names (KAB-250, Su-34, Shahed-136, Kh-59, Kh-101, S-300, S-300V4, S-400, Iskander-M,
AN/MPQ-65, "118th", "3rd Separate Assault Brigade", "76th", "44th", "11th Army Corps", "45th
Panzer Brigade", "155mm", "120mm", "Group of Seven", usernames such as "kyivpride1991"),
compound sizes ("two-storey", "387-kilometre", "two-walls rule") and page furniture are not
labelled; "one of them" / "one of our eleven vehicles" is a pronoun.

Decided anew for this set:
- Regional military administration summaries (s01): counts of strikes and attacks ("538
  strikes", "7 MLRS attacks", "165 artillery strikes", "repelled 23 Russian assaults") are
  incidents (debatable), while bombs dropped and drones launched are weapons (required); the
  bombs and casualties of one settlement are a breakdown by place (required); "reports of
  damage" are counts of cases (debatable); households left without power are a population stock
  (debatable); damaged cars are a vehicle count (debatable). A casualty sentence inside a
  settlement's paragraph has actor `*` even when the sentence before names a Russian weapon.
  Enemy servicemen "eliminated" are killed. A number written with a space as thousands separator
  ("1 264") is one number.
- Defence ministry briefings (s02): settlements a side says it "liberated" or captured are
  territory, unit count, action seized (required); an area that "came under the control" of a
  side and the depth of an advance are territory (km2, km) with action `*`; the previous week's
  claims are an earlier state (optional). The enemy's "losses" in servicemen (killed and wounded
  together, also "destroyed up to 1,120 servicemen") are casualties with action `*`, and weapons
  in the same loss list have action `*`; cumulative totals "destroyed since the start of the
  special military operation" are destroyed, actor Russia, target Ukraine, country and region
  `*`, except unmanned aerial vehicles (action `*`: not said to be in flight). Mixed items
  ("tanks and other armoured combat vehicles", "artillery pieces and rocket launchers", "drones
  and cruise missiles", "long-range artillery systems and multiple rocket launchers") and HIMARS
  rockets have weapon_type `*`. "Motor vehicles", "special military vehicles" (vehicle counts),
  "electronic warfare stations" (no weapon type), "areas of concentration" struck (places) are
  debatable. Group sizes in a captive's quoted testimony ("of the 90 men ... only 11 came back")
  are debatable. Figures a weekly total is made of (per group of forces) are each required.
- Troop build-ups (s03): troops are massed when the text says "massed"; presence without such a
  verb ("holds", "keeps", "numbered", "NATO counts", "has reached") has action `*`. Russian
  troops and equipment in the Pskov, Leningrad and Kaliningrad regions have country Russia and
  region `*`; allied troops of states outside the sides (the Canada-led brigade, Germany's
  brigade, the UK-led multinational battle group) have actor `*`, US soldiers actor United
  States; their country is `*` (the Baltic states). A claim quoted inside another quote belongs
  to the inner speaker ("Moscow tells the OSCE 'it is only 5,000 men'": claimant_side Russia).
  "closer to 12,000" has qualifier `*` (no cue of the vocabulary). Weapons produced in a year
  ("produces about 1,500 tanks and armoured vehicles a year", "produced 290,000 shells in 2027")
  are weapons with action and target `*`, required; recruitment per month is a rate (debatable).
  Defence budgets and shares of GDP, border-crossing attempts, airspace violations, numbers of
  nations and of brigades or battalions, and kilometres of ditches are debatable. Peskov's
  figure of NATO troops is personnel with actor `*`, claimant_side Russia.
- A humanitarian NGO (s04): the foundation's voice has claimant_side `*`; its fact box,
  repeated identically at the top and the bottom of the page, is one paragraph labelled once
  and optional where it restates the body; children, people over 60 and bedridden evacuees are
  subsets (optional) and so is "We evacuated 97 children" (a part of the month's 684); the
  evacuees per town are a breakdown by place (required); evacuated people are displacement,
  action evacuated, actor and target `*`; residents who remain are a population stock
  (debatable); the NGO's month's spending and the donations it received are required, a cost per
  evacuation is a price (debatable); volunteers wounded by a Russian drone are casualties,
  actor Russia; the UN's count of aid workers killed has claimant_side United Nations.
- A company's press release on a business wire (s05): the company has claimant_side `*`; the
  value of a signed contract is economic and required (unit `*` for euros); what the contract
  will deliver later is a plan (optional); "250,000th artillery shell" is an ordinal milestone
  that implies a count (debatable); revenue, order backlog, share price and its change, and
  the workforce are debatable; future capacity ("up to half a million ... by 2029") is a plan
  (optional); an intelligence estimate of an adversary's output and supplies in the current
  year is required (not a plan). Weapon deliveries between other parties keep the supplier as
  actor (North Korea), target `*`.
- A forum thread (s06): users are private voices (claimant_side `*`) and figures they post from
  officials carry the official's side (Air Force, KCMA, Kyiv Oblast administration and
  Zelensky: Ukraine; the Russian MoD: Russia; Poland's Operational Command: `*`); a toll updated
  in EDITs is required at each state, and the last update's subset optional; a comment posted
  twice word for word is a repeated paragraph (labelled once); a user's own counts and his
  arithmetic on official figures ("539 + 31 = 570", "16 drones hit something"), "500+", "700+",
  people pulled out alive and second-hand quotes ("there were 8 shaheds ... we got 3") are
  debatable; a user's running total taken from official posts ("roughly 9,800 drones") is
  required with claimant_side `*`; drones "locationally lost" have action and actor `*`; drones
  shot down over Poland have actor `*` and target Russia.
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

Zp, Do, Ky, Be = "Zaporizhzhia", "Donetsk", "Kyiv", "Belgorod"

# fmt: off
# ---------------------------------------------------------------- s01 Zaporizhzhia RMA summary
d = "s01_zaporizhzhia_rma_evening_summary.txt"
# The Zaporizhzhia Regional Military Administration's portal with its head's (Bondarenko)
# evening summary for 14 March 2028. The head, the General Staff, the Air Force and the RMA's
# humanitarian department speak for Ukraine. Country Ukraine, region Zaporizhzhia except the Air
# Force's nationwide figures (region None). Required: 19 guided bombs and 347 drones launched
# (actor Russia: "The enemy"); the day's two killed and 14 injured (actor `*`) and the breakdown
# by settlement (Zaporizhzhia "Five" injured, Orikhiv's "4" bombs, Stepnohirsk's "One" killed and
# "two" injured, Malokaterynivka's "Six" injured; actor `*` for the casualties and for Orikhiv's
# bombs, whose sentence names no side); damaged houses and outbuildings (Three, Two, 2, 17, 9:
# infrastructure); "eleven" Shahed-136 and "two" Kh-59 shot down (actor Ukraine); the Air Force's
# 164 drones and 9 missiles launched at Ukraine and 141 and "seven" neutralised (a different
# action on part: required); the brigade's 2 tanks and 5 armoured vehicles destroyed and 31
# servicemen eliminated (killed); "1 264" evacuated (space as thousands separator). Optional: the
# headline's "TWO" and "14"; the subsets 318 children and 41 people with limited mobility.
# Debatable: "ELEVEN" and "eleven" settlements, "538 strikes", "7 MLRS attacks", "165 artillery
# strikes", "6 cars", "Around 3,100 households", "46 reports", "23 Russian assaults", "17
# settlements". Non-claims: "+7°C", "1545", "24/7" (twice), "18:52", "14 March 2028",
# "14.03.2028, 20:17", "24 hours", "13:42", "9-year-old", "71-year-old", KAB-250, Su-34,
# "two-storey", "The driver, 44", "15-year-old", Shahed-136, Kh-59, "118th", "1 March", "27
# Zaliznychna Street", and the furniture ("👁 4 118", "287 thousand subscribers", READ ALSO's "3
# injured", "Over 1,200 evacuated", "40 generators", "5 things" and dates, "👍 212 👎 9",
# "2016–2028", "69107", "164 Sobornyi Avenue", the phone number, "Visitors today: 18 436").
rows(d, [
    ("TWO KILLED, 14 INJURED", "TWO", 2, EX, "count", CAS, N, "killed", A, U, U, U, Zp, True),  # headline
    ("TWO KILLED, 14 INJURED", "14", 14, EX, "count", CAS, N, "injured", A, U, U, U, Zp, True),  # headline
    ("The enemy dropped 19 guided aerial bombs", "19", 19, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Zp),
    ("347 drones of various modifications", "347", 347, EX, "count", W, "drone", "launched", R, U, U, U, Zp),
    ("Two people were killed and 14", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Zp),
    ("killed and 14 were injured in the region", "14", 14, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("Five people were injured", "Five", 5, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("Three private houses, a shop", "Three", 3, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("4 guided aerial bombs hit the town", "4", 4, EX, "count", W, "guided_bomb", "launched", A, U, U, U, Zp),
    ("Two more private houses were damaged", "Two", 2, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("One man was killed and two", "One", 1, EX, "count", CAS, N, "killed", A, U, U, U, Zp),
    ("killed and two were injured", "two", 2, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("Six people, including a 15-year-old boy", "Six", 6, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("A minibus and 2 private houses", "2", 2, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("Destruction of 17 private houses", "17", 17, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("17 private houses, 9 outbuildings", "9", 9, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("shot down eleven Shahed-136 attack drones", "eleven", 11, EX, "count", W, "drone", "shot_down", U, R, U, U, Zp),
    ("and two Kh-59 guided missiles", "two", 2, EX, "count", W, "missile", "shot_down", U, R, U, U, Zp),
    ("Russia launched 164 drones", "164", 164, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 9 missiles at Ukraine overnight", "9", 9, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("of which 141 drones", "141", 141, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and seven missiles were neutralised", "seven", 7, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("destroyed 2 Russian tanks", "2", 2, EX, "count", W, "tank", "destroyed", U, R, U, U, Zp),
    ("and 5 armoured vehicles near Stepnohirsk", "5", 5, EX, "count", W, "armored_vehicle", "destroyed", U, R, U, U, Zp),
    ("eliminated 31 Russian servicemen", "31", 31, EX, "count", CAS, N, "killed", U, R, U, U, Zp),
    ("1 264 people have been evacuated", "1 264", 1264, EX, "count", DIS, N, "evacuated", A, A, U, U, Zp),
    ("including 318 children", "318", 318, EX, "count", DIS, N, "evacuated", A, A, U, U, Zp, True),  # subset
    ("and 41 people with limited mobility", "41", 41, EX, "count", DIS, N, "evacuated", A, A, U, U, Zp, True),  # subset
])
any_(d, [
    ("HIT ELEVEN SETTLEMENTS", "ELEVEN"),
    ("carried out 538 strikes", "538"),
    ("on eleven settlements of Zaporizhzhia", "eleven"),
    ("There were 7 MLRS attacks", "7"),
    ("and 165 artillery strikes", "165"),
    ("a shop and 6 cars", "6"),
    ("Around 3,100 households", "Around 3,100"),
    ("In total, 46 reports", "46"),
    ("repelled 23 Russian assaults", "23"),
    ("continues from 17 settlements", "17"),
])

# ---------------------------------------------------------------- s02 Russian MoD weekly briefing
d = "s02_rossiya_inform_mod_weekly_briefing.txt"
# A Russian state news agency (Rossiya-Inform) on the Defence Ministry's weekly briefing
# (spokesman Tsybin) of 22 April 2028. The ministry, its spokesman and Belgorod's acting governor
# (Larin) speak for Russia; Ukraine's General Staff for Ukraine. Country Ukraine for the front
# (the agency's "Donetsk People's Republic" and "Zaporozhye" are Donetsk and Zaporizhzhia), Russia
# for the overnight drones and Belgorod. Required: "five" settlements liberated (territory,
# seized; region `*`: two regions), "more than 8,400" servicemen lost (action `*`), "more than
# 190" km2 (action `*`), "up to 6" km deep (Donetsk: Konstantinovka direction), the per-group
# losses ("up to 1,560", "more than 1,310", "up to 1,120", "about 4,500" servicemen; the Tsentr
# list's tanks, armoured vehicles, 7 Bradleys (a model within the total) and guns with qualifier
# `*` in a list led by "up to"; the Yug group's "3" tanks likewise; action `*`); the week's air
# defence kills (14 JDAM, 9 HIMARS rockets with weapon_type `*`, two Neptune, 1,846 drones;
# country and region `*`); the overnight 96 drones over Russian regions (region None) and the
# breakdown by region (Oryol and the Sea of Azov: region `*`, the Sea of Azov country `*`); the
# governor's one killed and three wounded (actor Ukraine); the cumulative totals destroyed
# (UAVs: action `*`; "tanks and other armoured combat vehicles": weapon_type `*`); the General
# Staff's 1,020 Russian personnel (action `*`, country and region `*`). Optional: the headline's
# "five", "four flying towards Moscow" (subset), the previous week's "four" settlements and
# 7,950 servicemen (earlier state). Debatable: "34 motor vehicles", "8 electronic warfare
# stations", "143 areas", "1,112 times", "90 men", "only 11", "147 assaults", "41,608 special
# military vehicles". Non-claims: "day 2,250", "USD 96.41", "EUR 104.18", "22 April 2028,
# 14:37", "15:05", "April 22", "Saturday", S-300, Su-34, "12-year-old", "beginning of April",
# "3rd Separate Assault Brigade", "two more days", "Friday", "April 15", "18+", and the furniture
# ("👁 58 214", "💬 311", "2.4 million subscribers", READ ALSO's "1,240", "3 drones", "9%", "2
# Ukrainian boats", MOST READ's "1.", "+24", "2028", "3:1", "FS 77-81234", "1994–2028").
rows(d, [
    ("liberate five settlements in a week", "five", 5, EX, "count", TER, N, "seized", R, U, R, U, A, True),  # headline
    ("have liberated five settlements over the past week", "five", 5, EX, "count", TER, N, "seized", R, U, R, U, A),
    ("losses of more than 8,400 servicemen", "more than 8,400", 8400, GE, "count", CAS, N, A, R, U, R, U, A),
    ("more than 190 square kilometres", "more than 190", 190, GE, "km2", TER, N, A, R, U, R, U, A),
    ("reached a depth of up to 6 kilometres", "up to 6", 6, LE, "km", TER, N, A, R, U, R, U, Do),
    ("lost up to 1,560 servicemen", "up to 1,560", 1560, LE, "count", CAS, N, A, R, U, R, U, A),
    ("servicemen, four tanks, 19 armoured", "four", 4, A, "count", W, "tank", A, R, U, R, U, A),
    ("four tanks, 19 armoured fighting vehicles", "19", 19, A, "count", W, "armored_vehicle", A, R, U, R, U, A),
    ("including 7 US-made Bradley", "7", 7, A, "count", W, "armored_vehicle", A, R, U, R, U, A),
    ("and 12 field artillery guns", "12", 12, A, "count", W, "artillery", A, R, U, R, U, A),
    ("more than 1,310 servicemen", "more than 1,310", 1310, GE, "count", CAS, N, A, R, U, R, U, A),
    ("servicemen, 3 tanks and 34 motor", "3", 3, A, "count", W, "tank", A, R, U, R, U, A),
    ('the Zapad group destroyed "up to 1,120" servicemen', "up to 1,120", 1120, LE, "count", CAS, N, A, R, U, R, U, A),
    ("totalled about 4,500 servicemen", "about 4,500", 4500, APX, "count", CAS, N, A, R, U, R, U, A),
    ("shot down 14 JDAM guided aerial bombs", "14", 14, EX, "count", W, "guided_bomb", "shot_down", R, U, R, A, A),
    ("9 HIMARS rockets", "9", 9, EX, "count", W, A, "shot_down", R, U, R, A, A),
    ("two Neptune long-range missiles", "two", 2, EX, "count", W, "missile", "shot_down", R, U, R, A, A),
    ("and 1,846 fixed-wing unmanned aerial vehicles", "1,846", 1846, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("intercepted and destroyed 96 Ukrainian", "96", 96, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("38 over Bryansk region", "38", 38, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("21 over Kursk region", "21", 21, EX, "count", W, "drone", "shot_down", R, U, R, R, "Kursk"),
    ("14 over Belgorod region", "14", 14, EX, "count", W, "drone", "shot_down", R, U, R, R, Be),
    ("nine over Moscow region", "nine", 9, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("including four flying towards Moscow", "four", 4, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow", True),  # subset
    ("seven over Tula region", "seven", 7, EX, "count", W, "drone", "shot_down", R, U, R, R, "Tula"),
    ("four over Oryol region", "four", 4, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("three over the waters of the Sea of Azov", "three", 3, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("killing one man and wounding", "one", 1, EX, "count", CAS, N, "killed", U, R, R, R, Be),
    ("wounding three others", "three", 3, EX, "count", CAS, N, "injured", U, R, R, R, Be),
    ("operation, 682 aircraft", "682", 682, EX, "count", W, "aircraft", "destroyed", R, U, R, A, A),
    ("285 helicopters", "285", 285, EX, "count", W, "helicopter", "destroyed", R, U, R, A, A),
    ("104,517 unmanned aerial vehicles", "104,517", 104517, EX, "count", W, "drone", A, R, U, R, A, A),
    ("661 anti-aircraft missile systems", "661", 661, EX, "count", W, "air_defense", "destroyed", R, U, R, A, A),
    ("27,912 tanks and other armoured combat vehicles", "27,912", 27912, EX, "count", W, A, "destroyed", R, U, R, A, A),
    ("1,693 multiple rocket launchers", "1,693", 1693, EX, "count", W, "mlrs", "destroyed", R, U, R, A, A),
    ("30,457 field artillery guns and mortars", "30,457", 30457, EX, "count", W, "artillery", "destroyed", R, U, R, A, A),
    ("previous day at 1,020 personnel", "1,020", 1020, EX, "count", CAS, N, A, U, R, U, A, A),
    ("liberation of four settlements", "four", 4, EX, "count", TER, N, "seized", R, U, R, U, A, True),  # earlier state
    ("enemy losses of 7,950 servicemen", "7,950", 7950, EX, "count", CAS, N, A, R, U, R, U, A, True),  # earlier state
])
any_(d, [
    ("3 tanks and 34 motor vehicles", "34"),
    ("and 8 electronic warfare stations", "8"),
    ("struck 143 areas of concentration", "143"),
    ("attacked the region 1,112 times", "1,112"),
    ("41,608 special military vehicles", "41,608"),
    ("of the 90 men who went in", "90"),
    ("only 11 came back", "11"),
    ('"repelled 147 assaults"', "147"),
])

# ---------------------------------------------------------------- s03 Latvian explainer, Baltic
d = "s03_lkm_explainer_russian_forces_baltic.txt"
# A Latvian public broadcaster's English service (LKM) explains Russian forces near the Baltic
# borders. The outlet, Latvia's SAB, National Armed Forces, State Border Guard and Defence
# Ministry, NATO and its officer, the brigade's headquarters, Lithuania's Second Investigation
# Department and Estonia's Foreign Intelligence Service have claimant_side `*`; the US Embassy and
# the US general speak for the United States; "Moscow" (inside the officer's quote) and Peskov
# for Russia. Russian troops and kit: country Russia, region `*`. Required: "about 34,000" troops
# massed and "some 14,000" of them in Pskov region (breakdown by place), Moscow's "5,000" and
# the officer's "closer to 12,000" (qualifier `*`), NATO's list ("about 420" tanks, "about 900"
# artillery pieces and rocket launchers with weapon_type `*`, 48 Iskander-M launchers with
# weapon_type `*`, "more than 130" aircraft; action `*`), Kaliningrad's "about 18,000", the "two"
# stray drones that fell in Latvia (action `*`, country `*`), the allied troops ("about 3,800",
# "some 1,100" US, 4,800, "about 2,000"), Latvia's army "about 17,000" (action and actor `*`),
# Russia's "about 1,500" tanks and armoured vehicles a year, "roughly 1.5 million" personnel,
# the coalition's "more than 62,000" drones delivered and Peskov's "more than 60,000" NATO troops.
# Optional: "around 19,000" (earlier state), "up to 40,000" by 2030 (plan), "140 MLRS" and
# "roughly 2,200 Canadians" (subsets). Debatable: "200 kilometres", "three brigades", "11"
# battalions, "eleven violations", "four in the whole of 2027", "2,300 attempts", "14 allied
# nations", "4.1%", "about €1.7 billion", "5%", "52 km", "roughly 30,000 ... a month", "0.25%".
# Non-claims: "6 June 2028, 07:00", "11:25", "8 min", "9:41", "For the first time since 2022",
# "76th", "44th", 2024, 2030, S-400, S-300V4, Iskander-M, "11th Army Corps", 2022, 2023, "19
# May", "first five months of 2028", "45th Panzer Brigade", "387-kilometre", HIMARS, February,
# April, "3 June", and the furniture ("Share 1.3K", READ MORE's "300 new barracks places", "61%"
# and "19 May", "5 stories in 5 minutes", "7:00", "Comments (84)", the address, the phone
# number, "© 2028", "Radio 1", "LV-1011").
rows(d, [
    ("massed about 34,000 troops", "about 34,000", 34000, APX, "count", PER, N, "massed", R, A, A, R, A),
    ("up from around 19,000 a year earlier", "around 19,000", 19000, APX, "count", PER, N, "massed", R, A, A, R, A, True),  # earlier state
    ("some 14,000 are in Pskov region", "some 14,000", 14000, APX, "count", PER, N, "massed", R, A, A, R, A),
    ('grow to "up to 40,000" personnel', "up to 40,000", 40000, LE, "count", PER, N, A, R, A, A, R, A, True),  # plan
    ("'it is only 5,000 men on a routine rotation'", "5,000", 5000, EX, "count", PER, N, A, R, A, R, R, A),
    ("we count closer to 12,000", "12,000", 12000, A, "count", PER, N, A, R, A, A, R, A),
    ("main battle tanks: about 420", "about 420", 420, APX, "count", W, "tank", A, R, A, A, R, A),
    ("rocket launchers: about 900", "about 900", 900, APX, "count", W, A, A, R, A, A, R, A),
    ("among them 140 MLRS", "140", 140, EX, "count", W, "mlrs", A, R, A, A, R, A, True),  # subset
    ("Iskander-M launchers: 48", "48", 48, EX, "count", W, A, A, R, A, A, R, A),
    ("Baltic-facing airbases: more than 130", "more than 130", 130, GE, "count", W, "aircraft", A, R, A, A, R, A),
    ('holds "about 18,000" Russian troops', "about 18,000", 18000, APX, "count", PER, N, A, R, A, A, R, A),
    ("two more fell in Latgale", "two", 2, EX, "count", W, "drone", A, R, A, A, A, A),
    ("numbered about 3,800 troops", "about 3,800", 3800, APX, "count", PER, N, A, A, A, A, A, A),
    ("including roughly 2,200 Canadians", "roughly 2,200", 2200, APX, "count", PER, N, A, A, A, A, A, A, True),  # subset
    ('keeps "some 1,100" soldiers', "some 1,100", 1100, APX, "count", PER, N, A, US, A, US, A, A),
    ("number about 17,000 active-duty", "about 17,000", 17000, APX, "count", PER, N, A, A, A, A, A, A),
    ("has reached 4,800 troops", "4,800", 4800, EX, "count", PER, N, A, A, A, A, A, A),
    ("battle group of about 2,000", "about 2,000", 2000, APX, "count", PER, N, A, A, A, A, A, A),
    ("produces about 1,500 tanks and armoured vehicles", "about 1,500", 1500, APX, "count", W, A, A, R, A, A, R, A),
    ('"roughly 1.5 million active personnel"', "roughly 1.5 million", 1500000, APX, "count", PER, N, A, R, A, US, A, A),
    ("delivered more than 62,000 drones", "more than 62,000", 62000, GE, "count", W, "drone", A, A, A, A, A, A),
    ('"more than 60,000 troops on our north-western borders"', "more than 60,000", 60000, GE, "count", PER, N, A, A, A, R, A, A),
])
any_(d, [
    ("within 200 kilometres of the Latvian", "200"),
    ("48, in three brigades", "three"),
    ("air defence battalions: 11", "11"),
    ("recorded eleven violations", "eleven"),
    ("compared with four in the whole of 2027", "four"),
    ("logged 2,300 attempts", "2,300"),
    ("from 14 allied nations", "14"),
    ("spend 4.1% of GDP", "4.1%"),
    ("or about €1.7 billion", "about €1.7 billion"),
    ("plans to reach 5% by 2030", "5%"),
    ("52 km of ditches", "52"),
    ("recruits roughly 30,000 contract soldiers", "roughly 30,000"),
    ("worth 0.25% of GDP", "0.25%"),
])

# ---------------------------------------------------------------- s04 NGO evacuation report
d = "s04_kryla_dopomohy_donetsk_evacuation_report.txt"
# A Ukrainian charitable foundation's (Kryla Dopomohy) monthly report on evacuating elderly people
# and children from the Donetsk frontline in February 2028, in the foundation's "we"/"our"
# (claimant_side `*`). The Donetsk Regional Military Administration and its head speak for
# Ukraine; the UN Humanitarian Coordinator for the United Nations. Country Ukraine, region
# Donetsk (the foundation's spending and donations: region `*`). The "FEBRUARY IN FIGURES" box
# is repeated identically at the end (one paragraph, labelled once; it restates the body:
# optional). Required: 684 evacuated in February and the breakdown by town (211, 248, 139, 86),
# "Two" volunteers wounded by a Russian FPV drone, the administration's 96 killed and 301
# wounded and "more than 121 thousand" evacuated since August 2024, the UN's "at least 14"
# aid workers killed (region None), "4. 5 million hryvnias" spent (stray space kept), the
# "$240,000" grant and the "1.1 million hryvnias" donated. Optional: the box's 684, 412, 97, 156
# and "4. 5 million"; the subsets 412 over 60, 156 bedridden, 97 children, 31 under five and
# "about 11,400 children". Debatable: the box's "23" towns and villages, "eleven kilometres",
# "14 villages", "about 1,900 children", "67,000 residents", "fewer than 5,000", "46 attacks",
# "three elderly passengers", "about 208 thousand", "38%", "about 9,800 hryvnias", "2,916
# donors", "1,310 people", "Two dozen volunteers". Non-claims: "since 2022", "6 March 2028",
# "over 60" (box), "summer of 2025", "over the age of 60", "I'm 86", "fourth-floor", "12
# February", "under five", "17 February", "9 February", "10:30", "Serhii, 52", "Olha, 29", "one
# of our eleven vehicles", "the fourth vehicle", 2024, "1 March", "August 2024", January,
# 2027, "One evacuation" (part of the price), and the furniture ("Shared 1,284 times", "6 min",
# "≈ 3,000 UAH", "ONE TANK", "8,400 readers", the related reports' "517", "2 vans", "7,940",
# "2.3 MB", EDRPOU 44518203, "14 Yavornytskoho Avenue", the hotline "0 800 33 14 17",
# "8:00–20:00", "2022–2028").
rows(d, [
    ("│ 684 people evacuated from 23 frontline", "684", 684, EX, "count", DIS, N, "evacuated", A, A, A, U, Do, True),  # fact box
    ("│ 412 people over 60", "412", 412, EX, "count", DIS, N, "evacuated", A, A, A, U, Do, True),  # fact box
    ("60 · 97 children", "97", 97, EX, "count", DIS, N, "evacuated", A, A, A, U, Do, True),  # fact box
    ("97 children · 156 bedridden", "156", 156, EX, "count", DIS, N, "evacuated", A, A, A, U, Do, True),  # fact box
    ("│ 4. 5 million hryvnias spent", "4. 5 million", 4500000, EX, A, ECO, N, A, A, A, A, U, A, True),  # fact box
    ("In February our crews evacuated 684 people", "684", 684, EX, "count", DIS, N, "evacuated", A, A, A, U, Do),
    ("among them 412 people over the age of 60", "412", 412, EX, "count", DIS, N, "evacuated", A, A, A, U, Do, True),  # subset
    ("Of the evacuees, 156 could not walk", "156", 156, EX, "count", DIS, N, "evacuated", A, A, A, U, Do, True),  # subset
    ("We evacuated 97 children in February", "97", 97, EX, "count", DIS, N, "evacuated", A, A, A, U, Do, True),  # subset
    ("31 of them were under five", "31", 31, EX, "count", DIS, N, "evacuated", A, A, A, U, Do, True),  # subset
    ("Kostiantynivka: 211 people", "211", 211, EX, "count", DIS, N, "evacuated", A, A, A, U, Do),
    ("Druzhkivka: 248 people", "248", 248, EX, "count", DIS, N, "evacuated", A, A, A, U, Do),
    ("Dobropillia community: 139 people", "139", 139, EX, "count", DIS, N, "evacuated", A, A, A, U, Do),
    ("Sloviansk and Kramatorsk: 86 people", "86", 86, EX, "count", DIS, N, "evacuated", A, A, A, U, Do),
    ("Two of our volunteers were wounded", "Two", 2, EX, "count", CAS, N, "injured", R, U, A, U, Do),
    ("had killed 96 civilians", "96", 96, EX, "count", CAS, N, "killed", R, U, U, U, Do),
    ("and wounded 301 in the region", "301", 301, EX, "count", CAS, N, "injured", R, U, U, U, Do),
    ("more than 121 thousand people", "more than 121 thousand", 121000, GE, "count", DIS, N, "evacuated", A, A, U, U, Do),
    ("among them about 11,400 children", "about 11,400", 11400, APX, "count", DIS, N, "evacuated", A, A, U, U, Do, True),  # subset
    ('"at least 14 humanitarian workers"', "at least 14", 14, GE, "count", CAS, N, "killed", A, A, UN, U, N),
    ("cost the foundation 4. 5 million hryvnias", "4. 5 million", 4500000, EX, A, ECO, N, A, A, A, A, U, A),
    ("received a $240,000 grant", "$240,000", 240000, EX, "usd", ECO, N, A, A, A, A, U, A),
    ("and 1.1 million hryvnias from", "1.1 million", 1100000, EX, A, ECO, N, A, A, A, A, U, A),
])
any_(d, [
    ("684 people evacuated from 23 frontline", "23"),
    ("for the last eleven kilometres", "eleven"),
    ("and 14 villages of Dobropillia", "14"),
    ('"about 1,900 children"', "about 1,900"),
    ("had 67,000 residents", "67,000"),
    ('now has "fewer than 5,000"', "fewer than 5,000"),
    ("counted 46 attacks", "46"),
    ("The three elderly passengers", "three"),
    ("about 208 thousand people still lived there", "about 208 thousand"),
    ("38% more than in January", "38%"),
    ("costs us about 9,800 hryvnias", "about 9,800"),
    ("from 2,916 individual donors", "2,916"),
    ("received 1,310 people", "1,310"),
    ("Two dozen volunteers staff it", "Two dozen"),
])

# ---------------------------------------------------------------- s05 business wire, Valtera
d = "s05_eurobiz_valtera_shells_air_defence.txt"
# A European defence company's (Valtera Defence Group, invented) press release on a business
# wire (EuroBiz Newswire) on shells and air-defence systems delivered to Ukraine and a new
# contract. The company and its CEO have claimant_side `*`; Ukraine's Air Force, minister and
# military intelligence (HUR) speak for Ukraine; Russia's Defence Ministry for Russia; the
# European Commission is `*`. Deliveries: action, actor (a company), target, country and region
# `*`. Required: "more than 250,000" shells delivered, the contract's "€1.3 billion" (unit `*`),
# six fire units and "about 420" interceptors handed over, the Air Force's "more than 300" drones
# and cruise missiles shot down (weapon_type `*`, region None) and "23" Kh-101 (a type within the
# total; Lviv), 290,000 shells produced in 2027, HUR's "about 4. 2 million" rounds Russia will
# produce in 2028 (stray space kept) and "up to 2 million" from North Korea and "more than 200"
# artillery systems and rocket launchers North Korea sent (weapon_type `*`), the ministry's
# "two" Aurora launchers destroyed (Dnipropetrovsk), the G7's "$50 billion" disbursed. Optional:
# the headline's "€1.3 billion", the subhead's and the body's "four" fire units and "600"
# interceptors to be delivered by 2030 (plans), "118,000 in 2027" (subset), "up to half a
# million" rounds by 2029 (plan). Debatable: "250,000th", both "40%", "€4. 6 billion", "31%",
# "€61 billion", "5.8%", "€412.60", "6,400 people", "2,100 of them", "more than 60%", "a few
# hundred rounds a day", "1,200". Non-claims: "9 August 2028, 07:30", "Aug. 9, 2028", "155mm",
# "March 2024", 2030 (twice), 2024 (thrice), 2025, "a single attack", March, 2027, 2026, 2029,
# "next year", "Two years ago", 2028, "last week", "Group of Seven", June, and the furniture
# ("214 partners", "👁 12,460", the boilerplate's "31,000 employees", "27 sites", "9 countries",
# "1887", the phone number, RELATED RELEASES' "€210 million", "120mm", "4,000 units a month",
# "Q2 2028", "14 August, 10:00", "© 2028").
rows(d, [
    ("signs €1.3 billion air-defence contract", "€1.3 billion", 1300000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # headline
    ("supply four more Aurora-MR fire units", "four", 4, EX, "count", W, "air_defense", A, A, A, A, A, A, True),  # subhead, plan
    ("and 600 interceptors by 2030", "600", 600, EX, "count", W, "missile", A, A, A, A, A, A, True),  # subhead, plan
    ("delivered more than 250,000 155mm", "more than 250,000", 250000, GE, "count", W, "artillery", A, A, A, A, A, A),
    ("including 118,000 in 2027 alone", "118,000", 118000, EX, "count", W, "artillery", A, A, A, A, A, A, True),  # subset
    ("signed a contract worth €1.3 billion", "€1.3 billion", 1300000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("for four additional Aurora-MR", "four", 4, EX, "count", W, "air_defense", A, A, A, A, A, A, True),  # plan
    ("and 600 interceptor missiles", "600", 600, EX, "count", W, "missile", A, A, A, A, A, A, True),  # plan
    ("handed over six Aurora-MR fire units", "six", 6, EX, "count", W, "air_defense", A, A, A, A, A, A),
    ('and "about 420" interceptors', "about 420", 420, APX, "count", W, "missile", A, A, A, A, A, A),
    ('shot down "more than 300" Russian drones', "more than 300", 300, GE, "count", W, A, "shot_down", U, R, U, U, N),
    ("including 23 Kh-101 missiles", "23", 23, EX, "count", W, "missile", "shot_down", U, R, U, U, "Lviv"),
    ("produced 290,000 shells in 2027", "290,000", 290000, EX, "count", W, "artillery", A, A, A, A, A, A),
    ('reach "up to half a million" rounds', "up to half a million", 500000, LE, "count", W, "artillery", A, A, A, A, A, A, True),  # plan
    ("produce about 4. 2 million artillery rounds", "about 4. 2 million", 4200000, APX, "count", W, "artillery", A, R, A, U, R, A),
    ("receive up to 2 million more from North Korea", "up to 2 million", 2000000, LE, "count", W, "artillery", A, NK, A, U, A, A),
    ('sent Russia "more than 200" long-range', "more than 200", 200, GE, "count", W, A, A, NK, A, U, A, A),
    ('destroyed "two Aurora launchers', "two", 2, EX, "count", W, "air_defense", "destroyed", R, U, R, U, "Dnipropetrovsk"),
    ("The Group of Seven's $50 billion ERA loan", "$50 billion", 50000000000, EX, "usd", ECO, N, A, A, A, A, A, A),
])
any_(d, [
    ("marks 250,000th artillery shell", "250,000th"),
    ("shell output up 40% year on year", "40%"),
    ("up 40% from 2026", "40%"),
    ("revenue of €4. 6 billion", "€4. 6 billion"),
    ("billion, up 31%", "31%"),
    ("backlog of €61 billion", "€61 billion"),
    ("shares rose 5.8%", "5.8%"),
    ("to €412.60 in early", "€412.60"),
    ("employs 6,400 people", "6,400"),
    ("2,100 of them hired", "2,100"),
    ('"more than 60%" of the shells', "more than 60%"),
    ("rationed to a few hundred rounds a day", "a few hundred"),
    ("Today a brigade can fire 1,200", "1,200"),
])

# ---------------------------------------------------------------- s06 forum thread, Kyiv attack
d = "s06_agora_kyiv_overnight_attack_thread.txt"
# A Reddit-style forum (Agora, community a/kyiv) megathread on the overnight attack on Kyiv of 18
# May 2028. The users are private voices (claimant_side `*`); the Air Force, the KCMA, the
# Solomianskyi district and Kyiv Oblast administrations and Zelensky speak for Ukraine; the
# Russian MoD for Russia; Poland's Operational Command is `*`. Country Ukraine, region Kyiv
# (city and oblast) except nationwide figures (region None). The comment with the Kyiv Oblast
# administration's figures is posted twice word for word (labelled once). Required: the Air
# Force's 586 drones and 44 missiles launched (region None) with the models (9 Kinzhal, 29 Kh-101,
# 6 Iskander-M: types within the total), 539 drones and 37 missiles shot down or suppressed, 31
# "locationally lost" (action and actor `*`); the KCMA's tolls at each update (4 and 27; 7 and
# 34; 9 and 41; actor `*`); 11 high-rises and 2 schools damaged, "Around 240" evacuated; the
# oblast's "two" injured, 16 houses and 3 high-rises damaged; the MoD's "two" Patriot launchers
# destroyed; Poland's "two" drones shot down (actor `*`, target Russia, country and region `*`);
# a user's running total from KCMA posts ("roughly 9,800" drones and 410 missiles, the latter's
# qualifier `*`); Zelensky's week ("more than 1,900" drones, "almost 1,200" guided bombs, "93"
# missiles with qualifier `*`, region None). Optional: the subsets "2 children" and "5 of them
# kids", the request for "10 more Patriot systems". Debatable: "at least 30 explosions", "like 6
# times", the second-hand "8 shaheds" and "we got 3", "6 people out alive", "the last 5 times",
# "700+ Gerans", the arithmetic comment ("539", "31", "570", "586", "16", "7", "5", "9"), "one
# drone fragment", "500+", "(44 vs 38)", "more than 56,000 people", "about 210,000 households",
# "about 80%". Non-claims: "18 May 2028", "Rule 4", "08:05", "EDIT 09:40", "EDIT 13:15", "One of
# the dead" (a pronoun), "between 3 and 5 am", "two-walls rule", "9th floor", usernames
# ("kyivpride1991", "throwaway_kyiv_2028"), "AN/MPQ-65", Iskander-M, Kh-101, "03:20", "4th
# attack", "1 January", "22:00", "2:30", "third time", and the furniture ("312k members", "1.4k
# online", "14 h" and other ages of posts, "▲" vote counts, "412 comments", "97% upvoted", "Load
# 389 more comments", "Est. 2014", the rules "1." to "5.", "© 2028").
rows(d, [
    ("Russia launched 586 attack drones", "586", 586, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 44 missiles overnight", "44", 44, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("9 Kinzhal aeroballistic missiles", "9", 9, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("29 Kh-101 cruise missiles", "29", 29, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("6 Iskander-M ballistic missiles", "6", 6, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("suppressed 539 drones", "539", 539, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("539 drones and 37 missiles", "37", 37, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Another 31 drones were", "31", 31, EX, "count", W, "drone", A, A, A, U, U, N),
    ("so far: 4 killed, 27 injured", "4", 4, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("4 killed, 27 injured, including 2", "27", 27, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("including 2 children", "2", 2, EX, "count", CAS, N, "injured", A, U, U, U, Ky, True),  # subset
    ("KCMA now says 7 killed", "7", 7, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("7 killed, 34 injured", "34", 34, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("from the KCMA: 9 killed", "9", 9, EX, "count", CAS, N, "killed", A, U, U, U, Ky),
    ("9 killed, 41 injured", "41", 41, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("5 of them kids", "5", 5, EX, "count", CAS, N, "injured", A, U, U, U, Ky, True),  # subset
    ("11 high-rise buildings damaged", "11", 11, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("a kindergarten and 2 schools", "2", 2, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("Around 240 residents were evacuated", "Around 240", 240, APX, "count", DIS, N, "evacuated", A, A, U, U, Ky),
    ("two people injured in Bucha district", "two", 2, EX, "count", CAS, N, "injured", A, U, U, U, Ky),
    ("16 private houses and 3 high-rises", "16", 16, EX, "count", INF, N, A, A, U, U, U, Ky),
    ("and 3 high-rises damaged", "3", 3, EX, "count", INF, N, A, A, U, U, U, Ky),
    ('destroyed "two Patriot launchers', "two", 2, EX, "count", W, "air_defense", "destroyed", R, U, R, U, Ky),
    ("two drones entered Polish airspace", "two", 2, EX, "count", W, "drone", "shot_down", A, R, A, A, A),
    ("launched roughly 9,800 drones", "roughly 9,800", 9800, APX, "count", W, "drone", "launched", R, U, A, U, Ky),
    ("and 410 missiles at the city", "410", 410, A, "count", W, "missile", "launched", R, U, A, U, Ky),
    ('"more than 1,900 drones', "more than 1,900", 1900, GE, "count", W, "drone", "launched", R, U, U, U, N),
    ("almost 1,200 guided aerial bombs", "almost 1,200", 1200, LE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("and 93 missiles", "93", 93, A, "count", W, "missile", "launched", R, U, U, U, N),
    ("for 10 more Patriot systems", "10", 10, EX, "count", W, "air_defense", A, A, A, U, A, A, True),  # request
])
any_(d, [
    ("Counted at least 30 explosions", "at least 30"),
    ("shook like 6 times", "6"),
    ('"there were 8 shaheds', "8"),
    ("we got 3", "3"),
    ("pulled 6 people out alive", "6"),
    ("the last 5 times", "5"),
    ('"700+ Gerans"', "700+"),
    ("539 + 31 = 570", "539"),
    ("+ 31 = 570", "31"),
    ("= 570 of 586", "570"),
    ("570 of 586", "586"),
    ("so 16 drones hit something", "16"),
    ("And 7 missiles got through", "7"),
    ("5 of 9 got through", "5"),
    ("of 9 got through", "9"),
    ("one drone fragment fell", "one"),
    ("with 500+ drones", "500+"),
    ("(44 vs 38)", "44"),
    ("44 vs 38", "38"),
    ("more than 56,000 people sheltered", "more than 56,000"),
    ("about 210,000 households", "about 210,000"),
    ('"about 80%" restored', "about 80%"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s67")
