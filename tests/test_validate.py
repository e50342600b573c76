"""Bad data is caught, every problem located as file:row:column, and nothing is built from it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import DATA, append_line, edit_cell

from counterpart.dataset import load_dataset
from counterpart.dataset.schema import read_schema
from counterpart.dataset.validate import validate_tables
from counterpart.errors import DataValidationError


def problems(data_dir):
    return [str(p) for p in validate_tables(data_dir, read_schema(data_dir))[1]]


def test_the_fixture_is_valid():
    assert problems(DATA) == []


@pytest.mark.parametrize(
    ("table", "row_id", "column", "value", "expected"),
    [
        (
            "actors",
            "li-gang",
            "side",
            "north",
            "'north' is not allowed; use one of: east, west, central",
        ),
        (
            "commitments",
            "dalian-funds-materials-2019",
            "quantity",
            "487 million",
            "is not a number",
        ),
        (
            "events",
            "guizhou-delegation-liaoning-2019",
            "start_date",
            "2019-02-30",
            "is not a real date",
        ),
        (
            "events",
            "guizhou-delegation-liaoning-2019",
            "start_date",
            "29/08/2019",
            "write YYYY-MM-DD",
        ),
        (
            "participations",
            "li-gang-reported-guizhou-delegation-liaoning-2019-forum",
            "actor_id",
            "li-gangg",
            "'li-gangg' is not a known actor_id in actors.csv",
        ),
        (
            "commitments",
            "dalian-aid-projects-2019",
            "kind",
            "promise",
            "use one of: reported achievement",
        ),
        ("observations", "dalian-liupanshui-funds-2019-08", "value", "-5", "below the minimum"),
        (
            "positions",
            "wu-qiang-guizhou-vice-governor",
            "evidence",
            "Wu Qiang, Governor of Guizhou",
            "not found in paragraph 8 of source dl-24772",
        ),
        (
            "positions",
            "wu-qiang-guizhou-vice-governor",
            "paragraph",
            "12",
            "has paragraphs 0-8, not 12",
        ),
        (
            "events",
            "guizhou-delegation-liaoning-2019",
            "end_date",
            "2019-08-01",
            "is before start_date",
        ),
        ("actors", "li-gang", "name", "", "a value is required here"),
        # one missing-value convention: empty = does not apply, unknown = the source is silent
        ("actors", "li-gang", "name", "unknown", "'unknown' is not allowed in this column"),
        ("events", "guizhou-delegation-liaoning-2019", "time_of_day", "unknown",
         "leave it empty where it does not apply"),
        ("pairings", "dalian-liupanshui", "since", "", "leave no cell empty here"),
        ("indicators", "dalian-liupanshui-funds-cumulative", "target_date", "",
         "write the value, or unknown where the source is silent"),
        # a figure on a commitment and on an observation of its indicator is one figure
        ("observations", "dalian-liupanshui-funds-2019-08", "value", "500000000",
         "'500000000' differs from the commitment it follows, dalian-funds-materials-2019 "
         "(commitments.csv:"),
        ("observations", "dalian-liupanshui-aid-projects-2019-08", "qualifier", "exact",
         "which gives 'about' from the same source (dl-24772) for the same date"),
    ],
)  # fmt: skip
def test_each_kind_of_bad_cell_is_located(data_copy, table, row_id, column, value, expected):
    line = edit_cell(data_copy, table, row_id, column, value)
    found = problems(data_copy)
    prefix = f"{table}.csv:{line}:{column}: "
    assert any(p.startswith(prefix) and expected in p for p in found), found


def test_duplicate_id(data_copy):
    original = (DATA / "areas.csv").read_text().splitlines()[1]
    line = append_line(data_copy, "areas", original)
    assert f"areas.csv:{line}:area_id: duplicate id 'funds' (first on line 2)" in problems(
        data_copy
    )


def test_malformed_row(data_copy):
    line = append_line(data_copy, "areas", 'extra,"Extra"')
    assert f"areas.csv:{line}: has 2 cells, the header has 4" in problems(data_copy)


def test_missing_column(data_copy):
    path = data_copy / "areas.csv"
    lines = path.read_text().splitlines()
    path.write_text("\n".join(line.rsplit(",", 1)[0] for line in lines[:1]) + "\n")
    assert any(
        p.startswith("areas.csv:1: missing column(s) assessment") for p in problems(data_copy)
    )


def test_loader_refuses_invalid_data_listing_all_problems(data_copy):
    edit_cell(data_copy, "actors", "li-gang", "side", "north")
    edit_cell(data_copy, "areas", "funds", "label", "")
    with pytest.raises(DataValidationError) as info:
        load_dataset(data_copy)
    assert len(info.value.problems) == 2
    assert "counterpart validate" in str(info.value)


def test_one_typo_does_not_cascade(data_copy):
    # A bad cell in a referenced row must not turn every reference to that row into a problem.
    edit_cell(data_copy, "sources", "dl-24772", "language", "english")
    assert len(problems(data_copy)) == 1


def test_cli_prints_file_row_column_and_fails(data_copy):
    line = edit_cell(data_copy, "commitments", "dalian-aid-projects-2019", "unit", "widgets")
    out = subprocess.run(
        [sys.executable, "-m", "counterpart.cli", "validate", "--data-dir", str(data_copy)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 3
    assert f"commitments.csv:{line}:unit: 'widgets' is not allowed" in out.stdout


def test_cli_passes_on_valid_data():
    out = subprocess.run(
        [sys.executable, "-m", "counterpart.cli", "validate", "--data-dir", str(DATA)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "12 tables" in out.stdout


def test_columns_a_source_may_be_silent_on_take_unknown_or_stay_empty(data_copy):
    """Where the schema lets a source be silent and the column may not apply, both are valid."""
    edit_cell(data_copy, "events", "guizhou-delegation-liaoning-2019", "place", "unknown")
    edit_cell(data_copy, "events", "east-west-forum-poverty-alleviation", "place", "")
    edit_cell(data_copy, "pairings", "dalian-liupanshui", "since", "unknown")
    assert problems(data_copy) == []
    ds = load_dataset(data_copy, cache=False)
    assert ds.pairings.set_index("pairing_id")["since"].isna().sum() == 5


def test_a_changed_commitment_figure_is_caught_on_its_observation(data_copy):
    c_line = edit_cell(data_copy, "commitments", "dalian-funds-materials-2019", "quantity", "1")
    (problem,) = problems(data_copy)
    o_line = edit_cell(data_copy, "observations", "dalian-liupanshui-funds-2019-08", "value", "1")
    assert problem.startswith(f"observations.csv:{o_line}:value: '487000000' differs")
    assert f"(commitments.csv:{c_line}), which gives '1'" in problem
    assert problems(data_copy) == []  # both rows corrected: one figure again


def test_another_source_may_give_another_value_for_the_same_indicator(data_copy):
    append_line(
        data_copy,
        "observations",
        "funds-2019-other,dalian-liupanshui-funds-cumulative,2019-08-31,inferred,cumulative,,"
        "500000000,,yuan,about,dl-25022,,,",
    )
    assert problems(data_copy) == []
