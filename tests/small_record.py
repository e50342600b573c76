"""A small hand-made record for report tests: a province pairing with two city pairings under it,
one that ended and has a successor, official, press and weak sources, and one conflict.

Built in memory (no CSV), so each test states the few facts it relies on, and none of them
changes when ``data/`` grows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from counterpart.dataset.load import Dataset
from counterpart.reports.provenance import make_provenance
from counterpart.reports.report import Report, make_report

T = pd.Timestamp

COLUMNS = {
    "sources": "source_id title publisher url published available_from available_from_basis "
    "reliability language translation_of",
    "actors": "actor_id name name_zh kind side",
    "areas": "area_id label",
    "pairings": "pairing_id east_actor_id west_actor_id level parent_pairing_id programme since "
    "since_source_id source_id paragraph start start_precision start_basis start_source_id end "
    "end_precision end_basis end_source_id predecessor_id successor_id",
    "events": "event_id pairing_id parent_event_id name kind start_date end_date date_basis "
    "date_precision time_of_day place source_id paragraph",
    "participations": "participation_id event_id actor_id role source_id paragraph",
    "positions": "position_id actor_id title stated_on stated_on_basis source_id paragraph",
    "commitments": "commitment_id pairing_id event_id parent_commitment_id kind description "
    "area_id area_as_stated from_actor_id to_actor_id stated_by_id quantity unit qualifier "
    "cumulative as_of_date as_of_basis source_id paragraph",
    "indicators": "indicator_id name commitment_id pairing_id area_id unit direction cumulative "
    "baseline_value baseline_date target_value target_date source_id paragraph",
    "observations": "observation_id indicator_id ref_date ref_date_basis kind period_start value "
    "value_text unit qualifier source_id paragraph",
    "conflicts": "conflict_id subject table field row_a row_b chosen rule notes",
}


def _table(name: str, rows: list[dict]) -> pd.DataFrame:
    cols = COLUMNS[name].split()
    return pd.DataFrame([{c: r.get(c) for c in cols} for r in rows], columns=cols)


def _source(sid, day, reliability):
    return {"source_id": sid, "title": f"Article {sid}", "publisher": "P", "url": f"http://x/{sid}",
            "available_from": T(day), "available_from_basis": "stated", "reliability": reliability,
            "language": "en"}  # fmt: skip


def _obs(oid, iid, day, kind, value, sid, start=None):
    return {"observation_id": oid, "indicator_id": iid, "ref_date": T(day), "kind": kind,
            "period_start": T(start) if start else None, "value": value, "unit": "yuan",
            "qualifier": "exact", "source_id": sid, "paragraph": 1}  # fmt: skip


def small_record() -> Dataset:
    """Province P (east-p → west-p) with cities A (ended 2020, successor C) and B under it."""
    actors = [
        {"actor_id": a, "name": n, "kind": "government", "side": side}
        for a, n, side in [
            ("east-p", "East Province", "east"), ("west-p", "West Province", "west"),
            ("east-a", "Alpha City", "east"), ("west-a", "Aleph City", "west"),
            ("east-b", "Beta City", "east"), ("west-b", "Bet City", "west"),
            ("east-c", "Gamma City", "east"),
        ]
    ]  # fmt: skip
    pairings = [
        {"pairing_id": "p", "east_actor_id": "east-p", "west_actor_id": "west-p",
         "level": "province", "programme": "East-West", "since": "2010", "source_id": "off-1"},
        {"pairing_id": "a", "east_actor_id": "east-a", "west_actor_id": "west-a", "level": "city",
         "parent_pairing_id": "p", "programme": "East-West", "since": "2010", "source_id": "off-1",
         "start": T("2010-01-01"), "start_precision": "year", "end": T("2020-12-31"),
         "end_precision": "year", "end_basis": "stated", "end_source_id": "off-2",
         "successor_id": "c"},
        {"pairing_id": "b", "east_actor_id": "east-b", "west_actor_id": "west-b", "level": "city",
         "parent_pairing_id": "p", "programme": "East-West", "since": "2012", "source_id": "off-1"},
        {"pairing_id": "c", "east_actor_id": "east-c", "west_actor_id": "west-a", "level": "city",
         "parent_pairing_id": "p", "programme": "East-West", "since": "2021", "source_id": "off-2",
         "predecessor_id": "a"},
    ]  # fmt: skip
    commitments = [
        {"commitment_id": "big", "pairing_id": "a", "kind": "reported achievement",
         "description": "Funds from Alpha to Aleph", "area_id": "funds", "from_actor_id": "east-a",
         "to_actor_id": "west-a", "quantity": 500e6, "unit": "yuan", "qualifier": "exact",
         "cumulative": True, "as_of_date": T("2019-06-30"), "source_id": "off-1", "paragraph": 2},
        {"commitment_id": "rumour", "pairing_id": "a", "kind": "reported achievement",
         "description": "Funds claimed by a blog", "area_id": "funds", "from_actor_id": "east-a",
         "to_actor_id": "west-a", "quantity": 9e9, "unit": "yuan", "qualifier": "exact",
         "cumulative": True, "as_of_date": T("2019-06-30"), "source_id": "weak-1", "paragraph": 1},
    ]  # fmt: skip
    indicators = [
        {"indicator_id": "a-funds", "name": "Alpha funds per year", "pairing_id": "a",
         "area_id": "funds", "unit": "yuan", "direction": "increase", "cumulative": False,
         "target_value": 30e6, "target_date": T("2020-12-31"), "source_id": "off-1"},
        {"indicator_id": "b-funds", "name": "Beta funds per year", "pairing_id": "b",
         "area_id": "funds", "unit": "yuan", "direction": "increase", "cumulative": False,
         "source_id": "press-1"},
        {"indicator_id": "b-total", "name": "Beta funds, running total", "pairing_id": "b",
         "area_id": "funds", "unit": "yuan", "direction": "increase", "cumulative": True,
         "source_id": "press-1"},
    ]  # fmt: skip
    observations = [
        _obs("a-2018", "a-funds", "2018-12-31", "yearly", 40e6, "off-1", "2018-01-01"),
        _obs("a-2019", "a-funds", "2019-12-31", "yearly", 45e6, "off-2", "2019-01-01"),
        _obs("a-2019-press", "a-funds", "2019-12-31", "yearly", 54e6, "press-1", "2019-01-01"),
        _obs("b-2019", "b-funds", "2019-12-31", "yearly", 20e6, "press-1", "2019-01-01"),
        _obs("b-total-2019", "b-total", "2019-12-31", "cumulative", 90e6, "press-1", "2012-01-01"),
        _obs("b-total-2020", "b-total", "2020-12-31", "cumulative", 120e6, "off-2", "2012-01-01"),
    ]
    conflicts = [
        {"conflict_id": "a-2019", "subject": "Alpha's funds in 2019", "table": "observations",
         "field": "value", "row_a": "a-2019", "row_b": "a-2019-press", "chosen": "a-2019",
         "rule": "official over press"},
    ]  # fmt: skip
    tables = {
        "sources": _table("sources", [
            _source("off-1", "2019-07-01", "official"), _source("off-2", "2021-01-10", "official"),
            _source("press-1", "2020-02-01", "press"), _source("weak-1", "2019-07-02", "weak"),
        ]),
        "actors": _table("actors", actors),
        "areas": _table("areas", [{"area_id": "funds", "label": "Funds"}]),
        "pairings": _table("pairings", pairings),
        "events": _table("events", []),
        "participations": _table("participations", []),
        "positions": _table("positions", []),
        "commitments": _table("commitments", commitments),
        "indicators": _table("indicators", indicators),
        "observations": _table("observations", observations),
        "conflicts": _table("conflicts", conflicts),
    }  # fmt: skip
    for name in ("events", "commitments", "observations", "indicators"):
        for col in tables[name].columns:
            if col.endswith("date") or col in ("period_start",):
                tables[name][col] = pd.to_datetime(tables[name][col])
    tables["observations"]["value"] = tables["observations"]["value"].astype(float)
    tables["commitments"]["quantity"] = tables["commitments"]["quantity"].astype(float)
    tables["indicators"]["target_value"] = tables["indicators"]["target_value"].astype(float)
    tables["indicators"]["baseline_value"] = tables["indicators"]["baseline_value"].astype(float)
    return Dataset(Path("small-record"), None, tables, "sha256:small")


def small_report(pairing: str, as_of: str, previous_as_of: str | None = None) -> Report:
    ds = small_record()
    day = dt.date.fromisoformat(as_of)
    prev = dt.date.fromisoformat(previous_as_of) if previous_as_of else None
    return make_report(
        ds, pairing, day, make_provenance({"pairing": pairing}, ds.fingerprint, "small"), prev
    )


def many_members_record(n: int) -> Dataset:
    """The small record with ``n`` more city pairings under province P, city k reporting one
    yearly figure of k million yuan for 2019 (official source): a family too big to chart."""
    ds = small_record()
    t = dict(ds.tables)
    actors, pairings, indicators, observations = [], [], [], []
    for k in range(1, n + 1):
        actors += [
            {"actor_id": f"east-m{k}", "name": f"East Town {k}", "kind": "government", "side": "east"},
            {"actor_id": f"west-m{k}", "name": f"West Town {k}", "kind": "government", "side": "west"},
        ]  # fmt: skip
        pairings.append(
            {
                "pairing_id": f"m{k}",
                "east_actor_id": f"east-m{k}",
                "west_actor_id": f"west-m{k}",
                "level": "city",
                "parent_pairing_id": "p",
                "programme": "East-West",
                "since": "2015",
                "source_id": "off-1",
            }  # fmt: skip
        )
        indicators.append(
            {
                "indicator_id": f"m{k}-funds",
                "name": f"Town {k} funds per year",
                "pairing_id": f"m{k}",
                "area_id": "funds",
                "unit": "yuan",
                "direction": "increase",
                "cumulative": False,
                "target_value": 10e6,
                "target_date": T("2022-12-31"),
                "source_id": "off-1",
            }  # fmt: skip
        )
        observations.append(
            _obs(
                f"m{k}-2019", f"m{k}-funds", "2019-12-31", "yearly", k * 1e6, "off-1", "2019-01-01"
            )
        )
    for name, rows in (("actors", actors), ("pairings", pairings), ("indicators", indicators),
                       ("observations", observations)):  # fmt: skip
        more = _table(name, rows)
        for col in more.columns:
            if col.endswith("date") or col == "period_start":
                more[col] = pd.to_datetime(more[col])
        t[name] = pd.concat([t[name], more], ignore_index=True)
    return Dataset(Path("many-members"), None, t, "sha256:many")


def many_members_report(n: int, as_of: str) -> Report:
    ds = many_members_record(n)
    day = dt.date.fromisoformat(as_of)
    return make_report(ds, "p", day, make_provenance({"pairing": "p"}, ds.fingerprint, "many"))
