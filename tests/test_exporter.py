"""The nbconvert exporters: `jupyter nbconvert --to counterpart_pdf` on a notebook, for real."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import NOTEBOOKS
from pypdf import PdfReader

pytestmark = pytest.mark.slow


def test_exporters_are_registered_for_jupyterlab():
    from nbconvert.exporters import get_export_names, get_exporter

    assert {"counterpart_pdf", "counterpart_html"} <= set(get_export_names())
    # JupyterLab lists exporters that set export_from_notebook in "Save and Export Notebook As"
    assert get_exporter("counterpart_pdf").export_from_notebook == "Counterpart PDF"
    assert get_exporter("counterpart_pdf").output_mimetype == "application/pdf"


def test_nbconvert_cli_makes_the_print_pdf_of_a_notebook(tmp_path):
    executed = tmp_path / "02-actors.ipynb"
    subprocess.run(
        [sys.executable, "-m", "papermill", str(NOTEBOOKS / "02-actors.ipynb"), str(executed),
         "-p", "pairing", "dalian-liupanshui", "-p", "as_of", "2019-12-31",
         "--cwd", str(NOTEBOOKS), "--no-progress-bar"],
        check=True, capture_output=True,
    )  # fmt: skip
    jupyter = Path(sys.executable).with_name("jupyter")
    jupyter = str(jupyter) if jupyter.exists() else shutil.which("jupyter")
    out = subprocess.run(
        [jupyter, "nbconvert", "--to", "counterpart_pdf", str(executed)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    pdf = PdfReader(tmp_path / "02-actors.pdf")
    text = " ".join(p.extract_text() for p in pdf.pages)
    assert len(pdf.pages) >= 3
    assert "Chen Yiqin" in text and f"Page 1 of {len(pdf.pages)}" in text
    assert "open_report(" not in text and "import " not in text  # no code, as in reports
