"""What one report may use: the facts of one pairing (and the pairings under it) known by a date.

"Known by" means the fact's source was available by ``as_of`` (``sources.available_from``): a report
as of a past date shows what could have been known then, so an old brief can be rebuilt exactly.
Facts resting only on weak sources are kept out of the tables a report charts and listed in
``unconfirmed`` instead (see ``trust``); ``conflicts`` lays out disagreeing sources side by side, and
``life`` says whether the pairing had ended by ``as_of`` and what followed it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from .life import PairingLife, pairing_life
from .load import Dataset
from .trust import RULE_TEXT, conflicts_in, drop_weak, unconfirmed_rows

# Tables whose rows are facts filtered by their source's availability. Pairings, actors and areas
# name things; they are kept whole so a report can always say what it is about.
FACT_TABLES = ("events", "participations", "positions", "commitments", "indicators", "observations")


@dataclass
class Scope:
    """The slice of the dataset behind one report: one attribute per table, so completion works."""

    dataset: Dataset
    pairing_id: str
    as_of: dt.date
    family: list[str]
    pairings: pd.DataFrame
    actors: pd.DataFrame
    events: pd.DataFrame
    participations: pd.DataFrame
    positions: pd.DataFrame
    commitments: pd.DataFrame
    indicators: pd.DataFrame
    observations: pd.DataFrame
    withheld: dict[str, int] = field(default_factory=dict)
    unconfirmed: pd.DataFrame = field(default_factory=pd.DataFrame)
    conflicts: pd.DataFrame = field(default_factory=pd.DataFrame)
    include_weak: bool = False
    rule: str = RULE_TEXT

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """The scoped tables by name (pairings, actors and the fact tables)."""
        return {name: getattr(self, name) for name in ("pairings", "actors", *FACT_TABLES)}

    @property
    def pairing(self) -> pd.Series:
        return self.dataset.pairings.set_index("pairing_id").loc[self.pairing_id]

    @property
    def life(self) -> PairingLife:
        """The pairing's start, end and successor as of this report's date."""
        return pairing_life(self.dataset, self.pairing_id, self.as_of)

    def actor_name(self, actor_id) -> str:
        if actor_id is None or pd.isna(actor_id):
            return "unknown"
        return str(self.dataset.actors.set_index("actor_id").loc[actor_id, "name"])

    def cited_sources(self) -> pd.DataFrame:
        """Sources cited by any row in scope, numbered [1], [2]… in a stable order.

        Computed once per scope: every citation in a report asks for these numbers, and
        recomputing them per row made a report quadratic in its observations."""
        cached = self.__dict__.get("_cited_sources")
        if cached is None:
            cached = self.__dict__["_cited_sources"] = self._cited_sources()
        return cached.copy()

    def source_numbers(self) -> dict[str, int]:
        """source_id -> the report's citation number (computed once per scope)."""
        cached = self.__dict__.get("_source_numbers")
        if cached is None:
            cited = self.cited_sources()
            cached = dict(zip(cited["source_id"], cited["number"], strict=True))
            self.__dict__["_source_numbers"] = cached
        return cached

    def _cited_sources(self) -> pd.DataFrame:
        ids = set()
        for name in FACT_TABLES:
            ids |= set(getattr(self, name)["source_id"].dropna())
        ids |= set(self.pairings["source_id"].dropna())
        for col in ("since_source_id", "start_source_id", "end_source_id"):
            if col in self.pairings:
                ids |= set(self.pairings[col].dropna())
        # The report lists unconfirmed facts and both sides of a conflict, with their sources.
        for df, cols in (
            (self.unconfirmed, ("source_id",)),
            (self.conflicts, ("source_a", "source_b")),
        ):
            for col in cols:
                if col in df:
                    ids |= set(df[col].dropna())
        src = self.dataset.sources
        out = src[src["source_id"].isin(ids)].sort_values("source_id").reset_index(drop=True)
        out.insert(0, "number", range(1, len(out) + 1))
        return out


def pairing_family(pairings: pd.DataFrame, pairing_id: str) -> list[str]:
    """The pairing and every pairing below it (a province pairing includes its city pairings)."""
    family, frontier = [pairing_id], [pairing_id]
    while frontier:
        children = pairings.loc[pairings["parent_pairing_id"].isin(frontier), "pairing_id"].tolist()
        frontier = [c for c in children if c not in family]
        family += frontier
    return family


def _known(df: pd.DataFrame, available: pd.Series, as_of: dt.date) -> pd.Series:
    avail = df["source_id"].map(available)
    return avail.notna() & (avail <= pd.Timestamp(as_of))


def _family_tables(ds: Dataset, facts: dict[str, pd.DataFrame], family: list[str]) -> dict:
    """Apply the pairing rules to ``facts`` (already cut by date, or not)."""
    ev_all = facts["events"]
    in_family = ev_all["pairing_id"].isin(family)
    wanted = set(ev_all.loc[in_family, "event_id"])
    parents = ev_all.set_index("event_id")["parent_event_id"]
    frontier = set(wanted)
    while frontier:  # the events these are part of give them context (the visit around a forum)
        up = {parents.get(e) for e in frontier} - {None} - wanted
        up = {e for e in up if isinstance(e, str) and e in parents.index}
        wanted |= up
        frontier = up
    events = ev_all[ev_all["event_id"].isin(wanted)]
    participations = facts["participations"][facts["participations"]["event_id"].isin(wanted)]
    # Commitments of the family, and those stated at the family's own events (a province's pledge
    # made at a city forum belongs in the city's report too).
    family_events = set(ev_all.loc[in_family, "event_id"])
    com = facts["commitments"]
    commitments = com[com["pairing_id"].isin(family) | com["event_id"].isin(family_events)]
    indicators = facts["indicators"][facts["indicators"]["pairing_id"].isin(family)]
    observations = facts["observations"][
        facts["observations"]["indicator_id"].isin(indicators["indicator_id"])
    ]
    actor_ids = set(participations["actor_id"])
    for col in ("from_actor_id", "to_actor_id", "stated_by_id"):
        actor_ids |= set(commitments[col].dropna())
    positions = facts["positions"][facts["positions"]["actor_id"].isin(actor_ids)]
    return {
        "pairings": ds.pairings[ds.pairings["pairing_id"].isin(family)],
        "events": events,
        "participations": participations,
        "commitments": commitments,
        "indicators": indicators,
        "observations": observations,
        "positions": positions,
        "actors": ds.actors[ds.actors["actor_id"].isin(actor_ids)],
    }


def scope_dataset(
    ds: Dataset,
    pairing_id: str,
    as_of: dt.date,
    include_weak: bool = False,
    members: bool = True,
) -> Scope:
    """Cut the dataset down to one pairing's family and to what was known by ``as_of``.

    Facts resting only on weak sources go to ``unconfirmed`` unless ``include_weak``. With
    ``members=False`` only the pairing's own rows: what a family report lays out in full."""
    available = ds.sources.set_index("source_id")["available_from"]
    family = pairing_family(ds.pairings, pairing_id) if members else [pairing_id]
    known = {
        name: ds.tables[name][_known(ds.tables[name], available, as_of)] for name in FACT_TABLES
    }
    all_known = _family_tables(ds, known, family)
    everything = _family_tables(ds, {name: ds.tables[name] for name in FACT_TABLES}, family)
    withheld = {name: len(everything[name]) - len(all_known[name]) for name in FACT_TABLES}
    tables = all_known if include_weak else drop_weak(ds, all_known)
    return Scope(
        ds,
        pairing_id,
        as_of,
        family,
        **tables,
        withheld=withheld,
        unconfirmed=unconfirmed_rows(ds, all_known),
        conflicts=conflicts_in(ds, all_known),
        include_weak=include_weak,
    )
