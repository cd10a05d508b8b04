"""Bad input never crashes a run: each file is read correctly or rejected with a reason, and
every good article keeps all its claims."""

import os
from pathlib import Path

import duckdb
import pytest

from tests.test_end_to_end import run_all, settings_for

pytestmark = pytest.mark.slow

GOOD = "Russia launched 38 drones at Ukraine overnight, the air force said."


def build_bad_folder(raw: Path, outside: Path) -> dict[str, str | None]:
    """Write the fault files; return file name -> expected reject reason (None: processed)."""
    expected: dict[str, str | None] = {}

    def put(name: str, data: bytes, reason: str | None) -> None:
        (raw / name).write_bytes(data)
        expected[name] = reason

    put("empty.txt", b"", "empty")
    put("whitespace.txt", b" \n\t\r\n  ", "blank")
    put("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary")
    put("nul.txt", b"Russia launched \x00\x00 12 drones\x00", "binary")
    put(
        "latin1.txt",
        "Kiew: Russland - nein. Russia launched 11 drones at Odesa, officials said. Café".encode(
            "latin-1"
        ),
        None,
    )
    put(
        "cp1252.txt",
        "“Quoted” – Russia launched 13 drones at Sumy, the governor said.".encode("cp1252"),
        None,
    )
    put(
        "bom.txt",
        "\ufeffRussia launched 14 drones at Kharkiv, officials said.".encode("utf-8"),
        None,
    )
    put("utf16.txt", "Russia launched 15 drones at Dnipro, officials said.".encode("utf-16"), None)
    put(
        "broken.txt",
        b"Russia launched 16 drones at Kyiv, officials said. " + b"\xed\xa0\x80 bad bytes",
        None,
    )
    put(
        "truncated.txt",
        "Russia launched 17 drones at Lviv, officials said. Київ".encode() + "ї".encode()[:1],
        None,
    )
    put(
        "mixed.txt",
        b"Title line\r\nRussia launched 18 drones at Odesa.\rUkraine shot down 9 drones.\nEnd.",
        None,
    )
    put(
        "page.html",
        (
            b"<!DOCTYPE html><html><head><title>Strikes</title><script>var drones = 999;</script></head>"
            b"<body><div data-count='777'>Home</div><p>Russia launched <b>19</b> drones at Kherson.</p>"
            b"<!-- 555 missiles --></body></html>"
        ),
        None,
    )
    put("huge.txt", b"7 drones " * (50 * 1024 * 1024 // 9 + 1), "too_large")
    put("numbers.txt", "\n".join(f"tanks ‒ {i} (+{i % 7})" for i in range(10_000)).encode(), None)
    put(
        "unicode digits.txt",
        "Russia launched ٤٥ drones and 1\u202f200 troops massed near Kursk.".encode(),
        None,
    )
    put("Київ – звіт.txt", b"Russia launched 21 drones at Kyiv, officials said.", None)
    put("good.txt", GOOD.encode(), None)
    (outside / "secret.txt").write_text("Russia launched 99 drones.", encoding="utf-8")
    (raw / "escape.txt").symlink_to(outside / "secret.txt")
    expected["escape.txt"] = "outside_raw_dir"
    (raw / "dangling.txt").symlink_to(raw / "nowhere.txt")
    expected["dangling.txt"] = "unreadable"
    locked = raw / "locked.txt"
    locked.write_text("Russia launched 22 drones at Sumy.", encoding="utf-8")
    locked.chmod(0)
    expected["locked.txt"] = None if os.geteuid() == 0 else "unreadable"  # root reads anyway
    return expected


def test_every_fault_file_is_read_or_rejected_and_good_claims_survive(tmp_path):
    raw, outside = tmp_path / "raw", tmp_path / "outside"
    raw.mkdir()
    outside.mkdir()
    expected = build_bad_folder(raw, outside)
    settings = settings_for(tmp_path, raw)
    assert run_all(settings).success

    con = duckdb.connect(str(settings.db_path), read_only=True)
    rejected = dict(con.execute("select source_file, reason from rejected_documents").fetchall())
    articles = dict(con.execute("select source_file, raw_text from articles").fetchall())
    for name, reason in expected.items():
        if reason is None:
            assert name in articles, (name, rejected.get(name))
        else:
            assert rejected.get(name) == reason, name
    # decoded to the right text
    assert "“Quoted” –" in articles["cp1252.txt"] and "Café" in articles["latin1.txt"]
    assert (
        articles["mixed.txt"]
        == "Title line\nRussia launched 18 drones at Odesa.\nUkraine shot down 9 drones.\nEnd."
    )
    # every claim's offsets are right, whatever the encoding or markup
    for source, text, start, end, surface in con.execute(
        "select a.source_file, a.raw_text, c.span_start, c.span_end, c.surface "
        "from claims c join articles a using (article_id)"
    ).fetchall():
        assert text[start:end] == surface, source
    values = {}
    for source, value in con.execute(
        "select a.source_file, c.value from claims c join articles a using (article_id)"
    ).fetchall():
        values.setdefault(source, set()).add(value)
    for name, value in [
        ("latin1.txt", 11),
        ("cp1252.txt", 13),
        ("bom.txt", 14),
        ("utf16.txt", 15),
        ("broken.txt", 16),
        ("truncated.txt", 17),
        ("mixed.txt", 18),
        ("page.html", 19),
        ("unicode digits.txt", 45),
        ("unicode digits.txt", 1200),
        ("Київ – звіт.txt", 21),
    ]:
        assert value in values.get(name, set()), (name, value)
    assert not values["page.html"] & {999, 777, 555}  # never from scripts, attributes, comments
    assert (
        len(values["numbers.txt"]) > 1000
        or con.execute(
            "select count(*) from rejected_extractions where source_file = 'numbers.txt'"
        ).fetchone()[0]
        == 1
    )

    # nothing good was lost: the good article's claims equal those of a run on it alone
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "good.txt").write_text(GOOD, encoding="utf-8")
    solo = settings_for(tmp_path / "solo", alone)
    run_all(solo)
    query = "select claim_id, value, span_start, surface from claims order by claim_id"
    solo_rows = duckdb.connect(str(solo.db_path), read_only=True).execute(query).fetchall()
    good_id = con.execute(
        "select article_id from articles where source_file = 'good.txt'"
    ).fetchone()[0]
    mixed_rows = [
        r
        for r in con.execute(
            "select claim_id, value, span_start, surface from claims where article_id = ? order by claim_id",
            [good_id],
        ).fetchall()
    ]
    assert mixed_rows == solo_rows and solo_rows
