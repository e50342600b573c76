"""The brief, checked from the PDF itself: contents and page numbers, page box, fonts, no code."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pdfplumber
import pytest
from conftest import ROOT, edit_cell
from pypdf import PdfReader

from counterpart.brief import build_brief
from counterpart.dataset import load_dataset
from counterpart.run import run_reports

pytestmark = pytest.mark.slow
PAIRING, AS_OF = "dalian-liupanshui", "2019-12-31"
TOC_LINE = re.compile(r"^(?:\d+ )?(?P<title>[A-Z][A-Za-z ]+?)\s*\.{5,}\s*(?P<page>\d+)$")


@pytest.fixture(scope="module")
def brief(tmp_path_factory):
    reports = tmp_path_factory.mktemp("reports")
    results = run_reports(pairings=[PAIRING], as_of=AS_OF, reports_dir=reports)
    assert [r.job.name for r in results][-1] == "brief"
    assert all(r.status == "ok" for r in results), [r.line() for r in results]
    folder = reports / PAIRING / AS_OF
    return folder, results[-1]


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


def test_contents_match_the_section_headings_and_their_pages(brief):
    folder, result = brief
    with pdfplumber.open(folder / "brief.pdf") as pdf:
        n = len(pdf.pages)
        assert n == result.pages and n >= 10
        toc = [TOC_LINE.match(line) for line in pdf.pages[1].extract_text().splitlines()]
        entries = [(m["title"].strip(), int(m["page"])) for m in toc if m]
        assert [t for t, _ in entries] == [
            "Context",
            "Actors",
            "Commitments",
            "Indicators",
            "Sources",
        ]
        found = {}
        for i, page in enumerate(pdf.pages, start=1):
            for text in headings(page):
                found.setdefault(re.sub(r"^\d+ ?", "", text), i)
        for title, page in entries:
            assert found.get(title) == page, (title, page, found)
        pages = [p for _, p in entries]
        assert pages == sorted(pages) and pages[0] == 3 and pages[-1] <= n


def test_every_page_but_the_cover_is_numbered_and_none_is_blank(brief):
    folder, _ = brief
    with pdfplumber.open(folder / "brief.pdf") as pdf:
        n = len(pdf.pages)
        cover = pdf.pages[0].extract_text()
        assert "Page 1 of" not in cover and "as of 2019-12-31" not in cover.splitlines()[0]
        for i, page in enumerate(pdf.pages[1:], start=2):
            text = page.extract_text()
            assert f"Page {i} of {n}" in text
            assert text.splitlines()[0].startswith("Dalian → Liupanshui · as of 2019-12-31")
            body = text.replace(f"Page {i} of {n}", "").replace(
                "Dalian → Liupanshui · as of 2019-12-31", ""
            )
            assert len(body.strip()) > 40 or page.images, f"page {i} is (nearly) blank"


def test_no_character_outside_the_page_box(brief):
    folder, _ = brief
    with pdfplumber.open(folder / "brief.pdf") as pdf:
        for i, page in enumerate(pdf.pages, start=1):
            for c in page.chars:
                assert 0 <= c["x0"] and c["x1"] <= page.width, (i, c["text"], c["x0"], c["x1"])
                assert 0 <= c["top"] and c["bottom"] <= page.height, (i, c["text"], c["top"])
            for img in page.images:
                assert img["x0"] >= 0 and img["x1"] <= page.width + 0.5


def test_fonts_are_embedded(brief):
    folder, _ = brief
    reader = PdfReader(folder / "brief.pdf")
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


def test_cover_sections_and_appendix_carry_the_facts_and_no_code(brief):
    folder, _ = brief
    ds = load_dataset(ROOT / "data")
    with pdfplumber.open(folder / "brief.pdf") as pdf:
        cover = pdf.pages[0].extract_text()
        text = "\n".join(p.extract_text() for p in pdf.pages)
        last = pdf.pages[-1].extract_text()
    for expected in ("Dalian", "Liupanshui", "Liaoning Province", "2019-12-31", ds.fingerprint,
                     "counterpart 0.1.0", "Generated"):  # fmt: skip
        assert expected in cover, expected
    for fact in ("487 million", "Chen Yiqin", "Tang Yijun", "tumor hospital", "Source: [2] ¶2"):
        assert fact in text, fact
    assert "Sources" in last and "http://en.dl.gov.cn/News/ChinaNews/24772.jhtml" in last
    for leak in ("open_report(", "import ", "Traceback", "Warning", "In [", "display("):
        assert leak not in text, leak
    # the sections' own title blocks and source lists are folded into the cover and the appendix
    assert text.count("http://en.dl.gov.cn/News/ChinaNews/24772.jhtml") == 1


def test_html_brief_is_self_contained(brief):
    folder, _ = brief
    html = (folder / "brief.html").read_text(encoding="utf-8")
    assert "<script" not in html and not re.search(r'(src|href)="(https?:)?//', html)
    assert html.count('src="data:image/png;base64,') == 13  # 3 section charts + 10 indicators
    assert '<a href="#section-1">' in html and 'id="section-4"' in html and 'id="sources"' in html


def test_chinese_names_render_in_the_brief(data_copy, tmp_path):
    edit_cell(data_copy, "actors", "chen-yiqin", "name_zh", "谌贻琴")
    edit_cell(data_copy, "actors", "liupanshui", "name_zh", "六盘水市")
    results = run_reports(pairings=[PAIRING], as_of=AS_OF, notebooks=["actors"], formats=("html",),
                          data_dir=data_copy, reports_dir=tmp_path)  # fmt: skip
    assert [r.status for r in results] == ["ok"]
    folder = tmp_path / PAIRING / AS_OF
    built = build_brief(folder, load_dataset(data_copy), PAIRING, dt.date(2019, 12, 31))
    assert built.pages >= 4
    with pdfplumber.open(folder / "brief.pdf") as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
        fonts = {c["fontname"] for p in pdf.pages for c in p.chars if c["text"] in "谌贻琴六盘水市"}
    assert all(ch in text for ch in "谌贻琴六盘水市")  # table cells wrap, so char by char
    assert fonts and all("CJK" in f for f in fonts), fonts  # Noto Sans CJK, embedded
    html = (folder / "brief.html").read_text(encoding="utf-8")
    assert "Chen Yiqin (谌贻琴)" in html and "Liupanshui (六盘水市)" in html


def test_cover_and_a_chart_page_as_png_for_a_person_to_look_at(brief):
    """Kept in tests/artifacts/ (git-ignored): what a reader sees first, and a page with a chart."""
    folder, _ = brief
    artifacts = Path(__file__).parent / "artifacts"
    artifacts.mkdir(exist_ok=True)
    with pdfplumber.open(folder / "brief.pdf") as pdf:
        chart_page = next(i for i, p in enumerate(pdf.pages) if p.images)
        for name, i in (("brief-page-1.png", 0), ("brief-chart-page.png", chart_page)):
            image = pdf.pages[i].to_image(resolution=90)
            image.save(artifacts / name)
            width, height = image.original.size
            assert abs(height / width - 297 / 210) < 0.01  # A4 portrait
    assert chart_page == 2  # the timeline, on the first page of the Context section
