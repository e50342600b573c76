"""Candidate rows from a Chinese article: the Chinese recognisers' mentions, turned into the
same rows (actors, positions, events, participations, commitments) as an English article's,
through the same builder, so review and ``accept`` treat both alike.

People are proposed with their pinyin as ``name`` (the dataset's names are pinyin) and their
characters as ``name_zh``; a known actor matches on ``name_zh`` or on the pinyin of the
characters (谌贻琴 -> Chen Yiqin), so an article in either language finds the same person.
"""

from __future__ import annotations

import bisect
import re

from pypinyin import Style, lazy_pinyin

from .extract import _Builder, _place_key, _plain, slug
from .mention import ACCEPT_AT as ACCEPT_ZH
from .persons_zh import latin_key, pinyin
from .recognise_zh import recognise
from .titles_zh import OUR_BODY

_EVENT_KINDS_ZH = [
    ("signing", r"签约仪式|签字仪式|签约|签订|签署"),
    ("forum", r"论坛"),
    ("fair", r"展销会|推介会|博览会|交易会|展览|招聘会|洽谈会"),
    ("meeting", r"联席会议|座谈会|会议|会谈|对接会|会见|会晤"),
    ("visit", r"代表团|考察|调研|来访|访问|看望|慰问"),
]
_ROLES_ZH = [
    ("led", r"^(?:率领|率队|带队|带领|率)"),
    ("presided", r"^(?:主持)"),
    ("accompanied", r"^(?:陪同|一同)"),
    ("spoke", r"^(?:讲话|致辞|表示|说|指出|强调|介绍|发言|作了发言|代表)"),
    ("attended", r"^(?:出席|参加|应邀出席|见证)"),
    ("met", r"^(?:会见|会晤)"),
    ("signed", r"^(?:签订|签署|签约)"),
]
_AREAS_ZH = [
    ("consumption", r"消费|产品|销售|展销"),
    ("education", r"教育|学校|教师|学生|支教"),
    ("health", r"医疗|医院|卫生|医生|义诊"),
    ("tourism", r"旅游"),
    ("labour", r"劳务|就业|务工|劳动力"),
    ("talent", r"人才|干部|挂职|培训"),
    ("infrastructure", r"基础设施|道路|公路|水利"),
    ("funds", r"资金|财政|捐款|捐赠|援助"),
    ("industry", r"产业|企业|投资|园区|项目"),
]
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?]")
_PLACE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:省|市|自治州|州|县|区|(?=委|政府|人大|政协))")


def _sentence(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    s = max(text.rfind("。", lo, pos) + 1, lo)
    e = text.find("。", pos, hi)
    return s, (e + 1 if e >= 0 else hi)


def _clause(text: str, s: int, e: int, lo: int, hi: int) -> tuple[int, int]:
    left = lo
    for m in _CLAUSE_END.finditer(text, max(lo, s - 120), s):
        left = m.end()
    m = _CLAUSE_END.search(text, e, min(hi, e + 120))
    return left, (m.start() if m else min(hi, e + 120))


def place_key_zh(chars: str) -> str:
    """辽宁 -> 'liaoning', 六盘水市 -> 'liupanshui': the key the builder's places use."""
    chars = re.sub(r"(?<=..)(?:省|市|自治州|州|县|区)$", "", chars)  # 贵州 keeps its 州
    return "".join(lazy_pinyin(chars, style=Style.NORMAL))


def infer_pairing_zh(text: str, known) -> str:
    """The most specific pairing whose two partners are both named (as characters) in the text."""
    sample = re.sub(r"[^\u4e00-\u9fff]", "|", text[:60_000])
    chars = sorted(set(sample) - {"|"})  # each character read once, not each occurrence
    reading = dict(zip(chars, lazy_pinyin("".join(chars), style=Style.NORMAL), strict=True))
    syllables = [reading.get(c, "|") for c in sample]
    grams = set()
    for n in (2, 3, 4):
        for i in range(len(syllables) - n + 1):
            grams.add("".join(syllables[i : i + n]))
    level = {"county": 0, "city": 1, "province": 2, "national": 3}
    best = []
    for pid, p in known.pairings.items():
        keys = []
        for aid in (p["east_actor_id"], p["west_actor_id"]):
            a = known.actors.get(aid)
            keys.append(_place_key(a["name"]).replace(" ", "") if a else "")
        if all(k and k in grams for k in keys):
            best.append((level.get(p["level"], 9), pid))
    return min(best)[1] if best else ""


class ChineseBuilder(_Builder):
    def __init__(self, *args, published: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.published = published
        self.by_zh = {}
        self.by_latin = {}
        for aid, a in self.k.actors.items():
            if a.get("kind") != "person":
                continue
            for zh in filter(None, re.split(r"[;|/]", a.get("name_zh") or "")):
                self.by_zh.setdefault(zh.strip(), aid)
            for n in [a.get("name", ""), *re.split(r"[;|]", a.get("aliases") or "")]:
                if n.strip():
                    self.by_latin.setdefault(latin_key(n), aid)

    # -- people
    def person_zh(self, name: str, start: int, confidence: float):
        cand = self.person_cand.get(name)
        if cand:
            return cand
        py = pinyin(name)
        match = self.by_zh.get(name) or self.by_latin.get(latin_key(py), "")
        para = self.a.paragraph_of(start)
        aid = match or self.new_id("actors", py)
        fields = {
            "actor_id": aid,
            "name": self.k.actors[match]["name"] if match else py,
            "name_zh": name,
            "kind": "person",
            "side": self.side_of(match) if match else "",
            **self.cite(para, name),
        }
        note = "already in actors.csv" if match else f"pinyin {py} read from the characters"
        cand = self.add(
            kind="person",
            table="actors",
            fields=fields,
            span=(start, start + len(name)),
            confidence=confidence,
            label=name,
            match=match,
            note=note,
        )
        self.person_cand[name] = cand
        return cand

    def organisation_of_zh(self, title: str, inherited: str) -> str:
        m = _PLACE.match(title)
        place = ""
        if m:
            place = self.k.places.get(place_key_zh(m.group(1)), "")
        if not place:
            return inherited if not re.match(r"[省市州县区]", title) or inherited else ""
        if "委" in title and "政府" not in title:
            return self.k.committees.get((place, "常委" in title), "") or place
        return place

    # -- the passes
    def run(self) -> None:
        text = self.a.text
        found = recognise(text, self.a.paragraphs, self.published, self.year, self.a.titled)
        self.found = found
        self.zh_dates(found.dates)
        for lo, hi in self.a.body:
            self.events_zh(lo, hi)
        for name, person in found.people.items():
            self.person_zh(name, person.span[0], person.confidence)
        inherited: dict[str, str] = {}
        for name, t in found.titles:
            person = self.person_cand[name]
            org = self.organisation_of_zh(t.text, inherited.get(name, ""))
            if org:
                inherited[name] = org
            before = len(self.cands)
            post = t.value.get("title") or t.text  # as read ("…医院四名援疆专家": no count)
            post = OUR_BODY.sub("", post)  # "我院医师": the publisher's body names none
            self.title(
                person,
                post,
                t.span[0],
                org,
                (t.span[0], person.span[1] if person.span[1] > t.span[0] else t.span[1]),
                id_hint="-".join(lazy_pinyin(post, style=Style.NORMAL)),  # ids stay ASCII
            )
            if len(self.cands) > before:  # not a title already proposed
                self.cands[-1].confidence = t.confidence
                self.cands[-1].decision = "accept" if t.confidence >= 0.95 else "review"
        for m in found.organisations:
            self.enterprise_zh(m)
        for m in found.agreements:
            lo, hi = self.a.paragraphs[self.a.paragraph_of(m.span[0])]
            s, e = _clause(text, *m.span, lo, hi)
            c = self.agreement(m.value["name"], m.span[0], m.span[1], None, (s, e))
            c.confidence = m.confidence
            c.decision = "accept" if m.confidence >= 0.95 else "review"
        for m in found.figures:
            self.figure_zh(m)
        self.roles_zh(found)
        for c in self.cands:  # Chinese rules are the younger: only the surest default to accept
            if c.decision == "accept" and c.confidence < ACCEPT_ZH:
                c.decision = "review"

    def zh_dates(self, mentions) -> None:
        from .extract import DateMention

        for m in mentions:
            self.dates.append(
                DateMention(
                    m.span,
                    m.text,
                    *m.value["parts"],
                    m.value["precision"],
                )
            )
            if m.value["precision"] == "year":
                self.year_starts.append(m.span[0])
                self.year_at.append(self.dates[-1])
        self.date_starts = [d.span[0] for d in self.dates]

    def events_zh(self, lo: int, hi: int) -> None:
        text = self.a.text
        i = bisect.bisect_left(self.date_starts, lo)
        while i < len(self.date_starts) and self.date_starts[i] < hi:
            d = self.dates[i]
            i += 1
            if d.precision != "day" or re.match(r"[讯电]", text[d.span[1] : d.span[1] + 1]):
                continue
            ss, se = _sentence(text, d.span[0], lo, hi)
            sentence = text[ss:se]
            kind = next((k for k, p in _EVENT_KINDS_ZH if re.search(p, sentence)), "meeting")
            start, end = _iso(d.start), _iso(d.end)
            name_m = re.search(
                r"([\u4e00-\u9fff·、]{2,40}(?:联席会议|座谈会|展销会|推介会|"
                r"会议|仪式|论坛|博览会))",
                sentence,
            )
            name = name_m.group(1) if name_m else f"{kind}: {d.text}"
            para = self.a.paragraph_of(d.span[0])
            match = self.existing_event(kind, start) if start else ""
            eid = match or self.new_id(
                "events", f"{self.pairing_id or self.source_id}-{kind}-{start or d.text}"
            )
            fields = {
                "event_id": eid,
                "name": name,
                "kind": kind,
                "start_date": start,
                "end_date": end,
                "date_precision": "",
                "date_basis": "stated" if start else "",
                "time_of_day": "morning"
                if "上午" in sentence
                else "afternoon"
                if "下午" in sentence
                else "evening"
                if "晚" in sentence
                else "",
                "place": "",
                "parent_event_id": "",
                "pairing_id": self.pairing_id,
                **self.cite(para, sentence[:200]),
                "notes": "",
            }
            self.add_event(fields, d, sentence, match)

    def enterprise_zh(self, m) -> None:
        name = m.value["name"]
        if name in self.actor_cand:
            return
        para = self.a.paragraph_of(m.span[0])
        aid = self.new_id("actors", "".join(lazy_pinyin(name, style=Style.NORMAL))[:40])
        cand = self.add(
            kind="organisation",
            table="actors",
            fields={
                "actor_id": aid,
                "name": name,
                "name_zh": name,
                "kind": "enterprise",
                "side": "",
                **self.cite(para, name),
            },
            span=m.span,
            confidence=m.confidence,
            label=name,
            note="enterprise named in Chinese: give its English name if it has one",
        )
        self.actor_cand[name] = cand

    def figure_zh(self, m) -> None:
        text = self.a.text
        lo, hi = self.a.paragraphs[self.a.paragraph_of(m.span[0])]
        cs, ce = _clause(text, *m.span, lo, hi)
        ss, se = _sentence(text, m.span[0], lo, hi)
        clause, sentence = text[cs:ce], text[ss:se]
        value, unit, qualifier = m.value["value"], m.value["unit"], m.value["qualifier"]
        if (value, unit, qualifier) in self.figures_seen:
            return  # 587个项目 said again later in the body: one fact, proposed once
        self.figures_seen.add((value, unit, qualifier))
        kind, status = "reported achievement", "reported"
        if re.search(r"将|计划|力争|确保|预计", clause):
            kind, status = "pledge", "open"
        area = next((a for a, p in _AREAS_ZH if re.search(p, clause)), "overall")
        date, basis = self.as_of(m.span[0], lo)
        p = self.pairing()
        para = self.a.paragraph_of(m.span[0])
        fields = {
            "commitment_id": self.new_id("commitments", f"{self.source_id}-{unit}-{_plain(value)}"),
            "kind": kind,
            "description": clause,
            "area_id": area,
            "area_as_stated": "",
            "from_actor_id": p.get("east_actor_id", ""),
            "to_actor_id": p.get("west_actor_id", ""),
            "stated_by_id": "",
            "event_id": "",
            "pairing_id": self.pairing_id,
            "quantity": _plain(value),
            "unit": unit,
            "qualifier": qualifier,
            "cumulative": "true" if re.search(r"累计|共|总计|以来", sentence) else "false",
            "as_of_date": date,
            "as_of_basis": basis,
            "status": status,
            "parent_commitment_id": "",
            **self.cite(para, clause),
        }
        conf = m.confidence if self.pairing_id else 0.5
        self.add(
            kind="figure",
            table="commitments",
            fields=fields,
            span=m.span,
            confidence=conf,
            label=f"{qualifier} {_plain(value)} {unit}",
            evidence=clause,
            note="" if self.pairing_id else "no pairing recognised: set pairing_id",
        )

    def roles_zh(self, found) -> None:
        text = self.a.text
        for mention in found.mentions:
            person = self.person_cand.get(mention.text)
            if person is None:
                continue
            after = text[mention.span[1] : mention.span[1] + 6]
            after = re.sub(r"^(?:一行|同志|等|分别|也|还|先后|应邀)", "", after)
            role = next((r for r, p in _ROLES_ZH if re.match(p, after)), "")
            if not role:
                continue
            event = self.context_event(mention.span[0])
            lo, hi = self.a.paragraphs[self.a.paragraph_of(mention.span[0])]
            ss, se = _sentence(text, mention.span[0], lo, hi)
            self.role(
                person,
                role,
                event,
                self.a.paragraph_of(mention.span[0]),
                ss,
                min(se, mention.span[1] + 40),
            )


def _iso(ymd: tuple) -> str:
    y, m, d = ymd
    if not (y and m and d):
        return ""
    return f"{y:04d}-{m:02d}-{d:02d}"


__all__ = ["ChineseBuilder", "infer_pairing_zh", "place_key_zh", "slug"]
