"""Measure the extractor against hand-made gold annotations: precision and recall per kind.

Rules only earn trust by being scored on text they were not written from, so ``tests/extraction``
holds the seed article and test articles written from other pairings' facts, each beside a
``*.gold.yaml`` listing what a careful reader finds in it. Every candidate the extractor proposes
counts, whatever its confidence: the question is what the analyst is shown.

    python -m counterpart.evaluate [GOLD.yaml ...]     # default: every tests/extraction/*.gold.yaml
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml

from .extract import Extraction, extract_file

KINDS = ("persons", "titles", "figures", "dates", "agreements", "organisations")
GOLD_DIR = Path(__file__).resolve().parents[2] / "tests" / "extraction"


def _norm(text: str) -> str:
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def predicted(ex: Extraction) -> dict[str, list]:
    """The items of each kind the extraction proposes, as comparable keys."""
    out: dict[str, list] = {k: [] for k in KINDS}
    for c in ex.candidates:
        f = c.fields
        if c.kind == "person":
            out["persons"].append(_norm(c.label))
        elif c.kind == "title":
            name = c.label.split(":", 1)[0]
            out["titles"].append((_norm(name), _norm(c.label.split(":", 1)[1])))
        elif c.kind == "organisation" and f.get("kind") in ("enterprise", "institution"):
            out["organisations"].append(_norm(c.label))
        if c.kind in ("figure", "agreement") and f.get("quantity"):
            out["figures"].append((Decimal(f["quantity"]), f["unit"], f["qualifier"]))
        if c.kind == "agreement":
            out["agreements"].append(_norm(c.label))
    out["dates"] = list(dict.fromkeys(d.key for d in ex.dates))  # distinct, as the gold lists them
    return out


def expected(gold: dict) -> dict[str, list]:
    return {
        "persons": [_norm(p) for p in gold.get("persons") or []],
        "titles": [(_norm(n), _norm(t)) for n, t in gold.get("titles") or []],
        "figures": [(Decimal(str(v)), u, q) for v, u, q in gold.get("figures") or []],
        "dates": [(str(s), str(e)) for s, e in gold.get("dates") or []],
        "agreements": [_norm(a) for a in gold.get("agreements") or []],
        "organisations": [_norm(o) for o in gold.get("organisations") or []],
    }


def _same(kind: str, gold, pred, loose: bool) -> bool:
    if gold == pred:
        return True
    if loose and kind == "agreements":  # "a tumor hospital" found as "a tumor hospital in X"
        return gold in pred or pred in gold
    return False


@dataclass
class Score:
    kind: str
    gold: int
    predicted: int
    matched: int

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None


def score(gold_items: list, pred_items: list, kind: str) -> Score:
    """One-to-one matching: exact matches first, then (agreements only) containment."""
    left = list(pred_items)
    matched = 0
    pending = []
    for g in gold_items:
        if g in left:
            left.remove(g)
            matched += 1
        else:
            pending.append(g)
    for g in pending:
        hit = next((p for p in left if _same(kind, g, p, loose=True)), None)
        if hit is not None:
            left.remove(hit)
            matched += 1
    return Score(kind, len(gold_items), len(pred_items), matched)


def evaluate_gold(
    gold_path: Path, data_dir: Path | None = None
) -> tuple[dict[str, Score], Extraction]:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    ex = extract_file(
        gold_path.parent / gold["article"],
        source_url=gold["source_url"],
        source_id=gold.get("source_id"),
        pairing=gold.get("pairing"),
        year=gold.get("year"),
        data_dir=data_dir,
    )
    exp, pred = expected(gold), predicted(ex)
    return {k: score(exp[k], pred[k], k) for k in KINDS}, ex


def _fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.2f}"


def format_table(results: dict[str, dict[str, Score]]) -> str:
    lines = [
        f"{'article':<24} {'kind':<14} {'gold':>4} {'found':>5} {'right':>5}  {'P':>5}  {'R':>5}"
    ]
    for name, scores in results.items():
        for s in scores.values():
            lines.append(
                f"{name:<24} {s.kind:<14} {s.gold:>4} {s.predicted:>5} {s.matched:>5}  "
                f"{_fmt(s.precision)}  {_fmt(s.recall)}"
            )
    return "\n".join(lines)


def evaluate_all(paths: list[Path] | None = None, data_dir: Path | None = None):
    from ..dataset.load import find_data_dir

    data_dir = data_dir or find_data_dir(None)
    paths = paths or sorted(GOLD_DIR.glob("*.gold.yaml"))
    return {p.name.removesuffix(".gold.yaml"): evaluate_gold(p, data_dir)[0] for p in paths}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    print(format_table(evaluate_all([Path(a) for a in argv] or None)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
