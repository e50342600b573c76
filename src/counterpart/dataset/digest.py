"""Content digests of what each report reads: its pairing family's rows, as known by a date.

A report must be rebuilt when a fact it shows changes, and only then. ``scope_dataset`` decides
which rows a report reads; running it once per job would cost seconds at hundreds of pairings. So
every row of every table is hashed once (``pandas.util.hash_pandas_object``), each pairing is
linked to the rows its own scope rules pull in (its events and their parent events, their
participations, its commitments and those stated at its events, its indicators and their
observations, the actors and positions those name, the pairing rows above it, the sources all of
them cite), and a family is the union of its members' rows: the same rules as ``scope``, applied
as table joins. A family's digest as of a date covers:

* the content of its rows known by then (a fact row's source available by the date),
* how many of its fact rows are still withheld (the report says how many),
* where the date falls among the dates in those rows (a target date passing changes a status),
* the areas table and the schema, which every report reads whole.

Two dates with the same digest give the same report content except for the date it prints.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable

import numpy as np
import pandas as pd

from ..errors import CounterpartError
from .load import Dataset
from .schema import DESCRIPTOR
from .scope import FACT_TABLES

# The tables a report reads row by row; their order fixes the codes that go into the digest.
TABLES = ("pairings", "actors", "sources", *FACT_TABLES)
ALWAYS = pd.Timestamp.min  # "known" date of rows that name things (never withheld)


class DigestError(CounterpartError):
    """The rows behind a report cannot be worked out; raised while planning, before any kernel."""

    exit_code = 3


def _pairs(member, rows) -> pd.DataFrame:
    return pd.DataFrame({"member": np.asarray(member, dtype=object), "row": np.asarray(rows)})


class FamilyDigests:
    """Row hashes and each pairing's rows, computed once per dataset; then digests per date."""

    def __init__(self, ds: Dataset) -> None:
        try:
            self._build(ds)
        except (KeyError, TypeError, ValueError) as exc:
            raise DigestError(
                f"cannot work out which rows each report reads from the dataset at "
                f"{ds.data_dir}: {type(exc).__name__}: {exc}. The tables no longer match what "
                "the runner expects (a column renamed or removed?); run `counterpart validate`."
            ) from exc

    # --- built once ---------------------------------------------------------------------------

    def _build(self, ds: Dataset) -> None:
        t = {name: ds.tables[name].reset_index(drop=True) for name in TABLES}
        self.pairing_ids = t["pairings"]["pairing_id"].astype(object).tolist()
        parent = t["pairings"]["parent_pairing_id"].astype(object)
        self.children: dict[str, list[str]] = {}
        for pid, up in zip(self.pairing_ids, parent, strict=True):
            if isinstance(up, str):
                self.children.setdefault(up, []).append(pid)
        offsets, start = {}, 0
        for name in TABLES:
            offsets[name] = start
            start += len(t[name])
        self.code = np.concatenate(
            [np.full(len(t[name]), i, dtype=np.uint64) for i, name in enumerate(TABLES)]
        )
        self.hashes = np.concatenate(
            [pd.util.hash_pandas_object(t[name], index=False).to_numpy() for name in TABLES]
        ).astype(np.uint64)
        available = t["sources"].set_index("source_id")["available_from"]
        avail = []
        for name in TABLES:
            if name in FACT_TABLES:
                avail.append(t[name]["source_id"].map(available).to_numpy("datetime64[ns]"))
            else:
                avail.append(np.full(len(t[name]), ALWAYS.to_datetime64(), "datetime64[ns]"))
        self.avail = np.concatenate(avail)
        self.is_fact = np.isin(self.code, [TABLES.index(n) for n in FACT_TABLES])
        # Every date cell of every row, for "where does as_of fall among the report's dates".
        gids, dates = [], []
        for name in TABLES:
            for col in t[name].columns:
                if pd.api.types.is_datetime64_any_dtype(t[name][col]):
                    values = t[name][col].to_numpy("datetime64[ns]")
                    ok = ~np.isnat(values)
                    gids.append(np.flatnonzero(ok) + offsets[name])
                    dates.append(values[ok])
        self.date_gid = np.concatenate(gids) if gids else np.zeros(0, np.int64)
        self.date_val = np.concatenate(dates) if dates else np.zeros(0, "datetime64[ns]")
        self.uses = self._uses(t, offsets)
        shared = hashlib.sha256((ds.data_dir / DESCRIPTOR).read_bytes())
        shared.update(pd.util.hash_pandas_object(ds.tables["areas"], index=False).to_numpy())
        self.shared = shared.digest()

    def _uses(self, t: dict[str, pd.DataFrame], offsets: dict[str, int]) -> pd.DataFrame:
        """(member pairing, global row id) for every row a pairing's own scope rules pull in."""

        def rows(name: str, frame: pd.DataFrame, key: str, col: str) -> pd.DataFrame:
            """Join (member, key) pairs to the rows of table ``name`` whose ``col`` matches."""
            table = t[name][[col]].astype(object).reset_index(names="row")
            out = frame.merge(table, left_on=key, right_on=col)[["member", "row"]]
            out["row"] = out["row"] + offsets[name]
            return out

        pairings = t["pairings"].astype(object)
        own = pd.DataFrame({"member": pairings["pairing_id"], "pid": pairings["pairing_id"]})
        up = pd.DataFrame({"member": pairings["pairing_id"], "pid": pairings["parent_pairing_id"]})
        pairing_rows = pd.concat([own, up.dropna()])
        uses = [rows("pairings", pairing_rows, "pid", "pairing_id")]

        ev = t["events"][["event_id", "parent_event_id", "pairing_id"]].astype(object)
        own_events = ev.dropna(subset=["pairing_id"]).rename(columns={"pairing_id": "member"})
        wanted = own_events[["member", "event_id"]]
        frontier = wanted
        parent_of = ev[["event_id", "parent_event_id"]].dropna()
        while len(frontier):  # parent events give context (the visit around a forum)
            up_ev = frontier.merge(parent_of, on="event_id")[["member", "parent_event_id"]]
            up_ev = up_ev.rename(columns={"parent_event_id": "event_id"})
            up_ev = up_ev[up_ev["event_id"].isin(ev["event_id"])]
            new = up_ev.merge(wanted, how="left", indicator=True)
            frontier = new[new["_merge"] == "left_only"][["member", "event_id"]].drop_duplicates()
            wanted = pd.concat([wanted, frontier])
        uses.append(rows("events", wanted, "event_id", "event_id"))
        parts = rows("participations", wanted, "event_id", "event_id")
        uses.append(parts)

        com_by_pairing = rows("commitments", own[["member", "pid"]], "pid", "pairing_id")
        com_by_event = rows(
            "commitments", own_events[["member", "event_id"]], "event_id", "event_id"
        )
        uses += [com_by_pairing, com_by_event]
        ind = rows("indicators", own[["member", "pid"]], "pid", "pairing_id")
        uses.append(ind)
        ind_ids = ind.assign(indicator_id=t["indicators"]["indicator_id"].astype(object).to_numpy()[
            ind["row"] - offsets["indicators"]])  # fmt: skip
        uses.append(rows("observations", ind_ids[["member", "indicator_id"]], "indicator_id",
                         "indicator_id"))  # fmt: skip

        actor_pairs = []
        part_rows = parts["row"] - offsets["participations"]
        actor_pairs.append(_pairs(parts["member"], t["participations"]["actor_id"].astype(object)
                                  .to_numpy()[part_rows]))  # fmt: skip
        com = pd.concat([com_by_pairing, com_by_event])
        com_rows = com["row"] - offsets["commitments"]
        for col in ("from_actor_id", "to_actor_id", "stated_by_id"):
            values = t["commitments"][col].astype(object).to_numpy()[com_rows]
            actor_pairs.append(_pairs(com["member"], values))
        positions = rows("positions", pd.concat(actor_pairs).rename(columns={"row": "actor_id"})
                         .dropna(), "actor_id", "actor_id")  # fmt: skip
        uses.append(positions)
        pos_rows = positions["row"] - offsets["positions"]
        orgs = t["positions"]["organisation_id"].astype(object).to_numpy()[pos_rows]
        actor_pairs.append(_pairs(positions["member"], orgs))
        prow = uses[0]["row"] - offsets["pairings"]
        for col in ("east_actor_id", "west_actor_id"):
            actor_pairs.append(_pairs(uses[0]["member"], pairings[col].to_numpy()[prow]))
        actors = pd.concat(actor_pairs).rename(columns={"row": "actor_id"}).dropna()
        uses.append(rows("actors", actors, "actor_id", "actor_id"))

        cited = []
        for use in uses:
            rows_ = use["row"].to_numpy()
            for name in TABLES:
                lo, hi = offsets[name], offsets[name] + len(t[name])
                mine = (rows_ >= lo) & (rows_ < hi)
                if not mine.any():
                    continue
                for col in ("source_id", "since_source_id"):
                    if col in t[name].columns:
                        ids = t[name][col].astype(object).to_numpy()[rows_[mine] - lo]
                        cited.append(_pairs(use["member"].to_numpy()[mine], ids))
        sources = pd.concat(cited).rename(columns={"row": "source_id"}).dropna()
        uses.append(rows("sources", sources, "source_id", "source_id"))
        out = pd.concat(uses, ignore_index=True).drop_duplicates()
        return out.astype({"member": object, "row": np.int64})

    # --- per request --------------------------------------------------------------------------

    def family(self, pairing_id: str) -> list[str]:
        """The pairing and every pairing below it, as ``scope.pairing_family`` finds them."""
        if pairing_id not in set(self.pairing_ids):
            raise DigestError(f"pairing {pairing_id!r} is not in the dataset")
        out, frontier = [pairing_id], [pairing_id]
        while frontier:
            frontier = [c for p in frontier for c in self.children.get(p, []) if c not in out]
            out += frontier
        return out

    def digests(self, requests: Iterable[tuple[str, dt.date]]) -> dict[tuple[str, dt.date], str]:
        """The digest of each (pairing, date): one join for all families, then one hash each."""
        requests = sorted(set(requests), key=lambda r: (r[0], r[1]))
        roots = sorted({p for p, _ in requests})
        fam = pd.DataFrame(
            [(root, m) for root in roots for m in self.family(root)], columns=["root", "member"]
        )
        joined = fam.merge(self.uses, on="member")[["root", "row"]].drop_duplicates()
        joined = joined.sort_values(["root", "row"], kind="stable")
        bounds = {}
        roots_arr = joined["root"].to_numpy()
        rows_arr = joined["row"].to_numpy()
        if len(roots_arr):
            change = np.flatnonzero(roots_arr[1:] != roots_arr[:-1]) + 1
            starts = np.concatenate([[0], change])
            ends = np.concatenate([change, [len(roots_arr)]])
            bounds = {roots_arr[s]: (s, e) for s, e in zip(starts, ends, strict=True)}
        out = {}
        for root, day in requests:
            s, e = bounds.get(root, (0, 0))
            gid = rows_arr[s:e]
            when = np.datetime64(pd.Timestamp(day), "ns")
            known = self.avail[gid] <= when  # NaT compares False: never known
            fact = self.is_fact[gid]
            kept = gid[known]
            withheld = np.bincount(self.code[gid[fact & ~known]].astype(np.int64),
                                   minlength=len(TABLES))  # fmt: skip
            dates = self.date_val[np.isin(self.date_gid, kept)]
            position = (int((dates <= when).sum()), int((dates < when).sum()))
            content = np.sort(self.hashes[kept] ^ (self.code[kept] * np.uint64(0x9E3779B97F4A7C15)))
            h = hashlib.sha256(self.shared)
            h.update(content.tobytes())
            h.update(withheld.astype(np.int64).tobytes())
            h.update(repr(position).encode())
            out[(root, day)] = h.hexdigest()[:24]
        return out
