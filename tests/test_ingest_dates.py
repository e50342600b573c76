"""Chinese dates: ranges, a bare day after a dateline, 去年 and 今年 from the publication date."""

from __future__ import annotations

import pytest

from counterpart.ingest.dates_zh import find_dates


def _keys(text, published="2019-09-02", year=None):
    return [(d.value["start"], d.value["end"]) for d in find_dates(text, published, year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8月29日至31日，代表团赴辽宁", [("2019-08-29", "2019-08-31")]),
        # months and days in Chinese numerals after their year, and parts of months joined
        ("今年四月，书记前往定西考察", [("2019-04", "2019-04")]),
        ("2018年十一月二十日，代表团到访", [("2018-11-20", "2018-11-20")]),
        ("去年十月二十六日，代表团到访", [("2018-10-26", "2018-10-26")]),
        ("从3月初开始至4月底，两地干部往来不断", [("2019-03", "2019-04")]),
        # a span joined by a doubled dash or an en dash
        ("1994年7月20日——23日，座谈会在北京召开", [("1994-07-20", "1994-07-23")]),
        ("2023年6月–9月，两地开展交流", [("2023-06", "2023-09")]),
        ("7月25至27日，代表团赴贵州", [("2019-07-25", "2019-07-27")]),
        ("2018年9月12日，会议召开", [("2018-09-12", "2018-09-12")]),
        ("自去年10月中央确定结对以来", [("2018-10", "2018-10")]),
        ("去年，大连投入资金", [("2018", "2018")]),
        ("今年以来，杭州安排资金", [("2019", "2019")]),
        ("截至今年11月，全部摘帽", [("2019-11", "2019-11")]),
        ("2016年，中央决定", [("2016", "2016")]),
        ("2018年以来，两地", [("2018", "2018")]),
        ("自1996年宁波对口帮扶以来", [("1996", "1996")]),
        ("2017年3月，两市签署", [("2017-03", "2017-03")]),
        ("2017年至2019年三年行动", [("2017", "2019")]),
        # an ISO date in copy is a date; the page's own time stamp is not (see below)
        ("会议定于2020-12-24召开", [("2020-12-24", "2020-12-24")]),
        ("来源：新华网 2020-12-24 15:02:50", []),
        # a bare day takes the month said before it (a dateline here)
        (
            "新华社银川7月22日电 联席会议21日在银川召开",
            [("2019-07-22", "2019-07-22"), ("2019-07-21", "2019-07-21")],
        ),
        # a year or 今年 heading a clause dates what follows it
        ("其中，2021年新建援助项目6个", [("2021", "2021")]),
        ("；今年贵州茶叶在宁波销售突破了2亿元", [("2019", "2019")]),
        ("去年黔东南州劳务输出3万人", [("2018", "2018")]),
        # 上月 counts back from the publication month
        ("上月26日，考察团抵达铜仁", [("2019-08-26", "2019-08-26")]),
        ("上月底，两地签约", [("2019-08", "2019-08")]),
        # a range of days after a dateline, a range of years with one 年, the day after
        (
            "新华社西宁6月3日电 考察团4日至5日在海东考察",
            [("2019-06-03", "2019-06-03"), ("2019-06-04", "2019-06-05")],
        ),
        ("2018—2020年，两县共建", [("2018", "2020")]),
        # a range of months, with or without its year
        ("今年1至9月，销售农产品", [("2019-01", "2019-09")]),
        ("2020年3—5月，两地互派", [("2020-03", "2020-05")]),
        (
            "6月30日，代表团抵达。次日，两地座谈",
            [("2019-06-30", "2019-06-30"), ("2019-07-01", "2019-07-01")],
        ),
        # a year said once holds for the dates after it in the sentence
        (
            "2024年3月26日、9月23日，两次联席会议召开",
            [("2024-03-26", "2024-03-26"), ("2024-09-23", "2024-09-23")],
        ),
    ],
)
def test_chinese_dates(text, expected):
    assert _keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "青岛与西部城市2020年特色产品展销会",  # a year inside a name
        "13月5日",  # no such month
        "，2022年东西部协作联席会议在兰州召开",  # a year heading a clause that names a meeting
        "1126日，考察组到镇里对接",  # a garbled date (11月26日?) is refused, not guessed
        "，去年同期为3亿元",  # a comparison, not a date
    ],
)
def test_not_dates(text):
    assert _keys(text) == []


def test_without_publication_date_the_given_year_is_used():
    assert _keys("8月30日下午，座谈会召开", published=None, year=2019) == [
        ("2019-08-30", "2019-08-30")
    ]
    assert _keys("8月30日下午", published=None, year=None) == [("08-30", "08-30")]


def test_a_date_without_any_year_keeps_its_month_and_day_in_place(tmp_path):
    from counterpart.ingest.extract import extract_file

    (d,) = find_dates("9月27日至28日，两区召开座谈会")
    assert d.value["parts"] == ((None, 9, 27), (None, 9, 28))
    article = tmp_path / "a.txt"
    article.write_text("对接座谈会\n\n9月27日至28日，河西区与岷县召开座谈会。\n", "utf-8")
    ex = extract_file(article, source_url="https://example.org/a")
    assert [(x.start, x.end) for x in ex.dates] == [((None, 9, 27), (None, 9, 28))]
    assert "the text gives no year" in " ".join(ex.warnings)


def test_a_bare_day_after_the_publication_day_is_in_the_month_before():
    assert _keys("29日至30日，考察团到铜仁", published="2019-12-03") == [
        ("2019-11-29", "2019-11-30")
    ]
    assert _keys("2日，考察团到铜仁", published="2019-12-03") == [("2019-12-02", "2019-12-02")]
    assert _keys("30日，考察团到铜仁", published="2020-01-04") == [("2019-12-30", "2019-12-30")]


def test_a_pages_time_stamp_is_not_an_event_date():
    text = (
        "两县签订帮扶协议\n\n发布时间:2019-08-30  来源:某县融媒体中心\n\n"
        "2019年08月30日 09:12:40\n\n来源:某网 2019-08-29 18:02\n\n"
        "8月28日，两县在西宁签订帮扶协议。"
    )
    assert _keys(text) == [("2019-08-28", "2019-08-28")]
    # stamps in bullet lists, edition lines and a paper's page
    text = (
        "两县签订帮扶协议\n\n  • 听全文\n  • 2019-08-30\n  • 来源:某日报\n- 时间:2019-08-30\n"
        "第一版:要闻 >2019-08-30编印\n刊发日期:2019-08-30 阅读次数:\n"
        "8月28日，两县签订帮扶协议。本报记者 某某 《某日报》( 2019年08月30日 03版)"
    )
    assert _keys(text) == [("2019-08-28", "2019-08-28")]


def test_two_days_side_by_side_are_one_span_and_days_from_the_publication():
    assert _keys("8月20日、8月21日，代表团赴西宁考察。") == [("2019-08-20", "2019-08-21")]
    assert _keys("8月20日、8月25日，两次座谈。") == [  # not consecutive: two dates
        ("2019-08-20", "2019-08-20"),
        ("2019-08-25", "2019-08-25"),
    ]
    # 昨天/今日 count from the publication date, or from a dateline before them
    assert _keys("考察团昨天抵达，今日签约。") == [
        ("2019-09-01", "2019-09-01"),
        ("2019-09-02", "2019-09-02"),
    ]
    assert _keys("本报8月30日讯 今天上午，两市召开联席会议。") == [
        ("2019-08-30", "2019-08-30"),
        ("2019-08-30", "2019-08-30"),
    ]


def test_years_in_a_titles_brackets_a_pair_of_years_and_last_year_compared():
    assert _keys("两地签署《帮扶框架协议(2021—2025年)》。") == []
    assert _keys("在2020年和2021年两年间投入资金。") == [("2020", "2021")]
    assert _keys("收入从2016年的5000元提高到去年的9000元。") == [
        ("2016", "2016"),
        ("2018", "2018"),
    ]


def test_an_edition_line_a_visits_label_and_a_headlines_year_are_not_the_bodys():
    text = (
        "2024年某省协作资金共支持300个项目建设\n\n"
        "2025年01月10日 星期五 第3版\n\n时间:2025-01-10   访问量:88\n\n"
        "1月9日，记者从省发展改革委获悉：2024年，两省携手深化协作。"
    )
    assert _keys(text, published="2025-01-10") == [
        ("2024", "2024"),
        ("2025-01-09", "2025-01-09"),
        ("2024", "2024"),
    ]


def test_a_year_heading_a_long_meeting_name_is_part_of_the_name():
    assert _keys("昨日下午，2025年甲区·乙市(丙县、丁县)东西部协作联席会议举行。", "2025-09-19") == [
        ("2025-09-18", "2025-09-18")
    ]
    # a meeting the year dates, not names: "2021年在大连召开的联席会议上"
    assert _keys("2021年在大连召开的联席会议上，双方签约。") == [("2021", "2021")]


def test_that_years_month_and_since_last_year():
    text = "1996年5月，两省确立结对关系。领导小组随即成立。当年11月，第一次联席会议召开。自去年结对以来，两地交流频繁。"
    assert _keys(text) == [("1996-05", "1996-05"), ("1996-11", "1996-11"), ("2018", "2018")]


def test_a_time_label_line_and_a_day_still_to_come():
    text = "时间:2018-06-23\n\n21日，活动周开幕，将持续至26日。"
    assert _keys(text, published="2018-06-23") == [
        ("2018-06-21", "2018-06-21"),
        ("2018-06-21", "2018-06-26"),  # "持续至26日": this month, and the week it lasts
    ]


def test_a_years_work_reviewed_or_planned_and_two_days_of_one_visit():
    text = "总结交流2021年我省对口支援工作，研究部署2022年工作任务。6月18日、20日，代表团先后座谈。"
    assert _keys(text, published="2022-06-21") == [
        ("2021", "2021"),
        ("2022", "2022"),
        ("2022-06-18", "2022-06-20"),
    ]


def test_a_year_after_其中_and_a_year_naming_an_event():
    text = "其中2021年到位资金160亿元。近日，2022年广东民营企业助力广西行动对接活动举行。"
    assert _keys(text, published="2022-10-31") == [("2021", "2021")]


def test_days_as_a_span_of_time_and_a_long_event_name_with_quotes():
    text = "请在30日内与本网联系。近日，2022年广东民营企业助力广西重点帮扶县暨粤桂协作“万企兴万村”行动对接活动举行。"
    assert _keys(text, published="2022-10-31") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("指出，2018年是第二批援疆工作的收官之年。", [("2018", "2018")]),
        ("。今年是脱贫攻坚决战决胜之年", [("2019", "2019")]),  # 今年 as the subject, too
        ("。2020年度，来宾考核排名第二", [("2020", "2020")]),
        ("下达2023年度援疆项目实施计划", []),  # a plan's name
        ("他说，两地2017年结对协作以来，始终保持沟通", [("2017", "2017")]),
        ("贫困发生率由2014年的21.22%降至2018年", [("2014", "2014"), ("2018", "2018")]),
    ],
)
def test_a_year_as_a_subject_a_years_work_and_since_a_years_event(text, expected):
    assert _keys(text) == expected


def test_a_year_reviewed_and_a_years_work():
    assert _keys("回顾了2022年苏陕协作取得的成绩，并对2023年工作提出要求") == [
        ("2022", "2022"),
        ("2023", "2023"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("2003年6月至2014年11月，任组织部副部长", "2017-04-06", [("2003-06", "2014-11")]),
        (
            "始于2013年。这一年2月，国务院印发",
            "2015-12-27",
            [("2013", "2013"), ("2013-02", "2013-02")],
        ),
        (
            "1996年决定。同年10月，会议召开",
            "2016-12-09",
            [("1996", "1996"), ("1996-10", "1996-10")],
        ),
        ("10月9日至11 日，代表团考察", "2010-10-15", [("2010-10-09", "2010-10-11")]),
        # a January story's February is last year's, unless it is still to come
        ("2月13日，政协党组书记调研", "2024-01-18", [("2023-02-13", "2023-02-13")]),
        ("将于6月召开联席会议", "2024-01-18", [("2024-06", "2024-06")]),
        # a plan said after the date, and the dates of the same sentence with it
        (
            "3月10日，将赴吉首招工；3月12日，分别前往伊川、汝阳。3月15日，双方签约。",
            "2024-02-05",
            [
                ("2024-03-10", "2024-03-10"),
                ("2024-03-12", "2024-03-12"),
                ("2023-03-15", "2023-03-15"),
            ],
        ),
    ],
)
def test_spans_across_years_the_same_year_and_months_after_the_publication(
    text, published, expected
):
    assert _keys(text, published) == expected


def test_each_year_of_a_list_after_in_and_two_years_apart_are_two_dates():
    from counterpart.ingest.dates_en import find_dates

    keys = [
        d.key for d in find_dates("The symposium was held in 1980, 1984, 2010 and 2015 in Beijing.")
    ]
    assert keys == [("1980", "1980"), ("1984", "1984"), ("2010", "2010"), ("2015", "2015")]
    assert [d.key for d in find_dates("in 2018 and 2019 the work went on")] == [("2018", "2019")]
    assert sorted(d.key for d in find_dates("in 2010 and 2015 they met")) == [
        ("2010", "2010"),
        ("2015", "2015"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "keys"),
    [
        ("局长将于三月二十六日晚上前往成都。", "2009-03-24", [("2009-03-26", "2009-03-26")]),
        ("二〇〇九年十二月三十一日,", "2010-01-05", [("2009-12-31", "2009-12-31")]),
        # a day ahead of the report, from which something runs, is this year's
        ("从6月12日起,每天有两趟航班。", "2018-06-04", [("2018-06-12", "2018-06-12")]),
        ("6月12日,代表团考察。", "2018-06-04", [("2017-06-12", "2017-06-12")]),
        (
            "2013年7月起援藏并于当年11月至2014年6月驻村",
            "2014-07-01",
            [("2013-07", "2013-07"), ("2013-11", "2014-06")],
        ),
    ],
)
def test_days_in_chinese_numerals_a_day_from_which_and_a_span_from_the_year_said(
    text, published, keys
):
    assert _keys(text, published) == keys


@pytest.mark.parametrize(
    ("text", "published", "keys"),
    [
        ("发布机构: 大鹏新区管理委员会 成文日期: 2025-03-18\n正文", "2025-03-18", []),
        (
            "来源:扬州市工商联\n\n日期:2023-11-14\n\n11月11日至13日,考察。",
            "2023-11-14",
            [("2023-11-11", "2023-11-13")],
        ),
        ("一职。\n\n2009年3月24日(星期二)\n", "2009-03-24", []),  # the edition's day
        ("发言\n\n(2020年5月29日)\n\n尊敬的各位领导", "2020-06-01", [("2020-05-29", "2020-05-29")]),
        (
            "首页 >> 新闻动态 >> 今日楚雄 >> 正文\n\n今日，招聘会启动。",
            "2024-02-02",
            [("2024-02-02", "2024-02-02")],
        ),
    ],
)
def test_more_page_stamps_and_a_columns_name_on_the_pages_path(text, published, keys):
    assert _keys(text, published) == keys


def test_an_event_that_opens_on_one_day_and_closes_on_another_is_one_span():
    found = find_dates("展销会从10月25日开始，10月27日结束，共吸引客商。", published="2019-10-31")
    assert [(d.value["start"], d.value["end"]) for d in found] == [("2019-10-25", "2019-10-27")]
    # two sentences, each its own day
    found = find_dates("展销会10月25日开幕。10月27日结束评审。", published="2019-10-31")
    assert [(d.value["start"], d.value["end"]) for d in found] == [
        ("2019-10-25", "2019-10-25"),
        ("2019-10-27", "2019-10-27"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "keys"),
    [
        # a list of other stories, each opening with the day it was posted
        ("正文。\n- 2023-04-20一盏灯笼照亮了24个村\n- 2023-04-14产业集群", "2023-05-06", []),
        ("| 招商动态 |2011-09-28\n正文。", "2011-09-28", []),  # a column's name, then the stamp
        ("版次:003    2025年12月25日\n正文。", "2025-12-25", []),  # a paper's edition line
        ("2023年11月07日 星期二上一期下一期\n正文。", "2023-11-07", []),
        ("论坛 -> 1998年01月 -> 闽宁协作见实效\n正文。", "1998-01-31", []),  # the page's path
        # prose that writes a day in digits keeps it
        ("他于2023-04-20到达。", "2023-05-06", [("2023-04-20", "2023-04-20")]),
    ],
)
def test_stamps_of_lists_editions_and_paths_are_not_event_dates(text, published, keys):
    assert _keys(text, published) == keys


def test_a_span_of_days_and_a_year_in_chinese_numerals():
    assert _keys("七月二十九日至三十日，代表团考察宜昌。", "2009-07-31") == [
        ("2009-07-29", "2009-07-30")
    ]
    assert _keys("一九九二年，国务院决定对口支援。", "2009-07-31") == [("1992", "1992")]


def test_an_editions_day_a_listed_storys_day_and_today_as_nowadays():
    assert _keys("《 人民日报 》( 2025年03月28日 06 版)", "2025-03-28") == []
    assert _keys("钱江晚报 第2版 2020年12月25日 星期五\n正文", "2020-12-25") == []
    assert _keys("北京丰台官方发布 2024-10-31\n真抓实干为民生", "2024-11-01") == []
    assert _keys("从懵懂到今天的踌躇满志，直到今天仍在坚守。", "2018-08-21") == []
    # but a weekday after a day in prose, and today as the day of the report, stay
    assert _keys("12月25日（星期五）晚上开会。", "2020-12-25") == [("2020-12-25", "2020-12-25")]
    assert _keys("今天，代表团抵达拉萨。", "2018-08-21") == [("2018-08-21", "2018-08-21")]


def test_two_dates_joined_by_to_and_years_joined_without_nian_are_one_span():
    said = "合作从2021年3月1日起至2023年12月底，每年轮换。"
    assert _keys(said, "2021-04-02") == [("2021-03-01", "2023-12")]
    said = "援建工作分两期：2002年-2008年9月为第一期。"
    assert _keys(said, "2021-04-02") == [("2002", "2008-09")]
    assert _keys("2018-2020，两地共建产业园3个。", "2021-04-02") == [("2018", "2020")]
    assert _keys("证书编号2018-2020-118号", "2021-04-02") == []  # no years, a number


def test_this_year_from_now_on_or_after_a_datelines_bracket_or_a_quotes_opening():
    assert _keys("从今年起，每年安排资金3000万元。", "2021-04-02") == [("2021", "2021")]
    assert _keys("新华社拉萨4月1日电（记者 林立）今年是援藏第二十七年。", "2021-04-02") == [
        ("2021-04-01", "2021-04-01"),
        ("2021", "2021"),
    ]
    assert _keys("他说：“今年已经卖出两批货了。”", "2021-04-02") == [("2021", "2021")]


def test_a_year_followed_by_what_happened_in_it():
    said = "泽普县2018年在全区率先脱贫摘帽，为2020年顺利脱贫打下基础。甲县2019年全县脱贫。"
    assert _keys(said, "2019-10-02") == [("2018", "2018"), ("2020", "2020"), ("2019", "2019")]
    # a year in a meeting's name, or the year a meeting was held in, stays as it was
    assert _keys("2021年东西部协作联席会议在甲市召开。", "2021-10-02") == []


def test_a_year_told_in_retrospect_dates_the_days_after_it_in_its_paragraph():
    said = "2008年，他被推选为火炬手。“原定5月19日举行的接力推迟至5月22日。”"
    assert _keys(said, "2018-06-01") == [
        ("2008", "2008"),
        ("2008-05-19", "2008-05-19"),
        ("2008-05-22", "2008-05-22"),
    ]
    # last year, or another paragraph, is no retrospect: the days are this year's
    said = "2017年，全县投入资金。5月19日，县长到村调研。"
    assert _keys(said, "2018-06-01")[-1] == ("2018-05-19", "2018-05-19")


def test_the_half_of_a_year():
    assert _keys("据今年上半年监测数据显示，", "2020-07-07") == [("2020-01", "2020-06")]
    assert _keys("2021年下半年，全市投入资金。", "2022-03-01") == [("2021-07", "2021-12")]


def test_what_an_event_begun_on_a_day_lasts_until():
    said = "1月10日，年货大集在青岛开市。据悉，此次大集将持续到1月12日。"
    assert _keys(said, "2020-01-11") == [("2020-01-10", "2020-01-10"), ("2020-01-10", "2020-01-12")]
    said = "7月6日，首发团出发。活动从7月6日开始连续10天，一直到7月15日。"
    assert ("2021-07-06", "2021-07-15") in _keys(said, "2021-07-07")


def test_from_one_date_to_another_across_a_clause():
    said = "大桥自2017年5月开工建设，至2020年9月全线贯通。"
    assert _keys(said, "2021-04-02") == [("2017-05", "2020-09")]
    # with no 自 or 从 before it, two dates stay two
    said = "大桥2017年5月开工建设，至2020年9月全线贯通。"
    assert _keys(said, "2021-04-02") == [("2017-05", "2017-05"), ("2020-09", "2020-09")]
    # a second date that opens its own span ("到2010年至今") ends no span of the first
    said = "从1998年起对口支援甲市，到2010年至今支援乙地区。"
    assert _keys(said, "2025-05-30") == [("1998", "1998"), ("2010", "2010")]


def test_quarters_last_month_since_and_a_season_every_year():
    assert _keys("开展2021年第一季度协作工作调研。", "2021-03-12") == [("2021-01", "2021-03")]
    assert _keys("去年四季度，新增企业12家。", "2023-05-06") == [("2022-10", "2022-12")]
    assert _keys("教师自上个月已全部到岗。", "2022-09-13") == [("2022-08", "2022-08")]
    assert _keys("每年5月至10月，南方无法出菇。", "2020-09-03") == []


def test_a_year_since_which_is_not_the_year_of_a_later_month():
    said = "2021年协作工作开展以来，截至8月底，赴京就业1.9万人次。"
    assert _keys(said, "2024-10-12") == [("2021", "2021"), ("2024-08", "2024-08")]
    # a meeting's name with a dash between the pair is still a name
    said = "会后，2023年光明-田林东西部协作联席会议在光明区举行。"
    assert _keys(said, "2023-05-06") == []


def test_a_day_some_years_ago_and_a_deadline_after_the_publication():
    assert _keys("10年前的5月12日，大地震颤。", "2018-05-10") == [("2008-05-12", "2008-05-12")]
    assert _keys("十年前的5月12日，大地震颤。", "2018-05-10") == [("2008-05-12", "2008-05-12")]
    # "by 30 September": a deadline ahead of a January report, in its year
    said = "9月30日前，所有工程将全部完工。"
    assert _keys(said, "2010-01-15") == [("2010-09-30", "2010-09-30")]
    # a day said after the report with no word of the future is last year's ("前往" is no "by")
    assert _keys("9月30日前往什邡。", "2010-01-15") == [("2009-09-30", "2009-09-30")]


def test_a_span_from_last_years_month_to_this_years_and_no_day_the_calendar_lacks():
    assert _keys("去年10月到今年3月，共输送劳动力。", "2019-05-29") == [("2018-10", "2019-03")]
    # "31日讯" in a story of 1 March would be 31 February: no date rather than a wrong one
    assert _keys("本报31日讯 记者获悉。", "2019-03-01") == []
    assert _keys("2月29日，会议召开。", "2020-03-05") == [("2020-02-29", "2020-02-29")]
