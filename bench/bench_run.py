"""Benchmark: the naive loop against ``counterpart run``, on the same full job, in one run.

    python bench/bench_run.py                 # real data, then a 200-pairing synthetic scale run
    python bench/bench_run.py --scale 0       # real data only
    python bench/bench_run.py --scale 50      # smaller scale run
    python bench/bench_run.py --pairing dalian-liupanshui   # naive comparison on other pairings

The full job is every pairing × the four report notebooks, HTML and PDF (no combined brief, which
the naive loop has no equivalent for). Printed:

* wall time of the naive loop — per notebook a fresh ``papermill`` CLI, then ``jupyter nbconvert
  --to counterpart_html``, then ``jupyter nbconvert --to counterpart_pdf`` (the project's
  exporters, so both ways make the same files) — and of ``counterpart run --force``, and their
  ratio;
* the same run with ``--kernel fresh`` (no kernel template), to show what the template buys;
* a no-op rerun (``counterpart run`` again, nothing changed);
* the measured per-notebook floor: a fresh kernel's start plus the notebook's own cells;
* peak memory (resident set) of the run's processes, in total and per process;
* on a SYNTHETIC dataset (bench/synthetic.py, written outside data/), notebooks per minute and
  the time at which each quarter of the jobs was done, with the workers' peak memory per quarter;
* incremental runs on a SYNTHETIC dataset (``--incremental N``, default 200 city pairings under
  N/10 invented provinces): the cold run of every report (sections and brief), the time to plan
  every job, a one-row edit (one city's observation: jobs rebuilt, seconds) and a night without
  news across a date change (notebooks executed, seconds, bytes written under reports/).

    python bench/bench_run.py --scale 0 --incremental 20    # what fits in a quarter of an hour
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The real pairings every earlier figure was measured on (the naive loop costs ~12 s a notebook,
# so all of data/ would take an hour): the national report, one province and its city, and a
# second province-city pair.
FIVE = ("east-west-national", "liaoning-guizhou", "dalian-liupanshui", "shandong-gansu",
        "qingdao-longnan")  # fmt: skip
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "bench"))


# --- memory: sample the resident set of a process tree ------------------------------------------


class TreeMemory:
    """Samples /proc every ``interval`` s: peak total RSS of a process tree, and of each process."""

    def __init__(self, root_pid: int, interval: float = 0.2) -> None:
        self.root, self.interval = root_pid, interval
        self.peak_total = 0
        self.peak_by_pid: dict[int, tuple[int, str]] = {}
        self.parent: dict[int, int] = {}
        self.samples: list[tuple[float, dict[int, int]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _tree(self) -> dict[int, tuple[int, str]]:
        children: dict[int, list[int]] = {}
        info = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                status = Path(entry.path, "status").read_text()
                cmd = Path(entry.path, "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
            ppid = int(fields.get("PPid", "0"))
            rss = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
            children.setdefault(ppid, []).append(int(entry.name))
            self.parent.setdefault(int(entry.name), ppid)
            info[int(entry.name)] = (rss, cmd)
        out, todo = {}, [self.root]
        while todo:
            pid = todo.pop()
            if pid in info:
                out[pid] = info[pid]
            todo += children.get(pid, [])
        return out

    def _run(self) -> None:
        started = time.perf_counter()
        while not self._stop.is_set():
            tree = self._tree()
            self.peak_total = max(self.peak_total, sum(r for r, _ in tree.values()))
            for pid, (rss, cmd) in tree.items():
                if rss > self.peak_by_pid.get(pid, (0, ""))[0]:
                    self.peak_by_pid[pid] = (rss, cmd)
            self.samples.append(
                (time.perf_counter() - started, {p: r for p, (r, _) in tree.items()})
            )
            self._stop.wait(self.interval)

    def role(self, pid: int) -> str:
        """main, worker (forked by main), template (started by a worker) or kernel (its child)."""
        if pid == self.root:
            return "main"
        parent = self.parent.get(pid)
        if parent == self.root:
            return "worker"
        if parent not in self.peak_by_pid:
            return "other"
        return "template" if self.role(parent) == "worker" else "kernel"

    def peak_of(self, role: str) -> int:
        return max((r for p, (r, _) in self.peak_by_pid.items() if self.role(p) == role), default=0)


def mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


# --- the two ways -------------------------------------------------------------------------------


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    out = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if out.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    return out


def pdf_exporter_name() -> str | None:
    """The project's nbconvert PDF exporter, if its entry point is installed."""
    from importlib.metadata import entry_points

    names = [ep.name for ep in entry_points(group="nbconvert.exporters")]
    return next((n for n in names if "counterpart" in n and "pdf" in n), None)


def naive_loop(pairings: list[str], notebooks: list[Path], as_of: str, out: Path) -> float:
    exporter = pdf_exporter_name()
    started = time.perf_counter()
    for pairing in pairings:
        for nb in notebooks:
            folder = out / pairing
            folder.mkdir(parents=True, exist_ok=True)
            executed = folder / nb.name
            run([str(BIN / "papermill"), str(nb), str(executed), "-p", "pairing", pairing,
                 "-p", "as_of", as_of, "--cwd", str(nb.parent), "--no-progress-bar"])  # fmt: skip
            html_to = "counterpart_html" if exporter else "html"
            run([str(BIN / "jupyter"), "nbconvert", "--to", html_to, "--no-input", str(executed)])
            if exporter:
                run([str(BIN / "jupyter"), "nbconvert", "--to", exporter, str(executed)])
            else:
                html = executed.with_suffix(".html")
                run([str(BIN / "weasyprint"), str(html), str(executed.with_suffix(".pdf"))])
    return time.perf_counter() - started


def counterpart_run(args: list[str], memory: bool = False):
    """Run the CLI; return (seconds, stdout, TreeMemory or None, completion times of jobs)."""
    cmd = [str(BIN / "counterpart"), "run", *args]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    mem = TreeMemory(proc.pid) if memory else None
    done_at, lines = [], []
    if mem:
        mem.__enter__()
    try:
        for line in proc.stdout:
            lines.append(line)
            if line.startswith(("ok ", "failed ")):
                done_at.append(time.perf_counter() - started)
        err = proc.stderr.read()
        proc.wait()
    finally:
        if mem:
            mem.__exit__(None, None, None)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"counterpart run failed:\n{''.join(lines)[-3000:]}\n{err[-3000:]}")
    return seconds, "".join(lines), mem, done_at


def floor_per_notebook(notebooks: list[Path], pairing: str, as_of: str) -> tuple[float, float]:
    """Mean (kernel start, notebook's own cells) over the notebooks, in a plain fresh kernel."""
    import papermill
    from jupyter_client.manager import start_new_kernel
    from nbclient import NotebookClient

    starts, codes = [], []
    for path in notebooks:
        nb = papermill.iorw.load_notebook_node(str(path))
        nb = papermill.parameterize.parameterize_notebook(nb, {"pairing": pairing, "as_of": as_of})
        t = time.perf_counter()
        km, kc = start_new_kernel(
            kernel_name="python3", cwd=str(path.parent), stderr=subprocess.DEVNULL
        )
        starts.append(time.perf_counter() - t)
        try:
            client = NotebookClient(nb, km=km)
            client.kc = kc
            t = time.perf_counter()
            for i, cell in enumerate(nb.cells):
                if cell.cell_type == "code":
                    client.execute_cell(cell, i)
            codes.append(time.perf_counter() - t)
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
    return sum(starts) / len(starts), sum(codes) / len(codes)


def where_the_time_goes(reports: Path) -> dict[str, float]:
    """Mean stage times (kernel + cells, HTML, PDF) from the newest run record."""
    import json

    record = json.loads(max((reports / "runs").glob("*.json")).read_text())
    jobs = [j for j in record["jobs"] if j["status"] == "ok"]
    names = ["execute", "html", "pdf"]
    return {n: sum(j["stages"].get(n, 0) for j in jobs) / max(len(jobs), 1) for n in names}


# --- main ---------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--as-of", default="2019-12-31")
    parser.add_argument("--scale", type=int, default=200, help="synthetic pairings (0: skip)")
    parser.add_argument("--skip-naive", action="store_true")
    parser.add_argument("--pairing", action="append", dest="pairings", metavar="ID",
                        help="real pairings of the naive-loop comparison (repeatable; default: "
                        f"the five of earlier figures, {', '.join(FIVE)})")  # fmt: skip
    parser.add_argument("--incremental", type=int, default=200,
                        help="synthetic city pairings for the incremental runs (0: skip)")  # fmt: skip
    opts = parser.parse_args()

    from counterpart.dataset import load_dataset
    from counterpart.runner.notebooks import list_notebooks

    known = set(load_dataset(ROOT / "data").pairings["pairing_id"])
    pairings = opts.pairings or list(FIVE)
    if unknown := sorted(set(pairings) - known):
        parser.error(f"unknown pairing(s) {', '.join(unknown)}; valid: {', '.join(sorted(known))}")
    notebooks = list_notebooks(ROOT / "notebooks")
    n = len(pairings) * len(notebooks)
    cores = os.cpu_count() or 1
    work = Path(tempfile.mkdtemp(prefix="counterpart-bench-"))
    print(f"full job: {len(pairings)} pairings x {len(notebooks)} notebooks = {n} notebooks, "
          f"HTML + PDF, as of {opts.as_of}; {cores} cores; scratch {work}")  # fmt: skip

    naive = None
    if not opts.skip_naive:
        naive = naive_loop(pairings, notebooks, opts.as_of, work / "naive")
        print(f"naive loop (papermill CLI + nbconvert CLI + PDF CLI, one at a time): {naive:.1f} s "
              f"({naive / n:.2f} s per notebook)")  # fmt: skip

    common = ["--as-of", opts.as_of, "--no-brief", "--reports-dir", str(work / "reports"),
              *(arg for p in pairings for arg in ("--pairing", p))]  # fmt: skip
    fresh, *_ = counterpart_run([*common, "--force", "--kernel", "fresh"])
    print(f"counterpart run --kernel fresh: {fresh:.1f} s ({n / fresh * 60:.0f} notebooks/min)")
    fast, _, mem, _ = counterpart_run([*common, "--force"], memory=True)
    stages = where_the_time_goes(work / "reports")
    print(f"counterpart run (kernel template, {cores} workers): {fast:.1f} s "
          f"({n / fast * 60:.0f} notebooks/min)")  # fmt: skip
    if naive:
        print(f"RATIO naive / counterpart run = {naive / fast:.1f}x "
              f"(goal >= 8x; with --kernel fresh {naive / fresh:.1f}x)")  # fmt: skip
    noop, out, *_ = counterpart_run(common)
    said = next((line for line in out.splitlines() if "up to date" in line), out.strip())
    print(f"NO-OP rerun: {noop:.2f} s (goal < 2 s): {said}")

    start, code = floor_per_notebook(notebooks, "dalian-liupanshui", opts.as_of)
    floor = start + code
    per = fast * cores / n
    print(f"floor per notebook: kernel start {start:.2f} s + notebook's own cells {code:.2f} s "
          f"= {floor:.2f} s; counterpart run costs {per:.2f} core-seconds per notebook "
          f"= {per / floor:.2f}x the floor (goal <= 1.5x)")  # fmt: skip
    print(
        "inside counterpart run, mean seconds per notebook: "
        + ", ".join(f"{k} {v:.2f}" for k, v in stages.items())
    )
    print(f"peak memory: {mb(mem.peak_total)} for the whole run; per process: main "
          f"{mb(mem.peak_of('main'))}, worker {mb(mem.peak_of('worker'))}, kernel template "
          f"{mb(mem.peak_of('template'))}, kernel {mb(mem.peak_of('kernel'))}")  # fmt: skip

    if opts.incremental:
        incremental(opts.incremental, work)
    if opts.scale:
        scale(opts.scale, work, cores)
    shutil.rmtree(work, ignore_errors=True)


def files_state(folder: Path) -> dict[str, tuple[int, int]]:
    out = {}
    for dirpath, _, names in os.walk(folder):
        for name in names:
            st = os.lstat(os.path.join(dirpath, name))
            out[os.path.join(dirpath, name)] = (st.st_size, st.st_mtime_ns)
    return out


def edit_value(data: Path, table: str, row_id: str, column: str, value: str) -> None:
    import csv

    path = data / f"{table}.csv"
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    col = rows[0].index(column)
    (row,) = [r for r in rows if r[0] == row_id]
    row[col] = value
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


# Two days on which no row of data/ is dated (year- and month-precision dates are stored as the
# 1st): across 2021-01-01/02 the real pairings that start or end on 2021-01-01 really change.
DAY, NEXT_DAY = "2021-03-10", "2021-03-11"


def incremental(count: int, work: Path) -> None:
    """Cold run, planning, a one-row edit and a night without news on one synthetic dataset."""
    from synthetic import make_synthetic

    from counterpart.runner.manifest import Manifest, RunSpec
    from counterpart.runner.run import plan_jobs

    data = make_synthetic(count, work / "incremental")
    reports = work / "incremental" / "reports"
    base = ["--data-dir", str(data), "--reports-dir", str(reports)]
    cold, out, *_ = counterpart_run([*base, "--as-of", DAY])
    jobs = sum(line.startswith("ok ") for line in out.splitlines())
    print(f"INCREMENTAL on {count} SYNTHETIC city pairings (+ provinces and the 5 real ones): "
          f"cold run {jobs} jobs (4 sections + brief, HTML + PDF) in {cold:.0f} s")  # fmt: skip

    m = Manifest(runs=(RunSpec((), (NEXT_DAY,)),))
    plan_jobs(m, data_dir=data)  # validation and its cache paid once
    started = time.perf_counter()
    _, planned = plan_jobs(m, data_dir=data)
    print(f"  planning {len(planned)} notebook jobs: {time.perf_counter() - started:.2f} s "
          "(goal < 2 s)")  # fmt: skip

    city = max(1, count // 2)
    # one figure, stated by a commitment and observed: both rows carry it (the validator checks)
    edit_value(data, "observations", f"dalian-liupanshui-funds-2019-08-s{city}", "value",
               "488000000")  # fmt: skip
    edit_value(data, "commitments", f"dalian-funds-materials-2019-s{city}", "quantity",
               "488000000")  # fmt: skip
    seconds, out, *_ = counterpart_run([*base, "--as-of", DAY])
    built = [line.split()[1:4] for line in out.splitlines() if line.startswith("ok ")]
    pairings = sorted({b[0] for b in built})
    print(f"  ONE-FIGURE EDIT (an observation of synthetic-{city} and its commitment): {len(built)} jobs rebuilt in "
          f"{seconds:.1f} s (goal <= 15 jobs, < 60 s): {', '.join(pairings)}")  # fmt: skip

    before = files_state(reports)
    seconds, out, *_ = counterpart_run([*base, "--as-of", NEXT_DAY])
    after = files_state(reports)
    executed = sum(line.startswith(("ok ", "failed ")) for line in out.splitlines())
    written = sum(
        size for path, (size, mtime) in after.items() if before.get(path) != (size, mtime)
    )
    print(f"  NO-OP NIGHT (as of the next day, no new fact): {executed} notebooks executed, "
          f"{seconds:.2f} s, {written / 1e6:.2f} MB written under reports/ "
          "(goal 0 notebooks, < 2 s, < 1 MB)")  # fmt: skip


def scale(count: int, work: Path, cores: int) -> None:
    from synthetic import make_synthetic

    data = make_synthetic(count, work / "synthetic")
    args = ["--data-dir", str(data), "--as-of", "2021-01-01", "--no-brief", "--force",
            "--reports-dir", str(work / "synthetic" / "reports")]  # fmt: skip
    for k in range(1, count + 1):
        args += ["--pairing", f"synthetic-{k}"]
    n = count * 4
    seconds, _, mem, done_at = counterpart_run(args, memory=True)
    print(f"SYNTHETIC scale run: {count} pairings x 4 notebooks = {n} notebooks (HTML + PDF) "
          f"in {seconds:.0f} s = {n / seconds * 60:.0f} notebooks/min on {cores} cores")  # fmt: skip
    quarters = [done_at[max(0, round(len(done_at) * q / 4) - 1)] for q in (1, 2, 3, 4)]
    print("  jobs done by quarter (time should grow linearly): " + ", ".join(
        f"{q * 25}% ({q * count // 4} pairings) at {t:.0f} s" for q, t in enumerate(quarters, 1)))  # fmt: skip
    rates = [(n / 4) / (b - a) * 60 for a, b in zip([0, *quarters], quarters, strict=False)]
    print("  notebooks/min per quarter: " + ", ".join(f"{r:.0f}" for r in rates))
    # workers' resident memory, per quarter of the run: flat means no growth with pairings
    workers = {p for p in mem.peak_by_pid if mem.role(p) == "worker"}
    end = seconds
    peaks = []
    for q in range(4):
        lo, hi = end * q / 4, end * (q + 1) / 4
        peaks.append(max((r for t, s in mem.samples if lo <= t < hi for p, r in s.items()
                          if p in workers), default=0))  # fmt: skip
    print("  peak worker memory per quarter: " + ", ".join(mb(p) for p in peaks))
    print(f"  peak memory of the whole run: {mb(mem.peak_total)}")


if __name__ == "__main__":
    main()
