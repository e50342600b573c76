"""`make lab` starts JupyterLab on notebooks/, as root too (the usual user in a container)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from conftest import ROOT

VENV = Path(sys.executable).parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_make_lab_allows_root_exactly_when_run_as_root():
    out = subprocess.run(["make", "-n", "lab", f"VENV={VENV}", "-o", f"{VENV}/.report-stamp"],
                         cwd=ROOT, capture_output=True, text=True)  # fmt: skip
    assert out.returncode == 0, out.stderr
    (command,) = [line for line in out.stdout.splitlines() if "jupyter lab" in line]
    assert ("--allow-root" in command) == (os.getuid() == 0)
    assert command.endswith("notebooks/")


@pytest.mark.slow
def test_make_lab_starts_and_serves_the_notebooks(tmp_path):
    port, token, log = _free_port(), "counterpart-lab-test", tmp_path / "lab.log"
    args = f"--no-browser --port={port} --ip=127.0.0.1 --IdentityProvider.token={token}"
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    with log.open("wb") as err:
        lab = subprocess.Popen(
            ["make", "lab", f"VENV={VENV}", "-o", f"{VENV}/.report-stamp", f"LAB_ARGS={args}"],
            cwd=ROOT, stdout=err, stderr=err, env=env, start_new_session=True,
        )  # fmt: skip
    base, auth = f"http://127.0.0.1:{port}", {"Authorization": f"token {token}"}
    try:
        deadline = time.monotonic() + 90
        while True:
            assert lab.poll() is None, f"make lab exited: {log.read_text()[-2000:]}"
            assert time.monotonic() < deadline, f"no JupyterLab: {log.read_text()[-2000:]}"
            try:
                if requests.get(f"{base}/api/status", headers=auth, timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.3)
        listing = requests.get(f"{base}/api/contents", headers=auth, timeout=10).json()
        page = requests.get(f"{base}/lab", headers=auth, timeout=10)
    finally:
        os.killpg(lab.pid, signal.SIGTERM)  # make and the server it started, nothing else
        lab.wait(timeout=30)
    names = {item["name"] for item in listing["content"]}
    assert {"01-context.ipynb", "04-indicators.ipynb"} <= names  # rooted at notebooks/
    assert page.status_code == 200 and "JupyterLab" in page.text
