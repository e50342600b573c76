"""What a run has to do: one job per notebook, pairing and as-of date, plus one brief per report.

Planning happens before any kernel starts, so every bad notebook name, pairing, date or parameter is
reported at once. Each job carries a digest of everything its output depends on — the notebook's
bytes, its parameters, the content of the rows its report reads (``dataset.digest``), the
package's own code and the formats asked for — so a rerun can skip a job whose digest matches the
record of its last good build. The as-of date itself is left out: a report whose rows read the
same on a later date is the same report, so "as of today" costs nothing on a night without news.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..reports.render import plural
from ..version import code_digest

BRIEF = "brief"


@dataclass(frozen=True)
class Job:
    """One notebook (or the brief) for one pairing as of one date; picklable, so it can travel."""

    kind: str  # "notebook" or "brief"
    name: str  # notebook stem ("01-context") or "brief"
    pairing: str
    as_of: dt.date
    notebook: Path | None = None
    parameters: tuple[tuple[str, str], ...] = ()
    label: str = ""  # "Dalian → Liupanshui"
    formats: tuple[str, ...] = ("html", "pdf")
    fingerprint: str = ""
    inputs: str = ""
    parts: tuple[str, ...] = field(default=())  # a brief's sections, in order
    content: str = ""  # digest of the rows the report reads (dataset.digest)
    folder: str = ""  # where this run builds the report (a snapshot's build folder); "" = dated
    title: str = ""  # the section's title (notebook metadata), for the index
    order: float = 0.0  # the section's place in reading order

    def out_dir(self, reports_dir: Path) -> Path:
        return Path(reports_dir) / self.pairing / (self.folder or self.as_of.isoformat())

    def record_path(self, reports_dir: Path) -> Path:
        return self.out_dir(reports_dir) / f"{self.name}.json"

    @property
    def key(self) -> str:
        return f"{self.pairing}/{self.as_of.isoformat()}/{self.name}"

    def expected_outputs(self) -> list[str]:
        names = [f"{self.name}.{ext}" for ext in self.formats]
        return names + ([f"{self.name}.ipynb"] if self.kind == "notebook" else [])


def notebook_digest(notebook: Path, parameters: dict, content: str, formats) -> str:
    """The notebook's bytes, its parameters but the date, the rows' digest, code and formats."""
    h = hashlib.sha256()
    h.update(Path(notebook).read_bytes())
    dateless = {k: v for k, v in parameters.items() if k != "as_of"}
    h.update(json.dumps(dateless, sort_keys=True).encode())
    h.update(f"{content}\0{code_digest()}\0{','.join(formats)}".encode())
    return h.hexdigest()[:24]


def brief_digest(parts: list[Job], formats) -> str:
    h = hashlib.sha256(f"{code_digest()}\0{','.join(formats)}".encode())
    for job in parts:
        h.update(job.inputs.encode())
    return h.hexdigest()[:24]


def brief_job(parts: list[Job], formats: tuple[str, ...]) -> Job:
    """The brief of one report: it depends on (and is built after) its section jobs."""
    first = parts[0]
    return Job(
        kind=BRIEF,
        name=BRIEF,
        pairing=first.pairing,
        as_of=first.as_of,
        label=first.label,
        formats=formats,
        fingerprint=first.fingerprint,
        content=first.content,
        inputs=brief_digest(parts, formats),
        parts=tuple(j.name for j in parts),
    )


@dataclass
class JobResult:
    """What happened to a job: ok, failed or skipped (its inputs had not changed)."""

    job: Job
    status: str
    outputs: list[Path] = field(default_factory=list)
    pages: int | None = None
    seconds: float = 0.0
    error: str | None = None
    cell: int | None = None
    kept_at: Path | None = None
    attempts: int = 1
    finished_at: str = ""
    stages: dict[str, float] = field(default_factory=dict)  # seconds: execute, html, pdf
    unchanged_since: str | None = None  # skipped: the earlier snapshot whose rows it still matches

    def line(self) -> str:
        j = self.job
        head = f"{self.status:7} {j.pairing} {j.as_of.isoformat()} {j.name}"
        if self.status == "skipped":
            since = f" since {self.unchanged_since}" if self.unchanged_since else ""
            return f"{head} (unchanged{since})"
        if self.status == "ok":
            pages = f", PDF {plural(self.pages, 'page')}" if self.pages else ""
            retried = f", after {self.attempts - 1} kernel restart(s)" if self.attempts > 1 else ""
            return f"{head} ({self.seconds:.1f}s{pages}{retried})"
        where = f" cell {self.cell}" if self.cell is not None else ""
        kept = f"\n        executed notebook kept at {self.kept_at}" if self.kept_at else ""
        return f"{head}{where}: {self.error}{kept}"

    def record(self) -> dict:
        """The JSON record kept beside the outputs (and in the run record)."""
        j = self.job
        return {
            "name": j.name,
            "kind": j.kind,
            "notebook": j.notebook.name if j.notebook else None,
            "title": j.title,
            "order": j.order,
            "pairing": j.pairing,
            "as_of": j.as_of.isoformat(),
            "parameters": dict(j.parameters),
            "status": self.status,
            "finished_at": self.finished_at,
            "seconds": round(self.seconds, 3),
            "stages": {k: round(v, 3) for k, v in self.stages.items()},
            "attempts": self.attempts,
            "error": self.error,
            "cell": self.cell,
            "outputs": [p.name for p in self.outputs],
            "pages": self.pages,
            "fingerprint": j.fingerprint,
            "content": j.content,
            "inputs": j.inputs,
        }
