"""Builds gold.jsonl for heldout41 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout41.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout35 (and through it heldout27 and heldout33): headlines,
subheads and later restatements are optional; subsets introduced by "of whom", "among them",
"including", "of them" are optional, except a model or type within a weapon total (the seeds'
"including two Su-34"); a breakdown of a total by place is required, and so is a different action
on part of a total ("of which 21 were shot down"); in a list with a qualifier only the qualified
items keep it (the others `*`), a list with no qualifier is exact; casualty sentences that name no
perpetrator have actor `*` (but a ministry's losses "inflicted" by a named group of forces keep the
group's side, heldout35 s02); a range is one claim quoting the whole range (value and qualifier
`*`); households left without power have category and action `*`; losses reported as "lost" have
action `*`; settlements "liberated" are territory with action `*`; aircraft that "violated"
airspace have action `*`; damaged houses are infrastructure with action and actor `*`; pledges,
promises and planned spending or strength are optional; an earlier state ("up from ... in
October") is optional; a conversion in brackets is optional; money received and an appeal's
requirement are required, money in roubles or euros has unit `*`; the General Staff's cumulative
losses have action and actor `*`, target Russia, country and region `*`. Bodies that are not sides
(Finland and its Defence Forces and Border Guard, NATO and its officials, NGOs, commercial imagery
providers, independent institutes, the article's own voice) have claimant_side `*`; events on the
soil of a non-side country (Finland) have country and region `*`; DeepState speaks for Ukraine (as
in the seeds). Counts of places (settlements, villages, communities, "areas" struck, locations),
incident counts ("times", attacks, assaults, clashes, explosions, shellings, air strikes, "one
missile strike"), unit counts (brigades), group sizes (teams), rates ("110 people a day", "1,500 a
quarter"), distances ("some 60 kilometres", "200-kilometre"), prices and payments, shares ("roughly
a quarter", "roughly half"), ratios ("doubled", "threefold"), population stocks ("About 600
children still remain"), "No casualties"/"No one" and hypotheticals are debatable (`any_`). Dates,
times, durations ("three weeks", "36 hours", "18 months", "for about four minutes", "for more than
seven hours", "In the last three days"), ages ("61-year-old", "14-year-old"), ordinals ("sixth
year", "22nd sanctions package", "fourth winter"), numbers inside names (Su-34, Su-30SM, Kh-101,
KAB-250, KAB-500, Shahed-136, Geran-2, Iskander-M, Mi-8, Mi-28, F-16, "Group of Seven", 47th
Brigade, 63rd, 138th, 80th and 26th brigades), "a"/"an" before a noun ("a tank", "an F-16 fighter
jet", "a shop") and page furniture (menus, view and comment counts, weather and exchange-rate
bars, "Read also"/"Related"/"Read more" links with figures, newsletter and Telegram reader counts,
market-data tickers, hotlines, donation prices, boilerplate staff counts) are not labelled.

Decided anew for this set:
- s01: in a General Staff summary the combat engagements, assaults, air strikes and shellings per
  direction are incident counts (debatable), but the munitions used with them ("three Kh-101",
  "131 guided aerial bombs", "5,870 kamikaze drones") are required, with country Ukraine and
  region None (the whole front). The lead's daily and cumulative losses are required; the list's
  personnel line restates them (both numbers optional). Every other line of the cumulative list
  and every "(+N)" daily increment is required: the increment is quoted with its sign ("+4"),
  value 4, same fields as the cumulative line. "special equipment" has weapon_type `*`, "warships
  / boats" and "submarines" ship. Losses in one direction ("lost 287 men killed and wounded")
  have actor `*` and the direction's oblast; "131 of them killed" is a different action on part
  of the total (required).
- s02: counts of equipment seen on satellite images ("at least 310 armoured vehicles and trucks",
  "21 ... helicopters", "roughly 180 vehicles", "at least 12 Iskander-M launchers") are weapons
  with action `*` (parked, held: no action of the vocabulary), actor Russia, claimant_side `*`
  (the outlet and the imagery provider), country Russia; a mixed class ("armoured vehicles and
  trucks") and launchers have weapon_type `*`; Karelia, Murmansk and Tver are not in the region
  vocabulary (region `*`), Kamenka and Luga lie in Leningrad. Troops "stationed" and aircraft
  "moved ... to" airfields are deployed. The intelligence chief's planned strength "between
  40,000 and 45,000 ... by 2030" is a planned range (optional, value and qualifier `*`), his
  growth rate "roughly 1,500 a quarter" debatable (a rate given by a non-side).
- s03: the NGO's own figures have actor and claimant_side `*`; the district table is a breakdown
  by place (required), its TOTAL row restates the lead (optional), its village counts debatable.
  "one of our drivers was wounded" by "a Russian FPV drone" is required (actor Russia). The NGO's
  cumulative "more than 38,000" evacuated (three regions: region `*`) is required. Money: the
  €1.2 million received and the "about €450,000" still needed are required (unit `*`), what the
  money would buy ("two more armoured minibuses", "six evacuation teams") debatable.
- s04: a Russian state TV site in translation: the ministry's losses per group of forces keep
  actor Russia (the group "inflicted defeat") and the group's oblast (North: Sumy and Kharkov,
  region `*`); the ministry's week total "more than 9,400" names no group (actor `*`); the
  headline's "more than 9 thousand" is a rounded restatement (optional). "16 armoured fighting
  vehicles" after "up to 1,720 servicemen" has qualifier `*`, and so has the type within it,
  "three American-made Bradley" (required as a type within a weapon total). A commander's
  "nearly two dozen" armoured vehicles "burned" is destroyed (at_most 24, Donetsk: the
  Krasnoarmeysk direction). Air defence shoot-downs over the week have country and region `*`.
  Gerasimov's 61 settlements liberated since the start of the year: required (territory, action
  `*`). The Ukrainian rebuttal: 8,730 Russian soldiers killed and wounded (action and actor `*`,
  country and region `*`: "across the front"), DeepState's "about 47 square kilometres"
  captured (seized, region `*`: "most of it around Huliaipole"); "of the four villages" and
  "roughly threefold" debatable.
- s05: the Finance Ministry's budget figures (the broken decimal "4. 7 trillion" = 4.7e12, oil
  and gas revenues, the National Wealth Fund) speak for Russia, with country Russia and region
  `*`; the subhead's "4.7 trillion" restates (optional), the bracketed "($47 billion)" is a
  conversion (optional). Percentage changes of economic quantities ("fell 31%", "lost 9%") are
  required as the seeds' "losing 6%"; the price cap levels, the Urals price, the exchange rate,
  the key rate and "15% below" are prices or rates (debatable). Vessels added to a sanctions list
  are debatable. The KSE Institute is an independent institute (claimant_side `*`); Ukraine's
  sanctions envoy speaks for Ukraine. The tanker strike at Primorsk: the SBU's nine drones
  launched (actor Ukraine, claimant Ukraine, country Russia, Leningrad), the governor's seven
  shot down and two crew injured (actor and target `*`: the casualty sentence names no
  perpetrator and the crew has no stated side); the tanker's cargo debatable.
- s06: the Regional Military Administration's day summary: the region's totals (two killed, nine
  injured) and the bullets per community that repeat them by place (Bilopillia's two killed and
  three injured, Sumy's five injured) are all required; the casualty sentences name no
  perpetrator (actor `*`); "a dozen private houses" damaged is infrastructure (12); "About 4.8
  thousand households" without electricity follows the households convention (4,800). The Air
  Force's "17 of the 23" gives two claims: 17 shot down (required) and 23 launched (required)."""

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

Kh, D, Zp, Sm, Lg = "Kharkiv", "Donetsk", "Zaporizhzhia", "Sumy", "Leningrad"

# fmt: off
# ---------------------------------------------------------------- s01 General Staff morning summary
d = "s01_general_staff_morning_losses.txt"
# A national news agency (NovaPress) republishes the General Staff's morning update: every figure
# is the General Staff's (claimant_side Ukraine), "the enemy", "the occupiers", "the Russians" are
# Russia. Lead: 1,120 lost over the day and "about 1,193,560" in total (casualties, action and
# actor `*`, target Russia, country and region `*`); the headline's 1,120 and the list's personnel
# line (about 1,193,560 and +1,120) restate them (optional). The day: "three Kh-101 cruise
# missiles" in one missile strike, "131 guided aerial bombs" and "5,870 kamikaze drones" used
# (launched, actor Russia, target Ukraine, country Ukraine, region None: the whole front). Pokrovsk
# direction (Donetsk): 287 killed and wounded (action and actor `*`), "131 of them killed"
# (required: a different action on part of the total). The cumulative list from 24.02.22: 13 lines
# and four "(+N)" increments required (action and actor `*`, target Russia, country and region
# `*`). Debatable: the engagements (163 twice), "one missile strike", 79 air strikes, 4,215
# shellings and "142 of them" from MLRS, "14 areas", "one command post", and the per-direction
# attack counts (four, One, nine, 17, 23, 46, 39, seven, 21, three, two). Non-claims: 10.03.2027,
# 08:14, Kh-101, Su-34, 63rd, 47th, 24.02.22, 10.03.27, "an air defence system", and the furniture
# (👁 24 118, 💬 12, the Read also links' 4.5 million drones, 40 glide bombs, F-16 and 12 jets,
# Facebook 312, Telegram 88, 190,000 readers, 2010-2027).
rows(d, [
    ("enemy loses another 1,120 troops", "1,120", 1120, EX, "count", CAS, N, A, A, R, U, A, A, True),  # headline
    ("lost another 1,120 soldiers killed and wounded", "1,120", 1120, EX, "count", CAS, N, A, A, R, U, A, A),
    ("to about 1,193,560, the General Staff", "about 1,193,560", 1193560, APX, "count", CAS, N, A, A, R, U, A, A),
    ("using three Kh-101 cruise missiles", "three", 3, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("dropping 131 guided aerial bombs", "131", 131, EX, "count", W, "guided_bomb", "launched", R, U, U, U, N),
    ("the Russians used 5,870 kamikaze drones", "5,870", 5870, EX, "count", W, "drone", "launched", R, U, U, U, N),
    # Pokrovsk direction
    ("lost 287 men killed and wounded in this direction", "287", 287, EX, "count", CAS, N, A, A, R, U, U, D),
    ("131 of them killed", "131", 131, EX, "count", CAS, N, "killed", A, R, U, U, D),
    # cumulative list
    ("about 1,193,560 (+1,120) persons", "about 1,193,560", 1193560, APX, "count", CAS, N, A, A, R, U, A, A, True),  # restates
    ("1,193,560 (+1,120) persons", "+1,120", 1120, EX, "count", CAS, N, A, A, R, U, A, A, True),  # restates
    ("tanks — 11,482 (+4)", "11,482", 11482, EX, "count", W, "tank", A, A, R, U, A, A),
    ("11,482 (+4)", "+4", 4, EX, "count", W, "tank", A, A, R, U, A, A),
    ("armoured combat vehicles — 23,915", "23,915", 23915, EX, "count", W, "armored_vehicle", A, A, R, U, A, A),
    ("artillery systems — 35,204 (+41)", "35,204", 35204, EX, "count", W, "artillery", A, A, R, U, A, A),
    ("35,204 (+41)", "+41", 41, EX, "count", W, "artillery", A, A, R, U, A, A),
    ("MLRS — 1,561", "1,561", 1561, EX, "count", W, "mlrs", A, A, R, U, A, A),
    ("air defence systems — 1,247", "1,247", 1247, EX, "count", W, "air_defense", A, A, R, U, A, A),
    ("aircraft — 434", "434", 434, EX, "count", W, "aircraft", A, A, R, U, A, A),
    ("helicopters — 350", "350", 350, EX, "count", W, "helicopter", A, A, R, U, A, A),
    ("operational-tactical UAVs — 98,730 (+512)", "98,730", 98730, EX, "count", W, "drone", A, A, R, U, A, A),
    ("98,730 (+512)", "+512", 512, EX, "count", W, "drone", A, A, R, U, A, A),
    ("cruise missiles — 4,102", "4,102", 4102, EX, "count", W, "missile", A, A, R, U, A, A),
    ("warships / boats — 29", "29", 29, EX, "count", W, "ship", A, A, R, U, A, A),
    ("submarines — 1", "1", 1, EX, "count", W, "ship", A, A, R, U, A, A),
    ("vehicles and fuel tanks — 67,448 (+88)", "67,448", 67448, EX, "count", W, "vehicle", A, A, R, U, A, A),
    ("67,448 (+88)", "+88", 88, EX, "count", W, "vehicle", A, A, R, U, A, A),
    ("special equipment — 4,133", "4,133", 4133, EX, "count", W, A, A, A, R, U, A, A),
])
any_(d, [
    ("163 combat clashes over past day", "163"),
    ("163 combat engagements took place", "163"),
    ("carried out one missile strike", "one"),
    ("as well as 79 air strikes", "79"),
    ("carried out 4,215 shellings", "4,215"),
    ("142 of them from multiple launch rocket systems", "142"),
    ("struck 14 areas where enemy personnel", "14"),
    ("and one command post", "one"),
    ("the enemy attacked four times near Vovchansk", "four"),
    ("One clash is still ongoing", "One"),
    ("repelled nine assaults", "nine"),
    ("the occupiers attacked 17 times", "17"),
    ("carried out 23 attacks near Chasiv Yar", "23"),
    ("made 46 assault and offensive attempts", "46"),
    ("Our troops stopped 39 of them", "39"),
    ("seven clashes are still ongoing", "seven"),
    ("attacked 21 times towards Huliaipole", "21"),
    ("there were three and two clashes", "three"),
    ("three and two clashes respectively", "two"),
])

# ---------------------------------------------------------------- s02 Finnish outlet, border build-up
d = "s02_finnish_border_buildup_satellite.txt"
# A Finnish regional outlet's English service (Rajaseutu) on Russian build-ups opposite Finland. The
# outlet's own voice and the imagery provider (Nordsat Imaging), the Finnish Defence Forces'
# intelligence chief Vainikka, the analyst Halonen, NATO's spokesperson and military official and
# the Finnish Border Guard are not sides (claimant_side `*`). Satellite counts: "at least 310"
# armoured vehicles and trucks at Kamenka (Leningrad; weapon_type `*`: a mixed class; action `*`),
# "about 140 in October" an earlier state (optional); 21 helicopters at Besovets (Karelia: region
# `*`), "up from eight in October" optional; "roughly 180 vehicles" at Alakurtti (Murmansk: region
# `*`); "at least 12 Iskander-M launchers" at Luga (Leningrad; weapon_type `*`). Vainikka: "about
# 19,000 troops" stationed (deployed, region `*`: Leningrad and Karelia), "fewer than 5,000" at the
# end of 2024 (earlier state, optional), "between 40,000 and 45,000 ... by 2030" (planned range,
# optional). NATO official: "up to two dozen" fighter-bombers moved to Besovets and Khotilovo
# (deployed, at_most 24, region `*`). Border Guard: two Mi-8 that violated Finnish airspace (action
# `*`, country and region `*`). Debatable: "more than doubles" and "more than doubled" (a ratio),
# "hundreds of armoured vehicles" (the subhead, vague), "some 60 kilometres", "46 new prefabricated
# barracks", "a few hundred men", "some 50 kilometres", "four more than", "roughly 1,500 a quarter",
# "about 140 kilometres", "200-kilometre". Non-claims: 11.3.2027, 12:40, 15:05, 6 March, 138th,
# 2022, 2023, Mi-28, Mi-8, 80th, 26th, Iskander-M, "a year ago", 2024, 2030, Su-34, Su-30SM, "about
# four minutes", late 2023, and the furniture (−4°C, 1 €, "the fourth winter" link, the Read more
# links' "a third", €4.2m and 78%, Comments (37), 7:00, 12,000 people, 2027).
rows(d, [
    ("at least 310 armoured vehicles and trucks parked", "at least 310", 310, GE, "count", W, A, A, R, A, A, R, Lg),
    ("compared with about 140 in October", "about 140", 140, APX, "count", W, A, A, R, A, A, R, Lg, True),  # earlier state
    ("show 21 attack and transport helicopters", "21", 21, EX, "count", W, "helicopter", A, R, A, A, R, A),
    ("up from eight in October", "eight", 8, EX, "count", W, "helicopter", A, R, A, A, R, A, True),  # earlier state
    ("now holds roughly 180 vehicles", "roughly 180", 180, APX, "count", W, "vehicle", A, R, A, A, R, A),
    ("at least 12 Iskander-M launchers", "at least 12", 12, GE, "count", W, A, A, R, A, A, R, Lg),
    ('Russia now has "about 19,000 troops" stationed', "about 19,000", 19000, APX, "count", PER, N, "deployed", R, A, A, R, A),
    ("compared with fewer than 5,000 at the end of 2024", "fewer than 5,000", 5000, LE, "count", PER, N, "deployed", R, A, A, R, A, True),  # earlier state
    ("between 40,000 and 45,000 troops", "between 40,000 and 45,000", A, A, "count", PER, N, A, R, A, A, R, A, True),  # planned
    ('moved "up to two dozen" Su-34', "up to two dozen", 24, LE, "count", W, "aircraft", "deployed", R, A, A, R, A),
    ("two Russian Mi-8 helicopters had violated", "two", 2, EX, "count", W, "helicopter", A, R, A, A, A, A),
])
any_(d, [
    ("Russia more than doubles vehicle count", "more than doubles"),
    ("Russia has more than doubled the number", "more than doubled"),
    ("show hundreds of armoured vehicles", "hundreds"),
    ("some 60 kilometres from the Finnish border", "some 60"),
    ("Analysts counted 46 new prefabricated barracks", "46"),
    ("barracks for a few hundred men", "a few hundred"),
    ("some 50 kilometres from the Salla crossing", "some 50"),
    ("four more than were visible a year ago", "four"),
    ("growing by roughly 1,500 a quarter", "roughly 1,500"),
    ("completed about 140 kilometres", "about 140"),
    ("a planned 200-kilometre barrier fence", "200"),
])

# ---------------------------------------------------------------- s03 NGO press release, evacuations
d = "s03_ngo_kharkiv_evacuations_by_district.txt"
# A Ukrainian charity's press release (Rescue Corridor Foundation) on evacuations from Kharkiv
# region villages: country Ukraine, region Kharkiv. The NGO's figures ("our teams", "the
# Foundation") have actor and claimant_side `*`; Syniehubov (the Regional Military
# Administration) speaks for Ukraine. The headline's 1,846 restates the lead (optional); the lead's
# 1,846 required, "including 312 children" a subset (optional). The district table: 942, 388, 361
# and 155 evacuated (a breakdown by place, required), the TOTAL row's 1,846 restates (optional),
# the village counts (17, 9, 11, 4, 41) debatable. The driver wounded by "a Russian FPV drone" (injured, actor Russia, target Ukraine).
# "more than 38,000" evacuated since 2022 (Kharkiv, Donetsk and Sumy: region `*`). Money: €1.2
# million received and "about €450,000" still needed (economic, unit `*`, region `*`). Debatable:
# "41 villages in four districts" (two), "up to 110 people a day", "about 25 a day", "3,000
# hryvnias", "23 more settlements", "About 600 children still remain", "the six passengers were
# unhurt", "four of our vehicles" damaged, "six evacuation teams", "two more armoured minibuses".
# Non-claims: "three weeks", 18 February, 10 March 2027, mid-February, January, KAB-250, "one bag
# each", "one-off", 3 March, February 2022, "the end of June", and the furniture (the hotline "0
# 800 33 16 40", "24/7", 2014, the boilerplate's 140 staff, +380 57 700 12 34, Facebook 47, "500
# hryvnias ... one evacuation trip").
rows(d, [
    ("1,846 people evacuated from frontline villages", "1,846", 1846, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh, True),  # headline
    ("teams evacuated 1,846 civilians", "1,846", 1846, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh),
    ("including 312 children", "312", 312, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh, True),  # subset
    ("Kupiansk | 17 | 942", "942", 942, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh),
    ("Izium | 9 | 388", "388", 388, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh),
    ("Chuhuiv | 11 | 361", "361", 361, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh),
    ("Bohodukhiv | 4 | 155", "155", 155, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh),
    ("TOTAL | 41 | 1,846", "1,846", 1846, EX, "count", DIS, N, "evacuated", A, A, A, U, Kh, True),  # restates
    ("one of our drivers was wounded", "one", 1, EX, "count", CAS, N, "injured", R, U, A, U, Kh),
    ("evacuated more than 38,000 people", "more than 38,000", 38000, GE, "count", DIS, N, "evacuated", A, A, A, U, A),
    ("an additional €1.2 million from ECHO", "€1.2 million", 1200000, EX, A, ECO, N, A, A, A, A, U, A),
    ("still needs about €450,000", "about €450,000", 450000, APX, A, ECO, N, A, A, A, A, U, A),
])
any_(d, [
    ("from 41 villages in four districts", "41"),
    ("41 villages in four districts", "four"),
    ("up to 110 people a day", "up to 110"),
    ("about 25 a day in January", "about 25"),
    ("Kupiansk | 17", "17"),
    ("Izium | 9", "9"),
    ("Chuhuiv | 11", "11"),
    ("Bohodukhiv | 4", "4"),
    ("TOTAL | 41", "41"),
    ("cash payment of 3,000 hryvnias", "3,000"),
    ("extended to 23 more settlements", "23"),
    ("About 600 children still remain", "About 600"),
    ("the six passengers were unhurt", "six"),
    ("damaged four of our vehicles", "four"),
    ("keep six evacuation teams on the road", "six"),
    ("buy two more armoured minibuses", "two"),
])

# ---------------------------------------------------------------- s04 Russian state TV, translated
d = "s04_russian_tv_liberated_settlements_weekly.txt"
# A Russian state TV channel's website (Otchizna) in machine translation, summing up the Defence
# Ministry's week: the ministry, Gerasimov and the commander "Varyag" speak for Russia; "the
# enemy", "the AFU" are Ukraine. The headline's "Four settlements" (named but never counted in the
# body) and "more than 9 thousand" (rounded restatement of 9,400) optional. The week total "more
# than 9,400" (actor `*`, region `*`). Per group (actor Russia, action `*`): North "up to 1,380"
# (Sumy and Kharkov: region `*`), West "more than 1,450" (Kupyansk: Kharkiv), South "up to 1,720"
# with "16 armoured fighting vehicles" and "three ... Bradley" (qualifier `*`; Konstantinovka:
# Donetsk), Centre "more than 3,100" (Donetsk), East "up to 1,150" (Gulyaipole: Zaporizhzhia). The
# commander's "nearly two dozen" armoured vehicles burned (destroyed, at_most 24, Donetsk). Air
# defence over the week: 37 guided bombs and 1,563 drones shot down (country and region `*`).
# Gerasimov: 61 settlements liberated since the start of 2027 (territory, action `*`, region `*`).
# Kyiv's rebuttal: Harkusha's 8,730 Russian soldiers killed and wounded (action and actor `*`,
# target Russia, claimant Ukraine, country and region `*`), DeepState's "about 47 square
# kilometres" captured (seized, region `*`). Debatable: "two mechanised brigades", "14
# counterattacks", "Two ammunition depots", "of the four villages", "roughly threefold".
# Non-claims: 13.03.2027, 19:32, "In the last three days", "an F-16 fighter jet" (no numeral),
# 2027, 20:00, and the furniture (Views 58 204, 18+, the READ ALSO links' Kurakhovo and "3 people
# injured", 2.4 million subscribers, "El No. FS77-81234").
rows(d, [
    ("Four settlements liberated in a week", "Four", 4, EX, "count", TER, N, A, R, U, R, U, A, True),  # headline
    ("the enemy lost more than 9 thousand militants", "more than 9 thousand", 9000, GE, "count", CAS, N, A, A, U, R, U, A, True),  # headline
    ("lost more than 9,400 servicemen", "more than 9,400", 9400, GE, "count", CAS, N, A, A, U, R, U, A),
    ("The enemy lost up to 1,380 servicemen", "up to 1,380", 1380, LE, "count", CAS, N, A, R, U, R, U, A),
    ("amounted to more than 1,450 servicemen", "more than 1,450", 1450, GE, "count", CAS, N, A, R, U, R, U, Kh),
    ("The enemy lost up to 1,720 servicemen", "up to 1,720", 1720, LE, "count", CAS, N, A, R, U, R, U, D),
    ("and 16 armoured fighting vehicles", "16", 16, A, "count", W, "armored_vehicle", A, R, U, R, U, D),
    ("including three American-made Bradley", "three", 3, A, "count", W, "armored_vehicle", A, R, U, R, U, D),
    ("amounted to more than 3,100 servicemen", "more than 3,100", 3100, GE, "count", CAS, N, A, R, U, R, U, D),
    ("burned nearly two dozen of their armoured vehicles", "nearly two dozen", 24, LE, "count", W, "armored_vehicle", "destroyed", R, U, R, U, D),
    ("The enemy lost up to 1,150 servicemen", "up to 1,150", 1150, LE, "count", CAS, N, A, R, U, R, U, Zp),
    ("37 guided aerial bombs", "37", 37, EX, "count", W, "guided_bomb", "shot_down", R, U, R, A, A),
    ("and 1,563 fixed-wing unmanned aerial vehicles", "1,563", 1563, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("Russian troops have liberated 61 settlements", "61", 61, EX, "count", TER, N, A, R, U, R, U, A),
    ("had themselves lost 8,730 soldiers", "8,730", 8730, EX, "count", CAS, N, A, A, R, U, A, A),
    ("had captured about 47 square kilometres", "about 47", 47, APX, "km2", TER, N, "seized", R, U, U, U, A),
])
any_(d, [
    ("formations of two mechanised brigades", "two"),
    ("repelled 14 counterattacks", "14"),
    ("Two ammunition depots were destroyed", "Two"),
    ("of the four villages only Maliivka", "four"),
    ("inflated roughly threefold", "roughly threefold"),
])

# ---------------------------------------------------------------- s05 sanctions, price cap, deficit
d = "s05_sanctions_price_cap_budget_deficit.txt"
# An international business outlet (Eastbridge Markets) on Russia's budget, the oil price cap and
# sanctions. The Finance Ministry ("the ministry said", "the ministry's data show") speaks for
# Russia; the outlet's own voice, the economist Sorokina and the KSE Institute have claimant_side
# `*`; Ukraine's sanctions envoy and the SBU speak for Ukraine; governor Drozdenko for Russia.
# Economic figures: country Russia, region `*`, actor and target `*`, roubles unit `*`. The deficit
# "4. 7 trillion" (broken decimal, required), the subhead's "4.7 trillion" (optional), "($47
# billion)" (conversion, optional); oil and gas revenues "fell 31%" to "1.42 trillion"; KSE's
# "about $18 billion" lost; the envoy's "more than $450 billion"; the rouble "lost 9%"; the
# National Wealth Fund's "2.9 trillion". Primorsk (Leningrad): the SBU's nine drones launched, the
# governor's seven shot down and two crew injured (actor and target `*`). Debatable: "roughly a
# quarter", the cap levels "$44.10", "$47.60", "15% below", "$60", the Urals "$49.80", "117
# vessels" and "674", "about 104 per dollar", "17%", "roughly half", "about 100,000 tonnes".
# Non-claims: 14 March 2027, "two months", "sixth year", 2027, "18 months", "every six months",
# "Group of Seven", "spring of 2020", 2026, 2022, "22nd", "36 hours", and the furniture (€9, "7
# min read", the MARKET DATA ticker's 16:00, $61.35, 0.4%, $48.10, 1.2%, 104.2, 1.087, the Related
# links' "5 charts" and "20-year low", 41,000 readers).
rows(d, [
    ("shortfall of 4.7 trillion roubles in just two months", "4.7 trillion", 4_700_000_000_000, EX, A, ECO, N, A, A, A, A, R, A, True),  # subhead
    ("deficit reached 4. 7 trillion roubles", "4. 7 trillion", 4_700_000_000_000, EX, A, ECO, N, A, A, A, R, R, A),
    ("($47 billion)", "$47 billion", 47_000_000_000, EX, "usd", ECO, N, A, A, A, R, R, A, True),  # conversion
    ("fell 31% year on year", "31%", 31, EX, "percent", ECO, N, A, A, A, R, R, A),
    ("to 1.42 trillion roubles in the two months", "1.42 trillion", 1_420_000_000_000, EX, A, ECO, N, A, A, A, R, R, A),
    ("cost Russia about $18 billion", "about $18 billion", 18_000_000_000, APX, "usd", ECO, N, A, A, A, A, R, A),
    ('"more than $450 billion"', "more than $450 billion", 450_000_000_000, GE, "usd", ECO, N, A, A, A, U, R, A),
    ("The rouble has lost 9% against the dollar", "9%", 9, EX, "percent", ECO, N, A, A, A, A, R, A),
    ("fell to 2.9 trillion roubles", "2.9 trillion", 2_900_000_000_000, EX, A, ECO, N, A, A, A, R, R, A),
    ("used nine long-range drones", "nine", 9, EX, "count", W, "drone", "launched", U, R, U, R, Lg),
    ("shot down seven drones over the region", "seven", 7, EX, "count", W, "drone", "shot_down", R, U, R, R, Lg),
    ("two crew members were injured", "two", 2, EX, "count", CAS, N, "injured", A, A, R, R, Lg),
])
any_(d, [
    ("roughly a quarter of federal spending", "roughly a quarter"),
    ("cap on Russian crude to $44.10 a barrel", "$44.10"),
    ("in January, from $47.60", "$47.60"),
    ("at 15% below the average market price", "15%"),
    ("kept the cap at $60", "$60"),
    ("Urals blend averaged $49.80 a barrel", "$49.80"),
    ("added 117 vessels", "117"),
    ("bringing the total to 674", "674"),
    ("traded at about 104 per dollar", "about 104"),
    ("key rate at 17%", "17%"),
    ("roughly half their level", "roughly half"),
    ("carrying about 100,000 tonnes of oil", "about 100,000"),
])

# ---------------------------------------------------------------- s06 Sumy region, a day of shelling
d = "s06_sumy_region_day_of_shelling.txt"
# A Sumy regional news site (SumyPost) republishing the Regional Military Administration's day
# summary: country Ukraine, region Sumy; the RMA and the Air Force speak for Ukraine, "the enemy"
# and "Russian troops" are Russia. The region's totals (two killed, nine injured) and the bullets
# that break them down by community (Bilopillia's two killed and three injured, Sumy's five
# injured) are required, with actor `*` (no perpetrator in the casualty sentences). Bilopillia:
# two guided bombs dropped and 4 Shahed-136 launched (actor Russia), "a dozen private houses"
# damaged (infrastructure, 12). Sumy: "About 4.8 thousand households" without electricity (4,800,
# category and action `*`). 52 evacuated over the day (actor `*`). Air Force: "17 of the 23" (17
# shot down, 23 launched). Debatable: 36 (headline and body), 103 attacks, "15 communities", 341,
# 27, 46, 19 and 58 explosions, "No one was injured", "No casualties" (twice), "More than 1,400
# people still live", "20-kilometre", "about 90 are children". Non-claims: 12 March 2027, 09:05,
# Shahed-136, "61-year-old", Geran-2, "14-year-old", KAB-500, "more than seven hours", and the
# furniture (+2°C, USD 41.92, EUR 45.37, 👁 3 871, the READ ALSO link's "3 schools", 48 thousand
# readers, Comments (14), 2008–2027).
rows(d, [
    ("two civilians were killed", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Sm),
    ("nine were injured across the region", "nine", 9, EX, "count", CAS, N, "injured", A, U, U, U, Sm),
    ("dropped two guided aerial bombs (KAB)", "two", 2, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Sm),
    ("launched 4 Shahed-136 drones", "4", 4, EX, "count", W, "drone", "launched", R, U, U, U, Sm),
    ("Two people were killed and three injured", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Sm),
    ("killed and three injured", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Sm),
    ("a dozen private houses", "a dozen", 12, EX, "count", INF, N, A, A, U, U, U, Sm),
    ("Five people were injured", "Five", 5, EX, "count", CAS, N, "injured", A, U, U, U, Sm),
    ("About 4.8 thousand households", "About 4.8 thousand", 4800, APX, "count", A, N, A, A, U, U, U, Sm),
    ("52 people were evacuated", "52", 52, EX, "count", DIS, N, "evacuated", A, A, U, U, Sm),
    ("shot down 17 of the 23 attack drones", "17", 17, EX, "count", W, "drone", "shot_down", U, R, U, U, Sm),
    ("the 23 attack drones that Russia launched", "23", 23, EX, "count", W, "drone", "launched", R, U, U, U, Sm),
])
any_(d, [
    ("shelled 36 settlements in Sumy region", "36"),
    ("carried out 103 attacks", "103"),
    ("on 36 settlements in 15 communities", "36"),
    ("in 15 communities of Sumy region", "15"),
    ("A total of 341 explosions", "341"),
    ("(27 explosions)", "27"),
    ("No one was injured in the village", "No one"),
    ("(46 explosions)", "46"),
    ("No casualties.", "No"),
    ("19 explosions from MLRS fire", "19"),
    ("No casualties were reported", "No"),
    ("58 explosions in total", "58"),
    ("More than 1,400 people still live", "More than 1,400"),
    ("the 20-kilometre zone", "20"),
    ("about 90 are children", "about 90"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s41")
