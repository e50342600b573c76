"""Which facts a report charts: official and press sources by default; weak ones listed apart.

The record keeps everything it found, including facts that only a content farm or a spam mirror
states, and both sides of every conflict. A report must not chart those as if they were
established: this module splits facts resting only on weak sources into an "unconfirmed" list and
lays each conflict out side by side with the rule that picks the charted value.

The rule, as the report states it: official over press over weak; a source's own language over
its translation; for the same measure, the later figure over the earlier; values of different
definitions both stand and are never chained.
"""

from __future__ import annotations

import pandas as pd

from .load import Dataset

RULE_TEXT = (
    "Charts, headline figures and statuses use facts from official and press sources; facts "
    "resting only on weak sources (content farms, spam mirrors, machine-written pages) are listed "
    "as unconfirmed. Where two sources disagree on the same measure, the charted value is chosen "
    "by: official over press over weak; the original language over its translation; the later "
    "figure over the earlier; values of different definitions both stand and are not chained."
)

UNCONFIRMED_COLUMNS = ["table", "row_id", "what", "source_id", "title", "url"]
CONFLICT_COLUMNS = [
    "conflict_id",
    "subject",
    "table",
    "field",
    "row_a",
    "value_a",
    "source_a",
    "reliability_a",
    "row_b",
    "value_b",
    "source_b",
    "reliability_b",
    "chosen",
    "rule",
    "notes",
]

_ID = {
    "events": "event_id",
    "participations": "participation_id",
    "positions": "position_id",
    "commitments": "commitment_id",
    "indicators": "indicator_id",
    "observations": "observation_id",
    "pairings": "pairing_id",
    "actors": "actor_id",
}


def reliability_of(ds: Dataset) -> pd.Series:
    """source_id -> official | press | weak (missing when the dataset predates the column)."""
    src = ds.sources
    if "reliability" not in src:
        return pd.Series(dtype="string")
    return src.set_index("source_id")["reliability"]


def weak_rows(ds: Dataset, table: str, df: pd.DataFrame) -> pd.Series:
    """True where a row's only source is weak."""
    if "source_id" not in df:
        return pd.Series(False, index=df.index)
    return df["source_id"].map(reliability_of(ds)).eq("weak").fillna(False).astype(bool)


def _what(table: str, row: pd.Series) -> str:
    def get(col):
        v = row.get(col)
        return "" if v is None or pd.isna(v) else str(v)

    if table == "events":
        return get("name")
    if table == "commitments":
        text = get("value_text") or get("quantity")
        return f"{get('description')}: {text}".rstrip(": ")
    if table == "observations":
        return (
            f"{get('indicator_id')}: {get('value_text') or get('value')} ({get('ref_date')[:10]})"
        )
    if table == "indicators":
        return get("name")
    if table == "positions":
        return f"{get('actor_id')}: {get('title')}"
    if table == "participations":
        return f"{get('actor_id')} {get('role')} {get('event_id')}"
    return get(_ID.get(table, ""))


def unconfirmed_rows(ds: Dataset, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Facts in ``tables`` resting only on weak sources, plus pairing dates and indicator
    targets whose source is weak."""
    rel = reliability_of(ds)
    src = ds.sources.set_index("source_id")
    out = []

    def add(table, row_id, what, sid):
        out.append(
            {
                "table": table,
                "row_id": row_id,
                "what": what,
                "source_id": sid,
                "title": src["title"].get(sid, ""),
                "url": src["url"].get(sid, ""),
            }
        )

    for table, df in tables.items():
        if table == "pairings" or "source_id" not in df:
            continue
        for _, row in df[weak_rows(ds, table, df)].iterrows():
            add(table, row[_ID[table]], _what(table, row), row["source_id"])
    for _, row in tables.get("pairings", pd.DataFrame()).iterrows():
        for col in ("start", "end"):
            sid = row.get(f"{col}_source_id")
            if sid is not None and not pd.isna(sid) and rel.get(sid) == "weak":
                when = row.get(col)
                when = "unknown" if when is None or pd.isna(when) else str(when)[:10]
                add("pairings", row["pairing_id"], f"{col} of {row['pairing_id']}: {when}", sid)
    ind = tables.get("indicators")
    if ind is not None and "target_source_id" in ind:
        for _, row in ind.iterrows():
            sid = row["target_source_id"]
            if not pd.isna(sid) and rel.get(sid) == "weak":
                add("indicators", row["indicator_id"], f"target of {row['indicator_id']}", sid)
    return pd.DataFrame(out, columns=UNCONFIRMED_COLUMNS)


def drop_weak(ds: Dataset, tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The tables without facts resting only on weak sources; targets from weak sources blanked."""
    kept = {}
    for table, df in tables.items():
        if table in ("pairings", "actors"):
            kept[table] = df
            continue
        kept[table] = df[~weak_rows(ds, table, df)]
    ind = kept.get("indicators")
    if ind is not None and "target_source_id" in ind:
        weak_target = ind["target_source_id"].map(reliability_of(ds)).eq("weak").fillna(False)
        if weak_target.any():
            ind = ind.copy()
            for col in ("target_value", "target_date", "target_basis", "target_source_id"):
                ind.loc[weak_target.astype(bool), col] = pd.NA
            kept["indicators"] = ind
    return kept


def conflicts_in(ds: Dataset, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Conflicts with at least one side among ``tables``' rows, both values side by side."""
    conflicts = ds.tables.get("conflicts")
    if conflicts is None or conflicts.empty:
        return pd.DataFrame(columns=CONFLICT_COLUMNS)
    rel = reliability_of(ds)
    out = []
    for _, c in conflicts.iterrows():
        table, field = c["table"], c["field"]
        key = _ID.get(table)
        if key is None or table not in ds.tables:
            continue
        in_scope = set(tables.get(table, pd.DataFrame(columns=[key]))[key])
        if c["row_a"] not in in_scope and c["row_b"] not in in_scope:
            continue
        full = ds.tables[table].set_index(key)
        side = {}
        for s in ("a", "b"):
            rid = c[f"row_{s}"]
            row = full.loc[rid] if rid in full.index else None
            sid = None if row is None else row.get("source_id")
            side[f"value_{s}"] = None if row is None else row.get(field)
            side[f"source_{s}"] = sid
            side[f"reliability_{s}"] = rel.get(sid) if sid is not None else None
        out.append(
            {
                "conflict_id": c["conflict_id"],
                "subject": c["subject"],
                "table": table,
                "field": field,
                "row_a": c["row_a"],
                "row_b": c["row_b"],
                "chosen": None if pd.isna(c["chosen"]) else c["chosen"],
                "rule": c["rule"],
                "notes": None if pd.isna(c["notes"]) else c["notes"],
                **side,
            }
        )
    return pd.DataFrame(out, columns=CONFLICT_COLUMNS)
