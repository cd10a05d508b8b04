"""Crashes, analysts and concurrent runs, proven with real child processes."""

import contextlib
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from pipeline.dagster_layer.jobs import run_command
from pipeline.faults import POINTS
from pipeline.locking import explain_lock_error
from pipeline.settings import REPO_ROOT

pytestmark = pytest.mark.slow
DAGSTER = str(Path(sys.executable).with_name("dagster"))
EXTRA = "Russia launched 77 drones at Kharkiv overnight, the governor said."


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Path]:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in sorted(os.listdir(REPO_ROOT / "data" / "raw"))[:2]:
        shutil.copy(REPO_ROOT / "data" / "raw" / name, raw / name)
    home = tmp_path / "home"
    home.mkdir()
    return {"raw": raw, "db": tmp_path / "pub" / "warehouse.duckdb", "home": home}


def run_env(world: dict[str, Path], **env: str) -> dict[str, str]:
    full = {**os.environ, "CLAIMS_RAW_DIR": str(world["raw"]), "CLAIMS_DB": str(world["db"]),
            "DAGSTER_HOME": str(world["home"]), **env}  # fmt: skip
    full.pop("CLAIMS_WORK_DB", None)
    return full


def run(world: dict[str, Path], **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        run_command(DAGSTER), cwd=REPO_ROOT, env=run_env(world, **env), capture_output=True,
        text=True, check=False,
    )  # fmt: skip


def count(db: Path, table: str = "articles") -> int:
    script = f"import duckdb; print(duckdb.connect({str(db)!r}, read_only=True).execute('select count(*) from {table}').fetchone()[0])"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return int(out.stdout)


def test_kill_at_every_point_leaves_the_published_warehouse_whole(world):
    assert run(world).returncode == 0
    before = world["db"].read_bytes()
    (world["raw"] / "extra.txt").write_text(EXTRA, encoding="utf-8")
    survived = 0
    for point in POINTS:
        result = run(world, CLAIMS_KILL_AT=point)
        assert result.returncode == -9, (point, result.stderr[-2000:])
        if point == "publish:after_replace":
            assert count(world["db"]) == 3  # the swap happened: the new warehouse, complete
        else:
            assert world["db"].read_bytes() == before, point  # byte-identical
            assert count(world["db"]) == 2
        survived += 1
    assert survived == len(POINTS)
    assert run(world, CLAIMS_KILL_AT="publish:before_replace").returncode == -9
    leftovers = [
        p
        for p in world["db"].parent.iterdir()
        if p.name not in ("warehouse.duckdb", ".work", "parquet")
    ]
    assert leftovers  # a kill between copy and swap leaves a temporary file...
    world["db"].with_name("warehouse.duckdb.wal").write_bytes(b"stale wal from a crashed writer")
    assert run(world).returncode == 0
    # ...which the next start removes, with the stale WAL; the new warehouse opens
    assert sorted(p.name for p in world["db"].parent.iterdir()) == [
        ".work",
        "parquet",
        "warehouse.duckdb",
    ]
    assert count(world["db"]) == 3 and count(world["db"], "claims") > 0


def test_an_analyst_reading_all_along_neither_blocks_nor_sees_a_mix(world):
    assert run(world).returncode == 0
    reader = subprocess.Popen(
        [sys.executable, "-c", (
            "import duckdb, sys\n"
            f"con = duckdb.connect({str(world['db'])!r}, read_only=True)\n"
            "q = 'select (select count(*) from articles), (select count(*) from claims)'\n"
            "print(con.execute(q).fetchone(), flush=True)\n"
            "sys.stdin.readline()\n"
            "print(con.execute(q).fetchone(), flush=True)\n"
        )],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    first = reader.stdout.readline().strip()
    (world["raw"] / "extra.txt").write_text(EXTRA, encoding="utf-8")
    result = run(world)  # the reader holds the old file open for the whole run
    assert result.returncode == 0, result.stderr[-2000:]
    reader.stdin.write("go\n")
    reader.stdin.flush()
    again = reader.stdout.readline().strip()
    reader.wait(timeout=30)
    assert again == first  # the old snapshot, whole
    assert count(world["db"]) == int(first.strip("()").split(",")[0]) + 1  # new readers: new


def test_a_second_run_waits_for_the_first(world):
    """The holder keeps the lock until the second run has said it is queued, however slowly
    that run starts: a fixed hold time raced a slow machine's CLI start."""
    work = world["db"].parent / ".work" / "warehouse.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", (
            "import sys; from pathlib import Path; from pipeline.locking import hold_run_lock\n"
            f"hold_run_lock(Path({str(work)!r})); print('held', flush=True); sys.stdin.readline()\n"
        )],
        cwd=REPO_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout.readline().strip() == "held"
    second = subprocess.Popen(
        run_command(DAGSTER), cwd=REPO_ROOT, env=run_env(world),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in second.stdout], daemon=True).start()
    said, deadline = [], time.monotonic() + 300
    while not any("queued until it ends" in x for x in said) and time.monotonic() < deadline:
        if second.poll() is not None and lines.empty():
            break  # it ended without waiting
        with contextlib.suppress(queue.Empty):
            said.append(lines.get(timeout=1))
    try:
        assert any("queued until it ends" in x for x in said), "".join(said)[-3000:]
        assert second.poll() is None  # it cannot go on while the lock is held
    finally:
        holder.stdin.write("release\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    assert second.wait(timeout=600) == 0
    assert count(world["db"]) == 2  # it ran once the lock was free


def test_a_lock_conflict_names_the_file_the_holder_and_what_to_do(tmp_path):
    db = tmp_path / "w.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('open', flush=True); time.sleep(10)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "open"
    try:
        with pytest.raises(duckdb.IOException) as info:
            duckdb.connect(str(db), read_only=True)
        message = explain_lock_error(info.value, db)
        assert str(db) in message and f"PID {holder.pid}" in message and "What to do" in message
    finally:
        holder.kill()


def test_running_out_of_duckdb_memory_says_which_setting_to_raise(tmp_path):
    from pipeline.dagster_layer.resources import WorkingWarehouse

    db = WorkingWarehouse(database=str(tmp_path / "w.duckdb"),
                          connection_config={"memory_limit": "16MB"})  # fmt: skip
    expected = pytest.raises(RuntimeError, match=r"\(16MB, CLAIMS_DUCKDB_MEMORY\)")
    with expected as info, db.get_connection() as con:
        con.execute("select list(range) from range(20000000)").fetchall()
    assert isinstance(info.value.__cause__, duckdb.OutOfMemoryException)
