"""`counterpart research`: what a research file names that the dataset lacks (sources by URL,
pairings by id, figures by value), checked on the fixture with a research file made here."""

from __future__ import annotations

import json

from conftest import DATA

from counterpart.dataset import load_dataset
from counterpart.dataset.research import research_coverage

SEED_URL = "http://en.dl.gov.cn/News/ChinaNews/24772.jhtml"


def test_coverage_lists_exactly_what_is_missing(tmp_path):
    facts = {
        "sources": [
            {  # in the fixture: the seed article, its pairing and its 487 million yuan
                "url": SEED_URL,
                "pairings": ["dalian-liupanshui"],
                "figures": [{"value": 487000000, "unit": "yuan"}, {"value": 9, "unit": "projects"}],
            },
            {
                "url": "http://example.org/new",
                "pairings": ["shanghai-zunyi"],
                "figures": [{"value": 7, "unit": "projects"}],
            },
        ]
    }
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(facts), encoding="utf-8")
    cov = research_coverage(load_dataset(DATA), path)
    assert cov.missing_sources == ["http://example.org/new"]
    assert cov.missing_pairings == ["shanghai-zunyi"]
    assert cov.missing_figures == [
        f"9 projects ({SEED_URL})",
        "7 projects (http://example.org/new)",
    ]
    assert not cov.complete


def test_a_covered_research_file_is_complete(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text(
        json.dumps({"sources": [{"url": SEED_URL, "pairings": ["dalian-liupanshui"]}]}),
        encoding="utf-8",
    )
    cov = research_coverage(load_dataset(DATA), path)
    assert cov.complete and cov.lines() == []
