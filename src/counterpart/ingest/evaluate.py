"""Measure the extractor against hand-made gold annotations: precision and recall per kind.

Rules only earn trust by being scored on text they were not written from. ``tests/extraction``
holds test articles written for this suite, each beside a ``*.gold.yaml`` listing what a careful
reader finds in it; ``tests/extraction/devset`` holds the annotations of real articles whose
texts are kept outside the project (``--texts DIR``). Every candidate the extractor proposes
counts, whatever its confidence: the question is what the analyst is shown. The last column
counts the wrong candidates that would be accepted by default (confidence >= accept level).

    python -m counterpart.evaluate [--texts DIR] [GOLD.yaml ...]

Output: one row per article and kind (``article kind gold found matched P R``), then a pooled
row per kind for all gold files, and per language when both English and Chinese are scored.

Gold format (stable; articles scored outside the project use it)::

    article: name.txt            # beside the gold file, or in --texts DIR
    source_url: https://...
    year: 2019                   # optional: the year for dates that give none
    published: 2019-09-02        # optional: publication date (去年, "last year", "On 29th")
    persons: [Chen Yiqin, 谌贻琴]
    titles: [[Chen Yiqin, governor of Guizhou Province], [谌贻琴, 省长]]
    figures: [[487000000, yuan, exact], [600, projects, about]]
    dates: [["2019-08-29", "2019-08-31"], ["08-30", "08-30"]]   # MM-DD: year not checked
    agreements: [five agreements on cooperation]
    organisations: [Neusoft Medical]
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from ..errors import CounterpartError, ParameterError
from .reading import _TRADITIONAL as _TRADITIONAL_CHARS
from .reading import LOST_NAME_DOT, NAME_DOT

if TYPE_CHECKING:  # the extractor loads only when something is scored: the CLI stays quick
    from .extract import Extraction

KINDS = ("persons", "titles", "figures", "dates", "agreements", "organisations")


def _norm(text: str) -> str:
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    if _TRADITIONAL_CHARS.intersection(text):
        text = _simplified(text)  # "劉東偉" as the text writes it is 刘东伟, as read
    text = NAME_DOT.sub("·", LOST_NAME_DOT.sub("·", text))  # "艾合买提•买买提", "艾力?沙塔尔"
    return re.sub(r"\s+", " ", text).strip().lower()


def _simplified(text: str) -> str:
    return _t2s().convert(text)


@functools.cache
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def _post(title: str) -> str:
    """A title without its article or a closing short name: "a member of …" and "member of …",
    "vice-president of Beijing Women's Federation (BWF)" and "… Federation" are one post; so
    are "我院医师" and "医师", a post at the publisher's own body (annotators write them both
    ways)."""
    from .titles_zh import OUR_BODY  # here, not at the top: the CLI loads no extractor

    post = re.sub(r"\s+\([a-z]{2,8}\)$", "", re.sub(r"^(?:a|an|the)\s+", "", _norm(title)))
    return OUR_BODY.sub("", post)


def _date_key(d, year: int | None) -> tuple[str, str]:
    """A date mention as (start, end) ISO strings, the year filled in where the text left it."""

    def fmt(y, m, d_):
        y = y or year
        parts = [f"{y:04d}" if y else None, f"{m:02d}" if m else None, f"{d_:02d}" if d_ else None]
        return "-".join(p for p in parts if p)

    return fmt(*d.start), fmt(*d.end)


def predicted(ex: Extraction, year: int | None = None) -> dict[str, list]:
    """The items of each kind the extraction proposes, as comparable keys, each with whether it
    defaults to accept."""
    out: dict[str, list] = {k: [] for k in KINDS}
    for c in ex.candidates:
        f = c.fields
        ok = c.decision == "accept"
        if c.kind == "person":
            out["persons"].append((_norm(c.label), ok))
        elif c.kind == "title":
            name, title = c.label.split(":", 1)
            out["titles"].append(((_norm(name), _post(title)), ok))
        elif c.kind == "organisation" and f.get("kind") in ("enterprise", "institution"):
            out["organisations"].append((_norm(c.label), ok))
        if c.kind in ("figure", "agreement") and f.get("quantity"):
            # a figure's label says the noun counted, as annotated; the row may store the
            # schema's name for it ("km") or none (a noun outside the vocabulary)
            said = re.fullmatch(
                r"(?:exact|about|nearly|more than|at least|at most|less than) \S+ (.+)", c.label
            )
            unit = said.group(1) if c.kind == "figure" and said else f["unit"]
            out["figures"].append(((Decimal(f["quantity"]), unit, f["qualifier"]), ok))
        if c.kind == "agreement":
            out["agreements"].append((_norm(c.label), ok))
    dates = dict.fromkeys(_date_key(d, year) for d in ex.dates)  # distinct, as gold lists them
    out["dates"] = [(k, False) for k in dates]
    return out


def expected(gold: dict) -> dict[str, list]:
    return {
        "persons": [_norm(str(p)) for p in gold.get("persons") or []],
        "titles": [(_norm(str(n)), _post(str(t))) for n, t in gold.get("titles") or []],
        # ("up to" is "at most", the dataset's one word for an upper bound)
        "figures": [
            (Decimal(str(v)), u, "at most" if q == "up to" else q)
            for v, u, q in gold.get("figures") or []
        ],
        "dates": [(str(s), str(e)) for s, e in gold.get("dates") or []],
        "agreements": [_norm(str(a)) for a in gold.get("agreements") or []],
        "organisations": [_norm(str(o)) for o in gold.get("organisations") or []],
    }


def _same(kind: str, gold, pred, loose: bool) -> bool:
    if gold == pred:
        return True
    if kind == "dates" and re.fullmatch(r"\d\d-\d\d", gold[0]):  # gold without a year
        return tuple(p[5:] if re.fullmatch(r"\d{4}-\d\d-\d\d", p) else p for p in pred) == gold
    if loose and kind == "agreements":  # "a tumor hospital" found as "a tumor hospital in X"
        return gold in pred or pred in gold
    if loose and kind == "organisations":  # "Shenzhen NWY Group Ltd." is Shenzhen NWY Group
        return _firm(gold) == _firm(pred)
    if loose and kind == "figures" and gold[0] == pred[0] and gold[2] == pred[2]:
        # a counted noun with or without its describing words: "26 industrial parks" annotated
        # as "industrial parks", found as "parks"; the head noun (the last word) must agree
        g, p = _unit_key(gold[1]), _unit_key(pred[1])
        return bool(g and p) and (g == p or g.endswith(" " + p) or p.endswith(" " + g))
    return False


_LEGAL_FORM = re.compile(
    r"(?:[\s,.]+(?:co\.?,?\s*ltd|co|ltd|limited|inc|corp|corporation|llc|company)\.?)+$"
    r"|(?:股份有限公司|有限责任公司|有限公司)$"
)


def _firm(name: str) -> str:
    """A firm's name without its legal form: annotators keep it or leave it off."""
    return _LEGAL_FORM.sub("", name).strip()


def _unit_key(unit) -> str:
    """A counted noun as the dataset names it: "townships" is towns, "families" households (the
    extractor's own vocabulary), and "provinces and municipalities" counts provinces; either
    spelling of -ize and -re words is one word."""
    from .figures_en import _UNITS

    first = re.split(r"\s+and\s+", str(unit).lower())[0]
    first = first.replace("ization", "isation")  # "organizations" as the data spells it
    first = first.replace("centre", "center")  # "health centres" as the extractor spells it
    if first not in _UNITS and _UNITS.get(first.rsplit(" ", 1)[-1]) == "persons":
        return "persons"  # "medical team members": people, named by the head noun
    return _UNITS.get(first, first)


@dataclass
class Score:
    kind: str
    gold: int
    predicted: int
    matched: int
    wrong_accepted: int = 0
    accepted: int = 0
    missed: tuple = ()  # gold items not found
    wrong: tuple = ()  # proposed items not in the gold
    wrong_by_default: tuple = ()  # those of them accepted unless the analyst says otherwise

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    def __add__(self, other: Score) -> Score:
        return Score(
            self.kind,
            self.gold + other.gold,
            self.predicted + other.predicted,
            self.matched + other.matched,
            self.wrong_accepted + other.wrong_accepted,
            self.accepted + other.accepted,
        )


def score(gold_items: list, pred_items: list, kind: str) -> Score:
    """One-to-one matching: exact matches first, then looser ones (agreements by containment,
    dates without a year). ``pred_items`` may be plain keys or (key, accepted) pairs."""
    pairs = [
        p if isinstance(p, tuple) and len(p) == 2 and isinstance(p[1], bool) else (p, False)
        for p in pred_items
    ]
    left = list(pairs)
    matched = 0
    pending = []
    for g in gold_items:
        hit = next((p for p in left if p[0] == g), None)
        if hit is not None:
            left.remove(hit)
            matched += 1
        else:
            pending.append(g)
    # the loose pairs: as many as can be made one to one (a found item that could match two
    # gold items goes to the one nothing else matches)
    for i in _one_to_one(pending, left, lambda g, p: _same(kind, g, p[0], loose=True)):
        left[i] = None
        matched += 1
    left = [p for p in left if p is not None]
    accepted = sum(1 for _, ok in pairs if ok)
    wrong_accepted = sum(1 for _, ok in left if ok)
    found = [p[0] for p in pairs]
    missed = tuple(g for g in gold_items if g not in found and g in pending)
    missed = tuple(g for g in missed if not any(_same(kind, g, f, loose=True) for f in found))
    wrong = tuple(p[0] for p in left)
    by_default = tuple(p[0] for p in left if p[1])
    return Score(
        kind,
        len(gold_items),
        len(pairs),
        matched,
        wrong_accepted,
        accepted,
        missed,
        wrong,
        by_default,
    )


def _one_to_one(gold: list, found: list, fits) -> list[int]:
    """Indexes into ``found`` of a largest one-to-one matching with ``gold`` (augmenting
    paths; both lists are an article's items of one kind, a few dozen at most)."""
    owner: dict[int, int] = {}  # found index -> gold index

    def place(g: int, seen: set[int]) -> bool:
        # the closest first: "7 strategic cooperation agreements" before "agreement"
        for f, item in sorted(enumerate(found), key=lambda fi: _distance(gold[g], fi[1][0])):
            if f in seen or not fits(gold[g], item):
                continue
            seen.add(f)
            if f not in owner or place(owner[f], seen):
                owner[f] = g
                return True
        return False

    for g in range(len(gold)):
        place(g, set())
    return sorted(owner)


def _distance(gold, found) -> int:
    return abs(len(gold) - len(found)) if isinstance(gold, str) and isinstance(found, str) else 0


def _read_gold(path: Path) -> dict:
    """A gold file's mapping, or an error naming the file and what is wrong with it."""
    try:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ParameterError(f"{path}: no such gold file") from None
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ParameterError(f"{path}: not a readable YAML gold file ({exc})") from None
    if not isinstance(gold, dict):
        raise ParameterError(f"{path}: a gold file is a mapping with article:, source_url: …")
    lacking = [k for k in ("article", "source_url") if not gold.get(k)]
    if lacking:
        raise ParameterError(f"{path}: the gold file needs {' and '.join(lacking)}")
    for kind, shape in _ITEM_SHAPES.items():
        for i, item in enumerate(gold.get(kind) or [], 1):
            if not isinstance(item, list) or len(item) != len(shape):
                raise ParameterError(
                    f"{path}: {kind} item {i} must be [{', '.join(shape)}], not {item!r} "
                    "(quote a value that holds a comma)"
                )
    return gold


# the items a gold file lists as [ … ]
_ITEM_SHAPES = {
    "titles": ("name", "title"),
    "figures": ("value", "unit", "qualifier"),
    "dates": ("start", "end"),
}


def evaluate_gold(
    gold_path: Path, data_dir: Path | None = None, texts: Path | None = None
) -> tuple[dict[str, Score], Extraction]:
    from .extract import extract_file

    gold = _read_gold(gold_path)
    article = (texts or gold_path.parent) / gold["article"]
    if not article.is_file():
        where = f"in {texts} (--texts)" if texts else f"beside the gold file in {gold_path.parent}"
        raise ParameterError(
            f"{gold_path}: article {gold['article']!r} is not {where}; "
            "pass --texts DIR with the folder that holds the article texts"
        )
    published = str(gold["published"]) if gold.get("published") else None
    given_year = gold.get("year")
    if published and re.fullmatch(r"\d{4}(?:-\d\d)?", published):
        # only the month or the year is known (a URL's /2016/09/, a yearbook's "2010"): the
        # year is given, no day to count from
        given_year, published = given_year or int(published[:4]), None
    ex = extract_file(
        article,
        source_url=gold["source_url"],
        source_id=gold.get("source_id"),
        pairing=gold.get("pairing"),
        year=given_year,
        published=published,
        data_dir=data_dir,
    )
    year = given_year or (int(published[:4]) if published else None)
    exp, pred = expected(gold), predicted(ex, year)
    return {k: score(exp[k], pred[k], k) for k in KINDS}, ex


def _fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.2f}"


def format_table(results: dict[str, dict[str, Score]]) -> str:
    head = (
        f"{'article':<28} {'kind':<14} {'gold':>4} {'found':>5} {'matched':>7}  {'P':>5}  {'R':>5}"
    )
    lines = [head + f"  {'wrong-accepted':>14}"]

    def row(name, s):
        return (
            f"{name:<28} {s.kind:<14} {s.gold:>4} {s.predicted:>5} {s.matched:>7}  "
            f"{_fmt(s.precision)}  {_fmt(s.recall)}  {s.wrong_accepted:>5}/{s.accepted:<8}"
        )

    for name, scores in results.items():
        for s in scores.values():
            lines.append(row(name, s))
    groups = {"pooled": list(results)}
    langs = {}
    for name in results:
        langs.setdefault("zh" if name.startswith("zh-") else "en", []).append(name)
    if len(langs) > 1:
        groups.update({f"pooled-{lang}": names for lang, names in sorted(langs.items())})
    for label, names in groups.items():
        for k in KINDS:
            total = Score(k, 0, 0, 0)
            for n in names:
                total = total + results[n][k]
            lines.append(row(label, total))
    return "\n".join(lines)


def evaluate_all(
    paths: list[Path], data_dir: Path | None = None, texts: Path | None = None
) -> dict[str, dict[str, Score]]:
    return {p.name.removesuffix(".gold.yaml"): evaluate_gold(p, data_dir, texts)[0] for p in paths}


def add_arguments(ap: argparse.ArgumentParser) -> None:
    """The evaluation's arguments, shared by ``python -m counterpart.evaluate`` and
    ``counterpart evaluate`` so both accept the same command lines."""
    ap.add_argument(
        "gold", nargs="+", type=Path, help="gold files, e.g. tests/extraction/*.gold.yaml"
    )
    ap.add_argument(
        "--texts", type=Path, help="folder holding the articles named by the gold files"
    )
    ap.add_argument("--data", type=Path, help="dataset folder to match against (default: data/)")
    ap.add_argument("--misses", action="store_true", help="also list what was missed or wrong")


def run(args: argparse.Namespace) -> int:
    """Score the gold files named in ``args`` and print the table (and misses)."""
    paths = args.gold
    if args.texts is not None and not args.texts.is_dir():
        raise ParameterError(f"--texts {args.texts}: no such folder")
    from ..dataset import find_data_dir

    data_dir = args.data or find_data_dir(None)
    results = evaluate_all(paths, data_dir, args.texts)
    print(format_table(results))
    if args.misses:
        for name, scores in results.items():
            for sc in scores.values():
                for g in sc.missed:
                    print(f"{name}\t{sc.kind}\tmissed\t{g}")
                for w in sc.wrong:  # a fifth column marks what would be accepted by default
                    mark = "\taccepted" if w in sc.wrong_by_default else ""
                    print(f"{name}\t{sc.kind}\twrong\t{w}{mark}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m counterpart.evaluate", description=__doc__.split("\n\n")[0]
    )
    add_arguments(ap)
    args = ap.parse_args(sys.argv[1:] if argv is None else argv)
    try:
        return run(args)
    except CounterpartError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
