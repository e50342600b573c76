"""``reports/index.html``: one row per pairing, in its family tree, with its latest report.

Built from what is on disk — each pairing's ``latest`` link and dated snapshots, the JSON record
each job leaves beside its outputs, and ``status.json`` (partner names, the tree, the date each
report was last checked) — so it is right after any run, even one killed half-way. A reports
folder of the earlier layout (dated folders, no ``latest``, no ``status.json``) is read as it is:
its newest folder stands for the latest report and the pairing id for its name.

Hundreds of pairings stay findable: a small inline script filters the rows by name, level and
status (without it the page is simply the full list), rows fold into cards on a phone, and each
pairing's dated snapshots are listed on its own page (``<pairing>/history.html``), which is only
rewritten when its content changes, so a night without news writes next to nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..atomic import write_atomic
from ..reports.render import esc, plural
from .records import read_json, read_status
from .snapshots import LATEST, latest_day, snapshot_days

FORMATS = ("html", "pdf")
HISTORY = "history.html"

CSS = """
body { font-family: "DejaVu Sans", "Noto Sans CJK SC", Arial, sans-serif; margin: 0; color: #1a1a1a;
       line-height: 1.4; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.3em 0; }
h2 { font-size: 1.15rem; margin: 1.4em 0 0.3em; border-bottom: 1px solid #c8c8c8; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin-bottom: 1em; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e2e2e2; vertical-align: top; }
th { background: #f1f4f7; }
[hidden] { display: none !important; }
.ok { color: #00734d; font-weight: bold; }
.failed { color: #b5400b; font-weight: bold; }
.none { color: #666; font-weight: bold; }
.error { font-size: 0.8rem; color: #b5400b; overflow-wrap: anywhere; }
.muted, .pid { color: #666; font-size: 0.85rem; }
.pid { display: block; overflow-wrap: anywhere; }
.d1 td:first-child { padding-left: 1.5em; } .d2 td:first-child { padding-left: 2.5em; }
.d3 td:first-child { padding-left: 3.5em; } .d4 td:first-child { padding-left: 4.5em; }
form { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; margin: 0.8rem 0; align-items: end; }
label { display: flex; flex-direction: column; font-size: 0.85rem; }
input, select { font: inherit; padding: 2px 4px; max-width: 100%; }
a { color: #0b4f7c; }
@media screen and (max-width: 40rem) {
  main { padding: 0.5rem; }
  table, tbody, tr, td { display: block; width: auto; }
  thead { display: none; }
  tr { border-bottom: 1px solid #c8c8c8; border-left: 3px solid #c8d6e2; padding: 0.4rem 0; }
  .d1 { margin-left: 0.6rem; } .d2 { margin-left: 1.2rem; } .d3, .d4 { margin-left: 1.8rem; }
  td { border: 0; padding: 1px 4px !important; }
  td[data-label="Checked"], td[data-label="Changed"] { display: none; }  /* said under Status */
  td[data-label]::before { content: attr(data-label) ": "; color: #666; font-size: 0.8rem; }
}
"""

SCRIPT = """
(function () {
  var form = document.getElementById("filter");
  if (!form) return;
  form.hidden = false;
  var rows = [].slice.call(document.querySelectorAll("#reports tbody tr"));
  var shown = document.getElementById("shown");
  function apply() {
    var q = form.elements.q.value.trim().toLowerCase();
    var level = form.elements.level.value, status = form.elements.status.value, n = 0;
    rows.forEach(function (row) {
      var ok = (!q || row.getAttribute("data-name").indexOf(q) >= 0) &&
               (!level || row.getAttribute("data-level") === level) &&
               (!status || row.getAttribute("data-status") === status);
      row.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n + " of " + rows.length + " pairings shown";
  }
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
})();
"""

LEVELS = {"national": 0, "group": 1, "province": 2, "city": 3, "county": 4}
STATUS_TEXT = {"current": "current", "failed": "failed", "none": "not built"}


@dataclass
class Pairing:
    """What the index shows about one pairing."""

    pid: str
    east: str = ""
    west: str = ""
    level: str = ""
    parent: str | None = None
    depth: int = 0
    days: list[str] = field(default_factory=list)
    latest: str | None = None
    checked: str | None = None
    status: str = "none"  # current | failed | none
    error: str | None = None
    pages: int | None = None
    links: dict[str, str] = field(default_factory=dict)  # "brief.pdf" -> relative href

    @property
    def label(self) -> str:
        return f"{self.east} → {self.west}" if self.east or self.west else self.pid


def _pairings(reports_dir: Path) -> list[Pairing]:
    """Every pairing with a folder or a row in status.json, in family-tree order."""
    status = read_status(reports_dir)
    info = status["pairings"]
    found = {}
    for pid, row in info.items():
        found[pid] = Pairing(pid, row.get("east", ""), row.get("west", ""),
                             row.get("level", ""), row.get("parent"))  # fmt: skip
    for folder in sorted(p for p in reports_dir.iterdir() if p.is_dir()):
        if folder.name.startswith(".") or folder.name == "runs":
            continue
        days = snapshot_days(folder)
        if days or folder.name in found:
            found.setdefault(folder.name, Pairing(folder.name)).days = days
    children: dict[str | None, list[str]] = {}
    for p in found.values():
        parent = p.parent if p.parent in found else None
        children.setdefault(parent, []).append(p.pid)
    ordered: list[Pairing] = []

    def visit(pid: str, depth: int) -> None:
        p = found[pid]
        p.depth = depth
        ordered.append(p)
        for child in sorted(children.get(pid, []), key=lambda c: found[c].label.lower()):
            visit(child, depth + 1)

    for root in sorted(children.get(None, []), key=lambda c: found[c].label.lower()):
        visit(root, 0)
    for p in ordered:
        _fill(reports_dir, p, status["checked"].get(p.pid))
    return ordered


def _fill(reports_dir: Path, p: Pairing, checked: str | None) -> None:
    folder = reports_dir / p.pid
    linked = latest_day(folder)
    p.latest = linked or (p.days[-1] if p.days else None)  # earlier layout: newest folder
    if p.latest is None:
        return
    p.checked = max(checked or "", p.latest)
    p.status = "current"
    base = f"{p.pid}/{LATEST if linked else p.latest}"
    for name in (p.days[-1], p.latest):  # a failure newer than latest, or in latest itself
        for record_path in sorted((folder / name).glob("*.json")):
            record = read_json(record_path) or {}
            if record.get("status") == "failed" and p.status != "failed":
                p.status = "failed"
                cell = record.get("cell")
                where = f"{record_path.stem}, cell {cell}: " if isinstance(cell, int) else ""
                p.error = where + str(record.get("error") or "failed")
    brief = read_json(folder / p.latest / "brief.json") or {}
    p.pages = brief.get("pages") if isinstance(brief.get("pages"), int) else None
    for ext in FORMATS:
        if (folder / p.latest / f"brief.{ext}").is_file():
            p.links[f"brief.{ext}"] = f"{base}/brief.{ext}"


def _row(p: Pairing) -> str:
    state = STATUS_TEXT[p.status]
    cls = {"current": "ok", "failed": "failed", "none": "none"}[p.status]
    status = f'<span class="{cls}">{esc(state)}</span>'
    if p.latest:
        status += (
            f'<div class="muted">checked {esc(p.checked)}; content unchanged since '
            f"{esc(p.latest)}</div>"
        )
    if p.error:
        status += f'<div class="error">{esc(p.error)}</div>'
        if p.latest:
            status += '<div class="muted">links: the last good report</div>'
    links = [f'<a href="{esc(href)}">Brief {esc(name.split(".")[1].upper())}</a>'
             for name, href in p.links.items()]  # fmt: skip
    if p.days:
        links.append(f'<a href="{esc(p.pid)}/{HISTORY}">sections &amp; history</a>')
    search = f"{p.label} {p.pid}".lower()
    pages = plural(p.pages, "page") if p.pages else ""
    return (
        f'<tr class="d{min(p.depth, 4)}" data-name="{esc(search)}" data-level="{esc(p.level)}" '
        f'data-status="{esc(p.status)}">'
        f'<td data-label="Pairing">{esc(p.label)}<span class="pid">{esc(p.pid)}</span></td>'
        f'<td data-label="Level">{esc(p.level, missing="")}</td>'
        f'<td data-label="Status">{status}</td>'
        f'<td data-label="Checked">{esc(p.checked or "", missing="")}</td>'
        f'<td data-label="Changed">{esc(p.latest or "", missing="")}</td>'
        f'<td data-label="Pages">{esc(pages, missing="")}</td>'
        f'<td data-label="Open">{" · ".join(links) or "—"}</td></tr>'
    )


def _page(title: str, body: str, script: str = "") -> str:
    tail = f"<script>{script}</script>" if script else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body><main>{body}</main>"
        f"{tail}</body></html>\n"
    )


def index_html(reports_dir: Path) -> str:
    pairings = _pairings(Path(reports_dir))
    if not any(p.days for p in pairings):
        body = (
            "<h1>counterpart reports</h1>"
            '<p class="muted">No report has been built yet: run <code>make report</code>.</p>'
        )
        return _page("counterpart reports", body)
    counts = {s: sum(p.status == s for p in pairings) for s in STATUS_TEXT}
    levels = sorted({p.level for p in pairings if p.level}, key=lambda v: (LEVELS.get(v, 9), v))
    summary = ", ".join(f"{n} {STATUS_TEXT[s]}" for s, n in counts.items() if n)
    options = "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in levels)
    statuses = "".join(
        f'<option value="{esc(s)}">{esc(t)}</option>' for s, t in STATUS_TEXT.items()
    )
    body = (
        "<h1>counterpart reports</h1>"
        '<p class="muted">East–West counterpart cooperation: the latest report of each pairing, '
        f"national → province → city → county. {plural(len(pairings), 'pairing')}: {esc(summary)}. "
        "“Checked” is the last as-of date a run found the report current; “changed” the date "
        "its content last changed. Older versions: “sections &amp; history”.</p>"
        '<form id="filter" hidden role="search">'
        '<label>Name <input name="q" type="search" placeholder="Dalian, Guizhou…"></label>'
        f'<label>Level <select name="level"><option value="">all</option>{options}</select></label>'
        f'<label>Status <select name="status"><option value="">all</option>{statuses}</select>'
        '</label><output id="shown" class="muted"></output></form>'
        '<table id="reports"><thead><tr><th>Pairing</th><th>Level</th><th>Status</th>'
        "<th>Checked</th><th>Changed</th><th>Pages</th><th>Open</th></tr></thead>"
        f"<tbody>{''.join(_row(p) for p in pairings)}</tbody></table>"
    )
    return _page("counterpart reports", body, SCRIPT)


def _label(name: str, title=None) -> str:
    """The brief, or a section by the title its notebook's metadata gave (kept in its record)."""
    if name == "brief":
        return "Brief (all sections)"
    if isinstance(title, str) and title:
        return title
    return name.split("-", 1)[-1].replace("-", " ").capitalize()


def _reading_order(name: str, record: dict):
    place = record.get("order")
    return (name != "brief", place if isinstance(place, int | float) else 1e9, name)


def history_html(reports_dir: Path, p: Pairing) -> str:
    """One pairing's dated snapshots, newest first, each item with its files and status."""
    folder = Path(reports_dir) / p.pid
    blocks = []
    for day in reversed(p.days):
        names = sorted({f.stem for f in (folder / day).iterdir()
                        if f.suffix in (".json", ".html", ".pdf")})  # fmt: skip
        records = {n: read_json(folder / day / f"{n}.json") or {} for n in names}
        rows = []
        for name in sorted(names, key=lambda n: _reading_order(n, records[n])):
            record = records[name]
            links = [f'<a href="{esc(day)}/{esc(name)}.{ext}">{ext.upper()}</a>'
                     for ext in FORMATS if (folder / day / f"{name}.{ext}").is_file()]  # fmt: skip
            failed_copy = folder / day / "failed" / f"{name}.ipynb"
            if failed_copy.is_file():
                links.append(f'<a href="{esc(day)}/failed/{esc(name)}.ipynb">failed run</a>')
            state = record.get("status", "ok" if links else "unknown")
            cls = "failed" if state == "failed" else "ok"
            cell = f'<span class="{cls}">{esc(state)}</span>'
            if record.get("error"):
                where = f"cell {record['cell']}: " if isinstance(record.get("cell"), int) else ""
                cell += f'<div class="error">{esc(where + str(record["error"]))}</div>'
            pages = plural(record["pages"], "page") if isinstance(record.get("pages"), int) else ""
            rows.append(
                f'<tr><td data-label="Report">{esc(_label(name, record.get("title")))}</td>'
                f'<td data-label="Status">{cell}</td>'
                f'<td data-label="Built">{esc(_when(record.get("finished_at")), missing="")}</td>'
                f'<td data-label="Pages">{esc(pages, missing="")}</td>'
                f'<td data-label="Open">{" · ".join(links) or "—"}</td></tr>'
            )
        mark = " (latest)" if day == p.latest else ""
        blocks.append(
            f'<h2 id="{esc(day)}">as of {esc(day)}<span class="muted">{mark}</span></h2>'
            "<table><thead><tr><th>Report</th><th>Status</th><th>Built (UTC)</th><th>Pages</th>"
            f"<th>Open</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
    body = (
        f"<h1>{esc(p.label)}</h1>"
        f'<p class="muted">{esc(p.pid)} · {esc(p.level, missing="")} pairing · '
        '<a href="../index.html">all reports</a>. A dated snapshot exists only where the '
        "content changed.</p>" + "".join(blocks)
    )
    return _page(f"{p.label}: reports", body)


def _when(value) -> str:
    """'2020-01-01 12:00' (UTC) from a record's ISO time; left as it is if it does not parse."""
    try:
        t = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return value or ""
    if t.tzinfo is not None:
        t = t.astimezone(dt.timezone.utc)
    return t.strftime("%Y-%m-%d %H:%M")


def _write_if_changed(target: Path, text: str) -> None:
    try:
        if target.read_text(encoding="utf-8") == text:
            return
    except OSError:
        pass
    write_atomic(target, text)


def write_index(reports_dir: Path) -> Path:
    """Write ``index.html`` and each pairing's history page (only where it changed)."""
    reports_dir = Path(reports_dir)
    reports_dir.mkdir(parents=True, exist_ok=True)
    for p in _pairings(reports_dir):
        if p.days:
            _write_if_changed(reports_dir / p.pid / HISTORY, history_html(reports_dir, p))
    target = reports_dir / "index.html"
    _write_if_changed(target, index_html(reports_dir))
    return target
