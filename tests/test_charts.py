"""The house charts, checked on what they draw: every participation, every role, readable keys."""

from __future__ import annotations

import datetime as dt
import io
import warnings

import matplotlib.colors as mcolors
import pandas as pd
from matplotlib.legend import Legend

from counterpart.dataset.scope import scope_dataset
from counterpart.reports import charts


def _points(fig) -> int:
    return sum(len(c.get_offsets()) for ax in fig.axes for c in ax.collections)


def _legend(fig) -> list[str]:
    return [t.get_text() for lg in fig.findobj(Legend) for t in lg.get_texts()]


def _all_text(fig) -> str:
    return "\n".join(t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")))


def test_every_role_the_schema_allows_has_its_own_marker(ds):
    field = ds.schema["participations"].field("role")
    roles = set(field.enum)
    assert roles <= set(charts.ROLE_MARKERS), roles - set(charts.ROLE_MARKERS)
    assert len(set(charts.ROLE_MARKERS.values())) == len(charts.ROLE_MARKERS)


def test_participation_matrix_draws_every_participation_and_names_every_event(ds):
    scope = scope_dataset(ds, "dalian-liupanshui", dt.date(2026, 11, 25))
    parts = scope.participations
    fig = charts.participation_chart(parts, ds.actors, scope.events, "Who took part in what")
    assert _points(fig) == len(parts) > 20
    matrix = fig.axes[0]
    events = parts["event_id"].nunique()
    labels = [t.get_text() for t in matrix.get_xticklabels()]
    assert labels == [str(i) for i in range(1, events + 1)]
    text = _all_text(fig)
    for name in scope.events[scope.events["event_id"].isin(parts["event_id"])]["name"]:
        # the key may wrap a long name; every word of it is there, in order
        assert " ".join(name.split()[:4]) in " ".join(text.split()), name
    # The organisers of the industry symposium (role "organised") are drawn, not left blank.
    organised = parts[parts["role"] == "organised"]
    assert len(organised) >= 1
    assert "organised" in _legend(fig)


def test_participation_rows_are_coloured_by_side(ds):
    scope = scope_dataset(ds, "dalian-liupanshui", dt.date(2026, 11, 25))
    fig = charts.participation_chart(
        scope.participations, ds.actors, scope.events, "Who took part in what"
    )
    sides = ds.actors.set_index("name")["side"]
    for tick in fig.axes[0].get_yticklabels():
        want = charts.SIDE_COLOURS[sides[tick.get_text()]]
        assert mcolors.to_hex(tick.get_color()) == want.lower(), tick.get_text()


def test_a_role_without_a_marker_is_still_drawn(ds):
    scope = scope_dataset(ds, "dalian-liupanshui", dt.date(2026, 11, 25))
    parts = scope.participations.copy()
    parts.loc[parts.index[0], "role"] = "hosted"
    fig = charts.participation_chart(parts, ds.actors, scope.events, "Who took part in what")
    assert _points(fig) == len(parts)
    assert "hosted" in _legend(fig)


def test_source_text_in_a_title_is_never_mathtext():
    events = pd.DataFrame(
        {
            "name": ["Fund of $5$ million_yuan"],
            "kind": ["visit"],
            "start_date": [pd.Timestamp("2019-08-29")],
            "end_date": [pd.Timestamp("2019-08-31")],
        }
    )
    fig = charts.timeline_chart(events, "Costs $x^2$ and $y$")
    fig.savefig(io.BytesIO(), format="png")  # mathtext would fail or eat the dollars here
    assert fig.axes[0].get_title(loc="left") == "Costs $x^2$ and $y$"
    assert "Fund of $5$ million_yuan" in [t.get_text() for t in fig.axes[0].get_yticklabels()]


def test_names_in_characters_are_drawn_not_boxes():
    """Event names and labels in Chinese need a CJK font: without one matplotlib draws empty boxes
    and warns "Glyph … missing from font(s)"."""
    events = pd.DataFrame(
        {
            "name": ["大连市党政代表团赴六盘水考察", "Liupanshui fair"],
            "kind": ["visit", "fair"],
            "start_date": [pd.Timestamp("2019-08-29"), pd.Timestamp("2019-09-12")],
            "end_date": [pd.Timestamp("2019-08-31"), pd.NaT],
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph is a UserWarning
        png = charts.figure_png(charts.timeline_chart(events, "大连 → 六盘水 events"))
    assert png.startswith(b"\x89PNG")


def test_no_dated_event_means_no_timeline_and_no_value_says_no_data(ds):
    events = pd.DataFrame(
        {"name": ["x"], "kind": ["visit"], "start_date": [pd.NaT], "end_date": [pd.NaT]}
    )
    assert charts.timeline_chart(events, "t") is None
    indicator = ds.indicators.iloc[0]
    empty = ds.observations.iloc[0:0]
    fig = charts.indicator_chart(indicator, empty, dt.date(2026, 11, 25))
    assert "No data yet" in _all_text(fig)
    assert "no reported value yet" in fig.axes[0].get_title(loc="left")
