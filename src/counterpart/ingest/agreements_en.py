"""English agreements: "signed five agreements on …", "signed the \"… Agreement\"", "the signing
ceremony of …", "the signing of the … framework agreement", "a partnership agreement it signed
with …", "signed 19 cooperation projects"."""

from __future__ import annotations

import re

from .figures_en import _SMALL

_AGREEMENT = re.compile(
    rf"\bsign(?:ed|s|ing)?\s+(?:a\s+|an\s+|the\s+)?(?:(?P<num>\d+|(?i:{_SMALL}))\s+)?"
    r"(?P<what>(?:[a-z-]+\s+){0,3}?(?:agreements?|contracts?|memorand(?:um|a)(?:\s+of\s+"
    r"understanding)?|MOUs?|protocols?))\b(?P<on>\s+on\s+[^.;]{1,400})?"
)
_NAMED_AGREEMENT = re.compile(
    r"\bsign(?:ed|s|ing)?\s+(?:the\s+)?[“\"]?(?P<name>[A-Z][^.;“”\"]{0,250}(?:Agreement|Plan|"
    r"Memorandum(?: of Understanding)?|Contract|Protocol|Framework))\b[”\"]?"
)
# "a partnership agreement it signed with Yunnan": the agreement named before its signing
_SIGNED_AFTER = re.compile(
    r"\b(?:a|an|the)\s+(?P<what>(?:[a-z-]+\s+){0,3}?(?:agreements?|memorand(?:um|a)|"
    r"contracts?|protocols?))\s+(?:it|they|we|which|that|the two sides|both sides)\s+"
    r"(?:had\s+|has\s+|have\s+)?signed\b"
)
# "the ceremony of signing projects of economic and trade cooperation", "signed 40 projects"
_SIGNED_PROJECTS = re.compile(
    r"\bsign(?:ed|ing)\s+(?:of\s+)?(?:the\s+)?(?P<what>(?:\d+\s+)?(?:[a-z-]+\s+){0,3}?projects?"
    r"(?:\s+(?:of|on|for)\s+[a-z -]{3,60}?)?)(?=\s*[,.;]|\s+(?:and|with|worth|in|at)\b)"
)
# "marked the signing of the east-west poverty alleviation framework agreement"
_SIGNING_OF = re.compile(
    r"\bsigning\s+of\s+(?:the\s+|a\s+|an\s+)?(?P<what>[a-z][a-z -]{2,100}?(?:agreements?|"
    r"memorand(?:um|a)(?: of understanding)?|contracts?|protocols?))\b"
)
_CEREMONY = re.compile(
    r"\bsigning ceremony (?:of|for) (?P<what>[^,.;]{3,150}?)(?=\s+(?:was|were|is|are|held)\b|[,.;])"
)
