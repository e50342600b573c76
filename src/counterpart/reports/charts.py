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
OBSERVED, TARGET, YEARLY = "#000000", "#666666", "#56B4E9"
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


KIND_ORDER = ("yearly", "period", "cumulative", "level")
KIND_TITLES = {
    "yearly": "each year's value",
    "period": "totals over a stated period (bar from its first to its last day)",
    "cumulative": "running totals",
    "level": "levels at a date",
    "reported": "reported values",
}
MANY = 6  # beyond this many points, only the first, the last and the largest are labelled


def _kinds(indicator: pd.Series, obs: pd.DataFrame) -> pd.Series:
    """Each observation's kind; without the column, what the indicator says it measures."""
    if "kind" in obs:
        return obs["kind"].astype(object).where(obs["kind"].notna(), "reported")
    kind = "cumulative" if indicator.get("cumulative") is True else "reported"
    return pd.Series(kind, index=obs.index, dtype=object)


def _label_points(ax, obs: pd.DataFrame, x) -> None:
    picks = list(obs.index)
    if len(obs) > MANY:  # a long series costs three labels, not one per point
        picks = list(
            dict.fromkeys([obs.index[0], obs["value"].astype(float).idxmax(), obs.index[-1]])
        )
    for n, i in enumerate(picks):
        o = obs.loc[i]
        qual = "" if o["qualifier"] == "exact" else f"{o['qualifier']} "
        ax.annotate(
            f"{qual}{format_number(o['value'])}",
            (x(o), o["value"]),
            textcoords="offset points",
            xytext=(4, 6 + 10 * (n % 2)),  # neighbours alternate heights, so labels do not collide
            fontsize=8,
        )


def _draw_kind(ax, kind, obs: pd.DataFrame, target, unit) -> None:
    """One kind of observation on its own axes: a line for series, bars for periods."""
    if kind == "period" and "period_start" in obs:
        for _, o in obs.iterrows():
            start = o["period_start"] if pd.notna(o["period_start"]) else o["ref_date"]
            ax.plot([start, o["ref_date"]], [o["value"], o["value"]], color=OBSERVED, lw=3)
            ax.plot([o["ref_date"]], [o["value"]], marker="o", color=OBSERVED)
        _label_points(ax, obs, lambda o: o["ref_date"])
    elif kind == "yearly":  # a bar per year: nothing is implied about the years between
        middle = obs["ref_date"].map(lambda d: pd.Timestamp(d.year, 7, 1))
        ax.bar(middle, obs["value"], width=300, color=YEARLY)
        _label_points(ax, obs.assign(ref_date=middle), lambda o: o["ref_date"])
    else:
        ax.plot(obs["ref_date"], obs["value"], marker="o", color=OBSERVED, lw=1.5)
        _label_points(ax, obs, lambda o: o["ref_date"])
    if target is not None:
        ax.axhline(target, color=TARGET, ls="--", lw=1, label="target")
        ax.legend(loc="lower right")
    top = max(float(obs["value"].max()), target or 0.0)
    ax.set_ylim(bottom=0, top=top * 1.3 or 1)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v)))
    ax.set_ylabel(unit if unit != "milestone" else "done (1) / not (0)")
    ax.set_title(KIND_TITLES.get(kind, str(kind)), fontsize=9, loc="left")
    ax.grid(True, axis="y")


def indicator_chart(
    indicator: pd.Series, observations: pd.DataFrame, as_of: dt.date, leave_out=()
) -> Figure:
    """Observed values over time, one panel per kind of observation, with the target if known.

    A yearly value, a period total, a running total and a level measure different things, so each
    kind gets its own axes: they are never drawn on one axis. ``leave_out`` holds observation ids
    a recorded conflict decided against (the report's table of conflicts shows them)."""
    obs = observations[observations["indicator_id"] == indicator["indicator_id"]]
    obs = obs[~obs["observation_id"].isin(set(leave_out))]
    obs = obs[obs["ref_date"] <= pd.Timestamp(as_of)].sort_values("ref_date")
    unit = indicator["unit"]
    kinds = _kinds(indicator, obs)
    present = [k for k in KIND_ORDER if (kinds == k).any()]
    present += [k for k in dict.fromkeys(kinds) if k not in present]
    target = indicator["target_value"]
    target = float(target) if pd.notna(target) else None
    # The target belongs to the kind the indicator tracks (a running total, or one year's value).
    target_kind = "cumulative" if indicator.get("cumulative") is True else "yearly"
    if target_kind not in present:
        target_kind = next(
            (k for k in present if k != "cumulative"), present[0] if present else None
        )
    with mpl.style.context(STYLE):
        fig = _figure(1.1 if obs.empty else 0.5 + 2.0 * len(present))
        if obs.empty:
            ax = fig.add_subplot()
            ax.set_title(_wrap(f"{indicator['name']}: no reported value yet", TITLE_WIDTH))
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
        shown = "reported value" + ("s" if len(obs) > 1 else "")
        if target is not None:
            shown += " against the target"
        fig.suptitle(_wrap(f"{indicator['name']}: {shown}", TITLE_WIDTH), fontweight="bold")
        axes = fig.subplots(len(present), 1, sharex=True, squeeze=False)[:, 0]
        for ax, kind in zip(axes, present, strict=True):
            part = obs[kinds == kind]
            _draw_kind(ax, kind, part, target if kind == target_kind else None, unit)
        if len(obs) == 1:
            axes[-1].text(
                0.99,
                0.04,
                "one observation",
                transform=axes[-1].transAxes,
                ha="right",
                fontsize=8,
                color="#666666",
            )
        starts = obs["period_start"].dropna() if "period_start" in obs else pd.Series([])
        first = min([obs["ref_date"].min(), *starts])
        last = obs["ref_date"].max()
        pad = max((last - first) * 0.08, pd.Timedelta(days=120))
        axes[-1].set_xlim(first - pad, last + pad)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        axes[-1].xaxis.set_major_locator(locator)
        axes[-1].xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        return fig


# Okabe-Ito without the two side colours, for series that are neither east nor west.
SERIES_COLOURS = ("#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#F0E442", "#000000", "#999999")


def comparison_chart(rows: pd.DataFrame, measure: str, labels: dict, title: str) -> Figure | None:
    """One measure, pairings side by side: a group of bars per year (or per period a total
    covers, so only totals over the same years share a group), a colour per pairing.

    ``rows`` come from ``compare.comparison_rows``; only those of ``measure`` are drawn, so like
    stands beside like. None when fewer than two pairings report it."""
    rows = rows[rows["measure"] == measure]
    pairings = list(dict.fromkeys(rows.sort_values("pairing_id")["pairing_id"]))
    if len(pairings) < 2:
        return None
    groups = rows.drop_duplicates("covers").sort_values(["year", "covers"])["covers"].tolist()
    width = 0.8 / len(pairings)
    with mpl.style.context(STYLE):
        fig = _figure(2.8)
        ax = fig.add_subplot()
        for i, pid in enumerate(pairings):
            part = rows[rows["pairing_id"] == pid]
            xs = [groups.index(c) - 0.4 + width * (i + 0.5) for c in part["covers"]]
            colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
            ax.bar(xs, part["value"], width=width * 0.95, color=colour, label=labels.get(pid, pid))
        ax.set_xticks(range(len(groups)), groups, rotation=30 if len(groups) > 8 else 0)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v)))
        ax.set_ylabel(str(rows["unit"].iloc[0]))
        ax.grid(True, axis="y")
        ax.legend(loc="upper left", fontsize=7.5)
        ax.set_title(_wrap(f"{title} ({measure})", TITLE_WIDTH))
        return fig


def figure_png(fig: Figure) -> bytes:
    """The figure as PNG bytes at print resolution (200 dpi), in the house style.

    Drawn once on an Agg canvas and saved as RGB with light compression: ``savefig`` draws
    twice (a layout pass, then the picture) and writes RGBA, whose alpha channel the PDF
    exporter then splits off and compresses again. The pixels are the same; a chart costs
    about a sixth less."""
    import io

    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    dpi = fig.get_dpi()
    try:
        with mpl.style.context(STYLE):
            fig.set_dpi(200)
            canvas = FigureCanvasAgg(fig)
            canvas.draw()
            image = Image.fromarray(np.asarray(canvas.buffer_rgba())).convert("RGB")
    finally:
        fig.set_dpi(dpi)
    buf = io.BytesIO()
    image.save(buf, format="png", compress_level=1, dpi=(200, 200))
    return buf.getvalue()


def figure_html(fig: Figure, alt: str) -> str:
    """The figure as an embedded PNG ``<img>``: self-contained, same in JupyterLab, HTML and PDF."""
    import base64
    import html

    data = base64.b64encode(figure_png(fig)).decode("ascii")
    return f'<img class="cp-chart" alt="{html.escape(alt, quote=True)}" src="data:image/png;base64,{data}">'
