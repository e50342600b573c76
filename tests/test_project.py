"""House rules that keep the repository healthy: clean notebooks, deps in step, reports untracked."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile

import pytest
import tomllib
import yaml
from conftest import NOTEBOOKS, ROOT


def test_notebooks_are_committed_without_outputs():
    for path in NOTEBOOKS.glob("*.ipynb"):
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None, path.name


def test_each_notebook_has_one_tagged_parameters_cell_first():
    for path in NOTEBOOKS.glob("*.ipynb"):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        tagged = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
        assert len(tagged) == 1 and tagged[0] is cells[0], path.name


def _name(spec: str) -> tuple[str, str]:
    m = re.match(r"^([A-Za-z0-9_.\-]+)\s*(.*)$", spec.strip())
    return m.group(1).lower(), m.group(2).replace(" ", "")


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_environment_yml_matches_pyproject():
    """The conda environment is the report one: the project's dependencies and JupyterLab."""
    project = _pyproject()["project"]
    wanted = dict(
        _name(s) for s in project["dependencies"] + project["optional-dependencies"]["lab"]
    )
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = dict(_name(s) for s in env["dependencies"] if isinstance(s, str))
    conda.pop("python")
    conda.pop("pip")
    pip = env["dependencies"][-1]["pip"]  # what conda-forge lacks, then the project itself
    conda.update(_name(s) for s in pip[:-1])
    assert conda == wanted
    assert pip[-1] == "-e ."


def test_reports_need_no_test_tools_and_make_report_installs_no_browser():
    extras = _pyproject()["project"]["optional-dependencies"]
    report = {_name(s)[0] for s in _pyproject()["project"]["dependencies"] + extras["lab"]}
    test_only = {"pytest", "pypdf", "pdfplumber", "playwright", "ruff", "import-linter"}
    assert not report & test_only
    assert test_only - {"ruff", "import-linter"} <= {_name(s)[0] for s in extras["test"]}
    assert "counterpart[test]" in extras["dev"]
    # what a fresh machine runs for `make report`, then for `make test` (-n: print, do not run)
    report = _make_dry_run("report")
    assert "./scripts/install-system-deps.sh" in report and "--browser" not in report
    assert "pip install --quiet -e '.[lab]'" in report and "[dev]" not in report
    test = _make_dry_run("test")
    assert "./scripts/install-system-deps.sh --browser" in test and "-e '.[dev]'" in test


def _make_dry_run(target: str) -> str:
    out = subprocess.run(["make", "-n", "-B", target], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_licence_is_an_spdx_expression_with_its_text():
    project = _pyproject()
    assert project["project"]["license"] == "MIT"
    assert project["build-system"]["requires"] == ["setuptools>=77"]
    assert "MIT License" in (ROOT / "LICENSE").read_text()


def test_every_test_file_the_docs_name_exists():
    docs = ["README.md", "data/README.md", "environment.yml", "Makefile", "pyproject.toml",
            "tests/fixtures/README.md", "bench/README.md"]  # fmt: skip
    named = {
        m for doc in docs if (ROOT / doc).exists()
        for m in re.findall(r"tests/[\w/.-]+\.py", (ROOT / doc).read_text(encoding="utf-8"))
    }  # fmt: skip
    assert named and all((ROOT / m).is_file() for m in named), sorted(
        m for m in named if not (ROOT / m).is_file()
    )


def test_reports_are_not_tracked():
    out = subprocess.run(["git", "ls-files", "reports"], cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:  # not a git checkout (e.g. an sdist): nothing to check
        return
    assert out.stdout.split() in ([], ["reports/README.md"])


@pytest.mark.slow
def test_the_package_builds_with_current_licence_metadata_and_no_deprecation(tmp_path):
    """An isolated build, as pip does it: setuptools new enough for `license = "MIT"`."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "src", project / "src", ignore=shutil.ignore_patterns("*.egg-info"))
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, project / name)
    out = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-v", "-w", str(tmp_path), str(project)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    assert "Deprecat" not in out.stdout + out.stderr
    (wheel,) = tmp_path.glob("counterpart-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        metadata = zf.read("counterpart-0.1.0.dist-info/METADATA").decode()
        names = zf.namelist()
    assert "License-Expression: MIT" in metadata
    assert "counterpart-0.1.0.dist-info/licenses/LICENSE" in names
