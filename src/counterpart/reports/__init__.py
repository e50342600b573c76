"""What report notebooks call: the opened report, its tables, charts, sentences and provenance.

Notebooks start with ``from counterpart.reports import open_report``; sections, charts and render
helpers build on the scoped dataset and never on the runner.
"""

from .report import Report, open_report

__all__ = ["Report", "open_report"]
