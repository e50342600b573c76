"""Untrusted text stays text; figures keep their qualifiers; parameters fail with the valid list."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import NOTEBOOKS

from counterpart.errors import ParameterError
from counterpart.reports import render
from counterpart.reports.params import check_pairing, resolve_as_of
from counterpart.reports.tables import table_html
from counterpart.runner.notebooks import (
    check_parameter_names,
    notebook_parameters,
    select_notebooks,
)

HOSTILE = [
    "<script>alert(1)</script>",
    "**x** [y](javascript:alert(1))",
    '"><img src=x onerror=alert(1)>',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_table_cells_are_escaped(text):
    out = table_html(pd.DataFrame({"name": [text]}))
    assert "<script" not in out and "<img" not in out
    assert render.esc(text) in out


def test_fill_escapes_values_not_template():
    out = render.fill("<p><strong>{name}</strong></p>", name="<b>x</b>")
    assert out == "<p><strong>&lt;b&gt;x&lt;/b&gt;</strong></p>"


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "cumulative", "text"),
    [
        (487_000_000, "yuan", "exact", True, "487 million yuan (cumulative)"),
        (600, "projects", "about", True, "about 600 projects (cumulative)"),
        (10_000, "persons", "about", False, "about 10,000 people"),
        (3_600_000_000, "yuan", "exact", False, "3.6 billion yuan"),
        (2_000_000_000, "yuan", "more than", True, "more than 2 billion yuan (cumulative)"),
        (1_805_000_000, "yuan", "exact", False, "1.805 billion yuan"),  # not "1805 million"
        (1_234_567_890, "yuan", "exact", False, "1,234,567,890 yuan"),  # every digit kept
        (75_300_000, "yuan", "exact", False, "75.3 million yuan"),
        (pd.NA, "yuan", None, None, "no figure given"),
    ],
)
def test_format_quantity(value, unit, qualifier, cumulative, text):
    assert render.format_quantity(value, unit, qualifier, cumulative) == text


def test_format_date_marks_inference_and_unknown():
    assert render.format_date(pd.Timestamp("2019-08-30"), "inferred") == "2019-08-30 (inferred)"
    assert render.format_date(pd.NaT) == "unknown"


def test_as_of_accepts_iso_and_today_only():
    assert resolve_as_of("2019-12-31") == dt.date(2019, 12, 31)
    assert resolve_as_of("today", today=dt.date(2026, 1, 2)) == dt.date(2026, 1, 2)
    for bad in ("31/12/2019", "2019-13-01", "yesterday"):
        with pytest.raises(ParameterError, match="expected YYYY-MM-DD"):
            resolve_as_of(bad)


def test_unknown_pairing_lists_valid_ids():
    with pytest.raises(ParameterError) as info:
        check_pairing("dalian-liupanshu", ["liaoning-guizhou", "dalian-liupanshui"])
    msg = str(info.value)
    assert "Valid pairings: dalian-liupanshui, liaoning-guizhou" in msg
    assert "Did you mean 'dalian-liupanshui'?" in msg


def test_notebooks_declare_the_contract():
    paths = select_notebooks(NOTEBOOKS, None)
    assert [p.name for p in paths] == [
        "01-context.ipynb",
        "02-actors.ipynb",
        "03-commitments.ipynb",
        "04-indicators.ipynb",
    ]
    for path in paths:
        params = notebook_parameters(path)
        assert params["pairing"]["default"] == '"dalian-liupanshui"'
        assert params["as_of"]["default"] == '"today"'
        assert params["data_dir"]["default"] == '""'
        assert all(p["help"] for p in params.values()), path
        assert all(p["type"] == "str" for p in params.values()), path  # --help-notebook shows it


def test_unknown_parameter_and_notebook_names():
    with pytest.raises(ParameterError, match="Its parameters: pairing, as_of, data_dir"):
        check_parameter_names(NOTEBOOKS / "01-context.ipynb", {"pairng": "x"})
    with pytest.raises(
        ParameterError, match="Valid notebooks: context, actors, commitments, indicators"
    ):
        select_notebooks(NOTEBOOKS, ["summary"])
    assert select_notebooks(NOTEBOOKS, ["actors"])[0].name == "02-actors.ipynb"


def test_what_changed_compares_with_the_month_a_year_before_so_nights_do_not_slide_it():
    """The default window moves once a month: two nights in a row compare with the same date, so
    a night without news changes no report (a fact published exactly a year before would
    otherwise leave the window every night)."""
    from counterpart.reports.params import resolve_previous_as_of

    assert resolve_previous_as_of("", dt.date(2021, 1, 1)) == dt.date(2020, 1, 1)
    assert resolve_previous_as_of("", dt.date(2021, 1, 2)) == dt.date(2020, 1, 1)
    assert resolve_previous_as_of(None, dt.date(2024, 2, 29)) == dt.date(2023, 2, 1)
    assert resolve_previous_as_of("2020-06-30", dt.date(2021, 1, 2)) == dt.date(2020, 6, 30)
