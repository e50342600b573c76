"""Tables an analyst can filter: citations travel with the rows, text stays text everywhere."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest
from conftest import DATA
from IPython.core.interactiveshell import InteractiveShell
from matplotlib.figure import Figure

from counterpart.dataset import load_dataset
from counterpart.dataset.scope import Scope, scope_dataset
from counterpart.reports.tables import install_display, make_table, source_line, table_html

HOSTILE = "<script>alert(1)</script> & <b>bold</b>"


def _table() -> pd.DataFrame:
    rows = pd.DataFrame(
        {
            "name": ["Visit to Dalian", HOSTILE, "Forum"],
            "kind": ["visit", "meeting", "forum"],
            "source_id": ["a", "b", "a"],
            "paragraph": [2, 5, 3],
        }
    )
    numbers = {"a": 1, "b": 7}
    return make_table(
        rows,
        {"name": "Event", "kind": "Kind"},
        refs=lambda r: [(numbers[r["source_id"]], r["paragraph"])],
        empty="No event by this date.",
    )


def test_the_source_line_follows_the_rows_an_analyst_keeps():
    t = _table()
    assert "Source: [1] ¶2, 3; [7] ¶5" in table_html(t)
    visits = t[t["Kind"] == "visit"]
    html = table_html(visits)
    assert "Source: [1] ¶2</p>" in html and "[7]" not in html and "Forum" not in html
    assert "_refs" not in html  # the hidden column is not shown
    renamed = t.rename(columns={"Event": "What happened"})
    assert "<th>What happened</th>" in table_html(renamed)


def test_an_emptied_table_says_so_in_its_own_words():
    t = _table()
    html = table_html(t[t["Kind"] == "signing"])
    assert "No event by this date." in html and "<table" not in html


def test_cell_text_is_escaped_in_house_tables_and_in_stylers():
    html = table_html(_table())
    assert "<script" not in html and "<b>bold" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    install_display()  # what open_report does: an analyst's own Styler escapes too
    styled = _table().style.highlight_max(subset=["Kind"]).to_html()
    assert "<script" not in styled and "&lt;script&gt;" in styled


def test_a_notebook_shows_dataframes_and_figures_in_the_house_style():
    shell = InteractiveShell.instance()
    install_display()
    data, _ = shell.display_formatter.format(_table())
    assert data["text/html"].startswith('<div class="cp-table-block"><table class="cp-table">')
    assert "&lt;script&gt;" in data["text/html"] and "Source: [1]" in data["text/html"]
    fig = Figure(figsize=(2, 1))
    fig.add_subplot().set_title("A title an analyst changed")
    data, _ = shell.display_formatter.format(fig)
    assert data["image/png"][:4] == b"\x89PNG"


def test_source_line_without_citations_says_none():
    assert "Source: none" in source_line([])


def test_scope_tables_are_real_attributes():
    names = {f.name for f in dataclasses.fields(Scope)}
    assert {"events", "commitments", "indicators", "observations", "actors"} <= names
    assert "__getattr__" not in Scope.__dict__  # completion sees every table
    ds = load_dataset(DATA)
    scope = scope_dataset(ds, ds.pairings["pairing_id"].iloc[0], pd.Timestamp("2030-01-01").date())
    assert scope.tables["events"] is scope.events
    with pytest.raises(AttributeError):
        scope.evnts  # noqa: B018 - a typo fails as any attribute does


def test_a_header_from_the_data_that_starts_with_an_underscore_is_shown():
    import pandas as pd

    from counterpart.reports.tables import REFS, table_html

    df = pd.DataFrame({"Name": ["a"], "_": ["b"], "_note": ["c"], REFS: [[]]})
    html = str(table_html(df))
    assert "<th>_</th>" in html and "<th>_note</th>" in html and REFS not in html
