"""The dataset: schema, validation, loading, scoping a report's facts, appending rows.

The bottom layer of the package: it knows the curated tables in ``data/`` and nothing about
notebooks, runs or articles. ``from counterpart.dataset import load_dataset`` is the usual entry.
"""

from .life import PairingLife, pairing_label, pairing_life
from .load import Dataset, find_data_dir, fingerprint_dataset, load_dataset
from .scope import Scope, scope_dataset
from .trust import RULE_TEXT

__all__ = [
    "RULE_TEXT",
    "Dataset",
    "PairingLife",
    "Scope",
    "find_data_dir",
    "fingerprint_dataset",
    "load_dataset",
    "pairing_label",
    "pairing_life",
    "scope_dataset",
]
