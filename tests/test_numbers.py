"""The number grammar: values, multipliers, qualifiers, and what is not a quantity."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extraction.numbers import (
    _MAYBE,
    _may_hold_quantity_by_tokens,
    bounds,
    find_quantities,
    may_hold_quantity,
    parse_number_words,
)


def read(text: str) -> list[tuple[str, float, str]]:
    return [(text[q.start : q.end], q.value, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("some 1,000 troops", "some 1,000", 1000),
        ("about 34100 men", "about 34100", 34100),
        ("5 000 civilians", "5 000", 5000),
        ("5\u00a0000 civilians", "5\u00a0000", 5000),
        ("5\u202f000 civilians", "5\u202f000", 5000),
        ("surveyed 2 030,5 hectares", "2 030,5", 2030.5),  # spaced thousands, decimal comma
        ("a loss of 2.5 million", "2.5 million", 2_500_000),
        ("121 thousand people", "121 thousand", 121_000),
        ("costing $1.1 million", "$1.1 million", 1_100_000),
        ("worth €3bn", "€3bn", 3e9),
        ("10k soldiers", "10k", 10_000),
        ("eight missiles", "eight", 8),
        ("twenty-five tanks", "twenty-five", 25),
        ("a dozen tanks", "a dozen", 12),
        ("two hundred thousand people", "two hundred thousand", 200_000),
        ("one hundred and twenty drones", "one hundred and twenty", 120),
        ("one and a half million people", "one and a half million", 1_500_000),
        ("two and a half thousand troops", "two and a half thousand", 2_500),
        ("nearly half a million this year", "nearly half a million", 500_000),
        ("a quarter of a million people", "a quarter of a million", 250_000),
        ("three-quarters of a billion dollars", "three-quarters of a billion", 750_000_000),
        ("half a dozen drones", "half a dozen", 6),
        ("fell by 6%", "6%", 6),
        ("fell 12 percent", "12 percent", 12),
        ("٣٠ drones", "٣٠", 30),
    ],
)
def test_values(text, surface, value):
    found = read(text)
    assert len(found) == 1, found
    assert found[0][0] == surface
    assert found[0][1] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("more than 50,000 troops", "more than 50,000", "at_least"),
        ("Over 70 drones", "Over 70", "at_least"),
        ("at least one person", "at least one", "at_least"),
        ("some 10,000 soldiers", "some 10,000", "approximate"),
        ("around 6,000 troops", "around 6,000", "approximate"),
        ("an estimated $2 million", "an estimated $2 million", "approximate"),
        ("nearly 110,000 troops", "nearly 110,000", "at_most"),
        ("almost 200 square miles", "almost 200", "at_most"),
        ("up to 40 drones", "up to 40", "at_most"),
        ("500 or more drones", "500 or more", "at_least"),
        ("a record 145 drones", "145", "exact"),
    ],
)
def test_qualifiers(text, surface, qualifier):
    assert read(text)[0][0::2] == (surface, qualifier)


def test_bounds_convention():
    assert bounds(100, "exact") == (100, 100)
    assert bounds(100, "at_least") == (100, None)
    assert bounds(100, "at_most") == (None, 100)
    assert bounds(100, "approximate") == (90, 110)


def test_vague_amounts_have_bounds():
    [q] = find_quantities("dozens of drones")
    assert (q.value, q.value_low, q.value_high, q.kind) == (24, 24, 99, "vague")


@pytest.mark.parametrize(
    "text",
    [
        "on March 7, 2022 the war",
        "on 7 March the war",
        "on 2022-10-10 the war",
        "on 24.02.2022 the war",
        "at 10:30 the siren",
        "at 5 a.m. the siren",
        "within 24 hours",
        "nearly three years ago",
        "a 10-year-old boy",
        "bonuses worth several years of wages",
        "after hundreds of days of fighting",
        "aged 45",
        '"Bison", 38, a drone platoon commander',
        "the damaged high-rise at 45 Nauky Avenue",
        "children aged between 2 and 16",
        "call the regional hotline 0 800 33 51 94 daily",
        "Hotline: 8 (4712) 70-00-70, daily",
        "Exchange rates used in this article: $1 = 85 roubles",
        "the 330 kV substation",
        "Transit centre: Kharkiv, 173 Poltavskyi Shliakh St.",
        "the 53rd Brigade",
        "two Su-34",  # the "34"
        "a Kh-101 and an S-300",
        "a Shahed-136 and a MiG-31K",
        "HIMARS M142 launchers",
        "the Group of Seven",
        "under Article 5",
        "for the first time",
    ],
)
def test_not_quantities(text):
    found = [s for s, _, _ in read(text)]
    assert all(
        s not in ("34", "101", "300", "136", "31", "142", "53", "7", "5", "45", "10", "24")
        for s in found
    ), found
    if text != "two Su-34":
        assert found == []


def test_years_are_flagged_for_the_caller():
    [q] = find_quantities("since 2014")
    assert q.maybe_year


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("a dozen", 12), ("ninety-nine", 99), ("a thousand", 1000), ("banana", None)],
)
def test_parse_number_words(phrase, value):
    assert parse_number_words(phrase) == value


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("between 10 and 15 drones", "between 10 and 15", 10, 15),
        ("20,000 to 30,000 troops", "20,000 to 30,000", 20_000, 30_000),
        ("14,000–15,000 soldiers", "14,000–15,000", 14_000, 15_000),
        ("20-30 drones", "20-30", 20, 30),
        ("20 to 30 thousand people", "20 to 30 thousand", 20_000, 30_000),
        ("about 5 to 7 km", "about 5 to 7", 5, 7),
        ("groups of between three and five men", "between three and five", 3, 5),
    ],
)
def test_ranges_keep_both_bounds_and_take_the_low_one_as_value(text, surface, low, high):
    [q] = find_quantities(text)
    assert (text[q.start : q.end], q.kind, q.value, q.value_low, q.value_high) == (
        surface,
        "range",
        low,
        low,
        high,
    )


def test_two_numbers_joined_by_and_are_not_a_range():
    assert [q.kind for q in find_quantities("2 tanks and 3 drones")] == ["digits", "digits"]
    # nor one number: "and" joins number words only after a scale word
    assert [q.value for q in find_quantities("two and three drones")] == [2, 3]


def test_daily_increments_are_flagged():
    quantities = find_quantities("tanks ‒ 1 496 (+19),")
    assert [(q.value, q.kind) for q in quantities] == [(1496, "digits"), (19, "increment")]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("nearly half of them", 0.5),
        ("three-quarters of the drones", 0.75),
        ("a third of the troops", 1 / 3),
    ],
)
def test_shares(text, share):
    [q] = find_quantities(text)
    assert q.kind == "share" and q.value == pytest.approx(share)


def test_half_in_dates_is_no_share():
    assert [q.kind for q in find_quantities("in the first half of 2024 the war")] != ["share"]


_NUMBERISH = st.lists(
    st.sampled_from(
        [
            "twenty-five",
            "Five",
            "DOZEN",
            "several",
            "thirds",
            "-one",
            "one-",
            "x1",
            "٣",
            "ſix",
            "K",
            "none",
            "hundreds",
            "Su-34",
            "no",
            "tens",
            ".",
            ",",
            "\u00a0",
            "drones",
            "_1",
            "1st",
            "a1b",
            "(3)",
        ]
    )
).map(" ".join)


@given(st.text(max_size=120) | _NUMBERISH)
def test_the_quick_quantity_tests_agree_with_the_regular_expression(text):
    expected = _MAYBE.search(text) is not None
    assert may_hold_quantity(text) == expected
    assert _may_hold_quantity_by_tokens(text) == expected


def test_a_telephone_number_hides_no_figure_beside_it():
    text = "Call the hotline 0 800 33 51 94; 1 250 000 people have left the region."
    assert [(s, v) for s, v, _ in read(text)] == [("1 250 000", 1_250_000)]


def test_a_number_word_after_a_list_bullet_opens_its_sentence():
    # capitalised number words inside a sentence are names ("the Group of Seven"); after a
    # bullet or a dash they open the sentence
    assert [v for _, v, _ in read("- Three settlements were taken this week.")] == [3]
    assert [v for _, v, _ in read("— Two drones were shot down over Kyiv.")] == [2]


@given(
    whole=st.integers(min_value=0, max_value=999),
    tenths=st.integers(min_value=1, max_value=9),
    scale=st.sampled_from([("thousand", 1_000), ("million", 1_000_000), ("billion", 10**9)]),
)
def test_a_decimal_with_a_scale_word_is_the_exact_whole_number(whole, tenths, scale):
    # "4.1 million" is 4,100,000, not 4099999.9999999995: analysts filter on value = 4100000
    word, factor = scale
    [q] = find_quantities(f"Russia fired {whole}.{tenths} {word} shells.")
    assert q.value == (whole * 10 + tenths) * factor // 10
