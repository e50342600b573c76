"""Check the dataset against a research leads file: list only what is truly left to do.

A leads file (``{"sources": [...]}``, each source with ``url``, ``pairings`` and ``figures``) is
what colleagues gathered from public pages; ``data/leads.csv`` records how each lead was handled
(imported, merged into another source, skipped for a stated reason, and how its pairing labels were
read). ``counterpart research FILE`` lists the leads, pairing labels and figures that neither
``data/`` nor that record accounts for, so an analyst knows exactly what is left. The file comes
in as an argument: the package never looks for it beside the project.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import ParameterError
from .load import Dataset


@dataclass
class Coverage:
    missing_sources: list[str] = field(default_factory=list)
    missing_pairings: list[str] = field(default_factory=list)
    missing_figures: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not (self.missing_sources or self.missing_pairings or self.missing_figures)

    def lines(self) -> list[str]:
        out = [
            f"lead not handled (not in sources.csv or leads.csv): {u}" for u in self.missing_sources
        ]
        out += [f"pairing label not read: {p}" for p in self.missing_pairings]
        out += [f"figure not imported: {f}" for f in self.missing_figures]
        return out


def read_leads(path: str | Path) -> list[dict]:
    """The leads of a research file; a clear error when it is not one."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ParameterError(f"no research file at {path}") from None
    except json.JSONDecodeError as exc:
        raise ParameterError(f"{path} is not JSON ({exc.msg} at line {exc.lineno})") from None
    leads = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(leads, list) or not all(isinstance(s, dict) and "url" in s for s in leads):
        raise ParameterError(
            f"{path} is not a leads file: expected {{'sources': [{{'url': ...}}]}}"
        )
    return leads


def _handled_leads(ds: Dataset) -> pd.DataFrame:
    if "leads" in ds.tables:
        return ds.tables["leads"]
    return pd.DataFrame(columns=["url", "source_id", "handling", "pairings"])


def _read_labels(cell) -> set[str]:
    """Labels named in a leads.csv ``pairings`` cell ('label=id | label=- (why)')."""
    if cell is None or pd.isna(cell):
        return set()
    return {part.split("=", 1)[0].strip() for part in str(cell).split(" | ") if "=" in part}


def research_coverage(ds: Dataset, research_file: str | Path) -> Coverage:
    """What the leads file holds that neither the dataset nor data/leads.csv accounts for."""
    leads = read_leads(research_file)
    cov = Coverage()
    handled = _handled_leads(ds).set_index("url")
    source_urls = dict(zip(ds.sources["url"], ds.sources["source_id"], strict=True))
    pairings = set(ds.pairings["pairing_id"])
    values = _values_by_source(ds)
    for lead in leads:
        url = lead["url"]
        record = handled.loc[url] if url in handled.index else None
        if record is None and url not in source_urls:
            cov.missing_sources.append(url)
            continue
        read = _read_labels(record["pairings"]) if record is not None else set()
        for label in lead.get("pairings") or []:
            if label not in pairings and label not in read:
                cov.missing_pairings.append(label)
        if record is not None:
            continue  # its figures were imported or skipped for the reason leads.csv gives
        sid = source_urls[url]
        for fig in lead.get("figures") or []:
            value = fig.get("value")
            if value is None:
                continue
            if float(value) not in values.get(sid, set()):
                cov.missing_figures.append(
                    f"{value} {fig.get('unit', '')} ({url})".replace("  ", " ")
                )
    cov.missing_pairings = sorted(set(cov.missing_pairings))
    return cov


def _values_by_source(ds: Dataset) -> dict[str, set[float]]:
    out: dict[str, set[float]] = {}
    for table, col in (("observations", "value"), ("commitments", "quantity")):
        df = ds.tables.get(table)
        if df is None or col not in df:
            continue
        for sid, value in zip(df["source_id"], df[col], strict=True):
            if pd.notna(value):
                out.setdefault(sid, set()).add(float(value))
    return out
