"""The dataset: schema, validation, loading, scoping a report's facts, appending rows.

The bottom layer of the package: it knows the curated tables in ``data/`` and nothing about
notebooks, runs or articles. ``from counterpart.dataset import load_dataset`` is the usual entry.
"""

from .load import Dataset, find_data_dir, fingerprint_dataset, load_dataset
from .scope import Scope, scope_dataset

__all__ = [
    "Dataset",
    "Scope",
    "find_data_dir",
    "fingerprint_dataset",
    "load_dataset",
    "scope_dataset",
]
