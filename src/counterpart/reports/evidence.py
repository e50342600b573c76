"""Which of two disagreeing facts a report charts, as the recorded conflicts decide.

The rule itself (official over press over weak; a source's own language over its translation;
the later over the earlier report of the same measure) is written once, in
``dataset.trust.RULE_TEXT``, and printed in the report; ``data/conflicts.csv`` records for each
conflict which row it picked. Here: the rows a conflict decided against, which charts, statuses
and key findings leave out (the report's table of conflicts still shows them).
"""

from __future__ import annotations

import pandas as pd

FACT_KEYS = {
    "events": "event_id",
    "commitments": "commitment_id",
    "observations": "observation_id",
    "positions": "position_id",
    "participations": "participation_id",
    "indicators": "indicator_id",
}


def losing_rows(conflicts: pd.DataFrame) -> set[str]:
    """Ids of rows a conflict decided against (none where it picked neither)."""
    out = set()
    for _, c in conflicts.iterrows():
        chosen = c.get("chosen")
        if isinstance(chosen, str) and chosen:
            out |= {c["row_a"], c["row_b"]} - {chosen}
    return out
