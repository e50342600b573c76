"""How the indicators report scales with the observations of one indicator (SYNTHETIC data).

The dataset is ``bench/synthetic.py``'s copy of ``data/`` with N invented observations added to one
indicator of one pairing, dated one day apart and citing the synthetic source. For each N the
script times, in this process: validation and loading, then each helper the indicators notebook
calls; with ``--notebook`` it also runs the notebook itself through papermill (a real kernel).

    python bench/bench_indicators.py 1000 10000 100000 [--notebook]

The goal (issue 16): 100,000 observations for one pairing in under 60 s.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import EVIDENCE, SOURCE, make_synthetic  # noqa: E402

PAIRING, INDICATOR, AS_OF = "dalian-liupanshui", "dalian-liupanshui-funds-cumulative", "2020-12-31"


def make_data(n: int, folder: Path) -> Path:
    """``data/`` plus the synthetic source and ``n`` observations of INDICATOR."""
    data = make_synthetic(0, folder)
    path = data / "observations.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    first = dt.date(2020, 12, 30)
    with path.open("a", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, header, lineterminator="\n")
        for k in range(n):
            row = dict.fromkeys(header, "")
            row.update(observation_id=f"synthetic-{k}", indicator_id=INDICATOR,
                       ref_date=(first - dt.timedelta(days=k % 20000)).isoformat(),
                       ref_date_basis="stated", value=str(100_000_000 + 1000 * k), unit="yuan",
                       qualifier="exact", source_id=SOURCE, paragraph="1", evidence=EVIDENCE)  # fmt: skip
            out.writerow(row)
    return data


def _time(label: str, fn, timings: dict) -> object:
    started = time.perf_counter()
    value = fn()
    timings[label] = time.perf_counter() - started
    return value


def bench_helpers(data: Path) -> dict[str, float]:
    """Seconds per step of the indicators report, in this process (no kernel)."""
    from counterpart.dataset.load import load_dataset
    from counterpart.reports import open_report, sections

    t: dict[str, float] = {}
    _time("validate+load", lambda: load_dataset(data, cache=False), t)
    report = _time("open_report", lambda: open_report("Indicators", PAIRING, AS_OF, str(data),
                                                      previous_as_of=""), t)  # fmt: skip
    for name in ("status_counts", "indicators_table", "indicator_sections", "changes_section"):
        fn = getattr(sections, name, None)
        if fn is not None:
            _time(name, lambda fn=fn: str(fn(report)), t)
    _time("source_note", lambda: str(report.source_note(report.scope.observations)), t)
    _time("sources", lambda: str(report.sources()), t)
    return t


def bench_notebook(data: Path, out: Path) -> float:
    import papermill

    from counterpart.runner.kernels import kernel_manager_class

    notebook = Path(__file__).resolve().parents[1] / "notebooks" / "04-indicators.ipynb"
    started = time.perf_counter()
    papermill.execute_notebook(str(notebook), str(out / "04-indicators.ipynb"),
                               parameters={"pairing": PAIRING, "as_of": AS_OF, "data_dir": str(data)},
                               kernel_manager_class=kernel_manager_class("fresh"),
                               cwd=str(notebook.parent), progress_bar=False)  # fmt: skip
    return time.perf_counter() - started


def main(argv: list[str]) -> None:
    notebook = "--notebook" in argv
    sizes = [int(a) for a in argv if a.isdigit()] or [1000, 10000, 100000]
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="counterpart-bench-") as tmp:
            data = make_data(n, Path(tmp))
            t = bench_helpers(data)
            line = ", ".join(f"{k} {v:.2f}s" for k, v in t.items())
            print(f"{n:>7} observations: total {sum(t.values()):.1f}s ({line})", flush=True)
            if notebook:
                print(f"{n:>7} observations: notebook {bench_notebook(data, Path(tmp)):.1f}s")


if __name__ == "__main__":
    main(sys.argv[1:])
