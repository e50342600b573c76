"""A report's scope charts official and press facts, lists weak ones, shows conflicts and the
pairing's life: checked on a hand-made dataset."""

from __future__ import annotations

import datetime as dt

import pytest
from tiny_record import write_tiny_record

from counterpart.dataset import load_dataset, scope_dataset
from counterpart.dataset.life import pairing_life


@pytest.fixture
def ds(tmp_path):
    return load_dataset(write_tiny_record(tmp_path / "data"), cache=False)


TODAY = dt.date(2026, 11, 26)


def test_weak_facts_are_listed_not_charted(ds):
    sc = scope_dataset(ds, "east-west", TODAY)
    assert list(sc.events["event_id"]) == ["start-official"]
    assert list(sc.observations["observation_id"]) == ["funds-2019"]
    unconfirmed = set(zip(sc.unconfirmed["table"], sc.unconfirmed["row_id"], strict=True))
    assert unconfirmed == {
        ("events", "start-weak"),
        ("observations", "funds-claim"),
        ("indicators", "funds-total"),  # its target comes from the weak page
    }
    assert set(sc.unconfirmed["url"]) == {"http://farm.example/3"}


def test_a_target_from_a_weak_source_gives_no_status(ds):
    sc = scope_dataset(ds, "east-west", TODAY)
    assert sc.indicators["target_value"].isna().all()
    everything = scope_dataset(ds, "east-west", TODAY, include_weak=True)
    assert everything.indicators["target_value"].tolist() == [2_000_000_000]
    assert len(everything.observations) == 2


def test_conflict_side_by_side_with_its_rule(ds):
    c = scope_dataset(ds, "east-west", TODAY).conflicts
    assert list(c.columns[:4]) == ["conflict_id", "subject", "table", "field"]
    row = c.iloc[0]
    assert (row["value_a"].year, row["source_a"], row["reliability_a"]) == (
        1996,
        "gov-1",
        "official",
    )
    assert (row["value_b"].year, row["source_b"], row["reliability_b"]) == (1998, "farm-3", "weak")
    assert (row["chosen"], row["rule"]) == ("start-official", "official over weak")


def test_conflict_waits_for_its_sources(ds):
    assert scope_dataset(ds, "east-west", dt.date(2019, 12, 31)).conflicts.empty is False
    assert scope_dataset(ds, "east-west", dt.date(2010, 1, 1)).conflicts.empty


def test_life_after_the_end_names_the_successor(ds):
    life = scope_dataset(ds, "east-west", TODAY).life
    assert life.ended and life.successor_id == "south-west"
    assert life.sentence() == (
        "East City → West City ended on 2021-04-15 (inferred); its successor is South City → West City."
    )


def test_life_before_the_end_or_before_its_source_is_running(ds):
    # The end (2021-04-15) is given by a source published in 2024: a report as of 2022 cannot know.
    assert not pairing_life(ds, "east-west", dt.date(2019, 1, 1)).ended
    assert not pairing_life(ds, "east-west", dt.date(2022, 1, 1)).ended
    assert pairing_life(ds, "east-west", dt.date(2024, 3, 6)).ended
    succ = pairing_life(ds, "south-west", TODAY)
    assert not succ.ended and succ.predecessor_label == "East City → West City"
    assert succ.sentence() == "South City → West City runs since 2021-04-15."


def test_unknown_pairing_is_refused(ds):
    with pytest.raises(KeyError, match="unknown pairing 'nowhere'"):
        pairing_life(ds, "nowhere", TODAY)
