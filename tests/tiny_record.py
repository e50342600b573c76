"""A hand-made dataset of a few rows under the project's schema, for tests of the record rules.

Built row by row so that a test states exactly what it breaks, and so that growing data/ never
changes what these tests see. Only the descriptor comes from data/ (the schema under test).
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

from conftest import PROJECT_DATA as DATA
from conftest import edit_cell

ROWS: dict[str, list[dict]] = {
    "sources": [
        dict(
            source_id="gov-1",
            title="City government item",
            publisher="Dalian government",
            url="http://gov.example/1",
            language="en",
            reliability="official",
            published="2019-08-31",
            available_from="2019-08-31",
            available_from_basis="stated",
        ),
        dict(
            source_id="paper-2",
            title="Newspaper item",
            publisher="A daily",
            url="http://paper.example/2",
            language="zh",
            reliability="press",
            published="2024-03-06",
            available_from="2024-03-06",
            available_from_basis="stated",
        ),
        dict(
            source_id="farm-3",
            title="Content farm page",
            publisher="spam mirror",
            url="http://farm.example/3",
            language="zh",
            reliability="weak",
            published="2023-01-01",
            available_from="2023-01-01",
            available_from_basis="stated",
        ),
        dict(
            source_id="farm-3-en",
            title="Content farm page, English line",
            publisher="spam mirror",
            url="http://farm.example/3",
            language="en",
            reliability="weak",
            translation_of="farm-3",
            published="2023-01-01",
            available_from="2023-01-01",
            available_from_basis="stated",
        ),
    ],
    "areas": [dict(area_id="funds", label="Funds", description="Money.", assessment="true")],
    "actors": [
        dict(actor_id="east-city", name="East City", kind="city", side="east", source_id="gov-1"),
        dict(actor_id="west-city", name="West City", kind="city", side="west", source_id="gov-1"),
        dict(
            actor_id="south-city", name="South City", kind="city", side="east", source_id="paper-2"
        ),
    ],
    "pairings": [
        dict(
            pairing_id="east-west",
            east_actor_id="east-city",
            west_actor_id="west-city",
            level="city",
            programme="East-West",
            start="1996-01-01",
            start_precision="year",
            start_basis="stated",
            start_source_id="gov-1",
            end="2021-04-15",
            end_precision="day",
            end_basis="inferred",
            end_source_id="paper-2",
            successor_id="south-west",
            since="1996",
            since_source_id="gov-1",
            source_id="gov-1",
        ),
        dict(
            pairing_id="south-west",
            east_actor_id="south-city",
            west_actor_id="west-city",
            level="city",
            programme="East-West",
            start="2021-04-15",
            start_precision="day",
            start_basis="stated",
            start_source_id="paper-2",
            predecessor_id="east-west",
            since="2021",
            since_source_id="paper-2",
            source_id="paper-2",
        ),
    ],
    "events": [
        dict(
            event_id="start-official",
            name="Start",
            kind="milestone",
            start_date="1996-01-01",
            end_date="1996-12-31",
            date_precision="year",
            date_basis="stated",
            pairing_id="east-west",
            source_id="gov-1",
        ),
        dict(
            event_id="start-weak",
            name="Start",
            kind="milestone",
            start_date="1998-01-01",
            end_date="1998-12-31",
            date_precision="year",
            date_basis="stated",
            pairing_id="east-west",
            source_id="farm-3",
        ),
    ],
    "commitments": [
        dict(
            commitment_id="funds-2019",
            kind="reported achievement",
            description="Funds to 2019",
            area_id="funds",
            pairing_id="east-west",
            quantity="487000000",
            value_text="4.87亿元",
            unit="yuan",
            qualifier="exact",
            cumulative="true",
            as_of_date="2019-08-31",
            as_of_basis="stated",
            status="reported",
            source_id="gov-1",
        ),
    ],
    "indicators": [
        dict(
            indicator_id="funds-total",
            name="Funds (running total)",
            commitment_id="funds-2019",
            pairing_id="east-west",
            area_id="funds",
            unit="yuan",
            direction="increase",
            cumulative="true",
            target_value="2000000000",
            target_date="2020-12-31",
            target_source_id="farm-3",
            source_id="gov-1",
        ),
    ],
    "observations": [
        dict(
            observation_id="funds-2019",
            indicator_id="funds-total",
            ref_date="2019-08-31",
            ref_date_basis="stated",
            kind="cumulative",
            period_start="1996-01-01",
            value="487000000",
            value_text="4.87亿元",
            unit="yuan",
            qualifier="exact",
            source_id="gov-1",
        ),
        dict(
            observation_id="funds-claim",
            indicator_id="funds-total",
            ref_date="2021-12-31",
            ref_date_basis="inferred",
            kind="cumulative",
            period_start="1998-01-01",
            value="1500000000",
            unit="yuan",
            qualifier="more than",
            source_id="farm-3",
        ),
    ],
    "conflicts": [
        dict(
            conflict_id="start",
            subject="Start of the pairing",
            table="events",
            field="start_date",
            row_a="start-official",
            row_b="start-weak",
            chosen="start-official",
            rule="official over weak",
        ),
    ],
    "leads": [
        dict(
            url="http://farm.example/9",
            handling="skipped-no-facts",
            figures="0",
            figures_left="1",
            note="weak, nothing of its own",
        ),
    ],
}


def write_tiny_record(target: Path, rows: dict[str, list[dict]] | None = None) -> Path:
    """Write the tiny dataset (or ``rows``) under ``target`` with data/'s descriptor; return it."""
    rows = ROWS if rows is None else rows
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "datapackage.json", target / "datapackage.json")
    descriptor = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    for res in descriptor["resources"]:
        columns = [f["name"] for f in res["schema"]["fields"]]
        # A column that always applies is never empty: a row that does not set it is silent on it.
        unset = {
            f["name"]: ""
            if "" in f.get("missingValues", res["schema"].get("missingValues", [""]))
            else "unknown"
            for f in res["schema"]["fields"]
        }
        with (target / res["path"]).open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
            w.writeheader()
            for row in rows.get(res["name"], []):
                w.writerow({c: row.get(c, unset[c]) for c in columns})
    return target


set_cell = edit_cell  # one cell of one row, as every data test edits it
