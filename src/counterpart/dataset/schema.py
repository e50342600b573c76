"""The dataset's schema, read from ``data/datapackage.json`` (a Frictionless Data Package).

The descriptor is the single statement of what a valid row is; this module turns one CSV cell into
a typed value or a message saying why it cannot be one. Only the parts of the Table Schema spec the
project uses are implemented: types string, integer, number, date, boolean; constraints required,
unique, enum, pattern, minimum; primaryKey; foreignKeys; missingValues, per table and per field
(Table Schema v2: a field's own list replaces its table's).

The project's missing-value convention rests on that: an empty cell means "does not apply", the
literal ``unknown`` means "the source is silent". Only the columns whose field lists ``unknown``
among its missingValues can be silent; a field that lists ``unknown`` but not ``""`` always applies,
so it is never left empty.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataValidationError, Problem

DESCRIPTOR = "datapackage.json"
UNKNOWN = "unknown"
# A cell starting with one of these is run as a formula by spreadsheets (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_DESCRIPTOR_BYTES = 5_000_000


def neutralise_formula(text: str) -> str:
    """``text`` as a cell no spreadsheet will run: a leading formula character gets an apostrophe.

    Reading the dataset takes the apostrophe off again, so the value itself is unchanged: a text
    that already starts with apostrophes before such a character ("'=") gets one more."""
    return "'" + text if text.lstrip("'").startswith(FORMULA_START) else text


def _string(text: str) -> str:
    if text.startswith(FORMULA_START):
        raise CellError(
            f"{text[:30]!r} starts with {text[0]!r}, which a spreadsheet runs as a formula; "
            "begin the cell with an apostrophe (') to keep it text"
        )
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_START):
        return text[1:]
    return text


class CellError(ValueError):
    """A cell's text is not a valid value for its field."""


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    description: str = ""
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: float | None = None
    missing_values: frozenset[str] = frozenset({""})

    def parse(self, text: str):
        """Return the typed value of ``text`` (None when missing); raise CellError if invalid."""
        if text in self.missing_values:
            if self.required:
                raise CellError("a value is required here")
            return None
        if text == UNKNOWN:
            raise CellError(
                "'unknown' is not allowed in this column: datapackage.json lists unknown only "
                "for the columns a source can be silent on; "
                + ("write the value" if self.required else "leave it empty where it does not apply")
            )
        if text == "":
            raise CellError(
                "leave no cell empty here (it applies to every row): write the value, "
                "or unknown where the source is silent"
            )
        if text != text.strip() and not (self.type == "string" and text.startswith(FORMULA_START)):
            raise CellError(f"{text!r} has leading or trailing spaces")
        try:
            value = _PARSERS[self.type](text)
        except CellError as exc:
            if UNKNOWN in self.missing_values:
                raise CellError(
                    f"{exc} ({UNKNOWN} is also accepted here, where the source is silent)"
                ) from None
            raise
        if self.enum is not None and text not in self.enum:
            raise CellError(f"{text[:40]!r} is not allowed; use one of: {', '.join(self.enum)}")
        if self.pattern is not None and not re.fullmatch(self.pattern, text):
            raise CellError(f"{text!r} does not match the pattern {self.pattern}")
        if self.minimum is not None and value < self.minimum:
            raise CellError(f"{text} is below the minimum {self.minimum:g}")
        return value


def _parse_integer(text: str) -> int:
    if not re.fullmatch(r"[+-]?[0-9]+", text):
        raise CellError(f"{text!r} is not an integer")
    return int(text)


def _parse_number(text: str) -> float:
    if not re.fullmatch(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?", text):
        raise CellError(
            f"{text!r} is not a number (write 487000000, not 487 million or 487,000,000)"
        )
    value = float(text)
    if not math.isfinite(value):
        raise CellError(f"{text!r} is too large to be a number (it overflows to infinity)")
    return value


def _parse_date(text: str) -> dt.date:
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        raise CellError(f"{text[:40]!r} is not a date; write YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise CellError(f"{text!r} is not a real date ({exc})") from None


def _parse_boolean(text: str) -> bool:
    if text not in ("true", "false"):
        raise CellError(f"{text!r} is not a boolean; write true or false")
    return text == "true"


_PARSERS = {
    "string": _string,
    "integer": _parse_integer,
    "number": _parse_number,
    "date": _parse_date,
    "boolean": _parse_boolean,
}


@dataclass(frozen=True)
class ForeignKey:
    field: str
    resource: str
    reference_field: str


@dataclass(frozen=True)
class TableSchema:
    name: str
    path: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


@dataclass(frozen=True)
class PackageSchema:
    """Every table of the package, in the order the descriptor lists them."""

    tables: dict[str, TableSchema]
    descriptor: dict

    def __getitem__(self, name: str) -> TableSchema:
        return self.tables[name]


def _as_list(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def read_schema(data_dir: str | Path) -> PackageSchema:
    """Read ``datapackage.json``; a missing or malformed descriptor is a DataValidationError."""
    path = Path(data_dir) / DESCRIPTOR
    name = str(path)

    def fail(message: str) -> DataValidationError:
        return DataValidationError([Problem(name, None, None, message)], str(data_dir))

    if not Path(data_dir).is_dir():
        raise DataValidationError(
            [Problem(str(data_dir), None, None, "no such folder; is --data-dir right?")],
            str(data_dir),
        )
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_DESCRIPTOR_BYTES + 1)
    except FileNotFoundError:
        raise fail("no data package descriptor here; is --data-dir right?") from None
    except OSError as exc:
        raise fail(f"cannot read it: {exc.strerror or exc}") from None
    if len(raw) > MAX_DESCRIPTOR_BYTES:
        raise fail(f"larger than {MAX_DESCRIPTOR_BYTES:,} bytes; is it the right file?")
    try:
        descriptor = json.loads(raw.decode("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise fail(f"not valid JSON: {exc}") from None
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
        raise fail("not a data package: it needs a list of resources")
    tables = {}
    problems: list[Problem] = []
    for i, res in enumerate(descriptor["resources"]):
        try:
            table = _table(res)
        except (KeyError, TypeError, ValueError, re.error) as exc:
            label = res.get("name") if isinstance(res, dict) else None
            where = f"resources[{i}]" + (f" ({label})" if label else "")
            detail = f"no {exc.args[0]!r}" if isinstance(exc, KeyError) else str(exc)
            problems.append(Problem(name, None, None, f"{where}: {detail}"))
            continue
        tables[table.name] = table
    if problems:
        raise DataValidationError(problems, str(data_dir))
    return PackageSchema(tables=tables, descriptor=descriptor)


def _table(res: dict) -> TableSchema:
    """One resource of the descriptor; KeyError/TypeError/ValueError/re.error say what is wrong."""
    if not isinstance(res, dict):
        raise TypeError("a resource must be an object")
    sch = res["schema"]
    path = res["path"]
    if not isinstance(path, str) or Path(path).is_absolute() or ".." in Path(path).parts:
        raise ValueError(f"path {path!r} must be a file inside the data folder")
    table_missing = frozenset(sch.get("missingValues", [""]))
    fields = []
    for f in sch["fields"]:
        c = f.get("constraints", {})
        if f.get("type", "string") not in _PARSERS:
            raise ValueError(f"field {f['name']}: unsupported type {f.get('type')!r}")
        pattern = c.get("pattern")
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(
                    f"field {f['name']}: pattern {pattern!r} is broken: {exc}"
                ) from None
        minimum = c.get("minimum")
        if minimum is not None and (
            isinstance(minimum, bool) or not isinstance(minimum, (int, float))
        ):
            raise ValueError(f"field {f['name']}: minimum {minimum!r} is not a number")
        fields.append(
            Field(
                name=f["name"],
                type=f.get("type", "string"),
                description=f.get("description", ""),
                required=bool(c.get("required", False)),
                unique=bool(c.get("unique", False)),
                enum=tuple(c["enum"]) if "enum" in c else None,
                pattern=pattern,
                minimum=minimum,
                missing_values=frozenset(f.get("missingValues", table_missing)),
            )
        )
    names = [f.name for f in fields]
    fks = tuple(
        ForeignKey(
            fk["fields"], fk["reference"]["resource"] or res["name"], fk["reference"]["fields"]
        )
        for fk in sch.get("foreignKeys", [])
    )
    for fk in fks:
        if fk.field not in names:
            raise ValueError(f"foreign key on {fk.field!r}, which is not a field")
    primary = tuple(_as_list(sch.get("primaryKey", [])))
    for key in primary:
        if key not in names:
            raise ValueError(f"primary key {key!r} is not a field")
    return TableSchema(
        name=res["name"],
        path=path,
        title=res.get("title", res["name"]),
        description=res.get("description", ""),
        fields=tuple(fields),
        primary_key=primary,
        foreign_keys=fks,
    )
