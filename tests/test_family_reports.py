"""A report with pairings under it (province, national) shows its own rows in full and its members
one line each: counts and statuses right, no member's indicator charted, and a comparison that
stays readable with many members. On the hand-made small record (tests/small_record.py)."""

from __future__ import annotations

import time

import pandas as pd
from small_record import many_members_report, small_report

from counterpart.reports import sections
from counterpart.reports.findings import key_findings
from counterpart.reports.tables import Link, table_html

LATE = "2021-06-30"  # every source is out; pairing a ended on 2020-12-31


def test_the_member_summary_lists_each_member_once_with_its_counts_and_statuses():
    report = small_report("p", LATE)
    table = sections.member_summary(report)
    assert list(table["_pairing_id"]) == ["a", "b", "c"]  # tree order: siblings by name
    assert [str(x) for x in table["Pairing"]] == [
        "Alpha City → Aleph City",
        "Beta City → Bet City",
        "Gamma City → Aleph City",
    ]
    rows = table.set_index("_pairing_id")
    assert rows.loc["a", "Commitments"] == 1  # the blog's figure is unconfirmed, not counted
    assert rows.loc["a", "Indicators"] == "1 met"  # 45 million (the conflict's choice) >= 30
    assert rows.loc["b", "Indicators"] == "2 no target"
    assert rows.loc["c", "Indicators"] == "none"
    assert (rows.loc["a", "Start"], rows.loc["a", "Ended"]) == ("2010", "2020")
    assert (rows.loc["b", "Start"], rows.loc["b", "Ended"]) == ("2012", "—")
    # the indicators report lists the members with a status to judge: a (met), not b (no target)
    by_status = sections.member_indicators(report).set_index("_pairing_id")
    assert list(by_status.index) == ["a"]
    assert by_status.loc[
        "a", ["Indicators", "Met", "On track", "Behind", "No target"]
    ].tolist() == [
        1,
        1,
        0,
        0,
        0,
    ]
    # each line is traceable: its source line names the sources of the rows counted
    html = table_html(table)
    n_off1, n_off2, n_press = (report.numbers[s] for s in ("off-1", "off-2", "press-1"))
    assert f"Source: [{n_off1}] ¶2; [{n_off2}] ¶1; [{n_press}] ¶1" in html
    assert '<a href="../../a/latest/brief.html">Alpha City → Aleph City</a>' in html


def test_a_members_end_is_shown_only_once_its_source_is_out():
    early = sections.member_summary(small_report("p", "2020-12-31")).set_index("_pairing_id")
    assert early.loc["a", "Ended"] == "—"  # the end's source is published on 2021-01-10


def test_a_family_report_lays_out_only_its_own_rows_and_charts_no_member_indicator():
    report = small_report("p", LATE)
    assert report.has_members and report.family.family == ["p", "a", "b", "c"]
    assert report.scope.indicators.empty and report.scope.commitments.empty
    assert len(report.family.indicators) == 3
    # the notebook charts report.scope.indicators: nothing of a member
    assert sections.indicators_table(report).empty
    assert "No indicator follows" in sections.no_indicators_note(report)
    assert "3 indicator(s) of 2 pairing(s): 1 met, 2 no target" in sections.family_status_counts(
        report
    )
    assert "The 3 pairing(s) under it are summarised" in sections.members_note(report)
    overview = sections.pairing_overview(report)
    assert "Under it: 3 pairing(s) (3 city)" in overview and "Below it" not in overview
    # the sources stay numbered over the family, so member lines and the brief agree
    assert set(report.numbers) == {"off-1", "off-2", "press-1", "weak-1"}


def test_a_city_report_is_unchanged_and_has_no_member_summary():
    report = small_report("b", LATE)
    assert not report.has_members and report.family is report.scope
    assert sections.member_summary(report).empty
    assert "No pairing sits under this one." in table_html(sections.member_summary(report))
    assert sections.members_note(report) == "" and sections.family_status_counts(report) == ""
    assert set(report.scope.indicators["indicator_id"]) == {"b-funds", "b-total"}


def test_key_findings_cover_the_family_and_say_how_its_members_stand():
    report = small_report("p", LATE, previous_as_of="2020-06-30")
    found = {f.topic: f for f in key_findings(report.family, report.previous_as_of)}
    assert found["largest"].text.startswith(
        "Alpha City → Aleph City: Reported: 500 million yuan"
    )  # a member's figure, with whose it is
    assert found["members"].text == (
        "Under this one, 2 pairing(s) follow 3 indicator(s): 1 met, 2 no target."
    )
    assert found["changed"].text.startswith("Since 2020-06-30: 2 new figures")


def test_what_changed_lists_own_rows_and_counts_the_members():
    report = small_report("p", LATE, previous_as_of="2020-06-30")
    changed = sections.what_changed(report)
    assert changed.new_observations.empty  # the province itself published nothing
    assert "For the pairings under this one: 2 new figures, in 2 pairing(s)" in changed.intro
    assert "Nothing new was published for East Province → West Province itself" in changed.intro


def test_with_sixty_members_the_comparison_stays_bounded_and_the_summary_one_line_each():
    report = many_members_report(60, LATE)
    started = time.perf_counter()
    summary = sections.member_summary(report)
    fig, drawn = sections.comparison_figure(report)
    table = sections.comparison_table(report)
    note = sections.comparison_note(report)
    assert time.perf_counter() - started < 10  # one pass over the family, not one per member
    assert len(summary) == 63 and summary["_pairing_id"].is_unique
    town = summary.set_index("_pairing_id").loc["m7"]
    assert (str(town["Pairing"]), town["Indicators"]) == ("East Town 7 → West Town 7", "1 on track")
    judged = sections.member_indicators(report).set_index("_pairing_id")
    assert len(judged) == 61 and "b" not in judged.index  # a and the 60 towns; b has no target
    assert judged.loc["m10", "Met"] == 1 and judged.loc["m9", "On track"] == 1  # target 10 million
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    # the eight largest latest values: towns 53 to 60 (k million yuan each)
    assert sorted(legend) == sorted(f"East Town {k} → West Town {k}" for k in range(53, 61))
    assert drawn["pairing_id"].nunique() == 8
    assert "62 pairings report Funds, yuan, per year" in note and "the other 54" in note
    assert len(table) == 62  # every pairing that reports the charted measure, one line each
    assert table["Pairing"].is_unique and set(table["Measure"]) == {"Funds, yuan, per year"}
    (measure,) = sections.measures_table(report).to_dict("records")
    assert measure["Pairings reporting it"] == 62
    assert measure["Latest values, lowest – highest"] == "1 million yuan – 60 million yuan"


def test_a_link_cell_escapes_its_text_and_address():
    df = pd.DataFrame({"Pairing": [Link('<b>x</b> "y"', '../../a"b/latest/brief.html')]})
    html = table_html(df)
    assert "<b>" not in html and "&lt;b&gt;x&lt;/b&gt; &quot;y&quot;" in html
    assert 'href="../../a&quot;b/latest/brief.html"' in html
    from counterpart.reports.members import report_href

    assert report_href('javascript:alert("x")') == (
        "../../javascript%3Aalert%28%22x%22%29/latest/brief.html"
    )


def test_a_national_report_lists_provinces_each_followed_by_its_cities(data_dir):
    from counterpart.reports import open_report

    report = open_report("east-west-national", "2026-01-01", str(data_dir))
    table = sections.member_summary(report)
    assert list(table["_pairing_id"]) == [
        "liaoning-guizhou",
        "dalian-liupanshui",
        "shandong-gansu",
        "qingdao-longnan",
    ]
    assert [str(p) for p in table["Pairing"]][:2] == [
        "Liaoning Province → Guizhou Province",
        "· Dalian → Liupanshui",  # a city under its province
    ]
    rows = table.set_index("_pairing_id")
    assert list(rows["Level"]) == ["province", "city", "province", "city"]
    # a province's line counts its own rows; its city's are on the city's line
    assert rows.loc["liaoning-guizhou", "Indicators"] == "none"
    assert rows.loc["dalian-liupanshui", "Indicators"] == "8 no target, 2 no data"
