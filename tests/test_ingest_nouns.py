"""Naming a counted Chinese noun in English from the packaged dictionary."""

from __future__ import annotations

import pytest

from counterpart.ingest.nouns_zh import english_unit, plural, unit_after, unit_before


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("reading room", "reading rooms"),
        ("gully", "gullies"),
        ("day", "days"),
        ("bus", "buses"),
        ("box", "boxes"),
        ("glasses", "glasses"),
        ("person", "persons"),
        ("sheep", "sheep"),
    ],
)
def test_plural(noun, expected):
    assert plural(noun) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("阅览室", "reading rooms"),
        ("井", "wells"),  # "a well": the article dropped, the surname entry passed over
        ("地区", "regions"),  # the domain's word before the dictionary's ("local")
        ("月", ""),  # time is no count
        ("百分点", ""),
        ("点", ""),  # alone, 点 is no site
    ],
)
def test_english_unit(word, expected):
    assert english_unit(word) == expected


def test_the_noun_after_a_measure_and_where_it_ends():
    assert unit_after("15个文化站，", 3) == ("stations", 6)  # its last character, when whole
    # words are not in the dictionary
    assert unit_after("15个乡村振兴示范点", 3) == ("", 3)


def test_the_noun_before_a_count():
    assert unit_before("开通的航线", 5) == "routes"
    assert unit_before("已建成水池", 5) == "ponds"
    assert unit_before("增长", 2) == ""  # a verb counts nothing
