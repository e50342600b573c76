"""The contract between notebooks, runs and the brief is written down: metadata and cell tags."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import nbformat
import pytest
from conftest import NOTEBOOKS

from counterpart.errors import ParameterError
from counterpart.runner.brief import read_sections
from counterpart.runner.notebooks import list_notebooks, report_sections, select_notebooks

SECTIONS = ["context", "actors", "commitments", "indicators"]


def _tags(nb) -> list[set[str]]:
    return [set(c.get("metadata", {}).get("tags", [])) for c in nb.cells]


def test_each_report_notebook_declares_its_section_and_tags_its_cells():
    found = report_sections(NOTEBOOKS)
    assert [info.section for _, info in found] == SECTIONS
    for path, info in found:
        nb = nbformat.read(path, as_version=4)
        assert nb.metadata["counterpart"]["title"] == info.title
        tags = _tags(nb)
        assert {"parameters"} == tags[0], path  # papermill's contract: the first cell
        assert any("title-block" in t for t in tags), path
        assert sum("sources" in t for t in tags) == 2, path  # the heading and the list
        assert "title" not in nb.metadata  # the title lives in one place
    assert (NOTEBOOKS / "extract.ipynb").exists()
    assert NOTEBOOKS / "extract.ipynb" not in list_notebooks(NOTEBOOKS)  # no metadata: no report


def _fifth(folder, name="99-funds.ipynb", **meta):
    nb = nbformat.read(NOTEBOOKS / "01-context.ipynb", as_version=4)
    nb.metadata["counterpart"] = {"section": "funds", "title": "Funds by year", "order": 5, **meta}
    nbformat.write(nb, folder / name)


def test_a_new_notebook_is_a_report_by_its_metadata_not_its_file_name(tmp_path):
    for name in ("01-context.ipynb", "04-indicators.ipynb", "extract.ipynb"):
        shutil.copy(NOTEBOOKS / name, tmp_path)
    _fifth(tmp_path, "funds by year.ipynb", order=2.5)  # any file name
    assert [p.name for p in list_notebooks(tmp_path)] == [
        "01-context.ipynb",
        "funds by year.ipynb",
        "04-indicators.ipynb",
    ]
    assert select_notebooks(tmp_path, ["funds"])[0].name == "funds by year.ipynb"
    with pytest.raises(ParameterError, match="Valid notebooks: context, funds, indicators"):
        select_notebooks(tmp_path, ["actors"])


def test_unclear_metadata_is_an_error_naming_the_notebook(tmp_path):
    shutil.copy(NOTEBOOKS / "01-context.ipynb", tmp_path)
    _fifth(tmp_path, section="context")
    with pytest.raises(ParameterError, match="both declare section 'context'"):
        list_notebooks(tmp_path)
    (tmp_path / "99-funds.ipynb").unlink()
    _fifth(tmp_path, title="")
    with pytest.raises(ParameterError, match=r"99-funds.ipynb: metadata.counterpart must name"):
        list_notebooks(tmp_path)


def _executed(section: str, title: str, order: int) -> nbformat.NotebookNode:
    """A section as papermill leaves it, written by hand: tagged cells with their outputs."""

    def cell(html: str, *tags: str):
        c = nbformat.v4.new_code_cell("...", metadata={"tags": list(tags)})
        c.outputs = [nbformat.v4.new_output("display_data", {"text/html": html})]
        return c

    nb = nbformat.v4.new_notebook(
        metadata={
            "counterpart": {"section": section, "title": title, "order": order},
            "papermill": {"parameters": {"pairing": "p", "as_of": "2020-01-01"}},
        }
    )
    nb.cells = [
        cell("", "parameters"),
        cell(f"<header>TITLE BLOCK of {title}</header>", "title-block"),
        nbformat.v4.new_markdown_cell("## The body"),
        cell(f"<p>Body of {title}</p>"),
        nbformat.v4.new_markdown_cell("## Sources", metadata={"tags": ["sources"]}),
        cell("<ol><li>SOURCE LIST</li></ol>", "sources"),
    ]
    return nb


def test_the_brief_takes_titles_from_metadata_and_leaves_out_tagged_cells(tmp_path):
    nbformat.write(_executed("funds", "Money by year", 5), tmp_path / "a.ipynb")
    nbformat.write(_executed("context", "Context", 1), tmp_path / "b.ipynb")
    (tmp_path / "notes.ipynb").write_text(json.dumps(nbformat.v4.new_notebook()))  # not a section
    sections = read_sections(tmp_path, "p", dt.date(2020, 1, 1))
    assert [s.title for s in sections] == ["Context", "Money by year"]
    body = sections[1].body
    assert "Body of Money by year" in body and "The body" in body
    assert "TITLE BLOCK" not in body and "SOURCE LIST" not in body and "Sources" not in body
    assert "<main" not in body and "<html" not in body  # the cells alone, no page around them


def test_the_injected_parameter_check_reads_typed_parameters():
    from counterpart.reports.params import _assigned

    cell = 'pairing: str = "dalian-liupanshui"  # help\nas_of = "today"\nx: int\n'
    assert _assigned(cell) == {"pairing", "as_of", "x"}
