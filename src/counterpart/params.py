"""The notebooks' parameter contract, checked before any kernel starts.

papermill only warns about an unknown parameter and accepts any value; here an unknown name or a bad
value is an error that lists what is valid. The same checks run inside each notebook, so a run from
JupyterLab or the plain papermill CLI fails just as clearly.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from pathlib import Path

from .errors import ParameterError

TODAY = "today"
NOTEBOOK_PATTERN = re.compile(r"^\d\d-[a-z0-9-]+\.ipynb$")


def resolve_as_of(value, today: dt.date | None = None) -> dt.date:
    """'today' or an ISO date (YYYY-MM-DD) as a date; anything else is a ParameterError."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if text.lower() in (TODAY, ""):
        return today or dt.date.today()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise ParameterError(
        f"as_of {value!r} is not a date: expected YYYY-MM-DD (e.g. 2019-12-31) or 'today'"
    )


def resolve_previous_as_of(value, as_of: dt.date) -> dt.date:
    """The earlier date a "what changed" section compares with: one year before by default."""
    if value is None or str(value).strip() == "":
        try:
            return as_of.replace(year=as_of.year - 1)
        except ValueError:  # 29 February
            return as_of.replace(year=as_of.year - 1, day=28)
    day = resolve_as_of(value)
    if day >= as_of:
        raise ParameterError(
            f"previous_as_of {day.isoformat()} must be before as_of {as_of.isoformat()}"
        )
    return day


def check_pairing(pairing: str, valid: list[str]) -> str:
    """``pairing`` if it is a known id; otherwise a ParameterError listing the valid ids."""
    if pairing in valid:
        return pairing
    close = difflib.get_close_matches(str(pairing), valid, n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    raise ParameterError(
        f"unknown pairing {pairing!r}. Valid pairings: {', '.join(sorted(valid))}.{hint}"
    )


def find_notebooks_dir() -> Path:
    """``notebooks/`` beside ``data/`` in the project this package runs from."""
    from .dataset import find_data_dir

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
