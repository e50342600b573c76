"""Add one row to a dataset table: validated against the whole dataset, written atomically.

Adding facts is the analyst's job, so it must be hard to get wrong: the new row is checked with
every other table (keys, references, dates, units) before anything is written; the file is replaced
in one step (never half-written); and an exclusive lock on the data folder makes concurrent
appends queue instead of overwriting each other.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import io
import os
from collections.abc import Iterator
from pathlib import Path

from .dataset import find_data_dir
from .errors import DataValidationError, ParameterError
from .schema import read_schema
from .validate import validate_tables

LOCK_NAME = ".counterpart-data.lock"


@contextlib.contextmanager
def data_lock(data_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``data_dir`` for the duration (blocks while another holds it)."""
    with open(data_dir / LOCK_NAME, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


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
    taken = {row.split(",", 1)[0] for row in existing.splitlines()}
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def append_row(data_dir, table: str, values: dict[str, str]) -> tuple[str, int]:
    """Append ``values`` (column -> text) as one row of ``table``; return (table file, line).

    Raises ParameterError for an unknown table or column and DataValidationError (naming file,
    row and column) when the dataset with the new row would be invalid; then nothing is written.
    """
    data_dir = find_data_dir(data_dir)
    schema = read_schema(data_dir)
    name = _table_name(schema, table)
    sch = schema[name]
    unknown = [k for k in values if k not in sch.field_names]
    if unknown:
        raise ParameterError(
            f"{sch.path} has no column {', '.join(map(repr, unknown))}. "
            f"Columns: {', '.join(sch.field_names)}"
        )
    path = data_dir / sch.path
    with data_lock(data_dir):
        text = path.read_text(encoding="utf-8")
        if text and not text.endswith("\n"):
            text += "\n"
        values = dict(values)
        key = sch.primary_key[0] if len(sch.primary_key) == 1 else None
        if key and not values.get(key):
            generated = _default_id(name, values, text)
            if generated is None:
                raise ParameterError(f"give the new row's id: {key}=...")
            values[key] = generated
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow([values.get(c, "") for c in sch.field_names])
        new_text = text + buf.getvalue()
        line = len(text.splitlines()) + 1
        _, problems = validate_tables(data_dir, schema, overrides={name: new_text})
        if problems:
            raise DataValidationError(problems, str(data_dir))
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                fh.write(new_text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        finally:
            if tmp.exists():
                tmp.unlink()
    return sch.path, line
