#!/usr/bin/env python3
"""Import a research leads file (e.g. sources-2026-11.json) into data/, once, re-runnably.

Why a script and not hand edits: 160+ leads with 460+ figures, events and people are too many to
copy by hand without slips, and the import must be repeatable when the leads file is corrected.
Every row it writes has a deterministic id (source id + position in the lead, or a curated id), so
a second run replaces its own rows and leaves rows curated by hand alone.

What is mechanical (every lead): sources, figures -> commitments (value converted to base units,
the source's wording kept in value_text), events, people -> actors/positions/participations,
agreements and pledges -> commitments, and one line per lead in data/leads.csv saying how it was
handled. What is curated (in scripts/leads_curation.py, reviewed against the notes and the
pages): pairings with their life, the series followed as indicators with observations, targets,
conflicts, aliases and the weak leads kept.

Usage: python scripts/import_leads.py LEADS.json [--data data]
"""

from __future__ import annotations

import argparse
import calendar
import csv
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
import leads_curation as cur  # noqa: E402

ID_COL = {
    "sources": "source_id",
    "actors": "actor_id",
    "pairings": "pairing_id",
    "positions": "position_id",
    "events": "event_id",
    "participations": "participation_id",
    "commitments": "commitment_id",
    "indicators": "indicator_id",
    "observations": "observation_id",
    "conflicts": "conflict_id",
    "leads": "url",
    "areas": "area_id",
}

# Tables whose row order means something (the assessment areas are listed in their official order).
KEEP_ORDER = {"areas"}

UNIT_MAP = {
    "cny": "yuan",
    "yuan": "yuan",
    "元": "yuan",
    "people": "persons",
    "persons": "persons",
    "residents": "persons",
    "pupils": "persons",
    "students": "persons",
    "doctors": "persons",
    "teachers": "persons",
    "principals": "persons",
    "technicians": "persons",
    "officials": "persons",
    "cadres": "persons",
    "labourers": "persons",
    "officials / professionals": "persons",
    "cadres / technicians": "persons",
    "persons (person-times not specified)": "persons",
    "aid projects": "projects",
    "person-times": "person-times",
    "projects": "projects",
    "enterprises": "enterprises",
    "companies": "enterprises",
    "companies/merchants": "enterprises",
    "market entities": "enterprises",
    "households": "households",
    "villages": "villages",
    "townships": "townships",
    "counties": "counties",
    "cities": "cities",
    "provinces": "provinces",
    "provinces/municipalities": "provinces",
    "schools": "schools",
    "workshops": "workshops",
    "posts": "jobs",
    "jobs": "jobs",
    "products": "products",
    "product varieties": "products",
    "pieces": "pieces",
    "seedlings": "pieces",
    "masks": "pieces",
    "stations": "stations",
    "outlets": "stations",
    "centres": "stations",
    "square metres": "square metres",
    "hectares": "hectares",
    "km": "km",
    "tonnes": "tonnes",
    "percent": "percent",
    "visits": "visits",
    "agreements": "agreements",
    "pairings": "pairings",
    "training courses": "courses",
    "training sessions": "courses",
    "job fairs": "courses",
    "yuan per capita": "yuan per person",
    "cny per person": "yuan per person",
    "parks": "projects",
    "exchanges": "visits",
}

MULT = [
    (r"亿|億", 1e8),
    (r"万|萬", 1e4),
    (r"billion|miliardi", 1e9),
    (r"million|milioni", 1e6),
    (r"thousand", 1e3),
]

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}


# ---------------------------------------------------------------- small helpers


def slug(text: str, limit: int = 48) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")
    return s[:limit].strip("-") or "x"


def short_hash(text: str, n: int = 6) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def clip(text, n: int = 240) -> str:
    text = re.sub(r"\s+", " ", str(text or "")).strip()
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def end_of(y: int, m: int | None = None) -> str:
    if m is None:
        return f"{y:04d}-12-31"
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)(?:[-/.年](?P<m>\d{1,2})(?:[-/.月](?P<d>\d{1,2}))?)?"
    r"|(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?P<y2>(?:19|20)\d\d)"
)


def dates_in(text: str) -> list[tuple[int, int | None, int | None]]:
    """(year, month, day) mentions in order of appearance."""
    out = []
    for m in _DATE.finditer(text or ""):
        if m.group("y"):
            y = int(m.group("y"))
            mo = int(m.group("m")) if m.group("m") and 1 <= int(m.group("m")) <= 12 else None
            d = int(m.group("d")) if mo and m.group("d") else None
            if d and d > calendar.monthrange(y, mo)[1]:
                d = None
            out.append((y, mo, d))
        else:
            out.append((int(m.group("y2")), MONTHS[m.group("mon").lower()[:3]], None))
    return out


def as_date(ymd, end: bool = True) -> tuple[str, str]:
    """ISO date and precision of a (y, m, d) mention; the end of the year/month when end."""
    y, m, d = ymd
    if d:
        return f"{y:04d}-{m:02d}-{d:02d}", "day"
    if m:
        return (end_of(y, m) if end else f"{y:04d}-{m:02d}-01"), "month"
    return (end_of(y) if end else f"{y:04d}-01-01"), "year"


def parse_number(text: str) -> float | None:
    """The first number in text with its Chinese or English multiplier (5.51亿 -> 551000000)."""
    m = re.search(
        r"(\d[\d,]*(?:\.\d+)?)\s*(亿|億|万|萬|billion|miliardi|million|milioni|thousand)?", text
    )
    if not m:
        return None
    num = float(m.group(1).replace(",", ""))
    word = m.group(2) or ""
    for pat, mult in MULT:
        if word and re.fullmatch(pat, word):
            num *= mult
    if word in ("万", "萬"):  # 5500万 but also 1.2万亿: check for a following 亿
        tail = text[m.end() : m.end() + 1]
        if tail in ("亿", "億"):
            num *= 1e8
    return round(num, 2)


def norm_unit(unit: str) -> str | None:
    u = (unit or "").strip().lower()
    return UNIT_MAP.get(u)


def norm_qualifier(q: str, text: str) -> str:
    s = f"{q or ''} {text or ''}".lower()
    if any(k in s for k in ("less than", "under 1", "不到")) and "just under" not in s:
        return "less than"
    if any(k in s for k in ("nearly", "just under", "近", "almost")):
        return "nearly"
    if any(
        k in s for k in ("more than", "over ", "exceed", "超", "余", "多", "以上", "topped", "突破")
    ):
        return "more than"
    if "at least" in s or "不少于" in s:
        return "at least"
    if any(k in s for k in ("about", "approx", "约", "around", "预计")):
        return "about"
    return "exact"


AREA_KEYS = [
    ("consumption", ("consum", "sales", "sold", "purchas", "消费", "products", "goods", "黔货")),
    ("labour", ("labour", "labor", "job", "employ", "worker", "transfer", "劳务", "就业")),
    (
        "talent",
        (
            "train",
            "cadre",
            "teacher",
            "doctor",
            "professional",
            "talent",
            "seconded",
            "posted",
            "technician",
            "培训",
            "干部",
        ),
    ),
    (
        "industry",
        ("enterprise", "compan", "invest", "industr", "factory", "park", "企业", "产业", "招商"),
    ),
    ("county-pairing", ("paired", "pairing", "结对", "counties", "township", "villages")),
    ("organisation", ("visit", "meeting", "delegation", "joint", "leader")),
    ("education", ("school", "student", "pupil", "education", "教育")),
    ("health", ("hospital", "medical", "health", "clinic", "医")),
    (
        "funds",
        ("fund", "aid", "fiscal", "financ", "donat", "资金", "援助", "yuan", "money", "project"),
    ),
]


def area_for(text: str) -> str:
    s = (text or "").lower()
    for area, keys in AREA_KEYS:
        if any(k in s for k in keys):
            return area
    return "overall"


EVENT_KINDS = [
    ("press conference", ("press conference", "briefing")),
    ("interview", ("interview",)),
    ("visit", ("visit", "delegation", "inspection", "tour")),
    ("fair", ("fair", "festival", "gala", "shipment", "expo", "investment promotion")),
    ("launch", ("launch", "campaign")),
    ("forum", ("forum", "symposium", "conference", "teleconference")),
    ("meeting", ("meeting", "deployment")),
    ("signing", ("sign", "agreement")),
    ("assessment", ("assessment", "evaluation")),
    ("policy", ("policy", "plan", "decision", "guideline", "rules", "report to")),
]


def event_kind(text: str) -> str:
    s = (text or "").lower()
    for kind, keys in EVENT_KINDS:
        if any(k in s for k in keys):
            return kind
    return "milestone"


ROLES = [
    ("led", ("led ", "led,", "led;", "headed", "leads")),
    ("presided", ("presid", "chair", "host")),
    ("signed", ("sign",)),
    ("accompanied", ("accompan",)),
    ("reported", ("report",)),
    ("met", ("met ", "met,", "received", "held talks")),
    ("spoke", ("spoke", "speech", "quoted", "interview", "announc", "introduc", "brief", "called")),
    ("visited", ("visit", "inspect", "came to")),
    ("organised", ("issued", "held", "adjusted", "organis", "deploy", "approved")),
    ("attended", ("attend", "present", "took part", "witness", "on the visit", "on visit")),
]


def role_for(text: str) -> str | None:
    s = (text or "").lower() + " "
    if s.strip() in ("led", "lead"):
        return "led"
    for role, keys in ROLES:
        if any(k in s for k in keys):
            return role
    return None


def side_for(text: str) -> str:
    s = (text or "").lower()
    for side in ("east", "west", "central"):
        if s.startswith(side):
            return side
    return ""


SIDE_KEYS = {
    "west": (
        "贵州",
        "六盘水",
        "黔",
        "甘肃",
        "陇南",
        "定西",
        "临夏",
        "宁夏",
        "四川",
        "云南",
        "铜仁",
        "安顺",
        "毕节",
        "遵义",
        "青海",
        "内蒙古",
        "广西",
        "恩施",
        "延边",
        "盘州",
        "水城",
        "六枝",
        "Guizhou",
        "Liupanshui",
        "Qiandongnan",
        "Qianxinan",
        "Gansu",
        "Longnan",
        "Ningxia",
        "Sichuan",
        "Yunnan",
        "Tongren",
        "Anshun",
        "Bijie",
        "Zunyi",
        "Qinghai",
        "Inner Mongolia",
        "Guangxi",
        "Dingxi",
        "Linxia",
        "Panzhou",
        "Shuicheng",
        "Liuzhi",
        "Enshi",
        "Yanbian",
    ),
    "east": (
        "大连",
        "辽宁",
        "中山",
        "广东",
        "杭州",
        "浙江",
        "宁波",
        "青岛",
        "山东",
        "苏州",
        "江苏",
        "福建",
        "福州",
        "厦门",
        "上海",
        "北京",
        "天津",
        "广州",
        "深圳",
        "佛山",
        "Dalian",
        "Liaoning",
        "Zhongshan",
        "Guangdong",
        "Hangzhou",
        "Zhejiang",
        "Ningbo",
        "Qingdao",
        "Shandong",
        "Suzhou",
        "Jiangsu",
        "Fujian",
        "Fuzhou",
        "Xiamen",
        "Shanghai",
        "Beijing",
        "Tianjin",
        "Guangzhou",
        "Shenzhen",
        "Foshan",
    ),
    "central": ("国务院", "State Council", "中央", "Central Committee", "国務院"),
}


def side_from_title(*titles: str) -> str:
    """The one side a title's places point to ('' when none or several)."""
    text = " ".join(t for t in titles if t)
    sides = {side for side, keys in SIDE_KEYS.items() if any(k in text for k in keys)}
    return sides.pop() if len(sides) == 1 else ""


def has_cjk(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", text or ""))


# ---------------------------------------------------------------- tables


class Tables:
    """The CSV tables of data/, read once, upserted by id, written in schema column order."""

    def __init__(self, data_dir: Path):
        self.dir = data_dir
        pkg = json.loads((data_dir / "datapackage.json").read_text(encoding="utf-8"))
        self.columns = {
            r["name"]: [f["name"] for f in r["schema"]["fields"]] for r in pkg["resources"]
        }
        self.rows: dict[str, dict[str, dict]] = {}
        for name in self.columns:
            path = data_dir / f"{name}.csv"
            rows: dict[str, dict] = {}
            if path.is_file():
                with path.open(encoding="utf-8", newline="") as fh:
                    for r in csv.DictReader(fh):
                        rows[r[ID_COL[name]]] = r
            self.rows[name] = rows

    def put(self, table: str, row: dict) -> None:
        """Insert or replace the row with this id; keep columns the importer does not set."""
        key = row[ID_COL[table]]
        old = self.rows[table].get(key, {})
        merged = {
            **dict.fromkeys(self.columns[table], ""),
            **old,
            **{k: ("" if v is None else str(v)) for k, v in row.items()},
        }
        unknown = set(merged) - set(self.columns[table])
        if unknown:
            raise KeyError(f"{table}: no column(s) {sorted(unknown)}")
        self.rows[table][key] = merged

    def fill(self, table: str, key: str, **values) -> None:
        """Set columns of an existing row only where they are empty (hand-curated rows win)."""
        row = self.rows[table][key]
        for k, v in values.items():
            if not row.get(k):
                row[k] = "" if v is None else str(v)

    def get(self, table: str, key: str) -> dict | None:
        return self.rows[table].get(key)

    def write(self) -> None:
        for name, cols in self.columns.items():
            path = self.dir / f"{name}.csv"
            tmp = path.with_suffix(".csv.tmp")
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
                w.writeheader()
                rows = self.rows[name].values()
                if name not in KEEP_ORDER:  # by id: the same file whatever the history of runs
                    rows = sorted(rows, key=lambda r: r[ID_COL[name]])
                for r in rows:
                    w.writerow({c: (r.get(c) or "").strip() for c in cols})
            tmp.replace(path)


# ---------------------------------------------------------------- sources

HOST_NOISE = {
    "www",
    "en",
    "english",
    "big5",
    "m",
    "news",
    "gate",
    "epaper",
    "paper",
    "daily",
    "info",
}
SUFFIXES = {"cn", "com", "net", "org", "gov", "edu", "me", "us", "tv", "men", "cc", "info", "news"}


def host_key(url: str) -> str:
    host = (urlparse(url).hostname or "x").lower()
    if re.fullmatch(r"[\d.]+", host):
        return cur.HOST_KEYS.get(host, "ip")
    if host in cur.HOST_KEYS:
        return cur.HOST_KEYS[host]
    labels = host.split(".")
    while len(labels) > 1 and labels[-1] in SUFFIXES:
        labels.pop()
    labels = [x for x in labels if x not in HOST_NOISE] or labels
    return slug(labels[-1], 20)


def article_key(url: str) -> str:
    path = urlparse(url).path
    last = path.rstrip("/").rsplit("/", 1)[-1]
    runs = re.findall(r"\d{3,}", last)
    if runs and not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}", last):
        return max(runs, key=len)[-9:]
    return short_hash(url)


def language_of(lead: dict) -> str:
    lang = (lead.get("language") or "").lower()
    if lang.startswith("zh"):
        return "zh"
    if lang in ("en", "it", "ja"):
        return lang
    host = urlparse(lead["url"]).hostname or ""
    if host.startswith("japanese."):
        return "ja"
    if host.startswith("italian."):
        return "it"
    return "zh" if has_cjk(lead["title"]) and not lead.get("title_en") == lead["title"] else "en"


def published_of(lead: dict) -> tuple[str, str, str]:
    """published (full date or unknown), available_from and its basis."""
    p = lead.get("published") or ""
    basis_text = (lead.get("published_basis") or "").lower()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
        basis = "inferred" if "inferred" in basis_text else "stated"
        return p, p, basis
    edition = re.search(
        r"/(\d{4})njyw/|Yearbook[^0-9]{0,20}(\d{4})",
        f"{lead['url']} {lead.get('title_en') or lead['title']}",
    )
    if not p and edition:  # a yearbook edition is out in its own year at the earliest
        year = edition.group(1) or edition.group(2)
        return "unknown", f"{year}-01-01", "inferred"
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", p)
    if m:
        y, mo = int(m.group(1)), m.group(2)
        return "unknown", (f"{y:04d}-{mo}-01" if mo else f"{y:04d}-01-01"), "inferred"
    return "unknown", "", "inferred"


# ---------------------------------------------------------------- the import


class Importer:
    def __init__(self, leads: list[dict], tables: Tables):
        self.leads = leads
        self.t = tables
        self.sid_by_url: dict[str, str] = {}
        self.lead_notes: dict[str, list[str]] = {}
        self.fig_ids: dict[tuple[int, int], list[str]] = {}
        self.actor_by_name: dict[str, str] = {}
        for aid, r in self.t.rows["actors"].items():
            self.actor_by_name.setdefault(r["name"].lower(), aid)
            for alias in filter(None, (r.get("aliases") or "").split(";")):
                self.actor_by_name[alias.strip().lower()] = aid

    # ---- sources
    def assign_source_ids(self) -> None:
        existing = {
            r["url"]: sid
            for sid, r in self.t.rows["sources"].items()
            if not r.get("translation_of")
        }
        taken = set(self.t.rows["sources"])
        seen_keys: dict[str, int] = {}
        for i, lead in enumerate(self.leads):
            url = lead["url"]
            if url in existing:
                self.sid_by_url[url] = existing[url]
                continue
            if url in cur.SOURCE_IDS:
                sid = cur.SOURCE_IDS[url]
            else:
                sid = f"{host_key(url)}-{article_key(url)}"
                if sid in seen_keys or sid in taken:
                    sid = f"{sid}-{short_hash(url, 4)}"
            seen_keys[sid] = i
            taken.add(sid)
            self.sid_by_url[url] = sid

    def handling(self, i: int, lead: dict) -> tuple[str, str]:
        url = lead["url"]
        if url in cur.LEAD_HANDLING:
            handling, why = cur.LEAD_HANDLING[url]
            checked = next((v for k, v in cur.CHECKED.items() if k in url), "")
            return (
                handling,
                f"{why}; checked against the stored page: {checked}" if checked else why,
            )
        checked = next((v for k, v in cur.CHECKED.items() if k in url), "")
        note = f"checked against the stored page: {checked}" if checked else ""
        if lead.get("already_in_data"):
            return "merged-into", "; ".join(
                x for x in ("already in data/ before this import; new figures added", note) if x
            )
        return "imported", note

    def source_row(self, i: int, lead: dict) -> dict:
        sid = self.sid_by_url[lead["url"]]
        published, available, basis = published_of(lead)
        if not available:
            available = self.latest_date(lead)
            note_av = (
                f"Publication date not shown; available_from is the latest date it reports ({available})."
                if available
                else "Publication date not shown and no dated fact: its facts enter no as-of report."
            )
        elif published == "unknown" and re.search(
            r"/\d{4}njyw/|Yearbook", f"{lead['url']} {lead.get('title_en') or lead['title']}"
        ):
            note_av = "A yearbook edition: available from 1 January of its edition year at the earliest (inferred)."
        else:
            note_av = ""
        notes = " ".join(
            x
            for x in (
                f"Date: {clip(lead.get('published_basis'), 200)}."
                if lead.get("published_basis")
                else "",
                note_av,
                f"Reliability: {clip(lead.get('reliability_note'), 160)}."
                if lead.get("reliability_note")
                else "",
                clip(lead.get("notes"), 400) if isinstance(lead.get("notes"), str) else "",
                cur.SOURCE_NOTES.get(lead["url"], ""),
            )
            if x
        )
        title_en = lead.get("title_en") or ""
        return {
            "source_id": sid,
            "title": clip(lead["title"], 300),
            "title_en": clip(title_en, 300) if title_en and title_en != lead["title"] else "",
            "publisher": clip(lead["publisher"], 200),
            "url": lead["url"],
            "language": language_of(lead),
            "reliability": lead["reliability"],
            "original_outlet": clip(lead.get("original_outlet"), 200),
            "translation_of": "",
            "published": published,
            "available_from": available or "unknown",
            # 'inferred' also when no date can be inferred: the notes say its facts enter no report
            "available_from_basis": basis,
            "document": "",
            "notes": notes,
        }

    def latest_date(self, lead: dict) -> str:
        found = []
        for f in lead.get("figures") or []:
            found += dates_in(f.get("refers_to") or "")
        for e in lead.get("events") or []:
            found += dates_in(e.get("date") or "")
        if not found:
            return ""
        return max(as_date(d)[0] for d in found)

    # ---- pairings and actors named by the curation
    def pairing_for(self, lead: dict, fig: dict | None = None) -> str:
        if fig and fig.get("pairing"):
            pid = cur.PAIRING_ALIASES.get(fig["pairing"], fig["pairing"])
            if pid in self.t.rows["pairings"]:
                return pid
        if lead["url"] in cur.LEAD_PAIRING:
            return cur.LEAD_PAIRING[lead["url"]]
        for p in lead.get("pairings") or []:
            pid = cur.PAIRING_ALIASES.get(p, p)
            if pid in self.t.rows["pairings"]:
                return pid
        return "east-west-national"

    def ends(self, pairing_id: str) -> tuple[str, str]:
        p = self.t.rows["pairings"][pairing_id]
        return p["east_actor_id"], p["west_actor_id"]

    # ---- figures
    def figure_parts(self, fig: dict) -> list[tuple[float | None, str | None, str]]:
        """(value, unit, text) for each quantity a figure holds ('148 / 43.15 million')."""
        text = fig.get("value_text") or ""
        unit = fig.get("unit") or ""
        if "/" in unit and "/" in text and "→" not in text:
            units = [u.strip() for u in unit.split("/")]
            texts = [x.strip() for x in text.split("/")]
            if len(units) == len(texts):
                return [
                    (parse_number(x), norm_unit(u), x) for x, u in zip(texts, units, strict=True)
                ]
        nu = norm_unit(unit)
        if nu is None or "→" in text or "↔" in text or ";" in unit:
            return [(None, None, text)]
        if fig.get("value") is not None:
            return [(float(fig["value"]), nu, text)]
        m = re.search(r"\(([^)]*\d[^)]*)\)", text)
        value = parse_number(text)
        paren_scaled = (
            m
            and re.search(r"billion|million|thousand|miliardi", m.group(1))
            and not re.match(r"\s*(vs|versus|compared|up|down|incl|of which|\+|-)", m.group(1))
        )
        compound = re.search(
            r"\d\s+(thousand|million|billion)\s+(and\s+)?\d", text
        )  # 1 billion 58 million
        if m and (has_cjk(text.split("(")[0]) or paren_scaled or compound):
            english = parse_number(m.group(1))
            value = english if english is not None else value
        return [(value, nu, text)]

    def figure_dates(self, lead: dict, fig: dict, src: dict) -> tuple[str, str, str]:
        """as_of date, basis and the period's first date from refers_to (clipped to the source)."""
        ref = re.split(r"\s+vs\.?\s+", fig.get("refers_to") or "")[
            0
        ]  # '2020 vs 2019': the 2020 value
        found = dates_in(ref)
        avail = src["available_from"] if src["available_from"] != "unknown" else ""
        if not found:
            return (avail or "unknown"), "inferred", ""
        end, prec = as_date(found[-1])
        start = as_date(found[0], end=False)[0] if len(found) > 1 else ""
        basis = "stated" if prec == "day" and "infer" not in ref else "inferred"
        if avail and end > avail:
            end, basis = avail, "inferred"
        return end, basis, start

    def import_figures(
        self, i: int, lead: dict, src: dict, weak_dupes: set
    ) -> tuple[int, int, list[str]]:
        sid = src["source_id"]
        done = left = 0
        why: list[str] = []
        existing_q = {
            (r["source_id"], r["quantity"])
            for r in self.t.rows["commitments"].values()
            if r["quantity"]
        }
        seen: dict[tuple, int] = {}
        for n, fig in enumerate(lead.get("figures") or []):
            parts0 = [(round(v), u) for v, u, _ in self.figure_parts(fig) if v is not None]
            if parts0 and all(p in seen for p in parts0):
                self.fig_ids[(i, n)] = self.fig_ids.get((i, seen[parts0[0]]), [])
                done += 1
                continue  # the lead repeats a figure (two research passes): one row
            for p in parts0:
                seen.setdefault(p, n)
            if lead["reliability"] == "weak" and (i, n) in weak_dupes:
                left += 1
                why.append(
                    f"figure {n} ({clip(fig.get('value_text'), 40)}) also in a stronger source"
                )
                continue
            parts = self.figure_parts(fig)
            pid = self.pairing_for(lead, fig)
            east, west = self.ends(pid)
            as_of, basis, _start = self.figure_dates(lead, fig, src)
            qual_text = f"{fig.get('qualifier') or ''} {fig.get('refers_to') or ''}"
            pledge = bool(re.search(r"plan|pledg|target|拟|预计|协议|will ", qual_text.lower()))
            pledge = cur.FIGURE_IS_PLEDGE.get((lead["url"], n), pledge)
            cumulative = bool(
                re.search(r"cumul|累计|total|since|至今|up to now|so far|以来", qual_text.lower())
            )
            ids = []
            for k, (value, unit, text) in enumerate(parts):
                cid = f"{sid}-f{n + 1}" + (f"-{k + 1}" if len(parts) > 1 else "")
                if (
                    lead.get("already_in_data")
                    and value is not None
                    and (sid, _num(value)) in existing_q
                ):
                    continue  # the hand-curated row already holds this figure
                qty = _num(value) if value is not None and unit else ""
                self.t.put(
                    "commitments",
                    {
                        "commitment_id": cid,
                        "kind": "pledge" if pledge else "reported achievement",
                        "description": clip(
                            f"{fig.get('measure') or 'figure'} ({fig.get('refers_to') or 'date not given'})",
                            300,
                        ),
                        "area_id": area_for(fig.get("measure") or ""),
                        "area_as_stated": "",
                        "from_actor_id": east,
                        "to_actor_id": west,
                        "stated_by_id": "",
                        "event_id": "",
                        "pairing_id": pid,
                        "quantity": qty,
                        "value_text": clip(text, 120),
                        "unit": unit if qty != "" else "",
                        "qualifier": norm_qualifier(fig.get("qualifier"), text)
                        if qty != ""
                        else "",
                        "cumulative": "true" if cumulative else "false",
                        "as_of_date": as_of,
                        "as_of_basis": basis if as_of != "unknown" else "",
                        "status": "open" if pledge else "reported",
                        "parent_commitment_id": "",
                        "source_id": sid,
                        "paragraph": "unknown",
                        "evidence": clip(fig.get("evidence"), 200),
                        "notes": clip(
                            f"Qualifier as written: {fig.get('qualifier')}."
                            if fig.get("qualifier")
                            else "",
                            200,
                        )
                        + (
                            ""
                            if qty != ""
                            else " Not a single quantity in a known unit: kept as text."
                        ),
                    },
                )
                ids.append(cid)
            self.fig_ids[(i, n)] = ids
            done += 1
        return done, left, why

    # ---- events, people, agreements
    def event_dates(self, e: dict, src: dict) -> dict:
        text = e.get("date") or ""
        basis_text = f"{text} {e.get('date_basis') or ''}".lower()
        found = dates_in(text)
        out = {
            "start_date": "unknown",
            "end_date": "unknown",
            "date_precision": "",
            "date_basis": "",
        }
        if not found:
            return out
        start, prec = as_date(found[0], end=False)
        end = as_date(found[-1])[0] if prec != "day" or len(found) > 1 else start
        m = re.fullmatch(r"(\d{4}-\d{2})-(\d{2})/(\d{2})\b.*", text)
        if m:  # 2019-08-29/31
            end = f"{m.group(1)}-{m.group(3)}"
        if prec == "day" and len(found) == 1 and not m:
            end = start
        out.update(
            start_date=start,
            end_date=end if end >= start else start,
            date_precision=prec,
            date_basis="inferred"
            if re.search(r"infer|c\.|year not|after|before|prob", basis_text)
            else "stated",
        )
        return out

    def actor_for_person(self, p: dict, sid: str) -> str | None:
        raw = (p.get("name_en") or "").strip()
        if not raw:
            return None
        alias = None
        m = re.search(r"\(spelled '([^']+)'\)", raw)
        if m:
            alias = m.group(1)
        name = re.sub(r"\s*\(.*?\)\s*", " ", raw).strip()
        name = cur.NAME_FIXES.get(name, name)
        key = self.actor_by_name.get(name.lower()) or cur.ACTOR_ALIASES.get(name)
        if key is None and slug(name) in self.t.rows["actors"]:
            key = slug(name)  # the same name spelt with other punctuation (Chen Min'er)
        zh = p.get("name_zh") or ""
        verify = "verify" in (p.get("name_zh_note") or "")
        kind = "person"
        if re.search(
            r"group|co\.|company|government|office|committee|district|bureau|zone|bank",
            name.lower(),
        ):
            kind = "institution"
        side = side_for(p.get("side") or "")
        side_note = ""
        if not side and kind == "person":
            side = side_from_title(p.get("title_zh") or "", p.get("title_en") or "")
            side_note = "Side inferred from the title the source gives." if side else ""
        if kind == "person" and re.search(
            r" and |^(leaders|representatives|governments|poverty-alleviation|first) ", name.lower()
        ):
            kind = "group"  # the lead names several people or bodies at once
        if key is None:
            key = slug(name)
            self.t.put(
                "actors",
                {
                    "actor_id": key,
                    "name": name,
                    "name_zh": "" if verify else zh,
                    "aliases": alias or "",
                    "kind": kind,
                    "side": side,
                    "parent_actor_id": "",
                    "source_id": sid,
                    "paragraph": "unknown",
                    "evidence": "",
                    "notes": " ".join(
                        x
                        for x in (
                            "Characters not shown by any source (only rendered from pinyin): left empty."
                            if verify and zh
                            else "",
                            side_note,
                        )
                        if x
                    ),
                },
            )
            self.actor_by_name[name.lower()] = key
        else:
            row = self.t.get("actors", key)
            if zh and not verify and not row.get("name_zh"):
                row["name_zh"] = zh
                row["notes"] = clip(
                    f"{row.get('notes') or ''} Characters as shown in {sid}.".strip(), 300
                )
            if kind == "group" and row.get("kind") == "person":
                row["kind"] = "group"
            if side and not row.get("side"):
                row["side"] = side
                if side_note:
                    row["notes"] = clip(f"{row.get('notes') or ''} {side_note}".strip(), 300)
        if alias:
            self.add_alias(key, alias)
        return key

    def add_alias(self, key: str, alias: str) -> None:
        row = self.t.get("actors", key)
        have = [a for a in (row.get("aliases") or "").split(";") if a]
        if alias not in have and alias != row["name"]:
            row["aliases"] = ";".join([*have, alias])
        self.actor_by_name[alias.lower()] = key

    def import_events(self, i: int, lead: dict, src: dict) -> None:
        sid = src["source_id"]
        pid = self.pairing_for(lead)
        if lead.get("already_in_data"):
            return  # events of these sources were curated by hand from the full text
        for n, e in enumerate(lead.get("events") or []):
            eid = f"{sid}-e{n + 1}"
            dates = self.event_dates(e, src)
            kind_text = e.get("kind") or ""
            name = e.get("name") or f"{kind_text} ({e.get('place') or 'place not given'})"
            self.t.put(
                "events",
                {
                    "event_id": eid,
                    "name": clip(name[:1].upper() + name[1:], 200),
                    "kind": event_kind(kind_text),
                    **dates,
                    "time_of_day": "",
                    "place": clip(e.get("place"), 120) or "unknown",
                    "parent_event_id": "",
                    "pairing_id": pid,
                    "source_id": sid,
                    "paragraph": "unknown",
                    "evidence": "",
                    "notes": clip(
                        f"Kind as reported: {kind_text}. Date as reported: {e.get('date')}; {e.get('date_basis') or ''}",
                        300,
                    ),
                },
            )
            for k, p in enumerate(e.get("people") or []):
                aid = self.actor_for_person(p, sid)
                if aid is None:
                    continue
                role = role_for(p.get("role") or "")
                if role:
                    self.t.put(
                        "participations",
                        {
                            "participation_id": f"{eid}-p{k + 1}",
                            "event_id": eid,
                            "actor_id": aid,
                            "role": role,
                            "source_id": sid,
                            "paragraph": "unknown",
                            "evidence": "",
                        },
                    )
                title = p.get("title_en") or p.get("title_zh")
                if title and dates["start_date"] != "unknown":
                    self.t.put(
                        "positions",
                        {
                            "position_id": f"{eid}-p{k + 1}-title",
                            "actor_id": aid,
                            "title": clip(title, 200),
                            "organisation_id": "",
                            "stated_on": dates["start_date"],
                            "stated_on_basis": dates["date_basis"] or "inferred",
                            "source_id": sid,
                            "paragraph": "unknown",
                            "evidence": clip(p.get("title_zh"), 120) if p.get("title_zh") else "",
                        },
                    )
            east, west = self.ends(pid)
            for k, a in enumerate(e.get("agreements") or []):
                text = (
                    a if isinstance(a, str) else a.get("name") or json.dumps(a, ensure_ascii=False)
                )
                self.t.put(
                    "commitments",
                    {
                        "commitment_id": f"{eid}-a{k + 1}",
                        "kind": "agreement",
                        "description": clip(text, 300),
                        "area_id": area_for(text),
                        "from_actor_id": east,
                        "to_actor_id": west,
                        "event_id": eid,
                        "pairing_id": pid,
                        "cumulative": "false",
                        "as_of_date": dates["start_date"],
                        "as_of_basis": dates["date_basis"],
                        "status": "signed",
                        "source_id": sid,
                        "paragraph": "unknown",
                        "evidence": "",
                    },
                )

    def import_pledges(self, i: int, lead: dict, src: dict) -> None:
        sid = src["source_id"]
        pid = self.pairing_for(lead)
        east, west = self.ends(pid)
        for n, c in enumerate(lead.get("commitments") or []):
            target = c.get("target") or ""
            value = parse_number(str(target)) if target else None
            unit = (
                "yuan"
                if value is not None and re.search(r"yuan|元|亿|億|万", str(target))
                else None
            )
            deadline = dates_in(str(c.get("deadline") or ""))
            self.t.put(
                "commitments",
                {
                    "commitment_id": f"{sid}-c{n + 1}",
                    "kind": "pledge",
                    "description": clip(c.get("text"), 300),
                    "area_id": area_for(c.get("text") or ""),
                    "from_actor_id": east,
                    "to_actor_id": west,
                    "pairing_id": pid,
                    "quantity": _num(value) if unit else "",
                    "value_text": clip(target, 120),
                    "unit": unit or "",
                    "qualifier": norm_qualifier("", str(target)) if unit else "",
                    "cumulative": "false",
                    "as_of_date": as_date(deadline[-1])[0] if deadline else "unknown",
                    "as_of_basis": "inferred" if deadline else "",
                    "status": "open",
                    "source_id": sid,
                    "paragraph": "unknown",
                    "evidence": clip(c.get("evidence"), 200),
                    "notes": clip(
                        f"Deadline as reported: {c.get('deadline')}." if c.get("deadline") else "",
                        200,
                    ),
                },
            )

    # ---- weak duplicates
    def weak_duplicates(self) -> set[tuple[int, int]]:
        """Figures of weak leads that a stronger lead gives too (same value, unit and pairing)."""
        strong = set()
        for lead in self.leads:
            if lead["reliability"] == "weak":
                continue
            for f in lead.get("figures") or []:
                pid = self.pairing_for(lead, f)
                for v, u, _ in self.figure_parts(f):
                    if v is not None:
                        strong.add((round(v), u, pid))
        dupes = set()
        for i, lead in enumerate(self.leads):
            if lead["reliability"] != "weak":
                continue
            for n, f in enumerate(lead.get("figures") or []):
                pid = self.pairing_for(lead, f)
                parts = [(round(v), u, pid) for v, u, _ in self.figure_parts(f) if v is not None]
                if parts and all(p in strong for p in parts):
                    dupes.add((i, n))
        return dupes

    def pairing_labels(self, lead: dict) -> str:
        """How each pairing label of the lead was read: label=pairing_id, or label=- (why)."""
        out = []
        for label in lead.get("pairings") or []:
            pid = cur.PAIRING_ALIASES.get(label, label)
            if pid in self.t.rows["pairings"]:
                out.append(f"{label}={pid}")
            elif label in cur.NOT_PAIRINGS:
                out.append(f"{label}=- ({cur.NOT_PAIRINGS[label]})")
        return " | ".join(out)

    def run(self) -> None:
        self.assign_source_ids()
        cur.resolve_handling(self)
        cur.put_curated_actors_and_pairings(self)
        weak_dupes = self.weak_duplicates()
        for i, lead in enumerate(self.leads):
            handling, note = self.handling(i, lead)
            url = lead["url"]
            sid = self.sid_by_url[url]
            if handling.startswith("skipped"):
                self.t.put(
                    "leads",
                    {
                        "url": url,
                        "source_id": "",
                        "handling": handling,
                        "figures": 0,
                        "figures_left": len(lead.get("figures") or []),
                        "note": note,
                        "pairings": self.pairing_labels(lead),
                    },
                )
                continue
            src = self.source_row(i, lead)
            if lead.get("already_in_data") and self.t.get("sources", sid):
                self.t.fill(
                    "sources",
                    sid,
                    reliability=lead["reliability"],
                    title_en=src["title_en"],
                    original_outlet=src["original_outlet"],
                )
                src = self.t.get("sources", sid)
            elif handling == "merged-into":
                target = self.sid_by_url[cur.lead_url(self, cur.MERGE_INTO[url])]
                self.t.put(
                    "leads",
                    {
                        "url": url,
                        "source_id": target,
                        "handling": handling,
                        "figures": len(lead.get("figures") or []),
                        "figures_left": 0,
                        "note": note,
                        "pairings": self.pairing_labels(lead),
                    },
                )
                continue
            else:
                self.t.put("sources", src)
            done, left, why = self.import_figures(i, lead, src, weak_dupes)
            self.import_events(i, lead, src)
            self.import_pledges(i, lead, src)
            self.t.put(
                "leads",
                {
                    "url": url,
                    "source_id": sid,
                    "handling": handling,
                    "figures": done,
                    "figures_left": left,
                    "note": clip("; ".join([note, *why]).strip("; "), 400),
                    "pairings": self.pairing_labels(lead),
                },
            )
        cur.put_curated_facts(self)


def _num(value) -> str:
    if value is None:
        return ""
    v = float(value)
    return str(int(v)) if v.is_integer() else repr(round(v, 4))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("leads", help="the leads file (JSON with a 'sources' list)")
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1] / "data"))
    args = ap.parse_args(argv)
    leads = json.loads(Path(args.leads).read_text(encoding="utf-8"))["sources"]
    tables = Tables(Path(args.data))
    imp = Importer(leads, tables)
    imp.run()
    tables.write()
    counts = {k: len(v) for k, v in tables.rows.items()}
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
