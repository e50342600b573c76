"""Processes that die with their run: a parent-death signal for workers, kernel templates, kernels.

A run killed with ``kill -9`` cannot clean up after itself, so every process it starts asks the
operating system (Linux ``prctl(PR_SET_PDEATHSIG)``) to be killed the moment its parent goes.
Workers, the kernel template a worker starts and the kernels the template forks form a chain: kill
the run and the whole chain goes, leaving no orphan holding memory, CPU or the run lock.
Elsewhere the call does nothing, and kernels still poll for their parent (ipykernel's own check).
"""

from __future__ import annotations

import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def die_with_parent(sig: int = signal.SIGKILL) -> bool:
    """Ask to receive ``sig`` when the parent exits; exit now if it already has. True if armed."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    return True


def parent_death_signal() -> int:
    """The signal armed for this process (0 if none): what the tests check."""
    if not sys.platform.startswith("linux"):
        return 0
    import ctypes

    PR_GET_PDEATHSIG = 2
    value = ctypes.c_int(0)
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_GET_PDEATHSIG, ctypes.byref(value), 0, 0, 0)
    return value.value
