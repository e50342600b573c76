"""What every recogniser returns: a span of the article, what it read there, and how sure it is.

A recogniser never builds dataset rows; it only says "here, this". Assembly turns mentions into
candidate rows, so each recogniser can be tested on a sentence on its own. ``confidence`` is the
share of such mentions that were right on the development articles (rounded down), so 0.95 and
above, the only ones that default to ``accept``, means "wrong less than 1 in 20".
"""

from __future__ import annotations

from dataclasses import dataclass, field

ACCEPT_AT = 0.95


@dataclass
class Mention:
    kind: str  # person, title, figure, date, agreement, organisation
    span: tuple[int, int]
    text: str
    value: dict = field(default_factory=dict)
    confidence: float = 0.5

    @property
    def accept(self) -> bool:
        return self.confidence >= ACCEPT_AT
