"""What an analyst does in JupyterLab reaches every output: an edited section and a new one.

One real run (papermill, a real kernel, nbconvert, WeasyPrint) over a notebooks folder holding
the context section as an analyst changed it (a filtered table, a retitled chart) and a fifth
section added by the README's steps. The expectations are computed here from the same helpers, so
they hold whatever the dataset holds.
"""

from __future__ import annotations

import base64
import html
import io
import re
import shutil

import nbformat
import pytest
from conftest import DATA, NOTEBOOKS
from PIL import Image, ImageChops
from pypdf import PdfReader

from counterpart.reports import charts, open_report, sections
from counterpart.reports.tables import table_html

pytestmark = pytest.mark.slow
DATA_DIR = DATA  # the frozen test dataset once there is one
PAIRING, AS_OF = "dalian-liupanshui", "2019-12-31"
NEW_TITLE = "Visits and forums as an analyst sees them"
HEADER = "Visit (analyst)"


def _pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def _title_strip(png) -> Image.Image:
    """The band above the axes where a chart's title is drawn (45 px at 200 dpi)."""
    img = png if isinstance(png, Image.Image) else Image.open(io.BytesIO(png))
    return img.convert("RGB").crop((0, 0, img.width, 45))


def _same(a: Image.Image, b: Image.Image) -> bool:
    return a.size == b.size and not ImageChops.difference(a, b).getbbox()


def _charts(page: str) -> list[Image.Image]:
    found = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    return [_title_strip(base64.b64decode(b)) for b in found]


def _edit_context(nb: nbformat.NotebookNode) -> None:
    """Two edits in cells, as in JupyterLab: retitle the timeline, keep only the visits."""
    for cell in nb.cells:
        if "charts.timeline_chart(" in cell.source:
            first, rest = cell.source.split("\n", 1)
            cell.source = f"{first}\ntimeline.axes[0].set_title({NEW_TITLE!r})\n{rest}"
        elif "sections.events_table(report)" in cell.source:
            cell.source = (
                "events = sections.events_table(report)\n"
                'visits = events[events["Kind"] == "visit"]\n'
                f'visits.rename(columns={{"Event": {HEADER!r}}})'
            )


def _add_section(folder) -> None:
    """The README's steps for a new section: copy a notebook, set its metadata, write cells."""
    shutil.copy(NOTEBOOKS / "03-commitments.ipynb", folder / "05-money.ipynb")
    nb = nbformat.read(folder / "05-money.ipynb", as_version=4)
    nb.metadata["counterpart"] = {"section": "money", "title": "Money by year", "order": 5}
    keep = [
        c
        for c in nb.cells
        if {"parameters", "title-block", "sources"} & set(c.metadata.get("tags", []))
    ]
    body = [
        nbformat.v4.new_markdown_cell("## Reported achievements, biggest first"),
        nbformat.v4.new_code_cell('sections.commitments_table(report, "reported achievement")'),
    ]
    nb.cells = keep[:2] + body + keep[2:]
    nbformat.write(nb, folder / "05-money.ipynb")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    from counterpart.runner.run import run_reports

    root = tmp_path_factory.mktemp("analyst")
    notebooks = root / "notebooks"
    notebooks.mkdir()
    nb = nbformat.read(NOTEBOOKS / "01-context.ipynb", as_version=4)
    _edit_context(nb)
    nbformat.write(nb, notebooks / "01-context.ipynb")
    _add_section(notebooks)
    results = run_reports(
        pairings=[PAIRING], as_of=[AS_OF], data_dir=DATA_DIR,
        reports_dir=root / "reports", notebooks_dir=notebooks, workers=1,
    )  # fmt: skip
    assert [r.status for r in results] == ["ok"] * 3, [r.line() for r in results]
    return root / "reports", results


def _expected():
    """The filtered table and the retitled chart, built here exactly as the edited cells do."""
    report = open_report(PAIRING, AS_OF, str(DATA_DIR))
    events = sections.events_table(report)
    visits = events[events["Kind"] == "visit"]
    assert len(visits) and len(visits) < len(events)  # the filter has something to do
    fig = charts.timeline_chart(report.scope.events, f"Events of {report.pairing_label}, by date")
    before = charts.figure_png(fig)
    fig.axes[0].set_title(NEW_TITLE)
    return table_html(visits.rename(columns={"Event": HEADER})), events, visits, before, fig


def test_an_analysts_edits_reach_the_html_the_pdf_and_the_brief(run):
    reports, _ = run
    folder = reports / PAIRING / AS_OF
    table, events, visits, before, fig = _expected()
    after = charts.figure_png(fig)
    section_html = (folder / "01-context.html").read_text(encoding="utf-8")
    brief_html = (folder / "brief.html").read_text(encoding="utf-8")
    retitled, original = _title_strip(after), _title_strip(before)
    assert not _same(retitled, original)
    for page in (section_html, brief_html):
        assert table in page  # the filtered table, its rows and its own source line
        shown = _charts(page)  # the timeline is drawn with the analyst's title, not the old one
        assert any(_same(c, retitled) for c in shown) and not any(_same(c, original) for c in shown)
    dropped = set(events["Event"]) - set(visits["Event"]) - set(visits["Part of"])
    timeline_part = section_html.split("Headline figures")[0]
    for name in dropped:  # the events the analyst filtered out are gone from the page
        assert html.escape(name) not in timeline_part, name
    note = re.search(r'<p class="cp-source">(.*?)</p>', table).group(1)
    for pdf in (folder / "01-context.pdf", folder / "brief.pdf"):
        text = _pdf_text(pdf)
        assert HEADER in text and note in text, pdf
        images = [_title_strip(i.image) for p in PdfReader(pdf).pages for i in p.images]
        assert any(_same(i, retitled) for i in images), pdf  # the retitled chart, in print too


def test_a_fifth_notebook_is_run_briefed_and_indexed(run):
    reports, results = run
    folder = reports / PAIRING / AS_OF
    assert {r.job.name for r in results} == {"01-context", "05-money", "brief"}
    assert {"05-money.html", "05-money.pdf", "05-money.ipynb"} <= {p.name for p in folder.iterdir()}
    brief = (folder / "brief.html").read_text(encoding="utf-8")
    contents = re.findall(
        r'<li><a href="#section-\d+"><span class="cp-toc-n">\d+</span> ([^<]+)</a>', brief
    )
    assert contents == ["Context", "Money by year"]
    assert "Reported achievements, biggest first" in brief
    # the brief opens with the key findings once; the context section's own copy is left out
    assert brief.count('<ul class="cp-findings">') == 1
    assert brief.index('id="key-findings"') < brief.index('id="section-1"')
    findings = brief.split('<ul class="cp-findings">')[1].split("</ul>")[0]
    assert findings.count("<li") >= 1 and findings.count('class="cp-cite"') >= 1
    assert "Money by year" in _pdf_text(folder / "brief.pdf")
    history = (reports / PAIRING / "history.html").read_text(encoding="utf-8")
    row = re.search(r'<tr><td data-label="Report">Money by year</td>.*?</tr>', history)
    assert row and f"{AS_OF}/05-money.pdf" in row.group(0)
    assert history.index("Context") < history.index("Money by year")  # reading order
