"""Indicator status: one stated rule, applied the same way in every report.

A status is only as strong as the evidence: without an observation there is "no data"; without a
target from a source or from the commitment itself, progress cannot be judged and the report says so
instead of guessing.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

STATUS_RULE = (
    "Status is decided from the latest observation known by the report date. "
    "no data: no observation yet. "
    "no target: observations exist but no source gives a target, so progress cannot be judged. "
    "met: the latest value has reached the target (at or above it for a measure that should rise, "
    "at or below for one that should fall). "
    "behind: not met and the target date has passed, or a baseline is known and the latest value "
    "is short of the straight line from baseline to target at its date. "
    "on track: not met, the target date has not passed, and the value is on or above that line "
    "(or no baseline is known to draw it)."
)


def _reached(value: float, target: float, direction: str) -> bool:
    return value >= target if direction == "increase" else value <= target


def indicator_status(indicator: pd.Series, observations: pd.DataFrame, as_of: dt.date) -> dict:
    """Latest known value of one indicator and its status under STATUS_RULE."""
    obs = observations[observations["indicator_id"] == indicator["indicator_id"]]
    obs = obs[obs["ref_date"] <= pd.Timestamp(as_of)].sort_values("ref_date")
    out = {
        "indicator_id": indicator["indicator_id"],
        "observations": len(obs),
        "latest_value": None,
        "latest_date": None,
        "latest_qualifier": None,
        "latest_source_id": None,
        "latest_paragraph": None,
    }
    if obs.empty:
        return {**out, "status": "no data"}
    last = obs.iloc[-1]
    out.update(
        latest_value=float(last["value"]),
        latest_date=last["ref_date"],
        latest_qualifier=last["qualifier"],
        latest_source_id=last["source_id"],
        latest_paragraph=last["paragraph"],
    )
    target = indicator["target_value"]
    if pd.isna(target):
        return {**out, "status": "no target"}
    direction = indicator["direction"]
    value = out["latest_value"]
    if _reached(value, float(target), direction):
        return {**out, "status": "met"}
    tdate = indicator["target_date"]
    if pd.notna(tdate) and pd.Timestamp(as_of) > tdate:
        return {**out, "status": "behind"}
    base, bdate = indicator["baseline_value"], indicator["baseline_date"]
    if pd.notna(base) and pd.notna(bdate) and pd.notna(tdate) and tdate > bdate:
        share = (last["ref_date"] - bdate) / (tdate - bdate)
        expected = float(base) + (float(target) - float(base)) * min(max(share, 0.0), 1.0)
        if not _reached(value, expected, direction):
            return {**out, "status": "behind"}
    return {**out, "status": "on track"}


STATUS_COLUMNS = [
    "indicator_id",
    "observations",
    "latest_value",
    "latest_date",
    "latest_qualifier",
    "latest_source_id",
    "latest_paragraph",
    "status",
]


def summarise_indicators(indicators: pd.DataFrame, observations: pd.DataFrame, as_of: dt.date):
    """One row per indicator: its definition joined with its latest value and status.

    The same rule as ``indicator_status``, applied to every indicator at once (a national report
    summarises hundreds): the latest observation per indicator by a stable sort on its date, the
    status by masks in the rule's order."""
    when = pd.Timestamp(as_of)
    ids = indicators["indicator_id"]
    obs = observations[observations["indicator_id"].isin(ids) & (observations["ref_date"] <= when)]
    obs = obs.sort_values("ref_date", kind="stable")
    counts = obs.groupby("indicator_id").size()
    last = obs.drop_duplicates("indicator_id", keep="last").set_index("indicator_id")
    out = pd.DataFrame({"indicator_id": ids.to_numpy()})
    out["observations"] = out["indicator_id"].map(counts).fillna(0).astype(int)
    for col, src in (
        ("latest_value", "value"),
        ("latest_date", "ref_date"),
        ("latest_qualifier", "qualifier"),
        ("latest_source_id", "source_id"),
        ("latest_paragraph", "paragraph"),
    ):
        out[col] = out["indicator_id"].map(last[src]) if len(last) else None
    out["latest_value"] = pd.to_numeric(out["latest_value"], errors="coerce").astype(float)
    out["latest_date"] = pd.to_datetime(out["latest_date"])
    ind = indicators.set_index("indicator_id").reindex(out["indicator_id"])
    value = out["latest_value"].to_numpy()
    target = pd.to_numeric(ind["target_value"], errors="coerce").astype(float).to_numpy()
    rising = (ind["direction"] == "increase").to_numpy()
    reached = np.where(rising, value >= target, value <= target)
    tdate = pd.to_datetime(ind["target_date"]).to_numpy()
    bdate = pd.to_datetime(ind["baseline_date"]).to_numpy()
    base = pd.to_numeric(ind["baseline_value"], errors="coerce").astype(float).to_numpy()
    has_line = ~np.isnan(base) & ~pd.isna(bdate) & ~pd.isna(tdate) & (tdate > bdate)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = (out["latest_date"].to_numpy() - bdate) / (tdate - bdate)
        share = np.clip(np.asarray(share, dtype=float), 0.0, 1.0)
        expected = base + (target - base) * share
    on_line = np.where(rising, value >= expected, value <= expected)
    no_data = (out["observations"] == 0).to_numpy()
    out["status"] = np.select(
        [no_data, np.isnan(target), reached, ~pd.isna(tdate) & (when > tdate), has_line & ~on_line],
        ["no data", "no target", "met", "behind", "behind"],
        default="on track",
    )
    return indicators.merge(out[STATUS_COLUMNS], on="indicator_id", how="left")
