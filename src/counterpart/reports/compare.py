"""The pairings under a province or national pairing, side by side: who gave what, by year.

Only like is set beside like: a *measure* is an area, a unit and a kind of observation (a year's
value, a period total, a running total, a level), and two pairings are compared only on the same
measure; a period or running total also says which years it covers. Confirmed facts only, and a
value a recorded conflict decided against is left out.
"""

from __future__ import annotations

import pandas as pd

from ..dataset.scope import Scope
from .evidence import losing_rows

KIND_WORDS = {
    "yearly": "per year",
    "period": "period total",
    "cumulative": "running total",
    "level": "level",
}


def _covers(row: pd.Series) -> str:
    """'2019' for a year's value; '2016–2020' for a total; the year for a level."""
    end = row["ref_date"].year
    start = row.get("period_start")
    if row["kind"] in ("period", "cumulative") and pd.notna(start) and start.year != end:
        return f"{start.year}–{end}"
    return str(end)


def _covers_all(rows: pd.DataFrame) -> pd.Series:
    """``_covers`` for every row at once."""
    end = rows["ref_date"].dt.year
    start = pd.to_datetime(rows["period_start"]).dt.year if "period_start" in rows else end
    span = rows["kind"].isin(["period", "cumulative"]) & start.notna() & (start != end)
    text = end.astype(str)
    text[span] = start[span].astype("Int64").astype(str) + "–" + end[span].astype(str)
    return text


def top_pairings(rows: pd.DataFrame, measure: str, n: int) -> list[str]:
    """The ``n`` pairings with the largest latest value on ``measure`` (ties by id): the ones a
    chart can show side by side; the table lists them all."""
    rows = rows[rows["measure"] == measure].sort_values(["ref_date", "pairing_id"], kind="stable")
    latest = rows.drop_duplicates("pairing_id", keep="last")
    latest = latest.sort_values(["value", "pairing_id"], ascending=[False, True], kind="stable")
    return latest["pairing_id"].head(n).tolist()


def comparison_rows(scope: Scope) -> pd.DataFrame:
    """Observations of the pairings below this one, each with its measure and the years it covers.

    Empty for a pairing with nothing under it."""
    below = [p for p in scope.family if p != scope.pairing_id]
    columns = ["pairing_id", "measure", "covers", "year", "value", "unit", "qualifier"]
    ind = scope.indicators[scope.indicators["pairing_id"].isin(below)]
    if ind.empty:
        return pd.DataFrame(columns=[*columns, "source_id", "paragraph"])
    obs = scope.observations[
        ~scope.observations["observation_id"].isin(losing_rows(scope.conflicts))
    ]
    obs = obs[obs["ref_date"] <= pd.Timestamp(scope.as_of)]
    rows = obs.merge(
        ind[["indicator_id", "pairing_id", "area_id"]], on="indicator_id", how="inner"
    ).copy()
    if "kind" not in rows:
        rows["kind"] = "unspecified"
    rows["kind"] = rows["kind"].astype(object).where(rows["kind"].notna(), "unspecified")
    labels = scope.dataset.areas.set_index("area_id")["label"]
    area = rows["area_id"].map(labels).fillna(rows["area_id"]).astype(str)
    kind = rows["kind"].map(KIND_WORDS).fillna(rows["kind"]).astype(str)
    rows["measure"] = area + ", " + rows["unit"].astype(str) + ", " + kind
    rows["covers"] = _covers_all(rows)
    rows["year"] = rows["ref_date"].dt.year
    return rows.sort_values(["measure", "year", "pairing_id"]).reset_index(drop=True)


def comparable(rows: pd.DataFrame) -> pd.DataFrame:
    """Only the measures that at least two pairings report: a comparison needs two sides."""
    if rows.empty:
        return rows
    pairings = rows.groupby("measure")["pairing_id"].nunique()
    return rows[rows["measure"].isin(pairings[pairings >= 2].index)]


def main_measure(rows: pd.DataFrame) -> str | None:
    """The measure to chart: values per year first (they line up by year), then the measure
    most pairings report, then the one with most values."""
    rows = comparable(rows)
    if rows.empty:
        return None
    stats = rows.groupby("measure").agg(
        yearly=("kind", lambda k: (k == "yearly").all()),
        pairings=("pairing_id", "nunique"),
        values=("value", "size"),
    )
    order = stats.sort_values(["yearly", "pairings", "values"], ascending=False)
    return str(order.index[0])
