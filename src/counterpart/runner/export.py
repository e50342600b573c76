"""Executed notebook -> self-contained HTML (nbconvert) -> PDF (WeasyPrint).

One HTML document serves both: the screen reads it as is, WeasyPrint lays it out on A4 with the
paged-media rules in ``templates/counterpart/report.css`` (running header, page x of y, nothing cut
across pages). WeasyPrint needs no browser and no LaTeX: only pango from the system.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import nbformat

from ..errors import ExportError

TEMPLATES = Path(__file__).with_name("templates")
CSS = TEMPLATES / "counterpart" / "report.css"


@lru_cache(maxsize=1)
def _html_exporter():
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="counterpart",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    return exporter


def export_html(
    nb: nbformat.NotebookNode,
    title: str,
    running_header: str,
    meta: dict,
    body_only: bool = False,
) -> str:
    """The report page for an executed notebook: code hidden, figures embedded, no scripts.

    ``body_only`` gives the cells' HTML alone (no page around it), for the brief to bind in."""
    resources = {
        "counterpart": {
            "body_only": body_only,
            "section": meta.get("section", ""),
            "title": title,
            "running_header": running_header,
            "css": CSS.read_text(encoding="utf-8"),
            "code_version": meta.get("code_version", ""),
            "fingerprint": meta.get("fingerprint", ""),
        }
    }
    try:
        body, _ = _html_exporter().from_notebook_node(nb, resources=resources)
    except Exception as exc:  # nbconvert raises many types; the run needs one
        raise ExportError(f"HTML export of {title!r} failed: {exc}") from exc
    return body


@lru_cache(maxsize=1)
def _font_config():
    """One font configuration per process: a fresh one per PDF leaks ~0.4 MB each (measured)."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def render_pdf(html: str) -> tuple[bytes, int]:
    """Lay ``html`` out as a PDF with WeasyPrint; return its bytes and page count."""
    try:
        import weasyprint
    except OSError as exc:  # pango missing: say how to get it
        raise ExportError(
            f"WeasyPrint cannot load the system's pango ({exc}); run `make sysdeps` "
            "(Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0)"
        ) from exc
    try:
        document = weasyprint.HTML(string=html, base_url=str(TEMPLATES))
        doc = document.render(font_config=_font_config())
        return doc.write_pdf(), len(doc.pages)
    except Exception as exc:
        raise ExportError(f"PDF export failed: {exc}") from exc


def export_pdf(html: str, target: Path) -> int:
    """Render ``html`` to ``target`` as a PDF; return its page count."""
    data, pages = render_pdf(html)
    try:
        Path(target).write_bytes(data)
    except OSError as exc:
        raise ExportError(f"PDF export to {target} failed: {exc.strerror or exc}") from exc
    return pages
