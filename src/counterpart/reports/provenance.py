"""What a report was built from, stamped on every output: parameters, data, code, time.

A reader holding a PDF can tell whether it is current and rebuild it: the dataset fingerprint and
code version pin the inputs, the parameters pin the question asked. Runs rebuild a report only
when the rows it reads change, so the stamp also says that the report stays current for later
fingerprints whose rows for it are the same.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..version import code_version
from .params import source_date_epoch
from .render import Html, esc

CURRENT_FOR = (
    "the report is current for later fingerprints whose rows for it (its pairing and those "
    "below it, as known by the as-of date, and the sources they cite) are the same"
)


def build_time() -> dt.datetime:
    """Now, in UTC, unless SOURCE_DATE_EPOCH pins it (reproducible builds, deterministic tests)."""
    epoch = source_date_epoch()
    if epoch is not None:
        return dt.datetime.fromtimestamp(epoch, tz=dt.timezone.utc)
    return dt.datetime.now(tz=dt.timezone.utc).replace(microsecond=0)


@dataclass(frozen=True)
class Provenance:
    section: str
    parameters: dict
    dataset_fingerprint: str
    data_dir: str
    code_version: str
    built_at: str

    def to_html(self) -> Html:
        params = ", ".join(f"{k} = {v}" for k, v in self.parameters.items())
        rows = [
            ("Parameters", params),
            ("Dataset", f"{self.dataset_fingerprint}; {CURRENT_FOR}"),
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
