"""Chinese personal names: a surname from the list below followed by one or two given-name
characters, accepted only where a boundary follows (punctuation, or a word that comes after a
name: 率, 在, 出席, 表示 …). Their pinyin comes from ``pypinyin`` with the surname reading
(谌 is Chén, not Shèn; 单 Shàn; 仇 Qiú …), so a name in characters can be matched to an actor
stored in pinyin, and back.

Why no segmenter's name tags: jieba's ``nr`` tag marks many ordinary words as names and misses
officials' names it has not seen; the title before a name, which official copy always gives
once, is a far better anchor. Names found that way are then found again wherever they recur.
The people copy names with no post at all are left to a trained tagger (``tagged_zh``), after
these rules.
"""

from __future__ import annotations

import re
import unicodedata

from pypinyin import Style, lazy_pinyin

from .mention import Mention
from .transliteration import TRANSLITERATION

COMPOUND_SURNAMES = (
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 司徒 夏侯 宇文 长孙 端木".split()
)
SURNAMES = set(
    "代雒"  # 代忠义, 雒洪志
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰"
    "焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
    "滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南"
    "班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国"
    "狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹"
    "诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由禄习"
    "洪赖洛贝贲钮荀邴糜隗宓郗钭韶蓟鄂莘贡逄郦濮郏宦庾暨殳蔚厍訾蒯竺桓凤昌寿"
)
# surnames whose reading as a name differs from the commonest reading of the character
SURNAME_READINGS = {
    "谌": "chen",
    "单": "shan",
    "仇": "qiu",
    "区": "ou",
    "解": "xie",
    "查": "zha",
    "曾": "zeng",
    "朴": "piao",
    "盖": "ge",
    "乐": "yue",
    "缪": "miao",
    "覃": "qin",
    "尉迟": "yuchi",
    "员": "yun",
    "繁": "po",
    "种": "chong",
    "万俟": "moqi",
    "长孙": "zhangsun",
    "纪": "ji",
    "秘": "bi",
    "宿": "su",
    "折": "she",
    "翟": "zhai",
    "尉": "wei",
    "藏": "zang",
    "葛": "ge",
    "重": "chong",
}
# words that may follow a name directly: the name ends where one of them starts
AFTER_NAME = sorted(
    "率领 率队 率 带领 带队 在 出席 主持 应邀 受邀 受聘 日前 近日 分别 作了 作 等 一行 同志 表示 说 指出 介绍 强调 "
    "代表 对 向 陪同 参加 致辞 讲话 宣布 会见 会晤 与 和 及 以及 也 还 一同 首先 先后 共同 前往 "
    "听取 考察 调研 看望 慰问 见证 签订 签署 签约 是 为 同 就 于 到 赴 来 从 将 希望 认为 "
    "作为 身为 强调指出 充分肯定 感谢 代表团 主任 书记 总书记 副市长 市长 省长 出任 担任 兼任 参与 参观 召开 "
    "副省长 副县长 县长 副区长 区长 副州长 州长 镇长 乡长 局长 部长 主席 "
    "推介 推荐 汇报 宣读 发言 通报 解读 点评 签字 授牌 颁发 揭牌 "
    "专程 亲自 全程 专门 特意 不辞辛苦 前来 多次 一直 始终 亲切 热情 谈到 谈及 "
    "成为 曾任 曾在 曾经 曾是 曾于 如是说 如是 所说 所言 "
    # "申乐副主任、赵彬副主任": a post straight after the name ends it
    "副主任 副院长 副局长 副部长 副主席 副秘书长 副书记 副组长 副队长 副校长 副总经理 院长 "
    "校长 护士长 主任医师 副主任医师 主治医师 主治医生 医生 医师 护士 教授 副教授 研究员 老师 站在 坐在 走进 来到 正在 看来 告诉 "
    # "县长李鹏军致欢迎辞", "毕薇薇给孩子们上课", "张勇接到一个电话", "蔡国成打来的电话"
    "致欢迎辞 致欢迎词 致词 致信 给 接到 收到 打来 交谈 任组长 任副组长 任团长 任队长 并不 并没有 甚是 "
    # "主席龚红携调研组一行", "“镇长”李辉钦吗？": bringing along, a question's particle
    "携 吗 "
    # "副市长胡洪随团考察": with the delegation
    "随团 随同 随行 "
    # "主席逯鹰会同武都区政协主席任文海…": together with
    "会同 偕同 协同 "
    # "副校长高启强最后总结", "徐荣双不顾劳累", "李清资倾情献唱"
    "最后 不顾 倾情 "
    # "常委许可慰荣获模范个人": an honour won
    "荣获 荣膺 获评 被评为 "
    # "援疆教师王平欣现担任…": now holds
    "现担任 现任 "
    # "援藏干部董智杭现在可能在家": now, already; "校长黄淑梅会上激动地说": at the meeting
    "现在 已经 仍然 依然 会上".split(),  # "陈茂辉站在指挥部的工程图表前"  # "骆明飞成为技术骨干", "苏智锋曾任"
    key=len,
    reverse=True,
)
_AFTER_NAME_CHARS = {w for w in AFTER_NAME if len(w) == 1}
_CJK = r"\u4e00-\u9fff"
_BOUNDARY = re.compile(r"[\s，,。、；;：:（）()“”\"'！!？?—…·]|" + "|".join(AFTER_NAME))
BOUNDARY = _BOUNDARY  # where a name ends: also read by the title rules


def surname_at(text: str, pos: int) -> str:
    two = text[pos : pos + 2]
    if two in COMPOUND_SURNAMES:
        return two
    return text[pos] if pos < len(text) and text[pos] in SURNAMES else ""


# surnames that are also words that join or move (和 and, 来 come, 到 arrive …): a name with
# them needs two given characters and no name starting after them
_WORD_SURNAMES = set("来和于同从到将对为由都应")  # 应: "医生应秉承…" (should)
# characters that end no name: particles and verbs that follow names
_NOT_NAME_END = set(
    "的受被把也还都又就才了及送今在副外是携吗则用对"
)  # "刘忻及代表团", "辛洪磊送来锦旗", "吴鹏今年", "李靖是…总牵头人", "龚红携调研组", "刘剑用“…”",
# "严冬对…提出了希望"
# aid to a region, no part of a name: "致敬援疆教师", "教师援疆"
AID_WORD = re.compile("援[疆藏青黔滇桂宁甘渝川蒙]")
# a Uyghur or other transliterated name, its parts joined by a middle dot
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}[·•‧・][\u4e00-\u9fff]")
# parts of Tibetan names, two of which make a four-character name (白玛旺堆, 扎西次仁)
TIBETAN_PARTS = set(
    "白玛 旺堆 扎西 次仁 多吉 格桑 达瓦 尼玛 央金 卓玛 措姆 顿珠 洛桑 强巴 拉巴 普布 索朗 边巴 平措 "
    "群培 赤列 嘎玛 丹增 罗布 次旦 益西 曲珍 德吉 巴桑 旦增 仁青 米玛 拉姆 琼达 单增 才旺 加措 "
    "嘉措 晋美 土登 公保 贡保 坚参 坚赞 多杰 尼玛 朗杰 占堆 旺姆 次珍 欧珠 桑珠 阿旺 罗桑 索南 "
    "贡布 贡嘎 仁增 曲扎 其美 扎巴 边珍 卓嘎 央宗 白珍 次珠 群宗 顿旦 扎桑 格列 巴珠 才让 塔杰 "
    # Qinghai's Tibetan names (扎西旺加, 才仁东周)
    "旺加 才仁 更登 尕藏 万玛 完玛 拉毛 吉美 旦正 本加 周加 角巴 久美 才旦 桑杰 昂文 东周 加羊 昂杰 "
    # (扎西东智, 诺日尖措, 赤列尼扎, 才让措毛)
    "东智 尖措 诺日 尼扎 才措 措毛 南杰 求措 吉措 扎多 才加 更求 昂秀 "
    # Kham and Amdo names of Sichuan, Yunnan and Gansu (四郎泽仁, 洛绒泽仁, 斯朗娜姆, 格绒追美)
    "四郎 泽仁 泽旺 泽郎 洛绒 格绒 追美 斯朗 娜姆 纳姆 呷绒 降措 降央 嘉央 拥措 志玛 翁姆 仁真 "
    "根秋 夺吉 尕玛 尕日 毛措 松吉 彭措 朋措 "
    # and more of Tibet's own (达娃拉姆, 旦增群珠, 洛桑江村, 白玛赤林, 洛松玉珍)
    "达娃 群珠 江村 赤林 向巴 洛松 江秋 端智 斯求 永青 肯热 曲旦 德曲 更智 切洋 昂旺 次成 加安 "
    "金美 西日 吾金 古桑 当觉 罗旺 热旦 玉珍 桑姆 索娜 赤来 旺杰 央珍 次央 德庆 拉珍 仓决 央拉 "
    "普琼 旺久 洛布 格勒 土旦 班久 巴珍 央吉 次吉 曲吉 边吉 旺扎 次多 贡觉 扎珠 白姆 尼珍 益珍 "
    "琼珍 德央 次松 仁珍 拉旺 次琼 扎央 曲措 洛追 格来 扎嘎 旦巴 向秋 拉宗 美朗".split()
)


# western places of the pairings that the dictionary reads as people's names (阿里 nrt, 那曲 nr):
# "阿里远、那曲高、昌都险" names three prefectures, no one
PLACES_READ_AS_NAMES = set(
    "阿里 那曲 林芝 哈密 阿勒泰 果洛 玉树 疏勒 伽师 泽普 叶城 巴楚 尼木 察隅 察雅 班戈 噶尔 普兰 "
    "札达 革吉 阿合奇 阿图什 乌恰 阿克陶 皮山 墨玉 于田 米林 德宏 安顺 "
    # and more of the aided counties the dictionary tags as names ("对口支援石渠、德格、甘孜县")
    "德格 石渠 若尔盖 马尔康 松潘 布拖 雷波 甘洛 宁蒗 德钦 香格里拉 贡山 玛曲 夏河 卓尼 天祝 "
    "海晏 泽库 玛沁 班玛 玛多 曲麻莱 囊谦 格尔木 德令哈 天峻 岳普湖 麦盖提 塔什库尔干 阿瓦提 "
    "柯坪 温宿 沙雅 察布查尔 特克斯 尼勒克 吉木乃 布尔津 富蕴 伊吾 丁青 左贡 墨脱 洛扎 隆子 "
    "琼结 桑日 聂拉木 萨迦 拉孜 谢通门 仁布 萨嘎 达孜 仲巴 巴青 昂仁 霍城 康马 吉隆 林周".split()
)


def tibetan_name(chars: str) -> bool:
    """Four characters made of two known parts of Tibetan names (白玛旺堆, 扎西次仁)."""
    return len(chars) == 4 and chars[:2] in TIBETAN_PARTS and chars[2:] in TIBETAN_PARTS


_SAYS = ("告诉", "表示", "介绍", "说", "指出", "强调")
_SAYS_NOT_说 = tuple(w for w in _SAYS if w != "说")  # (说明, 说服: no saying)
# what a titled person does right after a short name: "区委书记于勇率代表团", "区长于帆一行"
_LEADS = ("率", "一行", "带队", "带领", "主持", "出席", "陪同")


def one_word_tag(chars: str) -> str:
    """The dictionary's tag for ``chars`` where it reads them as one word ("ns" for 浙江, "n" for
    干部), else ""."""
    import jieba.posseg

    jieba.setLogLevel(60)
    words = list(jieba.posseg.cut(chars, HMM=False))
    return words[0].flag if len(words) == 1 else ""


def _is_place_word(chars: str) -> bool:
    """The dictionary reads ``chars`` as one place's name (浙江)."""
    return one_word_tag(chars) == "ns"


def runs_on_into_a_word(text: str, pos: int, hi: int) -> bool:
    """The dictionary reads a common word of two characters or more from ``pos`` (热情, 满意)."""
    import jieba

    jieba.setLogLevel(60)
    word = next(iter(jieba.cut(text[pos : min(hi, pos + 4)], HMM=False)), "")
    return len(word) > 1 and word_uses(word) > 1000


def transliterated_name(text: str, dot: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The span of a name transliterated in parts around the middle dot at ``dot``, each part
    two characters or more of ``TRANSLITERATION`` ("员工阿不都拉萨拉木·麦麦提依明和同事": the name is
    阿不都拉萨拉木·麦麦提依明), or (dot, dot) if either part is shorter."""
    hi = len(text) if hi is None else hi
    start = dot
    while start > lo and dot - start < 10 and text[start - 1] in TRANSLITERATION:
        start -= 1
    if text[start] == "班" and re.match(r"[\d一二三四五六七八九十]", text[start - 1 : start]):
        start += 1  # "四年级1班乃依麦·阿卜杜伊米提": the class (1班), then the pupil's name
    end = dot + 1
    while end < hi and end - dot <= 10 and text[end] in TRANSLITERATION:
        end += 1
    cut = _BOUNDARY.search(text, dot + 3, end)  # "阿迪力·艾力参加": 参加 follows the name
    if cut:
        end = cut.start()
    if end - dot - 1 > 2 and end < hi and runs_on_into_a_word(text, end - 1, hi):
        end -= 1  # "扎米拉·吾甫尔热情地": 热情 (warmly), 热 no part of the name
    elif end - dot - 1 > 3 and text[end - 1] in _ADVERB_AFTER and end < hi and text[end] > "一":
        end -= 1  # "买地娜木·买托乎提则分享": then (则), before what she did
    if dot - start < 2 or end - dot - 1 < 2:
        return dot, dot
    return start, end


# what follows a titled name: when he acted, or a meeting he held ("市长应勇今天下午会见")
_WHEN_OR_MEETS = ("今天", "昨天", "今年", "日前", "近日", "上午", "下午", "会见", "会谈")


def name_at(text: str, pos: int, end: int | None = None, titled: bool = False) -> str:
    """The name starting at ``pos`` (surname + 1 or 2 characters) if a boundary follows it.

    ``titled``: a title comes just before, so a name that is also a word (庄严, "solemn") counts
    when a verb that follows names (主持, 出席 …) comes after it."""
    end = len(text) if end is None else end
    if _DOTTED_NAME.match(text, pos, end):
        return ""  # "艾克拜尔·麦麦提明": 艾 is a surname, but this name is transliterated in parts
    tibetan = tibetan_name(text[pos : pos + 4])
    if tibetan and (pos + 4 == end or _BOUNDARY.match(text, pos + 4) or titled):
        return text[pos : pos + 4]  # (after a post, whatever follows: "乡长索朗多吉指着…")
    sur = surname_at(text, pos)
    if not sur:
        return ""
    if sur in _WORD_SURNAMES and not (titled and sur == "于") and name_at(text, pos + 1, end):
        return ""  # "和郭金龙书记": 和 joins the next name; "市长于海田" is no "at" after a post
    base = pos + len(sur)
    if sur in _WORD_SURNAMES and sur != "于" and word_uses(text[base : base + 2]) > 300:
        return ""  # "各级领导和同行的赞誉": and peers, no one named
    if once_as(text[pos : pos + 2]) and not _BOUNDARY.match(text, base + 1):
        return ""  # "杜世成就曾以副省长的身份": once (曾) as, no surname 曾
    if sur == "原" and _is_place_word(text[base : base + 2]):
        return ""  # "、原浙江省农办副主任": former, no surname
    if sur in _WORD_SURNAMES and text[base : base + 1] in tuple("市县区省州镇乡村级"):
        return ""  # "领导和市、县级…", "和村支两委": and the city, no name
    if text[base : base + 1] in ("我", "你", "您", "他", "她", "咱", "这"):
        return ""  # "成员来我校参会": 来 comes, to our school; a pronoun starts no given name
    if sur in _WORD_SURNAMES and text[base : base + 1] in "能会要可得已":
        return ""  # "村民都能赚到钱": all can, no surname 都
    if sur in _WORD_SURNAMES and text[base : base + 1] in "一二三四五六七八九十两":
        return ""  # "副区长和三县县长": and three counties' heads
    if sur == "区" and is_common_word(text[base : base + 2]):
        return ""  # "区妇联", "区巾帼": the district's bodies; 区 (Ou) is a rare surname
    if text.startswith(sur, base):
        return ""  # "殷殷嘱托", "常常": a doubled character is an adverb, not surname + name
    if text.startswith(VERB_STARTS, pos):
        return ""  # "负责人齐聚一堂": 齐 (together) and a verb, no surname
    word = _BOUNDARY.match(text, base)
    if word and word.end() - word.start() > 1:
        return ""  # "和市长出席", "黄主任": a word that follows names, not a given name
    for given in (2, 1, 3):  # 3: four-character names ("阿苏木呷讲话") when nothing shorter ends
        stop = base + given
        if stop > end:
            continue
        chunk = text[base:stop]
        if not re.fullmatch(f"[{_CJK}]+", chunk):
            continue
        if given == 2 and chunk in ADDRESS_WORDS:
            continue  # "来自香港的蔡先生": Mr Cai, whom the copy does not name in full
        if text[stop - 1] == "肉" and given > 1:
            continue  # "来自高原的牛羊肉": meat, no surname 牛 and a given name
        if sur == "区" and given == 1:
            continue  # "、区来沪人员…", "园区刘经理": 区 ends a word or names a district; as
            # the rare surname (Ou) it is read with a two-character given name only
        spoken = given == 2 and text[stop - 1] == "在" and text.startswith(_SAYS_NOT_说, stop)
        if (
            text[stop - 1] in _NOT_NAME_END
            and (given > 1 or text[stop - 1] == "的")
            and not spoken  # "会长谭徽在表示": 在 (at) comes before no verb of saying
        ):
            continue  # "魏晓辉的陪同下", "张定峰受…邀请", "部长宋的陪同下": a particle, not the
            # name's end
        if given > 1 and text[stop - 1 : stop + 1] in ("亲赴", "亲自", "亲临", "亲手"):
            continue  # "副书记皮玲亲赴机场": in person (亲), no part of the name
        if given > 1 and text[stop - 1] == "时" and text[stop : stop + 1] in "，,。":
            continue  # "见到校长周凤林时，": 时 (when) closes the clause, not the name
        if (
            given == 3
            and text[stop : stop + 1] in _AFTER_NAME_CHARS
            and word_uses(text[stop - 1 : stop + 1]) > 3000
        ):
            continue  # "杨兆辉工作手记": 工作 (work) is a word, 作 follows no such name
        if given > 1 and text[stop - 1] == "来" and text[stop : stop + 1] == "说":
            continue  # "对于…沈伟来说": 来说 closes the phrase, 来 is no part of the name
        if AID_WORD.search(text, base, stop):
            continue
        if (
            stop == end
            or _BOUNDARY.match(text, stop)
            or given < 3
            and HOW_SAID.match(text, stop)
            and is_common_word(text[stop : stop + 2])  # "韩文良自豪地说": how he said it
            or given < 3
            and (_DE_AFTER.match(text, stop) or titled and text[stop] in "0123456789")
            or given < 3
            and titled
            and text.startswith(_WHEN_OR_MEETS, stop)
            # "主任王明生如数家珍": an idiom of four characters follows the name
            or given < 3
            and stop + 4 <= end
            and word_uses(text[stop : stop + 4]) >= 20
        ):  # "副主席李强5年前": after a post, a number starts after the name
            inner = _BOUNDARY.match(text, base + 1) if given == 2 else None
            if inner and (not _BOUNDARY.match(text, stop) or inner.end() > stop):
                continue  # "张伟作为…": 作为 (as) follows 张伟, whose given name is one character
            if given == 2 and stop < end and is_common_word(text[pos : stop + 1]):
                continue  # "援疆干部初来乍到": a set phrase of four characters, no name and 到
            if given == 2 and text[stop - 1] == "任" and _SERVES_AS.match(text, stop):
                continue  # "副省长李克任组长的…领导小组": serves as (任) its head
            if given == 2 and text[stop - 1] in "已曾亦仍却":
                continue  # "援疆教师常曦已是二次援疆": already (已) is no part of the name
            if given == 2 and text[stop - 1] == "为" and text[stop : stop + 1] in '“"《':
                continue  # "县委书记何强为“…”揭牌": 为 (for) before what is named
            if given == 2 and (_splits_a_word(text, base + 1, stop) or text[base + 1] in "率说"):
                continue  # "李俊参与": the boundary is 参与, not 与; "赵明率代表团": 率 leads;
                # "陈静说，": 说 says
            if given == 2 and text[base + 1] in "和与及同" and _TITLE_NEXT.match(text, stop):
                continue  # "张三和市长李四": 和 joins two people
            if given == 2 and text[base + 1] in "与及跟":
                continue  # "书记刘奇与代表团座谈": with, no part of the name
            if given == 2 and (text[base + 1] == "等" or _DE_AFTER.match(text, base + 1)):
                continue  # "丁伟等陪同", "敖翔的陪同下": the name has one given character
            if given == 3 and not _four_character_name(text, pos, stop, end, sur):
                continue
            verb = _BOUNDARY.match(text, stop)
            if is_common_word(text[pos:stop]) and word_uses(text[pos : stop + 2]) >= 50:
                continue  # "县委常委宣传部长张晶": 宣传部长 is one word, 宣传 no name before 部长
            if (
                is_common_word(text[pos:stop])
                and not (
                    titled
                    and (
                        verb
                        and verb.end() - verb.start() > 1
                        and _describes(text[pos:stop])
                        or rare_word(text[pos:stop])
                        # "副局长马力代表区文旅局": a little-used noun between a post and what a
                        # person does is a name (干部, 同志 are used too often to be one)
                        or word_uses(text[pos:stop]) < 1000
                        and text.startswith(_SAYS + _LEADS + ("代表", "致辞"), stop)
                    )
                )
            ):
                continue  # "领导干部参加", "会长单位": 干 and 单 are surnames, 干部 and 单位 words
            if sur in _WORD_SURNAMES and given == 2 and word_uses(text[base:stop]) >= 100:
                continue  # "组长由时任…": 时任 is a word the dictionary knows well, no given
                # name after a surname that is also a word (海田, 4 uses, may be one)
            if (
                sur in _WORD_SURNAMES
                and given == 2
                and describes_or_acts(text[base:stop])
                and not (titled and text.startswith(_SAYS + _LEADS, stop))  # "市长于海田率领"
            ):
                continue  # "成员都认真听", "学生都从中受益": 都 (all) before a word, no name
            if (
                sur in _WORD_SURNAMES
                and given == 1
                and not (
                    titled
                    and stop < end
                    and (
                        text[stop] in "，,、。；;（("
                        or text.startswith(_SAYS + _LEADS, stop)
                        # "市长应勇今天下午会见": when, or a meeting, follows the name
                        or text.startswith(_WHEN_OR_MEETS, stop)
                    )
                )
            ):  # "县长于山告诉记者": a verb of saying after the name ends it too  # "领导来团考察": 来 comes; such a surname takes a two-character name, unless a
                return ""  # post stands before it and a stop after it: "区长于帆，"
            return text[pos:stop]
    name = _segmented_name(text[pos : min(end, pos + 8)], sur, titled)
    if name[len(sur) :] in ADDRESS_WORDS:
        return ""  # "蔡先生": a form of address, no name
    if (sur in _WORD_SURNAMES or sur == "区") and (
        len(name) < 3 or text[pos + len(name) : pos + len(name) + 1] in tuple("州县市省")
    ):
        return ""  # "院长和果洛州卫健委副主任": and a prefecture, no name
    return name


# a surname's character that starts a verb here: "负责人齐聚一堂" (gather together)
VERB_STARTS = (
    "齐聚",
    "齐心",
    "齐抓",
    "齐头",
    "荣立",
    "荣获",
    "荣膺",
    "荣登",
    "代表",
)  # "教师荣立三等功"
_NAME_TAGS = {"nr", "nrt", "nrfg", "ns", "nz", "j", "ng", "x"}  # jieba tags a name may read as


def is_common_word(chars: str) -> bool:
    """The dictionary reads ``chars`` as one ordinary word (干部, 单位, 任组长), not a name."""
    tag = one_word_tag(chars)
    return bool(tag) and tag not in _NAME_TAGS


def word_uses(word: str) -> int:
    """How often the dictionary's corpus uses ``word`` (强调 6,318, 时任 453, 强卫 3, a name 0)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.dt.FREQ.get(word) or 0


def rare_word(word: str) -> bool:
    """A word the dictionary barely knows (强卫): after a title it is likelier a name than the
    word (强调 stays a word)."""
    return word_uses(word) < 20


def _describes(word: str) -> bool:
    """The dictionary reads ``word`` as a describing word (庄严 "solemn"), not a noun (干部)."""
    tag = one_word_tag(word)
    return bool(tag) and not tag.startswith("n")


def describes_or_acts(word: str) -> bool:
    """The dictionary reads ``word`` as one adverb, adjective, verb or preposition (认真, 从中),
    none of the words a given name reads as."""
    return one_word_tag(word)[:1] in ("a", "d", "v", "p")  # ("" when no one word)


def surname_and_noun(chars: str) -> bool:
    """A surname and a two-character given name the dictionary reads as one noun (方大义: 大义,
    陈叔平: 叔平): a name where the place it stands in says so."""
    return len(chars) == 3 and chars[0] in SURNAMES and one_word_tag(chars[1:]) == "n"


def reads_as_name(chars: str) -> bool:
    """No ordinary word in ``chars`` by the dictionary ("高度重视" is one; 阿苏木呷 has none)."""
    import jieba.posseg

    jieba.setLogLevel(60)
    words = list(jieba.posseg.cut(chars, HMM=False))
    return all(len(w.word) == 1 or w.flag in _NAME_TAGS for w in words)


# a word for how something is said, then 地 and the verb of saying: "自豪地说", "激动地介绍"
HOW_SAID = re.compile(r"[\u4e00-\u9fff]{2}地(?:说|介绍|表示|告诉|讲|谈|回忆|感慨)")


def _four_character_name(text: str, pos: int, stop: int, end: int, sur: str) -> bool:
    return (
        len(sur) == 1
        and text[stop - 1] not in _ADVERB_AFTER  # "张兆安曾给…": 曾 (once) follows the name
        and not _NOT_NAME_END.intersection(text[pos + 1 : stop])  # "邹卓则参与": 则 (then)
        and not PARTICLES.intersection(text[pos + 1 : stop])  # "干部人才闻令而动": an idiom
        and stop < end  # a word that follows names must follow, not the end of the text
        # "院长东海波赶到": the last character starts the word that follows (赶到, arrived)
        and not is_common_word(text[stop - 1 : stop + 1])
        and not _BOUNDARY.search(text, pos + 1, stop)
        and reads_as_name(text[pos:stop])
    )


# forms of address after a surname, no given name: 蔡先生, 李女士, 王师傅
ADDRESS_WORDS = set(
    "先生 女士 小姐 师傅 阿姨 大爷 大妈 大姐 大哥 大叔 大婶 老师 "
    "老伯 大伯 大娘 老汉 阿婆 婆婆 奶奶 爷爷 嫂子 阿妈 阿爸".split()  # "51岁的谢老伯赞不绝口"
)
# adverbs that follow a name, never a four-character name's last character
_ADVERB_AFTER = set("曾将已则便正刚却仍亦常总也还都就又")  # ("李明昌常说": often)
# particles of the written language, in set phrases (闻令而动, 有口皆碑) and in no given name of
# three characters after a surname
PARTICLES = set("而之乃其所且皆亦焉哉")


# 的 after a name, before what the person did: "在县委副书记敖翔的陪同下"
_DE_AFTER = re.compile(r"的(?:陪同|带领|率领|主持|见证|邀请|关心|支持|指导|讲话|发言)")
# a title starting here: after 和 it is the next person's ("张三和市委副书记李四")
# a post one serves as (任): "李克任组长", "王明任副县长"
_SERVES_AS = re.compile(
    r"(?:常务)?副?(?:组长|队长|团长|指挥长|[省市县区州镇乡]长|主任|书记|局长|部长)"
)
_TITLE_NEXT = re.compile(
    r"(?:常务)?副?(?:[省市县区州镇乡](?:长|委|政府|人大|政协)|主任|书记|主席|局长|部长|秘书长)"
)


def _splits_a_word(text: str, pos: int, stop: int) -> bool:
    """A word after a name (参与, 担任) starts at ``pos`` and runs past ``stop``, where what
    follows (与, 任组长) would have ended a longer name."""
    word, tail = _BOUNDARY.match(text, pos), _BOUNDARY.match(text, stop)
    return bool(word and tail and word.end() > stop)  # "李明担任组长": 担任, not 任组长


def once_as(chars: str) -> bool:
    """曾 (once) before 以, 任, 在 … ("曾以副省长的身份", "曾任县长"): no surname 曾 and a name."""
    return len(chars) >= 2 and chars[0] == "曾" and chars[1] in "以任在经是被为于"


def _segmented_name(chunk: str, sur: str, titled: bool = False) -> str:
    """No boundary word follows: let jieba's dictionary say where the next word starts."""
    import jieba
    import jieba.posseg

    from .tagged_zh import given_name_chars

    jieba.setLogLevel(60)
    words = list(jieba.posseg.cut(chunk, HMM=True))
    if not words:
        return ""
    first, flag = words[0].word, words[0].flag
    if (  # "院长陈越新细数…": after a post, a name of three that jieba reads 陈越|新|细数
        titled
        and flag == "nr"
        and len(first) == len(sur) + 1
        and len(words) > 2
        and len(words[1].word) == 1
        and words[1].flag in ("a", "n", "ng", "nr")
        and words[1].word in given_name_chars()
        and len(words[2].word) >= 2
    ):
        return first + words[1].word
    if first == sur and len(words) > 1 and 1 <= len(words[1].word) <= 2:
        if sur in _WORD_SURNAMES and (
            words[1].flag[:1] in ("a", "d", "v", "p") or words[1].flag == "n"
        ):
            return ""  # "都认真听": 都 (all) before an adverb; "和部室", "由时任": before a noun
        if words[1].word == "的":
            return ""  # "部长宋的陪同下": a surname alone, then 的
        first, flag = sur + words[1].word, "nr"
        rare = words[2] if len(words) > 2 else None
        if (  # "林占熺坚守": a rare last character the dictionary leaves on its own
            len(words[1].word) == 1
            and rare is not None
            and len(rare.word) == 1
            and rare.flag in ("zg", "y", "x", "ng")
            and rare.word not in _NOT_NAME_END
            and (len(words) == 3 or len(words[3].word) >= 2 or words[3].word in "的说在是和等")
        ):
            first += rare.word
    if flag == "nr" and 2 <= len(first) <= len(sur) + 2 and re.fullmatch(f"[{_CJK}]+", first):
        return first  # the dictionary agrees this is a name ("关于" is a word, not 关 + 于)
    return ""


def pinyin(name: str) -> str:
    """谌贻琴 -> 'Chen Yiqin'; 欧阳坚 -> 'Ouyang Jian' (surname reading, then given name);
    买买提·艾力 -> 'Maimaiti Aili' (each part of a name written with · on its own)."""
    if "·" in name:
        parts = [p for p in name.split("·") if p]
        return " ".join("".join(lazy_pinyin(p, style=Style.NORMAL)).capitalize() for p in parts)
    sur = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    given = name[len(sur) :]
    sur_py = SURNAME_READINGS.get(sur) or "".join(lazy_pinyin(sur, style=Style.NORMAL, v_to_u=True))
    given_py = "".join(lazy_pinyin(given, style=Style.NORMAL, v_to_u=True))
    return f"{sur_py.capitalize()} {given_py.capitalize()}".strip()


def latin_key(name: str) -> str:
    """'Chen Yiqin', 'chen yi-qin', 'CHEN Yiqin' and 'Chén Yìqín' -> 'chenyiqin'."""
    name = unicodedata.normalize("NFKD", name)
    return re.sub(r"[^a-z]", "", "".join(c for c in name if not unicodedata.combining(c)).lower())


def find_names_again(
    text: str, names: set[str], lo: int = 0, hi: int | None = None
) -> list[Mention]:
    """Every further occurrence of names already anchored by a title (exact characters)."""
    hi = len(text) if hi is None else hi
    if not names:
        return []
    pattern = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
    out = []
    for m in pattern.finditer(text, lo, hi):
        out.append(Mention("person", m.span(), m.group(0), {"name": m.group(0)}, 0.95))
    return out
