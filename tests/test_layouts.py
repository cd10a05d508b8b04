"""Sentences in an order the analysis does not read are read in the plain order they stand
for: a line that opens with its figure and describes it after a dash or a colon ("• Around
150,000 — the number of Russian troops massed near Pokrovsk"), a reporting clause between a
subject and its verb ("North Korea, she said, had sent 14,000 troops"), an object inside its
verb ("took 120 soldiers prisoner"). Every span found in the reading points back at the same
characters of the sentence."""

import pytest

from pipeline.extraction.claims import extract_claims
from pipeline.extraction.layouts import (
    aligned_columns,
    figure_first,
    reported_aside,
    taken_prisoner,
)
from pipeline.extraction.model import Draft
from pipeline.extraction.numbers import find_quantities


@pytest.mark.parametrize(
    ("reader", "sentence", "reading"),
    [
        (
            figure_first,
            "• Around 60,000 — the number of North Korean troops sent to Russia in 2024.",
            "• Around 60,000 North Korean troops sent to Russia in 2024.",
        ),
        (
            figure_first,
            "More than 41,000: civilians evacuated from Kupiansk district since August.",
            "More than 41,000 civilians evacuated from Kupiansk district since August.",
        ),
        (
            figure_first,
            "▪ About 1,100 km² – the area Ukrainian troops retook in the Kharkiv region in 2022.",
            "▪ About 1,100 km² Ukrainian troops retook in the Kharkiv region in 2022.",
        ),
        (
            figure_first,
            "• 12 - Patriot batteries now in Ukraine.",
            "• 12 Patriot batteries now in Ukraine.",
        ),
        (
            reported_aside,
            "North Korea, she said, had sent approximately 14,000 troops to Russia.",
            "North Korea had sent approximately 14,000 troops to Russia, she said.",
        ),
        (
            reported_aside,
            'Russian losses, the minister added, "exceed 1,000 a day".',
            'Russian losses "exceed 1,000 a day", the minister added.',
        ),
        (
            reported_aside,
            "The brigade, its commander told reporters, has shot down 120 drones",
            "The brigade has shot down 120 drones, its commander told reporters",
        ),
        (
            reported_aside,
            "In 2026 alone, the headquarters said, 1,642 people have been brought home.",
            "In 2026 alone 1,642 people have been brought home, the headquarters said.",
        ),
        (
            taken_prisoner,
            "The corps said it had taken 14 Russian soldiers prisoner near Lyman.",
            "The corps said it had taken prisoner 14 Russian soldiers near Lyman.",
        ),
        (
            taken_prisoner,
            "They took about 2,000 Ukrainians captive in 2022.",
            "They took captive about 2,000 Ukrainians in 2022.",
        ),
        (
            aligned_columns,
            "Sverdlovsk region       6,402      +312",
            "Sverdlovsk region | 6,402 | +312",
        ),
        (
            aligned_columns,
            "  Shahed\t\t1,240\t96",
            "Shahed | 1,240 | 96",
        ),
    ],
)
def test_a_sentence_is_read_in_plain_order_and_its_spans_point_back(reader, sentence, reading):
    found = reader(sentence)
    assert found is not None and found.text == reading
    quantities = find_quantities(found.text)
    assert quantities
    drafts = found.restore([Draft(q, value=q.value) for q in quantities])
    assert [sentence[d.q.start : d.q.end] for d in drafts] == [
        found.text[q.start : q.end] for q in quantities
    ]
    assert [sentence[d.q.num_start : d.q.num_end] for d in drafts] == [
        found.text[q.num_start : q.num_end] for q in quantities
    ]


@pytest.mark.parametrize(
    ("reader", "sentence"),
    [
        (figure_first, "Tanks — 3,000 (+12)"),  # a label before its figure
        (figure_first, "2024 — Russia captured Avdiivka."),  # a timeline's year
        (figure_first, "2025–2026 — Russian troops try to envelop the town."),  # its years
        (figure_first, "12 December — Russia launched 50 drones at Odesa."),  # a date
        (figure_first, "Donetsk | 58 | 167"),  # a table row
        (figure_first, "Russia launched 50 drones: 40 were shot down."),  # opens with words
        (figure_first, "50 drones were launched at Odesa overnight."),  # no dash or colon
        (figure_first, "• 40 — 35 of them over the Kyiv region."),  # a figure after the dash
        (reported_aside, "Russia, Ukraine and Belarus signed the 1994 memorandum."),
        (reported_aside, "Kyiv, the capital, was hit by 12 drones."),  # an apposition
        (reported_aside, "North Korea, she said, had sent troops to Russia."),  # no figure
        (taken_prisoner, "Russian troops took prisoners near Lyman."),  # no count inside
        (taken_prisoner, "He was taken prisoner in 2022."),
        (aligned_columns, "Russia launched 50 drones   at Odesa overnight."),  # prose
        (aligned_columns, "Donetsk | 58 | 167"),  # drawn with bars already
        (aligned_columns, "Russia launched 50 drones at Odesa"),  # no wide gap
    ],
)
def test_other_sentences_are_read_as_written(reader, sentence):
    assert reader(sentence) is None


def test_spans_after_the_cut_point_back_at_the_line():
    line = "• Up to 98,000: Ukrainian losses in the same period, 4,500 of them in December."
    reading = figure_first(line)
    assert reading is not None
    drafts = [Draft(q, value=q.value) for q in find_quantities(reading.text)]
    restored = reading.restore(drafts)
    assert [line[d.q.start : d.q.end] for d in restored] == ["Up to 98,000", "4,500"]


def test_claims_of_a_numbers_box_keep_the_source_characters():
    article = (
        "The battle in numbers\n\n"
        "• More than 1,300 km² — the area Russian forces seized around Kupiansk this year, "
        "according to DeepState.\n\n"
        "• Around 8,000: civilians evacuated from the town since August, the regional "
        "administration said.\n"
    )
    claims = {c["surface"]: c for c in extract_claims("a" * 16, article)}
    assert set(claims) == {"More than 1,300", "Around 8,000"}
    for c in claims.values():
        assert article[c["span_start"] : c["span_end"]] == c["surface"]
    seized, evacuated = claims["More than 1,300"], claims["Around 8,000"]
    assert (seized["category"], seized["action"], seized["actor"]) == (
        "territory",
        "seized",
        "Russia",
    )
    assert (evacuated["category"], evacuated["action"]) == ("displacement", "evacuated")


def test_a_table_aligned_with_spaces_is_read_as_a_table():
    article = (
        "The regions with the most confirmed deaths:\n\n"
        "Region                  Confirmed deaths\n"
        "Bashkortostan           8,917\n"
        "Tatarstan               6,110\n"
    )
    claims = {c["surface"]: c for c in extract_claims("a" * 16, article)}
    assert set(claims) == {"8,917", "6,110"}
    for c in claims.values():
        assert article[c["span_start"] : c["span_end"]] == c["surface"]
        assert (c["category"], c["action"], c["target"]) == ("casualties", "killed", "Russia")
