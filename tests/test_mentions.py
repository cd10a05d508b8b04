"""Persons no lexicon knows, whose given name's spelling tells their side (given_names.csv)."""

import shutil

import pytest

from pipeline.extraction.claims import extract_claims
from pipeline.extraction.mentions import find_mentions, may_refer_to
from pipeline.lexicons import DEFAULT_DIR, reload_lexicons


def persons(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(m.text, m.side, m.name, m.role) for m in find_mentions(text) if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The unit lost two vehicles, said Captain Andrii Skyba-Lund.",
            [("Andrii Skyba-Lund", "Ukraine", "Skyba-Lund", "male")],
        ),
        (
            "Olena Hrytsai, who runs the shelter, counted 40 families.",
            [("Olena Hrytsai", "Ukraine", "Hrytsai", "female")],
        ),
        # a person a lexicon knows stays that entity, not a second mention
        (
            "Oleksandr Syrskyi said the line held.",
            [("Oleksandr Syrskyi", "Ukraine", "Syrskyi", None)],
        ),
        # no surname, or a given name in lower case: no person
        ("Andrii said nothing.", []),
        ("the oleksandr class of boats", []),
        # bylines and credits name no one who says anything
        ("By Iryna Holub", []),
        ("Text by Oleh Rymar. Photographs by Marta Osadcha", []),
        ("Olena Shevchuk | 12 May 2027, 18:20", []),
        ("Yuliia Park, data editor", []),
    ],
)
def test_a_given_name_spelt_the_ukrainian_way_names_a_person_of_ukraine(text, expected):
    assert persons(text) == expected


def test_he_and_she_refer_back_only_to_a_person_of_their_gender():
    [man] = [m for m in find_mentions("Oleksandr Kravets said so.") if m.kind == "person"]
    [woman] = [m for m in find_mentions("Iryna Koval said so.") if m.kind == "person"]
    [known] = [m for m in find_mentions("Zelensky said so.") if m.kind == "person"]
    assert may_refer_to("he", man) and may_refer_to("His", man)
    assert not may_refer_to("she", man) and not may_refer_to("her", man)
    assert may_refer_to("She", woman) and not may_refer_to("he", woman)
    assert may_refer_to("she", known) and may_refer_to("he", known)  # gender unknown
    assert not may_refer_to("he", None)


def test_she_does_not_take_the_side_of_the_man_named_before():
    text = (
        "Ukraine's Air Force said it had shot down 52 drones overnight.\n\n"
        '"It was a long night," said Oleksandr Savchuk, a Ukrainian volunteer.\n\n'
        "Russia's defence ministry gave its own account. She said 70 drones had been destroyed."
    )
    seventy = next(c for c in extract_claims("0" * 16, text) if c["surface"] == "70")
    assert seventy["claimant"] != "Savchuk"


def test_a_given_name_added_by_a_user_is_used(tmp_path, monkeypatch):
    folder = tmp_path / "lexicons"
    shutil.copytree(DEFAULT_DIR, folder)
    text = "The brigade destroyed 14 Russian tanks, said Colonel Olesko Varta."
    assert persons(text) == []
    with (folder / "given_names.csv").open("a", encoding="utf-8") as handle:
        handle.write("Olesko,Ukraine,male\n")
    monkeypatch.setenv("CLAIMS_LEXICON_DIR", str(folder))
    reload_lexicons()
    try:
        found = persons(text)
        [claim] = extract_claims("0" * 16, text)
    finally:
        monkeypatch.delenv("CLAIMS_LEXICON_DIR")
        reload_lexicons()
    assert found == [("Olesko Varta", "Ukraine", "Varta", "male")]
    assert (claim["claimant"], claim["claimant_side"]) == ("Varta", "Ukraine")
