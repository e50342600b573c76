"""Write a file in one step: a reader sees the old file or the new one, never half of one.

Reports, records, the index, the dataset cache and the dataset itself are all written this way, so
a run that is killed or a disk that fills up leaves the previous good file in place.
"""

from __future__ import annotations

import contextlib
import os
import stat
import uuid
from pathlib import Path


def write_atomic(path: Path, data: bytes | str, *, fsync: bool = False) -> None:
    """Write ``data`` (text as UTF-8, newlines untouched) beside ``path``, then rename it over.

    ``fsync`` also flushes the new file to disk before the rename: for ``data/``, the source of
    truth, where a crash must not leave an empty file behind; generated files can be rebuilt.
    A file that exists keeps its mode and group (a group-writable table stays one), and a
    symbolic link stays a link: the file it points to is the one replaced.
    """
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()
    raw = data.encode("utf-8") if isinstance(data, str) else data
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        old = os.stat(path)
    except OSError:
        old = None
    try:
        with open(tmp, "wb") as fh:
            if old is not None:
                os.fchmod(fh.fileno(), stat.S_IMODE(old.st_mode))
                if (old.st_uid, old.st_gid) != (os.getuid(), os.getgid()):
                    with contextlib.suppress(PermissionError):  # the group, if we belong to it
                        os.fchown(fh.fileno(), -1, old.st_gid)
                    with contextlib.suppress(PermissionError):  # the owner, when we are root
                        os.fchown(fh.fileno(), old.st_uid, old.st_gid)
            fh.write(raw)
            if fsync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
