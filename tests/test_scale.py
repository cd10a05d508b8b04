"""Scale without changing results: worker processes and incremental runs give exactly the
rows of one process and of a full rebuild."""

import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from bench.corpus import generate
from pipeline.batches import batched
from pipeline.dagster_layer.partitions import SHARD_KEYS, shard_of
from pipeline.definitions import build_definitions
from pipeline.ingest import article_id_for, decode
from pipeline.stages import Progress, Runner, extract_article, extract_item, sentence_rows
from tests.test_end_to_end import run_all, settings_for, snapshot

pytestmark = pytest.mark.slow


def test_worker_processes_give_the_rows_of_one_process():
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("data/raw").glob("*.txt"))]
    parsed = [sentence_rows((f"{i:016x}", t)) for i, t in enumerate(texts)]
    items = [extract_item(f"{i:016x}", t, rows, 30.0)
             for i, (t, (rows, _)) in enumerate(zip(texts, parsed, strict=True))]  # fmt: skip
    alone = list(Runner(workers=1).map(extract_article, items))
    with Runner(workers=2) as runner:
        pooled = list(runner.map(extract_article, items, force_pool=True))
    assert pooled == alone and sum(len(rows) for _, rows, _ in alone) > 30


def test_progress_is_reported_at_most_once_an_interval_and_not_at_the_end():
    lines: list[str] = []
    progress = Progress(lines.append, "parsed", 10, "article(s)", every=0.0)
    for n in (4, 4, 2):
        progress.add(n)
    assert lines == ["parsed 4/10 article(s)", "parsed 8/10 article(s)"]
    Progress(lines.append, "parsed", 10, "article(s)", every=3600).add(5)
    assert len(lines) == 2


def test_workers_read_the_lexicons_in_force_when_their_pool_starts(tmp_path, monkeypatch):
    from pipeline.lexicons import DEFAULT_DIR, load_rows, reload_lexicons

    with Runner(2) as runner:  # the fork server starts, with the default lexicons
        assert list(runner.map(len, ["abc"], force_pool=True)) == [3]
    custom = tmp_path / "lexicons"
    shutil.copytree(DEFAULT_DIR, custom)
    (custom / "hedges.csv").write_text("term\nperhaps maybe\n", encoding="utf-8")
    monkeypatch.setenv("CLAIMS_LEXICON_DIR", str(custom))
    reload_lexicons()
    try:
        with Runner(2) as runner:
            [rows] = list(runner.map(load_rows, ["hedges"], force_pool=True))
        assert [row["term"] for row in rows] == ["perhaps maybe"]
    finally:
        monkeypatch.delenv("CLAIMS_LEXICON_DIR")
        reload_lexicons()


def test_incremental_runs_equal_a_full_rebuild(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    generate(corpus, megabytes=0.3, seed=3, template_set="mixed")
    files = sorted(corpus.iterdir())
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in files[: len(files) // 2]:
        shutil.copy(path, raw / path.name)
    settings = settings_for(tmp_path / "inc", raw)
    monkeypatch.setattr("pipeline.dagster_layer.assets.VALIDATION_CHUNK", 37)  # many chunks
    monkeypatch.setattr("pipeline.batches.BATCH", 11)  # many batches,
    monkeypatch.setattr("pipeline.batches.BATCH_BYTES", 20_000)  # some cut by their bytes
    run_all(settings)  # first half
    for path in files[len(files) // 2 :]:
        shutil.copy(path, raw / path.name)  # the second half arrives
    (raw / files[0].name).unlink()  # one file is deleted
    (raw / files[1].name).write_text(
        "Russia launched 33 drones at Sumy overnight.", encoding="utf-8"
    )  # edited
    result = run_all(settings)
    new = [
        m
        for m in result.get_asset_materialization_events()
        if m.asset_key.to_user_string() == "sentences"
    ]
    assert 0 < new[0].materialization.metadata["new_articles"].value < len(files)  # only new work
    monkeypatch.undo()
    full = settings_for(tmp_path / "full", raw)
    run_all(full)  # one batch, one chunk
    assert snapshot(settings.db_path) == snapshot(full.db_path)
    again = run_all(settings)  # nothing new: nothing extracted
    extract = [m for m in again.get_asset_materialization_events()
               if m.asset_key.to_user_string() == "claim_candidates"]  # fmt: skip
    assert extract[0].materialization.metadata["new_articles"].value == 0
    # nothing changed: the models are kept, the SQL checks report their last result, and
    # the published file, already holding this data, is not copied again
    meta = {m.asset_key.to_user_string(): m.materialization.metadata
            for m in again.get_asset_materialization_events()}  # fmt: skip
    assert meta["claims_by_actor"]["rebuilt"].value is False
    assert meta["published_warehouse"]["copied"].value is False
    ran = {e.check_name: e.metadata["ran"].value for e in again.get_asset_check_evaluations()
           if "ran" in e.metadata}  # fmt: skip
    assert ran and not any(ran.values()) and "article_exists" in ran
    assert snapshot(settings.db_path) == snapshot(full.db_path)


def test_shard_runs_touch_their_shards_and_add_up_to_a_full_rebuild(tmp_path, raw_dir):
    settings = settings_for(tmp_path / "shards", raw_dir, shards=True)
    job = build_definitions(settings).resolve_job_def("nightly_job")
    shards = {shard_of(article_id_for(decode(p.read_bytes())[0])) for p in raw_dir.iterdir()}
    first, *rest = sorted(shards)
    assert rest, "the samples should span more than one shard"
    with dg.instance_for_test() as instance:
        assert job.execute_in_process(instance=instance, tags={"dagster/partition": first}).success
        con = duckdb.connect(str(settings.db_path), read_only=True)
        parsed = {
            shard_of(r[0])
            for r in con.execute("select distinct article_id from sentences").fetchall()
        }
        extracted = {
            shard_of(r[0])
            for r in con.execute("select article_id from claim_candidates").fetchall()
        }
        articles = con.execute("select count(*) from articles").fetchall()[0][0]
        con.close()
        assert parsed == extracted == {first} and articles == len(list(raw_dir.iterdir()))
        key = dg.AssetKey("claim_candidates")
        assert instance.get_materialized_partitions(key) == {first}  # per-shard status
        # the other shards, in one single-run backfill
        tags = {"dagster/asset_partition_range_start": rest[0],
                "dagster/asset_partition_range_end": SHARD_KEYS[-1]}  # fmt: skip
        assert job.execute_in_process(instance=instance, tags=tags).success
        backfilled = set(SHARD_KEYS[SHARD_KEYS.index(rest[0]) :])
        assert instance.get_materialized_partitions(key) == backfilled | {first}
    full = settings_for(tmp_path / "full", raw_dir)
    run_all(full)
    assert snapshot(settings.db_path) == snapshot(full.db_path)


_SCRIPT = """
import sys
if __name__ != "__main__":
    open(sys.argv[1], "a").write("imported by a worker\\n")
from pipeline.stages import Runner


def shout(text):
    return text.upper()


if __name__ == "__main__":
    with Runner(2) as runner:
        print(list(runner.map(len, ["ab", "c"], force_pool=True)))
    if len(sys.argv) > 2:
        with Runner(2) as runner:
            print(list(runner.map(shout, ["ab"], force_pool=True)))
"""


def test_workers_start_without_running_the_main_script_unless_they_need_it(tmp_path):
    script, marker = tmp_path / "main_script.py", tmp_path / "marker"
    script.write_text(_SCRIPT, encoding="utf-8")
    run = [sys.executable, str(script), str(marker)]
    done = subprocess.run(run, capture_output=True, text=True, check=True, cwd=Path.cwd())
    assert done.stdout.split("\n")[0] == "[2, 1]"
    assert not marker.exists()  # the pool's workers did not import the script
    done = subprocess.run([*run, "also"], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[1] == "['AB']"  # a function of the script still runs
    assert marker.exists()


def test_a_cleaning_change_parses_old_articles_again(tmp_path, raw_dir, monkeypatch):
    """A furniture pattern added after a run drops its lines from the articles parsed before
    it too: the warehouse equals a full rebuild under the new lexicon."""
    from pipeline.lexicons import DEFAULT_DIR, reload_lexicons

    lexicons = tmp_path / "lexicons"
    shutil.copytree(DEFAULT_DIR, lexicons)
    monkeypatch.setenv("CLAIMS_LEXICON_DIR", str(lexicons))
    reload_lexicons()
    try:
        settings = settings_for(tmp_path / "inc", raw_dir)
        run_all(settings)
        before = snapshot(settings.db_path)
        with (lexicons / "furniture.csv").open("a", encoding="utf-8") as handle:
            handle.write("shot down,test_furniture\n")
        reload_lexicons()
        result = run_all(settings)
        after = snapshot(settings.db_path)
        full = settings_for(tmp_path / "full", raw_dir)
        run_all(full)
        assert after == snapshot(full.db_path)
    finally:
        monkeypatch.delenv("CLAIMS_LEXICON_DIR")
        reload_lexicons()
    assert len(after["sentences"]) < len(before["sentences"])  # the lines are gone
    assert not any("shot down" in row for row in after["claims"])
    [parsed] = [m.materialization.metadata for m in result.get_asset_materialization_events()
                if m.asset_key.to_user_string() == "sentences"]  # fmt: skip
    assert parsed["new_articles"].value == len(list(raw_dir.iterdir()))  # all parsed again


def test_batches_hold_at_most_so_many_articles_and_bytes():
    sizes = [10, 10, 30, 100, 5, None, 5, 5]
    cut = list(batched(range(8), size=3, n_bytes=sizes, max_bytes=40))
    # 10+10 fits, 30 would pass 40; 100 alone is over the bound: a batch of its own;
    # an unknown size counts as nothing; then three items make a batch
    assert cut == [[0, 1], [2], [3], [4, 5, 6], [7]]
    assert list(batched(range(7), size=3)) == [[0, 1, 2], [3, 4, 5], [6]]
    with pytest.raises(ValueError):  # a size for every item, or none
        list(batched(range(3), n_bytes=[1, 2]))
