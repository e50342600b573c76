"""data/ holds every source, pairing and figure of the research notes in ../shared/research/."""

from __future__ import annotations

import json

import pytest
from conftest import DATA, ROOT

from counterpart.dataset import load_dataset
from counterpart.dataset.research import research_coverage

RESEARCH = ROOT.parent / "shared" / "research" / "domain-facts.json"
pytestmark = pytest.mark.skipif(
    not RESEARCH.is_file(), reason="../shared/research is not beside the project"
)


def test_dataset_covers_the_research_file():
    cov = research_coverage(load_dataset(DATA), RESEARCH)
    assert cov.lines() == []


def test_coverage_reports_what_is_missing(tmp_path):
    facts = json.loads(RESEARCH.read_text(encoding="utf-8"))
    facts["sources"].append(
        {
            "url": "http://example.org/new",
            "pairings": ["shanghai-zunyi"],
            "figures": [{"value": 7, "unit": "projects"}],
        }
    )
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(facts), encoding="utf-8")
    cov = research_coverage(load_dataset(DATA), path)
    assert cov.missing_sources == ["http://example.org/new"]
    assert cov.missing_pairings == ["shanghai-zunyi"]
    assert cov.missing_figures == ["7 projects (http://example.org/new)"]
