"""reports/index.html in a real headless Chromium: no console error, every link resolves.

Chromium is Debian's (scripts/install-system-deps.sh), driven by Playwright's Python API through
``executable_path``; Playwright's own browser downloads are never used. The screenshot is kept in
tests/artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from counterpart.run import run_reports

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts"
FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    reports = tmp_path_factory.mktemp("reports")
    results = run_reports(pairings=["dalian-liupanshui"], as_of="2019-12-31", reports_dir=reports)
    assert all(r.status == "ok" for r in results), [r.line() for r in results]
    return reports


def test_index_opens_in_chromium_and_every_link_resolves(reports):
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is missing: run scripts/install-system-deps.sh")
    index = reports / "index.html"
    errors: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(index.as_uri())
        assert page.title() == "counterpart reports"
        links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        rows = page.locator("tbody tr").count()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "index.png"), full_page=True)
        # open the brief as a reader would, on a narrow screen too
        brief = next(link for link in links if link.endswith("/brief.html"))
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(brief)
        assert "Dalian" in page.locator("h1").first.inner_text()
        wide = page.evaluate("document.documentElement.scrollWidth")
        page.screenshot(path=str(ARTIFACTS / "brief-narrow.png"))
        browser.close()
    assert errors == []
    assert rows == 5  # the brief and four sections
    assert len(links) == 10  # HTML and PDF of each
    for link in links:
        assert link.startswith("file://")
        target = Path(link.removeprefix("file://"))
        assert target.is_file() and target.stat().st_size > 1000, link
        assert reports in target.parents  # relative links stay inside reports/
    assert wide <= 390 + 1, "the brief scrolls sideways on a phone"
