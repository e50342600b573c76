"""English organisations and places: enterprises by their endings (Group, Company, Exchange …),
items of a visited-sites list, and names that are places, districts or days (never
enterprises)."""

from __future__ import annotations

import re

_NOT_ENTERPRISE = re.compile(
    r"(?:\b(?:District|Prefecture|Community|Region|Town|Township|Village|Area|Zone|New Area)$)|"
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
_ORG = re.compile(
    r"(?P<org>(?:[A-Z][\w&'’.-]*\s+){0,5}?[A-Z][\w&'’.-]*\s+(?:Group|Company|Co\.,?\s+Ltd\.?|"
    r"Corporation|Factory|Exchange|Store|Plaza|Robotics|Medical|Hospital|University|Institute|"
    r"College|Bank|Industrial Park|Cooperative|Association|Academy|Foundation|Base)\b)"
)
_SITE_LIST = re.compile(
    r"\b(?:went deep into|visited|inspected|toured|went to|investigated)\s+(?P<list>[^.;:]{3,600}?)"
    r"(?=\s+(?:and other|for|to|where|one after another)\b|[.;:]|$)"
)
