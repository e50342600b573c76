"""Execute report notebooks with papermill and publish their HTML and PDF, safely.

Stage, then promote: each notebook is executed and exported into a staging folder under
``reports/``, and its files replace the published ones (``os.replace``, atomic per file) only when
execution and every export succeeded. A failed notebook is kept, traceback included, in
``<report>/failed/`` and the last good report stays as it was.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from .dataset import Dataset, find_data_dir, load_dataset
from .errors import CounterpartError, ParameterError
from .export import export_html, export_pdf
from .params import (
    check_pairing,
    check_parameter_names,
    find_notebooks_dir,
    resolve_as_of,
    select_notebooks,
)
from .provenance import code_version

FORMATS = ("html", "pdf")
KERNEL = "python3"


@dataclass(frozen=True)
class Job:
    """One notebook for one pairing as of one date."""

    notebook: Path
    pairing: str
    as_of: dt.date

    @property
    def name(self) -> str:
        return self.notebook.stem

    def out_dir(self, reports_dir: Path) -> Path:
        return reports_dir / self.pairing / self.as_of.isoformat()


@dataclass
class JobResult:
    job: Job
    status: str  # "ok" or "failed"
    outputs: list[Path] = field(default_factory=list)
    pages: int | None = None
    seconds: float = 0.0
    error: str | None = None
    cell: int | None = None
    kept_at: Path | None = None

    def line(self) -> str:
        j = self.job
        head = f"{self.status:6} {j.pairing} {j.as_of.isoformat()} {j.name}"
        if self.status == "ok":
            pages = f", PDF {self.pages} pages" if self.pages else ""
            return f"{head} ({self.seconds:.1f}s{pages})"
        where = f" cell {self.cell}" if self.cell is not None else ""
        kept = f"\n       executed notebook kept at {self.kept_at}" if self.kept_at else ""
        return f"{head}{where}: {self.error}{kept}"


def plan_jobs(
    data_dir=None,
    notebooks_dir: Path | None = None,
    pairings: list[str] | None = None,
    as_of="today",
    notebooks: list[str] | None = None,
) -> tuple[Dataset, list[Job]]:
    """Validate data and parameters (no kernel yet) and list the jobs; errors say what is valid."""
    ds = load_dataset(data_dir)
    valid = ds.pairings["pairing_id"].tolist()
    chosen = [check_pairing(p, valid) for p in pairings] if pairings else valid
    day = resolve_as_of(as_of)
    nb_dir = Path(notebooks_dir) if notebooks_dir else find_notebooks_dir()
    paths = select_notebooks(nb_dir, notebooks)
    for path in paths:
        check_parameter_names(path, {"pairing": None, "as_of": None, "data_dir": None})
    return ds, [Job(nb, p, day) for p in chosen for nb in paths]


def _kernel_parameters(job: Job, ds: Dataset, explicit_data_dir: bool) -> dict:
    # With the default data folder the kernel finds it itself, so the report shows "(default)"
    # rather than this machine's path; an explicit folder is passed on as given.
    return {
        "pairing": job.pairing,
        "as_of": job.as_of.isoformat(),
        "data_dir": str(ds.data_dir) if explicit_data_dir else "",
    }


def run_job(
    job: Job,
    ds: Dataset,
    reports_dir: Path,
    formats: tuple[str, ...] = FORMATS,
    explicit_data_dir: bool = False,
) -> JobResult:
    """Execute one notebook and publish its outputs; never raises for a notebook's own failure."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    started = time.perf_counter()
    out_dir = job.out_dir(reports_dir)
    staging = reports_dir / ".staging" / uuid.uuid4().hex
    staging.mkdir(parents=True)
    executed = staging / f"{job.name}.ipynb"
    try:
        try:
            papermill.execute_notebook(
                str(job.notebook),
                str(executed),
                parameters=_kernel_parameters(job, ds, explicit_data_dir),
                kernel_name=KERNEL,
                cwd=str(job.notebook.parent),
                progress_bar=False,
                log_output=False,
            )
        except PapermillExecutionError as exc:
            kept = _keep_failed(executed, out_dir, job)
            return JobResult(
                job,
                "failed",
                seconds=time.perf_counter() - started,
                error=f"{exc.ename}: {exc.evalue}",
                cell=exc.cell_index,
                kept_at=kept,
            )
        except Exception as exc:  # kernel died or would not start
            kept = _keep_failed(executed, out_dir, job)
            return JobResult(
                job,
                "failed",
                seconds=time.perf_counter() - started,
                error=f"{type(exc).__name__}: {exc}",
                kept_at=kept,
            )
        try:
            outputs, pages = _export(job, executed, staging, formats, ds)
        except CounterpartError as exc:
            kept = _keep_failed(executed, out_dir, job)
            return JobResult(
                job, "failed", seconds=time.perf_counter() - started, error=str(exc), kept_at=kept
            )
        published = _promote(outputs, out_dir)
        stale = out_dir / "failed" / f"{job.name}.ipynb"
        if stale.exists():
            stale.unlink()
        return JobResult(job, "ok", published, pages, time.perf_counter() - started)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _export(job: Job, executed: Path, staging: Path, formats, ds: Dataset):
    nb = nbformat.read(executed, as_version=4)
    section = nb.metadata.get("title", job.name)
    pairing = ds.pairings.set_index("pairing_id").loc[job.pairing]
    names = ds.actors.set_index("actor_id")["name"]
    label = f"{names[pairing['east_actor_id']]} → {names[pairing['west_actor_id']]}"
    title = f"{section}: {label}, as of {job.as_of.isoformat()}"
    header = f"{section} · {label} · as of {job.as_of.isoformat()}"
    meta = {"code_version": code_version(), "fingerprint": ds.fingerprint}
    outputs, pages = [executed], None
    if formats:
        html = export_html(nb, title, header, meta)
        if "html" in formats:
            target = staging / f"{job.name}.html"
            target.write_text(html, encoding="utf-8")
            outputs.append(target)
        if "pdf" in formats:
            target = staging / f"{job.name}.pdf"
            pages = export_pdf(html, target)
            outputs.append(target)
    return outputs, pages


def _promote(files: list[Path], out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    published = []
    for f in files:
        target = out_dir / f.name
        os.replace(f, target)
        published.append(target)
    return published


def _keep_failed(executed: Path, out_dir: Path, job: Job) -> Path | None:
    if not executed.exists():
        return None
    failed_dir = out_dir / "failed"
    failed_dir.mkdir(parents=True, exist_ok=True)
    target = failed_dir / f"{job.name}.ipynb"
    os.replace(executed, target)
    return target


def run_reports(
    pairings: list[str] | None = None,
    as_of="today",
    notebooks: list[str] | None = None,
    data_dir=None,
    reports_dir=None,
    notebooks_dir=None,
    formats: tuple[str, ...] = FORMATS,
    on_result: Callable[[JobResult], None] | None = None,
) -> list[JobResult]:
    """Plan (validating everything first), then run every job; one failure does not stop the rest."""
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise ParameterError(f"unknown format {bad[0]!r}. Valid formats: {', '.join(FORMATS)}")
    ds, jobs = plan_jobs(data_dir, notebooks_dir, pairings, as_of, notebooks)
    reports = Path(reports_dir) if reports_dir else find_data_dir().parent / "reports"
    _check_writable(reports)
    results = []
    for job in jobs:
        result = run_job(job, ds, reports, tuple(formats), explicit_data_dir=bool(data_dir))
        results.append(result)
        if on_result:
            on_result(result)
    return results


def _check_writable(reports: Path) -> None:
    try:
        reports.mkdir(parents=True, exist_ok=True)
        probe = reports / f".write-test-{uuid.uuid4().hex}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise CounterpartError(f"cannot write reports to {reports}: {exc.strerror or exc}") from exc
