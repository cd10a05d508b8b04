"""One writer at a time on a working warehouse, and clear words when DuckDB's lock bites.

`hold_run_lock(work_db)` takes an exclusive `flock` on `<work_db>.lock` for the life of the
process: a second run started meanwhile waits for the first (a queue, with a log line), and
the kernel frees the lock when a run ends or is killed. Re-entrant within one process.
"""

import fcntl
import os
import time
from collections.abc import Callable
from pathlib import Path

_HELD: dict[str, int] = {}


class RunLockTimeout(RuntimeError):
    """Another run held the working warehouse for longer than we were willing to wait."""


def _holder(lock_path: Path) -> str:
    try:
        return lock_path.read_text(encoding="utf-8").strip() or "unknown"
    except OSError:
        return "unknown"


def hold_run_lock(
    work_db: Path, timeout: float = 7200.0, log: Callable[[str], None] | None = None
) -> None:
    """Block until this process is the only pipeline run on `work_db`."""
    lock_path = Path(f"{work_db}.lock")
    key = str(lock_path.resolve())
    if key in _HELD:
        return
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + timeout
    announced = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() > deadline:
                os.close(fd)
                raise RunLockTimeout(
                    f"{work_db} is still in use by run PID {_holder(lock_path)} "
                    f"after {timeout:g}s. "
                    "Wait for that run to finish or stop it (kill the PID); a killed run releases "
                    "the lock at once."
                ) from None
            if not announced and log is not None:
                log(
                    f"another run (PID {_holder(lock_path)}) is writing {work_db}: "
                    "queued until it ends"
                )
                announced = True
            time.sleep(0.5)
    os.ftruncate(fd, 0)
    os.write(fd, str(os.getpid()).encode())
    _HELD[key] = fd


def explain_lock_error(exc: Exception, path: Path) -> str | None:
    """A clearer message for DuckDB's "Could not set lock" error, or None for other errors."""
    text = str(exc)
    if "lock" not in text.lower():
        return None
    return (
        f"The DuckDB file {path} is locked by another process. DuckDB said: {text}\n"
        "What to do: wait for the process named above (PID) to finish, or stop it. Analysts "
        "must open the published warehouse read-only (duckdb.connect(path, read_only=True)) "
        "and never open the pipeline's working file."
    )
