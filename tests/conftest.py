"""Shared fixtures: the project's paths and throwaway copies of data/ to break on purpose."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
NOTEBOOKS = ROOT / "notebooks"
# Every person the seed article names (dl-24772): the dataset and the extractor must agree.
SEED_PEOPLE = frozenset(
    {
        "Chen Yiqin",
        "Tang Yijun",
        "Tan Zuojun",
        "Tan Chengxu",
        "Li Gang",
        "Xi Jinping",
        "Wang Mingyu",
        "Jiang Youwei",
        "Jin Guowei",
        "Wu Qiang",
    }
)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of data/ that a test may edit."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def edit_cell(data_dir: Path, table: str, row_id: str, column: str, value: str) -> int:
    """Set one cell of the row whose first column is ``row_id``; return that row's line number."""
    path = data_dir / f"{table}.csv"
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    col = rows[0].index(column)
    for i, row in enumerate(rows):
        if row[0] == row_id:
            row[col] = value
            with path.open("w", encoding="utf-8", newline="") as fh:
                csv.writer(fh, lineterminator="\n").writerows(rows)
            return i + 1
    raise KeyError(row_id)


def append_line(data_dir: Path, table: str, line: str) -> int:
    """Append a raw line to a table; return its line number."""
    path = data_dir / f"{table}.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + line + "\n", encoding="utf-8")
    return len(text.splitlines()) + 1
