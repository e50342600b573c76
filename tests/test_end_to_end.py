"""Real runs: papermill through a real kernel, nbconvert HTML, WeasyPrint PDF; assertions on content."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import DATA, NOTEBOOKS, ROOT, edit_cell
from pypdf import PdfReader

from counterpart.dataset import load_dataset
from counterpart.errors import DataValidationError, ParameterError
from counterpart.runner.run import run_reports

pytestmark = pytest.mark.slow
AS_OF = "2026-01-01"
SEED_STRINGS = [
    "487 million",
    "600",
    "10,000",
    "Chen Yiqin",
    "Tang Yijun",
    "Li Gang",
    "tumor hospital",
]


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def html_text(path: Path) -> str:
    return re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))


def visible_text(html: str) -> str:
    """The words a reader sees, table cells in order, whatever the markup around them."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Every notebook for every pairing, as of a fixed date and a pinned build time."""
    reports = tmp_path_factory.mktemp("reports")
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00 UTC
    try:
        results = run_reports(as_of=AS_OF, data_dir=DATA, reports_dir=reports)
    finally:
        mp.undo()
    return reports, results


def test_every_notebook_for_every_pairing_builds(built):
    reports, results = built
    pairings = load_dataset(DATA).pairings["pairing_id"]
    assert len(pairings) == 5
    sections = [r for r in results if r.job.kind == "notebook"]
    assert [r.status for r in sections] == ["ok"] * 4 * len(pairings), [r.line() for r in results]
    for pairing in pairings:
        names = {p.name for p in (reports / pairing / AS_OF).iterdir()}
        assert names >= {
            f"{n}.{ext}"
            for n in ("01-context", "02-actors", "03-commitments", "04-indicators")
            for ext in ("html", "ipynb", "pdf")
        }


def test_pdfs_and_html_carry_the_seed_facts(built):
    reports, _ = built
    folder = reports / "dalian-liupanshui" / AS_OF
    pdf = " ".join(pdf_text(p) for p in sorted(folder.glob("*.pdf")))
    html = " ".join(html_text(p) for p in sorted(folder.glob("*.html")))
    for s in SEED_STRINGS:
        assert s in pdf, s
        assert s in html, s


def test_each_section_says_what_it_should(built):
    reports, _ = built
    folder = reports / "liaoning-guizhou" / AS_OF
    context = pdf_text(folder / "01-context.pdf")
    assert "It sits under the national pairing" in context
    # its city pairing is one line of the member summary, linked to its own report
    assert "Under it: 1 pairing(s) (1 city)" in context
    assert "Below it:" not in context
    html = (folder / "01-context.html").read_text(encoding="utf-8")
    assert '<a href="../../dalian-liupanshui/latest/brief.html">Dalian → Liupanshui</a>' in html
    # the key findings still cover the city, saying whose figure it is
    assert "Dalian → Liupanshui: Reported: 487 million yuan (cumulative)" in context
    assert "1 pairing(s) follow 10 indicator(s)" in context
    actors = pdf_text(folder / "02-actors.pdf")
    for name in (
        "Brilliance BMW Tiexi Factory",
        "Shuicheng Impression Flagship Store",
        "Vice Governor of Guizhou Province",
    ):
        assert name in actors
    assert "This section lists the records of Liaoning Province → Guizhou Province itself" in actors
    commitments = pdf_text(folder / "03-commitments.pdf")
    assert "goods in Guizhou entering Liaoning" in commitments
    assert "Five cooperation agreements signed by Dalian" not in commitments  # the city's own
    city = pdf_text(reports / "dalian-liupanshui" / AS_OF / "03-commitments.pdf")
    assert "5 agreements" in city and "3 not named in the source" in city
    indicators = pdf_text(folder / "04-indicators.pdf")
    assert "No indicator follows this pairing's commitments" in indicators
    assert "10 indicator(s) of 1 pairing(s): 8 no target, 2 no data" in indicators
    assert "Status is decided from the latest observation" in indicators
    city = pdf_text(reports / "dalian-liupanshui" / AS_OF / "04-indicators.pdf")
    assert "No data yet" in city and "One observation" in city and "no target" in city


def test_reports_state_their_provenance(built):
    reports, _ = built
    text = pdf_text(reports / "dalian-liupanshui" / AS_OF / "01-context.pdf")
    assert f"pairing = dalian-liupanshui, as_of = {AS_OF}" in text
    assert re.search(r"sha256:[0-9a-f]{16}", text)
    assert "current for later fingerprints whose rows for it" in " ".join(text.split())
    assert "counterpart 0.1.0" in text and "2026-01-01 00:00 UTC" in text


def test_pdf_is_paged_with_numbers_and_embedded_fonts(built):
    reports, _ = built
    path = reports / "dalian-liupanshui" / AS_OF / "03-commitments.pdf"
    reader = PdfReader(path)
    n = len(reader.pages)
    assert n >= 2
    for i, page in enumerate(reader.pages, start=1):
        assert f"Page {i} of {n}" in page.extract_text()
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            desc = ref.get_object()
            desc = desc["/DescendantFonts"][0].get_object() if "/DescendantFonts" in desc else desc
            fd = desc["/FontDescriptor"].get_object()
            assert any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")), fd


def test_html_is_self_contained_without_code(built):
    reports, _ = built
    html = (reports / "dalian-liupanshui" / AS_OF / "04-indicators.html").read_text(
        encoding="utf-8"
    )
    assert "<script" not in html
    assert not re.search(r'(src|href)="https?://', html)
    assert html.count('src="data:image/png;base64,') == 10  # one chart per indicator
    assert "open_report(" not in html and "import " not in html


def test_as_of_before_the_article_knows_nothing(tmp_path):
    results = run_reports(
        pairings=["dalian-liupanshui"],
        as_of="2019-08-30",
        notebooks=["indicators"],
        data_dir=DATA,
        reports_dir=tmp_path,
        formats=("html",),
    )
    assert results[0].status == "ok"
    text = html_text(tmp_path / "dalian-liupanshui" / "2019-08-30" / "04-indicators.html")
    assert "487 million" not in text
    assert "No indicator follows this pairing" in text
    assert "left out of this report" in text


def test_reports_as_of_2018_and_2019_differ(tmp_path):
    """The same pairing at two dates, checked against what the sources say (see data/sources.csv)."""
    kw = dict(
        pairings=["dalian-liupanshui"],
        notebooks=["commitments", "indicators"],
        data_dir=DATA,
        reports_dir=tmp_path,
        formats=("html",),
    )
    assert all(r.status == "ok" for r in run_reports(as_of="2018-12-31", **kw))
    assert all(r.status == "ok" for r in run_reports(as_of="2019-12-31", **kw))
    c18 = html_text(tmp_path / "dalian-liupanshui" / "2018-12-31" / "03-commitments.html")
    c19 = html_text(tmp_path / "dalian-liupanshui" / "2019-12-31" / "03-commitments.html")
    # dl-23323 (2018-09-12): the three-year action plan with its 2018 responsibility list.
    assert "Three-Year Action Plan" in c18 and "2018 Responsibility List" in c18
    assert "487 million" not in c18 and "tumor hospital" not in c18
    # dl-24772 (the 2019 visit): the figures and the five agreements.
    assert (
        "487 million yuan (cumulative)" in c19 and "tumor hospital" in c19 and "5 agreements" in c19
    )
    i18 = html_text(tmp_path / "dalian-liupanshui" / "2018-12-31" / "04-indicators.html")
    i19 = html_text(tmp_path / "dalian-liupanshui" / "2019-12-31" / "04-indicators.html")
    assert "No indicator follows this pairing" in i18
    assert "more than 2 billion yuan" in i19 and "nearly 30 projects" in i19  # dl-25022
    # the default window: from the first of the month a year before (2018-12-01)
    assert "Published after 2018-12-01 and by 2019-12-31" in i19
    # "What changed": the running total was not followed at the end of 2018 and has no target now
    funds = "Funds and materials invested by Dalian in Liupanshui (running total)"
    assert f"{funds} not followed yet no target" in visible_text(i19)


def test_untrusted_text_stays_literal(data_copy, tmp_path):
    edit_cell(data_copy, "actors", "li-gang", "name", "<script>alert(1)</script>")
    edit_cell(data_copy, "actors", "chen-yiqin", "name", "**x** [y](javascript:alert(1))")
    results = run_reports(
        pairings=["dalian-liupanshui"],
        as_of=AS_OF,
        notebooks=["actors"],
        data_dir=data_copy,
        reports_dir=tmp_path,
    )
    assert results[0].status == "ok", results[0].line()
    folder = tmp_path / "dalian-liupanshui" / AS_OF
    html = (folder / "02-actors.html").read_text(encoding="utf-8")
    assert "<script" not in html and "javascript:alert" not in html.replace(
        "[y](javascript:alert(1))", ""
    )
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<a " not in html.split("<main", 1)[1].replace('<a class="anchor-link"', "")
    pdf = pdf_text(folder / "02-actors.pdf").replace(" ", "")  # narrow cells wrap lines
    assert "<script>alert(1)</script>" in pdf
    assert "**x**[y](javascript:alert(1))" in pdf


def test_failed_notebook_keeps_last_good_report(tmp_path):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    shutil.copy(NOTEBOOKS / "01-context.ipynb", notebooks)
    reports = tmp_path / "reports"
    kw = dict(
        pairings=["dalian-liupanshui"],
        as_of=AS_OF,
        reports_dir=reports,
        notebooks_dir=notebooks,
        data_dir=DATA,
    )
    assert run_reports(**kw)[0].status == "ok"
    folder = reports / "dalian-liupanshui" / AS_OF

    def published() -> dict[str, bytes]:  # the report itself; its .json record says how it went
        return {p.name: p.read_bytes() for p in folder.glob("01-context.*") if p.suffix != ".json"}

    good = published()
    assert set(good) == {"01-context.ipynb", "01-context.html", "01-context.pdf"}

    nb = nbformat.read(notebooks / "01-context.ipynb", as_version=4)
    nb.cells.insert(3, nbformat.v4.new_code_cell('raise RuntimeError("the data broke")'))
    nbformat.write(nb, notebooks / "01-context.ipynb")
    result = run_reports(**kw)[0]
    assert result.status == "failed"
    assert result.cell == 4  # papermill's injected-parameters cell shifts the index by one
    assert "RuntimeError: the data broke" in result.error
    kept = json.loads(result.kept_at.read_text())
    assert result.kept_at == reports / "dalian-liupanshui" / AS_OF / "failed" / "01-context.ipynb"
    assert any(
        o.get("ename") == "RuntimeError" for c in kept["cells"] for o in c.get("outputs", [])
    )
    assert published() == good
    record = json.loads((folder / "01-context.json").read_text())
    assert record["status"] == "failed" and record["cell"] == 4
    assert not list((reports / ".staging").iterdir())


def test_cli_run_failure_names_notebook_and_cell(tmp_path):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    nb = nbformat.read(NOTEBOOKS / "02-actors.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("1 / 0"))
    nbformat.write(nb, notebooks / "02-actors.ipynb")
    # The CLI has no --notebooks-dir; drive the same function through `python -c`.
    code = (
        "import sys; from counterpart.runner.run import run_reports;"
        f"r = run_reports(pairings=['liaoning-guizhou'], as_of='{AS_OF}', reports_dir=r'{tmp_path / 'r'}', data_dir=r'{DATA}',"
        f" notebooks_dir=r'{notebooks}', formats=('html',));"
        "print(r[0].line()); sys.exit(1 if r[0].status != 'ok' else 0)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 1
    assert "02-actors cell" in out.stdout and "ZeroDivisionError" in out.stdout


def test_bad_parameters_fail_before_any_kernel(tmp_path):
    with pytest.raises(
        ParameterError,
        match="Valid pairings: dalian-liupanshui, east-west-national, liaoning-guizhou, qingdao-longnan, shandong-gansu",
    ):
        run_reports(pairings=["nowhere"], data_dir=DATA, reports_dir=tmp_path)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "counterpart.cli",
            "run",
            "--as-of",
            "31/12/2019",
            "--reports-dir",
            str(tmp_path),
            "--data-dir",
            str(DATA),
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2 and "expected YYYY-MM-DD" in out.stderr
    assert list(tmp_path.iterdir()) == []


def test_invalid_data_builds_nothing(data_copy, tmp_path):
    edit_cell(data_copy, "areas", "funds", "label", "")
    with pytest.raises(DataValidationError, match="areas.csv:2:label"):
        run_reports(data_dir=data_copy, reports_dir=tmp_path / "r")
    assert not (tmp_path / "r").exists()


def test_plain_papermill_cli(tmp_path):
    out_nb = tmp_path / "out.ipynb"
    papermill = Path(sys.executable).with_name("papermill")
    proc = subprocess.run(
        [
            str(papermill),
            str(NOTEBOOKS / "02-actors.ipynb"),
            str(out_nb),
            "-p",
            "pairing",
            "liaoning-guizhou",
            "-p",
            "data_dir",
            str(DATA),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    text = out_nb.read_text(encoding="utf-8")
    assert "Chen Yiqin" in text and "Brilliance BMW Tiexi Factory" in text


def test_notebook_rejects_bad_pairing_itself(tmp_path):
    """Run outside counterpart run (as papermill or JupyterLab would): the first cell says what is valid."""
    papermill = Path(sys.executable).with_name("papermill")
    proc = subprocess.run(
        [
            str(papermill),
            str(NOTEBOOKS / "01-context.ipynb"),
            str(tmp_path / "o.ipynb"),
            "-p",
            "pairing",
            "dalian",
            "-p",
            "data_dir",
            str(DATA),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode != 0
    assert (
        "Valid pairings: dalian-liupanshui, east-west-national, liaoning-guizhou, qingdao-longnan, shandong-gansu"
        in proc.stderr
    )
