"""Key findings: a handful of sentences written from the data, each with its citation.

They open the brief and the context report: the largest figures, what was promised against what
was delivered, what changed since the previous report, what the sources dispute, and whether the
pairing still runs. Every sentence is built from confirmed facts only (``evidence``), so a weak
source never makes a headline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from ..dataset.scope import Scope
from . import evidence
from .indicators import summarise_indicators
from .params import resolve_previous_as_of
from .render import Html, citation, esc, format_date, format_quantity, is_missing


@dataclass(frozen=True)
class Finding:
    """One sentence (plain text, escaped when shown) and the (source_id, paragraph) it rests on."""

    topic: str  # largest | delivery | members | changed | contested | life
    text: str
    refs: tuple[tuple, ...] = ()


def _refs(rows: pd.DataFrame) -> tuple[tuple, ...]:
    out = []
    for _, r in rows.iterrows():
        if not is_missing(r.get("source_id")):
            pair = (r["source_id"], None if is_missing(r.get("paragraph")) else r["paragraph"])
            if pair not in out:
                out.append(pair)
    return tuple(out)


def _label(scope: Scope, pairing_id: str) -> str:
    p = scope.dataset.pairings.set_index("pairing_id").loc[pairing_id]
    return f"{scope.actor_name(p['east_actor_id'])} → {scope.actor_name(p['west_actor_id'])}"


def _whose(scope: Scope, row: pd.Series) -> str:
    """'Dalian → Liupanshui: ' before a finding about a pairing under this one; '' for its own."""
    pid = row.get("pairing_id")
    if len(scope.family) < 2 or is_missing(pid) or pid == scope.pairing_id:
        return ""
    return f"{_label(scope, pid)}: "


def largest_figures(scope: Scope, n: int = 2) -> list[Finding]:
    """The biggest sums reported as achieved, then the biggest figure of each other unit (one)."""
    c = scope.commitments
    c = c[(c["kind"] == "reported achievement") & c["quantity"].notna()]
    c = c[~c["commitment_id"].isin(evidence.losing_rows(scope.conflicts))]
    if c.empty:
        return []
    money = c[c["unit"] == "yuan"].sort_values("quantity", ascending=False).head(n)
    other = c[c["unit"] != "yuan"].sort_values("quantity", ascending=False).head(1)
    out = []
    for _, r in pd.concat([money, other]).iterrows():
        figure = format_quantity(r["quantity"], r["unit"], r["qualifier"], r["cumulative"])
        when = format_date(r["as_of_date"], r.get("as_of_basis"))
        out.append(
            Finding(
                "largest",
                f"{_whose(scope, r)}Reported: {figure} — {r['description']} (as of {when}).",
                _refs(r.to_frame().T),
            )
        )
    return out


def delivery(scope: Scope) -> list[Finding]:
    """Promised against delivered: each indicator with a target, by its latest confirmed value."""
    obs = scope.observations
    obs = obs[~obs["observation_id"].isin(evidence.losing_rows(scope.conflicts))]
    summary = summarise_indicators(scope.indicators, obs, scope.as_of)
    targeted = summary[summary["target_value"].notna()]
    out = []
    for _, r in targeted.head(3).iterrows():  # only what is said: a family has hundreds
        target = format_quantity(r["target_value"], r["unit"])
        by = f" by {format_date(r['target_date'])}" if not is_missing(r["target_date"]) else ""
        if r["unit"] == "milestone":
            target = "to be done"
        if not r["observations"]:
            text = f"{r['name']}: {target}{by}; not yet reported as done."
            if r["unit"] != "milestone":
                text = f"{r['name']}: target {target}{by}; no value reported yet."
            refs = _refs(scope.indicators[scope.indicators["indicator_id"] == r["indicator_id"]])
        else:
            latest = format_quantity(r["latest_value"], r["unit"], r["latest_qualifier"])
            text = (
                f"{r['name']}: {latest} (to {format_date(r['latest_date'])}) against a target of "
                f"{target}{by} — {r['status']}."
            )
            refs = ((r["latest_source_id"], r["latest_paragraph"]),)
        out.append(Finding("delivery", _whose(scope, r) + text, refs))
    if not out:
        pledges = scope.commitments[scope.commitments["kind"] == "pledge"]
        if len(pledges):
            out.append(
                Finding(
                    "delivery",
                    f"{len(pledges)} pledge(s) are recorded, but no source sets a target to "
                    "measure delivery against.",
                    _refs(pledges.head(3)),
                )
            )
    return out[:3]


def members(scope: Scope) -> list[Finding]:
    """For a family: how the indicators of the pairings under this one stand, in one sentence,
    citing the latest figures of those behind (counted in one pass over the family)."""
    below = scope.indicators[scope.indicators["pairing_id"] != scope.pairing_id]
    if len(scope.family) < 2 or below.empty:
        return []
    obs = scope.observations
    obs = obs[~obs["observation_id"].isin(evidence.losing_rows(scope.conflicts))]
    summary = summarise_indicators(below, obs, scope.as_of)
    counts = summary["status"].value_counts()
    order = ("met", "on track", "behind", "no target", "no data")
    text = ", ".join(f"{counts[st]} {st}" for st in order if st in counts)
    behind = summary[summary["status"] == "behind"].head(3)
    refs = tuple(
        dict.fromkeys(zip(behind["latest_source_id"], behind["latest_paragraph"], strict=True))
    )
    return [
        Finding(
            "members",
            f"Under this one, {summary['pairing_id'].nunique()} pairing(s) follow "
            f"{len(summary)} indicator(s): {text}.",
            refs,
        )
    ]


def changed_since(scope: Scope, before: Scope) -> list[Finding]:
    """What was published between the previous report date and this one, newest first."""
    from .changes import compare_scopes

    ch = compare_scopes(before, scope)
    prev, now = ch.previous.isoformat(), ch.current.isoformat()
    if ch.empty:
        return [Finding("changed", f"Nothing new was published between {prev} and {now}.")]
    parts = []
    for df, word in (
        (ch.new_observations, "figure"),
        (ch.new_commitments, "commitment"),
        (ch.new_events, "event"),
    ):
        if len(df):
            parts.append(f"{len(df)} new {word}{'' if len(df) == 1 else 's'}")
    if len(ch.status_changes):
        parts.append(f"{len(ch.status_changes)} indicator status change(s)")
    newest = pd.concat(
        [ch.new_observations, ch.new_commitments, ch.new_events], ignore_index=True
    ).head(3)
    return [Finding("changed", f"Since {prev}: {', '.join(parts)}.", _refs(newest))]


def conflict_value(scope: Scope, table: str, row_id: str, field: str) -> tuple[str, pd.Series]:
    """One side of a conflict as the reader should see it, and its row (for the citation)."""
    df = scope.dataset.tables[table]
    row = df[df[evidence.FACT_KEYS[table]] == row_id].iloc[0]
    value = row[field]
    if field.endswith("date") or field in ("start", "end"):
        text = format_date(value, None, row.get("date_precision"))
    elif field in ("quantity", "value"):
        text = format_quantity(value, row.get("unit"), row.get("qualifier"))
        original = row.get("value_text")
        if not is_missing(original) and not str(original).replace(",", "").isdigit():
            text += f" (as written: {original})"
    else:
        text = "unknown" if is_missing(value) else str(value)
    return text, row


def contested(scope: Scope, limit: int = 3) -> list[Finding]:
    """Where the sources disagree, both values and which one the report charts."""
    out = []
    for _, c in scope.conflicts.head(limit).iterrows():
        a, row_a = conflict_value(scope, c["table"], c["row_a"], c["field"])
        b, row_b = conflict_value(scope, c["table"], c["row_b"], c["field"])
        chosen = c.get("chosen")
        if isinstance(chosen, str) and chosen:
            pick = a if chosen == c["row_a"] else b
            verdict = f"the report uses {pick} ({c['rule']})"
        else:
            verdict = f"neither replaces the other ({c['rule']})"
        out.append(
            Finding(
                "contested",
                f"Sources differ on {c['subject']}: {a} against {b}; {verdict}.",
                _refs(pd.DataFrame([row_a, row_b])),
            )
        )
    return out


def life(scope: Scope) -> list[Finding]:
    """A pairing that had ended by the report date, and the one that took its work on."""
    text = ended_sentence(scope)
    if not text:
        return []
    end_source = scope.life.end_source_id
    return [Finding("life", text, ((end_source, None),) if end_source else ())]


def ended_sentence(scope: Scope) -> str:
    """'… ended on …; its successor is …' when the pairing had ended by the report date."""
    life = scope.life
    return life.sentence() if life.ended else ""


def key_findings(scope: Scope, previous_as_of: dt.date | None = None) -> list[Finding]:
    """The handful of sentences that open a brief: life, largest, delivery, changes, contested."""
    from ..dataset.scope import scope_dataset

    previous = previous_as_of or resolve_previous_as_of("", scope.as_of)
    before = scope_dataset(scope.dataset, scope.pairing_id, previous)
    return [
        *life(scope),
        *largest_figures(scope),
        *delivery(scope),
        *members(scope),
        *changed_since(scope, before),
        *contested(scope),
    ]


def findings_html(findings: list[Finding], numbers: dict[str, int]) -> Html:
    """The findings as a list, each sentence escaped and followed by its citations."""
    if not findings:
        return Html('<p class="cp-empty">Nothing is known about this pairing by this date.</p>')
    items = []
    for f in findings:
        cites = "; ".join(citation(numbers, sid, para) for sid, para in f.refs)
        cite = f' <span class="cp-cite">{esc(cites)}</span>' if cites else ""
        items.append(f'<li class="cp-finding cp-{esc(f.topic)}">{esc(f.text)}{cite}</li>')
    return Html('<ul class="cp-findings">' + "".join(items) + "</ul>")
