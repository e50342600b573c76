"""One small exception hierarchy, so the CLI can map every failure to a message and an exit code."""

from __future__ import annotations

from dataclasses import dataclass


class CounterpartError(Exception):
    """Base of every error the project raises on purpose; ``str()`` tells a person what to do."""

    exit_code = 1


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the data, located as precisely as we can: file, row (line), column."""

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f":{self.row}"
        if self.column:
            where += f":{self.column}"
        return f"{where}: {self.message}"


class DataValidationError(CounterpartError):
    """The dataset breaks its schema; carries every problem found, not just the first."""

    exit_code = 3

    def __init__(self, problems: list[Problem], data_dir: str = "data") -> None:
        self.problems = list(problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(
            f"{len(self.problems)} problem(s) in the dataset at {data_dir}; "
            f"fix them and run `counterpart validate`:\n{lines}"
        )


class ParameterError(CounterpartError):
    """A report parameter has an unknown name or a bad value; raised before any kernel starts."""

    exit_code = 2


class ExportError(CounterpartError):
    """HTML or PDF export failed; the previous report is left in place."""


class RunLockedError(CounterpartError):
    """Another run holds the reports folder's lock."""

    exit_code = 4
