"""Which notebooks are reports and what parameters each declares, read before any kernel starts.

papermill only warns about an unknown parameter; here an unknown notebook or parameter name is an
error that lists the valid ones.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import ParameterError

NOTEBOOK_PATTERN = re.compile(r"^\d\d-[a-z0-9-]+\.ipynb$")


def find_notebooks_dir() -> Path:
    """``notebooks/`` beside ``data/`` in the project this package runs from."""
    from ..dataset import find_data_dir

    return find_data_dir().parent / "notebooks"


def list_notebooks(notebooks_dir: Path) -> list[Path]:
    """The report notebooks, in reading order (their names start with a two-digit number)."""
    return sorted(p for p in Path(notebooks_dir).glob("*.ipynb") if NOTEBOOK_PATTERN.match(p.name))


def select_notebooks(notebooks_dir: Path, names: list[str] | None) -> list[Path]:
    """Report notebooks by name ('context', '01-context' or '01-context.ipynb'); all if none."""
    available = list_notebooks(notebooks_dir)
    if not available:
        raise ParameterError(f"no report notebooks (NN-name.ipynb) in {notebooks_dir}")
    if not names:
        return available
    chosen = []
    for name in names:
        key = name.removesuffix(".ipynb")
        match = [p for p in available if p.stem == key or p.stem.split("-", 1)[1] == key]
        if not match:
            valid = ", ".join(p.stem.split("-", 1)[1] for p in available)
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
    import json

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
