"""Builds gold.jsonl for heldout23 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout23.make_gold

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
    NK,
    PER,
    TER,
    UK,
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

Z, Kh, D, Dn = "Zaporizhzhia", "Kharkiv", "Donetsk", "Dnipropetrovsk"
Bg, Ku, Br, Sm = "Belgorod", "Kursk", "Bryansk", "Sumy"
Cr, Od, Kv, K = "Crimea", "Odesa", "Kyiv", "Kherson"


# fmt: off
# ---------------------------------------------------------------- f01 live blog
d = "f01_live_zaporizhzhia_drones_kupiansk.txt"
# A news site's live blog with timestamped entries ("09:42 —") in reverse chronological order,
# under a KEY POINTS box that restates the day's figures (optional, as headlines). Each entry has
# its own source: the Air Force ("it said"), Fedorov ("he said", then a damage sentence with no
# attribution of its own: claimant_side open), the General Staff ("It put ... and said"),
# Ukrenergo, Kiper-style governors for Ukraine; Russia's Defence Ministry ("The ministry also
# said"), Gladkov ("he said" at the end, after "of which 31") and Khinshtein for Russia; Britain's
# Ministry of Defence ("it said") for the United Kingdom; the "senior Western official" speaks for
# no side in the vocabulary (claimant_side open, decided anew: an anonymous Western official is not
# a side); the European Commission is not a side. Overnight launches and shoot-downs across Ukraine
# (94 drones, six Kh-101, 71 and four) have region None. Zaporizhzhia: "hit by eleven Russian
# drones" has action open (neither launched nor shot down, as heldout22's "got through"); the two
# killed and 14 injured name no perpetrator (actor open); "among them three children" is a subset
# (optional); "More than 30 apartment buildings" damaged (infrastructure, actor open, claimant open).
# The 17:20 update "has risen to three" is a new figure (required); "remains at 14" restates
# (optional). Russia's ministry: "taken control of two villages" (territory, action open, Kharkiv);
# 38 drones intercepted over Russia (region open) with the breakdown 17 Kursk and nine Belgorod
# required. Gladkov: four injured by "a Ukrainian drone" (actor Ukraine); 43 drones attacking the
# region (launched, actor Ukraine) "of which 31 were shot down" (a different action: required).
# Western official: "nearly 100,000" massed (Donetsk, target open as the seeds' massed troops),
# "about 1,300" a day killed and wounded (casualties, action open, target Russia), the range
# "between 30,000 and 35,000" recruited a month (one required row on the whole range with value and
# qualifier open; the upper bound alone optional, in case an extractor splits the range), the
# "several hundred" North Koreans (debatable). Britain: "about 3,100" glide bombs dropped (launched)
# "on Ukrainian positions and frontline towns" (region open) and 2,400 the month before. The
# General Staff's 1,140 losses (as heldout22's 1,090) and the list two tanks, 37 artillery systems,
# 112 vehicles destroyed (exact, country and region open). Ukrenergo's "about 220,000 consumers"
# without power: required with category and action open (heldout22's households without heat),
# actor open ("after the morning strike"). EU: €1.8 billion (unit open), "of which €600 million"
# earmarked is a subset (optional). Khinshtein's "1.2 thousand" residents moved to temporary
# accommodation = evacuated (1200, Kursk). Debatable: 46 assaults repelled (incidents), "roughly
# half of them" reconnected, "as far as 60 kilometres" (a release range). Non-claims: times
# (07:58 ... 18:05, 07:00), "67-year-old", "24 hours", "less than an hour", Kh-101, dates and the
# furniture (Related links' 72-hour, 90 km and "third time", 1,264 readers, Share this).
rows(d, [
    # headline and key points restate
    ("two killed as Russian drones hit Zaporizhzhia", "two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Z, True),
    ("Moscow claims two villages near Kupiansk", "two", 2, EX, "count", TER, N, A, R, U, R, U, Kh, True),
    ("Russia launched 94 drones and six cruise missiles", "94", 94, EX, "count", W, "drone", "launched", R, U, U, U, N, True),
    ("94 drones and six cruise missiles at Ukraine", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, N, True),
    ("Drones killed two people in Zaporizhzhia", "two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Z, True),
    ("the toll later rose to three", "three", 3, EX, "count", CAS, N, "killed", A, U, A, U, Z, True),
    ("Moscow says it shot down 38 Ukrainian drones", "38", 38, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),
    ("Russia has massed nearly 100,000 troops in the Donetsk region", "nearly 100,000", 100000, LE, "count", PER, N, "massed", R, A, A, U, D, True),
    # 17:20
    ("has risen to three after", "three", 3, EX, "count", CAS, N, "killed", A, U, U, U, Z),
    ("remains at 14", "14", 14, EX, "count", CAS, N, "injured", A, U, U, U, Z, True),  # restates
    # 16:40
    ("said 1.2 thousand residents", "1.2 thousand", 1200, EX, "count", DIS, N, "evacuated", A, A, R, R, Ku),
    # 16:05
    ("approved a €1.8 billion tranche", "€1.8 billion", 1800000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("of which €600 million is earmarked", "€600 million", 600000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # subset
    # 15:30
    ("at 1,140 troops", "1,140", 1140, EX, "count", CAS, N, A, A, R, U, A, A),
    ("destroyed two tanks", "two", 2, EX, "count", W, "tank", "destroyed", U, R, U, A, A),
    ("37 artillery systems", "37", 37, EX, "count", W, "artillery", "destroyed", U, R, U, A, A),
    ("and 112 vehicles", "112", 112, EX, "count", W, "vehicle", "destroyed", U, R, U, A, A),
    # 14:45
    ("about 220,000 consumers", "about 220,000", 220000, APX, "count", A, N, A, A, U, U, U, Z),
    # 13:10
    ("dropped about 3,100 glide bombs", "about 3,100", 3100, APX, "count", W, "guided_bomb", "launched", R, U, UK, U, A),
    ("up from 2,400 in December", "2,400", 2400, EX, "count", W, "guided_bomb", "launched", R, U, UK, U, A),
    # 12:30
    ("injuring four people", "four", 4, EX, "count", CAS, N, "injured", U, R, R, R, Bg),
    ("attack from 43 Ukrainian drones", "43", 43, EX, "count", W, "drone", "launched", U, R, R, R, Bg),
    ("of which 31 were shot down", "31", 31, EX, "count", W, "drone", "shot_down", R, U, R, R, Bg),
    # 11:05
    ("massed nearly 100,000 troops around Pokrovsk", "nearly 100,000", 100000, LE, "count", PER, N, "massed", R, A, A, U, D),
    ("about 1,300 killed and wounded a day", "about 1,300", 1300, APX, "count", CAS, N, A, A, R, A, A, A),
    ("recruiting between 30,000 and 35,000 new soldiers", "between 30,000 and 35,000", A, A, "count", PER, N, A, R, A, A, A, N),
    ("and 35,000 new soldiers a month", "35,000", 35000, A, "count", PER, N, A, R, A, A, A, N, True),  # upper bound
    # 10:20
    ("taken control of two villages", "two", 2, EX, "count", TER, N, A, R, U, R, U, Kh),
    ("intercepted 38 Ukrainian drones overnight", "38", 38, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("17 of them over the Kursk region", "17", 17, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku),
    ("and nine over the Belgorod region", "nine", 9, EX, "count", W, "drone", "shot_down", R, U, R, R, Bg),
    # 09:42
    ("hit by eleven Russian drones", "eleven", 11, EX, "count", W, "drone", A, R, U, U, U, Z),
    ("Two people were killed and 14 injured", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Z),
    ("were killed and 14 injured", "14", 14, EX, "count", CAS, N, "injured", A, U, U, U, Z),
    ("among them three children", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Z, True),  # subset
    ("More than 30 apartment buildings", "More than 30", 30, GE, "count", INF, N, A, A, U, A, U, Z),
    # 08:15
    ("Russia launched 94 Shahed-type attack drones", "94", 94, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and six Kh-101 cruise missiles", "six", 6, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("jammed 71 of the drones", "71", 71, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and four of the missiles", "four", 4, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
])
any_(d, [
    ("repelled 46 Russian assaults", "46"),
    ("reconnected roughly half of them", "roughly half"),
    ("as far as 60 kilometres behind", "60"),
    ('had sent "several hundred" more', "several hundred"),
])

# ---------------------------------------------------------------- f02 prisoner exchange
d = "f02_pow_exchange_missing_persons.txt"
# A human-rights outlet on a 205-for-205 prisoner exchange, the missing and a strike two days
# earlier. Ukraine's Coordination Headquarters ("it said", "the headquarters says", "it said" after
# the bodies), its secretary Lysenko-Hart (reported speech with the speaker at the end), Lubinets
# and the Ground Forces ("they said") speak for Ukraine; Moskalkova ("She said") and Russia's
# Defence Ministry for Russia; the lead's "exchanged 205 prisoners each" has no attribution of its
# own (claimant_side open). Prisoners exchanged, returned or held follow heldout22: required with
# category and action open; the holder is the actor (Russia for the "at least 1,800" civilians and
# the "nearly 8,000" held in captivity), open for exchanges and returns; the captured side is the
# target (Ukraine for Ukrainians, Russia for Russians). Decided anew: a complete partition of the
# returnees ("189 were servicemen and 16 civilians") is a breakdown and required (as heldout22's
# breakdowns by place and weapon), whereas single subsets ("27 defenders of Mariupol", "11 who had
# been seriously wounded", "only 160 had been officially acknowledged", "about 3,600 of them" whose
# location is known) are optional; Moskalkova's "205 Russian servicemen had returned" is her own
# claim about the Russian half (required, target Russia); the "Of the 205 Ukrainians" restates the
# lead (optional), as does the headline's 205. Missing people are casualties with action open
# (heldout22): "more than 500" Russians, "More than 16,000" servicemen and "about 2,300" civilians
# (both qualifiers kept: each item has its own). "about two dozen" Kursk residents who came back
# (24, approximate; category and action open, target Russia). The headquarters' cumulative 5,940
# brought home (prisoners). Decided anew: bodies repatriated (757 to Ukraine, 34 to Russia) are
# casualties with action open (a count of the dead, not of a killing), target the side of the dead.
# The strike: "a Russian missile strike ... that killed 12 servicemen and wounded 29" (actor Russia,
# Dnipropetrovsk); the two Iskander-M that "hit the unit" have action open (as "got through");
# Russia's "up to 150" "eliminated" (killed, claimant Russia). Debatable: "thousands" in the
# headline, "between 15 and 30 kilograms" (weight lost), "Twelve" needing surgery, "roughly 180
# places" (places), "more than 23,000 requests", "About 95%" (a share), "65 exchanges" (events),
# "more than 14 million hryvnias" taken by fraudsters. Non-claims: "almost six weeks", "May 2022",
# Halyna's age 58, "two years", "two days", times 8:10 and 8:40, the hotline 1648, the 2024
# incursion, and the furniture (Related links' 11 steps, "Third Geneva Convention", 30 seconds; 3,150
# supporters; Share this).
rows(d, [
    ("205 Ukrainians come home", "205", 205, EX, "count", A, N, A, A, U, A, A, A, True),  # headline
    ("exchanged 205 prisoners each", "205", 205, EX, "count", A, N, A, A, A, A, A, A),
    ("Of the 205 Ukrainians who crossed", "205", 205, EX, "count", A, N, A, A, U, U, A, A, True),  # restates
    ("189 were servicemen", "189", 189, EX, "count", A, N, A, A, U, U, A, A),
    ("and 16 civilians", "16", 16, EX, "count", A, N, A, A, U, U, A, A),
    ("27 defenders of Mariupol", "27", 27, EX, "count", A, N, A, A, U, U, A, A, True),  # subset
    ("said 205 Russian servicemen had returned", "205", 205, EX, "count", A, N, A, A, R, R, A, A),
    ("among them 11 who had been seriously wounded", "11", 11, EX, "count", A, N, A, A, R, R, A, A, True),  # subset
    ("a list of more than 500 Russians", "more than 500", 500, GE, "count", CAS, N, A, A, R, R, A, A),
    ("about two dozen residents of the Kursk region", "about two dozen", 24, APX, "count", A, N, A, A, R, R, A, A),
    ('"at least 1,800" Ukrainian civilians', "at least 1,800", 1800, GE, "count", A, N, A, R, U, U, A, A),
    ("of whom only 160 had been officially acknowledged", "160", 160, EX, "count", A, N, A, R, U, U, A, A, True),  # subset
    ("More than 16,000 Ukrainian servicemen", "More than 16,000", 16000, GE, "count", CAS, N, A, A, U, U, A, A),
    ("about 2,300 civilians are officially listed", "about 2,300", 2300, APX, "count", CAS, N, A, A, U, U, A, A),
    ("nearly 8,000 of them are held", "nearly 8,000", 8000, LE, "count", A, N, A, R, U, U, A, A),
    ("We know where about 3,600 of them are", "about 3,600", 3600, APX, "count", A, N, A, R, U, U, A, A, True),  # subset
    ("brought home 5,940 Ukrainians", "5,940", 5940, EX, "count", A, N, A, A, U, U, A, A),
    ("the bodies of 757 soldiers", "757", 757, EX, "count", CAS, N, A, A, U, U, A, A),
    ("Russia received 34, it said", "34", 34, EX, "count", CAS, N, A, A, R, U, A, A),
    ("that killed 12 servicemen", "12", 12, EX, "count", CAS, N, "killed", R, U, U, U, Dn),
    ("and wounded 29", "29", 29, EX, "count", CAS, N, "injured", R, U, U, U, Dn),
    ("Two Iskander-M ballistic missiles", "Two", 2, EX, "count", W, "missile", A, R, U, U, U, Dn),
    ('"eliminated up to 150 Ukrainian servicemen', "up to 150", 150, LE, "count", CAS, N, "killed", R, U, R, U, Dn),
])
any_(d, [
    ("but thousands are still missing", "thousands"),
    ("between 15 and 30 kilograms", "between 15 and 30"),
    ('"Twelve of those who came back today', "Twelve"),
    ("in roughly 180 places of detention", "roughly 180"),
    ("more than 23,000 requests", "more than 23,000"),
    ("About 95% of the Ukrainians released", "About 95%"),
    ("65 exchanges have brought home", "65"),
    ("more than 14 million hryvnias", "more than 14 million"),
])

# ---------------------------------------------------------------- f03 Black Sea naval report
d = "f03_black_sea_sea_drones_grain_corridor.txt"
# A maritime trade outlet on a Ukrainian sea-drone attack off western Crimea, Russian Kalibr
# launches from ships and a submarine, and the grain corridor. HUR ("the agency said", "it said,
# adding"), Ukraine's Navy ("it said"), Kiper, the navy spokesman Vasylenko-Rowe (speaker at the end
# of the sentence) and the Sea Ports Authority speak for Ukraine; Russia's Defence Ministry for
# Russia; Britain's Defence Intelligence for the United Kingdom; London brokers and the Romanian
# Navy are not sides (claimant_side open). Crimea: region Crimea, country open (decided anew: the
# spec's country for occupied Crimea is not settled). Warships and boats damaged, sunk, moved or
# kept at sea are weapons of type ship with action open unless "destroyed" or deployed; sea drones
# and uncrewed boats have weapon_type open (heldout22's uncrewed boats): the nine launched and "of
# which four hit their targets" (a different action: required, action open); Russia's 11 and "six
# more" destroyed (country and region open: at sea). "at least 15 Russian sailors were killed or
# wounded" (casualties, action open; the clause names no perpetrator: actor open). Kalibr: 14 fired
# at two regions (launched, region open) with the breakdown by platform (ten from surface ships, four
# from a submarine) required; 11 shot down. The missile that "got through" has action open and
# actor open (its sentence names no side), as do the five workers injured (Odesa); "about 4,000
# tonnes of wheat" destroyed is economic with unit open (tonnes). The three Kalibr carriers "on
# combat duty" are ships deployed (actor Russia, region open); Britain's "some 20 ships" moved to
# Novorossiysk (action open; region open: Krasnodar is outside the vocabulary); the navy's 31
# warships sunk or damaged since 2022 (action open), "including 12 by sea drones" a subset
# (optional). Corridor: 10.4 million tonnes of cargo and the breakdown 7.2 million tonnes of grain
# (economic, unit open; ports in several regions: region open); "Some 430 ships" through the
# corridor (decided anew: merchant ship movements are required with category open); premiums "about
# 0.7%" and "1%" (economic percent, country and region open). The 46 drifting mines neutralised
# follow heldout22's explosive objects (category, weapon_type, action, actor, target open). The
# headline's two warships restate (optional). Debatable: the "five warships" on satellite images,
# "up to 28 missiles" ready for a salvo (a capacity), "95 vessels" waiting, and the port-calls table
# (vessel tracking counts). Non-claims: "Kilo-class", "Raptor-class",
# Magura, Kalibr, dates, "August 2023", "several times" and the furniture (Related links' 18 months
# and 6 charts, 4,700 readers, the table's date range).
rows(d, [
    ("Sea drones hit two Russian warships", "two", 2, EX, "count", W, "ship", A, U, R, A, A, Cr, True),  # headline
    ("damaged two Russian warships", "two", 2, EX, "count", W, "ship", A, U, R, U, A, Cr),
    ("Nine Magura sea drones were launched", "Nine", 9, EX, "count", W, A, "launched", U, R, U, A, Cr),
    ("of which four hit their targets", "four", 4, EX, "count", W, A, A, U, R, U, A, Cr),
    ("at least 15 Russian sailors", "at least 15", 15, GE, "count", CAS, N, A, A, R, U, A, Cr),
    ("destroyed 11 uncrewed boats", "11", 11, EX, "count", W, A, "destroyed", R, U, R, A, A),
    ("had destroyed six more", "six", 6, EX, "count", W, A, "destroyed", R, U, R, A, A),
    ("fired 14 Kalibr cruise missiles", "14", 14, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("ten of them from surface ships", "ten", 10, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("four from a Kilo-class submarine", "four", 4, EX, "count", W, "missile", "launched", R, U, U, U, A),
    ("shot down 11 of them", "11", 11, EX, "count", W, "missile", "shot_down", U, R, U, U, A),
    ("One missile that got through", "One", 1, EX, "count", W, "missile", A, A, U, U, U, Od),
    ("injuring five workers", "five", 5, EX, "count", CAS, N, "injured", A, U, U, U, Od),
    ("destroying about 4,000 tonnes of wheat", "about 4,000", 4000, APX, A, ECO, N, A, A, A, U, U, Od),
    ("keeping three Kalibr carriers", "three", 3, EX, "count", W, "ship", "deployed", R, A, U, A, A),
    ("some 20 ships", "some 20", 20, APX, "count", W, "ship", A, R, A, UK, A, A),
    ("sunk or damaged 31 Russian warships", "31", 31, EX, "count", W, "ship", A, U, R, U, A, A),
    ("including 12 by sea drones", "12", 12, EX, "count", W, "ship", A, U, R, U, A, A, True),  # subset
    ("handled 10.4 million tonnes of cargo", "10.4 million", 10400000, EX, A, ECO, N, A, A, A, U, U, A),
    ("of which 7.2 million tonnes were grain", "7.2 million", 7200000, EX, A, ECO, N, A, A, A, U, U, A),
    ("Some 430 ships passed through the corridor", "Some 430", 430, APX, "count", A, N, A, A, A, U, A, A),
    ("about 0.7% of a ship's hull value", "about 0.7%", 0.7, APX, "percent", ECO, N, A, A, A, A, A, A),
    ("from 1% in December", "1%", 1, EX, "percent", ECO, N, A, A, A, A, A, A),
    ("neutralised 46 drifting mines", "46", 46, EX, "count", A, A, A, A, A, A, A, A),
])
any_(d, [
    ("showed five warships at the anchorage", "five"),
    ("with up to 28 missiles ready", "up to 28"),
    ("and 95 vessels were waiting", "95"),
    ("Odesa             19", "19"),
    ("19         22", "22"),
    ("Chornomorsk       14", "14"),
    ("14         15", "15"),
    ("Pivdennyi         11", "11"),
    ("11         9", "9"),
])

# ---------------------------------------------------------------- f04 mobilisation feature
d = "f04_mobilisation_recruitment_border_buildup.txt"
# A Warsaw security review's feature on how both sides recruit, with a think tank (ISW) and a
# European institute (CESS, fictional) as claimants alongside both sides. Ukraine's State Border
# Guard Service (and "the Border Guard Service said"), the Defence Ministry ("the ministry said"),
# Syrskyi and the Prosecutor General's Office speak for Ukraine; Medvedev ("he added") and Russia's
# Defence Ministry for Russia; ISW ("it estimated", "it noted") and CESS ("the report said") are
# not sides (claimant_side open, decided anew: think tanks speak for no side even when based in a
# side's country); the budget law has no named speaker (claimant_side open). The build-up "between
# 40,000 and 45,000 troops" massed in two Russian regions (one required row on the range, value and
# qualifier open, region open; the upper bound optional). Recruitment is personnel with action open
# (heldout22's recruits): Medvedev's "Some 34,700" and 422,000 (actor Russia, country open,
# nationwide: region None), ISW's "nearer 28,000" (no cue: qualifier open), Ukraine's "about
# 27,000" a month and 2,150 recruits (actor Ukraine); the ministry's "rise to 35,000" is a need
# (optional, as heldout22's needs). CESS: "about 640,000" deployed and 600,000 a year earlier
# (actor Russia, country and region open: occupied Ukraine and Kursk), "roughly 120,000" in reserve
# a subset (optional); North Korea's "a further 3,000" deployed to Kursk. ISW's "roughly 1,100"
# killed and wounded a day (casualties, action open, target Russia). Syrskyi's "up to 15,000"
# moved to the border areas (deployed, two regions: region open). Belarus's "about 5,000" near the
# border: personnel with action and actor open (Belarus is outside the side vocabulary). Russia's
# "More than 1,500" who surrendered: prisoners (category and action open, actor Russia). Budget:
# 13.2 trillion roubles (unit open) and "about 6.3%" of GDP (percent), Russia, region None.
# Debatable: "at least two motor-rifle divisions" (units), "up to 3 million roubles" and "one
# million hryvnias" (pay), "ten times as many", "More than 21,000 criminal cases", "About 60%" over
# 40 (a share), last year's "160,000 conscripts" (a bullet of the What to watch box). Non-claims:
# "fifth year", "autumn of 2022", "ten years' wages" (pay expressed as a duration), "Contract
# 18-24" (a name), "age of 25", "over 40", "36 months", dates (late March, 5 March) and the
# furniture (Most read links' 4.7%, 5 maps and 1 million shells; 12,800 readers).
rows(d, [
    ("massed between 40,000 and 45,000 troops", "between 40,000 and 45,000", A, A, "count", PER, N, "massed", R, A, U, R, A),
    ("and 45,000 troops in the Belgorod", "45,000", 45000, A, "count", PER, N, "massed", R, A, U, R, A, True),  # upper bound
    ("Some 34,700 people signed contracts", "Some 34,700", 34700, APX, "count", PER, N, A, R, A, R, A, N),
    ("422,000 did so, he added", "422,000", 422000, EX, "count", PER, N, A, R, A, R, A, N),
    ("was nearer 28,000", "28,000", 28000, A, "count", PER, N, A, R, A, A, A, N),
    ("roughly 1,100 killed and wounded a day", "roughly 1,100", 1100, APX, "count", CAS, N, A, A, R, A, A, A),
    ("deployed about 640,000 troops", "about 640,000", 640000, APX, "count", PER, N, "deployed", R, A, A, A, A),
    ("up from 600,000 a year earlier", "600,000", 600000, EX, "count", PER, N, "deployed", R, A, A, A, A),
    ("roughly 120,000 were held in reserve", "roughly 120,000", 120000, APX, "count", PER, N, "deployed", R, A, A, A, A, True),  # subset
    ("a further 3,000 troops to the Kursk region", "3,000", 3000, EX, "count", PER, N, "deployed", NK, A, A, R, Ku),
    ("spend 13.2 trillion roubles on defence", "13.2 trillion", 13200000000000, EX, A, ECO, N, A, A, A, A, R, N),
    ("about 6.3% of its GDP", "about 6.3%", 6.3, APX, "percent", ECO, N, A, A, A, A, R, N),
    ("More than 1,500 Ukrainian servicemen have surrendered", "More than 1,500", 1500, GE, "count", A, N, A, R, U, R, A, A),
    ("mobilises about 27,000 men a month", "about 27,000", 27000, APX, "count", PER, N, A, U, A, U, U, N),
    ("rise to 35,000 to keep pace", "35,000", 35000, EX, "count", PER, N, A, U, A, U, U, N, True),  # a need
    ("attracted 2,150 recruits", "2,150", 2150, EX, "count", PER, N, A, U, A, U, U, N),
    ('"up to 15,000" troops', "up to 15,000", 15000, LE, "count", PER, N, "deployed", U, A, U, U, A),
    ("keeps about 5,000 troops near the Ukrainian border", "about 5,000", 5000, APX, "count", PER, N, A, A, A, U, A, A),
])
any_(d, [
    ("at least two motor-rifle divisions", "at least two"),
    ("bonuses of up to 3 million roubles", "up to 3 million"),
    ("offers one million hryvnias", "one million"),
    ("hoped for ten times as many", "ten"),
    ("More than 21,000 criminal cases", "More than 21,000"),
    ('"About 60% of the men', "About 60%"),
    ("last year: 160,000 conscripts", "160,000"),
])

# ---------------------------------------------------------------- f05 landmines and territory
d = "f05_landmines_demining_territory.txt"
# A land-and-farming data site on mine contamination, clearance (with a bulleted list by region),
# territory gained and lost in January and evacuations. The Economy Ministry ("the ministry said"),
# the State Emergency Service, DeepState ("it said", "according to DeepState"), the General Staff
# ("It acknowledged"), Filashkin ("he said"), the Kharkiv regional administration and the
# Agriculture Ministry speak for Ukraine; Russia's Defence Ministry for Russia; the World Bank and
# Japan are not sides. Land contaminated or cleared is territory with action, actor and target open
# (heldout22's 1,130 km2 and hectares cleared): "About 137,000 square kilometres" (the bracketed
# 52,900 square miles is the same quantity: optional), "down from 174,000", 37,400 cleared since
# 2022 ("of which 2,950 ... farmland" a subset: optional), nationwide (region None). The bulleted list
# by region is required item by item (a breakdown by place); its Total optional. Mine casualties:
# 382 killed and 874 injured by mines (actor open), "Of the dead, 18 were deminers" a subset
# (optional). The World Bank's $34.6 billion (economic usd, claimant open); Japan's $75 million is
# a pledge (optional). Territory: DeepState's 428 and 491 km2 captured (seized, actor Russia) and
# "about 64" retaken (seized, actor Ukraine, target Russia; "most of it around Kupiansk": region
# open); Russia's 26 settlements "liberated" and "more than 1,100" km2 "taken control of" (action
# open, as heldout22); the General Staff's three villages "liberated" (action open, actor Ukraine,
# target Russia, Zaporizhzhia) and the two villages "withdrawn from" near Pokrovsk (decided anew:
# territory with action, actor and target open, Donetsk). Evacuations: "more than 2,300" (Donetsk;
# "410 of them children" optional) and "nearly 600" (Kharkiv), actor open. The Agriculture
# Ministry's "about 4.5 million hectares" that cannot be sown: required with category and unit open
# (territory or economic). Debatable: "Nearly a quarter", "a team of 14 deminers", "about 4,600"
# deminers, 72 machines and "40 of them", "Nearly 70%", "About 8,900 residents remain", "eleven
# villages" (places), "within 20 kilometres" (a distance band). Non-claims: dates, "in 2023", "a
# month later", "twice in one week", Liudmyla's age 71, "decades", and the furniture (Read next
# links' 8 steps and 30-year, $3 a month).
rows(d, [
    ("About 137,000 square kilometres", "About 137,000", 137000, APX, "km2", TER, N, A, A, A, U, U, N),
    ("(52,900 square miles)", "52,900", 52900, A, "mi2", TER, N, A, A, A, U, U, N, True),  # conversion
    ("down from 174,000 square kilometres", "174,000", 174000, EX, "km2", TER, N, A, A, A, U, U, N),
    ("cleared 37,400 square kilometres", "37,400", 37400, EX, "km2", TER, N, A, A, A, U, U, N),
    ("of which 2,950 square kilometres", "2,950", 2950, EX, "km2", TER, N, A, A, A, U, U, N, True),  # subset
    ("Kharkiv region: 1,480 km2", "1,480", 1480, EX, "km2", TER, N, A, A, A, U, U, Kh),
    ("Kherson region: 1,030 km2", "1,030", 1030, EX, "km2", TER, N, A, A, A, U, U, K),
    ("Kyiv region: 540 km2", "540", 540, EX, "km2", TER, N, A, A, A, U, U, Kv),
    ("Sumy region: 310 km2", "310", 310, EX, "km2", TER, N, A, A, A, U, U, Sm),
    ("Total: 3,360 km2", "3,360", 3360, EX, "km2", TER, N, A, A, A, U, U, N, True),  # total
    ("have killed 382 civilians", "382", 382, EX, "count", CAS, N, "killed", A, U, U, U, N),
    ("and injured 874", "874", 874, EX, "count", CAS, N, "injured", A, U, U, U, N),
    ("Of the dead, 18 were deminers", "18", 18, EX, "count", CAS, N, "killed", A, U, A, U, N, True),  # subset
    ("at $34.6 billion", "$34.6 billion", 34600000000, EX, "usd", ECO, N, A, A, A, A, U, N),
    ("a further $75 million", "$75 million", 75000000, EX, "usd", ECO, N, A, A, A, A, U, N, True),  # pledge
    ("captured 428 square kilometres", "428", 428, EX, "km2", TER, N, "seized", R, U, U, U, A),
    ("down from 491 in December", "491", 491, EX, "km2", TER, N, "seized", R, U, U, U, A),
    ("retook about 64 square kilometres", "about 64", 64, APX, "km2", TER, N, "seized", U, R, U, U, A),
    ("liberated 26 settlements", "26", 26, EX, "count", TER, N, A, R, U, R, U, A),
    ("more than 1,100 square kilometres", "more than 1,100", 1100, GE, "km2", TER, N, A, R, U, R, U, A),
    ("liberated three villages", "three", 3, EX, "count", TER, N, A, U, R, U, U, Z),
    ("withdrawn from two villages", "two", 2, EX, "count", TER, N, A, A, A, U, U, D),
    ("more than 2,300 people", "more than 2,300", 2300, GE, "count", DIS, N, "evacuated", A, A, U, U, D),
    ("410 of them children", "410", 410, EX, "count", DIS, N, "evacuated", A, A, U, U, D, True),  # subset
    ("nearly 600 residents were evacuated", "nearly 600", 600, LE, "count", DIS, N, "evacuated", A, A, U, U, Kh),
    ("about 4.5 million hectares", "about 4.5 million", 4500000, APX, A, A, N, A, A, A, U, U, N),
])
any_(d, [
    ("Nearly a quarter of the country", "Nearly a quarter"),
    ("a team of 14 deminers", "14"),
    ("about 4,600 certified deminers", "about 4,600"),
    ("72 demining machines", "72"),
    ("40 of them donated", "40"),
    ("Nearly 70% of it", "Nearly 70%"),
    ("About 8,900 residents remain", "About 8,900"),
    ("from eleven villages", "eleven"),
    ("within 20 kilometres of the front", "20"),
])

# ---------------------------------------------------------------- f06 border governors' summary
d = "f06_border_regions_governors_drone_attacks.txt"
# A Russian border-region news site (English edition) summarising the governors' Telegram reports:
# country Russia for the Belgorod, Kursk and Bryansk items, Ukraine for the Ukrainian reply. Russia's
# Defence Ministry, Gladkov ("he said", "the governor said", "he added", the breakdown he gave),
# Khinshtein ("he said", "according to Khinshtein"), Bogomaz and the regional government and
# governor's office speak for Russia; the General Staff ("It said"), the Sumy regional military
# administration and the Air Force ("it said") for Ukraine; "Five civilians were injured ..." and
# "One man was killed ..." have no attribution of their own (claimant_side open). The ministry's 96
# drones "intercepted and destroyed" are shot_down over nine regions (region open) with the
# breakdown 41 Kursk, 22 Bryansk, 18 Belgorod required. Belgorod: the attack by 73 shells and 58
# drones is launched, actor Ukraine (decided anew: shells fired are weapons with weapon_type open,
# as heldout22's HIMARS rockets); 36 shot down; five injured (actor open: no perpetrator in the
# sentence). Damage: houses and apartment buildings are infrastructure with action open (exact: the
# list has no qualifier); cars damaged are required with category open (decided anew: private cars
# are neither weapons nor infrastructure in the vocabulary). The bulleted breakdown by district is
# required item by item (a breakdown by place), each inheriting Gladkov's attribution and the
# Ukrainian attack (shells and drones: actor Ukraine); casualties caused by "a drone" have actor
# open. Power restored to 1,700 households: required with category, action, actor and target open
# (heldout22's households). The 4.3 billion roubles spent on rebuilding (economic, unit open).
# Kursk: two injured by "a Ukrainian drone" (actor Ukraine); "about 3,400 residents" moved to
# temporary accommodation = evacuated. Bryansk: 19 "aircraft-type UAVs" destroyed by air defences
# (shot_down); six HIMARS rockets fired (launched, weapon_type open). Ukraine: two Pantsir-S1
# destroyed near Tyotkino (air_defense, Kursk); the Sumy administration's 23 guided bombs and 112
# FPV drones used (launched, exact list), one killed and four injured (actor open); the Air Force's
# 71 drones, two Iskander-M (region None) and "Forty-eight" shot down or jammed. The headline's 96
# restates (optional). Debatable: "nine regions", "the three border regions", "11 municipal
# districts" (places), "100,000 roubles each" (compensation per family), '"more than 60 times"'
# and "94 times" (incidents), "No one was hurt" (zero). Non-claims: 10:40, "14-year-old", dates,
# "since 2022", Pantsir-S1, Iskander-M, FPV, "twice"/"once" in Kovalenko's quote, and the
# furniture (-6°C, M-2, Also read links' 12 shelters, NPP-2 and 5 things, 48,000 subscribers).
rows(d, [
    ("governors report 96 drones over border regions", "96", 96, EX, "count", W, "drone", "shot_down", R, U, R, R, A, True),  # headline
    ("destroyed 96 Ukrainian fixed-wing drones", "96", 96, EX, "count", W, "drone", "shot_down", R, U, R, R, A),
    ("including 41 over the Kursk region", "41", 41, EX, "count", W, "drone", "shot_down", R, U, R, R, Ku),
    ("22 over the Bryansk region", "22", 22, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("and 18 over the Belgorod region", "18", 18, EX, "count", W, "drone", "shot_down", R, U, R, R, Bg),
    # Belgorod
    ("firing 73 shells", "73", 73, EX, "count", W, A, "launched", U, R, R, R, Bg),
    ("launching 58 drones", "58", 58, EX, "count", W, "drone", "launched", U, R, R, R, Bg),
    ("shot down 36 of the drones", "36", 36, EX, "count", W, "drone", "shot_down", R, U, R, R, Bg),
    ("Five civilians were injured", "Five", 5, EX, "count", CAS, N, "injured", A, R, A, R, Bg),
    ("Twenty-three private houses", "Twenty-three", 23, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("three apartment buildings and 17 cars", "three", 3, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("and 17 cars were damaged", "17", 17, EX, "count", A, N, A, A, R, R, R, Bg),
    # the breakdown by district
    ("two men were injured", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Bg),
    ("six private houses and one apartment building", "six", 6, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("and one apartment building were damaged", "one", 1, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("41 shells and 19 drones", "41", 41, EX, "count", W, A, "launched", U, R, R, R, Bg),
    ("and 19 drones; one woman", "19", 19, EX, "count", W, "drone", "launched", U, R, R, R, Bg),
    ("one woman was injured", "one", 1, EX, "count", CAS, N, "injured", A, R, R, R, Bg),
    ("nine private houses, two apartment buildings", "nine", 9, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("two apartment buildings and four cars", "two", 2, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("and four cars were damaged", "four", 4, EX, "count", A, N, A, A, R, R, R, Bg),
    ("32 shells and 14 drones", "32", 32, EX, "count", W, A, "launched", U, R, R, R, Bg),
    ("and 14 drones; two people", "14", 14, EX, "count", W, "drone", "launched", U, R, R, R, Bg),
    ("two people were injured; five", "two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Bg),
    ("five private houses were damaged", "five", 5, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("damaged three private houses", "three", 3, EX, "count", INF, N, A, A, R, R, R, Bg),
    ("and 13 cars at a car park", "13", 13, EX, "count", A, N, A, A, R, R, R, Bg),
    ("restored power to 1,700 households", "1,700", 1700, EX, "count", A, N, A, A, A, R, R, Bg),
    ("spent 4.3 billion roubles", "4.3 billion", 4300000000, EX, A, ECO, N, A, A, A, R, R, Bg),
    # Kursk
    ("two people were injured when a Ukrainian drone", "two", 2, EX, "count", CAS, N, "injured", U, R, R, R, Ku),
    ("about 3,400 residents of border districts", "about 3,400", 3400, APX, "count", DIS, N, "evacuated", A, A, R, R, Ku),
    # Bryansk
    ("destroyed 19 aircraft-type UAVs", "19", 19, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("fired six HIMARS rockets", "six", 6, EX, "count", W, A, "launched", U, R, R, R, Br),
    # the Ukrainian version
    ("destroyed two Pantsir-S1", "two", 2, EX, "count", W, "air_defense", "destroyed", U, R, U, R, Ku),
    ("using 23 guided aerial bombs", "23", 23, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Sm),
    ("and 112 FPV drones", "112", 112, EX, "count", W, "drone", "launched", R, U, U, U, Sm),
    ("One man was killed and four were injured", "One", 1, EX, "count", CAS, N, "killed", A, U, A, U, Sm),
    ("killed and four were injured", "four", 4, EX, "count", CAS, N, "injured", A, U, A, U, Sm),
    ("launched 71 drones", "71", 71, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("two Iskander-M ballistic missiles at Ukraine", "two", 2, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("Forty-eight of the drones", "Forty-eight", 48, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
])
any_(d, [
    ("over nine regions overnight", "nine"),
    ("the three border regions", "three"),
    ("attacked 11 municipal districts", "11"),
    ("100,000 roubles each", "100,000"),
    ('"more than 60 times"', "more than 60"),
    ("shelled border communities 94 times", "94"),
    ("No one was hurt", "No one"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "f23")
