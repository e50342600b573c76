"""Reports that say what they show, on a small hand-made record: key findings, pairings compared,
series that keep kinds apart, conflicts side by side, a pairing's end, weak facts kept apart."""

from __future__ import annotations

from small_record import small_report

from counterpart.reports import charts, sections
from counterpart.reports.compare import comparison_rows, main_measure
from counterpart.reports.findings import key_findings
from counterpart.reports.tables import table_html

LATE = "2021-06-30"  # every source is out; pairing a ended on 2020-12-31


def test_weak_facts_are_kept_apart_and_listed_with_the_rule():
    report = small_report("a", LATE)
    assert "rumour" not in set(report.scope.commitments["commitment_id"])
    weak = report.scope.unconfirmed
    assert list(weak.loc[weak["table"] == "commitments", "row_id"]) == ["rumour"]
    listed = table_html(sections.unconfirmed_table(report))
    assert "Funds claimed by a blog: 9 billion yuan (cumulative)" in listed
    weak_number = report.numbers["weak-1"]
    assert f"Source: [{weak_number}] ¶1" in listed
    assert "weak sources" in sections.trust_rule(report) and "unconfirmed" in sections.trust_rule(
        report
    )
    text = " ".join(f.text for f in key_findings(report.scope))
    assert "9 billion" not in text and "500 million yuan" in text  # never a headline


def test_conflicts_are_shown_side_by_side_and_the_loser_is_not_charted():
    report = small_report("a", LATE)
    assert list(report.scope.conflicts["conflict_id"]) == ["a-2019"]
    table = sections.conflicts_table(report)
    row = table.iloc[0]
    n_off, n_press = report.numbers["off-2"], report.numbers["press-1"]
    assert row["One source says"] == f"45 million yuan [{n_off}] ¶1"
    assert row["Another says"] == f"54 million yuan [{n_press}] ¶1"
    assert row["The report uses"] == "45 million yuan" and row["Rule"] == "official over press"
    summary = sections.indicator_summary(report).set_index("indicator_id")
    assert summary.loc["a-funds", "latest_value"] == 45e6  # the chosen value, not the later row
    ind = report.scope.indicators.set_index("indicator_id", drop=False).loc["a-funds"]
    fig = charts.indicator_chart(
        ind, report.scope.observations, report.scope.as_of, sections.superseded(report)
    )
    heights = sorted(p.get_height() for ax in fig.axes for p in ax.patches)
    assert heights == [40e6, 45e6]  # one bar per year; the press figure is in the table only
    assert "official over press" in " ".join(f.text for f in key_findings(report.scope))


def test_a_report_after_the_pairings_end_says_so_and_names_the_successor():
    ended = small_report("a", LATE).title_block()
    assert (
        "Alpha City → Aleph City ended in 2020; its successor is Gamma City → Aleph City." in ended
    )
    assert "(Its report: pairing = c.)" in ended
    # on its last day the end is recorded, but its source (published 2021-01-10) is not out yet
    assert "ended" not in small_report("a", "2020-12-31").title_block()
    assert "ended" not in small_report("b", LATE).title_block()  # no end recorded
    first = key_findings(small_report("a", LATE).scope)[0]
    assert first.topic == "life" and first.refs == (("off-2", None),)


def test_key_findings_carry_figures_delivery_changes_and_citations():
    report = small_report("a", LATE, previous_as_of="2020-06-30")
    found = {f.topic: f for f in key_findings(report.scope, report.previous_as_of)}
    assert found["largest"].text.startswith("Reported: 500 million yuan (cumulative)")
    assert found["delivery"].text == (
        "Alpha funds per year: 45 million yuan (to 2019-12-31) against a target of 30 million "
        "yuan by 2020-12-31 — met."
    )
    assert found["changed"].text.startswith("Since 2020-06-30: 1 new figure")
    html = sections.key_findings(report)
    n = report.numbers["off-1"]
    assert f'<span class="cp-cite">[{n}] ¶2</span>' in html  # each sentence with its citation


def test_a_province_report_compares_its_pairings_like_with_like():
    report = small_report("p", LATE)
    rows = comparison_rows(report.family)
    assert main_measure(rows) == "Funds, yuan, per year"
    table = sections.comparison_table(report)
    assert set(table["Measure"]) == {"Funds, yuan, per year"}  # b's running total has no peer
    # one line per measure and pairing, its values year by year
    assert list(zip(table["Pairing"], table["Values, by year(s)"], strict=True)) == [
        ("Alpha City → Aleph City", "2018: 40 million yuan; 2019: 45 million yuan"),  # chosen value
        ("Beta City → Bet City", "2019: 20 million yuan"),
    ]
    n1, n2, n3 = (report.numbers[s] for s in ("off-1", "off-2", "press-1"))
    assert list(table["Source"]) == [f"[{n1}] ¶1; [{n2}] ¶1", f"[{n3}] ¶1"]
    fig, cited = sections.comparison_figure(report)
    (ax,) = fig.axes
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2018", "2019"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "Alpha City → Aleph City",
        "Beta City → Bet City",
    ]
    assert set(cited["observation_id"]) == {"a-2018", "a-2019", "b-2019"}
    assert sections.comparison_note(report) == ""  # two pairings: the chart shows both
    city = sections.comparison_table(small_report("b", LATE))
    assert city.empty and "No pairing sits under this one" in table_html(city)


def test_a_yearly_and_a_running_total_never_share_an_axis():
    report = small_report("b", LATE)
    obs = report.scope.observations.copy()
    obs.loc[obs["observation_id"] == "b-total-2019", "indicator_id"] = "b-funds"
    ind = report.scope.indicators.set_index("indicator_id", drop=False).loc["b-funds"]
    fig = charts.indicator_chart(ind, obs, report.scope.as_of)
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    assert titles == ["each year's value", "running totals"]
    bars, line = fig.axes[0], fig.axes[1]
    assert [p.get_height() for p in bars.patches] == [20e6]
    assert list(line.lines[0].get_ydata()) == [90e6]


def test_each_observation_says_what_kind_of_figure_it_is():
    report = small_report("b", LATE)
    table = sections.observations_table(report, "b-total")
    assert list(table["Kind"]) == ["running total since 2012-01-01"] * 2
    assert list(sections.observations_table(report, "b-funds")["Kind"]) == ["a year's value"]
