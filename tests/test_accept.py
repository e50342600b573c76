"""Accepting a review file: validated with the whole dataset, all or nothing, traced to its rows."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest
import yaml
from conftest import DATA

from counterpart.cli import main
from counterpart.dataset import load_dataset
from counterpart.dataset.append import append_rows
from counterpart.dataset.schema import read_schema
from counterpart.dataset.validate import validate_tables
from counterpart.errors import DataValidationError
from counterpart.ingest.extract import extract_file
from counterpart.ingest.review import ReviewFileError, accept_review, read_review, write_review

ARTICLE = """\
Dalian and Liupanshui Review Their 2020 Cooperation

On December 18, 2020, a meeting on poverty alleviation cooperation between Dalian and Liupanshui was held in Liupanshui. Zhou Hongwei, vice mayor of Dalian, and Li Gang, mayor of Liupanshui, attended the meeting. Zhou Hongwei said that Dalian will keep up its support. <b>Bold</b> & <script>alert(1)</script>

Up to now, Dalian has invested a total of 787 million yuan in funds and materials, implemented nearly twelve hundred aid projects and trained about 12,000 cadres and professionals.

At the meeting, the two cities signed three agreements on cooperation in building a vocational school, and promoting sales of Liupanshui goods in Dalian.
"""
URL = "http://en.dl.gov.cn/News/ChinaNews/26001.jhtml"


def _snapshot(data_dir):
    return {
        p.relative_to(data_dir).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


@pytest.fixture
def review_file(tmp_path, data_copy):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    ex = extract_file(article, source_url=URL, data_dir=data_copy)
    return write_review(ex, tmp_path / "article.review.yaml", data_copy)


def _edit(path, changes):
    """Apply {candidate label: {key: value or {field: value}}} to a review file."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    for c in doc["candidates"]:
        for label, change in changes.items():
            if c["label"] == label:
                for k, v in change.items():
                    if k == "fields":
                        c["fields"].update(v)
                    else:
                        c[k] = v
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")


def test_accept_then_validate_new_rows_cite_source_and_paragraph(review_file, data_copy):
    result = accept_review(review_file, data_copy)
    ds = load_dataset(data_copy)  # validates
    src = ds.sources.set_index("source_id").loc["dl-26001"]
    assert (src["url"], src["document"]) == (URL, "sources/dl-26001.txt")
    stored = (data_copy / "sources" / "dl-26001.txt").read_text(encoding="utf-8")
    assert stored == ARTICLE and "<script>alert(1)</script>" in stored
    com = ds.commitments.set_index("commitment_id").loc["dl-26001-yuan-787000000"]
    assert (com["quantity"], com["qualifier"], com["cumulative"]) == (787_000_000, "exact", True)
    assert (com["source_id"], com["paragraph"]) == ("dl-26001", 2)
    assert (
        com["evidence"] == "Dalian has invested a total of 787 million yuan in funds and materials"
    )
    zhou = ds.actors.set_index("actor_id").loc["zhou-hongwei"]
    assert (zhou["kind"], zhou["side"], zhou["paragraph"]) == ("person", "east", 1)
    # Li Gang is known: reused, not added again
    assert any(i == "li-gang" for _, i in result.reused)
    assert (ds.actors["actor_id"] == "li-gang").sum() == 1
    parts = ds.participations[ds.participations["source_id"] == "dl-26001"]
    assert set(zip(parts["actor_id"], parts["role"], strict=True)) >= {
        ("zhou-hongwei", "attended"),
        ("li-gang", "attended"),
        ("zhou-hongwei", "spoke"),
    }
    # low-confidence suggestions (observations of existing indicators) were left out
    assert not (ds.observations["source_id"] == "dl-26001").any()
    assert any("not reviewed" in why for _, why in result.left_out)


def test_rejected_and_unedited_review_rows_are_left_out_edited_ones_go_in(review_file, data_copy):
    _edit(
        review_file,
        {
            "about 12000 persons": {"decision": "reject"},
            # an unsure suggestion, edited by the analyst: goes in although still "review"
            "dalian-liupanshui-funds-cumulative = 787000000": {
                "fields": {"evidence": "a total of 787 million yuan"}
            },
        },
    )
    accept_review(review_file, data_copy)
    ds = load_dataset(data_copy)
    assert "dl-26001-persons-12000" not in set(ds.commitments["commitment_id"])
    obs = ds.observations[ds.observations["source_id"] == "dl-26001"]
    assert list(obs["value"]) == [787_000_000]
    assert list(obs["evidence"]) == ["a total of 787 million yuan"]


def test_rejecting_an_event_leaves_out_the_rows_that_need_it(review_file, data_copy):
    _edit(review_file, {"meeting: December 18, 2020": {"decision": "reject"}})
    result = accept_review(review_file, data_copy)
    load_dataset(data_copy)
    assert any("needs c2 (event_id)" in why for _, why in result.left_out)
    # the signing event stays, its optional reference to the meeting blanked
    assert [f for _, f in result.blanked] == ["parent_event_id"]


def test_invalid_edit_names_review_row_and_field_and_writes_nothing(review_file, data_copy):
    before = _snapshot(data_copy)
    _edit(
        review_file,
        {
            "meeting: December 18, 2020": {"fields": {"start_date": "2020-13-01"}},
            "exact 787000000 yuan": {"fields": {"unit": "dollars"}},
        },
    )
    text = review_file.read_text(encoding="utf-8").splitlines()
    with pytest.raises(ReviewFileError) as info:
        accept_review(review_file, data_copy)
    problems = {(p.column, p.row): p for p in info.value.problems}
    assert set(c for c, _ in problems) == {"start_date", "unit"}
    for (column, row), p in problems.items():
        assert p.file == str(review_file)
        assert text[row - 1].strip().startswith(f"{column}:"), (row, text[row - 1])
    assert "candidate c2 (events.csv)" in str(info.value)
    assert "'dollars' is not allowed" in str(info.value)
    assert _snapshot(data_copy) == before


def test_bad_decision_or_column_is_reported_before_anything_runs(review_file, data_copy):
    before = _snapshot(data_copy)
    _edit(
        review_file,
        {
            "Zhou Hongwei": {"decision": "maybe", "fields": {"colour": "red"}},
        },
    )
    with pytest.raises(ReviewFileError, match="'maybe' is not a decision; use one of: accept"):
        accept_review(review_file, data_copy)
    _edit(review_file, {"Zhou Hongwei": {"decision": "accept"}})
    with pytest.raises(ReviewFileError, match="actors.csv has no column 'colour'"):
        accept_review(review_file, data_copy)
    assert _snapshot(data_copy) == before


def test_changed_article_or_broken_yaml_is_refused(review_file, data_copy, tmp_path):
    (tmp_path / "article.txt").write_text(ARTICLE + "\nMore.\n", encoding="utf-8")
    with pytest.raises(ReviewFileError, match="changed since extraction"):
        accept_review(review_file, data_copy)
    review_file.write_text("format: 1\ncandidates: [\n", encoding="utf-8")
    with pytest.raises(ReviewFileError, match="not valid YAML"):
        read_review(review_file)


def test_unquoted_yaml_dates_are_read_as_text(review_file):
    text = review_file.read_text(encoding="utf-8").replace("'2020-12-18'", "2020-12-18")
    review_file.write_text(text, encoding="utf-8")
    review = read_review(review_file)
    event = next(c for c in review.candidates if c.kind == "event")
    assert event.fields["start_date"] == "2020-12-18"
    assert not review.edited[event.id]


def test_dry_run_and_cli(review_file, data_copy, capsys, tmp_path):
    before = _snapshot(data_copy)
    assert main(["accept", str(review_file), "--data-dir", str(data_copy), "--dry-run"]) == 0
    assert "nothing was written" in capsys.readouterr().out
    assert _snapshot(data_copy) == before
    article = tmp_path / "article.txt"
    out = tmp_path / "cli.review.yaml"
    code = main(
        ["extract", str(article), "--source-url", URL, "--data-dir", str(data_copy), "-o", str(out)]
    )
    assert code == 0 and "candidates" in capsys.readouterr().out
    assert main(["accept", str(out), "--data-dir", str(data_copy)]) == 0
    assert "the dataset validates" in capsys.readouterr().out
    assert main(["validate", "--data-dir", str(data_copy)]) == 0
    assert main(["accept", str(out), "--data-dir", str(data_copy)]) == 3  # ids now taken
    assert "duplicate id" in capsys.readouterr().err


def test_cli_extract_bad_input_exit_code(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["extract", str(empty), "--source-url", URL]) == 2
    assert "is empty" in capsys.readouterr().err


def test_append_rows_is_all_or_nothing_across_tables(data_copy):
    before = _snapshot(data_copy)
    rows = [
        (
            "actors",
            {
                "actor_id": "zhou-hongwei",
                "name": "Zhou Hongwei",
                "kind": "person",
                "source_id": "dl-24772",
            },
        ),
        (
            "positions",
            {
                "position_id": "zhou-x",
                "actor_id": "zhou-hongwei",
                "title": "Vice mayor",
                "source_id": "nope",
            },
        ),
    ]
    with pytest.raises(DataValidationError) as info:
        append_rows(data_copy, rows)
    assert [(p.file, p.column) for p in info.value.problems] == [("positions.csv", "source_id")]
    assert info.value.new_rows == [("actors.csv", 50), ("positions.csv", 30)]
    assert _snapshot(data_copy) == before
    rows[1][1]["source_id"] = "dl-24772"
    assert append_rows(data_copy, rows) == [("actors.csv", 50), ("positions.csv", 30)]
    assert not validate_tables(data_copy, read_schema(data_copy))[1]


def test_real_data_is_untouched_by_these_tests():
    assert (DATA / "sources.csv").read_text(encoding="utf-8").count("dl-26001") == 0


@pytest.mark.slow
def test_extract_notebook_adds_to_the_dataset_it_is_given_and_nothing_else(tmp_path, data_copy):
    import papermill
    from conftest import NOTEBOOKS, PROJECT_DATA

    before = {d: _snapshot(d) for d in (DATA, PROJECT_DATA)}
    out = tmp_path / "extract.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOKS / "extract.ipynb"),
        str(out),
        parameters={"data_dir": str(data_copy)},
        cwd=str(NOTEBOOKS),
        progress_bar=False,
    )
    text = out.read_text(encoding="utf-8")
    assert "the dataset validates" in text and "kept wang-qingxian" in text
    assert "ghfbfa-429-demo" in set(load_dataset(data_copy).sources["source_id"])
    assert {d: _snapshot(d) for d in before} == before


OPEN_UNITS = """\
Dalian Hatcheries Help Liupanshui

On May 6, 2021, Dalian and Liupanshui held a meeting in Liupanshui. Dalian has built 38 hatcheries in Liupanshui and invested 120 million yuan there.
"""


def test_a_figure_whose_unit_the_data_does_not_know_is_reviewed_and_accepts_cleanly(
    tmp_path, data_copy
):
    article = tmp_path / "hatcheries.txt"
    article.write_text(OPEN_UNITS, encoding="utf-8")
    ex = extract_file(article, source_url="http://en.dl.gov.cn/a/77001.jhtml", data_dir=data_copy)
    hatch = next(c for c in ex.of_kind("figure") if c.label == "exact 38 hatcheries")
    assert hatch.decision == "review" and hatch.fields["unit"] == ""
    path = write_review(ex, tmp_path / "hatcheries.review.yaml", data_copy)
    result = accept_review(path, data_copy, dry_run=True)  # left out by default
    assert any(cid == hatch.id for cid, _ in result.left_out)
    _edit(path, {"exact 38 hatcheries": {"decision": "accept"}})
    accept_review(path, data_copy)
    ds = load_dataset(data_copy)  # validates: an empty unit is allowed, a made-up one is not
    hatcheries = ds.commitments.set_index("commitment_id").loc["dl-77001-hatcheries-38"]
    assert hatcheries["value_text"] == "38 hatcheries" and pd.isna(hatcheries["unit"])
    assert "dl-77001-yuan-120000000" in set(ds.commitments["commitment_id"])
