"""Clauses, sentences and quoted stretches of text: the evidence a candidate cites and what a
number inside a quoted name (or a Chinese 《title》) is."""

from __future__ import annotations

import re

_CLAUSE_SEP = re.compile(r"(?:,|;|:)\s+|\.\s+|\s+and\s+(?=[a-z]+ed\b)")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“A-Z])")


def _clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around [start, end): bounded by , ; : or a sentence end, within [lo, hi)."""
    left = lo
    for m in _CLAUSE_SEP.finditer(text, max(lo, start - 250), start):
        if not (m.group(0).startswith(",") and text[m.start() - 1 : m.start()].isdigit()):
            left = m.end()
    right = hi
    m = _CLAUSE_SEP.search(text, end, min(hi, end + 250))
    while m and m.group(0).startswith(",") and text[m.end() : m.end() + 1].isdigit():
        m = _CLAUSE_SEP.search(text, m.end(), min(hi, end + 250))
    right = m.start() if m else min(hi, end + 250)
    while right > end and text[right - 1] in ".;:, ":
        right -= 1
    return left, right


def quoted(text: str, pos: int, lo: int) -> bool:
    """Whether ``pos`` lies inside a “quoted” name (an open curly quote before it, in its
    sentence, not yet closed)."""
    left = text[max(lo, pos - 300) : pos]
    left = left[left.rfind(". ") + 1 :]
    inside = left.count("“") > left.count("”") or left.count('"') % 2 == 1
    at = max(left.rfind("“"), left.rfind('"'))
    opened = left[at + 1 :]
    # “We have 54 incubators, and each holds …”: someone's words, not a name; so is a quote
    # with a clause in it ("Over the past three years, more than 20 billion yuan …") and one
    # opened after a comma or a colon (He said, “Since the end of 2014, …”)
    said = re.search(r"[,:]\s*$", left[: max(at, 0)])
    return inside and not (_SPEECH.search(opened) or ", " in opened or said)


_SPEECH = re.compile(r"\b(?:we|our|us|I|you|have|has|is|are|was|were|will)\b", re.I)


def _sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, pos = [], lo
    for m in _SENTENCE_END.finditer(text, lo, hi):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, hi))
    return [(s, e) for s, e in out if e > s]


def in_book_title(text: str, pos: int, lo: int) -> bool:
    """``pos`` lies inside 《…》 (within 60 characters): part of an agreement's or a document's name."""
    left = text[max(lo, pos - 60) : pos]
    return left.rfind("《") > left.rfind("》")
