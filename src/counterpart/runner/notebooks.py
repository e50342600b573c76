"""Which notebooks are reports, their titles, and the parameters each declares — read before any
kernel starts.

A notebook is a report section when its metadata says so::

    "metadata": {"counterpart": {"section": "context", "title": "Context", "order": 1}}

``section`` is the name runs select it by (``--notebook context``), ``title`` the one place its
heading comes from (section page, brief contents, index), ``order`` its place in the brief. The
file name plays no part, so a new section is a new notebook with this metadata, nothing more.

papermill only warns about an unknown parameter; here an unknown notebook or parameter name is an
error that lists the valid ones.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import ParameterError

META = "counterpart"


@dataclass(frozen=True)
class SectionInfo:
    """What a report notebook's metadata declares."""

    section: str
    title: str
    order: float


def section_info(metadata: dict, where: Path | str = "notebook") -> SectionInfo | None:
    """The section a notebook's metadata declares, or None for a notebook that is not a report."""
    meta = metadata.get(META)
    if meta is None:
        return None
    if not isinstance(meta, dict) or not all(
        isinstance(meta.get(k), str) and meta[k].strip() for k in ("section", "title")
    ):
        raise ParameterError(
            f"{where}: metadata.{META} must name a 'section' and a 'title' (text), "
            f'e.g. {{"section": "funds", "title": "Funds by year", "order": 5}}'
        )
    order = meta.get("order", 1000)
    if isinstance(order, bool) or not isinstance(order, int | float):
        raise ParameterError(f"{where}: metadata.{META}.order must be a number, not {order!r}")
    return SectionInfo(meta["section"].strip(), meta["title"].strip(), float(order))


def read_section_info(path: Path) -> SectionInfo | None:
    """``section_info`` of the notebook file at ``path`` (None if it is not a report)."""
    try:
        nb = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ParameterError(f"cannot read the notebook {path}: {exc}") from exc
    return section_info(nb.get("metadata", {}) if isinstance(nb, dict) else {}, path)


def find_notebooks_dir() -> Path:
    """``notebooks/`` beside ``data/`` in the project this package runs from."""
    from ..dataset import find_data_dir

    return find_data_dir().parent / "notebooks"


def report_sections(notebooks_dir: Path) -> list[tuple[Path, SectionInfo]]:
    """Every report notebook of a folder with its section, in reading order."""
    found = []
    for path in sorted(Path(notebooks_dir).glob("*.ipynb")):
        info = read_section_info(path)
        if info is not None:
            found.append((path, info))
    found.sort(key=lambda item: (item[1].order, item[0].name))
    seen: dict[str, Path] = {}
    for path, info in found:
        if info.section in seen:
            raise ParameterError(
                f"{path.name} and {seen[info.section].name} both declare section "
                f"{info.section!r}; give each report notebook its own section name"
            )
        seen[info.section] = path
    return found


def list_notebooks(notebooks_dir: Path) -> list[Path]:
    """The report notebooks, in reading order (``metadata.counterpart.order``)."""
    return [path for path, _ in report_sections(notebooks_dir)]


def select_notebooks(notebooks_dir: Path, names: list[str] | None) -> list[Path]:
    """Report notebooks by section or file name ('context', '01-context', '01-context.ipynb')."""
    available = report_sections(notebooks_dir)
    if not available:
        raise ParameterError(
            f"no report notebooks in {notebooks_dir}: a report notebook declares "
            f'metadata.{META} = {{"section": ..., "title": ..., "order": ...}}'
        )
    if not names:
        return [path for path, _ in available]
    chosen = []
    for name in names:
        key = name.removesuffix(".ipynb")
        match = [p for p, info in available if key in (p.stem, info.section)]
        if not match:
            valid = ", ".join(info.section for _, info in available)
            raise ParameterError(f"unknown notebook {name!r}. Valid notebooks: {valid}")
        chosen += [m for m in match if m not in chosen]
    return chosen


def notebook_parameters(path: Path) -> dict[str, dict]:
    """The parameters a notebook declares in its ``parameters`` cell: name -> default, help."""
    import papermill

    params = papermill.inspect_notebook(str(path))
    return {
        name: {
            "default": p["default"],
            "help": p.get("help", ""),
            "type": p.get("inferred_type_name"),
        }
        for name, p in params.items()
    }


def declared_parameters(path: Path) -> list[str]:
    """The names assigned in a notebook's ``parameters`` cell, read without papermill (fast)."""
    import ast

    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            names = []
            for node in ast.parse(source).body:
                targets = getattr(node, "targets", None) or [getattr(node, "target", None)]
                names += [t.id for t in targets if isinstance(t, ast.Name)]
            return names
    raise ParameterError(f"{Path(path).name} has no cell tagged 'parameters'")


def check_parameter_names(path: Path, given: dict) -> None:
    """Reject a parameter the notebook does not declare, listing those it does."""
    declared = declared_parameters(path)
    unknown = [k for k in given if k not in declared]
    if unknown:
        raise ParameterError(
            f"{path.name} has no parameter {', '.join(map(repr, unknown))}. "
            f"Its parameters: {', '.join(declared)}"
        )
