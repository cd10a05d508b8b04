"""Needles and prefixes of a pattern: a line without them cannot match it, so the furniture
check may skip the pattern's search; they must never skip a line the pattern matches."""

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.lexicons import load_rows
from pipeline.text.cleaning import furniture_reason
from pipeline.text.needles import folds_simply, needles, prefixes, required, suffixes

PATTERNS = [
    *(row["pattern"] for row in load_rows("furniture")),
    r"disabling your ad ?blocker",
    r"(?<=ab)cd",
    r"x?",
    r"a|",
    r"(?:foo|bar)+baz",
    r"^(?:sign in|log in)\b",
    r"^\d+ min",
    r"k+ilo",
    r"\[(try (it )?free|start)\]\s*$",
    r"^(leave a (comment|reply)|\d+ comments?)$",
    r"[.!]\s+(donate|join us)$",
]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"disabling your ad ?blocker", ("disabling your adblocker", "disabling your ad blocker")),
        (r"\d\s+(subscribers|followers|views)$", ("subscribers", "followers", "views")),
        (
            r"become a (member|supporter|patron)\b",
            ("become a member", "become a supporter", "become a patron"),
        ),
        # a literal before a branch is written out with each branch's start: a "[" alone is
        # one character, "try " is in "country ", "[try " is rare
        (r"\[(try (it )?free|start)\b", ("[try free", "[try it free", "[start")),
        (r"\b(support|fund) our \w+", ("support our ", "fund our ")),
        (r"[$€]\d", ("$", "€")),
        (r"(?:foo|bar)+baz", ("baz",)),  # (as long as "foo" or "bar", and one string)
        (r"[^|]\s\|\s[^|]+\s\|\s", ("|",)),
        (r"x?", None),
        (r"a|\d", None),
        (r"(?<=ab)c", ("ab",)),
        (r"ALL Rights", ("all rights",)),
    ],
)
def test_needles_are_the_most_selective_literals_every_match_holds(pattern, expected):
    assert needles(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^(share|tweet)( article)?$", ("share", "tweet")),
        (r"^©", ("©",)),
        (r"^Home\s*»", ("home",)),
        (r"^\d+ min", None),
        (r"home", None),  # not anchored
        (r"^(?:a|\d)", None),
        # the parser writes "tags?|topics?" as "t" and a branch: the branch's starts go on
        # from the "t", or every line of "The ..." would pass the gate
        (r"^(tags?|topics?):", ("tag", "topic")),
        (
            r"^(from the archive|popular (on|in) \w+)",
            ("from the archive", "popular on", "popular in"),
        ),
        (r"^ab(c|\d)", ("ab",)),
    ],
)
def test_prefixes_only_of_patterns_anchored_at_the_start(pattern, expected):
    assert prefixes(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (
            r"^(leave a (comment|reply)|comments?|\d+ comments?)$",
            ("leave a reply", "comment", "comments"),
        ),
        (r"\d\s+(subscribers|followers)$", ("subscribers", "followers")),
        (r"[.!]\s(donate|join us)\Z", ("donate", "join us")),
        (r"donate", None),  # not anchored
        (r"(a|\d)$", None),
        (r"\[donate\]\s*$", None),  # (white space of any length after it)
    ],
)
def test_suffixes_only_of_patterns_anchored_at_the_end(pattern, expected):
    assert suffixes(pattern) == expected


def test_required_needles_are_every_set_a_match_holds_one_of():
    assert required(r"\bfrom\s+(usd|[$€])\s?\d+\s+(a|per)\s+month\b") == (
        ("from",),
        ("usd", "$", "€"),
        ("a", "per"),
        ("month",),
    )


ALPHABET = list("abcdefghiklmnoprstuvwxyz ABCDEFKLS|»©:0123456789İıſK-")
EXAMPLES = "Home » News;Share this;12 comments;5 min read;cookie policy;ab cd;Become a member"
EXAMPLES += (
    ";a | b | c d;foobarbaz;Log in;KILO;kilo;[Try it free];[start] ;12 comments;Leave a reply"
)
EXAMPLES += ";Thank you. Donate;Read. join us;Prices today:;Give $5 and we;[Subscribe]"
LINES = st.text(alphabet=st.sampled_from(ALPHABET), max_size=60) | st.sampled_from(
    EXAMPLES.split(";")
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_a_line_the_pattern_matches_holds_a_needle_and_starts_with_a_prefix(line):
    lowered = line.lower()
    for pattern in PATTERNS:
        if not re.search(pattern, line, re.IGNORECASE) or not folds_simply(line):
            continue
        found, starts, ends = needles(pattern), prefixes(pattern), suffixes(pattern)
        assert found is None or any(n in lowered for n in found), (pattern, line)
        assert starts is None or lowered.startswith(starts), (pattern, line)
        assert ends is None or lowered.endswith(ends), (pattern, line)
        for each in required(pattern):
            assert any(n in lowered for n in each), (pattern, line, each)


def test_lines_with_irregular_case_folding_are_not_trusted_to_needles():
    # "İ" matches "i" case-insensitively, but its lower case is two characters
    assert re.search("tips", "TİPS", re.IGNORECASE)
    assert "tips" not in "TİPS".lower()
    assert not folds_simply("TİPS")
    assert folds_simply("Kyiv’s “news”")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Home » News » World", "breadcrumb"),
        ("HOME / Ukraine", "breadcrumb"),
        ("Share on", "share"),
        ("1,204 views", "counter"),
        ("Please consider disabling your adblocker.", "adblock"),
        ("We use cookies – see our Cookie Policy", "cookies"),
        ("News | Politics | Sport | Video", "menu"),
        ("Russia launched 80 drones at Kyiv, the air force said.", None),
        ("Shares of the company fell", None),
        ("He said the home was shelled.", None),
    ],
)
def test_furniture_reason_finds_furniture_and_keeps_article_text(line, reason):
    assert furniture_reason(line) == reason


FURNITURE = [
    (re.compile(row["pattern"], re.IGNORECASE), row["reason"]) for row in load_rows("furniture")
]
SAMPLE_LINES = [
    line.strip()
    for path in sorted(Path(__file__).resolve().parent.parent.joinpath("data", "raw").iterdir())
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES | st.sampled_from(SAMPLE_LINES))
def test_the_gates_skip_only_lines_no_furniture_pattern_matches(line):
    # the gates (one search for every pattern's needles, then each pattern's own) give the
    # answer of searching every pattern in turn
    expected = next((reason for pattern, reason in FURNITURE if pattern.search(line)), None)
    assert furniture_reason(line) == expected
