"""Load the curated dataset in ``data/`` as validated, typed pandas DataFrames.

Everything a report says comes through here, so loading always validates first: a report is never
built from data that breaks the schema. A batch run loads the same dataset in every kernel, so
the validated tables are cached (a pickle per dataset fingerprint and package code, in the user's
cache folder): a kernel pays the validation only when the data or the code changed.

Loading a pickle runs whatever code its writer put in it, so a cache entry is only read from a
folder that belongs to the user and that nobody else may write (mode 0700), from a file the user
owns that no one else can write; anything else is ignored and the dataset validated afresh.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from ..atomic import write_atomic
from ..errors import DataValidationError, Problem
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


def check_data_dir(path: Path) -> None:
    """The folder exists and holds a descriptor: said plainly, before anything is read."""
    if not path.is_dir():
        raise DataValidationError(
            [Problem(str(path), None, None, "no such folder; is --data-dir right?")], str(path)
        )
    if not (path / DESCRIPTOR).is_file():
        raise DataValidationError(
            [
                Problem(
                    str(path / DESCRIPTOR),
                    None,
                    None,
                    "no data package descriptor here; is --data-dir right?",
                )
            ],
            str(path),
        )


def load_dataset(data_dir: str | os.PathLike | None = None, cache: bool = True) -> Dataset:
    """Validate and load ``data_dir``; raise DataValidationError listing every problem."""
    path = find_data_dir(data_dir)
    check_data_dir(path)
    fingerprint = fingerprint_dataset(path)
    cached = _cache_file(fingerprint) if cache else None
    if cached is not None:
        ds = _load_cached(cached)
        if isinstance(ds, Dataset) and ds.fingerprint == fingerprint:
            return replace(ds, data_dir=path)
    schema = read_schema(path)
    parsed, problems = validate_tables(path, schema)
    if problems:
        raise DataValidationError(problems, str(path))
    tables = {name: _frame(t) for name, t in parsed.items()}
    ds = Dataset(path, schema, tables, fingerprint)
    if cached is not None:
        _store(ds, cached)
    return ds


def private_folder(folder: Path, uid: int | None = None) -> bool:
    """``folder`` is a real folder of ``uid`` (default: this user) that only its owner can use."""
    uid = os.getuid() if uid is None else uid
    try:
        st = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == uid and not st.st_mode & 0o077


def _load_cached(cached: Path):
    """The pickled Dataset at ``cached`` if this user wrote it (see the module's note), else None."""
    if not private_folder(cached.parent):
        return None
    try:
        fd = os.open(cached, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o022:
            return None
        try:
            return pickle.load(fh)
        except Exception:  # noqa: BLE001 - an unreadable or outdated cache: validate instead
            return None


def _store(ds: Dataset, target: Path) -> None:
    """Write the cache entry atomically; a cache that cannot be written is simply not used."""
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = os.lstat(target.parent)
        if st.st_uid == os.getuid() and stat.S_ISDIR(st.st_mode):
            os.chmod(target.parent, 0o700)
        if not private_folder(target.parent):
            return  # someone else's folder: neither read nor write a cache there
        write_atomic(target, pickle.dumps(ds, protocol=pickle.HIGHEST_PROTOCOL))
        os.chmod(target, 0o600)
        entries = sorted(target.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime)
        for old in entries[:-CACHE_KEEP]:  # keep the newest few dataset versions
            old.unlink(missing_ok=True)
    except OSError:
        pass
