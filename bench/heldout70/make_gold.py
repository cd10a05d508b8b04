"""Builds gold.jsonl for heldout70 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout70.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (and through it heldout47, heldout46, heldout45,
heldout35, heldout27 and heldout33): headlines, subheads, fact boxes and later restatements are
optional; subsets introduced by "of whom", "among them", "including", "of them" are optional,
except a model or type within a weapon total; a breakdown of a total by place is required, and
so is a different action or fate on part of a total ("of which 3,990 were shot down"); in a
list with a qualifier only the qualified items keep it (the others `*`), a list with no
qualifier is exact; casualty sentences that name no perpetrator have actor `*`; a range is one
claim quoting the whole range, with value and qualifier `*`; losses reported as "lost" have
action `*`; drones destroyed in flight are shot_down; pledges, promises, plans and planned
spending are optional; an earlier state ("up from ... a year ago", "(618)") is optional. Bodies
that are not sides (NATO, the EU, NGOs, think tanks, volunteer monitors, companies, and states
outside the vocabulary of sides such as India or Turkey) have claimant_side `*`, and a sum or
estimate they give keeps the actor and target of what it counts; an outlet's or author's own
voice has claimant_side `*`. Damaged buildings and facilities are infrastructure with action and
actor `*` (damaged and destroyed alike). Deliveries to a side are weapons with action `*` and
the supplier as actor (`*` when the supplier is not a side), target, country and region `*`.
Money in another currency than the dollar has unit `*`; money received, paid or disbursed is
required. Counts of places, incidents, cases and claims, group sizes, shares and rates,
distances, sizes and areas, prices and payments, workforces and other population stocks,
recipients of aid or care, vehicle and wagon counts, and vague quantities are debatable
(`any_`). A side's army size is personnel with action `*`. States outside the vocabulary of
sides as country are `*`; the check's vocabulary of regions is closed, so a region outside it
is `*`, and so is the region of a figure that spans several regions or is not placed; a
nationwide figure has region None. Dates, times, durations ("within two days", "15 days",
"year-long", "7 hours 40 minutes"), ages ("Sohail, 29", "63-year-old", "born in 1957"),
ordinals ("A second claim", "third merchant ship", "its fifth year", "the 5th and the 7th",
"85th season"), numbers inside names (Su-34, Su-25, Su-30SM, Su-30, Su-27, A-50, Ka-52, Mi-8,
Mi-28, F-16, Iskander-M, Kh-59, Kh-31P, TOS-1A, 2S22, M1A1, M2A2, Leopard 2A6, T-80BVM, Buk-M3,
S-300V4, S-400, Pantsir-S1, Tor-M2, IRIS-T SLM, Magura V7, Project 22160, M-4, Group of
Seven, "3rd Assault Brigade", "58th", "1st Separate Tank Brigade", "School No. 45", "IMO
9581332", "berth 7", "Sections 143 and 61(2)", Q1) and page furniture are not labelled; "one
of them" is a pronoun.

Decided anew for this set:
- Fact-check (s01): numbers in the viral posts, videos and fake screenshots being debunked are
  claims (required), with claimant_side `*` even when the post pins them on a real body (that
  attribution is what is false); a fabricated slide debunked earlier is treated alike. The
  fact-checkers' restatements of the debunked figure (headline, the verdict box printed twice,
  subheads, the analyst's "'1.2 million dead in a year'") are optional; "a million" said
  loosely is debatable. Army-wide losses of a side over the war or a year, not placed, have
  country and region `*`; "personnel losses" and "casualties, killed and wounded together" are
  casualties with action `*`. Foreign mercenaries and instructors killed have target `*`.
  Deserters are debatable. "two dozen" is 24 with qualifier `*`. Views, reposts, languages,
  subscribers, versions and uploads traced, sources compared, posts studied, shares of posts
  and ratios of dead are debatable; "six zeros" is a figure of speech (not labelled). "air
  defences had intercepted one" is a count (1 missile shot down), not a pronoun.
- Wire story (s02): lakh = 100,000 and crore = 10,000,000 ("4. 2 crore" -> 42000000, stray
  space kept); Indian digit grouping ("Rs 5,00,000") is read as written. India's ministries,
  agencies and MPs have claimant_side `*`; South Korean intelligence speaks for South Korea;
  Russia's embassy for Russia. Foreign nationals recruited into Russia's army and those still
  serving are personnel with action `*`, actor Russia, target, country and region `*`; those
  killed while serving are casualties (killed, actor `*`, target Russia: the side on the
  receiving end), a different fate on part of the recruits (required), country Ukraine when
  "on the front line in Ukraine". Recruits discharged or missing, bodies repatriated, prisoners
  held, men trafficked in a criminal case, agents charged, helpline calls and group sizes in
  reported speech are debatable; fees, salaries and a per-family ex gratia are prices and
  payments (debatable); compensation paid in total is money paid (required, unit `*`). North
  Korean troops sent to Russia are deployed, actor North Korea, target `*`.
- Governor's Telegram channel (s03): the pinned message repeats the morning summary verbatim
  (a repeated block: one claim each). The night's totals in the summary (26 UAVs, three
  injured) are required; a summary item restating an earlier post ("5 private houses") is
  optional. UAVs "destroyed and suppressed by electronic warfare" are shot_down. Claims of the
  other side quoted to deny them ("Ukrainian Telegram channels are spreading a claim that...")
  are required, claimant_side `*`; drones that "hit" have action `*`. The Defence Ministry's
  overnight breakdown by region is required even where it differs from the governor's count;
  its cumulative figure since the start of the "special military operation" has country and
  region `*`. Residents without electricity, villages, entrances, windows, cars, schools on
  distance learning, payments per person and "twice as many" are debatable; highway kilometre
  posts ("between kilometres 590 and 640") are places (not labelled).
- Loss tally (s04): a blog of photo-confirmed losses is a volunteer monitor (claimant_side
  `*`). Its list items are weapons with actor `*`, target the side that lost them, country and
  region `*`; type totals ("lost") have action `*`; in the breakdown by fate "destroyed" is
  destroyed and "damaged", "abandoned", "captured" have action `*` (each a different fate on
  part: required); models within a type total ("6 TOS-1A", "four Leopard 2A6", "two Su-34",
  "one HIMARS") are required. The headline and the list's side headers ("Russia (1,143)")
  restate the body (optional). Totals across types ("1,143", "24,611") and "tanks and armoured
  vehicles" together have weapon_type `*`. Military trucks and jeeps in a loss list are weapons
  (vehicle), required, and naval vessels and boats are ship; motorcycles counted within the
  trucks line are a subset (optional). What the blog "could confirm" of another side's claim is
  a subset (optional). Ratios, shares of losses by cause, losses "where we could tell" and
  readers' comments are debatable; "at least one photo" is evidence, not a claim.
- Regional weekly (s05): Chernihiv region lies outside the closed vocabulary (region `*`).
  Shelling counts, settlements hit, incursion attempts, border villages, families refusing to
  leave, families compensated, hectares surveyed, explosive objects removed, households
  reconnected and the "buffer zone" depth are debatable. A single incident inside the week's
  toll (two passengers injured near Horodnia) is a breakdown by place (required). Internally
  displaced people taken in are displacement with action `*`; tax revenue a budget received is
  money received (required). Sport, culture and obituary numbers (score, fans, minutes,
  seasons, ticket prices) are not about the war (not labelled).
- Maritime trade paper (s06): war-risk premium rates (% of hull value), the cost of a call,
  insured and ship values, charter rates, crew bonuses, the facility's cap and the value of
  cargo it covered are prices and rates (debatable); a claim the facility paid out is money
  paid (required, unit usd). Cargo volumes and grain destroyed in tonnes are economic, unit `*`;
  a percentage change of an economic quantity ("9% less than in March") is economic, required,
  unit percent, while a commodity's part of a volume is a subset (optional). Civilian merchant
  vessels damaged are infrastructure (action and actor `*`, target `*`: foreign-flagged), and
  casualties among foreign crews have target `*`; uncrewed boats (sea drones) are drones,
  "destroyed" when destroyed at sea or in storage; warships "hit" are ships with action `*`;
  figures at sea or not placed have country and region `*`. A pull quote restating a quote is
  optional; ships that suspended calls and manning agencies are debatable.
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

Vo, Be, Ku, Br, Mo = "Voronezh", "Belgorod", "Kursk", "Bryansk", "Moscow"
Dn, Do, Od = "Dnipropetrovsk", "Donetsk", "Odesa"

# fmt: off
# ---------------------------------------------------------------- s01 fact-check, viral chart
d = "s01_factcheck_viral_casualty_chart.txt"
# A fact-checking site (ClearSight Verify) debunks a viral chart of "1.2 million" Ukrainian
# soldiers killed in 2027, a video of "300 mercenaries" killed in Kryvyi Rih and a fake Reuters
# screenshot of "18,000" Russians lost in a week. The viral posts, the fake slide, the volunteer
# Fallen Defenders Index, the Vistula Institute, Mediazona and BBC Russian have claimant_side `*`;
# Zelensky, Ukraine's General Staff, Air Force and the Kryvyi Rih administration speak for Ukraine;
# Russia's Defence Ministry for Russia; Britain's Defence Intelligence for the United Kingdom.
# Army-wide losses are not placed (country and region `*`); the Kryvyi Rih strike is in
# Dnipropetrovsk region, Pokrovsk in Donetsk. Required: the chart's 1.2 million killed and "only
# 86,000" Russians lost, the old slide's 400,000, Zelensky's "more than 71,000" killed and "about
# 380,000" wounded, the index's 98,412, the institute's range "110,000 and 140,000", Mediazona's
# 187,306 and range "290,000 to 330,000", Defence Intelligence's "around 1,050,000", the General
# Staff's 1,071,340 ("including 1,120": subset, optional) and 9,846 in a week, the video's 300
# mercenaries and "two dozen" instructors, the ministry's "up to 150", the city's four killed and
# 17 injured, the Air Force's two missiles fired and one intercepted, the screenshot's 18,000.
# Optional: the headline's and the verdict box's (printed twice) "1.2 million", the analyst's
# quoted "'1.2 million dead in a year'", the subheads' "300" and "18,000". Debatable: "4. 5
# million" views (stray space), "more than 38,000" reposts, "at least nine" languages, "nearly
# 300,000" deserters, "a million", "fourteen" (ratio), "2.4 million" subscribers, "three" videos,
# the box's 14 versions, 3 uploads and 5 counts, "2,300" posts, "61%". Non-claims: "2019", "14
# March 2028, 11:20", "15 March 2028, 09:05", "8 min read", 2027, "9 March", "within two days",
# "February 2028", "12 March", "October 2027", "03:14", "eleven days earlier", "2 February",
# "February 2022", "10 March", "6 March", "14 March", "24 hours", "every Russian one", "5 March",
# "Group of Seven", Iskander-M (twice), "not one the agency uses", "8 March", "six zeros", "A
# second claim", "A third claim", and the furniture ("3.1K shares", "212 comments", "48,000
# readers", "5 checks in 5 minutes", "27 F-16s", "11 March 2028", "6 March 2028", "updated 2028",
# "No. 0417-22", "2019–2028").
rows(d, [
    ('did not lose "1.2 million soldiers killed"', "1.2 million", 1200000, EX, "count", CAS, N, "killed", A, U, A, A, A, True),  # headline
    ('The chart\'s "1.2 million" killed', "1.2 million", 1200000, EX, "count", CAS, N, "killed", A, U, A, A, A, True),  # verdict box (twice)
    ('claiming that Ukraine lost "1.2 million soldiers killed"', "1.2 million", 1200000, EX, "count", CAS, N, "killed", A, U, A, A, A),
    ('Russia lost "only 86,000" men', "86,000", 86000, EX, "count", CAS, N, A, A, R, A, A, A),
    ("claimed that 400,000 Ukrainian troops had died", "400,000", 400000, EX, "count", CAS, N, "killed", A, U, A, A, A),
    ('that "more than 71,000" Ukrainian servicemen', "more than 71,000", 71000, GE, "count", CAS, N, "killed", A, U, U, A, A),
    ("about 380,000 had been wounded", "about 380,000", 380000, APX, "count", CAS, N, "injured", A, U, U, A, A),
    ("had confirmed 98,412 names", "98,412", 98412, EX, "count", CAS, N, "killed", A, U, A, A, A),
    ("When someone says '1.2 million dead in a year'", "1.2 million", 1200000, EX, "count", CAS, N, "killed", A, U, A, A, A, True),  # restates the chart
    ("somewhere between 110,000 and 140,000", "110,000 and 140,000", A, A, "count", CAS, N, "killed", A, U, A, A, A),
    ("had confirmed 187,306 names", "187,306", 187306, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("roughly 290,000 to 330,000", "290,000 to 330,000", A, A, "count", CAS, N, "killed", A, R, A, A, A),
    ('"around 1,050,000" casualties', "around 1,050,000", 1050000, APX, "count", CAS, N, A, A, R, UK, A, A),
    ("losses at 1,071,340 on 14 March", "1,071,340", 1071340, EX, "count", CAS, N, A, A, R, U, A, A),
    ("including 1,120 in the previous 24 hours", "1,120", 1120, EX, "count", CAS, N, A, A, R, U, A, A, True),  # subset
    ('A second claim: "300 mercenaries"', "300", 300, EX, "count", CAS, N, "killed", A, A, A, U, Dn, True),  # subhead
    ("killed 300 foreign mercenaries", "300", 300, EX, "count", CAS, N, "killed", A, A, A, U, Dn),
    ('"and two dozen instructors', "two dozen", 24, A, "count", CAS, N, "killed", A, A, A, U, Dn),
    ('"eliminated up to 150 foreign mercenaries', "up to 150", 150, LE, "count", CAS, N, "killed", R, A, R, U, Dn),
    ("killing four people and injuring 17", "four", 4, EX, "count", CAS, N, "killed", A, U, U, U, Dn),
    ("and injuring 17, all of them civilians", "17", 17, EX, "count", CAS, N, "injured", A, U, U, U, Dn),
    ("had fired two Iskander-M ballistic missiles", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, Dn),
    ("air defences had intercepted one", "one", 1, EX, "count", W, "missile", "shot_down", U, R, U, U, Dn),
    ('A third claim: "18,000 in a week"', "18,000", 18000, EX, "count", CAS, N, A, A, R, A, U, Do, True),  # subhead
    ("Russia loses 18,000 soldiers in a week near Pokrovsk", "18,000", 18000, EX, "count", CAS, N, A, A, R, A, U, Do),
    ("reported 9,846 Russian personnel losses", "9,846", 9846, EX, "count", CAS, N, A, A, R, U, A, A),
])
any_(d, [
    ("viewed 4. 5 million times", "4. 5 million"),
    ("reposted more than 38,000 times", "more than 38,000"),
    ("Copies in at least nine languages", "at least nine"),
    ('"nearly 300,000" Ukrainians deserted', "nearly 300,000"),
    ("a million is not an exaggeration", "a million"),
    ("a ratio of fourteen Ukrainian dead", "fourteen"),
    ("a combined 2.4 million subscribers", "2.4 million"),
    ("geolocated three videos", "three"),
    ("We traced 14 versions", "14"),
    ("back to 3 original uploads", "3"),
    ("with 5 public casualty counts", "5"),
    ("of 2,300 viral posts", "2,300"),
    ("found that 61% of those", "61%"),
])

# ---------------------------------------------------------------- s02 Indian wire, recruits
d = "s02_indian_wire_russian_army_recruits.txt"
# An Indian news wire (Ganga News Agency) on Indian nationals recruited into the Russian army: the
# MEA's written reply in Parliament, a CBI chargesheet, a bereaved family, the Russian embassy,
# Ukraine's figures and North Korea's troops. The MEA, its minister, the CBI, the MP and the family
# have claimant_side `*`; the Russian embassy speaks for Russia; Ukraine's Coordination
# Headquarters and the HUR for Ukraine; South Korean intelligence for South Korea. Required:
# "Sixteen" killed (target Russia, country Ukraine: "on the front line in Ukraine"), 13 still
# serving and 127 recruited (personnel, action `*`, actor Russia), the embassy's "4. 2 crore
# rupees" of compensation paid (stray space kept) and "some 15,000" foreigners under contract, the
# HUR's "at least 1,500" South Asians in Russian units, North Korea's "about 12,000" troops and "a
# further 6,000" (qualifier `*`: a list) deployed. Optional: the headline's 16 and 13, "the
# remaining 13". Debatable: the headline's "six" agents, 96 discharged, two missing, "11 of the 16"
# remains (both numbers), "six more agents", "at least 35" men trafficked, the fees "Rs 2.5 lakh
# and Rs 3.5 lakh", "2 lakh roubles", "1.8 lakh", "40 of us", "three of us", "nine of the dead",
# "more than 1,200" prisoners, "four Indians", "two captured men", "at least 20 boys", "7 of them",
# "212 calls", "Rs 5,00,000". Non-claims: "Apr 05 2028 | 18:42 IST", "Apr 5", 2024, "Sections 143
# and 61(2)", "December 2023 and March 2025", "year-long", "15 days", "Sohail, 29", "Imran, 34",
# "January", "six weeks", 2027, "February", "3rd Assault Brigade", "a second wave", "late 2024",
# 2025, "May 14", "1842", and the furniture ("74,112.40", "0.62%", "22,480.15", "0.58%", "86.41",
# "₹71,250", "#IPL2028", "1.2 million followers" (twice), "3 min read", "its fifth year", "2 weekly
# flights", "CIN U22120DL2009PTC190337").
rows(d, [
    ("16 Indians killed, 13 still", "16", 16, EX, "count", CAS, N, "killed", A, R, A, U, A, True),  # headline
    ("13 still in Russian Army", "13", 13, EX, "count", PER, N, A, R, A, A, A, A, True),  # headline
    ("Sixteen Indian nationals recruited", "Sixteen", 16, EX, "count", CAS, N, "killed", A, R, A, U, A),
    ("and 13 are still serving with Russian units", "13", 13, EX, "count", PER, N, A, R, A, A, A, A),
    ("said 127 Indians were", "127", 127, EX, "count", PER, N, A, R, A, A, A, A),
    ("the remaining 13 and the repatriation", "13", 13, EX, "count", PER, N, A, R, A, A, A, A, True),  # restates
    ("totalling 4. 2 crore rupees", "4. 2 crore", 42000000, EX, A, ECO, N, A, A, A, R, A, A),
    ("some 15,000 foreign citizens", "some 15,000", 15000, APX, "count", PER, N, A, R, A, R, A, A),
    ("at least 1,500 citizens of South Asian countries", "at least 1,500", 1500, GE, "count", PER, N, A, R, A, U, A, A),
    ("sent about 12,000 troops to Russia's Kursk region", "about 12,000", 12000, APX, "count", PER, N, "deployed", NK, A, SK, R, Ku),
    ("a further 6,000 military engineers", "6,000", 6000, A, "count", PER, N, "deployed", NK, A, SK, R, A),
])
any_(d, [
    ("CBI names six more agents", "six"),
    ("Of them, 96 have been discharged", "96"),
    ("while two remain missing", "two"),
    ("remains of 11 of the 16", "11"),
    ("11 of the 16 have so far", "16"),
    ("naming six more agents", "six"),
    ("sent at least 35 young men", "at least 35"),
    ("between Rs 2.5 lakh and Rs 3.5 lakh", "Rs 2.5 lakh and Rs 3.5 lakh"),
    ("would earn 2 lakh roubles a month", "2 lakh"),
    ("in Moscow for 1.8 lakh a month", "1.8 lakh"),
    ("They are sending 40 of us", "40"),
    ("only three of us speak Russian", "three"),
    ("families of nine of the dead", "nine"),
    ('holding "more than 1,200" foreign nationals', "more than 1,200"),
    ("among them four Indians", "four"),
    ("a video of two captured men", "two"),
    ("at least 20 boys who went", "at least 20"),
    ("no one knows where 7 of them are", "7"),
    ("had received 212 calls", "212"),
    ("an ex gratia of Rs 5,00,000", "Rs 5,00,000"),
])

# ---------------------------------------------------------------- s03 Voronezh governor, one night
d = "s03_voronezh_governor_telegram_night.txt"
# The web preview of the Voronezh governor's Telegram channel (translated from Russian) over the
# night of 18-19 May 2028. Gusev and the forwarded Defence Ministry post speak for Russia;
# "Ukrainian Telegram channels" (denied as a fake) have claimant_side `*`. Country Russia, region
# Voronezh unless the ministry names another. The pinned message repeats the 07:10 summary
# verbatim; the UAV alert is posted twice (no numbers). Required: 7, "4 more", "Another three",
# "eleven" UAVs destroyed (shot_down), "One woman" and "two men" injured, "Five private houses"
# damaged, the channels' "12 drones" that "hit" (action `*`) and "two aircraft" destroyed; the
# summary's 26 UAVs, three injured and 86 residents moved (evacuated); the ministry's 121 with its
# breakdown (38 Belgorod, 29 Kursk, 27 Voronezh, 16 Bryansk, 11 Moscow) and "121 thousand" since
# 2022 (country and region `*`); the year's 1,204 drones ("(618)": optional), three killed and 41
# injured. Optional: the summary's "5 private houses". Debatable: "two entrances", "14 windows", "2
# cars", "About 2,300 residents", "three villages", "twice as many", "50 thousand roubles", "up to
# 100 thousand roubles", "17 schools". Non-claims: "18 May 2028", "19 May 2028", times ("23:14" ...
# "10:02", "from 23:00 to 07:00"), "School No. 45" (twice), "nine-storey", "born in 1957", M-4,
# "between kilometres 590 and 640", "44 and 51 years old", "one-off", "7 hours 40 minutes", and the
# furniture ("412 870 subscribers", "3 146 photos", "288 videos", views "👁 58.1K" and reactions "👍
# 1.1K 🙏 642" etc., "April 2022", "FZ-LLC").
rows(d, [
    ("In total, 26 UAVs were destroyed", "26", 26, EX, "count", W, "drone", "shot_down", R, U, R, R, Vo),
    ("Three people were injured; their lives", "Three", 3, EX, "count", CAS, N, "injured", A, R, R, R, Vo),
    ("In Liski district, 5 private houses", "5", 5, EX, "count", INF, N, A, A, R, R, R, Vo, True),  # restates 06:20
    ("86 people, were temporarily moved", "86", 86, EX, "count", DIS, N, "evacuated", A, A, R, R, Vo),
    ("detected and destroyed 7 UAVs", "7", 7, EX, "count", W, "drone", "shot_down", R, U, R, R, Vo),
    ("In Voronezh, 4 more UAVs were shot down", "4", 4, EX, "count", W, "drone", "shot_down", R, U, R, R, Vo),
    ("One woman, born in 1957", "One", 1, EX, "count", CAS, N, "injured", A, R, R, R, Vo),
    ("Another three UAVs were destroyed", "three", 3, EX, "count", W, "drone", "shot_down", R, U, R, R, Vo),
    ("destroyed another eleven UAVs", "eleven", 11, EX, "count", W, "drone", "shot_down", R, U, R, R, Vo),
    ('"12 drones hit the airfield in Borisoglebsk', "12", 12, EX, "count", W, "drone", A, U, R, A, R, Vo),
    ("and destroyed two aircraft", "two", 2, EX, "count", W, "aircraft", "destroyed", U, R, A, R, Vo),
    ("injured two men, 44 and 51", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Vo),
    ("Five private houses and an outbuilding were damaged in the village", "Five", 5, EX, "count", INF, N, A, A, R, R, R, Vo),
    ("destroyed 121 Ukrainian unmanned", "121", 121, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("38 over the territory of the Belgorod region", "38", 38, EX, "count", W, "drone", "shot_down", R, U, R, R, Be),
    ("29 over the Kursk region", "29", 29, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku),
    ("27 over the Voronezh region", "27", 27, EX, "count", W, "drone", "shot_down", R, U, R, R, Vo),
    ("16 over the Bryansk region", "16", 16, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("and 11 over the Moscow region", "11", 11, EX, "count", W, "drone", "shot_down", R, U, R, R, Mo),
    ("121 thousand unmanned aerial vehicles", "121 thousand", 121000, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("1,204 UAVs have been destroyed", "1,204", 1204, EX, "count", W, "drone", "shot_down", R, U, R, R, Vo),
    ("same period last year (618)", "618", 618, EX, "count", W, "drone", "shot_down", R, U, R, R, Vo, True),  # earlier state
    ("three people have been killed in the region", "three", 3, EX, "count", CAS, N, "killed", A, R, R, R, Vo),
    ("in the region and 41 injured", "41", 41, EX, "count", CAS, N, "injured", A, R, R, R, Vo),
])
any_(d, [
    ("Residents of two entrances", "two"),
    ("14 windows were broken", "14"),
    ("and 2 cars damaged", "2"),
    ("About 2,300 residents", "About 2,300"),
    ("of three villages were left", "three"),
    ("almost twice as many", "twice"),
    ("payments of 50 thousand roubles", "50 thousand"),
    ("and up to 100 thousand roubles", "up to 100 thousand"),
    ("17 schools in the Rossosh district", "17"),
])

# ---------------------------------------------------------------- s04 OSINT loss tally, Q1
d = "s04_osint_equipment_loss_tally_q1.txt"
# A volunteer blog of photo-confirmed equipment losses (Attrition Ledger) reviews Q1 2028. The
# blog's voice and its readers have claimant_side `*`; Ukraine's General Staff and Air Force speak
# for Ukraine; Russia's Defence Ministry for Russia. List items: weapons, actor `*`, target the
# side that lost them, country and region `*`; type totals action `*`, "destroyed" destroyed,
# "damaged", "abandoned", "captured" action `*` (all required); models within a type total
# required. Required besides the list: the body's 1,143 and 418 (weapon_type `*`), "97" tanks and
# armoured vehicles near Pokrovsk (Donetsk), the General Staff's 1,021 tanks and 2,260 armoured
# vehicles lost, the ministry's 14 tanks and 37 Bradleys destroyed and "two Patriot launchers"
# (near Dnipro), the Air Force's 4,812 Shahed-type drones launched and 3,990 shot down
# (nationwide), the running totals 24,611 and 8,903 and the tanks among them (4,219, 1,377).
# Optional: the headline's 1,143 and 418, the side headers "Russia (1,143)" and "Ukraine (418)",
# "212 tanks" restated, "356 in Q1 2027" (earlier state), "164" motorcycles (subset), "six and 19"
# confirmed, "one launcher" in the video. Debatable: "about 2.7" and "2.5" (ratios), "812" losses
# "where we could tell", "71%", "58%", "two failed assaults", "nearly five times", and the
# comments' "40", "12" and "3". Non-claims: "Q1 2028", "6 April 2028", "1 January and 31 March
# 2028", "every one of them", 2027, "spring of 2023", "at least one photo", "to 1" (twice), the
# models (TOS-1A, Pantsir-S1, Tor-M2, Buk-M3, S-300V4, S-400, Su-34, Su-25, Su-30SM, A-50, Ka-52,
# Mi-8, Mi-28, Leopard 2A6, M1A1, M2A2, 2S22, HIMARS, IRIS-T SLM, F-16, Su-27, T-80BVM), "Q1 2027",
# "a year ago", "3-9 February", "the 5th and the 7th", "17 February", "Both Su-34s", "one of them",
# "22 March", "the first one", 2025, "24 February 2022", "in one paragraph", "29 March", and the
# furniture ("2,104 photos", "♥ 1.2K", "🔁 384", "4 volunteers, 0 salaries, about 2,900 hours"
# (twice), "14 comments" (twice), "21:14", "21:40", "08:03", "Load 11 more comments", "Q4 2027",
# "Q3 2027", "2027 in numbers", "2022–2028", "CC BY-SA 4.0").
rows(d, [
    ("Q1 2028 in review: 1,143 Russian", "1,143", 1143, EX, "count", W, A, A, A, R, A, A, A, True),  # headline
    ("1,143 Russian and 418 Ukrainian losses confirmed", "418", 418, EX, "count", W, A, A, A, U, A, A, A, True),  # headline
    ("we added 1,143 Russian and 418", "1,143", 1143, EX, "count", W, A, A, A, R, A, A, A),
    ("Russian and 418 Ukrainian pieces", "418", 418, EX, "count", W, A, A, A, U, A, A, A),
    ("Russia (1,143)", "1,143", 1143, EX, "count", W, A, A, A, R, A, A, A, True),  # list header
    ("Tanks: 212", "212", 212, EX, "count", W, "tank", A, A, R, A, A, A),
    ("destroyed: 168", "168", 168, EX, "count", W, "tank", "destroyed", A, R, A, A, A),
    ("damaged: 12, abandoned: 9", "12", 12, EX, "count", W, "tank", A, A, R, A, A, A),
    ("abandoned: 9, captured: 23", "9", 9, EX, "count", W, "tank", A, A, R, A, A, A),
    ("captured: 23", "23", 23, EX, "count", W, "tank", A, A, R, A, A, A),
    ("Armoured fighting vehicles: 389", "389", 389, EX, "count", W, "armored_vehicle", A, A, R, A, A, A),
    ("destroyed: 301", "301", 301, EX, "count", W, "armored_vehicle", "destroyed", A, R, A, A, A),
    ("damaged: 21", "21", 21, EX, "count", W, "armored_vehicle", A, A, R, A, A, A),
    ("abandoned: 18", "18", 18, EX, "count", W, "armored_vehicle", A, A, R, A, A, A),
    ("captured: 49", "49", 49, EX, "count", W, "armored_vehicle", A, A, R, A, A, A),
    ("Self-propelled artillery: 74", "74", 74, EX, "count", W, "artillery", A, A, R, A, A, A),
    ("of which destroyed: 61", "61", 61, EX, "count", W, "artillery", "destroyed", A, R, A, A, A),
    ("Multiple rocket launchers: 38", "38", 38, EX, "count", W, "mlrs", A, A, R, A, A, A),
    ("including 6 TOS-1A", "6", 6, EX, "count", W, "mlrs", A, A, R, A, A, A),
    ("Air defence systems: 27", "27", 27, EX, "count", W, "air_defense", A, A, R, A, A, A),
    ("Aircraft: 5", "5", 5, EX, "count", W, "aircraft", A, A, R, A, A, A),
    ("two Su-34, one Su-25", "two", 2, EX, "count", W, "aircraft", A, A, R, A, A, A),
    ("one Su-25", "one", 1, EX, "count", W, "aircraft", A, A, R, A, A, A),
    ("one Su-30SM", "one", 1, EX, "count", W, "aircraft", A, A, R, A, A, A),
    ("one A-50 on the ground", "one", 1, EX, "count", W, "aircraft", A, A, R, A, A, A),
    ("Helicopters: 3", "3", 3, EX, "count", W, "helicopter", A, A, R, A, A, A),
    ("Trucks, vehicles and jeeps: 371", "371", 371, EX, "count", W, "vehicle", A, A, R, A, A, A),
    ("Naval vessels and boats: 24", "24", 24, EX, "count", W, "ship", A, A, R, A, A, A),
    ("Ukraine (418)", "418", 418, EX, "count", W, A, A, A, U, A, A, A, True),  # list header
    ("Tanks: 61", "61", 61, EX, "count", W, "tank", A, A, U, A, A, A),
    ("destroyed: 44", "44", 44, EX, "count", W, "tank", "destroyed", A, U, A, A, A),
    ("damaged: 9, abandoned: 3", "9", 9, EX, "count", W, "tank", A, A, U, A, A, A),
    ("abandoned: 3, captured: 5", "3", 3, EX, "count", W, "tank", A, A, U, A, A, A),
    ("captured: 5)", "5", 5, EX, "count", W, "tank", A, A, U, A, A, A),
    ("among them four Leopard 2A6", "four", 4, EX, "count", W, "tank", A, A, U, A, A, A),
    ("and two M1A1 Abrams", "two", 2, EX, "count", W, "tank", A, A, U, A, A, A),
    ("Armoured fighting vehicles: 143", "143", 143, EX, "count", W, "armored_vehicle", A, A, U, A, A, A),
    ("destroyed: 97", "97", 97, EX, "count", W, "armored_vehicle", "destroyed", A, U, A, A, A),
    ("damaged: 26", "26", 26, EX, "count", W, "armored_vehicle", A, A, U, A, A, A),
    ("abandoned: 4", "4", 4, EX, "count", W, "armored_vehicle", A, A, U, A, A, A),
    ("captured: 16", "16", 16, EX, "count", W, "armored_vehicle", A, A, U, A, A, A),
    ("among them 19 M2A2 Bradley", "19", 19, EX, "count", W, "armored_vehicle", A, A, U, A, A, A),
    ("Self-propelled artillery: 29", "29", 29, EX, "count", W, "artillery", A, A, U, A, A, A),
    ("including three 2S22 Bohdana", "three", 3, EX, "count", W, "artillery", A, A, U, A, A, A),
    ("Towed artillery: 37", "37", 37, EX, "count", W, "artillery", A, A, U, A, A, A),
    ("Multiple rocket launchers: 11", "11", 11, EX, "count", W, "mlrs", A, A, U, A, A, A),
    ("including one HIMARS", "one", 1, EX, "count", W, "mlrs", A, A, U, A, A, A),
    ("Air defence systems: 9", "9", 9, EX, "count", W, "air_defense", A, A, U, A, A, A),
    ("two IRIS-T SLM launchers", "two", 2, EX, "count", W, "air_defense", A, A, U, A, A, A),
    ("Aircraft: 2", "2", 2, EX, "count", W, "aircraft", A, A, U, A, A, A),
    ("one F-16, one Su-27", "one", 1, EX, "count", W, "aircraft", A, A, U, A, A, A),
    ("one Su-27", "one", 1, EX, "count", W, "aircraft", A, A, U, A, A, A),
    ("Trucks, vehicles and jeeps: 126", "126", 126, EX, "count", W, "vehicle", A, A, U, A, A, A),
    ("Russia lost 212 tanks this quarter", "212", 212, EX, "count", W, "tank", A, A, R, A, A, A, True),  # restates
    ("against 356 in Q1 2027", "356", 356, EX, "count", W, "tank", A, A, R, A, A, A, True),  # earlier state
    ("We logged 164 Russian motorcycles", "164", 164, EX, "count", W, "vehicle", A, A, R, A, A, A, True),  # subset
    ("documented 97 Russian tanks and armoured vehicles", "97", 97, EX, "count", W, A, A, A, R, A, U, Do),
    ("Russia lost 1,021 tanks", "1,021", 1021, EX, "count", W, "tank", A, A, R, U, A, A),
    ("and 2,260 armoured fighting vehicles", "2,260", 2260, EX, "count", W, "armored_vehicle", A, A, R, U, A, A),
    ("destroyed 14 Leopard and Abrams tanks", "14", 14, EX, "count", W, "tank", "destroyed", R, U, R, A, A),
    ("and 37 Bradley fighting vehicles", "37", 37, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, A, A),
    ("we could confirm six and 19", "six", 6, EX, "count", W, "tank", A, A, U, A, A, A, True),  # subset of the claim
    ("six and 19 of them", "19", 19, EX, "count", W, "armored_vehicle", A, A, U, A, A, A, True),  # subset of the claim
    ('destroyed "two Patriot launchers and a radar"', "two", 2, EX, "count", W, "air_defense", "destroyed", R, U, R, U, Dn),
    ("the video shows one launcher", "one", 1, EX, "count", W, "air_defense", A, A, U, A, U, Dn, True),  # restates the list
    ("reported 4,812 Shahed-type drones", "4,812", 4812, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("of which 3,990 were shot down", "3,990", 3990, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("stand at 24,611 Russian", "24,611", 24611, EX, "count", W, A, A, A, R, A, A, A),
    ("and 8,903 Ukrainian items", "8,903", 8903, EX, "count", W, A, A, A, U, A, A, A),
    ("of which 4,219 and 1,377 are tanks", "4,219", 4219, EX, "count", W, "tank", A, A, R, A, A, A),
    ("4,219 and 1,377 are tanks", "1,377", 1377, EX, "count", W, "tank", A, A, U, A, A, A),
])
any_(d, [
    ("a ratio of about 2.7 to 1", "about 2.7"),
    ("close to the 2.5 to 1", "2.5"),
    ("Of the 812 Russian losses", "812"),
    ("71% were struck", "71%"),
    ("up from 58% a year ago", "58%"),
    ("in two failed assaults", "two"),
    ("nearly five times our figure", "five"),
    ("Russia lost 40 tanks near Kupiansk", "40"),
    ("why only 12 in your list", "12"),
    ("count is off by 3", "3"),
])

# ---------------------------------------------------------------- s05 Chernihiv weekly roundup
d = "s05_chernihiv_weekly_roundup.txt"
# A Chernihiv regional newspaper's (Chernihiv Weekly) roundup of 21-27 April 2028. The regional
# military administration and its head, the Air Force, Air Command North, the State Border Guard
# Service, the community head and the regional departments speak for Ukraine; the UN mission for
# the United Nations; Bryansk's governor for Russia (country Russia, region Bryansk); the
# volunteers have claimant_side `*`. Country Ukraine, region `*` (Chernihiv is outside the
# vocabulary). Required: nine KAB bombs dropped, four killed and eleven injured by "Russian
# strikes" (actor Russia), two passengers injured near Horodnia (a breakdown by place, actor `*`),
# 64 Shahed-type drones and 3 Kh-59 missiles destroyed (shot_down), 12 apartment buildings and 37
# private houses damaged and two people injured (actor Russia: "Russia hit Chernihiv"), the UN's 17
# killed and 64 injured, Bogomaz's two civilians injured and "more than 20" drones shot down, three
# saboteurs killed, 214 children and 198 adults evacuated, "more than 61,000" displaced people
# taken in, "1. 9 billion hryvnias" of tax received (stray space kept), "46.7 million hryvnias" of
# compensation paid, 25 FPV drones handed over (a delivery, actor `*`) and "1.2 million hryvnias"
# raised. Optional: the subhead's "1. 9 billion", "about 9,500" children (subset). Debatable: "183
# times", "41 settlements", "20 km", "at least 15 kilometres", "37 such attempts", "12 border
# villages", "About 40 families", "38%", "312 families", "146 hectares", "287 explosive objects",
# "two unexploded aviation bombs", "8,400 households", "three pickup trucks". Non-claims: "21–27
# April", "28 April 2028, 08:00", "63-year-old", "16-year-old", "24 April", Kh-59, Iskander-M, "the
# first three months", "a single metre", "Monday", "Since January", "3 April", "58th", sport and
# culture ("Polissia-2", "2:1", "1,200 fans", "10 minutes", "85th season", "3 May", "150 UAH"), the
# obituary ("44", "1st Separate Tank Brigade", "19 April"), and the furniture ("since 1994", "No.
# 17 (1,482)", "+14°C", "41.95", "45.10", "👁 5 412", the subscription box printed twice ("61238",
# "3 months — 195 UAH", "6 months — 390 UAH"), "40 bridges in six years", "9 of 10", "14–20 April",
# "1994–2028", "14000", "32", "No. 311-117R", "16+").
rows(d, [
    ("1. 9 billion in military tax", "1. 9 billion", 1900000000, EX, A, ECO, N, A, A, A, U, U, A, True),  # subhead
    ("recorded nine KAB bombs", "nine", 9, EX, "count", W, "guided_bomb", "launched", R, U, U, U, A),
    ("killed four civilians and injured eleven", "four", 4, EX, "count", CAS, N, "killed", R, U, U, U, A),
    ("and injured eleven over the week", "eleven", 11, EX, "count", CAS, N, "injured", R, U, U, U, A),
    ("and injuring two passengers", "two", 2, EX, "count", CAS, N, "injured", A, U, U, U, A),
    ("destroyed 64 Shahed-type attack drones", "64", 64, EX, "count", W, "drone", "shot_down", U, R, U, U, A),
    ("and 3 Kh-59 guided missiles", "3", 3, EX, "count", W, "missile", "shot_down", U, R, U, U, A),
    ("damaged 12 apartment buildings", "12", 12, EX, "count", INF, N, A, A, U, U, U, A),
    ("and 37 private houses", "37", 37, EX, "count", INF, N, A, A, U, U, U, A),
    ("and two people were injured", "two", 2, EX, "count", CAS, N, "injured", R, U, U, U, A),
    ("17 civilians had been killed", "17", 17, EX, "count", CAS, N, "killed", A, U, UN, U, A),
    ("and 64 injured in Chernihiv region", "64", 64, EX, "count", CAS, N, "injured", A, U, UN, U, A),
    ("injuring two civilians", "two", 2, EX, "count", CAS, N, "injured", U, R, R, R, Br),
    ('"more than 20" Ukrainian drones', "more than 20", 20, GE, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("killing three of its members", "three", 3, EX, "count", CAS, N, "killed", U, R, U, U, A),
    ("214 children and 198 adults", "214", 214, EX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("and 198 adults accompanying them", "198", 198, EX, "count", DIS, N, "evacuated", A, A, U, U, A),
    ("more than 61,000 internally displaced people", "more than 61,000", 61000, GE, "count", DIS, N, A, A, A, U, U, A),
    ("about 9,500 are children", "about 9,500", 9500, APX, "count", DIS, N, A, A, A, U, U, A, True),  # subset
    ("received 1. 9 billion hryvnias", "1. 9 billion", 1900000000, EX, A, ECO, N, A, A, A, U, U, A),
    ("a total of 46.7 million hryvnias", "46.7 million", 46700000, EX, A, ECO, N, A, A, A, U, U, A),
    ("and 25 FPV drones", "25", 25, EX, "count", W, "drone", A, A, A, A, A, A),
    ("bought with 1.2 million hryvnias raised", "1.2 million", 1200000, EX, A, ECO, N, A, A, A, A, U, A),
])
any_(d, [
    ("183 times over the week", "183"),
    ("hitting 41 settlements", "41"),
    ("within 20 km of the border", "20"),
    ("at least 15 kilometres deep", "at least 15"),
    ("recorded 37 such attempts", "37"),
    ("from 12 border villages", "12"),
    ("About 40 families refuse", "About 40"),
    ("38% of all its revenue", "38%"),
    ("312 families from the region", "312"),
    ("surveyed 146 hectares", "146"),
    ("removed 287 explosive objects", "287"),
    ("among them two unexploded aviation bombs", "two"),
    ("restored power to 8,400 households", "8,400"),
    ("handed over three pickup trucks", "three"),
])

# ---------------------------------------------------------------- s06 maritime war risk, Odesa
d = "s06_maritime_war_risk_odesa_ports.txt"
# A London maritime trade paper (Tidewater Trade Journal) on war-risk premiums after strikes on
# ships in the ports of Greater Odesa. Ukraine's Navy and its spokesman, the Odesa regional
# military administration, the HUR, the ministry that runs the insurance facility and the Sea Ports
# Authority speak for Ukraine; Russia's Defence Ministry for Russia; Britain's Ministry of Defence
# for the United Kingdom; the brokers, Turkey's ministry and the unions have claimant_side `*`.
# Country Ukraine, region Odesa where placed. Required: two crew killed and five injured on the
# Aurelia Star (target `*`), 31 civilian vessels damaged and 14 seafarers killed since 2023 (region
# `*`), 22 missiles (qualifier `*`: a list) and "more than 140" drones launched in May, "about
# 46,000" tonnes of grain and 19 port facilities, Russia's "up to 30" uncrewed boats destroyed, the
# HUR's three vessels hit (action `*`) and two Su-30 shot down, Russia's 17 uncrewed boats (at sea:
# country and region `*`), Britain's "more than 60" missiles, the facility's "$1. 8 million" claim
# paid (stray space kept), 11.4 million tonnes handled, "9%" less, 121.6 million tonnes exported
# (nationwide: region None). Optional: the pull quote's 22 and "more than 140", "about 6.1 million"
# tonnes of grain (subset). Debatable: "1.25%" (headline), "1% and 1.25%", "about 0.7%", "three
# London brokers", "$25m", "$250,000 to $312,500", "a quarter of a million", "2" and "11"
# Turkish-owned ships, "$40 million", "$15,000", "Three hits", "1,460 voyages", "more than $9bn",
# "$50m", "100%", "two of the three" manning agencies. Non-claims: "12 May 2028 16:45",
# "seven-day", "a tonne", "9 May" (twice), Kh-31P, "IMO 9581332", "berth 7", "Two days earlier",
# "10 May", "Magura V7", "Project 22160", Su-30, "since January", 2027, "One owner", "last week",
# 2022, "Thursday", "March", "April", "August 2023", and the furniture ("BDI 1,842", "1.3%",
# "$82.17", "$611/t", "$14,260/day", "30-day", "2 free articles" and "£29" (twice), "third merchant
# ship", "14%", "5 May 2028", "2 May 2028", "20 May, 14:00", "No. 08813427").
rows(d, [
    ("Two crew members, both Filipino", "Two", 2, EX, "count", CAS, N, "killed", A, A, U, U, Od),
    ("killed and five were injured", "five", 5, EX, "count", CAS, N, "injured", A, A, U, U, Od),
    ("damaged 31 civilian vessels", "31", 31, EX, "count", INF, N, A, A, A, U, U, A),
    ("and 14 seafarers have been killed", "14", 14, EX, "count", CAS, N, "killed", A, A, U, U, A),
    ("has launched 22 missiles", "22", 22, A, "count", W, "missile", "launched", R, U, U, U, Od),
    ("and more than 140 drones at the ports", "more than 140", 140, GE, "count", W, "drone", "launched", R, U, U, U, Od),
    ("about 46,000 tonnes of grain", "about 46,000", 46000, APX, A, ECO, N, A, A, A, U, U, Od),
    ("damaged 19 port facilities", "19", 19, EX, "count", INF, N, A, A, U, U, U, Od),
    ('"In May alone, 22 missiles', "22", 22, A, "count", W, "missile", "launched", R, U, U, U, Od, True),  # pull quote
    ('more than 140 drones" — Capt.', "more than 140", 140, GE, "count", W, "drone", "launched", R, U, U, U, Od, True),  # pull quote
    ('destroyed "up to 30" of them', "up to 30", 30, LE, "count", W, "drone", "destroyed", R, U, R, U, Od),
    ("had hit three Russian vessels", "three", 3, EX, "count", W, "ship", A, U, R, U, A, A),
    ("shot down two Su-30 fighter jets", "two", 2, EX, "count", W, "aircraft", "shot_down", U, R, U, A, A),
    ("destroyed 17 uncrewed boats", "17", 17, EX, "count", W, "drone", "destroyed", R, U, R, A, A),
    ('fired "more than 60" missiles', "more than 60", 60, GE, "count", W, "missile", "launched", R, U, UK, U, Od),
    ("so far, $1. 8 million, for hull damage", "$1. 8 million", 1800000, EX, "usd", ECO, N, A, A, A, U, A, A),
    ("handled 11.4 million tonnes in April", "11.4 million", 11400000, EX, A, ECO, N, A, A, A, U, U, N),
    ("9% less than in March", "9%", 9, EX, "percent", ECO, N, A, A, A, U, U, N),
    ("grain made up about 6.1 million tonnes", "about 6.1 million", 6100000, APX, A, ECO, N, A, A, A, U, U, N, True),  # subset
    ("exported 121.6 million tonnes", "121.6 million", 121600000, EX, A, ECO, N, A, A, A, U, U, N),
])
any_(d, [
    ("climb to 1.25% after third", "1.25%"),
    ("between 1% and 1.25%", "1% and 1.25%"),
    ("up from about 0.7%", "about 0.7%"),
    ("three London brokers", "three"),
    ("insured at $25m", "$25m"),
    ("an extra $250,000 to $312,500", "$250,000 to $312,500"),
    ("a quarter of a million dollars", "a quarter of a million"),
    ("that 2 of the 11", "2"),
    ("of the 11 Turkish-owned ships", "11"),
    ("a ship worth $40 million", "$40 million"),
    ("for a $15,000-a-day charter", "$15,000"),
    ("Three hits in a week", "Three"),
    ("covered 1,460 voyages", "1,460"),
    ("cargo worth more than $9bn", "more than $9bn"),
    ("capped at $50m per vessel", "$50m"),
    ("a bonus of 100% of basic wages", "100%"),
    ("and two of the three largest", "two"),
    ("two of the three largest Filipino", "three"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s70")
