"""How much a fact can be trusted, and which of two disagreeing facts a report charts.

Two rules, written once here and printed in the report that applies them:

* **Reliability.** Charts, headline figures, statuses and key findings use facts from official and
  press sources. A fact that rests only on a weak source is listed apart, as *unconfirmed*
  (``dataset.scope`` keeps those rows in ``scope.unconfirmed``).
* **Conflicts.** Where two sources give different values for the same measure and date, both are
  kept and shown side by side (``data/conflicts.csv``); the one charted is picked by: official over
  press over weak; a source's own language over its translation; the later over the earlier
  report of the same measure. Values with different definitions are not ranked: neither replaces
  the other. Nothing is dropped or averaged silently.
"""

from __future__ import annotations

import pandas as pd

RELIABILITY_RULE = (
    "Charts, headline figures, statuses and key findings use facts from official and press "
    "sources. A fact that rests only on a weak source (a site that does not say where its figure "
    "comes from) is not used there; it is listed under Unconfirmed, with its source."
)
CONFLICT_RULE = (
    "Where two sources disagree on the same measure and date, both are shown. The one charted is "
    "picked by: official over press over weak; a source's own language over its translation; the "
    "later over the earlier report of the same measure. Values that measure different things "
    "(different definitions) are not ranked against each other."
)
FACT_KEYS = {
    "events": "event_id",
    "commitments": "commitment_id",
    "observations": "observation_id",
    "positions": "position_id",
    "participations": "participation_id",
    "indicators": "indicator_id",
}


def losing_rows(conflicts: pd.DataFrame) -> set[str]:
    """Ids of rows a conflict decided against: charts leave them out (the table shows them)."""
    out = set()
    for _, c in conflicts.iterrows():
        chosen = c.get("chosen")
        if isinstance(chosen, str) and chosen:
            out |= {c["row_a"], c["row_b"]} - {chosen}
    return out
