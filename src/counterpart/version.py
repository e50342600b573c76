"""What code built a report: the package version, its git commit, and a digest of its own files.

Every layer needs this (the dataset cache key, job digests, provenance stamps), so it sits at the
bottom beside ``errors`` and imports nothing of the package but its version.
"""

from __future__ import annotations

import hashlib
import subprocess
from functools import lru_cache
from pathlib import Path

from . import __version__

PACKAGE_ROOT = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_digest() -> str:
    """Hash of the package's source, templates and styles: a code change invalidates reports."""
    root = PACKAGE_ROOT
    h = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".j2", ".css", ".json", ".mplstyle"}:
            h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def code_version() -> str:
    """Package version, plus the git commit of the source tree when there is one."""
    version = f"counterpart {__version__}"
    src = PACKAGE_ROOT
    try:
        commit = subprocess.run(
            ["git", "-C", str(src), "rev-parse", "--short=10", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(src), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return version
    return f"{version}, git {commit}" + (" with uncommitted changes" if dirty else "")
