"""Report tables as pandas DataFrames an analyst can filter, and the one way they become HTML.

A section helper returns a DataFrame whose columns are what the reader sees ("When", "Event",
"Source"), plus hidden columns whose names start with ``_``: ``_refs`` holds each row's citations
as (number, paragraph) pairs. Because the citations travel with the rows, a table filtered or
sorted in a notebook cell still gets the right source line under it.

``install_display()`` (called by ``open_report``) makes every DataFrame a notebook displays come
out through ``table_html``: escaped cell text, the house CSS class, no index, every row, the
source line. Stylers an analyst builds escape cell text too (pandas' ``styler.format.escape``).
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pandas as pd

from .render import Html, esc, is_missing

REFS = "_refs"
# the package's own helper columns (sort keys, citations), never shown; a header that comes from
# the data is shown whatever it looks like, "_" included
HELPER_COLUMNS = frozenset({REFS, "_o", "_rows", "_ref", "_text"})
EMPTY = "empty"  # DataFrame.attrs key: the sentence shown when no row is left


@dataclass(frozen=True)
class Link:
    """A cell that links to another report: its text escaped, its address built by the package
    (never taken from a source) and escaped too. Reads as its text anywhere else (CSV, PDF)."""

    text: str
    href: str

    def __str__(self) -> str:
        return self.text


def make_table(
    rows: pd.DataFrame,
    columns: dict[str, str],
    formatters: dict[str, Callable] | None = None,
    refs: Callable[[pd.Series], Iterable[tuple]] | None = None,
    empty: str = "Nothing recorded.",
) -> pd.DataFrame:
    """A table to display: ``columns`` maps a column (or formatter name) to its header.

    ``refs(row)`` gives the row's citations as (number, paragraph) pairs; they go in ``_refs``."""
    formatters = formatters or {}
    data: dict[str, list] = {header: [] for header in columns.values()}
    data[REFS] = []
    for row in rows.to_dict("records"):  # plain mappings: iterrows costs a Series per row
        for col, header in columns.items():
            fmt = formatters.get(col)
            data[header].append(fmt(row) if fmt else row[col])
        data[REFS].append(tuple(refs(row)) if refs else ())
    table = pd.DataFrame(data, columns=[*columns.values(), REFS])
    table.attrs[EMPTY] = empty
    return table


def visible_columns(df: pd.DataFrame) -> list:
    """The columns a reader sees: all but the package's helpers (and any listed in
    ``df.attrs["hidden"]``)."""
    hidden = HELPER_COLUMNS | set(df.attrs.get("hidden", ()))
    return [c for c in df.columns if c not in hidden]


def source_line(refs: Iterable[tuple]) -> Html:
    """'Source: [1] ¶1, 2; [3]': the citations of the rows shown, for the reader to look up."""
    by_number: dict[int, set[int]] = {}
    for number, paragraph in refs:
        if is_missing(number):
            continue
        paras = by_number.setdefault(int(number), set())
        if not is_missing(paragraph):
            paras.add(int(paragraph))
    if not by_number:
        return Html('<p class="cp-source">Source: none (no data in this section).</p>')
    parts = []
    for number in sorted(by_number):
        text = f"[{number}]"
        if by_number[number]:
            text += " ¶" + ", ".join(str(p) for p in sorted(by_number[number]))
        parts.append(text)
    return Html(f'<p class="cp-source">Source: {esc("; ".join(parts))}</p>')


def _cell(value) -> str:
    if isinstance(value, Link):
        return f'<td><a href="{esc(value.href)}">{esc(value.text)}</a></td>'
    if isinstance(value, bool):
        return f"<td>{esc(value)}</td>"
    if isinstance(value, numbers.Number) and not is_missing(value):
        return f'<td class="num">{esc(value)}</td>'
    return f"<td>{esc(value)}</td>"


def table_html(df: pd.DataFrame) -> Html:
    """Every row of ``df`` as an escaped house-style table, with its source line when it has one."""
    shown = visible_columns(df)
    if df.empty:
        body = f'<p class="cp-empty">{esc(df.attrs.get(EMPTY, "Nothing recorded."))}</p>'
    else:
        head = "".join(f"<th>{esc(c)}</th>" for c in shown)
        rows = "".join(
            "<tr>" + "".join(_cell(v) for v in values) + "</tr>"
            for values in df[shown].itertuples(index=False, name=None)
        )
        body = (
            f'<table class="cp-table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
        )
    note = ""
    if REFS in df.columns and not df.empty:
        note = source_line(ref for refs in df[REFS] for ref in refs)
    return Html(f'<div class="cp-table-block">{body}{note}</div>')


def install_display() -> None:
    """In a notebook, show DataFrames through ``table_html`` and make Stylers escape cell text."""
    pd.set_option("styler.format.escape", "html")
    try:
        from IPython import get_ipython
    except ImportError:  # plain Python: nothing displays
        return
    shell = get_ipython()
    if shell is None:
        return
    shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, table_html)
    from matplotlib.figure import Figure

    from .charts import figure_png

    shell.display_formatter.formatters["image/png"].for_type(Figure, figure_png)
