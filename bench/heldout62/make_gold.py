"""Builds gold.jsonl for heldout62 from compact label tables (hand-written from
/work/shared/CLAIMS_SPEC.md, without running or reading the extractor):
python -m bench.heldout62.make_gold

Each row: context, quote, value, qualifier, unit, category, weapon_type, action, actor,
target, claimant_side, country, region[, optional]. `*` (A) = not scored, None (N) = must
be empty. `any_` rows are debatable numbers: optional, nothing scored.

Conventions carried over from heldout48 (and through it heldout47, heldout46, heldout45,
heldout35, heldout27 and heldout33): headlines, subheads, fact boxes and later restatements are
optional; subsets introduced by "of whom", "among them", "including", "of them" are optional,
except a model or type within a weapon total; a breakdown of a total by place is required, and so
is a different action or fate on part of a total ("of which 21 were shot down"); in a list with a
qualifier only the qualified items keep it (the others `*`), a list with no qualifier is exact;
casualty sentences that name no perpetrator have actor `*`; a range is one claim quoting the
whole range (value and qualifier `*`); losses reported as "lost" have action `*`; drones
destroyed in flight are shot_down; pledges, promises, plans and planned spending are optional; an
earlier state ("up from ... in 2026") is optional. Bodies that are not sides (NATO, the EU, NGOs,
think tanks, volunteer monitors, companies, and states outside the vocabulary of sides such as
Belarus or Poland) have claimant_side `*`, and a sum or estimate they give keeps the actor and
target of what it counts; an outlet's or author's own voice has claimant_side `*`. Damaged
buildings and facilities are infrastructure with action and actor `*` (damaged and destroyed
alike). Deliveries to a side are weapons with action `*` and the supplier as actor (`*` when the
supplier is not a side), target, country and region `*`. Money in another currency than the
dollar has unit `*`; money received, paid or disbursed is required. Counts of places, incidents,
cases and claims, group sizes, shares and rates, distances, sizes and areas, prices and payments,
workforces and other population stocks, recipients of aid or care, vehicle and wagon counts, and
vague quantities are debatable (`any_`); a table whose cells restate no sentence is debatable
cell by cell (its total row too). A side's army size is personnel with action `*`. States
outside the vocabulary of sides as country are `*`; the check's vocabulary of regions is closed,
so a region outside it (Buryatia, Zhytomyr, Vinnytsia, Volyn) is `*`, and so is the region of a
figure that spans several regions or is not placed; a nationwide figure has region None. Dates,
times, durations ("from 40 minutes to 3 hours", "14 months", "at least a decade"), ages ("a man
of 67", "Darima, 44", "Oleksii (29)"), ordinals ("the third anniversary", "the fourth tractor",
"its seventh winter", "the 21st package", "for the second time"), numbers inside names (KN-23,
KN-24, Su-34, KAB-250, KAB-500, TM-62M, MUV-2, PFM-1, 9N210, GCS-200, Kh-101, Iskander-M,
Fastiv-1, train numbers, "170-millimetre" and "240-mm" calibres, Group of Seven, 3rd Assault
Brigade, 118th Territorial Defence Brigade, Rule 178, procedure codes) and page furniture are
not labelled; "one of them" and "both" are pronouns.

Decided anew for this set:
- Ammunition and explosive items (s01, s02, s04): artillery shells, mines, cluster submunitions
  and unexploded ordnance are weapons with weapon_type `*` (the vocabulary has no ammunition
  type; `artillery` or empty are both accepted). Guns (Koksan) are artillery, 240-mm launchers
  mlrs, Pantsir systems air_defense.
- A wire report written in wire style (s01): "mln" is a million ("over 14 mln" -> 14000000);
  the headline restates (optional). North Korea's deliveries to Russia have actor North Korea,
  Russia's deliveries to North Korea (Pantsir systems, oil) actor Russia; a volume of oil in
  barrels is economic with unit `*`. South Korea's NIS speaks for South Korea (also when a
  lawmaker relays it), Japan's Defense Ministry is outside the sides (`*`, debatable counts of
  voyages anyway), KCNA speaks for North Korea, the MSMT is `*`. "some 6,300 [casualties],
  including about 2,000 killed" has a different fate on part of the total: the killed are
  required. A sanctions cap is debatable; the shipments table is debatable cell by cell.
- "a dozen" (s01, s02) is 12 with qualifier `*` ("at least a dozen" keeps at_least); a space
  as thousands separator ("1 146", "1 870", "1 384") is part of the number.
- A TV bulletin transcript (s02): the anchor's and correspondents' own statements have
  claimant_side `*`; the regional, town and city military administrations, Fedorov and the
  army speak for Ukraine; the Russian-installed occupation "governor" Balitsky and Russia's
  Defence Ministry speak for Russia. The on-screen graphic is a fact box: its restatements are
  optional, its new figure (1 870 drones) is required. Civilians Balitsky says were injured by
  Ukrainian shelling in occupied towns have actor Ukraine and target `*`. Settlements a side
  says it seized ("liberated" two villages) are territory, unit count, action seized
  (required); settlements attacked or struck are places (debatable). An advance "by up to 3
  kilometres" is territory, unit km, action `*`. Households without power, residents still in
  a town and pre-war populations are population stocks (debatable); the weather forecast and a
  sports score are not about the war (not labelled).
- An opposition outlet's count of the dead (s03) is in its own voice (claimant_side `*`),
  target Russia, actor `*`, country `*` (the men died at the front, in Ukraine or in Kursk),
  region `*` (Buryatia). Men sent to units in the mobilisation are personnel with action `*`,
  actor Russia; Tsydenov's plan of "about 4,000" is optional. Per-family entitlements and what
  one widow received are payments (debatable); the republic's total "paid out" is money paid
  (required, claimant_side Russia: its budget report). Ratios ("one in eight"), rates per
  10,000, salaries, surrenders and people who contacted a hotline are debatable. Ukraine's
  General Staff's "killed and wounded" total is casualties with action `*`. The repeated
  payments paragraphs (a scraping artefact) carry one claim each.
- A demining NGO's diary (s04): the NGO's voice is claimant_side `*`; mines and ordnance the
  deminers "found" have action `*`, those "found and destroyed" (and the State Emergency
  Service's "destroyed") have action destroyed; actor and target `*` throughout (the deminers
  are not a side, and the diary does not say who laid the mines). Deminers and farmers hurt by
  mines are casualties (actor `*`, target Ukraine); "killed and injured" together have action
  `*`, and "118 of them fatally" is a different fate (required). Hectares cleared, contaminated
  areas (hectares or square kilometres) and cumulative hours of work are areas and durations
  of a statistic (debatable); "lost two fingers" is debatable. Grants and donations received
  are money received (required); a national cost estimate ("will cost $37.4 billion") is a
  plan (optional).
- A parliamentary debate record (s05): MEPs, the Council presidency and the Commission are EU
  voices (claimant_side `*`); when a speaker cites a named source (Ukraine's Air Force, the UN
  mission, the IOM, the Russian Defence Ministry) the source's side is the claimant_side. The
  IOM, OCHA and the UN Human Rights Monitoring Mission speak for the United Nations. Refugees
  under temporary protection, refugees hosted by a state and internally displaced people are
  displacement with action and actor `*` (required: people displaced by the war are not a
  population stock). Aid "made available" is money disbursed (required); "of which €71 billion
  in military assistance" is a breakdown by type (optional); further money being "mobilised"
  and Patriot systems "promised" are plans (optional). Immobilised Russian assets are economic
  (target Russia, required), and the part held at Euroclear is a breakdown by place (required);
  windfall profits "a year" are a rate (debatable). Gas imported in cubic metres is economic
  with unit m3, and the money paid for it and a state's spending on refugees are money paid
  (required). Generating capacity in gigawatts, households without power and people in need of
  assistance are debatable. A blue-card question that quotes a Russian claim gives the claim to
  Russia (required). Drones entering Poland's airspace have action `*` and country `*`; those
  Polish and allied pilots shot down have actor `*`.
- A railway company's Telegram log (s06): Ukrzaliznytsia is a company (claimant_side `*`, like
  Russian Railways), Ukraine's Air Force (a forwarded post) speaks for Ukraine. Missiles and
  drones whose "hits" were recorded have action `*`; the missile types within the night's total
  are required. Damaged catenary supports and traction substations are infrastructure;
  locomotives, wagons and delayed trains are vehicle counts, passengers taken to shelter are
  people sheltered, windows blown out are damage extent, and "7 of the 9" restored substations
  are a share (all debatable). The summary's "7 injured" is a new total (required), its "1
  railway worker killed" restates Korosten (optional). The company's workers killed and injured
  since 2022 are casualties (actor `*`, target Ukraine, country and region `*`).
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

Ku, Zp, Ky, Kh, Dn = "Kursk", "Zaporizhzhia", "Kyiv", "Kharkiv", "Dnipropetrovsk"

# fmt: off
# ---------------------------------------------------------------- s01 Korean wire, NK shells
d = "s01_spn_nk_shells_missiles_nis.txt"
# A South Korean wire service's English report (Seoul Pacific Newswire, "(LEAD)", "mln") on the
# NIS's briefing about North Korean shells, missiles, guns and troops sent to Russia, with HUR,
# Japan, Peskov, Russia's Defence Ministry, KCNA and the MSMT. The NIS speaks for South Korea;
# HUR for Ukraine; Russia's Defence Ministry for Russia; KCNA for North Korea; Japan's Defense
# Ministry and the MSMT are `*` (debatable figures anyway). Deliveries (actor North Korea, action,
# target, country and region `*`): "more than 14 million" shells (weapon_type `*`; headline
# "over 14 mln" and "some 250" optional; the previous "over 12 million" an earlier state,
# optional), "some 250" missiles, 120 Koksan guns (artillery), "around 200" launchers (mlrs);
# Russia's "at least a dozen" Pantsir systems to Pyongyang (actor Russia). "at least 180" of the
# missiles fired at Ukraine (a different action on part: required, actor Russia, region None).
# Troops in Kursk: the range "11,000 and 12,000" (deployed, value and qualifier `*`), "about
# 15,000" peak (earlier state, optional), "Some 6 thousand" engineers (action `*`), "a further
# 1,000" expected (plan, optional). Casualties "some 6,300" (action `*`, target North Korea,
# region `*`: Kursk and Belgorod) and "about 2,000 killed" (a different fate: required). Money:
# "as much as US$19.6 billion" earned (usd, at_most), "more than 1 mln barrels" of oil (economic,
# unit `*`). HUR: 148 KN-23 fired at Ukraine in 2027 (region None), "31 of them at the capital"
# (breakdown by place). Russia's ministry: "more than 76,000" Ukrainian servicemen lost in Kursk
# (action `*`). KCNA: "more than 3,000" killed and "over 40 tanks and armoured vehicles"
# destroyed (weapon_type `*`), Kursk. Debatable: "roughly 28,000" containers, "Eight of the
# launchers" photographed, the 500,000-barrel cap, the table's cells (incl. "5. 8", stray
# space), "half of them", "more than a kilometre", "50 to 100" metres, "at least 64" voyages,
# "11-nation", "about 40 percent". Non-claims: "2028.03.09 15:42", "17:58", "paras 11-15", "March
# 9", "August 2023", KN-23, KN-24, "170-millimetre", "240-mm", 2025, 2026, "early 2025", "by
# June", 2024, "Aug-Dec 2023", "2025-Feb 2028", 2027, "the third anniversary", and the furniture
# (KOSPI, KOSDAQ, exchange rates, "9°C", "Share 1.3K", the related and most-viewed links with
# "2nd", "3 million shells a year", "8,000 fans", "41 pct", "2 ballistic missiles", the address,
# phone and registration numbers).
rows(d, [
    ("shipped over 14 mln artillery shells", "over 14 mln", 14000000, GE, "count", W, A, A, NK, A, SK, A, A, True),  # headline
    ("some 250 missiles to Russia", "some 250", 250, APX, "count", W, "missile", A, NK, A, SK, A, A, True),  # headline
    ("has shipped more than 14 million artillery shells", "more than 14 million", 14000000, GE, "count", W, A, A, NK, A, SK, A, A),
    ("and some 250 short-range ballistic missiles", "some 250", 250, APX, "count", W, "missile", A, NK, A, SK, A, A),
    ('number of shells at "over 12 million"', "over 12 million", 12000000, GE, "count", W, A, A, NK, A, SK, A, A, True),  # earlier state
    ('"at least 180" have already been fired', "at least 180", 180, GE, "count", W, "missile", "launched", R, U, SK, U, N),
    ("delivered 120 Koksan self-propelled guns", "120", 120, EX, "count", W, "artillery", A, NK, A, SK, A, A),
    ('"around 200" 240-mm multiple rocket launchers', "around 200", 200, APX, "count", W, "mlrs", A, NK, A, SK, A, A),
    ("Between 11,000 and 12,000 North Korean troops", "11,000 and 12,000", A, A, "count", PER, N, "deployed", NK, A, SK, R, Ku),
    ("down from a peak of about 15,000", "about 15,000", 15000, APX, "count", PER, N, "deployed", NK, A, SK, R, Ku, True),  # earlier state
    ("Some 6 thousand military engineers", "Some 6 thousand", 6000, APX, "count", PER, N, A, NK, A, SK, R, Ku),
    ("a further 1,000 deminers are expected", "1,000", 1000, EX, "count", PER, N, A, NK, A, SK, R, Ku, True),  # plan
    ("are estimated at some 6,300", "some 6,300", 6300, APX, "count", CAS, N, A, A, NK, SK, R, A),
    ("including about 2,000 killed", "about 2,000", 2000, APX, "count", CAS, N, "killed", A, NK, SK, R, A),
    ("earned as much as US$19.6 billion", "as much as US$19.6 billion", 19600000000, LE, "usd", ECO, N, A, A, A, SK, A, A),
    ("more than 1 mln barrels of refined oil", "more than 1 mln", 1000000, GE, A, ECO, N, A, A, A, SK, A, A),
    ("at least a dozen Pantsir systems", "at least a dozen", 12, GE, "count", W, "air_defense", A, R, A, SK, A, A),
    ("had fired 148 North Korean KN-23 missiles", "148", 148, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("31 of them at the capital", "31", 31, EX, "count", W, "missile", "launched", R, U, U, U, Ky),
    ('lost "more than 76,000 servicemen"', "more than 76,000", 76000, GE, "count", CAS, N, A, A, U, R, R, Ku),
    ('"wiped out more than 3,000 Ukrainian Nazi troops"', "more than 3,000", 3000, GE, "count", CAS, N, "killed", NK, U, NK, R, Ku),
    ('destroyed "over 40 tanks and armoured vehicles."', "over 40", 40, GE, "count", W, A, "destroyed", NK, U, NK, R, Ku),
])
any_(d, [
    ("in roughly 28,000 containers", "roughly 28,000"),
    ("Eight of the launchers were photographed", "Eight"),
    ("the 500,000-barrel annual cap", "500,000"),
    ("Aug-Dec 2023 | 3.1", "3.1"), ("3.1 | 20", "20"), ("| 20 | 6,400", "6,400"),
    ("2024 | 5. 8", "5. 8"), ("5. 8 | 90", "90"), ("90 | 11,200", "11,200"),
    ("Feb 2028 | 5.3", "5.3"), ("5.3 | 140", "140"), ("140 | 10,400", "10,400"),
    ("half of them missed", "half"),
    ("missed by more than a kilometre", "more than a kilometre"),
    ("the deviation is 50 to 100 metres", "50 to 100"),
    ("at least 64 voyages", "at least 64"),
    ("an 11-nation body", "11"),
    ("about 40 percent of North Korea's", "about 40 percent"),
])

# ---------------------------------------------------------------- s02 Zaporizhzhia TV bulletin
d = "s02_khortytsia24_evening_bulletin_huliaipole.txt"
# A Zaporizhzhia regional TV channel's (Khortytsia 24) evening bulletin transcript: anchor,
# two correspondents, synchronised quotes, an on-screen graphic, the occupation "governor" and
# ISW. The military administrations, Fedorov and the army speak for Ukraine; Balitsky and
# Russia's Defence Ministry for Russia; the anchor's and correspondents' own statements and ISW
# are `*`. Country Ukraine, region Zaporizhzhia throughout. Required: the day's nine injured
# (actor `*`); Huliaipole's "at least eight" guided bombs and "more than 120" shells (weapon_type
# `*`), two injured, 37 houses destroyed and "about 140" damaged, 23 evacuated today ("four
# children" a subset: optional) and "1 146" since January; Orikhiv's three guided bombs, one
# killed, 73 FPV drones sent and 52 shot down; Fedorov's 214 guided bombs, 26 injured, three
# killed, 61 houses and "a dozen" apartment blocks damaged; the graphic's "1 870" drones (its
# 214, 3 and 26 restate: optional); Balitsky's five injured (actor Ukraine, target `*`) and two
# HIMARS destroyed; the ministry's two villages seized; ISW's "up to 3" km advance. Debatable:
# "468 strikes", "11 settlements", "Fewer than 900", "13 thousand", "46" times, "4 300"
# households, "2 455" artillery strikes, "more than 60 times", "14 strongholds", "three more
# underground schools". Non-claims: "14 April 2028", "21:00", "27:40", timecodes, "14-year-old",
# KAB-250, KAB-500, Su-34, "two-storey", "a man of 67 and a woman of 59", "71 years", "24
# hours", "48", "118th", "7–13 APRIL", "fortnight", "31:27", "+16", "5–7 metres per second",
# "+6", and the furniture (exchange rates, "+11°C", "4 districts", "3 912 views", "(12:04)", "5
# things", "15 April", "2008–2028", the licence number, "16+", the address).
rows(d, [
    ("Nine people were injured", "Nine", 9, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("dropped at least eight guided aerial bombs", "at least eight", 8, GE, "count", W, "guided_bomb", "launched", R, U, U, U, Zp),
    ("fired more than 120 artillery shells", "more than 120", 120, GE, "count", W, A, "launched", R, U, U, U, Zp),
    ("Two residents, a man of 67", "Two", 2, EX, "count", CAS, N, "injured", A, U, A, U, Zp),
    ("37 houses have been destroyed", "37", 37, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("and about 140 damaged", "about 140", 140, APX, "count", INF, N, A, A, U, U, U, Zp),
    ("Today 23 people, including four children", "23", 23, EX, "count", DIS, N, "evacuated", A, A, A, U, Zp),
    ("including four children, were taken out", "four", 4, EX, "count", DIS, N, "evacuated", A, A, A, U, Zp, True),  # subset
    ("In total, 1 146 residents", "1 146", 1146, EX, "count", DIS, N, "evacuated", A, A, U, U, Zp),
    ("and, in the afternoon, three guided bombs", "three", 3, EX, "count", W, "guided_bomb", "launched", R, U, A, U, Zp),
    ("One municipal worker, 48, was killed", "One", 1, EX, "count", CAS, N, "killed", A, U, A, U, Zp),
    ("the enemy sent 73 FPV drones", "73", 73, EX, "count", W, "drone", "launched", R, U, U, U, Zp),
    ("Of these, 52 were shot down", "52", 52, EX, "count", W, "drone", "shot_down", U, R, U, U, Zp),
    ("hit the region with 214 guided aerial bombs", "214", 214, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Zp),
    ("Twenty-six people were injured", "Twenty-six", 26, EX, "count", CAS, N, "injured", A, U, U, U, Zp),
    ("and three were killed", "three", 3, EX, "count", CAS, N, "killed", A, U, U, U, Zp),
    ("61 private houses", "61", 61, EX, "count", INF, N, A, A, U, U, U, Zp),
    ("and a dozen apartment blocks", "a dozen", 12, A, "count", INF, N, A, A, U, U, U, Zp),
    ("• guided aerial bombs: 214", "214", 214, EX, "count", W, "guided_bomb", "launched", R, U, U, U, Zp, True),  # graphic restates
    ("• drones of various types: 1 870", "1 870", 1870, EX, "count", W, "drone", "launched", R, U, U, U, Zp),
    ("• killed: 3", "3", 3, EX, "count", CAS, N, "killed", A, U, U, U, Zp, True),  # graphic restates
    ("| injured: 26", "26", 26, EX, "count", CAS, N, "injured", A, U, U, U, Zp, True),  # graphic restates
    ("injuring five civilians", "five", 5, EX, "count", CAS, N, "injured", U, A, R, U, Zp),
    ('"destroyed two HIMARS launchers', "two", 2, EX, "count", W, "mlrs", "destroyed", R, U, R, U, Zp),
    ('"liberated" two villages', "two", 2, EX, "count", TER, N, "seized", R, U, R, U, Zp),
    ("advanced by up to 3 kilometres", "up to 3", 3, LE, "km", TER, N, A, R, U, A, U, Zp),
])
any_(d, [
    ("launched 468 strikes", "468"),
    ("on 11 settlements of our region", "11"),
    ("Fewer than 900 people", "Fewer than 900"),
    ("there were 13 thousand", "13 thousand"),
    ("struck Orikhiv 46 times", "46"),
    ("4 300 households", "4 300"),
    ("• artillery strikes: 2 455", "2 455"),
    ('"more than 60 times"', "more than 60"),
    ("and 14 strongholds", "14"),
    ("three more underground schools", "three"),
])

# ---------------------------------------------------------------- s03 Buryatia mobilised dead
d = "s03_vostok_media_buryatia_mobilised_dead.txt"
# An exiled Russian outlet's investigation in translation (Vostok Media, "we", "our count") on
# mobilised men from Buryatia killed in the war, payments to families and the authorities'
# silence. The outlet's voice, Mediazona and the BBC, the lawyer and the widow are `*`;
# Tsydenov and the republic's budget report speak for Russia; Ukraine's General Staff for
# Ukraine. Target Russia, actor `*`, country and region `*` for the dead (Buryatia is outside the
# vocabulary of regions). Required: 684 mobilised killed (the headline's 684 optional), 2,917
# killed in all, the 5,260 men sent to units in 2022 (personnel, action `*`; the plan "about
# 4,000" optional), the 1.94 billion roubles paid out (economic, unit `*`, country Russia),
# Tsydenov's "about 480" dead, the General Staff's "more than 1.31 million" killed and wounded
# (action `*`), Mediazona's "171 thousand" killed ("just over 17,000" mobilised: a subset,
# optional). The payments paragraphs are repeated after READ ALSO (one claim each). Debatable:
# 112 VK communities, 23 district administrations, "at least two" sources, "15–20%", "one in
# eight", "one in three", the district table (total row too, "other 19 districts"), the
# per-family payments ("5 million", "about 3.3 million", "1 million", "about 9. 3 million" with a
# stray space), the widow's "4.8 million" and "roughly 9.3 million", "three times", the lawyer's
# 212 families and "about a third", 164 who contacted "I Want to Live" and "41 of them" who
# surrendered, "just under 1 million", "29.8", "10,000", "almost four times", "at least 195,000"
# roubles a month, "more than three times". Non-claims: "12 May 2028", "14 min read", "1 May
# 2028" (twice), "September 2022", "October", "more than a year", "Darima, 44", "March 2023",
# "Since 2023", "December 2027", "February 2022", and the furniture ("€4 a month", the READ ALSO
# links with "six months", "five years" and "Episode 41", "2.4K", "38,000 readers",
# "2019–2028", "18+").
rows(d, [
    ("684 names. How Buryatia", "684", 684, EX, "count", CAS, N, "killed", A, R, A, A, A, True),  # headline
    ("established the names of 684 men", "684", 684, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("stands at 2,917 as of", "2,917", 2917, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("said that “about 4,000” residents", "about 4,000", 4000, APX, "count", PER, N, A, R, A, R, R, A, True),  # plan
    ("sent 5,260 men to the units", "5,260", 5260, EX, "count", PER, N, A, R, A, R, R, A),
    ("paid out 1.94 billion roubles", "1.94 billion", 1940000000, EX, A, ECO, N, A, A, A, R, R, A),
    ("that “about 480” mobilised residents", "about 480", 480, APX, "count", CAS, N, "killed", A, R, R, A, A),
    ("lost more than 1.31 million servicemen", "more than 1.31 million", 1310000, GE, "count", CAS, N, A, A, R, U, A, A),
    ("171 thousand Russian servicemen killed", "171 thousand", 171000, EX, "count", CAS, N, "killed", A, R, A, A, A),
    ("just over 17,000 were mobilised", "just over 17,000", 17000, GE, "count", CAS, N, "killed", A, R, A, A, A, True),  # subset
])
any_(d, [
    ("obituaries in 112 local VK", "112"),
    ("reports of 23 district administrations", "23"),
    ("against at least two sources", "at least two"),
    ("is 15–20% higher", "15–20%"),
    ("roughly one in eight", "one in eight"),
    ("closer to one in three", "one in three"),
    ("Ulan-Ude (city) | 171", "171"), ("171 | 803", "803"),
    ("Kyakhtinsky | 58", "58"), ("58 | 214", "214"),
    ("Barguzinsky | 41", "41"), ("41 | 187", "187"),
    ("Kurumkansky | 37", "37"), ("37 | 96", "96"),
    ("other 19 districts", "19"), ("districts | 377", "377"), ("377 | 1,617", "1,617"),
    ("Total | 684", "684"), ("684 | 2,917", "2,917"),
    ("serviceman is 5 million roubles", "5 million"),
    ("insurance payment of about 3.3 million", "about 3.3 million"),
    ("Buryatia of 1 million roubles", "1 million"),
    ("owed about 9. 3 million roubles", "about 9. 3 million"),
    ("She has received 4.8 million", "4.8 million"),
    ("roughly 9.3 million roubles she was owed", "roughly 9.3 million"),
    ("went to court three times", "three"),
    ("Since 2023, 212 families", "212"),
    ("In about a third of the cases", "about a third"),
    ("164 residents of Buryatia", "164"),
    ("41 of them had actually surrendered", "41"),
    ("just under 1 million", "just under 1 million"),
    ("has lost 29.8 men", "29.8"),
    ("per 10,000 residents", "10,000"),
    ("almost four times the national average", "almost four"),
    ("at least 195,000 roubles a month", "at least 195,000"),
    ("more than three times the average salary", "more than three"),
])

# ---------------------------------------------------------------- s04 demining NGO field diary
d = "s04_polia_znovu_demining_diary_balakliia.txt"
# A humanitarian demining NGO's field diary (Polia Znovu, "we", "our teams") from Balakliia
# hromada, Kharkiv region: mines found and destroyed, a tractor on a mine, two deminers hurt,
# the season's numbers, the regional and national picture, funding. The NGO's voice is `*`; the
# State Emergency Service, the regional administration, the prosecutor's office and the
# Ministry of Economy speak for Ukraine; UNDP's figure is debatable anyway. Country Ukraine,
# region Kharkiv (the national cost estimate: region None). Explosive items are weapons with
# weapon_type, actor and target `*`: nine anti-tank mines and "Thirty-one" submunitions found
# (action `*`; "Two of them" booby-trapped a subset, optional), "1 384" found and destroyed with
# its breakdown by type (318, 641, 425: required), the SES's "more than 712,000" destroyed.
# Casualties (actor `*`, target Ukraine): two hurt by the tractor mine, two deminers injured; the
# prosecutor's 371 killed and injured (action `*`), "118 of them fatally" (killed), "19 of the
# victims were children" (subset, optional). Money received: "€2.7 million" (unit `*`) and
# "$480,000" (usd); "$37.4 billion" to clear the country is a plan (optional). Debatable:
# "eight deminers", the hectares ("1.6", "11", "about 0.4", "2.3", "212.4"), "two rows", "about
# 300" metres, "two fingers", "61,000" hours, "three teams", "37 farmers", "2,950 children", "41
# schools", "About 30%", "some 9,400" and "about 139,000" square kilometres, "3,100 private
# donors", "€25", "about 10" square metres, "eight fingers". Non-claims: "week 23", "11 June
# 2028", "6 min read", "#season2028", the diary dates, KH-0412, "27°C", "Team 2", TM-62M, MUV-2,
# "2022", "16:30", 9N210, "a single Uragan rocket", GCS-200, "10:12", "52", "17", "the fourth
# tractor", "11:40", "(29)", PFM-1, "the first accident", "14 months", "9 March", "at least a
# decade", "in August", and the furniture ("Week 24", "Week 22", "40-year-old shell", "12
# comments", "♥ 318", the IBAN, registration and postal codes, "No. 17/2026", "2024–2028").
rows(d, [
    ("found nine TM-62M anti-tank mines", "nine", 9, EX, "count", W, A, A, A, A, A, U, Kh),
    ("Two of them had MUV-2", "Two", 2, EX, "count", W, A, A, A, A, A, U, Kh, True),  # subset
    ("Thirty-one 9N210 submunitions", "Thirty-one", 31, EX, "count", W, A, A, A, A, A, U, Kh),
    ("Two people were hurt.", "Two", 2, EX, "count", CAS, N, "injured", A, U, A, U, Kh),
    ("Two of our own were injured", "Two", 2, EX, "count", CAS, N, "injured", A, U, A, U, Kh),
    ("found and destroyed 1 384 explosive items", "1 384", 1384, EX, "count", W, A, "destroyed", A, A, A, U, Kh),
    ("318 anti-tank mines", "318", 318, EX, "count", W, A, "destroyed", A, A, A, U, Kh),
    ("641 anti-personnel mines", "641", 641, EX, "count", W, A, "destroyed", A, A, A, U, Kh),
    ("425 items of unexploded ordnance", "425", 425, EX, "count", W, A, "destroyed", A, A, A, U, Kh),
    ("destroyed more than 712,000 explosive objects", "more than 712,000", 712000, GE, "count", W, A, "destroyed", A, A, U, U, Kh),
    ("stand at 371 killed and injured", "371", 371, EX, "count", CAS, N, A, A, U, U, U, Kh),
    ("118 of them fatally", "118", 118, EX, "count", CAS, N, "killed", A, U, U, U, Kh),
    ("19 of the victims were children", "19", 19, EX, "count", CAS, N, A, A, U, U, U, Kh, True),  # subset
    ("will cost $37.4 billion", "$37.4 billion", 37400000000, EX, "usd", ECO, N, A, A, A, U, U, N, True),  # plan
    ("a €2.7 million grant", "€2.7 million", 2700000, EX, A, ECO, N, A, A, A, A, A, A),
    ("by $480,000 raised", "$480,000", 480000, EX, "usd", ECO, N, A, A, A, A, A, A),
])
any_(d, [
    ("eight deminers and our dog handler", "eight"),
    ("cleared 1.6 hectares", "1.6"),
    ("of the 11-hectare task", "11"),
    ("laid in two rows", "two"),
    ("over about 0.4 hectares", "about 0.4"),
    ("ploughed 2.3 hectares", "2.3"),
    ("about 300 metres outside", "about 300"),
    ("he lost two fingers", "two"),
    ("14 months and 61,000 hours", "61,000"),
    ("our three teams have", "three"),
    ("cleared 212.4 hectares", "212.4"),
    ("back to 37 farmers", "37"),
    ("to 2,950 children", "2,950"),
    ("in 41 schools", "41"),
    ("About 30% of the region", "About 30%"),
    ("some 9,400 square kilometres", "some 9,400"),
    ("about 139,000 square kilometres", "about 139,000"),
    ("from 3,100 private donors", "3,100"),
    ("Every €25 pays", "€25"),
    ("about 10 square metres", "about 10"),
    ("with eight fingers", "eight"),
])

# ---------------------------------------------------------------- s05 European Parliament debate
d = "s05_europarl_debate_energy_strikes_aid.txt"
# The European Parliament's verbatim report of a plenary debate on Russia's strikes on Ukraine's
# energy system and EU support. The Council presidency, the Commission and MEPs are `*` unless
# they cite a named source: Ukraine's Air Force (Ukraine), the UN mission and the IOM (United
# Nations), the Russian Defence Ministry (Russia, twice: Bakos and the blue-card question).
# Required: "nearly €176 billion" made available ("€71 billion" military: a breakdown by type,
# optional); the Commission's "more than 2,300" drones and 190 missiles (qualifier `*`) launched
# at Ukraine (region None); "4. 3 million" under temporary protection (displacement, stray space
# kept); the Air Force's 47 missiles and 380 drones launched and 41 and 352 shot down; "nearly
# one million" refugees in Poland (country `*`); the UN's 14,870 civilians killed ("742
# children" a subset, optional); the IOM's 3.7 million displaced; "about €210 billion" of
# immobilised assets and "some €185 billion" at Euroclear (target Russia); 17.8 billion cubic
# metres of LNG (m3) and "around €6.4 billion" paid; 23 Russian drones into Poland (action and
# country `*`) and four shot down (actor `*`, target Russia); the Russian ministry's "more than
# 1.4 million" Ukrainian soldiers lost (action `*`) and 3,100 drones shot down; Hungary's 62
# billion forints spent. Optional: the "€1. 9 billion" being mobilised, the 15 Patriot systems
# promised. Debatable: "less than half", "about 9" gigawatts, 5,400 generators, 1,100
# transformers, "2.1 million" households, "12. 7 million" in need, "roughly €3 billion a year",
# "more than half", "twenty" packages, "All 27 Member States", "more than 1,200 strikes".
# Non-claims: "8 November 2028", "14." (the agenda item), "2028/2871(RSP)", "24 February 2022",
# "seventh winter", 2021, "1 October", "ninth or tenth time", "March 2030", "February 2022",
# "next year", Group of Seven, 2027, "3rd Assault Brigade", "4 October", "a single night", "one
# thing", "21st package", "Rule 178", "October 2022", "11:52", "9 November 2028", and the
# furniture ("386kB", "201kB", "10 November 2028", "2028").
rows(d, [
    ("made available nearly €176 billion", "nearly €176 billion", 176000000000, LE, A, ECO, N, A, A, A, A, A, A),
    ("of which €71 billion in military assistance", "€71 billion", 71000000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # breakdown by type
    ("launched more than 2,300 drones", "more than 2,300", 2300, GE, "count", W, "drone", "launched", R, U, A, U, N),
    ("drones and 190 missiles against", "190", 190, A, "count", W, "missile", "launched", R, U, A, U, N),
    ("a further €1. 9 billion", "€1. 9 billion", 1900000000, EX, A, ECO, N, A, A, A, A, A, A, True),  # plan
    ("Today 4. 3 million people who fled", "4. 3 million", 4300000, EX, "count", DIS, N, A, A, A, A, A, A),
    ("Russia fired 47 missiles", "47", 47, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("and 380 drones at Ukraine", "380", 380, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("destroyed 41 of the missiles", "41", 41, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("and 352 of the drones", "352", 352, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("host nearly one million Ukrainians", "nearly one million", 1000000, LE, "count", DIS, N, A, A, A, A, A, A),
    ("verified 14,870 civilians killed", "14,870", 14870, EX, "count", CAS, N, "killed", A, U, UN, U, N),
    ("including 742 children", "742", 742, EX, "count", CAS, N, "killed", A, U, UN, U, N, True),  # subset
    ("3.7 million people are still displaced", "3.7 million", 3700000, EX, "count", DIS, N, A, A, A, UN, U, N),
    ("keep about €210 billion of Russian", "about €210 billion", 210000000000, APX, A, ECO, N, A, A, R, A, A, A),
    ("some €185 billion at Euroclear", "some €185 billion", 185000000000, APX, A, ECO, N, A, A, R, A, A, A),
    ("imported 17.8 billion cubic metres", "17.8 billion", 17800000000, EX, "m3", ECO, N, A, A, A, A, A, A),
    ("around €6.4 billion for it", "around €6.4 billion", 6400000000, APX, A, ECO, N, A, A, A, A, A, A),
    ("23 Russian drones entered Polish airspace", "23", 23, EX, "count", W, "drone", A, R, A, A, A, A),
    ("shot down four", "four", 4, EX, "count", W, "drone", "shot_down", A, R, A, A, A),
    ("lost more than 1.4 million soldiers", "more than 1.4 million", 1400000, GE, "count", CAS, N, A, A, U, R, A, A),
    ("spent 62 billion forints", "62 billion", 62000000000, EX, A, ECO, N, A, A, A, A, A, A),
    ("shot down 3,100 Ukrainian drones", "3,100", 3100, EX, "count", W, "drone", "shot_down", R, U, R, A, A),
    ("deliver the 15 Patriot systems", "15", 15, EX, "count", W, "air_defense", A, A, A, A, A, A, True),  # promise
])
any_(d, [
    ("with less than half of the generating", "less than half"),
    ("about 9 gigawatts", "about 9"),
    ("delivered 5,400 generators", "5,400"),
    ("and 1,100 transformers", "1,100"),
    ("2.1 million households", "2.1 million"),
    ("12. 7 million people in Ukraine", "12. 7 million"),
    ("roughly €3 billion a year", "roughly €3 billion"),
    ("more than half of what we gave", "more than half"),
    ("twenty sanctions packages later", "twenty"),
    ("All 27 Member States", "27"),
    ("more than 1,200 strikes", "more than 1,200"),
])

# ---------------------------------------------------------------- s06 Ukrzaliznytsia night log
d = "s06_ukrzaliznytsia_telegram_night_log.txt"
# Ukrzaliznytsia's English Telegram channel through a night of strikes on the railway: posts by
# station with times, a forwarded Air Force post, a night summary, a rebuttal of a Russian claim,
# damage and compensation. Ukrzaliznytsia and its chairman are a company (`*`); the Air Force
# speaks for Ukraine; the Russian Defence Ministry for Russia. Country Ukraine. Regions: Fastiv
# Kyiv, Pavlohrad Dnipropetrovsk, Korosten (Zhytomyr) and Kovel (Volyn) `*`, the Air Force's
# totals None, the summary's and the company's totals `*`. Required: Fastiv's two injured (actor
# `*`) and "3 catenary supports" damaged; Korosten's one killed and four injured; Pavlohrad's one
# injured; the Air Force's 46 missiles (8, 20 and 18 by type) and 394 drones launched, 31 and
# 342 shot down, 15 missiles and 52 drones that hit (action `*`); the summary's 9 substations
# and "7 injured" (its "1 railway worker killed" restates: optional); the ministry's 40 armoured
# vehicles destroyed; "about 275 million hryvnias" of damage and "2.4 million hryvnias" paid in
# compensation (region None); 857 workers killed and "more than 2,100" injured since 2022.
# Debatable: "14 long-distance trains", the locomotives and wagons (post and summary), "All
# 140 passengers", "12 windows", "17 locations", "6 locations", "6 regions", "37 trains", "7 of
# the 9" restored. Non-claims: "22 January", times ("00:47" ... "12:00"), "from 40 minutes to 3
# hours", train numbers (No. 43, 91, 743, 80), "Intercity+", Fastiv-1, "aged 56", "the second
# time", "up to 50 minutes", Kh-101, Iskander-M, "4 h 20 min", "the first minutes", "more than
# one hour", "the second army", "February 2022", and the furniture ("412 381 subscribers", view
# counts, "edited", reactions "1.1K", "4.8K", "2.1K", "964", the address and postcode, "2028").
rows(d, [
    ("Two employees of the power supply service were injured", "Two", 2, EX, "count", CAS, N, "injured", A, U, A, U, Ky),
    ("and 3 catenary supports were damaged", "3", 3, EX, "count", INF, N, A, A, U, A, U, Ky),
    ("One railway worker, a track foreman aged 56, was killed", "One", 1, EX, "count", CAS, N, "killed", A, U, A, U, A),
    ("four more employees were injured", "four", 4, EX, "count", CAS, N, "injured", A, U, A, U, A),
    ("one track fitter was injured", "one", 1, EX, "count", CAS, N, "injured", A, U, A, U, Dn),
    ("attacked with 46 missiles", "46", 46, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("and 394 strike UAVs", "394", 394, EX, "count", W, "drone", "launched", R, U, U, U, N),
    ("8 Kh-101 cruise missiles", "8", 8, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("20 Iskander-M ballistic missiles", "20", 20, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("18 Kalibr cruise missiles", "18", 18, EX, "count", W, "missile", "launched", R, U, U, U, N),
    ("shot down or suppressed 31 missiles", "31", 31, EX, "count", W, "missile", "shot_down", U, R, U, U, N),
    ("and 342 UAVs", "342", 342, EX, "count", W, "drone", "shot_down", U, R, U, U, N),
    ("Hits by 15 missiles", "15", 15, EX, "count", W, "missile", A, R, U, U, U, N),
    ("and 52 strike UAVs were recorded", "52", 52, EX, "count", W, "drone", A, R, U, U, U, N),
    ("▪️ 9 traction substations damaged", "9", 9, EX, "count", INF, N, A, A, U, A, U, A),
    ("▪️ 1 railway worker killed", "1", 1, EX, "count", CAS, N, "killed", A, U, A, U, A, True),  # summary restates
    ("killed, 7 injured", "7", 7, EX, "count", CAS, N, "injured", A, U, A, U, A),
    ("a military echelon with 40 units", "40", 40, EX, "count", W, "armored_vehicle", "destroyed", R, U, R, U, A),
    ("estimated at about 275 million hryvnias", "about 275 million", 275000000, APX, A, ECO, N, A, A, A, A, U, A),
    ("paid 2.4 million hryvnias in compensation", "2.4 million", 2400000, EX, A, ECO, N, A, A, A, A, U, N),
    ("857 of our colleagues have been killed", "857", 857, EX, "count", CAS, N, "killed", A, U, A, A, A),
    ("and more than 2,100 injured", "more than 2,100", 2100, GE, "count", CAS, N, "injured", A, U, A, A, A),
])
any_(d, [
    ("14 long-distance trains", "14"),
    ("was hit: 2 electric locomotives", "2"),
    ("and 11 freight wagons", "11"),
    ("All 140 passengers", "140"),
    ("and 12 windows were blown out", "12"),
    ("recorded at 17 locations", "17"),
    ("debris fell at 6 locations", "6"),
    ("▪️ 6 regions affected", "6"),
    ("▪️ 37 trains delayed", "37"),
    ("▪️ 2 electric locomotives and 11 wagons", "2"),
    ("and 11 wagons damaged", "11"),
    ("restored at 7 of the 9 damaged", "7"),
    ("7 of the 9 damaged substations", "9"),
])
# fmt: on

table.write(HERE / "gold.jsonl", "s62")
