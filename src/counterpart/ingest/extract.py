"""Propose dataset rows from a new article, English or Chinese: people, titles, organisations,
dated events with who did what, figures, agreements and cooperation areas, each with its span in
the text and a confidence; only the surest default to ``accept``.

This module assembles candidate rows. Reading is in ``reading.py``; what a sentence says is read
by one recogniser module per kind and language (``names_en``, ``dates_en``, ``figures_en``,
``agreements_en``, ``organisations_en``; ``persons_zh``, ``titles_zh``, ``dates_zh``,
``figures_zh``, ``agreements_zh``, ``organisations_zh``), and Chinese mentions become rows in
``assemble_zh.py`` through the same builder.

Why hand-written rules (``re``) and not spaCy or dateparser: the articles are a narrow genre
(Chinese government news) whose facts come in a few fixed shapes — "Chen Yiqin, deputy
secretary of … and governor of …, led a delegation", "From August 29 to 31", "省委副书记、省长
谌贻琴", "约600个项目". Pretrained pipelines would mean downloading weights, which this project
does not do, and they mislabel pinyin names and Chinese organisations anyway; rules can be read,
tested and extended one pattern at a time, run offline, and every pattern is anchored and
bounded, so time stays linear in the text (5 MB in seconds). Everything proposed is a candidate
for an analyst to review (``review.py``), never a fact.
"""

from __future__ import annotations

import bisect
import csv
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from .agreements_en import (  # noqa: F401
    _AGREED_PROJECTS,
    _AGREEMENT,
    _CEREMONY,
    _FOR_NAMED,
    _LED_TO,
    _NAMED_AGREEMENT,
    _NAMED_KIND,
    _SIGNED_AFTER,
    _SIGNED_DEALS,
    _SIGNED_PASSIVE,
    _SIGNED_PROJECTS,
    _SIGNED_TO,
    _SIGNING_OF,
)
from .dates_en import (  # noqa: F401
    DateMention,
    _iso,
    find_dates,
)
from .figures_en import (  # noqa: F401
    _BARE_COUNT,
    _BETWEEN_STOP,
    _FIGURE,
    _OF_WHICH,
    _PART_OF_THE,
    _PART_OF_THOSE,
    _QUAL,
    _QUALS,
    _SMALL,
    _UNITS,
    _WORDS_NUM,
    CASUALTIES,
    CURRENCY,
    GATHERINGS,
    NATIONALITIES,
    POPULATION,
    _plain,
    parse_number,
)
from .names_en import (  # noqa: F401
    _AFTER_NAME_NOT_PERSON,
    _AGED_NAME,
    _ANCHORED_NAME,
    _AND_TITLE,
    _BARE_TITLE,
    _BYLINE,
    _BYLINE_PARAGRAPH,
    _CANTONESE_NAME,
    _CHAIN_START,
    _DESCRIBED_NAME,
    _GIVEN,
    _GIVEN_FIRST_NAME,
    _GROUP_OF_TITLE,
    _GROUP_TITLE,
    _HEAD,
    _HEADS,
    _HK_PLACES,
    _HONORIFIC_NAME,
    _JOBS,
    _LOWER_POST_NEXT,
    _NAME,
    _NOT_NAMES,
    _OCCUPATION,
    _ONE_NAME_AFTER_NOUN,
    _ONE_NAME_DESCRIBED,
    _ONE_NAME_THEN_POST,
    _ONE_NAME_WITH_KIN,
    _ORG_NAME_WORD,
    _PREFIX_CHAIN,
    _PREFIX_CHAIN_COMMA,
    _PREFIX_OF_TITLE,
    _PREFIX_TITLE,
    _SAID_DESCRIBED_NAME,
    _SAID_ONE_NAME,
    _THE_TITLE,
    _TIBETAN_NAME,
    _TITLE_ENDS,
    _TITLE_START,
    _TITLED_ONE_NAME,
    _UYGHUR_NAME,
    _WHO_POST,
    CREDIT_AFTER,
    CREDIT_BEFORE,
    NOT_IN_A_NAME,
    names_after_post_of_body,
)
from .organisations_en import (  # noqa: F401
    _NOT_ENTERPRISE,
    _ORG,
    _PLACE_AFTER,
    _PLACE_NAME,
    _SITE_LIST,
)
from .reading import (  # noqa: F401 - re-exported: extract is where callers look
    LARGE_BYTES,
    MAX_BYTES,
    Article,
    ExtractionError,
    html_to_text,
    parse_article,
    read_article,
    split_paragraphs,
)
from .spans import (  # noqa: F401
    _clause,
    _sentences,
    quoted,
)
from .units import schema_units, stored_unit

# "about" right after a verb of speech or thought is the preposition, not "approximately"
_ABOUT_AS_PREPOSITION = re.compile(
    r"\b(?:talk|think|learn|know|hear|tell|ask|speak|read|writ|car(?!r)|worr|complain|dream|"
    r"forg|knew|heard|told|spoke|wrote|thought)[a-z]*\s+$",
    re.I,
)
# the words before a qualifier that make it no qualifier of the number
_QUAL_UNDONE_BY = {
    # "adding up to 9.17 billion yuan": a total, not a bound
    "up to": re.compile(r"\b(?:add(?:s|ed|ing)?|amount(?:s|ed|ing)?)\s+$"),
    # "talking about 12 willows": what was talked of, exactly
    "about": _ABOUT_AS_PREPOSITION,
    # "spread over 3,800 sq km": the area it covers, exactly
    "over": re.compile(r"\b(?:spread(?:s|ing)?|stretch(?:es|ed|ing)?|span(?:s|ned|ning)?)\s+$"),
}
_REPORTER_ASIDE = re.compile(
    r"[(（][^()（）]{0,80}?\b(?:reporters?|correspondents?|journalists?|editors?)\b"
    r"[^()（）]{0,40}[)）]",
    re.I,
)
# a lower-case post after a comma goes on with the chain of the same person's posts
_LOWER_POST_GOES_ON = re.compile(
    r"(?:(?:deputy|vice|executive|standing|first|acting)\s+)*(?:secretary|director|mayor|governor|"
    r"chairman|chairwoman|head|chief|president|member|commissioner)(?:[- ]general)?\s+"
    r"(?:of|and)\s"
    r"|(?:(?:deputy|vice|executive|acting)\s+)+(?:secretary|director|mayor|governor|chairman|head)\b"
)
# "…, the Executive Deputy County Chief, and …": machine-translated copy's next post in a chain
_THE_POST_GOES_ON = re.compile(
    rf"the\s+(?:(?:current|former)\s+)?(?:(?:[A-Z][a-z]+|deputy|vice|executive|acting)\s+){{0,4}}"
    rf"(?i:{_HEADS})(?=,|\s+of\s|\s+and\s+the\s)"  # "…, the deputy Party secretary and the …"
)
_DATELINE_REPORTERS = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,\s*\d{4})?\s*(?P<who>[(（][A-Z][^()（）\d]{3,80}[)）])"
)
_REPORTS_FROM = re.compile(
    r"\b[A-Z][a-z]+\s[A-Z][a-z]+\s+reports?\s+from\s+[A-Z][\w'’-]+"
    r"(?:\s+(?:with|and)\s+[A-Z][a-z]+\s[A-Z][a-z]+(?:\s+in\s+[A-Z][\w'’-]+)?)?"
    # "… is transforming farmers' lives. Xu Taotao reports.": the standfirst's writer
    # "…, empowering Xinjiang women, Yang Feiyue reports. 2025-09-13": a date may close the line
    r"|(?<=[.!?,]\s)[A-Z][a-z]+\s[A-Z][a-z]+\s+reports\.(?=[ \t]*(?:\n|$|\d{4}-\d\d-\d\d))"
)
_NAMES_ONLY_LINE = re.compile(
    rf"^[ \t]*(?:[-–—][ \t]*)?{_NAME.pattern}(?:[ \t]*[,，、]?[ \t]*{_NAME.pattern.replace('?P<name>', '?:')})*"
    r"(?:[ \t]*/[ \t]*[A-Z][\w .&-]{1,30})?[ \t]*$",  # "Tang Jie / SHINE": a photo's credit
    re.M,
)
# a body named by the fields it covers, a comma between them: ", sports and tourism bureau"
_LISTED_BODY = re.compile(
    r",\s+(?:[a-z]+\s+){1,2}and\s+(?:[a-z]+\s+){1,2}"
    r"(?i:bureau|department|commission|committee|office|administration|agency|center|centre)\b"
)
_SHORT_LINE = re.compile(r"^[^\n]{1,199}$", re.M)
# a paper's authors: the lines under an "Authors" label, or the short lines of names (in either
# order) just before its citation ("PLOS ONE, 2025, vol. 20, issue 5")
_AUTHOR_WORDS = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]*){1,3}"
_AUTHORS = re.compile(
    r"^[ \t]*Authors?[ \t]*:?[ \t]*\n+[ \t]*(?P<after>[^\n]{1,300})"
    rf"|(?P<block>(?:^[ \t]*(?:{_AUTHOR_WORDS})(?:[ \t]*(?:,|\band\b)[ \t]*(?:{_AUTHOR_WORDS})?)*"
    r"[ \t]*(?:,|\band)?[ \t]*\n+){1,12})"
    r"(?=[^\n]*\b(?:19|20)\d\d\b[^\n]*\b(?:[Vv]ol\.|[Ii]ssue|pp\.|№|doi)(?!\w))",
    re.M,
)
# a line of page labels with a time stamp: its names are the page's credits
_PAGE_LABEL_LINE = re.compile(
    r"^\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b(?=.*\b(?:Source|Editor|Author|Views)\b"
    r"[^:：\n]{0,12}[:：])",
    re.M,
)
# "Yue Fu Han [2006]", "Guo Kai Ban Fa No.[2013] 78": the words of a document's number
_DOC_NUMBER = re.compile(
    r"(?:\s+[A-Z][a-z]{1,4}){0,3}\s*(?:No\.?\s*)?[\[〔]\s*(?:19|20)\d\d\s*[\]〕]"
)
ACCEPT_AT = 0.8  # a candidate this confident is accepted unless the analyst says otherwise


# the party's name before a post, with its own "of": "Communist Party of China chief of Tibet"
_PARTY_NAME = re.compile(r"(?:the\s+)?Communist\s+Party\s+of\s+China\s+(?:\(CPC\)\s+)?")


# --------------------------------------------------------------------------------------------
# Candidates


# places a count's people or things come from, which "of which" does not count again
_WHERE_FROM = {"counties", "provinces", "cities", "prefectures", "regions", "districts", "towns"}


@dataclass
class Candidate:
    """One proposed row: where in the article it comes from, and how sure the rule is."""

    id: str
    kind: str  # source, person, title, organisation, event, role, figure, agreement, area, observation
    table: str
    fields: dict[str, str]
    span: tuple[int, int]
    paragraph: int
    evidence: str
    confidence: float
    label: str = ""  # what it is, in a few words (shown in the review; used by evaluation)
    match: str = ""  # id of the existing row it is (then nothing is written)
    needs: dict[str, str] = field(default_factory=dict)  # field -> candidate id it refers to
    note: str = ""
    decision: str = ""

    def __post_init__(self) -> None:
        if not self.decision:
            self.decision = "accept" if self.confidence >= ACCEPT_AT else "review"


@dataclass
class Extraction:
    article: Article
    source_id: str
    pairing_id: str
    candidates: list[Candidate]
    dates: list[DateMention]
    warnings: list[str]

    def of_kind(self, kind: str) -> list[Candidate]:
        return [c for c in self.candidates if c.kind == kind]


# --------------------------------------------------------------------------------------------
# What the dataset already knows


def _norm(name: str) -> str:
    name = name.replace("\u2019", "'").lower()
    name = re.sub(r"[^a-z0-9' ]+", " ", name)
    name = re.sub(r"\b(the|cpc|of)\b", " ", name)
    return re.sub(r"\s+", " ", name).strip()


def _place_key(name: str) -> str:
    return re.sub(r"\s+(province|city|county|municipality|prefecture)$", "", _norm(name))


def slug(text: str, limit: int = 60) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:limit].rstrip("-") or "x"


@dataclass
class Known:
    """The rows of ``data/`` the extractor matches against, read straight from the CSVs."""

    actors: dict[str, dict]
    ids: dict[str, set[str]]
    pairings: dict[str, dict]
    indicators: list[dict]
    commitments: dict[str, dict]
    events: list[dict]
    positions: set[str]
    units: frozenset[str] | None = None  # the units a row may store (None: not checked)

    @classmethod
    def load(cls, data_dir: Path | None) -> Known:
        def rows(name):
            if data_dir is None or not (data_dir / f"{name}.csv").is_file():
                return []
            with open(data_dir / f"{name}.csv", encoding="utf-8", newline="") as fh:
                return list(csv.DictReader(fh))

        tables = {
            n: rows(n)
            for n in (
                "sources",
                "actors",
                "pairings",
                "events",
                "positions",
                "participations",
                "commitments",
                "indicators",
                "observations",
            )
        }
        ids = {n: {next(iter(r.values())) for r in t} for n, t in tables.items()}
        return cls(
            actors={r["actor_id"]: r for r in tables["actors"]},
            ids=ids,
            pairings={r["pairing_id"]: r for r in tables["pairings"]},
            indicators=tables["indicators"],
            commitments={r["commitment_id"]: r for r in tables["commitments"]},
            events=tables["events"],
            positions=ids["positions"],
            units=schema_units(data_dir),
        )

    def __post_init__(self) -> None:
        self.by_name: dict[str, str] = {}
        self.places: dict[str, str] = {}
        self.committees: dict[tuple[str, bool], str] = {}
        for aid, a in self.actors.items():
            self.by_name.setdefault(_norm(a["name"]), aid)
            for alias in re.split(r"[;|]", a.get("aliases") or ""):  # "Shen Yiqin" for Chen Yiqin
                if alias.strip():
                    self.by_name.setdefault(_norm(alias), aid)
            if a.get("name_zh") and a["kind"] == "person":  # stored from a Chinese article only
                from .persons_zh import pinyin

                self.by_name.setdefault(_norm(pinyin(a["name_zh"].strip())), aid)
            if a["kind"] in ("province", "city", "county", "region"):
                self.places[_place_key(a["name"])] = aid
        for aid, a in self.actors.items():
            if a["kind"] == "party committee":
                standing = "standing" in a["name"].lower()
                place = a["parent_actor_id"]
                if standing and place in self.actors:
                    place = self.actors[place]["parent_actor_id"]
                self.committees.setdefault((place, standing), aid)


# --------------------------------------------------------------------------------------------
# Patterns

# where a post joined by "the" ends: as any post, or at "and" before the next name or group
_THE_TITLE_END = re.compile(rf"{_TITLE_ENDS.pattern}|\s+and\s+(?=the\b|[A-Z]){NOT_IN_A_NAME}")
# the next count in a list that borrows one noun: "of which 422 have started and 152 have …"
_NEXT_PART = re.compile(r"[^.;,]{0,80}?(?:,\s+|\s+)and\s+|[^.;]{0,80}?,\s+")
# a second post after the first one's comma: ", also deputy director of …"
_ALSO_TITLE = re.compile(rf",\s+also\s+(?={_TITLE_START.pattern})", re.I)
# where an occupation's holder comes from: " from Liaoning Province", " from the Beijing
# Obstetrics and Gynecology Hospital", " from Dianbai District, Maoming City, Guangdong Province"
_FROM_PLACE = re.compile(
    r"\s+from\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w'’-]*)*"
    r"(?:,\s+(?:(?i:north|south|east|west|central|north-?east|north-?west|south-?east|"
    r"south-?west|eastern|western|northern|southern)\s+China['’]s\s+)?"  # "…, East China's Fujian"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?i:City|Province|Prefecture|County|"
    r"(?:autonomous\s+)?Region))*"
)
# a post said in a relative clause closed by its comma: ", who was a professor of … and dean
# of the university's graduate school, was known": the posts run to the comma
_WHO_CLAUSE = re.compile(
    r",\s+who\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as)\s+"
    r"(?:also\s+|now\s+|then\s+)?(?:the\s+|an?\s+)?(?P<title>[^,;:.()\n]{4,120}?)(?=,\s)"
)
# a post said as the sentence's predicate: "Wang Zhenjiang, Chen Bing and Wang Tongxu are
# doctors of a medical team from a hospital in Zhuhai", "Li Hua is a teacher at …"
_PREDICATE_POST = re.compile(r"\s+(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?=[a-z])")
_PREDICATE_POST_END = re.compile(
    r"[,;:()]|\.(?<!\bNo\.)|\s+(?:who|which|that|since|for|to|when|after|before|with|but)\b"
    rf"|\s+and\s+{NOT_IN_A_NAME}"
)
# a post of one word or two before a name, and the body it heads after the name
_BARE_POST = re.compile(
    r"(?:(?:Deputy|Vice|Executive|Party)[\s-]+)?(?:Secretary|Director|Mayor|Governor|President|"
    r"Chairman|Chairwoman|Dean|Head|Chief|Commissioner|Principal|Manager)"
)
# no post: one cut short ("member of", "secretary of the"), or a verb's phrase ("led members of
# the panel on development")
_NO_POST = re.compile(
    r"\b(?:of|the|and|in|for|a|an|to)$"
    r"|^(?:led|met|visited|said|attended|presided|delivered|accompanied|inspected|signed|headed|"
    r"went|joined|called|urged|held)\b",
    re.I,
)
# a post with no body of its own, and one with its body: "deputy Party secretary" and "deputy
# governor of the Golog Tibetan Autonomous Prefecture"
_BARE_CHAIN_POST = re.compile(
    rf"(?:(?:deputy|vice|executive|standing|party|first)[\s-]+){{0,3}}(?:{_HEADS})", re.I
)
# a post in the Party organ of a body, the body said after the next post
_PARTY_ORGAN_POST = re.compile(
    r"(?i:(?:deputy\s+|vice\s+)?(?:member|secretary)\s+of\s+the\s+(?:leading\s+)?(?:CPC\s+)?"
    r"party\s+(?:group|committee|leadership\s+group|leading\s+group))"
)
# the Party organ inside a body, and a place's Party committee
_OF_PARTY_ORGAN = re.compile(
    r"of\s+(?:the\s+)?(?:CPC\s+)?(?i:party\s+(?:committee|group|leadership\s+group))\s+of\s+", re.I
)
_PARTY_POST = re.compile(r"\b(?:secretary|member)\b", re.I)
_PLACE_PARTY_ORGAN = re.compile(
    r"(?i:(?:municipal|provincial|county|city|prefecture|prefectural|district|regional)\s+"
    r"(?:CPC\s+)?party\s+committee)\s*$"
)
_POST_OF_BODY = re.compile(
    rf"(?:(?:deputy|vice|executive|standing|party|first)[\s-]+){{0,3}}(?:{_HEADS})\s+"
    r"(?P<body>(?:of|in)\s+.+)",
    re.I | re.S,
)
# an institution named after a person: "the Soong Ching Ling School", "Sun Yat-sen University"
_NAMED_AFTER = re.compile(
    r"\s+(?:(?:Middle|Primary|High|Memorial|Children's)\s+)?(?:School|University|College|"
    r"Hospital|Foundation|Institute|Academy|Kindergarten|Memorial|Library|Museum)\b"
)
_OF_BODY_AFTER_NAME = re.compile(
    r"\s+(?P<body>of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|and(?!\s+(?:Deputy\s+|"
    r"Vice\s+|Executive\s+)?(?:Secretary|Director|Mayor|Governor|President|Chairman|Dean|Head|"
    r"Chief)\b))\s+)*"
    r"(?:[A-Z][\w'’-]*|people['’]s))*(?:(?<=Co)\.?,?\s+(?:Ltd|LTD)\b\.?)?)"  # "… Food Co., Ltd."
)
# a surname alone before its post: "according to Xi, who is also General Secretary of …"
_SURNAME_THEN_POST = re.compile(
    r"\b(?P<surname>[A-Z][a-z]{1,6})(?=,\s+(?:who\s+(?:is|was)\s+(?:also|now)|also|then)\s"
    # "Wang, a member of the Standing Committee of … and chairman of …, made the remarks"
    r"|,\s+an?\s+(?:member|head|chairman|chairwoman|secretary|director|deputy|vice)\b"
    # "Xu is the vice-president of Sun Yat-sen Memorial Hospital and the dean of …"
    r"|\s+(?:is|was)\s+(?:also\s+)?the\s+(?:deputy\s+|vice[\s-]|executive\s+)?(?:president|"
    r"director|dean|head|chairman|chairwoman|secretary|mayor|governor|principal|chief)\b)"
)
# a further post after "and the", in a sentence that says what a person is
_AND_THE_POST = re.compile(
    r"\s+and\s+(?:also\s+)?(?=the\s+(?:deputy\s+|vice[\s-]|executive\s+)?(?:president|director|"
    r"dean|head|chairman|chairwoman|secretary|mayor|governor|principal|chief)\b)"
)
# inside brackets after a measure: "589 mu (39 hectares, 97 acres)", "(approximately 333"
_CONVERSION_BEFORE = re.compile(
    r"\b(?:mu|hectares?|acres?|yuan|dollars|kilomet(?:er|re)s?|km|meters?|metres?)\s*\("
    r"[^()]{0,30}$"
)
# a company's name: its own words, then its legal form ("Hunan New Wellful Co., Ltd",
# "Tianjin Food Group"), and none of the words of a Party or government body
_LEGAL_FORM_END = re.compile(
    r"^(?!.*\b(?:Party|CPC|Leading|Leadership|Coordination|Working|Work|Steering|Committee|Office|"
    r"Bureau|Government|Teaching|Supporting|Medical|Expert|Liaison|Newspaper|Daily|"
    # a team called a group: "Shanghai Assistance Group", "Graduate Student Group", "Ph. D.
    # Service Group", "National Flag Group"
    r"Assistance|Aid|Aiding|Service|Student|Students|Flag|Volunteer|Volunteers|Inspection|"
    r"Research|Study|Art|Performance|Dance|Pairing|Poverty|Alleviation|"
    r"Media\s+Group)\b)"  # "China Media Group": the state broadcaster
    # not a trade's word first: "Technology Co., Ltd.", "Steel Group" are the ends of names
    r"(?!(?:Technology|Science|Steel|Iron|Industry|Industrial|Investment|Development|Trade|"
    r"Trading|Energy|Construction|Tourism|Cultural|Culture|Media|Agricultural|Holding|"
    r"International|Engineering|Railway|Vegetables?|Crafts?|Foods?|Foodstuffs|Bridge|Army|Mining|"
    r"Textile|Garment|Logistics|Pharmaceutical|Machinery|Electronics|Materials|Products|Fruit|"
    r"Dairy|Livestock|Forestry|Business|Health|Transport|Chemical|Cement|Hotel|Financial|"
    # an ordinal: "the Eighth Group" of a team
    r"First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\b)"
    r"(?:[A-Z][\w&'’.-]*\s+)+"
    r"(?:Co\.?,?\s*Ltd\.?|Co\.|Company|Corporation|Corp\.|Inc\.|Limited|LLC|Group|Holdings)$"
)
_TRADE_AFTER_AND = re.compile(
    rf"(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}(?:{_JOBS})\b"
    # "head of the medical team and physician at Beijing Friendship Hospital"
    rf"|(?:[a-z-]+\s+)?(?:{_JOBS})\s+(?:at|of|in|with)\s+(?:the\s+)?[A-Z]"
)
# an article, or "the current", before a post; "the county's Party chief" keeps its "the"
_ARTICLE = re.compile(r"(?:(?:a|an)\s+|the\s+(?![\w-]+['’]s\b))?(?:current\s+)?(?=\w)")
_NEXT_PERSON_POST = re.compile(
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+(?:the\s+)?(?i:(?:deputy|vice|executive|standing)[\s-]+)?"
    r"(?i:chairman|chairwoman|director|secretary|governor|mayor|president|head|member|minister|"
    r"commissioner)\b"
)
# an alias the copy gives a firm it has just named in full
_ALIAS_BEFORE = re.compile(
    r"\b(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as|called)\s*[\"“'‘]?\s*$", re.I
)
# the first half of a firm's name that holds "and" between two trades
_TRADE_AND_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){1,4}(?:Technology|Science|Culture|Cultural|Tourism|Trade|"
    r"Investment|Development|Industry|Commerce|Finance|Education|Health|Agriculture|Energy|"
    r"Construction|Media|Innovation|Logistics)\s+and\s+$"
)
_LEGAL_FORM_AT = re.compile(r"\.?,?\s+(?:Ltd|LTD)\b\.?")  # "Co., LTD." in some copy
# a group after ", and" is other people, not a second title of the person before it
_AND_GROUP = re.compile(
    r"\s*and\s+(?:[a-z]+\s+){0,2}?(?:officers|officials|leaders|members|heads|staff|"
    r"representatives|cadres)\b",
    re.I,
)

_ROLE_VERBS = [
    ("led", r"\bled\b|\bheaded\b"),
    ("accompanied", r"\baccompanied\b"),
    ("presided", r"\bpresided\b|\bchaired\b|\bhosted\b"),
    ("reported", r"\breported\b|\bbriefed\b"),
    (
        "spoke",
        r"\bsaid\b|\bsays\b|\bpointed out\b|\bstressed\b|\bexpressed\b|\bcongratulated\b|"
        r"\bdelivered (?:a|an) (?:\w+ )?speech\b|\bmade (?:a|an) (?:\w+ )?speech\b|\bspoke\b|"
        r"\bnoted\b|\bemphasi[sz]ed\b|\bthanked\b|\bintroduced\b|\bgave a speech\b",
    ),
    ("attended", r"\battended\b|\bwere present\b|\bwas present\b|\bjoined\b"),
    ("met", r"\bmet\b"),
    ("signed", r"\bsigned\b"),
]
_ROLE = re.compile("|".join(f"(?P<{role}>{pat})" for role, pat in _ROLE_VERBS))
_REPORTED_SPEECH = re.compile(r"\s+(?:that|:)\s", re.I)

_EVENT_KINDS = [
    ("signing", r"signing ceremony"),
    ("forum", r"\bforums?\b"),
    ("fair", r"\bsymposium\b|\bfair\b|\bexpo\b|\bexhibition\b|\bfestival\b"),
    ("meeting", r"\bmeetings?\b|\bconference\b|\btalks\b|\bseminar\b"),
    ("visit", r"\bdelegation\b|\bvisit(?:ed|s|ing)?\b|\binspect(?:ed|ion)?\b|\btour\b"),
]
_EVENT_NOUN = re.compile(
    r"\b(?:a|an|the)\s+(?P<np>(?:[\w-]+\s+){0,3}?(?:forum|symposium|fair|meeting|conference|"
    r"seminar|ceremony|expo|exhibition)\b(?:\s+(?:on|of|for|between|about)\s+[^,.;]{1,120}?)?)"
    r"(?=\s+(?:was|were|is|are|held|took|opened)\b|[,.;]|\s+in\s+[A-Z])"
)
_AREA_LIST = re.compile(
    r"\b(?:in\s+(?:such\s+)?areas\s+(?:such\s+as|including|like)|in\s+such\s+areas\s+as|"
    r"in\s+the\s+(?:fields|areas)\s+of|areas\s+(?:such\s+as|including))\s+(?P<list>[^.;]{3,500})"
)
_AREA_STOP = re.compile(
    r"^(?:and\s+)?(?:promote|so|to|with|make|making|help|achieve|strengthen|further|jointly|work|"
    r"which|that|in order|we|they|it)\b"
)
_AREA_KEYWORDS = [
    ("consumption", r"goods|consum|products|purchas|sales"),
    ("education", r"educat|school|teacher"),
    ("health", r"medic|health|hospital|doctor"),
    ("tourism", r"touris"),
    ("labour", r"labou?r|employ|job"),
    ("talent", r"intellectual|talent|train|cadre|personnel"),
    ("infrastructure", r"infrastructure|road|water"),
    ("trade", r"trade"),
    ("funds", r"capital|fund|financ|donation"),
    ("industry", r"industr|enterprise|invest"),
    ("county-pairing", r"count(?:y|ies)|town|hand in hand"),
]


# --------------------------------------------------------------------------------------------
# Helpers


# --------------------------------------------------------------------------------------------
# The extractor


# a leader's words invoked, no actor of the event: "General Secretary Xi Jinping's important
# speech", "the important instructions of General Secretary Xi Jinping"
_INVOKED_AFTER = re.compile(
    r"['’]s?\s+(?:(?:series\s+of\s+)?(?:important|recent|keynote|key|new)\s+)?(?:speech(?:es)?|instructions?|"
    r"call|thought|concerns|orders|remarks|directives?|guidance|vision|expositions?|exhortations?|"
    r"requirements?)\b"
    # "the great banner of Xi Jinping thoughts on socialism": the thought named after him
    r"|\s+[Tt]houghts?\s+on\b"
)
_INVOKED_BEFORE = re.compile(
    r"\b(?:speech(?:es)?|instructions?|thought|remarks|directives?|guidance|expositions?|spirit)"
    r"\s+(?:made\s+)?(?:of|by|from)\s+(?:the\s+)?(?:[Gg]eneral\s+[Ss]ecretary|[Pp]resident)\s+$"
    # "to quote General Secretary Xi Jinping"
    r"|\bquot(?:e|ed|ing)\s+(?:the\s+)?(?:[Gg]eneral\s+[Ss]ecretary|[Pp]resident)\s+$"
)


def _invoked(text: str, start: int, end: int) -> bool:
    return bool(
        _INVOKED_AFTER.match(text, end) or _INVOKED_BEFORE.search(text, max(0, start - 80), start)
    )


def _known_firm(name: str) -> bool:
    """Two words ending in Group name a firm when the first is no common word ("Alibaba Group",
    not "Zone Group")."""
    first = name.split()[0]
    return first not in ("Zone", "Work", "Working", "Leading", "Expert", "Study", "Party")


def source_id_from_url(url: str) -> str:
    """en.dl.gov.cn/News/ChinaNews/24772.jhtml -> dl-24772 (the project's convention)."""
    parsed = urlparse(url)
    host = [p for p in parsed.netloc.lower().split(".") if p not in ("www", "en", "english")]
    stem = host[0] if host else "src"
    if len(host) >= 3 and host[-2] in ("gov", "com", "org", "edu") and host[-1] == "cn":
        stem = host[-3]
    digits = re.findall(r"\d+", parsed.path)
    tail = digits[-1] if digits else slug(Path(parsed.path).stem or "article", 30)
    return slug(f"{stem}-{tail}")


# machine-translated copy puts a comma between the post and the name: "met with the mayor of
# Shenzhen, Xu Qin and his party"
_PREFIX_OF_TITLE_COMMA = re.compile(
    r"\b[Tt]he\s+(?P<title>(?i:(?:former\s+)?(?:(?:deputy|vice|executive|chief|permanent|under)[\s-]+)?"
    r"(?:party\s+)?"
    r"(?:secretary|governor|mayor|director|chairman|president|head)(?:[- ]general)?\s+(?:of|for)\s+"
    r"(?:the\s+)?)(?:[A-Z][\w'’]+\s+(?:(?:of|and)\s+(?:the\s+)?)?){0,5}[A-Z][\w'’]+),\s+"
    # "The Secretary for Development, Mr Paul Chan": an honorific before the name
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Ir)\.?\s+)*$"
)
# "the President, Qiao Jie, and the Party Secretary and Vice President, Jin Changxiao": a post
# alone, capitalised, before the name and a comma (machine-translated copy)
_PREFIX_BARE_COMMA = re.compile(
    r"\b[Tt]he\s+(?P<title>(?:(?:Deputy|Vice|Executive)[\s-]+)?(?:Party\s+)?(?:Secretary|"
    r"President|Director|Chairman|Dean|Principal|Mayor|Governor)(?:\s+and\s+(?:(?:Deputy|Vice|"
    r"Executive)[\s-]+)?(?:Party\s+)?(?:Secretary|President|Director|Chairman|Dean|Principal|"
    r"Mayor|Governor))?"
    # Hong Kong's and Macao's posts: "the Chief Executive, Mr Edmund Ho Hau Wah"
    r"|Chief\s+Executive|Chief\s+Secretary|Financial\s+Secretary),\s+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Ir)\.?\s+)*$"
)
# a post in lower case between commas before the name: "their village Party secretary, Shi
# Wenjing, was one of …", "the county's Party chief, Li Hua, said"
_LOWER_HEAD = (
    r"(?:[a-z]+\s+){0,2}(?:[Pp]arty\s+)?(?:secretary|chief|mayor|governor|head|"
    r"director|chairman|chairwoman|leader|principal|dean)"
)
_PREFIX_LOWER_COMMA = re.compile(
    rf"\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[a-z]+['’]s\s+)?(?P<title>{_LOWER_HEAD})"
    r",\s+$"
)
# '…," Luoxun county's party secretary, Teng Juiming, said': a place's post with the place, the
# place opening the clause
_PREFIX_PLACE_COMMA = re.compile(
    rf"(?<![\w'’-]\s)(?P<title>[A-Z][a-z]+\s+(?:[a-z]+['’]s|[A-Z][a-z]+['’]s)\s+{_LOWER_HEAD})"
    r",\s+$"
)
# … or with no article and no comma: "roads and bridges, Chief Executive Donald Tsang told …"
_PREFIX_HK_POST = re.compile(
    r"(?<![A-Za-z]\s)(?P<title>Chief\s+Executive|Chief\s+Secretary|Financial\s+Secretary)\s+$"
)
# an official list's post, then an honorific and the name (Hong Kong's and Macao's releases):
# "…; the Secretary for Social Affairs and Culture of the Macao SAR, Ms Ao Ieong U;",
# "member of the Standing Committee of … and Vice Governor of Sichuan, Mr Wei Hong"
_PREFIX_HONORIFIC_POST = re.compile(
    r"(?:\b[Tt]he\s+|[;:]\s*|\b(?:and|included|including)\s+|^)"
    r"(?P<title>(?i:(?:(?:deputy|vice|executive|chief|permanent|under)[\s-]+)?(?:party\s+)?"
    r"(?:secretary|governor|mayor|director|chairman|president|head|chief|minister|member)"
    r"(?:[- ]general)?)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’]+\s+(?:(?:of|and|in)\s+(?:the\s+)?)?){0,12}[A-Z][\w'’]+)"
    r",?\s+(?:Mr|Mrs|Ms|Miss|Dr|Ir)\.?\s+$",
    re.M,
)
# a doctor's rank before the name: "Led by chief physician Jiang Zhengkang from …"
_PREFIX_MEDICAL_TITLE = re.compile(
    r"\b(?:by|with|and|including)\s+(?P<title>(?:(?:associate|deputy)\s+)?(?:chief|attending)\s+"
    r"(?:physician|doctor|surgeon|nurse))\s+$"
)
# machine translation's "the provincial people's Congress Chairman Jiang Yikang": a body's
# head before the name, the body named in lower case
_PREFIX_BODY_TITLE = re.compile(
    r"(?P<title>(?i:(?:provincial|municipal|city|county|district|regional)\s+)"
    r"(?i:people['’]s\s+congress|CPPCC)\s+(?i:(?:vice\s+|deputy\s+)?(?:chairman|chairwoman)))"
    r"\s+$"
)
_PREFIX_TOP = re.compile(
    r"(?P<title>China['’]s\s+top\s+(?:political\s+)?(?:advis[eo]r|legislator|lawmaker|"
    r"anti-graft\s+official|prosecutor|judge|diplomat|planner))\s*,?\s+$"
)
_SUBJECTS = (
    r"physics|chemistry|biology|maths?|mathematics|English|Chinese|history|geography|music|art|"
    r"politics|computer|science|Tibetan|Uygur|Uyghur"
)
_PREFIX_TEACHER = re.compile(
    r"(?:(?:^|(?<=[.!?]\s)|(?<=\n))(?=Teacher)"
    # "said teacher Sangyang, 33", "under the direction of teacher Xing Yue", ", local doctor …"
    # "Hangzhou teacher Ren Kangping was …": a place's teacher opening a sentence
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?=[A-Z][a-z]+\s+teacher\s)"
    r"|(?:\b(?:said|by|of|with|and|from|to)|,)\s+"  # "according to headmaster Huang Xiaoxi"
    r"(?=teacher|head\s+teacher|headmaster|principal|local\s+doctor|village\s+doctor|agronomist"
    # '"…," said villager Norbu', "with herder Li Ming": who the person is, as a title
    r"|(?:villager|farmer|herder|herdsman|nurse|technician)\b)"
    # "One teacher named Sun Liang said", "Another teacher Fu Qiyu,", "The team leader, Fu Xin,"
    r"|\b(?:One|Another|A|The|one|another|a|the)\s+(?=teacher|team\s+leader|doctor)"
    # "the story is physics teacher Ma Guoqing from …": the subject taught before teacher
    rf"|(?<=[a-z,]\s)(?=(?:{_SUBJECTS})\s+teacher\s))"
    rf"(?P<title>(?:(?:{_SUBJECTS})\s+)?(?:(?!(?:One|Another|The|This|That|Each|Every)\b)[A-Z][a-z]+\s+)?[Tt]eacher|head\s+teacher|headmaster|principal|(?:local|village)\s+doctor|"
    r"team\s+leader|doctor|agronomist|villager|farmer|herder|herdsman|nurse|technician)"
    r"(?:\s+named)?,?\s+$",
    re.M,
)
# who a person is, opening a sentence or after "when": "College student Jiang Pengzhou said",
# "Local villager Nyima Tsering and his family", "When official Li Xiaonan told …"
_PREFIX_OCCUPATION = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\b[Ww]hen\s)|(?<=\bAs\s))"
    r"(?P<title>(?:(?!(?:One|Another|The|This|That|Each|Every|When|As|Our|His|Her|Their)\b)"
    r"[A-Z][a-z]+\s+)?(?i:villager|student|official|farmer|herder|herdsman|nurse|technician|"
    r"worker|volunteer|entrepreneur|engineer|cadre))\s+$",
    re.M,
)
# a relative named by whose relative he is: "son of a doctor", "the wife of a herder"
_KIN_OF = re.compile(
    r"(?i:(?:the\s+|an?\s+)?(?:(?:eldest|youngest|elder|younger|only)\s+)?(?:son|daughter|wife|"
    r"husband|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather)s?\s+of)\b"
)
# a bracket after a name: a photo's position mark ("(L)", "(2nd R)") or a post held then or now
_AFTER_NAME_PAREN = re.compile(
    r"\s*\((?P<inner>(?:(?:then|now|former(?:ly)?)\s+)?(?P<post>[^()\n]{1,200}))\)"
)
_POSITION_MARK = re.compile(
    r"(?i:(?:(?:\d(?:st|nd|rd|th)|first|second|third)[\s,]+)?(?:from\s+)?"
    r"(?:L|R|C|left|right|cent(?:er|re)|front|back|middle)(?:\s+\d)?)"
)
# what stands between two names of one list: "A, B and C", "Liu Si (left) and Yu Rong (right)"
_NAME_LIST_GAP = re.compile(rf"(?:\s*\({_POSITION_MARK.pattern}\))?(?:,\s+|\s+and\s+|,\s+and\s+)")


def _posts_in_brackets(inner: str) -> bool:
    """Whether a bracket after a name holds posts: a short phrase with a title word and no other
    name ("then district mayor"), or a long one with a title word among its first four words
    ("Deputy Secretary of CPC Shaanxi provincial committee and Governor of …")."""
    long_form = re.fullmatch(r"[A-Za-z'’-]+(?:,?\s+[A-Za-z'’-]+){0,24}", inner) and _HEAD.search(
        " ".join(inner.split()[:4])
    )
    short_form = (
        re.fullmatch(r"[A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,7}", inner)
        and _HEAD.search(inner)
        and not _NAME.search(inner)
    )
    return bool(long_form or short_form)


_PLURAL_TITLE = re.compile(
    r"(?:[\w'’-]+\s+){0,4}?(?:leaders|members|officials|secretaries|governors|mayors|deputies|"
    r"heads|directors|representatives|doctors|teachers|nurses|experts|volunteers|physicians|"
    r"workers|students|technicians|engineers|cadres|specialists|professors|researchers|"
    r"farmers|villagers|herders|herdsmen|residents|entrepreneurs|staffers)\b",
    re.I,
)


class _Builder:
    def __init__(self, article: Article, known: Known, source_id: str, pairing_id: str, year):
        self.a = article
        self.k = known
        self.source_id = source_id
        self.pairing_id = pairing_id
        self.year = year
        self.cands: list[Candidate] = []
        self.used: dict[str, set[str]] = {t: set(ids) for t, ids in known.ids.items()}
        self._next_n: dict[tuple[str, str], int] = {}
        self.person_cand: dict[str, Candidate] = {}  # normalised name -> candidate
        self.actor_cand: dict[str, Candidate] = {}  # normalised name -> org/place candidate
        self.org_aliases: set[str] = set()  # short names a firm is given ("ZOE Group")
        self.events: list[tuple[Candidate, DateMention | None]] = []
        self.dates: list[DateMention] = []
        self.roles_seen: set[tuple[str, str, str]] = set()
        self.titles_seen: set[tuple[str, str]] = set()
        self.speakers: dict[int, Candidate] = {}  # paragraph -> last person who spoke there
        self._sent_key: tuple[int, int] = (-1, -1)
        self._sent: list[tuple[int, int]] = []
        self._sent_starts: list[int] = []
        self.actor_at: dict[int, list[Candidate]] = {}  # paragraph -> persons/orgs found in it
        self.first_of_kind: dict[str, Candidate] = {}
        self.event_starts: list[int] = []  # positions of dated events, in text order
        self.event_at: list[Candidate] = []
        self.year_starts: list[int] = []
        self.year_at: list[DateMention] = []
        self.agreement_spans: list[tuple[int, int, Candidate]] = []
        self.signing: Candidate | None = None
        self._latest: str | None = None
        self.org_starts: list[int] = []
        self.org_at: list[Candidate] = []
        self.figures_seen: set[tuple] = set()

    # -- sentences, cached per paragraph (a 5 MB paragraph must not be split once per match)
    def sentences(self, lo: int, hi: int) -> list[tuple[int, int]]:
        if self._sent_key != (lo, hi):
            self._sent_key = (lo, hi)
            self._sent = _sentences(self.a.text, lo, hi)
            self._sent_starts = [a for a, _ in self._sent]
        return self._sent

    def sentence_at(self, pos: int, lo: int, hi: int) -> tuple[int, int]:
        sents = self.sentences(lo, hi)
        i = bisect.bisect_right(self._sent_starts, pos) - 1
        return sents[i] if i >= 0 else (lo, hi)

    # -- ids and candidates
    def new_id(self, table: str, base: str) -> str:
        base = slug(base, 80)
        taken = self.used.setdefault(table, set())
        n = self._next_n.get((table, base), 2)  # the same base thousands of times: no rescans
        candidate = base
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        self._next_n[(table, base)] = n
        taken.add(candidate)
        return candidate

    def add(self, **kw) -> Candidate:
        s, e = kw["span"]
        kw.setdefault("paragraph", self.a.paragraph_of(s))
        kw.setdefault("evidence", self.a.text[s:e])
        kw["evidence"] = re.sub(r"\s+", " ", kw["evidence"]).strip()
        if kw["kind"] == "figure":
            self.unit_for_storage(kw)
        cand = Candidate(id=f"c{len(self.cands) + 1}", **kw)
        self.cands.append(cand)
        if cand.kind in ("person", "organisation"):
            self.actor_at.setdefault(cand.paragraph, []).append(cand)
        return cand

    def unit_for_storage(self, kw: dict) -> None:
        """A figure counts a noun (its label's unit); its row stores the schema's name for it, or
        nothing when the schema has none: then it is reviewed, its words in value_text."""
        fields = kw["fields"]
        counted = fields.get("unit", "")
        stored = stored_unit(counted, self.k.units)
        if stored == counted:
            return
        fields["unit"] = stored
        if stored:
            return
        s, e = kw["span"]
        fields["value_text"] = re.sub(r"\s+", " ", self.a.text[s:e]).strip()
        kw["confidence"] = min(kw["confidence"], 0.6)
        note = (
            f"{counted!r} is not a unit of the data (commitments.unit): the row stores no unit, "
            "the count's words are in value_text; describe it, or extend the unit vocabulary"
        )
        kw["note"] = f"{kw['note']}; {note}" if kw.get("note") else note

    def cite(self, paragraph: int, evidence: str) -> dict[str, str]:
        return {
            "source_id": self.source_id,
            "paragraph": str(paragraph),
            "evidence": re.sub(r"\s+", " ", evidence).strip(),
        }

    def pairing(self) -> dict:
        return self.k.pairings.get(self.pairing_id, {})

    def side_of(self, actor_id: str) -> str:
        return self.k.actors.get(actor_id, {}).get("side", "")

    # -- places and organisations named in a phrase
    def place_in(self, phrase: str) -> str:
        for m in re.finditer(r"[A-Z][a-z]+", phrase):
            aid = self.k.places.get(m.group(0).lower())
            if aid:
                return aid
        return ""

    def organisation_of(self, title: str, inherited: str) -> str:
        place = self.place_in(title)
        if not place and inherited:
            return inherited
        if not place:
            return ""
        if re.search(r"\b(?:committee|party|cpc)\b", title, re.I):
            standing = bool(re.search(r"standing committee", title, re.I))
            return self.k.committees.get((place, standing), "")
        return place

    # -- persons and titles
    def person(self, name: str, start: int, titled: bool) -> Candidate:
        key = _norm(name)
        cand = self.person_cand.get(key)
        if cand:
            if titled and cand.confidence < 0.95:
                cand.confidence = 0.95
                cand.decision = "accept"
            return cand
        match = self.k.by_name.get(key, "")
        if match and self.k.actors[match]["kind"] != "person":
            match = ""
        aid = match or self.new_id("actors", name)
        para = self.a.paragraph_of(start)
        fields = {
            "actor_id": aid,
            "name": name,
            "kind": "person",
            "side": self.side_of(match) if match else "",
            **self.cite(para, name),
        }
        cand = self.add(
            kind="person",
            table="actors",
            fields=fields,
            span=(start, start + len(name)),
            confidence=0.95 if (match or titled) else 0.7,
            label=name,
            match=match,
            note="already in actors.csv" if match else "",
        )
        self.person_cand[key] = cand
        return cand

    def title(
        self,
        person: Candidate,
        title: str,
        start: int,
        org: str,
        evidence_span,
        id_hint="",
        confidence: float = 0.9,
    ) -> None:
        title = re.sub(r"\s+", " ", title).strip(" ,")
        # "following Chinese President Xi": the preposition before a post is no part of it
        title = re.sub(r"^(?i:following|according\s+to|with|by|under)\s+(?=[A-Za-z])", "", title)
        if not title or _NO_POST.search(title):
            return
        if _KIN_OF.match(title):
            return  # "Yue Mengchen, son of a doctor": kin, no post
        actor_id = person.fields["actor_id"]
        if (actor_id, title.lower()) in self.titles_seen:
            return
        self.titles_seen.add((actor_id, title.lower()))
        pid = slug(f"{actor_id}-{id_hint or title}", 80)
        para = self.a.paragraph_of(start)
        es, ee = evidence_span
        match = pid if pid in self.k.positions else ""
        if not match:
            pid = self.new_id("positions", pid)
        date = self.main_date()
        fields = {
            "position_id": pid,
            "actor_id": actor_id,
            "title": title[0].upper() + title[1:],
            "organisation_id": org,
            "stated_on": date[0],
            "stated_on_basis": "inferred" if date[0] else "",
            **self.cite(para, self.a.text[es:ee]),
        }
        if not person.fields.get("side") and org:
            person.fields["side"] = self.side_of(org)
        self.add(
            kind="title",
            table="positions",
            fields=fields,
            span=(start, start + len(title)),
            confidence=confidence,
            label=f"{person.label}: {title}",
            match=match,
            needs={"actor_id": person.id},
            evidence=self.a.text[es:ee],
            note="" if org else "organisation not recognised; fill organisation_id if known",
        )

    def main_date(self) -> tuple[str, str]:
        for cand, _ in self.events:
            if cand.fields.get("start_date"):
                return cand.fields["start_date"], cand.fields["date_basis"]
        return "", ""

    # -- the passes
    def run(self) -> None:
        paragraphs = self.a.body
        for s, e in self.a.paragraphs:
            self.dates += find_dates(self.a.text, s, e, getattr(self, "published", None))
        self.date_starts = [d.span[0] for d in self.dates]
        for d in self.dates:
            if d.precision == "year":
                self.year_starts.append(d.span[0])
                self.year_at.append(d)
        for s, e in paragraphs:
            self.events_in(s, e)
        for s, e in paragraphs:
            self.people_in(s, e)
        self.review_invoked()
        for s, e in paragraphs:
            self.organisations_in(s, e)
        orgs = sorted(
            (c.span[0], i, c) for i, c in enumerate(self.cands) if c.kind == "organisation"
        )
        self.org_starts = [p for p, _, _ in orgs]
        self.org_at = [c for _, _, c in orgs]
        for s, e in paragraphs:
            self.agreements_in(s, e)
        for s, e in paragraphs:
            self.figures_in(s, e)
        if self.a.titled and len(self.a.paragraphs) > 1:
            # the headline's figures, where the body does not say them again: for review
            self.figures_in(*self.a.paragraphs[0], headline=True)
        for s, e in paragraphs:
            self.roles_in(s, e)
        for s, e in paragraphs:
            self.areas_in(s, e)

    def review_invoked(self) -> None:
        """A person named only where his words are invoked ("in response to General Secretary
        Xi Jinping's call") is no actor of the event by the annotation's rule, though the
        dataset may hold him: he and his post are proposed for review, never accepted unasked."""
        text = self.a.text
        for cand in self.person_cand.values():
            spans = [m.span() for m in re.finditer(re.escape(cand.label), text)]
            if spans and all(_invoked(text, s, e) for s, e in spans):
                for c in [
                    cand,
                    *(
                        t
                        for t in self.cands
                        if t.kind == "title" and t.needs.get("actor_id") == cand.id
                    ),
                ]:
                    c.confidence = min(c.confidence, 0.7)
                    c.decision = "review"

    def events_in(self, lo: int, hi: int) -> None:
        text = self.a.text
        i = bisect.bisect_left(self.date_starts, lo)
        while i < len(self.date_starts) and self.date_starts[i] < hi:
            d = self.dates[i]
            i += 1
            if d.precision != "day":
                continue
            ss, se = self.sentence_at(d.span[0], lo, hi)
            sentence = text[ss:se]
            kind = next((k for k, pat in _EVENT_KINDS if re.search(pat, sentence, re.I)), "meeting")
            start, end = _iso(d.start, self.year), _iso(d.end, self.year)
            stated = d.start[0] is not None and not d.relative
            np = _EVENT_NOUN.search(sentence)
            place_m = None
            places = [m for m in _PLACE_AFTER.finditer(sentence) if self.is_place(m.group("place"))]
            if places:
                place_m = places[0]
            place = place_m.group("place") if place_m else ""
            if kind == "visit":
                origin = re.search(r"delegation (?:from|of) (?:the )?([A-Z][a-z]+)", sentence)
                lead = re.search(r"\b([A-Z][a-z]+)(?: \w+)? delegation\b", sentence)
                who = origin.group(1) if origin else (lead.group(1) if lead else "")
                name = f"{who + ' delegation' if who else 'Delegation'} visits {place or 'unknown'}"
            elif np:
                name = re.sub(r"\s+", " ", np.group("np"))
                name = name[0].upper() + name[1:]
            else:
                name = f"{kind.capitalize()} on {d.text}"
            para = self.a.paragraph_of(d.span[0])
            key_date = start or f"{d.start[1]:02d}-{d.start[2]:02d}"
            base = f"{self.pairing_id or self.source_id}-{kind}-{key_date}"
            match = self.existing_event(kind, start) if start else ""
            eid = match or self.new_id("events", base)
            notes = ""
            if d.relative and start:
                notes = f"The text gives {d.text!s}; {start} is counted from the publication date."
            elif not stated and start:
                notes = f"The text gives {d.text!s} without a year; {start[:4]} is inferred."
            elif not start:
                notes = f"The text gives {d.text} without a year: set start_date and end_date."
            fields = {
                "event_id": eid,
                "name": name,
                "kind": kind,
                "start_date": start,
                "end_date": end,
                "date_precision": "",
                "date_basis": ("stated" if stated else "inferred") if start else "",
                "time_of_day": d.time_of_day
                if d.time_of_day in ("morning", "afternoon", "evening")
                else "",
                "place": place,
                "parent_event_id": "",
                "pairing_id": self.pairing_id,
                **self.cite(para, sentence[: min(len(sentence), 200)]),
                "notes": notes,
            }
            parent = self.events[0][0] if self.events else None
            needs = {}
            if parent and kind != "visit":
                fields["parent_event_id"] = parent.fields["event_id"]
                needs["parent_event_id"] = parent.id
            self.add_event(fields, d, sentence, match, needs)

    def add_event(self, fields, d, sentence: str, match: str, needs=None) -> Candidate:
        """A dated event proposed, and kept in order for the roles and figures read after it
        (both languages' event passes end here)."""
        kind = fields["kind"]
        cand = self.add(
            kind="event",
            table="events",
            fields=fields,
            span=d.span,
            # a day counted back from the publication date ("said on Sunday") may be when it
            # was said, not an event: reviewed
            confidence=(0.6 if getattr(d, "relative", False) else 0.85)
            if fields["start_date"]
            else 0.5,
            label=f"{kind}: {d.text}",
            match=match,
            needs=needs or {},
            evidence=sentence[:200],
        )
        self.events.append((cand, d))
        self.first_of_kind.setdefault(kind, cand)
        self.event_starts.append(d.span[0])
        self.event_at.append(cand)
        return cand

    def existing_event(self, kind: str, start: str) -> str:
        for e in self.k.events:
            if e["kind"] == kind and e["start_date"] == start:
                return e["event_id"]
        return ""

    def is_place(self, phrase: str) -> bool:
        return bool(
            re.search(r"(?:Province|City|County|Municipality)$", phrase)
            or _place_key(phrase) in self.k.places
        )

    @functools.cached_property
    def author_spans(self) -> list[tuple[int, int]]:
        """Where the page lists a paper's authors (a label's line, or a block of names before
        the citation), read over the whole text: the label and the names are paragraphs apart."""
        return [
            m.span("after") if m.group("after") else m.span("block")
            for m in _AUTHORS.finditer(self.a.text)
        ]

    def people_in(self, lo: int, hi: int) -> None:
        text = self.a.text
        if hi - lo < 200 and _BYLINE_PARAGRAPH.fullmatch(text, lo, hi):
            return  # "By Wang Qian and Yang Jun (China Daily)": reporters, not actors
        if hi - lo < 40 and _NAME.fullmatch(text[lo:hi].strip().lstrip("-–—").strip()):
            return  # a name alone on its line, closing the page: the writer's or editor's credit
        seen_in_title: set[int] = set()
        # "2020-09-01 08:24:32 A, B Source: … Editor in charge: C": the page's credits
        # "(Shiliangde, Guo Xiaokai, reporter of this network)": the dateline's reporters
        labels = [m.span() for m in _REPORTER_ASIDE.finditer(text, lo, hi)]
        # "China News Service, Wenzhou, December 21 (Fan Yubin, Luo Dingyang)": the dateline's
        # reporters; "Zhang Yi reports from Beijing with Hu Meidong in Fuzhou."
        labels += [m.span("who") for m in _DATELINE_REPORTERS.finditer(text, lo, hi)]
        labels += [m.span() for m in _REPORTS_FROM.finditer(text, lo, hi)]
        for m in _PAGE_LABEL_LINE.finditer(text, lo, hi):
            end = text.find("\n", m.start(), hi)
            labels.append((m.start(), hi if end < 0 else end))
        # "Chang Chuan Jiang Cuilian", "Ke Jiayun", "- Xu Qin" on a line of their own: the
        # writers' credit
        for m in _NAMES_ONLY_LINE.finditer(text, lo, hi):
            labels.append(m.span())
        labels += self.author_spans  # a paper's authors, not actors
        # "By Xu Qilin (intern) Updated: 2017-04-14" on a line of its own inside the paragraph
        for m in _SHORT_LINE.finditer(text, lo, hi):
            if _BYLINE_PARAGRAPH.fullmatch(text, m.start(), m.end()):
                labels.append(m.span())
        names = [
            m
            for m in _NAME.finditer(text, lo, hi)
            if all(
                _GIVEN.fullmatch(part)  # "Run'er": syllables split by an apostrophe
                for w in m.group("name").split(" ")[1:]
                for part in re.split(r"['’]", w.lower())
            )
            and _norm(m.group("name")) not in _NOT_NAMES
            and not _AFTER_NAME_NOT_PERSON.match(text, m.end())
            and not _BYLINE.search(text, max(lo, m.start() - 32), m.start())
            and not CREDIT_BEFORE.search(text[max(lo, m.start() - 44) : m.start()])
            and not CREDIT_AFTER.match(text, m.end())
            # "the Dong Feng Reservoir": after "the", a name is a site's, not a person's
            and not re.search(r"\bthe\s+$", text[max(lo, m.start() - 5) : m.start()], re.I)
            # "(Yue Fu Han [2006] No. 257)": a document's number, in pinyin
            and not _DOC_NUMBER.match(text, m.end())
            # "Wu Jia has the details.": a broadcast's reporter handing over
            and not re.match(
                r"\s+has\s+(?:the\s+details|more|the\s+story)\b", text[m.end() : m.end() + 24]
            )
            and not any(s <= m.start() < e for s, e in labels)
        ]
        taken = [(m.start(), m.end()) for m in names]
        honorific = list(_HONORIFIC_NAME.finditer(text, lo, hi))
        anchored = [
            *_ANCHORED_NAME.finditer(text, lo, hi),
            *_DESCRIBED_NAME.finditer(text, lo, hi),
            *_SAID_ONE_NAME.finditer(text, lo, hi),
            *_SAID_DESCRIBED_NAME.finditer(text, lo, hi),
            *honorific,
            *_AGED_NAME.finditer(text, lo, hi),
            *names_after_post_of_body(text, lo, hi),
            *_GIVEN_FIRST_NAME.finditer(text, lo, hi),
            *(  # "Chui Sai On", "John Chan": a surname alone is no name, a district no person
                m
                for m in _CANTONESE_NAME.finditer(text, lo, hi)
                if " " in m.group("name")
                and m.group("name").lower() not in _HK_PLACES
                # "Ms Miriam Lau Kin-yee": the honorific's rule reads the whole name
                and not any(h.start() <= m.start() < h.end() for h in honorific)
            ),
            *_TIBETAN_NAME.finditer(text, lo, hi),
            *_UYGHUR_NAME.finditer(text, lo, hi),
            *_ONE_NAME_DESCRIBED.finditer(text, lo, hi),
            *_ONE_NAME_AFTER_NOUN.finditer(text, lo, hi),
            *_TITLED_ONE_NAME.finditer(text, lo, hi),
            *_ONE_NAME_THEN_POST.finditer(text, lo, hi),
            *_ONE_NAME_WITH_KIN.finditer(text, lo, hi),
        ]
        names += [
            m
            for m in anchored
            if not any(s <= m.start() < e for s, e in taken)
            # "By Palden Nyima and Daqiong in Lhasa", "Author: …": the writers
            and not _BYLINE.search(text, max(lo, m.start() - 32), m.start())
            and not re.search(
                r"\bAuthors?\s*:?\s*$|(?:^|\n)[ \t]*By\s+$",
                text[max(lo, m.start() - 12) : m.start()],
            )
            and not any(s <= m.start() < e for s, e in labels)
            and not self.k.places.get(_place_key(m.group("name")))
            and not _ORG_NAME_WORD.search(m.group("name"))
            # "Pan Wei, Deputy Commander, Deputy Secretary …": a post in a chain, no name
            and not _HEAD.search(m.group("name"))
            and not re.search(r"\b(?:Deputy|Vice|Executive|Chief|General)\b", m.group("name"))
        ]
        names.sort(key=lambda m: m.start())
        i = 0
        while i < len(names):
            # a run of names sharing one appositive: "A, B and C, leaders in …"
            group = [names[i]]
            j = i + 1
            while j < len(names) and _NAME_LIST_GAP.fullmatch(
                text, group[-1].end(), names[j].start()
            ):
                group.append(names[j])
                j += 1
            last = group[-1]
            after_name, bracketed = last.end(), None
            paren = _AFTER_NAME_PAREN.match(text, last.end(), hi)
            if paren and _POSITION_MARK.fullmatch(paren.group("inner")):
                after_name = paren.end()  # "Jiang Zhengkang (L), an orthopedic specialist"
            elif paren and len(group) == 1 and _posts_in_brackets(paren.group("post")):
                # "Luo Yude (then district mayor), Party chief of …": both are his
                after_name, bracketed = paren.end(), paren.span("post")
            appos = self.appositive(after_name, hi)
            if appos and len(group) == 1 and _LOWER_POST_NEXT.match(text, appos[1]):
                appos = None  # "Han Zheng, deputy secretary of …, mayor Yang Xiong": Yang's
            window = max(lo, group[0].start() - 80)
            prefix = _PREFIX_BODY_TITLE.search(
                text, window, group[0].start()
            ) or _PREFIX_TITLE.search(text, window, group[0].start())
            if not prefix:
                prefix = _PREFIX_OF_TITLE.search(text, window, group[0].start())
            prefix_confidence = 0.9
            if not prefix:  # "China's top political advisor Wang Yang has urged …"
                prefix = _PREFIX_TOP.search(text, window, group[0].start())
            if not prefix:  # "Teacher Zu Fengguo gives a class": the teacher's post
                prefix = _PREFIX_TEACHER.search(
                    text, window, group[0].start()
                ) or _PREFIX_OCCUPATION.search(text, window, group[0].start())
                prefix_confidence = 0.7
            if not prefix:  # "met with the mayor of Shenzhen, Xu Qin", "chief physician Jiang"
                prefix = _PREFIX_OF_TITLE_COMMA.search(
                    text, window, group[0].start()
                ) or _PREFIX_MEDICAL_TITLE.search(text, window, group[0].start())
                prefix_confidence = 0.7
            if not prefix and len(group) == 1:
                prefix = (
                    _PREFIX_HONORIFIC_POST.search(
                        text, max(lo, group[0].start() - 200), group[0].start()
                    )
                    or _PREFIX_BARE_COMMA.search(text, window, group[0].start())
                    or (  # the name closed by its comma too: an apposition, not a list
                        text.startswith(",", group[0].end())
                        and (
                            _PREFIX_LOWER_COMMA.search(text, window, group[0].start())
                            or _PREFIX_PLACE_COMMA.search(text, window, group[0].start())
                        )
                    )
                    or _PREFIX_HK_POST.search(text, window, group[0].start())
                )
            label = _GROUP_TITLE.search(text, window, group[0].start())
            if not label and len(group) > 1:
                label = _GROUP_OF_TITLE.search(text, window, group[0].start())
            titled = bool(appos) or bool(prefix) or bool(label) or bool(bracketed)
            cands = [self.person(m.group("name"), m.start(), titled) for m in group]
            if bracketed:  # "(Deputy Secretary of … and Governor of …)": each post
                for ts, _te, t in self.posts_in(*bracketed):
                    self.title(
                        cands[0],
                        t,
                        ts,
                        self.organisation_of(t, ""),
                        (last.start(), bracketed[1]),
                        confidence=0.7,
                    )
            if label:
                t = label.group("title")
                for cand in cands:
                    self.title(
                        cand,
                        t,
                        label.start("title"),
                        self.organisation_of(t, ""),
                        (label.start("title"), last.end()),
                    )
            elif prefix and (len(group) == 1 or not _PLURAL_TITLE.match(prefix.group("title"))):
                # "Secretary Yuan Jiajun, Zheng Shanjie expressed": a singular title before a
                # run of names is the first one's
                t = prefix.group("title").strip()
                t_start = prefix.start("title")
                if prefix.re is _PREFIX_HONORIFIC_POST:  # each post of the chain
                    *chain, (t_start, _te, t) = self.posts_in(t_start, prefix.end("title"))
                    for ts, _te, post in chain:
                        self.title(
                            cands[0],
                            post,
                            ts,
                            self.organisation_of(post, ""),
                            (t_start, group[0].end()),
                            confidence=prefix_confidence,
                        )
                if prefix.re is _PREFIX_BARE_COMMA and " and " in t:
                    # "the Party Secretary and Vice President, Jin Changxiao": the first post
                    # here, the second below
                    second = t.index(" and ")
                    self.title(
                        cands[0],
                        t[second + 5 :],
                        t_start + second + 5,
                        "",
                        (t_start, group[0].end()),
                        confidence=prefix_confidence,
                    )
                    t = t[:second]
                ev_end = group[0].end()
                body = _OF_BODY_AFTER_NAME.match(text, group[0].end(), hi)
                if (
                    body
                    and len(group) == 1
                    and _BARE_POST.fullmatch(t)
                    and not _NAME.search(body.group("body"))
                ):
                    # "Director Wang Lei of the Fuzhou Bureau of Commerce": the post is his
                    # directorship of that bureau, the name written inside it
                    t, ev_end = f"{t} {body.group('body')}", body.end()
                self.title(
                    cands[0],
                    t,
                    t_start,
                    self.organisation_of(t, ""),
                    (prefix.start("title"), ev_end),
                    confidence=prefix_confidence,
                )
                self.chained_title(cands[0], prefix.start("title"), lo, group[0].end())
            if (
                appos
                and len(group) == 1
                and re.match(
                    r"(?:leaders|officials|representatives|heads)\s+(?:from|of)\s", text[appos[0] :]
                )
            ):  # "…President Wang Xingpeng, leaders from Zunyi Municipal Commission …, President
                appos = None  # of …": the list's next entry, others, no post of his
            if appos:
                a_start, a_end, confidence = appos
                inherited = ""
                posts = self.posts_in(a_start, a_end)
                # "Li Yong and Li Ning, mayor and deputy mayor of Xianggong Town": one post
                # each, in the order of the names
                respective = len(group) == len(posts) > 1 and not any(
                    _PLURAL_TITLE.match(t) for _, _, t in posts
                )
                for k, (ts, te, t) in enumerate(posts):
                    org = self.organisation_of(t, inherited)
                    inherited = self.place_in(t) or inherited
                    if org and org in self.k.committees.values():
                        inherited = self.k.actors[org]["parent_actor_id"] or inherited
                    # "A and B, governor of Sichuan": a singular title is the last one's;
                    # "A, B and C, leaders of …" is everyone's
                    shared = len(group) == 1 or _PLURAL_TITLE.match(t)
                    for n, (m, cand) in enumerate(zip(group, cands, strict=True)):
                        if respective:
                            if n != k:
                                continue
                        elif not shared and m is not last:
                            continue
                        ev_start = m.start() if len(group) == 1 else ts
                        self.title(cand, t, ts, org, (ev_start, te), confidence=confidence)
                seen_in_title.add(a_start)
            i = j
        self.titles_by_surname(lo, hi)

    def titles_by_surname(self, lo: int, hi: int) -> None:
        """A person named in full earlier, then by surname with a post: "according to Xi, who
        is also General Secretary of … and chairman of …". Only where the surname is one
        person's in this article."""
        text = self.a.text
        by_surname: dict[str, list[Candidate]] = {}
        for cand in self.person_cand.values():
            parts = cand.label.split()
            if len(parts) > 1:
                by_surname.setdefault(parts[0], []).append(cand)
        for m in _SURNAME_THEN_POST.finditer(text, lo, hi):
            same = by_surname.get(m.group("surname"), [])
            if len(same) != 1 or same[0].span[0] > m.start():
                continue
            appos = self.appositive(m.end(), hi)
            if not appos:
                continue
            a_start, a_end, confidence = appos
            spans = [(a_start, a_end)]
            # "… and the dean of the Sun Yat-sen University School of Medicine": a second post
            while (more := _AND_THE_POST.match(text, spans[-1][1], hi)) and len(spans) < 4:
                end = _PREDICATE_POST_END.search(text, more.end(), hi)
                spans.append((more.end(), end.start() if end else hi))
            for a_start, a_end in spans:
                for ts, te, t in self.posts_in(a_start, a_end):
                    org = self.organisation_of(t, "")
                    self.title(same[0], t, ts, org, (m.start(), te), confidence=confidence)

    def chained_title(self, person: Candidate, pos: int, lo: int, name_end: int) -> None:
        """The title before "and" in a chain before a name: "Deputy secretary of the county
        party committee and county governor Tu Wajia" gives Tu Wajia both."""
        text = self.a.text
        chain = _PREFIX_CHAIN.search(text, max(lo, pos - 150), pos)
        if not chain and text[pos].islower():
            # "Secretary of the Shandong Provincial Committee, the provincial people's Congress
            # Chairman Jiang Yikang": the article before the second post
            end = pos - 4 if text[max(lo, pos - 4) : pos].lower() == "the " else pos
            chain = _PREFIX_CHAIN_COMMA.search(text, max(lo, pos - 150), end)
        if not chain:
            return
        t = chain.group("title").strip()
        if (
            _NAME.search(t)
            or _TITLE_ENDS.search(t)
            or chain.start() > lo
            and not _CHAIN_START.search(text, max(lo, chain.start() - 12), chain.start())
        ):
            return
        self.title(person, t, chain.start(), self.organisation_of(t, ""), (chain.start(), name_end))

    def appositive(self, pos: int, hi: int) -> tuple[int, int, float] | None:
        """The title phrase after "Name, ", without its article ("an official of Hetian
        Office" is the post "official of Hetian Office"); none where it names other people
        ("…, Chairman of the CPPCC … Xie Shulin and Secretary-general … Chen Shuiquan
        accompanied": a list of titled names, not this person's title)."""
        found = self._appositive(pos, hi)
        if found is None:
            return None
        start, end, confidence = found
        courtesy = re.search(r",?\s+and\s+(?:Mr|Mrs|Ms|Miss|Dr)\.?$", self.a.text[start:end])
        if courtesy:  # "Mr. Ji, mayor of Kaifeng and Mr. Ye, head of …": the next person
            end = start + courtesy.start()
        if self.names_someone(start, end):
            cut = self._post_before_and_name(start, end)
            if cut is None:
                return None
            end = cut  # "Peng Shenlei, Shanghai vice mayor and Tan Chengxu, …": his post ends
        # "a 40-year-old official from Liaoyuan": the post, without article and age
        article = re.compile(
            r"(?:(?:a|an|also|another)\s+(?=\w))?(?:\d{1,3}-year-old\s+)?"
            r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?=[a-z]+\s+[a-z]))?"
        ).match(self.a.text, start, end)
        return (article.end() if article else start, end, confidence)

    def _post_before_and_name(self, start: int, end: int) -> int | None:
        """Where a post ends when "and" and the next person's name follow it ("Shanghai vice
        mayor and Tan Chengxu"): before the "and", if a post's word stands before it and no
        other name does; else None."""
        text = self.a.text
        for m in _NAME.finditer(text, start, end):
            joined = re.search(r"\s+and\s+$", text[start : m.start()])
            if not joined:
                return None  # a name inside the phrase, not after "and"
            cut = start + joined.start()
            if _HEAD.search(text, start, cut) and not self.names_someone(start, cut):
                return cut
            return None
        return None

    def names_someone(self, start: int, end: int) -> bool:
        """A person's name between start and end, other than one an institution is named after
        ("principal of the Soong Ching Ling School")."""
        return any(
            not _NAMED_AFTER.match(self.a.text, m.end())
            and not _NAMED_AFTER.match(" " + m.group("name").split(" ", 1)[-1])
            and " ".join(_norm(m.group("name")).split()[:2]) not in _NOT_NAMES  # "Hong Kong …"
            for m in _NAME.finditer(self.a.text, start, end)
        )

    def _post_up_to(self, start: int, ends: re.Pattern, hi: int, longest: int):
        """A post with no comma before it, up to where ``ends`` finds its end: for review, and
        none where it runs long or takes in a name."""
        nxt = ends.search(self.a.text, start, hi)
        end = nxt.start() if nxt else hi
        if end - start > longest or self.names_someone(start, end):
            return None
        return (start, end, 0.7)

    def _appositive(self, pos: int, hi: int) -> tuple[int, int, float] | None:
        """The title phrase after "Name, " (start, end, confidence): runs to the comma that ends
        it. Without the comma ("Li Xi Secretary of … delivered") or naming an occupation ("a
        doctor from Suzhou") it is likelier wrong, so it is proposed for review."""
        text = self.a.text
        bare = _BARE_TITLE.match(text, pos)
        if bare:
            return self._post_up_to(bare.end(), _TITLE_ENDS, hi, 160)
        the = _THE_TITLE.match(text, pos, hi)
        if the:  # "…, Ma Dongjuan the district leaders and the responsible persons …"
            return self._post_up_to(the.end(), _THE_TITLE_END, hi, 120)
        who = _WHO_POST.match(text, pos, hi)
        clause = _WHO_CLAUSE.match(text, pos, hi)
        if clause and (
            who
            and re.match(r"\s+(?:of|at|in|and|for)\s", text[who.end("title") : clause.end()])
            or not who
            and (
                _TITLE_START.match(text, clause.start("title"))
                or _OCCUPATION.match(text, clause.start("title"))
                # "Ding Aijun, who is also an English teacher, …": the trade, its article read
                or re.fullmatch(rf"(?:[A-Za-z-]+\s+){{0,2}}(?:{_JOBS})", clause.group("title"))
            )
        ):  # "Zhong Yang, who was a professor of life sciences at Fudan University and dean of
            # the university's graduate school, was known …": the clause's comma ends the posts
            return (clause.start("title"), clause.end("title"), 0.7)
        if who:  # "…, who was secretary of the CPC … Committee just one month ago": the post
            return (who.start("title"), who.end("title"), 0.7)
        # "Xi Jinping, then Fujian …", "Wu Zhenglong, also Deputy Secretary of …"
        verb = _PREDICATE_POST.match(text, pos, hi)
        if verb:  # "A, B and C are doctors of a medical team from …": for review
            start = verb.end()
            if _OCCUPATION.match(text, start) or _TITLE_START.match(text, start):
                end = _PREDICATE_POST_END.search(text, start, hi)
                end = end.start() if end else hi
                return (start, end, 0.7) if end - start < 120 else None
        # "Liu Si, 55, a teacher from Xiamen": the age before the post is skipped
        m = re.compile(r",\s+(?:\d{1,3},\s+(?=an?\s))?(?:then\s+|also\s+)?").match(text, pos)
        if not m:
            return None
        start = m.end()
        job = _OCCUPATION.match(text, start)
        if job and not _TITLE_START.match(text, start):
            # "a doctor from Suzhou", "a volunteer teacher from Dianbai District, Maoming City,
            # Guangdong Province": the occupation and where from, up to a plain word
            end = re.compile(
                r"[,;()]|\.(?<!\bNo\.)|\s+(?:who|which|from)\b"
                rf"|\s+and\s+(?!(?:[a-z]+\s+)?(?:at|of|in|with)\s){NOT_IN_A_NAME}"
            ).search(text, job.end(), hi)  # "doctor of obstetrics and gynecology at …" goes on
            end = end.start() if end else hi
            origin = _FROM_PLACE.match(text, end, hi)
            if origin:
                end = origin.end()
            return (start, end, 0.7) if end - start < 100 else None
        if not _TITLE_START.match(text, start):
            head = _HEAD.search(text, start, min(hi, start + 80))
            before = text[start : head.start()] if head else ""
            if head and _PARTY_NAME.fullmatch(before):
                before = "Party "  # "Communist Party of China chief of Tibet": the party's
                # name, with its own "of", opens the post
            if not head or (
                re.search(r"\b(?:of|in|on|behalf|said|and)\b|[,;]|\.(?!\w)", before)
                and not (
                    re.fullmatch(r"[a-z]+\s+and\s+[a-z]+\s+", before)
                    and re.match(r"\s+of\s", text[head.end() : head.end() + 4])
                )
            ):
                return None
            if (
                not re.fullmatch(  # "Ningxia's Party chief", "China Minmetals’ President"
                    r"(?:the\s+)?(?:[A-Z][A-Za-z.]+(?:['’]s?)?\s+|[a-z]+['’]s\s+){1,5}(?:[a-z]+\s+){0,3}",
                    before,
                )
                and not (  # "Yan Li'e, nurse head of the west zone of …", "team leader of …",
                    # "science and technology commissioner of Fujian province"
                    re.fullmatch(r"(?:[a-z]+\s+){1,2}(?:and\s+[a-z]+\s+)?", before)
                    and re.match(r"\s+of\s", text[head.end() : head.end() + 4])
                )
            ):
                return None
        head = _HEAD.search(text, start, min(hi, start + 120))
        if head and _NAME.match(text, head.end() + 1):  # "…, Sichuan provincial leaders Qu Mu
            return None  # Shiha": the next person's label, not this person's title
        end = start
        while True:
            nxt = _TITLE_ENDS.search(text, end, hi)
            if not nxt:
                return (start, hi, 0.9) if hi - start < 300 else None
            end = nxt.start()
            if end - start > 300:
                return None
            legal = _LEGAL_FORM_AT.match(text, end) if text[end - 2 : end] == "Co" else None
            if legal:  # "Chairman of … Group Co., Ltd.": the company's name goes on
                end = legal.end()
                if legal.group(0).endswith(".") and (end >= hi or text[end].isupper()):
                    return (start, end, 0.9)  # "… Co., LTD.After the outbreak": a new sentence
                continue
            acronym = re.compile(  # "… teaching team (Jingdong Branch)": which part of it
                r"\s?\((?:[A-Z]{2,8}|(?:[A-Z][\w'’-]*\s+){1,3}(?:Branch|Campus|Division|Base))\)"
            ).match(text, end)
            if acronym:  # "… the Communist Party of China (CPC) Central Committee": goes on
                end = acronym.end()
                continue
            if text[end] != ",":
                return (start, end, 0.9)
            if _AND_GROUP.match(text, end + 1, hi):
                return (start, end, 0.9)  # "…, and officers of related departments …": others
            more = _AND_TITLE.match(text, end + 1, hi)
            if more and not _NAME.search(text, end + 1, more.end()):
                end = more.end() - 1  # ", and Lanzhou City Party Secretary," continues it
                continue
            also = _ALSO_TITLE.match(text, end, hi)
            if also:  # "…, the executive deputy mayor of Lhasa, also deputy director of …"
                end = also.end()
                continue
            listed = _LISTED_BODY.match(text, end, hi)
            if listed:  # "deputy director of Shenzhen's culture, sports and tourism bureau"
                end = listed.end()
                continue
            if _ONE_NAME_THEN_POST.match(text, end + 2):
                return (start, end, 0.9)  # "…, Doto, Deputy Secretary …": the next person
            after = text[end + 1 : end + 40].lstrip()
            if _LOWER_POST_GOES_ON.match(after) or _THE_POST_GOES_ON.match(after):
                nxt = re.compile(r"[,.;]").search(text, end + 1, hi)
                if (
                    nxt
                    and text[nxt.start()] == ","
                    and not _NAME.search(text, end + 1, nxt.start())
                    and not _TITLE_ENDS.search(text, end + 1, nxt.start())
                    and not re.search(r"\b(?:of|in|for|the)\s*$", text[end + 1 : nxt.start()])
                ):
                    end = end + 1  # "…, director of …, deputy secretary of …": one chain
                    continue
            word = re.match(r"[A-Za-z]+", after)
            if (
                word
                and word.group(0)[0].isupper()
                and not _NAME.match(after)
                and word.group(0) not in ("The", "On", "At", "In")
                # "…, Deputy Secretary of the Party Committee, Dr, Wang Ruitao": the next
                # person's honorific
                and word.group(0) not in ("Dr", "Prof", "Professor", "Mr", "Ms", "Mrs", "Miss")
                # "…, Jamyang Sonam, vice chairman of …": the next person and post, not this one's
                and not _NEXT_PERSON_POST.match(after)
            ):
                end = end + 1
                continue
            return (start, end, 0.9)

    def posts_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Each post of a chain (start, end, post as read): a bare post joined by "and" to one
        with its body takes that body too ("deputy Party secretary and deputy governor of the
        Golog Prefecture": both of Golog)."""
        text = self.a.text
        spans = self.split_titles(start, end)
        out = []
        rewritten: dict[int, str] = {}
        for i, (ts, te) in enumerate(spans):
            t = rewritten.get(i, text[ts:te])
            if i + 1 < len(spans) and (
                _BARE_CHAIN_POST.fullmatch(t) or _PARTY_ORGAN_POST.fullmatch(t)
            ):
                ns, ne = spans[i + 1]
                body = _POST_OF_BODY.fullmatch(text, ns, ne)
                if body and re.fullmatch(r"\s+and\s+", text[te:ns]):
                    # "member of the Leading Party Group and Vice-President of the Beijing
                    # Women's Federation": the Party group is the federation's
                    of_body = body.group("body")
                    organ = _OF_PARTY_ORGAN.match(of_body)
                    if organ and _PARTY_POST.search(t):
                        # "Secretary and Director of the Party Committee of the SASAC": the
                        # secretary's is the Party committee, the director's the commission
                        if not _PARTY_POST.search(text, ns, body.start("body")):
                            head = text[ns : body.start("body")].rstrip()
                            rewritten[i + 1] = f"{head} of {of_body[organ.end() :]}"
                    elif organ:  # "General Manager and Deputy Secretary of Party Committee of
                        # China Minmetals": the manager's is the firm, not its Party committee
                        of_body = f"of {of_body[organ.end() :]}"
                    if not _PARTY_ORGAN_POST.fullmatch(t) and _PLACE_PARTY_ORGAN.search(of_body):
                        of_body = ""  # "Mayor and Deputy Secretary of Zhaotong Municipal Party
                        # Committee": a mayor is no post in a Party committee
                    if _PARTY_ORGAN_POST.fullmatch(t) and re.search(
                        r"(?i:party\s+committee)\b", of_body
                    ):
                        of_body = ""  # "Deputy Secretary of the Party Committee and Executive
                        # Deputy Secretary of the Zeni District Party Committee": a committee
                    t = f"{t} {of_body}".strip()
            out.append((ts, te, t))
        return out

    def split_titles(self, start: int, end: int) -> list[tuple[int, int]]:
        text = self.a.text
        cuts = [start]
        for m in re.compile(r",?\s+and\s+|,\s+").finditer(text, start, end):
            chunk = text[m.end() : end]
            words = re.split(r"\s+(?:of|in|for|at|and)\s+|,", chunk, maxsplit=1)[0].split()
            # a title word among its first four words, or closing a phrase of up to six ("CPC
            # Shannan Municipal Committee secretary"); "… Communication Work Committee" is none
            starts = _HEAD.search(" ".join(words[:4]))
            closes = len(words) <= 6 and _HEAD.fullmatch(words[-1] if words else "")
            # "science and technology commissioner of …": no post before the "and", no cut
            before = _HEAD.search(text, cuts[-1], m.start()) or _OCCUPATION.match(
                text, cuts[-1], m.start()
            )  # "a professor of life sciences at … and dean of …": a trade, then a post
            # "head of the team and a doctor with Friendship Hospital": a trade is a post too
            trade = _TRADE_AFTER_AND.match(chunk) if "and" in m.group(0) else None
            if (starts or closes or trade) and before and not re.match(r"\s*\(", chunk):
                cuts.append(m.start())
                cuts.append(m.end())
        cuts.append(end)
        spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
        # "… and also secretary of …": the second post, without "also"
        spans = [(s + 5 if text.startswith("also ", s) else s, e) for s, e in spans]
        spans = [
            (s + len(a.group(0)) if (a := _ARTICLE.match(text, s, e)) else s, e) for s, e in spans
        ]
        return [(s, e) for s, e in spans if e > s]

    def organisations_in(self, lo: int, hi: int) -> None:
        text = self.a.text
        for m in _SITE_LIST.finditer(text, lo, hi):
            items = re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group("list"))
            pos = m.start("list")
            for item in items:
                item_start = text.index(item, pos) if item else pos
                pos = item_start + len(item)
                item = item.strip()
                if not re.fullmatch(r"(?:[A-Z][\w&'’.-]*)(?:\s+[A-Z][\w&'’.()-]*)*", item):
                    continue
                self.organisation(item, item_start, list_item=True)
        aliases = self.org_aliases
        for m in _ORG.finditer(text, lo, hi):
            name = m.group("org")
            name = re.sub(
                r"^(?:(?:The|At|In|On|And|For|By|With|From|Of|As|To|Under|Since|While|When|After|"
                r"Before|During|Through|Meanwhile|Also|Then|Today|Now|Both|Its|This|That)\s+)+",
                "",
                name,
            )
            if re.fullmatch(r"(?:[A-Z][a-z]+\s+)?Group", name) and not _known_firm(name):
                continue  # "the Group", "the Zone Group": a team or the firm said again
            # "Dragon Dance Team. Alibaba Group": a sentence ends inside the run, the name after it
            name = re.split(r"(?<=[a-z]{2}[.!?])\s+", name)[-1]
            if _ALIAS_BEFORE.search(text, max(lo, m.start() - 40), m.end() - len(name)):
                aliases.add(name)
            if name in aliases:
                continue  # '(hereinafter referred to as "ZOE Group")': the firm named before
            joined = _TRADE_AND_BEFORE.search(text, max(lo, m.start() - 80), m.end() - len(name))
            if joined:  # "Shanghai Yangpu Technology and Innovation Group": one firm's name
                name = text[joined.start() : m.end()]
            # "Shenzhen's Jinjin Group", "Beijing-based China National Petroleum Corporation":
            # the firm is named after the place's
            owner = re.match(r"[A-Z][a-z]+(?:['’]s|-based)\s+(?=[A-Z])", name)
            if owner:
                name = name[owner.end() :]
            if re.search(r"Leading Group|Work Group|Working Group", name) or re.search(
                r"\b(?:Teachers?|Voluntary|Volunteers?|Contact|Study|Experts?)\s+Group$", name
            ):
                continue  # a government body's working group or a group of people, no firm
            if name.endswith("Group") and re.match(
                r"\s+of\s+(?:[A-Z][\w'’-]*\s+){1,3}Village\b", text[m.end() : m.end() + 40]
            ):
                continue  # "the Maocao Deng Group of Yong'an Village": a village group (组)
            self.organisation(name, m.end() - len(name), list_item=False)
        for m in _PLACE_NAME.finditer(text, lo, hi):
            self.organisation(m.group(0), m.start(), list_item=False)

    def organisation(self, name: str, start: int, list_item: bool) -> Candidate | None:
        if _NOT_ENTERPRISE.search(name):
            return None
        key = _norm(name)
        if key in self.actor_cand or key in self.person_cand or _NAME.fullmatch(name):
            return self.actor_cand.get(key)
        place = re.fullmatch(r"([A-Z][a-z]+)\s+(Province|City|County|Municipality)", name)
        match = self.k.by_name.get(key) or (self.k.places.get(_place_key(name)) if place else "")
        if match and self.k.actors[match]["kind"] == "person":
            match = ""
        if place:
            kind = {"Province": "province", "County": "county"}.get(place.group(2), "city")
            if not match and self.pairing_id is None:
                return None
        elif re.search(
            r"Hospital|University|Institute|College|Academy|Association|Foundation", name
        ):
            kind = "institution"
        else:
            kind = "enterprise"
        para = self.a.paragraph_of(start)
        aid = match or self.new_id("actors", name)
        fields = {
            "actor_id": aid,
            "name": name,
            "kind": self.k.actors[match]["kind"] if match else kind,
            "side": self.side_of(match) if match else "",
            **self.cite(para, name),
        }
        confidence = (
            0.95 if match else (0.85 if (list_item or kind != "enterprise" or not place) else 0.6)
        )
        if (place or re.search(r"\b(?:Park|Base|Plaza|Centre|Center)$", name)) and not match:
            confidence = 0.6  # a place built or visited, not surely an enterprise: review it
        if kind == "institution" and not match:
            confidence = 0.6  # "Xinhua Institute, a think tank": a body, not surely a firm
        if re.search(r"\bEducation(?:al)?\s+Group$", name) and not match:
            confidence = 0.6  # "Edong Vocational Education Group": schools, as often as a firm
        if re.search(r"\bStock Exchange$", name) and not match:
            confidence = 0.6  # "listed on the Shenzhen Stock Exchange": a market, not a partner
        if list_item and not match and " " not in name:
            confidence = 0.6  # "visited Longnan": one bare word is likelier a place than a firm
        if not match and not _LEGAL_FORM_END.search(name):
            # "Party Group", "Steel Group", "Cooperation Exchange": a name without a company's
            # legal form is as often a body, a place or half a name; the reviewer says which
            confidence = min(confidence, 0.6)
        cand = self.add(
            kind="organisation",
            table="actors",
            fields=fields,
            span=(start, start + len(name)),
            confidence=confidence,
            label=name,
            match=match,
            note="already in actors.csv" if match else "set side (east/west) if known",
        )
        self.actor_cand[key] = cand
        return cand

    def actor_ref(self, name: str) -> tuple[str, str]:
        """(actor_id, candidate id) for a place or organisation named in the text."""
        key = _norm(name)
        cand = self.actor_cand.get(key)
        if cand:
            return cand.fields["actor_id"], "" if cand.match else cand.id
        aid = self.k.by_name.get(key) or self.k.places.get(_place_key(name), "")
        return aid, ""

    def context_event(self, pos: int, kind_hint: str = "") -> Candidate | None:
        """The event a statement at ``pos`` is about: one of the kind it names, else the latest
        dated one before it, else the first."""
        if not self.events:
            return None
        if kind_hint in self.first_of_kind:
            return self.first_of_kind[kind_hint]
        i = bisect.bisect_right(self.event_starts, pos) - 1
        return self.event_at[i] if i >= 0 else self.events[0][0]

    def agreements_in(self, lo: int, hi: int) -> None:
        text = self.a.text
        taken: list[tuple[int, int]] = []
        for m in _NAMED_AGREEMENT.finditer(text, lo, hi):
            name = m.group("name")
            if re.fullmatch(r"(?:[A-Z]\w*\s+)?(?:Agreement|Contract|Protocol)s?", name):
                continue
            self.agreement(name, m.start("name"), m.end("name"), None, m.span())
            taken.append(m.span())
        for m in _AGREED_PROJECTS.finditer(text, lo, hi):
            c = self.agreement(m.group("what"), m.start("what"), m.end("what"), None, m.span())
            c.confidence = min(c.confidence, 0.75)
            c.decision = "review"
            taken.append(m.span())
        for m in _AGREEMENT.finditer(text, lo, hi):
            if any(s <= m.start() < e for s, e in taken):
                continue
            what = m.group("what")
            label = ((m.group("num") + " ") if m.group("num") else "") + what
            on = m.group("on") or ""
            topic = re.match(r"\s+on\s+([a-z][a-z -]*?)(?=\s+(?:in|to|for|with)\s|,|$)", on)
            if topic:
                label += " on " + topic.group(1)
            named = None if on else _FOR_NAMED.match(text, m.end("what"))
            if named and not m.group("num"):  # "the relevant agreement for … "Top of …" tourism"
                what = re.sub(r"^(?:relevant|related|relative)\s+", "", what)
                label = what + named.group(0)
            ls = m.start("num") if m.group("num") else m.start("what")
            ls = m.end("what") - len(what) if named and not m.group("num") else ls
            parent = self.agreement(
                label,
                ls,
                ls + len(label),
                m.group("num"),
                (
                    m.start(),
                    m.end()
                    if not on
                    else m.start("on") + len(topic.group(0))
                    if topic
                    else m.end("what"),
                ),
            )
            taken.append(m.span())
            if on and topic:
                tail_start = m.start("on") + len(topic.group(0))
                tail = text[tail_start : m.end()]
                lead = re.match(r"\s+(?:in|to|for|with)\s+", tail)
                fields = re.split(r",\s+|\s+and\s+", tail[lead.end() :]) if lead else []
                if len(fields) > 1 and all(len(f.split()) <= 10 for f in fields):
                    # "… on cooperation in tourism, farming and education": one per field; a
                    # single field ("… in poverty reduction, actively explored …", the sentence
                    # going on) is the agreement's own topic
                    pos = tail_start + lead.end()
                    for item in re.split(r",\s+and\s+|,\s+|;\s+", text[pos : m.end()]):
                        s = text.index(item, pos)
                        pos = s + len(item)
                        item = item.strip()
                        if len(item.split()) < 2 or len(item.split()) > 14:
                            continue
                        self.agreement(item, s, s + len(item), None, (s, s + len(item)), parent)
        for m in _CEREMONY.finditer(text, lo, hi):
            if any(s <= m.start() < e for s, e in taken):
                continue
            self.agreement(m.group("what"), m.start("what"), m.end("what"), None, m.span())
            taken.append(m.span())
        for pat in (
            _SIGNING_OF,
            _SIGNED_AFTER,
            _SIGNED_PROJECTS,
            _SIGNED_DEALS,
            _SIGNED_TO,
            _LED_TO,
            _NAMED_KIND,
        ):
            for m in pat.finditer(text, lo, hi):
                group = "what" if m.group("what") is not None else "what2"
                if any(s <= m.start(group) < e for s, e in taken):
                    continue
                what = re.sub(rf"^(?:[\d,]+|(?i:{_SMALL}))\s+", "", m.group(group))
                c = self.agreement(what, m.end(group) - len(what), m.end(group), None, m.span())
                c.confidence = min(c.confidence, 0.75)
                c.decision = "review"
                taken.append(m.span())
        read = list(taken)  # signings the other shapes read; several said passively all count
        for m in _SIGNED_PASSIVE.finditer(text, lo, hi):
            if any(s <= m.start("what") < e for s, e in taken):
                continue  # read already, by another shape
            if m.group("projects") and m.group("reached"):
                continue  # an agreement is reached; projects are signed
            if re.search(r"\bother\s+$", text[max(lo, m.start() - 6) : m.start()]) or re.match(
                r"other\b", m.group("what")
            ):
                continue  # "The other four projects were signed online": part of a signing said
            ss, se = self.sentence_at(m.start(), lo, hi)
            if any(ss <= s < se for s, _ in read):
                continue  # the sentence's signing is already read ("signing projects …, 19
                # projects were signed"): one agreement, not two
            # "12 cooperation agreements": the count is the agreement's; "32 projects" stay a
            # figure of their own, as after "signed"
            num = None if m.group("projects") else m.group("num")
            ls = m.start("num") if num else m.start("what")
            c = self.agreement(text[ls : m.end("what")], ls, m.end("what"), num, m.span())
            c.confidence = min(c.confidence, 0.75)
            c.decision = "review"
            taken.append(m.span())

    def agreement(self, label, start, end, num, evidence_span, parent: Candidate | None = None):
        text = self.a.text
        # "a five-year healthcare collaboration framework": its term is no part of its name
        term = re.match(r"[a-z]+-year\s+", label)
        if term:
            label, start = label[term.end() :], start + term.end()
        para = self.a.paragraph_of(start)
        p = self.pairing()
        event = self.context_event(start)
        sign_event = self.signing_event(event, start, evidence_span) if event else None
        quantity = parse_number(num) if num else None
        fields = {
            "commitment_id": self.new_id("commitments", f"{self.source_id}-agreement-{label[:40]}"),
            "kind": "agreement",
            "description": label[0].upper() + label[1:],
            "area_id": _area_of(label) if parent else "overall",
            "area_as_stated": label,
            "from_actor_id": p.get("east_actor_id", ""),
            "to_actor_id": p.get("west_actor_id", ""),
            "stated_by_id": "",
            "event_id": sign_event.fields["event_id"] if sign_event else "",
            "pairing_id": self.pairing_id,
            "quantity": _plain(quantity) if quantity is not None else "",
            "unit": "agreements" if quantity is not None else "",
            "qualifier": "exact" if quantity is not None else "",
            "cumulative": "false" if quantity is not None else "",
            "as_of_date": sign_event.fields["start_date"] if sign_event else "",
            "as_of_basis": sign_event.fields["date_basis"] if sign_event else "",
            "status": "signed",
            "parent_commitment_id": parent.fields["commitment_id"] if parent else "",
            **self.cite(para, text[evidence_span[0] : evidence_span[1]]),
        }
        needs = {}
        if sign_event:
            needs["event_id"] = sign_event.id
        if parent:
            needs["parent_commitment_id"] = parent.id
        cand = self.add(
            kind="agreement",
            table="commitments",
            fields=fields,
            span=(start, end),
            confidence=0.85 if self.pairing_id else 0.5,
            label=label,
            needs=needs,
            evidence=text[evidence_span[0] : evidence_span[1]],
            note="" if self.pairing_id else "no pairing recognised: set pairing_id",
        )
        if num:
            bisect.insort(self.agreement_spans, (start, end, cand), key=lambda t: (t[0], t[1]))
        return cand

    def signing_event(self, event: Candidate, pos: int, span) -> Candidate:
        if self.signing is not None:
            return self.signing
        if event.fields["kind"] == "signing":
            return event
        para = self.a.paragraph_of(pos)
        base = f"{event.fields['event_id']}-signing"
        match = (
            self.existing_event("signing", event.fields["start_date"])
            if event.fields["start_date"]
            else ""
        )
        fields = {
            **event.fields,
            "event_id": match or self.new_id("events", base),
            "name": "Signing of agreements",
            "kind": "signing",
            "parent_event_id": event.fields["event_id"],
            **self.cite(para, self.a.text[span[0] : span[1]]),
            "notes": "Signed during the event it is part of; dates are that event's.",
        }
        cand = self.add(
            kind="event",
            table="events",
            fields=fields,
            span=span,
            confidence=min(event.confidence, 0.85),
            label="signing",
            match=match,
            needs={"parent_event_id": event.id},
        )
        self.events.append((cand, None))
        self.signing = cand
        return cand

    def figures_in(self, lo: int, hi: int, headline: bool = False) -> None:
        text = self.a.text
        units_at: list[tuple[int, str]] = []  # where each figure ends, and what it counts
        for m in _FIGURE.finditer(text, lo, hi):
            between = (m.group("between") or "").split()
            # "30 primary and middle schools": one "and" between two describing words is fine
            stops = [
                w
                for i, w in enumerate(between)
                if not (w.lower() in ("and", "or") and 0 < i < len(between) - 1)
            ]
            # "69 industrial poverty alleviation projects": describing words, all lower case
            if (
                len(between) > 2
                and len(stops) == len(between)
                and any(not w.islower() for w in between)
            ):
                continue
            if any(w.lower() in _BETWEEN_STOP or w[0].isdigit() for w in stops):
                continue
            if re.fullmatch(r"an?", m.group("num"), re.I):
                continue
            if re.search(
                rf"\b(?!one\b)(?:(?i:{_WORDS_NUM})|\d+)\s+(?:out\s+)?of\s+$",
                text[max(lo, m.start() - 20) : m.start()],
                re.I,
            ):
                continue  # "nine of ten people": a share (but "one of four prefectures" counts)
            counted = m.group("open") or ""  # a noun outside the unit list: reviewed
            if counted.lower() in GATHERINGS and not m.group("num")[:1].isdigit():
                continue  # "the two sessions": the parliament's, no count
            if (
                counted
                and (
                    m.group("num").lower() in ("one", "1")
                    and not m.group("mult")  # "one million books" is a count
                    or re.search(r"\bevery\s+$", text[max(lo, m.start() - 7) : m.start()], re.I)
                    or len(between) > 3
                )
            ):
                continue  # "one in every 10 eggs": a share, not a count
            unit = m.group("unit") or counted
            if (
                unit[:1].isupper()
                and not unit.isupper()
                and not re.fullmatch(r"[A-Z]{2,}s", unit)  # "more than 40 central SOEs"
                and unit.lower() not in ("renminbi", "yuan", *NATIONALITIES)
                and not headline  # a headline is written in title case
            ):
                continue  # "the 10,000 Enterprises Helping 10,000 Villages campaign": a name
            unit_word = (unit or "yuan").lower()
            if unit_word in ("rmb", "renminbi") and m.group("rmb"):
                continue
            if unit_word in ("person", "project", "agreement", "enterprise") and m.group(
                "num"
            ).lower() not in ("one", "1"):
                continue
            if counted == "heads":  # "154,600 heads of livestock": the animals are counted
                of = re.match(r"\s+of\s+([a-z]+)\b", text[m.end("open") : m.end("open") + 30])
                if not of:
                    continue
                unit = counted = unit_word = of.group(1)
            value = parse_number(m.group("num"), m.group("mult"))
            if value is None or quoted(text, m.start(), lo):
                continue  # a number inside a quoted name: "10,000 enterprises helping …"
            ns = m.start("rmb") if m.group("rmb") else m.start("num")
            if text[max(lo, ns - 1) : ns] == "(" or _CONVERSION_BEFORE.search(
                text[max(lo, m.start() - 40) : m.start()]
            ):
                continue  # "229,000 mu (15,266.67 hectares)": the same figure converted
            if text.startswith("-", m.end("num")) and re.search(
                rf"\b(?!an?\s)(?:(?i:{_WORDS_NUM})|\d[\d,]*)\s+$",
                text[max(lo, m.start() - 12) : m.start()],
            ):
                continue  # "three 80-square-meter apartments": the size of what is counted
            if not m.group("num")[0].isdigit() and (
                re.search(r"\bthe\s+$", text[max(lo, ns - 5) : ns], re.I)
                and unit_word != "member"  # "the five-member team" counts its members
                or _UNITS.get(unit_word) in ("cities", "counties", "towns", "villages", "provinces")
                and value < 3
            ):
                continue  # "the two cities", "two cities in Yunnan": who, not how many
            unit = _UNITS.get(unit_word, unit_word)
            if m.group("rmb"):
                unit = CURRENCY.get(m.group("rmb"), "yuan")
                if m.group("rmb") == "$" and "HK$" in text:
                    unit = "HK dollars"  # a Hong Kong page writes its own dollar "$" as well
            if re.fullmatch(r"(?:19|20)\d\d", m.group("num")) and not m.group("mult"):
                continue
            if re.search(r"\b(?:top|Fortune|Global)\s+$", text[max(lo, m.start() - 8) : m.start()]):
                continue  # "Guangdong's top 500 enterprises": a ranking, not a count
            quals = [q.lower() for q in re.findall(_QUAL, m.group("quals"), re.I)]
            undone = _QUAL_UNDONE_BY.get(quals[0]) if quals else None
            if undone and undone.search(text[max(lo, m.start("quals") - 16) : m.start("quals")]):
                quals = quals[1:]  # the word before says what the qualifier really is
            qualifier = next((_QUALS[q] for q in quals if _QUALS[q] != "exact"), "exact")
            if m.group("plus") and qualifier == "exact":
                qualifier = "more than"
            s = m.start("num") if not quals else m.start("quals")
            e = m.end("unit") if m.group("unit") else m.end("open") if counted else m.end()
            if counted and counted != m.group("open"):
                e = text.index(counted, m.end("open")) + len(counted)
            fused = None
            if unit == "agreements":
                i = bisect.bisect_right(self.agreement_spans, (m.start("num"), 1 << 62)) - 1
                if (
                    i >= 0
                    and self.agreement_spans[i][0] <= m.start("num") < self.agreement_spans[i][1]
                ):
                    fused = self.agreement_spans[i][2]
            if fused:
                fused.fields.update(quantity=_plain(value), unit=unit, qualifier=qualifier)
                fused.fields["cumulative"] = "false"
                continue
            if (value, unit, qualifier) in self.figures_seen:
                continue  # "… the 80 counties" again later: one fact, proposed once
            if headline and any(
                u == unit and abs(v - value) <= v / 50 for v, u, _ in self.figures_seen
            ):
                continue  # "10 bln yuan" over "over 10 billion yuan", rounded: the body's figure
            self.figures_seen.add((value, unit, qualifier))
            self.figure(
                value, unit, qualifier, s, e, lo, hi, quals, sure=not counted and not headline
            )
            units_at.append((e, unit))
        for m in [  # "a population of 700,000", "374,000 injured": people
            *POPULATION.finditer(text, lo, hi),
            *CASUALTIES.finditer(text, lo, hi),
        ]:
            value = parse_number(m.group("num"), m.group("mult"))
            quals = [q.lower() for q in re.findall(_QUAL, m.group("quals"), re.I)]
            qualifier = next((_QUALS[q] for q in quals if _QUALS[q] != "exact"), "exact")
            if value is None or (value, "persons", qualifier) in self.figures_seen:
                continue
            self.figures_seen.add((value, "persons", qualifier))
            s = m.start("quals") if quals else m.start("num")
            self.figure(value, "persons", qualifier, s, m.end(), lo, hi, quals, sure=False)
        if not headline:
            self.parts_in(lo, hi, units_at)

    def parts_in(self, lo: int, hi: int, units_at: list[tuple[int, str]]) -> None:
        """Counts that borrow their noun: "155 of the 157 projects", "429 projects, of which
        422 have started and 152 are in operation". Proposed for review."""
        text = self.a.text
        parts = []
        for m in _PART_OF_THE.finditer(text, lo, hi):
            unit_word = (m.group("unit") or m.group("open")).lower()
            parts.append((m, _UNITS.get(unit_word, unit_word)))

        def counted_before(pos: int) -> str:
            """What the sentence's last figure before ``pos`` counts; "" for money ("of which
            8.4 million …" says its own unit) or where no figure came before."""
            ss, _ = self.sentence_at(pos, lo, hi)
            before = [u for end, u in units_at if ss <= end <= pos]
            counted = [u for u in before if u not in _WHERE_FROM]
            if before and before[-1] in _WHERE_FROM and counted:
                # "600 teachers from four counties …, of which 170 were selected": the
                # teachers, not the places they come from
                return counted[-1] if counted[-1] != "yuan" else ""
            return before[-1] if before and before[-1] != "yuan" else ""

        for m in _PART_OF_THOSE.finditer(text, lo, hi):
            if unit := counted_before(m.start()):
                parts.append((m, unit))
        for w in _OF_WHICH.finditer(text, lo, hi):
            unit = counted_before(w.start())
            _, se = self.sentence_at(w.start(), lo, hi)
            pos = w.end()
            while unit and (m := _BARE_COUNT.match(text, pos, se)) is not None:
                parts.append((m, unit))
                more = _NEXT_PART.match(text, m.end(), se)  # "… and 152 have been …"
                if not more:
                    break
                pos = more.end()
        for m, unit in parts:
            value = parse_number(m.group("num"))
            if value is None or value < 2 or (value, unit, "exact") in self.figures_seen:
                continue
            if re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
                continue
            quals = [q.lower() for q in re.findall(_QUAL, m.group("quals"), re.I)]
            qualifier = next((_QUALS[q] for q in quals if _QUALS[q] != "exact"), "exact")
            if (value, unit, qualifier) in self.figures_seen:
                continue
            self.figures_seen.add((value, unit, qualifier))
            s = m.start("quals") if quals else m.start("num")
            self.figure(value, unit, qualifier, s, m.end(), lo, hi, quals, sure=False)

    def figure(self, value, unit, qualifier, s, e, lo, hi, quals, sure=True) -> None:
        text = self.a.text
        cs, ce = _clause(text, s, e, lo, hi)
        ss, se = self.sentence_at(s, lo, hi)
        sentence = text[ss:se]
        clause = text[cs:ce]
        cumulative = bool(
            re.search(
                r"\b(?:a total of|in total|up to now|so far|cumulative(?:ly)?|to date|"
                r"accumulated)\b",
                sentence,
                re.I,
            )
        )
        kind, status = "reported achievement", "reported"
        if re.search(r"\b(?:will|plan(?:s|ned)? to|pledged?|aim(?:s)? to|is to|are to)\b", clause):
            kind, status = "pledge", "open"
        para = self.a.paragraph_of(s)
        date, basis = self.as_of(s, lo)
        p = self.pairing()
        fields = {
            "commitment_id": self.new_id("commitments", f"{self.source_id}-{unit}-{_plain(value)}"),
            "kind": kind,
            "description": re.sub(r"\s+", " ", clause).strip()[:1].upper()
            + re.sub(r"\s+", " ", clause).strip()[1:],
            "area_id": _area_of(clause, unit),
            "area_as_stated": "",
            "from_actor_id": p.get("east_actor_id", ""),
            "to_actor_id": p.get("west_actor_id", ""),
            "stated_by_id": "",
            "event_id": "",
            "pairing_id": self.pairing_id,
            "quantity": _plain(value),
            "unit": unit,
            "qualifier": qualifier,
            "cumulative": "true" if cumulative else "false",
            "as_of_date": date,
            "as_of_basis": basis,
            "status": status,
            "parent_commitment_id": "",
            **self.cite(para, clause),
        }
        label = f"{qualifier} {_plain(value)} {unit}"
        cand = self.add(
            kind="figure",
            table="commitments",
            fields=fields,
            span=(s, e),
            confidence=(0.9 if sure else 0.6) if self.pairing_id else 0.5,
            label=label,
            evidence=clause,
            note="" if self.pairing_id else "no pairing recognised: set pairing_id",
        )
        self.observation(cand, clause)

    def as_of(self, pos: int, lo: int) -> tuple[str, str]:
        """The date a figure refers to: the year a nearby "In 2012" names, else the latest date
        of the article's events (both inferred)."""
        i = bisect.bisect_right(self.year_starts, pos) - 1
        if i >= 0:
            return _iso(self.year_at[i].start, None, last=True), "inferred"
        if self._latest is None:
            ends = [c.fields["end_date"] for c, _ in self.events if c.fields.get("end_date")]
            self._latest = max(ends) if ends else ""
        return (self._latest, "inferred") if self._latest else ("", "")

    def observation(self, figure: Candidate, clause: str) -> None:
        f = figure.fields
        if not f["as_of_date"] or not f["pairing_id"]:
            return
        words = set(re.findall(r"[a-z]{4,}", clause.lower()))

        def overlap(ind):
            return len(words & set(re.findall(r"[a-z]{4,}", ind["name"].lower())))

        fits = [
            ind
            for ind in self.k.indicators
            if ind["pairing_id"] == f["pairing_id"]
            and ind["unit"] == f["unit"]
            and ind["cumulative"] == f["cumulative"]
            and self.k.commitments.get(ind["commitment_id"], {}).get("area_id") == f["area_id"]
        ]
        if not fits:
            return
        ind = max(fits, key=overlap)
        oid = self.new_id("observations", f"{ind['indicator_id']}-{f['as_of_date']}")
        self.add(
            kind="observation",
            table="observations",
            fields={
                "observation_id": oid,
                "indicator_id": ind["indicator_id"],
                "ref_date": f["as_of_date"],
                "ref_date_basis": f["as_of_basis"] or "inferred",
                "value": f["quantity"],
                "unit": f["unit"],
                "qualifier": f["qualifier"],
                **self.cite(figure.paragraph, clause),
            },
            span=figure.span,
            confidence=0.6,
            label=f"{ind['indicator_id']} = {f['quantity']}",
            evidence=clause,
            note=f"a new value of indicator {ind['indicator_id']} ({ind['name']})?",
        )

    def roles_in(self, lo: int, hi: int) -> None:
        text = self.a.text
        para = self.a.paragraph_of(lo)
        previous: list[Candidate] = []
        last_hint = ""
        for ss, se in self.sentences(lo, hi):
            speech = None
            subjects: list[Candidate] = []
            since_verb: list[tuple[int, Candidate]] = []
            mentions = self.mentions(ss, se)
            mi = 0
            for v in _ROLE.finditer(text, ss, se):
                if speech is not None and v.start() > speech:
                    break
                while mi < len(mentions) and mentions[mi][0] < v.start():
                    since_verb.append(mentions[mi])
                    mi += 1
                role = v.lastgroup
                after = text[v.end() : v.end() + 40]
                passive = re.match(r"\s+by\s+", after)
                if passive:
                    who = [
                        c for p, c in mentions if v.end() <= p < v.end() + len(passive.group(0)) + 3
                    ]
                else:
                    people = [c for _, c in since_verb if c.kind == "person" or role == "signed"]
                    who = (
                        people
                        or subjects
                        or (previous if re.match(r"(?:He|She|They)\b", text[ss:]) else [])
                    )
                if role != "signed":
                    who = [c for c in who if c.kind == "person"]
                if not passive:
                    subjects = who
                since_verb = []
                kind_hint = ""
                obj = re.split(r",|;|\s+and\s+", text[v.end() : v.end() + 60].lower())[0]
                if re.search(r"\bforum\b", obj):
                    kind_hint = "forum"
                elif re.search(r"delegation|inspection|visit", obj) or role == "led":
                    kind_hint = "visit"
                elif re.search(r"above|activities", obj):
                    event = self.events[0][0] if self.events else None
                    kind_hint = event.fields["kind"] if event else ""
                elif re.search(r"meeting", obj):
                    kind_hint = "meeting"
                if kind_hint:
                    last_hint = kind_hint
                elif role in ("reported", "spoke", "presided"):
                    kind_hint = last_hint
                event = self.context_event(v.start(), kind_hint)
                if role == "signed":
                    event = (
                        self.signing_event(event, v.start(), (v.start(), v.end()))
                        if event
                        else None
                    )
                for person in who:
                    self.role(person, role, event, para, ss, v.end())
                if role == "spoke":
                    if who:
                        self.speakers[para] = who[0]
                    sp = _REPORTED_SPEECH.match(text, v.end())
                    if sp or re.match(r"\s*(?:that|:)", text[v.end() : v.end() + 6]):
                        speech = v.end()
            if subjects:
                previous = subjects

    def mentions(self, lo: int, hi: int) -> list[tuple[int, Candidate]]:
        """People, organisations and known places named in [lo, hi), in text order."""
        text = self.a.text
        out: dict[int, Candidate] = {}
        for m in _NAME.finditer(text, lo, hi):
            cand = self.person_cand.get(_norm(m.group("name")))
            if cand:
                out[m.start()] = cand
        i = bisect.bisect_left(self.org_starts, lo)
        while i < len(self.org_starts) and self.org_starts[i] < hi:
            out.setdefault(self.org_starts[i], self.org_at[i])
            i += 1
        for m in re.compile(r"\b[A-Z][a-z]+\b").finditer(text, lo, hi):
            aid = self.k.places.get(m.group(0).lower())
            if aid and m.start() not in out:
                out[m.start()] = self.actor_cand.get(_norm(m.group(0))) or Candidate(
                    id="",
                    kind="organisation",
                    table="actors",
                    fields={"actor_id": aid},
                    span=m.span(),
                    paragraph=0,
                    evidence="",
                    confidence=1,
                    label=m.group(0),
                    match=aid,
                )
        return sorted(out.items(), key=lambda t: t[0])

    def role(self, actor: Candidate, role: str, event: Candidate | None, para, ss, ve) -> None:
        if event is None:
            return
        aid, eid = actor.fields["actor_id"], event.fields["event_id"]
        if (aid, role, eid) in self.roles_seen:
            return
        self.roles_seen.add((aid, role, eid))
        pid = slug(f"{aid}-{role}-{eid}", 120)
        match = pid if pid in self.k.ids.get("participations", set()) else ""
        if not match:
            pid = self.new_id("participations", pid)
        needs = {"event_id": event.id}
        if actor.id and not actor.match:
            needs["actor_id"] = actor.id
        evidence = self.a.text[ss:ve]
        if len(evidence) > 220:
            evidence = self.a.text[max(ss, ve - 220) : ve]
        self.add(
            kind="role",
            table="participations",
            fields={
                "participation_id": pid,
                "event_id": eid,
                "actor_id": aid,
                "role": role,
                **self.cite(para, evidence),
            },
            span=(ss, ve),
            confidence=0.8 if event.confidence >= ACCEPT_AT else 0.6,
            label=f"{actor.label} {role} ({event.fields['kind']})",
            match=match,
            needs=needs,
            evidence=evidence,
        )

    def areas_in(self, lo: int, hi: int) -> None:
        text = self.a.text
        para = self.a.paragraph_of(lo)
        for m in _AREA_LIST.finditer(text, lo, hi):
            ss, se = self.sentence_at(m.start(), lo, hi)
            sentence = text[ss:se]
            raw = m.group("list")
            parts = re.split(r",\s+", raw)
            items = []
            for part in parts:
                part = re.split(r"\s+(?:with|so as|in order)\s+", part)[0]
                stripped = re.sub(r"^and\s+", "", part).strip()
                if not stripped or _AREA_STOP.match(part) or len(stripped.split()) > 7:
                    break
                items.append(stripped)
                if part != re.split(r",\s+", raw)[-1] and len(part.split()) > 7:
                    break
            if len(items) >= 1 and " and " in items[-1] and len(parts) > 1:
                last = items.pop()
                items += [x.strip() for x in last.split(" and ", 1)]
            speaker = self.speakers.get(para)
            side = self.side_of(speaker.fields["actor_id"]) if speaker else ""
            if not side and speaker:
                side = speaker.fields.get("side", "")
            if not side:  # "Liaoning provincial party committee and government have …"
                side = self.side_of(self.place_in(sentence))
            p = self.pairing()
            east, west = p.get("east_actor_id", ""), p.get("west_actor_id", "")
            if re.search(r"\b(?:hope|hopes|ask|asks|request|call on|expect)\b", sentence):
                kind, status = "request", "open"
            elif re.search(r"\b(?:will|agreed to|need to|shall|plan)\b", sentence):
                kind, status = "pledge", "open"
            else:
                kind, status = "reported achievement", "reported"
            from_, to = (west, east) if side == "west" else (east, west)
            date, basis = self.as_of(m.start(), lo)
            pos = m.start("list")
            for item in items:
                s = text.index(item, pos)
                pos = s + len(item)
                area = _area_of(item)
                fields = {
                    "commitment_id": self.new_id(
                        "commitments", f"{self.source_id}-{kind}-{item[:30]}"
                    ),
                    "kind": kind,
                    "description": (item[0].upper() + item[1:]).strip('“”"'),
                    "area_id": area,
                    "area_as_stated": item,
                    "from_actor_id": from_,
                    "to_actor_id": to,
                    "stated_by_id": speaker.fields["actor_id"] if speaker else "",
                    "event_id": "",
                    "pairing_id": self.pairing_id,
                    "quantity": "",
                    "unit": "",
                    "qualifier": "",
                    "cumulative": "",
                    "as_of_date": date,
                    "as_of_basis": basis,
                    "status": status,
                    "parent_commitment_id": "",
                    **self.cite(para, item),
                }
                needs = {"stated_by_id": speaker.id} if speaker and not speaker.match else {}
                self.add(
                    kind="area",
                    table="commitments",
                    fields=fields,
                    span=(s, s + len(item)),
                    confidence=0.6,
                    label=f"{kind}: {item} ({side or 'side unknown'})",
                    needs=needs,
                    evidence=item,
                    note=f"named by {speaker.label if speaker else 'the article'}; check kind and side",
                )


def _area_of(text: str, unit: str = "") -> str:
    low = text.lower()
    if unit == "yuan" and re.search(r"labou?r", low):
        return "labour"
    if unit == "yuan" and not re.search(r"enterprise|industr", low):
        return "funds"
    if unit == "persons":
        return "labour" if re.search(r"labou?r|transfer|job|employ", low) else "talent"
    if unit == "courses":
        return "talent"
    if unit == "visits":
        return "organisation"
    if unit == "enterprises":
        return "industry"
    for area, pat in _AREA_KEYWORDS:
        if re.search(pat, low):
            return area
    return "overall"


def infer_pairing(text: str, known: Known) -> str:
    """The most specific pairing whose two partners are both named in the text."""
    words = set(re.findall(r"[a-z]+", text[:500_000].lower()))
    level = {"county": 0, "city": 1, "province": 2, "national": 3}
    best = []
    for pid, p in known.pairings.items():
        names = []
        for aid in (p["east_actor_id"], p["west_actor_id"]):
            a = known.actors.get(aid)
            names.append(_place_key(a["name"]) if a else "")
        if all(n and set(n.split()) <= words for n in names):
            best.append((level.get(p["level"], 9), pid))
    return min(best)[1] if best else ""


def extract(
    article: Article,
    *,
    source_url: str,
    data_dir: Path | None = None,
    source_id: str | None = None,
    pairing: str | None = None,
    year: int | None = None,
    published: str | None = None,
    publisher: str | None = None,
) -> Extraction:
    """Every candidate row the rules find in ``article``, matched against ``data_dir``."""
    if not re.match(r"https?://\S+$", source_url or ""):
        raise ExtractionError(
            f"--source-url must be the article's http(s) address, not {source_url!r}"
        )
    if published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        raise ExtractionError(f"--published must be YYYY-MM-DD, not {published!r}")
    known = Known.load(Path(data_dir) if data_dir else None)
    if pairing and pairing not in known.pairings:
        raise ExtractionError(
            f"unknown pairing {pairing!r}; known: {', '.join(sorted(known.pairings)) or 'none'}"
        )
    sid = source_id or source_id_from_url(source_url)
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", sid):
        raise ExtractionError(f"source id {sid!r} must be lowercase letters, digits and dashes")
    chinese = article.language == "zh"
    if chinese:
        from .assemble_zh import ChineseBuilder, infer_pairing_zh

        pairing_id = pairing or infer_pairing_zh(article.text, known)
    else:
        pairing_id = pairing or infer_pairing(article.text, known)
    if year is None and published:
        year = int(published[:4])
    if chinese:
        b = ChineseBuilder(article, known, sid, pairing_id, year, published=published)
    else:
        b = _Builder(article, known, sid, pairing_id, year)
        b.published = published
    warnings = list(article.warnings)
    if not pairing_id:
        warnings.append(
            "no pairing recognised in the text: pass --pairing ID (counterpart pairings)"
        )
    src = b.add(
        kind="source",
        table="sources",
        fields={},
        span=article.paragraphs[0],
        confidence=0.95,
        label=article.opening,
        note=""
        if article.titled
        else "the text has no title line: its title is the text's first words; give the page's own",
    )
    b.run()
    event_dates = [
        c.fields["end_date"] for c in b.cands if c.kind == "event" and c.fields.get("end_date")
    ]
    if published:
        available, basis, note = published, "stated", ""
    elif event_dates:
        available, basis = max(event_dates), "inferred"
        note = (
            "Publication date not given to counterpart extract; available_from is the latest date "
            "the article reports (inferred)."
        )
    else:
        available, basis, note = (
            "",
            "",
            "Publication date unknown: set published and available_from.",
        )
    host = urlparse(source_url).netloc
    src.fields = {
        "source_id": sid,
        "title": article.opening,
        "publisher": publisher or host,
        "url": source_url,
        "language": article.language,
        "published": published or "",
        "available_from": available,
        "available_from_basis": basis,
        "document": f"sources/{sid}.txt",
        "notes": " ".join(
            n
            for n in (
                note,
                ""
                if article.titled
                else "The text had no title line; the title is its first words (replace it).",
            )
            if n
        ),
    }
    if sid in known.ids.get("sources", set()):
        src.match = sid
        src.note = "already in sources.csv: its stored text must be this article's"
    if not any(d.start[0] for d in b.dates) and year is None:
        warnings.append(
            "the text gives no year: pass --year YYYY (marked inferred) or set the dates in review"
        )
    return Extraction(article, sid, pairing_id, b.cands, b.dates, warnings)


def extract_file(path: str | Path, **kwargs) -> Extraction:
    return extract(read_article(path), **kwargs)
