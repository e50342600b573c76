"""Rebuild only what changed, for real: a one-row edit, a night without news, a run killed mid-job.

Each run builds one notebook (04-indicators, HTML only, no brief) for the pairings it names, so
the whole file stays around a minute.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import nbformat
import pytest
from conftest import NOTEBOOKS, ROOT, edit_cell

from counterpart.runner.run import run_reports
from counterpart.runner.snapshots import LATEST

pytestmark = pytest.mark.slow
ALL = ["east-west-national", "liaoning-guizhou", "dalian-liupanshui", "shandong-gansu",
       "qingdao-longnan"]  # fmt: skip
DALIAN_FAMILY = {"dalian-liupanshui", "liaoning-guizhou", "east-west-national"}


def files(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in sorted(folder.iterdir()) if p.is_file()}


def latest(reports: Path, pairing: str) -> str:
    return os.readlink(reports / pairing / LATEST)


def test_one_row_edit_then_a_night_without_news(data_copy, tmp_path):
    reports = tmp_path / "r"
    kw = dict(notebooks=["indicators"], data_dir=data_copy, reports_dir=reports,
              formats=("html",), brief=False)  # fmt: skip
    cold = run_reports(as_of="2024-01-31", **kw)
    assert [r.status for r in cold] == ["ok"] * 5
    assert {p: latest(reports, p) for p in ALL} == dict.fromkeys(ALL, "2024-01-31")
    before = {p: files(reports / p / "2024-01-31") for p in ALL}

    # One row edited; the next night: exactly Dalian's family is rebuilt, as a new snapshot.
    # (the observation and the commitment it follows are one figure: both are corrected)
    edit_cell(data_copy, "observations", "dalian-liupanshui-funds-2019-08", "value", "488000000")
    edit_cell(data_copy, "commitments", "dalian-funds-materials-2019", "quantity", "488000000")
    night = run_reports(as_of="2024-06-30", **kw)
    built = {r.job.pairing for r in night if r.status == "ok"}
    assert built == DALIAN_FAMILY
    skipped = [r for r in night if r.status == "skipped"]
    assert {r.job.pairing for r in skipped} == set(ALL) - DALIAN_FAMILY
    assert all(r.unchanged_since == "2024-01-31" for r in skipped)
    assert "(unchanged since 2024-01-31)" in skipped[0].line()
    for p in DALIAN_FAMILY:
        assert latest(reports, p) == "2024-06-30"
        assert files(reports / p / "2024-01-31") == before[p]  # the old snapshot is kept
    html = (reports / "dalian-liupanshui" / LATEST / "04-indicators.html").read_text("utf-8")
    assert "488" in html and "as of 2024-06-30" in html
    for p in set(ALL) - DALIAN_FAMILY:
        assert latest(reports, p) == "2024-01-31"
        assert not (reports / p / "2024-06-30").exists()  # no copy of unchanged content
        assert files(reports / p / "2024-01-31") == before[p]
    status = json.loads((reports / "status.json").read_text())
    assert status["checked"] == dict.fromkeys(ALL, "2024-06-30")
    assert status["pairings"]["dalian-liupanshui"]["east"] == "Dalian"

    # A later as_of and no new fact: nothing executes, nothing is copied.
    snapshot = {p: files(reports / p / latest(reports, p)) for p in ALL}
    quiet = run_reports(as_of="2024-07-31", **kw)
    assert [r.status for r in quiet] == ["skipped"] * 5
    assert {p: files(reports / p / latest(reports, p)) for p in ALL} == snapshot
    assert not any((reports / p / "2024-07-31").exists() for p in ALL)
    assert not (reports / ".staging").exists()  # no job was even staged
    assert json.loads((reports / "status.json").read_text())["checked"]["qingdao-longnan"] == (
        "2024-07-31"
    )

    # Another edit on the same day as the newest snapshot: rebuilt in place, atomically swapped.
    edit_cell(data_copy, "observations", "dalian-liupanshui-funds-2019-08", "value", "489000000")
    edit_cell(data_copy, "commitments", "dalian-funds-materials-2019", "quantity", "489000000")
    again = run_reports(as_of="2024-06-30", **kw)
    assert {r.job.pairing for r in again if r.status == "ok"} == DALIAN_FAMILY
    html = (reports / "dalian-liupanshui" / LATEST / "04-indicators.html").read_text("utf-8")
    assert "489" in html
    assert not [p for p in (reports / "dalian-liupanshui").iterdir() if p.name.startswith(".")]


def _slow_notebook(folder: Path, gate: Path) -> None:
    """02-actors with a first cell that waits while ``gate`` exists (so a test can kill the run)."""
    nb = nbformat.read(NOTEBOOKS / "02-actors.ipynb", as_version=4)
    code = (
        f"import pathlib, time\nwhile pathlib.Path({str(gate)!r}).exists():\n    time.sleep(0.1)\n"
    )
    nb.cells.insert(1, nbformat.v4.new_code_cell(code))
    nbformat.write(nb, folder / "02-actors.ipynb")


def _end_marked(marker: str) -> None:
    """SIGKILL every process still carrying ``marker`` in its environment (the run's kernel
    template starts its own session, so killing the run's process group does not reach it)."""
    needle = f"COUNTERPART_TEST_RUN={marker}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                os.kill(int(entry.name), signal.SIGKILL)
        except OSError:
            pass


def test_latest_never_points_at_a_partial_report_after_a_kill(data_copy, tmp_path):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    shutil.copy(NOTEBOOKS / "01-context.ipynb", notebooks)
    gate = tmp_path / "hold"
    _slow_notebook(notebooks, gate)
    reports = tmp_path / "r"
    pairing = "dalian-liupanshui"
    script = (  # `counterpart run` on a notebooks folder of our own, one worker
        "from counterpart.runner.run import run_reports\n"
        f"rs = run_reports(pairings=[{pairing!r}], as_of='2019-12-31', formats=('html',),"
        f" data_dir={str(data_copy)!r}, reports_dir={str(reports)!r},"
        f" notebooks_dir={str(notebooks)!r}, workers=1)\n"
        "print(sum(r.status == 'ok' for r in rs), 'built')\n"
    )
    args = ["-c", script]
    first = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT)
    assert first.returncode == 0, first.stderr
    good = reports / pairing / "2019-12-31"
    assert latest(reports, pairing) == "2019-12-31"
    expected = {"01-context.html", "02-actors.html", "brief.html"}
    assert expected <= set(files(good))
    before = {n: (good / n).read_bytes() for n in files(good)}

    # An edit, then a run killed (SIGKILL, the whole process group) while its second job runs.
    edit_cell(data_copy, "sources", "dl-24772", "title", "A corrected title")
    gate.write_text("hold")
    marker = uuid.uuid4().hex
    env = {**os.environ, "COUNTERPART_TEST_RUN": marker}
    run = subprocess.Popen([sys.executable, *args],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
                           start_new_session=True, env=env)  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not list((reports / pairing).glob(".build-*/01-context.html")):
            assert run.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "the first section was never built"
            time.sleep(0.1)
        time.sleep(0.5)  # the second job is now waiting inside its notebook
    finally:
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
        _end_marked(marker)  # what the run started in sessions of its own
    gate.unlink()
    assert latest(reports, pairing) == "2019-12-31"
    assert {n: (good / n).read_bytes() for n in files(good)} == before  # the whole old report
    assert "A corrected title" not in (good / "01-context.html").read_text("utf-8")

    # The next run clears the half-built folder and publishes the complete new report.
    again = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT)
    assert again.returncode == 0, again.stderr
    assert "3 built" in again.stdout
    assert latest(reports, pairing) == "2019-12-31"
    assert "A corrected title" in (good / "01-context.html").read_text("utf-8")
    assert not list((reports / pairing).glob(".build-*"))
