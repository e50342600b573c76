"""One real report shared by the brief, index and exporter tests: `counterpart run` for the
sections, then ``build_brief``. A kernel run costs seconds, so a test session makes it once."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

from conftest import DATA, ROOT

from counterpart.dataset import load_dataset
from counterpart.runner.brief import BriefResult, build_brief

PAIRING, AS_OF = "dalian-liupanshui", "2019-12-31"
DAY = dt.date(2019, 12, 31)
EPOCH = 1577880000  # 2020-01-01 12:00 UTC: SOURCE_DATE_EPOCH pins the cover's generation time
COUNTERPART = str(Path(sys.executable).with_name("counterpart"))
_made: dict[str, tuple[Path, BriefResult]] = {}


def run_sections(reports: Path, *extra: str) -> Path:
    """`counterpart run` without its brief: the executed sections a brief is bound from."""
    out = subprocess.run(
        [COUNTERPART, "run", "--pairing", PAIRING, "--as-of", AS_OF, "--no-brief",
         "--reports-dir", str(reports), "--data-dir", str(DATA), *extra],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr
    return reports / PAIRING / AS_OF


def executed_report(tmp_path_factory) -> tuple[Path, BriefResult]:
    """The report folder (four executed sections with HTML and PDF, and the brief)."""
    if "report" not in _made:
        folder = run_sections(tmp_path_factory.mktemp("reports"))
        saved = os.environ.get("SOURCE_DATE_EPOCH")
        os.environ["SOURCE_DATE_EPOCH"] = str(EPOCH)
        try:
            started = time.perf_counter()
            result = build_brief(folder, load_dataset(DATA), PAIRING, DAY)
            print(f"\nbrief: {result.pages} pages in {time.perf_counter() - started:.1f} s")
        finally:
            if saved is None:
                del os.environ["SOURCE_DATE_EPOCH"]
            else:
                os.environ["SOURCE_DATE_EPOCH"] = saved
        _made["report"] = (folder, result)
    return _made["report"]
