"""Builds gold.jsonl for heldout30 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout30.make_gold

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
    TER,
    UK,
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
# ---------------------------------------------------------------- m01 think-tank daily assessment
d = "m01_halden_campaign_assessment_april14.txt"
# A think tank's daily campaign assessment (Halden Centre), with numbered key takeaways, sections
# by direction, footnote markers and a table of assessed and claimed changes. Halden's own voice
# ("Halden assesses", "likely", geolocated footage, the table's assessed and confirmed columns) and
# the Russian milbloggers have claimant_side open (a think tank is not a side, heldout15/23;
# milbloggers are left open as in heldout15); the Russian MoD ("claimed") and Gladkov speak for
# Russia; the Khortytsia spokesperson ("He added"), Voloshyn ("Voloshyn said"), Fedorov, the
# General Staff and the Air Force ("The Air Force reported") for Ukraine; Medvedev for Russia.
# Hedges ("likely", "assesses") do not change the qualifier (heldout20); only cue words do.
# Territory "gained", "seized", "taken" and "recaptured" is seized; "advanced up to 1.8 kilometers
# deep" and the milbloggers' "advanced four kilometers" are km with action open (heldout14/15).
# Ukraine's recapture near Kupiansk: actor Ukraine, target Russia (Kharkiv). Regions: Pokrovsk,
# Dobropillia, Sukhyi Yar and Kostiantynivka lie in Donetsk, Huliaipole in Zaporizhzhia, Kupiansk
# and Kindrashivka in Kharkiv; theatre-wide figures (46 km2 "across the theater", the MoD's "over
# 300" and Halden's 245 for the fortnight) have region open. Takeaways restate the body where the
# body has the figure (takeaway 4's 163 drones and six missiles: optional); takeaways 1-3 are the
# only statements of their figures (required). The table is a breakdown by direction, required
# cell by cell (assessed gains km2 and confirmed settlements: claimant open; the MoD column:
# claimant Russia); its "0" is debatable. Decided: the Air Force's 163 drones and six Iskander-M
# are launched "from Kursk and Voronezh oblasts" (the launch sites are in Russia, the targets in
# Ukraine), so country and region are open for the launches; the shoot-downs and the 21 drones
# that "struck 11 locations" (action open, as "got through") are country Ukraine, region None
# (nationwide). "of which roughly 100 were Shaheds" is a subset (optional). The Khortytsia figure
# "killed and wounded 312" mixes killed and wounded (action open). The 14 servicemen taken
# prisoner follow heldout22/23's prisoners (category and action open, actor the holder Ukraine,
# target Russia). Medvedev's "roughly 112,000" contract signers are recruits (personnel, action
# open, actor Russia, country open, region None, as heldout23); "about 98,000" in 2026 is a
# baseline (optional). Debatable: "over 60 percent" of Dobropillia (a share), 71 assaults (an
# incident count), "11 locations", the production rate "around 2,700" Shahed-type drones a month,
# the table's "0". Non-claims: dates, times (8:10pm, 12:30pm), "12 min read", the PDF size, the
# footnote markers [1]..[10], the takeaway numbers 1.-5., "Table 1", "2nd Combined Arms Army", T-0515, Shahed-type, Iskander-M, "the first
# two weeks", the "night of April 13 to 14", and the furniture (Related reports' "3 new filtration
# sites", $25, 48,000 subscribers, "1.4K" shares, the postal address).
D, Z, Kh = "Donetsk", "Zaporizhzhia", "Kharkiv"
T_POK = "Pokrovsk–Dobropillia   128                                   6                                    3"
T_KOS = "Kostiantynivka         41                                    3                                    2"
T_HUL = "Huliaipole             57                                    4                                    1"
T_KUP = "Kupiansk               19                                    2                                    0"
rows(d, [
    # key takeaways
    ("Russian forces gained roughly 46 square kilometers", "roughly 46", 46, APX, "km2", TER, N, "seized", R, U, A, U, A),
    ("claimed that Russian forces seized five settlements", "five", 5, EX, "count", TER, N, "seized", R, U, R, U, A),
    ("confirming the seizure of only two of them", "two", 2, EX, "count", TER, N, "seized", R, U, A, U, A),
    ("likely recaptured about nine square kilometers", "about nine", 9, APX, "km2", TER, N, "seized", U, R, A, U, Kh),
    ("launched 163 Shahed-type and decoy drones and six", "163", 163, EX, "count", W, "drone", "launched", R, U, U, A, A, True),  # restates
    ("and six Iskander-M ballistic missiles against Ukraine", "six", 6, EX, "count", W, "missile", "launched", R, U, U, A, A, True),  # restates
    # Ukrainian operations in Russia
    ("shot down 58 Ukrainian drones over Russian regions", "58", 58, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("including 22 over Belgorod Oblast", "22", 22, EX, "count", W, "drone", "shot_down", R, U, R, R, "Belgorod"),
    ("and 17 over Kursk Oblast", "17", 17, EX, "count", W, "drone", "shot_down", R, U, R, R, "Kursk"),
    ("drone strikes injured three civilians in Shebekino", "three", 3, EX, "count", CAS, N, "injured", U, R, R, R, "Belgorod"),
    # Donetsk
    ("advanced up to 1.8 kilometers deep", "up to 1.8", 1.8, LE, "km", TER, N, A, R, U, A, U, D),
    ("advanced four kilometers and now control", "four", 4, EX, "km", TER, N, A, R, U, A, U, D),
    ("killed and wounded 312 Russian servicemen", "312", 312, EX, "count", CAS, N, A, U, R, U, U, D),
    ("has concentrated over 110,000 personnel", "over 110,000", 110000, GE, "count", PER, N, "massed", R, A, U, U, D),
    ("seized approximately 14 square kilometers east of Kostiantynivka", "approximately 14", 14, APX, "km2", TER, N, "seized", R, U, A, U, D),
    ('had taken "over 300 square kilometers"', "over 300", 300, GE, "km2", TER, N, "seized", R, U, R, U, A),
    ("assessed figure for the period is 245 square kilometers", "245", 245, EX, "km2", TER, N, "seized", R, U, A, U, A),
    # Table 1: assessed gains (km2), settlements claimed by the MoD, claims confirmed by Halden
    (T_POK, "128", 128, EX, "km2", TER, N, "seized", R, U, A, U, D),
    (T_POK, "6", 6, EX, "count", TER, N, "seized", R, U, R, U, D),
    (T_POK, "3", 3, EX, "count", TER, N, "seized", R, U, A, U, D),
    (T_KOS, "41", 41, EX, "km2", TER, N, "seized", R, U, A, U, D),
    (T_KOS, "3", 3, EX, "count", TER, N, "seized", R, U, R, U, D),
    (T_KOS, "2", 2, EX, "count", TER, N, "seized", R, U, A, U, D),
    (T_HUL, "57", 57, EX, "km2", TER, N, "seized", R, U, A, U, Z),
    (T_HUL, "4", 4, EX, "count", TER, N, "seized", R, U, R, U, Z),
    (T_HUL, "1", 1, EX, "count", TER, N, "seized", R, U, A, U, Z),
    (T_KUP, "19", 19, EX, "km2", TER, N, "seized", R, U, A, U, Kh),
    (T_KUP, "2", 2, EX, "count", TER, N, "seized", R, U, R, U, Kh),
    # Kupiansk
    ("took 14 Russian servicemen prisoner", "14", 14, EX, "count", A, N, A, U, R, U, U, Kh),
    # southern axis
    ("have amassed up to 18,000 troops near Huliaipole", "up to 18,000", 18000, LE, "count", PER, N, "massed", R, A, U, U, Z),
    ("dropped more than 90 glide bombs", "more than 90", 90, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Z),
    ("Russian strikes killed two civilians and injured 11", "two", 2, EX, "count", CAS, N, "killed", R, U, U, U, Z),
    ("Russian strikes killed two civilians and injured 11", "11", 11, EX, "count", CAS, N, "injured", R, U, U, U, Z),
    # air, missile and drone campaign
    ("Russian forces launched 163 Shahed-type and decoy drones, of which", "163", 163, EX, "count", W, "drone", "launched", R, U, U, A, A),
    ("of which roughly 100 were Shaheds", "roughly 100", 100, APX, "count", W, "drone", "launched", R, U, U, A, A, True),  # subset
    ("and six Iskander-M ballistic missiles from Kursk", "six", 6, EX, "count", W, "missile", "launched", R, U, U, A, A),
    ("shot down or suppressed 139 drones", "139", 139, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and two Iskander-M missiles and that", "two", 2, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("that 21 drones struck 11 locations", "21", 21, EX, "count", W, "drone", A, R, U, U, U, N),
    # force generation
    ("roughly 112,000 people have signed", "roughly 112,000", 112000, APX, "count", PER, N, A, R, A, R, A, N),
    ("up from about 98,000 in the same period", "about 98,000", 98000, APX, "count", PER, N, A, R, A, R, A, N, True),  # baseline
])
any_(d, [
    ('"over 60 percent" of Dobropillia', "over 60 percent"),
    ("conducted 71 assaults", "71"),
    (T_KUP, "0"),
    ("drones struck 11 locations", "11"),
    ("producing around 2,700 Shahed-type drones", "around 2,700"),
])

# ---------------------------------------------------------------- m02 Belarus border, joint exercise
d = "m02_union_shield_belarus_border.txt"
# A Warsaw/Vilnius security site on the joint Russian-Belarusian exercise Union Shield-2027, the
# troops and equipment massed in Belarus, and the reactions of Ukraine, Poland and Lithuania, with a
# "Who counts what" table of estimates. Belarus, Poland and Lithuania are outside the side
# vocabulary (heldout13/21/23): Belarus's Defence Ministry ("It insisted"), Lukashenko, Poland's
# minister and Border Guard ("its spokeswoman said, adding"), Lithuania's military intelligence and
# VSAT ("It said") have claimant_side open, and events on Belarusian, Polish or Lithuanian soil have
# country and region open. Russia's Defence Ministry speaks for Russia; the HUR, Demchenko ("he
# said") and the General Staff for Ukraine. Russian troops and kit moved into Belarus are deployed
# (actor Russia); the Belarusian ministry's totals mix both armies (actor open; "taking part":
# action open) and its "about 4,500" Russians are a subset (optional, as heldout27's "some 1,100 of
# them Americans"); its list of 110 tanks, 70 artillery systems and MLRS and 40 aircraft and
# helicopters is the breakdown of the "up to 350 units" (required; the list has no qualifier of
# its own: exact; mixed kinds: weapon_type open). HUR: "at least 9,000" keeps its cue, the four
# Iskander-M launchers (weapon_type open: launchers) and 12 Su-34 that follow in the list have
# qualifier open (heldout27's lists). Belarus's "some 6,000 troops" near the border: personnel with
# action and actor open (heldout23). The 19 reconnaissance drones "crossing" into Ukraine have
# action and actor open (heldout27's crossing drones), country Ukraine, region open (Volyn and Rivne
# are not in the region list); "We shot down 15 of them" is a new action (required, target open).
# The General Staff's build-up in the Bryansk region (about 3,000 troops, "an estimated 40"
# artillery pieces) is massed, country Russia. Decided anew: the "Who counts what" table is a
# summary of the sources' statements, so all its rows are optional and the prose statement is the
# required claim, even for the Lithuanian row, which stands before its paragraph (as heldout15's
# key takeaways restating the body; contrast m01's and m06's data tables, which are required). Poland's 17,000 soldiers kept on the border: deployed, actor open (Poland is not
# a side); "including 4,000" from the Territorial Defence Force a subset (optional). Optional with
# fields: the 37 Polish officers injured by objects thrown from Belarus (casualties of hybrid
# pressure, not of the war itself), "two of its six crossing points" closed (as the seeds' closed
# airports), Lukashenko's "up to 10" Oreshnik launchers by the end of the year (a future
# deployment, like a pledge). Debatable: the headline's "thousands", "five training grounds", "two
# battalions" (units), the "1,084-kilometre border", 1,240 crossing attempts, "nearly twice", "six
# crossing points", "more than 40 times", "three times", Lukashenko's "never had 30,000 soldiers".
# Non-claims: "Union Shield-2027", Iskander-M, Su-34, Oreshnik, dates, times and "In 2022", "on
# condition of anonymity", TVN24, and the furniture (212 partners, 6 min read, 86 comments, the
# Read also links' 190 km, 6 bridges and "2 years", 23,500 readers, share counts).
rows(d, [
    ("Belarus's Defence Ministry said 13,000 servicemen", "13,000", 13000, EX, "count", PER, N, A, A, A, A, A, A),
    ('"of which about 4,500 are Russian"', "about 4,500", 4500, APX, "count", PER, N, "deployed", R, A, A, A, A, True),  # subset
    ("along with up to 350 units of military equipment", "up to 350", 350, LE, "count", W, A, A, A, A, A, A, A),
    ("the ministry listed 110 tanks", "110", 110, EX, "count", W, "tank", A, A, A, A, A, A),
    ("70 artillery systems and multiple rocket launchers", "70", 70, EX, "count", W, A, A, A, A, A, A, A),
    ("and 40 aircraft and helicopters", "40", 40, EX, "count", W, A, A, A, A, A, A, A),
    ('said "more than 5,000" servicemen', "more than 5,000", 5000, GE, "count", PER, N, "deployed", R, A, R, A, A),
    ("had moved at least 9,000 troops into Belarus", "at least 9,000", 9000, GE, "count", PER, N, "deployed", R, A, U, A, A),
    ("as well as four Iskander-M launchers", "four", 4, A, "count", W, A, "deployed", R, A, U, A, A),
    ("and 12 Su-34 bombers", "12", 12, A, "count", W, "aircraft", "deployed", R, A, U, A, A),
    ("Belarus had kept some 6,000 troops", "some 6,000", 6000, APX, "count", PER, N, A, A, A, U, A, A),
    ("recorded 19 reconnaissance drones crossing", "19", 19, EX, "count", W, "drone", A, A, U, U, U, A),
    ('"We shot down 15 of them,"', "15", 15, EX, "count", W, "drone", "shot_down", U, A, U, U, A),
    ("concentrated about 3,000 troops", "about 3,000", 3000, APX, "count", PER, N, "massed", R, A, U, R, "Bryansk"),
    ("an estimated 40 artillery pieces", "40", 40, APX, "count", W, "artillery", "massed", R, A, U, R, "Bryansk"),
    # the table
    ("Belarus Defence Ministry            13,000", "13,000", 13000, EX, "count", PER, N, A, A, A, A, A, A, True),  # restates
    ("13,000          110       40", "110", 110, EX, "count", W, "tank", A, A, A, A, A, A, True),  # restates
    ("13,000          110       40", "40", 40, EX, "count", W, A, A, A, A, A, A, A, True),  # restates
    ('Russian Defence Ministry            "more than 5,000"', "more than 5,000", 5000, GE, "count", PER, N, "deployed", R, A, R, A, A, True),  # restates
    ("Ukraine's HUR                       9,000+", "9,000+", 9000, GE, "count", PER, N, "deployed", R, A, U, A, A, True),  # restates
    ("–   12 Su-34", "12", 12, A, "count", W, "aircraft", "deployed", R, A, U, A, A, True),  # restates
    ("Lithuanian military intelligence    about 30,000", "about 30,000", 30000, APX, "count", PER, N, A, A, A, A, A, A, True),  # summary
    ("about 30,000    about 250", "about 250", 250, APX, "count", W, "tank", A, A, A, A, A, A, True),  # summary
    # Lithuania's paragraph, Poland, Lithuania, Lukashenko
    ('the real size of the exercise was "about 30,000 troops', "about 30,000", 30000, APX, "count", PER, N, A, A, A, A, A, A),
    ('with about 250 tanks"', "about 250", 250, APX, "count", W, "tank", A, A, A, A, A, A),
    ("Poland would keep 17,000 soldiers", "17,000", 17000, EX, "count", PER, N, "deployed", A, A, A, A, A),
    ("including 4,000 from the Territorial Defence Force", "4,000", 4000, EX, "count", PER, N, "deployed", A, A, A, A, A, True),  # subset
    ("37 officers had been injured", "37", 37, EX, "count", CAS, N, "injured", A, A, A, A, A, True),  # hybrid pressure
    ("closed two of its six crossing points", "two", 2, EX, "count", INF, N, A, A, A, A, A, A, True),  # closures
    ('host "up to 10" launchers', "up to 10", 10, LE, "count", W, "missile", "deployed", A, A, A, A, A, True),  # future
])
any_(d, [
    ("Russia moves thousands of troops into Belarus", "thousands"),
    ("began on Thursday on five training grounds", "five"),
    ("together with two battalions of Iskander-M", "two"),
    ("the 1,084-kilometre border", "1,084"),
    ("recorded 1,240 attempts", "1,240"),
    ("nearly twice as many as in February", "nearly twice"),
    ("of its six crossing points", "six"),
    ('"more than 40 times"', "more than 40"),
    ("suspend flights three times", "three"),
    ("never had 30,000 soldiers in one field", "30,000"),
])

# ---------------------------------------------------------------- m03 Zaporizhzhia NPP and the IAEA
d = "m03_zaporizhzhia_npp_iaea_drones.txt"
# A nuclear-safety site on a drone strike at the ZNPP training centre, the loss of the last backup
# line, and the claims of the IAEA, Rosatom, the Russian-installed management, Energoatom and
# Ukrainian officials. As heldout17: the IAEA and Grossi speak for the agency (claimant_side open;
# whether it counts as "United Nations" is left open); Rosatom and Likhachev ("He said ... and
# that"), the Russian Defence Ministry and Yashina for Russia; Energoatom ("It said", "Energoatom
# said", "Energoatom says"), the Air Force, Ukrenergo, the General Staff and Zabolotnyi ("He said")
# for Ukraine. The ZNPP and Enerhodar lie in occupied Zaporizhzhia: region Zaporizhzhia, country
# open; Ukrenergo's households are on the Ukrainian-held side (country Ukraine); Nikopol is in
# Dnipropetrovsk. Rosatom's 14 drones "launched" by Ukraine at Enerhodar and the plant (target open:
# the occupied plant, as heldout17), "Eleven" shot down (actor Russia, target Ukraine), "three
# reached their targets" (action open); Likhachev's cumulative "more than 120 drones" since January
# (launched). His "one employee" injured names no perpetrator (actor and target open). The Russian
# Defence Ministry's 27 drones "destroyed" by air defence are shot_down, with the place breakdown
# "nine of them near Enerhodar" required (heldout22). Yashina's "about 9,000 residents" left without
# electricity and water and Ukrenergo's "about 40,000 households" without power follow heldout22's
# people without heating (category and action open); the actor is the side the sentence blames
# (Ukrainian shelling; Russian strikes). The "two substations" struck are infrastructure (actor
# Russia). Energoatom's "up to 50 units of military equipment" in the turbine halls: weapon_type
# and action open, actor Russia (heldout17). Detained employees are prisoners (category and action
# open, actor Russia the holder, target Ukraine); the "at least 31" still in custody have region
# open (whereabouts unknown). Staff: "about 2,100" personnel with action open; the pre-war "some
# 11,000" a baseline (optional, heldout17), and the box's restatements optional. Decided: the "more
# than 6,000" Ukrainian staff who left the town are displacement with action open (they left, no
# one evacuated them), optional. "No casualties were reported" is optional (value 0, as the seeds'
# "no reported deaths"). Debatable: "about 20 explosions", "about 400 metres", "one of the team's
# two vehicles", the plant's six reactors, four 750 kV lines and "one 330 kV backup line",
# "Eighteen of the plant's 20" generators, "All six reactors", "several hundred" Rosatom employees,
# "46 times", the cooling pond's 14.1 and "about 2.5" metres, "11 wells", "four experts", "about 3
# kilometres", and the box's 12, 6 and 20. Non-claims: "750-kilovolt", "330 kV", "750 kV" (line
# ratings), Ferosplavna-1, Kh-59, "reactors 1 and 2" (names), the "12th complete loss" and "41st
# rotation" (ordinals), "at least 10 days" (a duration), times (06:00, 09:30, 04:17), dates and the
# furniture (the views counter 9,412, "Reading time 7 min", the Related links' 5 drones, €100
# million and 53,000, 3,300 readers, €5 a month).
rows(d, [
    ("No casualties were reported among plant personnel", "No", 0, A, "count", CAS, N, A, A, A, A, A, Z, True),  # none
    ("had launched 14 drones at Enerhodar", "14", 14, EX, "count", W, "drone", "launched", U, A, R, A, Z),
    ('"Eleven were shot down by our air defence', "Eleven", 11, EX, "count", W, "drone", "shot_down", R, U, R, A, Z),
    ("three reached their targets", "three", 3, EX, "count", W, "drone", A, U, A, R, A, Z),
    ("He said one employee had been injured", "one", 1, EX, "count", CAS, N, "injured", A, A, R, A, Z),
    ("with more than 120 drones since January", "more than 120", 120, GE, "count", W, "drone", "launched", U, A, R, A, Z),
    ("had destroyed 27 Ukrainian drones", "27", 27, EX, "count", W, "drone", "shot_down", R, U, R, A, Z),
    ("nine of them near Enerhodar", "nine", 9, EX, "count", W, "drone", "shot_down", R, U, R, A, Z),
    ("left about 9,000 residents of Enerhodar", "about 9,000", 9000, APX, "count", A, N, A, U, A, R, A, Z),
    ("Russia had launched 78 attack drones", "78", 78, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and three Kh-59 guided missiles", "three", 3, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("62 of the drones had been shot down", "62", 62, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("Russian strikes on two substations", "two", 2, EX, "count", INF, N, A, R, U, U, U, Z),
    ("cut power to about 40,000 households", "about 40,000", 40000, APX, "count", A, N, A, R, U, U, U, Z),
    ('keeping "up to 50 units of military equipment"', "up to 50", 50, LE, "count", W, A, A, R, A, U, A, Z),
    ("detained more than 400 ZNPP employees", "more than 400", 400, GE, "count", A, N, A, R, U, U, A, Z),
    ("at least 31 remained in custody", "at least 31", 31, GE, "count", A, N, A, R, U, U, A, A),
    ("one man was killed and four people were injured", "one", 1, EX, "count", CAS, N, "killed", R, U, U, U, "Dnipropetrovsk"),
    ("one man was killed and four people were injured", "four", 4, EX, "count", CAS, N, "injured", R, U, U, U, "Dnipropetrovsk"),
    ("operates with about 2,100 staff", "about 2,100", 2100, APX, "count", PER, N, A, A, A, A, A, Z),
    ("compared with some 11,000 before the war", "some 11,000", 11000, APX, "count", PER, N, A, A, A, A, A, Z, True),  # baseline
    ('left the town since 2022 at "more than 6,000"', "more than 6,000", 6000, GE, "count", DIS, N, A, A, U, U, A, Z, True),  # left
    ("• 2,100 — staff", "2,100", 2100, EX, "count", PER, N, A, A, A, A, A, Z, True),  # restates
    ("against 11,000 before the war", "11,000", 11000, EX, "count", PER, N, A, A, A, A, A, Z, True),  # restates
])
any_(d, [
    ("hearing about 20 explosions", "about 20"),
    ("about 400 metres from the plant's protected area", "about 400"),
    ("one of the team's two vehicles", "one"),
    ("the team's two vehicles", "two"),
    ("nuclear plant with six reactors", "six"),
    ("by four 750-kilovolt lines", "four"),
    ("and one 330 kV backup line", "one"),
    ("Eighteen of the plant's 20", "Eighteen"),
    ("plant's 20 emergency diesel generators started", "20"),
    ("All six reactors", "six"),
    ("several hundred of those are Rosatom employees", "several hundred"),
    ("on the opposite bank 46 times", "46"),
    ("has fallen to 14.1 metres", "14.1"),
    ("about 2.5 metres below", "about 2.5"),
    ("from 11 wells drilled in 2023", "11"),
    ("which currently has four experts", "four"),
    ("a stretch of about 3 kilometres", "about 3"),
    ("• 12 — complete losses", "12"),
    ("• 6 — reactors", "6"),
    ("• 20 — emergency diesel", "20"),
])

# ---------------------------------------------------------------- m04 Saratov governor's Telegram posts
d = "m04_saratov_governor_refinery_drones.txt"
# An independent Russian outlet in exile (English edition) translates Governor Busargin's Telegram
# posts (timestamped, with view counts) on a Ukrainian drone attack on the Saratov refinery and two
# villages, adds Kyiv's claims and the neighbouring regions. Busargin's posts (including the 06:40
# post relaying the Ministry of Defence), Bocharov ("he said") and Gusev ("he wrote") speak for
# Russia; the General Staff ("the General Staff said", "It said ... it added") and the SBU source
# for Ukraine; the outlet's own count and the headline have claimant_side open. Country Russia,
# region Saratov unless stated (Kurdyum, Raskovo, Engels and the refinery lie there). As heldout19's
# Belgorod posts: casualties and damage whose sentence names no perpetrator ("as a result of
# debris falling", "The number of injured has risen to five") have actor open, target Russia; the
# ministry's 117 UAVs "intercepted and destroyed" are shot_down (actor Russia, target Ukraine,
# region open) and the breakdown by region is required line by line (the Black Sea line: country
# and region open). The final toll "risen to five" is required (the 04:05 "two" is the first
# update, required too, as heldout27's changing tolls); the headline's five restates (optional).
# The 12:00 damage list (27 houses, 3 blocks) has no qualifier (exact). "about 120 residents"
# evacuated: displacement, evacuated, actor open. Kyiv's claims: "two Tu-95MS strategic bombers"
# struck at Engels (aircraft, action open: "struck" is not "destroyed"; Tu-95MS is a model name);
# "at least 40 Kh-101 cruise missiles" launched from Engels "against Ukrainian cities" (actor
# Russia, target Ukraine, country Ukraine, region open: launched from Saratov, aimed at unnamed
# cities); the SBU source's "about 30" drones launched (actor Ukraine). Bocharov's "about 2,000
# residents without electricity" (category and action open, heldout22; debris, actor open,
# Volgograd); his "No one was injured" optional (value 0). Gusev's "more than 10" shot down and
# "One woman" injured (Voronezh) are required alongside the ministry's 19 over Voronezh (a
# different claimant and figure). Debatable: the headline's "two villages", the fire's "1,200 square
# metres", "86 firefighters", "23 units of equipment", "three streets", "50,000 rubles per house"
# (a payment), the refinery's "about 7 million tonnes" (capacity), "At least three hits", "More than
# 30 flights", "about 600 km", "22 nights". Non-claims: the post times (03:12 ... 12:00), the view
# counts (👁 61.3K ...), "A 54-year-old man", "the ninth strike" (ordinal), "14 months", "several
# hours", Tu-95MS, Kh-101, dates, "since 2019", and the furniture (Reading time, 💬 57, the Read
# also links' "11% in a month", 87,000 readers).
Sa = "Saratov"
rows(d, [
    ("refinery on fire, five injured", "five", 5, EX, "count", CAS, N, "injured", A, R, A, R, Sa, True),  # headline
    ("two people have been injured in the village of Kurdyum", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Sa),
    ("roofs in 14 private houses", "14", 14, EX, "count", INF, N, A, A, R, R, R, Sa),
    ("intercepted and destroyed 117 Ukrainian UAVs", "117", 117, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("Over the Saratov region — 41", "41", 41, EX, "count", W, "drone", "shot_down", R, U, R, R, Sa),
    ("Over the Volgograd region — 23", "23", 23, EX, "count", W, "drone", "shot_down", R, U, R, R, "Volgograd"),
    ("Over the Voronezh region — 19", "19", 19, EX, "count", W, "drone", "shot_down", R, U, R, R, "Voronezh"),
    ("Over the Rostov region — 18", "18", 18, EX, "count", W, "drone", "shot_down", R, U, R, R, "Rostov"),
    ("Over the waters of the Black Sea — 16", "16", 16, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("The number of injured has risen to five", "five", 5, EX, "count", CAS, N, "injured", A, R, R, R, Sa),
    ("about 120 residents of three streets", "about 120", 120, APX, "count", DIS, N, "evacuated", A, A, R, R, Sa),
    ("In total, 27 private houses", "27", 27, EX, "count", INF, N, A, A, R, R, R, Sa),
    ("3 apartment blocks and a school", "3", 3, EX, "count", INF, N, A, A, R, R, R, Sa),
    ("struck two Tu-95MS strategic bombers", "two", 2, EX, "count", W, "aircraft", A, U, R, U, R, Sa),
    ("at least 40 Kh-101 cruise missiles", "at least 40", 40, GE, "count", W, "missile", "launched", R, U, U, U, A),
    ('that "about 30" long-range drones', "about 30", 30, APX, "count", W, "drone", "launched", U, R, U, R, Sa),
    ("leaving about 2,000 residents without electricity", "about 2,000", 2000, APX, "count", A, N, A, A, R, R, R, "Volgograd"),
    ("No one was injured, he said", "No one", 0, A, "count", CAS, N, "injured", A, R, R, R, "Volgograd", True),  # none
    ('shot down "more than 10" drones', "more than 10", 10, GE, "count", W, "drone", "shot_down", R, U, R, R, "Voronezh"),
    ("One woman was lightly injured", "One", 1, EX, "count", CAS, N, "injured", A, R, R, R, "Voronezh"),
])
any_(d, [
    ("houses were damaged in two villages", "two"),
    ("on an area of 1,200 square metres", "1,200"),
    ("86 firefighters", "86"),
    ("23 units of equipment", "23"),
    ("residents of three streets", "three"),
    ("50,000 rubles per house", "50,000"),
    ("processes about 7 million tonnes", "about 7 million"),
    ("At least three hits were recorded", "At least three"),
    ("More than 30 flights were delayed", "More than 30"),
    ("about 600 km from the front line", "about 600"),
    ("on 22 nights since January 2026", "22"),
])

# ---------------------------------------------------------------- m05 frozen assets, price cap, fleet
d = "m05_frozen_assets_price_cap_shadow_fleet.txt"
# A European business paper on the EU's reparations-loan tranche, frozen Russian assets (with a
# table by jurisdiction), the G7 ERA loans, the price cap and shadow-fleet listings. The EU, the
# Commission ("the Commission said"), Euroclear, the diplomats, the IMF and the paper's table are
# not sides (claimant_side open); the US Treasury speaks for the United States, Britain and the UK
# Foreign Office for the United Kingdom, Ukraine's Foreign Intelligence Service ("It said") and
# Kyiv's finance ministry for Ukraine, the Russian Finance Ministry and Sazanov for Russia. As
# heldout18/22/25: money is economic with action, actor and target open, unit open in euros and
# roubles, usd in dollars; country and region open where the EU or the G7 acts; Russia's national
# figures are country Russia, region None. Required: the €30 billion tranche and the €75 billion
# paid out, the "around €210 billion" immobilised, Euroclear's "some €185 billion" (a breakdown by
# place), its €1.6 billion interest, and the €1.2 billion to be transferred to Ukraine (decided:
# required although introduced by "of which", because the windfall transfer is a distinct measure,
# as heldout18's windfall contribution); the G7's $50 billion and its breakdown (€18.1 billion and
# $20 billion). Shadow-fleet tankers listed (118, total 675; the UK's 40 and "more than 560") are
# economic counts with action and actor open (heldout25); Ukraine's "about 1,100" tankers Russia
# relies on: actor Russia; "more than 200" idled ships required. The UK's "an estimated $24
# billion" of oil carried (usd). Russia's revenues "fell 21%" (percent) to 612 billion roubles.
# Decided: the table by jurisdiction states its unit only in the header ("€ billion"), so its cells
# have value and qualifier open (the number as printed is 25, the quantity 25 billion euros; the
# heading says "estimates"); the cells other than Euroclear's are required (a breakdown by place),
# Euroclear's row restates "some €185 billion" (optional). Optional: the headline's €30 billion and
# 118 (restate), Belgium's guarantee "up to €185 billion" (a commitment), Sazanov's budget plan of
# 8.3 trillion roubles (a forecast), the IMF's "about $63 billion" gap and Kyiv's "roughly $3.5
# billion a month" (needs, heldout22). Debatable: Euroclear's own profit ("rose 4%" to "€412
# million", which excludes the Russian balances), "the other 26 member states", the price-cap
# figures ("15% below", $41.40, $44.10) and the Urals price "about $52" (prices, heldout25),
# "roughly 70%" (a share). Not war claims, not labelled: the euro's 0.3% slip and the ECB's 2%
# deposit rate (analysts link neither to the sanctions), and the ticker (EUR/USD 1.1237, Brent
# $68.20, Euro Stoxx 50 5,412, TTF €31.80/MWh). Non-claims: "22nd" (ordinal), "Group of Seven",
# "G7", "Euro Stoxx 50" (names), "every six months", "three months to March", "first quarter",
# "another year", "two diplomats" (sources), years and dates, and the furniture ("3 months for €1",
# 146 vendors, 8 min read, the Related links' 9%, 5 charts and 1.6 million barrels, Comments (112)).
rows(d, [
    ("EU releases €30 billion more", "€30 billion", 30000000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # headline
    ("adds 118 tankers to shadow-fleet list", "118", 118, EX, "count", ECO, N, A, A, A, A, A, A, True),  # headline
    ("approved the release of a further €30 billion", "€30 billion", 30000000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("to Kyiv under the scheme to €75 billion", "€75 billion", 75000000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("immobilisation of around €210 billion", "around €210 billion", 210000000000, APX, A, ECO, N, A, A, A, A, A, A),
    ("which adds 118 vessels", "118", 118, EX, "count", ECO, N, A, A, A, A, A, A),
    ("now stands at 675", "675", 675, EX, "count", ECO, N, A, A, A, A, A, A),
    ("which holds some €185 billion", "some €185 billion", 185000000000, APX, A, ECO, N, A, A, A, A, A, A),
    ("had earned €1.6 billion in interest", "€1.6 billion", 1600000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("of which €1.2 billion will be transferred", "€1.2 billion", 1200000000, EX, A, ECO, N, A, A, A, A, A, A),
    ('cover "up to €185 billion"', "up to €185 billion", 185000000000, LE, A, ECO, N, A, A, A, A, A, A, True),  # commitment
    # the table (€ billion, estimates)
    ("Euroclear (Belgium) ........ 185", "185", A, A, A, ECO, N, A, A, A, A, A, A, True),  # restates
    ("Other EU states ............ 25", "25", A, A, A, ECO, N, A, A, A, A, A, A),
    ("Japan ...................... 28", "28", A, A, A, ECO, N, A, A, A, A, A, A),
    ("United Kingdom ............. 26", "26", A, A, A, ECO, N, A, A, A, A, A, A),
    ("United States .............. 5", "5", A, A, A, ECO, N, A, A, A, A, A, A),
    ("Switzerland ................ 7", "7", A, A, A, ECO, N, A, A, A, A, A, A),
    # G7 ERA loans
    ("separate $50 billion Extraordinary", "$50 billion", 50000000000, EX, "usd", ECO, N, A, A, A, US, A, A),
    ("The EU provided €18.1 billion", "€18.1 billion", 18100000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("and the United States $20 billion", "$20 billion", 20000000000, EX, "usd", ECO, N, A, A, A, A, A, A),
    # shadow fleet
    ("sanctioning 40 more tankers", "40", 40, EX, "count", ECO, N, A, A, A, UK, A, A),
    ("to more than 560", "more than 560", 560, GE, "count", ECO, N, A, A, A, UK, A, A),
    ('carried "an estimated $24 billion"', "$24 billion", 24000000000, APX, "usd", ECO, N, A, A, A, UK, A, A),
    ("relies on about 1,100 tankers", "about 1,100", 1100, APX, "count", ECO, N, A, R, A, U, A, A),
    ("pushed more than 200 of the listed ships", "more than 200", 200, GE, "count", ECO, N, A, A, A, U, A, A),
    # Russia's revenues
    ("revenues fell 21% year on year", "21%", 21, EX, "percent", ECO, N, A, A, A, R, R, N),
    ("to 612 billion roubles in March", "612 billion", 612000000000, EX, A, ECO, N, A, A, A, R, R, N),
    ("budget plan of 8.3 trillion roubles", "8.3 trillion", 8300000000000, EX, A, ECO, N, A, A, A, R, R, N, True),  # forecast
    # financing needs
    ("is about $63 billion", "about $63 billion", 63000000000, APX, "usd", ECO, N, A, A, A, A, U, N, True),  # need
    ("roughly $3.5 billion a month", "roughly $3.5 billion", 3500000000, APX, "usd", ECO, N, A, A, A, U, U, N, True),  # need
])
any_(d, [
    ("net profit rose 4%", "4%"),
    ("to €412 million", "€412 million"),
    ("the other 26 member states", "26"),
    ("at 15% below the average", "15%"),
    ("fall to $41.40 a barrel", "$41.40"),
    ("from $44.10 on 1 June", "$44.10"),
    ("Urals traded at about $52", "about $52"),
    ("roughly 70% of them old vessels", "roughly 70%"),
])

# ---------------------------------------------------------------- m06 prisoner exchanges, data story
d = "m06_prisoner_exchanges_missing_data.txt"
# A Ukrainian data-journalism site on the year's prisoner exchanges, repatriated bodies and the
# missing, with a table by month. The Coordination Headquarters ("the headquarters said"), the
# veterans ministry, the forensic expert Kovalchuk-Brandt ("he said"), the missing-persons
# commissioner's spokeswoman and Lubinets ("he said") speak for Ukraine; Russia's human rights
# commissioner ("She said") and Defence Ministry for Russia; the table is the outlet's compilation
# from both sides (claimant_side open). As heldout22/23: prisoners exchanged, returned, freed or
# held are required with category and action open; an exchange or return has actor open and target
# the side of the returnees; a holding names the holder as actor (Russia for the "at least 7,400"
# and "at least 1,800"; Ukraine for the 1,580 and "more than 4,000"); bodies repatriated are
# casualties with action open, target the side of the dead; the missing are casualties with action
# open. Swaps happen on the Belarusian border and holdings are not placed: country and region open.
# Decided anew: the table is the article's own data (not a summary box, contrast m02), a breakdown
# by month required cell by cell ("–" cells are not numbers); between this data table and the
# prose the first statement is required: the lead's 1,206 is required and the table's total 1,206
# optional, while the totals 1,187, 3,678 and 113 first appear in the table (required) and the
# prose that repeats them ("received 3,678 bodies", "113 bodies", "Of the 3,678") is optional, as
# are the April paragraph's 659 and 640 and the headline's 1,206. Subsets optional:
# "84 civilians", "11 seriously wounded", "19 Ukrainians" outside the parity, "1,140" identified,
# "at least 60" Russian remains, "around 11,500" civilians among the missing, "only 96 civilians",
# "of whom 587 were civilians". Required outside the table: 7,400 still held, "more than 15,000"
# bodies since 2022, "more than 71,000" missing, Russia's "almost 16,000" missing, the 1,580 and
# "more than 4,000" Russian prisoners, "at least 1,800" civilians held, Lubinets's 6,912 freed and
# Russia's 5,960 returned. Debatable: "Four exchanges" and "four exchanges" (events), "71
# exchanges" (events), the ratios "32 to one" and "27 to one". Non-claims: "hotline 1648", "at least
# one government" (sources), "as of 1 April", dates and years, "Data last updated 29 April, 18:00",
# and the furniture (9 min read, the More from Data links' "40 months", "3 maps", $35,000, $193,000
# and "7 questions", 2,870 readers, 150 hryvnias, Facebook (418)).
T_JAN = "January    157                   157                 1,000               38"
T_FEB = "February   –                     –                   909"
T_MAR = "March      390                   390                 757                 34"
T_APR = "April      659                   640                 1,012               41"
T_TOT = "Total      1,206                 1,187               3,678               113"
rows(d, [
    ("Four exchanges, 1,206 people home", "1,206", 1206, EX, "count", A, N, A, A, U, A, A, A, True),  # headline
    ("Ukraine has brought home 1,206 prisoners", "1,206", 1206, EX, "count", A, N, A, A, U, U, A, A),
    ("at least 7,400 Ukrainians are still held", "at least 7,400", 7400, GE, "count", A, N, A, R, U, U, A, A),
    # the table: Ukrainians returned, Russians returned, bodies to Ukraine, bodies to Russia
    (T_JAN, "157", 157, EX, "count", A, N, A, A, U, A, A, A),
    ("157                 1,000", "157", 157, EX, "count", A, N, A, A, R, A, A, A),
    ("1,000               38", "1,000", 1000, EX, "count", CAS, N, A, A, U, A, A, A),
    ("1,000               38", "38", 38, EX, "count", CAS, N, A, A, R, A, A, A),
    (T_FEB, "909", 909, EX, "count", CAS, N, A, A, U, A, A, A),
    (T_MAR, "390", 390, EX, "count", A, N, A, A, U, A, A, A),
    ("390                 757", "390", 390, EX, "count", A, N, A, A, R, A, A, A),
    ("757                 34", "757", 757, EX, "count", CAS, N, A, A, U, A, A, A),
    ("757                 34", "34", 34, EX, "count", CAS, N, A, A, R, A, A, A),
    (T_APR, "659", 659, EX, "count", A, N, A, A, U, A, A, A),
    (T_APR, "640", 640, EX, "count", A, N, A, A, R, A, A, A),
    (T_APR, "1,012", 1012, EX, "count", CAS, N, A, A, U, A, A, A),
    (T_APR, "41", 41, EX, "count", CAS, N, A, A, R, A, A, A),
    (T_TOT, "1,206", 1206, EX, "count", A, N, A, A, U, A, A, A, True),  # restates the lead
    (T_TOT, "1,187", 1187, EX, "count", A, N, A, A, R, A, A, A),
    (T_TOT, "3,678", 3678, EX, "count", CAS, N, A, A, U, A, A, A),
    (T_TOT, "113", 113, EX, "count", CAS, N, A, A, R, A, A, A),
    # the April exchange
    ("On 18 April, 659 Ukrainians returned home", "659", 659, EX, "count", A, N, A, A, U, U, A, A, True),  # restates
    ("among them 84 civilians", "84", 84, EX, "count", A, N, A, A, U, U, A, A, True),  # subset
    ("and 11 seriously wounded soldiers", "11", 11, EX, "count", A, N, A, A, U, U, A, A, True),  # subset
    ("said 640 Russian servicemen had been returned", "640", 640, EX, "count", A, N, A, A, R, R, A, A, True),  # restates
    ("came from 19 Ukrainians who had been held", "19", 19, EX, "count", A, N, A, A, U, U, A, A, True),  # subset
    # bodies
    ("Ukraine has received 3,678 bodies", "3,678", 3678, EX, "count", CAS, N, A, A, U, A, A, A, True),  # restates
    ("while handing over 113 bodies", "113", 113, EX, "count", CAS, N, A, A, R, A, A, A, True),  # restates
    ("Of the 3,678 bodies received this year", "3,678", 3678, EX, "count", CAS, N, A, A, U, U, A, A, True),  # restates
    ("1,140 have so far been identified by DNA", "1,140", 1140, EX, "count", CAS, N, A, A, A, U, A, A, True),  # subset
    ("in at least 60 cases the remains belonged", "at least 60", 60, GE, "count", CAS, N, A, A, R, U, A, A, True),  # subset
    ("received more than 15,000 bodies", "more than 15,000", 15000, GE, "count", CAS, N, A, A, U, U, A, A),
    # the missing and those held
    ("listed more than 71,000 people", "more than 71,000", 71000, GE, "count", CAS, N, A, A, U, U, A, A),
    ("around 11,500 are civilians", "around 11,500", 11500, APX, "count", CAS, N, A, A, U, U, A, A, True),  # subset
    ("inquiries about almost 16,000 Russian servicemen", "almost 16,000", 16000, LE, "count", CAS, N, A, A, R, R, A, A),
    ("identified 1,580 Russian prisoners held by Ukraine", "1,580", 1580, EX, "count", A, N, A, U, R, R, A, A),
    ('camps at "more than 4,000"', "more than 4,000", 4000, GE, "count", A, N, A, U, R, U, A, A),
    ('holding "at least 1,800" Ukrainian civilians', "at least 1,800", 1800, GE, "count", A, N, A, R, U, U, A, A),
    ("only 96 civilians had returned", "96", 96, EX, "count", A, N, A, A, U, U, A, A, True),  # subset
    # since 2022
    ("6,912 Ukrainians had been freed", "6,912", 6912, EX, "count", A, N, A, A, U, U, A, A),
    ("of whom 587 were civilians", "587", 587, EX, "count", A, N, A, A, U, U, A, A, True),  # subset
    ("is 5,960 servicemen returned", "5,960", 5960, EX, "count", A, N, A, A, R, R, A, A),
])
any_(d, [
    ("Four exchanges, 1,206 people home", "Four"),
    ("in four exchanges with Russia since January", "four"),
    ("Bodies: 32 to one", "32"),
    ("a ratio of roughly 32 to one", "roughly 32"),
    ("last year's 27 to one", "27"),
    ("had returned in the four exchanges this year", "four"),
    ("there have been 71 exchanges", "71"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "m30")
