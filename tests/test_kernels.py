"""Forked kernels get the environment a fresh kernel would, and only a kernel's death is retried."""

from __future__ import annotations

import json
import re
import sys

import nbformat
import papermill
import pytest
from conftest import DATA
from nbclient.exceptions import DeadKernelError

from counterpart.runner.execute import execute_job, kernel_fault
from counterpart.runner.kernels import ForkKernelManager, KernelStartError
from counterpart.runner.manifest import Manifest, RunSpec
from counterpart.runner.run import plan_jobs, run_reports

PAIRING, AS_OF = "dalian-liupanshui", "2019-12-31"


def _text(path) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))


@pytest.mark.slow
def test_two_runs_in_one_process_each_show_their_own_build_time(tmp_path, monkeypatch):
    """One worker runs jobs in this process, so both runs fork from the same kernel template:
    the second run's SOURCE_DATE_EPOCH must still reach its kernel."""
    built = {}
    for epoch, shown in (
        (1577880000, "2020-01-01 12:00 UTC"),
        (1609502400, "2021-01-01 12:00 UTC"),
    ):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
        reports = tmp_path / str(epoch)
        (result,) = run_reports(pairings=[PAIRING], as_of=AS_OF, notebooks=["context"],
                                data_dir=DATA, reports_dir=reports, formats=("html",),
                                workers=1, brief=False)  # fmt: skip
        assert result.status == "ok", result.line()
        built[shown] = _text(reports / PAIRING / AS_OF / "01-context.html")
    (first, first_text), (second, second_text) = built.items()
    assert first in first_text and second not in first_text
    assert second in second_text and first not in second_text


@pytest.mark.slow
def test_a_kernelspec_env_reaches_a_forked_kernel(tmp_path, monkeypatch):
    spec = tmp_path / "jupyter" / "kernels" / "counterpart-probe"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "probe", "language": "python",
        "env": {"COUNTERPART_PROBE": "set by the kernelspec"},
    }))  # fmt: skip
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("COUNTERPART_CALLER", "set by the caller")
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell(
        "import os\nprint(os.environ['COUNTERPART_PROBE'], '|', os.environ['COUNTERPART_CALLER'])"
    ))  # fmt: skip
    nbformat.write(nb, tmp_path / "probe.ipynb")
    out = papermill.execute_notebook(
        str(tmp_path / "probe.ipynb"), str(tmp_path / "out.ipynb"), kernel_name="counterpart-probe",
        kernel_manager_class=ForkKernelManager, progress_bar=False,
    )  # fmt: skip
    assert out.cells[0].outputs[0]["text"] == "set by the kernelspec | set by the caller\n"


@pytest.mark.parametrize(
    ("exc", "retried"),
    [
        (DeadKernelError("Kernel died"), True),
        (KernelStartError("kernel template exited"), True),
        (RuntimeError("Kernel died before replying to kernel_info"), True),
        (RuntimeError("Kernel didn't respond in 60 seconds"), True),
        (RuntimeError("something else went wrong"), False),
        (ValueError("bad value"), False),
        (FileNotFoundError("no such notebook"), False),
    ],
)
def test_only_a_dead_or_unstarted_kernel_is_a_kernel_fault(exc, retried):
    assert kernel_fault(exc) is retried


def _job():
    m = Manifest(notebooks=("context",), formats=("html",),
                 runs=(RunSpec((PAIRING,), (AS_OF,)),))  # fmt: skip
    return plan_jobs(m, DATA)[1][0]


@pytest.mark.parametrize(
    ("raised", "status", "attempts", "error"),
    [
        (ValueError("not a kernel problem"), "failed", 1, "ValueError: not a kernel problem"),
        (DeadKernelError("Kernel died"), "failed", 3, "kernel failed (DeadKernelError: Kernel "
         "died); gave up after 3 attempts"),
    ],
)  # fmt: skip
def test_execute_job_retries_a_dead_kernel_and_nothing_else(
    tmp_path, monkeypatch, raised, status, attempts, error
):
    calls = []

    def execute_notebook(*args, **kwargs):
        calls.append(kwargs["kernel_manager_class"].__name__)
        raise raised

    monkeypatch.setattr(papermill, "execute_notebook", execute_notebook)
    result = execute_job(_job(), tmp_path, kernel="fork", retries=2)
    assert (result.status, result.attempts, result.error) == (status, attempts, error)
    assert calls == ["ForkKernelManager"] * attempts
