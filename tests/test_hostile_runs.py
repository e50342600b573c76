"""Hostile faults in runs, through real kernels: kill -9 mid-job, cells that never end, ports.

Each test builds one small notebook for one pairing (HTML only) and stays short.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import psutil
import pytest
from conftest import NOTEBOOKS, ROOT

from counterpart.runner.lock import LOCK_NAME
from counterpart.runner.manifest import Limits, Manifest, RunSpec
from counterpart.runner.run import run_reports

pytestmark = pytest.mark.slow
PAIRING, AS_OF = "dalian-liupanshui", "2019-12-31"
# A run of the notebooks in argv[1] into argv[2], as `counterpart run` does it (2 workers).
RUN = f"""
import sys
from counterpart.runner.run import run_reports
results = run_reports(pairings=[{PAIRING!r}], as_of={AS_OF!r}, notebooks_dir=sys.argv[1],
                      reports_dir=sys.argv[2], formats=("html",), brief=False, workers=2)
print(" ".join(r.status for r in results))
"""


def _notebook(folder: Path, name: str, code: str) -> Path:
    """01-context with ``code`` as its first cell after the parameters."""
    folder.mkdir(exist_ok=True)
    nb = nbformat.read(NOTEBOOKS / "01-context.ipynb", as_version=4)
    nb.cells.insert(1, nbformat.v4.new_code_cell(code))
    # each report notebook names its own section (notebook metadata is the runner's contract)
    nb.metadata["counterpart"]["section"] = Path(name).stem.split("-", 1)[1]
    path = folder / name
    nbformat.write(nb, path)
    return path


def _wait_for(path: Path, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.1)


def _tcp_listeners(procs: list[psutil.Process]) -> list:
    found = []
    for p in procs:
        try:
            found += [c for c in p.net_connections(kind="tcp") if c.status == psutil.CONN_LISTEN]
        except psutil.NoSuchProcess:
            pass
    return found


def test_kill_9_mid_job_leaves_no_process_and_no_lock(tmp_path):
    notebooks, reports, started = tmp_path / "nb", tmp_path / "r", tmp_path / "started"
    started.mkdir()
    for name in ("01-a.ipynb", "02-b.ipynb"):  # two workers, each with a kernel mid-cell
        _notebook(notebooks, name,
                  f"import os, pathlib, time\npathlib.Path({str(started)!r}, '{name}')"
                  ".write_text(str(os.getpid()))\ntime.sleep(600)")  # fmt: skip
    args = [sys.executable, "-c", RUN, str(notebooks), str(reports)]
    run = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_for(started / "01-a.ipynb")
    _wait_for(started / "02-b.ipynb")
    tree = psutil.Process(run.pid).children(recursive=True)
    kernels = [int((started / n).read_text()) for n in ("01-a.ipynb", "02-b.ipynb")]
    assert set(kernels) <= {p.pid for p in tree}
    assert len(tree) >= 6  # 2 workers, 2 kernel templates, 2 kernels
    assert _tcp_listeners(tree) == []  # kernels talk over private socket files only

    run.kill()  # SIGKILL: no cleanup code of the run can run
    run.wait()
    gone, alive = psutil.wait_procs(tree, timeout=10)
    assert alive == [], f"still running after the run was killed: {alive}"

    notebooks2 = tmp_path / "nb2"
    _notebook(notebooks2, "01-a.ipynb", "x = 1")
    t0 = time.monotonic()
    again = subprocess.run([sys.executable, "-c", RUN, str(notebooks2), str(reports)],
                           cwd=ROOT, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "ok"
    assert time.monotonic() - t0 < 120
    assert not list((reports / ".staging").iterdir())
    assert (reports / LOCK_NAME).read_text() == ""  # released, and nobody holds it


@pytest.mark.parametrize(
    ("code", "limits", "message"),
    [
        ("while True:\n    pass", Limits(cell_seconds=2),
         "cell 2 ran past the time limit of 2 s per cell and was stopped "
         "(raise limits: cell_seconds in reports.yml if it needs longer)"),
        ("import time\nfor _ in range(100):\n    time.sleep(0.5)", Limits(job_seconds=3),
         "the notebook ran past its time limit of 3 s (stopped in cell 2; "
         "raise limits: job_seconds in reports.yml if it needs longer)"),
    ],
)  # fmt: skip
def test_a_cell_that_never_ends_is_stopped_at_the_limit(tmp_path, code, limits, message):
    notebooks = tmp_path / "nb"
    _notebook(notebooks, "01-context.ipynb", code)
    manifest = Manifest(runs=(RunSpec((PAIRING,), (AS_OF,)),), formats=("html",), brief=False,
                        limits=limits)  # fmt: skip
    t0 = time.monotonic()
    (result,) = run_reports(manifest=manifest, reports_dir=tmp_path / "r", notebooks_dir=notebooks)
    assert time.monotonic() - t0 < 60
    assert result.status == "failed" and result.error == message
    assert result.cell == 2
    kept = tmp_path / "r" / PAIRING / AS_OF / "failed" / "01-context.ipynb"
    assert kept.stat().st_size > 0
    record = json.loads((tmp_path / "r" / PAIRING / AS_OF / "01-context.json").read_text())
    assert record["status"] == "failed"
    # The stopped kernel is gone: the kernel template this process keeps has no child left.
    templates = [p for p in psutil.Process().children()
                 if "counterpart.runner.kernels" in " ".join(p.cmdline())]  # fmt: skip
    assert templates, "the run forked its kernel from a template"
    _, alive = psutil.wait_procs([k for t in templates for k in t.children(recursive=True)], 10)
    assert alive == []


def test_an_unknown_papermill_parameter_fails_in_the_first_cell(tmp_path):
    import papermill
    from papermill.exceptions import PapermillExecutionError

    from counterpart.runner.kernels import kernel_manager_class

    with pytest.raises(PapermillExecutionError) as err:
        papermill.execute_notebook(
            str(NOTEBOOKS / "01-context.ipynb"), str(tmp_path / "out.ipynb"),
            parameters={"pairing": PAIRING, "asof": "2019-12-31"},
            kernel_manager_class=kernel_manager_class("fresh"), cwd=str(NOTEBOOKS),
            progress_bar=False, log_output=False,
        )  # fmt: skip
    assert err.value.ename == "ParameterError"
    assert err.value.evalue == (
        "unknown parameter 'asof'. Parameters of this notebook: as_of, data_dir, pairing"
    )
    assert err.value.cell_index == 2  # the first cell after the parameters papermill injected
