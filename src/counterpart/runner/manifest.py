"""The run manifest (``reports.yml``): which notebooks, for which parameter sets, in which formats.

Scheduled runs need the list of reports written down once, not retyped in a crontab. A manifest is
plain YAML::

    notebooks: all                 # or [context, actors]
    formats: [html, pdf]
    limits: {cell_seconds: 600, job_seconds: 1800}   # a cell or a notebook running longer is stopped
    brief: true                    # one combined brief per pairing and date
    runs:
      - pairings: all              # every pairing in data/
        as_of: [today]
      - pairings: [dalian-liupanshui]
        as_of: [2018-12-31, 2019-12-31]
        parameters: {previous_as_of: ""}

Reading it checks its shape only; names (notebooks, pairings, parameters) are checked against the
notebooks and the dataset when the run is planned, before any kernel starts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import ParameterError

FORMATS = ("html", "pdf")
KERNEL_MODES = ("fork", "fresh")  # forked from a warm template, or a new interpreter each
ALL = "all"
TOP_KEYS = ("notebooks", "formats", "brief", "limits", "runs")
RUN_KEYS = ("pairings", "as_of", "parameters")
RESERVED = ("pairing", "as_of")  # set by runs, not by `parameters`
LIMIT_KEYS = ("cell_seconds", "job_seconds")
MAX_MANIFEST_BYTES = 1_000_000


@dataclass(frozen=True)
class Limits:
    """How long one cell, and one notebook in all, may run before its kernel is stopped."""

    cell_seconds: float = 600.0
    job_seconds: float = 1800.0


@dataclass(frozen=True)
class RunSpec:
    """One entry of ``runs``: pairings (None = all) × dates, with extra notebook parameters."""

    pairings: tuple[str, ...] | None = None
    as_of: tuple[str, ...] = ("today",)
    parameters: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Manifest:
    notebooks: tuple[str, ...] | None = None  # None = every report notebook
    formats: tuple[str, ...] = FORMATS
    brief: bool = True
    runs: tuple[RunSpec, ...] = (RunSpec(),)
    limits: Limits = Limits()
    path: Path | None = field(default=None, compare=False)

    def override(
        self,
        pairings=None,
        as_of=None,
        notebooks=None,
        formats=None,
        brief: bool | None = None,
    ) -> Manifest:
        """Command-line flags win over the file: pairings/as_of replace every run's values."""
        m = self
        if pairings or as_of:
            m = replace(
                m,
                runs=tuple(
                    replace(
                        r,
                        pairings=tuple(pairings) if pairings else r.pairings,
                        as_of=tuple(str(a) for a in _listify(as_of)) if as_of else r.as_of,
                    )
                    for r in m.runs
                ),
            )
        if notebooks:
            m = replace(m, notebooks=tuple(notebooks))
        if formats is not None:
            m = replace(m, formats=check_formats(formats, "--format"))
        if brief is not None:
            m = replace(m, brief=brief)
        return m


def check_formats(formats, where: str) -> tuple[str, ...]:
    formats = tuple(_listify(formats))
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise ParameterError(
            f"{where}: unknown format {bad[0]!r}. Valid formats: {', '.join(FORMATS)}"
        )
    return formats


def _listify(value) -> list:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _text(value) -> str:
    if isinstance(value, dt.date):  # YAML reads 2019-12-31 as a date
        return value.isoformat()
    if value is None:
        return ""
    return str(value)


def _unknown_keys(given: dict, valid: tuple[str, ...], where: str) -> None:
    unknown = [k for k in given if k not in valid]
    if unknown:
        raise ParameterError(f"{where}: unknown key {unknown[0]!r}. Valid keys: {', '.join(valid)}")


def parse_manifest(data, path: Path | None = None) -> Manifest:
    """A Manifest from the YAML's content; errors name the file and the key."""
    where = str(path or "manifest")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ParameterError(f"{where}: expected a mapping with keys {', '.join(TOP_KEYS)}")
    _unknown_keys(data, TOP_KEYS, where)
    notebooks = data.get("notebooks", ALL)
    notebooks = None if notebooks in (ALL, None) else tuple(_text(n) for n in _listify(notebooks))
    formats = check_formats(data.get("formats", list(FORMATS)), f"{where}: formats")
    brief = data.get("brief", True)
    if not isinstance(brief, bool):
        raise ParameterError(f"{where}: brief must be true or false, not {brief!r}")
    limits = _limits(data.get("limits") or {}, f"{where}: limits")
    runs = []
    for i, entry in enumerate(_listify(data.get("runs", [{}])), start=1):
        here = f"{where}: runs[{i}]"
        if not isinstance(entry, dict):
            raise ParameterError(f"{here}: expected a mapping with keys {', '.join(RUN_KEYS)}")
        _unknown_keys(entry, RUN_KEYS, here)
        pairings = entry.get("pairings", ALL)
        pairings = None if pairings in (ALL, None) else tuple(_text(p) for p in _listify(pairings))
        as_of = tuple(_text(a) for a in _listify(entry.get("as_of", "today"))) or ("today",)
        for a in as_of:
            check_as_of_text(a, f"{here}: as_of")
        params = entry.get("parameters") or {}
        if not isinstance(params, dict):
            raise ParameterError(f"{here}: parameters must be a mapping of name: value")
        reserved = [k for k in params if k in RESERVED]
        if reserved:
            raise ParameterError(
                f"{here}: set {reserved[0]!r} with the run's own key, not under parameters"
            )
        runs.append(
            RunSpec(pairings, as_of, tuple(sorted((str(k), _text(v)) for k, v in params.items())))
        )
    return Manifest(notebooks, formats, brief, tuple(runs), limits, path)


def _limits(given, where: str) -> Limits:
    if not isinstance(given, dict):
        raise ParameterError(f"{where}: expected a mapping with keys {', '.join(LIMIT_KEYS)}")
    _unknown_keys(given, LIMIT_KEYS, where)
    values = {}
    for key, value in given.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 1e6:
            raise ParameterError(f"{where}: {key}: {value!r}: must be a number of seconds above 0")
        values[key] = float(value)
    return Limits(**values)


def check_as_of_text(text: str, where: str) -> None:
    """A manifest date is a real day in the range reports can cover, or 'today'."""
    from ..reports.params import resolve_as_of

    try:
        resolve_as_of(text)
    except ParameterError as exc:
        raise ParameterError(f"{where}: {exc}") from None


def read_manifest(path) -> Manifest:
    """Read ``reports.yml`` (or any manifest file)."""
    from ..textfile import YamlError, read_text, safe_yaml

    path = Path(path)
    try:
        text = read_text(path, MAX_MANIFEST_BYTES)
    except OSError as exc:
        raise ParameterError(f"cannot read manifest {path}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise ParameterError(f"{path}: {exc}") from exc
    try:
        data = safe_yaml(text)
    except YamlError as exc:
        raise ParameterError(f"{path}: not valid YAML: {exc}") from exc
    return parse_manifest(data, path)


def default_manifest(project_dir: Path) -> Manifest:
    """``reports.yml`` at the project's root when there is one; else every pairing as of today."""
    path = Path(project_dir) / "reports.yml"
    return read_manifest(path) if path.is_file() else Manifest()
