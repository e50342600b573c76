"""The nbconvert exporters, for real: `jupyter nbconvert --to counterpart_pdf`, and the Jupyter
server API that JupyterLab's "Save and Export Notebook As" menu reads and downloads through."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from conftest import NOTEBOOKS
from executed_report import executed_report
from pypdf import PdfReader

BIN = Path(sys.executable).parent
JUPYTER = str(BIN / "jupyter") if (BIN / "jupyter").exists() else shutil.which("jupyter")


def pdf_text(path: Path) -> tuple[int, str]:
    pdf = PdfReader(path)
    return len(pdf.pages), "\n".join(p.extract_text() for p in pdf.pages)


def test_exporters_are_registered_through_the_entry_point():
    from nbconvert.exporters import get_export_names, get_exporter

    assert {"counterpart_pdf", "counterpart_html"} <= set(get_export_names())
    pdf = get_exporter("counterpart_pdf")
    assert pdf.__module__ == "counterpart.runner.exporter"
    assert pdf.output_mimetype == "application/pdf" and pdf().file_extension == ".pdf"
    assert get_exporter("counterpart_html").output_mimetype == "text/html"


RENDER_LOOP = """
import gc
from counterpart.runner.export import render_pdf

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20

html = "<h1>Dalian - Liupanshui</h1><p>" + "Cooperation text. " * 200 + "</p>"
for i in range(41):
    render_pdf(html)
    if i in (10, 40):
        gc.collect()
        print(rss_mb())
"""


def test_a_worker_rendering_many_pdfs_does_not_grow():
    """Workers render hundreds of PDFs; a fresh WeasyPrint font configuration per PDF leaked."""
    out = subprocess.run(
        [sys.executable, "-c", RENDER_LOOP], capture_output=True, text=True, check=True
    ).stdout.split()
    after_10, after_40 = map(float, out)
    # With a font configuration per render this grew ~8 MB over 30 PDFs; now well under 1 MB.
    assert after_40 - after_10 < 4, f"RSS grew {after_40 - after_10:.1f} MB over 30 PDFs"


@pytest.mark.slow
def test_nbconvert_cli_makes_a_pdf_of_a_project_notebook_as_it_is(tmp_path):
    """Unexecuted, straight from notebooks/: no kernel and no data/ needed, no code shown."""
    out = subprocess.run(
        [JUPYTER, "nbconvert", "--to", "counterpart_pdf", str(NOTEBOOKS / "01-context.ipynb"),
         "--output-dir", str(tmp_path)],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    pages, text = pdf_text(tmp_path / "01-context.pdf")
    assert pages >= 1 and f"Page {pages} of {pages}" in text
    assert "The pairing" in text and "Timeline" in text  # its Markdown headings
    assert "open_report(" not in text and "import " not in text  # no code


@pytest.mark.slow
def test_nbconvert_cli_makes_the_print_pdf_of_an_executed_notebook(tmp_path_factory, tmp_path):
    folder, _ = executed_report(tmp_path_factory)  # sections executed by `counterpart run`
    executed = shutil.copy(folder / "02-actors.ipynb", tmp_path / "02-actors.ipynb")
    out = subprocess.run(
        [JUPYTER, "nbconvert", "--to", "counterpart_pdf", str(executed)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    pages, text = pdf_text(tmp_path / "02-actors.pdf")
    assert pages >= 3 and f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    # the section title comes from the notebook's metadata, the pairing from its title block
    assert text.startswith("Actors\n") and "\nDalian → Liupanshui\n" in text
    assert "Chen Yiqin" in text
    assert "Source: [" in text and "http://en.dl.gov.cn/News/ChinaNews/24772.jhtml" in text
    assert "open_report(" not in text and "import " not in text and "Traceback" not in text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_jupyter_server_offers_and_serves_the_pdf_export(tmp_path):
    """What JupyterLab does: list exporters from /api/nbconvert, download /nbconvert/<name>/<nb>."""
    shutil.copy(NOTEBOOKS / "03-commitments.ipynb", tmp_path / "03-commitments.ipynb")
    port, token, log = _free_port(), "counterpart-test", tmp_path / "server.log"
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    with log.open("wb") as err:
        server = subprocess.Popen(
            [JUPYTER, "server", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
             f"--ServerApp.root_dir={tmp_path}", f"--IdentityProvider.token={token}",
             "--allow-root"],
            stdout=subprocess.DEVNULL, stderr=err, env=env,
        )  # fmt: skip
    base, auth = f"http://127.0.0.1:{port}", {"Authorization": f"token {token}"}
    try:
        for _ in range(150):
            try:
                if requests.get(f"{base}/api/status", headers=auth, timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.2)
        else:
            pytest.fail(f"jupyter server did not start: {log.read_text()[-2000:]}")
        exporters = requests.get(f"{base}/api/nbconvert", headers=auth, timeout=10).json()
        assert exporters["counterpart_pdf"] == {"output_mimetype": "application/pdf"}
        got = requests.get(
            f"{base}/nbconvert/counterpart_pdf/03-commitments.ipynb?download=true",
            headers=auth,
            timeout=60,
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert got.status_code == 200, got.text[:500]
    assert got.headers["Content-Type"].startswith("application/pdf")
    assert "03-commitments.pdf" in got.headers["Content-Disposition"]
    (tmp_path / "download.pdf").write_bytes(got.content)
    pages, text = pdf_text(tmp_path / "download.pdf")
    assert f"Page {pages} of {pages}" in text and "Commitments" in text
