"""The hostile catalogue, everything but the dataset's cells: review files, manifests, parameters,
the command line, `add`, the dataset cache, locks and process hygiene (no kernel needed)."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, edit_cell

from counterpart.atomic import write_atomic
from counterpart.dataset import append as append_mod
from counterpart.dataset.append import append_row
from counterpart.dataset.load import _cache_file, fingerprint_dataset, load_dataset
from counterpart.errors import DataValidationError, ParameterError, RunLockedError
from counterpart.ingest import review as review_mod
from counterpart.ingest.review import ReviewFileError, read_review
from counterpart.reports.params import resolve_as_of, source_date_epoch
from counterpart.runner.lifeline import die_with_parent, parent_death_signal
from counterpart.runner.lock import LOCK_NAME, reports_lock
from counterpart.runner.manifest import parse_manifest, read_manifest

# --- review files ----------------------------------------------------------------------------

CANDIDATE = """\
format: 1
candidates:
- id: c1
  table: observations
  decision: accept
  span: {span}
  paragraph: {paragraph}
  confidence: {confidence}
  fields: {{observation_id: x}}
"""


def _review(tmp_path, span="[0, 10]", paragraph="2", confidence="0.9") -> Path:
    path = tmp_path / "a.review.yaml"
    path.write_text(CANDIDATE.format(span=span, paragraph=paragraph, confidence=confidence))
    return path


@pytest.mark.parametrize(
    ("kw", "line", "column", "message"),
    [
        ({"span": "abc"}, 6, "span", "candidate c1: span: 'abc': must be two whole numbers, [start, end]"),
        ({"span": "[1]"}, 6, "span", "candidate c1: span: [1]: must be two whole numbers, [start, end]"),
        ({"span": "[1, x]"}, 6, "span", "candidate c1: span: [1, 'x']: must be two whole numbers, [start, end]"),
        ({"paragraph": "two"}, 7, "paragraph", "candidate c1: paragraph: 'two': must be a whole number"),
        ({"paragraph": "-1"}, 7, "paragraph", "candidate c1: paragraph: -1: must be a whole number"),
        ({"confidence": "high"}, 8, "confidence", "candidate c1: confidence: 'high': must be a number from 0 to 1"),
        ({"confidence": "7"}, 8, "confidence", "candidate c1: confidence: 7: must be a number from 0 to 1"),
        ({"confidence": ".nan"}, 8, "confidence", "candidate c1: confidence: nan: must be a number from 0 to 1"),
    ],
)  # fmt: skip
def test_review_numbers_that_are_not_numbers(tmp_path, kw, line, column, message):
    path = _review(tmp_path, **kw)
    with pytest.raises(ReviewFileError) as err:
        read_review(path)
    assert [str(p) for p in err.value.problems] == [f"{path}:{line}:{column}: {message}"]


def test_a_yaml_alias_bomb_is_refused_at_once(tmp_path):
    lines = ["format: 1", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    prev = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
        prev = name
    lines.append("candidates: []")
    path = tmp_path / "bomb.review.yaml"
    path.write_text("\n".join(lines) + "\n")
    started = time.perf_counter()
    with pytest.raises(ReviewFileError) as err:
        read_review(path)
    assert time.perf_counter() - started < 1
    assert str(err.value.problems[0]) == (
        f"{path}:7: not valid YAML: expands to more than 200,000 values (aliases of aliases?); "
        "refused"
    )


def test_a_review_file_cannot_build_python_objects(tmp_path):
    path = tmp_path / "evil.review.yaml"
    marker = tmp_path / "ran"
    path.write_text(f'format: 1\ncandidates: !!python/object/apply:os.system ["touch {marker}"]\n')
    with pytest.raises(ReviewFileError) as err:
        read_review(path)
    assert "could not determine a constructor for the tag" in str(err.value.problems[0])
    assert not marker.exists()


def test_a_review_file_over_the_size_cap_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(review_mod, "MAX_REVIEW_BYTES", 100)
    path = _review(tmp_path)
    with pytest.raises(ReviewFileError) as err:
        read_review(path)
    assert str(err.value.problems[0]) == (
        f"{path}: larger than the 100 bytes accepted here; is it the right file?"
    )


def test_review_candidates_that_are_not_a_list(tmp_path):
    path = tmp_path / "a.review.yaml"
    path.write_text("format: 1\ncandidates: 7\n")
    with pytest.raises(ReviewFileError) as err:
        read_review(path)
    assert str(err.value.problems[0]) == f"{path}:candidates: must be a list"


# --- manifests and parameters ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"runs": [{"as_of": "2019-02-30"}]}, "manifest: runs[1]: as_of: as_of '2019-02-30' is not a day that exists: expected YYYY-MM-DD (e.g. 2019-12-31)"),
        ({"runs": [{"as_of": "2999-01-01"}]}, "manifest: runs[1]: as_of: as_of 2999-01-01 is outside the range reports cover (1949-10-01 to 2100-12-31)"),
        ({"runs": [{"as_of": "0001-01-01"}]}, "manifest: runs[1]: as_of: as_of 0001-01-01 is outside the range reports cover (1949-10-01 to 2100-12-31)"),
        ({"runs": [{"as_of": dt.date(2019, 12, 31)}, {"as_of": "30/08/2019"}]}, "manifest: runs[2]: as_of: as_of '30/08/2019' is not a date: expected YYYY-MM-DD (e.g. 2019-12-31) or 'today'"),
        ({"limits": {"cell_seconds": -1}}, "manifest: limits: cell_seconds: -1: must be a number of seconds above 0"),
        ({"limits": {"cell_seconds": "fast"}}, "manifest: limits: cell_seconds: 'fast': must be a number of seconds above 0"),
        ({"limits": {"job_seconds": True}}, "manifest: limits: job_seconds: True: must be a number of seconds above 0"),
        ({"limits": {"cell": 5}}, "manifest: limits: unknown key 'cell'. Valid keys: cell_seconds, job_seconds"),
        ({"limits": [5]}, "manifest: limits: expected a mapping with keys cell_seconds, job_seconds"),
    ],
)  # fmt: skip
def test_manifest_values_are_checked_before_any_run(data, message):
    with pytest.raises(ParameterError) as err:
        parse_manifest(data)
    assert str(err.value) == message


def test_manifest_limits_are_read():
    m = parse_manifest({"limits": {"cell_seconds": 5, "job_seconds": 60}})
    assert (m.limits.cell_seconds, m.limits.job_seconds) == (5.0, 60.0)


def test_a_manifest_alias_bomb_or_huge_file_is_refused(tmp_path, monkeypatch):
    from counterpart.runner import manifest as manifest_mod

    path = tmp_path / "reports.yml"
    path.write_text("a: &a [1, 2]\nb: &b [*a, *a, *a]\nruns: *b\n")
    monkeypatch.setattr(manifest_mod, "MAX_MANIFEST_BYTES", 20)
    with pytest.raises(ParameterError) as err:
        read_manifest(path)
    assert (
        str(err.value) == f"{path}: larger than the 20 bytes accepted here; is it the right file?"
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2999-01-01", "as_of 2999-01-01 is outside the range reports cover (1949-10-01 to 2100-12-31)"),
        ("0001-01-01", "as_of 0001-01-01 is outside the range reports cover (1949-10-01 to 2100-12-31)"),
        ("2019-02-29", "as_of '2019-02-29' is not a day that exists: expected YYYY-MM-DD (e.g. 2019-12-31)"),
    ],
)  # fmt: skip
def test_as_of_range_and_existence(value, message):
    with pytest.raises(ParameterError) as err:
        resolve_as_of(value)
    assert str(err.value) == message


@pytest.mark.parametrize("value", ["notanumber", "-5", "1.5", "99999999999", "１２３"])
def test_source_date_epoch_is_checked(monkeypatch, value):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    with pytest.raises(ParameterError) as err:
        source_date_epoch()
    assert str(err.value) == (
        f"SOURCE_DATE_EPOCH: {value!r}: must be whole seconds since 1970-01-01 UTC, before 2100 "
        "(e.g. 1577880000); unset it to use the current time"
    )


# --- the command line ------------------------------------------------------------------------


def cli(*args: str, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "counterpart.cli", *args], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, **(env or {})}, **kw)  # fmt: skip


@pytest.mark.parametrize(
    "args",
    [
        ["run", "--notebook", "context"],
        ["pairings"],
        ["brief", "--pairing", "dalian-liupanshui", "--as-of", "2019-12-31"],
        ["research", "--file", "x.json"],
        ["validate"],
    ],
)
def test_a_data_dir_that_does_not_exist(tmp_path, args):
    out = cli(*args, "--data-dir", str(tmp_path / "nope"))
    assert out.returncode == 3, out.stderr
    assert f"\n{tmp_path / 'nope'}: no such folder; is --data-dir right?\n" in out.stderr
    assert "Traceback" not in out.stderr


def test_source_date_epoch_fails_the_run_at_once():
    started = time.perf_counter()
    out = cli("run", "--notebook", "context", env={"SOURCE_DATE_EPOCH": "notanumber"})
    assert out.returncode == 2 and time.perf_counter() - started < 15
    assert out.stderr.startswith("error: SOURCE_DATE_EPOCH: 'notanumber': must be whole seconds")


def test_validate_into_a_closed_pipe_has_no_traceback(data_copy):
    for row in ("dalian", "liaoning", "guizhou"):
        edit_cell(data_copy, "actors", row, "notes", "=1")
    shell = (f"{sys.executable} -m counterpart.cli validate --data-dir {data_copy} | head -1; "
             "exit ${PIPESTATUS[0]}")  # fmt: skip
    out = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.startswith("actors.csv:")
    assert "Traceback" not in out.stderr and "BrokenPipe" not in out.stderr


# --- add: neutralised, permissions and links kept, nothing lost ------------------------------

OBS = {"indicator_id": "dalian-liupanshui-funds-cumulative", "ref_date": "2019-08-31",
       "ref_date_basis": "inferred", "value": "1", "unit": "yuan", "qualifier": "exact",
       "source_id": "dl-25022", "paragraph": ""}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ('=HYPERLINK("http://x.example","y")', '"\'=HYPERLINK(""http://x.example"",""y"")"'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(1)", "'@SUM(1)"),
        ("-1+1", "'-1+1"),
        ("\r=1", '"\'\r=1"'),
    ],
)
def test_add_neutralises_a_formula_looking_cell(data_copy, text, stored):
    append_row(
        data_copy,
        "observation",
        {**OBS, "observation_id": "x-1", "evidence": "", "qualifier": "exact"},
    )
    path, line = append_row(data_copy, "actors", {"actor_id": "evil", "name": text, "kind": "person",
                                                  "side": "east", "source_id": "dl-24772"})  # fmt: skip
    raw = (data_copy / path).read_bytes().decode("utf-8")
    assert f"evil,{stored}," in raw
    ds = load_dataset(data_copy, cache=False)
    assert ds.actors.set_index("actor_id").loc["evil", "name"] == text  # the value is unchanged


def test_add_keeps_mode_group_and_symlink(data_copy, tmp_path):
    real = tmp_path / "elsewhere" / "observations.csv"
    real.parent.mkdir()
    os.replace(data_copy / "observations.csv", real)
    (data_copy / "observations.csv").symlink_to(real)
    os.chmod(real, 0o664)
    os.chown(real, 0, 65534)
    append_row(data_copy, "observation", {**OBS, "observation_id": "x-2"})
    assert (data_copy / "observations.csv").is_symlink()
    st = real.stat()
    assert stat.S_IMODE(st.st_mode) == 0o664 and st.st_gid == 65534
    assert "x-2," in real.read_text(encoding="utf-8")


def test_the_data_lock_file_lets_a_group_add(data_copy):
    (data_copy / append_mod.LOCK_NAME).unlink(missing_ok=True)
    old = os.umask(0o002)
    try:
        append_row(data_copy, "observation", {**OBS, "observation_id": "x-3"})
    finally:
        os.umask(old)
    assert stat.S_IMODE((data_copy / append_mod.LOCK_NAME).stat().st_mode) == 0o664


def test_a_refused_add_changes_nothing(data_copy):
    def files() -> dict[str, bytes]:  # the dataset's files; the lock the add takes is not data
        return {
            p.name: p.read_bytes()
            for p in data_copy.iterdir()
            if p.is_file() and p.name != append_mod.LOCK_NAME
        }

    before = files()
    with pytest.raises(DataValidationError) as err:
        append_row(data_copy, "observation", {**OBS, "ref_date": "2019-02-30"})
    assert "observations.csv:19:ref_date: '2019-02-30' is not a real date" in str(err.value)
    assert files() == before


def test_add_stores_a_line_separator_and_counts_lines_right(data_copy):
    text = "first\u2028second\u2029third\x85fourth"
    path, line = append_row(data_copy, "actors", {"actor_id": "sep", "name": "Sep", "kind": "person",
                                                  "side": "east", "source_id": "dl-24772",
                                                  "notes": text})  # fmt: skip
    assert line == (data_copy / "actors.csv").read_bytes().count(b"\n")
    ds = load_dataset(data_copy, cache=False)
    assert ds.actors.set_index("actor_id").loc["sep", "notes"] == text


# --- the dataset cache -----------------------------------------------------------------------


class _Planted:
    """A pickle that runs code when loaded: what someone else might leave in a shared cache."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("COUNTERPART_CACHE_DIR", str(folder))
    return folder


def _plant(data_dir, marker: Path) -> Path:
    target = _cache_file(fingerprint_dataset(data_dir))
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    target.write_bytes(pickle.dumps(_Planted(marker)))
    os.chmod(target, 0o600)
    return target


def test_a_cache_file_planted_by_another_user_is_not_loaded(data_copy, cache, tmp_path):
    marker = tmp_path / "code-ran"
    target = _plant(data_copy, marker)
    os.chown(target, 65534, 65534)  # nobody's file, in our private folder
    ds = load_dataset(data_copy)
    assert not marker.exists() and len(ds.observations) == 17


@pytest.mark.parametrize("mode", [0o777, 0o770, 0o755])
def test_a_cache_folder_others_can_use_is_not_trusted(data_copy, cache, tmp_path, mode):
    marker = tmp_path / "code-ran"
    target = _plant(data_copy, marker)
    os.chmod(target.parent, mode)
    load_dataset(data_copy)
    assert not marker.exists()


def test_a_cache_file_others_can_write_or_a_link_is_not_loaded(data_copy, cache, tmp_path):
    marker = tmp_path / "code-ran"
    target = _plant(data_copy, marker)
    os.chmod(target, 0o666)
    load_dataset(data_copy)
    assert not marker.exists()
    elsewhere = tmp_path / "elsewhere.pickle"
    os.replace(target, elsewhere)
    os.chmod(elsewhere, 0o600)
    target.symlink_to(elsewhere)
    load_dataset(data_copy)
    assert not marker.exists()


def test_our_own_cache_is_written_private_and_used(data_copy, cache):
    load_dataset(data_copy)
    (entry,) = (cache / "datasets").glob("*.pickle")
    assert stat.S_IMODE((cache / "datasets").stat().st_mode) == 0o700
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    os.utime(entry, (1, 1))
    load_dataset(data_copy)
    assert entry.stat().st_atime > 1  # read, not rewritten from scratch by validation


# --- locks and process hygiene ---------------------------------------------------------------


def test_a_lock_whose_holder_died_is_taken_over_at_once(tmp_path):
    code = (
        "import os, fcntl, sys, time\n"
        f"fd = os.open({str(tmp_path / LOCK_NAME)!r}, os.O_RDWR | os.O_CREAT)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\n"
        "os.write(fd, b'pid %d, started then\\nstart 1\\n' % os.getpid())\n"
        "if os.fork() == 0:\n    time.sleep(30)\n    os._exit(0)\n"  # an orphan keeps the flock
        "print(os.getpid(), flush=True)\nos._exit(0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    started = time.perf_counter()
    with reports_lock(tmp_path):
        assert time.perf_counter() - started < 1
        text = (tmp_path / LOCK_NAME).read_text()
        assert text.startswith(f"pid {os.getpid()}, started ")
        with pytest.raises(RunLockedError) as err:
            with reports_lock(tmp_path):
                pass
        assert f"(pid {os.getpid()}, started " in str(err.value)
    assert out.returncode == 0


def test_a_forked_child_does_not_keep_the_run_lock(tmp_path):
    ready_r, ready_w = os.pipe()
    with reports_lock(tmp_path):
        pid = os.fork()
        if pid == 0:  # a worker that outlives its run
            os.write(ready_w, b"x")
            time.sleep(3)
            os._exit(0)
        os.read(ready_r, 1)  # the child is running (its fork hooks have run)
    try:
        with reports_lock(tmp_path):  # free at once, though the child still runs
            pass
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)


def test_workers_ask_to_die_with_their_parent():
    code = ("from counterpart.runner.lifeline import die_with_parent, parent_death_signal\n"
            "print(die_with_parent(), parent_death_signal())")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.split() == ["True", str(int(signal.SIGKILL))]
    assert parent_death_signal() == 0 or die_with_parent  # this test process is not armed


def test_a_full_disk_keeps_no_empty_failed_notebook(tmp_path):
    from counterpart.runner.execute import _failed
    from counterpart.runner.jobs import Job

    executed = tmp_path / "staging" / "01-context.ipynb"
    executed.parent.mkdir()
    executed.write_bytes(b"")  # what a write on a full disk leaves
    job = Job("notebook", "01-context", "p", dt.date(2019, 12, 31))
    result = _failed(job, executed, tmp_path / "out", "No space left on device", None, 1)
    assert result.kept_at is None and not (tmp_path / "out" / "failed").exists()


def test_write_atomic_on_a_full_disk_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "index.html"
    target.write_text("old")

    def full(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["index.html"]


def test_an_add_during_a_run_waits_for_the_run(data_copy):
    import threading

    done = threading.Event()

    def add() -> None:
        append_row(data_copy, "observation", {**OBS, "observation_id": "x-during-run"})
        done.set()

    with append_mod.data_lock(data_copy, shared=True):  # what `counterpart run` holds
        before = (data_copy / "observations.csv").read_bytes()
        worker = threading.Thread(target=add)
        worker.start()
        time.sleep(0.5)
        assert not done.is_set()  # the add queues behind the run...
        assert (data_copy / "observations.csv").read_bytes() == before  # ...so the data stays
    worker.join(timeout=10)
    assert done.is_set() and b"x-during-run," in (data_copy / "observations.csv").read_bytes()
