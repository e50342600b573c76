"""Load the curated dataset in ``data/`` as validated, typed pandas DataFrames.

Everything a report says comes through here, so loading always validates first: a report is never
built from data that breaks the schema. A batch run loads the same dataset in every kernel, so
the validated tables are cached (a pickle per dataset fingerprint and package code, in the user's
cache folder): a kernel pays the validation only when the data or the code changed.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from ..atomic import write_atomic
from ..errors import DataValidationError
from .schema import DESCRIPTOR, PackageSchema, TableSchema, read_schema
from .validate import ParsedTable, validate_tables

DATA_DIR_ENV = "COUNTERPART_DATA_DIR"
CACHE_DIR_ENV = "COUNTERPART_CACHE_DIR"
CACHE_KEEP = 20

_DTYPES = {
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "date": "datetime64[ns]",
}


def find_data_dir(data_dir: str | os.PathLike | None = None) -> Path:
    """The data folder: the argument if given, else $COUNTERPART_DATA_DIR, else the nearest
    ``data/`` with a descriptor above the working directory, else the one beside this package's
    source tree. Works the same from the project root, ``notebooks/`` and a papermill run."""
    if data_dir:
        return Path(data_dir).expanduser().resolve()
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV]).expanduser().resolve()
    here = Path.cwd().resolve()
    for d in (here, *here.parents):
        if (d / "data" / DESCRIPTOR).is_file():
            return d / "data"
    return (Path(__file__).resolve().parents[3] / "data").resolve()


def fingerprint_dataset(data_dir: str | os.PathLike) -> str:
    """A short content hash of the descriptor, every table and every stored document.

    Two reports with the same fingerprint were built from byte-identical data."""
    data_dir = Path(data_dir)
    h = hashlib.sha256()
    files = [data_dir / DESCRIPTOR, *sorted(data_dir.glob("*.csv"))]
    files += sorted(p for p in (data_dir / "sources").rglob("*") if p.is_file())
    for path in files:
        h.update(path.relative_to(data_dir).as_posix().encode() + b"\0")
        h.update(path.read_bytes() + b"\0")
    return "sha256:" + h.hexdigest()[:16]


def _frame(table: ParsedTable) -> pd.DataFrame:
    sch: TableSchema = table.schema
    columns = {}
    for f in sch.fields:
        values = [r[f.name] for r in table.rows]
        if f.type == "date":
            columns[f.name] = pd.to_datetime(pd.Series(values, dtype="object"), errors="raise")
        else:
            columns[f.name] = pd.array(
                [pd.NA if v is None else v for v in values], dtype=_DTYPES[f.type]
            )
    df = pd.DataFrame(columns, columns=sch.field_names)
    return df


@dataclass
class Dataset:
    """The whole dataset: one DataFrame per table, plus what it was loaded from."""

    data_dir: Path
    schema: PackageSchema
    tables: dict[str, pd.DataFrame]
    fingerprint: str

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(name)


def cache_dir() -> Path:
    """$COUNTERPART_CACHE_DIR, else $XDG_CACHE_HOME/counterpart, else ~/.cache/counterpart."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "counterpart"


def _cache_file(fingerprint: str) -> Path:
    from ..version import code_digest

    key = f"{fingerprint.removeprefix('sha256:')}-{code_digest()}-pandas{pd.__version__}"
    return cache_dir() / "datasets" / f"{key}.pickle"


def load_dataset(data_dir: str | os.PathLike | None = None, cache: bool = True) -> Dataset:
    """Validate and load ``data_dir``; raise DataValidationError listing every problem."""
    path = find_data_dir(data_dir)
    fingerprint = fingerprint_dataset(path)
    cached = _cache_file(fingerprint) if cache else None
    if cached is not None:
        try:
            with cached.open("rb") as fh:
                ds = pickle.load(fh)
            if isinstance(ds, Dataset) and ds.fingerprint == fingerprint:
                return replace(ds, data_dir=path)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass  # no cache yet, or an unreadable one: validate
    schema = read_schema(path)
    parsed, problems = validate_tables(path, schema)
    if problems:
        raise DataValidationError(problems, str(path))
    tables = {name: _frame(t) for name, t in parsed.items()}
    ds = Dataset(path, schema, tables, fingerprint)
    if cached is not None:
        _store(ds, cached)
    return ds


def _store(ds: Dataset, target: Path) -> None:
    """Write the cache entry atomically; a cache that cannot be written is simply not used."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, pickle.dumps(ds, protocol=pickle.HIGHEST_PROTOCOL))
        entries = sorted(target.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime)
        for old in entries[:-CACHE_KEEP]:  # keep the newest few dataset versions
            old.unlink(missing_ok=True)
    except OSError:
        pass
