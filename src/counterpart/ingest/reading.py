"""Reading an article: UTF-8 text or HTML (page furniture removed), in English or Chinese.

Everything read is untrusted: the text is only ever searched with bounded patterns and written
back as data. What cannot be an article is refused before it is read whole (size first), with a
message saying what to do: another encoding (convert it), mojibake (UTF-8 that was once decoded
as Latin-1: re-save from the original), binary data. Chinese text is normalised the way the
recognisers expect it: traditional characters to simplified (OpenCC tables), full-width digits,
letters and signs to ASCII. Spans then index into this normalised text, which is what is stored.
"""

from __future__ import annotations

import bisect
import hashlib
import html
import html.parser
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CounterpartError
from .transliteration import TRANSLITERATION

MAX_BYTES = 20_000_000  # refuse beyond this: no news article is anywhere near it
LARGE_BYTES = 1_000_000  # warn beyond this: probably not one article


class ExtractionError(CounterpartError):
    """The article cannot be read; the message says what is wrong with the file."""

    exit_code = 2


@dataclass
class Article:
    """The article's text as stored (spans index into it) and its paragraphs' (start, end)."""

    path: Path | None
    text: str
    paragraphs: list[tuple[int, int]]
    format: str  # "text" or "html"
    warnings: list[str] = field(default_factory=list)
    language: str = "en"  # "en" or "zh"
    converted: str = ""  # what normalisation changed, for the review file's notes
    titled: bool = True  # paragraph 0 is a title (False: a pasted text that opens with its body)
    _starts: list[int] = field(default_factory=list, repr=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def title(self) -> str:
        """The title line; empty when the text opens with its body (the analyst gives one)."""
        if not self.titled:
            return ""
        s, e = self.paragraphs[0]
        return re.sub(r"\s+", " ", self.text[s:e])

    @property
    def opening(self) -> str:
        """The title, or for a text without one its first sentence (cut short): what a source
        row can be called until the analyst gives the page's own title."""
        if self.titled:
            return self.title
        s, e = self.paragraphs[0]
        first = re.split(r"(?<=[。！？!?])|(?<=\.)\s", self.text[s:e], maxsplit=1)[0]
        first = re.sub(r"\s+", " ", first).strip()
        limit = 60 if self.language == "zh" else 120
        return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"

    @property
    def body(self) -> list[tuple[int, int]]:
        """The paragraphs the recognisers read: all but the title."""
        return self.paragraphs[1:] if self.titled else self.paragraphs

    def paragraph_of(self, pos: int) -> int:
        if len(self._starts) != len(self.paragraphs):
            self._starts = [s for s, _ in self.paragraphs]
        return max(0, bisect.bisect_right(self._starts, pos) - 1)


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, numbered exactly as the dataset's validation numbers a
    stored document: blocks separated by blank lines, stripped, empty ones skipped; 0 is the
    title."""
    spans = []
    pos = 0
    for m in [*re.finditer(r"\n\s*\n", text), None]:
        end = m.start() if m else len(text)
        block = text[pos:end]
        stripped = block.strip()
        if stripped:
            start = pos + (len(block) - len(block.lstrip()))
            spans.append((start, start + len(stripped)))
        if m:
            pos = m.end()
    return spans


# ---------------------------------------------------------------------------------------------
# HTML


class _HTMLText(html.parser.HTMLParser):
    """Visible text of an HTML page; block elements become paragraphs; scripts are dropped."""

    BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "title", "section"}
    SKIP = {"script", "style", "noscript", "template", "head", "nav", "footer", "aside"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        elif tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.parts.append(data)


def _plain_html(markup: str) -> tuple[str, str]:
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    body = "".join(parser.parts)
    paras = [re.sub(r"[ \t\r\f\v]*\n[ \t\r\f\v]*", " ", p).strip() for p in body.split("\n\n")]
    paras = [re.sub(r"[ \t]+", " ", p) for p in paras if p.strip()]
    return re.sub(r"\s+", " ", "".join(parser.title)).strip(), "\n\n".join(paras)


def html_to_text(markup: str) -> str:
    """The article's paragraphs, without menus, footers and link lists (trafilatura's main-text
    extraction); its title first. A page trafilatura finds no article in is read whole."""
    title, whole = _plain_html(markup)
    body = ""
    try:
        import trafilatura

        body = (
            trafilatura.extract(
                markup, include_comments=False, include_tables=False, favor_recall=True
            )
            or ""
        )
    except Exception:  # noqa: BLE001 - a page trafilatura cannot parse is read whole
        body = ""
    if len(body) < 0.2 * len(whole) or len(body) < 40:
        body = whole
    paras = [p.strip() for p in body.split("\n") if p.strip()]
    h1 = re.search(r"<h1\b[^>]*>(.*?)</h1>", markup[:200_000], re.I | re.S)
    head = html.unescape(re.sub(r"<[^>]+>", "", h1.group(1))).strip() if h1 else title
    if head and (not paras or paras[0] != head):
        paras.insert(0, head)
    return "\n\n".join(paras) + "\n"


# ---------------------------------------------------------------------------------------------
# Checks and normalisation

_LOOKS_HTML = re.compile(r"<(?:!doctype|html|body|p|div|h1|article|head|meta)\b", re.I)
_STOPWORDS = frozenset(
    "the of and to in a is was were for on with by as that at from he she it its this their "
    "are be has have had an which will also two between".split()
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# UTF-8 bytes read as Latin-1 / Windows-1252: a lead byte (Â-ô) then 1-3 continuation bytes
_MOJIBAKE = re.compile(
    r"[\u00c2-\u00f4][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc\u20ac\u2122]{1,3}"
)
# characters that exist only in traditional writing (a few hundred of the commonest)
_TRADITIONAL = set(
    "這個們來時會對東國經發說區開關頭應從當點體見長門間義與為後過還無麼實現問題學習總當選議"
    "協幫貧區縣鄉鎮書記員黨組織產業項區資金額億萬達專華萬廣場電話網絡聯繫係議處參觀進行設計"
    "讓認識傳統範圍濟務勞動區層級標準據調查報導責雙邊區際環境衛生醫療業務營運稱讚類計劃議"
)
_FULLWIDTH = {i: i - 0xFEE0 for i in range(0xFF10, 0xFF1A)}  # ０-９
_FULLWIDTH.update({i: i - 0xFEE0 for i in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULLWIDTH.update({i: i - 0xFEE0 for i in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FULLWIDTH.update(
    {
        0xFF0E: ord("."),
        0xFF05: ord("%"),
        0x3000: ord(" "),
        0xFF0B: ord("+"),
        0xFF0D: ord("-"),
        0xFF0F: ord("/"),
        0xFF1A: ord(":"),
        0xFF5E: ord("~"),
    }
)


def detect_language(text: str) -> str:
    """'zh' when Chinese characters outnumber Latin words (a character is about a word), else
    'en'. Mixed copy (Chinese with English names, English with a Chinese title) goes to the
    language most of it is in."""
    sample = text[:200_000]
    cjk = len(_CJK.findall(sample))
    words = len(re.findall(r"[A-Za-z]{2,}", sample))
    return "zh" if cjk and cjk >= words else "en"


def _check_english(text: str, name: str) -> None:
    sample = text[:200_000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        raise ExtractionError(f"{name} holds no words; give the text of an article")
    latin = sum(c.isascii() for c in letters) / len(letters)
    if latin < 0.8:
        raise ExtractionError(
            f"{name} is neither English nor Chinese: only {latin:.0%} of its letters are Latin "
            "and it has few Chinese characters. Translate it to English first"
        )
    words = re.findall(r"[a-z]+", sample.lower())
    if len(words) >= 20:
        share = sum(w in _STOPWORDS for w in words) / len(words)
        if share < 0.08:
            raise ExtractionError(
                f"{name} does not look English: only {share:.0%} of its words are common English "
                "words (the, of, and…), and it is not Chinese. Translate it to English first"
            )


def _check_mojibake(text: str, name: str) -> None:
    sample = text[:200_000]
    bad = _MOJIBAKE.findall(sample)
    if len(bad) >= 3 or sample.count("\ufffd") > max(3, len(sample) // 200):
        example = (bad[0] if bad else "\ufffd")[:12]
        raise ExtractionError(
            f"{name} is garbled (mojibake such as {example!r}): it was decoded with the wrong "
            "encoding and saved again. Save the page again from its source as UTF-8"
        )


# a pinyin reading in brackets after a character, as some mirrors print them: 團(tuán), 區(qū)
_PINYIN_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])\((?:[a-zü]|[\u00e0-\u01dc])+\)")


# the marks some pages put between a transliterated name's parts instead of ·, and a · spaced
# out ("努尔兰 · 阿不都满金")
NAME_DOT = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:[•‧・]|[ \u3000]*·[ \u3000]+|[ \u3000]+·)(?=[\u4e00-\u9fff])"
)


# a name's middle dot lost to a wrong encoding, as "?" between its parts: "艾力?沙塔尔",
# "马宁?再尼勒" (a question's "?" is left: 吗, 呢 … end it, and no such name's part follows)
LOST_NAME_DOT = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?<![吗呢吧啊么嘛的了])\?(?=[{TRANSLITERATION}]{{2}})"
)


# variant forms of common characters that the traditional-to-simplified table leaves alone
_VARIANTS = str.maketrans("陜峯羣啓綫", "陕峰群启线")


_SPACED_LIST_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \t\u3000]+、[ \t\u3000]*(?=[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff])、[ \t\u3000]+(?=[\u4e00-\u9fff])"
)


def normalise_chinese(text: str) -> tuple[str, str]:
    """Full-width digits/letters/signs to ASCII, traditional characters to simplified."""
    notes = []
    out = LOST_NAME_DOT.sub("·", text)  # (before ？ is made ?: only a "?" the page wrote)
    if out != text:
        notes.append("lost dots between a name's parts made ·")
    widened, out = out, out.translate(_FULLWIDTH)
    if out != widened:
        notes.append("full-width digits and letters made ASCII")
    dotted = NAME_DOT.sub("·", out)  # "艾合买提•买买提": a name's parts, joined as usual
    if dotted != out:
        out = dotted
        notes.append("dots between a name's parts made ·")
    listed = re.sub(r"[，,]、", "、", out)  # "蔡劲松,、黄雨涛,、张惠玲": a page's doubled list mark
    listed = _SPACED_LIST_MARK.sub("、", listed)  # "申理源 、李筱奎": a space beside the mark
    if listed != out:
        out = listed
        notes.append("doubled list marks made 、")
    glossed = _PINYIN_GLOSS.sub("", out)
    if len(glossed) < len(out):  # "代表團(tuán)來(lái)閩": a mirror's reading aids, not text
        out = glossed
        notes.append("pinyin readings after characters removed")
    varied = out.translate(_VARIANTS)
    if varied != out:  # "陜西": a variant form the converter leaves as it is
        out = varied
        notes.append("variant characters made standard")
    sample = out[:200_000]
    trad = sum(1 for c in sample if c in _TRADITIONAL)
    cjk = len(_CJK.findall(sample)) or 1
    if trad / cjk > 0.01:
        from opencc import OpenCC

        cc = OpenCC("t2s")  # converted in line-bounded chunks: its time grows faster than
        out = "".join(cc.convert(chunk) for chunk in _chunks(out))  # linearly on one long string
        notes.append("traditional characters converted to simplified")
    return out, "; ".join(notes)


def _chunks(text: str, size: int = 20_000):
    """Pieces of about ``size`` characters, cut after a newline or a full stop where possible."""
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = max(text.rfind("\n", pos, end), text.rfind("。", pos, end))
            end = cut + 1 if cut > pos else end
        yield text[pos:end]
        pos = end


def _lines_as_paragraphs(text: str, language: str) -> tuple[str, bool]:
    """Each line of a text with no blank line is a paragraph: Chinese copy puts one paragraph on
    a line, and so does much copy pasted from the web. Its first line is a title only when it
    looks like one (short, ending no sentence); otherwise the text opens with its body. Returns
    the text with blank-line paragraphs and whether paragraph 0 is a title."""
    lines = [ln.strip() for ln in text.split("\n")]
    nonempty = [ln for ln in lines if ln]
    if not nonempty:
        return text, True
    first = lines.index(nonempty[0])
    last = len(lines) - 1 - lines[::-1].index(nonempty[-1])
    if any(not ln for ln in lines[first + 1 : last]):  # blank lines separate the paragraphs
        # a first paragraph that is a whole news paragraph ("慈溪新闻网讯 昨天上午，…。") is
        # body: the copy came without its headline
        titled = _looks_like_title(nonempty[0], language, loose=True)
        if language == "zh":
            return _soft_breaks_zh(lines), titled
        if sorted(map(len, nonempty))[len(nonempty) // 2] > 200:  # long lines: paragraphs
            return "\n\n".join(nonempty) + "\n", titled
        return text, titled
    if language == "en" and _hard_wrapped(nonempty):
        return _unwrap(nonempty), False
    return "\n\n".join(nonempty) + "\n", _looks_like_title(nonempty[0], language)


_SENTENCE_END = re.compile(r"[.!?:][\"”’')]?$")


def _hard_wrapped(lines: list[str]) -> bool:
    """English copy laid out in lines of a fixed width ("…acting secretary of the Tibet
    Autonomous Regional\nCommittee of the Communist Party…"): most lines end in no sentence
    and many go on in lower case."""
    if len(lines) < 6:
        return False
    widths = sorted(map(len, lines))
    open_ended = sum(1 for ln in lines[:-1] if not _SENTENCE_END.search(ln))
    lower_next = sum(1 for ln in lines[1:] if ln[:1].islower())
    return (
        40 <= widths[len(widths) // 2] <= 110
        and open_ended >= 0.5 * (len(lines) - 1)
        and lower_next >= 0.3 * (len(lines) - 1)
    )


def _unwrap(lines: list[str]) -> str:
    """The lines joined again, a paragraph ending where a line ends a sentence."""
    paragraphs, current = [], []
    for ln in lines:
        current.append(ln)
        if _SENTENCE_END.search(ln):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs) + "\n"


def _looks_like_title(line: str, language: str, loose: bool = False) -> bool:
    """A headline is short and ends no sentence ("Hechi signed five projects … on Sept 24." is
    the first sentence of a body, not a title). ``loose``: a paragraph set apart by a blank
    line may be a headline ending in "?" or "!"; only a full stop makes it a sentence."""
    if len(line) > (60 if language == "zh" else 200):
        return False
    return not re.search(
        r"[.。；;…]['\"”’）)]?$" if loose else r"[.。！？!?；;…]['\"”’）)]?$", line
    )


def _soft_breaks_zh(lines: list[str]) -> str:
    """Chinese copy with blank lines between paragraphs: a single line break after a line that
    ends no sentence (a mirror page's "…，\n云南省\n昭通市…") stays inside its paragraph."""
    out: list[str] = []
    joinable = False  # the last line kept may run on into the next one
    for ln in lines:
        if not ln:
            joinable = False
        elif joinable and out:
            out[-1] += "\n" + ln
        else:
            out.append(ln)
            joinable = len(out) > 1  # never the title
        if ln:
            joinable = joinable and not re.search(r"[。！？!?；;…”\"）)】]$", ln)
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------


def read_article(path: str | Path) -> Article:
    """Read a UTF-8 plain-text or HTML article in English or Chinese; refuse anything else."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ExtractionError(f"{path} is a folder; give the article's file")
        if size > MAX_BYTES:
            raise ExtractionError(_too_big(str(path), size))
        data = path.read_bytes()
    except FileNotFoundError:
        raise ExtractionError(f"{path}: no such file") from None
    return parse_article(data, path)


def _too_big(name: str, size: int) -> str:
    return (
        f"{name} is {size / 1e6:.1f} MB; an article is at most a few hundred KB. "
        "Split it into articles and extract each"
    )


# "Russia inspects …  • Commentary: …  • Chinese shares tumble Wednesday": a line of other
# stories' headlines, bullets between them
_TICKER_LINE = re.compile(r"^[^\n•]*(?:[ \t\u00a0]•[ \t\u00a0]+[^\n•]+){2,}$", re.M)


def parse_article(data: bytes, path: Path | None = None) -> Article:
    name = str(path) if path else "the article"
    if len(data) > MAX_BYTES:
        raise ExtractionError(_too_big(name, len(data)))
    if not data.strip():
        raise ExtractionError(f"{name} is empty; give the text of an article")
    if b"\0" in data:
        raise ExtractionError(
            f"{name} is a binary file (it holds NUL bytes); give plain text or HTML"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        hint = ""
        try:
            if _CJK.search(data[:65536].decode("gb18030")):
                hint = (
                    " It looks like Chinese in GBK/GB18030: convert it first, e.g. "
                    f"`iconv -f GB18030 -t UTF-8 {name} > article.txt`"
                )
        except UnicodeDecodeError:
            pass
        raise ExtractionError(
            f"{name} is not UTF-8 text (byte {exc.start}); save it as UTF-8 plain text or "
            f"HTML.{hint}"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fmt = "text"
    if (path and path.suffix.lower() in (".html", ".htm")) or _LOOKS_HTML.match(text.lstrip()):
        text, fmt = html_to_text(text), "html"
    _check_mojibake(text, name)
    language = detect_language(text)
    converted = ""
    if language == "zh":
        text, converted = normalise_chinese(text)
    else:
        _check_english(text, name)
    text = _TICKER_LINE.sub("", text)  # a ticker of other headlines: the page's, not the story's
    text, titled = _lines_as_paragraphs(text, language)
    paragraphs = split_paragraphs(text)
    if len(paragraphs) < (2 if titled else 1):
        raise ExtractionError(
            f"{name} has no body: the first paragraph is the title and the body follows after a "
            "blank line"
        )
    warnings = []
    if len(data) > LARGE_BYTES:
        warnings.append(
            f"{name} is {len(data) / 1e6:.1f} MB, far longer than a news article: check that it is "
            "one article; the review file will be long"
        )
    if converted:
        warnings.append(f"{name}: {converted} (spans refer to the converted text)")
    if not titled:
        warnings.append(
            f"{name} has no title line (its first line is a sentence of the body): every line is "
            "read as body; give the source its title in review"
        )
    return Article(path, text, paragraphs, fmt, warnings, language, converted, titled)
