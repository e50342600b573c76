"""The brief, checked from the PDF itself: contents and page numbers, page box, fonts, no code."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pdfplumber
import pytest
from conftest import DATA, edit_cell
from executed_report import AS_OF, DAY, PAIRING, executed_report, run_sections
from pypdf import PdfReader

from counterpart.dataset import load_dataset
from counterpart.dataset.scope import scope_dataset
from counterpart.errors import ExportError, ParameterError
from counterpart.runner.brief import build_brief

TOC_LINE = re.compile(r"^(?:\d+ )?(?P<title>[A-Z][A-Za-z ]+?)\s*\.{5,}\s*(?P<page>\d+)$")


@pytest.fixture(scope="module")
def brief(tmp_path_factory):
    folder, result = executed_report(tmp_path_factory)
    assert [p.name for p in result.outputs] == ["brief.pdf", "brief.html"]
    return folder, result


@pytest.fixture(scope="module")
def pdf(brief):
    """The brief's PDF, parsed once (pdfplumber keeps each page's characters)."""
    with pdfplumber.open(brief[0] / "brief.pdf") as pdf:
        yield pdf


@pytest.fixture(scope="module")
def texts(pdf) -> list[str]:
    return [page.extract_text() for page in pdf.pages]


def headings(page) -> list[str]:
    """Text set in the section-heading size (19 pt), line by line."""
    big = [c for c in page.chars if c["size"] >= 18]
    lines: dict[float, list] = {}
    for c in big:
        lines.setdefault(round(c["top"]), []).append(c)
    return [
        re.sub(r"\s+", " ", "".join(c["text"] for c in sorted(cs, key=lambda c: c["x0"]))).strip()
        for _, cs in sorted(lines.items())
    ]


@pytest.mark.slow
def test_contents_match_the_section_headings_and_their_pages(brief, pdf, texts):
    n = len(pdf.pages)
    assert n == brief[1].pages and n >= 10
    toc = [TOC_LINE.match(line) for line in texts[1].splitlines()]
    entries = [(m["title"].strip(), int(m["page"])) for m in toc if m]
    assert [t for t, _ in entries] == ["Context", "Actors", "Commitments", "Indicators", "Sources"]
    found = {}  # heading -> first page it is set on in the section-heading size
    for i, page in enumerate(pdf.pages, start=1):
        for text in headings(page):
            found.setdefault(re.sub(r"^\d+ ?", "", text), i)
    for title, page in entries:
        assert found.get(title) == page, (title, page, found)
    pages = [p for _, p in entries]
    assert pages == sorted(pages) and pages[0] == 3 and pages[-1] == n  # sources come last


@pytest.mark.slow
def test_every_page_but_the_cover_is_numbered_and_none_is_blank(pdf, texts):
    n, header = len(pdf.pages), "Dalian → Liupanshui · as of 2019-12-31"
    assert "Page 1 of" not in texts[0] and header not in texts[0]
    for i, (page, text) in enumerate(zip(pdf.pages[1:], texts[1:], strict=True), start=2):
        assert text.splitlines()[0] == header and text.splitlines()[-1] == f"Page {i} of {n}"
        body = text.replace(f"Page {i} of {n}", "").replace(header, "")
        assert len(body.strip()) > 40 or page.images, f"page {i} is (nearly) blank"


@pytest.mark.slow
def test_no_character_outside_the_page_box(pdf):
    for i, page in enumerate(pdf.pages, start=1):
        for c in page.chars:
            assert 0 <= c["x0"] and c["x1"] <= page.width, (i, c["text"], c["x0"], c["x1"])
            assert 0 <= c["top"] and c["bottom"] <= page.height, (i, c["text"], c["top"])
        for img in page.images:
            assert img["x0"] >= 0 and img["x1"] <= page.width + 0.5, (i, img["x1"])
            assert img["top"] >= 0 and img["bottom"] <= page.height + 0.5, (i, img["bottom"])


def _lines_in_size(page, low: float, high: float) -> list[tuple[str, float]]:
    """(text, top) of each line set in a font size between low and high points."""
    lines: dict[float, list] = {}
    for c in page.chars:
        if low <= c["size"] <= high:
            lines.setdefault(round(c["top"]), []).append(c)
    return [
        ("".join(c["text"] for c in sorted(cs, key=lambda c: c["x0"])).strip(), top)
        for top, cs in sorted(lines.items())
    ]


@pytest.mark.slow
def test_no_page_ends_between_a_chart_and_its_heading(pdf):
    """Each indicator's heading (11 pt) and the 'Who took part' heading (13.5 pt) share their
    page with the chart they introduce, the chart set below them."""
    ds = load_dataset(DATA)
    names = set(scope_dataset(ds, PAIRING, DAY).indicators["name"])
    introduced = {"Who took part in what"}
    seen = set()
    for i, page in enumerate(pdf.pages, start=1):
        for text, top in _lines_in_size(page, 10.5, 14):
            title = re.sub(r"\s+", " ", text)
            if title in names or title in introduced:
                seen.add(title)
                below = [img for img in page.images if img["top"] > top]
                assert below, f"page {i} ends after the heading {title!r}; its chart is overleaf"
    assert seen == names | introduced, (names | introduced) - seen


@pytest.mark.slow
def test_fonts_are_embedded(brief):
    reader = PdfReader(brief[0] / "brief.pdf")
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            desc = (
                font.get("/FontDescriptor")
                or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            )
            desc = desc.get_object()
            fonts[font["/BaseFont"]] = any(
                k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    assert fonts and all(fonts.values()), fonts


@pytest.mark.slow
def test_cover_sections_and_appendix_carry_the_facts_and_no_code(texts):
    ds = load_dataset(DATA)
    cover, text, last = texts[0], "\n".join(texts), texts[-1]
    for expected in ("Dalian", "Liupanshui", "Liaoning Province", "2019-12-31", ds.fingerprint,
                     "counterpart 0.1.0", "Generated 2020-01-01 12:00 UTC"):  # fmt: skip
        assert expected in cover, expected
    scope = scope_dataset(ds, PAIRING, DAY)  # the report at a glance: counts over their words
    assert f" {len(scope.commitments)} {len(scope.indicators)} " in cover
    assert "commitments indicators" in cover
    for fact in ("487 million", "Chen Yiqin", "Tang Yijun", "tumor hospital", "Source: [2] ¶2"):
        assert fact in text, fact
    assert "Sources" in last and "http://en.dl.gov.cn/News/ChinaNews/24772.jhtml" in last
    for leak in ("open_report(", "import ", "Traceback", "Warning", "In [", "display("):
        assert leak not in text, leak
    # the sections' own title blocks and source lists are folded into the cover and the appendix
    assert text.count("http://en.dl.gov.cn/News/ChinaNews/24772.jhtml") == 1


@pytest.mark.slow
def test_html_brief_is_self_contained(brief):
    html = (brief[0] / "brief.html").read_text(encoding="utf-8")
    assert "<script" not in html and not re.search(r'(src|href)="(https?:)?//', html)
    assert html.count('src="data:image/png;base64,') == 13  # 3 section charts + 10 indicators
    assert '<a href="#section-1">' in html and 'id="section-4"' in html and 'id="sources"' in html


@pytest.mark.slow
def test_chinese_names_render_in_the_brief(data_copy, tmp_path):
    edit_cell(data_copy, "actors", "chen-yiqin", "name_zh", "谌贻琴")
    edit_cell(data_copy, "actors", "liupanshui", "name_zh", "六盘水市")
    folder = run_sections(tmp_path, "--notebook", "actors", "--format", "html",
                          "--data-dir", str(data_copy))  # fmt: skip
    built = build_brief(folder, load_dataset(data_copy), PAIRING, DAY)
    assert built.pages >= 4
    with pdfplumber.open(folder / "brief.pdf") as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
        fonts = {c["fontname"] for p in pdf.pages for c in p.chars if c["text"] in "谌贻琴六盘水市"}
    assert all(ch in text for ch in "谌贻琴六盘水市")  # table cells wrap, so char by char
    assert fonts and all("CJK" in f for f in fonts), fonts  # Noto Sans CJK, embedded
    html = (folder / "brief.html").read_text(encoding="utf-8")
    assert "Chen Yiqin (谌贻琴)" in html and "Liupanshui (六盘水市)" in html
    assert "Liupanshui (六盘水市)</span> (west)" in html  # the cover names both partners


@pytest.mark.slow
def test_cover_and_a_chart_page_as_png_for_a_person_to_look_at(pdf):
    """Kept in tests/artifacts/ (git-ignored): what a reader sees first, and a page with a chart."""
    artifacts = Path(__file__).parent / "artifacts"
    artifacts.mkdir(exist_ok=True)
    chart_page = next(i for i, p in enumerate(pdf.pages) if p.images)
    for name, i in (("brief-page-1.png", 0), ("brief-chart-page.png", chart_page)):
        image = pdf.pages[i].to_image(resolution=90)
        image.save(artifacts / name)
        width, height = image.original.size
        assert abs(height / width - 297 / 210) < 0.01  # A4 portrait
    print("pages as PNG:", artifacts / "brief-page-1.png", artifacts / "brief-chart-page.png")
    assert chart_page == 2  # the timeline, on the first page of the Context section


def test_a_brief_that_cannot_be_built_says_why_and_leaves_the_last_one(tmp_path):
    ds = load_dataset(DATA)
    (tmp_path / "brief.pdf").write_bytes(b"%PDF last good")
    with pytest.raises(ExportError, match="counterpart run"):
        build_brief(tmp_path, ds, PAIRING, DAY)  # no executed sections here
    nb = nbformat.v4.new_notebook(metadata={"papermill": {"parameters": {
        "pairing": "liaoning-guizhou", "as_of": AS_OF}}})  # fmt: skip
    nbformat.write(nb, tmp_path / "01-context.ipynb")
    with pytest.raises(ExportError, match="pairing = 'liaoning-guizhou', not 'dalian-liupanshui'"):
        build_brief(tmp_path, ds, PAIRING, DAY)  # never bind another report's section
    with pytest.raises(ParameterError, match="Valid pairings"):
        build_brief(tmp_path, ds, "dalian-liupanshiu", DAY)
    assert (tmp_path / "brief.pdf").read_bytes() == b"%PDF last good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["01-context.ipynb", "brief.pdf"]
