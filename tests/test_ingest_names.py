"""Chinese names and titles: title chains, group titles, pinyin with surname readings, matching
a name in characters to an actor stored in pinyin and back."""

from __future__ import annotations

import re

import pytest

from counterpart.ingest.persons_zh import latin_key, name_at, pinyin
from counterpart.ingest.recognise_zh import recognise
from counterpart.ingest.tagged_zh import find_tagged_names
from counterpart.ingest.titles_zh import (
    find_bracketed_titles,
    find_name_before_title,
    find_name_then_title,
    find_titled_people,
)


def _people(text):
    return [(p.text, [t.text for t in ts]) for p, ts in find_titled_people(text)]


def _recognised(body):
    """What all the Chinese recognisers find in a one-paragraph body."""
    return recognise(body, [(0, len(body))], "2020-05-01", titled=False)


def _titles_found(body):
    """Every (name, title) all the Chinese recognisers find in a one-paragraph body."""
    return [(name, t.text) for name, t in _recognised(body).titles]


def _everyone(body):
    """Every person all the Chinese recognisers find in a one-paragraph body."""
    return list(_recognised(body).people)


def test_title_chains_split_and_keep_their_organisation():
    text = "6月24日，省委书记、省人大常委会主任孙志刚，省委副书记、省长谌贻琴在贵阳会见由辽宁省委副书记、省长唐一军率领的代表团。"
    assert _people(text) == [
        ("孙志刚", ["省委书记", "省人大常委会主任"]),
        ("谌贻琴", ["省委副书记", "省长"]),
        ("唐一军", ["辽宁省委副书记", "省长"]),
    ]


def test_group_title_before_a_list_of_names():
    text = "贵州省领导刘捷、吴强，辽宁省领导谭作钧、王明玉参加会见。副省长刘远坤、陈鸣明分别陪同。"
    assert _people(text) == [
        ("刘捷", ["贵州省领导"]),
        ("吴强", ["贵州省领导"]),
        ("谭作钧", ["辽宁省领导"]),
        ("王明玉", ["辽宁省领导"]),
        ("刘远坤", ["副省长"]),
        ("陈鸣明", ["副省长"]),
    ]


def test_chain_stops_at_a_name_and_at_words_that_are_no_title():
    text = "林克庆、贵州省副省长蔡朝林讲话，安顺市委书记杨昌鹏和市委副书记、市长尹恒斌座谈交流。"
    assert _people(text) == [
        ("蔡朝林", ["贵州省副省长"]),
        ("杨昌鹏", ["安顺市委书记"]),
        ("尹恒斌", ["市委副书记", "市长"]),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("陈青作了发言", "陈青"),  # two characters: 作 is the verb
        ("唐军率大连市代表团", "唐军"),
        ("谌贻琴在贵阳", "谌贻琴"),
        ("欧阳坚出席", "欧阳坚"),  # compound surname
        ("关于东西部协作", ""),  # a word, not a surname and a name
        ("大家认为", ""),  # no surname
        ("殷殷嘱托", ""),  # a doubled character: an adverb, not 殷 + a name
        ("殷勇出席", "殷勇"),  # the same surname with a name
    ],
)
def test_name_boundaries(text, name):
    assert name_at(text, 0) == name


def test_bylines_are_not_titles():
    assert _people("（记者唐平）10月16日至19日，代表团赴六盘水") == []
    # a byline opening a paragraph, reporter and correspondent
    assert _people("记者 吴海燕 通讯员 杜明远\n8月5日，考察团抵达") == []
    assert _people("本报记者吴海燕 通讯员杜明远报道") == []


def test_a_place_name_holding_a_stop_word_stays_in_the_title():
    text = "沈阳市和平区委书记高峰、州委副书记马强出席，同心县县长马文明陪同。"
    assert _people(text) == [
        ("高峰", ["沈阳市和平区委书记"]),
        ("马强", ["州委副书记"]),
        ("马文明", ["同心县县长"]),
    ]
    # a 和 that joins two people still ends the chain
    assert _people("市委书记王强和区委书记李明座谈") == [
        ("王强", ["市委书记"]),
        ("李明", ["区委书记"]),
    ]


def test_no_person_where_a_surname_character_starts_a_title_word():
    assert _people("市委书记和市长出席会议") == []  # 和 is a surname, 市长 no given name
    assert _people("领导小组组长由县长担任") == []
    assert _people("省长期以来关心协作") == []  # 省长 inside 长期: no title at all


def test_names_whose_surname_is_not_listed_are_proposed_for_review():
    found = find_titled_people(
        "州委书记阿苏木呷、自治区副主席吐尔逊·买买提出席，县委副书记、县长尼玛次仁主持。"
    )
    assert [(p.text, [t.text for t in ts]) for p, ts in found] == [
        ("阿苏木呷", ["州委书记"]),  # a listed surname, four characters
        ("吐尔逊·买买提", ["自治区副主席"]),
        ("尼玛次仁", ["县委副书记", "县长"]),
    ]
    unlisted = {p.text: p.confidence for p, _ in found}
    assert unlisted["吐尔逊·买买提"] < 0.95 and unlisted["尼玛次仁"] < 0.95
    assert _people("县委书记多次强调，书记亲自部署，书记高度重视。") == []


def test_a_department_whose_name_holds_and_is_one_organisation():
    text = "县人力资源和社会保障局局长黄涛、市文化和旅游局副局长郑敏参加。"
    assert _people(text) == [
        ("黄涛", ["县人力资源和社会保障局局长"]),
        ("郑敏", ["市文化和旅游局副局长"]),
    ]
    assert _people("天津市扶贫协作和支援合作工作领导小组办公室主任赵红出席会议。") == [
        ("赵红", ["天津市扶贫协作和支援合作工作领导小组办公室主任"]),
    ]


def test_and_between_two_titled_people_ends_the_first_name():
    assert _people("县委书记罗军和县长覃丽出席，副县长王家和陪同") == [
        ("罗军", ["县委书记"]),
        ("覃丽", ["县长"]),
        ("王家和", ["副县长"]),  # a given name may end in 和 where no title follows
    ]


def test_an_ordinary_word_after_a_title_is_no_name():
    # 干, 单, 成 are surnames; 干部, 单位, 成员 are words; 镇长们 is a plural
    assert _people("各级领导干部参加，会长单位发言，县领导成员出席，镇长们都说好") == []
    assert _people("副县长高峰出席") == [("高峰", ["副县长"])]  # a word that is also a name


def test_more_title_words_and_long_office_titles():
    text = "区政府党组成员赵刚参加。市政府办公室秘书三科副科长孙丽带领调研组，代表团团长钱伟讲话"
    assert _people(text) == [
        ("赵刚", ["区政府党组成员"]),
        ("孙丽", ["市政府办公室秘书三科副科长"]),
        ("钱伟", ["代表团团长"]),
    ]


def test_a_word_after_the_name_is_not_read_into_it():
    # traditional 參與 becomes 参与 after conversion: 与 alone would end a name 吴凯参
    assert _people("县政府秘书长吴凯参与有关活动") == [("吴凯", ["县政府秘书长"])]
    assert _people("副县长刘向东出席") == [("刘向东", ["副县长"])]
    assert _people("州长赵明率代表团考察") == [("赵明", ["州长"])]  # 率 ends no given name


def test_general_secretary_after_the_name():
    found = find_name_then_title("习近平总书记在银川主持召开座谈会", set())
    assert [(n, t.text) for n, t in found] == [("习近平", "总书记")]


@pytest.mark.parametrize(
    ("chars", "latin"),
    [
        ("谌贻琴", "Chen Yiqin"),  # 谌 as a surname is Chén, not Shèn
        ("唐一军", "Tang Yijun"),
        ("单霁翔", "Shan Jixiang"),  # 单 as a surname is Shàn
        ("曾庆红", "Zeng Qinghong"),
        ("欧阳坚", "Ouyang Jian"),
        ("吕梁", "Lü Liang"),
        ("吐尔逊·买买提", "Tuerxun Maimaiti"),  # a name written with ·: each part on its own
    ],
)
def test_pinyin_uses_surname_readings(chars, latin):
    assert pinyin(chars) == latin


def test_latin_keys_match_any_spelling():
    assert latin_key("Chen Yiqin") == latin_key("CHEN Yi-qin") == latin_key("Chén Yìqín")
    assert latin_key(pinyin("谌贻琴")) == latin_key("Chen Yiqin")


def test_an_english_article_finds_an_actor_known_by_characters_or_alias(tmp_path):
    import csv
    import shutil

    from conftest import DATA

    from counterpart.ingest.extract import extract, parse_article

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    rows = list(csv.DictReader(open(data / "actors.csv", encoding="utf-8")))
    fields = list(rows[0]) + ["aliases"]
    for r in rows:
        r["aliases"] = "Shen Yiqin" if r["actor_id"] == "chen-yiqin" else ""
    rows.append(
        {
            **rows[0],
            "actor_id": "zhou-hongwei",
            "name": "周红伟",
            "name_zh": "周红伟",
            "aliases": "",
            "side": "east",
        }
    )
    with open(data / "actors.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fields)
        w.writeheader()
        w.writerows(rows)
    art = parse_article(
        b"Visit\n\nShen Yiqin, Governor of Guizhou Province, met Zhou Hongwei, "
        b"director of the Dalian poverty alleviation office.\n"
    )
    ex = extract(art, source_url="https://example.org/a", data_dir=data)
    people = {c.label: c.match for c in ex.of_kind("person")}
    assert people == {"Shen Yiqin": "chen-yiqin", "Zhou Hongwei": "zhou-hongwei"}


def test_tibetan_names_a_name_that_is_a_word_and_a_transliterated_name_with_来():
    text = (
        "区党委常委、拉萨市委书记白玛旺堆参加座谈会。区党委副书记、自治区常务副主席庄严主持。"
        "自治区主席雪克来提·扎克尔出席，领导干部参加。"
    )
    assert _people(text) == [
        ("白玛旺堆", ["区党委常委", "拉萨市委书记"]),
        ("庄严", ["区党委副书记", "自治区常务副主席"]),  # also a word ("solemn"), after a title
        ("雪克来提·扎克尔", ["自治区主席"]),
    ]


def test_names_written_before_their_title_are_proposed_for_review():
    from counterpart.ingest.titles_zh import find_name_before_title

    text = "代表吴英杰书记表示欢迎。北京市扶贫支援办汪兆龙副主任表示，诸葛建为副团长，张副市长出席，区政协副主席讲话。"
    found = [
        (p.text, [t.text for t in ts], p.confidence)
        for p, ts in find_name_before_title(text, set())
    ]
    assert found == [
        ("吴英杰", ["书记"], 0.8),
        ("汪兆龙", ["北京市扶贫支援办副主任"], 0.8),  # the office before the name is the title's
    ]


def test_a_particle_or_a_place_after_a_title_is_no_name():
    assert _people("成立了由时任省委副书记李明担任组长的闽宁协作领导小组。") == [
        ("李明", ["省委副书记"])
    ]
    assert _people("前往古田镇毛主席纪念园，瞻仰毛主席像") == []


def test_people_listed_after_who_they_are_are_proposed_for_review():
    from counterpart.ingest.titles_zh import find_people_after_group

    text = "看望慰问了贫困群众何其礼、何存荣、何永斗。广大群众向慈溪表示感谢，学生和学校。"
    found = find_people_after_group(text, set())
    assert [(p.text, p.confidence) for p in found] == [
        ("何其礼", 0.8),
        ("何存荣", 0.8),
        ("何永斗", 0.8),
    ]
    text = "在困难户谢作连家里。我们和挂职副县长的蒋建锋聊了起来，县长的讲话很短。"
    assert [p.text for p in find_people_after_group(text, set())] == ["谢作连", "蒋建锋"]
    # a team member by his team; a common noun after a group noun starts no name
    text = "有1名已经连续两年援疆的老队员程燎原。援建的党员干部更是以…为指导。"
    assert [p.text for p in find_people_after_group(text, set())] == ["程燎原"]


def test_a_name_opening_a_sentence_before_attending_or_speaking_is_proposed_for_review():
    from counterpart.ingest.titles_zh import find_subjects

    text = "州领导夏某等出席会议。王宏参加。林涛(中)与当地农牧民欢度藏历新年。领导参加。全体参加。"
    assert [(p.text, p.confidence) for p in find_subjects(text, set())] == [
        ("王宏", 0.7),
        ("林涛", 0.7),
    ]
    assert find_subjects("会议强调，要抓好落实。张家口市参加了。", set()) == []


def test_an_aid_post_before_a_post_and_people_by_who_they_are():
    assert _people("南京市第六批援藏干部、墨竹工卡县委书记林涛信心十足地说") == [
        ("林涛", ["南京市第六批援藏干部", "墨竹工卡县委书记"])
    ]
    assert _people("干部、县委书记王明讲话") == [("王明", ["县委书记"])]
    from counterpart.ingest.titles_zh import find_people_after_group

    text = "北京市民林红霞通过展板观看。常务理事史振明、会员刘殿龙应邀参加。"
    assert [p.text for p in find_people_after_group(text, set())] == ["林红霞", "刘殿龙"]


def test_a_profiles_line_a_concurrent_post_and_an_aid_cadre_named_alone():
    from counterpart.ingest.titles_zh import find_name_comma_posts

    text = (
        "他们是:\n  李忠伟,丽水市委副秘书长(保留正处级)、一级调研员,现挂职巴中市政府副秘书长;\n"
        "  刘坤,松阳县政府副县长 ,现挂职巴中市巴州区副区长。\n王明,我们的好朋友。"
    )
    found = [(p.text, [t.text for t in ts]) for p, ts in find_name_comma_posts(text)]
    assert found == [
        ("李忠伟", ["丽水市委副秘书长", "一级调研员"]),
        ("刘坤", ["松阳县政府副县长"]),
    ]
    assert _people("合肥市援藏干部许华担任错那县县委书记") == [("许华", ["合肥市援藏干部"])]
    assert _people("嘎玛农业有限公司党委书记兼董事长林浩生，进藏前") == [
        ("林浩生", ["嘎玛农业有限公司党委书记", "董事长"])
    ]
    assert _people("南开区援派干部和专业技术人才到岗。第六批援青干部已至果洛。") == []
    assert _people("丰挂职干部和专技人才到岗。八十八团援疆干部人才和守边人一起。") == []
    assert _people("会议传达学习省委书记林武讲话精神。") == [("林武", ["省委书记"])]
    assert _people("QQ图片20250715061436援青医生刘义环向病人询问病情，院长朱鑫璞如是道") == [
        ("刘义环", ["援青医生"]),
        ("朱鑫璞", ["院长"]),
    ]
    assert _people("正如第五批援青干部联络组组长赵勇所说。渔业专家骆明飞成为技术骨干。") == [
        ("赵勇", ["第五批援青干部联络组组长"]),
        ("骆明飞", ["渔业专家"]),
    ]


def test_a_post_straight_after_a_name_and_由_before_a_post():
    assert _people("医疗队的领队由副院长姚和瑞担任。") == [("姚和瑞", ["副院长"])]
    from counterpart.ingest.titles_zh import find_people_after_group

    text = "我院第三批援藏队员王立国副主任、李尊柱护士长一同前往。"  # each with a post
    assert [p.text for p in find_people_after_group(text, set())] == ["王立国", "李尊柱"]
    assert name_at("崔贤在讲话中指出", 0) == "崔贤"


def test_standing_before_a_chart_and_a_word_after_to_are_no_names():
    assert _people("工作组组长陈茂辉站在指挥部的工程图表前表示") == [("陈茂辉", ["工作组组长"])]
    assert _people("刘中杰等领导向历届援疆工作队颁发聘书。领导和平安到场。") == []
    assert _people("市委书记向警予出席") == [("向警予", ["市委书记"])]


def test_a_rare_word_after_a_title_is_a_name_but_a_common_verb_is_not():
    assert _people("青海省委书记、省人大常委会主任强卫，与会") == [
        ("强卫", ["青海省委书记", "省人大常委会主任"])
    ]
    assert _people("会上主任强调，要抓落实") == []  # 强调 "stress": a word, not 强 + 调


def test_division_posts_aid_cadres_listed_by_name_and_my_city():
    assert _people("四师师长、可克达拉市市长朱红兵出席") == [
        ("朱红兵", ["四师师长", "可克达拉市市长"])
    ]
    assert _people("这是我市第九批援宁干部徐晓根、吕培明到宁夏时的见闻") == [
        ("徐晓根", ["我市第九批援宁干部"]),  # "our city's", as written and as annotators keep it
        ("吕培明", ["我市第九批援宁干部"]),
    ]
    assert _people("市委组织部干部王明说") == []  # a cadre, not an aid cadre's post


def test_a_transliterated_name_whose_first_character_is_a_surname():
    found = find_titled_people("县政协主席艾克拜尔·麦麦提明，带领代表团")
    assert [(p.text, [t.text for t in ts]) for p, ts in found] == [
        ("艾克拜尔·麦麦提明", ["县政协主席"])
    ]


def test_commanders_candidates_and_the_partys_formula_for_its_leader():
    assert _people("据援疆前方指挥部副总指挥杨元明介绍，") == [
        ("杨元明", ["援疆前方指挥部副总指挥"])
    ]
    assert _people("援藏前方指挥部总指挥陈晶说，要做好") == [("陈晶", ["援藏前方指挥部总指挥"])]
    assert _people("县委常委、政府副县长候选人张丰带领") == [
        ("张丰", ["县委常委", "政府副县长候选人"])
    ]
    # the Party's formula invokes its leader: no actor of the event
    assert _everyone("在以胡锦涛同志为总书记的党中央领导下，以习近平同志为核心的党中央") == []


def test_particles_and_joining_words_are_no_part_of_a_name():
    assert _people("在区政协主席魏明辉的陪同下，考察了") == [("魏明辉", ["区政协主席"])]
    assert _people("区长张定山受邀出席") == [("张定山", ["区长"])]
    assert _people("领会俞主席和郭金虎书记的指示") == []  # 和 joins: no 和郭金虎
    assert _people("邀请镇党政领导来团考察") == []  # 来 comes to the regiment
    assert _people("招商投资局副局长王彬推介两地产业") == [("王彬", ["招商投资局副局长"])]


def test_a_model_named_in_the_partys_formula_is_no_actor():
    assert _everyone("援藏干部以孔繁林同志为榜样，副县长刘向东出席") == ["刘向东"]
    assert _everyone("两地深入贯彻落实习近平总书记关于东西部协作的重要论述。") == []
    assert _everyone("习近平总书记在银川主持召开座谈会。") == ["习近平"]


def test_occupations_before_a_name_and_words_that_are_no_part_of_a_title():
    assert _people("林芝一中高级教师马杰明说") == [("马杰明", ["林芝一中高级教师"])]
    assert _people("他和另一位援疆医疗专家沈文联手") == [("沈文", ["援疆医疗专家"])]
    assert _people("当听说校长周云旗来了") == [("周云旗", ["校长"])]
    assert _people("单春生现任州住建局副局长") == []
    assert _people("两地领导拍了板。") == []


def test_the_leaders_words_invoked_name_no_actor():
    from counterpart.ingest.titles_zh import find_name_then_title

    for text in (
        "深入贯彻落实习近平总书记关于东西部协作的重要论述",
        "正深入学习贯彻党的二十届三中全会精神和习近平总书记视察重庆重要讲话重要指示精神",
        "努力完成习近平总书记交给内蒙古的五大任务",
        "青海紧紧围绕习近平总书记对青海提出的指示要求",
        "习近平总书记多次作出重要指示批示",
    ):
        assert find_name_then_title(text, set()) == [], text
    (present,) = find_name_then_title("习近平总书记在银川主持召开座谈会", set())
    assert present[1].confidence >= 0.95


def test_posts_after_a_name_before_an_adverb_members_and_tibetan_names():
    from counterpart.ingest.titles_zh import find_name_before_title

    found = find_name_before_title(
        "校办周勇主任专程来校送行，附小沈爱华校长不辞辛苦全程护送", set()
    )
    assert [(p.text, [t.text for t in ts]) for p, ts in found] == [
        ("周勇", ["主任"]),
        ("沈爱华", ["校长"]),
    ]
    assert _people("协调小组成员王志中2日表示") == [("王志中", ["协调小组成员"])]
    assert _people("从著名京剧表演艺术家关振林的清唱") == [("关振林", ["京剧表演艺术家"])]
    assert [p for p, _ in _people("地区领导格桑次仁、次仁贡布等出席")] == ["格桑次仁", "次仁贡布"]


def test_names_listed_before_their_number_and_post():
    from counterpart.ingest.titles_zh import find_listed_then_counted

    found = find_listed_then_counted("车载着我校喻中明、左增华、彭梭三位老师前往机场")
    assert [(p.text, t.text, p.confidence) for p, t in found] == [
        ("喻中明", "老师", 0.8),
        ("左增华", "老师", 0.8),
        ("彭梭", "老师", 0.8),
    ]


def test_names_listed_with_and_before_a_count_of_people_that_is_theirs():
    from counterpart.ingest.titles_zh import find_listed_then_counted

    found = find_listed_then_counted("医院选派韩立明、邵婷、蒋磊和吕涛4名专业技术人员到县医院")
    assert [(p.text, t) for p, t in found] == [
        ("韩立明", None),
        ("邵婷", None),
        ("蒋磊", None),
        ("吕涛", None),
    ]
    # a count that is not the list's: "2名" after three names names nobody
    assert find_listed_then_counted("韩立明、邵婷和蒋磊2名干部参加") == []


def test_a_word_surname_with_one_given_character_after_a_post_and_a_dotted_name_in_a_list():
    assert _people("丰县县委副书记、县长于涛，出席") == [("于涛", ["丰县县委副书记", "县长"])]
    assert _people("自治区领导王平、吐尔洪·买买提、赵新等参加") == [
        ("王平", ["自治区领导"]),
        ("吐尔洪·买买提", ["自治区领导"]),
        ("赵新", ["自治区领导"]),
    ]


def test_a_transcripts_speaker_lines():
    from counterpart.ingest.titles_zh import find_speakers

    text = "新房验收了。\n某县某镇某村村民 林秀英：房子很好。\n江苏省援建前方指挥部副总指挥 韩志成：工期会保证。"
    found = [(p.text, [t.text for t in ts]) for p, ts in find_speakers(text)]
    assert found == [("林秀英", []), ("韩志成", ["江苏省援建前方指挥部副总指挥"])]
    assert find_speakers("会议指出 下一步：要抓落实。") == []


def test_a_regiments_number_is_part_of_its_post():
    assert _people("援疆干部、128团党委副书记、副政委孔德民出席") == [
        ("孔德民", ["援疆干部", "128团党委副书记", "副政委"])
    ]


def test_three_names_or_more_then_deng_and_who_they_are():
    from counterpart.ingest.titles_zh import find_listed_then_counted

    found = find_listed_then_counted("看望了在县里支教的秦晓、龚丽娟、卫敏等老师。")
    assert [(p.text, t) for p, t in found] == [("秦晓", None), ("龚丽娟", None), ("卫敏", None)]
    assert _people("看望了秦晓、龚丽娟、卫敏等老师。") == []  # no "敏等", no post for 卫敏


def test_no_person_from_a_count_another_persons_element_or_a_closing_phrase():
    assert _people("宁波派出的8名医生都是各家医院的骨干。") == []
    assert _people("外科专家许立明医生、眼科专家邹海燕医生赴县医院") == [
        ("许立明", ["外科专家"]),
        ("邹海燕", ["眼科专家"]),
    ]
    assert _people("对于援派干部、州政府副秘书长钱卫东来说，这是第一年") == [
        ("钱卫东", ["援派干部", "州政府副秘书长"])
    ]
    from counterpart.ingest.titles_zh import find_name_before_title

    assert find_name_before_title("兼任南宁市粤桂办副主任，有援派教师和医生参加", set()) == []


def test_a_guest_lists_lines_name_a_space_and_posts():
    from counterpart.ingest.titles_zh import find_name_comma_posts

    text = "嘉宾：\n葛明远 甘肃省某县县委书记\n柏文清 江苏省某区区委常委、宣传部部长\n"
    found = [(p.text, [t.text for t in ts]) for p, ts in find_name_comma_posts(text)]
    assert found == [
        ("葛明远", ["甘肃省某县县委书记"]),
        ("柏文清", ["江苏省某区区委常委", "宣传部部长"]),
    ]
    # the first line's post is not the next line's name's
    assert [p.text for p, _ in find_titled_people(text)] == []


def test_shi_when_closes_a_clause_not_a_name():
    assert _people("在学校见到校长邬立群时，他正在上课") == [("邬立群", ["校长"])]


def test_a_profile_opens_with_its_name_before_the_birth_line():
    from counterpart.ingest.titles_zh import find_profile_names

    text = "付建国，1968年3月生。现任县委副书记。\n谭晓燕，女，土家族，1979年11月出生，大学学历。"
    assert [m.text for m in find_profile_names(text)] == ["付建国", "谭晓燕"]
    assert find_profile_names("会议于2019年3月召开，1968年3月生的老人也来了") == []
    assert [m.text for m in find_profile_names("38岁的蔺春燕是临夏人，60岁的老人也来了")] == [
        "蔺春燕"
    ]


def test_a_listed_name_whose_surname_is_not_in_the_list_and_adverbs_after_a_name():
    assert _people("省领导王晓、蒿慧杰、王海鹏出席") == [
        ("王晓", ["省领导"]),
        ("蒿慧杰", ["省领导"]),
        ("王海鹏", ["省领导"]),
    ]
    assert _people("市委书记周铁林亲切会见了代表团") == [("周铁林", ["市委书记"])]
    assert _people("省委书记李纪明谈到了感受") == [("李纪明", ["省委书记"])]


def test_a_company_name_with_a_bracket_and_a_commission_received():
    assert _people("海沃机械(中国)有限公司董事长章兴兵介绍") == [
        ("章兴兵", ["海沃机械(中国)有限公司董事长"])
    ]
    assert _people("受市委常委、副市长蔡邦银委托") == [("蔡邦银", ["市委常委", "副市长"])]
    assert _people("随后江苏省政协副主席阎立讲话") == [("阎立", ["江苏省政协副主席"])]


def test_a_county_a_stop_word_is_part_of_an_acting_on_and_a_body_in_charge():
    assert _people("市委书记周科，两当县委书记郭省军出席") == [
        ("周科", ["市委书记"]),
        ("郭省军", ["两当县委书记"]),  # 当 is 两当县's, no stop
    ]
    assert _people("谢德科老人紧紧握住深圳市政协主席王顺生的手") == [("王顺生", ["深圳市政协主席"])]
    assert _people("纳雍县就业局负责人许云介绍") == [("许云", ["纳雍县就业局负责人"])]
    assert _people("相关负责人许云介绍") == []  # no post
    assert _people("商会监事长张延杰讲话") == [("张延杰", ["商会监事长"])]


def test_posts_in_brackets_after_a_quoted_persons_name():
    text = "“我很忙。”——连新良(温州市政府副秘书长、温州援疆指挥部指挥长) 他说(很好)。"
    assert [(p.text, [t.text for t in ts]) for p, ts in find_bracketed_titles(text)] == [
        ("连新良", ["温州市政府副秘书长", "温州援疆指挥部指挥长"])
    ]
    assert find_bracketed_titles("王刚(左二)在村里") == []


def test_words_after_a_name_aid_to_a_region_and_an_office_for_aid_and_cooperation():
    assert _people("省长王晓东会见市委副书记、市长刘忻及代表团一行") == [
        ("王晓东", ["省长"]),
        ("刘忻", ["市委副书记", "市长"]),
    ]
    assert _people("市教育局派专人到机场迎接，致敬援疆教师。教师援疆三年。") == []
    assert _people("市教育局派专人专车到机场迎接,致敬援疆教师。") == []  # ASCII comma
    assert _people("北京市对口增援和经济协作工作领导小组办公室副主任梁义介绍") == [
        ("梁义", ["北京市对口增援和经济协作工作领导小组办公室副主任"])
    ]
    assert name_at("医生辛洪磊送来锦旗", 2) == "辛洪磊"


def test_a_title_after_a_listed_name_and_和_and_names_before_今年():
    assert _people("工作组成员县住建局副局长李展健和县人民医院副院长雷震先后发言") == [
        ("李展健", ["工作组成员县住建局副局长"]),
        ("雷震", ["县人民医院副院长"]),  # 和县 is a county, but here 和 joins two people
    ]
    assert _people("贵州省从江县委书记吴鹏今年来访") == [("吴鹏", ["贵州省从江县委书记"])]
    assert _people("超声科主治医师狄娜说") == [("狄娜", ["超声科主治医师"])]


def test_people_named_without_a_post_by_what_stands_around_them():
    # the office they come from and 的, before a post taken or a passive
    assert _everyone("来自市国土局的龚明克挂任林芝地区建设局副局长。") == ["龚明克"]
    assert _everyone("刚转业分配到省民政厅的廖永忠，被抽调进援建工作。") == ["廖永忠"]
    assert _everyone("全市的干部一行来到。这是全县的重点工作。") == []
    # a photo caption's position mark
    assert _everyone("生产线旁，王华(右二)和工作人员研究。许洪彬(左)在乌兰县。") == [
        "王华",
        "许洪彬",
    ]
    assert _everyone("大多数区(中)直单位参加。") == []
    # a group noun or a hospital department before a two-character name the dictionary knows
    assert _everyone("阳光洒在村民刘强的脸上。35岁的患者王凯给医院送来锦旗。") == ["刘强", "王凯"]
    assert _everyone("恳请麻醉科陶海勇、妇产科陈娟等专家再留一程。") == ["陶海勇", "陈娟"]
    assert _everyone("群众向慈溪捐款。党员解了难题。") == []


def test_all_before_an_adverb_is_no_surname():
    assert _everyone("每到一处，记者团每位成员都认真听、详细看。") == []
    assert _everyone("不少贫困学生都从中取得了很大的利益。") == []


def test_names_called_comrade_held_between_words_or_listed_with_their_count():
    assert _everyone("我院获评突击队，阎树鑫同志被授予优秀建设者称号。兩地同志談到。") == ["阎树鑫"]
    assert _everyone("老沈名叫沈文华，是指挥长。8月16日，受何厚铧委派，崔世安率协调小组赴川。") == [
        "沈文华",
        "何厚铧",
        "崔世安",
    ]
    # 崔世安 has no anchor here; the tagger reads him as a name (tagged_zh)
    assert _everyone("崔世安再赴成都，与魏宏分别代表两地政府签署协议。会后，各地率先行动。") == [
        "魏宏",
        "崔世安",
    ]
    # the count of names makes a name the dictionary reads as words (叔平) a name
    assert _everyone("浙江大学为贵州大学选派了陈叔平和郑强两任优秀校长。") == ["陈叔平", "郑强"]
    assert _everyone(
        "清华大学选派李建保等五任校长。孟二冬、周守晋等90名北京大学教授来到石河子。"
    ) == [
        "李建保",
        "孟二冬",
        "周守晋",
    ]


def test_a_count_of_terms_is_no_part_of_the_post_and_an_aid_cadres_name_read_as_a_noun():
    assert _people("清华大学先后选派了四任青海大学校长李建保、陈强，一任一任接续奋斗。") == [
        ("李建保", ["青海大学校长"]),
        ("陈强", ["青海大学校长"]),
    ]
    assert _people("江苏省援建干部方大义和他的同事们在灾区过中秋。") == [
        ("方大义", ["江苏省援建干部"])
    ]
    assert _people("援派干部和专业技术人才出发。援青干部已至。") == []
    # a unit's person in charge holds a post; "有关负责人" is anyone
    assert _people("蓝莓生态园负责人令狐云返乡创业。有关负责人王明介绍。") == [
        ("令狐云", ["蓝莓生态园负责人"])
    ]
    assert _people("基地负责人淳小林正在池塘边查看。") == [("淳小林", ["基地负责人"])]


def test_a_list_of_names_before_attending_and_names_after_an_epithet_in_quotes():
    assert _everyone("决定宣读后，公保扎西、王黎明、张锦刚、赵月霞、朱向峰出席。") == [
        "公保扎西",
        "王黎明",
        "张锦刚",
        "赵月霞",
        "朱向峰",
    ]
    assert _everyone("援青干部人才代表李剑、王凯、张亮、田哲发言。") == [
        "李剑",
        "王凯",
        "张亮",
        "田哲",
    ]
    assert _everyone("北京、上海、广州等城市参加。") == []
    assert _everyone("会议由他主持。\n刘奇凡宣读表彰决定。") == ["刘奇凡"]
    assert _everyone("到农牧厅担任副厅长的宋中山，到青海两年。") == ["宋中山"]
    # an epithet in quotes names the person but is no post
    assert _people("良地村“名誉村长”胡丹锋宣读了倡议。") == [("胡丹锋", [])]
    assert _people("村长王大山说，中国工程院院士宋宝安表示。") == [
        ("王大山", ["村长"]),
        ("宋宝安", ["中国工程院院士"]),
    ]


def test_our_citys_leaders_keep_our_and_the_reporter_following_is_no_part_of_a_post():
    assert _people("我市领导钟永明、程星火出席。") == [
        ("钟永明", ["我市领导"]),
        ("程星火", ["我市领导"]),
    ]
    assert _people("记者跟随天津援疆干部王炳建带领的工作组深入村子。") == [
        ("王炳建", ["天津援疆干部"])
    ]


def test_two_names_opening_a_line_before_they_attend_and_a_groups_representative():
    assert _everyone("双方共同努力。\n张安顺、彭永林参加会见。北京、上海参加会议。") == [
        "张安顺",
        "彭永林",
    ]
    assert _people("第八批优秀援藏干部人才代表吴斌峰告诉记者：“很好。”") == [
        ("吴斌峰", ["第八批优秀援藏干部人才代表"])
    ]
    assert _people("双方代表王明签字。") == []


def test_more_surnames_a_dotted_name_after_villager_and_one_name_before_a_batch():
    assert _people("沿河自治县委副书记、县长代忠义参加。") == [
        ("代忠义", ["沿河自治县委副书记", "县长"])
    ]
    assert _everyone("走进杏花村村民吾拉音·衣明家，崭新的安居房映入眼帘。") == ["吾拉音·衣明"]
    assert _everyone("匡斌等第十批援藏干部人才作交流发言。") == ["匡斌"]
    assert _everyone("他代表全县发言。由他代为签字。") == []


def test_the_leaders_words_or_past_deeds_name_no_actor_whichever_rule_finds_him():
    assert "习近平" not in _everyone(
        "下一步将深入贯彻落实习近平总书记对深化东西部协作的重要指示精神。"
    )
    assert "习近平" not in _everyone("闽宁协作是习近平总书记在福建工作期间亲自开创的。")
    assert "习近平" in _everyone("习近平总书记在银川主持召开座谈会。")


def test_names_transliterated_in_parts_by_age_caption_and_group_and_more_group_nouns():
    assert _everyone("今天，5岁的阿卜杜热伊木被推进了手术室。医生、29岁的古丽娜尔·阿不拉说。") == [
        "古丽娜尔·阿不拉"
    ]
    assert _everyone("都尔汗·拉齐尼(左二)及其弟弟拉迪尔·拉齐尼(右二)一起走在路上。") == [
        "都尔汗·拉齐尼",
        "拉迪尔·拉齐尼",
    ]
    assert _everyone("协作工作小组组员陈介生说。") == ["陈介生"]
    assert _people("滦平县县长于山告诉记者，产业兴旺。") == [("于山", ["滦平县县长"])]
    assert _everyone("领导来团考察。") == []


def test_the_said_hospital_is_no_part_of_a_post_and_a_home_is_no_name():
    assert _people("该院内镜中心主治医师陈东升、该院党委副书记陈丽华出席。") == [
        ("陈东升", ["内镜中心主治医师"]),
        ("陈丽华", ["党委副书记"]),
    ]
    assert _everyone("门牌上写着：上海援疆教师之家。") == []


def test_chairs_spokesmen_a_short_name_that_leads_and_a_list_opening_on_a_word():
    assert _people("全国人大常委会副委员长陈竺，国家卫生计生委主任李斌出席。") == [
        ("陈竺", ["全国人大常委会副委员长"]),
        ("李斌", ["国家卫生计生委主任"]),
    ]
    assert _people("天津市政府副秘书长、市政府新闻发言人刘剑刚向媒体介绍。") == [
        ("刘剑刚", ["天津市政府副秘书长", "市政府新闻发言人"])
    ]
    assert _people("静安区委书记于勇率代表团到巴楚考察。") == [("于勇", ["静安区委书记"])]
    assert _people("区委书记于是决定。") == []  # 于是: "so", no name
    # the dictionary reads 温暖 as "warm"; the list mark and the name after it say otherwise
    assert _people("市领导温暖、施惠芳、魏伟等分别陪同。") == [
        ("温暖", ["市领导"]),
        ("施惠芳", ["市领导"]),
        ("魏伟", ["市领导"]),
    ]
    assert _people("省领导高度重视、亲自部署。") == []
    assert _everyone("刘涛、彭珍、王冲等来自肝胆外科、超声科的专家参加。") == [
        "刘涛",
        "彭珍",
        "王冲",
    ]


def test_hong_kongs_bureaus_hold_and_a_name_that_leads_and_who_led_or_examined_is_no_post():
    assert _people("香港特区政府政制及内地事务局局长林瑞麟、食物及卫生局局长高永文出席。") == [
        ("林瑞麟", ["香港特区政府政制及内地事务局局长"]),
        ("高永文", ["食物及卫生局局长"]),
    ]
    assert _people("省委常委及副省长王明出席。") == [("王明", ["副省长"])]  # 及 joins two posts
    assert _people("市委副书记、市长于海田率领代表团。") == [("于海田", ["市委副书记", "市长"])]
    assert _people("唐英年率领发展局局长林郑月娥到访。") == [("林郑月娥", ["发展局局长"])]
    assert _people("经过帮扶专家曹文英诊治。") == [("曹文英", ["帮扶专家"])]


def test_a_welcome_speech_or_a_lesson_given_ends_a_name_and_a_village_branch_secretary():
    assert _people("成县县委副书记、县长李鹏军致欢迎辞。") == [
        ("李鹏军", ["成县县委副书记", "县长"])
    ]
    assert _people("北京教师毕薇薇给孩子们上课。") == [("毕薇薇", ["北京教师"])]
    assert _people("村支书次仁贡布、驻村干部参加。") == [("次仁贡布", ["村支书"])]


def test_chief_editors_hong_kongs_chief_executive_and_a_name_holding_a_posts_character():
    assert _people("香港文汇报执行总编辑吴明，副总编罗兴辉出席。") == [
        ("吴明", ["香港文汇报执行总编辑"]),
        ("罗兴辉", ["副总编"]),
    ]
    assert _people("特首曾荫权率领代表团抵达成都。") == [("曾荫权", ["特首"])]
    assert _people("澳门特区行政长官崔世安出席。") == [("崔世安", ["澳门特区行政长官"])]
    # 志 of 同志 may be a given name's: "许志扬院长", written before his post
    assert [
        (p.text, [t.text for t in ts])
        for p, ts in find_name_before_title("下午，许志扬院长、周金东副院长参加。", set())
    ] == [("许志扬", ["院长"]), ("周金东", ["副院长"])]


def test_a_name_transliterated_in_parts_ends_where_its_characters_do_and_needs_no_anchor():
    # the part after the dot ends at the first character such names are not written with
    assert _everyone("江西实验中学学生古丽米热·阿布都展示着社团作品。") == ["古丽米热·阿布都"]
    assert _everyone("村民阿米泥汗·卡蒂尔笑着说。") == ["阿米泥汗·卡蒂尔"]
    # no group noun, age or post before it: the dotted name alone marks a person
    assert _everyone("年过五旬的沙迪克江·塔什，深知贫困的滋味。") == ["沙迪克江·塔什"]
    assert _everyone("公司的员工阿不都拉萨拉木·麦麦提依明和同事们一直关注河南。") == [
        "阿不都拉萨拉木·麦麦提依明"
    ]
    # a brand or place joined by a dot, a byline and a document's name are no persons
    assert _everyone("活动以“中国·喀什”为主题。作者：赵海滨 买地娜·帕拉提") == []
    assert _everyone("双方签署了《阿克苏·温宿合作协议》。") == []


def test_branch_secretaries_poverty_cadres_counted_doctors_and_growers():
    # 支书 is no head where 书记 goes on
    assert _people("红坪村党总支书记张远红介绍道。") == [("张远红", ["红坪村党总支书记"])]
    # a poverty-relief cadre's post is one, as an aid cadre's is; a plain 干部 is not
    assert _people("挂职副区长的江苏扶贫干部杨亮介绍。") == [("杨亮", ["江苏扶贫干部"])]
    assert _people("基层干部杨亮介绍。") == []
    # the count before the post is no part of it; a bare count of doctors names nobody
    assert _people("来自珠海的三位援疆医生李荣华、林壮挽起袖管。") == [
        ("李荣华", ["援疆医生"]),
        ("林壮", ["援疆医生"]),
    ]
    assert _people("派出的10名医生都是骨干。") == []
    assert _people("复旦大学校董刘振鹏一同前往。") == [("刘振鹏", ["复旦大学校董"])]
    assert _everyone("奉节果农余都香，通过网络销售。考古文博学院校友马岳、邱璐扎根三合村。") == [
        "余都香",
        "马岳",
        "邱璐",
    ]
    # 来 before a pronoun comes somewhere; it starts no name
    assert _everyone("秘书处成员来我校参会。") == []


def test_a_list_before_who_they_are_an_aside_naming_the_person_and_calls_taken():
    assert _everyone("会上，黄伟平、时卫干、夏德鳌、司马冰等区领导参加座谈会。") == [
        "黄伟平",
        "时卫干",
        "夏德鳌",
        "司马冰",
    ]
    assert _everyone("医院选派了刘庆华、廖康、李勇等七名医疗人才参与援助。") == [
        "刘庆华",
        "廖康",
        "李勇",
    ]
    assert _everyone("福建、宁夏、甘肃等省领导出席。") == []
    # a diary's aside in brackets names the person the post meant, with the posts
    from counterpart.ingest.titles_zh import find_name_comma_posts

    found = find_name_comma_posts("赵部长(赵正诚，洱源县委常委、组织部部长)很热情。")
    assert [(p.text, [t.text for t in ts]) for p, ts in found] == [
        ("赵正诚", ["洱源县委常委", "组织部部长"])
    ]
    assert _people("副县长张勇接到一个电话。湾底村党委书记蔡国成打来的电话。") == [
        ("张勇", ["副县长"]),
        ("蔡国成", ["湾底村党委书记"]),
    ]
    assert _everyone("贫困户麦提图尔迪·阿卜力孜去年种了13亩山药。") == ["麦提图尔迪·阿卜力孜"]


def test_leaders_of_a_place_after_a_list_and_and_or_should_before_a_place_or_verb():
    from counterpart.ingest.titles_zh import find_listed_then_counted

    found = find_listed_then_counted("田庆敏、王锋、蒋智敏等县领导一同考察。")
    assert [(p.text, t.text) for p, t in found if t] == [
        ("田庆敏", "县领导"),
        ("王锋", "县领导"),
        ("蒋智敏", "县领导"),
    ]
    # 和 and 应 before a place or a verb are words: and, should
    assert _everyone("要求自治区级领导和市、县级领导参加。培训党支部书记和村支两委。") == []
    assert _everyone("学校各位援藏医生应秉承“抓管理”的理念。") == []
    assert _people("上海市委书记应勇说，要抓紧。") == [("应勇", ["上海市委书记"])]
    # who met whom by chance is no part of the post
    assert _people("高云翔巧遇县委副书记贺佳卿。") == [("贺佳卿", ["县委副书记"])]


def test_a_place_after_and_a_name_that_says_and_a_doubled_list_mark():
    assert _people("农业等部门负责人和广东相关知名企业代表参加。") == []
    assert _everyone("来自隆德县凤岭乡的杨博说，“好”。") == ["杨博"]


def test_a_leader_whose_speech_a_meeting_relays_is_no_actor_unless_he_acted():
    assert "刘奇葆" not in _everyone(
        "会上，市委书记杨冬生首先传达了四川省委书记刘奇葆近期关于对口援藏工作的讲话。"
    )
    assert "林武" in _everyone("会议传达学习省委书记林武会见新疆党政代表团时的讲话。")
    # names before 交谈 and 任组长 end there; 外 (besides) ends no name
    assert _everyone("习老正在与深圳市委书记厉有为交谈。") == ["厉有为"]
    assert _everyone("成立由时任福建省委副书记习近平任组长的领导小组。") == ["习近平"]
    assert _everyone("有机关干部代表，卫生医护人员、教师代表外；") == []


def test_who_a_thing_is_handed_to_starts_the_post():
    assert _people("黄焱军代表市政府将学校钥匙交给汉源县常务副县长李田。") == [
        ("李田", ["汉源县常务副县长"])
    ]
    assert _people("患者王凯给十二师五一农场医院骨科医生辛洪磊送来锦旗。") == [
        ("辛洪磊", ["十二师五一农场医院骨科医生"])
    ]


def test_who_speaks_after_a_quote_visitors_women_and_growers_and_names_before_and():
    assert _everyone("大家的心贴得很近。”陈美红说。") == ["陈美红"]
    assert _everyone("更有意义。”平武七一龙安中学的周小峰说。") == ["周小峰"]
    assert _everyone("来自浙江的游客郭威踩着雪板。台州农村留守妇女马桂芳没想到。") == [
        "郭威",
        "马桂芳",
    ]
    assert _everyone("烤烟种植大户冷远术说，以前想发展。") == ["冷远术"]
    assert _everyone("不能外出打工，但55岁的蔡余富并不愁。") == ["蔡余富"]
    assert _everyone("这一点很重要。”他说。") == []


def test_names_before_and_the_places_leaders_travellers_entrepreneurs_and_is():
    assert _everyone("赵庆平、曾晓黎、张延廷、王进东及祁连县相关领导参加了活动。") == [
        "赵庆平",
        "曾晓黎",
        "张延廷",
        "王进东",
    ]
    assert _everyone("来自北京的旅客安立新告诉记者。让深圳企业家梁刚甚是惊喜。") == [
        "安立新",
        "梁刚",
    ]
    assert _people("援疆干部李靖是“携手奔小康”总牵头人。") == [("李靖", ["援疆干部"])]


def test_names_right_after_the_body_each_comes_from():
    assert _everyone("5名队员分别是区疾控中心刘丽珍，区妇幼计生中心曹雪莲。") == [
        "刘丽珍",
        "曹雪莲",
    ]
    assert _everyone("这是县人民医院，也是中心城区。") == []


def test_a_comma_between_one_persons_posts_but_not_after_anothers_name():
    assert _people("9月15日，山东省援疆工作指挥部党委书记、总指挥，喀什地委副书记张成伟来访。") == [
        ("张成伟", ["山东省援疆工作指挥部党委书记", "总指挥", "喀什地委副书记"])
    ]
    assert _people("区委书记黄彪等区领导，金沙县委书记李涛等参加。") == [
        ("黄彪", ["区委书记"]),
        ("李涛", ["金沙县委书记"]),
    ]
    # "as an aid cadre, …": 作为 starts no post
    assert _people("作为上海援青干部，玛多县委副书记王启洋说。") == [("王启洋", ["玛多县委副书记"])]


def test_a_month_a_clause_or_a_verb_before_a_post_is_no_part_of_it():
    assert _people("龙华区人民医院选派泌尿外科副主任医师王宏亮前往。") == [
        ("王宏亮", ["泌尿外科副主任医师"])
    ]
    assert _people("要不是映秀镇党委副书记蔡代敏帮忙。") == [("蔡代敏", ["映秀镇党委副书记"])]
    assert _people("更是通过南京援藏干部陈志海牵线。") == [("陈志海", ["南京援藏干部"])]
    assert _people("『援疆』市合作交流办二级巡视员杨毅东出席。") == [
        ("杨毅东", ["市合作交流办二级巡视员"])
    ]


def test_by_way_of_but_and_a_profiles_of_start_no_post():
    # 经 "by way of", 可 "but", and a profile heading's 记 "of" are no part of the post …
    assert _people("经浙江援川干部周立明介绍，两地签约。") == [("周立明", ["浙江援川干部"])]
    assert _people("可阿克苏地委书记黄三明仍然来送行。") == [("黄三明", ["阿克苏地委书记"])]
    assert _people("——记市援藏工作队领队、拉孜县委常委孙立新") == [
        ("孙立新", ["市援藏工作队领队", "拉孜县委常委"])
    ]
    # … where they start a body's name they stay: 经开区 (an economic zone), 可克达拉市
    assert _people("贵阳经开区管委会主任郑明远出席。") == [("郑明远", ["贵阳经开区管委会主任"])]
    assert _people("可克达拉市委书记王立平出席。") == [("王立平", ["可克达拉市委书记"])]


def test_a_title_word_inside_a_longer_word_heads_no_listed_name():
    # 县长 in 忠县长江大桥: the bridge over the Yangtze, 江 starts no name …
    assert _people("援建的忠县长江大桥建成通车。") == []
    # … though the dictionary's word across a title and a surname (主/任何/鑫) does not count
    assert _people("青少年活动中心主任何鑫出席。") == [("何鑫", ["青少年活动中心主任"])]
    assert _people("行署副盟长孙振江讲话。") == [("孙振江", ["行署副盟长"])]


def test_a_name_that_runs_on_from_a_known_name_is_none():
    # "习近平任组长": 平 ends his name, 平任 (surname 平) is no second person
    assert _everyone("时任福建省委副书记习近平任组长。") == ["习近平"]


def test_come_to_a_place_after_a_post_names_no_one():
    # 来 (come to) before a place: no person surnamed 来 …
    assert _people("温州援疆干部来拜城已经三年。") == []
    assert _people("两位老师来集贤产业园调研。") == []
    # … but a name that starts with the surname 来 stays
    assert _people("副县长来宝国出席。") == [("来宝国", ["副县长"])]


def test_lists_counted_after_a_verb_and_posts_written_after_names():
    # "派出了" runs into the list; the count says how many names it holds; 干部 alone is no post
    assert _everyone("市委派出了张文、许华、吴立新、夏远生等4名干部，奔赴西藏。") == [
        "张文",
        "许华",
        "吴立新",
        "夏远生",
    ]
    # 常 in a given name (张常华); a post then 又 or 握着
    assert _everyone("8月21日，张常华副院长、陈纯副院长又带领专家下乡。") == ["张常华", "陈纯"]
    assert _everyone("医院的段立文书记握着专家的手。") == ["段立文"]


def test_the_post_someone_holds_before_their_name_and_words_that_are_no_names():
    assert _everyone("援青担任海西州教育局副局长的林吉表示，很光荣。") == ["林吉"]
    assert _everyone("在玉树指挥部担任指挥的王都伟说，医疗最要紧。") == ["王都伟"]
    assert _people("大连市第五医院主管护师于岩冰说。") == [("于岩冰", ["大连市第五医院主管护师"])]
    # 齐聚 (gather together) after a post; 学习贯彻 before 总书记
    assert _everyone("160余家企业负责人齐聚一堂，共话合作。") == []
    assert _everyone("将深入学习贯彻总书记重要论述。") == []


def test_a_long_bare_list_of_names_and_names_said_to_hold_a_post():
    # five names or more as a clause of their own, one of which reads as a word too (垂青)
    assert _everyone("会上通报了情况；田峰、田侠、范垂青、张雅静、钟清、欧阳小凤。") == [
        "田峰",
        "田侠",
        "范垂青",
        "张雅静",
        "钟清",
        "欧阳小凤",
    ]
    assert _everyone("；江苏、浙江、广东、山东、福建。") == []  # places, no people
    # "等多位…委员": who the listed are, after a vague count
    assert _everyone("2018年，谭锦球、蔡加赞、苏长荣等多位全国政协委员发起筹组。") == [
        "谭锦球",
        "蔡加赞",
        "苏长荣",
    ]
    # "副团长为A、B": the names, but the role said with 为 is no title
    assert _people("副团长为林永惠、岑亦宝，一行抵达。") == [("林永惠", []), ("岑亦宝", [])]
    assert _everyone("书记为大家讲课。") == []
    # tourists coming to a place
    assert _everyone("旅游专列运送游客来新疆旅游。") == []


def test_more_posts_departments_with_and_and_the_post_held_at_the_time():
    assert _people("全国政协委员、陕西省检察院副检察长高洁出席。") == [
        ("高洁", ["全国政协委员", "陕西省检察院副检察长"])
    ]
    assert _people("天津援甘前方指挥部副总指挥、州长助理袁新阿主持会议。") == [
        ("袁新阿", ["天津援甘前方指挥部副总指挥", "州长助理"])
    ]
    assert _people("阿坝州扶贫和移民局局长靳东出席。") == [("靳东", ["阿坝州扶贫和移民局局长"])]
    assert _people("该成果受到松桃县工商联秘书长戴妮芳的肯定。") == [
        ("戴妮芳", ["松桃县工商联秘书长"])
    ]
    assert _everyone("他就是时任西藏自治区公安厅副厅长的吕涛。") == ["吕涛"]
    # a trade's noun alone is no post: judges of Hami, the judges' culture wall
    assert _everyone("把经验传授给哈密法官，参观了法官文化墙。") == []


def test_a_post_written_after_a_name_already_known():
    found = _titles_found(
        "浙江省民政厅二级巡视员蔡国华出席。蔡国华厅长致辞，心内科傅金木主任医师讲课。"
    )
    assert ("蔡国华", "厅长") in found
    assert not any(n == "傅金木" and t == "主任" for n, t in found)


def test_a_rare_last_character_the_dictionary_leaves_alone_ends_the_name():
    # 熺 is no dictionary word: 林占熺, not 林占, before a verb or 的
    assert _everyone("研究中心首席科学家林占熺坚守一生的信念。") == ["林占熺"]
    assert _everyone("研究中心首席科学家林占熺的办公室里。") == ["林占熺"]


def test_a_dash_before_names_a_farm_head_and_words_that_start_no_name():
    assert _people("两位来自长宁的援滇干部——禹延亮和翟凌晨，来到云南。") == [
        ("禹延亮", ["援滇干部"]),
        ("翟凌晨", ["援滇干部"]),
    ]
    assert _people("第六师北塔山牧场副场长张志涛说，住房先行。") == [
        ("张志涛", ["第六师北塔山牧场副场长"])
    ]
    assert _everyone("她是绿茵公司青年职工刘肖，她作为挂职干部。") == ["刘肖"]
    # 来 (come to) before a verb, 暨 ("and") in a department's name, a surname alone before 的
    assert _everyone("浙江还将派专家来指导茶园管理。") == []
    assert _everyone("被推出了医院手外科暨创伤显微外科手术室。") == []
    assert _everyone("在区委常委、组织部部长宋的陪同下，参观了街道。") == []


def test_steps_of_the_story_and_on_behalf_of_start_no_post():
    assert _people("会议最后密云区委书记潘临珠同志表示。") == [("潘临珠", ["密云区委书记"])]
    assert _people("阿布首先代表区党委常委、昌都地委书记罗布顿珠致辞。") == [
        ("罗布顿珠", ["区党委常委", "昌都地委书记"])
    ]
    assert _people("出席活动的尚有该会主席许荣茂。") == [("许荣茂", ["主席"])]
    assert _people("召开工作座谈会昌都市委副书记廖传锦出席。") == [("廖传锦", ["昌都市委副书记"])]


def test_a_line_opened_by_a_name_and_a_colon_and_more_people_by_who_they_are():
    body = (
        "【寄语】\n张国晖:河南省援建江油市前线指挥部指挥长。\n来源:四川日报\n索引号:123\n记者:王明"
    )
    assert _everyone(body) == ["张国晖"]
    assert _everyone("安徽援建办工作人员刘健说，我们将坚持。") == ["刘健"]
    assert _people("班长贾连秋说，课上得好。") == [("贾连秋", ["班长"])]


def test_a_name_joined_by_and_ends_a_titled_list():
    # the list's posts are the last name's too; a single name's post is its own
    assert _people("3位援疆医生李荣华、林壮和袁琦文挽起袖管。") == [
        ("李荣华", ["援疆医生"]),
        ("林壮", ["援疆医生"]),
        ("袁琦文", ["援疆医生"]),
    ]
    assert _people("局长刘强和周文华一起考察。") == [("刘强", ["局长"]), ("周文华", [])]
    # a post after the joined name, or before it, is that person's own
    assert _people("县委书记王小明和李大海书记交谈。") == [("王小明", ["县委书记"])]
    assert _people("市委书记张三和市长李四出席。") == [("张三", ["市委书记"]), ("李四", ["市长"])]


def test_board_members_clerks_long_transliterated_names_and_a_number_after_a_name():
    assert _people("上海烟草集团党组成员、副总经理、董事唐煦出席。") == [
        ("唐煦", ["上海烟草集团党组成员", "副总经理", "董事"])
    ]
    assert _people("国资委专职宣传干事杨春建前来迎接。") == [("杨春建", ["国资委专职宣传干事"])]
    assert _people("要干事创业，董事会成员都到场。") == []
    assert _people("嘉兴市科协副主席李强5年前曾去青海。") == [("李强", ["嘉兴市科协副主席"])]
    assert _people("盟政协副主席哈斯巴雅尔、李志鹏出席。") == [
        ("哈斯巴雅尔", ["盟政协副主席"]),
        ("李志鹏", ["盟政协副主席"]),
    ]


def test_a_list_of_names_may_hold_one_that_reads_otherwise():
    # three names or more after the body they come from, or before 等 and who they are: one may
    # lack a listed surname or read as a word (胡七一: 七一, July 1st)
    assert _everyone("队员分别是区人民医院吉家银、敬光怀、胡七一，区疾控中心刘丽珍。") == [
        "吉家银",
        "敬光怀",
        "胡七一",
        "刘丽珍",
    ]
    assert _everyone("张卫东、何明、须长军等常熟市民资助建设了小学。") == [
        "张卫东",
        "何明",
        "须长军",
    ]
    # but not two, nor a word or a place: the list is not taken (须长军 stays out); the tagger
    # reads the two it knows as names on its own
    assert _everyone("张卫东、胡七一、须长军等常熟市民资助建设了小学。") == ["张卫东", "胡七一"]
    # (何明 reads as 何 and a describing word: the tagger leaves it)
    assert _everyone("张卫东、何明、教育等常熟市民资助建设了小学。") == ["张卫东"]


def test_names_that_read_as_words_inside_lists_of_names():
    # between two names of a titled list
    assert _people("西藏自治区领导洛桑江村、丁业现、庄严、严金海参加座谈。") == [
        ("洛桑江村", ["西藏自治区领导"]),
        ("丁业现", ["西藏自治区领导"]),
        ("庄严", ["西藏自治区领导"]),
        ("严金海", ["西藏自治区领导"]),
    ]
    # but not a word before words: the list stops
    assert [p for p, _ in _people("省领导张卫东、何明、卫生、教育等部门负责人参加。")] == [
        "张卫东",
        "何明",
    ]
    # a long list after a comma, one in five a word (高峰, a peak)
    assert _everyone("演出现场，高峰、栾云平、马霄盛、申理源、李筱奎、梅九亮等演员登台。") == [
        "高峰",
        "栾云平",
        "马霄盛",
        "申理源",
        "李筱奎",
        "梅九亮",
    ]


def test_what_follows_a_name_and_bodies_before_a_post():
    assert _everyone("书涵盖了历史。\n容铁说：“一次援藏行，一生援藏情。”") == ["容铁"]
    assert _people("广州市妇联主席龚红携调研组一行到安顺。") == [("龚红", ["广州市妇联主席"])]
    assert _people("安康电视台台长梁博泉表示欢迎，中央电视台副台长罗明出席。") == [
        ("梁博泉", ["安康电视台台长"]),
        ("罗明", ["中央电视台副台长"]),
    ]
    # a district's bodies, "come here" and "three counties" start no name
    assert _everyone("区妇联党组书记、区巾帼创业联谊会会长出席。") == []
    assert _everyone("企业还会雇佣当地的农牧民来这里清理草地。") == []
    assert _everyone("在副区长和三县县长的带动下，两地合作。") == []


def test_asides_after_a_post_an_authors_line_and_a_profile_after_a_label():
    assert _people("工委副书记、副主任(主持工作)金晓明致辞。") == [
        ("金晓明", ["工委副书记", "副主任(主持工作)"])
    ]
    assert _people("会上，副县长(挂职)王艳平发言。") == [("王艳平", ["副县长(挂职)"])]
    # posts, a space and a name that ends its line: an author's byline
    assert _people("经济日报理论部主任、研究员 徐向梅\n\n协作进入新阶段") == [
        ("徐向梅", ["经济日报理论部主任", "研究员"])
    ]
    # but not a guest list, where the next person's post follows the name
    assert _people("省工商联党组书记 吴捷四川省浙江商会秘书长 刘良绪") == []
    assert _everyone("市委党史研究室\n\n【口述】宫蒲光，1957年3月生。") == ["宫蒲光"]


def test_words_after_a_surname_that_is_also_a_word_and_adverbs_after_a_name():
    # 由 (by), 和 (and) before a noun; 荣立 (was awarded); 曾 (once) after a name
    assert _everyone("领导小组组长由时任省委副书记的同志担任。") == []
    assert _everyone("参加融媒体中心班子成员和部室负责人会。") == []
    assert _everyone("全体援疆教师荣立集体三等功。") == []
    assert _people("上海社会科学院副院长张兆安曾给记者展示过。") == [
        ("张兆安", ["上海社会科学院副院长"])
    ]


def test_a_driver_and_a_name_after_and_and_a_list_of_four_before_and_so_on():
    assert _everyone("天津司机史玉明和史胜波驾驶大货车出发。") == ["史玉明", "史胜波"]
    assert _everyone("在高原，杨斐、王智强、王科学、桑成以及成都市的干部坚守。") == [
        "杨斐",
        "王智强",
        "王科学",
        "桑成",
    ]


def test_leaders_of_two_places_and_a_name_between_posts():
    # "X和Y领导": one group's post, the 和 kept
    assert _people("自治区和阿克苏地区领导黄三平、朱林森参加。") == [
        ("黄三平", ["自治区和阿克苏地区领导"]),
        ("朱林森", ["自治区和阿克苏地区领导"]),
    ]
    assert _people("市委书记和市长王明出席。") == [("王明", ["市长"])]
    # another person's name and post before this one's are no part of this one's post
    assert _people("南京市委书记罗志军市长蒋宏坤会见了代表团。")[-1] == ("蒋宏坤", ["市长"])
    assert _people("韩正书记、杨雄市长还有两位市委常委应勇出席。")[-1] == ("应勇", ["市委常委"])
    # but a firm's name, a place or a body before a post is the post's
    assert _people("副县长李峰和欧文莱总裁麦文英签订协议。")[-1] == ("麦文英", ["欧文莱总裁"])
    assert _people("林芝市副市长丁勇辉出席。") == [("丁勇辉", ["林芝市副市长"])]
    assert _people("党委书记、院长王明讲话。") == [("王明", ["党委书记", "院长"])]


def test_a_count_inside_a_groups_post_and_its_holders_after_as_and_de():
    # the count inside the post is no part of it (the title's value, not its evidence)
    found = find_titled_people("随州市中心医院四名援疆专家董健、李兆宝抵达。")
    assert [(p.text, [t.value["title"] for t in ts]) for p, ts in found] == [
        ("董健", ["随州市中心医院援疆专家"]),
        ("李兆宝", ["随州市中心医院援疆专家"]),
    ]
    assert _titles_found("随州市中心医院四名援疆专家董健抵达。") == [
        ("董健", "随州市中心医院四名援疆专家")
    ]  # (the recogniser's evidence keeps the text as written)
    assert _people("作为上海市第十批援滇干部的王忠民、陈超和王晓华，来到高原。") == [
        ("王忠民", ["上海市第十批援滇干部"]),
        ("陈超", ["上海市第十批援滇干部"]),
        ("王晓华", ["上海市第十批援滇干部"]),
    ]
    assert _people("作为书记的职责是什么。") == []
    assert _people("山西省对口援疆前方指挥部副总指挥长李志松出席。") == [
        ("李志松", ["山西省对口援疆前方指挥部副总指挥长"])
    ]


def test_the_proposed_title_row_holds_the_post_without_the_count():
    from counterpart.ingest.extract import extract
    from counterpart.ingest.reading import parse_article

    art = parse_article("标题\n\n随州市中心医院四名援疆专家董健、李兆宝抵达。".encode())
    ex = extract(art, source_url="https://example.org/a", published="2018-08-11")
    assert {c.label for c in ex.of_kind("title")} == {
        "董健: 随州市中心医院援疆专家",
        "李兆宝: 随州市中心医院援疆专家",
    }


def test_words_a_name_runs_into():
    # 作为 (as), 则 (then), 为“…” (for), 代表 (representatives): no part of a name
    assert _people("黟县中学化学教师张伟作为首批援疆支教队队长出发。") == [
        ("张伟", ["黟县中学化学教师"])
    ]
    assert _people("青年研究员邹卓则参与到工作中。") == [("邹卓", ["青年研究员"])]
    assert _people("巴楚县委书记何强为“静安区援疆基地”揭牌。") == [("何强", ["巴楚县委书记"])]
    assert _everyone("双方代表共签署三项协议。") == []
    # but a name that ends in one of them stays whole where a word follows it
    assert _people("县委书记王为民出席。") == [("王为民", ["县委书记"])]


def test_a_name_the_dictionary_reads_into_the_next_word_is_for_review():
    found = {p.text: p.confidence for p, _ in find_titled_people("高燕镇长田村结对帮扶。")}
    assert found == {"田村结": 0.8}  # 结对 (pair up) runs across its end: perhaps no name
    said = "党组书记丁有明说，区长马洪胜率队到福州。"  # 明说 and 胜率 are words too, but 说
    found = {p.text: p.confidence for p, _ in find_titled_people(said)}  # and 率 follow names
    assert found == {"丁有明": 0.95, "马洪胜": 0.95}


def test_film_and_letters_posts_before_a_name():
    assert _people("导演张新表示，影片利用了西藏的雪山。") == [("张新", ["导演"])]
    assert _people("知名演员张国强、王大治联袂主演。") == [
        ("张国强", ["知名演员"]),
        ("王大治", ["知名演员"]),
    ]
    assert _people("该电影根据重庆作家周鹏程同名报告文学改编。") == [("周鹏程", ["重庆作家"])]


def test_who_made_a_work_after_由():
    from counterpart.ingest.titles_zh import find_held_names

    found = find_held_names("该片由李墨言执导，由张国强主演，7月公映。", set())
    assert [p.text for p in found] == ["李墨言", "张国强"]
    assert find_held_names("此次活动由市委组织部主办。", set()) == []


def test_a_little_used_noun_between_a_post_and_what_a_person_does_is_a_name():
    assert _people("副局长马力代表区文旅局签约。") == [("马力", ["副局长"])]
    assert _people("市委书记干部出席会议。") == []  # 干部 is used too often to be a name


def test_comrades_after_以_or_是_and_names_called_叫():
    from counterpart.ingest.titles_zh import find_comrades, find_held_names

    said = "以金士华同志为领队的第四批，项目负责人是王龙兴同志；以习近平同志为核心的党中央。"
    assert [p.text for p in find_comrades(said, set())] == ["金士华", "王龙兴"]
    assert [p.text for p in find_held_names("一位当副院长，叫张冶；", set())] == ["张冶"]


def test_names_listed_then_counted_without_和():
    from counterpart.ingest.titles_zh import find_listed_then_counted

    found = find_listed_then_counted("热烈欢送刘维、巩翠芝、张秀成三位退休教师对口支援。")
    assert [p.text for p, _ in found] == ["刘维", "巩翠芝", "张秀成"]
    found = find_listed_then_counted("派出了张健、许华、袁浩等3名干部。")
    assert {p.text for p, _ in found} == {"张健", "许华", "袁浩"}  # not 袁浩等


def test_names_each_after_the_school_or_department_they_come_from():
    from counterpart.ingest.titles_zh import find_each_after_its_body

    said = "支教队——中山市第一中学李宇、民众镇民众中学邹杰峰、黄圃镇中学白涛分赴昭通市五所学校。"
    assert [p.text for p in find_each_after_its_body(said, set())] == ["李宇", "邹杰峰", "白涛"]
    said = "中国语言文学系金美、新闻传播学院罗萍、建筑与土木学院王明非等3位教师"
    assert [p.text for p in find_each_after_its_body(said, set())] == ["金美", "罗萍", "王明非"]
    assert find_each_after_its_body("北京大学、清华大学、复旦大学等高校参加。", set()) == []


def test_students_and_names_after_我叫_and_a_year_before_the_kind():
    from counterpart.ingest.titles_zh import (
        find_comrades,
        find_held_names,
        find_listed_then_counted,
    )

    assert [p.text for p in find_comrades("其中，柴能同学更是化身小使者。", set())] == ["柴能"]
    assert [p.text for p in find_held_names("你好！我叫沈梦妤，今年11岁了。", set())] == ["沈梦妤"]
    found = find_listed_then_counted("欢送了牛立凡、姜丽丽、刘阳3名2013年西部计划志愿者。")
    assert [p.text for p, _ in found] == ["牛立凡", "姜丽丽", "刘阳"]


def test_an_ordinal_in_digits_stays_in_the_post_and_a_verb_before_it_does_not():
    assert _people("海洋学院辅导员、第17届支教团成员巫俊说。") == [
        ("巫俊", ["海洋学院辅导员", "第17届支教团成员"])
    ]
    assert _people("接下来海安市高级中学校长董裕华介绍。") == [("董裕华", ["海安市高级中学校长"])]


def test_people_named_after_their_kin_word():
    from counterpart.ingest.titles_zh import find_people_after_group

    said = "女儿顿珠拉姆1993年出生；儿子罗桑1995年出生。他的女儿德吉曲珍摘了豌豆。"
    found = [p.text for p in find_people_after_group(said, set())]
    assert found == ["顿珠拉姆", "罗桑", "德吉曲珍"]
    assert find_people_after_group("爸爸高兴地说，阿爸阿妈都在，妈妈常鼓励我。", set()) == []


def test_people_named_after_their_age_home_or_work():
    from counterpart.ingest.titles_zh import find_people_after_group

    said = (
        "祖德屯的农培飞对记者说。同样来自贵州的陶廷友说。"
        "在示范园区工作的孙志国高兴地说。今年52岁的马海者家有6口人。"
    )
    found = [p.text for p in find_people_after_group(said, set())]
    assert found == ["农培飞", "陶廷友", "孙志国", "马海者"]
    said = "5岁的女儿在家，村的发展离不开帮扶，来自东部的企业家和在这里工作的同志们都来了。"
    assert find_people_after_group(said, set()) == []


def test_where_from_and_when_are_no_part_of_a_post():
    assert _people("来自西南医科大学附属医院风湿免疫科教授何成松正在询问病情。") == [
        ("何成松", ["西南医科大学附属医院风湿免疫科教授"])
    ]
    assert _people("在这关键时期即墨区慈善总会会长孙铸一行前来。") == [
        ("孙铸", ["即墨区慈善总会会长"])
    ]
    assert _people("他曾任重庆市委副书记。甘宇平曾任重庆市委副书记。") == []
    assert _people("这得到中共中央政治局常委周永康的关心。") == [("周永康", ["中共中央政治局常委"])]


def test_a_name_ends_before_受邀_and_人_is_no_given_name():
    assert _people("科技教育处处长陈家庆受邀参加签约仪式。") == [("陈家庆", ["科技教育处处长"])]
    assert _people("做到“领导包人”，帮助贫困学生。") == []


def test_a_transliterated_name_read_on_into_a_word_and_a_set_phrase():
    found = _everyone("干部吐尔洪·依不拉音正在布置。两个月前，吐尔洪·依不拉音刚从杭州回来。")
    assert found == ["吐尔洪·依不拉音"]
    assert (
        _recognised("乡长卡尤木·热合曼哽咽着说。卡尤木·热合曼说。").titles[0][0] == "卡尤木·热合曼"
    )
    assert _everyone("学生艾克达·尤努司说：我们很好。") == ["艾克达·尤努司"]
    assert _everyone("浙江的援疆干部初来乍到，第一直觉就是这里好。") == []


def test_people_by_birth_year_kin_and_patients_and_a_place_opening_the_next_post():
    said = "1978年出生的丁兰英幼年家境贫困。得知姐妹蔡群在创业后，七岁患儿格桑旺姆住院。"
    assert _everyone(said) == ["丁兰英", "蔡群", "格桑旺姆"]
    said = "三河村党支部副书记吉斯尼格、翁草村党支部书记石流堂第一次站在这里。"
    assert "翁草村" not in _everyone(said)
    assert _people("副县长陈晓平日前介绍说。") == [("陈晓平", ["副县长"])]


def test_two_places_and_a_prefecture_after_和_name_no_one_and_verbs_of_office_start_no_post():
    assert _everyone("EU2432航班从福州长乐国际机场飞向蓝天。") == []
    assert _everyone("担任果洛州人民医院院长和果洛州卫健委副主任。") == []
    assert _people("霍尔果斯市工业与信息化局党组成员、副局长赵亮出席。") == [
        ("赵亮", ["霍尔果斯市工业与信息化局党组成员", "副局长"])
    ]
    assert _people("林芝地区旅游局副局长刘剑用“从0到6”形容变化。") == [
        ("刘剑", ["林芝地区旅游局副局长"])
    ]


def test_a_person_present_at_an_event_named_after_出席_的():
    from counterpart.ingest.titles_zh import find_people_after_group

    said = "出席开馆仪式的黄志平在致辞中寄予了厚望。出席仪式的领导都来了。"
    assert [p.text for p in find_people_after_group(said, set())] == ["黄志平"]


def test_a_guest_named_between_body_and_post_ends_the_next_guests_chain():
    said = "参加的有：统战部王宁副部长、民宗委杨新民主任、县政协党组书记麻德林副主席。"
    found = dict(_people(said))
    assert found.get("麻德林") == ["县政协党组书记"]
    assert _people("湖南省文旅厅党组书记、厅长李爱武出席。") == [
        ("李爱武", ["湖南省文旅厅党组书记", "厅长"])
    ]


def test_a_name_and_its_post_before_any_verb_when_both_read_as_words():
    from counterpart.ingest.titles_zh import find_name_before_title

    said = (
        "会后，儿童医院的张静主任通过视频指导查体。先是王瑜副部长找我谈话。"
        "例如心血管内科孙金山主任医师指导开展手术。"
        # a word run into a name, a trade's word, a former post, an expert in a trade: no one
        "感谢广东医生的帮助。学校又组织银龄教师座谈。我们请苏绣老师授课。"
        "闽宁办原常务副主任出席。请冷链专家讲课。在实验中学任德育主任多年。"
    )
    found = [(p.text, [t.text for t in ts]) for p, ts in find_name_before_title(said, set())]
    assert found == [
        ("张静", ["主任"]),
        ("王瑜", ["副部长"]),
        ("孙金山", ["心血管内科主任医师"]),  # the department before the name, without 如
    ]


def test_a_tibetan_name_before_its_post_and_people_listed_after_their_offices():
    from counterpart.ingest.titles_zh import find_name_before_title, find_names_after_office

    said = "地震局副局长会见了自治区政府达瓦次仁副秘书长、自治区人民政府多吉次珠副主席。"
    assert [p.text for p, _ in find_name_before_title(said, set())] == ["达瓦次仁", "多吉次珠"]
    said = "援藏干部分别是成都市气象局的罗志平、山东省泰安市气象局的孙卫东、某县的干部。"
    assert [p.text for p in find_names_after_office(said, set())] == ["罗志平", "孙卫东"]


def test_a_name_ending_in_在_before_a_verb_of_saying_and_a_company_before_a_name():
    assert _people("协会会长谭光在表示，此行意义重大。县长王强在说明会上讲话。") == [
        ("谭光在", ["协会会长"]),
        ("王强", ["县长"]),
    ]
    from counterpart.ingest.titles_zh import find_name_before_title

    said = "某通信集团有限公司杨明董事长在喀什调研。"
    assert [(p.text, [t.text for t in ts]) for p, ts in find_name_before_title(said, set())] == [
        ("杨明", ["某通信集团有限公司董事长"])
    ]


def test_和_before_a_common_word_joins_no_name():
    assert _everyone("工作受到了当地各级领导和同行的赞誉。") == []
    assert _people("市长于建国出席。") == [("于建国", ["市长"])]  # 于 is a surname after a post


def test_places_named_with_和_a_bureau_of_two_fields_and_a_breadcrumb_before_a_post():
    assert _people("援疆工作队领队、和布克赛尔县县委副书记李明致辞。") == [
        ("李明", ["援疆工作队领队", "和布克赛尔县县委副书记"])
    ]
    assert _people("和田地区行署副专员王强出席。") == [("王强", ["和田地区行署副专员"])]
    assert _people("省测绘与地理信息局党委书记赵刚出席。") == [
        ("赵刚", ["省测绘与地理信息局党委书记"])
    ]
    assert _people("首页 >>援疆专栏 >>宁波援疆指挥部指挥长钱伟看望孤儿") == [
        ("钱伟", ["宁波援疆指挥部指挥长"])
    ]
    assert _people("推介会上喀什地区招商局副局长孙庆详细介绍。") == [
        ("孙庆", ["喀什地区招商局副局长"])
    ]
    assert _people("浙江省经合办主任姚平出席。") == [("姚平", ["浙江省经合办主任"])]


def test_a_name_before_随团_or_a_common_word_made_with_its_next_character():
    assert _people("拉萨市委副书记胡洪随团考察。") == [("胡洪", ["拉萨市委副书记"])]
    assert _people("援疆医生杨兆辉工作手记") == [("杨兆辉", ["援疆医生"])]


def test_names_after_a_bureau_an_orphan_or_a_trainee_and_a_comrade_after_a_body():
    said = "国家测绘局选派四川测绘局罗永明、陕西测绘局高文、黑龙江测绘局许言山参加。"
    assert _everyone(said) == ["罗永明", "高文", "许言山"]
    assert _everyone("慰问了孤儿马晓梅。参训学员蒋于平说，很有收获。") == ["马晓梅", "蒋于平"]
    assert _everyone("省测绘地理信息中心冯立涛同志、市局田立同志协助开展工作。")[:1] == ["冯立涛"]


def test_a_transliterated_name_ends_before_a_common_word_it_runs_into():
    assert _everyone("院子的主人阿依古丽·吾甫尔热情地迎接游客。") == ["阿依古丽·吾甫尔"]


def test_bodies_joined_by_与_or_和_a_former_post_and_该_before_a_body():
    assert _people("某大学农业现代化与农村发展研究中心主任黄明出席。") == [
        ("黄明", ["某大学农业现代化与农村发展研究中心主任"])
    ]
    assert _people("省自然资源监测和国土整治院党委书记白强出席。") == [
        ("白强", ["省自然资源监测和国土整治院党委书记"])
    ]
    found = dict(_people("省农办主任邵明、原浙江省农办副主任顾康出席。"))
    assert "原浙江" not in found and found["顾康"] == ["原浙江省农办副主任"]
    assert _people("该援建组项目管理中心主任陈峰介绍。") == [("陈峰", ["援建组项目管理中心主任"])]


def test_a_name_described_by_a_clause_and_的_before_what_people_say():
    from counterpart.ingest.titles_zh import find_people_after_a_clause

    said = "同为支教老师的严峰则以画笔为媒。住在高原上的人说。来自玉树州的客人表示感谢。"
    assert [p.text for p in find_people_after_a_clause(said, set())] == ["严峰"]
    # before a comma, the clause must say who the person is (a role, a post, an age)
    said = "作为县政府办副主任的张建华，为了项目奔走。搭建了援受双方的连心桥，绘就同心圆。"
    assert [p.text for p in find_people_after_a_clause(said, set())] == ["张建华"]


def test_a_name_before_最后_不顾_or_倾情():
    assert _people("音乐学院教授王清资倾情演唱。") == [("王清资", ["音乐学院教授"])]
    assert _people("书协主席陈荣双不顾劳累题字。") == [("陈荣双", ["书协主席"])]


def test_a_name_before_现担任_and_被_before_a_post():
    assert _people("援疆教师王平欣现担任教研室主任。")[0] == ("王平欣", ["援疆教师"])
    assert _people("冷暖一直被团市委援疆干部杨树林牵挂着。") == [("杨树林", ["团市委援疆干部"])]


def test_a_deputys_seat_is_a_post_and_appearing_is_no_part_of_one():
    assert _people("全国人大代表、天能集团董事长孟天华认为，产业要补短板。") == [
        ("孟天华", ["全国人大代表", "天能集团董事长"])
    ]
    assert _people("记者留意到，多个场合出现石家庄市长艾文杰的身影。") == [
        ("艾文杰", ["石家庄市长"])
    ]


def test_qinghai_tibetan_names_after_their_posts():
    assert _people("玉树市委副书记、市长扎西旺加等参加有关活动。") == [
        ("扎西旺加", ["玉树市委副书记", "市长"])
    ]


def test_transliterated_names_run_to_their_last_syllable_and_leave_the_noun_before():
    assert _everyone("60多岁的哈萨克族村民努尔别克·图尔迅别克的脸上洋溢着笑容。") == [
        "努尔别克·图尔迅别克"
    ]
    assert _everyone("76岁的沙拉依丁·依斯马依坐在院子里。居民热孜古丽·热马赞说，好。") == [
        "沙拉依丁·依斯马依",
        "热孜古丽·热马赞",
    ]
    assert _everyone("来自和田的客商努尔·普拉提满意地说。") == ["努尔·普拉提"]


def test_a_headlines_post_for_someone_the_body_names():

    text = "梅州市台办主任钟寿康赴广州对接帮扶工作\n\n6月3日，主任钟寿康一行到广州开展对接。"
    found = recognise(text, [(0, 19), (21, len(text))])
    assert [(n, t.text) for n, t in found.titles] == [
        ("钟寿康", "主任"),
        ("钟寿康", "梅州市台办主任"),
    ]
    # nobody is taken from the headline alone
    text = "梅州市台办主任钟寿康赴广州对接帮扶工作\n\n6月3日，梅州代表团到广州开展对接。"
    assert not recognise(text, [(0, 19), (21, len(text))]).people


def test_a_division_before_a_name_and_its_post():
    found = _recognised("人事处王国华处长、妇幼健康服务处王廷山处长参加。")
    assert [(n, t.text) for n, t in found.titles] == [
        ("王国华", "人事处处长"),
        ("王廷山", "妇幼健康服务处处长"),
    ]


def test_the_leadership_or_thought_named_after_a_leader_is_no_act_of_his():
    body = "两省在习近平总书记和党中央坚强领导下，认真学习习近平新时代中国特色社会主义思想。"
    assert _everyone(body) == []
    assert _titles_found(body) == []
    assert _everyone("在习近平总书记的坚强领导下，县长马林讲话。") == ["马林"]


def test_how_a_person_said_it_ends_the_name_and_an_idiom_is_no_name():
    assert _people("合作社负责人韩文良自豪地说，销路不愁") == [("韩文良", ["合作社负责人"])]
    assert _people("专家组组长王小明激动地介绍") == [("王小明", ["专家组组长"])]
    assert _people("合作社理事长张强高兴地说") == [("张强", ["合作社理事长"])]
    # a four-character set phrase after a group of cadres: 而 (and then) is in no given name
    assert _everyone("一批又一批援藏干部人才闻令而动，接续奋斗。") == []


def test_words_and_marks_before_a_post_are_no_part_of_it():
    assert _people("他就是南山区教育局援疆干部陈海平。") == [("陈海平", ["南山区教育局援疆干部"])]
    assert _people("▲援藏干部林小峰(右)走访农户") == [("林小峰", ["援藏干部"])]
    assert _people("专访第九批援藏工作组组长、县委常务副书记方东海，") == [
        ("方东海", ["第九批援藏工作组组长", "县委常务副书记"])
    ]


def test_a_tibetan_name_of_one_part_and_how_it_was_said_after_a_post():
    assert _people("那曲市委副书记、市长旺堆也表示，要把项目建好") == [
        ("旺堆", ["那曲市委副书记", "市长"])
    ]
    assert _people("“房子盖好了！”达嘎村党支部书记仁则激动地说，") == [
        ("仁则", ["达嘎村党支部书记"])
    ]


def test_who_sent_a_cadre_is_no_part_of_his_post_and_two_regions_dotted_are_no_name():
    assert _people("县人民医院院长(上海援藏)钱立新，县卫健委主任扎西出席") == [
        ("钱立新", ["县人民医院院长"]),
        ("扎西", ["县卫健委主任"]),
    ]
    assert _everyone("自治区领导举行江苏·新疆对口支援工作座谈会。") == []


def test_a_list_of_names_that_opens_with_a_dotted_name_keeps_it_whole():
    from counterpart.ingest.titles_zh import find_name_lists

    text = "县和指挥部领导买买提·阿不力孜、张升明、陈瑞平、刘强、郑建国等参加。"
    assert [m.text for m in find_name_lists(text, set())] == [
        "买买提·阿不力孜",
        "张升明",
        "陈瑞平",
        "刘强",
        "郑建国",
    ]


def test_a_team_member_is_a_post():
    assert _people("第九批援藏工作队队员孙海涛正手把手指导茶农") == [
        ("孙海涛", ["第九批援藏工作队队员"])
    ]


def test_a_post_a_clause_says_a_known_person_holds():
    body = "副县长刘建新主持会议。刘建新是嘉兴市第十批援疆干部。2010年，刘建新作为援疆工作组领队，选派进疆。"
    assert ("刘建新", "嘉兴市第十批援疆干部") in _titles_found(body)
    assert ("刘建新", "援疆工作组领队") in _titles_found(body)
    # what kind of person he is, not his post
    found = _titles_found("县长刘建新讲话。刘建新是一名老援疆干部，也是我们的好书记。")
    assert found == [("刘建新", "县长")]
    # the body and 的 before the post are the post's (as the annotators write it)
    body = "副主任医师刘建新到院。刘建新是上海市第一人民医院消化科的副主任医师。"
    assert ("刘建新", "上海市第一人民医院消化科的副主任医师") in _titles_found(body)


def test_the_body_before_a_known_name_and_his_post_is_the_posts():
    body = "昆明温州商会林志强会长表示，将组织会员企业投资。会后，林志强会长说，要做好服务。"
    assert _titles_found(body)[0] == ("林志强", "昆明温州商会会长")
    assert ("林志强", "会长") not in _titles_found("会上，昆明温州商会林志强会长表示，要做好服务。")


def test_a_word_for_now_ends_a_name_and_a_district_or_park_starts_none():
    assert _people("上海援藏干部罗智杭现在仍在工地") == [("罗智杭", ["上海援藏干部"])]
    assert _everyone("副局长倪建华、区来沪人员服务中心负责同志参加。") == ["倪建华"]
    assert _everyone("园区刘经理告诉记者，订单已经排满。") == []
    assert _people("副主任区达明出席") == [("区达明", ["副主任"])]  # the surname Ou, in full


def test_a_western_place_after_a_post_word_is_no_name():
    assert _everyone("近日，江苏省书画家阿勒泰行启动仪式举行。") == []


def test_with_after_a_titled_name_and_a_tibetan_name_running_into_its_verb():
    assert _people("省委常委、温州市委书记陈坚与代表团一行座谈") == [
        ("陈坚", ["省委常委", "温州市委书记"])
    ]
    assert _people("萨嘎乡党委副书记、乡长扎西多吉指着树苗介绍") == [
        ("扎西多吉", ["萨嘎乡党委副书记", "乡长"])
    ]
    assert _everyone("园区企业工作人员索南昂杰介绍，产品有上百种。") == ["索南昂杰"]


def test_and_before_a_name_and_post_and_a_verb_of_receiving_after_a_name():
    assert _titles_found("以会议精神和吴建平副县长的讲话要求为指引。") == [("吴建平", "副县长")]
    assert _everyone("去年7月，49岁的邱风收到前往临夏州开展医疗帮扶的通知。") == ["邱风"]


def test_words_that_only_look_like_names_after_a_post_or_a_group():
    assert _everyone("他担任该校校长一职。") == []  # the post of
    assert _everyone("每年都有一批批上海医生踊跃报名前往西藏。") == []  # eagerly sign up
    assert _everyone("管理员韦小江表示，自从养鸡，村民都能赚到钱。") == ["韦小江"]  # all can
    assert _titles_found("养殖场管理员韦小江表示，") == [("韦小江", "养殖场管理员")]
    found = _everyone("书记刘中明、支部书记马小昕及党办工作人员到机场送行。")
    assert found == ["刘中明", "马小昕"]  # 党办工作人员: the office's staff, no 党办工


def test_we_before_a_post_is_no_part_of_it():
    assert _titles_found("是我们援疆总指挥陈宇起的名字。") == [("陈宇", "援疆总指挥")]


def test_the_leader_a_research_team_is_named_after_and_an_assistant_post():
    body = "在洱海，同济大学高建南团队治理湿地；复旦大学钱松林院士团队建立了数据库。学校与医院团队合作。"
    assert _everyone(body) == ["高建南", "钱松林"]
    assert _people("研究院院长助理冯吉猛接待了调研组") == [("冯吉猛", ["研究院院长助理"])]


def test_a_leaders_instructions_carried_out_or_his_words_quoted_make_no_actor():
    body = "深入贯彻落实总书记重要指示精神和省委书记王长星到陕西考察时指示要求，学习借鉴经验。"
    assert _everyone(body) == []
    assert _everyone("习近平总书记指出，东西部扶贫协作是大战略。") == []
    assert _everyone("省委书记王长星率团考察，要求落实协议。") == ["王长星"]


def test_a_leader_who_gave_instructions_or_set_requirements_makes_no_actor():
    body = "中共中央总书记、国家主席习近军对深化东西部协作工作作出重要指示时指出，要加强协作。"
    assert _everyone(body) == []
    body = "当前，全市正按照自治区党委书记鹿新安提出的“全力东融”总体要求，加快发展。"
    assert _everyone(body) == []
    assert _everyone("自治区党委书记鹿新安在会上提出要求，市长林冠作了发言。") == [
        "鹿新安",
        "林冠",
    ]


def test_a_clause_before_ba_is_no_part_of_the_post():
    body = "一阵急促的电话铃声把扶贫专家刘健从睡梦中惊醒，他随即赶往医院。"
    assert _titles_found(body) == [("刘健", "扶贫专家")]


def test_names_in_a_line_of_credits_are_no_actors():

    text = "专家团到县开展帮扶\n杜波儿 饶成文 江涛 记者 李孝华 文/图\n3月21日，副区长何海平带领专家团来到县里。"
    lines = [(0, 9), (10, 31), (32, len(text))]
    assert list(recognise(text, lines, "2018-03-25").people) == ["何海平"]
    assert list(recognise(text, [(0, 9), (10, len(text))], "2018-03-25").people) == ["何海平"]


def test_two_places_joined_by_a_dot_are_no_name():
    body = "2月2日，在深圳宝安·河池都安招聘会上，求职者热依汗·依明与企业洽谈。"
    assert _everyone(body) == ["热依汗·依明"]
    body = "工作人员在深圳宝安·河池都安2023年招聘会上与求职者洽谈。"
    assert _everyone(body) == []


def test_a_verb_and_a_place_after_a_group_title_are_no_name():
    body = "上海市奉贤区对口帮扶务川自治县，三批援黔干部扎根务川、情系群众，结下情缘。"
    assert _everyone(body) == []
    assert _everyone("援疆教师上官文静、李明来到学校。") == ["上官文静", "李明"]


def test_names_of_tibetan_and_uyghur_people_after_a_post_or_a_group_and_a_pseudonym():
    body = "代表团在县委副书记、县长扎西东智的带领下来访。行署副专员木合亚提表示感谢。"
    assert _titles_found(body) == [
        ("扎西东智", "县委副书记"),
        ("扎西东智", "县长"),
        ("木合亚提", "行署副专员"),
    ]
    body = "幸福盛开在藏族同胞尼玛次仁的心头。受助农户阿瓦妮萨罕和父亲骑上了车。"
    assert _everyone(body) == ["尼玛次仁", "阿瓦妮萨罕"]
    assert _everyone("专家为63岁的患者阿依古丽(化名)制定方案。") == []

    text = "标题\n必须长期坚持，开创援藏工作新局面。\n——习近平\n村民尼玛次仁说，房子很好。"
    assert list(recognise(text, [(0, 2), (3, len(text))], "2020-09-06").people) == ["尼玛次仁"]


def test_bureaus_whose_names_hold_and_or_经():
    body = "哈尔滨市文化广电和旅游局党组成员朱占春出席。"
    assert _titles_found(body) == [("朱占春", "哈尔滨市文化广电和旅游局党组成员")]
    body = "宁波市对口支援和区域合作局党组成员陈昊出席。"
    assert _titles_found(body) == [("陈昊", "宁波市对口支援和区域合作局党组成员")]
    assert _titles_found("东莞市经协办主任陈慧贞出席。") == [("陈慧贞", "东莞市经协办主任")]


def test_a_short_aside_inside_a_bodys_name_stays_in_the_post():
    body = "克拉玛依市中西医结合医院(人民医院)院长助理吕建琴出席。"
    assert _titles_found(body) == [("吕建琴", "克拉玛依市中西医结合医院(人民医院)院长助理")]


def test_a_place_joined_after_a_titled_name_is_no_name():
    body = "省政协副主席鲍义志及江苏省对口帮扶的我省海南州领导出席会议。"
    assert _everyone(body) == ["鲍义志"]
    assert _everyone("省长助理林壮志和袁琦文出席会议。") == ["林壮志", "袁琦文"]


def test_heads_of_kindergartens_a_governors_assistant_and_a_name_before_会上():
    assert _titles_found("田林县光明幼儿园园长凌雪梅介绍。") == [("凌雪梅", "田林县光明幼儿园园长")]
    assert _titles_found("安徽省省长助理梁卫国出席。") == [("梁卫国", "安徽省省长助理")]
    assert _titles_found("青河县中学校长黄淑梅会上激动地说。") == [("黄淑梅", "青河县中学校长")]


def test_posts_held_then_的_and_the_name():
    body = "现任克州教育局教师培训中心副主任的严西平给出了答案。"
    assert _titles_found(body) == [("严西平", "克州教育局教师培训中心副主任")]
    body = "时任海西州副州长，乌兰县委副书记、县政府副县长的许洪彬和干部日夜守在养殖场。"
    assert _titles_found(body) == [
        ("许洪彬", "海西州副州长"),
        ("许洪彬", "乌兰县委副书记"),
        ("许洪彬", "县政府副县长"),
    ]
    assert _everyone("在现任领导的关心下，大家干劲十足。") == []


def test_a_form_of_address_is_no_name():
    assert _everyone("来自香港的蔡先生对记者表示，小镇很规范。村民王先明说。") == ["王先明"]


@pytest.mark.parametrize(
    "body, people",
    [
        ("大棚的主人麦尔旦·米吉提大学毕业后回乡种菜。", ["麦尔旦·米吉提"]),  # not 米吉提大
        ("工人们正在采摘蔬菜。阿尔达克·拜斯汗 摄\n园区里一片忙碌。", []),  # the photographer
        ("村民热依汗·依明双手捧着葡萄。", ["热依汗·依明"]),
    ],
)
def test_a_dotted_name_ends_before_the_word_it_runs_into_and_a_photographer_is_none(body, people):
    from counterpart.ingest.titles_zh import find_dotted_names

    assert [m.text for m in find_dotted_names(body, set())] == people


def test_a_name_before_doctor_keeps_its_last_character_and_a_set_phrase_is_no_name():
    people = {
        p.text for p in _recognised("今年34岁的陈天来医生是口腔医院的主治医生。").people.values()
    }
    assert "陈天来" in people and "陈天" not in people
    found = _recognised("两地领导及10余名支教老师济济一堂，围绕考察内容热烈讨论。")
    assert "济济一堂" not in found.people


def test_a_post_ends_where_its_leader_brings_the_next_person():
    titles = _titles_found(
        "5月7日，市农业局党组成员、副局长刘善义带队区农业发展局局长李兆福等来我州考察。"
    )
    assert ("李兆福", "区农业发展局局长") in titles
    assert not [t for name, t in titles if name == "李兆福" and "带队" in t]


def test_a_reporter_with_his_paper_in_brackets_and_how_a_group_said_it_are_no_one():
    found = _recognised("撰文/摄影:辜鹏博(湖南日报摄影记者)\n镇上的干部群众高兴地说：“路修好了。”")
    assert "辜鹏博" not in found.people and "高兴地" not in found.people


def test_a_union_department_or_a_service_centre_holding_and_is_one_organisation():
    assert _people("嘉善县总工会法律与权益保障部部长周立向该县授牌。") == [
        ("周立", ["嘉善县总工会法律与权益保障部部长"])
    ]
    assert _people("烟台市公共就业和人才服务中心主任许涛介绍。") == [
        ("许涛", ["烟台市公共就业和人才服务中心主任"])
    ]
    # between a post and another body, 和 still joins two people's posts
    assert _people("县委书记和人才服务中心主任李明来了。") == [("李明", ["人才服务中心主任"])]


def test_a_list_of_department_name_post_belongs_to_each_name():
    text = (
        "医疗队由内科三支部组织委员、心内科吴志远主治医师、检验科孙丽主任医师、"
        "儿科护士长林秀云副主任护师组成。"
    )
    titles = _titles_found(text)
    found = {n: sorted(t for m, t in titles if m == n) for n, _ in titles}
    assert found["林秀云"] == ["儿科护士长", "副主任护师"]  # not the posts before the other names
    assert found["吴志远"] == ["心内科主治医师"]
    assert found["孙丽"] == ["检验科主任医师"]


def test_a_quoted_word_stays_inside_a_chained_post():
    assert _people(
        "拉萨市江苏实验中学校长、南京师范大学附属中学副校长、“组团式”教育援藏工作队队长周斌说。"
    ) == [
        (
            "周斌",
            ["拉萨市江苏实验中学校长", "南京师范大学附属中学副校长", "“组团式”教育援藏工作队队长"],
        )
    ]


def test_a_name_named_before_then_在_or_a_caption_after_a_body_is_no_new_person():
    from counterpart.ingest.titles_zh import find_names_after_body, find_subjects

    assert find_subjects("。王伟在介绍情况时表示，很好。", {"王伟"}) == []
    assert find_names_after_body("兰州市中医院康养。 通讯员 李明 摄", set()) == []
    assert [
        p.text for p in find_names_after_body("区人民医院吉家银，区疾控中心刘丽珍。", set())
    ] == [
        "吉家银",
        "刘丽珍",
    ]


def test_no_name_after_general_secretary_a_verb_with_its_particle_or_what_a_group_feels():
    from counterpart.ingest.titles_zh import find_people_after_group

    text = "会上，习近平总书记郑重宣布，任务完成。四川省15名援藏挂职干部来了。"
    assert [name for name, _ in _people(text)] == []
    assert "习近平" in _everyone(text)
    found = find_people_after_group("切实提升贫困群众满意度和幸福感。", set())
    assert [p.text for p in found] == []


def test_two_names_then_who_they_are_before_they_attend():
    # "A、B等…领导参加": the pair, then the group they belong to, attend
    assert _everyone("双方共同努力。\n叶明阳、兰刚等临安和红原县领导参加考察。") == [
        "叶明阳",
        "兰刚",
    ]
    assert _everyone("双方共同努力。\n北京、上海等地领导参加会议。") == []
    found = _recognised("双方共同努力。\n叶明阳、兰刚、王伟等临安和红原县领导参加考察。")
    assert [(n, t.text) for n, t in found.titles] == [
        ("叶明阳", "临安和红原县领导"),
        ("兰刚", "临安和红原县领导"),
        ("王伟", "临安和红原县领导"),
    ]
    found = _recognised("会后，叶明阳、兰刚等出席活动的县领导合影。")
    assert found.titles == []


def test_words_after_a_name_a_seat_on_the_standing_committee_and_places_in_lists():
    # 赶到 (arrived) takes no character of the name; 及时 (in time) starts no second name;
    # 时又 (when … again) ends a transliterated name
    found = _recognised("院长东海波赶到县医院。老人感谢主任医师徐武及时手术。")
    assert sorted(found.people) == ["东海波", "徐武"]
    found = _recognised("1986年，他在会见新西兰总理朗伊时又说：要先富带后富。")
    assert list(found.people) == ["朗伊"]
    # a seat on the standing committee and a post run into it are two posts; 宣传部长 is one word
    found = _recognised("在县长次仁顿珠、县委常委宣传部长张晶陪同下，县委常委副县长赵燚主持。")
    titles = [(n, t.text) for n, t in found.titles]
    assert ("张晶", "县委常委") in titles and ("张晶", "宣传部长") in titles
    assert ("赵燚", "县委常委") in titles and ("赵燚", "副县长") in titles
    assert "宣传" not in found.people
    # towns in a list, a county's name opening the next post, a place one comes to see
    assert _recognised("考察团分赴涧池镇、蒲溪镇、漩涡镇深入对接。").people == {}
    found = _recognised(
        "平武县政协主席廖玉平、平武县委副书记罗盛军陪同。区委书记周向军一行来平武考察。"
    )
    assert sorted(found.people) == ["周向军", "廖玉平", "罗盛军"]
    found = _recognised("5月21日，衢江区区委书记周向军一行来平武考察东西部扶贫协作工作。")
    assert list(found.people) == ["周向军"]


def test_offices_joined_by_ji_abbreviations_in_posts_posts_then_and_now_and_others_after_a_list():
    found = _recognised("“很好。”安顺市对口帮扶及对外合作办专职副主任胡明说。")
    assert [(n, t.text) for n, t in found.titles] == [
        ("胡明", "安顺市对口帮扶及对外合作办专职副主任")
    ]
    found = _recognised("在越西县帮扶的宁波市第九医院ICU专家沈启，抵达后不久。")
    assert [(n, t.text) for n, t in found.titles] == [("沈启", "宁波市第九医院ICU专家")]
    found = _recognised(
        "“完成任务。”时任广东省委副书记、深圳市委书记,现为深圳市人大常委会主任的刘玉浦说。"
    )
    assert [(n, t.text) for n, t in found.titles] == [
        ("刘玉浦", "广东省委副书记"),
        ("刘玉浦", "深圳市委书记"),
        ("刘玉浦", "深圳市人大常委会主任"),
    ]
    found = _recognised("胡雄英是鲁朗旅游小镇管委会党组成员兼产业规划科科长,同时分管办公室工作。")
    assert [t.text for _, t in found.titles] == ["鲁朗旅游小镇管委会党组成员", "产业规划科科长"]
    found = _recognised("主任常荣毅带领詹刚、王吉、朱文海、李娇等人战斗在防疫一线。")
    assert {"詹刚", "王吉", "朱文海", "李娇"} <= set(found.people)


def test_young_pioneers_a_stall_owner_and_names_run_together_in_a_caption():
    # 少先队员 are children, no post; what follows is what they felt or did
    found = _recognised("26名少先队员满怀激动，开启了少先队员夏令营之旅。")
    assert found.people == {}
    found = _recognised("夜市老板艾尔肯·祖农为顾客上红柳烤肉。")
    assert list(found.people) == ["艾尔肯·祖农"]
    # a caption runs names together: the one the body names with its post is the name
    found = _recognised(
        "7月6日，自治区政协主席努尔兰·阿不都满金率代表团考察。\n崔玉英努尔兰·阿不都满金参加活动"
    )
    assert list(found.people) == ["努尔兰·阿不都满金"]


def test_a_surname_that_is_also_a_word_before_when_he_acted():
    # 应 (should) is a surname too: after a post, "今天下午会见" says when he met, not "should"
    assert _people("上海市委书记李强，市委副书记、市长应勇今天下午会见了代表团。") == [
        ("李强", ["上海市委书记"]),
        ("应勇", ["市委副书记", "市长"]),
    ]
    assert _everyone("双方共同努力。\n领导来团考察。") == []


def test_already_after_a_name_and_an_idiom_after_a_leaders_post():
    assert _people("来自北京的援疆教师常曦已是二次援疆。") == [("常曦", ["援疆教师"])]
    assert _people("脱贫是党中央作出的庄严承诺，是总书记念兹在兹、最为牵挂的头等大事。") == []


def test_an_idiom_after_a_name_ends_it():
    # 如数家珍 (as if counting family treasures): the name before it keeps its three characters
    assert _people("说起援建项目，援疆办主任王明生如数家珍：到2019年3月底建成一栋。") == [
        ("王明生", ["援疆办主任"])
    ]


def test_names_a_caption_runs_together_between_names_the_article_holds():
    text = (
        "两市对口合作座谈会举行\n周波廖国勋谭作钧诸葛宇杰彭沉雷出席\n"
        "上海市委副书记、市长周波，市委常委廖国勋，大连市委书记谭作钧，副市长彭沉雷出席会议。"
    )

    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    found = recognise(text, paragraphs, "2020-05-01", titled=True)
    assert sorted(found.people) == sorted(["周波", "廖国勋", "谭作钧", "彭沉雷", "诸葛宇杰"])
    # a run with only one name known elsewhere is left alone
    text = "会议举行\n周波王小二出席\n市长周波出席会议。"
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    assert list(recognise(text, paragraphs, "2020-05-01", titled=True).people) == ["周波"]


def test_concurrently_often_a_city_before_a_place_and_a_party_post_run_into_the_head():
    assert _people("伊犁州友谊医院副院长兼麻醉科主任朱伟来到伊犁后。") == [
        ("朱伟", ["伊犁州友谊医院副院长", "麻醉科主任"])
    ]
    assert _people("“不留遗憾。”这是郑州市旅游局援疆干部李明昌常说的一句话。") == [
        ("李明昌", ["郑州市旅游局援疆干部"])
    ]
    assert _people("毕节市长沙招商分局局长汪玉出席。") == [("汪玉", ["毕节市长沙招商分局局长"])]
    assert _people("县委副书记县长蒋建民出席。") == [("蒋建民", ["县委副书记", "县长"])]
    assert list(_recognised("指挥长汪胜向王书记介绍了情况。").people) == ["汪胜"]


def test_tibetan_names_of_kham_amdo_and_tibet_and_a_list_before_the_families_it_names():
    assert list(_recognised("乡长四郎泽仁介绍，村民斯朗娜姆和格绒追美参加了培训。").people) == [
        "四郎泽仁",
        "斯朗娜姆",
        "格绒追美",
    ]
    assert list(_recognised("布妥村村民永青措姆一边展示热水器一边说。").people) == ["永青措姆"]
    assert list(
        _recognised("期间还走访了达娃拉姆、次仁央宗、旦增群珠、索朗德吉等四户藏族同学家庭。").people
    ) == ["达娃拉姆", "次仁央宗", "旦增群珠", "索朗德吉"]
    assert list(_recognised("看望了王小明、李华、张强等困难群众。").people) == [
        "王小明",
        "李华",
        "张强",
    ]
    # places listed before their people are no one
    assert not _recognised("组织北京、天津、上海等地群众参加。").people


def test_a_list_starts_at_a_name_only_where_the_words_before_end():
    # 相关 (related) is one word: 关部门 is no name, nor the bodies listed after it
    assert not _recognised("同时，集美区相关部门、镇街、国企分别结对帮扶我县8个乡镇。").people
    assert list(_recognised("会上，代表李剑、王明、张华分别发言。").people) == [
        "李剑",
        "王明",
        "张华",
    ]


def test_to_and_in_before_a_post_holder_a_school_a_time_or_aid_are_no_surnames():
    assert _titles_found("医疗队员王之成作为援疆医疗队队长向冯飞常务副省长作汇报。") == [
        ("王之成", "医疗队员")
    ]
    assert _everyone("朱京海书记向唐一军省长承诺继续支持。") == ["朱京海"]
    assert not _everyone("大众报业集团负责人向韩集初级中学捐赠图书。")
    assert not _everyone("衢州市第十批一期援疆医疗队员于今年4月支援乌什。")
    assert not _everyone("人民医院领导和援疆专家代表等见证了这一时刻。")
    # 向 and 于 are surnames too
    assert _titles_found("县长向红梅讲话，总指挥于青山出席。") == [
        ("向红梅", "县长"),
        ("于青山", "总指挥"),
    ]


def test_an_elder_by_surname_a_county_of_the_west_and_a_first_name_said_again_are_no_one_new():
    assert not _everyone("51岁的谢老伯赞不绝口。")
    assert not _everyone("二是来感谢深圳自对口支援石渠、德格、甘孜县以来做出的贡献。")
    assert _everyone(
        "村民库尔班·吐尔迪动情地说起了变化。在援疆干部叶祥发的帮助下，库尔班种上了黑木耳。"
    ) == ["叶祥发", "库尔班·吐尔迪"]


def test_where_people_go_and_what_they_do_before_their_post_is_no_part_of_it():
    assert _titles_found("医院为即将奔赴西藏开展医疗队员靳攀、高恒送行。") == [
        ("靳攀", "医疗队员"),
        ("高恒", "医疗队员"),
    ]


def test_places_counted_after_their_list_a_quoted_word_and_mr_after_a_post_are_no_one():
    assert not _everyone("分别对口援助山南地区的贡嘎、扎朗、桑日、隆孜4个县的基础设施。")
    assert not _everyone("援建项目有塔城、裕民、托里、额敏4县(市)灾后重建工程。")
    assert not _everyone("万事开头难，促成首次「南飞」的过程并不顺利。有女「东南飞」。")
    assert _everyone("村民“张华”说，张华是好人。") == ["张华"]  # said outside quotes too
    assert not _everyone("12日，青岛市援川办公室有关负责人杨先生表示。")


def test_a_village_a_firms_trade_name_and_two_places_dotted_are_no_one():
    assert not _everyone("紧邻天鹅堡高山旅游度假区的高竹村，紧抓避暑旅游发展的机遇。")
    assert not _everyone("项目业主正是来自晋江的农心(福建)食品有限公司。")
    assert not _everyone("位于高堂沟村的磐安·仪陇东西部扶贫协作蚕桑示范基地建成。")
    # a villager's dotted name and one before a firm's word with no bracket are still names
    assert _everyone("村民吾拉音·衣明家种了核桃。村民张小华在公司上班。") == [
        "吾拉音·衣明",
        "张小华",
    ]


def test_a_verb_a_lesson_a_lodging_and_a_slogan_after_a_post_are_no_one():
    assert not _everyone("市领导为即将返程的援疆教师戴上鲜艳的艾德莱斯绸丝巾。")
    assert not _everyone("队员在东兰开展培训讲座18次；教师公开课、示范课累计30节。")
    assert not _everyone("如昌都市三高教师周转房项目已动工。")
    assert not _everyone("要始终牢记援藏工作的初心使命，弘扬新时代的援藏精神。")
    assert _everyone("教师上官红、教师宋庆龄出席。") == ["上官红", "宋庆龄"]


def test_leaders_whose_speech_trust_or_instruction_is_invoked_or_who_are_written_to():
    assert not _everyone(
        "为深入贯彻落实中共中央政治局委员、广东省委书记胡春华，四川省委书记王东明在广东省对口"
        "凉山州扶贫协作座谈会上的重要讲话精神，8月10日，市里召开座谈会。"
    )
    assert not _everyone("她指出，东西部对口支援协作是党中央、习近平总书记赋予的重大责任。")
    assert not _everyone(
        "黄杜村20名农民党员给习近平总书记写信。习近平总书记作出重要指示强调，“吃水不忘挖井人”。"
    )
    # a leader at the meeting, or replying himself, acts
    assert _everyone("省委书记胡春华出席会议并发表重要讲话。") == ["胡春华"]
    assert _everyone("习近平总书记给黄杜村党员回信。") == ["习近平"]


def test_in_person_to_and_says_after_a_name_and_a_leaders_care_are_no_part_of_a_name():
    assert _titles_found("医院党委副书记皮玲亲赴机场送行。医院党委书记严冬对他提出了希望。") == [
        ("皮玲", "医院党委副书记"),
        ("严冬", "医院党委书记"),
    ]
    assert _everyone("正在操作台前忙碌的依明依力·买买提明说。") == ["依明依力·买买提明"]
    assert _everyone("麦尔旦·米吉提大学毕业后回到家乡。") == ["麦尔旦·米吉提"]
    # "as", then a quotation: the leaders' care is no one's name
    assert _everyone("刘全喜医生作为代表向领导表态：“感谢各级领导的关怀、慰问。”") == ["刘全喜"]


def test_an_honour_won_ends_the_name_before_it():
    assert _titles_found("第十一届台盟中央常委许可慰荣获模范个人。") == [
        ("许可慰", "第十一届台盟中央常委")
    ]
    assert not _everyone("援疆教师荣获表彰。")


def test_serves_as_after_a_post_and_an_oral_historys_interviewers_are_no_one():
    assert not _everyone("龙岗区成立了以区委书记任组长、区长任常务副组长的领导小组。")
    assert _everyone("副县长任建华出席。") == ["任建华"]

    text = (
        "援藏往事\n口述:王胜扬\n采访:张永斌 韩雨恬 钟亚斌\n整理:张永斌 韩雨恬 钟亚斌\n"
        "1995年，王胜扬作为上海市第一批援藏干部，担任江孜县委书记。"
    )
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    assert list(recognise(text, paragraphs, "2014-03-01", titled=True).people) == ["王胜扬"]


def test_transliterated_names_written_with_di_hu_wan_and_then_after_the_name():
    assert _everyone(
        "曾外孙女如克亚木·麦提赛地讲述了故事；宣讲员买地娜木·买托乎提则分享了援疆专家的故事。"
    ) == ["如克亚木·麦提赛地", "买地娜木·买托乎提"]
    assert _everyone("村民热孜宛古丽·麦麦提江高兴地说。") == ["热孜宛古丽·麦麦提江"]
    assert _everyone("扎米拉·吾甫尔热情地接待了我们。") == ["扎米拉·吾甫尔"]


def test_an_office_named_with_and_and_a_post_after_a_leader_run_into_it():
    assert _titles_found("深圳市扶贫协作和合作交流办副主任骆浪萍出席。") == [
        ("骆浪萍", "深圳市扶贫协作和合作交流办副主任")
    ]
    assert _titles_found("慰问团带队领导开封市教体局党组成员卢玉强一行来到学校。") == [
        ("卢玉强", "开封市教体局党组成员")
    ]
    assert _titles_found("市领导王明出席。") == [("王明", "市领导")]


def test_two_characters_without_a_surname_are_a_name_only_where_a_rule_anchors_them():
    assert not _everyone("普莫雍错冰消雪融，如同一面梳妆镜，倒映着库拉岗日雪山的雄姿。")
    assert not _everyone("川藏两省交往密切，新希望、科伦等企业均进藏投资。")
    assert _everyone("乡长达娃出席了会议。") == ["达娃"]  # after a post


def test_names_listed_before_a_count_in_digits_of_the_people_they_are():
    assert _everyone("工作队为周玉成、马尕明、牟永才等3户群众送去了棉衣。") == [
        "周玉成",
        "马尕明",
        "牟永才",
    ]


def test_a_group_title_before_a_list_that_opens_with_a_name_without_a_listed_surname():
    assert _titles_found("新区领导苏明，草原旗领导麒麟、刘建、张海峰参加调研。") == [
        ("苏明", "新区领导"),
        ("麒麟", "草原旗领导"),
        ("刘建", "草原旗领导"),
        ("张海峰", "草原旗领导"),
    ]
    # one name after it is not enough: the first word may be a word
    assert ("麒麟", "草原旗领导") not in _titles_found("草原旗领导麒麟、张海峰参加调研。")


def test_names_listed_beside_a_village_or_paired_towns_are_places():
    assert _everyone("青山镇与白水镇、柳林镇与刘坪镇分别签订了结对协议。") == []
    assert _everyone("景区建成了多尔吉村、唐布拉、孟克特等一批文旅项目。") == []
    # a person whose name ends like a village, in a list of people, stays a person
    assert _everyone("区领导洛桑江村、张庆黎出席。") == ["洛桑江村", "张庆黎"]


@pytest.mark.parametrize(
    "body",
    [
        "医院每年派驻院长或副院长、护理部主任。",  # or (或)
        "这批专家走后，当地医生也能独立手术。",  # after (后) they leave
        "王明远早在十年前就曾以副县长的身份来过这里。",  # once (曾) as
        "镇村干部座谈会现场（汪思为 摄）",  # a photographer, read a character short
    ],
)
def test_words_around_a_post_that_name_no_one(body):
    assert not {"或副", "走后", "曾以", "汪思"} & set(_everyone(body))


def test_a_list_of_heads_stops_where_a_school_opens_the_next_post():
    assert _titles_found("实验初级中学校长杭明、龙虎塘实验小学校长钱丽出席。") == [
        ("杭明", "实验初级中学校长"),
        ("钱丽", "龙虎塘实验小学校长"),
    ]


def test_a_leaders_list_holds_names_of_no_listed_surname():
    assert _titles_found("州领导陈明、杨东、加多、吉珠平措，县领导赵红出席。") == [
        ("陈明", "州领导"),
        ("杨东", "州领导"),
        ("加多", "州领导"),
        ("吉珠平措", "州领导"),
        ("赵红", "县领导"),
    ]
    # a list of leaders that runs on into bodies ends with its names
    assert _titles_found("市领导王五、赵六、各县区主要负责人参加。") == [
        ("王五", "市领导"),
        ("赵六", "市领导"),
    ]


def test_a_town_after_a_county_and_being_as_after_a_name():
    assert _everyone("在贞丰县长田镇，茶园连成了片。") == []  # 贞丰县 then 长田镇
    assert _everyone("44岁的汪斌身为教育局副局长，常驻县里。") == ["汪斌"]  # 身为: being


def test_a_list_of_names_before_a_dash():
    assert _everyone("汪斌、朱勇、陈雪峰、石坚——4个中年人坐在一起。") == [
        "汪斌",
        "朱勇",
        "陈雪峰",
        "石坚",
    ]


def test_a_surname_and_a_post_the_tagger_reads_as_a_name_is_no_one():
    for body in ("“感谢王旗长对我的帮助，”她说。", "村里人都说王团长是好人。"):
        text = "标题\n\n" + body
        assert not find_tagged_names(text, set(), [(4, len(text))])


def test_a_name_before_the_address_of_an_elder_or_a_neighbour():
    assert _everyone("记者见到了开小卖部的许长江大爷。") == ["许长江"]
    assert _everyone("守边五十年的阿依古丽·吐尔逊大妈笑了。") == ["阿依古丽·吐尔逊"]
    # grandparents, and a nickname in quotes, name no one
    assert _everyone("孩子和爷爷奶奶住在一起，村里都叫他“阿里木大叔”。") == []


def test_serves_as_after_a_name_and_a_transliterated_name_with_lie():
    assert _titles_found("成立了由副省长李克任组长的工作领导小组。") == [("李克", "副省长")]
    assert _everyone("仪式由局长铁列瓦尔地·依不拉音主持。") == ["铁列瓦尔地·依不拉音"]


def test_a_post_starts_after_a_time_word_or_a_verb_and_a_bureau_of_two_fields_is_one():
    assert _titles_found("一行看望了近期朝阳区妇联党组书记苏静。") == [
        ("苏静", "朝阳区妇联党组书记")
    ]
    assert _titles_found("文章提到援疆医生王浩，他在县医院工作。") == [("王浩", "援疆医生")]
    assert _titles_found("深圳市乡村振兴和协作交流局党组成员欧阳卫国出席。") == [
        ("欧阳卫国", "深圳市乡村振兴和协作交流局党组成员")
    ]


def test_a_name_of_three_after_a_post_that_jieba_cuts_after_two():
    assert _titles_found("医疗队队长林越新细数三年来的变化。") == [("林越新", "医疗队队长")]
    assert _titles_found("院长王军新建了一座楼。") == [("王军", "院长")]  # 新建: a verb


def test_a_roster_one_member_to_a_line_names_each_and_gives_no_post_across_lines():
    text = "医疗队名单\n高纯德妇产科队长\n黄建兴神经外科\n卓海林心血管内科\n林宙影像科"
    lines = [(0, 5), (6, 14), (15, 22), (23, 31), (32, len(text))]
    found = recognise(text, lines, "2022-05-30")
    assert list(found.people) == ["高纯德", "黄建兴", "卓海林", "林宙"]
    assert [(n, t.text) for n, t in found.titles] == []
    joined = "医疗队名单\n高纯德妇产科队长\n黄建兴神经外科\n卓海林心血管内科\n林宙影像科"
    found = recognise(joined, [(0, 5), (6, len(joined))], "2022-05-30")  # lines read as one
    assert set(found.people) == {"高纯德", "黄建兴", "卓海林", "林宙"}
    assert [(n, t.text) for n, t in found.titles] == []


def test_a_post_with_words_readers_disagree_on_is_for_review():
    found = _recognised("原县中学校长刘明、挂职副县长王强和县长李华出席。")
    sure = {(name, t.text): t.confidence for name, t in found.titles}
    assert sure[("刘明", "原县中学校长")] < 0.95  # former (原)
    assert sure[("李华", "县长")] >= 0.95
    found = _recognised("滨州市挂职干部王程出席。")
    assert [(n, t.text, t.confidence < 0.95) for n, t in found.titles] == [
        ("王程", "滨州市挂职干部", True)
    ]


def test_a_post_starts_after_a_verb_phrase_before_it():
    assert _titles_found("困难也阻挡不住省交通运输厅党组书记尤明贵的脚步。") == [
        ("尤明贵", "省交通运输厅党组书记")
    ]
    assert _titles_found("她已成为市实验中学教师徐雪梅的学生。") == [("徐雪梅", "市实验中学教师")]
    assert _titles_found("医院派出脉管病科医师许仲明前往支援。") == [("许仲明", "脉管病科医师")]


def test_a_class_an_era_a_slogan_a_greeting_and_a_bulleted_credit_line_name_no_one():
    assert _everyone("小学三年级2班热依拉·阿卜杜拉说：“我喜欢上学。”") == ["热依拉·阿卜杜拉"]
    assert _everyone("县城地处山南麓，因唐天宝年间皇帝路过得名。") == []
    assert _everyone("盒子上写着“一片茶叶感党恩,白茶敬亲人”。") == []
    assert _everyone("最后孩子们一起说：扎西德勒！") == []
    text = "县里开了会。\n■胡伟 杨洋 记者 颜天杰"
    assert list(recognise(text, [(0, 6), (7, len(text))], "2020-05-01", titled=True).people) == []


def test_thanks_before_a_post_is_no_name():
    assert _everyone("他说：“谢谢老师，谢谢医生。”") == []
    assert _everyone("谢谢李老师的帮助。") == []  # thanks to teacher Li, a surname alone


def test_a_name_before_会同_together_with_the_next_one():
    assert _people("区政协主席逯鹰会同武都区政协主席任文海一行考察。") == [
        ("逯鹰", ["区政协主席"]),
        ("任文海", ["武都区政协主席"]),
    ]
