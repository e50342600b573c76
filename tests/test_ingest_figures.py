"""Chinese figures: value in base units, the unit the number counts, and its qualifier."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counterpart.ingest.figures_zh import find_figures, parse_cn_number


def _counts(text):
    return [(int(f.value["value"]), f.value["unit"]) for f in find_figures(text)]


def _counted(text):
    """(value, unit, qualifier) of every figure, in order."""
    return [
        (int(v["value"]), v["unit"], v["qualifier"]) for v in (f.value for f in find_figures(text))
    ]


def test_a_count_said_with_the_year_it_stood_in_and_what_it_came_to():
    said = "全省贫困人口已由2012年的923万减少到30.8万，发生率下降。"
    assert _counts(said) == [(9_230_000, "persons"), (308_000, "persons")]


def test_the_ones_just_named_and_a_set_phrase_are_no_counts():
    said = "甲项目、乙项目已开工。在这两个项目现场，该2家企业和上述3个合作社的负责人介绍了进度。"
    assert _counts(said) == []
    assert _counts("“56个民族像石榴籽一样紧紧抱在一起。”他说。") == []
    assert _counts("实施帮扶项目56个。") == [(56, "projects")]
    assert _counts("嘉兴到那曲，这5000多公里行程穿越了山脉。") == [(5000, "kilometers")]
    said = "重点帮扶广西河池、百色两个地级市的17个县市区。"
    assert _counts(said) == [(17, "counties")]


def test_a_count_named_by_the_noun_it_really_counts():
    assert _counts("是全国唯一设有2个前方指挥部的省份。") == [(2, "headquarters")]
    assert _counts("以及130余所承担援疆任务的高水平大学集聚资源。") == [(130, "universities")]
    assert _counts("新增落地投产企业数79个。") == [(79, "companies")]
    assert _counts("首批投资9.86亿援建理县。") == [(986_000_000, "yuan")]
    assert _counts("在过去的700多个日子里，他们坚守。") == []  # a time served, no count


def _one(text):
    found = find_figures(text)
    assert len(found) == 1, [(f.text, f.value) for f in found]
    v = found[0].value
    return v["value"], v["unit"], v["qualifier"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("累计投入资金4.87亿元。", (Decimal(487_000_000), "yuan", "exact")),
        ("带动21.24万余人增收", (Decimal(212_400), "persons", "more than")),
        ("实施援助项目约600个，", (Decimal(600), "projects", "about")),
        ("实施约600个援助项目", (Decimal(600), "projects", "about")),
        ("培训干部近1万人次", (Decimal(10_000), "persons", "nearly")),
        ("共组织134家企业参与", (Decimal(134), "enterprises", "exact")),
        ("捐款捐物达1.5亿多元", (Decimal(150_000_000), "yuan", "more than")),
        ("投入帮扶资金5694万元", (Decimal(56_940_000), "yuan", "exact")),
        ("累计援助陇南9.78亿，", (Decimal(978_000_000), "yuan", "exact")),  # 元 left out
        ("协作结硕果 5.51亿签约", (Decimal(551_000_000), "yuan", "exact")),  # 元 left out
        ("共签约8个重点项目，", (Decimal(8), "projects", "exact")),  # 签约 is no 约 (about)
        ("存栏330万只滩羊", (Decimal(3_300_000), "sheep", "exact")),
        ("每年选派100人以上的党政干部", (Decimal(100), "persons", "more than")),
        ("东部13个省市结对帮扶", (Decimal(13), "provinces", "exact")),
        ("云南省16个州(市)政府", (Decimal(16), "prefectures", "exact")),
        ("帮助13.76万农村劳动力", (Decimal(137_600), "persons", "exact")),
        ("先后派出9批干部到宁夏", (Decimal(9), "batches", "exact")),  # batches, not cadres
        ("17户国有重要骨干企业参与", (Decimal(17), "enterprises", "exact")),
        ("带动12098人建档立卡户增收", (Decimal(12_098), "persons", "exact")),
        ("与当地10多个乡村农业合作社建立了对接", (Decimal(10), "cooperatives", "more than")),
        ("援疆项目已开工1076个，", (Decimal(1076), "projects", "exact")),
        ("其中县县结对56个、", (Decimal(56), "pairs", "exact")),  # pairs of counties
        ("医院结对127家", (Decimal(127), "hospitals", "exact")),
        ("选派10批次援藏干部", (Decimal(10), "batches", "exact")),
        ("开展60余项新技术", (Decimal(60), "technologies", "more than")),
        ("与25家央企签署投资协议", (Decimal(25), "enterprises", "exact")),  # not the agreements
        ("选派215名专业技术人才", (Decimal(215), "persons", "exact")),  # a measure of people
        ("镇村结对138个", (Decimal(138), "pairs", "exact")),
        ("决定东部9个省(市)对口帮扶", (Decimal(9), "provinces", "exact")),
        ("和4个计划单列市", (Decimal(4), "cities", "exact")),
        ("全市5个市", (Decimal(5), "cities", "exact")),
        ("和13个市级部门", (Decimal(13), "departments", "exact")),  # not cities
        ("签约的合同项目达41个", (Decimal(41), "projects", "exact")),  # noun before the number
        ("建成产业基地2.67万亩", (Decimal(26_700), "mu", "exact")),
        ("超过10万人参加", (Decimal(100_000), "persons", "more than")),
        ("对接考察31批次", (Decimal(31), "visits", "exact")),
        ("互访交流50多次", (Decimal(50), "visits", "more than")),
        ("惠及5.5万贫困群众", (Decimal(55_000), "persons", "exact")),
        ("新建三个车间", (Decimal(3), "workshops", "exact")),
        ("销售突破了3亿元", (Decimal(300_000_000), "yuan", "more than")),
        # 多 / 余 between the number and 万: the 万 still scales it
        ("涉及资金2300多万元。", (Decimal(23_000_000), "yuan", "more than")),
        # counts of nouns the list learnt from real copy, and 不低于 (at least)
        ("两地互访考察120批，", (Decimal(120), "visits", "exact")),
        ("开展农产品推介活动12次", (Decimal(12), "activities", "exact")),
        ("开展帮扶活动162场", (Decimal(162), "activities", "exact")),
        ("其中转移就业12,406人，", (Decimal(12406), "persons", "exact")),
        ("全市新增4家农产品直营店", (Decimal(4), "stores", "exact")),
        ("建成20余个销售网点", (Decimal(20), "outlets", "more than")),
        ("将在5年内斥资30亿支援喀什", (Decimal(3_000_000_000), "yuan", "exact")),
        ("农业银行等12家金融机构", (Decimal(12), "financial institutions", "exact")),
        ("每年出栏生态土猪3万头", (Decimal(30000), "pigs", "exact")),
        ("共有5家猪场", (Decimal(5), "pig farms", "exact")),
        ("开展教学查房300余次", (Decimal(300), "sessions", "more than")),
        ("召开专题会议12次", (Decimal(12), "sessions", "exact")),
        ("惠及1.3万名脱贫户", (Decimal(13000), "households", "exact")),
        ("提出9个技术项目需求", (Decimal(9), "projects", "exact")),
        ("支持5个产业集群", (Decimal(5), "clusters", "exact")),
        ("举办推介会5次", (Decimal(5), "events", "exact")),
        ("设立消费帮扶中心(专馆、专柜等)15个，", (Decimal(15), "centers", "exact")),
        ("覆盖40个镇(街道、园区)", (Decimal(40), "towns", "exact")),
        ("每年安排不低于2000万元的帮扶资金", (Decimal(20_000_000), "yuan", "at least")),
        ("每户补助最多5000元", (Decimal(5000), "yuan", "at most")),  # an upper bound it may reach
        ("派出干部不超过30人", (Decimal(30), "persons", "at most")),
        ("招生规模不超225人", (Decimal(225), "persons", "at most")),  # 不超: 不超过 cut short
        ("年供水1.5亿立方米", (Decimal(150_000_000), "cubic meters", "exact")),
        ("全长5.08KM，二级公路", (Decimal("5.08"), "kilometers", "exact")),
        ("相距8000多里的两地", (Decimal(8000), "li", "more than")),
        ("捐赠5辆救护车", (Decimal(5), "ambulances", "exact")),  # the vehicle 辆 counts
        # a noun going on into a longer one, but not across 及; a measure never goes on
        ("为祁连县45个行政村及社区新建", (Decimal(45), "villages", "exact")),
        ("搭建500平方米的展馆", (Decimal(500), "square meters", "exact")),
        ("8家高新技术企业参展", (Decimal(8), "enterprises", "exact")),
        ("互访15个团组共", (Decimal(15), "groups", "exact")),
        # ten thousand said without its one; 区县 before 地区 (a region's GDP) is still counted
        ("他们个人拿出近万元访贫问苦", (Decimal(10_000), "yuan", "nearly")),
        ("上万人参加", (Decimal(10_000), "persons", "more than")),
        ("库区15个区县地区生产总值", (Decimal(15), "counties", "exact")),
        # a list ending in 等 is partial: the count says how many; Tibet's 地(市)
        ("上海、江苏、山东等19个省市“牵手”", (Decimal(19), "provinces", "exact")),
        ("确立了对口支援西藏7个地(市)的结对关系", (Decimal(7), "cities", "exact")),
        (
            "输转至120余家福州市重点企业",
            (Decimal(120), "enterprises", "more than"),
        ),  # 福州市 no 州市
        ("对12个革命老区贫困村进行整村推进", (Decimal(12), "villages", "exact")),
        ("帮扶该市7个县市区", (Decimal(7), "counties", "exact")),
        ("新设2个新区", (Decimal(2), "districts", "exact")),
        ("投入帮扶资金460余万元", (Decimal(4_600_000), "yuan", "more than")),
        ("带动就业3.2万余人", (Decimal(32_000), "persons", "more than")),
        ("消费帮扶金额超2亿元", (Decimal(200_000_000), "yuan", "more than")),
        ("千余人参加招聘会", (Decimal(1000), "persons", "more than")),
        ("签订劳务协作协议6份", (Decimal(6), "agreements", "exact")),
        # an amount per household with 元 left out
        ("为困难群众发放慰问金800/户", (Decimal(800), "yuan", "exact")),
        ("总投资15.6亿元", (Decimal(1_560_000_000), "yuan", "exact")),
    ],
)
def test_chinese_figures(text, expected):
    assert _one(text) == expected


def test_counties_and_districts_counted_side_by_side():
    found = [(f.value["value"], f.value["unit"]) for f in find_figures("帮扶甘孜州18县2区。")]
    assert found == [(18, "counties"), (2, "districts")]


@pytest.mark.parametrize(
    "text",
    [
        "近三年来，两地合作不断深化",  # a span of time
        "第20次联席会议在银川召开",  # an ordinal
        "打好“四场硬仗”",  # a numeral inside a phrase
        "设置了8大板块展团区",  # a noun the dataset does not count
        "2020年以来",  # a year
        "设置1个旅游产品展示区",  # 产品 belongs to 展示区
        "增长21.3倍",  # a multiple
        "人均达到1200/月",  # a rate per month, no money word before it
        "60多岁的贫困户谢德科",  # an age
        "中国500强企业",  # a ranking
        "K4334次列车驶出",  # a train's number
        "打造千亿级纺织产业集群、三百亿级新材料基地",  # a class of size
    ],
)
def test_not_figures(text):
    assert find_figures(text) == []


def test_chinese_numerals():
    assert parse_cn_number("六百") == 600
    assert parse_cn_number("十二") == 12
    assert parse_cn_number("两") == 2
    assert parse_cn_number("一万二千") == 12_000
    assert parse_cn_number("4.87") == Decimal("4.87")
    assert parse_cn_number("亿x") is None


def test_span_is_the_figure_with_its_qualifier():
    text = "大连累计投入约2亿元，用于产业"
    (f,) = find_figures(text)
    assert text[f.span[0] : f.span[1]] == "约2亿元" and f.confidence >= 0.95


def test_rarer_shapes_are_proposed_for_review():
    (per,) = find_figures("发放慰问金800/户")
    assert per.confidence < 0.95
    districts = [f for f in find_figures("帮扶甘孜州18县2区。") if f.value["unit"] == "districts"]
    assert districts[0].confidence < 0.95


@pytest.mark.parametrize(
    "text",
    [
        "福建、宁夏两省区提出",
        "浙江结对帮扶四川、贵州、湖北、吉林四省",
        "“百所学校”结对",
        "《粤黔共建100所示范学校协议》",
        "…、西盟佤族自治县3个县，",
        "推出一批大项目",
        "QQ图片20250715061429位于河南的企业",  # an image's file name
    ],
)
def test_provinces_just_named_and_numerals_in_a_programmes_name_are_not_counts(text):
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("正制定2013年总额度两亿元的援建计划", (Decimal(200_000_000), "yuan", "exact")),
        ("先后有四批次援青干部来到青海", (Decimal(4), "batches", "exact")),
        ("建成上百个协作示范村", (Decimal(100), "villages", "more than")),
        ("平均海拔4300米，", (Decimal(4300), "meters", "exact")),
        ("新建厂房1200平方米", (Decimal(1200), "square meters", "exact")),
        ("对口援助青海6个州", (Decimal(6), "prefectures", "exact")),
        ("募集27家单位捐款", (Decimal(27), "units", "exact")),
    ],
)
def test_measures_units_batches_and_a_hundred_and_more(text, expected):
    assert _one(text) == expected


def test_two_units_just_named_are_no_count():
    assert find_figures("甲乙两单位认为可行") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北京挑选出两批120名干部", [(2, "batches"), (120, "persons")]),
        ("援助新疆12个地(州)市和兵团的14个师。", [(12, "prefectures"), (14, "divisions")]),
        ("新建幼儿园800余所，支持近300个县市级以上园区", [(800, "kindergartens"), (300, "parks")]),
        ("共援建“帮扶车间”211个，", [(211, "workshops")]),
        ("建设定居房5678套，", [(5678, "houses")]),
        ("两省以及9个结对市、46个结对县", [(9, "cities"), (46, "counties")]),
        ("企业在甘投资合作项目就达197个，", [(197, "projects")]),
        ("推动18个合作签约项目落地", [(18, "projects")]),
        ("百色、河池两市16个县的帮扶", [(16, "counties")]),  # the list's parts, not the list
        ("举办培训班438期", [(438, "sessions")]),
    ],
)
def test_counts_by_the_noun_before_after_or_around_them(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("举办劳务协作培训班4期164人", [(4, "sessions"), (164, "persons")]),
        ("对口援疆项目已开工建设214个，", [(214, "projects")]),
        ("第一师16个团场结对", [(16, "regiments")]),
    ],
)
def test_sessions_regiments_and_projects_under_construction(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("组建3支医疗队派驻", [(3, "medical teams")]),
        ("筛查门诊病人1163例，实施白内障手术 187例，", [(1163, "patients"), (187, "operations")]),
        ("医院已有200多张床位", [(200, "beds")]),
        ("12个地市30所中高职院校", [(12, "cities"), (30, "schools")]),  # 地市 was the 12's
        ("整个项目分3期建设", []),  # phases of building, no sessions
        ("为一名患者实施检查", []),  # 一名: "a", not a count
        ("鲁渝两地市县结对", []),  # 两地: both places
    ],
)
def test_teams_cases_beds_and_what_is_no_count(text, expected):
    assert _counts(text) == expected


def test_herders_and_medical_institutions():
    assert _one("近3万农牧民改善了生活条件") == (Decimal(30_000), "persons", "nearly")
    assert _one("天津市15家三级甲等医疗机构选派专家") == (Decimal(15), "hospitals", "exact")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list of counts sharing the noun said after its last one
            "结对帮扶和平市3个、东岭县12个、西岭县9个深度贫困乡镇",
            [(3, "towns"), (12, "towns"), (9, "towns")],
        ),
        (
            "2017年的270个帮扶项目(北京市216个,天津市54个)",
            [(270, "projects"), (216, "projects"), (54, "projects")],
        ),
        ("12个县域服务中心和800个村级服务站投入运营", [(12, "centers"), (800, "stations")]),
        ("年产5000台新能源客车", [(5000, "vehicles")]),
        ("31个省(区、市)和13个帮扶市", [(31, "provinces"), (13, "cities")]),
        ("北京市13个区对口帮扶三市16个县区", [(13, "districts"), (16, "counties")]),
        ("覆盖9个区县", [(9, "counties")]),  # counties and districts, counted as counties
        ("签订项目合作意向书近50个。", [(50, "agreements")]),
        ("有9家落户莞韶园", [(9, "enterprises")]),  # 落户 settles, no households
        ("陇南市九县区和两县区", []),  # the places named, all of them
    ],
)
def test_a_breakdown_in_brackets_service_stations_and_more_nouns(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("聚焦7个方面23项重点任务", [(23, "tasks")]),  # the areas of a plan are no count
        ("建设了6大类320个援建项目", [(6, "categories"), (320, "projects")]),
        (
            "获取新能源资源240万千瓦，年发电44.8亿千瓦时",
            [(2400000, "kilowatts"), (4480000000, "kilowatt-hours")],
        ),
        ("2006年，251只浙江的长毛兔被引进", [(251, "rabbits")]),
        ("2698条鲜活的生命告别了", [(2698, "persons")]),
    ],
)
def test_tasks_categories_power_animals_and_lives(text, expected):
    assert _counts(text) == expected


def test_about_written_with_its_verb():
    (f,) = find_figures("援建资金总额约为11.7亿元。")
    assert (f.value["value"], f.value["qualifier"]) == (Decimal("1170000000"), "about")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "500万人口，47个民族，用7种语言教学",
            [(5000000, "persons"), (47, "ethnic groups"), (7, "languages")],
        ),
        ("省内外360余家用人单位参加", [(360, "enterprises")]),  # employers, not persons
        ("近20个摊位展销", [(20, "booths")]),
        ("塔城北四县3万多民众享受支持", [(30000, "persons")]),
    ],
)
def test_peoples_languages_booths_employers_and_the_public(text, expected):
    assert _counts(text) == expected


def test_a_counted_noun_after_a_long_description():
    assert _counts("帮扶15个国家乡村振兴重点帮扶县") == [(15, "counties")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("召开2024重庆市食品及农产品加工高质量发展大会", []),  # a year written without 年
        ("长达2000公里的路", [(2000, "kilometers")]),
        ("黔南92.93万农村贫困人口全部脱贫", [(929300, "persons")]),  # 农村 is rural, no villages
        ("共计40家媒体参与联合采访", [(40, "media outlets")]),
    ],
)
def test_a_year_without_its_character_rural_people_and_media(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a space between a number and what follows it, as copies laid out from print leave
        ("共援助资金4.25 亿元,援建项目500 多个", [(425000000, "yuan"), (500, "projects")]),
        ("天津市 8 个区帮扶甘南州", [(8, "districts")]),
        ("2021 年10 月", []),
        # 对 counts pairs, whatever they pair; 对口 and 对接 are no pairs
        ("促成229对镇和121对村签订结对帮扶协议", [(229, "pairs"), (121, "pairs")]),
        ("2个县对接", [(2, "counties")]),
        # a body named by its place counts the bodies
        ("超过400家贫困县医院成为二级甲等医院", [(400, "hospitals")]),
        ("30余家县人民医院", [(30, "hospitals")]),
    ],
)
def test_a_space_before_the_unit_pairs_and_a_body_named_by_its_place(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "援助重建资金100亿港币,总承担额约三十八亿港元",
            [(10**10, "HK dollars"), (38 * 10**8, "HK dollars")],
        ),
        ("拨款50亿澳门元,投资500万美元", [(50 * 10**8, "patacas"), (5 * 10**6, "dollars")]),
        # a Chinese numeral counts places by 个 and people by their measure, not "这八个县"
        ("北京对口帮扶四个县,天津三个县,这八个县", [(4, "counties"), (3, "counties")]),
        ("选派的五名援滇干部", [(5, "persons")]),
        ("打赢四场硬仗", []),
    ],
)
def test_other_currencies_and_chinese_numerals_before_a_measure(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("捐赠图书6.5万余册", [(65000, "books")]),  # volumes, though 捐 is money's context
        ("开行旅游专列37趟", [(37, "trains")]),
        ("种植300棵树", [(300, "trees")]),
        ("鸡蛋120万枚", [(1200000, "eggs")]),
        ("新建2个卫生室、8个景区", [(2, "clinics"), (8, "scenic areas")]),
    ],
)
def test_books_trains_trees_eggs_clinics_and_scenic_areas(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 一 … 元 makes no count; the search goes on inside it and finds 上百元
        ("一天赚上百元。", [(100, "yuan", "more than")]),
        ("专业技术人才近千人次上高原", [(1000, "persons", "nearly")]),
        ("跑遍全县近百个乡镇", [(100, "towns", "nearly")]),
        (
            "其中省内结对1331个，与四川结对1078个。",
            [(1331, "pairs", "exact"), (1078, "pairs", "exact")],
        ),
        ("打赢四场硬仗", []),
    ],
)
def test_a_match_that_makes_no_figure_hides_none_and_round_hundreds_and_pairings(text, expected):
    assert _counted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("河池目前有10万左右农民工在东莞。", [(100000, "persons", "about")]),
        ("在川浙商人数超30万。", [(300000, "persons", "more than")]),
        ("白鹤滩电站5万多移民的工作任务", [(50000, "persons", "more than")]),
        ("人口只有20万，是海拔最高的州", [(200000, "persons", "exact")]),
        ("人口减少到不足1万人。", [(10000, "persons", "less than")]),
        ("涉及贫困人口近 4500 人。", [(4500, "persons", "nearly")]),
        ("目前大约有12万浙商在吉林省创业", [(120000, "persons", "about")]),
        ("签约有8个项目", [(8, "projects", "exact")]),
        ("补助每个企业最高10万元", [(100000, "yuan", "at most")]),
        ("单个项目签约金额最高达25亿元。", [(2500000000, "yuan", "at most")]),
        ("整个年产值会在5000万左右。", [(50000000, "yuan", "about")]),
        ("先后派出了三批、142名援青干部", [(3, "batches", "exact"), (142, "persons", "exact")]),
    ],
)
def test_people_by_who_they_are_about_before_the_noun_less_than_and_at_most(text, expected):
    assert _counted(text) == expected


def test_chinese_numerals_with_a_decimal_part_or_after_the_noun_they_count():
    assert _counted("签订合作项目十六个，协议资金达到二十八点八亿元。") == [
        (16, "projects", "exact"),
        (2880000000, "yuan", "exact"),
    ]
    assert _counted("共引进企业三十二家。") == [(32, "enterprises", "exact")]
    assert parse_cn_number("四点四七") == Decimal("4.47")
    assert _counts("十点钟开会，抓好重点工作。") == []  # a clock time and a word, no count


def test_buildings_counted_by_their_measure_word():
    assert _counts("建成标准厂房87栋，其中18栋楼宇已封顶，另有23幢。") == [
        (87, "buildings"),
        (18, "buildings"),
        (23, "buildings"),
    ]


def test_a_level_before_money_and_a_list_of_kinds_before_the_noun():
    # 镇级 (at town level) describes the money, it counts no towns
    assert _counted("落实200万镇级救助资金和30万村级救助资金。") == [
        (2000000, "yuan", "exact"),
        (300000, "yuan", "exact"),
    ]
    # "食品及农产品加工…企业": kinds of firms listed after 家, which counts the firms
    assert _counted("130余家食品及农产品加工企业参加。") == [(130, "enterprises", "more than")]
    assert _counted("年产能突破10万台服务器，捐赠100张儿童病床。") == [
        (100000, "servers", "more than"),
        (100, "beds", "exact"),
    ]


def test_currencies_named_around_the_amount():
    assert _counted("投入善款港币1580万元，另捐100万人民币和200万人币。") == [
        (15800000, "HK dollars", "exact"),
        (1000000, "yuan", "exact"),
        (2000000, "yuan", "exact"),
    ]


def test_a_part_of_a_count_by_what_became_of_it_and_firms_counted_by_households():
    assert _counts("援建项目59个，已开工58个；103个项目中已交付63个。") == [
        (59, "projects"),
        (58, "projects"),
        (103, "projects"),
        (63, "projects"),
    ]
    assert _counts("产业园入驻浙商企业20户。") == [(20, "enterprises")]
    assert _counts("10个村道修复项目已完工。") == [(10, "projects")]  # village roads


def test_regiments_robots_loaves_and_seedlings_are_read_for_what_they_are():
    assert _counts("考察了87团学校、87团幼儿园。") == []  # the 87th Regiment's, no counts
    assert _counts("捐赠了10套机器人套装。") == [(10, "sets")]  # sets of robots, no people
    # 个 counts the loaves, not money; 被 and 来自 end the counted noun's description
    assert _counted("捐助100万个爱心馕、200吨哈密瓜，4万个馕被工作人员卸下。") == [
        (200, "tonnes", "exact")
    ]
    assert _counted("首批100万株来自浙江安吉县的白茶扎根青川。") == [(1000000, "trees", "exact")]
    assert _counted("管辖93个村委会、1150个村民小组。") == [(93, "villages", "exact")]


def test_money_named_after_the_amount_wins_over_the_noun_before():
    assert _counted("首期20万援助资金已划拨。") == [(200000, "yuan", "exact")]
    assert _counted("要在5年内投入13亿支援和田地区。") == [(1300000000, "yuan", "exact")]
    assert _counted("2000余家企业和156家商协会参与，援建近500个大棚。") == [
        (2000, "enterprises", "more than"),
        (156, "associations", "exact"),
        (500, "greenhouses", "nearly"),
    ]


def test_power_in_megawatts_and_electricity_in_hundred_millions_of_du():
    assert _counted("建成5.887兆瓦村级电站，装机容量 30 兆瓦。") == [
        (5887, "kilowatts", "exact"),
        (30000, "kilowatts", "exact"),
    ]
    assert _counted("每年可发电 70 亿度，生产电力2000万度，上网发电量1519kWh。") == [
        (7_000_000_000, "kilowatt-hours", "exact"),
        (20_000_000, "kilowatt-hours", "exact"),
        (1519, "kilowatt-hours", "exact"),
    ]
    assert _counted("气温零下20度，海拔4000米。") == [(4000, "meters", "exact")]  # no electricity


def test_cases_live_stream_sessions_tasks_and_items():
    assert _counted("累计治愈出院60例，完成手术197例，收治患者1159例。") == [
        (60, "cases", "exact"),
        (197, "operations", "exact"),
        (1159, "patients", "exact"),
    ]
    assert _counted("直播带货200多场，组织100场消费扶贫直播，举办推介会5场。") == [
        (200, "sessions", "more than"),
        (100, "sessions", "exact"),
        (5, "events", "exact"),
    ]
    assert _counted("开展巡诊义诊30余次，产业技术指导560余次。") == [
        (30, "sessions", "more than"),
        (560, "sessions", "more than"),
    ]
    assert _counted("6方面27项合作任务全面启动，取消调整487项行政职权事项。") == [
        (27, "tasks", "exact"),
        (487, "items", "exact"),
    ]


def test_meetings_held_and_a_pages_counters():
    assert _counted("先后召开2次联席会议、3次领导小组会议，召开高层联席会议8次。") == [
        (2, "meetings", "exact"),
        (3, "meetings", "exact"),
        (8, "meetings", "exact"),
    ]
    assert _counted("3029次浏览 来源：本站。点击: 61 次。被引量 : 0次") == []
    assert _counted("双方互访考察20次，开展义诊30次。") == [
        (20, "visits", "exact"),
        (30, "sessions", "exact"),
    ]


def test_works_counted_as_projects_and_parts_of_a_count_without_already():
    # 工程 counted by 个 or 项 are works built; a named programme's number is no count
    assert _counts("全部76个援建工程按期完工。实施10项民生工程。") == [
        (76, "projects"),
        (10, "projects"),
    ]
    assert _counts("实施“农房援建661工程”，维修315国道防护林工程。") == []
    assert _counts("落实“千名医师支援农村卫生工程”项目。") == []
    # the part of a count said with 实际, 开工建设 or no 已 at all takes the count's unit
    assert _counts("第三批援藏项目计划实施52个，实际完成54个。") == [
        (52, "projects"),
        (54, "projects"),
    ]
    assert _counts("实施帮扶项目19个，目前已开工建设13个。") == [(19, "projects"), (13, "projects")]
    # a people counted by its sons and daughters
    assert _counts("凝聚900万毕节各族儿女的力量。") == [(9_000_000, "persons")]


def test_batches_counted_in_chinese_numerals_but_not_a_batchs_ordinal():
    assert _counts("先后分六批选派干部。已经派出十批干部人才对口支援。") == [
        (6, "batches"),
        (10, "batches"),
    ]
    assert _counts("第十六批挂职干部来夷工作，做好第七、八批援藏工作交接。") == []
    assert _counts("在前三批援藏干部良好基础上，新老两批援疆干部交谈。") == []


def test_schools_villages_and_a_count_that_changed():
    assert _counts("用于在察县39所中小学建设书屋。") == [(39, "schools")]
    assert _counts("西安电子科技大学等10所高校相关部门负责人参加。") == [(10, "universities")]
    assert _counts("96所高校和227所高等院校参加。") == [(96, "universities"), (227, "universities")]
    assert _counts("市直10个相关单位参加。") == [(10, "units")]
    assert _counts("相比于该县37万中小学生。") == [(370_000, "persons")]
    assert _counts("秸秆还田，54个嘎查受益。") == [(54, "villages")]
    # the count it came to takes the unit of the count it came from, places included
    assert _counts("贫困村由156个减少至19个，") == [(156, "villages"), (19, "villages")]
    assert _counts("办班城市将由目前的40个增加到44个。") == [(40, "cities"), (44, "cities")]
    assert _counts("贫困人口从923万减少到155万。") == [
        (9_230_000, "persons"),
        (1_550_000, "persons"),
    ]


def test_weights_in_kilograms_and_jin():
    assert _counted("可容纳30万斤的冷链储存，收购土豆4000公斤、蔬菜3600千克。") == [
        (300000, "jin", "exact"),
        (4000, "kilograms", "exact"),
        (3600, "kilograms", "exact"),
    ]


def test_seedlings_counted_by_株_before_a_seedling_noun():
    assert _counted("捐赠1500万株“白叶一号”茶苗，种植4000株蝴蝶兰，发放树苗3000株。") == [
        (15000000, "seedlings", "exact"),
        (4000, "trees", "exact"),
        (3000, "seedlings", "exact"),
    ]


def test_masks_sets_and_a_yield_per_tree_that_is_no_amount():
    assert _counted("援助口罩498650只、防护服4660套；每棵产3公斤/棵，定居房6678套。") == [
        (498650, "masks", "exact"),
        (4660, "sets", "exact"),
        (6678, "houses", "exact"),
    ]


def test_air_routes_charter_flights_supermarkets_and_homestays():
    assert _counted("新开航线6条，完成100架旅游援疆包机，对接4家商超，发展民宿48家。") == [
        (6, "routes", "exact"),
        (100, "flights", "exact"),
        (4, "supermarkets", "exact"),
        (48, "homestays", "exact"),
    ]
    assert _counted("提出3条建议。") == []


def test_money_before_用于_or_aid_funds_and_institutions_counted_by_家():
    assert _counted("815万用于赫章三中，发放50.4万援疆资金，遴选300家社会工作服务机构。") == [
        (8150000, "yuan", "exact"),
        (504000, "yuan", "exact"),
        (300, "institutions", "exact"),
    ]


def test_spoken_yuan_townships_and_the_smaller_ethnic_groups():
    said = "他说去年卖了2万块钱。项目覆盖12个贫困乡、4个乡，帮助5个人口较少民族，建了3个乡村驿站。"
    assert _counted(said) == [
        (20000, "yuan", "exact"),
        (12, "towns", "exact"),
        (4, "towns", "exact"),
        (5, "ethnic groups", "exact"),  # 人口 begins the groups' name, no people counted
        (3, "stations", "exact"),  # 乡 in 乡村 counts no towns; the stations, from the dictionary
    ]


def test_booths_and_greenhouses():
    said = "室内标准展位60个。已建成80座日光温室，剩余300余座温室大棚年底完工。"
    assert _counted(said) == [
        (60, "booths", "exact"),
        (80, "greenhouses", "exact"),
        (300, "greenhouses", "more than"),
    ]


def test_a_bound_said_before_the_verb_of_its_amount():
    said = "车间至少可吸纳300名群众就业，人均至少增收800元，每亩最多收入900元。"
    assert _counted(said) == [
        (300, "persons", "at least"),
        (800, "yuan", "at least"),
        (900, "yuan", "at most"),
    ]


def test_a_base_named_after_what_it_raises():
    said = "项目包含2个种猪养殖基地、4个湖羊养殖基地。另有1个旅游产品展示区。"
    assert _counted(said) == [(2, "bases", "exact"), (4, "bases", "exact")]


def test_the_counties_of_the_cities_just_named_are_counted():
    from counterpart.ingest.figures_zh import find_figures

    found = find_figures("广州市对口帮扶毕节市、黔南州、安顺市23个县。")
    assert [(m.value["value"], m.value["unit"]) for m in found] == [(Decimal(23), "counties")]
    # the counties just named, counted again, are no new figure
    assert not find_figures("对口帮扶澜沧县、孟连县、西盟佤族自治县3个县。")


def test_a_health_centre_or_clinic_named_by_its_place_counts_the_bodies():
    said = "新建2家乡镇卫生院和6个村卫生室，改造4家社区卫生服务中心，帮扶130个省定贫困村。"
    assert _counted(said) == [
        (2, "health centers", "exact"),
        (6, "clinics", "exact"),
        (4, "health centers", "exact"),
        (130, "villages", "exact"),  # villages the province named, no provinces
    ]
    # the place may be named in two words: the town's (街道) community's health centre
    assert _counted("援建3家综合性医院和5家街道社区卫生服务中心。") == [
        (3, "hospitals", "exact"),
        (5, "health centers", "exact"),
    ]


def test_thousands_written_with_qian_after_digits_and_blocks_of_flats():
    said = "建成4千平方米育苗中心，吸纳3千余人就业，新建120幢居民楼。装机5千瓦，修路2千米。"
    assert _counted(said) == [
        (4000, "square meters", "exact"),
        (3000, "persons", "more than"),
        (120, "buildings", "exact"),  # the blocks, no residents counted
        (5, "kilowatts", "exact"),  # 千瓦 and 千米 are units, no thousands
        (2, "kilometers", "exact"),
    ]


def test_a_space_before_the_household_measure():
    said = "惠及农户1320 户4810 人，其中脱贫户215 户760人。"
    assert _counted(said) == [
        (1320, "households", "exact"),
        (4810, "persons", "exact"),
        (215, "households", "exact"),
        (760, "persons", "exact"),
    ]


def test_a_road_number_and_a_capacity_in_a_projects_name_are_no_counts():
    said = (
        "沿318国道前行。园区三期20万锭纺织项目开工，30万吨饲料加工项目投产；"
        "另建设年产5000吨有机肥项目，实施项目9个。"
    )
    assert _counted(said) == [(5000, "tonnes", "exact"), (9, "projects", "exact")]


def test_over_an_amount_money_named_by_tax_and_more_bodies_counted():
    said = (
        "收入过2万元，翻过4900米的垭口，每年实现超过1亿税收。"
        "共赴27所普通高中、11所职业高中开展帮扶，建成69个产业园。"
    )
    assert _counted(said) == [
        (20000, "yuan", "more than"),
        (4900, "meters", "exact"),  # climbed over, no "over"
        (100000000, "yuan", "more than"),
        (27, "schools", "exact"),
        (11, "schools", "exact"),
        (69, "industrial parks", "exact"),
    ]


def test_restaurants_are_counted_as_restaurants_not_firms():
    assert _counted("分布着330多家陕西面馆和餐厅。") == [(330, "restaurants", "more than")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("园区项目总投资15个亿。", [(1_500_000_000, "yuan", "exact")]),  # 个 said before 亿
        ("超过了3年帮扶2个亿的计划", [(200_000_000, "yuan", "exact")]),  # the years are none
        ("总建筑面积约14.45万㎡，", [(144_500, "square meters", "about")]),
        ("与省内20家农民合作社签订协议。", [(20, "cooperatives", "exact")]),
        ("19个专业技术人员在县里蹲点。", [(19, "persons", "exact")]),
        ("通过电商平台采购了80万的扶贫产品。", [(800_000, "yuan", "exact")]),  # what it cost
        ("组织全市25个镇区结对帮扶。", [(25, "towns", "exact")]),
    ],
)
def test_amounts_and_counts_written_the_way_real_copy_writes_them(text, expected):
    assert _counted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("村里新盖了12间阳光房，", [(12, "sunrooms", "exact")]),  # a noun no list names
        ("打了水井3眼，", [(3, "wells", "exact")]),  # counted before, by its own measure
        ("开通的航线共6条。", [(6, "routes", "exact")]),  # the domain's word, not the dictionary's
        ("援建了8处安置点，", [(8, "sites", "exact")]),  # 点 closing a longer noun
        ("建成3个示范区，", [(3, "zones", "exact")]),  # no districts: 区 closes a longer noun
        ("建成9个农村广场、2个养殖场，", [(9, "public squares", "exact"), (2, "farms", "exact")]),
        # (场 closing a place's name counts no events)
        ("建成15个乡村振兴示范点。", []),  # 乡村 only describes: no villages guessed
        ("开展3个专项工作，", []),  # nor 专项 before the work it names
        ("帮扶期为3个月，增长2个百分点。", []),  # a duration and a share are no counts
        ("新建2个卫生室，", [(2, "clinics", "exact")]),  # the list's nouns come first
        ("捐助100万个爱心馕，", []),  # 爱心 describes a noun the dictionary lacks
    ],
)
def test_a_counted_noun_no_list_names_is_named_from_the_dictionary(text, expected):
    assert _counted(text) == expected


def test_a_noun_named_from_the_dictionary_goes_to_review():
    (guessed,) = find_figures("村里新盖了12间阳光房，")
    assert guessed.confidence < 0.95
    (known,) = find_figures("村里新建了12个温室大棚，")
    assert known.value["unit"] == "greenhouses" and known.confidence >= 0.95


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("引来万余名游客观展。", (10_000, "persons", "more than")),  # 万 said without its one
        ("为6家商户授牌。", (6, "merchants", "exact")),
        ("那时全县财政收入才500来万。", (5_000_000, "yuan", "about")),  # 来: about
        ("公司年营业额超过了4000万。", (40_000_000, "yuan", "more than")),  # 元 left out
        ("园区将提供2300人就业岗位。", (2_300, "jobs", "exact")),  # jobs, one per person
        ("焊工岗位最高月薪可达12000元。", (12_000, "yuan", "at most")),  # the bound, then 可达
    ],
)
def test_ten_thousand_alone_merchants_about_with_来_turnover_and_jobs(text, expected):
    assert _counted(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("协作的成果:9个电子项目落户。", [(9, "projects", "exact")]),  # a colon, no clock
        ("上午10:30开幕。", []),
        ("援疆的38个大中型企业项目签约。", [(38, "projects", "exact")]),  # the firms' projects
        ("新增7个重大“飞地”项目。", [(7, "projects", "exact")]),  # a quoted word in between
        ("落实“1+8”协作框架协议。", []),  # a number inside quotes, no count of agreements
        ("其中有6个分布在乡镇。", []),  # where they lie, no noun of theirs
    ],
)
def test_projects_after_a_colon_a_firm_or_a_quoted_word(text, expected):
    assert _counted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "组织了12家企业、30多个类别、90多个品种参展。",
            [
                (12, "enterprises", "exact"),
                (30, "categories", "more than"),
                (90, "varieties", "more than"),
            ],
        ),
        ("参展农产品150个品种。", [(150, "varieties", "exact")]),  # the kinds, not the goods
        ("内科等11个科室专业的医务人员参加。", [(11, "departments", "exact")]),
        ("2社葡萄基地将扩建100亩。", [(100, "mu", "exact")]),  # a village's group No. 2
    ],
)
def test_categories_varieties_departments_and_a_villages_group(text, expected):
    assert _counted(text) == expected


def test_yaks_are_counted_as_yaks_not_cattle():
    assert _counted("合作社养了140头牦牛和30头牛。") == [
        (Decimal(140), "yaks", "exact"),
        (Decimal(30), "cattle", "exact"),
    ]


def test_a_years_projects_and_bounds_said_before_a_round_count():
    assert _counted("全面完成了12个试点示范项目和85个年度援疆项目。") == [
        (Decimal(12), "projects", "exact"),
        (Decimal(85), "projects", "exact"),
    ]
    assert _counted("培训不低于1200余名务工人员。") == [(Decimal(1200), "persons", "at least")]
    assert _counted("村民收入起码10万元。") == [(Decimal(100000), "yuan", "at least")]
    assert _counted("销售额破20亿元。") == [(Decimal(2000000000), "yuan", "more than")]
    assert _counted("超过1000余人参加。") == [(Decimal(1000), "persons", "more than")]


def test_a_hundred_million_said_without_its_one_below_a_bound_and_an_output_called_gdp():
    assert _counted("2018年实现产值超亿元，投资近亿元。") == [
        (Decimal(100000000), "yuan", "more than"),
        (Decimal(100000000), "yuan", "nearly"),
    ]
    assert _counted("年人均纯收入低于300元。") == [(Decimal(300), "yuan", "less than")]
    assert _counted("剑阁县实现GDP8.58亿元。") == [(Decimal("858000000"), "yuan", "exact")]
    assert _counted("乘坐K4334次列车。") == []  # a train's number, still no count


def test_a_noun_inside_quotes_and_at_least_before_what_is_had():
    assert _counted("给予39个“稳岗就业基地”认定挂牌。") == [(Decimal(39), "bases", "exact")]
    assert _counted("上海共援建401个“温饱试点村”项目。") == [(Decimal(401), "projects", "exact")]
    assert _counted("他却要花2000万做“地下工程”。") == []  # a verb, then the quoted works
    assert _counted("每月至少还有4500元收入。") == [(Decimal(4500), "yuan", "at least")]
