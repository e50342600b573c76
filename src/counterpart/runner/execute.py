"""Run one job where it lands — a local worker process or a Dask worker — and publish it safely.

Stage, then promote: a notebook is executed and exported into a private staging folder under
``reports/``; its files replace the published ones (``os.replace``, atomic per file) only when the
execution and every export succeeded, and the job's JSON record is written last. A failed notebook
is kept, traceback included, in ``<report>/failed/``; the last good report stays as it was.

A kernel that dies or will not start is a fault of the machine, not of the notebook: the job is
retried on a new kernel (a bounded number of times). Any other error — the notebook's own code, a
cell timeout, a file papermill cannot read — is reported at once: running it again would fail the
same way.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
import uuid
from pathlib import Path

from ..errors import CounterpartError
from .jobs import BRIEF, Job, JobResult
from .manifest import Limits
from .records import write_json

KERNEL_RETRIES = 2
START_TIMEOUT = 60


def start_worker(kernel: str = "fork") -> None:
    """A pool worker's first act: die with the run (even after ``kill -9``), then warm up."""
    from .lifeline import die_with_parent

    die_with_parent()
    warm_worker(kernel)


def warm_worker(kernel: str = "fork") -> None:
    """Pay the imports and the kernel template once per worker, not once per notebook."""
    import nbclient  # noqa: F401
    import papermill  # noqa: F401
    import weasyprint  # noqa: F401

    from .export import _html_exporter

    _html_exporter()  # nbconvert's exporter and its templates, loaded once
    if kernel == "fork":
        from .kernels import kernel_template

        kernel_template()


def execute_job(
    job: Job,
    reports_dir,
    kernel: str = "fork",
    retries: int = KERNEL_RETRIES,
    limits: Limits | None = None,
) -> JobResult:
    """Build one job's outputs; never raises for the job's own failure (the result says it).

    ``limits`` bounds each cell and the whole notebook (retries included): past either the
    kernel is stopped and the job fails with a message naming the limit."""
    reports_dir = Path(reports_dir)
    started = time.perf_counter()
    staging = reports_dir / ".staging" / uuid.uuid4().hex
    try:
        staging.mkdir(parents=True)
        if job.kind == BRIEF:
            result = _build_brief(job, reports_dir, staging)
        else:
            result = _run_notebook(job, reports_dir, staging, kernel, retries, limits or Limits())
    except OSError as exc:  # disk full, permissions: nothing was promoted
        result = JobResult(
            job,
            "failed",
            error=f"cannot write {exc.filename or reports_dir}: {exc.strerror or exc}",
        )
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    result.seconds = time.perf_counter() - started
    result.finished_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    try:
        write_json(job.record_path(reports_dir), result.record())
    except OSError as exc:
        if result.status == "ok":
            result.status, result.error = "failed", f"cannot write the job record: {exc}"
    return result


def kernel_fault(exc: BaseException) -> bool:
    """Did the kernel die, or never start? (Then a new kernel may well succeed.)

    nbclient raises DeadKernelError when a running kernel dies; jupyter_client says a kernel
    that died or hung while starting only in a RuntimeError's words; the kernel template raises
    KernelStartError."""
    from nbclient.exceptions import DeadKernelError

    from .kernels import KernelStartError

    if isinstance(exc, (DeadKernelError, KernelStartError)):
        return True
    return type(exc) is RuntimeError and str(exc).startswith(_STARTUP_FAILURES)


# jupyter_client's messages for a kernel that died before, or never answered, kernel_info.
_STARTUP_FAILURES = ("Kernel died before replying", "Kernel didn't respond")


class _Clock:
    """nbclient's ``timeout_func``: each cell gets the cell limit or what is left of the job's."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.deadline = time.monotonic() + limits.job_seconds
        self.cell_id: str | None = None
        self.by_job = False

    def __call__(self, cell) -> float:
        self.cell_id = cell.get("id")
        left = max(self.deadline - time.monotonic(), 0.001)
        self.by_job = left < self.limits.cell_seconds
        return min(left, self.limits.cell_seconds)

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def message(self, cell: int | None) -> str:
        where = f"cell {cell}" if cell is not None else "a cell"
        if self.by_job:
            return (
                f"the notebook ran past its time limit of {self.limits.job_seconds:g} s "
                f"(stopped in {where}; raise limits: job_seconds in reports.yml if it needs longer)"
            )
        return (
            f"{where} ran past the time limit of {self.limits.cell_seconds:g} s per cell and was "
            "stopped (raise limits: cell_seconds in reports.yml if it needs longer)"
        )


def _cell_index(executed: Path, cell_id: str | None) -> int | None:
    import nbformat

    if cell_id is None:
        return None
    try:
        nb = nbformat.read(executed, as_version=4)
    except Exception:  # noqa: BLE001 - not written, or written in part: no index to give
        return None
    return next((i for i, c in enumerate(nb.cells) if c.get("id") == cell_id), None)


def _run_notebook(
    job: Job, reports_dir: Path, staging: Path, kernel: str, retries: int, limits: Limits
):
    import papermill
    from nbclient.exceptions import CellTimeoutError
    from papermill.exceptions import PapermillExecutionError

    from . import engine
    from .kernels import kernel_manager_class

    out_dir = job.out_dir(reports_dir)
    executed = staging / f"{job.name}.ipynb"
    attempt = 0
    stages: dict[str, float] = {}
    clock = _Clock(limits)
    while True:
        attempt += 1
        started = time.perf_counter()
        try:
            papermill.execute_notebook(
                str(job.notebook),
                str(executed),
                parameters=dict(job.parameters),
                engine_name=engine.NAME,  # one write of the notebook, not two per cell
                kernel_manager_class=kernel_manager_class(kernel),
                shutdown_kernel="immediate",  # the notebook is done; no need to wait politely
                cwd=str(job.notebook.parent),
                progress_bar=False,
                log_output=False,
                start_timeout=max(1, min(START_TIMEOUT, int(clock.left()))),
                timeout_func=clock,
            )
            stages["execute"] = time.perf_counter() - started
            break
        except PapermillExecutionError as exc:
            return _failed(
                job, executed, out_dir, f"{exc.ename}: {exc.evalue}", exc.cell_index, attempt
            )
        except CellTimeoutError:
            cell = _cell_index(executed, clock.cell_id)
            return _failed(job, executed, out_dir, clock.message(cell), cell, attempt)
        except Exception as exc:
            if not kernel_fault(exc):  # not the machine's fault: the same error again next time
                error = f"{type(exc).__name__}: {exc}".replace("\n", " ")
                return _failed(job, executed, out_dir, error, None, attempt)
            error = f"kernel failed ({type(exc).__name__}: {exc})".replace("\n", " ")
            if attempt > retries or clock.left() <= 0:
                return _failed(
                    job,
                    executed,
                    out_dir,
                    f"{error}; gave up after {attempt} attempts",
                    None,
                    attempt,
                )
    try:
        outputs, pages = _export(job, executed, staging, stages)
    except CounterpartError as exc:
        return _failed(job, executed, out_dir, str(exc), None, attempt)
    published = _promote(outputs, out_dir)
    stale = out_dir / "failed" / f"{job.name}.ipynb"
    if stale.exists():
        stale.unlink()
    return JobResult(job, "ok", published, pages, attempts=attempt, stages=stages)


def _failed(job: Job, executed: Path, out_dir: Path, error: str, cell, attempts: int) -> JobResult:
    """Keep the executed notebook (traceback included) beside the last good report.

    An empty or unwritable copy (a full disk) is not kept: it would only hide the error."""
    kept = None
    try:
        if executed.exists() and executed.stat().st_size > 0:
            failed_dir = out_dir / "failed"
            failed_dir.mkdir(parents=True, exist_ok=True)
            kept = failed_dir / executed.name
            os.replace(executed, kept)
    except OSError as exc:
        kept = None
        error += f" (the executed notebook could not be kept: {exc.strerror or exc})"
    return JobResult(job, "failed", error=error, cell=cell, kept_at=kept, attempts=attempts)


def _export(job: Job, executed: Path, staging: Path, stages: dict[str, float]):
    import nbformat

    from ..reports.provenance import code_version
    from .export import export_html, export_pdf
    from .notebooks import section_info

    nb = nbformat.read(executed, as_version=4)
    info = section_info(nb.metadata, job.notebook or executed)
    section = info.title if info else job.name
    day = job.as_of.isoformat()
    title = f"{section}: {job.label}, as of {day}"
    header = f"{section} · {job.label} · as of {day}"
    meta = {"code_version": code_version(), "fingerprint": job.fingerprint, "section": section}
    outputs, pages = [executed], None
    if job.formats:
        started = time.perf_counter()
        html = export_html(nb, title, header, meta)
        stages["html"] = time.perf_counter() - started
        if "html" in job.formats:
            target = staging / f"{job.name}.html"
            target.write_text(html, encoding="utf-8")
            outputs.append(target)
        if "pdf" in job.formats:
            target = staging / f"{job.name}.pdf"
            started = time.perf_counter()
            pages = export_pdf(html, target)
            stages["pdf"] = time.perf_counter() - started
            outputs.append(target)
    return outputs, pages


def _build_brief(job: Job, reports_dir: Path, staging: Path) -> JobResult:
    from ..dataset.load import load_dataset
    from .brief import build_brief

    data_dir = dict(job.parameters).get("data_dir") or None
    try:
        built = build_brief(
            job.out_dir(reports_dir), load_dataset(data_dir), job.pairing, job.as_of, job.formats
        )
    except CounterpartError as exc:
        return JobResult(job, "failed", error=str(exc))
    return JobResult(job, "ok", list(built.outputs), built.pages)


def _promote(files: list[Path], out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    published = []
    for f in files:
        target = out_dir / f.name
        os.replace(f, target)
        published.append(target)
    return published
