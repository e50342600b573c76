"""``counterpart run``: plan every report, skip what is current, build the rest in parallel.

The order of work:

1. **Plan** (no kernel yet): read the manifest, check every notebook, pairing, date and parameter
   against the notebooks and the validated dataset, and give each job the digest of its inputs
   (the rows its report reads come from ``dataset.digest``, all families in one pass).
2. **Lock** the reports folder, so two scheduled runs never write the same files at once.
3. **Skip** every report whose snapshot (that day's, or the newest before: "as of today" on a
   night without news) was built from the same digests and has all its files.
4. **Execute** the rest on local worker processes (default: one per core) or on a Dask cluster,
   into a build folder per report (``runner.snapshots``); each worker keeps its exporters and a
   warm kernel template, each notebook still gets a new kernel. One job failing does not stop the
   others. A report's brief is built once all its sections are current; then the report is
   published and ``latest`` moves to it if nothing failed.
5. **Record** the run (``reports/runs/<time>.json``), the checked dates (``status.json``), and
   rewrite ``reports/index.html``.
"""

from __future__ import annotations

import collections
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
from ..dataset.digest import DigestError, FamilyDigests
from ..dataset.load import Dataset, find_data_dir, fingerprint_dataset, load_dataset
from ..errors import CounterpartError, ParameterError
from ..reports.params import check_pairing, resolve_as_of, resolve_previous_as_of
from .execute import KERNEL_RETRIES, execute_job, start_worker, warm_worker
from .jobs import BRIEF, Job, JobResult, brief_job, code_digest, notebook_digest
from .lock import reports_lock
from .manifest import FORMATS, KERNEL_MODES, RESERVED, Limits, Manifest, check_formats
from .notebooks import (
    check_parameter_names,
    declared_parameters,
    find_notebooks_dir,
    read_section_info,
    select_notebooks,
)
from .records import is_current, read_json, write_json, write_status
from .snapshots import (
    base_snapshot,
    clean_builds,
    latest_day,
    publish,
    start_build,
    switch_latest,
)

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
    planned: list[tuple[Path, str, dt.date, dict, str]] = []
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
                    planned.append((path, pairing, day, params, label))
    content = _content_digests(ds, planned, declared)
    jobs: dict[str, Job] = {}
    notebook_bytes: dict[Path, bytes] = {}
    for (path, pairing, day, params, label), rows in zip(planned, content, strict=True):
        if path not in notebook_bytes:
            try:
                notebook_bytes[path] = path.read_bytes()
            except OSError as exc:
                raise DigestError(f"cannot read notebook {path}: {exc.strerror or exc}") from exc
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
            content=rows,
            inputs=notebook_digest(path, params, rows, manifest.formats),
        )
        if job.key in jobs and jobs[job.key] != job:
            raise ParameterError(
                f"{job.key} is planned twice with different parameters; "
                "each pairing and date may appear once per notebook"
            )
        jobs[job.key] = job
    return ds, list(jobs.values())


def _content_digests(ds: Dataset, planned: list, declared: dict) -> list[str]:
    """Each planned job's digest of the rows it reads, every family hashed in one batch.

    A notebook comparing with an earlier date (``previous_as_of``) reads the rows known then too.
    """
    wanted = []
    for path, pairing, day, params, _ in planned:
        dates = [day]
        if "previous_as_of" in declared[path]:
            dates.append(resolve_previous_as_of(params.get("previous_as_of", ""), day))
        wanted.append([(pairing, d) for d in dates])
    digests = FamilyDigests(ds).digests(r for rs in wanted for r in rs)
    return ["+".join(digests[r] for r in rs) for rs in wanted]


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


@dataclass
class _Report:
    """One report (pairing, as of) of this run: its jobs, the snapshot it starts from, its build."""

    pairing: str
    day: str
    jobs: list[Job] = field(default_factory=list)
    base: Path | None = None
    build: Path | None = None
    unchanged_since: str | None = None  # the snapshot a skipped report still matches
    known_failures: dict[str, dict] = field(default_factory=dict)  # job key -> failure it repeats
    _records: dict[str, dict | None] = field(default_factory=dict, repr=False)

    def record(self, name: str) -> dict | None:
        """The record of item ``name`` in the base snapshot, read once per run."""
        if self.base is None:
            return None
        if name not in self._records:
            self._records[name] = read_json(self.base / f"{name}.json")
        return self._records[name]


def _repeats_failure(record: dict | None, job: Job) -> bool:
    """True when ``record`` is a failure in the notebook's own code (a cell raised) from the same
    inputs as ``job``: running it again would fail the same way. A kernel or worker that died has
    no cell and is retried."""
    return (
        record is not None
        and record.get("status") == "failed"
        and record.get("inputs") == job.inputs
        and isinstance(record.get("cell"), int)
    )


def _plan_reports(
    pending: list[Job], briefs: dict[tuple, Job], reports: Path, force: bool
) -> tuple[dict[tuple, _Report], set[str]]:
    """Which jobs must run. A report whose rows, notebooks and code are those of its snapshot
    (of that day, or of an earlier day: "as of today" on a night without news) runs nothing; a
    same-day snapshot rebuilds only its changed sections; a new day rebuilds the whole report."""
    groups: dict[tuple, _Report] = {}
    for job in [*pending, *briefs.values()]:
        key = (job.pairing, job.as_of)
        if key not in groups:
            groups[key] = _Report(job.pairing, job.as_of.isoformat())
        groups[key].jobs.append(job)
    run_keys: set[str] = set()
    for report in groups.values():
        report.base = base_snapshot(reports / report.pairing, report.day)

        def current(job: Job, report=report) -> bool:
            if force or report.base is None:
                return False
            return is_current(
                report.record(job.name), job.inputs, report.base, job.expected_outputs()
            )

        stale = [j for j in report.jobs if not current(j)]
        repeats = {} if force or report.base is None else {
            j.key: report.record(j.name) for j in stale
            if j.kind != BRIEF and _repeats_failure(report.record(j.name), j)
        }  # fmt: skip
        if repeats and all(j.key in repeats or j.kind == BRIEF for j in stale):
            # The notebook failed on these very rows last time: a nightly run would fail again
            # and leave one more incomplete dated folder. Say so; --force retries.
            report.known_failures = repeats
            continue
        if not stale:
            if report.base is not None and report.base.name != report.day:
                report.unchanged_since = report.base.name
            if report.base is not None:  # a run killed between publishing and the switch
                newest = latest_day(report.base.parent)
                if newest is None or newest < report.base.name:
                    switch_latest(report.base.parent, report.base.name)
            continue
        same_day = report.base is not None and report.base.name == report.day
        rebuild = stale if same_day else report.jobs
        if any(j.kind != BRIEF for j in rebuild):  # new sections need a new brief
            rebuild = [j for j in report.jobs if j in rebuild or j.kind == BRIEF]
        run_keys |= {j.key for j in rebuild}
    return groups, run_keys


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
    groups: dict[tuple, _Report],
    run_keys: set[str],
    limits: Limits | None = None,
) -> None:
    """Run the stale jobs (each report's brief after its sections) in build folders, then
    publish each report once all its jobs are done."""
    remaining: dict[tuple, set[str]] = {}
    for key, report in groups.items():
        remaining[key] = {j.key for j in report.jobs if j.key in run_keys}

    def brief_ready(key: tuple) -> Job | None:
        b = briefs.get(key)
        if b is None or b.key not in run_keys or b.key in done:
            return None
        if any(j.key in remaining[key] for j in groups[key].jobs if j.kind != BRIEF):
            return None
        parts = [done.get(j.key) for j in groups[key].jobs if j.kind != BRIEF]
        if any(r is None or r.status == "failed" for r in parts):
            return None
        return b

    pool: list = []  # created on first use: a no-op run starts no worker at all

    def executor():
        if not pool:
            n = min(workers, len(run_keys))
            if cluster:
                pool.append(_executor(workers, cluster, kernel))
            elif n <= 1:
                pool.append((_InProcess(kernel), lambda: None))
            else:
                pool.append(_executor(n, None, kernel))
        return pool[0][0]

    futures: dict[Future, Job] = {}

    def submit(job: Job) -> None:
        report = groups[(job.pairing, job.as_of)]
        if report.build is None:
            # A brief left from before would no longer match sections rebuilt without it.
            rebuilt = {j.name for j in report.jobs if j.key in run_keys}
            rebuilt |= (
                {BRIEF} if any(j.kind != BRIEF for j in report.jobs if j.name in rebuilt) else set()
            )
            report.build = start_build(
                reports / job.pairing, report.day, report.base, frozenset(rebuilt)
            )
        job = replace(job, folder=report.build.name)
        futures[executor().submit(execute_job, job, str(reports), kernel, retries, limits)] = job

    def finish(result: JobResult) -> None:
        job = replace(result.job, folder="")
        result.job = job
        done[job.key] = result
        progress.done(result)
        key = (job.pairing, job.as_of)
        left = remaining[key]
        left.discard(job.key)
        brief = briefs.get(key)
        if job.kind != BRIEF and brief is not None and brief.key in left:
            if not any(j.key in left for j in groups[key].jobs if j.kind != BRIEF):
                if brief_ready(key) is not None:
                    submit(brief)
                else:  # a section failed: no brief, and the report is not complete
                    left.discard(brief.key)
        if not left:
            _publish(groups[key], done)

    try:
        for report in groups.values():
            for job in report.jobs:
                if job.key in run_keys:
                    continue
                if report.known_failures:
                    if job.key in report.known_failures:
                        finish(_still_failing(job, report, report.known_failures[job.key]))
                    elif job.kind != BRIEF:
                        finish(JobResult(job, "skipped", unchanged_since=report.base.name))
                    continue  # no brief for a report with a failed section
                finish(JobResult(job, "skipped", unchanged_since=report.unchanged_since))
        pending = collections.deque(_submission_order(groups, run_keys))
        in_flight = max(2, 2 * workers)

        def top_up() -> None:
            # A few jobs queued per worker, not all of them: a report's brief, submitted when its
            # last section is done, then waits behind a handful of jobs rather than behind every
            # section of the run, so reports are published as they complete.
            while pending and len(futures) < in_flight:
                submit(pending.popleft())

        top_up()
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
            top_up()
    finally:
        if pool:
            pool[0][1]()


def _submission_order(groups: dict[tuple, _Report], run_keys: set[str]) -> list[Job]:
    """The sections to run, report by report (the report with the longest job first), and within a
    report the longest job first: long jobs do not end the run alone, and each report's jobs run
    together, so its brief can follow and the report is published early in a long run."""
    by_report = []
    for report in groups.values():
        jobs = [j for j in report.jobs if j.key in run_keys and j.kind != BRIEF]
        if jobs:
            timed = sorted(((_last_seconds(report, j), j) for j in jobs), key=lambda t: -t[0])
            by_report.append((timed[0][0], timed))
    by_report.sort(key=lambda r: -r[0])
    return [job for _, timed in by_report for _, job in timed]


def _last_seconds(report: _Report, job: Job) -> float:
    """How long ``job`` took when its snapshot was built (infinity when unknown), so the longest
    jobs start first and the run does not end on one long job while the other workers idle."""
    record = report.record(job.name)
    seconds = record.get("seconds") if record else None
    return float(seconds) if isinstance(seconds, int | float) else float("inf")


def _still_failing(job: Job, report: _Report, record: dict) -> JobResult:
    """The result of a job not rerun because it failed on the same inputs in ``report.base``."""
    kept = report.base / "failed" / f"{job.name}.ipynb"
    return JobResult(
        job, "failed", cell=record.get("cell"), kept_at=kept if kept.is_file() else None,
        error=f"{record.get('error') or 'failed'} (still failing: same rows, notebook and code as "
        f"the failed run as of {report.base.name}; not retried, --force retries)",
    )  # fmt: skip


def _publish(report: _Report, done: dict[str, JobResult]) -> None:
    """Put a finished report's build in place; ``latest`` moves only to a complete report.

    The results' paths are moved with it: they name the published snapshot, not the build."""
    build = report.build
    if build is None:
        return
    results = [done.get(j.key) for j in report.jobs]
    complete = all(r is not None and r.status in ("ok", "skipped") for r in results)
    publish(build.parent, build, report.day, complete)
    final = build.parent / report.day
    for r in results:
        if r is None:
            continue
        r.outputs = [final / p.relative_to(build) for p in r.outputs if build in p.parents]
        if r.kept_at is not None and build in r.kept_at.parents:
            r.kept_at = final / r.kept_at.relative_to(build)
    report.build = None


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
        shutil.rmtree(reports / ".staging", ignore_errors=True)  # left by a run that was killed
        clean_builds(reports)
        if fingerprint_dataset(ds.data_dir) != ds.fingerprint:
            raise DigestError(
                f"the dataset at {ds.data_dir} changed while the run was being planned; "
                "nothing was built. Run again once the change is complete."
            )
        groups, run_keys = _plan_reports(jobs, briefs, reports, force)
        try:
            _execute(jobs, briefs, done, reports, force, workers, cluster, kernel, retries,
                     progress, groups, run_keys, m.limits)  # fmt: skip
        finally:
            progress.close()
        order = [j.key for j in jobs] + [b.key for b in briefs.values()]
        summary.results = [done[k] for k in order if k in done]
        summary.seconds = time.perf_counter() - started
        try:
            summary.record = _write_run_record(reports, summary, m, workers, cluster, kernel, ds)
            write_status(reports, ds, groups.values())
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
        # Skipped jobs in brief: a quiet night over a thousand jobs writes kilobytes, not a MB.
        "jobs": [
            _brief_record(r) if r.status == "skipped" else r.record() for r in summary.results
        ],
    }
    path = reports / "runs" / f"{now.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}.json"
    try:
        write_json(path, record)
    except OSError as exc:
        raise CounterpartError(
            f"cannot write the run record {path}: {exc.strerror or exc}"
        ) from exc
    return path


def _brief_record(result: JobResult) -> dict:
    j = result.job
    out = {"name": j.name, "pairing": j.pairing, "as_of": j.as_of.isoformat(), "status": "skipped",
           "inputs": j.inputs}  # fmt: skip
    if result.unchanged_since:
        out["unchanged_since"] = result.unchanged_since
    return out


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
