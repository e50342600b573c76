"""Adding rows: validated against the whole dataset, atomic, safe when processes append at once."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

import pytest

from counterpart.dataset import load_dataset
from counterpart.dataset.append import append_row
from counterpart.dataset.schema import read_schema
from counterpart.dataset.validate import validate_tables
from counterpart.errors import DataValidationError, ParameterError

GOOD = {
    "indicator_id": "dalian-liupanshui-funds-cumulative",
    "ref_date": "2019-08-31",
    "ref_date_basis": "inferred",
    "value": "500000000",
    "unit": "yuan",
    "qualifier": "about",
    "source_id": "dl-25022",
}


def test_good_observation_lands_and_validates(data_copy):
    path, line = append_row(data_copy, "observation", GOOD)
    assert (path, line) == ("observations.csv", 19)
    ds = load_dataset(data_copy)
    row = ds.observations.set_index("observation_id").loc[
        "dalian-liupanshui-funds-cumulative-2019-08-31"
    ]
    assert (row["value"], row["qualifier"]) == (500_000_000, "about")


@pytest.mark.parametrize(
    ("change", "column", "message"),
    [
        ({"indicator_id": "no-such-indicator"}, "indicator_id", "is not a known indicator_id"),
        (
            {"ref_date": "2020-01-01"},
            "ref_date",
            "a value cannot be published before the date it refers to",
        ),
        (
            {"unit": "persons"},
            "unit",
            "is not the unit of indicator dalian-liupanshui-funds-cumulative ('yuan')",
        ),
        ({"value": "-3"}, "value", "below the minimum 0"),
        ({"observation_id": "dalian-liupanshui-funds-2019-08"}, "observation_id", "duplicate id"),
    ],
)
def test_bad_observation_writes_nothing(data_copy, change, column, message):
    before = (data_copy / "observations.csv").read_bytes()
    with pytest.raises(DataValidationError) as info:
        append_row(data_copy, "observations", {**GOOD, **change})
    assert any(
        p.file == "observations.csv" and p.row == 19 and p.column == column and message in p.message
        for p in info.value.problems
    ), info.value.problems
    assert (data_copy / "observations.csv").read_bytes() == before
    assert not list(data_copy.glob(".*.tmp"))


def test_unknown_table_or_column_lists_valid_ones(data_copy):
    with pytest.raises(ParameterError, match="Tables: sources, areas, actors"):
        append_row(data_copy, "people", {"x": "y"})
    with pytest.raises(ParameterError, match="Columns: observation_id, indicator_id"):
        append_row(data_copy, "observations", {**GOOD, "colour": "red"})


def _append_many(args):
    data_dir, worker, n = args
    for i in range(n):
        append_row(
            data_dir,
            "observations",
            {**GOOD, "observation_id": f"w{worker}-{i}", "value": str(worker * 1000 + i)},
        )
    return n


def test_concurrent_appends_all_land(data_copy):
    """Two processes appending at once: every row lands, no id twice, the file stays valid."""
    n = 15
    with ProcessPoolExecutor(2) as pool:
        assert list(pool.map(_append_many, [(data_copy, 1, n), (data_copy, 2, n)])) == [n, n]
    ids = load_dataset(data_copy).observations["observation_id"].tolist()
    assert {f"w{w}-{i}" for w in (1, 2) for i in range(n)} <= set(ids)
    assert len(ids) == len(set(ids)) == 17 + 2 * n
    assert validate_tables(data_copy, read_schema(data_copy))[1] == []


def test_cli_add_and_its_errors(data_copy):
    cmd = [
        sys.executable,
        "-m",
        "counterpart.cli",
        "add",
        "observation",
        "--data-dir",
        str(data_copy),
    ]
    ok = subprocess.run(cmd + [f"{k}={v}" for k, v in GOOD.items()], capture_output=True, text=True)
    assert ok.returncode == 0 and "added observations.csv:19" in ok.stdout
    bad = {**GOOD, "indicator_id": "nope", "ref_date": "2019-01-01"}
    out = subprocess.run(cmd + [f"{k}={v}" for k, v in bad.items()], capture_output=True, text=True)
    assert out.returncode == 3
    assert "observations.csv:20:indicator_id: 'nope' is not a known indicator_id" in out.stderr


def _growth_script():
    """scripts/check_data_growth.py: the README's commands and the article they cite."""
    import importlib.util

    from conftest import ROOT

    path = ROOT / "scripts" / "check_data_growth.py"
    spec = importlib.util.spec_from_file_location("check_data_growth", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_data_readme_examples_work(data_copy):
    """The documented way to add a source, event, commitment and observation really works."""
    from conftest import PROJECT_DATA

    script = _growth_script()
    commands = script.readme_commands(PROJECT_DATA / "README.md")
    assert [c[2] for c in commands] == ["source", "event", "commitment", "observation"]
    # The made-up article the examples cite (never in data/).
    (data_copy / "sources" / "dl-26001.txt").write_text(script.ARTICLE, encoding="utf-8")
    for cmd in commands:
        out = subprocess.run(
            [sys.executable, "-m", "counterpart.cli", *cmd[1:], "--data-dir", str(data_copy)],
            capture_output=True,
            text=True,
        )
        assert out.returncode == 0, (cmd[2], out.stderr)
    ds = load_dataset(data_copy)
    latest = ds.observations[
        ds.observations["indicator_id"] == "dalian-liupanshui-funds-cumulative"
    ]
    assert sorted(latest["value"]) == [487_000_000, 787_000_000]
