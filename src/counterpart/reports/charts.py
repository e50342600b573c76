"""House-style charts. Each function takes scoped tables and returns a matplotlib Figure.

Figures are built with ``matplotlib.figure.Figure`` (not pyplot), so a notebook shows each exactly
once, where it calls ``display``. East is always blue and west always vermillion, and those two
colours mean nothing else in any chart: kinds, observations and targets use the rest of the
Okabe-Ito palette, so a reader who learns the two sides once can read every chart.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import matplotlib.style
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from .render import format_date, format_number

STYLE = Path(__file__).with_name("counterpart.mplstyle")
SIDE_COLOURS = {"east": "#0072B2", "west": "#D55E00", "central": "#666666", None: "#999999"}
# Okabe-Ito without the two side colours: distinguishable with any colour-vision deficiency.
KIND_COLOURS = {
    "reported achievement": "#009E73",
    "pledge": "#E69F00",
    "agreement": "#CC79A7",
    "request": "#999999",
}
EVENT_COLOURS = {"visit": "#009E73", None: "#CC79A7"}
OBSERVED, TARGET = "#000000", "#666666"
ROLE_MARKERS = {
    "led": "*",
    "accompanied": "D",
    "presided": "s",
    "reported": "^",
    "spoke": "o",
    "attended": ".",
    "visited": "P",
    "signed": "X",
    "met": "v",
    "organised": "p",
}
OTHER_ROLE_MARKER = "h"  # a role the schema gains later is still drawn, never silently dropped


def use_house_style() -> None:
    """Apply the house style to every later figure (notebooks call this once)."""
    mpl.style.use(STYLE)


# Characters of a bold 10.5 pt title that fit over the axes of a 6.8 in (A4 text width) figure.
TITLE_WIDTH = 64


def _wrap(text: str, width: int = 42) -> str:
    return "\n".join(textwrap.wrap(str(text), width)) or str(text)


def _hanging(text: str, width: int) -> str:
    """Wrap with the continuation lines indented, so a numbered key stays easy to scan."""
    return "\n".join(textwrap.wrap(text, width, subsequent_indent="      ")) or text


def _figure(height: float) -> Figure:
    with mpl.style.context(STYLE):
        return Figure(figsize=(6.8, height))


def timeline_chart(events: pd.DataFrame, title: str) -> Figure | None:
    """Dated events as bars from start to end day, in date order; None if nothing is dated."""
    dated = events[events["start_date"].notna()].sort_values(["start_date", "end_date"])
    if dated.empty:
        return None
    with mpl.style.context(STYLE):
        fig = _figure(0.9 + 0.42 * len(dated))
        ax = fig.add_subplot()
        span = max((dated["end_date"].max() - dated["start_date"].min()).days, 1)
        for i, (_, e) in enumerate(dated.iterrows()):
            start = e["start_date"]
            end = e["end_date"] if pd.notna(e["end_date"]) else start
            colour = EVENT_COLOURS.get(e["kind"], EVENT_COLOURS[None])
            days = (end - start).days + 1
            if days < span / 150:  # too short to see as a bar on this scale: a marker instead
                ax.plot(mdates.date2num(start), i, marker="D", color=colour, ms=6)
            else:
                ax.barh(i, days, left=mdates.date2num(start) - 0.5, height=0.55, color=colour)
        ax.set_yticks(range(len(dated)), [_wrap(n, 48) for n in dated["name"]])
        ax.invert_yaxis()
        kinds = ["visit"] if (dated["kind"] == "visit").any() else []
        kinds += ["other event"] if (dated["kind"] != "visit").any() else []
        ax.legend(
            handles=[
                Patch(color=EVENT_COLOURS["visit" if k == "visit" else None], label=k)
                for k in kinds
            ],
            loc="upper right",  # events run from top left to bottom right: this corner is free
        )
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
        ax.set_title(_wrap(title, TITLE_WIDTH))
        return fig


def participation_chart(
    participations: pd.DataFrame, actors: pd.DataFrame, events: pd.DataFrame, title: str
) -> Figure | None:
    """Who took part in what: actors (rows, coloured by side) × events (numbered columns).

    Event names are too long for column labels at print size, so the columns are numbered in date
    order and a key under the chart names each event; the marker gives the role.
    """
    if participations.empty:
        return None
    names = actors.set_index("actor_id")
    order = {"east": 0, "central": 1, "west": 2}
    people = participations["actor_id"].drop_duplicates().tolist()
    people.sort(
        key=lambda a: (
            order.get(names.loc[a, "side"], 3),
            names.loc[a, "kind"] != "person",
            names.loc[a, "name"],
        )
    )
    ev = events[events["event_id"].isin(participations["event_id"])]
    ev = ev.sort_values(["start_date", "event_id"], na_position="last")  # undated ones last
    ev_ids = ev["event_id"].tolist()
    key = [
        _hanging(
            f"{i}  {format_date(e['start_date'], e['date_basis'], e['date_precision'])}  "
            f"{e['name']}",
            124,
        )
        for i, (_, e) in enumerate(ev.iterrows(), start=1)
    ]
    key_lines = sum(k.count("\n") + 1 for k in key)
    roles = [r for r in ROLE_MARKERS if r in set(participations["role"])]
    roles += sorted(set(participations["role"]) - set(ROLE_MARKERS))
    with mpl.style.context(STYLE):
        matrix_height = 1.6 + 0.24 * len(people)
        key_height = 0.15 + 0.15 * key_lines
        fig = _figure(matrix_height + key_height)
        top, bottom = fig.subfigures(2, 1, height_ratios=[matrix_height, key_height])
        ax = top.add_subplot()
        # Several roles of one actor at one event sit side by side instead of on top of each other.
        slot = participations.groupby(["actor_id", "event_id"]).cumcount()
        count = participations.groupby(["actor_id", "event_id"])["role"].transform("size")
        offset = (slot - (count - 1) / 2) * 0.3
        for role in roles:
            mask = participations["role"] == role
            sub = participations[mask]
            xs = [ev_ids.index(e) + d for e, d in zip(sub["event_id"], offset[mask], strict=True)]
            ys = [people.index(a) for a in sub["actor_id"]]
            marker = ROLE_MARKERS.get(role, OTHER_ROLE_MARKER)
            ax.scatter(xs, ys, marker=marker, s=34, color="#222222", label=role, zorder=3)
        ax.set_yticks(range(len(people)), [names.loc[a, "name"] for a in people])
        for tick, a in zip(ax.get_yticklabels(), people, strict=True):
            tick.set_color(SIDE_COLOURS.get(names.loc[a, "side"], "#999999"))
        ax.set_xticks(range(len(ev_ids)), [str(i) for i in range(1, len(ev_ids) + 1)])
        ax.set_xlabel("event, numbered in date order (key below)")
        ax.set_xlim(-0.6, len(ev_ids) - 0.4)
        ax.invert_yaxis()
        ax.grid(True, axis="both", color="#eeeeee")
        ax.set_title(_wrap(title, TITLE_WIDTH))
        # The legend goes under the axes, so the matrix gets the whole width between the names.
        top.legend(loc="outside lower center", ncols=min(len(roles), 6), title="role")
        bottom.text(0.01, 1, "\n".join(key), va="top", ha="left", fontsize=7.5, linespacing=1.35)
        return fig


def commitments_by_area_chart(commitments: pd.DataFrame, areas: pd.DataFrame, title: str):
    """Count of commitments per area, stacked by kind; None if there are none."""
    if commitments.empty:
        return None
    labels = areas.set_index("area_id")["label"]
    counts = commitments.groupby(["area_id", "kind"]).size().unstack(fill_value=0)
    counts = counts.loc[counts.sum(axis=1).sort_values().index]
    with mpl.style.context(STYLE):
        fig = _figure(1.0 + 0.3 * len(counts))
        ax = fig.add_subplot()
        left = pd.Series(0, index=counts.index)
        for kind, colour in KIND_COLOURS.items():
            if kind not in counts:
                continue
            ax.barh(
                [labels[a] for a in counts.index],
                counts[kind],
                left=left,
                color=colour,
                label=kind,
                height=0.6,
            )
            left = left + counts[kind]
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_xlabel("number of commitments")
        ax.legend(loc="lower right")
        ax.set_title(_wrap(title, TITLE_WIDTH))
        return fig


MAX_VALUE_LABELS = 12


def indicator_chart(indicator: pd.Series, observations: pd.DataFrame, as_of: dt.date) -> Figure:
    """Observed values over time, with the target when one is known; says plainly when empty."""
    obs = observations[observations["indicator_id"] == indicator["indicator_id"]]
    obs = obs[obs["ref_date"] <= pd.Timestamp(as_of)].sort_values("ref_date")
    unit = indicator["unit"]
    with mpl.style.context(STYLE):
        fig = _figure(2.3 if len(obs) else 1.1)
        ax = fig.add_subplot()
        if obs.empty:
            shown = "no reported value yet"
        else:
            target = " against the target" if pd.notna(indicator["target_value"]) else ""
            shown = "reported value" + ("s" if len(obs) > 1 else "") + target
        ax.set_title(_wrap(f"{indicator['name']}: {shown}", TITLE_WIDTH))
        ax.grid(True, axis="y")
        if obs.empty:
            ax.text(
                0.5,
                0.5,
                "No data yet: no source reports a value by this date.",
                ha="center",
                va="center",
                transform=ax.transAxes,
                fontsize=10,
                color="#444444",
            )
            ax.set_xticks([])
            ax.set_yticks([])
            ax.spines[:].set_visible(False)
            return fig
        ax.plot(obs["ref_date"], obs["value"], marker="o", color=OBSERVED, lw=1.5, label="reported")
        # Every value is labelled while the labels can be read; past that only the latest is,
        # so that a long series costs one line, not one text per point.
        labelled = obs if len(obs) <= MAX_VALUE_LABELS else obs.tail(1)
        for _, o in labelled.iterrows():
            qual = "" if o["qualifier"] == "exact" else f"{o['qualifier']} "
            ax.annotate(
                f"{qual}{format_number(o['value'])}",
                (o["ref_date"], o["value"]),
                textcoords="offset points",
                xytext=(6, 6),
                fontsize=8.5,
            )
        if pd.notna(indicator["target_value"]):
            ax.axhline(
                float(indicator["target_value"]),
                color=TARGET,
                ls="--",
                lw=1,
                label="target",
            )
            ax.legend(loc="lower right")
        if len(obs) == 1:
            ax.text(
                0.99,
                0.04,
                "one observation",
                transform=ax.transAxes,
                ha="right",
                fontsize=8,
                color="#666666",
            )
        target = indicator["target_value"]
        top = max(float(obs["value"].max()), float(target) if pd.notna(target) else 0.0)
        ax.set_ylim(bottom=0, top=top * 1.3 or 1)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v)))
        ax.set_ylabel(unit if unit != "milestone" else "done (1) / not (0)")
        first, last = obs["ref_date"].min(), obs["ref_date"].max()
        pad = max((last - first) * 0.1, pd.Timedelta(days=120))
        ax.set_xlim(first - pad, last + pad)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=6)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        return fig


def figure_html(fig: Figure, alt: str) -> str:
    """The figure as an embedded PNG ``<img>``: self-contained, same in JupyterLab, HTML and PDF."""
    import base64
    import html
    import io

    buf = io.BytesIO()
    with mpl.style.context(STYLE):
        fig.savefig(buf, format="png", dpi=200, metadata={"Software": None})
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return f'<img class="cp-chart" alt="{html.escape(alt, quote=True)}" src="data:image/png;base64,{data}">'
