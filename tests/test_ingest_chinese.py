"""A Chinese article end to end: extract proposes its people in characters with pinyin, its
figures in yuan, its dates; accept then validate pass; the rows cite source and paragraph."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import DATA

from counterpart.cli import main
from counterpart.dataset import load_dataset
from counterpart.ingest.evaluate import main as evaluate_main
from counterpart.ingest.extract import extract_file
from counterpart.ingest.review import accept_review, write_review

HERE = Path(__file__).parent
ARTICLE = HERE / "extraction" / "zh-dalian-liupanshui-2019.txt"
URL = "http://www.gov.cn/test/zh-dalian-liupanshui-2019.html"


def test_extract_proposes_chinese_people_figures_and_dates():
    ex = extract_file(ARTICLE, source_url=URL, data_dir=DATA, published="2019-09-02")
    assert ex.pairing_id == "dalian-liupanshui"
    people = {c.fields["name_zh"]: c for c in ex.of_kind("person")}
    chen = people["谌贻琴"]
    # known actor stored in pinyin: matched, not added again
    assert chen.match == "chen-yiqin" and chen.fields["name"] == "Chen Yiqin"
    assert people["谭成旭"].fields["name"] == "Tan Chengxu"
    titles = {c.label for c in ex.of_kind("title")}
    assert {"谌贻琴: 贵州省委副书记", "谌贻琴: 省长", "王明玉: 辽宁省领导"} <= titles
    gov = next(c for c in ex.of_kind("title") if c.label == "谌贻琴: 贵州省委副书记")
    assert gov.fields["organisation_id"] == "guizhou-party-committee"
    figures = {
        (c.fields["quantity"], c.fields["unit"], c.fields["qualifier"])
        for c in ex.of_kind("figure")
    }
    assert ("487000000", "yuan", "exact") in figures
    assert ("212400", "persons", "more than") in figures
    assert ("600", "projects", "about") in figures
    events = {(c.fields["start_date"], c.fields["end_date"]) for c in ex.of_kind("event")}
    assert ("2019-08-29", "2019-08-31") in events and ("2019-08-30", "2019-08-30") in events
    agreements = {c.label for c in ex.of_kind("agreement")}
    assert "大连市·六盘水市东西部扶贫协作框架协议" in agreements


def test_accept_then_validate_rows_cite_source_and_paragraph(tmp_path, data_copy):
    article = tmp_path / "article.txt"
    # one person the dataset does not know yet (invented for the test)
    text = ARTICLE.read_text(encoding="utf-8") + "\n大连市扶贫办主任周红伟参加座谈。\n"
    article.write_text(text, encoding="utf-8")
    ex = extract_file(article, source_url=URL, data_dir=data_copy, published="2019-09-02")
    review = write_review(ex, tmp_path / "article.review.yaml", data_copy)
    doc = yaml.safe_load(review.read_text(encoding="utf-8"))
    person = next(c for c in doc["candidates"] if c["label"] == "周红伟")
    assert person["fields"]["name"] == "Zhou Hongwei" and person["fields"]["name_zh"] == "周红伟"
    known = next(c for c in doc["candidates"] if c["label"] == "谭成旭")
    assert known["fields"]["name"] == "Tan Chengxu"  # matched to the actor stored in pinyin
    for c in doc["candidates"]:  # the analyst confirms the events and who did what in them
        if c["kind"] in ("role", "event"):
            c["decision"] = "accept"
    review.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    accept_review(review, data_copy)
    ds = load_dataset(data_copy)  # validates the whole dataset
    sid = ex.source_id
    src = ds.sources.set_index("source_id").loc[sid]
    assert src["language"] == "zh" and src["url"] == URL
    stored = (data_copy / src["document"]).read_text(encoding="utf-8")
    zhou = ds.actors.set_index("actor_id").loc["zhou-hongwei"]
    assert (zhou["name"], zhou["name_zh"], zhou["source_id"]) == ("Zhou Hongwei", "周红伟", sid)
    paragraphs = [p.strip() for p in stored.split("\n\n") if p.strip()]
    assert "周红伟" in paragraphs[int(zhou["paragraph"])]
    assert (ds.actors["actor_id"] == "tan-chengxu").sum() == 1
    pos = ds.positions[
        (ds.positions["source_id"] == sid) & (ds.positions["actor_id"] == "tan-chengxu")
    ]
    assert {"大连市委副书记", "市长"} <= set(pos["title"])
    for _, row in pos.iterrows():
        assert row["evidence"] in paragraphs[int(row["paragraph"])]
    com = ds.commitments[ds.commitments["source_id"] == sid].set_index("unit")
    money = com.loc["yuan"]
    money = money[money["quantity"] == 487_000_000].iloc[0]
    assert money["evidence"] in paragraphs[int(money["paragraph"])]
    visit = next(c for c in ex.of_kind("event") if c.fields["start_date"] == "2019-08-29")
    assert visit.match  # the visit is already in the dataset (from the English seed article)
    parts = ds.participations[ds.participations["source_id"] == sid]
    assert len(parts) and set(parts["event_id"]) <= set(ds.events["event_id"])
    assert ("tan-zuojun", "presided") in set(zip(parts["actor_id"], parts["role"], strict=True))


def test_cli_extract_accept_validate(tmp_path, data_copy, capsys):
    article = tmp_path / "zh.txt"
    article.write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "zh.review.yaml"
    args = [
        "extract",
        str(article),
        "--source-url",
        URL,
        "--published",
        "2019-09-02",
        "--data-dir",
        str(data_copy),
        "-o",
        str(out),
    ]
    assert main(args) == 0
    assert main(["accept", str(out), "--data-dir", str(data_copy)]) == 0
    assert main(["validate", "--data-dir", str(data_copy)]) == 0


def test_evaluation_prints_article_and_pooled_rows_for_both_languages(capsys):
    golds = [
        str(HERE / "extraction" / n)
        for n in ("zh-dalian-liupanshui-2019.gold.yaml", "en-shapes-2018.gold.yaml")
    ]
    assert evaluate_main(golds) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:7] == ["article", "kind", "gold", "found", "matched", "P", "R"]
    rows = {(r.split()[0], r.split()[1]): r.split() for r in out[1:]}
    for group in (
        "zh-dalian-liupanshui-2019",
        "en-shapes-2018",
        "pooled",
        "pooled-en",
        "pooled-zh",
    ):
        for kind in ("persons", "titles", "figures", "dates", "agreements", "organisations"):
            assert (group, kind) in rows
    persons = rows[("pooled-zh", "persons")]
    assert persons[2:5] == ["7", "7", "7"] and persons[5:7] == ["1.00", "1.00"]


def test_an_ingested_chinese_article_shows_up_in_the_next_reports(tmp_path, data_copy):
    from counterpart.reports.report import open_report
    from counterpart.reports.sections import commitments_table, people_table
    from counterpart.reports.tables import table_html

    article = tmp_path / "article.txt"
    text = ARTICLE.read_text(encoding="utf-8") + "\n大连市扶贫办主任周红伟参加座谈。\n"
    article.write_text(text, encoding="utf-8")
    ex = extract_file(article, source_url=URL, data_dir=data_copy, published="2019-09-02")
    review = write_review(ex, tmp_path / "article.review.yaml", data_copy)
    doc = yaml.safe_load(review.read_text(encoding="utf-8"))
    for c in doc["candidates"]:  # the analyst confirms the events and who did what in them
        if c["kind"] in ("role", "event"):
            c["decision"] = "accept"
    review.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    accept_review(review, data_copy)
    before = open_report("dalian-liupanshui", "2019-09-01", str(data_copy))
    after = open_report("dalian-liupanshui", "2019-12-31", str(data_copy))
    assert "4.87亿元" not in table_html(commitments_table(before, "reported achievement"))
    table = table_html(commitments_table(after, "reported achievement"))
    assert "大连市累计投入帮扶资金和物资4.87亿元" in table
    assert "487 million yuan (cumulative)" in table
    people = str(people_table(after, "east"))  # side from his title: 大连市扶贫办
    assert "Zhou Hongwei (周红伟)" in people


def test_a_figure_in_the_headline_is_proposed_once_and_cited_there(tmp_path, data_copy):
    article = tmp_path / "article.txt"
    article.write_text(
        "大连帮扶六盘水 价值2600万元农产品运往大连 8个项目签约\n\n"
        "9月3日，大连市与六盘水市在大连举行推介会，8个项目签约，"
        "约2600万元农产品分批运往大连。\n",
        encoding="utf-8",
    )
    ex = extract_file(article, source_url=URL, data_dir=data_copy, published="2019-09-04")
    figures = [
        (c.fields["quantity"], c.fields["unit"], c.fields["qualifier"], c.fields["paragraph"])
        for c in ex.of_kind("figure")
    ]
    # the headline's exact 2600万元 is its own figure; its 8个项目 is the body's, said again
    assert sorted(figures) == [
        ("26000000", "yuan", "about", "1"),
        ("26000000", "yuan", "exact", "0"),
        ("8", "projects", "exact", "1"),
    ]
    headline_figure = next(c for c in ex.of_kind("figure") if c.fields["paragraph"] == "0")
    assert headline_figure.decision == "review"  # headlines restate: the analyst decides
    review = write_review(ex, tmp_path / "article.review.yaml", data_copy)
    doc = yaml.safe_load(review.read_text(encoding="utf-8"))
    for c in doc["candidates"]:
        if c["kind"] == "figure":
            c["decision"] = "accept"
    review.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    accept_review(review, data_copy)
    ds = load_dataset(data_copy)
    com = ds.commitments[ds.commitments["source_id"] == ex.source_id]
    headline = com[com["paragraph"].astype(int) == 0]
    assert list(headline["quantity"].astype(float)) == [26_000_000]
    assert "价值2600万元农产品运往大连" in headline["evidence"].iloc[0]


def test_a_figure_the_body_says_twice_is_proposed_once(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(
        "两省协作成效显著\n\n"
        "1月10日，记者获悉：2024年，协作资金共支持587个项目建设。\n\n"
        "据介绍，协作资金共支持587个项目建设，带动1280人就业。\n",
        encoding="utf-8",
    )
    ex = extract_file(article, source_url=URL, data_dir=DATA, published="2025-01-11")
    figures = sorted(
        (c.fields["quantity"], c.fields["unit"], c.fields["paragraph"])
        for c in ex.of_kind("figure")
    )
    assert figures == [("1280", "persons", "2"), ("587", "projects", "1")]


def test_a_text_without_its_headline_and_names_before_等_的_和():
    from counterpart.ingest.extract import extract, parse_article

    article = parse_article(
        (
            "某新闻网讯 昨天上午，甲州人大常委会副主任、乙市委书记方俊率党政考察团来我市对接工作。"
            "市领导董维波、陈永和乙市领导蔡洪斌参加。\n\n"
            "考察团在县委副书记敖翔的陪同下考察了园区，市委办公室主任丁伟等参加。\n"
        ).encode()
    )
    assert not article.titled  # the first paragraph is news, not a headline
    ex = extract(article, source_url=URL, published="2019-08-22")
    titles = {c.label for c in ex.of_kind("title")}
    assert {
        "方俊: 乙市委书记",
        "陈永: 市领导",
        "蔡洪斌: 乙市领导",
        "敖翔: 县委副书记",
        "丁伟: 市委办公室主任",
    } <= titles
    assert {c.label for c in ex.of_kind("person")} >= {"方俊", "陈永", "蔡洪斌", "敖翔", "丁伟"}


def test_a_post_at_the_publishers_own_body_is_proposed_without_it():
    from counterpart.ingest.extract import extract, parse_article

    article = parse_article(
        "我院专家赴新疆\n\n6月10日，我院副院长王建明带领医疗队出发。我市市委书记李红军到机场送行。\n".encode()
    )
    ex = extract(article, source_url=URL, published="2019-06-11")
    titles = {c.label for c in ex.of_kind("title")}
    assert {"王建明: 副院长", "李红军: 市委书记"} <= titles
    assert not any("我" in t for t in titles)
