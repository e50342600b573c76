"""Dated snapshots of a report and the stable ``latest`` address that points at a complete one.

``reports/<pairing>/<date>/`` holds the report as of the date its content last changed (the layout
of earlier versions, read as it is); ``reports/<pairing>/latest`` is a relative symlink to the
newest complete one. A run builds a report in a hidden folder beside them (``.build-…``), starting
from hard links to the files of the snapshot it replaces, so unchanged sections cost nothing. Only
when every job of the report has finished is the build put in place — a rename, or an atomic
exchange (``renameat2(RENAME_EXCHANGE)``) when a same-day snapshot already exists — and ``latest``
switched by replacing the symlink in one step. A run killed at any moment leaves ``latest``
pointing at the last complete report; its build folder is removed by the next run.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
import uuid
from pathlib import Path

from .records import read_json

LATEST = "latest"
BUILD = ".build-"
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def snapshot_days(pairing_dir: Path) -> list[str]:
    """The pairing's dated snapshot folders, oldest first."""
    try:
        entries = list(os.scandir(pairing_dir))
    except OSError:
        return []
    return sorted(e.name for e in entries if DAY.match(e.name) and e.is_dir(follow_symlinks=False))


def base_snapshot(pairing_dir: Path, day: str) -> Path | None:
    """The snapshot a report as of ``day`` starts from: that day's own, else the newest before."""
    days = [d for d in snapshot_days(pairing_dir) if d <= day]
    return Path(pairing_dir) / days[-1] if days else None


def latest_day(pairing_dir: Path) -> str | None:
    """The dated folder ``latest`` points at, or None (no complete report yet)."""
    try:
        target = os.readlink(Path(pairing_dir) / LATEST)
    except OSError:
        return None
    return target if DAY.match(target) else None


def start_build(
    pairing_dir: Path, day: str, base: Path | None, rebuilt: frozenset[str] = frozenset()
) -> Path:
    """A new hidden build folder, holding hard links to the files of ``base`` (if any) except
    those of the items this run rebuilds (``rebuilt``: "01-context", "brief"…)."""
    build = Path(pairing_dir) / f"{BUILD}{day}-{uuid.uuid4().hex[:8]}"
    build.mkdir(parents=True)
    if base is not None:
        for entry in os.scandir(base):
            if entry.name.split(".", 1)[0] in rebuilt:
                continue
            if entry.is_file(follow_symlinks=False):
                try:
                    os.link(entry.path, build / entry.name)
                except OSError:  # a file system without hard links
                    shutil.copy2(entry.path, build / entry.name)
    return build


def publish(pairing_dir: Path, build: Path, day: str, complete: bool) -> bool:
    """Put ``build`` in place as the snapshot of ``day``; switch ``latest`` if it is complete.

    An incomplete build never replaces the snapshot ``latest`` points at: only its failure
    records and failed notebooks are moved there, so the index can say what went wrong while
    readers keep the last good report. Returns whether ``latest`` now points at ``day``."""
    pairing_dir = Path(pairing_dir)
    target = pairing_dir / day
    current = latest_day(pairing_dir)
    if not complete and current == day:
        _move_failures(build, target)
        shutil.rmtree(build, ignore_errors=True)
        return False
    if target.exists():
        exchange(build, target)
        shutil.rmtree(build, ignore_errors=True)  # now the old snapshot
    else:
        os.rename(build, target)
    if complete and (current is None or day >= current):
        switch_latest(pairing_dir, day)
        return True
    return False


def switch_latest(pairing_dir: Path, day: str) -> None:
    """Point ``latest`` at ``day`` in one step: a new symlink renamed over the old one."""
    link = Path(pairing_dir) / LATEST
    tmp = Path(pairing_dir) / f".latest-{uuid.uuid4().hex[:8]}"
    os.symlink(day, tmp)
    os.replace(tmp, link)


def exchange(a: Path, b: Path) -> None:
    """Swap two folders atomically (Linux ``renameat2``); elsewhere three renames."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is not None:
        at_fdcwd, rename_exchange = -100, 2
        if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
            return
        err = ctypes.get_errno()
        if err not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
            raise OSError(err, os.strerror(err), str(b))
    aside = a.parent / f".old-{b.name}-{uuid.uuid4().hex[:8]}"
    os.rename(b, aside)
    os.rename(a, b)
    os.rename(aside, a)


def _move_failures(build: Path, target: Path) -> None:
    for record in build.glob("*.json"):
        data = read_json(record)
        if data and data.get("status") == "failed":
            os.replace(record, target / record.name)
    failed = build / "failed"
    if failed.is_dir():
        (target / "failed").mkdir(exist_ok=True)
        for f in failed.iterdir():
            os.replace(f, target / "failed" / f.name)


def clean_builds(reports_dir: Path) -> None:
    """Remove what killed runs left: build folders and half-made links (never a snapshot)."""
    for pairing_dir in Path(reports_dir).iterdir():
        if not pairing_dir.is_dir() or pairing_dir.name.startswith("."):
            continue
        for entry in os.scandir(pairing_dir):
            if entry.name.startswith(".old-"):
                day = entry.name[len(".old-") : len(".old-") + 10]
                if DAY.match(day) and not (pairing_dir / day).exists():  # killed mid-exchange
                    os.rename(entry.path, pairing_dir / day)
                    continue
            if entry.name.startswith((BUILD, ".old-")):
                shutil.rmtree(entry.path, ignore_errors=True)
            elif entry.name.startswith(".latest-"):
                os.unlink(entry.path)
