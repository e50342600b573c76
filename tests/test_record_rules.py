"""The record's own rules: each bad value is named as file:row:column, on a hand-made dataset."""

from __future__ import annotations

import subprocess
import sys

import pytest
from tiny_record import set_cell, write_tiny_record

from counterpart.dataset.schema import read_schema
from counterpart.dataset.validate import validate_tables


def problems(data_dir):
    return [str(p) for p in validate_tables(data_dir, read_schema(data_dir))[1]]


@pytest.fixture
def tiny(tmp_path):
    return write_tiny_record(tmp_path / "data")


def test_tiny_record_is_valid(tiny):
    assert problems(tiny) == []


@pytest.mark.parametrize(
    ("table", "row_id", "column", "value", "expected"),
    [
        ("observations", "funds-2019", "unit", "bushels", "'bushels' is not allowed"),
        (
            "sources",
            "gov-1",
            "reliability",
            "trusted",
            "'trusted' is not allowed; use one of: official, press, weak",
        ),
        ("pairings", "east-west", "end", "1990-01-01", "1990-01-01 is before start 1996-01-01"),
        ("pairings", "east-west", "successor_id", "nowhere", "'nowhere' is not a known pairing_id"),
        (
            "conflicts",
            "start",
            "row_b",
            "start-missing",
            "'start-missing' is not a row of events.csv",
        ),
        ("conflicts", "start", "chosen", "funds-2019", "'funds-2019' is not a row of events.csv"),
        ("conflicts", "start", "field", "colour", "events.csv has no column 'colour'"),
        (
            "observations",
            "funds-2019",
            "period_start",
            "2020-01-01",
            "2020-01-01 is after ref_date",
        ),
        ("pairings", "east-west", "start_basis", "", "a dated start needs stated or inferred"),
    ],
)
def test_each_record_rule_names_file_row_column(tiny, table, row_id, column, value, expected):
    line = set_cell(tiny, table, row_id, column, value)
    found = problems(tiny)
    where = f"{table}.csv:{line}:{column}: "
    assert any(p.startswith(where) and expected in p for p in found), found


def test_a_translation_is_in_another_language(tiny):
    line = set_cell(tiny, "sources", "farm-3-en", "language", "zh")
    expected = f"sources.csv:{line}:translation_of: 'farm-3' is in the same language (zh)"
    assert expected in problems(tiny)


def test_yearly_value_needs_its_period(tiny):
    set_cell(tiny, "observations", "funds-2019", "period_start", "")
    line = set_cell(tiny, "observations", "funds-2019", "kind", "yearly")
    assert (
        f"observations.csv:{line}:period_start: a yearly value needs the first day of its period"
        in problems(tiny)
    )


def test_successor_must_point_back(tiny):
    set_cell(tiny, "pairings", "south-west", "predecessor_id", "south-west")
    found = problems(tiny)
    assert any("pairings.csv:3:predecessor_id: a pairing cannot follow itself" == p for p in found)
    assert any(
        p.startswith("pairings.csv:2:successor_id: 'south-west' names 'south-west'") for p in found
    )


def test_chosen_must_be_one_of_the_two(tiny):
    line = set_cell(tiny, "conflicts", "start", "chosen", "start-official")
    set_cell(tiny, "conflicts", "start", "row_a", "start-weak")
    assert f"conflicts.csv:{line}:chosen: must be row_a or row_b (or empty)" in problems(tiny)
    assert f"conflicts.csv:{line}:row_b: a conflict links two different rows" in problems(tiny)


def test_cli_names_the_bad_cell(tiny):
    line = set_cell(tiny, "pairings", "east-west", "successor_id", "nowhere")
    run = subprocess.run(
        [sys.executable, "-m", "counterpart.cli", "validate", "--data-dir", str(tiny)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 3
    assert f"pairings.csv:{line}:successor_id: 'nowhere' is not a known pairing_id" in run.stdout


def test_validate_summarises_the_record(tiny):
    run = subprocess.run(
        [sys.executable, "-m", "counterpart.cli", "validate", "--data-dir", str(tiny)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout
    assert "sources cited: 3 (official/en 1, press/zh 1, weak/en 1, weak/zh 1)" in run.stdout
    assert "pairings: 2, 2 with a start or end date (city 2)" in run.stdout
    assert "indicators with >= 2 observations: 1, with >= 4: 0" in run.stdout
    assert "conflicts kept side by side: 1" in run.stdout
