"""The brief: one document per pairing and date that a decision maker is glad to receive.

It is assembled from the executed section notebooks of a report folder — not re-run — so the
brief and the sections never disagree. What it takes from each is said, not inferred: the
notebook's metadata (``metadata.counterpart``: title and order) and its cell tags (cells tagged
``title-block``, ``sources`` or ``key-findings`` are left out, since the brief has one cover, one
appendix, and opens with the key findings itself). Cover (pairing, both partners, as-of date, build time,
dataset fingerprint, code version), a contents page whose page numbers WeasyPrint fills in
(``target-counter``), the sections in reading order each starting on a new page, and one sources
appendix. The citation numbers agree across sections because every section numbers the same set
of sources (all those its report may use, sorted by id), so one appendix serves them all.

The same HTML is the screen version (``brief.html``, self-contained, readable on a phone) and,
laid out by WeasyPrint with the paged-media rules in ``brief.css``, the PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ..atomic import write_atomic
from ..dataset.load import Dataset
from ..dataset.scope import scope_dataset
from ..errors import ExportError
from ..reports.findings import ended_sentence, findings_html, key_findings
from ..reports.indicators import summarise_indicators
from ..reports.params import check_pairing
from ..reports.provenance import build_time, code_version
from ..reports.render import esc, format_date, sources_list
from ..reports.sections import display_name
from .export import CSS, TEMPLATES, export_html, render_pdf
from .notebooks import SectionInfo, section_info

BRIEF_CSS = TEMPLATES / "counterpart" / "brief.css"
# Cells with these tags stay out of the brief: its cover replaces each section's title block and
# provenance, its appendix each section's source list, its opening page the key findings.
LEFT_OUT = frozenset({"title-block", "sources", "key-findings"})


@dataclass
class BriefResult:
    outputs: list[Path] = field(default_factory=list)
    pages: int | None = None


@dataclass
class Section:
    number: int
    title: str
    body: str  # HTML, already escaped where it came from data

    @property
    def anchor(self) -> str:
        return f"section-{self.number}"


def _read(path: Path) -> nbformat.NotebookNode:
    try:
        return nbformat.read(path, as_version=4)
    except (OSError, ValueError) as exc:  # unreadable, or not a notebook (bad JSON)
        raise ExportError(
            f"cannot read the executed section {path}: {exc}; rebuild it with "
            "`counterpart run --force` for this pairing and date"
        ) from exc


def section_notebooks(report_dir: Path) -> list[tuple[Path, nbformat.NotebookNode, SectionInfo]]:
    """The executed report sections of a folder (by their metadata), in reading order."""
    found = []
    for path in sorted(Path(report_dir).glob("*.ipynb")):
        nb = _read(path)
        info = section_info(nb.metadata, path)
        if info is not None:
            found.append((path, nb, info))
    return sorted(found, key=lambda item: (item[2].order, item[0].name))


def for_brief(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The section as the brief shows it: without the cells tagged title-block or sources."""
    nb = nbformat.from_dict(nb)  # a copy
    nb.cells = [c for c in nb.cells if not LEFT_OUT & set(c.get("metadata", {}).get("tags", []))]
    return nb


def _check_parameters(path: Path, nb, pairing: str, as_of: dt.date) -> None:
    """A section run for another pairing or date must never be bound into this brief."""
    params = nb.metadata.get("papermill", {}).get("parameters", {})
    for name, want in (("pairing", pairing), ("as_of", as_of.isoformat())):
        got = params.get(name)
        if got is not None and str(got) != want:
            raise ExportError(
                f"{path} was run with {name} = {got!r}, not {want!r}; rebuild the report "
                "folder with `counterpart run` for this pairing and date"
            )


def read_sections(report_dir: Path, pairing: str, as_of: dt.date) -> list[Section]:
    """Each executed section as brief HTML, in reading order; its title block and sources removed."""
    sections = []
    for i, (path, nb, info) in enumerate(section_notebooks(report_dir), start=1):
        _check_parameters(path, nb, pairing, as_of)
        body = export_html(for_brief(nb), info.title, info.title, {}, body_only=True)
        sections.append(Section(i, info.title, body))
    if not sections:
        raise ExportError(
            f"no executed section notebooks (with metadata.counterpart) in {report_dir}; "
            "run `counterpart run` for this pairing and date first"
        )
    return sections


def _named(scope, actor_id) -> str:
    """'Liupanshui (六盘水市)': the Chinese name beside the English one when the data gives it."""
    return display_name(scope.dataset.actors.set_index("actor_id").loc[actor_id])


def _glance(scope) -> str:
    """The report in five numbers, so the cover already answers 'how much is there?'."""
    actors = scope.actors
    status = summarise_indicators(scope.indicators, scope.observations, scope.as_of)["status"]
    counts = ", ".join(f"{n} {s}" for s, n in status.value_counts().items())
    figures = [
        (len(scope.events), "events", "dated meetings, visits, signings"),
        ((actors["kind"] == "person").sum(), "people", "named in the sources"),
        (len(scope.commitments), "commitments", "pledges, agreements, results"),
        (len(scope.indicators), "indicators", counts or "none tracked"),
        (len(scope.cited_sources()), "sources", "listed at the end"),
    ]
    cells = "".join(
        f'<div><span class="cp-glance-n">{int(n)}</span> <span class="cp-glance-what">'
        f'{esc(what)}</span><span class="cp-glance-note">{esc(note)}</span></div>'
        for n, what, note in figures
    )
    return f'<div class="cp-glance">{cells}</div>'


def brief_html(report_dir: Path, ds: Dataset, pairing: str, as_of: dt.date) -> str:
    """The whole brief as one self-contained HTML document."""
    check_pairing(pairing, ds.pairings["pairing_id"].tolist())
    sections = read_sections(report_dir, pairing, as_of)
    scope = scope_dataset(ds, pairing, as_of)
    p = scope.pairing
    east, west = scope.actor_name(p["east_actor_id"]), scope.actor_name(p["west_actor_id"])
    label = f"{east} → {west}"
    parent = p["parent_pairing_id"]
    under = ""
    if isinstance(parent, str) and parent:
        row = ds.pairings.set_index("pairing_id").loc[parent]
        under = (
            f" It sits under the {esc(row['level'])} pairing "
            f"{esc(_named(scope, row['east_actor_id']))} → "
            f"{esc(_named(scope, row['west_actor_id']))}."
        )
    built = build_time().strftime("%Y-%m-%d %H:%M UTC")
    version = code_version()
    day = format_date(as_of.isoformat())
    meta = [
        ("As of", f"{day} — only what was published by then"),
        ("Generated", built),
        ("Dataset", ds.fingerprint),
        ("Code", version),
        ("Parameters", f"pairing = {pairing}, as_of = {as_of.isoformat()}"),
    ]
    meta_rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in meta)
    cited = scope.cited_sources()
    numbers = dict(zip(cited["source_id"], cited["number"], strict=True))
    findings = findings_html(key_findings(scope), numbers)
    ended = ended_sentence(scope)
    ended_html = f'<p class="cp-cover-ended">{esc(ended)}</p>' if ended else ""
    toc = "".join(
        f'<li><a href="#{s.anchor}"><span class="cp-toc-n">{s.number}</span> {esc(s.title)}</a></li>'
        for s in sections
    )
    toc += '<li><a href="#sources"><span class="cp-toc-n"></span> Sources</a></li>'
    body = "".join(
        f'<section class="cp-section" id="{s.anchor}">'
        f'<h1 class="cp-section-title"><span class="cp-toc-n">{s.number}</span> {esc(s.title)}</h1>'
        f"{s.body}</section>"
        for s in sections
    )
    css = CSS.read_text(encoding="utf-8") + BRIEF_CSS.read_text(encoding="utf-8")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Brief: {esc(label)}, as of {esc(as_of.isoformat())}</title>
<meta name="generator" content="{esc(version)}">
<meta name="dataset-fingerprint" content="{esc(ds.fingerprint)}">
<style>
{css}
</style>
</head>
<body class="cp-brief">
<div class="cp-running-header">{esc(label)} · as of {esc(as_of.isoformat())}</div>
<main class="cp-report">
<section class="cp-cover">
<div class="cp-cover-band"><span>Brief</span> East–West counterpart cooperation</div>
<h1 class="cp-cover-title">{esc(label)}</h1>
<p class="cp-cover-partners"><span class="cp-east">{esc(_named(scope, p["east_actor_id"]))}</span>
(east) supports <span class="cp-west">{esc(_named(scope, p["west_actor_id"]))}</span> (west) in a
{esc(p["level"])} pairing.{under}</p>
<p class="cp-cover-date">What was known as of {esc(day)}</p>
{ended_html}
{_glance(scope)}
<div class="cp-cover-foot">
<table class="cp-cover-meta"><tbody>{meta_rows}</tbody></table>
<p class="cp-cover-note">Every table and chart names its sources as [number] ¶paragraph; the
numbers refer to the list of sources at the end. Figures are given exactly as the sources qualify
them ("about", "cumulative"); "unknown" means the sources do not say.</p>
</div>
</section>
<section class="cp-key-findings" id="key-findings"><h2>Key findings</h2>
<p class="cp-note">Written from the data: official and press sources only; weak ones are listed in
the Context section under Unconfirmed.</p>
{findings}
<nav class="cp-toc"><h2>Contents</h2><ol>{toc}</ol></nav>
</section>
{body}
<section class="cp-appendix" id="sources">
<h1 class="cp-section-title"><span class="cp-toc-n"></span> Sources</h1>
<p>Numbers in square brackets in the sections refer to this list; ¶ gives the paragraph of the
stored article.</p>
{sources_list(scope.cited_sources())}
</section>
</main>
</body>
</html>
"""


def _write_atomic(target: Path, data: bytes) -> None:
    """A reader (or a web server) sees the old file or the new one, never half of one."""
    try:
        write_atomic(target, data)
    except OSError as exc:
        raise ExportError(
            f"cannot write {target}: {exc.strerror or exc}; check that the folder exists and is "
            "writable, and that the disk is not full"
        ) from exc


def build_brief(
    report_dir: Path,
    ds: Dataset,
    pairing: str,
    as_of: dt.date,
    formats: tuple[str, ...] = ("html", "pdf"),
) -> BriefResult:
    """Write ``brief.html`` and/or ``brief.pdf`` into ``report_dir``; each replaced in one step."""
    report_dir = Path(report_dir)
    html = brief_html(report_dir, ds, pairing, as_of)
    result = BriefResult()
    if "pdf" in formats:
        data, result.pages = render_pdf(html)
        target = report_dir / "brief.pdf"
        _write_atomic(target, data)
        result.outputs.append(target)
    if "html" in formats:
        target = report_dir / "brief.html"
        _write_atomic(target, html.encode("utf-8"))
        result.outputs.append(target)
    return result
