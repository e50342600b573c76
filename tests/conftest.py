"""Shared fixtures: the tests' own frozen dataset, and throwaway copies of it to break on purpose.

Code tests never read the project's ``data/``: it grows, and a test that counts its rows breaks
when an analyst adds a valid one. They read ``tests/fixtures/data/`` (how it is made and extended:
``tests/fixtures/README.md``). Facts about ``data/`` itself are validator rules
(``counterpart validate``, checked on ``data/`` by ``tests/test_data.py``).
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The tests' dataset. Every code test uses it, by this name or through the fixtures below.
DATA = ROOT / "tests" / "fixtures" / "data"
# The project's curated dataset: only tests/test_data.py looks at it.
PROJECT_DATA = ROOT / "data"
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


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The tests' dataset folder (read-only: copy it with ``data_copy`` to change it)."""
    return DATA


@pytest.fixture(scope="session")
def ds(data_dir):
    """The fixture dataset, loaded and validated once per session."""
    from counterpart.dataset import load_dataset

    return load_dataset(data_dir)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of the fixture dataset that a test may edit."""
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
