"""`counterpart research FILE` lists only what neither data/ nor data/leads.csv accounts for."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from tiny_record import ROWS, write_tiny_record

from counterpart.dataset import load_dataset
from counterpart.dataset.research import research_coverage
from counterpart.errors import ParameterError

LEADS = {
    "about": "three leads",
    "sources": [
        {
            "url": "http://gov.example/1",
            "pairings": ["east-west"],
            "figures": [{"value": 487000000, "unit": "yuan"}],
        },
        {
            "url": "http://farm.example/9",
            "pairings": ["Farm→Town"],
            "figures": [{"value": 7, "unit": "projects"}],
        },
        {"url": "http://new.example/4", "pairings": [], "figures": []},
    ],
}


@pytest.fixture
def setup(tmp_path):
    rows = {**ROWS, "leads": [dict(ROWS["leads"][0], pairings="Farm→Town=- (not a pairing)")]}
    data = write_tiny_record(tmp_path / "data", rows)
    leads = tmp_path / "leads.json"
    leads.write_text(json.dumps(LEADS, ensure_ascii=False), encoding="utf-8")
    return data, leads


def test_only_what_is_left_is_listed(setup):
    data, leads = setup
    cov = research_coverage(load_dataset(data, cache=False), leads)
    assert cov.lines() == [
        "lead not handled (not in sources.csv or leads.csv): http://new.example/4"
    ]


def test_figures_and_labels_of_unrecorded_leads_are_listed(setup, tmp_path):
    data, _ = setup
    facts = {
        "sources": [
            {
                "url": "http://gov.example/1",
                "pairings": ["nowhere"],
                "figures": [{"value": 5, "unit": "projects"}],
            }
        ]
    }
    path = tmp_path / "more.json"
    path.write_text(json.dumps(facts), encoding="utf-8")
    cov = research_coverage(load_dataset(data, cache=False), path)
    assert cov.missing_pairings == ["nowhere"]
    assert cov.missing_figures == ["5 projects (http://gov.example/1)"]


def test_not_a_leads_file_is_refused(setup, tmp_path):
    data, _ = setup
    bad = tmp_path / "bad.json"
    bad.write_text('{"items": []}', encoding="utf-8")
    with pytest.raises(ParameterError, match="is not a leads file"):
        research_coverage(load_dataset(data, cache=False), bad)


def test_cli_takes_the_leads_file_as_argument(setup):
    data, leads = setup
    cli = [sys.executable, "-m", "counterpart.cli", "research"]
    run = subprocess.run(
        [*cli, str(leads), "--data-dir", str(data)], capture_output=True, text=True
    )
    assert run.returncode == 1
    assert "http://new.example/4" in run.stdout and "farm.example" not in run.stdout
    run = subprocess.run([*cli, "--data-dir", str(data)], capture_output=True, text=True)
    assert run.returncode == 2 and "counterpart research FILE" in run.stderr
