"""The benchmark's corpus generator and its parsing of Dagster's step times."""

from pathlib import Path

import pytest

import bench.run
from bench.corpus import TEMPLATE_SETS, generate, templates
from bench.run import bench_extraction, corpus, step_seconds


def _contents(folder: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted(folder.iterdir())]


def test_the_same_seed_gives_the_same_corpus_and_another_seed_another(tmp_path):
    first, again, other = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    files, size = generate(first, 0.05, seed=5)
    generate(again, 0.05, seed=5)
    generate(other, 0.05, seed=6)
    assert size >= 50_000 and files == len(list(first.iterdir()))
    assert _contents(first) == _contents(again)
    assert _contents(first) != _contents(other)


def test_generated_articles_vary_their_templates_rather_than_copy_them(tmp_path):
    generate(tmp_path, 0.1, seed=1)
    sources = set(templates("samples"))
    articles = [p.read_text(encoding="utf-8") for p in tmp_path.iterdir()]
    assert not sources.intersection(articles)


def test_template_sets_are_the_samples_and_the_samples_with_the_held_out_articles():
    samples, mixed = templates("samples"), templates("mixed")
    assert len(samples) == len(list(TEMPLATE_SETS["samples"][0].glob("*.txt"))) >= 5
    assert set(samples) < set(mixed)


def test_the_mixed_corpus_is_denser_in_claims_than_the_samples(tmp_path):
    generate(tmp_path / "samples", 0.1, seed=2)
    generate(tmp_path / "mixed", 0.1, seed=2, template_set="mixed")
    sparse = bench_extraction(tmp_path / "samples", 0.1)
    dense = bench_extraction(tmp_path / "mixed", 0.1)
    assert 0 < sparse["claims_per_mb"] < dense["claims_per_mb"]


@pytest.mark.parametrize(
    ("text", "seconds"), [("500ms", 0.5), ("1.5s", 1.5), ("1m36s", 96.0), ("1h1m", 3660.0)]
)
def test_step_durations_from_the_dagster_log(text, seconds):
    assert step_seconds(text) == pytest.approx(seconds)


def test_profile_shares_count_each_function_once_per_stack_and_only_below_the_root():
    from bench.profile import shares

    raw = "\n".join(
        [
            # an import before the measured passes: not counted
            "<module> (x.py:1);_find_and_load (<frozen importlib._bootstrap>:1) 50",
            "main (bench/profile.py:9);measured (bench/profile.py:5);f (a/m.py:3) 6",
            "main (bench/profile.py:9);measured (bench/profile.py:5);f (a/m.py:3);"
            "g (a/n.py:7);f (a/m.py:3) 3",  # f recursing through g
            "main (bench/profile.py:9);measured (bench/profile.py:5) 1",
        ]
    )
    total, within, own = shares(raw)
    assert total == 10
    assert within["f (m.py)"] == 9 and within["g (n.py)"] == 3
    assert own == {"f (m.py)": 9, "measured (profile.py)": 1}


def test_targets_say_met_or_missed_from_the_figures():
    from bench.run import target_lines

    fast = target_lines(3.2, 100.0, 30.0, 600, 4.0, 4.26)
    slow = target_lines(2.0, 100.0, 50.0, 1100, 6.0, 6.44)
    assert all(line.endswith(": met") for line in fast[:4])
    assert all(line.endswith(": MISSED") for line in slow[:4])
    assert fast[4].endswith("1.0% of what a full run takes beyond it")  # 0.26 of 26 s
    assert slow[4].endswith("1.0% of what a full run takes beyond it")  # 0.44 of 44 s


def test_a_corpus_left_half_written_by_a_stopped_run_is_made_again_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(bench.run, "OUT", tmp_path)
    partial = tmp_path / "corpus_0.02mb_samples_seed7.partial"
    partial.mkdir()
    (partial / "gen_0000000.txt").write_text("half")
    folder = corpus(0.02)
    assert folder == tmp_path / "corpus_0.02mb_samples_seed7"
    assert not partial.exists()
    assert sum(f.stat().st_size for f in folder.iterdir()) >= 20_000
    assert (folder / "gen_0000000.txt").read_text() != "half"
