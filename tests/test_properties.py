"""Properties that hold for any input: offsets point at the surface, nothing crashes."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extraction.claims import extract_claims
from pipeline.text.cleaning import clean_article

WORDS = st.sampled_from(
    "Russia Ukraine Kyiv launched shot down 1,000 39. 6 million more than nearly U. S. drones "
    "missiles troops Kursk region said , . ; ( ) » Home 12 eight twenty-five $ % km square "
    "miles \u00a0 \u202f \n \r\n 2022 Su-34 ’s according to by over the in of and".split(" ")
)
TEXT = st.lists(WORDS, max_size=60).map(" ".join) | st.text(max_size=300)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT)
def test_claim_spans_always_point_at_their_surface(raw):
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    for claim in extract_claims("0" * 16, raw):
        assert raw[claim["span_start"] : claim["span_end"]] == claim["surface"]
        assert claim["surface"].strip()
        assert claim["value"] >= 0


@FAST
@given(TEXT)
def test_cleaned_sentences_map_inside_the_raw_text(raw):
    cleaned = clean_article(raw)
    for s in cleaned.sentences:
        start, end = cleaned.offsets.raw_span(s.start, s.end)
        assert 0 <= start < end <= len(raw)


HOSTILE = st.lists(
    st.sampled_from(
        ["1", "0", ",", ".", " ", "\u202f", "-", "–", "(", "+", ")", "one", "two", "hundred",
         "thousand", "of", "and", "<", ">", "&amp;", "drones", "Russia", "said", ":", "\n", "$", "%",
         "between", "to", "half", "Su-", "km", "’s", "the", "enemy", "lost"]
    ),
    max_size=400,
).map("".join)  # fmt: skip


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE)
def test_hostile_text_never_crashes_the_extractor(raw):
    for claim in extract_claims("0" * 16, raw):
        assert raw[claim["span_start"] : claim["span_end"]] == claim["surface"]


def test_pathological_inputs_finish_and_stay_bounded():
    # Inputs that make naive patterns backtrack or naive loops go quadratic.
    for text in [
        ", ".join(str(i) for i in range(3000)) + " drones.",
        "1," * 5000 + "000 drones",
        "one two three " * 2000,
        "<a" * 5000,
        "<script>" + "x" * 20000,
        "Russia Ukraine " * 3000 + "launched 5 drones.",
    ]:
        claims = extract_claims("0" * 16, text)
        assert all(text[c["span_start"] : c["span_end"]] == c["surface"] for c in claims)
