"""Dates in Chinese copy: 2018年9月12日, 8月29日至31日, 7月25至27日, 2017年3月, 6月份, 去年10月,
今年以来, the dateline's "21日" (the month of the date before it) and 2020-12-24 stamps.

A mention keeps the year the text gives; one it leaves out comes from the publication date (or
the year passed in), and 去年/今年 are counted from it. A bare year counts only where it dates
something ("2016年，", "2018年以来", "自1996年"), not inside a name ("2020年特色产品展销会").
"""

from __future__ import annotations

import calendar
import datetime
import re

from .mention import Mention
from .spans import in_book_title

_Y = r"(?P<y>(?:19|20)\d\d)年"
_CN_DAY = r"三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_REL = r"(?P<rel>去年|今年|前年|明年|当年|同年|这一年|这年)"
_DATE = re.compile(
    rf"(?P<iso>(?<!\d)(?P<iy>(?:19|20)\d\d)-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})(?!\d))"
    # "2003年6月至2014年11月": from a month of one year to a month of another
    # (or from a month of the year just said: "2013年7月起援藏并于当年11月至2014年6月")
    # (or from last year's month to this year's: "去年10月到今年3月")
    rf"|(?P<ymspan>(?:(?P<ya>(?:19|20)\d\d)年|(?P<yarel>当年|同年|去年|前年))(?P<mya>\d{{1,2}})月(?:至|到|—{{1,2}}|–|-|～)"
    rf"(?:(?P<yb>(?:19|20)\d\d)年|(?P<ybrel>今年|去年))(?P<myb>\d{{1,2}})月(?!\d))"
    rf"|(?P<mrange>(?:(?P<ry>(?:19|20)\d\d)年|(?P<rrel>去年|今年|前年|明年))?"
    rf"(?P<ma>\d{{1,2}})月?(?:至|到|—{{1,2}}|–|-|～)(?P<mb>\d{{1,2}})月(?!\d))"
    rf"|(?P<ymd>(?:{_Y}|{_REL})?(?P<m>\d{{1,2}})月(?:份)?"
    rf"(?:(?P<d>\d{{1,2}})日?(?:(?:至|到|—{{1,2}}|–|-|～|~)(?:(?P<m2>\d{{1,2}})月)?(?P<d2>\d{{1,2}})\s?日)?"
    rf")?)"
    # a day written in Chinese numerals: "三月二十六日", "二〇〇九年三月二十六日", "去年十月二十日"
    rf"|(?P<cnmd>(?:(?P<cy>[〇零一二三四五六七八九]{{4}})年|(?P<cdy>(?:19|20)\d\d)年"
    rf"|(?P<cdrel>去年|今年|前年|明年))?(?P<cm>十[一二]?|[一二三四五六七八九])月"
    rf"(?P<cd>{_CN_DAY})日(?:(?:至|到|—{{1,2}}|–|-|～|~)(?P<cd2>{_CN_DAY})日)?)"
    # a month in Chinese numerals after its year: "今年四月", "2018年十一月"
    rf"|(?P<cnmonth>(?:(?P<cmy>(?:19|20)\d\d)年|(?P<cmrel>去年|今年|前年|明年))"
    rf"(?P<cmm>十[一二]?|[一二三四五六七八九])月(?![\d〇零一二三四五六七八九十]|份?[\d]))"
    # "2019-2022，": two years joined, with no 年 after either
    rf"|(?P<bareyears>(?<![\d-])(?P<ys1>(?:19|20)\d\d)(?:—|-|～|–)(?P<ys2>(?:19|20)\d\d)"
    r"(?=[，,。；;、\s]|期间|$))"
    rf"|(?P<year>(?<!\d)(?P<yy>(?:19|20)\d\d)(?:年(?:(?:至|到|—{{1,2}}|–|-|～|和(?=\d{{4}}年两年|\d{{4}}年间))"
    rf"(?P<yy2>(?:19|20)\d\d)年)?"
    rf"|(?:至|到|—{{1,2}}|–|-|～)(?P<yy3>(?:19|20)\d\d)年))"
    # a year written in Chinese numerals, where a year is read: "一九九二年，"
    rf"|(?P<cnyear>(?P<cny>[一二][〇零一二三四五六七八九]{{3}})年(?![〇零一二三四五六七八九十]))"
    # "2021年第一季度", "今年一季度": the quarter's three months
    rf"|(?P<quarter>(?:(?P<qy>(?:19|20)\d\d)年|(?P<qrel>去年|今年|明年))?第?(?P<q>[一二三四1-4])季度)"
    rf"|(?P<since>(?<=[自从])(?P<rel3>去年|今年|前年)(?=[\u4e00-\u9fff]{{1,8}}以来))"
    rf"|(?P<relyear>(?P<rel2>去年|今年|前年|明年))"
    rf"|(?P<relmonth>(?P<rm>上个月|上月|本月)(?:(?P<rd>\d{{1,2}})日)?)"
    rf"|(?P<day>(?<![\d月])(?P<dd>\d{{1,2}})"
    rf"(?:日(?:(?:至|到|—{{1,2}}|–|-|～|~)(?P<dd2>\d{{1,2}})日)?|(?:至|到)(?P<dd3>\d{{1,2}})日)(?!\d))"
    rf"|(?P<next>次日)"
    rf"|(?P<relday>昨天|昨日|今天|今日|前天)"
)
_YEAR_CONTEXT_AFTER = re.compile(
    r"^(?:以来|起|底|初|末|年底|年初|上半年|下半年|前|后|至今|，|,|。|、|；|中|期间|开始|间|工作"
    # "两地2021年结对协作以来", "2022年夏天进藏以来": since then, whatever was begun
    r"|[\u4e00-\u9fff]{1,8}?以来)"
)
# a year followed by what happened in it, wherever it stands: "泽普县2018年在喀什地区率先脱贫摘帽",
# "为2020年顺利脱贫摘帽打下基础", "镇坪县2018年全县脱贫摘帽"
_YEAR_THEN_DEED = re.compile(
    r"(?:在(?![\u4e00-\u9fff]{0,12}?(?:召开|举办|举行)的)|已|又|率先|顺利|如期|全面|"
    r"全[县市省州区旗](?!范围)|实现|完成|脱贫|摘帽|整体脱贫)"
)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:自|从|由|于|在|截至|截止|到|至|总结|交流|回顾|部署|谋划|安排|推进|完成|其中)了?$"
)  # "总结交流2021年我省…工作，研究部署2022年工作任务": the year's work
_REL_AFTER = re.compile(r"^(?:以来|起|上半年|下半年|底|初|年底|年初|，|,)")  # (从今年起)
_RELM_AFTER = re.compile(r"(?:底|初|中旬|上旬|下旬|以来|，|,)")
# a year or 今年 heading a clause dates what follows ("其中，2020年实施…", "；今年陇南…"),
# unless the clause names something ("2022年东西部协作联席会议在…召开") or 今年 is its subject
# (also after a dateline's closing bracket or a quote's opening: "…电 (记者 …)今年是…", "“今年…")
_CLAUSE_START = re.compile(r"[，,。；;：:！!？?\n)）“]\s*$")
# (a meeting's name may run long: "2025年松江区·昭通市(昭阳区、镇雄县)东西部协作联席会议举行",
# but not across a verb or a place: "2021年在大连召开的联席会议上" dates the meeting)
_NAMED_AFTER = re.compile(
    # ("2023年度援疆项目实施计划" names a plan; "2021年度，" and "2019年是…收官之年" date a year)
    r"(?:度(?=[\u4e00-\u9fff])|[\u4e00-\u9fff·]{0,10}?(?:计划|方案|协议|要点|行动)"
    r"|(?:(?!在|于|召开|举办|举行|期间)[\u4e00-\u9fff·()（）、“”\-—–]){0,45}?"
    r"(?:会议|大会|联席会|座谈会|展销会|博览会|交易会|推介会|论坛|仪式|对接活动|行动))"
)


def find_dates(
    text: str,
    published: str | None = None,
    year: int | None = None,
    lo: int = 0,
    hi: int | None = None,
) -> list[Mention]:
    """Every date in text[lo:hi] as (start, end) ISO strings of day, month or year precision."""
    hi = len(text) if hi is None else hi
    pub_y = int(published[:4]) if published else year
    out: list[Mention] = []
    last_month: tuple[int | None, int] | None = None
    if published:
        last_month = (pub_y, int(published[5:7]))
    said_year: tuple[int, int] | None = None  # (position, year) of the last year the text gave
    said_month = False  # whether the text has named a month yet (else days are the publication's)
    last_day: tuple | None = None  # the last day said, for 次日 (the day after it)
    ahead_until = -1  # the end of a sentence whose first date is said to lie ahead
    for m in _DATE.finditer(text, lo, hi):
        g = m.groupdict()
        g["yy2"] = g["yy2"] or g["yy3"]
        if g["cnmd"]:  # read as the same date in digits
            g["ymd"], g["m"], g["d"] = g["cnmd"], str(_cn_small(g["cm"])), str(_cn_small(g["cd"]))
            g["y"] = _cn_year(g["cy"]) if g["cy"] else g["cdy"]
            g["rel"] = g["cdrel"]
            g["d2"] = str(_cn_small(g["cd2"])) if g["cd2"] else None
        if g["cnmonth"]:  # "今年四月": read as "今年4月"
            g["ymd"], g["m"], g["d"] = g["cnmonth"], str(_cn_small(g["cmm"])), None
            g["y"], g["rel"] = g["cmy"], g["cmrel"]
        if g["cnyear"]:  # read as the same year in digits
            g["year"], g["yy"] = g["cnyear"], _cn_year(g["cny"])
        g["dd2"] = g["dd2"] or g["dd3"]
        conf = 0.95
        # a year carries to the month-days after it within its sentence, not past a paragraph
        # (a headline's "2024年…" does not date the body's "1月10日，记者…获悉")
        between = text[said_year[0] : m.start()] if said_year else "。"
        # (within its paragraph, a year told in retrospect: "2008年，他被推选为火炬手。“原定5月19日
        # 举行的火炬接力…”" in a story of 2018)
        retrospect = said_year and pub_y and said_year[1] < pub_y - 1 and "\n" not in between
        if (
            ("。" not in between or retrospect)
            and "\n" not in between
            and "以来" not in between
            and not g.get("y")
        ):
            # ("2021年…开展以来，截至8月底": since then, up to this August)
            g["y"] = str(said_year[1]) if g["ymd"] and not g["rel"] else g.get("y")
        if g["iso"]:
            y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
            start = end = (y, mo, d)
        elif g["ymd"]:
            mo = int(g["m"])
            if not 1 <= mo <= 12:
                continue
            if g["rel"] in ("当年", "同年", "这一年", "这年"):  # "同年10月": the year said last
                if said_year is None:
                    continue
                g["y"], g["rel"] = str(said_year[1]), None
            y = _year_of(g, pub_y)
            ago = _YEARS_AGO.search(text, max(lo, m.start() - 6), m.start())
            if ago and pub_y and g["y"] is None and g["rel"] is None:
                n = ago.group("n")
                g["y"] = str(pub_y - (int(n) if n.isdigit() else _cn_small(n)))
                y = int(g["y"])
            if g["y"] is None and g["rel"] is None:
                conf = 0.9 if pub_y else 0.7
                ahead = bool(
                    _FUTURE_BEFORE.search(text[max(lo, m.start() - 12) : m.start()])
                    or _FUTURE_AFTER.match(text, m.end())
                    or _FUTURE_NEXT.match(text, m.end())
                    or m.start() < ahead_until
                )
                if ahead:  # "2月17日，将前往吉首；2月18日，分别前往…": a plan, one sentence
                    stop = _SENTENCE_END.search(text, m.end(), hi)
                    ahead_until = stop.start() if stop else hi
                if published and _after_publication(published, mo, g["d"]) and not ahead:
                    y -= 1  # a January story's "2月13日，…召开": last February, not next
            if g["d"]:
                d = int(g["d"])
                start = (y, mo, d)
                end = (y, int(g["m2"]) if g["m2"] else mo, int(g["d2"])) if g["d2"] else start
            else:
                start = end = (y, mo, None)
            last_month, said_month = (y, end[1]), True
        elif g["ymspan"]:
            if g["yarel"] in ("当年", "同年") and said_year is None:
                continue
            if (g["yarel"] in _REL_YEARS or g["ybrel"]) and not pub_y:
                continue
            if g["yarel"] in _REL_YEARS:
                ya = pub_y + _REL_YEARS[g["yarel"]]
            else:
                ya = said_year[1] if g["yarel"] else int(g["ya"])
            yb = pub_y + _REL_YEARS[g["ybrel"]] if g["ybrel"] else int(g["yb"])
            ma, mb = int(g["mya"]), int(g["myb"])
            if not (1 <= ma <= 12 and 1 <= mb <= 12 and (ya, ma) < (yb, mb)):
                continue
            start, end = (ya, ma, None), (yb, mb, None)
            said_year = (m.start(), yb)
            last_month, said_month = (yb, mb), True
        elif g["mrange"]:
            if re.search(r"每年$", text[max(lo, m.start() - 2) : m.start()]):
                continue  # "每年5月至10月": every year's season, no dated span
            ma, mb = int(g["ma"]), int(g["mb"])
            if not 1 <= ma < mb <= 12:
                continue
            y = _year_of({"y": g["ry"], "rel": g["rrel"]}, pub_y)
            if said_year and not g["ry"] and not g["rrel"]:
                y = said_year[1]
            start, end = (y, ma, None), (y, mb, None)
            last_month, said_month = (y, mb), True
        elif g["bareyears"]:
            ya, yb = int(g["ys1"]), int(g["ys2"])
            if not ya < yb <= ya + 30:
                continue
            start, end = (ya, None, None), (yb, None, None)
        elif g["year"]:
            before = text[max(lo, m.start() - 3) : m.start()]  # "回顾了2022年"
            after = text[m.end() : m.end() + 12]
            if not (
                g["yy2"]
                or _YEAR_CONTEXT_AFTER.match(after)
                or _YEAR_CONTEXT_BEFORE.search(before)
                or (_heads_clause(text, m, lo) or _YEAR_THEN_DEED.match(after))
                and not _NAMED_AFTER.match(text, m.end())
            ):
                continue
            if after.startswith(("月",)):
                continue
            y = int(g["yy"])
            start, end = (y, None, None), (int(g["yy2"]) if g["yy2"] else y, None, None)
        elif g["relyear"]:
            after = text[m.end() : m.end() + 3]
            heads = _heads_clause(text, m, lo) and not re.match(r"的|同期", after)
            # "从2018年的7648元提高到去年的16960元": a year compared with another
            compared = re.search(
                r"(?:提高|增长|增加|下降)?到$", text[max(lo, m.start() - 3) : m.start()]
            )
            if not (_REL_AFTER.match(after) or heads or compared) or pub_y is None:
                continue
            y = _year_of({"rel": g["rel2"]}, pub_y)
            start = end = (y, None, None)
        elif g["since"]:  # "自去年结对以来": since last year
            if pub_y is None:
                continue
            y = _year_of({"rel": g["rel3"]}, pub_y)
            start = end = (y, None, None)
        elif g["quarter"]:
            if pub_y is None and not g["qy"]:
                continue
            y = int(g["qy"]) if g["qy"] else _year_of({"rel": g["qrel"], "y": None}, pub_y)
            q = "一二三四".index(g["q"]) + 1 if g["q"] in "一二三四" else int(g["q"])
            start, end = (y, 3 * q - 2, None), (y, 3 * q, None)
        elif g["relmonth"]:
            since = re.search(r"[自从于在]$", text[max(lo, m.start() - 1) : m.start()])
            if not published or not (g["rd"] or _RELM_AFTER.match(text, m.end()) or since):
                continue  # "上月" counts back from the publication month only
            y, mo = pub_y, int(published[5:7])
            if g["rm"] != "本月":
                y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
            start = end = (y, mo, int(g["rd"]) if g["rd"] else None)
            last_month, said_month = (y, mo), True
        elif g["relday"]:
            if not published or re.match(r"头条|说法|关注|的", text[m.end() : m.end() + 2]):
                continue  # 昨天/今日 count from the publication date only (not "今日头条", nor
                # "到今天的踌躇满志": today's, nowadays)
            if re.search(r"(?:到|至)$", text[max(lo, m.start() - 2) : m.start()]):
                continue  # "直到今天", "至今日": up to now, no day of an event
            line_start = text.rfind("\n", lo, m.start()) + 1
            if re.search(r"首页|>>|›|»", text[line_start : m.start()]):
                continue  # "首页 >> 新闻动态 >> 今日楚雄": a column's name on the page's path
            back = {"昨天": 1, "昨日": 1, "前天": 2}.get(g["relday"], 0)
            base = datetime.date.fromisoformat(published[:10])
            line = _DATELINE.search(text, max(0, m.start() - 400), m.start())
            if line:  # "本报8月2日讯 … 今天上午": the day the report was filed
                try:
                    base = datetime.date(base.year, int(line.group(1)), int(line.group(2)))
                except ValueError:
                    pass
            day = base - datetime.timedelta(days=back)
            start = end = (day.year, day.month, day.day)
            conf = 0.8
        elif g["next"]:
            if last_day is None:
                continue
            start = end = _day_after(last_day)
            conf = 0.8
        else:
            if last_month is None:
                continue
            start = (last_month[0], last_month[1], int(g["dd"]))
            if published and last_month == (pub_y, int(published[5:7])) and not said_month:
                ahead = re.search(
                    r"(?:持续|延续|将)?至$|到$", text[max(lo, m.start() - 3) : m.start()]
                )
                if start[2] > int(published[8:10]) and not ahead:
                    # "29日" in an article of the 3rd: last month ("将持续至26日": this one)
                    y, mo = (pub_y, start[1] - 1) if start[1] > 1 else (pub_y - 1, 12)
                    start = (y, mo, start[2])
            end = (*start[:2], int(g["dd2"])) if g["dd2"] else start
            conf = 0.8
        if g.get("y") or g.get("iy") or g.get("yy") or g.get("ry"):
            said_year = (m.end(), start[0])
        half = _HALF.match(text, m.end())
        if half and start[1] is None and start[0] == end[0]:  # "今年上半年": its six months
            first, last = (1, 6) if half.group(1) == "上" else (7, 12)
            start, end = (start[0], first, None), (start[0], last, None)
        if not (_real_day(start) and _real_day(end)):
            continue  # "31日讯" in a story of 1 March: no 31 February, whatever was meant
        if g["day"] and text.startswith("内", m.end()):
            continue  # "请在30日内联系": thirty days, a span of time
        if end[2] is not None:
            last_day = end
        if is_time_stamp(text, m.start(), m.end()):
            continue  # the page's own time stamp: when it was posted, not an event
        if start[1] is None and in_book_title(text, m.start(), lo):
            continue  # 《…协议(2022—2026年)》: the years are part of the agreement's name
        if (
            out
            and start[2]
            and out[-1].value["precision"] == "day"
            and re.fullmatch(r"[、和及]", text[out[-1].span[1] : m.start()])
            and _days_apart(out[-1].value["parts"][1], start) in (1, 2)
        ):
            first = out.pop()  # "6月16日、6月17日", "6月18日、20日": one visit, one span
            start = first.value["parts"][0]
            m_start = first.span[0]
        else:
            m_start = m.start()
        out.append(
            Mention(
                "date",
                (m_start, m.end()),
                text[m_start : m.end()],
                {
                    "start": iso(start),
                    "end": iso(end),
                    "parts": (start, end),  # (year, month, day), None where the text is silent
                    "precision": "day" if start[2] else "month" if start[1] else "year",
                },
                conf,
            )
        )
    return _lasting_until(text, _joined_spans(text, _opened_and_closed(text, out)))


# the half of the year just said: "2021年上半年", "今年下半年"
_HALF = re.compile(r"(?:的)?([上下])半年")


# "从2022年6月1日起至2025年12月底": from one date to another, each said in full
_FROM_TO = re.compile(r"起?(?:至|到|—{1,2}|–|-|～|~)")
_FROM_PART_TO = re.compile(r"(?:初|底|末|上旬|中旬|下旬)?(?:开始|起)?(?:至|到)")
_FROM_CLAUSE_TO = re.compile(r"[\u4e00-\u9fff]{0,8}[，,]\s*(?:至|到)")


def _joined_spans(text: str, dates: list[Mention]) -> list[Mention]:
    """Two dates joined by 至 (to) are one span, from the first to the second; a span of years
    goes on to the month said after its last year ("1997年-2010年11月")."""
    out: list[Mention] = []
    for d in dates:
        first = out[-1] if out else None
        if first is None:
            out.append(d)
            continue
        between = text[first.span[1] : d.span[0]]
        (fs, fe), (ds, de) = first.value["parts"], d.value["parts"]
        joined = None
        from_then_to = re.search(r"[自从]$", text[max(0, first.span[0] - 1) : first.span[0]]) and (
            _FROM_CLAUSE_TO.fullmatch(between)
        )  # "工程自2016年7月开工建设，至2019年7月基本完工": from the first to the second
        if from_then_to and re.match(r"至今|以来", text[d.span[1] : d.span[1] + 2]):
            # "从1998年起支援哈密，到2010年至今支援喀什": the second opens a span of its own
            from_then_to = None
        if (
            (_FROM_TO.fullmatch(between) or from_then_to)
            and fs == fe
            and ds == de
            and re.match(r"(?:19|20)\d\d年", d.text)  # the second says its own year
            and first.value["end"] < d.value["start"]
        ):
            joined = (fs, de)
        elif (
            re.search(r"[自从]$", text[max(0, first.span[0] - 1) : first.span[0]])
            and _FROM_PART_TO.fullmatch(between)
            and fs == fe
            and ds == de
            and fs[0] == ds[0]
            and first.value["end"] < d.value["start"]
        ):  # "从3月初开始至4月底": from part of one month to part of a later one
            joined = (fs, de)
        elif (
            between == ""
            and first.value["precision"] == "year"
            and fs[0] < fe[0]
            and re.fullmatch(r"\d{1,2}月", d.text)
        ):
            joined = (fs, (fe[0], ds[1], None))
        if joined is None:
            out.append(d)
            continue
        span = (first.span[0], d.span[1])
        value = dict(first.value, start=iso(joined[0]), end=iso(joined[1]), parts=joined)
        out[-1] = Mention(
            "date", span, text[span[0] : span[1]], value, min(first.confidence, d.confidence)
        )
    return out


# "从10月25日开始，10月27日结束": one event's first and last day, said in two clauses
_OPENED_THEN = re.compile(r"(?:开始|开幕|启动)[，,]\s*(?:至|到|于)?")
_THEN_CLOSED = re.compile(r"(?:结束|闭幕|落幕)")


def _opened_and_closed(text: str, dates: list[Mention]) -> list[Mention]:
    """Dates with a day where one event opens on the first and closes on the second are one span."""
    out: list[Mention] = []
    for d in dates:
        first = out[-1] if out else None
        if (
            first
            and first.value["precision"] == d.value["precision"] == "day"
            and first.value["end"] < d.value["start"]
            and _OPENED_THEN.fullmatch(text, first.span[1], d.span[0])
            and _THEN_CLOSED.match(text, d.span[1])
        ):
            span = (first.span[0], d.span[1])
            value = dict(
                first.value,
                end=d.value["end"],
                parts=(first.value["parts"][0], d.value["parts"][1]),
            )
            out[-1] = Mention(
                "date", span, text[span[0] : span[1]], value, min(first.confidence, d.confidence)
            )
            continue
        out.append(d)
    return out


# what an event begun on a day said before lasts until: "此次大集将持续到1月12日", "活动从7月6日开始
# 连续10天，…一直到7月15日"
_LASTING_UNTIL = re.compile(r"(?:持续|一直|延续)(?:到|至)$")


def _lasting_until(text: str, dates: list[Mention]) -> list[Mention]:
    """A day the event lasts until ends a span from the last day said before it (within a few
    sentences); the day it began stays a date of its own."""
    out: list[Mention] = []
    for d in dates:
        begun = next((p for p in reversed(out) if p.value["precision"] == "day"), None)
        if (
            begun
            and d.value["precision"] == "day"
            and _LASTING_UNTIL.search(text, max(0, d.span[0] - 3), d.span[0])
            and d.span[0] - begun.span[1] <= 150
            and begun.value["end"] < d.value["start"]
        ):
            value = dict(
                d.value,
                start=begun.value["start"],
                parts=(begun.value["parts"][0], d.value["parts"][1]),
            )
            d = Mention("date", d.span, d.text, value, d.confidence)
        out.append(d)
    return out


# a line saying when the page was posted: "发布时间:2021-06-23", "来源:光明网 2024-11-19 10:36",
# "2023年07月16日 10:02:51", "2024年11月20日 | 查看: 63093"
_STAMP_LABEL = re.compile(
    r"^[\s\-•*·]*(?:时间|日期)\s*[:：]|发布时间|发布日期|发表时间|发稿时间|更新时间|成文日期|"
    r"信息提供日期|刊发日期|出版日期|编印|"
    r"来源\s*[:：]|作者\s*[:：]|"
    r"编辑\s*[:：]|责任编辑|查看\s*[:：]|浏览|点击\s*[:：]|阅读\s*[:：]|阅读量|访问量|访问次数|字号"
)
_DATELINE = re.compile(r"(\d{1,2})月(\d{1,2})日(?:讯|电|消息)")
_EDITION_LINE = re.compile(
    r"(?:\s|[|/·•*-]|第?[\d一二三四五六七八九十]+版|[(（]?星期[一二三四五六日天][)）]?|周[一二三四五六日]|"
    r"版次\s*[:：]?\s*\d+|上一期|下一期)*"  # "版次:003 2025年12月25日", "… 星期二上一期下一期"
)
# a numeric date opening a line, or after a short line's "|": a page's stamp or a list of other
# stories ("- 2023-04-20一盏灯笼照亮了24个村", "| 招商动态 |2011-09-28"); prose writes 年月日
_CRUMB_BEFORE = re.compile(r"(?:->|>|»|›)\s*$")
_CRUMB_AFTER = re.compile(r"\s*(?:->|>|»|›)")
_NUMERIC_DAY = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_BEFORE_NUMERIC_STAMP = re.compile(r"[\s\-•*·]*|.{0,30}\|\s*")
_CLOCK_AFTER = re.compile(
    r"\s*\d{1,2}:\d{2}|\s*第?\d{1,2}\s*版"  # a clock time, or a paper's page ("( 2025年03月28日 06 版)")
    r"|\s*[(（]?星期[一二三四五六日天][)）]?[ \t]*(?:\n|$)"  # "2020年12月25日 星期五⏎": the edition
)


def is_time_stamp(text: str, start: int, end: int) -> bool:
    """Whether a date is the page's own time stamp: followed by a clock time, or on a short line
    of page labels (source, author, views)."""
    if _CLOCK_AFTER.match(text, end):
        return True
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo : hi if hi >= 0 else len(text)]
    said = text[start:end]
    if re.search(r"日|\d-\d", said) and _EDITION_LINE.fullmatch(line.replace(said, "", 1)):
        return True  # a line that is only a day ("2025年09月19日", "第一版 … 星期五"): the edition
    if _NUMERIC_DAY.fullmatch(said) and _BEFORE_NUMERIC_STAMP.fullmatch(text, lo, start):
        return True
    if _NUMERIC_DAY.fullmatch(said) and not line[end - lo :].strip() and len(line) < 60:
        return True  # "北京丰台官方发布 2024-10-31⏎": a listed story's source and day
    if _CRUMB_BEFORE.search(text, lo, start) and _CRUMB_AFTER.match(text, end):
        return True  # "论坛 -> 1998年01月 -> 闽宁对口扶贫协作…": a step in the page's path
    return len(line) < 160 and bool(_STAMP_LABEL.search(line))


def _real_day(ymd: tuple) -> bool:
    """Whether a (year, month, day) names a day of the calendar (year, month and day may be
    None; a year unknown is read as a leap year)."""
    y, mo, d = ymd
    if d is None:
        return True
    return 1 <= d <= (calendar.monthrange(y or 2000, mo)[1] if mo else 31)


def _days_apart(a: tuple, b: tuple) -> int | None:
    if None in (a[1], a[2], b[1], b[2]):
        return None
    try:
        y = a[0] or 2000
        return (datetime.date(b[0] or y, b[1], b[2]) - datetime.date(y, a[1], a[2])).days
    except ValueError:
        return None


def _day_after(ymd: tuple) -> tuple:
    y, mo, d = ymd
    try:
        nxt = datetime.date(y or 2000, mo, d) + datetime.timedelta(days=1)  # 2000: a leap year
    except ValueError:
        return ymd
    return (nxt.year if y else None, nxt.month, nxt.day)


def _heads_clause(text: str, m: re.Match, lo: int) -> bool:
    return m.start() == lo or bool(_CLAUSE_START.search(text, max(lo, m.start() - 3), m.start()))


# words that put a date ahead of the report: "将于5月", "计划6月底前"
_FUTURE_BEFORE = re.compile(r"将|计划|拟|预计|定于|准备|力争|争取|有望|即将|届时|下一步")


_SENTENCE_END = re.compile("[。\n]")
# "2月17日，将前往湖南": the date, then what will be done on it
_FUTURE_NEXT = re.compile(r"[，,]?[\u4e00-\u9fff]{0,3}?(?:将|计划|拟|预计|即将)")
# "从6月12日起": from a day on, a day ahead of the report
# "9月30日前，所有工程将全部完工": a deadline, a day ahead of the report
_FUTURE_AFTER = re.compile(r"起(?!草)|开始|(?:之|以)?前(?![往来夕期])")
# "10年前的5月12日": a day some years before the publication's year
_YEARS_AGO = re.compile(r"(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})年前的?$")


def _cn_small(numeral: str) -> int:
    """'三' -> 3, '十二' -> 12, '二十六' -> 26, '三十' -> 30."""
    digits = "〇一二三四五六七八九"
    if "十" not in numeral:
        return digits.index(numeral)
    tens, _, ones = numeral.partition("十")
    return (digits.index(tens) if tens else 1) * 10 + (digits.index(ones) if ones else 0)


def _cn_year(numerals: str) -> str:
    """'二〇〇九' -> '2009': a year written digit by digit."""
    return "".join(str("〇一二三四五六七八九".index(c.replace("零", "〇"))) for c in numerals)


def _after_publication(published: str, month: int, day: str | None) -> bool:
    """Whether a month (and day) of the publication's year falls well after the publication
    date: more than a month after it, or a week for a day said."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return False
    pub = datetime.date.fromisoformat(published)
    if day:
        try:
            said = datetime.date(pub.year, month, int(day))
        except ValueError:
            return False
        return (said - pub).days > 7
    return month > pub.month + 1


# the years counted from the publication's
_REL_YEARS = {"去年": -1, "今年": 0, "前年": -2, "明年": 1}


def _year_of(g: dict, pub_y: int | None) -> int | None:
    rel = g.get("rel")
    if g.get("y"):
        return int(g["y"])
    if rel and pub_y:
        return pub_y + _REL_YEARS[rel]
    return pub_y


def iso(ymd: tuple) -> str:
    y, m, d = ymd
    parts = [f"{y:04d}" if y else None, f"{m:02d}" if m else None, f"{d:02d}" if d else None]
    return "-".join(p for p in parts if p)
