"""The tables and sentences of the report notebooks, built from a Report's scoped data.

Tables come back as pandas DataFrames (``tables.make_table``: reader-facing columns plus each row's
citations), so a notebook cell can filter, sort or drop columns before showing one; sentences
built from data come back as escaped ``Html``. Kept here rather than in the notebooks so they are
tested, and so the notebooks read as documents: a heading, a sentence, a call, a chart.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from . import render
from .indicators import summarise_indicators
from .render import Html, esc, fill, format_date, format_date_range, format_quantity
from .report import Report
from .tables import make_table

SIDE_ORDER = {"east": 0, "west": 1, "central": 2}


def _name(report: Report, actor_id) -> str:
    return report.scope.actor_name(actor_id)


# --- context ---------------------------------------------------------------------------------


def pairing_overview(report: Report) -> Html:
    """Who supports whom, under which programme, and where the pairing sits in the hierarchy."""
    s, ds = report.scope, report.dataset
    p = s.pairing
    parts = [
        fill(
            "<p><strong>{east}</strong> (east) supports <strong>{west}</strong> (west): a {level} "
            "pairing under {programme}. Pairing since: {since} {cite}.</p>",
            east=_name(report, p["east_actor_id"]),
            west=_name(report, p["west_actor_id"]),
            level=p["level"],
            programme=p["programme"],
            since=p["since"],
            cite=render.citation(report.numbers, p["since_source_id"])
            if pd.notna(p["since_source_id"])
            else "",
        )
    ]
    if pd.notna(p["parent_pairing_id"]):
        parent = ds.pairings.set_index("pairing_id").loc[p["parent_pairing_id"]]
        parts.append(
            fill(
                "<p>It sits under the {level} pairing <strong>{east} → {west}</strong> "
                "({pid}).</p>",
                level=parent["level"],
                east=_name(report, parent["east_actor_id"]),
                west=_name(report, parent["west_actor_id"]),
                pid=p["parent_pairing_id"],
            )
        )
    if report.has_members:
        levels = report.family.pairings.loc[
            report.family.pairings["pairing_id"] != s.pairing_id, "level"
        ].value_counts()
        parts.append(
            fill(
                "<p>Under it: {n} pairing(s) ({levels}). This report lays out the records of "
                "{label} itself; each pairing under it has one line in <em>The pairings under "
                "this one</em>, with a link to its own report.</p>",
                n=int(levels.sum()),
                levels=", ".join(f"{c} {lvl}" for lvl, c in levels.items()),
                label=report.pairing_label,
            )
        )
    return Html("".join(parts))


def pairings_table(report: Report) -> pd.DataFrame:
    df = report.scope.pairings
    return make_table(
        df,
        {
            "pairing_id": "Pairing",
            "level": "Level",
            "east": "East",
            "west": "West",
            "parent_pairing_id": "Under",
            "since": "Since",
            "source": "Source",
        },
        {
            "east": lambda r: _name(report, r["east_actor_id"]),
            "west": lambda r: _name(report, r["west_actor_id"]),
            "parent_pairing_id": lambda r: (
                r["parent_pairing_id"] if pd.notna(r["parent_pairing_id"]) else "—"
            ),
            "source": report.cite,
        },
        refs=report.refs,
    )


def events_table(report: Report) -> pd.DataFrame:
    ev = report.scope.events.sort_values(["start_date", "event_id"], na_position="last")
    names = report.dataset.events.set_index("event_id")["name"]
    return make_table(
        ev,
        {
            "when": "When",
            "name": "Event",
            "kind": "Kind",
            "place": "Place",
            "parent": "Part of",
            "source": "Source",
        },
        {
            "when": lambda r: (
                format_date_range(
                    r["start_date"], r["end_date"], r["date_basis"], r["date_precision"]
                )
                + (f", {r['time_of_day']}" if pd.notna(r["time_of_day"]) else "")
            ),
            "parent": lambda r: (
                names.get(r["parent_event_id"], "—") if pd.notna(r["parent_event_id"]) else "—"
            ),
            "source": report.cite,
        },
        refs=report.refs,
        empty="No event of this pairing was known by this date.",
    )


def undated_events_note(report: Report) -> Html:
    n = int(report.scope.events["start_date"].isna().sum())
    if not n:
        return Html("")
    return render.callout(
        f"{n} event(s) have no date in the sources and are not on the timeline; "
        "they are listed in the table above with 'unknown' dates."
    )


def headline_figures(report: Report) -> pd.DataFrame:
    """The reported achievements that carry a figure: the pairing's numbers as the sources give them."""
    c = report.scope.commitments
    c = c[(c["kind"] == "reported achievement") & c["quantity"].notna()]
    return make_table(
        c.sort_values("quantity", ascending=False),
        {
            "figure": "Figure",
            "description": "What",
            "as_of": "As of",
            "flow": "From → to",
            "source": "Source",
        },
        {
            "figure": lambda r: format_quantity(
                r["quantity"], r["unit"], r["qualifier"], r["cumulative"]
            ),
            "as_of": lambda r: format_date(r["as_of_date"], r["as_of_basis"]),
            "flow": lambda r: (
                f"{_name(report, r['from_actor_id'])} → {_name(report, r['to_actor_id'])}"
            ),
            "source": report.cite,
        },
        refs=report.refs,
        empty="No figure reported for this pairing by this date.",
    )


# --- actors ----------------------------------------------------------------------------------


def _roles(report: Report, actor_id: str) -> str:
    """'Forum …: presided, spoke; Visit …: led': each event once, with every role there."""
    p = report.scope.participations
    p = p[p["actor_id"] == actor_id]
    names = report.dataset.events.set_index("event_id")["name"]
    by_event = p.groupby("event_id", sort=False)["role"].agg(", ".join)
    return "; ".join(f"{names[e]}: {roles}" for e, roles in by_event.items()) or "—"


def display_name(row: pd.Series) -> str:
    """The name as the sources write it, with the Chinese name beside it when the data has one."""
    zh = row.get("name_zh")
    return f"{row['name']} ({zh})" if isinstance(zh, str) and zh.strip() else str(row["name"])


def _titles(report: Report, actor_id: str) -> str:
    """Each title with the date the source gives it, earliest first."""
    pos = report.scope.positions
    pos = pos[pos["actor_id"] == actor_id].sort_values(["stated_on", "position_id"])
    return (
        "; ".join(
            f"{r['title']} ({format_date(r['stated_on'])}"
            + (", inferred)" if r["stated_on_basis"] == "inferred" else ")")
            for _, r in pos.iterrows()
        )
        or "unknown"
    )


def people_table(report: Report, side: str) -> pd.DataFrame:
    """People of one side, with the titles the sources give them and their role at each event."""
    a = report.scope.actors
    a = a[(a["kind"] == "person") & (a["side"] == side)].sort_values("name")
    pos = report.scope.positions
    return make_table(
        a,
        {
            "name": "Name",
            "titles": "Title(s) as stated (date)",
            "roles": "Role at each event",
            "source": "Source",
        },
        {
            "name": display_name,
            "titles": lambda r: _titles(report, r["actor_id"]),
            "roles": lambda r: _roles(report, r["actor_id"]),
            "source": lambda r: ", ".join(
                sorted(
                    {report.cite(x) for _, x in pos[pos["actor_id"] == r["actor_id"]].iterrows()}
                    | {report.cite(r)}
                )
            ),
        },
        refs=lambda r: report.refs(
            r, *(x for _, x in pos[pos["actor_id"] == r["actor_id"]].iterrows())
        ),
        empty=f"No person of the {side} side is recorded by this date.",
    )


def organisations_table(report: Report) -> pd.DataFrame:
    a = report.scope.actors
    a = a[a["kind"] != "person"].copy()
    a["_o"] = a["side"].map(SIDE_ORDER).fillna(9)
    a = a.sort_values(["_o", "kind", "name"])
    return make_table(
        a,
        {
            "side": "Side",
            "name": "Organisation",
            "kind": "Kind",
            "roles": "Role at each event",
            "source": "Source",
        },
        {
            "name": display_name,
            "roles": lambda r: _roles(report, r["actor_id"]),
            "source": report.cite,
        },
        refs=report.refs,
        empty="No organisation is recorded by this date.",
    )


def participations_table(report: Report) -> pd.DataFrame:
    p = report.scope.participations.merge(
        report.scope.events[
            ["event_id", "name", "start_date", "end_date", "date_basis", "date_precision"]
        ],
        on="event_id",
    )
    p = p.sort_values(["start_date", "event_id", "role"], na_position="last")
    return make_table(
        p,
        {"name": "Event", "when": "When", "actor": "Who", "role": "Role", "source": "Source"},
        {
            "when": lambda r: format_date_range(
                r["start_date"], r["end_date"], r["date_basis"], r["date_precision"]
            ),
            "actor": lambda r: _name(report, r["actor_id"]),
            "source": report.cite,
        },
        refs=report.refs,
        empty="No participation is recorded by this date.",
    )


# --- commitments -----------------------------------------------------------------------------


def commitments_table(report: Report, kind: str) -> pd.DataFrame:
    c = report.scope.commitments
    c = c[c["kind"] == kind].sort_values(["area_id", "commitment_id"])
    labels = report.dataset.areas.set_index("area_id")["label"]
    return make_table(
        c,
        {
            "description": "What",
            "area": "Area (as stated)",
            "flow": "From → to",
            "by": "Stated by",
            "quantity": "Quantity",
            "as_of": "As of",
            "status": "Status",
            "source": "Source",
        },
        {
            "area": lambda r: (
                f"{labels[r['area_id']]} ({r['area_as_stated']})"
                if pd.notna(r["area_as_stated"])
                else labels[r["area_id"]]
            ),
            "flow": lambda r: (
                f"{_name(report, r['from_actor_id'])} → {_name(report, r['to_actor_id'])}"
            ),
            "by": lambda r: (
                _name(report, r["stated_by_id"]) if pd.notna(r["stated_by_id"]) else "—"
            ),
            "quantity": lambda r: format_quantity(
                r["quantity"], r["unit"], r["qualifier"], r["cumulative"]
            ),
            "as_of": lambda r: format_date(r["as_of_date"], r["as_of_basis"]),
            "source": report.cite,
        },
        refs=report.refs,
        empty=f"No {kind} is recorded by this date.",
    )


def agreements_summary(report: Report) -> Html:
    """The agreement sets signed, how many agreements each holds, and which are named."""
    c = report.scope.commitments
    sets = c[(c["kind"] == "agreement") & c["parent_commitment_id"].isna()]
    if sets.empty:
        return render.callout("No agreement is recorded by this date.")
    items = []
    for _, s in sets.iterrows():
        named = c[c["parent_commitment_id"] == s["commitment_id"]]
        total = s["quantity"]
        unnamed = int(total) - len(named) if pd.notna(total) else None
        item = fill(
            "<li><strong>{what}</strong>: {count}. Named: {named}.{rest} {cite}</li>",
            what=s["description"],
            count=format_quantity(total, s["unit"], s["qualifier"]),
            named="; ".join(named["description"]) or "none",
            rest=f" {unnamed} not named in the source." if unnamed else "",
            cite=report.cite(s),
        )
        items.append(item)
    return Html("<ul>" + "".join(items) + "</ul>")


def areas_by_side(report: Report) -> pd.DataFrame:
    """Which cooperation areas each side named, and in what words."""
    c = report.scope.commitments.copy()
    sides = report.dataset.actors.set_index("actor_id")["side"]
    c["side"] = c["from_actor_id"].map(sides)
    labels = report.dataset.areas.set_index("area_id")["label"]
    rows = (
        c.groupby(["side", "area_id"])
        .agg(
            wording=("area_as_stated", lambda s: "; ".join(sorted(set(s.dropna())))),
            kinds=("kind", lambda s: ", ".join(sorted(set(s)))),
            source_id=("source_id", "first"),
            paragraph=(
                "paragraph",
                lambda s: ", ".join(str(int(x)) for x in sorted(set(s.dropna()))),
            ),
        )
        .reset_index()
    )
    rows["_o"] = rows["side"].map(SIDE_ORDER)
    rows = rows.sort_values(["_o", "area_id"])
    numbers = report.numbers
    return make_table(
        rows,
        {
            "side": "Side",
            "area": "Area",
            "wording": "In the source's words",
            "kinds": "As",
            "source": "Source",
        },
        {
            "area": lambda r: labels[r["area_id"]],
            "source": lambda r: f"[{numbers.get(r['source_id'], '?')}] ¶{r['paragraph']}",
        },
        refs=lambda r: [
            (numbers.get(r["source_id"]), int(p)) for p in r["paragraph"].split(", ") if p
        ],
        empty="No cooperation area is named by this date.",
    )


# --- indicators ------------------------------------------------------------------------------


def superseded(report: Report) -> set[str]:
    """Observations (and other rows) a recorded conflict decided against: not charted, not used."""
    from .evidence import losing_rows

    return losing_rows(report.scope.conflicts)


def indicator_summary(report: Report) -> pd.DataFrame:
    """Latest value and status of each indicator, from the observations a conflict did not lose."""
    s = report.scope
    obs = s.observations[~s.observations["observation_id"].isin(superseded(report))]
    return summarise_indicators(s.indicators, obs, s.as_of)


def indicators_table(report: Report) -> pd.DataFrame:
    summary = indicator_summary(report)
    numbers = report.numbers
    return make_table(
        summary,
        {
            "name": "Indicator",
            "latest": "Latest value",
            "latest_date": "Refers to",
            "n": "Observations",
            "baseline": "Baseline",
            "target": "Target",
            "status": "Status",
            "source": "Source",
        },
        {
            "latest": lambda r: (
                format_quantity(r["latest_value"], r["unit"], r["latest_qualifier"])
                if r["observations"]
                else "no data yet"
            ),
            "latest_date": lambda r: format_date(r["latest_date"]) if r["observations"] else "—",
            "n": lambda r: int(r["observations"]),
            "baseline": lambda r: _with_date(r["baseline_value"], r["unit"], r["baseline_date"]),
            "target": lambda r: _with_date(r["target_value"], r["unit"], r["target_date"]),
            "source": lambda r: (
                render.citation(numbers, r["latest_source_id"], r["latest_paragraph"])
                if r["observations"]
                else report.cite(r)
            ),
        },
        refs=lambda r: (
            [(numbers.get(r["latest_source_id"]), r["latest_paragraph"])]
            if r["observations"]
            else report.refs(r)
        ),
        empty="No indicator follows this pairing's commitments by this date.",
    )


def _with_date(value, unit, date) -> str:
    if pd.isna(value):
        return "unknown"
    text = format_quantity(value, unit)
    return f"{text} by {format_date(date)}" if pd.notna(date) else f"{text} (no date given)"


def observation_note(report: Report, indicator_id: str) -> Html:
    """Says plainly how much evidence stands behind an indicator's chart."""
    s = report.scope
    obs = s.observations[s.observations["indicator_id"] == indicator_id]
    obs = obs[obs["ref_date"] <= pd.Timestamp(s.as_of)]
    if obs.empty:
        return render.callout(
            "No data yet: no source known by this date reports a value.", "nodata"
        )
    if len(obs) == 1:
        return render.callout(
            "One observation: the sources report this measure once, so there is no trend yet."
        )
    return render.callout(f"{len(obs)} observations, shown in date order.")


def status_counts(report: Report) -> Html:
    summary = indicator_summary(report)
    if summary.empty:
        return Html("")
    counts = summary["status"].value_counts()
    text = ", ".join(f"{n} {status}" for status, n in counts.items())
    return Html(f"<p>{esc(len(summary))} indicator(s): {esc(text)}.</p>")


def status_rule() -> Html:
    from .indicators import STATUS_RULE

    return Html(f'<p class="cp-note">{esc(STATUS_RULE)}</p>')


def observations_table(report: Report, indicator_id: str) -> pd.DataFrame:
    """Every observation of one indicator, in date order, with when it was published."""
    s = report.scope
    obs = s.observations[s.observations["indicator_id"] == indicator_id]
    available = report.dataset.sources.set_index("source_id")["available_from"]
    return make_table(
        obs.sort_values("ref_date"),
        {
            "ref": "Refers to",
            "covers": "Kind",
            "value": "Value",
            "published": "Published",
            "source": "Source",
        },
        {
            "ref": lambda r: format_date(r["ref_date"], r["ref_date_basis"]),
            "covers": _covers,
            "value": lambda r: format_quantity(r["value"], r["unit"], r["qualifier"]),
            "published": lambda r: format_date(available.get(r["source_id"])),
            "source": report.cite,
        },
        refs=report.refs,
        empty="No observation is recorded by this date.",
    )


def _covers(r) -> str:
    """'a year's value', 'period total from 2019-01-01', 'running total since 1996-01-01'."""
    kind = r.get("kind")
    if render.is_missing(kind):
        return "not stated"
    start = r.get("period_start")
    since = "" if render.is_missing(start) else format_date(start)
    words = {
        "yearly": "a year's value",
        "period": f"period total from {since}" if since else "period total",
        "cumulative": f"running total since {since}" if since else "running total",
        "level": "level at the date",
    }
    return words.get(kind, str(kind))


def indicator_evidence(report: Report, indicator_id: str) -> pd.DataFrame:
    """What an indicator's chart cites: its observations, or the indicator row when there are none."""
    s = report.scope
    obs = s.observations[s.observations["indicator_id"] == indicator_id]
    return obs if len(obs) else s.indicators[s.indicators["indicator_id"] == indicator_id]


def no_indicators_note(report: Report) -> Html:
    """The sentence a report without indicators shows instead of charts."""
    if len(report.scope.indicators):
        return Html("")
    return render.callout("No indicator follows this pairing's commitments by this date.", "nodata")


# --- what changed ----------------------------------------------------------------------------


@dataclass
class ChangeTables:
    """What was published between two report dates, as tables a notebook shows one by one."""

    intro: Html
    new_observations: pd.DataFrame
    status_changes: pd.DataFrame
    new_commitments: pd.DataFrame
    new_events: pd.DataFrame


def what_changed(report: Report) -> ChangeTables:
    """New observations, status changes, new commitments and events since previous_as_of."""
    from ..dataset.scope import scope_dataset
    from .changes import compare_scopes

    s = report.scope
    before = scope_dataset(
        report.dataset, s.pairing_id, report.previous_as_of, members=not report.has_members
    )
    ch = compare_scopes(before, s)
    intro = fill(
        "<p>Published after {prev} and by {now}.</p>",
        prev=ch.previous.isoformat(),
        now=ch.current.isoformat(),
    )
    if report.has_members:
        intro = Html(str(intro) + str(_members_changed(report)))
    if ch.empty:
        itself = f" for {report.pairing_label} itself" if report.has_members else ""
        intro = Html(
            str(intro) + str(render.callout(f"Nothing new was published{itself} in this period."))
        )
    names = report.dataset.indicators.set_index("indicator_id")["name"]
    return ChangeTables(
        intro=intro,
        new_observations=make_table(
            ch.new_observations.sort_values(["indicator_id", "ref_date"]),
            {"indicator": "Indicator", "value": "Value", "ref": "Refers to", "source": "Source"},
            {
                "indicator": lambda r: names[r["indicator_id"]],
                "value": lambda r: format_quantity(r["value"], r["unit"], r["qualifier"]),
                "ref": lambda r: format_date(r["ref_date"], r["ref_date_basis"]),
                "source": report.cite,
            },
            refs=report.refs,
            empty="No new observation.",
        ),
        status_changes=make_table(
            ch.status_changes,
            {"name": "Indicator", "status_before": "Before", "status": "Now"},
            empty="No status changed.",
        ),
        new_commitments=make_table(
            ch.new_commitments.sort_values(["kind", "commitment_id"]),
            {"kind": "Kind", "description": "What", "quantity": "Quantity", "source": "Source"},
            {
                "quantity": lambda r: format_quantity(
                    r["quantity"], r["unit"], r["qualifier"], r["cumulative"]
                ),
                "source": report.cite,
            },
            refs=report.refs,
            empty="No new commitment.",
        ),
        new_events=make_table(
            ch.new_events.sort_values("event_id"),
            {"when": "When", "name": "Event", "source": "Source"},
            {
                "when": lambda r: format_date_range(
                    r["start_date"], r["end_date"], r["date_basis"], r["date_precision"]
                ),
                "source": report.cite,
            },
            refs=report.refs,
            empty="No new event.",
        ),
    )


def _members_changed(report: Report) -> Html:
    """One sentence on what was published for the pairings under this one in the period."""
    from ..dataset.scope import scope_dataset
    from .changes import compare_scopes

    f = report.family
    before = scope_dataset(report.dataset, f.pairing_id, report.previous_as_of)
    ch = compare_scopes(before, f)
    own = f.pairing_id
    parts, touched = [], set()
    for df, word in (
        (ch.new_observations.merge(f.indicators[["indicator_id", "pairing_id"]], on="indicator_id"),
         "figure"),
        (ch.new_commitments, "commitment"),
        (ch.new_events, "event"),
    ):  # fmt: skip
        df = df[df["pairing_id"] != own]
        touched |= set(df["pairing_id"])
        if len(df):
            parts.append(f"{len(df)} new {word}{'' if len(df) == 1 else 's'}")
    if not parts:
        return Html("<p>Nothing new was published for the pairings under this one.</p>")
    return fill(
        "<p>For the pairings under this one: {parts}, in {n} pairing(s); the tables below list "
        "those of this pairing itself, each pairing's own report lists its own.</p>",
        parts=", ".join(parts),
        n=len(touched),
    )


# --- key findings, disagreements, unconfirmed facts ------------------------------------------


def key_findings(report: Report) -> Html:
    """The handful of sentences that open the report, each with its citation."""
    from .findings import findings_html, key_findings

    return findings_html(key_findings(report.family, report.previous_as_of), report.numbers)


def trust_rule(report: Report) -> Html:
    """Which facts the report charts and how a disagreement is settled, in words (one place:
    ``dataset.trust.RULE_TEXT``)."""
    return Html(f'<p class="cp-note">{esc(report.scope.rule)}</p>')


def conflicts_table(report: Report) -> pd.DataFrame:
    """Each recorded disagreement: both values side by side, which one is used, and why."""
    from .findings import conflict_value

    s = report.scope
    rows = []
    for _, c in s.conflicts.iterrows():
        a, row_a = conflict_value(s, c["table"], c["row_a"], c["field"])
        b, row_b = conflict_value(s, c["table"], c["row_b"], c["field"])
        chosen = c.get("chosen")
        used = "neither (not comparable)"
        if isinstance(chosen, str) and chosen:
            used = a if chosen == c["row_a"] else b
        rows.append(
            {
                "subject": c["subject"],
                "a": f"{a} {report.cite(row_a)}",
                "b": f"{b} {report.cite(row_b)}",
                "used": used,
                "rule": c["rule"],
                "_rows": (row_a, row_b),
            }
        )
    df = pd.DataFrame(rows, columns=["subject", "a", "b", "used", "rule", "_rows"])
    return make_table(
        df,
        {
            "subject": "What",
            "a": "One source says",
            "b": "Another says",
            "used": "The report uses",
            "rule": "Rule",
        },
        refs=lambda r: report.refs(*r["_rows"]),
        empty="The sources of this report do not contradict each other on any recorded measure.",
    )


def _describe_unconfirmed(report: Report, table: str, r: pd.Series) -> tuple[str, str]:
    """(kind, text) of one weak-source fact in words a reader knows (``what`` as recorded else)."""
    if table == "events":
        return "Event", f"{r['name']} ({format_date_range(r['start_date'], r['end_date'])})"
    if table == "commitments":
        figure = (
            f": {format_quantity(r['quantity'], r['unit'], r['qualifier'], r['cumulative'])}"
            if pd.notna(r["quantity"])
            else ""
        )
        return "Figure or commitment", f"{r['description']}{figure}"
    if table == "observations":
        names = report.dataset.indicators.set_index("indicator_id")["name"]
        value = format_quantity(r["value"], r["unit"], r["qualifier"])
        name = names.get(r["indicator_id"], r["indicator_id"])
        return "Observation", f"{name}: {value} ({format_date(r['ref_date'])})"
    if table == "indicators":
        return "Indicator", r["name"]
    if table == "positions":
        return "Title", f"{_name(report, r['actor_id'])}: {r['title']}"
    if table == "participations":
        events = report.dataset.events.set_index("event_id")["name"]
        event = events.get(r["event_id"], r["event_id"])
        return "Took part", f"{_name(report, r['actor_id'])}: {r['role']}, {event}"
    return table.capitalize(), ""


def unconfirmed_table(report: Report) -> pd.DataFrame:
    """Facts that rest on a weak source only: listed here, used nowhere else in the report."""
    from .evidence import FACT_KEYS

    rows = []
    for _, u in report.scope.unconfirmed.iterrows():
        table, key = u["table"], FACT_KEYS.get(u["table"])
        full = report.dataset.tables.get(table)
        found = full[full[key] == u["row_id"]] if key and full is not None else full.iloc[0:0]
        if len(found) and table in FACT_KEYS and not str(u["what"]).startswith("target of"):
            kind, text = _describe_unconfirmed(report, table, found.iloc[0])
            paragraph = found.iloc[0].get("paragraph")
        else:  # a pairing's date or an indicator's target from a weak source
            kind, text, paragraph = table.capitalize(), str(u["what"]), None
        rows.append(
            {"kind": kind, "fact": text or str(u["what"]), "source_id": u["source_id"],
             "paragraph": paragraph}
        )  # fmt: skip
    df = pd.DataFrame(rows, columns=["kind", "fact", "source_id", "paragraph"])
    return make_table(
        df,
        {"kind": "Kind", "fact": "Unconfirmed fact", "source": "Source"},
        {"source": report.cite},
        refs=report.refs,
        empty="No fact of this report rests on a weak source only.",
    )


# --- the pairings under this one: one line each, and compared ---------------------------------


def _member_table(
    report: Report,
    columns: dict,
    formatters: dict,
    keep=None,
    empty: str = "No pairing sits under this one.",
) -> pd.DataFrame:
    """The member lines as a table; ``keep(rows)`` picks some of them (a boolean mask)."""
    from .members import member_rows, report_href
    from .tables import Link

    rows = member_rows(report.family, superseded(report))
    if keep is not None and len(rows):
        rows = rows[keep(rows)].reset_index(drop=True)
    numbers = report.numbers
    table = make_table(
        rows,
        {"pairing": "Pairing", **columns},
        {
            "pairing": lambda r: Link(
                "· " * (r["depth"] - 1) + r["label"], report_href(r["pairing_id"])
            ),
            **formatters,
        },
        refs=lambda r: [(numbers.get(sid), para) for sid, para in r["refs"]],
        empty=empty,
    )
    table["_pairing_id"] = rows["pairing_id"].to_numpy()
    return table


def member_summary(report: Report) -> pd.DataFrame:
    """One line per pairing under this one, in family-tree order (a city under its province,
    marked ·): partners, level, start and end, its own events, commitments and indicators by
    status, its latest event, and a link to its own report."""
    from .members import STATUSES

    def statuses(r) -> str:
        parts = [f"{r[st]} {st}" for st in STATUSES if r[st]]
        return ", ".join(parts) if parts else "none"

    return _member_table(
        report,
        {
            "level": "Level",
            "start": "Start",
            "end": "Ended",
            "events": "Events",
            "commitments": "Commitments",
            "statuses": "Indicators",
            "latest": "Latest event",
        },
        {
            "statuses": statuses,
            "latest": lambda r: (
                format_date(r["latest_event"]) if pd.notna(r["latest_event"]) else "—"
            ),
        },
    )


def member_indicators(report: Report) -> pd.DataFrame:
    """The pairings under this one with an indicator whose progress can be judged (met, on
    track or behind), their indicators counted by status; the member summary has every line."""
    from .members import STATUSES

    below = len(report.family.family) - 1
    return _member_table(
        report,
        {"indicators": "Indicators", **{st: st.capitalize() for st in STATUSES}},
        {},
        keep=lambda rows: (rows["met"] + rows["on track"] + rows["behind"]) > 0,
        empty=(
            "No pairing under this one has an indicator with a target to judge by this date."
            if below
            else "No pairing sits under this one."
        ),
    )


def family_status_counts(report: Report) -> Html:
    """'Under this one: 412 indicator(s): 120 met, …' over every pairing below this one."""
    from .members import STATUSES

    if not report.has_members:
        return Html("")
    f = report.family
    below = f.indicators[f.indicators["pairing_id"] != f.pairing_id]
    obs = f.observations[~f.observations["observation_id"].isin(superseded(report))]
    summary = summarise_indicators(below, obs, f.as_of)
    if summary.empty:
        return Html("<p>No pairing under this one follows an indicator by this date.</p>")
    counts = summary["status"].value_counts()
    text = ", ".join(f"{counts[st]} {st}" for st in STATUSES if st in counts)
    return Html(
        f"<p>Under this one: {esc(len(summary))} indicator(s) of "
        f"{esc(summary['pairing_id'].nunique())} pairing(s): {esc(text)}. Each pairing's "
        "charts are in its own report.</p>"
    )


def members_note(report: Report) -> Html:
    """For a family report: this section shows the pairing's own records; where the rest are."""
    if not report.has_members:
        return Html("")
    n = len(report.family.family) - 1
    return render.callout(
        f"This section lists the records of {report.pairing_label} itself. The {n} pairing(s) "
        "under it are summarised one line each in the Context section (The pairings under this "
        "one), with a link to each one's own report."
    )


CHART_PAIRINGS = 8  # a chart with more bars per year than this cannot be read


def _comparison(report: Report) -> pd.DataFrame:
    """The comparable rows of the pairings under this one (computed once per report)."""
    from .compare import comparable, comparison_rows

    cached = report.family.__dict__.get("_comparison")
    if cached is None:
        cached = report.family.__dict__["_comparison"] = comparable(comparison_rows(report.family))
    return cached


def _by_pairing(rows: pd.DataFrame, labels: pd.Series) -> pd.DataFrame:
    """One line per measure and pairing: its values year by year, and their citations."""
    rows = rows.assign(
        _text=[
            f"{c}: {format_quantity(v, u, q)}"
            for c, v, u, q in zip(
                rows["covers"], rows["value"], rows["unit"], rows["qualifier"], strict=True
            )
        ],
        _ref=list(zip(rows["source_id"], rows["paragraph"], strict=True)),
    )
    out = (
        rows.groupby(["measure", "pairing_id"], sort=False)
        .agg(values=("_text", "; ".join), refs=("_ref", list))
        .reset_index()
    )
    out["label"] = out["pairing_id"].map(labels)
    return out.sort_values(["measure", "label"], kind="stable")


def comparison_table(report: Report) -> pd.DataFrame:
    """The charted measure for every pairing under this one that reports it: one line each,
    its values year by year (the chart shows the largest; the table all of them)."""
    from .compare import main_measure
    from .members import pairing_labels

    rows = _comparison(report)
    measure = main_measure(rows)
    below = len(report.family.family) - 1
    if measure is not None:
        rows = _by_pairing(rows[rows["measure"] == measure], pairing_labels(report.family))
    numbers = report.numbers
    return make_table(
        rows,
        {
            "measure": "Measure",
            "label": "Pairing",
            "values": "Values, by year(s)",
            "source": "Source",
        },
        {
            "source": lambda r: "; ".join(
                dict.fromkeys(render.citation(numbers, sid, para) for sid, para in r["refs"])
            ),
        },
        refs=lambda r: [(numbers.get(sid), para) for sid, para in r["refs"]],
        empty=(
            "No pairing sits under this one, so there is nothing to compare."
            if not below
            else "The pairings under this one report no measure in common by this date."
        ),
    )


def measures_table(report: Report) -> pd.DataFrame:
    """Every measure at least two pairings under this one report, one line each: how many
    report it and the range of their latest values (each pairing's detail is in its report)."""
    rows = _comparison(report)
    if not rows.empty:
        rows = rows.sort_values(["ref_date", "pairing_id"], kind="stable")
        latest = rows.drop_duplicates(["measure", "pairing_id"], keep="last")
        refs = pd.Series(
            list(zip(rows["source_id"], rows["paragraph"], strict=True)), index=rows.index
        )
        low = latest.loc[latest.groupby("measure")["value"].idxmin()].set_index("measure")
        high = latest.loc[latest.groupby("measure")["value"].idxmax()].set_index("measure")
        rows = (
            rows.assign(_ref=refs)
            .groupby("measure")
            .agg(
                pairings=("pairing_id", "nunique"), refs=("_ref", lambda r: list(dict.fromkeys(r)))
            )
            .reset_index()
        )
        rows["low"] = [
            format_quantity(low.loc[m, "value"], low.loc[m, "unit"], low.loc[m, "qualifier"])
            for m in rows["measure"]
        ]
        rows["high"] = [
            format_quantity(high.loc[m, "value"], high.loc[m, "unit"], high.loc[m, "qualifier"])
            for m in rows["measure"]
        ]
    numbers = report.numbers
    return make_table(
        rows,
        {
            "measure": "Measure",
            "pairings": "Pairings reporting it",
            "range": "Latest values, lowest – highest",
        },
        {"range": lambda r: r["low"] if r["low"] == r["high"] else f"{r['low']} – {r['high']}"},
        refs=lambda r: [(numbers.get(sid), para) for sid, para in r["refs"]],
        empty="No measure to list (see above).",
    )


def comparison_figure(report: Report, top: int = CHART_PAIRINGS) -> tuple:
    """The chart of the measure most comparable across the pairings under this one — the ``top``
    pairings by their latest value on it — and the rows it is drawn from (for its source line);
    (None, empty rows) when nothing compares."""
    from . import charts
    from .compare import main_measure, top_pairings
    from .members import pairing_labels

    rows = _comparison(report)
    measure = main_measure(rows)
    if measure is None:
        return None, rows.iloc[0:0]
    shown = rows[
        (rows["measure"] == measure) & rows["pairing_id"].isin(top_pairings(rows, measure, top))
    ]
    title = f"Who gave what under {report.pairing_label}"
    return charts.comparison_chart(shown, measure, pairing_labels(report.family), title), shown


def comparison_note(report: Report, top: int = CHART_PAIRINGS) -> Html:
    """Under the chart: how many pairings report its measure and how many it leaves to the table."""
    from .compare import main_measure

    rows = _comparison(report)
    measure = main_measure(rows)
    if measure is None:
        return Html("")
    n = rows.loc[rows["measure"] == measure, "pairing_id"].nunique()
    if n <= top:
        return Html("")
    return fill(
        '<p class="cp-note">{n} pairings report {measure}; the chart shows the {top} with the '
        "largest latest value, the other {rest} are in the table below.</p>",
        n=n,
        measure=measure,
        top=top,
        rest=n - top,
    )
