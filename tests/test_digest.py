"""The digest of what a report reads: a one-row edit reaches exactly the families that read the row.

No kernel here: these are the planning decisions `counterpart run` makes before it starts one.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from dataclasses import replace

import pandas as pd
import pytest
from conftest import DATA, ROOT, append_line, edit_cell

from counterpart.dataset.digest import TABLES, DigestError, FamilyDigests
from counterpart.dataset.load import load_dataset
from counterpart.dataset.scope import FACT_TABLES, scope_dataset
from counterpart.reports.indicators import summarise_indicators
from counterpart.runner.manifest import Manifest, RunSpec
from counterpart.runner.run import plan_jobs

AS_OF = "2019-12-31"
DALIAN_FAMILY = {"dalian-liupanshui", "liaoning-guizhou", "east-west-national"}


def inputs(data_dir, as_of=AS_OF) -> dict[str, str]:
    m = Manifest(runs=(RunSpec((), (as_of,)),))
    _, jobs = plan_jobs(m, data_dir=data_dir, notebooks_dir=ROOT / "notebooks")
    return {j.key: j.inputs for j in jobs}


def changed_pairings(before: dict, after: dict) -> set[str]:
    return {key.split("/")[0] for key in before if before[key] != after[key]}


def test_a_dalian_edit_changes_dalian_and_the_pairings_above_it_only(data_copy):
    before = inputs(data_copy)
    assert len(before) == 20
    # One figure, stored on the commitment and the observation that follows it: both change.
    edit_cell(data_copy, "observations", "dalian-liupanshui-funds-2019-08", "value", "488000000")
    edit_cell(data_copy, "commitments", "dalian-funds-materials-2019", "quantity", "488000000")
    after = inputs(data_copy)
    assert changed_pairings(before, after) == DALIAN_FAMILY
    changed = [k for k in before if before[k] != after[k]]
    assert len(changed) == 12  # 3 pairings x 4 sections; Shandong and Qingdao untouched


def test_editing_a_qingdao_commitment_leaves_liaoning_alone(data_copy):
    ds = load_dataset(data_copy)
    com = ds.commitments[ds.commitments["pairing_id"] == "qingdao-longnan"].iloc[0]
    before, before_2021 = inputs(data_copy), inputs(data_copy, "2021-06-30")
    edit_cell(data_copy, "commitments", com["commitment_id"], "description", "Edited wording")
    # As of 2019 its source (published June 2020) was not out yet: no report changes.
    assert changed_pairings(before, inputs(data_copy)) == set()
    after = inputs(data_copy, "2021-06-30")
    assert changed_pairings(before_2021, after) == {
        "qingdao-longnan",
        "shandong-gansu",
        "east-west-national",
    }


def test_a_fact_not_yet_available_changes_only_the_withheld_count(data_copy):
    """A row from a source published after as_of is not shown, but the report counts it."""
    before = inputs(data_copy)
    append_line(data_copy, "sources",
                "later-article,A later article,,Somebody,https://example.invalid/later,en,press,,,"
                "unknown,2024-01-01,stated,,Invented for a test")  # fmt: skip
    after = inputs(data_copy)
    assert changed_pairings(before, after) == set()  # cited by nothing yet
    append_line(data_copy, "observations",
                "dalian-liupanshui-funds-2023,dalian-liupanshui-funds-cumulative,2023-06-30,"
                "stated,cumulative,,900000000,,yuan,exact,later-article,,,")  # fmt: skip
    later = inputs(data_copy)
    assert changed_pairings(after, later) == DALIAN_FAMILY


def test_a_later_as_of_with_nothing_new_has_the_same_digests():
    """Nothing in the fixture is dated between these two days (nor a year before each)."""
    assert inputs(DATA, "2024-01-31") == {
        k.replace("2024-06-30", "2024-01-31"): v for k, v in inputs(DATA, "2024-06-30").items()
    }


def _scope_view(ds, pairing, day):
    s = scope_dataset(ds, pairing, day)
    tables = {n: s.tables[n].reset_index(drop=True) for n in s.tables}
    status = summarise_indicators(s.indicators, s.observations, day)
    return tables, dict(s.withheld), status


def test_equal_digests_mean_equal_reports_on_every_date_that_matters():
    """Scope every pairing on the dates around every date in the data: where two dates share a
    digest, the rows, the withheld counts and every indicator status must be the same."""
    ds = load_dataset(DATA)
    fd = FamilyDigests(ds)
    dates = set()
    for table in ds.tables.values():
        for col in table.columns:
            if pd.api.types.is_datetime64_any_dtype(table[col]):
                for d in table[col].dropna().dt.date.unique():
                    dates |= {d - dt.timedelta(days=1), d, d + dt.timedelta(days=1)}
    dates = sorted(dates | {dt.date(2000, 1, 1), dt.date(2030, 1, 1)})
    digests = fd.digests((p, d) for p in fd.pairing_ids for d in dates)
    for pairing in fd.pairing_ids:
        seen = {}
        for day in dates:
            seen.setdefault(digests[(pairing, day)], []).append(day)
        assert len(seen) > 1  # the digest does move with what is known
        for same in seen.values():
            first = _scope_view(ds, pairing, same[0])
            for day in (same[-1],) if len(same) > 1 else ():
                other = _scope_view(ds, pairing, day)
                for name, frame in first[0].items():
                    pd.testing.assert_frame_equal(frame, other[0][name], obj=f"{pairing} {name}")
                assert first[1] == other[1]
                pd.testing.assert_frame_equal(
                    first[2].drop(columns=["rule"], errors="ignore"),
                    other[2].drop(columns=["rule"], errors="ignore"),
                )


def test_a_table_the_digest_cannot_read_is_a_planning_error():
    ds = load_dataset(DATA)
    broken = replace(ds, tables={**ds.tables, "events": ds.events.drop(columns="parent_event_id")})
    with pytest.raises(DigestError) as err:
        FamilyDigests(broken)
    assert "cannot work out which rows each report reads" in str(err.value)
    assert "parent_event_id" in str(err.value)
    assert err.value.exit_code == 3


def test_dalian_reads_rows_of_every_table():
    fd = FamilyDigests(load_dataset(DATA))
    mine = fd.uses[fd.uses["member"] == "dalian-liupanshui"]["row"].to_numpy()
    used = {TABLES[int(c)] for c in fd.code[mine]}
    assert used == {"pairings", "actors", "sources", *FACT_TABLES}


def test_planning_800_jobs_takes_under_two_seconds(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic import make_synthetic

    data = make_synthetic(200, tmp_path)
    load_dataset(data)  # validation and the cache are paid here, once per dataset version
    m = Manifest(runs=(RunSpec(tuple(f"synthetic-{k}" for k in range(1, 201)), (AS_OF,)),))
    started = time.perf_counter()
    _, jobs = plan_jobs(m, data_dir=data, notebooks_dir=ROOT / "notebooks")
    seconds = time.perf_counter() - started
    assert len(jobs) == 800 and len({j.inputs for j in jobs}) == 800
    print(f"planned {len(jobs)} jobs in {seconds:.2f} s")
    assert seconds < 2, f"planning took {seconds:.2f} s"


def test_data_changing_while_a_run_is_planned_stops_it_before_any_kernel(data_copy, tmp_path,
                                                                         monkeypatch):  # fmt: skip
    import counterpart.runner.run as run_module

    planned = run_module.plan_jobs

    def plan_then_edit(*args, **kwargs):
        out = planned(*args, **kwargs)
        edit_cell(data_copy, "sources", "dl-24772", "title", "Edited during planning")
        return out

    monkeypatch.setattr(run_module, "plan_jobs", plan_then_edit)
    reports = tmp_path / "r"
    with pytest.raises(DigestError) as err:
        run_module.run_reports(pairings=["dalian-liupanshui"], notebooks=["context"],
                               data_dir=data_copy, reports_dir=reports)  # fmt: skip
    assert "changed while the run was being planned; nothing was built" in str(err.value)
    assert not (reports / "dalian-liupanshui").exists() and not (reports / "runs").exists()
    assert not (reports / ".staging").exists()
