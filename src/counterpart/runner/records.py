"""JSON records of what was built: one beside each report's outputs, one per run.

A job's record (``reports/<pairing>/<as_of>/<name>.json``) says what its outputs were built from
and how the last attempt went; the next run compares its input digest to decide whether to skip.
The run record (``reports/runs/<time>.json``) keeps every job of a run — parameters, inputs,
status, duration, error — for whoever has to find out later what a scheduled run did.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..atomic import write_atomic


def write_json(path: Path, data) -> None:
    """Write ``data`` to ``path`` atomically: readers see the old file or the new, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")


def read_json(path: Path) -> dict | None:
    """The record at ``path``, or None when it is missing or unreadable (then the job reruns)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def is_current(record: dict | None, inputs: str, out_dir: Path, expected: list[str]) -> bool:
    """True when the last build succeeded from the same inputs and its outputs are all there."""
    return (
        record is not None
        and record.get("status") == "ok"
        and record.get("inputs") == inputs
        and all((Path(out_dir) / name).is_file() for name in expected)
    )


STATUS = "status.json"


def read_status(reports_dir: Path) -> dict:
    """``reports/status.json``: who each pairing is and the last date its report was checked."""
    data = read_json(Path(reports_dir) / STATUS) or {}
    return {"pairings": data.get("pairings") or {}, "checked": data.get("checked") or {}}


def write_status(reports_dir: Path, ds, reports) -> None:
    """Keep the pairings' names and tree, and move each report's "checked" date forward.

    A report is checked as of a date when this run found its content current then, or built it
    without a failure; the date its content last changed is its ``latest`` snapshot's."""
    status = read_status(reports_dir)
    names = ds.actors.set_index("actor_id")["name"]
    for row in ds.pairings.itertuples(index=False):
        parent = row.parent_pairing_id
        status["pairings"][row.pairing_id] = {
            "east": str(names.get(row.east_actor_id, row.east_actor_id)),
            "west": str(names.get(row.west_actor_id, row.west_actor_id)),
            "level": str(row.level),
            "parent": parent if isinstance(parent, str) else None,
        }
    for report in reports:
        if report.unchanged_since is None:
            folder = Path(reports_dir) / report.pairing / report.day
            records = [read_json(folder / f"{j.name}.json") for j in report.jobs]
            if not all(r and r.get("status") == "ok" for r in records):
                continue
        before = status["checked"].get(report.pairing, "")
        status["checked"][report.pairing] = max(before, report.day)
    write_json(Path(reports_dir) / STATUS, status)
