"""nbconvert exporters for the house report style, registered as ``counterpart_pdf`` and
``counterpart_html`` (entry point group ``nbconvert.exporters``).

So an analyst gets the same print-quality page from anywhere: ``jupyter nbconvert --to
counterpart_pdf any.ipynb`` on the command line, or JupyterLab's *File → Save and Export Notebook
As → Counterpart PDF*. Code cells, prompts and stderr are left out, as in ``counterpart run``; the
notebook is converted as it is (run it first), and nothing here needs ``data/``.
"""

from __future__ import annotations

from nbconvert.exporters import Exporter
from traitlets import Unicode

from ..reports.provenance import code_version
from .export import export_html, render_pdf
from .notebooks import section_info


def _title(nb, resources) -> str:
    """The section title from the notebook's metadata; the file name for any other notebook."""
    info = section_info(nb.metadata)
    name = (resources or {}).get("metadata", {}).get("name") or "notebook"
    return info.title if info else str(name)


def _meta(nb, resources) -> dict:
    return {"code_version": code_version(), "section": _title(nb, resources)}


class CounterpartHTMLExporter(Exporter):
    """A notebook as a self-contained counterpart report page (no code, no scripts)."""

    export_from_notebook = "Counterpart HTML"
    output_mimetype = "text/html"
    file_extension = Unicode(".html")

    def from_notebook_node(self, nb, resources=None, **kw):
        nb, resources = super().from_notebook_node(nb, resources, **kw)
        title = _title(nb, resources)
        html = export_html(nb, title, title, _meta(nb, resources))
        resources["output_extension"] = ".html"
        return html, resources


class CounterpartPDFExporter(Exporter):
    """The same page laid out on A4 by WeasyPrint: running header, page x of y, fonts embedded."""

    export_from_notebook = "Counterpart PDF"
    output_mimetype = "application/pdf"
    file_extension = Unicode(".pdf")

    def from_notebook_node(self, nb, resources=None, **kw):
        nb, resources = super().from_notebook_node(nb, resources, **kw)
        title = _title(nb, resources)
        html = export_html(nb, title, title, _meta(nb, resources))
        data, _pages = render_pdf(html)
        resources["output_extension"] = ".pdf"
        return data, resources
