"""What a report was built from, stamped on every output: parameters, data, code, time.

A reader holding a PDF can tell whether it is current and rebuild it: the dataset fingerprint and
code version pin the inputs, the parameters pin the question asked.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

from . import __version__
from .render import Html, esc


def build_time() -> dt.datetime:
    """Now, in UTC, unless SOURCE_DATE_EPOCH pins it (reproducible builds, deterministic tests)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    return dt.datetime.now(tz=dt.timezone.utc).replace(microsecond=0)


def code_version() -> str:
    """Package version, plus the git commit of the source tree when there is one."""
    version = f"counterpart {__version__}"
    src = Path(__file__).resolve().parent
    try:
        commit = subprocess.run(
            ["git", "-C", str(src), "rev-parse", "--short=10", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(src), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return version
    return f"{version}, git {commit}" + (" with uncommitted changes" if dirty else "")


@dataclass(frozen=True)
class Provenance:
    section: str
    parameters: dict
    dataset_fingerprint: str
    data_dir: str
    code_version: str
    built_at: str

    def as_dict(self) -> dict:
        return asdict(self)

    def to_html(self) -> Html:
        params = ", ".join(f"{k} = {v}" for k, v in self.parameters.items())
        rows = [
            ("Parameters", params),
            ("Dataset", self.dataset_fingerprint),
            ("Code", self.code_version),
            ("Built", self.built_at),
        ]
        cells = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
        return Html(f'<table class="cp-provenance"><tbody>{cells}</tbody></table>')


def make_provenance(section: str, parameters: dict, fingerprint: str, data_dir) -> Provenance:
    return Provenance(
        section=section,
        parameters=dict(parameters),
        dataset_fingerprint=fingerprint,
        data_dir=str(data_dir),
        code_version=code_version(),
        built_at=build_time().strftime("%Y-%m-%d %H:%M UTC"),
    )
