"""The run manifest and planning: every mistake is caught before a kernel starts (no kernel here)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from conftest import DATA, ROOT, edit_cell

from counterpart.errors import CounterpartError, ParameterError
from counterpart.runner.manifest import Manifest, RunSpec, parse_manifest, read_manifest
from counterpart.runner.run import plan_jobs, run_reports
from counterpart.version import code_digest


def test_reports_yml_of_the_project_plans_every_pairing_and_notebook():
    m = read_manifest(ROOT / "reports.yml")
    _, jobs = plan_jobs(m, DATA)
    pairings = {j.pairing for j in jobs}
    assert len(pairings) == 5 and "dalian-liupanshui" in pairings
    assert {j.name for j in jobs} == {"01-context", "02-actors", "03-commitments", "04-indicators"}
    assert len(jobs) == len(pairings) * 4 * sum(len(r.as_of) for r in m.runs)


def test_manifest_with_dates_and_an_extra_parameter():
    m = parse_manifest(
        {
            "notebooks": ["indicators", "context"],
            "formats": ["html"],
            "runs": [
                {
                    "pairings": ["dalian-liupanshui"],
                    "as_of": [dt.date(2018, 12, 31), "2019-12-31"],
                    "parameters": {"previous_as_of": "2018-06-30"},
                }
            ],
        }
    )
    _, jobs = plan_jobs(m, DATA)
    assert [(j.name, j.as_of.isoformat()) for j in jobs] == [
        ("04-indicators", "2018-12-31"),
        ("01-context", "2018-12-31"),
        ("04-indicators", "2019-12-31"),
        ("01-context", "2019-12-31"),
    ]
    # the extra parameter reaches only the notebook that declares it
    assert dict(jobs[0].parameters)["previous_as_of"] == "2018-06-30"
    assert "previous_as_of" not in dict(jobs[1].parameters)
    assert jobs[0].formats == ("html",)


@pytest.mark.parametrize(
    "data, message",
    [
        (
            {"notebook": "all"},
            "unknown key 'notebook'. Valid keys: notebooks, formats, brief, limits, runs",
        ),
        ({"formats": ["docx"]}, "unknown format 'docx'. Valid formats: html, pdf"),
        ({"runs": [{"pairing": "x"}]}, "runs[1]: unknown key 'pairing'. Valid keys: pairings"),
        ({"runs": [{"parameters": {"as_of": "2019"}}]}, "set 'as_of' with the run's own key"),
        ({"brief": "yes"}, "brief must be true or false"),
    ],
)
def test_manifest_shape_errors_name_the_key(data, message):
    with pytest.raises(ParameterError) as err:
        parse_manifest(data)
    assert message in str(err.value)


@pytest.mark.parametrize(
    "manifest, message",
    [
        (
            Manifest(notebooks=("contxt",)),
            "unknown notebook 'contxt'. Valid notebooks: context, actors",
        ),
        (
            Manifest(runs=(RunSpec(pairings=("dalian-liupanshu",)),)),
            "Did you mean 'dalian-liupanshui'?",
        ),
        (Manifest(runs=(RunSpec(as_of=("31/12/2019",)),)), "expected YYYY-MM-DD"),
        (
            Manifest(runs=(RunSpec(parameters=(("colour", "red"),)),)),
            "no selected notebook has a parameter 'colour'. Parameters a run may set: previous_as_of",
        ),
        (
            Manifest(notebooks=("context",), runs=(RunSpec(parameters=(("previous_as_of", ""),)),)),
            "Parameters a run may set: (none)",
        ),
    ],
)
def test_unknown_names_fail_in_planning(manifest, message, tmp_path):
    with pytest.raises(ParameterError) as err:
        run_reports(manifest=manifest, data_dir=DATA, reports_dir=tmp_path)
    assert message in str(err.value)
    assert not (tmp_path / "runs").exists()  # nothing ran, nothing recorded


def test_cli_reports_a_bad_manifest_with_exit_code_2(tmp_path):
    bad = tmp_path / "reports.yml"
    bad.write_text("runs:\n  - pairings: [nowhere]\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "counterpart.cli", "run", "--manifest", str(bad),
         "--reports-dir", str(tmp_path / "r"), "--data-dir", str(DATA)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert out.returncode == 2
    assert "unknown pairing 'nowhere'. Valid pairings: dalian-liupanshui" in out.stderr


def test_job_digest_follows_every_input(data_copy, tmp_path):
    m = Manifest(notebooks=("context",), runs=(RunSpec(("dalian-liupanshui",), ("2019-12-31",)),))
    _, (a,) = plan_jobs(m, DATA)
    _, (b,) = plan_jobs(m, DATA)
    assert a.inputs == b.inputs and len(a.inputs) == 24
    _, (same_rows,) = plan_jobs(
        Manifest(notebooks=("context",), runs=(RunSpec(("dalian-liupanshui",), ("2019-12-30",)),)),
        DATA,
    )
    assert same_rows.inputs == a.inputs  # nothing was published between the two dates
    _, (other_date,) = plan_jobs(  # before the seed article was available: other rows
        Manifest(notebooks=("context",), runs=(RunSpec(("dalian-liupanshui",), ("2019-06-30",)),)),
        DATA,
    )
    _, (html_only,) = plan_jobs(Manifest(**{**m.__dict__, "formats": ("html",)}), DATA)
    edit_cell(data_copy, "sources", "dl-24772", "title", "A corrected title")
    _, (new_data,) = plan_jobs(m, data_dir=data_copy, notebooks_dir=ROOT / "notebooks")
    assert len({a.inputs, other_date.inputs, html_only.inputs, new_data.inputs}) == 4
    assert len(code_digest()) == 16


def test_reports_folder_that_cannot_be_written_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(CounterpartError) as err:
        run_reports(
            pairings=["dalian-liupanshui"],
            notebooks=["context"],
            data_dir=DATA,
            reports_dir=blocker / "r",
        )
    assert "cannot write reports to" in str(err.value)
    assert blocker.read_text() == "not a folder"


def test_run_record_is_valid_json_even_for_a_no_op(tmp_path):
    # no jobs ran: every job is "skipped" because its record matches; simulate by a prior record
    m = Manifest(notebooks=("context",), formats=("html",),
                 runs=(RunSpec(("dalian-liupanshui",), ("2019-12-31",)),))  # fmt: skip
    _, (job,) = plan_jobs(m, DATA)
    out = job.out_dir(tmp_path)
    out.mkdir(parents=True)
    for name in job.expected_outputs():
        (out / name).write_text("built before")
    (out / "01-context.json").write_text(json.dumps({"status": "ok", "inputs": job.inputs}))
    results = run_reports(manifest=m, data_dir=DATA, reports_dir=tmp_path)
    assert [r.status for r in results] == ["skipped"]
    (record,) = (tmp_path / "runs").glob("*.json")
    data = json.loads(record.read_text())
    assert data["summary"] == {"ok": 0, "skipped": 1, "failed": 0}
    assert data["jobs"][0]["pairing"] == "dalian-liupanshui"  # skipped jobs are kept short
    assert data["jobs"][0]["inputs"] == job.inputs
