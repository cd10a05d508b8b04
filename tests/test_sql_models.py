"""SQL models and checks: discovery, upstream tables from the query, and results."""

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from pipeline.settings import REPO_ROOT
from pipeline.sql_models import (
    SqlCheck,
    SqlFileError,
    build_model,
    discover_checks,
    discover_models,
    evaluate_check,
    fingerprint,
    in_build_order,
    refresh_model,
    run_check,
)
from pipeline.tables import ARTICLES, CLAIMS
from pipeline.warehouse import replace_tables

SQL_DIR = REPO_ROOT / "sql"
SUMMARY_COLUMNS = ["n_claims", "n_articles", "n_claimants", "total_value", "min_value", "max_value"]


def claim(i: int, **fields) -> dict:
    row = {c: None for c in CLAIMS.column_names}
    row.update(
        claim_id=f"{i:016x}",
        article_id=fields.pop("article_id", "a" * 16),
        value=1.0,
        qualifier="exact",
        unit="count",
        category="weapon",
        surface="1",
        span_start=0,
        span_end=1,
        sentence="s",
        confidence=0.9,
        number_kind="digits",
        sentence_index=0,
    )
    row.update(fields)
    return row


@pytest.fixture
def con():
    con = duckdb.connect()
    rows = [
        claim(
            1, value=10, actor="Russia", action="launched", weapon_type="drone", claimant="Zelensky"
        ),
        claim(
            2,
            value=5,
            actor="Russia",
            action="launched",
            weapon_type="drone",
            claimant="Ukrainian Air Force",
            article_id="b" * 16,
        ),
        claim(3, value=7, actor=None, action="shot_down", weapon_type="missile", region="Kursk"),
        claim(4, value=3000, actor="Russia", action="massed", category="personnel", region="Kursk"),
        claim(5, value=120, unit="km2", actor="Ukraine", action="controlled", category="territory"),
    ]
    replace_tables(con, {"claims": pd.DataFrame(rows)})
    yield con
    con.close()


def test_models_are_discovered_with_upstream_from_the_query():
    models = {m.name: m for m in discover_models(SQL_DIR)}
    assert {"claims_by_actor", "claims_by_region", "claims_by_weapon"} <= set(models)
    assert models["claims_by_weapon"].upstream == ("claims",)


def test_actor_summary(con):
    models = {m.name: m for m in discover_models(SQL_DIR)}
    build_model(con, models["claims_by_actor"])
    got = con.execute("select * from claims_by_actor order by actor, action, unit").df()
    assert list(got.columns) == ["actor", "action", "unit", *SUMMARY_COLUMNS]
    launched = got[(got.actor == "Russia") & (got.action == "launched")].iloc[0]
    assert (launched.n_claims, launched.n_articles, launched.n_claimants, launched.total_value) == (
        2,
        2,
        2,
        15,
    )
    assert (launched.min_value, launched.max_value) == (5, 10)
    assert "unknown" in set(got.actor)  # NULL actor shows as 'unknown'
    assert got.n_claims.sum() == 5


def test_weapon_summary_covers_weapons_only(con):
    models = {m.name: m for m in discover_models(SQL_DIR)}
    build_model(con, models["claims_by_weapon"])
    got = con.execute(
        "select weapon_type, sum(n_claims) from claims_by_weapon group by 1 order by 1"
    ).fetchall()
    assert got == [("drone", 2), ("missile", 1)]


def test_region_summary_types_are_explicit(con):
    models = {m.name: m for m in discover_models(SQL_DIR)}
    build_model(con, models["claims_by_region"])
    types = dict(
        con.execute(
            "select column_name, data_type from information_schema.columns "
            "where table_name = 'claims_by_region'"
        ).fetchall()
    )
    assert types["n_claims"] == "BIGINT" and types["total_value"] == "DOUBLE"


def test_total_checks_pass_on_built_models_and_fail_on_tampered_ones(con):
    models = {m.name: m for m in discover_models(SQL_DIR)}
    checks = [c for c in discover_checks(SQL_DIR) if c.name == "totals_match_claims"]
    assert {c.table for c in checks} == {"claims_by_actor", "claims_by_region", "claims_by_weapon"}
    for check in checks:
        build_model(con, models[check.table])
        assert run_check(con, check)[0] == 0
    con.execute(
        "update claims_by_actor set total_value = total_value + 1 where actor = 'Russia' and action = 'massed'"
    )
    actor_check = next(c for c in checks if c.table == "claims_by_actor")
    offending, sample = run_check(con, actor_check)
    assert offending == 1 and sample[0]["summary_total"] == sample[0]["source_total"] + 1


def test_a_model_is_rebuilt_only_when_its_sql_its_inputs_or_its_table_changed(con):
    from dataclasses import replace

    model = {m.name: m for m in discover_models(SQL_DIR)}["claims_by_weapon"]
    assert refresh_model(con, model) == (2, True)
    assert refresh_model(con, model) == (2, False)
    con.execute("insert into claims select * replace ('ffffffffffffffff' as claim_id, 'glide_bomb'"
                " as weapon_type) from claims where claim_id = '0000000000000001'")  # fmt: skip
    assert refresh_model(con, model) == (3, True)
    con.execute("delete from claims_by_weapon where weapon_type = 'glide_bomb'")  # by hand
    assert refresh_model(con, model) == (3, True)
    assert refresh_model(con, replace(model, sql=model.sql + " limit 1")) == (1, True)
    assert refresh_model(con, model) == (3, True)  # back to the file's SQL


def test_a_check_reports_its_last_result_until_its_tables_change(con):
    models = {m.name: m for m in discover_models(SQL_DIR)}
    [check] = [c for c in discover_checks(SQL_DIR) if c.table == "claims_by_actor"]
    refresh_model(con, models["claims_by_actor"])
    assert evaluate_check(con, check) == (0, [], True)
    assert evaluate_check(con, check) == (0, [], False)
    con.execute("update claims_by_actor set total_value = total_value + 1 where actor = 'Ukraine'")
    offending, sample, ran = evaluate_check(con, check)
    assert (offending, ran) == (1, True)
    assert sample[0]["summary_total"] == sample[0]["source_total"] + 1
    assert evaluate_check(con, check) == (offending, sample, False)
    assert fingerprint(con, "", ["nowhere"]) != fingerprint(con, "", ["claims_by_actor"])


def test_a_check_whose_tables_duckdb_cannot_list_reruns_on_any_change(con):
    con.execute("create table other (x int)")
    sql = "select c.claim_id from claims as c join claims as d using (claim_id) where c.value < 0"
    check = SqlCheck("claims", "using_join", Path("claims__using_join.sql"), sql, "")
    assert evaluate_check(con, check) == (0, [], True)
    assert evaluate_check(con, check) == (0, [], False)
    con.execute("insert into other values (1)")  # a table it does not read, but who can tell
    assert evaluate_check(con, check) == (0, [], True)


def test_a_model_that_duckdb_cannot_read_the_tables_of_is_refused_clearly(tmp_path: Path):
    (tmp_path / "m.sql").write_text("select * from claims join articles using (article_id)")
    with pytest.raises(SqlFileError, match="write the join with 'on'"):
        discover_models(tmp_path)


def test_models_are_built_after_the_models_they_read_and_cycles_are_refused(tmp_path: Path):
    (tmp_path / "a_top.sql").write_text("select count(*) as n from b_base")
    (tmp_path / "b_base.sql").write_text("select * from claims")
    assert [m.name for m in in_build_order(discover_models(tmp_path))] == ["b_base", "a_top"]
    (tmp_path / "b_base.sql").write_text("select * from a_top")
    with pytest.raises(SqlFileError, match="cycle"):
        in_build_order(discover_models(tmp_path))


def test_fingerprints_quote_the_table_names_they_are_given(con):
    con.execute('create table "odd"" name; drop table claims; --" (x int)')
    odd = 'odd" name; drop table claims; --'
    assert fingerprint(con, "", [odd]) != fingerprint(con, "", ["nowhere"])
    assert con.execute("select count(*) from claims").fetchone()[0] == 5


def test_a_model_file_must_hold_one_select(tmp_path: Path):
    (tmp_path / "bad.sql").write_text("select 1; drop table claims;", encoding="utf-8")
    with pytest.raises(SqlFileError, match="exactly one SELECT"):
        discover_models(tmp_path)
    (tmp_path / "bad.sql").write_text("delete from claims", encoding="utf-8")
    with pytest.raises(SqlFileError):
        discover_models(tmp_path)


def test_check_files_are_named_table__check(tmp_path: Path):
    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "nounderscores.sql").write_text("select 1 where false", encoding="utf-8")
    with pytest.raises(SqlFileError, match="<table>__<check>"):
        discover_checks(tmp_path)


def test_article_check_finds_claims_whose_article_is_gone(tmp_path: Path):
    db = str(tmp_path / "w.duckdb")
    con = duckdb.connect(db)
    ids = [f"{i:016x}" for i in range(40)]
    articles = pd.DataFrame({"article_id": ids, "raw_text": "Russia launched 12 drones.",
                             "source_file": ids, "encoding": "utf-8", "n_bytes": 26})  # fmt: skip
    claims = [claim(i, article_id=ids[i // 2], surface="12", span_start=16, span_end=18)
              for i in range(80)]  # fmt: skip
    replace_tables(con, {"articles": articles.reindex(columns=ARTICLES.column_names),
                         "claims": pd.DataFrame(claims)})  # fmt: skip
    [check] = [c for c in discover_checks(SQL_DIR) if c.name == "article_exists"]
    assert run_check(con, check)[0] == 0
    con.execute("delete from articles where article_id = ?", [ids[4]])  # claims 8 and 9
    con.execute("update claims set article_id = 'gone' where claim_id = ?", [f"{30:016x}"])
    offending, sample = run_check(con, check)
    assert offending == 3
    assert {s["claim_id"] for s in sample} == {f"{i:016x}" for i in (8, 9, 30)}


def test_a_failing_check_counts_every_offending_row_and_keeps_a_sample():
    check = SqlCheck("t", "many", Path("t__many.sql"), "select range as n from range(25003)", "")
    offending, sample = run_check(duckdb.connect(), check)
    assert offending == 25003 and sample == [{"n": n} for n in range(5)]
