"""Lexicons are data: every file loads, and a row a user adds changes what is extracted."""

import re
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extraction.claims import extract_claims
from pipeline.lexicons import (
    DEFAULT_DIR,
    LexiconError,
    PhraseMatcher,
    Tokens,
    load_rows,
    plural_forms,
    reload_lexicons,
)

LEXICONS = sorted(p.stem for p in DEFAULT_DIR.glob("*.csv"))


@pytest.mark.parametrize("name", LEXICONS)
def test_no_lexicon_repeats_a_row(name):
    """A row written twice is dead weight that hides which copy a user should edit."""
    lines = (DEFAULT_DIR / f"{name}.csv").read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line.strip() and not line.startswith("#")]
    repeated = sorted({row for row in rows if rows.count(row) > 1})
    assert not repeated, f"{name}.csv repeats {repeated}"


@pytest.mark.parametrize("name", LEXICONS)
def test_each_lexicon_loads_with_a_documented_header(name):
    rows = load_rows(name, str(DEFAULT_DIR))
    assert rows, name
    text = (DEFAULT_DIR / f"{name}.csv").read_text(encoding="utf-8")
    assert text.startswith("#"), (
        f"{name}.csv must open with comment lines that say what a row means"
    )


def test_gazetteer_has_no_name_in_two_regions():
    seen: dict[str, str] = {}
    for row in load_rows("places", str(DEFAULT_DIR)):
        key = row["name"].lower()
        assert seen.setdefault(key, row["region"]) == row["region"], row


def test_gazetteer_knows_spelling_variants():
    regions = {
        r["name"]: (r["region"], r["country"]) for r in load_rows("places", str(DEFAULT_DIR))
    }
    assert regions["Kiev"] == regions["Kyiv"] == ("Kyiv", "Ukraine")
    assert regions["Kharkov"] == regions["Kharkiv"]
    assert regions["Odessa"] == regions["Odesa"]
    assert regions["Riazan"] == regions["Ryazan"] == ("Ryazan", "Russia")
    assert regions["Pokrovsk"] == ("Donetsk", "Ukraine")


def test_matcher_prefers_longest_and_whole_words():
    m = PhraseMatcher([{"term": "drone"}, {"term": "attack drone"}], "term", plurals=True)
    found = [x.text for x in m.find("Two attack drones and an anti-drone gun; drones.")]
    assert found == ["attack drones", "drones"]


def test_no_unit_starts_with_a_word_the_number_takes():
    # "13.2 billion cubic metres": the number reads "13.2 billion"; a unit "billion cubic
    # metres" would start inside it and never be found after it
    terms = [row["term"].lower() for row in load_rows("units", str(DEFAULT_DIR))]
    assert not [t for t in terms if t.split()[0] in ("thousand", "million", "billion")]
    [claim] = extract_claims("0" * 16, "Ukraine holds 13.2 billion cubic metres of gas.")
    assert (claim["value"], claim["unit"], claim["category"]) == (13.2e9, "m3", "economic")


def test_acronyms_do_not_match_lower_case_words():
    m = PhraseMatcher([{"term": "US"}, {"term": "NATO"}, {"term": "UAV"}], "term", plurals=True)
    found = [
        x.text for x in m.find("Officers told us the US, Nato and NATO lost 3 UAVs, not uavs.")
    ]
    assert found == ["US", "Nato", "NATO", "UAVs"]


@pytest.mark.parametrize(
    ("term", "forms"),
    [("drone", ["drones"]), ("city", ["cities"]), ("bus", []), ("loss", ["losses"])],
)
def test_plural_forms(term, forms):
    assert plural_forms(term) == forms


def test_a_row_added_by_a_user_is_used(tmp_path, monkeypatch):
    folder = tmp_path / "lexicons"
    shutil.copytree(DEFAULT_DIR, folder)
    sentence = "Russia launched 12 Zhuravlik loiterers at Kharkiv."
    assert extract_claims("0" * 16, sentence) == []
    with (folder / "weapons.csv").open("a", encoding="utf-8") as handle:
        handle.write("Zhuravlik loiterer,drone,Zhuravlik\n")
    monkeypatch.setenv("CLAIMS_LEXICON_DIR", str(folder))
    reload_lexicons()
    try:
        [claim] = extract_claims("0" * 16, sentence)
    finally:
        monkeypatch.delenv("CLAIMS_LEXICON_DIR")
        reload_lexicons()
    assert (claim["weapon_type"], claim["weapon_model"], claim["actor"]) == (
        "drone",
        "Zhuravlik",
        "Russia",
    )


def test_a_maker_row_says_whose_weapons_they_are(tmp_path, monkeypatch):
    folder = tmp_path / "lexicons"
    shutil.copytree(DEFAULT_DIR, folder)
    sentence = "Three Zhuravlik drones hit the depot, Ukraine's General Staff said."
    with (folder / "weapons.csv").open("a", encoding="utf-8") as handle:
        handle.write("Zhuravlik drone,drone,Zhuravlik\n")
    monkeypatch.setenv("CLAIMS_LEXICON_DIR", str(folder))
    reload_lexicons()
    try:
        [unmade] = extract_claims("0" * 16, sentence)  # the other side's, as the claimant says
        with (folder / "makers.csv").open("a", encoding="utf-8") as handle:
            handle.write("Zhuravlik,Ukraine\n")
        reload_lexicons()
        [made] = extract_claims("0" * 16, sentence)
    finally:
        monkeypatch.delenv("CLAIMS_LEXICON_DIR")
        reload_lexicons()
    assert (unmade["actor"], unmade["target"]) == ("Russia", "Ukraine")
    assert (made["actor"], made["target"]) == ("Ukraine", "Russia")


def _last_claim_with_body_rows(tmp_path, monkeypatch, rows: list[str], text: str) -> list[dict]:
    """The last claim of `text` with each of `rows` added in turn to a copy of bodies.csv."""
    folder = tmp_path / "lexicons"
    shutil.copytree(DEFAULT_DIR, folder)
    bodies = (folder / "bodies.csv").read_text(encoding="utf-8")
    monkeypatch.setenv("CLAIMS_LEXICON_DIR", str(folder))
    found = []
    try:
        for row in rows:
            (folder / "bodies.csv").write_text(f"{bodies}{row}\n", "utf-8")
            reload_lexicons()
            found.append(extract_claims("0" * 16, text)[-1])
    finally:
        monkeypatch.delenv("CLAIMS_LEXICON_DIR")
        reload_lexicons()
    return found


def test_a_body_row_marked_as_a_unit_reads_as_one(tmp_path, monkeypatch):
    text = (
        "Russia's defence ministry said its forces shot down 30 drones.\n\n"
        "The 93rd Division said its drones destroyed 14 Russian tanks near Kreminna."
    )
    rows = ["division,military,,", "division,military,yes,"]
    body, unit = _last_claim_with_body_rows(tmp_path, monkeypatch, rows, text)
    # a body takes the side of the last speaker; a unit names itself with its number and
    # speaks for the side whose results it reports
    assert (body["claimant"], body["claimant_side"]) == ("Division", "Russia")
    assert (unit["claimant"], unit["claimant_side"]) == ("93rd Division", "Ukraine")


def test_a_body_row_with_a_side_gives_it_to_the_body_named_bare(tmp_path, monkeypatch):
    text = (
        "Russia's Defence Ministry said its air defences had shot down 41 drones.\n\n"
        "The Coastal Guard said 12 missiles were shot down over the sea."
    )
    rows = ["coastal guard,military,,", "coastal guard,military,,Ukraine"]
    found = _last_claim_with_body_rows(tmp_path, monkeypatch, rows, text)
    # with no side of its own, the side the article last spoke for
    assert [c["claimant_side"] for c in found] == ["Russia", "Ukraine"]


def test_a_malformed_row_is_a_clear_error(tmp_path):
    (tmp_path / "broken.csv").write_text("# doc\nterm,kind\nsaid\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="row 2"):
        load_rows("broken", str(tmp_path))


def test_a_missing_lexicon_is_a_clear_error(tmp_path):
    with pytest.raises(LexiconError, match="not found"):
        load_rows("nothing", str(tmp_path))


def test_matcher_respects_spacing_hyphens_and_ranges():
    m = PhraseMatcher([{"term": "U.S."}, {"term": "air force"}, {"term": "Su-34"}], "term")
    text = "The U.S. and U. S. air\u00a0force; an anti-Su-34 Su-34s Su-34 airforce"
    assert [x.text for x in m.find(text)] == ["U.S.", "air\u00a0force", "Su-34"]
    # a range ends where the text would end: "air" alone is no term, "air force" needs both
    assert m.find("the air force", 0, 7) == []
    assert [x.text for x in m.find("the air force base", 4, 13)] == ["air force"]


def test_a_hyphen_stands_for_a_space_between_two_words():
    m = PhraseMatcher(
        [{"term": "air defence system"}, {"term": "air-launched"}, {"term": "burned out"}],
        "term",
        plurals=True,
    )
    text = "45 air-defence systems, air-launched drones, a burned-out tank, air -defence"
    assert [x.text for x in m.find(text)] == ["air-defence systems", "air-launched", "burned-out"]
    assert m.lookup("burned-out") == {"term": "burned out"}
    assert m.lookup("air-launched") == {"term": "air-launched"}


# The reference semantics of a matcher, as one regular expression over the text.
def _reference(terms: list[str], text: str) -> list[tuple[int, int]]:
    import re

    from pipeline.lexicons import normalise_term, trie_pattern

    # (a space in a term also matches a hyphen between two words: "air-force")
    body = trie_pattern({normalise_term(t) for t in terms}).replace(
        r"\s+", r"(?:\s+|(?<=\w)-(?=\w))"
    )
    pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.I)
    return [m.span() for m in pattern.finditer(text)]


_WORDS = ["air", "force", "air force", "drone", "attack drone", "u.s.", "su-34", "st. anna"]


@given(
    terms=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5, unique=True),
    pieces=st.lists(
        st.sampled_from(
            [*_WORDS, "Air", "FORCE", "drones", "-", " ", "  ", ".", ",", "x", "s", "air-force"]
        ),
        max_size=14,
    ),
)
def test_token_matcher_agrees_with_the_regular_expression(terms, pieces):
    text = "".join(f"{p} " if i % 3 else p for i, p in enumerate(pieces))
    m = PhraseMatcher([{"term": t} for t in terms], "term")
    assert [(x.start, x.end) for x in m.find(text)] == _reference(terms, text)


_TOKEN_TEXT = st.text(max_size=200) | st.lists(
    st.sampled_from([*_WORDS, "’", "İ", "\u00a0", "\n", "-", "Su-34"])
).map(" ".join)


@given(_TOKEN_TEXT)
def test_tokens_are_the_runs_of_word_characters_and_single_marks(text):
    toks = Tokens(text)
    # lower case, one character for one ("İ" stays), and the typographic apostrophe as "'"
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    lowered = lowered.replace("’", "'")
    found = list(re.finditer(r"\w+|[^\w\s]", lowered))
    assert toks.words == [m.group() for m in found]
    assert toks.starts == [m.start() for m in found]
    assert toks.ends == [m.end() for m in found]


def test_caches_of_lexicon_results_are_emptied_on_reload(tmp_path, monkeypatch):
    from pipeline.extraction.frames import find_frames

    sentence = "Kyiv trumpeted that 40 drones fell."
    assert find_frames(sentence) == []
    folder = tmp_path / "lexicons"
    shutil.copytree(DEFAULT_DIR, folder)
    with (folder / "reporting.csv").open("a", encoding="utf-8") as handle:
        handle.write("trumpeted,verb\n")
    monkeypatch.setenv("CLAIMS_LEXICON_DIR", str(folder))
    reload_lexicons()
    try:
        assert [f.text for f in find_frames(sentence)] == ["trumpeted"]
    finally:
        monkeypatch.delenv("CLAIMS_LEXICON_DIR")
        reload_lexicons()
    assert find_frames(sentence) == []
