"""A figure's unit twice: the noun it counts as the text says it (the annotation's unit, shown
in the review: "54 incubators") and the unit a data row stores, which must be in the schema's
vocabulary (``commitments.unit`` in datapackage.json). A counted noun the vocabulary does not
know is still proposed, for review, with the stored unit left empty and the words kept in
``value_text``: dropping it would lose the fact, storing it would fail validation."""

from __future__ import annotations

from pathlib import Path

# counted nouns as annotated -> the vocabulary's name for the same unit
_SYNONYMS = {
    "kilometers": "km",
    "kilometres": "km",
    "towns": "townships",
    "square meters": "square metres",
}


def schema_units(data_dir: Path | None) -> frozenset[str] | None:
    """The units a commitment row may store; None when there is no data package to ask."""
    if data_dir is None or not (Path(data_dir) / "datapackage.json").is_file():
        return None
    from ..dataset.schema import read_schema

    schema = read_schema(data_dir)
    if "commitments" not in schema.tables:
        return None
    enum = schema["commitments"].field("unit").enum
    return frozenset(enum) if enum is not None else None


def stored_unit(unit: str, vocabulary: frozenset[str] | None) -> str:
    """The unit to store for a counted noun: itself, the vocabulary's synonym, or '' (unknown)."""
    if vocabulary is None or unit in vocabulary:
        return unit
    synonym = _SYNONYMS.get(unit, "")
    return synonym if synonym in vocabulary else ""
