"""English figures: a number (digits or words, with million/billion), the noun it counts
(yuan, people and their synonyms, projects, kilometers …) and its qualifier (about, nearly,
more than, at least, at most, less than — also at a sentence's start)."""

from __future__ import annotations

import re
from decimal import Decimal

_WORD_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
    if w != "_"
}
_SMALL = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)"
# ("One-hundred-sixty-two Tibetan students": some copy joins the words with hyphens)
_WORDS_NUM = rf"(?:{_SMALL}|an?)(?:[\s-]+hundred(?:[\s-]+(?:and[\s-]+)?(?:{_SMALL}))?)?"
_MULT = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    # headlines' abbreviations: "680 mln yuan", "10 bln yuan"
    "ten thousand": 10**4,  # "4570 ten thousand yuan": 万 translated word for word
    "mln": 10**6,
    "bln": 10**9,
    "bn": 10**9,
}
_QUALS = {
    "a total of": "exact",
    "in total": "exact",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "upwards of": "more than",
    # "sales … have exceeded 6.6 billion yuan": the verb is the qualifier
    "exceeded": "more than",
    "exceeding": "more than",
    "not exceeding": "at most",  # "an amount not exceeding RMB30 million"
    "exceeds": "more than",
    "surpassed": "more than",
    "surpass": "more than",
    "surpasses": "more than",
    "exceed": "more than",
    "topping": "more than",  # "per capita income topping 3,532 yuan"
    "topped": "more than",
    "surpassing": "more than",
    "at least": "at least",
    "no less than": "at least",
    "no fewer than": "at least",
    "not less than": "at least",
    # an upper bound: "incomes of less than 2,300 yuan", "under 50 people"; "up to 30
    # projects" may reach it
    "less than": "less than",
    "fewer than": "less than",
    "under": "less than",
    "below": "less than",
    "up to": "at most",
    "as much as": "at most",  # "Strawberries can cost as much as 240 yuan per kilo"
    "as many as": "at most",
    "at most": "at most",
    "a maximum of": "at most",
    "no more than": "at most",
    "not more than": "at most",
}
_QUAL = "|".join(sorted(map(re.escape, _QUALS), key=len, reverse=True))
# nationalities, the one unit written with a capital: "more than 80,000 Uyghurs were moved"
NATIONALITIES = frozenset("uyghurs uygurs uighurs tibetans kazaks kazakhs".split())
_UNITS = {
    "yuan": "yuan",
    "rmb": "yuan",
    "cny": "yuan",
    "renminbi": "yuan",
    "project": "projects",
    "projects": "projects",
    "people": "persons",
    "person": "persons",
    "persons": "persons",
    "person-times": "persons",
    "person-time": "persons",
    "cadres": "persons",
    "professionals": "persons",
    "teachers": "persons",
    "doctors": "persons",
    "workers": "persons",
    "labourers": "persons",
    "laborers": "persons",
    "students": "persons",
    "technicians": "persons",
    "talents": "persons",
    "farmers": "persons",
    "agreement": "agreements",
    "agreements": "agreements",
    "contracts": "agreements",
    "memorandums": "agreements",
    "enterprise": "enterprises",
    "enterprises": "enterprises",
    "companies": "enterprises",
    "employers": "enterprises",
    "businesses": "enterprises",
    "firms": "enterprises",
    "visits": "visits",
    "courses": "courses",
    "classes": "courses",
    "pairs": "pairs",  # "229 pairings of towns": pairs, as the Chinese 结对 counts them
    "pairings": "pairs",
    "training sessions": "sessions",  # a session of anything else is a meeting, not a count
    # people under other names: all are head counts
    "villagers": "persons",
    "children": "persons",
    "immigrants": "persons",
    "officials": "persons",
    "personnel": "persons",
    "tourists": "persons",
    "patients": "persons",
    "experts": "persons",
    "residents": "persons",
    "locals": "persons",
    "leaders": "persons",
    "individuals": "persons",
    "volunteers": "persons",
    "migrants": "persons",
    "herdsmen": "persons",
    "staff": "persons",
    "educators": "persons",
    "orphans": "persons",
    "visitors": "persons",
    "journalists": "persons",
    "labors": "persons",
    "labours": "persons",
    "members": "persons",
    "member": "persons",  # "the five-member medical team": a head count written as one word
    "servants": "persons",  # civil servants
    "reporters": "persons",
    "nurses": "persons",
    "engineers": "persons",
    "researchers": "persons",
    "scientists": "persons",
    "scholars": "persons",
    "entrepreneurs": "persons",
    "graduates": "persons",
    "pupils": "persons",
    "trainees": "persons",
    "participants": "persons",
    "delegates": "persons",
    "instructors": "persons",
    "physicians": "persons",
    "specialists": "persons",
    "employees": "persons",
    "herders": "persons",
    "women": "persons",
    "medics": "persons",
    "principals": "persons",
    "headmasters": "persons",
    "casualties": "persons",
    "natives": "persons",
    "surgeons": "persons",
    "interns": "persons",
    "apprentices": "persons",
    "youths": "persons",
    "attendees": "persons",
    "lawmakers": "persons",
    "legislators": "persons",
    "representatives": "persons",
    "girls": "persons",
    "boys": "persons",
    "constructors": "persons",
    "builders": "persons",
    "officers": "persons",
    "soldiers": "persons",
    "police": "persons",
    "policemen": "persons",
    "athletes": "persons",
    "artists": "persons",
    "performers": "persons",
    "retirees": "persons",
    "elderly": "persons",
    "mothers": "persons",
    "patacas": "patacas",
    "staffers": "persons",
    "staffs": "persons",  # "The medical team has 303 staffs"
    # people counted by their nationality (written capitalised): "more than 80,000 Uyghurs"
    **dict.fromkeys(NATIONALITIES, "persons"),
    "emigrants": "persons",
    "resettlers": "persons",
    "relocatees": "persons",
    "outpatients": "persons",
    "inpatients": "persons",
    "compatriots": "persons",
    "travelers": "persons",
    "travellers": "persons",
    "influencers": "persons",
    "growers": "persons",
    "drivers": "persons",
    # a toll counted by what befell the people: "left 374,008 injured and 17,415 missing"
    "injured": "persons",
    "wounded": "persons",
    "dead": "persons",
    "missing": "persons",
    "lives": "persons",  # "the quake claimed more than 80,000 lives"
    "faculty": "persons",
    "victims": "persons",
    "guests": "persons",
    "passengers": "persons",
    "men": "persons",
    # "The 162 Tibetan kids find another family in Jiangsu": people by age or kin
    "kids": "persons",
    "teenagers": "persons",
    "youngsters": "persons",
    "infants": "persons",
    "babies": "persons",
    "newborns": "persons",
    "adults": "persons",
    "parents": "persons",
    "fathers": "persons",
    "professors": "persons",
    "lecturers": "persons",
    "chefs": "persons",
    "cooks": "persons",
    "craftsmen": "persons",
    "artisans": "persons",
    "seniors": "persons",
    # animals counted as one herd: "1.415 million livestock", "8,500 sheep"
    "livestock": "livestock",
    "cattle": "cattle",
    "sheep": "sheep",
    "households": "households",
    "families": "households",
    # things built, counted in their own unit
    "kilometers": "kilometers",
    "kilometres": "kilometers",
    "kilometer": "kilometers",
    "kilometre": "kilometers",
    "km": "kilometers",
    "hectares": "hectares",
    "hectare": "hectares",  # "a 6,600-hectare vineyard"
    "mu": "mu",
    "tons": "tonnes",
    "tonnes": "tonnes",
    "wells": "wells",
    "houses": "houses",
    "buildings": "buildings",
    "schools": "schools",
    "universities": "universities",
    "hospitals": "hospitals",
    "institutions": "institutions",
    "villages": "villages",
    "towns": "towns",
    "townships": "towns",
    "cities": "cities",
    "counties": "counties",
    "provinces": "provinces",
    "workshops": "workshops",
    "parks": "parks",
    "communities": "communities",
    "departments": "departments",
    "trucks": "trucks",
    "products": "products",
    "jobs": "jobs",
    "positions": "jobs",  # "about 2 million positions" offered: jobs
    "scenic spots": "scenic spots",
    "square meters": "square meters",
    "square metres": "square meters",
    "square meter": "square meters",  # "a 200,000 square metre development"
    "square metre": "square meters",
    "square-meter": "square meters",  # "a 210-square-meter, two-story home"
    "square-metre": "square meters",
    "㎡": "square meters",  # "cover an area of 3,200 ㎡"
    "soes": "enterprises",  # "more than 40 central SOEs": state-owned enterprises
    "smes": "enterprises",
    "square kilometers": "square kilometers",
    "meter": "meters",  # "the 185-meter-high dam"
    "metre": "meters",
    "meters": "meters",
    "metres": "meters",
    "kg": "kilograms",
    "kilograms": "kilograms",
    "square kilometres": "square kilometers",
    "sq km": "square kilometers",  # "spread over 3,800 sq km"
    "sq. km": "square kilometers",
    "square km": "square kilometers",
}
# A plural noun outside the list above is still a count ("54 incubators", "12 farms"): proposed
# for review with the noun as its unit. Not these: spans of time, multiples, shares, and nouns
# that say how or where rather than how many of something.
OPEN_STOP = frozenset(
    "years months weeks days hours minutes seconds decades centuries times percent points "
    "sides parties aspects ways areas fields levels rounds stages phases steps measures things "
    "words items others sales goods news means series terms forms kinds types sorts lots tens "
    "hundreds thousands millions billions dozens yuans dollars euros pounds plus thanks "
    "highlights efforts results needs tasks goals lines talks ceremonies speeches remarks "
    # temperatures, latitudes and angles: "minus 30 degrees Celsius", "30 degrees north"
    "degrees "
    # verbs after a number that ends a name: "G6 boosts …", "Route 3 brings …"
    "boosts helps makes brings sees gets shows takes gives remains includes covers reaches "
    "leads becomes seems "
    # verbs and function words that end in s: "of which 8 was spent"
    "was has does goes this thus its his hers whereas perhaps always towards besides".split()
)
# gatherings are counted in digits only ("10 round-table meetings", "131 training sessions");
# in words they are mostly names or manners of speech ("the two sessions", "three meetings")
GATHERINGS = frozenset("meetings forums conferences symposiums seminars sessions".split())
_OPEN = rf"(?!(?:{'|'.join(sorted(OPEN_STOP))})\b)[a-z]{{2,}}(?<![isu])s"
_UNIT = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
_FIGURE = re.compile(
    rf"(?P<quals>(?:\b(?i:{_QUAL})(?:\s+|(?=\d))){{0,2}})"
    # the currency before the number: yuan, or Hong Kong's, Macao's and US dollars ("HK$2
    # billion", "MOP 100 million", "US$1.27 billion" — a conversion in brackets is dropped later)
    # (a bare "$" is the US dollar, or the page's own dollar where it writes "HK$" too)
    rf"(?:(?P<rmb>RMB|CNY|¥|￥|HK\$|US\$|MOP\$?|(?<![A-Za-z$])\$)\s*)?"
    # "RMB5.6 billion": no word boundary after the currency
    # no figure from the digits after a comma ("5, 000 masks" is 5,000, "nearly140,000" is
    # 140,000, never 0): a qualifier glued to its number is read as written apart
    rf"(?<![\d,.])(?:(?<!\b\d,\s)(?<!\b\d\d,\s)(?<!\b\d\d\d,\s)|(?!\d{{3}}\b))"
    rf"(?P<num>(?:\b|(?<=RMB)|(?<=CNY)|(?<=MOP)|(?<=nearly)|(?<=about)|(?<=around)|(?<=than)|(?<=over))"
    rf"\d{{1,3}}(?:,\s?\d{{3}})+(?:\.\d+)?\b"
    rf"|(?:\b|(?<=RMB)|(?<=CNY)|(?<=MOP)|(?<=nearly)|(?<=about)|(?<=around)|(?<=than)|(?<=over))"
    rf"\d+(?:\.\d+)?(?:\b|(?=km\b))|\b(?i:{_WORDS_NUM})\b)"
    rf"(?:(?:\s+|-)(?P<mult>(?i:ten\s+thousand|thousand|million|billion|trillion)|mln|bln|bn)\b)?"
    rf"(?P<plus>-plus\b|\+)?"  # "1,200-plus volunteers": more than
    # (no words between a currency's amount and a unit: "CNY20.8 million for nine schools")
    # (no number among them: "one of four Yunnan prefectures" counts the four)
    rf"(?:(?P<between>(?(rmb)|(?:\s+(?!(?:{_UNIT})\b)(?!(?i:{_WORDS_NUM})\b)[A-Za-z][\w-]*){{0,4}}?))"
    # "nearly 40-billion-yuan worth of contracts": an amount written as one word
    # "a 41.7-kilometer road": a length written as one word
    # "the 6km-long road": the abbreviation written on to the number
    rf"(?:\s+|-(?=yuan\b|kilomet(?:er|re)\b|mu\b|hectare\b|member\b|met(?:er|re)\b|square-met)"
    rf"|(?<=\d)(?=km\b))"
    # (a unit before a number is the next amount's currency: "from 500 in 1997 to RMB 14,961")
    rf"(?:(?P<unit>(?i:{_UNIT}))|(?P<open>{_OPEN}))(?:\b|(?<=㎡))(?![ \u00a0]?\d)"
    # "RMB 50 million in aid": the currency before the number is the unit
    rf"|(?(rmb)(?![\d,.]*\d)|(?!)))"
)
# the unit a currency before the number gives
CURRENCY = {
    "HK$": "HK dollars",
    "US$": "dollars",
    "$": "dollars",
    "MOP": "patacas",
    "MOP$": "patacas",
}
_BETWEEN_STOP = (
    frozenset(
        "of and the in to for from by with on at was were is are has have had a an this that these "
        "those year years percent per cent times over more than".split()
    )
    | OPEN_STOP
)


def parse_number(num: str, mult: str | None = None) -> Decimal | None:
    """'487' + 'million' -> 487000000; '10,000' -> 10000; 'five' -> 5; 'twenty-five' -> 25."""
    num = num.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\s\d{3})+", num):
        num = num.replace(" ", "")  # "5, 000": a thousands comma with a space after it
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", num):
        value = Decimal(num.replace(",", ""))
    else:
        value = Decimal(0)
        words = re.split(r"[\s-]+", num)
        current = 0
        for w in words:
            if w in ("a", "an"):
                current = 1
            elif w in _WORD_NUMBERS:
                current += _WORD_NUMBERS[w]
            elif w in _TENS:
                current += _TENS[w]
            elif w == "hundred":
                current = (current or 1) * 100
            elif w == "and":
                continue
            else:
                return None
        value = Decimal(current)
    if mult:
        value *= _MULT[re.sub(r"\s+", " ", mult.lower())]
    return value


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# a count whose noun is said once for two numbers: "155 of the 157 planned projects", "429
# projects …, of which 422 have come into construction and 152 have been put into operation"
_PART_OF_THE = re.compile(
    rf"(?P<quals>(?:\b(?i:{_QUAL})\s+){{0,2}})"
    rf"(?P<num>\b\d{{1,3}}(?:,\d{{3}})+\b|\b\d+\b|\b(?i:{_SMALL})\b)"
    rf"\s+of\s+the\s+(?:\d{{1,3}}(?:,\d{{3}})*\s+)?(?:[a-z-]+\s+){{0,4}}?"
    rf"(?:(?P<unit>(?i:{_UNIT}))|(?P<open>{_OPEN}))\b"
)
_OF_WHICH = re.compile(
    r"\b(?i:of\s+which|of\s+whom|of\s+them|among\s+them|among\s+which|among\s+whom)\b:?,?\s+"
    r"(?:(?:only|just)\s+)?"  # "137 officials applied, of whom only six were chosen"
)
_BARE_COUNT = re.compile(
    rf"(?P<quals>(?:\b(?i:{_QUAL})\s+){{0,2}})"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+\b|\d+\b|\b(?:{_SMALL})\b)"
    r"(?![.,]\d|\s*%|\s+(?:per\s*cent|percent)\b)"
    r"(?=\s+(?:have|has|are|were|was|is|had|will|came|went|entered|got|became)\b)"
)

# "more than 2,000 local medics, and more than 1,000 of those have …": a part of the count
# just said, in its noun
_PART_OF_THOSE = re.compile(
    rf"(?P<quals>(?:\b(?i:{_QUAL})\s+){{0,2}})(?P<num>\b\d{{1,3}}(?:,\d{{3}})+\b|\b\d+\b)"
    r"\s+of\s+(?:those|them|these)\b"
)


# the toll of a disaster: "69,000 people dead and 374,000 injured", "17,415 others missing"
CASUALTIES = re.compile(
    rf"(?P<quals>(?:\b(?i:{_QUAL})\s+){{0,2}})"
    r"(?P<num>\b\d{1,3}(?:,\d{3})+|\b\d+(?:\.\d+)?)(?:\s+(?P<mult>million))?"
    r"(?:\s+(?:people|persons|others))?\s+(?:were\s+|are\s+)?(?:injured|missing|dead|killed|wounded)\b"
)
# a head count said as a population: "the city, which has a population of 700,000"
POPULATION = re.compile(
    rf"\bpopulation\s+of\s+(?P<quals>(?:(?i:{_QUAL})\s+)?)"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<mult>million|billion))?\b(?!\s*%)"
)
