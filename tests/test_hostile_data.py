"""The hostile catalogue, data side: each bad input gives exactly one message, located, and no
follow-on errors; the files are left as they were (validation never writes)."""

from __future__ import annotations

import json

import pytest
from conftest import edit_cell

from counterpart.dataset.load import load_dataset
from counterpart.dataset.schema import read_schema
from counterpart.dataset.validate import validate_tables
from counterpart.errors import DataValidationError


def problems(data_dir) -> list[str]:
    _, found = validate_tables(data_dir, read_schema(data_dir))
    return [str(p) for p in found]


def snapshot(data_dir) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in data_dir.glob("*.csv")}


DATES = [  # (table, row id, date column, bad text, why) — every date column of the dataset
    ("observations", "dalian-liupanshui-funds-2019-08", "ref_date", "2019-02-30",
     "'2019-02-30' is not a real date (day is out of range for month)"),
    ("observations", "dalian-liupanshui-funds-2019-08", "ref_date", "30/08/2019",
     "'30/08/2019' is not a date; write YYYY-MM-DD"),
    ("observations", "dalian-liupanshui-funds-2019-08", "ref_date", "unknown",
     "'unknown' is not allowed in this column: datapackage.json lists unknown only for the "
     "columns a source can be silent on; write the value"),
    ("observations", "dalian-liupanshui-funds-2019-08", "ref_date", "", "a value is required here"),
    ("sources", "dl-24772", "published", "2019-02-29",
     "'2019-02-29' is not a real date (day is out of range for month) (unknown is also accepted here, where the source is silent)"),
    ("sources", "dl-24772", "available_from", "2019-13-01",
     "'2019-13-01' is not a real date (month must be in 1..12) (unknown is also accepted here, where the source is silent)"),
    ("positions", "chen-yiqin-guizhou-deputy-secretary", "stated_on", "31/12/2018",
     "'31/12/2018' is not a date; write YYYY-MM-DD"),
    ("events", "guizhou-delegation-liaoning-2019", "start_date", "2019-08-32",
     "'2019-08-32' is not a real date (day is out of range for month) (unknown is also accepted here, where the source is silent)"),
    ("events", "guizhou-delegation-liaoning-2019", "end_date", "2019-09-31",
     "'2019-09-31' is not a real date (day is out of range for month) (unknown is also accepted here, where the source is silent)"),
    ("commitments", "dalian-funds-materials-2019", "as_of_date", "2019-04-31",
     "'2019-04-31' is not a real date (day is out of range for month) (unknown is also accepted here, where the source is silent)"),
    ("indicators", "dalian-liupanshui-funds-cumulative", "baseline_date", "2018-02-30",
     "'2018-02-30' is not a real date (day is out of range for month) (unknown is also accepted here, where the source is silent)"),
    ("indicators", "dalian-liupanshui-funds-cumulative", "target_date", "Aug 2020",
     "'Aug 2020' is not a date; write YYYY-MM-DD (unknown is also accepted here, where the source is silent)"),
]  # fmt: skip


@pytest.mark.parametrize(("table", "row", "column", "text", "why"), DATES)
def test_an_impossible_date_in_any_date_column_is_file_row_column(
    data_copy, table, row, column, text, why
):
    line = edit_cell(data_copy, table, row, column, text)
    before = snapshot(data_copy)
    assert problems(data_copy) == [f"{table}.csv:{line}:{column}: {why}"]
    with pytest.raises(DataValidationError) as err:
        load_dataset(data_copy, cache=False)
    assert f"{table}.csv:{line}:{column}: {why}" in str(err.value)
    assert snapshot(data_copy) == before


NUMBERS = [
    ("observations", "dalian-liupanshui-funds-2019-08", "value", "1e309",
     "'1e309' is too large to be a number (it overflows to infinity)"),
    ("commitments", "dalian-funds-materials-2019", "quantity", "1E400",
     "'1E400' is too large to be a number (it overflows to infinity)"),
    ("indicators", "dalian-liupanshui-funds-cumulative", "target_value", "-1e999",
     "'-1e999' is too large to be a number (it overflows to infinity) "
     "(unknown is also accepted here, where the source is silent)"),
    ("observations", "dalian-liupanshui-funds-2019-08", "value", "inf",
     "'inf' is not a number (write 487000000, not 487 million or 487,000,000)"),
    ("observations", "dalian-liupanshui-funds-2019-08", "value", "NaN",
     "'NaN' is not a number (write 487000000, not 487 million or 487,000,000)"),
    ("observations", "dalian-liupanshui-funds-2019-08", "value", "487,000,000",
     "'487,000,000' is not a number (write 487000000, not 487 million or 487,000,000)"),
]  # fmt: skip


@pytest.mark.parametrize(("table", "row", "column", "text", "why"), NUMBERS)
def test_numbers_must_be_finite_and_plain(data_copy, table, row, column, text, why):
    line = edit_cell(data_copy, table, row, column, text)
    assert problems(data_copy) == [f"{table}.csv:{line}:{column}: {why}"]


FORMULAS = [
    '=HYPERLINK("http://x.example","click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
]


@pytest.mark.parametrize("text", FORMULAS)
def test_a_formula_looking_cell_in_data_is_flagged(data_copy, text):
    line = edit_cell(data_copy, "actors", "chen-yiqin", "notes", text)
    assert problems(data_copy) == [
        f"actors.csv:{line}:notes: {text[:30]!r} starts with {text[0]!r}, which a spreadsheet "
        "runs as a formula; begin the cell with an apostrophe (') to keep it text"
    ]


def test_a_neutralised_formula_validates_and_reads_back_as_written(data_copy):
    edit_cell(data_copy, "actors", "chen-yiqin", "notes", "'=1+1")
    assert problems(data_copy) == []
    ds = load_dataset(data_copy, cache=False)
    assert ds.actors.set_index("actor_id").loc["chen-yiqin", "notes"] == "=1+1"


@pytest.mark.parametrize(
    "path", ["../../etc/passwd", "/etc/passwd", "sources/../../outside.txt", "C:/Windows/x.txt"]
)
def test_a_document_path_outside_data_is_refused(data_copy, path):
    (data_copy.parent / "outside.txt").write_text("Title\n\nsecret", encoding="utf-8")
    line = edit_cell(data_copy, "sources", "dl-24772", "document", path)
    found = problems(data_copy)
    assert found[0] == (
        f"sources.csv:{line}:document: {path!r} is outside the data folder; store the document "
        "under sources/ and give its path relative to the data folder"
    )
    assert len(found) == 1  # the rows citing it are not checked against a file outside


def test_a_symlink_leading_out_of_data_is_refused(data_copy):
    (data_copy.parent / "outside.txt").write_text("Title\n\nsecret", encoding="utf-8")
    (data_copy / "sources" / "link.txt").symlink_to(data_copy.parent / "outside.txt")
    line = edit_cell(data_copy, "sources", "dl-24772", "document", "sources/link.txt")
    assert problems(data_copy)[0].startswith(
        f"sources.csv:{line}:document: 'sources/link.txt' is outside the data folder"
    )


def test_a_pairing_hierarchy_with_a_cycle_is_an_error(data_copy):
    line = edit_cell(data_copy, "pairings", "east-west-national", "parent_pairing_id",
                     "dalian-liupanshui")  # fmt: skip
    assert problems(data_copy) == [
        f"pairings.csv:{line}:parent_pairing_id: the hierarchy loops: east-west-national → "
        "dalian-liupanshui → liaoning-guizhou → east-west-national; one of them must have no parent"
    ]


def test_a_pairing_that_is_its_own_parent_is_an_error(data_copy):
    line = edit_cell(data_copy, "pairings", "shandong-gansu", "parent_pairing_id",
                     "shandong-gansu")  # fmt: skip
    assert problems(data_copy) == [
        f"pairings.csv:{line}:parent_pairing_id: the hierarchy loops: shandong-gansu → "
        "shandong-gansu; one of them must have no parent"
    ]


def test_text_with_a_line_separator_is_stored_as_text(data_copy):
    edit_cell(data_copy, "actors", "chen-yiqin", "notes", "first\u2028second\u2029third\x85end")
    assert problems(data_copy) == []
    ds = load_dataset(data_copy, cache=False)
    assert ds.actors.set_index("actor_id").loc["chen-yiqin", "notes"] == (
        "first\u2028second\u2029third\x85end"
    )


# --- whole files: one message naming the problem, not hundreds -------------------------------


def test_a_byte_order_mark_is_named_once(data_copy):
    path = data_copy / "observations.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert problems(data_copy) == [
        'observations.csv:1: starts with a byte-order mark (as Excel\'s "CSV UTF-8" saves it); '
        "save it as UTF-8 without one"
    ]


def test_semicolons_between_columns_are_named_once(data_copy):
    path = data_copy / "observations.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",", ";"), encoding="utf-8")
    found = problems(data_copy)
    assert found[0] == (
        "observations.csv:1: columns are separated by ';' (a spreadsheet's regional CSV "
        "setting); save it with ',' between columns"
    )
    assert len(found) == 1


def test_a_latin1_file_names_the_encoding_and_line(data_copy):
    path = data_copy / "actors.csv"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.encode("utf-8").replace(b"Chen Yiqin", b"Ch\xe9n Yiqin", 1))
    line = text[: text.index("Chen Yiqin")].count("\n") + 1
    (found,) = problems(data_copy)
    assert found.startswith(f"actors.csv:{line}: not UTF-8 text (invalid continuation byte")
    assert found.endswith('save the file as UTF-8 (a spreadsheet\'s "CSV UTF-8")')


def test_one_malformed_row_does_not_hide_the_rest(data_copy):
    path = data_copy / "observations.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1] + ",extra"
    bad_date = lines[2].replace("2019-08-31", "2019-02-30", 1)
    lines[2] = bad_date
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    columns = len(lines[0].split(","))
    assert problems(data_copy) == [
        f"observations.csv:2: has {columns + 1} cells, the header has {columns}",
        "observations.csv:3:ref_date: '2019-02-30' is not a real date (day is out of range for "
        "month)",
    ]


def test_an_unreadable_table_is_one_problem_not_one_per_reference(data_copy):
    path = data_copy / "actors.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b",", b";"))
    assert problems(data_copy) == [
        'actors.csv:1: starts with a byte-order mark (as Excel\'s "CSV UTF-8" saves it); '
        "save it as UTF-8 without one",
        "actors.csv:1: columns are separated by ';' (a spreadsheet's regional CSV setting); "
        "save it with ',' between columns",
    ]


# --- the descriptor --------------------------------------------------------------------------


def _edit_descriptor(data_dir, change) -> None:
    path = data_dir / "datapackage.json"
    d = json.loads(path.read_text(encoding="utf-8"))
    change(d)
    path.write_text(json.dumps(d), encoding="utf-8")


def _schema_error(data_dir) -> str:
    with pytest.raises(DataValidationError) as err:
        read_schema(data_dir)
    return "\n".join(str(p) for p in err.value.problems)


def _field(d, table, name):
    res = next(r for r in d["resources"] if r["name"] == table)
    return next(f for f in res["schema"]["fields"] if f["name"] == name)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["resources"][9].pop("schema"), "resources[9] (observations): no 'schema'"),
        (lambda d: _field(d, "actors", "actor_id")["constraints"].update(pattern="[a-"),
         "resources[2] (actors): field actor_id: pattern '[a-' is broken: unterminated character "
         "set at position 0"),
        (lambda d: d.update(resources={"a": 1}), "not a data package: it needs a list of resources"),
        (lambda d: d["resources"][0].update(path="../../etc/passwd"),
         "resources[0] (sources): path '../../etc/passwd' must be a file inside the data folder"),
        (lambda d: _field(d, "observations", "value").update(type="decimal"),
         "resources[9] (observations): field value: unsupported type 'decimal'"),
        (lambda d: _field(d, "observations", "value").update(constraints={"minimum": "0"}),
         "resources[9] (observations): field value: minimum '0' is not a number"),
    ],
)  # fmt: skip
def test_a_broken_descriptor_is_named_not_a_traceback(data_copy, change, message):
    _edit_descriptor(data_copy, change)
    assert _schema_error(data_copy) == f"{data_copy / 'datapackage.json'}: {message}"


def test_a_descriptor_that_is_not_json(data_copy):
    (data_copy / "datapackage.json").write_text("{resources: [", encoding="utf-8")
    assert _schema_error(data_copy).startswith(
        f"{data_copy / 'datapackage.json'}: not valid JSON: Expecting property name"
    )
