"""reports/index.html: built from the folders, job records and status.json, then opened in a real
Chromium, at 200 synthetic pairings too (filter, phone width, history pages).

Chromium is Debian's (scripts/install-system-deps.sh), driven by Playwright's Python API through
``executable_path``; Playwright's own browser downloads are never used. Screenshots are kept in
tests/artifacts/ (git-ignored) for a person to look at; the test prints their paths.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from executed_report import executed_report

from counterpart.dataset.load import load_dataset
from counterpart.runner.index import write_index
from counterpart.runner.records import write_status
from counterpart.runner.snapshots import switch_latest

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


def test_a_reports_folder_of_the_earlier_layout_is_read_as_it_is(tmp_path):
    """Dated folders, no ``latest`` link, no status.json: each pairing still gets its row, its
    newest folder standing for the latest report, and a history page with every folder."""
    ok = fake_report(tmp_path, "dalian-liupanshui", "2019-12-31", ("brief", *SECTIONS))
    for name in ("brief", *SECTIONS[:3]):
        write_record(ok, name, pages=7)
    # 04-indicators has files but no record: shown from what is on disk, with the file's time
    os.utime(ok / "04-indicators.html", (1_600_000_000, 1_600_000_000))
    bad = fake_report(tmp_path, "liaoning-guizhou", "2019-12-31", ("02-actors",))
    write_record(bad, "02-actors", "failed", error="KeyError: '<script>alert(1)</script>'", cell=4)
    write_record(bad, "03-commitments", "failed", error="kernel died")  # never built: no files
    fake_report(tmp_path, "liaoning-guizhou", "2020-06-30", ("01-context",))
    (tmp_path / "runs").mkdir()  # not a pairing: no report in it

    html = write_index(tmp_path).read_text(encoding="utf-8")

    assert html.count("<script") == 1  # the filter script only; data text is escaped
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" not in html  # that failure is older than latest
    assert 'href="/' not in html and "://" not in html  # relative links only, no network
    rows = html.split("<tbody>")[1].split("<tr ")[1:]
    assert [r.split('data-label="Pairing">')[1].split("<")[0] for r in rows] == [
        "dalian-liupanshui", "liaoning-guizhou"]  # fmt: skip
    assert 'href="dalian-liupanshui/2019-12-31/brief.pdf"' in rows[0] and "7 pages" in rows[0]
    assert "checked 2019-12-31; content unchanged since 2019-12-31" in rows[0]
    assert 'href="liaoning-guizhou/history.html"' in rows[1]

    history = (tmp_path / "liaoning-guizhou" / "history.html").read_text(encoding="utf-8")
    days = [h.split("as of ")[1][:10] for h in history.split("<h2")[1:]]
    assert days == ["2020-06-30", "2019-12-31"]  # newest first
    older = history.split("<h2")[2]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in older and "cell 4" in older
    assert 'href="2019-12-31/02-actors.html"' in older and "kernel died" in older
    dalian = (tmp_path / "dalian-liupanshui" / "history.html").read_text(encoding="utf-8")
    assert "2020-09-13 12:26" in dalian or "Indicators" in dalian


def test_an_empty_reports_folder_gets_an_index_that_says_so(tmp_path):
    html = write_index(tmp_path).read_text(encoding="utf-8")
    assert "No report has been built yet" in html
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.html"]  # no temp file left


def synthetic_reports(root: Path, count: int = 200) -> Path:
    """Index input for ``count`` SYNTHETIC city pairings (bench/synthetic.py) under their invented
    provinces: status.json from the dataset, one dated snapshot each behind ``latest``, every
    tenth city's newest run failed. Files are stand-ins (no kernel): this tests the index."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic import make_synthetic

    ds = load_dataset(make_synthetic(count, root))
    reports = root / "reports"
    reports.mkdir()
    write_status(reports, ds, [])
    for pid in ds.pairings["pairing_id"]:
        folder = fake_report(reports, pid, "2026-11-26", ("brief", *SECTIONS))
        for name in ("brief", *SECTIONS):
            write_record(folder, name, pages=12)
        switch_latest(reports / pid, "2026-11-26")
        if pid.removeprefix("synthetic-").isdigit() and int(pid.split("-")[1]) % 10 == 3:
            newer = fake_report(reports, pid, "2026-11-27", ())
            write_record(newer, "02-actors", "failed", error="ValueError: bad row", cell=3)
    status = json.loads((reports / "status.json").read_text())
    status["checked"] = dict.fromkeys(ds.pairings["pairing_id"], "2026-11-27")
    (reports / "status.json").write_text(json.dumps(status))
    write_index(reports)
    return reports


@pytest.mark.slow
def test_index_of_200_pairings_filters_and_reads_on_a_phone(tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is missing: run scripts/install-system-deps.sh")
    reports = synthetic_reports(tmp_path)
    index = reports / "index.html"
    assert index.stat().st_size < 400_000
    ARTIFACTS.mkdir(exist_ok=True)
    errors: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(index.as_uri())
        rows = page.locator("#reports tbody tr")
        total = rows.count()
        real = load_dataset(ROOT / "data").pairings
        assert total == len(real) + 20 + 200  # the real pairings, 20 invented provinces, 200 cities
        assert page.locator("#shown").inner_text() == f"{total} of {total} pairings shown"
        assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
        size = page.evaluate(
            "parseFloat(getComputedStyle(document.querySelector('#reports td')).fontSize)"
        )
        assert size >= 12  # readable on a phone
        first = rows.first.inner_text()
        assert "Eastern provinces" in first and "checked 2026-11-27" in first
        page.screenshot(path=str(ARTIFACTS / "index-200-narrow.png"))

        page.fill("input[name=q]", "synthetic east city 17 →")  # not 170-179
        visible = page.locator("#reports tbody tr:not([hidden])")
        assert visible.count() == 1 and "synthetic-17" in visible.first.inner_text()
        page.fill("input[name=q]", "")
        page.select_option("select[name=level]", "province")
        assert visible.count() == 20 + (real["level"] == "province").sum()
        page.select_option("select[name=level]", "")
        page.select_option("select[name=status]", "failed")
        failed = visible.all_inner_texts()
        assert len(failed) == 20 and all("ValueError: bad row" in t for t in failed)
        assert page.locator("#shown").inner_text() == f"20 of {total} pairings shown"
        assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
        page.screenshot(path=str(ARTIFACTS / "index-200-failed.png"))

        page.set_viewport_size({"width": 1200, "height": 900})
        page.select_option("select[name=status]", "")
        liaoning = page.locator(
            "#reports tbody tr", has_text="Liaoning Province → Guizhou Province"
        )
        liaoning.locator("text=sections & history").click()
        assert page.locator("h1").inner_text() == "Liaoning Province → Guizhou Province"
        assert "as of 2026-11-26" in page.locator("h2").first.inner_text()
        browser.close()

        # Without scripts the page is the full list (the filter form stays hidden).
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(java_script_enabled=False, viewport={"width": 390, "height": 844})
        page.goto(index.as_uri())
        assert page.locator("#reports tbody tr:visible").count() == total
        assert not page.locator("#filter").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
        browser.close()
    assert errors == []


def test_a_night_without_news_rewrites_no_history_page(tmp_path):
    reports = synthetic_reports(tmp_path, count=20)
    pages = {p: p.stat().st_mtime_ns for p in reports.glob("*/history.html")}
    pairings = {d.name for d in reports.iterdir() if (d / "latest").is_symlink()}
    assert {p.parent.name for p in pages} == pairings  # one history page per pairing
    assert len(pairings) >= 2 + 20  # invented provinces and cities, and the copied real ones
    write_index(reports)
    assert {p: p.stat().st_mtime_ns for p in reports.glob("*/history.html")} == pages


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
        statuses = page.eval_on_selector_all(
            "#reports tbody tr", "rows => rows.map(r => r.dataset.status)"
        )
        assert "ValueError: bad row" in page.locator("body").inner_text()
        page.screenshot(path=str(shots["index"]), full_page=True)
        page.set_viewport_size({"width": 390, "height": 844})
        page.screenshot(path=str(shots["index-narrow"]), full_page=True)
        index_wide = page.evaluate("document.documentElement.scrollWidth")
        links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        for history in [link for link in links if link.endswith("/history.html")]:
            page.goto(history)
            links += page.eval_on_selector_all("main table a[href]", "els => els.map(e => e.href)")
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
    # national, Liaoning (its rerun failed), Dalian, Shandong, Qingdao: in family-tree order
    assert statuses == ["none", "failed", "current", "none", "none"]
    # index: Dalian's brief HTML + PDF and two history pages; history: 5 items x 2 + 1 x 2
    assert len(links) == 4 + 10 + 2
    assert any("/dalian-liupanshui/latest/brief.pdf" in link for link in links)
    for link in links:
        assert link.startswith("file://")
        target = Path(link.removeprefix("file://"))
        assert reports in target.parents, link  # relative links stay inside reports/
        assert target.is_file() and target.stat().st_size > 1000, link
        if target.suffix == ".pdf":
            assert target.read_bytes()[:5] == b"%PDF-"
    assert index_wide <= 390 + 1, "the index scrolls sideways on a phone"
    assert brief_wide <= 390 + 1, "the brief scrolls sideways on a phone"
