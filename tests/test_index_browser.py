"""reports/index.html: built from the folders and job records, then opened in a real Chromium.

Chromium is Debian's (scripts/install-system-deps.sh), driven by Playwright's Python API through
``executable_path``; Playwright's own browser downloads are never used. Screenshots are kept in
tests/artifacts/ (git-ignored) for a person to look at; the test prints their paths.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from executed_report import executed_report

from counterpart.runner.index import write_index

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts"
SECTIONS = ("01-context", "02-actors", "03-commitments", "04-indicators")
FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def write_record(folder: Path, name: str, status: str = "ok", error=None, cell=None, **extra):
    """The per-job JSON record `counterpart run` leaves beside a job's outputs."""
    outputs = [p.name for p in folder.glob(f"{name}.*") if p.suffix in (".html", ".pdf", ".ipynb")]
    record = {
        "name": name,
        "notebook": None if name == "brief" else f"{name}.ipynb",
        "pairing": folder.parent.name,
        "as_of": folder.name,
        "status": status,
        "finished_at": "2020-01-01T12:00:00+00:00",
        "seconds": 2.5,
        "error": error,
        "cell": cell,
        "outputs": sorted(outputs) if status == "ok" else [],
        "pages": None,
        "inputs": "0" * 64,
        **extra,
    }
    (folder / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")


def fake_report(reports: Path, pairing: str, day: str, names=SECTIONS) -> Path:
    folder = reports / pairing / day
    folder.mkdir(parents=True)
    for name in names:
        (folder / f"{name}.html").write_text(f"<!DOCTYPE html><title>{name}</title>", "utf-8")
        (folder / f"{name}.pdf").write_bytes(b"%PDF-1.7 " + name.encode())
    return folder


def test_index_lists_each_report_with_its_status_and_last_good_files(tmp_path):
    ok = fake_report(tmp_path, "dalian-liupanshui", "2019-12-31", ("brief", *SECTIONS))
    for name in ("brief", *SECTIONS[:3]):
        write_record(ok, name, pages=7)
    # 04-indicators has files but no record: shown from what is on disk, with the file's time
    os.utime(ok / "04-indicators.html", (1_600_000_000, 1_600_000_000))
    os.utime(ok / "04-indicators.pdf", (1_600_000_000, 1_600_000_000))
    bad = fake_report(tmp_path, "liaoning-guizhou", "2019-12-31", ("02-actors",))
    write_record(bad, "02-actors", "failed", error="KeyError: '<script>alert(1)</script>'", cell=4)
    write_record(bad, "03-commitments", "failed", error="kernel died")  # never built: no files
    fake_report(tmp_path, "liaoning-guizhou", "2020-06-30", ("01-context",))
    (tmp_path / "runs").mkdir()  # not a pairing: no report in it

    html = write_index(tmp_path).read_text(encoding="utf-8")

    assert "<script" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="/' not in html and "://" not in html  # relative links only, no network
    blocks = html.split("<h2")[1:]
    assert [b.split("</h2>")[0].split(">", 1)[1] for b in blocks] == [
        'dalian-liupanshui <span class="muted">as of 2019-12-31</span>',
        'liaoning-guizhou <span class="muted">as of 2020-06-30</span>',  # newest date first
        'liaoning-guizhou <span class="muted">as of 2019-12-31</span>',
    ]
    rows = blocks[0].split("<tr>")[2:]
    assert [r.split("</td>")[0].removeprefix("<td>") for r in rows] == [
        "Brief (all sections)", "Context", "Actors", "Commitments", "Indicators",
    ]  # fmt: skip
    assert "<td>2020-01-01 12:00</td>" in rows[0] and "7 pages" in rows[0]
    assert "<td>2020-09-13 12:26</td>" in rows[4]  # the mtime fallback
    for row in rows:
        assert row.count('<span class="ok">ok</span>') == 1
    failed = blocks[2].split("<tr>")[2:]
    assert len(failed) == 2
    assert '<span class="failed">failed</span>' in failed[0] and "cell 4" in failed[0]
    assert 'href="liaoning-guizhou/2019-12-31/02-actors.html"' in failed[0]
    assert "last good" in failed[0]
    assert "kernel died" in failed[1] and "href" not in failed[1]


def test_an_empty_reports_folder_gets_an_index_that_says_so(tmp_path):
    html = write_index(tmp_path).read_text(encoding="utf-8")
    assert "No report has been built yet" in html
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.html"]  # no temp file left


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """One real report (sections by `counterpart run`, the brief by build_brief), its records,
    and a second pairing whose last run failed but whose last good section remains."""
    folder, built = executed_report(tmp_path_factory)
    reports = folder.parents[1]
    for name in ("brief", *SECTIONS):
        write_record(folder, name, pages=built.pages if name == "brief" else None)
    other = reports / "liaoning-guizhou" / "2019-12-31"
    other.mkdir(parents=True)
    for ext in ("html", "pdf"):  # the last good files of a section whose rerun failed
        shutil.copy(folder / f"02-actors.{ext}", other / f"02-actors.{ext}")
    write_record(other, "02-actors", "failed", error="ValueError: bad row", cell=3)
    write_index(reports)
    return reports


@pytest.mark.slow
def test_index_opens_in_chromium_and_every_link_resolves(reports):
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is missing: run scripts/install-system-deps.sh")
    index = reports / "index.html"
    errors: list[str] = []
    ARTIFACTS.mkdir(exist_ok=True)
    shots = {n: ARTIFACTS / f"{n}.png" for n in ("index", "index-narrow", "brief-narrow")}
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("requestfailed", lambda r: errors.append(f"request failed: {r.url}"))
        page.goto(index.as_uri())
        assert page.title() == "counterpart reports"
        links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        statuses = page.locator("tbody tr td:nth-child(2) > span").all_inner_texts()
        assert "ValueError: bad row" in page.locator("body").inner_text()
        page.screenshot(path=str(shots["index"]), full_page=True)
        page.set_viewport_size({"width": 390, "height": 844})
        page.screenshot(path=str(shots["index-narrow"]), full_page=True)
        index_wide = page.evaluate("document.documentElement.scrollWidth")
        # every HTML page opens without an error; the brief reads on a phone without scrolling
        for link in (link for link in links if link.endswith(".html")):
            page.goto(link)
            assert page.locator("h1").count() >= 1, link
            if link.endswith("/brief.html"):
                assert "Dalian" in page.locator("h1").first.inner_text()
                brief_wide = page.evaluate("document.documentElement.scrollWidth")
                page.screenshot(path=str(shots["brief-narrow"]))
        browser.close()
    print("screenshots:", *shots.values())
    assert errors == []
    assert statuses == ["ok"] * 5 + ["failed"]  # the brief and four sections, then the failure
    assert len(links) == 12  # HTML and PDF of each, and the failed section's last good pair
    for link in links:
        assert link.startswith("file://")
        target = Path(link.removeprefix("file://"))
        assert reports in target.parents, link  # relative links stay inside reports/
        assert target.is_file() and target.stat().st_size > 1000, link
        if target.suffix == ".pdf":
            assert target.read_bytes()[:5] == b"%PDF-"
    assert index_wide <= 390 + 1, "the index scrolls sideways on a phone"
    assert brief_wide <= 390 + 1, "the brief scrolls sideways on a phone"
