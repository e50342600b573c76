"""Snapshots and the ``latest`` link, without a kernel: publishing, swapping, repairing."""

from __future__ import annotations

import json
import os

from counterpart.runner.manifest import Manifest, RunSpec
from counterpart.runner.run import plan_jobs, run_reports
from counterpart.runner.snapshots import (
    LATEST,
    clean_builds,
    exchange,
    publish,
    start_build,
    switch_latest,
)


def test_exchange_swaps_two_folders_in_one_step(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "x").write_text("new")
    (b / "x").write_text("old")
    exchange(a, b)
    assert (b / "x").read_text() == "new" and (a / "x").read_text() == "old"


def test_an_incomplete_build_never_replaces_what_latest_points_at(tmp_path):
    pairing = tmp_path / "dalian-liupanshui"
    good = pairing / "2026-11-26"
    good.mkdir(parents=True)
    (good / "01-context.html").write_text("good")
    (good / "01-context.json").write_text(json.dumps({"status": "ok"}))
    switch_latest(pairing, "2026-11-26")
    build = start_build(pairing, "2026-11-26", good, frozenset({"01-context"}))
    assert not (build / "01-context.html").exists()  # what is rebuilt is not linked
    (build / "01-context.json").write_text(json.dumps({"status": "failed", "error": "boom"}))
    (build / "failed").mkdir()
    (build / "failed" / "01-context.ipynb").write_text("{}")
    assert publish(pairing, build, "2026-11-26", complete=False) is False
    assert os.readlink(pairing / LATEST) == "2026-11-26"
    assert (good / "01-context.html").read_text() == "good"  # the report itself is untouched
    assert json.loads((good / "01-context.json").read_text())["status"] == "failed"  # and said
    assert (good / "failed" / "01-context.ipynb").exists() and not build.exists()

    later = start_build(pairing, "2026-11-27", good)
    assert (later / "01-context.html").read_text() == "good"  # hard links of the snapshot
    (later / "01-context.json").write_text(json.dumps({"status": "ok"}))
    assert publish(pairing, later, "2026-11-27", complete=True) is True
    assert os.readlink(pairing / LATEST) == "2026-11-27"


def test_leftovers_of_a_killed_run_are_cleared_and_a_half_exchange_undone(tmp_path):
    pairing = tmp_path / "dalian-liupanshui"
    pairing.mkdir()
    (pairing / ".build-2026-11-27-abcd1234").mkdir()
    (pairing / ".latest-abcd1234").symlink_to("2026-11-27")
    (pairing / ".old-2026-11-26-abcd1234").mkdir()  # moved aside, killed before the swap ended
    clean_builds(tmp_path)
    assert sorted(p.name for p in pairing.iterdir()) == ["2026-11-26"]


def test_a_complete_snapshot_without_latest_gets_it_without_running_anything(tmp_path):
    """A folder of the earlier layout, or a run killed between publishing and the switch."""
    m = Manifest(notebooks=("context",), formats=("html",), brief=False,
                 runs=(RunSpec(("dalian-liupanshui",), ("2019-12-31",)),))  # fmt: skip
    _, (job,) = plan_jobs(m)
    out = job.out_dir(tmp_path)
    out.mkdir(parents=True)
    for name in job.expected_outputs():
        (out / name).write_text("built before")
    (out / "01-context.json").write_text(json.dumps({"status": "ok", "inputs": job.inputs}))
    (result,) = run_reports(manifest=m, reports_dir=tmp_path)
    assert result.status == "skipped"
    assert os.readlink(tmp_path / "dalian-liupanshui" / LATEST) == "2019-12-31"


def test_reports_with_the_longest_jobs_start_first_and_each_report_runs_together(tmp_path):
    """Workers take jobs in submission order: a run that starts the long national notebook last
    ends with one worker busy and the others idle; and a report whose sections are spread over
    the whole run is published only at its end."""
    import datetime as dt

    from counterpart.runner.jobs import Job
    from counterpart.runner.records import write_json
    from counterpart.runner.run import _last_seconds, _Report, _submission_order

    day = dt.date(2019, 12, 31)
    groups = {}
    for pairing, seconds in (("city", {"01-context": 2.5, "04-indicators": 3.0}),
                             ("national", {"01-context": 9.0, "04-indicators": 4.0})):  # fmt: skip
        base = tmp_path / pairing / day.isoformat()
        base.mkdir(parents=True)
        for name, s in seconds.items():
            write_json(base / f"{name}.json", {"status": "ok", "seconds": s})
        write_json(base / "02-actors.json", {"status": "ok", "seconds": "?"})  # unreadable
        jobs = [Job("notebook", n, pairing, day) for n in (*seconds, "02-actors")]
        jobs.append(Job("brief", "brief", pairing, day))
        groups[(pairing, day)] = _Report(pairing, day.isoformat(), jobs, base=base)
    run_keys = {j.key for r in groups.values() for j in r.jobs}
    order = [(j.pairing, j.name) for j in _submission_order(groups, run_keys)]
    # an unknown duration counts as long; briefs are submitted when their sections are done
    assert order == [
        ("city", "02-actors"), ("city", "04-indicators"), ("city", "01-context"),
        ("national", "02-actors"), ("national", "01-context"), ("national", "04-indicators"),
    ]  # fmt: skip
    del groups[("city", day)].jobs[2]  # the city's unknown job is current: national goes first
    order = [(j.pairing, j.name) for j in _submission_order(groups, run_keys)]
    assert order[0] == ("national", "02-actors") and order[3:] == [
        ("city", "04-indicators"), ("city", "01-context")]  # fmt: skip
    never_built = _Report("p", day.isoformat())
    assert _last_seconds(never_built, Job("notebook", "x", "p", day)) == float("inf")
