"""The import contract (pyproject.toml, `make lint`) holds, and it really catches a wrong-way import."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(project / "pyproject.toml"), "--no-cache"],
        cwd=project / "src",
        capture_output=True,
        text=True,
        timeout=120,
    )


def _copy_project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(
        ROOT / "src", project / "src", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    return project


def test_the_package_keeps_its_layers(tmp_path):
    result = _lint(_copy_project(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_a_wrong_way_import_breaks_the_contract(tmp_path):
    project = _copy_project(tmp_path)
    scope = project / "src" / "counterpart" / "dataset" / "scope.py"
    # The dataset layer reaching up into the runner: exactly what the contract forbids.
    scope.write_text(scope.read_text() + "\nfrom ..runner import jobs  # noqa: E402,F401\n")
    result = _lint(project)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout
    assert "counterpart.dataset.scope -> counterpart.runner.jobs" in result.stdout


def test_planning_a_run_imports_no_kernel_or_plotting_library():
    """A night with nothing to rebuild should cost a second: the planner must not load matplotlib
    (reports' charts) or jupyter_client (kernels) just to find that nothing changed."""
    code = (
        "import sys, counterpart.cli, counterpart.runner.run, counterpart.reports.params;"
        "print(sorted(m for m in ('matplotlib', 'jupyter_client', 'nbclient', 'weasyprint')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
