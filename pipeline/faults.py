"""Named points where a test may kill the process, to prove crash safety with real kills.

`checkpoint("publish:after_copy")` does nothing unless the environment variable
CLAIMS_KILL_AT names that point; then the process kills itself with SIGKILL, exactly as an
operator's `kill -9` or the kernel's OOM killer would.
"""

import os
import signal

POINTS = (
    "ingest:after_batch",
    "ingest:after_write",
    "extract:after_write",
    "validate:after_write",
    "publish:before_copy",
    "publish:after_copy",
    "publish:before_replace",
    "publish:after_replace",
)


def checkpoint(point: str) -> None:
    if os.environ.get("CLAIMS_KILL_AT") == point:
        os.kill(os.getpid(), signal.SIGKILL)
