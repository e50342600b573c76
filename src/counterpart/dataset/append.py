"""Add one row to a dataset table: validated against the whole dataset, written atomically.

Adding facts is the analyst's job, so it must be hard to get wrong: the new row is checked with
every other table (keys, references, dates, units) before anything is written; the file is replaced
in one step (never half-written); and an exclusive lock on the data folder makes concurrent
appends queue instead of overwriting each other.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

from ..atomic import write_atomic
from ..errors import DataValidationError, ParameterError
from ..flock import close_lock_file, open_lock_file, try_lock
from .load import find_data_dir
from .schema import neutralise_formula, read_schema
from .validate import validate_tables

LOCK_NAME = ".counterpart-data.lock"


@contextlib.contextmanager
def data_lock(data_dir: Path, shared: bool = False) -> Iterator[None]:
    """Hold the lock on ``data_dir`` for the duration, blocking while another holds it.

    ``add`` holds it exclusively; a report run holds it shared, so that an ``add`` waits for the
    run to end and one report never mixes two versions of the dataset. A folder the user cannot
    write (a read-only checkout) is read without a lock: nobody can add to it either."""
    try:
        fd = open_lock_file(Path(data_dir) / LOCK_NAME)
    except PermissionError:
        if not shared:
            raise
        yield
        return
    try:
        if not try_lock(fd, shared=shared):
            if not shared:
                print(f"waiting for the report run that is reading {data_dir}...", file=sys.stderr)
            try_lock(fd, shared=shared, wait=True)
        yield
    finally:
        close_lock_file(fd)


def _table_name(schema, name: str) -> str:
    if name in schema.tables:
        return name
    if f"{name}s" in schema.tables:  # "observation" -> "observations"
        return f"{name}s"
    raise ParameterError(f"unknown table {name!r}. Tables: {', '.join(schema.tables)}")


def _default_id(table: str, values: dict[str, str], existing: str) -> str | None:
    """Observations get an id from their indicator and date when none is given."""
    if table != "observations" or not values.get("indicator_id") or not values.get("ref_date"):
        return None
    base = f"{values['indicator_id']}-{values['ref_date']}"
    taken = {row.split(",", 1)[0] for row in existing.split("\n")}
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def append_row(data_dir, table: str, values: dict[str, str]) -> tuple[str, int]:
    """Append ``values`` (column -> text) as one row of ``table``; return (table file, line).

    Raises ParameterError for an unknown table or column and DataValidationError (naming file,
    row and column) when the dataset with the new row would be invalid; then nothing is written.
    """
    return append_rows(data_dir, [(table, values)])[0]


def append_rows(
    data_dir,
    rows: list[tuple[str, dict[str, str]]],
    documents: dict[str, str] | None = None,
) -> list[tuple[str, int]]:
    """Append several rows, possibly to several tables: all are written or none.

    The rows are checked together with the whole dataset (so a new row may refer to another new
    row); each changed file is then replaced in one step. ``documents`` maps a path under
    ``data_dir`` (``sources/x.txt``) to the text of a stored source the rows cite: it is written
    first, because the check reads cited paragraphs from disk, and removed again if anything
    fails. Returns (table file, line) for each row, in order.
    """
    data_dir = find_data_dir(data_dir)
    schema = read_schema(data_dir)
    prepared = [(_table_name(schema, t), dict(v)) for t, v in rows]
    for i, (name, values) in enumerate(prepared, start=1):
        sch = schema[name]
        unknown = [k for k in values if k not in sch.field_names]
        if unknown:
            which = f"row {i}: " if len(prepared) > 1 else ""
            raise ParameterError(
                f"{which}{sch.path} has no column {', '.join(map(repr, unknown))}. "
                f"Columns: {', '.join(sch.field_names)}"
            )
    with data_lock(data_dir):
        texts: dict[str, str] = {}
        where: list[tuple[str, int]] = []
        for name, values in prepared:
            sch = schema[name]
            if name not in texts:
                with open(data_dir / sch.path, encoding="utf-8", newline="") as fh:
                    text = fh.read()  # newline="": a CR inside a quoted cell stays a CR
                texts[name] = text if not text or text.endswith("\n") else text + "\n"
            texts[name], line = _add_line(sch, name, values, texts[name])
            where.append((sch.path, line))
        created = _write_documents(data_dir, documents or {})
        try:
            _, problems = validate_tables(data_dir, schema, overrides=texts)
            if problems:
                error = DataValidationError(problems, str(data_dir))
                error.new_rows = where  # (file, line) of each new row, to trace problems back
                raise error
            _replace_files({data_dir / schema[n].path: t for n, t in texts.items()})
        except BaseException:
            for path in created:
                path.unlink(missing_ok=True)
            raise
    return where


def _add_line(sch, name: str, values: dict[str, str], text: str) -> tuple[str, int]:
    """``text`` with one CSV line for ``values`` added, and that line's number."""
    key = sch.primary_key[0] if len(sch.primary_key) == 1 else None
    if key and not values.get(key):
        generated = _default_id(name, values, text)
        if generated is None:
            raise ParameterError(f"give the new row's id: {key}=...")
        values[key] = generated
    cells = [neutralise_formula(values.get(c, "")) if sch.field(c).type == "string"
             else values.get(c, "") for c in sch.field_names]  # fmt: skip
    return text + _csv_line(cells), text.count("\n") + 1


def _csv_line(cells: list[str]) -> str:
    """One CSV line; a cell holding a comma, quote, CR or LF is quoted (csv.writer leaves a lone
    CR bare when the line ends in LF, which would split the row)."""
    out = []
    for cell in cells:
        if any(c in cell for c in ',"\r\n'):
            cell = '"' + cell.replace('"', '""') + '"'
        out.append(cell)
    return ",".join(out) + "\n"


def _write_documents(data_dir: Path, documents: dict[str, str]) -> list[Path]:
    """Store new source documents; an existing one must already hold the same text."""
    created = []
    for rel, content in documents.items():
        path = (data_dir / rel).resolve()
        if data_dir.resolve() not in path.parents:
            raise ParameterError(f"document path {rel!r} is outside {data_dir}")
        if path.exists():
            if path.read_text(encoding="utf-8") != content:
                raise ParameterError(
                    f"{rel} already exists with different text; choose another source id"
                )
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, content, fsync=True)
        created.append(path)
    return created


def _replace_files(new_texts: dict[Path, str]) -> None:
    """Replace each file in one step; if one fails, put back those already replaced."""
    old = {path: path.read_bytes() for path in new_texts}
    done: list[Path] = []
    try:
        for path, text in new_texts.items():
            write_atomic(path, text, fsync=True)
            done.append(path)
    except BaseException:
        for path in done:
            write_atomic(path, old[path], fsync=True)
        raise
