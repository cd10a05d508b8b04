"""Reading raw files: decoding, ids from content, and a reason for every file not read."""

from pathlib import Path

import pytest

from pipeline.ingest import (
    UndecodableError,
    article_id_for,
    decode,
    list_raw_dir,
    read_files,
    read_raw_dir,
    walk_order,
)


def test_same_text_under_two_names_is_one_article(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Russia launched 5 drones.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Russia  launched 5 drones.", encoding="utf-8")
    scan = read_raw_dir(tmp_path)
    articles, rejects = scan.articles, scan.rejects
    assert [a.source_file for a in articles] == ["a.txt"]
    assert [(r.source_file, r.reason, r.detail) for r in rejects] == [
        ("b.txt", "duplicate_content", "same text as a.txt")
    ]
    assert rejects[0].article_id == articles[0].article_id


def test_article_id_ignores_white_space_and_bom():
    assert article_id_for("\ufeffA  b\r\nc") == article_id_for("A b c")
    assert article_id_for("A b c") != article_id_for("A b d")


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Kyiv – 5 drones".encode(), "Kyiv – 5 drones", "utf-8"),
        (b"line one\r\nline two\rthree", "line one\nline two\nthree", "utf-8"),
        ("“Smart” quotes – 5".encode("cp1252"), "“Smart” quotes – 5", "cp1252"),
        ("Kiew, 5 Drohnen über Köln".encode("latin-1"), "Kiew, 5 Drohnen über Köln", "cp1252"),
        ("UTF-16 text: 5 drones".encode("utf-16"), "UTF-16 text: 5 drones", "utf-16"),
        (b"\xef\xbb\xbfBOM first", "\ufeffBOM first", "utf-8"),
    ],
)
def test_decode(data, text, encoding):
    assert decode(data) == (text, encoding)


def test_mostly_utf8_with_a_broken_byte_stays_utf8():
    data = "Київ – 5 drones, a truncated char: ".encode() + "ї".encode()[:1]
    text, encoding = decode(data)
    assert text.startswith("Київ – 5 drones")
    assert encoding.startswith("utf-8 (1 invalid")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t \n", "blank"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"abc\x00def", "binary"),
    ],
)
def test_undecodable(data, reason):
    with pytest.raises(UndecodableError) as info:
        decode(data)
    assert info.value.reason == reason


def test_every_bad_file_gets_a_reason_and_good_files_survive(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text("Russia launched 38 drones.", encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (raw / "odd name – ї.txt").write_text("Ukraine shot down 12 drones.", encoding="utf-8")
    outside = tmp_path / "secret.txt"
    outside.write_text("5 secrets", encoding="utf-8")
    (raw / "link.txt").symlink_to(outside)
    (raw / ".hidden").write_text("ignored", encoding="utf-8")
    scan = read_raw_dir(raw)
    articles, rejects = scan.articles, scan.rejects
    assert sorted(a.source_file for a in articles) == ["good.txt", "odd name – ї.txt"]
    assert sorted((r.source_file, r.reason) for r in rejects) == [
        ("empty.txt", "empty"),
        ("image.png", "binary"),
        ("link.txt", "outside_raw_dir"),
    ]


def test_missing_raw_folder_is_a_clear_error(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="CLAIMS_RAW_DIR"):
        read_raw_dir(tmp_path / "nope")


def test_listing_finds_files_as_a_walk_does_and_walk_order_sorts_them(tmp_path: Path):
    for name in ("b.txt", "a/c.txt", "a/z.txt", "a/d/e.txt", ".hidden/x.txt", ".h.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Russia launched 5 drones.", encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "a")  # a linked folder is not walked
    (tmp_path / "link.txt").symlink_to(tmp_path / "b.txt")
    listing = list_raw_dir(tmp_path)
    found = dict(zip(listing.names, zip(listing.sizes, listing.mtimes, strict=True), strict=True))
    assert sorted(found, key=walk_order) == ["b.txt", "link.txt", "a/c.txt", "a/z.txt", "a/d/e.txt"]
    assert found["link.txt"] == (None, None)  # a link is read again every run
    st = (tmp_path / "a/d/e.txt").lstat()
    assert found["a/d/e.txt"] == (st.st_size, st.st_mtime_ns)


def test_reading_in_worker_processes_gives_what_reading_here_gives(tmp_path: Path):
    from pipeline.stages import MIN_PARALLEL, Runner

    raw = tmp_path / "raw"
    raw.mkdir()
    names = []
    batch = MIN_PARALLEL + 6  # enough files for the pool, in two batches and a bit
    for i in range(2 * batch + 5):
        name = f"{i:03d}.txt"
        n = 0 if i % 9 == 0 else i  # every ninth file repeats the text of the first
        if i % 7 == 3:
            (raw / name).write_bytes(b"\x00\x01binary")
        else:
            text = f"Headline {n}\n\nRussia launched {n} drones.\n"
            (raw / name).write_text(text, encoding="utf-8")
        names.append(name)
    here = read_files(raw, names, batch_size=batch)
    with Runner(workers=2) as runner:
        in_workers = read_files(raw, names, batch_size=batch, mapper=runner.map)
        assert runner._pool is not None  # the files were read in workers
    assert in_workers == here
    articles, rejects, states = here
    assert {r.reason for r in rejects} == {"binary", "duplicate_content"}
    assert len(articles) + len(rejects) == len(states) == len(names)
    assert articles[1].title == "Headline 1"
