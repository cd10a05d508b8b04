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
