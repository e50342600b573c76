"""Check the dataset against its schema and its own logic, collecting every problem.

Reports are only as good as the facts under them, so validation runs before any kernel starts and
reports each problem as ``file:row:column: message`` (row = the line number in the CSV file, the
header being line 1), so an analyst can jump straight to it.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problem
from .record_rules import check_record
from .schema import CellError, PackageSchema, TableSchema


@dataclass
class ParsedTable:
    """A table's typed rows, each with the line it came from."""

    schema: TableSchema
    rows: list[dict]
    lines: list[int]
    bad: dict[str, set[str]] = field(default_factory=dict)  # field -> texts that did not parse
    unreadable: bool = False  # the file itself could not be read: nothing to check against


MAX_TABLE_BYTES = 500_000_000
BOM = "\ufeff"


def _unreadable(table: ParsedTable) -> ParsedTable:
    table.unreadable = True
    return table


def read_table(
    data_dir: Path, schema: TableSchema, text: str | None = None
) -> tuple[ParsedTable, list[Problem]]:
    """Parse one CSV into typed rows, reporting every cell that breaks its field.

    ``text`` stands in for the file's content (to check a change before writing it)."""
    path = data_dir / schema.path
    name = schema.path
    problems: list[Problem] = []
    table = ParsedTable(schema, [], [])
    if text is None:
        try:
            with path.open("rb") as fh:
                raw = fh.read(MAX_TABLE_BYTES + 1)
        except FileNotFoundError:
            return _unreadable(table), [Problem(name, None, None, "file is missing")]
        except OSError as exc:
            return _unreadable(table), [
                Problem(name, None, None, f"cannot read it: {exc.strerror or exc}")
            ]
        if len(raw) > MAX_TABLE_BYTES:
            return _unreadable(table), [
                Problem(name, None, None, f"larger than {MAX_TABLE_BYTES:,} bytes")
            ]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            return _unreadable(table), [
                Problem(
                    name,
                    raw[: exc.start].count(b"\n") + 1,
                    None,
                    f"not UTF-8 text ({exc.reason} at byte {exc.start}); "
                    'save the file as UTF-8 (a spreadsheet\'s "CSV UTF-8")',
                )
            ]
    if text.startswith(BOM):
        problems.append(
            Problem(
                name,
                1,
                None,
                'starts with a byte-order mark (as Excel\'s "CSV UTF-8" saves it); '
                "save it as UTF-8 without one",
            )
        )
        text = text[1:]
    # newline="": only \n and \r end a line; a U+2028 inside a cell is text like any other.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return _unreadable(table), [
            Problem(name, 1, None, "file is empty; the first line must be the header")
        ]
    except csv.Error as exc:
        return _unreadable(table), [Problem(name, 1, None, f"malformed CSV: {exc}")]
    expected = schema.field_names
    if len(header) == 1 and ";" in header[0] and header[0].split(";") == expected:
        problems.append(
            Problem(
                name,
                1,
                None,
                "columns are separated by ';' (a spreadsheet's regional CSV setting); "
                "save it with ',' between columns",
            )
        )
        return _unreadable(table), problems
    if header != expected:
        missing = [c for c in expected if c not in header]
        extra = [c for c in header if c not in expected]
        detail = []
        if missing:
            detail.append(f"missing column(s) {', '.join(missing)}")
        if extra:
            detail.append(f"unknown column(s) {', '.join(extra)}")
        if not detail:
            detail.append("columns are out of order")
        problems.append(
            Problem(name, 1, None, "; ".join(detail) + f"; expected: {','.join(expected)}")
        )
        return _unreadable(table), problems
    last_line = 1
    while True:
        start = last_line + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(name, start, None, f"malformed CSV row: {exc}"))
            last_line = reader.line_num
            continue
        last_line = reader.line_num
        if not cells:
            continue
        if len(cells) != len(expected):
            problems.append(
                Problem(
                    name, start, None, f"has {len(cells)} cells, the header has {len(expected)}"
                )
            )
            continue
        # A bad cell is reported and read as missing; the row stays, so that its id still
        # resolves references to it and one typo does not cascade into many problems.
        row = {}
        for fld, cell in zip(schema.fields, cells, strict=True):
            try:
                row[fld.name] = fld.parse(cell)
            except CellError as exc:
                problems.append(Problem(name, start, fld.name, str(exc)))
                row[fld.name] = None
                table.bad.setdefault(fld.name, set()).add(cell)
        table.rows.append(row)
        table.lines.append(start)
    return table, problems


def _check_keys(t: ParsedTable) -> list[Problem]:
    problems = []
    sch = t.schema
    unique_sets = [(f.name,) for f in sch.fields if f.unique]
    if sch.primary_key and tuple(sch.primary_key) not in unique_sets:
        unique_sets.append(tuple(sch.primary_key))
    for cols in unique_sets:
        seen: dict[tuple, int] = {}
        for row, line in zip(t.rows, t.lines, strict=True):
            key = tuple(row[c] for c in cols)
            if any(k is None for k in key):
                continue
            if key in seen:
                shown = ", ".join(str(k) for k in key)
                problems.append(
                    Problem(
                        sch.path,
                        line,
                        cols[0],
                        f"duplicate id {shown!r} (first on line {seen[key]})",
                    )
                )
            else:
                seen[key] = line
    return problems


def _check_foreign_keys(tables: dict[str, ParsedTable]) -> list[Problem]:
    problems = []
    for t in tables.values():
        for fk in t.schema.foreign_keys:
            target = tables.get(fk.resource)
            if target is None or target.unreadable:  # said once already, not once per reference
                continue
            # An id that failed its own check was reported there; rows citing it are not.
            valid = {r[fk.reference_field] for r in target.rows}
            valid |= target.bad.get(fk.reference_field, set())
            for row, line in zip(t.rows, t.lines, strict=True):
                value = row[fk.field]
                if value is not None and value not in valid:
                    problems.append(
                        Problem(
                            t.schema.path,
                            line,
                            fk.field,
                            f"{value!r} is not a known {fk.reference_field} in {target.schema.path}",
                        )
                    )
    return problems


def _normalise(text: str) -> str:
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def _inside(data_dir: Path, rel: str) -> bool:
    """``rel`` names a file inside ``data_dir``: relative, no ``..``, no link leading out."""
    if (
        rel.startswith(("/", "\\"))
        or re.match(r"^[A-Za-z]:", rel)
        or ".." in re.split(r"[/\\]", rel)
    ):
        return False
    root = data_dir.resolve()
    return root in (data_dir / rel).resolve().parents


def document_paragraphs(path: Path) -> list[str]:
    """Paragraphs of a stored source document: blocks separated by blank lines; 0 is the title."""
    text = path.read_text(encoding="utf-8")
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _check_citations(data_dir: Path, tables: dict[str, ParsedTable]) -> list[Problem]:
    """Each cited paragraph exists in the stored document and contains the quoted evidence."""
    problems = []
    sources = tables.get("sources")
    if sources is None:
        return problems
    docs: dict[str, list[str] | None] = {}
    for row, line in zip(sources.rows, sources.lines, strict=True):
        doc = row.get("document")
        if not doc:
            docs[row["source_id"]] = None
            continue
        path = data_dir / doc
        if not _inside(data_dir, doc):
            problems.append(
                Problem(
                    sources.schema.path,
                    line,
                    "document",
                    f"{doc!r} is outside the data folder; store the document under sources/ "
                    "and give its path relative to the data folder",
                )
            )
            docs[row["source_id"]] = None
            continue
        if not path.is_file():
            problems.append(Problem(sources.schema.path, line, "document", f"{doc} does not exist"))
            docs[row["source_id"]] = None
            continue
        docs[row["source_id"]] = [_normalise(p) for p in document_paragraphs(path)]
    for t in tables.values():
        if "source_id" not in t.schema.field_names or "paragraph" not in t.schema.field_names:
            continue
        for row, line in zip(t.rows, t.lines, strict=True):
            paras = docs.get(row["source_id"])
            n = row.get("paragraph")
            if paras is None or n is None:
                continue
            if n >= len(paras):
                problems.append(
                    Problem(
                        t.schema.path,
                        line,
                        "paragraph",
                        f"source {row['source_id']} has paragraphs 0-{len(paras) - 1}, not {n}",
                    )
                )
                continue
            ev = row.get("evidence")
            if ev and _normalise(ev) not in paras[n]:
                problems.append(
                    Problem(
                        t.schema.path,
                        line,
                        "evidence",
                        f"not found in paragraph {n} of source {row['source_id']}",
                    )
                )
    return problems


def _check_dates(tables: dict[str, ParsedTable]) -> list[Problem]:
    """Date logic the schema cannot express: ranges run forwards; basis goes with a date."""
    problems = []
    events = tables.get("events")
    if events is not None:
        for row, line in zip(events.rows, events.lines, strict=True):
            s, e = row["start_date"], row["end_date"]
            if s and e and e < s:
                problems.append(
                    Problem(events.schema.path, line, "end_date", f"{e} is before start_date {s}")
                )
            if s and not row["date_basis"]:
                problems.append(
                    Problem(
                        events.schema.path,
                        line,
                        "date_basis",
                        "a dated event needs stated or inferred",
                    )
                )
    obs, ind = tables.get("observations"), tables.get("indicators")
    sources = tables.get("sources")
    if obs is not None and sources is not None:
        avail = {r["source_id"]: r["available_from"] for r in sources.rows}
        for row, line in zip(obs.rows, obs.lines, strict=True):
            a = avail.get(row["source_id"])
            if a and row["ref_date"] and row["ref_date"] > a:
                problems.append(
                    Problem(
                        obs.schema.path,
                        line,
                        "ref_date",
                        f"refers to {row['ref_date']}, after its source was published "
                        f"(available_from {a}): a value cannot be published before the date it refers to",
                    )
                )
    if ind is not None:
        for row, line in zip(ind.rows, ind.lines, strict=True):
            if (
                row["baseline_date"]
                and row["target_date"]
                and row["target_date"] < row["baseline_date"]
            ):
                problems.append(
                    Problem(ind.schema.path, line, "target_date", "is before baseline_date")
                )
    return problems


def validate_tables(
    data_dir: Path, schema: PackageSchema, overrides: dict[str, str] | None = None
) -> tuple[dict[str, ParsedTable], list[Problem]]:
    """Read and check every table; return the parsed tables and every problem found.

    ``overrides`` maps a table name to CSV text used instead of its file."""
    overrides = overrides or {}
    tables: dict[str, ParsedTable] = {}
    problems: list[Problem] = []
    for name, sch in schema.tables.items():
        table, found = read_table(data_dir, sch, overrides.get(name))
        tables[name] = table
        problems += found
    for t in tables.values():
        problems += _check_keys(t)
    problems += _check_foreign_keys(tables)
    problems += _check_citations(data_dir, tables)
    problems += _check_dates(tables)
    problems += _check_indicators(tables)
    problems += _check_figures(tables)
    problems += _check_cycles(tables)
    problems += check_record(tables)
    return tables, problems


def _check_cycles(tables: dict[str, ParsedTable]) -> list[Problem]:
    """A table that refers to itself (a pairing under a pairing) must form a tree, not a loop."""
    problems = []
    for t in tables.values():
        for fk in t.schema.foreign_keys:
            if fk.resource != t.schema.name:
                continue
            key = fk.reference_field
            parent = {r[key]: r[fk.field] for r in t.rows if r[key] is not None}
            line = {r[key]: n for r, n in zip(t.rows, t.lines, strict=True) if r[key] is not None}
            reported: set = set()
            for start in parent:
                seen, node = [], start
                while node is not None and node in parent and node not in seen:
                    seen.append(node)
                    node = parent[node]
                if node is not None and node in seen:
                    loop = seen[seen.index(node) :]
                    if not reported & set(loop):
                        reported |= set(loop)
                        first = min(loop, key=lambda k: line[k])
                        problems.append(
                            Problem(
                                t.schema.path,
                                line[first],
                                fk.field,
                                "the hierarchy loops: "
                                + " → ".join(map(str, [*loop, loop[0]]))
                                + "; one of them must have no parent",
                            )
                        )
    return problems


def _check_indicators(tables: dict[str, ParsedTable]) -> list[Problem]:
    """Observations are in their indicator's unit; indicators use the assessment areas."""
    problems = []
    ind, obs, areas = tables.get("indicators"), tables.get("observations"), tables.get("areas")
    if ind is None:
        return problems
    units = {r["indicator_id"]: r["unit"] for r in ind.rows}
    if obs is not None and "unit" in obs.schema.field_names:
        for row, line in zip(obs.rows, obs.lines, strict=True):
            want = units.get(row["indicator_id"])
            if want and row["unit"] and row["unit"] != want:
                problems.append(
                    Problem(
                        obs.schema.path,
                        line,
                        "unit",
                        f"{row['unit']!r} is not the unit of indicator {row['indicator_id']} "
                        f"({want!r}); convert the value",
                    )
                )
    if areas is not None and "assessment" in areas.schema.field_names:
        official = {r["area_id"] for r in areas.rows if r["assessment"]}
        for row, line in zip(ind.rows, ind.lines, strict=True):
            if row["area_id"] and row["area_id"] not in official:
                problems.append(
                    Problem(
                        ind.schema.path,
                        line,
                        "area_id",
                        f"{row['area_id']!r} is not an assessment area; use one of: "
                        f"{', '.join(sorted(official))}",
                    )
                )
    return problems


def _check_figures(tables: dict[str, ParsedTable]) -> list[Problem]:
    """A figure kept on a commitment (what was said) and on an observation of the indicator that
    follows it (so it can be tracked) is one figure: the two rows must agree.

    They are the same figure when the observation cites the commitment's source and refers to the
    commitment's as-of date; then value, qualifier and unit must match the commitment's."""
    com, ind, obs = tables.get("commitments"), tables.get("indicators"), tables.get("observations")
    if com is None or ind is None or obs is None:
        return []
    commitments = {
        r["commitment_id"]: (r, line)
        for r, line in zip(com.rows, com.lines, strict=True)
        if r["quantity"] is not None
    }
    follows = {r["indicator_id"]: r["commitment_id"] for r in ind.rows}
    problems = []
    for row, line in zip(obs.rows, obs.lines, strict=True):
        found = commitments.get(follows.get(row["indicator_id"]))
        if found is None:
            continue
        c, c_line = found
        if row["source_id"] != c["source_id"] or row["ref_date"] != c["as_of_date"]:
            continue  # another source or another date: a new value, not the same figure
        stated = {"value": c["quantity"], "qualifier": c["qualifier"], "unit": c["unit"]}
        for column, want in stated.items():
            have = row[column]
            if want is None or have is None or have == want:
                continue
            problems.append(
                Problem(
                    obs.schema.path,
                    line,
                    column,
                    f"{_cell(have)!r} differs from the commitment it follows, "
                    f"{c['commitment_id']} ({com.schema.path}:{c_line}), which gives "
                    f"{_cell(want)!r} from the same source ({c['source_id']}) for the same date: "
                    "they are one figure, so correct the row that is wrong",
                )
            )
    return problems


def _cell(value) -> str:
    """A parsed value as it is written in the CSV (487000000, not 487000000.0)."""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
