"""The curated dataset: it loads with proper dtypes and holds the seed article completely."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import DATA, SEED_PEOPLE, append_line

from counterpart.dataset import fingerprint_dataset, load_dataset
from counterpart.dataset.validate import document_paragraphs
from counterpart.errors import DataValidationError


def test_dtypes_are_proper(ds):
    c = ds.commitments
    assert str(c["quantity"].dtype) == "Float64"
    assert str(c["cumulative"].dtype) == "boolean"
    assert pd.api.types.is_datetime64_any_dtype(c["as_of_date"])
    assert pd.api.types.is_datetime64_any_dtype(ds.events["start_date"])
    assert str(ds.actors["paragraph"].dtype) == "Int64"
    assert str(ds.actors["name"].dtype) == "string"


def test_unknown_is_missing_not_a_guess(ds):
    seed = ds.sources.set_index("source_id").loc["dl-24772"]
    assert pd.isna(seed["published"])  # the article states no date
    assert seed["available_from"] == pd.Timestamp("2019-08-31")
    assert seed["available_from_basis"] == "inferred"
    # The seed says nothing of when pairings began; only dl-25022 gives a year (1996).
    dated = ds.pairings[ds.pairings["since"].notna()]
    assert dict(zip(dated["pairing_id"], dated["since_source_id"], strict=True)) == {
        "dalian-liupanshui": "dl-25022"
    }


def test_seed_people_with_titles(ds):
    seed = ds.actors[ds.actors["source_id"] == "dl-24772"]
    people = set(seed.loc[seed["kind"] == "person", "name"])
    assert people == SEED_PEOPLE
    titles = ds.positions.groupby("actor_id")["title"].apply(set)
    assert titles["chen-yiqin"] == {
        "Deputy Secretary of the CPC Guizhou Provincial Committee",
        "Governor of Guizhou Province",
    }
    assert "Mayor of Liupanshui" in titles["li-gang"]
    assert titles["wu-qiang"] == {"Vice Governor of Guizhou Province"}
    assert set(ds.positions["actor_id"]) == set(
        ds.actors.loc[ds.actors["kind"] == "person", "actor_id"]
    )  # every person, from every source, has a title as stated


def test_seed_enterprises_and_cities(ds):
    seed = ds.actors[ds.actors["source_id"] == "dl-24772"]
    enterprises = set(seed.loc[seed["kind"] == "enterprise", "name"])
    assert enterprises == {
        "Brilliance BMW Tiexi Factory",
        "Neusoft Medical",
        "Xinsong Robotics",
        "Dalian Commodity Exchange",
        "Dashang Group",
        "Dalian Sinovel Heavy Industry Group",
        "Shuicheng Impression Flagship Store",
    }
    visited = ds.participations[ds.participations["role"] == "visited"]
    assert {"shenyang", "dalian"} <= set(visited["actor_id"])


def test_seed_figures_with_units_and_qualifiers(ds):
    c = ds.commitments.set_index("commitment_id")
    funds = c.loc["dalian-funds-materials-2019"]
    assert (funds["quantity"], funds["unit"], funds["qualifier"], funds["cumulative"]) == (
        487_000_000,
        "yuan",
        "exact",
        True,
    )
    assert (
        c.loc["dalian-aid-projects-2019", "quantity"],
        c.loc["dalian-aid-projects-2019", "qualifier"],
    ) == (600, "about")
    assert c.loc["dalian-people-trained-2019", "quantity"] == 10_000
    assert c.loc["dalian-liupanshui-five-agreements-2019", "quantity"] == 5


def test_seed_agreements_five_signed_two_named(ds):
    c = ds.commitments
    named = c[c["parent_commitment_id"] == "dalian-liupanshui-five-agreements-2019"]
    assert len(named) == 2
    assert any("tumor hospital" in d for d in named["description"])
    assert any("group-type" in d for d in named["description"])


def test_seed_events_dates_inferred(ds):
    ev = ds.events.set_index("event_id")
    visit = ev.loc["guizhou-delegation-liaoning-2019"]
    assert (visit["start_date"], visit["end_date"]) == (
        pd.Timestamp("2019-08-29"),
        pd.Timestamp("2019-08-31"),
    )
    assert visit["date_basis"] == "inferred"
    forum = ev.loc["guizhou-delegation-liaoning-2019-forum"]
    assert (forum["start_date"], forum["time_of_day"], forum["place"]) == (
        pd.Timestamp("2019-08-30"),
        "afternoon",
        "Dalian",
    )


def test_each_side_names_its_areas(ds):
    c = ds.commitments
    west = set(c.loc[c["from_actor_id"] == "guizhou", "area_id"])
    assert {"consumption", "industry", "education", "health", "labour", "tourism"} <= west
    east_words = set(c.loc[c["from_actor_id"] == "dalian", "area_as_stated"])
    assert {"capital support", "industrial support", "intellectual support"} <= east_words


def test_every_fact_row_cites_a_source_and_seed_rows_a_paragraph(ds):
    paras = document_paragraphs(DATA / "sources" / "dl-24772.txt")
    assert len(paras) == 9  # title + 8 paragraphs
    stored = ds.sources.loc[ds.sources["document"].notna(), "source_id"]
    assert list(stored) == ["dl-24772"]
    for name in (
        "actors",
        "positions",
        "events",
        "participations",
        "commitments",
        "indicators",
        "observations",
    ):
        t = ds.tables[name]
        assert t["source_id"].notna().all(), name
        seed = t[t["source_id"] == "dl-24772"]
        assert len(seed) and seed["paragraph"].between(0, 8).all(), name
        # Sources cited by URL only have no stored text, so no paragraph.
        assert t.loc[t["source_id"] != "dl-24772", "paragraph"].isna().all(), name


def test_indicators_use_the_assessment_taxonomy(ds):
    official = set(ds.areas.loc[ds.areas["assessment"], "area_id"])
    assert official == {
        "funds",
        "talent",
        "labour",
        "industry",
        "consumption",
        "county-pairing",
        "organisation",
    }
    assert set(ds.indicators["area_id"]) <= official


def test_research_pairings_and_hierarchy(ds):
    p = ds.pairings.set_index("pairing_id")["parent_pairing_id"]
    assert p["dalian-liupanshui"] == "liaoning-guizhou"
    assert p["qingdao-longnan"] == "shandong-gansu"
    assert p["liaoning-guizhou"] == p["shandong-gansu"] == "east-west-national"
    assert ds.pairings.set_index("pairing_id").loc["dalian-liupanshui", "since"] == 1996


def test_fingerprint_changes_with_content(data_copy):
    before = fingerprint_dataset(data_copy)
    assert before == fingerprint_dataset(DATA)
    (data_copy / "areas.csv").write_text(
        (data_copy / "areas.csv").read_text() + "\n", encoding="utf-8"
    )
    assert fingerprint_dataset(data_copy) != before


def test_validated_dataset_is_cached_by_fingerprint(data_copy, tmp_path, monkeypatch):
    from counterpart.dataset.load import cache_dir

    monkeypatch.setenv("COUNTERPART_CACHE_DIR", str(tmp_path / "cache"))
    first = load_dataset(data_copy)
    (entry,) = (cache_dir() / "datasets").glob("*.pickle")
    assert first.fingerprint.removeprefix("sha256:") in entry.name
    again = load_dataset(data_copy)
    assert again.data_dir == first.data_dir
    for name, table in first.tables.items():
        pd.testing.assert_frame_equal(table, again.tables[name])
    # a broken entry is ignored, not trusted
    entry.write_bytes(b"not a pickle")
    assert len(load_dataset(data_copy).events) == len(first.events)
    # changed data is a new fingerprint: validated again, its problems reported
    append_line(data_copy, "events", "broken-event,,visit")
    with pytest.raises(DataValidationError) as err:
        load_dataset(data_copy)
    assert "events.csv:" in str(err.value)
