"""``counterpart run``: plan every report, skip what is current, build the rest in parallel.

The order of work:

1. **Plan** (no kernel yet): read the manifest, check every notebook, pairing, date and parameter
   against the notebooks and the validated dataset, and give each job the digest of its inputs.
2. **Lock** the reports folder, so two scheduled runs never write the same files at once.
3. **Skip** jobs whose last good build had the same digest and whose outputs are all there.
4. **Execute** the rest on local worker processes (default: one per core) or on a Dask cluster;
   each worker keeps its exporters and a warm kernel template, each notebook still gets a new
   kernel. One job failing does not stop the others. A report's brief is built once all its
   sections are current.
5. **Record** the run (``reports/runs/<time>.json``) and rewrite ``reports/index.html``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..dataset.append import data_lock
from ..dataset.load import Dataset, find_data_dir, fingerprint_dataset, load_dataset
from ..errors import CounterpartError, ParameterError
from ..reports.params import check_pairing, resolve_as_of
from .execute import KERNEL_RETRIES, execute_job, start_worker, warm_worker
from .jobs import BRIEF, Job, JobResult, brief_job, code_digest, notebook_digest
from .kernels import KERNEL_MODES
from .lock import reports_lock
from .manifest import FORMATS, RESERVED, Limits, Manifest, check_formats
from .notebooks import (
    check_parameter_names,
    declared_parameters,
    find_notebooks_dir,
    read_section_info,
    select_notebooks,
)
from .records import is_current, read_json, write_json

__all__ = ["FORMATS", "Job", "JobResult", "RunSummary", "plan_jobs", "run_reports"]


def plan_jobs(
    manifest: Manifest,
    data_dir=None,
    notebooks_dir: Path | None = None,
) -> tuple[Dataset, list[Job]]:
    """Check the manifest against notebooks and data (no kernel yet) and list the section jobs."""
    ds = load_dataset(data_dir)
    valid = ds.pairings["pairing_id"].tolist()
    nb_dir = Path(notebooks_dir) if notebooks_dir else find_notebooks_dir()
    paths = select_notebooks(nb_dir, list(manifest.notebooks) if manifest.notebooks else None)
    declared, info = {}, {}
    for path in paths:
        check_parameter_names(path, dict.fromkeys(("pairing", "as_of", "data_dir")))
        declared[path] = declared_parameters(path)
        info[path] = read_section_info(path)
    names = ds.actors.set_index("actor_id")["name"]
    pairings = ds.pairings.set_index("pairing_id")
    jobs: dict[str, Job] = {}
    for spec in manifest.runs:
        extra = dict(spec.parameters)
        for name in extra:
            if name in ("data_dir", *RESERVED) or not any(name in d for d in declared.values()):
                valid_names = sorted(
                    {n for d in declared.values() for n in d} - {"data_dir", *RESERVED}
                )
                raise ParameterError(
                    f"no selected notebook has a parameter {name!r}. "
                    f"Parameters a run may set: {', '.join(valid_names) or '(none)'}"
                )
        chosen = [check_pairing(p, valid) for p in spec.pairings] if spec.pairings else valid
        for day in [resolve_as_of(a) for a in spec.as_of]:
            for pairing in chosen:
                row = pairings.loc[pairing]
                label = f"{names[row['east_actor_id']]} → {names[row['west_actor_id']]}"
                for path in paths:
                    params = {
                        "pairing": pairing,
                        "as_of": day.isoformat(),
                        # The default folder is found by the kernel itself, so the report shows
                        # "(default)" rather than this machine's path.
                        "data_dir": str(ds.data_dir) if data_dir else "",
                        **{k: v for k, v in extra.items() if k in declared[path]},
                    }
                    job = Job(
                        kind="notebook",
                        name=path.stem,
                        pairing=pairing,
                        as_of=day,
                        notebook=path,
                        parameters=tuple(params.items()),
                        label=label,
                        title=info[path].title,
                        order=info[path].order,
                        formats=manifest.formats,
                        fingerprint=ds.fingerprint,
                        inputs=notebook_digest(path, params, ds.fingerprint, manifest.formats),
                    )
                    if job.key in jobs and jobs[job.key] != job:
                        raise ParameterError(
                            f"{job.key} is planned twice with different parameters; "
                            "each pairing and date may appear once per notebook"
                        )
                    jobs[job.key] = job
    return ds, list(jobs.values())


def _briefs(jobs: list[Job], manifest: Manifest, all_notebooks: bool) -> dict[tuple, Job]:
    """One brief per report (pairing, as_of) when every section is part of the run."""
    if not manifest.brief or not all_notebooks:
        return {}
    groups: dict[tuple, list[Job]] = {}
    for job in jobs:
        groups.setdefault((job.pairing, job.as_of), []).append(job)
    out = {}
    for key, parts in groups.items():
        b = brief_job(parts, manifest.formats)
        data_dir = dict(parts[0].parameters).get("data_dir", "")
        out[key] = replace(b, parameters=(("data_dir", data_dir),))
    return out


@dataclass
class RunSummary:
    """Everything a run did, in plan order; ``failed`` is what the exit code is made of."""

    results: list[JobResult] = field(default_factory=list)
    seconds: float = 0.0
    record: Path | None = None
    index: Path | None = None

    @property
    def failed(self) -> list[JobResult]:
        return [r for r in self.results if r.status == "failed"]

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.results)

    def line(self) -> str:
        built, skipped, failed = self.count("ok"), self.count("skipped"), len(self.failed)
        if built == failed == 0 and skipped:
            return f"nothing to do: all {skipped} job(s) are up to date ({self.seconds:.1f}s)"
        return (
            f"{built} built, {skipped} skipped (unchanged), {failed} failed "
            f"of {len(self.results)} job(s) in {self.seconds:.1f}s"
        )


class _Progress:
    """A progress bar on a terminal; one plain line per finished job otherwise (cron, CI, logs)."""

    def __init__(self, total: int, on_result, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.on_result = on_result
        self.bar = None
        if total and self.stream.isatty():
            import tqdm

            tqdm.tqdm.monitor_interval = 0  # no monitor thread: workers are forked
            self.bar = tqdm.tqdm(total=total, file=self.stream, unit="job", dynamic_ncols=True)

    def done(self, result: JobResult) -> None:
        if self.on_result:
            if self.bar is not None:
                self.bar.clear()
            self.on_result(result)
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix_str(f"last: {result.job.key} {result.status}")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _executor(workers: int, cluster: str | None, kernel: str):
    """A concurrent.futures executor: local worker processes, or a Dask cluster's workers."""
    if cluster:
        try:
            from distributed import Client
        except ImportError as exc:
            raise CounterpartError(
                "--cluster needs dask.distributed: pip install 'counterpart[cluster]'"
            ) from exc
        try:
            client = Client(cluster, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise CounterpartError(f"cannot reach the Dask scheduler at {cluster}: {exc}") from exc
        return client.get_executor(pure=False), client.close
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=start_worker,  # each worker dies with the run, even after kill -9
        initargs=(kernel,),
    )
    return pool, lambda: pool.shutdown(wait=True, cancel_futures=True)


class _InProcess:
    """One worker: run jobs right here (no pool to start), still one new kernel per notebook."""

    def __init__(self, kernel: str) -> None:
        warm_worker(kernel)

    def submit(self, fn, *args) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller like a pool would
            future.set_exception(exc)
        return future


def _execute(
    pending: list[Job],
    briefs: dict[tuple, Job],
    done: dict[str, JobResult],
    reports: Path,
    force: bool,
    workers: int,
    cluster: str | None,
    kernel: str,
    retries: int,
    progress: _Progress,
    limits: Limits | None = None,
) -> None:
    """Run ``pending`` (and then each report's brief) until all are done."""
    remaining: dict[tuple, set[str]] = {}
    for job in pending:
        remaining.setdefault((job.pairing, job.as_of), set()).add(job.key)

    def brief_ready(key: tuple) -> Job | None:
        b = briefs.get(key)
        if b is None or remaining.get(key):
            return None
        parts = [r for r in done.values() if (r.job.pairing, r.job.as_of) == key]
        if any(r.status == "failed" for r in parts):
            return None
        return b

    def current(job: Job) -> bool:
        record = read_json(job.record_path(reports))
        return not force and is_current(
            record, job.inputs, job.out_dir(reports), job.expected_outputs()
        )

    to_run = [job for job in pending if not current(job)]
    run_keys = {job.key for job in to_run}
    pool: list = []  # created on first use: a no-op run starts no worker at all

    def executor():
        if not pool:
            n = min(workers, len(to_run) + len(briefs))
            if cluster:
                pool.append(_executor(workers, cluster, kernel))
            elif n <= 1:
                pool.append((_InProcess(kernel), lambda: None))
            else:
                pool.append(_executor(n, None, kernel))
        return pool[0][0]

    futures: dict[Future, Job] = {}

    def submit(job: Job) -> None:
        if job.kind == BRIEF and current(job):
            finish(JobResult(job, "skipped"))
            return
        futures[executor().submit(execute_job, job, str(reports), kernel, retries, limits)] = job

    def finish(result: JobResult) -> None:
        job = result.job
        done[job.key] = result
        progress.done(result)
        key = (job.pairing, job.as_of)
        if job.kind != BRIEF:
            remaining.get(key, set()).discard(job.key)
            b = brief_ready(key)
            if b is not None and b.key not in done:
                submit(b)

    try:
        for job in pending:
            if job.key in run_keys:
                submit(job)
            else:
                finish(JobResult(job, "skipped"))
        for key in briefs:  # reports whose sections were all skipped
            b = brief_ready(key)
            if b is not None and b.key not in done and b not in futures.values():
                submit(b)
        while futures:
            finished, _ = wait(list(futures), return_when=FIRST_COMPLETED)
            for future in finished:
                job = futures.pop(future)
                try:
                    result = future.result()
                except Exception as exc:  # the worker process itself died
                    result = JobResult(
                        job, "failed", error=f"worker lost: {type(exc).__name__}: {exc}"
                    )
                finish(result)
    finally:
        if pool:
            pool[0][1]()


def run_reports(
    pairings: list[str] | None = None,
    as_of=None,
    notebooks: list[str] | None = None,
    data_dir=None,
    reports_dir=None,
    notebooks_dir=None,
    formats: tuple[str, ...] | None = None,
    on_result: Callable[[JobResult], None] | None = None,
    manifest: Manifest | str | Path | None = None,
    workers: int | None = None,
    cluster: str | None = None,
    force: bool = False,
    wait_for_lock: bool = False,
    kernel: str = "fork",
    retries: int = KERNEL_RETRIES,
    brief: bool | None = None,
    summary: RunSummary | None = None,
) -> list[JobResult]:
    """Plan (validating everything first), then build what changed; failures do not stop the rest.

    Arguments override the manifest (``reports.yml`` at the project root, if any)."""
    started = time.perf_counter()
    if kernel not in KERNEL_MODES:
        raise ParameterError(
            f"unknown kernel mode {kernel!r}. Valid modes: {', '.join(KERNEL_MODES)}"
        )
    if formats is not None:
        formats = check_formats(formats, "formats")
    m = _manifest(manifest, data_dir).override(pairings, as_of, notebooks, formats, brief)
    ds, jobs = plan_jobs(m, data_dir, notebooks_dir)
    all_notebooks = not m.notebooks or len({j.name for j in jobs}) == len(
        select_notebooks(Path(notebooks_dir) if notebooks_dir else find_notebooks_dir(), None)
    )
    briefs = _briefs(jobs, m, all_notebooks)
    reports = Path(reports_dir) if reports_dir else find_data_dir().parent / "reports"
    _check_writable(reports)
    workers = workers or os.cpu_count() or 1
    summary = summary if summary is not None else RunSummary()
    done: dict[str, JobResult] = {}
    progress = _Progress(len(jobs) + len(briefs), on_result)
    # The run reads the dataset it planned with: `add` waits until the run is over (data_lock).
    with reports_lock(reports, wait=wait_for_lock), data_lock(ds.data_dir, shared=True):
        if fingerprint_dataset(ds.data_dir) != ds.fingerprint:
            raise CounterpartError(
                f"the dataset in {ds.data_dir} changed while the run was being planned; run again"
            )
        shutil.rmtree(reports / ".staging", ignore_errors=True)  # left by a run that was killed
        try:
            _execute(
                jobs, briefs, done, reports, force, workers, cluster, kernel, retries, progress,
                m.limits,
            )  # fmt: skip
        finally:
            progress.close()
        order = [j.key for j in jobs] + [b.key for b in briefs.values()]
        summary.results = [done[k] for k in order if k in done]
        summary.seconds = time.perf_counter() - started
        try:
            summary.record = _write_run_record(reports, summary, m, workers, cluster, kernel, ds)
        finally:  # the index lists what is on disk, even when the run record could not be written
            summary.index = _write_index(reports)
    return summary.results


def _manifest(manifest, data_dir) -> Manifest:
    from .manifest import default_manifest, read_manifest

    if isinstance(manifest, Manifest):
        return manifest
    if manifest:
        return read_manifest(manifest)
    return default_manifest(find_data_dir().parent)


def _write_run_record(
    reports: Path, summary: RunSummary, m: Manifest, workers, cluster, kernel, ds
):
    now = dt.datetime.now(dt.timezone.utc)
    record = {
        "finished_at": now.isoformat(timespec="seconds"),
        "seconds": round(summary.seconds, 3),
        "argv": sys.argv,
        "manifest": str(m.path) if m.path else None,
        "workers": workers,
        "cluster": cluster,
        "kernel": kernel,
        "dataset_fingerprint": ds.fingerprint,
        "code_digest": code_digest(),
        "summary": {s: summary.count(s) for s in ("ok", "skipped", "failed")},
        "jobs": [r.record() for r in summary.results],
    }
    path = reports / "runs" / f"{now.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}.json"
    try:
        write_json(path, record)
    except OSError as exc:
        raise CounterpartError(
            f"cannot write the run record {path}: {exc.strerror or exc}"
        ) from exc
    return path


def _write_index(reports: Path) -> Path:
    from .index import write_index

    try:
        return write_index(reports)
    except OSError as exc:
        raise CounterpartError(
            f"cannot write {reports / 'index.html'}: {exc.strerror or exc}"
        ) from exc


def _check_writable(reports: Path) -> None:
    import uuid

    try:
        reports.mkdir(parents=True, exist_ok=True)
        probe = reports / f".write-test-{uuid.uuid4().hex}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise CounterpartError(f"cannot write reports to {reports}: {exc.strerror or exc}") from exc
