"""One run at a time over a reports folder: an exclusive lock, safe for cron and systemd timers.

A second ``counterpart run`` over the same ``reports/`` either stops at once with a message naming
the run that holds the lock, or (``--wait``) queues behind it. The lock is an ``flock`` on a file
inside ``reports/``: the kernel releases it when the holder exits, even after ``kill -9``, so a
crashed run never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import RunLockedError

LOCK_NAME = ".counterpart-run.lock"


@contextlib.contextmanager
def reports_lock(reports_dir: Path, wait: bool = False) -> Iterator[Path]:
    """Hold the run lock of ``reports_dir``; raise RunLockedError if taken and not ``wait``."""
    path = Path(reports_dir) / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another run"
            raise RunLockedError(
                f"another counterpart run is writing {reports_dir} ({holder}); "
                "wait for it to finish, or pass --wait to queue behind it"
            ) from None
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {stamp}\n".encode(), 0)
        yield path
    finally:
        os.close(fd)  # releases the flock
