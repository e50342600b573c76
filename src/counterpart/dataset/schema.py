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
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataValidationError, Problem

DESCRIPTOR = "datapackage.json"
UNKNOWN = "unknown"


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
                "'unknown' is not allowed in this column: it applies to every row and the "
                "schema does not let its sources be silent on it; "
                + ("write the value" if self.required else "leave it empty where it does not apply")
            )
        if text == "":
            raise CellError(
                "leave no cell empty here (it applies to every row): write the value, "
                "or unknown where the source is silent"
            )
        if text != text.strip():
            raise CellError(f"{text!r} has leading or trailing spaces")
        value = _PARSERS[self.type](text)
        if self.enum is not None and text not in self.enum:
            raise CellError(f"{text!r} is not allowed; use one of: {', '.join(self.enum)}")
        if self.pattern is not None and not re.fullmatch(self.pattern, text):
            raise CellError(f"{text!r} does not match the pattern {self.pattern}")
        if self.minimum is not None and value < self.minimum:
            raise CellError(f"{text} is below the minimum {self.minimum:g}")
        return value


def _parse_integer(text: str) -> int:
    if not re.fullmatch(r"[+-]?\d+", text):
        raise CellError(f"{text!r} is not an integer")
    return int(text)


def _parse_number(text: str) -> float:
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", text):
        raise CellError(
            f"{text!r} is not a number (write 487000000, not 487 million or 487,000,000)"
        )
    return float(text)


def _parse_date(text: str) -> dt.date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise CellError(f"{text!r} is not a date; write YYYY-MM-DD, or 'unknown'")
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise CellError(f"{text!r} is not a real date ({exc})") from None


def _parse_boolean(text: str) -> bool:
    if text not in ("true", "false"):
        raise CellError(f"{text!r} is not a boolean; write true or false")
    return text == "true"


_PARSERS = {
    "string": str,
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
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataValidationError(
            [
                Problem(
                    str(path), None, None, "no data package descriptor here; is --data-dir right?"
                )
            ],
            str(data_dir),
        ) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DataValidationError(
            [Problem(str(path), None, None, f"not valid JSON: {exc}")]
        ) from None
    tables = {}
    for res in descriptor.get("resources", []):
        sch = res["schema"]
        table_missing = frozenset(sch.get("missingValues", [""]))
        fields = []
        for f in sch["fields"]:
            c = f.get("constraints", {})
            if f.get("type", "string") not in _PARSERS:
                raise DataValidationError(
                    [Problem(str(path), None, f["name"], f"unsupported type {f.get('type')!r}")]
                )
            fields.append(
                Field(
                    name=f["name"],
                    type=f.get("type", "string"),
                    description=f.get("description", ""),
                    required=bool(c.get("required", False)),
                    unique=bool(c.get("unique", False)),
                    enum=tuple(c["enum"]) if "enum" in c else None,
                    pattern=c.get("pattern"),
                    minimum=c.get("minimum"),
                    missing_values=frozenset(f.get("missingValues", table_missing)),
                )
            )
        fks = tuple(
            ForeignKey(fk["fields"], fk["reference"]["resource"], fk["reference"]["fields"])
            for fk in sch.get("foreignKeys", [])
        )
        tables[res["name"]] = TableSchema(
            name=res["name"],
            path=res["path"],
            title=res.get("title", res["name"]),
            description=res.get("description", ""),
            fields=tuple(fields),
            primary_key=tuple(_as_list(sch.get("primaryKey", []))),
            foreign_keys=fks,
        )
    return PackageSchema(tables=tables, descriptor=descriptor)
