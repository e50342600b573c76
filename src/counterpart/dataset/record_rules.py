"""Rules on how rows of the record refer to each other, beyond what the schema can say.

A pairing's life (start, end, predecessor, successor), a conflict linking two rows, a translation
pointing at its original, an observation's period: each is checked here so that a report never
names a successor that is not there or shows a conflict with one side missing. Every problem is
located as ``file:row:column`` like the schema's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import Problem

if TYPE_CHECKING:
    from .validate import ParsedTable


def check_record(tables: dict[str, ParsedTable]) -> list[Problem]:
    """Every cross-row problem of pairings, conflicts, sources and observations."""
    return (
        _pairing_life(tables)
        + _conflict_links(tables)
        + _translations(tables)
        + _observation_periods(tables)
    )


def _rows(t: ParsedTable):
    return zip(t.rows, t.lines, strict=True)


def _pairing_life(tables: dict[str, ParsedTable]) -> list[Problem]:
    pairings = tables.get("pairings")
    if pairings is None or "start" not in pairings.schema.field_names:
        return []
    path = pairings.schema.path
    problems = []
    by_id = {r["pairing_id"]: r for r in pairings.rows if r["pairing_id"]}
    for row, line in _rows(pairings):
        start, end = row["start"], row["end"]
        if start and end and end < start:
            problems.append(Problem(path, line, "end", f"{end} is before start {start}"))
        for col in ("start", "end"):
            if row[col] and not row[f"{col}_basis"]:
                problems.append(
                    Problem(path, line, f"{col}_basis", f"a dated {col} needs stated or inferred")
                )
            if row[col] and not row[f"{col}_source_id"]:
                problems.append(
                    Problem(path, line, f"{col}_source_id", f"name the source of the {col}")
                )
        pid = row["pairing_id"]
        for col, back in (("successor_id", "predecessor_id"), ("predecessor_id", "successor_id")):
            other = row[col]
            if not other:
                continue
            if other == pid:
                problems.append(Problem(path, line, col, "a pairing cannot follow itself"))
                continue
            target = by_id.get(other)
            # A missing target is reported by the foreign key; here only a contradicting link.
            if target is not None and target[back] and target[back] != pid:
                problems.append(
                    Problem(
                        path,
                        line,
                        col,
                        f"{other!r} names {target[back]!r} as its {back.removesuffix('_id')}, "
                        f"not {pid!r}",
                    )
                )
        succ = by_id.get(row["successor_id"] or "")
        if succ is not None and start and succ["start"] and succ["start"] < start:
            problems.append(
                Problem(
                    path, line, "successor_id", f"{succ['pairing_id']!r} starts before this one"
                )
            )
    return problems


def _conflict_links(tables: dict[str, ParsedTable]) -> list[Problem]:
    conflicts = tables.get("conflicts")
    if conflicts is None:
        return []
    path = conflicts.schema.path
    problems = []
    for row, line in _rows(conflicts):
        name = row["table"]
        target = tables.get(name) if name else None
        if target is None:
            continue  # an unknown table is already an enum problem
        if row["field"] and row["field"] not in target.schema.field_names:
            problems.append(
                Problem(path, line, "field", f"{target.schema.path} has no column {row['field']!r}")
            )
        key = target.schema.primary_key[0] if target.schema.primary_key else None
        ids = {r[key] for r in target.rows} if key else set()
        for col in ("row_a", "row_b", "chosen"):
            value = row[col]
            if value and value not in ids:
                problems.append(
                    Problem(path, line, col, f"{value!r} is not a row of {target.schema.path}")
                )
        if row["row_a"] and row["row_a"] == row["row_b"]:
            problems.append(Problem(path, line, "row_b", "a conflict links two different rows"))
        if row["chosen"] and row["chosen"] not in (row["row_a"], row["row_b"]):
            problems.append(Problem(path, line, "chosen", "must be row_a or row_b (or empty)"))
    return problems


def _translations(tables: dict[str, ParsedTable]) -> list[Problem]:
    sources = tables.get("sources")
    if sources is None or "translation_of" not in sources.schema.field_names:
        return []
    by_id = {r["source_id"]: r for r in sources.rows}
    problems = []
    for row, line in _rows(sources):
        orig = by_id.get(row["translation_of"] or "")
        if orig is None:
            continue
        if orig["source_id"] == row["source_id"]:
            problems.append(
                Problem(
                    sources.schema.path, line, "translation_of", "a source cannot translate itself"
                )
            )
        elif orig["language"] and orig["language"] == row["language"]:
            problems.append(
                Problem(
                    sources.schema.path,
                    line,
                    "translation_of",
                    f"{orig['source_id']!r} is in the same language ({row['language']})",
                )
            )
    return problems


def _observation_periods(tables: dict[str, ParsedTable]) -> list[Problem]:
    obs = tables.get("observations")
    if obs is None or "period_start" not in obs.schema.field_names:
        return []
    problems = []
    for row, line in _rows(obs):
        start, ref = row["period_start"], row["ref_date"]
        if start and ref and start > ref:
            problems.append(
                Problem(obs.schema.path, line, "period_start", f"{start} is after ref_date {ref}")
            )
        if row["kind"] in ("yearly", "period") and not start:
            problems.append(
                Problem(
                    obs.schema.path,
                    line,
                    "period_start",
                    f"a {row['kind']} value needs the first day of its period",
                )
            )
    return problems


def record_summary(tables: dict[str, ParsedTable]) -> list[str]:
    """What the record holds, in the terms the project is judged by (printed by validate)."""
    cited: set[str] = set()
    for name, t in tables.items():
        if name not in ("sources", "leads") and "source_id" in t.schema.field_names:
            cited |= {r["source_id"] for r in t.rows if r["source_id"]}
    sources = tables.get("sources")
    by_rel: dict[str, int] = {}
    if sources is not None and "reliability" in sources.schema.field_names:
        for r in sources.rows:
            key = f"{r['reliability'] or 'unrated'}/{r['language']}"
            by_rel[key] = by_rel.get(key, 0) + 1
    lines = [
        f"sources cited: {len(cited)} ("
        + ", ".join(f"{k} {v}" for k, v in sorted(by_rel.items()))
        + ")"
    ]
    pairings = tables.get("pairings")
    if pairings is not None and "start" in pairings.schema.field_names:
        dated = [r for r in pairings.rows if r["start"] or r["end"]]
        levels: dict[str, int] = {}
        for r in pairings.rows:
            levels[r["level"]] = levels.get(r["level"], 0) + 1
        lines.append(
            f"pairings: {len(pairings.rows)}, {len(dated)} with a start or end date ("
            + ", ".join(f"{k} {v}" for k, v in sorted(levels.items()))
            + ")"
        )
    actors = tables.get("actors")
    if actors is not None and "name_zh" in actors.schema.field_names:
        lines.append(f"actors with name_zh: {sum(1 for r in actors.rows if r['name_zh'])}")
    obs = tables.get("observations")
    if obs is not None:
        per: dict[str, int] = {}
        for r in obs.rows:
            per[r["indicator_id"]] = per.get(r["indicator_id"], 0) + 1
        two = sum(1 for n in per.values() if n >= 2)
        four = sum(1 for n in per.values() if n >= 4)
        lines.append(f"indicators with >= 2 observations: {two}, with >= 4: {four}")
    conflicts = tables.get("conflicts")
    if conflicts is not None:
        lines.append(f"conflicts kept side by side: {len(conflicts.rows)}")
    return lines
