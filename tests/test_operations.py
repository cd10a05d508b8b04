"""Operating the pipeline: instance settings, failure alerts, incremental truth, security."""

import importlib
import json
import shutil

import dagster as dg
import duckdb
import pytest

from pipeline.dagster_layer.jobs import run_failure_alert
from pipeline.dagster_layer.resources import LOCKED_CONFIG
from pipeline.settings import REPO_ROOT
from tests.test_end_to_end import run_all, settings_for


def test_instance_runs_one_at_a_time_fails_hung_runs_and_sends_no_telemetry(tmp_path, monkeypatch):
    shutil.copy(REPO_ROOT / "dagster.yaml", tmp_path / "dagster.yaml")
    monkeypatch.chdir(tmp_path)  # relative state paths in dagster.yaml resolve here
    instance = dg.DagsterInstance.from_config(str(tmp_path))
    try:
        assert type(instance.run_coordinator).__name__ == "QueuedRunCoordinator"
        assert instance.get_concurrency_config().run_queue_config.max_concurrent_runs == 1
        assert instance.run_monitoring_enabled
        assert instance.run_monitoring_max_runtime_seconds == 7200
        assert not instance.telemetry_enabled
        assert (tmp_path / ".dagster" / "storage").is_dir()
    finally:
        instance.dispose()


def test_a_failed_run_logs_an_alert_and_leaves_a_file(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMS_ALERT_DIR", str(tmp_path / "alerts"))

    @dg.op
    def boom():
        raise RuntimeError("kaboom")

    @dg.job
    def failing():
        boom()

    with dg.instance_for_test() as instance:
        result = failing.execute_in_process(instance=instance, raise_on_error=False)
        failure = next(e for e in result.all_events if e.event_type_value == "PIPELINE_FAILURE")
        context = dg.build_run_status_sensor_context(
            sensor_name="run_failure_alert", dagster_event=failure,
            dagster_instance=instance, dagster_run=result.dagster_run,
        ).for_run_failure()  # fmt: skip
        run_failure_alert(context)
    [record] = (tmp_path / "alerts").glob("*.json")
    data = json.loads(record.read_text())
    assert data["run_id"] == result.run_id and data["job"] == "failing" and data["failed_at"]


def test_model_connections_cannot_touch_host_files(tmp_path):
    secret = tmp_path / "secret.csv"
    secret.write_text("a\n1\n", encoding="utf-8")
    con = duckdb.connect(str(tmp_path / "w.duckdb"), config=LOCKED_CONFIG)
    with pytest.raises(duckdb.PermissionException):
        con.execute(f"select * from read_csv('{secret}')")
    with pytest.raises(duckdb.Error, match="locked"):
        con.execute("set enable_external_access = true")


@pytest.mark.slow
def test_edited_and_deleted_articles_leave_no_old_claims(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Russia launched 40 drones at Kyiv overnight.", encoding="utf-8")
    (raw / "b.txt").write_text("Ukraine shot down 12 drones over Kharkiv.", encoding="utf-8")
    settings = settings_for(tmp_path, raw)
    run_all(settings)
    (raw / "a.txt").write_text("Russia launched 45 drones at Kyiv overnight.", encoding="utf-8")
    (raw / "b.txt").unlink()
    run_all(settings)
    con = duckdb.connect(str(settings.db_path), read_only=True)
    assert con.execute("select source_file from articles").fetchall() == [("a.txt",)]
    assert con.execute("select value from claims").fetchall() == [(45.0,)]
    con.close()


def test_an_edit_of_white_space_only_gives_claims_that_point_into_the_new_text(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Russia launched 40 drones at Kyiv overnight.", encoding="utf-8")
    settings = settings_for(tmp_path, raw)
    run_all(settings)
    # the same normalised text, so the same article id; the number moves one character on
    (raw / "a.txt").write_text("Russia  launched 40 drones at Kyiv overnight.", encoding="utf-8")
    run_all(settings)
    con = duckdb.connect(str(settings.db_path), read_only=True)
    rows = con.execute("select a.raw_text, c.span_start, c.span_end, c.surface from claims c "
                       "join articles a using (article_id)").fetchall()  # fmt: skip
    con.close()
    assert [(text[start:end], start) for text, start, end, _ in rows] == [("40", 17)]


def test_validation_reads_only_the_articles_extracted_since(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(6):
        (raw / f"{i}.txt").write_text(f"Russia launched {40 + i} drones and {i + 2} missiles "
                                      "at Kyiv overnight.", encoding="utf-8")  # fmt: skip
    settings = settings_for(tmp_path, raw)

    def validated(result) -> int:
        [event] = [e for e in result.get_asset_materialization_events()
                   if e.asset_key.to_user_string() == "claims"]  # fmt: skip
        return event.materialization.metadata["validated"].value

    assert validated(run_all(settings)) == 12
    assert validated(run_all(settings)) == 0  # nothing new
    (raw / "new.txt").write_text("Ukraine shot down 12 drones over Kharkiv.", encoding="utf-8")
    assert validated(run_all(settings)) == 1
    con = duckdb.connect(str(settings.work_db_path), read_only=True)
    assert con.execute("select count(*) from claims").fetchall() == [(13,)]
    assert con.execute("select count(*) from validation_queue").fetchall() == [(0,)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("module", "function", "error", "reason"),
    [
        ("pipeline.extraction.claims", "extract_from_sentences", StopIteration, "extraction_error"),
        ("pipeline.stages", "clean_article", IndexError, "parse_error"),
    ],
)
def test_an_article_that_trips_a_bug_is_rejected_and_the_run_goes_on(
    tmp_path, monkeypatch, module, function, error, reason
):
    """A bug in extraction or in cleaning that one article's text trips: that article is
    rejected with the error, the others are stored, and a run with nothing new says the same."""
    patched = importlib.import_module(module)
    real = getattr(patched, function)

    def failing(*args):
        if any("Snagost" in a for a in args if isinstance(a, str)):
            raise error("the bug")
        return real(*args)

    monkeypatch.setattr(patched, function, failing)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text("Russia launched 40 drones at Kyiv overnight.", "utf-8")
    (raw / "bad.txt").write_text("Drones hit Snagost 16 times, the governor said.", "utf-8")
    settings = settings_for(tmp_path, raw)
    for _ in range(2):
        assert run_all(settings).success
        con = duckdb.connect(str(settings.db_path), read_only=True)
        [(name, found, detail)] = con.execute(
            "select source_file, reason, detail from rejected_extractions"
        ).fetchall()
        assert (name, found) == ("bad.txt", reason)
        assert f"{error.__name__}: the bug" in detail
        assert con.execute("select count(*) from articles").fetchone()[0] == 2
        assert con.execute(
            "select distinct a.source_file from claims c join articles a using (article_id)"
        ).fetchall() == [("good.txt",)]
        con.close()


@pytest.mark.slow
def test_an_article_over_its_time_budget_is_rejected_and_the_run_goes_on(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Russia launched 40 drones at Kyiv overnight.", encoding="utf-8")
    settings = settings_for(tmp_path, raw, doc_time_budget=0.0)
    assert run_all(settings).success
    con = duckdb.connect(str(settings.db_path), read_only=True)
    assert con.execute("select source_file, reason from rejected_extractions").fetchall() == [
        ("a.txt", "time_budget")
    ]
    assert con.execute("select count(*) from claims").fetchone()[0] == 0
    assert con.execute("select count(*) from articles").fetchone()[0] == 1
