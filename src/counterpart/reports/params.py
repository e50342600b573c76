"""The notebooks' parameter contract, checked before any kernel starts.

papermill only warns about an unknown parameter and accepts any value; here an unknown name or a bad
value is an error that lists what is valid. The same checks run inside each notebook, so a run from
JupyterLab or the plain papermill CLI fails just as clearly.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re

from ..errors import ParameterError

TODAY = "today"
# The range an as-of date may take: from the People's Republic to the end of the century.
EARLIEST, LATEST = dt.date(1949, 10, 1), dt.date(2100, 12, 31)


def resolve_as_of(value, today: dt.date | None = None) -> dt.date:
    """'today' or an ISO date (YYYY-MM-DD) as a date; anything else is a ParameterError."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if text.lower() in (TODAY, ""):
        return today or dt.date.today()
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            raise ParameterError(
                f"as_of {text!r} is not a day that exists: expected YYYY-MM-DD (e.g. 2019-12-31)"
            ) from None
        if not EARLIEST <= day <= LATEST:
            raise ParameterError(
                f"as_of {text} is outside the range reports cover "
                f"({EARLIEST.isoformat()} to {LATEST.isoformat()})"
            )
        return day
    raise ParameterError(
        f"as_of {value!r} is not a date: expected YYYY-MM-DD (e.g. 2019-12-31) or 'today'"
    )


def resolve_previous_as_of(value, as_of: dt.date) -> dt.date:
    """The earlier date a "what changed" section compares with. By default the first day of
    as_of's month, one year before (as of 2021-01-15: since 2020-01-01): the window moves once a
    month, not every night, so "as of today" on a night without news changes no report."""
    if value is None or str(value).strip() == "":
        return as_of.replace(year=as_of.year - 1, day=1)
    day = resolve_as_of(value)
    if day >= as_of:
        raise ParameterError(
            f"previous_as_of {day.isoformat()} must be before as_of {as_of.isoformat()}"
        )
    return day


def check_pairing(pairing: str, valid: list[str]) -> str:
    """``pairing`` if it is a known id; otherwise a ParameterError listing the valid ids."""
    if pairing in valid:
        return pairing
    close = difflib.get_close_matches(str(pairing), valid, n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    raise ParameterError(
        f"unknown pairing {pairing!r}. Valid pairings: {', '.join(sorted(valid))}.{hint}"
    )


def source_date_epoch() -> int | None:
    """$SOURCE_DATE_EPOCH (reproducible builds) as seconds, None if unset; checked, not trusted."""
    import os

    text = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not text:
        return None
    if not re.fullmatch(r"[0-9]{1,10}", text) or int(text) > 4102444800:
        raise ParameterError(
            f"SOURCE_DATE_EPOCH: {text[:40]!r}: must be whole seconds since 1970-01-01 UTC, "
            "before 2100 (e.g. 1577880000); unset it to use the current time"
        )
    return int(text)


def _assigned(source: str) -> set[str]:
    import ast

    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    names = set()
    for node in tree.body:  # `as_of = "today"` and the typed `as_of: str = "today"`
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def check_injected_parameters() -> None:
    """In a kernel run by papermill: every injected name is one the parameters cell declares.

    papermill only warns about ``-p asof 2019-12-31`` (a typo of ``as_of``) and the report would
    silently be as of today; this makes it an error in the notebook's first cell instead."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    history = list(getattr(shell, "user_ns", {}).get("In", []) or [])
    for i, source in enumerate(history):
        if i > 1 and source.lstrip().startswith("# Parameters"):
            declared, given = _assigned(history[i - 1]), _assigned(source)
            unknown = sorted(given - declared)
            if unknown and declared:
                raise ParameterError(
                    f"unknown parameter {unknown[0]!r}. "
                    f"Parameters of this notebook: {', '.join(sorted(declared))}"
                )
