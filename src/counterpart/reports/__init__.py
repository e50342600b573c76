"""What report notebooks call: the opened report, its tables, charts, sentences and provenance.

Notebooks start with ``from counterpart.reports import open_report``; sections, charts and render
helpers build on the scoped dataset and never on the runner. ``Report`` and ``open_report`` are
imported on first use: the runner plans jobs with ``reports.params`` and must not pay for
matplotlib on a night when nothing is executed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .report import Report, open_report

__all__ = ["Report", "open_report"]


def __getattr__(name: str):
    if name in __all__:
        from . import report

        return getattr(report, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
