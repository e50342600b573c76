"""Chinese names no rule anchors, read by the LAC tagger (counterpart.ingest.tagged_zh).

The sentences are written for these tests; each keeps a shape of real copy where a person is
named with no post before a verb (a shop owner, a technician, a visiting scholar), and the
shapes where the tagger's "person" is none (bylines, pairings, places, forms of address).
"""

from __future__ import annotations

import pytest

from counterpart.ingest import tagged_zh
from counterpart.ingest.reading import parse_article
from counterpart.ingest.recognise_zh import recognise
from counterpart.ingest.tagged_zh import find_tagged_names, is_byline, looks_like_a_name


def _everyone(body: str) -> list[str]:
    text = "标题\n\n" + body
    return list(recognise(text, [(0, 2), (4, len(text))]).people)


@pytest.mark.parametrize(
    "body, name",
    [
        ("老街重建后，新店的老板韦德纲望着热闹的街道笑了。", "韦德纲"),
        ("园艺公司温室技术员范春林已经是第三次来到园区。", "范春林"),
        ("入选“西部之光”的访问学者冯德礼感慨地说，收获很大。", "冯德礼"),
        ("这位顺德名厨之一邝国聪正手把手地教学员切配。", "邝国聪"),
        ("工作组联系人魏长明带领村民修好了水渠。", "魏长明"),
    ],
)
def test_a_person_with_no_post_before_a_verb_is_found(body, name):
    assert _everyone(body) == [name]


def test_a_column_of_names_one_to_a_line_is_read():
    body = "挂职干部名单\n韩立成\n卢雪梅\n"
    assert _everyone(body) == ["韩立成", "卢雪梅"]


@pytest.mark.parametrize(
    "body",
    [
        "本报讯（记者 何晓峰 通讯员 邱兰）日前，两地召开座谈会。",
        "牛羊在草场上吃草。卢志坚摄",
        "统筹：吴晓林 孟佳怡",
        "文：烹饪学院 廖文轩",
        "全区蜂蜜产量达220吨，实现产值3500万元。(吕明阳)",  # the writer, closing the paragraph
        "(文字/程国庆 图片/程国庆 编辑/唐逸)",
        "相关链接\n· 郑国华：全力以赴完成对口支援任务",  # a link to another story
        "来源：\n援疆网\n作者：\n罗德新\n编辑：\n邵佳伟",  # each credit under its label
        "高质量发展贡献力量。(师市市场监督管理局 王妍雯供稿)",
        "2023年09月03日  孙楠\n近日，两部门公布名单。",  # the page's date line and writer
        "李泓冰 李茂颖 季觉苏\n2020年07月20日11:04  来源：人民网",  # writers above the date
        "标签：\n- 01 焦点观察丨陈国科：钟情田野考古",  # a list of other stories
        "2025-03-04 10:12 华夏新闻网 阅读：1841 卫青松",
    ],
)
def test_bylines_and_credits_are_no_actors(body):
    assert _everyone(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "医生为京玉两地架起了健康桥，京玉两地医疗联动。",  # a pairing by its places' first characters
        "严格落实杭恩两地扶贫协作协议。",
        "鲁朗小镇游客众多，鲁朗成为网红打卡地。",  # the place named as a place elsewhere
        "推动扎囊、桑日、隆子三县发展。",  # counted as counties
        "全体干部深入学习习近平新时代中国特色社会主义思想。",  # a leader invoked
        "为习仲勋红军小学捐赠图书500册。",  # a school named after him
        "村里引进了黄栀子产业。",  # a plant before its trade
        "傈僳族非遗“阿尺木刮”的踏歌节拍响起。",  # part of a quoted term
        "示范园郭牌西瓜已经进入成熟期。",  # a brand before its produce
        "示范园种植的“郭牌”西瓜已经进入成熟期。",  # the brand in quotes
        "仲春时节，贵州的茶园一片繁忙。",  # a season
        "在天山南麓书写着沙海变桑田的奇迹。",  # a word before 的 and its noun
        "走访了全国劳动模范吐尔地·吾斯曼。",  # no part of a dotted name alone
        "推进新时代阿坝长治久安和高质量发展。",  # the end of an idiom
    ],
)
def test_what_the_tagger_calls_a_person_but_is_none(body):
    assert not find_tagged_names("标题\n\n" + body, set(), [(4, 4 + len(body))])


def test_forms_of_address_and_pairings_do_not_look_like_names():
    assert looks_like_a_name("范春林")
    assert looks_like_a_name("阿依古丽·买买提")
    assert looks_like_a_name("格桑达娃")  # a Tibetan name of two known parts
    assert not looks_like_a_name("刘经理")
    assert not looks_like_a_name("白藏羊")  # a breed
    assert not looks_like_a_name("李某")  # someone the copy does not name
    assert not looks_like_a_name("李子树")
    assert not looks_like_a_name("党忠诚")  # 对党忠诚: loyal to the Party
    assert not looks_like_a_name("白露")  # a solar term
    assert not looks_like_a_name("陈教授")
    assert not looks_like_a_name("朱省长")
    assert not looks_like_a_name("苏陕")
    assert not looks_like_a_name("鲁渝")
    assert not looks_like_a_name("浙江")
    assert not looks_like_a_name("the Department")
    assert not looks_like_a_name("阿里")  # a prefecture the dictionary reads as a name
    assert not looks_like_a_name("那曲")
    assert not looks_like_a_name("牛羊肉")  # meat, no surname 牛 and a given name
    assert not looks_like_a_name("岳岳")  # "主管于岳岳" cut after 于: a doubled character
    assert looks_like_a_name("王丹丹")  # (a doubled given name after its surname is one)


def test_a_byline_is_told_by_its_clause_not_by_a_later_one():
    text = "本报讯（记者 何晓峰）日前，种植户罗长青说，今年收成好。"
    assert is_byline(text, text.index("何晓峰"), text.index("何晓峰") + 3)
    assert not is_byline(text, text.index("罗长青"), text.index("罗长青") + 3)


def test_names_the_rules_found_are_left_to_them():
    body = "副局长王华接在座谈会上表示，两地合作前景广阔。"
    text = "标题\n\n" + body
    assert not find_tagged_names(text, {"王华接"}, [(4, len(text))])
    # nor a body before its post, where the rules read the people ("卫健委主任王宏周")
    text = "标题\n\n副市长索朗次仁、卫健委主任王宏周出席。"
    assert not find_tagged_names(text, {"索朗次仁", "王宏周"}, [(4, len(text))])
    # nor a piece across a name the rules cut short
    text = "标题\n\n今天，6岁的买买提江·吐尔逊被推进了手术室。"
    assert not find_tagged_names(text, {"买买提江·吐尔"}, [(4, len(text))])


def test_the_tagger_reads_a_bounded_share_of_a_huge_text(monkeypatch):
    body = "种植户罗长青说，今年收成好。\n" * 10 + "技术员范春林说，大棚全部自动控制。\n"
    text = "标题\n\n" + body
    monkeypatch.setattr(tagged_zh, "TAGGED_CHARS", 100)  # the names past it are not read
    assert [m.text for m in find_tagged_names(text, set(), [(4, len(text))])] == ["罗长青"]


def test_a_tagged_name_is_proposed_for_review_with_its_pinyin():
    from counterpart.ingest.extract import extract

    art = parse_article("标题\n\n老街重建后，新店的老板韦德纲望着热闹的街道笑了。\n".encode())
    ex = extract(art, source_url="https://example.org/a", year=2024)
    person = next(c for c in ex.candidates if c.kind == "person")
    assert person.fields["name_zh"] == "韦德纲"
    assert person.fields["name"] == "Wei Degang"
    assert person.decision == "review"  # no anchor but the tagger


def test_a_writer_under_the_headline_or_after_the_stamp_and_outlet_is_no_actor():
    text = "援藏三十年\n\n罗小舟\n报告文学\n雪域高原上的故事。"
    start = text.index("罗小舟")
    assert is_byline(text, start, start + 3)
    text = "标题\n\n2021-02-18 10:36 燕赵新闻网   梁小静\n干部人才留疆过年。"
    start = text.index("梁小静")
    assert is_byline(text, start, start + 3)
    # a name alone on a line further down is no byline
    text = "标题\n\n挂职干部名单\n韩立成\n"
    start = text.index("韩立成")
    assert not is_byline(text, start, start + 3)


def test_meat_after_where_it_comes_from_is_no_one():
    assert _everyone("来自雪域高原的牛羊肉成了展柜里的肉酱。来自贵州的陶廷友说。") == ["陶廷友"]


def test_a_writers_name_before_the_stamp_or_the_desk_and_a_reviewers_credit():
    text = "标题\n\n孙小玮南方财经全媒体记者，孙小玮2020-09-26 19:05\n\n企业抱团西迁。"
    first = text.index("孙小玮")
    second = text.index("孙小玮", first + 1)
    assert is_byline(text, first, first + 3)
    assert is_byline(text, second, second + 3)
    text = "标题\n\n讲座等诊疗工作。\n[审稿:陈勇 核稿:周小波 责编:刘家琨]"
    start = text.index("周小波")
    assert is_byline(text, start, start + 3)
    assert not looks_like_a_name("杭企")  # Hangzhou's firms


def test_names_on_a_credit_line_with_the_pages_date():
    text = "标题\n\n刘兴业 李小响 陈小楠 深港卫视新闻 2022-01-14\n\n一直以来，两地合作。"
    for name in ("刘兴业", "李小响", "陈小楠"):
        start = text.index(name)
        assert is_byline(text, start, start + 3)


def test_a_tagged_word_with_a_character_no_given_name_uses_is_no_one(monkeypatch):
    """A surname character before ordinary words (叶|黄素, 杨|树苗) is no name when the tagger
    alone says so; a given name of common characters still is."""
    text = "标题\n\n店里的叶黄素卖得好，杨树苗也种上了，老板韦德纲说。"
    tagged = [(text.index(w), w) for w in ("叶黄素", "杨树苗", "韦德纲")]
    monkeypatch.setattr(tagged_zh, "tagged_persons", lambda text, paragraphs: tagged)
    found = find_tagged_names(text, set(), [(0, 2), (4, len(text))])
    assert [m.text for m in found] == ["韦德纲"]
    assert tagged_zh.unlike_a_given_name("叶黄素")
    assert not tagged_zh.unlike_a_given_name("孟繁衍")
    assert not tagged_zh.unlike_a_given_name("扎西多吉")  # a Tibetan name: no surname and given


def test_given_name_characters_are_counted_once_per_person_from_gold_files(tmp_path):
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "given_name_chars.py"
    spec = importlib.util.spec_from_file_location("given_name_chars", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "zh-x-1.gold.yaml").write_text(
        "persons: [王建国, 李建华, 王建国]\n", encoding="utf-8"
    )
    (tmp_path / "zh-x-2.gold.yaml").write_text(
        "persons: [欧阳国华, Zhang Wei, 麦尔旦·米吉提]\n", encoding="utf-8"
    )
    counts = module.given_name_chars(tmp_path)
    assert counts == {"建": 2, "国": 2, "华": 2}


def test_a_county_after_its_province_a_paper_and_a_writer_after_an_underscore_are_no_one(
    monkeypatch,
):
    text = (
        "标题\n\n文_胡学林\n\n帮扶路从重庆云阳、西藏林周，一直延伸到贵州。苏报集团派出报道组，"
        "启动“苏报入黔”行动，老板韦德纲说。"
    )
    tagged = [
        (text.index("胡学林"), "胡学林"),
        (text.index("林周"), "林周"),
        (text.rindex("苏报"), "苏报"),  # where nothing after it says it is a paper
        (text.index("韦德纲"), "韦德纲"),
    ]
    monkeypatch.setattr(tagged_zh, "tagged_persons", lambda text, paragraphs: tagged)
    found = find_tagged_names(text, set(), [(0, 2), (4, len(text))])
    assert [m.text for m in found] == ["韦德纲"]


def test_a_name_the_tagger_stops_a_character_short_is_read_whole(monkeypatch):
    text = "标题\n\n两地教师在潘祥根带领下从头开始。新疆农二师代表团和阿里远来的客人也到了。"
    tagged = [
        (text.index("潘祥"), "潘祥"),
        (text.index("农二"), "农二"),
        (text.index("阿里"), "阿里"),
    ]
    monkeypatch.setattr(tagged_zh, "tagged_persons", lambda text, paragraphs: tagged)
    found = find_tagged_names(text, set(), [(0, 2), (4, len(text))])
    assert [m.text for m in found] == ["潘祥根"]


def test_writers_in_a_closing_bracket_a_site_in_a_list_and_a_place_then_at_are_no_one(
    monkeypatch,
):
    text = (
        "标题\n\n参观了木鱼工业园区、庄子新材料产业园、智慧岛教育园等项目。临安在东，施秉在西，"
        "施秉县脱贫摘帽。工程获得鲁班奖。(查晔秀 刘敏)\n群众自筹32.7万元。(阮赫鑫、董文静、张建星)\n"
        "老板韦德纲说，订单排满了。"
    )
    tagged = [
        (text.index(w), w) for w in ("庄子", "施秉在", "查晔秀", "阮赫鑫", "董文静", "韦德纲")
    ]
    monkeypatch.setattr(tagged_zh, "tagged_persons", lambda text, paragraphs: tagged)
    found = find_tagged_names(text, set(), [(0, 2), (4, len(text))])
    assert [m.text for m in found] == ["韦德纲"]


def test_a_tagged_name_jieba_reads_as_running_words_is_no_one(monkeypatch):
    """The tagger alone is not enough: jieba must cut a word at both ends of the name and read a
    name there (with or without guessing new words), not words that run on past its end (邱风|收到),
    a particle closing it (刘奇|与) or a set phrase (济济一堂)."""
    text = (
        "标题\n\n邱风收到了设备，刘奇与干部座谈，代表们济济一堂。种植户罗长青说，潘祥根带领大家干。"
    )
    tagged = [(text.index(w), w) for w in ("邱风收", "刘奇与", "济济一堂", "罗长青", "潘祥")]
    monkeypatch.setattr(tagged_zh, "tagged_persons", lambda text, paragraphs: tagged)
    found = find_tagged_names(text, set(), [(0, 2), (4, len(text))])
    # 罗长青: read 户罗|长青 when guessing, 罗|长|青 when not; 潘祥: the tagger's piece is asked
    assert [m.text for m in found] == ["罗长青", "潘祥根"]


@pytest.mark.parametrize(
    "body",
    [
        "冬天的牧场被白雪覆盖，牛群在圈舍里休息。",  # words the tagger reads as names
        "清代名臣左宗棠曾在这里修驿道种柳树。",  # figures of history
        "这座县城是刘伯承元帅的故乡。",
    ],
)
def test_a_word_the_dictionary_uses_often_is_no_name_on_the_taggers_word_alone(body):
    assert not find_tagged_names("标题\n\n" + body, set(), [(4, 4 + len(body))])


def _tagged(body):
    return [m.text for m in find_tagged_names("标题\n\n" + body, set(), [(4, 4 + len(body))])]


@pytest.mark.parametrize(
    "body, name",
    [
        ("合作社负责人淳小林一边查看长势，一边记录水温。", "淳小林"),  # a rare surname
        ("县医院的产科护士艾比拜感慨道，变化太大了。", "艾比拜"),  # a Uyghur name
        ("叶巴村村民查斯卓玛用新接的自来水洗菜。", "查斯卓玛"),  # a Tibetan name of parts
        ("她的结对亲戚李殊月在视频里对她说，很想念她。", "李殊月"),  # a paired relative
    ],
)
def test_a_role_right_before_vouches_for_the_taggers_name(body, name):
    assert _tagged(body) == [name]


@pytest.mark.parametrize(
    "body",
    [
        "94岁老人向宁强捐款800元。",  # to (向) a county
        "物业公司负责人杨先生表示，会尽快维修。",  # Mr Yang
    ],
)
def test_a_role_vouches_for_no_preposition_or_form_of_address(body):
    assert _tagged(body) == []
