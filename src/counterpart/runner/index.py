"""``reports/index.html``: every report on disk, with its status, build time and links.

Built from what is there — the report folders and the JSON record each job leaves beside its
outputs — so it is right after any run, even one that failed half-way or ran on a cluster. A job
whose last run failed shows the error and still links to its last good files. One self-contained
page: inline CSS, relative links, no script; it opens from disk.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..atomic import write_atomic
from ..reports.render import esc, plural
from .records import read_json

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FORMATS = ("html", "pdf")

CSS = """
body { font-family: "DejaVu Sans", "Noto Sans CJK SC", Arial, sans-serif; margin: 0; color: #1a1a1a;
       line-height: 1.4; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.3em 0; }
h2 { font-size: 1.2rem; margin: 1.6em 0 0.3em; border-bottom: 1px solid #c8c8c8; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin-bottom: 1em; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e2e2e2; vertical-align: top; }
th { background: #f1f4f7; }
.ok { color: #00734d; font-weight: bold; }
.failed { color: #b5400b; font-weight: bold; }
.error { font-size: 0.8rem; color: #b5400b; }
.muted { color: #666; font-size: 0.85rem; }
a { color: #0b4f7c; }
@media screen and (max-width: 40rem) { table { display: block; overflow-x: auto; } main { padding: 0.5rem; } }
"""


def _entries(folder: Path) -> list[dict]:
    """One entry per report item (brief first, then the sections in reading order).

    A section's title and order come from its job record (the notebook's metadata at run time)."""
    names = {p.stem for p in folder.iterdir() if p.suffix in {".json", ".html", ".pdf", ".ipynb"}}
    records = {n: read_json(folder / f"{n}.json") or {} for n in names if not n.startswith(".")}

    def order(name: str):
        place = records[name].get("order")
        return (name != "brief", place if isinstance(place, int | float) else 1e9, name)

    entries = []
    for name in sorted(records, key=order):
        record = records[name]
        files = {
            ext: folder / f"{name}.{ext}" for ext in FORMATS if (folder / f"{name}.{ext}").is_file()
        }
        if not files and record.get("status") != "failed":
            continue
        when = record.get("finished_at")
        if not when and files:
            mtime = max(f.stat().st_mtime for f in files.values())
            when = dt.datetime.fromtimestamp(mtime, dt.timezone.utc).isoformat(timespec="seconds")
        entries.append(
            {
                "name": name,
                "title": record.get("title") if isinstance(record.get("title"), str) else "",
                "status": record.get("status", "ok" if files else "unknown"),
                "when": when or "",
                "seconds": record.get("seconds"),
                "error": record.get("error"),
                "cell": record.get("cell"),
                "pages": record.get("pages"),
                "files": files,
                "failed_copy": (folder / "failed" / f"{name}.ipynb").is_file(),
            }
        )
    return entries


def _when(value: str) -> str:
    """'2020-01-01 12:00' (UTC) from a record's ISO time; left as it is if it does not parse."""
    try:
        t = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return value or ""
    if t.tzinfo is not None:
        t = t.astimezone(dt.timezone.utc)
    return t.strftime("%Y-%m-%d %H:%M")


def _label(name: str, title: str = "") -> str:
    if name == "brief":
        return "Brief (all sections)"
    return title or name.split("-", 1)[-1].replace("-", " ").capitalize()


def index_html(reports_dir: Path) -> str:
    reports_dir = Path(reports_dir)
    blocks = []
    for pairing_dir in sorted(
        p for p in reports_dir.iterdir() if p.is_dir() and not p.name.startswith(".")
    ):
        days = sorted(
            (d for d in pairing_dir.iterdir() if d.is_dir() and DAY.match(d.name)), reverse=True
        )
        for day_dir in days:
            entries = _entries(day_dir)
            if not entries:
                continue
            rows = []
            for e in entries:
                rel = day_dir.relative_to(reports_dir).as_posix()
                links = " · ".join(
                    f'<a href="{esc(rel)}/{esc(f.name)}">{ext.upper()}</a>'
                    for ext, f in e["files"].items()
                )
                if e["failed_copy"]:
                    links += f' · <a href="{esc(rel)}/failed/{esc(e["name"])}.ipynb">failed run</a>'
                status = f'<span class="{esc(e["status"])}">{esc(e["status"])}</span>'
                if e["error"]:
                    where = f"cell {e['cell']}: " if isinstance(e["cell"], int) else ""
                    status += f'<div class="error">{esc(where + str(e["error"]))}</div>'
                    if e["files"]:
                        status += '<div class="muted">links: the last good version</div>'
                pages = plural(e["pages"], "page") if e["pages"] else ""
                took = f"{e['seconds']:.1f} s" if isinstance(e["seconds"], int | float) else ""
                rows.append(
                    f"<tr><td>{esc(_label(e['name'], e['title']))}</td><td>{status}</td>"
                    f"<td>{esc(_when(e['when']))}</td><td>{esc(took)}</td><td>{esc(pages)}</td>"
                    f"<td>{links or '—'}</td></tr>"
                )
            blocks.append(
                f'<h2 id="{esc(pairing_dir.name)}-{esc(day_dir.name)}">{esc(pairing_dir.name)}'
                f' <span class="muted">as of {esc(day_dir.name)}</span></h2>'
                "<table><thead><tr><th>Report</th><th>Status</th><th>Built (UTC)</th>"
                "<th>Took</th><th>Pages</th><th>Open</th></tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
    body = (
        "".join(blocks)
        or '<p class="muted">No report has been built yet: run <code>make report</code>.</p>'
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
        f"<title>counterpart reports</title><style>{CSS}</style></head><body><main>"
        "<h1>counterpart reports</h1>"
        '<p class="muted">East–West counterpart cooperation: every report in this folder, newest '
        "date first. Each report has a brief (all sections in one document) and its sections.</p>"
        f"{body}</main></body></html>\n"
    )


def write_index(reports_dir: Path) -> Path:
    """Write ``reports_dir/index.html`` in one step; return its path."""
    reports_dir = Path(reports_dir)
    target = reports_dir / "index.html"
    write_atomic(target, index_html(reports_dir))
    return target
