"""The pairings under a province or national one, one line each: how a family report shows them.

A family report lays out in full only its own pairing's rows. Each pairing under it gets one line:
its partners, level, start and end, how many events and commitments it has, its indicators by
status (the rule of ``indicators``), its latest event, and a link to its own report, where the
detail is. Every count is a group-by over the family's rows, so a national report with hundreds
of pairings costs one pass, not one scope per pairing.
"""

from __future__ import annotations

from urllib.parse import quote

import pandas as pd

from ..dataset.scope import Scope
from .indicators import summarise_indicators

STATUSES = ("met", "on track", "behind", "no target", "no data")
COUNTED = ("events", "commitments", "indicators")


def pairing_labels(scope: Scope) -> pd.Series:
    """pairing_id -> 'East → West' in the partners' names, for every pairing of the dataset."""
    ds = scope.dataset
    names = ds.actors.set_index("actor_id")["name"]
    p = ds.pairings
    east = p["east_actor_id"].map(names).fillna(p["east_actor_id"]).astype(str)
    west = p["west_actor_id"].map(names).fillna(p["west_actor_id"]).astype(str)
    return pd.Series((east + " → " + west).to_numpy(), index=p["pairing_id"].to_numpy())


def tree_order(scope: Scope) -> list[tuple[str, int]]:
    """(pairing_id, depth) of the pairings under this one, parents before their children and
    siblings by name: the order of the reports index."""
    pairings = scope.pairings
    labels = pairing_labels(scope)
    children: dict[str, list[str]] = {}
    for pid, parent in zip(pairings["pairing_id"], pairings["parent_pairing_id"], strict=True):
        if isinstance(parent, str):
            children.setdefault(parent, []).append(pid)
    out: list[tuple[str, int]] = []
    stack = [(scope.pairing_id, 0)]
    while stack:  # depth first; children pushed last-name-first so they pop in name order
        pid, depth = stack.pop()
        if depth:
            out.append((pid, depth))
        below = sorted(children.get(pid, []), key=lambda c: labels[c].lower(), reverse=True)
        stack += [(c, depth + 1) for c in below]
    return out


def report_href(pairing_id: str, page: str = "brief.html") -> str:
    """A member's report from one of this report's pages: ``reports/<pairing>/latest/<page>``,
    the stable address of its newest report, relative to ``reports/<this>/<date>/``."""
    return f"../../{quote(str(pairing_id), safe='')}/latest/{quote(page)}"


def member_rows(family: Scope, superseded: set[str] | frozenset = frozenset()) -> pd.DataFrame:
    """One row per pairing under ``family.pairing_id``, in tree order: its own counts (a
    province's line does not repeat its cities'), statuses, latest event, and the (source_id,
    paragraph) pairs of the rows counted, for the table's source line.

    ``superseded`` holds rows a recorded conflict decided against: not used for a status."""
    order = tree_order(family)
    columns = ["pairing_id", "depth", "label", "level", "start", "end", "latest_event",
               *COUNTED, *STATUSES, "refs"]  # fmt: skip
    if not order:
        return pd.DataFrame(columns=columns)
    ids = [pid for pid, _ in order]
    out = pd.DataFrame({"pairing_id": ids, "depth": [d for _, d in order]})
    labels = pairing_labels(family)
    out["label"] = out["pairing_id"].map(labels)
    pairings = family.pairings.set_index("pairing_id")
    out["level"] = out["pairing_id"].map(pairings["level"])
    out["start"] = out["pairing_id"].map(_start(pairings))
    out["end"] = out["pairing_id"].map(_ended(family, pairings))
    events = family.events[family.events["pairing_id"].isin(ids)]
    latest = events.groupby("pairing_id")["start_date"].max()
    out["latest_event"] = pd.to_datetime(latest.reindex(ids).to_numpy())
    obs = family.observations[~family.observations["observation_id"].isin(superseded)]
    indicators = family.indicators[family.indicators["pairing_id"].isin(ids)]
    summary = summarise_indicators(indicators, obs, family.as_of)
    for name, rows in (("events", events), ("commitments", family.commitments),
                       ("indicators", indicators)):  # fmt: skip
        out[name] = rows.groupby("pairing_id").size().reindex(ids, fill_value=0).to_numpy()
    by_status = pd.crosstab(summary["pairing_id"], summary["status"])
    for status in STATUSES:
        counts = by_status[status] if status in by_status else pd.Series(dtype=int)
        out[status] = counts.reindex(ids, fill_value=0).astype(int).to_numpy()
    refs = _refs(family, ids, events, indicators, summary)
    out["refs"] = [refs.get(pid, []) for pid in ids]
    return out[columns]


def _start(pairings: pd.DataFrame) -> pd.Series:
    """The start the record gives (its year when only the year is known), else 'since'."""
    start = pairings["start"] if "start" in pairings else pd.Series(None, index=pairings.index)
    precision = pairings.get("start_precision", pd.Series(None, index=pairings.index))
    text = pd.Series("unknown", index=pairings.index, dtype=object)
    known = start.notna()
    dates = pd.to_datetime(start[known])
    text[known] = [
        str(d.year) if p == "year" else d.strftime("%Y-%m-%d")
        for d, p in zip(dates, precision[known], strict=True)
    ]
    since = pairings["since"] if "since" in pairings else pd.Series(None, index=pairings.index)
    fallback = ~known & since.notna()
    text[fallback] = since[fallback].astype(str)
    return text


def _ended(family: Scope, pairings: pd.DataFrame) -> pd.Series:
    """The end date where the pairing had ended by the report date and its source was out
    (the rule of ``dataset.life``); '—' for a pairing still running then."""
    when = pd.Timestamp(family.as_of)
    text = pd.Series("—", index=pairings.index, dtype=object)
    if "end" not in pairings:
        return text
    end = pd.to_datetime(pairings["end"])
    available = family.dataset.sources.set_index("source_id")["available_from"]
    source = pairings.get("end_source_id", pd.Series(None, index=pairings.index))
    out_by = source.map(available)
    known = end.notna() & (end <= when) & (source.isna() | (out_by.notna() & (out_by <= when)))
    precision = pairings.get("end_precision", pd.Series(None, index=pairings.index))
    text[known] = [
        str(d.year) if p == "year" else d.strftime("%Y-%m-%d")
        for d, p in zip(end[known], precision[known], strict=True)
    ]
    return text


def _refs(
    family: Scope,
    ids: list[str],
    events: pd.DataFrame,
    indicators: pd.DataFrame,
    summary: pd.DataFrame,
) -> pd.Series:
    """pairing_id -> the distinct (source_id, paragraph) of its pairing row, events,
    commitments, indicators and each indicator's latest observation."""
    latest = summary[summary["observations"] > 0][
        ["pairing_id", "latest_source_id", "latest_paragraph"]
    ]
    latest = latest.rename(
        columns={"latest_source_id": "source_id", "latest_paragraph": "paragraph"}
    )
    parts = [
        family.pairings[family.pairings["pairing_id"].isin(ids)],
        events,
        family.commitments[family.commitments["pairing_id"].isin(ids)],
        indicators,
        latest,
    ]
    cited = pd.concat(
        [p[["pairing_id", "source_id", "paragraph"]] for p in parts], ignore_index=True
    ).dropna(subset=["source_id"])
    cited["paragraph"] = cited["paragraph"].astype(object).where(cited["paragraph"].notna(), None)
    cited = cited.drop_duplicates()
    pairs = pd.Series(
        list(zip(cited["source_id"], cited["paragraph"], strict=True)), index=cited.index
    )
    return pairs.groupby(cited["pairing_id"]).agg(list)
