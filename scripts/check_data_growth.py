"""Tests must not break when data/ grows: add rows to a copy of the project exactly as
data/README.md shows (`counterpart add source ...`, then event, commitment, observation), check
the grown data/ validates, then run the tests in that copy.

    python scripts/check_data_growth.py            # the fast tests (make test-fast)
    python scripts/check_data_growth.py --slow     # every test, end-to-end runs included
    python scripts/check_data_growth.py -x         # other arguments go to pytest

Exit code 0 when the grown copy's tests pass. Uses the Python running this script (the project's
.venv) and leaves nothing behind.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GROWN = "COUNTERPART_GROWN_COPY"
# The made-up article the README's examples cite (dl-26001): stored, so their evidence checks.
ARTICLE = (
    "Dalian and Liupanshui review 2020 cooperation\n\n"
    "On December 18, the two cities met in Dalian.\n\n"
    "Up to now Dalian has invested a total of 787 million yuan.\n"
)


def readme_commands(readme: Path) -> list[list[str]]:
    """Every `counterpart add` command of the README's shell blocks, as argument lists."""
    blocks = re.findall(r"```sh\n(.*?)```", readme.read_text(encoding="utf-8"), flags=re.S)
    commands = [shlex.split(b.replace("\\\n", " ")) for b in blocks]
    return [c for c in commands if c[:2] == ["counterpart", "add"]]


def copy_project(target: Path) -> None:
    """The files git tracks or would track (new ones included), as they are on disk."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def grow(project: Path) -> list[str]:
    """Run the README's `counterpart add` commands in ``project``; return what each printed."""
    counterpart = str(Path(sys.executable).with_name("counterpart"))
    (project / "data" / "sources" / "dl-26001.txt").write_text(ARTICLE, encoding="utf-8")
    said = []
    for cmd in readme_commands(project / "data" / "README.md"):
        out = subprocess.run([counterpart, *cmd[1:]], cwd=project, capture_output=True, text=True)
        if out.returncode != 0:
            raise SystemExit(f"`{shlex.join(cmd[:3])} ...` failed:\n{out.stdout}{out.stderr}")
        said.append(out.stdout.strip())
    return said


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--slow", action="store_true", help="run every test, not only the fast ones")
    args, pytest_args = ap.parse_known_args(argv)
    with tempfile.TemporaryDirectory(prefix="counterpart-grown-") as tmp:
        project = Path(tmp)
        copy_project(project)
        for line in grow(project):
            print(line)
        selection = [] if args.slow else ["-m", "not slow"]
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *selection]
        env = {**os.environ, GROWN: "1"}  # the copy does not check its own growth again
        return subprocess.run([*command, *pytest_args], cwd=project, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
