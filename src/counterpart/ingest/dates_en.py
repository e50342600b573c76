"""English dates: "From August 29 to 31", "8-10 November", "On 14th June", "From the 23rd to
the 24th" and "On 29th" (month from the publication date), "in April this year", "by the end of
2017", "on Sunday" and "This year, …" (counted from the publication date). Each mention keeps the
year the text gives (None when it does not).
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from .spans import quoted as _quoted

_MONTHS = {
    m: i
    for i, ms in enumerate(
        [
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for m in ms
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|(?![a-z.])))"
)
_YEAR = r"(?:19|20)\d\d"
_ORD = r"(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE = re.compile(
    rf"(?P<range>(?:[Ff]rom\s+|[Bb]etween\s+)?(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}}){_ORD}\s*"
    rf"(?:to|until|till|through|-|–|—|and)\s*(?:(?P<m2>{_MONTH})\s+)?(?P<d2>\d{{1,2}}){_ORD}\b"
    rf"(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?)"
    # ("On Feb.7,": the day written on to the abbreviation's full stop)
    rf"|(?P<single>(?P<m3>{_MONTH})(?:\s+|(?<=\.))(?P<d3>\d{{1,2}}){_ORD}\b"
    rf"(?:,?\s+(?P<y3>(?:19|20)\d\d)\b)?)"
    rf"|(?P<dmyr>\b(?P<d8>\d{{1,2}}){_ORD}\s*(?:-|–|to)\s*(?P<d9>\d{{1,2}}){_ORD}\s+(?P<m8>{_MONTH})"
    rf"(?:,?\s+(?P<y8>(?:19|20)\d\d)\b)?)"
    rf"|(?P<dmy>\b(?P<d4>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m4>{_MONTH})(?:,?\s+(?P<y4>(?:19|20)\d\d)\b)?)"
    # "From 2017 to the end of September this year", "from 2017 to September 2018"
    rf"|(?P<ymrange>\b(?i:from|between)\s+(?P<y15>{_YEAR})\s+(?:to|until|till|and)\s+"
    rf"(?:the\s+end\s+of\s+)?(?P<m15>{_MONTH})(?:\s+(?P<y16>{_YEAR})\b|\s+(?P<this15>this\s+year)\b)?"
    rf"(?!\s+\d))"
    # "From June to the end of 2010": a month to the end of the year named after it
    rf"|(?P<mtoyear>\b(?i:from)\s+(?P<m17>{_MONTH})\s+(?:to|until|till)\s+the\s+end\s+of\s+"
    rf"(?P<y17>{_YEAR})\b)"
    rf"|(?P<years>\b(?i:from|between)\s+(?P<y9>(?:19|20)\d\d)\s+(?:to|and|until|till|-|–)\s+"
    rf"(?P<y10>(?:19|20)\d\d)\b"
    # "collaboration, 2016 to 2020, Shanghai …", "in 2018 and 2019": one span of years
    rf"|(?:(?<=,\s)|(?<=\()|\b(?i:in|during)\s+)(?P<y25>(?:19|20)\d\d)\s+(?:to|through|and)\s+"
    rf"(?P<y26>(?:19|20)\d\d)\b(?!\s+respectively))"
    # months: "from June 2018 to May 2019", "in late March", "since mid-May"
    rf"|(?P<mrange>\b(?i:from|between|(?:the\s+)?period)\s+(?P<m6>{_MONTH})(?:\s+(?P<y11>{_YEAR}))?\s+"
    rf"(?:to|and|until|till|through|-|–)\s+(?P<m7>{_MONTH})(?:\s+(?P<y12>{_YEAR}))?\b"
    rf"(?!\s+\d{{1,2}}\b))"
    rf"|(?P<month>\b(?i:in|since|by|on|from|through|as\s+of|(?:in|since|by)\s+(?:late|early|mid)|(?:as\s+of|at|by|"
    rf"to|until|before)\s+the\s+end\s+of)(?:\s+|(?<=mid)-)(?P<m5>{_MONTH})"
    rf"(?!\s*\d{{1,2}}(?:st|nd|rd|th)?\b)(?:,?\s+(?P<y5>{_YEAR})\b|\s+this\s+year\b"
    rf"|\s+(?P<that5>that\s+year)\b|\s+(?P<last5>last\s+year)\b)?)"
    # "pair assistance work in Guizhou, July, 2020. (Photo …)": a month and its year after a comma
    # (or opening a line: "August 2020, Ah Yuting is teaching students", a photo's caption)
    rf"|(?P<mcomma>(?:(?<=,\s)|(?<=^)|(?<=\n))(?P<m31>{_MONTH}),?\s+(?P<y31>{_YEAR})\b)"
    # a year naming an event it dates: "affected by the 2008 earthquake"
    rf"|(?P<yevent>\bthe\s+(?P<y41>{_YEAR})(?=\s+(?:(?:[A-Z][a-z]+|[\d.]+-magnitude)\s+)?"
    r"(?:earthquake|quake|floods?|Olympics|Olympic\s+Games|Expo|World\s+Expo)\b))"
    # a decade: "since the 1970s", "In the 1990s" (no date: see below)
    rf"|(?P<decade>\b(?i:in|since|during|by|from|until)\s+the\s+(?P<y40>(?:19|20)\d)0s\b)"
    # "with renewed focus from 2010 onward"
    rf"|(?P<onward>\b(?i:from)\s+(?P<y21>{_YEAR})\s+onwards?\b)"
    # year ranges with a dash: "(2016-2020)", "during 2016-2020"
    rf"|(?P<yrange>(?:(?<=\()|\b(?i:from|during|in|between|over)\s+(?:the\s+(?:period\s+)?)?)"
    rf"(?P<y13>{_YEAR})\s*[-–]\s*(?P<y14>{_YEAR})\b(?![-–]))"
    rf"|(?P<year>\b(?i:in|in\s+the\s+year|since|during|by|until|till|before|after|prior\s+to|as\s+of|up\s+to|"
    # a comparison's base year: "up 21.8% over 2010", "compared to 2011"
    rf"compared\s+(?:with|to)|(?<=%\s)over|(?:at|by|to|from|until|before|since|"
    rf"as\s+of)\s+(?:the\s+)?end\s+of|(?:in|during)\s+the\s+(?:first|second)\s+half\s+of|(?:in|to|since|during)\s+the\s+(?:spring|summer|autumn|fall|winter)\s+of|(?:since|at|from|by)\s+the\s+"
    rf"(?:beginning|start)\s+of|(?:in|since|by)\s+(?:late|early|mid))(?:\s+|(?<=mid)-|"
    rf"(?<=late)-|(?<=early)-)(?P<y6>{_YEAR})\b(?![-–]))"
    # day only, as an ordinal: "From the 23rd to the 24th", "On 29th", "on the 21st"
    rf"|(?P<dayrange>\b(?i:from)\s+the\s+(?P<d10>\d{{1,2}})(?:st|nd|rd|th)\s+(?:to|until|till)"
    rf"\s+the\s+(?P<d11>\d{{1,2}})(?:st|nd|rd|th)\b"
    # "From 8 to 9, the delegation …": days of the publication's month, opening a sentence
    rf"|(?:(?<=^)|(?<=\n)|(?<=[.;]\s))(?i:from)\s+(?P<d13>\d{{1,2}})\s+(?:to|until)\s+"
    rf"(?P<d14>\d{{1,2}})(?=,))"
    rf"|(?P<day>\b(?i:on|of)\s+(?:the\s+)?(?P<d12>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_MONTH})"
    rf"(?!\s+(?:[A-Z]{{2,}}|[A-Z][a-z]+\s+[A-Z]))"  # not "the 19th CPC National Congress"
    # nor "head of the 25th batch": an ordinal before its noun
    rf"(?!\s+(?!(?:the|a|an|at|in|and|to|of|when|this|last|next|morning|afternoon|evening)\b)"
    rf"[a-z]))"
    # "started operating it last October", "scheduled for this month": counted from the
    # publication date
    rf"|(?P<relm>\b(?i:last|this|next)\s+(?P<rm>{_MONTH})(?!\s+\d)"
    rf"|(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bof\s))"
    rf"(?i:this)\s+month\b|\b(?i:next)\s+month\b)"
    # "Between 2010 and now": a span to the publication year
    rf"|(?P<tonow>\b(?i:between|from)\s+(?P<y20>{_YEAR})\s+(?:and|to|until)\s+(?:now|today)\b)"
    # "to invest 46.6 billion yuan from this year to 2025": from the publication year
    rf"|(?P<thisto>\b(?i:between|from)\s+this\s+year\s+(?:and|to|until|till|through)\s+"
    rf"(?P<y22>{_YEAR})\b)"
    # "an official announced yesterday": the day before the publication date
    rf"|(?P<yday>\b(?i:yesterday)\b)"
    # a weekday, counted back from the publication date: "said on Sunday", "last Friday"
    rf"|(?P<weekday>\b(?:(?i:on|last)\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?:and|to)\s+(?P<wd2>{_WEEKDAY}))?"
    rf"\b(?!\s*,?\s+(?:{_MONTH}|\d)))"
    # the publication's year, or the one before it, heading a clause: "This year, 80 counties
    # …", "On August 29, this year, …", "Last year, Suzhou sent …", "so far this year" — not
    # "the epidemic this year" (a noun's attribute)
    # ("said that last year his hospital treated …, but this year 30 patients …": a clause's
    # opening after its conjunction)
    rf"|(?P<rel>(?:(?<=^)|(?<=\n)|(?<=[.,;:(]\s)|(?<=,\sand\s)|(?<=\bthat\s)|(?<=\bbut\s)"
    rf"|(?<=\bwhile\s)|\b(?i:in|since|during|so\s+far|earlier|later|"
    rf"starting|beginning|from|(?:the\s+)?(?:beginning|start|end|first\s+half|second\s+half)\s+of)\s+)"
    rf"(?P<which>(?i:this|last|next))\s+(?P<unit>year|month)\b"
    # "tours … to Minhang last month, when …": last month closing a clause dates its verb
    # "dispatched to Shigatse last year", "to be completed next year, he said": likewise
    rf"|(?<=[a-z]\s)(?P<which2>last|next)\s+(?P<unit2>month|year)(?=[,.;]))"
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TIME_OF_DAY = re.compile(r"(?P<tod>morning|afternoon|evening|night)\s+of\s+$", re.I)


@dataclass
class DateMention:
    """A date expression; month, day and year as the text gives them (None when it does not)."""

    span: tuple[int, int]
    text: str
    start: tuple[int | None, int | None, int | None]  # (year, month, day)
    end: tuple[int | None, int | None, int | None]
    precision: str  # day, month, year
    time_of_day: str = ""
    # counted from the publication date ("on Sunday", "On 29th", "This year,"): inferred
    relative: bool = False

    @property
    def key(self) -> tuple[str, str]:
        def fmt(y, m, d):
            parts = [
                f"{y:04d}" if y else None,
                f"{m:02d}" if m else None,
                f"{d:02d}" if d else None,
            ]
            return "-".join(p for p in parts if p)

        return fmt(*self.start), fmt(*self.end)


def _month(text: str) -> int:
    return _MONTHS[text.rstrip(".")]


def _month_of_day(day: int, published: str | None) -> tuple[int | None, int | None]:
    """(year, month) of a day given alone ("On 29th"): the publication's month if that day has
    come by then, else the month before."""
    if not published:
        return None, None
    y, m, d = (int(x) for x in published.split("-"))
    if day <= d:
        return y, m
    return (y, m - 1) if m > 1 else (y - 1, 12)


def find_dates(
    text: str, start: int = 0, end: int | None = None, published: str | None = None
) -> list[DateMention]:
    end = len(text) if end is None else end
    out = []
    for m in _DATE.finditer(text, start, end):
        g = m.groupdict()
        g["which"], g["unit"] = g["which"] or g["which2"], g["unit"] or g["unit2"]
        if _quoted(text, m.start(), start):
            continue  # "… of Dalian in 2018": part of a quoted name
        if _is_time_stamp(text, m.start(), m.end()):
            continue  # "Published: 14:35, June 15, 2021 | Updated: …": when the page was posted
        if g["relm"]:
            if not published:
                continue
            pub = datetime.date.fromisoformat(published)
            which = g["relm"].split()[0].lower()
            if g["rm"]:  # "last April" in November: the April of last year, as readers take it
                mo = _month(g["rm"])
                y = pub.year + {"last": -1, "this": 0, "next": 1}[which]
            else:
                y, mo = pub.year, pub.month + {"last": -1, "this": 0, "next": 1}[which]
                y, mo = (y - 1, 12) if mo == 0 else (y + 1, 1) if mo == 13 else (y, mo)
            s = e = (y, mo, None)
            prec = "month"
        elif g["mcomma"]:
            s = e = (int(g["y31"]), _month(g["m31"]), None)
            prec = "month"
        elif g["yevent"]:
            s = e = (int(g["y41"]), None, None)
            prec = "year"
        elif g["decade"]:
            # "since the 1990s": read so that no bare year is taken from it, but a decade dates
            # nothing to a day, month or year (annotators listed 1 of 6 on 80-96)
            continue
        elif g["onward"]:
            s = e = (int(g["y21"]), None, None)
            prec = "year"
        elif g["tonow"]:
            if not published:
                continue
            s, e = (int(g["y20"]), None, None), (int(published[:4]), None, None)
            prec = "year"
        elif g["thisto"]:
            if not published:
                continue
            s, e = (int(published[:4]), None, None), (int(g["y22"]), None, None)
            prec = "year"
        elif g["yday"]:
            if not published:
                continue
            day = datetime.date.fromisoformat(published) - datetime.timedelta(days=1)
            s = e = (day.year, day.month, day.day)
            prec = "day"
        elif g["weekday"] or g["rel"]:
            if not published:
                continue  # no date to count from
            pub = datetime.date.fromisoformat(published)
            if g["weekday"]:
                back = (pub.weekday() - _WEEKDAYS.index(g["wd"].capitalize())) % 7
                if g["weekday"].lower().startswith("last") and not back:
                    back = 7
                day = pub - datetime.timedelta(days=back)
                s = e = (day.year, day.month, day.day)
                if g["wd2"]:  # "visited … Monday and Tuesday": one visit over two days
                    ahead = (_WEEKDAYS.index(g["wd2"]) - _WEEKDAYS.index(g["wd"])) % 7
                    last = day + datetime.timedelta(days=ahead)
                    if not ahead or last > pub:
                        continue
                    e = (last.year, last.month, last.day)
                prec = "day"
            elif g["unit"].lower() == "month":  # "Last month, …": the month before publication
                y, mo = pub.year, pub.month
                if g["which"].lower() == "last":
                    y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
                elif g["which"].lower() == "next":
                    y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)
                s = e = (y, mo, None)
                prec = "month"
            else:
                y = pub.year + {"last": -1, "this": 0, "next": 1}[g["which"].lower()]
                s = e = (y, None, None)
                prec = "year"
        elif g["dayrange"] or g["day"]:
            d1 = int(g["d10"] or g["d12"] or g["d13"])
            d2 = int(g["d11"] or g["d12"] or g["d14"])
            y, mo = _month_of_day(d1, published)
            if mo is None:
                continue
            s, e = (y, mo, d1), (y, mo, d2)
            prec = "day"
        elif g["ymrange"]:
            y2 = int(g["y16"]) if g["y16"] else None
            if g["this15"]:
                if not published:
                    continue
                y2 = int(published[:4])
            if y2 is not None and y2 < int(g["y15"]):
                continue
            s, e = (int(g["y15"]), None, None), (y2, _month(g["m15"]), None)
            prec = "year"
        elif g["years"] or g["yrange"]:
            y1, y2 = (
                (g["y9"] or g["y25"], g["y10"] or g["y26"]) if g["years"] else (g["y13"], g["y14"])
            )
            if int(y2) <= int(y1):
                continue  # "2016-2012" is no range of years
            s, e = (int(y1), None, None), (int(y2), None, None)
            prec = "year"
            if g["y25"] and int(y2) - int(y1) > 1 and re.search(r"\sand\s", m.group(0)):
                # "in 2010 and 2015": two years, no span between them
                ys = m.start("y25")
                out.append(DateMention((ys, ys + 4), g["y25"], s, s, "year"))
                s = e
        elif g["mrange"]:
            y2 = int(g["y12"]) if g["y12"] else None
            y1 = int(g["y11"]) if g["y11"] else y2
            m1, m2 = _month(g["m6"]), _month(g["m7"])
            if y1 and y2 and y1 == y2 and m2 < m1:
                continue
            s, e = (y1, m1, None), (y2, m2, None)
            prec = "month"
        elif g["dmyr"]:
            y = int(g["y8"]) if g["y8"] else None
            s, e = (y, _month(g["m8"]), int(g["d8"])), (y, _month(g["m8"]), int(g["d9"]))
            prec = "day"
        elif g["range"]:
            y = int(g["y1"]) if g["y1"] else None
            m1 = _month(g["m1"])
            m2 = _month(g["m2"]) if g["m2"] else m1
            s, e = (y, m1, int(g["d1"])), (y, m2, int(g["d2"]))
            prec = "day"
        elif g["mtoyear"]:
            y = int(g["y17"])
            s, e = (y, _month(g["m17"]), None), (y, 12, None)
            prec = "month"
        elif g["single"]:
            y = int(g["y3"]) if g["y3"] else None
            md = (_month(g["m3"]), int(g["d3"]))
            if (
                y is None
                and published
                and re.search(r"\blast\s+$", text[max(0, m.start() - 6) : m.start()])
            ):
                # "the earthquake that hit Yushu on last April 14": the latest before publication
                pub = (int(published[5:7]), int(published[8:10]))
                y = int(published[:4]) - (md >= pub)
            s = e = (y, *md)
            prec = "day"
        elif g["dmy"]:
            y = int(g["y4"]) if g["y4"] else None
            s = e = (y, _month(g["m4"]), int(g["d4"]))
            prec = "day"
        elif g["month"]:
            y = int(g["y5"]) if g["y5"] else None
            if g["last5"]:  # "In April last year": the year before the publication's
                if not published:
                    continue
                y = int(published[:4]) - 1
            if g["that5"]:  # "In October that year": the year said last
                y = next((d.start[0] for d in reversed(out) if d.start[0]), None)
                if y is None:
                    continue
            s = e = (y, _month(g["m5"]), None)
            prec = "month"
        else:
            s = e = (int(g["y6"]), None, None)
            prec = "year"
        if prec == "day" and not (1 <= s[2] <= 31 and 1 <= e[2] <= 31):
            continue
        tod = _TIME_OF_DAY.search(text[max(start, m.start() - 30) : m.start()])
        out.append(
            DateMention(
                (m.start(), m.end()),
                m.group(0),
                s,
                e,
                prec,
                tod.group("tod").lower() if tod else "",
                relative=bool(
                    g["weekday"]
                    or g["rel"]
                    or g["dayrange"]
                    or g["day"]
                    or g["this15"]
                    or g["yday"]
                ),
            )
        )
    # "held in 1980, 1984, 1994, 2001, 2010 and 2015": each year of a list after "in"
    said = {d.span[0] for d in out} | {d.span[1] - 4 for d in out}
    for m in _YEAR_LIST.finditer(text, start, end):
        for y in re.finditer(r"(?:19|20)\d\d", m.group(0)):
            ys = m.start() + y.start()
            if ys not in said:
                year = (int(y.group(0)), None, None)
                out.append(DateMention((ys, ys + 4), y.group(0), year, year, "year"))
    out.sort(key=lambda d: d.span[0])
    return out


_YEAR_LIST = re.compile(
    r"\b(?i:in|during)\s+(?:19|20)\d\d(?:,\s+(?:19|20)\d\d)+(?:,?\s+and\s+(?:19|20)\d\d)?\b"
)
_STAMP_LABEL = re.compile(
    # "XinhuaUpdated: November 30, 2020": a label run into the agency's name
    r"(?:\b|(?=Updated))(?:Published|Update[d]?|Release\s+time|Released|Posted|Source|Editor|"
    r"Author|Views)\s*:"
    r"|\bPosted\s+on\b"  # "Posted On Mar 21 2017 by"
    # "Xinhua, July 13, 2016 Adjust font size:", "0 CommentsPrint E-mail China Today, March 4"
    r"|Adjust\s+font\s+size|Font\s+size\s*:|Print\s+E-?mail",
    re.I,
)


# a byline with its date: "by Zhao Binyu,September 09, 2020", "By Li Hui | Updated: …"
_BYLINE_LINE = re.compile(
    rf"\s*[Bb]y\s+(?!{_MONTH}|(?:19|20)\d\d)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}\s*[,|]"
)  # not "By September, they had all returned"


def _is_time_stamp(text: str, start: int, end: int) -> bool:
    """A date on a short line of page labels ("Updated: …", "Release time: …") or a byline's."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo : hi if hi >= 0 else len(text)]
    if len(line) < 160 and _BYLINE_LINE.match(line):
        return True
    said, rest = text[start:end], line.replace(text[start:end], "", 1)
    if re.search(
        r"\d{1,2}(?:st|nd|rd|th)?,?\s+(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d\b", said
    ) and re.fullmatch(
        # "Xinhua) 15:00, December 30, 2021": an agency's closing bracket before the time
        # "(Xinhua) 08:50, September 25, 2024", "Xinhua, April 10, 2011": the source's stamp
        r"[\s,|/·-]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)?"  # "Thu, 28 Jan 2021"
        r"(?:\(?[A-Z][\w '’]{0,24}\)?[\s,]*)?(?:\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?)?[\s,|/·-]*",
        rest,
    ):
        return True  # a line that is only a date ("October 27, 2012", "July 25, 2011 10:45 am")
    return len(line) < 160 and bool(_STAMP_LABEL.search(line))


def _iso(ymd, year: int | None, last: bool = False) -> str:
    y, m, d = ymd
    y = y or year
    if not y:
        return ""
    if m is None:
        return f"{y:04d}-12-31" if last else f"{y:04d}-01-01"
    if d is None:
        d = calendar.monthrange(y, m)[1] if last else 1
    return f"{y:04d}-{m:02d}-{d:02d}"
