"""Adding a valid row to data/ the way data/README.md shows leaves the tests green: they read
their own fixture, and facts about data/ are validator rules (scripts/check_data_growth.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT

SCRIPT = ROOT / "scripts" / "check_data_growth.py"
# Timing tests that read no data at all: left out of the nested run to keep the suite short.
TIMING = (
    "tests/test_extract.py::test_five_megabytes_in_bounded_linear_time",
    "tests/test_exporter.py::test_a_worker_rendering_many_pdfs_does_not_grow",
)


@pytest.mark.slow
@pytest.mark.skipif(bool(os.environ.get("COUNTERPART_GROWN_COPY")), reason="already the grown copy")
def test_fast_tests_pass_on_a_copy_with_the_readme_rows_added():
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "-x", *(f"--deselect={t}" for t in TIMING)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    added = out.stdout.splitlines()[:4]  # what `counterpart add` said, one line per README row
    assert [line.split(":")[0] for line in added] == [
        "added sources.csv",
        "added events.csv",
        "added commitments.csv",
        "added observations.csv",
    ], added
    assert " passed" in out.stdout and " failed" not in out.stdout
