"""The object a notebook opens first: validated parameters, the scoped data, provenance, citations.

Every notebook starts with ``open_report(...)`` on its parameters, so a bad pairing or date fails in
the first cell with the same message the CLI gives, whether run from JupyterLab or papermill. The
section's title is not given here: it lives once, in the notebook's metadata
(``metadata.counterpart.title``), where the exports and the brief read it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from ..dataset.load import Dataset, load_dataset
from ..dataset.scope import Scope, scope_dataset
from . import charts, render
from .params import (
    check_injected_parameters,
    check_pairing,
    resolve_as_of,
    resolve_previous_as_of,
)
from .provenance import Provenance, make_provenance
from .render import Html, esc
from .tables import install_display


@dataclass
class Report:
    """One report's data. ``scope`` holds the rows laid out in full: the pairing's own.
    ``family`` adds the pairings under it (None: it has none, the two are the same); they reach
    the reader through the member summary, the comparison and the key findings, and the sources
    are numbered over the family so every section and the brief share one list."""

    scope: Scope
    provenance: Provenance
    previous_as_of: dt.date | None = None
    family: Scope | None = None

    def __post_init__(self) -> None:
        if self.family is None:
            self.family = self.scope

    @property
    def dataset(self) -> Dataset:
        return self.scope.dataset

    @property
    def has_members(self) -> bool:
        """True for a province or national report: pairings sit under this one."""
        return len(self.family.family) > 1

    @property
    def numbers(self) -> dict[str, int]:
        """The report's citation number of each source it cites."""
        return self.family.source_numbers()

    @property
    def pairing_label(self) -> str:
        p = self.scope.pairing
        return f"{self.scope.actor_name(p['east_actor_id'])} → {self.scope.actor_name(p['west_actor_id'])}"

    def title_block(self) -> Html:
        """Heading, subtitle and the provenance stamp every report carries."""
        p = self.scope.pairing
        withheld = sum(self.family.withheld.values())
        note = ""
        if withheld:
            note = render.fill(
                '<p class="cp-note">{n} record(s) in the dataset come from sources not available by '
                "{d} and are left out of this report.</p>",
                n=withheld,
                d=self.scope.as_of.isoformat(),
            )
        return Html(
            f'<header class="cp-title"><p class="cp-kicker">East–West counterpart cooperation · '
            f"{esc(p['level'])} pairing</p>"
            f"<h1>{esc(self.pairing_label)}</h1>"
            f'<p class="cp-subtitle">What was known as of {esc(self.scope.as_of.isoformat())}</p>'
            f"</header>{self.provenance.to_html()}{note}{self.life_note()}"
        )

    def life_note(self) -> Html:
        """A boxed sentence when the pairing had ended by the report date, naming its successor."""
        from .findings import ended_sentence

        text = ended_sentence(self.scope)
        if not text:
            return Html("")
        end_source = self.scope.life.end_source_id
        if self.scope.life.successor_id:
            text += f" (Its report: pairing = {self.scope.life.successor_id}.)"
        cite = f" {render.citation(self.numbers, end_source)}" if end_source else ""
        return render.callout(text + cite, "ended")

    def source_note(self, *frames: pd.DataFrame) -> Html:
        """Source line for a chart or sentence built from ``frames`` (their source_id/paragraph)."""
        refs = []
        for df in frames:
            if "source_id" in df:
                refs += list(zip(df["source_id"], df["paragraph"], strict=True))
        return render.source_note(self.numbers, refs)

    def cite(self, row: pd.Series) -> str:
        """'[1] ¶2': a row's citation in this report's numbering."""
        return render.citation(self.numbers, row.get("source_id"), row.get("paragraph"))

    def refs(self, *rows: pd.Series) -> list[tuple]:
        """The (number, paragraph) citations of ``rows``, for a table's ``_refs`` column."""
        numbers = self.numbers
        return [
            (numbers.get(r.get("source_id")), r.get("paragraph"))
            for r in rows
            if not render.is_missing(r.get("source_id"))
        ]

    def chart(
        self,
        fig,
        alt: str,
        *frames: pd.DataFrame,
        empty: str = "Nothing to chart.",
        heading: str | None = None,
        note: Html | None = None,
    ) -> Html:
        """A chart (or a plain sentence when there is nothing to draw) with its source line.

        With ``heading`` and ``note`` the three stay together on paper: a page never ends between
        a chart's heading and the chart."""
        body = charts.figure_html(fig, alt) if fig is not None else str(render.callout(empty))
        figure = f'<figure class="cp-figure">{body}{self.source_note(*frames)}</figure>'
        if heading is None and note is None:
            return Html(figure)
        top = str(render.heading(heading, 3)) if heading is not None else ""
        return Html(f'<div class="cp-keep">{top}{note or ""}{figure}</div>')

    def sources(self) -> Html:
        return render.sources_list(self.family.cited_sources())


def open_report(pairing: str, as_of="today", data_dir: str = "", previous_as_of=None) -> Report:
    """Validate the parameters against the dataset and return the report's view of it.

    ``previous_as_of`` is for reports that compare two dates ("" = the 1st of as_of's month, a
    year before). From here on the notebook shows DataFrames as house-style tables and figures at
    print size."""
    check_injected_parameters()
    ds = load_dataset(data_dir or None)
    check_pairing(pairing, ds.pairings["pairing_id"].tolist())
    day = resolve_as_of(as_of)
    params = {"pairing": pairing, "as_of": day.isoformat()}
    previous = None
    if previous_as_of is not None:
        previous = resolve_previous_as_of(previous_as_of, day)
        params["previous_as_of"] = previous.isoformat()
    params["data_dir"] = data_dir or "(default)"
    charts.use_house_style()
    install_display()
    prov = make_provenance(params, ds.fingerprint, ds.data_dir)
    return make_report(ds, pairing, day, prov, previous)


def make_report(
    ds: Dataset,
    pairing: str,
    day: dt.date,
    provenance: Provenance,
    previous: dt.date | None = None,
) -> Report:
    """The report's two views of the data: its own rows, and its family's when it has members."""
    family = scope_dataset(ds, pairing, day)
    if len(family.family) == 1:
        return Report(family, provenance, previous)
    own = scope_dataset(ds, pairing, day, members=False)
    return Report(own, provenance, previous, family)
