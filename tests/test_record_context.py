"""The project's own record through the context report: a must-show of the real-record issue.

This reads ``data/`` (not the frozen fixture) on purpose, and asserts only named facts the record
is built around — Dalian → Liupanshui ended and Zhongshan took it over; its start is disputed,
1996 against 1998 — never counts, so adding valid rows cannot break it.
"""

from __future__ import annotations

import re

import pytest
from conftest import PROJECT_DATA

pytestmark = pytest.mark.slow


def test_dalian_liupanshui_today_names_its_successor_and_the_1996_1998_conflict(tmp_path):
    from counterpart.runner.run import run_reports

    results = run_reports(
        pairings=["dalian-liupanshui"], as_of=["today"], notebooks=["context"],
        data_dir=PROJECT_DATA, reports_dir=tmp_path, workers=1,
    )  # fmt: skip
    assert [r.status for r in results] == ["ok"], [r.line() for r in results]
    page = tmp_path / "dalian-liupanshui" / "latest" / "01-context.html"  # the reader's address
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8")))
    assert "ended on 2021-04-15" in text and "its successor is Zhongshan → Liupanshui" in text
    disagree = text.split("Where the sources disagree")[1].split("Unconfirmed")[0]
    assert re.search(r"1996 \[\d+\].*1998 \[\d+\] 1996 official over weak", disagree), disagree
    assert "later figure over the earlier" in text  # the rule, in the report
