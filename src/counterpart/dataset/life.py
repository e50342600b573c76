"""A pairing's life: when it began and ended, what came before and after it, as of a date.

Pairings are re-drawn (Dalian -> Liupanshui ended in 2021 and Zhongshan took over), so a report on
a pairing as of a date after its end must say so and name the successor instead of reading as if
the pairing still ran.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from .load import Dataset


@dataclass(frozen=True)
class PairingLife:
    """Start, end and neighbours of one pairing, seen from ``as_of``."""

    pairing_id: str
    label: str
    as_of: dt.date
    start: pd.Timestamp | None
    start_precision: str | None
    start_basis: str | None
    start_source_id: str | None
    end: pd.Timestamp | None
    end_precision: str | None
    end_basis: str | None
    end_source_id: str | None
    ended: bool
    predecessor_id: str | None
    predecessor_label: str | None
    successor_id: str | None
    successor_label: str | None

    def sentence(self) -> str:
        """One plain sentence for a report: running since …, or ended … and followed by …."""
        since = _when(self.start, self.start_precision)
        if not self.ended:
            text = (
                f"{self.label} runs since {since}"
                if since
                else f"{self.label} runs (start unknown)"
            )
            if self.end is not None:
                text += "; the record shows it ended after this date"
            return text + "."
        on = "on" if self.end_precision == "day" else "in"
        text = f"{self.label} ended {on} {_when(self.end, self.end_precision)}"
        if self.end_basis == "inferred":
            text += " (inferred)"
        if self.successor_label:
            text += f"; its successor is {self.successor_label}"
        return text + "."


def _when(ts: pd.Timestamp | None, precision: str | None) -> str:
    if ts is None:
        return ""
    if precision == "year":
        return f"{ts.year}"
    if precision == "month":
        return ts.strftime("%B %Y")
    return ts.strftime("%Y-%m-%d")


def _value(row: pd.Series, col: str):
    if col not in row.index:
        return None
    v = row[col]
    return None if v is None or pd.isna(v) else v


def pairing_label(ds: Dataset, pairing_id: str) -> str:
    """'East -> West' in the actors' names (the id when a name is missing)."""
    pairings = ds.pairings.set_index("pairing_id")
    if pairing_id not in pairings.index:
        return pairing_id
    row = pairings.loc[pairing_id]
    names = ds.actors.set_index("actor_id")["name"]
    east = names.get(row["east_actor_id"], row["east_actor_id"])
    west = names.get(row["west_actor_id"], row["west_actor_id"])
    return f"{east} → {west}"


def pairing_life(ds: Dataset, pairing_id: str, as_of: dt.date) -> PairingLife:
    """The pairing's life as of ``as_of``: ended only once its end date and the source that
    gives it are both reached (a report as of 2019 cannot know of a 2021 hand-over)."""
    pairings = ds.pairings.set_index("pairing_id")
    if pairing_id not in pairings.index:
        raise KeyError(f"unknown pairing {pairing_id!r}")
    row = pairings.loc[pairing_id]
    when = pd.Timestamp(as_of)
    start, end = _value(row, "start"), _value(row, "end")
    end_source = _value(row, "end_source_id")
    available = ds.sources.set_index("source_id")["available_from"]
    end_known = end is not None and end <= when
    if end_known and end_source is not None:
        avail = available.get(end_source)
        end_known = avail is not None and not pd.isna(avail) and avail <= when
    succ, pred = _value(row, "successor_id"), _value(row, "predecessor_id")
    return PairingLife(
        pairing_id=pairing_id,
        label=pairing_label(ds, pairing_id),
        as_of=as_of,
        start=start,
        start_precision=_value(row, "start_precision"),
        start_basis=_value(row, "start_basis"),
        start_source_id=_value(row, "start_source_id"),
        end=end,
        end_precision=_value(row, "end_precision"),
        end_basis=_value(row, "end_basis"),
        end_source_id=end_source,
        ended=bool(end_known),
        predecessor_id=pred,
        predecessor_label=pairing_label(ds, pred) if pred else None,
        successor_id=succ,
        successor_label=pairing_label(ds, succ) if succ else None,
    )
