"""A pairing's life as ``pairings.csv`` records it: start, end, predecessor and successor.

A report on a pairing as of a date after its end must say so and name the successor; the rule for
"after its end" lives here, once (a year-precise end means the last day of that year).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd


def _value(row: pd.Series, name: str):
    value = row.get(name)
    try:
        return None if value is None or pd.isna(value) else value
    except (TypeError, ValueError):
        return value


def _last_day(value, precision) -> pd.Timestamp | None:
    if value is None:
        return None
    t = pd.Timestamp(value)
    if precision == "year":
        return pd.Timestamp(t.year, 12, 31)
    if precision == "month":
        return t + pd.offsets.MonthEnd(0)
    return t


@dataclass(frozen=True)
class PairingLife:
    """Dates as recorded (None where the sources are silent), with their precision and basis."""

    pairing_id: str
    start: pd.Timestamp | None = None
    start_precision: str | None = None
    start_basis: str | None = None
    start_source_id: str | None = None
    end: pd.Timestamp | None = None
    end_precision: str | None = None
    end_basis: str | None = None
    end_source_id: str | None = None
    predecessor_id: str | None = None
    successor_id: str | None = None

    def ended(self, as_of: dt.date) -> bool:
        """True when ``as_of`` is after the pairing's last day."""
        last = _last_day(self.end, self.end_precision)
        return last is not None and pd.Timestamp(as_of) > last


def pairing_life(pairings: pd.DataFrame, pairing_id: str) -> PairingLife:
    """The life of one pairing; a dataset without the life columns gives an open-ended one."""
    row = pairings.set_index("pairing_id").loc[pairing_id]
    fields = {f: _value(row, f) for f in PairingLife.__dataclass_fields__ if f != "pairing_id"}
    for f in ("start", "end"):
        if fields[f] is not None:
            fields[f] = pd.Timestamp(fields[f])
    return PairingLife(pairing_id, **fields)
