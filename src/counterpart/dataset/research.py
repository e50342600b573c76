"""Check the dataset against the research notes: every researched source and pairing is in data/.

``../shared/research/domain-facts.json`` grows as colleagues gather facts from public articles.
``counterpart research`` lists what it holds that ``data/`` does not yet have (sources by URL,
pairings by id, figures by value), so an analyst knows exactly what to add with ``counterpart add``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

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
        out = [f"source not in data/sources.csv: {u}" for u in self.missing_sources]
        out += [f"pairing not in data/pairings.csv: {p}" for p in self.missing_pairings]
        out += [f"figure not an observation: {f}" for f in self.missing_figures]
        return out


def default_research_file(ds: Dataset) -> Path:
    return ds.data_dir.parent.parent / "shared" / "research" / "domain-facts.json"


def research_coverage(ds: Dataset, research_file: Path) -> Coverage:
    """What the research file holds that the dataset lacks."""
    facts = json.loads(Path(research_file).read_text(encoding="utf-8"))
    cov = Coverage()
    by_url = dict(zip(ds.sources["url"], ds.sources["source_id"], strict=True))
    pairings = set(ds.pairings["pairing_id"])
    obs = ds.observations.merge(ds.sources[["source_id", "url"]], on="source_id")
    for src in facts.get("sources", []):
        url = src["url"]
        if url not in by_url:
            cov.missing_sources.append(url)
        cov.missing_pairings += [p for p in src.get("pairings", []) if p not in pairings]
        values = set(obs.loc[obs["url"] == url, "value"].astype(float))
        for fig in src.get("figures", []):
            if float(fig["value"]) not in values:
                cov.missing_figures.append(f"{fig['value']} {fig.get('unit', '')} ({url})")
    cov.missing_pairings = sorted(set(cov.missing_pairings))
    return cov
