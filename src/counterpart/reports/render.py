"""Turn data into report HTML without ever letting data become markup.

Text from sources is untrusted: it goes through ``html.escape`` here and nowhere else. Only strings
the project itself writes (templates in this module and the notebooks' Markdown cells) may carry
markup. Notebooks display the ``Html`` objects these functions return; tables go through
``tables.table_html``, which escapes the same way.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable

import pandas as pd

UNKNOWN = "unknown"


class Html(str):
    """A string of HTML built by this module; Jupyter displays it as HTML."""

    def _repr_html_(self) -> str:
        return str(self)


def is_missing(value) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def esc(value, missing: str = UNKNOWN) -> str:
    """Escaped text of any value; missing values read as 'unknown'."""
    if is_missing(value):
        return html.escape(missing)
    return html.escape(str(value), quote=True)


def fill(template: str, **values) -> Html:
    """``template`` is project-written HTML; every value is escaped before it goes in."""
    return Html(template.format(**{k: esc(v) for k, v in values.items()}))


def heading(text: str, level: int = 2) -> Html:
    return Html(f"<h{level}>{esc(text)}</h{level}>")


_PRECISION = {"year": 4, "month": 7}


def format_date(value, basis=None, precision=None) -> str:
    """ISO date cut to its precision (2017, 2019-04, 2019-08-30), '(inferred)' when it rests on
    inference; 'unknown' if missing."""
    if is_missing(value):
        return UNKNOWN
    text = pd.Timestamp(value).date().isoformat()[: _PRECISION.get(precision, 10)]
    return text + " (inferred)" if basis == "inferred" else text


def format_date_range(start, end, basis=None, precision=None) -> str:
    if is_missing(start):
        return UNKNOWN
    s, e = format_date(start, precision=precision), format_date(end, precision=precision)
    text = s if e in (s, UNKNOWN) else f"{s} to {e}"
    return text + (" (inferred)" if basis == "inferred" else "")


def plural(count: int, word: str) -> str:
    """'1 page', '25 pages': a count with its noun, for summaries and the index."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def format_number(value: float) -> str:
    """487000000 -> '487 million', 10000 -> '10,000', 3.6e9 -> '3.6 billion', 1.805e9 ->
    '1.805 billion' (a figure the scaled form cannot state exactly keeps all its digits)."""
    if is_missing(value):
        return UNKNOWN
    value = float(value)
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            scaled = value / size
            if math.isclose(scaled, round(scaled, 3)):
                return f"{round(scaled, 3):,g} {word}"
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"


UNIT_WORDS = {"persons": "people", "milestone": ""}


def format_quantity(value, unit=None, qualifier=None, cumulative=None) -> str:
    """'about 600 projects (cumulative)': the figure exactly as the source qualified it."""
    if is_missing(value):
        return "no figure given"
    parts = []
    if not is_missing(qualifier) and qualifier != "exact":
        parts.append(str(qualifier))
    parts.append(format_number(value))
    if not is_missing(unit):
        word = UNIT_WORDS.get(str(unit), str(unit))
        if word:
            parts.append(word)
    text = " ".join(parts)
    if not is_missing(cumulative) and bool(cumulative):  # True, numpy's True or pandas' True
        text += " (cumulative)"
    return text


def citation(numbers: dict[str, int], source_id, paragraph=None) -> str:
    """'[1] ¶2': the report's number for the source and the paragraph cited."""
    if is_missing(source_id):
        return "no source"
    text = f"[{numbers.get(source_id, '?')}]"
    if not is_missing(paragraph):
        text += f" ¶{int(paragraph)}"
    return text


def source_note(numbers: dict[str, int], refs: Iterable[tuple]) -> Html:
    """'Source: [1] ¶1, 2, 3': where a table or chart comes from, for the reader to look up."""
    by_source: dict[str, set[int]] = {}
    for source_id, paragraph in refs:
        if is_missing(source_id):
            continue
        paras = by_source.setdefault(source_id, set())
        if not is_missing(paragraph):
            paras.add(int(paragraph))
    if not by_source:
        return Html('<p class="cp-source">Source: none (no data in this section).</p>')
    parts = []
    for sid in sorted(by_source, key=lambda s: numbers.get(s, 0)):
        paras = sorted(by_source[sid])
        text = f"[{numbers.get(sid, '?')}]"
        if paras:
            text += " ¶" + ", ".join(str(p) for p in paras)
        parts.append(text)
    return Html(f'<p class="cp-source">Source: {esc("; ".join(parts))}</p>')


def sources_list(sources: pd.DataFrame) -> Html:
    """The numbered list of sources a report cites: title, publisher, date, URL."""
    if sources.empty:
        return Html('<p class="cp-empty">No source is cited: nothing was known by this date.</p>')
    items = []
    for _, s in sources.iterrows():
        date = (
            format_date(s["published"])
            if not is_missing(s["published"])
            else (
                f"publication date not stated; available from {format_date(s['available_from'])}"
                + (" (inferred)" if s["available_from_basis"] == "inferred" else "")
            )
        )
        items.append(
            f'<li value="{int(s["number"])}"><span class="cp-src-title">{esc(s["title"])}</span>. '
            f"{esc(s['publisher'])}; {esc(date)}. "
            f'<span class="cp-url">{esc(s["url"])}</span></li>'
        )
    return Html('<ol class="cp-sources">' + "".join(items) + "</ol>")


def callout(text: str, kind: str = "note") -> Html:
    """A boxed sentence (e.g. 'No data yet'); text is escaped."""
    return Html(f'<p class="cp-callout cp-{esc(kind)}">{esc(text)}</p>')
