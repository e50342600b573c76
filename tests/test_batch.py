"""Batch runs for real: incremental reruns, a kernel killed with SIGKILL, two runs at once, Dask.

Each test builds one pairing with one or two notebooks (HTML only) to stay quick; the full build
is in test_end_to_end.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from conftest import DATA, NOTEBOOKS, ROOT

from counterpart.runner.lock import LOCK_NAME
from counterpart.runner.run import RunSummary, run_reports

pytestmark = pytest.mark.slow
PAIRING, AS_OF = "dalian-liupanshui", "2019-12-31"


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "counterpart.cli", *args, "--data-dir", str(DATA)],
        capture_output=True, text=True, cwd=ROOT, **kw,
    )  # fmt: skip


def outputs(folder: Path) -> dict[str, float]:
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir() if p.is_file()}


def test_second_run_skips_every_job_and_says_so(tmp_path):
    args = ["run", "--pairing", PAIRING, "--as-of", AS_OF, "--notebook", "context",
            "--notebook", "actors", "--format", "html", "--reports-dir", str(tmp_path)]  # fmt: skip
    first = cli(*args)
    assert first.returncode == 0, first.stderr
    assert "2 built, 0 skipped (unchanged), 0 failed of 2 job(s)" in first.stdout
    folder = tmp_path / PAIRING / AS_OF
    before = outputs(folder)
    record = json.loads((folder / "01-context.json").read_text())
    assert record["status"] == "ok" and record["parameters"]["as_of"] == AS_OF
    assert record["outputs"] == ["01-context.ipynb", "01-context.html"]

    started = time.perf_counter()
    second = cli(*args)
    elapsed = time.perf_counter() - started
    assert second.returncode == 0, second.stderr
    assert second.stdout.count("skipped") == 2 and "(unchanged)" in second.stdout
    assert "nothing to do: all 2 job(s) are up to date" in second.stdout
    assert outputs(folder) == before  # not one file rewritten
    assert elapsed < 10  # generous: measured in bench/, well under 2 s

    forced = cli(*args, "--force", "--notebook", "context")
    assert "2 built" in forced.stdout  # --notebook context is already in args; both rebuilt
    runs = sorted((tmp_path / "runs").glob("*.json"))
    assert len(runs) == 3
    last = json.loads(runs[-1].read_text())
    assert [j["status"] for j in last["jobs"]] == ["ok", "ok"]
    assert all(j["seconds"] > 0 and j["inputs"] for j in last["jobs"])


def test_changed_notebook_reruns_only_its_jobs(tmp_path):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    for name in ("01-context.ipynb", "02-actors.ipynb"):
        shutil.copy(NOTEBOOKS / name, notebooks)
    kw = dict(pairings=[PAIRING], as_of=AS_OF, reports_dir=tmp_path / "r", data_dir=DATA,
              notebooks_dir=notebooks, formats=("html",), brief=False)  # fmt: skip
    assert [r.status for r in run_reports(**kw)] == ["ok", "ok"]
    nb = nbformat.read(notebooks / "02-actors.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("A note an analyst added."))
    nbformat.write(nb, notebooks / "02-actors.ipynb")
    assert [r.status for r in run_reports(**kw)] == ["skipped", "ok"]
    html = (tmp_path / "r" / PAIRING / AS_OF / "02-actors.html").read_text(encoding="utf-8")
    assert "A note an analyst added." in html


def _killer_notebook(folder: Path, switch: Path) -> None:
    """01-context with a first cell that SIGKILLs its own kernel while ``switch`` counts down."""
    nb = nbformat.read(NOTEBOOKS / "01-context.ipynb", as_version=4)
    code = (
        "import os, pathlib, signal\n"
        f"switch = pathlib.Path({str(switch)!r})\n"
        "left = int(switch.read_text()) if switch.exists() else 0\n"
        "if left > 0:\n"
        "    switch.write_text(str(left - 1))\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    nb.cells.insert(1, nbformat.v4.new_code_cell(code))
    nbformat.write(nb, folder / "01-context.ipynb")


@pytest.mark.parametrize("kernel", ["fork", "fresh"])
def test_kernel_killed_mid_run(tmp_path, kernel):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    switch = tmp_path / "kills-left"
    _killer_notebook(notebooks, switch)
    shutil.copy(NOTEBOOKS / "02-actors.ipynb", notebooks)
    reports = tmp_path / "r"
    kw = dict(pairings=[PAIRING], as_of=AS_OF, reports_dir=reports, notebooks_dir=notebooks, data_dir=DATA,
              formats=("html",), kernel=kernel, retries=2, brief=False)  # fmt: skip

    # 1. The kernel dies every time: the job fails after 3 attempts, the other job finishes.
    switch.write_text("99")
    killed, other = run_reports(**kw)
    assert killed.status == "failed" and killed.attempts == 3
    assert "kernel failed" in killed.error and "gave up after 3 attempts" in killed.error
    assert int(switch.read_text()) == 96
    assert other.status == "ok"
    folder = reports / PAIRING / AS_OF
    assert not (folder / "01-context.html").exists()  # nothing half-written
    assert json.loads((folder / "01-context.json").read_text())["status"] == "failed"

    # 2. Next run: the kernel dies once and is retried; only the missing report is redone.
    switch.write_text("1")
    retried, skipped = run_reports(**kw)
    assert retried.status == "ok" and retried.attempts == 2, retried.line()
    assert "after 1 kernel restart(s)" in retried.line()
    assert skipped.status == "skipped"
    assert "Dalian" in (folder / "01-context.html").read_text(encoding="utf-8")
    assert not list((reports / ".staging").iterdir())


def test_notebook_error_is_not_retried(tmp_path):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    nb = nbformat.read(NOTEBOOKS / "01-context.ipynb", as_version=4)
    nb.cells.insert(1, nbformat.v4.new_code_cell("raise ValueError('bad figure')"))
    nbformat.write(nb, notebooks / "01-context.ipynb")
    (result,) = run_reports(pairings=[PAIRING], as_of=AS_OF, reports_dir=tmp_path / "r", data_dir=DATA,
                            notebooks_dir=notebooks, formats=("html",))  # fmt: skip
    assert result.status == "failed" and result.attempts == 1
    assert result.error == "ValueError: bad figure" and result.cell == 2


def test_a_report_that_failed_on_the_same_rows_is_not_rerun_every_night(tmp_path):
    """A cell that raised on these rows will raise again: the next night's run says so, executes
    nothing and leaves no new dated folder; a changed notebook, or --force, runs it again."""
    notebooks, reports = tmp_path / "notebooks", tmp_path / "r"
    notebooks.mkdir()
    good = nbformat.read(NOTEBOOKS / "01-context.ipynb", as_version=4)
    bad = nbformat.read(NOTEBOOKS / "01-context.ipynb", as_version=4)
    bad.cells.insert(1, nbformat.v4.new_code_cell("raise ValueError('bad figure')"))
    nbformat.write(bad, notebooks / "01-context.ipynb")
    kw = dict(pairings=[PAIRING], reports_dir=reports, data_dir=DATA, notebooks_dir=notebooks,
              formats=("html",), brief=False)  # fmt: skip
    (first,) = run_reports(as_of="2019-12-30", **kw)
    assert first.status == "failed" and (reports / PAIRING / "2019-12-30").is_dir()

    (night,) = run_reports(as_of="2019-12-31", **kw)
    assert night.status == "failed" and night.seconds == 0 and night.cell == 2
    assert "ValueError: bad figure" in night.error and "as of 2019-12-30" in night.error
    assert night.kept_at == reports / PAIRING / "2019-12-30" / "failed" / "01-context.ipynb"
    assert night.kept_at.is_file()
    assert not (reports / PAIRING / "2019-12-31").exists()

    (forced,) = run_reports(as_of="2019-12-31", force=True, **kw)
    assert forced.status == "failed" and forced.seconds > 0  # really executed again
    nbformat.write(good, notebooks / "01-context.ipynb")  # the analyst fixes the notebook
    (fixed,) = run_reports(as_of="2019-12-31", **kw)
    assert fixed.status == "ok"
    assert (reports / PAIRING / "latest").resolve().name == "2019-12-31"


def test_two_runs_at_once_the_lock_holds(tmp_path):
    reports = tmp_path / "r"
    args = ["run", "--pairing", PAIRING, "--as-of", AS_OF, "--notebook", "context",
            "--notebook", "actors", "--format", "html", "--workers", "1",
            "--reports-dir", str(reports)]  # fmt: skip
    first = subprocess.Popen(
        [sys.executable, "-m", "counterpart.cli", *args, "--data-dir", str(DATA)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    lock = reports / LOCK_NAME
    deadline = time.monotonic() + 60
    while not (lock.exists() and f"pid {first.pid}" in lock.read_text()):
        assert time.monotonic() < deadline and first.poll() is None, "first run never took the lock"
        time.sleep(0.05)
    second = cli(*args)
    assert first.poll() is None, "the first run ended before the second one started"
    assert second.returncode == 4
    assert f"another counterpart run is writing {reports} (pid {first.pid}" in second.stderr
    assert "--wait" in second.stderr
    waiting = cli(*args, "--wait")  # queues behind the first, then finds everything done
    assert first.wait(timeout=120) == 0
    assert waiting.returncode == 0, waiting.stderr
    assert "nothing to do: all 2 job(s) are up to date" in waiting.stdout
    assert "built" in first.communicate()[0]


def test_dask_local_cluster_builds_the_same_reports(tmp_path):
    distributed = pytest.importorskip("distributed")
    summary = RunSummary()
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:  # fmt: skip
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        results = run_reports(pairings=[PAIRING], as_of=AS_OF, notebooks=["context", "indicators"],
                              reports_dir=tmp_path, data_dir=DATA, formats=("html",),
                              cluster=cluster.scheduler_address, summary=summary)  # fmt: skip
        workers = set(cluster.scheduler_info["workers"])
    assert [r.status for r in results] == ["ok", "ok"], [r.line() for r in results]
    html = (tmp_path / PAIRING / AS_OF / "04-indicators.html").read_text(encoding="utf-8")
    assert "487 million yuan" in html
    record = json.loads(summary.record.read_text())
    assert record["cluster"].startswith("tcp://127.0.0.1:") and len(workers) == 2
    # the same jobs, rerun locally: nothing to do, the cluster's records count
    again = run_reports(pairings=[PAIRING], as_of=AS_OF, notebooks=["context", "indicators"],
                        reports_dir=tmp_path, data_dir=DATA, formats=("html",))  # fmt: skip
    assert [r.status for r in again] == ["skipped", "skipped"]


def test_unreachable_cluster_is_a_clear_error(tmp_path):
    pytest.importorskip("distributed")
    out = cli("run", "--pairing", PAIRING, "--notebook", "context", "--reports-dir",
              str(tmp_path), "--cluster", "tcp://127.0.0.1:9")  # fmt: skip
    assert out.returncode == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in out.stderr
    assert not (tmp_path / "runs").exists()  # no job ran
