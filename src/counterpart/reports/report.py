"""The object a notebook opens first: validated parameters, the scoped data, provenance, citations.

Every notebook starts with ``open_report(...)`` on its parameters, so a bad pairing or date fails in
the first cell with the same message the CLI gives, whether run from JupyterLab or papermill.
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


@dataclass
class Report:
    section: str
    scope: Scope
    provenance: Provenance
    previous_as_of: dt.date | None = None

    @property
    def dataset(self) -> Dataset:
        return self.scope.dataset

    @property
    def numbers(self) -> dict[str, int]:
        """The report's citation number of each source it cites."""
        return self.scope.source_numbers()

    @property
    def pairing_label(self) -> str:
        p = self.scope.pairing
        return f"{self.scope.actor_name(p['east_actor_id'])} → {self.scope.actor_name(p['west_actor_id'])}"

    def title_block(self) -> Html:
        """Heading, subtitle and the provenance stamp every report carries."""
        p = self.scope.pairing
        withheld = sum(self.scope.withheld.values())
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
            f"<h1>{esc(self.section)}: {esc(self.pairing_label)}</h1>"
            f'<p class="cp-subtitle">What was known as of {esc(self.scope.as_of.isoformat())}</p>'
            f"</header>{self.provenance.to_html()}{note}"
        )

    def source_note(self, *frames: pd.DataFrame) -> Html:
        """Source line for a table or chart built from ``frames`` (their source_id/paragraph)."""
        refs = []
        for df in frames:
            if "source_id" in df:
                refs += list(zip(df["source_id"], df["paragraph"], strict=True))
        return render.source_note(self.numbers, refs)

    def cite(self, row: pd.Series) -> str:
        return render.citation(self.numbers, row.get("source_id"), row.get("paragraph"))

    def chart(self, fig, alt: str, *frames: pd.DataFrame, empty: str = "Nothing to chart.") -> Html:
        """A chart (or a plain sentence when there is nothing to draw) with its source line."""
        body = charts.figure_html(fig, alt) if fig is not None else str(render.callout(empty))
        return Html(f'<figure class="cp-figure">{body}{self.source_note(*frames)}</figure>')

    def sources(self) -> Html:
        return render.sources_list(self.scope.cited_sources())


def open_report(
    section: str, pairing: str, as_of="today", data_dir: str = "", previous_as_of=None
) -> Report:
    """Validate the parameters against the dataset and return the report's view of it.

    ``previous_as_of`` is for reports that compare two dates ("" = one year before as_of)."""
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
    scope = scope_dataset(ds, pairing, day)
    prov = make_provenance(section, params, ds.fingerprint, ds.data_dir)
    return Report(section, scope, prov, previous)
