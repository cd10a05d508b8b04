"""Builds gold.jsonl for heldout66 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout66.make_gold

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
the whole range, with value and qualifier `*`; losses reported as "lost" have action `*`; drones
destroyed in flight are shot_down; pledges, promises, plans and planned spending are optional;
an earlier state ("compared with 41 in the whole of 2027") is optional. Bodies that are not
sides (NATO, the EU, NGOs, think tanks, volunteer monitors, companies, and states outside the
vocabulary of sides such as Belarus, Norway, Moldova, Romania or the UAE) have claimant_side
`*`, and a sum or estimate they give keeps the actor and target of what it counts; an outlet's
or author's own voice has claimant_side `*`. Damaged buildings and facilities are
infrastructure with action and actor `*` (damaged and destroyed alike). Deliveries to a side are
weapons with action `*` and the supplier as actor (`*` when the supplier is not a side), target,
country and region `*`. Money in another currency than the dollar has unit `*`; money received,
paid or disbursed is required; damage assessed in money is economic, required, actor and target
`*`. Counts of places, incidents, cases and claims, group sizes, shares and rates, distances,
sizes and areas, prices and payments, workforces and other population stocks, recipients of aid
or care, vehicle and wagon counts, and vague quantities are debatable (`any_`); a table whose
cells restate no sentence is debatable cell by cell. Regional governors and prosecutors speak
for their side; a city or regional administration and its heads speak for Ukraine. The check's
vocabulary of regions is closed, so a region outside it (Krasnodar, Khmelnytskyi) is `*`, and so
is the region of a figure that spans several regions or is not placed; a nationwide figure has
region None. Dates, times, durations ("for almost nine hours", "at least a month", "3 hours and
59 minutes", prison terms), ages ("Vedeneyev, 27", "a 76-year-old man"), ordinals ("the fourth
Russian serviceman", "the 72nd exchange", "for the fourteenth time", "41st", "8th floor", "the
third victim"), numbers inside names (Su-30, Mi-8, S-300, 2S3, Iskander-M, Shahed, Geran-2,
Kalibr, FP-1, F-16, AI-95, Project 22160, Ferosplavna-1, "3rd Assault Brigade", "291st
Artillery Brigade", "35th Marine Brigade", "Captain 3rd Rank", "Article 438", "Group of Seven",
"reactor unit 6", "Update 412", "Episode 112", "routes 7 and 9") and page furniture are not
labelled; "one of them" is a pronoun.

Decided anew for this set:
- Calibres and voltage classes ("152mm shells", "750 kilovolt (kV) power line", "two 330 kV
  lines") are sizes inside names, not labelled; the count in front of them is labelled as usual.
- Court (s01): a captured soldier testifying in a Ukrainian court is a private voice
  (claimant_side `*`), while what he counts keeps actor Russia. Artillery rounds and shells
  fired are weapons, weapon_type artillery, action launched; the guns of a battery, rounds kept
  in reserve and shell fragments recovered are stocks and items (debatable). Compensation a court
  orders the defendant to pay is a payment (debatable); witnesses and verdicts are counts of
  people and cases (debatable); a witness's own count of bodies she saw is debatable; court
  sessions are not labelled. Buildings "hit" named before the total of buildings damaged are a
  part without a subset cue (debatable). People evacuated after a strike are displacement,
  actor `*`.
- Nuclear-safety agency (s02): the IAEA and its team speak for no side (claimant_side `*`).
  Drones "hitting or falling within the site perimeter" are weapons (drone) with action, actor
  and target `*` when the agency attributes them to no one; a drone that "hit a transformer" is
  a different fate on part of those launched (required, action `*`). Officials appointed by
  Russia in occupied Ukraine (the plant's Russian-appointed management) speak for Russia; the
  target of Ukrainian drones on the occupied plant and Enerhodar is `*`. Power lines
  disconnected or destroyed are infrastructure (action and actor `*`), required; the lines,
  reactors, diesel generators and staff a plant has, the cooling pond's level and employees
  detained or missing are stocks, sizes and cases (debatable). State companies (Energoatom,
  Ukrenergo) are companies (`*`). A combined total of "drones and missiles" has weapon_type
  `*`. The value of equipment delivered by the agency is money disbursed (required, unit `*`);
  the number of deliveries is a count of incidents (debatable).
- Navy interview (s03): the spokesman speaks for Ukraine; a TV host who reports a side's
  figure ("British Defence Intelligence put it at", "the Russian Defence Ministry ... said")
  gives that side as claimant. Missiles launched from the sea and ships at sea or abroad have
  country and region `*`; Crimea (Sevastopol) has country `*`, region Crimea. Carriers kept on
  duty are ships deployed (actor Russia, target `*`), required with their breakdown by place;
  the ships and submarine named as the platforms of one salvo and a carriers' "total salvo" are
  debatable. Ships "hit" have action `*`. Sea drones and uncrewed boats have weapon_type `*`
  (drone or ship); patrol boats delivered are ships (deliveries), and a breakdown of a delivery
  by supplier is required (a different actor on part). A speaker's incredulous echo of the
  other side's figure ("Seventeen!", "Six hundred!") is debatable. Cargo shipped through the
  corridor is economic (unit `*`, required); vessel counts and civilian ships hit (neither a
  weapon nor a facility) are debatable; crew members killed by Russian strikes are casualties
  with actor Russia and target `*` (foreign crews).
- Business daily (s04): the share of refining capacity knocked out by strikes is an economic
  effect (unit percent, required), unlike shares that describe a stock or a price; volumes lost
  ("about 42,000 tonnes a day", "fell by 121 thousand tonnes") and repair costs are economic,
  unit `*`, action, actor and target `*`, required; capacities of plants, fuel stocks, exchange
  prices and price rises, a price cap and a sales limit per car are debatable. Refinery units
  put out of action are infrastructure (target Russia). An analyst's estimate that depends on a
  condition ("if the outages last until April") is optional, like a plan.
- Prisoner exchange (s05): people freed in an exchange are personnel with action, actor and
  target `*`, country and region `*` (where the exchange happened is not stated; the Russian
  servicemen are "in Belarus"); the breakdown by service after "Among them" is optional, its
  civilians item debatable. Bodies repatriated are casualties with action and actor `*`, target
  the side whose dead they are; prisoners who died in captivity are casualties with action and
  actor `*`. A mediator state's cumulative count (the UAE) is personnel, claimant_side `*`. The
  other side's restatement of the same exchange ("In return, 157 prisoners") is optional; the
  missing, those confirmed still in captivity, names on exchange lists, appeals, hotline calls
  and a per-person state payment are debatable. The page's key paragraph and the hotline appeal
  are repeated at the end (one claim each).
- Live blog (s06): entries are read at their own time; the latest toll is required, a lower
  toll in an older entry that a later entry supersedes ("six injured" at 03:50, "11" at 08:55)
  is an earlier state (optional); a figure retracted in a correction ("three people had been
  killed") is debatable, and the correction's restatement of the right figure is optional. The
  pinned "key points" box is a fact box (optional). Households without power are people
  affected (debatable). Drones counted "over the city" by monitoring channels and drones
  approaching a city have action `*`; drones entering a third state's airspace (Romania) have
  actor Russia, action `*`, claimant_side, country and region `*`; fighters a third state
  scrambled are debatable. Facilities a side claims to have destroyed are infrastructure
  (action and actor `*`).
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
    PER,
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

Dp, Zp, Od, Cr = "Dnipropetrovsk", "Zaporizhzhia", "Odesa", "Crimea"
Vg, Sm, Sr = "Volgograd", "Samara", "Saratov"

# fmt: off
# ---------------------------------------------------------------- s01 Nikopol court, Russian gunner
d = "s01_nikopol_court_gunner_trial.txt"
# A Ukrainian legal news site (Courtroom Ukraine) on a Dnipro court's life sentence for a captured
# Russian artillery sergeant who shelled Nikopol (Dnipropetrovsk region) on 14 August 2026. The
# prosecutors, the court, the General Staff and the regional military administration speak for
# Ukraine; Russia's Defence Ministry for Russia; the UN mission for the United Nations; the
# defendant, the witness, the rights group Pravo Svidka and the outlet's voice are `*`. Country
# Ukraine, region Dnipropetrovsk. Required: eight killed and 23 injured (actor `*`: "The attack"),
# "at least 46" rounds fired (artillery, launched, actor Russia), 64 buildings damaged, the "31. 8
# million hryvnias" of damage (stray space kept), the defendant's "no more than 30" shells (claimant
# `*`), the ministry's "up to 40" servicemen "eliminated" (killed, actor Russia, target Ukraine),
# the administration's 142 killed and "more than 640" injured (actor Russia), 340 evacuated (actor
# `*`), the UN's 2,118 killed and 10,460 injured (actor `*`). Optional: the headline's eight, the
# subhead's "no more than 30", "two children" (subset), "Nine of the injured" (subset). Debatable:
# "two of them in intensive care", the battery's "four" guns, "about 10 kilometres", "three
# apartment blocks", "Nineteen witnesses", "seven bodies", "About a hundred" and "a hundred" rounds
# left, "210,000 roubles a month", "12 million hryvnias" compensation, "18 shells" recovered, "about
# 105,000" and "fewer than 60,000" residents, "more than 3,900" attacks, "two of the hearings", the
# 211 and 37 verdicts, "'more than 600' suspects". Non-claims: "12 January 2028", "17:20", "18:05",
# "27", "291st", "14 August 2026" (twice), "3rd Assault Brigade", "March 2027", "fourth", "the first
# to be tried", "the first one", "Article 438", "one of four", "2S3", "07:12", "07:49", "152mm",
# "9-year-old", "14-year-old", "eleven sessions", "58", 2024, "35th Marine Brigade", "S-300",
# "summer of 2022", 2022 (thrice), 2027, "August 2026", "February 2022", and the furniture ("👁 6
# 214", "💬 38", "3 soldiers", "8 Jan", "5 questions", "11 years", "14,800 readers", "312", "97",
# "1.1K", "2019–2028", "R40-01873", "18+").
rows(d, [
    ("attack that killed eight", "eight", 8, EX, "count", CAS, N, "killed", A, U, A, U, Dp, True),  # headline
    ('He admitted firing "no more than 30" shells', "no more than 30", 30, LE, "count", W, "artillery", "launched", R, U, A, U, Dp, True),  # subhead
    ("The attack killed eight civilians", "eight", 8, EX, "count", CAS, N, "killed", A, U, U, U, Dp),
    ("among them two children", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Dp, True),  # subset
    ("and injured 23, prosecutors", "23", 23, EX, "count", CAS, N, "injured", A, U, U, U, Dp),
    ("fired at least 46 rounds", "at least 46", 46, GE, "count", W, "artillery", "launched", R, U, U, U, Dp),
    ("damaged 64 residential buildings", "64", 64, EX, "count", INF, N, A, A, U, U, U, Dp),
    ("damage at 31. 8 million hryvnias", "31. 8 million", 31800000, EX, A, ECO, N, A, A, A, U, U, Dp),
    ("Nine of the injured are still being treated", "Nine", 9, EX, "count", CAS, N, "injured", A, U, U, U, Dp, True),  # subset
    ('own crew fired "no more than 30" shells', "no more than 30", 30, LE, "count", W, "artillery", "launched", R, U, A, U, Dp),
    ('"eliminated up to 40 Ukrainian servicemen"', "up to 40", 40, LE, "count", CAS, N, "killed", R, U, R, U, Dp),
    ("have killed 142 people in Nikopol district", "142", 142, EX, "count", CAS, N, "killed", R, U, U, U, Dp),
    ("and injured more than 640 since 2022", "more than 640", 640, GE, "count", CAS, N, "injured", R, U, U, U, Dp),
    ("340 residents of the riverside quarters were evacuated", "340", 340, EX, "count", DIS, N, "evacuated", A, A, A, U, Dp),
    ("verified 2,118 civilians killed", "2,118", 2118, EX, "count", CAS, N, "killed", A, U, UN, U, Dp),
    ("and 10,460 injured in Dnipropetrovsk region", "10,460", 10460, EX, "count", CAS, N, "injured", A, U, UN, U, Dp),
])
any_(d, [
    ("two of them in intensive care", "two"),
    ("one of four 2S3 Akatsiya", "four"),
    ("about 10 kilometres away", "about 10"),
    ("and three apartment blocks", "three"),
    ("Nineteen witnesses testified", "Nineteen"),
    ("I counted seven bodies", "seven"),
    ('answered: "About a hundred.', "About a hundred"),
    ("We always kept a hundred in reserve", "a hundred"),
    ("for 210,000 roubles a month", "210,000"),
    ("a total of 12 million hryvnias", "12 million"),
    ("fragments of 18 shells", "18"),
    ("had about 105,000 residents", "about 105,000"),
    ("has fewer than 60,000 today", "fewer than 60,000"),
    ("more than 3,900 attacks", "more than 3,900"),
    ("attended two of the hearings", "two"),
    ("handed down 211 war-crimes verdicts", "211"),
    ("and 37 in the presence of the accused", "37"),
    ("named 'more than 600' suspects", "more than 600"),
])

# ---------------------------------------------------------------- s02 IAEA update on the ZNPP
d = "s02_zaporizhzhia_npp_safety_update.txt"
# The IAEA's press release (Update 412) on the Zaporizhzhia NPP (occupied Enerhodar, Zaporizhzhia
# region) with notes on other Ukrainian plants. The IAEA, its team and the Director General have
# claimant_side `*`; the plant's Russian-appointed management speaks for Russia; Ukraine's Defence
# Intelligence and Air Force for Ukraine; Energoatom and Ukrenergo (state companies) are `*`.
# Country Ukraine. Required: "Three drones" and 19 drones on the site (action, actor, target `*`),
# the management's 14 drones launched (actor Ukraine, target `*`), "eleven of them" shot down (actor
# Russia) and "one" that hit a transformer (action `*`), one employee killed and four injured on a
# bus (actor `*`: "a drone"), nine of ten power lines lost (infrastructure), two 330 kV lines
# damaged near Nikopol (Dnipropetrovsk region), "about 500" troops and "more than 40" units of
# equipment (deployed, actor Russia; equipment weapon_type `*`), "more than 400" drones and missiles
# (weapon_type `*`, nationwide: region None), two Khmelnytskyy lines disconnected (region `*`),
# equipment worth "more than €17. 5 million" (stray space kept; nationwide). Optional: "41 in the
# whole of 2027" (earlier state), the Director General's "Three drones in a week" (restatement).
# Debatable: "six reactors", "ten off-site power lines", "20 emergency diesel generators", "about
# 5,300" and "some 11,000" staff, "half that number", "14 more had left", "at least 16" detained,
# "six of them" unknown, "eleven thousand people", "the three sites", "four experts", "147
# deliveries", "23 Member States", "13.9 metres", "16.6 metres". Non-claims: "Update 412", "28
# January 2028", "1.4K", "reactor unit 6", 2027, "24 and 25 January", "27 January", "26 January",
# "750 kilovolt (kV)", "fourteenth", "almost nine hours", "330 kV", "Ferosplavna-1", "about ten
# days", 2022, "units 1, 2 and 4", "25 January", "unit 4", "28 January", "750 kV", "several hours",
# "41st", "September 2022", "June 2023", "one of them" (twice), and the furniture (Updates 411 and
# 410 with their dates, "2027 in review", "84 pages", "+43 1 2600 21273", "PO Box 100", "A-1400",
# "1998–2028").
rows(d, [
    ("Three drones struck the site", "Three", 3, EX, "count", W, "drone", A, A, A, A, U, Zp),
    ("informed of 19 drones hitting", "19", 19, EX, "count", W, "drone", A, A, A, A, U, Zp),
    ("compared with 41 in the whole of 2027", "41", 41, EX, "count", W, "drone", A, A, A, A, U, Zp, True),  # earlier state
    ('"Nuclear safety at the ZNPP remains extremely fragile. Three drones', "Three", 3, EX, "count", W, "drone", A, A, A, A, U, Zp, True),  # restatement
    ("had launched 14 drones at the plant", "14", 14, EX, "count", W, "drone", "launched", U, A, R, U, Zp),
    ("that eleven of them were shot down", "eleven", 11, EX, "count", W, "drone", "shot_down", R, U, R, U, Zp),
    ("and that one hit a transformer", "one", 1, EX, "count", W, "drone", A, U, A, R, U, Zp),
    ("killing one employee", "one", 1, EX, "count", CAS, N, "killed", A, A, R, U, Zp),
    ("and injuring four", "four", 4, EX, "count", CAS, N, "injured", A, A, R, U, Zp),
    ("nine of them have been disconnected or destroyed", "nine", 9, EX, "count", INF, N, A, A, A, A, U, Zp),
    ("damaged two 330 kV lines", "two", 2, EX, "count", INF, N, A, A, U, A, U, Dp),
    ("keeps about 500 troops", "about 500", 500, APX, "count", PER, N, "deployed", R, A, U, U, Zp),
    ('and "more than 40" units of military equipment', "more than 40", 40, GE, "count", W, A, "deployed", R, A, U, U, Zp),
    ('launched "more than 400" drones and missiles', "more than 400", 400, GE, "count", W, A, "launched", R, U, U, U, N),
    ("Two of the Khmelnytskyy plant's 750 kV lines", "Two", 2, EX, "count", INF, N, A, A, A, A, U, A),
    ("worth more than €17. 5 million", "€17. 5 million", 17500000, GE, A, ECO, N, A, A, A, A, U, N),
])
any_(d, [
    ("none of the six reactors", "six"),
    ("the plant had ten off-site power lines", "ten"),
    ("The site's 20 emergency diesel generators", "20"),
    ("has about 5,300 staff", "about 5,300"),
    ("some 11,000 before the conflict", "some 11,000"),
    ("14 more had left in January alone", "14"),
    ('"at least 16" of its employees', "at least 16"),
    ("whereabouts of six of them", "six"),
    ("designed for eleven thousand people", "eleven thousand"),
    ("run by half that number", "half"),
    ("reported that the three sites had reduced output", "three"),
    ("four experts took part", "four"),
    ("organised 147 deliveries", "147"),
    ("financed by 23 Member States", "23"),
    ("stood at 13.9 metres", "13.9"),
    ("16.6 metres before the destruction", "16.6"),
])

# ---------------------------------------------------------------- s03 Navy spokesman on TV
d = "s03_navy_spokesman_black_sea_interview.txt"
# A Ukrainian TV channel's transcript (Prychal TV, "Evening at Sea") of an interview with the
# Navy's spokesman, Captain 3rd Rank Oleh Marchuk, on the Black Sea. Marchuk speaks for Ukraine;
# the host's reports of British Defence Intelligence and of Russia's Defence Ministry give the
# United Kingdom and Russia; the Russian fleet commander speaks for Russia. Launches from the sea,
# ships at sea, in the Mediterranean and deliveries have country and region `*`; Novorossiysk is
# Russia (Krasnodar: region `*`); the Sevastopol and Crimea events are country `*`, region Crimea.
# Required: 12 Kalibrs fired and "nine of them" shot down, four carriers on duty with the
# breakdown "Three of them" in Novorossiysk and "one" at sea, two ships in the Mediterranean,
# "Forty-one" Kalibrs this year, three vessels hit (action `*`), the British "more than 25" ships
# lost (action and actor `*`), the 14 boats delivered (actor `*`), the British eight (actor United
# Kingdom) and Norway's six (actor `*`), the ministry's 17 and the commander's "over 600" uncrewed
# boats destroyed (weapon_type `*`), two Mi-8 helicopters and one Su-30 shot down, "about 162
# million tonnes" of cargo (Odesa region), three crew members killed (actor Russia, target `*`).
# Optional: "last night's twelve" (restatement), "around 370" in 2027 (earlier state). Debatable:
# the salvo's "two surface ships" and "one submarine", "up to 28 missiles", "about a third",
# "several dozen", "about $240,000", "ten times", "Seventeen!", "Six hundred!", "more than 4,100
# vessels", "312 vessels", "29 civilian ships". Non-claims: "49 UAH", "Episode 112", "9 February
# 2028", "21:30", "18 min", "41K", "2.3K", "💬 214", "Captain 3rd Rank" (twice), "the first of
# January", 2027 (twice), "Project 22160", 2022, "One Sea Baby", "one Kalibr", 2023, "Mi-8",
# "Su-30", "August 2023", "Montreux Convention of 1936", 2028, and the furniture ("Ep. 111", "Five
# mines a week", "2 Feb", "Ep. 110", "300 days", "26 Jan", "Ep. 109", "19 Jan", "channel 34",
# "Comments (214)", "2012–2028", "NR No. 00712", "16+").
rows(d, [
    ("the enemy fired 12 Kalibr cruise missiles", "12", 12, EX, "count", W, "missile", "launched", R, U, U, A, A),
    ("Our air defence shot down nine of them", "nine", 9, EX, "count", W, "missile", "shot_down", U, R, U, A, A),
    ("there are four Kalibr carriers", "four", 4, EX, "count", W, "ship", "deployed", R, A, U, A, A),
    ("Three of them are in Novorossiysk", "Three", 3, EX, "count", W, "ship", "deployed", R, A, U, R, A),
    ("Novorossiysk, one is at sea", "one", 1, EX, "count", W, "ship", "deployed", R, A, U, A, A),
    ("they keep two ships", "two", 2, EX, "count", W, "ship", "deployed", R, A, U, A, A),
    ("Forty-one since the first of January", "Forty-one", 41, EX, "count", W, "missile", "launched", R, U, U, A, A),
    ("including last night's twelve", "twelve", 12, EX, "count", W, "missile", "launched", R, U, U, A, A, True),  # restatement
    ("it was around 370", "around 370", 370, APX, "count", W, "missile", "launched", R, U, U, A, A, True),  # earlier state
    ("have hit three Russian vessels near Sevastopol", "three", 3, EX, "count", W, "ship", A, U, R, U, A, Cr),
    ('"more than 25 warships and auxiliary vessels"', "more than 25", 25, GE, "count", W, "ship", A, A, R, UK, A, A),
    ("delivered 14 patrol boats", "14", 14, EX, "count", W, "ship", A, A, A, U, A, A),
    ("the British handed over eight", "eight", 8, EX, "count", W, "ship", A, UK, A, U, A, A),
    ("handed over eight, Norway six", "six", 6, EX, "count", W, "ship", A, A, A, U, A, A),
    ("had destroyed 17 uncrewed boats", "17", 17, EX, "count", W, A, "destroyed", R, U, R, A, A),
    ("have destroyed 'over 600' Ukrainian uncrewed boats", "over 600", 600, GE, "count", W, A, "destroyed", R, U, R, A, A),
    ("shot down two Mi-8 helicopters", "two", 2, EX, "count", W, "helicopter", "shot_down", U, R, U, A, Cr),
    ("and one Su-30 fighter", "one", 1, EX, "count", W, "aircraft", "shot_down", U, R, U, A, Cr),
    ("carrying about 162 million tonnes of cargo", "about 162 million", 162000000, APX, A, ECO, N, A, A, A, U, U, Od),
    ("and three crew members have died", "three", 3, EX, "count", CAS, N, "killed", R, A, U, A, A),
])
any_(d, [
    ("from two surface ships", "two"),
    ("and one submarine", "one"),
    ("a total salvo of up to 28 missiles", "up to 28"),
    ("has lost about a third of its combat ships", "about a third"),
    ('produces "several dozen" sea drones', "several dozen"),
    ("costs about $240,000", "about $240,000"),
    ("roughly ten times less", "ten"),
    ("MARCHUK: Seventeen!", "Seventeen"),
    ("since 2023.\" Six hundred!", "Six hundred"),
    ("more than 4,100 vessels have left", "more than 4,100"),
    ("In January alone, 312 vessels", "312"),
    ("has hit 29 civilian ships", "29"),
])

# ---------------------------------------------------------------- s04 Russian daily on refineries
d = "s04_russian_daily_refinery_outages.txt"
# A Russian business daily (Delovoy Kurs) on refinery outages after Ukrainian long-range drone
# strikes in February. The governors (Bocharov, Fedorishchev, Busargin), the Defence Ministry and
# the Energy Ministry speak for Russia; Ukraine's General Staff and the Unmanned Systems Forces'
# spokesman for Ukraine; the paper's estimates and tracking data, company sources, the analyst and
# the unnamed oil official are `*`. Country Russia. Required: "about 17%" of primary capacity
# knocked out (economic, region `*`), two distillation units down in Volgograd (infrastructure),
# "about 3. 5 billion roubles" of repairs (stray space kept), the governors' 23 drones destroyed
# (Volgograd), "about two dozen" (24) and eleven (Samara) and "more than 20" (Saratov) downed, two
# injured in Volgograd (actor `*`: falling debris), one killed and three injured in Saratov (actor
# `*`: "a drone"), "about 42,000 tonnes a day" lost (Samara), the ministry's 143 drones (region
# None) with 38 over Saratov and 26 over Volgograd (breakdown by place), Ukraine's "more than 250"
# drones launched (region `*`), the export fall of "121 thousand tonnes" (region `*`). Optional: the
# headline's 17%, the analyst's conditional "$420 million to $450 million" (a range: value and
# qualifier `*`). Debatable: "the three primary distillation units", "17. 4 million tonnes a year"
# (stray space), "The two plants", "14 regions", "all four refineries", the table's capacities,
# "1,600 km", "4. 1%" (stray space), "78,950 roubles a tonne", "1.9 million tonnes", "20 litres",
# "$58.90 a barrel", "$44.10", "three times". Non-claims: "22 February 2028" (twice), "No. 34
# (8112)", the ticker ("96.41", "104.87", "$71.20", "$58.90", "2,814.3", "+0.4%"), "399 roubles",
# "06:00", "7 min read", "126", "three weeks", 2025, "3 February", "at least a month", "9 and 14
# February", "9 February", "five days later", "17 February", "63-year-old", "18 February", the
# table's dates, "FP-1", "February alone", "AI-95", "31 March", "first half of February", "four to
# six weeks", "April", "Group of Seven", "one of the major oil companies", 2024, and the furniture
# ("5 questions", "8.6%", "1 March", "EL No. FS 77-81234", "18+", "2006–2028").
rows(d, [
    ("Refiners lose 17% of capacity", "17%", 17, A, "percent", ECO, N, A, A, A, A, R, A, True),  # headline
    ("knocked out about 17% of Russia's primary oil refining capacity", "about 17%", 17, APX, "percent", ECO, N, A, A, A, A, R, A),
    ("where two of the three primary distillation units", "two", 2, EX, "count", INF, N, A, A, R, A, R, Vg),
    ('cost "about 3. 5 billion roubles"', "about 3. 5 billion", 3500000000, APX, A, ECO, N, A, A, A, A, R, Vg),
    ("had destroyed 23 drones over the region", "23", 23, EX, "count", W, "drone", "shot_down", R, U, R, R, Vg),
    ("Two people were injured, he said", "Two", 2, EX, "count", CAS, N, "injured", A, R, R, R, Vg),
    ('reported "about two dozen" drones downed', "about two dozen", 24, APX, "count", W, "drone", "shot_down", R, U, R, R, Sm),
    ("and eleven more over Novokuibyshevsk", "eleven", 11, EX, "count", W, "drone", "shot_down", R, U, R, R, Sm),
    ("throughput by about 42,000 tonnes a day", "about 42,000", 42000, APX, A, ECO, N, A, A, A, A, R, Sm),
    ('said "more than 20" drones had been shot down', "more than 20", 20, GE, "count", W, "drone", "shot_down", R, U, R, R, Sr),
    ("One person, a 63-year-old man, was killed", "One", 1, EX, "count", CAS, N, "killed", A, R, R, R, Sr),
    ("and three were injured when a drone hit", "three", 3, EX, "count", CAS, N, "injured", A, R, R, R, Sr),
    ('"intercepted and destroyed" 143 Ukrainian', "143", 143, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("including 38 over the Saratov region", "38", 38, EX, "count", W, "drone", "shot_down", R, U, R, R, Sr),
    ("and 26 over the Volgograd region", "26", 26, EX, "count", W, "drone", "shot_down", R, U, R, R, Vg),
    ('launched "more than 250" long-range drones', "more than 250", 250, GE, "count", W, "drone", "launched", U, R, U, R, A),
    ("fell by 121 thousand tonnes", "121 thousand", 121000, EX, A, ECO, N, A, A, A, A, R, A),
    ('lose "$420 million to $450 million a month"', "$420 million to $450 million", A, A, "usd", ECO, N, A, A, A, A, R, A, True),  # conditional estimate
])
any_(d, [
    ("two of the three primary distillation units", "three"),
    ("a combined 17. 4 million tonnes a year", "17. 4 million"),
    ("The two plants can process", "two"),
    ("drones over 14 regions overnight", "14"),
    ("strikes on all four refineries", "four"),
    ("Volgograd | Lukoil | Volgograd | 15.7", "15.7"),
    ("Syzran | Rosneft | Samara | 8.9", "8.9"),
    ("Novokuibyshevsk | Rosneft | Samara | 8.5", "8.5"),
    ("Saratov | Rosneft | Saratov | 7.0", "7.0"),
    ('fly "further than 1,600 km"', "1,600"),
    ("rose 4. 1% to a record", "4. 1%"),
    ("a record 78,950 roubles a tonne", "78,950"),
    ('"stocks of gasoline exceed 1.9 million tonnes"', "1.9 million"),
    ("limiting sales to 20 litres per car", "20"),
    ("traded at $58.90 a barrel", "$58.90"),
    ("price cap of $44.10", "$44.10"),
    ("fixed the same unit three times", "three"),
])

# ---------------------------------------------------------------- s05 prisoner exchange
d = "s05_coordination_hq_prisoner_exchange.txt"
# The website of Ukraine's Coordination Headquarters for the Treatment of Prisoners of War on the
# 72nd exchange, with the bodies repatriated. The headquarters and its secretariat head (Yarovyi)
# speak for Ukraine; Russia's Defence Ministry for Russia; the UAE's foreign ministry, the families'
# association Nezlamni Ridni and Russia's human rights commissioner's "about 800" (debatable anyway)
# are as marked. Country and region `*`. The first body paragraph and the hotline appeal are
# repeated at the end (one claim each). Required: 157 returned (personnel, action, actor and target
# `*`), the bodies of 1,000 (target Ukraine) and 38 (target Russia), the cumulative 6,214 freed and
# "more than 17,000" bodies, the UAE's 5,274 (claimant_side `*`), Russia's 157 servicemen returned,
# the association's "at least 230" who died in captivity (action and actor `*`, target Ukraine).
# Optional: the headline's 157, the breakdown after "Among them" (118, 21, 9, 5), "Today we brought
# home 157" and the ministry's "In return, 157" (restatements). Debatable: "4 civilians",
# "Thirty-nine of them", "'more than 400' people", "Two of them" sentenced, "more than 68,000"
# missing, "at least 9,400" in captivity, "more than 121 thousand calls", "about 1,300" appeals,
# "100,000 hryvnias" each, "about 800 Russian servicemen". Non-claims: "0 800 300 529" (four times),
# "24/7", "72nd" (three times), "5 March 2028", "14:10", "👁 48 906", "20" and "59" (ages), 2022
# (twice), "February 2022", "nineteenth", "within weeks", "loved one", "one-off", and the furniture
# ("4 min 12 s", "03.03.2028", "212 families", "28.02.2028", "757 bodies", "21.02.2028",
# "2022–2028").
rows(d, [
    ("157 defenders are home", "157", 157, EX, "count", PER, N, A, A, A, U, A, A, True),  # headline
    ("Today 157 Ukrainians returned home", "157", 157, EX, "count", PER, N, A, A, A, U, A, A),
    ("Among them are 118 servicemen", "118", 118, EX, "count", PER, N, A, A, A, U, A, A, True),  # subset
    ("21 of the National Guard", "21", 21, EX, "count", PER, N, A, A, A, U, A, A, True),  # subset
    ("9 border guards", "9", 9, EX, "count", PER, N, A, A, A, U, A, A, True),  # subset
    ("5 members of the State Special Transport Service", "5", 5, EX, "count", PER, N, A, A, A, U, A, A, True),  # subset
    ("the bodies of 1,000 fallen defenders", "1,000", 1000, EX, "count", CAS, N, A, A, U, U, A, A),
    ("Russia received the bodies of 38", "38", 38, EX, "count", CAS, N, A, A, R, U, A, A),
    ("In total, 6,214 Ukrainians", "6,214", 6214, EX, "count", PER, N, A, A, A, U, A, A),
    ("bodies of more than 17,000 fallen", "more than 17,000", 17000, GE, "count", CAS, N, A, A, U, U, A, A),
    ("Today we brought home 157", "157", 157, EX, "count", PER, N, A, A, A, U, A, A, True),  # restatement
    ("had reached 5,274", "5,274", 5274, EX, "count", PER, N, A, A, A, A, A, A),
    ("157 Russian servicemen were returned", "157", 157, EX, "count", PER, N, A, A, A, R, A, A),
    ('"In return, 157 prisoners of war', "157", 157, EX, "count", PER, N, A, A, A, R, A, A, True),  # restatement
    ("at least 230 Ukrainian prisoners of war have died", "at least 230", 230, GE, "count", CAS, N, A, A, U, A, A, A),
])
any_(d, [
    ("and 4 civilians", "4"),
    ("Thirty-nine of them had been held", "Thirty-nine"),
    ("lists of 'more than 400' people", "more than 400"),
    ("Two of them had been sentenced", "Two"),
    ("more than 68,000 Ukrainians", "more than 68,000"),
    ("at least 9,400 of them are in Russian captivity", "at least 9,400"),
    ("more than 121 thousand calls", "more than 121 thousand"),
    ('sent "about 1,300" appeals', "about 1,300"),
    ("payment of 100,000 hryvnias", "100,000"),
    ('"about 800 Russian servicemen"', "about 800"),
])

# ---------------------------------------------------------------- s06 Odesa live blog
d = "s06_odesa_live_blog_night_attack.txt"
# An Odesa news site's live blog (Odesa Pulse) of the night attack of 18 March, newest entry
# first, with a correction. The regional administration (Koval), the city military administration
# (Hrebeniuk), the State Emergency Service and the Air Force speak for Ukraine; Russia's Defence
# Ministry for Russia; Moldova's and Romania's ministries, the monitoring channels and the outlet
# are `*`. Country Ukraine, region Odesa, except the Air Force's nationwide totals (region None)
# and the Romanian airspace (country and region `*`). The "Where is the nearest shelter?" box is
# repeated (furniture). Required: 11 injured (08:55, the latest toll; actor `*`), the Air Force's
# 126 drones and 4 missiles launched, 104 drones and 2 missiles shot down, 22 drones that hit
# (action `*`), 38 shot down over the Odesa region (breakdown by place), 47 evacuated, Romania's
# "at least two" drones (actor Russia), the ministry's three warehouses destroyed (infrastructure),
# two killed (03:50, as corrected; actor `*`), two warehouses damaged, the monitors' "at least 15"
# drones over the city and the Air Force's "8–10" Shaheds (a range; action `*`). Optional: the
# headline's "two dead", the key points (two killed, 11 injured, 38 shot down, 47 evacuated), the
# correction's "two people were killed", "among them 9 children" (subset), "six injured" at 03:50
# (superseded: earlier state). Debatable: "Two of them" in serious condition, "6 locations", the
# retracted "three people", "about 96,000 households", "2 people down", "two F-16 fighters", "about
# 2 km", "two districts". Non-claims: "05:47" (thrice), "212K", "18 March", "09:20" (thrice), "15
# entries", "+4°C", "41.92", "45.10", the entry times, "routes 7 and 9", "7-year-old",
# "Shahed-type", "Iskander-M", "03:50" (twice), "07:40", "the third victim", "at least a day",
# "nine-storey", "8th floor", "3 hours and 59 minutes", "03:40", "F-16", "Geran-2s", "76-year-old",
# "1,140 shelters" (repeated box), and the furniture ("2027", "212 attacks, 84 dead", "3 Jan", "4
# routes", "9 terminals out of 11", "100 UAH", "1.2K", "💬 57", "2016–2028", "R40-04418").
rows(d, [
    ("on Odesa: two dead", "two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Od, True),  # headline
    ("• Two people killed and 11 injured", "Two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Od, True),  # key points
    ("• Two people killed and 11 injured", "11", 11, EX, "count", CAS, N, "injured", A, U, A, U, Od, True),  # key points
    ("• Air Force: 38 drones shot down", "38", 38, EX, "count", W, "drone", "shot_down", U, R, U, U, Od, True),  # key points
    ("port; 47 residents evacuated", "47", 47, EX, "count", DIS, N, "evacuated", A, A, A, U, Od, True),  # key points
    ("the number of injured has risen to 11", "11", 11, EX, "count", CAS, N, "injured", A, U, U, U, Od),
    ("attacked with 126 Shahed-type strike drones", "126", 126, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 4 Iskander-M ballistic missiles", "4", 4, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down or suppressed 104 drones", "104", 104, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("drones and 2 missiles", "2", 2, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("22 drones hit targets", "22", 22, EX, "count", W, "drone", A, R, U, U, U, N),
    ("Over the Odesa region, 38 drones were shot down", "38", 38, EX, "count", W, "drone", "shot_down", U, R, U, U, Od),
    ("clarified that two people were killed", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Od, True),  # correction restates
    ("47 residents were evacuated from the building", "47", 47, EX, "count", DIS, N, "evacuated", A, A, U, U, Od),
    ("among them 9 children", "9", 9, EX, "count", DIS, N, "evacuated", A, A, U, U, Od, True),  # subset
    ('after "at least two" drones', "at least two", 2, GE, "count", W, "drone", A, R, A, A, A, A),
    ("destroyed three warehouses storing uncrewed boats", "three", 3, EX, "count", INF, N, A, A, U, R, U, Od),
    ("two people were killed and six injured", "two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Od),
    ("killed and six injured in the Kyivskyi district", "six", 6, EX, "count", CAS, N, "injured", A, U, U, U, Od, True),  # superseded
    ("two warehouses and a vessel", "two", 2, EX, "count", INF, N, A, A, U, U, U, Od),
    ("report at least 15 drones over the city", "at least 15", 15, GE, "count", W, "drone", A, R, U, A, U, Od),
    ("a group of 8–10 Shaheds", "8–10", A, A, "count", W, "drone", A, R, U, U, U, Od),
])
any_(d, [
    ("Two of them are in serious condition", "Two"),
    ("hit targets in 6 locations", "6"),
    ("that three people had been killed", "three"),
    ("about 96,000 households", "about 96,000"),
    ("brought 2 people down", "2"),
    ("scrambled two F-16 fighters", "two"),
    ("about 2 km from the Ukrainian border", "about 2"),
    ("• Power cuts in two districts", "two"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s66")
