"""All Chinese recognisers over one article, paragraph by paragraph, their mentions merged:
names anchored by titles first, then the same names wherever else they appear."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .agreements_zh import find_agreements, once
from .dates_zh import find_dates
from .figures_zh import find_figures
from .mention import Mention
from .organisations_zh import find_organisations
from .persons_zh import find_names_again, is_common_word
from .tagged_zh import find_tagged_names
from .titles_zh import (
    find_bracketed_titles,
    find_captioned_names,
    find_colon_names,
    find_comrades,
    find_dotted_names,
    find_each_after_its_body,
    find_held_names,
    find_held_posts_then_name,
    find_listed_then_counted,
    find_name_before_title,
    find_name_comma_posts,
    find_name_lists,
    find_name_then_title,
    find_names_after_body,
    find_names_after_office,
    find_names_before_address,
    find_names_run_together,
    find_people_after_a_clause,
    find_people_after_group,
    find_posts_said_of,
    find_profile_names,
    find_roster_names,
    find_speakers,
    find_subjects,
    find_team_leaders,
    find_titled_people,
    leader_invoked,
)

# names found by what stands around them, no post: each told the names already known
_UNTITLED_NAMES = (
    find_people_after_group,
    find_subjects,
    find_names_after_office,
    find_captioned_names,
    find_comrades,
    find_held_names,
    find_name_lists,
    find_dotted_names,
    find_names_after_body,
    find_each_after_its_body,
    find_colon_names,
    find_people_after_a_clause,
    find_team_leaders,
    find_names_run_together,
    find_names_before_address,
    find_roster_names,
)


@dataclass
class Found:
    people: dict[str, Mention] = field(default_factory=dict)  # name -> first mention
    titles: list[tuple[str, Mention]] = field(default_factory=list)  # (name, title)
    mentions: list[Mention] = field(default_factory=list)  # every person mention, in order
    figures: list[Mention] = field(default_factory=list)
    dates: list[Mention] = field(default_factory=list)
    agreements: list[Mention] = field(default_factory=list)
    organisations: list[Mention] = field(default_factory=list)


def recognise(
    text: str,
    paragraphs,
    published: str | None = None,
    year: int | None = None,
    titled: bool = True,
):
    """``titled``: paragraph 0 is a headline (False: the text opens with its body)."""
    found = Found()
    seen_titles: set[tuple[str, str]] = set()
    body = (paragraphs[1:] if titled else paragraphs) or paragraphs
    for lo, hi in body:
        for person, titles in [
            *find_titled_people(text, lo, hi),
            *find_bracketed_titles(text, lo, hi),
            *find_name_comma_posts(text, lo, hi),
            *find_held_posts_then_name(text, lo, hi),
            *find_speakers(text, lo, hi),
        ]:
            name = person.text
            found.people.setdefault(name, person)
            if person.confidence > found.people[name].confidence:
                found.people[name] = person
            for t in titles:
                if (name, t.text) not in seen_titles:
                    seen_titles.add((name, t.text))
                    found.titles.append((name, t))
    if titled and len(paragraphs) > 1:  # a headline's posts of people the body names too
        for person, titles in find_titled_people(text, *paragraphs[0]):
            if person.text not in found.people:
                continue
            for t in titles:
                if (person.text, t.text) not in seen_titles:
                    seen_titles.add((person.text, t.text))
                    found.titles.append((person.text, t))
    for lo, hi in body:  # names written before their title, once the titled ones are known
        for person, titles in find_name_before_title(text, set(found.people), lo, hi):
            found.people.setdefault(person.text, person)
            for t in titles:
                if (person.text, t.text) not in seen_titles:
                    seen_titles.add((person.text, t.text))
                    found.titles.append((person.text, t))
        for find_untitled in _UNTITLED_NAMES:  # names no post anchors, each for review
            for person in find_untitled(text, set(found.people), lo, hi):
                found.people.setdefault(person.text, person)
        for person in find_profile_names(text, lo, hi):
            found.people.setdefault(person.text, person)
        for person, title in find_listed_then_counted(text, lo, hi):
            found.people.setdefault(person.text, person)
            if title and (person.text, title.text) not in seen_titles:
                seen_titles.add((person.text, title.text))
                found.titles.append((person.text, title))
    for person in find_tagged_names(text, set(found.people), body):  # no anchor but the tagger
        found.people.setdefault(person.text, person)
    for lo, hi in body:
        found.figures += find_figures(text, lo, hi)
        found.agreements += find_agreements(text, lo, hi)
        found.organisations += find_organisations(text, lo, hi)
    if titled and len(paragraphs) > 1:  # the headline's agreements, unless the body names them
        named = {a.text for a in found.agreements}
        found.agreements += [
            Mention(a.kind, a.span, a.text, a.value, min(a.confidence, 0.8))  # for review
            for a in find_agreements(text, *paragraphs[0])
            if not any(a.text in b or b in a.text for b in named)  # (框架协议 said again)
        ]
    found.agreements = once(found.agreements)
    if titled and len(paragraphs) > 1:  # the headline's figures, unless the body says them again
        said = {_figure_key(f) for f in found.figures}
        found.figures[:0] = [
            Mention(f.kind, f.span, f.text, f.value, min(f.confidence, 0.8))  # for review
            for f in find_figures(text, *paragraphs[0])
            if _figure_key(f) not in said
        ]
    # dates run over the whole text in order (a bare 21日 takes the month said before it),
    # headline included: a dateline is often the only place the year is said
    found.dates = find_dates(text, published, year)
    names = set(found.people)
    for lo, hi in body:
        for name, t in find_name_then_title(text, names, lo, hi):
            if name not in found.people:
                start = text.rfind(name, t.span[0], t.span[1])  # (after the office, if any)
                start = start if start >= 0 else t.span[0] - len(name)
                found.people[name] = Mention(
                    "person", (start, start + len(name)), name, {"name": name}, t.confidence
                )
            if (name, t.text) not in seen_titles:
                seen_titles.add((name, t.text))
                found.titles.append((name, t))
        for name, t in find_posts_said_of(text, names, lo, hi):
            if (name, t.text) not in seen_titles:
                seen_titles.add((name, t.text))
                found.titles.append((name, t))
        found.mentions += find_names_again(text, names, lo, hi)
    _drop_invoked_leaders(text, found)
    _drop_credited_names(text, body, found)
    _drop_pseudonyms_and_signatures(text, found)
    _drop_run_on_names(found)
    _drop_nouns_before_names(found)
    _drop_first_parts_of_names(found)
    _drop_places_counted(text, found)
    _drop_places_listed(text, found)
    _drop_quoted_words(text, found)
    for word in SLOGAN_WORDS.intersection(found.people):
        _forget(found, word)  # "牢记援藏工作的初心使命": the slogan's words, no one
    found.titles = [(name, _for_review_if_disputed(t)) for name, t in found.titles]
    return found


# words readers disagree belong to a post: a secondment (挂职, 挂任: "滨州市挂职干部", "挂任马山县委
# 常委") and a former post (原: "原美姑县中学校长"); kept as written, but for review
_DISPUTED_IN_A_POST = re.compile(r"^原|挂职|挂任")


def _for_review_if_disputed(title: Mention) -> Mention:
    """The title, for review where it holds a word readers disagree belongs to a post."""
    if title.confidence < 0.95 or not _DISPUTED_IN_A_POST.search(title.text):
        return title
    return Mention(title.kind, title.span, title.text, title.value, 0.8)


# words of the slogans and greetings aid copy repeats that a rule may read as a name: 初心
# ("不忘初心", "初心使命"), 党恩 ("感党恩"), and the Tibetan greeting 扎西德勒 ("Tashi delek")
SLOGAN_WORDS = {"初心", "党恩", "扎西德勒"}


# places listed, then counted by what they are: "援助山南地区的贡嘎、扎朗、桑日、隆孜4个县",
# "塔城、裕民、托里、额敏4县(市)"
_PLACES_COUNTED = re.compile(
    r"(?P<places>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+)等?"
    r"(?:\d{1,2}|[两二三四五六七八九十]{1,2})个?(?:县|市|区|乡|镇|村|州|盟|旗|省|地)"
)
# a place that ends a list's item: "打造多尔布津村、唐布拉、孟克特等一批文旅项目"
_PLACE_ITEM = re.compile(r"[\u4e00-\u9fff]{1,4}[镇乡村]")


def _drop_places_listed(text: str, found: Found) -> None:
    """Untitled names listed (、) next to a village or town, or a town paired (与, 和) with
    another ("小站镇与刘坪镇"): places, no people. A name listed next to a place dropped is
    dropped in turn (孟克特 after 唐布拉)."""
    titled = {n for n, _ in found.titles}
    untitled = sorted((n for n in found.people if n not in titled), key=len, reverse=True)
    if not untitled:
        return
    neighbours: dict[str, set[str]] = {n: set() for n in untitled}
    places: set[str] = set()
    # one pass over the text: each mention's list neighbours, and whether it is a town paired
    for m in re.finditer("|".join(map(re.escape, untitled)), text):
        name = m.group(0)
        before, after = text[max(0, m.start() - 6) : m.start()], text[m.end() : m.end() + 6]
        neighbours[name].update(re.findall(r"([\u4e00-\u9fff]{1,5})、$", before))
        neighbours[name].update(re.findall(r"^、([\u4e00-\u9fff]{1,5})", after))
        if name[-1] in "镇乡" and (
            re.match(r"[与和及、][\u4e00-\u9fff]{1,4}[镇乡]", after)
            or re.search(r"[镇乡][与和及、]$", before)
        ):
            places.add(name)
    places.update(
        name
        for name, near in neighbours.items()
        if any(
            _PLACE_ITEM.fullmatch(w) and not any(w.endswith(p) for p in found.people)
            for w in near  # (洛桑江村, a person's name, makes no neighbour a place)
        )
    )
    spread = list(places)  # a name listed next to a place is one too
    while spread:
        place = spread.pop()
        for name, near in neighbours.items():
            if name not in places and place in near:
                places.add(name)
                spread.append(name)
    for name in places:
        _forget(found, name)


# a short quotation: "促成首次「南飞」", "有女「东南飞」", "「满库」的丰收年"
_QUOTED = re.compile(r"[「“\"‘『][\u4e00-\u9fff]{2,8}[」”\"’』]")


def _drop_places_counted(text: str, found: Found) -> None:
    """Names that are items of a list of places counted as such right after it: no people."""
    titled = {n for n, _ in found.titles}
    for m in _PLACES_COUNTED.finditer(text):
        first, *rest = m.group("places").split("、")
        # (the first may carry the words before it: "地区的贡嘎")
        for place in [first[-k:] for k in range(2, len(first) + 1)] + rest:
            if place in found.people and place not in titled:
                _forget(found, place)


def _drop_quoted_words(text: str, found: Found) -> None:
    """A name without a post that the text only ever writes inside short quotations: a slogan's
    or a heading's word (「南飞」, "going south"), not an actor."""
    quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]  # in order, none nested
    starts = [a for a, _ in quotes]
    inside = {  # every name-long piece of a quoted word
        text[i : i + k] for a, b in quotes for k in (2, 3, 4) for i in range(a + 1, b - k)
    }

    def quoted(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, start) - 1  # the last quotation opened before
        return i >= 0 and end < quotes[i][1]

    titled = {n for n, _ in found.titles}
    for name in [n for n in found.people if n in inside and n not in titled]:
        if all(quoted(m.start(), m.end()) for m in re.finditer(re.escape(name), text)):
            _forget(found, name)


# a line of credits: names and credit words only ("杜波儿 饶成文 记者 李孝华 文/图"), and an oral
# history's interviewers and editors ("采访:张永斌 韩雨恬 钟亚斌"; the narrator, 口述, is an actor)
_CREDITS = r"记者|通讯员|实习生|摄影?|编辑|责编|采访|整理|撰文|执笔|校对|审核|文/图|图/文"
_CREDIT_LINE = re.compile(  # (a bullet may open it: "■胡伟 杨洋 记者 颜天杰")
    rf"[■●◆▲★□]?\s*(?:(?:{_CREDITS}|文图|图文|[\u4e00-\u9fff]{{2,4}})[\s\u3000/／:：、，,|丨]*)+"
)
_CREDIT_WORD = re.compile(_CREDITS)


def _drop_credited_names(text: str, paragraphs, found: Found) -> None:
    """A name said only in a line of credits is the page's writer or photographer, whatever
    rule read it: the line "杜波儿 饶成文 记者 李孝华 文/图" names no actor."""
    lines = [
        (lo + m.start(), lo + m.end())
        for lo, hi in paragraphs
        for m in re.finditer(r"[^\n]+", text[lo:hi])
    ]  # (a paragraph may hold a credit line above its first sentence)
    credits = [
        (lo, hi)
        for lo, hi in lines
        if hi - lo <= 60
        and _CREDIT_WORD.search(text, lo, hi)
        and " " in text[lo:hi].strip()
        and _CREDIT_LINE.fullmatch(text, lo, hi)
    ]
    if not credits:
        return
    for name in list(found.people):
        spans = [m.start() for m in re.finditer(re.escape(name), text)]
        if spans and all(any(lo <= s < hi for lo, hi in credits) for s in spans):
            _forget(found, name)


def _quotations_author(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] signs a quotation on a line of its own: "——习近平"."""
    return bool(
        re.search(r"(?:^|\n)\s*[—-]{1,2}\s*$", text[max(0, start - 6) : start])
        and re.match(r"\s*(?:\n|$)", text[end : end + 3])
    )


def _drop_pseudonyms_and_signatures(text: str, found: Found) -> None:
    """A name the article marks as made up ("患者阿依古丽(化名)") names no one to record, nor does
    the author of a quotation set above the story ("——习近平" on its own line)."""
    for name in list(found.people):
        if re.search(re.escape(name) + r"\s*[(（]化名[)）]", text) or all(
            _quotations_author(text, m.start(), m.end()) for m in re.finditer(re.escape(name), text)
        ):
            _forget(found, name)


def _forget(found: Found, name: str) -> None:
    """Drop a name read as a person, with its posts and mentions."""
    del found.people[name]
    found.titles = [(n, t) for n, t in found.titles if n != name]
    found.mentions = [m for m in found.mentions if m.text != name]


def _drop_nouns_before_names(found: Found) -> None:
    """A transliterated name read with the noun before it ("客商努尔·普拉提") where the article
    also gives the name alone: the name alone, its posts kept."""
    for name in [n for n in found.people if "·" in n]:
        short = next((n for n in found.people if n != name and name.endswith(n) and "·" in n), None)
        if short is None or not is_common_word(name[: len(name) - len(short)]):
            continue
        del found.people[name]
        found.titles = [(short if n == name else n, t) for n, t in found.titles]


def _drop_first_parts_of_names(found: Found) -> None:
    """A name transliterated in parts, said again by its first part ("村民库尔班·吐尔迪…，库尔班
    在自家果园里…"): one person, by the full name, its posts kept."""
    first_parts: dict[str, str] = {}
    for n in found.people:
        if "·" in n:
            first_parts.setdefault(n.split("·", 1)[0], n)
    full = {n: first_parts[n] for n in found.people if n in first_parts}
    if not full:
        return
    for name in full:
        del found.people[name]
    seen: set[tuple[str, str]] = set()
    titles = []
    for n, t in found.titles:
        n = full.get(n, n)
        if (n, t.text) not in seen:  # (a post said of both is said once)
            seen.add((n, t.text))
            titles.append((n, t))
    found.titles = titles


def _drop_run_on_names(found: Found) -> None:
    """A name transliterated in parts read with a word after it ("吐尔洪·依不拉音刚从杭州",
    "卡尤木·热合曼哽咽着") where the article also gives the name alone: the name alone, its
    posts kept."""
    for name in [n for n in found.people if "·" in n]:
        shorter = (name[:-k] for k in (1, 2, 3))
        short = next(
            (n for n in shorter if n in found.people and len(n.rsplit("·", 1)[-1]) >= 2), None
        )
        if short is None:
            continue
        del found.people[name]
        found.titles = [(short if n == name else n, t) for n, t in found.titles]


def _drop_invoked_leaders(text: str, found: Found) -> None:
    """A leader named only with 总书记 where his words are invoked is no actor, whichever rule
    proposed him."""
    for name in list(found.people):
        spans = [m.start() for m in re.finditer(re.escape(name), text)]
        if spans and all(
            text.startswith("总书记", s + len(name))
            and leader_invoked(text, s, s + len(name))
            or _words_relayed(text, s, s + len(name))
            or _speech_invoked(text, s, s + len(name))
            or _LEADERSHIP_INVOKED.match(text, s + len(name))
            for s in spans
        ):
            _forget(found, name)


# the leadership or the thought named after him, no act of his: "以习近平同志为核心的党中央",
# "习近平新时代中国特色社会主义思想", "在习近平总书记和党中央坚强领导下"
_LEADERSHIP_INVOKED = re.compile(
    r"同志为核心|新时代|总书记(?:和|与|为核心的)党中央|总书记(?:的)?(?:坚强|亲切|英明)?领导"
)


# a leader whose speech or requirements are relayed at a meeting: "传达了四川省委书记刘奇葆近期关于
# 对口援藏工作的讲话", "传达学习…安徽省委书记张宝顺等省领导对援疆工作的要求"
_RELAYED_BEFORE = re.compile(r"传达(?:了|学习)?[^，,。；;！!？?\n]{0,30}$")
# (not "传达学习省委书记林武会见新疆党政代表团时的讲话": the meeting he held makes him an actor)
_RELAYED_AFTER = re.compile(
    r"(?:(?!会见|会谈|考察|调研|率|出席|看望|慰问)[^，,。；;！!？?\n]){0,30}?"
    r"(?:讲话|指示|批示|要求|精神|部署)"
)


# a leader whose speech a meeting or a work sets out to carry out: "为深入贯彻落实中共中央政治局委员、
# 广东省委书记胡春华，四川省委书记王东明在…座谈会上的重要讲话精神，8月10日…"
_CARRY_OUT_BEFORE = re.compile(r"(?:贯彻|落实|学习|领会)[^。；;！!？?\n]{0,40}$")
_SPEECH_AFTER = re.compile(
    r"[^。；;！!？?\n]{0,40}?(?:讲话精神|重要讲话|指示精神|批示精神|重要指示|讲话要求)"
)


def _speech_invoked(text: str, start: int, end: int) -> bool:
    """The name is a leader's whose speech is carried out, between "贯彻落实" and "讲话精神" in
    one sentence: his words, no act of his in the story."""
    return bool(
        _CARRY_OUT_BEFORE.search(text, max(0, start - 40), start) and _SPEECH_AFTER.match(text, end)
    )


def _words_relayed(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is a leader whose words a meeting relays, or whose
    instructions the clause carries out ("深入贯彻落实…和省委书记信长星到陕西学习考察时指示要求"),
    no actor in it."""
    if _RELAYED_BEFORE.search(text, max(0, start - 32), start) and _RELAYED_AFTER.match(text, end):
        return True
    window = max(0, start - 60)  # (a clause's reach: bounded, however long the text)
    clause_start = max(text.rfind(c, window, start) for c in "。；;！!？?\n") + 1
    clause_end = min(
        (i for i in (text.find(c, end, end + 40) for c in "，,。；;") if i >= 0), default=end + 40
    )
    return bool(
        re.search(r"贯彻|落实|按照|根据|遵照", text[max(window, clause_start) : start])
        and re.search(r"指示|要求|讲话精神|重要讲话", text[end:clause_end])
        or _INSTRUCTED.match(text, end, clause_end)
    )


# a leader who gave instructions the article invokes, at no event it reports: "习近平对深化东西部
# 协作…作出重要指示时指出"
_INSTRUCTED = re.compile(
    r"(?:(?!会见|会谈|考察|调研|率|出席|看望|慰问|主持)[^，,。；;！!？?\n]){0,30}?"
    r"作出了?(?:重要)?(?:指示|批示)"
)


def _figure_key(f: Mention) -> tuple:
    return f.value["value"], f.value["unit"], f.value["qualifier"]
