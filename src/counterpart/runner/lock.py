"""One run at a time over a reports folder: an exclusive lock, safe for cron and systemd timers.

A second ``counterpart run`` over the same ``reports/`` either stops at once with a message naming
the run that holds the lock, or (``--wait``) queues behind it. The lock is an ``flock`` on a file
inside ``reports/``, released by the kernel when the holder exits, even after ``kill -9``.

An ``flock`` belongs to the open file, which forked children share, so no child keeps the
descriptor (see :mod:`counterpart.flock`). The file also records the holder's pid and process
start time: a lock whose recorded holder is no longer running is stale, and is taken over (the
file is replaced) instead of being waited for for ever.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

from ..errors import RunLockedError
from ..flock import close_lock_file, open_lock_file, try_lock

LOCK_NAME = ".counterpart-run.lock"
POLL_SECONDS = 0.2


def process_start(pid: int) -> str | None:
    """The start time of ``pid`` in clock ticks since boot (Linux), to tell a reused pid apart."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]


def _alive(pid: int, start: str | None) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return start is None or process_start(pid) in (None, start)


def _holder(fd: int) -> tuple[str, int | None, str | None]:
    """The record in the lock file: (first line, pid, start time)."""
    text = os.pread(fd, 300, 0).decode("utf-8", "replace")
    pid = re.match(r"pid (\d+)", text)
    start = re.search(r"^start (\d+)$", text, re.MULTILINE)
    first = text.splitlines()[0].strip() if text.strip() else ""
    return first, int(pid.group(1)) if pid else None, start.group(1) if start else None


@contextlib.contextmanager
def _guard(path: Path) -> Iterator[None]:
    """Serialise "lock and write the record" with "find the holder dead and take over"."""
    fd = open_lock_file(path.with_name(path.name + ".guard"))
    try:
        try_lock(fd, wait=True)
        yield
    finally:
        close_lock_file(fd)


def _try_lock(path: Path) -> tuple[int | None, str]:
    """Lock ``path``, taking over a stale lock; return (fd, "") or (None, the holder's record)."""
    with _guard(path):
        for _ in range(3):
            fd = open_lock_file(path)
            if not try_lock(fd):
                text, pid, start = _holder(fd)
                close_lock_file(fd)
                if pid is None or _alive(pid, start):
                    return None, text or "another run"
                # The recorded run is gone; whatever still holds the flock is an orphan of it.
                # Replace the file: the orphan keeps a lock on a file nobody uses any more.
                path.unlink(missing_ok=True)
                continue
            stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
            record = f"pid {os.getpid()}, started {stamp}\nstart {process_start(os.getpid())}\n"
            os.ftruncate(fd, 0)
            os.pwrite(fd, record.encode(), 0)
            return fd, ""
    return None, "a lock file that keeps changing"


@contextlib.contextmanager
def reports_lock(reports_dir: Path, wait: bool = False) -> Iterator[Path]:
    """Hold the run lock of ``reports_dir``; raise RunLockedError if taken and not ``wait``."""
    path = Path(reports_dir) / LOCK_NAME
    while True:
        fd, holder = _try_lock(path)
        if fd is not None:
            break
        if not wait:
            raise RunLockedError(
                f"another counterpart run is writing {reports_dir} ({holder}); "
                "wait for it to finish, or pass --wait to queue behind it"
            )
        time.sleep(POLL_SECONDS)
    try:
        yield path
    finally:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        close_lock_file(fd)  # releases the flock
