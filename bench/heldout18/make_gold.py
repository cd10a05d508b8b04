"""Builds gold.jsonl for heldout18 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout18.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored."""

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
# ---------------------------------------------------------------- a01 EU statistics: temporary protection
d = "a01_eu_temporary_protection_statistics.txt"
# Eurostat (an EU body), the Polish and German interior ministers and the Czech interior ministry
# speak for no vocabulary side: claimant_side open; UNHCR and its official Hrubá speak for the
# United Nations; Ukraine's Ministry of Social Policy for Ukraine. People under temporary
# protection, new protection decisions, refugees abroad, refugees who returned or cancelled their
# status and internally displaced people are displacement with action, actor and target open
# (they fled or went home; no one "evacuated" them). People who "left front-line communities" in
# a Ukrainian ministry's count are evacuated (as people who "left" in heldout17). Host countries
# (Germany, Poland ...) and the EU as a whole are outside the vocabulary: country and region open;
# Ukraine's own figures have country Ukraine and region None (nationwide) or open (three named
# regions). The exact Eurostat total (4,214,630) is the primary statement: the standfirst's
# "4.2 million" and the lede's "Just over 4.2 million" restate it (optional), as do the text's
# "16,830" and "Eurostat's 384,920" (table cells) and the minister's "close to a million" (Poland's
# cell). Previous-month figures (54,905 decisions in September, 5,880 cancellations) are required
# like the current ones. The table's beneficiaries and new decisions are required; the "per 1,000
# inhabitants" column holds rates (any). Money: the Polish "no more than 2.1 billion złoty"
# (required, unit open); Germany's "about €1.3 billion in 2027" is a projected saving (optional).
# Subsets by property ("some 190,000 Ukrainian pupils", "1.2 million children") are optional;
# UNHCR's "6.3 million of them in Europe" is a breakdown by place (required); its "between
# 300,000 and 500,000" returns in 2027 is a conditional projection and a range (optional).
# Monthly changes ("some 9,800 fewer", "about 4,500", "some 4,000"), shares ("roughly a third",
# "almost two-thirds", "more than 70 per cent", "11 per cent"), "nearly twice", the survey's 8,600
# households and the threshold "four million" are debatable. "aged 18 to 22", "90 days",
# "180-day", "2025/1460", "Article 5", "2001 directive", dates, the helpline, read time, shares,
# comments and the furniture (120,000 pupils, 28%, "14 removal vans", 48,000 readers, age 41,
# 62%, prices, VAT and phone numbers) are not claims.
rows(d, [
    ("figures show 4.2 million people under temporary protection", "4.2 million", 4200000, EX, "count", DIS, N, A, A, A, A, A, A, True),  # standfirst
    ("Just over 4.2 million people who fled the war in Ukraine", "Just over 4.2 million", 4200000, GE, "count", DIS, N, A, A, A, A, A, A, True),  # rounded lede
    ("The EU statistics office counted 4,214,630 non-EU citizens", "4,214,630", 4214630, EX, "count", DIS, N, A, A, A, A, A, A),
    ("Member states issued 61,240 such decisions in October", "61,240", 61240, EX, "count", DIS, N, A, A, A, A, A, A),
    ("up from 54,905 in September", "54,905", 54905, EX, "count", DIS, N, A, A, A, A, A, A),
    # table (Eurostat)
    ("Germany | 1,238,410 | 14.7 | 16,830", "1,238,410", 1238410, EX, "count", DIS, N, A, A, A, A, A, A),
    ("Germany | 1,238,410 | 14.7 | 16,830", "16,830", 16830, EX, "count", DIS, N, A, A, A, A, A, A),
    ("Poland | 987,150 | 26.9 | 12,460", "987,150", 987150, EX, "count", DIS, N, A, A, A, A, A, A),
    ("Poland | 987,150 | 26.9 | 12,460", "12,460", 12460, EX, "count", DIS, N, A, A, A, A, A, A),
    ("Czechia | 384,920 | 35.4 | 6,210", "384,920", 384920, EX, "count", DIS, N, A, A, A, A, A, A),
    ("Czechia | 384,920 | 35.4 | 6,210", "6,210", 6210, EX, "count", DIS, N, A, A, A, A, A, A),
    ("Spain | 251,300 | 5.2 | 2,940", "251,300", 251300, EX, "count", DIS, N, A, A, A, A, A, A),
    ("Spain | 251,300 | 5.2 | 2,940", "2,940", 2940, EX, "count", DIS, N, A, A, A, A, A, A),
    ("Romania | 196,540 | 10.3 | 3,390", "196,540", 196540, EX, "count", DIS, N, A, A, A, A, A, A),
    ("Romania | 196,540 | 10.3 | 3,390", "3,390", 3390, EX, "count", DIS, N, A, A, A, A, A, A),
    ("Italy | 173,680 | 2.9 | 1,760", "173,680", 173680, EX, "count", DIS, N, A, A, A, A, A, A),
    ("Italy | 173,680 | 2.9 | 1,760", "1,760", 1760, EX, "count", DIS, N, A, A, A, A, A, A),
    ("Germany registered 16,830 new decisions", "16,830", 16830, EX, "count", DIS, N, A, A, A, A, A, A, True),  # restates the table
    # Poland
    ("We have close to a million people from Ukraine", "a million", 1000000, LE, "count", DIS, N, A, A, A, A, A, A, True),  # restates the table
    ("had spent no more than 2.1 billion złoty", "no more than 2.1 billion", 2100000000, LE, A, ECO, N, A, A, A, A, A, A),
    ("schooling for some 190,000 Ukrainian pupils", "some 190,000", 190000, APX, "count", DIS, N, A, A, A, A, A, A, True),  # subset
    ("He added that 7,310 people had cancelled", "7,310", 7310, EX, "count", DIS, N, A, A, A, A, A, A),
    ("against 5,880 in September", "5,880", 5880, EX, "count", DIS, N, A, A, A, A, A, A),
    # Germany
    ("will save about €1.3 billion in 2027", "about €1.3 billion", 1300000000, APX, A, ECO, N, A, A, A, A, A, A, True),  # projection
    # UNHCR
    ("about 1.3 million refugees have returned to Ukraine", "about 1.3 million", 1300000, APX, "count", DIS, N, A, A, A, UN, A, A),
    ("some 6.9 million refugees from Ukraine are still recorded abroad", "some 6.9 million", 6900000, APX, "count", DIS, N, A, A, A, UN, A, A),
    ("6.3 million of them in Europe", "6.3 million", 6300000, EX, "count", DIS, N, A, A, A, UN, A, A),
    ("between 300,000 and 500,000 people to go home", "300,000", 300000, A, "count", DIS, N, A, A, A, UN, A, A, True),  # projected range
    ("between 300,000 and 500,000 people to go home", "500,000", 500000, A, "count", DIS, N, A, A, A, UN, A, A, True),  # projected range
    # inside Ukraine
    ("4.6 million people are registered as internally displaced", "4.6 million", 4600000, EX, "count", DIS, N, A, A, A, U, U, N),
    ("among them 1.2 million children", "1.2 million", 1200000, EX, "count", DIS, N, A, A, A, U, U, N, True),  # subset
    ("over 98,000 people left front-line communities", "over 98,000", 98000, GE, "count", DIS, N, "evacuated", A, A, U, U, A),
    # Czechia
    ("counts 391,000 valid visas of temporary protection", "391,000", 391000, EX, "count", DIS, N, A, A, A, A, A, A),
    ("rather than Eurostat's 384,920", "384,920", 384920, EX, "count", DIS, N, A, A, A, A, A, A, True),  # restates the table
])
any_(d, [
    ("some 9,800 fewer than a month earlier", "some 9,800"),
    ("children account for roughly a third of the total", "roughly a third"),
    ("together host almost two-thirds of all beneficiaries", "almost two-thirds"),
    ("Germany | 1,238,410 | 14.7 | 16,830", "14.7"),
    ("Poland | 987,150 | 26.9 | 12,460", "26.9"),
    ("Czechia | 384,920 | 35.4 | 6,210", "35.4"),
    ("Spain | 251,300 | 5.2 | 2,940", "5.2"),
    ("Romania | 196,540 | 10.3 | 3,390", "10.3"),
    ("Italy | 173,680 | 2.9 | 1,760", "2.9"),
    ("nearly twice as many as in April", "nearly twice"),
    ("its total grew by about 4,500", "about 4,500"),
    ("Poland's figure fell by some 4,000", "some 4,000"),
    ("more than 70 per cent of the adults", "more than 70 per cent"),
    ("has dropped to 11 per cent", "11 per cent"),
    ("survey of 8,600 households", "8,600"),
    ("fall below four million", "four million"),
])

# ---------------------------------------------------------------- a02 deported children
d = "a02_deported_children_returns.txt"
# Lubinets, the Children of War portal, Bring Kids Back UA ("the initiative", "a spokeswoman"),
# the Prosecutor General's juvenile prosecutors ("the office") and the Donetsk regional
# administration speak for Ukraine; the UN Human Rights Monitoring Mission for the United Nations;
# Lvova-Belova and "Other Russian officials" for Russia; the Yale lab and the outlet's own
# narrative have claimant_side open. Children deported or forcibly transferred are displacement
# with action open (deportation is not the vocabulary's "evacuated"), actor Russia, target
# Ukraine, country open (taken from occupied Ukraine to Russia or within the occupied
# territories); the total has region None, the portal's breakdown by region of origin is required
# with that region (Luhansk outside the vocabulary: open). Children returned or "reunited" are
# displacement with action open; actor open for Ukraine's returns, Russia for Lvova-Belova's
# office ("helped reunite"); the breakdown of returns by channel (1,120 relatives / 340 Qatar) is
# required, this month's "nineteen through Qatari mediation" is a subset (optional). Russia's own
# "evacuated" 2,000 children are displacement, evacuated, actor Russia (her word, reported as
# hers); the "more than 700,000" who "arrived in Russia" have action and actor open, country
# Russia. Children killed and injured "as a result of Russia's armed aggression" have actor
# Russia, country Ukraine, region None; sentences that name no perpetrator (the 94 killed in 2026,
# the UN's toll, the Kharkiv region's 117/584) have actor open; the 94 and the missing sit in a
# sentence without its own attribution (claimant_side open, as in heldout17). Children "listed as
# missing" and the "about 3,000" still living near the front are labelled with category, action,
# actor and target open (as remaining residents in heldout17). Ukraine's own evacuation of 1,090
# children: evacuated, actor open, Donetsk. The headline's two figures restate the lede
# (optional); "4,960 were orphans" is a subset (optional). "about 40 more cases", "three other
# teenagers", "one of whom", "not one", "25 kilometres" and the Yale lab's "210 sites" are
# debatable. Ages (15), "two years and seven months", dates, years, "Article 8", the hotline, the
# views, comments and the furniture (12 children, four teenagers, 41 countries, 3,400 supporters,
# 100 hryvnias, the born-in year, the registration number) are not claims.
rows(d, [
    ("Ukraine counts 20,574 deported", "20,574", 20574, EX, "count", DIS, N, A, R, U, U, A, N, True),  # headline
    ("fewer than 2,000 brought home", "fewer than 2,000", 2000, LE, "count", DIS, N, A, A, A, U, A, N, True),  # headline
    ("has verified the names of 20,574 children deported", "20,574", 20574, EX, "count", DIS, N, A, R, U, U, A, N),
    ("only 1,902 of them have been brought back", "1,902", 1902, EX, "count", DIS, N, A, A, A, U, A, N),
    # by region of origin
    ("- Donetsk region: 6,940", "6,940", 6940, EX, "count", DIS, N, A, R, U, U, A, "Donetsk"),
    ("- Kherson region: 4,315", "4,315", 4315, EX, "count", DIS, N, A, R, U, U, A, "Kherson"),
    ("- Zaporizhzhia region: 3,870", "3,870", 3870, EX, "count", DIS, N, A, R, U, U, A, "Zaporizhzhia"),
    ("- Luhansk region: 3,110", "3,110", 3110, EX, "count", DIS, N, A, R, U, U, A, A),
    ("- Kharkiv region: 1,620", "1,620", 1620, EX, "count", DIS, N, A, R, U, U, A, "Kharkiv"),
    ("Of the children on the list, 4,960 were orphans", "4,960", 4960, EX, "count", DIS, N, A, R, U, U, A, N, True),  # subset
    # returns
    ("73 children were brought home under Bring Kids Back UA", "73", 73, EX, "count", DIS, N, A, A, A, U, A, N),
    ("including nineteen through Qatari mediation", "nineteen", 19, EX, "count", DIS, N, A, A, A, U, A, N, True),  # subset
    ("1,120 came back through the efforts of relatives", "1,120", 1120, EX, "count", DIS, N, A, A, A, U, A, N),
    ("and 340 through Qatari mediation", "340", 340, EX, "count", DIS, N, A, A, A, U, A, N),
    ("He was among 31 pupils of a single Oleshky boarding school", "31", 31, EX, "count", DIS, N, A, R, U, A, A, "Kherson"),
    # killed and wounded
    ("at least 687 children have been killed", "at least 687", 687, GE, "count", CAS, N, "killed", R, U, U, U, N),
    ("and more than 2,180 have been injured", "more than 2,180", 2180, GE, "count", CAS, N, "injured", R, U, U, U, N),
    ("In 2026 alone, 94 children were killed", "94", 94, EX, "count", CAS, N, "killed", A, U, A, U, N),
    ("and 2,340 are still listed as missing", "2,340", 2340, EX, "count", A, N, A, A, A, A, U, N),
    ("117 children killed there", "117", 117, EX, "count", CAS, N, "killed", A, U, U, U, "Kharkiv"),
    ("117 children killed there, 584 wounded", "584", 584, EX, "count", CAS, N, "injured", A, U, U, U, "Kharkiv"),
    ("puts the toll at 664 children killed", "664", 664, EX, "count", CAS, N, "killed", A, U, UN, U, N),
    ("664 children killed and 2,031 injured", "2,031", 2031, EX, "count", CAS, N, "injured", A, U, UN, U, N),
    # Ukraine's own evacuation
    ("evacuated 1,090 children from towns in the Donetsk region", "1,090", 1090, EX, "count", DIS, N, "evacuated", A, A, U, U, "Donetsk"),
    ("about 3,000 are still living within 25 kilometres", "about 3,000", 3000, APX, "count", A, N, A, A, A, U, U, "Donetsk"),
    # Moscow's figures
    ('"evacuated from the zone of hostilities" some 2,000 children', "some 2,000", 2000, APX, "count", DIS, N, "evacuated", R, A, R, A, A),
    ("helped reunite about 130 children", "about 130", 130, APX, "count", DIS, N, A, R, A, R, A, A),
    ('"more than 700,000" children from Ukraine have arrived in Russia', "more than 700,000", 700000, GE, "count", DIS, N, A, A, A, R, R, N),
    # Yale
    ("at least 35,000 Ukrainian children have passed through", "at least 35,000", 35000, GE, "count", DIS, N, A, A, A, A, A, A),
])
any_(d, [
    ("about 40 more cases", "about 40"),
    ("together with three other teenagers", "three"),
    ("one of whom, the initiative said", "one"),
    ("within 25 kilometres of the front line", "25"),
    ('"not one" had been adopted', "not one"),
    ("across at least 210 sites", "at least 210"),
])

# ---------------------------------------------------------------- a03 partisan claims (Atesh)
d = "a03_atesh_partisan_claims.txt"
# Atesh (a non-state movement, in its own voice) and the outlet have claimant_side open; Slyusar,
# Aksyonov (Russian-installed head of Crimea), Bogomaz and the FSB speak for Russia; HUR for
# Ukraine. The article calls Atesh "pro-Ukrainian": its sabotage and burning have actor Ukraine,
# target Russia. Its reconnaissance reports Russian forces: equipment "concentrated" is massed,
# personnel "stationed", launchers "moved into" a region or "deployed" are deployed, all with actor
# Russia and target open; ships counted "at their moorings" have action open. Relay cabinets,
# locomotives and a substation are infrastructure with action open ("set fire to", "burned",
# "damaged"); vehicles "destroyed ... by fire" are destroyed, "set alight" has action open, a
# system "disabled" has action open. In "about 60 units ..., including 14 tanks and some two dozen
# infantry fighting vehicles" only the qualified items carry a qualifier (14: open); breakdowns
# by type ("two of them Ural trucks", "two of them frigates") are required. Military trains "held"
# by the sabotage are a disruption count (like delayed flights in a04): category, action, actor and
# target open. HUR's 20 fuel tankers were destroyed by "the Russian resistance": actor open.
# Atesh's "more than 4,000 agents": personnel with action, actor and target open, country and
# region open. Crimea: country open, region Crimea (occupied, as in heldout16/17). The December
# list names three regions for the cabinets (region open); Millerovo lies in Rostov. The key
# points restate the text (optional). Detentions (Two teenagers, 11 people, five minors), "more
# than 300 acts of sabotage", "at least two cases", "dozens of sentences", "46 positions",
# "nobody was hurt", "not a single", the 50 km distance are debatable. Ages (16, 17, 34), "about
# six hours", "two hours", "40-second", "first half of December", "Article 281", "20th Combined
# Arms Army", T-90M, T-72B3, BMP-3, S-400, Pantsir-S1, dates, years, the phone number and the
# furniture (7 min, 12 officers, 58%, 200 hryvnias, 104K, 3 comments) are not claims.
rows(d, [
    ("- Atesh says it burned three relay cabinets", "three", 3, EX, "count", INF, N, A, U, R, A, R, "Rostov", True),  # key points
    ("- The group claims about 60 pieces of Russian equipment", "about 60", 60, APX, "count", W, A, "massed", R, A, A, R, "Voronezh", True),  # key points
    ("- Rostov's governor says no more than one cabinet was damaged", "no more than one", 1, LE, "count", INF, N, A, A, A, R, R, "Rostov", True),  # key points
    ("had set fire to three relay cabinets on the North Caucasus Railway", "three", 3, EX, "count", INF, N, A, U, R, A, R, "Rostov"),
    ("at least four military trains had been held", "at least four", 4, GE, "count", A, N, A, A, A, A, R, "Rostov"),
    ("No more than one cabinet had been damaged", "No more than one", 1, LE, "count", INF, N, A, A, A, R, R, "Rostov"),
    # Voronezh and Kursk reconnaissance
    ("had recorded about 60 units of military equipment", "about 60", 60, APX, "count", W, A, "massed", R, A, A, R, "Voronezh"),
    ("including 14 tanks and some two dozen", "14", 14, A, "count", W, "tank", "massed", R, A, A, R, "Voronezh"),
    ("some two dozen infantry fighting vehicles", "some two dozen", 24, APX, "count", W, "armored_vehicle", "massed", R, A, A, R, "Voronezh"),
    ("Up to 800 personnel of the 20th Combined Arms Army", "Up to 800", 800, LE, "count", PER, N, "deployed", R, A, A, R, "Voronezh"),
    ("counted at least 30 Grad and Tornado multiple rocket launchers", "at least 30", 30, GE, "count", W, "mlrs", "deployed", R, A, A, R, "Kursk"),
    # Crimea
    ("destroyed three military vehicles by fire", "three", 3, EX, "count", W, "vehicle", "destroyed", U, R, A, A, "Crimea"),
    ("two of them Ural trucks", "two", 2, EX, "count", W, "vehicle", "destroyed", U, R, A, A, "Crimea"),
    ("located two S-400 launchers deployed near Yevpatoria", "two", 2, EX, "count", W, "air_defense", "deployed", R, A, A, A, "Crimea"),
    ("agents counted 11 Black Sea Fleet ships", "11", 11, EX, "count", W, "ship", A, R, A, A, A, "Crimea"),
    ("two of them frigates armed with Kalibr cruise missiles", "two", 2, EX, "count", W, "ship", A, R, A, A, A, "Crimea"),
    ("had shot down nineteen Ukrainian drones over the peninsula", "nineteen", 19, EX, "count", W, "drone", "shot_down", R, U, R, A, "Crimea"),
    # Belgorod, totals
    ("claims one Pantsir-S1 air-defence system was disabled", "one", 1, EX, "count", W, "air_defense", A, U, R, A, R, "Belgorod"),
    ("says it now has more than 4,000 agents", "more than 4,000", 4000, GE, "count", PER, N, A, A, A, A, A, A),
    # HUR, Bryansk
    ("had destroyed about 20 fuel tanker trucks", "about 20", 20, APX, "count", W, "vehicle", "destroyed", A, R, U, R, "Bryansk"),
    # December list and earlier claims
    ("- 9 relay cabinets burned", "9", 9, EX, "count", INF, N, A, U, R, A, R, A),
    ("- 2 army trucks set alight in Sevastopol", "2", 2, EX, "count", W, "vehicle", A, U, R, A, A, "Crimea"),
    ("- 1 electricity substation serving the Millerovo airfield", "1", 1, EX, "count", INF, N, A, U, R, A, R, "Rostov"),
    ("had damaged 17 locomotives", "17", 17, EX, "count", INF, N, A, U, R, A, R, A),
])
any_(d, [
    ("Two local teenagers, aged 16 and 17", "Two"),
    ("about 50 kilometres from the Ukrainian border", "about 50"),
    ('"not a single" military facility', "not a single"),
    ("It claims more than 300 acts of sabotage", "more than 300"),
    ("in at least two cases this year", "at least two"),
    ("handed down dozens of sentences", "dozens"),
    ("and that nobody was hurt", "nobody"),
    ("had detained 11 people in the Voronezh and Belgorod regions", "11"),
    ("among them five minors", "five"),
    ("- 46 positions of Russian units", "46"),
])

# ---------------------------------------------------------------- a04 drone attack on the Moscow region
d = "a04_moscow_drone_attack_airports.txt"
# Sobyanin, the Defence Ministry, Rosaviatsia, Vorobyov, Milyaev speak for Russia; the General
# Staff, Brovdi and Ukraine's Air Force for Ukraine; AeroRadar, Sheremetyevo and Domodedovo
# (companies) and the outlet's own count have claimant_side open; a sentence without its own
# attribution (Zaovrazhye, Bronnitsy) has claimant_side open even inside Vorobyov's paragraph.
# Drones "repelled", "shot down", "destroyed", "intercepted and destroyed" by Russian air defence
# are shot_down, actor Russia, target Ukraine. Each of Sobyanin's posts is a claim (2, three,
# five, 58: region Moscow). The lede's 211 is the primary statement (region None: all Russian
# regions); the headline and the ministry's "intercepted and destroyed" 211 restate it (optional).
# The ministry's list by region is required, every item exact (an unqualified list); Kaluga,
# Oryol, Smolensk and the "remaining ten" have region open. Airports under restrictions are
# infrastructure (optional, qualifier open, as "three airports" in the seeds). Flights delayed,
# diverted and cancelled and passengers affected are a disruption count: required, value and
# qualifier scored, category, action, actor and target open, country Russia, region Moscow
# ("a dozen" = 12). Houses damaged by "drone debris" and households left without power name no
# side: actor open, target Russia; the Zaovrazhye injured were hit by "a downed Ukrainian drone":
# actor Ukraine; Tula's injured: actor open. Ukraine's "more than 100" drones against the Moscow
# region: launched, actor Ukraine, country Russia, region Moscow. The Air Force's overnight
# figures against Ukraine: country Ukraine, region None. The 74 drones of March 2025 are a
# baseline (optional). "tens of thousands" and "four other regions" are debatable. Times (23:12,
# 07:15, 20:00, 06:40, 09:20), "Forty minutes", "almost an hour", "several hours", "seventh",
# 11 March 2025, SU1703, Boeing 737-800, gate 14, Terminal A, "62-year-old", Iskander-M, and the
# furniture (214 partners, 7 min, 1,093 shares, $1.2 million, 3 runways, 23 photos, 5 minutes,
# 310,000 subscribers, the correction's 201 and 211, phone) are not claims.
rows(d, [
    ("Sobyanin reports 58 drones downed", "58", 58, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow", True),  # headline
    ("Defence Ministry claims 211 across Russia", "211", 211, EX, "count", W, "drone", "shot_down", R, U, R, R, N, True),  # headline
    ("had destroyed 211 Ukrainian drones over Russian regions", "211", 211, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    # Sobyanin
    ("repelled an attack by two UAVs flying towards Moscow", "two", 2, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("another three had been shot down", "three", 3, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ('he wrote of "five more"', "five", 5, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("58 drones approaching the city had been destroyed", "58", 58, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    # Defence Ministry by region
    ('"intercepted and destroyed" 211 fixed-wing drones', "211", 211, EX, "count", W, "drone", "shot_down", R, U, R, R, N, True),  # restates the lede
    ("- 63 over the Moscow region", "63", 63, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow"),
    ("- 41 over the Bryansk region", "41", 41, EX, "count", W, "drone", "shot_down", R, U, R, R, "Bryansk"),
    ("- 29 over the Kaluga region", "29", 29, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("- 22 over the Tula region", "22", 22, EX, "count", W, "drone", "shot_down", R, U, R, R, "Tula"),
    ("- 18 over the Kursk region", "18", 18, EX, "count", W, "drone", "shot_down", R, U, R, R, "Kursk"),
    ("- 12 over the Oryol region", "12", 12, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("- nine over the Smolensk region", "nine", 9, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("- seven over the Belgorod region", "seven", 7, EX, "count", W, "drone", "shot_down", R, U, R, R, "Belgorod"),
    ("The remaining ten were downed", "ten", 10, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    # airports and flights
    ("at all four Moscow airports", "four", 4, A, "count", INF, N, A, A, A, R, R, "Moscow", True),  # airports closed (as in the seeds)
    ("more than 240 flights to and from Moscow were delayed", "more than 240", 240, GE, "count", A, N, A, A, A, A, R, "Moscow"),
    ("and 37 were diverted", "37", 37, EX, "count", A, N, A, A, A, A, R, "Moscow"),
    ("a dozen departures from Vnukovo were cancelled outright", "a dozen", 12, EX, "count", A, N, A, A, A, A, R, "Moscow"),
    ("some 12,000 passengers had been affected", "some 12,000", 12000, APX, "count", A, N, A, A, A, A, R, "Moscow"),
    ("cancelled departures at 31", "31", 31, EX, "count", A, N, A, A, A, A, R, "Moscow"),
    # debris and damage
    ("had damaged at least five private houses", "at least five", 5, GE, "count", INF, N, A, A, R, R, R, "Moscow"),
    ("injured two people, among them a 62-year-old woman", "two", 2, EX, "count", CAS, N, "injured", U, R, A, R, "Moscow"),
    ("leaving about 1,400 households without electricity", "about 1,400", 1400, APX, "count", INF, N, A, A, R, A, R, "Moscow"),
    ("one person had been injured when debris fell", "one", 1, EX, "count", CAS, N, "injured", A, R, R, R, "Tula"),
    # Kyiv
    ('"more than 100" long-range drones', "more than 100", 100, GE, "count", W, "drone", "launched", U, R, U, R, "Moscow"),
    ("Russia launched 96 Shahed-type and decoy drones", "96", 96, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and three Iskander-M ballistic missiles", "three", 3, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("71 of the drones were shot down", "71", 71, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    # how big
    ("the mayor reported 74 drones shot down", "74", 74, EX, "count", W, "drone", "shot_down", R, U, R, R, "Moscow", True),  # baseline
    ("destroyed 1,382 Ukrainian drones over Russian territory", "1,382", 1382, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
])
any_(d, [
    ("stranding tens of thousands of passengers", "tens of thousands"),
    ("over four other regions", "four"),
])

# ---------------------------------------------------------------- a05 Kharkiv under glide bombs
d = "a05_kharkiv_glide_bomb_week.txt"
# The city council (its tally, its table, "The city council says"), Syniehubov, Terekhov, Ihnat and
# Zelensky speak for Ukraine; the regional energy company has claimant_side open, and so has a
# sentence of the outlet without attribution (the Wednesday courtyard); Russia's Defence Ministry
# speaks for Russia. Glide bombs dropped or used are guided_bomb, launched, actor Russia, target
# Ukraine; the table's bomb cells are Russian bombs (the lede's "Russian aircraft dropped"): actor
# Russia. Casualties whose sentence names no perpetrator ("The bombs killed", the table's injured,
# the Wednesday courtyard) have actor open; Syniehubov's "killed by Russian strikes" and the
# ministry's "up to 70" have an actor. The killed by day ("two on Wednesday and three on
# Saturday") and the table's cells by day are required (the week's breakdown); the text's "27
# people were hurt there" restates the Wednesday cell (optional); Syniehubov's "three of them in
# Kharkiv on Saturday" restates the Saturday three (optional); "11 children" is a subset
# (optional); the headline restates the lede (optional). Syniehubov's paragraph is printed twice
# (CMS duplicate): labelled once. "Two bombs hit the courtyard": hits, action and actor open.
# Damaged blocks, houses, schools and kindergartens: infrastructure, action and actor open, target
# Ukraine; customers without power likewise. Residents "rehoused ... in temporary shelters" from
# damaged blocks are evacuated (actor open). Nationwide figures (Ihnat, Zelensky) have region
# None; in Zelensky's list only the qualified items carry a qualifier (41 missiles: open). "Seven
# of the city's nine districts", "on three days", "some 60 cars", "No pupils", "more than 2,300"
# applications, "almost 9,000 square metres", "roughly a third", "40 to 70 kilometres" and the 23
# investigations are debatable. KAB-500, UMPK, Su-34, FAB-1500, "16-storey", "School No. 134",
# "three months old", times, dates, "first time in months", "Article 438", Patriot, the hotlines
# (1580, 0 800 ...), −4°C, views and the furniture (1 in 3, 52 classrooms, 1,900 pupils, 12
# schools, 50 hryvnias) are not claims.
rows(d, [
    ("49 KABs on Kharkiv, five dead", "49", 49, EX, "count", W, "guided_bomb", "launched", R, U, U, U, "Kharkiv", True),  # headline
    ("on Kharkiv, five dead and 86 injured", "five", 5, EX, "count", CAS, N, "killed", A, U, U, U, "Kharkiv", True),  # headline
    ("five dead and 86 injured", "86", 86, EX, "count", CAS, N, "injured", A, U, U, U, "Kharkiv", True),  # headline
    ("dropped at least 49 guided aerial bombs on Kharkiv", "at least 49", 49, GE, "count", W, "guided_bomb", "launched", R, U, U, U, "Kharkiv"),
    ("The bombs killed five people", "five", 5, EX, "count", CAS, N, "killed", A, U, U, U, "Kharkiv"),
    ("two on Wednesday and three on Saturday", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, "Kharkiv"),
    ("and three on Saturday", "three", 3, EX, "count", CAS, N, "killed", A, U, U, U, "Kharkiv"),
    ("and injured 86, among them 11 children", "86", 86, EX, "count", CAS, N, "injured", A, U, U, U, "Kharkiv"),
    ("among them 11 children", "11", 11, EX, "count", CAS, N, "injured", A, U, U, U, "Kharkiv", True),  # subset
    # the week by day
    ("| Mon 14 Dec | 6 | Kyivskyi, Saltivskyi | 9 |", "6", 6, EX, "count", W, "guided_bomb", "launched", R, U, U, U, "Kharkiv"),
    ("| Mon 14 Dec | 6 | Kyivskyi, Saltivskyi | 9 |", "9", 9, EX, "count", CAS, N, "injured", A, U, U, U, "Kharkiv"),
    ("| Tue 15 Dec | 4 | Kholodnohirskyi | 3 |", "4", 4, EX, "count", W, "guided_bomb", "launched", R, U, U, U, "Kharkiv"),
    ("| Tue 15 Dec | 4 | Kholodnohirskyi | 3 |", "3", 3, EX, "count", CAS, N, "injured", A, U, U, U, "Kharkiv"),
    ("| Wed 16 Dec | 11 | Industrialnyi", "11", 11, EX, "count", W, "guided_bomb", "launched", R, U, U, U, "Kharkiv"),
    ("Nemyshlianskyi, Saltivskyi | 27 |", "27", 27, EX, "count", CAS, N, "injured", A, U, U, U, "Kharkiv"),
    ("| Thu 17 Dec | 2 | Slobidskyi |", "2", 2, EX, "count", W, "guided_bomb", "launched", R, U, U, U, "Kharkiv"),
    ("| Fri 18 Dec | 9 | Shevchenkivskyi, Kyivskyi | 14 |", "9", 9, EX, "count", W, "guided_bomb", "launched", R, U, U, U, "Kharkiv"),
    ("| Fri 18 Dec | 9 | Shevchenkivskyi, Kyivskyi | 14 |", "14", 14, EX, "count", CAS, N, "injured", A, U, U, U, "Kharkiv"),
    ("| Sat 19 Dec | 12 | Osnovianskyi, Slobidskyi | 22 |", "12", 12, EX, "count", W, "guided_bomb", "launched", R, U, U, U, "Kharkiv"),
    ("| Sat 19 Dec | 12 | Osnovianskyi, Slobidskyi | 22 |", "22", 22, EX, "count", CAS, N, "injured", A, U, U, U, "Kharkiv"),
    ("| Sun 20 Dec | 5 | Saltivskyi | 11 |", "5", 5, EX, "count", W, "guided_bomb", "launched", R, U, U, U, "Kharkiv"),
    ("| Sun 20 Dec | 5 | Saltivskyi | 11 |", "11", 11, EX, "count", CAS, N, "injured", A, U, U, U, "Kharkiv"),
    # Wednesday
    ("Two bombs hit the courtyard", "Two", 2, EX, "count", W, "guided_bomb", A, A, U, A, U, "Kharkiv"),
    ("27 people were hurt there", "27", 27, EX, "count", CAS, N, "injured", A, U, A, U, "Kharkiv", True),  # restates the table
    # Syniehubov (paragraph printed twice)
    ("they used 178 guided bombs against the Kharkiv region", "178", 178, EX, "count", W, "guided_bomb", "launched", R, U, U, U, "Kharkiv"),
    ("14 people were killed by Russian strikes", "14", 14, EX, "count", CAS, N, "killed", R, U, U, U, "Kharkiv"),
    ("three of them in Kharkiv on Saturday alone", "three", 3, EX, "count", CAS, N, "killed", R, U, U, U, "Kharkiv", True),  # restates the Saturday three
    # buildings, power
    ("The city council says 41 apartment blocks", "41", 41, EX, "count", INF, N, A, A, U, U, U, "Kharkiv"),
    ("127 private houses, four schools", "127", 127, EX, "count", INF, N, A, A, U, U, U, "Kharkiv"),
    ("four schools and two kindergartens", "four", 4, EX, "count", INF, N, A, A, U, U, U, "Kharkiv"),
    ("two kindergartens were damaged", "two", 2, EX, "count", INF, N, A, A, U, U, U, "Kharkiv"),
    ("We have rehoused 140 residents", "140", 140, EX, "count", DIS, N, "evacuated", A, A, U, U, "Kharkiv"),
    ("leaving up to 18,000 customers without power", "up to 18,000", 18000, LE, "count", INF, N, A, A, U, A, U, "Kharkiv"),
    # nationwide
    ("dropped nearly 1,300 guided aerial bombs on Ukraine", "nearly 1,300", 1300, LE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("more than 1,250 guided aerial bombs", "more than 1,250", 1250, GE, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("nearly 1,100 attack drones", "nearly 1,100", 1100, LE, "count", W, "drone", "launched", R, U, U, U, N),
    ("attack drones and 41 missiles", "41", 41, A, "count", W, "missile", "launched", R, U, U, U, N),
    ("killing up to 70 servicemen", "up to 70", 70, LE, "count", CAS, N, "killed", R, U, R, U, "Kharkiv"),
])
any_(d, [
    ("Seven of the city's nine districts", "Seven"),
    ("Seven of the city's nine districts", "nine"),
    ("was hit on three days", "three"),
    ("along with a hospital and some 60 cars", "some 60"),
    ("No pupils were inside", "No"),
    ("more than 2,300 people have applied", "more than 2,300"),
    ("almost 9,000 square metres of glass", "almost 9,000"),
    ("roughly a third of them on the Kharkiv and Sumy regions", "roughly a third"),
    ("Glide bombs are launched 40 to 70 kilometres", "40"),
    ("Glide bombs are launched 40 to 70 kilometres", "70"),
    ("opened 23 criminal investigations", "23"),
])

# ---------------------------------------------------------------- a06 EU reparations loan, frozen assets
d = "a06_eu_reparations_loan_frozen_assets.txt"
# EU institutions and officials (von der Leyen, Dombrovskis, Kallas), Euroclear (a company) and the
# outlet speak for no vocabulary side: claimant_side open; Marchenko for Ukraine; the Bank of
# Russia, Siluanov (and Zakharova, Peskov: no figures) for Russia. All amounts are economic with
# action and target open; actor open except the United States' $20 billion (actor United States,
# as in heldout17); euros, roubles, hryvnias and złoty have unit open, dollars usd. Money held or
# lent in Brussels or by the EU: country and region open; Ukraine's financing gap, budget deficit
# and army budget: country Ukraine, region None; the Bank of Russia's claim at the Moscow
# Arbitration Court and the type-C accounts: country Russia (region open for the court in Moscow,
# None for the nationwide accounts); Russia's reserves frozen abroad: country open. The loan
# (€140 billion), the tranche approved (€45 billion) and the breakdown by use (€115 / €25 / "At
# least €30 billion") are required; the headline and the first bullet restate the tranche
# (optional); the second and third tranches are future instalments, subject to review (pledges:
# optional), like Kyiv's expected first payment of €11.25 billion and the "some $12 billion"
# promised by Japan, Canada and Norway. Euroclear's balances, interest (and the previous year's
# €5.4 billion), the windfall contribution, the G7 ERA loans and the EU's share are required.
# Shares ("roughly 82 per cent", "95 per cent of it") and the "more than 100 lawsuits" are
# debatable. "first nine months", "more than a year", years, "Article 122", "G7", the ticker
# (1.1734, $71.20, 5,812, $3,915), "2 free articles", "€1 for 4 weeks", comments, read time and
# the Related links (6%, 20th package, 10 charts, 0.25-point), "30 days", phone are not claims.
rows(d, [
    ("EU signs off first €45 billion of reparations loan", "€45 billion", 45000000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # headline
    ("approved the first €45 billion tranche", "€45 billion", 45000000000, EX, A, ECO, N, A, A, A, A, A, A),
    ('of a €140 billion "reparations loan"', "€140 billion", 140000000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("€115 billion is earmarked for weapons", "€115 billion", 115000000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("and €25 billion for budget support", "€25 billion", 25000000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("At least €30 billion of the military share", "At least €30 billion", 30000000000, GE, A, ECO, N, A, A, A, A, A, A),
    ("- First tranche: €45 billion", "€45 billion", 45000000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # restates the lede
    ("- Second tranche: up to €50 billion in 2028", "up to €50 billion", 50000000000, LE, A, ECO, N, A, A, A, A, A, A, True),  # future tranche
    ("- Third tranche: the remaining €45 billion in 2029", "€45 billion", 45000000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # future tranche
    ("for 2027 and 2028 was about €135 billion", "about €135 billion", 135000000000, APX, A, ECO, N, A, A, A, A, U, N),
    ("which have together promised some $12 billion", "some $12 billion", 12000000000, APX, "usd", ECO, N, A, A, A, A, A, A, True),  # pledge
    ("guarantees of €210 billion", "€210 billion", 210000000000, EX, A, ECO, N, A, A, A, A, A, A),
    # Euroclear
    ("held €194.6 billion of sanctioned Russian assets", "€194.6 billion", 194600000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("€183.2 billion belonged to the Russian central bank", "€183.2 billion", 183200000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("some €176 billion", "some €176 billion", 176000000000, APX, A, ECO, N, A, A, A, A, A, A),
    ("Euroclear made €4.9 billion from it", "€4.9 billion", 4900000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("down from €5.4 billion a year earlier", "€5.4 billion", 5400000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("a contribution of €1.55 billion was transferred", "€1.55 billion", 1550000000, EX, A, ECO, N, A, A, A, A, A, A),
    # G7
    ("the G7's $50 billion Extraordinary Revenue Acceleration loans", "$50 billion", 50000000000, EX, "usd", ECO, N, A, A, A, A, A, A),
    ("The United States contributed $20 billion", "$20 billion", 20000000000, EX, "usd", ECO, N, A, US, A, A, A, A),
    ("the EU lent €18.1 billion", "€18.1 billion", 18100000000, EX, A, ECO, N, A, A, A, A, A, A),
    # Ukraine
    ("of €11.25 billion, in the second half of January", "€11.25 billion", 11250000000, EX, A, ECO, N, A, A, A, U, A, A, True),  # expected payment
    ("a deficit of 18.4% of GDP", "18.4%", 18.4, EX, "percent", ECO, N, A, A, A, U, U, N),
    ("sets aside 2.8 trillion hryvnias for the army", "2.8 trillion", 2800000000000, EX, A, ECO, N, A, A, A, U, U, N),
    # Russia
    ("seeking 18.2 trillion roubles in damages", "18.2 trillion", 18200000000000, EX, A, ECO, N, A, A, A, R, R, A),
    ("at around $300 billion", "around $300 billion", 300000000000, APX, "usd", ECO, N, A, A, A, R, A, A),
    ("amounted to at least 3.5 trillion roubles", "at least 3.5 trillion", 3500000000000, GE, A, ECO, N, A, A, A, R, R, N),
])
any_(d, [
    ("roughly 82 per cent of the loan", "roughly 82 per cent"),
    ("and 95 per cent of it went", "95 per cent"),
    ("faces more than 100 lawsuits", "more than 100"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "a18")
