"""The project's own data/: the only tests that read it. They state rules, never counts, so they
hold whatever valid rows an analyst adds (every other test reads tests/fixtures/data/)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from conftest import PROJECT_DATA, ROOT

from counterpart.dataset import load_dataset
from counterpart.dataset.research import research_coverage
from counterpart.dataset.schema import read_schema

RESEARCH_DIR = ROOT.parent / "shared" / "research"
RESEARCH_FILES = ("domain-facts.json", "sources-2026-11.json")


def test_data_passes_every_validator_rule():
    """Facts about data/ (citations, units, dates, figures kept on both a commitment and an
    observation, the missing-value convention) are validator rules: `counterpart validate`."""
    out = subprocess.run(
        [sys.executable, "-m", "counterpart.cli", "validate", "--data-dir", str(PROJECT_DATA)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.parametrize("name", RESEARCH_FILES)
def test_data_covers_the_research_file(name):
    """Every lead of the research files is in data/ or recorded in data/leads.csv."""
    path = RESEARCH_DIR / name
    if not path.is_file():
        pytest.skip(f"{path} is not beside the project")
    assert research_coverage(load_dataset(PROJECT_DATA), path).lines() == []


def test_the_fixture_has_the_schema_of_data():
    """Code and notebooks read the columns data/ has, so the tests' dataset keeps its schema."""
    from conftest import DATA

    ours = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    theirs = json.loads((PROJECT_DATA / "datapackage.json").read_text(encoding="utf-8"))
    assert ours == theirs, (
        "data/datapackage.json changed: run `.venv/bin/python tests/fixtures/sync_schema.py` "
        "and fill the new columns the tests need (tests/fixtures/README.md)"
    )


def _readme() -> str:
    return (PROJECT_DATA / "README.md").read_text(encoding="utf-8")


def test_data_readme_lists_every_role_the_schema_allows():
    roles = read_schema(PROJECT_DATA)["participations"].field("role").enum
    (line,) = [line for line in _readme().splitlines() if line.startswith("| `participations` |")]
    assert re.search(r"role \(([^)]*)\)", line).group(1).split(", ") == list(roles)


def test_data_readme_names_exactly_the_columns_that_take_unknown():
    schema = read_schema(PROJECT_DATA)
    may_be_silent = {
        f"{name}.{f.name}"
        for name, table in schema.tables.items()
        for f in table.fields
        if "unknown" in f.missing_values
    }
    rules = _readme().split("## Tables")[0]
    named = set(re.findall(r"`([a-z]+\.[a-z_]+)`", rules)) - {"datapackage.json"}
    assert named == may_be_silent
