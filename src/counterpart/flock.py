"""Advisory file locks that stay with the process that took them, never with its children.

An ``flock`` belongs to the open file, and a forked child shares the parent's open files: a
report worker outliving a killed run would go on holding the run's lock (or the dataset's).
Every descriptor opened here is closed in each forked child, so a lock lives exactly as long as
the process that took it. Lock files are created 0o666 less the umask, so that analysts who share
a group can queue behind each other.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

_held: set[int] = set()


def _close_in_child() -> None:
    for fd in list(_held):
        with contextlib.suppress(OSError):
            os.close(fd)
    _held.clear()


os.register_at_fork(after_in_child=_close_in_child)


def open_lock_file(path: str | Path) -> int:
    """A descriptor on ``path`` (created if needed) that no forked child keeps."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    _held.add(fd)
    return fd


def close_lock_file(fd: int) -> None:
    """Close ``fd``, releasing its lock."""
    _held.discard(fd)
    with contextlib.suppress(OSError):
        os.close(fd)


def try_lock(fd: int, shared: bool = False, wait: bool = False) -> bool:
    """Take the lock on ``fd``; False if another holds it and ``wait`` is not set."""
    mode = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
    try:
        fcntl.flock(fd, mode | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True
