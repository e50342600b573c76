"""The review file between ``counterpart extract`` and ``counterpart accept``.

Extraction proposes; a person decides. The review file is YAML (one entry per candidate row,
readable in any editor and in a diff) rather than CSV, because each candidate carries a whole row of
its table plus where it came from. The analyst sets each ``decision``:

- ``accept``: add the row as it stands (the default when the rule was confident);
- ``edit``: the fields were corrected by hand; add them;
- ``reject``: leave it out;
- ``review``: the default for unsure candidates; left out unless its fields were edited.

``accept`` adds the chosen rows, and the source row with the article stored under
``data/sources/``, through ``append.append_rows``: validated with the whole dataset, all or nothing.
Everything read from the file is treated as plain text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import DataValidationError, ParameterError, Problem
from ..textfile import YamlError, read_text, safe_yaml
from .extract import Candidate, Extraction, read_article

FORMAT = 1
MAX_REVIEW_BYTES = 20_000_000
DECISIONS = ("accept", "edit", "reject", "review")

_HEADER = """\
# counterpart review file: candidate rows proposed from one article.
# For each candidate set `decision`: accept | edit (after correcting `fields`) | reject | review.
# `review` (the default for unsure candidates) is left out unless you edit its fields.
# A candidate with `match` is a row the dataset already has: nothing is written for it.
# `needs` names the candidates a row refers to; if one is left out, so is the row (or the
# reference is blanked when it is optional). Then run: counterpart accept THIS_FILE
"""


class ReviewFileError(DataValidationError):
    """The review file cannot be accepted; each problem names the file's line and the field."""


def _fingerprint(fields: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()[:16]


def review_document(ex: Extraction, data_dir: Path | None = None) -> dict:
    """The review file's content as plain data."""
    return {
        "format": FORMAT,
        "article": str(ex.article.path.resolve()) if ex.article.path else "",
        "article_sha256": ex.article.sha256,
        "source_id": ex.source_id,
        "pairing_id": ex.pairing_id,
        "data_dir": str(data_dir) if data_dir else "",
        "warnings": list(ex.warnings),
        "candidates": [
            {
                "id": c.id,
                "table": c.table,
                "kind": c.kind,
                "label": c.label,
                "decision": c.decision,
                "confidence": round(c.confidence, 2),
                "paragraph": c.paragraph,
                "span": [c.span[0], c.span[1]],
                "evidence": c.evidence,
                "match": c.match,
                "needs": dict(c.needs),
                "note": c.note,
                "fields": dict(c.fields),
                "proposed": _fingerprint(c.fields),
            }
            for c in ex.candidates
        ],
    }


def write_review(ex: Extraction, path: str | Path, data_dir: Path | None = None) -> Path:
    """Write the review file (YAML); return its path."""
    path = Path(path)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    body = yaml.dump(
        review_document(ex, data_dir),
        Dumper=dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
    )
    path.write_text(_HEADER + body, encoding="utf-8")
    return path


@dataclass
class Review:
    path: Path
    header: dict
    candidates: list[Candidate]
    lines: dict[str, dict[str, int]]  # candidate id -> field (or "_") -> line in the file
    edited: dict[str, bool]


def _text(value) -> str:
    """A YAML scalar as the text a CSV cell holds (an unquoted 2019-08-30 is read as a date)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _line_map(text: str) -> dict[int, dict[str, int]]:
    """Line numbers of each candidate and of each of its fields, by candidate position."""
    out: dict[int, dict[str, int]] = {}
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    root = yaml.compose(text, Loader=loader)
    if not isinstance(root, yaml.MappingNode):
        return out
    for key, value in root.value:
        if key.value == "candidates" and isinstance(value, yaml.SequenceNode):
            for i, item in enumerate(value.value):
                lines = {"_": item.start_mark.line + 1}
                if isinstance(item, yaml.MappingNode):
                    for k, v in item.value:
                        lines[k.value] = k.start_mark.line + 1
                        if k.value == "fields" and isinstance(v, yaml.MappingNode):
                            for fk, _ in v.value:
                                lines[f"fields.{fk.value}"] = fk.start_mark.line + 1
                out[i] = lines
    return out


def _numbers(item: dict, cid: str, where: dict, row, name: str) -> tuple[dict, list[Problem]]:
    """span (two whole numbers), paragraph (a whole number), confidence (0 to 1), checked."""

    def whole(v) -> bool:
        return isinstance(v, int) and not isinstance(v, bool) and v >= 0

    span = item.get("span") or [0, 0]
    paragraph = item.get("paragraph") or 0
    confidence = item.get("confidence") or 0
    problems = []
    if not (isinstance(span, list) and len(span) == 2 and all(whole(v) for v in span)):
        problems.append(
            Problem(name, where.get("span", row), "span",
                    f"candidate {cid}: span: {span!r}: must be two whole numbers, [start, end]")
        )  # fmt: skip
    if not whole(paragraph):
        problems.append(
            Problem(name, where.get("paragraph", row), "paragraph",
                    f"candidate {cid}: paragraph: {paragraph!r}: must be a whole number")
        )  # fmt: skip
    if (
        isinstance(confidence, bool)
        or not isinstance(confidence, (int, float))
        or not (0 <= confidence <= 1)
    ):
        problems.append(
            Problem(name, where.get("confidence", row), "confidence",
                    f"candidate {cid}: confidence: {confidence!r}: must be a number from 0 to 1")
        )  # fmt: skip
    if problems:
        return {}, problems
    return {"span": (span[0], span[1]), "paragraph": paragraph, "confidence": float(confidence)}, []


def read_review(path: str | Path) -> Review:
    """Parse a review file; a malformed one raises ReviewFileError naming line and field."""
    path = Path(path)
    name = str(path)
    try:
        text = read_text(path, MAX_REVIEW_BYTES)
    except FileNotFoundError:
        raise ParameterError(f"no review file at {path}") from None
    except OSError as exc:
        raise ParameterError(f"cannot read {path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise ReviewFileError([Problem(name, None, None, str(exc))], name) from None
    try:
        doc = safe_yaml(text)
        positions = _line_map(text)
    except YamlError as exc:
        raise ReviewFileError(
            [Problem(name, exc.line, None, f"not valid YAML: {exc}")], name
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or "candidates" not in doc:
        raise ReviewFileError(
            [Problem(name, 1, None, "not a counterpart review file (write one with extract)")], name
        )
    problems: list[Problem] = []
    cands, lines, edited = [], {}, {}
    seen: set[str] = set()
    if not isinstance(doc["candidates"] or [], list):
        raise ReviewFileError(
            [Problem(name, positions.get(0, {}).get("_"), "candidates", "must be a list")], name
        )
    for i, item in enumerate(doc["candidates"] or []):
        where = positions.get(i, {})
        row = where.get("_")
        if not isinstance(item, dict) or not isinstance(item.get("fields"), dict):
            problems.append(Problem(name, row, None, f"candidate {i + 1} needs a `fields` mapping"))
            continue
        cid = _text(item.get("id")) or f"#{i + 1}"
        if cid in seen:
            problems.append(Problem(name, row, "id", f"candidate id {cid} is used twice"))
        seen.add(cid)
        decision = _text(item.get("decision")).strip().lower()
        if decision not in DECISIONS:
            problems.append(
                Problem(
                    name,
                    where.get("decision", row),
                    "decision",
                    f"candidate {cid}: {decision!r} is not a decision; use one of: "
                    + ", ".join(DECISIONS),
                )
            )
        fields = {_text(k): _text(v) for k, v in item["fields"].items()}
        needs = item.get("needs") or {}
        numbers, bad = _numbers(item, cid, where, row, name)
        if bad:
            problems += bad
            continue
        cand = Candidate(
            id=cid,
            kind=_text(item.get("kind")),
            table=_text(item.get("table")),
            fields=fields,
            span=numbers["span"],
            paragraph=numbers["paragraph"],
            evidence=_text(item.get("evidence")),
            confidence=numbers["confidence"],
            label=_text(item.get("label")),
            match=_text(item.get("match")),
            needs={_text(k): _text(v) for k, v in needs.items()} if isinstance(needs, dict) else {},
            note=_text(item.get("note")),
            decision=decision or "review",
        )
        cands.append(cand)
        lines[cid] = where
        edited[cid] = _fingerprint(fields) != _text(item.get("proposed"))
    if problems:
        raise ReviewFileError(problems, name)
    return Review(path, doc, cands, lines, edited)


@dataclass
class AcceptResult:
    written: list[tuple[str, str, int]] = field(default_factory=list)  # candidate, file, line
    reused: list[tuple[str, str]] = field(default_factory=list)  # candidate, existing id
    left_out: list[tuple[str, str]] = field(default_factory=list)  # candidate, why
    blanked: list[tuple[str, str]] = field(default_factory=list)  # candidate, field
    document: str = ""
    dry_run: bool = False

    def lines(self) -> list[str]:
        out = [f"added {f}:{n} ({c})" for c, f, n in self.written]
        out += [f"kept {i} ({c}): already in the dataset" for c, i in self.reused]
        out += [f"left out {c}: {why}" for c, why in self.left_out]
        out += [f"blanked {c}.{f}: the row it referred to was left out" for c, f in self.blanked]
        if self.document:
            out.append(f"stored the article as {self.document}")
        return out


def _included(review: Review, cand: Candidate) -> tuple[bool, str]:
    if cand.decision == "reject":
        return False, "rejected"
    if cand.decision == "review" and not review.edited[cand.id]:
        return False, f"not reviewed (confidence {cand.confidence:.2f}); set decision: accept"
    return True, ""


def accept_review(
    path: str | Path, data_dir: str | Path | None = None, dry_run: bool = False
) -> AcceptResult:
    """Add the accepted candidates of a review file to ``data_dir``: all of them or nothing.

    ``dry_run`` does everything on a temporary copy of ``data_dir`` and leaves it untouched."""
    from ..dataset.append import append_rows
    from ..dataset.load import find_data_dir
    from ..dataset.schema import read_schema

    review = read_review(path)
    name = str(review.path)
    data_dir = find_data_dir(data_dir)
    if dry_run:
        with tempfile.TemporaryDirectory(prefix="counterpart-accept-") as tmp:
            copy = Path(tmp) / "data"
            shutil.copytree(data_dir, copy)
            result = accept_review(path, copy)
            result.dry_run = True
            return result
    schema = read_schema(data_dir)
    by_id = {c.id: c for c in review.candidates}
    problems: list[Problem] = []
    for c in review.candidates:
        where = review.lines.get(c.id, {})
        if c.table not in schema.tables:
            problems.append(
                Problem(
                    name,
                    where.get("table", where.get("_")),
                    "table",
                    f"candidate {c.id}: unknown table {c.table!r}; tables: "
                    + ", ".join(schema.tables),
                )
            )
            continue
        for f in c.fields:
            if f not in schema[c.table].field_names:
                problems.append(
                    Problem(
                        name,
                        where.get(f"fields.{f}", where.get("_")),
                        f,
                        f"candidate {c.id}: {schema[c.table].path} has no column {f!r}",
                    )
                )
        for f, dep in c.needs.items():
            if dep not in by_id:
                problems.append(
                    Problem(
                        name,
                        where.get("needs"),
                        f,
                        f"candidate {c.id} needs {dep}, not in the file",
                    )
                )
    if problems:
        raise ReviewFileError(problems, name)

    article_path = Path(_text(review.header.get("article")))
    try:
        article = read_article(article_path)
    except Exception as exc:
        raise ReviewFileError(
            [Problem(name, 1, "article", f"cannot read the article {article_path}: {exc}")], name
        ) from None
    if article.sha256 != review.header.get("article_sha256"):
        raise ReviewFileError(
            [
                Problem(
                    name,
                    1,
                    "article",
                    f"{article_path} changed since extraction (spans would be wrong); "
                    "run counterpart extract again",
                )
            ],
            name,
        )

    result = AcceptResult()
    included = {}
    for c in review.candidates:
        ok, why = _included(review, c)
        included[c.id] = ok
        if not ok:
            result.left_out.append((c.id, why))
    changed = True
    while changed:  # a row whose required reference is left out is left out too
        changed = False
        for c in review.candidates:
            if not included[c.id]:
                continue
            for f, dep in c.needs.items():
                if not included[dep] and c.fields.get(f) and schema[c.table].field(f).required:
                    included[c.id] = False
                    result.left_out.append((c.id, f"needs {dep} ({f}), which is left out"))
                    changed = True
                    break

    rows: list[tuple[str, dict[str, str]]] = []
    owners: list[Candidate] = []
    documents: dict[str, str] = {}
    for c in review.candidates:
        if not included[c.id]:
            continue
        if c.match and not review.edited[c.id] and c.decision != "edit":
            result.reused.append((c.id, c.match))
            if c.table == "sources":
                doc = c.fields.get("document", "")
                stored = data_dir / doc if doc else None
                if (
                    stored is None
                    or not stored.is_file()
                    or stored.read_text(encoding="utf-8") != article.text
                ):
                    problems.append(
                        Problem(
                            name,
                            review.lines[c.id].get("fields.source_id"),
                            "source_id",
                            f"candidate {c.id}: source {c.match} is already in the dataset with a "
                            "different stored text; give this article its own --source-id",
                        )
                    )
            continue
        fields = dict(c.fields)
        for f, dep in c.needs.items():
            if not included[dep] and fields.get(f):
                fields[f] = ""
                result.blanked.append((c.id, f))
        if c.table == "sources":
            doc = fields.get("document") or f"sources/{fields.get('source_id', 'new')}.txt"
            fields["document"] = doc
            documents[doc] = article.text
            result.document = doc
        rows.append((c.table, fields))
        owners.append(c)
    if problems:
        raise ReviewFileError(problems, name)
    if not rows:
        return result
    try:
        where = append_rows(data_dir, rows, documents=documents)
    except DataValidationError as exc:
        raise ReviewFileError(_blame(exc, owners, review, name), name) from None
    except ParameterError as exc:
        raise ReviewFileError([Problem(name, None, None, str(exc))], name) from None
    for c, (f, n) in zip(owners, where, strict=True):
        result.written.append((c.id, f, n))
    return result


def _blame(exc: DataValidationError, owners: list[Candidate], review: Review, name: str):
    """Point each dataset problem at the candidate (and field line) of the review file."""
    at = {(f, n): c for c, (f, n) in zip(owners, getattr(exc, "new_rows", []), strict=False)}
    out = []
    for p in exc.problems:
        c = at.get((p.file, p.row))
        if c is None:
            out.append(p)
            continue
        lines = review.lines.get(c.id, {})
        out.append(
            Problem(
                name,
                lines.get(f"fields.{p.column}", lines.get("_")),
                p.column,
                f"candidate {c.id} ({p.file}): {p.message}",
            )
        )
    return out
