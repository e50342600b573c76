"""English agreements: "signed five agreements on …", "signed the \"… Agreement\"", "the signing
ceremony of …", "the signing of the … framework agreement", "a partnership agreement it signed
with …", "signed 19 cooperation projects", "signed on to 175 cooperative projects", "letters of
intent"."""

from __future__ import annotations

import re

from .figures_en import _SMALL

# what is signed: "agreements", "framework agreement", "memorandum of understanding", "letters of
# intent"
_SIGNED_THING = (
    r"(?:agreements?|contracts?|memorand(?:um|a)(?:\s+of\s+understanding)?|MOUs?|MoUs?|"
    r"protocols?|letters?\s+of\s+intent|deals?(?!\s+(?:for|on)\b)|"  # "signed deals to invest …"
    r"(?<=cooperation\s)arrangements?|(?<=co-operation\s)arrangements?|"  # "a cooperation arrangement"
    r"frameworks?(?!\s+(?:agreements?|contracts?|protocols?|memorand)))"
)
# "signed on to", "signed up", "signed a total of": words between the verb and what is signed
_SIGNED_LEAD = (
    r"(?:on\s+to\s+|onto\s+|up\s+(?:for\s+)?)?(?:a\s+total\s+of\s+)?"
    # "signed nearly 40-billion-yuan worth of contracts": an amount before what was signed
    r"(?:(?:(?:nearly|about|almost|over|more\s+than|some)\s+)?(?:RMB\s*)?[\d.,]+"
    r"(?:[\s-](?:thousand|million|billion))?[\s-](?:yuan|dollars)\s+worth\s+of\s+)?"
)
_SIGN = (
    r"\b(?:[Ss]ign|[Ii]nk)(?:ed|s|ing)?"  # "inked a strategic cooperation agreement", "Signing …"
)
_AGREEMENT = re.compile(
    rf"(?:{_SIGN}|\breach(?:ed|es|ing)?)\s+{_SIGNED_LEAD}(?:a\s+|an\s+|the\s+)?"
    rf"(?:(?P<num>\d+|(?i:{_SMALL}))\s+)?"
    rf"(?P<what>(?:['‘]?[a-z-]+['’]?\s+){{0,3}}?{_SIGNED_THING})\b(?P<on>\s+on\s+[^.;]{{1,400}})?"
)
_NAMED_AGREEMENT = re.compile(
    rf"(?:{_SIGN}|\breach(?:ed|es|ing)?|\bsigning\s+of)\s+(?:the\s+)?[“\"]?(?P<name>(?:[A-Z][^.;“”\"]{{0,250}})?(?:Agreement|Plan|"
    r"Memorandum(?: of Understanding)?|Contract|Protocol|Framework|Letter of Intent)"
    # "the Agreement on East-West Poverty Alleviation Cooperation": its subject after it
    r"(?:\s+(?:on|of|for|between)\s+(?:(?:[A-Z][\w'’-]*|and|the|of|in|on|for)\s+)*"
    r"[A-Z][\w'’-]*)?)\b[”\"]?"
)
# "a partnership agreement it signed with Yunnan": the agreement named before its signing
# "the earlier framework agreement signed in April 2017": the participle alone
_SIGNED_AFTER = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:earlier|previous|former|new|latest|first)\s+)?(?P<what>(?:[a-z-]+\s+){{0,3}}?{_SIGNED_THING})\s+"
    r"(?:(?:it|they|we|which|that|the two sides|both sides)\s+(?:had\s+|has\s+|have\s+)?)?"
    r"signed\b(?!\s+(?:by|with)\s+(?:the\s+)?(?:two|both)\b)"
)
# "… leading to an agreement on educational aid and personnel exchange": an agreement that a
# visit or talks produced, named by its subject
_LED_TO = re.compile(
    r"\b(?:lead(?:s|ing)?|led|result(?:s|ed|ing)?|culminat(?:es|ed|ing))\s+(?:to|in)\s+"
    rf"(?:an?\s+|the\s+)?(?P<what>(?:[a-z-]+\s+){{0,3}}?{_SIGNED_THING}\s+(?:on|for)\s+"
    r"[a-z][a-z -]{2,80}?)(?=\s*[,.;]|\s+(?:with|between|in|at)\b)"
)
# "the ceremony of signing projects of economic and trade cooperation", "signed 40 projects"
_SIGNED_PROJECTS = re.compile(
    rf"\bsign(?:ed|ing)\s+{_SIGNED_LEAD}(?:of\s+)?(?:the\s+|an?\s+)?"
    rf"(?P<what>(?:[\d,]+\s+|(?i:{_SMALL})\s+)?(?:[a-z-]+\s+){{0,4}}?projects?"
    r"(?:\s+(?:of|on|for)\s+[a-z -]{3,60}?)?)(?=\s*[,.;]|\s+(?:and|with|worth|in|at|which|that)\b)"
)
# "the relevant agreement for the development of "Top of Three Gorges" tourism": what it is for,
# a quoted name in it, is the agreement's name
_FOR_NAMED = re.compile(
    r"\s+(?:for|on)\s+[^,.;“”\"]{0,60}?[“\"][^”\"]{1,80}[”\"](?:\s+[a-z]+){0,2}?"
    r"(?=\s+(?:with|between|at|in|and|by)\b|\s*[,.;])"
)
# "12 cooperation agreements were signed", "Eight investment projects worth 2.3 billion yuan
# were signed": the signing written after what was signed
_PASSIVE_WORD = r"\b(?!(?:of|the|a|an|and|to|in|with|for|at|were|was|have|has|been)\b)[a-z-]+\s+"
_SIGNED_PASSIVE = re.compile(
    rf"(?:\b(?P<num>\d+|(?i:{_SMALL}))\s+)?(?P<what>(?:{_PASSIVE_WORD}){{0,3}}?"
    rf"(?:(?P<projects>projects?)|{_SIGNED_THING}))"
    r"(?:\s+(?:worth|with\s+a\s+total\s+investment\s+of|valued\s+at)\s+(?:[^,.;]|\.(?=\d)){1,60}?"
    # "22 cooperation projects covering the industries of medicine, tourism, … were signed"
    r"|\s+(?:covering|involving)\s+(?:[^.;]|\.(?=\d)){1,200}?)?"
    # ("concluded with 15 new cooperation agreements being signed by …")
    r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|being)\s+(?:also\s+|successfully\s+)?"
    # "with 7 strategic cooperation agreements signed, 60 project investment contracts signed":
    # a counted thing with its participle alone
    r"|(?(num)(?=signed\b)|(?!)))"
    r"(?:signed|inked|(?P<reached>reached|concluded))\b"
)
# "marked the signing of the east-west poverty alleviation framework agreement"
_SIGNING_OF = re.compile(
    rf"\bsigning\s+of\s+(?:the\s+|a\s+|an\s+)?(?:(?:two|three|four|five|six|\d+)\s+)?"
    # "the signing of two Sichuan-Hong Kong co-operation agreements": the places' names in it
    rf"(?P<what>[A-Za-z](?:[a-z -]|[A-Z](?=[a-z]))[A-Za-z -]{{1,100}}?{_SIGNED_THING})\b"
)
_CEREMONY = re.compile(
    r"\bsigning ceremony (?:of|for) (?P<what>[^,.;]{3,150}?)(?=\s+(?:was|were|is|are|held)\b|[,.;])"
)
# "signed deals for industrial collaboration …", "deals for … were inked": deals named by what
# they are for
_DEAL_FOR = r"deals?\s+(?:for|on)\s+[^.;]{3,120}?"
_SIGNED_DEALS = re.compile(
    rf"\b(?:sign|ink)(?:ed|ing)\s+(?:(?:a\s+number\s+of|several|many|[\d,]+)\s+)?(?P<what>{_DEAL_FOR})"
    r"(?=\s+(?:worth|with|at|in|during)\b|[.;])"
    rf"|(?P<what2>\b{_DEAL_FOR})\s+(?:were|was|have\s+been|had\s+been)\s+(?:signed|inked)\b"
)
# "Tasly Group signed to buy the area's Chinese herbal medicines": a purchase or investment
# agreed by signing, named by what it does
_SIGNED_TO = re.compile(
    r"\bsigned\s+(?:(?:an?\s+)?(?:agreements?|contracts?|deals?)\s+)?(?P<what>to\s+"
    r"(?:buy|purchase|invest\s+in|build|set\s+up|establish|supply)\s+[^,.;]{3,100}?)"
    r"(?=\s+(?:with|worth|at|for|in)\b|[,.;])"
)
# "reached agreement for 60 cooperation projects worth …": the projects are what was agreed
_AGREED_PROJECTS = re.compile(
    r"\breach(?:ed|es|ing)?\s+(?:an?\s+)?agreements?\s+(?:for|on)\s+(?:[\d,]+\s+)?"
    r"(?P<what>(?:[a-z-]+\s+){0,4}?projects?)\b"
)

# a framework or cooperation agreement named with no signing in the sentence: "the initial
# framework of a friendly cooperation framework agreement", "the implementation of the
# cooperation agreement" (for review: it may be one signed long ago)
_NAMED_KIND = re.compile(
    r"\b(?:a|an|the)\s+(?P<what>(?:(?!(?:of|the|a|an|and|to|for|in)\b)[a-z-]+\s+){0,3}?"
    r"(?:cooperation|framework|partnership)\s+"
    r"agreements?)\b"
)
