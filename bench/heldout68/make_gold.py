"""Builds gold.jsonl for heldout68 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout68.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (and through it heldout47 and the sets before it):
headlines, subheads, key-takeaway lists, summary boxes, fact boxes, sidebars that restate the
body, pull quotes and later restatements are optional; subsets introduced by "of whom",
"among them", "including", "of them" are optional, except a model or type within a weapon
total; a breakdown of a total by place is required, and so is a different action or fate on
part of a total ("of which 21 were shot down"); in a list with a qualifier only the qualified
items keep it (the others `*`), a list with no qualifier is exact; casualty sentences that name
no perpetrator have actor `*`; a range is one claim quoting the whole range; drones destroyed in
flight are shot_down; pledges, promises, plans and planned spending are optional; an earlier
state ("up from ... the week before") is optional. Bodies that are not sides (NATO, the EU,
NGOs, think tanks, milbloggers, companies, and states outside the vocabulary of sides such as
Poland, Romania, Germany, Denmark) have claimant_side `*`, and a sum or estimate they give keeps
the actor and target of what it counts; an outlet's or author's own voice has claimant_side
`*`. Damaged buildings and facilities are infrastructure with action and actor `*` (damaged and
destroyed alike). Deliveries to a side are weapons with action `*` and the supplier as actor
(`*` when the supplier is not a side), target, country and region `*`. Money in another
currency than the dollar has unit `*`; money received, paid or disbursed is required. Counts of
places, incidents, cases and claims, group sizes, shares and rates, distances, sizes and areas,
prices and payments, workforces and other population stocks, recipients of aid or care, vehicle
counts, and vague quantities ("hundreds") are debatable (`any_`). Missing people are debatable.
A side's army size is personnel with action `*`. Russian regional governors and the Defence
Ministry speak for Russia; Ukraine's Air Force, General Staff, regional and city
administrations, ministries and intelligence speak for Ukraine. States outside the vocabulary of
sides as country are `*`; the check's vocabulary of regions is closed, so a region outside it
(Volyn, Tulcea, Lublin province, Kaluga, Tatarstan) is `*`, and so is the region of a figure
that spans several regions or is not placed; a nationwide figure has region None. Dates, times,
durations ("nearly four hours", "within two years", "eight days"), ages ("a 54-year-old man",
"Mykola, 63", "was seven"), ordinals ("the 31st such incident", "the fifth one", "second
floor"), numbers inside names (Article 4, Group of Seven, F-16, F-35, Kh-101, Kh-22, Tu-22M3,
S-300, Iskander-M, Geran-2, ZU-23-2, 12.7mm, 155mm, 2S22, Kozak-7, Leopard 1A5, 3rd Assault
Brigade, 47th, 12th, 51st, 52nd, 86th, 32nd, Highway T-0504, Video 14, 501(c)(3), Q1) and page
furniture are not labelled.

Decided anew for this set:
- Third-country airspace (s01): Russian drones entering or crashing in Poland or Romania are
  weapons (drone) with action `*`, actor Russia, target, claimant_side, country and region `*`
  (the Belarus rule of heldout48 carried to NATO states); those shot down there by Polish or
  allied jets are shot_down with actor `*` (Poland and the Netherlands are not sides) and target
  Russia. Jets scrambled by Poland, Romania or allies are weapons (aircraft) with action and
  actor `*`, required; "including two Dutch F-35s" is a model within a weapon total (required).
  Airports closed are infrastructure with action, actor and target `*` (the spec's example).
  Money a third country spent on its own air defence is economic, required, unit `*`, all sides
  `*`. Grain destroyed in tonnes is economic with unit `*`. Households without power are a
  population stock (debatable); phones that got an alert are recipients (debatable).
- Fates on part of a total (s01, s03, s04): drones or missiles that "hit" or "were recorded
  hitting", and drones "locationally lost", are a different fate on part of the total: required,
  action `*`. The remainder given as "the other four", "the other two", "None of the four", is
  derivable from the figures and debatable. A mixed total "shot down or suppressed" is shot_down.
- A governor's address (s02): the governor speaks for Russia, and so does the Defence Ministry he
  cites; shells fired are weapons with weapon_type artillery, action launched; a side's armed
  volunteer or self-defence units ("4,800 volunteers in our self-defence units") are personnel
  with action `*`, actor that side (required, like an army size); people "living in temporary
  accommodation centres" are a population stock (debatable), those evacuated are displacement
  (required, actor and target `*`); compensation paid in total is required, the amount per
  person or its range is a payment (debatable); applications are cases (debatable); closed
  kindergartens are a count of places (debatable); a resident's anecdote quoted by the governor
  ("three drones circled over our street") is debatable. Ukraine's General Staff's "killed 'up
  to 40' Russian servicemen" is casualties, killed, actor Ukraine, target Russia.
- An investigation (s03): the outlet's own method counts (videos analysed, satellite images,
  witnesses interviewed, employees and rescuers among them) are not claims about the war and are
  not labelled. Deaths broken down between places at one site ("17 were inside the building and
  six in the car park") are a breakdown by place (required); "Seventeen of the dead had worked
  at the centre" is a subset (optional); "all 23 dead" later in the text restates (optional).
  Bombers that launched the missiles are weapons (aircraft) with action `*`; missiles launched
  from over Russia at a Ukrainian city have country and region `*`. Weapon specifications
  (weight, speed, warhead, range, rate of fire, rounds fired) are debatable. Injured people still
  in hospital, hospitals, people inside at the time, shops and staff are debatable. A shopping
  centre's owners are a company (claimant_side `*`). Equipment that Russia's Defence Ministry says
  it struck ("up to 40 units of Western-made equipment") is weapons with weapon_type and action
  `*`; its "up to 60 militants eliminated" is casualties, killed. The UN monitoring mission's
  regional toll is casualties with claimant_side United Nations.
- A think-tank assessment (s04): the institute's own assessments ("AMI assesses") have
  claimant_side `*`; milbloggers `*`. Territory gained or seized in square kilometres is
  territory, unit km2, action seized (also "liberated", "regained" by Ukraine, actor Ukraine);
  the depth and width of an advance are territory in km with action `*` (both required: the
  spec's "depth/breadth of an advance"); an advance in metres has unit `*`; the share of a
  country's territory occupied is territory, unit percent, action occupied, required (it is the
  quantity of the war itself, unlike a share of money); a distance that is not an advance ("800
  meters from the first high-rise buildings") is debatable; a bracketed conversion (72 square
  miles, about $62 billion) is debatable, as the spec tolerates it. Settlements seized are
  territory (count). A front-wide figure has region `*`. "Casualties" inflicted on the enemy
  (killed and wounded) are casualties with action `*`. Combat engagements and assaults a day
  are incidents and rates (debatable). Troops "concentrated" are massed. North Korean troops
  rotated through or deployed in Kursk are personnel, deployed, actor North Korea, target `*`;
  shells North Korea supplied to Russia are a delivery (weapon artillery, actor North Korea,
  target, country and region `*`). Money a side spent on defence is economic, required.
- A ministry's procurement release (s05): weapons Ukraine's Defence Ministry bought and delivered
  to its own brigades are deliveries with actor Ukraine (the ministry is the side supplying
  itself, unlike a city or a club), action, target, country and region `*`; tanks handed over
  by Germany and Denmark have actor `*`, Patriot systems the United States delivered have actor
  United States. Electronic warfare and ground robotic systems are weapons with weapon_type `*`.
  Rounds and shells are weapons with weapon_type artillery; "including 420,000 155mm shells" is
  a type within a weapon total (required). Part of a delivery sent to one brigade ("eleven of
  which went to the 47th") or financed by one partner ("eighteen of them financed by Denmark"),
  and drones "ordered by the brigades themselves" are subsets (optional). Partners' financing in
  dollars is money received (required, unit usd, actor `*`). Money spent on procurement is
  required; savings, prices, terminated contracts and classified contracts are debatable; the
  next quarter's contracts are plans (optional). A rebuttal's hypothetical ("we would need
  1,400") and a figure of speech ("destroyed our army three times over") are debatable; "almost
  twice as many" is a ratio (not labelled).
- A tabloid interview (s06): serving soldiers interviewed in their own name (not spokespeople)
  have claimant_side `*`; their crew's tally and best night are shot_down, actor Ukraine, target
  Russia. A sidebar figure that no sentence of the body states is required; one that restates
  the body is optional; the repeated pull quote restates (optional, once). A side's production
  ("turns out 'up to 2,700' Geran-2 drones every month") is weapons with action `*`, required.
  Money raised abroad for a crew is money received (required, unit `*`, actor, country and
  region `*`). A gunner's uncounted running tally ("Thirty-eight") is debatable, and so are the
  number of mobile fire groups and the crew's size ("six-man").
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
    UK,
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

Lv, Te, Od, Br, Be = "Lviv", "Ternopil", "Odesa", "Bryansk", "Belgorod"
Dn, Dk, Kh, Zp, Ku, Ky = "Dnipropetrovsk", "Donetsk", "Kharkiv", "Zaporizhzhia", "Kursk", "Kyiv"

# fmt: off
# ---------------------------------------------------------------- s01 Polish live blog, airspace
d = "s01_wschodni_puls_live_drones_poland_romania.txt"
# A Polish regional news site's English live blog (Wschodni Puls) on Russian drones entering
# Polish and Romanian airspace during a mass attack on western Ukraine. Poland's Operational
# Command, the minister, the air navigation agency, Romania's ministry and the "military
# source" have claimant_side `*` and country `*`; Ukraine's Air Force, the Lviv, Odesa and
# Ternopil administrations and Lutsk's mayor speak for Ukraine; Russia's Defence Ministry for
# Russia. The "WHAT WE KNOW SO FAR" box is repeated at the end (identical paragraph): optional
# restatements, once. Required: the 4. 5 billion zlotys spent (stray space kept); Romania's one
# drone crashed (action `*`, actor Russia) and two F-16s; Izmail's two injured (actor Russia:
# "Russian drones hit") and "about 14,000 tonnes of grain" (economic, unit `*`); the Russian
# ministry's 48 drones (region None) and "19 of them over Bryansk region" (breakdown by place);
# the Air Force's 612 drones with "about 350 of them Shahed-type" (a type within the total), 41
# missiles with 34 Kh-101 and 7 Kinzhal, 574 and 33 shot down, 38 drones and 8 missiles that hit
# (action `*`), all region None; Lviv's two killed and eleven injured (actor `*`) and 120
# evacuated; Volyn's "two dozen" drones (qualifier `*`, region `*`), four injured and 27 houses;
# Ternopil's one dead and three injured; the Operational Command's "at least seven" drones and
# three shot down (actor `*`, target Russia) and one house damaged; eight jets with two Dutch
# F-35s (action and actor `*`); two airports closed. Optional: the headline's "over 600", the
# subhead's "Two airports", the box, the minister's planned 2.1 billion, the MPs' "three of the
# seven" (restatement), the 11:20 heading's 574 and 33. Debatable: "the other four", "about
# 3,200 phones", "15 locations", "about 121 thousand households", "four places", "Eleven
# flights". Non-claims: "214 partners", "4°C", "4.27", "3.91", Article 4, "14 March 2028",
# times (07:45, 13:05, 13:00, 12:40, 12:05, 04:00, 11:40, 11:20, 10:45, 09:30, 02:10, 06:35,
# 05:12, 08:10, 02:30), "1,284 shares", "312 comments", "nearly four hours", F-16, "86th Air
# Base", "the 31st such incident", 2023, Kh-101 (name), "12-year-old", "nine-storey", Gerbera,
# F-35 (name), "32nd Tactical Air Base", Group of Seven, and the furniture ("48,000 readers", "5
# things", "one year on", "€6 billion", "9 zł", "2009–2028", "11, 20-004", "KRS 0000318842").
rows(d, [
    ("as over 600 hit western Ukraine", "over 600", 600, GE, "count", W, "drone", "launched", R, U, A, U, A, True),  # headline
    ("Two airports closed, jets scrambled", "Two", 2, EX, "count", INF, N, A, A, A, A, A, A, True),  # subhead
    ("says at least seven objects entered Polish airspace overnight", "at least seven", 7, GE, "count", W, "drone", A, R, A, A, A, A, True),  # box
    ("overnight and three were shot down", "three", 3, EX, "count", W, "drone", "shot_down", A, R, A, A, A, True),  # box
    ("says Russia launched 612 drones", "612", 612, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # box
    ("612 drones and 41 missiles, most of them", "41", 41, EX, "count", W, "missile", "launched", R, U, U, U, N, True),  # box
    ("says one drone crashed in Tulcea county", "one", 1, EX, "count", W, "drone", A, R, A, A, A, A, True),  # box
    ("already spent 4. 5 billion zlotys", "4. 5 billion", 4500000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("a further 2.1 billion next year", "2.1 billion", 2100000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # planned
    ("why only three of the seven objects", "three", 3, EX, "count", W, "drone", "shot_down", A, R, A, A, A, True),  # restates
    ("of the seven objects had been brought down", "seven", 7, EX, "count", W, "drone", A, R, A, A, A, A, True),  # restates
    ("said one drone crashed on an uninhabited island", "one", 1, EX, "count", W, "drone", A, R, A, A, A, A),
    ("after two F-16 fighters took off", "two", 2, EX, "count", W, "aircraft", A, A, A, A, A, A),
    ("injuring two truck drivers", "two", 2, EX, "count", CAS, N, "injured", R, U, U, U, Od),
    ("about 14,000 tonnes of grain", "about 14,000", 14000, APX, A, ECO, N, A, A, A, U, U, Od),
    ("destroyed 48 Ukrainian drones overnight", "48", 48, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("19 of them over Bryansk region", "19", 19, EX, "count", W, "drone", "shot_down", R, U, R, R, Br),
    ("Air Force: 574 drones and 33 missiles downed", "574", 574, EX, "count", W, "drone", "shot_down", U, R, U, U, N, True),  # entry heading
    ("574 drones and 33 missiles downed", "33", 33, EX, "count", W, "missile", "shot_down", U, R, U, U, N, True),  # entry heading
    ("Overnight Russia attacked with 612 drones", "612", 612, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("about 350 of them Shahed-type attack drones", "about 350", 350, APX, "count", W, "drone", "launched", R, U, U, U, N),
    ("and 41 missiles: 34 Kh-101", "41", 41, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("34 Kh-101 cruise missiles", "34", 34, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("and 7 Kinzhal aeroballistic missiles", "7", 7, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down or suppressed 574 drones", "574", 574, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and 33 missiles. Hits", "33", 33, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("Hits by 38 drones and 8 missiles", "38", 38, EX, "count", W, "drone", A, R, U, U, U, N),
    ("and 8 missiles were recorded", "8", 8, EX, "count", W, "missile", A, R, U, U, U, N),
    ("Two people were killed and eleven injured", "Two", 2, EX, "count", CAS, N, "killed", A, U, U, U, Lv),
    ("killed and eleven injured in Lviv region", "eleven", 11, EX, "count", CAS, N, "injured", A, U, U, U, Lv),
    ("120 residents of a damaged nine-storey block were evacuated", "120", 120, EX, "count", DIS, N, "evacuated", A, A, U, U, Lv),
    ("where Russia used two dozen Shahed-type drones", "two dozen", 24, A, "count", W, "drone", "launched", R, U, U, U, A),
    ("four people were injured and 27 houses", "four", 4, EX, "count", CAS, N, "injured", A, U, U, U, A),
    ("and 27 houses damaged", "27", 27, EX, "count", INF, N, A, A, U, U, U, A),
    ("reported one dead and three injured", "one", 1, EX, "count", CAS, N, "killed", A, U, U, U, Te),
    ("one dead and three injured", "three", 3, EX, "count", CAS, N, "injured", A, U, U, U, Te),
    ('said at least seven objects, "in all likelihood', "at least seven", 7, GE, "count", W, "drone", A, R, A, A, A, A),
    ("Three were shot down by Polish F-16s", "Three", 3, EX, "count", W, "drone", "shot_down", A, R, A, A, A),
    ("the roof of one house was damaged", "one", 1, EX, "count", INF, N, A, A, A, A, A, A),
    ("eight jets were in the air", "eight", 8, EX, "count", W, "aircraft", A, A, A, A, A, A),
    ("including two Dutch F-35s", "two", 2, EX, "count", W, "aircraft", A, A, A, A, A, A),
    ("Two airports — Rzeszów-Jasionka and Lublin — suspended", "Two", 2, EX, "count", INF, N, A, A, A, A, A, A),
])
any_(d, [
    ("at risk from the other four", "four"),
    ("about 3,200 phones", "about 3,200"),
    ("recorded at 15 locations", "15"),
    ("about 121 thousand households", "about 121 thousand"),
    ("found in four places in Lublin province", "four"),
    ("Eleven flights were diverted", "Eleven"),
])

# ---------------------------------------------------------------- s02 Belgorod governor's address
d = "s02_belgorod_governor_video_address.txt"
# A Russian regional news site (Oskolsky Kurier) publishing the translated transcript of the
# Belgorod governor's (Andrei Zubarev) evening video address, with an editor's note. The governor
# ("our region", "us") and the Defence Ministry he cites speak for Russia; Ukraine's General Staff
# for Ukraine. Country Russia, region Belgorod. Required: 214 shells fired (artillery, launched,
# actor Ukraine), 96 drones, 63 shot down (a different action on part), the ministry's 31 drones
# destroyed, two civilians killed and seven injured (actor `*`), 43 houses and 12 apartment
# buildings damaged, 1,340 evacuated, 4,800 self-defence volunteers (personnel, action `*`), 218
# million roubles paid; the General Staff's two S-300 launchers destroyed and "up to 40"
# servicemen killed; the ministry's "more than 2,900" drones shot down since January. Optional:
# "Four of them" taken to hospital and "412 children" (subsets), the federal 1.5 billion roubles
# allocated (planned spending). Debatable: "27 settlements", "eleven rocket impacts", "19 cars",
# "about 11 thousand people" and "38" centres, the resident's "three drones", "two more mobile
# fire groups", "100,000 roubles per person", "from 200,000 to 1 million roubles", "More than 4.
# 2 thousand applications", "14" kindergartens. Non-claims: "−1°C", "0°C", "96.40", "104.15",
# "18+", "22 February 2028", "20:47", "15 318" views, "7 min", "86,000 readers", "Over the past
# day", "54-year-old", "nine-year-old", "one street", "Since Saturday", "for an hour", "January
# 1", "10 March", S-300 (name), and the furniture ("100,000-rouble payment", "38 addresses",
# "2027", "9.6 billion roubles", "Comments (64)", "2006–2028", "FS77-64312", the phone number).
rows(d, [
    ("fired 214 shells at 27 settlements", "214", 214, EX, "count", W, "artillery", "launched", U, R, R, R, Be),
    ("attacked us with 96 drones", "96", 96, EX, "count", W, "drone", "launched", U, R, R, R, Be),
    ("shot down 63 of them", "63", 63, EX, "count", W, "drone", "shot_down", R, U, R, R, Be),
    ("reports that 31 aircraft-type drones were destroyed", "31", 31, EX, "count", W, "drone", "shot_down", R, U, R, R, Be),
    ("Two civilians were killed", "Two", 2, EX, "count", CAS, N, "killed", A, R, R, R, Be),
    ("Seven people were injured", "Seven", 7, EX, "count", CAS, N, "injured", A, R, R, R, Be),
    ("Four of them were taken to the regional clinical hospital", "Four", 4, EX, "count", CAS, N, "injured", A, R, R, R, Be, True),  # subset
    ("In total 43 private houses", "43", 43, EX, "count", INF, N, A, A, R, R, R, Be),
    ("12 apartment buildings, 19 cars", "12", 12, EX, "count", INF, N, A, A, R, R, R, Be),
    ("we have evacuated 1,340 residents", "1,340", 1340, EX, "count", DIS, N, "evacuated", A, A, R, R, Be),
    ("including 412 children", "412", 412, EX, "count", DIS, N, "evacuated", A, A, R, R, Be, True),  # subset
    ("We have 4,800 volunteers in our self-defence units", "4,800", 4800, EX, "count", PER, N, A, R, A, R, R, Be),
    ("we have paid 218 million roubles in compensation", "218 million", 218000000, EX, A, ECO, N, A, A, A, R, R, Be),
    ("allocated another 1.5 billion roubles", "1.5 billion", 1500000000, EX, A, ECO, N, A, A, A, R, R, Be, True),  # planned
    ("destroyed two S-300 launchers", "two", 2, EX, "count", W, "air_defense", "destroyed", U, R, U, R, Be),
    ('killed "up to 40" Russian servicemen', "up to 40", 40, LE, "count", CAS, N, "killed", U, R, U, R, Be),
    ("shot down more than 2,900 Ukrainian drones", "more than 2,900", 2900, GE, "count", W, "drone", "shot_down", R, U, R, R, Be),
])
any_(d, [
    ("214 shells at 27 settlements", "27"),
    ("I counted eleven rocket impacts", "eleven"),
    ("apartment buildings, 19 cars", "19"),
    ("about 11 thousand people from our region", "about 11 thousand"),
    ("living in 38 temporary accommodation centres", "38"),
    ("three drones circled over our street", "three"),
    ("two more mobile fire groups", "two"),
    ("the payment is 100,000 roubles per person", "100,000"),
    ("from 200,000 to 1 million roubles", "200,000 to 1 million"),
    ("More than 4. 2 thousand applications", "More than 4. 2 thousand"),
    ("Kindergartens, 14 of them, remain closed", "14"),
])

# ---------------------------------------------------------------- s03 Dnipro shopping centre strike
d = "s03_hrani_dnipro_mall_strike_investigation.txt"
# A Ukrainian investigative outlet (Hrani, "we", "our team") reconstructing a Russian Kh-22 strike
# on the Prostir shopping centre in Dnipro. The outlet's voice, the security chief and the owners
# have claimant_side `*`; Ukraine's Air Force and its spokesman, the health department and the
# city council speak for Ukraine; Russia's Defence Ministry for Russia; the UN Human Rights
# Monitoring Mission for the United Nations. Country Ukraine, region Dnipropetrovsk. Required: 23
# dead and 71 injured (actor `*`), three Tu-22M3 bombers (action `*`) and four Kh-22 missiles
# launched (country and region `*`: launched from over Russia), "Two of the missiles hit" (a
# different fate on part, action `*`), 17 killed inside and six in the car park (breakdown by
# place), 14 apartment blocks damaged, "About 640" evacuated, 380 million hryvnias of losses,
# "6. 8 million hryvnias" paid (stray space kept), the ministry's "up to 40 units" of equipment
# (weapon_type and action `*`) and "up to 60 militants" killed, the UN's 187 killed and 612
# injured in the region. Optional: the headline's two missiles and 23 killed, "four children"
# and "Seventeen of the dead" (subsets), "Of the 23 dead" and "all 23 dead" (restatements), the
# city's promised 120 million hryvnias. Debatable: "Nine" missing, "the other two", "None of the
# four", "5.8 tonnes", "up to 4,000" km/h, "About 300 people", "three times this week", "five
# hospitals", "19 of them" still in hospital, "three in a serious condition", "22,000 square
# metres", "140 shops", "about 1,200 people", "50,000" and "20,000" hryvnias per person.
# Non-claims: "Eleven minutes" (headline and subhead), "18 May", "3 June 2028", "14 min read",
# "41,902", "3,118 people" (furniture), 15:52, "A minute later", "20 May", the method counts ("46
# videos", "12 satellite images", "31 witnesses", "9 employees", "4 rescuers"), Tu-22M3, Kh-22,
# 14:30, 15:38, 15:41, 15:43, 13:10, "Video 14", "second floor", "15:51:40", "22 seconds",
# 15:53, "was seven", "was 71", "14 May", "four days before", "52nd Guards", "within two years",
# and the furniture ("one year on", "1,874 Russian strikes", "100 UAH", "250 UAH", "500 UAH",
# "2019–2028", the Signal number).
rows(d, [
    ("how two Russian missiles killed 23 people", "two", 2, EX, "count", W, "missile", A, R, U, A, U, Dn, True),  # headline
    ("missiles killed 23 people", "23", 23, EX, "count", CAS, N, "killed", R, U, A, U, Dn, True),  # headline
    ("23 people were confirmed dead", "23", 23, EX, "count", CAS, N, "killed", A, U, A, U, Dn),
    ("including four children", "four", 4, EX, "count", CAS, N, "killed", A, U, A, U, Dn, True),  # subset
    ("and 71 had been injured", "71", 71, EX, "count", CAS, N, "injured", A, U, A, U, Dn),
    ("Three Tu-22M3 long-range bombers took off", "Three", 3, EX, "count", W, "aircraft", A, R, U, U, A, A),
    ("launched four Kh-22 missiles", "four", 4, EX, "count", W, "missile", "launched", R, U, U, A, A),
    ("Two of the missiles hit the Prostir", "Two", 2, EX, "count", W, "missile", A, R, U, U, U, Dn),
    ("Of the 23 dead, 17 were inside", "23", 23, EX, "count", CAS, N, "killed", A, U, A, U, Dn, True),  # restates
    ("17 were inside the building", "17", 17, EX, "count", CAS, N, "killed", A, U, A, U, Dn),
    ("and six in the car park", "six", 6, EX, "count", CAS, N, "killed", A, U, A, U, Dn),
    ("Seventeen of the dead had worked", "Seventeen", 17, EX, "count", CAS, N, "killed", A, U, A, U, Dn, True),  # subset
    ("damaged 14 nearby apartment blocks", "14", 14, EX, "count", INF, N, A, A, U, U, U, Dn),
    ("About 640 residents of the blocks were evacuated", "About 640", 640, APX, "count", DIS, N, "evacuated", A, A, U, U, Dn),
    ("put the losses at 380 million hryvnias", "380 million", 380000000, EX, A, ECO, N, A, A, A, A, U, Dn),
    ("6. 8 million hryvnias so far", "6. 8 million", 6800000, EX, A, ECO, N, A, A, A, U, U, Dn),
    ("and up to 40 units of Western-made equipment", "up to 40", 40, LE, "count", W, A, A, R, U, R, U, Dn),
    ('"up to 60 militants" had been eliminated', "up to 60", 60, LE, "count", CAS, N, "killed", R, U, R, U, Dn),
    ("the names of all 23 dead", "23", 23, EX, "count", CAS, N, "killed", A, U, A, U, Dn, True),  # restates
    ("killed in the region since January to 187", "187", 187, EX, "count", CAS, N, "killed", A, U, UN, U, Dn),
    ("with 612 injured", "612", 612, EX, "count", CAS, N, "injured", A, U, UN, U, Dn),
    ("the city has promised 120 million hryvnias", "120 million", 120000000, EX, A, ECO, N, A, A, A, U, U, Dn, True),  # promise
])
any_(d, [
    ("Nine people are still listed as missing", "Nine"),
    ("the other two fell on fields", "two"),
    ("None of the four was intercepted", "four"),
    ("weighing 5.8 tonnes", "5.8"),
    ("at up to 4,000 kilometres per hour", "up to 4,000"),
    ("About 300 people were inside", "About 300"),
    ("in the shelter three times this week", "three"),
    ("taken to five hospitals", "five"),
    ("19 of them were still in hospital", "19"),
    ("three in a serious condition", "three"),
    ("22,000 square metres of retail space", "22,000"),
    ("The centre had 140 shops", "140"),
    ("employed about 1,200 people", "about 1,200"),
    ("paid 50,000 hryvnias to the family", "50,000"),
    ("and 20,000 to each injured person", "20,000"),
])

# ---------------------------------------------------------------- s04 think-tank campaign assessment
d = "s04_ami_campaign_assessment_may22.txt"
# An excerpt of a US think tank's daily assessment (Atlantic Meridian Institute, "AMI assesses")
# with footnoted milblogger claims. AMI and the milbloggers have claimant_side `*`; the
# Ukrainian brigade spokesperson, the General Staff, the Air Force and the GUR speak for Ukraine;
# Russia's MoD and Ministry of Finance for Russia. Country Ukraine unless stated. Required: 187
# km2 gained in a week and 2,311 since January (front-wide: region `*`), "roughly 19.4 percent"
# occupied (region None), the milbloggers' "up to 1.5" km in depth and four km in width (the list
# qualifier stays on the first item only), "up to 12,000" troops massed, the MoD's "two other
# settlements" seized, 1,140 Russian casualties (action `*`), "about 6.5" km2 liberated by
# Ukraine, 700 metres (unit `*`), "at least 17" killed in Belgorod region (a milblogger), the
# MoD's 212 drones shot down over Russia (region None), 143 drones and four Iskander-M launched,
# 118 downed, 21 "locationally lost" (action, actor and target `*`), "roughly 11,000" North
# Korean troops and "about 3,000 of them" near Tyotkino (breakdown by place), "about 2 million"
# shells supplied, 5.1 trillion rubles spent. Optional: the Key Takeaways (187, "about 6.5", "up
# to 12,000", "roughly 11,000") and "up from 141" (earlier state). Debatable: "72 square miles",
# "800 meters", "25 to 30 assaults", "two or three infantrymen", "one of these settlements", "163
# combat engagements", "three tree lines", "about $62 billion", "about 41 percent". Non-claims:
# "May 22, 2028", "7:15pm", "2.4 MB", "3:00pm", "64 endnotes", the list numbers 1.-4., "May 15
# to 21", "January 1, 2028", "May 21", Highway T-0504, the footnote markers [1]-[16] and their
# URLs, "1st Slavic", "51st Combined Arms Army", "within a month", "3rd Assault Brigade",
# HIMARS, Iskander-M, "first four months", "May 20", and the furniture ("52,000 subscribers",
# "$25", "$50", "$100", "2028", "501(c)(3)", "1400 K Street NW, Suite 900", "20005").
rows(d, [
    ("AMI assesses that Russian forces gained 187 square kilometers in the week", "187", 187, EX, "km2", TER, N, "seized", R, U, A, U, A, True),  # takeaway
    ("counterattacked near Kupiansk and regained about 6.5 square kilometers", "about 6.5", 6.5, APX, "km2", TER, N, "seized", U, R, A, U, Kh, True),  # takeaway
    ("said that Russia has concentrated up to 12,000 troops north", "up to 12,000", 12000, LE, "count", PER, N, "massed", R, U, U, U, Dk, True),  # takeaway
    ("roughly 11,000 troops through Kursk Oblast since January 2028, according", "roughly 11,000", 11000, APX, "count", PER, N, "deployed", NK, A, U, R, Ku, True),  # takeaway
    ("gained 187 square kilometers (72 square miles)", "187", 187, EX, "km2", TER, N, "seized", R, U, A, U, A),
    ("up from 141 square kilometers the week before", "141", 141, EX, "km2", TER, N, "seized", R, U, A, U, A, True),  # earlier state
    ("have gained 2,311 square kilometers since", "2,311", 2311, EX, "km2", TER, N, "seized", R, U, A, U, A),
    ("occupy roughly 19.4 percent of Ukraine's territory", "roughly 19.4 percent", 19.4, APX, "percent", TER, N, "occupied", R, U, A, U, N),
    ("advanced up to 1.5 kilometers in depth", "up to 1.5", 1.5, LE, "km", TER, N, A, R, U, A, U, Dk),
    ("and four kilometers in width", "four", 4, A, "km", TER, N, A, R, U, A, U, Dk),
    ("concentrated up to 12,000 troops north of Kostiantynivka and conducts", "up to 12,000", 12000, LE, "count", PER, N, "massed", R, U, U, U, Dk),
    ("seized Novoserhiivka and two other settlements", "two", 2, EX, "count", TER, N, "seized", R, U, R, U, Dk),
    ("inflicted 1,140 casualties on Russian forces", "1,140", 1140, EX, "count", CAS, N, A, U, R, U, U, A),
    ("liberated about 6.5 square kilometers near Petropavlivka", "about 6.5", 6.5, APX, "km2", TER, N, "seized", U, R, U, U, Kh),
    ("advanced 700 meters near Stepnohirsk", "700", 700, EX, A, TER, N, A, R, U, A, U, Zp),
    ('killed "at least 17" Russian servicemen', "at least 17", 17, GE, "count", CAS, N, "killed", U, R, A, R, Be),
    ("shot down 212 Ukrainian drones over Russia", "212", 212, EX, "count", W, "drone", "shot_down", R, U, R, R, N),
    ("launched 143 Shahed-type drones and decoys", "143", 143, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("decoys and four Iskander-M ballistic missiles", "four", 4, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("downed 118 drones", "118", 118, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("and that 21 drones were", "21", 21, EX, "count", W, "drone", A, A, A, U, U, N),
    ("roughly 11,000 troops through Kursk Oblast since January 2028 and", "roughly 11,000", 11000, APX, "count", PER, N, "deployed", NK, A, U, R, Ku),
    ("about 3,000 of them are currently deployed", "about 3,000", 3000, APX, "count", PER, N, "deployed", NK, A, U, R, Ku),
    ("supplied Russia with about 2 million artillery shells", "about 2 million", 2000000, APX, "count", W, "artillery", A, NK, A, U, A, A),
    ("spent 5.1 trillion rubles", "5.1 trillion", 5100000000000, EX, A, ECO, N, A, A, A, R, R, N),
])
any_(d, [
    ("187 square kilometers (72 square miles)", "72"),
    ('"800 meters from the first high-rise buildings', "800"),
    ("conducts 25 to 30 assaults a day", "25 to 30"),
    ("groups of two or three infantrymen", "two or three"),
    ("seized one of these settlements", "one"),
    ("repelled 163 combat engagements", "163"),
    ('"briefly entered three tree lines"', "three"),
    ("(about $62 billion)", "about $62 billion"),
    ("about 41 percent of all federal spending", "about 41 percent"),
])

# ---------------------------------------------------------------- s05 Ukrainian MoD Q1 deliveries
d = "s05_mod_ukraine_q1_deliveries_release.txt"
# A press release of Ukraine's Ministry of Defence on weapons contracted and delivered to the
# brigades in Q1 2028. The ministry, its First Deputy Minister (Hanna Kravets) and its agencies
# speak for Ukraine; Russia's Defence Ministry for Russia. The deputy minister's first quote is
# repeated after the air-defence section (identical paragraph): one claim each. Deliveries have
# action, target, country and region `*`, actor Ukraine (the ministry) unless a supplier is
# named. Required: "1. 4 million" FPV drones (stray space kept), "121 thousand" reconnaissance and
# "more than 47,000" interceptor drones, 3,900 long-range drones, "More than 300" armoured
# vehicles with 96 Kozak-7 and Novator (a model within the total), 80 Leopard 1A5 tanks (actor
# `*`: Germany and Denmark), 36 Bohdana howitzers, 1.6 million rounds with 420,000 155mm shells
# (a type within the total), $1.9 billion financed (money received, usd), two Patriot systems
# (actor United States), 2,100 electronic warfare and 7,200 ground robotic systems (weapon_type
# `*`), "84. 6 billion hryvnias" spent (stray space kept, region None), Russia's "more than
# 1,100" armoured vehicles destroyed. Optional: the headline's "1. 4 million" and "more than 300",
# the 388,000 drones ordered by brigades, "eleven of which" tanks, "eighteen of them" howitzers,
# Russia's "240 of them", the rebuttal's "300" (restatement, qualifier `*`), the second
# quarter's 2 million and 100,000 (plans). Debatable: "over 1,000 km", "9,800 hryvnias", "2.3
# billion hryvnias" saved, "61%", "19 percent", "Two dozen contracts", "6.2 billion hryvnias",
# "1,400", "three times over", "412 contracts". Non-claims: "Q1 2028" (headline), "9 April 2028",
# "11:30", "7 402" views, "first quarter of 2028", "January–March", "almost twice", 2027, "eight
# days", Kozak-7, Leopard 1A5, "47th Mechanized Brigade", "3rd Assault Brigade", "12th Special
# Purpose Brigade", 2S22, 155mm, PURL, "Q1 2027", "second quarter", "last week", and the
# furniture ("6,500 operators", "47th brigade", "1.2 million users", "2028", "6 Povitrianykh Syl
# Avenue", "03168", "0 800 500 442").
rows(d, [
    ("the Ministry of Defence delivered 1. 4 million FPV drones and more than 300", "1. 4 million", 1400000, EX, "count", W, "drone", A, U, A, U, A, A, True),  # headline
    ("more than 300 armoured vehicles to the Defence Forces", "more than 300", 300, GE, "count", W, "armored_vehicle", A, U, A, U, A, A, True),  # headline
    ("we delivered 1. 4 million FPV drones to the front", "1. 4 million", 1400000, EX, "count", W, "drone", A, U, A, U, A, A),
    ("121 thousand reconnaissance drones", "121 thousand", 121000, EX, "count", W, "drone", A, U, A, U, A, A),
    ("more than 47,000 interceptor drones", "more than 47,000", 47000, GE, "count", W, "drone", A, U, A, U, A, A),
    ("Of the FPV drones, 388,000 were ordered", "388,000", 388000, EX, "count", W, "drone", A, U, A, U, A, A, True),  # subset
    ("received 3,900 long-range strike drones", "3,900", 3900, EX, "count", W, "drone", A, U, A, U, A, A),
    ("More than 300 armoured vehicles were delivered", "More than 300", 300, GE, "count", W, "armored_vehicle", A, U, A, U, A, A),
    ("including 96 Kozak-7 and Novator", "96", 96, EX, "count", W, "armored_vehicle", A, U, A, U, A, A),
    ("handed over 80 Leopard 1A5 tanks", "80", 80, EX, "count", W, "tank", A, A, A, U, A, A),
    ("eleven of which went to the 47th", "eleven", 11, EX, "count", W, "tank", A, A, A, U, A, A, True),  # subset
    ("a new batch of 36 Bohdana 2S22", "36", 36, EX, "count", W, "artillery", A, U, A, U, A, A),
    ("eighteen of them financed by Denmark", "eighteen", 18, EX, "count", W, "artillery", A, A, A, U, A, A, True),  # subset
    ("delivered 1.6 million artillery and mortar rounds", "1.6 million", 1600000, EX, "count", W, "artillery", A, U, A, U, A, A),
    ("including 420,000 155mm shells", "420,000", 420000, EX, "count", W, "artillery", A, U, A, U, A, A),
    ("financed American weapons worth $1.9 billion", "$1.9 billion", 1900000000, EX, "usd", ECO, N, A, A, A, U, A, A),
    ("including two Patriot systems", "two", 2, EX, "count", W, "air_defense", A, US, A, U, A, A),
    ("received 2,100 electronic warfare systems", "2,100", 2100, EX, "count", W, A, A, U, A, U, A, A),
    ("and 7,200 ground robotic systems", "7,200", 7200, EX, "count", W, A, A, U, A, U, A, A),
    ("spent 84. 6 billion hryvnias on procurement", "84. 6 billion", 84600000000, EX, A, ECO, N, A, A, A, U, U, N),
    ("plans to contract 2 million FPV drones", "2 million", 2000000, EX, "count", W, "drone", A, U, A, U, A, A, True),  # plan
    ("and 100,000 interceptors", "100,000", 100000, EX, "count", W, "drone", A, U, A, U, A, A, True),  # plan
    ('destroyed "more than 1,100" Ukrainian armoured vehicles', "more than 1,100", 1100, GE, "count", W, "armored_vehicle", "destroyed", R, U, R, U, N),
    ("240 of them supplied by NATO countries", "240", 240, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, U, N, True),  # subset
    ("we would not have received 300 this quarter", "300", 300, A, "count", W, "armored_vehicle", A, U, A, U, A, A, True),  # restates
])
any_(d, [
    ("with a range of over 1,000 km", "over 1,000"),
    ("fell to 9,800 hryvnias", "9,800"),
    ("saved the budget 2.3 billion hryvnias", "2.3 billion"),
    ("61% of the rounds were made in Ukraine", "61%"),
    ("19 percent more than in Q1 2027", "19 percent"),
    ("Two dozen contracts worth", "Two dozen"),
    ("worth a total of 6.2 billion hryvnias", "6.2 billion"),
    ("we would need 1,400", "1,400"),
    ("destroyed our army three times over", "three"),
    ("412 contracts are classified", "412"),
])

# ---------------------------------------------------------------- s06 tabloid, mobile fire group
d = "s06_clarion_mobile_fire_group_interview.txt"
# A British tabloid's (The Daily Clarion) interview with a Ukrainian Territorial Defence mobile
# fire group near Kyiv hunting Shaheds with machine guns, with a "THE NUMBERS" sidebar. The crew
# (Serhiy "Dido", Mykola) have claimant_side `*`; the Air Force spokesman and "officials" speak
# for Ukraine; Russia's Defence Ministry for Russia; the Ministry of Defence in London for the
# United Kingdom. Country Ukraine, region Kyiv for the crew. The pull quote is printed twice
# (identical paragraphs): optional restatement, once. Required: 37 Shaheds shot down, "five" on
# the best night, two crew killed (actor `*`: "a Shahed fell"), the £18,000 raised (unit `*`), the
# Air Force's 6,297 drones launched in July (region None), Russia's "up to 2,700" Geran-2 a month
# (production: action `*`, country Russia, region `*`: Tatarstan), the UK's "more than 5,000"
# missiles delivered (actor United Kingdom), the sidebar's 810 (stated nowhere else). Optional:
# the pull quote's 37, the sidebar's 6,297, 37 and "5,000+". Debatable: "six-man", "about 180"
# km/h, "50kg", "3,000 rounds", "around 30 per cent", "hundreds of thousands of dollars", "more
# than 600 such groups", "hundreds" of guns, "Thirty-eight", "£35,000", "£3m". Non-claims: "£1"
# (furniture), "28 August 2028", "22:00", "29 August 2028", "06:14", "412 comments", "2.1k
# shares", "58-year-old", "Thirty seconds", ZU-23-2, 2011, "12.7mm", 1943, "March 2026", "last
# October", "four hours", "the fifth one", "Mykola, 63", "last winter", "49", "60", "58, not 28",
# "in May", "In July", "this month", Geran-2, "2.40am", "in seconds", ZU-23, "9 July", and the
# furniture ("1.", "2.", "3.", "35C", "19", "£2m", "230,000 readers", "07700 900123", "2028",
# "04127755").
rows(d, [
    ("his crew has shot down 37 Shaheds", "37", 37, EX, "count", W, "drone", "shot_down", U, R, A, U, Ky),
    ("last October, five in four hours", "five", 5, EX, "count", W, "drone", "shot_down", U, R, A, U, Ky),
    ('"We got 37 of the b*****ds', "37", 37, EX, "count", W, "drone", "shot_down", U, R, A, U, Ky, True),  # pull quote
    ("Two of the group were killed last winter", "Two", 2, EX, "count", CAS, N, "killed", A, U, A, U, Ky),
    ("bought with £18,000 raised by a church", "£18,000", 18000, EX, A, ECO, N, A, A, A, A, A, A),
    ("In July Russia launched 6,297 Shahed-type drones", "6,297", 6297, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ('now turns out "up to 2,700" Geran-2 drones', "up to 2,700", 2700, LE, "count", W, "drone", A, R, A, R, R, A),
    ('delivered "more than 5,000" Lightweight', "more than 5,000", 5000, GE, "count", W, "missile", A, UK, A, UK, A, A),
    ("810: drones and decoys Russia launched", "810", 810, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("6,297: Shahed-type drones fired", "6,297", 6297, EX, "count", W, "drone", "launched", R, U, U, U, N, True),  # sidebar restates
    ("37: Shaheds downed by Dido's crew", "37", 37, EX, "count", W, "drone", "shot_down", U, R, A, U, Ky, True),  # sidebar restates
    ("5,000+: British LMM missiles", "5,000+", 5000, GE, "count", W, "missile", A, UK, A, UK, A, A, True),  # sidebar restates
])
any_(d, [
    ("a six-man mobile fire group", "six-man"),
    ("flies at about 180 kilometres an hour", "about 180"),
    ("carries a 50kg warhead", "50kg"),
    ("the crew can fire 3,000 rounds", "3,000"),
    ("around 30 per cent of the Shaheds", "around 30 per cent"),
    ("costs hundreds of thousands of dollars", "hundreds of thousands"),
    ("more than 600 such groups", "more than 600"),
    ('and "hundreds" of anti-drone guns', "hundreds"),
    ('"Thirty-eight," says Mykola', "Thirty-eight"),
    ("£35,000: estimated cost", "£35,000"),
    ("£3m: cost of one Patriot", "£3m"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s68")
