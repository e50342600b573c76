"""Agreements in Chinese copy: a title in 《…》 that names an agreement (协议, 备忘录, 合同 …),
an unbracketed "…框架协议" / "…合作协议" (a counted "8个扶贫协作协议" without its count), and
what was signed: "签约帮扶项目64个", "签署合作项目", "…的7个项目签约". Policy documents in 《…》 (意见, 通知, 决定) are not agreements.
"""

from __future__ import annotations

import re

from .mention import Mention

_KINDS = r"(?:框架协议|合作协议|协议书|协议|协定|备忘录|合同书|合同|责任书|意向书|承诺书)"
_BRACKETED = re.compile(rf"《(?P<name>[^《》\n]{{2,80}}?{_KINDS}[^《》\n]{{0,12}}?)》")
_BARE = re.compile(rf"(?P<name>[\u4e00-\u9fff·—]{{2,24}}?{_KINDS})")
_SIGNED = re.compile(
    r"(?:签约|签订|签署|签下)(?:了)?"
    r"(?:一批)?(?P<name>(?:\d+个)?[\u4e00-\u9fff]{0,8}?(?:合作项目|帮扶项目|协作项目|项目|合作意向))"
)  # "签署了一批合作意向": the intentions signed
_LEAD = re.compile(
    r"^.*(?:签订了|签署了|签订|签署|签约|落实|按照|根据|确定的|达成|完善|以及|通过|随着|与|和|的|了|等|个|份)"
)
# what was signed, written before the signing: "总投资12.9亿元的7个项目签约"
_SIGNED_AFTER = re.compile(
    r"(?<![\d.])(?P<name>(?:\d+|[一二三四五六七八九十两]+)个[\u4e00-\u9fff]{0,6}?项目|重点项目)"
    r"(?:进行了?|举行了?)?(?:现场|集中|成功|正式|顺利)?签约"
)  # "两省18个项目进行了现场签约", "江苏代表团举行重点项目集中签约仪式"


# what a signing ceremony signs, named before it: "出席“村企帮扶合作项目”签约和揭牌仪式",
# "两地企业进行了战略合作签约仪式"
_NAMED_SIGNING = re.compile(
    r"(?:“(?P<quoted>[^“”\n]{2,24}?(?:项目|合作|协议|计划))”|(?P<kind>战略合作|框架合作))"
    r"(?:集中|现场)?签约"
)


# an agreement named by its kind alone, right after its signing: "两市签署协议,共建…"
_SIGNED_KIND = re.compile(
    r"(?:签署|签订|签约)(?:了)?(?P<name>协议书|协议|合同|备忘录)(?![\u4e00-\u9fff]{0,1}[书])"
)


# a count of agreements or projects signed, after the list that names them: "签订了“A”“B”“C”3个
# 政府间合作协议", "A项目、B项目、C项目等11个企业投资项目协议签约"
_COUNTED = re.compile(
    r"等?(?:\d+|[一二三四五六七八九十两]+)(?:个|项|份)[\u4e00-\u9fff]{0,8}?(?:协议|合同|项目)"
    r"(?:协议|合同)?"
)
_QUOTED_ITEM = re.compile(r"“(?P<name>[^“”\n]{4,40})”[、，,]?$")
_LISTED_ITEM = re.compile(r"(?:^|[，,：:；;。\n])(?P<items>[^，,：:；;。\n“”]{4,400})$")
_ITEM_KIND = re.compile(r"(?:项目|协议|合同|备忘录|基金|研究院|平台)$")


def _listed_before_count(text: str, lo: int, hi: int) -> list[tuple[tuple[int, int], str]]:
    """((start, end), name) of each agreement or project a list names before its count."""
    out = []
    for m in _COUNTED.finditer(text, lo, hi):
        if not re.search(r"签|协议|合同", text[m.start() : m.end() + 4]):
            continue  # "5个项目建成": projects, not signed
        pos = m.start()
        quoted = []
        while (q := _QUOTED_ITEM.search(text, max(lo, pos - 44), pos)) is not None:
            quoted.append((q.span("name"), q.group("name")))
            pos = q.start()
        if quoted:
            out += reversed(quoted)
            continue
        listed = _LISTED_ITEM.search(text, max(lo, m.start() - 400), m.start())
        if listed is None or "、" not in listed.group("items"):
            continue
        items, start = [], listed.start("items")
        for part in listed.group("items").split("、"):
            items.append(((start, start + len(part)), part))
            start += len(part) + 1
        if all(_ITEM_KIND.search(name) and 4 <= len(name) <= 40 for _, name in items):
            out += items
    return out


# verbs that act on an agreement already made, inside the words before its kind
_ACTS_ON = re.compile(r"履行|执行|遵守|遵照|依照|依据|相信|认为|违反|落到实处")
_ANAPHORA = re.compile(r"(?:这份|这一|该|此|上述)[“”\"'\u4e00-\u9fff]{0,8}$")


def once(mentions: list[Mention]) -> list[Mention]:
    """Each agreement once: a later mention whose name is (part of) one already named is the same
    agreement ("…深化东西部协作和交流合作框架协议" again, cut at its 和)."""
    kept: list[Mention] = []
    for a in mentions:
        if any(a.value["name"] in k.value["name"] for k in kept):
            continue
        kept.append(a)
    return kept


def find_agreements(text: str, lo: int = 0, hi: int | None = None) -> list[Mention]:
    hi = len(text) if hi is None else hi
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in _BRACKETED.finditer(text, lo, hi):
        out.append(Mention("agreement", m.span(), m.group(0), {"name": m.group("name")}, 0.95))
        taken.append(m.span())
    for span, name in _listed_before_count(text, lo, hi):
        out.append(Mention("agreement", span, name, {"name": name}, 0.8))
        taken.append((span[0], span[1] + 24))  # the count's own "…合作协议" is the list's sum
    for m in _BARE.finditer(text, lo, hi):
        if any(s <= m.start() < e for s, e in taken):
            continue
        name = _LEAD.sub("", m.group("name"))
        if len(name) < 4 or re.search(r"\d|等|个|份", name):
            continue
        if re.match(r"(?:此次|这次|本次|这份|这一|该|此|上述|如下|以下|下列)", name):
            continue  # "此次战略合作协议": the agreement already named, taken up again
        if _ACTS_ON.search(name):
            continue  # "在切实履行协议中", "相信合作协议…": an agreement acted on, not named
        if _ANAPHORA.search(text, max(lo, m.end() - len(name) - 12), m.end() - len(name)):
            continue  # "这份“升级版”扶贫协作协议": the agreement already named
        start = m.end() - len(name)
        out.append(Mention("agreement", (start, m.end()), name, {"name": name}, 0.9))
    for m in _SIGNED.finditer(text, lo, hi):
        name = m.group("name").lstrip("的了")
        if len(name) < 2 or name == "项目" and "一批" in m.group(0):
            continue  # "签约一批项目": projects, unnamed
        out.append(Mention("agreement", (m.end() - len(name), m.end()), name, {"name": name}, 0.8))
    for m in _SIGNED_KIND.finditer(text, lo, hi):
        if not any(s <= m.start("name") < e for s, e in taken):
            out.append(
                Mention(
                    "agreement", m.span("name"), m.group("name"), {"name": m.group("name")}, 0.8
                )
            )
    for m in _NAMED_SIGNING.finditer(text, lo, hi):
        group = "quoted" if m.group("quoted") else "kind"
        if not any(s <= m.start(group) < e for s, e in taken):
            name = m.group(group)
            out.append(Mention("agreement", m.span(group), name, {"name": name}, 0.8))
    for m in _SIGNED_AFTER.finditer(text, lo, hi):
        out.append(Mention("agreement", m.span("name"), m.group("name"), dict(m.groupdict()), 0.8))
    return out
