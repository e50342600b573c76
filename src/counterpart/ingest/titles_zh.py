"""Titles in Chinese copy and the people they name: "省委副书记、省长谌贻琴" gives 谌贻琴 with two
titles, 省委副书记 and 省长; "贵州省领导刘捷、吴强" gives both people the group title 贵州省领导.

A title chain is read leftwards from the name: elements separated by 、, each ending in a title
word (书记, 省长, 常委, 主任, 领导 …); the chain stops at punctuation, at a word that cannot be
part of a title (由, 会见, 和 …) or at an element that does not end in a title word. Each title is
kept as written, its organisation with it (辽宁省委副书记), so nothing is lost in the split.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from .mention import Mention
from .persons_zh import (
    ADDRESS_WORDS,
    AFTER_NAME,
    AID_WORD,
    BOUNDARY,
    COMPOUND_SURNAMES,
    HOW_SAID,
    PARTICLES,
    PLACES_READ_AS_NAMES,
    SURNAMES,
    TIBETAN_PARTS,
    TRANSLITERATION,
    VERB_STARTS,
    describes_or_acts,
    is_common_word,
    name_at,
    once_as,
    one_word_tag,
    rare_word,
    reads_as_name,
    runs_on_into_a_word,
    surname_and_noun,
    surname_at,
    tibetan_name,
    transliterated_name,
    word_uses,
)
from .spans import in_book_title

HEADS = sorted(
    "总书记 副书记 书记 常委 委员 副省长 省长 副市长 市长 副州长 州长 副县长 县长 副区长 区长 "
    "副主任 主任 副部长 部长 副主席 主席 副秘书长 秘书长 副局长 局长 副厅长 厅长 副院长 院长 "
    "副组长 组长 领队 副领队 副队长 队长 领导 总理 副总理 董事长 总经理 副总经理 主委 会长 副会长 市长助理 "
    "政委 主任委员 党组书记 副镇长 镇长 乡长 副乡长 处长 副处长 总裁 行长 校长 所长 巡视员 "
    "调研员 负责人 专员 副专员 盟长 旗长 代表 记者 党组成员 团长 副团长 理事长 副理事长 管理员 "
    "社长 副社长 司长 副司长 科长 副科长 站长 副站长 馆长 副馆长 经理 副经理 总经济师 "
    "院长助理 校长助理 局长助理 主任助理 总经理助理 县长助理 "
    "总工程师 总会计师 总指挥长 副总指挥长 指挥长 副指挥长 秘书 师长 副师长 副政委 司令员 副司令员 参谋长 干部人才 干部 总指挥 副总指挥 "
    "研究员 副研究员 教授 副教授 候选人 教师 老师 医生 专家 主任医师 副主任医师 护士长 成员 场长 副场长 班长 队员 "
    "歌手 艺术家 指挥 监事长 副监事长 理事 常务理事 主治医师 医师 主管护师 主任护师 副主任护师 护师 村长 副村长 院士 博士 "
    "委员长 副委员长 发言人 支书 总编辑 副总编辑 总编 副总编 特首 行政长官 校董 经济学家 "
    "检察长 副检察长 法官 民警 首席科学家 科学家 州长助理 县长助理 区长助理 专职委员 董事 干事 台长 副台长 "
    "导演 演员 编剧 制片人 出品人 作家 画家 书法家 摄影师 歌唱家 传承人 主持人 辅导员 园长 副园长 省长助理".split(),
    key=len,
    reverse=True,
)
NOT_TITLES = {"代表", "记者", "负责人"}  # end a title chain's search but are not titles here
# "我院医师", "我市市委书记": the publisher's own body before a post, which names no body
OUR_BODY = re.compile(
    r"^我(?:市|省|县|区|州|校|院|委|局|厅|部|会|公司|商会|单位|中心|镇|乡|村|所|团|队|司)"
    r"(?=[\u4e00-\u9fff]{2})"
)
# nouns for anyone in a trade, a post only with the body before them: "…法院立案一庭一级法官王一丁",
# not "哈密法官", "法官文化墙"
_TRADE_HEADS = {"法官", "民警", "科学家"}
# "党总支书记": 支书 (a branch secretary) is no head where 书记 goes on
_HEAD = re.compile("(?:" + "|".join(h if h != "支书" else "支书(?!记)" for h in HEADS) + ")")
_ENDS_IN_HEAD = re.compile(f"(?:{_HEAD.pattern})$")  # a post's last word ends the text
# characters and words a title cannot contain: the chain starts after the last of them
_STOP_WORDS = sorted(
    "由 被 把 会见 会晤 与 及 以及 同 在 率 率领 带队 带领 率队 经过 是 的 了 向 对 为 将 等 同志 陪同 出席 参加 邀请 应邀 时任 "
    "据 报道 讯 电 日 时 近期 提到 成为 派出 不住 表示 说 主持 介绍 看望 当天 其中 包括 见证 有 分别 一行 落实 贯彻 "
    "关于 认真 按照 根据 精神 讲话 重要 但 当 听说 而 却 现任 另一位 一位 这位 从 到 著名 受 受到 随后 "
    # "该院内镜中心主治医师陈东升": "the said hospital" points back, no part of the post
    "该院 该校 该县 该市 该区 该州 该镇 该村 该公司 该中心 该医院 该集团 该 "
    # what someone does to a titled person: "老人紧紧握住深圳市政协主席王顺生的手"
    "握住 握着 紧握 拉着 带领 带着 感谢 迎接 欢迎 慰问 走访 告诉 称赞 接下来 安排 "
    # "在学校见到校长周凤林时", "记者见到…理事长镡仲峰": who was met
    "见到 遇到 找到 采访 拜访 跟随 跟着 巧遇 偶遇 遇见 碰到 碰见 "
    # "正如…组长赵勇", "第二天就会同援藏干部吴立新", "传达学习省委书记林武…讲话精神"
    "正如 会同 传达 学习 作为 "
    # "将学校钥匙交给汉源县常务副县长李田", "患者王凯给…骨科医生辛洪磊送来锦旗": handed to
    "交给 送给 递给 颁给 授予 给 "
    # "10月份副指挥长", "要不是映秀镇党委副书记", "更是通过南京援藏干部", "让四川…公司副总经理",
    # "龙华区人民医院选派泌尿外科副主任医师": a date, a clause or a verb before the post
    "月份 要不是 通过 让 选派 "
    # "…即将奔赴西藏开展医疗队员靳攀": where they go and what they do, before the post
    "即将 奔赴 赶赴 开展 "
    # "会议最后密云区委书记", "阿布首先代表…", "尚有该会主席", "…工作座谈会昌都市委副书记",
    # "访问团以青委会主任…": a step of the story, a clause or "as" before the post
    "首先 最后 尚有 该会 座谈会 以 还有 "
    # "来自西南医科大学附属医院…教授何成松", "…的关键时期即墨区慈善总会会长孙铸": where from, when
    "来自 时期 之际 "
    # "曾任重庆市委副书记", "得到中共中央政治局常委…", "对话…联络组组长", "…随广东省…工作组组长"
    "曾任 得到 对话 随 "
    # "电话铃声把扶贫专家刘健从睡梦中惊醒": 把 (the object follows), as 被 above
    # "担任果洛州人民医院院长": a post taken, the verb no part of it
    "担任 出任 兼任 "
    # "推介会上喀什地区招商局副局长": at the meeting; "多个场合出现石家庄市长艾文礼的身影": appears
    "会上 出现 我们 咱们 他们 她们 "
    # "他就是龙岗区…援疆干部徐远平": 是 (is) inside 就是, which the dictionary reads as a word;
    # "专访深圳市…工作组组长顾东忠": a headline's "interview with" before the post
    "就是 也是 正是 便是 即是 都是 还是 专访".split(),
    key=len,
    reverse=True,
)
# stop words that are one only in some places: "经福建援宁干部" (by way of; not 经开区, 经信局),
# "可喀什地委书记" (but; not 可克达拉市), "——记省援青指挥部副指挥长" (a profile's "of")
_STOP_PATTERNS = (
    "经(?![开信济营贸发侦管理合协])",  # (经合办, 经协办: the office of economic cooperation)
    "可(?!克达拉)",
    "^记(?!者)",
    "代表(?=[区市县省州])",
    # and, but not in a place's name: 和田, 和布克赛尔, 和静, 和硕, 和政, 和龙, 和林格尔
    "和(?!田|布克赛尔|静县|硕县|政县|龙市|林格尔)",
)
_STOP = re.compile(
    "(?=(" + "|".join([*map(re.escape, _STOP_WORDS), *_STOP_PATTERNS]) + "))"
)  # every position, overlapping
# departments whose names hold 和 (人力资源和社会保障局, 文化和旅游局 …): no "and" between posts
_DEPARTMENT_AND = re.compile(
    r"(?:人力资源|住房|发展|文化|工业|经济|科技|民族|卫生|自然资源|教育|商务|农业|交通|协作|增援|"
    r"支援|扶贫|国土资源|社会工作|监测|广电|乡村振兴)[和与]"  # (工业与信息化局, 文化广电和旅游局)
    r"(?=社会保障|城乡建设|改革|旅游|信息化|宗教|计划生育|规划|体育|粮食|农村|运输|支援合作|区域合作|"
    r"对口支援|经济协作|经济合作|合作交流|协作交流|移民|城乡规划|慈善|国土整治)"  # 扶贫协作和支援合作领导小组办公室, 对口增援和经济协作…
    # (深圳市扶贫协作和合作交流办)
    # (扶贫和移民局, 国土资源和城乡规划局, 社会工作和慈善事业促进处, …资源监测和国土整治院)
)
# Hong Kong's bureaus hold 及 in their names: 政制及内地事务局, 食物及卫生局, 运输及房屋局
# and offices: 安顺市对口帮扶及对外合作办 (not "副主任及县合作办…": a post first)
_BUREAU_AND = re.compile(
    r"[\u4e00-\u9fff]{2}(?<![长记任员部局委办厅院府会队组])及(?=[\u4e00-\u9fff]{1,6}(?:局|办|委员会))"
)
# and a bureau's two fields joined by 与: 测绘与地理信息局 (not "副局长与县卫健局…": a post first)
_FIELDS_AND = re.compile(
    r"[\u4e00-\u9fff]{2}(?<![长记任员])与"
    r"(?=[\u4e00-\u9fff]{2,8}(?:局|厅|中心|研究所|学院|部)(?![长]))"  # (…农业现代化与农村发展研究中心)
    # and a union's department: 总工会法律与权益保障部部长
    r"|[\u4e00-\u9fff]{2}(?<![长记任员部局委办厅院府会队组])和"  # 公共就业和人才服务中心
    r"(?=[\u4e00-\u9fff]{2,6}服务(?:中心|站|部)(?![长]))"
)
_PUNCT = set(
    "，,。；;：:（）()“”\"'！!？?\n\r\t 　《》【】[]·…—『』「」<>|▲△▼■□●○◆◇★☆►▶"
)  # (>>: a breadcrumb; ▲ opens a photo's caption: "▲深圳扶贫干部王佑灵(左)")


# the person in charge of a named body is its head: "纳雍县就业局负责人许云"; "相关负责人" is no post
_BODY_HEAD = re.compile(
    r"(?!相关|有关|该|各)[\u4e00-\u9fff]{0,20}(?:局|办|委|厅|中心|公司|部|站|所)负责人"
)


_LISTED_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}、")

# a short aside inside a body's name: 海沃机械(中国)有限公司, 中西医结合医院(人民医院), 心血管内科(心功能科)
_COMPANY_ASIDE = re.compile(r"[\u4e00-\u9fff][(（](?:中国|[\u4e00-\u9fff]{2,5})[)）]")


# a group's representative: "第八批优秀援藏干部人才代表吴斌峰", "历届援疆工作队总领队代表林德勇"
_GROUPS_DELEGATE = re.compile(
    r"[\u4e00-\u9fff、]{2,20}(?:干部|人才|领队|队员|教师|医生|专家|职工|工作队|青年|学生|企业家)代表"
)
# the person in charge of a named unit: "蓝莓生态园负责人令狐云" (but "有关负责人" is anyone)
_IN_CHARGE_OF = re.compile(r"(?!有关|相关|主要|各)[\u4e00-\u9fff·]{2,20}负责人")


# last characters of a place's or a body's name (阿克苏地区, 妇联, 扶贫办, 商务局), none of a name's
_PLACE_OR_BODY_END = set("区市省县州盟旗镇乡村局委部署厅联办处协会")


_QUOTED_WORD = re.compile(r"“[\u4e00-\u9fff]{2,8}”")


def chain_before(text: str, name_start: int, lo: int) -> list[tuple[int, int]]:
    """Spans of the titles written directly before a name, left to right (may be empty)."""
    spans: list[tuple[int, int]] = []
    end = name_start
    while end > lo:
        start = end
        while start > lo and text[start - 1] not in _PUNCT and text[start - 1] != "、":
            start -= 1
            quoted = _QUOTED_WORD.search(text, max(lo, start - 10), start)
            if quoted and quoted.end() == start:  # "“组团式”教育援藏工作队队长": a quoted word
                start = quoted.start()
            aside = _COMPANY_ASIDE.search(text, max(lo, start - 8), start)
            if aside and aside.end() == start:  # "海沃机械(中国)有限公司董事长": the firm's name
                start = aside.start()
        element = text[start:end]
        cut = _last_stop(element)
        stopped = cut > 0
        element_start = start + cut
        if text.startswith(("对于", "关于"), element_start):
            element_start += 2  # "对于松江救助干部、…沈伟来说": the preposition is no part of it
        if (
            text.endswith("领导", start, end)
            and element_start - 2 >= start
            and text[element_start - 1] in "和及"
            and text[element_start - 2] in _PLACE_OR_BODY_END
        ):  # "自治区和阿克苏地区领导": leaders of two places, one group's post
            element_start = start + _last_stop(text[start : element_start - 1])
        terms = re.match(
            r"[一二两三四五六七八九十\d]{1,2}任(?=[\u4e00-\u9fff]{2})",
            title := text[element_start:end],
        )
        if terms:  # "选派了四任青海大学校长李建保、…": the count of terms is no part of the post
            element_start += terms.end()
            title = text[element_start:end]
        last = _ENDS_IN_HEAD.search(title)
        if not title or not last or len(title) > 30:
            break
        count = re.match(r"[\d一二两三四五六七八九十百千万]+[名位]", title)
        if count and last.start() - count.end() >= 2:
            element_start += count.end()  # "三位援疆医生李荣华、…": the count is no part of it
            title = text[element_start:end]
        elif re.match(r"[\d一二两三四五六七八九十百千万]*[名位]", title) and (
            title[0] not in "名位"
            or re.search(r"[\d一二两三四五六七八九十百千万]$", text[:element_start])
        ):
            break  # "派出的10名医生都是…": a count of doctors, no post
        if (
            title in NOT_TITLES
            or any(title.endswith(w) for w in NOT_TITLES)
            and not title.endswith("人大代表")  # a deputy's seat is a post: 全国人大代表
            and not _BODY_HEAD.fullmatch(title)
            and not _IN_CHARGE_OF.fullmatch(title)
            and not _GROUPS_DELEGATE.fullmatch(title)
        ):
            break
        if title.endswith(("干部", "干部人才")) and not re.search("援|挂职|扶贫|帮扶|协作", title):
            break  # "干部" alone is anyone; an aid cadre's post is one ("援宁干部徐情根",
            # "江苏扶贫干部杨亮", "南京市第六批援藏干部、墨竹工卡县委书记林涛"), checked against what
            # follows by the caller
        if end != name_start and (
            _holds_a_person(text, element_start, end) or _name_inside_post(text, element_start, end)
        ):
            break  # "放射科专家吕晓勇医生、儿科专家陈春荣医生": the element before is another's
        named = _named_post_start(text, element_start, end)
        if named == element_start and end != name_start:
            break  # "韩正书记、杨雄市长还有…常委应勇": a name and its post, another person's
        if named > element_start:  # "市委书记罗志军市长蒋宏坤": the post after 罗志军 is his
            element_start, stopped = named, True
            title = text[element_start:end]
        spans.insert(0, (element_start, end))
        if (
            not stopped
            and start - 1 > lo
            and text[start - 1] in "，,"
            and _posts_before_comma(text, start - 1, lo)
        ):  # "…指挥部党委书记、总指挥，喀什地委副书记张成伟": a comma between one person's posts
            end = start - 1
            continue
        if stopped or start <= lo or text[start - 1] != "、":
            break
        end = start - 1  # step over 、 to the previous element
    return spans


_INNER_COUNT = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})[\d一二两三四五六七八九十]+[名位](?=[\u4e00-\u9fff]{2})"
)


def _without_count(title: str) -> str:
    """A group's post without the count inside it: "随州市中心医院四名援疆专家" is the post
    随州市中心医院援疆专家, held by each of the four named after it."""
    return _INNER_COUNT.sub("", title, count=1)


def _named_post_start(text: str, start: int, end: int) -> int:
    """Where the post of the next name starts when the element holds another person's name
    and post before it: the element's start if it opens with a name and a post ("韩正书记"),
    the position after a name written between two posts ("市委书记罗志军市长"), else -1."""
    tail = _ENDS_IN_HEAD.search(text, start, end)
    if not tail:
        return -1
    for k in range(start, tail.start()):
        if k > start and not _ENDS_IN_HEAD.search(text, start, k):
            continue  # a name follows a post or opens the element
        name = name_at(text, k, tail.start(), titled=True)
        if (
            2 <= len(name) <= 3
            and k + len(name) == tail.start()
            and not is_common_word(name)
            and (reads_as_name(name) or surname_and_noun(name))
            and rare_word(name)  # (not 党委 in "党委书记")
            and name[-1] not in _PLACE_OR_BODY_END | _PLACE_END
            and not _is_place(name)  # (not 林芝市, 余杭区, 区政协)
            and _HEAD.fullmatch(text, tail.start(), end)
        ):
            return k + len(name) if k > start else start
    return -1


def _name_inside_post(text: str, start: int, end: int) -> bool:
    """The element names another person between a body and its post, the way lists of guests
    are written ("昌吉州党委统战部王宁副部长", "县委吴克芬常委")."""
    tail = _ENDS_IN_HEAD.search(text, start, end)
    if not tail or not _HEAD.fullmatch(text, tail.start(), end):
        return False
    for k in (tail.start() - 3, tail.start() - 2):
        if k <= start or text[k - 1] not in _PLACE_OR_BODY_END:
            continue
        name = name_at(text, k, tail.start(), titled=True)
        if (
            len(name) == tail.start() - k
            and not is_common_word(name)
            and reads_as_name(name)
            and rare_word(name)
            and name[-1] not in _PLACE_OR_BODY_END | _PLACE_END  # (not 文旅厅 in 文旅厅党组书记)
            and not _is_place(name)
        ):
            return True
    return False


def _posts_before_comma(text: str, comma: int, lo: int) -> bool:
    """The clause before the comma at ``comma`` is nothing but posts: each part between 、 ends
    in a title word, and no name, 等 or verb stands in it ("区委书记黄彪等区领导，" is another's)."""
    clause = re.split(r"[，,。；;！!？?\n：:]", text[max(lo, comma - 40) : comma])[-1]
    return bool(clause) and all(
        _ENDS_IN_HEAD.search(part)
        and _last_stop(part) == 0
        and not _holds_a_person(part, 0, len(part))
        for part in clause.split("、")
    )


def _holds_a_person(text: str, start: int, end: int) -> bool:
    """The element is a post, a name and a post ("专家吕晓勇医生"), or a department, a name and
    a post ("重症医学科陈洪新主治医师"): someone else's."""
    tail = _ENDS_IN_HEAD.search(text[start:end])
    if not tail:
        return False
    head_at = start + tail.start()
    for n in (3, 2):
        s = head_at - n
        if (
            s > start
            and surname_at(text, s)
            and (_ENDS_IN_HEAD.search(text[start:s]) or text[s - 1] in "科室")
        ):
            name = name_at(text, s, head_at, titled=True)
            if name and s + len(name) == head_at:
                return True
    return False


_PLACE_SUFFIX = "县市区州旗盟镇乡村"


def _in_known_place(element: str) -> set[int]:
    """Positions inside a place name the dictionary knows (两当县, 同心县), up to its suffix."""
    import jieba

    jieba.setLogLevel(60)
    jieba.dt.check_initialized()
    out: set[int] = set()
    for k, ch in enumerate(element):
        if ch not in _PLACE_SUFFIX:
            continue
        for j in range(max(0, k - 4), k - 1):  # three characters at least
            if jieba.dt.FREQ.get(element[j : k + 1]):
                out.update(range(j, k + 1))
                break
    return out


def _last_stop(element: str) -> int:
    """Where the title may start in ``element``: after its last stop word, unless the word is
    part of a longer word the dictionary knows, as 和 in 和平区 or 同 in 同心县."""
    hits = [(m.end(1), m.start(1)) for m in _STOP.finditer(element)]
    if not hits:
        return 0
    inside: set[int] = set()  # positions that lie inside a longer dictionary word
    pos = 0
    for word in _words(element):
        if len(word) > 1:
            inside.update(range(pos, pos + len(word)))
        pos += len(word)
    for m in (
        *_DEPARTMENT_AND.finditer(element),
        *_BUREAU_AND.finditer(element),
        *_FIELDS_AND.finditer(element),
    ):
        inside.update(range(m.start(), m.end()))
    # a place the dictionary knows holds it, though the title's words are cut across it:
    # 两当县委书记 is read 两/当/县委书记, and 两当县 is a county
    inside.update(_in_known_place(element))
    free = [(e, i) for e, i in hits if e - i > 1 or i not in inside]
    return max(free)[0] if free else 0


def _words(text: str) -> list[str]:
    import jieba

    jieba.setLogLevel(60)
    return list(jieba.cut(text, HMM=False))


def _ends_a_word(text: str, head: int, pos: int, hi: int, slack: int = 0) -> bool:
    """The title word found is a word of its own here (not 省长 inside 省长期以来). ``slack``: a
    word across the edge may take that many characters after it (主任何鑫 is cut 主/任何/鑫, but
    何 is a listed surname; 忠县长江大桥 is cut 县/长江大桥)."""
    import jieba

    jieba.setLogLevel(60)
    edge = head
    for word in jieba.cut(text[head : min(hi, pos + 6)], HMM=False):
        edge += len(word)
        if edge >= pos:
            return edge - pos <= slack
    return True


# what often follows a name: says, leads, and, at, for, towards, with, as …
_AFTER_A_NAME = set("说率等和在代向作带与同及到为是陪出主讲致")


def _runs_into_a_word(text: str, pos: int, end: int, hi: int) -> bool:
    """The dictionary reads a word across the name's end (田村|结对: 结对, 来夷|工作: 工作), and
    what follows the name is not what follows names (丁有明|说: 明说; 马洪胜|率: 胜率)."""
    import jieba

    if text[end : end + 1] in _AFTER_A_NAME:
        return False
    jieba.setLogLevel(60)
    edge = pos
    for word in jieba.cut(text[pos : min(hi, end + 3)], HMM=False):
        if edge < end < edge + len(word):
            return len(word) > 1
        edge += len(word)
    return False


_NOT_NAME_START = set(
    "的了和与及或在是为对向把被将从等给由之暨一兼"
)  # 或: "院长或副院长" (or); 暨: "and" (手外科暨创伤…); 一: "校长一职"; 兼: "副院长兼麻醉科主任" (holding also)
_PLACE_END = set("园馆区村镇县市省厂场站所院局办楼路街桥湖山河港湾园寺塔宫")


def _comes_to_a_place(text: str, pos: int, name: str) -> bool:
    """ "援疆干部来拜城", "老师来集贤产业园": 来 (come to) and a place, no person surnamed 来."""
    return name[0] in "来赴到回游" and (
        _is_place(name[1:])
        or bool(re.match(r"[县市区镇乡村州旗]|产业园|园区|开发区", text[pos + len(name) :]))
    )


def _a_place_after_a_word(name: str) -> bool:
    """纪念园 (纪 is a surname): a word (纪念) and a place's last character, a site, no name."""
    import jieba.posseg

    words = list(jieba.posseg.cut(name, HMM=False))
    first = words[0] if words else None
    return (
        name[-1] in _PLACE_END
        and first is not None
        and len(first.word) > 1
        and first.flag not in ("nr", "nrfg", "nrt")
    )


def unlisted_name(text: str, pos: int, hi: int) -> str:
    """A name right after a title whose surname is not in the list: 买买提·艾力, 格桑, 布小林,
    扎西次仁 (two to four characters, or two parts joined by ·), where a word that follows
    names comes next and the dictionary reads no ordinary word in it ("书记多次强调")."""
    dot = re.match(r"(?:[\u4e00-\u9fff]{1,6}·){1,3}", text[pos : min(hi, pos + 30)])
    first = dot.end() if dot else 0
    longest = 5  # four characters, or six in a transliteration's letters (哈斯巴雅尔)
    if not dot and all(c in TRANSLITERATION for c in text[pos : min(hi, pos + 5)]):
        longest = 7
    for n in range(first + (1 if dot else 2), min(first + 8 if dot else longest, hi - pos + 1)):
        stop = pos + n
        if not re.fullmatch(r"[\u4e00-\u9fff·]+", text[pos:stop]):
            return ""
        if BOUNDARY.search(text[pos + first : stop]):
            return ""  # (a transliterated name before its · may hold any character: 雪克来提)
        if (
            stop < hi
            and (
                BOUNDARY.match(text, stop)
                or text[stop] in "也亦"
                and BOUNDARY.match(text, stop + 1)  # "市长旺堆也表示"
                or HOW_SAID.match(text, stop)
                and is_common_word(text[stop : stop + 2])
                or _LED_BY.match(text, stop)  # "县长扎西东智的带领下"
            )
        ):  # "村支部书记仁则激动地说": how it was said
            name = text[pos:stop]
            if not dot and len(name) == 4 and is_common_word(text[stop - 1 : stop + 1]):
                name = name[:3]  # "院长东海波赶到": 赶到 (arrived) takes the fourth character
            if not dot and len(name) == 4 and name[2] == "时" and name[3] in "又也还就便都":
                name = name[:2]  # "会见新西兰总理朗伊时又说": when (时) he again said
            if not dot and len(name) < 4 and word_uses(text[pos : pos + 4]) >= 5:
                return ""  # "总书记念兹在兹": an idiom of four characters, no name
            if (
                name[0] in _NOT_NAME_START
                or name[-1] in _PLACE_END
                or "了" in name
                or not dot
                and PARTICLES.intersection(name[1:])  # "人才闻令而动": an idiom
                or not dot  # "上海医生踊跃报名": eagerly, then a verb, no name
                and len(name) == 4
                and describes_or_acts(name[:2])
                or dot  # "领导举行上海·西藏…座谈会": two regions paired, no name
                and any(part.endswith(_PROVINCES) for part in name.split("·"))
                or name.endswith("的")  # "部长宋的陪同下": a surname alone, then 的
                or not dot  # "这批援藏专家走后，": after (后) they leave, no name
                and len(name) == 2
                and name[1] in "后前时"
                or not dot  # "支教老师济济一堂": a set phrase the dictionary holds, no name
                and len(name) == 4
                and word_uses(name) > 0
                and not tibetan_name(name)
                and not all(c in TRANSLITERATION for c in name)
                or name.startswith(VERB_STARTS)
                or AID_WORD.search(name)  # "教师援疆": teachers aiding Xinjiang, no name
                or not dot  # "援黔干部扎根务川、情系群众": two words, a verb and a place
                and len(name) == 4
                and len(surname_at(name, 0)) < 2  # (上官文静: a surname of two characters)
                and not tibetan_name(name)
                and _two_words(name)
            ):
                return ""  # "…担任组长的闽宁协作", "毛主席纪念园", "领导拍了板": no names
            transliterated = len(name) >= 3 and all(c in TRANSLITERATION for c in name)
            return (
                name
                if dot or reads_as_name(name) or name in TIBETAN_PARTS or transliterated
                else ""
            )
            # (旺堆, a Tibetan name of one part, which the dictionary reads as words; 木合亚提,
            # a Uyghur name written without its ·)
    return ""


# what a leader does for those he leads, after his name and 的: "在县长扎西东智的带领下"
_LED_BY = re.compile(r"的(?:带领|率领|陪同|主持|指导|邀请|关心|关怀|见证|讲话|介绍)")


def _two_words(name: str) -> bool:
    """Both halves of four characters are words the dictionary knows, neither a name's."""
    return all(one_word_tag(half) not in ("", "nr", "nrfg", "nrt") for half in (name[:2], name[2:]))


def _first_listed(text: str, pos: int, hi: int) -> str:
    """The first of a list of names after a group's title, where the dictionary reads a word
    ("市领导温暖、施惠芳、魏伟"): a listed surname, and a name after the list mark."""
    m = _LISTED_NAME.match(text, pos, hi)
    if not m or not name_at(text, m.end(), hi, titled=True):
        return ""
    if not surname_at(text, pos):  # "旗领导麒麟、刘建、刘海涛": no listed surname (a Mongolian
        second = m.end() + len(name_at(text, m.end(), hi, titled=True))  # name), so two names
        if not text.startswith("、", second) or not name_at(text, second + 1, hi, titled=True):
            return ""  # must follow it in the list
    return m.group(0)[:-1]


_THREE_BEFORE_A_MARK = re.compile(r"[\u4e00-\u9fff]{3}(?=[、，,。；;等])")


def _listed_unlisted(text: str, pos: int, hi: int) -> str:
    """Three characters between two list marks (、) that the dictionary reads as no word: a
    name whose surname the list does not hold."""
    m = _THREE_BEFORE_A_MARK.match(text, pos, hi)
    if not m or is_common_word(m.group(0)) or not reads_as_name(m.group(0)):
        return ""
    return m.group(0)


def find_titled_people(text: str, lo: int = 0, hi: int | None = None):
    """[(person mention, [title mentions])] for every name right after a title chain, and the
    names listed after it ("领导刘捷、吴强") sharing its titles."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _HEAD.finditer(text, lo, hi):
        head_end = pos = m.end()
        if (
            m.group(0).endswith("长")
            and m.start() > lo
            and _is_place(text[m.start() - 1 : m.start() + 1])
            and _is_place(text[m.end() - 1 : m.end() + 1])
        ):
            continue  # "福州长乐国际机场": two places (福州, 长乐), no 州长
        if (
            m.group(0) in ("市长", "县长", "区长", "州长")
            and m.start() > lo
            and _is_place(text[m.end() - 1 : m.end() + 1])
            and re.match(r"[\u4e00-\u9fff]{2}", text[max(lo, m.start() - 2) : m.start()])
        ):
            continue  # "毕节市长沙招商分局": a city (毕节市) and a place (长沙), no 市长
        if m.group(0) == "队员" and text[m.start() - 2 : m.start()] == "少先":
            continue  # "少先队员满怀激动": Young Pioneers, children, no post before a name
        quoted = text.startswith(("”", '"'), pos) and text.rfind("“", max(lo, pos - 12), pos) >= 0
        if (
            quoted
        ):  # "“名誉村长”胡丹锋", "“院士校长”王光谦": a name after an epithet in quotes, which
            pos += 1  # annotators read as no post
        if text.startswith("\n", pos):  # a mirror page's line break between title and name
            if _NAME_COMMA_POSTS.match(text, pos + 1):
                continue  # "…县委书记\n舒海迁 青海省…": the next line's name has its own posts
            if _roster_name(text[max(lo, text.rfind("\n", lo, m.start()) + 1) : head_end]):
                continue  # "李纯孝妇产科队长\n黄建兴神经外科": a roster's lines, no post and name
            pos += 1
        if text.startswith("——", pos) and name_at(text, pos + 2, hi, titled=True):
            pos += 2  # "两位援滇干部——禹延亮和翟凌晨": the post, a dash, then the names
        if (
            text.startswith("的", pos)
            and re.search(r"作为[^，,。；;、：:“”\"！!？?]{2,30}$", text[max(lo, pos - 32) : pos])
            and name_at(text, pos + 1, hi, titled=True)
        ):
            pos += 1  # "作为上海市第十批援滇干部的王忠民、陈超和王晓华": as the post's holders
        aside = _POST_ASIDE.match(text, pos, hi)
        if aside and name_at(text, aside.end(), hi, titled=True):
            pos = aside.end()  # "副县长(挂职)王艳平", "副主任(主持工作)金晓明"
        spaced = _SPACES.match(text, pos, hi)
        if spaced:  # "经济日报理论部主任、研究员 徐向梅⏎": an author's posts, then the name
            named = name_at(text, spaced.end(), hi, titled=True)
            after = spaced.end() + len(named)
            line = text[text.rfind("\n", lo, pos) + 1 : pos]  # the posts alone on their line
            if named and (after == hi or text[after] == "\n") and not _SPACES.search(line):
                pos = spaced.end()  # (not a guest list: "…书记 吴捷四川省…秘书长 刘良绪")
        held_by = False  # "副团长为林永惠、岑亦宝": the post, then who holds it
        if text.startswith(("为", "是"), pos) and re.match(
            r"[\u4e00-\u9fff]{2,3}[、，,。；;]", text[pos + 1 : pos + 5]
        ):
            named = name_at(text, pos + 1, hi, titled=True)
            held_by = bool(named) and text[pos + 1 + len(named)] in "、，,。；;"
            pos += held_by
        name, sure = name_at(text, pos, hi, titled=True), 0.8 if held_by else 0.95
        if name and not surname_at(text, pos):
            sure = 0.8  # a Tibetan name (白玛旺堆): no listed surname, so for review
        if not name and not text.startswith("们", pos):  # "镇长们": a plural, no name
            name, sure = unlisted_name(text, pos, hi), 0.8
            if name[:1] in _NOT_NAME_START:
                name = ""  # "领队由副院长姚和瑞担任": 由 says who, it starts no name
            if name and not _ends_a_word(text, m.start(), pos, hi):
                name = ""
        elif name and not _ends_a_word(text, m.start(), pos, hi, slack=1):
            name = ""  # "忠县长江大桥": 县长 is no word here, 长江 is
        if not name and m.group(0) == "领导":
            name, sure = _first_listed(text, pos, hi), 0.8
        if (
            not name
            or m.group(0) == "总书记"  # "习近平总书记庄严宣告": his name comes before the post
            and re.search(r"[\u4e00-\u9fff]{2,3}$", text[max(lo, m.start() - 3) : m.start()])
            or name[-1] in "了着过"  # "22名援红挂职干部来了": a verb and its particle
            and "·" not in name  # (a dotted name read on is cut below: 卡尤木·热合曼|哽咽着)
            or name in PLACES_READ_AS_NAMES  # "黑龙江省艺术家阿勒泰行": a trip to the place
            or name[1:] in ADDRESS_WORDS  # "有关负责人杨先生表示": Mr Yang, unnamed
            or _a_place_after_a_word(name)
            or _comes_to_a_place(text, pos, name)
        ):
            continue
        if len(name) == 2 and name[1] in "镇乡" and m.group(0).endswith("长"):
            continue  # "贞丰县长田镇": a county (贞丰县), then a town (长田镇), no 县长
        if len(name) == 2 and name[1] in "人们上下":
            continue  # "领导包人": leaders each take a pupil in hand; 人 is no given name;
            # "为援疆教师戴上丝巾": put on (上), no given name
        if (
            one_word_tag(name).startswith("n")
            and is_common_word(name)
            or len(name) == 2
            and word_uses(name) >= 500
        ) and unlike_a_given_name(name):
            continue  # "教师公开课", "教师周转房": a noun, or a word used often, with a
            # character no name has (向警予, a verb to the dictionary, stays a name)
        if sure > 0.8 and _runs_into_a_word(text, pos, pos + len(name), hi):
            sure = 0.8  # "镇长田村结对", "挂职干部来夷工作": perhaps no name at all, for review
        if len(name) == 3 and (
            name[0] in "向和与同对来"
            and (is_common_word(name[1:]) or _is_place(name[1:]) or AID_WORD.match(name, 1))
            or name[0] in "于在"
            and name[1:] in _TIME_WORDS
        ):
            continue  # "领导向历届…代表颁发", "领导和平安", "负责人和广东…企业": a word or place
            # after "to" or "and", no name; "派专家来指导": come to do something; "领导和援疆
            # 专家": and the aid experts; "队员于今年4月支援": in (于) this year
        if name[0] == "任" and (
            _HEAD.match(text, pos + 1) or text.startswith(("常务", "副", "第一"), pos + 1)
        ):
            continue  # "区长任常务副组长": serves as (任) the deputy head, no surname 任
        if name[0] in "向对" and _TO_SOMEONE.match(text, pos + 1, hi):
            continue  # "队长向冯飞常务副省长作汇报", "负责人向韩集初级中学捐赠": to (向) a
            # titled person or a school, no surname 向
        titles = chain_before(text, head_end, max(lo, pos - 80))
        if aside and pos == aside.end() and titles and not _SENT_FROM.search(aside.group(0)):
            titles[-1] = (titles[-1][0], aside.end())  # the aside is part of the post (but
            # not where it says who sent him: "主任(深圳援疆)于敬会" is 主任)
        if not titles or text[titles[-1][0] : titles[-1][1]] in _TRADE_HEADS:
            continue
        if (
            text[titles[-1][0] : titles[-1][1]].endswith(("干部", "干部人才"))
            and text[pos + len(name) : pos + len(name) + 1] != "、"
            and (
                not (reads_as_name(name) or surname_and_noun(name))
                or not surname_at(text, pos)
                or name[0] in "和与及同"
            )
        ):
            continue  # "援派干部和专业技术人才", "援青干部已至": words after cadres, no name
        titles = [_after_listed_name(text, t, out) for t in titles]
        titles = [part for t in titles for part in _split_concurrent(text, t)]
        title_mentions = [
            Mention(
                "title", s, text[s[0] : s[1]], {"title": _without_count(text[s[0] : s[1]])}, sure
            )
            for s in titles
            if not quoted and not held_by  # (a post said with 为 is a role in a verb phrase)
        ]
        person = Mention("person", (pos, pos + len(name)), name, {"name": name}, sure)
        out.append((person, title_mentions))
        # a list of names after the first shares its titles: 副省长刘远坤、陈鸣明
        after = pos + len(name)
        leaders = bool(titles) and text[titles[-1][0] : titles[-1][1]].endswith("领导")
        while after < hi and text[after] == "、":
            nxt, sure_next = name_at(text, after + 1, hi), 0.9
            if not nxt:  # "…、乃依木·亚森、…": a name transliterated in parts, in the list
                dotted = _DOTTED_IN_LIST.match(text, after + 1, hi)
                nxt = dotted.group(0) if dotted else ""
            if not nxt:  # "省领导王晓、蒿慧杰、王海鹏": a surname outside the list, in a list
                nxt, sure_next = _listed_unlisted(text, after + 1, hi), 0.8
            if not nxt:  # "领导洛桑江村、丁业现、庄严、严金海": a name that is also a word,
                nxt, sure_next = _word_name_in_list(text, after + 1, hi), 0.8  # between names
            if not nxt and leaders:  # "那曲市领导陈刚、杨东升、加多、吉珠平措": a name of no
                nxt, sure_next = (
                    _unlisted_in_leaders_list(text, after + 1, hi),
                    0.8,
                )  # listed surname
            if not nxt or _HEAD.match(text, after + 1 + len(nxt)):
                break
            e = after + 1 + len(nxt)
            body = re.match(
                r"[\u4e00-\u9fff]{0,4}?(?:小学|中学|学校|大学|学院|医院|公司|集团)",
                text[e : e + 10],
            )
            if body and _HEAD.match(text, e + body.end()):
                break  # "校长杭佳楣、龙虎塘实验小学校长钱丽美": a school opens the next post
            if re.match(r"[县市区州省](?:委|政府|人大|政协)", text[e : e + 3]):
                break  # "主席廖玉平、平武县委副书记罗盛军": a county's name opens the next post
            if nxt[-1] in "村镇乡县区市州" and (post := _HEAD.search(text, e, min(hi, e + 10))):
                if not re.search("[、，,。；;]", text[e : post.start()]):
                    break  # "…副书记吉斯尼格、翁草村党支部书记石流堂": a place opens the next post
            nm = Mention("person", (after + 1, after + 1 + len(nxt)), nxt, {"name": nxt}, sure_next)
            out.append(
                (
                    nm,
                    [
                        Mention(t.kind, t.span, t.text, dict(t.value), sure_next)
                        for t in title_mentions
                    ],
                )
            )
            after = after + 1 + len(nxt)
        last = _joined_last_name(text, after, hi)
        if last:  # "援疆医生李荣华、林壮和袁琦文", "两位援滇干部——禹延亮和翟凌晨"
            listed = "、" in text[pos:after] or _plural_chain(text, titles)
            nm = Mention("person", (after + 1, after + 1 + len(last)), last, {"name": last}, 0.8)
            shared = [Mention(t.kind, t.span, t.text, dict(t.value), 0.8) for t in title_mentions]
            out.append((nm, shared if listed else []))
    return out


# a post's aside in brackets before the name: how it is held (挂职, 主持工作, 兼, 正处级, 深圳援疆 …)
_POST_ASIDE = re.compile(
    r"[(（](?:挂职|主持工作|兼任?[\u4e00-\u9fff]{0,6}|[正副][处厅科县]级|[\u4e00-\u9fff]{0,4}援[疆藏青])[)）]"
)
_SENT_FROM = re.compile(r"[\u4e00-\u9fff]{2}援[疆藏青]")
_SPACES = re.compile(r"[ \u3000\u00a0]+")
_WORD_IN_LIST = re.compile(r"[\u4e00-\u9fff]{2,3}(?=、)")


# when, after 于 (in): "于今年4月支援乌什"
_TIME_WORDS = set(
    "今年 去年 明年 当年 同年 近日 日前 今天 昨天 当天 当日 次日 本月 上月 近期 年初 年底".split()
)
# after 向 (to) or 对: a name and the post that follows it, or a school or hospital by its place
_TO_SOMEONE = re.compile(
    rf"[\u4e00-\u9fff]{{2,3}}?(?:常务|第一)?(?:{_HEAD.pattern})"
    r"|[\u4e00-\u9fff]{2,4}?(?:初级中学|高级中学|中学|小学|学校|大学|学院|医院|卫生院)"
)


def _word_name_in_list(text: str, pos: int, hi: int) -> str:
    """A surname and one or two characters that read as a word (庄严, solemn), between two list
    marks of a list of names, where a name follows it: in a list of people it is a name."""
    m = _WORD_IN_LIST.match(text, pos, hi)
    if not m or len(surname_at(text, pos)) != 1 or _is_place(m.group(0)):
        return ""
    return m.group(0) if name_at(text, m.end() + 1, hi) else ""


_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}(?=[、，,。；;等])")


def _unlisted_in_leaders_list(text: str, pos: int, hi: int) -> str:
    """An item of two to four characters between list marks of a list of a place's leaders,
    that reads as no word, place or post: a name whose surname the list does not hold (加多,
    吉珠平措)."""
    m = _LIST_ITEM.match(text, pos, hi)
    if not m:
        return ""
    item = m.group(0)
    if (
        is_common_word(item)
        or _is_place(item)
        or item[-1] in _PLACE_END
        or BOUNDARY.search(item)
        or AID_WORD.search(item)
        or _HEAD.search(item)
    ):
        return ""
    return item


def _joined_last_name(text: str, after: int, hi: int) -> str:
    """The name joined by 和 (and) after a titled name or list, "…林壮和袁琦文", if it is a
    surname and two characters, with no post after it (not "张三和市长李四" nor "李四和王五书记")."""
    if text[after : after + 1] not in ("和", "及"):
        return ""
    if is_common_word(text[after : after + 2]):
        return ""  # "徐武及时手术": 及时 (in time), no second name after "and"
    name = name_at(text, after + 1, hi, titled=True)
    if len(name) != 3 or len(surname_at(name, 0)) != 1 or _HEAD.match(text, after + 4):
        return ""
    if name[-1] in _PLACE_END or _is_place(name):
        return ""  # "鲍义志及江苏省对口帮扶的…": a province, no name
    if runs_on_into_a_word(text, after + 3, hi):
        return ""  # "马昕及党办工作人员": 工作 (work) runs on, no 党办工
    return name


def _plural_chain(text: str, titles: list[tuple[int, int]]) -> bool:
    """The posts before the names are a group's ("两位援滇干部", "3位援疆医生"): a count opens
    the chain, so every listed name holds them."""
    before = text[max(0, titles[0][0] - 12) : titles[0][0]] if titles else ""
    return bool(re.search(r"[两二三四五六七八九十\d]+[名位][\u4e00-\u9fff]{0,8}$", before))


def _split_concurrent(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The posts in one chain element: "…公司党委书记兼董事长" is 党委书记 and 董事长 (兼, held
    with it). The element starts after any letters or digits run into it ("QQ图片2025…援青医生"),
    but a number that is a regiment's or an ordinal (第17届, 2017级) stays in it."""
    s, e = span
    lead = re.match(r".*[A-Za-z0-9]", text[s:e])
    if lead and re.search(r"[\u4e00-\u9fff][A-Z]{2,5}$", lead.group(0)):
        lead = None  # "宁波市第九医院ICU专家": a ward's abbreviation inside the post
    if lead and lead.end() < e - s:
        cut = lead.end()
        if text[s + cut] in "团师":  # "221团党委副书记": a regiment's number is its name
            cut = re.search(r"\d+$", text[s : s + cut]).start()
        elif text[s + cut] in "届批期级":  # "第17届支教团成员", "2017级…研究生": an ordinal
            cut = re.search(r"第?\d+$", text[s : s + cut]).start()
        s += cut
    parts, start = [], s
    for m in re.finditer("兼(?:任)?", text[s:e]):
        cut = s + m.start()
        if _ENDS_IN_HEAD.search(text[start:cut]) and cut + len(m.group(0)) < e:
            parts.append((start, cut))
            start = cut + len(m.group(0))
    # "县委常委宣传部长", "县委常委副县长": a seat on the standing committee, then a second post
    # run into it (not 常委会, the committee itself)
    # "县委副书记县长": a Party post, then the government's head run into it
    party = re.search("书记(?=副?[省市县区州盟旗镇乡]长$)", text[start:e])
    if party:
        parts.append((start, start + party.end()))
        start += party.end()
    # "慰问团带队领导开封市教体局党组成员": a group's leader, then a post at a place's body
    led = re.search(
        "领导(?=[\u4e00-\u9fff]{1,4}[省市县区州盟旗][\u4e00-\u9fff]{2,})", text[start:e]
    )
    if led and _ENDS_IN_HEAD.search(text[start + led.end() : e]):
        if led.start() > 0:  # (a bare 领导, "leader", is no post of its own)
            parts.append((start, start + led.end()))
        start += led.end()
    for m in re.finditer("常委(?!会)", text[start:e]):
        cut = start + m.end()
        if e - cut >= 2 and _ENDS_IN_HEAD.search(text[cut:e]):
            parts.append((start, cut))
            start = cut
            break
    parts.append((start, e))
    return parts


def _after_listed_name(text: str, span: tuple[int, int], found: list) -> tuple[int, int]:
    """A title that starts with a person just listed and 和 ("市领导董维波、陈永和兴仁市领导蔡洪斌",
    where the dictionary reads 永和 as a word) starts after the 和."""
    start, end = span
    for person, _ in found[-4:]:
        at = text.find(person.text, start, end)  # "…副局长李展健和县人民医院副院长": after 和
        after = at + len(person.text)
        if at >= 0 and text[after : after + 1] in ("和", "与", "及"):
            return after + 1, end
    return span


_DOTTED_IN_LIST = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}(?=[、，,。；;等])")
# a list of names, their number and their post after them: "喻中胜、左增新、彭梭三位老师"
_LISTED_THEN_COUNTED = re.compile(
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}?)+)(?:等)?"
    r"(?P<count>[两二三四五六七八九十\d]+)(?:位|名)(?P<title>" + "|".join(HEADS) + ")"
)


# the same list with 和 before its last name and a kind of people after the count, no post:
# "派出文盛宇、沈钰、唐鑫和李毅4名专业技术人员" — names only where the count is theirs
_LISTED_THEN_COUNTED_PEOPLE = re.compile(
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:(?:、[\u4e00-\u9fff]{2,3}?)+(?:[和及与][\u4e00-\u9fff]{2,3}?)?"
    r"|[和及与][\u4e00-\u9fff]{2,3}?))等?"  # "刘维、巩翠芝、张秀成三位退休教师" too
    r"(?P<count>[两二三四五六七八九十]|\d{1,2})(?:位|名|任)(?:\d{4}年)?[\u4e00-\u9fff]{0,6}?"
    r"(?:人员|专家|医生|医师|教师|老师|干部|队员|志愿者|同志|学生|骨干|技术员|护士|校长|院长|教授)"
)
# two names or more, then 等 and the leaders of a place they are: "田庆敏、王锋、蒋智敏等县领导",
# "叶朝阳、兰刚等永嘉和红原县领导" (the places named, no clause with 的)
_LISTED_THEN_LEADERS = re.compile(
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){1,})等"
    r"(?P<title>(?:(?!的)[\u4e00-\u9fff]){0,8}?[省市县区州盟旗镇乡]领导)"
)
_SMALL_COUNTS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
# three names or more, then 等 and who they are: "看望了李佳、吴计亮、周园园等老师"
# or one name or more, 等 and a count: "选派李建保等五任校长", "孟二冬、周守晋等90名北京大学教授"
_LISTED_THEN_KIND = re.compile(
    r"(?:(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,})等"
    r"(?:[两二三四五六七八九十\d]+(?:位|名))?"
    r"|(?P<few>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*)等"
    r"(?:[两二三四五六七八九十百\d]+(?:位|名|任)|第[一二三四五六七八九十\d]{1,3}批)"
    r"(?:[\u4e00-\u9fff]{2,8}?)?)"
    r"(?:人员|专家|医生|医师|教师|老师|干部|队员|志愿者|同志|学生|骨干|技术员|护士|"
    + "|".join(HEADS)
    + ")"
)


def _people_listed(parts: list[str], pos: int, counted: bool = False) -> list[Mention]:
    """A mention for each part of a list starting at ``pos`` (one mark between parts), or none
    where any part does not read as a name. ``counted``: the count after the list is the number
    of its parts, so a name the dictionary reads as words (陈叔平: 叔平) is taken too."""
    people = []
    for part in parts:
        if not surname_at(part, 0) or is_common_word(part) or not (counted or reads_as_name(part)):
            return []
        people.append(Mention("person", (pos, pos + len(part)), part, {"name": part}, 0.8))
        pos += len(part) + 1
    return people


def find_listed_then_counted(text: str, lo: int = 0, hi: int | None = None):
    """[(person, title)] for names listed before their count and post; each for review."""
    hi = len(text) if hi is None else hi
    out = []
    titled = [
        *_LISTED_THEN_COUNTED.finditer(text, lo, hi),
        *_LISTED_THEN_LEADERS.finditer(text, lo, hi),
    ]
    listed = [
        m
        for m in [
            *_LISTED_THEN_COUNTED_PEOPLE.finditer(text, lo, hi),
            *_LISTED_THEN_KIND.finditer(text, lo, hi),
        ]
        if not any(t.start() < m.end() and m.start() < t.end() for t in titled)
    ]  # (a list with its post after the count is read below, with the post)
    for m in listed:
        group = "few" if m.groupdict().get("few") else "names"
        parts = re.split(r"[、和及与]", m.group(group))
        count = m.groupdict().get("count")
        if count and _count_of(count) != len(parts):
            continue
        pos = _list_start(parts, m.start(group), bool(count))
        out += [(person, None) for person in _people_listed(parts, pos, counted=bool(count))]
    for m in titled:
        title = m.group("title")
        parts = m.group("names").split("、")
        count = m.groupdict().get("count")
        counted = bool(count) and _count_of(count) == len(parts)
        pos = _list_start(parts, m.start("names"), counted)
        post = Mention("title", m.span("title"), title, {"title": title}, 0.8)
        for person in _people_listed(parts, pos, counted=counted):
            out.append((person, post if title != "干部" else None))  # 干部 alone is anyone
    return out


def _count_of(count: str) -> int | None:
    """'7' -> 7, '七' -> 7 (counts of a few names), else None."""
    return int(count) if count.isdigit() else _SMALL_COUNTS.get(count)


def _list_start(parts: list[str], pos: int, counted: bool) -> int:
    """Where a list of names starts: a first part of three characters that is no name loses
    its first one ("支教的李佳、…", "派出了张健、…": the list starts at 李佳, 张健). ``parts``
    is changed in place; the list's new start is returned."""
    first = parts[0]
    if len(first) == 3 and not (surname_at(first, 0) and (counted or reads_as_name(first))):
        parts[0] = first[1:]
        return pos + 1
    return pos


# a profile's opening: "侯继军，男，汉族，1971年10月生。现任…" — the name and its birth line
_PROFILE_NAME = re.compile(
    r"(?:^|(?<=[\n。；】]))\s*(?P<name>[\u4e00-\u9fff]{2,3})[，,]\s*(?:[男女][，,]\s*)?"
    r"(?:[\u4e00-\u9fff]{1,4}族[，,]\s*)?(?:19|20)\d\d年\d{1,2}月(?:出)?生"
)


# a name after its age: "43岁的罗冬霞是甘肃临夏人"
_AGED = re.compile(r"(?<![\d.])\d{1,2}岁的(?=[\u4e00-\u9fff])")


def find_profile_names(text: str, lo: int = 0, hi: int | None = None) -> list[Mention]:
    """The person a profile opens with, before their birth line, and a name after its age."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _PROFILE_NAME.finditer(text, lo, hi):
        name = m.group("name")
        if surname_at(name, 0) and not is_common_word(name):
            out.append(Mention("person", m.span("name"), name, {"name": name}, 0.9))
    for m in _AGED.finditer(text, lo, hi):
        dotted = _DOTTED_NAME_FULL.match(text, m.end(), hi)
        if dotted:  # "29岁的古丽娜尔·阿不拉说": a name transliterated in parts
            name = dotted_name(dotted.group(0))
            if name:
                out.append(
                    Mention("person", (m.end(), m.end() + len(name)), name, {"name": name}, 0.8)
                )
            continue
        name = name_at(text, m.end(), hi)
        if name and not BOUNDARY.match(text, m.end() + len(name)):
            continue  # "5岁的阿卜杜热伊木": part of a longer transliterated name
        if name and reads_as_name(name) and not is_common_word(name):
            out.append(Mention("person", (m.end(), m.end() + len(name)), name, {"name": name}, 0.8))
    return out


_INVOKED_BEFORE = re.compile(r"贯彻|落实|学习|领会|遵循|按照|牢记|践行|秉承|弘扬|指引|围绕|完成")
_INVOKED_AFTER = re.compile(
    r"(?:关于|的?重要|殷殷嘱托|指示|指引|亲自|多次|交给|对[\u4e00-\u9fff]{1,8}提出"
    r"|视察[\u4e00-\u9fff]{0,8}?(?:时的)?重要讲话"
    r"|曾?(?:指出|强调)[，,：:]"  # "习近平总书记指出，…": his words quoted, at no event named
    # "习近平总书记作出重要指示", "党中央、习近平总书记赋予的重大责任": an instruction, a trust
    r"|作出(?:重要)?(?:指示|批示)|赋予|寄予)"
)  # "习近平总书记视察重庆重要讲话重要指示精神": his words invoked


def leader_invoked(text: str, start: int, pos: int, lo: int = 0) -> bool:
    """The name at ``start`` before 总书记 at ``pos`` invokes the leader's words or deeds rather
    than naming an actor: "贯彻落实习近平总书记关于…", "闽宁协作是习近平总书记在福建工作期间…"."""
    before = re.split(r"[。；;！!？?\n]", text[max(lo, start - 24) : start])[-1]
    return bool(
        _INVOKED_BEFORE.search(before[-8:])
        or re.search(r"(?:学习|深入|认真)贯彻", before)  # "学习贯彻…精神和习近平…"
        or _INVOKED_AFTER.match(text, pos + 3)
        or re.search(r"是$", before)  # "闽宁协作是习近平总书记…开创的": a deed recalled
        or re.search(r"党中央[、和]$", before)  # "党中央、习近平总书记": the leadership named
        # "20名农民党员给习近平总书记写信": written to, no act of his
        or before.endswith("给")
        and text.startswith(("写信", "去信", "寄信"), pos + 3)
    )


def find_name_then_title(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """'习近平总书记', '卢林副市长': a known name followed directly by a title word; any name
    before 总书记 (the one title always written after the name)."""
    hi = len(text) if hi is None else hi
    out = []
    for m in re.finditer("总书记", text[lo:hi]):
        pos = lo + m.start()
        for n in (3, 2):
            start = pos - n
            if (
                start >= lo
                and surname_at(text, start)
                and re.fullmatch("[\u4e00-\u9fff]+", text[start:pos])
                and not is_common_word(text[start + 1 : pos])  # "学习贯彻总书记…": 习 + 贯彻
            ):
                name = text[start:pos]
                # "贯彻落实习近平总书记关于…的重要论述": the leader's words invoked, no actor
                # of the event reported, so neither person nor post
                if not leader_invoked(text, start, pos, lo):
                    out.append(
                        (
                            name,
                            Mention("title", (pos, pos + 3), "总书记", {"title": "总书记"}, 0.95),
                        )
                    )
                break
    if not names:
        return out
    pat = re.compile(
        "(?P<name>" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + ")"
        "(?P<title>总书记|副市长|市长|副省长|省长|书记|主席|总理"
        # a post written after a name already known: "蔡国华厅长致辞", "徐家良教授"
        "|(?:常务)?副?(?:厅长|局长|部长|主任|院长|校长|县长|区长|州长|检察长|指挥长|总指挥|组长|队长|"
        "秘书长|会长|理事长|董事长|总经理)|教授|老师|副?主任(?:医师|护师)|主治医师|主管护师)"
        "(?![\u4e00-\u9fff]{0,2}(?:办公室|助理)|医师|护师|委员)"  # not 市长助理, 主任医师, 主任护师 …
    )
    for m in pat.finditer(text, lo, hi):
        # "乌鲁木齐台州商会朱桂金会长": the body before the name is the post's
        office = _office_before(text, m.start(), lo)
        post = office + m.group("title")
        span = (m.start("title") - (len(office) if office else 0), m.end("title"))
        out.append(
            (m.group("name"), Mention("title", span, post, {"title": post}, 0.9)),
        )
    return out


def find_posts_said_of(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[(name, title)] for a post a clause says a known person holds: "傅纪军是衢州市第七批
    援疆干部。", "尤习贵作为湖北省第二批援藏工作队领队，选派进藏…"; each for review."""
    hi = len(text) if hi is None else hi
    if not names:
        return []
    pat = re.compile(
        "(?P<name>"
        + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
        + ")(?:是|作为|系)(?=[\u4e00-\u9fff])"
    )
    out = []
    for m in pat.finditer(text, lo, hi):
        end = _POST_SAID_END.search(text, m.end(), min(hi, m.end() + 40))
        if not end or not _ENDS_IN_HEAD.search(text, m.end(), end.start()):
            continue
        chain = chain_before(text, end.start(), m.end())
        if chain and len(chain) == 1 and _BODY_DE.fullmatch(text, m.end(), chain[0][0]):
            chain = [(m.end(), chain[0][1])]  # "是厦门医学院附属口腔医院的主治医生": the body's
        if not chain or chain[0][0] != m.end():
            continue  # "是一名援疆干部", "是我们的好书记": what kind of person, not his post
        # "…管委会党组成员兼产业规划科科长": a post held with another is two
        chain = [part for span in chain for part in _split_concurrent(text, span)]
        for s, e in chain:
            if text[s:e] not in NOT_TITLES:
                post = text[s:e]
                out.append((m.group("name"), Mention("title", (s, e), post, {"title": post}, 0.8)))
    return out


# a body and 的 before the post a clause says a person holds (the annotators keep the 的)
_BODY_DE = re.compile(
    r"(?!一名|一位|我们|他们|当地)[\u4e00-\u9fff]{2,30}(?:医院|院|科|局|校|学|中心|公司|集团|部|委|办|厅|站|所)的"
)
# where a post said of a person ends: the clause's end, or what he did as its holder
_POST_SAID_END = re.compile(r"[，,。；;！!]|(?:选派|担任|带领|率|来到|赴|进藏|进疆|入疆|入藏)")


# a name with its title after it: "代表吴英杰书记", "北京市扶贫支援办汪兆龙副主任表示"; the given
# name holds no character of a post (张副市长 is 张 + 副市长, no name)
_NAME_THEN_HEAD = re.compile(
    "(?P<name>[" + "".join(sorted(SURNAMES)) + "]"
    # (the words 书记, 主任, 领导, 同志 end no name; their characters may be in one: 许志扬)
    # (常 starts 常委 and 常务, no given name's character: 张常华 has one)
    "(?:(?!书记|主任|领导|同志|常委|常务)"
    "[^副正代总党政协为是市省县区州镇乡村委局部厅处科组队长的等办和及与\\s\\dA-Za-z，,。、；;：:（）()“”《》]){1,2}?)"
    "(?P<title>"
    + "|".join(
        h
        for h in HEADS
        if h not in NOT_TITLES and h not in _TRADE_HEADS and h not in ("领导", "干部", "干部人才")
    )
    + ")"
)
# the same with a Tibetan name of two known parts, which has no surname: "…副主席多吉次珠一行" is
# read from 吉 by the rule above, "达瓦次仁副秘书长" not at all
_TIBETAN_THEN_HEAD = re.compile(
    "(?P<name>[\u4e00-\u9fff]{4})"
    + _NAME_THEN_HEAD.pattern[_NAME_THEN_HEAD.pattern.index("(?P<title>") :]
)
# what follows such a title: "张常华副院长、陈纯副院长又带领…", "段立文书记握着…的手"; else the
# dictionary must read the title as a word of its own ("张静主任通过…", not "…主任务")
_AFTER_NAME_AND_HEAD = re.compile("[，,。；;：:、]|又|握着|握住|" + "|".join(AFTER_NAME))
_ONE_CJK = re.compile(r"[\u4e00-\u9fff]")
# the office written just before such a name is the title's: 北京市扶贫支援办 + 副主任
_OFFICE_BEFORE = re.compile(
    r"[\u4e00-\u9fff]{2,14}(?:办公室|办|局|委员会|委|部|厅|政府|中心|公司|集团|协会|商会"
    r"|(?<![此各到住之好难相])处"  # "人事处王国栋处长"
    # a hospital's or a school's department: "心血管内科傅金木主任医师", "…口腔医学院吴立鹏医生"
    r"|(?<!我)(?<!本)(?:科|院))$"
)


def _is_place(word: str) -> bool:
    """The dictionary reads ``word`` as one place, body or other proper name (南通), no person's."""
    return one_word_tag(word) in ("ns", "nz", "nt")


def _after_last_verb(office: str) -> str:
    """What of ``office`` follows its last adverb, preposition, particle or joining word: the
    body's name only ("如心血管内科" → 心血管内科; 发展和改革委员会 keeps its 和)."""
    import jieba.posseg

    jieba.setLogLevel(60)
    edge = cut = 0
    for w in jieba.posseg.cut(office, HMM=False):
        edge += len(w.word)
        if w.flag[0] in "dpu" or w.flag == "c" and w.word not in "和与及" or w.word in _JOINS:
            cut = edge
    return office[cut:]


_JOINS = {"使用", "是", "有", "如", "例如", "比如"}  # "正在使用佳木斯大学口腔医学院"


def _name_and_head_stand_alone(text: str, m: re.Match, lo: int, hi: int) -> bool:
    """With no usual word after it, a name and its post stand only where the dictionary reads both
    as words of their own: "的张静主任通过…", "先是王瑜副部长找我"; not "感谢广东医生", "实习支教师",
    "姚和瑞副院长" (the name starts at 姚), "来青博士", "司原司长" (原: former), "国旅总经理"."""
    import jieba.posseg

    start, head = m.start("name"), m.start("title")
    title = m.group("title")
    if (
        title in ("总书记", "专家", "成员")  # "白茶专家", "冷链专家": experts in a trade
        or title[0] in "省市县区州镇乡"
        or not _ONE_CJK.match(text, m.end(), hi)
    ):
        return False
    if not _ends_a_word(text, head, m.end(), hi):
        return False
    jieba.setLogLevel(60)
    left = max(lo, start - 6)
    edge, before, inside = left, None, []
    for w in jieba.posseg.cut(text[left:head], HMM=False):
        if edge < start < edge + len(w.word):
            return False  # a word runs into the name: 感谢|广东, 实习|支
        if edge + len(w.word) <= start:
            before = w
        else:
            inside.append(w)
        edge += len(w.word)
    if before is not None and len(before.word) == 1 and before.flag.startswith("nr"):
        return False  # 姚|和瑞: the name began a character earlier
    if inside and (inside[0].word in "任向" or inside[0].flag in ("p", "v")):
        return False  # "学校任德育主任的梁新", "向银龄教师请教": holds, towards
    name = m.group("name")
    if len(name) == 2 and (name[0] not in _COMMON_SURNAMES or len(inside) < 2):
        return False  # "银龄教师", "苏绣老师", "庄园副总经理": a word, no name
    return not (
        any(w.flag in ("ns", "nt", "nz", "j") for w in inside)
        or _is_place(name[1:])
        or name[0] == "原"  # "…办原常务副主任": former
        or name[-1] in "原前老现"
        or len(name) == 2
        and any(w.flag == "v" for w in inside)
    )


# the hundred commonest surnames: a two-character name read with no usual word after its post
# must have one of them
_COMMON_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳"
    "甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解"
    "牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边"
    "卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)


def _office_before(text: str, start: int, lo: int) -> str:
    """The office written just before the name at ``start`` whose post follows it (北京市扶贫
    支援办 in "北京市扶贫支援办汪兆龙副主任"), or ""."""
    left = text[max(lo, start - 16) : start]
    cut = max((left.rfind(c) for c in "，,。；;：:、（）()“”《》 \n"), default=-1)
    office = _OFFICE_BEFORE.search(left[cut + 1 :])
    office = office.group(0) if office and _last_stop(office.group(0)) == 0 else ""
    return _after_last_verb(office)  # "如心血管内科", "正在使用佳木斯大学口腔医学院"


def find_name_before_title(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[(person, [title])] for names not yet found, written before their title; each for review."""
    hi = len(text) if hi is None else hi
    out = []
    tibetan = [
        m for m in _TIBETAN_THEN_HEAD.finditer(text, lo, hi) if tibetan_name(m.group("name"))
    ]
    tibetan_ends = {m.end("name") for m in tibetan}
    for m in [*_NAME_THEN_HEAD.finditer(text, lo, hi), *tibetan]:
        name = m.group("name")
        start = m.start("name")
        if m.re is _NAME_THEN_HEAD and m.end("name") in tibetan_ends:
            continue  # "多吉次珠": a Tibetan name, not 吉次珠
        if not _AFTER_NAME_AND_HEAD.match(text, m.end(), hi) and not _name_and_head_stand_alone(
            text, m, lo, hi
        ):
            continue
        if text[max(lo, start - 1) : start + 1] in COMPOUND_SURNAMES:
            continue  # 诸葛建: the name starts a character earlier
        if len(name) == 3 and name[0] in "和与及同" and surname_at(name, 1):
            name, start = name[1:], start + 1  # "会议精神和杨辛副区长的讲话": and, then the name
        if start > lo and len(name) == 3 and len(_words(text[start - 1 : start + 1])) == 1:
            name, start = name[1:], start + 1  # "…有限公司杨杰董事长": 司 ends 公司, no surname
        elif start > lo and len(name) == 2 and len(_words(text[start - 1 : start + 1])) == 1:
            continue  # "园区刘经理": 区 ends 园区, and 刘经理 names no one in full
        if name in names or is_common_word(name) or not reads_as_name(name) or _is_place(name):
            continue  # (and "南通老师": a teacher from Nantong)
        if AID_WORD.search(name):
            continue  # "致敬援疆教师": teachers aiding Xinjiang, no one named
        if name[1] == name[0]:
            continue  # "谢谢老师": thanks (谢谢), then the teacher; a doubled surname is no name
        if len(name) == 3 and name[-1] == "任":
            continue  # "副省长李克任组长的…": serves as (任) the post, 李克 is named before it
        if len(name) == 2 and once_as(name):
            continue  # "杜世成就曾以副省长的身份": once (曾) as the post
        if len(name) == 2 and name[0] in "向对为与同跟给" and surname_at(name, 1):
            continue  # "汪胜向王书记介绍": to (向) Secretary Wang, a form of address
        if name[-1] in _PLACE_OR_BODY_END:
            continue  # "区妇联党组书记", "市侨联主席": a body's short name before its post
        if _across_known(text, start, m.end("name"), names):
            continue  # "习近平任组长": 平 ends a name already found, 平任 is none
        office = _office_before(text, start, lo)
        title = office + m.group("title")
        t_start = start - len(office)
        person = Mention("person", (start, m.end("name")), name, {"name": name}, 0.8)
        titled = Mention("title", (t_start, m.end()), title, {"title": title}, 0.8)
        out.append((person, [titled]))
    return out


_KIN = (
    "妻子|丈夫|儿子|女儿|父亲|母亲|妈妈|爸爸|爷爷|奶奶|孙子|孙女|老伴|哥哥|姐姐|弟弟|妹妹|"
    "大妈|大娘|大爷|阿妈|阿爸|姐妹"
)
# people named after who they are, with no post: "看望慰问了贫困群众何其礼、何存荣、何永斗"
_GROUP_NOUN = re.compile(
    r"(?:贫困群众|群众|村民|农户|藏族同胞|同胞|贫困户|困难户|脱贫户|牧民|老党员|致富带头人|党员|大学生|学生|患者|"
    r"(?<!少先)队员|"  # ("少先队员满怀激动": Young Pioneers, children, and what they felt)
    r"(?P<owner>老板|店主|摊主)|"  # "夜市老板艾尔肯·祖农为顾客上烤肉": a dotted name only
    r"市民|会员|居民|小女孩|女孩|男孩|志愿者|种植户|养殖户|农民|员工|职工|组员|闽商|浙商|苏商|粤商|鲁商|商人|"
    r"果农|菜农|茶农|校友|游客|旅客|妇女|大户|企业家|小伙子|小伙|小姑娘|姑娘|工作人员|司机|患儿|孤儿|学员|"
    # kin: "妻子康多", "儿子达娃扎西和女儿德吉曲珍", "妈妈加安拉姆"
    rf"(?P<kin>{_KIN})|"
    # a hospital department before its doctor: "恳请麻醉科陶海勇、妇产科陈娟等专家"
    r"(?:[内外儿骨眼]|妇产|麻醉|病理|口腔|急诊|重症医学|核医学|医学影像|影像|检验|药剂|放射|肿瘤|"
    r"心内|神经内|神经外|普外|呼吸|消化|康复|中医|皮肤|耳鼻喉|心血管内|泌尿外|胸外|肝胆外)科)"
    # "挂职贞丰县副县长的黄列": an aid cadre, by the post held on secondment; "担任海西州教育局
    # 副局长的林吉", "在…指挥部担任指挥的王都伟": by the post held
    r"|(?P<seconded>(?:挂职|担任|时任)[\u4e00-\u9fff]{0,12}?(?:" + "|".join(HEADS) + ")的)"
    # who someone is by age, home or work: "57岁的热依汗大娘", "旺比村的洛松玉珍", "来自贵州的陶廷友",
    # "在…示范园区工作的孙志国"
    r"|(?P<anchor>(?<![\d.])(?:\d{1,2}|[一二三四五六七八九十]{1,3})岁的|(?<=[\u4e00-\u9fff])(?:村|屯|社区)的"
    r"|(?<![\d.])\d{4}年(?:\d{1,2}月)?出生的"  # "1978年出生的丁兰英"
    r"|来自[\u4e00-\u9fff]{2,12}?的|(?<=[\u4e00-\u9fff])工作的"
    r"|出席[\u4e00-\u9fff]{2,10}?的)"  # "出席开馆仪式的黄志平及朱政"
)


# a name of four to six characters that spell sounds (Uyghur, Kazakh), ending where a name ends
_SPELT_NAME = re.compile(f"([{TRANSLITERATION}]{{4,6}})(?=[，,。；;：:、（(和与]|说|表示)")


def _across_known(text: str, pos: int, end: int, names: set[str]) -> bool:
    """text[pos:end] starts inside one of the known ``names`` as written there and runs past
    its end (平任 in 习近平任组长; not 杨敦干 inside a wrongly known 向杨敦干)."""
    return any(
        text.startswith(n, pos - k) and pos - k + len(n) < end
        for n in names
        for k in range(1, len(n))
    )


def _starts_with_noun(name: str) -> bool:
    """The dictionary reads the name's first two characters as a common noun (干部, 同志)."""
    return one_word_tag(name[:2]) == "n"


def _dictionary_name(text: str, pos: int, hi: int) -> str:
    """A two- or three-character name at ``pos`` that the dictionary reads as one person's name
    ("刘强" in "村民刘强的"; "向" in "群众向慈溪" is a preposition, no surname)."""
    import jieba.posseg

    jieba.setLogLevel(60)
    words = list(jieba.posseg.cut(text[pos : min(hi, pos + 6)], HMM=True))
    if not words or words[0].flag not in ("nr", "nrfg") or not 2 <= len(words[0].word) <= 3:
        return ""
    name = words[0].word
    if name[len(surname_at(name, 0)) :] in ADDRESS_WORDS:
        return ""  # "来自香港的蔡先生": Mr Cai, a form of address, no name
    return name if surname_at(name, 0) and name[0] not in _NOT_NAME_START else ""


def find_people_after_group(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for names listed right after a group noun (群众, 村民 …); each for review."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _GROUP_NOUN.finditer(text, lo, hi):
        pos = m.end()
        while pos < hi:
            dotted = _DOTTED_NAME_FULL.match(text, pos, hi)
            # "村民吾拉音·衣明家": a name transliterated in parts, not his home (a kin word's
            # dotted name is read by the rule for such names)
            if dotted and not m.group("kin"):
                name = dotted_name(dotted.group(0)) or dotted.group(0)
                if (
                    name[0] in _NOT_NAME_START
                    or all(map(_holds_a_place, name.split("·", 1)))
                    or _no_names_parts(name)
                ):
                    break  # "工作人员在深圳宝安·河池都安…": where they are, two places paired
                out.append(Mention("person", (pos, pos + len(name)), name, {"name": name}, 0.8))
                break
            if tibetan_name(text[pos : pos + 4]):  # "女儿顿珠拉姆1993年出生": two known parts
                name = text[pos : pos + 4]
                out.append(Mention("person", (pos, pos + 4), name, {"name": name}, 0.8))
                pos += 4
                if text[pos : pos + 1] not in ("、", "和"):
                    break
                pos += 1
                continue
            if m.group("owner"):
                break  # (a name in characters after an owner is the tagger's to read)
            spelt = _SPELT_NAME.match(text, pos, hi)
            if spelt and not m.group("kin"):  # "受助农户阿瓦妮萨罕和父亲": a name spelt out
                name = spelt.group(1)
                out.append(Mention("person", spelt.span(1), name, {"name": name}, 0.8))
                break
            name = name_at(text, pos, hi)
            # a post held or who they are stands before: a two-character name needs no dictionary
            placed = m.group("seconded") or m.group("anchor")
            # the dictionary reads the name where the rules cannot: "村民刘强的", "患者王凯给",
            # and after an age or a home, "58岁的拜春花术后"
            if len(name) != 3 and not placed or not name and m.group("anchor"):
                name = _dictionary_name(text, pos, hi)
            if (
                m.group("anchor")
                and name
                and all(c in TRANSLITERATION for c in name)
                and pos + len(name) < hi
                and text[pos + len(name)] in TRANSLITERATION
            ):
                break  # "5岁的阿卜杜热伊木": a transliterated name runs on past 阿卜杜
            if name.endswith("肉"):
                break  # "来自高原的牛羊肉": meat from the plateau, no one
            if m.group("kin") and (
                re.fullmatch(_KIN, name) or name.endswith("地") or describes_or_acts(name[1:])
            ):
                break  # "阿爸阿妈", "爸爸高兴地说", "妈妈常鼓励": no name after the kin word
            if (
                len(name) != 3  # a full name: "群众向慈溪…", "党员解了…" are no names
                and not (len(name) == 2 and (placed or _dictionary_name(text, pos, hi)))
                or name in names
                or name[0] in _NOT_NAME_START
                or _a_place_after_a_word(name)
                or _comes_to_a_place(text, pos, name)  # "游客来新疆", "游客游海北"
                or is_common_word(name)
                or _starts_with_noun(name)  # "党员干部更是…": 干部, a noun, starts no name
                or name[-1] == "地"  # "群众高兴地说": how they said it, no name
                and re.match(r"说|表示|告诉|介绍|讲|笑|回忆|道", text[pos + len(name) :])
                or unlike_a_given_name(name)  # "群众满意度和幸福感": what they feel, no name
                or _FIRM_AFTER.match(text, pos + len(name))  # "业主是…的农心(福建)食品有限公司"
            ):
                break
            out.append(Mention("person", (pos, pos + len(name)), name, {"name": name}, 0.8))
            pos += len(name)
            post = _HEAD.match(text, pos)  # "队员王立国副主任、李尊柱护士长": each with a post
            if post:
                pos = post.end()
            last = _joined_last_name(text, pos, hi)
            if last and last not in names and not is_common_word(last):
                out.append(Mention("person", (pos + 1, pos + 4), last, {"name": last}, 0.8))
                break  # "司机史玉明和史胜波驾驶…": the list ends with the name after 和
            if text[pos : pos + 1] != "、":
                break
            pos += 1
    return out


# a firm's trade name, then its place in brackets, its trade and what it is
_FIRM_AFTER = re.compile(
    r"[(（][\u4e00-\u9fff]{2,4}[)）][\u4e00-\u9fff]{0,6}?(?:有限公司|股份公司|集团|公司)"
)


# a profile's line: the name, a comma, then the posts — "李忠伟，丽水市委副秘书长(保留正处级)、一级调研员，
# 现挂职巴中市政府副秘书长；" (what follows the posts' comma is left to the other rules)
_NAME_COMMA_POSTS = re.compile(
    # "嘉宾：\n池永杰 青海省治多县委书记": a guest list's line, the name and a space
    # "赵部长(赵正诚，洱源县委常委、组织部部长)": a diary's aside names the person it meant
    r"(?:^|(?<=\n)|(?<=[(（]))[ \t\u3000]*(?P<name>[\u4e00-\u9fff·]{2,8})"
    r"(?:[，,]|[ \t\u3000]+(?=[\u4e00-\u9fff]))"
    r"(?:时任|现任)?(?P<posts>(?:[^，,；;。\n:：()（）]|[(（][^()（）\n]{1,12}[)）]){2,80}?)"
    r"\s*(?=[，,；;。)）]|$)",
    re.M,
)
_ASIDE = re.compile(r"[(（][^()（）]{1,12}[)）]")


def find_name_comma_posts(text: str, lo: int = 0, hi: int | None = None):
    """[(person, [titles])] for a line that opens with a name and a comma, then its posts; every
    post must end in a title word."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _NAME_COMMA_POSTS.finditer(text, lo, hi):
        name = m.group("name")
        start = m.start("name")
        if name_at(text, start, m.end("name")) != name and not _DOTTED_NAME_FULL.fullmatch(name):
            continue
        titles, pos = [], m.start("posts")
        for part in m.group("posts").split("、"):
            plain = _ASIDE.sub("", part).strip()
            if (
                not plain
                or not _ENDS_IN_HEAD.search(plain)
                or plain in NOT_TITLES
                or _last_stop(plain) > 0
            ):
                titles = []
                break
            s = pos + part.index(plain[:1])
            titles.append(Mention("title", (s, s + len(plain)), plain, {"title": plain}, 0.9))
            pos += len(part) + 1
        if titles:
            person = Mention("person", (start, m.end("name")), name, {"name": name}, 0.9)
            out.append((person, titles))
    return out


# posts held, then 的 and the name: "现任克州教育局教师培训中心副主任的严西平", "时任海西州副州长，
# 乌兰县委副书记、县政府副县长的许洪彬"
_HELD_POSTS_DE = re.compile(
    r"(?:现任|时任)(?P<posts>[^。；;！!？?\n“”]{2,60}?)的(?=[\u4e00-\u9fff])"
)


def find_held_posts_then_name(text: str, lo: int = 0, hi: int | None = None):
    """[(person, [titles])] for the posts held before 的 and a name; every post must end in a
    title word."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _HELD_POSTS_DE.finditer(text, lo, hi):
        name = name_at(text, m.end(), hi, titled=True)
        if not name or not reads_as_name(name):
            continue
        titles, pos = [], m.start("posts")
        # "时任广东省委副书记、深圳市委书记，现为深圳市人大常委会主任的刘玉浦": then and now
        for part in re.split(r"[、，,](?:现为|现任|后任)?", m.group("posts")):
            if not _ENDS_IN_HEAD.search(part) or part in NOT_TITLES or _last_stop(part) > 0:
                titles = []
                break
            titles.append(Mention("title", (pos, pos + len(part)), part, {"title": part}, 0.9))
            pos += len(part) + 1
            pos += 2 if text.startswith(("现为", "现任", "后任"), pos) else 0
        if titles:
            start = m.end()
            person = Mention("person", (start, start + len(name)), name, {"name": name}, 0.9)
            out.append((person, titles))
    return out


_DOTTED_NAME_FULL = re.compile(r"[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}")


# a name opening a sentence or clause, straight before a verb only people do: "王宏参加。",
# "林涛(中)与当地农牧民欢度藏历新年": who acts, though no post is said
_SUBJECT_START = re.compile(
    # (or after a quote that closed its sentence: "…很近。”陈美红说。")
    r"(?:^|(?<=[。；;！!？?\n])|(?<=[。！!？?][”」]))(?=[\u4e00-\u9fff]{2,4}(?:[(（][中左右][一二三四]?[)）])?"
    r"(?:参加|出席|陪同|表示|介绍|指出|强调|主持|致辞|讲话|发言|宣读|说[，,：:。]|与当地|一行))"
)
_SUBJECT_VERB = re.compile(
    r"(?:[(（][中左右][一二三四]?[)）])?(?:参加|出席|陪同|表示|介绍|指出|强调|主持|致辞|讲话|发言|"
    r"宣读|说[，,：:。]|与当地|一行)"
)


# a name held between words only a person stands between: "名叫沈文华", "受何厚铧委派",
# "，崔世安率协调小组…", "与魏宏分别代表两地政府签署"
_HELD_NAME = re.compile(
    r"(?:名叫|名为|叫做|(?<=[，,我])叫)(?P<a>[\u4e00-\u9fff]{2,3})(?=[，,。；;是])"
    r"|受(?P<b>[\u4e00-\u9fff]{2,3})(?=委派|委托|指派)"
    r"|(?<=[，,；;])(?P<c>[\u4e00-\u9fff]{2,3})(?=率领?|带领|带队)"
    r"|与(?P<d>[\u4e00-\u9fff]{2,3})(?=分别)"
    # "该片由李墨言执导": who made a work, after 由 (by)
    r"|由(?P<e>[\u4e00-\u9fff]{2,3}?)(?=执导|主演|编剧|创作|撰写|作词|作曲|主编|策划|主持)"
)


def find_held_names(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for a name between words that only a person stands between; each for review."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _HELD_NAME.finditer(text, lo, hi):
        group = next(g for g in "abcde" if m.group(g))
        pos, end = m.span(group)
        name = text[pos:end]
        if len(name) == 3 and name_at(text, pos + 1, end) and not name_at(text, pos, end):
            pos, name = pos + 1, name[1:]  # "，副崔安率": the name is the last two
        if name in names or not _reads_as_new_name(name):
            continue
        out.append(Mention("person", (pos, pos + len(name)), name, {"name": name}, 0.7))
    return out


# three names or more in a list, then what people do at a meeting: "公保扎西、王黎明、张锦刚、
# 赵月霞、朱向峰出席", "代表李剑、王凯、张亮、田哲发言"
_NAME_LIST_ACTS = re.compile(
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}?){2,})"  # not "王冲等"
    r"(?=(?:等同志|等领导|等)?(?:出席|参加|陪同|发言|参会|列席|分别|先后|一同|共同|来自|深入|前往)"
    # "带领詹刚、王吉、朱文海、李娇等人战斗在防疫一线": and others, people
    r"|等人(?![员才口民数次])"
    # "田庆敏、王锋、蒋智敏等县领导一同考察", "刘庆华、廖康、李勇等七名医疗人才": who they are
    # "谭锦球、蔡加赞、苏长荣等多位全国政协委员发起…"
    r"|等(?:多位|多名|数位|几位)?"
    # "走访了达娃拉姆、次仁央宗、旦增群珠、索朗德吉等四户藏族同学家庭": the families of four pupils
    # "为马进义、马尕录、牟永林等5户群众捐赠": a count in digits
    r"(?:[\u4e00-\u9fff\d]{0,6}(?:领导|同志|市民|人才|专家|干部|医生|教师|代表|成员|嘉宾|委员"
    r"|同学|学生|群众|村民|农户|家庭|患者|职工|员工|队员|学员))"
    # "赵庆平、曾晓黎、张延廷、王进东及祁连县相关领导参加了活动"
    r"|及[\u4e00-\u9fff]{0,10}?(?:领导|负责人|同志)(?:参加|出席|陪同|一同))"
    # two names opening a line or sentence before they attend: "张安顺、彭永林参加会见。"
    r"|(?:(?<=^)|(?<=[\n。；;]))(?P<pair>[\u4e00-\u9fff]{2,3}、[\u4e00-\u9fff]{2,3})"
    r"(?=(?:参加|出席|陪同)(?:会见|会谈|活动|会议|调研|考察)?[。；;，,]"
    # "叶朝阳、兰刚等永嘉和红原县领导参加考察": the two, then who they are, attend
    r"|等[\u4e00-\u9fff]{0,10}?(?:领导|同志|负责人)(?:参加|出席|陪同|一同))"
    # a long list of names, four or more, as a clause of its own: "；田峰、田侠、…、邱姝。"
    r"|(?:(?<=^)|(?<=[\n。；;：:，,]))(?P<long>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}?){3,})"
    r"(?=[。；;，,]|等|以及|——)",  # ("…、陈雪峰、石坚——眼前的4个…": a dash)
    re.M,
)


# who comes from which body, in a list: "5名队员分别是区人民医院吉家银、敬光怀、胡七一，区疾控中心
# 刘丽珍", "上海市南湖职业学校周巧玲、汪琦、励晖，上海市澄衷高级中学徐雪君"
_BODY_THEN_NAMES = re.compile(
    r"(?:医院|中心|学校|中学|小学|大学|学院|公司|集团)"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*)(?=[，,。；;]|$)",
    re.M,
)


def find_names_after_body(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for names right after the body each comes from, in a list of such; each for
    review. Every part must read as a new name."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _BODY_THEN_NAMES.finditer(text, lo, hi):
        parts = m.group("names").split("、")
        if not _names_but_one(parts, _reads_as_new_name):
            continue
        if len(parts) == 1 and len(parts[0]) == 2 and text[m.end() : m.end() + 1] not in "，,":
            continue  # "西宁市中医院康养。": a photo's caption, no list of who came from where
        pos = m.start("names")
        for part in parts:
            if part not in names:
                out.append(Mention("person", (pos, pos + len(part)), part, {"name": part}, 0.7))
            pos += len(part) + 1
    return out


def find_name_lists(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for each name of a list of three or more before a verb of attending or speaking,
    where every part reads as a name (the first may carry a word before it); each for review."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _NAME_LIST_ACTS.finditer(text, lo, hi):
        group = next(g for g in ("names", "pair", "long") if m.group(g))
        parts = m.group(group).split("、")
        if sum(p[-1] in "镇乡村县区市州旗盟" for p in parts) >= 2:
            continue  # "分赴涧池镇、蒲溪镇、漩涡镇深入对接": towns, no people
        pos = m.start(group)
        first = parts[0]
        if "·" in first or text[pos - 1 : pos] == "·":  # "领导吐尔洪·阿不拉、祝升明…": the
            # list opens with a name transliterated in parts, to be read whole
            dot = text.rfind("·", max(lo, pos - 1), pos + len(first))
            start, end = transliterated_name(text, dot, lo, pos + len(first))
            if start == end or end != pos + len(first):
                continue
            parts[0], pos = text[start:end], start
        elif not _reads_as_listed_name(first):
            bounds = set(itertools.accumulate(len(w) for w in _words(first)))
            for cut in range(1, len(first) - 1):  # "代表李剑": the list starts at 李剑
                if cut not in bounds:
                    continue  # "相关部门、镇街、国企分别…": 关部门 cuts 相关 (related) in two
                if _reads_as_listed_name(first[cut:]):
                    parts[0], pos = first[cut:], pos + cut
                    break
            else:
                continue
        if group == "long":  # four names or more: one in five may read otherwise (范垂青: 垂青,
            # 高峰: a peak)
            odd = [
                p
                for p in parts
                if "·" not in p and not (_surname_and_given(p) and not _is_place(p))
            ]
            if any(not _odd_listed_name(p) for p in odd) or (
                sum("·" not in p and not _reads_as_listed_name(p) for p in parts)
                > max(1, len(parts) // 5)
            ):
                continue
        elif not _names_but_one(
            parts, lambda p: "·" in p or _reads_as_listed_name(p) and not _is_place(p)
        ):
            continue
        for part in parts:
            if part not in names:
                out.append(Mention("person", (pos, pos + len(part)), part, {"name": part}, 0.7))
            pos += len(part) + 1
    return out


def _names_but_one(parts: list[str], reads: Callable[[str], bool]) -> bool:
    """Every part of a list reads as a name, or, in a list of three or more, all but one, which
    is still no ordinary word and no place: a surname the list lacks or a given name that is
    also a word ("吉家银、敬光怀、胡七一", "张卫东、何明、须长军等常熟市民")."""
    odd = [p for p in parts if not reads(p)]
    return not odd or (
        len(parts) >= 3
        and len(odd) == 1
        and 2 <= len(odd[0]) <= 3
        and odd[0][0] not in _NOT_NAME_START
        and not is_common_word(odd[0])
        and not _is_place(odd[0])
    )


def _odd_listed_name(part: str) -> bool:
    """A part of a long list of names that reads as a word (高峰) yet may be a name: a surname
    and one or two characters, or a Tibetan name of two known parts, and no place."""
    return (tibetan_name(part) or bool(surname_at(part, 0)) and len(part) <= 3) and not _is_place(
        part
    )


def _surname_and_given(part: str) -> bool:
    """A surname (欧阳 too) and one or two characters, and no ordinary word."""
    surname = surname_at(part, 0)
    return (
        bool(surname)
        and 1 <= len(part) - len(surname) <= 2
        and part[0] not in _NOT_NAME_START
        and not is_common_word(part)
    )


def _reads_as_listed_name(part: str) -> bool:
    """A surname and one or two characters, or a Tibetan name of two known parts, that the
    dictionary reads as no ordinary word."""
    if len(part) == 4:  # 格桑卓玛, 欧阳小凤
        return tibetan_name(part) or part[:2] in COMPOUND_SURNAMES and not is_common_word(part)
    return (
        bool(surname_at(part, 0))
        and part[0] not in _NOT_NAME_START
        and not is_common_word(part)
        and (reads_as_name(part) or surname_and_noun(part))
    )


# a list of people each after the school, college or department they come from: "中山市第一中学
# 李宇、民众镇民众中学邹杰峰、三乡镇雍陌小学李莉…", "中国语言文学系金美、新闻传播学院罗萍…"
_LIST_RUN = re.compile(r"[^、，,。；;：:！!？?\n—]{3,24}(?:、[^、，,。；;：:！!？?\n—]{3,24}){2,}")
_FROM_BODY = re.compile(
    r"[\u4e00-\u9fff\d]*?(?:中学|小学|学校|学院|大学|医院|[一二三四五六七八九十\d]中(?![学心])|系"
    r"|局|中心)"  # "四川测绘局袁永明、陕西测绘局高斌、…"
    r"(?P<name>[\u4e00-\u9fff]{2,3})"
)


def find_each_after_its_body(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for a list of three or more names, each after the school or department it
    comes from; every part of the list must read so. Each for review."""
    hi = len(text) if hi is None else hi
    out = []
    for run in _LIST_RUN.finditer(text, lo, hi):
        parts, pos, found = run.group(0).split("、"), run.start(), []
        for k, part in enumerate(parts):
            m = _FROM_BODY.fullmatch(part) if k < len(parts) - 1 else _FROM_BODY.match(part)
            name = m.group("name") if m else ""
            start = pos + (m.start("name") if m else 0)
            if k == len(parts) - 1 and m:
                name = name_at(text, start, hi)  # "黄圃镇中学白涛分赴…": the name ends the list
                if len(name) == 3 and _runs_into_a_word(text, start, start + 3, hi):
                    name = name[:2]  # 白涛|分赴: 赴 goes, 分 with it
            if not name or not _reads_as_new_name(name):
                found = []
                break
            found.append(Mention("person", (start, start + len(name)), name, {"name": name}, 0.8))
            pos += len(part) + 1
        out += [p for p in found if p.text not in names]
    return out


# a name called comrade after a stop or a quote: "，阎树鑫同志被授予…", "“袁良同志”"; after 以
# before 为 ("以金士华同志为领队的第四批"), or after 是 ending a clause ("负责人是王龙兴同志；")
_COMRADE = re.compile(
    r"(?<![\u4e00-\u9fff])(?=[\u4e00-\u9fff]{2,3}同(?:志(?!为)|学(?![们会习])))"  # or 同学
    r"|(?<=以)(?=[\u4e00-\u9fff]{2,3}同志为(?:总?领队|组长|团长|队长|首|指挥长|负责人))"  # not 为榜样
    r"|(?<=是)(?=[\u4e00-\u9fff]{2,3}同志[，,。；;])"
    # after the body the comrade comes from: "…信息中心阚俊峰同志、新乡市局田向珂同志协助…"
    r"|(?:(?<=中心)|(?<=[局院厅办]))(?=[\u4e00-\u9fff]{2,3}同志[，,。；;、])"
)


# a research team named after its leader: "上海交通大学孔海南团队", "…大学庄松林院士团队"
_TEAM_LEADER = re.compile(
    r"(?:大学|学院|研究院|研究所|医院|科学院)(?P<name>[\u4e00-\u9fff]{2,3}?)"
    r"(?P<title>院士|教授|研究员|博士)?(?:团队|课题组)"
)


def find_team_leaders(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for the leader a research team is named after, between the institution and
    团队 (team) or 课题组; each for review."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _TEAM_LEADER.finditer(text, lo, hi):
        name = m.group("name")
        if name in names or name_at(text, m.start("name"), m.end("name")) != name:
            continue
        if is_common_word(name) or not reads_as_name(name):
            continue
        out.append(Mention("person", m.span("name"), name, {"name": name}, 0.7))
    return out


# a name, then how people address an elder or a neighbour: "的井根平老人", "做生意的张双江大爷",
# "巡边护边的布茹玛汗·毛勒朵大妈"
_NAME_THEN_ADDRESS = re.compile(
    r"(?:(?<=[的，,。、\s：:])|(?<=村民)|^)(?P<name>[\u4e00-\u9fff·]{2,12}?)"
    r"(?:老人|大姐|大哥|大爷|大妈|大叔|大娘|大婶|阿姨|奶奶|爷爷|老汉|老伯|大伯|阿妈)",
    re.M,
)


def find_names_before_address(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for a full name followed by a form of address for an elder or a neighbour (老人,
    大姐, 大爷 …), not inside quotes (a nickname: “库尔班大叔”); each for review."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _NAME_THEN_ADDRESS.finditer(text, lo, hi):
        name = m.group("name")
        if name in names or re.search("[爷奶姨妈叔哥姐伯婶娘]", name):
            continue  # "和爷爷奶奶": grandparents, no one named
        if text[m.start() - 1 : m.start()] in ("“", '"') or text[m.end() : m.end() + 1] in (
            "”",
            '"',
        ):
            continue
        if not (
            "·" in name
            and len(name) >= 5
            or surname_at(name, 0)
            and len(name) in (2, 3)
            and not is_common_word(name)
            or tibetan_name(name)
            or len(name) >= 3
            and all(c in TRANSLITERATION for c in name)
        ):
            continue
        out.append(Mention("person", m.span("name"), name, {"name": name}, 0.7))
    return out


# a team's roster, one member to a line (a reader may join the lines with spaces): the name, then
# the department (and post) the member comes from: "李纯孝妇产科队长", "林宙影像科", "施春兰新生儿科"
_ROSTER_ITEM = re.compile(r"[\u4e00-\u9fff]{3,7}科(?:副?(?:主任|队长|护士长)|主治医师|医师|护士)?")


def _roster_name(item: str) -> str:
    """The name opening a roster's item, where the dictionary reads a word after it."""
    if not _ROSTER_ITEM.fullmatch(item) or not surname_at(item, 0):
        return ""
    for n in (3, 2):
        name, rest = item[:n], item[n:]
        if len(_words(rest)[0]) >= 2 and not is_common_word(name) and not _is_place(name):
            return name  # (a given name may read as a word: 黄|建兴)
    return ""


def find_roster_names(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for each item of a roster, a line or a run of items split by spaces that are a
    name and the department its member comes from; each for review. Two such items at least,
    or the line alone."""
    hi = len(text) if hi is None else hi
    items = [(m.start(), m.group(0)) for m in re.finditer(r"[^\s]+", text[lo:hi])]
    found = [(lo + at, _roster_name(item)) for at, item in items]
    found = [(at, name) for at, name in found if name]
    if not found or len(found) < min(2, len(items)):
        return []
    return [
        Mention("person", (at, at + len(name)), name, {"name": name}, 0.7)
        for at, name in found
        if name not in names
    ]


def find_comrades(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for a name opening a clause and called 同志 (comrade); each for review."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _COMRADE.finditer(text, lo, hi):
        pos = m.start()
        called = re.compile("同[志学]").search(text, pos, pos + 5)
        if not called:
            continue
        name = text[pos : called.start()]
        if name in names or not _reads_as_new_name(name):
            continue
        out.append(Mention("person", (pos, called.start()), name, {"name": name}, 0.7))
    return out


def find_subjects(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for a name that opens a sentence before a verb of attending or speaking; each
    for review."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _SUBJECT_START.finditer(text, lo, hi):
        pos = m.start()
        if pos < lo:
            continue
        name = name_at(text, pos, hi)
        if (
            len(name) not in (2, 3)
            or name in names
            or name[:2] in names  # "陈伟在介绍…": 陈伟, named before, then 在
            or not _SUBJECT_VERB.match(text, pos + len(name))
            or is_common_word(name)
            or _starts_with_noun(name)
            or _is_place(name)
            or not reads_as_name(name)
        ):
            continue
        out.append(Mention("person", (pos, pos + len(name)), name, {"name": name}, 0.7))
    return out


# a name after the office or place a person comes from and 的, before what the person does:
# "来自市国土局的龚明克挂任…", "分配到省民政厅的廖永忠，被抽调…"
# (and 、 in a list of such: "滨海新区气象局的李云波、…分院的林朝旭、…")
_OFFICE_DE_NEXT = re.compile(
    r"挂任|挂职|担任|出任|被|第一次|再次|一行|说[，,。：:]|与|[，,。；;、]"
)
_OFFICE_DE = re.compile(
    r"(?:局|厅|办|委|部|院|校|学|区|县|市|镇|乡|村|公司|集团|中心|医院|办公室|指挥部|工作队|厅长|局长|县长|"
    r"市长|书记|主任|院长|校长)的"
    rf"(?=[\u4e00-\u9fff]{{2,3}}(?:{_OFFICE_DE_NEXT.pattern}))"
)


# a name after a clause that says who the person is and 的, before what people do or say:
# "同为支教老师的匡峰则以…", "…居民点的商祥军如是说"
_CLAUSE_DE_NAME = re.compile(
    r"(?<=[\u4e00-\u9fff]{2}的)(?P<name>[\u4e00-\u9fff]{2,3}?)"
    r"(?=如是说|[说则却]|告诉|表示|介绍|感慨|高兴地|颇为|满脸|从没|这样告诉|是一名|今年|，|,)"
)


# what makes a clause before 的 describe a person: a role, a post or an age ("作为…副主任的胡剑峰，")
_WHO_CLAUSE = re.compile(
    r"作为|同为|身为|担任|挂职|援[疆藏青黔]|岁|[员师长生者工手匠家]的$|人的$|"
    r"干部|书记|主任|老师|医生|村民|农民|牧民|党员|群众|队员|志愿者|专家|代表"
)


# last characters of places, things and kinds of people, never of a name found this way
_NO_NAME_END = set("县州市省区镇乡村屯河湖江山滩岭上下里中外树林花草人者声总傅们")


def unlike_a_given_name(name: str) -> bool:
    from .tagged_zh import unlike_a_given_name as unlike  # (tagged_zh reads this module)

    return unlike(name)


def find_people_after_a_clause(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for a name that a clause and 的 describe, before a verb of saying or a comma;
    each for review. The name must read as a new one (a listed surname, no word)."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _CLAUSE_DE_NAME.finditer(text, lo, hi):
        name = m.group("name")
        if name in names or not _reads_as_new_name(name) or name[-1] in _NO_NAME_END:
            continue  # "高原上的", "玉树州的", "白杨树": a place or a thing
        if len(name) == 2 and text[m.end() : m.end() + 1] in "，,":
            continue  # "…的王华，": a two-character name before a comma may be a word's start
        if unlike_a_given_name(name):
            continue  # a thing, no given name's characters
        if text[m.end() : m.end() + 1] in "，," and not _WHO_CLAUSE.search(
            re.split(r"[，,。；;！!？?\n]", text[max(lo, m.start() - 30) : m.start()])[-1]
        ):
            continue  # "搭建了援受双方的连心桥，", "香脆可口的巴旦木，": no one the clause describes
        out.append(Mention("person", m.span("name"), name, {"name": name}, 0.7))
    return out


def _reads_as_new_name(name: str) -> bool:
    """A surname and a given name that the dictionary reads as no word, no noun's start and no
    place: what a name found without a post must be."""
    return bool(
        surname_at(name, 0)
        and name[0] not in _NOT_NAME_START
        and not is_common_word(name)
        and not _starts_with_noun(name)
        and not _is_place(name)
        and reads_as_name(name)
    )


def find_names_after_office(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for a name after the office it comes from and 的, before a post taken, a
    passive or a stop; each for review."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _OFFICE_DE.finditer(text, lo, hi):
        pos = m.end()
        for n in (3, 2):
            name = text[pos : pos + n]
            if n == 3 and name[2] in "说讲称道":
                continue  # "凤岭乡的杨博说，": 杨博 says
            if (
                _OFFICE_DE_NEXT.match(text, pos + n)
                and name not in names
                and _reads_as_new_name(name)
                and name[-1] not in _NO_NAME_END  # "…度假区的高竹村，": a village, no one
            ):
                out.append(Mention("person", (pos, pos + n), name, {"name": name}, 0.7))
                break
    return out


_KIN_BEFORE = re.compile(
    r"^(?:[及其和与的同跟]+)?(?:弟弟|哥哥|姐姐|妹妹|父亲|母亲|儿子|女儿|妻子|丈夫|爷爷|奶奶|阿妈|阿爸)?"
)


def dotted_name(chunk: str) -> str:
    """A name transliterated in parts found in ``chunk`` (one ·), without the words the
    dictionary reads before it ("及其弟弟拉迪尔·拉齐尼") or after it ("古丽娜尔·阿不拉说")."""
    m = re.search(r"([\u4e00-\u9fff]{1,8})·([\u4e00-\u9fff]{1,8})", chunk)
    if not m:
        return ""
    first, last = m.group(1), m.group(2)
    # "及其弟弟": and his younger brother, before the name
    first = _KIN_BEFORE.sub("", first) or first
    lead = _words(first)[0]
    if len(lead) > 1 and len(first) - len(lead) >= 2 and runs_on_into_a_word(first, 0, len(first)):
        first = first[len(lead) :]  # "客商努尔·普拉提": a trader, then the name
    cut = BOUNDARY.search(last, 2)
    if cut:
        last = last[: cut.start()]  # "阿不拉说": the name ends where a word after names begins
    if len(last) > 2:
        last = re.sub(r"[家的]$", "", last)
    known = len(last) - len(last.lstrip(TRANSLITERATION))
    if 2 < known < len(last) and runs_on_into_a_word(last, known - 1, len(last)):
        known -= 1  # "努尔·普拉提满意地说": 满意 (pleased), 满 no part of the name
    if known >= 2:
        last = last[:known]  # "阿布都展示着": the name ends where its characters do
    return f"{first}·{last}" if first and last else ""


def _no_names_parts(name: str) -> bool:
    """A part of a dotted "name" holds three characters or more that no transliterated name is
    written with: "磐安·仪陇东西部扶贫协作…基地" pairs places and words."""
    return any(sum(c not in TRANSLITERATION for c in part) > 2 for part in name.split("·"))


_NAME_DOT = re.compile("·")
# a byline's name: "作者：赵海滨 买地娜·帕拉提" wrote the story, no actor in it
_BYLINE = re.compile(
    r"(?:作者|记者|编辑|责编|通讯员|摄影|摄)\s*[:：]?\s*(?:[\u4e00-\u9fff]{2,4}\s+)*$"
)


# a caption or subtitle that runs the names together before they attend: "周波廖国勋谭作钧诸葛宇杰
# 彭沉雷陈绍旺出席"
_RUN_OF_NAMES = re.compile(
    r"(?:^|(?<=\n))(?P<run>[\u4e00-\u9fff·]{6,40}?)"
    r"(?=(?:等)?(?:出席|参加|陪同)(?:有关|相关)?(?:活动|会议|会见|座谈)?。?[ \t]*(?:\n|$))",
    re.M,
)


def find_names_run_together(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for the names a caption runs together with no mark between them, where the
    article names at least two of them elsewhere: what stands between the known ones is a name
    too if it starts with a surname and is two to four characters long; each for review."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _RUN_OF_NAMES.finditer(text, lo, hi):
        known = sorted((n for n in names if len(n) >= 2), key=len, reverse=True)
        run, start = m.group("run"), m.start("run")
        parts, i, found = [], 0, 0
        while i < len(run):
            name = next((n for n in known if run.startswith(n, i)), "")
            if name:
                found += 1
                i += len(name)
                continue
            j = i
            while j < len(run) and not any(run.startswith(n, j) for n in known):
                j += 1
            parts.append((i, j))
            i = j
        if found < 2 or not parts or len(parts) > 2:
            continue
        if all(2 <= e - s <= 4 and surname_at(run, s) for s, e in parts):
            for s, e in parts:
                name = run[s:e]
                out.append(Mention("person", (start + s, start + e), name, {"name": name}, 0.7))
    return out


def find_dotted_names(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for a name transliterated in parts ("热依汗·依明双手…"), wherever it stands;
    each for review."""
    hi = len(text) if hi is None else hi
    out = []
    from .tagged_zh import is_byline, runs_into_a_word_at_its_end

    for m in _NAME_DOT.finditer(text, lo, hi):
        start, end = transliterated_name(text, m.start(), lo, hi)
        # "麦尔旦·米吉提大学毕业": the last part ends before the word it ran into
        if (
            end - 2 > m.end()
            and runs_into_a_word_at_its_end(text, start, end)
            and not text.startswith("说", end)  # "依明依力·买买提明说": 明 ends the name
        ):
            end -= 1
        name = text[start:end]
        # "崔玉英努尔兰·阿不都满金参加活动": names run together; the known name is the one
        known = next((n for n in names if "·" in n and n != name and n in name), "")
        if known:
            continue
        if (
            end > start
            and name not in names
            and not in_book_title(text, start, lo)
            and not _BYLINE.search(text, max(lo, start - 20), start)
            and not is_byline(text, start, end)  # "…采摘蔬菜。阿尔达克·拜斯汗 摄"
            and not any(part.endswith(_PROVINCES) for part in name.split("·"))
            and not all(map(_holds_a_place, name.split("·", 1)))
        ):
            out.append(Mention("person", (start, end), name, {"name": name}, 0.7))
    return out


def _holds_a_place(part: str) -> bool:
    """The dictionary reads a place of two characters or more in ``part``: two such parts
    ("深圳宝安·河池都安") pair two places, no person."""
    import jieba.posseg

    return any(len(w) > 1 and tag == "ns" for w, tag in jieba.posseg.cut(part, HMM=False))


# a province's name as a dotted part: "上海·西藏对口支援工作座谈会" pairs two regions, no person
_PROVINCES = tuple(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 "
    "广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split()
)


# a photo caption's position mark after a name: "王华(右二)和工作人员研究", "蒋青伟(左)与患者"
_POSITION_MARK = re.compile(r"[(（][左右中][一二三四五六]?[)）]")


def find_captioned_names(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for the name just before a caption's position mark, as the dictionary splits
    the words before it; each for review."""
    import jieba.posseg

    jieba.setLogLevel(60)
    hi = len(text) if hi is None else hi
    out = []
    for m in _POSITION_MARK.finditer(text, lo, hi):
        dotted = re.search(
            r"[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,6}$", text[max(lo, m.start() - 16) : m.start()]
        )
        if dotted:  # "拉迪尔·拉齐尼(右二)": a name transliterated in parts
            name = dotted_name(dotted.group(0))
            if name and name not in names:
                out.append(
                    Mention("person", (m.start() - len(name), m.start()), name, {"name": name}, 0.7)
                )
            continue
        start = max(lo, m.start() - 6)
        words = list(jieba.posseg.cut(text[start : m.start()], HMM=True))
        if not words:
            continue
        name = words[-1].word
        if len(words) > 1 and (len(name) == 1 or len(words[-2].word) == 1):
            joined = words[-2].word + name  # "许洪" + "彬", "李" + "逸群"
            if (
                2 <= len(joined) <= 3
                and re.fullmatch("[\u4e00-\u9fff]+", joined)
                and "nr" in (words[-2].flag, words[-1].flag)
            ):
                name = joined
        if (
            not 2 <= len(name) <= 3
            or name in names
            or not surname_at(name, 0)
            or is_common_word(name)
            or not reads_as_name(name)
            or _is_place(name)
        ):
            continue
        out.append(Mention("person", (m.start() - len(name), m.start()), name, {"name": name}, 0.7))
    return out


# posts in brackets after a name, as a quote is signed: "——连新良(温州市政府副秘书长、温州援疆指挥部
# 指挥长)"
_BRACKETED = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,4})[(（](?P<titles>[\u4e00-\u9fff、]{2,80})[)）]"
)


def find_bracketed_titles(text: str, lo: int = 0, hi: int | None = None):
    """[(person, [titles])] for a name with its posts in the brackets after it; every post must
    end in a title word, and the name must read as one."""
    from .tagged_zh import is_byline

    hi = len(text) if hi is None else hi
    out = []
    for m in _BRACKETED.finditer(text, lo, hi):
        start = m.start("name")
        for shift in range(len(m.group("name")) - 1):  # "…——连新良": the name ends at the bracket
            name = name_at(text, start + shift, m.end("name"), titled=True)
            if name and start + shift + len(name) == m.end("name"):
                break
        else:
            continue
        pos = m.start("titles")
        titles = []
        for part in m.group("titles").split("、"):
            if not part or not _ENDS_IN_HEAD.search(part) or part in NOT_TITLES:
                titles = []
                break
            titles.append(Mention("title", (pos, pos + len(part)), part, {"title": part}, 0.9))
            pos += len(part) + 1
        if not titles:
            continue
        s = m.end("name") - len(name)
        if is_byline(text, s, m.end("name")) or titles[-1].text.endswith("记者"):
            continue  # "撰文/摄影:辜鹏博(湖南日报摄影记者)": the writer, no actor
        out.append((Mention("person", (s, m.end("name")), name, {"name": name}, 0.9), titles))
    return out


# a broadcast transcript's speaker: "福建省援建彭州前方指挥部副指挥长 王知瑞：我们的…", "村民 艾彬：…"
_SPEAKER_LINE = re.compile(
    r"^[ \t]*(?P<posts>[\u4e00-\u9fff·、]{2,40})[ \t\u3000]+(?P<name>[\u4e00-\u9fff·]{2,8})[ \t]*[:：]",
    re.M,
)


# a line opened by a name and a colon: an interview's or a message's speaker ("张国晖:河南省援建
# 江油市前线指挥部指挥长", "李劲：“组团式”教育帮扶")
_NAME_COLON_LINE = re.compile(r"^[ \t]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*[:：](?![:：\d])", re.M)


def find_colon_names(text: str, names: set[str], lo: int = 0, hi: int | None = None):
    """[person] for each line that opens with a name and a colon; each for review (a label such
    as 来源 or 记者 reads as a word, no name)."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _NAME_COLON_LINE.finditer(text, lo, hi):
        name = m.group("name")
        if name.endswith("说"):  # "容铁说:“一次援藏行…”": the speaker is 容铁
            name = name[:-1]
        if (
            len(name) < 2
            or name in names
            or not surname_at(name, 0)
            or is_common_word(name)
            or not reads_as_name(name)
            or _is_place(name)
            or name[-1] in _PLACE_END
            or name.endswith(("号", "题", "先生", "女士"))  # 索引号, 原题, 包先生: labels, no names
        ):
            continue
        start = m.start("name")
        out.append(Mention("person", (start, start + len(name)), name, {"name": name}, 0.7))
    return out


def find_speakers(text: str, lo: int = 0, hi: int | None = None):
    """[(person, [titles])] for each line a transcript opens with who speaks; the posts are
    titles where each ends in a title word, otherwise (村民, 游客) the person has none."""
    hi = len(text) if hi is None else hi
    out = []
    for m in _SPEAKER_LINE.finditer(text, lo, hi):
        start, end = m.span("name")
        name = name_at(text, start, end, titled=True)
        if "·" in m.group("name"):
            name = m.group("name")  # "买买提·艾力": a name in parts
        if not name or start + len(name) != end:
            continue
        pos, titles = m.start("posts"), []
        for part in m.group("posts").split("、"):
            if _ENDS_IN_HEAD.search(part) and part not in NOT_TITLES:
                titles.append(Mention("title", (pos, pos + len(part)), part, {"title": part}, 0.9))
            pos += len(part) + 1
        out.append((Mention("person", (start, end), name, {"name": name}, 0.9), titles))
    return out
