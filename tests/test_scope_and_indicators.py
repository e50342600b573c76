"""What a report may use (pairing family, as-of date) and the indicator status rule."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from counterpart.dataset.scope import pairing_family, scope_dataset
from counterpart.reports.indicators import indicator_status, summarise_indicators


def test_family_includes_city_pairing_under_province(ds):
    assert pairing_family(ds.pairings, "liaoning-guizhou") == [
        "liaoning-guizhou",
        "dalian-liupanshui",
    ]
    assert pairing_family(ds.pairings, "dalian-liupanshui") == ["dalian-liupanshui"]


def test_before_any_source_nothing_is_known(ds):
    s = scope_dataset(ds, "dalian-liupanshui", dt.date(2018, 9, 11))
    assert s.events.empty and s.commitments.empty and s.observations.empty
    everything = scope_dataset(ds, "dalian-liupanshui", dt.date(2030, 1, 1))
    assert s.withheld["commitments"] == len(everything.commitments) > 0
    assert everything.withheld["commitments"] == 0


def test_as_of_2018_and_2019_differ_as_the_sources_say(ds):
    """2018: the promotion meeting of 2018-09-12 (dl-23323) and its action plan, no figure yet.
    2019: the seed visit's figures and agreements (dl-24772), the fair and the 2018 rating (dl-25022)."""
    y18 = scope_dataset(ds, "dalian-liupanshui", dt.date(2018, 12, 31))
    y19 = scope_dataset(ds, "dalian-liupanshui", dt.date(2019, 12, 31))
    assert set(y18.commitments["commitment_id"]) == {
        "dalian-liupanshui-action-plan-2018",
        "dalian-key-tasks-2018",
    }
    assert set(y18.events["event_id"]) == {
        "dalian-liupanshui-promotion-meeting-2018",
        "dalian-liupanshui-promotion-meeting-2018-signing",
    }
    assert y18.observations.empty
    assert {"Qu Tianjun", "Wang Zhong", "Tan Zuojun"} <= set(y18.actors["name"])
    assert set(y19.commitments["commitment_id"]) > set(y18.commitments["commitment_id"])
    values = dict(zip(y19.observations["indicator_id"], y19.observations["value"], strict=True))
    assert values["dalian-liupanshui-funds-cumulative"] == 487_000_000
    assert values["dalian-liupanshui-agreements-signed"] == 5
    assert values["dalian-liupanshui-enterprise-investment"] == 2_000_000_000
    assert "east-west-evaluation-2018-dalian-liupanshui" in set(y19.events["event_id"])
    assert "east-west-evaluation-2018-dalian-liupanshui" not in set(y18.events["event_id"])
    from counterpart.reports.changes import compare_scopes

    ch = compare_scopes(y18, y19)
    assert len(ch.new_observations) == len(y19.observations) == 8
    status = dict(zip(ch.status_changes["indicator_id"], ch.status_changes["status"], strict=True))
    assert status["dalian-liupanshui-funds-cumulative"] == "no target"
    assert status["liupanshui-tumor-hospital-built"] == "no data"


def test_city_report_has_its_events_their_parent_and_forum_pledges(ds):
    s = scope_dataset(ds, "dalian-liupanshui", dt.date(2020, 1, 1))
    assert set(s.events["event_id"]) >= {
        "guizhou-delegation-liaoning-2019",  # the visit the forum was part of, for context
        "guizhou-delegation-liaoning-2019-dalian",
        "guizhou-delegation-liaoning-2019-forum",
        "guizhou-delegation-liaoning-2019-signing",
    }
    # Guizhou's requests were made at the Dalian forum, so the city report shows them.
    assert "guizhou-request-consumption" in set(s.commitments["commitment_id"])
    assert "Chen Yiqin" in set(s.actors["name"])
    assert len(s.indicators) == 10 and len(s.observations) == 8


def test_province_report_includes_everything_of_the_city_pairing(ds):
    s = scope_dataset(ds, "liaoning-guizhou", dt.date(2020, 1, 1))
    city = scope_dataset(ds, "dalian-liupanshui", dt.date(2020, 1, 1))
    assert set(city.commitments["commitment_id"]) <= set(s.commitments["commitment_id"])
    assert "guizhou-request-tourism" in set(s.commitments["commitment_id"])
    assert "brilliance-bmw-tiexi" in set(s.actors["actor_id"])
    assert "qingdao" not in set(s.actors["actor_id"])
    assert list(s.cited_sources()["source_id"]) == ["dl-23323", "dl-24772", "dl-25022"]


def _indicator(**kw):
    base = dict(
        indicator_id="i",
        direction="increase",
        baseline_value=pd.NA,
        baseline_date=pd.NaT,
        target_value=pd.NA,
        target_date=pd.NaT,
    )
    return pd.Series({**base, **kw})


def _obs(*pairs):
    return pd.DataFrame(
        [
            {
                "indicator_id": "i",
                "ref_date": pd.Timestamp(d),
                "value": v,
                "qualifier": "exact",
                "source_id": "s",
                "paragraph": 1,
            }
            for d, v in pairs
        ],
        columns=["indicator_id", "ref_date", "value", "qualifier", "source_id", "paragraph"],
    )


AS_OF = dt.date(2021, 1, 1)


@pytest.mark.parametrize(
    ("indicator", "observations", "status"),
    [
        (_indicator(), _obs(), "no data"),
        (_indicator(), _obs(("2020-06-30", 5)), "no target"),
        (_indicator(target_value=10), _obs(("2020-01-01", 4), ("2020-06-30", 10)), "met"),
        (
            _indicator(target_value=10, target_date=pd.Timestamp("2020-12-31")),
            _obs(("2020-06-30", 9)),
            "behind",
        ),
        (
            _indicator(target_value=10, target_date=pd.Timestamp("2022-01-01")),
            _obs(("2020-06-30", 1)),
            "on track",
        ),
        (
            _indicator(
                baseline_value=0,
                baseline_date=pd.Timestamp("2020-01-01"),
                target_value=100,
                target_date=pd.Timestamp("2022-01-01"),
            ),
            _obs(("2021-01-01", 30)),
            "behind",
        ),
        (
            _indicator(
                baseline_value=0,
                baseline_date=pd.Timestamp("2020-01-01"),
                target_value=100,
                target_date=pd.Timestamp("2022-01-01"),
            ),
            _obs(("2021-01-01", 60)),
            "on track",
        ),
        (_indicator(direction="decrease", target_value=10), _obs(("2020-06-30", 8)), "met"),
    ],
)
def test_status_rule(indicator, observations, status):
    assert indicator_status(indicator, observations, AS_OF)["status"] == status
    # the vectorised summary (every indicator of a family at once) applies the same rule
    summary = summarise_indicators(indicator.to_frame().T, observations, AS_OF)
    assert list(summary["status"]) == [status]


def test_summary_agrees_with_the_rule_on_every_indicator_and_date(ds):
    for day in ("2018-12-31", "2019-12-31", "2020-12-31", "2026-01-01"):
        day = dt.date.fromisoformat(day)
        summary = summarise_indicators(ds.indicators, ds.observations, day)
        for (_, ind), (_, got) in zip(ds.indicators.iterrows(), summary.iterrows(), strict=True):
            one = indicator_status(ind, ds.observations, day)
            assert (got["status"], got["observations"]) == (one["status"], one["observations"])
            if one["observations"]:
                assert (got["latest_value"], got["latest_source_id"]) == (
                    one["latest_value"],
                    one["latest_source_id"],
                )


def test_a_province_reports_own_rows_leave_its_cities_out(ds):
    own = scope_dataset(ds, "liaoning-guizhou", dt.date(2020, 1, 1), members=False)
    city = scope_dataset(ds, "dalian-liupanshui", dt.date(2020, 1, 1))
    assert own.family == ["liaoning-guizhou"]
    assert set(own.pairings["pairing_id"]) == {"liaoning-guizhou"}
    city_only = set(city.commitments["commitment_id"]) - set(own.commitments["commitment_id"])
    assert city_only, "a city's own commitments are not the province's rows"
    assert not set(own.indicators["pairing_id"]) - {"liaoning-guizhou"}


def test_latest_value_ignores_observations_after_as_of():
    obs = _obs(("2019-01-01", 1), ("2022-01-01", 9))
    result = indicator_status(_indicator(target_value=5), obs, AS_OF)
    assert (result["latest_value"], result["observations"], result["status"]) == (
        1.0,
        1,
        "on track",
    )


def test_real_indicators_as_of_today(ds):
    summary = summarise_indicators(ds.indicators, ds.observations, dt.date(2026, 1, 1)).set_index(
        "indicator_id"
    )
    assert summary.loc["dalian-liupanshui-funds-cumulative", "latest_value"] == 487_000_000
    assert summary.loc["dalian-liupanshui-funds-cumulative", "status"] == "no target"
    assert summary.loc["liupanshui-tumor-hospital-built", "status"] == "no data"
