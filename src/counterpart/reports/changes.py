"""What changed between two as-of dates: the follow-up analysts read first.

Both dates are cut with the same rule (a fact is known once its source was available), so the
difference is exactly what was published in between.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from ..dataset.scope import Scope
from .indicators import summarise_indicators


@dataclass
class Changes:
    previous: dt.date
    current: dt.date
    new_observations: pd.DataFrame
    new_commitments: pd.DataFrame
    new_events: pd.DataFrame
    status_changes: pd.DataFrame

    @property
    def empty(self) -> bool:
        return all(
            df.empty
            for df in (
                self.new_observations,
                self.new_commitments,
                self.new_events,
                self.status_changes,
            )
        )


def _added(now: pd.DataFrame, before: pd.DataFrame, key: str) -> pd.DataFrame:
    return now[~now[key].isin(before[key])]


def compare_scopes(before: Scope, now: Scope) -> Changes:
    s_before = summarise_indicators(before.indicators, before.observations, before.as_of)
    s_now = summarise_indicators(now.indicators, now.observations, now.as_of)
    merged = s_now[["indicator_id", "name", "status", "latest_value", "unit"]].merge(
        s_before[["indicator_id", "status"]].rename(columns={"status": "status_before"}),
        on="indicator_id",
        how="left",
    )
    merged["status_before"] = merged["status_before"].fillna("not followed yet")
    changed = merged[merged["status"] != merged["status_before"]].reset_index(drop=True)
    return Changes(
        previous=before.as_of,
        current=now.as_of,
        new_observations=_added(now.observations, before.observations, "observation_id"),
        new_commitments=_added(now.commitments, before.commitments, "commitment_id"),
        new_events=_added(now.events, before.events, "event_id"),
        status_changes=changed,
    )
