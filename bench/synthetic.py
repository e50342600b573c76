"""A SYNTHETIC dataset of N pairings for scale runs — never to be read as facts.

It copies ``data/`` and adds N city pairings ``synthetic-1`` … ``synthetic-N``, each with two
invented cities and a copy of the Dalian → Liupanshui events, participations, commitments,
indicators and observations (so every report has real work to do). With ``per_province`` (10 by
default; 0 for stand-alone cities) every block of that many cities hangs under an invented
province pairing ``synthetic-province-J`` below the national one, so the family tree is national →
province → city as in the real data. Every added row
cites one source, ``synthetic``, whose stored document says in its first line that it is invented.
The folder is written wherever you ask (by default a temporary one), never inside ``data/``.

    python bench/synthetic.py 200 /tmp/counterpart-synthetic
"""

from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = "dalian-liupanshui"
SOURCE = "synthetic"
EVIDENCE = "invented record for scale testing"
DOCUMENT = (
    "SYNTHETIC TEST DATA - NOT A REAL ARTICLE\n\n"
    f"Every row citing this document is an {EVIDENCE}; it describes no real pairing.\n"
)


def _read(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames), list(reader)


def _append(path: Path, header: list[str], rows: list[dict]) -> None:
    with path.open("a", encoding="utf-8", newline="") as fh:
        csv.DictWriter(fh, header, lineterminator="\n").writerows(rows)


def _cite(row: dict) -> dict:
    row = dict(row)
    row.update(source_id=SOURCE, paragraph="1")
    if "evidence" in row:
        row["evidence"] = EVIDENCE
    return row


def make_synthetic(n: int, target: Path, per_province: int = 10) -> Path:
    """Write the synthetic data folder to ``target/data``; return it."""
    data = Path(target) / "data"
    if data.exists():
        shutil.rmtree(data)
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns(".*"))
    (data / "sources" / f"{SOURCE}.txt").write_text(DOCUMENT, encoding="utf-8")
    header, _ = _read(data / "sources.csv")
    source = dict.fromkeys(header, "")
    source.update(
        source_id=SOURCE,
        title="SYNTHETIC scale-test data (invented)",
        publisher="counterpart bench/synthetic.py",
        url="https://example.invalid/synthetic",
        language="en",
        published="unknown",
        available_from="2020-12-31",
        available_from_basis="stated",
        document=f"sources/{SOURCE}.txt",
        notes="Generated for benchmarks; not a fact about any real pairing.",
    )
    _append(data / "sources.csv", header, [source])

    tables = {name: _read(data / f"{name}.csv") for name in (
        "actors", "pairings", "events", "participations", "commitments", "indicators",
        "observations")}  # fmt: skip
    events = [e for e in tables["events"][1] if e["pairing_id"] == TEMPLATE]
    event_ids = {e["event_id"] for e in events}
    parts = [p for p in tables["participations"][1] if p["event_id"] in event_ids]
    commitments = [c for c in tables["commitments"][1] if c["pairing_id"] == TEMPLATE]
    indicators = [i for i in tables["indicators"][1] if i["pairing_id"] == TEMPLATE]
    indicator_ids = {i["indicator_id"] for i in indicators}
    observations = [o for o in tables["observations"][1] if o["indicator_id"] in indicator_ids]
    commitment_ids = {c["commitment_id"] for c in commitments}

    new: dict[str, list[dict]] = {name: [] for name in tables}
    provinces = -(-n // per_province) if per_province else 0
    for j in range(1, provinces + 1):
        pid, east, west = f"synthetic-province-{j}", f"synthetic-east-p{j}", f"synthetic-west-p{j}"
        for actor, side in ((east, "east"), (west, "west")):
            row = dict.fromkeys(tables["actors"][0], "")
            row.update(actor_id=actor, name=f"Synthetic {side.title()} Province {j}",
                       kind="province", side=side, notes="SYNTHETIC")  # fmt: skip
            new["actors"].append(_cite(row))
        row = dict.fromkeys(tables["pairings"][0], "")
        row.update(pairing_id=pid, east_actor_id=east, west_actor_id=west, level="province",
                   parent_pairing_id="east-west-national", programme="SYNTHETIC programme",
                   since="unknown")  # fmt: skip
        new["pairings"].append(_cite(row))
    for k in range(1, n + 1):
        pid, east, west = f"synthetic-{k}", f"synthetic-east-{k}", f"synthetic-west-{k}"
        sfx = f"-s{k}"
        for actor, side in ((east, "east"), (west, "west")):
            row = dict.fromkeys(tables["actors"][0], "")
            row.update(actor_id=actor, name=f"Synthetic {side.title()} City {k}", kind="city",
                       side=side, notes="SYNTHETIC")  # fmt: skip
            new["actors"].append(_cite(row))
        row = dict.fromkeys(tables["pairings"][0], "")
        parent = f"synthetic-province-{(k - 1) // per_province + 1}" if per_province else ""
        row.update(pairing_id=pid, east_actor_id=east, west_actor_id=west, level="city",
                   parent_pairing_id=parent, programme="SYNTHETIC programme",
                   since="unknown")  # fmt: skip
        new["pairings"].append(_cite(row))

        def ev(x: str, sfx: str = sfx) -> str:
            return x + sfx if x in event_ids else x

        for e in events:
            new["events"].append(_cite({**e, "event_id": ev(e["event_id"]),
                                        "parent_event_id": ev(e["parent_event_id"]),
                                        "pairing_id": pid}))  # fmt: skip
        for p in parts:
            new["participations"].append(_cite({**p, "participation_id": p["participation_id"] + sfx,
                                                "event_id": ev(p["event_id"])}))  # fmt: skip
        for c in commitments:
            parent = c["parent_commitment_id"]
            new["commitments"].append(_cite({
                **c, "commitment_id": c["commitment_id"] + sfx, "pairing_id": pid,
                "from_actor_id": east if c["from_actor_id"] else "",
                "to_actor_id": west if c["to_actor_id"] else "",
                "event_id": ev(c["event_id"]),
                "parent_commitment_id": parent + sfx if parent in commitment_ids else parent,
            }))  # fmt: skip
        for i in indicators:
            cid = i["commitment_id"]
            new["indicators"].append(_cite({**i, "indicator_id": i["indicator_id"] + sfx,
                                            "pairing_id": pid,
                                            "commitment_id": cid + sfx if cid in commitment_ids else cid}))  # fmt: skip
        for o in observations:
            new["observations"].append(_cite({**o, "observation_id": o["observation_id"] + sfx,
                                              "indicator_id": o["indicator_id"] + sfx}))  # fmt: skip
    for name, rows in new.items():
        _append(data / f"{name}.csv", tables[name][0], rows)
    return data


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp/counterpart-synthetic")
    folder = make_synthetic(count, out)
    print(f"SYNTHETIC dataset with {count} invented pairings written to {folder}")
