"""English organisations and places: enterprises by their endings (Group, Company, Exchange …),
items of a visited-sites list, and names that are places, districts or days (never
enterprises)."""

from __future__ import annotations

import re

_NOT_ENTERPRISE = re.compile(
    r"(?:\b(?:District|Prefecture|Community|Region|Town|Township|Village|Area|Zone|New Area|"
    # government bodies and meetings: "Shandong Party and Government Delegation"
    r"Delegation|Government|Committee|Bureau|Office|Department|Congress|Conference)$)|"
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Guangdong|Guangxi|Guizhou|"
    r"Sichuan|Yunnan|Gansu|Ningxia|Qinghai|Tibet|Xinjiang|Chongqing|Shaanxi|Hubei|Hunan|"
    r"Jiangsu|Zhejiang|Shandong|Fujian|Liaoning|Beijing|Shanghai|Tianjin|Shenzhen)$"
)


_PLACE_AFTER = re.compile(
    r"\b(?:held in|in|to|at|visited)\s+(?P<place>[A-Z][a-z]+(?:\s+(?:Province|City|County|"
    r"Municipality))?)"
)
_PLACE_NAME = re.compile(
    r"\b(?P<place>[A-Z][a-z]+)\s+(?P<suffix>Province|City|County|Municipality)\b"
)
# "Shandong Development & Investment Holding Group Co., Ltd.": "&" inside the name, and the
# company's legal form kept with it
_LEGAL_FORM = r"Co\.,?\s+Ltd\b\.?"
_ORG = re.compile(
    r"(?P<org>(?:(?:[A-Z][\w&'’.-]*|&)\s+){0,6}?[A-Z][\w&'’.-]*\s+(?:(?:Group|Company|"
    r"Corporation|Factory|Exchange|Store|Plaza|Robotics|Medical|Hospital|University|Institute|"
    rf"College|Bank|Industrial Park|Cooperative|Association|Academy|Foundation|Base)\b"
    rf"(?:\s+{_LEGAL_FORM})?|{_LEGAL_FORM}))"
)
_SITE_LIST = re.compile(
    r"\b(?:went deep into|visited|inspected|toured|went to|investigated)\s+(?P<list>[^.;:]{3,600}?)"
    r"(?=\s+(?:and other|for|to|where|one after another)\b|[.;:]|$)"
)
