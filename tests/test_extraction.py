"""Extraction on sentences composed for the tests (not the samples): sentence -> claims.

Each row: the sentence, the surface of one number in it, and the fields expected of its
claim (fields not named are not asserted). A row whose fields are `None` says the number
is not a claim.
"""

import pytest

from pipeline.extraction.claims import extract_claims

CASES = [
    # weapons: launched, with actor from the subject and target from "against"
    (
        "Moscow fired 52 cruise missiles against Ukraine overnight.",
        "52",
        dict(
            value=52,
            category="weapon",
            weapon_type="missile",
            action="launched",
            actor="Russia",
            target="Ukraine",
            country="Ukraine",
            time_phrase="overnight",
            qualifier="exact",
        ),
    ),
    (
        "Russia launched 90 Shahed drones and 12 Kalibr missiles at Ukrainian cities.",
        "12",
        dict(
            weapon_type="missile",
            weapon_model="Kalibr",
            action="launched",
            actor="Russia",
            target="Ukraine",
        ),
    ),
    (
        "Russia launched 90 Shahed drones and 12 Kalibr missiles at Ukrainian cities.",
        "90",
        dict(weapon_type="drone", weapon_model="Shahed", action="launched", actor="Russia"),
    ),
    (
        "Kyiv sent at least 30 long-range drones towards Moscow, Russian officials said.",
        "at least 30",
        dict(
            weapon_type="drone",
            action="launched",
            actor="Ukraine",
            target="Russia",
            qualifier="at_least",
            claimant_side="Russia",
        ),
    ),
    (
        "Ukraine's air force said Russia used 4 Kinzhal missiles.",
        "4",
        dict(weapon_model="Kinzhal", actor="Russia", claimant_side="Ukraine", action="launched"),
    ),
    # shot down: active, passive with agent, passive without agent, "destroyed" by air defence
    (
        "The defence ministry in Moscow said its air defences downed 41 Ukrainian drones over Belgorod.",
        "41",
        dict(
            action="shot_down",
            actor="Russia",
            target="Ukraine",
            region="Belgorod",
            country="Russia",
        ),
    ),
    (
        "About 20 drones were intercepted by Ukrainian air defences near Kharkiv.",
        "About 20",
        dict(
            action="shot_down",
            actor="Ukraine",
            qualifier="approximate",
            region="Kharkiv",
            country="Ukraine",
        ),
    ),
    (
        "Ukraine's air force said 35 of the drones were shot down.",
        "35",
        dict(action="shot_down", actor="Ukraine", claimant_side="Ukraine", weapon_type="drone"),
    ),
    (
        "Ukraine's air force said it shot down 25 of 31 Kh-101 missiles.",
        "31",
        dict(action="launched", actor="Russia", target="Ukraine", weapon_model="Kh-101"),
    ),
    (
        "Ukrainian officials said 17 drones were shot down.",
        "17",
        dict(
            action="shot_down",
            actor="Ukraine",
            target="Russia",
            claimant_side="Ukraine",
            country="Ukraine",
        ),
    ),
    (
        "Air defence systems destroyed 11 Ukrainian UAVs over the Bryansk region, the ministry said.",
        "11",
        dict(action="shot_down", target="Ukraine", region="Bryansk", weapon_type="drone"),
    ),
    # aircraft and models; nominalisation
    (
        "Kyiv's military intelligence reported the destruction of three Tu-95 bombers at Engels.",
        "three",
        dict(
            value=3,
            weapon_type="aircraft",
            weapon_model="Tu-95",
            action="destroyed",
            actor="Ukraine",
            target="Russia",
            claimant_side="Ukraine",
        ),
    ),
    # personnel: massed and deployed, side from the noun's adjective or "from X"
    (
        "Russia has amassed about 70,000 troops near Zaporizhzhia.",
        "about 70,000",
        dict(
            category="personnel",
            action="massed",
            actor="Russia",
            region="Zaporizhzhia",
            qualifier="approximate",
        ),
    ),
    (
        "Pyongyang has deployed 3,000 soldiers to the Kursk region.",
        "3,000",
        dict(
            category="personnel",
            action="deployed",
            actor="North Korea",
            region="Kursk",
            country="Russia",
        ),
    ),
    (
        "Some 2,000 North Korean troops were sent to the front.",
        "Some 2,000",
        dict(category="personnel", action="deployed", actor="North Korea"),
    ),
    (
        "The column included 500 fighters from Belarus.",
        "500",
        dict(category="personnel", actor="Belarus"),
    ),
    # territory
    (
        "Russian forces captured 14 villages in the Donetsk region last month, DeepState said.",
        "14",
        dict(
            category="territory",
            action="seized",
            actor="Russia",
            region="Donetsk",
            claimant="DeepState",
            claimant_side="Ukraine",
            time_phrase="last month",
        ),
    ),
    (
        "Ukraine controls roughly 500 square kilometres of Russian territory.",
        "roughly 500",
        dict(
            unit="km2", category="territory", action="controlled", actor="Ukraine", country="Russia"
        ),
    ),
    ("The advance reached a depth of 8 miles.", "8", dict(unit="mi", category="territory")),
    # casualties and displacement
    (
        "At least 12 civilians were killed in Russian strikes on Odesa, the governor said.",
        "At least 12",
        dict(category="casualties", action="killed", region="Odesa", qualifier="at_least"),
    ),
    (
        "Officials evacuated 3,500 people from Sumy.",
        "3,500",
        dict(category="displacement", action="evacuated", region="Sumy"),
    ),
    (
        "The UN says the war has caused more than 12,000 civilian deaths.",
        "more than 12,000",
        dict(category="casualties", claimant="United Nations", claimant_side="United Nations"),
    ),
    # economic
    ("The hryvnia lost 4% against the dollar.", "4%", dict(unit="percent", category="economic")),
    (
        "Gazprom shipped 42.4 million cubic metres of gas on Sunday.",
        "42.4 million",
        dict(
            value=42_400_000, unit="m3", category="economic", claimant=None, time_phrase="on Sunday"
        ),
    ),
    (
        "Sanctions cost the company $2.3 billion.",
        "$2.3 billion",
        dict(value=2.3e9, unit="usd", category="economic"),
    ),
    # claimants: according to, sentence-final, agent, pronoun
    (
        "According to the Russian Defense Ministry, 25 Ukrainian drones were destroyed.",
        "25",
        dict(
            claimant="Russian Defense Ministry",
            claimant_side="Russia",
            action="shot_down",
            target="Ukraine",
        ),
    ),
    (
        "The enemy lost 300 soldiers, Syrskyi said.",
        "300",
        dict(claimant="Syrskyi", claimant_side="Ukraine"),
    ),
    (
        "The number of troops was put at 8,000 by Ukrainian intelligence.",
        "8,000",
        dict(category="personnel"),
    ),
    # hedges
    ("Russia reportedly launched 60 drones.", "60", dict(hedge="reportedly", actor="Russia")),
    # list sharing
    (
        "Russia used 200 drones, 40 missiles and 700 guided bombs against Ukraine last week.",
        "700",
        dict(
            weapon_type="guided_bomb",
            action="launched",
            actor="Russia",
            target="Ukraine",
            time_phrase="last week",
        ),
    ),
    (
        "Russia used 200 drones, 40 missiles and 700 guided bombs against Ukraine last week.",
        "40",
        dict(weapon_type="missile", action="launched", actor="Russia", target="Ukraine"),
    ),
    # not claims
    ("The war began in 2022.", "2022", None),
    ("Two leaders met in Geneva.", "Two", None),
    ("The Group of Seven agreed on new sanctions.", "Seven", None),
    ("He was seen with two Su-34 jets.", "34", None),
    ("Talks could end the war within 24 hours.", "24", None),
    ("One notable attack hit Kyiv.", "One", None),
    ("The 47th Brigade held the line.", "47", None),
    ("The summit is set for March 7.", "7", None),
    ("Both sides have fought for nearly three years.", "three", None),
]


def _claim(sentence: str, surface: str) -> dict | None:
    for claim in extract_claims("0" * 16, sentence):
        if surface in claim["surface"] or claim["surface"] in surface:
            return claim
    return None


@pytest.mark.parametrize(
    ("sentence", "surface", "expected"), CASES, ids=[f"{c[1]}: {c[0][:40]}" for c in CASES]
)
def test_sentence(sentence, surface, expected):
    claim = _claim(sentence, surface)
    if expected is None:
        assert claim is None, claim
        return
    assert claim is not None, f"no claim for {surface!r}"
    got = {k: claim[k] for k in expected}
    assert got == expected


def test_every_span_points_at_its_surface():
    for sentence, *_ in CASES:
        for claim in extract_claims("0" * 16, sentence):
            assert sentence[claim["span_start"] : claim["span_end"]] == claim["surface"]


def test_claim_ids_are_stable_and_distinct():
    text = "Russia launched 38 drones and 2 missiles."
    first, second = extract_claims("a" * 16, text), extract_claims("a" * 16, text)
    assert [c["claim_id"] for c in first] == [c["claim_id"] for c in second]
    assert len({c["claim_id"] for c in first}) == 2


def test_pronoun_claimant_follows_the_last_person_named():
    text = "Zelensky spoke in Kyiv on Monday. He said Russia had launched 400 drones."
    [claim] = extract_claims("b" * 16, text)
    assert (claim["claimant"], claim["claimant_side"], claim["actor"]) == (
        "Zelensky",
        "Ukraine",
        "Russia",
    )


def test_a_figure_wrapped_over_two_lines_is_one_claim_spanning_both():
    text = (
        "The ministry said its forces had received more than 1.2\n"
        "million shells from abroad this year, most of them from Europe.\n"
    )
    [claim] = extract_claims("e" * 16, text)
    assert claim["value"] == 1_200_000
    assert text[claim["span_start"] : claim["span_end"]] == "more than 1.2\nmillion"


def test_repeated_paragraph_yields_one_claim():
    para = "Russia launched 38 drones overnight."
    assert len(extract_claims("c" * 16, f"{para}\n{para}\n")) == 1


def test_the_same_phrase_twice_in_one_sentence_is_two_claims():
    para = (
        "Air defences downed 40 drones and one missile, while 12 drones and one missile hit Kyiv."
    )
    rows = extract_claims("c" * 16, f"{para}\n{para}\n")
    assert [(r["value"], r["action"]) for r in rows] == [
        (40, "shot_down"),
        (1, "shot_down"),
        (12, "hit"),
        (1, "hit"),
    ]


LOSS_REPORT = """General Staff of the Armed Forces of Ukraine

The total combat losses of the enemy from 24.02.22 to 25.11.25 were approximately:

personnel ‒ about 1 171 480 (+1 090) persons
tanks ‒ 11 362 (+5)
UAV operational-tactical level – 87 311 (+209)

Information is being updated."""


def test_loss_list_items_share_the_header_and_flag_increments():
    claims = {c["surface"]: c for c in extract_claims("d" * 16, LOSS_REPORT)}
    tanks, daily = claims["11 362"], claims["5"]
    assert (tanks["weapon_type"], tanks["action"], tanks["actor"], tanks["target"]) == (
        "tank",
        "destroyed",
        "Ukraine",
        "Russia",
    )
    assert tanks["claimant_side"] == "Ukraine"  # the masthead issues the whole report
    assert (daily["number_kind"], daily["weapon_type"], daily["value"]) == ("increment", "tank", 5)
    people = claims["about 1 171 480"]
    assert (people["category"], people["action"], people["qualifier"]) == (
        "casualties",
        "killed",
        "approximate",
    )
    assert claims["87 311"]["weapon_type"] == "drone"


def test_share_takes_its_value_from_the_figure_it_refers_to():
    [_whole, half] = extract_claims(
        "e" * 16,
        "Russia said it shot down 84 Ukrainian drones, nearly half of them over the Moscow region.",
    )
    assert (half["value"], half["qualifier"], half["number_kind"]) == (42, "at_most", "share")
    assert (half["action"], half["actor"], half["region"]) == ("shot_down", "Russia", "Moscow")


def test_part_of_a_launch_makes_the_whole_a_launch_by_the_other_side():
    text = "Ukraine's Air Force said 550 drones and 24 missiles were recorded, of which 449 drones were shot down."
    claims = {c["surface"]: c for c in extract_claims("f" * 16, text)}
    assert (claims["550"]["action"], claims["550"]["actor"], claims["550"]["target"]) == (
        "launched",
        "Russia",
        "Ukraine",
    )
    assert (claims["449"]["action"], claims["449"]["actor"]) == ("shot_down", "Ukraine")


def test_dateline_does_not_become_the_actor():
    [claim] = extract_claims(
        "a" * 16, "KYIV, Nov 25 (Reuters) - Russia launched 38 drones at Ukraine overnight."
    )
    assert (claim["actor"], claim["target"]) == ("Russia", "Ukraine")


def _by_surface(article: str) -> dict[str, dict]:
    return {c["surface"]: c for c in extract_claims("0" * 16, article)}


def test_a_claim_placed_nowhere_takes_the_country_most_of_the_article_is_in():
    article = (
        "Russian drones struck Kharkiv overnight, killing three people, the governor said.\n\n"
        "In Odesa, 12 people were injured when a missile hit a port building.\n\n"
        "Ukraine's air force said it shot down 40 of the 55 drones launched at Ukraine.\n\n"
        "A UN monitoring mission said 214 civilians were killed and 1,139 injured in October.\n\n"
        "Germany pledged 500 million euros in aid."
    )
    claims = _by_surface(article)
    for surface in ("214", "1,139"):
        assert claims[surface]["country"] == "Ukraine"
        assert (claims[surface]["target"], claims[surface]["actor"]) == ("Ukraine", "Russia")
    assert claims["500 million"]["country"] is None  # a state's beyond the war: left alone


def test_money_placed_nowhere_takes_the_country_of_the_article_unless_a_partner_spends_it():
    article = (
        "Russian drones struck Kharkiv overnight, killing three people, the governor said.\n\n"
        "In Odesa, 12 people were injured when a missile hit a port building.\n\n"
        "Ukraine's air force said it shot down 40 of the 55 drones launched at Ukraine.\n\n"
        "The UN humanitarian appeal seeks $2.4 billion this year.\n\n"
        "Germany's economy shrank by 0.3% in the quarter, its statistics office said."
    )
    claims = _by_surface(article)
    assert claims["$2.4 billion"]["country"] == "Ukraine"
    assert claims["0.3%"]["country"] is None


def test_an_article_split_between_countries_lends_none():
    article = (
        "A Russian missile killed three people in Kharkiv, the governor said.\n\n"
        "Another strike injured five people in Sumy.\n\n"
        "A Ukrainian drone injured two people in Belgorod, Gladkov said.\n\n"
        "Shelling killed one woman in Kursk, officials said.\n\n"
        "Officials said 300 people had been evacuated since Monday."
    )
    claims = _by_surface(article)
    assert [claims[s]["country"] for s in ("three", "five", "two", "one")] == [
        "Ukraine", "Ukraine", "Russia", "Russia"
    ]  # fmt: skip
    assert claims["300"]["country"] is None


def test_a_weapon_of_no_one_kind_has_no_weapon_type():
    # a blank weapon_type in the lexicon is NULL, not "", which the schema would reject
    claims = _by_surface("Air defence destroyed 30 means of air attack and three EW systems.")
    assert claims["30"]["category"] == claims["three"]["category"] == "weapon"
    assert claims["30"]["weapon_type"] is None and claims["three"]["weapon_type"] is None


def test_harm_placed_nowhere_takes_the_region_most_of_the_article_is_in():
    article = (
        "A Russian missile strike on Kharkiv killed five people, the governor said.\n\n"
        "In Kharkiv, 14 residential buildings were damaged and 300 residents were evacuated.\n\n"
        "The governor had initially reported two dead and nine wounded.\n\n"
        "HRMMU said 13,580 civilians had been killed since 2022."
    )
    claims = _by_surface(article)
    assert claims["two"]["region"] == claims["nine"]["region"] == "Kharkiv"
    assert claims["13,580"]["region"] is None  # a monitor's nationwide count stays unplaced


def test_a_clock_named_after_a_capital_speaks_for_no_one():
    article = (
        "Saratov came under a drone attack overnight. Governor Roman Busargin reported on the "
        "attack in a series of posts on his Telegram channel, which we translate below in full, "
        "with the times of publication (Moscow time).\n\n"
        "03:12\nSaratov is being attacked by UAVs.\n\n"
        "04:05\nTwo people were injured in the village of Kurdyum. Windows in 14 houses were "
        "damaged."
    )
    claims = _by_surface(article)
    assert claims["Two"]["claimant"] != "Moscow" and claims["14"]["claimant"] != "Moscow"
